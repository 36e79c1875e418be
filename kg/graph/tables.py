"""The embedded store's tables: a property graph in SQLite, read a part at a time.

- ``nodes``: one row a node, its id, label, name (or a document's title) and
  properties (JSON), in the order the nodes arrived.
- ``edges``: one row a relationship, keyed by (start, end, key) as the NetworkX graph
  keys it (``build.edge_key``), with its type and properties (JSON).
- ``edge_articles``: which article gives which relationship, so an article loaded
  again finds what it said without reading the rest.

A read builds a NetworkX graph of the rows asked for (``read_graph``, ``read_part``);
writes go through ``write_nodes``/``write_edges``/``delete_*`` inside the caller's
transaction. Nothing here locks or commits: the store does.
"""
from __future__ import annotations

import gc
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import networkx as nx

from kg.graph.build import new_graph
from kg.graph.model import edge_attributes, edge_properties, label_of, node_properties, node_storage, relationship_type

__all__ = ["SCHEMA_VERSION", "schema_statements", "graph_of_rows", "nodes_of_labels", "edges_of_types", "read_graph", "read_part", "node_rows", "write_nodes",
           "write_edges", "ViewIndex", "facts_of", "merge_seqs", "read_part_of_seqs", "delete_edges", "delete_orphans", "degrees", "counts", "is_empty", "gc_paused",
           "node_json", "edge_json"]

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS nodes (
    seq   INTEGER PRIMARY KEY,
    id    TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    name  TEXT,
    props TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS nodes_by_label_name ON nodes (label, name);
CREATE INDEX IF NOT EXISTS nodes_by_name ON nodes (name);
CREATE TABLE IF NOT EXISTS edges (
    seq   INTEGER PRIMARY KEY,
    start TEXT NOT NULL,
    end   TEXT NOT NULL,
    key   TEXT NOT NULL,
    type  TEXT NOT NULL,
    props TEXT NOT NULL,
    UNIQUE (start, end, key)
);
CREATE INDEX IF NOT EXISTS edges_by_end ON edges (end, type);
CREATE INDEX IF NOT EXISTS edges_by_type ON edges (type);
CREATE TABLE IF NOT EXISTS edge_articles (
    article TEXT NOT NULL,
    edge    INTEGER NOT NULL,
    PRIMARY KEY (article, edge)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edge_articles_by_edge ON edge_articles (edge);
"""

EdgeKey = tuple[str, str, str]  # (start, end, key)


def schema_statements() -> list[str]:
    """The statements that create the tables where they are missing (run inside the
    writer's transaction: ``executescript`` would commit)."""
    return [s.strip() for s in _SCHEMA.split(";") if s.strip()] + [f"PRAGMA user_version = {SCHEMA_VERSION}"]


@contextmanager
def gc_paused():
    """Python's collector off while a million small objects are made: it would scan
    them over and over and find nothing to free (20–40 % of a bulk build)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# As json.dumps(…, ensure_ascii=False, separators=(",", ":")), the encoder made once:
# json.dumps makes one per call with these options (0.7 s of loading 600k rows).
_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def node_json(attrs: dict) -> str:
    return _compact(node_properties(attrs))


def edge_json(attrs: dict) -> str:
    return _compact(edge_properties(attrs))


def _name(attrs: dict) -> str | None:
    return attrs.get("name") or attrs.get("title")


# -- reading -------------------------------------------------------------------------

def _fill(graph: nx.MultiDiGraph, nodes: Iterable[tuple[str, str]], edges: Iterable[tuple]) -> nx.MultiDiGraph:
    loads = json.loads
    with gc_paused():
        graph.add_nodes_from((node_id, {**node_storage(node_id), **loads(props)}) for node_id, props in nodes)
        graph.add_edges_from((start, end, key, edge_attributes(kind, loads(props)))
                             for start, end, key, kind, props in edges)
    return graph


def graph_of_rows(nodes: Iterable[tuple[str, str]], edges: Iterable[tuple]) -> nx.MultiDiGraph:
    """A graph of (id, props) node rows and (start, end, key, type, props) relationship rows."""
    return _fill(new_graph(), nodes, edges)


def read_graph(db: sqlite3.Connection) -> nx.MultiDiGraph:
    """The whole stored graph, nodes and relationships in the order they arrived."""
    return _fill(new_graph(), db.execute("SELECT id, props FROM nodes ORDER BY seq"),
                 db.execute("SELECT start, end, key, type, props FROM edges ORDER BY seq"))


def _ids_table(db: sqlite3.Connection, name: str, ids: Iterable[str]) -> str:
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} (id TEXT PRIMARY KEY)")
    db.execute(f"DELETE FROM {name}")
    db.executemany(f"INSERT OR IGNORE INTO {name} VALUES (?)", ((i,) for i in ids))
    return name


def _in_list(types: Iterable[str]) -> tuple[str, list[str]]:
    types = list(types)
    return ",".join("?" * len(types)), types


def edges_from(db: sqlite3.Connection, ids: Iterable[str], direction: str, types: Iterable[str] | None) -> list[tuple]:
    """The stored relationships (start, end, key, type, props) leaving (``out``) or
    reaching (``in``) the given nodes, of the given types (all when None)."""
    table = _ids_table(db, "wanted", ids)
    column = "start" if direction == "out" else "end"
    sql = f"SELECT e.start, e.end, e.key, e.type, e.props FROM {table} w JOIN edges e ON e.{column} = w.id"
    if types is None:
        return db.execute(sql).fetchall()
    marks, values = _in_list(types)
    return db.execute(sql + f" WHERE e.type IN ({marks})", values).fetchall()


def node_rows(db: sqlite3.Connection, ids: Iterable[str]) -> list[tuple[str, str]]:
    """(id, props) of the stored nodes among ``ids``, in the order they arrived."""
    table = _ids_table(db, "wanted", ids)
    return db.execute(f"SELECT n.id, n.props FROM {table} w JOIN nodes n ON n.id = w.id ORDER BY n.seq").fetchall()


def merge_seqs(db: sqlite3.Connection, articles: Iterable[str], holders: Iterable[str],
               keys: Iterable[EdgeKey]) -> list[int]:
    """The row numbers of the relationships a merge must read, each once: those the
    given stored articles give (MENTIONS included), the HOLDS_ROLE of ``holders``, and
    those with the given keys. Numbers, not rows: the sources overlap (a hub's
    relationships are given by many articles), and rows would be held once per source."""
    articles = list(articles)
    seqs = {row[0] for row in db.execute(f"SELECT a.edge FROM {_ids_table(db, 'wanted_articles', articles)} w "
                                         f"JOIN edge_articles a ON a.article = w.id")}
    for ids, sql in (((f"Article:{a}" for a in articles), "e.type = 'MENTIONS'"), (holders, "e.type = 'HOLDS_ROLE'")):
        seqs.update(row[0] for row in db.execute(f"SELECT e.seq FROM {_ids_table(db, 'wanted', ids)} w "
                                                 f"JOIN edges e ON e.start = w.id WHERE {sql}"))
    db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted_edges (start TEXT, end TEXT, key TEXT, "
               "PRIMARY KEY (start, end, key))")
    db.execute("DELETE FROM wanted_edges")
    db.executemany("INSERT OR IGNORE INTO wanted_edges VALUES (?, ?, ?)", keys)
    seqs.update(row[0] for row in db.execute("SELECT e.seq FROM wanted_edges w JOIN edges e "
                                             "ON e.start = w.start AND e.end = w.end AND e.key = w.key"))
    return sorted(seqs)


def read_part_of_seqs(db: sqlite3.Connection, seqs: Iterable[int], node_ids: Iterable[str] = ()) -> nx.MultiDiGraph:
    """The graph of the relationships with the given row numbers (in arrival order) and
    their end nodes, and of the other nodes named; rows are read as the graph is built,
    not held in a list first."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted_seqs (seq INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM wanted_seqs")
    db.executemany("INSERT INTO wanted_seqs VALUES (?)", ((seq,) for seq in seqs))
    wanted = set(node_ids)
    for start, end in db.execute("SELECT e.start, e.end FROM wanted_seqs w JOIN edges e ON e.seq = w.seq"):
        wanted.add(start)
        wanted.add(end)
    nodes = node_rows(db, wanted)
    return _fill(new_graph(), nodes, iter_rows(db, "SELECT e.start, e.end, e.key, e.type, e.props FROM wanted_seqs w "
                                                  "JOIN edges e ON e.seq = w.seq ORDER BY w.seq"))


def read_part(db: sqlite3.Connection, edges: Iterable[tuple], node_ids: Iterable[str] = ()) -> nx.MultiDiGraph:
    """The graph of the given relationship rows with their end nodes, and of the
    other nodes named."""
    edges = list({(e[0], e[1], e[2]): e for e in edges}.values())
    wanted = set(node_ids)
    for start, end, *_ in edges:
        wanted.add(start)
        wanted.add(end)
    return _fill(new_graph(), node_rows(db, wanted), edges)


def _label_sql(column: str) -> str:
    return f"substr({column}, 1, instr({column}, ':') - 1)"


class ViewIndex:
    """One view of the stored graph (the relationships of ``types`` between nodes of
    ``labels``) read as asked, for choosing what a capped page draws without reading
    every relationship: ``degree`` (each node of the view, counted in one pass),
    ``neighbours(node)``, and for the nodes chosen, their order and the relationships
    among them as a whole read's graph would give them."""

    def __init__(self, db: sqlite3.Connection, labels: Iterable[str], types: Iterable[str]):
        self.db = db
        label_marks, label_values = _in_list(sorted(labels))
        type_marks, type_values = _in_list(sorted(types))
        self._where = (f"e.type IN ({type_marks}) AND {_label_sql('e.start')} IN ({label_marks}) "
                       f"AND {_label_sql('e.end')} IN ({label_marks})")
        self._values = type_values + label_values + label_values
        self.degree: dict[str, int] = {}
        for row in db.execute(f"SELECT e.start, e.end FROM edges e WHERE {self._where}", self._values):
            for node in row:
                self.degree[node] = self.degree.get(node, 0) + 1

    def neighbours(self, node: str) -> set[str]:
        found = {row[0] for row in self.db.execute(f"SELECT e.end FROM edges e WHERE e.start = ? AND {self._where}",
                                                   [node, *self._values])}
        found.update(row[0] for row in self.db.execute(
            f"SELECT e.start FROM edges e WHERE e.end = ? AND {self._where}", [node, *self._values]))
        return found

    def in_view_order(self, ids: Iterable[str]) -> list[str]:
        """``ids`` in the order a whole read's view graph adds them: by the first of
        their relationships in (start node's arrival, relationship's arrival) order, a
        start before its end."""
        table = _ids_table(self.db, "wanted", ids)
        first: dict[str, tuple] = {}
        for node, start_seq, edge_seq in self.db.execute(
                f"SELECT w.id, n.seq, min(e.seq) FROM {table} w JOIN nodes n ON n.id = w.id "
                f"JOIN edges e ON e.start = w.id WHERE {self._where} GROUP BY w.id", self._values):
            first[node] = (start_seq, edge_seq, 0)
        for node, start_seq, edge_seq in self.db.execute(
                f"SELECT w.id, n.seq, e.seq FROM {table} w JOIN edges e ON e.end = w.id "
                f"JOIN nodes n ON n.id = e.start WHERE {self._where}", self._values):
            first[node] = min(first.get(node, (start_seq, edge_seq, 1)), (start_seq, edge_seq, 1))
        return sorted(first, key=first.__getitem__)

    def edges_among(self, ids: Iterable[str]) -> list[EdgeKey]:
        """(start, end, key) of the view's relationships between ``ids``, in a whole read's order."""
        table = _ids_table(self.db, "wanted", ids)
        return [row[:3] for row in self.db.execute(
            f"SELECT e.start, e.end, e.key FROM {table} w JOIN edges e ON e.start = w.id "
            f"JOIN {table} v ON v.id = e.end JOIN nodes n ON n.id = e.start "
            f"WHERE {self._where} ORDER BY n.seq, e.seq", self._values)]


def facts_of(db: sqlite3.Connection, ids: Iterable[str], leave_out: Iterable[str]) -> nx.MultiDiGraph:
    """The given nodes with every relationship they start or end but those of the
    types in ``leave_out``, the nodes at the other ends, and the Article nodes those
    relationships cite; in arrival order, so that each node's neighbours come in the
    order a whole read gives them."""
    table = _ids_table(db, "wanted", ids)
    marks, values = _in_list(leave_out)
    edges = db.execute(f"SELECT e.seq, e.start, e.end, e.key, e.type, e.props FROM {table} w "
                       f"JOIN edges e ON e.start = w.id WHERE e.type NOT IN ({marks}) UNION "
                       f"SELECT e.seq, e.start, e.end, e.key, e.type, e.props FROM {table} w "
                       f"JOIN edges e ON e.end = w.id WHERE e.type NOT IN ({marks}) ORDER BY 1",
                       values + values).fetchall()
    wanted = {row[0] for row in db.execute(f"SELECT id FROM {table}")}
    for _, start, end, _, _, props in edges:
        wanted.update((start, end))
        cited = json.loads(props)
        wanted.update(f"Article:{a}" for a in (cited.get("articles") or [cited.get("article")]) if a)
    return _fill(new_graph(), node_rows(db, wanted), (row[1:] for row in edges))


def seeds(db: sqlite3.Connection, label: str | None, value: str, match: str) -> list[str]:
    """Ids of the nodes (of ``label``, or any) whose name or title equals or contains ``value``."""
    test = "name = ?" if match == "equals" else "instr(name, ?) > 0"
    if label is None:
        return [row[0] for row in db.execute(f"SELECT id FROM nodes WHERE {test}", (value,))]
    return [row[0] for row in db.execute(f"SELECT id FROM nodes WHERE label = ? AND {test}", (label, value))]


def nodes_of_labels(db: sqlite3.Connection, labels: Iterable[str]) -> list[tuple[str, str]]:
    marks, values = _in_list(labels)
    return db.execute(f"SELECT id, props FROM nodes WHERE label IN ({marks}) ORDER BY seq", values).fetchall()


def edges_of_types(db: sqlite3.Connection, types: Iterable[str]) -> list[tuple]:
    marks, values = _in_list(types)
    return db.execute(f"SELECT start, end, key, type, props FROM edges WHERE type IN ({marks}) ORDER BY seq",
                      values).fetchall()


def degrees(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, int]:
    """How many stored relationships each node has (in and out)."""
    table = _ids_table(db, "wanted", ids)
    found = dict.fromkeys((row[0] for row in db.execute(f"SELECT id FROM {table}")), 0)
    for column in ("start", "end"):
        for node_id, count in db.execute(f"SELECT w.id, count(*) FROM {table} w JOIN edges e ON e.{column} = w.id "
                                         f"GROUP BY w.id"):
            found[node_id] += count
    return found


def counts(db: sqlite3.Connection) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes by label and relationships by type."""
    nodes = dict(db.execute("SELECT label, count(*) FROM nodes GROUP BY label"))
    edges = dict(db.execute("SELECT type, count(*) FROM edges GROUP BY type"))
    return nodes, edges


def is_empty(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM nodes LIMIT 1").fetchone() is None


# -- writing -------------------------------------------------------------------------

def write_nodes(db: sqlite3.Connection, graph: nx.MultiDiGraph, ids: Iterable[str]) -> int:
    """Insert or replace the given nodes of ``graph``; how many."""
    rows = ((n, label_of(n), _name(graph.nodes[n]), node_json(graph.nodes[n])) for n in ids)
    cursor = db.executemany("INSERT INTO nodes (id, label, name, props) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, props = excluded.props", rows)
    return cursor.rowcount


def write_edges(db: sqlite3.Connection, graph: nx.MultiDiGraph, keys: Iterable[EdgeKey]) -> int:
    """Insert or replace the given relationships of ``graph`` and which articles give
    them; how many."""
    written = 0
    for start, end, key in keys:
        attrs = graph.edges[start, end, key]
        seq = db.execute("INSERT INTO edges (start, end, key, type, props) VALUES (?, ?, ?, ?, ?) "
                         "ON CONFLICT (start, end, key) DO UPDATE SET type = excluded.type, props = excluded.props "
                         "RETURNING seq", (start, end, key, relationship_type(attrs), edge_json(attrs))).fetchone()[0]
        db.execute("DELETE FROM edge_articles WHERE edge = ?", (seq,))
        db.executemany("INSERT OR IGNORE INTO edge_articles (article, edge) VALUES (?, ?)",
                       ((article, seq) for article in attrs.get("articles") or ()))
        written += 1
    return written


def bulk_insert(db: sqlite3.Connection, graph: nx.MultiDiGraph, progress=None, batch: int = 50_000) -> None:
    """Insert every node and relationship of ``graph`` into empty tables, in its order."""
    write_nodes(db, graph, graph)
    if progress:
        progress(graph.number_of_nodes())
    seq = 0
    rows, links = [], []
    for start, end, key, attrs in graph.edges(keys=True, data=True):
        seq += 1
        rows.append((seq, start, end, key, relationship_type(attrs), edge_json(attrs)))
        links.extend((article, seq) for article in attrs.get("articles") or ())
        if len(rows) >= batch:
            _flush(db, rows, links, progress)
    _flush(db, rows, links, progress)


def _flush(db, rows, links, progress) -> None:
    db.executemany("INSERT INTO edges (seq, start, end, key, type, props) VALUES (?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT OR IGNORE INTO edge_articles (article, edge) VALUES (?, ?)", links)
    if progress:
        progress(len(rows))
    rows.clear()
    links.clear()


def delete_edges(db: sqlite3.Connection, keys: Iterable[EdgeKey]) -> None:
    for start, end, key in keys:
        found = db.execute("DELETE FROM edges WHERE start = ? AND end = ? AND key = ? RETURNING seq",
                           (start, end, key)).fetchone()
        if found:
            db.execute("DELETE FROM edge_articles WHERE edge = ?", (found[0],))


def delete_orphans(db: sqlite3.Connection, ids: Iterable[str]) -> None:
    """Delete the given nodes that no stored relationship refers to."""
    db.executemany("DELETE FROM nodes WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM edges WHERE start = ?1) "
                   "AND NOT EXISTS (SELECT 1 FROM edges WHERE end = ?1)", ((i,) for i in ids))


def delete_nodes(db: sqlite3.Connection, ids: Iterable[str]) -> None:
    db.executemany("DELETE FROM nodes WHERE id = ?", ((i,) for i in ids))


def iter_rows(db: sqlite3.Connection, sql: str, size: int = 10_000) -> Iterator[tuple]:
    cursor = db.execute(sql)
    while True:
        chunk = cursor.fetchmany(size)
        if not chunk:
            return
        yield from chunk

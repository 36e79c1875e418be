"""The embedded store: a property graph in SQLite tables in a folder, queried with
NetworkX.

The folder holds ``graph.sqlite`` (``tables``) and a lock file. A load reads only the
part of the store its graph touches (the nodes it names, the relationships its
articles gave before, its persons' roles), merges there as ``build.merge_graph``
merges whole graphs, and writes back the difference in one transaction: it costs what
it adds, and a process killed mid-load leaves the previous store whole (SQLite rolls
the half-written transaction back). A lock keeps two loads from interleaving.

A library query with its usual parameter reads the neighbourhood it needs
(``kg.cypher.scopes``); other Cypher reads the labels and types its patterns name,
or, when they name none, the whole graph.

A store made by an earlier version (``graph.jsonl`` in the folder) is converted the
first time it is opened.
"""
from __future__ import annotations

import fcntl
import os
import sqlite3
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import networkx as nx

from kg.errors import StoreError
from kg.graph import tables
from kg.graph.build import first_role_orgs, forget_articles, merge_graph
from kg.graph.model import key_of, label_of, relationship_type
from kg.graph.stores import Counts, Progress, as_query

DEFAULT_STORE = "kg-store"
GRAPH_DB = "graph.sqlite"
OLD_GRAPH_FILE = "graph.jsonl"  # the store of earlier versions, converted when found
LOCK_FILE = ".lock"
BUSY_SECONDS = 600  # how long a reader waits for a writer's commit

__all__ = ["EmbeddedStore", "graph_stats", "DEFAULT_STORE", "GRAPH_DB"]


class EmbeddedStore:
    """A graph store in a folder on disk (a ``Store``).

    ``notify(message)``, when set, is told of long steps (reading the whole store,
    converting an old one)."""

    def __init__(self, folder: str | os.PathLike = DEFAULT_STORE, notify=None):
        self.folder = Path(folder)
        self.path = self.folder / GRAPH_DB
        self.notify = notify
        # The last load went into an empty store, which then holds that graph as given,
        # node for node and edge for edge in its order (kg build draws it without reading back).
        self.loaded_into_empty = False

    def __repr__(self) -> str:
        return f"EmbeddedStore({str(self.folder)!r})"

    def close(self) -> None:
        """Nothing to release: every call opens and closes the database it needs."""

    def __enter__(self) -> "EmbeddedStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _say(self, message: str) -> None:
        if self.notify:
            self.notify(message)

    # -- opening ---------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
            db.execute("PRAGMA cache_size = -131072")  # 128 MiB of pages
            db.execute("PRAGMA temp_store = MEMORY")
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot be opened: {error}") from None
        return db

    def _require_graph(self) -> None:
        if self.folder.exists() and not self.folder.is_dir():
            raise StoreError(f"{self.folder}: is a file, not a store folder")
        if (self.folder / OLD_GRAPH_FILE).exists() and not self.path.exists():
            with self.locked():
                self._convert_old_store()
        if not self._holds_graph():
            state = "holds no graph" if self.folder.is_dir() else "no such store folder"
            raise StoreError(f"{self.folder}: {state}; create it with kg load GRAPH.jsonl --store {self.folder} "
                             f"(or give --store, or KG_STORE, the folder you loaded into)")

    def _holds_graph(self) -> bool:
        if not self.path.exists():
            return False
        db = self._connect()
        try:
            return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'nodes'").fetchone() \
                is not None and not tables.is_empty(db)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: is not a store database ({error})") from None
        finally:
            db.close()

    def is_empty(self) -> bool:
        """True when the store holds no graph yet (a new folder, or one never loaded)."""
        if (self.folder / OLD_GRAPH_FILE).exists():
            return False
        try:
            return not self._holds_graph()
        except StoreError:
            return False  # not a store database: the load says so

    @contextmanager
    def _reading(self):
        """A connection in a read transaction: every read in it sees one state."""
        self._require_graph()
        db = self._connect()
        try:
            db.execute("BEGIN")
            yield db
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot be read: {error}") from None
        finally:
            db.close()

    @contextmanager
    def locked(self, on_wait=None):
        """Hold the store's lock; ``on_wait`` is called once if another process holds it."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle = open(self.folder / LOCK_FILE, "a+")
        except OSError as error:
            raise StoreError(f"{self.folder}: cannot open the store: {error.strerror or error}") from None
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if on_wait:
                    on_wait()
                fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _convert_old_store(self) -> None:
        """Move a ``graph.jsonl`` store of an earlier version into the tables; the old
        file goes only once the tables are committed."""
        from kg.graph.jsonl import read_jsonl

        old = self.folder / OLD_GRAPH_FILE
        if self.path.exists() or not old.exists():
            return
        self._say(f"converting {old} to {self.path} (once) …")
        self._write(lambda db: tables.bulk_insert(db, read_jsonl(old)))
        old.unlink()

    # -- reading ---------------------------------------------------------------------

    def read(self, selection=None) -> nx.MultiDiGraph:
        """The stored graph; with a ``GraphFilter`` that names a person or an
        organization, only the part the filter keeps (read from around the named
        nodes, not from the whole store).

        Raises
        ------
        StoreError
            when the folder does not exist or holds no graph: an empty answer would
            look like a store with nothing in it."""
        from kg.graph.filters import filter_graph

        if selection and (selection.person or selection.org):
            with self._reading() as db:
                part = _read_around(db, selection)
            return filter_graph(part, selection)
        with self._reading() as db:
            self._say(f"reading the whole store {self.folder} …")
            graph = tables.read_graph(db)
        return filter_graph(graph, selection) if selection else graph

    @contextmanager
    def view_index(self, labels, types):
        """One view of the stored graph (``types`` between ``labels``) read as asked,
        in one read transaction: a ``tables.ViewIndex`` (what a capped page chooses from)."""
        with self._reading() as db:
            yield tables.ViewIndex(db, labels, types)

    def read_facts(self, node_ids) -> nx.MultiDiGraph:
        """The given nodes, every fact they take part in (MENTIONS and REPORTED left
        out) with the nodes at its other end, and the articles those facts cite."""
        with self._reading() as db:
            return tables.facts_of(db, node_ids, ("MENTIONS", "REPORTED"))

    def stats(self) -> dict[str, Counter]:
        """Counts of nodes by label and relationships by type (counted in the tables)."""
        with self._reading() as db:
            nodes, edges = tables.counts(db)
        return {"nodes": Counter(nodes), "relationships": Counter(edges)}

    def query(self, name_or_cypher, /, *, write_: bool = False, **params):
        """Run a library query by name, a ``.cypher`` file or Cypher text on the stored
        graph (``kg.cypher.runner.QueryResult``), reading only the part it needs. A
        query that writes is refused, with or without ``write_``: the embedded store
        changes only by ``load``."""
        from kg.cypher.embedded import translate
        from kg.cypher.library import library
        from kg.cypher.runner import run_on_graph

        query = as_query(name_or_cypher)
        parameters = query.bind(params)
        shipped = library().get(query.name) == query
        # Other Cypher is checked before anything is read: writes and what the engine cannot run are refused.
        translated = None if shipped else translate(query.text, parameters)
        with self._reading() as db:
            graph = self._library_part(db, query, parameters) if shipped else self._part_for(db, translated)
        return run_on_graph(query, parameters, graph)

    @staticmethod
    def _library_part(db, query, parameters) -> nx.MultiDiGraph:
        from kg.cypher.scopes import TYPES, scope_for

        scope = scope_for(query.name, parameters)
        if scope is not None:
            return _read_scope(db, scope, parameters[scope.parameter])
        return tables.read_part(db, tables.edges_of_types(db, TYPES[query.name]))

    def _part_for(self, db, translated: str) -> nx.MultiDiGraph:
        from kg.cypher.embedded import pattern_needs

        labels, types = pattern_needs(translated)
        if labels is None and types is None:
            self._say(f"reading the whole store {self.folder} for this query (its patterns name no label or type) …")
            return tables.read_graph(db)
        return _read_labels_types(db, labels, types)

    # -- writing ---------------------------------------------------------------------

    def load(self, graph: nx.MultiDiGraph, progress: Progress | None = None, on_wait=None) -> Counts:
        """Merge ``graph`` into the store; the stored graph's counts.

        ``progress(rows)`` is called as rows are written into an empty store;
        ``on_wait()`` once if another process holds the store."""
        fresh = []

        def change(db) -> None:
            if tables.is_empty(db):
                tables.bulk_insert(db, graph, progress)
                fresh.append(True)
            else:
                _merge_into(db, graph)

        with self.locked(on_wait):
            if (self.folder / OLD_GRAPH_FILE).exists():
                self._convert_old_store()
            self._write(change)
        self.loaded_into_empty = bool(fresh)
        return self.stats()

    def merge(self, incoming: nx.MultiDiGraph, on_wait=None) -> nx.MultiDiGraph:
        """Merge ``incoming`` into the store; returns the whole stored graph (for tests
        and small stores: ``load`` does not read it back)."""
        self.load(incoming, on_wait=on_wait)
        return self.read()

    def _write(self, change) -> None:
        """Run ``change(db)`` in one transaction: all of it is stored, or nothing."""
        db = self._connect()
        try:
            db.execute("BEGIN IMMEDIATE")
            for statement in tables.schema_statements():
                db.execute(statement)
            change(db)
            db.execute("COMMIT")
        except sqlite3.Error as error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot be written: {error}") from None
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        finally:
            db.close()


def _read_scope(db, scope, value) -> nx.MultiDiGraph:
    """The part a library query reads: the nodes ``value`` names, and the steps of its scope from them."""
    frontier = tables.seeds(db, scope.label, value, scope.match)
    start = list(frontier)
    edges = []
    for direction, types in scope.steps:
        found = tables.edges_from(db, frontier, direction, types)
        edges += found
        frontier = list({(row[1] if direction == "out" else row[0]) for row in found})
    return tables.read_part(db, edges, start)


def _read_labels_types(db, labels, types) -> nx.MultiDiGraph:
    """The nodes of ``labels`` (all when None) and the relationships of ``types`` (all
    when None) between nodes read."""
    node_rows = (tables.nodes_of_labels(db, labels) if labels is not None else
                 db.execute("SELECT id, props FROM nodes ORDER BY seq").fetchall())
    edge_rows = (tables.edges_of_types(db, types) if types is not None else
                 db.execute("SELECT start, end, key, type, props FROM edges ORDER BY seq").fetchall())
    if labels is not None:
        edge_rows = [row for row in edge_rows if label_of(row[0]) in labels and label_of(row[1]) in labels]
    return tables.graph_of_rows(node_rows, edge_rows)


def _read_around(db, selection) -> nx.MultiDiGraph:
    """What ``filter_graph`` needs to cut ``selection`` (a person or an organization
    named): the named nodes and every node within its two steps along the facts, all
    relationships between them, and the articles that mention or report them."""
    from kg.graph.filters import NEIGHBOURHOOD

    kept: set[str] = set()
    for label, value in (("Person", selection.person), ("Organization", selection.org)):
        if value:  # both neighbourhoods: filter_graph keeps what lies in the two
            kept.update(tables.seeds(db, label, value, "contains"))
    frontier = set(kept)
    facts = tuple(kind for kind in ("HOLDS_ROLE", "CHAIRED", "ATTENDED", "CONVENED", "STUDIED", "CONVEYED",
                                    "REVIEWED", "ADOPTED", "ISSUED"))
    for _ in range(NEIGHBOURHOOD):
        out = tables.edges_from(db, frontier, "out", facts)
        back = tables.edges_from(db, frontier, "in", facts)
        frontier = ({row[1] for row in out} | {row[0] for row in back}) - kept
        kept |= frontier
    edges = [row for row in tables.edges_from(db, kept, "out", None) if row[1] in kept or row[3] == "REPORTED"]
    edges += tables.edges_from(db, kept, "in", ("MENTIONS",))
    return tables.read_part(db, edges, kept)


def _merge_into(db, incoming: nx.MultiDiGraph) -> None:
    """Merge ``incoming`` into the stored tables as ``merge_graph`` merges into a whole
    graph, reading and writing only what it touches."""
    articles = {key_of(n) for n in incoming if label_of(n) == "Article"}
    stored_articles = {key_of(n) for n, _ in tables.node_rows(db, (f"Article:{a}" for a in articles))}
    first_org = {person: f"{person}@{key_of(org)}" for person, org in first_role_orgs(incoming).items()}

    def variants(node_id):  # the ids a node may take in the store: a namesake is renamed
        return (node_id, first_org[node_id]) if node_id in first_org else (node_id,)

    ids = set(incoming) | set(first_org.values())
    seqs = tables.merge_seqs(db, stored_articles, list(first_org),
                             ((s, e, key) for s0, e0, key in incoming.edges(keys=True)
                              for s in variants(s0) for e in variants(e0)))
    part = tables.read_part_of_seqs(db, seqs, ids)
    del seqs

    # what each read row was, as a hash of its JSON (64 bits; the rows themselves would
    # double what a large merge holds): a row is written again only where it changed
    nodes_before = {n: hash(tables.node_json(attrs)) for n, attrs in part.nodes(data=True)}
    edges_before = {(s, e, k): hash(tables.edge_json(attrs)) for s, e, k, attrs in part.edges(keys=True, data=True)}
    degree_before = dict(part.degree())
    touched = forget_articles(part, stored_articles)
    orphans = [n for n in touched if n in part and part.degree(n) == 0]
    if orphans:  # an orphan here is one only if the store holds no other relationship of it
        stored_degree = tables.degrees(db, orphans)
        part.remove_nodes_from([n for n in orphans if stored_degree.get(n, 0) <= degree_before.get(n, 0)])
    merge_graph(part, incoming, replace_articles=False)

    after = {(s, e, k): attrs for s, e, k, attrs in part.edges(keys=True, data=True)}
    tables.delete_edges(db, [k for k in edges_before if k not in after])
    tables.delete_nodes(db, [n for n in nodes_before if n not in part])
    tables.write_nodes(db, part, [n for n, attrs in part.nodes(data=True)
                                  if nodes_before.get(n) != hash(tables.node_json(attrs))])
    tables.write_edges(db, part, [k for k, attrs in after.items()
                                  if edges_before.get(k) != hash(tables.edge_json(attrs))])


def graph_stats(graph: nx.MultiDiGraph) -> dict[str, Counter]:
    """Counts of nodes by label and relationships by type."""
    nodes = Counter(label_of(n) for n in graph)
    relationships = Counter(relationship_type(attrs) for _, _, attrs in graph.edges(data=True))
    return {"nodes": nodes, "relationships": relationships}

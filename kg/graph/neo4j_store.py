"""Neo4j as the graph store, over Bolt with the official driver.

Writes are ``UNWIND $rows AS row MERGE …`` batches inside managed transactions
(``execute_write``), so loading the same graph twice changes nothing and a load cut
off midway completes when run again. Articles loaded again replace what they said.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import networkx as nx

from kg.graph import neo4j_queries as queries
from kg.graph.build import add_node, add_relationship, home, namesake_renames, new_graph, rename_nodes
from kg.graph.model import LABELS, edge_properties, key_of, label_of, node_properties, relationship_type
from kg.graph.stores import Counts, Progress, as_query, count_rows
from kg.errors import QueryError, StoreError

DEFAULT_BATCH = 1000
DEFAULT_RETRY_SECONDS = 15.0

__all__ = ["Neo4jStore", "Neo4jSettings", "DEFAULT_BATCH"]


@dataclass(frozen=True)
class Neo4jSettings:
    """How to reach the server: the variables Neo4j's own tools use."""

    uri: str
    user: str = "neo4j"
    password: str = ""
    database: str | None = None

    def describe(self) -> str:
        return f"{self.uri}" + (f" (database {self.database!r})" if self.database else "")


class Neo4jStore:
    """A graph store in a Neo4j (5) database (a ``Store``)."""

    def __init__(self, settings: Neo4jSettings, batch_size: int = DEFAULT_BATCH,
                 retry_seconds: float = DEFAULT_RETRY_SECONDS):
        """``retry_seconds``: how long a write transaction is retried when the server
        is briefly away before the load gives up with an error."""
        from neo4j import GraphDatabase

        if batch_size < 1:
            raise StoreError("the batch size must be at least 1")
        self.settings = settings
        self.batch_size = batch_size
        try:
            self.driver = GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password),
                                               max_transaction_retry_time=retry_seconds)
        except ValueError as error:  # a malformed URI
            raise StoreError(f"{settings.uri}: not a Neo4j URI ({error})") from None
        self._ready = False

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> "Neo4jStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- talking to the server -------------------------------------------------

    def _translate(self, error: Exception, doing: str) -> StoreError:
        from neo4j import exceptions

        where = self.settings.describe()
        if isinstance(error, exceptions.AuthError):
            return StoreError(f"Neo4j at {self.settings.uri} refused user {self.settings.user!r}: "
                              f"wrong user name or password")
        code = getattr(error, "code", "") or ""
        if code.endswith("DatabaseNotFound"):
            return StoreError(f"Neo4j at {self.settings.uri} has no database {self.settings.database!r}")
        if isinstance(error, (exceptions.ServiceUnavailable, exceptions.SessionExpired, OSError)):
            return StoreError(f"cannot reach Neo4j at {where} while {doing}: {_first_line(error)}")
        if isinstance(error, exceptions.Neo4jError):
            return StoreError(f"Neo4j at {where} failed while {doing}: {code or ''} {_first_line(error)}".strip())
        return StoreError(f"Neo4j at {where} failed while {doing}: {_first_line(error)}")

    def _read(self, query: str, doing: str, **parameters) -> list[dict]:
        from neo4j import exceptions

        try:
            records, _, _ = self.driver.execute_query(query, parameters_=parameters,
                                                      database_=self.settings.database, routing_="r")
        except (exceptions.Neo4jError, exceptions.DriverError, OSError) as error:
            raise self._translate(error, doing) from None
        return [record.data() for record in records]

    def _write(self, query: str, doing: str, **parameters) -> None:
        from neo4j import exceptions

        def work(tx):
            tx.run(query, parameters).consume()

        try:
            with self.driver.session(database=self.settings.database) as session:
                session.execute_write(work)
        except (exceptions.Neo4jError, exceptions.DriverError, OSError) as error:
            raise self._translate(error, doing) from None

    def setup(self) -> None:
        """Check the connection and make a uniqueness constraint on ``id`` for every
        label (``IF NOT EXISTS``: safe to repeat)."""
        if self._ready:
            return
        from neo4j import exceptions

        try:
            self.driver.verify_connectivity()
        except (exceptions.Neo4jError, exceptions.DriverError, OSError) as error:
            raise self._translate(error, "connecting") from None
        for label in LABELS:
            self._write(queries.constraint(label), "creating constraints")
        self._ready = True

    # -- loading ---------------------------------------------------------------

    def load(self, graph: nx.MultiDiGraph, progress: Progress | None = None, on_wait=None) -> Counts:
        """Merge ``graph`` into the database; the stored graph's counts.

        Articles already stored first lose the facts they gave before; then persons
        whose stored namesakes hold roles elsewhere are renamed, as the embedded store
        does. ``progress(rows)`` is called after each batch; ``on_wait`` is not called
        (the server orders concurrent loads)."""
        self.setup()
        stored = self._forget_reloaded_articles(graph)
        graph = rename_nodes(graph, namesake_renames(graph, self._stored_homes))
        new_articles = {n for n in graph if label_of(n) == "Article"} - stored
        written = 0
        for query, rows in self._batches(graph, new_articles):
            self._write(query, f"loading (after {written} rows)", rows=rows)
            written += len(rows)
            if progress:
                progress(len(rows))
        return self.stats()

    def count_rows(self, graph: nx.MultiDiGraph) -> int:
        return count_rows(graph)

    def _stored_homes(self, person_ids: list[str]) -> dict[str, set[str]]:
        """For each stored person of ``person_ids``, where it holds roles (``person_homes``)."""
        homes: dict[str, set[str]] = defaultdict(set)
        for start in range(0, len(person_ids), self.batch_size):
            for row in self._read(queries.person_homes(), "checking stored namesakes",
                                  ids=person_ids[start:start + self.batch_size]):
                homes[row["id"]].add(home({"place": row["place"], "name": row["name"] or ""}))
        return homes

    def _forget_reloaded_articles(self, graph: nx.MultiDiGraph) -> set[str]:
        """Drop what the stored articles of ``graph`` said before; their ids."""
        ids = [n for n in graph if label_of(n) == "Article"]
        stored = []
        for start in range(0, len(ids), self.batch_size):
            stored += [r["id"] for r in self._read(queries.existing_articles(), "checking stored articles",
                                                    ids=ids[start:start + self.batch_size])]
        if not stored:
            return set()
        rows = [{"id": node_id, "key": key_of(node_id)} for node_id in stored]
        for start in range(0, len(rows), self.batch_size):
            self._write(queries.forget_articles(), "replacing reloaded articles", rows=rows[start:start + self.batch_size])
            self._write(queries.delete_mentions(), "replacing reloaded articles",
                        ids=[r["id"] for r in rows[start:start + self.batch_size]])
        self._write(queries.delete_orphans(), "replacing reloaded articles")
        return set(stored)

    def _batches(self, graph: nx.MultiDiGraph,
                 new_articles: set[str] = frozenset()) -> Iterator[tuple[str, list[dict]]]:
        """(query, rows) batches: nodes by label, then relationships by type. The
        MENTIONS and REPORTED of ``new_articles`` (not in the database) are created, not
        merged. A load cut off after them is safe to run again: the article is then
        stored, so the run replaces what it said and merges."""
        nodes: dict[str, list[dict]] = defaultdict(list)
        for node_id, attrs in graph.nodes(data=True):
            props = node_properties(attrs, drop_none=True)
            nodes[label_of(node_id)].append({"id": node_id, "props": props})
        for label in sorted(nodes):
            yield from self._chunks(queries.merge_nodes(label), nodes[label])
        relationships: dict[tuple[str, str, str, bool], list[dict]] = defaultdict(list)
        for start, end, attrs in graph.edges(data=True):
            kind = relationship_type(attrs)
            props = edge_properties(attrs, drop_none=True)
            new = (kind == "MENTIONS" and start in new_articles) or (kind == "REPORTED" and end in new_articles)
            relationships[(kind, label_of(start), label_of(end), new)].append({"start": start, "end": end, "props": props})
        for (kind, start_label, end_label, new) in sorted(relationships):
            build = queries.create_relationships if new else queries.merge_relationships
            yield from self._chunks(build(kind, start_label, end_label),
                                    relationships[(kind, start_label, end_label, new)])

    def _chunks(self, query: str, rows: list[dict]) -> Iterator[tuple[str, list[dict]]]:
        for start in range(0, len(rows), self.batch_size):
            yield query, rows[start:start + self.batch_size]

    # -- reading ---------------------------------------------------------------

    def stats(self) -> dict[str, Counter]:
        """Counts of nodes by label and relationships by type."""
        self.setup()
        nodes = Counter({r["name"]: r["count"] for r in self._read(queries.count_nodes(), "counting")})
        relationships = Counter({r["name"]: r["count"] for r in self._read(queries.count_relationships(), "counting")})
        return {"nodes": nodes, "relationships": relationships}

    def query(self, name_or_cypher, /, *, write_: bool = False, **params):
        """Run a library query by name, a ``.cypher`` file or Cypher text
        (``kg.cypher.runner.QueryResult``). A query that writes (``CREATE``, ``MERGE``,
        ``SET`` …) runs only with ``write_=True``; others run in a read transaction."""
        from kg.cypher.library import writing_clause
        from kg.cypher.runner import QueryResult

        query = as_query(name_or_cypher)
        clause = writing_clause(query.text)
        if clause and not write_:
            raise QueryError(f"the query writes to Neo4j ({clause}); run it with --write to change the database")
        columns, rows = self.cypher(query.text, query.bind(params), write=bool(clause))
        return QueryResult(columns, rows)

    def cypher(self, text: str, parameters: dict, write: bool = False) -> tuple[list[str], list[dict]]:
        """Run an analyst's query in a read (or, with ``write``, a write) transaction;
        columns and rows of plain values."""
        from neo4j import exceptions

        self.setup()
        try:
            records, summary, keys = self.driver.execute_query(text, parameters_=parameters,
                                                               database_=self.settings.database,
                                                               routing_="w" if write else "r")
        except (exceptions.Neo4jError, exceptions.DriverError, OSError) as error:
            raise self._translate(error, "running the query") from None
        return list(keys), [{key: _plain(record[key]) for key in keys} for record in records]

    def read(self, selection=None) -> nx.MultiDiGraph:
        """The whole stored graph, as the embedded store holds it; with a
        ``GraphFilter``, the part it keeps."""
        if selection:
            from kg.graph.filters import filter_graph

            return filter_graph(self.read(), selection)
        self.setup()
        graph = new_graph()
        for row in self._read(queries.all_nodes(), "reading nodes"):
            add_node(graph, row["id"], node_properties(row["props"]))
        for row in self._read(queries.all_relationships(), "reading relationships"):
            add_relationship(graph, row["start"], row["type"], row["end"], row["props"])
        return graph


def _first_line(error: Exception) -> str:
    text = getattr(error, "message", None) or str(error)
    return text.strip().splitlines()[0] if text.strip() else type(error).__name__


def _plain(value):
    """Driver values as plain Python: dates as ISO strings, nodes and relationships as
    their properties."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if hasattr(value, "items") and hasattr(value, "element_id"):
        return dict(value.items())
    return value

"""The one interface of the graph stores: the embedded store (a folder on disk) and
Neo4j both implement ``Store``, with the same semantics, so callers never ask which one
they hold.

- ``load(graph)`` merges a graph: loading it twice changes nothing; an article loaded
  again replaces what it said before; a person whose name a stored person already
  bears, but who holds roles only elsewhere, is kept apart (``Person:王毅@全国政协``).
  It returns the stored graph's counts, as ``stats()`` gives them.
- ``read(selection)`` gives the whole stored graph, or the part a filter keeps; ``stats()`` counts nodes by label and
  relationships by type; ``query(name_or_cypher, **params)`` runs a library query by
  name, a ``.cypher`` file or Cypher text, and gives a ``QueryResult``.
- A store is a context manager; ``close()`` releases what it holds.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:  # ``import kg`` names Store: it must not import networkx
    import networkx as nx

    from kg.cypher.library import Query
    from kg.graph.filters import GraphFilter
    from kg.cypher.runner import QueryResult

__all__ = ["Store", "Counts", "Progress", "count_rows"]

Counts = dict[str, Counter]  # {"nodes": Counter by label, "relationships": Counter by type}
Progress = Callable[[int], None]  # called with the number of rows just written


@runtime_checkable
class Store(Protocol):
    """A graph store: the embedded one (``EmbeddedStore``) or Neo4j (``Neo4jStore``)."""

    def load(self, graph: nx.MultiDiGraph, progress: Progress | None = None,
             on_wait: Callable[[], None] | None = None) -> Counts:
        """Merge ``graph`` into the store; the stored graph's counts.

        ``progress(rows)`` is called as rows are written, by a store that writes in
        batches; ``on_wait()`` once if the load must wait for another process."""
        ...

    def read(self, selection: "GraphFilter | None" = None) -> nx.MultiDiGraph:
        """The whole stored graph, or with a ``GraphFilter`` the part it keeps (as
        ``kg.graph.filters.filter_graph`` cuts it)."""
        ...

    def stats(self) -> Counts:
        """Counts of nodes by label and relationships by type."""
        ...

    def query(self, name_or_cypher: "str | Query", *, write_: bool = False, **params) -> "QueryResult":
        """Run a library query (by name), a ``.cypher`` file or Cypher text with
        ``params`` (``$name`` in the query); its columns and rows. A writing query
        (``CREATE``, ``MERGE`` …) needs ``write_=True``, and only Neo4j runs it."""
        ...

    def close(self) -> None:
        """Release what the store holds (a connection)."""
        ...

    def __enter__(self) -> "Store":
        ...

    def __exit__(self, *exc) -> None:
        ...


def count_rows(graph: nx.MultiDiGraph) -> int:
    """The rows a load of ``graph`` writes: its nodes and relationships."""
    from kg.graph.build import count_relationships

    return graph.number_of_nodes() + count_relationships(graph)


def as_query(name_or_cypher: "str | Query") -> "Query":
    """A library query by name, a ``.cypher`` file or Cypher text, as a ``Query``."""
    from kg.cypher.library import resolve

    return resolve(name_or_cypher) if isinstance(name_or_cypher, str) else name_or_cypher

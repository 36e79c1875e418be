"""The embedded store: a NetworkX graph kept on disk in a folder.

The folder holds ``graph.jsonl`` (the graph, in the format of ``SCHEMA.md``) and a lock
file. Loading merges into what is there; the file is replaced atomically, so a process
killed mid-write leaves the previous version whole, and a lock keeps two loads from
losing each other's facts.
"""
from __future__ import annotations

import fcntl
import os
import re
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import networkx as nx

from kg.graph.build import merge_graph, new_graph
from kg.graph.jsonl import read_jsonl, write_jsonl
from kg.graph.model import label_of, relationship_type
from kg.graph.stores import Counts, Progress, as_query
from kg.errors import StoreError

DEFAULT_STORE = "kg-store"
GRAPH_FILE = "graph.jsonl"
LOCK_FILE = ".lock"

__all__ = ["EmbeddedStore", "graph_stats", "DEFAULT_STORE"]


class EmbeddedStore:
    """A graph store in a folder on disk (a ``Store``)."""

    def __init__(self, folder: str | os.PathLike = DEFAULT_STORE):
        self.folder = Path(folder)
        self.path = self.folder / GRAPH_FILE

    def __repr__(self) -> str:
        return f"EmbeddedStore({str(self.folder)!r})"

    def close(self) -> None:
        """Nothing to release: every call opens and closes the file it needs."""

    def __enter__(self) -> "EmbeddedStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def read(self) -> nx.MultiDiGraph:
        """The stored graph.

        Raises
        ------
        StoreError
            when the folder does not exist or holds no graph: an empty answer would
            look like a store with nothing in it."""
        self._require_graph()
        return read_jsonl(self.path)

    def _require_graph(self) -> None:
        if self.folder.exists() and not self.folder.is_dir():
            raise StoreError(f"{self.folder}: is a file, not a store folder")
        if not self.path.exists():
            state = "holds no graph" if self.folder.is_dir() else "no such store folder"
            raise StoreError(f"{self.folder}: {state}; create it with kg load GRAPH.jsonl --store {self.folder} "
                             f"(or give --store, or KG_STORE, the folder you loaded into)")

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

    def load(self, graph: nx.MultiDiGraph, progress: Progress | None = None, on_wait=None) -> Counts:
        """Merge ``graph`` into the store and save; the stored graph's counts.

        The store is written whole, once, so ``progress`` is not called; ``on_wait()``
        is called once if another process holds the store."""
        return graph_stats(self.merge(graph, on_wait=on_wait))

    def query(self, name_or_cypher, /, *, write_: bool = False, **params):
        """Run a library query by name, a ``.cypher`` file or Cypher text on the stored
        graph (``kg.cypher.runner.QueryResult``). A query that writes is refused, with or
        without ``write_``: the embedded store changes only by ``load``."""
        from kg.cypher.runner import run_on_graph

        query = as_query(name_or_cypher)
        return run_on_graph(query, query.bind(params), self.read())

    def merge(self, incoming: nx.MultiDiGraph, on_wait=None) -> nx.MultiDiGraph:
        """Merge ``incoming`` into the store and save; returns the stored graph.

        Articles in ``incoming`` replace what the same articles said before."""
        with self.locked(on_wait):
            self._clear_half_written()
            if self.path.exists():
                graph = read_jsonl(self.path)
                merge_graph(graph, incoming)
            else:
                graph = incoming  # an empty store takes the graph as it is: no second copy in memory
            try:
                write_jsonl(graph, self.path)
            except OSError as error:
                raise StoreError(f"{self.path}: cannot be written: {error.strerror or error}") from None
            return graph

    def _clear_half_written(self) -> None:
        """Remove what a writer killed mid-write left beside the graph (only the lock
        holder writes, so any such file is stale)."""
        for stale in self.folder.glob(f".{GRAPH_FILE}.*"):
            stale.unlink(missing_ok=True)

    def stats(self) -> dict[str, Counter]:
        """Counts of nodes by label and relationships by type, read from the file line by
        line (no graph is built, so this stays fast and small on a big store)."""
        self._require_graph()
        counts = {"nodes": Counter(), "relationships": Counter()}
        node = re.compile(r'^\{"type": "node", "id": "(\w+):')
        relationship = re.compile(r'^\{"type": "relationship", "id": "[^"]*", "label": "(\w+)"')
        with self.path.open(encoding="utf-8") as handle:
            for line in handle:
                found = node.match(line)
                if found:
                    counts["nodes"][found.group(1)] += 1
                    continue
                found = relationship.match(line)
                if found:
                    counts["relationships"][found.group(1)] += 1
        return counts


def graph_stats(graph: nx.MultiDiGraph) -> dict[str, Counter]:
    """Counts of nodes by label and relationships by type."""
    nodes = Counter(label_of(n) for n in graph)
    relationships = Counter(relationship_type(attrs) for _, _, attrs in graph.edges(data=True))
    return {"nodes": nodes, "relationships": relationships}

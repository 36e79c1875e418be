"""GraphML, for Gephi, yEd and networkx.

XML with typed attribute keys. Node ids are the schema ids; each node carries ``label``
and each edge ``type`` (the relationship type); lists (``articles``, ``reporters``)
are JSON strings, since GraphML attributes hold only scalars. Written with networkx's
writer, atomically.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.exports.flat import flatten
from kg.graph.jsonl import atomic_writer

__all__ = ["write_graphml"]


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``graph`` as GraphML (UTF-8)."""
    with atomic_writer(path, binary=True) as handle:
        nx.write_graphml(flatten(graph), handle, encoding="utf-8", named_key_ids=True)

"""GEXF 1.2, Gephi's own format.

Nodes keep their schema ids; the GEXF label Gephi shows is the name or title, and the
schema label is the attribute ``schema_label``. An edge's GEXF label is its
relationship type (GEXF keeps ``type`` for directed/undirected). Lists are JSON
strings. Written with networkx's writer, atomically.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.exports.flat import flatten
from kg.graph.jsonl import atomic_writer

__all__ = ["write_gexf"]


def write_gexf(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``graph`` as GEXF (UTF-8)."""
    flat = flatten(graph, node_label="schema_label", edge_type="label")
    for node, attrs in flat.nodes(data=True):
        attrs["label"] = attrs.get("name") or attrs.get("title") or node
    with atomic_writer(path, binary=True) as handle:
        nx.write_gexf(flat, handle, encoding="utf-8", version="1.2draft")

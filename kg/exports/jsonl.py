"""Graph JSON Lines (``SCHEMA.md``): one JSON object a line, nodes then relationships,
in the shape of Neo4j APOC's ``apoc.export.json``, so ``apoc.import.json`` reads it.
The writer lives with the reader in ``graph/jsonl.py``; this module is the export's
entry point like every other format's."""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.graph.jsonl import write_jsonl as _write

__all__ = ["write_jsonl"]


def write_jsonl(graph: nx.MultiDiGraph, path: str | Path) -> int:
    """Write ``graph`` as graph JSON Lines; returns the number of lines."""
    return _write(graph, path)

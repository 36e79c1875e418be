"""A graph with flat attributes, for formats that hold only scalars (GraphML, GEXF).

Each node gets ``label`` (its schema label) and each edge ``type``; lists and dicts
become JSON strings (Chinese kept readable), so that reading the file back and parsing
those strings gives the graph again. Characters XML cannot hold become U+FFFD.
"""
from __future__ import annotations

import json
import re

import networkx as nx

from kg.graph.model import edge_properties, label_of, node_properties, relationship_type

__all__ = ["flatten", "unflatten_value"]


# Characters XML 1.0 cannot hold at all, not even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _scalar(value):
    if isinstance(value, (list, tuple, set, dict)):
        value = json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False)
    if isinstance(value, str):
        return _NOT_XML.sub("\ufffd", value)
    return value


def flatten(graph: nx.MultiDiGraph, node_label: str = "label", edge_type: str = "type") -> nx.MultiDiGraph:
    """A copy of ``graph`` whose every attribute value is a string, number or bool; the
    schema label goes in ``node_label`` and the relationship type in ``edge_type``."""
    flat = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        values = {k: _scalar(v) for k, v in node_properties(attrs, drop_none=True).items()}
        flat.add_node(node, **values, **{node_label: label_of(node)})
    for start, end, key, attrs in graph.edges(keys=True, data=True):
        values = {k: _scalar(v) for k, v in edge_properties(attrs, drop_none=True).items()}
        flat.add_edge(start, end, key=key, **values, **{edge_type: relationship_type(attrs)})
    return flat


def unflatten_value(value):
    """A value read back from a flat format: JSON lists and objects parsed again."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value

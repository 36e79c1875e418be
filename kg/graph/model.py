"""The graph model of ``SCHEMA.md``: its labels and relationship types, and how a
graph holds them.

Labels and relationship types used anywhere (Cypher text included) come only from
these fixed sets, never from page text.

A graph is a ``networkx.MultiDiGraph`` whose nodes are keyed by their schema id
``Label:key``. Each node and edge keeps its label or type in a storage key beside its
properties (and a node its ``id`` too), as grand-cypher reads them. Only this module
knows that: everyone else asks it for a node's label and key, a relationship's type,
and properties without the storage keys.
"""
from __future__ import annotations

import functools

from kg.errors import KGError

__all__ = ["LABELS", "RELATIONSHIPS", "PROVENANCE", "LABEL_KEY", "label_of", "key_of", "node_id",
           "relationship_type", "node_properties", "edge_properties", "node_storage", "edge_attributes",
           "cypher_literal"]

LABELS = ("Article", "Person", "Organization", "Meeting", "Document", "Place")
RELATIONSHIPS = {
    # type: (start label, end label or None for any)
    "HOLDS_ROLE": ("Person", "Organization"),
    "CHAIRED": ("Person", "Meeting"),
    "ATTENDED": ("Person", "Meeting"),
    "CONVENED": ("Organization", "Meeting"),
    "STUDIED": ("Meeting", "Document"),
    "CONVEYED": ("Meeting", "Document"),
    "REVIEWED": ("Meeting", "Document"),
    "ADOPTED": ("Meeting", "Document"),
    "ISSUED": ("Organization", "Document"),
    "REPORTED": ("Person", "Article"),
    "MENTIONS": ("Article", None),
}
PROVENANCE = ("article", "evidence", "rule")
LABEL_KEY = "__labels__"  # where a node's labels and an edge's type live in NetworkX (as grand-cypher reads them)


_NODE_STORAGE = (LABEL_KEY, "id")


def label_of(node_id: str) -> str:
    """The label of a node id ``Label:key``.

    >>> label_of("Person:王毅")
    'Person'
    """
    return node_id.split(":", 1)[0]


def key_of(node_id: str) -> str:
    """The key of a node id ``Label:key``, the part after the label.

    >>> key_of("Organization:全国政协")
    '全国政协'
    """
    return node_id.split(":", 1)[1]


def node_id(label: str, key: str) -> str:
    """The id of the node with this label and key."""
    return f"{label}:{key}"


@functools.lru_cache(maxsize=None)
def _label_set(name: str) -> set[str]:
    """One shared set per label or type: a million edges need not hold a million sets.
    A plain set, not a frozenset, because grand-cypher reads labels only from sets;
    nothing may add to it."""
    return {name}


def node_storage(node_id: str) -> dict:
    """What a new node holds beside its properties: its label and its id."""
    return {LABEL_KEY: _label_set(label_of(node_id)), "id": node_id}


def edge_attributes(kind: str, properties: dict) -> dict:
    """An edge's attributes as the graph holds them: its type beside its properties."""
    return {LABEL_KEY: _label_set(kind), **properties}


def relationship_type(attrs: dict) -> str:
    """The schema type of an edge, from its attributes."""
    return next(iter(attrs[LABEL_KEY]))


def node_properties(attrs: dict, *, drop_none: bool = False) -> dict:
    """A node's properties, without what the graph stores beside them (label, id)."""
    return {k: v for k, v in attrs.items() if k not in _NODE_STORAGE and not (drop_none and v is None)}


def edge_properties(attrs: dict, *, drop_none: bool = False) -> dict:
    """An edge's properties, without what the graph stores beside them (its type)."""
    return {k: v for k, v in attrs.items() if k != LABEL_KEY and not (drop_none and v is None)}


_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def cypher_literal(value) -> str:
    """A Python value as a Cypher literal: strings single-quoted with quotes,
    backslashes and line breaks escaped, lists of literals, ``null``.

    >>> cypher_literal("O'Neil \\\\ `x`")
    "'O\\\\'Neil \\\\\\\\ `x`'"
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if not isinstance(value, str):
        raise KGError(f"a property value of type {type(value).__name__} has no Cypher literal: {value!r}")
    text = "".join(_ESCAPES.get(ch, ch) for ch in value)
    return f"'{text}'"

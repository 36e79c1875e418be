"""The graph model of ``SCHEMA.md``: its labels, relationship types and what each needs.

Labels and relationship types used anywhere (Cypher text included) come only from
these fixed sets, never from page text.
"""
from __future__ import annotations

LABELS = ("Article", "Person", "Organization", "Meeting", "Document", "Place")
REQUIRED_NODE_PROPERTIES = {
    "Article": ("title", "source"),
    "Person": ("name",),
    "Organization": ("name",),
    "Meeting": ("name", "date"),
    "Document": ("title",),
    "Place": ("name",),
}
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


def label_of(node_id: str) -> str:
    """The label of a node id ``Label:key``."""
    return node_id.split(":", 1)[0]

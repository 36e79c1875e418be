"""A Cypher script that ``cypher-shell`` runs to rebuild the graph in Neo4j.

Parameter-free, one statement a line: uniqueness constraints, then ``MERGE`` for every
node and relationship, in ``:begin`` … ``:commit`` blocks. Every value is written as a
Cypher literal with its quotes, backslashes and line breaks escaped; labels, types and
property keys come from the schema (keys are backtick-quoted all the same). Running it
twice changes nothing.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.graph.jsonl import atomic_writer
from kg.graph.model import LABELS, cypher_literal, edge_properties, label_of, node_properties, relationship_type
from kg.graph.neo4j_queries import constraint
from kg.errors import ExportError, KGError

__all__ = ["write_cypher", "literal", "statements", "schema_statements"]

BLOCK = 1000  # statements in one transaction


def literal(value) -> str:
    """A Python value as a Cypher literal (the graph model's), failing as an export.

    >>> literal("O'Neil \\\\ `x`")
    "'O\\\\'Neil \\\\\\\\ `x`'"
    """
    try:
        return cypher_literal(value)
    except KGError as error:
        raise ExportError(str(error)) from None


def _key(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _map(properties: dict) -> str:
    return "{" + ", ".join(f"{_key(k)}: {literal(v)}" for k, v in sorted(properties.items())) + "}"


def schema_statements():
    """Constraints come first, each on its own: Neo4j does not mix schema changes and
    data writes in one transaction."""
    for label in LABELS:
        yield constraint(label) + ";"


def statements(graph: nx.MultiDiGraph):
    """The data statements, one a line."""
    for node, attrs in sorted(graph.nodes(data=True)):
        props = node_properties(attrs, drop_none=True)
        yield f"MERGE (n:{label_of(node)} {{id: {literal(node)}}}) SET n += {_map(props)};"
    for start, end, attrs in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], relationship_type(e[2]))):
        kind = relationship_type(attrs)
        props = edge_properties(attrs, drop_none=True)
        key = f" {{role: {literal(props['role'])}}}" if kind == "HOLDS_ROLE" and props.get("role") else ""
        yield (f"MATCH (a:{label_of(start)} {{id: {literal(start)}}}) MATCH (b:{label_of(end)} {{id: {literal(end)}}}) "
               f"MERGE (a)-[r:{kind}{key}]->(b) SET r += {_map(props)};")


def write_cypher(graph: nx.MultiDiGraph, path: str | Path) -> int:
    """Write the script; returns the number of statements."""
    count = 0
    with atomic_writer(path) as handle:
        handle.write("// Rebuilds the 政协 knowledge graph: cypher-shell -f THIS_FILE\n")
        for statement in schema_statements():
            handle.write(statement + "\n")
        for statement in statements(graph):
            if count % BLOCK == 0:
                handle.write(("" if count == 0 else ":commit\n") + ":begin\n")
            handle.write(statement + "\n")
            count += 1
        handle.write(":commit\n")
    return count

"""Every Cypher statement the Neo4j store sends, built by small functions.

Values travel only as parameters. Labels and relationship types are written into the
text, so they come only from the schema's fixed sets (checked here), never from a page.
"""
from __future__ import annotations

from kg.graph.model import LABELS, RELATIONSHIPS

__all__ = ["constraint", "merge_nodes", "merge_relationships", "create_relationships", "existing_articles", "person_homes", "forget_articles",
           "delete_mentions", "delete_orphans", "count_nodes", "count_relationships", "all_nodes", "all_relationships"]


def _label(label: str) -> str:
    if label not in LABELS:
        raise ValueError(f"not a label of the schema: {label!r}")
    return label


def _type(kind: str) -> str:
    if kind not in RELATIONSHIPS:
        raise ValueError(f"not a relationship type of the schema: {kind!r}")
    return kind


def constraint(label: str) -> str:
    """Uniqueness of ``id`` for one label; safe to repeat."""
    label = _label(label)
    return f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"


def merge_nodes(label: str) -> str:
    """Rows ``{id, props}``: create or update nodes of one label."""
    return f"UNWIND $rows AS row MERGE (n:{_label(label)} {{id: row.id}}) SET n += row.props"


def merge_relationships(kind: str, start_label: str, end_label: str) -> str:
    """Rows ``{start, end, props}``: create a relationship, or add the new articles to
    the one there and widen its first/last seen dates. HOLDS_ROLE is unique per role."""
    kind = _type(kind)
    key = " {role: row.props.role}" if kind == "HOLDS_ROLE" else ""
    text = (f"UNWIND $rows AS row "
            f"MATCH (a:{_label(start_label)} {{id: row.start}}) MATCH (b:{_label(end_label)} {{id: row.end}}) "
            f"MERGE (a)-[r:{kind}{key}]->(b) ")
    if kind == "MENTIONS":
        return text
    return text + (
        "ON CREATE SET r += row.props "
        "ON MATCH SET r.articles = coalesce(r.articles, []) "
        "+ [x IN row.props.articles WHERE NOT x IN coalesce(r.articles, [])], "
        "r.first_seen = CASE WHEN r.first_seen IS NULL OR row.props.first_seen < r.first_seen "
        "THEN coalesce(row.props.first_seen, r.first_seen) ELSE r.first_seen END, "
        "r.last_seen = CASE WHEN r.last_seen IS NULL OR row.props.last_seen > r.last_seen "
        "THEN coalesce(row.props.last_seen, r.last_seen) ELSE r.last_seen END")


def create_relationships(kind: str, start_label: str, end_label: str) -> str:
    """Rows ``{start, end, props}``: relationships that cannot exist yet, those of an
    article the database does not hold (its MENTIONS, its REPORTED). CREATE spares the
    server MERGE's look for one already there."""
    text = (f"UNWIND $rows AS row "
            f"MATCH (a:{_label(start_label)} {{id: row.start}}) MATCH (b:{_label(end_label)} {{id: row.end}}) "
            f"CREATE (a)-[r:{_type(kind)}]->(b)")
    return text if kind == "MENTIONS" else text + " SET r += row.props"  # as merge_relationships


def existing_articles() -> str:
    """Which of ``$ids`` (Article node ids) are stored already."""
    return "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id"


def person_homes() -> str:
    """Where the stored persons of ``$ids`` hold roles: one row ``{id, place, name}`` per
    organization (``build.home`` makes a home of place and name)."""
    return ("UNWIND $ids AS id MATCH (p:Person {id: id})-[:HOLDS_ROLE]->(o:Organization) "
            "RETURN DISTINCT id, o.place AS place, o.name AS name")


def forget_articles() -> str:
    """Rows ``{id, key}`` (an Article node id, and the same without ``Article:``): drop
    each stored article from the provenance of the facts it gave, and delete the facts
    no other article gives. The facts are found through the article's MENTIONS."""
    return ("UNWIND $rows AS row MATCH (a:Article {id: row.id})-[m:MENTIONS]->(n) "
            "OPTIONAL MATCH (n)-[r]-() WHERE row.key IN r.articles "
            "SET r.articles = [x IN r.articles WHERE x <> row.key], "
            "r.article = CASE WHEN r.article = row.key THEN head([x IN r.articles WHERE x <> row.key]) "
            "ELSE r.article END "
            "WITH r WHERE r IS NOT NULL AND size(r.articles) = 0 DELETE r")


def delete_mentions() -> str:
    return "UNWIND $ids AS id MATCH (a:Article {id: id})-[m:MENTIONS]->() DELETE m"


def delete_orphans() -> str:
    """Nodes left with no relationship at all (an Article with no facts stays)."""
    return "MATCH (n) WHERE NOT n:Article AND NOT (n)--() DELETE n"


def count_nodes() -> str:
    return "MATCH (n) RETURN labels(n)[0] AS name, count(*) AS count"


def count_relationships() -> str:
    return "MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count"


def all_nodes() -> str:
    return "MATCH (n) RETURN n.id AS id, labels(n)[0] AS label, properties(n) AS props"


def all_relationships() -> str:
    return ("MATCH (a)-[r]->(b) RETURN a.id AS start, type(r) AS type, b.id AS end, "
            "properties(r) AS props")

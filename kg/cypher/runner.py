"""Run a query, from the library or the user's own, on either store."""
from __future__ import annotations

from dataclasses import dataclass

from kg.cypher.embedded import run_grand_cypher
from kg.cypher.library import Query, library
from kg.cypher.native import NATIVE

__all__ = ["QueryResult", "run_query"]


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict]


def run_query(query: Query, given: dict[str, str], store) -> QueryResult:
    """Bind the parameters and run ``query`` on ``store`` (embedded or Neo4j).

    On the embedded store a library query with a native NetworkX implementation runs
    that; any other query goes through grand-cypher."""
    parameters = query.bind(given)
    if hasattr(store, "cypher"):
        columns, rows = store.cypher(query.text, parameters)
        return QueryResult(columns, rows)
    graph = store.read()
    if query.name in NATIVE and library().get(query.name) == query:
        columns, rows = NATIVE[query.name](graph, parameters)
    else:
        columns, rows = run_grand_cypher(graph, query.text, parameters)
    return QueryResult(columns, rows)

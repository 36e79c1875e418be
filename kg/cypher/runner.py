"""Run a query, from the library or the user's own, on either store."""
from __future__ import annotations

from dataclasses import dataclass

from kg.cypher.embedded import run_grand_cypher
from kg.cypher.library import Query, library
from kg.cypher.native import NATIVE

__all__ = ["QueryResult", "run_query", "run_on_graph"]


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict]


def run_query(query: Query, given: dict[str, str], store) -> QueryResult:
    """Bind the parameters and run ``query`` on ``store`` (any ``Store``)."""
    return store.query(query, **given)


def run_on_graph(query: Query, parameters: dict, graph) -> QueryResult:
    """Run ``query`` with bound ``parameters`` on a NetworkX graph (the embedded store's).

    A library query with a native NetworkX implementation runs that; any other query
    goes through grand-cypher."""
    if query.name in NATIVE and library().get(query.name) == query:
        columns, rows = NATIVE[query.name](graph, parameters)
    else:
        columns, rows = run_grand_cypher(graph, query.text, parameters)
    return QueryResult(columns, rows)

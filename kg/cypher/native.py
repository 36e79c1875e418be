"""NetworkX implementations of the library queries that grand-cypher cannot run (they
need WITH, UNWIND, count(DISTINCT …), coalesce() or date arithmetic). Each gives the
same columns and rows as its ``.cypher`` file gives on Neo4j, under the same name."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import networkx as nx

from kg.graph.model import relationship_type

DOCUMENT_ACTIONS = {"STUDIED", "CONVEYED", "REVIEWED", "ADOPTED"}


def _edges(graph: nx.MultiDiGraph, kinds: set[str]):
    for start, end, attrs in graph.edges(data=True):
        if relationship_type(attrs) in kinds:
            yield start, end, attrs


def _day(date: str) -> dt.date:
    """A date as the Cypher file reads it: ``--09-16`` as 2000-09-16."""
    return dt.date.fromisoformat("2000" + date[1:] if date.startswith("--") else date)


def document_spread(graph: nx.MultiDiGraph, params: dict):
    """Days after the first taker only between dates that can be compared: both with a
    year, or both from one page; else ``days_after_first`` is None (a yearless date of
    one page may be of another year than a date of another page)."""
    conveners = defaultdict(set)
    for org, meeting, _ in _edges(graph, {"CONVENED"}):
        conveners[meeting].add(graph.nodes[org].get("name"))
    first: dict[str, tuple[str, str]] = {}
    for meeting, document, attrs in _edges(graph, DOCUMENT_ACTIONS):
        if graph.nodes[document].get("title") != params["title"]:
            continue
        date = graph.nodes[meeting].get("date")
        taken = (date, str(attrs.get("article") or "").split("#")[0])
        for org in conveners[meeting]:
            if date is not None and (org not in first or taken < first[org]):
                first[org] = taken
    if not first:
        return ["organization", "first_date", "days_after_first"], []
    earliest, earliest_page = min(first.values())

    def days(date, page):
        if (date.startswith("--") or earliest.startswith("--")) and page != earliest_page:
            return None
        return (_day(date) - _day(earliest)).days

    rows = [{"organization": org, "first_date": date, "days_after_first": days(date, page)}
            for org, (date, page) in first.items()]
    rows.sort(key=lambda row: (row["first_date"], row["organization"]))
    return ["organization", "first_date", "days_after_first"], rows


def co_attendance(graph: nx.MultiDiGraph, params: dict):
    present = defaultdict(set)
    for person, meeting, _ in _edges(graph, {"CHAIRED", "ATTENDED"}):
        present[meeting].add(graph.nodes[person].get("name"))
    shared = defaultdict(set)
    for meeting, names in present.items():
        for a in names:
            for b in names:
                if a < b and (params["person"] in a or params["person"] in b):
                    shared[(a, b)].add(meeting)
    rows = [{"person": a, "other": b, "meetings": len(meetings)}
            for (a, b), meetings in shared.items() if len(meetings) >= params["min"]]
    rows.sort(key=lambda row: (-row["meetings"], row["person"], row["other"]))
    return ["person", "other", "meetings"], rows


def evidence(graph: nx.MultiDiGraph, params: dict):
    def caption(node):
        attrs = graph.nodes[node]
        return attrs.get("name", attrs.get("title"))

    rows = []
    for start, end, attrs in graph.edges(data=True):
        kind = relationship_type(attrs)
        if kind != "MENTIONS" and caption(start) == params["from"] and caption(end) == params["to"]:
            rows.append({"relation": kind, "role": attrs.get("role"), "evidence": attrs.get("evidence"),
                         "article": attrs.get("article"), "articles": attrs.get("articles"),
                         "rule": attrs.get("rule")})
    rows.sort(key=lambda row: (row["relation"], row["role"] is None, row["role"] or ""))
    return ["relation", "role", "evidence", "article", "articles", "rule"], rows


NATIVE = {"document_spread": document_spread, "co_attendance": co_attendance, "evidence": evidence}

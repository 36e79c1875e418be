"""Cut a graph before it is drawn or exported: by person, organization and date.

Every export and the HTML page take the same filters. A filter keeps the nodes it
selects and their neighbourhood (two steps along the facts, not along MENTIONS), then
the articles that mention or report what is kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import networkx as nx

from kg.errors import DateError

from kg.graph.model import relationship_type
from kg.graph.model import label_of

__all__ = ["GraphFilter", "filter_graph", "check_date", "until_bound"]

_DATE = re.compile(r"^(?:(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?|--(?P<ymonth>\d{2})-(?P<yday>\d{2}))$")
DATE_FORMS = "ISO 8601: 2023-09-16, 2023-09 or 2023, or --09-16 for dates without a year"


def check_date(value: str, what: str = "date") -> str:
    """``value`` if it is an ISO 8601 date (``2023-09-16``, ``2023-09``, ``2023``) or a
    yearless ``--MM-DD``, or empty; else ``DateError`` naming ``what`` and the value.

    >>> check_date("--09-16")
    '--09-16'
    """
    if not value:
        return value
    found = _DATE.match(value)
    try:
        if not found:
            raise ValueError
        if found["ymonth"]:
            date(2000, int(found["ymonth"]), int(found["yday"]))  # a leap year: --02-29 is a date
        else:
            date(int(found["year"]), int(found["month"] or 1), int(found["day"] or 1))
    except ValueError:
        raise DateError(f"{what}: {value!r} is not a date; give {DATE_FORMS}") from None
    return value


def until_bound(value: str) -> str:
    """The upper bound that keeps every date within ``value``: ``2023-09`` keeps
    ``2023-09-30`` (dates compare as written, and ``~`` sorts after every digit)."""
    return value + "~" if value else value


NEIGHBOURHOOD = 2  # steps from a selected person or organization


@dataclass(frozen=True)
class GraphFilter:
    """What to keep: names containing ``person`` / ``org``; meetings and articles dated
    from ``since`` to ``until`` (ISO 8601 strings, compared as written)."""

    person: str = ""
    org: str = ""
    since: str = ""
    until: str = ""

    def __post_init__(self) -> None:
        check_date(self.since, "since")
        check_date(self.until, "until")

    def __bool__(self) -> bool:
        return any((self.person, self.org, self.since, self.until))


def _facts(graph: nx.MultiDiGraph) -> nx.Graph:
    """The undirected graph of facts between non-article nodes."""
    facts = nx.Graph()
    facts.add_nodes_from(n for n in graph if label_of(n) != "Article")
    facts.add_edges_from((a, b) for a, b, attrs in graph.edges(data=True)
                         if relationship_type(attrs) not in ("MENTIONS", "REPORTED"))
    return facts


def _around(facts: nx.Graph, seeds: set[str]) -> set[str]:
    kept = set(seeds)
    frontier = set(seeds)
    for _ in range(NEIGHBOURHOOD):
        frontier = {n for node in frontier for n in facts[node]} - kept
        kept |= frontier
    return kept


def filter_graph(graph: nx.MultiDiGraph, selection: GraphFilter) -> nx.MultiDiGraph:
    """A copy of ``graph`` cut to ``selection`` (the graph itself when nothing is asked)."""
    if not selection:
        return graph
    facts = _facts(graph)
    kept = set(facts)
    if selection.since or selection.until:
        # Meetings out of the range go, and whatever only they held to the graph.
        until = until_bound(selection.until) or "\uffff"
        facts.remove_nodes_from([n for n in kept if label_of(n) == "Meeting"
                                 and not selection.since <= str(graph.nodes[n].get("date", "")) <= until])
        kept = {n for n in facts if facts.degree(n) > 0}
    for label, wanted in (("Person", selection.person), ("Organization", selection.org)):
        if wanted:
            seeds = {n for n in kept if label_of(n) == label and wanted in str(graph.nodes[n].get("name", ""))}
            kept &= _around(facts.subgraph(kept), seeds)
    articles = {a for a, b, attrs in graph.edges(data=True) if label_of(a) == "Article" and b in kept}
    articles |= {b for a, b, attrs in graph.edges(data=True) if label_of(b) == "Article" and a in kept}
    return _copy_of_part(graph, kept | articles)


def _copy_of_part(graph: nx.MultiDiGraph, nodes: set[str]) -> nx.MultiDiGraph:
    """``graph.subgraph(nodes).copy()`` in the graph's own order, made directly: the
    copy through NetworkX's filtered views looked every edge up through three layers."""
    part = graph.__class__()
    part.graph.update(graph.graph)
    part.add_nodes_from((node, attrs.copy()) for node, attrs in graph.nodes(data=True) if node in nodes)
    part.add_edges_from((start, end, key, attrs.copy()) for start, targets in graph.adjacency() if start in nodes
                        for end, keyed in targets.items() if end in nodes for key, attrs in keyed.items())
    return part

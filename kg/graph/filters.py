"""Cut a graph before it is drawn or exported: by person, organization and date.

Every export and the HTML page take the same filters. A filter keeps the nodes it
selects and their neighbourhood (two steps along the facts, not along MENTIONS), then
the articles that mention or report what is kept.
"""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.graph.model import relationship_type
from kg.graph.model import label_of

__all__ = ["GraphFilter", "filter_graph"]

NEIGHBOURHOOD = 2  # steps from a selected person or organization


@dataclass(frozen=True)
class GraphFilter:
    """What to keep: names containing ``person`` / ``org``; meetings and articles dated
    from ``since`` to ``until`` (ISO 8601 strings, compared as written)."""

    person: str = ""
    org: str = ""
    since: str = ""
    until: str = ""

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
        until = selection.until or "\uffff"
        facts.remove_nodes_from([n for n in kept if label_of(n) == "Meeting"
                                 and not selection.since <= str(graph.nodes[n].get("date", "")) <= until])
        kept = {n for n in facts if facts.degree(n) > 0}
    for label, wanted in (("Person", selection.person), ("Organization", selection.org)):
        if wanted:
            seeds = {n for n in kept if label_of(n) == label and wanted in str(graph.nodes[n].get("name", ""))}
            kept &= _around(facts.subgraph(kept), seeds)
    articles = {a for a, b, attrs in graph.edges(data=True) if label_of(a) == "Article" and b in kept}
    articles |= {b for a, b, attrs in graph.edges(data=True) if label_of(b) == "Article" and a in kept}
    return graph.subgraph(kept | articles).copy()

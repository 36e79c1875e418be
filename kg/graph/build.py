"""Articles and triples to a property graph in NetworkX.

The graph is a ``networkx.MultiDiGraph``: nodes keyed by their schema id, with their
properties as attributes and their label where ``model`` keeps it; one edge per
(start, type, end), keyed by type. A fact seen again in another article adds that
article to the edge's ``articles`` list instead of a second edge.
"""
from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from kg.extract.records import Article, Entity, Triple
from kg.graph.model import (PROVENANCE, edge_attributes, edge_properties, key_of, label_of, node_properties,
                            node_storage, relationship_type)

__all__ = ["new_graph", "count_relationships", "order_predecessors", "add_article", "add_node", "add_relationship", "build_graph", "merge_graph",
           "remove_articles", "forget_articles", "relationship_type", "edge_key",
           "resolve_person", "person_homes", "fill_properties", "first_role_orgs", "namesake_renames", "rename_nodes"]


def new_graph() -> nx.MultiDiGraph:
    return nx.MultiDiGraph()


def order_predecessors(graph: nx.MultiDiGraph) -> None:
    """Put each node's predecessors in the order a graph made by adding these edges one
    start node after another holds them (as a store reads them back), in place: the
    same graph, and the same pages and files drawn from it."""
    ordered: dict[str, list] = {node: [] for node in graph._pred}
    for start, targets in graph._succ.items():
        for end, keyed in targets.items():
            ordered[end].append((start, keyed))
    for node, starts in ordered.items():
        predecessors = graph._pred[node]
        predecessors.clear()
        predecessors.update(starts)


def count_relationships(graph: nx.MultiDiGraph) -> int:
    """``graph.number_of_edges()``, counted from the adjacency dicts: NetworkX sums a
    degree view, 0.6 s for half a million edges."""
    return sum(sum(map(len, targets.values())) for targets in graph._succ.values())


def add_node(graph: nx.MultiDiGraph, node_id: str, properties: dict) -> None:
    """Add a node, or fill in properties it lacks (lists are united)."""
    if node_id not in graph:
        graph.add_node(node_id, **node_storage(node_id))
    attrs = graph.nodes[node_id]
    if attrs.keys() >= properties.keys() and not any(isinstance(v, (list, tuple)) for v in properties.values()):
        return  # seen before with these properties: the usual case, kept fast
    fill_properties(attrs, properties)


def fill_properties(attrs: dict, properties: dict) -> None:
    """Fill in the properties a node lacks; lists are united, empty values skipped."""
    for key, value in properties.items():
        if value in (None, "", [], ()):
            continue
        if isinstance(value, (list, tuple)):
            merged = list(attrs.get(key) or [])
            merged += [v for v in value if v not in merged]
            attrs[key] = merged
        elif key not in attrs:
            attrs[key] = value


def edge_key(kind: str, properties: dict) -> str:
    """The key of a relationship among those between the same two nodes: its type, and
    for HOLDS_ROLE also the role, since one person may hold two titles in one body
    (党组书记、主席)."""
    if kind == "HOLDS_ROLE" and properties.get("role"):
        return f"{kind}|{properties['role']}"
    return kind


def add_relationship(graph: nx.MultiDiGraph, start: str, kind: str, end: str, properties: dict) -> None:
    """Add a relationship, or add its article to the one already there (and widen its
    ``first_seen`` … ``last_seen`` span)."""
    key = edge_key(kind, properties)
    if graph.has_edge(start, end, key=key):
        if kind == "MENTIONS":
            return  # an article mentions a thing once; it has no provenance to add to
        attrs = graph.edges[start, end, key]
        for name, pick in (("first_seen", min), ("last_seen", max)):
            seen = [d for d in (attrs.get(name), properties.get(name)) if d]
            if seen:
                attrs[name] = pick(seen)
        articles = attrs.setdefault("articles", [])
        for article in properties.get("articles") or [properties.get("article")]:
            if article and article not in articles:
                articles.append(article)
        return
    attrs = edge_attributes(kind, properties)
    if kind != "MENTIONS":
        attrs["articles"] = list(properties.get("articles") or [properties.get("article")])
    graph.add_edge(start, end, key=key, **attrs)


def _entity_node(graph: nx.MultiDiGraph, item: Entity, people: dict[str, str]) -> str:
    node_id = people.get(item.id, item.id)
    add_node(graph, node_id, item.props())
    return node_id


def person_homes(graph: nx.MultiDiGraph, person_id: str) -> set[str]:
    """Where a person in the graph belongs: the places (or, for national bodies, the
    names) of the organizations it holds roles in."""
    if person_id not in graph:
        return set()
    return {home(graph.nodes[org]) for org, keyed in graph.succ[person_id].items()
            if any(relationship_type(attrs) == "HOLDS_ROLE" for attrs in keyed.values())}


def home(org: dict) -> str:
    """Where an organization (its properties) is: its place, or for a national body its name."""
    return org.get("place") or org.get("name", "")


def resolve_person(graph: nx.MultiDiGraph, person_id: str, homes: set[str], first_org: str) -> str:
    """The id under which a person with roles in ``homes`` joins ``graph``.

    People who share a name stay apart when their organizations' places differ: the
    嘉峪关 王毅 is not the foreign minister. The first one seen keeps ``Person:王毅``;
    another gets ``Person:王毅@<its organization>``.
    """
    return _resolved(person_id, homes, person_homes(graph, person_id), first_org)


def _resolved(person_id: str, homes: set[str], known: set[str], first_org: str) -> str:
    if not homes or not known or homes & known:
        return person_id
    return f"{person_id}@{first_org}"


def _resolved_people(graph: nx.MultiDiGraph, triples: list[Triple]) -> dict[str, str]:
    homes: dict[str, set[str]] = {}
    first_org: dict[str, str] = {}
    for triple in triples:
        if triple.predicate == "HOLDS_ROLE":
            homes.setdefault(triple.subject.id, set()).add(home(triple.object.props()))
            first_org.setdefault(triple.subject.id, triple.object.key)
    return {pid: resolve_person(graph, pid, found, first_org[pid]) for pid, found in homes.items()}


def add_article(graph: nx.MultiDiGraph, article: Article, triples: Iterable[Triple]) -> None:
    """Add one article's node and the facts read from it. A role's first and last
    seen dates are the dates of the articles that give it."""
    triples = list(triples)
    people = _resolved_people(graph, triples)
    article_id = f"Article:{article.id}"
    add_node(graph, article_id, {
        "title": article.title, "source": article.source, "subtitle": article.subtitle,
        "date": article.date, "place": article.place, "reporters": list(article.reporters),
    })
    for triple in triples:
        start = _entity_node(graph, triple.subject, people)
        end = _entity_node(graph, triple.object, people)
        if triple.predicate == "MENTIONS":
            add_relationship(graph, start, "MENTIONS", end, {})
            continue
        properties = dict(zip(PROVENANCE, (triple.article, triple.evidence, triple.rule)))
        properties.update(triple.props())
        if triple.predicate == "HOLDS_ROLE" and article.date:
            properties.update(first_seen=article.date, last_seen=article.date)
        add_relationship(graph, start, triple.predicate, end, properties)


def build_graph(items: Iterable[tuple[Article, list[Triple]]]) -> nx.MultiDiGraph:
    """The graph of many articles and their triples."""
    graph = new_graph()
    for article, triples in items:
        add_article(graph, article, triples)
    return graph


def remove_articles(graph: nx.MultiDiGraph, article_ids: set[str]) -> None:
    """Forget what the given articles (ids without ``Article:``) said, keeping what
    other articles also said; then drop nodes nothing refers to any more."""
    touched = forget_articles(graph, article_ids)
    graph.remove_nodes_from([n for n in touched if n in graph and graph.degree(n) == 0])


def forget_articles(graph: nx.MultiDiGraph, article_ids: set[str]) -> set[str]:
    """Remove the given articles' nodes, and their word from every relationship (a
    relationship no other article gives goes); the nodes at the ends of the
    relationships that went, which may now be orphans."""
    touched: set[str] = set()
    if not article_ids:
        return touched
    for start, end, key, attrs in list(graph.edges(keys=True, data=True)):
        if key == "MENTIONS":
            if start.removeprefix("Article:") in article_ids:
                graph.remove_edge(start, end, key=key)
                touched.add(end)
            continue
        kept = [a for a in attrs.get("articles", []) if a not in article_ids]
        if not kept:
            graph.remove_edge(start, end, key=key)
            touched.update((start, end))
        elif len(kept) != len(attrs.get("articles", [])):
            attrs["articles"] = kept
            if attrs.get("article") in article_ids:
                attrs["article"] = kept[0]
    graph.remove_nodes_from([f"Article:{a}" for a in article_ids])
    return touched


def merge_graph(target: nx.MultiDiGraph, source: nx.MultiDiGraph, replace_articles: bool = True) -> None:
    """Merge ``source`` into ``target``. With ``replace_articles``, the articles of
    ``source`` first lose what they said before, so a re-read, edited page replaces
    its old facts instead of adding to them."""
    if replace_articles:
        incoming = {n.removeprefix("Article:") for n in source if n.startswith("Article:")}
        remove_articles(target, incoming & {n.removeprefix("Article:") for n in target if n.startswith("Article:")})
    renamed = namesake_renames(source, lambda person_ids: {p: person_homes(target, p) for p in person_ids})
    for node_id, attrs in source.nodes(data=True):
        add_node(target, renamed.get(node_id, node_id), node_properties(attrs))
    for start, end, attrs in source.edges(data=True):
        add_relationship(target, renamed.get(start, start), relationship_type(attrs), renamed.get(end, end),
                         edge_properties(attrs))


def first_role_orgs(graph: nx.MultiDiGraph) -> dict[str, str]:
    """Each person holding a role in ``graph``: the id of the first organization it holds one in."""
    found = {}
    for node_id in graph:
        if label_of(node_id) == "Person":
            orgs = [org for _, org, attrs in graph.out_edges(node_id, data=True)
                    if relationship_type(attrs) == "HOLDS_ROLE"]
            if orgs:
                found[node_id] = orgs[0]
    return found


def namesake_renames(source: nx.MultiDiGraph, stored_homes) -> dict[str, str]:
    """The persons of ``source`` that must change id to join a store, and their new ids.

    ``stored_homes(person_ids)`` gives, for each id, the homes (see ``person_homes``)
    of the stored person with that id. A person of ``source`` who holds roles only in
    other places than its stored namesake becomes ``Person:<name>@<its first
    organization>``, as ``resolve_person`` decides. Both stores ask this before they
    merge, so they resolve namesakes alike."""
    first_orgs = {person: key_of(org) for person, org in first_role_orgs(source).items()}
    if not first_orgs:
        return {}
    known = stored_homes(list(first_orgs))
    renamed = {}
    for node_id, first_org in first_orgs.items():
        new_id = _resolved(node_id, person_homes(source, node_id), known.get(node_id, set()), first_org)
        if new_id != node_id:
            renamed[node_id] = new_id
    return renamed


def rename_nodes(graph: nx.MultiDiGraph, renamed: dict[str, str]) -> nx.MultiDiGraph:
    """``graph`` with the nodes of ``renamed`` under their new ids (a new graph; the same
    graph when nothing is renamed)."""
    if not renamed:
        return graph
    result = new_graph()
    for node_id, attrs in graph.nodes(data=True):
        add_node(result, renamed.get(node_id, node_id), node_properties(attrs))
    for start, end, attrs in graph.edges(data=True):
        add_relationship(result, renamed.get(start, start), relationship_type(attrs), renamed.get(end, end),
                         edge_properties(attrs))
    return result

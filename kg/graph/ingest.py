"""Pages on disk to a graph: read each page, extract its facts, build the graph.

Pages are extracted in parallel by a pool of worker processes, and the results are
added to the graph as they come, in page order, so the graph (and the file written from
it) is the same whatever the number of workers. A page that cannot be read is reported
through ``on_error`` and skipped; the rest of the batch goes on.

The graph is the one ``build.build_graph`` makes of the same articles and triples, node
for node and edge for edge, in the same order, with the same namesake resolution. Only
the division of labour differs, so that more workers make it faster: each worker turns
an article and its triples into the node and relationship records the graph will hold
(``_fragment``), and the main process only merges those records in page order
(``_Assembly``) straight into the dicts a NetworkX graph is made of, with the garbage
collector paused.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import networkx as nx

from kg.extract.pages import read_page
from kg.extract.pipeline import extract_page
from kg.extract.records import Article, Triple
from kg.graph.build import _resolved, edge_key, fill_properties, home, new_graph
from kg.graph.model import LABEL_KEY, PROVENANCE, _label_set, node_storage
from kg.errors import KGError

__all__ = ["graph_from_pages", "extract_pages", "default_jobs"]

MAX_CHUNK = 64  # pages handed to a worker at a time, at most (see _chunk_size)
CHUNKS_PER_JOB = 16  # handings per worker, at least where pages allow: an even spread at the end


def default_jobs() -> int:
    return os.cpu_count() or 1


def _extract_one(task: tuple[Path, int | None]):
    """Extract one page in a worker; triples travel back as plain rows (fast to pickle)."""
    path, year = task
    try:
        items = [(article, [t.as_row() for t in triples]) for article, triples in extract_page(read_page(path), year)]
        return path, items, None
    except KGError as error:
        return path, None, str(error)


def _fragments_of_one(task: tuple[Path, int | None]):
    """Extract one page in a worker, as the graph records of each article (``_fragment``)."""
    path, year = task
    try:
        return path, [_fragment(article, triples) for article, triples in extract_page(read_page(path), year)], None
    except KGError as error:
        return path, None, str(error)


def _warm_up() -> None:
    """Load the lexicons, the gazetteer and jieba once per worker, not once per page."""
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.lexicon import load_lexicons
    from kg.extract.segmenter import warm_up

    load_lexicons()
    load_gazetteer()
    warm_up()
    gc.freeze()  # the lexicons live as long as the worker: no collection need look at them again
    # Nor at what extraction makes: as with one job (where graph_from_pages pauses the
    # collector around extracting and merging), a worker collects nothing. Collections
    # cost the two workers 2.5 s of CPU on 40,000 articles.
    gc.disable()


def _tasks(pages: Iterable[Path], year: int | None) -> list[tuple[Path, int | None]]:
    return [(Path(path), year) for path in pages]


def _pool_map(function, tasks, jobs: int) -> Iterator:
    """``function`` over ``tasks``, in order, in ``jobs`` worker processes (or here, for one)."""
    if jobs <= 1:
        yield from map(function, tasks)
        return
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with context.Pool(jobs, initializer=_warm_up) as pool:
        yield from pool.imap(function, tasks, chunksize=_chunk_size(len(tasks), jobs))


def _chunk_size(tasks: int, jobs: int) -> int:
    """Pages handed to a worker at a time: about CHUNKS_PER_JOB handings per worker, at
    most MAX_CHUNK pages each. Each handing is a message both ways and a result the main
    process unpacks while the workers run: on 5,000 pages, chunks of 64 rather than 8 cut
    the main process's CPU from 4.5 to 3.1 s and the run from 17.2 to 15.7 s."""
    return max(1, min(MAX_CHUNK, tasks // (jobs * CHUNKS_PER_JOB)))


def extract_pages(pages: Iterable[Path], year: int | None = None, jobs: int = 1) -> Iterator[tuple]:
    """``(path, items, error)`` for each page, in order: ``items`` the page's
    (article, triple rows) pairs (see ``Triple.as_row``), or ``error`` the reason it
    could not be read."""
    yield from _pool_map(_extract_one, _tasks(pages, year), jobs)


def graph_from_pages(pages: Iterable[Path], year: int | None = None,
                     on_error: Callable[[Path, str], None] | None = None, jobs: int = 1,
                     on_page: Callable[[Path], None] | None = None) -> tuple[nx.MultiDiGraph, int]:
    """The graph of the given page files, and how many of them failed."""
    assembly = _Assembly()
    failed = 0
    with paused_gc():
        for path, fragments, error in _pool_map(_fragments_of_one, _tasks(pages, year), jobs):
            if error is not None:
                failed += 1
                if on_error:
                    on_error(path, error)
            else:
                for fragment in fragments:
                    assembly.add(fragment)
            if on_page:
                on_page(path)
        return assembly.graph(), failed


@contextmanager
def paused_gc():
    """No garbage collection inside: building a graph makes millions of objects and no
    garbage cycles, and collections that look at all of them again and again took 20–40%
    of the time (bench/RESULTS.md). On leaving, what was made is moved to the oldest
    generation (freeze, then unfreeze), so the next young collections need not look at
    it either; the collector is on again if it was on before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


# An article as the graph takes it, made in the worker:
#   (article node id, article properties,
#    people: ((person id, homes of its roles here, its first organization's key), …),
#    nodes: ((node id, properties, plain), …) in the order add_article meets them, repeats dropped,
#    relationships: ((start, end, key, type, properties), …) in the order of the triples)
# ``plain``: no list among the properties (the fast case of merging, see _Assembly.node).
# Ids are those before namesake resolution, which needs the graph so far and happens in
# the main process.

def _fragment(article: Article, triples: list[Triple]) -> tuple:
    """The records of one article and its triples; what ``add_article`` would add."""
    homes: dict[str, set[str]] = {}
    first_org: dict[str, str] = {}
    for triple in triples:
        if triple.predicate == "HOLDS_ROLE":
            homes.setdefault(triple.subject.id, set()).add(home(triple.object.props()))
            first_org.setdefault(triple.subject.id, triple.object.key)
    people = tuple((pid, frozenset(found), first_org[pid]) for pid, found in homes.items())
    article_properties = {"title": article.title, "source": article.source, "subtitle": article.subtitle,
                          "date": article.date, "place": article.place, "reporters": list(article.reporters)}
    nodes = []
    seen = set()  # a node added again with the same properties changes nothing
    ids: dict[str, str] = {}  # one string for each id: pickle sends a repeated object once
    mentioned = set()  # an article mentions a thing once; a second MENTIONS changes nothing
    relationships = []
    for triple in triples:
        for item in (triple.subject, triple.object):
            node_id = item.id
            node_id = ids.setdefault(node_id, node_id)
            if (node_id, item.properties) not in seen:
                seen.add((node_id, item.properties))
                properties = item.props()
                nodes.append((node_id, properties, not any(isinstance(v, (list, tuple)) for v in properties.values())))
        start, end = ids[triple.subject.id], ids[triple.object.id]
        if triple.predicate == "MENTIONS":
            if (start, end) not in mentioned:
                mentioned.add((start, end))
                relationships.append((start, end, "MENTIONS", "MENTIONS", None))
            continue
        properties = dict(zip(PROVENANCE, (triple.article, triple.evidence, triple.rule)))
        properties.update(triple.props())
        if triple.predicate == "HOLDS_ROLE" and article.date:
            properties.update(first_seen=article.date, last_seen=article.date)
        relationships.append((start, end, edge_key(triple.predicate, properties), triple.predicate, properties))
    return f"Article:{article.id}", article_properties, people, nodes, relationships


class _Assembly:
    """Merges article fragments, in order, as ``add_article`` adds articles to a graph
    (the same rules as ``build.add_node``, ``build.add_relationship`` and
    ``build.resolve_person``), straight into a NetworkX graph's own dicts; ``graph()``
    is that graph."""

    def __init__(self):
        self._graph = new_graph()
        # Filled as MultiDiGraph.add_node and add_edge fill them (node → successor → key →
        # attributes, the same key dict under predecessors), so the graph is ready when the
        # last fragment is in: making it at the end was a second, serial, after the workers.
        self.nodes: dict[str, dict] = self._graph._node  # node id → attributes, in the order added
        self.succ: dict[str, dict] = self._graph._succ
        self.pred: dict[str, dict] = self._graph._pred
        self.role_orgs: dict[str, dict[str, None]] = {}  # person id → organizations it holds a role in

    def add(self, fragment: tuple) -> None:
        article_id, article_properties, people, nodes, relationships = fragment
        resolved = {pid: _resolved(pid, found, self.homes(pid), first_org) for pid, found, first_org in people}
        self.node(article_id, article_properties, False)
        if resolved:
            for node_id, properties, plain in nodes:
                self.node(resolved.get(node_id, node_id), properties, plain)
            for start, end, key, kind, properties in relationships:
                self.relationship(resolved.get(start, start), resolved.get(end, end), key, kind, properties)
        else:
            for node_id, properties, plain in nodes:
                self.node(node_id, properties, plain)
            for start, end, key, kind, properties in relationships:
                self.relationship(start, end, key, kind, properties)

    def homes(self, person_id: str) -> set[str]:
        """``build.person_homes`` of the graph so far."""
        nodes = self.nodes
        return {home(nodes[org]) for org in self.role_orgs.get(person_id, ())}

    def node(self, node_id: str, properties: dict, plain: bool) -> None:
        attrs = self.nodes.get(node_id)
        if attrs is None:
            attrs = self.nodes[node_id] = node_storage(node_id)
            self.succ[node_id] = {}
            self.pred[node_id] = {}
        elif plain and attrs.keys() >= properties.keys():
            return  # seen before with these properties: the usual case, kept fast
        fill_properties(attrs, properties)

    def relationship(self, start: str, end: str, key: str, kind: str, properties: dict | None) -> None:
        keyed = self.succ[start].get(end)
        if keyed is None:
            keyed = self.succ[start][end] = self.pred[end][start] = {}
        attrs = keyed.get(key)
        if attrs is None:
            attrs = keyed[key] = {LABEL_KEY: _label_set(kind)}
            if properties is not None:
                attrs.update(properties)
                attrs["articles"] = list(properties.get("articles") or [properties.get("article")])
            if kind == "HOLDS_ROLE":
                self.role_orgs.setdefault(start, {})[end] = None
            return
        if properties is None:
            return  # an article mentions a thing once; it has no provenance to add to
        for name, pick in (("first_seen", min), ("last_seen", max)):
            seen = [d for d in (attrs.get(name), properties.get(name)) if d]
            if seen:
                attrs[name] = pick(seen)
        articles = attrs.setdefault("articles", [])
        for article in properties.get("articles") or [properties.get("article")]:
            if article and article not in articles:
                articles.append(article)

    def graph(self) -> nx.MultiDiGraph:
        """The NetworkX graph of what was added: nodes and edges in the order they were
        first added, as ``add_node`` and ``add_relationship`` would have made it."""
        return self._graph

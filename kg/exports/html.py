"""An interactive HTML page of the graph, an explorer that works offline.

The page holds the whole view as JSON (its nodes, its edges, and every fact touching
them with its evidence sentence and articles) and draws only a readable part of it at a
time with vis-network (the copy in pyvis' package, inlined): it opens on an overview
(the most active persons of the view with their meetings and organizations, or the most
handled documents with their meetings), says what it left undrawn, and reaches the rest
by search, by clicking a node (its neighbours; "expand" adds a step, "back" returns)
and by two tables, "who chaired what" and "documents". A side panel lists the selected
node's facts grouped by kind and the evidence behind them, each sentence once.

Views: ``chairs`` (persons → meetings they chaired ← convening organizations),
``documents`` (meetings → documents, sized by how many meetings handled each) and
``all``. Label styles are vis-network *groups*, so the legend's colours are the ones
drawn whatever the size and layout; clicking a legend entry hides or shows a label.

Safety: every piece of page text travels as JSON with ``<``, ``>`` and ``&`` escaped,
and the page's script builds its DOM with ``textContent`` only; nothing is fetched from
the network; the file is written as UTF-8, atomically.
"""
from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import networkx as nx

from kg.graph.build import relationship_type
from kg.graph.jsonl import atomic_writer
from kg.graph.model import LABEL_KEY, label_of

__all__ = ["write_html", "write_store_html", "choose_in", "Chosen", "VIEWS", "NODE_STYLE", "EDGE_LABELS", "HtmlReport"]

NODE_STYLE = {  # label: (colour, shape, legend text)
    "Person": ("#e4572e", "dot", "人物 Person"),
    "Organization": ("#17bebb", "box", "机构 Organization"),
    "Meeting": ("#f2b705", "diamond", "会议 Meeting"),
    "Document": ("#76b041", "square", "文件 Document"),
}
EDGE_LABELS = {
    "HOLDS_ROLE": "任职", "CHAIRED": "主持", "ATTENDED": "出席", "CONVENED": "召开",
    "STUDIED": "学习", "CONVEYED": "传达", "REVIEWED": "审议", "ADOPTED": "通过", "ISSUED": "出台",
}
VIEWS = {  # view: (labels drawn, relationship types drawn)
    "chairs": ({"Person", "Meeting", "Organization"}, {"CHAIRED", "CONVENED"}),
    "documents": ({"Meeting", "Document"}, {"STUDIED", "CONVEYED", "REVIEWED", "ADOPTED"}),
    "all": (set(NODE_STYLE), set(EDGE_LABELS)),
}
ANCHOR = {"chairs": "Person", "documents": "Document", "all": "Person"}  # what each view is about
FONT_STACK = ('"Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", '
              '"WenQuanYi Micro Hei", "Heiti SC", SimHei, sans-serif')
OVERVIEW_NODES = 60  # the opening view draws about this many nodes at most
SHOW_LIMIT = 250  # a focus draws at most this many nodes
MIN_COLUMN_HEIGHT = 60  # nodes in one column of the computed "draw all" layout, at the least
LAYER_ORDER = ("Person", "Meeting", "Organization", "Document")
PAGE_DIR = "html_page"


@dataclass
class HtmlReport:
    """What the page holds (the view's nodes and edges), what it opens on, and what
    ``max_nodes`` left out."""

    nodes: int
    edges: int
    dropped: int = 0
    overview: int = 0

    @property
    def empty(self) -> bool:
        """True when nothing matched: the page says so instead of drawing."""
        return self.nodes == 0


def _name(graph: nx.MultiDiGraph, node_id: str) -> str:
    attrs = graph.nodes[node_id]
    return str(attrs.get("name") or attrs.get("title") or node_id.split(":", 1)[-1])


def _caption(graph: nx.MultiDiGraph, node_id: str) -> str:
    text = _name(graph, node_id)
    if label_of(node_id) == "Meeting":
        attrs = graph.nodes[node_id]
        stamp = " ".join(str(attrs[k]) for k in ("date", "session") if attrs.get(k))
        short = text if len(text) <= 16 else text[:16] + "…"
        return f"{stamp}\n{short}" if stamp else short
    return text if len(text) <= 24 else text[:24] + "…"


def view_graph(graph: nx.MultiDiGraph, view: str) -> nx.MultiDiGraph:
    """The nodes and relationships a view draws (nodes with none of its facts left out)."""
    labels, kinds = VIEWS[view]
    drawn = nx.MultiDiGraph()
    for start, end, key, edge in graph.edges(keys=True, data=True):
        if relationship_type(edge) in kinds and label_of(start) in labels and label_of(end) in labels:
            drawn.add_edge(start, end, key=key)
    return drawn


@dataclass
class Chosen:
    """What a page draws, chosen before the facts are read: the view's nodes and
    relationships kept, and how many nodes ``max_nodes`` left out."""

    drawn: nx.MultiDiGraph
    dropped: int


def choose_in(index, view: str, max_nodes: int) -> Chosen:
    """The part of a view a page draws (what :func:`write_html` would keep of a graph
    holding the view), chosen over a stored view read as asked (``index``: ``degree`` of every
    node of the view, ``neighbours(node)``, ``in_view_order(ids)`` and
    ``edges_among(ids)``; see ``kg.graph.tables.ViewIndex``), not over all its
    relationships at once."""
    degree = index.degree
    kept = list(degree) if len(degree) <= max_nodes else _core_of(degree, index.neighbours, view, max_nodes)
    drawn = nx.MultiDiGraph()
    drawn.add_nodes_from(index.in_view_order(kept))
    drawn.add_edges_from(index.edges_among(kept))
    return Chosen(drawn, len(degree) - len(kept))


def write_store_html(store, path: str | Path, *, view: str = "all", max_nodes: int | None = None,
                     title: str = "政协 knowledge graph") -> HtmlReport:
    """Write the page of a whole store. With ``max_nodes``, a store that can read a
    part (``view_index``, ``read_facts``: the embedded store) gives the view's
    degrees and neighbours as asked, the nodes kept are chosen from them, and only
    those nodes' facts are read; the page is the one the whole graph would give."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
    if not max_nodes or not hasattr(store, "view_index"):
        return write_html(store.read(), path, view=view, max_nodes=max_nodes, title=title)
    with store.view_index(*VIEWS[view]) as index:
        chosen = choose_in(index, view, max_nodes)
    return write_html(store.read_facts(list(chosen.drawn)), path, view=view, title=title, chosen=chosen)


def _core(drawn: nx.MultiDiGraph, view: str, budget: int) -> list[str]:
    return _core_of(dict(drawn.degree()), lambda node: nx.all_neighbors(drawn, node), view, budget)


def _core_of(degree: dict[str, int], neighbours, view: str, budget: int) -> list[str]:
    """At most ``budget`` nodes around what the view is about: its anchors (persons,
    or documents), the most connected first, each with its neighbours and their
    neighbours of other labels (a person's meetings and the bodies that convened them),
    then the rest by degree. ``degree`` holds every node of the view;
    ``neighbours(node)`` its neighbours in the view."""
    anchor = ANCHOR[view]
    anchors = sorted((n for n in degree if label_of(n) == anchor), key=lambda n: (-degree[n], n))
    kept: dict[str, None] = {}

    def take(node):
        if len(kept) < budget:
            kept.setdefault(node, None)

    for node in anchors:
        if len(kept) >= budget:
            break
        take(node)
        near = sorted(set(neighbours(node)), key=lambda n: (-degree[n], n))
        for other in near:
            take(other)
        for other in near:
            if len(kept) >= budget:
                break  # (nothing more can be taken)
            for far in sorted(set(neighbours(other)), key=lambda n: (-degree[n], n)):
                if label_of(far) != anchor:
                    take(far)
    if len(kept) < budget:
        for node in sorted(degree, key=lambda n: (-degree[n], n)):
            take(node)
    return list(kept)


def _keep_view_core(drawn: nx.MultiDiGraph, view: str, max_nodes: int | None) -> int:
    if not max_nodes or drawn.number_of_nodes() <= max_nodes:
        return 0
    kept = set(_core(drawn, view, max_nodes))
    dropped = [n for n in drawn if n not in kept]
    drawn.remove_nodes_from(dropped)
    return len(dropped)


def _layout(drawn: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """Columns by label (persons, meetings, organizations, documents); within a label,
    nodes ordered by where their neighbours already stand, so edges run mostly
    straight; long columns wrap. Linear in nodes and edges. Used by "draw all"."""
    position: dict[str, tuple[int, int]] = {}
    rank: dict[str, float] = {}
    rows = max(MIN_COLUMN_HEIGHT, round(drawn.number_of_nodes() ** 0.5 * 2))  # keeps the whole roughly square
    x = 0
    for label in LAYER_ORDER:
        members = [n for n in drawn if label_of(n) == label]
        if not members:
            continue

        def anchor(node):
            placed = [rank[m] for m in nx.all_neighbors(drawn, node) if m in rank]
            return (sum(placed) / len(placed) if placed else float("inf"), node)

        members.sort(key=anchor)
        for index, node in enumerate(members):
            column, row = divmod(index, rows)
            position[node] = (x + column * 260, row * 60)
            rank[node] = index / max(len(members), 1)
        x += (len(members) // rows + 1) * 260 + 500
    return position


def _safe_json(value) -> str:
    """JSON that can sit inside a <script> element: no tag or entity can start in it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _vis_asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def _page_asset(name: str) -> str:
    return resources.files("kg.exports").joinpath(PAGE_DIR, name).read_text(encoding="utf-8")


def _plain(value):
    if isinstance(value, (list, tuple, set)):
        return "、".join(map(str, value))
    return value if isinstance(value, (int, float)) else str(value)


def _facts(graph: nx.MultiDiGraph, drawn: nx.MultiDiGraph) -> dict:
    """Every fact (of the kinds the page names) touching a node of the view, with the
    nodes at its ends, the evidence sentences and the articles, each stored once."""
    index: dict[str, int] = {}
    nodes: list = []
    evidence: dict[str, int] = {}
    articles: dict[str, int] = {}
    facts = []

    def node_index(node_id: str) -> int:
        if node_id not in index:
            index[node_id] = len(nodes)
            attrs = graph.nodes[node_id]
            properties = {k: _plain(v) for k, v in attrs.items() if k not in (LABEL_KEY, "id") and v not in (None, "")}
            nodes.append([node_id, label_of(node_id), _name(graph, node_id), properties])
        return index[node_id]

    for node_id in drawn:
        node_index(node_id)
    seen = set()
    for node_id in drawn:
        for start, end, key, edge in list(graph.out_edges(node_id, keys=True, data=True)) + \
                list(graph.in_edges(node_id, keys=True, data=True)):
            if (start, end, key) in seen:
                continue
            seen.add((start, end, key))
            kind = relationship_type(edge)
            if kind not in EDGE_LABELS or label_of(start) not in NODE_STYLE or label_of(end) not in NODE_STYLE:
                continue
            sentence = edge.get("evidence") or ""
            where = [evidence.setdefault(sentence, len(evidence))] if sentence else []
            cited = [articles.setdefault(a, len(articles)) for a in (edge.get("articles") or [edge.get("article")]) if a]
            facts.append([node_index(start), node_index(end), kind, edge.get("role") or edge.get("as") or "",
                          edge.get("first_seen") or "", edge.get("last_seen") or "", where[0] if where else -1, cited])
    article_rows = []
    for article in articles:
        attrs = graph.nodes.get(f"Article:{article}") or {}
        article_rows.append([article, str(attrs.get("title") or ""), str(attrs.get("date") or "")])
    return {"nodes": nodes, "facts": facts, "evidence": list(evidence), "articles": article_rows}


def write_html(graph: nx.MultiDiGraph, path: str | Path, *, view: str = "all", max_nodes: int | None = None,
               title: str = "政协 knowledge graph", chosen: Chosen | None = None) -> HtmlReport:
    """Write the explorer page of ``graph`` in ``view``; keep at most ``max_nodes``
    nodes, those the view is about first (a chairs view keeps its persons and their
    meetings). Returns what the page holds; ``report.empty`` when nothing matched.

    >>> write_html(graph, "out/graph.html", view="chairs")  # doctest: +SKIP
    HtmlReport(nodes=262, edges=260, dropped=0, overview=118)

    ``chosen`` (see :func:`choose_in`) gives the nodes to draw where ``graph`` holds
    only their facts (:func:`write_store_html`)."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
    if chosen is None:
        drawn = view_graph(graph, view)
        chosen = Chosen(drawn, _keep_view_core(drawn, view, max_nodes))
    drawn, dropped = chosen.drawn, chosen.dropped
    handled = defaultdict(int)
    if view == "documents":
        for _, document in drawn.edges():
            handled[document] += 1
    position = _layout(drawn)

    nodes = []
    for node_id in drawn:
        x, y = position[node_id]
        node = {"id": node_id, "label": _caption(graph, node_id), "group": label_of(node_id), "x": x, "y": y}
        if handled:
            node["size"] = min(10 + 4 * handled[node_id], 40)
        nodes.append(node)
    edges = []
    for number, (start, end, key) in enumerate(drawn.edges(keys=True)):
        edge = graph[start][end][key]
        label = EDGE_LABELS[relationship_type(edge)] + (f"·{edge['role']}" if edge.get("role") else "")
        edges.append({"id": number, "from": start, "to": end, "label": label})
    overview = _core(drawn, view, OVERVIEW_NODES) if drawn.number_of_nodes() > OVERVIEW_NODES else list(drawn)
    data = {
        "view": view, "anchor": ANCHOR[view], "overview": overview, "dropped": dropped, "showLimit": SHOW_LIMIT,
        "styles": {label: {"colour": colour, "shape": shape, "legend": text}
                   for label, (colour, shape, text) in NODE_STYLE.items()},
        "edgeLabels": EDGE_LABELS, "font": FONT_STACK, **_facts(graph, drawn),
    }
    parts = {"title": html.escape(title), "vis_css": _vis_asset("vis-network.css"), "page_css": _page_asset("explorer.css"),
             "vis_js": _vis_asset("vis-network.min.js"), "page_js": _page_asset("explorer.js")}
    head, tail = (re.sub(r"\{(\w+)\}", lambda match: parts[match.group(1)], part) for part in _PAGE.split("{data}"))
    with atomic_writer(path) as handle:
        handle.write(head)
        handle.write(f"var viewNodes = new vis.DataSet({_safe_json(nodes)});\n")
        handle.write(f"var viewEdges = new vis.DataSet({_safe_json(edges)});\n")
        handle.write(f"var kgData = {_safe_json(data)};\n")
        handle.write(tail)
    return HtmlReport(len(nodes), len(edges), dropped, len(overview))


_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{vis_css}</style>
<style>{page_css}</style>
<script>{vis_js}</script>
<script>{page_js}</script>
</head>
<body>
<header>
  <h1>{title}</h1>
  <div class="bar">
    <input id="search" type="search" placeholder="搜索 search: 人物 / 机构 / 会议 / 文件" autocomplete="off">
    <button id="back" type="button" disabled>← back</button>
    <button id="expand" type="button" disabled>expand +1</button>
    <button id="overview" type="button">overview</button>
    <button id="draw-all" type="button">draw all</button>
    <span class="dates" id="dates" hidden>dates <select id="since"></select> – <select id="until"></select></span>
  </div>
  <div class="bar"><span id="legend"></span><span id="summary" class="summary"></span></div>
  <div id="status" class="status" role="status"></div>
  <ul id="results" class="results"></ul>
</header>
<main>
  <section class="left">
    <div id="network"></div>
    <nav class="tabs"><button type="button" id="tab-chairs" class="on">谁主持了什么 who chaired what</button><button type="button" id="tab-documents">文件 documents</button><span id="table-note" class="summary"></span></nav>
    <div class="table-wrap"><table id="table"><thead></thead><tbody></tbody></table></div>
  </section>
  <aside id="panel"><p class="hint">Click a node, a search result or a table row to see its facts here.</p></aside>
</main>
<script>
{data}kgExplorer(viewNodes, viewEdges, kgData);
</script>
</body>
</html>
"""

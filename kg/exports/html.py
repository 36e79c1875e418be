"""An interactive HTML page of the graph, drawn with pyvis (vis-network), that works offline.

Views: ``chairs`` (persons → meetings they chaired ← convening organizations),
``documents`` (meetings → documents, sized by how many meetings handled each) and
``all``. Nodes are coloured and shaped by label, with a legend; a node's tooltip lists
its facts and the evidence sentences with their articles.

pyvis holds the network and ships vis-network; the page is rendered here rather than
with pyvis' own template, because that template loads Bootstrap and vis-network from
CDNs and turns a tooltip containing "href" into HTML. Here vis-network is inlined from
pyvis' package, every piece of page text travels as JSON with ``<``, ``>`` and ``&``
escaped, tooltips are shown as text (vis-network's innerText), and the file is written
as UTF-8, atomically. Nodes and edges are handed to pyvis as lists (its ``add_edge``
rescans every edge, which is quadratic); above :data:`PHYSICS_LIMIT` nodes the layout
is computed here and physics is off, so a big page is usable at once.
"""
from __future__ import annotations

import html
import json
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import networkx as nx

from kg.graph.build import relationship_type
from kg.graph.jsonl import atomic_writer
from kg.graph.model import label_of

__all__ = ["write_html", "VIEWS", "NODE_STYLE", "EDGE_LABELS", "HtmlReport"]

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
FONT_STACK = ('"Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", '
              '"WenQuanYi Micro Hei", "Heiti SC", SimHei, sans-serif')
PHYSICS_LIMIT = 300  # above this many nodes, lay out in Python and turn physics off
MAX_EVIDENCE = 5
MIN_COLUMN_HEIGHT = 60  # nodes in one column of the computed layout, at the least
LAYER_ORDER = ("Person", "Meeting", "Organization", "Document")


@dataclass
class HtmlReport:
    """What the page shows, and what ``max_nodes`` left out."""

    nodes: int
    edges: int
    dropped: int = 0


def _caption(graph: nx.MultiDiGraph, node_id: str, view: str) -> str:
    attrs = graph.nodes[node_id]
    text = str(attrs.get("name") or attrs.get("title") or node_id.split(":", 1)[-1])
    if label_of(node_id) == "Meeting":
        stamp = " ".join(str(attrs[k]) for k in ("date", "session") if attrs.get(k))
        return f"{stamp}\n{text}" if view != "chairs" or len(text) <= 14 else f"{stamp}\n{text[:14]}…"
    return text


def _tooltip(graph: nx.MultiDiGraph, node_id: str) -> str:
    """Plain text: the node's properties, its facts, and the evidence behind them."""
    attrs = graph.nodes[node_id]
    lines = [f"{label_of(node_id)}: {node_id.split(':', 1)[-1]}"]
    for key, value in sorted(attrs.items()):
        if key in ("__labels__", "id"):
            continue
        lines.append(f"{key}: {'、'.join(map(str, value)) if isinstance(value, list) else value}")
    facts, evidence = [], []
    for start, end, edge in list(graph.out_edges(node_id, data=True)) + list(graph.in_edges(node_id, data=True)):
        kind = relationship_type(edge)
        if kind not in EDGE_LABELS:
            continue
        other = end if start == node_id else start
        arrow = "→" if start == node_id else "←"
        role = f"·{edge['role']}" if edge.get("role") else ""
        facts.append(f"{EDGE_LABELS[kind]}{role} {arrow} {_plain_name(graph, other)}")
        if edge.get("evidence") and len(evidence) < MAX_EVIDENCE:
            evidence.append(f"「{edge['evidence']}」 ({', '.join(edge.get('articles') or [edge.get('article', '')])})")
    if facts:
        lines += ["", "facts:"] + sorted(set(facts))
    if evidence:
        lines += ["", "evidence:"] + evidence
    return "\n".join(lines)


def _plain_name(graph: nx.MultiDiGraph, node_id: str) -> str:
    attrs = graph.nodes[node_id]
    return str(attrs.get("name") or attrs.get("title") or node_id)


def view_graph(graph: nx.MultiDiGraph, view: str) -> nx.MultiDiGraph:
    """The nodes and relationships a view draws (nodes with none of its facts left out)."""
    labels, kinds = VIEWS[view]
    drawn = nx.MultiDiGraph()
    for start, end, key, edge in graph.edges(keys=True, data=True):
        if relationship_type(edge) in kinds and label_of(start) in labels and label_of(end) in labels:
            drawn.add_edge(start, end, key=key)
    return drawn


def _keep_most_connected(drawn: nx.MultiDiGraph, max_nodes: int | None) -> int:
    if not max_nodes or drawn.number_of_nodes() <= max_nodes:
        return 0
    ranked = sorted(drawn, key=lambda n: (-drawn.degree(n), n))
    dropped = ranked[max_nodes:]
    drawn.remove_nodes_from(dropped)
    return len(dropped)


def _layout(drawn: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """Columns by label (persons, meetings, organizations, documents); within a label,
    nodes ordered by where their neighbours already stand, so edges run mostly
    straight; long columns wrap. Linear in nodes and edges."""
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
    text = json.dumps(value, ensure_ascii=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def write_html(graph: nx.MultiDiGraph, path: str | Path, *, view: str = "all", max_nodes: int | None = None,
               title: str = "政协 knowledge graph") -> HtmlReport:
    """Write the interactive page of ``graph`` in ``view``; keep at most ``max_nodes``
    nodes, the most connected."""
    from pyvis.network import Network

    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
    drawn = view_graph(graph, view)
    dropped = _keep_most_connected(drawn, max_nodes)
    handled = defaultdict(int)
    if view == "documents":
        for _, document in drawn.edges():
            handled[document] += 1
    big = drawn.number_of_nodes() > PHYSICS_LIMIT
    position = _layout(drawn) if big else {}

    net = Network(height="85vh", width="100%", directed=True)
    nodes = []
    for node_id in drawn:
        colour, shape, _ = NODE_STYLE[label_of(node_id)]
        node = {"id": node_id, "label": _caption(graph, node_id, view), "title": _tooltip(graph, node_id),
                "color": colour, "shape": shape, "group": label_of(node_id)}
        if handled:
            node["size"] = 10 + 6 * handled[node_id]
            node["value"] = handled[node_id]
        if node_id in position:
            node["x"], node["y"] = position[node_id]
        nodes.append(node)
    edges = []
    for start, end, key in drawn.edges(keys=True):
        edge = graph.edges[start, end, key]
        kind = relationship_type(edge)
        label = EDGE_LABELS[kind] + (f"·{edge['role']}" if edge.get("role") else "")
        edges.append({"from": start, "to": end, "label": label, "title": edge.get("evidence", ""),
                      "arrows": "to"})
    net.nodes, net.edges = nodes, edges  # lists handed over whole: linear, unlike add_edge
    net.node_ids = [n["id"] for n in nodes]
    net.options = {
        "nodes": {"font": {"face": FONT_STACK, "size": 14}},
        "edges": {"font": {"face": FONT_STACK, "size": 10, "align": "middle"}, "smooth": not big},
        "physics": {"enabled": not big, "stabilization": {"iterations": 150}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big},
    }
    data_nodes, data_edges, _, _, _, options = net.get_network_data()
    page = _PAGE.format(
        title=html.escape(title), font=html.escape(FONT_STACK), css=_asset("vis-network.css"),
        script=_asset("vis-network.min.js"), legend=_legend(drawn),
        summary=html.escape(_summary(view, len(data_nodes), len(data_edges), dropped)),
        nodes=_safe_json(data_nodes), edges=_safe_json(data_edges), options=_safe_json(json.loads(options)))
    with atomic_writer(path) as handle:
        handle.write(page)
    return HtmlReport(len(data_nodes), len(data_edges), dropped)


def _summary(view: str, nodes: int, edges: int, dropped: int) -> str:
    text = f"view: {view} · {nodes} nodes · {edges} edges"
    return text + (f" · {dropped} less connected nodes left out" if dropped else "")


def _legend(drawn: nx.MultiDiGraph) -> str:
    present = {label_of(n) for n in drawn} or set(NODE_STYLE)
    return "".join(
        f'<span class="key"><span class="swatch" style="background:{colour}"></span>{html.escape(text)}</span>'
        for label, (colour, _, text) in NODE_STYLE.items() if label in present)


_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
<style>
  body {{ margin: 0; font-family: {font}; color: #222; }}
  header {{ padding: 8px 12px; border-bottom: 1px solid #ddd; }}
  h1 {{ font-size: 18px; margin: 0 0 4px 0; }}
  .key {{ margin-right: 14px; font-size: 13px; }}
  .swatch {{ display: inline-block; width: 11px; height: 11px; margin-right: 4px; vertical-align: -1px; }}
  .summary {{ font-size: 12px; color: #666; margin-left: 8px; }}
  #network {{ width: 100%; height: 85vh; }}
  div.vis-tooltip {{ white-space: pre-line; max-width: 480px; font-family: {font}; font-size: 13px; }}
</style>
<script>{script}</script>
</head>
<body>
<header><h1>{title}</h1><div id="legend">{legend}<span class="summary">{summary}</span></div></header>
<div id="network"></div>
<script>
  var nodes = new vis.DataSet({nodes});
  var edges = new vis.DataSet({edges});
  var network = new vis.Network(document.getElementById("network"), {{nodes: nodes, edges: edges}}, {options});
  window.kgNetwork = network;
</script>
</body>
</html>
"""

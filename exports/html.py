"""An interactive HTML page of the graph, drawn with pyvis (vis-network).

Persons, organizations, meetings and documents are nodes coloured and shaped by label;
edges carry a short Chinese label (主持, 召开, 学习, 传达, 审议, 通过 …). Each node's
tooltip lists its properties and the evidence sentences of its relationships. Every
piece of page text is HTML-escaped. The page is written as UTF-8, atomically.
"""
from __future__ import annotations

import html
from pathlib import Path

import networkx as nx

from graph.jsonl import atomic_writer
from graph.build import relationship_type
from graph.model import LABEL_KEY, label_of

__all__ = ["write_html", "NODE_STYLE", "EDGE_LABELS"]

NODE_STYLE = {  # label: (colour, shape, legend text)
    "Person": ("#e4572e", "dot", "人物 Person"),
    "Organization": ("#17bebb", "box", "机构 Organization"),
    "Meeting": ("#ffc914", "diamond", "会议 Meeting"),
    "Document": ("#76b041", "square", "文件 Document"),
    "Place": ("#9b5de5", "triangle", "地点 Place"),
}
EDGE_LABELS = {
    "HOLDS_ROLE": "任职", "CHAIRED": "主持", "ATTENDED": "出席", "CONVENED": "召开",
    "STUDIED": "学习", "CONVEYED": "传达", "REVIEWED": "审议", "ADOPTED": "通过", "ISSUED": "出台",
}
FONT_STACK = ('"Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", '
              '"WenQuanYi Micro Hei", "Source Han Sans SC", sans-serif')
MAX_EVIDENCE = 5


def _caption(graph: nx.MultiDiGraph, node_id: str) -> str:
    attrs = graph.nodes[node_id]
    text = attrs.get("name") or attrs.get("title") or node_id.split(":", 1)[-1]
    if label_of(node_id) == "Meeting" and attrs.get("date"):
        text = f"{text}\n{attrs['date']}"
    return str(text)


def _tooltip(graph: nx.MultiDiGraph, node_id: str) -> str:
    attrs = graph.nodes[node_id]
    lines = [f"<b>{html.escape(label_of(node_id))}</b>: {html.escape(node_id.split(':', 1)[-1])}"]
    for key, value in sorted(attrs.items()):
        if key in (LABEL_KEY, "id"):
            continue
        shown = "、".join(map(str, value)) if isinstance(value, list) else str(value)
        lines.append(f"{html.escape(key)}: {html.escape(shown)}")
    evidence = []
    for _, _, edge in list(graph.in_edges(node_id, data=True)) + list(graph.out_edges(node_id, data=True)):
        if edge.get("evidence") and len(evidence) < MAX_EVIDENCE:
            evidence.append(f"[{html.escape(relationship_type(edge))}] {html.escape(edge['evidence'])} "
                            f"({html.escape(str(edge.get('article', '')))})")
    if evidence:
        lines.append("<i>evidence</i>:")
        lines.extend(evidence)
    return "<br>".join(lines)


def _legend() -> str:
    items = "".join(
        f'<span style="margin-right:1em"><span style="display:inline-block;width:0.9em;height:0.9em;'
        f'background:{colour};margin-right:0.3em"></span>{html.escape(text)}</span>'
        for colour, _, text in NODE_STYLE.values())
    return f'<div id="legend" style="font-family:{html.escape(FONT_STACK)};padding:6px">{items}</div>'


def write_html(graph: nx.MultiDiGraph, path: str | Path, *, title: str = "政协 knowledge graph") -> int:
    """Write an interactive page of ``graph`` (articles and MENTIONS left out).

    Returns the number of nodes drawn.
    """
    from pyvis.network import Network

    net = Network(height="90vh", width="100%", directed=True, cdn_resources="remote", heading="")
    shown = [n for n in graph if label_of(n) in NODE_STYLE]
    for node_id in shown:
        colour, shape, _ = NODE_STYLE[label_of(node_id)]
        net.add_node(node_id, label=_caption(graph, node_id), title=_tooltip(graph, node_id),
                     color=colour, shape=shape, group=label_of(node_id))
    kept = set(shown)
    for start, end, edge in graph.edges(data=True):
        kind = relationship_type(edge)
        if start in kept and end in kept and kind in EDGE_LABELS:
            role = edge.get("role")
            net.add_edge(start, end, label=f"{EDGE_LABELS[kind]}·{role}" if role else EDGE_LABELS[kind],
                         title=html.escape(edge.get("evidence", "")))
    net.set_options('{"nodes": {"font": {"face": %s}}, "edges": {"font": {"size": 10, "face": %s}, '
                    '"arrows": {"to": {"enabled": true}}}, "physics": {"stabilization": {"iterations": 200}}}'
                    % (_js_string(FONT_STACK), _js_string(FONT_STACK)))
    page = net.generate_html()
    page = page.replace("<body>", f"<body>\n<h3 style=\"font-family:{html.escape(FONT_STACK)}\">"
                        f"{html.escape(title)}</h3>\n{_legend()}", 1)
    with atomic_writer(path) as handle:
        handle.write(page)
    return len(shown)


def _js_string(text: str) -> str:
    import json
    return json.dumps(text, ensure_ascii=False)

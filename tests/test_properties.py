"""Random and adversarial text through the extractor and every export: no exception
escapes, and every output parses with its format's reader."""
from __future__ import annotations

import csv
import json
import re
import tempfile
from pathlib import Path

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.exports.csv_import import write_csv
from kg.exports.cypher_script import write_cypher
from kg.exports.gexf import write_gexf
from kg.exports.graphml import write_graphml
from kg.exports.html import write_html
from kg.extract.pipeline import extract_page
from kg.extract.records import Page
from kg.graph.build import build_graph
from kg.graph.jsonl import read_jsonl, write_jsonl

# Pieces of the genre, and pieces of trouble.
WORDS = ["本报张掖讯", "(通讯员马志明)", "9月16日,", "张掖市政协主席", "周均发", "主持召开", "市政协", "十届九次",
         "主席会议", "。", "会议", "学习了", "审议通过了", "《", "》", "第四卷", "党组书记、", "副主席", "、", "县政协",
         "省委书记", "总书记", "习近平", "(草案)", "出席会议", "说:“", "”", "## ", "\n", "\n\n", " ", "(接一版)",
         "<script>alert(1)</script>", "`", "'", '"', "\\", "{", "}", "$name", "</script>", "&amp;", "\u2028",
         "社 区", "罗 琼", "兩當縣政協", "摄", "记者", "()", "(", ")", "--", "2023年", "13月45日"]
pieces = st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=6))
pages = st.lists(pieces, min_size=1, max_size=80).map("".join)


def check_outputs(graph: nx.MultiDiGraph, folder: Path) -> None:
    write_jsonl(graph, folder / "g.jsonl")
    back = read_jsonl(folder / "g.jsonl")
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    write_graphml(graph, folder / "g.graphml")
    assert nx.read_graphml(folder / "g.graphml", force_multigraph=True).number_of_nodes() == graph.number_of_nodes()
    write_gexf(graph, folder / "g.gexf")
    assert nx.read_gexf(folder / "g.gexf").number_of_nodes() == graph.number_of_nodes()
    write_csv(graph, folder / "csv")
    for path in (folder / "csv").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert all(len(row) == len(rows[0]) for row in rows)
    write_cypher(graph, folder / "g.cypher")
    for line in (folder / "g.cypher").read_text(encoding="utf-8").splitlines():
        assert line.startswith((":", "//", "CREATE CONSTRAINT", "MERGE", "MATCH")) and "\n" not in line
    write_html(graph, folder / "g.html")
    page = (folder / "g.html").read_text(encoding="utf-8")
    data = re.findall(r"new vis\.DataSet\((.*)\);", page)
    assert len(data) == 2 and all(isinstance(json.loads(d), list) for d in data)
    script = page[page.index("<div id=\"network\">"):]
    assert script.count("</script>") == 1  # no page text closed the script early


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=pages)
def test_any_text_extracts_and_exports_cleanly(text):
    items = list(extract_page(Page("p", "p.txt", text)))
    graph = build_graph(items)
    with tempfile.TemporaryDirectory() as folder:
        check_outputs(graph, Path(folder))

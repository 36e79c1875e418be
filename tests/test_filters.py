"""Filters that cut the graph before it is drawn or exported."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from kg.extract.pages import find_pages
from kg.graph.filters import GraphFilter, filter_graph
from kg.graph.ingest import graph_from_pages
from kg.graph.model import label_of
from kg.cli import cli


@pytest.fixture(scope="module")
def graph():
    built, _ = graph_from_pages(find_pages([SEEDS]))
    return built


def labelled(graph, label):
    return {graph.nodes[n].get("name") or graph.nodes[n].get("title") for n in graph if label_of(n) == label}


def test_no_filter_keeps_everything(graph):
    assert filter_graph(graph, GraphFilter()) is graph


def test_person_keeps_their_neighbourhood(graph):
    cut = filter_graph(graph, GraphFilter(person="周均发"))
    assert labelled(cut, "Person") == {"周均发"}
    assert labelled(cut, "Organization") == {"张掖市政协"}
    assert "习近平谈治国理政第四卷" in labelled(cut, "Document")
    assert all(label_of(n) != "Article" or cut.degree(n) > 0 for n in cut)


def test_org_and_dates(graph):
    cut = filter_graph(graph, GraphFilter(org="县政协", since="--09-19", until="--09-19"))
    meetings = {cut.nodes[n]["date"] for n in cut if label_of(n) == "Meeting"}
    assert meetings == {"--09-19"}
    assert {"刘树武", "唐正林", "李艾婷"} <= labelled(cut, "Person")
    assert "周均发" not in labelled(cut, "Person")


def test_export_views_and_max_nodes_say_what_they_left_out(tmp_path):
    store = tmp_path / "store"
    CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path / "out"), "--store", str(store)])
    result = CliRunner().invoke(cli, ["export", "--format", "html", "--view", "chairs", "--max-nodes", "5",
                                      "-o", str(tmp_path / "c.html"), "--store", str(store)])
    assert result.exit_code == 0
    assert "wrote" in result.stderr and "5 nodes" in result.stderr and "less connected nodes" in result.stderr
    result = CliRunner().invoke(cli, ["export", "--view", "documents", "--org", "嘉峪关", "-o", str(tmp_path / "d.html"),
                                      "--store", str(store)])
    assert result.exit_code == 0 and "wrote" in result.stderr

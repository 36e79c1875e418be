"""A page drawn in a forked process (``kg build`` with two jobs draws while it loads):
the same bytes as drawing it here, put in place only when finished, and an old page
kept when the drawing fails or is cancelled."""
from __future__ import annotations

import pytest
from conftest import EXAMPLES

import kg
from kg.errors import ExportError
from kg.exports.html import write_html
from kg.exports.html_aside import PageAside


@pytest.fixture(scope="module")
def graph():
    return kg.extract_graph([EXAMPLES])


def test_the_page_drawn_aside_is_the_page_drawn_here(graph, tmp_path):
    write_html(graph, tmp_path / "here.html", view="chairs")
    aside = PageAside.start(graph, tmp_path / "aside.html", view="chairs")
    report = aside.finish()
    assert (tmp_path / "aside.html").read_bytes() == (tmp_path / "here.html").read_bytes()
    assert report.nodes > 0
    assert sorted(path.name for path in tmp_path.iterdir()) == ["aside.html", "here.html"]


def test_a_failed_drawing_names_the_page_and_keeps_the_old_one(graph, tmp_path):
    page = tmp_path / "graph.html"
    page.write_text("the old page", encoding="utf-8")

    def broken(_graph):
        raise ValueError("no layout")

    aside = PageAside.start(graph, page, prepare=broken)
    with pytest.raises(ExportError, match=r"graph\.html: could not be drawn: ValueError: no layout"):
        aside.finish()
    assert page.read_text(encoding="utf-8") == "the old page"
    assert [path.name for path in tmp_path.iterdir()] == ["graph.html"]


def test_a_cancelled_drawing_leaves_the_old_page(graph, tmp_path):
    page = tmp_path / "graph.html"
    page.write_text("the old page", encoding="utf-8")
    PageAside.start(graph, page).cancel()  # the load failed: the old page stays
    assert page.read_text(encoding="utf-8") == "the old page"
    assert [path.name for path in tmp_path.iterdir()] == ["graph.html"]

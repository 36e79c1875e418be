"""The two stores behave as one: loading page sets one by one into the embedded store
and into a real Bolt server (tests/bolt_server.py) gives the same graph, namesakes
included."""
from __future__ import annotations

import pytest

from kg.extract.pages import find_pages
from kg.graph.ingest import graph_from_pages
from kg.graph.model import edge_properties, node_properties, relationship_type
from kg.graph.neo4j_store import Neo4jStore
from kg.graph.store import EmbeddedStore
from kg.graph.stores import Store

# The 嘉峪关 王毅 comes first. The second set reads the 全国政协 王毅 first, as
# ``Person:王毅``: joining the store he must become ``Person:王毅@全国政协`` in both
# stores, and his facts must move with him.
JIAYUGUAN = ("## 嘉峪关市政协十届九次主席会议召开\n\n本报嘉峪关讯(通讯员苏天泰)9月16日,"
             "嘉峪关市政协主席王毅主持召开市政协十届九次主席会议。会议传达学习了《习近平谈治国理政》第四卷。\n")
NATIONAL = ("## 全国政协召开双周协商座谈会\n\n新华社北京9月20日电 全国政协副主席王毅主持召开双周协商座谈会。\n")
JIAYUGUAN_AGAIN = ("## 嘉峪关市政协召开常委会会议\n\n本报嘉峪关讯 10月8日,嘉峪关市政协主席王毅主持召开"
                   "市政协十届五次常委会会议。\n")


def page_set(folder, pages: dict[str, str], seeds=None):
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    graph, failed = graph_from_pages(find_pages([folder] + ([seeds] if seeds else [])), year=2022)
    assert failed == 0
    return graph


def contents(graph):
    """A graph node for node and relationship for relationship, as comparable values."""
    nodes = {n: node_properties(attrs) for n, attrs in graph.nodes(data=True)}
    relationships = sorted((start, relationship_type(attrs), end, sorted(edge_properties(attrs).items()))
                           for start, end, attrs in graph.edges(data=True))
    return nodes, relationships


def test_both_stores_are_a_store(neo4j_settings, tmp_path):
    with EmbeddedStore(tmp_path / "store") as embedded, Neo4jStore(neo4j_settings) as neo4j:
        assert isinstance(embedded, Store) and isinstance(neo4j, Store)


def test_two_page_sets_loaded_one_by_one_give_the_same_graph_in_both_stores(seeds, neo4j_settings, tmp_path):
    first = page_set(tmp_path / "a", {"jiayuguan.txt": JIAYUGUAN}, seeds)
    second = page_set(tmp_path / "b", {"1_national.txt": NATIONAL, "2_jiayuguan.txt": JIAYUGUAN_AGAIN})
    assert second.has_edge("Person:王毅", "Organization:全国政协")  # the namesake the store must rename
    with EmbeddedStore(tmp_path / "store") as embedded, Neo4jStore(neo4j_settings, batch_size=50) as neo4j:
        for graph in (first, second):
            assert embedded.load(graph) == neo4j.load(graph)
        expected, stored = embedded.read(), neo4j.read()
        assert embedded.stats() == neo4j.stats()
        for name in ("chairs", "person_profile"):
            params = {"name": "王毅"} if name == "person_profile" else {}
            # the same rows; engines may order rows that tie differently
            assert sorted(map(repr, embedded.query(name, **params).rows)) == \
                sorted(map(repr, neo4j.query(name, **params).rows)), name
    assert expected.has_edge("Person:王毅", "Organization:嘉峪关市政协")
    assert expected.has_edge("Person:王毅@全国政协", "Organization:全国政协")
    assert not expected.has_edge("Person:王毅", "Organization:全国政协")
    assert contents(stored) == contents(expected)


def test_reloading_both_sets_changes_neither_store(neo4j_settings, tmp_path):
    first = page_set(tmp_path / "a", {"jiayuguan.txt": JIAYUGUAN})
    second = page_set(tmp_path / "b", {"national.txt": NATIONAL})
    with EmbeddedStore(tmp_path / "store") as embedded, Neo4jStore(neo4j_settings) as neo4j:
        for store in (embedded, neo4j):
            for graph in (first, second, first, second):
                store.load(graph)
        assert contents(neo4j.read()) == contents(embedded.read())
        assert sorted(n for n in embedded.read() if n.startswith("Person:王")) == ["Person:王毅", "Person:王毅@全国政协"]

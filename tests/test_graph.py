"""The property graph: building, provenance merging, the file format and the store."""
from __future__ import annotations

import json

import pytest

from kg.extract.records import Article, Triple, entity
from kg.graph.build import build_graph, merge_graph
from kg.graph.jsonl import read_jsonl, write_jsonl
from kg.graph.store import EmbeddedStore, graph_stats
from kg.errors import GraphFileError

ZHOU = entity("Person", "周均发", name="周均发")
ZHANGYE = entity("Organization", "张掖市政协", name="张掖市政协", kind="政协", level="市")


def article(n: int, source: str = "page") -> Article:
    return Article(id=f"{source}#{n}", source=source, title=f"标题{n}", date="--09-16")


def role(n: int, title: str = "主席", source: str = "page") -> Triple:
    return Triple(ZHOU, "HOLDS_ROLE", ZHANGYE, f"{source}#{n}", f"张掖市政协{title}周均发主持召开会议。",
                  "title-before-name", (("role", title),))


def test_a_fact_seen_twice_is_one_relationship_listing_both_articles():
    graph = build_graph([(article(1), [role(1)]), (article(2), [role(2)])])
    edges = [e for e in graph.edges(data=True) if e[0] == ZHOU.id]
    assert len(edges) == 1
    assert edges[0][2]["articles"] == ["page#1", "page#2"]
    assert edges[0][2]["article"] == "page#1"


def test_two_titles_in_one_body_are_two_relationships():
    graph = build_graph([(article(1), [role(1, "党组书记"), role(1, "主席")])])
    roles = sorted(e[2]["role"] for e in graph.edges(data=True) if e[0] == ZHOU.id)
    assert roles == ["主席", "党组书记"]


def test_file_round_trip_keeps_nodes_edges_and_text(tmp_path):
    odd = entity("Person", "O'Neil `x` \"q\" \\ 张", name="O'Neil `x` \"q\" \\ 张")
    graph = build_graph([(article(1), [role(1), Triple(odd, "REPORTED", entity("Article", "page#1"), "page#1",
                                                       "通讯员 O'Neil", "byline", (("as", "通讯员"),))])])
    path = tmp_path / "g.jsonl"
    write_jsonl(graph, path)
    back = read_jsonl(path)
    assert sorted(back.nodes(data=True)) == sorted(graph.nodes(data=True))
    assert sorted(map(str, back.edges(keys=True, data=True))) == sorted(map(str, graph.edges(keys=True, data=True)))
    text = path.read_text(encoding="utf-8")
    assert "周均发" in text  # Chinese stays readable, not \\u escapes
    lines = [json.loads(line) for line in text.splitlines()]
    first_relationship = next(i for i, r in enumerate(lines) if r["type"] == "relationship")
    assert all(r["type"] == "relationship" for r in lines[first_relationship:])


@pytest.mark.parametrize("line, message", [
    ("[1]", "not a JSON object"),
    ('{"type":"node","id":"Thing:x","labels":["Thing"],"properties":{}}', "schema label"),
    ('{"type":"relationship","id":"r1","label":"LIKES","start":{"id":"a"},"end":{"id":"b"},"properties":{}}',
     "unknown relationship type 'LIKES'"),
    ('{"type":"relationship","id":"r1","label":"CHAIRED","start":{"id":"Person:甲"},"end":{"id":"Meeting:乙"}}',
     "not defined before it"),
])
def test_bad_graph_lines_are_named(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(GraphFileError, match=message) as caught:
        read_jsonl(path)
    assert str(caught.value).startswith(f"{path}:1:")


def test_reloading_an_edited_article_replaces_its_facts_only(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    store.merge(build_graph([(article(1), [role(1, "主席")]), (article(2), [role(2, "主席")])]))
    edited = build_graph([(article(1), [role(1, "副主席")])])
    graph = store.merge(edited)
    by_role = {e[2]["role"]: e[2]["articles"] for e in graph.edges(data=True) if e[0] == ZHOU.id}
    assert by_role == {"主席": ["page#2"], "副主席": ["page#1"]}
    again = store.merge(edited)
    assert graph_stats(again) == graph_stats(graph)


def test_merge_into_an_empty_graph_copies_everything():
    source = build_graph([(article(1), [role(1)])])
    target = build_graph([])
    merge_graph(target, source)
    assert graph_stats(target) == graph_stats(source)


def test_people_sharing_a_name_stay_apart_when_their_places_differ():
    from kg.extract.pipeline import extract_page
    from kg.extract.records import Page

    text = ("## 嘉峪关市政协十届九次主席会议召开\n\n本报嘉峪关讯(通讯员苏天泰)9月16日,嘉峪关市政协主席王毅主持召开市政协十届九次主席会议。\n\n"
            "## 全国政协召开双周协商座谈会\n\n新华社北京9月20日电 全国政协副主席王毅主持召开双周协商座谈会。\n\n"
            "## 嘉峪关市政协召开常委会会议\n\n本报嘉峪关讯 10月8日,嘉峪关市政协主席王毅主持召开市政协十届五次常委会会议。\n")
    graph = build_graph(extract_page(Page("p", "p.txt", text), year=2022))
    wangs = sorted(n for n in graph if n.startswith("Person:王毅"))
    assert wangs == ["Person:王毅", "Person:王毅@全国政协"]
    roles = {(s, e): a for s, e, a in graph.edges(data=True) if a.get("role") == "主席"}
    span = roles[("Person:王毅", "Organization:嘉峪关市政协")]
    assert (span["first_seen"], span["last_seen"]) == ("2022-09-16", "2022-10-08")


def test_a_second_load_of_a_namesake_into_the_store_is_kept_apart(tmp_path):
    jiayuguan = entity("Organization", "嘉峪关市政协", name="嘉峪关市政协", place="嘉峪关市")
    national = entity("Organization", "全国政协", name="全国政协")
    wang = entity("Person", "王毅", name="王毅")
    store = EmbeddedStore(tmp_path / "store")
    store.merge(build_graph([(article(1), [Triple(wang, "HOLDS_ROLE", jiayuguan, "page#1", "…", "r", (("role", "主席"),))])]))
    graph = store.merge(build_graph([(article(1, "other"), [
        Triple(wang, "HOLDS_ROLE", national, "other#1", "…", "r", (("role", "副主席"),))])]))
    assert sorted(n for n in graph if n.startswith("Person:")) == ["Person:王毅", "Person:王毅@全国政协"]


def test_store_stats_read_from_the_file_equal_the_graphs(seeds, tmp_path):
    from kg.extract.pages import find_pages
    from kg.graph.ingest import graph_from_pages

    graph, _ = graph_from_pages(find_pages([seeds]))
    store = EmbeddedStore(tmp_path / "store")
    stored = store.merge(graph)
    assert store.stats() == graph_stats(stored) == graph_stats(store.read())

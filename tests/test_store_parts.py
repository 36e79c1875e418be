"""The embedded store reads and writes parts of its tables: a load touches what its
graph touches, a library query reads the neighbourhood its parameter names, a filter
reads around the persons or organizations it names. Each must answer exactly as the
whole graph would (merged in NetworkX, queried whole, filtered whole)."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest

import kg
from kg.cypher.library import library
from kg.cypher.runner import run_on_graph
from kg.graph import tables
from kg.graph.build import merge_graph, new_graph
from kg.graph.filters import GraphFilter, filter_graph
from kg.graph.jsonl import graph_records
from kg.graph.store import EmbeddedStore

EXAMPLES = Path(__file__).parent.parent / "examples"


def records(graph):
    """A graph as comparable values (record ids left out: they number the edges)."""
    found = [{k: v for k, v in r.items() if k != "id"} if r["type"] == "relationship" else r
             for r in graph_records(graph)]
    for record in found:  # an edge's articles are a set; its order is the order loads came in
        if isinstance(record["properties"].get("articles"), list):
            record["properties"]["articles"] = sorted(record["properties"]["articles"])
    return found


@pytest.fixture(scope="module")
def page_graphs():
    pages = sorted(EXAMPLES.glob("*.txt"))
    return [kg.extract_graph([page]) for page in pages]


@pytest.fixture(scope="module")
def whole(page_graphs):
    graph = new_graph()
    for part in page_graphs:
        merge_graph(graph, copy.deepcopy(part))
    return graph


@pytest.fixture(scope="module")
def store(tmp_path_factory, page_graphs):
    store = EmbeddedStore(tmp_path_factory.mktemp("parts") / "store")
    for part in page_graphs:
        store.load(copy.deepcopy(part))
    return store


def test_pages_loaded_one_by_one_give_the_graph_merged_whole(store, whole):
    assert records(store.read()) == records(whole)


def test_reloading_pages_changes_nothing_and_an_edited_page_replaces_its_facts(tmp_path, page_graphs, whole):
    store = EmbeddedStore(tmp_path / "store")
    for part in page_graphs:
        store.load(copy.deepcopy(part))
    for part in page_graphs[2:5]:
        store.load(copy.deepcopy(part))
    assert records(store.read()) == records(whole)
    # An edited page: the first page's articles now say only what the second page says.
    edited = copy.deepcopy(page_graphs[0])
    articles = [n for n in edited if n.startswith("Article:")]
    edited.remove_edges_from([(a, b, k) for a, b, k in list(edited.edges(keys=True)) if a not in articles[:1]])
    expected = copy.deepcopy(whole)
    merge_graph(expected, copy.deepcopy(edited))
    store.load(copy.deepcopy(edited))
    assert records(store.read()) == records(expected)


def _names(whole, label, key="name", every=7, kind=None):
    """Every so many names of ``label`` nodes (those starting or ending a ``kind`` relationship)."""
    ends = {n for a, b, k in whole.edges(keys=True) if k == kind for n in (a, b)} if kind else set(whole)
    found = sorted({attrs.get(key) for n, attrs in whole.nodes(data=True)
                    if n.startswith(label + ":") and n in ends} - {None})
    return found[::every][:12]


def test_library_queries_answer_from_their_part_as_from_the_whole_graph(store, whole, monkeypatch):
    persons = _names(whole, "Person", every=3, kind="CHAIRED") + _names(whole, "Person", every=41)
    orgs = _names(whole, "Organization", every=3, kind="CONVENED")
    titles = _names(whole, "Document", "title", every=5)
    asked = [("chairs", {}), ("chairs", {"since": "2023", "until": "2023-06"}), ("documents", {}),
             ("co_attendance", {"min": "2"})]
    asked += [("chairs", {"person": p[:1]}) for p in persons[:3]]
    asked += [("chairs", {"person": p}) for p in persons] + [("chairs", {"org": o}) for o in orgs]
    asked += [("chairs", {"person": persons[0][:1], "org": o[:2]}) for o in orgs[:4]]
    asked += [("co_attendance", {"person": p}) for p in persons] + [("documents", {"org": o}) for o in orgs]
    asked += [("document_spread", {"title": t}) for t in titles] + [("org_meetings", {"org": o}) for o in orgs]
    asked += [("person_profile", {"name": p}) for p in persons]
    asked += [("evidence", {"from": p, "to": o}) for p in persons[:4] for o in orgs[:4]]
    # A library query with its parameter never reads the whole store.
    monkeypatch.setattr(tables, "read_graph", lambda db: pytest.fail("read the whole store"))
    answered = 0
    for name, params in asked:
        query = library()[name]
        expected = run_on_graph(query, query.bind(params), whole)
        got = store.query(name, **params)
        assert (got.columns, got.rows) == (expected.columns, expected.rows), (name, params)
        answered += bool(got.rows)
    assert answered > len(asked) // 2  # the comparisons are not all of empty answers


@pytest.mark.parametrize("text", [
    "MATCH (p:Person) RETURN p.name AS name ORDER BY name",
    "MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization) WHERE o.name CONTAINS '政协' RETURN p.name, r.role, o.name",
    "MATCH (a)-[r:CHAIRED]->(m) RETURN a.name, m.date ORDER BY m.date",
    "MATCH (n) RETURN COUNT(n)",
])
def test_cypher_reads_the_labels_and_types_it_names_and_answers_as_on_the_whole_graph(store, whole, text):
    expected = run_on_graph(kg.cypher.library.resolve(text), {}, whole)
    got = store.query(text)
    assert got.rows and sorted(map(repr, got.rows)) == sorted(map(repr, expected.rows))


def test_filters_read_around_what_they_name_and_keep_what_the_whole_graph_keeps(store, whole, monkeypatch):
    persons, orgs = _names(whole, "Person", every=11), _names(whole, "Organization", every=5)
    selections = [GraphFilter(person=p) for p in persons] + [GraphFilter(org=o) for o in orgs]
    selections += [GraphFilter(person=persons[0][:1], org=o[:2], since="2022-10", until="2023") for o in orgs[:3]]
    selections += [GraphFilter(org="政协", since="2023-04"), GraphFilter(person="无此人")]
    monkeypatch.setattr(tables, "read_graph", lambda db: pytest.fail("read the whole store"))
    for selection in selections:
        assert records(store.read(selection)) == records(filter_graph(whole, selection)), selection


@pytest.mark.parametrize("view", ["all", "chairs", "documents"])
@pytest.mark.parametrize("max_nodes", [12, 60, 10_000])
def test_a_capped_page_read_in_parts_is_the_page_of_the_whole_store(store, tmp_path, view, max_nodes):
    whole_page, part_page = tmp_path / "whole.html", tmp_path / "part.html"
    expected = kg.export(store.read(), "html", whole_page, view=view, max_nodes=max_nodes)
    report = kg.draw_store(store, part_page, view=view, max_nodes=max_nodes)
    assert report == expected
    assert expected.nodes and (expected.dropped or max_nodes == 10_000)
    assert part_page.read_bytes() == whole_page.read_bytes()


def test_a_capped_page_reads_the_facts_of_the_nodes_kept_only(store):
    from kg.exports.html import VIEWS, choose_in

    with store.view_index(*VIEWS["chairs"]) as index:
        chosen = choose_in(index, "chairs", 12)
    part = store.read_facts(list(chosen.drawn))
    assert chosen.drawn.number_of_nodes() == 12
    assert set(chosen.drawn) <= set(part)
    assert part.number_of_nodes() < store.read().number_of_nodes() / 3

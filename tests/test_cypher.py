"""The analysts' query library: the same rows on both stores, and answers checked by hand."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import HAND_CHECKED_PAGES, SEEDS
from kg.cypher.embedded import translate
from kg.cypher.library import library, resolve
from kg.cypher.runner import run_query
from kg.extract.pages import find_pages
from kg.graph.ingest import graph_from_pages
from kg.graph.neo4j_store import Neo4jStore
from kg.graph.store import EmbeddedStore
from kg.cli import cli
from kg.errors import QueryError

# Parameters for each library query, chosen so that each returns rows on the sample graph.
SAMPLE_PARAMETERS = {
    "chairs": {},
    "person_profile": {"name": "周均发"},
    "org_meetings": {"org": "永昌县政协"},
    "documents": {"org": "嘉峪关"},
    "document_spread": {"title": "习近平谈治国理政第四卷"},
    "co_attendance": {},
    "evidence": {"from": "周均发", "to": "张掖市政协"},
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    graph, failed = graph_from_pages(find_pages([SEEDS, *HAND_CHECKED_PAGES]))
    assert failed == 0
    embedded = EmbeddedStore(tmp_path_factory.mktemp("store"))
    embedded.merge(graph)
    return embedded


def rows(name, store, **params):
    return run_query(library()[name], params or SAMPLE_PARAMETERS[name], store).rows


def canonical(result_rows):
    return sorted(json.dumps(row, ensure_ascii=False, sort_keys=True) for row in result_rows)


def test_every_library_query_has_sample_parameters_and_a_description():
    assert set(library()) == set(SAMPLE_PARAMETERS)
    for query in library().values():
        assert query.description and query.example.startswith("kg query ")


def test_every_library_query_gives_the_same_rows_on_both_stores(store, neo4j_settings):
    with Neo4jStore(neo4j_settings) as neo4j:
        neo4j.load(store.read())
        for name in library():
            embedded_rows, neo4j_rows = rows(name, store), rows(name, neo4j)
            assert embedded_rows, name
            assert canonical(embedded_rows) == canonical(neo4j_rows), name


def test_chairs(store):
    found = rows("chairs", store, org="张掖市政协")
    assert [(r["person"], r["organization"], r["date"]) for r in found] == [("周均发", "张掖市政协", "--09-16")]
    since = rows("chairs", store, since="--09-17", until="--12-31")  # the yearless seeds; the 2024-04_… pages have a year
    assert {r["person"] for r in since} == {"李艾婷", "刘树武", "唐正林"}  # the 09-19 meetings


def test_person_profile(store):
    found = rows("person_profile", store)
    assert ("HOLDS_ROLE", "主席", "张掖市政协", "--09-16") in [
        (r["relation"], r["role"], r["target"], r["first_seen"]) for r in found]
    assert any(r["relation"] == "CHAIRED" and r["date"] == "--09-16" for r in found)


def test_org_meetings(store):
    found = rows("org_meetings", store)
    assert [(r["date"], r["kind"]) for r in found] == [("--05-04", "调研"), ("--09-16", "视察")]


def test_documents(store):
    found = {(r["action"], r["document"]) for r in rows("documents", store)}
    assert found == {("STUDIED", "习近平谈治国理政第四卷"), ("CONVEYED", '嘉峪关市贯彻落实"四强"行动实施意见'),
                     ("ADOPTED", "政协嘉峪关市委员会关于联系界别委员的暂行办法"),
                     ("ADOPTED", "关于探索新型农村社区居住模式的调研报告")}


def test_document_spread(store):
    found = {(r["organization"], r["days_after_first"]) for r in rows("document_spread", store)}
    assert found == {("张掖市政协", 0), ("嘉峪关市政协", 0), ("康县政协", 3)}  # studied by three bodies


def test_co_attendance(store):
    found = {(r["person"], r["other"]): r["meetings"] for r in rows("co_attendance", store)}
    assert found[("孙建国", "杜国栋")] == 1  # a vice chair at the meeting 杜国栋 chaired
    assert rows("co_attendance", store, person="", min="2") == []


def test_evidence(store):
    [found] = rows("evidence", store)
    assert found["relation"] == "HOLDS_ROLE" and "张掖市政协主席周均发" in found["evidence"]
    assert found["article"] == "004_0c3dde0c12c01184#1"


def test_parameters_are_bound_as_escaped_literals(store):
    hostile = '周均发" OR p.name <> "'
    query = resolve("MATCH (p:Person) WHERE p.name = $name RETURN p.name AS name")
    assert run_query(query, {"name": hostile}, store).rows == []
    assert translate("RETURN $x", {"x": 'a"b\\c'}) == 'RETURN "a\\"b\\\\c"'


@pytest.mark.parametrize("text, construct", [
    ("MATCH (p:Person) OPTIONAL MATCH (p)-[:CHAIRED]->(m) RETURN p.name", "OPTIONAL MATCH"),
    ("MATCH (p:Person) WITH p RETURN p.name", "WITH"),
    ("MATCH (p:Person)-[r]-(m) RETURN p.name", "undirected relationship patterns"),
    ("MATCH (p:Person) WHERE p.name IS NULL RETURN p.name", "IS NULL"),
    ("UNWIND [1, 2] AS x RETURN x", "UNWIND"),
])
def test_what_the_embedded_engine_cannot_run_is_named(store, text, construct):
    with pytest.raises(QueryError, match=f"cannot run {construct}"):
        run_query(resolve(text), {}, store)


def test_starts_with_is_not_mistaken_for_with(store):
    query = resolve('MATCH (m:Meeting) WHERE m.name STARTS WITH "张掖" RETURN m.name AS name')
    assert run_query(query, {}, store).rows == [{"name": "张掖市政协党组理论学习中心组(扩大)会议"}]


def kg(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_query_command_lists_runs_and_formats(store):
    listing = kg("query", "--list")
    assert listing.exit_code == 0 and all(name in listing.output for name in library())
    table = kg("query", "chairs", "-p", "org=张掖市政协", "--store", store.folder)
    assert table.exit_code == 0 and "周均发" in table.output and "(1 row)" in table.output
    as_json = json.loads(kg("query", "chairs", "-p", "org=张掖市政协", "--format", "json", "--store", store.folder).output)
    assert as_json[0]["person"] == "周均发"
    csv_text = kg("query", "MATCH (p:Person) WHERE p.name = \"周均发\" RETURN p.name AS name", "--format", "csv",
                  "--store", store.folder).output
    assert csv_text.splitlines() == ["name", "周均发"]


def test_query_errors_are_one_line(store):
    missing = kg("query", "person_profile", "--store", store.folder)
    assert missing.exit_code == 1 and "needs -p name=" in missing.stderr
    unknown = kg("query", "no_such_query", "--store", store.folder)
    assert unknown.exit_code == 1 and "no query named 'no_such_query'" in unknown.stderr
    refused = kg("query", "MATCH (a)-[r]-(b) RETURN a.id", "--store", store.folder)
    assert refused.exit_code == 1 and "cannot run undirected relationship patterns" in refused.stderr

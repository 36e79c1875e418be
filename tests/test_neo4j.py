"""The Neo4j store against a real Bolt server (ArcadeDB, see tests/bolt_server.py)."""
from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from bolt_server import BoltServer, free_port
from kg.extract.pages import find_pages
from kg.graph.build import build_graph
from kg.graph.ingest import graph_from_pages
from kg.graph.neo4j_store import Neo4jSettings, Neo4jStore
from kg.graph.store import EmbeddedStore, graph_stats
from kg.cli import cli
from kg.errors import StoreError
from kg.extract.records import Article, Triple, entity


@pytest.fixture(scope="module")
def seed_graph(seeds):
    graph, failed = graph_from_pages(find_pages([seeds]))
    assert failed == 0
    return graph


def test_counts_after_a_load_equal_the_embedded_stores(seed_graph, neo4j_settings, tmp_path):
    embedded = graph_stats(EmbeddedStore(tmp_path / "store").merge(seed_graph))
    with Neo4jStore(neo4j_settings, batch_size=50) as store:
        store.load(seed_graph)
        assert store.stats() == embedded
        assert store.stats()["relationships"]["CHAIRED"] == 8


def test_a_second_load_changes_nothing(seed_graph, neo4j_settings):
    with Neo4jStore(neo4j_settings) as store:
        store.load(seed_graph)
        first = store.stats()
        before = store.read()
        store.load(seed_graph)
        assert store.stats() == first
        after = store.read()
    assert sorted(map(str, after.edges(keys=True, data=True))) == sorted(map(str, before.edges(keys=True, data=True)))


def test_a_fact_seen_in_another_article_adds_to_its_provenance(neo4j_settings):
    zhou = entity("Person", "周均发", name="周均发")
    org = entity("Organization", "张掖市政协", name="张掖市政协")

    def graph(n, date):
        article = Article(id=f"p#{n}", source="p", title="t", date=date)
        return build_graph([(article, [Triple(zhou, "HOLDS_ROLE", org, f"p#{n}", "张掖市政协主席周均发", "r",
                                              (("role", "主席"),))])])

    with Neo4jStore(neo4j_settings) as store:
        store.load(graph(1, "2022-09-16"))
        store.load(graph(2, "2022-10-08"))
        [edge] = [e for e in store.read().edges(data=True) if e[0] == "Person:周均发"]
    assert edge[2]["articles"] == ["p#1", "p#2"]
    assert (edge[2]["first_seen"], edge[2]["last_seen"]) == ("2022-09-16", "2022-10-08")


def test_reloading_an_edited_page_replaces_only_its_articles_facts(seeds, neo4j_settings, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in seeds.glob("*.txt"):
        shutil.copy(page, pages / page.name)
    first, _ = graph_from_pages(find_pages([pages]))
    page = pages / "004_0c3dde0c12c01184.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("《委员履职工作规则》", "《委员履职工作细则》"),
                    encoding="utf-8")
    edited, _ = graph_from_pages([page])
    embedded = EmbeddedStore(tmp_path / "store")
    embedded.merge(first)
    expected = embedded.merge(edited)
    with Neo4jStore(neo4j_settings) as store:
        store.load(first)
        store.load(edited)
        stored = store.read()
        assert store.stats() == graph_stats(expected)
    assert "Document:委员履职工作细则" in stored and "Document:委员履职工作规则" not in stored
    assert stored.has_edge("Person:周均发", "Meeting:张掖市政协|--09-16|党组理论学习中心组(扩大)会议")
    assert stored.has_edge("Person:张君明", "Meeting:西固区政协|--05-06|党组会议暨十届十八次主席(扩大)会议")


def test_text_with_quotes_and_backticks_arrives_intact(neo4j_settings):
    name = "O'Neil \"`DROP` \\ 周}{ <script>"
    person = entity("Person", name, name=name)
    article = Article(id="q#1", source="q", title="标题 `x`")
    graph = build_graph([(article, [Triple(person, "REPORTED", entity("Article", "q#1"), "q#1", "通讯员 " + name,
                                           "byline", (("as", "通讯员"),))])])
    with Neo4jStore(neo4j_settings) as store:
        store.load(graph)
        back = store.read()
    assert back.nodes[f"Person:{name}"]["name"] == name
    assert back.nodes["Article:q#1"]["title"] == "标题 `x`"


def kg(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_load_stats_and_build_through_the_cli(seeds, neo4j_settings, tmp_path):
    connection = ["--neo4j-uri", neo4j_settings.uri, "--neo4j-user", neo4j_settings.user,
                  "--neo4j-password", neo4j_settings.password, "--neo4j-database", neo4j_settings.database]
    graph_file = tmp_path / "g.jsonl"
    assert kg("extract", seeds, "-o", graph_file).exit_code == 0
    result = kg("load", graph_file, *connection)
    assert result.exit_code == 0, result.output
    stats = kg("stats", *connection)
    assert "CHAIRED              8" in stats.output
    result = kg("build", seeds, "--out", tmp_path / "out", *connection)
    assert result.exit_code == 0, result.output
    assert kg("stats", *connection).output == stats.output


@pytest.mark.parametrize("change, message", [
    ({"uri": f"bolt://127.0.0.1:{free_port()}"}, "cannot reach Neo4j at bolt://127.0.0.1:"),
    ({"password": "wrong"}, "refused user 'root': wrong user name or password"),
    ({"database": "nosuch"}, "has no database 'nosuch'"),
])
def test_faults_give_a_clear_message_and_exit_code(neo4j_settings, tmp_path, seeds, change, message):
    settings = {"uri": neo4j_settings.uri, "user": neo4j_settings.user, "password": neo4j_settings.password,
                "database": neo4j_settings.database, **change}
    graph_file = tmp_path / "g.jsonl"
    kg("extract", seeds / "004_0c3dde0c12c01184.txt", "-o", graph_file)
    result = kg("load", graph_file, "--neo4j-uri", settings["uri"], "--neo4j-user", settings["user"],
                "--neo4j-password", settings["password"], "--neo4j-database", settings["database"])
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_server_gone_mid_load_then_a_rerun_completes_without_duplicates(seed_graph, tmp_path):
    server = BoltServer(tmp_path / "arcadedb").start()
    try:
        settings = Neo4jSettings(server.uri, server.user, server.password, server.database)
        written = []

        def crash_after_two_batches(rows):
            written.append(rows)
            if len(written) == 2:
                server.kill()

        with Neo4jStore(settings, batch_size=40, retry_seconds=1) as store:
            with pytest.raises(StoreError, match="cannot reach Neo4j at .* while loading"):
                store.load(seed_graph, progress=crash_after_two_batches)
        server.start()
        with Neo4jStore(settings, batch_size=40) as store:
            store.load(seed_graph)
            assert store.stats() == graph_stats(seed_graph)
    finally:
        server.stop()

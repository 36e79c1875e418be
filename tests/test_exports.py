"""Every export format, written and read back with the format's own reader."""
from __future__ import annotations

import csv
import json
import re

import networkx as nx
import pytest
from click.testing import CliRunner

from conftest import SEEDS
from kg.exports.csv_import import write_csv
from kg.exports.cypher_script import write_cypher
from kg.exports.flat import unflatten_value
from kg.exports.gexf import write_gexf
from kg.exports.graphml import write_graphml
from kg.exports.jsonl import write_jsonl
from kg.extract.pages import find_pages
from kg.extract.records import Article, Triple, entity
from kg.graph.build import add_article, relationship_type
from kg.graph.ingest import graph_from_pages
from kg.graph.jsonl import read_jsonl
from kg.graph.model import LABEL_KEY, label_of
from kg.graph.neo4j_store import Neo4jStore
from kg.graph.store import graph_stats
from kg.cli import cli
from kg.errors import ExportError

ODD = "O'Neil \"Q\" \\ back\\slash\nnew line `tick` {brace} <b>"


@pytest.fixture(scope="module")
def graph():
    built, _ = graph_from_pages(find_pages([SEEDS]))
    odd = entity("Person", ODD, name=ODD)
    org = entity("Organization", "张掖市政协", name="张掖市政协", kind="政协", level="市", place="张掖市")
    article = Article(id="odd#1", source="odd", title=ODD, reporters=[ODD, "王平"], date="2022-09-16")
    add_article(built, article, [Triple(odd, "HOLDS_ROLE", org, "odd#1", ODD, "title-before-name", (("role", "委员"),)),
                                 Triple(entity("Article", "odd#1"), "MENTIONS", odd, "odd#1", "", "r")])
    return built


def expected_nodes(graph):
    return {n: {k: v for k, v in a.items() if k not in (LABEL_KEY, "id")} for n, a in graph.nodes(data=True)}


def expected_edges(graph):
    return sorted((s, e, relationship_type(a), json.dumps({k: v for k, v in a.items() if k != LABEL_KEY},
                                                           ensure_ascii=False, sort_keys=True))
                  for s, e, a in graph.edges(data=True))


def read_back_edges(read, type_key):
    edges = []
    for s, e, a in read.edges(data=True):
        attrs = {k: unflatten_value(v) for k, v in a.items() if k not in (type_key, "id")}
        edges.append((s, e, a[type_key], json.dumps(attrs, ensure_ascii=False, sort_keys=True)))
    return sorted(edges)


def test_jsonl_round_trip(graph, tmp_path):
    write_jsonl(graph, tmp_path / "g.jsonl")
    back = read_jsonl(tmp_path / "g.jsonl")
    assert expected_nodes(back) == expected_nodes(graph)
    assert expected_edges(back) == expected_edges(graph)


def test_graphml_round_trip(graph, tmp_path):
    write_graphml(graph, tmp_path / "g.graphml")
    read = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    nodes = {n: {k: unflatten_value(v) for k, v in a.items() if k != "label"} for n, a in read.nodes(data=True)}
    assert nodes == expected_nodes(graph)
    assert all(read.nodes[n]["label"] == label_of(n) for n in read)
    assert read_back_edges(read, "type") == expected_edges(graph)


def test_gexf_round_trip(graph, tmp_path):
    write_gexf(graph, tmp_path / "g.gexf")
    read = nx.read_gexf(tmp_path / "g.gexf")
    nodes = {n: {k: unflatten_value(v) for k, v in a.items() if k not in ("label", "schema_label")}
             for n, a in read.nodes(data=True)}
    assert nodes == expected_nodes(graph)
    assert read.nodes[f"Person:{ODD}"]["label"] == ODD and read.nodes[f"Person:{ODD}"]["schema_label"] == "Person"
    assert read_back_edges(read, "label") == expected_edges(graph)


def parse_admin_csv(folder):
    """Read the folder by neo4j-admin's header rules; check ids and relationship ends."""
    ids: dict[str, set[str]] = {}
    nodes = relationships = 0
    for path in sorted(folder.glob("nodes_*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        space = re.fullmatch(r"id:ID\((\w+)\)", rows[0][0]).group(1)
        assert rows[0][1] == ":LABEL"
        values = [row[0] for row in rows[1:]]
        assert len(values) == len(set(values)), f"ids not unique in {space}"
        ids[space] = set(values)
        nodes += len(values)
    for path in sorted(folder.glob("rels_*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        start = re.fullmatch(r":START_ID\((\w+)\)", rows[0][0]).group(1)
        end = re.fullmatch(r":END_ID\((\w+)\)", rows[0][1]).group(1)
        assert rows[0][2] == ":TYPE"
        for row in rows[1:]:
            assert row[0] in ids[start] and row[1] in ids[end]
        relationships += len(rows) - 1
    return ids, nodes, relationships


def test_csv_follows_neo4j_admin_rules(graph, tmp_path):
    command = write_csv(graph, tmp_path / "csv")
    ids, nodes, relationships = parse_admin_csv(tmp_path / "csv")
    assert (nodes, relationships) == (graph.number_of_nodes(), graph.number_of_edges())
    assert f"Person:{ODD}" in ids["Person"]
    assert command.startswith("neo4j-admin database import full")
    assert "--multiline-fields=true" in command and f"--nodes={tmp_path / 'csv' / 'nodes_Person.csv'}" in command
    with (tmp_path / "csv" / "rels_HOLDS_ROLE_Person_Organization.csv").open(encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    assert "articles:string[]" in header


def test_cypher_script_gives_the_same_counts_as_a_direct_load(graph, tmp_path, neo4j_settings):
    path = tmp_path / "g.cypher"
    write_cypher(graph, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    statements = [line for line in lines if line and not line.startswith((":", "//"))]
    assert all(line.endswith(";") for line in statements)
    assert not any("$" in line.split("SET")[0] for line in statements)  # no parameters
    with Neo4jStore(neo4j_settings) as store:
        with store.driver.session(database=neo4j_settings.database) as session:
            for _ in range(2):  # a second run changes nothing
                for statement in statements:
                    session.execute_write(lambda tx, text=statement[:-1]: tx.run(text).consume())
        counts = store.stats()
        back = store.read()
    assert counts == graph_stats(graph)
    assert back.nodes[f"Person:{ODD}"]["name"] == ODD
    assert back.nodes["Article:odd#1"]["reporters"] == [ODD, "王平"]


def test_exports_are_atomic_and_filtered_through_the_cli(tmp_path):
    store = tmp_path / "store"
    CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path / "out"), "--store", str(store)])
    for format_ in ("jsonl", "graphml", "gexf", "cypher", "csv", "html"):
        out = tmp_path / f"p.{format_}"
        result = CliRunner().invoke(cli, ["export", "--format", format_, "-o", str(out), "--person", "周均发",
                                          "--store", str(store)])
        assert result.exit_code == 0, (format_, result.output)
        assert out.exists()
    filtered = read_jsonl(tmp_path / "p.jsonl")
    assert {filtered.nodes[n]["name"] for n in filtered if label_of(n) == "Person"} == {"周均发"}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary files left


@pytest.mark.parametrize("writer, name", [(write_jsonl, "g.jsonl"), (write_graphml, "g.graphml"),
                                          (write_gexf, "g.gexf"), (write_cypher, "g.cypher")])
def test_a_failed_export_leaves_the_previous_file_whole(tmp_path, writer, name):
    target = tmp_path / name
    target.write_text("the previous export", encoding="utf-8")
    broken = nx.MultiDiGraph()
    broken.add_node("Person:甲", **{LABEL_KEY: {"Person"}, "name": "甲", "bad": object()})
    with pytest.raises((TypeError, ValueError, nx.NetworkXError, ExportError)):
        writer(broken, target)
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert [p.name for p in tmp_path.iterdir()] == [name]

"""Each command through click's CliRunner, on real page files."""
from __future__ import annotations

import json
import re
import shutil

import pytest

from click.testing import CliRunner

from kg.cli import cli

SEED = "004_0c3dde0c12c01184.txt"


def run(*args, **kwargs):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kwargs)
    return result


def drawn(page):
    """The nodes and edges a pyvis page hands to vis-network."""
    text = page.read_text(encoding="utf-8")
    found = re.findall(r"new vis\.DataSet\((\[.*?\])\);", text, re.S)
    return json.loads(found[0]), json.loads(found[1])


def records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_command_has_help():
    for command in ("extract", "load", "stats", "export", "build"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Usage: cli " + command in result.output or f"Usage: kg {command}" in result.output


def test_extract_writes_nodes_then_relationships(seeds, tmp_path):
    out = tmp_path / "graph.jsonl"
    result = run("extract", seeds, "-o", out)
    assert result.exit_code == 0, result.output
    lines = records(out)
    kinds = [r["type"] for r in lines]
    assert kinds == sorted(kinds, key=lambda k: k != "node")
    chaired = [r for r in lines if r["type"] == "relationship" and r["label"] == "CHAIRED"]
    assert {"article", "evidence", "rule"} <= set(chaired[0]["properties"])
    assert any(r["start"]["id"] == "Person:周均发" for r in chaired)


def test_unreadable_page_is_named_and_the_rest_goes_on(seeds, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(seeds / SEED, pages / SEED)
    (pages / "broken.txt").write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    out = tmp_path / "graph.jsonl"
    result = run("extract", pages, "-o", out)
    assert result.exit_code == 1
    assert f"Error: {pages / 'broken.txt'}: " in result.stderr
    assert "1 of 2 pages failed" in result.stderr
    assert any(r["id"] == "Person:周均发" for r in records(out))


def test_load_merges_and_stats_counts(seeds, tmp_path):
    store = tmp_path / "store"
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    run("extract", seeds / SEED, "-o", first)
    run("extract", seeds / "000_86c0c9587050140c.txt", "-o", second)
    assert run("load", first, "--store", store).exit_code == 0
    one = run("stats", "--store", store).output
    assert run("load", second, "--store", store).exit_code == 0
    both = run("stats", "--store", store).output
    assert run("load", second, "--store", store).exit_code == 0
    again = run("stats", "--store", store).output
    assert one != both and both == again  # a second load of the same file changes nothing
    assert "Person" in both and "CHAIRED" in both


def test_store_comes_from_the_environment(seeds, tmp_path):
    graph_file = tmp_path / "g.jsonl"
    run("extract", seeds / SEED, "-o", graph_file)
    result = run("load", graph_file, env={"KG_STORE": str(tmp_path / "envstore")})
    assert result.exit_code == 0
    assert (tmp_path / "envstore" / "graph.sqlite").exists()


def test_load_rejects_a_bad_graph_file(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type":"node","id":"Person:甲","labels":["Person"],"properties":{}}\nnot json\n',
                   encoding="utf-8")
    result = run("load", bad, "--store", tmp_path / "store")
    assert result.exit_code == 1
    assert f"Error: {bad}:2: not JSON" in result.stderr
    assert not (tmp_path / "store" / "graph.sqlite").exists()


def test_export_html_of_the_store(seeds, tmp_path):
    graph_file, page = tmp_path / "g.jsonl", tmp_path / "graph.html"
    run("extract", seeds / SEED, "-o", graph_file)
    run("load", graph_file, "--store", tmp_path / "store")
    result = run("export", "--format", "html", "-o", page, "--store", tmp_path / "store")
    assert result.exit_code == 0
    nodes, edges = drawn(page)
    labels = {node["label"] for node in nodes}
    assert "周均发" in labels and "习近平谈治国理政第四卷" in labels
    assert {"主持", "学习", "召开"} <= {edge["label"] for edge in edges}


def test_build_writes_graph_and_page(tmp_path):
    from conftest import EXAMPLES
    out = tmp_path / "out"
    result = run("build", EXAMPLES, "--out", out, "--store", tmp_path / "store")
    assert result.exit_code == 0, result.output
    labels = {r["labels"][0] for r in records(out / "graph.jsonl") if r["type"] == "node"}
    assert {"Person", "Meeting", "Organization", "Document", "Article"} <= labels
    nodes, edges = drawn(out / "graph.html")
    assert {node["group"] for node in nodes} == {"Person", "Meeting", "Organization", "Document"}
    assert edges and all(edge["label"] for edge in edges)


@pytest.mark.parametrize("jobs", [1, 2])
def test_build_draws_the_page_the_store_exports_new_or_not(tmp_path, jobs):
    # into a new store, build draws the pages' graph without reading it back (with two
    # jobs, in a forked process while the store loads): the same page
    from conftest import EXAMPLES, SEEDS
    store, out = tmp_path / "store", tmp_path / "out"
    assert run("build", EXAMPLES, "--out", out, "--store", store, "--jobs", jobs).exit_code == 0
    assert sorted(path.name for path in out.iterdir()) == ["graph.html", "graph.jsonl"]  # nothing left aside
    assert run("export", "--format", "html", "-o", tmp_path / "export.html", "--store", store).exit_code == 0
    assert (out / "graph.html").read_bytes() == (tmp_path / "export.html").read_bytes()
    # near miss: into a store that holds more, the page is the store's, read back
    examples_only = len(drawn(out / "graph.html")[0])
    assert run("build", SEEDS, "--out", out, "--store", store, "--jobs", jobs).exit_code == 0
    assert run("export", "--format", "html", "-o", tmp_path / "export.html", "--store", store).exit_code == 0
    assert (out / "graph.html").read_bytes() == (tmp_path / "export.html").read_bytes()
    assert len(drawn(out / "graph.html")[0]) > examples_only  # the seeds' nodes beside the examples'


def test_no_pages_is_a_clear_error(tmp_path):
    result = run("extract", tmp_path, "-o", tmp_path / "g.jsonl")
    assert result.exit_code == 1
    assert "no pages found (give .txt, .md or .html files" in result.stderr

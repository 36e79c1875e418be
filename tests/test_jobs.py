"""Parallel extraction gives the graph, and the file, that one process gives.

The workers turn articles into graph records and the main process merges them
(``kg.graph.ingest``); these tests hold that merge to ``build.build_graph``, the plain
article-by-article build, and the file to one byte for any number of jobs.
"""
from __future__ import annotations

import json
import tempfile

import pytest

from click.testing import CliRunner
from conftest import EXAMPLES, ROOT, SEEDS

from kg.cli import cli
from kg.extract.pages import find_pages, read_page
from kg.extract.pipeline import extract_page
from kg.extract.records import Article, Triple, entity
from kg.graph.build import build_graph
from kg.graph.ingest import _Assembly, _fragment, graph_from_pages
from kg.errors import GraphFileError
from kg.graph.jsonl import graph_records, write_jsonl

PAGES = [SEEDS, EXAMPLES, ROOT / "tests" / "data" / "real"]


def same_graph(graph, expected) -> None:
    """Equal node for node and edge for edge, in the same order, attributes in the same
    order (what a later merge or a file of the graph could see)."""
    assert [(n, list(a.items())) for n, a in graph.nodes(data=True)] == \
           [(n, list(a.items())) for n, a in expected.nodes(data=True)]
    assert [(u, v, k, list(a.items())) for u, v, k, a in graph.edges(keys=True, data=True)] == \
           [(u, v, k, list(a.items())) for u, v, k, a in expected.edges(keys=True, data=True)]
    assert [(n, list(p)) for n, p in graph.pred.items()] == [(n, list(p)) for n, p in expected.pred.items()]


def test_kg_extract_writes_the_same_bytes_for_any_number_of_jobs(tmp_path):
    outputs = []
    for jobs in (1, 2, 4):
        output = tmp_path / f"jobs{jobs}.jsonl"
        result = CliRunner().invoke(cli, ["-q", "extract", *map(str, PAGES), "-o", str(output), "--jobs", str(jobs)])
        assert result.exit_code == 0, result.output
        outputs.append(output.read_bytes())
    assert outputs[0] and outputs[0] == outputs[1] == outputs[2]


def test_pages_in_parallel_make_the_graph_that_build_graph_makes(tmp_path):
    pages = find_pages(PAGES)
    expected = build_graph(pair for path in pages for pair in extract_page(read_page(path)))
    for jobs in (1, 2):
        graph, failed = graph_from_pages(pages, jobs=jobs)
        assert failed == 0
        same_graph(graph, expected)
    write_jsonl(graph, tmp_path / "graph.jsonl")
    lines = [json.dumps(record, ensure_ascii=False) + "\n" for record in graph_records(expected)]
    assert (tmp_path / "graph.jsonl").read_text(encoding="utf-8") == "".join(lines)


def test_namesakes_resolve_as_build_graph_resolves_them():
    wang = entity("Person", "王毅", name="王毅")
    jiayuguan = entity("Organization", "嘉峪关市政协", name="嘉峪关市政协", kind="政协", level="市", place="嘉峪关")
    national = entity("Organization", "全国政协", name="全国政协", kind="政协", level="全国")
    meeting = entity("Meeting", "全国政协常委会会议@2023-09-16", name="全国政协常委会会议", date="2023-09-16")

    def said(n: int, org, title: str) -> tuple[Article, list[Triple]]:
        article = Article(id=f"p#{n}", source="p", title=f"标题{n}", date=f"2023-09-{n:02d}", reporters=["李明"])
        return article, [Triple(wang, "HOLDS_ROLE", org, article.id, "…", "r", (("role", title),)),
                         Triple(wang, "CHAIRED", meeting, article.id, "…", "r"),
                         Triple(entity("Article", article.id, title=article.title), "MENTIONS", wang, article.id, "", "")]

    items = [said(1, jiayuguan, "主席"), said(2, national, "副主席"), said(3, national, "副主席"),
             said(4, jiayuguan, "党组书记"), said(5, national, "副主席")]
    assembly = _Assembly()
    for article, triples in items:
        assembly.add(_fragment(article, triples))
    graph = assembly.graph()
    same_graph(graph, build_graph(items))
    assert "Person:王毅@全国政协" in graph
    assert graph.edges["Person:王毅@全国政协", "Organization:全国政协", "HOLDS_ROLE|副主席"]["articles"] == \
           ["p#2", "p#3", "p#5"]


def test_a_graph_written_in_parts_by_forked_processes_is_the_same_file(tmp_path, monkeypatch):
    from kg.graph import jsonl

    graph = graph_from_pages(find_pages(PAGES))[0]
    whole = tmp_path / "one.jsonl"
    count = write_jsonl(graph, whole)
    monkeypatch.setattr(jsonl, "PARALLEL_FROM", 10)  # the parts below the size that earns them
    for jobs in (2, 3, 7):
        parts = tmp_path / f"parts{jobs}.jsonl"
        assert write_jsonl(graph, parts, jobs=jobs) == count
        assert parts.read_bytes() == whole.read_bytes()


def test_a_failed_part_leaves_the_old_file_and_no_part_behind(tmp_path, monkeypatch):
    from kg.graph import jsonl

    graph = graph_from_pages(find_pages([EXAMPLES]))[0]
    target = tmp_path / "graph.jsonl"
    target.write_text("the old file\n", encoding="utf-8")
    monkeypatch.setattr(jsonl, "PARALLEL_FROM", 10)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    original = jsonl._lines

    def failing(graph, node_count, start, stop):
        if start > 0:  # the part a forked process writes
            raise RuntimeError("disk gone")
        return original(graph, node_count, start, stop)

    monkeypatch.setattr(jsonl, "_lines", failing)
    with pytest.raises(GraphFileError, match="a writing process failed"):
        write_jsonl(graph, target, jobs=2)
    assert target.read_text(encoding="utf-8") == "the old file\n"
    assert not list(tmp_path.glob("kg-jsonl-part-*")) and not list(tmp_path.glob(".graph.jsonl.*"))


def test_an_archive_sized_graph_is_written_by_one_process(tmp_path, monkeypatch):
    """Past PARALLEL_UP_TO records no part is forked (a forked part would copy the graph):
    a part that would fail is never started, and the file is the one-process file."""
    from kg.graph import jsonl

    graph = graph_from_pages(find_pages([EXAMPLES]))[0]
    whole = tmp_path / "one.jsonl"
    write_jsonl(graph, whole)
    original = jsonl._lines

    def no_later_part(graph, node_count, start, stop):
        if start > 0:
            raise RuntimeError("a part was forked")
        return original(graph, node_count, start, stop)

    monkeypatch.setattr(jsonl, "_lines", no_later_part)
    monkeypatch.setattr(jsonl, "PARALLEL_FROM", 10)
    monkeypatch.setattr(jsonl, "PARALLEL_UP_TO", 20)
    target = tmp_path / "archive.jsonl"
    write_jsonl(graph, target, jobs=2)
    assert target.read_bytes() == whole.read_bytes()
    monkeypatch.setattr(jsonl, "PARALLEL_UP_TO", 10**9)  # the near miss: within the bounds, parts are forked
    with pytest.raises(GraphFileError, match="a writing process failed"):
        write_jsonl(graph, tmp_path / "parts.jsonl", jobs=2)


def test_a_part_is_appended_whole_when_the_kernel_copy_stops_midway(tmp_path, monkeypatch):
    import os

    from kg.graph import jsonl

    aside = tmp_path / "part"
    aside.write_bytes("第二部分\n".encode() * 5000)
    real = os.sendfile
    calls = []

    def stops_after_a_little(out, source, offset, count):
        calls.append(offset)
        if len(calls) > 1:
            raise OSError("sendfile: not between these files")
        return real(out, source, offset, min(count, 1000))

    monkeypatch.setattr(os, "sendfile", stops_after_a_little)
    with open(tmp_path / "out", "w", encoding="utf-8") as handle:
        handle.write("第一部分\n")
        jsonl._append(handle, str(aside))
    assert len(calls) == 2
    assert (tmp_path / "out").read_text(encoding="utf-8") == "第一部分\n" + "第二部分\n" * 5000

"""Bad input, crashes and hostile text: nothing lost, nothing let in."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEEDS
from kg.extract.decode import MAX_PAGE_BYTES
from kg.extract.pages import read_page, split_articles
from kg.graph.jsonl import graph_records, read_jsonl
from kg.graph.store import EmbeddedStore
from kg.cli import cli
from kg.errors import PageError

SEED = SEEDS / "004_0c3dde0c12c01184.txt"


@pytest.fixture(scope="module")
def seed_text():
    return SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_encodings_are_detected(tmp_path, seed_text, encoding):
    path = tmp_path / f"page-{encoding}.txt"
    path.write_bytes(seed_text.encode(encoding))
    page = read_page(path)
    assert page.text.lstrip("\ufeff") == seed_text
    titles = [a.title for a in split_articles(page)]
    assert "嘉峪关市政协十届九次主席会议召开" in titles


def test_an_html_page_is_read_from_its_markup(tmp_path):
    html = ("<!DOCTYPE html><html><head><title>第三版</title><style>p{color:red}</style>"
            "<script>var x = '<p>不是正文</p>';</script></head><body>"
            "<h2>嘉峪关市政协十届九次主席会议召开</h2>"
            "<p>本报嘉峪关讯(通讯员苏天泰)9月16日,嘉峪关市政协主席王毅主持召开市政协十届九次主席会议。"
            "会议专题学习了《习近平谈治国理政》第四卷部分内容。</p></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    page = read_page(path)
    assert "不是正文" not in page.text and "color" not in page.text
    [article] = [a for a in split_articles(page) if a.paragraphs]
    assert article.title == "嘉峪关市政协十届九次主席会议召开"
    assert article.reporters == ["苏天泰"]


@pytest.mark.parametrize("content, reason", [
    (b"", "is empty"),
    (b"\n \n", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, "binary data"),
    (bytes(range(128, 256)) * 20, "neither UTF-8, UTF-16 nor GB18030"),
])
def test_files_that_are_not_pages_are_named_with_the_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(PageError, match=reason) as caught:
        read_page(path)
    assert str(caught.value).startswith(str(path))


def test_a_file_far_larger_than_a_page_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "archive.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_PAGE_BYTES + 1)  # sparse: size without content
    with pytest.raises(PageError, match="larger than a page can be"):
        read_page(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("政协", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(PageError, match="cannot be read: Permission denied"):
        read_page(path)


def test_a_batch_goes_on_past_bad_files_and_says_how_many_failed(tmp_path, seed_text):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a_good.txt").write_text(seed_text, encoding="utf-8")
    (pages / "b_empty.txt").write_bytes(b"")
    (pages / "c_binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (pages / "d_gbk.txt").write_bytes(seed_text.replace("王毅", "王一").encode("gbk"))
    result = CliRunner().invoke(cli, ["extract", str(pages), "-o", str(tmp_path / "g.jsonl"), "--jobs", "2"])
    assert result.exit_code == 1
    assert f"Error: {pages / 'b_empty.txt'}: is empty" in result.stderr
    assert f"Error: {pages / 'c_binary.txt'}: holds binary data" in result.stderr
    assert "2 of 4 pages failed" in result.stderr
    graph = read_jsonl(tmp_path / "g.jsonl")
    assert "Person:王毅" in graph and "Person:王一" in graph


def test_rerunning_gives_the_same_graph(tmp_path):
    outputs = []
    for run in range(2):
        out = tmp_path / f"g{run}.jsonl"
        assert CliRunner().invoke(cli, ["extract", str(SEEDS), "-o", str(out)]).exit_code == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def kg_process(*args, **kwargs):
    return subprocess.Popen([sys.executable, "-m", "kg", "-q", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


@pytest.fixture(scope="module")
def big_graph_file(tmp_path_factory):
    """A graph file large enough that writing the store takes a while."""
    folder = tmp_path_factory.mktemp("big")
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(folder / "pages"), "--articles", "6000"],
                   check=True, capture_output=True)
    assert CliRunner().invoke(cli, ["-q", "extract", str(folder / "pages"), "-o", str(folder / "g.jsonl")]).exit_code == 0
    return folder / "g.jsonl"


def test_a_load_killed_mid_write_leaves_the_previous_store_whole(tmp_path, big_graph_file):
    store = EmbeddedStore(tmp_path / "store")
    small = tmp_path / "small.jsonl"
    CliRunner().invoke(cli, ["extract", str(SEED), "-o", str(small)])
    CliRunner().invoke(cli, ["load", str(small), "--store", str(store.folder)])
    before = list(graph_records(store.read()))
    journal = store.folder / "graph.sqlite-journal"
    process = kg_process("load", big_graph_file, "--store", store.folder)
    deadline = time.monotonic() + 60
    while not journal.exists() and time.monotonic() < deadline:
        time.sleep(0.002)  # wait until it has begun to change the database
    time.sleep(0.2)
    assert journal.exists(), "the load never started writing"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert journal.exists(), "the load finished before it was killed: nothing was tested"
    assert list(graph_records(store.read())) == before  # the half-done load is rolled back
    # The next load completes.
    result = CliRunner().invoke(cli, ["load", str(big_graph_file), "--store", str(store.folder)])
    assert result.exit_code == 0
    assert not journal.exists()
    graph = store.read()
    assert "Person:周均发" in graph and sum(1 for n in graph if n.startswith("Article:gen_")) == 6000


def test_two_loads_at_once_keep_each_others_facts(tmp_path, big_graph_file):
    store = tmp_path / "store"
    small = tmp_path / "small.jsonl"
    CliRunner().invoke(cli, ["extract", str(SEED), "-o", str(small)])
    first = kg_process("load", big_graph_file, "--store", store)
    time.sleep(0.3)
    second = subprocess.run([sys.executable, "-m", "kg", "load", str(small), "--store", str(store)],
                            cwd=ROOT, capture_output=True, text=True)
    first.wait()
    assert first.returncode == 0 and second.returncode == 0
    graph = EmbeddedStore(store).read()
    assert "Person:周均发" in graph  # from the small file
    assert sum(1 for n in graph if n.startswith("Article:gen_")) == 6000  # from the big one

"""Issue 16: nothing a user already has is lost, and every surprise says what happened.
Each case goes through the command line, as a user meets it."""
from __future__ import annotations

import os
import stat
import subprocess
import sys

from click.testing import CliRunner

from kg.cli import cli

SEED = "004_0c3dde0c12c01184.txt"


def run(*args, **kwargs):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kwargs)


def kg(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, **kwargs)


# Outputs -----------------------------------------------------------------------------

def test_a_failed_extract_keeps_the_old_output_byte_for_byte(tmp_path):
    keep = tmp_path / "keep.jsonl"
    keep.write_bytes(b'{"old": "graph"}\n' * 1000)
    before = keep.read_bytes()
    result = run("extract", tmp_path / "nothere.txt", "-o", keep)
    assert result.exit_code == 1
    assert "cannot be read: No such file or directory" in result.stderr
    assert f"Error: could not read the page; {keep} was not written" in result.stderr
    assert keep.read_bytes() == before


def test_no_readable_page_writes_no_new_file(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    out = tmp_path / "new.jsonl"
    result = run("extract", tmp_path / "empty.txt", "-o", out)
    assert result.exit_code == 1
    assert "is empty" in result.stderr
    assert not out.exists()
    assert os.listdir(tmp_path) == ["empty.txt"]


def test_a_symbolic_link_is_written_through(seeds, tmp_path):
    target = tmp_path / "real.jsonl"
    target.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target.name)
    result = run("extract", seeds / SEED, "-o", link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8").startswith('{"type": "node"')


def test_a_device_stays_a_device(seeds):
    result = run("extract", seeds / SEED, "-o", os.devnull)
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_dash_is_standard_output_and_the_summary_goes_to_stderr(seeds, tmp_path):
    done = kg("-q", "extract", seeds / SEED, "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").startswith('{"type": "node"')
    assert not (tmp_path / "-").exists()
    done = kg("extract", seeds / SEED, "-o", "-", cwd=tmp_path)
    assert b"in standard output" in done.stderr
    assert "in standard output" not in done.stdout.decode("utf-8")


# Sizes -------------------------------------------------------------------------------

def test_a_too_large_file_is_named_with_its_own_size_in_mib(tmp_path):
    for mib in (9, 20):
        big = tmp_path / f"big{mib}.txt"
        with big.open("wb") as handle:
            handle.truncate(mib * 2 ** 20)  # sparse: the size without the content
        result = run("extract", big, "-o", tmp_path / "out.jsonl")
        assert result.exit_code == 1
        assert (f"Error: {big}: is {mib}.0 MiB, larger than a page can be (limit 8 MiB); split it into pages"
                in result.stderr)
        assert " MB" not in result.stderr


# Empty is never silent ----------------------------------------------------------------

def test_a_store_folder_that_does_not_exist_is_an_error(tmp_path):
    missing = tmp_path / "nostore"
    for args in (["stats"], ["query", "chairs"], ["export", "-f", "jsonl", "-o", tmp_path / "out.jsonl"]):
        result = run(*args, "--store", missing)
        assert result.exit_code == 1, args
        assert f"Error: {missing}: no such store folder; create it with kg load GRAPH.jsonl --store {missing}" \
            in result.stderr
        assert not missing.exists()
    assert not (tmp_path / "out.jsonl").exists()


def test_a_folder_without_a_graph_is_an_error(tmp_path):
    result = run("stats", "--store", tmp_path)
    assert result.exit_code == 1
    assert f"Error: {tmp_path}: holds no graph; create it with kg load" in result.stderr


def test_loading_what_is_not_a_graph_file_names_what_it_is(seeds, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run("load", tmp_path / "empty.txt", "--store", tmp_path / "store")
    assert result.exit_code == 1
    assert f"Error: {tmp_path / 'empty.txt'}: is empty, not a graph file; make one from pages with kg extract" \
        in result.stderr
    result = run("load", seeds / SEED, "--store", tmp_path / "store")
    assert result.exit_code == 1
    assert "the file is text, not a graph file; make a graph of pages with kg extract" in result.stderr
    (tmp_path / "page.html").write_text("<html><body>x</body></html>\n")
    result = run("load", tmp_path / "page.html", "--store", tmp_path / "store")
    assert "the file is an HTML page, not a graph file" in result.stderr
    (tmp_path / "blob.bin").write_bytes(b"\xff\xfe\x00\x81" * 10)
    result = run("load", tmp_path / "blob.bin", "--store", tmp_path / "store")
    assert result.exit_code == 1
    assert "is not UTF-8 text (a binary file?), not a graph file" in result.stderr
    assert not (tmp_path / "store" / "graph.sqlite").exists()


# Dates -------------------------------------------------------------------------------

def test_a_date_that_is_not_iso_8601_is_refused_by_name(tmp_path):
    for value in ("yesterday", "2022-13-45", "2022-02-30", "09-16", "2022/09/01"):
        result = run("export", "-f", "jsonl", "-o", tmp_path / "out.jsonl", "--store", tmp_path, "--since", value)
        assert result.exit_code == 2, value
        assert f"Invalid value for '--since': {value!r} is not a date; give ISO 8601" in result.stderr
        result = run("query", "chairs", "-p", f"until={value}", "--store", tmp_path)
        assert result.exit_code == 1, value
        assert f"Error: parameter $until: {value!r} is not a date; give ISO 8601: 2023-09-16, 2023-09 or 2023, " \
               "or --09-16 for dates without a year" in result.stderr


def test_iso_dates_and_yearless_dates_are_accepted(seeds, tmp_path):
    store = tmp_path / "store"
    graph = tmp_path / "g.jsonl"
    assert run("extract", seeds / SEED, "-o", graph, "--year", "2023").exit_code == 0
    assert run("load", graph, "--store", store).exit_code == 0
    whole = run("query", "chairs", "--store", store, "--format", "csv").output
    assert "2023-" in whole
    for since, until in (("2023", "2023"), ("2023-01", "2023-12"), ("2023-01-01", "2023-12-31")):
        result = run("query", "chairs", "-p", f"since={since}", "-p", f"until={until}", "--store", store,
                     "--format", "csv")
        assert result.exit_code == 0, result.output
        assert result.output == whole
    result = run("export", "-f", "jsonl", "-o", tmp_path / "out.jsonl", "--store", store, "--until", "2022")
    assert result.exit_code == 0
    assert "Meeting:" not in (tmp_path / "out.jsonl").read_text(encoding="utf-8")


# Cypher ------------------------------------------------------------------------------

def _stored(seeds, tmp_path):
    store = tmp_path / "store"
    assert run("extract", seeds / SEED, "-o", tmp_path / "g.jsonl").exit_code == 0
    assert run("load", tmp_path / "g.jsonl", "--store", store).exit_code == 0
    return store


def test_cypher_text_is_cypher_even_after_a_comment(seeds, tmp_path):
    store = _stored(seeds, tmp_path)
    result = run("query", "// who is there\nMATCH (p:Person) WHERE p.name = '周均发' RETURN p.name AS name",
                 "--store", store, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["name", "周均发"]


def test_the_embedded_store_refuses_writes_naming_the_clause(seeds, tmp_path):
    store = _stored(seeds, tmp_path)
    before = (store / "graph.sqlite").read_bytes()
    for text, clause in (("CREATE (x:Person {name:'p'}) RETURN x.name", "CREATE"),
                         ("MERGE (x:Person {name:'p'})", "MERGE"),
                         ("// tidy\nMATCH (p:Person) DETACH DELETE p", "DETACH DELETE")):
        for write in ([], ["--write"]):
            result = run("query", text, "--store", store, *write)
            assert result.exit_code == 1, text
            assert (f"Error: the embedded store does not change its graph from a query ({clause} writes); "
                    "load graph files with kg load, or run writing queries on Neo4j with --neo4j --write"
                    in result.stderr)
    assert (store / "graph.sqlite").read_bytes() == before


def test_a_syntax_error_shows_line_column_and_a_caret(seeds, tmp_path):
    store = _stored(seeds, tmp_path)
    result = run("query", "MATCH (p:Person)\nRETRN p.name", "--store", store)
    assert result.exit_code == 1
    assert result.stderr == "Error: Cypher syntax error at line 2, column 1\n  RETRN p.name\n  ^\n"


def test_neo4j_runs_a_writing_query_only_with_write(neo4j_settings, tmp_path):
    connection = ["--neo4j-uri", neo4j_settings.uri, "--neo4j-user", neo4j_settings.user,
                  "--neo4j-password", neo4j_settings.password, "--neo4j-database", neo4j_settings.database]
    create = "CREATE (x:Probe {name:'p'}) RETURN x.name AS name"
    count = "MATCH (x:Probe) RETURN count(x) AS n"
    result = run("query", create, *connection)
    assert result.exit_code == 1
    assert "Error: the query writes to Neo4j (CREATE); run it with --write to change the database" in result.stderr
    assert run("query", count, *connection, "--format", "csv").output.splitlines() == ["n", "0"]
    result = run("query", create, *connection, "--write", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["name", "p"]
    assert run("query", count, *connection, "--format", "csv").output.splitlines() == ["n", "1"]


# Small ones --------------------------------------------------------------------------

def test_quiet_is_accepted_after_the_subcommand(seeds, tmp_path):
    result = run("extract", seeds / SEED, "-o", tmp_path / "g.jsonl", "-q")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    result = run("extract", seeds / SEED, "-o", tmp_path / "g.jsonl")
    assert "pages →" in result.stderr


def test_a_reader_that_stops_early_is_no_error(seeds, tmp_path):
    store = _stored(seeds, tmp_path)
    reader = subprocess.Popen([sys.executable, "-m", "kg", "query", "MATCH (a:Article) RETURN a.id",
                               "--store", store], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader.stdout.close()  # like head -1 that has read its line
    stderr = reader.stderr.read()
    assert reader.wait() == 0
    assert b"Traceback" not in stderr and b"Broken pipe" not in stderr


def test_a_repeated_parameter_is_an_error_naming_it(tmp_path):
    result = run("query", "chairs", "-p", "org=甲", "-p", "org=乙", "--store", tmp_path)
    assert result.exit_code == 2
    assert "Invalid value for -p: org is given twice ('甲' and '乙'); give it once" in result.stderr


def test_no_pages_found_names_every_page_kind(tmp_path):
    result = run("extract", tmp_path, "-o", tmp_path / "g.jsonl")
    assert result.exit_code == 1
    assert "Error: no pages found (give .txt, .md or .html files, or folders holding them)" in result.stderr


def test_batch_size_only_where_neo4j_is_written():
    for command in ("load", "build"):
        assert "--batch-size" in run(command, "--help").output
    for command in ("stats", "query", "export"):
        assert "--batch-size" not in run(command, "--help").output
        result = run(command, "--batch-size", "5")
        assert result.exit_code == 2
        assert "Error: No such option '--batch-size'." in result.stderr


def test_a_file_that_is_not_a_page_is_named_when_skipped(seeds, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / SEED).write_bytes((seeds / SEED).read_bytes())
    (pages / "scan.pdf").write_bytes(b"%PDF-1.4")
    (pages / ".DS_Store").write_bytes(b"x")
    result = run("extract", pages, "-o", tmp_path / "g.jsonl")
    assert result.exit_code == 0, result.output
    assert f"skipped {pages / 'scan.pdf'}: not a page (.txt, .md or .html)" in result.stderr
    assert ".DS_Store" not in result.stderr


def test_many_files_that_are_not_pages_are_counted_after_the_first_few(seeds, tmp_path):
    pages = tmp_path / "pages"
    (pages / "gold").mkdir(parents=True)
    (pages / SEED).write_bytes((seeds / SEED).read_bytes())
    for number in range(40):
        (pages / "gold" / f"p{number:02d}.gold.json").write_text("{}", encoding="utf-8")
    (pages / "gold" / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = run("extract", pages, "-o", tmp_path / "g.jsonl")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    assert lines[0] == f"skipped {pages / 'gold' / 'notes.pdf'}: not a page (.txt, .md or .html)"
    assert len(lines) == 6
    assert lines[-1] == "skipped 36 more files that are not pages (.json ×36)"


def test_the_query_list_gives_whole_descriptions():
    result = run("query", "--list")
    assert result.exit_code == 0
    listed = " ".join(result.output.split())
    assert ("A document's spread: which organizations took it up (studied, conveyed, reviewed or adopted it), "
            "the first date each did, and how many days after the first organization.") in listed
    assert all(len(line) <= 88 for line in result.output.splitlines())


# The README's reference --------------------------------------------------------------

def test_the_command_reference_lists_every_option_of_every_command():
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    reference = readme.split("## Command reference", 1)[1].split("\n## ", 1)[0]
    for name, command in cli.commands.items():
        assert f"`kg {name}" in reference, name
        for param in command.params:
            for option in getattr(param, "opts", []):
                if option.startswith("-") and option != "--help":
                    assert f"`{option}" in reference or f"{option}`" in reference or f" {option}" in reference, \
                        (name, option)


def test_the_year_of_a_page_comes_from_its_file_name_or_folder(seeds, tmp_path):
    text = (seeds / SEED).read_bytes()
    (tmp_path / "2021").mkdir()
    (tmp_path / "2021" / SEED).write_bytes(text)
    (tmp_path / "2022-09_page4.txt").write_bytes(text)
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / SEED).write_bytes(text)
    for page, year in ((tmp_path / "2021" / SEED, "2021"), (tmp_path / "2022-09_page4.txt", "2022")):
        graph = tmp_path / "g.jsonl"
        assert run("extract", page, "-o", graph).exit_code == 0
        written = graph.read_text(encoding="utf-8")
        assert f'"{year}-' in written and '"--' not in written
        assert run("extract", page, "-o", graph, "--year", "2019").exit_code == 0
        assert '"2019-' in graph.read_text(encoding="utf-8")
    assert run("extract", tmp_path / "plain" / SEED, "-o", tmp_path / "g.jsonl").exit_code == 0
    assert '"--' in (tmp_path / "g.jsonl").read_text(encoding="utf-8")


def test_document_spread_never_subtracts_a_yearless_date_of_another_page(tmp_path):
    from pathlib import Path

    examples = Path(__file__).parent.parent / "examples"
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("2022-09_northeast_page4.txt", "2022-10_gansu_page5.txt"):
        (pages / name).write_bytes((examples / name).read_bytes())
    title = "title=习近平谈治国理政第四卷"

    def spread():
        assert run("extract", pages, "-o", tmp_path / "g.jsonl").exit_code == 0
        store = tmp_path / f"s{len(list(pages.iterdir()))}"
        assert run("load", tmp_path / "g.jsonl", "--store", store).exit_code == 0
        return run("query", "document_spread", "-p", title, "--store", store, "--format", "csv")

    dated = spread()
    assert dated.exit_code == 0
    assert "哈尔滨市政协,2022-09-08,0" in dated.stdout and "兰州市政协,2022-10-13,35" in dated.stdout
    assert "note:" not in dated.stderr
    (pages / "northwest.txt").write_bytes((examples / "2022-12_northwest_page4.txt").read_bytes())
    mixed = spread()
    assert mixed.exit_code == 0
    assert "天水市政协,--12-19,0" in mixed.stdout  # the yearless page's own first date
    assert "哈尔滨市政协,2022-09-08,\n" in mixed.stdout and "兰州市政协,2022-10-13,\n" in mixed.stdout
    assert "note: days_after_first is left empty between dates of different pages where one has no year" \
           in mixed.stderr


def test_a_filter_that_matches_nothing_says_what_it_searched(seeds, tmp_path):
    store = _stored(seeds, tmp_path)
    result = run("query", "chairs", "-p", "org=无此政协", "-p", "since=--09-01", "--store", store)
    assert result.exit_code == 0
    assert "note: nothing in the store matches -p org=无此政协 -p since=--09-01" in result.stderr
    result = run("export", "-f", "jsonl", "-o", tmp_path / "out.jsonl", "--store", store,
                 "--person", "无此人", "--until", "--09-01")
    assert result.exit_code == 0
    assert "note: nothing in the store matches --person=无此人 --until=--09-01" in result.stderr
    result = run("query", "chairs", "--store", store)
    assert "note:" not in result.stderr


def test_a_load_waits_for_a_held_store_and_says_so(seeds, tmp_path):
    import fcntl
    import threading
    import time

    from kg.graph.store import LOCK_FILE

    store = tmp_path / "store"
    store.mkdir()
    assert run("extract", seeds / SEED, "-o", tmp_path / "g.jsonl").exit_code == 0
    with open(store / LOCK_FILE, "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        loading = subprocess.Popen([sys.executable, "-m", "kg", "load", str(tmp_path / "g.jsonl"), "--store", str(store)],
                                   stderr=subprocess.PIPE, text=True)
        guard = threading.Timer(30, loading.kill)  # no message would hang the test: end it instead
        guard.start()
        first = loading.stderr.readline()  # written while the lock is still held
        guard.cancel()
        time.sleep(0.5)
        assert loading.poll() is None  # still waiting
        fcntl.flock(held, fcntl.LOCK_UN)
    rest = loading.communicate(timeout=60)[1]
    assert first == f"waiting for another kg process to release {store} …\n"
    assert loading.returncode == 0
    assert "stored:" in rest


def test_the_eta_is_shown_only_once_it_means_something(tmp_path):
    import io
    import time

    import click

    from kg.cli import _eta_bar

    bar = _eta_bar(click.progressbar(range(100), label="Extracting", file=io.StringIO(), show_pos=True))
    bar.pos, bar.eta_known, bar.avg = 1, True, [0.5]
    assert ":" not in bar.format_progress_line().split("Extracting")[1]  # 1 %, just started
    bar.start = time.time() - 3
    assert ":" not in bar.format_progress_line().split("Extracting")[1]  # 3 s but 1 %
    bar.pos = 10
    assert "00:00:" in bar.format_progress_line()  # 3 s and 10 %: an estimate


def test_load_and_drawing_say_what_they_do_on_a_terminal(seeds, tmp_path, monkeypatch):
    assert run("extract", seeds / SEED, "-o", tmp_path / "g.jsonl").exit_code == 0
    monkeypatch.setattr("kg.cli._show_progress", lambda ctx: True)
    result = run("load", tmp_path / "g.jsonl", "--store", tmp_path / "store")
    assert result.exit_code == 0 and "Loading: " in result.stderr and " rows …" in result.stderr
    result = run("export", "-o", tmp_path / "g.html", "--store", tmp_path / "store")
    assert result.exit_code == 0 and "Drawing: laying out " in result.stderr
    monkeypatch.setattr("kg.cli._show_progress", lambda ctx: False)
    result = run("load", tmp_path / "g.jsonl", "--store", tmp_path / "store")
    assert "Loading: " not in result.stderr

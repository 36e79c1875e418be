"""``kg shell`` as an analyst meets it: a real process fed through standard input, on the
embedded store and on Neo4j (a real Bolt server), and once through a pseudo-terminal."""
from __future__ import annotations

import io
import os
import re
import select
import subprocess
import sys
import time

import pytest
from conftest import ROOT

import kg
from kg.shell import Shell, split_statements

ZHOU = "MATCH (p:Person) WHERE p.name CONTAINS '周' RETURN p.name AS name;"


@pytest.fixture(scope="module")
def seed_graph(seeds):
    return kg.extract_graph([seeds])


@pytest.fixture(scope="module")
def store(seed_graph, tmp_path_factory):
    folder = tmp_path_factory.mktemp("shell") / "store"
    with kg.open_store(folder) as opened:
        opened.load(seed_graph)
    return folder


def environment(tmp_path) -> dict:
    return {**os.environ, "KG_HISTORY": str(tmp_path / "history"), "PYTHONIOENCODING": "utf-8"}


def kg_shell(tmp_path, text: str, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", "shell", *map(str, args)], input=text, capture_output=True,
                          encoding="utf-8", cwd=ROOT, env=environment(tmp_path), timeout=300, check=False)


def test_a_piped_statement_prints_just_its_rows(store, tmp_path):
    done = kg_shell(tmp_path, "MATCH (p:Person) RETURN count(p) AS persons;\n", "--store", store)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "persons\n-------\n37\n(1 row)\n"  # no greeting, no prompt
    assert done.stderr.startswith("1 row, ") and done.stderr.rstrip().endswith(" ms")


def test_statements_over_lines_and_several_on_a_line(store, tmp_path):
    text = ("MATCH (p:Person)\n"
            "WHERE p.name CONTAINS '周'\n"
            "RETURN p.name AS name; MATCH (o:Organization) WHERE o.name = '康县;政协' RETURN o.name AS name;\n"
            "MATCH (o:Organization) WHERE o.name = '康县政协' RETURN o.name AS kang\n")  # the last one needs no ;
    done = kg_shell(tmp_path, text, "--store", store)
    assert done.returncode == 0, done.stderr
    first, second, third = done.stdout.split("\n(")[:3]
    assert sorted(first.splitlines()[2:]) == sorted(["周均发", "周军林"])
    assert second.startswith("2 rows)\nname\n----") and "康县" not in second  # ; in a string is no end
    assert third.startswith("0 rows)\nkang\n") and "康县政协" in third
    assert [line.split(",")[0] for line in done.stderr.splitlines()] == ["2 rows", "0 rows", "1 row"]


def test_a_bad_statement_is_reported_and_the_next_is_answered(store, tmp_path):
    text = ("MATCH (n RETURN n;\n"
            "chair org=康县政协\n"
            "person_profile\n"
            "chairs nosuch=1\n"
            ":nosuch\n"
            f"{ZHOU}\n")
    done = kg_shell(tmp_path, text, "--store", store)
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error: ")]
    assert errors == [
        "Error: Cypher syntax error at line 1, column 10",
        "Error: no query named 'chair' (:help lists them), and it is not Cypher text",
        "Error: query 'person_profile' needs -p name=… (the person's name, as printed: 周均发)",
        "Error: query 'chairs' has no parameter $nosuch (it takes $org, $person, $since, $until)",
        "Error: no command :nosuch (:help lists them)",
    ]
    assert "周均发" in done.stdout and "周军林" in done.stdout
    assert done.returncode == 1  # a script learns that something failed


def test_parameters_are_shown_used_and_cleared(store, tmp_path):
    text = (":param org => '康县政协'\n"
            ":param min=2\n"
            ":params\n"
            "chairs\n"
            "MATCH (o:Organization) WHERE o.name = $org RETURN o.name AS name;\n"
            "chairs -p org=两当县政协\n"
            ":params clear\n"
            ":params\n"
            "MATCH (o:Organization) WHERE o.name = $org RETURN o.name AS name;\n")
    done = kg_shell(tmp_path, text, "--store", store)
    blocks = done.stdout.split(")\n")
    assert blocks[0].startswith(":param min => 2\n:param org => '康县政协'\nperson  organization")
    assert "唐正林  康县政协" in blocks[0] and "刘树武" not in blocks[0]  # chairs took $org from :param
    assert blocks[1] == "name\n--------\n康县政协\n(1 row"
    assert "李艾婷  两当县政协" in blocks[2] and "康县政协" not in blocks[2]  # a value on the line comes first
    assert blocks[3] == "(no parameters set"
    assert "Error: the statement uses $org, which is not set; set it with :param org => value" in done.stderr


def test_format_and_exit(store, tmp_path):
    text = f":format csv\n{ZHOU}\n:format xml\n:format json\nchairs org=康县政协\n:exit\n{ZHOU}\n"
    done = kg_shell(tmp_path, text, "-q", "--store", store)
    assert done.stdout.startswith("name\n周")
    assert '"person": "唐正林"' in done.stdout and done.stdout.count("周均发") == 1  # nothing after :exit
    assert done.stderr == "Error: :format xml: choose from table, csv, json\n"  # -q: no row counts


def test_help_lists_the_commands_and_the_library(store, tmp_path):
    done = kg_shell(tmp_path, ":help\n", "--store", store)
    for command in (":param NAME => VALUE", ":params clear", ":format table|csv|json", ":exit, :quit"):
        assert command in done.stdout
    assert "  chairs [org=…] [person=…] [since=…] [until=…]\n      Who chaired which meetings" in done.stdout
    assert "  person_profile name=…\n" in done.stdout


def test_a_missing_store_stops_before_reading(tmp_path):
    done = kg_shell(tmp_path, f"{ZHOU}\n", "--store", tmp_path / "nosuch")
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: {tmp_path / 'nosuch'}: no such store folder")
    assert done.stdout == ""


def test_the_shell_runs_without_a_terminal_or_a_process(store):
    """The library: any store, any streams; ``interactive`` prints the prompts."""
    out, err = io.StringIO(), io.StringIO()
    with kg.open_store(store) as opened:
        failures = Shell(opened, stdout=out, stderr=err, name="seeds").run(
            io.StringIO("MATCH (p:Person)\nWHERE p.name = '周均发' RETURN p.name AS name;\n"), interactive=True)
    assert failures == 0
    nodes = sum(kg.open_store(store).stats()["nodes"].values())
    assert out.getvalue().startswith(f"Connected to seeds: {nodes} nodes, ")
    assert "kg@seeds> ...> name\n------\n周均发\n(1 row)\nkg@seeds> \n" in out.getvalue()


def test_split_statements_keeps_strings_and_comments_whole():
    assert split_statements("RETURN 'a;b' AS x; // c;\nRETURN 1 /* ; */;\nMATCH (n)") == (
        ["RETURN 'a;b' AS x", "// c;\nRETURN 1 /* ; */"], "\nMATCH (n)")
    assert split_statements("RETURN 'unclosed ;") == ([], "RETURN 'unclosed ;")


def test_the_shell_on_neo4j(seed_graph, neo4j_settings, tmp_path):
    with kg.open_store(neo4j_settings.uri, neo4j=True, user=neo4j_settings.user, password=neo4j_settings.password,
                       database=neo4j_settings.database) as neo4j:
        neo4j.load(seed_graph)
    connection = ["--neo4j-uri", neo4j_settings.uri, "--neo4j-user", neo4j_settings.user,
                  "--neo4j-password", neo4j_settings.password, "--neo4j-database", neo4j_settings.database]
    text = (":param person => '周'\n"
            "MATCH (p:Person) WHERE p.name CONTAINS $person\n"
            "WITH p ORDER BY p.name RETURN collect(p.name) AS names;\n"  # WITH: Neo4j's, not the embedded engine's
            "MATCH (n RETURN n;\n"
            "CREATE (p:Person {id: 'Person:甲', name: '甲'});\n"
            ":format csv\n"
            "chairs org=政协\n"  # and $person from :param
            "MATCH (p:Person) RETURN count(p) AS persons;\n")
    done = kg_shell(tmp_path, text, *connection)
    assert done.returncode == 1
    assert "names\n--------------\n周军林、周均发\n(1 row)\n" in done.stdout
    assert "person,organization,date,meeting,session\n周均发,张掖市政协,--09-16,张掖市政协党组" in done.stdout
    assert "唐正林" not in done.stdout
    assert done.stdout.endswith("persons\n37\n")  # nothing was created
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 2 and "run it with --write" in errors[1]


@pytest.mark.parametrize("parent_sigint", ["as Python sets it", "ignored and blocked"])
def test_the_shell_on_a_terminal(store, tmp_path, parent_sigint):
    """Through a pseudo-terminal: greeting, prompts, continuation, Ctrl-C dropping the
    line being typed, :exit, and the history kept in $KG_HISTORY. Ctrl-C works too when
    whatever started the shell ignored and blocked SIGINT (nohup, some test runners)."""
    import fcntl
    import pty
    import signal
    import termios

    master, terminal = pty.openpty()

    def take_the_terminal():  # the child's own session, this terminal its controlling one: Ctrl-C reaches it
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)
        if parent_sigint != "as Python sets it":
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})

    process = subprocess.Popen([sys.executable, "-m", "kg", "shell", "--store", str(store)], stdin=terminal,
                               stdout=terminal, stderr=terminal, cwd=ROOT, env=environment(tmp_path),
                               preexec_fn=take_the_terminal)
    os.close(terminal)

    def read_until(text: str) -> str:
        seen, deadline = b"", time.monotonic() + 120
        while text.encode() not in seen:
            assert time.monotonic() < deadline, seen.decode(errors="replace")
            if select.select([master], [], [], 0.2)[0]:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # the child closed the terminal
                    chunk = b""
                assert chunk, seen.decode(errors="replace")
                seen += chunk
        return seen.decode()

    try:
        assert re.search(r"Connected to store: \d+ nodes, \d+ relationships", read_until("kg@store> "))
        os.write(master, b"MATCH (p:Person)\n")
        read_until("...> ")
        os.write(master, "WHERE p.name = '周均发' RETURN p.name AS name;\n".encode())
        assert "name\r\n------\r\n周均发\r\n(1 row)" in read_until("kg@store> ")
        os.write(master, b"MATCH (half")
        time.sleep(0.5)
        os.write(master, b"\x03")  # Ctrl-C: the half-typed line is dropped, the shell stays
        read_until("kg@store> ")
        os.write(master, "chairs org=康县政协;\n".encode())
        answer = read_until("kg@store> ")
        assert "唐正林" in answer and "Error" not in answer  # not taken as the rest of MATCH (half
        os.write(master, b":exit\n")
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
        os.close(master)
    history = (tmp_path / "history").read_text(encoding="utf-8").splitlines()
    assert history[-3:] == ["MATCH (p:Person) WHERE p.name = '周均发' RETURN p.name AS name;", "chairs org=康县政协;",
                            ":exit"]

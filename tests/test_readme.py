"""The README's query examples print what the README shows."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

from click.testing import CliRunner

from conftest import ROOT, SEEDS
from kg.cli import cli


def test_readme_query_outputs_are_real(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-q", "build", str(SEEDS), "--out", str(tmp_path / "out"),
                               "--store", str(tmp_path / "store")]).exit_code == 0
    examples = re.findall(r"^\$ kg query (.+)\n((?:(?!\$ |```).*\n)+)", readme, re.M)
    assert len(examples) >= 3
    for arguments, shown in examples:
        result = runner.invoke(cli, ["query", *arguments.split(), "--store", str(tmp_path / "store")])
        assert result.exit_code == 0
        assert result.output.strip() == shown.strip(), arguments


def test_every_command_in_the_reference_has_help():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in sorted(set(re.findall(r"^\| `kg (\w+)", readme, re.M))):
        result = CliRunner().invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and len(result.output) > 100, command


def test_the_from_python_section_runs(tmp_path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## From Python", 1)[1].split("\n## ", 1)[0]
    [code] = re.findall(r"```python\n(.*?)```", section, re.S)
    shown = re.search(r"which prints `([^`]+)`", section).group(1)
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md (From Python)", "exec"), {})
    assert capsys.readouterr().out.strip() == shown
    assert {"graph.jsonl", "graph.html", "kg-store"} <= {p.name for p in tmp_path.iterdir()}


def test_import_kg_is_cheap_and_lists_its_face():
    code = ("import sys, kg; assert 'networkx' not in sys.modules and 'jieba' not in sys.modules, sorted(sys.modules); "
            "assert all(hasattr(kg, name) for name in kg.__all__); print(' '.join(kg.__all__))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert {"extract_graph", "open_store", "export", "read_graph", "write_graph", "Store"} <= set(done.stdout.split())

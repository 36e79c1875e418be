"""The README's query examples print what the README shows."""
from __future__ import annotations

import re

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

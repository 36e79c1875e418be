"""The extractor's score with ../shared/eval/score.py: on the dev pages, and on the
team's sample pages (other provinces and levels) against gold written for them."""
from __future__ import annotations

import importlib.util

import pytest
from click.testing import CliRunner

from conftest import GOLD, SHARED, TEAM_GOLD, TEAM_PAGES
from kg.cli import cli

STRICT = ("persons", "roles", "chairs", "documents", "reporters")


def score(pages, gold, tmp_path):
    out = tmp_path / "graph.jsonl"
    result = CliRunner().invoke(cli, ["extract", *map(str, pages), "-o", str(out)])
    assert result.exit_code == 0, result.output
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer.score(out, scorer.gold_files([str(gold)]))


@pytest.mark.parametrize("pages, gold", [([SHARED / "corpus" / "seeds"], GOLD), (TEAM_PAGES, TEAM_GOLD)],
                         ids=["dev-seeds", "team-examples"])
def test_score_meets_the_bar(pages, gold, tmp_path):
    result = score(pages, gold, tmp_path)
    assert result["overall_f1"] >= 0.95, result
    for name in STRICT:
        assert result[name]["f1"] >= 0.90, (name, result[name])



REAL = GOLD.parent.parent.parent / "real"
# Real published pages with gold written by people who had not read the extractor:
# the released set (r) and the batches gathered since. Each set is held at the level
# the extractor has reached on it (bench/RESULTS.md has the figures), so a change that
# loses ground on real text fails here.
REAL_FLOORS = {"r": 0.96, "a": 0.94, "p1": 0.92, "p2": 0.95, "p3": 0.91, "p4": 0.95, "p5": 0.94, "p6": 0.92,
               "p7": 0.91, "p8": 0.93, "p9": 0.95, "p10": 0.95, "p11": 0.91, "p12": 0.95, "p13": 0.94,
               "p14": 0.90, "p15": 0.96, "p16": 0.95, "p17": 0.94, "p18": 0.92, "p19": 0.92, "p20": 0.93,
               "p21": 0.97, "p22": 0.93, "p23": 0.72, "p24": 0.86, "p25": 0.88, "p26": 0.90, "p27": 0.95,
               "p28": 0.91, "p29": 0.92, "p30": 0.76, "p31": 0.85, "p32": 0.95, "p33": 0.70, "p34": 0.75,
               "p35": 0.90, "p36": 0.92, "p37": 0.97, "p38": 0.90}


@pytest.mark.parametrize("name", sorted(REAL_FLOORS))
def test_real_pages_hold_their_level(name, tmp_path):
    folder = REAL / name
    result = score(sorted(folder.glob("*.txt")), folder, tmp_path)
    assert result["overall_f1"] >= REAL_FLOORS[name], {k: result[k] for k in STRICT}

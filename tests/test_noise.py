"""The score on the dev pages holds when the pages are made noisier."""
from __future__ import annotations

import importlib.util

import pytest

from conftest import GOLD, SHARED
from noise import noisy
from kg.cli import cli
from click.testing import CliRunner


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def overall(pages_dir, tmp_path, name):
    out = tmp_path / f"{name}.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(pages_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    scorer = load_scorer()
    return scorer.score(out, scorer.gold_files([str(GOLD)]))["overall_f1"]


def test_noise_really_changes_the_text(seeds):
    text = (seeds / "004_0c3dde0c12c01184.txt").read_text(encoding="utf-8")
    changed = noisy(text)
    assert changed != text and changed.count("\n\n") > text.count("\n\n")
    assert changed.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")


@pytest.mark.parametrize("seed, space_rate", [(1, 0.04), (2, 0.04), (12, 0.04), (32, 0.2), (38, 0.2)])
def test_score_holds_on_noisier_pages(seeds, tmp_path, seed, space_rate):
    clean = overall(seeds, tmp_path, "clean")
    noisy_dir = tmp_path / f"noisy{seed}"
    noisy_dir.mkdir()
    for page in seeds.glob("*.txt"):
        (noisy_dir / page.name).write_text(noisy(page.read_text(encoding="utf-8"), seed=seed,
                                                                  space_rate=space_rate), encoding="utf-8")
    assert clean >= 0.95
    assert overall(noisy_dir, tmp_path, f"noisy{seed}") >= clean - 0.03


def test_a_page_in_traditional_characters_reads_like_its_simplified_original(seeds, tmp_path):
    import opencc

    pages = tmp_path / "traditional"
    pages.mkdir()
    for page in seeds.glob("*.txt"):
        traditional = opencc.OpenCC("s2t").convert(page.read_text(encoding="utf-8"))
        assert "協" in traditional
        (pages / page.name).write_text(traditional, encoding="utf-8")
    assert overall(pages, tmp_path, "traditional") == overall(seeds, tmp_path, "simplified")


def test_score_holds_on_the_team_pages_made_noisier(tmp_path):
    from conftest import TEAM_GOLD, TEAM_PAGES

    scorer = load_scorer()
    scores = {}
    for name, rate in (("clean", 0.0), ("noisy", 0.2)):
        folder = tmp_path / name
        folder.mkdir()
        for page in TEAM_PAGES:
            text = page.read_text(encoding="utf-8")
            (folder / page.name).write_text(noisy(text, seed=32, space_rate=rate) if rate else text, encoding="utf-8")
        out = tmp_path / f"{name}.jsonl"
        result = CliRunner().invoke(cli, ["extract", str(folder), "-o", str(out)])
        assert result.exit_code == 0, result.output
        scores[name] = scorer.score(out, scorer.gold_files([str(TEAM_GOLD)]))["overall_f1"]
    assert scores["clean"] >= 0.95
    assert scores["noisy"] >= scores["clean"] - 0.03, scores


def test_score_holds_on_the_real_pages_made_noisier(tmp_path):
    """The released real pages (tests/data/real/r) with spaces inside CJK runs and lines
    broken by blank lines score within 0.03 of the clean pages."""
    real = GOLD.parent.parent.parent / "real" / "r"
    scorer = load_scorer()
    scores = {}
    for name in ("clean", "noisy"):
        folder = tmp_path / name
        folder.mkdir()
        for page in sorted(real.glob("*.txt")):
            text = page.read_text(encoding="utf-8")
            (folder / page.name).write_text(noisy(text) if name == "noisy" else text, encoding="utf-8")
        out = tmp_path / f"{name}.jsonl"
        result = CliRunner().invoke(cli, ["extract", str(folder), "-o", str(out)])
        assert result.exit_code == 0, result.output
        scores[name] = scorer.score(out, scorer.gold_files([str(real)]))["overall_f1"]
    assert scores["noisy"] >= scores["clean"] - 0.03, scores

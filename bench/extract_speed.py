#!/usr/bin/env python3
"""Extraction throughput beside jieba.cut's on the same text.

    python bench/extract_speed.py [PAGES ...] [--repeat N] [--generated N]

Measures two texts: the pages given (default: ../shared/corpus/seeds and examples/),
repeated N times to get a measurable amount of text, and a corpus of distinct pages from
bench/generate.py (N articles; 0 to skip), where nothing repeats for a cache to remember.
Each is timed in turns (``--rounds``) and the medians compared.
Prints MB/s of UTF-8 text for the extractor (pages → articles → triples) and for
jieba.cut alone (precise mode), and their ratio, for each.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from kg.extract.pages import find_pages, read_page  # noqa: E402
from kg.extract.pipeline import extract_page  # noqa: E402
from kg.extract.records import Page  # noqa: E402
from kg.extract.segmenter import cut, warm_up  # noqa: E402
from kg.graph.ingest import paused_gc  # noqa: E402
from generate import generate  # noqa: E402


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def measure(label: str, pages: list[Page], rounds: int) -> float:
    """Print one text's figures; return the extraction / jieba.cut speed ratio.

    Extraction and jieba.cut take turns ``rounds`` times over the same pages, and the
    median of each is kept: on a shared machine one pass of either swings by 10%."""
    megabytes = sum(len(page.text.encode("utf-8")) for page in pages) / 1e6
    extract_runs, jieba_runs, triples = [], [], []
    for _ in range(rounds):
        triples.clear()
        with paused_gc():  # as the CLI extracts (kg.graph.ingest): its records kept, no collection
            extract_runs.append(timed(lambda: triples.extend(t for page in pages for _, found in extract_page(page)
                                                             for t in found)))
        jieba_runs.append(timed(lambda: [cut(page.text) for page in pages]))
    extract_seconds, jieba_seconds = statistics.median(extract_runs), statistics.median(jieba_runs)
    extract_rate, jieba_rate = megabytes / extract_seconds, megabytes / jieba_seconds
    print(f"{label}: {len(pages)} pages, {megabytes:.2f} MB UTF-8, {len(triples)} triples; median of {rounds}")
    print(f"  {'stage':<20}{'seconds':>10}{'MB/s':>10}")
    print(f"  {'extraction':<20}{extract_seconds:>10.2f}{extract_rate:>10.3f}"
          f"   (runs {', '.join(f'{t:.2f}' for t in extract_runs)})")
    print(f"  {'jieba.cut alone':<20}{jieba_seconds:>10.2f}{jieba_rate:>10.3f}"
          f"   (runs {', '.join(f'{t:.2f}' for t in jieba_runs)})")
    print(f"  extraction / jieba.cut speed: {extract_rate / jieba_rate:.2f} (target ≥ 0.5)")
    return extract_rate / jieba_rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", default=[str(ROOT.parent / "shared" / "corpus" / "seeds"),
                                                      str(ROOT / "examples")])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--generated", type=int, default=8000, help="articles of distinct generated pages")
    parser.add_argument("--rounds", type=int, default=3, help="turns of each, of which the median is kept")
    args = parser.parse_args()
    pages = [read_page(path) for path in find_pages(args.pages)]
    warm_up()
    list(extract_page(pages[0]))  # load lexicons, gazetteer and OpenCC before timing
    copies = [Page(f"{page.source}-{n}", page.path, page.text) for n in range(args.repeat) for page in pages]
    measure(f"the pages given, {args.repeat} times", copies, args.rounds)
    if args.generated:
        with tempfile.TemporaryDirectory() as folder:
            generate(Path(folder), args.generated, 8, seed=7)
            measure(f"generated pages, {args.generated} distinct articles",
                    [read_page(path) for path in find_pages([folder])], args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())

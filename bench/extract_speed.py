#!/usr/bin/env python3
"""Extraction throughput beside jieba.cut's on the same text.

    python bench/extract_speed.py [PAGES ...] [--repeat N]

Reads the pages (default: ../shared/corpus/seeds and examples/), repeats them N times
to get a measurable amount of text, and prints MB/s of UTF-8 text for the extractor
(pages → articles → triples) and for jieba.cut alone (precise mode), and their ratio.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.pages import find_pages, read_page  # noqa: E402
from extract.pipeline import extract_page  # noqa: E402
from extract.records import Page  # noqa: E402
from extract.segmenter import cut, warm_up  # noqa: E402


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", default=[str(ROOT.parent / "shared" / "corpus" / "seeds"),
                                                      str(ROOT / "examples")])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    pages = [read_page(path) for path in find_pages(args.pages)]
    copies = [Page(f"{page.source}-{n}", page.path, page.text) for n in range(args.repeat) for page in pages]
    megabytes = sum(len(page.text.encode("utf-8")) for page in copies) / 1e6
    warm_up()
    list(extract_page(pages[0]))  # load lexicons, gazetteer and OpenCC before timing

    extract_seconds = timed(lambda: [list(extract_page(page)) for page in copies])
    jieba_seconds = timed(lambda: [cut(page.text) for page in copies])
    triples = sum(len(t) for page in pages for _, t in extract_page(page)) * args.repeat

    extract_rate, jieba_rate = megabytes / extract_seconds, megabytes / jieba_seconds
    print(f"text: {len(copies)} pages, {megabytes:.2f} MB UTF-8, {triples} triples")
    print(f"{'stage':<22}{'seconds':>10}{'MB/s':>10}")
    print(f"{'extraction':<22}{extract_seconds:>10.2f}{extract_rate:>10.3f}")
    print(f"{'jieba.cut alone':<22}{jieba_seconds:>10.2f}{jieba_rate:>10.3f}")
    print(f"extraction / jieba.cut speed: {extract_rate / jieba_rate:.2f} (target ≥ 0.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""How much faster ``kg extract`` runs with two worker processes than with one.

    python bench/jobs_speed.py [PAGES] [--articles 40000] [--repeat 3] [--jobs 1,2,4]

Takes a folder of pages, or generates one with bench/generate.py (``--articles``
articles, 8 a page, in a temporary folder). Runs the real CLI, ``kg -q extract PAGES
--jobs N -o FILE``, in its own process ``--repeat`` times for each N, and prints the
median wall time of each, the speed-up of each over one job, and whether the output
files are byte-identical across job counts (they must be).

The runs are taken in rounds, one of each job count a round (1, 2, 1, 2, …), not all of
one count and then all of the next: on a shared machine the speed drifts by 20–30% over
minutes, and runs taken in blocks fold that drift into the speed-up. Each round's own
speed-up (its runs were taken side by side in time) is printed too, with their median.
"""
from __future__ import annotations

import argparse
import filecmp
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def extract_seconds(pages: Path, jobs: int, output: Path) -> float:
    """Wall seconds of one ``kg extract`` run."""
    command = [sys.executable, "-m", "kg", "-q", "extract", str(pages), "--jobs", str(jobs), "-o", str(output)]
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="?", type=Path, help="folder of pages (default: generate one)")
    parser.add_argument("--articles", type=int, default=40000, help="articles to generate when no PAGES are given")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each job count; the median is shown")
    parser.add_argument("--jobs", default="1,2", help="job counts to compare, the first the baseline")
    args = parser.parse_args()
    job_counts = [int(n) for n in args.jobs.split(",")]
    with tempfile.TemporaryDirectory(prefix="kg-jobs-") as workdir:
        workdir = Path(workdir)
        pages = args.pages
        if pages is None:
            pages = workdir / "pages"
            subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(pages),
                            "--articles", str(args.articles)], check=True, capture_output=True)
            (pages / "gold").rename(workdir / "gold")  # answers, not pages
        count = sum(1 for _ in pages.rglob("*") if _.suffix in (".txt", ".md", ".html"))
        print(f"{count} pages in {pages}; {os.cpu_count()} cores, Python {platform.python_version()}")
        runs: dict[int, list[float]] = {jobs: [] for jobs in job_counts}
        for _ in range(args.repeat):
            for jobs in job_counts:
                runs[jobs].append(extract_seconds(pages, jobs, workdir / f"out-j{jobs}.jsonl"))
        medians = {jobs: statistics.median(times) for jobs, times in runs.items()}
        for jobs in job_counts:
            shown = ", ".join(f"{s:.1f}" for s in runs[jobs])
            print(f"  --jobs {jobs}: median {medians[jobs]:6.1f} s  (runs {shown})")
        base = job_counts[0]
        for jobs in job_counts[1:]:
            rounds = [one / many for one, many in zip(runs[base], runs[jobs])]
            shown = ", ".join(f"{r:.2f}" for r in rounds)
            print(f"  speed-up --jobs {jobs} over --jobs {base}: {medians[base] / medians[jobs]:.2f}x of the medians; "
                  f"by round {shown}, median {statistics.median(rounds):.2f}x")
        outputs = [workdir / f"out-j{jobs}.jsonl" for jobs in job_counts]
        same = all(filecmp.cmp(outputs[0], other, shallow=False) for other in outputs[1:])
        print(f"  outputs byte-identical across job counts: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The archive-scale benchmark: a 100k-article embedded store, step by step, in one run.

    python bench/archive.py [--articles 100000] [--new 800] [--workdir DIR]

Generates a corpus (bench/generate.py) and a second one of ``--new`` articles (100
pages of 8), then runs the real CLI as an analyst would, each step in its own process,
and prints its wall time and peak memory (``/usr/bin/time``): extract with 1 and 2 jobs,
the first load into an empty store, a load of the 100 new pages into the full store, a
reload of each file, ``stats``, three library queries with a parameter, a filtered and a
capped HTML export, and ``kg build`` of the whole corpus into a fresh store.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import KG, ROOT, peak_of  # noqa: E402  (the one way bench scripts run a step)


def generate(folder: Path, articles: int, seed: int) -> None:
    if not folder.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(folder), "--articles", str(articles),
                        "--seed", str(seed)], check=True, capture_output=True, cwd=ROOT)


def first_value(store: Path, cypher: str) -> str:
    out = subprocess.run([*KG, "query", cypher, "--format", "csv", "--store", str(store)], capture_output=True,
                         text=True, cwd=ROOT, check=True).stdout.splitlines()
    return out[1] if len(out) > 1 else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=800, help="articles in the pages loaded into the full store")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--skip-one-job", action="store_true", help="leave out the 1-job extraction (slow)")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="kg-archive-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"work folder: {work}; {args.articles} articles, then {args.new} new ones\n", flush=True)

    pages, new_pages = work / f"pages-{args.articles}", work / f"new-{args.new}"
    generate(pages, args.articles, 1)
    generate(new_pages, args.new, 7)
    graph, new_graph, store = work / "graph.jsonl", work / "new.jsonl", work / "store"
    shutil.rmtree(store, ignore_errors=True)
    steps: list[tuple[str, float, int]] = []

    def step(name: str, *command: str) -> None:
        seconds, peak, _ = peak_of([*KG, *command])
        steps.append((name, seconds, peak))
        print(f"  {name:<44} {seconds:>8.1f} s {peak:>8} MiB", flush=True)

    print(f"  {'step':<44} {'wall':>10} {'peak':>12}")
    if not args.skip_one_job:
        step("extract --jobs 1", "extract", str(pages), "-o", str(work / "one.jsonl"), "--jobs", "1")
    step("extract --jobs 2", "extract", str(pages), "-o", str(graph), "--jobs", "2")
    step("extract the new pages", "extract", str(new_pages), "-o", str(new_graph))
    step("load into an empty store", "load", str(graph), "--store", str(store))
    step(f"load {args.new // 8} new pages into the full store", "load", str(new_graph), "--store", str(store))
    step("load the same new pages again", "load", str(new_graph), "--store", str(store))
    step("stats", "stats", "--store", str(store))
    chair = first_value(store, "MATCH (p:Person)-[:CHAIRED]->(m:Meeting) RETURN p.name AS name LIMIT 1")
    org = first_value(store, "MATCH (o:Organization)-[:CONVENED]->(m:Meeting) RETURN o.name AS name LIMIT 1")
    step("query chairs -p person=王", "query", "chairs", "-p", "person=王", "--format", "csv", "--store", str(store))
    step(f"query person_profile -p name={chair}", "query", "person_profile", "-p", f"name={chair}",
         "--format", "csv", "--store", str(store))
    step(f"query documents -p org={org}", "query", "documents", "-p", f"org={org}", "--format", "csv",
         "--store", str(store))
    step(f"export html --person {chair}", "export", "--format", "html", "--person", chair,
         "-o", str(work / "person.html"), "--store", str(store))
    step("export html --max-nodes 2000 (whole store)", "export", "--format", "html", "--max-nodes", "2000",
         "-o", str(work / "capped.html"), "--store", str(store))
    step("reload the whole file into the full store", "load", str(graph), "--store", str(store))
    shutil.rmtree(work / "built", ignore_errors=True)
    step("build (extract -j 2, load, html) fresh", "build", str(pages), "--out", str(work / "built"),
         "--store", str(work / "built" / "store"), "--jobs", "2", "--max-nodes", "2000")
    one = next((s for n, s, _ in steps if n == "extract --jobs 1"), None)
    two = next(s for n, s, _ in steps if n == "extract --jobs 2")
    if one:
        print(f"\n  extract speed-up, 2 jobs over 1: {one / two:.2f}×")
    print(f"  store on disk: {sum(p.stat().st_size for p in store.iterdir()) / 2**20:.0f} MiB; "
          f"graph file {graph.stat().st_size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

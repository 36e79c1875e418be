#!/usr/bin/env python3
"""The speed-and-scale benchmark: one table of figures.

    python bench/run.py [--sizes 1000,10000,100000] [--workdir DIR]

For each size it generates a corpus (bench/generate.py), then runs the real CLI as a
user would: ``kg extract --jobs 2``, ``kg load`` into a fresh embedded store, ``kg
stats``, a library query, and ``kg export --format html``; it records wall time and peak
memory of each process, and checks the extracted graph against the generator's gold
with ../shared/eval/score.py. It also prints extraction MB/s beside jieba.cut's on the
same text, and the speed-up from 1 to 2 jobs.
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
KG = [sys.executable, "-m", "kg", "-q"]


def run(command: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak memory (MiB) and stdout of one command."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{err}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # max over children so far; see below
    return seconds, usage.ru_maxrss // 1024, out


# How often the process tree's memory is read: /proc's smaps_rollup walks a process's page
# tables (a few ms for a 1 GB process), so oftener would slow what is measured.
SAMPLE_SECONDS = 0.25


def peak_of(command: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak memory (MiB) and stdout of one command. The peak is of the whole
    process tree: the largest sum, sampled every SAMPLE_SECONDS, of the proportional set sizes of
    the command and the processes it forked (a forked worker's pages shared with its
    parent count once), so ``--jobs 2`` is not flattered by counting one process alone.
    Where /proc cannot say, the largest single process (``run``)."""
    if not os.path.exists(f"/proc/{os.getpid()}/smaps_rollup"):
        return run(command)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(SAMPLE_SECONDS):
            peak[0] = max(peak[0], sum(_pss_kib(pid) for pid in _tree(process.pid)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{err}")
    return seconds, peak[0] // 1024, out


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants, as /proc lists them now."""
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                stack += [int(child) for child in task.read_text().split()]
            except OSError:
                pass
    return found


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def overall_f1(graph: Path, gold: Path) -> str:
    out = subprocess.run([sys.executable, str(SCORE), str(graph), str(gold)], capture_output=True, text=True).stdout
    return out.strip().splitlines()[-1].split()[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    work = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"work folder: {work}\n")

    speed = subprocess.run([sys.executable, str(ROOT / "bench" / "extract_speed.py")], capture_output=True,
                           text=True, cwd=ROOT).stdout
    print(speed)

    rows = []
    for size in sizes:
        pages = work / f"pages-{size}"
        if not pages.exists():
            subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(pages), "--articles", str(size)],
                           check=True, capture_output=True, cwd=ROOT)
        graph, store = work / f"graph-{size}.jsonl", work / f"store-{size}"
        subprocess.run(["rm", "-rf", str(store)], check=True)
        steps = {}
        steps["extract -j 2"] = peak_of([*KG, "extract", str(pages), "-o", str(graph), "--jobs", "2"])
        if size <= 10_000:
            steps["extract -j 1"] = peak_of([*KG, "extract", str(pages), "-o", str(work / "one.jsonl"), "--jobs", "1"])
        steps["load"] = peak_of([*KG, "load", str(graph), "--store", str(store)])
        steps["stats"] = peak_of([*KG, "stats", "--store", str(store)])
        steps["query chairs"] = peak_of([*KG, "query", "chairs", "-p", "person=王", "--format", "csv",
                                         "--store", str(store)])
        steps["html (max 2000)"] = peak_of([*KG, "export", "--format", "html", "--max-nodes", "2000",
                                            "-o", str(work / f"graph-{size}.html"), "--store", str(store)])
        end_to_end = sum(steps[k][0] for k in ("extract -j 2", "load", "stats"))
        peak = max(value[1] for value in steps.values())
        f1 = overall_f1(graph, pages / "gold")
        rows.append((size, steps, end_to_end, peak, f1))

    print(f"{'articles':>9} {'extract -j1':>12} {'extract -j2':>12} {'speed-up':>9} {'load':>7} {'stats':>7} "
          f"{'query':>7} {'html':>7} {'pages→stats':>12} {'peak MiB':>9} {'F1':>6}")
    for size, steps, end_to_end, peak, f1 in rows:
        one = steps.get("extract -j 1", (None,))[0]
        two = steps["extract -j 2"][0]
        print(f"{size:>9} {one if one is None else round(one, 1)!s:>12} {two:>12.1f} "
              f"{('%.2f' % (one / two)) if one else '-':>9} {steps['load'][0]:>7.1f} {steps['stats'][0]:>7.1f} "
              f"{steps['query chairs'][0]:>7.1f} {steps['html (max 2000)'][0]:>7.1f} {end_to_end:>12.1f} "
              f"{peak:>9} {f1:>6}")
    print("\npages→stats: extract (2 jobs) + load + stats, seconds; peak: the largest of the processes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

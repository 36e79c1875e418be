#!/usr/bin/env python3
"""Time to build the HTML page for graphs of 1k and 10k nodes (10k nodes, 20k edges),
and, in Debian's chromium (when installed), the time until the page is interactive:
its first view drawn, and a search answered.

    python bench/html_build.py

The graph is synthetic but shaped like ours: persons chair and attend meetings that
organizations convene, and meetings handle documents; two edges a node on average.
"""
from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.exports.html import write_html  # noqa: E402
from kg.graph.build import add_node, add_relationship, new_graph  # noqa: E402

EVIDENCE = "本报张掖讯(通讯员马志明)9月16日,张掖市政协主席周均发主持召开市政协党组理论学习中心组(扩大)会议。"


def synthetic(nodes: int, edges: int, seed: int = 1):
    rng = random.Random(seed)
    counts = {"Person": nodes * 4 // 10, "Meeting": nodes * 3 // 10, "Organization": nodes // 10}
    counts["Document"] = nodes - sum(counts.values())
    ids = {label: [f"{label}:{label[0]}{n}" for n in range(count)] for label, count in counts.items()}
    graph = new_graph()
    for label, members in ids.items():
        for node in members:
            properties = {"name": node.split(":")[1]} if label != "Document" else {"title": node.split(":")[1]}
            if label == "Meeting":
                properties["date"] = f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            add_node(graph, node, properties)
    shapes = [("Person", "CHAIRED", "Meeting"), ("Person", "ATTENDED", "Meeting"),
              ("Organization", "CONVENED", "Meeting"), ("Meeting", "STUDIED", "Document"),
              ("Meeting", "ADOPTED", "Document"), ("Person", "HOLDS_ROLE", "Organization")]
    while graph.number_of_edges() < edges:
        start_label, kind, end_label = rng.choice(shapes)
        properties = {"article": "p#1", "evidence": EVIDENCE, "rule": "bench"}
        if kind == "HOLDS_ROLE":
            properties["role"] = "主席"
        add_relationship(graph, rng.choice(ids[start_label]), kind, rng.choice(ids[end_label]), properties)
    return graph


def in_browser(path: Path, query: str) -> tuple[float, float] | None:
    """Seconds from navigation to the first view drawn, and from typing ``query`` to
    the search's focus drawn; None without chromium or Playwright."""
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not Path(chromium).exists():
        return None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        url = path.resolve().as_uri()
        page.route("**/*", lambda route: route.continue_() if route.request.url == url else route.abort())
        start = time.perf_counter()
        page.goto(url)
        page.wait_for_function("window.kgReady === true", timeout=30_000)
        drawn = time.perf_counter() - start
        start = time.perf_counter()
        page.fill("#search", query)  # the page waits 0.12 s after the last keystroke
        page.wait_for_function("text => window.kgSearched === text", arg=query, timeout=30_000)
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        answered = time.perf_counter() - start
        browser.close()
    return drawn, answered


def main() -> int:
    print(f"{'nodes':>7}{'edges':>8}{'in page':>9}{'build s':>9}{'MB':>6}{'drawn s':>9}{'search s':>10}")
    with tempfile.TemporaryDirectory() as folder:
        for nodes, edges in ((1_000, 2_000), (10_000, 20_000)):
            graph = synthetic(nodes, edges)
            path = Path(folder) / "graph.html"
            start = time.perf_counter()
            report = write_html(graph, path)
            seconds = time.perf_counter() - start
            megabytes = path.stat().st_size / 1e6
            timed = in_browser(path, "P12")
            browser = f"{timed[0]:>9.2f}{timed[1]:>10.2f}" if timed else f"{'-':>9}{'-':>10}"
            print(f"{nodes:>7}{edges:>8}{report.nodes:>9}{seconds:>9.2f}{megabytes:>6.1f}{browser}")
    print("targets: 10k nodes with 20k edges built under 1 s; first view drawn and a search answered in chromium "
          "within 3 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

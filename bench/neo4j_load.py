#!/usr/bin/env python3
"""Rows per second into a Bolt server: batched UNWIND loading against one statement per row.

    python bench/neo4j_load.py [--copies N] [--batch-size B]

Starts the test server (ArcadeDB from arcadedb-embedded, a Neo4j 5 compatible Bolt
server) in a temporary folder, builds the graph of the seed and example pages copied N
times under new names, and loads it into empty databases: with the store's batched
writes, and with the same statements sent one row at a time (each in a managed
transaction of its own, and auto-committed).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import networkx as nx  # noqa: E402

from bolt_server import BoltServer  # noqa: E402
from kg.extract.pages import find_pages, read_page  # noqa: E402
from kg.extract.pipeline import extract_page  # noqa: E402
from kg.graph.build import add_article, new_graph  # noqa: E402
from kg.graph.model import label_of  # noqa: E402
from kg.graph.neo4j_store import Neo4jSettings, Neo4jStore  # noqa: E402


def corpus_graph(copies: int):
    """The sample pages' graph, copied: every node of copy n gets ``~n`` after its id,
    so the copies hold distinct people, meetings and facts, as a larger corpus would."""
    pages = [read_page(p) for p in find_pages([ROOT.parent / "shared" / "corpus" / "seeds", ROOT / "examples"])]
    sample = new_graph()
    for page in pages:
        for article, triples in extract_page(page):
            add_article(sample, article, triples)
    graph = new_graph()
    for n in range(copies):
        graph.update(nx.relabel_nodes(sample, {node: f"{node}~{n}" for node in sample}))
    for node in graph:
        graph.nodes[node]["id"] = node
    return graph


def one_row_at_a_time(store: Neo4jStore, graph, managed: bool) -> int:
    """The naive way: a statement per row, without UNWIND (values still as parameters),
    each in a managed transaction of its own, or sent with ``session.run`` (auto-commit)."""
    store.setup()
    count = 0
    articles = {node for node in graph if label_of(node) == "Article"}  # none stored yet, as for load()
    with store.driver.session(database=store.settings.database) as session:
        for query, rows in store._batches(graph, articles):
            single = query.replace("UNWIND $rows AS row ", "WITH $row AS row ")
            for row in rows:
                if managed:
                    session.execute_write(lambda tx, query=single, values=row: tx.run(query, row=values).consume())
                else:
                    session.run(single, row=row).consume()
                count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=40, help="copies of the sample pages' graph")
    parser.add_argument("--batch-size", type=int, default=1000)
    args = parser.parse_args()
    graph = corpus_graph(args.copies)
    rows = graph.number_of_nodes() + graph.number_of_edges()
    methods = {"batched": f"UNWIND batches of {args.batch_size}",
               "managed": "a statement per row, execute_write", "autocommit": "a statement per row, auto-commit"}
    rehearsals = ("warmup1", "warmup2")
    with BoltServer(databases=(*methods, *rehearsals), memory="2g") as server:
        # A server that has run for a while has its code compiled by the JIT; a fresh
        # one has not. Rehearse each way so none pays for it: the batched load twice
        # (once left its time varying by ±15%), a statement per row on a smaller graph.
        for rehearsal in rehearsals:
            warmup = Neo4jSettings(server.uri, server.user, server.password, rehearsal)
            with Neo4jStore(warmup, batch_size=args.batch_size) as store:
                store.load(graph)
        with Neo4jStore(warmup, batch_size=args.batch_size) as store:
            one_row_at_a_time(store, corpus_graph(2), managed=True)
            one_row_at_a_time(store, corpus_graph(2), managed=False)
        seconds = {}
        for method in methods:
            settings = Neo4jSettings(server.uri, server.user, server.password, method)
            with Neo4jStore(settings, batch_size=args.batch_size) as store:
                store.setup()
                start = time.perf_counter()
                if method == "batched":
                    store.load(graph)
                else:
                    one_row_at_a_time(store, graph, managed=method == "managed")
                seconds[method] = time.perf_counter() - start
                counts = store.stats()
                assert sum(counts["nodes"].values()) == graph.number_of_nodes()
                assert sum(counts["relationships"].values()) == graph.number_of_edges()
    print(f"graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships, {rows} rows")
    print(f"{'method':<40}{'seconds':>10}{'rows/s':>12}{'batched ×':>12}")
    for method, label in methods.items():
        print(f"{label:<40}{seconds[method]:>10.2f}{rows / seconds[method]:>12,.0f}"
              f"{seconds[method] / seconds['batched']:>12.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

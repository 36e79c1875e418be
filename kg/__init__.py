"""kg: a knowledge graph of 政协 (CPPCC) news pages — who holds which role in which
organization, who chaired which meeting when, which documents each meeting handled.

The library face, in the manner of sqlite-utils::

    import kg

    graph = kg.extract_graph(["examples"], year=2024)        # pages → graph
    kg.write_graph(graph, "graph.jsonl")                     # the graph file (SCHEMA.md)
    with kg.open_store("kg-store") as store:                 # or "bolt://…", password=…
        store.load(graph)                                    # merge; returns counts
        result = store.query("chairs", org="张掖市政协")      # a library query or Cypher
        stored = store.read()
        kg.draw_store(store, "big.html", max_nodes=2000)     # a capped page, without a whole read
    kg.export(stored, "html", "graph.html", view="chairs")   # html, jsonl, graphml, gexf, csv, cypher

Every store (embedded or Neo4j) is a ``kg.Store``; every error the library raises on
purpose is a ``kg.KGError``. The command line (``kg --help``) is a thin layer over these.
"""
from kg.api import (EXPORT_FORMATS, draw_store, export, extract_graph, filter_graph, find_pages, open_store, read_graph,
                    read_pages, write_graph)
from kg.errors import KGError
from kg.graph.stores import Store

__version__ = "0.1.0"

__all__ = ["find_pages", "read_pages", "extract_graph", "open_store", "Store", "read_graph", "write_graph",
           "filter_graph", "export", "draw_store", "EXPORT_FORMATS", "KGError", "__version__"]

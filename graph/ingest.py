"""Pages on disk to a graph: read each page, extract its facts, build the graph.

A page that cannot be read is reported through ``on_error`` and skipped; the rest of
the batch goes on.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx

from extract.pages import read_page
from extract.pipeline import extract_page
from graph.build import add_article, new_graph
from kg.errors import KGError

__all__ = ["graph_from_pages"]


def graph_from_pages(pages: Iterable[Path], year: int | None = None,
                     on_error: Callable[[Path, str], None] | None = None) -> tuple[nx.MultiDiGraph, int]:
    """The graph of the given page files, and how many of them failed."""
    graph = new_graph()
    failed = 0
    for path in pages:
        try:
            page = read_page(path)
            items = list(extract_page(page, year))
        except KGError as error:
            failed += 1
            if on_error:
                on_error(path, str(error))
            continue
        for article, triples in items:
            add_article(graph, article, triples)
    return graph, failed

"""Pages on disk to a graph: read each page, extract its facts, build the graph.

Pages are extracted in parallel by a pool of worker processes (one page a task), and
the results are added to the graph as they come, in page order. A page that cannot be
read is reported through ``on_error`` and skipped; the rest of the batch goes on.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import networkx as nx

from kg.extract.pages import read_page
from kg.extract.pipeline import extract_page
from kg.extract.records import from_row
from kg.graph.build import add_article, new_graph
from kg.errors import KGError

__all__ = ["graph_from_pages", "extract_pages", "default_jobs"]

CHUNK = 4  # pages handed to a worker at a time


def default_jobs() -> int:
    return os.cpu_count() or 1


def _extract_one(task: tuple[Path, int | None]):
    """Extract one page in a worker; triples travel back as plain rows (fast to pickle)."""
    path, year = task
    try:
        items = [(article, [t.as_row() for t in triples]) for article, triples in extract_page(read_page(path), year)]
        return path, items, None
    except KGError as error:
        return path, None, str(error)


def _warm_up() -> None:
    """Load the lexicons, the gazetteer and jieba once per worker, not once per page."""
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.lexicon import load_lexicons
    from kg.extract.segmenter import warm_up

    load_lexicons()
    load_gazetteer()
    warm_up()


def extract_pages(pages: Iterable[Path], year: int | None = None, jobs: int = 1) -> Iterator[tuple]:
    """``(path, items, error)`` for each page, in order: ``items`` the page's
    (article, triple rows) pairs (see ``Triple.as_row``), or ``error`` the reason it
    could not be read."""
    tasks = ((Path(path), year) for path in pages)
    if jobs <= 1:
        yield from map(_extract_one, tasks)
        return
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with context.Pool(jobs, initializer=_warm_up) as pool:
        yield from pool.imap(_extract_one, tasks, chunksize=CHUNK)


def graph_from_pages(pages: Iterable[Path], year: int | None = None,
                     on_error: Callable[[Path, str], None] | None = None, jobs: int = 1,
                     on_page: Callable[[Path], None] | None = None) -> tuple[nx.MultiDiGraph, int]:
    """The graph of the given page files, and how many of them failed."""
    graph = new_graph()
    failed = 0
    for path, items, error in extract_pages(pages, year, jobs):
        if error is not None:
            failed += 1
            if on_error:
                on_error(path, error)
        else:
            for article, rows in items:
                add_article(graph, article, map(from_row, rows))
        if on_page:
            on_page(path)
    return graph, failed

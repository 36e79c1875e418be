"""The library face of ``kg``, re-exported by ``kg/__init__.py``: pages to a graph, a
graph into a store, queries, and exports, without the command line.

Every function imports what it needs when called, so ``import kg`` stays cheap. Errors
are ``kg.errors.KGError`` and its subclasses.

>>> import kg                                                    # doctest: +SKIP
>>> graph = kg.extract_graph(["examples"], year=2024)            # doctest: +SKIP
>>> with kg.open_store("kg-store") as store:                     # doctest: +SKIP
...     store.load(graph)
...     rows = store.query("chairs", org="张掖市政协").rows
>>> kg.export(graph, "html", "graph.html", view="chairs")         # doctest: +SKIP
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import ExportError, KGError

if TYPE_CHECKING:
    import networkx as nx

    from kg.graph.stores import Store

__all__ = ["find_pages", "read_pages", "extract_graph", "open_store", "read_graph", "write_graph",
           "filter_graph", "export", "draw_store", "EXPORT_FORMATS", "NEO4J_SCHEMES"]

EXPORT_FORMATS = ("html", "jsonl", "graphml", "gexf", "csv", "cypher")
NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


def find_pages(paths: Iterable[str | os.PathLike],
               on_skip: Callable[[Path], None] | None = None) -> list[Path]:
    """The page files named by ``paths``: files as given, folders searched for
    ``.txt``, ``.md`` and ``.html`` pages. ``on_skip(path)`` is called for each other
    file in a folder (hidden ones aside). Raises ``KGError`` when there are none."""
    from kg.extract.pages import find_pages as found_in

    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    pages = found_in(paths, on_skip)
    if not pages:
        raise KGError("no pages found (give .txt, .md or .html files, or folders holding them)")
    return pages


def read_pages(paths: Iterable[str | os.PathLike]) -> list:
    """The pages named by ``paths``, read and decoded (``kg.extract.records.Page``).
    A page that cannot be read raises ``PageError``."""
    from kg.extract.pages import read_page

    return [read_page(path) for path in find_pages(paths)]


def extract_graph(pages_or_paths, year: int | None = None, jobs: int = 1,
                  on_error: Callable[[Path, str], None] | None = None,
                  on_page: Callable[[Path], None] | None = None) -> "nx.MultiDiGraph":
    """The graph of the pages: page files or folders (paths), or ``Page`` records.

    ``year`` dates pages that print no year; ``jobs`` worker processes read page files.
    A page that fails is passed to ``on_error(path, message)`` and skipped; without
    ``on_error`` the first failure raises ``PageError``. ``on_page(path)`` is called as
    each page file is done. (Named ``extract_graph``, not ``extract``: ``kg.extract`` is
    the extractor's package.)"""
    from kg.errors import PageError
    from kg.graph.build import build_graph
    from kg.graph.ingest import graph_from_pages

    items = [pages_or_paths] if isinstance(pages_or_paths, (str, os.PathLike)) else list(pages_or_paths)
    if items and all(hasattr(item, "text") for item in items):  # Page records, already read
        from kg.extract.pipeline import extract_page

        return build_graph(pair for page in items for pair in extract_page(page, year=year))
    failures: list[str] = []

    def failed(path, message):
        if on_error:
            on_error(path, message)
        else:
            failures.append(message)

    graph, _ = graph_from_pages(find_pages(items), year=year, on_error=failed, jobs=jobs, on_page=on_page)
    if failures:
        raise PageError(failures[0])
    return graph


def open_store(path_or_uri: str | os.PathLike | None = None, *, neo4j: bool | None = None, user: str = "neo4j",
               password: str = "", database: str | None = None, batch_size: int | None = None) -> "Store":
    """A graph store: Neo4j when ``path_or_uri`` is a Bolt or Neo4j URI
    (``bolt://localhost:7687``) or ``neo4j`` is true, else the embedded store in that
    folder (default ``$KG_STORE`` or ``./kg-store``). Use it as a context manager.

    >>> with open_store("bolt://localhost:7687", password="…") as store:  # doctest: +SKIP
    ...     store.stats()
    """
    if neo4j is None:
        neo4j = isinstance(path_or_uri, str) and path_or_uri.startswith(NEO4J_SCHEMES)
    if neo4j:
        from kg.graph.neo4j_store import DEFAULT_BATCH, Neo4jSettings, Neo4jStore

        return Neo4jStore(Neo4jSettings(str(path_or_uri or "bolt://localhost:7687"), user, password, database),
                          batch_size=batch_size or DEFAULT_BATCH)
    from kg.graph.store import DEFAULT_STORE, EmbeddedStore

    return EmbeddedStore(path_or_uri or os.environ.get("KG_STORE") or DEFAULT_STORE)


def read_graph(path: str | os.PathLike) -> "nx.MultiDiGraph":
    """A graph JSON Lines file (``SCHEMA.md``) as a graph. Raises ``GraphFileError``
    naming what the file is when it is not a graph file (empty, a page, not text)."""
    from kg.errors import GraphFileError
    from kg.graph.jsonl import read_jsonl

    graph = read_jsonl(path)
    if not graph.number_of_nodes():
        raise GraphFileError(f"{path}: is empty, not a graph file; make one from pages with kg extract")
    return graph


def write_graph(graph: "nx.MultiDiGraph", path: str | os.PathLike, jobs: int = 1) -> int:
    """Write ``graph`` as a graph JSON Lines file, whole or not at all; the records
    written. ``jobs`` > 1 encodes a large graph's lines in that many processes (the
    same file)."""
    from kg.graph.jsonl import write_jsonl

    return write_jsonl(graph, path, jobs=jobs)


def filter_graph(graph: "nx.MultiDiGraph", *, person: str = "", org: str = "", since: str = "",
                 until: str = "") -> "nx.MultiDiGraph":
    """The part of ``graph`` around persons and organizations whose names contain
    ``person`` / ``org``, with meetings dated ``since`` … ``until`` (ISO 8601)."""
    from kg.graph.filters import GraphFilter, filter_graph as cut

    return cut(graph, GraphFilter(person=person, org=org, since=since, until=until))


def draw_store(store: "Store", path: str | os.PathLike, *, view: str = "all", max_nodes: int | None = None):
    """Write the HTML page of everything in ``store`` (an ``HtmlReport``). With
    ``max_nodes``, the embedded store is not read whole: the nodes to draw are chosen
    from the view's relationships alone and only their facts are read; the page is the
    one ``export(store.read(), "html", …)`` would write."""
    from kg.exports.html import write_store_html

    return write_store_html(store, path, view=view, max_nodes=max_nodes)


def export(graph: "nx.MultiDiGraph", format: str, path: str | os.PathLike, *, view: str = "all",
           max_nodes: int | None = None):
    """Write ``graph`` for another tool in ``format`` (one of ``EXPORT_FORMATS``).

    Returns what the writer reports: for ``html`` an ``HtmlReport`` (nodes, edges,
    dropped), for ``csv`` the ``neo4j-admin`` import command, otherwise the count the
    writer gives. ``view`` and ``max_nodes`` shape the HTML page."""
    if format == "html":
        from kg.exports.html import write_html

        return write_html(graph, path, view=view, max_nodes=max_nodes)
    if format == "csv":
        from kg.exports.csv_import import write_csv

        return write_csv(graph, path)
    if format == "jsonl":
        from kg.exports.jsonl import write_jsonl as writer
    elif format == "graphml":
        from kg.exports.graphml import write_graphml as writer
    elif format == "gexf":
        from kg.exports.gexf import write_gexf as writer
    elif format == "cypher":
        from kg.exports.cypher_script import write_cypher as writer
    else:
        raise ExportError(f"no export format {format!r}; choose from {', '.join(EXPORT_FORMATS)}")
    return writer(graph, path)

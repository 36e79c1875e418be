"""The ``kg`` command line: a thin layer over the library.

Each command parses its options, calls the library, and turns a library error into a
one-line message and a non-zero exit.
"""
from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import KGError

EXPORT_FORMATS = ("html", "jsonl")


def _show_progress(ctx: click.Context) -> bool:
    return not ctx.find_root().params.get("quiet") and sys.stderr.isatty()


def progress(items, label: str):
    """A progress bar on stderr, off with --quiet or when stderr is not a terminal."""
    items = list(items)
    ctx = click.get_current_context()
    if not _show_progress(ctx):
        return _NoBar(items)
    return click.progressbar(items, label=label, file=sys.stderr, show_pos=True,
                             item_show_func=lambda p: str(p.name) if p else None)


class _NoBar:
    def __init__(self, items):
        self.items = items

    def __enter__(self):
        return self.items

    def __exit__(self, *args):
        return False


def store_option(command):
    """``--store DIR``: the embedded store's folder (``KG_STORE``, default ./kg-store)."""
    return click.option("--store", "store_dir", envvar="KG_STORE", default="kg-store", show_default=True,
                        type=click.Path(file_okay=False, path_type=Path),
                        help="Folder of the embedded NetworkX store (env KG_STORE).")(command)


def year_option(command):
    return click.option("--year", type=click.IntRange(1949, 2100),
                        help="Year of the pages' dates, where the page does not print it.")(command)


def library_errors(command):
    """Turn a library error into click's one-line error and exit code 1."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KGError as error:
            raise click.ClickException(str(error)) from None
    return wrapper


@click.group()
@click.version_option(__version__, prog_name="kg")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars or summaries on stderr.")
def cli(quiet):
    """Build a knowledge graph of 政协 (CPPCC) news pages: who holds which role, who
    chaired which meeting when, and which documents each meeting handled."""


def _extract(paths, year):
    """Extract pages to a graph, reporting each page that fails; returns (graph, pages, failed)."""
    from extract.pages import find_pages
    from graph.ingest import graph_from_pages

    pages = find_pages(paths)
    if not pages:
        raise click.ClickException("no pages found (give .txt or .md files, or folders holding them)")

    def report(path, message):
        click.echo(f"Error: {message}", err=True)

    with progress(pages, "Extracting") as bar:
        graph, failed = graph_from_pages(bar, year=year, on_error=report)
    return graph, len(pages), failed


def _summary(message: str) -> None:
    if not click.get_current_context().find_root().params.get("quiet"):
        click.echo(message, err=True)


def _finish(failed: int, total: int) -> None:
    if failed:
        _summary(f"{failed} of {total} pages failed")
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Graph JSON Lines file to write.")
@year_option
@library_errors
def extract(paths, output, year):
    """Read pages (files, or folders of .txt/.md files) into a graph JSON Lines file."""
    from graph.jsonl import write_jsonl

    graph, total, failed = _extract(paths, year)
    write_jsonl(graph, output)
    _summary(f"{total - failed} pages → {graph.number_of_nodes()} nodes, "
             f"{graph.number_of_edges()} relationships in {output}")
    _finish(failed, total)


@cli.command()
@click.argument("graph_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_option
@library_errors
def load(graph_file, store_dir):
    """Load a graph JSON Lines file into the embedded store, merged with what is there.

    Articles already in the store are replaced by their new reading."""
    from graph.jsonl import read_jsonl
    from graph.store import EmbeddedStore

    store = EmbeddedStore(store_dir)
    graph = store.merge(read_jsonl(graph_file),
                        on_wait=lambda: _summary(f"waiting for another kg process to release {store_dir} …"))
    _summary(f"{store_dir}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships")


@cli.command()
@store_option
@library_errors
def stats(store_dir):
    """Count the store's nodes by label and relationships by type."""
    from graph.store import EmbeddedStore, graph_stats

    counts = graph_stats(EmbeddedStore(store_dir).read())
    for section in ("nodes", "relationships"):
        click.echo(f"{section}: {sum(counts[section].values())}")
        for name, count in sorted(counts[section].items()):
            click.echo(f"  {name:<14}{count:>8}")


@cli.command()
@click.option("-f", "--format", "format_", type=click.Choice(EXPORT_FORMATS), default="html", show_default=True,
              help="Export format.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write.")
@store_option
@library_errors
def export(format_, output, store_dir):
    """Export the store's graph to a file another tool or a browser opens."""
    from graph.store import EmbeddedStore

    graph = EmbeddedStore(store_dir).read()
    _write_export(graph, format_, output)
    _summary(f"wrote {output}")


def _write_export(graph, format_, output):
    if format_ == "html":
        from exports.html import write_html
        write_html(graph, output)
    else:
        from graph.jsonl import write_jsonl
        write_jsonl(graph, output)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for graph.jsonl and graph.html.")
@store_option
@year_option
@library_errors
def build(paths, out_dir, store_dir, year):
    """Extract pages, load them into the store and draw the store as HTML, in one go.

    Writes OUT/graph.jsonl (these pages' graph) and OUT/graph.html (the store's graph)."""
    from graph.jsonl import write_jsonl
    from graph.store import EmbeddedStore

    graph, total, failed = _extract(paths, year)
    write_jsonl(graph, out_dir / "graph.jsonl")
    stored = EmbeddedStore(store_dir).merge(graph)
    _write_export(stored, "html", out_dir / "graph.html")
    _summary(f"{total - failed} pages → {graph.number_of_nodes()} nodes, {graph.number_of_edges()} "
             f"relationships; wrote {out_dir / 'graph.jsonl'} and {out_dir / 'graph.html'}")
    _finish(failed, total)

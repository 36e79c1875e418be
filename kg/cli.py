"""The ``kg`` command line: a thin layer over the library.

Each command parses its options, calls the library, and turns a library error into a
one-line message and a non-zero exit.
"""
from __future__ import annotations

import functools
import gc
import os
import sys
import time
from collections import Counter
from pathlib import Path

import click

import kg
from kg import EXPORT_FORMATS, KGError, __version__
from kg.cypher.output import FORMATS as QUERY_FORMATS
from kg.graph.build import count_relationships, order_predecessors


def _show_progress(ctx: click.Context) -> bool:
    return not ctx.find_root().params.get("quiet") and sys.stderr.isatty()


def progress(items, label: str):
    """A progress bar on stderr, off with --quiet or when stderr is not a terminal."""
    items = list(items)
    ctx = click.get_current_context()
    if not _show_progress(ctx):
        return _NoBar(items)
    return _eta_bar(click.progressbar(items, label=label, file=sys.stderr, show_pos=True,
                                      item_show_func=lambda p: str(p.name) if p else None))


def _eta_meaningful(elapsed: float, done: int, total: int | None) -> bool:
    """An ETA is an estimate only after 2 s and 5 % of the work; before, it is noise."""
    return bool(total) and elapsed >= 2 and done / total >= 0.05


try:
    from click._termui_impl import ProgressBar as _ClickBar
except ImportError:  # pragma: no cover - a click without it: its own bar, ETA as it is
    _EtaBar = None
else:
    class _EtaBar(_ClickBar):
        """Click's progress bar, its ETA hidden until it means something."""

        def format_progress_line(self) -> str:
            shown = self.show_eta
            self.show_eta = shown and _eta_meaningful(time.time() - self.start, self.pos, self.length)
            try:
                return super().format_progress_line()
            finally:
                self.show_eta = shown


def _eta_bar(bar):
    """``bar`` (click's) with its ETA hidden until it means something."""
    if _EtaBar is not None and isinstance(bar, _ClickBar):
        bar.__class__ = _EtaBar
    return bar


class _NoBar:
    def __init__(self, items):
        self.items = items

    def __enter__(self):
        return self.items

    def __exit__(self, *args):
        return False


class RateBar:
    """A one-line progress display with rows per second, on stderr; silent when off."""

    def __init__(self, total: int, label: str, enabled: bool):
        self.total, self.label, self.enabled = total, label, enabled
        self.done = 0
        self.started = time.monotonic()

    def update(self, rows: int) -> None:
        self.done += rows
        if self.enabled:
            click.echo(f"\r{self.label}: {self.done}/{self.total} rows, {self.rate():,.0f} rows/s", err=True, nl=False)

    def rate(self) -> float:
        return self.done / max(time.monotonic() - self.started, 1e-9)

    def finish(self) -> None:
        if self.enabled and self.done:
            click.echo("", err=True)


def neo4j_options(command):
    """``--neo4j`` and the connection options (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD,
    NEO4J_DATABASE, the variables Neo4j's own tools read)."""
    options = [
        click.option("--neo4j", "use_neo4j", is_flag=True, help="Use the Neo4j server instead of the embedded store."),
        click.option("--neo4j-uri", envvar="NEO4J_URI", default="bolt://localhost:7687", show_default=True,
                     help="Bolt URI of the Neo4j server (env NEO4J_URI); giving it implies --neo4j."),
        click.option("--neo4j-user", envvar="NEO4J_USERNAME", default="neo4j", show_default=True,
                     help="User name (env NEO4J_USERNAME)."),
        click.option("--neo4j-password", envvar="NEO4J_PASSWORD", default="", show_default=False,
                     help="Password (env NEO4J_PASSWORD)."),
        click.option("--neo4j-database", envvar="NEO4J_DATABASE", default=None,
                     help="Database name (env NEO4J_DATABASE; default: the server's default)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def batch_option(command):
    """``--batch-size``: only on the commands that write to Neo4j."""
    return click.option("--batch-size", type=click.IntRange(1), default=1000, show_default=True,
                        help="Rows per Neo4j write transaction.")(command)


def open_store(store_dir, params: dict):
    """The embedded store, or the Neo4j store when --neo4j or --neo4j-uri is given."""
    ctx = click.get_current_context()
    uri_given = ctx.get_parameter_source("neo4j_uri") == click.core.ParameterSource.COMMANDLINE
    if not (params.get("use_neo4j") or uri_given):
        store = kg.open_store(store_dir, neo4j=False)
        if _show_progress(ctx):  # long steps (reading the whole store) say so on a terminal
            store.notify = lambda message: click.echo(message, err=True)
        return store
    return kg.open_store(params["neo4j_uri"], neo4j=True, user=params["neo4j_user"],
                         password=params["neo4j_password"], database=params["neo4j_database"],
                         batch_size=params.get("batch_size"))


def load_into(store, graph, on_wait=None):
    """Merge ``graph`` into the store; returns the stored graph's counts. A store that
    writes in batches reports them on a rate bar."""
    from kg.graph.stores import count_rows

    bar = RateBar(count_rows(graph), "Loading", _show_progress(click.get_current_context()))
    if bar.enabled:  # a store written whole reports no batches: say what it is doing
        click.echo(f"Loading: {bar.total} rows …", err=True)
    try:
        counts = store.load(graph, progress=bar.update, on_wait=on_wait)
    finally:
        bar.finish()
    if bar.done:
        _summary(f"{bar.done} rows at {bar.rate():,.0f} rows/s")
    return counts


def _date_option(ctx, param, value):
    from kg.graph.filters import check_date

    try:
        return check_date(value, f"--{param.name}")
    except KGError as error:
        raise click.BadParameter(str(error).partition(": ")[2]) from None


def filter_options(command):
    """--person, --org, --since, --until: cut the graph before it is drawn or exported."""
    options = [
        click.option("--person", default="", help="Keep persons whose name contains this, and what is around them."),
        click.option("--org", default="", help="Keep organizations whose name contains this, and what is around them."),
        click.option("--since", default="", callback=_date_option,
                     help="Keep meetings from this date (ISO 8601: 2022-09-01, 2022-09, 2022, or --09-01)."),
        click.option("--until", default="", callback=_date_option,
                     help="Keep meetings up to this date, inclusive (ISO 8601, as --since)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def store_option(command):
    """``--store DIR``: the embedded store's folder (``KG_STORE``, default ./kg-store)."""
    return click.option("--store", "store_dir", envvar="KG_STORE", default="kg-store", show_default=True,
                        type=click.Path(file_okay=False, path_type=Path),
                        help="Folder of the embedded NetworkX store (env KG_STORE).")(command)


def jobs_option(command):
    from kg.graph.ingest import default_jobs
    return click.option("-j", "--jobs", type=click.IntRange(1), default=default_jobs, show_default="number of cores",
                        help="Worker processes extracting pages in parallel.")(command)


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


class KGGroup(click.Group):
    """The command group: every subcommand also takes ``-q/--quiet``, and a reader that
    stops early (``kg stats | head -1``) ends the output quietly, with exit code 0."""

    def add_command(self, command, name=None):
        command.params.append(click.Option(["-q", "--quiet"], is_flag=True, expose_value=False, callback=_quiet,
                                           help="No progress bars or summaries on stderr."))
        super().add_command(command, name)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
            sys.exit(0)


def _quiet(ctx, param, value):
    if value:
        ctx.find_root().params["quiet"] = True


@click.group(cls=KGGroup)
@click.version_option(__version__, prog_name="kg")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars or summaries on stderr.")
def cli(quiet):
    """Build a knowledge graph of 政协 (CPPCC) news pages: who holds which role, who
    chaired which meeting when, and which documents each meeting handled."""


def _extract(paths, year, jobs):
    """Extract pages to a graph, reporting each page that fails; returns (graph, pages, failed)."""
    skipped = []
    try:
        pages = kg.find_pages(paths, on_skip=skipped.append)
    finally:
        _report_skipped(skipped)
    failures = []

    def report(path, message):
        failures.append(path)
        click.echo(f"\nError: {message}" if _show_progress(click.get_current_context()) else f"Error: {message}",
                   err=True)

    with progress(pages, "Extracting") as bar:
        step = getattr(bar, "update", None)
        graph = kg.extract_graph(pages, year=year, on_error=report, jobs=jobs,
                                 on_page=(lambda path: step(1, path)) if step else None)
    return graph, len(pages), len(failures)


_held: list | None = None  # under main(): what commands built, left for the process's end


def _hold(built) -> None:
    """Leave a large thing a command built (a graph) to the end of the process, which
    under ``main`` drops it at once, rather than freeing it object by object when the
    command returns: 0.6 s for the graph of 40,000 articles."""
    if _held is not None:
        _held.append(built)


SKIPS_NAMED = 5  # files in a folder that are not pages, named one by one; the rest counted


def _report_skipped(skipped: list[Path]) -> None:
    """Say which files of the folders given are not pages: the first few by name, then
    how many more (a folder of 12,500 pages beside their 12,500 answer files is not
    12,500 lines of warnings)."""
    for path in skipped[:SKIPS_NAMED]:
        click.echo(f"skipped {path}: not a page (.txt, .md or .html)", err=True)
    if len(skipped) > SKIPS_NAMED:
        rest = skipped[SKIPS_NAMED:]
        kinds = ", ".join(f"{suffix or 'no suffix'} ×{count}" for suffix, count in
                          Counter(path.suffix.lower() for path in rest).most_common(3))
        click.echo(f"skipped {len(rest)} more files that are not pages ({kinds})", err=True)


def _summary(message: str) -> None:
    if not click.get_current_context().find_root().params.get("quiet"):
        click.echo(message, err=True)


def _nothing_read(failed: int, total: int, kept: str) -> None:
    """Stop, writing nothing, when not one page could be read: an old output is kept."""
    if total and failed == total:
        noun = "the page" if total == 1 else f"any of the {total} pages"
        raise click.ClickException(f"could not read {noun}; {kept}")


def _finish(failed: int, total: int) -> None:
    if failed:
        _summary(f"{failed} of {total} pages failed")
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="Graph JSON Lines file to write; - for standard output. Replaced only when some page was read.")
@year_option
@jobs_option
@library_errors
def extract(paths, output, year, jobs):
    """Read pages (files, or folders of .txt/.md/.html files) into a graph JSON Lines file."""
    graph, total, failed = _extract(paths, year, jobs)
    _hold(graph)
    _nothing_read(failed, total, f"{output} was not written")
    kg.write_graph(graph, output, jobs=jobs)
    where = "standard output" if str(output) == "-" else output
    _summary(f"{total - failed} pages → {graph.number_of_nodes()} nodes, "
             f"{count_relationships(graph)} relationships in {where}")
    _finish(failed, total)


@cli.command()
@click.argument("graph_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_option
@neo4j_options
@batch_option
@library_errors
def load(graph_file, store_dir, **neo4j):
    """Load a graph JSON Lines file into the store (embedded, or Neo4j with --neo4j),
    merged with what is there.

    Articles already in the store are replaced by their new reading; loading the same
    file twice changes nothing."""
    graph = kg.read_graph(graph_file)
    _hold(graph)
    with open_store(store_dir, neo4j) as store:
        counts = load_into(store, graph, on_wait=lambda: _summary(
            f"waiting for another kg process to release {store_dir} …"))
    _summary(f"stored: {sum(counts['nodes'].values())} nodes, {sum(counts['relationships'].values())} relationships")


@cli.command()
@store_option
@neo4j_options
@library_errors
def stats(store_dir, **neo4j):
    """Count the store's nodes by label and relationships by type."""
    with open_store(store_dir, neo4j) as store:
        counts = store.stats()
    for section in ("nodes", "relationships"):
        click.echo(f"{section}: {sum(counts[section].values())}")
        for name, count in sorted(counts[section].items()):
            click.echo(f"  {name:<14}{count:>8}")


@cli.command()
@click.option("-f", "--format", "format_", type=click.Choice(EXPORT_FORMATS), default="html", show_default=True,
              help="Export format.")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="File to write (a folder for csv).")
@click.option("--view", type=click.Choice(("all", "chairs", "documents")), default="all", show_default=True,
              help="HTML: what to draw (chairs: persons, meetings, organizations; documents: meetings, documents).")
@click.option("--max-nodes", type=click.IntRange(1), default=None,
              help="HTML: keep at most this many nodes, the most connected.")
@filter_options
@store_option
@neo4j_options
@library_errors
def export(format_, output, view, max_nodes, person, org, since, until, store_dir, **neo4j):
    """Export the store's graph to a file another tool opens: html (a page for the
    browser), jsonl (SCHEMA.md, APOC's shape), graphml and gexf (Gephi, yEd, networkx),
    csv (a folder for neo4j-admin import, whose command is printed), cypher (a script
    for cypher-shell). The filters apply to every format."""
    from kg.graph.filters import GraphFilter

    with open_store(store_dir, neo4j) as store:
        if format_ == "html" and max_nodes and not any((person, org, since, until)):
            _draw_store(store, output, view, max_nodes)  # a capped page: the store is not read whole
            return
        graph = store.read(GraphFilter(person=person, org=org, since=since, until=until))
        _hold(graph)
    if graph.number_of_nodes() == 0:
        _matched_nothing({"--person": person, "--org": org, "--since": since, "--until": until})
    _write_export(graph, format_, output, view=view, max_nodes=max_nodes)


def _matched_nothing(filters: dict) -> None:
    """Say on stderr which filter values matched nothing, so an empty result is not
    taken for an empty store."""
    given = " ".join(f"{name}={value}" for name, value in filters.items() if value not in (None, ""))
    if given:
        click.echo(f"note: nothing in the store matches {given}", err=True)


def _draw_store(store, output, view, max_nodes):
    if _show_progress(click.get_current_context()):
        click.echo(f"Drawing: choosing at most {max_nodes} nodes of the store and writing {output} …", err=True)
    _page_written(kg.draw_store(store, output, view=view, max_nodes=max_nodes), output, view, max_nodes)


def _page_written(report, output, view, max_nodes):
    if report.empty:
        click.echo(f"nothing to draw: no node matches the filters in view {view}; the page says so", err=True)
    dropped = f"; left out {report.dropped} less connected nodes (--max-nodes {max_nodes})" if report.dropped else ""
    _summary(f"wrote {output}: {report.nodes} nodes, {report.edges} edges, opens on {report.overview}{dropped}")


def _write_export(graph, format_, output, view="all", max_nodes=None):
    if format_ == "html" and _show_progress(click.get_current_context()):
        click.echo(f"Drawing: laying out {graph.number_of_nodes()} nodes and writing {output} …", err=True)
    report = kg.export(graph, format_, output, view=view, max_nodes=max_nodes)
    if format_ == "html":
        _page_written(report, output, view, max_nodes)
    elif format_ == "csv":
        _summary(f"wrote the folder {output}; import it into a new Neo4j database with:")
        click.echo(report)
    else:
        _summary(f"wrote {output}: {graph.number_of_nodes()} nodes, {count_relationships(graph)} relationships")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for graph.jsonl and graph.html.")
@click.option("--view", type=click.Choice(("all", "chairs", "documents")), default="all", show_default=True,
              help="What the page draws (chairs: persons, meetings, organizations; documents: meetings, documents).")
@click.option("--max-nodes", type=click.IntRange(1), default=None,
              help="Keep at most this many nodes in the page, those the view is about first.")
@store_option
@neo4j_options
@batch_option
@year_option
@jobs_option
@library_errors
def build(paths, out_dir, view, max_nodes, store_dir, year, jobs, **neo4j):
    """Extract pages, load them into the store and draw the store as HTML, in one go.

    Writes OUT/graph.jsonl (these pages' graph) and OUT/graph.html (the store's graph)."""
    graph, total, failed = _extract(paths, year, jobs)
    _nothing_read(failed, total, "nothing was written or loaded")
    kg.write_graph(graph, out_dir / "graph.jsonl", jobs=jobs)
    done = f"{total - failed} pages → {graph.number_of_nodes()} nodes, {count_relationships(graph)} relationships"
    page = out_dir / "graph.html"
    with open_store(store_dir, neo4j) as store:
        aside = _start_drawing(graph, store, page, view, max_nodes, jobs)
        try:
            load_into(store, graph)
        except BaseException:
            if aside:
                aside.cancel()
            raise
        if aside and store.loaded_into_empty:
            _page_written(aside.finish(), page, view, max_nodes)
            _hold(graph)
        else:
            if aside:
                aside.cancel()  # another process filled the store first: draw what it holds
            if not max_nodes and getattr(store, "loaded_into_empty", False):
                order_predecessors(graph)  # a new store holds the pages' graph, in the order reading it back gives
                _hold(graph)
                _write_export(graph, "html", page, view=view)
            else:
                del graph  # the pages' graph is stored: let it go before the store's is read, not hold both
                gc.collect()  # (a NetworkX graph is a cycle with its views: only the collector frees it)
                if max_nodes:
                    _draw_store(store, page, view, max_nodes)  # not read whole
                else:
                    stored = store.read()
                    _hold(stored)
                    _write_export(stored, "html", page, view=view)
    _summary(f"{done}; wrote {out_dir / 'graph.jsonl'} and {out_dir / 'graph.html'}")
    _finish(failed, total)


def _start_drawing(graph, store, page, view, max_nodes, jobs):
    """With two jobs or more, a new store's page is the pages' graph: draw it in a forked
    process while this one loads the store (a ``PageAside``), else None."""
    if jobs < 2 or max_nodes or not hasattr(os, "fork") or not getattr(store, "is_empty", None) \
            or not store.is_empty():
        return None
    from kg.exports.html_aside import PageAside

    if _show_progress(click.get_current_context()):
        click.echo(f"Drawing: laying out {graph.number_of_nodes()} nodes and writing {page} "
                   f"beside the load …", err=True)
    return PageAside.start(graph, page, view=view, prepare=order_predecessors)


def _parameters(pairs) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{pair!r} is not key=value", param_hint="-p")
        name = name.lstrip("$")
        if name in values:
            raise click.BadParameter(f"{name} is given twice ({values[name]!r} and {value!r}); give it once",
                                     param_hint="-p")
        values[name] = value
    return values


@cli.command()
@click.argument("query", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A query parameter ($KEY); repeat for several.")
@click.option("--format", "format_", type=click.Choice(QUERY_FORMATS), default="table",
              show_default=True, help="How to print the rows.")
@click.option("--list", "list_queries", is_flag=True, help="List the library's queries and what each answers.")
@click.option("--write", is_flag=True,
              help="Let a query that writes (CREATE, MERGE, SET, DELETE …) run, on Neo4j; the embedded store refuses it.")
@store_option
@neo4j_options
@library_errors
def query(query, params, format_, list_queries, write, store_dir, **neo4j):
    """Run a library query by NAME, a .cypher FILE, or Cypher text ("MATCH …"), on the
    embedded store or on Neo4j (--neo4j).

    \b
    kg query --list
    kg query chairs -p org=张掖市政协
    kg query "MATCH (p:Person) RETURN p.name LIMIT 5" --format csv
    """
    from kg.cypher.library import library
    from kg.cypher.output import render

    if list_queries:
        import textwrap

        for name, item in library().items():
            arguments = " ".join(f"-p {p.name}=…" for p in item.parameters)
            lines = textwrap.wrap(item.description, width=88 - 18) or [""]
            click.echo(f"{name:<18}{lines[0]}")
            for line in lines[1:] + ([arguments] if arguments else []):
                click.echo(f"{'':<18}{line}")
        return
    if not query:
        raise click.UsageError("give a query NAME, a .cypher FILE or Cypher text, or --list")
    with open_store(store_dir, neo4j) as store:
        result = store.query(query, write_=write, **_parameters(params))
    click.echo(render(result, format_))
    if not result.rows:
        _matched_nothing({f"-p {k}": v for k, v in _parameters(params).items()})
    if "days_after_first" in result.columns and any(r.get("days_after_first") is None for r in result.rows):
        click.echo("note: days_after_first is left empty between dates of different pages where one has "
                   "no year (it may be of another year); give --year when extracting, or name files by year",
                   err=True)


def _store_name(store_dir, neo4j: dict) -> str:
    """The store as the shell's prompt names it: the folder, or the Neo4j server and database."""
    ctx = click.get_current_context()
    if not (neo4j.get("use_neo4j") or ctx.get_parameter_source("neo4j_uri") == click.core.ParameterSource.COMMANDLINE):
        return Path(store_dir).name or str(store_dir)
    from urllib.parse import urlsplit

    host = urlsplit(neo4j["neo4j_uri"]).hostname or neo4j["neo4j_uri"]
    return f"{host}/{neo4j['neo4j_database']}" if neo4j.get("neo4j_database") else host


@cli.command()
@click.option("--format", "format_", type=click.Choice(QUERY_FORMATS), default="table", show_default=True,
              help="How to print the rows at first (:format changes it).")
@click.option("--write", is_flag=True,
              help="Let statements that write (CREATE, MERGE, SET, DELETE …) run, on Neo4j; the embedded store refuses them.")
@store_option
@neo4j_options
@library_errors
def shell(format_, write, store_dir, **neo4j):
    """Answer Cypher statements (ended by ;), library queries (NAME key=value …) and
    :commands one after another, on one open store, as Neo4j's cypher-shell does.
    Reads the terminal, with prompts and history (~/.kg_history, or $KG_HISTORY), or
    standard input when it is not a terminal. :help lists the commands and queries.

    \b
    kg shell --store kg-store
    echo 'MATCH (p:Person) RETURN count(p);' | kg shell --format csv

    A failing statement prints its error and the shell goes on; reading standard input,
    the exit code is 1 when any statement failed."""
    from kg.shell import Shell

    interactive = sys.stdin.isatty()
    quiet = click.get_current_context().find_root().params.get("quiet")
    with open_store(store_dir, neo4j) as store:
        failures = Shell(store, name=_store_name(store_dir, neo4j), format_=format_, write=write,
                         timing=not quiet).run(sys.stdin, interactive=interactive)
    if failures and not interactive:
        sys.exit(1)


def main() -> None:
    """The ``kg`` command (its console script and ``python -m kg``).

    Once the command is over (files written and closed, output flushed, exit handlers
    run) the process ends at once, without freeing what it built: Python's own exit
    would tear a graph of a million records and the extractor's caches down one object
    at a time, 1–2 s of a 40,000-article extract (bench/RESULTS.md)."""
    global _held
    _held = []
    try:
        cli.main(prog_name="kg")
        code = 0
    except SystemExit as stop:
        code = stop.code
    if code is None:
        code = 0
    elif not isinstance(code, int):  # sys.exit("message"), as Python itself ends it
        print(code, file=sys.stderr)
        code = 1
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # a reader that stopped early (kg stats | head -1)
        pass
    sys.stderr.flush()
    import atexit
    import os

    atexit._run_exitfuncs()  # what a normal exit runs first: temporary folders, worker processes
    os._exit(code)

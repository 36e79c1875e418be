"""Drawing a graph's HTML page in a forked process while this one goes on.

``kg build`` into a new store loads the store and draws the page of the same graph;
the two are one process's work after extraction, and on two cores they can run side
by side. ``PageAside`` draws the page into a file beside the output; ``finish()`` waits
for it and puts it in place, ``cancel()`` throws it away, so an old page is replaced
only when the caller says the new one is right (the load went through).

>>> aside = PageAside.start(graph, "out/graph.html")     # doctest: +SKIP
>>> store.load(graph)                                    # doctest: +SKIP
>>> report = aside.finish()                              # doctest: +SKIP
"""
from __future__ import annotations

import gc
import os
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from kg.errors import ExportError
from kg.exports.html import HtmlReport, write_html


class PageAside:
    """A page being drawn by a forked process into a file beside ``path``."""

    def __init__(self, process, receive, drawing: Path, path: Path):
        self._process, self._receive = process, receive
        self.drawing, self.path = drawing, path

    @classmethod
    def start(cls, graph: nx.MultiDiGraph, path: str | os.PathLike, *, view: str = "all",
              prepare: Callable[[nx.MultiDiGraph], None] | None = None) -> "PageAside":
        """Fork a process that runs ``prepare(graph)`` (in its own copy) and draws the
        page of ``graph`` in ``view``."""
        import multiprocessing

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        drawing = path.with_name(f".{path.name}.{os.getpid()}.drawing")
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)

        def draw() -> None:
            try:
                if prepare:
                    prepare(graph)
                send.send(write_html(graph, drawing, view=view))
            except BaseException as error:  # told to the parent, which raises it
                send.send(f"{type(error).__name__}: {error}")

        gc.freeze()  # the collector's bookkeeping would otherwise copy every page of the graph into the child
        try:
            process = context.Process(target=draw, daemon=True)
            process.start()
        finally:
            gc.unfreeze()
        send.close()
        return cls(process, receive, drawing, path)

    def finish(self) -> HtmlReport:
        """Wait for the page and move it to ``path``; what it holds. Raises
        ``ExportError`` (leaving any old page) when the drawing failed."""
        try:
            try:
                outcome = self._receive.recv()
            except EOFError:  # it died without a word
                outcome = None
            self._process.join()
            if outcome is None:
                outcome = f"the drawing process ended (exit code {self._process.exitcode})"
            if not isinstance(outcome, HtmlReport):
                raise ExportError(f"{self.path}: could not be drawn: {outcome}")
            os.replace(self.drawing, self.path)
            return outcome
        finally:
            self.cancel()

    def cancel(self) -> None:
        """Stop the drawing, if it still runs, and remove what it wrote."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._receive.close()
        self.drawing.unlink(missing_ok=True)

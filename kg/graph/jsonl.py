"""The graph JSON Lines format of ``SCHEMA.md`` (the shape of APOC's export.json).

One JSON object a line: every node, then every relationship::

    {"type":"node","id":"Person:周均发","labels":["Person"],"properties":{"name":"周均发"}}
    {"type":"relationship","id":"r1","label":"CHAIRED","start":{"id":…,"labels":[…]},
     "end":{"id":…,"labels":[…]},"properties":{"article":…,"evidence":…,"rule":…}}

UTF-8, ``ensure_ascii`` off. Files are written atomically: aside, then renamed.
"""
from __future__ import annotations

import functools
import gc
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from kg.graph.build import add_node, add_relationship, count_relationships, new_graph
from kg.graph.model import LABELS, RELATIONSHIPS, edge_properties, label_of, node_properties, relationship_type
from kg.errors import GraphFileError

__all__ = ["write_jsonl", "read_jsonl", "graph_records", "atomic_writer"]


def graph_records(graph: nx.MultiDiGraph) -> Iterator[dict]:
    """The records of the file format, nodes first, in a stable order: nodes by label
    (in the order of ``LABELS``) and id, relationships by type key, start and end."""
    labels = {}
    for node_id in _sorted_nodes(graph):
        labels[node_id] = label = label_of(node_id)
        yield {"type": "node", "id": node_id, "labels": [label],
               "properties": node_properties(graph.nodes[node_id])}
    edges = (edge for _, group in _edge_groups(graph) for edge in sorted(group))
    for number, (start, end, attrs) in enumerate(edges, 1):
        yield {"type": "relationship", "id": f"r{number}", "label": relationship_type(attrs),
               "start": {"id": start, "labels": [labels[start]]},
               "end": {"id": end, "labels": [labels[end]]},
               "properties": edge_properties(attrs)}


def _sorted_nodes(graph: nx.MultiDiGraph) -> list[str]:
    rank = {label: number for number, label in enumerate(LABELS)}
    return sorted(graph, key=lambda n: (rank.get(label_of(n), 99), n))


def _edge_groups(graph: nx.MultiDiGraph) -> list[tuple[str, list[tuple[str, str, dict]]]]:
    """The edges as (key, [(start, end, attributes), …]), in order of key, each group
    unsorted: the file's order is each group sorted, in turn. Sorting a group never
    compares attributes, since (key, start, end) is unique in a multigraph; and a part
    of the file need sort only the groups it writes."""
    by_key: dict[str, list] = {}
    for start, targets in graph._succ.items():  # plain dicts, no views
        for end, keyed in targets.items():
            for key, attrs in keyed.items():
                edges = by_key.get(key)
                if edges is None:
                    edges = by_key[key] = []
                edges.append((start, end, attrs))
    return sorted(by_key.items())


class atomic_writer:
    """Open ``path`` for writing text (or bytes); the file appears whole on success and
    the old one stays untouched on failure.

    Only a regular file (or a new one) is written aside and renamed; a symbolic link is
    followed, so its target is replaced and the link stays. ``-`` is standard output, and
    a device or FIFO (``/dev/null``, ``/dev/stdout``) is written to directly: renaming
    onto it would replace it with a file."""

    def __init__(self, path: str | Path, encoding: str = "utf-8", binary: bool = False, newline: str | None = "\n"):
        self.path = Path(path)
        self.encoding = encoding
        self.binary = binary
        self.newline = newline
        self.temp = None

    def __enter__(self):
        if str(self.path) == "-":
            import sys

            self.handle = sys.stdout.buffer if self.binary else sys.stdout
            self.direct, self.close_handle = True, False
            return self.handle
        target = Path(os.path.realpath(self.path)) if self.path.is_symlink() else self.path
        if target.exists() and not target.is_file() and not target.is_dir():
            self.direct, self.close_handle = True, True
            self.handle = (target.open("wb") if self.binary
                           else target.open("w", encoding=self.encoding, newline=self.newline))
            return self.handle
        self.direct, self.close_handle = False, True
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, self.temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        mode = (target.stat().st_mode & 0o7777) if target.exists() else 0o666 & ~_umask()
        os.chmod(self.temp, mode)  # mkstemp makes 0600; keep the old file's mode, or the usual one
        if self.binary:
            self.handle = os.fdopen(fd, "wb")
        else:
            self.handle = os.fdopen(fd, "w", encoding=self.encoding, newline=self.newline)
        return self.handle

    def __exit__(self, kind, error, trace):
        if self.direct:
            if self.close_handle:
                self.handle.close()
            else:
                self.handle.flush()
            return False
        try:
            if error is None:
                self.handle.flush()
                os.fsync(self.handle.fileno())
            self.handle.close()
            if error is None:
                os.replace(self.temp, self.target)
        finally:
            if os.path.exists(self.temp):
                os.unlink(self.temp)
        return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Below this many records one process writes: forking and joining the parts costs more.
PARALLEL_FROM = 200_000
# Above this many, one process writes too. A forked part touches the reference count of
# nearly every object of the graph (node ids for all lines, every edge it groups), so the
# kernel copies nearly every page: the graph is held twice while the file is written. At
# 100k articles (1.55 million records, a 1.06 GB graph) that was the whole build's peak,
# 2093 MiB over the process tree; one writer costs that build about 5 s of its 135 s.
PARALLEL_UP_TO = 1_000_000
_BATCH = 10_000  # lines joined before a write


def write_jsonl(graph: nx.MultiDiGraph, path: str | Path, jobs: int = 1) -> int:
    """Write ``graph`` as graph JSON Lines; returns the number of records.

    With ``jobs`` > 1 (where processes can fork) a large graph's lines (but not an
    archive's: see ``PARALLEL_UP_TO``) are encoded in that many parts at once: forked
    processes write the later parts aside, this one the first, and the parts are joined
    in order; the file is the same byte for byte.
    Each part sorts what it writes itself, so the sorting too is done side by side."""
    collecting = gc.isenabled()
    gc.disable()  # the lines make no garbage cycles; collections would only look at the graph again
    try:
        node_count, edge_count = graph.number_of_nodes(), count_relationships(graph)
        total = node_count + edge_count
        parts = jobs if jobs > 1 and PARALLEL_FROM <= total <= PARALLEL_UP_TO and hasattr(os, "fork") else 1
        bounds = _bounds(node_count, edge_count, parts)
        lines = functools.partial(_lines, graph, node_count)
        with atomic_writer(path) as handle:
            helpers = [_write_aside(lines, bounds[number], bounds[number + 1]) for number in range(1, parts)]
            try:
                _write_lines(handle, lines(bounds[0], bounds[1]))
                for process, aside in helpers:
                    process.join()
                    if process.exitcode != 0:
                        raise GraphFileError(f"{path}: a writing process failed (exit code {process.exitcode})")
                    _append(handle, aside)
            finally:
                for process, aside in helpers:
                    if process.is_alive():
                        process.kill()
                        process.join()
                    Path(aside).unlink(missing_ok=True)
        return total
    finally:
        if collecting:
            gc.enable()


# What a node's line costs beside a relationship's: 5.3 against 4.0 µs to encode (40k
# articles), and the part holding the nodes sorts them too (another 2.3 µs a node at
# 100k); 5 to 2 made the two parts end about together at 40k and at 100k articles.
_NODE_COST, _EDGE_COST = 5, 2


def _bounds(nodes: int, edges: int, parts: int) -> list[int]:
    """Where each of ``parts`` parts of the file's lines starts (and the last ends), so
    that the parts cost about the same to encode: node lines come first and cost more."""
    node_cost = nodes * _NODE_COST
    bounds = [0]
    for number in range(1, parts):
        target = (node_cost + edges * _EDGE_COST) * number // parts
        bounds.append(target // _NODE_COST if target <= node_cost else nodes + (target - node_cost) // _EDGE_COST)
    return bounds + [nodes + edges]


def _write_lines(handle, lines: Iterator[str]) -> None:
    batch = []
    for line in lines:
        batch.append(line)
        if len(batch) == _BATCH:
            handle.write("".join(batch))
            batch.clear()
    handle.write("".join(batch))


def _append(handle, aside: str) -> None:
    """Append the file ``aside`` to the open text file ``handle``, bytes as they are: by
    the kernel where it can (sendfile: 0.22 → 0.13 s for 100 MB), else through a buffer."""
    handle.flush()
    start = handle.buffer.tell()
    with open(aside, "rb") as part:
        size = os.fstat(part.fileno()).st_size
        try:
            sent = 0
            while sent < size:
                count = os.sendfile(handle.fileno(), part.fileno(), sent, size - sent)
                if not count:
                    raise OSError("sendfile stopped short")
                sent += count
        except (AttributeError, OSError):  # no sendfile here, or not between these files
            handle.buffer.seek(start)
            handle.buffer.truncate()
            part.seek(0)
            shutil.copyfileobj(part, handle.buffer, 1 << 20)


def _write_aside(lines, start: int, stop: int):
    """A forked process that writes lines ``start`` … ``stop`` to a file aside; (process, file)."""
    import multiprocessing

    fd, aside = tempfile.mkstemp(prefix="kg-jsonl-part-", suffix=".jsonl")
    os.close(fd)

    def write() -> None:
        with open(aside, "w", encoding="utf-8", newline="\n") as handle:
            _write_lines(handle, lines(start, stop))

    process = multiprocessing.get_context("fork").Process(target=write, daemon=True)
    process.start()
    return process, aside


_encode = json.JSONEncoder(ensure_ascii=False).encode  # as json.dumps(…, ensure_ascii=False), made once


def _lines(graph: nx.MultiDiGraph, node_count: int, start: int, stop: int) -> Iterator[str]:
    """Lines ``start`` … ``stop`` of the file (nodes, then relationships, in the order of
    ``graph_records``), each ``json.dumps(record, ensure_ascii=False)`` to the byte,
    built from parts: a node's ``{"id": …, "labels": […]}`` (``ends``) is encoded once
    for all its relationships. Nodes are sorted only for node lines, relationships only
    for relationship lines."""
    ends = {node_id: f'{{"id": {_encode(node_id)}, "labels": [{_encode(label_of(node_id))}]}}'
            for node_id in graph}
    if start < node_count:
        attributes = graph.nodes
        for node_id in _sorted_nodes(graph)[start:stop]:
            end = ends[node_id]
            yield f'{{"type": "node", {end[1:-1]}, "properties": {_encode(node_properties(attributes[node_id]))}}}\n'
    if stop <= node_count:
        return
    types = {}
    first, last = max(start - node_count, 0), stop - node_count  # the part's relationships
    number = passed = 0
    for key, group in _edge_groups(graph):
        if passed >= last:
            break
        if passed + len(group) > first:
            group.sort()
            number = max(first, passed)
            for begin, end, attrs in group[number - passed:last - passed]:
                number += 1
                kind = relationship_type(attrs)
                label = types.get(kind) or types.setdefault(kind, _encode(kind))
                yield (f'{{"type": "relationship", "id": "r{number}", "label": {label}, "start": {ends[begin]}, '
                       f'"end": {ends[end]}, "properties": {_encode(edge_properties(attrs))}}}\n')
        passed += len(group)


def read_jsonl(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph JSON Lines file.

    Raises
    ------
    GraphFileError
        naming the file and line, when a line is not JSON, not a node or relationship
        of the schema, or uses a node not defined before it.
    """
    path = Path(path)
    graph = new_graph()
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        raise GraphFileError(f"{path}: cannot be read: {error.strerror or error}") from None
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                _read_line(graph, line, path, number)
        except UnicodeDecodeError:
            raise GraphFileError(f"{path}: is not UTF-8 text (a binary file?), not a graph file") from None
    return graph


def _read_line(graph: nx.MultiDiGraph, line: str, path: Path, number: int) -> None:
    where = f"{path}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        if not graph.number_of_nodes():  # the first line: say what the file is
            kind = "an HTML page" if line.lstrip().startswith("<") else "text"
            raise GraphFileError(f"{where}: not JSON ({error.msg}): the file is {kind}, not a graph file; "
                                 f"make a graph of pages with kg extract") from None
        raise GraphFileError(f"{where}: not JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise GraphFileError(f"{where}: not a JSON object")
    _add_record(graph, record, where)


def _add_record(graph: nx.MultiDiGraph, record: dict, where: str) -> None:
    kind = record.get("type")
    properties = record.get("properties") or {}
    if not isinstance(properties, dict):
        raise GraphFileError(f"{where}: properties must be an object")
    if kind == "node":
        node_id = record.get("id")
        if not isinstance(node_id, str) or label_of(node_id) not in LABELS:
            raise GraphFileError(f"{where}: node id {node_id!r} is not Label:key with a schema label")
        add_node(graph, node_id, properties)
    elif kind == "relationship":
        label = record.get("label")
        if label not in RELATIONSHIPS:
            raise GraphFileError(f"{where}: unknown relationship type {label!r}")
        try:
            start, end = record["start"]["id"], record["end"]["id"]
        except (KeyError, TypeError):
            raise GraphFileError(f"{where}: relationship without start or end id") from None
        for node_id in (start, end):
            if node_id not in graph:
                raise GraphFileError(f"{where}: relationship uses node {node_id!r} not defined before it")
        add_relationship(graph, start, label, end, properties)
    else:
        raise GraphFileError(f"{where}: type must be node or relationship, not {kind!r}")

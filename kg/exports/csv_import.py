"""CSV files for ``neo4j-admin database import full``: a folder of node and relationship
files with neo4j-admin's header rules.

Node files ``nodes_<Label>.csv`` open with ``id:ID(<Label>)`` (one id space per label,
so ids are unique per label), ``:LABEL`` and the properties; lists are
``name:string[]`` with ``;`` between items. Relationship files
``rels_<TYPE>_<Start>_<End>.csv`` open with ``:START_ID(<Start>)``, ``:END_ID(<End>)``,
``:TYPE`` and the properties. Text may hold quotes and newlines (quoted, with
``--multiline-fields=true``). The folder is written aside and renamed into place.
"""
from __future__ import annotations

import csv
import os
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

import networkx as nx

from kg.graph.model import edge_properties, label_of, node_properties, relationship_type
from kg.errors import ExportError

__all__ = ["write_csv", "import_command", "ARRAY_DELIMITER"]

ARRAY_DELIMITER = ";"


def _columns(rows: list[dict]) -> list[str]:
    names: dict[str, str] = {}
    for row in rows:
        for key, value in row.items():
            if isinstance(value, list):
                names[key] = f"{key}:string[]"
            elif isinstance(value, bool):
                names.setdefault(key, f"{key}:boolean")
            elif isinstance(value, int):
                names.setdefault(key, f"{key}:long")
            else:
                names.setdefault(key, key)
    return [names[key] for key in sorted(names)]


def _cell(value, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        for item in value:
            if ARRAY_DELIMITER in str(item):
                raise ExportError(f"{where}: list item {item!r} holds the array delimiter {ARRAY_DELIMITER!r}")
        return ARRAY_DELIMITER.join(map(str, value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _write(path: Path, header: list[str], keys: list[str], rows: list[dict], fixed: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        for row, first in zip(rows, fixed):
            writer.writerow(first + [_cell(row.get(key), path.name) for key in keys])


def _files(graph: nx.MultiDiGraph, folder: Path) -> tuple[list[str], list[str]]:
    nodes: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for node, attrs in graph.nodes(data=True):
        nodes[label_of(node)].append((node, node_properties(attrs)))
    node_files = []
    for label, members in sorted(nodes.items()):
        props = [p for _, p in members]
        columns = _columns(props)
        keys = [c.split(":")[0] for c in columns]
        name = f"nodes_{label}.csv"
        _write(folder / name, [f"id:ID({label})", ":LABEL", *columns], keys, props,
               [[node, label] for node, _ in members])
        node_files.append(name)
    relationships: dict[tuple[str, str, str], list[tuple[str, str, dict]]] = defaultdict(list)
    for start, end, attrs in graph.edges(data=True):
        kind = relationship_type(attrs)
        relationships[(kind, label_of(start), label_of(end))].append(
            (start, end, edge_properties(attrs)))
    rel_files = []
    for (kind, start_label, end_label), members in sorted(relationships.items()):
        props = [p for _, _, p in members]
        columns = _columns(props)
        keys = [c.split(":")[0] for c in columns]
        name = f"rels_{kind}_{start_label}_{end_label}.csv"
        _write(folder / name, [f":START_ID({start_label})", f":END_ID({end_label})", ":TYPE", *columns], keys,
               props, [[start, end, kind] for start, end, _ in members])
        rel_files.append(name)
    return node_files, rel_files


def import_command(folder: str | Path, node_files: list[str], rel_files: list[str], database: str = "neo4j") -> str:
    """The neo4j-admin command that imports the folder into a new database."""
    folder = Path(folder)
    parts = ["neo4j-admin database import full"]
    parts += [f"--nodes={folder / name}" for name in node_files]
    parts += [f"--relationships={folder / name}" for name in rel_files]
    parts += [f"--array-delimiter='{ARRAY_DELIMITER}'", "--multiline-fields=true", "--overwrite-destination", database]
    return " \\\n  ".join(parts)


def write_csv(graph: nx.MultiDiGraph, folder: str | Path, *, database: str = "neo4j") -> str:
    """Write the CSV folder; returns the neo4j-admin command that imports it.

    The files are written into a new folder beside ``folder``, which then replaces it."""
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder}: is a file; the CSV export writes a folder")
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        node_files, rel_files = _files(graph, staging)
        os.chmod(staging, 0o755)
        if folder.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.old.", dir=folder.parent))
            os.replace(folder, old / folder.name)
            os.replace(staging, folder)
            shutil.rmtree(old)
        else:
            os.replace(staging, folder)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return import_command(folder, node_files, rel_files, database)

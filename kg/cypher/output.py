"""Query results as a table for the terminal, CSV or JSON."""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI reads FORMATS at start-up: no query engine for that
    from kg.cypher.runner import QueryResult

__all__ = ["FORMATS", "render", "as_table", "as_csv", "as_json"]

FORMATS = ("table", "csv", "json")


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "、".join(map(str, value))
    return str(value)


def _width(text: str) -> int:
    """Columns a string takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def as_table(result: "QueryResult") -> str:
    cells = [[_text(row.get(column)) for column in result.columns] for row in result.rows]
    widths = [max([_width(c)] + [_width(line[i]) for line in cells]) for i, c in enumerate(result.columns)]

    def line(values):
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(result.columns), line(["-" * w for w in widths])] + [line(values) for values in cells]
    out.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(out)


def as_csv(result: "QueryResult") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow([_text(row.get(column)) for column in result.columns])
    return buffer.getvalue().rstrip("\n")


def as_json(result: "QueryResult") -> str:
    return json.dumps([{c: row.get(c) for c in result.columns} for row in result.rows], ensure_ascii=False, indent=1)


def render(result: "QueryResult", format_: str) -> str:
    return {"table": as_table, "csv": as_csv, "json": as_json}[format_](result)

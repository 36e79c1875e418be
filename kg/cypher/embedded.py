"""Cypher on the embedded store: grand-cypher over the NetworkX graph.

grand-cypher 1.2.0 runs a useful subset of Cypher, with gaps this module smooths over
or names: it has no ``$parameters`` (values are bound here as escaped literals, never
pasted raw), no single-quoted strings (turned into double-quoted ones), aggregates
only in upper case (upper-cased here). What it cannot do at all (``WITH``, ``OPTIONAL
MATCH``, ``UNWIND``, undirected patterns, ``IS NULL`` …) is refused with a message that
names the construct, rather than answered wrongly. Library queries that need such
constructs have a NetworkX implementation under the same name (``cypher/native.py``).
"""
from __future__ import annotations

import json
import re

import networkx as nx

from kg.errors import QueryError

AGGREGATES = ("count", "sum", "avg", "min", "max", "collect")
# Constructs grand-cypher 1.2.0 cannot run, each with the pattern that finds it
# (outside string literals) and the name a user reads.
UNSUPPORTED = [
    (re.compile(r"\bOPTIONAL\s+MATCH\b", re.I), "OPTIONAL MATCH"),
    (re.compile(r"(?<!STARTS )(?<!ENDS )\bWITH\b", re.I), "WITH"),
    (re.compile(r"\bUNWIND\b", re.I), "UNWIND"),
    (re.compile(r"\bUNION\b", re.I), "UNION"),
    (re.compile(r"\bCALL\b", re.I), "CALL"),
    (re.compile(r"\bIS\s+(NOT\s+)?NULL\b", re.I), "IS NULL / IS NOT NULL"),
    (re.compile(r"\bCASE\b", re.I), "CASE"),
    (re.compile(r"\bEXISTS\b", re.I), "EXISTS"),
    (re.compile(r"\b(labels|coalesce|size|date|duration|toInteger|toString|substring|head|keys|properties)\s*\(",
                re.I), "function {0}()"),
    (re.compile(r"\bcount\s*\(\s*(DISTINCT|\*)", re.I), "count(DISTINCT …) / count(*)"),
    (re.compile(r"\)\s*-\s*(\[[^\]]*\])?\s*-\s*\("), "undirected relationship patterns (a)-[r]-(b)"),
    (re.compile(r"\*\s*\d*\s*\.\.|\[\s*\w*\s*(:\s*\w+)?\s*\*", re.I), "variable-length paths"),
]
_TOKEN = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|//[^\n]*|\$\w+|[^'"$/]+|/""")


def _literal(value) -> str:
    """A value as a grand-cypher literal: strings double-quoted with JSON escapes."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    raise QueryError(f"a parameter of type {type(value).__name__} cannot be used on the embedded store")


def translate(text: str, parameters: dict) -> str:
    """The query as grand-cypher reads it: parameters bound, strings double-quoted,
    aggregates upper-cased, comments dropped.

    >>> translate("MATCH (p:Person) WHERE p.name = $name RETURN count(p)", {"name": 'O"Neil'})
    'MATCH (p:Person) WHERE p.name = "O\\\\"Neil" RETURN COUNT(p)'
    """
    return _translate(text, parameters)[0]


def _translate(text: str, parameters: dict) -> tuple[str, list[tuple[int, int, int]]]:
    """The translated text and, for each piece, (translated start, original start,
    original length): where an error in the translation lies in the user's text."""
    from kg.cypher.library import writing_clause

    clause = writing_clause(text)
    if clause:
        raise QueryError(f"the embedded store does not change its graph from a query ({clause} writes); "
                         f"load graph files with kg load, or run writing queries on Neo4j with --neo4j --write")
    parts, pieces, written, read = [], [], 0, 0
    for token in _TOKEN.findall(text):
        start = read
        read += len(token)
        if token.startswith("//"):
            continue
        before = len(parts)
        if token.startswith("//"):
            continue
        if token.startswith("'"):
            parts.append(json.dumps(_unquote(token), ensure_ascii=False))
        elif token.startswith('"'):
            parts.append(json.dumps(_unquote(token), ensure_ascii=False))
        elif token.startswith("$"):
            name = token[1:]
            if name not in parameters:
                raise QueryError(f"the query uses ${name}, but no value was given (-p {name}=…)")
            parts.append(_literal(parameters[name]))
        else:
            _refuse_unsupported(token)
            parts.append(re.sub(rf"\b({'|'.join(AGGREGATES)})\s*\(",
                                lambda m: m.group(1).upper() + "(", token, flags=re.I))
        if len(parts) > before:
            pieces.append((written, start, len(token)))
            written += len(parts[-1])
    joined = "".join(parts)
    lead = len(joined) - len(joined.lstrip())
    return joined.strip(), [(t - lead, o, n) for t, o, n in pieces]


def _caret(text: str, offset: int) -> str:
    """``line L, column C`` and the line with a caret under ``offset``, as cypher-shell shows."""
    line_number = text.count("\n", 0, offset) + 1
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    column = offset - line_start + 1
    return f"line {line_number}, column {column}\n  {line}\n  {' ' * (column - 1)}^"


def _original_offset(pieces: list[tuple[int, int, int]], position: int) -> int:
    for written, start, length in reversed(pieces):
        if written <= position:
            return start + min(position - written, max(length - 1, 0))
    return 0


def _unquote(token: str) -> str:
    body = token[1:-1]
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


def _refuse_unsupported(code: str) -> None:
    for pattern, name in UNSUPPORTED:
        match = pattern.search(code)
        if match:
            shown = name.format(match.group(1)) if "{0}" in name else name
            raise QueryError(f"the embedded store's Cypher engine (grand-cypher) cannot run {shown}; "
                             f"rewrite the query without it, or run it on Neo4j with --neo4j")


_NODE_PATTERN = re.compile(r"\(\s*(\w*)\s*(:\s*[\w|:]+)?\s*(\{[^}]*\})?\s*\)")
_EDGE_PATTERN = re.compile(r"\[\s*(\w*)\s*(:\s*[\w|]+)?[^\]]*\]")


def pattern_needs(query: str) -> tuple[set[str] | None, set[str] | None]:
    """The labels and relationship types a (translated) query can match: the labels
    when every node pattern names one, the types when every relationship pattern
    names its types; None where anything may match."""
    match_part = re.split(r"\b(?:WHERE|RETURN)\b", query, flags=re.I)[0]
    nodes = _NODE_PATTERN.findall(match_part)
    edges = _EDGE_PATTERN.findall(match_part)
    bound = {name: labels for name, labels, _ in nodes if name and labels}
    labels = {label for _, found, _ in nodes for label in re.split(r"[:|]", found) if label}
    if not nodes or any(not found and not bound.get(name) for name, found, _ in nodes):
        labels = None  # some node may be anything
    types = {kind for _, found in edges for kind in re.split(r"[:|]", found) if kind}
    if not edges or any(not found for _, found in edges):
        types = None
    return labels, types


def prune(graph: nx.MultiDiGraph, query: str) -> nx.MultiDiGraph:
    """The part of ``graph`` a query can match (``pattern_needs``). On a big store
    (articles and MENTIONS are most of it) this is what keeps grand-cypher's matching
    fast; the answer is the same."""
    labels, types = pattern_needs(query)
    if labels is None and types is None:
        return graph
    from kg.graph.model import label_of, relationship_type

    pruned = nx.MultiDiGraph()
    pruned.add_nodes_from((n, attrs) for n, attrs in graph.nodes(data=True) if labels is None or label_of(n) in labels)
    pruned.add_edges_from((a, b, key, attrs) for a, b, key, attrs in graph.edges(keys=True, data=True)
                          if a in pruned and b in pruned and (types is None or relationship_type(attrs) in types))
    return pruned


def _hints_help(query: str) -> bool:
    """grand-cypher's automatic WHERE hints index equality tests well, but a test most
    nodes pass (CONTAINS "", ranges) yields one hint per node and its quadratic pruning
    of them dominates (11 s instead of 0.6 s on 10,000 articles)."""
    where = re.split(r"\bWHERE\b", query, maxsplit=1, flags=re.I)
    return len(where) == 2 and not re.search(r"\bCONTAINS\b|\bSTARTS\s+WITH\b|\bENDS\s+WITH\b|[<>]",
                                             re.split(r"\bRETURN\b", where[1], flags=re.I)[0], re.I)


def run_grand_cypher(graph: nx.MultiDiGraph, text: str, parameters: dict) -> tuple[list[str], list[dict]]:
    """Columns and rows of a query on the graph."""
    from grandcypher import GrandCypher

    from lark.exceptions import UnexpectedInput

    query, pieces = _translate(text, parameters)
    try:
        engine = GrandCypher(prune(graph, query))  # a new engine each time: one must not run twice
        engine.auto_where_hints = engine.auto_node_jsondata_hints = _hints_help(query)
        result = engine.run(query)
    except QueryError:
        raise
    except UnexpectedInput as error:  # a syntax error: where it is, in the user's own text
        position = getattr(error, "pos_in_stream", None)
        if position is None:
            position = len(query)
        raise QueryError(f"Cypher syntax error at {_caret(text, _original_offset(pieces, position))}") from None
    except Exception as error:  # the engine's own evaluation errors
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise QueryError(f"the embedded store's Cypher engine (grand-cypher) could not run the query: {first}") \
            from None
    order = return_columns(text)
    columns = [str(column) for column in result]
    if sorted(order) == sorted(columns):
        columns = order  # the engine returns columns in its own order; keep the query's
    values = [result[column] for column in columns]
    rows = [{column: plain(values[i][n]) for i, column in enumerate(columns)}
            for n in range(len(values[0]) if values else 0)]
    return columns, rows


def return_columns(text: str) -> list[str]:
    """The column names a query's RETURN clause gives, in order (``x AS name`` → name).

    >>> return_columns("MATCH (p) RETURN p.name AS person, COUNT(p), p.id ORDER BY person")
    ['person', 'COUNT(p)', 'p.id']
    """
    clause = re.split(r"\bRETURN\b", text, flags=re.I)[-1]
    clause = re.split(r"\b(?:ORDER\s+BY|SKIP|LIMIT)\b", clause, flags=re.I)[0]
    clause = re.sub(r"^\s*DISTINCT\b", "", clause, flags=re.I)
    columns, depth, current = [], 0, ""
    for ch in clause + ",":
        if ch == "," and depth == 0:
            item = current.strip()
            alias = re.search(r"\bAS\s+(\w+)\s*$", item, re.I)
            columns.append(alias.group(1) if alias else re.sub(r"\s+", "", item) if "(" in item else item)
            current = ""
            continue
        depth += ch in "([{"
        depth -= ch in ")]}"
        current += ch
    return [c for c in columns if c]


def plain(value):
    """Values as both stores give them: sets become sorted lists."""
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    return value

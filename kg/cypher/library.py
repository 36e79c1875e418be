"""The analysts' query library: one ``.cypher`` file a query, in this folder.

Each file opens with comment lines: the first says what the query answers; lines of the
form ``//   $name  help (default: value)`` declare its parameters (a parameter without a
default is required); a line ``// Example: …`` shows a call.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.errors import QueryError

_PARAMETER = re.compile(r"^//\s+\$(?P<name>\w+)\s+(?P<help>.*?)(?:\s*\(default:\s*(?P<default>.*)\))?\s*$")
REQUIRED = object()
DATE_PARAMETERS = ("since", "until")  # checked as ISO 8601 dates; until keeps all of a month or year


# Cypher text opens (after any comments) with one of the clauses a statement starts with.
_CYPHER_START = re.compile(r"^\s*(?:(?://[^\n]*(?:\n|$)|/\*.*?\*/)\s*)*"
                           r"(MATCH|OPTIONAL|WITH|UNWIND|CALL|CREATE|MERGE|RETURN|USE|EXPLAIN|PROFILE|SHOW|LOAD"
                           r"|FOREACH|DELETE|DETACH|SET|REMOVE|DROP)\b", re.I | re.S)
_STRINGS_AND_COMMENTS = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|//[^\n]*|/\*.*?\*/""", re.S)
_WRITING = re.compile(r"(?<![.\w$])(CREATE|MERGE|SET|DETACH\s+DELETE|DELETE|REMOVE|FOREACH|LOAD\s+CSV|DROP)(?![\w])",
                      re.I)


def writing_clause(text: str) -> str | None:
    """The first clause of ``text`` that writes (``CREATE``, ``MERGE``, ``SET`` …),
    upper-cased, or None for a query that only reads. Strings and comments are skipped.

    >>> writing_clause("// make one\nCREATE (p:Person {name: 'set'}) RETURN p")
    'CREATE'
    """
    code = _STRINGS_AND_COMMENTS.sub(lambda m: " " * len(m.group(0)), text)
    found = _WRITING.search(code)
    return re.sub(r"\s+", " ", found.group(1)).upper() if found else None


@dataclass(frozen=True)
class Parameter:
    name: str
    help: str
    default: object = REQUIRED  # a str or int, or REQUIRED

    def coerce(self, value: str):
        """A ``-p name=value`` string as the type of the default (numbers stay numbers)."""
        if isinstance(self.default, int) and not isinstance(self.default, bool):
            try:
                return int(value)
            except ValueError:
                raise QueryError(f"parameter ${self.name} takes a whole number, not {value!r}") from None
        if self.name in DATE_PARAMETERS:
            from kg.graph.filters import check_date, until_bound

            check_date(value, f"parameter ${self.name}")
            return until_bound(value) if self.name == "until" else value
        return value


@dataclass(frozen=True)
class Query:
    """A Cypher query with its description and parameters."""

    name: str
    text: str
    description: str = ""
    parameters: tuple[Parameter, ...] = field(default_factory=tuple)
    example: str = ""

    def bind(self, given: dict[str, str]) -> dict[str, object]:
        """The parameters to send: given values (coerced), defaults for the rest.

        Raises QueryError for an unknown or a missing required parameter."""
        known = {p.name: p for p in self.parameters}
        unknown = sorted(set(given) - set(known))
        if known and unknown:
            raise QueryError(f"query {self.name!r} has no parameter ${unknown[0]} "
                             f"(it takes {', '.join('$' + n for n in known)})")
        values: dict[str, object] = {name: value for name, value in given.items() if name not in known}
        for parameter in self.parameters:
            if parameter.name in given:
                values[parameter.name] = parameter.coerce(given[parameter.name])
            elif parameter.default is REQUIRED:
                raise QueryError(f"query {self.name!r} needs -p {parameter.name}=… ({parameter.help})")
            else:
                values[parameter.name] = parameter.default
        return values


def _default(text: str | None):
    if text is None:
        return REQUIRED
    text = text.strip()
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def parse_query(name: str, text: str) -> Query:
    """Read a query file's header comment and body."""
    lines = text.splitlines()
    comments = []
    for line in lines:
        if not line.startswith("//"):
            break
        comments.append(line)
    if not comments or not comments[0][2:].strip():
        raise QueryError(f"{name}.cypher must open with a comment saying what it answers")
    parameters, example = [], ""
    for line in comments[1:]:
        match = _PARAMETER.match(line)
        if match:
            parameters.append(Parameter(match["name"], match["help"].strip(), _default(match["default"])))
        elif line[2:].strip().startswith("Example:"):
            example = line[2:].strip().removeprefix("Example:").strip()
    description = []
    for line in comments:  # the opening comment, up to its first empty line
        if not line[2:].strip():
            break
        description.append(line[2:].strip())
    return Query(name, text, " ".join(description), tuple(parameters), example)


@lru_cache(maxsize=1)
def library() -> dict[str, Query]:
    """Every query shipped in this folder, by name."""
    queries = {}
    for entry in sorted(resources.files("kg.cypher").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            name = entry.name.removesuffix(".cypher")
            queries[name] = parse_query(name, entry.read_text(encoding="utf-8"))
    return queries


def resolve(spec: str) -> Query:
    """A library query by name, a ``.cypher`` file by path, or Cypher text itself."""
    queries = library()
    if spec in queries:
        return queries[spec]
    path = Path(spec)
    if spec.endswith(".cypher"):
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise QueryError(f"{spec}: cannot be read: {error.strerror or error}") from None
        return parse_query(path.stem, text) if text.startswith("//") else Query(path.stem, text)
    if _CYPHER_START.match(spec):
        return Query("", spec)
    raise QueryError(f"no query named {spec!r} (kg query --list shows them), and it is not Cypher text")

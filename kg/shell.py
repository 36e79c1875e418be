"""``kg shell``: statements answered one after another on one open store, in the manner
of Neo4j's ``cypher-shell``.

What a line holds decides what it is:

- Cypher text, over as many lines as it takes, ended by ``;`` (outside strings and
  comments): ``MATCH (p:Person) WHERE p.name CONTAINS $person RETURN p.name;``
- a library query, on one line: its name, then ``key=value`` parameters, quoted like a
  shell's words where a value holds spaces: ``chairs org=张掖市政协 since=--09-01``
- a command, on one line: ``:help``, ``:param name => value``, ``:params``,
  ``:params clear``, ``:format table|csv|json``, ``:exit`` / ``:quit``.

A parameter set with ``:param`` is ``$name`` in later Cypher and in the library queries
that take it. A failing statement prints ``Error: …`` and the shell goes on. The shell
knows the store only through the ``Store`` protocol, so it runs on any store.

>>> import io, kg                                                        # doctest: +SKIP
>>> with kg.open_store("kg-store") as store:                             # doctest: +SKIP
...     Shell(store).run(io.StringIO(":param org => '张掖市政协'\\nchairs\\n"))
"""
from __future__ import annotations

import json
import os
import re
import shlex
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kg.cypher.output import FORMATS, render
from kg.errors import KGError, QueryError

if TYPE_CHECKING:
    from kg.cypher.library import Query
    from kg.graph.stores import Store

__all__ = ["Shell", "split_statements", "parse_value", "history_path"]

CONTINUATION = "...> "
HISTORY_LENGTH = 1000
_PARAM = re.compile(r"^\$?(?P<name>[A-Za-z_]\w*)\s*(?:=>|=|:)\s*(?P<value>.*)$", re.S)


def history_path() -> Path:
    """Where the history of a shell on a terminal is kept: ``$KG_HISTORY``, else
    ``~/.kg_history``."""
    return Path(os.environ.get("KG_HISTORY") or Path.home() / ".kg_history")


def _mask(text: str) -> str:
    """``text`` with comments blanked and the insides of strings and backquoted names
    blanked (their quotes kept): the same length, so positions still hold. A string or
    comment not yet closed is blanked to the end."""
    out, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "'\"`":
            end = i + 1
            while end < n and text[end] != ch:
                end += 2 if text[end] == "\\" and ch != "`" else 1
            if end < n:  # closed at end
                out.append(ch + " " * (end - i - 1) + ch)
                i = end + 1
            else:
                out.append(ch + " " * (n - i - 1))
                i = n
        elif text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            out.append(" " * (end - i))
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def split_statements(text: str) -> tuple[list[str], str]:
    """The statements of ``text`` ended by ``;`` outside strings and comments, and what
    follows the last ``;`` (a statement not yet ended).

    >>> split_statements("MATCH (n) RETURN ';' AS s; // a ; in a comment\\nMATCH (m)")
    (["MATCH (n) RETURN ';' AS s"], ' // a ; in a comment\\nMATCH (m)')
    """
    masked = _mask(text)
    statements, start = [], 0
    for found in re.finditer(";", masked):
        statement = text[start:found.start()]
        if _mask(statement).strip():
            statements.append(statement.strip())
        start = found.end()
    return statements, text[start:]


def parse_value(text: str):
    """A parameter's value as typed after ``:param name =>``: a quoted string, a whole
    or decimal number, ``true``, ``false``, ``null``, a JSON list; anything else is
    the text itself.

    >>> parse_value("'王'"), parse_value("12"), parse_value("true"), parse_value("张掖市政协")
    ('王', 12, True, '张掖市政协')
    """
    text = text.strip().rstrip(";").strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d*(?:[eE][-+]?\d+)?", text):
        return float(text)
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered == "null":
        return None
    if text.startswith("["):
        try:
            return json.loads(text)
        except ValueError:
            pass
    return text


def _cypher_literal(value) -> str:
    if isinstance(value, str):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)


def _as_text(value) -> str:
    """A parameter's value as a library query's ``key=value`` text (it coerces that)."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return _cypher_literal(value).strip("'")


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=\.)\s", text, maxsplit=1)[0]


class Shell:
    """Answer statements one after another on ``store``, writing rows to ``stdout`` and
    messages (errors, row counts and times) to ``stderr``.

    Parameters
    ----------
    store
        Any ``Store``, already open; the shell does not close it.
    name
        The store's name in the prompt, ``kg@NAME>``.
    format_
        How rows are printed at first: ``table``, ``csv`` or ``json`` (``:format``).
    write
        Let a statement that writes run (only Neo4j runs one), as ``kg query --write``.
    timing
        Print ``N rows, T ms`` on ``stderr`` after each statement.

    Examples
    --------
    >>> import io
    >>> shell = Shell(store, stdout=io.StringIO())                        # doctest: +SKIP
    >>> shell.run(io.StringIO(":param person => '王'\\nchairs\\n"))        # doctest: +SKIP
    0
    """

    def __init__(self, store: Store, *, stdout: TextIO | None = None, stderr: TextIO | None = None,
                 name: str = "kg", format_: str = "table", write: bool = False, timing: bool = True):
        if format_ not in FORMATS:
            raise KGError(f"no format {format_!r}; choose from {', '.join(FORMATS)}")
        self.store, self.name, self.format, self.write, self.timing = store, name, format_, write, timing
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.params: dict[str, object] = {}
        self.pending = ""  # Cypher typed so far, waiting for its ;
        self.failures = 0  # statements and commands that failed
        self.finished = False  # :exit was given

    # -- the input loop --------------------------------------------------------

    @property
    def prompt(self) -> str:
        """``kg@NAME> `` for a new statement, ``...> `` while a statement goes on."""
        return CONTINUATION if self.pending else f"kg@{self.name}> "

    def run(self, stdin: TextIO | None = None, *, interactive: bool = False) -> int:
        """Read and answer ``stdin`` (default ``sys.stdin``) to its end or ``:exit``;
        the number of statements that failed.

        ``interactive`` prints a greeting and prompts, and lets Ctrl-C drop the line
        being typed; on a terminal (``sys.stdin`` itself) lines are read with
        ``readline``, and the history is kept in ``history_path()``. The store is asked
        for its counts first, so a store that is missing or unreachable raises
        ``KGError`` before anything is read."""
        stdin = stdin or sys.stdin
        counts = self.store.stats()
        if interactive:
            self._say(f"Connected to {self.name}: {sum(counts['nodes'].values())} nodes, "
                      f"{sum(counts['relationships'].values())} relationships.\n"
                      f"Type :help for help, :exit to leave. Cypher statements end with ;", self.stdout)
        on_terminal = interactive and stdin is sys.stdin and stdin.isatty()
        if on_terminal:
            _hear_ctrl_c()
        readline = _readline() if on_terminal else None
        if readline:
            try:
                readline.read_history_file(history_path())
            except OSError:
                pass
            readline.set_history_length(HISTORY_LENGTH)
        try:
            while not self.finished:
                try:
                    line = self._read(stdin, interactive, on_terminal)
                except KeyboardInterrupt:  # Ctrl-C drops what is being typed, not the shell
                    self.pending = ""
                    self._say("", self.stdout)
                    continue
                if line is None:
                    if interactive:
                        self._say("", self.stdout)
                    break
                lines_before = sum(1 for typed in self.pending.splitlines() if typed)  # as readline keeps them
                try:
                    self.feed(line)
                except KeyboardInterrupt:
                    if not interactive:
                        raise
                    self.failures += 1
                    self._error("interrupted; the statement was cancelled")
                if readline and lines_before and not self.pending:
                    _join_history(readline, lines_before + 1)
            if not self.finished:
                self.finish()
        finally:
            if readline:
                try:
                    readline.write_history_file(history_path())
                except OSError as error:
                    self._say(f"note: the history could not be saved in {history_path()}: "
                              f"{error.strerror or error}", self.stderr)
        return self.failures

    def _read(self, stdin: TextIO, interactive: bool, on_terminal: bool) -> str | None:
        """The next line without its newline, or None at the end of the input."""
        if on_terminal:
            try:
                return input(self.prompt)
            except EOFError:
                return None
        if interactive:
            self.stdout.write(self.prompt)
            self.stdout.flush()
        line = stdin.readline()
        return line.rstrip("\r\n") if line else None

    def feed(self, line: str) -> None:
        """Take one line of input: a command, a library query, or (part of) Cypher,
        answering each statement it ends."""
        stripped = line.strip()
        if not self.pending:
            if not stripped:
                return
            if stripped.startswith(":"):
                self._guarded(self.command, stripped)
                return
            words = stripped.split(None, 1)
            if _is_library_call(words[0].rstrip(";")):
                self._guarded(self.call, stripped)
                return
            if not _opens_cypher(stripped):
                self.failures += 1
                self._error(f"no query named {words[0]!r} (:help lists them), and it is not Cypher text")
                return
        self.pending += line + "\n"
        statements, rest = split_statements(self.pending)
        self.pending = rest if _mask(rest).strip() else ""
        for statement in statements:
            self._guarded(self.cypher, statement)

    def finish(self) -> None:
        """The end of the input: a last statement left without its ``;`` runs."""
        statement, self.pending = self.pending.strip(), ""
        if statement:
            self._guarded(self.cypher, statement)

    def _guarded(self, action, text: str) -> None:
        """Run ``action(text)``; an error is printed and counted, and the shell goes on."""
        try:
            action(text)
        except KGError as error:
            self.failures += 1
            self._error(str(error))
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as error:  # a fault in a query engine must not end the session
            self.failures += 1
            self._error(f"{type(error).__name__}: {error}")

    # -- statements ------------------------------------------------------------

    def cypher(self, text: str) -> None:
        """Run Cypher text with the parameters set."""
        missing = sorted(set(re.findall(r"\$(\w+)", _mask(text))) - set(self.params))
        if missing:
            raise QueryError(f"the statement uses ${missing[0]}, which is not set; "
                             f"set it with :param {missing[0]} => value")
        from kg.cypher.library import Query

        self._answer(Query("", text), dict(self.params))

    def call(self, line: str) -> None:
        """Run a library query (or a ``.cypher`` file) given as ``NAME key=value …``.
        Parameters set with ``:param`` that the query takes are used; values on the
        line come first."""
        from kg.cypher.library import library, resolve

        try:
            words = shlex.split(line.rstrip().rstrip(";"))
        except ValueError as error:
            raise QueryError(f"{line}: {error}") from None
        name, given = words[0], {}
        for word in words[1:]:
            if word in ("-p", "--param"):
                continue
            key, sep, value = word.partition("=")
            key = key.lstrip("$")
            if not sep or not key:
                raise QueryError(f"{name}: {word!r} is not key=value")
            if key in given:
                raise QueryError(f"{name}: {key} is given twice ({given[key]!r} and {value!r}); give it once")
            given[key] = value
        query = library().get(name) or resolve(name)
        taken = {p.name for p in query.parameters}
        from_session = {key: _as_text(value) for key, value in self.params.items() if key in taken} if taken \
            else dict(self.params)
        self._answer(query, {**from_session, **given})

    def _answer(self, query: Query, params: dict) -> None:
        started = time.perf_counter()
        result = self.store.query(query, write_=self.write, **params)
        elapsed = time.perf_counter() - started
        self._say(render(result, self.format), self.stdout)
        if self.timing:
            rows = len(result.rows)
            self._say(f"{rows} row{'s' if rows != 1 else ''}, {elapsed * 1000:.0f} ms", self.stderr)

    # -- commands --------------------------------------------------------------

    def command(self, line: str) -> None:
        """Run a ``:command``."""
        name, _, rest = line.rstrip(";").partition(" ")
        name, rest = name.lower(), rest.strip()
        if name in (":exit", ":quit"):
            self.finished = True
        elif name == ":help":
            self._say(self.help(), self.stdout)
        elif name == ":params" and rest.lower() == "clear":
            self.params.clear()
        elif name == ":params" and not rest:
            shown = [f":param {key} => {_cypher_literal(value)}" for key, value in sorted(self.params.items())]
            self._say("\n".join(shown) or "(no parameters set)", self.stdout)
        elif name == ":param":
            self.set_param(rest)
        elif name == ":format":
            if not rest:
                self._say(self.format, self.stdout)
            elif rest in FORMATS:
                self.format = rest
            else:
                raise KGError(f":format {rest}: choose from {', '.join(FORMATS)}")
        else:
            raise KGError(f"no command {line.split()[0]} (:help lists them)")

    def set_param(self, text: str) -> None:
        """``name => value`` or ``name=value``: set ``$name`` for later statements."""
        match = _PARAM.match(text.strip())
        if not match or not match["value"].strip():
            raise KGError(f":param {text}: give a name and a value, as :param person => '王' or :param person=王")
        self.params[match["name"]] = parse_value(match["value"])

    def help(self) -> str:
        """The help text: the syntax, the commands and the library's queries."""
        import textwrap

        from kg.cypher.library import REQUIRED, library

        lines = [
            "Cypher statements end with ; and may take several lines:",
            "  MATCH (p:Person) WHERE p.name CONTAINS $person RETURN p.name LIMIT 5;",
            "A library query takes one line: its name, then key=value parameters (quote a value",
            "holding spaces; -p key=value, as in kg query, works too):",
            "  chairs org=张掖市政协 since=--09-01",
            "",
            "Commands:",
            "  :help                   this help",
            "  :param NAME => VALUE    set $NAME for later statements and the library queries that",
            "                          take it ('text', 12, true, null; :param NAME=VALUE also works)",
            "  :params                 show the parameters set",
            "  :params clear           forget them",
            f"  :format table|csv|json  how rows are printed (now {self.format})",
            "  :exit, :quit            leave (Ctrl-D too); Ctrl-C drops the statement being typed",
            "",
            "Library queries ([optional] parameters):",
        ]
        for name, query in library().items():
            usage = [f"{p.name}=…" if p.default is REQUIRED else f"[{p.name}=…]" for p in query.parameters]
            lines.append("  " + " ".join([name, *usage]))
            lines.extend(textwrap.wrap(_first_sentence(query.description), width=88,
                                       initial_indent="      ", subsequent_indent="      "))
        return "\n".join(lines)

    # -- output ----------------------------------------------------------------

    def _say(self, text: str, stream: TextIO) -> None:
        if stream is self.stderr:
            self.stdout.flush()
        stream.write(text + "\n")
        stream.flush()

    def _error(self, message: str) -> None:
        self._say(f"Error: {message}", self.stderr)


def _is_library_call(word: str) -> bool:
    from kg.cypher.library import library

    return word in library() or word.endswith(".cypher")


def _opens_cypher(line: str) -> bool:
    """Whether a line can open a Cypher statement: a Cypher clause, or a comment first."""
    from kg.cypher.library import resolve

    if not _mask(line).strip():
        return True  # a comment: what follows decides
    try:
        resolve(line)
    except QueryError:
        return False
    return True


def _hear_ctrl_c() -> None:
    """Let Ctrl-C reach the shell on a terminal even where the process that started it
    ignored or blocked SIGINT (both are inherited: a script run with nohup, a test
    runner): Python then leaves SIGINT as it found it, and Ctrl-C would do nothing."""
    import signal

    if threading.current_thread() is not threading.main_thread():
        return  # signals are set only from the main thread
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if signal.getsignal(signal.SIGINT) in (signal.SIG_IGN, signal.SIG_DFL, None):
        signal.signal(signal.SIGINT, signal.default_int_handler)


def _readline():
    try:
        import readline
    except ImportError:  # pragma: no cover - a Python built without it
        return None
    return readline


def _join_history(readline, lines: int) -> None:
    """The last ``lines`` history entries (one statement typed over several lines) as one."""
    length = readline.get_current_history_length()
    typed = [readline.get_history_item(i) for i in range(max(1, length - lines + 1), length + 1)]
    typed = [item for item in typed if item]
    if len(typed) < 2:
        return
    for position in range(length - 1, length - 1 - len(typed), -1):
        readline.remove_history_item(position)
    readline.add_history(" ".join(item.strip() for item in typed))

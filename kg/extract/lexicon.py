"""The extractor's rules kept as data: lexicons and tables in ``extract/data``.

Each file is checked as it loads; a bad entry raises :class:`kg.errors.LexiconError`
quoting the file, the line and the entry.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.errors import LexiconError

_CJK_WORD = re.compile(r"^[\u4e00-\u9fff()]+$")
RELATIONS = {"STUDIED", "CONVEYED", "REVIEWED", "ADOPTED"}
ORG_KINDS = {"政协", "党委", "政府", "人大", "群团", "企业", "社区", "学校", "医院", "其他"}
MEETING_KINDS = {"主席会议", "常委会会议", "党组会议", "理论学习中心组", "全体会议", "协商",
                 "调研", "视察", "培训", "活动", "其他"}
DOC_KINDS = {"讲话精神", "著作", "条例", "规划", "意见", "方案", "报告", "办法", "规则", "其他"}
REPORTER_ROLES = {"通讯员", "记者", "摄影"}


def _lines(name: str):
    text = resources.files("kg.extract").joinpath("data", name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            yield number, line


def _check_word(name: str, number: int, word: str) -> str:
    if not _CJK_WORD.match(word):
        raise LexiconError(f"{name}:{number}: {word!r} is not a word of Chinese characters")
    return word


def load_words(name: str) -> tuple[str, ...]:
    """Words of a one-word-a-line file (several on a line where spaces part them),
    longest first."""
    words = []
    for number, line in _lines(name):
        words.extend(_check_word(name, number, word) for word in line.split())
    if len(set(words)) != len(words):
        twice = sorted({w for w in words if words.count(w) > 1})
        raise LexiconError(f"{name}: listed twice: {'、'.join(twice)}")
    return tuple(sorted(words, key=len, reverse=True))


def load_table(name: str, columns: int, allowed: dict[int, set[str]] | None = None) -> list[tuple[str, ...]]:
    """Rows of a tab-separated file, in file order; ``allowed`` maps a column to the
    values it may hold."""
    rows = []
    for number, line in _lines(name):
        cells = tuple(cell.strip() for cell in line.split("\t"))
        if len(cells) != columns or not all(cells):
            raise LexiconError(f"{name}:{number}: expected {columns} tab-separated cells, got {line!r}")
        _check_word(name, number, cells[0])
        for column, values in (allowed or {}).items():
            if cells[column] not in values:
                raise LexiconError(f"{name}:{number}: {cells[column]!r} is not one of {sorted(values)}")
        rows.append(cells)
    return rows


def longest_first(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    return sorted(rows, key=lambda row: len(row[0]), reverse=True)


@dataclass(frozen=True)
class Lexicons:
    """Every rule file, loaded and checked."""

    titles: tuple[str, ...]
    person_anchors: tuple[str, ...]
    surnames: frozenset[str]
    name_followers: tuple[str, ...]
    reporter_titles: dict[str, str]
    doc_actions: list[tuple[str, str]]
    doc_kinds: list[tuple[str, str]]
    meeting_kinds: list[tuple[str, str]]
    org_bodies: list[tuple[str, str, bool]]
    national_orgs: dict[str, tuple[str, str]]
    org_units: dict[str, str]
    title_orgs: dict[str, str]
    title_bodies: dict[str, str]
    unit_endings: list[tuple[str, str]]
    attend_verbs: list[tuple[str, str]]
    speech_verbs: tuple[str, ...]
    transliteration_chars: frozenset[str]
    not_documents: frozenset[str]


@lru_cache(maxsize=1)
def title_pattern() -> re.Pattern:
    """Any title of ``titles.txt``, longer titles first (副主席 before 主席)."""
    return re.compile("|".join(load_lexicons().titles))


@lru_cache(maxsize=1)
def load_lexicons() -> Lexicons:
    """Load every rule file once."""
    return Lexicons(
        titles=load_words("titles.txt"),
        person_anchors=load_words("person_anchors.txt"),
        surnames=frozenset(load_words("surnames.txt")),
        name_followers=load_words("name_followers.txt"),
        reporter_titles=dict(load_table("reporter_titles.tsv", 2, {1: REPORTER_ROLES})),
        doc_actions=longest_first(load_table("doc_actions.tsv", 2, {1: RELATIONS})),
        doc_kinds=longest_first(load_table("doc_kinds.tsv", 2, {1: DOC_KINDS})),
        meeting_kinds=load_table("meeting_kinds.tsv", 2, {1: MEETING_KINDS}),
        org_bodies=[(body, kind, need == "yes") for body, kind, need in
                    longest_first(load_table("org_bodies.tsv", 3, {1: ORG_KINDS, 2: {"yes", "no"}}))],
        national_orgs={name: (canonical, kind) for name, canonical, kind in
                       load_table("national_orgs.tsv", 3, {2: ORG_KINDS})},
        org_units=dict(load_table("org_units.tsv", 2, {1: ORG_KINDS})),
        title_orgs=dict(load_table("title_orgs.tsv", 2)),
        title_bodies=dict(load_table("title_bodies.tsv", 2)),
        unit_endings=longest_first(load_table("unit_endings.tsv", 2, {1: ORG_KINDS})),
        attend_verbs=longest_first(load_table("attend_verbs.tsv", 2)),
        speech_verbs=load_words("speech_verbs.txt"),
        transliteration_chars=frozenset(load_words("transliteration_chars.txt")),
        not_documents=frozenset(load_words("not_documents.txt")),
    )

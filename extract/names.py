"""Where a person's name starts and ends.

Chinese text puts no space around names, so a name is found where the text anchors it
(after a title, inside a byline) and its end is read from what follows: a word that
usually follows a name (主持, 说, 在 …), punctuation, or, when those do not decide,
jieba's cut.
"""
from __future__ import annotations

import re

from extract.lexicon import load_lexicons
from extract.segmenter import cut
from extract.text import CJK

_CJK_CHAR = re.compile(f"[{CJK}]")
_PUNCT = set(",。、;:!?()《》“”\"'—… ·")
NAME_LENGTHS = (2, 3)


def surname_of(text: str) -> str:
    """The surname ``text`` starts with (compound surnames first), or ``''``."""
    surnames = load_lexicons().surnames
    if text[:2] in surnames:
        return text[:2]
    return text[:1] if text[:1] in surnames else ""


def looks_like_name(name: str) -> bool:
    """Two to four Chinese characters starting with a known surname."""
    if not 2 <= len(name) <= 4 or not all(_CJK_CHAR.match(ch) for ch in name):
        return False
    surname = surname_of(name)
    return bool(surname) and len(name) > len(surname) and len(name) - len(surname) <= 2


def _follow_strength(rest: str) -> int:
    """How strongly ``rest`` reads as the text right after a name ends: 2 for a word of
    two or more characters that usually follows a name, 1 for punctuation, the end of
    the text, or a one-character follower, 0 otherwise."""
    if not rest or rest[0] in _PUNCT or not _CJK_CHAR.match(rest[0]):
        return 1
    for word in load_lexicons().name_followers:
        if rest.startswith(word):
            return 2 if len(word) > 1 else 1
    return 0


def name_at(text: str, start: int = 0) -> str:
    """The person's name that begins at ``text[start]``, or ``''``.

    The name must start with a known surname. Its length (two or three characters, or
    four for a compound surname) is the one after which the text reads as a name's
    end; where two lengths read equally well, jieba's cut decides.

    >>> name_at("张掖市政协主席周均发主持召开", 7)
    '周均发'
    >>> name_at("王毅主持召开市政协十届九次主席会议")
    '王毅'
    >>> name_at("主席会议")
    ''
    """
    window = text[start:start + 6]
    surname = surname_of(window)
    if not surname:
        return ""
    lengths = [len(surname) + n for n in (1, 2)]
    scored = [(length, _follow_strength(window[length:] + text[start + 6:start + 8]
                                         if length >= len(window) else text[start + length:]))
              for length in lengths
              if length <= len(window) and all(_CJK_CHAR.match(ch) for ch in window[:length])]
    if not scored:
        return ""
    best = max(strength for _, strength in scored)
    if best == 0:
        return ""
    candidates = [length for length, strength in scored if strength == best]
    if len(candidates) == 1:
        return window[:candidates[0]]
    shortest = candidates[0]
    if _follow_strength(window[shortest:]) and window[shortest] not in _PUNCT:
        return window[:shortest]  # 李明说 → 李明: a follower right after the shorter name
    first = cut(window)[0]
    return window[:len(first) if len(first) in candidates else candidates[-1]]


def split_byline(names: str) -> list[str]:
    """Names in a byline such as ``曾立玺 李鸿欣`` or ``罗 琼``.

    Names are parted by spaces, 、 or commas. A name that a re-flowed line split into
    single characters (罗 琼) is joined again; a run of single characters longer than a
    name is cut where a surname starts.

    >>> split_byline("曾立玺 李鸿欣")
    ['曾立玺', '李鸿欣']
    >>> split_byline("罗 琼")
    ['罗琼']
    """
    tokens = [t for t in re.split(r"[\s、,]+", names) if t]
    result: list[str] = []
    singles: list[str] = []
    for token in tokens + [""]:
        if len(token) == 1:
            singles.append(token)
            continue
        if singles:
            result.extend(_split_run("".join(singles)))
            singles = []
        if token:
            result.append(token)
    return [name for name in result if looks_like_name(name)]


def _split_run(run: str) -> list[str]:
    if len(run) <= 3:
        return [run]
    cuts = [i for i in range(2, len(run) - 1) if surname_of(run[i:]) and i <= 3]
    at = cuts[-1] if cuts else 3 if len(run) >= 5 else 2
    return [run[:at], *_split_run(run[at:])]

"""Where a person's name starts and ends.

Chinese text puts no space around names, so a name is found where the text anchors it
(after a title, inside a byline) and its end is read from what follows: a word that
usually follows a name (主持, 说, 在 …), punctuation, or, when those do not decide,
jieba's cut. Where nothing that follows is known (委员葛晓岚通过视频连线发言), jieba's
tagging is asked: the anchor has already said a name stands here, so a word jieba tags
as a name, ending where one of its words ends, is taken.
"""
from __future__ import annotations

import itertools
import re

from extract.lexicon import load_lexicons
from extract.segmenter import cut, dictionary_tag, tag
from extract.text import CJK

_CJK_CHAR = re.compile(f"[{CJK}]")
_PUNCT = set(",。、;:!?()《》“”\"'—… ·")
NAME_LENGTHS = (2, 3)
PROPER_NOUN_TAGS = ("nr", "nz", "ns")  # jieba's tags of names of persons, things, places


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


def is_other_word(text: str) -> bool:
    """Whether jieba's dictionary knows ``text`` as a word that is not a name (公示, 关切,
    宣讲: 居民公示 and 委员宣讲 name nobody). Names it knows (高峰, 黎明) pass."""
    found = dictionary_tag(text)
    return bool(found) and not found.startswith("nr")


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


def name_at(text: str, start: int = 0, known: frozenset[str] = frozenset()) -> str:
    """The person's name that begins at ``text[start]``, or ``''``.

    The name must start with a known surname. Its length (two or three characters, or
    four for a compound surname) is the one after which the text reads as a name's
    end; where two lengths read equally well, jieba's cut decides. Where nothing after
    either length reads as an end, a name in ``known`` (the article names it elsewhere:
    齐国庆认为……) is taken, else a name jieba tags.

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
              if length <= len(window) and all(_CJK_CHAR.match(ch) for ch in window[:length])
              and not is_other_word(window[:length])]
    if not scored:
        return ""
    best = max(strength for _, strength in scored)
    if best == 0:
        for length, _ in reversed(scored):
            if window[:length] in known:
                return window[:length]
        length = _tagged_name_length(text[start:start + 8], [length for length, _ in scored])
        return window[:length] if length else ""
    candidates = [length for length, strength in scored if strength == best]
    if len(candidates) == 1:
        return window[:candidates[0]]
    shortest = candidates[0]
    if _follow_strength(window[shortest:]) and window[shortest] not in _PUNCT:
        return window[:shortest]  # 李明说 → 李明: a follower right after the shorter name
    first = cut(window)[0]
    return window[:len(first) if len(first) in candidates else candidates[-1]]


def _tagged_name_length(text: str, lengths: list[int]) -> int:
    """The length, of ``lengths``, at which jieba ends a word of ``text`` after tagging
    a name inside it (顾|秀英|一|开口: 秀英 is a name, so 顾秀英), every longer word
    inside being a proper noun (陆|永福); where two fit, the one followed by a longer
    word (王明|远|长期 → 王明远), then the longer. 0 when none fits: 和|专家|围绕 tags no
    name, and 居民|陆 holds a common noun.
    """
    boundaries = set(itertools.accumulate(map(len, cut(text))))
    if not boundaries.intersection(lengths):
        return 0  # jieba's plain cut is quick; its tagging is asked only where a word ends
    fitting, position, named, common = [], 0, False, False
    words = tag(text)
    for number, (word, flag) in enumerate(words):
        position += len(word)
        named = named or flag.startswith("nr")
        common = common or (len(word) > 1 and not flag.startswith(PROPER_NOUN_TAGS))
        if position in lengths and named and not common:
            following = words[number + 1][0] if number + 1 < len(words) else ""
            fitting.append((len(following) > 1, position))
    return max(fitting)[1] if fitting else 0


def split_byline(names: str) -> list[str]:
    """Names in a byline such as ``曾立玺 李鸿欣`` or ``罗 琼``.

    Names are parted by spaces, 、 or commas, but re-flowed pages also put spaces
    inside names (罗 琼, 甘 文景, 曾 立玺). So the byline is read as one run of
    characters cut into names only where a space stood, every piece a plausible name
    (two to four characters after a known surname); of several such readings the one
    with the fewest names wins.

    >>> split_byline("曾立玺 李鸿欣")
    ['曾立玺', '李鸿欣']
    >>> split_byline("李艳萍 甘 文景")
    ['李艳萍', '甘文景']
    >>> split_byline("罗 琼")
    ['罗琼']
    """
    tokens = [t for t in re.split(r"[\s、,]+", names) if t]
    run = "".join(tokens)
    cuts, position = {len(run)}, 0
    for token in tokens:
        position += len(token)
        cuts.add(position)
    best = _fewest_names(run, 0, frozenset(cuts), {})
    if best is not None:
        return list(best)
    return [t for t in tokens if looks_like_name(t)]


def _fewest_names(run: str, start: int, cuts: frozenset, memo: dict) -> tuple[str, ...] | None:
    """The reading of ``run[start:]`` as the fewest plausible names, cut only at ``cuts``."""
    if start == len(run):
        return ()
    if start in memo:
        return memo[start]
    best = None
    for end in sorted(c for c in cuts if 2 <= c - start <= 4):
        name = run[start:end]
        if not looks_like_name(name):
            continue
        rest = _fewest_names(run, end, cuts, memo)
        if rest is not None and (best is None or len(rest) + 1 < len(best)):
            best = (name, *rest)
    memo[start] = best
    return best

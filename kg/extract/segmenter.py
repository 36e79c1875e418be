"""The one place that sets up jieba.

jieba keeps global state (its dictionary, a logger that prints to stderr). This module
loads it once, adds the words of our lexicons so titles and verbs are kept whole, and
offers the two calls the extractor needs. Nothing else imports jieba.
"""
from __future__ import annotations

import logging
from functools import lru_cache

from kg.extract.lexicon import load_lexicons


@lru_cache(maxsize=1)
def _tokenizer():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    lexicons = load_lexicons()
    for word in (*lexicons.titles, *lexicons.name_followers, *lexicons.person_anchors):
        if len(word) > 1:
            tokenizer.add_word(word, freq=100000)
    return tokenizer, jieba.posseg.POSTokenizer(tokenizer)


def cut(text: str) -> list[str]:
    """Words of ``text`` as jieba cuts them (precise mode, HMM on)."""
    tokenizer, _ = _tokenizer()
    return list(tokenizer.cut(text))


def tag(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech) pairs; ``nr`` marks a person's name. Short texts (a name
    and the words around it, asked again and again across a corpus) are remembered,
    since jieba's tagging of unknown words is slow."""
    if len(text) <= SHORT_TEXT:
        return list(_tag_short(text))
    _, pos = _tokenizer()
    return [(pair.word, pair.flag) for pair in pos.cut(text)]


SHORT_TEXT = 16


@lru_cache(maxsize=65536)
def _tag_short(text: str) -> tuple[tuple[str, str], ...]:
    _, pos = _tokenizer()
    return tuple((pair.word, pair.flag) for pair in pos.cut(text))


def dictionary_tag(word: str) -> str:
    """The part of speech jieba's own dictionary gives ``word`` (``v`` for 公示, ``nr``
    for 高峰), or ``''`` when the word is not in it or was added from our lexicons."""
    tokenizer, pos = _tokenizer()
    if tokenizer.FREQ.get(word, 0) <= 0:
        return ""
    return pos.word_tag_tab.get(word, "")


def word_frequency(word: str) -> int:
    """How often jieba's dictionary counts ``word`` (0 when it does not hold it)."""
    tokenizer, _ = _tokenizer()
    return tokenizer.FREQ.get(word, 0)


def warm_up() -> None:
    """Load the dictionary now rather than on the first page."""
    _tokenizer()

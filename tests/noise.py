"""Make a page noisier the way scanning and re-flowing does: stray spaces between
Chinese characters, and paragraphs broken mid-word across blank lines."""
from __future__ import annotations

import random
import re

_CJK_PAIR = re.compile(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])")


def add_spaces(line: str, rng: random.Random, rate: float) -> str:
    return _CJK_PAIR.sub(lambda _: " " if rng.random() < rate else "", line)


def break_line(line: str, rng: random.Random, width: int) -> list[str]:
    """Break a long line at random places, at least ``width`` characters apart."""
    pieces = []
    while len(line) > 2 * width:
        at = rng.randint(width, min(len(line) - width, 3 * width))
        pieces.append(line[:at])
        line = line[at:]
    return pieces + [line]


def noisy(text: str, seed: int = 7, space_rate: float = 0.04, width: int = 24) -> str:
    """The page ``text`` with spaces added and long lines broken (blank line between)."""
    rng = random.Random(seed)
    out = []
    for line in text.splitlines():
        if len(line) > 2 * width and not line.startswith("#"):
            out.extend(piece for part in break_line(line, rng, width) for piece in (part, ""))
        else:
            out.append(line)
    return "\n".join(add_spaces(line, rng, space_rate) for line in out)

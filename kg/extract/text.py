"""Clean the text of scanned and re-flowed pages.

Pages arrive with full-width and ASCII punctuation mixed, stray spaces between Chinese
characters (社 区), and paragraphs broken across blank lines mid-word (思想观 / 念).
These functions undo that noise; they know nothing of articles or facts.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from kg.extract.dates import RANGE_TO

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Characters next to which a space is noise rather than a word break.
_TIGHT = CJK + "\u3000-\u303f\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u300a\u300b" + "(),.:;!?、，。"
_SPACE_RUN = re.compile(r"\s+")
_SPACE = re.compile(r"\s")
_NOISE_SPACE = re.compile(rf"(?<=[{_TIGHT}])\s+|\s+(?=[{_TIGHT}])")

# A paragraph is finished when it ends with one of these (a closing bracket only after
# a finished sentence, as in 确保培训有序进行。(陈兰), or when the bracket is all the line).
TERMINAL = set("。!?…\"”’』」")
_CLOSED_BRACKET = re.compile(r"(?:^|[。!?…\"”’』」])\s*\([^()]*\)$")
_PAIRS = [("(", ")"), ("《", "》"), ("“", "”"), ("「", "」"), ("【", "】")]
LONG_LINE = 40  # a line this long that stops mid-sentence was broken by the layout
# ……but a deck of parts set apart by spaces, with no punctuation, may be longer (up to
# MAX_DECK): 司马义·铁力瓦尔地应邀出席 陈小江艾尔肯·吐尼亚孜……张柱到会祝贺
MAX_DECK = 90
# (numbers inside a part: 冯健身主持召开省政协第39次主席会议 决定……于9月27日召开)
DECK_PARTS = re.compile(r"[\u4e00-\u9fff“][\u4e00-\u9fff·“”\d]+(?: +[\u4e00-\u9fff“][\u4e00-\u9fff·“”\d]+)+")

HEADING_MARK = re.compile(r"^#{1,6}\s*")
CONTINUATION_NOTE = re.compile(r"^\((?:上)?接(?:第)?[一二三四五六七八九十\d]+版\)$")


TRADITIONAL_SHARE = 0.005  # a page where t2s changes more CJK characters than this is Traditional


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional characters to Simplified (OpenCC's t2s), for pages printed in
    Traditional. A Simplified page is returned as it is, so that t2s never touches
    characters that are already right.

    >>> to_simplified("兩當縣政協主席李艾婷主持召開縣政協機關輪訓會")
    '两当县政协主席李艾婷主持召开县政协机关轮训会'
    """
    text = text.translate(_VARIANTS)
    converted = _t2s().convert(text)
    if converted == text:
        return text
    changed = sum(a != b for a, b in zip(text, converted))
    chinese = len(re.findall(f"[{CJK}]", text)) or 1
    return converted if changed / chinese > TRADITIONAL_SHARE else text


# Variant forms OpenCC's t2s leaves as they are, though pages print them for the usual
# character (陜西 for 陝西/陕西).
_VARIANTS = str.maketrans({"陜": "陕"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def normalize(text: str) -> str:
    """NFKC-normalize, drop control characters (a scan's debris; no format may hold
    them) and fold every run of white space to one ASCII space."""
    text = _CONTROL.sub("", unicodedata.normalize("NFKC", text))
    return _SPACE_RUN.sub(" ", text).strip()


def squeeze(text: str) -> str:
    """Remove spaces that sit next to a Chinese character or Chinese punctuation.

    >>> squeeze("两 当县政协主席李艾婷 主持召开 9月 16日")
    '两当县政协主席李艾婷主持召开9月16日'
    """
    return _NOISE_SPACE.sub("", text) if _SPACE.search(text) else text


def is_balanced(text: str) -> bool:
    """Whether every opening bracket or quote in ``text`` is closed."""
    for left, right in _PAIRS:
        if text.count(left) > text.count(right):
            return False
    return text.count('"') % 2 == 0


def is_unfinished(line: str, wrapped: bool = True) -> bool:
    """Whether a line stops where the page layout, not the writer, broke it.

    Headlines also end without punctuation, so a short line counts as broken only when
    it carries sentence punctuation (a headline seldom does), opens a dateline, or
    leaves a bracket or quote open; and on a page whose lines the layout did not break
    (``wrapped`` false: see ``_wrapped``), only a line left open or ending mid-sentence.
    """
    if not line or HEADING_MARK.match(line) or CONTINUATION_NOTE.match(line):
        return False
    if not is_balanced(line):
        return True
    if line[-1] in TERMINAL or _CLOSED_BRACKET.search(line) or _ENDS_WITH_CREDIT.search(line):
        return False
    if line[-1] in "、,":
        return True
    if line[-1] in _NEVER_ENDS_A_HEADLINE or line[-1].isdigit() or squeeze(line).startswith(("会议", "会上")):
        return True  # …召开市政协六届常委会第八次会议的 / 会议听取了……及2 : broken mid-sentence
    clean = squeeze(line)
    if _REPORTERS_LINE.match(clean):
        return False
    if not wrapped:
        return line.startswith("本报")  # a page of whole paragraphs: a short line ending so is a headline
    if len(clean) <= MAX_DECK and DECK_PARTS.fullmatch(line.strip()):
        return False  # a long deck, its parts set apart by spaces: 群策群力谋发展 同心同德启新程 ……
    if len(clean) >= LONG_LINE or line.startswith("本报"):
        return True
    return len(clean) >= MID_LINE and any(mark in clean for mark in ",、;")


# A paragraph closed by a credit: …讲话。 新华社记者 李涛 摄; …开幕。 广西云-广西日报记者黄克、何学俏/摄;
# …草案)。□黄和芳
_ENDS_WITH_CREDIT = re.compile(r"[。!?”]\s*(?:[^。!?\s]{0,12}(?:记者|通讯员)\s*)?[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4})*\s*/?\s*摄$"
                               r"|[。!?”]\s*□\s*[\u4e00-\u9fff]{2,4}$")
# Characters after which a sentence goes on: a line ending in one was broken by the layout.
_NEVER_ENDS_A_HEADLINE = set("的了和及与在对将把为从向")
MID_LINE = 6  # a line with sentence punctuation this long is prose, not a headline
# A byline on a line of its own (本报记者 唐欣怡 通讯员 耿少华), not a dateline (本报张掖讯).
_REPORTERS_LINE = re.compile(r"^[□■]?(?:本报)?(?:记者|通讯员)(?:[^讯,。;:]|(?<=通)讯){2,30}$")
_CONTINUES = re.compile(r"^[、,。;:!?)》”’」』]")


def join_broken_lines(lines: list[str], alone=None) -> list[str]:
    """Rejoin paragraphs that the layout broke, dropping blank lines.

    A line that stops mid-sentence (see :func:`is_unfinished`) is joined to the next
    non-blank line, and so is a line that a break left starting with punctuation. A line
    for which ``alone(line)`` holds (a photo's caption) stands alone where it starts a
    paragraph and the next line does not go on from it.

    >>> join_broken_lines(["深刻反思和审视两地在思想观念、创新实干等方面的差距,不断提交认识问题、解决问题", "", "的能力。"])
    ['深刻反思和审视两地在思想观念、创新实干等方面的差距,不断提交认识问题、解决问题的能力。']
    """
    paragraphs: list[str] = []
    pending = ""
    lines = [normalize(raw) for raw in lines]
    lines = [line for line in lines if line]
    headlines = _headlines_before_leads(lines)
    wrapped = _wrapped(lines)
    alone = cache(alone) if alone else None  # asked of a line again when the next one comes
    for number, line in enumerate(lines):
        if alone and not pending and alone(line) and not (number + 1 < len(lines) and _CONTINUES.match(lines[number + 1])):
            paragraphs.append(line)
            continue
        if number in headlines and pending:
            paragraphs.append(pending)  # a cut-off tail (…广泛凝) stops before the next headline
            pending = ""
        if not pending and paragraphs and not HEADING_MARK.match(paragraphs[-1]) \
                and not (alone and alone(paragraphs[-1])) and not _REPORTERS_LINE.match(squeeze(paragraphs[-1])) and (
                _CONTINUES.match(line) or paragraphs[-1].endswith("》") and line.startswith("《")
                or _breaks_a_word(paragraphs[-1], line)):
            pending = paragraphs.pop()  # the layout broke this paragraph, not the writer
        if pending and (_LEAD_START.match(line) and (_HEADLINE_LIKE.fullmatch(squeeze(pending))
                                                     or _DATED_LEAD.match(line)) or _OUTLET_DATELINE.match(line)):
            paragraphs.append(pending)  # a headline with 、 or , stops before the lead
            pending = ""
        if pending:
            if HEADING_MARK.match(line):
                paragraphs.append(pending)
                pending = line
            else:
                joiner = "" if _joins_tight(pending, line) else " "
                pending = pending + joiner + line
        else:
            pending = line
        if not is_unfinished(pending, wrapped):
            paragraphs.append(pending)
            pending = ""
    if pending:
        paragraphs.append(pending)
    return paragraphs


# A page whose long lines all end a sentence holds whole paragraphs, one a line: the
# layout broke none of them (see _wrapped)
WHOLE_PARAGRAPH_LINE = 60  # characters: a line this long is a paragraph's, or a wrapped one
MIN_WHOLE_PARAGRAPHS = 4
_PARAGRAPH_ENDS = TERMINAL | set(")")


def _wrapped(lines: list[str]) -> bool:
    """Whether the layout may have broken a page's paragraphs into lines: unless at least
    MIN_WHOLE_PARAGRAPHS long lines are there and every one of them ends a sentence (a
    page that mixes whole paragraphs with lines the layout broke counts as broken)."""
    long = [line for line in lines if len(line) >= WHOLE_PARAGRAPH_LINE]
    return len(long) < MIN_WHOLE_PARAGRAPHS or any(line.rstrip()[-1] not in _PARAGRAPH_ENDS for line in long)


def _headlines_before_leads(lines: list[str]) -> set[int]:
    """The numbers of the lines that read as a headline (short, no sentence mark) and
    stand right before an article's lead (a dateline or a dated first sentence)."""
    def headline(line: str) -> bool:
        return bool(_HEADLINE_LIKE.fullmatch(squeeze(line))) and len(squeeze(line)) <= 45 \
            and not any(mark in line for mark in ",、")

    def lead(at: int) -> bool:
        return at < len(lines) and bool(_LEAD_START.match(lines[at])) and ("。" in lines[at][:120] or len(lines[at]) > 20)

    return {number for number in range(1, len(lines) - 1)
            if headline(lines[number]) and (len(squeeze(lines[number - 1])) > 45
                                             or any(mark in lines[number - 1] for mark in ",、;。"))
            and (lead(number + 1) or headline(lines[number + 1]) and lead(number + 2))}


# A lead's opening: a dateline or a date (本报讯, 新华社…电, 天山网讯, 1月5日).
# Openers a lead may have before its date: its purpose (为加强……,7月6日,卫滨区政协……) or a
# two-clause slogan (新春佳节将至,关怀慰问暖意浓。2月11日,县政协……)
PURPOSE_THEN_DATE = re.compile(r"^为[^。;]{2,60}?,(?=\d{1,2}月\d{1,2}日)")
SLOGAN_THEN_DATE = re.compile(r"^[\u4e00-\u9fff]{3,10},[\u4e00-\u9fff]{3,10}。(?=\d{1,2}月\d{1,2}日)")
_LEAD_START = re.compile(rf"^(?:{PURPOSE_THEN_DATE.pattern[1:]}|{SLOGAN_THEN_DATE.pattern[1:]})?"
                         rf"(?:本报|新华社|\d{{1,2}}\s*月\s*\d{{1,2}}\s*(?:日|{RANGE_TO}\s*\d{{1,2}}\s*日)"
                         r"|[\u4e00-\u9fff·\-]{2,16}?(?:讯|消息)[\s(::])")
# A dated lead reporting a meeting: it opens a paragraph, whatever the line before left open
_DATED_LEAD = re.compile(r"^\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?,[^。]{0,60}?(?:召开|举行|开幕|闭幕|主持)[^。]{0,40}。")
# An outlet's dateline with its place and day (新甘肃客户端兰州1月26日讯(……)) continues no line
_OUTLET_DATELINE = re.compile(r"^[\u4e00-\u9fff·\-]{2,16}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:讯|电)\s*\(")
_HEADLINE_LIKE = re.compile(r"[^。!?;]{4,60}[^。!?;,、]")
_STARTS_UNIT = re.compile(r"^(?:#|本报|新华社|\(|-|—|\d{1,2}\s*月|通\s*讯\s*员|记\s*者)")
WORD_PROBE = 4  # characters each side of a line break that jieba looks at


def _breaks_a_word(previous: str, line: str) -> bool:
    """Whether a short unpunctuated line and the next one are one word broken in two
    (…中国特色社 / 会主义思想…): jieba then cuts a word across the break. A headline
    and the line after it meet at a word boundary."""
    if previous[-1] in TERMINAL or _CLOSED_BRACKET.search(previous) or _STARTS_UNIT.match(line) \
            or _REPORTERS_LINE.match(squeeze(previous)):
        return False
    left, right = squeeze(previous)[-WORD_PROBE:], squeeze(line)[:WORD_PROBE]
    if not (re.fullmatch(f"[{CJK}]+", left[-1:]) and re.fullmatch(f"[{CJK}]+", right[:1])):
        return False
    from kg.extract.segmenter import cut

    position = 0
    for word in cut(left + right):
        if position < len(left) < position + len(word):
            return True
        position += len(word)
    return False


def _joins_tight(left: str, right: str) -> bool:
    return bool(re.match(rf"[{_TIGHT}\d]", left[-1])) or bool(re.match(rf"[{_TIGHT}\d]", right[0]))


_SENTENCE_END = re.compile(r"(?<=[。!?…])(?![”’\"』」)])|(?<=[。!?][”’\"』」)])")


def split_sentences(paragraph: str) -> list[str]:
    """Split a clean paragraph into sentences, keeping closing quotes with their sentence."""
    return [s for s in (part.strip() for part in _SENTENCE_END.split(paragraph)) if s]

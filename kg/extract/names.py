"""Where a person's name starts and ends.

Chinese text puts no space around names, so a name is found where the text anchors it
(after a title, inside a byline) and its end is read from what follows: a word that
usually follows a name (主持, 说, 在 …), punctuation, or, when those do not decide,
jieba's cut. Where nothing that follows is known (委员葛晓岚通过视频连线发言), jieba's
tagging is asked: the anchor has already said a name stands here, so a word jieba tags
as a name, ending where one of its words ends, is taken.

Names of Mongolian, Uyghur, Kazakh, Tibetan and Yi people have no Han surname
(哈斯巴根, 古丽娜尔, 吉克阿依, 阿依古丽·买买提): they are read as runs of the characters
that transliterate them (``transliteration_chars.txt``).
"""
from __future__ import annotations

import itertools
import re

from kg.extract.lexicon import load_lexicons
from kg.extract.segmenter import cut, dictionary_tag, tag, word_frequency
from kg.extract.text import CJK

_CJK_CHAR = re.compile(f"[{CJK}]")
_CJK_RUN = re.compile(f"[{CJK}]+")
_PUNCT = set(",。、;:!?()《》“”\"'—… ·")
MIDDLE_DOTS = "·•・‧."  # and a full stop, as a full-width dot (．) is after NFKC: 阿沛.阿旺晋美


def is_dotted(name: str) -> bool:
    """A name of two parts joined by a dot (帕巴拉·格列朗杰, 阿沛.阿旺晋美)."""
    return any(dot in name for dot in MIDDLE_DOTS)


MAX_TRANSLITERATED = 7  # characters of one part of a transliterated name
# How often jieba's dictionary must count a word that is no name for it to be taken
# for that word: a two-character candidate (公示 119, 宣讲 141, but 付强 3, 方志 67),
# and a given name (企业 34826, but 成长 5432, 建国 3083).
OTHER_WORD_FREQUENCY = 100
COMMON_GIVEN_NAME_FREQUENCY = 20000
PROPER_NOUN_TAGS = ("nr", "nz", "ns")  # jieba's tags of names of persons, things, places
FUNCTION_WORD_TAGS = set("cpurdmqu")  # conjunctions, prepositions, particles, pronouns, adverbs, numerals


def surname_of(text: str) -> str:
    """The surname ``text`` starts with (compound surnames first), or ``''``."""
    surnames = load_lexicons().surnames
    if text[:2] in surnames:
        return text[:2]
    return text[:1] if text[:1] in surnames else ""


def looks_like_name(name: str) -> bool:
    """Two to four Chinese characters starting with a known surname, or a transliterated
    name: three or more transliterating characters, or two such runs joined by a dot.

    >>> looks_like_name("周均发"), looks_like_name("乌云其其格"), looks_like_name("试行")
    (True, True, False)
    """
    if _is_transliterated(name, 3):
        return True
    if not 2 <= len(name) <= 4 or not all(_CJK_CHAR.match(ch) for ch in name):
        return False
    surname = surname_of(name)
    return bool(surname) and len(name) > len(surname) and len(name) - len(surname) <= 2


def _is_transliterated(name: str, shortest: int) -> bool:
    """Whether ``name`` is a run of ``shortest`` or more transliterating characters, or
    two runs (of any length) joined by a middle dot."""
    chars = load_lexicons().transliteration_chars
    parts = re.split(f"[{MIDDLE_DOTS}]", name)
    if len(parts) == 2:
        return all(1 <= len(part) <= MAX_TRANSLITERATED and set(part) <= chars for part in parts)
    return shortest <= len(name) <= MAX_TRANSLITERATED and set(name) <= chars


def is_other_word(text: str) -> bool:
    """Whether jieba's dictionary knows ``text`` as a common word that is not a name
    (公示, 关切, 宣讲: 居民公示 and 委员宣讲 name nobody). Proper nouns it knows (高峰,
    黎明, 阿不都热依木) and rare words (付强, 方志: names more often) pass."""
    found = dictionary_tag(text)
    return bool(found) and not found.startswith(PROPER_NOUN_TAGS) and word_frequency(text) >= OTHER_WORD_FREQUENCY


def _given_name_is_a_common_word(name: str, surname: str) -> bool:
    """Whether what follows the surname is a word of our lexicons or one of jieba's most
    frequent words that are no names (委员和村民代表: 和 is a surname, 村民 no given name).
    Given names that are words too (建国, 光荣, 立新, 成长) are far less frequent."""
    given = name[len(surname):]
    if len(given) < 2:
        return False
    lexicons = load_lexicons()
    if given in lexicons.person_anchors or given in lexicons.titles:
        return True
    return word_frequency(given) >= COMMON_GIVEN_NAME_FREQUENCY and not dictionary_tag(given).startswith(PROPER_NOUN_TAGS)


def plausible_name(text: str) -> bool:
    """Whether ``text``, whose ends the context gives, reads as a name: a known surname
    and a given name that is no common word, or a transliterated name; not a word of
    jieba's that is no name (公示).

    >>> plausible_name("王立新"), plausible_name("公示"), plausible_name("和村民")
    (True, False, False)
    """
    if _is_transliterated(text, 3):
        return not is_other_word(text)
    return looks_like_name(text) and not _reads_as_a_word(text, surname_of(text)) \
        and not _joins_words(text, 0, surname_of(text))


def _reads_as_a_word(candidate: str, surname: str, after: str = "") -> bool:
    """Whether a candidate name reads as a common word instead: itself (公示), what
    follows its surname (和|村民), or a phrase ending in 的 (委员智慧的重要途径). ``after``,
    the text after a candidate a title stands before: where what a named person does
    opens it (副主席庾建设|主持会议), a given name that is a common word (建设) is a name."""
    if candidate.endswith("的") or is_other_word(candidate):
        return True
    return _given_name_is_a_common_word(candidate, surname) and not (
        len(candidate) == 3 and surname != "和" and after.startswith(ACTS_OF_A_NAMED_PERSON))  # (委员和专家出席)


# What a person named right after a title does, strong enough that a given name which is
# a common word (庾建设) still reads as a name before it.
ACTS_OF_A_NAMED_PERSON = ("主持", "出席", "列席", "讲话", "致辞", "宣布")


def transliterated_at(text: str, start: int = 0) -> str:
    """A transliterated name at ``text[start]``: two runs joined by a middle dot
    (阿依古丽·买买提), else the longest run of three or more transliterating characters
    after which the text reads as a name's end (哈斯巴根在会上发言 → 哈斯巴根), or ``''``.

    >>> transliterated_at("州政协副主席阿依古丽·买买提带领视察组", 6)
    '阿依古丽·买买提'
    """
    chars = load_lexicons().transliteration_chars
    end = start
    while end < len(text) and end - start < MAX_TRANSLITERATED and text[end] in chars:
        end += 1
    # the first run too may hold a character the list lacks, where a middle dot follows
    # at once (赛尔建·乌合拜)
    for lacking in range(1, 3):
        if start < end and end + lacking < len(text) - 1 and text[end + lacking] in MIDDLE_DOTS \
                and _CJK_RUN.fullmatch(text[end:end + lacking]) and text[end + lacking + 1] in chars:
            end += lacking
            break
    if start < end < len(text) - 1 and text[end] in MIDDLE_DOTS and text[end + 1] in chars:
        second = end + 1
        while second < len(text) and second - end <= MAX_TRANSLITERATED and text[second] in chars:
            second += 1
        # a character the list lacks may still belong to the name (努尔兰·阿不都满金主持):
        # read on to where the text reads as a name's end
        for longer in range(second + 1, min(len(text), end + 1 + MAX_TRANSLITERATED) + 1):
            if _CJK_RUN.fullmatch(text[second:longer]) and _follow_strength(text[longer:]) \
                    and not _follow_strength(text[second:]):
                return text[start:longer]
        return text[start:second]
    for length in range(end - start, 2, -1):
        if _follow_strength(text[start + length:]) and not is_other_word(text[start:start + length]):
            return text[start:start + length]
    return ""


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


def name_at(text: str, start: int = 0, known: frozenset[str] = frozenset(), after_title: bool = False) -> str:
    """The person's name that begins at ``text[start]``, or ``''``.

    The name must start with a known surname. Its length (two or three characters, or
    four for a compound surname) is the one after which the text reads as a name's
    end; where two lengths read equally well, jieba's cut decides. Where nothing after
    either length reads as an end, a name in ``known`` (the article names it elsewhere:
    齐国庆认为……) is taken, else a name jieba tags; ``after_title`` (a title stands
    right before: the strongest anchor), else the length at which jieba ends a word
    before a word of two or more characters (区生态环境局局长孙海鹰|现场|回应).

    >>> name_at("张掖市政协主席周均发主持召开", 7)
    '周均发'
    >>> name_at("王毅主持召开市政协十届九次主席会议")
    '王毅'
    >>> name_at("主席会议")
    ''
    """
    transliterated = transliterated_at(text, start)
    surname_name = _surname_name_at(text, start, known, after_title)
    if transliterated and (len(transliterated) > 3 or not surname_name):
        return transliterated  # 哈斯巴根 is no 哈斯; 额尔敦 has no Han reading
    if not surname_name and after_title:
        return _short_transliterated_at(text, start)
    return surname_name


def _short_transliterated_at(text: str, start: int) -> str:
    """A name of two transliterating characters right after a title, where a list mark,
    a stop or the end follows (州政协主席才让,副主席……): many Tibetan names are two
    syllables (才让, 扎西, 卓玛); not a common word jieba knows (主席安排), a proper noun may be."""
    chars = load_lexicons().transliteration_chars
    name = text[start:start + 2]
    after = text[start + 2:start + 3]
    known_as = dictionary_tag(name)
    if len(name) == 2 and set(name) <= chars and (not after or after in _LIST_ENDS) \
            and (not known_as or known_as.startswith(PROPER_NOUN_TAGS)):
        return name
    return ""


_LIST_ENDS = set(",、。;和及")


# 和 is a surname and the word that joins two phrases: before these it is the joiner
# (领导同志和老同志, 全体委员和与会同志, 各民主党派和有关部门), not a name (和良辉, 和晓东).
JOINED_PHRASE_STARTS = ("与会", "老同志", "老干部", "有关", "相关", "各", "其他", "全体",
                        "广大", "社会各界", "部分", "特邀", "列席")


# One-character names of provinces, after which 来 is 'come to' (来陕考察), not a surname
PROVINCE_SHORT_NAMES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕陇甘青宁新港澳台"


def _joins_words(text: str, start: int, surname: str) -> bool:
    if surname == "边":  # 边视察、边思考: 边 before a verb is 'while', not a surname
        return dictionary_tag(text[start + 1:start + 3]).startswith("v")
    if surname == "来":  # 习近平总书记来陕考察: a visit, no 来陕
        return text[start + 1:start + 2] in PROVINCE_SHORT_NAMES and not _follow_strength(text[start + 2:])
    return surname == "和" and text.startswith(JOINED_PHRASE_STARTS, start + 1)


# Marks after a verb (宣读了, 听取着, 参加过): a word and one of these is no name (黄文胜同志宣读了《……》)
_ASPECT_MARKS = "了着过"


def _surname_name_at(text: str, start: int, known: frozenset[str], after_title: bool) -> str:
    """The Han name (a surname and one or two characters) at ``text[start]``, or ``''``."""
    window = text[start:start + 6]
    surname = surname_of(window)
    if not surname or _joins_words(text, start, surname) or window[len(surname):len(surname) + 1] == surname:
        return ""  # (殷殷嘱托: a doubled word, not a surname and its name)
    lengths = [len(surname) + n for n in (1, 2)]
    scored = [(length, _follow_strength(window[length:] + text[start + 6:start + 8]
                                         if length >= len(window) else text[start + length:]))
              for length in lengths
              if length <= len(window) and all(_CJK_CHAR.match(ch) for ch in window[:length])
              and not _reads_as_a_word(window[:length], surname, text[start + length:] if after_title else "")
              and not (window[length - 1] in _ASPECT_MARKS and is_other_word(window[:length - 1]))]
    if not scored:
        return ""
    best = max(strength for _, strength in scored)
    if best == 0:
        for length, _ in reversed(scored):
            if window[:length] in known:
                return window[:length]
        lengths = [length for length, _ in scored]
        length = _tagged_name_length(text[start:start + 8], lengths) or \
            (_length_before_a_word(text[start:start + 8], lengths) if after_title else 0)
        return window[:length] if length else ""
    candidates = [length for length, strength in scored if strength == best]
    if len(candidates) == 1:
        return window[:candidates[0]]
    shortest, longest = candidates[0], candidates[-1]
    after_longest = text[start + longest:start + longest + 1]
    if window[shortest] in "和及与" and after_longest in _PUNCT:
        return window[:longest]  # 沈树和,区委……: 和 before a mark joins nothing, so it ends the name
    if window[shortest] not in _PUNCT and (not after_longest or after_longest in _PUNCT):
        return window[:shortest]  # 李明说: → 李明: a follower word beats punctuation
    for length in reversed(candidates):
        if window[:length] in known:
            return window[:length]  # 孟庆和作: 孟庆和 if the article names him so elsewhere
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


def _length_before_a_word(text: str, lengths: list[int]) -> int:
    """The longest of ``lengths`` at which jieba ends a word of ``text`` and starts one
    of two or more characters, where the words before are names of persons or things or
    single characters that are no function words (孙|海鹰|现场; not 和|各界|群众,
    关心|的|问题, or the place 利川市|副市长), or 0."""
    words = cut(text)
    ends = dict(zip(itertools.accumulate(map(len, words)), words[1:]))
    fitting = [length for length in lengths if len(ends.get(length, "")) > 1]
    tagged = tag(text) if fitting else []
    for length in sorted(fitting, reverse=True):
        position = 0
        for word, flag in tagged:
            if position >= length:
                return length
            if len(word) > 1 and not flag.startswith(("nr", "nz")) or flag[:1] in FUNCTION_WORD_TAGS:
                break
            position += len(word)
        else:
            return length
    return 0


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
    >>> split_byline("林仪揭春雁")
    ['林仪', '揭春雁']
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
    if len(tokens) == 1 and 4 <= len(run) <= 6:  # two names printed with nothing between (林仪揭春雁)
        readings = [(run[:cut], run[cut:]) for cut in range(2, len(run) - 1)
                    if plausible_name(run[:cut]) and plausible_name(run[cut:])]
        if len(readings) == 1:
            return list(readings[0])
    return [t for t in tokens if looks_like_name(t)]


def _fewest_names(run: str, start: int, cuts: frozenset, memo: dict) -> tuple[str, ...] | None:
    """The reading of ``run[start:]`` as the fewest plausible names, cut only at ``cuts``."""
    if start == len(run):
        return ()
    if start in memo:
        return memo[start]
    best = None
    for end in sorted(c for c in cuts if 2 <= c - start <= MAX_TRANSLITERATED * 2 + 1):
        name = run[start:end]
        if not looks_like_name(name):
            continue
        rest = _fewest_names(run, end, cuts, memo)
        if rest is not None and (best is None or len(rest) + 1 < len(best)):
            best = (name, *rest)
    memo[start] = best
    return best

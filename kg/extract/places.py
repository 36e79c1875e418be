"""Places: China's administrative divisions as the text names them, and the place an
article's relative names point to.

An article's :class:`PlaceContext` comes from its dateline (本报张掖讯 → 张掖市); a name
with a level word but no place (市政协, 县委, 省委) means the division of that level in it.
A division is found by the forms the gazetteer knows, and under its parent where a short
form is shared across China (北京市朝阳区, not 长春市's).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from kg.extract.gazetteer import Division, load_gazetteer
from kg.extract.records import PlaceContext

LEVEL_CHARS = "省市州盟县区旗"
_LEVEL_NAMES = {"省": "省", "市": "市", "州": "市", "盟": "市", "县": "县", "区": "县", "旗": "县"}
MAX_PLACE = 10




def place_form(division: Division) -> str:
    """How a division's name stands inside an organization's name: 张掖市, 临夏州,
    肃南裕固族自治县, 环县, 西固区, 甘肃省; a province-level region by its full name, as a
    province is (内蒙古自治区政协, like 甘肃省政协); 香港. An autonomous county or banner
    keeps its full name, as the guidelines give autonomous bodies and every real page's
    gold writes it (长白朝鲜族自治县政协); an autonomous prefecture takes the short form the
    released gold prints (海西州政协, though the guidelines say full).

    >>> place_form(load_gazetteer().find("临夏州")[0])
    '临夏州'
    """
    name, short = division.name, division.short
    if name.endswith("特别行政区"):
        return short
    rest = name[len(short):] if name.startswith(short) else ""
    if len(rest) == 1 or rest.endswith(("自治州", "族区")):
        return short + rest[-1]  # 张掖市, 临夏回族自治州 → 临夏州
    return name  # 环县, 内蒙古自治区, 玉屏侗族自治县, 浦东新区, 峰峰矿区: as the division is named


def division_level(division: Division, level_char: str) -> bool:
    """Whether a name printed with ``level_char`` (省政协, 县委) may be of ``division``."""
    if level_char == "省":  # a municipality is no 省 (新华社北京……电 places no 省政协 in 北京)
        return division.level == "省" and not division.name.endswith("市")
    if level_char in "区旗盟":  # 西固区, 准格尔旗, 锡林郭勒盟: the name ends so
        return division.level == _LEVEL_NAMES[level_char] and division.name.endswith(level_char)
    return division.level == _LEVEL_NAMES[level_char] or (level_char == "市" and division.name.endswith("市"))


def find_place(before: str, level_char: str = "", province: str = "") -> tuple[Division, int] | None:
    """The division whose name ends ``before`` (and fits ``level_char``), with the
    length it takes. A one-character place (环县, 康县) is returned too; callers
    check it against the page's province, since 召开县政协 must not read as 开县.
    A name several provinces share (朝阳区) is the one in ``province``, if given."""
    gazetteer = load_gazetteer()
    for length in range(min(MAX_PLACE, len(before)), 0, -1):
        if length > 1 and not gazetteer.may_start(before[-length:]):
            continue
        candidates = gazetteer.find(before[-length:] + level_char) or (
            gazetteer.find(before[-length:]) if length > 1 else [])
        if level_char:
            candidates = [d for d in candidates if division_level(d, level_char)]
        if len(candidates) > 1 and province and length > 1:
            candidates = [d for d in candidates if d.province == province] or candidates
        one = one_division(candidates) if length > 1 else (candidates[0] if len(candidates) == 1 else None)
        if one:
            return one, length
    return None


def one_division(candidates: list[Division]) -> Division | None:
    """The division ``candidates`` stand for: the one there is, or, where districts of
    several cities share one name (朝阳区 of 北京 and of 长春), that name with no
    province or code, since an organization is named alike in either (朝阳区政协) and
    nothing says which city it is in. None when they differ in name or level."""
    if len(candidates) == 1:
        return candidates[0]
    if candidates and len({(d.name, d.level) for d in candidates}) == 1:
        return replace(candidates[0], code="", province="", prefecture="")
    return None


def named_division(text: str) -> Division | None:
    """The division ``text`` names whole, with its parents or without (嘉峪关市,
    上海市浦东新区, 重庆市万州区), or None."""
    found = load_gazetteer().longest_prefix(text)
    if found:
        division, rest = innermost_division(text, *found)
        return division if not rest else None
    found = find_place(text)
    return found[0] if found and found[1] == len(text) else None


def context_for(places: list[str], page_province: str = "") -> PlaceContext:
    """The context of an article whose dateline or headline names ``places``."""
    gazetteer = load_gazetteer()
    for place in places:
        found = gazetteer.find(place)
        if page_province and len(found) > 1:
            found = [d for d in found if d.province == page_province] or found
        one = one_division(found)
        if one:
            return PlaceContext(one, one.province or page_province)
    return PlaceContext(None, page_province)


def page_province(places: list[str]) -> str:
    """The province most of a page's dateline places belong to."""
    gazetteer = load_gazetteer()
    votes = Counter(gazetteer.province_of(place) for place in places)
    votes.pop(None, None)
    return votes.most_common(1)[0][0] if votes else ""


def relative_division(level_char: str, context: PlaceContext) -> Division | None:
    """The division a name with a level word but no place (市政协, 县政协, 省委) means."""
    gazetteer = load_gazetteer()
    division = context.division
    if level_char == "省":
        found = gazetteer.find(context.province) if context.province else []
        return found[0] if found and division_level(found[0], level_char) else None
    if division is None:
        return None
    if level_char in "市州盟":
        if division.level == "市" or (level_char == "市" and division.name.endswith("市")):
            return division
        if level_char == "市" and not division.prefecture and division.province.endswith("市"):
            return gazetteer.find(division.province)[0]  # 市政协 in 本报万州讯 is 重庆市政协
        parents = gazetteer.find(division.prefecture) if division.prefecture else []
        return parents[0] if parents and (level_char == "市" or parents[0].name.endswith(level_char)) else None
    if level_char in "县区旗" and division.level == "县":
        return division
    return None


def first_division(text: str, shortest: int = 3, leaving: int = 0) -> tuple[int, Division, str] | None:
    """Where the first division ``text`` names starts, the division and its form: a form
    of ``shortest`` characters or more, with ``leaving`` characters or more after it
    (大连海通冷链物流有限公司 → 0, 大连市, 大连). None when there is none.

    >>> start, division, form = first_division("在北京市朝阳区望京街道")
    >>> start, division.name, form
    (1, '北京市', '北京市')
    """
    gazetteer = load_gazetteer()
    for start in range(len(text)):
        found = gazetteer.longest_prefix(text[start:])
        if found and len(found[1]) >= shortest and len(text) - start - len(found[1]) >= leaving:
            return start, *found
    return None


def last_place_of_level(text: str, level_char: str) -> Division | None:
    """The last division of the level ``level_char`` names that ``text`` names."""
    gazetteer = load_gazetteer()
    for start in range(len(text) - 2, -1, -1):
        found = gazetteer.longest_prefix(text[start:])
        if found and len(found[1]) > 2 and division_level(found[0], level_char):
            return found[0]
    return None


def innermost_division(text: str, division: Division, form: str) -> tuple[Division, str]:
    """The innermost of the divisions named one after another at the start of ``text``,
    and the text after them (苏州市姑苏区双塔 → 姑苏区, 双塔)."""
    while True:
        rest = text[len(form):]
        found = load_gazetteer().child_prefix(rest, division)
        if not found:
            return division, rest
        text, (division, form) = rest, found

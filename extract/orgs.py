"""Organizations: find their names in a sentence and resolve them to one canonical name.

市政协 in a 本报张掖讯 article is 张掖市政协; 县政协 in 本报高台讯 is 高台县政协; 省委 on
a Gansu page is 甘肃省委; 政协嘉峪关市委员会 is 嘉峪关市政协. The place of a relative
name comes from the article's :class:`PlaceContext`, read from its dateline, with the
gazetteer of administrative divisions telling levels and parents.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from extract.gazetteer import Division, load_gazetteer
from extract.lexicon import load_lexicons
from extract.segmenter import cut, tag
from extract.text import CJK

LEVEL_CHARS = "省市州盟县区旗"
_LEVEL_NAMES = {"省": "省", "市": "市", "州": "市", "盟": "市", "县": "县", "区": "县", "旗": "县"}
MAX_PLACE = 10
MAX_TOWN = 4  # characters of a township's name before 镇, 乡 or 街道


@dataclass(frozen=True)
class PlaceContext:
    """Where an article's relative names point: its dateline division and province."""

    division: Division | None = None
    province: str = ""
    community: str = ""  # the 社区 an article is about, for 社区党委 without a name


@dataclass(frozen=True)
class OrgMention:
    """An organization named in a sentence, at ``text[start:end]``."""

    start: int
    end: int
    name: str  # canonical
    kind: str
    level: str
    place: str
    explicit: bool  # named with its place, not resolved from context


def place_form(division: Division) -> str:
    """How a division's name stands inside an organization's name: 张掖市, 临夏州,
    肃南县, 环县, 西固区, 甘肃省; a province-level region by its full name, as a
    province is (内蒙古自治区政协, like 甘肃省政协); 香港.

    >>> place_form(load_gazetteer().find("临夏州")[0])
    '临夏州'
    """
    name = division.name
    if division.short == name or name.endswith("自治区"):
        return name
    if name.endswith("特别行政区"):
        return division.short
    return division.short + name[-1]


def _division_level(division: Division, level_char: str) -> bool:
    if level_char in "区旗盟":  # 西固区, 准格尔旗, 锡林郭勒盟: the name ends so
        return division.level == _LEVEL_NAMES[level_char] and division.name.endswith(level_char)
    return division.level == _LEVEL_NAMES[level_char] or (level_char == "市" and division.name.endswith("市"))


def find_place(before: str, level_char: str = "") -> tuple[Division, int] | None:
    """The division whose name ends ``before`` (and fits ``level_char``), with the
    length it takes. A one-character place (环县, 康县) is returned too; callers
    check it against the page's province, since 召开县政协 must not read as 开县."""
    gazetteer = load_gazetteer()
    for length in range(min(MAX_PLACE, len(before)), 0, -1):
        candidates = gazetteer.find(before[-length:] + level_char) or (
            gazetteer.find(before[-length:]) if length > 1 else [])
        if level_char:
            candidates = [d for d in candidates if _division_level(d, level_char)]
        if len(candidates) == 1:
            return candidates[0], length
    return None


def context_for(places: list[str], page_province: str = "") -> PlaceContext:
    """The context of an article whose dateline or headline names ``places``."""
    gazetteer = load_gazetteer()
    for place in places:
        found = gazetteer.find(place)
        if page_province and len(found) > 1:
            found = [d for d in found if d.province == page_province] or found
        if len(found) == 1:
            return PlaceContext(found[0], found[0].province)
    return PlaceContext(None, page_province)


def page_province(places: list[str]) -> str:
    """The province most of a page's dateline places belong to."""
    gazetteer = load_gazetteer()
    votes = Counter(gazetteer.province_of(place) for place in places)
    votes.pop(None, None)
    return votes.most_common(1)[0][0] if votes else ""


def _relative(level_char: str, context: PlaceContext) -> Division | None:
    """The division a name with a level word but no place (市政协, 县政协, 省委) means."""
    gazetteer = load_gazetteer()
    division = context.division
    if level_char == "省":
        found = gazetteer.find(context.province) if context.province else []
        return found[0] if found else None
    if division is None:
        return None
    if level_char in "市州盟":
        if division.level == "市" or (level_char == "市" and division.name.endswith("市")):
            return division
        parents = gazetteer.find(division.prefecture) if division.prefecture else []
        return parents[0] if parents and (level_char == "市" or parents[0].name.endswith(level_char)) else None
    if level_char in "县区旗" and division.level == "县":
        return division
    return None


def _org_pattern():
    lexicons = load_lexicons()
    bodies = "|".join(body for body, _, _ in lexicons.org_bodies)
    units = "|".join(sorted(lexicons.org_units, key=len, reverse=True))
    national = "|".join(sorted(lexicons.national_orgs, key=len, reverse=True))
    return re.compile(
        rf"(?P<national>{national})(?!门)(?P<nunit>{units})?"
        rf"|社区(?P<cbody>{COMMUNITY_BODIES})"
        rf"|(?P<town>街道|镇|乡)(?P<tbody>{'|'.join(TOWN_BODIES)})"
        rf"|政协(?P<cplace>[\u4e00-\u9fff]{{2,10}}?)(?:第[一二三四五六七八九十]+届)?委员会(?P<cunit>{units})?"
        rf"|(?P<level>[{LEVEL_CHARS}])?(?P<body>{bodies})(?P<unit>{units})?")


_PATTERN = None
COMMUNITY_BODIES = "党委|党总支|党支部|居委会|居民委员会"
# Bodies of a township or street (双塔街道党工委, 洮阳镇人民政府), and their kind.
TOWN_BODIES = {"党工委": "党委", "党委": "党委", "人民政府": "政府", "政府": "政府",
               "办事处": "政府", "人大主席团": "人大"}
COMMUNITY = re.compile(r"(?<=[镇乡道县市区])([\u4e00-\u9fff]{2,3}?)社区")
# A 区 or 市 after these is part of a word (社区, 城区, 园区, 城市, 超市), not a level.
_NOT_A_LEVEL = {"区": set("社小城园景辖片新山灾矿校街牧林湖库"), "市": set("城超都门股夜上")}


def main_community(text: str) -> str:
    """The 社区 an article names most often after a town or street (洮阳镇椒山社区)."""
    names = Counter(COMMUNITY.findall(text))
    return f"{names.most_common(1)[0][0]}社区" if names else ""


@lru_cache(maxsize=1)
def _bodies() -> dict[str, tuple[str, bool]]:
    """body → (kind, whether a level word must stand before it)."""
    return {body: (kind, needs_level) for body, kind, needs_level in load_lexicons().org_bodies}


def find_orgs(text: str, context: PlaceContext) -> list[OrgMention]:
    """Organizations named in ``text``, left to right, resolved with ``context``.

    >>> from extract.orgs import context_for
    >>> [m.name for m in find_orgs("张掖市政协主席周均发主持召开市政协党组会议", context_for(["张掖"]))]
    ['张掖市政协', '张掖市政协']
    """
    global _PATTERN
    _PATTERN = _PATTERN or _org_pattern()
    lexicons = load_lexicons()
    bodies = _bodies()
    mentions: list[OrgMention] = []
    for match in _PATTERN.finditer(text):
        if match["national"]:
            canonical, kind = lexicons.national_orgs[match["national"]]
            unit = match["nunit"] or ""
            mentions.append(OrgMention(match.start(), match.end(), canonical + unit,
                                       lexicons.org_units.get(unit, kind), "国家", "", True))
            continue
        if match["cbody"]:
            mention = _community_org(text, match, context)
            if mention:
                mentions.append(mention)
            continue
        if match["town"]:
            mention = _town_org(text, match)
            if mention:
                mentions.append(mention)
            continue
        if match["cplace"]:
            found = find_place(match["cplace"])
            if found and found[1] == len(match["cplace"]):
                unit = match["cunit"] or ""
                mentions.append(_mention(match.start(), match.end(), found[0], "政协", unit, "政协", True))
            continue
        body, level_char, unit = match["body"], match["level"] or "", match["unit"] or ""
        kind, needs_level = bodies[body]
        if needs_level and not level_char or body == "委" and text[match.end():match.end() + 1] == "员":
            continue  # 委 alone is no body (常委, 委员), only 省委, 市委, 县委 …
        start, end = match.start(), match.end()
        if unit and lexicons.org_units[unit] == "党委" and kind != "党委":
            unit, end = "", match.start("unit")  # 县政协组织部分政协委员: a party department only of a party committee
        if level_char == "区" and text[:start].endswith("自治"):
            start, level_char = start - 2, "省"  # (内蒙古)自治区政协: a province-level region
        found = find_place(text[:start], level_char)
        if found and (found[1] > 1 or found[0].province in ("", context.province) or not context.province):
            division, length = found
            mentions.append(_mention(start - length, end, division, body, unit, kind, True))
            continue
        if level_char and start and text[start - 1] in _NOT_A_LEVEL.get(level_char, ()):
            continue  # 社区党委, 城市政协: part of a word, and no place (运城市 is one)
        if not level_char and body != "政协":
            continue  # 人大 or 党委 with neither place nor level is too vague to resolve
        division = _relative(level_char, context) if level_char else context.division
        if division is not None:
            mentions.append(_mention(start, end, division, body, unit, kind, False))
    mentions += _party_departments_in_a_list(text, mentions)
    mentions += _governments_before_their_titles(text, mentions)
    if _INSTITUTION_END.search(text):
        mentions += _institutions(text, mentions)
    return sorted(mentions, key=lambda mention: mention.start)


@lru_cache(maxsize=1024)
def title_bodies(context: PlaceContext) -> dict[str, str]:
    """The organization each government title stands for in ``context`` where no body is
    printed before it: in a 本报馆陶讯 article, 副县长 is of 馆陶县政府 (县委副书记冯志强、
    副县长韩冰: not of the 县委 before it). Titles come from ``title_bodies.tsv``."""
    bodies = {}
    for title, body in load_lexicons().title_bodies.items():
        found = find_orgs(body, context)
        if found:
            bodies[title] = found[0].name
    return bodies


@lru_cache(maxsize=1)
def _government_title_pattern():
    return re.compile("|".join(sorted(load_lexicons().title_bodies, key=len, reverse=True)))


def _governments_before_their_titles(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """A place printed right before a government title names that place's government:
    昭觉县副县长沙马拉则 → 昭觉县政府, 兰州市副市长 → 兰州市政府."""
    bodies = load_lexicons().title_bodies
    found = []
    for match in _government_title_pattern().finditer(text):
        if any(m.end == match.start() for m in mentions):
            continue  # the body is printed: 县政府副县长
        level_char, body = bodies[match.group()][0], bodies[match.group()][1:]
        place = find_place(text[:match.start()], level_char)
        if place and place[1] > 1:
            division, length = place
            found.append(_mention(match.start() - length, match.start(), division, body, "", "政府", True))
    return found


def _party_departments_in_a_list(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """A party department named alone after 、 in a list of one person's posts belongs
    to the party committee named before it: 市委常委、统战部部长 → 成都市委统战部."""
    departments = [unit for unit, kind in load_lexicons().org_units.items() if kind == "党委"]
    found = []
    for match in re.finditer("、(" + "|".join(departments) + ")", text):
        committees = [m for m in mentions if m.end <= match.start() and m.kind == "党委"
                      and not re.search("[,。;:]", text[m.end:match.start()])]
        if committees and not any(m.start <= match.start(1) < m.end for m in mentions):
            committee = committees[-1]
            found.append(OrgMention(match.start(1), match.end(), committee.name + match.group(1), "党委",
                                    committee.level, committee.place, committee.explicit))
    return found


_INSTITUTION_END = re.compile("大学|学院|医院")
INSTITUTION_KINDS = {"大学": "学校", "学院": "学校", "医院": "医院"}
_INSTITUTION_WORD_TAGS = ("ns", "nt", "nz", "n", "b", "j")  # 浙江|农林|大学, 四川大学|华西|医院
MAX_INSTITUTION = 14


def _institutions(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """Universities, colleges and hospitals, named by the words jieba puts before 大学,
    学院 or 医院, from the first that names a place or an institution: 浙江农林大学,
    四川大学华西医院, 张掖市人民医院 (邀请兰州理工大学 → 兰州理工大学)."""
    found, position, words = [], 0, []
    for word, flag in tag(text):
        words.append((position, word, flag))
        position += len(word)
    for number, (end_start, word, _) in enumerate(words):
        ending = next((e for e in INSTITUTION_KINDS if word.endswith(e)), "")
        if not ending:
            continue
        first = number
        while first > 0 and words[first - 1][2].startswith(_INSTITUTION_WORD_TAGS) \
                and end_start + len(word) - words[first - 1][0] <= MAX_INSTITUTION:
            first -= 1
        while first <= number and not words[first][2].startswith(("ns", "nt")):
            first += 1
        start, end = (words[first][0], end_start + len(word)) if first <= number else (0, 0)
        if end - start > len(ending) and not any(m.start < end and start < m.end for m in mentions):
            found.append(OrgMention(start, end, text[start:end], INSTITUTION_KINDS[ending], "", "", True))
    # 四川大学华西医院 holds 四川大学: keep the longest
    return [m for m in found if not any(o is not m and o.start <= m.start and m.end <= o.end for o in found)]


def _community_org(text: str, match: re.Match, context: PlaceContext) -> OrgMention | None:
    """椒山社区党委, or 社区党委 standing alone in an article about 椒山社区."""
    if not context.community:
        return None
    before = text[:match.start()]
    named = (before + "社区").endswith(context.community)
    if not named and before and re.match(f"[{CJK}]", before[-1]) and before[-1] not in "的、和与由及":
        return None  # another community's name, which the article does not tell
    start = match.start() - (len(context.community) - 2 if named else 0)
    return OrgMention(start, match.end(), context.community + match["cbody"], "社区", "村社区",
                      context.community, named)


def _town_org(text: str, match: re.Match) -> OrgMention | None:
    """双塔街道党工委, 洮阳镇党委: the town's name is the word jieba cuts right before
    街道, 镇 or 乡 (苏州市姑苏区双塔 → 双塔); one character is no name (乡镇党委, 城乡)."""
    before = cut(text[max(0, match.start() - MAX_TOWN):match.start()])
    town = before[-1] if before else ""
    if not (2 <= len(town) <= MAX_TOWN and re.fullmatch(f"[{CJK}]+", town)):
        return None
    place = town + match["town"]
    body = _canonical_body(match["tbody"])
    return OrgMention(match.start() - len(town), match.end(), place + body,
                      TOWN_BODIES[match["tbody"]], "乡镇", place, True)


def _mention(start, end, division: Division, body: str, unit: str, kind: str, explicit: bool) -> OrgMention:
    lexicons = load_lexicons()
    name = place_form(division) + _canonical_body(body) + unit
    return OrgMention(start, end, name, lexicons.org_units.get(unit, kind),
                      division.level, division.name, explicit)


def _canonical_body(body: str) -> str:
    return {"人民政府": "政府"}.get(body, body)

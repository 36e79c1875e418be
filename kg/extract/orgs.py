"""Organizations: find their names in a sentence and resolve them to one canonical name.

市政协 in a 本报张掖讯 article is 张掖市政协; 县政协 in 本报高台讯 is 高台县政协; 省委 on
a Gansu page is 甘肃省委; 政协嘉峪关市委员会 is 嘉峪关市政协. The place of a relative
name comes from the article's :class:`~extract.places.PlaceContext`, read from its
dateline. Besides the bodies named with a place or a level word, a sentence names
national bodies, communities, towns and streets, government bodies through their titles
(昭觉县副县长), units a place opens before a title (县林业和草原局局长), party departments
in a list of posts, universities and hospitals.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from kg.extract.gazetteer import Division, load_gazetteer
from kg.extract.lexicon import load_lexicons, title_pattern
from kg.extract.places import (LEVEL_CHARS, PlaceContext, find_place, first_division, innermost_division,
                            last_place_of_level, named_division, place_form, relative_division)
from kg.extract.segmenter import tag
from kg.extract.text import CJK
from kg.extract.records import OrgMention

MAX_TOWN = 4  # characters of a township's name before 镇, 乡 or 街道




@lru_cache(maxsize=1)
def _org_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The national organizations' names, and the other forms. Two patterns, since one
    alternation of both scans several times slower than each alone."""
    lexicons = load_lexicons()
    bodies = "|".join(body for body, _, _ in lexicons.org_bodies)
    units = "|".join(sorted(lexicons.org_units, key=len, reverse=True))
    national = "|".join(sorted(lexicons.national_orgs, key=len, reverse=True))
    return (re.compile(rf"(?P<national>{national})(?!门)(?P<nunit>{units})?"),
            re.compile(rf"社区(?P<cbody>{COMMUNITY_BODIES})"
                       rf"|(?P<town>街道|镇|乡)(?P<tbody>{'|'.join(TOWN_BODIES)})"
                       rf"|(?:中国人民政治协商会议|政协)(?:第[一二三四五六七八九十\d]+届)?(?P<cplace>[\u4e00-\u9fff]{{2,10}}?)"
                       rf"(?:第[一二三四五六七八九十\d]+届)?(?:委员会(?P<cunit>{units})?|(?<=届)常委会)"  # 政协商南县第九届常委会
                       # 山东省澳区政协常委: the members a province's 政协 draws from Macau
                       # (a term may part the level from the body: 自治区十二届政协副主席, 市十三届人大)
                       rf"|(?P<level>[{LEVEL_CHARS}])?(?:(?<=[{LEVEL_CHARS}])[一二三四五六七八九十]{{1,3}}届)?"
                       rf"(?:(?<=[省市])(?P<sar>港区|澳区|港澳区)(?=政协))?"
                       rf"(?P<body>{bodies})(?P<unit>{units})?"))
COMMUNITY_BODIES = "党委|党总支|党支部|居委会|居民委员会"
# Words of one character that join or lead phrases: before 县政协 in running text they are
# no county's name (和县)
JOINERS = "和与及并在对向从由为"
# Bodies of a township or street (双塔街道党工委, 洮阳镇人民政府), and their kind.
TOWN_BODIES = {"党工委": "党委", "党委": "党委", "人民政府": "政府", "政府": "政府",
               "办事处": "政府", "人大主席团": "人大"}
COMMUNITY = re.compile(r"(?<=[镇乡道县市区])([\u4e00-\u9fff]{2,3}?)社区")
# A 区 or 市 after these is part of a word (社区, 城区, 园区, 城市, 超市), not a level.
_NOT_A_LEVEL = {"区": set("社小城园景辖片新山灾矿校街牧林湖库"), "市": set("城超都门股夜上")}


# A company a visit names (在昆山恒锐精密电子有限公司, 走访了晋江鸿腾鞋业有限公司).
COMPANY = re.compile(r"(?:在|走访了?|来到|走进|深入)(?P<name>[\u4e00-\u9fff]{4,20}?(?:股份有限公司|有限责任公司|有限公司|集团))")
_BARE_COMPANY = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff]))公司(?=董事长|总经理|副总经理|负责人)")


def main_company(text: str) -> str:
    """The company an article's visit names last (……走访了晋江鸿腾鞋业有限公司……)."""
    names = [match["name"] for match in COMPANY.finditer(text)] if "公司" in text or "集团" in text else []
    return names[-1] if names else ""


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

    >>> from kg.extract.places import context_for
    >>> [m.name for m in find_orgs("张掖市政协主席周均发主持召开市政协党组会议", context_for(["张掖"]))]
    ['张掖市政协', '张掖市政协']
    """
    national_pattern, local_pattern = _org_patterns()
    lexicons = load_lexicons()
    bodies = _bodies()
    mentions: list[OrgMention] = []
    for match in national_pattern.finditer(text):
        canonical, kind = lexicons.national_orgs[match["national"]]
        unit = match["nunit"] or ""
        mentions.append(OrgMention(match.start(), match.end(), canonical + unit,
                                   lexicons.org_units.get(unit, kind), "国家", "", True))
    mentions += _party_committees(text) if "委" in text else []
    national = list(mentions)
    for match in local_pattern.finditer(text):
        if any(m.start < match.end() and match.start() < m.end for m in national):
            continue  # 全国政协: the national name holds 政协
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
            if match["cplace"] == "全国":  # 政协第十三届全国委员会
                canonical, kind = lexicons.national_orgs.get("全国政协", ("全国政协", "政协"))
                mentions.append(OrgMention(match.start(), match.end(), canonical + (match["cunit"] or ""),
                                           kind, "国家", "", True))
                continue
            division = named_division(match["cplace"])  # 政协嘉峪关市委员会, 政协上海市浦东新区委员会
            if division:
                unit = match["cunit"] or ""
                mentions.append(_mention(match.start(), match.end(), division, "政协", unit, "政协", True))
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
        found = find_place(text[:start], level_char, context.province)
        if found and found[1] == 1 and text[start - 1] in JOINERS and start > 1 \
                and re.match(f"[{CJK}》”)]", text[start - 2]) and text[start - 2] not in "省市州盟":
            # ……联络组长和县政协专委会主任, 《……报告》和县政协……: 和 joins, it names no 和县 (马鞍山市和县 does)
            found = None
        if found and (found[1] > 1 or found[0].province in ("", context.province) or not context.province):
            division, length = found
            printed = text[start - length:start]
            # 旬阳县政协 stays as printed where the county has since become a city (旬阳市)
            form = _former_form(division, level_char) if printed == division.short else ""
            mentions.append(_mention(start - length, end, division, body, unit, kind, True, form))
            continue
        if level_char and start and text[start - 1] in _NOT_A_LEVEL.get(level_char, ()):
            continue  # 社区党委, 城市政协: part of a word, and no place (运城市 is one)
        if not level_char and body != "政协":
            continue  # 人大 or 党委 with neither place nor level is too vague to resolve
        division = relative_division(level_char, context) if level_char else context.division
        if division is not None:
            mentions.append(_mention(start, end, division, body, unit, kind, False,
                                     _former_form(division, level_char)))
    mentions += _companies(text, context)
    mentions += _region_governments(text, mentions, context) if "自治区" in text else []
    mentions += _party_departments_in_a_list(text, mentions)
    mentions += _governments_before_their_titles(text, mentions)
    mentions += _units_before_titles(text, mentions, context)
    for start, end in _institution_windows(text):  # jieba's tagging is slow: only around the endings
        mentions += [replace(m, start=m.start + start, end=m.end + start)
                     for m in _institutions(text[start:end], context, opens_clause=start == 0 or
                                            not re.match(f"[{CJK}]", text[start - 1]))
                     if not any(o.start < m.end + start and m.start + start < o.end for o in mentions)]
    return sorted(mentions, key=lambda mention: mention.start)


@lru_cache(maxsize=1)
def _party_committee_pattern() -> re.Pattern:
    """A democratic party's committee of a place: its name (the central committees of
    ``national_orgs.tsv``, 民盟中央 → 民盟), a place, and 省委, 市委, 区委 … or 委会."""
    parties = [name[:-2] for name, (_, kind) in load_lexicons().national_orgs.items()
               if kind == "其他" and name.endswith("中央")]
    return re.compile(f"(?P<party>{'|'.join(parties)})(?P<place>[{CJK}]{{2,8}}?)(?P<level>[{LEVEL_CHARS}])委会?")


def _party_committees(text: str) -> list[OrgMention]:
    """The committees of democratic parties in places, named as printed (民盟钦州市委,
    民进甘肃省委会, 民盟广西区委): not the party committee of the place they hold."""
    found = []
    for match in _party_committee_pattern().finditer(text):
        division = named_division(match["place"]) or named_division(match["place"] + match["level"])
        if division:
            found.append(OrgMention(match.start(), match.end(), match.group(), "其他", division.level,
                                    division.name, True))
    return found


# A region printed right before 主席 or 副主席, no 政协 between: its government's head (自治区副主席马飚)
_REGION_HEAD = re.compile(rf"(?P<place>[{CJK}]{{2,6}}?)?自治区(?=副?主席)")


def _region_governments(text: str, mentions: list[OrgMention], context: PlaceContext) -> list[OrgMention]:
    """An autonomous region's government, which a region printed bare before its head's
    title names (自治区副主席马飚 in a Guangxi article → 广西壮族自治区政府)."""
    found = []
    for match in _REGION_HEAD.finditer(text):
        if any(m.start < match.end() and match.start() < m.end for m in mentions):
            continue
        named = named_division(match["place"] + "自治区") if match["place"] else None
        division = named or relative_division("省", context)
        if division and division.name.endswith("自治区"):
            start = match.start() if named else match.start() + len(match["place"] or "")
            found.append(_mention(start, match.end(), division, "政府", "", "政府", bool(named)))
    return found


def _companies(text: str, context: PlaceContext) -> list[OrgMention]:
    """Companies a visit names, and 公司 before a title standing for the company the
    article visits (……走访了晋江鸿腾鞋业有限公司……。公司董事长丁文鸿介绍)."""
    if "公司" not in text and "集团" not in text:
        return []
    found = [OrgMention(m.start("name"), m.end(), m["name"], "企业", "", "", True) for m in COMPANY.finditer(text)]
    if context.company:
        found += [OrgMention(m.start(), m.end(), context.company, "企业", "", "", False)
                  for m in _BARE_COMPANY.finditer(text)]
    return found


def title_bodies(context: PlaceContext) -> dict[str, str]:
    """The organization each government title stands for in ``context`` where no body is
    printed before it: in a 本报馆陶讯 article, 副县长 is of 馆陶县政府 (县委副书记冯志强、
    副县长韩冰: not of the 县委 before it). Titles come from ``title_bodies.tsv``."""
    return _title_bodies_in(PlaceContext(context.division, context.province))


@lru_cache(maxsize=4096)
def _title_bodies_in(context: PlaceContext) -> dict[str, str]:
    bodies = {}
    for title, body in load_lexicons().title_bodies.items():
        level_char, name = body[0], body[1:]
        division = relative_division(level_char, context) if level_char in LEVEL_CHARS else None
        if division is not None:
            bodies[title] = place_form(division) + _canonical_body(name)
    return bodies


@lru_cache(maxsize=1)
def _government_title_pattern():
    return re.compile("|".join(sorted(load_lexicons().title_bodies, key=len, reverse=True)))


def _governments_before_their_titles(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """A place printed right before a government title names that place's government:
    昭觉县副县长沙马拉则 → 昭觉县政府, 兰州市副市长 → 兰州市政府, 依汶镇镇长 → 依汶镇政府.
    A county or city title with no place before it takes the last place of its level
    the sentence named (在广河县,副县长沙正福 → 广河县政府)."""
    bodies = load_lexicons().title_bodies
    found = []
    for match in _government_title_pattern().finditer(text):
        if any(m.end == match.start() for m in mentions):
            continue  # the body is printed: 县政府副县长
        level_char, body = bodies[match.group()][0], bodies[match.group()][1:]
        before = text[:match.start()]
        if level_char in "镇乡":
            town, county = _town_name(before[:-1]) if before.endswith(level_char) else ("", None)
            if town:
                place = (place_form(county) if county else "") + town + level_char
                found.append(OrgMention(match.start() - len(place), match.start(), place + body, "政府",
                                        "乡镇", place, True))
            continue
        place = find_place(before, level_char)
        if place and place[1] > 1:
            division, length = place
            found.append(_mention(match.start() - length, match.start(), division, body, "", "政府", True))
        elif not before.endswith(level_char):
            named = last_place_of_level(before, level_char)
            if named:
                found.append(_mention(match.start(), match.start(), named, body, "", "政府", False))
    return found


MAX_UNIT = 16  # characters of a unit's name, its place included


def _units_before_titles(text: str, mentions: list[OrgMention], context: PlaceContext) -> list[OrgMention]:
    """A unit that a place opens and a title follows: 寿光市蔬菜产业发展中心主任,
    安太乡中心小学校长, 县林业和草原局局长 (in 本报勐海讯: 勐海县林业和草原局). The name
    runs from the first place of its clause to the title, as printed, and ends as a
    unit's name does (``unit_endings.tsv``); a level word opening it takes the article's
    place, or the last place of that level the sentence named."""
    endings = load_lexicons().unit_endings
    found = []
    for title in title_pattern().finditer(text):
        if any(m.end == title.start() for m in mentions + found):
            continue
        clause = re.split(f"[^{CJK}]|、", text[max(0, title.start() - MAX_UNIT):title.start()])[-1]
        if not any(clause.endswith(ending) for ending, _ in endings):
            continue  # (nor does any part of it end so: looked at first, as most titles follow no unit)
        held = [m for m in title_pattern().finditer(clause) if not clause.startswith("会", m.end())]  # (委员会)
        if held:  # a title inside it ends it: 市政协主席潘秋琳和县委|书记 is no unit of 崇左
            clause = clause[held[-1].end():]
        kind = next((k for ending, k in endings if clause.endswith(ending)), "")
        if not kind or len(clause) < 4:
            continue
        at = title.start() - len(clause)
        if clause[0] in LEVEL_CHARS:  # 县林业和草原局
            division = relative_division(clause[0], context) or last_place_of_level(text[:at], clause[0])
            if division:
                found.append(OrgMention(at, title.start(), place_form(division) + clause[1:], kind,
                                        division.level, division.name, False))
            continue
        start = _first_place(clause)
        if start is not None:
            found.append(OrgMention(at + start, title.start(), clause[start:], kind, "", "", True))
    return found


_TOWN_START = re.compile(f"[{CJK}]{{2,4}}?(?:乡|镇|街道)")


def _first_place(clause: str) -> int | None:
    """Where the first place in ``clause`` starts that leaves two or more characters
    after it: a division (大连|海通冷链物流有限公司) or a town (安太乡|中心小学)."""
    found = first_division(clause, shortest=2, leaving=2)
    if found:
        return found[0]
    town = _TOWN_START.match(clause)
    return 0 if town and len(clause) - town.end() >= 2 else None


@lru_cache(maxsize=1)
def _party_department_pattern() -> re.Pattern:
    departments = [unit for unit, kind in load_lexicons().org_units.items() if kind == "党委"]
    return re.compile("、(" + "|".join(departments) + ")")


def _party_departments_in_a_list(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """A party department named alone after 、 in a list of one person's posts belongs
    to the party committee named before it: 市委常委、统战部部长 (or 统战部长) → 成都市委统战部."""
    found = []
    for match in _party_department_pattern().finditer(text):
        committees = [m for m in mentions if m.end <= match.start() and m.kind == "党委"
                      and not re.search("[,。;:]", text[m.end:match.start()])]
        if committees and not any(m.start <= match.start(1) < m.end for m in mentions):
            committee = committees[-1]
            # 统战部长, as 统战部部长 is printed short: the title 部长 shares the department's 部
            end = match.end() - 1 if text.startswith("部长", match.end() - 1) else match.end()
            found.append(OrgMention(match.start(1), end, committee.name + match.group(1), "党委",
                                    committee.level, committee.place, committee.explicit))
    return found


_INSTITUTION_END = re.compile("大学|学院|医院")
INSTITUTION_KINDS = {"大学": "学校", "学院": "学校", "医院": "医院"}
_INSTITUTION_WORD_TAGS = ("ns", "nt", "nz", "n", "b", "j", "vn")  # 浙江|农林|大学, 四川大学|华西|医院
MAX_INSTITUTION = 14


def _institution_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` that may hold an institution's name: up to the endings
    (大学, 学院, 医院) that follow one another closely, from the clause's start or as
    far back as a name reaches."""
    windows: list[tuple[int, int]] = []
    for ending in _INSTITUTION_END.finditer(text):
        if windows and ending.start() - windows[-1][1] <= MAX_INSTITUTION:
            windows[-1] = (windows[-1][0], ending.end())  # 宁夏大学葡萄酒与园艺学院: one name
            continue
        reach = max(0, ending.start() - MAX_INSTITUTION)
        breaks = [m.end() for m in re.finditer(f"[^{CJK}]|、", text[reach:ending.start()])]
        windows.append((reach + (breaks[-1] if breaks else 0), ending.end()))
    return windows


def _institutions(text: str, context: PlaceContext, opens_clause: bool = True) -> list[OrgMention]:
    """Universities, colleges and hospitals, named by the words jieba puts before 大学,
    学院 or 医院, from the first that names a place or an institution: 浙江农林大学,
    四川大学华西医院, 张掖市人民医院 (邀请兰州理工大学 → 兰州理工大学). A college of a
    university is the university (宁夏大学葡萄酒与园艺学院教授 → 宁夏大学); a level word
    alone before it takes the article's place (州人民医院 in 本报大理讯 → 大理州人民医院)."""
    gazetteer = load_gazetteer()
    found, position, words = [], 0, []
    for word, flag in tag(text):
        words.append((position, word, flag))
        position += len(word)
    for number, (end_start, word, _) in enumerate(words):
        ending = next((e for e in INSTITUTION_KINDS if word.endswith(e)), "")
        if not ending:
            continue
        first = number
        while first > 0 and (words[first - 1][2].startswith(_INSTITUTION_WORD_TAGS) or words[first - 1][1] in "与和"
                             or gazetteer.find(words[first - 1][1])) \
                and end_start + len(word) - words[first - 1][0] <= MAX_INSTITUTION:
            first -= 1
        relative = None
        if words[first][1] in LEVEL_CHARS and (first == 0 and opens_clause or
                                                first > 0 and not re.match(f"[{CJK}]", words[first - 1][1][-1])):
            relative = relative_division(words[first][1], context)  # ,州|人民|医院
            first += 1
        while first <= number and not relative and not (
                words[first][2].startswith("nt") or gazetteer.find(words[first][1])
                or words[first][2].startswith("ns") and ending != "医院"):  # 中国|海洋大学, but not 城市|医院
            first += 1
        start, end = (words[first][0], end_start + len(word)) if first <= number else (0, 0)
        if end - start <= len(ending):
            continue
        name = text[start:end]
        if ending == "学院" and "大学" in name[:-2]:
            name = name[:name.index("大学") + 2]
        if relative:
            start -= 1
            name = place_form(relative) + name
        found.append(OrgMention(start, end, name, INSTITUTION_KINDS["大学" if name.endswith("大学") else ending],
                                relative.level if relative else "", relative.name if relative else "", True))
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


# Words after which a town's name starts (深入勐混镇, 来到孙家集街道, 在海东镇).
_BEFORE_A_TOWN = re.compile(r".*(?:来到|深入|走进|前往|走访|在|到|赴|于|和|与|及|的|、)")


def _town_name(before: str) -> tuple[str, Division | None]:
    """The town's name that ends ``before``, and the county-level division printed right
    before it (大理市海东 → 海东, 大理市): the characters after the last punctuation,
    word of movement or division name, two to four of them."""
    run = re.split(f"[^{CJK}]", before)[-1]
    run = _BEFORE_A_TOWN.sub("", run)
    county = None
    found = first_division(run, leaving=1)
    if found:
        start, division, form = found
        county, run = innermost_division(run[start:], division, form)
    return (run, county) if 2 <= len(run) <= MAX_TOWN else ("", None)


def _town_org(text: str, match: re.Match) -> OrgMention | None:
    """双塔街道党工委, 洮阳镇党委, 大理市海东镇党委 (with the county printed before the
    town), or 镇党委 standing alone after the sentence named its town (在勐混镇,镇党委书记
    → 勐混镇党委; the body's name as a reader completes it, without the county)."""
    suffix = match["town"]
    town, county = _town_name(text[:match.start()])
    start = match.start() - len(town)
    if not town:
        if re.search(f"[{CJK}]$", text[:match.start()]):
            return None  # 乡镇党委, 城乡政府: no town's name
        named = [m for m in re.finditer(suffix, text[:match.start()]) if _town_name(text[:m.start()])[0]]
        if not named:
            return None
        town, county = _town_name(text[:named[-1].start()])[0], None  # 在利川市汪营镇,镇党委 → 汪营镇党委
    elif county:
        start -= len(place_form(county))
    place = (place_form(county) if county else "") + town + suffix
    body = _canonical_body(match["tbody"])
    return OrgMention(start, match.end(), place + body, TOWN_BODIES[match["tbody"]], "乡镇", place, True)


def _former_form(division: Division, level_char: str) -> str:
    """The place as the text's level word names it where the county has since become a
    city: 县政协 in an article of 旬阳 (旬阳市 since 2021) is 旬阳县政协. '' otherwise."""
    if level_char and level_char in "县区旗" and division.short and not place_form(division).endswith(level_char):
        return division.short + level_char
    return ""


def _mention(start, end, division: Division, body: str, unit: str, kind: str, explicit: bool,
             form: str = "") -> OrgMention:
    lexicons = load_lexicons()
    place, canonical = form or place_form(division), _canonical_body(body)
    if canonical.startswith("委") and place.endswith("新区"):
        canonical = "区" + canonical  # 浦东新区区委: a new district's party committee, as printed
    name = place + canonical + unit
    return OrgMention(start, end, name, lexicons.org_units.get(unit, kind),
                      division.level, division.name, explicit)


def _canonical_body(body: str) -> str:
    return {"人民政府": "政府"}.get(body, body)

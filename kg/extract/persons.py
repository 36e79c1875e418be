"""Persons and the roles the text gives them.

A name is taken only where the text anchors it: after a title (市政协主席周均发,
党组书记、主席张君明, 省委书记、省人大常委会主任尹弘), in a list after a title
(副主席张三、李四), after a descriptor (党员代表张巧娣), or right before a title that
names its organization by itself (习近平总书记).
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from kg.extract.gazetteer import load_gazetteer
from kg.extract.lexicon import load_lexicons, title_pattern
from kg.extract.names import MAX_TRANSLITERATED, MIDDLE_DOTS, is_dotted, is_other_word, looks_like_name, name_at, plausible_name, surname_of
from kg.extract.orgs import OrgMention
from kg.extract.places import LEVEL_CHARS, division_level
from kg.extract.segmenter import cut, tag
from kg.extract.text import CJK
from kg.extract.records import PersonMention

_CHAIN_JOINERS = ("、", "兼")
_NOT_A_TITLE_AFTER = ("会", "团", "员会")  # 常委会, 主席团, 委员会
# Titles that, with no body before them, belong to the last body of a kind the sentence
# named: a 政协's members (……在全国政协机关主会场发言,委员葛晓岚……), a company's heads
# (在昆山恒锐精密电子有限公司,总经理林家豪介绍).
BARE_TITLE_KINDS = {"委员": "政协", "常委": "政协", "董事长": "企业", "总经理": "企业", "副总经理": "企业"}




@lru_cache(maxsize=1)
def _description_in_a_list():
    """、 and a short description ending in a descriptor, between a person's titles and
    name: 市政协委员、茶企负责人黄思远."""
    return re.compile(f"、[^,。;、:]{{0,8}}?(?:{'|'.join(load_lexicons().person_anchors)})")


@lru_cache(maxsize=1)
def _anchor_pattern():
    return re.compile("|".join(load_lexicons().person_anchors))


def _title_at(text: str, pos: int):
    match = title_pattern().match(text, pos)
    if match and not text.startswith(_NOT_A_TITLE_AFTER, match.end()):
        return match
    return None


# Printed between a title and a name, these say the person is put forward for the title,
# not holding it (县政协党组书记、主席提名人选黄斯文: 党组书记 only).
NOMINEE_MARKS = ("提名人选", "建议人选", "候选人", "人选")

# A title after these is a function at a session, not a post (执行主席, 大会秘书长, 主席团
#常务主席): the guidelines give it no role row.
_SESSION_FUNCTION_BEFORE = ("执行", "大会", "主席团常务", "常务主席团")
# Before 委员 (or its body), what makes the members a whole, after which no name follows:
# 来自全县各界的政协委员满怀喜悦之情, 广大政协委员, 全体委员 (but 参加会议的委员王伟、李明 names two)
_COLLECTIVE_BEFORE = re.compile(r"(?:来自[^,。;]{1,24}的|广大|全体)$")


def _collective(text: str, start: int) -> bool:
    return bool(_COLLECTIVE_BEFORE.search(text, 0, start))


# A title after these, right after its body, was held before, not now (市政协原主席李满林,
# 原副主席曹霞): the person, and no role row. So is a title whose body follows 历届 (历届市政协
# 主席吕永益、张贤南).
FORMER_MARKS = ("原", "前")
FORMER_BODY_MARKS = ("历届", "历任")


def _former(text: str, start: int, org_ending: dict, body: OrgMention | None) -> bool:
    """Whether the title at ``start`` is marked as held before: 原 or 前 right before it,
    after its body (市政协原主席) or opening a list item (,原副主席), not closing a place
    (太原市长); or 历届 before its body."""
    if body and text[:body.start].endswith(FORMER_BODY_MARKS):
        return True
    mark = next((m for m in FORMER_MARKS if text[:start].endswith(m)), "")
    before = start - len(mark)
    return bool(mark) and (before in org_ending or before == 0 or text[before - 1] in "、,,;")


def find_persons(text: str, orgs: list[OrgMention], known: frozenset[str] = frozenset(),
                 title_bodies: dict[str, str] | None = None, carried: str = "",
                 home: str = "") -> list[PersonMention]:
    """Persons anchored in one sentence, left to right. ``known`` holds names the
    article gives elsewhere, which tell where a name ends when the text after it does not;
    ``title_bodies`` the body a government title stands for where none is printed before
    it (副县长 → 馆陶县政府; see :func:`extract.orgs.title_bodies`); ``carried`` the 政协
    a bare 政协 title stands for when the sentence names no body (……主持。副主席李明、王芳出席:
    the 政协 of the sentence before); ``home`` the 政协 of the article's place, which a
    member named before the title belongs to when nothing closer says (王容川委员代表……发言).

    >>> from kg.extract.orgs import find_orgs
    >>> from kg.extract.places import context_for
    >>> text = "西固区政协党组书记、主席张君明主持召开区政协党组会议"
    >>> [(p.name, p.roles) for p in find_persons(text, find_orgs(text, context_for(["西固"])))]
    [('张君明', [('党组书记', '西固区政协'), ('主席', '西固区政协')])]
    """
    org_ending = {org.end: org for org in orgs}
    org_starting = {org.start: org for org in orgs}
    lexicons = load_lexicons()
    persons: list[PersonMention] = []
    taken_until = 0
    for match in title_pattern().finditer(text):
        if match.start() < taken_until or not _title_at(text, match.start()):
            continue
        chain = [(match.group(), org_ending.get(match.start()))]
        unresolved = {match.group()} if _after_an_unread_body(text, match.start(), org_ending) else set()
        pos = match.end()
        while pos < len(text) and text[pos] in _CHAIN_JOINERS:
            org = org_starting.get(pos + 1)
            following = _title_at(text, org.end if org else pos + 1)
            if not following:
                break
            chain.append((following.group(), org))
            pos = following.end()
        if text.startswith(("是", "由"), pos):
            pos += 1  # 执行主席是林健、陈生; 大会执行主席由向东、隆文波……: no part of a name
        if match.group() == "委员" and _collective(text, chain[0][1].start if chain[0][1] else match.start()):
            taken_until = pos
            continue  # 来自全县各界的政协委员满怀喜悦之情: members as a whole, no name follows
        nominee = text.startswith(NOMINEE_MARKS, pos)  # 主席提名人选黄斯文: nominated, not holding it
        if nominee:
            pos += next(len(mark) for mark in NOMINEE_MARKS if text.startswith(mark, pos))
        names = _names_after(text, pos, known, org_starting)
        if not names and text.startswith("、", pos):
            described = _description_in_a_list().match(text, pos)  # 市政协委员、酒庄负责人马丽
            names = _names_after(text, described.end(), known, org_starting) if described else []
        if not names:
            before = _name_before(text, match.start()) if match.group() in lexicons.title_orgs else None
            if before:
                persons.append(PersonMention(match.start() - len(before), match.end(), before,
                                             [(match.group(), lexicons.title_orgs[match.group()])],
                                             "name-before-title"))
            taken_until = pos
            continue
        roles = []
        org_name = _carried_org(text, persons, chain[0][1], match.start()) or \
            _member_org(orgs, match.group(), match.start(), chain[0][1])
        for number, (title, org) in enumerate(chain):
            if nominee and number == len(chain) - 1:
                continue
            if title in unresolved and org is None:
                # 经济委员会主任周伯华: a 政协's committee printed bare is of the 政协 carried;
                # 人大党组书记: a body is printed that no rule read; no other stands for it
                committee = _committee_before(text, match.start()) if number == 0 else ""
                zhengxie = (_zhengxie_titled_before(text, match.start() - len(committee), org_ending)
                            or _zhengxie_for(persons, carried)) if committee else ""
                org_name = zhengxie + committee if zhengxie else ""
                if org_name:
                    roles.append((title, org_name))
                continue
            implied = (title_bodies or {}).get(title, "")
            org_name = org.name if org else implied or org_name or lexicons.title_orgs.get(title, "") \
                or (_zhengxie_for(persons, carried) if title in CARRIED_TITLES
                    and not org_ending.get(match.start()) else "")
            if org_name and (org or number or fits_the_printed_level(text, match.start(), org_name)):
                roles.append((title, org_name))
        if text[:match.start()].endswith(_SESSION_FUNCTION_BEFORE) or _former(text, match.start(), org_ending, chain[0][1]):
            roles = []  # 执行主席林健、陈生; 原主席李满林: persons, holding no post by it
        start = chain[0][1].start if chain[0][1] else match.start()
        for name, name_start in names:
            persons.append(PersonMention(start, name_start + len(name), name, list(roles), "title-before-name"))
        taken_until = names[-1][1] + len(names[-1][0])
    for start, name, roles in _elected(text, orgs, known):
        if not any(p.start <= start < p.end for p in persons):
            persons.append(PersonMention(start, start + len(name), name, roles, "elected-as"))
    for start, name, members in _untitled_list(text, known):
        if not any(p.start <= start < p.end for p in persons):
            body = next((o.name for o in reversed(orgs) if o.end <= start and o.name.endswith("政协")), "") \
                or _zhengxie_for(persons, carried, home)
            roles = [(members, body)] if members and body else []
            persons.append(PersonMention(start, start + len(name), name, roles, "name-list"))
    for match in _BEFORE_CHAIR.finditer(text):  # 张众志主持会议; 会议由李微微主持
        name = match["name"]
        if (name in known or plausible_name(name)) and not any(p.start <= match.start("name") < p.end
                                                                  for p in persons):
            # 吴成平主席主持召开了区政协……常委会议: the title is of the 政协 whose meeting it is
            # (夏润祥主席主持会议: where no 政协 follows, the one carried or the article's)
            body = (next((o.name for o in orgs if o.start > match.end() and o.name.endswith("政协")), "")
                    or _zhengxie_for(persons, carried, home)) if match["title"] else ""
            roles = [(match["title"], body)] if body else []
            persons.append(PersonMention(match.start("name"), match.end("name"), name, roles, "name-before-chair"))
    for match in _CHAIRS_LISTED.finditer(text):  # 开幕大会和闭幕大会分别由李兴顺、张启俊主持
        items, pos = re.split("[、和]", match["names"]), match.start("names")
        if all(item in known or plausible_name(item) for item in items):
            for item in items:
                if not any(p.start <= pos < p.end for p in persons):
                    persons.append(PersonMention(pos, pos + len(item), item, [], "name-before-chair"))
                pos += len(item) + 1
    # ……,江汉桥秘书长出席会议; 王容川委员代表民进安徽省委发言: of the 政协 named last, else carried, else the article's
    for pattern, rule in ((_NAME_THEN_TITLE, "name-before-title"), (_NAME_THEN_MEMBER, "name-before-member")):
        for match in pattern.finditer(text):
            name = match["name"]
            # (a dotted name whatever its characters: 艾里肯·巴拉提常委建议; a longer one that
            # mostly transliterates: 乌仁塔娜委员在发言中说)
            if (name in known or plausible_name(name) or is_dotted(name)
                    or len(name) > 3 and _mostly_transliterated(name)) \
                    and not any(p.start <= match.start() < p.end for p in persons) \
                    and not any(o.start <= match.start() < o.end for o in orgs):
                body = _zhengxie_for(persons, carried, home)
                roles = [(LIST_TITLES[match["title"]], body)] if body else []
                persons.append(PersonMention(match.start(), match.end("name"), name, roles, rule))
    for start, name in _quoted_speakers(text):
        if not any(p.start <= start < p.end for p in persons):
            persons.append(PersonMention(start, start + len(name), name, [], "quoted-speaker"))
    for match in _anchor_pattern().finditer(text):
        name = name_at(text, match.end(), known)
        if name and not any(p.start <= match.end() < p.end for p in persons):
            persons.append(PersonMention(match.start(), match.end() + len(name), name, [], "descriptor-before-name"))
    return sorted(persons, key=lambda p: p.start)


_QUOTE_END = re.compile(r"[”\"』」],?")


def _quoted_speakers(text: str):
    """(start, name) of persons who speak a quotation: right after the closing quote
    (“……。”王小明说。) or opening the sentence (王小明表示:“……”). The name must be
    followed by a speech verb, and jieba must not know it as some other word (张家川
    is a place: one word, not tagged as a name)."""
    if not _speech_pattern().search(text):
        return  # no speech verb, no speaker
    speech = load_lexicons().speech_verbs
    quote_ends = [m.end() for m in _QUOTE_END.finditer(text)]
    for start in [*quote_ends, 0]:
        name = name_at(text, start)
        if name and text.startswith(speech, start + len(name)):
            words = tag(name)
            if len(words) > 1 or words[0][1].startswith("nr"):
                yield start, name
        else:  # also at the start: a sentence split after the quote (“……。” | 果农敏学军说。)
            found = _described_speaker(text, start, speech)
            if found:
                yield found


@lru_cache(maxsize=1)
def _speech_pattern() -> re.Pattern:
    return re.compile("|".join(load_lexicons().speech_verbs))


# How words for who someone is end, so that a name may start right after them even
# where jieba joins the two (种植户|王立新: jieba cuts 户王).
OCCUPATION_ENDS = set("户农民工人员者师生主")
_LOCATIVE_ENDS = tuple("上中里时后前间")
_CLAUSE = re.compile(r"[^,。;:!?“”\"]{1,20}")


def _described_speaker(text: str, start: int, speech: tuple[str, ...]) -> tuple[int, str] | None:
    """A speaker named after a description of who they are, between the closing quote
    and the speech verb (“……。”余村民宿经营户潘丽君说。): the name ending right at the
    verb and starting where jieba starts a word (不 在座|谈会上). Four characters are
    tried first where they are a compound surname's name or transliterated (社区居民欧阳桂芳,
    村民阿苏木呷), then three, then two."""
    clause = _CLAUSE.match(text, start)
    if not clause:
        return None
    verb = next((m.start() for m in _speech_pattern().finditer(text, clause.start() + 2, clause.end())
                 if cut(text[m.start():m.start() + 4])[0] in speech), None)  # not 说明
    if verb is None or text.count("《", 0, verb) > text.count("》", 0, verb):
        return None  # (a verb inside a title: 《关于……纳入“海丝”申遗项目的建议》 names no speaker)
    word_starts = {start, *(start + offset for offset in itertools.accumulate(map(len, cut(text[start:verb]))))}
    for length in (4, 3, 2):
        name_start = verb - length
        candidate = text[name_start:verb]
        if name_start < start or not (name_start in word_starts or text[name_start - 1] in OCCUPATION_ENDS):
            continue
        if length == 4 and len(surname_of(candidate)) != 2 and not looks_like_name(candidate):
            continue
        if candidate.endswith(_LOCATIVE_ENDS):
            continue  # 徐斌在闭幕上指出: where, not who
        if _title_ending().search(text, 0, name_start + 1):
            continue  # 省政协主席公开表示: the first character closes a title (主席), it opens no name
        if plausible_name(candidate):
            return name_start, candidate
    return None


@lru_cache(maxsize=1)
def _title_ending() -> re.Pattern:
    return re.compile(f"(?:{title_pattern().pattern})$")


def fits_the_printed_level(text: str, start: int, org_name: str) -> bool:
    """Whether ``org_name`` may stand for a 政协 printed with its level right before the
    title at ``start`` that no rule resolved: 县政协主席戴克奎, after 六安市政协副主席宋新国
    in an article no county places, is no 六安市政协's (but 区政协 in Tibet is the region's)."""
    printed = _UNREAD_LEVELED_ZHENGXIE.search(text, 0, start)
    if not printed or not org_name.endswith("政协"):
        return True
    if org_name == "全国政协":  # 省政协主席蓝绍敏 after 全国政协's roll is no national title
        return False
    found = load_gazetteer().find(org_name[:-2])
    if not found:
        return True
    level_char = printed.group(1)
    return division_level(found[0], level_char) or level_char == "区" and found[0].level == "省"


_UNREAD_LEVELED_ZHENGXIE = re.compile(f"([{LEVEL_CHARS}])政协$")


def _zhengxie_for(persons: list[PersonMention], carried: str, home: str = "") -> str:
    """The 政协 a bare title or a member stands for: the one the sentence named last
    (among its persons' roles), else the one carried from the sentence before, else the
    article's own (``home``)."""
    return last_zhengxie(persons) or carried or home


def last_zhengxie(found: list[PersonMention]) -> str:
    """The last 政协 (not one of its units) a title in ``found`` is held in: the body a
    bare title after them stands for (市政协主席李志伟主持,副主席李进……出席)."""
    bodies = [org for person in found for _, org in person.roles if org.endswith("政协")]
    return bodies[-1] if bodies else ""


@lru_cache(maxsize=1)
def _committee_pattern() -> re.Pattern:
    committees = sorted((unit for unit in load_lexicons().org_units if unit.endswith("委员会")), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, committees))})$")


def _committee_before(text: str, start: int) -> str:
    """The committee of a 政协 printed bare right before ``start`` (经济委员会|主任), or ''."""
    found = _committee_pattern().search(text, 0, start)
    return found.group() if found and found.end() == start else ""


def _zhengxie_titled_before(text: str, at: int, org_ending: dict) -> str:
    """The 政协 of a title printed right before ``at`` and a 、, whose committee the one
    printed bare at ``at`` is (上海市政协常委、港澳台侨委员会主任姚海), or ''."""
    if not text.startswith("、", at - 1):
        return ""
    title = _title_ending().search(text, 0, at - 1)
    org = title and org_ending.get(title.start())
    return org.name if org and org.name.endswith("政协") else ""


def _after_an_unread_body(text: str, start: int, org_ending: dict) -> bool:
    """Whether the title at ``start`` follows a word no rule read as a body (人大党组书记,
    政法委书记 where 政法委 was not read): the title is of that body, not of one carried
    from before."""
    return start > 0 and bool(re.match(f"[{CJK}]", text[start - 1])) and start not in org_ending \
        and not text[:start].endswith(_NOT_A_BODY_BEFORE_A_TITLE)


# What may stand right before a bare title without naming a body of its own: a word that
# qualifies the title (常务副主席, 非中共副主席), a joiner or preposition (……马光明和秘书长金长征,
# 会议由副主席李惠英主持), or a 政协 or 政府 the place rules did not resolve, which the carried
# 政协 or the title's own government is (区政协副主席 in Tibet, 政府旗长)
_NOT_A_BODY_BEFORE_A_TITLE = ("常务", "专职", "驻会", "兼职", "执行", "名誉", "代", "原", "前", "新任", "时任",
                              "非中共", "中共", "和", "及", "与", "暨", "并", "由", "为", "兼", "政协", "政府")


def _carried_org(text: str, persons: list[PersonMention], org: OrgMention | None, start: int) -> str:
    """The body a bare title carries over from the person listed just before it
    (市政协副主席王立新,秘书长陈志刚: 陈志刚 is 秘书长 of 市政协)."""
    if org or not persons or not persons[-1].roles:
        return ""
    return persons[-1].roles[-1][1] if text[persons[-1].end:start] in ("、", ",") else ""


def _member_org(orgs: list[OrgMention], title: str, start: int, org: OrgMention | None) -> str:
    """The body a bare title of ``BARE_TITLE_KINDS`` belongs to: the last of its kind
    named before it in the sentence."""
    if org or title not in BARE_TITLE_KINDS:
        return ""
    before = [o for o in orgs if o.end <= start and o.kind == BARE_TITLE_KINDS[title]]
    return before[-1].name if before else ""


_DOTTED_ITEM = re.compile(rf"(?P<name>[{CJK}]{{2,8}}[{MIDDLE_DOTS}][{CJK}]{{2,6}})(?=[、,。;:])")


def list_item_name(text: str, pos: int, in_a_list: bool) -> str:
    """The list item at ``pos`` when the 、 around it tell where it ends and it reads as a
    name: 罗富和 (a name ending in 和), 帕巴拉·格列朗杰 (a dotted name whose second part
    the transliteration list lacks), 赖明勇 and 虢正贵 (surnames missing from the list)
    once the list has read as names. '' otherwise.

    >>> list_item_name("副主席杜青林、罗富和、李海峰出席", 7, True)
    '罗富和'
    >>> list_item_name("副主席杜青林、帕巴拉·格列朗杰、何厚铧", 7, True)
    '帕巴拉·格列朗杰'
    >>> list_item_name("主席、副主席和秘书长", 3, True)
    ''
    """
    dotted = _DOTTED_ITEM.match(text, pos)  # a dotted name ends at any mark: 县长吐尔洪•阿不拉,县委……
    if dotted:  # less a word that follows names printed on to the mark (帕巴拉·格列朗杰委托,)
        name = dotted["name"]
        second = re.split(f"[{MIDDLE_DOTS}]", name)[-1]
        follower = next((word for word in load_lexicons().name_followers
                         if len(word) > 1 and second.endswith(word) and len(second) - len(word) >= 2), "")
        return name[:len(name) - len(follower)]
    end = text.find("、", pos)
    if end < 0:
        return ""
    item = text[pos:end]
    if not 2 <= len(item) <= MAX_TRANSLITERATED or not re.fullmatch(f"[{CJK}]+", item) \
            or title_pattern().search(item) or len(item) > 4 and not _mostly_transliterated(item):
        return ""  # (a longer item is a name where it mostly transliterates: 斯琴毕力格, 祁毕西勒图)
    if plausible_name(item) or in_a_list and (len(item) <= 3 or _mostly_transliterated(item) or surname_of(item)) \
            and (not is_other_word(item) or surname_of(item)) and not any(word in item for word in _NOT_IN_A_NAME):
        return item  # 张建军、李兰州、高尚、任恒志: a word (高尚) among names, led by a surname
    return ""  # (or four characters that mostly transliterate, or a surname opens: 尕玛朋措, 阿刘时布)


def _mostly_transliterated(item: str) -> bool:
    chars = load_lexicons().transliteration_chars
    return sum(ch in chars for ch in item) * 4 >= len(item) * 3


# A list of names with no title before it: after a clause break or a collective label
# (省政协领导王志强、刘新民、陈玉芬出席), three names or more, then what they did.
# (No item runs on past 等: ……童兴等市委、市人大……的领导 lists bodies after the names.)
_LIST_ITEM = rf"(?:(?!等)[{CJK}{MIDDLE_DOTS}])"
_UNTITLED_LIST = re.compile(rf"(?P<items>(?:{_LIST_ITEM}{{2,12}}、){{2,}})(?P<last>{_LIST_ITEM}{{2,8}}?)"
                            rf"(?=出席|列席|参加|等|分别|在|主持|,|。|;|及|[\d一二三四五六七八九十]+[位名])")  # ……阎高峰7位同志作大会发言
# ……or, where no such list is read there, 和 and what else attended: ……林毅和五届市政协主席陈伟义应邀出席,
# ……管仁红和大会主席团其他成员 (tried second: ……王岐山等同各民主党派中央、全国工商联负责人和……)
_UNTITLED_LIST_THEN_AND = re.compile(_UNTITLED_LIST.pattern[:-1] + "|和)")
# (or after the note of their order: 大会执行主席(按姓氏笔画为序)王根宝、史进……)
# (有 after an opening is the verb, no surname: 就座的领导同志有雷杰、李好臣……)
_LIST_OPENS = re.compile(r"(?:^|(?<=[,:;。由])|(?<=领导)|(?<=领导人)|(?<=同志)|(?<=成员)|(?<=负责人)|(?<=干部)|(?<=还有)|(?<=的有)|(?<=包括)|(?<=为)"
                         r"|(?<=为序\))|(?<=排序\))|(?<=为序\):))有?")
# 和 or 及 before a list's last name reads as 、 (由周萍英、雷国兴和周桂平主持): same length
_LAST_JOINER = re.compile(rf"(?<=[{CJK}]{{2}})[和及](?=[{CJK}]{{2,3}}(?:主持|出席|列席|参加|等))"
                          # or between two items inside a list: 郭庚茂、王全书和穆为民、徐济超……
                          rf"|(?<=、[{CJK}]{{2}})[和及](?=[{CJK}]{{2,3}}、)|(?<=、[{CJK}]{{3}})[和及](?=[{CJK}]{{2,3}}、)")


# A list closed by how many members it counts, or by 等 and their title: 王兵、成丽娟……蒋霁等
# 12名委员, ……孙铁军6名县政协委员, 乔传秀、齐同生、张勇等委员踊跃发言 (each a 委员); not 等委员会,
# nor 等常委及委员, which does not say which of the two each holds.
_MEMBERS_AFTER_A_LIST = re.compile(r"(?:等(?:[\d一二三四五六七八九十百]+(?:名|位))?|[\d一二三四五六七八九十百]+(?:名|位))"
                                   r"(?:[省市县区]?政协)?(?P<title>常务委员|常委|委员)(?!会|长|及|和)")
MEMBER_TITLES = {"常务委员": "常委", "常委": "常委", "委员": "委员"}
# A 政协 title printed after a list of names, then what they did: 熊早枝、徐又良、王体全副主席,江汉桥秘书长出席会议
_TITLE_AFTER_A_LIST = re.compile(r"(?P<title>常务副主席|副主席|主席|副秘书长|秘书长)(?=[,。;]|出席|列席|参加|主持|在)")
# Titles printed after a name or a list of names, as role rows write them (常务委员 → 常委)
LIST_TITLES = {**MEMBER_TITLES, **{title: title for title in ("常务副主席", "副主席", "主席", "副秘书长", "秘书长")}}


def _untitled_list(text: str, known: frozenset[str]) -> list[tuple[int, str, str]]:
    """(start, name, title) of each name in a list of names printed with no title, where
    most of them read as names on their own; ``title`` is the members' title a count after
    the list gives (……等12名委员), else ''."""
    found = []
    if text.count("、") < 2:
        return found
    text = _LAST_JOINER.sub("、", text)
    patterns = (_UNTITLED_LIST, _UNTITLED_LIST_THEN_AND) if "和" in text else (_UNTITLED_LIST,)
    for opening in _LIST_OPENS.finditer(text):
        for pattern in patterns:
            match = pattern.match(text, opening.end())
            names, pos = _list_items(text, match) if match else ([], -1)
            if match and pos == match.start("last"):
                break
        else:
            continue
        last = name_at(text, pos, known, after_title=True) or list_item_name(text[:match.end()] + "、", pos, True)
        if last and len(last) > 2 and last.endswith("等") and pos + len(last) > match.end("last"):
            last = last[:-1]  # 蒋霁等12名委员: the list ends, 等 is no part of the name
        if last:
            names.append((pos, last))
        sure = sum(plausible_name(name) or is_dotted(name) for _, name in names)
        if len(names) >= 3 and sure * 3 >= len(names) * 2:
            end = names[-1][0] + len(names[-1][1])
            members = _MEMBERS_AFTER_A_LIST.match(text, end) or _TITLE_AFTER_A_LIST.match(text, end)
            if members and text.startswith("当选", members.end()):
                members = None  # ……等42名委员当选……常务委员: the election says what they hold
            found += [(start, name, LIST_TITLES[members["title"]] if members else "") for start, name in names]
    return found


def _list_items(text: str, match: re.Match) -> tuple[list[tuple[int, str]], int]:
    """(start, name) of each item of an untitled list read as a name, in order, and where
    reading stopped: at the list's last item where every item before it is a name."""
    pos, names = match.start("items"), []
    while True:
        name = list_item_name(text, pos, True)
        if not name:
            return names, pos
        names.append((pos, name))
        pos += len(name) + 1


# An election's result: 陶迪当选为政协鄂托克前旗第十一届委员会主席; 于国强、秦岭峰当选为……副主席;
# 增选了江嘎、顿珠多吉、张勤为……副主席; 补选陶国兴为……副主席 (a by-election)
ELECTED_TITLES = {"常务委员": "常委"}


@lru_cache(maxsize=1)
def _elected_pattern() -> re.Pattern:
    # (决定……新增补楼忠福为西藏自治区政协委员: 增补 as 增选)
    return re.compile(rf"(?:^|(?<=[,:;。])|(?P<chosen>(?<=选举)|(?<=[增补]选了)|(?<=[增补]选)(?!了)|(?<=增补)(?!为)))"
                      rf"(?P<names>[{CJK}{MIDDLE_DOTS}、]{{2,200}}?)"
                      rf"(?:等?[\d一二三四五六七八九十百]+[人名位](?:委员|同志)?)?"  # (……、赵伟四位同志为)
                      rf"(?:同志)?(?(chosen)为|新?(?:当选为|当选|增补为))"  # 会议选举李微微为……主席; 吴彪新当选为
                      rf"(?P<body>[^,。;、]{{0,40}}?)(?P<title>常务委员|{title_pattern().pattern})(?=[,。;]|$)")


@lru_cache(maxsize=1)
def _next_result_pattern() -> re.Pattern:
    """The next result of the same election, after a comma: ……选举张建凤为……副主席,赵和平为秘书长,
    王旺红、李虎成为常务委员"""
    return re.compile(rf"[,;](?P<names>[{CJK}{MIDDLE_DOTS}、]{{2,80}}?)为(?P<body>[^,。;、]{{0,40}}?)"
                      rf"(?P<title>常务委员|{title_pattern().pattern})(?=[,。;]|$)")


def _elected_results(text: str) -> Iterator[re.Match]:
    """The results an election names: each match of ``_elected_pattern``, and after one
    that follows 选举 or 增选, the results it goes on to name (``_next_result_pattern``)."""
    for match in _elected_pattern().finditer(text):
        yield match
        if match["chosen"] is None:
            continue
        end = match.end()
        while following := _next_result_pattern().match(text, end):
            yield following
            end = following.end()


def _elected(text: str, orgs: list[OrgMention], known: frozenset[str]) -> list[tuple[int, str, list]]:
    """(start, name, roles) of each person an election's result names, with the title
    they were elected to and the body it is of (常务委员 is 常委)."""
    found = []
    if not any(word in text for word in ("当选", "增补", "选举", "增选", "补选")):
        return found  # (会议选举李微微为第十二届湖南省政协主席 too)
    titles = set(load_lexicons().titles) | set(ELECTED_TITLES)
    last_body = ""  # ……当选为市政协主席,A、B当选副主席: the 政协 the first result named
    for match in _elected_results(text):
        title = match["title"]
        if title not in titles:
            continue
        body = [o.name for o in orgs if match.start("body") <= o.start < match.end("title")]
        if not body and last_body and ELECTED_TITLES.get(title, title) in CARRIED_TITLES and not match["body"]:
            body = [last_body]
        if not body:
            continue
        last_body = body[-1] if body[-1].endswith("政协") else ""
        roles = [(ELECTED_TITLES.get(title, title), body[-1])]
        pos, end = match.start("names"), match.end("names")
        names = []
        while pos < end:
            name = list_item_name(text[:end] + "、", pos, bool(names)) or name_at(text, pos, known, after_title=True)
            if not name or pos + len(name) > end:
                names = []
                break
            names.append((pos, name, roles))
            pos += len(name) + 1
        found += names
    return found


# A bare name right before 主持, at a clause's start, after 由 or after 主持人 (……主席团会议主持人王沪宁
# 主持会议): 张众志主持会议, 会议由李微微主持
_BEFORE_CHAIR = re.compile(rf"(?:^|(?<=[,;:。由])|(?<=主持人))(?P<name>[{CJK}]{{2,3}}?|[{CJK}]{{2,8}}[{MIDDLE_DOTS}][{CJK}]{{2,8}})"
                           rf"(?:同志|(?P<title>主席|副主席))?(?=(?:\d{{1,2}}日)?(?:上午|下午|晚上)?主持)")  # 吴成平主席主持召开……
# Names listed between 由 and 主持: each chairs (a part of) the meeting
_CHAIRS_LISTED = re.compile(rf"(?<=由)(?P<names>[{CJK}]{{2,3}}(?:[、和][{CJK}]{{2,3}}){{1,4}})(?:同志)?(?:分别)?(?=主持)")
# A member named before the title, opening a clause, then what the member did there:
# 会上,王容川委员代表民进安徽省委发言;武新玮委员建议…… (words as data: speech_verbs too)
_NAME_THEN_MEMBER = re.compile(rf"(?:^|(?<=[,;:。]))(?P<name>[{CJK}]{{2,3}}?|[{CJK}]{{2,8}}[{MIDDLE_DOTS}][{CJK}]{{2,8}}?"
                               rf"|[{CJK}]{{4,{MAX_TRANSLITERATED}}}?)(?P<title>委员|常委)"
                               r"(?=代表|建议|发言|表示|认为|指出|提出|围绕|聚焦|呼吁|建言|就|作了|说|在发言|在会上)")
# A 政协 officer named before the title, opening a clause, then at the meeting: ……,江汉桥秘书长出席会议
_NAME_THEN_TITLE = re.compile(rf"(?:^|(?<=[,;:。]))(?P<name>[{CJK}]{{2,3}}?)(?P<title>常务副主席|副主席|副秘书长|秘书长)"
                              # 唐连第副主席传达……, 杨子荣副主席作……报告, 陈进玉副秘书长关于……的说明
                              r"(?=出席|列席|参加|传达|宣读|通报|作(?!为)|关于|与|在|指出|强调|表示|要求|代表|讲话|致)")
# Titles of a 政协 that a sentence may print bare after an earlier one named the body.
CARRIED_TITLES = frozenset({"主席", "副主席", "常务副主席", "秘书长", "副秘书长", "党组书记", "党组副书记",
                            "党组成员", "常委", "一级巡视员", "二级巡视员", "一级调研员", "二级调研员",
                            "三级调研员", "四级调研员"})
_NOT_IN_A_NAME = ("政协", "委员", "会议", "同志", "领导", "部门", "单位", "代表")


CLAUSE_OPENERS = tuple("在对向为与同从于就把被")


def _names_after(text: str, pos: int, known: frozenset[str], org_starting: dict) -> list[tuple[str, int]]:
    """The name at ``pos`` and any joined to it by 、 (副主席张三、李四); a body after 、
    opens another person's titles (利川市委副书记冉光明、利川市副市长谭晓红). An item the
    、 around it delimit is read whole (see :func:`list_item_name`), so that one name
    the rules are unsure of does not end the list."""
    names = []
    name = list_item_name(text, pos, False) or name_at(text, pos, known, after_title=True)
    if not name and not text.startswith(CLAUSE_OPENERS, pos):
        # 副主席亚古、岳国红、达娃: a first item no rule knows, vouched for by the next (but
        # 总书记在民进、农工党……联组会上: a preposition after a title opens a clause, not a list)
        first = list_item_name(text, pos, True)
        following = pos + len(first) + 1
        if first and plausible_name(list_item_name(text, following, True) or name_at(text, following, known)):
            name = first
    while name:
        if len(name) > 2 and name.endswith("等"):
            name = name[:-1]  # 李斌等: the list ends, 等 is no part of the name
        names.append((name, pos))
        pos += len(name)
        # (和 or 及 before the last name joins it as 、 does: 副主席潘秋琳、韦懿格及黄正华等出席)
        if pos >= len(text) or text[pos] != "、" and not _LAST_JOINER.match(text, pos) \
                or _title_at(text, pos + 1) or pos + 1 in org_starting:
            break
        pos += 1
        name = list_item_name(text, pos, True) or name_at(text, pos, known, after_title=True)
    return names


def _name_before(text: str, end: int) -> str:
    """A name ending right at ``end`` (习近平|总书记) that jieba, given it alone, takes
    as one word tagged as a person's name."""
    for length in (3, 2):
        candidate = text[max(0, end - length):end]
        if looks_like_name(candidate):
            words = tag(candidate)
            if len(words) == 1 and words[0][1].startswith("nr"):
                return candidate
    return ""

"""Meetings, who chaired them, and the documents they handled.

A meeting is read from the sentence that names it: a chair's sentence
(周均发主持召开市政协党组理论学习中心组(扩大)会议), a body holding one
(肃南县委党组理论学习中心组(扩大)会议。), or a body organizing an activity
(民乐县政协组织部分政协委员……开展专题调研). Documents are titles in 《》 (with a
volume printed after 》, such as 第四卷) or named drafts (…议程(草案)); the verb
nearest before a title says how the meeting handled it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.lexicon import load_lexicons
from kg.extract.orgs import OrgMention
from kg.extract.persons import PersonMention, fits_the_printed_level
from kg.extract.records import MeetingMention, DocumentMention

SESSION = re.compile(r"[一二三四五六七八九十]+届[一二三四五六七八九十]+次")
FORMAL_SESSION = re.compile(r"[^,。;]{0,12}?第(?P<term>[一二三四五六七八九十]+)届[^,。;]{0,12}?第(?P<sitting>[一二三四五六七八九十]+)次")
VOLUME = re.compile(r"^(第[一二三四五六七八九十百\d]+[卷册辑编部])")
_BRACKETED = re.compile(r"《([^《》]+)》")
DRAFT_MARKS = "修订草案|草案|征求意见稿|送审稿|讨论稿|审议稿|代拟稿|修改稿|建议稿|初稿|稿"
# Titles of a list of names part with 、: 总监票人、监票人名单(草案), 主任、副主任、委员名单(草案)
_NAMES_LIST_MARK = r"(?<=[人任员席长团位法单])、(?=(?:[\u4e00-\u9fff]{1,8}[人任员席长团位法额单]、)*[\u4e00-\u9fff]{1,12}名单)"
# One title for the two papers of a session's schedule: ……会议议程、日程(草案)
_AGENDA_MARK = r"(?<=议程)、(?=日程)"
DRAFT = re.compile(rf"(?:[\u4e00-\u9fff\d]|{_NAMES_LIST_MARK}|{_AGENDA_MARK}|\([\u4e00-\u9fff]+\)(?!$)|“[^“”]{{1,40}}”){{4,80}}?"
                   rf"(?:\((?:{DRAFT_MARKS})\)|(?<=议程|日程|决定|决议|名单|报告|办法|方案|规则|要点)草案)"  # ……决定草案
                   rf"(?:\((?:书面|口头)\))?")  # ……工作报告(草案)(书面)
# A marker printed right after 》 belongs to the title: 《…工作规则》(修订), 《…报告》(审议稿)
MARK_AFTER = re.compile(rf"^\((?:{DRAFT_MARKS}|修订|试行|暂行|修订稿|[^()]{{0,4}}(?:草案|稿))\)")
_CLAUSE_END = "。;,!?"
_CHAIR_VERB = re.compile(r"主持召开|主持(?!人)")  # 主持人 is who presides, not the act
# What may stand between a chair's name and 主持: 同志, a day and time (俞正声15日下午主持召开)
_BETWEEN_CHAIR_AND_VERB = re.compile(r"同志|出席并|(?:主席|副主席)|(?:(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上|晚)?(?:在[\u4e00-\u9fff]{1,8})?")
_HOLD_VERB = re.compile(r"(?:\d{1,2}月)?(?:\d{1,2}日)?(?:在[\u4e00-\u9fff]{1,8}?)?(?:召开|举行)")
# 省政协副主席欧阳建华出席会议 names a person, not a meeting; 十四届十九次主席会议 is one.
_NOT_IN_A_MEETING_NAME = re.compile(r"出席|参加|列席|主持|副主席|主席(?!团?(?:\(扩大\))?会议$)[\u4e00-\u9fff]{2,3}$")
_ACTIVITY = re.compile(r"(?:开展|进行|举办|召开|举行)(?P<name>[^,。;]{0,24}?(?:调研督导|调研|视察|督导|督办|督查|考察|民主监督"
                       r"|协商活动|协商|座谈会|活动|培训班|培训|专题学习|集体学习|集中学习|学习研讨|专题研讨))(?=[,。;]|$)")
# A body's leader leading its members, before the activity's clause (寿光市政协主席杜建平带队,对……进行跟踪督办).
_LED = re.compile(r"^[^,。;]{0,16}?(?:带队|率队|带领[^,。;]{0,16}),")
# A body organizing its members, or its leader leading them, to inspect or survey, the
# verb right after them (大连市政协组织部分委员视察全市冷链物流产业发展情况;
# 昆山市政协主席许国良带队视察全市……).
_ORGANIZED = re.compile(r"^(?:组织[^,。;]{0,16}?(?:委员|人员|代表)|[^,。;]{0,16}?(?:带队|率队|率调研组|带领[^,。;]{0,16}?组))"
                        r"(?P<name>(?:专题)?(?:视察|调研|考察|督查|督办)[^,。;]{0,20})")
# The group that holds a study session, kept in its name (党组理论学习中心组开展专题学习).
_STUDY_GROUP = re.compile(r"(?:党组)?理论学习中心组(?:\(扩大\))?$")
# A session that ends its business before it closes: ……第二次会议圆满完成各项议程后在西安闭幕
_DONE_AGENDA = r"(?:圆满|顺利)?完成(?:了)?(?:各项|全部|预定)议程(?:后)?,?"
# When a session was held, before or after its agenda is done: ……第四次会议于4月16日下午胜利闭幕;
# ……圆满完成各项议程,于4月16日下午胜利闭幕
_WHEN = r"(?:于)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:至\d{1,2}日)?(?:上午|下午|晚上)?"  # (11月25日至26日)
# How long a session lasted, printed before its body: 为期4天的拉萨市政协十届五次会议……闭幕
_DURATION_BEFORE = re.compile(r"为期[\d一二三四五六七八九十两半]+天的$")
_MEETING_NAME = re.compile(r"^(?P<name>[^,。;:]{0,40}?(?:会议|座谈会|推进会|协商会|轮训会|培训会|报告会|培训班|会))(?=[,。;]|" + _WHEN + "(?:" + _DONE_AGENDA + r")?" + _WHEN + r"(?:在[^,。;]{1,20}?)?(?:隆重|胜利|圆满)?(?:召开|举行|开幕|闭幕)|举办|开班|开幕|$"
                           # a report that runs on with no stop: ……第十一次会议 会议审议通过了……
                           r"|会议(?:审议|传达|学习|听取|通过|研究|讨论|协商))")
# What a meeting urged or planned, not what it did (会议决定,3月下旬召开……,审议《……》).
_EXHORTATION = re.compile(r"们?(?:强调|指出|要求|认为|号召|提出|希望|明确|决定|研究决定)")  # after the subject
# Who reports what a meeting did: the meeting, or those at it (培训期间,学员集中学习了……).
_MEETING_SUBJECT = re.compile(r"^(?:[^,。;]{1,8}(?:期间|上|中),|(?:当日|当天|随后|同时|此外|最后),)?"
                              r"(?:会议|会上|会议上|会议期间|大会(?=[^,。;]{0,4}?(?:审议|通过|听取|学习|传达|选举))"
                              r"|(?:学习|座谈|协商|分享|培训)会上?"
                              r"|学员们?|参训学员|与会人员|与会委员|与会同志|参会人员"
                              # those at it, named by the meeting: 参加预备会议的188名政协委员以举手表决的方式审议通过了……
                              r"|(?:参加|出席)[^,。;]{1,12}?的[^,。;]{0,12}?(?:委员|代表|人员|同志)"
                              # a sentence that goes on with what the meeting did: 书面审议了……
                              r"|(?=(?:还|并|另外)?(?:书面审议|审议通过|原则通过|协商通过|审议|传达学习|传达|集体学习))"
                              # meetings named as the subject: 主席会议、常委会议分别审议……
                              r"|(?:[\u4e00-\u9fff]{0,8}会议、)*[\u4e00-\u9fff]{0,8}会议(?:分别|先后|还|并|也)?"
                              r"(?=审议|原则通过|通过|听取|传达|学习|协商))")
ISSUE_VERBS = re.compile(r"(?:出台|印发|制定|发布|颁布)的$")






def meeting_kind(name: str) -> str:
    for word, kind in load_lexicons().meeting_kinds:
        if word in name:
            return kind
    return "其他"


def _org_at(orgs: list[OrgMention], pos: int) -> OrgMention | None:
    return next((org for org in orgs if org.start == pos), None)


def find_meeting(text: str, orgs: list[OrgMention], persons: list[PersonMention],
                 fallback_org: str, opening: bool = False) -> MeetingMention | None:
    """The meeting ``text`` names, if any. In an article's ``opening`` sentence, an
    activity its body holds may follow a clause on who takes part (区政协“同心议事厅”
    委员工作室走进……社区,围绕……开展协商议事活动)."""
    chair = _CHAIR_VERB.search(text)
    if chair:
        chairs = [p.name for p in persons if p.end == chair.start() or
                  p.end < chair.start() and _BETWEEN_CHAIR_AND_VERB.fullmatch(text[p.end:chair.start()])]
        by = text.rfind("由", 0, chair.start())
        listed = [p.name for p in persons if by >= 0 and p.start >= by and p.end <= chair.start()]
        if not chairs or set(chairs) < set(listed):  # 由周萍英、雷国兴和周桂平主持: all of them
            chairs = listed
        if chairs:
            name, org = _meeting_phrase(text, chair.end(), orgs) if chair.group() == "主持召开" else ("", None)
            if not org:
                # a chair with several titles chairs for the 政协 among them (中共中央政治局常委、
                # 全国政协主席汪洋主持), else for the first body of the chain; a chair with no
                # title, for the 政协 the sentence names (政协第十四届全国委员会……主席团……王沪宁主持)
                mentions = [p for p in persons if p.name == chairs[0]]
                held = [org for mention in mentions for _, org in mention.roles]
                named = next((o.name for o in orgs if o.name.endswith("政协")), fallback_org)
                if not held and not fits_the_printed_level(text, mentions[0].start, named):
                    named = ""  # 市政协党组书记、主席崔振武主持 where no city is placed: not 自治区政协's
                org_name = next((o for o in held if "政协" in o), held[0] if held else named)
            else:
                org_name = org.name
            return _mention(name or "会议", org_name, chairs, "chair-presided")
    for org in orgs:
        after = text[org.end:]
        if after.startswith("委员"):
            continue  # 政协委员: members, not the body acting
        held = _HOLD_VERB.match(after)
        match = _MEETING_NAME.match(after[held.end():] if held else after)
        if match and _NOT_IN_A_MEETING_NAME.search(match["name"]):
            match = None  # 省政协副主席欧阳建华出席会议 names a person, not a meeting
        if match and (held or org.start == 0 or text[:org.start].endswith((",", "日"))
                      or _DURATION_BEFORE.search(text[:org.start])):
            name = re.split(r"召开|举行", match["name"])[-1]  # 党组第一时间召开专题会议 → 专题会议
            return _mention(name, org.name, [], "org-held-meeting", text[org.start:])
        activity = _ACTIVITY.search(after)
        led = _LED.match(after)
        if activity and (opening or after.startswith(("组织", "在", "于")) or "," not in after[:activity.start()]
                         or led and "," not in after[led.end():activity.start()]):
            group = _STUDY_GROUP.search(after[:activity.start()])
            return _mention((group.group() if group else "") + activity["name"], org.name, [], "org-activity")
        organized = _ORGANIZED.match(after)
        if organized:
            return _mention(organized["name"], org.name, [], "org-activity")
    return None


def _meeting_phrase(text: str, start: int, orgs: list[OrgMention]) -> tuple[str, OrgMention | None]:
    end = start
    depth = 0
    while end < len(text) and (text[end] not in _CLAUSE_END or depth):
        depth += {"(": 1, ")": -1, "《": 1, "》": -1}.get(text[end], 0)
        end += 1
    org = _org_at(orgs, start)
    name = text[org.end if org else start:end]
    return name, org


def _mention(name: str, org: str, chairs: list[str], rule: str, named_from: str = "") -> MeetingMention:
    """``named_from``: the text from the organization on, where a formal name prints the
    session around it (政协曲阳县第十届委员会常务委员会第八次会议 → 十届八次)."""
    session = SESSION.search(name)
    formal = None if session else FORMAL_SESSION.match(named_from)
    if "政协" in org and not org.endswith("政协") and org not in load_lexicons().national_orgs:
        org = org[:org.index("政协") + 2]  # a 政协's committee or office meets as that 政协 (市政协提案委员会)
        # (but a body of its own meets as itself: 中国人民政协理论研究会)
    return MeetingMention(name=name, org=org, kind=meeting_kind(name),
                          session=session.group() if session else
                          f"{formal['term']}届{formal['sitting']}次" if formal else "",
                          chairs=chairs, rule=rule)


# An item of a meeting's agenda, printed as a numbered line of its own under 会议主要内容: —
# what the meeting did (5、审议通过……议程(草案)和日程(草案);)
_AGENDA_ITEM = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.](?:审议|学习|传达|听取|讨论|研究|通过|协商)")


def handles_documents(text: str, holds_meeting: bool) -> bool:
    """Whether a sentence reports what a meeting did (会议学习了……), rather than what
    it urged (会议强调,要学习……)."""
    if holds_meeting or _AGENDA_ITEM.match(text):
        return True
    subject = _MEETING_SUBJECT.match(text)
    return bool(subject) and not _EXHORTATION.match(text, subject.end())


@lru_cache(maxsize=1)
def _verb_pattern():
    return re.compile("|".join(verb for verb, _ in load_lexicons().doc_actions))


def find_documents(text: str, orgs: list[OrgMention]) -> list[DocumentMention]:
    """Titled documents in a sentence, each with the verb that handled it.

    >>> [(d.title, d.action) for d in find_documents("会议学习了《习近平谈治国理政》第四卷部分内容,审议通过了《委员履职工作规则》", [])]
    [('习近平谈治国理政第四卷', 'STUDIED'), ('委员履职工作规则', 'ADOPTED')]
    """
    actions = dict(load_lexicons().doc_actions)
    titles = list(_titles(text))
    inside = [(start, end) for start, end, _ in titles]
    # a verb before 的 qualifies what follows (提交常委会议审议通过的《……》), it does not act
    verbs = [(m.start(), m.end(), actions[m.group()]) for m in _verb_pattern().finditer(text)
             if not any(s <= m.start() < e for s, e in inside) and not text.startswith("的", m.end())]
    documents = []
    for start, _, title in titles:
        before = [v for v in verbs if v[1] <= start and not _clause_between(text, v[1], start)]
        action = before[-1][2] if before else ""
        if _NO_ACTION_BEFORE.search(text, 0, start):
            action = ""  # 协商市政协十三届五次会议选举办法(草案): bare 协商 handles no document
        elif not action and text[:start].rstrip().endswith(";"):
            # 审议通过了A(草案);B(草案);C(草案): one verb over a list parted by ;
            listed = [v for v in verbs if v[1] <= start and "。" not in text[v[1]:start]]
            action = listed[-1][2] if listed else ""
        issuer = ""
        issued = ISSUE_VERBS.search(text[:start])
        if issued:
            org = next((o for o in orgs if o.end == issued.start()), None)
            issuer = org.name if org else ""
        documents.append(DocumentMention(title, document_kind(title), action, issuer, start))
    return documents


def _clause_between(text: str, start: int, end: int) -> bool:
    """Whether a sentence break or a new clause's verb sits between a verb and a title."""
    return any(ch in "。;" for ch in text[start:end])


def title_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each document title in ``text`` (in 《》 or a named draft): a name
    inside one is no person (GUIDELINES)."""
    return [(start, end) for start, end, _ in _titles(text)]


def _titles(text: str):
    """(start, end, title) of each 《title》 (with a volume after 》) and named draft."""
    spans = []
    for match in _BRACKETED.finditer(text) if "《" in text else ():
        title = match.group(1)
        end = match.end()
        volume = VOLUME.match(text[end:])
        if volume:
            title += volume.group(1)
            end += volume.end()
        marker = MARK_AFTER.match(text[end:])
        if marker:
            title += marker.group()
            end += marker.end()
        spans.append((match.start(), end, title))
    drafts = DRAFT.finditer(text) if "草案" in text or "稿" in text else ()  # every marker holds one
    for match in drafts:
        if not any(s <= match.start() < e for s, e, _ in spans):
            # an item after another's closing bracket and 、 starts there: a verb inside it
            # (……党组中心组理论学习制度(草案)) cuts nothing
            # (……(草案)、审议通过……议程(草案): the verb repeated before each item is no part of it)
            listed = text[:match.start()].endswith((")、", "》、"))
            title = _LEADING_VERB.sub("", match.group()) if listed else _trim_draft(match.group())
            if _DRAFT_ANCHOR.search(title[:title.rfind("(")] if title.endswith(")") else title):
                spans.append((match.end() - len(title), match.end(), title))
    spans = [span for span in spans if span[2] not in load_lexicons().not_documents
             and not _TITLE_AS_MODIFIER.match(text, span[1])]
    return sorted(spans)


# A title that only qualifies the person after it is no document handled: 审议通过《常委会工作报告》报告人
# (a book's committee is its business: 研究了《西固政协40年》编纂委员会组成人员 reviews the book)
_TITLE_AS_MODIFIER = re.compile(r"报告人|起草人|宣讲人")


# A draft without 《》 is a document only where its title names whose or which it is
# (县政协十届三次会议议程(草案)); a follow-on item such as 选举办法(草案), 副秘书长名单(草案)
# or 各项决议(草案) is not a name on its own.
_DRAFT_ANCHOR = re.compile(r"政协|委员会|会议|届|关于|[省市县区州盟旗]|\d{4}年|人民|党组|报告(?!人)|方案|材料|计划")
# What says whose draft a title is, before a joiner inside it (……会议大会讨论组划分和召集人名单)
_OWNER = re.compile(r"政协|委员会|会议|届|[省市县区州盟旗]|\d{4}年|党组")
_CUT_BEFORE_A_DRAFT = re.compile(r"了|和|及|将|上述|审议通过|原则通过|通过|审议|听取|研究|讨论|传达|学习")
# Verbs right before a title that handle no document (GUIDELINES: bare 协商, 通报, 听取, 酝酿)
_LEADING_VERB = re.compile(r"^(?:审议通过|原则通过|审议|通过|讨论|研究)了?")
_NO_ACTION_BEFORE = re.compile(r"(?:协商|通报|听取|酝酿)了?$")
_LEADING_NO_ACTION = re.compile(r"(?:协商|通报|酝酿)了?")  # at a draft's start: the verb, not its title


def _trim_draft(text: str) -> str:
    """Cut a draft's title from the verb or list mark before it (审议了……议程(草案)).

    >>> _trim_draft("会议审议通过全国政协十二届常委会第二十四次会议议程(草案)")
    '全国政协十二届常委会第二十四次会议议程(草案)'
    >>> _trim_draft("政协全国委员会常务委员会工作报告(草案)")
    '政协全国委员会常务委员会工作报告(草案)'
    """
    body = text[:text.rindex("(")] if text.endswith(")") else text
    # verbs and joiners after 关于 are the title's own (……关于加强和改进……研修班方案(草案))
    body = body[:body.index("关于")] if "关于" in body else body
    # the last verb or joiner before which the rest still names whose draft it is: ……审议通过
    # 市政协十届一次会议大会讨论组划分和召集人名单(草案) is not cut at its own 和
    cuts = [m.end() for m in _CUT_BEFORE_A_DRAFT.finditer(body)] or \
        [m.end() for m in [_LEADING_NO_ACTION.match(body)] if m]
    cut = cuts[-1] if cuts else 0
    if not _DRAFT_ANCHOR.search(body[cut:]) and body[cut - 1:cut] in "和及":  # (a joiner cut off no name)
        owned = [earlier for earlier in cuts[:-1] if _OWNER.search(body[earlier:cut])]
        cut = owned[-1] if owned else cut
    cut += text.startswith("的", cut)  # ……审议通过的关于……报告(草案)
    about = text.find("关于", cut)
    if about >= 0 and _SPEAKER_BEFORE.search(text, cut, about):
        cut = about  # 陈进玉副秘书长关于……议程草案的说明: the title is the speaker's subject
    return text[cut:] if cut < len(text) - 3 else text


# A speaker's title right before 关于: who speaks about the draft, not part of its title
# (but 习近平总书记关于……, 习近平主席关于……重要论述 name a doctrine the title is about)
_SPEAKER_BEFORE = re.compile(r"(?:副主席|秘书长|主任|常委|委员)$")


def document_kind(title: str) -> str:
    for ending, kind in load_lexicons().doc_kinds:
        if title.endswith(ending):
            return kind
    return "其他"

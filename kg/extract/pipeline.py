"""Pages to facts: the extraction stages wired together.

``extract_page`` reads one page and yields each article with the triples read from it.
It is a pure function of the page's text (and the year, when given).
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from kg.extract.dates import day_in_month_of, parse_date, with_year
from kg.extract.lexicon import load_lexicons
from kg.extract.names import MIDDLE_DOTS, is_other_word, surname_of
from kg.extract.meetings import (MeetingMention, document_kind, find_documents, find_meeting, handles_documents,
                                 title_spans)
from kg.extract.orgs import OrgMention, find_orgs, main_community, main_company, title_bodies
from kg.extract.gazetteer import load_gazetteer
from kg.extract.places import (LEVEL_CHARS, PlaceContext, context_for, first_division, innermost_division,
                               page_province)
from kg.extract.pages import after_dateline, page_year, split_articles
from kg.extract.persons import PersonMention, find_persons, last_zhengxie
from kg.extract.records import Article, DocumentMention, Entity, Page, Triple, entity
from kg.extract.text import CJK, split_sentences

ORG_LEVELS = {"省": "省", "市": "市", "县": "县", "国家": "国家", "乡镇": "乡镇", "村社区": "村社区"}


def extract_page(page: Page, year: int | None = None) -> Iterator[tuple[Article, list[Triple]]]:
    """Each article of ``page`` with the triples read from it.

    ``year`` (from ``--year``) wins; else the year printed in the page's masthead;
    else a year in its file name or folder (``2022-09_…``, ``…/2023/…``); else dates
    stay without a year (``--09-16``).
    """
    year = year or page_year(page)
    articles = split_articles(page, year)
    province = page_province([a.place for a in articles if a.place])
    for article in articles:
        context = _context(article, province)
        yield article, list(extract_article(article, context, year))


def _context(article: Article, province: str) -> PlaceContext:
    context = _place_context(article, province)
    text = " ".join((article.subtitle, article.body))
    return replace(context, community=main_community(text), company=main_company(text))


def _place_context(article: Article, province: str) -> PlaceContext:
    if article.place:
        context = context_for([article.place], province)
        if context.division:
            return context
    headline = " ".join((article.kicker, article.title, article.subtitle))
    for text in (headline, *article.paragraphs[:1]):
        text = _blank(text, _VISITORS)
        for org in find_orgs(text, PlaceContext(None, province)):
            if org.explicit and org.place:
                context = context_for([org.place], province)
                if context.division:  # a town's body (高沟镇党委) names no division to stand on
                    return context
        found = first_division(text)
        if found:
            start, division, form = found
            division, _ = innermost_division(text[start:], division, form)
            if division.level == "省":  # 河北 first, then 保定 all through: the innermost named
                inner = _body_place(article, division.name)
                if inner.division and inner.division.province == division.name:
                    return inner
            return PlaceContext(division, division.province or province)
    return _body_place(article, province)


def _body_place(article: Article, province: str) -> PlaceContext:
    """Where an article is, from all its text when its opening does not say: the places
    its 政协 bodies are named with (政协X市委员会, X县政协) and the divisions it names,
    titles and its reporters' outlets (德州晚报) included; of the province named most,
    the innermost division named."""
    named: Counter = Counter()
    quoted: Counter = Counter()  # places named only in slogans: where nothing else is (“公园大渡口……”)
    bodies: Counter = Counter()  # places a city's or county's 政协 is named with (政协第十三届贵阳市委员会)
    outlets = [unit for unit in set(article.reporter_unit.values()) if unit != "新华社"]
    # the headline and its deck too (刘晓凯等住黔全国政协委员在贵州分会场参会)
    headline = [line for line in (article.kicker, article.title, article.subtitle) if line]
    for paragraph in [*headline, *article.paragraphs, *outlets]:
        weight = OUTLET_WEIGHT if paragraph in outlets else 1  # a paper is where it is printed
        hosted = _blank(paragraph, _VISITORS)  # 乐山市政协……到我县: the host is not 乐山
        found = [org for org in find_orgs(hosted, PlaceContext(None, province))
                 if org.explicit and org.place and org.kind == "政协"]
        roll = _roll_of_bodies(hosted, found)
        for start, end in roll:
            hosted = hosted[:start] + " " * (end - start) + hosted[end:]
        for org in found:
            if not any(start <= org.start < end for start, end in roll):
                named[org.place] += 2
                if _level_of(org.place) != "省":
                    bodies[org.place] += 1
        _vote_places(_blank(hosted, _NO_PLACE_EVIDENCE), weight, named, from_outlet=paragraph in outlets)
        for slogan in _QUOTED.finditer(paragraph):
            _vote_places(slogan.group(), 1, quoted, from_outlet=False)
    # a city's or county's 政协 named with its place says where the article is; else the
    # innermost division named in the main province
    place = bodies.most_common(1)[0][0] if bodies else _innermost_of_the_main_province(named or quoted)
    if place and not bodies:
        place = _the_papers_city(place, outlets, named)
    if place:
        context = context_for([place], province)
        if context.division:
            return context
    return PlaceContext(None, province)


def _roll_of_bodies(text: str, orgs: list[OrgMention]) -> list[tuple[int, int]]:
    """Where ``text`` names the 政协 of many places together, the spans of those names:
    the places of participants or guests, not where the article is. A roll is a body
    shared by a list of places (会上,辽源市、通化市、梨树县、大安市政协作交流发言), or bodies
    of ROLL_SIZE places or more none of which holds another (辽宁省辽阳市政协主席尚杰洪,
    内蒙古自治区满洲里市政协主席张雅斌,……); a city's body named with those of its counties
    (市政协主席……,宣恩县政协主席……) is no roll. Each span runs from the start of its clause."""
    listed = [org for org in orgs if org.start >= 2 and text[org.start - 1] == "、"
              and text[org.start - 2] in LEVEL_CHARS]
    places = {org.place for org in orgs}
    spread = len(places) >= ROLL_SIZE and not any(_holds(outer, inner) for outer in places for inner in places)
    return [(_clause_start(text, org.start), org.end) for org in (orgs if spread else listed)]


ROLL_SIZE = 3


def _holds(outer: str, inner: str) -> bool:
    found = load_gazetteer().find(inner)
    return bool(found) and outer in (found[0].province, found[0].prefecture)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last mark of punctuation other than 、."""
    marks = [text.rfind(mark, 0, at) for mark in ",;。: "]  # pages are NFKC: ASCII marks
    return max(marks) + 1


def _the_papers_city(place: str, outlets: list[str], named: Counter) -> str:
    """A city's paper reporting a meeting its city held in one of its counties (福州日报:
    全市……会议在福清召开): the city, where the outlets and the text name it INNER_SHARE
    times as often as the county; else ``place``."""
    inner = load_gazetteer().find(place)
    for outlet in outlets:
        found = first_division(outlet, shortest=2)
        city = found and found[1]
        if city and city.level == "市" and inner and inner[0].prefecture == city.name \
                and named[city.name] >= INNER_SHARE * named[place]:
            return city.name
    return place


# A county named beside its city: the county wins (湖北省政协……宣恩县政协 → 宣恩县), unless
# the city is named this many times as often by a paper of its own (see _the_papers_city)
INNER_SHARE = 2


def _vote_places(text: str, weight: int, named: Counter, from_outlet: bool) -> None:
    """Add ``weight`` to each division ``text`` names (the innermost where one is named
    inside another)."""
    gazetteer = load_gazetteer()
    for start in range(len(text) - 1):
        found = gazetteer.longest_prefix(text[start:start + MAX_DIVISION_SCAN]) or _province_at(text, start)
        if found and (len(found[1]) >= 3 or text[start + 2:start + 3] in LEVEL_CHARS
                      or start == 0 and from_outlet  # an outlet opens with its place: 保定日报
                      or (found[0].level in ("省", "市") or not surname_of(text[start - 1:start]))
                      and not _inside_a_word(text, start, found[1])
                      and not _a_listed_name(text, start, found[1])
                      # 周新民 names no 新民市, 复兴 no 复兴区; a city is named even where its
                      # name is a word too (天水迎宾馆), unless a longer word holds it (大同小异)
                      and (found[0].level in ("省", "市") or not is_other_word(found[1]))):
            division, _ = innermost_division(text[start:], *found)
            named[division.name] += weight


_LIST_MARKS = "、,，"


def _a_listed_name(text: str, start: int, form: str) -> bool:
    """Whether a place form ends a name in a list of names: a surname before it, a list
    mark before that and after it (市领导陈水波、吴云南、肖剑锋 names no 云南)."""
    after = text[start + len(form):start + len(form) + 1]
    return (start >= 2 and text[start - 2] in _LIST_MARKS and bool(surname_of(text[start - 1:start]))
            and (after in _LIST_MARKS or after == "等"))


def _blank(text: str, pattern: re.Pattern) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


def _innermost_of_the_main_province(votes: Counter) -> str:
    """Of the places an article names, the province named most (with its divisions),
    then the innermost division in it that is named: a county article names its
    province's bodies too (湖北省政协……宣恩县政协 → 宣恩县)."""
    by_province: Counter = Counter()
    for place, count in votes.items():
        found = load_gazetteer().find(place)
        if found:
            by_province[found[0].province or found[0].name] += count
    if not by_province:
        return ""
    main = by_province.most_common(1)[0][0]
    inside = [(place, count) for place, count in votes.items()
              if (found := load_gazetteer().find(place)) and (found[0].province or found[0].name) == main]
    inside.sort(key=lambda item: (_LEVEL_RANK.get(_level_of(item[0]), 3), -item[1]))
    return inside[0][0] if inside else ""


_TITLES = re.compile(r"《[^《》]*》")
_LEVEL_RANK = {"县": 0, "市": 1, "省": 2}


def _province_at(text: str, start: int):
    """A province named by a short form other divisions share (河南: the province and
    河南蒙古族自治县): in an article's running text, the province."""
    provinces = [d for d in load_gazetteer().find(text[start:start + 2]) if d.level == "省"]
    return (provinces[0], text[start:start + 2]) if len(provinces) == 1 else None


def _level_of(place: str) -> str:
    found = load_gazetteer().find(place)
    return found[0].level if found else ""


def _inside_a_word(text: str, start: int, form: str) -> bool:
    """Whether a two-character place form is part of a longer word jieba reads there
    (大同小异, 中山装): then it names no place."""
    from kg.extract.segmenter import cut

    window = text[max(0, start - 2):start + len(form) + 2]
    offset = min(start, 2)
    position = 0
    for word in cut(window):
        if position <= offset < position + len(word):
            return not (position == offset and len(word) == len(form))
        position += len(word)
    return False
MAX_DIVISION_SCAN = 12
# Text whose places say little of where the article is: a slogan in quotes (省委赋予咸宁
# “打造武汉都市圈……”: counted only where nothing else is named) and a spirit named after
# a place (井冈山精神, 延安精神: never).
_QUOTED = re.compile(r"“[^“”]{1,40}”")
_NO_PLACE_EVIDENCE = re.compile(rf"{_QUOTED.pattern}|[\u4e00-\u9fff]{{2,4}}(?=精神)")
# A body named as it comes to "us" (乐山市政协主席黄平林率队到我县……): a visitor, not where the
# article is; blanked wherever an article's place is read
_VISITORS = re.compile(r"[\u4e00-\u9fff]{2,12}?政协[^,。;]{0,16}?(?:来|到|赴)我[县市区州旗省]")
OUTLET_WEIGHT = 3  # votes of a place its reporters' outlet names (江苏广电总台, 德州晚报)



def organization(org: OrgMention) -> Entity:
    return entity("Organization", org.name, name=org.name, kind=org.kind,
                  level=ORG_LEVELS.get(org.level, ""), place=org.place)


def person(name: str) -> Entity:
    return entity("Person", name, name=name)


def _home_org(context: PlaceContext) -> str:
    """The 政协 of the article's place: the body a meeting belongs to when nothing closer says."""
    return _home_org_in(PlaceContext(context.division, context.province))


@lru_cache(maxsize=4096)
def _home_org_in(context: PlaceContext) -> str:
    orgs = find_orgs("政协", context)
    return orgs[0].name if orgs else ""


def extract_article(article: Article, context: PlaceContext, year: int | None) -> Iterator[Triple]:
    """The triples of one article."""
    reader = _ArticleReader(article, context, year)
    printed = [sentence for paragraph in article.paragraphs for sentence in split_sentences(paragraph)]
    # read without the notes on persons (刘桂英(女)、李志妙……); quoted as printed
    sentences = [_PERSONAL_NOTE.sub("", sentence) if "(" in sentence else sentence for sentence in printed]
    orgs = [find_orgs(sentence, context) for sentence in sentences]
    bodies = title_bodies(context)
    persons, carried = [], []
    zhengxie = ""  # the 政协 a bare title stands for: the last one a title was held in
    home = reader.home  # the 政协 of the article's place, for members no closer body claims
    for sentence, found in zip(sentences, orgs):
        carried.append(zhengxie)
        persons.append(find_persons(sentence, found, title_bodies=bodies, carried=zhengxie, home=home))
        zhengxie = last_zhengxie(persons[-1]) or zhengxie
    # A name the article gives elsewhere tells where it ends in a sentence that did not
    # (市政协常委闫红英、齐国庆围绕……; later 齐国庆认为……): read such sentences again.
    known = frozenset(p.name for found in persons for p in found) | frozenset(article.reporters)
    for number, sentence in enumerate(sentences):
        named = {p.name for p in persons[number]}
        if any(name in sentence for name in known - named):
            persons[number] = find_persons(sentence, orgs[number], known, bodies, carried[number], home)
    chaired = False
    for number, sentence in enumerate(sentences):
        for triple in reader.read(sentence, orgs[number], persons[number], opening=number == 0,
                                  evidence=printed[number]):
            chaired = chaired or triple.predicate == "CHAIRED"
            yield triple
    if not chaired:
        yield from reader.headline_chair(known)
    yield from _reporter_facts(article)


# A note a list prints on a person after the name, no part of any fact: 刘桂英(女)、李志妙……;
# (女,回族); (蒙古族)
_PERSONAL_NOTE = re.compile(rf"(?<=[{CJK}])\((?:[女男](?:[,、][{CJK}]{{1,5}}族)?|[{CJK}]{{1,5}}族)\)")


# A chair a headline or deck names, where the text names none: 汪洋主持, 俞正声主持开幕会
_HEADLINE_CHAIR = re.compile(rf"(?:^|(?<=\s))(?P<name>[{CJK}]{{2,3}}?|[{CJK}]{{2,8}}[{MIDDLE_DOTS}][{CJK}]{{2,8}})(?:同志)?主持")


class _ArticleReader:
    """Reads an article sentence by sentence, keeping the meeting it is about."""

    def __init__(self, article: Article, context: PlaceContext, year: int | None):
        self.article, self.context, self.year = article, context, year
        self.node = entity("Article", article.id, title=article.title, source=article.source)
        self.home = _home_org(context)
        self.meeting: Entity | None = None
        self.undated = False  # the sentence read names a meeting with no date
        self.opening = ""  # the article's first sentence
        self.aliases: dict[str, str] = {}  # 条例 → 中国共产党政治协商工作条例 (……(以下简称《条例》))

    @functools.cached_property
    def month_hint(self) -> str:
        """Where the article has no date, the first full date it prints: it tells the
        month of a day printed alone (20日上午……主席会议; later: 6月26日至27日上午召开……常委会议).
        Read only when a day printed alone needs it."""
        return next((hint for paragraph in self.article.paragraphs for hint in [parse_date(paragraph, None)]
                     if hint), "")

    def _opening_day(self) -> str:
        """The date of a day the first sentence prints alone after its dateline."""
        opening = after_dateline(self.opening)
        return "" if parse_date(opening) else day_in_month_of(opening, self.article.date)

    def read(self, sentence: str, orgs: list[OrgMention], persons: list[PersonMention],
             opening: bool, evidence: str = "") -> Iterator[Triple]:
        """The facts of ``sentence``; ``evidence`` is the sentence as printed, if it differs."""
        fact = functools.partial(self._fact, evidence or sentence)
        if opening:
            self.opening = sentence
        titles = title_spans(sentence)  # (cheap where no 《 or draft marker is printed)
        # 审议了……习近平总书记关于……研修班方案(草案): a name inside a document's title is no person
        persons = [p for p in persons if not any(start <= p.start and p.end <= end for start, end in titles)]
        for found in persons:
            for role, org_name in found.roles:
                yield fact(person(found.name), "HOLDS_ROLE", _org_node(org_name, orgs), found.rule, role=role)
            yield fact(self.node, "MENTIONS", person(found.name), found.rule)
        for org in orgs:
            yield fact(self.node, "MENTIONS", organization(org), "org-name")
        mentioned = find_meeting(sentence, orgs, persons, self.home, opening)
        self.undated = False
        if mentioned:
            yield from self._meeting_facts(fact, sentence, mentioned, orgs, opening)
        meeting = None if self.undated else self.meeting
        chairs = set(mentioned.chairs) if mentioned else set()
        if meeting is not None:
            for name, role in attendance(sentence, persons):
                if name not in chairs:
                    yield fact(person(name), "ATTENDED", meeting, "named-before-attend-verb", **{"as": role})
        for document in self._named_in_full(sentence, find_documents(sentence, orgs)):
            doc = entity("Document", document.title, title=document.title, kind=document.kind)
            yield fact(self.node, "MENTIONS", doc, "title-in-brackets")
            if document.issuer:
                yield fact(_org_node(document.issuer, orgs), "ISSUED", doc, "org-issued-document")
            if meeting is not None and document.action and handles_documents(sentence, mentioned is not None):
                yield fact(meeting, document.action, doc, "meeting-handled-document")

    def _named_in_full(self, sentence: str, documents: list[DocumentMention]) -> list[DocumentMention]:
        """The documents as their full titles name them: a short name the text gives one
        (《中国共产党政治协商工作条例》(以下简称《条例》)) is no document of its own, and
        where it stands later (学习贯彻《条例》) it is that document."""
        named = []
        for document in documents:
            if named and _ALIAS_BEFORE.search(sentence, 0, document.start):
                self.aliases[document.title] = named[-1].title
                continue
            full = self.aliases.get(document.title)
            named.append(replace(document, title=full, kind=document_kind(full)) if full else document)
        return named

    def _meeting_facts(self, fact, sentence, mentioned: MeetingMention, orgs, opening: bool) -> Iterator[Triple]:
        if self.meeting is not None and mentioned.name == "会议" and mentioned.rule == "chair-presided":
            # 会议由X主持: the meeting the article is about
            for chair in mentioned.chairs if _dated(self.meeting) else ():
                yield fact(person(chair), "CHAIRED", self.meeting, mentioned.rule)
            return
        # A meeting named after the first sentence, with no date of its own, is not the
        # one the dateline dates (今年以来……开展“委员走基层”活动); with no date it is an
        # ongoing programme rather than a meeting, and is left out: its sentence gives
        # the article's meeting nothing, and the next sentences are of that meeting again
        # (会前,市政协组织委员……开展调研。会上,……讨论了《……》).
        # An undated sentence naming the chair of the article's first meeting is dated by
        # the article (市政协主席刘志强主持会议 after a headline that names the meeting), or
        # by the day its opening prints after the dateline (中新网北京9月21日电 20日下午,
        # ……召开(扩大)会议; later ……王沪宁主持会议: the 20th).
        first_with_chair = bool(mentioned.chairs) and self.meeting is None
        dated = after_dateline(sentence) if opening else sentence  # 新华社北京1月18日电 …17日在京召开
        date = parse_date(dated, self.year) or day_in_month_of(dated, self.article.date or self.month_hint)
        if not date and opening:
            date = self.article.date
        elif not date and first_with_chair:
            date = self._opening_day() or self.article.date
        if not date and not (opening or first_with_chair):
            self.undated = True
            return
        if not mentioned.org:
            # A meeting of a body no place resolves (a bare 区政协 in a page that names no
            # district) is no meeting one can tell from another: keyed by its date and name
            # alone, it would merge with any other unplaced body's meeting of that day. It,
            # its chairs and the documents it handled are left out (GUIDELINES: such a
            # body's rows are not written); its persons stay mentioned.
            self.meeting = None
            return
        # The article's own meeting where the page prints no date for it (近日; 17日 with no
        # month anywhere) is kept, with no date; no date tells it from another, so it is
        # keyed by its article.
        self.meeting = _meeting_entity(mentioned, with_year(date, self.year) if date else "",
                                       "" if date else self.article.id)
        yield fact(_org_node(mentioned.org, orgs), "CONVENED", self.meeting, mentioned.rule)
        for chair in mentioned.chairs if date else ():  # GUIDELINES: a chair row has its date
            yield fact(person(chair), "CHAIRED", self.meeting, mentioned.rule)
        yield fact(self.node, "MENTIONS", self.meeting, mentioned.rule)

    def headline_chair(self, known: frozenset[str]) -> Iterator[Triple]:
        """CHAIRED of the article's meeting by a person a headline line opens with before
        主持, where the text names the person too (in a list of those attending, say);
        asked only where the text names no chair."""
        if self.meeting is None or not _dated(self.meeting):
            return
        for line in (self.article.kicker, self.article.title, self.article.subtitle):
            for match in _HEADLINE_CHAIR.finditer(line):
                if match["name"] in known:
                    yield self._fact(line, person(match["name"]), "CHAIRED", self.meeting, "headline-chair")
                    return

    def _fact(self, sentence, subject, predicate, obj, rule, **properties) -> Triple:
        return Triple(subject, predicate, obj, self.article.id, sentence, rule, tuple(sorted(properties.items())))


# What gives a document a short name: (以下简称《条例》), (简称《决定》)
_ALIAS_BEFORE = re.compile(r"(?:以下)?简称(?:为)?$")


def _org_node(name: str, orgs: list[OrgMention]) -> Entity:
    """The organization ``name`` as the sentence named it (with kind and level), or bare."""
    org = next((o for o in orgs if o.name == name), None)
    return organization(org) if org else entity("Organization", name, name=name)


def _reporter_facts(article: Article) -> Iterator[Triple]:
    article_node = entity("Article", article.id, title=article.title, source=article.source)
    for name in article.reporters:
        reporter = person(name)
        role = article.reporter_role.get(name, "通讯员")
        evidence = _byline_evidence(article, name)
        yield Triple(reporter, "REPORTED", article_node, article.id, evidence, "byline", (("as", role),))
        if name in article.reporter_unit:  # 新华社记者, 昌吉日报记者: the byline names the unit
            outlet = article.reporter_unit[name]
            yield Triple(reporter, "HOLDS_ROLE", entity("Organization", outlet, name=outlet, kind="其他"),
                         article.id, evidence, "byline-unit",
                         (("role", article.reporter_title.get(name, role)),))
        yield Triple(article_node, "MENTIONS", reporter, article.id, "", "byline")


@lru_cache(maxsize=1)
def _attend_pattern():
    return re.compile("|".join(word for word, _ in load_lexicons().attend_verbs))


def attendance(sentence: str, persons) -> list[tuple[str, str]]:
    """(name, as) for persons named before a word of attending in the same sentence
    (副主席孙建国、马丽华,秘书长韩志勇出席会议; 杨春梅在交流发言时说)."""
    verbs = dict(load_lexicons().attend_verbs)
    found, taken = [], set()
    for match in _attend_pattern().finditer(sentence):
        after = sentence[match.end():]
        if not _ATTEND_OBJECT.match(after) or after.startswith("精神") or "的" in after[:7]:
            continue  # 出席……会议时的重要讲话: the word is inside a longer phrase
        for mention in persons:
            if mention.end <= match.start() and mention.name not in taken \
                    and not _other_clause_verb(_without_persons(sentence, mention.end, match.start(), persons)):
                found.append((mention.name, verbs[match.group()]))
                taken.add(mention.name)
    return found


def _without_persons(sentence: str, start: int, end: int, persons) -> str:
    """``sentence[start:end]`` with the other persons named there (and their titles) cut out."""
    kept = [ch for i, ch in enumerate(sentence[start:end], start)
            if not any(p.start <= i < p.end for p in persons)]
    return "".join(kept)


def _other_clause_verb(between: str) -> bool:
    """Whether a name and a word of attending belong to different clauses: too far
    apart, or a verb of another clause or a 的 between them (习近平总书记近期重要讲话精神)."""
    return len(between) > MAX_ATTEND_GAP or any(
        word in between for word in ("主持", "强调", "指出", "要求", "的", "重要", "。", ";"))


MAX_ATTEND_GAP = 10
_ATTEND_OBJECT = re.compile(r"^[^,。;]{0,6}(?:[,。;]|$)")


def _dated(meeting: Entity) -> bool:
    """Whether the page dates ``meeting``: who chaired a meeting of no known date is not
    written (GUIDELINES write no chair row without a date)."""
    return any(name == "date" for name, _ in meeting.properties)


def _meeting_entity(mentioned: MeetingMention, date: str, article: str = "") -> Entity:
    key = f"{mentioned.org}|{date or article}|{mentioned.name}"
    return entity("Meeting", key, name=mentioned.org + mentioned.name if mentioned.name != "会议" else
                  mentioned.org + "会议", date=date, kind=mentioned.kind, session=mentioned.session,
                  org=mentioned.org)


def _byline_evidence(article: Article, name: str) -> str:
    for paragraph in article.paragraphs[:1]:
        if name in paragraph:
            return split_sentences(paragraph)[0]
    return f"{article.reporter_role.get(name, '通讯员')} {name}"

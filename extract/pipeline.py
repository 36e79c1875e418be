"""Pages to facts: the extraction stages wired together.

``extract_page`` reads one page and yields each article with the triples read from it.
It is a pure function of the page's text (and the year, when given).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from extract.dates import parse_date, with_year
from extract.gazetteer import load_gazetteer
from extract.meetings import MeetingMention, find_documents, find_meeting, handles_documents
from extract.orgs import OrgMention, PlaceContext, context_for, find_orgs, main_community, page_province
from extract.pages import page_year, split_articles
from extract.persons import find_persons
from extract.records import Article, Entity, Page, Triple, entity
from extract.text import split_sentences

ORG_LEVELS = {"省": "省", "市": "市", "县": "县", "国家": "国家"}


def extract_page(page: Page, year: int | None = None) -> Iterator[tuple[Article, list[Triple]]]:
    """Each article of ``page`` with the triples read from it.

    ``year`` (from ``--year``) wins; else the year printed in the page's masthead;
    else dates stay without a year (``--09-16``).
    """
    year = year or page_year(page)
    articles = split_articles(page, year)
    province = page_province([a.place for a in articles if a.place])
    for article in articles:
        context = _context(article, province)
        yield article, list(extract_article(article, context, year))


def _context(article: Article, province: str) -> PlaceContext:
    context = _place_context(article, province)
    community = main_community(" ".join((article.subtitle, article.body)))
    return replace(context, community=community) if community else context


def _place_context(article: Article, province: str) -> PlaceContext:
    if article.place:
        context = context_for([article.place], province)
        if context.division:
            return context
    headline = " ".join((article.kicker, article.title, article.subtitle))
    for text in (headline, *article.paragraphs[:1]):
        for org in find_orgs(text, PlaceContext(None, province)):
            if org.explicit and org.place:
                return context_for([org.place], province)
        for start in range(len(text)):
            found = load_gazetteer().longest_prefix(text[start:])
            if found and len(found[1]) > 2:
                return PlaceContext(found[0], found[0].province or province)
    return PlaceContext(None, province)


def organization(org: OrgMention) -> Entity:
    return entity("Organization", org.name, name=org.name, kind=org.kind,
                  level=ORG_LEVELS.get(org.level, ""), place=org.place)


def person(name: str) -> Entity:
    return entity("Person", name, name=name)


def _home_org(context: PlaceContext) -> str:
    """The 政协 of the article's place: the body a meeting belongs to when nothing closer says."""
    orgs = find_orgs("政协", context)
    return orgs[0].name if orgs else ""


def extract_article(article: Article, context: PlaceContext, year: int | None) -> Iterator[Triple]:
    """The triples of one article."""
    article_node = entity("Article", article.id, title=article.title, source=article.source)
    home = _home_org(context)
    meeting: Entity | None = None
    for paragraph in article.paragraphs:
        for sentence in split_sentences(paragraph):
            orgs = find_orgs(sentence, context)
            persons = find_persons(sentence, orgs)

            def fact(subject, predicate, obj, rule, **properties):
                return Triple(subject, predicate, obj, article.id, sentence, rule,
                              tuple(sorted(properties.items())))

            for found in persons:
                for role, org_name in found.roles:
                    org = next((o for o in orgs if o.name == org_name), None)
                    target = organization(org) if org else entity("Organization", org_name, name=org_name)
                    yield fact(person(found.name), "HOLDS_ROLE", target, found.rule, role=role)
                yield fact(article_node, "MENTIONS", person(found.name), found.rule)
            for org in orgs:
                yield fact(article_node, "MENTIONS", organization(org), "org-name")
            mentioned = find_meeting(sentence, orgs, persons, home)
            if mentioned:
                if meeting is not None and mentioned.name == "会议" and mentioned.rule == "chair-presided":
                    for chair in mentioned.chairs:
                        yield fact(person(chair), "CHAIRED", meeting, mentioned.rule)
                    continue
                date = with_year(parse_date(sentence, year) or article.date, year)
                meeting = _meeting_entity(mentioned, date)
                convener = next((o for o in orgs if o.name == mentioned.org), None)
                org_node = organization(convener) if convener else entity(
                    "Organization", mentioned.org, name=mentioned.org)
                if mentioned.org:
                    yield fact(org_node, "CONVENED", meeting, mentioned.rule)
                for chair in mentioned.chairs:
                    yield fact(person(chair), "CHAIRED", meeting, mentioned.rule)
                yield fact(article_node, "MENTIONS", meeting, mentioned.rule)
            for document in find_documents(sentence, orgs):
                doc = entity("Document", document.title, title=document.title, kind=document.kind)
                yield fact(article_node, "MENTIONS", doc, "title-in-brackets")
                if document.issuer:
                    issuer = next(o for o in orgs if o.name == document.issuer)
                    yield fact(organization(issuer), "ISSUED", doc, "org-issued-document")
                if meeting is not None and document.action and handles_documents(sentence, mentioned is not None):
                    yield fact(meeting, document.action, doc, "meeting-handled-document")
    for name in article.reporters:
        reporter = person(name)
        role = article.reporter_role.get(name, "通讯员")
        yield Triple(reporter, "REPORTED", article_node, article.id, _byline_evidence(article, name),
                     "byline", (("as", role),))
        yield Triple(article_node, "MENTIONS", reporter, article.id, "", "byline")


def _meeting_entity(mentioned: MeetingMention, date: str) -> Entity:
    key = f"{mentioned.org}|{date}|{mentioned.name}"
    return entity("Meeting", key, name=mentioned.org + mentioned.name if mentioned.name != "会议" else
                  mentioned.org + "会议", date=date, kind=mentioned.kind, session=mentioned.session,
                  org=mentioned.org)


def _byline_evidence(article: Article, name: str) -> str:
    for paragraph in article.paragraphs[:1]:
        if name in paragraph:
            return split_sentences(paragraph)[0]
    return f"{article.reporter_role.get(name, '通讯员')} {name}"

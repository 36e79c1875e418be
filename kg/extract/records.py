"""The records that flow through extraction: pages → articles → entities and triples.

They hold the fields that ``SCHEMA.md`` names and nothing more. Extraction knows only
these records; the graph package turns them into nodes and relationships.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.gazetteer import Division


@dataclass(frozen=True)
class Page:
    """One page of newspaper text, as read from a file."""

    source: str  # the file's stem, e.g. ``004_0c3dde0c12c01184``
    path: str
    text: str


@dataclass
class Article:
    """One article split out of a page."""

    id: str  # ``<source stem>#<n>``
    source: str
    title: str
    subtitle: str = ""
    kicker: str = ""
    date: str = ""  # ISO 8601, ``--09-16`` when the year is unknown
    place: str = ""  # dateline place, e.g. 张掖
    outlet: str = ""  # the outlet a dateline names (闽清新闻网讯), whose 记者 a byline with no outlet names
    reporters: list[str] = field(default_factory=list)
    reporter_role: dict[str, str] = field(default_factory=dict)  # name → 通讯员 / 记者 / 摄影
    reporter_unit: dict[str, str] = field(default_factory=dict)  # name → 新华社, 昌吉日报 where the byline says
    reporter_title: dict[str, str] = field(default_factory=dict)  # name → 见习记者 where a grade is printed
    paragraphs: list[str] = field(default_factory=list)  # clean text, one item a paragraph

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class Entity:
    """A thing a triple speaks of: its label, its key (the id without ``Label:``) and
    its properties."""

    label: str
    key: str
    properties: tuple[tuple[str, object], ...] = ()

    @property
    def id(self) -> str:
        return f"{self.label}:{self.key}"

    def props(self) -> dict:
        return dict(self.properties)


def entity(label: str, key: str, **properties) -> Entity:
    """Build an :class:`Entity`, dropping empty properties."""
    kept = tuple(sorted((k, v) for k, v in properties.items() if v not in (None, "", [], ())))
    return Entity(label, key, kept)


@dataclass(frozen=True, slots=True)
class Triple:
    """A fact read from one sentence of one article."""

    subject: Entity
    predicate: str  # a relationship type of SCHEMA.md
    object: Entity
    article: str
    evidence: str
    rule: str
    properties: tuple[tuple[str, object], ...] = ()

    def props(self) -> dict:
        return dict(self.properties)

    def as_row(self) -> tuple:
        """The triple as a plain tuple, which crosses between processes several times
        faster than the records (see :func:`from_row`)."""
        return (self.subject.label, self.subject.key, self.subject.properties, self.predicate,
                self.object.label, self.object.key, self.object.properties,
                self.article, self.evidence, self.rule, self.properties)


def from_row(row: tuple) -> Triple:
    """The triple of :meth:`Triple.as_row`."""
    s_label, s_key, s_props, predicate, o_label, o_key, o_props, article, evidence, rule, props = row
    return Triple(Entity(s_label, s_key, s_props), predicate, Entity(o_label, o_key, o_props),
                  article, evidence, rule, props)


# The mentions the rule modules find in a sentence, and where an article's relative
# names point: kept here, beside the records, so that no rule module imports another
# for a type.

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


@dataclass
class PersonMention:
    """A person named in a sentence, at ``text[start:end]``, with the roles given there."""

    start: int
    end: int
    name: str
    roles: list[tuple[str, str]] = field(default_factory=list)  # (role, organization name)
    rule: str = ""


@dataclass
class MeetingMention:
    """A meeting read from one sentence."""

    name: str  # without the convening organization
    org: str  # canonical name of the convening organization
    kind: str
    session: str
    chairs: list[str]
    rule: str


@dataclass(frozen=True)
class DocumentMention:
    title: str
    kind: str
    action: str  # STUDIED, CONVEYED, REVIEWED, ADOPTED, or "" when no verb handled it
    issuer: str  # canonical organization that issued it, or ""
    start: int


@dataclass(frozen=True)
class PlaceContext:
    """Where an article's relative names point: its dateline division and province."""

    division: Division | None = None
    province: str = ""
    community: str = ""  # the 社区 an article is about, for 社区党委 without a name
    company: str = ""  # the company an article visits, for 公司董事长 without a name

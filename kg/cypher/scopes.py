"""What part of a store each library query reads.

A library query with its usual parameter (a person, an organization, a title) needs
only the neighbourhood of the nodes that parameter names: a store that can read a part
(the embedded store's tables) starts from those nodes and follows the listed steps,
and the query runs on that part with the same answer as on the whole graph. Without
the parameter, a query needs only the relationships of its types.

Each scope is data: the parameter that selects the start, the label of the nodes it
is matched against (``None``: any), how (``equals`` the name or title, or
``contains``), and the steps: (direction, relationship types) from the nodes reached
so far. The steps follow each query's MATCH pattern from the named node outwards.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.graph.model import RELATIONSHIPS

__all__ = ["Scope", "SCOPES", "TYPES", "scope_for"]

ACTIONS = ("STUDIED", "CONVEYED", "REVIEWED", "ADOPTED")
FACTS = tuple(kind for kind in RELATIONSHIPS if kind != "MENTIONS")


@dataclass(frozen=True)
class Scope:
    parameter: str
    label: str | None
    match: str  # "equals" or "contains"
    steps: tuple[tuple[str, tuple[str, ...]], ...]


# Tried in order; the first whose parameter is given is used.
SCOPES: dict[str, tuple[Scope, ...]] = {
    "chairs": (Scope("person", "Person", "contains", (("out", ("CHAIRED",)), ("in", ("CONVENED",)))),
               Scope("org", "Organization", "contains", (("out", ("CONVENED",)), ("in", ("CHAIRED",))))),
    "co_attendance": (Scope("person", "Person", "contains",
                            (("out", ("CHAIRED", "ATTENDED")), ("in", ("CHAIRED", "ATTENDED")))),),
    "document_spread": (Scope("title", "Document", "equals", (("in", ACTIONS), ("in", ("CONVENED",)))),),
    "documents": (Scope("org", "Organization", "contains", (("out", ("CONVENED",)), ("out", ACTIONS))),),
    "evidence": (Scope("from", None, "equals", (("out", FACTS),)),),
    "org_meetings": (Scope("org", "Organization", "equals", (("out", ("CONVENED",)),)),),
    "person_profile": (Scope("name", "Person", "equals", (("out", ("HOLDS_ROLE", "CHAIRED", "ATTENDED")),)),),
}

# The relationship types each library query reads at all.
TYPES: dict[str, tuple[str, ...]] = {
    "chairs": ("CONVENED", "CHAIRED"),
    "co_attendance": ("CHAIRED", "ATTENDED"),
    "document_spread": ("CONVENED", *ACTIONS),
    "documents": ("CONVENED", *ACTIONS),
    "evidence": FACTS,
    "org_meetings": ("CONVENED",),
    "person_profile": ("HOLDS_ROLE", "CHAIRED", "ATTENDED"),
}


def scope_for(name: str, parameters: dict) -> Scope | None:
    """The scope of library query ``name`` with these parameters, or None when none
    of its scoping parameters is given (then ``TYPES`` says what it reads)."""
    for scope in SCOPES.get(name, ()):
        if parameters.get(scope.parameter):
            return scope
    return None

"""The errors the library raises. The CLI turns each into a one-line message."""


class KGError(Exception):
    """Base of every error this project raises on purpose."""


class PageError(KGError):
    """A page could not be read or decoded."""


class LexiconError(KGError):
    """A rule file (lexicon, pattern list) holds a bad entry."""


class GraphFileError(KGError):
    """A graph JSON Lines file is malformed."""


class StoreError(KGError):
    """The graph store could not be read or written."""


class ExportError(KGError):
    """An export could not be written."""


class QueryError(KGError):
    """A query could not be run: unknown, missing a parameter, or beyond the engine."""


class DateError(KGError):
    """A date given to a filter or a query is not ISO 8601."""

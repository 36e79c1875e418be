"""kg: the command line and the shared error types of the 政协 news knowledge graph."""

__version__ = "0.1.0"

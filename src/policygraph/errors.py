"""One exception hierarchy for policygraph.

Library code raises these; only :mod:`policygraph.cli` turns them into exit codes
(2 for bad input or usage, 1 for a graph that does not conform).
"""

from __future__ import annotations


class PolicyGraphError(Exception):
    """Base of every error policygraph raises on purpose."""

    exit_code = 2


class InputError(PolicyGraphError):
    """An input (article file, JSON Lines record, graph, query) cannot be used.

    >>> str(InputError("empty.txt: the file is empty"))
    'empty.txt: the file is empty'
    """


class QueryError(InputError):
    """A SPARQL query is malformed or refused."""


class StoreError(PolicyGraphError):
    """A triple store could not be read or written."""


class ModelNotFoundError(PolicyGraphError):
    """No usable spaCy English model is installed."""

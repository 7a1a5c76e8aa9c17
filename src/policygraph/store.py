"""Triple stores: the embedded Oxigraph store and remote SPARQL 1.1 servers.

(To be completed: see issue 4.)
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from policygraph.errors import StoreError
from policygraph.query import QueryResult


def open_store(path: Path, *, read_only: bool = False) -> ox.Store:
    """The embedded on-disk store in ``path``."""
    if read_only and not path.exists():
        raise StoreError(f"{path}: no store there (build with --store {path} first)")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store ({exc})") from exc


def remote_query(endpoint: str, text: str, *, timeout: float | None = None) -> QueryResult:
    """Run a query on a SPARQL 1.1 Protocol endpoint."""
    raise StoreError(f"remote queries are not available yet ({endpoint}, {len(text)}, {timeout})")

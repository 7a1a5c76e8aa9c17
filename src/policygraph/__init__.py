"""policygraph: news on technology policy and geopolitics -> an RDF knowledge graph.

The public API; importing it does no work (the spaCy pipeline loads on first use).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from policygraph.errors import InputError, PolicyGraphError
from policygraph.model import Article, Entity, EntityType, Evidence, Extraction, Fact, Value

try:
    __version__ = version("policygraph")
except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0.0.0"

__all__ = [
    "Article",
    "Entity",
    "EntityType",
    "Evidence",
    "Extraction",
    "Fact",
    "InputError",
    "PolicyGraphError",
    "Value",
    "__version__",
]

"""policygraph: news on technology policy and geopolitics -> an RDF knowledge graph.

The public API. Importing it does no work: rdflib, Oxigraph and the spaCy
pipeline load on first use, inside the functions.

>>> import policygraph
>>> g = policygraph.build_graph([NEWS])
>>> r = policygraph.query(g, "SELECT ?vendor WHERE { ?telco pg:usesEquipmentFrom ?v . "
...                          "?v rdfs:label ?vendor }")
>>> [row[0].value for row in r.rows]
['Huawei']
>>> policygraph.validate(g).conforms
True

Articles are :class:`Article` values or strings (the text of an article, read
like a ``.txt`` file: header lines such as a headline and a date are
recognised). The graph follows ``ontology/policygraph.ttl``: every fact comes
with a ``pg:Evidence`` naming its sentence, article, rule and confidence.
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Iterable, Iterator
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from policygraph.errors import InputError, PolicyGraphError
from policygraph.model import Article, Entity, EntityType, Evidence, Extraction, Fact, Value

if TYPE_CHECKING:
    from rdflib import Dataset, Graph

    from policygraph.query import QueryResult
    from policygraph.validate import Report

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
    "build_dataset",
    "build_graph",
    "extract",
    "query",
    "read_articles",
    "validate",
]

PathLike = str | os.PathLike[str]

NEWS = "LG U+ sticks with Huawei\n\nLG U+ still uses Huawei equipment.\n"
"""A two-line article (a headline, then the text) for the examples."""


def _as_article(item: Article | str) -> Article:
    if isinstance(item, Article):
        return item
    from policygraph.articles import parse_text

    return parse_text(item)


def read_articles(paths: PathLike | Iterable[PathLike], *, max_chars: int | None = None
                  ) -> list[Article]:
    """Read articles from files and folders (``.txt``, ``.html``, ``.jsonl``).

    Raises :class:`InputError` naming every input that could not be read.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "lg-uplus.txt").write_text(NEWS, encoding="utf-8")
    >>> [(a.id, a.headline) for a in read_articles(folder)]
    [('lg-uplus', 'LG U+ sticks with Huawei')]
    """
    from pathlib import Path

    from policygraph.articles import MAX_CHARS
    from policygraph.build import Failure
    from policygraph.build import read_articles as read

    items = [Path(paths)] if isinstance(paths, str | os.PathLike) else [Path(p) for p in paths]
    failures = [Failure(str(p), f"{p}: no such file or folder") for p in items if not p.exists()]
    limit = MAX_CHARS if max_chars is None else max_chars
    found = list(read([p for p in items if p.exists()], max_chars=limit, failures=failures))
    if failures:
        raise InputError("; ".join(f.reason for f in failures))
    return found


def extract(articles: Iterable[Article | str]) -> Iterator[Extraction]:
    """Run the spaCy pipeline over articles: their entities, facts and values, in order.

    >>> ex = next(extract([NEWS]))
    >>> sorted(e.label for e in ex.entities)
    ['Huawei', 'LG U+']
    >>> [(f.subject, f.predicate, f.object) for f in ex.facts]
    [('org/lg-uplus', 'usesEquipmentFrom', 'org/huawei')]
    """
    from policygraph.pipeline import extract as run

    return run(_as_article(a) for a in articles)


def build_dataset(articles: Iterable[Article | str]) -> Dataset:
    """The graph of ``articles`` as a dataset, with one named graph per article.

    Each article's graph holds its facts and their evidence; ``pgr:graph/entities`` holds
    the types and labels of the entities, as TriG and N-Quads write them.

    >>> art = Article(id="a1", text="LG U+ still uses Huawei equipment.", headline="LG U+")
    >>> ds = build_dataset([art])
    >>> sorted(str(g.identifier) for g in ds.graphs() if len(g))  # doctest: +NORMALIZE_WHITESPACE
    ['https://w3id.org/policygraph/id/article/a1',
     'https://w3id.org/policygraph/id/graph/entities']
    """
    from policygraph.graph import build_dataset as build

    return build(extract(articles))


def build_graph(articles: Iterable[Article | str]) -> Graph:
    """The graph of ``articles``, every named graph merged into one ``rdflib.Graph``.

    >>> from policygraph.vocab import PG, PGR
    >>> g = build_graph([NEWS])
    >>> (PGR["org/lg-uplus"], PG.usesEquipmentFrom, PGR["org/huawei"]) in g
    True
    """
    from policygraph.graph import flatten

    return flatten(build_dataset(articles))


def query(data: Graph | PathLike | Iterable[PathLike], sparql: str) -> QueryResult:
    """Run SPARQL on a graph (or graph files) with Oxigraph, as ``policygraph query`` does.

    The prefixes ``pg:``, ``pgr:``, ``schema:``, ``skos:``, ``rdfs:``, ``rdf:``, ``xsd:``,
    ``prov:`` and ``owl:`` are predeclared; the default graph is the union of all graphs.
    The result holds ``rows`` of Oxigraph terms for SELECT, ``boolean`` for ASK and
    ``triples`` for CONSTRUCT and DESCRIBE. Bad SPARQL raises :class:`InputError`.

    >>> g = build_graph([NEWS])
    >>> query(g, "ASK { ?telco a pg:Telco ; rdfs:label 'LG U+'@en }").boolean
    True
    """
    from pathlib import Path

    import pyoxigraph as ox
    from rdflib import Graph

    from policygraph.query import load_files, run_query
    from policygraph.serialize import nquads

    if isinstance(data, Graph):
        store = ox.Store()
        store.load(input=nquads(data), format=ox.RdfFormat.N_QUADS)
    else:
        items = [data] if isinstance(data, str | os.PathLike) else list(data)
        store = load_files([Path(p) for p in items])
    return run_query(store, sparql)


def validate(graph: Graph) -> Report:
    """Check a graph against the SHACL shapes of ``ontology/shapes.ttl``.

    >>> report = validate(build_graph([NEWS]))
    >>> report.conforms
    True
    """
    from policygraph.validate import validate_graph

    return validate_graph(graph)


class _Package(types.ModuleType):
    """The package module: importing the submodules ``policygraph.query`` or
    ``policygraph.validate`` must not replace the public functions of the same name."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in {"query", "validate"} and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

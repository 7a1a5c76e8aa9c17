"""Extractions -> RDF: pure functions, no I/O.

Each article's facts, evidence and ``pg:mentionedIn`` links go in the named
graph whose name is the article IRI; the shared entity descriptions (types,
labels, ISO codes) go in ``pgr:graph/entities``. :func:`build_dataset` keeps
that split (for TriG, N-Quads and triple stores); :func:`build_graph` flattens
it into one graph (for Turtle, N-Triples and JSON-LD).

>>> from policygraph.model import *
>>> art = Article(id="a1", text="Huawei is Chinese.", headline="H")
>>> ev = Evidence("Huawei is Chinese.", 0, 18, "demo", 0.9)
>>> ex = Extraction(art, (Entity("org/huawei", EntityType.COMPANY, "Huawei"),
...                       Entity("country/CN", EntityType.COUNTRY, "China", iso_code="CN")),
...                 (Fact("org/huawei", "basedIn", "country/CN", ev),), ())
>>> g = build_graph([ex])
>>> (PGR["org/huawei"], PG.basedIn, PGR["country/CN"]) in g
True
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any, TypeVar, cast
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, BNode, ConjunctiveGraph, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS
from rdflib.plugins.stores.memory import Memory
from rdflib.term import Node

from policygraph.model import Article, Entity, EntityType, Extraction, Fact, Value
from policygraph.vocab import PG, PGR, SCHEMA

FactOrValue = TypeVar("FactOrValue", Fact, Value)

ENTITY_GRAPH = PGR["graph/entities"]
PREFIXES = {
    "pg": PG._NS, "pgr": PGR, "schema": SCHEMA, "skos": SKOS, "prov": PROV, "rdfs": RDFS,
    "xsd": XSD,
}
_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`\x00-\x1f\x7f-\x9f]+$")


def iri(key: str) -> URIRef:
    """The IRI of an entity key; anything outside the IRI-safe set is percent-encoded.

    >>> iri("org/lg-uplus"), iri("policy/a b<c>")
    (rdflib.term.URIRef('https://w3id.org/policygraph/id/org/lg-uplus'), rdflib.term.URIRef('https://w3id.org/policygraph/id/policy/a%20b%3Cc%3E'))
    """
    return _iri(key)


@lru_cache(maxsize=65536)
def _iri(key: str) -> URIRef:
    # The same keys recur in every fact about an entity; terms are immutable.
    return PGR[quote(key, safe="/-._~")]


@lru_cache(maxsize=256)
def _pg(name: str) -> URIRef:
    return PG[name]  # raises for a term the ontology lacks (not cached)


@cache
def _classes(kind: EntityType) -> tuple[URIRef, ...]:
    return tuple(_pg(cls.value) for cls in kind.superclasses)


@lru_cache(maxsize=16384)
def _integer(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


@lru_cache(maxsize=1024)
def _decimal(text: str) -> Literal:
    return Literal(Decimal(text), datatype=XSD.decimal)


@lru_cache(maxsize=1024)
def _string(text: str) -> Literal:
    return Literal(text)


# Terms looked up once: each DefinedNamespace attribute costs a call.
_TYPE, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, RDF.subject, RDF.predicate, RDF.object
_LABEL, _ALT_LABEL, _DERIVED_FROM = RDFS.label, SKOS.altLabel, PROV.wasDerivedFrom
_EVIDENCE, _EVIDENCE_TEXT, _START, _END = PG.Evidence, PG.evidenceText, PG.startChar, PG.endChar
_EXTRACTED_BY, _CONFIDENCE, _SOURCE = PG.extractedBy, PG.confidence, PG.sourceArticle
_MENTIONED_IN, _ISO_CODE = PG.mentionedIn, PG.isoCode
_TERMS = frozenset({URIRef, Literal, BNode})


def article_iri(article: Article) -> URIRef:
    """The IRI of an article (also the name of its graph)."""
    return iri(f"article/{article.id}")


def evidence_iri(article: Article, s: URIRef, p: URIRef, o: URIRef | Literal, start: int) -> URIRef:
    """A stable IRI for one piece of evidence (see ontology/README.md)."""
    parts = [article.id, str(s), str(p), str(o), str(start)]
    digest = hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]
    return PGR[f"evidence/{digest}"]


_OWN = ("_Memory__", "_Store__", "_calls", "_replay", "__class__", "__dict__")


class DeferredMemory(Memory):
    """rdflib's in-memory store, which takes :func:`add_extraction`'s statements in a list.

    Indexing a statement in rdflib's store (three indexes and the graph's) costs more
    than everything else the graph builder does. So :func:`add_extraction` only
    records, in order, the calls it would have made (``ds.graph(name)``,
    ``graph.add(triple)``), and the first time anything else touches the store it
    replays them and becomes a plain :class:`~rdflib.plugins.stores.memory.Memory`:
    everyone sees the store the calls would have made. The writers that only read
    the statements (:func:`policygraph.serialize.turtle`, ``ntriples``) take them
    from the list instead (:func:`deferred_quads`), and never pay for the indexes.

    >>> ds = new_dataset()
    >>> add_extraction(ds, Extraction(Article(id="a1", text="Hi."), (), (), ()))
    >>> type(ds.store).__name__, len(deferred_quads(ds) or ())
    ('DeferredMemory', 3)
    >>> len(ds), type(ds.store).__name__  # any other use replays the calls
    (3, 'Memory')
    >>> len(list(ds.quads())), deferred_quads(ds) is None
    (3, True)
    """

    _calls: list[tuple[Graph, tuple[Node, Node, Node] | None]]

    def __init__(self) -> None:
        self._calls = []
        super().__init__()

    def __getattribute__(self, name: str) -> Any:
        # The store's own state and the calls are read freely; any other name is
        # someone using the store: replay first.
        if not name.startswith(_OWN) and object.__getattribute__(self, "_calls"):
            object.__getattribute__(self, "_replay")()
        return object.__getattribute__(self, name)

    def __len__(self, context: Graph | None = None) -> int:
        if self._calls:
            self._replay()
        return Memory.__len__(self, context)

    def __reduce_ex__(self, protocol: Any) -> Any:
        if self._calls:
            self._replay()
        return Memory.__reduce_ex__(self, protocol)

    def _replay(self) -> None:
        calls = self._calls
        self.__class__ = Memory  # type: ignore[assignment]
        del self._calls
        for graph, triple in calls:
            if triple is None:
                self.add_graph(graph)
            else:
                graph.add(triple)


class _Recorder:
    """Stands in for a dataset on a :class:`DeferredMemory`: records the calls."""

    __slots__ = ("calls", "ds")

    def __init__(self, ds: Dataset, calls: list[tuple[Graph, tuple[Node, Node, Node] | None]]):
        self.ds = ds
        self.calls = calls

    def graph(self, name: URIRef) -> _RecordingGraph:
        """What ``Dataset.graph(name)`` does for an IRI, deferring ``store.add_graph``."""
        graph = self.ds._graph(name)
        graph.base = None
        self.calls.append((graph, None))
        return _RecordingGraph(graph, self.calls)


class _RecordingGraph:
    __slots__ = ("calls", "graph")

    def __init__(self, graph: Graph, calls: list[tuple[Graph, tuple[Node, Node, Node] | None]]):
        self.graph = graph
        self.calls = calls

    def add(self, triple: tuple[Node, Node, Node]) -> _RecordingGraph:
        s, p, o = triple  # the checks of Graph.add, so that a bad term fails as early
        if not (type(s) in _TERMS and type(p) in _TERMS and type(o) in _TERMS):
            assert isinstance(s, Node), f"Subject {s} must be an rdflib term"
            assert isinstance(p, Node), f"Predicate {p} must be an rdflib term"
            assert isinstance(o, Node), f"Object {o} must be an rdflib term"
        self.calls.append((self.graph, triple))
        return self


def _deferred_calls(data: Graph) -> list[tuple[Graph, tuple[Node, Node, Node] | None]] | None:
    if not isinstance(data, ConjunctiveGraph):
        return None
    store = data.store
    if type(store) is not DeferredMemory:
        return None
    calls = store._calls
    if not calls or Memory.__len__(store) != 0:
        return None
    return calls


def deferred_quads(data: Graph) -> list[tuple[Node, Node, Node, Node]] | None:
    """The quads (graph names as IRIs) of a dataset whose store holds nothing but calls
    :func:`add_extraction` deferred, without replaying them; None for any other graph."""
    calls = _deferred_calls(data)
    if calls is None:
        return None
    return [(t[0], t[1], t[2], g.identifier) for g, t in calls if t is not None]


def deferred_triples(data: Graph) -> list[tuple[Node, Node, Node]] | None:
    """The triples (every graph merged, some maybe more than once) of a dataset whose store
    holds nothing but calls :func:`add_extraction` deferred; None for any other graph."""
    calls = _deferred_calls(data)
    if calls is None:
        return None
    return [t for _, t in calls if t is not None]


def new_dataset() -> Dataset:
    """An empty dataset with the project's prefixes bound, on a :class:`DeferredMemory`."""
    ds = Dataset(store=DeferredMemory())
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    return ds


def add_extraction(ds: Dataset, ex: Extraction) -> None:
    """Add one article's extraction to ``ds``: its named graph and the entity graph.

    On a :class:`DeferredMemory` (:func:`new_dataset`) the statements are recorded and
    indexed only when something reads the store.
    """
    store = getattr(ds, "store", None)  # fastio passes a stand-in with no store
    if type(store) is DeferredMemory:
        ds = cast(Dataset, _Recorder(ds, store._calls))
    art = ex.article
    a = article_iri(art)
    g = ds.graph(a)
    ents = ds.graph(ENTITY_GRAPH)
    _article(g, art, a)
    for e in ex.entities:
        _entity(ents, e)
        g.add((iri(e.key), _MENTIONED_IN, a))
    seen_sym: set[tuple[str, str]] = set()
    for f in _strongest(ex.facts):
        if f.predicate == "linkedWith":
            pair = (min(f.subject, f.object), max(f.subject, f.object))
            if pair in seen_sym and (f.subject, f.object) != pair:
                continue
            seen_sym.add(pair)
        _fact(g, art, a, f)
    for v in _strongest(ex.values):
        _value(g, art, a, v)


def _strongest(items: Iterable[FactOrValue]) -> list[FactOrValue]:
    """One statement per sentence: when two rules find the same fact in the same
    sentence, keep the more confident (its evidence node is minted from the fact
    and the sentence, so it must be unique).

    >>> from policygraph.model import Evidence
    >>> ev = lambda rule, c: Evidence("s", 0, 1, rule, c)
    >>> [f.evidence.rule for f in _strongest([Fact("a", "p", "b", ev("x", 0.7)),
    ...                                       Fact("a", "p", "b", ev("y", 0.9))])]
    ['y']
    """
    best: dict[tuple[str, str, str, int], FactOrValue] = {}
    for item in items:
        obj = item.object if isinstance(item, Fact) else item.value
        slot = (item.subject, item.predicate, obj, item.evidence.start)
        kept = best.get(slot)
        if kept is None or (item.evidence.confidence, kept.evidence.rule) > (
                kept.evidence.confidence, item.evidence.rule):
            best[slot] = item
    return [best[k] for k in sorted(best)]


def build_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """A dataset with one named graph per article plus the entity graph."""
    ds = new_dataset()
    for ex in extractions:
        add_extraction(ds, ex)
    return ds


def flatten(ds: Dataset) -> Graph:
    """Every triple of every graph of ``ds`` in one graph."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def count_triples(ds: Dataset) -> int:
    """``len(flatten(ds))``, the distinct triples of every graph, without building the graph
    (nor indexing statements :func:`add_extraction` deferred).

    >>> ds = new_dataset()
    >>> add_extraction(ds, Extraction(Article(id="a1", text="Hi."), (), (), ()))
    >>> count_triples(ds), type(ds.store).__name__, len(flatten(ds))
    (3, 'DeferredMemory', 3)
    """
    triples = deferred_triples(ds)
    if triples is not None:
        return len(set(triples))
    return len({(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))})


def build_graph(extractions: Iterable[Extraction]) -> Graph:
    """All extractions as one graph (for Turtle, N-Triples and JSON-LD)."""
    return flatten(build_dataset(extractions))


def _article(g: Graph, art: Article, a: URIRef) -> None:
    g.add((a, RDF.type, PG.Article))
    if art.headline:
        g.add((a, SCHEMA.headline, Literal(art.headline, lang="en")))
    else:  # every article needs a name a person can read
        g.add((a, RDFS.label, Literal(art.source, lang="en")))
    if isinstance(art.published, datetime):
        g.add((a, SCHEMA.datePublished, Literal(art.published.isoformat(), datatype=XSD.dateTime)))
    elif art.published is not None:
        g.add((a, SCHEMA.datePublished, Literal(art.published.isoformat(), datatype=XSD.date)))
    for author in art.authors:
        g.add((a, SCHEMA.author, Literal(author)))
    if art.publisher:
        g.add((a, SCHEMA.publisher, Literal(art.publisher)))
    if art.url:
        url = URIRef(art.url) if _URL.match(art.url) else Literal(art.url, datatype=XSD.anyURI)
        g.add((a, SCHEMA.url, url))
    if art.dateline:
        g.add((a, PG.dateline, Literal(art.dateline)))
    g.add((a, PG.articleText, Literal(art.text)))


def _entity(g: Graph, e: Entity) -> None:
    node = iri(e.key)
    for cls in _classes(e.type):
        g.add((node, _TYPE, cls))
    g.add((node, _LABEL, Literal(e.label, lang="en")))
    for alt in sorted(e.alt_labels):
        g.add((node, _ALT_LABEL, Literal(alt, lang="en")))
    if e.iso_code:
        g.add((node, _ISO_CODE, Literal(e.iso_code)))


def _evidence(g: Graph, art: Article, a: URIRef, s: URIRef, p: URIRef, o: URIRef | Literal,
              f: Fact | Value) -> None:
    ev = f.evidence
    node = evidence_iri(art, s, p, o, ev.start)
    g.add((node, _TYPE, _EVIDENCE))
    g.add((node, _SUBJECT, s))
    g.add((node, _PREDICATE, p))
    g.add((node, _OBJECT, o))
    g.add((node, _EVIDENCE_TEXT, Literal(ev.sentence)))
    g.add((node, _START, _integer(ev.start)))
    g.add((node, _END, _integer(ev.end)))
    g.add((node, _EXTRACTED_BY, _string(ev.rule)))
    g.add((node, _CONFIDENCE, _decimal(str(round(ev.confidence, 3)))))
    g.add((node, _SOURCE, a))
    g.add((node, _DERIVED_FROM, a))


def _fact(g: Graph, art: Article, a: URIRef, f: Fact) -> None:
    s, p, o = iri(f.subject), _pg(f.predicate), iri(f.object)
    g.add((s, p, o))
    _evidence(g, art, a, s, p, o, f)


def _value(g: Graph, art: Article, a: URIRef, v: Value) -> None:
    s, p = iri(v.subject), _pg(v.predicate)
    if v.datatype == "langString":
        o = Literal(v.value, lang="en")
    elif v.datatype == "string":
        o = Literal(v.value)
    else:
        # a duration as the text gives it: rdflib would write "36 hours" as P1DT12H
        o = Literal(v.value, datatype=XSD[v.datatype], normalize=v.datatype != "duration")
    g.add((s, p, o))
    _evidence(g, art, a, s, p, o, v)

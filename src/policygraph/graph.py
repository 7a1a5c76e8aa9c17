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
from typing import TypeVar
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from policygraph.model import Article, Entity, Extraction, Fact, Value
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
    return PGR[quote(key, safe="/-._~")]


def article_iri(article: Article) -> URIRef:
    """The IRI of an article (also the name of its graph)."""
    return iri(f"article/{article.id}")


def evidence_iri(article: Article, s: URIRef, p: URIRef, o: URIRef | Literal, start: int) -> URIRef:
    """A stable IRI for one piece of evidence (see ontology/README.md)."""
    parts = [article.id, str(s), str(p), str(o), str(start)]
    digest = hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]
    return PGR[f"evidence/{digest}"]


def new_dataset() -> Dataset:
    """An empty dataset with the project's prefixes bound."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    return ds


def add_extraction(ds: Dataset, ex: Extraction) -> None:
    """Add one article's extraction to ``ds``: its named graph and the entity graph."""
    art = ex.article
    a = article_iri(art)
    g = ds.graph(a)
    ents = ds.graph(ENTITY_GRAPH)
    _article(g, art, a)
    for e in ex.entities:
        _entity(ents, e)
        g.add((iri(e.key), PG.mentionedIn, a))
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
    for cls in e.type.superclasses:
        g.add((node, RDF.type, PG[cls.value]))
    g.add((node, RDFS.label, Literal(e.label, lang="en")))
    for alt in sorted(e.alt_labels):
        g.add((node, SKOS.altLabel, Literal(alt, lang="en")))
    if e.iso_code:
        g.add((node, PG.isoCode, Literal(e.iso_code)))


def _evidence(g: Graph, art: Article, a: URIRef, s: URIRef, p: URIRef, o: URIRef | Literal,
              f: Fact | Value) -> None:
    ev = f.evidence
    node = evidence_iri(art, s, p, o, ev.start)
    g.add((node, RDF.type, PG.Evidence))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    g.add((node, PG.evidenceText, Literal(ev.sentence)))
    g.add((node, PG.startChar, Literal(ev.start, datatype=XSD.integer)))
    g.add((node, PG.endChar, Literal(ev.end, datatype=XSD.integer)))
    g.add((node, PG.extractedBy, Literal(ev.rule)))
    g.add((node, PG.confidence, Literal(Decimal(str(round(ev.confidence, 3))),
                                        datatype=XSD.decimal)))
    g.add((node, PG.sourceArticle, a))
    g.add((node, PROV.wasDerivedFrom, a))


def _fact(g: Graph, art: Article, a: URIRef, f: Fact) -> None:
    s, p, o = iri(f.subject), PG[f.predicate], iri(f.object)
    g.add((s, p, o))
    _evidence(g, art, a, s, p, o, f)


def _value(g: Graph, art: Article, a: URIRef, v: Value) -> None:
    s, p = iri(v.subject), PG[v.predicate]
    if v.datatype == "langString":
        o = Literal(v.value, lang="en")
    elif v.datatype == "string":
        o = Literal(v.value)
    else:
        o = Literal(v.value, datatype=XSD[v.datatype])
    g.add((s, p, o))
    _evidence(g, art, a, s, p, o, v)

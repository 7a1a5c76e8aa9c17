"""Why does the graph say this? Every fact about one entity, with the evidence behind it.

:func:`find_entity` resolves what a user types (an IRI, a prefixed name such as
``pgr:org/huawei``, a path below ``pgr:`` such as ``org/huawei``, or a label or
alternative label in any case) to one IRI; :func:`explain` collects every fact
with that entity as subject or object, each with its ``pg:Evidence``: the
sentence, the article, the rule and the confidence. Both read an Oxigraph store
(see :func:`policygraph.query.load_files`) and return plain dataclasses.

>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> store.load(input=EXAMPLE, format=ox.RdfFormat.TURTLE)
>>> find_entity(store, "lg uplus")
'https://w3id.org/policygraph/id/org/lg-uplus'
>>> ex = explain(store, "LG U+")
>>> fact = ex.facts[0]
>>> fact.predicate_name, fact.object_label, fact.evidence[0].rule
('pg:usesEquipmentFrom', 'Huawei', 'relations.usesEquipmentFrom')
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import pyoxigraph as ox

from policygraph.errors import InputError
from policygraph.query import PREFIXES

__all__ = ["Explanation", "Source", "Statement", "explain", "find_entity", "short_name"]

_PG = PREFIXES["pg"]
_PGR = PREFIXES["pgr"]
RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
RDFS_LABEL = ox.NamedNode(PREFIXES["rdfs"] + "label")
SKOS_ALT = ox.NamedNode(PREFIXES["skos"] + "altLabel")
_RDF_SUBJECT = ox.NamedNode(PREFIXES["rdf"] + "subject")
_RDF_PREDICATE = ox.NamedNode(PREFIXES["rdf"] + "predicate")
_RDF_OBJECT = ox.NamedNode(PREFIXES["rdf"] + "object")
_EVIDENCE = ox.NamedNode(_PG + "Evidence")
_HEADLINE = ox.NamedNode(PREFIXES["schema"] + "headline")
_MENTIONED_IN = ox.NamedNode(_PG + "mentionedIn")

# Descriptions rather than facts: shown in the header, never asked for evidence.
_DESCRIPTIVE = {RDF_TYPE, RDFS_LABEL, SKOS_ALT, _MENTIONED_IN,
                ox.NamedNode(_PG + "isoCode"), ox.NamedNode(_PG + "articleText")}

Subject = ox.NamedNode | ox.BlankNode | ox.Triple
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

EXAMPLE = """
@base <https://w3id.org/policygraph/id/> .
@prefix pg: <https://w3id.org/policygraph/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<org/lg-uplus> a pg:Telco ; rdfs:label "LG U+"@en ; skos:altLabel "LG Uplus"@en ;
    pg:usesEquipmentFrom <org/huawei> .
<org/huawei> a pg:Company ; rdfs:label "Huawei"@en .
<evidence/1> a pg:Evidence ; rdf:subject <org/lg-uplus> ; rdf:predicate pg:usesEquipmentFrom ;
    rdf:object <org/huawei> ; pg:evidenceText "LG U+ still uses Huawei equipment." ;
    pg:extractedBy "relations.usesEquipmentFrom" ; pg:confidence 0.8 ;
    pg:sourceArticle <article/a1> ; pg:startChar 0 ; pg:endChar 34 .
"""
"""A tiny graph for the examples in this module."""


@dataclass(frozen=True)
class Source:
    """One piece of evidence for a fact: where it was read and how sure the rule was."""

    evidence: str
    article: str | None
    headline: str | None
    sentence: str | None
    rule: str | None
    confidence: float | None
    start: int | None
    end: int | None


@dataclass(frozen=True)
class Statement:
    """A fact (or value) about the entity, with every piece of evidence for it.

    ``object`` is an IRI when ``object_is_iri``, else a literal's lexical form.
    """

    subject: str
    subject_label: str | None
    predicate: str
    predicate_name: str
    object: str
    object_label: str | None
    object_is_iri: bool
    evidence: tuple[Source, ...]


@dataclass(frozen=True)
class Explanation:
    """Everything the graph says about one entity."""

    iri: str
    label: str | None
    alt_labels: tuple[str, ...]
    types: tuple[str, ...]
    articles: tuple[str, ...]
    facts: tuple[Statement, ...]

    @property
    def unsupported(self) -> tuple[Statement, ...]:
        """The facts that no evidence supports (a well-built graph has none)."""
        return tuple(f for f in self.facts if not f.evidence)


def short_name(iri: str) -> str:
    """An IRI with the best-known prefix, e.g. ``pg:excludes`` or ``pgr:org/huawei``.

    >>> short_name("https://w3id.org/policygraph/ontology#excludes")
    'pg:excludes'
    """
    best = max(((p, ns) for p, ns in PREFIXES.items() if iri.startswith(ns)),
               key=lambda x: len(x[1]), default=None)
    return iri if best is None else f"{best[0]}:{iri[len(best[1]):]}"


def _text(term: Term) -> str:
    """The IRI, blank node id or lexical form of a term."""
    return str(term) if isinstance(term, ox.Triple) else str(term.value)


def _triples(store: ox.Store, s: Term | None, p: ox.NamedNode | None,
             o: Term | None) -> list[tuple[Subject, ox.NamedNode, Term]]:
    """Distinct triples matching a pattern in any graph of ``store``, sorted."""
    if isinstance(s, ox.Literal):
        return []
    found = {(q.subject, q.predicate, q.object)
             for q in store.quads_for_pattern(s, p, o, None)}
    return sorted(found, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))


def _objects(store: ox.Store, s: Term, p: ox.NamedNode) -> list[Term]:
    return [o for _, _, o in _triples(store, s, p, None)]


def _label(store: ox.Store, node: Term) -> str | None:
    labels = _objects(store, node, RDFS_LABEL)
    english = [lab for lab in labels if isinstance(lab, ox.Literal) and lab.language == "en"]
    chosen = english or labels
    return min(_text(lab) for lab in chosen) if chosen else None


def _exists(store: ox.Store, node: ox.NamedNode) -> bool:
    return (next(iter(store.quads_for_pattern(node, None, None, None)), None) is not None
            or next(iter(store.quads_for_pattern(None, None, node, None)), None) is not None)


def find_entity(store: ox.Store, ref: str) -> str:
    """The IRI of the entity ``ref`` names: an IRI, a prefixed name, a path below ``pgr:``, or
    a label or alternative label (case-insensitive; labels win over alternative labels).

    Raises :class:`~policygraph.errors.InputError` when nothing or several entities match.
    """
    text = ref.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    prefix, sep, local = text.partition(":")
    exact: str | None = None
    if sep and prefix in PREFIXES:
        exact = PREFIXES[prefix] + local.replace("\\", "")
    elif text.startswith(("http://", "https://", "urn:")):
        exact = text
    if exact is not None:
        if _exists(store, ox.NamedNode(exact)):
            return exact
        raise InputError(f"{ref!r}: no such entity in the graph")
    if "/" in text and " " not in text and _exists(store, ox.NamedNode(_PGR + text)):
        return _PGR + text

    wanted = text.casefold()
    all_labels: set[str] = set()
    for prop in (RDFS_LABEL, SKOS_ALT):
        found: set[str] = set()
        for s, _, o in _triples(store, None, prop, None):
            if not isinstance(s, ox.NamedNode) or not isinstance(o, ox.Literal):
                continue
            all_labels.add(str(o.value))
            if str(o.value).casefold() == wanted:
                found.add(str(s.value))
        matches = sorted(found)
        if len(matches) == 1:
            return matches[0]
        if matches:
            listed = ", ".join(f"{short_name(m)} ({_label(store, ox.NamedNode(m))})"
                               for m in matches)
            raise InputError(f"{ref!r} names several entities: {listed}; pass one of their IRIs")
    close = difflib.get_close_matches(text, sorted(all_labels), n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise InputError(f"{ref!r}: no entity has this IRI, label or alternative label{hint}")


def _number(term: Term | None) -> float | None:
    if isinstance(term, ox.Literal):
        try:
            return float(term.value)
        except ValueError:
            return None
    return None


def _sources(store: ox.Store, s: Subject, p: ox.NamedNode, o: Term) -> tuple[Source, ...]:
    sources = []
    for ev, _, _ in _triples(store, None, _RDF_SUBJECT, s):
        if (p not in _objects(store, ev, _RDF_PREDICATE)
                or o not in _objects(store, ev, _RDF_OBJECT)
                or _EVIDENCE not in _objects(store, ev, RDF_TYPE)):
            continue

        def one(local: str, node: Term = ev) -> Term | None:
            values = _objects(store, node, ox.NamedNode(_PG + local))
            return values[0] if values else None

        article = one("sourceArticle")
        headline = _objects(store, article, _HEADLINE) if article is not None else []
        sentence, rule = one("evidenceText"), one("extractedBy")
        start, end = _number(one("startChar")), _number(one("endChar"))
        sources.append(Source(
            evidence=_text(ev),
            article=article.value if isinstance(article, ox.NamedNode) else None,
            headline=_text(headline[0]) if headline else None,
            sentence=sentence.value if isinstance(sentence, ox.Literal) else None,
            rule=rule.value if isinstance(rule, ox.Literal) else None,
            confidence=_number(one("confidence")),
            start=None if start is None else int(start),
            end=None if end is None else int(end),
        ))
    sources.sort(key=lambda x: (-(x.confidence or 0.0), x.article or "", x.start or 0, x.evidence))
    return tuple(sources)


def _statement(store: ox.Store, s: Subject, p: ox.NamedNode, o: Term) -> Statement:
    return Statement(
        subject=_text(s), subject_label=_label(store, s),
        predicate=_text(p), predicate_name=short_name(_text(p)),
        object=_text(o), object_label=None if isinstance(o, ox.Literal) else _label(store, o),
        object_is_iri=isinstance(o, ox.NamedNode),
        evidence=_sources(store, s, p, o),
    )


def explain(store: ox.Store, ref: str) -> Explanation:
    """Every fact about the entity ``ref`` names (see :func:`find_entity`), as subject first,
    then as object, each with its evidence, most confident first."""
    iri = find_entity(store, ref)
    node = ox.NamedNode(iri)
    facts = [_statement(store, s, p, o) for s, p, o in _triples(store, node, None, None)
             if p not in _DESCRIPTIVE]
    for s, p, o in _triples(store, None, None, node):
        if p in _DESCRIPTIVE or _EVIDENCE in _objects(store, s, RDF_TYPE):
            continue
        facts.append(_statement(store, s, p, o))
    return Explanation(
        iri=iri,
        label=_label(store, node),
        alt_labels=tuple(sorted(_text(o) for o in _objects(store, node, SKOS_ALT))),
        types=tuple(sorted(_text(o) for o in _objects(store, node, RDF_TYPE))),
        articles=tuple(sorted(_text(o) for o in _objects(store, node, _MENTIONED_IN))),
        facts=tuple(facts),
    )

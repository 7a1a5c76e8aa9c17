"""What is in a graph: counts by class and by property, articles, and facts without evidence.

A fact is a triple using one of the 13 fact properties of the ontology contract
(``pg:basedIn`` ... ``pg:affiliatedWith``); a value is a triple using one of the
value properties (``pg:announcedOn``, ``pg:date``, ``pg:role``, ...). The builder
gives every fact and value a ``pg:Evidence``, so :attr:`Stats.without_evidence`
is 0 for a graph policygraph built. Triples are counted once however many
named graphs hold them.

>>> import pyoxigraph as ox
>>> from policygraph.explain import EXAMPLE
>>> store = ox.Store()
>>> store.load(input=EXAMPLE, format=ox.RdfFormat.TURTLE)
>>> s = stats(store)
>>> s.facts, s.evidence, s.without_evidence
(1, 1, 0)
>>> [(c.name, c.count) for c in s.classes]
[('pg:Company', 1), ('pg:Evidence', 1), ('pg:Telco', 1)]
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from policygraph.explain import short_name
from policygraph.query import PREFIXES

__all__ = ["FACT_PROPERTIES", "VALUE_PROPERTIES", "Count", "Fact", "Stats", "stats"]

FACT_PROPERTIES = (
    "basedIn", "promotedBy", "announcedBy", "excludes", "urgedToJoin", "participatesIn",
    "usesEquipmentFrom", "linkedWith", "partOf", "participant", "ledBy", "discussed",
    "affiliatedWith",
)
"""The properties between entities (the facts of the ontology contract)."""

VALUE_PROPERTIES = ("announcedOn", "status", "date", "mode", "duration", "ordinal", "topic", "role")
"""The properties whose values come from the text and carry evidence."""

ENTITY_CLASSES = ("Country", "Organization", "Person", "Policy", "Meeting")


@dataclass(frozen=True)
class Count:
    """How many times a class (instances) or a property (triples) occurs."""

    iri: str
    name: str
    count: int


@dataclass(frozen=True)
class Fact:
    """A fact or value triple, as IRIs (or the object's lexical form)."""

    subject: str
    predicate: str
    object: str


@dataclass(frozen=True)
class Stats:
    """Counts describing a graph."""

    triples: int
    graphs: int
    articles: int
    entities: int
    facts: int
    values: int
    evidence: int
    without_evidence: int
    unsupported: tuple[Fact, ...]
    classes: tuple[Count, ...]
    properties: tuple[Count, ...]


def _select(store: ox.Store, text: str) -> list[list[str]]:
    solutions = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    names = [v.value for v in solutions.variables]
    rows = []
    for solution in solutions:
        row = []
        for name in names:
            term = solution[name]
            row.append("" if term is None or isinstance(term, ox.Triple) else str(term.value))
        rows.append(row)
    return rows


def _count(store: ox.Store, where: str) -> int:
    rows = _select(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    return int(rows[0][0])


def _values(names: tuple[str, ...]) -> str:
    return " ".join(f"pg:{n}" for n in names)


def stats(store: ox.Store) -> Stats:
    """Count what ``store`` holds, over the union of its graphs."""
    distinct = "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }"
    classes = _select(store, "SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c } "
                             "GROUP BY ?c ORDER BY ?c")
    properties = _select(store, f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ {{ {distinct} }} }} "
                                "GROUP BY ?p ORDER BY ?p")
    supported = "FILTER NOT EXISTS { ?e a pg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; " \
                "rdf:object ?o }"
    props = _values(FACT_PROPERTIES + VALUE_PROPERTIES)
    unsupported = _select(store, f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {props} }} "
                                 f"?s ?p ?o {supported} }} ORDER BY ?s ?p ?o")
    return Stats(
        triples=_count(store, f"{{ {distinct} }}"),
        graphs=len(list(store.named_graphs())),
        articles=_count(store, "SELECT DISTINCT ?a WHERE { ?a a pg:Article }"),
        entities=_count(store, "SELECT DISTINCT ?x WHERE { VALUES ?c { "
                               f"{_values(ENTITY_CLASSES)} }} ?x a ?c }}"),
        facts=_count(store, "SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?p { "
                            f"{_values(FACT_PROPERTIES)} }} ?s ?p ?o }}"),
        values=_count(store, "SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?p { "
                             f"{_values(VALUE_PROPERTIES)} }} ?s ?p ?o }}"),
        evidence=_count(store, "SELECT DISTINCT ?e WHERE { ?e a pg:Evidence }"),
        without_evidence=len(unsupported),
        unsupported=tuple(Fact(*row) for row in unsupported),
        classes=tuple(Count(c, short_name(c), int(n)) for c, n in classes),
        properties=tuple(Count(p, short_name(p), int(n)) for p, n in properties),
    )

"""Writing graphs: one function per output format, byte-identical output for the same input.

Every writer is a pure function of the *set* of triples or quads it is given:
subjects, predicates, objects and graphs are sorted, so the insertion order of
the rdflib store, hash seeds and the process never show in the output, and a
committed file diffs cleanly. Blank nodes (the builder mints none) are
relabelled canonically first.

- :func:`turtle`: readable Turtle. ``@base <https://w3id.org/policygraph/id/>``
  shortens the graph's own IRIs (``<org/huawei>``), the prefixes in use are
  declared, and subjects are grouped: articles, countries, organisations,
  people, policies, meetings, anything else, then the evidence (sorted by the
  fact it supports).
- :func:`ntriples` and :func:`nquads`: one statement per line, lines sorted.
- :func:`trig`: one block per named graph (``pgr:graph/entities`` first, then
  one per article), each laid out like :func:`turtle`.
- :func:`jsonld`: compacted with the context shipped in
  ``ontology/context.jsonld``, embedded in the document so that no reader ever
  fetches a remote context; node objects and value arrays are sorted.

>>> from rdflib import Graph, Literal, URIRef
>>> from rdflib.namespace import RDFS
>>> g = Graph()
>>> kt = URIRef("https://w3id.org/policygraph/id/org/kt")
>>> _ = g.add((kt, RDFS.label, Literal("KT", lang="en")))
>>> print(turtle(g), end="")
@base <https://w3id.org/policygraph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<BLANKLINE>
# Other things
<org/kt> rdfs:label "KT"@en .
>>> print(ntriples(g), end="")
<https://w3id.org/policygraph/id/org/kt> <http://www.w3.org/2000/01/rdf-schema#label> "KT"@en .
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeAlias

from rdflib import RDF, RDFS, XSD, BNode, ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.plugins.serializers.jsonld import Converter
from rdflib.plugins.shared.jsonld.context import Context
from rdflib.term import IdentifiedNode, Identifier, Node

from policygraph.errors import InputError
from policygraph.graph import deferred_quads, deferred_triples
from policygraph.vocab import PG, PGR, ontology_path

__all__ = [
    "BASE",
    "FORMATS",
    "PREFIXES",
    "Format",
    "format_for",
    "jsonld",
    "jsonld_context",
    "nquads",
    "ntriples",
    "serialize",
    "trig",
    "turtle",
    "write",
]

BASE = str(PGR)
"""The base IRI of Turtle and TriG output: the namespace of the graph's own things."""

PREFIXES: dict[str, str] = {
    "owl": "http://www.w3.org/2002/07/owl#",
    "pg": str(PG._NS),
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": "https://schema.org/",
    "skos": str(SKOS),
    "xsd": str(XSD),
}
"""Prefixes Turtle and TriG may use; only those that occur are declared."""

ENTITY_GRAPH = URIRef(f"{BASE}graph/entities")

Subject: TypeAlias = URIRef | BNode
Object: TypeAlias = URIRef | BNode | Literal
Triple: TypeAlias = tuple[Subject, URIRef, Object]
Quad: TypeAlias = tuple[Subject, URIRef, Object, URIRef | BNode | None]


@dataclass(frozen=True)
class Format:
    """An output format: its name, rdflib's name for it, file suffix and whether it keeps graphs."""

    name: str
    rdflib: str
    suffix: str
    quads: bool


FORMATS = {
    "turtle": Format("turtle", "turtle", ".ttl", False),
    "ntriples": Format("ntriples", "nt", ".nt", False),
    "nquads": Format("nquads", "nquads", ".nq", True),
    "trig": Format("trig", "trig", ".trig", True),
    "jsonld": Format("jsonld", "json-ld", ".jsonld", False),
}
_SUFFIXES = {f.suffix: f.name for f in FORMATS.values()} | {".json": "jsonld", ".n3": "turtle"}


def format_for(path: Path | None, explicit: str | None) -> Format:
    """The format named, else the one the output file's suffix implies, else Turtle.

    >>> format_for(Path("out.nq"), None).name, format_for(None, "trig").name
    ('nquads', 'trig')
    """
    if explicit:
        if explicit not in FORMATS:
            raise InputError(f"unknown format {explicit!r}; choose one of {', '.join(FORMATS)}")
        return FORMATS[explicit]
    if path is not None and path.suffix.lower() in _SUFFIXES:
        return FORMATS[_SUFFIXES[path.suffix.lower()]]
    return FORMATS["turtle"]


# --------------------------------------------------------------------------- quads in


def _quads(data: Graph) -> list[Quad]:
    """The distinct quads of a dataset (graph ``None`` for the default graph) or triples of a
    graph, with blank nodes relabelled canonically when there are any."""
    default_ids: set[Node] = {URIRef("urn:x-rdflib:default")}
    deferred = deferred_quads(data)
    if deferred is not None:  # a built dataset still deferred: read without indexing it
        default_ids.add(data.default_context.identifier)  # type: ignore[attr-defined]
        quads: set[Quad] = {(s, p, o, None if g in default_ids else g)  # type: ignore[misc]
                            for s, p, o, g in deferred}
    elif isinstance(data, ConjunctiveGraph):
        default_ids.add(data.default_context.identifier)
        quads = set()
        for s, p, o, g in data.quads((None, None, None, None)):
            name = getattr(g, "identifier", g)
            graph = None if name is None or name in default_ids else name
            quads.add((s, p, o, graph))  # type: ignore[arg-type]
    else:
        quads = {(s, p, o, None) for s, p, o in data}  # type: ignore[misc]
    if any(isinstance(t, BNode) for q in quads for t in q):
        return _canonical_blank_nodes(quads)
    return list(quads)


def _triples(data: Graph) -> Iterable[Triple]:
    """The triples of ``data``, every graph merged, as :func:`_quads` gives them, but a
    triple may come more than once.

    A dataset built by :func:`policygraph.graph.add_extraction` whose statements are still
    deferred (:class:`policygraph.graph.DeferredMemory`) is read without indexing them.
    """
    triples = deferred_triples(data)
    if triples is not None and not any(
            issubclass(kind, BNode) for kind in {type(t) for triple in triples for t in triple}):
        return triples  # type: ignore[return-value]
    return [(s, p, o) for s, p, o, _ in _quads(data)]


def _canonical_blank_nodes(quads: Iterable[Quad]) -> list[Quad]:
    """Relabel blank nodes with Oxigraph's canonicalisation, a function of the dataset alone.

    Oxigraph sees every IRI and literal as an opaque IRI named by a hash of the term, so
    nothing but the blank node labels changes (not even the case of a language tag).
    """
    import hashlib

    import pyoxigraph as ox

    terms: dict[str, Node] = {}

    def to_ox(t: Node) -> ox.NamedNode | ox.BlankNode:
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        key = _nt_term(t)
        iri = "urn:x-policygraph:term:" + hashlib.sha256(key.encode("utf-8")).hexdigest()
        terms[iri] = t
        return ox.NamedNode(iri)

    def from_ox(t: object) -> Node:
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        assert isinstance(t, ox.NamedNode)
        return terms[t.value]

    ds = ox.Dataset()
    for s, p, o, g in quads:
        name = ox.DefaultGraph() if g is None else to_ox(g)
        predicate = to_ox(p)
        assert isinstance(predicate, ox.NamedNode)
        ds.add(ox.Quad(to_ox(s), predicate, to_ox(o), name))
    ds.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    out: list[Quad] = []
    for q in ds:
        graph = None if isinstance(q.graph_name, ox.DefaultGraph) else from_ox(q.graph_name)
        quad = (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), graph)
        out.append(quad)  # type: ignore[arg-type]
    return out


# --------------------------------------------------------------------------- terms

_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r",
            ord("\t"): "\\t", ord("\b"): "\\b", ord("\f"): "\\f"}
_ESCAPES |= {c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if c not in _ESCAPES}
_LONG_ESCAPES = {k: v for k, v in _ESCAPES.items() if k != ord("\n")}
_IRI_ESCAPES = {c: f"\\u{c:04X}" for c in [*range(0x21), *map(ord, '<>"{}|^`\\')]}
_PN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_RELATIVE = re.compile(r"[A-Za-z0-9_~-][A-Za-z0-9._~-]*(?:/[A-Za-z0-9._~-]+)*")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+")


def _escaper(table: dict[int, str]) -> Callable[[str], str]:
    """``text.translate(table)`` for a table of single characters, found by one regular
    expression: ``str.translate`` looks every character up (about 100 ns each, most of
    a sentence's time), where the expression scans in C and replaces the few it finds.

    >>> _escaper({ord("<"): "&lt;", ord(">"): "&gt;"})("a <b> c")
    'a &lt;b&gt; c'
    """
    found = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")
    by_char = {chr(c): escaped for c, escaped in table.items()}

    def escape(text: str) -> str:
        return found.sub(lambda m: by_char[m.group()], text)

    return escape


_escape = _escaper(_ESCAPES)
_escape_long = _escaper(_LONG_ESCAPES)
_escape_iri = _escaper(_IRI_ESCAPES)


def _string(text: str, long: bool = False) -> str:
    if long and "\n" in text:
        return '"""' + _escape_long(text) + '"""'
    return '"' + _escape(text) + '"'


def _nt_term(t: Node) -> str:
    """A term in N-Triples syntax."""
    if isinstance(t, URIRef):
        return "<" + _escape_iri(str(t)) + ">"
    if isinstance(t, BNode):
        return "_:" + str(t)
    assert isinstance(t, Literal)
    if t.language:
        return _string(str(t)) + "@" + t.language
    if t.datatype is None or t.datatype == XSD.string:
        return _string(str(t))
    return _string(str(t)) + "^^" + _nt_term(t.datatype)


class _TurtleTerms:
    """Writes terms in Turtle, shortening IRIs with the base and prefixes, recording which
    prefixes it used. The form of each IRI is worked out once."""

    def __init__(self, long_strings: bool) -> None:
        self.long_strings = long_strings
        self.used: set[str] = set()
        self._by_ns = sorted(((ns, p) for p, ns in PREFIXES.items()), key=lambda x: -len(x[0]))
        self._iris: dict[str, str] = {}
        self._predicates: dict[URIRef, tuple[tuple[bool, int, str], str, bool]] = {}

    def iri(self, iri: str) -> str:
        if iri == _RDF_TYPE_IRI:
            return "a"
        return self._iri(iri)

    def predicate(self, p: URIRef) -> tuple[tuple[bool, int, str], str, bool]:
        """How ``p`` sorts among a subject's predicates, how it is written, and whether it
        is ``rdf:type``."""
        found = self._predicates.get(p)
        if found is None:
            written = self.iri(str(p))
            key = (p == _ARTICLE_TEXT, _FIRST.get(p, len(_FIRST)), written)
            found = self._predicates[p] = (key, written, p == _RDF_TYPE)
        return found

    def _iri(self, iri: str) -> str:
        written = self._iris.get(iri)
        if written is None:
            written = self._iris[iri] = self._shorten(iri)
        return written

    def _shorten(self, iri: str) -> str:
        if iri.startswith(BASE):
            rest = iri[len(BASE):]
            if _RELATIVE.fullmatch(rest) and not any(
                    seg in {".", ".."} for seg in rest.split("/")):
                return f"<{rest}>"
        for ns, prefix in self._by_ns:
            if iri.startswith(ns) and _PN_LOCAL.fullmatch(iri[len(ns):]):
                self.used.add(prefix)
                return f"{prefix}:{iri[len(ns):]}"
        return "<" + _escape_iri(iri) + ">"

    def term(self, t: Node) -> str:
        if isinstance(t, URIRef):
            return self._iri(str(t))
        if isinstance(t, BNode):
            return "_:" + str(t)
        assert isinstance(t, Literal)
        text = _string(str(t), self.long_strings)
        if t.language:
            return text + "@" + t.language
        dt = t.datatype
        if dt is None or dt == _XSD_STRING:
            return text
        lexical = str(t)
        if ((dt == _XSD_INTEGER and _INTEGER.fullmatch(lexical))
                or (dt == _XSD_DECIMAL and _DECIMAL.fullmatch(lexical))
                or (dt == _XSD_BOOLEAN and lexical in {"true", "false"})):
            return lexical
        return text + "^^" + self.term(dt)

    def header(self) -> list[str]:
        lines = [f"@base <{BASE}> ."]
        lines += [f"@prefix {p}: <{PREFIXES[p]}> ." for p in sorted(self.used)]
        return lines


# --------------------------------------------------------------------------- Turtle & TriG

_SECTIONS: tuple[tuple[str, URIRef | None], ...] = (
    ("Articles", PG.Article), ("Countries", PG.Country), ("Organisations", PG.Organization),
    ("People", PG.Person), ("Policies", PG.Policy), ("Meetings", PG.Meeting),
    ("Other things", None), ("Evidence", PG.Evidence),
)
_FIRST_PREDICATES = (RDF.type, RDFS.label, SKOS.altLabel, RDF.subject, RDF.predicate, RDF.object)
_TYPE_ORDER = {PG.Telco: 0, PG.Company: 1, PG.GovernmentBody: 2, PG.Organization: 3}
_WIDTH = 100
# Terms looked up once: a DefinedNamespace attribute costs a call each time.
_RDF_TYPE = RDF.type
_RDF_TYPE_IRI = str(RDF.type)
_ARTICLE_TEXT = PG.articleText
_XSD_STRING, _XSD_INTEGER, _XSD_DECIMAL, _XSD_BOOLEAN = (
    XSD.string, XSD.integer, XSD.decimal, XSD.boolean)
_FIRST = {p: i for i, p in enumerate(_FIRST_PREDICATES)}
_EVIDENCE_PARTS = (RDF.subject, RDF.predicate, RDF.object)
_SECTION_CLASSES = tuple((i, cls) for i, (_, cls) in enumerate(_SECTIONS) if cls is not None)
_OTHER = 6
_EVIDENCE = 7

_Props: TypeAlias = dict[URIRef, dict[Object, None]]
"""A subject's statements: its predicates, each with its distinct objects (in a dict)."""


def _kind(t: Node | None) -> int:
    return 0 if isinstance(t, URIRef) else 1 if isinstance(t, BNode) else 2


def _types(triples: Iterable[Triple]) -> dict[Subject, set[Object]]:
    types: dict[Subject, set[Object]] = defaultdict(set)
    for s, p, o in triples:
        if p == _RDF_TYPE:
            types[s].add(o)
    return types


def _group(triples: Iterable[Triple]) -> dict[Subject, _Props]:
    """The triples by subject and predicate; a triple given twice counts once."""
    by_subject: dict[Subject, _Props] = {}
    last: Subject | None = None
    props: _Props = {}
    for s, p, o in triples:
        if s is not last:  # a subject's statements mostly come together
            props = by_subject.setdefault(s, {})
            last = s
        objs = props.get(p)
        if objs is None:
            objs = props[p] = {}
        objs[o] = None
    return by_subject


def _blocks(triples: Iterable[Triple], terms: _TurtleTerms,
            types: Mapping[Subject, Container[Object]]) -> list[str]:
    """The statements of one graph, grouped by subject, as sorted Turtle blocks; ``types``
    (from every graph) decides the section a subject is written in."""
    return _layout(_group(triples), terms, types)


def _layout(by_subject: dict[Subject, _Props], terms: _TurtleTerms,
            types: Mapping[Subject, Container[Object]]) -> list[str]:
    keyed: list[tuple[tuple[int, tuple[str, ...], int, str], Subject, _Props]] = []
    for s, props in by_subject.items():
        sec = _OTHER
        classes = types.get(s)
        if classes:
            for i, cls in _SECTION_CLASSES:
                if cls in classes:
                    sec = i
                    break
        evidence: tuple[str, ...] = ()
        if sec == _EVIDENCE:
            evidence = tuple(min((_nt_term(o) for o in props.get(p, ())), default="")
                             for p in _EVIDENCE_PARTS)
        keyed.append(((sec, evidence, _kind(s), str(s)), s, props))
    keyed.sort(key=lambda k: k[0])
    lines: list[str] = []
    current = -1
    for key, s, props in keyed:
        if key[0] != current:
            current = key[0]
            lines.append(f"# {_SECTIONS[current][0]}")
        lines.append(_statement(s, props, terms))
    return lines


def _statement(s: Subject, props: _Props, terms: _TurtleTerms) -> str:
    order = sorted(((terms.predicate(p), p) for p in props), key=lambda x: x[0][0])
    parts = []
    for (_, written, is_type), p in order:
        objs = props[p]
        if len(objs) == 1:
            texts = [terms.term(o) for o in objs]
        else:
            texts = [t for _, _, t in sorted(
                {(_TYPE_ORDER.get(o, 9) if is_type and isinstance(o, URIRef) else 9, _kind(o),
                  terms.term(o)) for o in objs})]
        one_line = f"{written} " + " , ".join(texts)
        if len(one_line) <= _WIDTH - 4 and not any("\n" in t for t in texts):
            parts.append(one_line)
        else:
            parts.append(f"{written} " + " ,\n        ".join(texts))
    return terms.term(s) + " " + " ;\n    ".join(parts) + " .\n"


def turtle(data: Graph) -> str:
    """``data`` (a graph, or every graph of a dataset merged) as readable, sorted Turtle.

    >>> from rdflib import Graph
    >>> turtle(Graph())
    '@base <https://w3id.org/policygraph/id/> .\\n'
    """
    by_subject = _group(_triples(data))
    types = {s: objs for s, props in by_subject.items()
             if (objs := props.get(_RDF_TYPE)) is not None}
    terms = _TurtleTerms(long_strings=True)
    body = _layout(by_subject, terms, types)
    return "\n".join(terms.header()) + "\n" + ("\n" if body else "") + "\n".join(body)


def trig(data: Graph) -> str:
    """``data`` as TriG: the default graph first, then each named graph in a block, the entity
    graph before the article graphs.

    >>> from rdflib import Dataset, Literal, URIRef
    >>> ds = Dataset()
    >>> g = ds.graph(URIRef("https://w3id.org/policygraph/id/article/a1"))
    >>> kt = URIRef("https://w3id.org/policygraph/id/org/kt")
    >>> _ = g.add((kt, URIRef("https://schema.org/name"), Literal("KT")))
    >>> print(trig(ds), end="")
    @base <https://w3id.org/policygraph/id/> .
    @prefix schema: <https://schema.org/> .
    <BLANKLINE>
    <article/a1> {
        # Other things
        <org/kt> schema:name "KT" .
    }
    """
    graphs: dict[URIRef | BNode | None, set[Triple]] = defaultdict(set)
    quads = _quads(data)
    for s, p, o, g in quads:
        graphs[g].add((s, p, o))
    types = _types((s, p, o) for s, p, o, _ in quads)
    terms = _TurtleTerms(long_strings=False)
    names = sorted(graphs, key=lambda g: (g is not None, g != ENTITY_GRAPH, _kind(g), str(g)))
    chunks = []
    for g in names:
        body = _blocks(graphs[g], terms, types)
        if g is None:
            chunks.append("\n".join(body))
        else:
            inner = "".join(f"    {line}\n" if line else "\n"
                            for line in "\n".join(body).rstrip("\n").split("\n"))
            chunks.append(f"{terms.term(g)} {{\n{inner}}}\n")
    header = "\n".join(terms.header()) + "\n"
    return header + ("\n" if chunks else "") + "\n".join(chunks)


# --------------------------------------------------------------------------- line formats


def ntriples(data: Graph) -> str:
    """``data`` (every graph merged) as N-Triples, one line per triple, lines sorted."""
    lines = {f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)} .\n" for s, p, o in _triples(data)}
    return "".join(sorted(lines))


def nquads(data: Graph) -> str:
    """``data`` as N-Quads, each triple with its graph's name, lines sorted.

    >>> from rdflib import Dataset, Literal, URIRef
    >>> ds = Dataset()
    >>> _ = ds.graph(URIRef("http://example.org/g")).add(
    ...     (URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal("o")))
    >>> print(nquads(ds), end="")
    <http://example.org/s> <http://example.org/p> "o" <http://example.org/g> .
    """
    lines = set()
    for s, p, o, g in _quads(data):
        name = "" if g is None else " " + _nt_term(g)
        lines.add(f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)}{name} .\n")
    return "".join(sorted(lines))


# --------------------------------------------------------------------------- JSON-LD


def jsonld_context() -> dict[str, object]:
    """The JSON-LD context shipped in ``ontology/context.jsonld`` (prefixes and pg terms).

    >>> ctx = jsonld_context()
    >>> ctx["pg"], ctx["excludes"]
    ('https://w3id.org/policygraph/ontology#', {'@id': 'pg:excludes', '@type': '@id'})
    """
    data = json.loads(ontology_path("context.jsonld").read_text("utf-8"))
    return dict(data["@context"])


def _sorted_json(value: object, key: str = "") -> object:
    """Sort JSON-LD arrays (unordered sets) and keys, but never an ``@list`` or the context."""
    if isinstance(value, dict):
        return {k: (v if k == "@context" else _sorted_json(v, k)) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        if key == "@list":
            return items
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


_XSD_DOUBLE = str(XSD.double)


def _lexical(value: object, key: str = "") -> object:
    """Undo rdflib's native JSON numbers where JSON-LD would read them back differently.

    rdflib writes an ``xsd:double`` as a JSON number (``1500.0``), which JSON-LD reads back
    as an ``xsd:integer``; typed values with a native ``@value`` keep their type only as a
    string. Strings carry the lexical form exactly.
    """
    if isinstance(value, dict):
        if "@value" in value and "@type" in value and not isinstance(value["@value"], str):
            raw = value["@value"]
            text = ("true" if raw else "false") if isinstance(raw, bool) else repr(raw)
            return {**value, "@value": text}
        keep = {"@context", "@id", "@type", "@language", "@value", "@index"}
        return {k: (v if k in keep else _lexical(v, k)) for k, v in value.items()}
    if isinstance(value, list):
        return [_lexical(v, key) for v in value]
    if isinstance(value, float) and key:
        return {"@type": _XSD_DOUBLE, "@value": repr(value)}
    return value


class _SafeConverter(Converter):
    """rdflib's JSON-LD converter, keeping values that JSON reads as false.

    rdflib 7 appends a second value for a key only when the first one is truthy, so a
    subject whose first value for a property is ``""``, ``0`` or ``false`` loses it to
    the next value (which one comes first depends on set order). Wrapping such a value
    in a one-element array right after it is added keeps every value.
    """

    def add_to_node(self, graph: Graph, s: IdentifiedNode, p: IdentifiedNode, o: Identifier,
                    s_node: dict[str, object], nodemap: dict[str, object]) -> None:
        super().add_to_node(graph, s, p, o, s_node, nodemap)
        for key, value in s_node.items():
            if not isinstance(value, (list, dict)) and not value:
                s_node[key] = [value]


def jsonld(data: Graph) -> str:
    """``data`` (every graph merged) as JSON-LD compacted with the shipped context.

    The context is embedded, so parsing the output needs no network; it parses back
    to an isomorphic graph.

    >>> from rdflib import Graph, Literal, URIRef
    >>> from policygraph.vocab import PG
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://w3id.org/policygraph/id/org/kt"), PG.basedIn,
    ...            URIRef("https://w3id.org/policygraph/id/country/KR")))
    >>> doc = json.loads(jsonld(g))
    >>> {k: v for k, v in doc.items() if k != "@context"}
    ... # doctest: +NORMALIZE_WHITESPACE
    {'@id': 'https://w3id.org/policygraph/id/org/kt',
     'basedIn': 'https://w3id.org/policygraph/id/country/KR'}
    """
    graph = Graph()
    for s, p, o, _ in _quads(data):
        graph.add((s, p, o))
    if len(graph) == 0:
        return json.dumps({"@context": jsonld_context()}, indent=2, ensure_ascii=False) + "\n"
    context = jsonld_context()
    converted = _SafeConverter(Context(context), use_native_types=False,
                               use_rdf_type=False).convert(graph)
    body = converted if isinstance(converted, dict) else {"@graph": converted}
    doc = _sorted_json(_lexical({**body, "@context": context}))
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- dispatch

_WRITERS: dict[str, Callable[[Graph], str]] = {
    "turtle": turtle, "ntriples": ntriples, "nquads": nquads, "trig": trig, "jsonld": jsonld,
}


def serialize(data: Graph, fmt: Format) -> str:
    """``data`` (a graph or a dataset) as text in ``fmt``; triple formats merge the graphs.

    >>> from rdflib import Graph
    >>> serialize(Graph(), FORMATS["nquads"])
    ''
    """
    return _WRITERS[fmt.name](data)


def write(data: Graph, fmt: Format, out: IO[str] | Path) -> None:
    """Write ``data`` in ``fmt`` (UTF-8) to a path, atomically, or to an open text stream."""
    text = serialize(data, fmt)
    if isinstance(out, Path):
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        tmp.write_bytes(text.encode("utf-8"))
        tmp.replace(out)
        return
    buffer = getattr(out, "buffer", None)
    if buffer is not None:
        out.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        out.write(text)

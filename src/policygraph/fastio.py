"""Fast writers for big outputs: streaming N-Quads/N-Triples, and Turtle through Oxigraph.

:mod:`policygraph.serialize` writes the readable, sectioned files a person
commits and diffs; it holds the whole graph in memory. The writers here are for
corpora of thousands of articles:

- :class:`StreamWriter` writes each article's statements as soon as the article
  is extracted, so memory stays flat however large the corpus grows. Lines are
  sorted and unique within an article; articles come in input order. The entity
  descriptions shared between articles (``pgr:graph/entities``) are written once,
  with the first article that needs them. ``sort -u`` of the output is exactly
  :func:`policygraph.serialize.nquads` (or ``ntriples``) of the batch build.
- :func:`write_ntriples` and :func:`write_turtle` write a whole graph fast:
  statements are formatted once, sorted, and Turtle is laid out by Oxigraph's
  serializer (subjects in sorted order, the project's prefixes), not by rdflib.

>>> import io
>>> from policygraph.model import Article, Extraction
>>> buf = io.BytesIO()
>>> w = StreamWriter(buf, graphs=True)
>>> w.write(Extraction(Article(id="a1", text="Hi."), (), (), ()))
>>> lines = buf.getvalue().decode().splitlines()
>>> lines == sorted(lines) and w.count == len(lines)
True
>>> lines[0]  # doctest: +NORMALIZE_WHITESPACE
'<https://w3id.org/policygraph/id/article/a1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>
 <https://w3id.org/policygraph/ontology#Article> <https://w3id.org/policygraph/id/article/a1> .'
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, TypeAlias, cast

from rdflib import XSD, BNode, ConjunctiveGraph, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from policygraph.graph import ENTITY_GRAPH, PREFIXES, add_extraction
from policygraph.model import Extraction
from policygraph.vocab import PGR

__all__ = [
    "OxTriples",
    "StreamWriter",
    "extraction_quads",
    "nt_term",
    "sorted_ntriples",
    "stream_to",
    "write_ntriples",
    "write_turtle",
]

Quad: TypeAlias = tuple[Node, Node, Node, Node]

# The same escapes as policygraph.serialize, so that the lines are byte-identical.
_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r",
            ord("\t"): "\\t", ord("\b"): "\\b", ord("\f"): "\\f"}
_ESCAPES |= {c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if c not in _ESCAPES}
_IRI_ESCAPES = {c: f"\\u{c:04X}" for c in [*range(0x21), *map(ord, '<>"{}|^`\\')]}
_XSD_STRING = str(XSD.string)


@lru_cache(maxsize=8192)
def _iri(iri: str) -> str:
    # A small cache: the predicates, classes and entities recur in every article; the
    # evidence IRIs only within one, so memory must not grow with the corpus.
    return "<" + iri.translate(_IRI_ESCAPES) + ">"


def nt_term(t: Node) -> str:
    """A term in N-Triples syntax, exactly as :mod:`policygraph.serialize` writes it.

    >>> nt_term(Literal('say "hi"\\n', lang="en"))
    '"say \\\\"hi\\\\"\\\\n"@en'
    >>> nt_term(Literal("3", datatype=XSD.integer))
    '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    if isinstance(t, URIRef):
        return _iri(str(t))
    if isinstance(t, BNode):
        return "_:" + str(t)
    assert isinstance(t, Literal)
    text = '"' + str(t).translate(_ESCAPES) + '"'
    if t.language:
        return text + "@" + t.language
    dt = t.datatype
    if dt is None or str(dt) == _XSD_STRING:
        return text
    return text + "^^" + _iri(str(dt))


class _GraphSink:
    """Stands in for one rdflib graph: ``add`` records the triple with the graph's name."""

    __slots__ = ("name", "quads")

    def __init__(self, name: URIRef, quads: list[Quad]) -> None:
        self.name = name
        self.quads = quads

    def add(self, triple: tuple[Node, Node, Node]) -> _GraphSink:
        self.quads.append((triple[0], triple[1], triple[2], self.name))
        return self


class _QuadSink:
    """Stands in for the rdflib Dataset :func:`policygraph.graph.add_extraction` fills."""

    def __init__(self) -> None:
        self.quads: list[Quad] = []

    def graph(self, name: URIRef) -> _GraphSink:
        return _GraphSink(name, self.quads)


def extraction_quads(ex: Extraction) -> list[Quad]:
    """The quads :func:`policygraph.graph.add_extraction` adds for ``ex``, without a store.

    rdflib's in-memory store indexes every triple three ways; a writer that only
    streams the statements out needs none of that, so the graph code writes into a
    list instead (the same code, so the statements are the same).

    >>> from policygraph.model import Article, Extraction
    >>> quads = extraction_quads(Extraction(Article(id="a1", text="Hi."), (), (), ()))
    >>> sorted({str(q[3]) for q in quads})
    ['https://w3id.org/policygraph/id/article/a1']
    """
    sink = _QuadSink()
    add_extraction(cast(Dataset, sink), ex)
    return sink.quads


class StreamWriter:
    """Write extractions as N-Quads (``graphs=True``) or N-Triples, one article at a time.

    The only state kept between articles is the set of entity-graph lines already
    written, which grows with the number of distinct entities, not articles.
    """

    def __init__(self, out: IO[bytes], *, graphs: bool = True) -> None:
        self.out = out
        self.graphs = graphs
        self.count = 0
        self._entity_lines: set[str] = set()
        self._entity_graph = nt_term(ENTITY_GRAPH)

    def lines(self, ex: Extraction) -> list[str]:
        """The new lines for ``ex``, sorted (entity lines already written are left out)."""
        fresh: set[str] = set()
        entities = self._entity_lines
        for s, p, o, g in extraction_quads(ex):
            name = nt_term(g)
            if self.graphs:
                line = f"{nt_term(s)} {nt_term(p)} {nt_term(o)} {name} .\n"
            else:
                line = f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n"
            if name == self._entity_graph:
                if line in entities:
                    continue
                entities.add(line)
            fresh.add(line)
        return sorted(fresh)

    def write(self, ex: Extraction) -> None:
        """Write one article's statements."""
        lines = self.lines(ex)
        self.out.write("".join(lines).encode("utf-8"))
        self.count += len(lines)


# --------------------------------------------------------------------------- whole graphs


def _triples(data: Graph | Iterable[Quad]) -> Iterator[tuple[Node, Node, Node]]:
    if isinstance(data, ConjunctiveGraph):
        for s, p, o, _ in data.quads((None, None, None, None)):
            yield s, p, o
    elif isinstance(data, Graph):
        yield from data.triples((None, None, None))
    else:
        for s, p, o, _ in data:
            yield s, p, o


def sorted_ntriples(data: Graph | Iterable[Quad]) -> list[str]:
    """The distinct triples of ``data`` (every graph merged) as sorted N-Triples lines.

    Blank nodes keep their labels (the builder mints none); for canonical labels
    use :func:`policygraph.serialize.ntriples`.

    >>> g = Graph()
    >>> _ = g.add((URIRef("http://x/s"), URIRef("http://x/p"), Literal("o")))
    >>> sorted_ntriples(g)
    ['<http://x/s> <http://x/p> "o" .\\n']
    """
    return sorted({f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n" for s, p, o in _triples(data)})


def _open(out: IO[bytes] | Path) -> tuple[IO[bytes], Path | None]:
    if isinstance(out, Path):
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        return tmp.open("wb"), tmp
    return out, None


def _close(handle: IO[bytes], tmp: Path | None, out: IO[bytes] | Path) -> None:
    if tmp is not None and isinstance(out, Path):
        handle.close()
        tmp.replace(out)
    else:
        handle.flush()


class OxTriples:
    """Distinct triples in sorted order, held by Oxigraph: what the fast writers write.

    A graph of a million triples costs about a third of the memory of an rdflib
    ``Graph``, and is written as N-Triples or Turtle by Oxigraph's serializers (Rust),
    more than ten times faster than rdflib's (``docs/benchmarks.md``).

    >>> g = OxTriples.from_ntriples(b'<http://x/b> <http://x/p> "1" .\\n<http://x/a> <http://x/p> "2" .')
    >>> len(g), g.triples[0].subject.value
    (2, 'http://x/a')
    """

    def __init__(self, triples: list[Any]) -> None:
        self.triples = triples

    def __len__(self) -> int:
        return len(self.triples)

    @classmethod
    def from_ntriples(cls, data: bytes) -> OxTriples:
        """Parse N-Triples (any order, duplicates allowed) into sorted distinct triples."""
        import pyoxigraph as ox

        lines = {str(t) + " .\n" for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)}
        return cls._from_sorted_lines(sorted(lines))

    @classmethod
    def from_rdf(cls, data: Graph | Iterable[Quad]) -> OxTriples:
        """The triples of an rdflib graph or dataset (every graph merged) or of quads."""
        return cls._from_sorted_lines(sorted_ntriples(data))

    @classmethod
    def _from_sorted_lines(cls, lines: list[str]) -> OxTriples:
        import pyoxigraph as ox

        data = "".join(lines).encode("utf-8")
        return cls(list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES)))


def write_ntriples(data: Graph | Iterable[Quad] | OxTriples, out: IO[bytes] | Path) -> int:
    """Write ``data`` as sorted N-Triples; returns the number of triples.

    From an rdflib graph or quads the bytes are those of ``serialize.ntriples``; from
    :class:`OxTriples` Oxigraph writes them (the same for every IRI and string the
    builder makes).

    >>> import io
    >>> g = Graph()
    >>> _ = g.add((URIRef("http://x/s"), URIRef("http://x/p"), Literal("o")))
    >>> buf = io.BytesIO()
    >>> write_ntriples(g, buf), buf.getvalue()
    (1, b'<http://x/s> <http://x/p> "o" .\\n')
    """
    handle, tmp = _open(out)
    if isinstance(data, OxTriples):
        import pyoxigraph as ox

        ox.serialize(data.triples, handle, format=ox.RdfFormat.N_TRIPLES)
        count = len(data)
    else:
        lines = sorted_ntriples(data)
        handle.write("".join(lines).encode("utf-8"))
        count = len(lines)
    _close(handle, tmp, out)
    return count


def write_turtle(data: Graph | Iterable[Quad] | OxTriples, out: IO[bytes] | Path) -> int:
    """Write ``data`` (every graph merged) as Turtle laid out by Oxigraph; returns triples.

    Subjects come in sorted order, each with its predicates and objects grouped;
    the graph's own IRIs are written relative to ``@base <https://w3id.org/policygraph/id/>``
    and the project's prefixes are declared (Oxigraph writes those on the same host
    relative to the base, which Turtle readers resolve). Same triples, same bytes.

    >>> import io
    >>> from policygraph.vocab import PG, PGR
    >>> g = Graph()
    >>> _ = g.add((PGR["org/kt"], PG.basedIn, PGR["country/KR"]))
    >>> buf = io.BytesIO()
    >>> _ = write_turtle(g, buf)
    >>> print(buf.getvalue().decode().splitlines()[-1])
    <org/kt> pg:basedIn <country/KR> .
    """
    import pyoxigraph as ox

    triples = data if isinstance(data, OxTriples) else OxTriples.from_rdf(data)
    prefixes = {p: str(ns) for p, ns in PREFIXES.items() if p != "pgr"}
    handle, tmp = _open(out)
    ox.serialize(triples.triples, handle, format=ox.RdfFormat.TURTLE, prefixes=prefixes,
                 base_iri=str(PGR))
    _close(handle, tmp, out)
    return len(triples)


@contextmanager
def stream_to(target: Path | None, *, graphs: bool = True) -> Iterator[StreamWriter]:
    """A :class:`StreamWriter` on ``target`` (written as ``target.part``, renamed when done,
    removed on error) or on standard output when ``target`` is None."""
    if target is None:
        writer = StreamWriter(sys.stdout.buffer, graphs=graphs)
        sys.stdout.flush()
        yield writer
        sys.stdout.buffer.flush()
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        with tmp.open("wb") as handle:
            yield StreamWriter(handle, graphs=graphs)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)

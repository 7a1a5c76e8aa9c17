"""SPARQL over built graphs or the embedded store, with the ontology's prefixes.

Queries run on Oxigraph (pyoxigraph). The prefixes ``pg:``, ``pgr:``,
``schema:``, ``skos:``, ``rdfs:``, ``rdf:``, ``xsd:``, ``prov:`` and ``owl:``
are predeclared. The default graph is the union of all graphs.

>>> store = load_files([])
>>> result = run_query(store, "ASK { ?s a pg:Telco }")
>>> result.kind, result.boolean
('ask', False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from policygraph.errors import InputError, QueryError

PREFIXES = {
    "pg": "https://w3id.org/policygraph/ontology#",
    "pgr": "https://w3id.org/policygraph/id/",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
    "owl": "http://www.w3.org/2002/07/owl#",
}
RDF_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML, ".n3": ox.RdfFormat.N3,
}
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
_STRINGS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*')


@dataclass
class QueryResult:
    """A query's answer: rows for SELECT, a boolean for ASK, triples for CONSTRUCT."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[list[ox.NamedNode | ox.BlankNode | ox.Literal | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a file, from its suffix."""
    fmt = RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF file type {path.suffix!r} "
                         f"(use one of {', '.join(sorted(RDF_FORMATS))})")
    return fmt


def load_files(paths: Iterable[Path], store: ox.Store | None = None) -> ox.Store:
    """An in-memory store (or ``store``) holding the graphs in ``paths``."""
    store = store if store is not None else ox.Store()
    for path in paths:
        fmt = rdf_format(path)
        try:
            store.load(path=str(path), format=fmt)
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc})") from exc
        except SyntaxError as exc:
            raise InputError(f"{path}: not valid RDF: {exc}") from exc
    return store


def check_service(text: str, allow_service: bool) -> None:
    """Refuse SPARQL ``SERVICE`` (a request to another server) unless allowed."""
    if not allow_service and _SERVICE.search(_STRINGS.sub("", text)):
        raise QueryError("the query uses SERVICE, which would contact another server; "
                         "pass --allow-service to permit it")


def run_query(store: ox.Store, text: str, *, allow_service: bool = False) -> QueryResult:
    """Run a SPARQL query with the predeclared prefixes over the union of all graphs."""
    check_service(text, allow_service)
    try:
        answer = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL: {exc}") from exc
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}") from exc
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows = [[sol[v] for v in variables] for sol in answer]
        return QueryResult("select", variables=variables, rows=rows)
    return QueryResult("graph", triples=list(answer))


def term_text(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
    """A term as a short human string: IRIs compacted with the known prefixes."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns):
                return f"{prefix}:{term.value[len(ns):]}"
        return term.value
    return str(term.value)


def serialize_results(result: QueryResult, fmt: str) -> str:
    """SELECT/ASK results as ``csv``, ``tsv`` or ``json`` (W3C SPARQL results formats)."""
    formats = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
               "json": ox.QueryResultsFormat.JSON}
    if fmt not in formats:
        raise InputError(f"unknown result format {fmt!r}; choose csv, tsv or json")
    if result.kind == "ask":
        # pyoxigraph cannot construct a QueryBoolean; the formats are simple enough to write.
        if fmt == "json":
            import json

            return json.dumps({"head": {}, "boolean": bool(result.boolean)}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    variables = [ox.Variable(v) for v in result.variables]
    solutions = [[t for t in row] for row in result.rows]
    text = _solutions_text(variables, solutions, formats[fmt])
    return text


def _solutions_text(variables: list[ox.Variable], rows: Sequence[Sequence[object]],
                    fmt: ox.QueryResultsFormat) -> str:
    import io
    import json

    if fmt == ox.QueryResultsFormat.JSON:
        bindings = []
        for row in rows:
            b: dict[str, dict[str, str]] = {}
            for var, term in zip(variables, row, strict=True):
                if term is None:
                    continue
                b[var.value] = _json_term(term)
            bindings.append(b)
        return json.dumps({"head": {"vars": [v.value for v in variables]},
                           "results": {"bindings": bindings}}, indent=1, ensure_ascii=False) + "\n"
    buf = io.StringIO()
    sep = "," if fmt == ox.QueryResultsFormat.CSV else "\t"
    if fmt == ox.QueryResultsFormat.CSV:
        import csv

        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow([v.value for v in variables])
        for row in rows:
            writer.writerow(["" if t is None else getattr(t, "value", str(t)) for t in row])
        return buf.getvalue()
    buf.write(sep.join(f"?{v.value}" for v in variables) + "\n")
    for row in rows:
        buf.write(sep.join("" if t is None else str(t) for t in row) + "\n")
    return buf.getvalue()


def _json_term(term: object) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    assert isinstance(term, ox.Literal)
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def triples_text(triples: list[ox.Triple], fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> str:
    """CONSTRUCT/DESCRIBE results as RDF text."""
    data = ox.serialize(triples, format=fmt, prefixes=PREFIXES)
    return data.decode("utf-8") if isinstance(data, bytes) else str(data)


_QUERY_START = re.compile(r"^\s*(?:#[^\n]*\n\s*)*(?:PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b",
                          re.IGNORECASE)


def read_query_arg(args: list[str]) -> tuple[str, list[Path]]:
    """Split command arguments into the query text and the graph files.

    The query is the argument that is a ``.rq``/``.sparql`` file or SPARQL text;
    every other argument is a graph file.

    >>> read_query_arg(["g.ttl", "SELECT * { ?s ?p ?o }"])
    ('SELECT * { ?s ?p ?o }', [PosixPath('g.ttl')])
    """
    query_text: str | None = None
    graphs: list[Path] = []
    for arg in args:
        path = Path(arg)
        if query_text is None and path.suffix.lower() in {".rq", ".sparql"}:
            try:
                query_text = path.read_text("utf-8")
            except OSError as exc:
                raise InputError(f"{arg}: cannot read the query ({exc.strerror})") from exc
        elif query_text is None and _QUERY_START.match(arg):
            query_text = arg
        else:
            graphs.append(path)
    if query_text is None:
        raise InputError("no query given: pass a .rq file or SPARQL text")
    return query_text, graphs


def execute(text: str, *, graphs: list[Path], store: Path | None = None,
            endpoint: str | None = None, allow_service: bool = False,
            timeout: float | None = None) -> QueryResult:
    """Run ``text`` on graph files, the embedded store in ``store``, or a remote endpoint."""
    check_service(text, allow_service)
    if sum(bool(x) for x in (graphs, store, endpoint)) > 1:
        raise InputError("give graph files, --store or --endpoint, not several")
    if endpoint:
        from policygraph.store import remote_query

        return remote_query(endpoint, text, timeout=timeout)
    if store is not None:
        from policygraph.store import open_store

        return run_query(open_store(store, read_only=True), text, allow_service=allow_service)
    for g in graphs:
        if not g.exists():
            raise InputError(f"{g}: no such graph file")
    return run_query(load_files(graphs), text, allow_service=allow_service)

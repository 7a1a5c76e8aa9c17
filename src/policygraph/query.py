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
from typing import TYPE_CHECKING

import pyoxigraph as ox

from policygraph.errors import InputError, QueryError, StoreError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

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
# What may hide the word SERVICE without being the keyword, matched left to right so that
# a "#" or a quote inside an IRI (<http://x#p>, <http://x'y>) or a prefixed name (pg:a\#b)
# starts no comment or string.
_NOT_CODE = re.compile(
    r'<[^<>"{}|^`\\\x00-\x20]*>'
    r'|"""(?:[^"\\]|\\[\s\S]|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\[\s\S]|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r"|\\."
    r"|#[^\n\r]*"
)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


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
    """An in-memory store (or ``store``) holding the graphs in ``paths``.

    Nothing is fetched: a JSON-LD remote ``@context`` and an XML external entity are
    refused as errors.
    """
    store = store if store is not None else ox.Store()
    for path in paths:
        fmt = rdf_format(path)
        try:
            if fmt == ox.RdfFormat.RDF_XML:
                check_xml_entities(path.read_bytes(), str(path))
            store.load(path=str(path), format=fmt)
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc})") from exc
        except SyntaxError as exc:
            hint = ""
            if "LoadDocumentCallback" in str(exc):
                hint = (" (the JSON-LD @context is a URL, and policygraph never fetches one: "
                        "put the context itself in the file)")
            raise InputError(f"{path}: not valid RDF: {exc}{hint}") from exc
    return store


def uses_service(text: str) -> bool:
    """Whether the SPARQL ``text`` has a ``SERVICE`` clause, outside strings, IRIs and comments.

    Errs on the side of yes: the word anywhere else counts (a variable ``?service`` too).
    SPARQL's ``\\u`` escapes are decoded first.

    >>> uses_service("SELECT * { ?s <http://x#p> ?o . SERVICE <http://e/> { ?s ?p ?o } }")
    True
    >>> uses_service("SELECT * { ?s rdfs:label 'SERVICE' } # no SERVICE here")
    False
    """
    decoded = _CODEPOINT.sub(lambda m: chr(min(int(m.group(1) or m.group(2), 16), 0x10FFFF)),
                             text)
    return any(_SERVICE.search(_NOT_CODE.sub(" ", t)) for t in {text, decoded})


_DOCTYPE = re.compile(rb"<!DOCTYPE\s+[^\s\[>]+([^\[>]*)(?:\[(.*?)\])?\s*>", re.DOTALL)
_ENTITY = re.compile(rb"<!ENTITY\s+(%\s+)?([^\s\"']+)\s+(?:\"([^\"]*)\"|'([^']*)'|(\S+))",
                     re.DOTALL)
#: The most characters the entities of an RDF/XML file may expand to.
MAX_ENTITY_EXPANSION = 10_000_000


def check_xml_entities(data: bytes, source: str) -> None:
    """Refuse an XML document whose DTD would read a file, reach the network or blow up.

    External DTDs and entities (``SYSTEM``, ``PUBLIC``), parameter entities, entities
    made of other entities ("billion laughs") and more than
    :data:`MAX_ENTITY_EXPANSION` characters of expansion are refused; plain internal
    entities, as ontology editors write them for namespaces, are fine.

    >>> check_xml_entities(b'<!DOCTYPE rdf:RDF [<!ENTITY xsd "http://www.w3.org/2001/XMLSchema#">]>'
    ...                    b'<rdf:RDF/>', "ok.rdf")
    >>> check_xml_entities(b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>',
    ...                    "x.rdf")
    Traceback (most recent call last):
    ...
    policygraph.errors.InputError: x.rdf: the XML declares an external entity 'x', which policygraph never reads or fetches
    """
    head = data[: 1 << 20]
    doctype = _DOCTYPE.search(head)
    if doctype is None:
        if b"<!ENTITY" in head:
            raise InputError(f"{source}: the XML declares entities outside a DOCTYPE")
        return
    if re.search(rb"\b(?:SYSTEM|PUBLIC)\b", doctype.group(1)):
        raise InputError(f"{source}: the XML names an external DTD, which policygraph never "
                         "reads or fetches")
    expansion = 0
    for m in _ENTITY.finditer(doctype.group(2) or b""):
        name = m.group(2).decode("utf-8", "replace")
        if m.group(1):
            raise InputError(f"{source}: the XML declares a parameter entity {name!r}, which "
                             "policygraph does not expand")
        value = m.group(3) if m.group(3) is not None else m.group(4)
        if value is None:
            raise InputError(f"{source}: the XML declares an external entity {name!r}, which "
                             "policygraph never reads or fetches")
        if re.search(rb"&(?!#)", value):
            raise InputError(f"{source}: the XML entity {name!r} is made of other entities, "
                             "which policygraph does not expand")
        expansion += data.count(b"&" + m.group(2) + b";") * len(value)
    if expansion > MAX_ENTITY_EXPANSION:
        raise InputError(f"{source}: the XML entities expand to over "
                         f"{MAX_ENTITY_EXPANSION:,} characters")


def check_service(text: str, allow_service: bool) -> None:
    """Refuse SPARQL ``SERVICE`` (a request to another server) unless allowed."""
    if not allow_service and uses_service(text):
        raise QueryError("the query uses SERVICE, which would contact another server; "
                         "pass --allow-service to permit it")


def run_query(store: ox.Store, text: str, *, allow_service: bool = False) -> QueryResult:
    """Run a SPARQL query with the predeclared prefixes over the union of all graphs."""
    check_service(text, allow_service)
    try:
        answer = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows = [[sol[v] for v in variables] for sol in answer]  # evaluated here, lazily
            return QueryResult("select", variables=variables, rows=rows)
        return QueryResult("graph", triples=list(answer))
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL: {exc}") from exc
    except (OSError, RuntimeError, ValueError) as exc:  # e.g. SERVICE ?unbound, a server down
        raise QueryError(f"the query failed: {exc}") from exc


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
    """Run ``text`` on graph files, the embedded store in ``store``, or a remote endpoint.

    With ``timeout`` (seconds), a local query runs in a child process that is killed
    when the time is up (loading the graph files counts), raising :class:`QueryError`;
    a remote one is given up on.
    """
    check_service(text, allow_service)
    if timeout is not None and not timeout > 0:
        raise InputError(f"--timeout must be a number of seconds above 0, not {timeout}")
    if sum(bool(x) for x in (graphs, store, endpoint)) > 1:
        raise InputError("give graph files, --store or --endpoint, not several")
    if endpoint:
        from policygraph.store import remote_query

        return remote_query(endpoint, text, timeout=timeout)
    if store is None:
        for g in graphs:
            if not g.exists():
                raise InputError(f"{g}: no such graph file")
    if timeout is None or timeout == float("inf"):
        return _run_local(text, graphs, store, allow_service)
    return _run_with_timeout(timeout, text, graphs, store, allow_service)


def _run_local(text: str, graphs: list[Path], store: Path | None,
               allow_service: bool) -> QueryResult:
    if store is not None:
        from policygraph.store import open_store

        return run_query(open_store(store, read_only=True), text, allow_service=allow_service)
    return run_query(load_files(graphs), text, allow_service=allow_service)


def _child(conn: Connection, text: str, graphs: list[Path], store: Path | None,
           allow_service: bool) -> None:
    """In the child process: run the query and send back ("ok", result) or ("error", exc)."""
    try:
        message: tuple[str, object] = ("ok", _run_local(text, graphs, store, allow_service))
    except BaseException as exc:  # everything goes back to the parent, which decides
        message = ("error", exc if isinstance(exc, InputError | StoreError)
                   else QueryError(f"the query failed: {type(exc).__name__}: {exc}"))
    try:
        conn.send(message)
    finally:
        conn.close()


def _run_with_timeout(timeout: float, text: str, graphs: list[Path], store: Path | None,
                      allow_service: bool) -> QueryResult:
    """Oxigraph cannot be interrupted from Python, so the query runs in a child process
    (forked where possible: nothing to import again) that is killed when time is up."""
    import multiprocessing

    ctx = (multiprocessing.get_context("fork")
           if "fork" in multiprocessing.get_all_start_methods()
           else multiprocessing.get_context("spawn"))
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, text, graphs, store, allow_service),
                        daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(timeout):
            raise QueryError(f"the query did not finish in {timeout:g} s and was stopped; "
                             "narrow it (more specific patterns, a LIMIT) or raise --timeout")
        try:
            kind, payload = receive.recv()
        except EOFError:
            child.join(1)
            raise QueryError(f"the query stopped unexpectedly (exit code {child.exitcode}); "
                             "it may have run out of memory") from None
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join()
    if kind == "error":
        assert isinstance(payload, BaseException)
        raise payload
    assert isinstance(payload, QueryResult)
    return payload

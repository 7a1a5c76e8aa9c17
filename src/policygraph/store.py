"""Triple stores: the embedded Oxigraph store and remote SPARQL 1.1 servers.

Loading works graph by graph (see ``ontology/README.md``). Each article's facts
live in the named graph named by the article IRI, and loading *replaces* that
graph whole, in one transaction (embedded) or one request (remote): loading the
same build twice changes nothing, and a corrected build of one article replaces
only that article's graph. The shared entity graph ``pgr:graph/entities``, and
any default-graph triples, are *merged*: triples are added, never removed.

Remote servers are spoken to over the W3C protocols only: the SPARQL 1.1
Graph Store HTTP Protocol (``PUT`` per article graph, ``POST`` to merge) or,
failing that, SPARQL 1.1 Update; queries over the SPARQL 1.1 Protocol.
Credentials come from ``PG_SPARQL_USER``/``PG_SPARQL_PASSWORD`` or a netrc
file (``PG_NETRC``, default ``~/.netrc``), never from a command line.

>>> store = ox.Store()
>>> nt = f"<{ARTICLE_BASE}a> a <https://w3id.org/policygraph/ontology#Article> ."
>>> batch = parse_batch(nt, ox.RdfFormat.TURTLE)
>>> [part.short_name for part in batch.parts]
['article/a']
>>> report = load_into_store(store, batch)
>>> report = load_into_store(store, batch)
>>> len(store), report.articles
(1, 1)
"""

from __future__ import annotations

import base64
import hashlib
import html
import http.client
import netrc
import os
import re
import secrets
import shutil
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from policygraph.errors import InputError, QueryError, StoreError
from policygraph.query import PREFIXES, QueryResult, rdf_format

ID_BASE = "https://w3id.org/policygraph/id/"
ARTICLE_BASE = ID_BASE + "article/"
ENTITY_GRAPH = ID_BASE + "graph/entities"
SERVER_KINDS = ("oxigraph", "fuseki", "graphdb", "virtuoso")

_PG = "https://w3id.org/policygraph/ontology#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_TYPE = ox.NamedNode(_RDF + "type")
_ARTICLE = ox.NamedNode(_PG + "Article")
_SOURCE_ARTICLE = ox.NamedNode(_PG + "sourceArticle")
_MENTIONED_IN = ox.NamedNode(_PG + "mentionedIn")
_STATEMENT = {ox.NamedNode(_RDF + "subject"): 0, ox.NamedNode(_RDF + "predicate"): 1,
              ox.NamedNode(_RDF + "object"): 2}
_ENTITY_PROPERTIES = frozenset({
    _TYPE, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
    ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel"), ox.NamedNode(_PG + "isoCode"),
})

Term = ox.NamedNode | ox.BlankNode | ox.Literal


class AuthError(StoreError):
    """A server asked for credentials, or refused the ones given (HTTP 401/403)."""


class LoadError(StoreError):
    """Loading stopped part-way; ``loaded`` and ``pending`` name the graphs on each side.

    Every graph in ``loaded`` is in the store whole; none in ``pending`` was changed.
    """

    def __init__(self, message: str, loaded: list[str], pending: list[str]) -> None:
        super().__init__(message)
        self.loaded = loaded
        self.pending = pending


# ---------------------------------------------------------------------------
# What to load: graphs, each replaced or merged


@dataclass(frozen=True)
class GraphPart:
    """One unit of loading: the quads of one graph, and whether it replaces or merges.

    ``name`` is the graph IRI, or None for the default graph.
    """

    name: str | None
    quads: tuple[ox.Quad, ...]
    replace: bool

    @property
    def short_name(self) -> str:
        """The graph's name for messages: ``article/{id}``, ``entities graph`` or the IRI.

        >>> GraphPart(ARTICLE_BASE + "a1", (), True).short_name
        'article/a1'
        """
        if self.name is None:
            return "default graph"
        if self.name == ENTITY_GRAPH:
            return "entities graph"
        if self.name.startswith(ID_BASE):
            return self.name[len(ID_BASE):]
        return f"<{self.name}>"

    @property
    def is_article(self) -> bool:
        """True for an article's named graph."""
        return self.name is not None and self.name.startswith(ARTICLE_BASE)

    def triples(self) -> list[ox.Triple]:
        """The part's triples, without their graph name."""
        return [q.triple for q in self.quads]

    def ntriples(self) -> bytes:
        """The part's triples as N-Triples (also valid Turtle), UTF-8 encoded."""
        data = ox.serialize(self.triples(), format=ox.RdfFormat.N_TRIPLES)
        return data if isinstance(data, bytes) else str(data).encode("utf-8")


@dataclass(frozen=True)
class Batch:
    """Graphs to load: the merged ones (entities, default graph) first, then the rest by name."""

    parts: tuple[GraphPart, ...]

    @property
    def triples(self) -> int:
        """How many triples the batch holds."""
        return sum(len(p.quads) for p in self.parts)

    @classmethod
    def from_quads(cls, quads: Iterable[ox.Quad]) -> Batch:
        """Group quads by graph; split default-graph triples into the article graphs.

        A named graph is replaced whole, except the entity graph, which is merged.
        Triples in the default graph (all of a Turtle or N-Triples file) go where a
        build would have put them (see :func:`split_triples`).
        """
        graphs: dict[str | None, list[ox.Quad]] = defaultdict(list)
        default: list[ox.Triple] = []
        for q in quads:
            g = q.graph_name
            if isinstance(g, ox.DefaultGraph):
                default.append(q.triple)
            elif isinstance(g, ox.NamedNode):
                graphs[g.value].append(q)
            else:
                raise InputError("a graph named by a blank node cannot be loaded into a store; "
                                 "name it with an IRI")
        for name, triples in split_triples(default).items():
            graph: ox.NamedNode | ox.DefaultGraph = (
                ox.DefaultGraph() if name is None else ox.NamedNode(name))
            graphs[name].extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
        merged = [n for n in (ENTITY_GRAPH, None) if n in graphs]
        replaced = sorted(n for n in graphs if n is not None and n != ENTITY_GRAPH)
        parts = [GraphPart(n, tuple(dict.fromkeys(graphs[n])), replace=False) for n in merged]
        parts += [GraphPart(n, tuple(dict.fromkeys(graphs[n])), replace=True) for n in replaced]
        return cls(tuple(parts))


def split_triples(triples: Sequence[ox.Triple]) -> dict[str | None, list[ox.Triple]]:
    """Put triples without a graph where :mod:`policygraph.graph` puts them.

    Into the graph of article A: A's own triples; evidence nodes with
    ``pg:sourceArticle A``; every triple an evidence node of A states
    (``rdf:subject``/``rdf:predicate``/``rdf:object``); ``?x pg:mentionedIn A``.
    Into the entity graph: other ``rdf:type``, ``rdfs:label``, ``skos:altLabel``
    and ``pg:isoCode`` triples. Anything else stays in the default graph (key None).

    >>> pg, a = "https://w3id.org/policygraph/ontology#", ox.NamedNode(ARTICLE_BASE + "a")
    >>> huawei = ox.NamedNode(ID_BASE + "org/huawei")
    >>> parts = split_triples([ox.Triple(huawei, ox.NamedNode(pg + "mentionedIn"), a),
    ...                        ox.Triple(huawei, _TYPE, ox.NamedNode(pg + "Company"))])
    >>> sorted((k or "", len(v)) for k, v in parts.items())  # doctest: +NORMALIZE_WHITESPACE
    [('https://w3id.org/policygraph/id/article/a', 1),
     ('https://w3id.org/policygraph/id/graph/entities', 1)]
    """
    articles: set[object] = set()
    evidence: dict[object, set[str]] = defaultdict(set)
    stated: dict[object, list[object]] = defaultdict(lambda: [None, None, None])
    for t in triples:
        p = t.predicate
        if p == _TYPE and t.object == _ARTICLE:
            articles.add(t.subject)
        elif p == _SOURCE_ARTICLE and isinstance(t.object, ox.NamedNode):
            articles.add(t.object)
            evidence[t.subject].add(t.object.value)
        elif p == _MENTIONED_IN and isinstance(t.object, ox.NamedNode):
            articles.add(t.object)
        elif p in _STATEMENT:
            stated[t.subject][_STATEMENT[p]] = t.object
    facts: dict[tuple[object, ...], set[str]] = defaultdict(set)
    for node, names in evidence.items():
        if node in stated:
            facts[tuple(stated[node])] |= names
    out: dict[str | None, list[ox.Triple]] = defaultdict(list)
    for t in triples:
        s = t.subject
        if s in articles and isinstance(s, ox.NamedNode):
            out[s.value].append(t)
        elif s in evidence:
            for name in evidence[s]:
                out[name].append(t)
        elif t.predicate == _MENTIONED_IN and t.object in articles:
            assert isinstance(t.object, ox.NamedNode)
            out[t.object.value].append(t)
        elif (key := (s, t.predicate, t.object)) in facts:
            for name in facts[key]:
                out[name].append(t)
        elif t.predicate in _ENTITY_PROPERTIES:
            out[ENTITY_GRAPH].append(t)
        else:
            out[None].append(t)
    return dict(out)


def _ox_term(term: object) -> Term:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise InputError(f"cannot store the RDF term {term!r}")


def dataset_quads(ds: Dataset) -> list[ox.Quad]:
    """The quads of an rdflib dataset, as pyoxigraph quads.

    >>> from policygraph.graph import new_dataset
    >>> ds = new_dataset()
    >>> g = ds.graph(URIRef(ENTITY_GRAPH))
    >>> _ = g.add((URIRef("http://e/x"), URIRef("http://e/p"), Literal("x")))
    >>> dataset_quads(ds)[0].graph_name.value
    'https://w3id.org/policygraph/id/graph/entities'
    """
    out = []
    for s, p, o, g in ds.quads((None, None, None, None)):
        graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph
        if g is None or g == DATASET_DEFAULT_GRAPH_ID:
            graph = ox.DefaultGraph()
        else:
            gt = _ox_term(g)
            if isinstance(gt, ox.Literal):
                raise InputError(f"a graph cannot be named by the literal {gt}")
            graph = gt
        st, ot = _ox_term(s), _ox_term(o)
        if isinstance(st, ox.Literal):
            raise InputError(f"a literal cannot be a subject: {st}")
        pt = _ox_term(p)
        if not isinstance(pt, ox.NamedNode):
            raise InputError(f"a predicate must be an IRI: {pt}")
        out.append(ox.Quad(st, pt, ot, graph))
    return out


def batch_from_dataset(ds: Dataset) -> Batch:
    """The graphs of a built dataset, ready to load."""
    return Batch.from_quads(dataset_quads(ds))


def parse_batch(data: str | bytes | IO[bytes], fmt: ox.RdfFormat,
                base_iri: str | None = None) -> Batch:
    """The graphs in RDF text (any format pyoxigraph reads), ready to load."""
    try:
        return Batch.from_quads(ox.parse(data, format=fmt, base_iri=base_iri))
    except SyntaxError as exc:
        raise InputError(f"not valid RDF: {exc}") from exc


def read_batch(paths: Sequence[Path]) -> Batch:
    """The graphs in RDF files (.nq, .trig, .ttl, .nt, .jsonld, .rdf), ready to load.

    N-Quads and TriG keep their named graphs. Turtle, N-Triples and other
    triple formats are split by :func:`split_triples`.
    """
    quads: list[ox.Quad] = []
    for path in paths:
        fmt = rdf_format(path)
        if fmt == ox.RdfFormat.RDF_XML:
            from policygraph.query import check_xml_entities

            check_xml_entities(path.read_bytes(), str(path))  # no XXE, no billion laughs
        try:
            quads.extend(ox.parse(path=str(path), format=fmt, base_iri=path.resolve().as_uri()))
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
        except SyntaxError as exc:
            raise InputError(f"{path}: not valid RDF: {exc}") from exc
    return Batch.from_quads(quads)


@dataclass
class LoadReport:
    """What a load wrote: the graphs, whole, in the order they were loaded."""

    target: str
    loaded: list[GraphPart] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def articles(self) -> int:
        """How many article graphs were replaced."""
        return sum(p.is_article for p in self.loaded)

    @property
    def triples(self) -> int:
        """How many triples were sent (merged triples already present included)."""
        return sum(len(p.quads) for p in self.loaded)


def _names(parts: Iterable[GraphPart], limit: int = 12) -> str:
    names = [p.short_name for p in parts]
    if not names:
        return "none"
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


def _stopped(target: str, batch: Batch, done: int, cause: str) -> str:
    loaded, pending = batch.parts[:done], batch.parts[done:]
    return (f"stopped after loading {done} of {len(batch.parts)} graphs into {target}: {cause}\n"
            f"  loaded whole: {_names(loaded)}\n"
            f"  not loaded: {_names(pending)}\n"
            "Run the same command again to load the rest: each article's graph is replaced "
            "whole, so nothing is duplicated.")


# ---------------------------------------------------------------------------
# The embedded store


def open_store(path: Path, *, read_only: bool = False) -> ox.Store:
    """The embedded on-disk store in ``path`` (created when missing, unless ``read_only``)."""
    if read_only and not path.exists():
        raise StoreError(f"{path}: no store there (build with --store {path} first)")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        hint = "" if read_only else (" (is another policygraph or oxigraph process writing to "
                                     "it? stop it, or load through its --endpoint)")
        raise StoreError(f"{path}: cannot open the store ({exc}){hint}") from exc


def load_into_store(store: ox.Store, batch: Batch, *,
                    on_loaded: Callable[[GraphPart], None] | None = None,
                    target: str = "the store") -> LoadReport:
    """Load ``batch`` into an embedded store: replace each named graph, merge the rest.

    A new graph is added in one transaction. An existing graph is brought to the
    new contents in one SPARQL update (one transaction): only the triples that
    changed are deleted and inserted, so reloading an unchanged article writes
    nothing. A graph with blank nodes is dropped and inserted whole instead.
    """
    started = time.perf_counter()
    report = LoadReport(target)
    try:
        existing = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
    except OSError as exc:
        raise StoreError(f"{target}: cannot read the store ({exc})") from exc
    for done, part in enumerate(batch.parts):
        try:
            if part.replace and part.name in existing:
                _replace_graph(store, part)
            else:
                store.extend(part.quads)
                if part.replace and part.name is not None and not part.quads:
                    store.add_graph(ox.NamedNode(part.name))
        except (OSError, SyntaxError, RuntimeError) as exc:
            raise LoadError(_stopped(target, batch, done, str(exc)),
                            [p.short_name for p in batch.parts[:done]],
                            [p.short_name for p in batch.parts[done:]]) from exc
        report.loaded.append(part)
        if on_loaded is not None:
            on_loaded(part)
    report.seconds = time.perf_counter() - started
    return report


def _has_blank_nodes(quads: Iterable[ox.Quad]) -> bool:
    return any(isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)
               for q in quads)


def _ntriples(quads: Iterable[ox.Quad]) -> str:
    data = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES)
    return data.decode("utf-8") if isinstance(data, bytes) else str(data)


def _replace_graph(store: ox.Store, part: GraphPart) -> None:
    """Make the named graph of ``part`` hold exactly its quads, in one update."""
    assert part.name is not None
    name = f"<{part.name}>"
    new = set(part.quads)
    whole = _has_blank_nodes(new)  # blank nodes cannot be matched, only replaced
    old = set() if whole else set(store.quads_for_pattern(None, None, None,
                                                          ox.NamedNode(part.name)))
    gone, added = old - new, new - old
    if whole or _has_blank_nodes(gone):
        store.update(f"DROP SILENT GRAPH {name} ;\n"
                     f"INSERT DATA {{ GRAPH {name} {{\n{_ntriples(part.quads)}}} }}")
    elif gone or added:
        store.update(f"DELETE DATA {{ GRAPH {name} {{\n{_ntriples(gone)}}} }} ;\n"
                     f"INSERT DATA {{ GRAPH {name} {{\n{_ntriples(added)}}} }}")


def load_dataset(store: ox.Store, ds: Dataset, *,
                 on_loaded: Callable[[GraphPart], None] | None = None) -> LoadReport:
    """Load a built dataset into an embedded store, replacing each article's graph.

    >>> from policygraph.graph import new_dataset
    >>> store, ds = ox.Store(), new_dataset()
    >>> ds.graph(URIRef(ARTICLE_BASE + "a")).add((URIRef(ARTICLE_BASE + "a"), URIRef(_RDF + "type"),
    ...                                          URIRef(_PG + "Article")))
    <Graph identifier=https://w3id.org/policygraph/id/article/a (<class 'rdflib.graph.Graph'>)>
    >>> load_dataset(store, ds).articles, load_dataset(store, ds).articles, len(store)
    (1, 1, 1)
    """
    return load_into_store(store, batch_from_dataset(ds), on_loaded=on_loaded)


# ---------------------------------------------------------------------------
# Remote servers: endpoints, credentials, HTTP with retries


@dataclass(frozen=True)
class Endpoint:
    """The URLs of a SPARQL server: query, update and Graph Store Protocol.

    >>> Endpoint.for_server("fuseki", "http://localhost:3030/ds/").gsp_url
    'http://localhost:3030/ds/data'
    """

    query_url: str | None = None
    update_url: str | None = None
    gsp_url: str | None = None

    @classmethod
    def for_server(cls, kind: str, base: str, *, authenticated: bool = False) -> Endpoint:
        """The URLs a known kind of server uses, from its base URL.

        ``base`` is the server root for Oxigraph and Virtuoso, the dataset URL
        for Fuseki (``http://host:3030/DATASET``) and the repository URL for
        GraphDB (``http://host:7200/repositories/ID``). Virtuoso's
        authenticated endpoints (``-auth``, HTTP Digest) are used when
        ``authenticated``.

        >>> Endpoint.for_server("graphdb", "http://localhost:7200/repositories/pg").update_url
        'http://localhost:7200/repositories/pg/statements'
        """
        base = base.rstrip("/")
        if kind == "oxigraph":
            return cls(f"{base}/query", f"{base}/update", f"{base}/store")
        if kind == "fuseki":
            return cls(f"{base}/sparql", f"{base}/update", f"{base}/data")
        if kind == "graphdb":
            return cls(base, f"{base}/statements", f"{base}/rdf-graphs/service")
        if kind == "virtuoso":
            auth = "-auth" if authenticated else ""
            return cls(f"{base}/sparql", f"{base}/sparql{auth}", f"{base}/sparql-graph-crud{auth}")
        raise InputError(f"unknown server kind {kind!r}; choose one of {', '.join(SERVER_KINDS)}")


@dataclass(frozen=True)
class Credentials:
    """A user name and password, and where they came from (never the password itself)."""

    user: str
    password: str = field(repr=False)
    source: str = ""

    def __repr__(self) -> str:
        return f"Credentials(source={self.source!r})"

    def scrub(self, text: str) -> str:
        """``text`` with the password, and its Basic-auth encoding, blotted out.

        >>> Credentials("u", "hunter22").scrub("bad password hunter22")
        'bad password ***'
        """
        basic = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        secrets = [self.password, basic]
        for secret in secrets:
            if len(secret) >= 3:
                text = text.replace(secret, "***")
        return text


def netrc_path(env: Mapping[str, str] | None = None) -> Path:
    """The netrc file credentials are read from: ``$PG_NETRC``, else ``~/.netrc``."""
    env = os.environ if env is None else env
    return Path(env["PG_NETRC"]).expanduser() if env.get("PG_NETRC") else Path.home() / ".netrc"


def find_credentials(url: str, env: Mapping[str, str] | None = None) -> Credentials | None:
    """Credentials for ``url``: from the environment, else the netrc file, else None.

    >>> find_credentials("http://h/", {"PG_SPARQL_USER": "u", "PG_SPARQL_PASSWORD": "p"}).user
    'u'
    """
    env = os.environ if env is None else env
    user, password = env.get("PG_SPARQL_USER"), env.get("PG_SPARQL_PASSWORD")
    if user or password:
        if not user or password is None:
            raise StoreError("set both PG_SPARQL_USER and PG_SPARQL_PASSWORD, or neither")
        return Credentials(user, password, "PG_SPARQL_USER/PG_SPARQL_PASSWORD")
    path = netrc_path(env)
    if not path.is_file():
        if env.get("PG_NETRC"):
            raise StoreError(f"PG_NETRC names {path}, which is not a file")
        return None
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        entry = netrc.netrc(str(path)).authenticators(host)
    except netrc.NetrcParseError as exc:  # its message may quote a token: leave it out
        raise StoreError(f"{path}: cannot parse the netrc file (line {exc.lineno})") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the netrc file ({exc.strerror})") from None
    if entry is None:
        return None
    login, _account, secret = entry
    if not login or secret is None:
        return None
    return Credentials(login, secret, f"the netrc file {path} (machine {host})")


def check_url(url: str) -> str:
    """``url`` if it is an http(s) URL without credentials in it.

    >>> check_url("http://127.0.0.1:7878/query")
    'http://127.0.0.1:7878/query'
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise InputError(f"{url}: not an http:// or https:// URL")
    if "@" in parts.netloc:
        raise InputError("credentials in a URL are not allowed (they would show in process lists "
                         "and logs); set PG_SPARQL_USER and PG_SPARQL_PASSWORD, or use a netrc "
                         "file")
    return url


@dataclass(frozen=True)
class Retry:
    """Bounded retries with exponential backoff: ``attempts`` tries in all.

    >>> [Retry(attempts=4, backoff=0.5).delay(n) for n in (1, 2, 3)]
    [0.5, 1.0, 2.0]
    """

    attempts: int = 4
    backoff: float = 0.5
    max_delay: float = 8.0

    def delay(self, attempt: int) -> float:
        """Seconds to wait after failed try number ``attempt`` (from 1)."""
        return float(min(self.backoff * 2 ** (attempt - 1), self.max_delay))


class _UnavailableError(StoreError):
    """The server could not be reached, or kept failing, after every retry."""


class _RejectedError(StoreError):
    """The server answered 4xx (other than 401/403, 408 and 429): retrying will not help."""


@dataclass(frozen=True)
class _Response:
    status: int
    content_type: str
    body: bytes


_RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})
_TAGS = re.compile(r"<[^>]+>")


def _snippet(body: bytes, limit: int = 300) -> str:
    """The start of a server's error page as one plain line (brackets made round, so a
    terminal that reads ``[...]`` as markup shows it as sent)."""
    text = html.unescape(_TAGS.sub(" ", body.decode("utf-8", "replace")))
    text = " ".join(text.split()).replace("[", "(").replace("]", ")")
    return text[:limit] + ("…" if len(text) > limit else "")


class _Digest:
    """HTTP Digest (RFC 7616) answers to one challenge: MD5 or SHA-256, ``qop=auth``."""

    def __init__(self, challenge: Mapping[str, str]) -> None:
        self.challenge = dict(challenge)
        self.count = 0

    def header(self, creds: Credentials, method: str, uri: str, cnonce: str | None = None) -> str:
        c = self.challenge
        algorithm = c.get("algorithm", "MD5")
        name = algorithm.upper().removesuffix("-SESS")
        if name not in {"MD5", "SHA-256"}:
            raise AuthError(f"the server asks for Digest with {algorithm}, which is not supported")
        digest = hashlib.md5 if name == "MD5" else hashlib.sha256

        def h(text: str) -> str:
            return digest(text.encode("utf-8")).hexdigest()

        realm, nonce = c.get("realm", ""), c.get("nonce", "")
        self.count += 1
        nc, cnonce = f"{self.count:08x}", cnonce or secrets.token_hex(8)
        ha1 = h(f"{creds.user}:{realm}:{creds.password}")
        if algorithm.upper().endswith("-SESS"):
            ha1 = h(f"{ha1}:{nonce}:{cnonce}")
        ha2 = h(f"{method}:{uri}")
        qops = [q.strip() for q in c.get("qop", "").split(",") if q.strip()]
        fields = {"username": creds.user, "realm": realm, "nonce": nonce, "uri": uri}
        if "auth" in qops:
            fields["response"] = h(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}")
            extra = f", qop=auth, nc={nc}, cnonce=\"{cnonce}\""
        else:
            fields["response"] = h(f"{ha1}:{nonce}:{ha2}")
            extra = ""
        if "opaque" in c:
            fields["opaque"] = c["opaque"]
        quoted = ", ".join(f'{k}="{v}"' for k, v in fields.items())
        return f"Digest {quoted}, algorithm={algorithm}{extra}"


def _challenges(values: list[str]) -> dict[str, dict[str, str]]:
    """``WWW-Authenticate`` values by lower-case scheme, with their parameters."""
    out: dict[str, dict[str, str]] = {}
    for value in values:
        scheme, _, rest = value.strip().partition(" ")
        params = urllib.request.parse_keqv_list(
            [p for p in urllib.request.parse_http_list(rest) if "=" in p])
        out.setdefault(scheme.lower(), params)
    return out


class HttpClient:
    """HTTP for the SPARQL protocols: kept-alive connections, credentials, retries, and
    errors without secrets.

    Connections stay open between requests (one TCP, or TLS, handshake per server, and
    Oxigraph's server slows down when every request opens a new connection).
    Credentials are sent only once a server asks (Basic or Digest): Virtuoso refuses
    an unasked-for Basic header without saying that it wants Digest. After the first
    challenge the same answer goes with every later request to that server.
    """

    def __init__(self, credentials: Credentials | None = None, *, retry: Retry | None = None,
                 timeout: float = 60.0) -> None:
        self.credentials = credentials
        self.retry = retry or Retry()
        self.timeout = timeout
        self._connections: dict[str, http.client.HTTPConnection] = {}
        self._auth: dict[str, str | _Digest] = {}

    def close(self) -> None:
        """Close every open connection."""
        for conn in self._connections.values():
            conn.close()
        self._connections.clear()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _scrub(self, text: str) -> str:
        return self.credentials.scrub(text) if self.credentials else text

    def _connection(self, parts: urllib.parse.SplitResult) -> tuple[http.client.HTTPConnection,
                                                                   bool]:
        key = f"{parts.scheme}://{parts.netloc}"
        if key in self._connections:
            return self._connections[key], True
        host, port = parts.hostname or "", parts.port
        proxy = urllib.request.getproxies().get(parts.scheme)
        conn: http.client.HTTPConnection
        if proxy and not urllib.request.proxy_bypass(host):
            via = urllib.parse.urlsplit(proxy if "://" in proxy else f"http://{proxy}")
            if parts.scheme == "https":
                conn = http.client.HTTPSConnection(via.hostname or "", via.port,
                                                   timeout=self.timeout)
                conn.set_tunnel(host, port)
            else:
                conn = http.client.HTTPConnection(via.hostname or "", via.port,
                                                  timeout=self.timeout)
        elif parts.scheme == "https":
            conn = http.client.HTTPSConnection(host, port, timeout=self.timeout)
        else:
            conn = http.client.HTTPConnection(host, port, timeout=self.timeout)
        self._connections[key] = conn
        return conn, False

    def _drop(self, parts: urllib.parse.SplitResult) -> None:
        conn = self._connections.pop(f"{parts.scheme}://{parts.netloc}", None)
        if conn is not None:
            conn.close()

    def _exchange(self, method: str, url: str, body: bytes | None,
                  headers: Mapping[str, str]) -> tuple[int, str, http.client.HTTPMessage, bytes]:
        """One request and its answer, on a kept-alive connection (a stale one is replaced)."""
        parts = urllib.parse.urlsplit(url)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        proxied = parts.scheme == "http" and urllib.request.getproxies().get("http") and \
            not urllib.request.proxy_bypass(parts.hostname or "")
        for fresh_try in (False, True):
            conn, reused = self._connection(parts)
            sent = dict(headers)
            auth = self._auth.get(f"{parts.scheme}://{parts.netloc}")
            if auth is not None and self.credentials is not None:
                sent["Authorization"] = (auth if isinstance(auth, str)
                                         else auth.header(self.credentials, method, target))
            try:
                conn.request(method, url if proxied else target, body=body, headers=sent)
                resp = conn.getresponse()
                data = resp.read()
            except (ConnectionError, http.client.RemoteDisconnected, http.client.BadStatusLine):
                self._drop(parts)
                if reused and not fresh_try:  # the server closed an idle connection
                    continue
                raise
            except (OSError, http.client.HTTPException):
                self._drop(parts)
                raise
            if resp.will_close:
                self._drop(parts)
            return resp.status, resp.reason, resp.headers, data
        raise AssertionError("unreachable")

    def _answer_challenge(self, url: str, headers: http.client.HTTPMessage) -> bool:
        """Remember how to answer a 401's challenge; False when it cannot be answered."""
        parts = urllib.parse.urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if self.credentials is None:
            return False
        found = _challenges(headers.get_all("WWW-Authenticate") or [])
        before = self._auth.get(key)
        if "digest" in found:
            stale = found["digest"].get("stale", "").lower() == "true"
            same = isinstance(before, _Digest) and \
                before.challenge.get("nonce") == found["digest"].get("nonce")
            if same and not stale:
                return False  # our answer to this very challenge was refused
            self._auth[key] = _Digest(found["digest"])
            return True
        if "basic" in found and not isinstance(before, str):
            token = base64.b64encode(
                f"{self.credentials.user}:{self.credentials.password}".encode()).decode()
            self._auth[key] = f"Basic {token}"
            return True
        return False

    def send(self, method: str, url: str, body: bytes | None = None,
             headers: Mapping[str, str] | None = None, *, retry_timeouts: bool = True) -> _Response:
        """Send one request, retrying connection failures, timeouts and 5xx answers.

        Raises :class:`AuthError` on 401/403, :class:`StoreError` on other 4xx,
        and a :class:`StoreError` naming the last failure when retries run out.
        """
        check_url(url)
        last = ""
        attempt, challenges = 1, 0
        while attempt <= self.retry.attempts:
            wait = self.retry.delay(attempt)
            try:
                status, reason, answer, data = self._exchange(method, url, body, headers or {})
            except TimeoutError:
                last = f"no answer within {self.timeout:g} s"
                if not retry_timeouts:
                    raise _UnavailableError(f"{method} {url}: {last}") from None
            except (OSError, http.client.HTTPException) as exc:
                last = self._scrub(_describe(exc))
            else:
                if status == 401 and challenges < 2 and self._answer_challenge(url, answer):
                    challenges += 1
                    continue  # answering a challenge is not a failed attempt
                if 200 <= status < 300:
                    return _Response(status, answer.get_content_type(), data)
                detail = _snippet(data)
                if status in (401, 403):
                    raise AuthError(self._scrub(self._auth_message(method, url, status,
                                                                   detail)))
                last = f"HTTP {status} {reason}" + (f": {detail}" if detail else "")
                if 300 <= status < 400:
                    where = answer.get("Location", "elsewhere")
                    raise _RejectedError(f"{method} {url}: the server redirects to {where}; "
                                         "give that URL instead")
                if status not in _RETRY_STATUS:
                    raise _RejectedError(self._scrub(f"{method} {url}: {last}"))
                after = answer.get("Retry-After", "")
                if after.isdigit():
                    wait = min(float(after), self.retry.max_delay)
            if attempt < self.retry.attempts:
                time.sleep(wait)
            attempt += 1
        raise _UnavailableError(f"{method} {url}: {last} (after {self.retry.attempts} attempts)")

    def _auth_message(self, method: str, url: str, code: int, detail: str) -> str:
        host = urllib.parse.urlsplit(url).hostname
        what = "asks for credentials" if code == 401 else "refused access"
        if self.credentials is None:
            hint = (f"set PG_SPARQL_USER and PG_SPARQL_PASSWORD, or add 'machine {host}' "
                    f"to {netrc_path()} (or the file PG_NETRC names)")
            if code == 403:
                hint = f"if it needs credentials, {hint}"
        elif code == 401:
            what = f"refused the credentials from {self.credentials.source}"
            hint = "check the user name and password"
        else:
            what = f"refused access with the credentials from {self.credentials.source}"
            hint = "the user may lack permission to write (or read) there"
        more = f" ({detail})" if detail and code == 403 else ""
        return f"{method} {url}: the server {what} (HTTP {code}){more}; {hint}"


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (is the server running?)"
    if isinstance(exc, urllib.error.URLError):
        return str(exc.reason)
    if isinstance(exc, ConnectionError | http.client.HTTPException):
        return f"the connection broke ({type(exc).__name__})"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def client_for(urls: Iterable[str | None], *, retry: Retry | None = None, timeout: float = 60.0,
               env: Mapping[str, str] | None = None) -> HttpClient:
    """An HTTP client with the credentials for the first of ``urls`` (env, then netrc)."""
    first = next((u for u in urls if u), None)
    if first is None:
        raise InputError("no server URL given")
    return HttpClient(find_credentials(check_url(first), env), retry=retry, timeout=timeout)


def _with_graph(url: str, name: str | None) -> str:
    sep = "&" if "?" in url else "?"
    if name is None:
        return f"{url}{sep}default"
    return f"{url}{sep}{urllib.parse.urlencode({'graph': name})}"


def _update_text(part: GraphPart) -> str:
    body = part.ntriples().decode("utf-8")
    if part.name is None:
        return f"INSERT DATA {{\n{body}}}"
    insert = f"INSERT DATA {{ GRAPH <{part.name}> {{\n{body}}} }}"
    return f"DROP SILENT GRAPH <{part.name}> ;\n{insert}" if part.replace else insert


def send_part(client: HttpClient, endpoint: Endpoint, part: GraphPart) -> None:
    """Write one graph to a server in one request.

    Graph Store Protocol: ``PUT`` replaces the graph, ``POST`` merges into it.
    Without a Graph Store URL, one SPARQL update: ``DROP SILENT GRAPH`` then
    ``INSERT DATA`` (a single request, so a single transaction on every server).
    """
    if endpoint.gsp_url:
        client.send("PUT" if part.replace else "POST", _with_graph(endpoint.gsp_url, part.name),
                    part.ntriples(), {"Content-Type": "text/turtle; charset=utf-8"})
    elif endpoint.update_url:
        client.send("POST", endpoint.update_url, _update_text(part).encode("utf-8"),
                    {"Content-Type": "application/sparql-update; charset=utf-8"})
    else:
        raise InputError("give a Graph Store URL (--gsp-url) or an update URL (--update-url), "
                         "or --server-kind with the server's base URL")


def load_into_endpoint(endpoint: Endpoint, batch: Batch, *, retry: Retry | None = None,
                       timeout: float = 60.0, env: Mapping[str, str] | None = None,
                       on_loaded: Callable[[GraphPart], None] | None = None) -> LoadReport:
    """Load ``batch`` into a server, one request per graph, entities first.

    Each article's graph goes in one ``PUT`` of its full contents, so an article
    is either loaded whole or not changed. Failing requests are retried with
    backoff; when retries run out, :class:`LoadError` names what was loaded and
    what was not, and running the same load again completes it.
    """
    started = time.perf_counter()
    target = endpoint.gsp_url or endpoint.update_url or ""
    with client_for([target], retry=retry, timeout=timeout, env=env) as client:
        report = _send_parts(client, endpoint, batch, target, on_loaded)
    report.seconds = time.perf_counter() - started
    return report


def _send_parts(client: HttpClient, endpoint: Endpoint, batch: Batch, target: str,
                on_loaded: Callable[[GraphPart], None] | None) -> LoadReport:
    report = LoadReport(target)
    for done, part in enumerate(batch.parts):
        try:
            send_part(client, endpoint, part)
        except AuthError as exc:
            if done == 0:
                raise
            raise AuthError(_stopped(target, batch, done, str(exc))) from None
        except StoreError as exc:
            raise LoadError(_stopped(target, batch, done, str(exc)),
                            [p.short_name for p in batch.parts[:done]],
                            [p.short_name for p in batch.parts[done:]]) from None
        report.loaded.append(part)
        if on_loaded is not None:
            on_loaded(part)
    return report


# ---------------------------------------------------------------------------
# Remote queries and updates (SPARQL 1.1 Protocol)

_RESULTS_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.8"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)
_NOISE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
                    r"|'(?:[^'\\\n]|\\.)*'|#[^\n]*|<[^<>\s]*>")
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


def query_form(text: str) -> str:
    """``select``, ``ask``, ``construct`` or ``describe``: the form of a SPARQL query.

    >>> query_form('PREFIX ex: <http://e/select> # ASK\\nCONSTRUCT { ?s ?p "ASK" } WHERE {}')
    'construct'
    """
    match = _FORM.search(_NOISE.sub(" ", text))
    return match.group(1).lower() if match else "select"


def with_prefixes(text: str) -> str:
    """``text`` with the predeclared prefixes it does not declare itself added in front.

    >>> with_prefixes("PREFIX pg: <x:> ASK {}").count("PREFIX pg:")
    1
    """
    declared = {m.group(1) or "" for m in _DECLARED.finditer(_NOISE.sub(" ", text))}
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared)
    return head + text


def remote_query(endpoint: str, text: str, *, timeout: float | None = None,
                 retry: Retry | None = None, env: Mapping[str, str] | None = None) -> QueryResult:
    """Run a query on a SPARQL 1.1 Protocol endpoint, with the predeclared prefixes.

    The query goes as a URL-encoded ``POST`` (every server takes it; Virtuoso 7
    stalls on a direct ``application/sparql-query`` body). The default graph is
    the server's: Oxigraph needs ``--union-default-graph`` to see every graph.
    """
    form = query_form(text)
    body = urllib.parse.urlencode({"query": with_prefixes(text)}).encode("ascii")
    accept = _GRAPH_ACCEPT if form in {"construct", "describe"} else _RESULTS_ACCEPT
    try:
        with client_for([endpoint], retry=retry, timeout=timeout or 300.0, env=env) as client:
            resp = client.send("POST", endpoint, body, {
                "Content-Type": "application/x-www-form-urlencoded", "Accept": accept,
            }, retry_timeouts=False)
    except _RejectedError as exc:
        raise QueryError(f"the server rejected the query: {exc}") from None
    return _parse_answer(resp, form, endpoint)


def _parse_answer(resp: _Response, form: str, endpoint: str) -> QueryResult:
    results_fmt = ox.QueryResultsFormat.from_media_type(resp.content_type)
    try:
        if results_fmt is not None:
            answer = ox.parse_query_results(resp.body, format=results_fmt)
            if isinstance(answer, ox.QueryBoolean):
                return QueryResult("ask", boolean=bool(answer))
            variables = [v.value for v in answer.variables]
            rows = [[sol[v] for v in variables] for sol in answer]
            if form == "ask" and len(rows) == 1 and len(variables) == 1:  # Virtuoso's ASK
                value = rows[0][0]
                truth = value is not None and value.value in {"1", "true"}
                return QueryResult("ask", boolean=truth)
            return QueryResult("select", variables=variables, rows=rows)
        rdf_fmt = ox.RdfFormat.from_media_type(resp.content_type)
        if rdf_fmt is not None:
            triples = [q.triple for q in ox.parse(resp.body, format=rdf_fmt)]
            return QueryResult("graph", triples=triples)
    except (SyntaxError, ValueError) as exc:
        raise StoreError(f"{endpoint}: cannot read the answer ({resp.content_type}): "
                         f"{exc}") from None
    raise StoreError(f"{endpoint}: the server answered with {resp.content_type!r}, which is not "
                     "SPARQL results or RDF; is this the query URL?")


def remote_update(endpoint: str, text: str, *, timeout: float = 60.0, retry: Retry | None = None,
                  env: Mapping[str, str] | None = None) -> None:
    """Run a SPARQL 1.1 update on a server's update URL (with the predeclared prefixes)."""
    with client_for([endpoint], retry=retry, timeout=timeout, env=env) as client:
        client.send("POST", endpoint, with_prefixes(text).encode("utf-8"),
                    {"Content-Type": "application/sparql-update; charset=utf-8"})


# ---------------------------------------------------------------------------
# Serving the embedded store


def oxigraph_executable() -> str:
    """The ``oxigraph`` server program: beside this Python, else on ``PATH``."""
    here = Path(sys.executable).parent / "oxigraph"
    if here.is_file() and os.access(here, os.X_OK):
        return str(here)
    found = shutil.which("oxigraph")
    if found is None:
        raise StoreError("the Oxigraph server is not installed: pip install oxigraph "
                         "(it comes with policygraph[dev])")
    return found


def serve_command(store: Path, *, bind: str = "127.0.0.1", port: int = 7878,
                  writable: bool = False, executable: str = "oxigraph") -> list[str]:
    """The command line that serves ``store`` over SPARQL on ``bind:port``.

    The union of all graphs is the default graph, as for ``policygraph query --store``.

    >>> serve_command(Path("st"), port=8000, writable=True)[1:]
    ['serve', '--location', 'st', '--bind', '127.0.0.1:8000', '--union-default-graph']
    """
    if not 0 < port < 65536:
        raise InputError(f"--port {port} is not a TCP port")
    if not writable and not store.is_dir():
        raise StoreError(f"{store}: no store there (build or load with --store {store} first)")
    host = f"[{bind}]" if ":" in bind else bind
    mode = "serve" if writable else "serve-read-only"
    return [executable, mode, "--location", str(store), "--bind", f"{host}:{port}",
            "--union-default-graph"]


__all__ = [
    "ARTICLE_BASE", "ENTITY_GRAPH", "SERVER_KINDS", "AuthError", "Batch", "Credentials",
    "Endpoint", "GraphPart", "HttpClient", "LoadError", "LoadReport", "Retry",
    "batch_from_dataset", "dataset_quads", "find_credentials", "load_dataset",
    "load_into_endpoint", "load_into_store", "open_store", "oxigraph_executable", "parse_batch",
    "read_batch", "remote_query", "remote_update", "serve_command", "split_triples",
]

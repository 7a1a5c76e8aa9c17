"""No network access the user did not ask for.

A listener on 127.0.0.1 counts every connection: SPARQL ``SERVICE`` reaches it only
with ``--allow-service`` (the positive control shows the counter works), JSON-LD
remote contexts and XML external entities are refused before anything is fetched
or read, and ``serve`` listens on 127.0.0.1, read-only, unless told otherwise.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from typer.testing import CliRunner

from policygraph.cli import app
from policygraph.errors import InputError, PolicyGraphError, QueryError
from policygraph.query import execute, load_files, uses_service

ANSWER = b'{"head": {"vars": []}, "results": {"bindings": [{}]}}'


class Listener:
    """A tiny HTTP server on 127.0.0.1 that counts connections and answers one SPARQL result."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.requests: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    self.requests.append(conn.recv(65536))
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results"
                                 b"+json\r\nConnection: close\r\nContent-Length: "
                                 + str(len(ANSWER)).encode() + b"\r\n\r\n" + ANSWER)
                except OSError:
                    pass

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


@pytest.fixture
def no_python_sockets(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Python code (rdflib, urllib, the store client) may not open a connection."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError(f"a network connection was attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


@pytest.fixture
def graph(tmp_path: Path) -> Path:
    path = tmp_path / "g.nt"
    path.write_text('<http://e/s> <http://x#p> "o" .\n<http://e/s> <http://e/q> "SERVICE" .\n',
                    "utf-8")
    return path


def service_queries(url: str) -> list[str]:
    """SERVICE clauses, some written to slip past a naive check."""
    return [
        f"SELECT * {{ SERVICE <{url}/a> {{ ?s ?p ?o }} }}",
        f"select * {{ service silent <{url}/b> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ ?s <http://x#p> ?o . SERVICE <{url}/c> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ ?s <http://x'p> ?o . SERVICE <{url}/d> {{ ?s ?p ?o }} }}",
        f"PREFIX e: <http://e/> SELECT * {{ ?s e:a\\#b ?o . SERVICE <{url}/e> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ ?s ?p 'a \\' # not a comment' . SERVICE <{url}/f> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ # a comment\nSERVICE <{url}/g> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ ?s ?p \"\"\"x\"\"\" SERVICE <{url}/h> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ \\u0053ERVICE <{url}/i> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ BIND(<{url}/j> AS ?u) SERVICE ?u {{ ?s ?p ?o }} }}",
    ]


def test_service_is_refused_on_graph_files(listener: Listener, graph: Path) -> None:
    for text in service_queries(listener.url):
        with pytest.raises(QueryError, match="pass --allow-service"):
            execute(text, graphs=[graph])
        with pytest.raises(QueryError, match="pass --allow-service"):
            execute(text, graphs=[graph], timeout=10)
    assert listener.requests == []


def test_service_allowed_reaches_the_server(listener: Listener, graph: Path) -> None:
    """The positive control: the listener does see a SERVICE call when it is allowed."""
    text = f"SELECT * {{ SERVICE <{listener.url}/sparql> {{ ?s ?p ?o }} }}"
    execute(text, graphs=[graph], allow_service=True)
    assert len(listener.requests) == 1 and listener.requests[0].startswith(b"POST /sparql ")


def test_service_in_strings_iris_and_comments_is_not_a_service(graph: Path) -> None:
    for text in ["SELECT ?s { ?s ?p 'SERVICE' }", 'SELECT ?s { ?s ?p """SERVICE""" }',
                 "SELECT ?s { ?s <http://e/SERVICE> ?o }", "SELECT ?s { ?s ?p ?o } # SERVICE"]:
        assert not uses_service(text), text
        execute(text, graphs=[graph])


def test_service_is_refused_on_the_command_line(listener: Listener, graph: Path) -> None:
    result = CliRunner().invoke(app, ["query", str(graph), service_queries(listener.url)[2]])
    assert result.exit_code == 2
    assert "pass --allow-service to permit it" in " ".join(result.stderr.split())
    assert listener.requests == []


def test_service_is_refused_on_the_store(listener: Listener, graph: Path, tmp_path: Path
                                         ) -> None:
    folder = tmp_path / "store"
    store = ox.Store(str(folder))
    store.load(path=str(graph), format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    del store
    for text in service_queries(listener.url):
        with pytest.raises(QueryError, match="allow-service"):
            execute(text, graphs=[], store=folder)
    assert listener.requests == []


def test_service_is_refused_before_the_endpoint_is_contacted(
        listener: Listener, no_python_sockets: list[object]) -> None:
    for text in service_queries(listener.url):
        with pytest.raises(QueryError, match="allow-service"):
            execute(text, graphs=[], endpoint=f"{listener.url}/query")
    assert listener.requests == [] and no_python_sockets == []


# ------------------------------------------------------------------- JSON-LD contexts


def remote_contexts(url: str) -> list[object]:
    return [f"{url}/context.jsonld", [f"{url}/context.jsonld", {"e": "http://e/"}],
            {"@import": f"{url}/context.jsonld"}]


def test_jsonld_remote_contexts_are_never_fetched(listener: Listener, tmp_path: Path) -> None:
    for i, context in enumerate(remote_contexts(listener.url)):
        path = tmp_path / f"remote{i}.jsonld"
        path.write_text(json.dumps({"@context": context, "@id": "http://e/s",
                                    "http://e/p": "o"}), "utf-8")
        with pytest.raises(InputError) as info:
            load_files([path])
        assert "policygraph never fetches one: put the context itself in the file" in str(
            info.value)
        result = CliRunner().invoke(app, ["query", str(path), "ASK { ?s ?p ?o }"])
        assert result.exit_code == 2 and "@context is a URL" in " ".join(result.stderr.split())
        result = CliRunner().invoke(app, ["validate", str(path)])
        assert result.exit_code == 2
    assert listener.requests == []


def test_the_store_loader_does_not_fetch_contexts_either(listener: Listener, tmp_path: Path
                                                         ) -> None:
    store = pytest.importorskip("policygraph.store")
    read_batch = getattr(store, "read_batch", None)
    if read_batch is None:
        pytest.skip("policygraph.store has no read_batch")
    path = tmp_path / "remote.jsonld"
    path.write_text(json.dumps({"@context": f"{listener.url}/c.jsonld", "@id": "http://e/s",
                                "http://e/p": "o"}), "utf-8")
    with pytest.raises(PolicyGraphError):
        read_batch([path])
    assert listener.requests == []


def test_our_jsonld_embeds_its_context_and_parses_offline(no_python_sockets: list[object]
                                                          ) -> None:
    from policygraph.serialize import jsonld
    from policygraph.vocab import PG, PGR

    g = Graph()
    g.add((PGR["org/kt"], PG.basedIn, PGR["country/KR"]))
    doc = json.loads(jsonld(g))
    assert isinstance(doc["@context"], dict)
    assert not any(isinstance(v, str) and v.endswith(".jsonld") for v in doc["@context"].values())
    assert len(Graph().parse(data=json.dumps(doc), format="json-ld")) == 1
    assert no_python_sockets == []


# ------------------------------------------------------------------- XML entities

RDF_XML = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ {entities} ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">
  <rdf:Description rdf:about="http://e/s"><e:p>{body}</e:p></rdf:Description>
</rdf:RDF>
"""
LAUGHS = '<!ENTITY lol0 "lol">' + "".join(
    f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))


@pytest.mark.parametrize(("entities", "body", "message"), [
    ('<!ENTITY secret SYSTEM "file://{secret}">', "&secret;", "external entity 'secret'"),
    ('<!ENTITY remote SYSTEM "{url}/entity">', "&remote;", "external entity 'remote'"),
    ('<!ENTITY remote PUBLIC "-//X//EN" "{url}/entity">', "&remote;", "external entity"),
    ('<!ENTITY % dtd SYSTEM "{url}/evil.dtd"> %dtd;', "x", "parameter entity 'dtd'"),
    (LAUGHS, "&lol9;", "entity 'lol1' is made of other entities"),
    ('<!ENTITY big "{big}">', "&big;" * 200, "expand to over 10,000,000 characters"),
])
def test_xml_entities_are_not_expanded(listener: Listener, tmp_path: Path, entities: str,
                                       body: str, message: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", "utf-8")
    path = tmp_path / "doc.rdf"
    path.write_text(RDF_XML.replace("{entities}", entities.format(
        secret=secret, url=listener.url, big="x" * 60_000)).replace("{body}", body), "utf-8")
    with pytest.raises(InputError, match=message):
        load_files([path])
    result = CliRunner().invoke(app, ["query", str(path), "SELECT ?o { ?s ?p ?o }"])
    assert result.exit_code == 2 and "TOP-SECRET" not in result.stdout
    assert listener.requests == []


def test_an_external_dtd_is_refused(listener: Listener, tmp_path: Path) -> None:
    path = tmp_path / "doc.rdf"
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF SYSTEM "{listener.url}/x.dtd">\n'
                    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>\n',
                    "utf-8")
    with pytest.raises(InputError, match="external DTD"):
        load_files([path])
    assert listener.requests == []


def test_plain_internal_entities_still_work(tmp_path: Path) -> None:
    path = tmp_path / "onto.rdf"
    path.write_text(RDF_XML.replace("{entities}", '<!ENTITY e "http://e/">')
                    .replace("{body}", "&e;x"), "utf-8")
    store = load_files([path])
    assert [q.object.value for q in store] == ["http://e/x"]


def test_pyoxigraph_itself_refuses_external_entities(listener: Listener, tmp_path: Path) -> None:
    """The second line of defence, for loaders that do not call check_xml_entities."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", "utf-8")
    for decl in (f'<!ENTITY s SYSTEM "file://{secret}">', f'<!ENTITY s SYSTEM "{listener.url}">'):
        data = RDF_XML.replace("{entities}", decl).replace("{body}", "&s;")
        with pytest.raises(SyntaxError):
            list(ox.parse(data, format=ox.RdfFormat.RDF_XML))
    assert listener.requests == []


# ------------------------------------------------------------------- serve


def test_serve_listens_on_localhost_read_only_by_default(monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    if "serve" not in {c.name for c in app.registered_commands}:
        pytest.skip("no serve command")
    import os

    started: list[list[str]] = []

    def fake_exec(path: str, argv: list[str]) -> None:
        started.append(list(argv))
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "execv", fake_exec)
    monkeypatch.setattr("policygraph.store.oxigraph_executable", lambda: "oxigraph")
    def fake_call(argv: list[str]) -> int:
        started.append(list(argv))
        return 0

    monkeypatch.setattr("subprocess.call", fake_call)
    (tmp_path / "store").mkdir()
    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.stderr
    (command,) = started
    assert command[1] == "serve-read-only"
    assert command[command.index("--bind") + 1] == "127.0.0.1:7878"

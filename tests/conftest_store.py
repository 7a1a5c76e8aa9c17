"""Helpers for the store tests: hand-made articles, real servers, a fault-injecting proxy.

Imported by ``test_store*.py``; nothing here needs the spaCy model.
"""

from __future__ import annotations

import base64
import http.client
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from policygraph.graph import build_dataset
from policygraph.model import Article, Entity, EntityType, Evidence, Extraction, Fact, Value
from policygraph.store import ARTICLE_BASE, ENTITY_GRAPH, Batch, batch_from_dataset

PASSWORD = "s3cret-Pa55word-9f1c"  # must never appear in any output
USER = "loader"

HUAWEI = Entity("org/huawei", EntityType.COMPANY, "Huawei", frozenset({"Huawei Technologies"}))
CHINA = Entity("country/CN", EntityType.COUNTRY, "China", iso_code="CN")
KOREA = Entity("country/KR", EntityType.COUNTRY, "South Korea", frozenset({"S. Korea"}), "KR")
CLEAN = Entity("policy/clean-network", EntityType.POLICY, "Clean Network")
LGU = Entity("org/lg-uplus", EntityType.TELCO, "LG U+", frozenset({"LG Uplus"}))


def _ev(text: str, sentence: str, rule: str, confidence: float = 0.8) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence), rule, confidence)


def article(article_id: str, *, corrected: bool = False) -> Extraction:
    """One hand-made article's extraction, in the shape the pipeline gives.

    Texts hold quotes, tabs, newlines and non-ASCII so every writer must escape them.
    """
    published = datetime(2020, 10, 15, 17, 12, tzinfo=timezone(timedelta(hours=9)))
    if article_id.endswith("lg"):
        text = ("LG U+ uses equipment from Huawei.\nSeoul\tsays \"no change\" — for now.\n"
                "South Korea was urged to join the Clean Network.")
        ex = Extraction(
            Article(id=article_id, text=text, headline="LG U+ and Huawei", published=published,
                    publisher="The Hankyoreh", url="https://example.org/lg"),
            (LGU, HUAWEI, KOREA, CLEAN),
            (Fact("org/lg-uplus", "usesEquipmentFrom", "org/huawei",
                  _ev(text, "LG U+ uses equipment from Huawei.", "relations.uses")),
             Fact("country/KR", "urgedToJoin", "policy/clean-network",
                  _ev(text, "South Korea was urged to join the Clean Network.",
                      "relations.urged"))),
            ())
        return ex
    text = ("The Clean Network excludes Huawei.\nHuawei is based in China.\n"
            "The policy was announced in August 2020.")
    facts = [Fact("policy/clean-network", "excludes", "org/huawei",
                  _ev(text, "The Clean Network excludes Huawei.", "relations.excludes")),
             Fact("org/huawei", "basedIn", "country/CN",
                  _ev(text, "Huawei is based in China.", "relations.based_in", 0.9))]
    if corrected:  # the corrected build drops a wrong fact and lowers a confidence
        facts = [Fact(f.subject, f.predicate, f.object,
                      Evidence(f.evidence.sentence, f.evidence.start, f.evidence.end,
                               f.evidence.rule, 0.55)) for f in facts[:1]]
    values = (Value("policy/clean-network", "announcedOn", "2020-08", "gYearMonth",
                    _ev(text, "The policy was announced in August 2020.", "values.announced")),)
    return Extraction(
        Article(id=article_id, text=text, headline=f"Headline of {article_id} « quoted »",
                published=published, authors=("Kim Ji-eun",), dateline="SEOUL"),
        (CLEAN, HUAWEI, CHINA), tuple(facts), values)


ARTICLE_IDS = ("a1-clean", "a2-lg", "a3-clean")


def dataset(*ids: str, corrected: tuple[str, ...] = ()) -> Dataset:
    """The dataset a build of these articles gives."""
    return build_dataset(article(i, corrected=i in corrected) for i in (ids or ARTICLE_IDS))


def batch(*ids: str, corrected: tuple[str, ...] = ()) -> Batch:
    """The batch to load for these articles."""
    return batch_from_dataset(dataset(*ids, corrected=corrected))


def graph_iri(article_id: str) -> str:
    """The named graph of an article."""
    return ARTICLE_BASE + article_id


def nquads(ds: Dataset) -> str:
    """``ds`` as N-Quads written by pyoxigraph."""
    store = ox.Store()
    store.extend(batch_quads(batch_from_dataset(ds)))
    data = ox.serialize(store, format=ox.RdfFormat.N_QUADS)
    return data.decode("utf-8") if isinstance(data, bytes) else str(data)


def batch_quads(b: Batch) -> list[ox.Quad]:
    """Every quad of a batch."""
    return [q for part in b.parts for q in part.quads]


def expected_store(*ids: str, corrected: tuple[str, ...] = ()) -> ox.Store:
    """An in-memory store holding what a correct load of these articles leaves."""
    store = ox.Store()
    store.extend(batch_quads(batch(*ids, corrected=corrected)))
    return store


def graphs_of(store: ox.Store) -> dict[str, set[str]]:
    """Each named graph of an embedded store as a set of N-Triples lines."""
    out: dict[str, set[str]] = {}
    for q in store.quads_for_pattern(None, None, None, None):
        name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
        out.setdefault(name, set()).add(str(q.triple))
    return out


# ---------------------------------------------------------------------------
# Processes and ports


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_http(url: str, seconds: float = 20.0) -> None:
    """Return once ``url`` answers a GET with any HTTP status."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=1) as resp:
                resp.read()
                return
        except urllib.error.HTTPError as exc:
            exc.close()
            return
        except (OSError, http.client.HTTPException):
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url} did not come up in {seconds} s") from None
            time.sleep(0.05)


def oxigraph_bin() -> str:
    """The ``oxigraph`` server program of this environment."""
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else (shutil.which("oxigraph") or "oxigraph")


class OxigraphServer:
    """A real ``oxigraph serve`` on 127.0.0.1, which a test can kill and restart."""

    def __init__(self, location: Path) -> None:
        self.location = location
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def query_url(self) -> str:
        return self.base + "/query"

    @property
    def gsp_url(self) -> str:
        return self.base + "/store"

    @property
    def update_url(self) -> str:
        return self.base + "/update"

    def start(self) -> OxigraphServer:
        self.proc = subprocess.Popen(
            [oxigraph_bin(), "serve", "--location", str(self.location),
             "--bind", f"127.0.0.1:{self.port}", "--union-default-graph"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_http(self.base + "/query?query=ASK%7B%7D")
        return self

    def ensure_empty(self) -> OxigraphServer:
        """Start the server if a test left it dead, and drop everything in it."""
        if self.proc is None or self.proc.poll() is not None:
            self.proc = None
            self.start()
        req = urllib.request.Request(self.update_url, data=b"DROP ALL", method="POST",
                                     headers={"Content-Type": "application/sparql-update"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            resp.read()
        return self

    def kill(self) -> None:
        """SIGKILL: the server dies as in a crash."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None


def running_oxigraph(folder: Path) -> Iterator[OxigraphServer]:
    """Body of a fixture: a server on its own folder, stopped afterwards."""
    server = OxigraphServer(folder / "oxigraph-db").start()
    try:
        yield server
    finally:
        server.stop()


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
DirsAllowed = ., {dir}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
"""


class VirtuosoServer:
    """Debian's Virtuoso 7 (``virtuoso-t``) on 127.0.0.1, in its own folder; user dba/dba."""

    user = "dba"
    password = "dba"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.http_port = free_port()
        self.base = f"http://127.0.0.1:{self.http_port}"
        (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(
            dir=folder, sql_port=free_port(), http_port=self.http_port))
        self.proc: subprocess.Popen[bytes] | None = None

    @staticmethod
    def program() -> str | None:
        return shutil.which("virtuoso-t")

    def start(self) -> VirtuosoServer:
        program = self.program()
        assert program is not None
        self.proc = subprocess.Popen(
            [program, "+foreground", "+configfile", str(self.folder / "virtuoso.ini")],
            cwd=self.folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_http(self.base + "/sparql?query=ASK%7B%7D", seconds=60)
        return self

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None


# ---------------------------------------------------------------------------
# A proxy in front of a server: Basic auth, failures, dropped connections


class Proxy:
    """A small HTTP proxy to ``upstream`` that can demand Basic auth and inject faults.

    ``fail_first``: answer the first N requests with ``fail_status``.
    ``drop_after``: forward N requests, then close every later connection unanswered.
    ``delay_first``: sleep ``delay`` seconds before answering the first N requests.
    """

    def __init__(self, upstream: str, *, user: str | None = None, password: str | None = None,
                 fail_first: int = 0, fail_status: int = 503, drop_after: int | None = None,
                 delay_first: int = 0, delay: float = 0.0) -> None:
        self.upstream = urllib.parse.urlsplit(upstream)
        self.expected = None
        if user is not None and password is not None:
            token = base64.b64encode(f"{user}:{password}".encode()).decode()
            self.expected = f"Basic {token}"
        self.fail_first, self.fail_status = fail_first, fail_status
        self.drop_after, self.delay_first, self.delay = drop_after, delay_first, delay
        self.requests: list[tuple[str, str, int]] = []  # method, path, status
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,),
                                       daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)

    def __enter__(self) -> Proxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def _answer(self, status: int, body: bytes = b"", ctype: str = "text/plain",
                        extra: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (extra or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with proxy.lock:
                    n = len(proxy.requests) + 1
                    proxy.requests.append((self.command, self.path, 0))
                if proxy.expected is not None and \
                        self.headers.get("Authorization") != proxy.expected:
                    with proxy.lock:
                        proxy.requests[n - 1] = (self.command, self.path, 401)
                    self._answer(401, b"who are you?",
                                 extra={"WWW-Authenticate": 'Basic realm="policygraph test"'})
                    return
                if n <= proxy.delay_first:
                    time.sleep(proxy.delay)
                if n <= proxy.fail_first:
                    self._answer(proxy.fail_status, b"try again later")
                    return
                forwarded = sum(1 for r in proxy.requests if r[2] > 0)
                if proxy.drop_after is not None and forwarded >= proxy.drop_after:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                conn = http.client.HTTPConnection(proxy.upstream.hostname or "127.0.0.1",
                                                  proxy.upstream.port, timeout=30)
                try:
                    headers = {k: v for k, v in self.headers.items()
                               if k.lower() in {"content-type", "accept"}}
                    conn.request(self.command, self.path, body=body, headers=headers)
                    resp = conn.getresponse()
                    data = resp.read()
                    with proxy.lock:
                        proxy.requests[n - 1] = (self.command, self.path, resp.status)
                    self._answer(resp.status, data,
                                 resp.getheader("Content-Type") or "text/plain")
                finally:
                    conn.close()

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle  # noqa: N815

        return Handler


__all__ = ["ARTICLE_IDS", "ENTITY_GRAPH", "PASSWORD", "USER", "OxigraphServer", "Proxy",
           "VirtuosoServer",
           "article", "batch", "dataset", "expected_store", "free_port", "graph_iri", "graphs_of",
           "nquads", "oxigraph_bin", "running_oxigraph", "wait_for_http"]

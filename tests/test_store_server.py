"""Loading into and querying a real Oxigraph server on 127.0.0.1, over the W3C protocols."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from conftest_store import (
    ARTICLE_IDS,
    PASSWORD,
    USER,
    OxigraphServer,
    Proxy,
    batch,
    dataset,
    expected_store,
    free_port,
    graph_iri,
    nquads,
    running_oxigraph,
    wait_for_http,
)
from policygraph.cli import app
from policygraph.errors import QueryError, StoreError
from policygraph.store import (
    ENTITY_GRAPH,
    AuthError,
    Endpoint,
    GraphPart,
    LoadError,
    Retry,
    load_dataset,
    load_into_endpoint,
    open_store,
    remote_query,
)

pytestmark = pytest.mark.server
runner = CliRunner()
FAST = Retry(attempts=3, backoff=0.05)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("PG_SPARQL_USER", "PG_SPARQL_PASSWORD", "http_proxy", "HTTP_PROXY",
                 "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    empty = tmp_path / "empty.netrc"
    empty.write_text("")
    monkeypatch.setenv("PG_NETRC", str(empty))


@pytest.fixture(scope="module")
def _oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    yield from running_oxigraph(tmp_path_factory.mktemp("oxigraph"))


@pytest.fixture
def server(_oxigraph: OxigraphServer) -> OxigraphServer:
    """The module's server, running and empty."""
    return _oxigraph.ensure_empty()


def endpoint(server: OxigraphServer) -> Endpoint:
    return Endpoint.for_server("oxigraph", server.base)


def remote_graphs(query_url: str) -> dict[str, set[str]]:
    """Each named graph on the server, as a set of N-Triples lines."""
    result = remote_query(query_url, "SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }")
    out: dict[str, set[str]] = {}
    for g, s, p, o in result.rows:
        assert g is not None and s is not None and p is not None and o is not None
        assert not isinstance(s, ox.Literal) and isinstance(p, ox.NamedNode)
        out.setdefault(g.value, set()).add(str(ox.Triple(s, p, o)))
    return out


def local_graphs(*ids: str, corrected: tuple[str, ...] = ()) -> dict[str, set[str]]:
    store = expected_store(*ids, corrected=corrected)
    out: dict[str, set[str]] = {}
    for q in store:
        assert isinstance(q.graph_name, ox.NamedNode)
        out.setdefault(q.graph_name.value, set()).add(str(q.triple))
    return out


def count(query_url: str) -> int:
    result = remote_query(query_url, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
    value = result.rows[0][0]
    assert value is not None
    return int(value.value)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_load_then_query_over_http(server: OxigraphServer) -> None:
    report = load_into_endpoint(endpoint(server), batch(), retry=FAST)
    assert report.articles == 3
    assert remote_graphs(server.query_url) == local_graphs()
    select = remote_query(server.query_url, """
        SELECT DISTINCT ?label WHERE { ?p pg:excludes ?c . ?c rdfs:label ?label }""")
    assert select.kind == "select" and [r[0].value for r in select.rows if r[0]] == ["Huawei"]
    ask = remote_query(server.query_url, "ASK { ?t a pg:Telco }")
    assert ask.kind == "ask" and ask.boolean is True
    graph = remote_query(server.query_url,
                         "CONSTRUCT { ?c pg:isoCode ?iso } WHERE { ?c pg:isoCode ?iso }")
    assert graph.kind == "graph"
    assert sorted(t.object.value for t in graph.triples) == ["CN", "KR"]


def test_reloading_leaves_the_count_unchanged(server: OxigraphServer) -> None:
    load_into_endpoint(endpoint(server), batch(), retry=FAST)
    first = count(server.query_url)
    assert first == len(expected_store())
    load_into_endpoint(endpoint(server), batch(), retry=FAST)
    assert count(server.query_url) == first
    assert remote_graphs(server.query_url) == local_graphs()


def test_a_corrected_article_replaces_only_its_graph(server: OxigraphServer) -> None:
    load_into_endpoint(endpoint(server), batch(), retry=FAST)
    before = remote_graphs(server.query_url)
    load_into_endpoint(endpoint(server), batch("a1-clean", corrected=("a1-clean",)), retry=FAST)
    after = remote_graphs(server.query_url)
    fixed = local_graphs("a1-clean", corrected=("a1-clean",))
    assert after[graph_iri("a1-clean")] == fixed[graph_iri("a1-clean")]
    assert after[graph_iri("a1-clean")] != before[graph_iri("a1-clean")]
    for other in (graph_iri("a2-lg"), graph_iri("a3-clean"), ENTITY_GRAPH):
        assert after[other] == before[other]


def test_server_killed_mid_load_then_rerun(server: OxigraphServer) -> None:
    """The server dies after the first article: the error says what is in, a rerun finishes."""
    def crash_after_first_article(part: GraphPart) -> None:
        if part.is_article:
            server.kill()

    with pytest.raises(LoadError) as caught:
        load_into_endpoint(endpoint(server), batch(), retry=FAST,
                           on_loaded=crash_after_first_article)
    assert caught.value.loaded == ["entities graph", "article/a1-clean"]
    assert caught.value.pending == ["article/a2-lg", "article/a3-clean"]
    message = str(caught.value)
    assert "connection refused" in message and "after 3 attempts" in message
    assert "loaded whole: entities graph, article/a1-clean" in message

    server.start()  # same folder, same port: what survived the crash
    survived = remote_graphs(server.query_url)
    expected = local_graphs()
    assert set(survived) == {ENTITY_GRAPH, graph_iri("a1-clean")}
    assert survived[graph_iri("a1-clean")] == expected[graph_iri("a1-clean")]

    load_into_endpoint(endpoint(server), batch(), retry=FAST)
    assert remote_graphs(server.query_url) == expected
    assert count(server.query_url) == len(expected_store())


def test_dropped_connections_mid_load_then_rerun(server: OxigraphServer) -> None:
    """A proxy that starts hanging up: no article is half there, and a rerun completes."""
    with Proxy(server.base, drop_after=2) as proxy:
        with pytest.raises(LoadError) as caught:
            load_into_endpoint(Endpoint.for_server("oxigraph", proxy.url), batch(), retry=FAST)
    assert caught.value.loaded == ["entities graph", "article/a1-clean"]
    assert "the connection broke" in str(caught.value)
    present = remote_graphs(server.query_url)
    expected = local_graphs()
    for name, triples in present.items():
        assert triples == expected[name], f"{name} is half loaded"
    load_into_endpoint(endpoint(server), batch(), retry=FAST)
    assert remote_graphs(server.query_url) == expected


def test_temporary_failures_are_retried(server: OxigraphServer) -> None:
    with Proxy(server.base, fail_first=2, fail_status=503) as proxy:
        load_into_endpoint(Endpoint.for_server("oxigraph", proxy.url), batch(), retry=FAST)
        statuses = [r[2] for r in proxy.requests]
    assert statuses[:2] == [0, 0] and all(s in (201, 204) for s in statuses[2:])
    assert remote_graphs(server.query_url) == local_graphs()


def test_a_slow_answer_times_out_and_is_retried(server: OxigraphServer) -> None:
    with Proxy(server.base, delay_first=1, delay=1.0) as proxy:
        load_into_endpoint(Endpoint.for_server("oxigraph", proxy.url), batch(), retry=FAST,
                           timeout=0.3)
        assert len(proxy.requests) == len(batch().parts) + 1
    assert remote_graphs(server.query_url) == local_graphs()


def test_retries_are_bounded(server: OxigraphServer) -> None:
    with Proxy(server.base, fail_first=1000, fail_status=502) as proxy:
        started = time.monotonic()
        with pytest.raises(LoadError) as caught:
            load_into_endpoint(Endpoint.for_server("oxigraph", proxy.url), batch(),
                               retry=Retry(attempts=3, backoff=0.05))
        assert len(proxy.requests) == 3
    assert time.monotonic() - started < 5
    assert caught.value.loaded == [] and len(caught.value.pending) == 4
    assert "HTTP 502" in str(caught.value)


def test_a_client_error_is_not_retried(server: OxigraphServer) -> None:
    bad = Endpoint(None, None, server.base + "/no-such-service")
    with pytest.raises(LoadError) as caught:
        load_into_endpoint(bad, batch(), retry=FAST)
    assert "HTTP 404" in str(caught.value)


def test_load_with_sparql_update_when_there_is_no_graph_store(server: OxigraphServer) -> None:
    only_update = Endpoint(None, server.update_url, None)
    load_into_endpoint(only_update, batch(), retry=FAST)
    load_into_endpoint(only_update, batch(), retry=FAST)
    assert remote_graphs(server.query_url) == local_graphs()
    load_into_endpoint(only_update, batch("a1-clean", corrected=("a1-clean",)), retry=FAST)
    graphs = remote_graphs(server.query_url)
    assert graphs[graph_iri("a1-clean")] == local_graphs(
        "a1-clean", corrected=("a1-clean",))[graph_iri("a1-clean")]


def test_a_bad_query_is_a_query_error(server: OxigraphServer) -> None:
    with pytest.raises(QueryError, match="rejected the query"):
        remote_query(server.query_url, "SELECT WHERE nonsense")
    with pytest.raises(QueryError, match="HTTP 404"):
        remote_query(server.base + "/nothing-here", "ASK {}")


# ---------------------------------------------------------------------------
# The command line against the server


def test_cli_load_and_query_by_server_kind(server: OxigraphServer, tmp_path: Path) -> None:
    graph = tmp_path / "g.trig"
    graph.write_text(dataset().serialize(format="trig"), encoding="utf-8")
    for _ in range(2):
        result = runner.invoke(app, ["load", str(graph), "--endpoint", server.base,
                                     "--server-kind", "oxigraph"])
        assert result.exit_code == 0, result.output
        assert "3 articles" in result.output
    assert count(server.query_url) == len(expected_store())
    asked = runner.invoke(app, ["query", "--endpoint", server.query_url, "-f", "csv",
                                "SELECT ?iso { ?c pg:isoCode ?iso } ORDER BY ?iso"])
    assert asked.exit_code == 0, asked.output
    assert asked.stdout.split() == ["iso", "CN", "KR"]


def test_cli_load_turtle_into_the_graph_store(server: OxigraphServer, tmp_path: Path) -> None:
    from policygraph.serialize import FORMATS, serialize

    graph = tmp_path / "g.ttl"
    graph.write_text(serialize(dataset(), FORMATS["turtle"]), encoding="utf-8")
    result = runner.invoke(app, ["load", str(graph), "--endpoint", server.gsp_url])
    assert result.exit_code == 0, result.output
    assert remote_graphs(server.query_url) == local_graphs()


def test_cli_reports_a_dead_server_and_exits_2(tmp_path: Path) -> None:
    graph = tmp_path / "g.nq"
    graph.write_text(nquads(dataset("a1-clean")), encoding="utf-8")
    port = free_port()
    result = runner.invoke(app, ["load", str(graph), "--endpoint", f"http://127.0.0.1:{port}",
                                 "--server-kind", "oxigraph", "--attempts", "2"])
    assert result.exit_code == 2
    out = flat(result.output)
    assert "connection refused" in out and "not loaded: entities graph, article/a1-clean" in out


# ---------------------------------------------------------------------------
# Credentials


@pytest.fixture
def guarded(server: OxigraphServer) -> Iterator[Proxy]:
    with Proxy(server.base, user=USER, password=PASSWORD) as proxy:
        yield proxy


def test_credentials_from_the_environment(guarded: Proxy, server: OxigraphServer,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PG_SPARQL_USER", USER)
    monkeypatch.setenv("PG_SPARQL_PASSWORD", PASSWORD)
    load_into_endpoint(Endpoint.for_server("oxigraph", guarded.url), batch(), retry=FAST)
    statuses = [r[2] for r in guarded.requests]
    assert statuses[0] == 401 and 401 not in statuses[2:], "Basic is sent unasked once accepted"
    assert count(guarded.url + "/query") == len(expected_store())


def test_credentials_from_a_netrc_file(guarded: Proxy, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    rc = tmp_path / "pg.netrc"
    rc.write_text(f"machine 127.0.0.1 login {USER} password {PASSWORD}\n")
    rc.chmod(0o600)
    monkeypatch.setenv("PG_NETRC", str(rc))
    load_into_endpoint(Endpoint.for_server("oxigraph", guarded.url), batch(), retry=FAST)
    assert count(guarded.url + "/query") == len(expected_store())


def test_wrong_credentials_exit_2_and_never_show_the_password(guarded: Proxy,
                                                              tmp_path: Path) -> None:
    graph = tmp_path / "g.nq"
    graph.write_text(nquads(dataset()), encoding="utf-8")
    wrong = PASSWORD[::-1]
    env = {**os.environ, "PG_SPARQL_USER": USER, "PG_SPARQL_PASSWORD": wrong}
    cli = [sys.executable, "-m", "policygraph"]
    loaded = subprocess.run([*cli, "load", str(graph), "--endpoint", guarded.url,
                             "--server-kind", "oxigraph"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert loaded.returncode == 2
    said = flat(loaded.stdout + loaded.stderr)
    assert "refused the credentials from PG_SPARQL_USER/PG_SPARQL_PASSWORD (HTTP 401)" in said
    assert wrong not in said and PASSWORD not in said
    asked = subprocess.run([*cli, "query", "--endpoint", guarded.url + "/query", "ASK {}"],
                           capture_output=True, text=True, env=env, timeout=60)
    assert asked.returncode == 2
    assert "HTTP 401" in asked.stderr and wrong not in asked.stdout + asked.stderr
    assert {r[2] for r in guarded.requests} == {401}, "nothing got past the proxy"


def test_missing_credentials_say_how_to_give_them(guarded: Proxy, tmp_path: Path) -> None:
    graph = tmp_path / "g.nq"
    graph.write_text(nquads(dataset("a1-clean")), encoding="utf-8")
    result = runner.invoke(app, ["load", str(graph), "--endpoint", guarded.url,
                                 "--server-kind", "oxigraph"])
    assert result.exit_code == 2
    assert "asks for credentials (HTTP 401); set PG_SPARQL_USER and PG_SPARQL_PASSWORD" in flat(
        result.output)


def test_right_credentials_by_cli_never_print_the_password(guarded: Proxy, tmp_path: Path,
                                                           server: OxigraphServer) -> None:
    graph = tmp_path / "g.nq"
    graph.write_text(nquads(dataset()), encoding="utf-8")
    env = {"PG_SPARQL_USER": USER, "PG_SPARQL_PASSWORD": PASSWORD}
    result = runner.invoke(app, ["load", str(graph), "--endpoint", guarded.url,
                                 "--server-kind", "oxigraph"], env=env)
    assert result.exit_code == 0, result.output
    asked = runner.invoke(app, ["query", "--endpoint", guarded.url + "/query", "-f", "json",
                                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"], env=env)
    assert asked.exit_code == 0
    assert PASSWORD not in result.output + asked.output
    assert count(server.query_url) == len(expected_store())


def test_a_password_in_the_url_is_refused(guarded: Proxy, tmp_path: Path) -> None:
    graph = tmp_path / "g.nq"
    graph.write_text(nquads(dataset("a1-clean")), encoding="utf-8")
    host = guarded.url.removeprefix("http://")
    result = runner.invoke(app, ["load", str(graph), "--endpoint",
                                 f"http://{USER}:{PASSWORD}@{host}", "--server-kind", "oxigraph"])
    assert result.exit_code == 2
    assert PASSWORD not in result.output
    assert guarded.requests == []


def test_auth_errors_are_store_errors_with_exit_2() -> None:
    assert issubclass(AuthError, StoreError) and AuthError("x").exit_code == 2


# ---------------------------------------------------------------------------
# policygraph serve


def test_serve_answers_queries_read_only(tmp_path: Path) -> None:
    db = tmp_path / "db"
    store = open_store(db)
    load_dataset(store, dataset())
    del store
    import gc

    gc.collect()
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "policygraph", "serve", "--store", str(db),
                             "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for_http(base + "/query?query=ASK%7B%7D")
        assert count(base + "/query") == len(expected_store())
        union = remote_query(base + "/query", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
        assert union.rows[0][0] is not None
        assert int(union.rows[0][0].value) == len(expected_store()), "default graph = union"
        with pytest.raises(StoreError, match="read-only"):
            load_into_endpoint(Endpoint.for_server("oxigraph", base), batch(*ARTICLE_IDS[:1]),
                               retry=FAST)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert "read-only" in err.decode()

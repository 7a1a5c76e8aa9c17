"""The same loads against Debian's Virtuoso 7: Graph Store Protocol with HTTP Digest auth.

Skipped when ``virtuoso-t`` is not installed (``apt-get install virtuoso-opensource-7``).
Virtuoso rewrites some literals (time zones, numbers), so graphs are compared by size.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest_store import (
    PASSWORD,
    VirtuosoServer,
    article,
    batch,
    dataset,
    expected_store,
    graph_iri,
    nquads,
)
from policygraph.store import (
    ENTITY_GRAPH,
    Endpoint,
    GraphPart,
    LoadError,
    Retry,
    load_into_endpoint,
    remote_query,
    remote_update,
)

pytestmark = [
    pytest.mark.virtuoso,
    pytest.mark.skipif(VirtuosoServer.program() is None,
                       reason="virtuoso-t not installed (apt-get install virtuoso-opensource-7)"),
]
FAST = Retry(attempts=3, backoff=0.05)
OURS = 'FILTER(STRSTARTS(STR(?g), "https://w3id.org/policygraph/"))'


@pytest.fixture(scope="module")
def _virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso")).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def virtuoso(_virtuoso: VirtuosoServer, monkeypatch: pytest.MonkeyPatch,
             tmp_path: Path) -> VirtuosoServer:
    """The module's Virtuoso, running, without our graphs; dba credentials in the env."""
    for name in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    empty = tmp_path / "empty.netrc"
    empty.write_text("")
    monkeypatch.setenv("PG_NETRC", str(empty))
    monkeypatch.setenv("PG_SPARQL_USER", _virtuoso.user)
    monkeypatch.setenv("PG_SPARQL_PASSWORD", _virtuoso.password)
    if _virtuoso.proc is None or _virtuoso.proc.poll() is not None:
        _virtuoso.start()
    drop = f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} }}"
    remote_update(endpoint(_virtuoso).update_url or "", drop)
    return _virtuoso


def endpoint(server: VirtuosoServer) -> Endpoint:
    return Endpoint.for_server("virtuoso", server.base, authenticated=True)


def sizes(server: VirtuosoServer) -> dict[str, int]:
    result = remote_query(endpoint(server).query_url or "",
                          f"SELECT ?g (COUNT(*) AS ?n) {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} }} "
                          "GROUP BY ?g")
    return {g.value: int(n.value) for g, n in result.rows if g is not None and n is not None}


def expected_sizes(*ids: str, corrected: tuple[str, ...] = ()) -> dict[str, int]:
    out: dict[str, int] = {}
    for q in expected_store(*ids, corrected=corrected):
        name = getattr(q.graph_name, "value", "")
        out[name] = out.get(name, 0) + 1
    return out


def test_load_query_and_reload(virtuoso: VirtuosoServer) -> None:
    load_into_endpoint(endpoint(virtuoso), batch(), retry=FAST)
    assert sizes(virtuoso) == expected_sizes()
    load_into_endpoint(endpoint(virtuoso), batch(), retry=FAST)
    assert sizes(virtuoso) == expected_sizes()
    query_url = endpoint(virtuoso).query_url or ""
    ask = remote_query(query_url, "ASK { GRAPH ?g { ?t a pg:Telco } }")
    assert ask.kind == "ask" and ask.boolean is True
    labels = remote_query(query_url, "SELECT DISTINCT ?l { GRAPH ?g { ?c pg:isoCode ?i ; "
                                     "rdfs:label ?l } } ORDER BY ?l")
    assert [r[0].value for r in labels.rows if r[0]] == ["China", "South Korea"]
    text = remote_query(query_url, f"SELECT ?t {{ GRAPH <{graph_iri('a2-lg')}> "
                                   "{ ?a pg:articleText ?t } }")
    assert text.rows[0][0] is not None
    assert text.rows[0][0].value == article("a2-lg").article.text  # tabs, quotes, newlines, —
    graph = remote_query(query_url, "CONSTRUCT { ?c pg:isoCode ?i } WHERE { GRAPH ?g "
                                    "{ ?c pg:isoCode ?i } }")
    assert sorted(t.object.value for t in graph.triples) == ["CN", "KR"]


def test_a_corrected_article_replaces_only_its_graph(virtuoso: VirtuosoServer) -> None:
    load_into_endpoint(endpoint(virtuoso), batch(), retry=FAST)
    load_into_endpoint(endpoint(virtuoso), batch("a1-clean", corrected=("a1-clean",)),
                       retry=FAST)
    fixed = expected_sizes("a1-clean", corrected=("a1-clean",))
    want = {**expected_sizes(), graph_iri("a1-clean"): fixed[graph_iri("a1-clean")]}
    assert sizes(virtuoso) == want


def test_server_killed_mid_load_then_rerun(virtuoso: VirtuosoServer) -> None:
    def crash_after_first_article(part: GraphPart) -> None:
        if part.is_article:
            virtuoso.kill()

    with pytest.raises(LoadError) as caught:
        load_into_endpoint(endpoint(virtuoso), batch(), retry=FAST,
                           on_loaded=crash_after_first_article)
    assert caught.value.loaded == ["entities graph", "article/a1-clean"]
    assert caught.value.pending == ["article/a2-lg", "article/a3-clean"]
    virtuoso.start()
    expected = expected_sizes()
    survived = sizes(virtuoso)
    assert survived == {k: expected[k] for k in (ENTITY_GRAPH, graph_iri("a1-clean"))}
    load_into_endpoint(endpoint(virtuoso), batch(), retry=FAST)
    assert sizes(virtuoso) == expected


def test_wrong_or_missing_credentials_exit_2(virtuoso: VirtuosoServer, tmp_path: Path) -> None:
    graph = tmp_path / "g.nq"
    graph.write_text(nquads(dataset("a1-clean")), encoding="utf-8")
    cli = [sys.executable, "-m", "policygraph", "load", str(graph), "--endpoint", virtuoso.base,
           "--server-kind", "virtuoso", "--attempts", "1"]
    env = {**os.environ, "PG_SPARQL_PASSWORD": PASSWORD}
    wrong = subprocess.run(cli, capture_output=True, text=True, env=env, timeout=60)
    assert wrong.returncode == 2
    said = " ".join((wrong.stdout + wrong.stderr).split())
    assert "refused the credentials" in said and "HTTP 401" in said
    assert PASSWORD not in said
    anonymous = {k: v for k, v in env.items() if not k.startswith("PG_SPARQL_")}
    refused = subprocess.run(cli, capture_output=True, text=True, env=anonymous, timeout=60)
    assert refused.returncode == 2
    assert "HTTP 403" in refused.stderr
    assert sizes(virtuoso) == {}

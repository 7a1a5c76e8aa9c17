"""The embedded store, graph splitting, credentials and URLs: no server, no spaCy model."""

from __future__ import annotations

import base64
import gc
import os
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from conftest_store import (
    ARTICLE_IDS,
    PASSWORD,
    USER,
    batch,
    dataset,
    expected_store,
    graph_iri,
    graphs_of,
    nquads,
)
from policygraph.cli import app
from policygraph.errors import InputError, StoreError
from policygraph.graph import flatten
from policygraph.serialize import FORMATS, serialize
from policygraph.store import (
    ENTITY_GRAPH,
    Credentials,
    Endpoint,
    LoadError,
    check_url,
    find_credentials,
    load_dataset,
    load_into_store,
    open_store,
    parse_batch,
    query_form,
    read_batch,
    serve_command,
    split_triples,
    with_prefixes,
)

runner = CliRunner()


def flat(text: str) -> str:
    """Output with the terminal's line wrapping undone."""
    return " ".join(text.split())


@pytest.fixture(autouse=True)
def _no_outside_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("PG_SPARQL_USER", "PG_SPARQL_PASSWORD", "http_proxy", "HTTP_PROXY"):
        monkeypatch.delenv(name, raising=False)
    empty = tmp_path / "empty.netrc"
    empty.write_text("")
    monkeypatch.setenv("PG_NETRC", str(empty))


def test_load_dataset_puts_each_article_in_its_graph() -> None:
    store = ox.Store()
    report = load_dataset(store, dataset())
    assert report.articles == 3
    assert graphs_of(store) == graphs_of(expected_store())
    names = {g.value for g in store.named_graphs()}
    assert names == {ENTITY_GRAPH} | {graph_iri(i) for i in ARTICLE_IDS}
    entity_props = {q.predicate.value.rsplit("#", 1)[-1]
                    for q in store.quads_for_pattern(None, None, None,
                                                     ox.NamedNode(ENTITY_GRAPH))}
    assert entity_props == {"type", "label", "altLabel", "isoCode"}


def test_loading_the_same_build_twice_changes_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path / "db")
    load_dataset(store, dataset())
    first = graphs_of(store)
    load_dataset(store, dataset())
    assert graphs_of(store) == first
    assert len(store) == sum(len(v) for v in first.values())


def test_a_corrected_article_replaces_only_its_graph(tmp_path: Path) -> None:
    store = open_store(tmp_path / "db")
    load_dataset(store, dataset())
    before = graphs_of(store)
    load_dataset(store, dataset("a1-clean", corrected=("a1-clean",)))
    after = graphs_of(store)
    fixed = graphs_of(expected_store("a1-clean", corrected=("a1-clean",)))
    assert after[graph_iri("a1-clean")] == fixed[graph_iri("a1-clean")]
    assert after[graph_iri("a1-clean")] != before[graph_iri("a1-clean")]
    for other in ("a2-lg", "a3-clean"):
        assert after[graph_iri(other)] == before[graph_iri(other)]
    assert after[ENTITY_GRAPH] == before[ENTITY_GRAPH]  # merged, nothing new
    assert not any("basedIn" in t for t in after[graph_iri("a1-clean")])


def test_store_survives_reopening(tmp_path: Path) -> None:
    store = open_store(tmp_path / "db")
    load_dataset(store, dataset())
    expected = graphs_of(store)
    del store
    gc.collect()
    assert graphs_of(open_store(tmp_path / "db", read_only=True)) == expected


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld"])
def test_a_flat_file_is_split_into_the_same_graphs(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"g{FORMATS[fmt].suffix}"
    path.write_text(serialize(dataset(), FORMATS[fmt]), encoding="utf-8")
    store = ox.Store()
    load_into_store(store, read_batch([path]))
    assert graphs_of(store) == graphs_of(expected_store())


@pytest.mark.parametrize("suffix", [".nq", ".trig"])
def test_quad_files_keep_their_graphs(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"g{suffix}"
    if suffix == ".nq":
        path.write_text(nquads(dataset()), encoding="utf-8")
    else:
        path.write_text(dataset().serialize(format="trig"), encoding="utf-8")
    store = ox.Store()
    load_into_store(store, read_batch([path]))
    assert graphs_of(store) == graphs_of(expected_store())


def test_a_fact_from_two_articles_goes_into_both_graphs() -> None:
    triples = [q.triple for q in ox.parse(
        serialize(dataset(), FORMATS["ntriples"]), format=ox.RdfFormat.N_TRIPLES)]
    parts = split_triples(triples)
    excludes = [t for t in triples if t.predicate.value.endswith("#excludes")]
    assert len(excludes) == 1
    assert excludes[0] in parts[graph_iri("a1-clean")]
    assert excludes[0] in parts[graph_iri("a3-clean")]
    assert excludes[0] not in parts[graph_iri("a2-lg")]
    assert None not in parts, "a build has nothing outside article and entity graphs"


def test_other_triples_merge_into_the_default_graph(tmp_path: Path) -> None:
    onto = Path(__file__).parents[1] / "ontology" / "policygraph.ttl"
    store = ox.Store()
    report = load_into_store(store, read_batch([onto]))
    load_into_store(store, read_batch([onto]))
    assert [p.short_name for p in report.loaded][-1] == "default graph"
    once = len(store)
    assert once > 100
    assert len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))) > 0
    assert len(store) == once


def test_flatten_then_split_round_trips() -> None:
    flat = flatten(dataset())
    text = flat.serialize(format="nt")
    b = parse_batch(text, ox.RdfFormat.N_TRIPLES)
    assert {p.name for p in b.parts} == {ENTITY_GRAPH} | {graph_iri(i) for i in ARTICLE_IDS}
    assert [p.replace for p in b.parts] == [False, True, True, True]


def test_a_failed_load_names_what_was_loaded(tmp_path: Path) -> None:
    writer = open_store(tmp_path / "db")
    load_dataset(writer, dataset("a1-clean"))
    del writer
    gc.collect()
    reader = open_store(tmp_path / "db", read_only=True)
    with pytest.raises(LoadError) as caught:
        load_into_store(reader, batch(), target="db")
    assert caught.value.loaded == []
    assert caught.value.pending[0] == "entities graph"
    assert "article/a2-lg" in caught.value.pending
    assert "Run the same command again" in str(caught.value)


def test_bad_rdf_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .")
    with pytest.raises(InputError, match="bad.ttl: not valid RDF"):
        read_batch([bad])
    with pytest.raises(InputError, match="unknown RDF file type"):
        read_batch([tmp_path / "x.csv"])


# ---------------------------------------------------------------------------
# The command line


def test_cli_load_into_store_twice_then_query(tmp_path: Path) -> None:
    graph = tmp_path / "g.nq"
    graph.write_text(nquads(dataset()), encoding="utf-8")
    db = tmp_path / "db"
    first = runner.invoke(app, ["load", str(graph), "--store", str(db)])
    assert first.exit_code == 0, first.output
    assert "3 articles" in flat(first.output)
    again = runner.invoke(app, ["load", str(graph), "--store", str(db)])
    assert again.exit_code == 0, again.output
    gc.collect()
    result = runner.invoke(app, ["query", "--store", str(db), "-f", "csv",
                                 "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1] == str(len(expected_store()))


def test_cli_load_needs_one_target(tmp_path: Path) -> None:
    graph = tmp_path / "g.nq"
    graph.write_text(nquads(dataset("a1-clean")), encoding="utf-8")
    none = runner.invoke(app, ["load", str(graph)])
    assert none.exit_code == 2 and "--store" in flat(none.output)
    both = runner.invoke(app, ["load", str(graph), "--store", str(tmp_path / "db"),
                               "--endpoint", "http://127.0.0.1:9/store"])
    assert both.exit_code == 2 and "not both" in flat(both.output)
    missing = runner.invoke(app, ["load", str(tmp_path / "nope.nq"), "--store", "x"])
    assert missing.exit_code == 2 and "no such graph file" in flat(missing.output)
    kind = runner.invoke(app, ["load", str(graph), "--endpoint", "http://127.0.0.1:9",
                               "--server-kind", "blazegraph"])
    assert kind.exit_code == 2 and "unknown server kind" in flat(kind.output)


def test_cli_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--store", str(tmp_path / "nothing")])
    assert result.exit_code == 2
    assert "no store there" in flat(result.output)


# ---------------------------------------------------------------------------
# Endpoints, URLs, credentials


def test_server_kinds_give_the_documented_urls() -> None:
    assert Endpoint.for_server("oxigraph", "http://h:7878/") == Endpoint(
        "http://h:7878/query", "http://h:7878/update", "http://h:7878/store")
    assert Endpoint.for_server("fuseki", "http://h:3030/pg") == Endpoint(
        "http://h:3030/pg/sparql", "http://h:3030/pg/update", "http://h:3030/pg/data")
    assert Endpoint.for_server("graphdb", "http://h:7200/repositories/pg") == Endpoint(
        "http://h:7200/repositories/pg", "http://h:7200/repositories/pg/statements",
        "http://h:7200/repositories/pg/rdf-graphs/service")
    assert Endpoint.for_server("virtuoso", "http://h:8890") == Endpoint(
        "http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud")
    assert Endpoint.for_server("virtuoso", "http://h:8890", authenticated=True) == Endpoint(
        "http://h:8890/sparql", "http://h:8890/sparql-auth",
        "http://h:8890/sparql-graph-crud-auth")


def test_credentials_in_a_url_are_refused_without_echoing_them() -> None:
    with pytest.raises(InputError) as caught:
        check_url(f"http://{USER}:{PASSWORD}@127.0.0.1:7878/store")
    assert PASSWORD not in str(caught.value)
    with pytest.raises(InputError, match="not an http"):
        check_url("ftp://example.org/")


def test_credentials_come_from_the_environment() -> None:
    env = {"PG_SPARQL_USER": USER, "PG_SPARQL_PASSWORD": PASSWORD}
    creds = find_credentials("http://127.0.0.1/", env)
    assert creds is not None and creds.user == USER and creds.password == PASSWORD
    assert PASSWORD not in repr(creds) and PASSWORD not in str(creds)
    with pytest.raises(StoreError, match="both"):
        find_credentials("http://127.0.0.1/", {"PG_SPARQL_USER": USER})


def test_credentials_come_from_a_netrc_file(tmp_path: Path) -> None:
    rc = tmp_path / "netrc"
    rc.write_text(f"machine db.example.org\n  login {USER}\n  password {PASSWORD}\n")
    os.chmod(rc, 0o600)
    creds = find_credentials("https://db.example.org:8443/sparql", {"PG_NETRC": str(rc)})
    assert creds is not None and (creds.user, creds.password) == (USER, PASSWORD)
    assert find_credentials("http://other.example.org/", {"PG_NETRC": str(rc)}) is None
    with pytest.raises(StoreError, match="not a file"):
        find_credentials("http://h/", {"PG_NETRC": str(tmp_path / "missing")})


def test_a_broken_netrc_is_reported_without_its_contents(tmp_path: Path) -> None:
    rc = tmp_path / "netrc"
    rc.write_text(f"machine h login {USER} password {PASSWORD} bogus {PASSWORD}\n")
    with pytest.raises(StoreError) as caught:
        find_credentials("http://h/", {"PG_NETRC": str(rc)})
    assert PASSWORD not in str(caught.value)
    assert "cannot parse" in str(caught.value)


def test_scrub_hides_the_password_and_its_basic_encoding() -> None:
    creds = Credentials(USER, PASSWORD, "env")
    token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    assert creds.scrub(f"x {PASSWORD} y Basic {token}") == "x *** y Basic ***"


def test_query_form_and_prefixes() -> None:
    assert query_form("# SELECT in a comment\nASK { ?s ?p 'CONSTRUCT' }") == "ask"
    assert query_form("DESCRIBE <http://e/ASK>") == "describe"
    text = with_prefixes("PREFIX pg: <urn:mine#> SELECT * { ?s a pg:X }")
    assert "PREFIX pg: <urn:mine#>" in text and "PREFIX pg: <https://" not in text
    assert "PREFIX pgr: <https://w3id.org/policygraph/id/>" in text


def test_serve_command_is_local_and_read_only_by_default(tmp_path: Path) -> None:
    cmd = serve_command(tmp_path, executable="oxigraph")
    assert cmd[1] == "serve-read-only"
    assert cmd[cmd.index("--bind") + 1] == "127.0.0.1:7878"
    cmd = serve_command(tmp_path, writable=True, bind="::1", port=9000)
    assert (cmd[1], cmd[cmd.index("--bind") + 1]) == ("serve", "[::1]:9000")
    with pytest.raises(InputError):
        serve_command(tmp_path, port=70000)


def test_replacing_graphs_with_blank_nodes(tmp_path: Path) -> None:
    g = "https://example.org/g"
    first = f'<{g}> {{ _:a <http://e/p> "1" . _:a <http://e/q> _:b . _:b <http://e/p> "x" . }}'
    second = f'<{g}> {{ _:a <http://e/p> "2" . <http://e/s> <http://e/p> "3" . }}'
    plain = f'<{g}> {{ <http://e/s> <http://e/p> "4" . }}'
    store = open_store(tmp_path / "db")
    for text, size in [(first, 3), (first, 3), (second, 2), (plain, 1), (first, 3)]:
        load_into_store(store, parse_batch(text, ox.RdfFormat.TRIG))
        assert len(store) == size


def test_reloading_an_unchanged_article_writes_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path / "db")
    load_into_store(store, batch())

    class Counting:
        updates = 0

        def __getattr__(self, name: str) -> object:
            return getattr(store, name)

        def update(self, text: str) -> None:
            Counting.updates += 1
            store.update(text)

    load_into_store(Counting(), batch())  # type: ignore[arg-type]
    assert Counting.updates == 0
    load_into_store(Counting(), batch("a1-clean", corrected=("a1-clean",)))  # type: ignore[arg-type]
    assert Counting.updates == 1


def test_digest_answer_matches_rfc_2617() -> None:
    from policygraph.store import _Digest

    digest = _Digest({"realm": "testrealm@host.com", "qop": "auth,auth-int",
                      "nonce": "dcd98b7102dd2f0e8b11d0f600bfb0c093",
                      "opaque": "5ccc069c403ebaf9f0171e9517f40e41"})
    header = digest.header(Credentials("Mufasa", "Circle Of Life"), "GET", "/dir/index.html",
                           cnonce="0a4f113b")
    assert 'response="6629fae49393a05397450978507c4ef1"' in header
    assert "nc=00000001" in header and 'opaque="5ccc069c403ebaf9f0171e9517f40e41"' in header
    assert "Circle Of Life" not in header


@pytest.mark.model
def test_cli_build_into_the_store_twice(tmp_path: Path) -> None:
    examples = Path(__file__).parents[1] / "examples" / "articles"
    db = tmp_path / "db"
    counts = []
    for _ in range(2):
        result = runner.invoke(app, ["build", str(examples), "--store", str(db), "-q"])
        assert result.exit_code == 0, result.output
        assert result.stdout == "", "with --store and no -o, no graph on standard output"
        gc.collect()
        store = open_store(db, read_only=True)
        counts.append(len(store))
        assert graph_iri("hani-2020-10-15-clean-network") in {
            g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
        del store
        gc.collect()
    assert counts[0] == counts[1] > 0

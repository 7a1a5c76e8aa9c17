"""``query --timeout``: a runaway query is stopped with a clear message and exit 2.

Oxigraph cannot be interrupted from Python, so a query with a timeout runs in a
child process that is killed when the time is up; these tests check that the
child really stops and that answers within the time are the same as without it.
"""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from policygraph.cli import app
from policygraph.errors import InputError, QueryError
from policygraph.query import execute

RUNAWAY = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
COUNT_RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A graph of 3,000 triples: the cross product of three patterns is 2.7e10 rows."""
    path = tmp_path_factory.mktemp("limits") / "g.nt"
    path.write_text("".join(f"<http://example.org/s{i}> <http://example.org/p{i % 7}> "
                            f'"value {i}" .\n' for i in range(3000)), "utf-8")
    return path


@pytest.fixture(scope="module")
def store_dir(graph: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("limits-store") / "store"
    store = ox.Store(str(folder))
    store.load(path=str(graph), format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    del store
    return folder


def query_cli(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["query", *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("text", [RUNAWAY, COUNT_RUNAWAY])
def test_a_runaway_query_is_stopped(graph: Path, text: str) -> None:
    started = time.perf_counter()
    code, out, err = query_cli(graph, text, "--timeout", "1")
    elapsed = time.perf_counter() - started
    assert code == 2 and out == ""
    assert " ".join(err.split()) == (
        "error: the query did not finish in 1 s and was stopped; narrow it (more specific "
        "patterns, a LIMIT) or raise --timeout")
    assert elapsed < 10
    assert multiprocessing.active_children() == [], "the query process is gone"


def test_a_runaway_query_on_the_store_is_stopped(store_dir: Path) -> None:
    started = time.perf_counter()
    with pytest.raises(QueryError, match="did not finish in 0.5 s"):
        execute(COUNT_RUNAWAY, graphs=[], store=store_dir, timeout=0.5)
    assert time.perf_counter() - started < 10
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("text", [
    "SELECT ?s ?o { ?s <http://example.org/p3> ?o } ORDER BY ?s LIMIT 5",
    "ASK { ?s <http://example.org/p1> 'value 1' }",
    "CONSTRUCT { ?s <http://example.org/q> ?o } { ?s <http://example.org/p2> ?o } "
    "ORDER BY ?s LIMIT 3",
])
def test_answers_within_the_time_are_the_same(graph: Path, store_dir: Path, text: str) -> None:
    plain = execute(text, graphs=[graph])
    assert execute(text, graphs=[graph], timeout=30) == plain
    assert execute(text, graphs=[], store=store_dir, timeout=30) == plain


def test_errors_in_the_query_process_come_back(graph: Path, tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="invalid SPARQL"):
        execute("SELECT WHERE {", graphs=[graph], timeout=30)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", "utf-8")
    with pytest.raises(InputError, match="bad.ttl: not valid RDF"):
        execute("ASK {}", graphs=[bad], timeout=30)


def test_an_infinite_timeout_is_no_timeout(graph: Path) -> None:
    assert execute("ASK { ?s ?p ?o }", graphs=[graph], timeout=float("inf")).boolean is True


@pytest.mark.parametrize("value", ["0", "-1", "nan"])
def test_a_timeout_must_be_positive(graph: Path, value: str) -> None:
    code, _, err = query_cli(graph, "ASK {}", "--timeout", value)
    assert code == 2
    assert "--timeout must be a number of seconds above 0" in err

"""Parallel extraction (``--jobs``) and the fast writers give the batch build's output."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from policygraph.build import BuildResult, build, read_articles
from policygraph.errors import InputError
from policygraph.fastio import (
    StreamWriter,
    nt_term,
    stream_to,
    write_ntriples,
    write_turtle,
)
from policygraph.model import Extraction
from policygraph.parallel import chunks, map_chunks, map_local, resolve_jobs
from policygraph.serialize import nquads, ntriples

DATA = Path(__file__).parent / "data" / "articles"
SAMPLE = sorted(DATA.glob("*.txt"))[:4]


@pytest.fixture(scope="module")
def batch() -> tuple[BuildResult, list[Extraction]]:
    extractions: list[Extraction] = []
    result = build(read_articles(SAMPLE), progress=extractions.append)
    return result, extractions


def test_chunks_and_jobs() -> None:
    assert [len(c) for c in chunks(range(7), 3)] == [3, 3, 1]
    assert list(chunks([], 3)) == []
    assert resolve_jobs(2) == 2 and resolve_jobs(0) >= 1
    with pytest.raises(InputError):
        resolve_jobs(-1)


def test_map_keeps_input_order_without_processes() -> None:
    assert list(map_local(abs, [-3, 1, -2], jobs=1)) == [3, 1, 2]


def test_bad_engine_options_are_input_errors() -> None:
    with pytest.raises(InputError, match="unknown engine"):
        map_chunks(abs, [1], engine="spark")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="--scheduler needs --engine dask"):
        map_chunks(abs, [1], scheduler="tcp://127.0.0.1:8786")


@pytest.mark.model
def test_two_processes_build_the_same_dataset(batch: tuple[BuildResult, list[Extraction]]
                                              ) -> None:
    one, _ = batch
    # batch_size=1: four chunks over two workers, so results really come back interleaved.
    two = build(read_articles(SAMPLE), jobs=2, batch_size=1)
    assert (two.articles, two.facts, two.failures) == (one.articles, one.facts, [])
    assert nquads(two.dataset) == nquads(one.dataset)


@pytest.mark.model
@pytest.mark.parametrize("graphs", [True, False])
def test_stream_is_the_batch_output_once_sorted(
        batch: tuple[BuildResult, list[Extraction]], graphs: bool) -> None:
    result, extractions = batch
    buf = io.BytesIO()
    writer = StreamWriter(buf, graphs=graphs)
    streamed = build(read_articles(SAMPLE), sink=writer.write)
    assert len(streamed.dataset) == 0 and streamed.articles == result.articles
    text = buf.getvalue().decode("utf-8")
    lines = text.splitlines(keepends=True)
    assert writer.count == len(lines)
    expected = nquads(result.dataset) if graphs else ntriples(result.dataset)
    assert "".join(sorted(set(lines))) == expected
    if graphs:  # every quad once: entity descriptions shared by articles are written once
        assert len(lines) == len(set(lines))
    # deterministic, and sorted within each article
    again = io.BytesIO()
    w2 = StreamWriter(again, graphs=graphs)
    for ex in extractions:
        w2.write(ex)
    assert again.getvalue() == buf.getvalue()


@pytest.mark.model
def test_whole_graph_writers(batch: tuple[BuildResult, list[Extraction]],
                             tmp_path: Path) -> None:
    result, _ = batch
    nt = tmp_path / "g.nt"
    assert write_ntriples(result.dataset, nt) > 0
    assert nt.read_text("utf-8") == ntriples(result.dataset)
    ttl = tmp_path / "g.ttl"
    write_turtle(result.dataset, ttl)
    first = ttl.read_bytes()
    write_turtle(result.dataset, ttl)
    assert ttl.read_bytes() == first and not (tmp_path / "g.ttl.part").exists()
    assert isomorphic(Graph().parse(ttl, format="turtle"), Graph().parse(nt, format="nt"))


def test_nt_terms_escape_like_serialize() -> None:
    g = Graph()
    s = URIRef("http://example.org/a b")
    for o in (Literal('quote " back \\ tab \t nl \n bell \x07 del \x7f'), Literal("x", lang="en"),
              Literal("1", datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer"))):
        g.add((s, URIRef("http://example.org/p"), o))
    buf = io.BytesIO()
    write_ntriples(g, buf)
    assert buf.getvalue().decode("utf-8") == ntriples(g)
    assert nt_term(s) == "<http://example.org/a\\u0020b>"


def test_stream_to_leaves_nothing_behind_on_error(tmp_path: Path) -> None:
    target = tmp_path / "out.nq"
    with pytest.raises(RuntimeError), stream_to(target) as writer:
        writer.out.write(b"partial\n")
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.model
def test_cli_stream_and_jobs(tmp_path: Path) -> None:
    from policygraph.cli import app

    runner = CliRunner()
    out = tmp_path / "out.nq"
    r = runner.invoke(app, ["build", *map(str, SAMPLE[:2]), "-o", str(out), "--stream", "-q"])
    assert r.exit_code == 0, r.output
    ds = Dataset()
    ds.parse(out, format="nquads")
    assert len(ds) > 0 or len(list(ds.quads((None, None, None, None)))) > 0
    r = runner.invoke(app, ["build", str(SAMPLE[0]), "-o", str(tmp_path / "x.ttl"), "--stream"])
    assert r.exit_code == 2 and "--stream" in r.output
    r = runner.invoke(app, ["build", str(SAMPLE[0]), "--engine", "spark"])
    assert r.exit_code == 2

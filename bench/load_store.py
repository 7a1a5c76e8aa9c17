"""Time loading ~1,000,000 triples: embedded store, Oxigraph server, rdflib in memory.

The corpus is the sample article (``examples/articles``) built once, then copied
with a new article id per copy until it holds about ``--triples`` triples, as
N-Quads: one named graph per copy plus the shared entity graph. Every
measurement reads that same file, in the same run, ``--repeat`` times; the
medians are printed as a Markdown table (and as JSON with ``--json``).

    .venv/bin/python bench/load_store.py                 # ~1M triples, 3 repetitions
    .venv/bin/python bench/load_store.py --triples 100000 --repeat 2

Needs the spaCy model (for the one build) and the ``oxigraph`` server program.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from policygraph.build import build, read_articles
from policygraph.store import (
    ENTITY_GRAPH,
    Endpoint,
    dataset_quads,
    load_into_endpoint,
    load_into_store,
    open_store,
    oxigraph_executable,
    read_batch,
)

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = re.compile(r"(<https://w3id\.org/policygraph/id/(?:article|evidence)/[^>]+)>")


def sample_nquads() -> tuple[list[str], list[str]]:
    """The sample build as N-Quads lines: (article graph lines, entity graph lines)."""
    result = build(read_articles([ROOT / "examples" / "articles"]))
    if result.articles != 1:
        raise SystemExit(f"expected one sample article, built {result.articles}")
    store = ox.Store()
    store.extend(dataset_quads(result.dataset))
    text = ox.serialize(store, format=ox.RdfFormat.N_QUADS)
    lines = (text.decode() if isinstance(text, bytes) else str(text)).splitlines()
    entities = [ln for ln in lines if ln.endswith(f"<{ENTITY_GRAPH}> .")]
    articles = [ln for ln in lines if not ln.endswith(f"<{ENTITY_GRAPH}> .")]
    return articles, entities


def write_corpus(path: Path, target: int) -> tuple[int, int]:
    """Write about ``target`` triples of copies of the sample; return (triples, articles)."""
    articles, entities = sample_nquads()
    copies = max(1, -(-(target - len(entities)) // len(articles)))
    with path.open("w", encoding="utf-8") as out:
        out.write("\n".join(entities) + "\n")
        for n in range(copies):
            suffix = f"-copy{n:05d}"
            out.write("\n".join(ARTICLE.sub(rf"\1{suffix}>", ln) for ln in articles) + "\n")
    return len(entities) + copies * len(articles), copies


def timed(fn: Callable[[], object]) -> float:
    gc.collect()
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_up(url: str) -> None:
    import urllib.error
    import urllib.request

    for _ in range(400):
        try:
            with urllib.request.urlopen(url, timeout=1) as resp:
                resp.read()
                return
        except (OSError, urllib.error.URLError):
            time.sleep(0.05)
    raise SystemExit(f"{url} did not come up")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="pg-bench-"))
    try:
        corpus = work / "corpus.nq"
        triples, copies = write_corpus(corpus, args.triples)
        size = corpus.stat().st_size / 1e6
        print(f"corpus: {triples} triples, {copies} article graphs + entities, "
              f"{size:.0f} MB N-Quads", file=sys.stderr)
        times: dict[str, list[float]] = {}

        def record(name: str, seconds: float) -> None:
            times.setdefault(name, []).append(seconds)
            print(f"  {name}: {seconds:.2f} s", file=sys.stderr)

        for rep in range(args.repeat):
            print(f"repetition {rep + 1}", file=sys.stderr)

            ds = Dataset()
            record("rdflib Dataset.parse, in memory",
                   timed(lambda d=ds: d.parse(corpus, format="nquads")))
            assert sum(1 for _ in ds.quads()) == triples
            del ds

            folder = work / f"embedded-{rep}"
            store = open_store(folder)
            record("embedded store, first load",
                   timed(lambda s=store: load_into_store(s, read_batch([corpus]))))
            record("embedded store, reload (replace every graph)",
                   timed(lambda s=store: load_into_store(s, read_batch([corpus]))))
            assert len(store) == triples, (len(store), triples)
            del store

            raw = work / f"bulk-{rep}"
            store = open_store(raw)
            record("pyoxigraph bulk_load (no per-article replace), reference",
                   timed(lambda s=store: s.bulk_load(path=str(corpus),
                                                     format=ox.RdfFormat.N_QUADS)))
            del store

            port = free_port()
            server = subprocess.Popen(
                [oxigraph_executable(), "serve", "--location", str(work / f"server-{rep}"),
                 "--bind", f"127.0.0.1:{port}"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                wait_up(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D")
                endpoint = Endpoint.for_server("oxigraph", f"http://127.0.0.1:{port}")
                record("Oxigraph server, Graph Store PUT per article",
                       timed(lambda e=endpoint: load_into_endpoint(e, read_batch([corpus]))))
                record("Oxigraph server, reload",
                       timed(lambda e=endpoint: load_into_endpoint(e, read_batch([corpus]))))
            finally:
                server.terminate()
                server.wait(30)
            gc.collect()

        print(f"\n{triples:,} triples ({copies} articles + entity graph), "
              f"median of {args.repeat}:\n")
        print("| what | median s | triples/s | runs (s) |")
        print("| --- | ---: | ---: | --- |")
        for name, values in times.items():
            med = statistics.median(values)
            runs = ", ".join(f"{v:.1f}" for v in values)
            print(f"| {name} | {med:.1f} | {triples / med:,.0f} | {runs} |")
        if args.json:
            args.json.write_text(json.dumps({"triples": triples, "articles": copies,
                                             "seconds": times}, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

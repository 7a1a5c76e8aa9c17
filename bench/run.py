#!/usr/bin/env python
"""policygraph benchmarks: each baseline and policygraph, alternating, in one run.

    .venv/bin/python bench/run.py                      # everything (about 45 minutes)
    .venv/bin/python bench/run.py --only throughput,jobs --runs 5
    .venv/bin/python bench/run.py --smoke              # a few seconds, what CI runs

Every measurement runs in a fresh child process (``bench/run.py --child NAME``), so
peak memory is that of the measurement alone and one run cannot warm the next. Runs
alternate between the baseline and policygraph; the report gives medians and ratios
(baseline time / policygraph time: above 1 means policygraph is faster). Wall time
and CPU time (user + system, of the process and its children) are both reported:
on a shared machine the CPU time is the steadier of the two.

Sections:

- ``throughput``: bare ``nlp.pipe`` of the full spaCy model against the end-to-end
  build (read files, extract, build the graph, write Turtle; and streaming N-Quads).
- ``paired``: the same two, taking turns on slices of 30 articles in one process (steadier
  on a loaded machine).
- ``jobs``: ``build --jobs 1`` against ``--jobs 2`` (whole runs, pipeline loading
  included), and spaCy's own ``nlp.pipe(n_process=2)`` on the bare model.
- ``write``: one million triples written as N-Triples and Turtle by rdflib and by
  Oxigraph (:mod:`policygraph.fastio`, and the embedded store), with peak memory.
- ``stream``: peak memory of a streaming N-Quads build of 1,000 and 10,000 articles.
- ``growth``: time per article against its length (1k, 10k, 100k words), fitted line.
- ``sparql``: ``examples/queries/*.rq`` against the million-triple graph in the
  embedded Oxigraph store and in rdflib's in-memory engine.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "examples" / "articles", ROOT / "tests" / "data" / "articles")
QUERY_DIRS = (ROOT / "examples" / "queries", ROOT / "bench" / "queries")
SECTIONS = ("throughput", "paired", "jobs", "write", "stream", "growth", "sparql")

Result = dict[str, Any]
CHILDREN: dict[str, Callable[..., Result]] = {}


# --------------------------------------------------------------------------- helpers


def child(fn: Callable[..., Result]) -> Callable[..., Result]:
    """Register a measurement that runs in a child process."""
    CHILDREN[fn.__name__.removeprefix("m_")] = fn
    return fn


def source_files() -> list[Path]:
    """The example articles and the test articles, the corpus is made of."""
    return sorted(p for d in SOURCES for p in d.glob("*.txt"))


def make_corpus(dest: Path, n: int) -> Path:
    """``n`` article files in ``dest``: the source articles repeated, each copy its own id."""
    if dest.exists() and len(list(dest.glob("*.txt"))) == n:
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    files = source_files()
    for i in range(n):
        src = files[i % len(files)]
        shutil.copyfile(src, dest / f"{i:05d}-{src.name}")
    return dest


def _status(field: str) -> float:
    """A memory figure of this process from /proc (MB), 0 where there is no /proc."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def reset_peak() -> None:
    """Reset this process's peak RSS (VmHWM), so a later peak is that of what follows."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def peak_mb() -> float:
    """This process's peak resident memory (MB) since start or the last :func:`reset_peak`."""
    return _status("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def clock(into: Result) -> Iterator[None]:
    """Time the block: wall seconds and CPU seconds of this process and its children."""
    def cpu() -> float:
        me = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime

    w0, c0 = time.perf_counter(), cpu()
    yield
    into["wall"] = time.perf_counter() - w0
    into["cpu"] = cpu() - c0


def read_texts(corpus: Path) -> list[Any]:
    from policygraph.build import read_articles

    return list(read_articles([corpus]))


# --------------------------------------------------------------------------- measurements


@functools.cache
def bare_pipeline() -> Any:
    """The full spaCy model, every component enabled (cached for --inline runs)."""
    import spacy

    from policygraph.pipeline import model_name

    return spacy.load(model_name())


def use_model_ruler(nlp: Any) -> None:
    """Put the model's own ``attribute_ruler`` and ``lemmatizer`` back where the pipeline has
    the fast ones."""
    import spacy

    from policygraph.pipeline import model_name

    model = spacy.load(model_name())
    for fast, own in (("pg_fast_attribute_ruler", "attribute_ruler"),
                      ("pg_fast_lemmatizer", "lemmatizer")):
        if fast in nlp.pipe_names:
            nlp.add_pipe(own, source=model, before=fast)
            nlp.remove_pipe(fast)


@child
def m_bare(corpus: str, batch: int = 0, procs: int = 1) -> Result:
    """Bare ``nlp.pipe`` of the full spaCy model (every component enabled) on the texts."""
    texts = [a.text for a in read_texts(Path(corpus))]
    nlp = bare_pipeline()
    list(nlp.pipe(texts[:1]))
    kwargs: dict[str, int] = {"batch_size": batch} if batch else {}
    out: Result = {"articles": len(texts), "pipes": nlp.pipe_names}
    tokens = 0
    with clock(out):
        for doc in nlp.pipe(texts, n_process=procs, **kwargs):
            tokens += len(doc)
    out["tokens"] = tokens
    return out


@child
def m_build(corpus: str, out_format: str = "turtle", jobs: int = 1, cold: bool = False,
            workdir: str = "", model_ruler: bool = False) -> Result:
    """End-to-end build: read files, extract, build the graph, write it. ``model_ruler``
    puts the model's own ``attribute_ruler`` and ``lemmatizer`` back in place of
    :mod:`policygraph.fast_attrs` and :mod:`policygraph.fast_lemmas`
    (for comparison, one process only)."""
    from policygraph.build import build, read_articles
    from policygraph.fastio import stream_to
    from policygraph.pipeline import extract, load_pipeline
    from policygraph.serialize import FORMATS, write

    target = Path(workdir or tempfile.mkdtemp()) / f"out-{os.getpid()}"
    if not cold:
        first = next(iter(read_articles([Path(corpus)])))
        nlp = load_pipeline()
        if model_ruler:
            use_model_ruler(nlp)
        list(extract([first]))
    out: Result = {"pipes": load_pipeline().pipe_names}
    with clock(out):
        articles = read_articles([Path(corpus)])
        if out_format == "stream":
            with stream_to(target.with_suffix(".nq")) as writer:
                result = build(articles, jobs=jobs, sink=writer.write)
            out["statements"] = writer.count
        else:
            result = build(articles, jobs=jobs)
            fmt = FORMATS[out_format]
            write(result.dataset, fmt, target.with_suffix(fmt.suffix))
    out.update(articles=result.articles, facts=result.facts, failures=len(result.failures),
               peak_mb=peak_mb())
    for f in target.parent.glob(target.name + ".*"):
        f.unlink()
    return out


@child
def m_gen(out: str, triples: int, quads: str = "", sources: int = 0) -> Result:
    """A graph of ``triples`` distinct triples: the source articles extracted once, then
    cloned under new article ids (so evidence and graphs are new, entities shared)."""
    import dataclasses

    from policygraph.build import read_articles
    from policygraph.fastio import StreamWriter, extraction_quads, nt_term
    from policygraph.pipeline import extract

    exs = list(extract(list(read_articles(list(SOURCES)))[: sources or None]))
    lines: set[str] = set()
    q = Path(quads).open("wb") if quads else None
    writer = StreamWriter(q, graphs=True) if q is not None else None
    k = 0
    while len(lines) < triples:
        for ex in exs:
            art = dataclasses.replace(ex.article, id=f"{ex.article.id}-{k:05d}")
            clone = dataclasses.replace(ex, article=art)
            lines.update(f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n"
                         for s, p, o, _ in extraction_quads(clone))
            if writer is not None:
                writer.write(clone)
            if len(lines) >= triples:
                break
        k += 1
    if q is not None:
        q.close()
    Path(out).write_text("".join(sorted(lines)), encoding="utf-8")
    return {"triples": len(lines), "copies": k}


@child
def m_write(data: str, lib: str, workdir: str = "") -> Result:
    """Load the graph into ``lib``'s in-memory form, then time writing it as N-Triples and
    as Turtle, with the peak memory of each write."""
    out: Result = {}
    load: Result = {}
    with clock(load):
        if lib in {"rdflib", "fastio-from-rdflib"}:
            from rdflib import Graph

            graph: Any = Graph()
            graph.parse(data, format="ox-nt")  # Oxigraph's parser, rdflib's store: quicker
        elif lib == "fastio":
            from policygraph.fastio import OxTriples

            graph = OxTriples.from_ntriples(Path(data).read_bytes())
        elif lib == "oxigraph-store":
            import pyoxigraph as ox

            graph = ox.Store()
            graph.bulk_load(path=data, format=ox.RdfFormat.N_TRIPLES)
        else:
            raise SystemExit(f"unknown lib {lib}")
    out["load"] = load["wall"]
    out["triples"] = len(graph)
    for fmt in ("nt", "ttl"):
        target = Path(workdir or tempfile.mkdtemp()) / f"w-{os.getpid()}.{fmt}"
        res: Result = {"rss_before_mb": _status("VmRSS")}
        reset_peak()
        with clock(res):
            if lib == "rdflib":
                graph.serialize(str(target), format={"nt": "nt", "ttl": "turtle"}[fmt],
                                encoding="utf-8")
            elif lib == "oxigraph-store":
                import pyoxigraph as ox

                rdf = {"nt": ox.RdfFormat.N_TRIPLES, "ttl": ox.RdfFormat.TURTLE}[fmt]
                graph.dump(str(target), format=rdf, from_graph=ox.DefaultGraph())
            else:
                from policygraph.fastio import write_ntriples, write_turtle

                (write_ntriples if fmt == "nt" else write_turtle)(graph, target)
        res["peak_mb"] = peak_mb()
        res["bytes"] = target.stat().st_size
        target.unlink()
        out[fmt] = res
    return out


@child
def m_stream(corpus: str, jobs: int = 1, workdir: str = "", batch: bool = False) -> Result:
    """Peak memory of a streaming N-Quads build (or of the batch build, ``batch=True``)."""
    from policygraph.build import build, read_articles
    from policygraph.fastio import stream_to
    from policygraph.serialize import FORMATS, write

    target = Path(workdir or tempfile.mkdtemp()) / f"s-{os.getpid()}.nq"
    out: Result = {}
    with clock(out):
        if batch:
            result = build(read_articles([Path(corpus)]), jobs=jobs)
            write(result.dataset, FORMATS["nquads"], target)
        else:
            with stream_to(target) as writer:
                result = build(read_articles([Path(corpus)]), jobs=jobs, sink=writer.write)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out.update(articles=result.articles, peak_mb=peak_mb(), worker_peak_mb=kids,
               bytes=target.stat().st_size)
    target.unlink()
    return out


@child
def m_paired(corpus: str, size: int = 30, rounds: int = 2, workdir: str = "") -> Result:
    """Bare ``nlp.pipe`` (spaCy defaults) and the build -> Turtle, both in this process,
    taking turns on slices of ``size`` articles: CPU seconds of each, summed. Turns of a
    few seconds, so that the load of other jobs falls on both alike."""
    from policygraph.build import build, read_articles
    from policygraph.pipeline import extract, load_pipeline
    from policygraph.serialize import FORMATS, write

    files = sorted(Path(corpus).glob("*.txt"))
    bare = bare_pipeline()
    load_pipeline()
    list(bare.pipe(["Warm up."]))
    list(extract(list(read_articles(files[:1]))))
    target = Path(workdir or tempfile.mkdtemp()) / f"paired-{os.getpid()}.ttl"
    cpu = {"bare": 0.0, "build": 0.0}
    turn = 0
    for _ in range(rounds):
        for k in range(0, len(files), size):
            part = files[k : k + size]
            texts = [a.text for a in read_articles(part)]  # outside the timing, as m_bare
            for variant in (("bare", "build") if turn % 2 == 0 else ("build", "bare")):
                t = time.process_time()
                if variant == "bare":
                    for _doc in bare.pipe(texts):
                        pass
                else:
                    result = build(read_articles(part))
                    write(result.dataset, FORMATS["turtle"], target)
                cpu[variant] += time.process_time() - t
            turn += 1
    target.unlink(missing_ok=True)
    return {"cpu": cpu, "articles": len(files), "rounds": rounds, "size": size}


def long_text(words: int) -> str:
    """An article of about ``words`` words: paragraphs of the source articles in turn."""
    paragraphs = [p.strip() for f in source_files()
                  for p in f.read_text("utf-8").split("\n\n")[2:] if len(p.split()) > 20]
    out: list[str] = []
    count = 0
    i = 0
    while count < words:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        count += len(p.split())
        i += 1
    return "\n\n".join(out)


@child
def m_growth(words: str, runs: int = 3) -> Result:
    """Seconds to extract one article of each length (words), ``runs`` times each."""
    from policygraph.model import Article
    from policygraph.pipeline import extract, load_pipeline

    load_pipeline()
    list(extract([Article(id="warm", text=long_text(300))]))
    texts = {n: long_text(n) for n in map(int, words.split(","))}
    times: dict[str, list[float]] = {str(n): [] for n in texts}
    for r in range(runs):  # lengths in turn, so that a change of load falls on all of them
        for n, text in texts.items():
            one: Result = {}
            with clock(one):
                list(extract([Article(id=f"g{n}-{r}", text=text)]))
            times[str(n)].append(one["cpu"])
    return {"cpu": times, "peak_mb": peak_mb()}


def query_files() -> list[Path]:
    for d in QUERY_DIRS:
        found = sorted(d.glob("*.rq"))
        if found:
            return found
    return []


@child
def m_sparql(data: str, engine: str, runs: int = 3, limit: int = 0) -> Result:
    """Each query ``runs`` times on the graph loaded into ``engine``; seconds and rows."""
    queries = query_files()[: limit or None]
    load: Result = {}
    with clock(load):
        if engine == "oxigraph":
            import pyoxigraph as ox

            store = ox.Store()
            store.bulk_load(path=data, format=ox.RdfFormat.N_TRIPLES)

            def run(text: str) -> int:
                answer = store.query(text)
                return sum(1 for _ in answer) if not isinstance(answer, bool) else 1
        else:
            from rdflib import Graph

            graph = Graph()
            graph.parse(data, format="ox-nt")

            def run(text: str) -> int:
                return len(list(graph.query(text)))
    out: Result = {"load": load["wall"], "queries": {}}
    for q in queries:
        text = q.read_text("utf-8")
        seconds: list[float] = []
        rows = 0
        for _ in range(runs):
            t = time.perf_counter()
            rows = run(text)
            seconds.append(time.perf_counter() - t)
            if seconds[-1] > 120:  # one slow run is enough to know
                break
        out["queries"][q.name] = {"seconds": seconds, "rows": rows}
    out["peak_mb"] = peak_mb()
    return out


# --------------------------------------------------------------------------- the parent


class Bench:
    """Runs measurements in child processes and gathers the report."""

    def __init__(self, args: argparse.Namespace, workdir: Path) -> None:
        self.args = args
        self.workdir = workdir
        self.report: list[str] = []
        self.results: dict[str, Any] = {}

    def run(self, name: str, **kwargs: Any) -> Result:
        kwargs = {k: v for k, v in kwargs.items()}
        if self.args.inline:
            return CHILDREN[name](**kwargs)
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", name,
               json.dumps(kwargs)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{name} {kwargs} failed:\n{done.stderr[-3000:]}")
        result: Result = json.loads(done.stdout.strip().splitlines()[-1])
        return result

    def alternate(self, variants: dict[str, tuple[str, dict[str, Any]]],
                  runs: int) -> dict[str, list[Result]]:
        """Run every variant ``runs`` times, round-robin, and return the results."""
        got: dict[str, list[Result]] = {k: [] for k in variants}
        for r in range(runs):
            for label, (name, kwargs) in variants.items():
                res = self.run(name, **kwargs)
                got[label].append(res)
                timed = [(k, v) for k, v in res.items() if isinstance(v, dict) and "wall" in v]
                parts = [f"{k} {v['wall']:.2f} s" for k, v in timed] or [
                    f"wall {res.get('wall', 0):.2f} s, cpu {res.get('cpu', 0):.2f} s"]
                log(f"  run {r + 1}/{runs} {label}: {', '.join(parts)}")
        return got

    def say(self, line: str = "") -> None:
        self.report.append(line)
        print(line, flush=True)


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def med(results: list[Result], key: str) -> float:
    return statistics.median(float(r[key]) for r in results)


def loadavg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def section_throughput(b: Bench) -> None:
    a = b.args
    corpus = str(make_corpus(b.workdir / f"corpus-{a.articles}", a.articles))
    wd = str(b.workdir)
    variants = {
        "bare nlp.pipe (spaCy defaults)": ("bare", {"corpus": corpus}),
        "policygraph build -> Turtle": ("build", {"corpus": corpus, "workdir": wd}),
        "bare nlp.pipe (batch_size=16)": ("bare", {"corpus": corpus, "batch": 16}),
        "policygraph build --stream -> N-Quads": (
            "build", {"corpus": corpus, "out_format": "stream", "workdir": wd}),
        "build -> Turtle, the model's attribute_ruler and lemmatizer": (
            "build", {"corpus": corpus, "workdir": wd, "model_ruler": True}),
    }
    got = b.alternate(variants, a.runs)
    b.results["throughput"] = got
    first = got["bare nlp.pipe (spaCy defaults)"][0]
    b.say(f"### Throughput: {first['articles']} articles, {first['tokens']} tokens, "
          f"{a.runs} runs, one process")
    b.say()
    b.say(f"spaCy pipeline of the baseline: {', '.join(first['pipes'])}")
    b.say()
    b.say("| | median wall s | median CPU s | articles/s (wall) | ratio wall | ratio CPU |")
    b.say("|---|---:|---:|---:|---:|---:|")
    base = got["bare nlp.pipe (spaCy defaults)"]
    for label, res in got.items():
        w, c = med(res, "wall"), med(res, "cpu")
        b.say(f"| {label} | {w:.2f} | {c:.2f} | {first['articles'] / w:.1f} | "
              f"{med(base, 'wall') / w:.2f} | {med(base, 'cpu') / c:.2f} |")
    b.say()
    b.say("Ratio = baseline (bare nlp.pipe, spaCy defaults) time / this time; target for "
          "the build >= 1.0.")
    b.say()


def section_paired(b: Bench) -> None:
    a = b.args
    corpus = str(make_corpus(b.workdir / f"corpus-{a.articles}", a.articles))
    got = [b.run("paired", corpus=corpus, rounds=2, workdir=str(b.workdir))
           for _ in range(max(1, a.runs // 2))]
    b.results["paired"] = got
    b.say(f"### Paired: bare nlp.pipe and build -> Turtle taking turns, {a.articles} articles, "
          f"slices of {got[0]['size']}")
    b.say()
    b.say("| process | rounds | bare nlp.pipe CPU s | build -> Turtle CPU s | ratio |")
    b.say("|---|---:|---:|---:|---:|")
    for i, res in enumerate(got, 1):
        bare, built = res["cpu"]["bare"], res["cpu"]["build"]
        b.say(f"| {i} | {res['rounds']} | {bare:.2f} | {built:.2f} | {bare / built:.2f} |")
    b.say()
    b.say("Both in one process, alternating every slice (a few seconds), so that other jobs "
          "on the machine slow both alike. The bare pipeline sees one slice at a time "
          "(batches of at most the slice, not spaCy's 256).")
    b.say()


def section_jobs(b: Bench) -> None:
    a = b.args
    corpus = str(make_corpus(b.workdir / f"corpus-{a.articles}", a.articles))
    wd = str(b.workdir)
    variants: dict[str, tuple[str, dict[str, Any]]] = {}
    for out_format, name in (("turtle", "-> Turtle"), ("stream", "--stream -> N-Quads")):
        for jobs in (1, 2):
            variants[f"build --jobs {jobs} {name}"] = (
                "build", {"corpus": corpus, "jobs": jobs, "cold": True, "workdir": wd,
                          "out_format": out_format})
    for procs in (1, 2):
        variants[f"bare nlp.pipe n_process={procs}"] = ("bare", {"corpus": corpus,
                                                                 "procs": procs})
    for procs in (1, 2):
        variants[f"bare nlp.pipe n_process={procs}, batch_size=16"] = (
            "bare", {"corpus": corpus, "procs": procs, "batch": 16})
    got = b.alternate(variants, a.runs)
    b.results["jobs"] = got
    b.say(f"### Processes: {a.articles} articles, {a.runs} runs, {os.cpu_count()} CPUs")
    b.say()
    b.say("| | median wall s | median CPU s (all processes) | speed-up (wall) |")
    b.say("|---|---:|---:|---:|")
    labels = list(variants)
    for one, two in zip(labels[::2], labels[1::2], strict=True):
        for label in (one, two):
            b.say(f"| {label} | {med(got[label], 'wall'):.2f} | {med(got[label], 'cpu'):.2f} | "
                  f"{med(got[one], 'wall') / med(got[label], 'wall'):.2f}x |")
    b.say()
    b.say("The build runs are whole runs: the pipeline is loaded inside the timing (in "
          "each worker for --jobs 2). Target: --jobs 2 >= 1.6x over --jobs 1. spaCy's "
          "n_process is shown for the bare model only: it cannot carry the pipeline's "
          "results back (TypeError: can not serialize 'Mention' object). With its default "
          "batch_size (256) spaCy hands 330 texts to two workers as batches of 256 and 74.")
    b.say()


def million(b: Bench) -> Path:
    data = b.workdir / f"graph-{b.args.triples}.nt"
    if not data.exists():
        log(f"generating a graph of {b.args.triples} triples")
        b.run("gen", out=str(data), triples=b.args.triples, sources=2 if b.args.smoke else 0)
    return data


def section_write(b: Bench) -> None:
    a = b.args
    data = str(million(b))
    libs = ("rdflib", "fastio", "oxigraph-store", "fastio-from-rdflib")
    got = b.alternate({lib: ("write", {"data": data, "lib": lib, "workdir": str(b.workdir)})
                       for lib in libs}, a.runs)
    b.results["write"] = got
    b.say(f"### Writing {got['rdflib'][0]['triples']} triples ({a.runs} runs)")
    b.say()
    b.say("| writer | format | load s | write s (median) | speed-up vs rdflib | RSS before MB "
          "| peak while writing MB | output MB |")
    b.say("|---|---|---:|---:|---:|---:|---:|---:|")
    for fmt, name in (("nt", "N-Triples"), ("ttl", "Turtle")):
        base = statistics.median(r[fmt]["wall"] for r in got["rdflib"])
        for lib in libs:
            res = [r[fmt] for r in got[lib]]
            wall = med(res, "wall")
            b.say(f"| {lib} | {name} | {med(got[lib], 'load'):.1f} | {wall:.2f} | "
                  f"{base / wall:.1f}x | {med(res, 'rss_before_mb'):.0f} | "
                  f"{med(res, 'peak_mb'):.0f} | {res[0]['bytes'] / 1e6:.0f} |")
    b.say()
    b.say("rdflib: `Graph.serialize` (default in-memory store; nt and turtle plugins). fastio: "
          "policygraph.fastio.OxTriples written by Oxigraph. oxigraph-store: the embedded "
          "store's dump. fastio-from-rdflib: fastio starting from the rdflib Graph "
          "(conversion included). Target >= 10x.")
    b.say()


def section_stream(b: Bench) -> None:
    a = b.args
    rows = []
    for n in a.stream_sizes:
        corpus = str(make_corpus(b.workdir / f"corpus-{n}", n))
        res = b.run("stream", corpus=corpus, jobs=a.stream_jobs, workdir=str(b.workdir))
        rows.append(("--stream", n, res))
        log(f"  stream {n}: peak {res['peak_mb']:.0f} MB, {res['wall']:.0f} s")
    if a.stream_batch:
        n = a.stream_sizes[0]
        corpus = str(make_corpus(b.workdir / f"corpus-{n}", n))
        res = b.run("stream", corpus=corpus, jobs=a.stream_jobs, workdir=str(b.workdir),
                    batch=True)
        rows.append(("batch (no --stream)", n, res))
    b.results["stream"] = rows
    b.say(f"### Streaming N-Quads: peak memory (--jobs {a.stream_jobs})")
    b.say()
    b.say("| build | articles | wall s | peak RSS, main process MB | peak RSS, largest worker MB "
          "| output MB |")
    b.say("|---|---:|---:|---:|---:|---:|")
    for label, n, res in rows:
        b.say(f"| {label} | {n} | {res['wall']:.0f} | {res['peak_mb']:.0f} | "
              f"{res['worker_peak_mb']:.0f} | {res['bytes'] / 1e6:.1f} |")
    small, large = rows[0][2], rows[len(a.stream_sizes) - 1][2]
    b.say()
    b.say(f"Main process, largest / smallest corpus: {large['peak_mb'] / small['peak_mb']:.2f}x "
          "(target <= 1.5x).")
    b.say()


def section_growth(b: Bench) -> None:
    a = b.args
    res = b.run("growth", words=",".join(map(str, a.growth_words)), runs=a.runs)
    b.results["growth"] = res
    xs = [int(n) for n in res["cpu"]]
    ys = [statistics.median(v) for v in res["cpu"].values()]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
    intercept = my - slope * mx
    ss_tot = sum((y - my) ** 2 for y in ys)
    ss_res = sum((y - intercept - slope * x) ** 2 for x, y in zip(xs, ys, strict=True))
    r2 = 1 - ss_res / ss_tot if ss_tot else 1.0
    b.say(f"### Cost growth: one article of each length, CPU s, median of {a.runs}")
    b.say()
    b.say("| words | CPU s | ms per 1,000 words |")
    b.say("|---:|---:|---:|")
    for x, y in zip(xs, ys, strict=True):
        b.say(f"| {x} | {y:.2f} | {1000 * y / x * 1000:.1f} |")
    b.say()
    b.say(f"Least-squares line: {slope * 1e6:.1f} ms per 1,000 words "
          f"(intercept {intercept:.2f} s), R² = {r2:.4f}.")
    b.say()


def section_sparql(b: Bench) -> None:
    a = b.args
    data = str(million(b))
    limit = 1 if a.smoke else 0
    got = b.alternate({e: ("sparql", {"data": data, "engine": e, "runs": a.runs,
                                      "limit": limit})
                       for e in ("oxigraph", "rdflib")}, 1)
    b.results["sparql"] = got
    ox_q, rd_q = got["oxigraph"][0]["queries"], got["rdflib"][0]["queries"]
    b.say(f"### SPARQL on {a.triples} triples (median of {a.runs} runs per query)")
    b.say()
    b.say("| query | rows | Oxigraph s | rdflib s | ratio |")
    b.say("|---|---:|---:|---:|---:|")
    ratios = []
    for name in ox_q:
        o = statistics.median(ox_q[name]["seconds"])
        r = statistics.median(rd_q[name]["seconds"])
        ratios.append(r / o if o else float("inf"))
        rows = ox_q[name]["rows"]
        same = "" if rows == rd_q[name]["rows"] else f" (rdflib {rd_q[name]['rows']})"
        b.say(f"| {name} | {rows}{same} | {o:.4f} | {r:.3f} | {ratios[-1]:.0f}x |")
    b.say()
    b.say(f"Load: Oxigraph {got['oxigraph'][0]['load']:.1f} s, rdflib "
          f"{got['rdflib'][0]['load']:.1f} s. Geometric mean ratio "
          f"{statistics.geometric_mean(ratios):.0f}x; peak RSS Oxigraph "
          f"{got['oxigraph'][0]['peak_mb']:.0f} MB, rdflib {got['rdflib'][0]['peak_mb']:.0f} MB.")
    b.say()


RUNNERS = {"throughput": section_throughput, "paired": section_paired, "jobs": section_jobs, "write": section_write,
           "stream": section_stream, "growth": section_growth, "sparql": section_sparql}


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--only", default=None,
                   help=f"comma-separated sections, of: {', '.join(SECTIONS)}")
    p.add_argument("--runs", type=int, default=3, help="runs per variant (alternating)")
    p.add_argument("--articles", type=int, default=330, help="corpus size (>= 300)")
    p.add_argument("--triples", type=int, default=1_000_000, help="graph size for write, sparql")
    p.add_argument("--stream-sizes", type=lambda s: [int(x) for x in s.split(",")],
                   default=[1000, 10000])
    p.add_argument("--stream-jobs", type=int, default=2)
    p.add_argument("--stream-batch", action="store_true",
                   help="also measure the batch (non-streaming) build at the smallest size")
    p.add_argument("--growth-words", type=lambda s: [int(x) for x in s.split(",")],
                   default=[1000, 10000, 100000])
    p.add_argument("--workdir", type=Path, help="keep corpora and graphs here between runs")
    p.add_argument("--json", type=Path, help="also write every measurement here")
    p.add_argument("--markdown", type=Path, help="also write the report here")
    p.add_argument("--inline", action="store_true",
                   help="measure in this process (no peak memory per measurement)")
    p.add_argument("--smoke", action="store_true",
                   help="tiny sizes, one run, in this process: checks the script works")
    args = p.parse_args(argv)
    if args.only is None:  # the smoke run leaves out the process pool (it alone takes 5 s)
        # and the paired run (the throughput section's two variants again)
        args.only = ",".join(s for s in SECTIONS
                             if not (args.smoke and s in {"jobs", "paired"}))
    if args.smoke:
        args.runs, args.articles, args.triples = 1, 3, 3000
        args.stream_sizes, args.stream_jobs, args.growth_words = [3, 6], 1, [100, 200]
        args.inline = True
    return args


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        result = CHILDREN[argv[1]](**json.loads(argv[2]))
        print(json.dumps(result))
        return 0
    args = parse_args(argv)
    sections = [s for s in args.only.split(",") if s]
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        raise SystemExit(f"unknown sections: {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory(prefix="pg-bench-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        b = Bench(args, workdir)
        b.say(f"## policygraph benchmarks ({time.strftime('%Y-%m-%d %H:%M')}, "
              f"{os.cpu_count()} CPUs, load average {loadavg()})")
        b.say()
        b.say(f"`{' '.join(['python', 'bench/run.py', *argv])}`")
        b.say()
        for name in sections:
            log(f"== {name}")
            started = time.perf_counter()
            RUNNERS[name](b)
            log(f"== {name} done in {time.perf_counter() - started:.0f} s")
        b.say(f"Load average at the end: {loadavg()}.")
        if args.json:
            args.json.write_text(json.dumps(b.results, indent=1, default=str))
        if args.markdown:
            args.markdown.write_text("\n".join(b.report) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

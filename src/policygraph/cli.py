"""The ``policygraph`` command: thin, options in, library calls, exit codes out.

Exit codes: 0 done, 1 the graph does not conform to the shapes, 2 bad input or
usage. Errors are reported on standard error with what to do about them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from policygraph.errors import InputError, PolicyGraphError

app = typer.Typer(
    name="policygraph",
    help="Turn news on technology policy and geopolitics into an RDF knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)
out = Console(highlight=False, soft_wrap=True)


def _fail(exc: PolicyGraphError) -> typer.Exit:
    err.print(f"[bold red]error:[/] {escape(str(exc))}", markup=True, highlight=False)
    return typer.Exit(exc.exit_code)


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(
        help="Article files (.txt, .jsonl, .html) or folders of them; '-' reads standard input.",
        show_default=False)],
    output: Annotated[Path, typer.Option(
        "-o", "--output", help="Where to write the graph; '-' for standard output.")] = Path("-"),
    fmt: Annotated[str | None, typer.Option(
        "-f", "--format",
        help="turtle, ntriples, nquads, trig or jsonld (default: from the output suffix, "
             "else turtle).")] = None,
    published: Annotated[str | None, typer.Option(
        help="Publication date (ISO 8601) for a text that lacks one; relative dates in the "
             "text resolve against it.")] = None,
    url: Annotated[str | None, typer.Option(help="Source URL for a single text file.")] = None,
    publisher: Annotated[str | None, typer.Option(
        help="Publisher for a text that names none.")] = None,
    max_chars: Annotated[int, typer.Option(
        min=1, max=1_000_000,  # spaCy refuses longer texts (nlp.max_length)
        help="Refuse articles longer than this many characters, at most 1,000,000 "
             "(extracting 500,000 takes about 35 s and 1.7 GB of memory). Files over 20 "
             "bytes a character are refused unread; JSON Lines files are limited per "
             "record.")] = 500_000,
    failed: Annotated[Path | None, typer.Option(
        help="Write the inputs that failed, one per line, to this file, so that a rerun can "
             "take just those: policygraph build $(cat FILE).")] = None,
    store: Annotated[Path | None, typer.Option(
        help="Also load the graph into the embedded store in this folder, replacing each "
             "article's graph (standard output is then not written).")] = None,
    quiet: Annotated[bool, typer.Option(
        "-q", "--quiet", help="Print nothing but errors: no progress bar, warnings or summary.")
    ] = False,
    verbose: Annotated[bool, typer.Option(
        "-v", "--verbose", help="Also print a line per article built and every warning "
                                "(by default only the first few).")] = False,
    jobs: Annotated[int, typer.Option(
        "-j", "--jobs", min=0, help="Extract on this many processes (0: one per CPU); the "
                                    "output is the same.")] = 1,
    engine: Annotated[str, typer.Option(
        help="Where extraction runs: local (this machine, --jobs processes) or dask "
             "(a Dask cluster; needs the dask extra).")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        help="With --engine dask: the scheduler's address (tcp://host:8786); without it, a "
             "local cluster of --jobs workers.")] = None,
    stream: Annotated[bool, typer.Option(
        help="With nquads or ntriples: write each article's statements as soon as it is "
             "extracted, so memory stays flat (sorted within an article; sort -u gives the "
             "batch output).")] = False,
) -> None:
    """Build a graph from articles: extract entities and facts, write RDF with provenance.

    A progress bar shows on a terminal; a summary line (articles read, failed, facts,
    triples, time), then each input that failed and why, end the run on standard error.
    Empty, binary, too long or malformed inputs fail, and articles not in English are
    skipped; exits 0 when every input built, 2 when any failed (the rest are still written).
    """
    import contextlib
    import functools
    import time

    from rich.markup import escape

    from policygraph.build import Failure, read_articles
    from policygraph.build import build as run_build
    from policygraph.graph import count_triples
    from policygraph.model import Extraction
    from policygraph.parallel import ENGINES
    from policygraph.serialize import format_for, write

    started = time.perf_counter()
    if quiet and verbose:
        err.print("[bold red]error:[/] --quiet and --verbose cannot be used together")
        raise typer.Exit(2)

    def built(ex: Extraction) -> None:
        if verbose:
            err.print(f"built {ex.article.id}: {len(ex.facts)} facts, "
                      f"{len(ex.values)} values, {len(ex.entities)} entities", soft_wrap=True)

    try:
        target = None if str(output) == "-" else output
        out_format = format_for(target, fmt)
        failures: list[Failure] = []
        warnings: list[str] = []
        stdin = any(str(p) == "-" for p in inputs)
        paths = [p for p in inputs if str(p) != "-"]
        missing = [p for p in paths if not p.exists()]
        for p in missing:
            failures.append(Failure(str(p), f"{p}: no such file or folder"))
        meta = {k: v for k, v in {"published": published, "url": url,
                                  "publisher": publisher}.items() if v}
        if published:
            from policygraph.articles import parse_datetime

            if parse_datetime(published) is None:
                raise PolicyGraphError(f"--published {published!r} is not an ISO 8601 date")
        articles = read_articles([p for p in paths if p.exists()], max_chars=max_chars,
                                 stdin=stdin, failures=failures, warnings=warnings, **meta)
        if engine not in ENGINES:
            raise PolicyGraphError(f"--engine {engine!r}: choose one of {', '.join(ENGINES)}")
        if stream and (out_format.name not in {"nquads", "ntriples"} or store is not None):
            raise PolicyGraphError("--stream writes nquads or ntriples to a file or standard "
                                   "output, not other formats or --store")
        streaming = contextlib.ExitStack()
        sink = None
        if stream:
            from policygraph.fastio import stream_to

            writer = streaming.enter_context(
                stream_to(target, graphs=out_format.name == "nquads"))
            sink = writer.write
        run_build = functools.partial(run_build, jobs=jobs, engine=engine,
                                      scheduler=scheduler, sink=sink)
        show_progress = not quiet and sys.stderr.isatty()
        if show_progress:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            with Progress(SpinnerColumn(), TextColumn("{task.description}"),
                          TextColumn("{task.completed} articles"), TimeElapsedColumn(),
                          console=err, transient=True) as bar:
                task = bar.add_task("extracting", total=None)

                def advance(ex: Extraction) -> None:
                    bar.advance(task)
                    built(ex)

                result = run_build(articles, progress=advance)
        else:
            result = run_build(articles, progress=built)
        streaming.close()
        result.failures.extend(failures)
        result.warnings.extend(warnings)
        if stream:
            pass
        elif store is not None:
            from policygraph.store import load_dataset, open_store

            load_dataset(open_store(store), result.dataset)
        if stream:
            pass
        elif target is not None:
            write(result.dataset, out_format, target)
        elif store is None:
            write(result.dataset, out_format, sys.stdout)
    except PolicyGraphError as exc:
        raise _fail(exc) from None
    if failed is not None:
        reruns = dict.fromkeys(f.rerun for f in result.failures)
        failed.write_text("".join(f"{r}\n" for r in reruns), encoding="utf-8")
    if not quiet:
        shown = result.warnings if verbose else result.warnings[:_WARNINGS_SHOWN]
        for w in shown:
            err.print(f"[yellow]warning:[/] {escape(w)}", soft_wrap=True)
        if len(shown) < len(result.warnings):
            err.print(f"[yellow]warning:[/] ... and {len(result.warnings) - len(shown)} more "
                      "(--verbose shows them all)")
        triples = writer.count if stream else count_triples(result.dataset)
        where = "standard output" if target is None else str(target)
        if store is not None:
            where = f"store {store}" + (f" and {target}" if target is not None else "")
        read = "article" if result.articles == 1 else "articles"
        err.print(f"{result.articles} {read} read, {len(result.failures)} failed, "
                  f"{result.facts} facts, {triples} triples in "
                  f"{time.perf_counter() - started:.1f} s -> {where} ({out_format.name})",
                  soft_wrap=True)
    for f in result.failures:
        err.print(f"[red]failed:[/] {escape(f.reason)}", soft_wrap=True)
    if result.failures and failed is not None:
        err.print(f"the inputs to rerun are listed in {escape(str(failed))}", soft_wrap=True)
    if result.failures:
        raise typer.Exit(2)


_WARNINGS_SHOWN = 5


@app.command()
def validate(
    graphs: Annotated[list[Path], typer.Argument(help="Graph files to check together.",
                                                 show_default=False)],
) -> None:
    """Check graphs against the SHACL shapes: exit 0 conforms, 1 does not, 2 bad input."""
    from rdflib import Graph

    from policygraph.query import load_files
    from policygraph.validate import validate_graph

    try:
        store = load_files(graphs)
        import pyoxigraph as ox

        data = Graph()
        nt = ox.serialize(store.quads_for_pattern(None, None, None, None),
                          format=ox.RdfFormat.N_QUADS)
        from rdflib import Dataset

        ds = Dataset()
        ds.parse(data=nt.decode("utf-8") if isinstance(nt, bytes) else nt, format="nquads")
        for s, p, o, _ in ds.quads((None, None, None, None)):
            data.add((s, p, o))
        report = validate_graph(data)
    except PolicyGraphError as exc:
        raise _fail(exc) from None
    if report.conforms:
        out.print(f"conforms: {len(data)} triples checked against the shapes")
        return
    out.print(report.text)
    raise typer.Exit(1)


@app.command()
def query(
    args: Annotated[list[str], typer.Argument(
        metavar="[GRAPH]... QUERY",
        help="Graph files (any RDF format) and the query: a .rq/.sparql file or SPARQL text. "
             "With --store or --endpoint, only the query.", show_default=False)],
    store: Annotated[Path | None, typer.Option(
        help="Query the embedded store in this folder instead of files.")] = None,
    endpoint: Annotated[str | None, typer.Option(
        help="Query a SPARQL 1.1 Protocol endpoint (e.g. http://127.0.0.1:7878/query). "
             "Credentials come from PG_SPARQL_USER/PG_SPARQL_PASSWORD or ~/.netrc.")] = None,
    result_format: Annotated[str, typer.Option(
        "-f", "--format",
        help="SELECT/ASK: table, csv, tsv or json (the W3C SPARQL results formats). "
             "CONSTRUCT/DESCRIBE: turtle (also for table), ntriples or jsonld.")] = "table",
    allow_service: Annotated[bool, typer.Option(
        help="Allow SERVICE clauses, which contact other servers.")] = False,
    timeout: Annotated[float | None, typer.Option(
        help="Stop the query after this many seconds.")] = None,
) -> None:
    """Run a SPARQL query. Prefixes pg:, pgr:, schema:, skos:, rdfs:, rdf:, xsd:, prov: are set.

    SELECT prints a table (or CSV/TSV/JSON with --format), ASK prints true/false,
    CONSTRUCT and DESCRIBE print Turtle. Bad SPARQL exits 2 with the parser's message.
    """
    from policygraph.query import execute, read_query_arg, serialize_results, term_text

    try:
        text, graphs = read_query_arg(args)
        result = execute(text, graphs=graphs, store=store, endpoint=endpoint,
                         allow_service=allow_service, timeout=timeout)
    except PolicyGraphError as exc:
        raise _fail(exc) from None
    if result.kind == "graph":
        _print_graph(result.triples, result_format)
        return
    if result_format != "table":
        try:
            sys.stdout.write(serialize_results(result, result_format))
        except PolicyGraphError as exc:
            raise _fail(exc) from None
        return
    if result.kind == "ask":
        out.print("true" if result.boolean else "false")
        return
    table = Table(*result.variables, show_lines=False)
    for row in result.rows:
        table.add_row(*(term_text(t) for t in row))
    out.print(table)
    err.print(f"{len(result.rows)} rows")


def _print_graph(triples: list[Any], result_format: str) -> None:
    """CONSTRUCT/DESCRIBE results as sorted RDF on standard output."""
    import pyoxigraph as ox
    from rdflib import Graph

    from policygraph.query import triples_text
    from policygraph.serialize import FORMATS, write

    name = {"table": "turtle", "json": "jsonld"}.get(result_format, result_format)
    if name not in {"turtle", "ntriples", "jsonld"}:
        raise _fail(InputError(f"a CONSTRUCT or DESCRIBE result is RDF: use --format turtle, "
                               f"ntriples or jsonld, not {result_format!r}"))
    graph = Graph().parse(data=triples_text(triples, ox.RdfFormat.N_TRIPLES), format="nt")
    write(graph, FORMATS[name], sys.stdout)


def _register_command_groups() -> None:
    import importlib

    from policygraph.commands import MODULES

    for name in MODULES:
        importlib.import_module(f"policygraph.commands.{name}").register(app)


_register_command_groups()


def main() -> None:
    """Entry point of the ``policygraph`` console script."""
    app()


if __name__ == "__main__":
    main()

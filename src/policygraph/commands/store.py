"""``policygraph load`` and ``policygraph serve``: graphs into stores, stores onto the web."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from policygraph.errors import InputError, PolicyGraphError

if TYPE_CHECKING:
    from policygraph.store import GraphPart


def load(
    graphs: Annotated[list[Path], typer.Argument(
        help="Graph files: .nq or .trig (named graphs kept), .ttl, .nt or .jsonld (split into "
             "article graphs by their evidence).", show_default=False)],
    store: Annotated[Path | None, typer.Option(
        help="Load into the embedded store in this folder (created if missing).")] = None,
    endpoint: Annotated[str | None, typer.Option(
        help="The server's Graph Store Protocol URL; with --server-kind, its base URL "
             "(e.g. http://127.0.0.1:7878, http://host:3030/DATASET, "
             "http://host:7200/repositories/ID).")] = None,
    server_kind: Annotated[str | None, typer.Option(
        help="oxigraph, fuseki, graphdb or virtuoso: derive the URLs from the --endpoint "
             "base URL.")] = None,
    gsp_url: Annotated[str | None, typer.Option(
        help="The SPARQL 1.1 Graph Store Protocol URL (PUT replaces a graph).")] = None,
    update_url: Annotated[str | None, typer.Option(
        help="The SPARQL 1.1 Update URL, used when there is no Graph Store URL.")] = None,
    attempts: Annotated[int, typer.Option(
        min=1, help="Tries per request before giving up (backoff doubles from 0.5 s).")] = 4,
    timeout: Annotated[float, typer.Option(
        help="Seconds to wait for each answer from a server.")] = 60.0,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="Print nothing but errors.")] = False,
) -> None:
    """Load graphs into a store: each article's named graph is replaced, entities merged.

    Loading the same graphs twice changes nothing.

    A server is written over the SPARQL 1.1 Graph Store Protocol, one PUT per article.

    If loading stops, the error names what was and was not loaded; rerun to complete it.

    Credentials: PG_SPARQL_USER and PG_SPARQL_PASSWORD, or a netrc file (PG_NETRC or ~/.netrc).
    """
    from policygraph.cli import _fail, err
    from policygraph.store import (
        Endpoint,
        Retry,
        find_credentials,
        load_into_endpoint,
        load_into_store,
        open_store,
        read_batch,
    )

    try:
        remote = endpoint or gsp_url or update_url
        if store is not None and remote:
            raise InputError("give --store or a server URL, not both")
        if store is None and not remote:
            raise InputError("give --store DIR, or a server: --endpoint URL (with --server-kind), "
                             "--gsp-url or --update-url")
        for path in graphs:
            if not path.exists():
                raise InputError(f"{path}: no such graph file")
        batch = read_batch(graphs)
        if store is not None:
            with _progress(len(batch.parts), quiet) as advance:
                report = load_into_store(open_store(store), batch, target=str(store),
                                         on_loaded=advance)
        else:
            if server_kind is not None:
                if endpoint is None:
                    raise InputError("--server-kind needs the server's base URL in --endpoint")
                creds = find_credentials(endpoint)
                kind = Endpoint.for_server(server_kind, endpoint, authenticated=creds is not None)
                target = Endpoint(kind.query_url, update_url or kind.update_url,
                                  gsp_url or kind.gsp_url)
            else:
                target = Endpoint(None, update_url, gsp_url or endpoint)
            with _progress(len(batch.parts), quiet) as advance:
                report = load_into_endpoint(target, batch, retry=Retry(attempts=attempts),
                                            timeout=timeout, on_loaded=advance)
    except PolicyGraphError as exc:
        raise _fail(exc) from None
    if not quiet:
        if not report.loaded:
            err.print("nothing to load")
            return
        others = len(report.loaded) - report.articles
        articles = f"{report.articles} article" + ("" if report.articles == 1 else "s")
        rest = f"{others} other graph" + ("" if others == 1 else "s")
        err.print(f"{articles} and {rest} loaded, {report.triples} triples -> "
                  f"{report.target} ({report.seconds:.1f} s)")


@contextmanager
def _progress(total: int, quiet: bool) -> Iterator[Callable[[GraphPart], None]]:
    """A progress bar on a terminal (nothing otherwise), advanced once per graph loaded."""
    from policygraph.cli import err

    if quiet or not sys.stderr.isatty() or total < 2:
        yield lambda _part: None
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("loading"), BarColumn(), TextColumn("{task.completed}/{task.total}"
                  " graphs"), TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task("loading", total=total)
        yield lambda _part: bar.advance(task)


def serve(
    store: Annotated[Path, typer.Option(help="The embedded store folder to serve.")],
    port: Annotated[int, typer.Option(help="TCP port to listen on.")] = 7878,
    bind: Annotated[str, typer.Option(
        help="Address to listen on; the default is reachable from this machine only.")
    ] = "127.0.0.1",
    writable: Annotated[bool, typer.Option(
        help="Also accept SPARQL updates and Graph Store writes (read-only by default).")
    ] = False,
) -> None:
    """Serve the embedded store over SPARQL 1.1 (Oxigraph's server) until Ctrl-C.

    Queries: http://BIND:PORT/query, over the union of all graphs.

    With --writable, also updates at /update and the Graph Store Protocol at /store.

    Stop a read-only server before loading into its folder with --store.
    """
    from policygraph.cli import _fail, err
    from policygraph.store import oxigraph_executable, serve_command

    try:
        command = serve_command(store, bind=bind, port=port, writable=writable,
                                executable=oxigraph_executable())
    except PolicyGraphError as exc:
        raise _fail(exc) from None
    host = f"[{bind}]" if ":" in bind else bind
    mode = "read-write" if writable else "read-only"
    err.print(f"serving {store} ({mode}) at http://{host}:{port}/query; Ctrl-C stops")
    if bind not in {"127.0.0.1", "localhost", "::1"}:
        err.print(f"[yellow]warning:[/] listening on {bind} lets other machines reach the store")
    sys.stderr.flush()
    try:
        if os.name == "posix":  # become the server: signals and exit code are its own
            os.execv(command[0], command)
        code = subprocess.call(command)
    except KeyboardInterrupt:
        code = 0
    except OSError as exc:
        err.print(f"[bold red]error:[/] cannot start {command[0]}: {exc.strerror}")
        raise typer.Exit(2) from None
    if code != 0:
        raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    """Add ``load`` and ``serve`` to the ``policygraph`` command."""
    app.command("load")(load)
    app.command("serve")(serve)

"""``policygraph load`` and ``policygraph serve``: graphs into stores, stores onto the web."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

from policygraph.errors import InputError, PolicyGraphError


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
            report = load_into_store(open_store(store), batch, target=str(store))
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
            report = load_into_endpoint(target, batch, retry=Retry(attempts=attempts),
                                        timeout=timeout)
    except PolicyGraphError as exc:
        raise _fail(exc) from None
    if not quiet:
        if not report.loaded:
            err.print("nothing to load")
            return
        others = len(report.loaded) - report.articles
        err.print(f"{report.articles} articles and {others} other graphs loaded, "
                  f"{report.triples} triples -> {report.target} ({report.seconds:.1f} s)")


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

"""``policygraph explain`` and ``policygraph stats``: what a graph says, and why.

Both read graph files in any RDF format (several are merged), call
:mod:`policygraph.explain` or :mod:`policygraph.stats`, and print the result
with rich, or as JSON with ``--format json``.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    import pyoxigraph as ox
    from rich.console import Console

    from policygraph.explain import Explanation, Source, Statement
    from policygraph.stats import Stats

_FORMATS = ("table", "json")


def register(app: typer.Typer) -> None:
    """Add the ``explain`` and ``stats`` commands to ``app``."""
    app.command()(explain)
    app.command()(stats)


def _load(graphs: list[Path]) -> ox.Store:
    from policygraph.errors import InputError
    from policygraph.query import load_files

    for g in graphs:
        if not g.exists():
            raise InputError(f"{g}: no such graph file")
    return load_files(graphs)


def _check_format(fmt: str) -> None:
    from policygraph.errors import InputError

    if fmt not in _FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose table or json")


def _json(value: Explanation | Stats) -> None:
    sys.stdout.write(json.dumps(dataclasses.asdict(value), indent=2, ensure_ascii=False) + "\n")


def explain(
    args: Annotated[list[str], typer.Argument(
        metavar="GRAPH... ENTITY",
        help="Graph files (any RDF format), then the entity: an IRI, a prefixed name "
             "(pgr:org/huawei), a path below pgr: (org/huawei) or a label or alternative label "
             "in any case (\"lg uplus\").", show_default=False)],
    fmt: Annotated[str, typer.Option(
        "-f", "--format", help="table (readable text) or json.")] = "table",
) -> None:
    """Explain an entity: every fact about it, with the sentence, article, rule and confidence.

    Lists the facts where the entity is the subject, then those where it is the object,
    each with the evidence the graph records for it: the answer to "why does the graph
    say this?". Exits 2 when no entity, or several, match.
    """
    from policygraph.cli import _fail, err, out
    from policygraph.errors import InputError, PolicyGraphError
    from policygraph.explain import explain as run_explain

    try:
        _check_format(fmt)
        if len(args) < 2:
            raise InputError("give one or more graph files, then the entity to explain")
        result = run_explain(_load([Path(a) for a in args[:-1]]), args[-1])
    except PolicyGraphError as exc:
        raise _fail(exc) from None
    if fmt == "json":
        _json(result)
        return
    _print_explanation(out, result)
    if result.unsupported:
        err.print(f"{len(result.unsupported)} facts have no evidence")


def _name(iri: str, label: str | None) -> str:
    from policygraph.explain import short_name

    return f"{label} ({short_name(iri)})" if label else short_name(iri)


def _print_explanation(console: Console, e: Explanation) -> None:
    from rich.markup import escape

    from policygraph.explain import short_name

    console.print(f"[bold]{escape(e.label or short_name(e.iri))}[/] <{escape(e.iri)}>")
    if e.types:
        console.print("  a " + ", ".join(short_name(t) for t in e.types))
    if e.alt_labels:
        console.print("  also called " + ", ".join(escape(a) for a in e.alt_labels))
    headlines = {src.article: src.headline for f in e.facts for src in f.evidence}
    n = len(e.articles)
    console.print(f"  mentioned in {n} article{'s' if n != 1 else ''}" + (":" if n else ""))
    for article in e.articles:
        headline = headlines.get(article)
        console.print(f"    {escape(short_name(article))}"
                      + (f" [dim]{escape(headline)}[/]" if headline else ""))
    if not e.facts:
        console.print("\nNo facts about it.")
        return
    for f in e.facts:
        console.print()
        _print_statement(console, e.iri, f)


def _print_statement(console: Console, iri: str, f: Statement) -> None:
    from rich.markup import escape

    if f.object_is_iri or f.object_label:
        obj = _name(f.object, f.object_label)
    else:
        obj = json.dumps(f.object, ensure_ascii=False)
    subject = "this" if f.subject == iri else _name(f.subject, f.subject_label)
    obj = "this" if f.object == iri and f.object_is_iri else obj
    console.print(f"[bold]{escape(subject)}[/] [cyan]{escape(f.predicate_name)}[/] "
                  f"[bold]{escape(obj)}[/]")
    if not f.evidence:
        console.print("  [red]no evidence[/]")
    for src in f.evidence:
        _print_source(console, src)


def _print_source(console: Console, src: Source) -> None:
    from rich.markup import escape

    from policygraph.explain import short_name

    if src.sentence:
        console.print(f"  “{escape(src.sentence)}”")
    where = []
    if src.article:
        where.append(short_name(src.article))
    if src.start is not None and src.end is not None:
        where.append(f"chars {src.start}-{src.end}")
    if src.rule:
        where.append(f"rule {src.rule}")
    if src.confidence is not None:
        where.append(f"confidence {src.confidence:g}")
    console.print("  [dim]" + escape(", ".join(where)) + "[/]")


def stats(
    graphs: Annotated[list[Path], typer.Argument(
        help="Graph files (any RDF format); several are counted together.",
        show_default=False)],
    fmt: Annotated[str, typer.Option(
        "-f", "--format", help="table (rich tables) or json.")] = "table",
) -> None:
    """Count what graphs hold: triples, articles, entities, facts, instances by class, triples
    by property, and facts without evidence (0 for a graph policygraph built)."""
    from policygraph.cli import _fail, err, out
    from policygraph.errors import PolicyGraphError
    from policygraph.stats import stats as run_stats

    try:
        _check_format(fmt)
        result = run_stats(_load(graphs))
    except PolicyGraphError as exc:
        raise _fail(exc) from None
    if fmt == "json":
        _json(result)
        return
    _print_stats(out, result)
    if result.without_evidence:
        err.print(f"[yellow]warning:[/] {result.without_evidence} facts have no evidence")


def _print_stats(console: Console, s: Stats) -> None:
    from rich.markup import escape
    from rich.table import Table

    from policygraph.explain import short_name

    summary = Table("", "count", title="graph", title_justify="left", show_header=False)
    for name, value in (("triples", s.triples), ("named graphs", s.graphs),
                        ("articles", s.articles), ("entities", s.entities),
                        ("facts", s.facts), ("values", s.values), ("evidence", s.evidence),
                        ("facts without evidence", s.without_evidence)):
        summary.add_row(name, str(value))
    console.print(summary)
    for title, counts in (("instances by class", s.classes), ("triples by property", s.properties)):
        table = Table(title, "count", title_justify="left")
        for c in counts:
            table.add_row(escape(c.name), str(c.count))
        console.print(table)
    if s.unsupported:
        table = Table("subject", "property", "object", title="facts without evidence",
                      title_justify="left")
        for fact in s.unsupported:
            table.add_row(escape(short_name(fact.subject)), escape(short_name(fact.predicate)),
                          escape(short_name(fact.object)))
        console.print(table)

"""Writing graphs: one function per output format, deterministic output.

The same input gives byte-identical files: N-Triples and N-Quads lines are
sorted; Turtle and TriG come from rdflib's serializers, which order subjects
and predicates.

>>> from rdflib import Dataset
>>> FORMATS["turtle"].suffix, FORMATS["nquads"].quads
('.ttl', True)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from rdflib import Dataset, Graph

from policygraph.errors import InputError
from policygraph.graph import flatten
from policygraph.vocab import ontology_path


@dataclass(frozen=True)
class Format:
    """An output format: its rdflib name, file suffix and whether it keeps graphs."""

    name: str
    rdflib: str
    suffix: str
    quads: bool


FORMATS = {
    "turtle": Format("turtle", "turtle", ".ttl", False),
    "ntriples": Format("ntriples", "nt", ".nt", False),
    "nquads": Format("nquads", "nquads", ".nq", True),
    "trig": Format("trig", "trig", ".trig", True),
    "jsonld": Format("jsonld", "json-ld", ".jsonld", False),
}
_SUFFIXES = {f.suffix: f.name for f in FORMATS.values()} | {".json": "jsonld", ".n3": "turtle"}


def format_for(path: Path | None, explicit: str | None) -> Format:
    """The format named, else the one the output file's suffix implies, else Turtle."""
    if explicit:
        if explicit not in FORMATS:
            raise InputError(f"unknown format {explicit!r}; choose one of {', '.join(FORMATS)}")
        return FORMATS[explicit]
    if path is not None and path.suffix.lower() in _SUFFIXES:
        return FORMATS[_SUFFIXES[path.suffix.lower()]]
    return FORMATS["turtle"]


def _sorted_lines(ds: Dataset, quads: bool) -> str:
    lines = set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        parts = [s.n3(), p.n3(), o.n3()]
        if quads and g is not None:
            parts.append(g.n3() if hasattr(g, "n3") else "")
        lines.add(" ".join(parts) + " .\n")
    return "".join(sorted(lines))


def jsonld_context() -> dict[str, object]:
    """The JSON-LD context shipped in ``ontology/context.jsonld``."""
    data = json.loads(ontology_path("context.jsonld").read_text("utf-8"))
    return dict(data["@context"]) if "@context" in data else dict(data)


def serialize(ds: Dataset, fmt: Format) -> str:
    """``ds`` as text in ``fmt``."""
    if fmt.name in {"ntriples", "nquads"}:
        return _sorted_lines(ds, fmt.quads)
    if fmt.name == "trig":
        return ds.serialize(format="trig")
    graph: Graph = flatten(ds)
    if fmt.name == "jsonld":
        try:
            context: object = jsonld_context()
        except FileNotFoundError:
            context = {prefix: str(ns) for prefix, ns in graph.namespaces()}
        return graph.serialize(format="json-ld", context=context, sort_keys=True, indent=1)
    return graph.serialize(format="turtle")


def write(ds: Dataset, fmt: Format, out: IO[str] | Path) -> None:
    """Write ``ds`` in ``fmt`` to a path or an open text stream."""
    text = serialize(ds, fmt)
    if isinstance(out, Path):
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(out)
    else:
        out.write(text)


__all__ = ["FORMATS", "Format", "format_for", "serialize", "write"]

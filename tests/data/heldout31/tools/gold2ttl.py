#!/usr/bin/env python3
"""Build the Turtle graph a perfect extractor would produce for a gold file.

    python tools/gold2ttl.py gold/X.json [-o OUT.ttl]
    python tools/gold2ttl.py --all gold/ OUT_DIR/
    python tools/gold2ttl.py --all --with-allowed gold/ OUT_DIR/   (maximal graph)

The graph holds every required entity (type, rdfs:label, skos:altLabel), one
triple per required fact (the first alternative whose ends are required, if
any), every value (its first alternative, with a fitting datatype) and the
article metadata.  Scored with ../shared/eval/score.py it must give 1.00/1.00
with all values and metadata matched; anything else means the gold file is
inconsistent.  Uses only the standard library, so it writes Turtle by hand.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

PREFIXES = """@prefix pg: <https://w3id.org/policygraph/ontology#> .
@prefix pgr: <https://w3id.org/policygraph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def lit(text: str, lang: str | None = "en", dtype: str | None = None) -> str:
    esc = str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    if dtype:
        return f'"{esc}"^^{dtype}'
    return f'"{esc}"@{lang}' if lang else f'"{esc}"'


def date_type(value: str) -> str:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T.*", value):
        return "xsd:dateTime"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "xsd:date"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "xsd:gYearMonth"
    if re.fullmatch(r"\d{4}", value):
        return "xsd:gYear"
    raise ValueError(f"not a date: {value!r}")


def value_literal(prop: str, value: str) -> str:
    if prop in ("date", "announcedOn"):
        return lit(value, dtype=date_type(value))
    if prop == "duration":
        return lit(value, dtype="xsd:duration")
    if prop == "ordinal":
        return lit(value, dtype="xsd:integer")
    if prop in ("mode", "status"):
        return lit(value, lang=None)
    return lit(value)


def first(spec):
    return spec[0] if isinstance(spec, list) else spec


def iri(key: str) -> str:
    return f"pgr:e-{re.sub(r'[^A-Za-z0-9_-]', '_', key)}"


def build(gold: dict, stem: str, with_allowed: bool = False) -> str:
    required = gold["entities"]
    every = {**gold.get("allowed_entities", {}), **required}
    used: set[str] = set(required)
    triples: list[str] = []
    if with_allowed:  # every allowed entity and every allowed fact: must still score P=1.00
        used |= set(every)
        for s_spec, prop, o_spec in gold.get("allowed_facts", []):
            for s in (s_spec if isinstance(s_spec, list) else [s_spec]):
                for o in (o_spec if isinstance(o_spec, list) else [o_spec]):
                    triples.append(f"{iri(s)} pg:{prop} {iri(o)} .")

    for s_spec, prop, o_spec in gold["facts"]:
        subs = s_spec if isinstance(s_spec, list) else [s_spec]
        objs = o_spec if isinstance(o_spec, list) else [o_spec]
        pairs = [(s, o) for s in subs for o in objs]
        pick = next(((s, o) for s, o in pairs if s in required and o in required), pairs[0])
        used.update(pick)
        triples.append(f"{iri(pick[0])} pg:{prop} {iri(pick[1])} .")

    values: dict[str, list[str]] = {}
    for key, prop, expected in gold.get("values", []):
        used.add(key)
        values.setdefault(key, []).append(f"pg:{prop} {value_literal(prop, first(expected))}")

    blocks = [PREFIXES]
    for key in sorted(used):
        ent = every[key]
        names = ent.get("names") or [key]
        lines = [f"{iri(key)} a pg:{ent['type']}", f"rdfs:label {lit(names[0])}"]
        m = ent.get("match") or {}
        if with_allowed and key not in values and (m.get("date") or m.get("date_prefix")):
            d = m.get("date") or m["date_prefix"]
            lines.append(f"pg:date {lit(d, dtype=date_type(d))}")
        lines += [f"skos:altLabel {lit(n)}" for n in names[1:]]
        lines += values.get(key, [])
        blocks.append(" ;\n    ".join(lines) + " .")
    blocks.append("\n".join(triples))

    meta = gold.get("article_meta", {})
    art = [f"pgr:article-{re.sub(r'[^A-Za-z0-9_-]', '_', stem)} a pg:Article"]
    for field, want in meta.items():
        if field == "datePublished":
            art.append(f"schema:datePublished {lit(want, dtype=date_type(want))}")
        elif field == "url":
            art.append(f"schema:url <{want}>")
        else:
            art.append(f"schema:{field} {lit(want, lang=None)}")
    blocks.append(" ;\n    ".join(art) + " .")
    return "\n\n".join(blocks) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("out", type=Path, nargs="?")
    ap.add_argument("--all", action="store_true", help="GOLD and OUT are folders")
    ap.add_argument("--with-allowed", action="store_true",
                    help="also emit every allowed entity and allowed fact (a maximal graph; must still score 1.00)")
    args = ap.parse_args()
    if args.all:
        if args.out is None:
            ap.error("--all needs an output folder")
        args.out.mkdir(parents=True, exist_ok=True)
        for path in sorted(args.gold.glob("*.json")):
            (args.out / f"{path.stem}.ttl").write_text(build(json.loads(path.read_text()), path.stem, args.with_allowed))
        return 0
    text = build(json.loads(args.gold.read_text()), args.gold.stem, args.with_allowed)
    if args.out:
        args.out.write_text(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

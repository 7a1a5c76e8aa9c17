#!/usr/bin/env python3
"""Checks for heldout22 that heldout6's check.py does not make (standard library only).

    python tools/extra_check.py [HELDOUT_DIR] [--fix]

For every gold/*.json:
- every single reading of a list-form required fact is in allowed_facts (--fix adds the missing ones);
- every required fact has a reading whose two ends are required entities;
- no self-links; no duplicate entries in facts, allowed_facts or forbidden_facts;
- values only on required entities; dates are real calendar dates;
- every required meeting has a date value; no two meetings of a file share a match date;
- a .txt page's first line is its headline and its article_meta has no url;
- an .html page's og:title, og:site_name, og:url, article:published_time and meta author equal the gold's
  headline, publisher, url, datePublished and author (HTML entities unescaped);
- every entity (required or allowed) is used in some fact, value or match, or gets a note.
Prints one line per problem; exit 1 on errors.
"""
from __future__ import annotations

import html
import json
import re
import sys
from datetime import date
from pathlib import Path


def expand(spec):
    return spec if isinstance(spec, list) else [spec]


def singles(fact):
    s, p, o = fact
    return [[a, p, b] for a in expand(s) for b in expand(o)]


def key(f):
    return json.dumps(f, sort_keys=True)


def dump(gold: dict) -> str:
    """The shared gold file's layout: one entity, fact or value per line."""
    out = ["{"]
    keys = list(gold)
    for i, k in enumerate(keys):
        v = gold[k]
        end = "," if i < len(keys) - 1 else ""
        if isinstance(v, dict) and k in ("entities", "allowed_entities", "article_meta"):
            items = [f"    {json.dumps(a, ensure_ascii=False)}: {json.dumps(b, ensure_ascii=False)}" for a, b in v.items()]
            out.append(f"  {json.dumps(k)}: {{\n" + ",\n".join(items) + "\n  }" + end if items else f"  {json.dumps(k)}: {{}}" + end)
        elif isinstance(v, list):
            items = [f"    {json.dumps(x, ensure_ascii=False)}" for x in v]
            out.append(f"  {json.dumps(k)}: [\n" + ",\n".join(items) + "\n  ]" + end if items else f"  {json.dumps(k)}: []" + end)
        else:
            out.append(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" + end)
    out.append("}")
    return "\n".join(out) + "\n"


def real_date(v: str) -> bool:
    parts = v.split("-")
    try:
        if len(parts) == 3:
            date(int(parts[0]), int(parts[1]), int(parts[2]))
        elif len(parts) == 2:
            return 1 <= int(parts[1]) <= 12
        return True
    except ValueError:
        return False


def meta_tag(raw: str, attr: str, name: str) -> str | None:
    m = re.search(rf'<meta\s+{attr}="{re.escape(name)}"\s+content="([^"]*)"', raw)
    return html.unescape(m.group(1)) if m else None


def check(root: Path, path: Path, fix: bool):
    errors, notes = [], []
    gold = json.loads(path.read_text(encoding="utf-8"))
    req, allowed = gold["entities"], gold["allowed_entities"]
    every = {**allowed, **req}
    facts, afacts, ffacts = gold["facts"], gold["allowed_facts"], gold["forbidden_facts"]

    # singles of list forms
    have = {key(f) for f in afacts}
    for f in facts:
        if isinstance(f[0], list) or isinstance(f[2], list):
            for s in singles(f):
                if key(s) not in have:
                    if fix:
                        afacts.append(s)
                        have.add(key(s))
                    else:
                        errors.append(f"single reading {s} of {f} not allowed")
    # required reading between required entities
    for f in facts:
        if not any(a in req and b in req for a, _, b in singles(f)):
            errors.append(f"required fact {f} has no reading between required entities")
    # self links and duplicates
    for name, lst in (("facts", facts), ("allowed_facts", afacts), ("forbidden_facts", ffacts)):
        seen = set()
        for f in lst:
            for a, _p, b in singles(f):
                if a == b:
                    errors.append(f"{name}: self link {f}")
            k = key(f)
            if k in seen:
                errors.append(f"{name}: duplicate {f}")
            seen.add(k)
    # values
    dated = set()
    for k, prop, v in gold["values"]:
        if k not in req:
            errors.append(f"value on non-required entity {k}")
        if prop in ("date", "announcedOn"):
            for x in expand(v):
                if not real_date(x):
                    errors.append(f"not a calendar date: {k} {prop} {x}")
        if prop == "date":
            dated.add(k)
    matches = {}
    for k, e in every.items():
        if e["type"] == "Meeting" and "match" in e:
            d = e["match"].get("date", e["match"].get("date_prefix"))
            if d in matches:
                errors.append(f"meetings {matches[d]} and {k} share match date {d}")
            matches[d] = k
        if e["type"] == "Meeting" and k in req and k not in dated:
            errors.append(f"required meeting {k} without date value")
    # page shapes
    art = root / gold["article"]
    raw = art.read_text(encoding="utf-8")
    meta = gold["article_meta"]
    if art.suffix == ".txt":
        if raw.splitlines()[0].strip() != meta["headline"]:
            errors.append("first line is not the headline")
        if "url" in meta:
            errors.append(".txt meta has a url")
    if art.suffix == ".html":
        pairs = [("property", "og:title", "headline"), ("property", "og:site_name", "publisher"),
                 ("property", "og:url", "url"), ("property", "article:published_time", "datePublished"),
                 ("name", "author", "author")]
        for attr, name, field in pairs:
            got = meta_tag(raw, attr, name)
            if got != meta.get(field):
                errors.append(f"{name} {got!r} != meta {field} {meta.get(field)!r}")
    if art.suffix == ".jsonl":
        rec = json.loads(raw.strip())
        for field in ("headline", "author", "publisher", "url"):
            if field not in meta:
                errors.append(f"jsonl meta lacks {field}")
        if rec.get("published") != meta.get("datePublished"):
            errors.append("jsonl published != datePublished")
    # unused entities
    used = set(matches.values()) | {k for k, _, _ in gold["values"]}
    for f in facts + afacts + ffacts:
        for a, _, b in singles(f):
            used |= {a, b}
    for k in every:
        if k not in used:
            notes.append(f"entity {k} in no fact or value")
    if fix:
        path.write_text(dump(gold), encoding="utf-8")
    return errors, notes


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    fix = "--fix" in sys.argv
    root = Path(args[0]) if args else Path(__file__).resolve().parent.parent
    total = 0
    for path in sorted((root / "gold").glob("*.json")):
        errors, notes = check(root, path, fix)
        total += len(errors)
        print(f"{path.stem}: {len(errors)} error(s), {len(notes)} note(s)")
        for e in errors:
            print(f"  ERROR {e}")
        for n in notes:
            print(f"  note  {n}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())

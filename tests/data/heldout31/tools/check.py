#!/usr/bin/env python3
"""Check the gold files of this set for internal consistency.

    python tools/check.py [HELDOUT_DIR]

For every gold/*.json: valid JSON with the shape of the shared sample; entity
types and properties from ontology-contract.md; facts only between defined
keys and within each property's domain and range (forbidden facts may break
the range on purpose and only get a note); nothing forbidden is also required
or allowed; no name shared by two entities; every meeting has a date match and
a matching date value; every required entity has a name that occurs in the
article text; article_meta agrees with the article (and, for .jsonl, with the
record).  Prints one line per problem and a count per file; exit 1 on errors.
Standard library only.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

CLASSES = {"Country", "Organization", "Company", "Telco", "GovernmentBody", "Person", "Policy", "Meeting"}
ORG = {"Organization", "Company", "Telco", "GovernmentBody"}
COMPANY = {"Company", "Telco"}
DOMAIN_RANGE = {
    "basedIn": (ORG, {"Country"}),
    "promotedBy": ({"Policy"}, ORG | {"Country"}),
    "announcedBy": ({"Policy"}, ORG | {"Person"}),
    "excludes": ({"Policy"}, COMPANY),
    "urgedToJoin": (ORG | {"Country"}, {"Policy"}),
    "participatesIn": (ORG | {"Country"}, {"Policy"}),
    "usesEquipmentFrom": ({"Telco"}, COMPANY),
    "linkedWith": ({"Policy"}, {"Policy"}),
    "partOf": ({"Policy"}, {"Policy"}),
    "participant": ({"Meeting"}, ORG | {"Country"}),
    "ledBy": ({"Meeting"}, {"Person"}),
    "discussed": ({"Meeting"}, {"Policy"}),
    "affiliatedWith": ({"Person"}, ORG | {"Country"}),
}
VALUE_PROPS = {"announcedOn": {"Policy"}, "date": {"Meeting"}, "mode": {"Meeting"}, "duration": {"Meeting"},
               "ordinal": {"Meeting"}, "topic": {"Meeting"}, "role": {"Person"}, "status": {"Policy"}}
SYMMETRIC = {"linkedWith"}
# A country named only by its adjective ("the Chinese suppliers") still counts as mentioned.
DEMONYMS = {"China": "Chinese", "Sweden": "Swedish", "Germany": "German", "Japan": "Japanese",
            "South Korea": "South Korean", "Netherlands": "Dutch", "United States": "American",
            "India": "Indian", "Brazil": "Brazilian", "Canada": "Canadian", "Spain": "Spanish",
            "Mexico": "Mexican", "Finland": "Finnish", "Italy": "Italian", "Belgium": "Belgian",
            "Russia": "Russian", "Hungary": "Hungarian", "Indonesia": "Indonesian", "Portugal": "Portuguese",
            "Lithuania": "Lithuanian", "Vietnam": "Vietnamese", "Kenya": "Kenyan", "France": "French",
            "United Kingdom": "British", "Australia": "Australian", "Taiwan": "Taiwanese",
            "Norway": "Norwegian", "South Africa": "South African", "Estonia": "Estonian", "Latvia": "Latvian"}


def norm(text: str) -> str:
    """The scorer's normalisation (../shared/eval/score.py)."""
    text = unicodedata.normalize("NFKC", str(text)).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[.,\"“”()]", "", text)
    text = re.sub(r"[-_/]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def expand(spec):
    return spec if isinstance(spec, list) else [spec]


def combos(fact):
    s, p, o = fact
    out = {(a, p, b) for a in expand(s) for b in expand(o)}
    if p in SYMMETRIC:
        out |= {(b, p, a) for a, p, b in out}
    return out


def article_text(root: Path, gold: dict, errors: list[str]) -> tuple[str, dict | None]:
    path = root / gold.get("article", "")
    if not path.is_file():
        errors.append(f"article file missing: {gold.get('article')}")
        return "", None
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        lines = [ln for ln in raw.splitlines() if ln.strip()]
        if len(lines) != 1:
            errors.append(f"{path.name}: expected one JSON line, found {len(lines)}")
        rec = json.loads(lines[0])
        for field in ("text", "id", "headline", "published", "author", "publisher", "url"):
            if field not in rec:
                errors.append(f"{path.name}: record lacks {field!r}")
        return rec.get("text", ""), rec
    return raw, None


def check(root: Path, gold_path: Path) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    notes: list[str] = []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"invalid JSON: {exc}"], notes
    for field in ("article", "article_meta", "entities", "allowed_entities", "facts",
                  "allowed_facts", "forbidden_facts", "values"):
        if field not in gold:
            errors.append(f"missing field {field!r}")
    req, allowed = gold.get("entities", {}), gold.get("allowed_entities", {})
    both = set(req) & set(allowed)
    if both:
        errors.append(f"keys both required and allowed: {sorted(both)}")
    every = {**allowed, **req}
    text, record = article_text(root, gold, errors)
    ntext = norm(text)

    # Entities and names.
    owner: dict[str, str] = {}
    for key, ent in every.items():
        if ent.get("type") not in CLASSES:
            errors.append(f"{key}: unknown type {ent.get('type')!r}")
        if not ent.get("names"):
            errors.append(f"{key}: no names")
        for name in ent.get("names", []):
            n = norm(name)
            if n in owner and owner[n] != key:
                errors.append(f"name {name!r} used by {owner[n]} and {key}")
            owner[n] = key
        if ent.get("type") == "Meeting" and key in req and "match" not in ent:
            errors.append(f"{key}: required meeting without match")
        if key in req and ent.get("type") != "Meeting":
            forms = list(ent.get("names", []))
            if ent.get("type") == "Country":
                forms += [DEMONYMS[n] for n in forms if n in DEMONYMS]
            if not any(re.search(r"(?<!\w)" + re.escape(norm(n)) + r"(?!\w)", ntext) for n in forms):
                errors.append(f"{key}: no name occurs in the article text")

    # Facts.
    def fact_ok(fact, where: str, strict: bool) -> None:
        if not (isinstance(fact, list) and len(fact) == 3):
            errors.append(f"{where}: malformed {fact}")
            return
        s, p, o = fact
        if p not in DOMAIN_RANGE:
            errors.append(f"{where}: unknown property {p!r}")
            return
        dom, rng = DOMAIN_RANGE[p]
        for a in expand(s):
            if a not in every:
                errors.append(f"{where}: undefined key {a!r} in {fact}")
            elif every[a]["type"] not in dom:
                (errors if strict else notes).append(f"{where}: {a} ({every[a]['type']}) outside domain of {p}")
        for b in expand(o):
            if b not in every:
                errors.append(f"{where}: undefined key {b!r} in {fact}")
            elif every[b]["type"] not in rng:
                (errors if strict else notes).append(f"{where}: {b} ({every[b]['type']}) outside range of {p}")

    for f in gold.get("facts", []):
        fact_ok(f, "facts", True)
    for f in gold.get("allowed_facts", []):
        fact_ok(f, "allowed_facts", True)
    for f in gold.get("forbidden_facts", []):
        fact_ok(f, "forbidden_facts", False)
    good = set().union(*(combos(f) for f in gold.get("facts", []) + gold.get("allowed_facts", [])), set())
    for f in gold.get("forbidden_facts", []):
        clash = combos(f) & good
        if clash:
            errors.append(f"forbidden {f} is also required/allowed: {sorted(clash)}")
    seen = set()
    for f in gold.get("facts", []):
        c = frozenset(combos(f))
        if c in seen:
            errors.append(f"duplicate required fact {f}")
        seen.add(c)

    # Values.
    dates = {}
    for item in gold.get("values", []):
        key, prop, expected = item
        if key not in every:
            errors.append(f"values: undefined key {key!r}")
            continue
        if prop not in VALUE_PROPS:
            errors.append(f"values: unknown property {prop!r}")
        elif every[key]["type"] not in VALUE_PROPS[prop]:
            errors.append(f"values: {prop} on {key} ({every[key]['type']})")
        if prop == "date":
            dates[key] = expand(expected)
        if prop == "duration" and not all(re.fullmatch(r"P(T(\d+H)?(\d+M)?(\d+S)?|\d+D)", v) for v in expand(expected)):
            errors.append(f"values: bad duration {expected}")
        if prop in ("date", "announcedOn") and not all(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v) for v in expand(expected)):
            errors.append(f"values: bad date {expected}")
    for key, ent in every.items():
        m = ent.get("match")
        if ent.get("type") == "Meeting" and m and key in req:
            want = m.get("date", m.get("date_prefix"))
            if not any(d.startswith(want) for d in dates.get(key, [])):
                errors.append(f"{key}: match {m} has no date value starting with it")

    # Article metadata.
    meta = gold.get("article_meta", {})
    for field in ("headline", "datePublished"):
        if field not in meta:
            errors.append(f"article_meta lacks {field}")
    if meta.get("headline") and norm(meta["headline"]) not in ntext and record is None:
        errors.append("headline not found in the article text")
    if meta.get("author") and norm(meta["author"]) not in ntext and record is None:
        errors.append("author not found in the article text")
    if record is not None:
        mirror = {"headline": "headline", "datePublished": "published", "author": "author",
                  "publisher": "publisher", "url": "url"}
        for field, rec_field in mirror.items():
            if meta.get(field) != record.get(rec_field):
                errors.append(f"article_meta {field} {meta.get(field)!r} != record {rec_field} {record.get(rec_field)!r}")
    return errors, notes


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    total = 0
    for gold_path in sorted((root / "gold").glob("*.json")):
        errors, notes = check(root, gold_path)
        total += len(errors)
        print(f"{gold_path.stem}: {len(errors)} error(s), {len(notes)} note(s)")
        for e in errors:
            print(f"  ERROR {e}")
        for n in notes:
            print(f"  note  {n}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())

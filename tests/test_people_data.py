"""Consistency checks for src/policygraph/data/people.jsonl (no spaCy needed)."""
import json
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "policygraph" / "data"
PEOPLE = DATA / "people.jsonl"
ORGS = DATA / "organizations.jsonl"

ISO2 = {c.alpha_2 for c in pycountry.countries}
KEYS = {"name", "aliases", "country", "org", "role", "years"}
YEARS_RE = re.compile(r"^\d{4}(-(\d{4})?)?(, \d{4}(-(\d{4})?)?)*$")
# Honorifics/titles that must not appear in names or aliases.
TITLE_RE = re.compile(r"^(Sir|Dame|Lord|Lady|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|President|Minister|Secretary)\s", re.I)


def _load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:  # pragma: no cover
                pytest.fail(f"{path.name}:{n}: {e}")
    return rows


@pytest.fixture(scope="module")
def people():
    return _load(PEOPLE)


@pytest.fixture(scope="module")
def org_ids():
    return {o["id"] for o in _load(ORGS)}


def _norm(s):
    return " ".join(s.casefold().split())


def test_parses_and_has_expected_shape(people):
    assert len(people) >= 100
    for p in people:
        assert set(p) == KEYS, p
        assert isinstance(p["name"], str) and p["name"].strip() == p["name"] and p["name"]
        assert isinstance(p["aliases"], list)
        assert all(isinstance(a, str) and a.strip() == a and a for a in p["aliases"]), p
        assert isinstance(p["role"], str) and p["role"], p
        assert isinstance(p["years"], str) and YEARS_RE.match(p["years"]), p
        assert p["country"] is None or isinstance(p["country"], str)
        assert p["org"] is None or isinstance(p["org"], str)


def test_names_unique(people):
    seen = defaultdict(int)
    for p in people:
        seen[_norm(p["name"])] += 1
    dups = sorted(n for n, c in seen.items() if c > 1)
    assert not dups, dups


def test_no_alias_shared_between_people(people):
    owners = defaultdict(set)
    for p in people:
        for form in [p["name"], *p["aliases"]]:
            owners[_norm(form)].add(p["name"])
    shared = {f: sorted(o) for f, o in owners.items() if len(o) > 1}
    assert not shared, shared


def test_aliases_are_full_names(people):
    for p in people:
        assert _norm(p["name"]) not in {_norm(a) for a in p["aliases"]}, p["name"]
        assert len(p["aliases"]) == len({_norm(a) for a in p["aliases"]}), p["name"]
        for form in [p["name"], *p["aliases"]]:
            assert not TITLE_RE.match(form), form
            assert len(form.replace(".", ". ").split()) >= 2, form  # no bare surnames


def test_country_codes_valid(people):
    bad = [(p["name"], p["country"]) for p in people
           if p["country"] is not None and p["country"] not in ISO2]
    assert not bad, bad


def test_org_ids_exist(people, org_ids):
    bad = [(p["name"], p["org"]) for p in people
           if p["org"] is not None and p["org"] not in org_ids]
    assert not bad, bad


def test_eu_officials_have_no_country(people, org_ids):
    eu_orgs = {"european-commission", "european-council", "european-parliament",
               "council-of-the-eu"} & org_ids
    for p in people:
        if p["org"] in eu_orgs:
            assert p["country"] is None, p["name"]

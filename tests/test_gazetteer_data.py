"""Consistency checks for the gazetteer data files in src/policygraph/data/."""
import json
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "policygraph" / "data"

# Codes accepted in addition to pycountry's ISO 3166-1 alpha-2 list.
EXTRA_COUNTRY_CODES = {"XK"}  # Kosovo (user-assigned code)
ISO2 = {c.alpha_2 for c in pycountry.countries} | EXTRA_COUNTRY_CODES

ORG_TYPES = {"Telco", "Company", "GovernmentBody", "Organization"}
G20 = ["AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "KR",
       "MX", "RU", "SA", "ZA", "TR", "GB", "US"]
EU27 = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
        "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK",
        "SI", "ES", "SE"]

# Surface forms deliberately shared between two entries (none at present).
ALLOWED_SHARED_COUNTRY_FORMS = set()
ALLOWED_SHARED_ORG_ALIASES = set()
ALLOWED_SHARED_POLICY_ALIASES = set()
# Forms allowed to appear both as a country form and an organization form.
ALLOWED_COUNTRY_ORG_OVERLAP = set()

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_jsonl(name):
    rows = []
    with open(DATA / name, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:  # pragma: no cover
                    pytest.fail(f"{name}:{n}: {e}")
    return rows


@pytest.fixture(scope="module")
def countries():
    with open(DATA / "countries.json", encoding="utf-8") as f:
        data = json.load(f)
    return {k: v for k, v in data.items() if not k.startswith("_")}


@pytest.fixture(scope="module")
def orgs():
    return load_jsonl("organizations.jsonl")


@pytest.fixture(scope="module")
def policies():
    return load_jsonl("policies.jsonl")


@pytest.fixture(scope="module")
def gov_patterns():
    with open(DATA / "gov_patterns.json", encoding="utf-8") as f:
        return json.load(f)


def _collisions(entries):
    """entries: iterable of (entry_key, surface_form). Return forms used by >1 entry."""
    owners = defaultdict(set)
    for key, form in entries:
        owners[form].add(key)
    return {form: sorted(keys) for form, keys in owners.items() if len(keys) > 1}


def _forms(e):
    return [e["name"], *e.get("aliases", [])]


# ---------------------------------------------------------------- countries

def test_countries_cover_pycountry(countries):
    missing = {c.alpha_2 for c in pycountry.countries} - set(countries)
    assert not missing, f"countries missing: {sorted(missing)}"


def test_country_codes_valid(countries):
    bad = [k for k in countries if k not in ISO2]
    assert not bad, bad


def test_country_entry_shape(countries):
    for code, e in countries.items():
        assert isinstance(e["name"], str) and e["name"], code
        for field in ("aliases", "demonyms", "capitals"):
            assert isinstance(e[field], list), (code, field)
            assert all(isinstance(x, str) and x.strip() == x and x for x in e[field]), (code, field)
            assert len(e[field]) == len(set(e[field])), (code, field)
        assert isinstance(e.get("sovereign"), bool), code


def test_sovereign_states_have_demonyms_and_capitals(countries):
    missing = [c for c, e in countries.items()
               if e["sovereign"] and (not e["capitals"]
                                      or (not e["demonyms"] and c not in {"CD", "CG", "DM", "VA"}))]
    assert not missing, missing


def test_expected_canonical_country_names(countries):
    expected = {"KR": "South Korea", "KP": "North Korea", "US": "United States", "CN": "China",
                "RU": "Russia", "IR": "Iran", "VN": "Vietnam", "TW": "Taiwan",
                "GB": "United Kingdom", "CZ": "Czech Republic"}
    for code, name in expected.items():
        assert countries[code]["name"] == name


def test_country_names_and_aliases_do_not_collide(countries):
    pairs = [(code, f) for code, e in countries.items() for f in _forms(e)]
    coll = {f: k for f, k in _collisions(pairs).items() if f not in ALLOWED_SHARED_COUNTRY_FORMS}
    assert not coll, coll


def test_country_demonyms_and_capitals_do_not_collide(countries):
    for field in ("demonyms", "capitals"):
        pairs = [(code, f) for code, e in countries.items() for f in e[field]]
        assert not _collisions(pairs), (field, _collisions(pairs))
    # A name/alias of one country must not be a demonym or capital of another.
    pairs = [(code, f) for code, e in countries.items()
             for f in set(_forms(e) + e["demonyms"] + e["capitals"])]
    assert not _collisions(pairs), _collisions(pairs)


# ------------------------------------------------------------ organizations

def test_org_shape_and_ids(orgs):
    ids = [o["id"] for o in orgs]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    assert not dup, dup
    for o in orgs:
        assert ID_RE.match(o["id"]), o["id"]
        assert o["type"] in ORG_TYPES, o
        assert isinstance(o["name"], str) and o["name"], o
        assert isinstance(o["aliases"], list), o
        assert all(isinstance(a, str) and a and a.strip() == a for a in o["aliases"]), o
        assert o["name"] not in o["aliases"], o["id"]
        assert o["country"] is None or o["country"] in ISO2, o
        if "ambiguous" in o:  # true, or "listed": a firm only among firms or in full
            assert o["ambiguous"] in (True, False, "listed"), o


def test_org_parents_exist(orgs):
    ids = {o["id"] for o in orgs}
    bad = [(o["id"], o["parent"]) for o in orgs if o.get("parent") is not None and o["parent"] not in ids]
    assert not bad, bad
    assert all(o.get("parent") != o["id"] for o in orgs)


def test_org_aliases_do_not_collide(orgs):
    pairs = [(o["id"], f) for o in orgs for f in _forms(o)]
    coll = {f: k for f, k in _collisions(pairs).items() if f not in ALLOWED_SHARED_ORG_ALIASES}
    assert not coll, coll


def test_org_aliases_do_not_collide_with_countries(orgs, countries):
    cforms = {f for e in countries.values() for f in _forms(e) + e["demonyms"] + e["capitals"]}
    overlap = {f for o in orgs for f in _forms(o)} & cforms
    assert overlap <= ALLOWED_COUNTRY_ORG_OVERLAP, sorted(overlap)


def test_telco_coverage(orgs):
    telcos = [o for o in orgs if o["type"] == "Telco"]
    assert len(telcos) >= 120, len(telcos)
    have = {o["country"] for o in telcos}
    missing = sorted(set(G20 + EU27) - have)
    assert not missing, f"no Telco for: {missing}"


def test_required_orgs_present(orgs):
    by_id = {o["id"]: o for o in orgs}
    for oid in ["lg-uplus", "sk-telecom", "kt", "huawei", "zte", "kr-mofa", "cn-mfa", "ccp",
                "bis", "fcc", "us-state", "eu", "european-commission", "vivo-brasil", "vivo-phones"]:
        assert oid in by_id, oid
    assert by_id["lg-uplus"]["type"] == "Telco" and by_id["lg-uplus"]["country"] == "KR"
    assert by_id["eu"]["country"] is None
    # the phone maker must not carry the bare operator name
    assert "Vivo" not in _forms(by_id["vivo-phones"]) and "vivo" not in _forms(by_id["vivo-phones"])
    assert "MFA" not in _forms(by_id["cn-mfa"])


def test_common_word_orgs_flagged(orgs):
    by_form = {f: o for o in orgs for f in _forms(o)}
    for word in ["Orange", "Bell", "Three", "Free", "Play", "Apple", "Amazon", "Meta",
                 "Oracle", "Sky", "Salt", "EE"]:
        assert by_form[word].get("ambiguous") is True, word
    # common words even in telecoms news: a firm only in a list of firms or named in full
    for word in ["Signal", "LINE", "Threads", "Discord", "Clubhouse"]:
        assert by_form[word].get("ambiguous") == "listed", word


# ----------------------------------------------------------------- policies

def test_policies(policies, orgs):
    ids = [p["id"] for p in policies]
    assert len(ids) == len(set(ids))
    assert len(policies) >= 40
    org_ids = {o["id"] for o in orgs}
    pol_ids = set(ids)
    for p in policies:
        assert ID_RE.match(p["id"]), p["id"]
        assert isinstance(p["name"], str) and p["name"]
        assert isinstance(p["aliases"], list)
        assert p["country"] is None or p["country"] in ISO2, p
        assert p.get("promoter_org") is None or p["promoter_org"] in org_ids, p
        assert p.get("announced") is None or DATE_RE.match(p["announced"]), p
        assert p.get("part_of") is None or p["part_of"] in pol_ids, p


def test_policy_aliases_do_not_collide(policies):
    pairs = [(p["id"], f) for p in policies for f in _forms(p)]
    coll = {f: k for f, k in _collisions(pairs).items() if f not in ALLOWED_SHARED_POLICY_ALIASES}
    assert not coll, coll


# ------------------------------------------------------------- gov patterns

def test_gov_patterns(gov_patterns, orgs):
    for key in ["head_words", "party_words", "prefix_patterns", "legislatures", "telco_cue_words",
                "company_cue_words", "policy_head_words", "role_words", "meeting_words"]:
        assert isinstance(gov_patterns[key], list) and gov_patterns[key], key
        assert all(isinstance(x, str) and x for x in gov_patterns[key]), key
    modes = gov_patterns["mode_words"]
    assert set(modes) >= {"teleconference", "videoconference", "phone call", "in person"}
    assert all(isinstance(v, list) and v for v in modes.values())
    org_ids = {o["id"] for o in orgs}
    for form, oid in gov_patterns.get("executive_metonyms", {}).items():
        assert oid in org_ids, (form, oid)


def test_places_are_no_country_form_and_name_one_country_each():
    """places.json says where a firm is based ("Shenzhen-based"); a place must not shadow a
    country's name, alias or capital, and one name belongs to one country."""
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    places = json.loads((DATA / "places.json").read_text(encoding="utf-8"))
    country_forms = {form for code, info in countries.items() if not code.startswith("_")
                     for form in [info["name"], *info.get("aliases", ()),
                                  *info.get("capitals", ())]}
    owners = defaultdict(set)
    for code, names in places.items():
        if code.startswith("_"):
            continue
        assert code in ISO2, code
        for name in names:
            owners[name].add(code)
    assert not {n for n, codes in owners.items() if len(codes) > 1}
    assert not set(owners) & country_forms

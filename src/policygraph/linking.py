"""Canonical names, stable keys and the gazetteer.

An entity's key is the IRI path below ``pgr:`` and is minted from its type and
canonical name, so the same company, country or policy gets the same IRI in
every article: countries by ISO 3166 code, organisations by gazetteer id or a
slug of the name, people and policies by a slug of the name.

>>> gaz = Gazetteer.load()
>>> gaz.country_by_name["S. Korea"], gaz.country_name("KR")
('KR', 'South Korea')
>>> country_key("kr"), person_key("Lee Tae-ho"), policy_key("the Clean Network program")
('country/KR', 'person/lee-tae-ho', 'policy/clean-network')
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from policygraph.articles import slug
from policygraph.model import EntityType

_GENERIC_TAIL = re.compile(
    r"\s+(?:program|programme|policy|initiative|plan|strategy|campaign|scheme|effort|drive|project)$",
    re.IGNORECASE,
)
_POLICY_HEADS = (
    "Network", "Policy", "Strategy", "Initiative", "Program", "Programme", "Act", "Law", "Rule",
    "Plan", "Framework", "Toolbox", "Doctrine", "Agenda", "Partnership", "Regulation", "Directive",
    "Order", "List", "Path", "Deal", "Road", "Vision", "Alliance", "Dialogue", "Pact", "Compact",
)


def country_key(code: str) -> str:
    """The key of a country: its ISO 3166-1 alpha-2 code."""
    return f"country/{code.upper()}"


def org_key(name_or_id: str) -> str:
    """The key of an organisation of any kind, from a gazetteer id or a name."""
    return f"org/{slug(name_or_id)}"


#: Countries whose people's names are written family name first in English news.
FAMILY_NAME_FIRST = {"CN", "KR", "KP", "TW", "HK", "MO", "VN", "SG", "KH", "HU"}
#: Where the press calls a leader by the family name written first ("President Xi",
#: "President Moon"); Vietnamese and Hungarian leaders are called otherwise.
FAMILY_NAME_CALLED = {"CN", "KR", "KP", "TW", "HK", "MO"}
#: Where the press calls a leader by the first of their names, which is a given name:
#: Malay names ("Mahathir Mohamad" is Mahathir; the second is his father's name).
GIVEN_NAME_CALLED = {"MY", "BN"}
#: Where a person is named after the first of their names once introduced: family names
#: written first (not Vietnamese or Hungarian ones, as the press uses them) and Malay names.
FIRST_NAME_USED = (FAMILY_NAME_FIRST - {"VN", "HU"}) | GIVEN_NAME_CALLED
#: Family names that are also English words ("He said ..."): never a person alone.
ENGLISH_WORDS = {"he", "ma", "an", "do", "so", "yu", "ho", "me", "no", "on", "go", "hu"}
#: Family names that are also titles or common words: "Crown Prince Roe" names no one called
#: Prince, "the stock" no one called Stock; such a person is known only when named in full.
WORD_SURNAMES = frozenset("""
prince king queen sultan emir sheikh pope bishop chancellor marshall major noble knight duke
lord stock cook brown black white green young little rice bush gates price power love bell
hall banks mills hill stone ward hope strong cash case field rose page lane wood woods grant
frank bill baker fisher hunter carter turner walker parker cole long short best sharp swift
fox wolf lamb bird bear crane snow frost rain storm winter summer spring day may hunt wells
barr ross west north south east law rich moon sun star gold silver steel iron
""".split())
#: The commonest Chinese family names in pinyin: "Wang Yi" is Mr Wang, written first.
CHINESE_FAMILY_NAMES = frozenset("""
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo
    Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai
    Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Qian Fu Xi Jin Qin Meng Bai Mao
    """.split())


def person_key(name: str) -> str:
    """The key of a person, from the normalised full name."""
    return f"person/{slug(name)}"


def canonical_policy_name(name: str) -> str:
    """A policy's name without a leading article, quotes or a generic tail word.

    >>> canonical_policy_name('the “Clean Network” program')
    'Clean Network'
    >>> canonical_policy_name("New Southern Policy")
    'New Southern Policy'
    """
    name = re.sub(r"[“”\"‘’']", "", name).strip()
    name = re.sub(r"^(?:the|a|an|its|their)\s+", "", name, flags=re.IGNORECASE)
    stripped = _GENERIC_TAIL.sub("", name)
    if stripped != name and stripped.split() and stripped.split()[-1] in _POLICY_HEADS:
        name = stripped
    return re.sub(r"\s+", " ", name).strip()


def policy_key(name: str) -> str:
    """The key of a policy, from its canonical name."""
    return f"policy/{slug(canonical_policy_name(name))}"


def _data(name: str) -> Any:
    return json.loads(resources.files("policygraph.data").joinpath(name).read_text("utf-8"))


def _jsonl(name: str) -> list[dict[str, Any]]:
    text = resources.files("policygraph.data").joinpath(name).read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@dataclass(frozen=True)
class OrgEntry:
    """A gazetteer organisation."""

    id: str
    name: str
    type: EntityType
    country: str | None
    aliases: tuple[str, ...]
    ambiguous: bool = False
    parent: str | None = None
    #: Place names that stand for it in its own context ("Brussels" for the EU), though
    #: they are a country's capital elsewhere.
    metonyms: tuple[str, ...] = ()
    #: An ambiguous name that is a common word even in telecoms news ("Signal"): the firm
    #: only where it is listed with other firms or named in full (``"ambiguous": "listed"``).
    listed_only: bool = False
    #: A product or platform its group runs ("Acmegram" of Acme): it has no home of its
    #: own for the gazetteer to state (``"product": true``).
    product: bool = False


@dataclass(frozen=True)
class PolicyEntry:
    """A gazetteer policy."""

    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    promoter_org: str | None
    announced: str | None
    part_of: str | None


@dataclass(frozen=True)
class PersonEntry:
    """A gazetteer person: the country and organisation they serve."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    org: str | None


@dataclass
class Gazetteer:
    """Every name the extractor knows, loaded once from the data files."""

    countries: dict[str, dict[str, Any]]
    orgs: dict[str, OrgEntry]
    policies: dict[str, PolicyEntry]
    cues: dict[str, Any]
    country_by_name: dict[str, str] = field(default_factory=dict)
    country_by_demonym: dict[str, str] = field(default_factory=dict)
    country_by_capital: dict[str, str] = field(default_factory=dict)
    #: Cities, states and provinces that say where a firm is based ("Shenzhen-based").
    country_by_place: dict[str, str] = field(default_factory=dict)
    org_by_name: dict[str, str] = field(default_factory=dict)
    policy_by_name: dict[str, str] = field(default_factory=dict)
    gov_by_country_name: dict[tuple[str, str], str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    people: dict[str, PersonEntry] = field(default_factory=dict)
    person_by_name: dict[str, str] = field(default_factory=dict)
    #: Family names that belong to one gazetteer person only ("Pompeo" -> Mike Pompeo),
    #: for names written given name first.
    person_by_surname: dict[str, str] = field(default_factory=dict)
    #: A one-word brand's local firms by country: ("Free", "SN") -> the firm the gazetteer
    #: knows as "Free Senegal".
    local_brand: dict[tuple[str, str], str] = field(default_factory=dict)
    #: The brands of ``local_brand``.
    local_brands: set[str] = field(default_factory=set)
    _longest_first: dict[int, tuple[dict[str, str], int, dict[str, list[str]]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    _owned_policies: frozenset[str] | None = field(default=None, init=False, repr=False,
                                                   compare=False)
    _units: dict[str, list[OrgEntry]] | None = field(default=None, init=False, repr=False,
                                                     compare=False)

    def units_of(self, group: str) -> list[OrgEntry]:
        """The organisations whose parent is ``group`` (an id), indexed once."""
        if self._units is None:
            self._units = {}
            for org in self.orgs.values():
                if org.parent:
                    self._units.setdefault(org.parent, []).append(org)
        return self._units.get(group, [])

    def owned_policy_keys(self) -> frozenset[str]:
        """The keys of the policies the gazetteer gives an owner of their own (the GDPR is
        the Union's wherever it is named), worked out once."""
        if self._owned_policies is None:
            self._owned_policies = frozenset(policy_key(p.name) for p in self.policies.values()
                                             if p.country or p.promoter_org)
        return self._owned_policies

    @classmethod
    @cache
    def load(cls) -> Gazetteer:
        """The packaged gazetteer (cached: loaded once per process)."""
        countries = {k: v for k, v in _data("countries.json").items() if not k.startswith("_")}
        orgs = {}
        for row in _jsonl("organizations.jsonl"):
            orgs[row["id"]] = OrgEntry(
                id=row["id"], name=row["name"], type=EntityType(row["type"]),
                country=row.get("country"), aliases=tuple(row.get("aliases", ())),
                ambiguous=bool(row.get("ambiguous", False)), parent=row.get("parent"),
                metonyms=tuple(row.get("metonyms", ())),
                listed_only=row.get("ambiguous") == "listed",
                product=bool(row.get("product", False)),
            )
        policies = {}
        for row in _jsonl("policies.jsonl"):
            policies[row["id"]] = PolicyEntry(
                id=row["id"], name=row["name"], aliases=tuple(row.get("aliases", ())),
                country=row.get("country"), promoter_org=row.get("promoter_org"),
                announced=row.get("announced"), part_of=row.get("part_of"),
            )
        people = {}
        for row in _jsonl("people.jsonl"):
            people[row["name"]] = PersonEntry(row["name"], tuple(row.get("aliases", ())),
                                              row.get("country"), row.get("org"))
        gaz = cls(countries, orgs, policies, _data("gov_patterns.json"),
                  titles=dict(_data("titles.json")["titles"]), people=people)
        for code, places in _data("places.json").items():
            if not code.startswith("_"):
                gaz.country_by_place.update(dict.fromkeys(places, code))
        gaz._index()
        return gaz

    def home_of_place(self, name: str) -> str | None:
        """The country of a capital, city, state or province a firm can be based in.

        >>> Gazetteer.load().home_of_place("Shenzhen"), Gazetteer.load().home_of_place("Oslo")
        ('CN', 'NO')
        """
        return self.country_by_capital.get(name) or self.country_by_place.get(name)

    def _index(self) -> None:
        for code, info in sorted(self.countries.items()):
            for name in [info["name"], *info.get("aliases", ())]:
                self.country_by_name.setdefault(name, code)
            for dem in info.get("demonyms", ()):
                self.country_by_demonym.setdefault(dem, code)
            for cap in info.get("capitals", ()):
                self.country_by_capital.setdefault(cap, code)
        for org in self.orgs.values():
            for name in (org.name, *org.aliases):
                self.org_by_name.setdefault(name, org.id)
                brand, _, place = name.partition(" ")
                if org.country and place and self.country_by_name.get(place) == org.country:
                    self.local_brand.setdefault((brand, org.country), org.id)
                    self.local_brands.add(brand)
            if org.type is EntityType.GOVERNMENT_BODY and org.country:
                for name in (org.name, *org.aliases):
                    self.gov_by_country_name.setdefault(
                        (org.country, self.strip_country_words(name).lower()), org.id
                    )
        surnames: dict[str, list[str]] = {}
        for person in self.people.values():
            for name in (person.name, *person.aliases):
                self.person_by_name.setdefault(name, person.name)
            words = person.name.split()
            if len(words) >= 2 and "-" not in words[-1] and len(words[-1]) >= 4 \
                    and person.country not in FAMILY_NAME_FIRST | GIVEN_NAME_CALLED:
                surnames.setdefault(words[-1], []).append(person.name)
            elif len(words) >= 2 and person.country in FAMILY_NAME_CALLED | GIVEN_NAME_CALLED \
                    and words[0].lower() not in ENGLISH_WORDS:
                # "President Xi"; "Prime Minister Mahathir" (a Malay name is used by its first)
                surnames.setdefault(words[0], []).append(person.name)
        # (not a family name that is also a place's: "Bank Lima" names no Mr Lima)
        places = {**self.country_by_name, **self.country_by_capital, **self.country_by_place}
        self.person_by_surname = {k: v[0] for k, v in surnames.items()
                                  if len(v) == 1 and k.lower() not in WORD_SURNAMES
                                  and k not in places}
        for pol in self.policies.values():
            for name in (pol.name, *pol.aliases):
                self.policy_by_name.setdefault(canonical_policy_name(name), pol.id)

    def country_name(self, code: str) -> str:
        """The canonical English name of a country code."""
        return str(self.countries[code.upper()]["name"])

    def _by_length(self, table: dict[str, str], words: str) -> list[str]:
        """The names of ``table`` that ``words`` may start with (those whose first word, up to
        a space, is that of ``words``), longest first: ``sorted(table, key=len,
        reverse=True)`` without the names that cannot match. Indexed again only when the
        table changes size (the name tables are filled once, by ``_index``)."""
        known = self._longest_first.get(id(table))
        if known is None or known[0] is not table or known[1] != len(table):
            by_first: dict[str, list[str]] = {}
            for name in sorted(table, key=len, reverse=True):
                by_first.setdefault(name.split(" ", 1)[0], []).append(name)
            known = self._longest_first[id(table)] = (table, len(table), by_first)
        return known[2].get(words.split(" ", 1)[0], [])

    def strip_country_words(self, name: str) -> str:
        """``name`` without a leading country name, demonym or article.

        >>> Gazetteer.load().strip_country_words("the Japanese Ministry of Digital Affairs")
        'Ministry of Digital Affairs'
        """
        words = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
        for table in (self.country_by_demonym, self.country_by_name):
            for prefix in self._by_length(table, words):
                if words.startswith(prefix + " ") and len(words) > len(prefix) + 3:
                    return re.sub(r"^(?:'s|’s|’|')\s*", "", words[len(prefix) + 1 :]).strip()
        return words

    def leading_country(self, name: str) -> str | None:
        """The country a name starts with ("US State Department" -> "US")."""
        words = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
        for table in (self.country_by_demonym, self.country_by_name):
            for prefix in self._by_length(table, words):
                if words.startswith(prefix + " "):
                    return table[prefix]
        return None

"""``pg_linker``: resolve short names within an article and build its entity table.

- an acronym in parentheses after a name is that name's alias, and so is every
  later use of it: "Economic Prosperity Network (EPN)" -> EPN;
- a surname alone is the person named in full elsewhere: "Pompeo" -> Mike Pompeo;
- a bare "Ministry of Foreign Affairs" is the country-specific one named in the article;
- "5G Clean Network" is the Clean Network when the article names both.

Writes ``doc._.pg_entities`` (key -> :class:`~policygraph.model.Entity`) and
rewrites ``doc._.pg_mentions`` with resolved keys.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from policygraph.linking import (
    CHINESE_FAMILY_NAMES,
    ENGLISH_WORDS,
    FAMILY_NAME_CALLED,
    Gazetteer,
    org_key,
    person_key,
)
from policygraph.model import Entity, EntityType
from policygraph.nlp import doc_texts, doc_words, record_failure
from policygraph.nlp.descriptions import SAME_INSTRUMENT, Description, find_descriptions
from policygraph.nlp.mentions import (
    FIRM_ENDS,
    GOV_HEADS,
    LAW_PARTS,
    LEGAL_FORMS,
    POLICY_HEADS,
    Mention,
    a_news_source,
    named_after,
    spells_out,
)

for _name in ("pg_entities", "pg_descriptions"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

TYPE_RANK = {
    EntityType.TELCO: 0, EntityType.COMPANY: 1, EntityType.GOVERNMENT_BODY: 2,
    EntityType.ORGANIZATION: 3,
}
_VERSION_TAIL = re.compile(r"\s+(?:\d+(?:\.\d+)?|(?:19|20)\d\d|II|III|Plus|\+)$")
DESCRIPTION_HEADS = {
    "company": None, "firm": None, "group": None, "giant": None, "conglomerate": None,
    "operator": EntityType.TELCO, "carrier": EntityType.TELCO, "telco": EntityType.TELCO,
    "telecom": EntityType.TELCO, "provider": EntityType.TELCO,
    "supplier": EntityType.COMPANY, "vendor": EntityType.COMPANY, "maker": EntityType.COMPANY,
    "manufacturer": EntityType.COMPANY, "chipmaker": EntityType.COMPANY,
}
GOV_DESCRIPTIONS = {"ministry", "department", "agency", "regulator", "commission", "bureau",
                    "office", "authority", "council", "administration"}
_TECH_PREFIX = re.compile(r"^(?:\d+G|AI|Digital|Cyber)\s+", re.IGNORECASE)


def _native_name(doc: Doc, m: Mention, i: int) -> bool:
    """Whether the one word in brackets at ``i`` is a public body's name in its own
    language, used again in the article: "the Ruritanian Data Authority (Datavernet)".

    A place in brackets ("the Ministry of Health (Accra)") is no name of the body, and a
    word the article never uses again is left alone.
    """
    word = doc[i]
    return m.type in {EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION} and \
        word.is_alpha and word.is_title and len(word) >= 5 and \
        word.ent_type_ not in {"GPE", "LOC", "PERSON", "NORP"} and \
        sum(t.text == word.text for t in doc) >= 2


def _or_alias(doc: Doc, m: Mention, starts: set[int] | frozenset[int] = frozenset()
              ) -> tuple[str, ...] | None:
    """The short name given as "<name>, or <alias>," (or ", known as <alias>,") right after
    a policy or an organisation: "the Trusted Vendor Scheme, or Trusted Vendors"."""
    if m.type not in {EntityType.POLICY, EntityType.ORGANIZATION, EntityType.GOVERNMENT_BODY,
                      EntityType.COMPANY, EntityType.TELCO}:
        return None
    k = m.end
    if k + 3 < len(doc) and doc[k].lower_ == "in" and doc[k + 1].is_title and \
            doc[k + 2].text == "(":
        k += 2  # "the Acme Chamber of Commerce in Peru (AmCham Peru)"
    if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 3].text == ")" and m.type.is_org \
            and sum(c.isupper() for c in doc[k + 1].text) >= 2 and doc[k + 2].is_title:
        return (doc[k + 1].text, doc[k + 2].text)  # "the Acme Chamber in Peru (AmCham Peru)"
    tail = k
    while tail < min(k + 10, len(doc)) and (doc[tail].is_title or doc[tail].lower_ in {
            "of", "and", "in", "the", "for", "on"}):
        tail += 1  # "the Office for Oversight in the Field of Acme, known as X"
    if tail > k and tail + 3 < len(doc) and doc[tail].text == "," and \
            doc[tail + 1].lower_ == "known" and m.type.is_org and \
            doc[k].lower_ in {"in", "of", "for", "on"} and \
            not any(i in starts for i in range(k, tail)):  # not over "and Acme, known as"
        k = tail
    if k + 3 < len(doc) and doc[k].text in {",", "("} and doc[k + 1].lower_ in {"known", "dubbed"} \
            and doc[k + 2].lower_ in {"as", "by"}:
        k += 1  # "the Network Example Act 2013, known as NEXA,": as "or NEXA"
    elif k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ != "or":
        return None
    words = []
    for t in doc[k + 2 : k + 6]:
        if t.text in {",", ".", ";", ")", "—"} or t.lower_ in {"which", "that", "who"}:
            break
        if not (t.text[:1].isupper() or t.like_num or t.text == "-"):
            return None
        words.append(t.text)
    else:
        return None
    return tuple(words) if 1 <= len(words) <= 3 else None


#: Words that say a firm belongs to another: "Acmetel, part of Acme Group".
_PART_WORDS = {"part", "owned", "controlled", "unit", "subsidiary", "arm", "division"}

#: The kinds of firm a brand in brackets may name: "Compañía Peruana de Datos (Acmetel)".
_FIRMS = {EntityType.COMPANY, EntityType.TELCO}
#: Last words that name a parent company as such, never its national unit.
_GROUP_WORDS = {"Group", "Groupe", "plc", "PLC", "Holdings", "Holding", "SE"}


#: What follows a family name to tell a son from his father: "John Roe Jr.".
_GENERATIONS = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


class Linker:
    """Callable component resolving mentions to entities within one document."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        #: the organisations a place name may stand for ("Brussels" for the EU)
        self._metonym_orgs = [org for org in gazetteer.orgs.values() if org.metonyms]

    def __call__(self, doc: Doc) -> Doc:
        try:
            self._link(doc)
        except Exception as exc:  # noqa: BLE001 - one odd article must not stop a batch
            record_failure(doc, "pg_linker", exc)
            doc._.pg_entities, doc._.pg_descriptions = {}, {}
            doc._.pg_mentions = []
        return doc

    def _link(self, doc: Doc) -> None:
        mentions: list[Mention] = list(doc._.pg_mentions or [])
        mentions = self._acronyms(doc, mentions)
        mentions = self._surnames(doc, mentions)
        mentions = _title_anaphors(doc, mentions)
        mentions = _short_firm_names(doc, mentions)
        mentions = _trading_as(doc, mentions)
        mentions = _inverted_bodies(mentions)
        mentions = _policy_tails(mentions)
        mentions = _sections_of(doc, mentions)
        mentions = _numbered_short_forms(mentions)
        mentions = self._units_of_themselves(doc, mentions)
        mentions = self._remap(doc, mentions)
        mentions = self._bare_heads(doc, mentions)
        mentions = self._descriptions(doc, mentions)
        parties = [m for m in mentions if not a_news_source(m)]  # never an owner
        described = {d.key(): d for d in find_descriptions(doc, parties, self.gaz)}
        named = [m for m in mentions if m.type is EntityType.POLICY and m.kind != "description"]
        for key, d in list(described.items()):
            earlier = _described_earlier(d, described, named)
            if earlier is not None:  # "signs the agreement" under a headline's agreement
                del described[key]
                label, _ = earlier.names(self.gaz)
                own = next(k for k, o in described.items() if o is earlier)
                mentions += [Mention(i, i + 1, own, EntityType.POLICY, "", label,
                                     "description", earlier.owner_country) for i in d.tokens]
                continue
            same = _restated(d, named)
            if same is not None:  # "the law" of an article about the IT Security Act
                del described[key]
                mentions += [Mention(i, i + 1, same.key, EntityType.POLICY, "", same.name,
                                     "anaphor", same.country) for i in d.tokens]
                continue
            label, _ = d.names(self.gaz)
            for i in d.tokens:
                mentions.append(Mention(i, i + 1, key, EntityType.POLICY, "", label,
                                        "description", d.owner_country))
        doc._.pg_descriptions = described
        doc._.pg_mentions = sorted(mentions)
        doc._.pg_entities = self._entities(mentions)
        for key, d in described.items():
            label, alts = d.names(self.gaz)
            doc._.pg_entities[key] = Entity(key, EntityType.POLICY, label, frozenset(alts))

    def _units_of_themselves(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A brand the gazetteer gives its group, said to be part of that group, is the
        group's unit: in "Acmetel, part of Ruritania's Acme Telecom," the name "Acmetel" is
        the gazetteer's one Acmetel unit whose country the article names, not the group.
        """
        by_start = {m.start: m for m in mentions}
        countries = {m.country for m in mentions if m.type is EntityType.COUNTRY}
        units: dict[tuple[str, str], str] = {}
        for m in mentions:
            if m.kind != "name" or not m.type.is_org or doc[m.end : m.end + 1].text != ",":
                continue
            k = m.end + 1
            while k < min(m.end + 6, len(doc)) and k not in by_start:
                k += 1
            n = by_start.get(k)
            words = {t.lower_ for t in doc[m.end + 1 : k]}
            if n is not None and n.type is EntityType.COUNTRY and \
                    doc[n.end : n.end + 1].text in {"'s", "’s"}:
                n = by_start.get(n.end + 1)
            if n is None or n.key != m.key or n.surface == m.surface or not words & _PART_WORDS:
                continue
            children = [o for o in self.gaz.units_of(m.key.removeprefix("org/"))
                        if o.country in countries and o.country != m.country]
            if len(children) == 1:
                units[(m.key, m.surface)] = children[0].id
        if not units:
            return mentions
        out = []
        for m in mentions:
            child = units.get((m.key, m.surface))
            if child is not None:
                entry = self.gaz.orgs[child]
                m = replace(m, key=org_key(child), name=entry.name, country=entry.country)
            out.append(m)
        return out

    @staticmethod
    def _or_aliases(doc: Doc, mentions: list[Mention],
                    phrases: dict[tuple[str, ...], Mention]) -> list[Mention]:
        """Mention every later use of "ThaiDEP" in "the Digital Economy Plan, or ThaiDEP,"
        as the plan (replacing what the NER made of it)."""
        out = list(mentions)
        texts = doc_texts(doc)
        known: dict[str, str] = {}  # "the Acme Office, known as Regcom": the gazetteer's Regcom
        for words, full in phrases.items():
            n = len(words)
            for i in range(len(doc) - n + 1):
                if texts[i] != words[0] or tuple(texts[i : i + n]) != words:
                    continue
                clash = [m for m in out if m.start < i + n and i < m.end]
                same = [m for m in clash if m.kind == "name" and (m.start, m.end) == (i, i + n)
                        and m.type is full.type and full.kind != "name"]
                if same:
                    known[full.key] = same[0].key
                if any(m.key == full.key or m.kind == "name" and not (
                        m.type is EntityType.COUNTRY and m.end - m.start < n) for m in clash):
                    continue  # a known name, except a country inside ("AmCham Peru")
                out = [m for m in out if m not in clash]
                out.append(Mention(i, i + n, full.key, full.type, doc[i : i + n].text,
                                   full.name, "acronym", full.country))
        if known:
            by_key = {m.key: m for m in out if m.key in known.values()}
            out = [replace(m, key=known[m.key], name=by_key[known[m.key]].name,
                           country=by_key[known[m.key]].country) if m.key in known else m
                   for m in out]
        return sorted(out)

    def _acronyms(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        by_start = {m.start: m for m in mentions}
        by_end = {m.end: m for m in mentions}
        aliases: dict[str, Mention] = {}
        renamed: dict[str, Mention] = {}
        phrases: dict[tuple[str, ...], Mention] = {}
        for m in mentions:
            end = m.end
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                acr = doc[end + 1].text
                # "NSA", and mixed case with two capitals: "iSUN", "AcMe"
                # or a short name the gazetteer knows: "the Ministry of Examples (Minex)"
                if (2 <= len(acr) <= 8 and (acr.isupper() or acr.isalpha() and sum(
                        c.isupper() for c in acr) >= 2 or acr in self.gaz.org_by_name
                        and m.type.is_org) or _native_name(doc, m, end + 1)) \
                        and m.type is not EntityType.PERSON \
                        and acr not in _NOT_ACRONYMS and not (
                            by_start.get(end + 1) is not None
                            and by_start[end + 1].type is EntityType.COUNTRY):
                    # "Acme (USA) LLC": a country in brackets is where it is, not its name
                    aliases[acr] = _named_with(doc, m, by_end) or m
                    known = self.gaz.org_by_name.get(acr)
                    if known is not None and {
                            m.type, self.gaz.orgs[known].type} <= _FIRMS and \
                            not spells_out(doc, m.start, m.end):
                        # "Compañía Peruana de Datos (Acmetel)": the firm the gazetteer
                        # knows by its brand, named in full (the article's own firm of that
                        # brand where the brand is ambiguous, "Claro" in Peru)
                        entry = self.gaz.orgs[known]
                        firm = next((x for x in mentions if x.surface == acr
                                     and x.kind == "name" and x.type in _FIRMS), None) or (
                            None if entry.ambiguous else Mention(
                                m.start, m.end, org_key(entry.id), entry.type, m.surface,
                                entry.name, m.kind, entry.country))
                        if firm is not None:
                            aliases[acr] = renamed[m.key] = replace(
                                m, key=firm.key, type=firm.type, name=firm.name,
                                country=firm.country)
            alias = _or_alias(doc, m, set(by_start))
            if alias is not None:
                phrases[alias] = m
        if phrases:
            mentions = self._or_aliases(doc, mentions, phrases)
            by_start = {m.start: m for m in mentions}
            by_end = {m.end: m for m in mentions}
        if not aliases:
            return mentions
        mentions = [replace(m, key=renamed[m.key].key, type=renamed[m.key].type,
                            name=renamed[m.key].name, country=renamed[m.key].country)
                    if m.key in renamed else m for m in mentions]
        by_start = {m.start: m for m in mentions}
        by_end = {m.end: m for m in mentions}
        rekey: dict[str, str] = {}
        retype: dict[str, EntityType] = {}
        out = list(mentions)
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for i, text in enumerate(doc_texts(doc)):
            full = aliases.get(text)
            if full is None:
                continue
            token = doc[i]
            existing = by_start.get(token.i)
            if existing is not None and by_end.get(token.i + 1) is existing:
                if existing.key != full.key:
                    spelled = spells_out(doc, full.start, full.end) or \
                        "".join(w[0] for w in full.name.split() if w[:1].isupper()) == text
                    if existing.kind == "name" and not spelled \
                            and existing.type.is_org == full.type.is_org:
                        # (a programme's acronym the article defines is the programme's,
                        # whatever body the gazetteer knows by the same letters)
                        rekey[full.key] = existing.key
                    else:  # "the Chamber of Commerce of Ruritania (CCR)": the article's own
                        rekey[existing.key] = full.key
                        retype[existing.key] = full.type
                continue
            if token.i in covered:
                continue
            out.append(Mention(token.i, token.i + 1, full.key, full.type, token.text, full.name,
                               "acronym", full.country))
        return [replace(m, key=rekey.get(m.key, m.key), type=retype.get(m.key, m.type))
                for m in out]

    def _surnames(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        mentions = _chinese_given_names(mentions)
        full: dict[str, Mention] = {}
        for m in mentions:
            if m.type is EntityType.PERSON and m.end - m.start > 1:
                full.setdefault(doc[m.end - 1].text, m)
                if m.end - m.start > 2 and doc[m.end - 1].text in _GENERATIONS:
                    full.setdefault(doc[m.end - 2].text, m)  # "Roe" of "John Roe Jr."
        for m in mentions:
            first = doc[m.start].text
            if m.type is EntityType.PERSON and 1 < len(m.name.split()) <= 3 and (
                    first in CHINESE_FAMILY_NAMES or m.country in FAMILY_NAME_CALLED) \
                    and first.lower() not in ENGLISH_WORDS:
                full.setdefault(first, m)  # "Zhang Wei ... Zhang said": the family name first
        out = []
        covered = {i for m in mentions for i in range(m.start, m.end)}
        longer = [m for m in mentions if m.type is EntityType.PERSON and m.end - m.start > 1]
        for m in mentions:
            if m.type.is_org and m.end - m.start == 1 and m.surface in full and \
                    full[m.surface].start < m.start and (
                        m.kind == "ner" or m.kind == "name" and _after_article(
                            doc, full[m.surface].end - 1)):
                # "Wang had raised concerns" after "Wang Wentao": the person, whatever the
                # NER thought; "Roe said" after "Jane al-Roe", whatever firm "Roe" names
                m = replace(m, type=EntityType.PERSON, kind="surname")
            if m.type is EntityType.PERSON and m.kind == "surname":
                target = full.get(m.surface)
                if target is not None:
                    m = replace(m, key=target.key, name=target.name)
                elif m.surface in self.gaz.person_by_surname and \
                        not _names_a_government(doc, m.end - 1):
                    # "President Roe" in an article that never writes her first name
                    name = self.gaz.person_by_surname[m.surface]
                    m = replace(m, key=person_key(name), name=name,
                                country=self.gaz.people[name].country)
                else:
                    continue
            elif m.type is EntityType.PERSON:
                # "Di Maio" after "Luigi Di Maio": a shorter name that ends a longer one
                owner = next((x for x in longer if x.key != m.key and len(x.name) > len(m.name)
                              and x.name.endswith(" " + m.name)), None)
                if owner is not None:
                    m = replace(m, key=owner.key, name=owner.name, kind="surname")
                owner = next((x for x in longer if m.end < len(doc) and x.start != m.start
                              and x.name == doc[m.start : m.end + 1].text), None)
                if owner is not None:  # "José Luis| Quispe signs": the NER stopped short of
                    # the name the article writes in full elsewhere
                    covered.add(m.end)
                    m = replace(m, end=m.end + 1, key=owner.key, name=owner.name,
                                surface=owner.surface)
            out.append(m)
        surnames = self.gaz.person_by_surname
        for i, text in enumerate(doc_texts(doc)):
            if i in covered or text not in full and text not in surnames or named_after(doc, i):
                continue  # known from the text alone, without making the Token; not "the
                # Roe Convention Centre"
            token = doc[i]
            target = full.get(token.text)
            if target is not None and token.i not in covered and token.is_title:
                out.append(Mention(token.i, token.i + 1, target.key, EntityType.PERSON,
                                   token.text, target.name, "surname"))
            elif token.i not in covered and token.pos_ == "PROPN" and token.is_title \
                    and token.text in self.gaz.person_by_surname \
                    and not _inside_other_name(doc, token.i, covered) \
                    and not _names_a_government(doc, token.i):
                # "Trump's envoy" in an article that never writes "Donald Trump"
                name = self.gaz.person_by_surname[token.text]
                out.append(Mention(token.i, token.i + 1, person_key(name), EntityType.PERSON,
                                   token.text, name, "surname", self.gaz.people[name].country))
        return out

    def _brands(self, orgs: dict[str, Mention], rekey: dict[str, tuple[str, str]]) -> None:
        """A brand with no country of its own ("O2") is the operator of the article that
        carries it in its name ("O2 Germany", "Virgin Media O2")."""
        for m in orgs.values():
            entry = self.gaz.orgs.get(m.key.removeprefix("org/"))
            if entry is None or entry.country is not None or " " in entry.name or \
                    entry.type not in {EntityType.TELCO, EntityType.COMPANY}:
                continue  # (a bloc is no brand of the bank named after it)
            carriers = []
            for other in orgs.values():
                full = self.gaz.orgs.get(other.key.removeprefix("org/"))
                if full is None or full is entry:
                    continue
                if any(entry.name in name.split() for name in (full.name, *full.aliases)):
                    carriers.append(other)
            if len({c.key for c in carriers}) == 1:
                rekey[m.key] = (carriers[0].key, carriers[0].name)

    def _remap(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Merge bare names into their fuller forms named in the same article."""
        rekey: dict[str, tuple[str, str]] = {}
        specific: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            if m.type is EntityType.GOVERNMENT_BODY and m.country:
                specific[self.gaz.strip_country_words(m.surface).lower()].append(m)
        policies = {m.name.lower(): m for m in mentions if m.type is EntityType.POLICY}
        orgs = {m.key: m for m in mentions if m.type.is_org and m.kind == "name"}
        national_units: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for m in orgs.values():
            # "Vodafone" in an article about "Vodafone UK" is Vodafone UK
            entry = self.gaz.orgs.get(m.key.removeprefix("org/"))
            if entry is None or entry.parent is None:
                continue
            parent = self.gaz.orgs.get(entry.parent)
            suffix = entry.name.removeprefix(parent.name + " ") if parent else entry.name
            if parent and suffix != entry.name and (suffix in self.gaz.country_by_name or
                                                     suffix in self.gaz.country_by_demonym):
                national_units[org_key(parent.id)].add((m.key, m.name))
        country_ends = {m.end for m in mentions if m.type is EntityType.COUNTRY}
        owned = {m.key for m in mentions if m.start >= 2 and m.start - 1 in country_ends
                 and doc[m.start - 1].text in {"'s", "’s"}}
        # "the Ruritanian unit of Freedonian carrier Acme"
        owned |= {m.key for m in mentions if m.type.is_org and any(
            k in country_ends and all(t.is_lower for t in doc[k : m.start])
            for k in range(max(m.start - 3, 1), m.start))}
        for parent_key, units_found in national_units.items():
            # with two national units, or called by its own country ("the Ruritanian unit
            # of Freedonia's Acme"), the bare name is the group
            if len(units_found) == 1 and parent_key not in owned:
                rekey[parent_key] = next(iter(units_found))
        units: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:  # "Acmetel" in an article about "Acmetel Ruritania" is the unit
            if m.kind == "unit":
                units[m.surface.split()[0]].append(m)
        for m in mentions if units else ():
            # unless the article gives the group its own country: "Freedonia's Acmetel Group"
            if m.kind != "name" or not m.surface or m.type is not EntityType.TELCO or \
                    m.key in owned:
                continue
            unit = [u for u in units.get(m.surface.split()[0], ())
                    if u.surface.startswith(m.surface + " ")]
            if len({u.key for u in unit}) == 1 and m.key not in rekey:
                rekey[m.key] = (unit[0].key, unit[0].name)
        self._brands(orgs, rekey)
        longer: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for m in mentions:
            if m.type.is_org and " " in m.name:
                longer[m.name.split()[0]].add((m.key, m.name))
        named_in_full = {key for pairs in longer.values() for key, _ in pairs}
        for m in mentions:  # "Acmetel, the biggest carrier," after "Acmetel Telecom"
            if m.kind == "ner" and m.type.is_org and " " not in m.name \
                    and len(longer.get(m.name, ())) == 1 and m.key not in rekey \
                    and m.key not in named_in_full:  # not an acronym already linked
                rekey[m.key] = next(iter(longer[m.name]))
        by_head_first: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        for m in mentions:  # "the Law on Cybersecurity" and "the Cybersecurity Law": one law
            words = m.name.split()
            if m.type is EntityType.POLICY and len(words) >= 2:
                if len(words) >= 3 and words[1].lower() in {"on", "of"}:
                    by_head_first[(words[0].lower(), " ".join(words[2:]).lower())].append(m)
                else:
                    by_head_first[(words[-1].lower(), " ".join(words[:-1]).lower())].append(m)
        for group in by_head_first.values():
            keys = {m.key for m in group}
            if len(keys) > 1:
                keep = next((m for m in group if m.kind == "name"), group[0])
                for m in group:
                    if m.key != keep.key:
                        rekey[m.key] = (keep.key, keep.name)
        for m in mentions:
            if m.type is EntityType.POLICY:
                base = _VERSION_TAIL.sub("", m.name)
                if base != m.name and base.lower() in policies and \
                        policies[base.lower()].key != m.key:
                    rekey[policies[base.lower()].key] = (m.key, m.name)
        bodies = {m.key: m for m in mentions if m.type is EntityType.GOVERNMENT_BODY}
        for shape, known in [*_appositive_bodies(doc, mentions), *_bracketed_known(doc, mentions),
                             *_spelled_after(doc, mentions)]:
            if shape.key not in rekey:
                rekey[shape.key] = (known.key, known.name)
        for m in mentions:
            if m.type is EntityType.GOVERNMENT_BODY and not m.country:
                found = specific.get(m.surface.lower().removeprefix("the "))
                if found and len({f.key for f in found}) == 1:
                    rekey[m.key] = (found[0].key, found[0].name)
                    continue
                # "the Supreme Court" after "the Supreme Court of Ruritania": that court
                fuller = {b.key for b in bodies.values() if b.key != m.key and
                          b.name.startswith(m.name + " of ")} if m.kind == "shape" else set()
                if len(fuller) == 1 and m.key not in rekey:
                    key = next(iter(fuller))
                    rekey[m.key] = (key, bodies[key].name)
            if m.type is EntityType.POLICY:
                short = _TECH_PREFIX.sub("", m.name)
                target = policies.get(short.lower())
                if short != m.name and target is not None:
                    rekey[m.key] = (target.key, target.name)
        out = []
        for m in mentions:
            if m.key in rekey and not (m.type.is_org and m.surface.rsplit(" ", 1)[-1] in _GROUP_WORDS):
                # "Ruritania's Acme Group" stays the group in an article about its unit
                key, name = rekey[m.key]
                m = replace(m, key=key, name=name)
            out.append(m)
        return self._metonyms(self._qualified_policies(out))

    def _metonyms(self, mentions: list[Mention]) -> list[Mention]:
        """"Brussels" is the European Union in an article that names the Union or one of its
        bodies ("European Commission", "EU Chips Act") and not Belgium."""
        for org in self._metonym_orgs:
            # its own words open a name in the article: "European Commission", "EU Chips Act"
            own = {org.name.split()[0], *(a for a in org.aliases if a.isupper())}
            if not any(m.key == org_key(org.id) or m.surface.split(" ", 1)[0] in own
                       for m in mentions if m.type is not EntityType.COUNTRY):
                continue
            capitals = {i for i, m in enumerate(mentions)
                        if m.kind == "capital" and m.surface in org.metonyms}
            homes = {mentions[i].key for i in capitals}
            if any(m.key in homes and m.kind in {"name", "demonym"} for m in mentions):
                continue  # the article names Belgium itself: its capital may be its own
            mentions = [replace(m, key=org_key(org.id), type=org.type, name=org.name,
                                country=None) if i in capitals else m
                        for i, m in enumerate(mentions)]
        return mentions

    def _qualified_policies(self, mentions: list[Mention]) -> list[Mention]:
        """A bare "Chips Act" in an article about the "European Chips Act" is the European
        one, though the gazetteer knows another country's act by that short name."""
        qualified: dict[str, list[Mention]] = defaultdict(list)
        for n in mentions:
            words = n.surface.split()
            if n.type is EntityType.POLICY and len(words) >= 3 and (
                    words[0] in self.gaz.country_by_demonym or words[0] in self.gaz.country_by_name
                    or words[0] in {"EU", "European"}):
                qualified[" ".join(words[1:]).lower()].append(n)
        if not qualified:
            return mentions
        out = []
        for m in mentions:
            found = qualified.get(m.surface.lower().removeprefix("the "), [])
            if m.type is EntityType.POLICY and m.kind == "name" and found and \
                    len({n.key for n in found}) == 1 and found[0].key != m.key:
                m = replace(m, key=found[0].key, name=found[0].name, country=found[0].country)
            out.append(m)
        return out

    def _bare_heads(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"the Commission", "the Department": the last body named with that head word."""
        out: list[Mention] = []
        for m in mentions:
            if m.type is EntityType.GOVERNMENT_BODY and m.end - m.start == 1 and \
                    m.kind not in {"name", "acronym"} and not m.surface.isupper() and \
                    m.surface in GOV_HEADS:  # "Regulon" is a name, "Commission" a head word
                head = m.surface
                found = [x for x in out if x.type is EntityType.GOVERNMENT_BODY
                         and x.end - x.start > 1 and x.name.split()[-1] == head]
                if not found:
                    found = [x for x in mentions if x.start > m.start and x.end - x.start > 1
                             and x.type is EntityType.GOVERNMENT_BODY
                             and x.name.split()[-1] == head]
                if not found:
                    continue
                target = found[-1] if found[-1].start < m.start else found[0]
                m = replace(m, key=target.key, name=target.name, kind="anaphor",
                            country=target.country)
            out.append(m)
        return out

    def _descriptions(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"the company", "the Chinese supplier": the last matching organisation named.

        Only definite descriptions ("the", "its") of a company-like noun are
        resolved; a demonym narrows the choice to organisations of that country.
        """
        covered = {i for m in mentions for i in range(m.start, m.end)}
        ordered = sorted(mentions)
        by_end = sorted(mentions, key=lambda m: (m.end, m.start))
        at = {i: m for m in ordered for i in range(m.start, m.end)}
        ends = [m.end for m in by_end]
        out = list(mentions)
        for i, (_, lower) in enumerate(doc_words(doc)):
            if lower not in GOV_DESCRIPTIONS and lower not in DESCRIPTION_HEADS:
                continue  # known from the word alone, without making the Token
            token = doc[i]
            body_word = token.lower_ if token.lower_ in GOV_DESCRIPTIONS else None
            if body_word is not None and token.i not in covered and token.i > 0 \
                    and doc[token.i - 1].lower_ == "the":
                bodies = [m for m in by_end[bisect_left(ends, token.i - 400):
                                            bisect_right(ends, token.i)]
                          if m.end <= token.i and m.type is EntityType.GOVERNMENT_BODY
                          and body_word in m.name.lower().split()]
                if bodies:  # "the ministry" after the Ministry of Foreign Affairs
                    target = bodies[-1]
                    out.append(Mention(token.i, token.i + 1, target.key, target.type,
                                       token.text, target.name, "anaphor", target.country))
                continue
            wanted = DESCRIPTION_HEADS.get(token.lower_, "absent")
            if wanted == "absent" or token.i in covered or token.pos_ != "NOUN":
                continue
            if token.i + 1 < len(doc) and token.i + 1 in covered and at[token.i + 1].type.is_org:
                continue  # "the Washington firm Acme Gray": the name follows, no anaphor
            j = token.i - 1
            country = None
            while j >= 0 and doc[j].pos_ == "ADJ" or (j >= 0 and doc[j].i in covered):
                nested = at.get(j)
                if nested is not None and nested.type is EntityType.COUNTRY:
                    country = nested.country
                    j = nested.start - 1
                    continue
                if nested is not None:
                    break
                j -= 1
            if j < 0 or doc[j].lower_ not in {"the"}:
                continue
            start = j + 1
            lo = bisect_left(ends, token.i - 120)
            hi = bisect_right(ends, start)
            candidates = [m for m in by_end[lo:hi] if m.end <= start and m.type.is_org
                          and m.type is not EntityType.GOVERNMENT_BODY
                          and (wanted is None or m.type is wanted
                               or wanted is EntityType.COMPANY and m.type is EntityType.COMPANY)
                          and (country is None or m.country == country)
                          and token.i - m.end < 120]
            if not candidates:
                continue
            target = candidates[-1]
            out.append(Mention(start, token.i + 1, target.key, target.type,
                               doc[start : token.i + 1].text, target.name, "anaphor",
                               target.country))
        return out

    def _entities(self, mentions: list[Mention]) -> dict[str, Entity]:
        grouped: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            grouped[m.key].append(m)
        entities = {}
        for key, group in grouped.items():
            etype = self._type(key, group)
            label = self._label(key, group)
            alts = {_clean_label(m.surface) for m in group
                    if m.kind not in {"demonym", "anaphor"}}
            entry = self.gaz.orgs.get(key.removeprefix("org/")) if key.startswith("org/") \
                else None
            if entry is not None:  # its acronym, even when the article spells it out
                alts |= {a for a in entry.aliases if a.isupper() and 2 <= len(a) <= 8
                         and " " not in a}
            alts.discard(label)
            alts.discard("")
            iso = key.split("/", 1)[1] if etype is EntityType.COUNTRY else None
            entities[key] = Entity(key, etype, label, frozenset(alts), iso)
        said = {key: {_clean_label(m.surface) for m in group} - {""}
                for key, group in grouped.items()}
        for key, e in list(entities.items()):
            if e.label not in said[key] and said[key] and any(
                    e.label in words for other, words in said.items() if other != key):
                # "Acmetel, part of Acme Telecom": the group by the name the article calls
                # it, its gazetteer name being the unit's here
                label = max(sorted(said[key]), key=len)
                entities[key] = replace(e, label=label, alt_labels=e.alt_labels - {label})
        return entities

    def _type(self, key: str, group: list[Mention]) -> EntityType:
        org_id = key.removeprefix("org/")
        if key.startswith("org/") and org_id in self.gaz.orgs:
            known = self.gaz.orgs[org_id]
            if known.type is EntityType.GOVERNMENT_BODY and "Party" in known.name and any(
                    m.type is EntityType.ORGANIZATION for m in group):
                return EntityType.ORGANIZATION  # "the opposition Acme Party": out of power
            return known.type
        types = {m.type for m in group}
        if len(types) == 1:
            return types.pop()
        return min(types, key=lambda t: TYPE_RANK.get(t, 9))

    def _label(self, key: str, group: list[Mention]) -> str:
        org_id = key.removeprefix("org/")
        if key.startswith("org/") and org_id in self.gaz.orgs:
            return self.gaz.orgs[org_id].name
        names = Counter(m.name for m in group
                        if m.kind not in {"acronym", "surname", "demonym", "anaphor"})
        if not names:
            names = Counter(m.name for m in group)
        return _clean_label(max(names, key=lambda n: (len(n.split()), names[n], n)))


_LEGAL_HEADS = {"act", "law", "bill", "regulation", "regulations", "rules", "directive",
                "declaration", "memorandum", "decree", "ordinance", "guidelines", "code"}


#: Instruments that are acts of their own, not other names of a law: "a warning issued
#: under the Cyber Act" is not the Act. They restate only a policy named with their word.
_DEALS = {"deal", "agreement", "accord", "pact"}
_OWN_ACT_HEADS = {"warning": {"warning"}, "decision": {"decision"},
                  # what states sign is another name only of a like instrument: "the
                  # declaration" of the Lima Declaration, never of the Example Act
                  "declaration": {"declaration"}, "memorandum": {"memorandum", "mou"},
                  "treaty": {"treaty"},  # (an accord or a pact: see _DEALS below)
                  "recommendation": {"recommendation"}, "guidance": {"guidance", "guidelines"},
                  "statement": {"statement"}, "executive order": {"order"},
                  **{deal: _DEALS for deal in _DEALS}}


def _restated(d: Description, named: list[Mention]) -> Mention | None:
    """The named policy a described instrument restates ("Ruritania's security law" in an
    article about the Ruritanian Network Security Act): one whose name has a legal head
    word (for a warning or a decision, its own word) and shares the description's topic.

    >>> from policygraph.nlp.descriptions import Description
    >>> act = Mention(0, 3, "policy/net-act", EntityType.POLICY, "Net Act", "Net Act", "name")
    >>> _restated(Description("law", None, None, instrument=True), [act]).name
    'Net Act'
    >>> _restated(Description("warning", None, None, instrument=True), [act]) is None
    True
    """
    if not d.instrument:
        return None
    topic = {w.lower() for w in d.topic.split()} - {"joint", "new", "bilateral", "and"}
    heads = _OWN_ACT_HEADS.get(d.head, _LEGAL_HEADS)
    found = []
    for m in named:
        words = {w.lower().strip("()") for w in m.name.split()}
        if words & heads and (not topic or topic & words):
            found.append(m)
    keys = {m.key for m in found}
    if len(keys) == 1:
        return found[0]
    if not found or not d.tokens:
        return None
    # two named instruments of its kind: the one named nearest it, when that one is near
    # ("signed an agreement on ...; the two leaders signed the Cooperation Agreement on ...",
    # not the 1998 Agreement the talks are guided by, named paragraphs later)
    at = min(d.tokens)
    near = sorted(found, key=lambda m: abs(m.start - at))
    if abs(near[0].start - at) <= _NEAR and all(
            abs(m.start - at) > 2 * abs(near[0].start - at) for m in near if m.key != near[0].key):
        return near[0]
    return None


def _described_earlier(d: Description, described: dict[str, Description],
                 named: list[Mention]) -> Description | None:
    """The described instrument a bare one ("signs the agreement": no topic or target of
    its own, no owner but the earlier one's) follows: one of its head described earlier,
    before any named policy. Such a bare one is no other name of a named one ("the
    agreement" under a headline on a free trade agreement is not a trade pact named
    paragraphs later).

    >>> fta = Description("agreement", None, "EC", tokens=[4, 60], topic="free trade")
    >>> bare = Description("agreement", None, None, tokens=[24], instrument=True)
    >>> _described_earlier(bare, {"fta": fta, "bare": bare}, []) is fta
    True
    >>> pact = Mention(2, 4, "policy/pact", EntityType.POLICY, "Acme Agreement",
    ...                "Acme Agreement", "name")
    >>> _described_earlier(bare, {"fta": fta, "bare": bare}, [pact]) is None
    True
    >>> body = Description("agreement", "org/acme-board", None, tokens=[24], instrument=True)
    >>> _described_earlier(body, {"fta": fta, "body": body}, []) is None  # the board's own
    True
    """
    if d.topic or d.targets or d.recipient_names or not d.tokens:
        return None  # (a subsidy for another firm is another subsidy)
    at = min(d.tokens)
    head = SAME_INSTRUMENT.get(d.head, d.head)
    owners = {c for c in [d.owner_country, *d.co_owners] if c}
    before = [(max(i for i in o.tokens if i < at), o) for o in described.values()
              if o is not d and SAME_INSTRUMENT.get(o.head, o.head) == head
              and any(i < at for i in o.tokens) and (d.owner in {None, o.owner} or d.owner_country)
              and owners <= {o.owner_country, *o.co_owners}]
    # (the "export controls unveiled by the US" after Japan's are the US's own)
    if not before:
        return None
    return None if any(m.start < at for m in named) else max(before, key=lambda p: p[0])[1]


#: How many words apart a described instrument and the named one it restates may be.
_NEAR = 120


#: What a bracket after a name may hold that is no acronym of it: "the Act (PDF)".
_NOT_ACRONYMS = {"PDF", "DOC", "DOCX", "XLS", "XLSX", "PPT", "CSV", "ZIP", "MP3", "MP4", "HTML",
                 "JPG", "PNG", "MB", "KB", "GB", "AM", "PM", "GMT", "UTC", "EST", "EDT", "ET",
                 "PT", "CET", "LINK", "VIDEO", "AUDIO", "PHOTO", "FILE", "UPDATED", "NEW"}


def _named_with(doc: Doc, country: Mention, by_end: dict[int, Mention]) -> Mention | None:
    """The body whose name ends with ``country``: "Communications Authority of Ruritania
    (CAR)" spells out the authority, not Ruritania."""
    if country.type is not EntityType.COUNTRY:
        return None
    j = country.start - 1
    if j > 0 and doc[j].lower_ == "the":
        j -= 1
    body = by_end.get(j) if j > 0 and doc[j].lower_ == "of" else None
    if body is not None and body.type is EntityType.GOVERNMENT_BODY and \
            body.name.endswith(doc[country.start : country.end].text):
        return body
    return None


#: Legal forms a firm is named without after its first mention: "Acme Corp." -> "Acme".
_DROPPED_FORMS = LEGAL_FORMS | {"Corp", "Corp.", "Corporation", "Co", "Co.", "SA", "S.A.", "AG",
                                "NV", "N.V."}


def _chinese_given_names(mentions: list[Mention]) -> list[Mention]:
    """"Jane Lau" and "Jane Lau Mei-ling" are one person: her English name, then her
    Chinese given name after the family name.

    >>> a = Mention(0, 2, "person/jane-lau", EntityType.PERSON, "Jane Lau", "Jane Lau",
    ...             "ner")
    >>> b = Mention(5, 8, "person/jane-lau-mei-ling", EntityType.PERSON, "Jane Lau Mei-ling",
    ...             "Jane Lau Mei-ling", "ner")
    >>> [m.key for m in _chinese_given_names([a, b])]
    ['person/jane-lau-mei-ling', 'person/jane-lau-mei-ling']
    """
    people = [m for m in mentions if m.type is EntityType.PERSON]
    fuller: dict[str, Mention] = {}
    for m in people:
        for x in people:
            rest = x.name[len(m.name) + 1 :] if x.name.startswith(m.name + " ") else ""
            if len(m.name.split()) >= 2 and "-" in rest and " " not in rest:
                fuller[m.key] = x
    if not fuller:
        return mentions
    return [replace(m, key=fuller[m.key].key, name=fuller[m.key].name) if m.key in fuller
            else m for m in mentions]


#: Words by which a firm's legal name gives its brand: "Acme SA, which trades as Beta".
_TRADES = {"trades", "operates", "trading", "operating", "does"}


def _trading_as(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A firm's legal name and the brand it "trades as" or "operates as" are one firm,
    known by the brand when the gazetteer knows the brand ("Acme Holdings, which operates
    as Acmefone").

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Acme Holdings SA, which trades as Entel Peru, will pay.")
    >>> sorted({(m.surface, m.name) for m in doc._.pg_mentions if m.type.value == "Telco"})
    [('Acme Holdings SA', 'Entel Peru'), ('Entel Peru', 'Entel Peru')]
    """
    by_start = {m.start: m for m in mentions if m.type.is_org}
    texts = doc_texts(doc)
    rekey: dict[str, Mention] = {}
    here: set[int] = set()  # the starts of brands of another known firm
    for m in mentions:
        if not m.type.is_org:
            continue
        k = m.end + (m.end < len(doc) and texts[m.end] == ",")
        k += k < len(doc) and texts[k] == "which"
        under = _under_brand(doc, texts, k)
        if under is not None:
            k = under - 1  # "Acme Telecom, which sells its services under the Acmefone brand"
        elif k + 2 >= len(doc) or texts[k] not in _TRADES:
            continue
        else:
            k += 1 + (texts[k] == "does" and texts[k + 1] == "business")
            if k >= len(doc) or texts[k] != "as":
                continue
        brand = by_start.get(k + 1)
        if brand is None or brand.end < len(doc) and doc[brand.end].is_title:
            continue  # not "O2" of "O2 Examplia": a name the brand only opens
        if brand.kind == "name" and m.kind == "name" and (
                brand.key != m.key or brand.surface != brand.name):
            # "Sonatel, which trades as Orange": the local firm the gazetteer knows and its
            # group's brand (read as the group's or, in the firm's country, as the firm's).
            # This "Orange" is neither the group nor another name of the firm, on which the
            # group's name would be ambiguous: it is dropped
            here.add(brand.start)
            continue
        if brand.key == m.key:
            continue
        keep, drop = (brand, m) if brand.kind == "name" or m.kind != "name" else (m, brand)
        rekey[drop.key] = keep
    if not rekey and not here:
        return mentions
    mentions = [m for m in mentions if m.start not in here]
    return [replace(m, key=rekey[m.key].key, name=rekey[m.key].name, type=rekey[m.key].type,
                    country=rekey[m.key].country) if m.key in rekey else m for m in mentions]


def _under_brand(doc: Doc, texts: list[str], k: int) -> int | None:
    """Where the brand starts in "(which) sells its services under the Acmefone brand",
    "operates under the Acmefone name", read from ``k``, after the firm's "which".

    >>> import spacy
    >>> doc = spacy.blank("en")("Acme, which sells its services under the Beta brand, bid.")
    >>> _under_brand(doc, [t.text for t in doc], 3)
    8
    """
    j = k
    while j < min(k + 5, len(doc)) and texts[j] != "under" and texts[j].islower():
        j += 1
    if j == k or j + 3 >= len(doc) or texts[j] != "under" or texts[j + 1] != "the":
        return None
    end = next((e for e in range(j + 3, min(j + 7, len(doc)))
                if texts[e] in {"brand", "name", "banner", "brands"}), None)
    return j + 2 if end is not None else None  # (the caller looks for a firm's name there)


#: Heads of bodies that news names either way round: "the Ministry of Digital Affairs",
#: "the Digital Affairs Ministry".
_INVERTIBLE = {"Ministry", "Department"}


def _inverted_bodies(mentions: list[Mention]) -> list[Mention]:
    """"The Digital Affairs Ministry" after "the Ministry of Digital Affairs" is that
    ministry, one body under its full name.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("The Ministry of Acme Affairs spoke. The Acme Affairs Ministry agreed.")
    >>> sorted({m.name for m in doc._.pg_mentions})
    ['Ministry of Acme Affairs']
    """
    full: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        head, of, rest = m.name.partition(" of ")
        if m.type is EntityType.GOVERNMENT_BODY and of and head in _INVERTIBLE:
            full.setdefault((head, rest.removeprefix("the ").lower()), m)
    rekey: dict[str, Mention] = {}
    for m in mentions:
        words = m.name.split()
        if m.type is not EntityType.GOVERNMENT_BODY or len(words) < 2 or \
                words[-1] not in _INVERTIBLE:
            continue
        target = full.get((words[-1], " ".join(words[:-1]).lower()))
        if target is not None and target.key != m.key:
            rekey[m.key] = target
    return _rekeyed(mentions, rekey)


def _rekeyed(mentions: list[Mention], rekey: dict[str, Mention]) -> list[Mention]:
    """``mentions`` with every key in ``rekey`` as the mention it maps to (its country kept
    when the target has none)."""
    if not rekey:
        return mentions
    return [replace(m, key=rekey[m.key].key, name=rekey[m.key].name,
                    country=rekey[m.key].country or m.country) if m.key in rekey else m
            for m in mentions]


#: Heads of laws, whose short names are often other laws.
_LAW_HEADS = {"Act", "Law", "Bill", "Code", "Decree", "Regulation", "Regulations", "Directive",
              "Order", "Rule", "Rules", "Treaty", "Convention"}


#: What a leader's surname may name instead of the leader: "the Roe administration".
_GOVERNMENT_OF = {"administration", "administrations", "era", "presidency", "government"}


def _names_a_government(doc: Doc, i: int) -> bool:
    """Whether the surname at ``i`` only names a government ("the Roe administration",
    "during the Roe era"): no person the article tells of, unless it names her in full.

    >>> import spacy
    >>> doc = spacy.blank("en")("the Roe administration said so. Roe spoke.")
    >>> _names_a_government(doc, 1), _names_a_government(doc, 6)
    (True, False)
    """
    return i + 1 < len(doc) and doc[i + 1].lower_ in _GOVERNMENT_OF


def _after_article(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` follows an Arabic article joined by a hyphen: "al-Roe"."""
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in {"al", "el", "ul"}


def _policy_tails(mentions: list[Mention]) -> list[Mention]:
    """"The Reimbursement Program" after "the Acme Networks Reimbursement Program" is that
    programme: a policy's name of two or more words that ends exactly one longer name.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Peru runs the Acme Networks Reimbursement Program. "
    ...                       "The Reimbursement Program is not affected.")
    >>> sorted({m.name for m in doc._.pg_mentions if m.type.value == "Policy"})
    ['Acme Networks Reimbursement Program']
    """
    names = {m.name: m for m in mentions if m.type is EntityType.POLICY
             and m.kind != "description" and len(m.name.split()) >= 3}
    rekey: dict[str, Mention] = {}
    for m in mentions:
        words = m.name.split()
        if m.type is not EntityType.POLICY or m.kind in {"description", "name"} or \
                len(words) < 2 or words[-1] not in POLICY_HEADS - _LAW_HEADS or \
                m.key in rekey:
            continue  # (laws differ by a word: the "Cyber Crimes Act" is not the "Cyber
            # Security and Cyber Crimes Act")
        longer = {n.key: n for name, n in names.items()
                  if name.endswith(" " + m.name) and n.key != m.key}
        if len(longer) == 1:
            rekey[m.key] = next(iter(longer.values()))
    return _rekeyed(mentions, rekey)


def _sections_of(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Section 214 of the Acme Act": another name of the Act, the whole phrase, as
    annotators and analysts cite it (a mention over "Section 214" with the Act's key).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("It was adopted under Section 214 of the Acme Data Act.")
    >>> sorted((m.surface, m.name) for m in doc._.pg_mentions)
    [('Acme Data Act', 'Acme Data Act'), ('Section 214 of the Acme Data Act', 'Acme Data Act')]
    """
    by_start = {m.start: m for m in mentions if m.type is EntityType.POLICY}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = list(mentions)
    texts = doc_texts(doc)
    for i in range(len(doc) - 3):
        if texts[i] not in LAW_PARTS or i in covered or i + 1 in covered or \
                not re.fullmatch(r"\d{1,4}[A-Z]?(?:-\d{1,3})?", texts[i + 1]) or \
                texts[i + 2] != "of":
            continue
        law = by_start.get(i + 3) or (by_start.get(i + 4) if texts[i + 3] == "the" else None)
        if law is not None and law.kind != "description":
            out.append(Mention(i, i + 2, law.key, EntityType.POLICY,
                               doc[i : law.end].text, law.name, "alias", law.country))
    return out


#: A numbered instrument's name: "Decree-Law No. 2022-54", "Decree-Law 54".
_NUMBERED = re.compile(r"^(?P<head>.+?) (?:No\. )?(?:(?P<year>(?:19|20)\d\d)[-/])?(?P<number>\d{1,4})$")


def _numbered_short_forms(mentions: list[Mention]) -> list[Mention]:
    """"Decree-Law 54" after "Decree-Law No. 2022-54" is that decree: an instrument
    named by its number without the year is the one the article numbers in full.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Peru issued Decree-Law No. 2022-54 on Monday. Decree-Law 54 "
    ...                       "took effect on Friday.")
    >>> sorted({m.name for m in doc._.pg_mentions if m.type.value == "Policy"})
    ['Decree-Law No. 2022-54']
    """
    full: dict[tuple[str, str], set[str]] = {}
    parts: dict[str, tuple[str, str, bool]] = {}
    for m in mentions:
        found = _NUMBERED.match(m.name) if m.type is EntityType.POLICY else None
        if found is not None:
            head, number = found["head"], found["number"].lstrip("0")
            parts[m.key] = head, number, found["year"] is not None
            if found["year"] is not None:
                full.setdefault((head, number), set()).add(m.key)
    targets = {key: next(iter(full[head, number])) for key, (head, number, dated) in parts.items()
               if not dated and len(full.get((head, number), ())) == 1}
    by_key = {m.key: m for m in mentions}
    return _rekeyed(mentions, {key: by_key[target] for key, target in targets.items()})


def _short_firm_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A firm named with its legal form, then without it: "Zorvex Corp." and later
    "Zorvex chief executive Jane Roe", "guidance to Zorvex"; or an acronym and its
    trade, then the acronym: "ZVX Consulting", then "ZVX's chief executive".

    Only a name of one or two capitalised words, where nothing else is named, and not
    the start of a longer name ("Zorvex Cloud" is another firm).
    """
    texts = doc_texts(doc)
    short: dict[tuple[str, ...], Mention] = {}
    for m in mentions:
        words = tuple(texts[m.start : m.end])
        if m.type in {EntityType.COMPANY, EntityType.TELCO} and len(words) in {2, 3} and (
                words[-1] in _DROPPED_FORMS and all(
                    w[:1].isupper() and w.isalpha() for w in words[:-1])
                # "BAC Consulting", then "BAC": an acronym before a word of the trade
                or words[-1] in FIRM_ENDS and all(
                    w.isupper() and w.isalpha() and 2 <= len(w) <= 5 for w in words[:-1])):
            short.setdefault(words[:-1], m)
    if not short:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = list(mentions)
    for i in range(len(doc)):
        for words, firm in short.items():
            end = i + len(words)
            if tuple(texts[i:end]) != words or any(k in covered for k in range(i, end)) or \
                    end < len(doc) and (doc[end].is_title and doc[end].pos_ == "PROPN"
                                        or texts[end] in _DROPPED_FORMS) or \
                    i > 0 and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN":
                continue
            out.append(Mention(i, end, firm.key, firm.type, doc[i:end].text, firm.name,
                               "acronym", firm.country))
            covered.update(range(i, end))
    return out


#: Titles an article calls a person by again once it has named them: "the minister".
_TITLE_ANAPHORS = {"minister", "president", "premier", "chancellor", "commissioner",
                   "secretary", "senator", "justice", "judge", "governor", "ambassador",
                   "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "envoy"}


def _title_anaphors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the minister" after "the Minister of Economic Affairs, Jane Roe": Roe, when she is
    the one person named before with that title beside her name.

    The title must stand alone ("the minister said", not "the minister of trade", whose
    portfolio may be another's), and a word before it must match too: "the trade minister"
    is the person called trade minister, not any minister. With two people of that title
    named before, it is neither.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Trade Minister Jane Roe met John Doe. Later the minister "
    ...                       "flew home.")
    >>> [(m.surface, m.name) for m in doc._.pg_mentions if m.kind == "anaphor"]
    [('minister', 'Jane Roe')]
    """
    people = [m for m in mentions if m.type is EntityType.PERSON and m.kind != "anaphor"]
    if not people:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    ends = {p.end for p in people}
    texts = doc_texts(doc)
    out = list(mentions)
    for i, text in enumerate(texts):
        if text not in _TITLE_ANAPHORS or i in covered or i < 1:
            continue
        start = i - 1 if doc[i - 1].is_lower and doc[i - 1].pos_ in {"ADJ", "NOUN"}             and texts[i - 1] != "the" else i
        if start < 1 or doc[start - 1].lower_ != "the" or i + 1 < len(doc) and (
                doc[i + 1].lower_ in {"of", "for", "to", "-"} or doc[i + 1].pos_ == "PROPN"):
            continue
        if start >= 3 and doc[start - 2].text == "," and start - 2 in ends:
            continue  # "Jane Roe, the trade minister,": her title in apposition, not again
        words = {t.lower_ for t in doc[start : i + 1]}
        named = set()
        for p in people:
            if p.start >= start:
                break
            if words <= _titled(doc, p, covered):
                named.add(p.key)
        if len(named) != 1:
            continue
        who = next(p for p in people if p.key in named)
        out.append(Mention(start, i + 1, who.key, EntityType.PERSON, doc[start : i + 1].text,
                           who.name, "anaphor", who.country))
    return sorted(out)


def _titled(doc: Doc, p: Mention, covered: set[int]) -> set[str]:
    """The words of the title written beside a person's name: before it up to a verb or
    another name ("Trade Minister Jane Roe"), or in an apposition after it ("Jane Roe, the
    trade minister,")."""
    sent = doc[p.start].sent
    words = set()
    k = p.start - 1
    while k >= max(p.start - 7, sent.start) and k not in covered and \
            doc[k].pos_ not in {"VERB", "AUX"} and doc[k].text not in {".", ";", ":"}:
        words.add(doc[k].lower_)
        k -= 1
    if p.end < sent.end and doc[p.end].text == ",":
        k = p.end + 1
        while k < min(p.end + 9, sent.end) and k not in covered and \
                doc[k].pos_ not in {"VERB", "AUX"} and doc[k].text not in {",", ".", ";"}:
            words.add(doc[k].lower_)
            k += 1
    return words


def _inside_other_name(doc: Doc, i: int, covered: set[int]) -> bool:
    """Whether the family name at ``i`` is part of another word or name: "Wi-Fi", or
    "Marta Roe" where the gazetteer's Roe is someone else (a capitalised word before it
    that is no title)."""
    if i + 1 < len(doc) and doc[i + 1].text in {"-", "–"} and not doc[i].whitespace_ or \
            i > 0 and doc[i - 1].text in {"-", "–"} and not doc[i - 1].whitespace_:
        return True
    before = doc[i - 1] if i > 0 else None
    return before is not None and before.i not in covered and before.is_title and \
        before.pos_ == "PROPN" and (before.ent_type_ == "PERSON" or doc[i].ent_iob_ == "I") \
        and before.lower_ not in _PERSON_TITLE_WORDS


#: Words of a title right before a family name: "President Roe", "Minister Roe".
_PERSON_TITLE_WORDS = {"president", "minister", "secretary", "chancellor", "premier",
                       "senator", "governor", "ambassador", "commissioner", "director",
                       "chairman", "chairwoman", "general", "judge", "justice", "king",
                       "queen", "prince", "sultan", "emir", "sheikh", "mr", "ms", "mrs", "dr"}


def _bracketed_known(doc: Doc, mentions: list[Mention]) -> Iterable[tuple[Mention, Mention]]:
    """A policy named in full, then in brackets by a name the gazetteer knows: "Regulation
    No. 5 of 2020 (Acmereg 5/2020)" is the gazetteer's Acmereg 5/2020."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        n = by_start.get(m.end + 1)
        if m.type is EntityType.POLICY and m.kind != "name" and n is not None and \
                n.type is EntityType.POLICY and n.kind == "name" and doc[m.end].text == "(" and \
                n.end < len(doc) and doc[n.end].text == ")" and n.key != m.key:
            yield m, n


def _spelled_after(doc: Doc, mentions: list[Mention]) -> Iterable[tuple[Mention, Mention]]:
    """An acronym, then the name it stands for in apposition: "ABC, the Agencia de Bienes
    Comunes, said" is one body (the name, then the acronym: see ``_acronyms``).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("The state holding company SEAP will buy 10%. SEAP, the Sociedad "
    ...                       "Estatal de Activos Publicos, said it would hold it.")
    >>> [(e.label, sorted(e.alt_labels)) for e in doc._.pg_entities.values()]
    [('SEAP', ['Sociedad Estatal de Activos Publicos'])]
    """
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        k = m.end + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        n = by_start.get(k)
        if not (m.type.is_org and m.surface.isupper() and 2 <= len(m.surface) <= 8
                and m.end - m.start == 1 and doc[m.end].text == "," and n is not None
                and n.type.is_org and n.key != m.key and n.end < len(doc)
                and doc[n.end].text in {",", ".", ";"}):
            continue
        if "".join(w[0] for w in n.surface.split() if w[:1].isupper()) == m.surface:
            yield n, m


def _appositive_bodies(doc: Doc, mentions: list[Mention]) -> Iterable[tuple[Mention, Mention]]:
    """A body named by its shape, then by the name the gazetteer knows it by, in
    apposition: "told the National Telecoms Agency, Acmetel, to ..." is one body.

    A list of bodies ("the Finance Ministry, Acmetel and the central bank") is none.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Jane Roe told the National Communications Authority, "
    ...                       "ANACOM, to act.")
    >>> [(a.surface, b.surface) for a, b in _appositive_bodies(doc, doc._.pg_mentions)]
    [('National Communications Authority', 'ANACOM')]
    """
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        n = by_start.get(m.end + 1)
        if n is None and m.end + 2 < len(doc) and doc[m.end + 1].lower_ == "the":
            n = by_start.get(m.end + 2)  # "Ruritania's parliament, the Acmeting, voted"
        if m.kind != "shape" or m.type is not EntityType.GOVERNMENT_BODY or n is None or \
                n.kind != "name" or n.type is not EntityType.GOVERNMENT_BODY or \
                doc[m.end].text != "," or n.end >= len(doc) or doc[n.end].text != ",":
            continue
        after = doc[n.end + 1 : n.end + 5]
        if any(t.lower_ in {"and", "or"} for t in after) or (n.end + 1) in by_start:
            continue  # a list goes on after the second name
        if m.start > 1 and doc[m.start - 1].lower_ == "the" and doc[m.start - 2].text == ",":
            continue  # "..., the Finance Ministry, Acmetel, ...": a list's middle
        yield m, n


def _clean_label(text: str) -> str:
    text = re.sub(r"[“”\"]", "", text).strip()
    text = re.sub(r"^(?:the|The)\s+", "", text)
    return re.sub(r"\s+", " ", text)


@Language.factory("pg_linker", requires=["doc._.pg_mentions"], assigns=["doc._.pg_entities"])
def make_linker(nlp: Language, name: str) -> Linker:
    """The ``pg_linker`` factory."""
    del nlp, name
    return Linker(Gazetteer.load())


__all__ = ["Linker", "make_linker"]

"""Policies named only by a description: "Britain's ban on Huawei", "the U.S.
sanctions on SMIC", "Sweden's regulator barred Huawei and ZTE".

A country's (or a government body's) ban, sanctions or export controls aimed
at named companies is a Policy of that country that excludes them, even when
the policy has no proper name. Two forms are read:

- a noun phrase: an owner (possessive, adjective or compound: "Britain's",
  "Canadian", "U.S.") and/or a target ("on Huawei and ZTE", "the Huawei ban");
- a clause: an owner as the subject of ban/bar/exclude/strip out/prohibit with
  named companies as objects, not negated and not merely possible.

Each becomes a :class:`Description` with a stable key (owner ISO code, head and
first target) and readable names; mentions without an owner or target ("the
ban") join the article's single description of that head, if there is one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from policygraph.articles import slug
from policygraph.linking import Gazetteer
from policygraph.model import EntityType
from policygraph.nlp.mentions import Mention

T = EntityType
NOUN_HEADS = {"ban": "ban", "prohibition": "ban", "embargo": "ban", "exclusion": "ban",
              "sanction": "sanctions", "sanctions": "sanctions", "blacklisting": "ban"}
VERB_HEADS = {"ban", "bar", "exclude", "prohibit", "blacklist", "strip", "block", "outlaw"}
OWNER_TYPES = {T.COUNTRY, T.GOVERNMENT_BODY}
TARGET_TYPES = {T.COMPANY, T.TELCO}
_MAYBE = {"could", "may", "might", "should", "consider", "weigh", "mull", "debate", "propose",
          "urge", "call", "ask", "push", "press", "want", "threaten", "whether", "if"}
_NEG = {"not", "n't", "never", "no", "without"}


@dataclass
class Description:
    """A described policy: who owns it, whom it excludes, and where it was seen."""

    head: str
    owner: str | None
    owner_country: str | None
    owner_names: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    target_names: list[str] = field(default_factory=list)
    tokens: list[int] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)
    from_clause: bool = False

    def key(self) -> str:
        parts = [self.owner_country.lower() if self.owner_country else "",
                 slug(self.target_names[0]) if self.target_names else "", slug(self.head)]
        return "policy/" + "-".join(p for p in parts if p)

    exclusive: bool = True

    def names(self, gaz: Gazetteer) -> tuple[str, list[str]]:
        """The label and the other names analysts and annotators use for it."""
        word = self.head
        countries: list[str] = []
        if self.owner_country:
            info = gaz.countries.get(self.owner_country, {})
            countries = [info.get("name", "")] + [a for a in info.get("aliases", ())
                                                   if len(a) <= 4 and a.isupper()]
            countries += [n for n in self.owner_names if n not in countries]
            demonyms = [d for d, c in gaz.country_by_demonym.items() if c == self.owner_country]
        else:
            demonyms = []
        targets = self.target_names[:2]
        joined = " and ".join(targets)
        names: list[str] = []
        for c in countries:
            pos = f"{c}'" if c.endswith("s") else f"{c}'s"
            names += [f"{pos} {word}", f"{c} {word}"]
            if joined:
                names += [f"{pos} {word} on {joined}", f"{c} {word} on {joined}",
                          f"{c} {joined} {word}", f"{pos} {joined} {word}"]
        names += [f"{d} {word}" for d in demonyms[:2]]
        if joined and (not countries or self.exclusive):
            # owner-less names only when the owner is unknown: "the Huawei ban" of one
            # country must not be confused with another country's
            names += [f"{word} on {joined}", f"{joined} {word}"]
            if len(targets) > 1:
                names += [f"{word} on {targets[0]}", f"{targets[0]} {word}"]
        names += [s for s in self.surfaces if s]
        names = list(dict.fromkeys(n.strip() for n in names if n.strip()))
        owner = ""
        if countries:
            owner = countries[0] + ("'" if countries[0].endswith("s") else "'s")
        if countries and joined:
            label = f"{owner} {word} on {joined}"
        elif countries:
            label = f"{owner} {word}"
        else:
            label = f"{word} on {joined}"
        return label, [n for n in names if n != label]


def _owner_left(doc: Doc, head: Token, at: dict[int, Mention]) -> Mention | None:
    j = head.i - 1
    while j >= 0 and (doc[j].pos_ in {"ADJ", "NUM"} or doc[j].text in {"5G", "4G"} or
                      doc[j].lower_ in {"new", "total", "full", "outright", "blanket"}):
        if j in at:
            break
        j -= 1
    if j >= 0 and doc[j].text in {"'s", "’s", "’", "'"}:
        j -= 1
    return at.get(j) if j >= 0 else None


def find_descriptions(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Description]:
    """Described policies in ``doc``, given its entity mentions (countries, companies)."""
    at: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            at[i] = m
    found: list[Description] = []
    for token in doc:
        lemma = (token.lemma_ or token.text).lower()
        if token.pos_ == "NOUN" and lemma in NOUN_HEADS and token.i not in at:
            desc = _from_noun(doc, token, NOUN_HEADS[lemma], at)
        elif lemma == "control" and token.tag_ == "NNS" and token.i > 0 and \
                doc[token.i - 1].lower_ == "export" and token.i not in at:
            desc = _from_noun(doc, token, "export controls", at, left_edge=token.i - 1)
        elif token.pos_ == "VERB" and lemma in VERB_HEADS:
            desc = _from_clause(doc, token, at)
        else:
            desc = None
        if desc is not None:
            found.append(desc)
    merged = _split_plural(doc, _merge(found))
    for d in merged:
        others = {t for o in merged if o is not d for t in o.targets}
        d.exclusive = not (set(d.targets) & others)
    return merged


def _split_plural(doc: Doc, found: list[Description]) -> list[Description]:
    """"Washington's bans on TikTok and WeChat" are two bans, one per target."""
    out: list[Description] = []
    for d in found:
        plural = any(doc[i].tag_ == "NNS" and doc[i].lower_ != "sanctions" for i in d.tokens)
        if not plural or len(d.targets) < 2:
            out.append(d)
            continue
        for key, name in zip(d.targets, d.target_names, strict=True):
            out.append(Description(d.head, d.owner, d.owner_country, list(d.owner_names),
                                   [key], [name], list(d.tokens), [], d.from_clause))
    return out


def _mention_info(m: Mention) -> tuple[str, EntityType, str | None, str]:
    return m.key, m.type, m.country, m.name


def _hypothetical(head: Token) -> bool:
    """"stopped short of a ban", "no ban", "calls for a ban", "proposing an EU-wide ban"."""
    doc = head.doc
    left = [t.lower_ for t in doc[max(head.i - 5, head.sent.start) : head.i]]
    if {"short", "no", "not", "without", "against", "possible", "potential", "proposed",
        "outright"} & set(left):
        return True
    for t in list(head.ancestors)[:3]:
        if (t.lemma_ or "").lower() in _MAYBE | {"stop", "oppose", "reject", "rule", "resist",
                                                 "avoid", "fear", "warn", "seek"}:
            return True
    return False


def _from_noun(doc: Doc, head: Token, word: str, at: dict[int, Mention],
               left_edge: int | None = None) -> Description | None:
    if _hypothetical(head):
        return None
    owner = _owner_left(doc, doc[left_edge] if left_edge is not None else head, at)
    desc = Description(word, None, None, tokens=[head.i])
    start = head.i
    if owner is not None:
        key, etype, country, name = _mention_info(owner)
        if etype in OWNER_TYPES:
            desc.owner, desc.owner_country = key, country
            desc.owner_names.append(doc[owner.start : owner.end].text)
            start = owner.start
        elif etype in TARGET_TYPES:
            desc.targets.append(key)
            desc.target_names.append(name)
            start = owner.start
    end = head.i + 1
    if end < len(doc) and doc[end].lower_ in {"on", "against", "of"}:
        k = end + 1
        while k < len(doc) and k - end < 10:
            m = at.get(k)
            if m is not None and _mention_info(m)[1] in TARGET_TYPES:
                key, _, _, name = _mention_info(m)
                if key not in desc.targets:
                    desc.targets.append(key)
                    desc.target_names.append(name)
                k = m.end
                end = k
                continue
            if doc[k].lower_ in {"and", ",", "the", "'s", "’s", "chinese"} or doc[k].pos_ == "ADJ":
                k += 1
                continue
            break
    if desc.owner is None and not desc.targets:
        desc.surfaces.append(word)
        return desc
    while start > 0 and doc[start - 1].pos_ == "ADJ" and doc[start - 1].i not in at:
        start -= 1
    desc.surfaces.append(doc[start:end].text)
    return desc


def _from_clause(doc: Doc, verb: Token, at: dict[int, Mention]) -> Description | None:
    if _negated_or_maybe(verb):
        return None
    targets: list[Mention] = []
    for k in range(verb.i + 1, min(verb.i + 12, verb.sent.end)):
        m = at.get(k)
        if doc[k].text in {";", "."} or doc[k].lower_ in {"but", "while"}:
            break
        if m is not None and _mention_info(m)[1] is T.COMPANY and m not in targets:
            targets.append(m)
    if verb.lower_ in {"stripped", "strip"}:  # "ordered Huawei equipment to be stripped out"
        targets += [at[k] for k in range(verb.sent.start, verb.i) if k in at
                    and _mention_info(at[k])[1] is T.COMPANY and at[k] not in targets]
    if not targets:
        return None
    owner = _subject_owner(doc, verb, at)
    if owner is None:
        return None
    key, _, country, _ = _mention_info(owner)
    desc = Description("ban", key, country, from_clause=True, tokens=[verb.i])
    desc.owner_names.append(doc[owner.start : owner.end].text)
    for m in targets:
        k2, _, _, name = _mention_info(m)
        if k2 not in desc.targets:
            desc.targets.append(k2)
            desc.target_names.append(name)
    return desc


def _negated_or_maybe(verb: Token) -> bool:
    current = verb
    for _ in range(3):
        for child in current.children:
            if child.dep_ == "neg" or child.lower_ in _NEG and child.dep_ in {"det", "advmod"}:
                return True
            if child.dep_ in {"aux", "mark"} and child.lower_ in _MAYBE:
                return True
        if current is not verb and (current.lemma_ or "").lower() in _MAYBE | {"stop", "refuse"}:
            return True
        if current.head is current or current.dep_ in {"nsubj", "relcl", "acl", "amod"}:
            break
        current = current.head
    left = verb.doc[max(verb.i - 4, verb.sent.start) : verb.i]
    return any(t.lower_ in _NEG or t.lower_ == "short" for t in left)


def _subject_owner(doc: Doc, verb: Token, at: dict[int, Mention]) -> Mention | None:
    """The country or body that is the subject of ``verb`` (through "ordered ... to").

    Climbing stops at clauses that only report or hypothesise: in "the embassy
    warned that excluding Huawei would have consequences" nobody bans anyone.
    """
    if verb.dep_ in {"csubj", "csubjpass", "pcomp", "pobj", "acl", "amod"}:
        return None
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.i < verb.i:
                owners = [at[t.i] for t in child.subtree
                          if t.i in at and _mention_info(at[t.i])[1] in OWNER_TYPES]
                if owners:
                    bodies = [o for o in owners if _mention_info(o)[1] is T.GOVERNMENT_BODY]
                    return bodies[0] if bodies else owners[0]
                if child.lower_ not in {"it", "they", "which", "who"}:
                    return None
        if current.head is current or current.dep_ not in {"xcomp", "conj"}:
            break
        current = current.head
    return None


def _merge(found: list[Description]) -> list[Description]:
    """One description per owner and head; bare ones join the article's single one."""
    merged: dict[tuple[str | None, str], Description] = {}
    bare: list[Description] = []
    for d in found:
        if d.owner_country is None and d.owner is None:
            bare.append(d)
            continue
        slot = (d.owner_country or d.owner, d.head)
        if slot in merged:
            _absorb(merged[slot], d)
        else:
            merged[slot] = d
    owned = list(merged.values())
    for d in bare:
        same_head = [m for m in owned if m.head == d.head]
        if len(same_head) == 1:
            _absorb(same_head[0], d)
        elif not same_head and d.targets:
            slot = (d.targets[0], d.head)  # "the TikTok ban" and "the WeChat ban" are two
            if slot in merged:
                _absorb(merged[slot], d)
            else:
                merged[slot] = d
    return [d for d in merged.values() if d.targets or d.owner]


def _absorb(into: Description, other: Description) -> None:
    for key, name in zip(other.targets, other.target_names, strict=True):
        if key not in into.targets:
            into.targets.append(key)
            into.target_names.append(name)
    into.tokens += other.tokens
    into.surfaces += other.surfaces
    into.owner_names += [n for n in other.owner_names if n not in into.owner_names]
    if into.owner is None:
        into.owner, into.owner_country = other.owner, other.owner_country
    elif other.owner is not None and other.owner != into.owner:
        # "Sweden's ban" and "PTS banned": keep the body, whose country is the same
        into.owner = into.owner if into.owner.startswith("org/") else other.owner
    into.from_clause = into.from_clause or other.from_clause

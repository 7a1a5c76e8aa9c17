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

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from policygraph.articles import slug
from policygraph.linking import Gazetteer, country_key
from policygraph.model import EntityType
from policygraph.nlp import doc_texts, doc_words
from policygraph.nlp.mentions import Mention, firm_noun, home_country_code

T = EntityType
NOUN_HEADS = {"ban": "ban", "prohibition": "ban", "embargo": "ban", "exclusion": "ban",
              "sanction": "sanctions", "sanctions": "sanctions", "blacklisting": "ban",
              "suspension": "suspension", "tariff": "tariffs", "levy": "tariffs",
              "block": "block", "blockade": "block", "shutdown": "shutdown",
              "blackout": "shutdown"}
#: Words that make a shutdown a cut of the internet, not of a government or a plant.
_NET_WORDS = {"internet", "mobile", "data", "network", "networks", "telecom", "telecoms",
              "telecommunications", "communications", "broadband", "fibre", "fiber", "online",
              "phone", "web", "connectivity", "social", "media"}
#: Instruments: declarations, memoranda, laws and rules a country signs or adopts.
INSTRUMENT_HEADS = {
    "declaration": "declaration", "memorandum": "memorandum", "mou": "memorandum",
    "agreement": "agreement", "accord": "accord", "pact": "pact", "law": "law", "bill": "bill",
    "treaty": "treaty",
    "decree": "decree", "ordinance": "ordinance", "regulation": "regulation",
    "regulations": "regulations", "guidelines": "guidelines", "guidance": "guidance",
    "directive": "directive", "statement": "statement", "rules": "rules",
    "deal": "deal", "warning": "warning", "executive order": "executive order",
    "decision": "decision", "recommendation": "recommendation", "auction": "auction",
    "advisory": "advisory", "protocol": "protocol", "policy": "policy",
    "licence": "licence", "license": "licence",
    "communique": "communique", "communiqué": "communique",
}
#: Words that make an instrument's clause a measure against the companies it names:
#: "a deal ... to phase out components from Huawei", "a warning against ... ZTE".
AGAINST = {"against", "phase", "remove", "ban", "bar", "exclude", "strip", "rip", "replace",
           "restrict", "block", "prohibit", "limit", "curb", "purge", "drop", "rid", "discard",
           "uninstall", "dump", "avoid"}
#: Kinds of order a government makes: "a final order", "the denial order on Acme".
ORDER_KINDS = {"final", "divestment", "denial", "emergency", "revocation", "blocking",
               "interim", "ministerial", "prohibition", "mitigation", "takedown", "shutdown"}
#: Instruments that need neither a topic nor named targets when someone signs them.
SELF_NAMED = {"executive order", "advisory"} | {f"{kind} order" for kind in ORDER_KINDS}
#: Verbs by which a regulator runs an auction: "the 5G auction run by the regulator Acme".
_AUCTION_MAKERS = {"run", "hold", "conduct", "organise", "organize", "launch", "open", "stage"}
#: Verbs by which a government makes or keeps an order in force.
_ORDER_MAKERS = {"impose", "make", "lift", "extend", "serve", "grant"}
TOPIC_WORDS = {
    "5g", "4g", "6g", "security", "cybersecurity", "cyber", "telecom", "telecoms",
    "telecommunications", "network", "networks", "technology", "tech", "digital", "data",
    "supply", "chain", "chip", "chips", "semiconductor", "vendor", "procurement", "joint",
    "bilateral", "trusted", "infrastructure", "spectrum", "internet", "ict", "cloud",
    "investment", "screening", "privacy", "content", "online", "platform", "platforms", "ai",
    "competition", "antitrust", "export", "encryption", "localisation", "localization",
    "cybercrime", "media", "broadcasting", "satellite", "space", "misinformation",
    "disinformation", "surveillance", "biometric", "crypto", "cryptocurrency", "trade",
    "free", "economic",  # "the Acme-Peru free trade agreement", "economic partnership"
    "visa", "restriction",  # "a new visa restriction policy"
    "broadband", "wireless", "fibre", "fiber",  # "a satellite broadband licence"
}
SIGN_VERBS = {"sign", "ink", "conclude", "adopt", "pass", "approve", "promulgate", "enact",
              "seal", "endorse", "issue", "publish", "release", "unveil", "announce",
              "strike", "reach", "clinch", "broker"}
VERB_HEADS = {"ban", "bar", "exclude", "prohibit", "blacklist", "strip", "outlaw"}
OWNER_TYPES = {T.COUNTRY, T.GOVERNMENT_BODY, T.ORGANIZATION}
TARGET_TYPES = {T.COMPANY, T.TELCO}
_MAYBE = {"could", "may", "might", "should", "consider", "weigh", "mull", "debate", "propose",
          "urge", "call", "ask", "push", "press", "want", "threaten", "whether", "if",
          "lobby", "pressure", "encourage", "persuade", "seek", "try", "demand", "hope"}
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
    co_owners: list[str] = field(default_factory=list)
    #: bodies and blocs that signed it with the owner: "the US, the EU and Peru signed"
    co_bodies: list[str] = field(default_factory=list)
    announcers: list[str] = field(default_factory=list)
    topic: str = ""
    instrument: bool = False
    #: another instrument of the article has the same head: names without an owner are
    #: no one's ("the trade agreement" of two)
    crowded: bool = False

    def key(self) -> str:
        owners = sorted({c for c in [self.owner_country, *self.co_owners] if c})
        if not owners and self.owner:  # a body without a country: "the Commission's ban"
            owners = [self.owner.rsplit("/", 1)[-1]]
        if not owners and self.announcers:  # "President Roe's executive order"
            owners = [self.announcers[0].rsplit("/", 1)[-1]]
        parts = [*(o.lower() for o in owners),
                 slug(self.target_names[0]) if self.target_names else
                 slug(self.recipient_names[0]) if self.recipient_names else "",
                 slug(self.topic) if self.topic else "", slug(self.head)]
        return "policy/" + "-".join(p for p in parts if p)

    def instrument_names(self, gaz: Gazetteer) -> tuple[str, list[str]]:
        """Names of a declaration or law: "US-Poland joint declaration on 5G security"."""
        base = self.surfaces[0] if self.surfaces else self.head
        topical = f"{self.topic} {self.head}".strip()
        owners = [c for c in [self.owner_country, *self.co_owners] if c][:3]
        forms: dict[str, list[str]] = {}
        for code in owners:
            info = gaz.countries.get(code, {})
            forms[code] = [info.get("name", code)] + [
                a for a in info.get("aliases", ()) if len(a) <= 4 and a.isupper()]
        names = [base, topical, self.head if self.topic else ""]
        if not owners:  # a body's: "the ABC warning", "ABC's advisory"
            for b in self.owner_names[:2]:
                names += [f"{b} {self.head}", f"{b}'{'' if b.endswith('s') else 's'} {self.head}"]
        if self.target_names and self.head in {"warning", "advisory", "recommendation"}:
            names.append(f"{self.head} against {' and '.join(self.target_names[:2])}")
        for code in owners:
            dems = [d for d, c in gaz.country_by_demonym.items() if c == code][:1]
            for c in forms[code]:
                pos = f"{c}'" if c.endswith("s") else f"{c}'s"
                names += [f"{pos} {self.head}", f"{pos} {topical}", f"{c} {topical}",
                          f"{pos} {base}"]
            names += [f"{d} {topical}" for d in dems] + [f"{d} {self.head}" for d in dems]
        if len(owners) == 2:
            a, b = owners
            for x in forms[a]:
                for y in forms[b]:
                    for first, second in ((x, y), (y, x)):
                        names += [f"{first}-{second} {base}", f"{first}-{second} {self.head}",
                                  f"{first}-{second} {topical}"]
        names = list(dict.fromkeys(n.strip() for n in [*names, *self.aliases] if n.strip()))
        if self.crowded and owners:
            plain = {self.head, topical, *(f"{self.topic} {h}".strip() for h, same in
                                            SAME_INSTRUMENT.items() if same == self.head)}
            names = [n for n in names if n not in plain and n not in SAME_INSTRUMENT]
        if len(owners) == 2:
            label = f"{forms[owners[0]][0]}-{forms[owners[1]][0]} {base}"
        elif owners:
            c = forms[owners[0]][0]
            label = f"{c}'{'' if c.endswith('s') else 's'} {base}"
        else:
            label = base
        return label, [n for n in names if n != label]

    exclusive: bool = True
    #: the other words the article uses for the same measure: "block" for a "ban" on the
    #: same app by the same state (see :func:`_kin_measures`)
    kin: list[str] = field(default_factory=list)
    #: what later sentences call it: "the deal", "the compromise" (see :func:`_anaphors`)
    aliases: list[str] = field(default_factory=list)
    #: companies a later sentence says it leaves alone: "It does not exclude Acme"
    denied: set[str] = field(default_factory=set)
    #: firms that hold it: "Acme and Beta signed 5G licences", "granted licences to Acme"
    holders: list[str] = field(default_factory=list)
    #: the firms a subsidy or grant goes to, by name: "a grant for Acme" (their keys are
    #: ``holders``: they take part in it)
    recipient_names: list[str] = field(default_factory=list)
    #: states that signed it, each a party to it: "Peru signed a memorandum ... with Chile"
    signatories: list[str] = field(default_factory=list)

    def names(self, gaz: Gazetteer) -> tuple[str, list[str]]:
        """The label and the other names analysts and annotators use for it."""
        if self.instrument:
            return self.instrument_names(gaz)
        word = self.head
        countries: list[str] = []
        if self.owner_country:
            info = gaz.countries.get(self.owner_country, {})
            countries = [info.get("name", "")] + [a for a in info.get("aliases", ())
                                                   if len(a) <= 4 and a.isupper()]
            countries += [n for n in self.owner_names if n not in countries]
            demonyms = [d for d, c in gaz.country_by_demonym.items() if c == self.owner_country]
        else:
            countries = list(dict.fromkeys(self.owner_names))  # a body's own name
            demonyms = []
        targets = self.target_names[:2]
        joined = " and ".join(targets)
        names: list[str] = []
        for kind in dict.fromkeys([word, *self.kin]):  # "the ban", then "the block" of it
            names += self._worded(kind, countries, demonyms, gaz)
        names += [s for s in self.surfaces if s] + self.aliases
        names = list(dict.fromkeys(n.strip() for n in names if n.strip()))
        on = _ON.get(word, "on")
        owner = ""
        if countries:
            owner = countries[0] + ("'" if countries[0].endswith("s") else "'s")
        if countries and joined:
            label = f"{owner} {word} {on} {joined}"
        elif countries and self.topic and word == "ban":
            label = f"{owner} {word} on {self.topic}"  # "Ruritania's ban on ore exports"
        elif countries and self.recipient_names:  # "Ruritania's subsidy for Acme"
            label = f"{owner} {word} for {' and '.join(self.recipient_names[:2])}"
        elif countries:
            label = f"{owner} {word}"
        else:
            label = f"{word} {on} {joined}"
        return label, [n for n in names if n != label]

    def _worded(self, word: str, countries: list[str], demonyms: list[str],
                gaz: Gazetteer) -> list[str]:
        """The names of this measure called a ``word`` ("ban"): with its owners'
        names (``countries``), ``demonyms``, its topic and its targets."""
        targets = self.target_names[:2]
        on = _ON.get(word, "on")
        joined = " and ".join(targets)
        names: list[str] = []
        for c in countries:
            pos = f"{c}'" if c.endswith("s") else f"{c}'s"
            names += [f"{pos} {word}", f"{c} {word}"]
            if joined:
                names += [f"{pos} {word} {on} {joined}", f"{c} {word} {on} {joined}",
                          f"{c} {joined} {word}", f"{pos} {joined} {word}"]
        names += [f"{d} {word}" for d in demonyms[:2]]
        if self.topic:  # "export controls on advanced chips", "Japan's export controls on ..."
            names += [f"{word} on {self.topic}", f"{self.topic} {word}"]
            for c in countries:
                pos = f"{c}'" if c.endswith("s") else f"{c}'s"
                names += [f"{pos} {word} on {self.topic}", f"{c} {self.topic} {word}"]
            names += [f"{d} {word} on {self.topic}" for d in demonyms[:1]]
        if joined and (not countries or self.exclusive):
            # owner-less names only when the owner is unknown: "the Huawei ban" of one
            # country must not be confused with another country's
            names += [f"{word} {on} {joined}", f"{joined} {word}"]
            if len(targets) > 1:
                names += [f"{word} {on} {targets[0]}", f"{targets[0]} {word}"]
            short = _short_name(gaz, self.targets[0], targets[0]) if len(targets) == 1 else None
            if short:  # "the Acme ban" of the ban on Acme Technology
                names += [f"{word} {on} {short}", f"{short} {word}"]
        if word == "designation" and joined:  # what a designation is: sanctions on them
            names += [f"sanctions on {joined}", f"{joined} sanctions"]
        return names


#: The preposition after a measure's word before its target: "the suspension of Acme".
_ON = {"suspension": "of", "revocation": "of", "designation": "of"}


def _short_name(gaz: Gazetteer, key: str, name: str) -> str | None:
    """The first word of a known firm's name when the gazetteer calls it by that word too:
    "Acme" of "Acme Technology"."""
    entry = gaz.orgs.get(key.removeprefix("org/"))
    first = name.split()[0]
    return first if entry is not None and " " in name and first in entry.aliases else None


def _owner_left(doc: Doc, head: Token, at: dict[int, Mention]) -> Mention | None:
    j = head.i - 1
    while j >= 0 and (doc[j].pos_ in {"ADJ", "NUM"} or doc[j].text in _OVER_OWNER or
                      doc[j].lower_ in {"new", "total", "full", "outright", "blanket"} or
                      # "Peru's app ban": the kind of ban between its owner and it (not
                      # "export": a headline's "U.S. export ban" is the order the text names)
                      doc[j].dep_ == "compound" and doc[j].is_lower and j < doc[j].head.i <= head.i
                      and doc[j].lower_ not in _TRADE or _in_hyphened(doc, j)):
        if j in at:
            break
        j -= 1
    if j >= 0 and doc[j].text in {"'s", "’s", "’", "'"}:
        j -= 1
    return at.get(j) if j >= 0 else None


#: Signs between an owner and its measure: "Peru's 5G ban", "Chile's €5bn aid", "a 25% tariff".
_OVER_OWNER = {"5G", "4G", "%", "$", "€", "£", "¥", "₹", "₩"}


def _in_hyphened(doc: Doc, j: int) -> bool:
    """Whether token ``j`` is part of a length or kind joined by hyphens in lower case or
    numbers: "seven-month", "30-day", "long-standing"."""
    def joined(a: int) -> bool:  # a hyphen at ``a`` between two words, no spaces
        return 0 < a < len(doc) - 1 and doc[a].text in {"-", "–"} and \
            not doc[a - 1].whitespace_ and not doc[a].whitespace_ and \
            all(doc[k].is_lower or doc[k].like_num for k in (a - 1, a + 1))
    return joined(j) or joined(j - 1) or joined(j + 1)


def find_descriptions(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Description]:
    """Described policies in ``doc``, given its entity mentions (countries, companies)."""
    at: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            at[i] = m
    found: list[Description] = []
    home: str | None = None  # the article's country, when an auction asks for it
    for i, (lemma, _) in enumerate(doc_words(doc)):
        if lemma not in _HEAD_LEMMAS:
            continue  # no description's head, known from the lemma alone
        token = doc[i]
        if NOUN_HEADS.get(lemma) == "shutdown" and not _cuts_the_net(token):
            continue  # "a government shutdown", "the plant's shutdown"
        if lemma in _CUTS and token.pos_ == "NOUN" and token.i not in at and \
                (what := _net_cut(doc, token)):
            # "the suspension of mobile data", "a mobile internet cut": a shutdown, named
            # as written
            desc = _from_noun(doc, token, "shutdown", at)
            if desc is not None:
                desc.aliases += [what, f"{what.split(' of ')[-1]} {token.lower_}"
                                 if " of " in what else f"{what} shutdown"]
                found.append(desc)
            continue
        if token.pos_ == "NOUN" and lemma in NOUN_HEADS and token.i not in at and not (
                lemma == "block" and _SPECTRUM.search(token.sent.text)) and not (
                lemma in {"sanction", "sanctions"} and _in_package(token)):
            # "an 80MHz block", "the AWS blocks": spectrum, not a block on a firm
            desc = _from_noun(doc, token, NOUN_HEADS[lemma], at)
            if desc is not None and desc.head == "shutdown" and desc.owner is None and any(
                    t.lower_ in {"nationwide", "countrywide", "national"}
                    for t in doc[max(token.sent.start, token.i - 3) : token.i]):
                # "a nationwide shutdown": the state the article is about cut it
                if home is None:
                    home = home_country_code(doc, mentions, gaz) or ""
                if home:
                    desc.owner, desc.owner_country = country_key(home), home
        elif lemma in _EXPORT_HEADS | _CONTROL_RULES and token.tag_ == "NNS" and \
                token.i not in at and (
                token.i > 0 and doc[token.i - 1].lower_ == "export"
                or token.i > 1 and doc[token.i - 2 : token.i].text.lower() == "export control"
                or doc[token.i + 1 : token.i + 3].text.lower() == "on exports"):
            # "export controls", "export curbs", "export restrictions": one kind of measure
            desc = _from_noun(doc, token, "export controls", at, left_edge=token.i - 1)
        elif lemma in _EXPORT_HEADS and token.tag_ == "NNS" and token.i not in at and \
                (edge := _owned_measure(doc, token, at)) is not None:
            # "Ruritania's nickel and cobalt curbs", "Acmea's March restrictions": a state's
            # measures named by what they cover; export ones when the sentence says so
            exporting = _about_exports(doc)
            word = "export controls" if exporting else token.lower_
            desc = _from_noun(doc, token, word, at, left_edge=edge)
            if desc is not None and not desc.topic:
                desc.topic = " ".join(t.text for t in doc[edge : token.i]
                                      if t.is_lower and t.lower_ not in {"new", "export"})
        elif token.pos_ in {"NOUN", "PROPN"} and token.i not in at and (token.is_lower or (
                lemma == "order" and token.i > 0 and doc[token.i - 1].is_title)) and (
                lemma in INSTRUMENT_HEADS or lemma == "order" and token.i > 0
                and doc[token.i - 1].lower_ in ORDER_KINDS | {"executive"}
                or lemma == "tender" and _spectrum_tender(token)):
            # "an executive order", "the Final Order", "a seven-year denial order"
            word = "auction" if lemma == "tender" else \
                INSTRUMENT_HEADS.get(lemma, f"{doc[token.i - 1].lower_} order")
            if word in {"auction", "licence"} and home is None:
                home = home_country_code(doc, mentions, gaz) or ""
            desc = _from_instrument(doc, token, word, at, home or None)
            if desc is not None:
                _purpose(doc, token, word, desc)
        elif lemma == "partnership" and token.is_lower and token.i not in at:
            desc = _partnership(doc, token, at)
        elif lemma in _SUPPORT and token.pos_ == "NOUN" and token.is_lower and \
                token.i not in at:
            desc = _support(doc, token, at)
        elif lemma in _PACKAGES and token.pos_ == "NOUN" and token.is_lower and \
                token.i not in at:
            desc = _sanctions_package(doc, token, at)
        elif token.pos_ == "VERB" and lemma in _RESTRICT_VERBS:
            desc = _restricted_exports(doc, token, at)
        elif token.pos_ == "VERB" and lemma in _ACCESS_VERBS and (what := _cut_service(token)):
            desc = _cut_by_clause(doc, token, what, at, gaz)
        elif token.pos_ == "VERB" and (lemma in VERB_HEADS or lemma in _ACCESS_VERBS and any(
                c.dep_ == "dobj" and c.lower_ == "access" for c in token.children)
                or lemma in {"block", "shut"} and _blocked_platform(doc, token, at)
                or lemma == "suspend" and _suspended_firm(doc, token, at)
                or lemma in _REVOKE_VERBS and _revoked_licence(doc, token, at)):
            desc = _from_clause(doc, token, at, gaz)  # "blocked access to Acme and Beta"
        elif token.pos_ == "VERB" and lemma == "add":
            desc = _added_to_list(doc, token, at)
        elif token.pos_ == "VERB" and lemma in {"leave", "keep"}:
            desc = _left_out(doc, token, at)
        elif token.pos_ == "VERB" and lemma in _ORDER_VERBS:
            desc = _from_order(doc, token, at, gaz)
        else:
            desc = None
        if desc is not None:
            found.append(desc)
    merged = _merge(doc, found)
    heads: dict[str, int] = {}
    for d in merged:
        if d.instrument:
            head = SAME_INSTRUMENT.get(d.head, d.head)
            heads[head] = heads.get(head, 0) + 1
    for d in merged:
        d.crowded = d.instrument and heads.get(SAME_INSTRUMENT.get(d.head, d.head), 0) > 1
    for d in merged:
        # an instrument naming the same companies ("executive orders" on TikTok and
        # WeChat) leaves "the TikTok ban" still this ban's name
        others = {t for o in merged if o is not d and not o.instrument for t in o.targets}
        d.exclusive = not (set(d.targets) & others)
    _anaphors(doc, merged, mentions, at)
    _denied(doc, merged, at)
    return merged


#: Verbs that cut access: "blocked access to Acme", "suspended access to Acme and Beta".
_ACCESS_VERBS = {"block", "suspend", "restrict", "cut", "shut"}


_SPECTRUM = re.compile(r"\b(?:[MG]Hz|spectrum|band|frequenc)", re.I)


#: Words that make a partnership one of states: "a comprehensive strategic partnership".
_STATE_PARTNERSHIP = {"strategic", "comprehensive"}


def _partnership(doc: Doc, head: Token, at: dict[int, Mention]) -> Description | None:
    """The partnership two states raise their ties to: "relations between Peru and Chile
    were raised to a comprehensive strategic partnership" is theirs, named as written.

    The states are the subjects of the verb it is the goal or object of (or named
    "between" them in its subject); people in the sentence's subject announce it.
    """
    start = head.i
    while start > head.sent.start and (doc[start - 1].is_lower and doc[start - 1].pos_ in {
            "ADJ", "NOUN", "VERB"} or doc[start - 1].text == "-" and start - 2 >= head.sent.start
            and doc[start - 2].is_lower):
        start -= 1
    words = {t.lower_ for t in doc[start : head.i]}
    if not words & _STATE_PARTNERSHIP or _hypothetical(head):
        return None
    verb = head.head.head if head.dep_ == "pobj" else head.head
    if verb.pos_ not in {"VERB", "AUX"} or _negated_or_maybe(verb):
        return None
    subjects = [i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                for i in _own_phrase(c)]
    owners = [m for m in dict.fromkeys(at[i] for i in subjects if i in at)
              if m.type is T.COUNTRY]
    said = verb.head if verb.dep_ == "ccomp" else verb
    people = [m for m in dict.fromkeys(at[i] for c in said.children if c.dep_ == "nsubj"
                                       for i in _own_phrase(c) if i in at)]
    owners += [m for m in people if m.type is T.COUNTRY and m not in owners]
    countries = list(dict.fromkeys(m.country for m in owners if m.country))
    if not countries:
        return None
    name = re.sub(r"\s*-\s*", "-", doc[start : head.i + 1].text)
    desc = Description("partnership", country_key(countries[0]), countries[0],
                       tokens=[head.i], instrument=True, co_owners=countries[1:],
                       topic=" ".join(t.text for t in doc[start : head.i]))
    desc.surfaces.append(name)
    desc.announcers = [m.key for m in people if m.type is T.PERSON]
    return desc


def _own_phrase(token: Token) -> list[int]:
    """The words of a noun's phrase without what a comma sets apart: "relations between
    Peru and Chile", not ", long strained by a row with Bolivia"; all of "Peru, Chile and
    Bolivia"."""
    doc = token.doc
    aside = {x.i for t in token.subtree if t.i != token.i and t.dep_ not in {"conj", "cc"}
             and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
             for x in t.subtree}
    return [t.i for t in token.subtree if t.i not in aside]


def _about_an_auction(doc: Doc) -> bool:
    """Whether an article is about an auction: its headline line says so, or three
    sentences do (not one that names "next month's auction" in passing).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _about_an_auction(nlp("Peru opens bids in 5G auction\\nThe regulator opened bids."))
    True
    >>> _about_an_auction(nlp("Peru bars Acme\\nThe bidders in next month's auction may not."))
    False
    """
    lines = doc_texts(doc)
    first = next((k for k, t in enumerate(lines) if "\n" in t), 0)  # (no headline: none)
    heads = [k for k, t in enumerate(lines) if t.lower() in {"auction", "auctions", "tender",
                                                              "tenders"}]
    return any(k < first for k in heads) or len(heads) >= 3


def _spectrum_tender(token: Token) -> bool:
    """A tender for spectrum, in an article about spectrum: an auction by another name
    ("the 5G tender"), not "legal tender" or a tender offer for shares.

    >>> import spacy
    >>> doc = spacy.blank("en")("Acme won the tender for 3.5 GHz spectrum. Peru's legal tender.")
    >>> [_spectrum_tender(doc[i]) for i in (3, 12)]
    [True, False]
    >>> _spectrum_tender(spacy.blank("en")("Peru's tender for 5G core equipment, in 3.5 GHz")[2])
    False
    """
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].lower_ in {"legal", "share", "bond"} or \
            token.i + 1 < len(doc) and doc[token.i + 1].lower_ in {"offer", "offers"}:
        return False
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in {"for", "of"}:
        # "a tender for 5G core equipment" buys gear; "the tender for the 3.5 GHz band"
        # sells spectrum
        what = doc[token.i + 2 : min(token.i + 10, len(doc))]
        stop = next((t.i for t in what if t.is_punct and t.text != "-"), what.end)
        return _SPECTRUM.search(doc[what.start : stop].text) is not None
    if token.i > 0 and doc[token.i - 1].lower_ in {"spectrum", "5g", "frequency"}:
        return True  # "the 5G tender"
    return _SPECTRUM.search(doc.text) is not None


def _blocked_platform(doc: Doc, verb: Token, at: dict[int, Mention]) -> bool:
    """Whether ``verb`` blocks a firm itself: "Ruritania blocked Acme", "the government shut
    Acme out of the country" (a firm the verb's object names, not "blocked the deal").

    >>> from policygraph.nlp.mentions import Mention
    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Peru blocked Acme on Monday.")
    >>> acme = Mention(2, 3, "org/acme", T.COMPANY, "Acme", "Acme", "name")
    >>> _blocked_platform(doc, doc[1], {2: acme})
    True
    """
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if any(c.lower_ == "from" for c in verb.children):
        return False  # "blocked Acme from signing a deal": a deal stopped, not Acme
    if _ordered_to(verb):
        return False  # "ordered providers to block Acme": the order's (see _from_order)
    if obj is None or verb.lemma_.lower() == "shut" and not any(
            c.lower_ in {"out", "down"} for c in verb.children):
        return False
    m = at.get(obj.i)
    if m is None and obj.lemma_.lower() in _SERVICE_NOUNS:
        # "blocked the Acme messaging app": the firm whose service it is
        m = next((at[k] for k in range(obj.left_edge.i, obj.i) if k in at), None)
    return m is not None and m.type in TARGET_TYPES


#: Public money for a firm: "a $3bn grant for Acme", "Peru's subsidy to Acme",
#: "€140 million of investment aid for a plant Acme will build".
_SUPPORT = {"subsidy", "grant", "aid", "incentive"}
#: Verbs by which a state gives it: "approved a grant", "will give Acme a subsidy".
_GIVE = {"approve", "give", "grant", "award", "offer", "provide", "pledge", "promise",
         "announce", "extend", "allocate", "disburse", "agree", "sign", "confirm", "clear",
         "unveil", "earmark"}
#: Words before "aid" that make it another kind than money for a firm.
_NOT_SUPPORT = {"humanitarian", "military", "food", "emergency", "legal", "first", "hearing",
                "visual", "teaching", "relief", "disaster", "development", "foreign"}


def _support(doc: Doc, head: Token, at: dict[int, Mention]) -> Description | None:
    """Public money a state gives a firm: a subsidy, grant, aid or incentive with a state
    that gives it and a firm it goes to, or an amount.

    "The Peruvian government approved €140 million of investment aid for a plant that
    Acme plans to build": Peru's aid, Acme takes part in it. "Japan's subsidy for Acme",
    "Chile will give Acme a $3bn grant". Not an aid a firm did not apply for, a grant only
    considered, nor "military aid" or a "grant of spectrum" (no firm, no money).
    """
    if _hypothetical(head) or any(c.dep_ == "amod" and c.lower_ in _NOT_SUPPORT
                                  for c in head.children):
        return None
    money = _money_before(head)
    if money is None and head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "of":
        if doc[head.i + 2].ent_type_ != "MONEY":
            return None  # "the grant of spectrum", "aid of any kind"
        money = head.i  # "a subsidy of ¥590 billion"
    up = head.head
    while up.dep_ in {"prep", "pobj", "dobj", "quantmod", "nummod", "compound"} and \
            up.pos_ not in {"VERB", "AUX"} and up.head is not up:
        up = up.head  # "€140 million of investment aid": the verb of the amount
    verb = up if up.pos_ in {"VERB", "AUX"} and (up.lemma_ or "").lower() in _GIVE else None
    owner = _owner_left(doc, head, at)
    if owner is not None and _mention_info(owner)[1] not in OWNER_TYPES:
        recipients = [owner]  # "the Acme subsidy", "Acme's grant"
        owner = None
    else:
        recipients = []
    if owner is None and verb is not None:
        owner = _subject_owner(doc, verb, at) or _passive_agent(doc, head, at)
    if owner is None or _mention_info(owner)[1] not in OWNER_TYPES:
        return None
    # whom it goes to: "for Acme", "to Acme", "for a plant Acme will build", "give Acme ..."
    reach = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"for", "to"}]
    if verb is not None:
        reach += [c for c in verb.children if c.dep_ in {"dative", "dobj"} and c.i != head.i
                  or c.dep_ == "prep" and c.lower_ in {"for", "to"}]
    for c in reach:
        for t in c.subtree:
            m = at.get(t.i)
            if m is not None and _mention_info(m)[1] in TARGET_TYPES and m not in recipients \
                    and t.i - c.i <= 12:
                recipients.append(m)
    if not recipients and money is None:
        return None  # "the government's aid" with no firm and no sum: too vague to be one
    desc = Description(head.lemma_.lower(), None, None, tokens=[head.i])
    _own_made(doc, desc, owner, at, verb is not None)
    kind = head.i
    while kind > 0 and doc[kind - 1].is_lower and doc[kind - 1].pos_ in {"NOUN", "ADJ"} and \
            kind - 1 not in at and doc[kind - 1].lower_ not in {"new", "additional", "more"}:
        kind -= 1
    named = doc[kind : head.i + 1].text
    desc.aliases += [named, head.text]
    if money is not None and money < head.i:
        desc.aliases.append(doc[money : head.i + 1].text)  # "€140 million of investment aid"
    for m in recipients:
        desc.holders.append(m.key)
        desc.recipient_names.append(m.name)
        desc.aliases += [f"{named} for {m.name}", f"{m.name} {named}",
                         f"{head.text} for {m.name}", f"{m.name} {head.text}"]
    if owner.type is T.PERSON:
        desc.announcers.append(owner.key)
    return desc


#: What a bloc adopts its sanctions in: "its latest package of sanctions", "a new round".
_PACKAGES = {"package", "round", "tranche"}
#: Verbs by which a bloc or a state makes a package of sanctions.
_PACKAGE_MAKERS = {"adopt", "approve", "impose", "unveil", "agree", "announce", "pass",
                   "introduce", "roll", "endorse", "publish", "issue"}


def _in_package(token: Token) -> bool:
    """Whether the sanctions at ``token`` name a package ("a sanctions package", "its
    package of sanctions"): the package is the measure (:func:`_sanctions_package`)."""
    return token.head.lemma_.lower() in _PACKAGES and token.dep_ == "compound" or \
        token.dep_ == "pobj" and token.head.lower_ == "of" and \
        token.head.head.lemma_.lower() in _PACKAGES


def _sanctions_package(doc: Doc, head: Token, at: dict[int, Mention]) -> Description | None:
    """A package of sanctions a bloc or a state adopted: "The EU adopted its latest
    package of sanctions against Russia", "the listings were adopted by the Council as
    part of its new sanctions package". The firms it lists are read by the relations
    ("the package adds Acme"). Not a package only proposed or still debated, nor an aid
    or a pay package.
    """
    after = doc[head.i + 1 : head.i + 3]
    of_sanctions = len(after) == 2 and after[0].lower_ == "of" and after[1].lemma_.lower() in {
        "sanction", "sanctions"}
    if not (of_sanctions or head.i > 0 and doc[head.i - 1].lemma_.lower() in {
            "sanction", "sanctions"}):
        return None
    verb = head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb:
        verb = verb.head  # "adopted ... as part of its package": the verb it hangs on
    made = verb.pos_ in {"VERB", "AUX"} and (verb.lemma_ or "").lower() in _PACKAGE_MAKERS
    if made and _negated_or_maybe(verb) or not made and head.dep_ in {"dobj", "nsubjpass"}:
        return None  # a package "proposed", "debated", "not adopted"
    owner = _owner_left(doc, head, at)
    if owner is None and made:
        owner = _subject_owner(doc, verb, at) or _agent_of(verb, at)
    if owner is None and any(c.lower_ in {"the", "this", "that"} for c in head.children):
        # "The meeting dealt with the sanctions package": the article's one, if any
        return Description("sanctions package", None, None, tokens=[head.i],
                           surfaces=["sanctions package"])
    if owner is None or _mention_info(owner)[1] not in OWNER_TYPES:
        return None
    desc = Description("sanctions package", None, None, tokens=[head.i])
    _own_made(doc, desc, owner, at, made)
    end = head.i + 3 if of_sanctions else head.i + 1
    whom = ""
    if end + 1 < len(doc) and doc[end].lower_ in {"against", "on"}:
        target = at.get(end + 1) or at.get(end + 2)
        if target is not None and target.type is T.COUNTRY:
            whom = f" {doc[end].lower_} {target.name}"  # "against Russia"
    desc.aliases += [f"package of sanctions{whom}", f"sanctions package{whom}",
                     "sanctions package", "package of sanctions"]
    for name in desc.owner_names[:1] or [owner.name]:
        desc.aliases += [f"{name} sanctions package", f"{name} sanctions"]
    return desc


def _own_made(doc: Doc, desc: Description, owner: Mention, at: dict[int, Mention],
              made: bool) -> None:
    """:func:`_own`, dated by the sentence only when a verb ``made`` it ("approved a
    grant"), and named by its state, not by a demonym ("Peru's aid", no "Peruvian's")."""
    _own(doc, desc, owner, at)
    desc.from_clause = made
    if owner.kind == "demonym":
        desc.owner_names.remove(doc[owner.start : owner.end].text)


def _money_before(head: Token) -> int | None:
    """Where the sum that ``head`` (a grant, an aid) is of starts: "€140 million of aid",
    "$3.2 billion in grants", "a $3bn grant", "a ¥590 billion subsidy"."""
    doc = head.doc
    quantity = head.head if head.dep_ == "pobj" and head.head.lower_ in {"of", "in"} else head
    if quantity is not head:
        quantity = quantity.head
    left = quantity.left_edge.i
    words = doc[left : quantity.i + 1] if quantity is not head else doc[head.left_edge.i : head.i]
    if any(t.ent_type_ == "MONEY" or t.text in {"$", "€", "£", "¥", "₹", "₩"} for t in words):
        while left < len(doc) and doc[left].lower_ in {"a", "an", "the", "its", "their"}:
            left += 1
        return left if quantity is not head else max(left, head.left_edge.i)
    return None


def _ordered_to(verb: Token) -> bool:
    """Whether ``verb`` is what someone was ordered to do: "ordered providers to block
    access to Acme" (a measure :func:`_from_order` reads from the order)."""
    return verb.dep_ == "xcomp" and (verb.head.lemma_ or "").lower() in _ORDER_VERBS


#: A firm's service that a state blocks by the firm's name: "the Acme messaging app".
_SERVICE_NOUNS = {"app", "application", "platform", "service", "website", "site", "messenger"}


#: Words a report uses again for a measure it has just described: "Ruritania will bar
#: Acme ... The decision ...", "... the deal", "The compromise ...". Laws and bills are
#: left out: "the law" is another name of a named law (see ``linker._restated``).
ANAPHOR_HEADS = {"deal", "agreement", "compromise", "decision", "measure", "restriction",
                 "condition", "guidance", "ban", "prohibition", "recommendation", "advice",
                 "warning", "resolution", "deliberation", "rule", "curb", "control"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_UNREAL = {"proposed", "possible", "potential", "draft", "planned", "expected", "mooted"}


def _anaphors(doc: Doc, found: list[Description], mentions: list[Mention],
              at: dict[int, Mention]) -> None:
    """Give each described measure the names later sentences call it by.

    "the deal", "this decision", "the new rules": a definite noun of a measure, with
    no owner, target or complement of its own ("the court's decision", "the decision
    to appeal", "the decision of the court" are other things), names the measure
    described last before it, unless a named policy came between them. The nouns
    become other names of the measure (``skos:altLabel``), as an annotator or an
    analyst would call it.
    """
    if not found:
        return
    seen = {i for d in found for i in d.tokens}
    marks = sorted([(i, d) for d in found for i in d.tokens], key=lambda p: p[0])
    named = sorted(m.start for m in mentions
                   if m.type is T.POLICY and m.kind not in {"description", "anaphor"})
    for i, (lemma, lower) in enumerate(doc_words(doc)):
        if lemma not in ANAPHOR_HEADS or i in seen or i in at:
            continue
        token = doc[i]
        if token.pos_ != "NOUN" or not token.is_lower:
            continue
        j = i - 1
        while j >= 0 and j not in at and (doc[j].pos_ in {"ADJ", "NUM"} or doc[j].text in
                                          {"5G", "4G", "new"}) and doc[j].is_lower:
            j -= 1
        if j < 0 or doc[j].lower_ not in _DEFINITE or j in at:
            continue
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and (after.lower_ in {"of", "by", "to", "on", "against", "'s", "’s"}
                                  or after.pos_ == "PROPN"):
            continue  # "the decision to appeal", "the rules on exports": its own content
        if {t.lower_ for t in doc[j + 1 : i]} & _UNREAL:
            continue  # "the proposed rules", "the possible deal"
        # (not an auction: "the decision" after "next month's auction" is the measure)
        before = [(k, d) for k, d in marks if k < i and d.head not in _NO_ANAPHORS]
        if not before:
            continue
        k, desc = before[-1]
        if any(k < n < i for n in named):
            continue  # a named law came between: "the decision" may be about it
        name = doc[j + 1 : i + 1].text
        for alias in dict.fromkeys([name, lower, lemma]):
            if alias not in desc.aliases and alias not in desc.surfaces:
                desc.aliases.append(alias)


#: Described things no measure's anaphor names: an auction is not "the decision".
_NO_ANAPHORS = {"auction", "partnership"}


def _split_plural(doc: Doc, found: list[Description]) -> list[Description]:
    """"Washington's bans on TikTok and WeChat" are two bans, one per target."""
    out: list[Description] = []
    for d in found:
        plural = any(doc[i].tag_ == "NNS" and doc[i].lower_ != "sanctions" for i in d.tokens)
        if not plural or len(d.targets) < 2 or d.instrument:  # "two executive orders": one
            out.append(d)
            continue
        for key, name in zip(d.targets, d.target_names, strict=True):
            others = [n for n in d.target_names if n != name]
            own = [s for s in d.surfaces if name in s and not any(n in s for n in others)]
            out.append(Description(d.head, d.owner, d.owner_country, list(d.owner_names),
                                   [key], [name], list(d.tokens), own, d.from_clause))
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
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.i >= 1 and \
            doc[head.head.i - 1].lower_ == "such":
        return True  # "can impose countermeasures, such as tariffs": a kind, not one imposed
    for t in list(head.ancestors)[:3]:
        if t.pos_ in {"NOUN", "PROPN", "PRON"}:
            break  # "Acme, which imposed curbs, has urged ...": another clause's verb
        if (t.lemma_ or "").lower() in _MAYBE | {"stop", "oppose", "reject", "rule", "resist",
                                                 "avoid", "fear", "warn", "seek"}:
            return True
    return False


#: Words that say what kind of measure a ban or a suspension is: "a temporary ban".
_KINDS_OF_MEASURE = {"temporary", "permanent", "total", "partial", "blanket", "outright",
                     "nationwide", "indefinite", "immediate"}


def _from_noun(doc: Doc, head: Token, word: str, at: dict[int, Mention],
               left_edge: int | None = None) -> Description | None:
    if _hypothetical(head):
        return None
    if left_edge is not None:  # "U.S. chip export controls": over the product word too
        while left_edge > 0 and doc[left_edge - 1].is_lower and \
                doc[left_edge - 1].pos_ == "NOUN" and left_edge - 1 not in at:
            left_edge -= 1
    owner = _owner_left(doc, doc[left_edge] if left_edge is not None else head, at)
    imposed = head.dep_ == "dobj" and (head.head.lemma_ or "").lower() in {
        "impose", "slap", "levy", "announce", "introduce", "order"} and (not any(
            c.dep_ in {"det", "poss", "amod"} for c in head.children) or word == "shutdown")
    # "Peru has blocked 20 apps since its first app ban": the verb's subject's own
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" and \
        head.head.head.pos_ in {"VERB", "AUX"} else head.head
    if owner is None and (imposed and word in {"sanctions", "tariffs", "shutdown"} or any(
            c.dep_ == "poss" and c.lower_ in {"its", "their"}
            for c in head.children) and (head.dep_ == "dobj" or verb is not head.head)):
        # "The European Union has imposed its first sanctions", "the Treasury imposed
        # sanctions on ...": the subject's own
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        # the subject's own head first: "the Treasury's Office of ... (OFAC) announced"
        owner = next((at[c.i] for c in subjects if c.i in at and at[c.i].type in OWNER_TYPES),
                     None) or next((at[x.i] for c in subjects for x in c.subtree
                                    if x.i in at and at[x.i].type in OWNER_TYPES), None)
        if owner is not None and _negated_or_maybe(verb):
            return None
        subject_owner = owner is not None
    else:
        subject_owner = False
    desc = Description(word, None, None, tokens=[head.i])
    start = head.i
    if owner is not None and word == "suspension" and owner.type in TARGET_TYPES and \
            doc[owner.end].text in {"'s", "’s", "’", "'"}:
        owner = None  # "Acme's suspension of shipments": Acme suspends, it is not suspended
        # (as it is in "the 30-day Acme suspension")
    if owner is not None and word == "sanctions" and owner.type is T.COUNTRY and \
            owner.start > 0 and doc[owner.start - 1].lower_ == "the" and \
            doc[owner.end].text not in {"'s", "’s", "’", "'"} and \
            (head.i + 1 >= len(doc) or doc[head.i + 1].lower_ not in {"on", "against"}):
        owner = None  # "the Ruritania sanctions" are sanctions on Ruritania, unlike
        # "Ruritania's sanctions" or "the Ruritania sanctions on Acme"
    if owner is not None:
        key, etype, country, name = _mention_info(owner)
        if etype is T.PERSON and country:  # "President Roe's tariff": her country's
            desc.announcers.append(key)
            desc.owner, desc.owner_country = f"country/{country}", country
            start = owner.start
        elif etype in OWNER_TYPES:
            desc.owner, desc.owner_country = key, country
            desc.owner_names.append(doc[owner.start : owner.end].text)
            if owner.end + 2 < len(doc) and doc[owner.end].text == "(" and \
                    doc[owner.end + 2].text == ")" and doc[owner.end + 1].is_upper:
                desc.owner_names.append(doc[owner.end + 1].text)  # "ABC sanctions" for "the Acme Bureau (ABC)"
            start = start if subject_owner else owner.start
        elif etype in TARGET_TYPES:
            desc.targets.append(key)
            desc.target_names.append(name)
            start = owner.start
            # "the Commission's Acme ban": the owner before the target
            if start >= 2 and doc[start - 1].text in {"'s", "’s", "’", "'"}:
                before = at.get(start - 2)
                if before is not None and _mention_info(before)[1] in OWNER_TYPES:
                    desc.owner, desc.owner_country = before.key, before.country
                    desc.owner_names.append(doc[before.start : before.end].text)
                    start = before.start
    end = head.i + 1
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in {"on", "against"}:
        end += 1  # "its first app ban, on Acme and 58 others"
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
            if doc[k].lower_ in {"and", ",", "the", "'s", "’s", "chinese"} or \
                    doc[k].pos_ == "ADJ" or firm_noun(doc, k) or \
                    doc[k].is_lower and k + 1 < len(doc) and firm_noun(doc, k + 1):
                k += 1  # "suspension of the social network Acme"
                continue
            break
    if word == "sanctions" and end < len(doc) and doc[end].lower_ in {"against", "on", "over"}:
        # "sanctions against Russia", "sanctions over cyber-attacks": what they answer
        k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
        what = at.get(k)
        if what is not None and what.type is T.COUNTRY:
            phrase = f"sanctions {doc[end].lower_} {doc[what.start : what.end].text}"
        elif doc[end].lower_ == "over" and k < len(doc) and doc[k].pos_ in {"NOUN", "ADJ"}:
            stop = next((x.i for x in doc[k : min(k + 5, len(doc))] if x.is_punct
                         and x.text not in {"-", "–"} or x.pos_ in {"ADP", "VERB", "CCONJ"}),
                        min(k + 5, len(doc)))
            phrase = f"sanctions over {doc[k:stop].text}" if stop > k else ""
        else:
            phrase = ""
        if phrase:
            desc.aliases.append(phrase)
            desc.aliases += [f"{name} {phrase}" for name in desc.owner_names[:1]]
    if word == "ban" and not desc.targets:
        desc.topic = _trade_topic(doc, head.i + 1, at)  # "a ban on timber exports"
        verb = head.head
        if desc.topic and desc.owner is None and head.dep_ == "dobj" and \
                (verb.lemma_ or "").lower() in _IMPOSE_VERBS and not _negated_or_maybe(verb):
            owner = _subject_owner(doc, verb, at)  # "Peru imposed a ban on ore exports"
            if owner is not None and owner.type in {T.COUNTRY, T.GOVERNMENT_BODY}:
                _own(doc, desc, owner, at)
    if desc.targets and desc.owner is None and not subject_owner:
        _ordered_by_subject(doc, head, at, desc)
    if word in {"export controls", "tariffs"}:
        _export_details(doc, head, at, desc)
    # "export controls ..., announced by the Commerce Department on Oct. 7"
    by = _passive_agent(doc, head, at)
    if by is not None and not desc.targets:
        # "the ban it imposed on Acme in 2019": whom the clause lays it on
        for m in (at[g.i] for c in head.children if c.dep_ in {"relcl", "acl"}
                  for p in c.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}
                  for g in p.children if g.i in at and at[g.i].type in TARGET_TYPES):
            if m.key not in desc.targets:
                desc.targets.append(m.key)
                desc.target_names.append(m.name)
    if by is not None:
        key, _, country, _ = _mention_info(by)
        if by.type is not T.COUNTRY:  # a state promotes; a body or a person announces
            desc.announcers.append(key)
        desc.from_clause = True
        if desc.owner is None:
            desc.owner, desc.owner_country = key, country
            desc.owner_names.append(doc[by.start : by.end].text)
    if desc.owner is None and not desc.targets:
        k = head.i
        while k > 0 and k - 1 not in at and (doc[k - 1].pos_ == "PROPN" or doc[k - 1].like_num
                                             and k - 2 >= 0 and doc[k - 2].pos_ == "PROPN"):
            k -= 1
        if k < head.i and not doc[k].is_sent_start:
            # "the Acmephone ban", "the Acmephone 16 ban": a product's name, no firm's
            desc.surfaces.append(f"{doc[k : head.i].text} {word}")
        desc.surfaces.append(word)
        _what_is_shut(doc, head, word, desc)
        return desc
    kind = head.i  # "its first app ban": the kind of measure, in lower case before it
    while kind > 0 and doc[kind - 1].dep_ == "compound" and doc[kind - 1].is_lower and \
            doc[kind - 1].pos_ == "NOUN" and kind - 1 not in at:
        kind -= 1
    if kind < head.i and kind >= 2 and doc[kind - 1].text in {"-", "–"} and \
            not doc[kind - 2].whitespace_ and not doc[kind - 1].whitespace_ and \
            (doc[kind - 2].like_num or doc[kind - 2].is_lower):
        kind -= 2  # "a 30-day suspension", "a seven-month ban": the length is a part
    for c in head.children:  # "steel and aluminium tariffs": products joined by "and"
        words = list(c.subtree)
        if c.dep_ in {"compound", "nmod"} and c.i < head.i and words[-1].i == kind - 1 and all(
                    t.is_lower and t.i not in at and t.pos_ in {"NOUN", "CCONJ", "PUNCT"}
                    for t in words):
            kind = words[0].i
    if kind < head.i:
        desc.aliases.append(f"{doc[kind : head.i].text} {word}")
        start = min(start, kind)
    while start > 0 and doc[start - 1].pos_ == "ADJ" and doc[start - 1].i not in at:
        start -= 1
    desc.surfaces.append(doc[start:end].text.replace(" , ", " ").replace(", ", " "))
    if head.i > 0 and doc[head.i - 1].lower_ in _KINDS_OF_MEASURE:
        desc.aliases.append(f"{doc[head.i - 1].lower_} {word}")  # "the temporary ban"
    _what_is_shut(doc, head, word, desc)
    return desc


def _what_is_shut(doc: Doc, head: Token, word: str, desc: Description) -> None:
    """A shutdown's names by what it cuts: "internet shutdown", "nationwide internet
    shutdown" for "Peru's nationwide internet shutdown"."""
    if word != "shutdown":
        return
    k = head.i
    while k > head.sent.start and head.i - k < 3 and doc[k - 1].is_lower and \
            doc[k - 1].pos_ in {"NOUN", "ADJ", "PROPN"}:
        k -= 1
    for j in range(head.i - 1, k - 1, -1):
        desc.aliases.append(f"{doc[j : head.i].text} {head.lower_}")


#: Nouns of a cut that, of the internet or mobile data, is a shutdown.
_CUTS = {"suspension", "cut", "cutoff", "disruption", "restriction"}
#: What such a cut cuts: "mobile data", "the internet", "mobile internet access".
_CUT_SERVICES = {"internet", "data", "connectivity", "broadband"}


def _net_cut(doc: Doc, head: Token) -> str:
    """The name of a cut of the internet or mobile data as written ("suspension of mobile
    data", "mobile internet cut"), or "" for another cut ("a cut in rates", "the
    suspension of Acme").

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("The suspension of mobile data ended. Rates saw a cut.")
    >>> _net_cut(doc, doc[1]), _net_cut(doc, doc[9])
    ('suspension of mobile data', '')
    """
    of = next((c for c in head.children if c.lower_ == "of" and c.dep_ == "prep"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if of is not None and obj is not None:  # "of mobile data" (not "... in Puno")
        words = [t for t in doc[of.i + 1 : obj.i + 1] if t.pos_ != "DET"]
        if words and words[-1].lower_ in _CUT_SERVICES | {"access"} and all(
                t.is_lower or t.lower_ in _CUT_SERVICES for t in words) and any(
                t.lower_ in _CUT_SERVICES for t in words):
            return f"{head.lower_} of {' '.join(t.text for t in words)}"
    k = head.i
    while k > head.sent.start and doc[k - 1].is_lower and doc[k - 1].pos_ in {"NOUN", "ADJ"}:
        k -= 1
    before = [t.lower_ for t in doc[k : head.i]]
    if before and before[-1] in _CUT_SERVICES and head.lower_ in {"cut", "cutoff"}:
        return f"{doc[k : head.i].text} {head.lower_}"  # "a mobile data cut"
    return ""


def _cut_service(verb: Token) -> str:
    """What a verb cuts when it cuts the internet itself, as written ("suspending internet
    access", "cut mobile data", "shut down the internet"), or "" (not "blocked access to
    Acme", "cut rates", "restricted access").

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Peru cut mobile data. Peru blocked access to Acme.")
    >>> _cut_service(doc[1]), _cut_service(doc[6])
    ('mobile data', '')
    """
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in _CUT_SERVICES | {"access"}:
        return ""
    words = [t for t in _left_phrase(obj) if t.pos_ != "DET"]
    if not any(t.lower_ in _CUT_SERVICES for t in words) or not all(
            t.is_lower or t.lower_ in _CUT_SERVICES for t in words):
        return ""
    return " ".join(t.text for t in words)


def _cut_by_clause(doc: Doc, verb: Token, what: str, at: dict[int, Mention],
                   gaz: Gazetteer) -> Description | None:
    """"The government suspended internet access": a shutdown of the state that cuts it,
    or of the article's state when "the government" does (who announced it: see the
    relations' rules)."""
    if _negated_or_maybe(verb) and not _announced_clause(verb):
        return None
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return None  # "Peru had also cut mobile data in 2019": an earlier cut, told as past
    if any(c.dep_ == "nsubj" and (c.i in at and _mention_info(at[c.i])[1] not in {
            T.COUNTRY, T.GOVERNMENT_BODY} or c.i not in at and firm_noun(doc, c.i))
           for c in verb.children):
        return None  # "Acme cut mobile data", "Peru's carriers cut ...": operators obeying
    desc = _owned_by(doc, verb, "shutdown", _subject_owner(doc, verb, at), at, gaz,
                     _the_government(verb, at))
    if desc is None:
        return None
    noun = {"suspend": "suspension", "cut": "cut", "restrict": "restriction"}.get(
        (verb.lemma_ or "").lower(), "shutdown")
    service = what.removesuffix(" access")
    desc.surfaces.append(f"{service} {noun}")
    desc.aliases += [f"{noun} of {what}", f"{service} shutdown"]
    return desc


#: Words before "decision" that say whose or how final it is, not what kind of measure.
_NOT_DECISION_KINDS = {"court", "board", "business", "investment", "management", "policy",
                       "cabinet", "government", "jury", "panel", "tribunal", "arbitration"}


def _left_phrase(noun: Token) -> Span:
    """A noun with the words before it that it governs: "mobile internet access"."""
    return noun.doc[noun.left_edge.i : noun.i + 1]


def _owned_by(doc: Doc, verb: Token, head: str, owner: Mention | None,
              at: dict[int, Mention], gaz: Gazetteer, government: bool) -> Description | None:
    """The measure a clause tells of, its owner's ("Ruritania's Ministry ..." is
    Ruritania's), or where "the government" is the subject (``government``) the article's
    country's; None when neither is known."""
    if owner is None:
        code = home_country_code(doc, set(at.values()), gaz) if government else None
        if code is None:
            return None
        return Description(head, country_key(code), code, from_clause=True, tokens=[verb.i])
    key, _, country, _ = _mention_info(owner)
    desc = Description(head, key, country or _country_before(doc, owner, at), from_clause=True,
                       tokens=[verb.i])
    desc.owner_names.append(doc[owner.start : owner.end].text)
    return desc


def _announced_clause(verb: Token) -> bool:
    """Whether a verb in the progressive is what someone announced is being done ("announce
    that the government was suspending"): not a hedge."""
    return verb.dep_ == "ccomp" and (verb.head.lemma_ or "").lower() in {"announce", "say"}


def _cuts_the_net(head: Token) -> bool:
    """Whether a shutdown or blackout cuts the internet or a network, as its sentence (or
    the one before) says: "a nationwide internet shutdown", "a two-day shutdown" after
    "access returned" (not "a government shutdown").

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("A mobile internet shutdown followed the government shutdown.")
    >>> _cuts_the_net(doc[3]), _cuts_the_net(doc[7])
    (True, False)
    """
    doc = head.doc
    sent = head.sent
    if sent.start and (head.i - sent.start < 4 or head.lower_ == "blackout"):
        sent = doc[doc[sent.start - 1].sent.start : sent.end]  # "The blackout lasted ..."
    return any(t.lower_ in _NET_WORDS for t in sent if t.i != head.i) and not any(
        t.lower_ in {"government", "plant", "factory", "reactor"} and t.i == head.i - 1
        for t in sent)


#: Verbs by which someone makes the measure that is their object: "ordered the suspension".
_NOUN_MAKERS = {"order", "impose", "announce", "introduce", "issue", "decree", "enact", "slap",
                "adopt", "approve"}


def _ordered_by_subject(doc: Doc, head: Token, at: dict[int, Mention],
                        desc: Description) -> None:
    """Who made a measure on named firms that is the object of a verb of making:
    "Justice Roe of Peru's Supreme Court ordered the suspension of Acme" is announced by
    Roe and promoted by the court; "the regulator imposed a ban on Acme" by the regulator.
    A denied or hedged verb makes nothing ("did not order a ban on Acme").
    """
    verb = head.head
    if head.dep_ != "dobj" or verb.i > head.i or (verb.lemma_ or "").lower() not in \
            _NOUN_MAKERS or _negated_or_maybe(verb):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    person = None
    if subject is not None:
        # the subject's first name, however the parser hung "Justice Roe of Peru's court"
        first = next((at[t.i] for t in subject.subtree if t.i in at), None)
        if first is not None and first.type is T.PERSON and all(
                t.is_title or t.is_upper or t.is_punct
                for t in doc[subject.left_edge.i : first.start]):
            person = first
            desc.from_clause = True
    owner = _subject_owner(doc, verb, at)
    if owner is not None:
        _own(doc, desc, owner, at)
    if person is not None:  # the judge announced it; the court is whose it is
        desc.announcers[:] = [person.key]


_EXPORT_HEADS = {"control", "curb", "restriction", "ban", "limit"}
_RESTRICT_VERBS = {"restrict", "curb", "limit", "control", "tighten", "require"}
#: What exporters may be required to obtain: a licensing of exports.
_LICENCES = {"licence", "license", "permit", "approval", "authorisation", "authorization"}
#: "export control rules", "export control measures": export controls too.
_CONTROL_RULES = {"rule", "measure", "regulation"}


def _about_exports(doc: Doc) -> bool:
    """Whether the article speaks of exports at all (then its curbs are export curbs)."""
    cached = doc.user_data.get("pg_exports")
    if cached is None:
        cached = doc.user_data["pg_exports"] = any(
            lower.startswith("export") for _, lower in doc_words(doc))
    return bool(cached)


def _owned_measure(doc: Doc, head: Token, at: dict[int, Mention]) -> int | None:
    """Where "<owner>'s <what> curbs" starts after the owner, when a state or public
    body owns the plural ``head`` ("Ruritania's chip and metal curbs" -> "chip"); None
    without such an owner ("price controls", "the restrictions")."""
    j = head.i - 1
    while j > head.sent.start and j not in at and (
            doc[j].is_lower and doc[j].pos_ in {"NOUN", "ADJ", "CCONJ", "PROPN"}
            or doc[j].ent_type_ == "DATE" and doc[j].pos_ == "PROPN"):
        j -= 1
    edge = j + 1
    if doc[j].text in {"'s", "’s", "’", "'"}:
        j -= 1
    owner = at.get(j)
    if owner is None or owner.type not in OWNER_TYPES:
        return None
    return edge


#: Verbs that lay a duty on someone: "ordered Acme to sell its stake".
_ORDER_VERBS = {"order", "force", "require", "direct", "compel", "instruct", "oblige"}
#: What a state orders a firm to do with what it owns.
#: Orders that end a firm's business in the country: "ordered Acme's unit to wind up".
_WIND_UP = {("wind", "up"), ("close", "down"), ("shut", "down"), ("dissolve", ""),
            ("liquidate", "")}
_DIVEST_VERBS = {"divest", "sell", "dispose", "exit", "unwind", "relinquish", "offload"}
#: What a state orders others to do to a firm: "ordered providers to block Acme".
_CUT_VERBS = {"block", "ban", "remove", "bar", "exclude", "replace", "stop", "cease", "cut"}


#: Every lemma :func:`find_descriptions` may take for a description's head.
_HEAD_LEMMAS = {*_SUPPORT, *_PACKAGES, *NOUN_HEADS, *_EXPORT_HEADS, *INSTRUMENT_HEADS,
                "order", "tender", "partnership", *VERB_HEADS, "block",
                *_CUTS,
                "add", "leave", "keep",
                "suspend", "revoke", "withdraw", "cancel", "annul", "rescind", *_ACCESS_VERBS,
                *_RESTRICT_VERBS, *_CONTROL_RULES, *_ORDER_VERBS}
_IMPOSE_VERBS = {"impose", "introduce", "announce", "unveil", "adopt", "tighten", "expand",
                 "levy", "slap", "raise",
                 "extend", "issue", "publish", "release", "enact", "implement", "approve",
                 "update", "revise", "strengthen"}


def _export_details(doc: Doc, head: Token, at: dict[int, Mention], desc: Description) -> None:
    """What export controls cover ("on advanced chips") and, when no owner stands
    before them, who imposed them ("The ministry imposed export curbs on ...")."""
    end = head.i + 1
    if end + 2 < len(doc) and doc[end].lower_ == "on" and doc[end + 1].lower_ == "exports" \
            and doc[end + 2].lower_ == "of":
        end += 2  # "curbs on exports of nickel"
    topic = _covered(doc, end, at)
    if topic:
        desc.topic = topic
    verb = head.head
    if desc.owner is None and head.dep_ in {"dobj", "nsubjpass"} and \
            (verb.lemma_ or "").lower() in _IMPOSE_VERBS and not _negated_or_maybe(verb):
        owner = _agent_of(verb, at) or _subject_owner(doc, verb, at)
        if owner is not None:
            _own(doc, desc, owner, at)


def _covered(doc: Doc, at_word: int, at: dict[int, Mention]) -> str:
    """What "on/of ..." at ``at_word`` says the measure covers: "on nickel and cobalt"
    -> "nickel and cobalt"; "" when no plain words follow."""
    if at_word >= len(doc) or doc[at_word].lower_ not in {"on", "of"}:
        return ""
    words: list[Token] = []
    end = min(at_word + 12, doc[at_word].sent.end)
    for t in doc[at_word + 1 : end]:
        joins = t.text in {",", "-"} and words and t.i + 1 < end and doc[t.i + 1].is_lower \
            and (t.text == "-" or doc[t.i + 1].pos_ in {"NOUN", "ADJ", "PROPN"} and any(
                x.lower_ == "and" for x in doc[t.i + 1 : end]))  # not ", and days later"
        if t.i in at or t.ent_type_ in {"DATE", "TIME"} or not (
                t.is_lower and (t.pos_ in {"NOUN", "ADJ", "CCONJ", "PROPN"} or t.tag_ == "VBG")
                or t.like_num or t.lower_ == "of" and words or joins):
            break  # not "on copper exports last year"
        words.append(t)
    while words and words[-1].lower_ in {"and", "of", ",", "-"}:
        words.pop()
    # "gallium, germanium and antimony", "high-bandwidth memory": as written
    return doc[words[0].i : words[-1].i + 1].text if any(w.is_alpha for w in words) else ""


def _agent_of(verb: Token, at: dict[int, Mention]) -> Mention | None:
    """The country or body in a passive verb's "by ..."."""
    for child in verb.children:
        if child.dep_ == "agent":
            owners = [at[t.i] for t in child.subtree if t.i in at
                      and _mention_info(at[t.i])[1] in OWNER_TYPES]
            if owners:
                return owners[0]
    return None


def _own(doc: Doc, desc: Description, owner: Mention, at: dict[int, Mention]) -> None:
    """Make ``owner`` the description's owner, and its announcer when a public body; a
    body the text gives a country ("Ruritania's Tariff Commission") brings that country."""
    key, _, country, _ = _mention_info(owner)
    desc.owner, desc.owner_country = key, country or _country_before(doc, owner, at)
    desc.owner_names.append(doc[owner.start : owner.end].text)
    if owner.type is T.GOVERNMENT_BODY:
        desc.announcers.append(key)
    desc.from_clause = True


def _restricted_exports(doc: Doc, verb: Token, at: dict[int, Mention]) -> Description | None:
    """A clause that imposes export controls: "Ruritania said it would restrict exports of
    chipmaking tools" is Ruritania's export controls on chipmaking tools."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    # "will require exporters of gallium to obtain licences": a licensing of exports
    licensing = obj is not None and obj.lower_ == "exporters" and (verb.lemma_ or "") == \
        "require" and any((t.lemma_ or "").lower() in _LICENCES for t in verb.subtree)
    if obj is None or not (obj.lower_ == "exports" and (verb.lemma_ or "") != "require"
                           or licensing) or _negated_or_maybe(verb):
        return None
    owner = _subject_owner(doc, verb, at)
    if owner is None:
        return None
    desc = Description("export controls", None, None, tokens=[verb.i])
    _own(doc, desc, owner, at)
    desc.topic = _covered(doc, obj.i + 1, at)
    return desc


def _with_objects(head: Token) -> list[Token]:
    """``head`` and the objects of its prepositions ("controls" and "chips" of "controls on
    chips"), where a parser may hang a clause that is the head's."""
    return [head, *(g for c in head.children if c.dep_ == "prep" for g in c.children
                    if g.dep_ == "pobj")]


def _country_before(doc: Doc, owner: Mention, at: dict[int, Mention]) -> str | None:
    """The country a text gives a body by a possessive: Ruritania in "Ruritania's Tariff
    Commission"."""
    if owner.start >= 2 and doc[owner.start - 1].text in {"'s", "’s"}:
        state = at.get(owner.start - 2)
        return state.country if state is not None and state.type is T.COUNTRY else None
    return None


def _passive_agent(doc: Doc, head: Token, at: dict[int, Mention]) -> Mention | None:
    """The body or country in "<head>, announced/imposed by X" (a participle on the head)."""
    for c in head.children:
        if c.dep_ in {"acl", "relcl"} and c.tag_ == "VBN" and \
                (c.lemma_ or "").lower() in SIGN_VERBS | {"impose", "introduce", "unveil"}:
            by = _agent_of(c, at)
            if by is not None:
                return by
    # "the export controls on chips that Ruritania imposed last October": a relative clause
    # on the head or, misattached, on its "on chips" object
    near = _with_objects(head)
    near += [t for t in doc[head.i + 2 : min(head.i + 5, len(doc))] if t.dep_ == "pobj"
             and t.head.i == head.i + 1 and t.head.lower_ in {"on", "for", "against"}]
    near += [c for n in near[1:] for c in n.conjuncts]  # "on chips and tools that ..."
    for c in (c for n in near for c in n.children):
        if c.dep_ == "relcl" and (c.lemma_ or "").lower() in SIGN_VERBS | {
                "impose", "introduce", "unveil"} and not _negated_or_maybe(c):
            subj = [at[t.i] for s in c.children if s.dep_ == "nsubj" for t in s.subtree
                    if t.i in at and _mention_info(at[t.i])[1] in OWNER_TYPES]
            if subj:
                return subj[0]
            if any(s.dep_ == "nsubj" and s.lower_ in {"it", "they"} for s in c.children) and \
                    head.dep_ == "dobj":
                # "Peru will lift the curbs it imposed on Acme": the one who imposed them is
                # the subject of the clause the curbs are the object of
                main = [at[t.i] for s in head.head.children if s.dep_ == "nsubj"
                        for t in s.subtree if t.i in at and at[t.i].type in OWNER_TYPES]
                if main:
                    return main[0]
    return None


def _field_of(head: Token) -> bool:
    """Whether a singular instrument word stands for a field or a body of rules, with no
    article or owner of its own: "studies Russian internet regulation", "under Ruritanian
    law" (not "a regulation", "Peru's law", "Regulation 29").

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("She studies Peruvian internet regulation under the new law.")
    >>> _field_of(doc[4]), _field_of(doc[8])
    (True, False)
    """
    if head.tag_ != "NN" or head.lower_ not in {"regulation", "law", "legislation"}:
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} or c.dep_ == "case" for c in head.children):
        return False
    doc = head.doc
    k = head.i - 1
    while k >= head.sent.start and doc[k].dep_ in {"amod", "compound"} and \
            doc[k].head.i in range(k + 1, head.i + 1) and doc[k].text not in {"'s", "’s"}:
        k -= 1
    return k < head.sent.start or doc[k].text not in {"'s", "’s"} and \
        doc[k].dep_ not in {"det", "poss"}


#: Nouns for what a spectrum auction sells: "an auction of frequencies".
_SPECTRUM_WORDS = {"spectrum", "frequencies", "airwaves", "bands", "frequency", "licences",
                   "licenses"}


def _purpose(doc: Doc, head: Token, word: str, desc: Description) -> None:
    """"a declaration to end the fishing dispute": what it is for is one of its names.

    >>> from policygraph.pipeline import extract
    >>> from policygraph.model import Article
    >>> ex = next(extract([Article(id="x", text="Peru and Chile signed a declaration to end "
    ...                            "the fishing dispute on Monday.")]))
    >>> [sorted(e.alt_labels & {"declaration to end the fishing dispute"}) for e in ex.entities
    ...  if e.type.value == "Policy"]
    [['declaration to end the fishing dispute']]
    """
    k = head.i + 1
    if k + 1 >= len(doc) or doc[k].lower_ != "to" or doc[k + 1].pos_ != "VERB":
        return
    end = k + 2
    while end < min(head.sent.end, k + 8) and not doc[end].is_punct and \
            doc[end].lower_ not in {"that", "which", "and", "in", "on", "at", "by", "with",
                                    "from", "after", "before"} and doc[end].ent_type_ != "DATE":
        end += 1
    if end - k >= 3:
        desc.aliases.append(f"{word} {doc[k:end].text}")


def _from_instrument(doc: Doc, head: Token, word: str, at: dict[int, Mention],
                     home: str | None = None) -> Description | None:
    """"the U.S.-Poland joint declaration on 5G security", "Romania's 5G law".

    An instrument counts when it has an owner (a possessive, an adjective, a
    "US-Poland" pair, or the countries and officials who signed it) and a
    technology or security topic; bare "the law" joins the article's one law.
    """
    if _hypothetical(head) or _field_of(head):
        return None
    desc = Description(word, None, None, tokens=[head.i], instrument=True)
    owners: list[Mention] = []
    topic: list[str] = []
    kind = 1 if word.endswith(" order") else 0  # "executive", "final": part of the name
    skipped: list[int] = []  # words that describe the instrument and are no part of its name
    issuers: list[Mention] = []
    home_owned = False
    j = head.i - 1 - kind
    while j >= max(head.sent.start, head.i - 8):
        t = doc[j]
        m = at.get(j)
        if m is not None and m.type in OWNER_TYPES and m.kind == "capital" and \
                word in _DIPLOMATIC and m.end < len(doc) and doc[m.end].text not in {"'s", "’s"}:
            return None  # "the Quito data pact": a treaty named after a city, no one's
        if m is not None and m.type in OWNER_TYPES:
            owners.append(m)
            j = m.start - 1
            continue
        if m is not None and m.type is T.PERSON and m.end < len(doc) and \
                doc[m.end].text in {"'s", "’s"} and word in SELF_NAMED:
            issuers.append(m)  # "President Jane Roe's executive order": hers
            j = m.start - 1
            continue
        if t.text in {"-", "–", "'s", "’s", "’", "'"}:
            j -= 1
            continue
        if t.lower_ in TOPIC_WORDS or (t.pos_ in {"ADJ", "NOUN"} and t.is_lower
                                       and t.lower_ in {"new", "joint", "bilateral"}):
            topic.insert(0, t.text)
            j -= 1
            continue
        if word == "auction" and t.is_lower and (t.dep_ == "amod" or doc[j + 1].text in {
                "-", "–"} or j > 0 and doc[j - 1].text in {"-", "–"}):
            skipped.append(j)
            j -= 1  # "its long-delayed spectrum auction"
            continue
        if word == "auction" and t.lower_ in {"its", "their"}:
            # "Ruritania's regulator ended its ... auction", "Ruritania sold spectrum in its
            # first auction": the state or body of the subject
            verb = head.head
            if verb.dep_ == "prep" and verb.lower_ in {"in", "at", "during"}:
                verb = verb.head  # (not "barred Acme from its auction": the ban's subject)
            subject = [c for c in verb.children if c.dep_ == "nsubj"] \
                if head.dep_ == "dobj" or verb is not head.head else []
            owners += [at[x.i] for x in (subject[0].subtree if subject else ())
                       if x.i in at and at[x.i].type in OWNER_TYPES and at[x.i] not in owners]
        if word == "auction" and t.lower_ == "country" and doc[j + 1].text in {"'s", "’s"} \
                and home:
            home_owned = True  # "the country's first 5G auction": the article's country's
        break
    start = j + 1
    while start < head.i and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    end = head.i + 1
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ == "understanding":
        end += 2
    if word == "auction" and end + 1 < len(doc) and doc[end].lower_ == "of" and \
            doc[end + 1].lower_ in _SPECTRUM_WORDS:
        topic.append("spectrum")  # "an auction of frequencies for 5G use"
        end += 2
    elif word == "auction" and not topic and end < len(doc) and doc[end].lower_ == "for" and \
            any(t.text in {"MHz", "GHz"} for t in doc[end : min(end + 9, head.sent.end)]):
        topic.append("spectrum")  # "the tender for the 3300-3600 MHz band"
    if end < len(doc) and doc[end].lower_ in {"on", "for"}:
        k = end + 1
        words = []
        while k < len(doc) and k - end <= 4 and k not in at and (
                doc[k].lower_ in TOPIC_WORDS or doc[k].lower_ in {"and", "the"}):
            words.append(doc[k].lower_)
            k += 1
        if any(w in TOPIC_WORDS for w in words):
            topic += [w for w in words if w not in {"the"}]
            end = k
        elif word in _DIPLOMATIC and doc[end].lower_ == "on":
            # "a memorandum on disaster risk reduction", "an agreement on the blue economy":
            # what states sign is named by what it is on, whatever the words
            k = end + 1
            while k < head.sent.end and k - end <= 6 and doc[k].is_lower and doc[k].pos_ in {
                    "NOUN", "ADJ", "DET", "CCONJ"} and k not in at:
                k += 1
            words = [t.text for t in doc[end + 1 : k] if t.pos_ != "DET"]
            if words and doc[k - 1].pos_ == "NOUN" and not any(
                    t.pos_ == "DET" for t in doc[end + 2 : k]) and (
                    len(words) > 1 or doc[end + 1].pos_ != "DET") and (
                    k >= len(doc) or doc[k].lower_ not in {"of", "'s", "’s"}):
                # (not "an agreement on the work of a team": its topic goes on; nor "the
                # memorandum on the corridor": the thing named before)
                topic += words
                end = k
    while end > head.i + 1 and doc[end - 1].lower_ in {"and", "the", "on", "for"}:
        end -= 1
    signers = _signers(doc, head, at, _ORDER_MAKERS if word.endswith(" order")
                       else _AUCTION_MAKERS if word == "auction"
                       else _LICENSORS if word == "licence" else set())
    if word == "licence":
        desc.holders = [m.key for m in _licence_holders(doc, head, at)]
        if not {w.lower() for w in topic} & _LICENCE_TOPICS:
            # "granted a ten-year licence to Acme to provide satellite broadband": what
            # the licence is for, said after it
            aims = [c for c in [*head.children, *head.head.children] if c.i > head.i
                    and c.dep_ in {"acl", "relcl", "xcomp", "advcl"}
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            topic += list(dict.fromkeys(t.lower_ for c in aims for t in c.subtree
                                        if t.lower_ in _LICENCE_TOPICS))
        if not set(w.lower() for w in topic) & _LICENCE_TOPICS and (
                desc.holders or signers or owners or topic):
            return None  # an export licence, a driving licence: no operator's licence
        # (a bare "the licences" may join the article's one telecom licence)
        if desc.holders:  # "signed 5G licences with the regulator": the regulator's
            signers += [at[t.i] for c in [*head.children, *head.head.children]
                        if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree
                        if t.i in at and at[t.i].type in OWNER_TYPES and at[t.i] not in signers]
        if desc.holders and not signers and home:
            home_owned = True  # "Acme and Beta signed 5G licences": the country's licences
    signers += [m for m in issuers if m not in signers]
    owners += [m for m in signers if m.type in OWNER_TYPES and m not in owners]
    desc.announcers = [m.key for m in signers if m.type is T.PERSON]
    real_topic = [w for w in topic if w.lower() not in {"new", "joint", "bilateral", "and"}]
    signed_only = False  # an instrument known only by who signed it
    targets = _against(doc, head, at) if owners or desc.announcers else []
    if word.endswith(" order") and not targets and head.i + 2 < len(doc) and \
            doc[head.i + 1].lower_ in {"on", "against"}:
        # "a denial order on Acme": whom it is against, right after it
        m = at.get(head.i + 2)
        targets = [m] if m is not None and _mention_info(m)[1] is T.COMPANY else []
    if targets or word in SELF_NAMED and (owners or desc.announcers):
        # "a deal with operators to phase out parts from Huawei and ZTE", "a warning against
        # Huawei", "an executive order": a measure even without a topic word
        for m in targets:
            k2, _, _, name = _mention_info(m)
            if k2 not in desc.targets:
                desc.targets.append(k2)
                desc.target_names.append(name)
        real_topic = real_topic or [""]
    elif word == "decision" and head.i > 0 and doc[head.i - 1].tag_ == "NN" and \
            doc[head.i - 1].lower_ not in _NOT_DECISION_KINDS:
        # "the Commission adopted its adequacy decision": a body's decision of a kind (its
        # owners are who adopt or issue it: see ``_signers``; not a firm)
        real_topic = real_topic or [doc[head.i - 1].text]
        start = min(start, head.i - 1)  # named by its kind: "adequacy decision"
    elif word in {"deal", "warning", "executive order", "decision", "recommendation"}:
        return None  # a business deal, a weather warning: not a policy
    if word == "auction" and real_topic and not owners and not desc.announcers and home and \
            _about_an_auction(doc):
        home_owned = True  # "the offers in the 5G auction": the article's country's auction
    if not real_topic or not (owners or desc.announcers or home_owned):
        if not real_topic and (not owners and not desc.announcers or word == "auction"):
            # (and "Acme launched the auction": the article's auction, whoever runs it)
            desc.surfaces.append(word)
            return desc  # a bare "the law": may join the article's one law
        if not real_topic and not (signers and word in _DIPLOMATIC
                                   and _signed_between_states(doc, head, at)):
            return None
        if not real_topic:
            # "Roe and Doe signed a joint declaration", "initialled a peace agreement": what
            # states or leaders sign is theirs, whatever it is about
            signed_only = True
            k = start
            while k - 1 > head.sent.start and _modifier_of(doc[k - 1], head):
                k -= 1
            real_topic = [t.text for t in doc[k:start]] or [""]
            start = k
    if signed_only or owners and word in _DIPLOMATIC:
        # "signed an agreement with Peru and Chile", "a fisheries pact with Chile": they
        # signed it too
        # "signed a memorandum on ... with Peru in 2019", or hung on the words of its topic:
        # "a memorandum on cooperation in the mineral sector with Peru"
        by_verb = list(head.head.children) if head.dep_ == "dobj" and (
            head.head.lemma_ or "").lower() in SIGN_VERBS else []
        owners += [at[t.i] for c in [*head.subtree, *by_verb]
                   if c.dep_ == "prep" and c.lower_ == "with"
                   for t in c.subtree if t.i in at and at[t.i].type in OWNER_TYPES
                   and at[t.i] not in owners]
    countries = []
    for m in [*owners, *(p for p in signers if p.type is T.PERSON)]:
        code = m.country  # a gazetteer person carries the country they serve
        if code and code not in countries:
            countries.append(code)
    if home_owned and home and not countries:
        countries.append(home)
    if countries:
        desc.owner_country = countries[0]
        # what states signed is each signer's: "Peru, Chile, Bolivia and Ecuador signed ..."
        desc.co_owners = countries[1:] if signed_only else countries[1:3]
    bodies = [m for m in owners if m.type is T.GOVERNMENT_BODY]
    desc.owner = bodies[0].key if bodies else (f"country/{countries[0]}" if countries else None)
    desc.owner_names += [m.surface for m in bodies[:1]]  # "the Acme Agency's warning"
    if signed_only and len(countries) >= 3:  # (what two states sign is theirs: promotedBy)
        desc.signatories = [country_key(c) for c in countries]
    if signed_only:
        desc.co_bodies = [m.key for m in signers if m.type in {T.ORGANIZATION, T.GOVERNMENT_BODY}
                          and m.key != desc.owner]
        # "an agreement (with Peru) to revamp the Acme railway": named by what it is for
        purpose = next((c for c in [*head.children, *head.head.children]
                        if c.dep_ in {"acl", "relcl", "advcl", "xcomp"} and c.i > head.i
                        and c.tag_ == "VB" and any(x.lower_ == "to" for x in c.children)), None)
        if purpose is not None:
            to = min(x.i for x in purpose.subtree)
            stop = next((x.i for x in doc[purpose.i : purpose.right_edge.i + 1]
                         if x.text in {",", ";", "."}), purpose.right_edge.i + 1)
            if to - head.i <= 8 and stop - to <= 7:
                desc.aliases.append(f"{word} {doc[to:stop].text}")
    desc.topic = " ".join(w for w in real_topic if w)
    if word == "auction":  # what annotators and analysts call it: "the 5G auction"
        low = desc.topic.lower()
        desc.aliases += [name for name, cue in (("spectrum auction", "spectrum"),
                                                ("5G auction", "5g")) if cue in low]
    desc.from_clause = bool(signers)
    surface = doc[start:end].text
    for m in [*owners, *issuers]:  # the name without its owners: "joint declaration on 5G"
        surface = surface.replace(doc[m.start : m.end].text, "")
    if skipped:
        surface = surface.replace(doc[min(skipped) : max(skipped) + 1].text, "")
    surface = surface.replace("'s", "").replace("’s", "").strip(" -–’'")
    if signed_only and surface in {"", word} and start < head.i:
        # "a US-Latvia declaration": the pair names it, when nothing else does
        surface = doc[start:end].text
    desc.surfaces.append(surface or word)
    for m in issuers:  # "Jane Roe's executive order", first when no country owns it
        own = f"{doc[m.start : m.end].text}'s {surface or word}"
        if countries:
            desc.aliases.append(own)
        else:
            desc.surfaces.insert(0, own)
    return desc


#: Verbs by which a regulator gives licences: "the regulator granted 5G licences to ...".
_LICENSORS = {"grant", "award", "issue", "allocate", "assign", "renew"}
#: Verbs by which a firm takes one: "Acme signed its 5G licence", "Beta won a licence".
_LICENSEES = {"sign", "receive", "win", "obtain", "secure", "get", "acquire", "hold", "take"}
#: What a licence must be for to be a telecom operator's: "5G licences", "spectrum licence".
_LICENCE_TOPICS = {"5g", "4g", "3g", "6g", "lte", "spectrum", "telecom", "telecoms",
                   "telecommunications", "mobile", "broadband", "satellite", "broadcasting",
                   "network", "networks", "frequency", "frequencies"}


def _licence_holders(doc: Doc, head: Token, at: dict[int, Mention]) -> list[Mention]:
    """The firms that took or were given the licence ``head`` names: the subject of
    "signed"/"won" it, the "to ..." of "granted" it, the subject of "were awarded" it.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Osiptel granted 5G licences to Claro Peru and Entel Peru.")
    >>> at = {i: m for m in doc._.pg_mentions for i in range(m.start, m.end)}
    >>> [m.name for m in _licence_holders(doc, doc[4], at)]
    ['Claro Peru', 'Entel Peru']
    """
    verb = head.head
    if verb.pos_ != "VERB" or head.dep_ not in {"dobj", "nsubjpass", "dative"} or \
            _negated_or_maybe(verb):
        return []
    lemma = (verb.lemma_ or "").lower()
    parts: list[Token] = []
    for c in verb.children:
        if c.dep_ == "nsubj" and lemma in _LICENSEES or c.dep_ == "nsubjpass" and \
                lemma in _LICENSORS and head.dep_ == "dobj":
            parts.append(c)  # "Acme signed ...", "Acme was awarded a licence"
        elif c.dep_ in {"prep", "dative"} and c.lower_ == "to" and lemma in _LICENSORS:
            parts.append(c)  # "granted 5G licences to Acme"
        elif c.dep_ == "dative" and lemma in _LICENSORS:
            parts.append(c)  # "granted Acme a 5G licence"
    found: list[Mention] = []
    for part in parts:
        for t in part.subtree:
            m = at.get(t.i)
            if m is not None and m.type in TARGET_TYPES and m not in found:
                found.append(m)
    return found


#: Instruments states sign with each other, about anything: "a peace agreement".
_DIPLOMATIC = {"declaration", "memorandum", "agreement", "accord", "pact", "treaty",
               "communique"}
#: Words before an instrument that say which one it is not: "a new agreement".
_NOT_KINDS = {"new", "separate", "other", "first", "second", "third", "historic", "landmark",
              "formal", "final", "preliminary", "broad", "wide", "similar", "such", "last",
              "previous", "same", "further", "additional", "several", "many", "two", "three"}


def _signed_between_states(doc: Doc, head: Token, at: dict[int, Mention]) -> bool:
    """Whether an instrument with no topic of its own is one that states signed, with no
    name elsewhere: not a firm's ("Acme signed an agreement with Beta"), not another
    thing's ("its declaration", "the agreement for the Acme Cable"), and not one the article
    names where it is signed ("signed the Falepili Union")."""
    verb = head.head
    subject = [t for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree]
    if any(at[t.i].type in TARGET_TYPES for t in subject if t.i in at):
        return False
    if any(c.dep_ == "poss" and c.lower_ == "its" or c.dep_ == "nummod" and c.lower_ != "one"
           for c in head.children):
        return False  # another thing's, or several ("signed three memorandums")
    after = doc[head.i + 1 : min(head.i + 8, head.sent.end)]
    if any(t.i in at and at[t.i].type is T.POLICY for t in after):
        return False
    sent = head.sent
    near = doc[max(sent.start - 1, 0)].sent.start, doc[min(sent.end, len(doc) - 1)].sent.end
    return not any(m.type is T.POLICY and near[0] <= m.start < near[1]
                   and doc[m.end - 1].dep_ == "dobj"
                   and (doc[m.end - 1].head.lemma_ or "").lower() in {"sign", "ink", "ratify"}
                   for m in set(at.values()))


def _modifier_of(token: Token, head: Token) -> bool:
    """Whether ``token`` is a lower-case word naming the kind of instrument ``head`` is:
    "peace" in "a peace agreement", "economic" in "the economic agreements", "digital"
    in "a digital economy partnership agreement" (however the parser hung it)."""
    doc = token.doc
    return token.is_lower and token.is_alpha and token.lower_ not in _NOT_KINDS and \
        token.dep_ in {"compound", "amod", "nmod"} and token.i < token.head.i <= head.i \
        and not (token.i > 0 and doc[token.i - 1].text in {"-", "–"})  # "near-identical"


def _against(doc: Doc, head: Token, at: dict[int, Mention]) -> list[Mention]:
    """Companies an instrument's own clause acts against (within its sentence)."""
    sent = head.sent
    end = sent.end
    for t in doc[head.i + 1 : sent.end]:
        if t.text in {";"} or t.lower_ in {"but", "while", "although"} or (
                t.pos_ in {"VERB", "AUX"} and t.dep_ in {"ROOT", "conj"} and t.i > head.i + 1):
            end = t.i
            break
    cue = next((t.i for t in doc[head.i + 1 : end] if (t.lemma_ or t.text).lower() in AGAINST),
               None)
    if cue is None or cue - head.i > 14 or any(
            t.lower_ in _NEG for t in doc[max(head.i + 1, cue - 2) : cue]):
        return []  # "ended its auction without barring Acme": not against Acme
    found: list[Mention] = []
    for k in range(cue + 1, min(end, cue + 16)):
        m = at.get(k)
        if m is not None and _mention_info(m)[1] is T.COMPANY and m not in found:
            found.append(m)
    return found


def _signers(doc: Doc, head: Token, at: dict[int, Mention],
             more: set[str] | frozenset[str] = frozenset()) -> list[Mention]:
    """Who signed, adopted or passed the instrument: the subject of its verb (one of
    ``SIGN_VERBS`` or ``more``)."""
    verbs = SIGN_VERBS | more
    verb = head.head
    # the relative clause hangs on the head or, misattached, on its "on 5G" object
    near = _with_objects(head)
    relative = [c for n in near for c in n.children if (c.lemma_ or "").lower() in verbs and (
        c.dep_ == "relcl" or c.dep_ == "acl" and (c.lemma_ or "").lower() in more)]
    # "the auction run by the regulator": the parser made the noun part of the verb
    noun_of_verb = head.dep_ == "compound" and verb.pos_ == "VERB" and any(
        c.dep_ == "agent" for c in verb.children)
    if relative:  # "a memorandum on 5G that the president signed with his US counterpart"
        verb = relative[0]
    elif head.dep_ not in {"dobj", "nsubjpass"} and not noun_of_verb or \
            (verb.lemma_ or "").lower() not in verbs:
        return []
    if _negated_or_maybe(verb):
        return []
    found: list[Mention] = []
    for child in verb.children:
        if child.dep_ in {"nsubj", "agent"} or (child.dep_ == "prep" and child.lower_ == "with"):
            for t in child.subtree:
                m = at.get(t.i)
                if m is not None and m.type in OWNER_TYPES | {T.PERSON} and m not in found:
                    found.append(m)
    if not found and verb.head.i == verb.i and any(
            c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        before = _previous_subject(doc, verb.sent.start, at)  # "In 2018 it issued ..."
        found = [before] if before is not None else []
    return found


def _from_clause(doc: Doc, verb: Token, at: dict[int, Mention],
                 gaz: Gazetteer) -> Description | None:
    if _negated_or_maybe(verb):
        return None
    targets: list[Mention] = []
    blocked = (verb.lemma_ or "").lower() in {"block", "shut"}  # a long list may follow
    reach = 30 if blocked else 20 if (verb.lemma_ or "").lower() == "suspend" else 12
    for k in range(verb.i + 1, min(verb.i + reach, verb.sent.end)):
        m = at.get(k)
        if doc[k].text in {";", "."} or doc[k].lower_ in {"but", "while"}:
            break
        if doc[k].text == "," and targets and k + 1 < len(doc) and \
                doc[k + 1].lower_ in {"the", "a", "an", "which", "whose"}:
            break  # "banned Acme, the app owned by Globex": who owns it is not banned
        if m is not None and _mention_info(m)[1] is T.COMPANY and m not in targets:
            targets.append(m)
    if not targets and (verb.lemma_ or "").lower() == "suspend":
        # "the app service of Acme has been suspended": the firm whose service it is
        targets = [at[t.i] for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree
                   if t.i in at and _mention_info(at[t.i])[1] is T.COMPANY]
    if verb.lower_ in {"stripped", "strip"}:  # "ordered Huawei equipment to be stripped out"
        targets += [at[k] for k in range(verb.sent.start, verb.i) if k in at
                    and _mention_info(at[k])[1] is T.COMPANY and at[k] not in targets]
    if not targets and (verb.lemma_ or "").lower() in _REVOKE_VERBS and any(
            c.dep_ == "dobj" and _its(c) for c in verb.children):
        targets = _firm_before(doc, verb, at)  # "... Acme TV and withdrew its licence"
    if not targets:
        return _banned_trade(doc, verb, at, gaz)
    subject = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    if any(i in at and at[i].type is T.POLICY or (doc[i].lemma_ or "").lower() in
           set(INSTRUMENT_HEADS) | set(NOUN_HEADS) for i in subject):
        return None  # "Romania's 5G law bars Huawei": the law excludes, not a new ban
    owner = _subject_owner(doc, verb, at)
    suspended = (verb.lemma_ or "").lower() == "suspend"
    if owner is None and suspended and verb.dep_ == "ccomp" and any(
            c.dep_ == "auxpass" for c in verb.children) and \
            (verb.head.lemma_ or "").lower() in {"announce", "say", "confirm"}:
        # "the regulator announced that Acme's service has been suspended": its suspension
        owner = next((at[t.i] for c in verb.head.children if c.dep_ == "nsubj"
                      for t in c.subtree if t.i in at
                      and _mention_info(at[t.i])[1] in {T.GOVERNMENT_BODY, T.COUNTRY}), None)
    revoked = (verb.lemma_ or "").lower() in _REVOKE_VERBS
    head = "block" if blocked else "suspension" if suspended else \
        "revocation" if revoked else "ban"
    # "The government has decided to ban Acme": the government of the article's country
    desc = _owned_by(doc, verb, head, owner, at, gaz, _the_government(verb, at))
    if desc is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in at), None)
    if obj is not None and obj.pos_ == "NOUN":
        # "banned 40 foreign games, including X": also "ban on 40 foreign games", "game ban"
        words = [t for t in doc[obj.left_edge.i : obj.i + 1] if t.pos_ != "DET"]
        if words and not any(t.i in at and at[t.i].type is not T.COUNTRY for t in words):
            on = "of" if desc.head == "suspension" else "on"  # "suspension of broadcasts"
            desc.surfaces += [f"{desc.head} {on} {' '.join(t.text for t in words)}",
                              f"{obj.lemma_.lower()} {desc.head}"]  # "access block"
    for m in targets:
        k2, _, _, name = _mention_info(m)
        if k2 not in desc.targets:
            desc.targets.append(k2)
            desc.target_names.append(name)
    if revoked:  # "revoked Acme's licence": its licence revocation
        first = desc.target_names[0]
        desc.surfaces += ["licence revocation", f"{first} licence revocation",
                          f"revocation of {first}'s licence",
                          f"revocation of {first}'s broadcasting licence"]
        if (verb.lemma_ or "").lower() == "withdraw":  # "withdrew its licence": as written
            desc.surfaces += ["licence withdrawal", f"{first} licence withdrawal",
                              f"withdrawal of {first}'s licence"]
    desc.announcers += _reporters(doc, verb, at)
    return desc


#: Verbs by which a licence is taken away: "revoked Acme's licence".
_REVOKE_VERBS = {"revoke", "withdraw", "cancel", "annul", "rescind"}


def _revoked_licence(doc: Doc, verb: Token, at: dict[int, Mention]) -> bool:
    """Whether ``verb`` ("revoke") takes away a firm's licence, permit or registration:
    "revoked the licence of Acme", "cancelled Acme's operating permit"."""
    return any((obj.lemma_ or "").lower() in _LICENCES | {"registration", "accreditation"}
               and (any(t.i in at and _mention_info(at[t.i])[1] is T.COMPANY
                        for t in obj.subtree) or _its(obj) and _firm_before(doc, verb, at))
               for obj in verb.children if obj.dep_ in {"dobj", "nsubjpass"})


def _its(noun: Token) -> bool:
    """Whether ``noun`` is "its ...": "withdrew its licence"."""
    return any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children)


def _firm_before(doc: Doc, verb: Token, at: dict[int, Mention]) -> list[Mention]:
    """The firm ``verb``'s sentence named last before it, in the verb's own clause chain:
    "cut the signal of the channel Acme TV and withdrew its licence"."""
    return [at[k] for k in range(verb.i - 1, verb.sent.start - 1, -1) if k in at
            and _mention_info(at[k])[1] is T.COMPANY][:1]


#: What a trade ban stops: "banned exports of copper cathodes", "a ban on timber imports".
_TRADE = {"exports", "imports", "export", "import", "shipments", "sales"}


def _trade_topic(doc: Doc, at_word: int, at: dict[int, Mention]) -> str:
    """What "on ..." or "of ..." at ``at_word`` says a trade ban stops, when it stops
    exports or imports: "on timber exports", "of exports of copper"; else ""."""
    topic = _covered(doc, at_word, at)
    return topic if _TRADE & set(topic.split()) else ""


def _banned_trade(doc: Doc, verb: Token, at: dict[int, Mention],
                  gaz: Gazetteer) -> Description | None:
    """A state that bans exports or imports of a good: "Ruritania has banned exports of
    copper cathodes" is Ruritania's ban on exports of copper cathodes.

    >>> from policygraph.pipeline import extract
    >>> from policygraph.model import Article
    >>> ex = next(extract([Article(id="x", text="Peru has banned exports of copper cathodes.")]))
    >>> [(e.label, sorted(e.alt_labels)[:2]) for e in ex.entities if e.type.value == "Policy"]
    [("Peru's ban on exports of copper cathodes", ['Peru ban', 'Peru exports of copper cathodes ban'])]
    """
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _TRADE), None)
    if obj is None or (verb.lemma_ or "").lower() not in {"ban", "prohibit", "outlaw"}:
        return None
    owner = _subject_owner(doc, verb, at)
    if owner is None or owner.type not in {T.COUNTRY, T.GOVERNMENT_BODY}:
        return None
    what = _covered(doc, obj.i + 1, at) if obj.i + 1 < len(doc) and \
        doc[obj.i + 1].lower_ == "of" else ""
    if not what:
        return None
    topic = f"{obj.lower_} of {what}"
    key, _, country, _ = _mention_info(owner)
    desc = Description("ban", key, country or _country_before(doc, owner, at),
                       from_clause=True, tokens=[verb.i])
    desc.owner_names.append(doc[owner.start : owner.end].text)
    desc.topic = topic
    desc.surfaces.append(f"ban on {topic}")
    desc.announcers += _reporters(doc, verb, at)
    return desc


#: What of a firm a government suspends: "suspended the activities of Acme".
_SUSPENDED = {"activity", "operation", "service", "licence", "license", "registration",
              "permit", "business", "broadcast", "transmission", "programme", "program"}
#: Subjects that stand for the government of the article's country.
_GOVERNMENT_WORDS = {"government", "authorities", "cabinet", "state"}


def _the_government(verb: Token, at: dict[int, Mention]) -> bool:
    """Whether the subject of ``verb`` (or of the verb it depends on: "has decided to ban")
    is the government, named by no country: "The government", "the Cabinet"."""
    current = verb
    for _ in range(3):
        for c in current.children:
            if c.dep_ == "nsubj":
                return (c.lemma_ or "").lower() in _GOVERNMENT_WORDS and not any(
                    t.i in at for t in c.subtree)
        if current.dep_ not in {"xcomp", "conj"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _suspended_firm(doc: Doc, verb: Token, at: dict[int, Mention]) -> bool:
    """Whether ``verb`` ("suspend") has a firm, or a firm's activities, licence or
    services, as its object: "suspended Acme", "suspended the activities of Acme", "Acme's
    app service has been suspended"."""
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        if obj.i in at and _mention_info(at[obj.i])[1] is T.COMPANY:
            return True
        if (obj.lemma_ or "").lower() in _SUSPENDED and any(
                t.i in at and _mention_info(at[t.i])[1] is T.COMPANY for t in obj.subtree):
            return True
    return False


def _from_order(doc: Doc, verb: Token, at: dict[int, Mention],
                gaz: Gazetteer) -> Description | None:
    """A measure laid on someone by an order.

    "Ruritania ordered Acme and Globex to divest their stakes": a divestment order
    excluding the firms ordered; "the regulator ordered providers to block Acme": a
    ban on the firm to be blocked. A proposed or denied order is none.
    """
    if _negated_or_maybe(verb):
        return None
    duty = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.i > verb.i
                 and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)), None)
    if duty is None:
        return None
    act = (duty.lemma_ or "").lower()
    kin = None
    particle = next((c.lower_ for c in duty.children if c.dep_ == "prt"), "")
    if act in _DIVEST_VERBS or (act, particle) in _WIND_UP:
        ordered = [c for c in verb.children if c.dep_ == "dobj"] + \
                  [c for c in duty.children if c.dep_ == "nsubj"]
        head = "divestment order" if act in _DIVEST_VERBS else "wind-up order"
    elif act in _CUT_VERBS:
        ordered = [c for c in duty.children if c.dep_ == "dobj"]
        head = "ban"
        kin = "block" if act == "block" else None  # the measure's other word
    else:
        return None
    targets = list(dict.fromkeys(at[t.i] for c in ordered for t in c.subtree
                                 if t.i in at and _mention_info(at[t.i])[1] is T.COMPANY))
    owner = _subject_owner(doc, verb, at) if targets else None
    # "The government has ordered Acme's unit to wind up": the article's country's (a
    # divestment "the government" orders is the final order the article names anyway)
    desc = _owned_by(doc, verb, head, owner, at, gaz, bool(targets) and head == "wind-up order"
                     and _the_government(verb, at))
    if desc is None:
        return None
    if head == "ban" and kin:  # "ordered operators to block Acme": a ban, also a block
        desc.kin.append(kin)
    if head == "divestment order":
        desc.surfaces += list(dict.fromkeys(["order to divest", f"order to {act}"]))
    elif head == "wind-up order":
        desc.surfaces += [f"order to {act} {particle}", "order"]
    for m in targets:
        desc.targets.append(m.key)
        desc.target_names.append(m.name)
    desc.announcers += _reporters(doc, verb, at)
    return desc


def _reporters(doc: Doc, verb: Token, at: dict[int, Mention]) -> list[str]:
    """"Ruritania will ban X, ministers A and B announced": who announced the clause.

    The people and bodies between the last comma and a trailing "announced" (however
    the parser attached it) with nothing after it but a date.
    """
    sent = verb.sent
    ann = next((t for t in doc[verb.i + 1 : sent.end] if (t.lemma_ or "").lower() in
                {"announce", "unveil", "declare"} and t.pos_ == "VERB"), None)
    if ann is None or any(c.dep_ == "dobj" or c.dep_ == "ccomp" and c.i > ann.i
                          for c in ann.children):
        return []
    comma = max((t.i for t in doc[verb.i : ann.i] if t.text == ","), default=None)
    if comma is None:
        return []
    return list(dict.fromkeys(at[k].key for k in range(comma + 1, ann.i) if k in at
                              and at[k].type in {T.PERSON, T.GOVERNMENT_BODY}))


def _negated_or_maybe(verb: Token) -> bool:
    """Whether ``verb`` is denied, hedged or asked ("Did Ruritania ban Acme?")."""
    if verb.sent[-1].text == "?":
        return True
    current = verb
    for _ in range(3):
        for child in current.children:
            if child.dep_ == "neg" or child.lower_ in _NEG and child.dep_ in {"det", "advmod"}:
                return True
            if child.dep_ in {"aux", "mark"} and child.lower_ in _MAYBE:
                return True
            if child.dep_ == "aux" and any(g.dep_ == "neg" for g in child.children):
                return True  # "did not, despite the pressure, adopt": the "not" on "did"
        if current is not verb and (current.lemma_ or "").lower() in _MAYBE | {"stop", "refuse"}:
            return True
        if current.head.i == current.i or current.dep_ in {"nsubj", "relcl", "acl", "amod"}:
            break
        if any(t.text == ";" for t in verb.doc[min(current.i, current.head.i) :
                                                 max(current.i, current.head.i)]):
            break  # "India left Acme out; the council does not touch that": another clause
        current = current.head
    left = verb.doc[max(verb.i - 4, verb.sent.start) : verb.i]
    return any(t.lower_ in _NEG or t.lower_ == "short" for t in left)


#: Lists a state puts firms on: "added Acme to its export control list".
_LISTS = {"list", "blacklist", "register", "registry"}


def _added_to_list(doc: Doc, verb: Token, at: dict[int, Mention]) -> Description | None:
    """A state or body that adds firms to its list: "Ruritania has added Acme and Globex to
    its export control list" is Ruritania's list, excluding both. The list's words are its
    name ("export control list"); the firms are the verb's objects.

    >>> from policygraph.nlp.mentions import Mention
    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Peru added Acme to its export control list.")
    >>> at = {0: Mention(0, 1, "country/PE", T.COUNTRY, "Peru", "Peru", "name", "PE"),
    ...       2: Mention(2, 3, "org/acme", T.COMPANY, "Acme", "Acme", "name")}
    >>> d = _added_to_list(doc, doc[1], at)
    >>> d.head, d.owner, d.target_names
    ('export control list', 'country/PE', ['Acme'])
    """
    if _negated_or_maybe(verb):
        return None
    to = next((c for c in verb.children if c.lower_ == "to"), None)
    noun = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    if noun is None or noun.lemma_.lower() not in _LISTS or noun.i in at:
        return None  # "added Acme to the Entity List": a named list, found by its name
    objects = {t.i for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree}
    targets = [at[i] for i in sorted(objects) if i in at and at[i].start == i
               and _mention_info(at[i])[1] is T.COMPANY]
    owner = _subject_owner(doc, verb, at)
    if not targets or owner is None:
        return None
    if any(m.type is T.POLICY and m.name.split()[-1] in {"List", "list"}
           and m.country and m.country == owner.country for m in at.values()):
        return None  # "Washington added Acme to its trade blacklist" in an article naming
        # the Entity List: that list, most likely
    words = [t.text for t in doc[noun.left_edge.i : noun.i + 1]
             if t.pos_ not in {"DET", "PRON"} and t.i not in at and t.text not in {"'s", "’s"}
             and t.is_lower]
    if not words or words[-1] not in _LISTS:
        return None
    named = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  and any(g.is_title for g in c.children)), None)
    if named is not None or "sanctions" in words:
        # "added Acme to its list of Designated Persons", "to its sanctions
        # list": a designation of the firm, on a list of its own
        return _excluding(doc, verb, "designation", owner, targets, at)
    return _excluding(doc, verb, " ".join(words), owner, targets, at)


def _excluding(doc: Doc, verb: Token, head: str, owner: Mention, targets: list[Mention],
               at: dict[int, Mention]) -> Description:
    """The measure ``owner`` takes against ``targets`` by ``verb``, called ``head``."""
    key, _, country, _ = _mention_info(owner)
    desc = Description(head, key, country or _country_before(doc, owner, at),
                       from_clause=True, tokens=[verb.i])
    desc.owner_names.append(doc[owner.start : owner.end].text)
    for m in targets:
        k2, _, _, name = _mention_info(m)
        if k2 not in desc.targets:
            desc.targets.append(k2)
            desc.target_names.append(name)
    desc.surfaces.append(desc.head)
    return desc


def _left_out(doc: Doc, verb: Token, at: dict[int, Mention]) -> Description | None:
    """A state that leaves firms out of its programme: "India left Acme and Globex out of its
    5G trials" is India's "5G trials", excluding both.

    >>> from policygraph.nlp.mentions import Mention
    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Peru left Acme out of its network trials.")
    >>> at = {0: Mention(0, 1, "country/PE", T.COUNTRY, "Peru", "Peru", "name", "PE"),
    ...       2: Mention(2, 3, "org/acme", T.COMPANY, "Acme", "Acme", "name")}
    >>> d = _left_out(doc, doc[1], at)
    >>> d.head, d.owner, d.target_names
    ('network trials', 'country/PE', ['Acme'])
    """
    out = next((c for c in verb.children if c.lower_ == "out"), None)
    if _negated_or_maybe(verb) or out is None:
        return None
    of = next((c for c in [*verb.children, *out.children] if c.lower_ == "of"), None)
    noun = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.i in at or not any(
            c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in noun.children):
        return None
    targets = [at[c.i] for c in verb.children if c.dep_ == "dobj" and c.i in at]
    targets += [at[g.i] for t in targets for g in doc[t.end - 1].conjuncts if g.i in at]
    targets = [m for m in targets if _mention_info(m)[1] is T.COMPANY]
    owner = _subject_owner(doc, verb, at)
    if not targets or owner is None:
        return None
    words = [t.text for t in doc[noun.left_edge.i : noun.i + 1]
             if t.pos_ not in {"DET", "PRON"} and t.i not in at
             and not (t.is_title and t.is_alpha)]
    if not words:
        return None
    # "kept Acme out of its 5G networks": a ban; "left Acme out of its 5G trials": the trials
    head = "ban" if noun.lemma_.lower() in {"network", "market", "grid", "infrastructure"} \
        else " ".join(words)
    return _excluding(doc, verb, head, owner, targets, at)


def _subject_owner(doc: Doc, verb: Token, at: dict[int, Mention]) -> Mention | None:
    """The country or body that is the subject of ``verb`` (through "ordered ... to").

    Climbing stops at clauses that only report or hypothesise: in "the embassy
    warned that excluding Huawei would have consequences" nobody bans anyone.
    """
    subj = [c.lower_ for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl" and subj in (["it"], ["they"]) and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        # "Canada announced on May 19 that it would ban ...", the clause misattached to
        # the date: the pronoun still stands for the sentence's subject
        verb = verb.sent.root
        if (verb.lemma_ or "").lower() not in SIGN_VERBS | {"say", "decide", "confirm"}:
            return None
    elif verb.dep_ in {"csubj", "csubjpass", "pcomp", "pobj", "acl", "amod"}:
        return None
    current = verb
    for _ in range(4):
        pronoun = False
        for child in current.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.i < verb.i and \
                    not _dateline_word(child):
                owners = [at[t.i] for t in child.subtree
                          if t.i in at and _mention_info(at[t.i])[1] in OWNER_TYPES]
                if owners:
                    bodies = [o for o in owners if _mention_info(o)[1] is T.GOVERNMENT_BODY]
                    return bodies[0] if bodies else owners[0]
                if child.lower_ in {"which", "that"} and current.dep_ == "relcl":
                    # "Ruritania, which imposed curbs ...": the clause's head
                    head = at.get(current.head.i)
                    return head if head is not None and head.type in OWNER_TYPES else None
                if child.lower_ not in {"it", "they", "which", "who"}:
                    return None
                pronoun = child.lower_ in {"it", "they"}
        # "Canada announced that it would ban Huawei": "it" is the announcer
        climb = {"xcomp", "conj"} | ({"ccomp"} if pronoun else set())
        if current.head.i == current.i or current.dep_ not in climb:
            break
        current = current.head
    if pronoun and current.head.i == current.i and any(
            c.dep_ == "nsubj" and c.lower_ == "it" for c in current.children):
        return _previous_subject(doc, current.sent.start, at)
    return None


def _dateline_word(token: Token) -> bool:
    """Whether ``token`` is the place of a dateline the parser made a subject: "LIMA –
    Peru's regulator banned ...", "RIGA, Dec 6 (Acme) -"."""
    doc, start = token.doc, token.sent.start
    return token.is_upper and len(token) > 1 and token.i < start + 4 and any(
        doc[k].text in {"–", "-", "—", "--"} for k in range(token.i + 1,
                                                          min(token.i + 8, token.sent.end)))


def _previous_subject(doc: Doc, start: int, at: dict[int, Mention]) -> Mention | None:
    """The country or body the sentence before ``start`` is about, its main verb's subject:
    "The Acme Agency took a hard line. In 2018 it issued a warning ...": the agency's."""
    if start == 0:
        return None
    root = doc[start - 1].sent.root
    owners = [at[t.i] for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}
              for t in c.subtree if t.i in at and _mention_info(at[t.i])[1] in OWNER_TYPES]
    bodies = [o for o in owners if _mention_info(o)[1] is T.GOVERNMENT_BODY]
    return bodies[0] if bodies else owners[0] if owners else None


#: Instruments news calls by either word: a pact between two states is their agreement.
SAME_INSTRUMENT = {"pact": "agreement", "accord": "agreement"}


def _merge(doc: Doc, found: list[Description]) -> list[Description]:
    """One description per owner and head; bare ones join the one they name.

    Owned measures are merged first and split per target ("Ruritania's bans on Acme
    and Globex" are two); then a bare "the Globex ban" joins the owned ban on Globex
    named last before it, a bare "the ban" the last of its kind, or the article's
    single one.
    """
    # (owners, kind, the firm a subsidy goes to: subsidies for two firms are two)
    merged: dict[tuple[str | None, str, str], Description] = {}
    bare: list[Description] = []
    for d in found:
        if d.owner_country is None and d.owner is None:
            bare.append(d)
            continue
        owners = "-".join(sorted({c for c in [d.owner_country, *d.co_owners] if c})) or d.owner
        # "sign trade pact" over "signed a bilateral trade agreement": one instrument
        slot = (owners, SAME_INSTRUMENT.get(d.head, d.head) if d.instrument else d.head,
                d.recipient_names[0] if d.recipient_names else "")
        if d.instrument and d.head in _DIPLOMATIC and \
                len({c for c in [d.owner_country, *d.co_owners] if c}) >= 3:
            # "Peru, Chile, Bolivia and Ecuador sign ... pact" over "... signed a memorandum":
            # what the same three or more states signed is one instrument
            slot = (owners, "diplomatic", "")
        if slot in merged:
            if merged[slot].head != d.head:
                merged[slot].aliases += [*d.surfaces, f"{d.topic} {d.head}".strip()]
            _absorb(merged[slot], d)
        else:
            merged[slot] = d
    for slot, d in list(merged.items()):
        # "€5bn German aid" in the headline, "German aid for Acme" in the text: one aid
        if d.head in _SUPPORT and not d.recipient_names:
            given = [m for (owners, head, firm), m in merged.items() if owners == slot[0]
                     and head == d.head and firm]
            if len(given) == 1:
                _absorb(given[0], d)
                del merged[slot]
    for slot, d in list(merged.items()):
        # "the government ordered a suspension of mobile data ... the Ministry of
        # Communication announced the suspension": a body of no known country and the one
        # state whose measure of that kind it is are one measure
        if d.owner_country is not None or d.owner is None or d.instrument:
            continue
        same = [c for c in merged.values() if c.owner_country and c.head == d.head
                and c.targets == d.targets]
        if len(same) == 1:
            _absorb(same[0], d)
            del merged[slot]
    owned = _split_plural(doc, list(merged.values()))
    loose: dict[tuple[str, str], Description] = {}
    unplaced: list[Description] = []
    for d in bare:
        same_head = [m for m in owned if m.head == d.head]
        at = d.tokens[0] if d.tokens else len(doc)
        fitting = [m for m in same_head if d.targets and set(d.targets) <= set(m.targets)]
        named = _last_before(fitting, at) or (fitting if len(fitting) == 1 else [])
        if named:
            for m in named:  # "the Globex prohibition" after "bans on Acme and Globex"
                _absorb(m, d)
        elif len(same_head) == 1 and (not d.targets or not same_head[0].targets):
            _absorb(same_head[0], d)  # not "the Globex ban" after "the ban on Acme"
        elif same_head and not d.targets and d.tokens:
            # "Ruritania's curbs ... Acmea's curbs ... the curbs": the last one named before;
            # "the curbs" is no name of it, with others of its kind about
            d.surfaces = [s for s in d.surfaces if " " in s]
            for m in _last_before(same_head, at):
                _absorb(m, d)
        elif (not same_head or d.targets and not fitting) and (
                d.targets or d.instrument and d.announcers):
            # "the TikTok ban" and "the WeChat ban" are two; "President Roe's executive
            # order", whose country is unknown, is still hers
            whose = (d.targets[0] if d.targets else d.announcers[0], d.head)
            if whose in loose:
                _absorb(loose[whose], d)
            else:
                loose[whose] = d
        elif not same_head and not d.targets:
            unplaced.append(d)
    for d in unplaced:
        # "The government suspended Acme ... announced the suspension": the one of its kind
        same = [x for x in loose.values() if x.head == d.head]
        if len(same) == 1:
            _absorb(same[0], d)
    kept = [d for d in [*owned, *loose.values()] if d.targets or d.owner or d.topic
            or d.instrument and d.announcers]
    return _kin_measures(_split_plural(doc, kept))


#: Words for one measure that cuts a firm off: "the ban", "the block", "the suspension".
_CUT_OFF = {"ban", "block", "suspension"}


def _kin_measures(found: list[Description]) -> list[Description]:
    """One measure for a state's (or body's) ban, block and suspension of the same firms.

    A report that says the regulator "ordered operators to block access to Acme" and
    later calls it "a ban on a whole platform" or "the 30-day suspension" tells of one
    measure; the first one read keeps its word, the others' words become its ``kin``.
    """
    first: dict[tuple[str | None, tuple[str, ...]], Description] = {}
    kept: list[Description] = []
    ownerless: list[Description] = []
    for d in found:
        if d.head not in _CUT_OFF or not d.targets or d.instrument:
            kept.append(d)
            continue
        if d.owner_country is None and d.owner is None:
            ownerless.append(d)
            continue
        slot = (d.owner_country or d.owner, tuple(sorted(d.targets)))
        same = first.get(slot)
        if same is None:
            first[slot] = d
            kept.append(d)
        else:
            _kin(same, d)
    for d in ownerless:  # a headline's "Acme suspension" of the one state that cut Acme off
        owned = [m for (_, targets), m in first.items() if targets == tuple(sorted(d.targets))]
        if len(owned) == 1:
            _kin(owned[0], d)
        else:
            kept.append(d)
    return kept


def _kin(into: Description, other: Description) -> None:
    if other.head != into.head and other.head not in into.kin:
        into.kin.append(other.head)
    _absorb(into, other)


def _last_before(found: list[Description], at: int) -> list[Description]:
    """The descriptions seen last before word ``at`` (two halves of one plural tie)."""
    seen = [(max(i for i in d.tokens if i < at), d) for d in found
            if any(i < at for i in d.tokens)]
    if not seen:
        return []
    last = max(i for i, _ in seen)
    return [d for i, d in seen if i == last]


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
    into.announcers += [a for a in other.announcers if a not in into.announcers]
    into.holders += [h for h in other.holders if h not in into.holders]
    into.signatories += [h for h in other.signatories if h not in into.signatories]
    if other.topic and into.topic and other.topic != into.topic:
        # "a ban on exports of copper" ... "the ban on copper exports": both its names
        into.aliases += [f"{other.head} on {other.topic}", f"{other.topic} {other.head}"]
    into.topic = into.topic or other.topic


_DENY_VERBS = {"exclude", "ban", "bar", "prohibit", "apply", "cover", "name", "target"}
_PRONOUNS = {"it", "this", "that"}


def _denied(doc: Doc, found: list[Description], at: dict[int, Mention]) -> None:
    """Drop the targets a later sentence says the measure leaves alone.

    "Ruritania issued a warning against Acme gear. ... It does not exclude Acme
    products": a negated exclude, ban, apply to or cover whose subject is "it" or a
    word the measure goes by ("the warning", "the decision") takes Acme off it.
    """
    if not any(d.targets and d.tokens for d in found):
        return
    # the negated denials of the article, found once: (verb position, subject word, firms)
    denials: list[tuple[int, str, str, set[str]]] = []
    for i, (lemma, _) in enumerate(doc_words(doc)):
        if lemma not in _DENY_VERBS:
            continue
        verb = doc[i]
        if verb.pos_ not in {"VERB", "AUX"} or not any(
                c.dep_ == "neg" or c.lower_ in _NEG for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            # "does not cover Acme's listed shares": the shares are left alone, not Acme
            denials.append((i, subj.lower_, (subj.lemma_ or subj.text).lower(),
                            {at[t.i].key for c in verb.children if c.dep_ in {"dobj", "prep"}
                             for t in c.subtree if t.i in at and not (
                                 at[t.i].end < len(doc)
                                 and doc[at[t.i].end].text in {"'s", "’s"})}))
    for d in found:
        if not d.targets or not d.tokens:
            continue
        first = min(d.tokens)
        words = {d.head, *d.aliases, *(w.lower() for s in d.surfaces for w in s.split()[-1:])}
        for i, lower, lemma, denied in denials:
            if i <= first or not (lower in _PRONOUNS or lemma in words):
                continue
            d.denied |= denied
            for key in [k for k in d.targets if k in denied]:
                k = d.targets.index(key)
                del d.targets[k], d.target_names[k]

"""``pg_relations``: facts, meetings and values from the resolved mentions.

Each rule reads one sentence (a :class:`Sentence`) and yields facts with the
evidence that produced them. Rules key on lemmas and on the order and
dependency structure of mentions, never on an article's wording, so that
"urged Japan to join the Clean Network", "calls for S. Korea to join its
Clean Network" and "Canada was pressed to sign up to the initiative" all fire.

Negation ("did not discuss", "agreed not to use") and modality
("urged to join" vs "joined", "would be discussed") block the positive fact.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice

from spacy.attrs import SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from policygraph.linking import (
    Gazetteer,
    canonical_policy_name,
    country_key,
    org_key,
    person_key,
    policy_key,
)
from policygraph.model import Entity, EntityType, Evidence, Fact, Value
from policygraph.nlp import doc_texts, doc_words, record_failure
from policygraph.nlp.mentions import (
    FIRM_ONLY_NOUNS,
    HONORIFICS,
    LAW_PARTS,
    TITLE_STOP,
    Mention,
    a_news_source,
    home_country_code,
    name_end_before,
)
from policygraph.timeexpr import resolve_date

for _name in ("pg_facts", "pg_values", "pg_reference_date"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

T = EntityType
ORGS = {T.ORGANIZATION, T.COMPANY, T.TELCO, T.GOVERNMENT_BODY}
ACTORS = ORGS | {T.COUNTRY}
VENDORS = {T.COMPANY}

NEG_WORDS = {"not", "n't", "never", "no", "without", "nor", "neither"}
NEG_VERBS = {
    "refuse", "decline", "reject", "deny", "avoid", "stop", "cease", "abandon", "quit",
    "resist", "oppose", "rule", "withdraw", "halt", "suspend", "drop", "scrap",
    "block", "prevent", "veto", "forbid", "bar",  # "blocked the operator from signing a deal"
}
MODAL_AUX = {"will", "would", "could", "may", "might", "should", "can", "shall", "must"}
IRREALIS = {
    "due", "schedule", "consider", "plan", "mull", "weigh", "want", "intend", "seek", "propose", "hope", "aim",
    "expect", "threaten", "debate", "study", "review", "explore", "prepare", "ask", "urge",
    "press", "call", "push", "encourage", "pressure", "demand", "invite", "lobby", "need",
    "whether", "if", "likely", "unlikely", "possible", "possibly", "may", "might",
    "hop",  # the lemmatizer's lemma of "hopes"
}
#: Verbs of asking or trying, whose infinitive was not done: "applied to join", "failed to
#: sign", "refused to take part" (not "the ban applies to Acme").
TRIED = {"apply", "bid", "try", "attempt", "fail", "refuse", "decline"}
EXCLUDE = {
    "exclude", "exclusion", "ban", "bar", "block", "shut", "prohibit", "prohibition",
    "restrict", "restriction", "remove", "removal", "rip", "strip", "blacklist", "purge",
    "oust", "expel", "phase", "lock", "keep", "outlaw", "boot", "eliminate", "sanction",
}
URGE = {
    "urge", "press", "call", "push", "pressure", "ask", "encourage", "lobby", "invite",
    "demand", "persuade", "request", "prod", "nudge", "appeal", "coax", "court", "woo",
}
JOIN = {"join", "participate", "part", "sign", "enlist", "embrace", "adopt", "enter"}
USE = {
    "use", "rely", "buy", "purchase", "deploy", "source", "install", "procure", "depend",
    "employ", "order", "contract", "pick", "choose", "select", "tap", "have", "build",
    "run", "operate", "award", "work", "partner", "team", "sign", "ink",
}
#: "use" triggers that need a deal word ("signed a 5G contract with Nokia") or "with"
#: ("works with Ericsson") before the vendor.
USE_NEEDS_DEAL = {"award", "sign", "ink"}
USE_NEEDS_WITH = {"work", "partner", "team"}
DEAL = {"contract", "deal", "order", "agreement", "tender", "partnership"}
SUPPLIER = {"supplier", "provider", "vendor", "partner", "supplies"}
#: What starts the supplier phrasings: "supplier to", "partners with", "won a contract".
_SUPPLIER_CUES = SUPPLIER | USE_NEEDS_WITH | {"win", "land", "secure", "bag"}
EQUIPMENT = {"equipment", "gear", "kit", "station", "stations", "antenna", "antennas", "radio",
             "core", "network", "hardware", "product", "products", "technology", "infrastructure"}
SPEECH = {"say", "tell", "announce", "state", "confirm", "report", "add", "note", "explain"}
SUPPLY = {"supply", "provide", "sell", "equip", "furnish", "build"}
STOP_USING = {"stop", "cease", "replace", "remove", "drop", "abandon", "phase", "ditch", "rip",
              "strip", "swap", "quit", "end"}
PROMOTE = {
    "launch", "unveil", "introduce", "announce", "promote", "pursue", "push", "champion",
    "propose", "adopt", "implement", "roll", "spearhead", "enact", "pass", "create",
    "establish", "develop", "expand", "lead", "initiate", "issue", "sign", "impose",
    "tout", "advance", "back", "start", "draft", "finalize", "approve",
    "compile", "formulate", "devise", "craft", "design", "draw", "publish", "release",
    "endorse", "promulgate", "amend", "agree", "tabled", "tabling", "set",
}
#: "tabled", "tabling" (a bill, a proposal) match by their text: "table" is a noun too.
ANNOUNCE = {"announce", "unveil", "launch", "introduce", "propose", "declare", "present",
            "sign", "issue", "outline", "elaborate", "publish", "release", "tabled", "tabling"}
#: Nouns after a city that make the name before it a firm's or a think tank's.
_FIRM_OR_TANK = FIRM_ONLY_NOUNS | {"tank"}
#: What a head of state does to a law that others passed: "the king approved the law".
_ASSENT = {"approve", "promulgate", "ratify", "enact", "assent"}
#: What a legislature or a government does to a law or a pact: "adopted it", "signed it".
_ENACT = _ASSENT | {"adopt", "pass", "sign", "propose", "table"}
#: What a ministry or agency does when it announces a policy of its own.
ORG_ANNOUNCE = {"compile", "formulate", "draw", "devise", "adopt", "finalize", "promulgate",
                "draft", "impose"}
DATED = ANNOUNCE | {"adopt", "enact", "pass", "approve", "publish", "release", "roll",
                   "introduce", "finalize", "implement", "compile", "formulate", "draw",
                   "devise", "launch", "endorse", "sign", "promulgate", "agree", "tabled",
                   "create", "establish", "set", "impose"}
LINK = {"link", "align", "connect", "synergize", "dovetail", "complement", "harmonize",
        "combine", "integrate", "couple", "pair", "synergy", "linkage", "connection"}
PART_OF = {"part", "component", "pillar", "element", "plank", "subset", "line", "strand",
           "arm", "branch", "extension"}
DISCUSS = {
    "discuss", "discussion", "talk", "address", "cover", "agenda", "raise", "topic",
    "focus", "concern", "regard", "position", "exchange", "review", "tackle", "debate",
    "negotiate", "touch", "on", "about", "concerning", "regarding", "include",
    "dealt", "devoted",  # "the meeting dealt with ...": the verb's forms, not a "deal"
}
LEAD = {"lead", "chair", "co-chair", "head", "preside", "host", "co-host"}
MEETING_NOUNS = {
    "meeting", "talk", "talks", "summit", "dialogue", "consultation", "conference",
    "teleconference", "videoconference", "negotiation", "session", "forum", "meet", "hearing",
    "gathering", "ministerial", "workshop", "visit", "ceremony", "signing", "trilogue",
}
MEETING_ANAPHORA = {"side", "sides", "delegation", "delegations", "leaders"}
POLICY_ANAPHORA = {"policy", "program", "programme", "initiative", "plan", "strategy",
                   "campaign", "network", "scheme", "rule", "law", "act", "measure",
                   "framework", "regime", "ban", "approach", "grouping", "alliance", "pact",
                   "coalition", "partnership", "arrangement", "agreement", "list", "toolbox",
                   "blueprint", "roadmap", "declaration", "memorandum", "directive", "order",
                   "guidelines", "regulation", "bill", "convention", "treaty", "decree",
                   "cable", "constellation", "project"}
#: Those whose title may name the country they study: "a China specialist".
_STUDY_ROLES = {"specialist", "expert", "analyst", "scholar", "watcher", "researcher"}
ROLE_WORDS = {
    "secretary", "minister", "president", "ambassador", "spokesperson", "spokesman",
    "spokeswoman", "chancellor", "commissioner", "director", "chairman", "chairwoman",
    "chair", "ceo", "executive", "premier", "governor", "senator", "representative",
    "envoy", "official", "head", "chief", "deputy", "adviser", "advisor", "administrator",
    "counselor", "lawmaker", "leader", "general", "undersecretary", "officer", "founder",
    "vice", "under", "assistant", "attorney", "mayor", "king", "queen", "prince", "diplomat",
    "negotiator", "coordinator", "principal", "member", "speaker", "analyst", "economist",
    "fellow", "researcher", "rapporteur", "justice", "lawyer", "partner", "strategist",
    "consultant", "professor", "scientist", "chairperson", "councillor", "councilor",
    "sultan", "emir", "monarch", "crown", "lecturer", "scholar", "presenter", "anchor",
    "editor", "correspondent", "columnist", "journalist", "treasurer", "comptroller",
    "ombudsman", "prosecutor", "judge", "commander", "specialist", "expert", "candidate",
}
MODES = [
    # in a room and on a stream at once: "a workshop in Lima, which will also be streamed online"
    (re.compile(r"\bhybrid\b|\bstreamed\s+(?:live\s+)?online\b|\bin[ -]person and online\b",
                re.I), "hybrid"),
    (re.compile(r"\b(?:via|by|through|over)\s+(?:a\s+)?tele-?conferenc\w*|\bteleconferenc\w*", re.I),
     "teleconference"),
    # (not the "Online" of "the Online Example Bill": a name's word)
    # (nor "getting people back online", "online platforms": what was talked about)
    (re.compile(r"\bvideo\s*(?:link|call|meeting|chat|conferenc\w*)|\bvideoconferenc\w*"
                r"|(?-i:\b[Vv]irtual(?:ly)?\b(?! [A-Z])|(?<!back )(?<!go )(?<!get )\bonline\b"
                r"(?!\s+(?:platforms?|content|services?|shopping|sales|news|safety|harms?|"
                r"harassment|access|banking|payments?|gambling|games?|advertising|ads|"
                r"marketplaces?|retail\w*|stores?|accounts?|abuse|speech|media|activit\w+)\b))",
                re.I), "videoconference"),
    (re.compile(r"\b(?:phone|telephone)\s+(?:call|conversation|talks)|\bby (?:tele)?phone\b", re.I),
     "phone call"),
    (re.compile(r"\bin[ -]person\b|\bface[ -]to[ -]face\b", re.I), "in person"),
]
_CLAUSE_BREAK = {";", "while", "whereas", "but", "although", "though"}
_SUBORDINATORS = {"as", "because", "after", "before", "when", "since", "if", "unless", "until"}


def _breaks_clause(t: Token) -> bool:
    """";", "but", "while"; and "as"/"because"/"when" opening a subordinate clause."""
    return t.lower_ in _CLAUSE_BREAK or (t.lower_ in _SUBORDINATORS and t.dep_ == "mark")


def span_evidence(span: Span, rule: str, confidence: float) -> Evidence:
    """Evidence for a sentence: its text without surrounding white space, and offsets
    that cut exactly that text out of the article.

    >>> import spacy
    >>> doc = spacy.blank("en")("Huawei was barred.\\n\\nNext one.")
    >>> ev = span_evidence(doc[0:5], "demo", 0.5)
    >>> doc.text[ev.start : ev.end] == ev.sentence == "Huawei was barred."
    True
    """
    text = _doc_text(span.doc)[span.start_char : span.end_char] if len(span) else span.text
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    return Evidence(text.strip(), span.start_char + lead, span.end_char - trail, rule, confidence)


def _doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: a span's text is then a slice of it
    (``Span.text`` joins the span's tokens at every call). Joined from the words and
    the array of their trailing spaces, as ``Doc.text`` does without a ``Token`` each."""
    text: str | None = doc.user_data.get("pg_text")
    if text is None:
        spaces = doc.to_array(SPACY).tolist()
        text = doc.user_data["pg_text"] = "".join(
            [word + " " if space else word for word, space in zip(doc_texts(doc), spaces,
                                                                  strict=True)])
    return text


_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"}
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])")
#: Month names and their short forms, for days the NER does not tag ("Aug 9", "9 Aug.").
_MONTH_WORDS = _MONTHS | {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
                          "Oct", "Nov", "Dec"}


def _untagged_days(doc: Doc, tagged: set[int]) -> Iterator[Span]:
    """Month-and-day phrases outside the NER's dates: "order of Aug 9", "on 9 Aug"."""
    texts = doc_texts(doc)
    for i, text in enumerate(texts):
        if text.rstrip(".") not in _MONTH_WORDS or i in tagged:
            continue
        if i + 1 < len(doc) and _DAY.fullmatch(texts[i + 1]) and i + 1 not in tagged:
            yield Span(doc, i, i + 2, label="DATE")
        elif i and _DAY.fullmatch(texts[i - 1]) and i - 1 not in tagged:
            yield Span(doc, i - 1, i + 1, label="DATE")


def dates_in(span: Span) -> list[Span]:
    """The DATE entities inside ``span``, from an index built once per document.

    ``Span.ents`` rebuilds the document's entities on every call, which makes a
    per-sentence loop quadratic in the length of the article.
    """
    doc = span.doc
    index: dict[int, list[Span]] | None = doc.user_data.get("pg_dates")
    if index is None:
        index = {}
        for ent in doc.ents:
            if ent.label_ == "DATE":
                if ent.start > 0 and ent[0].text in _MONTHS and _DAY.fullmatch(doc[ent.start - 1].text):
                    # "10 September": the NER may tag the month alone
                    ent = Span(doc, ent.start - 1, ent.end, label="DATE")
                index.setdefault(ent.start, []).append(ent)
        tagged = {i for ents in index.values() for e in ents for i in range(e.start, e.end)}
        for ent in _untagged_days(doc, tagged):
            index.setdefault(ent.start, []).append(ent)
        doc.user_data["pg_dates"] = index
        doc.user_data["pg_date_starts"] = sorted(index)
    starts: list[int] = doc.user_data["pg_date_starts"]
    lo = bisect_left(starts, span.start)
    hi = bisect_left(starts, span.end)
    return [e for k in starts[lo:hi] for e in index[k] if e.end <= span.end]


def _verb_word(token: Token) -> str:
    """The lemma, but "tabled" for "tabled"/"tabling" ("table" is a noun too)."""
    return "tabled" if token.lower_ in {"tabled", "tabling"} else lem(token)


def lem(token: Token) -> str:
    """The lower-case lemma, falling back to the text when there is none."""
    return (token.lemma_ or token.text).lower()


@dataclass
class Sentence:
    """One sentence with its mentions, and the document context rules need."""

    doc: Doc
    span: Span
    mentions: list[Mention]
    ctx: DocContext

    def of(self, *types: EntityType) -> list[Mention]:
        return [m for m in self.mentions if m.type in types]

    def evidence(self, rule: str, confidence: float) -> Evidence:
        return span_evidence(self.span, rule, confidence)

    _words: dict[str, list[int]] | None = field(default=None, init=False, repr=False)

    def tokens(self, lemmas: set[str]) -> list[Token]:
        """The tokens whose lemma or lower-case text is one of ``lemmas``, in order.

        Every rule asks this of every sentence, so the sentence's words are indexed once.
        """
        if self._words is None:
            self._words = {}
            words = doc_words(self.doc)
            for i in range(self.span.start, self.span.end):
                lemma, lower = words[i]
                self._words.setdefault(lemma, []).append(i)
                if lower != lemma:
                    self._words.setdefault(lower, []).append(i)
        hits = self._words.keys() & lemmas
        if not hits:
            return []
        found = {i for w in hits for i in self._words[w]}
        return [self.doc[i] for i in sorted(found)]

    def between(self, a: int, b: int, types: set[EntityType]) -> list[Mention]:
        return [m for m in self.mentions if a <= m.start and m.end <= b and m.type in types]

    def mention_at(self, i: int) -> Mention | None:
        for m in self.mentions:
            if m.start <= i < m.end:
                return m
        return None

    _breaks: list[int] | None = field(default=None, init=False, repr=False)

    def clause_breaks(self) -> list[int]:
        """The indexes of the sentence's tokens that break a clause (:func:`_breaks_clause`),
        in order, found once per sentence from its words."""
        if self._breaks is None:
            words = doc_words(self.doc)
            self._breaks = [i for i in range(self.span.start, self.span.end)
                            if words[i][1] in _CLAUSE_BREAK or words[i][1] in _SUBORDINATORS
                            and _breaks_clause(self.doc[i])]
        return self._breaks

    def clause_end(self, i: int) -> int:
        """The token index where the clause containing ``i`` ends (exclusive): the first
        break among the tokens ``self.span[i - start + 1 :]`` would give."""
        after = range(self.span.start, self.span.end)[i - self.span.start + 1 :]
        breaks = self.clause_breaks()
        k = bisect_left(breaks, after.start)
        return breaks[k] if k < len(breaks) and breaks[k] < after.stop else self.span.end

    def clause_start(self, i: int) -> int:
        """Where the clause containing ``i`` starts: after the last break among the tokens
        ``self.span[: i - start]`` would give."""
        before = range(self.span.start, self.span.end)[: i - self.span.start]
        breaks = self.clause_breaks()
        k = bisect_left(breaks, before.stop) - 1
        return breaks[k] + 1 if k >= 0 and breaks[k] >= before.start else self.span.start


@dataclass
class DocContext:
    """What rules share across sentences: the last policy, meetings, the date."""

    doc: Doc
    gaz: Gazetteer
    ref: date | None
    entities: dict[str, Entity]
    #: every policy mention of the sentences read so far, in text order
    seen_policies: list[Mention] = field(default_factory=list)
    last_actor: Mention | None = None
    #: the operators of the last sentence that named any: what "it", "both" or "the
    #: carrier" in a later sentence may stand for
    recent_telcos: list[Mention] = field(default_factory=list)
    #: the actor that was the subject of the last sentence that had one
    last_subject: Mention | None = None
    _home: str | None = None
    #: (policy, person, evidence) for "his"/"her" policies: the person's country owns it
    owned_by_person: list[tuple[str, str, Evidence]] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    values: list[Value] = field(default_factory=list)
    #: who has a role value already (kept as values are added, not searched for)
    with_role: set[str] = field(default_factory=set)

    @property
    def last_policy(self) -> Mention | None:
        """The last policy mention read: what "it" or "the policy" most often stands for."""
        return self.seen_policies[-1] if self.seen_policies else None

    def policy_for(self, noun: Token) -> Mention | None:
        """The policy "the convention" or "this decree" stands for: the last one read
        whose name has that word ("the Budapest Convention"), else the last one read."""
        word = lem(noun)
        if word == "network":  # in telecom news "the network" is mostly an operator's
            return self.last_policy
        if word in _BARE_LAWS:
            # "the bill" in a story that opens with the new Acme Act and goes on to the act
            # it replaces: the lead's law
            laws = [m for m in self.seen_policies
                    if {w.lower() for w in m.name.split()} & {"law", "act", "bill", "code"}]
            if len({m.key for m in laws}) > 1 and laws[0].start < _lead_end(self.doc):
                return laws[0]
        for m in reversed(self.seen_policies):
            if word in {w.lower() for w in m.name.split()}:
                return m
        if word in {"bill", "legislation"} and self.last_policy is not None and not {
                w.lower() for w in self.last_policy.name.split()} & _LAW_WORDS:
            return None  # "The bill, tabled by ..." is no ban or licence revocation named
            # before it: a bill not named so far
        return self.last_policy

    def countries_served(self) -> dict[str, list[str]]:
        """Each person's (or body's) ``affiliatedWith`` countries so far, in fact order."""
        served: dict[str, list[str]] = {}
        for f in self.facts:
            if f.predicate == "affiliatedWith" and f.object.startswith("country/") and \
                    f.object not in served.get(f.subject, ()):
                served.setdefault(f.subject, []).append(f.object)
        return served

    def home_country(self) -> str | None:
        """The country the article is about: its dateline's, or the one it names most."""
        if self._home is not None:
            return self._home or None
        code = home_country_code(self.doc, self.doc._.pg_mentions or [], self.gaz)
        key = country_key(code) if code else ""
        self._home = key if key in self.entities else ""
        return self._home or None

    def fact(self, s: str, p: str, o: str, ev: Evidence) -> None:
        if s != o:
            self.facts.append(Fact(s, p, o, ev))

    def value(self, s: str, p: str, v: str, dt: str, ev: Evidence) -> None:
        self.values.append(Value(s, p, v, dt, ev))
        if p == "role":
            self.with_role.add(s)


_NO_CLIMB = {"nsubj", "nsubjpass", "acl", "relcl", "appos", "amod", "compound", "poss", "ROOT"}


#: Words for a law that name none: "the bill", "the law", "the legislation".
_BARE_LAWS = {"law", "bill", "legislation"}


def _lead_end(doc: Doc) -> int:
    """Where the article's lead (its first sentence of body text) ends."""
    sents = list(islice(doc.sents, 2)) if doc.has_annotation("SENT_START") else []
    if len(sents) > 1 and "\n" in sents[0].text:
        return sents[1].end  # the headline, then the lead
    return sents[0].end if sents else 0


def negated(token: Token, depth: int = 3) -> bool:
    """True when ``token`` or a governing word up to ``depth`` levels is negated.

    Climbing stops at subjects, relative clauses and modifiers: in "the Toolbox,
    adopted by the Commission, stopped short of a ban" adopting is not negated.
    """
    current: Token | None = token
    via_conj = False
    for _ in range(depth):
        if current is None:
            break
        for child in current.children:
            if child.dep_ == "neg" or child.lower_ in NEG_WORDS and child.dep_ in {"det", "advmod"}:
                return True
        # "stopped buying X and built Y": the building was not stopped
        if lem(current) in NEG_VERBS and current is not token and not via_conj:
            return True
        if current.head.i == current.i or current.dep_ in _NO_CLIMB:
            break
        via_conj = current.dep_ == "conj" and current.head.pos_ == "VERB"
        current = current.head
    left = token.doc[max(token.i - 3, token.sent.start) : token.i]
    return any(t.lower_ in NEG_WORDS or t.lower_ == "longer" for t in left)


def irrealis(token: Token, depth: int = 3) -> bool:
    """True when ``token`` is modal, hypothetical or only asked for ("urged to join")."""
    current: Token | None = token
    for _ in range(depth):
        if current is None:
            break
        for child in current.children:
            if child.dep_ in {"aux", "auxpass", "mark"} and child.lower_ in MODAL_AUX | IRREALIS:
                return True
        if current is not token and lem(current) in IRREALIS and current.pos_ not in {
                "NOUN", "PROPN"}:  # "a plan that 12 countries signed": a noun, not "plans to"
            return True
        if current.dep_ in {"xcomp", "advcl"} and lem(current.head) in TRIED and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            return True
        if current.head.i == current.i or current.dep_ == "conj" and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in current.children):
            break  # "Washington pressed Acmea to act, and Roe discussed it": a clause of its own
        if current.dep_ == "relcl":
            break  # "weighs whether to leave the Acme Initiative, which Peru joined": said so
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _FACT_MARKS
                                           for c in current.children):
            break  # "has pressed Acme since Roe met Doe in April": the meeting took place
        current = current.head
    return False


#: Subordinators of a clause that tells what happened: "since", "after", "when".
_FACT_MARKS = {"since", "after", "when", "because", "as", "before", "while", "once"}


# -- rules -------------------------------------------------------------------------------
Rule = Callable[[Sentence], None]


def policy_refs(s: Sentence, start: int, end: int, pronouns: bool = True) -> list[Mention]:
    """Policies that start between ``start`` and ``end`` (a long name may run on past
    it), or the last one for "it"/"the policy"."""
    found = [m for m in s.mentions if start <= m.start < end and m.type is T.POLICY]
    if found:
        return found
    for t in s.doc[start:end]:
        if pronouns and t.lower_ in {"it", "its"} or (
                lem(t) in POLICY_ANAPHORA and t.i > 0 and
                s.doc[t.i - 1].lower_ in {"the", "this", "that"}):
            # "imposed curbs and urged Roe to join its restrictions": the sentence's own
            # policy before the text before
            before = s.between(s.span.start, start, {T.POLICY})
            if before:
                return before[-1:]
            meant = s.ctx.policy_for(t)
            if meant is not None:
                return [meant]
    return []


def _enacted_it(s: Sentence, verb: Token) -> Mention | None:
    """The policy "it" stands for after ``verb`` ("adopted it"): one named before the verb,
    else the last one named, or called "the bill" or "the law", in the sentences before,
    as far back as each of them goes on about "it"."""
    before = s.between(s.span.start, verb.i, {T.POLICY})
    if before:
        return before[-1]
    start = s.span.start
    known: list[Mention] = s.ctx.doc._.pg_mentions or []
    for _ in range(3):
        if start == 0:
            return None
        prev = s.doc[start - 1].sent
        named = [m for m in known if prev.start <= m.start < prev.end and m.type is T.POLICY]
        if named:
            return named[-1]
        anaphor = next((t for t in prev if _policy_anaphor(t)), None)
        if anaphor is not None:
            return s.ctx.policy_for(anaphor)
        if not any(t.lower_ in {"it", "its"} for t in prev):
            return None  # the thread of "it" is broken
        start = prev.start
    return None


def _policy_anaphor(token: Token) -> bool:
    """"the initiative", "this policy", "the program": a definite policy noun."""
    return lem(token) in POLICY_ANAPHORA and any(
        c.lower_ in {"the", "this", "that", "these"} for c in token.children)


def _power_to(verb: Token) -> bool:
    """"a bill that would give the president the power to ban Acme": a power, no ban."""
    return verb.dep_ in {"acl", "xcomp"} and lem(verb.head) in {
        "power", "authority", "ability", "right", "option", "threat", "bid", "attempt",
        "proposal", "effort", "mandate"}


#: What an exporter is barred "from" doing: "bars Acme from shipping tools" (the -ing
#: forms: the tagger often reads "shipping" as a noun).
_SELLING = {"shipping", "selling", "exporting", "supplying", "providing", "delivering",
            "sending", "transferring"}


def rule_excludes(s: Sentence) -> None:
    for trig in s.tokens(EXCLUDE):
        if negated(trig) or _short_of(trig) or _power_to(trig):
            continue
        if lem(trig) == "keep" and not any(t.lower_ == "out" for t in s.doc[trig.i : trig.i + 16]):
            continue
        if lem(trig) in {"remove", "take", "drop", "delete", "strike"} and any(
                t.lower_ in {"list", "register", "registry", "blacklist"}
                for t in s.doc[trig.i + 1 : s.clause_end(trig.i)]):
            continue  # "removed Acme from the list": a listing ended, no one shut out
        if trig.i > 0 and s.doc[trig.i - 1].lower_ == "export" or \
                trig.i + 1 < len(s.doc) and s.doc[trig.i + 1].lower_ in {"exports", "sales"}:
            continue  # export curbs hit exporters ("will affect ASML"); they exclude no one
        end = s.clause_end(trig.i)
        targets = [m for m in s.between(trig.i + 1, end, {T.COMPANY, T.TELCO})
                   if not _uses_after(s, m) and not _in_relative_clause(s, m, trig)
                   and not _told(s, m) and not _deal_owner(s, m) and not _whose_people(s, m)]
        if trig.pos_ == "NOUN":  # "restrictions on Acme", not "the restrictions hit Acme"
            own = {t.i for t in trig.subtree}
            targets = [m for m in targets if m.start in own]
        selling = next((t.i for t in s.doc[trig.i + 1 : end] if t.lower_ == "from" and
                        t.i + 1 < end and s.doc[t.i + 1].lower_ in _SELLING), None)
        if selling is not None:
            # "bar suppliers such as Acme from shipping tools to Roe": Acme is restrained
            # as a seller, not shut out; Roe, the buyer, is
            targets = [m for m in targets if m.start > selling]
        if any(c.dep_ == "auxpass" for c in trig.children):
            # "Huawei and ZTE have been banned ... under security guidance"
            passive = {t.i for c in trig.children if c.dep_ == "nsubjpass" for t in c.subtree}
            targets = [m for m in s.of(T.COMPANY, T.TELCO) if m.start in passive] or targets
        if not targets:
            continue
        start = s.clause_start(trig.i)
        if trig.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in trig.children):
            # "Note 3 has required approval, and Ruritania has banned Acme": a clause of its own
            start = max(start, trig.left_edge.i)
        policies = [p for p in s.of(T.POLICY) if start <= p.start and (p.end <= trig.i or
                                                                       trig.i <= p.start < end)]
        named = [p for p in s.of(T.POLICY) if p.start <= trig.i < p.end]
        if named:  # "New Delhi's app ban on Acme": the ban the noun names, not one before
            policies = named
        if not policies:
            subj = _subject_text(trig)
            anaphoric = bool(subj & ({"it", "which"} | POLICY_ANAPHORA)) or any(
                _policy_anaphor(t) for t in s.doc[s.span.start : trig.i])
            if anaphoric and irrealis(trig):
                # "The ban took effect, and the council would ask for Acme to be blocked":
                # a further measure only asked for, not the ban named before
                anaphoric = False
            if anaphoric and not subj & POLICY_ANAPHORA and _speaker_is_it(s, trig):
                anaphoric = False  # "Acme said it will phase out Globex gear": Acme's "it"
            if anaphoric and s.ctx.last_policy:
                policies = [s.ctx.last_policy]
        for pol in policies[:1] if len(policies) > 1 else policies:
            for m in targets:
                s.ctx.fact(pol.key, "excludes", m.key, s.evidence("relations.excludes", 0.8))


#: Who a measure may name by the firm they belong to: "sanctions on executives of Acme".
_PEOPLE_OF = {"executive", "leader", "official", "people", "person", "individual", "employee",
              "staff", "director", "manager", "founder", "shareholder", "owner", "member",
              "engineer", "worker"}
_TIED = {"tie", "link", "connect", "affiliate", "associate"}


def _whose_people(s: Sentence, m: Mention) -> bool:
    """Whether ``m`` only says whose people or partners a measure targets: "sanctions on 12
    executives of Acme", "on five companies tied to the Acme Consortium" (not Acme)."""
    root = s.doc[m.end - 1]
    if root.dep_ != "pobj" or root.head.lower_ not in {"of", "at", "to", "with"}:
        return False
    owner = root.head.head
    return lem(owner) in _PEOPLE_OF | _TIED


def _deal_owner(s: Sentence, m: Mention) -> bool:
    """Whether ``m`` owns the deal a measure blocks, made with another firm: in "block
    Acme's 5G deal with Globex" Globex is kept out, Acme is the buyer."""
    root = s.doc[m.end - 1]
    if root.dep_ != "poss" and not (m.end < len(s.doc) and s.doc[m.end].text in {"'s", "’s"}):
        return False
    deal = root.head
    return lem(deal) in DEAL and any(c.lower_ == "with" for c in deal.children)


#: Verbs that tell someone to act: those told are the actors, not the measure's targets.
_TELLING = {"tell", "ask", "order", "instruct", "direct", "require", "urge", "force", "oblige"}


def _told(s: Sentence, m: Mention) -> bool:
    """Whether ``m`` is among those told to act: "told operators, including Acme and Globex,
    to block access" makes Acme and Globex enforce the measure, not suffer it."""
    current = s.doc[m.end - 1]
    for _ in range(6):
        if current.head.i == current.i:
            return False
        dep, current = current.dep_, current.head
        if current.pos_ in {"VERB", "AUX"} and current.dep_ != "prep":  # not "including"
            return dep == "dobj" and lem(current) in _TELLING and any(
                c.dep_ in {"xcomp", "ccomp"} for c in current.children)
    return False


def _speaker_is_it(s: Sentence, trig: Token) -> bool:
    """Whether the "it" doing ``trig`` is the speaker named before: "Acme has said it will
    phase out Globex gear" (a reported clause whose saying verb has a named subject)."""
    clause = trig
    for _ in range(3):
        if clause.dep_ not in {"xcomp", "conj", "aux"} or clause.head.i == clause.i:
            break
        clause = clause.head
    say = clause.head if clause.dep_ == "ccomp" else None
    if say is None or lem(say) not in SPEECH:
        return False
    return any(s.mention_at(c.i) is not None for c in say.children if c.dep_ == "nsubj")


def _in_relative_clause(s: Sentence, m: Mention, trig: Token) -> bool:
    """Whether ``m`` sits in a clause that describes another object of ``trig``: "removed
    Acme Fab (Dalian), a plant Globex bought from Initech, from the list" names Globex and
    Initech only to say whose plant it was."""
    current = s.doc[m.end - 1]
    for _ in range(12):
        if current.i == trig.i or current.head.i == current.i:
            return False
        if current.dep_ == "relcl" or current.dep_ == "acl" and current.head.dep_ == "appos":
            return True  # "cars made by Acme" are Acme's: not an apposition's clause
        current = current.head
    return False


def rule_listed(s: Sentence) -> None:
    """"added SMIC and ten of its subsidiaries to the Entity List": the list excludes them."""
    for trig in s.tokens({"add", "place", "put", "include", "blacklist"}):
        if negated(trig) or irrealis(trig, 2):
            continue
        end = s.clause_end(trig.i)
        to = [t.i for t in s.doc[trig.i + 1 : end] if t.lower_ in {"to", "on", "onto"}]
        if not to:
            continue
        lists = [p.key for p in s.between(to[0] + 1, min(to[0] + 6, end), {T.POLICY})
                 if _is_list(p.name)]
        if not lists and any(t.lower_ in _LIST_WORDS for t in s.doc[to[0] + 1 : min(to[0] + 5, end)]):
            lists = _the_list(s)  # "added Acme to its trade blacklist": the Entity List named
        for pol in lists[:1]:
            for m in s.between(trig.i + 1, to[0], {T.COMPANY, T.TELCO}):
                if not _in_relative_clause(s, m, trig):
                    s.ctx.fact(pol, "excludes", m.key, s.evidence("relations.listed", 0.8))
    for listed in s.of(T.POLICY):
        # "Acme was added to the Entity List", "Acme has been on the Entity List since 2020",
        # "Acme remains on the list": the subject of the verb the list hangs from
        prep = s.doc[listed.start - 1] if listed.start > s.span.start else None
        if prep is not None and prep.lower_ in {"the", "its", "a"} and listed.start - 2 >= s.span.start:
            prep = s.doc[listed.start - 2]
        if prep is None or prep.lower_ not in {"to", "on", "onto"} or not _is_list(listed.name):
            continue
        verb = prep.head
        if lem(verb) not in {"be", "remain", "stay", "add", "place", "put", "land", "keep"} or \
                negated(verb) or irrealis(verb, 2):
            continue
        subjects = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                    for t in c.subtree}
        for m in s.of(T.COMPANY, T.TELCO):
            if m.start in subjects and not _in_relative_clause(s, m, verb):
                s.ctx.fact(listed.key, "excludes", m.key, s.evidence("relations.listed", 0.8))
    for trig in s.tokens({"include"}):
        # "the list includes Acme and Beta", "Besides Acme, the Entity List includes Beta"
        if trig.pos_ != "VERB" or negated(trig) or irrealis(trig, 2):
            continue
        subj = next((c for c in trig.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        named = s.mention_at(subj.i)
        if named is not None and named.type is T.POLICY and _is_list(named.name):
            lists = [named.key]
        elif named is None and subj.lower_ in _LIST_WORDS and any(
                c.lower_ in {"the", "its", "this"} for c in subj.children):
            lists = _the_list(s)
        else:
            continue
        members = {t.i for c in trig.children if c.dep_ in {"dobj", "prep"}
                   for t in c.subtree}
        for pol in lists[:1]:
            for m in s.of(T.COMPANY, T.TELCO):
                if m.start in members:
                    s.ctx.fact(pol, "excludes", m.key, s.evidence("relations.listed", 0.75))


_LIST_WORDS = {"list", "blacklist", "register"}


def _is_list(name: str) -> bool:
    """Whether a policy's name is a list's: "Entity List", "Unreliable Entity List"."""
    return name.split()[-1].lower() in _LIST_WORDS


def _the_list(s: Sentence) -> list[str]:
    """The article's one named list ("the Entity List"), for "the list", "its blacklist"."""
    found = [key for key, e in s.ctx.entities.items() if e.type is T.POLICY
             and _is_list(e.label)]
    return found if len(found) == 1 else []


def _short_of(token: Token) -> bool:
    left = " ".join(t.lower_ for t in token.doc[max(token.i - 4, 0) : token.i])
    return "short of" in left


def _uses_after(s: Sentence, m: Mention) -> bool:
    nxt = s.doc[m.end : m.end + 4]
    return any(lem(t) in USE for t in nxt)


def _subject_text(token: Token) -> set[str]:
    out: set[str] = set()
    current = token
    for _ in range(3):
        for child in current.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                out |= {t.lower_ for t in child.subtree}
        if current.head.i == current.i:
            break
        current = current.head
    return out


def rule_urged(s: Sentence) -> None:
    for trig in s.tokens(URGE):
        if negated(trig) or (lem(trig) == "call" and trig.pos_ == "VERB" and
                             not any(c.lower_ == "for" for c in trig.children)
                             and not any(t.lower_ == "on" for t in s.doc[trig.i + 1 : trig.i + 2])):
            continue
        end = s.span.end
        joins = [t for t in s.doc[trig.i + 1 : end] if _is_join(t)]
        if not joins:
            continue
        join = joins[0]
        if any(lem(t) in URGE for t in s.doc[trig.i + 1 : join.i]):
            continue  # "pressure from Acme, which later urged Roe to join": the nearer verb
        policies = policy_refs(s, join.i + 1, min(join.i + 12, end))
        if not policies:
            continue
        targets = [m for m in s.between(trig.i + 1, join.i, ACTORS)
                   if m.kind != "demonym" and not _in_agent(s, m)]
        passive = trig.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in trig.children)
        if passive or (not targets and trig.tag_ == "VBN" and trig.dep_ != "amod"
                       and not any(c.dep_ == "dobj" or c.dep_ == "aux" and lem(c) == "have"
                                   for c in trig.children)):
            # not "the US, which pressed allies to join": the allies, named by no one; not
            # "Peru has asked to join": its own request
            subj = [m for m in _subjects(s, trig, fallback=False) if m.type in ACTORS]
            left = s.between(s.clause_start(trig.i), trig.i, ACTORS)
            targets = subj or left[-1:]
        for m in targets:
            for pol in policies[:1]:
                s.ctx.fact(m.key, "urgedToJoin", pol.key, s.evidence("relations.urgedToJoin", 0.85))


def _in_pp(s: Sentence, m: Mention) -> bool:
    """True for "Singtel" in "Optus, owned by Singapore's Singtel,": not the subject.

    The parse decides when it can ("Secretary of State Jane Roe" is a subject even
    though "of" comes before the name); the words before the name decide otherwise.
    """
    doc = s.doc
    root = next((t for t in doc[m.start : m.end] if not m.start <= t.head.i < m.end
                 or t.head.i == t.i), None)
    current = root
    for _ in range(4):
        if current is None:
            break
        if current.dep_ in {"pobj", "agent"}:
            return True
        if current.dep_ in {"nsubj", "nsubjpass", "dobj", "ROOT"}:
            return False
        if current.dep_ != "conj" or current.head.i == current.i:
            break
        current = current.head
    j = m.start - 1
    while j >= s.span.start and (s.doc[j].lower_ in {"the", "'s", "’s", "its"}
                                 or s.mention_at(j) is not None or s.doc[j].is_title
                                 and j > s.span.start):
        j -= 1
    return j >= s.span.start and s.doc[j].lower_ in {"by", "of", "from", "with", "to", "for"}


def _in_agent(s: Sentence, m: Mention) -> bool:
    """True for the "by the United States" of a passive: the urger, not the urged."""
    j = m.start - 1
    while j >= s.span.start and s.doc[j].lower_ in {"the", "its", "their"}:
        j -= 1
    return j >= s.span.start and s.doc[j].lower_ == "by"


def _is_join(t: Token) -> bool:
    lemma = lem(t)
    if lemma in {"join", "participate", "enlist"}:
        return True
    if lemma == "part" and t.i > 0 and t.doc[t.i - 1].lower_ in {"take", "taking", "took"}:
        return True
    if lemma == "sign" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in {"up", "on", "onto"} \
            and not any(g.ent_type_ in {"DATE", "TIME"} for g in t.doc[t.i + 1].children):
        return True  # "signed on to the pact", not "signed it on April 4"
    if lemma == "align" and any(c.lower_ == "with" for c in t.children):
        return True  # "has aligned itself with the Union's sanctions": it applies them
    if lemma == "sign" and any(c.dep_ == "dobj" and c.lower_ in _MEMORANDA for c in t.children):
        return True  # "signed a memorandum of understanding on the Alpha Initiative"
    return False


#: What a state signs to take part in a programme: "signed a memorandum on the Initiative".
_MEMORANDA = {"memorandum", "mou", "memorandums", "memoranda", "letter"}


#: The lemmas :func:`_is_join` may accept.
_JOIN_LEMMAS = {"join", "participate", "enlist", "part", "sign", "align"}
#: The nouns a badge comes before: "Clean Telcos", "Clean Country" (an "s" taken off).
_BADGE_NOUNS = {"telco", "carrier", "country", "company", "member", "partner", "operator",
                "nation"}


def rule_participates(s: Sentence) -> None:
    words = doc_words(s.doc)
    badges = _badge_index(s.doc, s.ctx.doc._.pg_mentions or [])
    last = len(s.doc) - 1
    for i in range(s.span.start, s.span.end):
        lemma, lower = words[i]
        if lemma not in _JOIN_LEMMAS and not (
                lower in badges and i < last and words[i + 1][1].rstrip("s") in _BADGE_NOUNS):
            continue  # neither joining nor a badge, known from the words alone
        trig = s.doc[i]
        badge = _badge(s, trig)
        if not (_is_join(trig) or badge):
            continue
        verb = trig
        while badge and verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if negated(verb) or irrealis(verb) or _urged_before(s, trig):
            continue
        if badge:
            policies = [badge]
        elif trig.dep_ == "relcl":
            before = s.between(s.span.start, trig.i, {T.POLICY})
            policies = before[-1:] if before and trig.i - before[-1].end <= 16 else []
        else:
            policies = policy_refs(s, trig.i + 1, min(trig.i + 12, s.span.end))
            memo = [c.i for c in trig.children if c.dep_ == "dobj" and c.lower_ in _MEMORANDA]
            # "signed a memorandum on 5G security": the memorandum is the policy, not a way in
            policies = [p for p in policies if not any(p.start <= i < p.end for i in memo)
                        and not (p.kind == "description" and memo)]
        if not policies:
            continue
        subjects = _subjects(s, verb, fallback=False) or _included(s, verb)
        orgs = [m for m in subjects if m.type in ORGS and m.type is not T.GOVERNMENT_BODY]
        chosen = orgs or [m for m in subjects if m.type is T.COUNTRY and m.kind != "demonym"]
        if badge and not chosen:
            chosen = s.between(s.clause_start(trig.i), trig.i, {T.TELCO})
        for m in chosen:
            s.ctx.fact(m.key, "participatesIn", policies[0].key,
                       s.evidence("relations.participatesIn", 0.75))


#: Nouns of a group whose members a sentence may name: "12 countries", "new members".
GROUP_NOUNS = {"country", "nation", "government", "economy", "operator", "carrier", "telco",
               "member", "company", "firm", "partner", "state", "signatory"}


def _included(s: Sentence, verb: Token) -> list[Mention]:
    """"12 other countries have signed on to, including Japan, India and Australia": the
    named members of a group that joins; and the list that ends the sentence after a colon
    ("Four new members joined the pact this year: Peru, Chile, Bolivia and Ecuador")."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj or lem(subj[0]) not in GROUP_NOUNS:
        return []
    doc = s.doc
    cue = next((t.i for t in doc[verb.i : s.span.end] if t.lower_ == "including" or (
        t.lower_ == "such" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "as")), None)
    if cue is None:
        return listed_after_colon(s.doc, verb.i, s.span.end)
    if cue - verb.i > 8:
        return []
    found = []
    for t in doc[cue + 1 : s.span.end]:
        if t.text in {";", "."} or t.pos_ == "VERB":
            break
        m = s.mention_at(t.i)
        if m is not None and m.type in ACTORS and m not in found and m.kind != "demonym":
            found.append(m)
    return found


def listed_after_colon(doc: Doc, start: int, end: int) -> list[Mention]:
    """The actors listed after the last colon past token ``start`` of the sentence that
    ends at token ``end``, when the list is all that follows ("...: Peru, Chile and the
    EU."; a colon that ends the sentence: the whole next one); none for fewer than two or
    for any other words after the colon."""
    colon = next((t.i for t in reversed(doc[start:end]) if t.text == ":"), None)
    if colon is None:
        return []
    if colon == end - 1 and end < len(doc):
        end = doc[end].sent.end  # the parser's next sentence is the list
    at = {i: m for m in doc._.pg_mentions or [] if colon < m.start < end
          for i in range(m.start, m.end)}
    found: list[Mention] = []
    i = colon + 1
    while i < end:
        m = at.get(i)
        if m is not None and m.type in ACTORS and m.kind != "demonym":
            if m not in found:
                found.append(m)
            i = m.end
            continue
        if doc[i].is_punct or doc[i].lower_ in {"and", "the", "as", "well"}:
            i += 1
            continue
        return []  # "...: a step the members welcomed": no list
    return found if len(found) >= 2 else []


def _badge(s: Sentence, t: Token) -> Mention | None:
    """"Clean Telcos" names members of the Clean Network: a badge of a known policy."""
    if t.i + 1 >= len(s.doc) or s.mention_at(t.i) or not t.is_alpha:
        return None
    nxt = s.doc[t.i + 1]
    if nxt.lower_.rstrip("s") not in _BADGE_NOUNS:
        return None
    known: list[Mention] = s.ctx.doc._.pg_mentions or []
    m = _badge_index(s.doc, known).get(t.lower_)
    if m is not None and (t.is_title or t.i > 0 and s.doc[t.i - 1].text in {"“", '"', "‘", "'"}):
        return m
    return None


def _badge_index(doc: Doc, known: list[Mention]) -> dict[str, Mention]:
    """The first policy mention of ``known`` by the lower case of its first word (of four
    letters or more), built once per document: scanning every mention at every token
    was quadratic in the length of the article."""
    cached = doc.user_data.get("pg_badges")
    if cached is not None and cached[0] is known:
        index: dict[str, Mention] = cached[1]
        return index
    index = {}
    for m in known:
        first = m.name.split()[0]
        if m.type is T.POLICY and len(first) >= 4:
            index.setdefault(first.lower(), m)
    doc.user_data["pg_badges"] = (known, index)
    return index


def _urged_before(s: Sentence, trig: Token) -> bool:
    return any(lem(t) in URGE or lem(t) in {"pressure", "demand", "call"}
               for t in s.doc[s.clause_start(trig.i) : trig.i])


def _subjects(s: Sentence, verb: Token, fallback: bool = True) -> list[Mention]:
    """Mentions in the subject of ``verb`` (climbing xcomp/conj), else just before it."""
    current = verb
    for _ in range(3):
        subj = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj and subj[0].lower_ in {"which", "that", "who"} and current.dep_ == "relcl":
            # the clause's head noun, without the clause itself ("Acme, which imposed
            # curbs and urged Roe to join" is Acme's act, not Roe's)
            inside = {t.i for t in current.subtree}
            idx = {t.i for t in current.head.subtree} - inside
            found = [m for m in s.mentions if m.start in idx]
            if found:
                return found
            break
        if subj and subj[0].lower_ in {"it", "they"} and current.dep_ == "ccomp":
            # "KPN said it had replaced ...": the pronoun is the speaker
            speaker = [c for c in current.head.children if c.dep_ == "nsubj"]
            if speaker and speaker[0].i < subj[0].i:
                subj = speaker
        if subj:
            idx = {t.i for c in subj for t in c.subtree}
            found = [m for m in s.mentions if m.start in idx and not _in_pp(s, m)
                     and not _agent_before(s, m)]
            if found:
                return found
            if subj[0].pos_ == "NOUN" and subj[0].lower_ in _UNNAMED_STATE:
                return []  # "which the government launched": no firm named before it
            break
        if current.dep_ not in {"xcomp", "conj", "ccomp", "advcl"} or current.head.i == current.i:
            break
        current = current.head
    if not fallback:
        return []
    start = s.clause_start(verb.i)
    left = s.between(start, verb.i, ACTORS)
    return left[-1:] if left else []


#: A subject that names the state without a name: never the firm named before it.
_UNNAMED_STATE = {"government", "ministry", "authorities", "administration", "cabinet",
                  "regulator", "state", "parliament", "lawmakers", "legislature", "agency"}


def _agent_before(s: Sentence, m: Mention) -> bool:
    """True for Roe Group in "Acme, which is controlled by state-run Roe Group, buys":
    the agent of a clause inside the subject (the parser may hang it anywhere)."""
    for t in reversed(s.doc[max(m.start - 4, s.span.start) : m.start]):
        if t.lower_ in {",", "and", "or"}:
            return False
        if t.lower_ == "by":
            return True
    return False


def rule_uses(s: Sentence) -> None:
    for trig in s.tokens(USE):
        if negated(trig) or _stopped(trig) or irrealis(trig, 1) or _hypothetical_use(trig):
            continue
        start = s.clause_start(trig.i)
        telcos = s.between(start, trig.i, {T.TELCO})
        if not telcos and trig.dep_ == "conj" and trig.pos_ == "VERB" and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in trig.children):
            # "Acme and Beta use Globex gear but picked Nokia for 5G": the operators that
            # open the sentence, before any vendor, share the second verb
            first_vendor = min((m.start for m in s.of(*VENDORS) if m.start < trig.i),
                               default=trig.i)
            telcos = s.between(s.span.start, first_vendor, {T.TELCO})
        anaphoric = _anaphoric_users(s, trig)
        if not telcos and not anaphoric:
            continue
        window_end = min(s.clause_end(trig.i), trig.i + 16)
        for t in s.doc[trig.i + 1 : window_end]:
            if t.pos_ == "VERB" and t.dep_ in {"conj", "ccomp", "advcl"} or t.text == ";":
                window_end = t.i
                break
        vendors = s.between(trig.i + 1, window_end, VENDORS)
        if vendors and any(t.lower_ in {"no", "not", "zero", "never", "without"}
                           for t in s.doc[trig.i + 1 : vendors[0].start]):
            continue
        if lem(trig) in {"have", "run", "operate"} and not any(t.lower_ in EQUIPMENT
                                          for t in s.doc[trig.i + 1 : window_end]):
            continue
        if lem(trig) in {"build"} | USE_NEEDS_WITH:  # "built its network with Ericsson"
            passive = lem(trig) == "build" and any(c.dep_ == "auxpass" for c in trig.children)
            with_at = [t.i for t in s.doc[trig.i + 1 : window_end] if t.lower_ == "with"
                       or passive and t.lower_ == "by"]  # "Its network was built by Acme"
            vendors = [v for v in vendors if with_at and v.start > with_at[0]]
        if lem(trig) in USE_NEEDS_DEAL:  # "awarded Nokia a contract", "signed a deal with"
            deal = [t.i for t in s.doc[trig.i + 1 : window_end] if lem(t) in DEAL]
            vendors = [v for v in vendors if deal and v.start < deal[0] + 6]
        if not vendors:
            continue
        if anaphoric is not None:
            users = anaphoric
        else:
            users = [m for m in _subjects(s, trig, fallback=False) if m.type is T.TELCO]
            users = _without_possessors(s, users) or _quantified_which(s, trig, telcos) \
                or _coordinated(s, telcos[-1], telcos)
        for tel in users:
            for v in vendors:
                s.ctx.fact(tel.key, "usesEquipmentFrom", v.key,
                           s.evidence("relations.usesEquipmentFrom", 0.8))
    _possessed_equipment(s)
    _replaced_with(s)
    _equipment_in_networks(s)
    _built_on(s)
    _supplier_of(s)
    _owned_suppliers(s)
    _supplied_by(s)
    _comes_from(s)
    for trig in s.tokens(SUPPLY):
        if negated(trig) or _stopped(trig):
            continue
        vendors = s.between(s.clause_start(trig.i), trig.i, VENDORS)
        telcos = s.between(trig.i + 1, s.clause_end(trig.i), {T.TELCO})
        if vendors and telcos:
            for tel in telcos:
                s.ctx.fact(tel.key, "usesEquipmentFrom", vendors[-1].key,
                           s.evidence("relations.supplies", 0.7))


def _without_possessors(s: Sentence, found: list[Mention]) -> list[Mention]:
    """Drop "Hutchison" from "Hutchison's Three UK": the owner, not the one that acts."""
    doc = s.doc
    return [m for m in found if not (m.end + 1 < len(doc) and doc[m.end].text in {"'s", "’s"}
                                     and any(o.start == m.end + 1 for o in found))]


def _quantified_which(s: Sentence, verb: Token, before: list[Mention]) -> list[Mention]:
    """"Telia and Telenor, both of which rely on Huawei": the telcos listed."""
    for c in verb.children:
        if c.dep_ == "nsubj" and c.lower_ in {"both", "all", "each"} and any(
                g.lower_ == "of" and any(x.lower_ == "which" for x in g.children)
                for g in c.children):
            listed = [m for m in before if m.start < c.i]
            return listed[-2:] if c.lower_ == "both" else listed
    return []


def _coordinated(s: Sentence, last: Mention, among: list[Mention]) -> list[Mention]:
    """``last`` and the mentions coordinated with it ("Globe and Smart both ...")."""
    root = s.doc[last.end - 1]
    group = {root.i, *(t.i for t in root.conjuncts)}
    out = [m for m in among if m.end - 1 in group]
    return out if last in out else [last]


def _hypothetical_use(trig: Token) -> bool:
    """"using Huawei gear would raise risks" (a gerund subject), "had picked Huawei"
    (a choice since overturned), "would use" one level up."""
    if trig.dep_ in {"csubj", "csubjpass", "aux", "auxpass"}:
        return True
    if trig.dep_ in {"acl", "xcomp"} and trig.head.pos_ == "NOUN" and any(
            c.lower_ == "to" for c in trig.children):
        return True  # "Spark's proposal to use Huawei equipment": a plan, not a fact
    if lem(trig) in {"pick", "choose", "select"} and any(
            c.lower_ == "had" and c.dep_ == "aux" for c in trig.children) and not (
            trig.dep_ == "ccomp" and lem(trig.head) in SPEECH):
        return True  # "had picked" (since overturned), but not "said it had picked"
    head = trig.head
    # "said it would keep using Acme gear": it uses Acme gear now, whatever comes later
    kept = lem(head) in {"keep", "continue"}
    return trig.dep_ in {"xcomp", "ccomp", "advcl"} and any(
        c.dep_ in {"aux", "mark"} and (c.lower_ in {"if", "whether"} or not kept
                                       and c.lower_ in {"would", "could", "might"})
        for c in head.children)


def _possessed_equipment(s: Sentence) -> None:
    """"Union Wireless has begun swapping its Huawei base stations": its vendor's gear."""
    doc = s.doc
    for v in s.of(*VENDORS):
        if v.start < 1 or doc[v.start - 1].lower_ not in {"its", "their"}:
            continue
        if not any(t.lower_ in EQUIPMENT for t in doc[v.end : v.end + 3]):
            continue
        owner = [m for m in _subjects(s, doc[v.start], fallback=False) if m.type is T.TELCO]
        telcos = owner or s.between(s.clause_start(v.start), v.start, {T.TELCO})[-1:]
        head = doc[v.start].head
        if telcos and not negated(head) and not _completed(head):
            s.ctx.fact(telcos[0].key, "usesEquipmentFrom", v.key,
                       s.evidence("relations.possessedEquipment", 0.7))


def _equipment_in_networks(s: Sentence) -> None:
    """"Huawei equipment already installed in the networks of Vodafone and 2degrees"."""
    doc = s.doc
    for v in s.of(*VENDORS):
        if not any(t.lower_ in EQUIPMENT for t in doc[v.end : v.end + 3]):
            continue
        if negated(doc[v.start].head) or _completed(doc[v.start].head):
            continue
        window = doc[v.end : min(v.end + 10, s.clause_end(v.end))]
        words = [t.lower_ for t in window]
        if "networks" not in words and "network" not in words:
            continue
        at = max(i for i, w in enumerate(words) if w in {"network", "networks"})
        if at + 1 < len(words) and words[at + 1] == "of":
            for tel in s.between(window[at].i + 1, min(window[at].i + 10, s.span.end), {T.TELCO}):
                s.ctx.fact(tel.key, "usesEquipmentFrom", v.key,
                           s.evidence("relations.equipmentInNetworks", 0.7))


def _built_on(s: Sentence) -> None:
    """"Globe and Smart both launched 5G services on Huawei equipment"."""
    doc = s.doc
    for v in s.of(*VENDORS):
        j = v.start - 1
        while j > s.span.start and (doc[j].pos_ == "ADJ" or doc[j].dep_ == "amod"):
            # "on imported Ericsson equipment"
            j -= 1
        if j < 0 or doc[j].lower_ not in {"on", "with", "using"}:
            continue
        if not any(t.lower_ in EQUIPMENT for t in doc[v.end : v.end + 3]):
            continue
        verb = doc[j].head
        if verb.pos_ == "NOUN" and verb.head.pos_ == "VERB":
            verb = verb.head  # "launched 5G services on Huawei equipment"
        if verb.pos_ != "VERB" or negated(verb) or irrealis(verb, 1) or _hypothetical_use(verb):
            continue
        users = [m for m in _subjects(s, verb, fallback=False) if m.type is T.TELCO]
        for tel in users or _anaphoric_users(s, verb) or []:
            s.ctx.fact(tel.key, "usesEquipmentFrom", v.key, s.evidence("relations.builtOn", 0.7))


_OPERATOR_NOUNS = {"carrier", "operator", "company", "telco", "firm", "provider", "group"}
#: "The network has been built with Acme": the network of the operator just named
_NETWORK_NOUNS = {"network"}


def _anaphoric_users(s: Sentence, verb: Token) -> list[Mention] | None:
    """The operators that "it", "they", "both", "the carrier" or "its network" as the
    subject of ``verb`` stand for: the operator subject of this sentence's main clause,
    else the operators of the last sentence that named any ("Acme Mobile and Beta Tel
    won licences. Both run their networks on Nokia gear."). A subject that is an
    operator's own name (reached through "and" from an earlier verb) is that operator.
    None when the subject is neither."""
    subj = None
    current = verb
    for _ in range(3):
        found = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if found:
            subj = found[0]
            break
        if current.dep_ not in {"xcomp", "conj", "advcl"} or current.head.i == current.i:
            break
        current = current.head
    if subj is None:
        return None
    if subj.lower_ in {"it", "they"} and current.dep_ == "ccomp" and any(
            c.dep_ == "nsubj" and c.i < subj.i for c in current.head.children):
        return None  # "Acme and Beta said they had chosen Nokia": the speakers (_subjects)
    named = s.mention_at(subj.i)
    if named is not None:
        if named.type is not T.TELCO or current is verb:
            return None
        # "Acme and Beta use Globex gear but picked Nokia": both operators, not the first
        group = {subj.i, *(t.i for t in subj.conjuncts)}
        return [m for m in s.of(T.TELCO) if m.end - 1 in group or m is named]
    if any(c.lower_ == "of" for c in subj.children):
        return None  # "both of which rely on ...": the telcos listed just before
    plural = subj.lower_ in {"they", "both"}
    anaphor = subj.lower_ in {"it", "they", "both"} or (
        subj.pos_ == "NOUN" and lem(subj) in _OPERATOR_NOUNS | _NETWORK_NOUNS
        and any(d.lower_ in {"the", "this"} for d in subj.children)) or any(
        d.dep_ == "poss" and d.lower_ in {"its", "their"} for d in subj.children)
    if not anaphor:
        return None
    before = [m for m in s.mentions if m.end <= subj.i and m.type in ACTORS
              and m.kind != "demonym"]
    if before:
        # in this sentence: only an operator that is the subject of an earlier clause
        main = [m for m in before if m.type is T.TELCO
                and s.doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"}]
        return main[: 3 if plural else 1]
    last = s.ctx.last_subject
    if lem(subj) not in {"carrier", "operator", "telco"} and (last is None or
                                                             last.type is not T.TELCO):
        return []  # "Ericsson won. It will supply ...": "it" is the last subject
    recent = s.ctx.recent_telcos
    return recent[:3] if plural else recent[:1]


def _supplier_of(s: Sentence) -> None:
    """"Huawei is the main supplier to Globe", "Nokia, a key vendor for Telia, ...", and
    "Ericsson won a contract from Swisscom": the telco uses the vendor's equipment."""
    doc = s.doc
    for trig in s.tokens(_SUPPLIER_CUES):
        if negated(trig) or _stopped(trig) or any(
                c.lower_ in {"former", "ex", "potential", "possible"} for c in trig.children):
            continue
        end = min(s.clause_end(trig.i), trig.i + 10)
        if lem(trig) in USE_NEEDS_WITH:  # "Ericsson partners with Indosat"
            if trig.pos_ not in {"VERB", "NOUN"} or irrealis(trig) or trig.i + 1 >= end \
                    or doc[trig.i + 1].lower_ != "with":
                continue
            telcos = s.between(trig.i + 2, min(end, trig.i + 6), {T.TELCO})
        elif lem(trig) in SUPPLIER:
            if trig.i + 1 >= end or doc[trig.i + 1].lower_ not in {"to", "of", "for"}:
                continue
            telcos = s.between(trig.i + 2, min(end, trig.i + 6), {T.TELCO})
        else:
            if irrealis(trig) or not any(lem(t) in DEAL for t in doc[trig.i + 1 : end]):
                continue
            frm = [t.i for t in doc[trig.i + 1 : end] if t.lower_ in {"from", "with", "by"}]
            telcos = s.between(frm[0] + 1, min(end, frm[0] + 5), {T.TELCO}) if frm else []
        start = max(s.clause_start(trig.i), trig.i - 10)
        vendors = s.between(start, trig.i, VENDORS)
        if not vendors or not telcos:
            continue
        for tel in telcos:
            s.ctx.fact(tel.key, "usesEquipmentFrom", vendors[-1].key,
                       s.evidence("relations.supplierOf", 0.7))


def _owned_suppliers(s: Sentence) -> None:
    """"Acme Mobile's technology partners Ericsson and Nokia", "its vendor, Nokia": the
    operator named as the owner of the suppliers uses them."""
    doc = s.doc
    for trig in s.tokens(SUPPLIER):
        if trig.pos_ != "NOUN" or negated(trig) or any(
                c.lower_ in {"former", "ex", "potential", "possible", "rival"} for c in trig.children):
            continue
        owner = [c for c in trig.children if c.dep_ == "poss"]
        if not owner:
            continue
        telcos = [m for m in s.of(T.TELCO) if m.start <= owner[0].i < m.end]
        if not telcos and owner[0].lower_ in {"its", "their"}:
            telcos = [m for m in _subjects(s, trig.head, fallback=False) if m.type is T.TELCO]
        vendors = [m for m in s.of(*VENDORS) if trig.i < m.start <= trig.i + 8
                   and doc[m.start].head.i in {trig.i, *(t.i for t in doc[trig.i + 1 : m.start])}]
        for tel in telcos[:1]:
            for v in vendors:
                s.ctx.fact(tel.key, "usesEquipmentFrom", v.key,
                           s.evidence("relations.ownedSuppliers", 0.7))


def _supplied_by(s: Sentence) -> None:
    """"Telefonica's 5G core is supplied by Ericsson": a passive supply with the vendor as
    agent and the telco (or its network) as subject."""
    for trig in s.tokens(SUPPLY):
        if trig.tag_ != "VBN" or negated(trig) or _stopped(trig) or irrealis(trig, 1):
            continue
        agent = [c for c in trig.children if c.dep_ == "agent"]
        if not agent:
            continue
        vendors = [m for m in s.mentions if m.type in VENDORS
                   and m.start in {t.i for t in agent[0].subtree}]
        telcos = [m for m in _subjects(s, trig, fallback=False) if m.type is T.TELCO]
        for tel in telcos:
            for v in vendors[:1]:
                s.ctx.fact(tel.key, "usesEquipmentFrom", v.key,
                           s.evidence("relations.suppliedBy", 0.7))


def _comes_from(s: Sentence) -> None:
    """"Acme Mobile's core comes from Nokia", "the radio network of Beta Tel comes from
    Globex": equipment of an operator that comes from a vendor."""
    for trig in s.tokens({"come"}):
        if negated(trig) or irrealis(trig, 1) or _stopped(trig):
            continue
        froms = [c for c in trig.children if c.dep_ == "prep" and c.lower_ == "from"]
        subj = [c for c in trig.children if c.dep_ == "nsubj"]
        if not froms or not subj or subj[0].lower_ not in EQUIPMENT:
            continue
        inside = {t.i for t in froms[0].subtree}
        vendors = [m for m in s.of(*VENDORS) if m.start in inside]
        owners = {t.i for t in subj[0].subtree}
        telcos = [m for m in s.of(T.TELCO) if m.start in owners]
        for tel in telcos[:1]:
            for v in vendors[:1]:
                s.ctx.fact(tel.key, "usesEquipmentFrom", v.key,
                           s.evidence("relations.comesFrom", 0.7))


def _completed(token: Token) -> bool:
    """A finished replacement: "has replaced", "replaced", "removed" (past or perfect)."""
    for t in [token, *token.ancestors][:3]:
        if lem(t) in {"replace", "remove", "swap", "strip", "rip", "drop"} and (
                t.tag_ == "VBD" or any(c.lower_ in {"has", "have", "had"} for c in t.children)):
            return True
    return False


def _replaced_with(s: Sentence) -> None:
    """"has replaced all the Huawei radio equipment ... with Ericsson kit": uses Ericsson."""
    doc = s.doc
    for trig in s.tokens({"replace", "swap"}):
        if negated(trig):
            continue
        telcos = [m for m in _subjects(s, trig, fallback=False) if m.type is T.TELCO]
        end = s.clause_end(trig.i)
        withs = [t.i for t in doc[trig.i + 1 : end] if t.lower_ in {"with", "for"}]
        if not telcos:
            continue
        if not _completed(trig):
            # "will replace the Huawei equipment in their networks with Nokia gear": the
            # gear being replaced is in use today
            old = s.between(trig.i + 1, withs[0] if withs else min(end, trig.i + 8), VENDORS)
            for tel in telcos:
                for v in old:
                    if any(t.lower_ in EQUIPMENT for t in doc[v.end : v.end + 3]):
                        s.ctx.fact(tel.key, "usesEquipmentFrom", v.key,
                                   s.evidence("relations.beingReplaced", 0.65))
            continue
        if not withs:
            continue
        for v in s.between(withs[0] + 1, min(end, withs[0] + 6), VENDORS):
            s.ctx.fact(telcos[0].key, "usesEquipmentFrom", v.key,
                       s.evidence("relations.replacedWith", 0.7))


def _stopped(token: Token) -> bool:
    left = token.doc[max(token.i - 3, token.sent.start) : token.i]
    return any(lem(t) in STOP_USING or t.lower_ in {"longer", "formerly", "previously"}
               for t in left) or (token.dep_ in {"xcomp", "pcomp"} and lem(token.head) in STOP_USING)


#: What a firm is to its parent: "the Colombian unit of Acme".
_UNIT_NOUNS = {"unit", "arm", "subsidiary", "affiliate", "branch", "division", "operator"}


def _national_unit_of(s: Sentence) -> None:
    """"Acmetel is the Colombian unit of Mexico's Acme": based in the demonym's country
    (whatever the gazetteer says of a brand used in many countries)."""
    doc = s.doc
    for m in s.of(T.COMPANY, T.TELCO):
        verb = doc[m.end - 1].head
        if doc[m.end - 1].dep_ != "nsubj" or lem(verb) != "be":
            continue
        attr = next((c for c in verb.children if c.dep_ == "attr" and lem(c) in _UNIT_NOUNS),
                    None)
        if attr is None or negated(verb):
            continue
        for c in attr.children:
            demonym = s.mention_at(c.i)
            if c.dep_ in {"amod", "compound"} and demonym is not None and \
                    demonym.type is T.COUNTRY and demonym.kind == "demonym":
                s.ctx.fact(m.key, "basedIn", demonym.key, s.evidence("relations.basedIn.unit", 0.8))


def _all_of(s: Sentence) -> None:
    """A list of firms followed by ", all of Peru" or ", both from Peru": each is based
    there.

    >>> from policygraph.pipeline import extract
    >>> from policygraph.model import Article
    >>> ex = next(extract([Article(id="x", text="Peru sold two mines to Jinlong Mining Group "
    ...                            "and Huaxin Metals, both from China.")]))
    >>> sorted(f.subject for f in ex.facts if f.predicate == "basedIn")
    ['org/huaxin-metals', 'org/jinlong-mining-group']
    """
    doc = s.doc
    words = doc_words(doc)
    for i in range(s.span.start + 1, s.span.end - 3):
        if words[i][1] != "," or words[i + 1][1] not in {"all", "both"} or \
                words[i + 2][1] not in {"of", "from"}:
            continue
        c = s.mention_at(i + 3)
        if c is None or c.type is not T.COUNTRY or c.start != i + 3 or c.kind != "name":
            continue
        firms: list[Mention] = []
        k = i
        while k > s.span.start:
            m = s.mention_at(k - 1)
            if m is not None and m.type in ORGS and m.end == k:
                firms.append(m)
                k = m.start
            elif words[k - 1][1] in {",", "and"} and firms:
                k -= 1
            else:
                break
        if len(firms) >= 2:
            for m in firms:
                _based(s, m, c, "relations.basedIn.allOf")


def rule_based_in(s: Sentence) -> None:
    doc = s.doc
    _seated_in(s)
    _national_unit_of(s)
    _all_of(s)
    for m in s.of(T.COMPANY, T.TELCO):
        # "Acme Inc. (United States)" in a list of firms: the country it is registered in
        if m.end + 2 < s.span.end and doc[m.end].text == "(":
            c = s.mention_at(m.end + 1)
            if c is not None and c.type is T.COUNTRY and c.kind == "name" and \
                    c.start == m.end + 1 and c.end < len(doc) and doc[c.end].text == ")":
                s.ctx.fact(m.key, "basedIn", c.key, s.evidence("relations.basedIn.bracket", 0.75))
    for m in s.of(*ORGS):
        # "NTT in Japan", "Huawei of China"
        if m.end + 1 < s.span.end and doc[m.end].lower_ in {"in", "of", "from"} and \
                m.kind != "anaphor":  # not "the group of US officials" for the firm
            c = s.mention_at(m.end + 1)
            if c and c.type is T.COUNTRY and c.start == m.end + 1 and not (
                    c.end < len(doc) and doc[c.end].pos_ in {"NOUN", "PROPN"}
                    and doc[c.end].text not in {"'s", "’s"}):  # "of US Justice officials"
                _based(s, m, c, "relations.basedIn.prep")
                continue
        code = _works_in_city(s, m)
        if code is not None:
            s.ctx.fact(m.key, "basedIn", _ensure_country(s.ctx, code),
                       s.evidence("relations.basedIn.city", 0.75))
            continue
        seat = m.start - 5  # "a Lima-based firm, Acme Global,": the firm in apposition
        if seat >= s.span.start and doc[m.start - 1].text == "," and \
                doc[m.start - 2].is_lower and doc[m.start - 2].pos_ == "NOUN" and \
                doc[m.start - 3].lower_ in _SEATED and doc[m.start - 4].text in {"-", "–"}:
            code = next((code for k in range(seat, max(s.span.start, seat - 2) - 1, -1)
                         if (code := s.ctx.gaz.home_of_place(doc[k : seat + 1].text))), None)
            if code is not None:
                s.ctx.fact(m.key, "basedIn", _ensure_country(s.ctx, code),
                           s.evidence("relations.basedIn.capital", 0.7))
                continue
        # "Japan's NTT", "Chinese telecom giant Huawei", "South Korean operator KT"
        j = m.start - 1
        while j >= s.span.start and (doc[j].is_lower and doc[j].pos_ in {"NOUN", "ADJ"}
                                     and lem(doc[j]) not in {"use", "from"}
                                     or j - 1 > s.span.start and doc[j - 1].text in {"-", "–"}
                                     and doc[j].is_lower and doc[j - 2].is_lower):
            j -= 3 if doc[j - 1].text in {"-", "–"} and doc[j].pos_ not in {"NOUN", "ADJ"} \
                else 1  # "Finland's state-owned Acme"
        if j >= s.span.start and doc[j].text in {"'s", "’s", "’", "'"}:
            j -= 1
        elif j - 2 >= s.span.start and doc[j].lower_ in _SEATED and \
                doc[j - 1].text in {"-", "–"}:
            j -= 2  # "the Ruritania-based Example Forum"
            # "Oslo-based", "Buenos Aires-based", "Shenzhen-based", "New Jersey-based"
            capital = next((code for k in range(j, max(s.span.start, j - 3) - 1, -1)
                            if (code := s.ctx.gaz.home_of_place(doc[k : j + 1].text))), None)
            if s.mention_at(j) is None and capital and m.type in {
                    T.COMPANY, T.ORGANIZATION, T.TELCO}:
                # based in the place's country
                s.ctx.fact(m.key, "basedIn", _ensure_country(s.ctx, capital),
                           s.evidence("relations.basedIn.capital", 0.75))
                continue
        if j >= s.span.start and j < m.start - 1 and doc[j].is_title and \
                s.mention_at(j) is None and m.kind != "name" and m.type in {
                    T.COMPANY, T.ORGANIZATION, T.TELCO}:
            # "the Lyon security firm Acme", "Osaka brokerage Acme": the city's country
            city = next((code for k in range(j, max(s.span.start, j - 2) - 1, -1)
                         if (code := s.ctx.gaz.home_of_place(doc[k : j + 1].text))), None)
            if city:
                s.ctx.fact(m.key, "basedIn", _ensure_country(s.ctx, city),
                           s.evidence("relations.basedIn.city", 0.7))
                continue
        c = s.mention_at(j) if j >= s.span.start else None
        pair = c is not None and c.start >= 2 and doc[c.start - 1].text in {"-", "–", "/"} \
            and s.mention_at(c.start - 2) is not None  # "the EU-US Trade Council"
        if not pair and (c and c.type is T.COUNTRY and c.end == j + 1 or (
                c and c.type is T.COUNTRY and doc[j].text in {"'s", "’s"})):
            _based(s, m, c, "relations.basedIn.modifier", unit=True)
            continue
        listed = _listed_under(s, m)
        if listed is not None:  # "13 Chinese entities, including Acme and Roe Labs"
            _based(s, m, listed, "relations.basedIn.listed", unit=True)
            continue
        # "Ericsson, the Swedish equipment maker," and "X is a Chinese company"
        k = m.end
        if k < s.span.end and doc[k].text == "," or lem(doc[k]) == "be" if k < len(doc) else False:
            for t in doc[k + 1 : min(k + 5, s.span.end)]:
                if t.pos_ == "VERB":
                    break  # "Lima was holding foreign firms to ...": not what it is
                c = s.mention_at(t.i)
                if c and c.type is T.COUNTRY and c.kind == "demonym":
                    nxt = doc[c.end : c.end + 3]
                    if any(x.is_lower and x.pos_ == "NOUN" for x in nxt):
                        _based(s, m, c, "relations.basedIn.apposition")
                    break
                if c and c.type is T.COUNTRY and c.start == t.i and t.i <= k + 3 and \
                        _place_of_firm(doc, c, t):
                    # "Acme, a Lima-based cloud company", "Acme, a Lima consultancy", "Acme
                    # Limited, also of Peru"
                    _based(s, m, c, "relations.basedIn.apposition")
                    break
                if c is None and t.is_title and doc[t.i - 1].lower_ in {"a", "an"} and \
                        m.type in {T.COMPANY, T.ORGANIZATION, T.TELCO}:
                    # "Acme, a Cusco brokerage": a city, then what the firm is
                    span = next(((t.i, e) for e in (t.i + 2, t.i + 1) if e < s.span.end
                                 and s.ctx.gaz.home_of_place(doc[t.i : e].text)), None)
                    code = s.ctx.gaz.home_of_place(doc[span[0] : span[1]].text) if span else None
                    after: list[Token] = list(doc[span[1] : span[1] + 3]) if span else []
                    if code and any(x.is_lower and (x.lemma_.lower() in _ORG_NOUNS or
                                                    x.lower_ in _FIRM_OR_TANK)
                                    for x in after):  # "a Lima think tank"
                        s.ctx.fact(m.key, "basedIn", _ensure_country(s.ctx, code),
                                   s.evidence("relations.basedIn.city", 0.7))
                    break
                if not (t.is_lower or t.is_punct):
                    break


#: Nouns an apposition calls an organisation by: "a Lima consultancy".
_ORG_NOUNS = {"company", "firm", "consultancy", "maker", "startup", "start-up", "group",
              "fund", "investor", "operator", "carrier", "provider", "developer", "lender",
              "bank", "insurer", "chipmaker", "manufacturer", "supplier", "vendor", "unit",
              "subsidiary", "conglomerate", "think-tank", "tank", "institute", "organisation",
              "organization", "nonprofit", "charity", "venture"}


def _place_of_firm(doc: Doc, place: Mention, t: Token) -> bool:
    """Whether the place an apposition opens with says where the firm is: "a Lima-based
    cloud company", "a Lima consultancy", "also of Peru" (a capital or a
    country's name, not the firm's market: "a Lima-to-Quito route")."""
    before = doc[t.i - 1].lower_ if t.i > 0 else ""
    if before == "of":
        return place.kind == "name" and doc[t.i - 2].lower_ in {"also", ","}
    if before not in {"a", "an", ",", "the"}:
        return False  # "Acme, a unit of the Lima-based Beta": Beta's place, not Acme's
    after = doc[place.end : place.end + 4]
    if len(after) >= 2 and after[0].text in {"-", "–"} and after[1].lower_ in _SEATED:
        # "Acme, the Lima-registered arm of Beta"
        return True
    nouns = [x for x in after if x.is_lower]
    # "a Lima consultancy", "a Peru research firm"
    return place.kind in {"capital", "name"} and bool(nouns) and any(
        x.lemma_.lower() in _ORG_NOUNS for x in nouns[:2])


#: Participles that say where an organisation sits: "based in", "headquartered in".
_SEATED = {"based", "headquartered", "registered", "incorporated", "located", "domiciled"}


def _seated_in(s: Sentence) -> None:
    """"Acme, a chipmaker based in Shenzhen", "Beta, headquartered in Texas", "Gamma is
    based in Osaka": the country of the place (a country, capital, city or state) the
    organisation the participle describes sits in."""
    doc = s.doc
    words = doc_words(doc)
    for i in range(s.span.start, s.span.end - 2):
        if words[i][1] not in _SEATED and words[i][1] != "headquarters" or \
                words[i + 1][1] != "in":
            continue  # known from the words alone, without making the Token
        t = doc[i]
        if negated(t):
            continue
        place = doc[t.i + 2 : min(t.i + 6, s.span.end)]
        c = s.mention_at(place.start)
        code = None
        if c is not None and c.type is T.COUNTRY and c.start == place.start:
            code = c.country
        else:
            code = next((found for k in range(len(place), 0, -1)
                         if (found := s.ctx.gaz.home_of_place(place[:k].text))), None)
        if code is None and len(place) >= 3 and place[0].is_title:
            # "in Milan, Italy": a city the gazetteer does not know, then its country
            comma = next((x.i for x in place[1:3] if x.text == ","), -1)
            c = s.mention_at(comma + 1) if comma >= 0 else None
            code = c.country if c is not None and c.type is T.COUNTRY and \
                c.start == comma + 1 and c.kind == "name" else None
        if code is None:
            continue
        if words[i][1] == "headquarters":
            _headquartered(s, t, code)
            continue
        # the organisation: the participle's head, its apposition's head, or the subject
        # of "is based in"
        head = t.head
        if head.dep_ == "appos":
            head = head.head
        if lem(t.head) == "be" or t.dep_ in {"ROOT", "ccomp"}:
            subj = [c2 for c2 in t.children if c2.dep_ == "nsubjpass"] or \
                [c2 for c2 in t.head.children if c2.dep_ == "nsubj"]
            head = subj[0] if subj else head
        orgs = [m for m in s.of(*ORGS) if m.start <= head.i < m.end]
        if t.i >= 2 and doc[t.i - 1].text == ",":
            # "Acme Limited, registered in Ireland; ...": the name right before the comma,
            # wherever the parser hung the participle
            orgs = [m for m in s.of(*ORGS) if m.end == t.i - 1] or orgs
        listed = _all_listed(s, t.i)
        for org in listed or orgs[:1]:
            if org.type is T.GOVERNMENT_BODY:
                continue
            s.ctx.fact(org.key, "basedIn", _ensure_country(s.ctx, code),
                       s.evidence("relations.basedIn.seated", 0.8))


#: Words that say a participle is each listed firm's: "both based in Lima", "all three".
_EACH = {"both", "all", "each", "two", "three", "four", "five", "six"}


def _all_listed(s: Sentence, i: int) -> list[Mention]:
    """The organisations listed before ", both" or ", all three" that the word at ``i``
    ("based") says something of: "Acme, Beta and Gamma, all three based in Lima"."""
    doc = s.doc
    k = i - 1
    while k > s.span.start and doc[k].lower_ in _EACH:
        k -= 1
    if k == i - 1 or doc[k].text != ",":
        return []
    ends = {m.end: m for m in s.of(*ORGS)}
    listed: list[Mention] = []
    end = k
    while (m := ends.get(end)) is not None:
        listed.insert(0, m)
        end = m.start
        if end - 1 >= s.span.start and doc[end - 1].lower_ == "and":
            end -= 1
        if end - 1 >= s.span.start and doc[end - 1].text == ",":
            end -= 1
        if end == m.start:
            break  # no "," or "and" before it: the list starts here
    return listed if len(listed) >= 2 else []


def _headquartered(s: Sentence, hq: Token, code: str) -> None:
    """"Acme's headquarters in Lima", "at the company's headquarters in Lima, Peru",
    "Acme, which has its headquarters in Lima": the firm whose headquarters they are is
    based in the place's country."""
    owner = next((c for c in hq.children if c.dep_ == "poss"), None)
    if owner is None:
        return
    if owner.lower_ == "its" or lem(owner) in _FIRM_ANAPHORS:
        before = [m for m in s.of(T.COMPANY, T.TELCO, T.ORGANIZATION) if m.end <= owner.i]
        firm = before[-1] if before else None  # the firm the sentence named last
    else:
        firm = next((m for m in s.of(T.COMPANY, T.TELCO, T.ORGANIZATION)
                     if m.start <= owner.i < m.end), None)
    if firm is not None:
        s.ctx.fact(firm.key, "basedIn", _ensure_country(s.ctx, code),
                   s.evidence("relations.basedIn.headquarters", 0.75))


def _listed_under(s: Sentence, m: Mention) -> Mention | None:
    """The country of "<demonym> <things>, including/such as/like ..., <m>": the Chinese
    in "13 Chinese entities, including chip designers Acme and Roe Labs"."""
    doc, floor = s.doc, s.span.start
    j = m.start - 1
    while j > floor:
        other = s.mention_at(j)
        listing = doc[j].lower_ in {"including", "like"} or doc[j].lower_ == "as" and \
            doc[j - 1].lower_ == "such"
        clause = None if listing else next(
            (a for a in [doc[j], *doc[j].ancestors] if a.dep_ == "relcl"
             and s.mention_at(a.head.i) is not None and a.left_edge.i > floor), None)
        if other is not None and other.type in ORGS:
            j = other.start - 1
        elif doc[j].text in {",", "and", "-", "–", "—"} or doc[j].is_lower and doc[j].pos_ in {"NOUN", "ADJ"} \
                or doc[j].is_upper and doc[j].pos_ == "PROPN" and s.mention_at(j) is None:
            j -= 1  # "GPU developers", "chip designers"
        elif clause is not None:
            j = clause.left_edge.i - 1  # "VimpelCom, which trades as Beeline, and Tele2"
        else:
            break
    if j > floor and doc[j].lower_ in {"including", "like"}:
        j -= 1
    elif j > floor + 1 and doc[j].lower_ == "as" and doc[j - 1].lower_ == "such":
        j -= 2
    else:
        # "Ruritania's four operators, Acme, Roe and Doe,": the firms in apposition
        plural = [k for k in range(j, m.start) if doc[k].tag_ == "NNS"
                  and doc[k + 1].text in {",", "-", "–", "—", ":"}]
        if not plural:
            return None
        j = plural[0]
    if j >= floor and doc[j].text == ",":
        j -= 1
    for k in range(j, max(j - 5, floor) - 1, -1):
        c = s.mention_at(k)
        if c is not None and c.type is T.COUNTRY and (
                c.kind == "demonym" or c.end < len(doc) and doc[c.end].text in {"'s", "’s"}):
            return c
        if c is not None or not (doc[k].is_lower or doc[k].like_num or doc[k].text in {"'s", "’s"}):
            break
    return None


def _works_in_city(s: Sentence, m: Mention) -> str | None:
    """The country of the city after "at <institution> in": "an analyst at Acme Securities
    in Lima" or "who studies at the Example Institute in Lima, Peru" (where someone works,
    so where the institution is; not a public body, whose seat the gazetteer knows, nor a
    firm the gazetteer places elsewhere).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("said Jane Roe, an analyst at Acme Securities in Madrid.")
    >>> [(f.subject, f.object) for f in doc._.pg_facts if f.predicate == "basedIn"]
    [('org/acme-securities', 'country/ES')]
    """
    doc = s.doc
    k = m.end
    before = m.start - 1 - (m.start >= 2 and doc[m.start - 1].lower_ == "the")
    if m.type not in {T.ORGANIZATION, T.COMPANY} or m.kind == "name" or \
            k + 1 >= s.span.end or doc[k].lower_ != "in" or m.start < 1 or \
            doc[before].lower_ != "at":
        return None
    end = k + 1
    while end < s.span.end and end - k <= 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    city = doc[k + 1 : end].text
    code = s.ctx.gaz.home_of_place(city) if end > k + 1 else None
    after = s.mention_at(end + 1) if end + 1 < s.span.end and doc[end].text == "," else None
    if after is not None and after.type is T.COUNTRY and after.kind == "name":
        return after.country if code in {None, after.country} else None
    placed = s.mention_at(k + 1)
    if code is None and placed is not None and placed.type is T.COUNTRY and \
            placed.kind == "capital":
        code = placed.country
    return code


def _based(s: Sentence, org: Mention, country: Mention, rule: str, unit: bool = False) -> None:
    """``org`` is based in ``country``, unless the gazetteer knows it elsewhere; with
    ``unit``, an operator said to be a country's is its unit there ("Ruritania's
    Vodafone", "Ruritania's operators, Vodafone and ...")."""
    gaz_home = org.country if org.kind == "name" else None
    if gaz_home and gaz_home != country.country and not (unit and org.type is T.TELCO):
        return
    if org.kind == "name" and gaz_home is None and org.type in {T.ORGANIZATION,
                                                                T.GOVERNMENT_BODY}:
        return  # a known international body: "the EU's General Court in Luxembourg"
    s.ctx.fact(org.key, "basedIn", country.key, s.evidence(rule, 0.85))


def rule_promoted(s: Sentence) -> None:
    doc = s.doc
    urged = _urged_at(s.ctx, s.span.start_char)
    for pol in s.of(T.POLICY):
        # "South Korea's New Southern Policy", "the US' Indo-Pacific Strategy"
        j = pol.start - 1
        while j >= s.span.start and doc[j].is_lower and doc[j].pos_ == "ADJ" or (
                j >= s.span.start and doc[j].text in {"“", '"', "‘"}):
            j -= 1
        if j >= s.span.start and doc[j].text in {"'s", "’s", "’", "'"}:
            owner = s.mention_at(j - 1)
            if owner and owner.type in ACTORS:
                s.ctx.fact(pol.key, "promotedBy", owner.key, s.evidence("relations.possessive", 0.9))
                continue
        # "the Ruritania-Acmea initiative on ...": both states' (a shape keeps one owner)
        pair = _country_pair_before(s, pol.start)
        if pair:
            for state in pair:
                s.ctx.fact(pol.key, "promotedBy", state.key,
                           s.evidence("relations.modifier", 0.8))
            continue
        # "the EU Foreign Subsidies Regulation", "the NATO 2030 Agenda": a
        # bloc's or body's name just before the policy's
        prefix = s.mention_at(pol.start - 1) if pol.start > s.span.start else None
        if prefix is not None and prefix.type in ORGS - {T.COMPANY, T.TELCO} and \
                prefix.kind != "demonym":
            s.ctx.fact(pol.key, "promotedBy", prefix.key, s.evidence("relations.modifier", 0.8))
            continue
        owner = _appositive_owner(s, pol)
        if owner is not None:  # "Skyway, the Union's programme for ...", "..., a Chilean plan"
            s.ctx.fact(pol.key, "promotedBy", owner.key, s.evidence("relations.appositive", 0.8))
            continue
        led = _led_by_country(s, pol)
        if led is not None:
            s.ctx.fact(pol.key, "promotedBy", led.key, s.evidence("relations.led", 0.85))
            continue
        if pol.country and pol.kind == "shape":
            s.ctx.fact(pol.key, "promotedBy", country_key(pol.country),
                       s.evidence("relations.modifier", 0.85))
            continue
        if j >= s.span.start and doc[j].lower_ in {"his", "her"}:
            # "President Roe unveiled her Digital Strategy": her country's, once known
            people = [x for x in s.of(T.PERSON) if x.end <= j]
            if people:
                s.ctx.owned_by_person.append((pol.key, people[-1].key,
                                              s.evidence("relations.his", 0.7)))
                continue
        both = _subjects_of_their(s, j, urged) if j >= s.span.start and \
            doc[j].lower_ == "their" else []
        for owner in both:  # "Ruritania and Acmea launched their Initiative on ..."
            s.ctx.fact(pol.key, "promotedBy", owner.key, s.evidence("relations.its", 0.8))
        if both:
            continue
        if j >= s.span.start and doc[j].lower_ in {"its", "their"}:
            owner = _antecedent(s, j, urged)
            if owner is not None:
                s.ctx.fact(pol.key, "promotedBy", owner.key, s.evidence("relations.its", 0.8))
                continue
        # "The Acme Program is a Ruritanian policy"
        if pol.end < s.span.end and lem(doc[pol.end]) == "be":
            for t in doc[pol.end + 1 : min(pol.end + 5, s.span.end)]:
                c = s.mention_at(t.i)
                if c and c.type in ACTORS and c.end < len(doc) and \
                        lem(doc[c.end]) in POLICY_ANAPHORA:
                    s.ctx.fact(pol.key, "promotedBy", c.key, s.evidence("relations.copula", 0.85))
                    break
    for trig in s.tokens(PROMOTE):
        if negated(trig) or trig.pos_ not in {"VERB", "AUX"} or _is_join(trig) or \
                trig.dep_ in {"amod", "compound"}:  # "the leading toolmakers"
            continue
        if lem(trig) == "agree" and any(c.dep_ in {"xcomp", "ccomp"} for c in trig.children):
            continue  # "agreed to join the Clean Network" is not promoting it
        if any(c.dep_ == "nsubj" and lem(c) in MEETING_NOUNS for c in trig.children):
            continue  # "The meeting, chaired by Roe with Peru as host, adopted ...": the
            # meeting's (see meetings.py), not everyone named in its subject
        if lem(trig) == "set" and (not any(c.lower_ == "up" for c in trig.children)
                                   or irrealis(trig)):
            continue  # "set up a fund" makes one; "set a deadline", "want X to set up" do not
        agents = _agents(s, trig)
        if lem(trig) == "impose":  # a state or body imposes a measure, never a firm
            agents = [m for m in agents if m.type not in {T.COMPANY, T.TELCO}]
        agent = agents[0] if agents else None
        pols: list[Mention] = []
        # "The Prague Proposals, agreed at a conference in May 2019, ...": a reduced relative
        # the parser may read as the main verb (a participle after a comma)
        reduced = trig.tag_ in {"VBN", "VBD"} and trig.i > 0 and s.doc[trig.i - 1].text == "," \
            and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in trig.children)
        passive_subj = {t.i for c in trig.children
                        if c.dep_ == "nsubjpass" or reduced and c.dep_ == "nsubj"
                        for t in c.subtree}
        if passive_subj:
            pols = [m for m in s.of(T.POLICY) if m.start in passive_subj]
            anaphor = next((s.doc[i] for i in sorted(passive_subj)
                            if _policy_anaphor(s.doc[i])), None)
            meant = s.ctx.policy_for(anaphor) if anaphor is not None and not pols else None
            if meant is not None:  # "the bill be passed": the last bill, not the last law
                pols = [meant]
        clause = trig
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "agreed by member states and endorsed by the Commission"
        if pols:
            pass
        elif clause.dep_ in {"relcl", "acl"}:
            head = s.mention_at(clause.head.i)
            # "the ABCD security partnership, which …": the name before the clause's noun
            # "the Acme Initiative (AI), the G7 programme that ...": past its acronym too
            named = [p for p in s.of(T.POLICY) if 0 < clause.head.i - p.end + 1 <= 6
                     and all(t.is_lower or t.is_punct or s.mention_at(t.i) is not None
                             for t in doc[p.end : clause.head.i + 1])]
            if head and head.type is T.POLICY:
                pols = [head]
            elif named:
                pols = named[-1:]
            elif _policy_anaphor(clause.head) and \
                    (meant := s.ctx.policy_for(clause.head)) is not None:
                pols = [meant]
            else:
                left = s.between(s.span.start, trig.i, {T.POLICY})
                pols = left[-1:] if left and trig.i - left[-1].end <= 8 else []
        if not pols:
            pols = policy_refs(s, trig.i + 1, min(s.clause_end(trig.i), trig.i + 10),
                               pronouns=False)
            if pols and pols[0].start > trig.i + 6:
                pols = []
            said = next((c for c in trig.children if c.dep_ == "dobj"
                         and lem(c) in _REMARK_NOUNS), None)
            if said is not None:
                pols = []  # "issued statements supporting the Order": their words, not it
        if not pols and lem(trig) in _ENACT and not irrealis(trig) and any(
                c.dep_ == "dobj" and c.lower_ == "it" for c in trig.children):
            # "The Commission proposed the Acme Act in 2021. The Council adopted it on
            # Oct. 23" (not "is expected to adopt it", "can sign it")
            meant = _enacted_it(s, trig)
            pols = [meant] if meant is not None else []
        if pols and agent is None and _verb_word(trig) in DATED:
            _announced_on(s, trig, pols[0])
        if not pols or agent is None:
            continue
        for pol in pols[:1]:
            if pol.kind == "description" and pol.country and agent.country and \
                    agent.country != pol.country:
                continue  # "Ruritania hit back at new Acmean tariffs, announcing ...": not its
            if agent.type in {T.COMPANY, T.TELCO} and _LICENCE.search(pol.name):
                continue  # "Acme signed its 5G licence": it holds it (see descriptions)
            for extra in agents[1:]:
                if extra.type in ACTORS and agent.type in ACTORS and extra.kind != "capital":
                    s.ctx.fact(pol.key, "promotedBy", extra.key,
                               s.evidence("relations.promotedBy", 0.8))
                if extra.type is T.COUNTRY and agent.type is T.PERSON:
                    s.ctx.fact(pol.key, "promotedBy", extra.key,
                               s.evidence("relations.promotedBy.official", 0.75))
                if extra.type is T.PERSON and _verb_word(trig) in ANNOUNCE:
                    s.ctx.fact(pol.key, "announcedBy", extra.key,
                               s.evidence("relations.announcedBy", 0.85))
            if agent.type is T.PERSON:
                if _verb_word(trig) in ANNOUNCE or _verb_word(trig) in _ASSENT and \
                        {w.lower() for w in pol.name.split()} & LAW_HEADS:
                    # (a person who approves or promulgates a law gives it assent)
                    s.ctx.fact(pol.key, "announcedBy", agent.key,
                               s.evidence("relations.announcedBy", 0.85))
                    for other in _signed_with(s, trig):
                        s.ctx.fact(pol.key, "announcedBy", other.key,
                                   s.evidence("relations.announcedBy.with", 0.8))
                if _verb_word(trig) in DATED:
                    _announced_on(s, trig, pol)
            elif agent.type in ACTORS and agent.kind != "capital" and _also_signed(trig):
                # "The European Union also signed the declaration": one more signatory
                s.ctx.fact(agent.key, "participatesIn", pol.key,
                           s.evidence("relations.participatesIn.also", 0.75))
            elif agent.type in ACTORS and agent.kind != "capital":
                s.ctx.fact(pol.key, "promotedBy", agent.key, s.evidence("relations.promotedBy", 0.8))
                owner = _possessor(s, agent)
                if owner is not None:
                    s.ctx.fact(pol.key, "promotedBy", owner.key,
                               s.evidence("relations.promotedBy.owner", 0.75))
                if agent.type in ORGS and _verb_word(trig) in ANNOUNCE | ORG_ANNOUNCE:
                    s.ctx.fact(pol.key, "announcedBy", agent.key,
                               s.evidence("relations.announcedBy", 0.75))
                if _verb_word(trig) in DATED:
                    _announced_on(s, trig, pol)


def _signed_with(s: Sentence, verb: Token) -> list[Mention]:
    """The people a person signed or announced a policy with: "Roe signed the treaty with
    Peru's Jane Doe and Chile's John Poe", "unveiled the plan with Doe" (each a signatory
    or co-announcer, not someone the policy is about)."""
    with_ = [t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
             for t in c.subtree]
    return [m for m in s.of(T.PERSON) if m.start in with_]


def _appositive_owner(s: Sentence, pol: Mention) -> Mention | None:
    """The owner an apposition gives a named policy: "Skyway, the Union's separate
    programme for ...", "Fastlane, a Chilean government scheme" (the state or body that
    owns the policy noun after the comma)."""
    doc = s.doc
    if pol.end + 2 >= s.span.end or doc[pol.end].text != ",":
        return None
    owner = None
    for t in doc[pol.end + 1 : min(pol.end + 8, s.span.end)]:
        if t.text in {",", ";", "."} or t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod":
            return None
        m = s.mention_at(t.i)
        if m is not None and m.type in ACTORS - {T.PERSON} and owner is None and (
                doc[m.end].text in {"'s", "’s", "'", "’"} or m.kind == "demonym"
                or doc[m.end].lower_ in {"government", "state"}):
            owner = m
        if lem(t) in POLICY_ANAPHORA and t.pos_ == "NOUN":
            return owner
    return None


def _country_pair_before(s: Sentence, start: int) -> list[Mention]:
    """The two countries of "the US-India initiative" right before a policy at ``start``."""
    policy = s.mention_at(start)
    if policy is not None and policy.name.split()[-1].lower() in MEETING_NOUNS | {"forum"}:
        return []  # "the Ruritania-Acmea Trade Forum" meets; it is no one's policy
    second = s.mention_at(start - 1) if start - 1 >= s.span.start else None
    if second is None or second.type is not T.COUNTRY or second.start < s.span.start + 2 \
            or s.doc[second.start - 1].text not in {"-", "–"}:
        return []
    first = s.mention_at(second.start - 2)
    if first is None or first.type is not T.COUNTRY or first.key == second.key:
        return []
    return [first, second]


def _urged_at(ctx: DocContext, start: int) -> set[str]:
    """The subjects of the ``urgedToJoin`` facts so far whose evidence starts at ``start``.

    ``ctx.facts`` only grows: an index brought up to date with the facts added since the
    last call replaces a scan of every fact per sentence (quadratic in the article).
    """
    cached = ctx.doc.user_data.get("pg_urged")
    if cached is None or cached[0] is not ctx.facts:
        cached = ctx.doc.user_data["pg_urged"] = [ctx.facts, 0, {}]
    facts: list[Fact] = cached[0]
    index: dict[int, set[str]] = cached[2]
    for f in facts[cached[1]:]:
        if f.predicate == "urgedToJoin":
            index.setdefault(f.evidence.start, set()).add(f.subject)
    cached[1] = len(facts)
    return set(index.get(start, ()))


def _also_signed(verb: Token) -> bool:
    """"Peru also signed the declaration", "Chile signed it too": one more signatory of
    what others signed, not its author."""
    return lem(verb) in {"sign", "endorse"} and any(
        c.dep_ == "advmod" and c.lower_ in {"also", "too"} for c in verb.children)


def _agents(s: Sentence, verb: Token) -> list[Mention]:
    """Every person or body in the "by ..." of a passive, else the subject."""
    for child in verb.children:
        if child.dep_ == "agent":
            found: list[Mention] = []
            for t in child.subtree:
                m = s.mention_at(t.i)
                if m and m.type in ACTORS | {T.PERSON} and m not in found and \
                        not (m.type is T.COUNTRY and m.kind == "demonym"):
                    found.append(m)
            people = [m for m in found if m.type is T.PERSON]
            return people or found
    pair = _the_two(s, verb)
    if pair:
        return pair
    agent = _agent(s, verb)
    if agent is None:
        return []
    if agent.type in ACTORS | {T.PERSON} and agent.kind != "demonym":
        # "The United States and Japan unveiled ...", "President Roe and Prime Minister
        # Doe announced ...": every coordinated actor, or every coordinated person
        kinds = {T.PERSON} if agent.type is T.PERSON else ACTORS
        heads = {s.doc[agent.end - 1].i}
        found = [agent]
        for m in _subjects(s, verb, fallback=False):
            last = s.doc[m.end - 1]
            if m is agent or m.type not in kinds or m.kind in {"demonym", "capital"}:
                continue
            titled = last.dep_ == "appos" and m.start > 0 and \
                s.doc[m.start - 1].lower_ in ROLE_WORDS and any(
                    t.lower_ == "and" for t in s.doc[agent.end : m.start])
            if (last.dep_ == "conj" or titled) and last.head.i in heads:
                heads.add(last.i)
                found.append(m)
        if len(found) > 1:
            return found
    if agent.type is T.COUNTRY and agent.kind == "demonym":
        # "Chinese Minister of Commerce Wang Wentao unveiled ...": the official acts, for
        # the country the demonym names
        subj = _subjects(s, verb, fallback=False)
        body = next((m for m in subj if m.type in ACTORS and m.type is not T.COUNTRY
                     and m.start == agent.end), None)
        if body is not None:
            return [body]  # "The Ruritanian Data Authority imposed ...": the body acts
        people = [m for m in subj if m.type is T.PERSON and m.start > agent.start]
        if people:
            # "Ruritanian Premier Roe and Acmean President Doe signed ...": each official
            # and each country, the first official leading
            states = [m for m in subj if m.type is T.COUNTRY and m.kind == "demonym"]
            return [people[0], *people[1:], *states]
    return [agent] if agent is not None else []


#: Subjects that stand for the two people last named: "the two leaders signed".
_PAIR_PEOPLE = {"leaders", "ministers", "presidents", "envoys", "negotiators", "officials"}
#: Subjects that stand for the two parties last named: "the two countries also launched".
_PAIR_WORDS = {"countries", "sides", "governments", "nations", "allies", "partners"}


def _the_two(s: Sentence, verb: Token) -> list[Mention]:
    """The last two countries named before "the two countries" / "both sides", the subject
    of ``verb``; none when the subject is anything else or fewer than two were named.

    For example, in "The US and Japan met. The two countries launched the Acme
    Partnership." they are the US and Japan.
    """
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "the two countries will promote X and launched Y"
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _PAIR_WORDS | _PAIR_PEOPLE]
    if not subj or not any(c.lower_ in {"two", "both"} for c in subj[0].children):
        return []
    if subj[0].lower_ in _PAIR_PEOPLE:  # "the two delegation leaders signed ...": the last two
        return last_two(s.doc, subj[0].left_edge.i, T.PERSON)
    return last_two(s.doc, subj[0].i, T.COUNTRY)


def last_two(doc: Doc, before: int, etype: EntityType) -> list[Mention]:
    """The last two different entities of ``etype`` mentioned before token ``before``, in
    text order; fewer when the article named fewer."""
    seen: list[Mention] = []
    for m in reversed(doc._.pg_mentions or []):
        if m.start >= before or m.type is not etype:
            continue
        if m.key not in {x.key for x in seen}:
            seen.append(m)
        if len(seen) == 2:
            break
    return seen[::-1] if len(seen) == 2 else []


def _agent(s: Sentence, verb: Token) -> Mention | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for t in child.subtree:
                m = s.mention_at(t.i)
                if m and m.type in ACTORS | {T.PERSON}:
                    return m
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl", "amod"} and not any(
            c.dep_ == "nsubj" for c in verb.children):  # "which Roe signed" has a subject
        return None
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "The list, which the Bureau keeps, was published": no "by", no agent
    subj = [m for m in _subjects(s, verb) if m.type in ACTORS | {T.PERSON}]
    if len(subj) > 1 and subj[0].type is T.COUNTRY and subj[1].type in ORGS | {T.PERSON}:
        nxt = s.doc[subj[0].end] if subj[0].end < len(s.doc) else None
        if nxt is not None and nxt.text in {"'s", "’s", "’", "'"}:
            return subj[1]
    return subj[0] if subj else None


def _led_by_country(s: Sentence, pol: Mention) -> Mention | None:
    """"the IPEF, a U.S.-led trade initiative" and "the U.S.-led Clean Network"."""
    doc = s.doc
    window = list(doc[max(pol.start - 6, s.span.start) : pol.start])
    window += list(doc[pol.end : min(pol.end + 6, s.span.end)])
    for t in window:
        if t.lower_ in {"led", "backed", "sponsored", "driven"} and t.i >= 2 and \
                doc[t.i - 1].text == "-":
            led = s.mention_at(t.i + 1) if t.i + 1 < s.span.end else None
            if led is not None and led.type is not T.POLICY:
                continue  # "Ruritania's aid as the Acme-led Beta breaks ground": Beta's
            owner = s.mention_at(t.i - 2)
            if owner is not None and owner.type in ACTORS:
                return owner
    return None


def _possessor(s: Sentence, m: Mention) -> Mention | None:
    """The country in "India's Department of Telecommunications"."""
    j = m.start - 1
    if j > s.span.start and s.doc[j].text in {"'s", "’s", "’", "'"}:
        owner = s.mention_at(j - 1)
        if owner is not None and owner.type is T.COUNTRY:
            return owner
    return None


def _subjects_of_their(s: Sentence, i: int, exclude: set[str]) -> list[Mention]:
    """The coordinated states or bodies that are the subject of "their" at ``i``'s clause
    ("Ruritania and Acmea held the first meeting of their Initiative"); none for one."""
    verb = s.doc[i]
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or _is_join(verb) or lem(verb) in JOIN:
        return []
    subj = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    own = [m for m in s.mentions if m.start in subj and m.start < i and m.kind != "demonym"
           and m.type in ACTORS - {T.COMPANY, T.TELCO} and m.key not in exclude]
    return own if len({m.key for m in own}) > 1 else []


def _antecedent(s: Sentence, i: int, exclude: set[str]) -> Mention | None:
    """Whose "its" the token ``i`` is: the subject of its own clause ("the firms, which
    Washington added to its Entity List"), else the sentence's first actor, else the
    last actor of the text before."""
    verb = s.doc[i]
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    # "calls for Peru to join its Acme Initiative": a joiner's "its" is the urger's
    if verb.pos_ in {"VERB", "AUX"} and not _is_join(verb) and lem(verb) not in JOIN:
        subj = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                for t in c.subtree}
        if not subj and verb.dep_ in {"acl", "xcomp"} and verb.head.pos_ == "NOUN":
            # "Washington's decision to add the firm to its Entity List"
            subj = {t.i for c in verb.head.children if c.dep_ == "poss" for t in c.subtree}
        own = [m for m in s.mentions if m.start in subj and m.start < i and m.type in ACTORS
               and m.key not in exclude and m.kind != "demonym"]
        if own:
            return own[0]
    # a policy's owner is a state or a public body, not the company the sentence is about;
    # first the clause's own ("..., and Peru sent its minister"), then the sentence's first
    owners = ACTORS - {T.COMPANY, T.TELCO}
    start = i - 1
    while start > s.span.start and s.doc[start].text != ";" and not (
            s.doc[start].lower_ in {"and", "but"} and s.doc[start - 1].text == ","):
        start -= 1
    for m in [*(m for m in s.mentions if start <= m.start < i), *s.mentions]:
        if m.start >= i:
            continue
        if m.type in owners and m.key not in exclude and m.kind != "demonym":
            return m
    actor = s.ctx.last_actor
    return actor if actor is not None and actor.key not in exclude \
        and actor.type in owners else None


def _announced_on(s: Sentence, trig: Token, pol: Mention) -> None:
    if _year_before(s.doc, pol) is not None:
        return  # "principles agreed in 1988 and the 1998 Agreement": its own year tells
    inside = {i for m in s.of(T.POLICY) for i in range(m.start, m.end)}
    # not "14/2021" of "Decree 14/2021", nor the "2018" of "the 2018 Law on ..."
    ents = [e for e in dates_in(s.span) if e.start not in inside and not _takes_effect(e)
            and e.root.dep_ not in {"nummod", "compound", "amod"}]
    # the day on the verb itself first ("on Monday issued"), then the nearest after it
    ents.sort(key=lambda e: (not _dated_verb(e, trig), e.start < trig.i, abs(e.start - trig.i)))
    for ent in ents:
        if trig.i < ent.start <= trig.i + 12 or trig.i - 4 <= ent.end <= trig.i or \
                _dated_verb(ent, trig):  # "Today the ministry and the agency issued ..."
            value = resolve_date(ent.text, s.ctx.ref, context=s.span.text)
            if value:
                s.ctx.value(pol.key, "announcedOn", value[0], value[1],
                            s.evidence("relations.announcedOn", 0.8))
                return


def rule_decision_day(s: Sentence) -> None:
    """"The decision was made on Friday 14 July", "the Cabinet took the decision on Monday":
    the day the measure last described was decided."""
    words = doc_words(s.doc)
    for i in range(s.span.start, s.span.end):
        if words[i][0] not in {"make", "take", "reach"} or s.ctx.last_policy is None:
            continue  # known from the lemma alone, without making the Token
        verb = s.doc[i]
        decision = next((c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}
                         and lem(c) == "decision"
                         and any(d.lower_ in {"the", "this", "that"} for d in c.children)), None)
        if decision is not None and not negated(verb) and not irrealis(verb, 1) and any(
                _dated_verb(e, verb) for e in dates_in(s.span)):
            # the day on "made" itself: not "Roe said on Tuesday the decision was taken"
            _announced_on(s, verb, s.ctx.last_policy)


def _takes_effect(ent: Span) -> bool:
    """Whether a date is when a measure applies, not when it was made: "from Aug. 1",
    "until 2025", "effective Jan. 1"."""
    before = ent.doc[ent.start - 1].lower_ if ent.start else ""
    return before in {"from", "until", "till", "through", "starting", "effective"} or \
        ent[0].lower_ in {"from", "until", "starting", "effective"}


def _dated_verb(ent: Span, verb: Token) -> bool:
    """Whether the date ``ent`` hangs on ``verb``: "on Monday issued", "issued it in May"."""
    head = ent.root.head
    if head.dep_ == "prep":
        head = head.head
    return head.i == verb.i


def rule_linked(s: Sentence) -> None:
    pols = s.of(T.POLICY)
    if len({p.key for p in pols}) < 2:
        return
    for trig in s.tokens(LINK):
        if negated(trig):
            continue
        after = [p for p in pols if p.start > trig.i]
        keys = list(dict.fromkeys(p.key for p in after))
        subject = {t.i for c in trig.children if c.dep_ in {"nsubj", "nsubjpass"}
                   for t in c.subtree}
        own = list(dict.fromkeys(p.key for p in pols if p.start in subject))
        if own and keys:
            # "The Alpha Plan will complement the Beta Act and the Gamma Pact": the subject
            # is linked with each of them, not they with each other
            for key in keys:
                if key != own[0]:
                    s.ctx.fact(own[0], "linkedWith", key, s.evidence("relations.linkedWith", 0.8))
            return
        if len(keys) >= 2 and _close_after(s, trig, after[0]):
            s.ctx.fact(keys[0], "linkedWith", keys[1], s.evidence("relations.linkedWith", 0.8))
            return


def _close_after(s: Sentence, trig: Token, pol: Mention) -> bool:
    """``pol`` is what ``trig`` links, not a policy named further on ("link the Alpha
    Plan with ...", not "complement the work done under the Alpha Plan")."""
    doc = s.span.doc
    gap = [t for t in doc[trig.i + 1 : pol.start]
           if t.pos_ not in {"DET", "PART", "PRON", "PUNCT"} and s.mention_at(t.i) is None
           and t.lower_ not in {"'s", "’s", "between", "of", "among"}]
    return len(gap) <= 1


def rule_part_of(s: Sentence) -> None:
    pols = s.of(T.POLICY)
    for a in pols:
        for b in pols:
            if b.start <= a.end or b.start - a.end > 7 or a.key == b.key:
                continue
            gap = s.doc[a.end : b.start]
            words = {lem(t) for t in gap}
            if (words & PART_OF and "of" in words) or (words & {"under", "within"} and
                                                       len(gap) <= 3):
                s.ctx.fact(a.key, "partOf", b.key, s.evidence("relations.partOf", 0.75))
    # "The corridor is part of the Acme Partnership": the last policy named with that word
    for b in pols:
        of = s.doc[b.end - 1]
        while of.dep_ in {"compound", "nmod", "appos"} and of.head.i != of.i:
            of = of.head
        of = of.head if of.dep_ == "pobj" else of
        part = of.head
        if of.lower_ != "of" or lem(part) not in PART_OF or part.dep_ != "attr" or \
                negated(part.head):
            continue
        anaphor = next((c for c in part.head.children if c.dep_ == "nsubj"), None)
        if anaphor is None or not any(c.lower_ in {"the", "this", "that"}
                                      for c in anaphor.children) \
                or any(m.start <= anaphor.i < m.end for m in pols):
            continue
        own = [m for m in reversed(s.ctx.seen_policies)
               if lem(anaphor) in {w.lower() for w in m.name.split()}][:1]
        for a in own:
            if a.key != b.key:
                s.ctx.fact(a.key, "partOf", b.key, s.evidence("relations.partOf.anaphor", 0.7))
    # "It was issued under the Acme Act": the policy the subject stands for, made under it
    for b in pols:
        word = s.doc[b.end - 1]
        while (word.dep_ in {"compound", "nummod", "appos"} or word.dep_ in {"pobj", "prep"}
               and b.start <= word.head.i < b.end) and word.head.i != word.i:
            word = word.head  # "Executive Order 13873", "the Acme Act of 2019": its head
        prep = word.head if word.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "of" and prep.head.dep_ == "pobj" and \
                prep.head.text.title() in LAW_PARTS:
            prep = prep.head.head  # "under section 26 of the Acme Act": under the Act
        if (prep is None or prep.lower_ not in {"under", "pursuant"}) and b.start > 0 and \
                s.doc[b.start - 1].lower_ == "under" and s.doc[b.start - 1].dep_ == "prep":
            prep = s.doc[b.start - 1]  # "under Decree No. 5-20", the parser lost in the number
        if prep is None or prep.lower_ not in {"under", "pursuant"} or \
                prep.i > 0 and s.doc[prep.i - 1].lower_ in {"not", "never"}:
            continue  # (not "adopted under the Acme Act, not under the Beta Act")
        verb = prep.head
        if verb.dep_ == "pobj" and verb.ent_type_ in {"DATE", "TIME"} and \
                verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
            verb = verb.head.head  # "launched it in February under the Act": the verb's
        if verb.pos_ != "VERB" or negated(verb):
            continue
        subj = [c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}]
        if not subj or lem(verb) not in _MADE_UNDER:
            continue
        own = [m for m in pols if m.start in {t.i for t in subj[0].subtree}]
        if not own and subj[0].dep_ == "nsubj":
            # "Acme launched the auction under the Acme Act": what the subject made
            own = [m for c in verb.children if c.dep_ == "dobj" for m in pols
                   if m.start <= c.i < m.end]
        if verb.dep_ == "relcl" and any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in
                                        {"which", "that"} for c in verb.children):
            # "The Acme List, which the Bureau maintains under the Acme Act": the list
            own = [m for m in pols if m.start <= verb.head.i < m.end]
        if not own and subj[0].lower_ == "it":
            earlier = [m for m in pols if m.end <= subj[0].i]
            # "adopted its decision for the Acme Framework. It was adopted under ...": what
            # the same verb had as its object, before the last policy named
            done = [m for m in reversed(s.ctx.seen_policies[-6:]) if m.end <= len(s.doc)
                    and s.doc[m.end - 1].dep_ == "dobj"
                    and lem(s.doc[m.end - 1].head) == lem(verb)][:1]
            own = earlier[-1:] or done or ([s.ctx.last_policy] if s.ctx.last_policy else [])
        elif not own and _policy_anaphor(subj[0]):
            # "the rule": the last policy named with that word, not any ("the chip
            # initiative" after the Quad Principles is another one)
            noun = lem(subj[0])
            own = [m for m in reversed(s.ctx.seen_policies)
                   if noun in {w.lower() for w in m.name.split()}][:1]
        for a in own[:1]:
            if a.key != b.key:
                s.ctx.fact(a.key, "partOf", b.key, s.evidence("relations.partOf.under", 0.7))

    # "Decree 12, which details how the Acme Law will be applied": rules that carry out a law
    for trig in s.tokens(_CARRIES_OUT):
        if trig.pos_ != "VERB" or negated(trig):
            continue
        doer = trig.head if trig.dep_ in {"relcl", "acl"} else next(
            (c for c in trig.children if c.dep_ == "nsubj"), None)
        if doer is None:
            continue
        own = [m for m in pols if m.start <= doer.i < m.end]
        done = [m for m in pols if m.start in {t.i for t in trig.subtree} and m not in own]
        for a in own[:1]:
            for b in done[:1]:
                s.ctx.fact(a.key, "partOf", b.key, s.evidence("relations.partOf.implements", 0.7))


#: A length of time the NER tags as a date: "15-year", "two-year-old".
_LENGTH = re.compile(r"(?:\d+|[a-z]+)-(?:year|month|week|day)s?(?:-old|-long)?", re.IGNORECASE)
#: A licence's name: what a firm signs or wins is its licence, not its policy.
_LICENCE = re.compile(r"\blicen[cs]es?\b", re.IGNORECASE)
#: What someone issues or publishes about a policy that is not the policy itself.
_REMARK_NOUNS = {"statement", "comment", "remark", "letter", "response", "reaction", "opinion",
                 "tweet", "post", "message", "rebuttal", "objection", "dissent", "appeal"}
#: Verbs by which rules carry out a law: "the decree implements the Act".
_CARRIES_OUT = {"detail", "implement", "operationalise", "operationalize", "enforce"}
#: Verbs by which one instrument is made under another: "issued under the Act".
_MADE_UNDER = {"make", "issue", "adopt", "impose", "take", "publish", "enact", "bring",
               "introduce", "grant", "set", "maintain", "keep", "administer", "create",
               "establish", "compile", "launch", "open", "hold", "conduct", "run"}


def rule_people(s: Sentence) -> None:
    doc = s.doc
    for m in s.of(T.PERSON):
        # "Zhang, a sales director at Acme," after "Zhang Wei": the apposition is his;
        # a title before a family name alone ("Minister Wang") was read with the full name
        title = _title_after(s, m) if m.kind == "surname" else \
            _title_before(s, m) or _title_after(s, m)
        if m.kind == "surname" and title is not None and \
                s.doc[title[0] - 1].lower_ not in {"a", "an", "the"} and \
                not s.doc[title[0]].is_lower:
            continue  # "Mr Roe, Mr Doe and Prime Minister Poe": a list, no apposition
        if title is None and m.kind == "surname" and m.key not in s.ctx.with_role:
            # "President Roe signed it", the first time she is named: her full name came
            # from the gazetteer, not from the text
            title = _title_before(s, m)
        if title is None:
            shared = _plural_title(s, m)
            if shared is not None:  # "Commissioners Jane Roe and John Doe": each one's title
                s.ctx.value(m.key, "role", shared, "string", s.evidence("relations.role", 0.75))
                home = _implied_affiliation(s, m, shared)
                if home is not None:
                    s.ctx.fact(m.key, "affiliatedWith", home[0], s.evidence(home[1], 0.6))
            continue
        start, end = title
        commas = [t.i for t in doc[start:end] if t.text == ","]
        if commas and any(t.lower_ in ROLE_WORDS for t in doc[commas[-1] + 1 : end]) and not any(
                t.lower_ in ROLE_WORDS for t in doc[start : commas[-1]]) and (s.between(
                start, commas[-1], ACTORS | {T.POLICY}) or any(
                t.is_lower and t.lower_ not in {"and", "&"} for t in doc[start : commas[-1]])):
            # "... over the South China Sea, Philippine Defense Secretary X", "Ana Roe of the
            # Acme Project, Senator X": the title starts after the comma (not "Innovation,
            # Science and Industry Minister X": a list of portfolios)
            start = commas[-1] + 1
        former = next((t.i for t in doc[start:end] if t.lower_ in {"former", "ex", "onetime",
                                                                  "retired"}
                       or t.lower_ == "then" and t.i + 1 < end and doc[t.i + 1].text == "-"),
                      None)  # "then-Speaker Roe": her post then, not now
        # "a former BIS official who is now a partner at Acme": no longer the bureau's
        now = next((t.i for t in doc[former:end] if t.lower_ in {"now", "currently"}),
                   None) if former is not None else None
        # "a former trade official and now a fellow at the Example Institute": the institute
        inner = [x for x in s.between(start, end, ACTORS) if former is None or x.start < former
                 or now is not None and x.start > now]
        words = [t for t in doc[start:end]]
        # "the company's founder": the firm last named, and no part of the role
        firm_word = len(words) > 3 and words[0].lower_ == "the" and \
            words[1].lower_ in _FIRM_ANAPHORS and words[2].text in {"'s", "’s"}
        if firm_word:
            words = words[3:]
        # "U.S. Secretary of State": the country is no part of the role; "Space Agency
        # Administrator", "Acme chief executive": the body or firm is, as written
        formal = bool(words) and words[-1].lower_ == "representative"  # "U.S. Trade
        # Representative": the country is part of this office's name
        # "a China specialist": the country she studies, part of her title, not her employer
        studied = {x.key for x in inner if x.type is T.COUNTRY and x.kind == "name" and x.end < end
                   and doc[x.end].lower_ in _STUDY_ROLES}
        if studied:
            inner = [x for x in inner if x.key not in studied]
            formal = True
        while words and (_leading_country(s, words[0], inner) and not formal or words[0].text in
                         {"'s", "’s", "’", ",", "the", "a", "an", "and", "then", "The", "He", "She",
                          "They", "We", "its", "Its", "their", "Their", "under", "-"}
                         or words[0].text == "Under" and len(words) > 1
                         and words[1].lower_ == "then"  # not "Under Secretary Roe"
                         or _possessive_person(s, words[0])):
            words = words[1:]
        while words and (words[-1].text in {",", "and", "the", "of", "for"}
                         or words[-1].lower_ in HONORIFICS | _ACADEMIC_STYLES):
            words = words[:-1]  # "..., Media and Sport, the Rt Hon Jane Roe": no style
        second = next((k for k in range(1, len(words) - 1) if words[k].lower_ == "and"
                       and words[k + 1].lower_ in {"a", "an"}), None)
        if second is not None:  # "the Minister of Trade and a member of the Acme Party"
            words = words[:second]
        # "fellow at the Example Forum", "head of strategy at Acme Partners"
        at = next((k for k, w in enumerate(words) if w.lower_ in {"at", "with"} and k and
                   any(v.lower_ in ROLE_WORDS for v in words[:k])
                   and s.between(w.i, end, ORGS)), None)  # "a lawyer with the Acme Collective"
        if at is None:  # "chief executive of the press freedom group Acme Watch"
            at = next((k for k, w in enumerate(words[:-3]) if w.lower_ == "of" and k
                       and words[k + 1].lower_ == "the" and words[k + 2].is_lower
                       and words[k + 2].lower_ not in ROLE_WORDS
                       and s.between(w.i, end, {T.ORGANIZATION, T.COMPANY, T.TELCO})), None)
        shown = words[:at] if at is not None else words  # "fellow at the Example Forum"
        role = doc[shown[0].i : shown[-1].i + 1].text if shown else ""
        if role and any(w.lower_ in ROLE_WORDS for w in words):
            s.ctx.value(m.key, "role", role, "string", s.evidence("relations.role", 0.85))
        # "envoy for Syria", "ambassador to China": where they are sent, not
        # whom they serve
        linked = [x for x in inner if x.kind != "capital" and not _sent_to(s, x, start)
                  and not (x.end + 1 < len(doc) and doc[x.end].text in {"-", "–"}
                           and doc[x.end + 1].lower_ == "based")]  # "the Oslo-based firm"
        # "director of the Trade Department at the Ministry of Trade": the ministry
        employer = [x for x in linked if x.type in ORGS and x.start > start and _after_at(doc, x)]
        if employer:
            linked = employer[-1:]
        # "a former deputy chair of the Acme Authority": no longer the authority's
        out_of_office = former is not None and now is None
        body = _body_for_title(s, words) if words and not out_of_office else None
        served = {x.key for x in linked if x.type is T.COUNTRY}
        entry = s.ctx.gaz.orgs.get(body.removeprefix("org/")) if body else None
        body_home = entry.country if entry is not None else next(
            (x.country for x in s.ctx.doc._.pg_mentions or () if x.key == body and x.country),
            None)
        if m.country:  # a known person serves the gazetteer's country
            served = served | {country_key(m.country)}
        if body_home and served and country_key(body_home) not in served:
            body = None  # "Ruritania's Minister of Trade": not the other country's ministry
        if body is not None and all(x.key != body for x in linked):
            s.ctx.fact(m.key, "affiliatedWith", body, s.evidence("relations.affiliatedWith.body", 0.7))
        for x in linked:
            s.ctx.fact(m.key, "affiliatedWith", x.key, s.evidence("relations.affiliatedWith", 0.85))
        if not linked and role and firm_word:
            firms = [x for x in s.ctx.doc._.pg_mentions or [] if x.end <= start
                     and x.type in {T.COMPANY, T.TELCO}]
            if firms:
                s.ctx.fact(m.key, "affiliatedWith", firms[-1].key,
                           s.evidence("relations.affiliatedWith.firm", 0.65))
                continue
        bloc = next((t.i for t in doc[max(start - 1, s.span.start) : min(start + 2, end)]
                     if t.lower_ in _BLOC_WORDS and t.i + 1 < len(doc)
                     and doc[t.i + 1].text in {"'s", "’s"}), None)
        if not linked and role and bloc is not None:
            # "the bloc's trade commissioner, Jane Roe": the union or alliance last named
            blocs = [x for x in s.ctx.doc._.pg_mentions or [] if x.end <= bloc
                     and x.type is T.ORGANIZATION]
            if blocs:
                s.ctx.fact(m.key, "affiliatedWith", blocs[-1].key,
                           s.evidence("relations.affiliatedWith.bloc", 0.65))
                continue
        if not linked and role and {doc[start].lower_, doc[max(start - 1, 0)].lower_} & {
                "its", "their"}:
            # "its chief executive, Ralph Mupita": the organisation the text is about
            # the sentence's first actor (its subject, usually), not the nearest name
            before = [x for x in s.mentions if x.end <= start and x.type in ACTORS
                      and x.kind != "demonym"]
            # else the subject of the sentence before ("The Council said it would ask the
            # court ... "...," said its secretary-general"), not the last name read
            last = s.ctx.last_subject
            owner = before[0] if before else last if last is not None and \
                last.type in ORGS else s.ctx.last_actor
            # "..., and Peru sent its foreign minister, Jane Roe": the subject of the
            # clause the title stands in comes first
            its = doc[start] if doc[start].lower_ in {"its", "their"} else doc[start - 1]
            verb = its.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            owner = next((x for x in before if any(
                c.dep_ == "nsubj" and x.start <= c.i < x.end for c in verb.children)), owner)
            along = its.head.head if its.head.dep_ == "pobj" else None
            if along is not None and along.lower_ == "with" and along.head.i == verb.i and any(
                    c.lower_ in {"together", "along"} for c in along.children):
                # "Treasury named the police force, together with its director, Jane Roe":
                # the one named with her, or none the article names
                obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
                            and c.i < its.i), None)
                inside = {t.i for t in obj.subtree} if obj is not None else set()
                owner = next((x for x in s.mentions if x.start in inside
                              and x.type in ORGS), None)
            if owner is not None and owner.type in ACTORS:
                s.ctx.fact(m.key, "affiliatedWith", owner.key,
                           s.evidence("relations.affiliatedWith.its", 0.65))
                continue
        if not linked and role and re.search(r"\bsecretary[- ]general\b", role.lower()):
            body = _most_named(s, {T.ORGANIZATION}, 2, placeless=True)
            if body is not None and not any(x.key != body for x in s.of(
                    T.ORGANIZATION, T.GOVERNMENT_BODY, T.COMPANY)):  # not "... of the Acme Union"
                # "Secretary General Jane Roe announced ...": the union or alliance the story
                # is about (named at least twice, more than any other)
                s.ctx.fact(m.key, "affiliatedWith", body,
                           s.evidence("relations.affiliatedWith.mainOrg", 0.6))
                continue
        if not linked and role and _CORPORATE.search(role.lower()) and not _PUBLIC_OFFICE.search(
                role.lower()) and m.name not in s.ctx.gaz.people:  # not "committee chairman"
            firm = _most_named(s, {T.COMPANY, T.TELCO}, 3)
            if firm is not None and any(x.key == firm for x in s.of(T.COMPANY, T.TELCO)):
                # "Chief executive Jane Roe said Acme would ...": the story's own firm
                s.ctx.fact(m.key, "affiliatedWith", firm,
                           s.evidence("relations.affiliatedWith.mainFirm", 0.6))
                continue
        if not linked and role and entry is not None and entry.country and \
                country_key(entry.country) in s.ctx.entities:
            # "Trade Minister Roe" after the Ruritanian trade ministry: Ruritania's
            s.ctx.fact(m.key, "affiliatedWith", country_key(entry.country),
                       s.evidence("relations.affiliatedWith.body", 0.65))
        elif not linked and role and not out_of_office:
            home = _implied_affiliation(s, m, role)
            if home is not None:
                key, rule = home
                s.ctx.fact(m.key, "affiliatedWith", key, s.evidence(rule, 0.6))


#: Titles of a firm's officers: "chief executive", "CEO", "chairwoman".
_CORPORATE = re.compile(r"\b(?:chief \w+ officer|chief executive|ceo|cfo|cto|coo|chairman|"
                        r"chairwoman|chairperson|managing director|founder)\b")

#: Words that make a chair a public office: "committee chairman", "party chairwoman".
_PUBLIC_OFFICE = re.compile(r"\b(?:committee|commission|council|party|parliament\w*|senate|"
                            r"house|assembly|agency|authority|board of governors)\b")


def _most_named(s: Sentence, types: set[T], least: int, placeless: bool = False) -> str | None:
    """The entity of ``types`` the article names most, at least ``least`` times and more
    than any other (with ``placeless``, only those with no country: international bodies)."""
    counts: dict[str, int] = {}
    for x in s.ctx.doc._.pg_mentions or []:
        if x.type in types and not (placeless and x.country):
            counts[x.key] = counts.get(x.key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= least and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


#: What a report calls a union of states it has named: "the bloc's trade chief".
_BLOC_WORDS = {"bloc", "alliance", "union", "grouping", "organisation", "organization"}
#: What "the company's founder" calls the firm last named.
_FIRM_ANAPHORS = _OPERATOR_NOUNS | {"vendor", "maker"}


def _leading_country(s: Sentence, word: Token, inner: list[Mention]) -> bool:
    """Whether ``word`` belongs to a country (or a possessive body: "Acme's") that opens
    a title."""
    m = s.mention_at(word.i)
    if m is None or m not in inner:
        return False
    return m.type is T.COUNTRY or m.end < len(s.doc) and s.doc[m.end].text in {"'s", "’s"}


def _plural_title(s: Sentence, m: Mention) -> str | None:
    """"Commissioner" for each of "Commissioners Jane Roe and John Doe" (and of
    "Presidents Jane Roe of Peru and John Doe of Chile")."""
    doc, j = s.doc, m.start - 1
    while j >= s.span.start:
        other = s.mention_at(j)
        if doc[j].text in {",", "and"}:
            j -= 1
        elif other is not None and other.type is T.PERSON and other.key != m.key:
            j = other.start - 1
        elif other is not None and other.type is T.COUNTRY and other.start - 1 > s.span.start \
                and doc[other.start - 1].text == "of":
            j = other.start - 2  # "..., John Doe of Chile and": back over his country
        else:
            break
    if j < s.span.start:
        return None
    word = doc[j].text
    if not (word.istitle() and word.endswith("s") and word[:-1].lower() in ROLE_WORDS):
        return None
    start = j
    while start - 1 >= max(s.span.start, j - 4) and (
            doc[start - 1].is_title and doc[start - 1].text not in TITLE_STOP
            or doc[start - 1].text == "-" and start - 2 >= s.span.start
            and doc[start - 2].is_title) and s.mention_at(start - 1) is None:
        start -= 1  # "Prime Ministers", "Deputy Foreign Ministers", "Vice-Presidents"
    return doc[start:j].text_with_ws + word[:-1] if start < j else word[:-1]


#: Styles a title may end in before a name: "Undersecretary for Trade Dr Jane Roe".
_ACADEMIC_STYLES = {"dr", "dr.", "prof", "prof.", "eng", "eng."}


def _after_at(doc: Doc, m: Mention) -> bool:
    """True for a mention written after "at" or "at the" ("director at the Ministry")."""
    j = m.start - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j >= 0 and doc[j].lower_ == "at"


def rule_possessive_people(s: Sentence) -> None:
    """"Acme's Jane Roe", "Ruritania's Ivan Petrov": a person named right after an
    organisation's or a country's possessive serves it."""
    doc = s.doc
    for m in s.of(T.PERSON):
        if m.kind == "surname" or m.start < 2 or doc[m.start - 1].text not in {"'s", "’s", "'", "’"}:
            continue
        owner = s.mention_at(m.start - 2)
        if owner is None or owner.type not in ACTORS or owner.kind == "demonym":
            continue
        s.ctx.fact(m.key, "affiliatedWith", owner.key,
                   s.evidence("relations.affiliatedWith.possessive", 0.75))


#: The last word of a political party's or movement's name: "the Acme Party".
_PARTY_ENDS = {"party", "congress", "movement", "front", "alliance", "league"}


def rule_party_of(s: Sentence) -> None:
    """"President Roe's Acme Party", "Roe's United Example Congress": the person named
    before a party's name belongs to it (not "Roe's visit to the party congress")."""
    doc = s.doc
    for m in s.of(T.PERSON):
        if m.end + 1 >= s.span.end or doc[m.end].text not in {"'s", "’s"}:
            continue
        party = s.mention_at(m.end + 1)
        if party is not None and party.type is T.COUNTRY and party.start == m.end + 1:
            party = s.mention_at(party.end)  # "Roe's Peru Progress Party": its state's name
            # is read apart from the rest
        if party is None or party.type not in {
                T.ORGANIZATION, T.GOVERNMENT_BODY} or \
                doc[party.end - 1].lower_ not in _PARTY_ENDS:
            continue
        s.ctx.fact(m.key, "affiliatedWith", party.key,
                   s.evidence("relations.affiliatedWith.party", 0.75))


def rule_people_as(s: Sentence) -> None:
    """"recognised only Roe as Ruritania's president", "named Jane Roe as Peru's envoy":
    the person holds that country's office."""
    doc = s.doc
    for m in s.of(T.PERSON):
        if m.end + 3 >= s.span.end or doc[m.end].lower_ != "as":
            continue
        place = s.mention_at(m.end + 1)
        if place is None or place.type is not T.COUNTRY or place.start != m.end + 1 or \
                place.end + 1 >= s.span.end or doc[place.end].text not in {"'s", "’s"}:
            continue
        role = doc[place.end + 1 : min(place.end + 4, s.span.end)]
        if any(t.lower_ in ROLE_WORDS for t in role):
            s.ctx.fact(m.key, "affiliatedWith", place.key,
                       s.evidence("relations.affiliatedWith.as", 0.75))


def rule_people_of(s: Sentence) -> None:
    """"Jane Roe of Ruritania" serves Ruritania (not "of Ruritania Airways")."""
    doc = s.doc
    for m in s.of(T.PERSON):
        if m.kind == "surname" or m.end + 1 >= s.span.end or doc[m.end].lower_ != "of":
            continue
        k = m.end + 1 + (doc[m.end + 1].lower_ == "the")
        place = s.mention_at(k)
        if place is not None and place.type is T.COUNTRY and place.start == k and \
                place.end + 1 < s.span.end and doc[place.end].text in {"-", "–"}:
            # "Jane Roe of the Lima-based Acme Institute": the group the place describes
            group = next((o for o in s.of(*ORGS) if place.end < o.start <= place.end + 8), None)
            if group is not None and not any(t.text in {",", ";", "."} or t.pos_ == "VERB"
                                             for t in doc[place.end + 2 : group.start]):
                s.ctx.fact(m.key, "affiliatedWith", group.key,
                           s.evidence("relations.affiliatedWith.of", 0.8))
            continue
        if place is not None and place.type is T.COUNTRY and place.start == k and \
                place.kind != "demonym" and (place.end >= s.span.end or
                                             not doc[place.end].is_title):
            s.ctx.fact(m.key, "affiliatedWith", place.key,
                       s.evidence("relations.affiliatedWith.of", 0.8))
        elif place is not None and place.start == k and place.type in {
                T.ORGANIZATION, T.GOVERNMENT_BODY} and not a_news_source(place) and \
                doc[place.end : place.end + 1].text not in {"'s", "’s"}:
            # "Opposition leader Jane Roe of the Acme Freedom Front": hers
            s.ctx.fact(m.key, "affiliatedWith", place.key,
                       s.evidence("relations.affiliatedWith.of", 0.75))


#: Verbs that list a delegation's members: "The Ruritanian delegation included A and B".
_MEMBER_VERBS = {"include", "comprise", "consist", "number", "feature"}


def _serve_side(s: Sentence, side: Mention, start: int, end: int, rule: str) -> None:
    """The people named between ``start`` and ``end`` serve ``side``, unless their own
    title names another country."""
    for person in s.of(T.PERSON):
        if start <= person.start < end and person.kind != "surname" and not any(
                x.type is T.COUNTRY and x.key != side.key
                for x in s.between(*(_title_before(s, person) or (0, 0)), {T.COUNTRY})):
            s.ctx.fact(person.key, "affiliatedWith", side.key, s.evidence(rule, 0.75))


def rule_delegations(s: Sentence) -> None:
    """"The Ruritanian delegation included A, B and C", "A and B joined the US side": the
    members serve the delegation's country."""
    words = doc_words(s.doc)
    for i in range(max(s.span.start, 1), s.span.end):
        if words[i][1] not in {"delegation", "side", "team", "delegations"}:
            continue  # known from the word alone, without making the Token
        t = s.doc[i]
        side = s.mention_at(t.i - 1)
        if side is None or side.type is not T.COUNTRY or side.end != t.i:
            continue
        verb = t.head
        if t.dep_ in {"nsubj", "nsubjpass"} and lem(verb) in _MEMBER_VERBS and not negated(verb):
            members = [c for c in verb.children if c.dep_ in {"dobj", "prep", "attr"}]
            for c in members:
                _serve_side(s, side, c.left_edge.i, c.right_edge.i + 1,
                            "relations.affiliatedWith.delegation")
        elif t.dep_ == "dobj" and lem(verb) == "join" and not negated(verb):
            for c in verb.children:
                if c.dep_ == "nsubj":
                    _serve_side(s, side, c.left_edge.i, c.right_edge.i + 1,
                                "relations.affiliatedWith.delegation")


#: Who a project or pact counts among its members: "its members include A and B".
_MEMBER_NOUNS = {"member", "partner", "participant", "signatory", "consortium", "backer",
                 "shareholder", "investor", "bidder"}


def rule_members(s: Sentence) -> None:
    """"The remaining members include Acme, Beta and Gamma" after the Andes Cable, "the
    Andes Cable consortium comprises Acme and Beta", "members of the Pact include Chile and
    Peru": the firms and states listed take part in the policy."""
    words = doc_words(s.doc)
    for i in range(s.span.start, s.span.end):
        if words[i][0] not in _MEMBER_VERBS | {"be"}:
            continue  # known from the lemma alone, without making the Token
        verb = s.doc[i]
        if verb.pos_ not in {"VERB", "AUX"} or negated(verb) or irrealis(verb, 1):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or lem(subj) not in _MEMBER_NOUNS or lem(verb) == "be" and (
                subj.tag_ != "NNS" or not any(c.dep_ == "attr" and s.mention_at(c.i)
                                              for c in verb.children)):
            continue  # "the six bidders were Acme, ...": a list of names, not "were late"
        inside = {t.i for t in subj.subtree}
        pols = [m for m in s.of(T.POLICY) if m.start in inside]
        if not pols and any(c.lower_ in {"the", "its", "their"} for c in subj.children):
            pols = [s.ctx.last_policy] if s.ctx.last_policy is not None else []
        if lem(subj) == "bidder":  # bidders bid in an auction or a tender, nothing else
            pols = [p for p in pols if any(w in p.name.lower() for w in ("auction", "tender"))]
        if not pols:
            continue
        listed = {t.i for c in verb.children if c.dep_ in {"dobj", "attr", "prep"}
                  for t in c.subtree}
        for m in s.of(*ACTORS - {T.PERSON}):
            if m.start in listed and m.kind != "demonym" and not _possessed_country(s, m):
                s.ctx.fact(m.key, "participatesIn", pols[0].key,
                           s.evidence("relations.members", 0.75))


#: Words of a policy's name that states are members of: "the Acme Pact's members".
_MEMBERSHIP_POLICIES = {"agreement", "partnership", "pact", "treaty", "convention", "initiative",
                        "alliance", "network", "programme", "program", "charter", "accord",
                        "compact", "arrangement", "club", "framework"}


def rule_members_listed(s: Sentence) -> None:
    """"officials from the 11 members, Peru, Chile and Mexico, took part", "the Pact's
    members, Peru and Chile, ...": the states set beside a pact's members take part in it
    (the pact named or, for "its members" and "the members", the last one read; not a bloc's
    or a firm's members)."""
    words = doc_words(s.doc)
    for i in range(s.span.start, s.span.end - 2):
        if words[i][0] not in {"member", "signatory"} or s.doc[i + 1].text != ",":
            continue  # known from the words alone, without making the Token
        noun = s.doc[i]
        if noun.tag_ != "NNS" or negated(noun.head) or irrealis(noun.head, 1):
            continue
        listed = [t for c in noun.children if c.dep_ in {"appos", "conj"}
                  for t in c.subtree]  # (the parser's apposition or list)
        states = [m for m in s.of(T.COUNTRY) if m.kind == "name"
                  and any(m.start <= t.i < m.end for t in listed)]
        if len(states) < 2:
            continue
        pol: Mention | None = None
        named = next((c for c in noun.children if c.dep_ == "poss"), None)
        if named is not None:
            pol = next((m for m in s.of(T.POLICY) if m.start <= named.i < m.end), None)
            if pol is None and lem(named) in _MEMBERSHIP_POLICIES | {"it", "its", "their"}:
                pol = s.ctx.last_policy  # "its members", "the pact's members"
        elif any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and \
                not any(c.dep_ in {"compound", "amod"} for c in noun.children):
            pol = s.ctx.last_policy  # "the 11 members": of the pact the story is about
        if pol is None or not {w.lower() for w in pol.name.split()} & _MEMBERSHIP_POLICIES:
            continue  # not a ban's or a law's "members"
        for m in states:
            s.ctx.fact(m.key, "participatesIn", pol.key,
                       s.evidence("relations.members.listed", 0.7))


#: Head words of instruments that states join by signing: "the Acme Convention".
_OPEN_INSTRUMENTS = {"convention", "charter", "protocol"}


def _open_instrument(s: Sentence, verb: Token) -> Mention | None:
    """The convention ``verb`` signs: its object, the one convention its object's word
    names in the article ("the Council's convention on AI"), or, with no object, the
    article's one convention."""
    conventions = {m.key: m for m in s.ctx.doc._.pg_mentions or [] if m.type is T.POLICY
                   and {w.lower() for w in m.name.split()} & _OPEN_INSTRUMENTS}
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    owner = next((m for m in s.of(T.COUNTRY, T.ORGANIZATION)
                  if obj is not None and m.start <= obj.i < m.end), None)
    if owner is not None and owner.end < len(s.doc) and s.doc[owner.end].text in {"'s", "’s"}:
        obj = next((t for t in s.doc[owner.end + 1 : owner.end + 4] if t.pos_ == "NOUN"),
                   None)  # "the Council's convention": what the parser's object owns
    elif owner is not None:
        obj = None  # "... signed, as did Peru, and the EU": the parser's object is a signer
    if obj is None:
        if any(c.dep_ == "prep" and c.lower_ in {"with", "for", "on"} for c in verb.children):
            return None  # "signed with Acme", "signed for the UK": not the convention
        return next(iter(conventions.values())) if len(conventions) == 1 else None
    named = next((m for m in s.of(T.POLICY) if m.start <= obj.i < m.end), None)
    if named is not None and named.key in conventions:
        return named
    return next(iter(conventions.values())) if lem(obj) in _OPEN_INSTRUMENTS and \
        len(conventions) == 1 else None


def rule_signatories(s: Sentence) -> None:
    """"Peru, Chile and Bolivia signed the Acme Convention, as did Ecuador", "Peru was
    the first to sign the Council's convention": states and blocs that sign an open
    convention take part in it."""
    words = doc_words(s.doc)
    for i in range(s.span.start, s.span.end):
        if words[i][0] not in {"sign", "ratify"}:
            continue  # known from the lemma alone, without making the Token
        verb = s.doc[i]
        if verb.pos_ != "VERB" or negated(verb) or any(
                c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children):
            continue
        pol = _open_instrument(s, verb)
        if pol is None:
            continue
        clause = verb
        while not any(c.dep_ == "nsubj" for c in clause.children) and \
                clause.dep_ in {"advcl", "xcomp", "acl"} and clause.head.i != clause.i:
            clause = clause.head  # "were among the first to sign"
        heads = [c for c in clause.children if c.dep_ == "nsubj"]
        heads += [g for c in clause.children if c.dep_ == "advcl" and lem(c) == "do"
                  for g in c.children if g.dep_ == "nsubj"]  # "..., as did Israel"
        if negated(clause):
            continue
        signers = {t.i for h in heads for t in h.subtree}
        signers |= {t.i for c in verb.children if c.dep_ in {"dobj", "conj"} and c.i > verb.i
                    and c.pos_ == "PROPN" and not any(x.text in {"'s", "’s"} for x in c.subtree)
                    for t in c.subtree}  # "..., and the EU": the parser's object or conjunct,
        # not the owner of "the Council's convention"
        for m in s.of(T.COUNTRY, T.ORGANIZATION):
            if m.start in signers and m.kind not in {"demonym", "capital"} and \
                    m.key != pol.key:
                s.ctx.fact(m.key, "participatesIn", pol.key,
                           s.evidence("relations.participatesIn.signed", 0.7))


#: Nouns for a state's or a firm's place in a programme: "a member of the Initiative".
_MEMBER_OF = {"member", "signatory", "party", "participant"}


def rule_member_of(s: Sentence) -> None:
    """"Italy is still a member of the Acme Initiative", "Peru became a party to the
    Pact", "... a member of that initiative": the subject takes part in the policy (not
    "no longer a member", not "is not a party")."""
    words = doc_words(s.doc)
    for i in range(s.span.start, s.span.end - 2):
        if words[i][0] not in _MEMBER_OF or words[i + 1][1] not in {"of", "to"}:
            continue  # known from the words alone, without making the Token
        noun = s.doc[i]
        verb = noun.head
        if noun.dep_ != "attr" or lem(verb) not in {"be", "become", "remain"} or \
                negated(verb) or irrealis(verb, 1) or any(
                    t.lower_ == "longer" for t in s.doc[verb.i : noun.i]):
            continue
        obj = next((c for c in s.doc[i + 1].children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        pol = next((m for m in s.of(T.POLICY) if m.start <= obj.i < m.end), None)
        if pol is None and _policy_anaphor(obj) and not any(
                c.dep_ == "compound" for c in obj.children):
            # "a member of that initiative": the last one named with that word
            pol = next((m for m in reversed(s.ctx.seen_policies)
                        if lem(obj) in {w.lower() for w in m.name.split()}), None)
        subj = [m for m in s.of(*ACTORS - {T.PERSON}) for c in verb.children
                if c.dep_ == "nsubj" and m.start <= c.i < m.end and m.kind != "demonym"
                and not any(x.dep_ == "compound" for x in c.children)]  # "Acme Peru is"
        if pol is not None and subj:
            s.ctx.fact(subj[0].key, "participatesIn", pol.key,
                       s.evidence("relations.participatesIn.member", 0.75))


#: Nouns that a list of an auction's bidders follows after a colon.
_BIDDER_NOUNS = {"bidder", "winner", "participant", "applicant"}


def rule_bidders_listed(s: Sentence) -> None:
    """"... handing a block to each of four bidders: Acme, Beta and Ruritania's Gamma": the
    firms listed after the colon take part in the article's one auction or tender."""
    words = doc_words(s.doc)
    for i in range(s.span.start, s.span.end - 1):
        if words[i][0] not in _BIDDER_NOUNS or s.doc[i + 1].text != ":":
            continue  # known from the lemma alone, without making the Token
        if negated(s.doc[i].head) or irrealis(s.doc[i].head, 1):
            continue
        auctions = {k for k, e in s.ctx.entities.items() if e.type is T.POLICY and any(
            w in e.label.lower() for w in ("auction", "tender"))}
        if len(auctions) != 1:
            return
        auction = next(iter(auctions))
        for m in s.of(T.COMPANY, T.TELCO, T.ORGANIZATION):
            if m.start > i + 1:
                s.ctx.fact(m.key, "participatesIn", auction,
                           s.evidence("relations.bidders", 0.7))
        return


#: Verbs by which a bidder comes out of an auction with spectrum: "bought a 60MHz lot".
_WIN_VERBS = {"win", "buy", "acquire", "secure", "obtain", "purchase", "take"}
#: What a spectrum auction sells: "an 80MHz block", "frequencies", "two lots".
_LOTS = re.compile(r"\b(?:\d+\s?[MG]Hz|spectrum|blocks?|frequenc\w*|airwaves|lots?|licen[cs]es?)\b",
                   re.I)


def rule_auction_winners(s: Sentence) -> None:
    """"Acme and Beta each bought a 60MHz lot", "... with Acme, Beta and Gamma securing
    spectrum": the firms that come out with spectrum take part in the article's one
    auction."""
    words = doc_words(s.doc)
    for i in range(s.span.start, s.span.end):
        if words[i][0] not in _WIN_VERBS:
            continue  # known from the lemma alone
        verb = s.doc[i]
        if verb.pos_ != "VERB" or not _LOTS.search(s.doc[i + 1 : min(i + 6, s.span.end)].text) \
                or negated(verb) or irrealis(verb):
            continue
        auctions = {k for k, e in s.ctx.entities.items() if e.type is T.POLICY
                    and "auction" in e.label.lower()}
        if len(auctions) != 1:
            return
        winners = [m for m in _subjects(s, verb) if m.type in {T.TELCO, T.COMPANY}]
        if not winners:  # "the carriers — Acme, Beta and Gamma — securing lots"
            winners = [m for m in s.between(max(s.span.start, i - 14), i, {T.TELCO})
                       if not any(t.text in {".", ";"} for t in s.doc[m.end : i])]
        for m in winners:
            s.ctx.fact(m.key, "participatesIn", next(iter(auctions)),
                       s.evidence("relations.auctionWinners", 0.7))


#: Verbs of those who put their names to an instrument beside its issuer: "co-authored by".
_COAUTHOR_VERBS = {"author", "sign", "seal", "write", "draft", "sponsor"}


def rule_coauthors(s: Sentence) -> None:
    """"The advisory was co-authored by agencies from Ruritania and Acmea, among them the
    Example Bureau", "a declaration co-signed by Peru and Chile": every state and body in
    the "by" takes part in the policy."""
    words = doc_words(s.doc)
    for i in range(s.span.start + 2, s.span.end):
        if words[i][0] not in _COAUTHOR_VERBS or s.doc[i - 1].text not in {"-", "–"} or \
                s.doc[i - 2].lower_ != "co":
            continue  # known from the words alone, without making the Token
        verb = s.doc[i]
        if negated(verb) or irrealis(verb, 1):
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is None:
            continue
        subj = {t.i for t in s.doc[s.span.start : i - 2] if t.dep_ in {"nsubjpass", "nsubj"}
                for t in t.subtree}
        pols = [m for m in s.of(T.POLICY) if m.start in subj or m.end == i - 2]
        if not pols and any(_policy_anaphor(s.doc[k]) for k in subj):
            pols = [s.ctx.last_policy] if s.ctx.last_policy is not None else []
        if not pols:
            continue
        end = s.clause_end(agent.i)
        for m in s.between(agent.i + 1, end, ACTORS - {T.PERSON}):
            if m.kind != "demonym" and not _possessed_country(s, m):
                s.ctx.fact(m.key, "participatesIn", pols[0].key,
                           s.evidence("relations.coauthors", 0.75))


def _possessed_country(s: Sentence, m: Mention) -> bool:
    """True for France in "France's Orange": the country names a firm's home."""
    return m.type is T.COUNTRY and m.end < len(s.doc) and s.doc[m.end].text in {"'s", "’s"} \
        and s.mention_at(m.end + 1) is not None


def _chunks(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list "A, B and C" between ``start`` and ``end``, as token ranges."""
    items, first = [], start
    for k in range(start, end + 1):
        if k == end or doc[k].text == "," or doc[k].lower_ == "and":
            if k > first:
                items.append((first, k))
            first = k + 1
    return items


def rule_respectively(s: Sentence) -> None:
    """"the chief executives of Acme, Globex and Initech - Jane Roe, John Doe and Ann Poe
    respectively": each name serves the organisation in the same place, with the title.

    A name in the list the NER missed is still a person when it is two to four
    capitalised words.
    """
    doc = s.doc
    words = doc_words(doc)
    r = next((i for i in range(s.span.start, s.span.end) if words[i][1] == "respectively"),
             None)
    if r is None:
        return  # known from the words alone, without making the Tokens
    k = r - 1
    while k > s.span.start and doc[k].text in {",", ")"}:
        k -= 1
    end, start = k + 1, k
    while start > s.span.start and doc[start - 1].text not in {"-", "–", "—", ":", "(", ";"} \
            and not (s.mention_at(start - 1) is not None
                     and s.mention_at(start - 1).type in ACTORS):  # type: ignore[union-attr]
        start -= 1
    names = _chunks(doc, start, end)
    j = start - 1
    while j > s.span.start and doc[j].text in {"-", "–", "—", ":", "(", ","}:
        j -= 1
    orgs: list[Mention] = []
    while j >= s.span.start:
        m = s.mention_at(j)
        if m is not None and m.type in ACTORS:
            orgs.insert(0, m)
            j = m.start - 1
        elif doc[j].text == "," or doc[j].lower_ == "and":
            j -= 1
        else:
            break
    if len(names) < 2 or len(names) != len(orgs):
        return
    role = None
    if j >= s.span.start and doc[j].lower_ == "of" and doc[j - 1].pos_ == "NOUN" and \
            lem(doc[j - 1]) in ROLE_WORDS | {"executive", "boss", "head"}:
        noun = doc[j - 1]
        before = [c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"} and c.i < noun.i]
        role = " ".join([*before, noun.lemma_.lower()])  # "chief executives" -> "chief executive"
    for (a, b), org in zip(names, orgs, strict=True):
        person = s.mention_at(a)
        key = person.key if person is not None and person.type is T.PERSON else None
        text = doc[a:b].text
        if key is None and 2 <= b - a <= 4 and all(t.is_title for t in doc[a:b]):
            key = person_key(text)
            s.ctx.entities.setdefault(key, Entity(key, T.PERSON, text, frozenset()))
        if key is None:
            continue
        s.ctx.fact(key, "affiliatedWith", org.key, s.evidence("relations.respectively", 0.75))
        if role:
            s.ctx.value(key, "role", role, "string", s.evidence("relations.respectively", 0.7))


def rule_sides(s: Sentence) -> None:
    """"On the Ruritanian side were Jane Roe and John Doe": the people of that part of the
    sentence (up to a semicolon) serve that country, unless their own title names another.
    """
    doc = s.doc
    words = doc_words(doc)
    for i in range(max(s.span.start, 3), s.span.end):
        if words[i][1] != "side":
            continue  # known from the word alone, without making the Token
        t = doc[i]
        side = s.mention_at(t.i - 1)
        if side is None or side.type is not T.COUNTRY or side.end != t.i or side.start < 2 or \
                doc[side.start - 1].lower_ != "the" or doc[side.start - 2].lower_ not in {"on", "from"} \
                or t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of":
            continue  # "on the South Korean side", not "the other side" or "the Ruritanian side of
            # the border", a place
        # the part of the sentence the side belongs to: up to a semicolon or ", and"
        bounds = [x.i for x in s.span if x.text == ";" or x.lower_ == "and" and x.i > 0
                  and doc[x.i - 1].text == ","]
        start = max([s.span.start] + [b + 1 for b in bounds if b < side.start])
        end = min([s.span.end] + [b for b in bounds if b > t.i])
        opener = side.start - 2  # "On the Ruritanian side were A and B": those after it
        if any(x.type is T.PERSON and start <= x.start < opener for x in s.mentions):
            end = opener  # "A, B and C on the US side, and D for the EU": those before it
        _serve_side(s, side, start, end, "relations.affiliatedWith.side")


def _ensure_country(ctx: DocContext, code: str) -> str:
    """The key of the country ``code``, made an entity of the article if the text names
    it only by a code or a city."""
    key = country_key(code)
    if key not in ctx.entities:
        ctx.entities[key] = Entity(key, T.COUNTRY, str(ctx.gaz.countries[code]["name"]),
                                   frozenset(), code)
    return key


#: "(D-Calif.)", "(R-Texas)": a US lawmaker's party and state.
_US_PARTY_TAG = re.compile(r"^[DRI]-[A-Z][a-z]*\.?$")


def rule_person_tags(s: Sentence) -> None:
    """"Jane Roe (EPP, RO)", "John Doe (D-Calif.)": a country code or a US party tag in
    brackets right after a name is the country the person serves."""
    doc = s.doc
    for person in s.of(T.PERSON):
        if person.end + 2 >= s.span.end or doc[person.end].text != "(":
            continue
        close = next((x.i for x in doc[person.end + 1 : min(person.end + 8, s.span.end)]
                      if x.text == ")"), None)
        if close is None:
            continue
        inside = doc[person.end + 1 : close].text.replace(" ", "")
        parts = [p for p in re.split(r"[,/;]", inside) if p]
        # "(EPP, RO)": a group and a country; a code alone, "Acme Tele (AT)", is an acronym
        code = next((p for p in parts if len(p) == 2 and p.isupper()
                     and p in s.ctx.gaz.countries), None) if len(parts) > 1 else None
        if code is None and any(_US_PARTY_TAG.match(p) for p in parts):
            code = "US"
        if code is None:
            continue
        key = _ensure_country(s.ctx, code)
        if s.ctx.entities[key].type is T.COUNTRY:
            s.ctx.fact(person.key, "affiliatedWith", key,
                       s.evidence("relations.affiliatedWith.tag", 0.75))


_FOUND_LEMMAS = {"found", "co-found", "cofound"}
#: What a person does at an institution: "Jane Roe, who studies data rules at Acme".
_WORK_AT = {"work", "study", "teach", "research", "lecture", "specialise", "specialize",
            "focus", "write"}


def rule_works_at(s: Sentence) -> None:
    """"Jane Roe, who studies internet law at the Example Institute," and "Roe, who works
    at Acme," tie the person to the institution (not "who once worked at", "who has never
    worked at"; a former post is no affiliation).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Jane Roe, who studies internet law at the Example "
    ...                       "Institute, spoke.")
    >>> [(f.subject, f.object) for f in doc._.pg_facts if f.predicate == "affiliatedWith"]
    [('person/jane-roe', 'org/example-institute')]
    """
    for verb in s.tokens(_WORK_AT):
        if verb.pos_ != "VERB" or verb.dep_ != "relcl" or negated(verb) or any(
                c.lower_ in {"once", "formerly", "previously", "used"} for c in verb.children) \
                or verb.tag_ in {"VBD", "VBN"}:
            continue
        person = s.mention_at(verb.head.i)
        if person is None or person.type is not T.PERSON:
            continue
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep"
                     and c.lower_ == "at"):
            place = next((s.mention_at(g.i) for g in prep.children if g.dep_ == "pobj"), None)
            if place is not None and place.type in ORGS:
                s.ctx.fact(person.key, "affiliatedWith", place.key,
                           s.evidence("relations.affiliatedWith.works", 0.75))


#: Verbs by which a person runs a body: "Jane Roe, who now heads the Acme Institute", and
#: the post each gives.
_POSTS = {"head": "head", "lead": "head", "run": "head", "chair": "chair", "direct": "director",
          "manage": "manager"}
_RUNS = set(_POSTS)


def rule_heads(s: Sentence) -> None:
    """"Jane Roe, who heads the Acme Institute," ties her to it (not "who once ran", "who
    headed": a former post is no affiliation).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Jane Roe, who now runs the Example Institute, spoke.")
    >>> [(f.subject, f.object) for f in doc._.pg_facts if f.predicate == "affiliatedWith"]
    [('person/jane-roe', 'org/example-institute')]
    """
    for verb in s.tokens(_RUNS):
        if verb.pos_ != "VERB" or verb.dep_ != "relcl" or verb.tag_ not in {"VBZ", "VBP"} or \
                negated(verb):
            continue
        noun = verb.head.head if verb.head.dep_ == "appos" else verb.head
        person = s.mention_at(noun.i)  # (or "Jane Roe, a former official who now runs")
        if person is None or person.type is not T.PERSON:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            body = s.mention_at(obj.i)
            if body is None and obj.pos_ == "NOUN":
                # "who chairs the Parliament's trade committee": the body it belongs to,
                # and her post, as written
                owner = next((c for c in obj.children if c.dep_ == "poss"), None)
                body = s.mention_at(owner.i) if owner is not None else None
                if body is not None and body.type in ORGS:
                    post = s.doc[obj.left_edge.i : obj.i + 1].text
                    s.ctx.value(person.key, "role", f"{_POSTS[lem(verb)]} of {post}", "string",
                                s.evidence("relations.role.heads", 0.7))
            if body is not None and body.type in ORGS:
                s.ctx.fact(person.key, "affiliatedWith", body.key,
                           s.evidence("relations.affiliatedWith.heads", 0.75))


def rule_founders(s: Sentence) -> None:
    """"Acme, founded by Jane Roe," and "Jane Roe, who founded Acme," tie the founder
    to the firm."""
    words = doc_words(s.doc)
    for i in range(s.span.start, s.span.end):
        if words[i][0] not in _FOUND_LEMMAS:
            continue  # known from the lemma alone, without making the Token
        verb = s.doc[i]
        if verb.pos_ != "VERB" or negated(verb):
            continue
        if verb.tag_ == "VBN":  # "Acme, founded by Jane Roe," / "Acme was founded by ..."
            people = [s.mention_at(g.i) for c in verb.children if c.dep_ == "agent"
                      for g in c.children if g.dep_ == "pobj"]
            clause = verb
            while clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head  # "Acme, based in Lima and founded by ..."
            firm_tokens = [clause.head] if clause.dep_ == "acl" else \
                [c for c in clause.children if c.dep_ == "nsubjpass"]
            if not firm_tokens and i >= 2 and s.doc[i - 1].text in {"-", "–"} and \
                    s.doc[i - 2].lower_ == "co":
                # "Acme was co-founded by Roe": the parser hangs the subject on "was"
                firm_tokens = [t for t in s.doc[s.span.start : i - 2]
                               if t.dep_ in {"nsubj", "nsubjpass"}][:1]
        else:  # "Jane Roe, who founded Acme,"
            people = [s.mention_at(c.i) for c in verb.children if c.dep_ == "nsubj"]
            if verb.dep_ == "relcl" and people == [None]:
                people = [s.mention_at(verb.head.i)]
            firm_tokens = [c for c in verb.children if c.dep_ == "dobj"]
        firms = [s.mention_at(t.i) for t in firm_tokens]
        for person in people:
            for firm in firms:
                if person is not None and person.type is T.PERSON and firm is not None \
                        and firm.type in {T.COMPANY, T.TELCO, T.ORGANIZATION}:
                    s.ctx.fact(person.key, "affiliatedWith", firm.key,
                               s.evidence("relations.affiliatedWith.founder", 0.8))


def _possessive_person(s: Sentence, t: Token) -> bool:
    """True for "Trump" in "Trump's special envoy": the boss, not the title."""
    other = s.mention_at(t.i)
    return other is not None and other.type is T.PERSON and other.end < len(s.doc) \
        and s.doc[other.end].text in {"'s", "’s"}


def _sent_to(s: Sentence, x: Mention, start: int) -> bool:
    """True when ``x`` follows "to" or "for" in a title (with coordination between), or
    just before it ("argued for Acme and Solicitor General Roe for the state")."""
    for t in reversed(s.doc[max(start - 1, s.span.start) : x.start]):
        if t.lower_ in {"to", "for"}:
            return True
        if not (t.lower_ in {"and", ",", "the"} or s.mention_at(t.i) is not None):
            return False
    return False


_TITLE_FILLER = {"of", "for", "and", "the", ",", "-", "'s", "’s"}


def _title_case(portfolio: str) -> str:
    """A portfolio as a ministry's name writes it: "trade and ict" -> "Trade and ICT"."""
    short = {"ict": "ICT", "it": "IT"}
    return " ".join(short.get(w, w if w in {"and", "of", "for", "the"} else w.capitalize())
                    for w in portfolio.split())


def _body_for_title(s: Sentence, words: list[Token]) -> str | None:
    """"Secretary of Commerce" -> the Department of Commerce the article names.

    The topic words of a title (those that are neither role words nor filler)
    must all appear in the name of exactly one government body of the article.
    """
    places = {i for m in s.of(T.COUNTRY) for i in range(m.start, m.end)}
    minister = any(t.lower_ in {"minister", "ministers"} for t in words)
    # "the fisheries minister": a portfolio written in lower case names the ministry too
    lower = minister and all(t.is_lower or not t.is_alpha for t in words)
    topic = {t.text.lower() for t in words if t.lower_ not in ROLE_WORDS
             and t.text not in _TITLE_FILLER and t.is_alpha and (t.text[:1].isupper() or lower)
             and t.i not in places}  # "Ambassador to Ruritania": no body of Ruritania's
    topic -= {"acting", "first", "second", "former", "senior", "chief", "deputy", "vice",
              "cabinet", "the"}  # "Interior Cabinet Secretary": a minister, of the interior
    if any(t.lower_ == "state" and k + 1 < len(words) and words[k + 1].lower_ in ROLE_WORDS
           for k, t in enumerate(words)):
        topic.discard("state")  # "State Secretary Roe", a rank in many states' ministries:
        # no Department of State ("Secretary of State" still is)
    if not topic:
        return None
    bodies = _bodies_named(s, topic, minister)
    of = next((k for k, t in enumerate(words) if t.lower_ == "of"), None)
    if not bodies and of is not None:
        # "Under Secretary of Commerce for Industry": the department is "of Commerce"
        until = next((k for k in range(of + 1, len(words))
                      if words[k].lower_ in {"for", ","}), len(words))
        office = {t.text.lower() for t in words[of + 1 : until] if t.is_alpha
                  and t.text[:1].isupper()}
        bodies = _bodies_named(s, office, minister) if office and office < topic else []
    return bodies[0] if len(bodies) == 1 else None


def _bodies_named(s: Sentence, topic: set[str], minister: bool) -> list[str]:
    """The article's government bodies whose names hold every word of ``topic``."""
    return [key for key, ent in s.ctx.entities.items() if ent.type is T.GOVERNMENT_BODY
            and topic <= {w.lower().strip(",") for w in
                          [*ent.label.split(), *(w for a in ent.alt_labels for w in a.split())]}
            and not (minister and ent.label.split()[-1] in _NOT_A_MINISTRY)]


#: Bodies no minister heads: "Economics Minister Roe" is not of "the Economics Committee",
#: "Communications Minister Roe" not of "the Communications Authority".
_NOT_A_MINISTRY = {"Committee", "Subcommittee", "Court", "Party", "Assembly", "Parliament",
                   "Senate", "Congress", "Caucus", "Tribunal", "Authority", "Commission",
                   "Regulator"}


GOVERNMENT_ROLES = {"minister", "secretary", "president", "chancellor", "treasurer", "premier",
                    "commissioner", "ambassador", "governor", "senator", "spokesperson",
                    "spokesman", "spokeswoman", "envoy", "prime", "king", "queen", "emir",
                    "sultan"}


def _implied_affiliation(s: Sentence, m: Mention, role: str) -> tuple[str, str] | None:
    """The country (or body) a government title implies when the text names none.

    In order: a title that names its country by itself ("Secretary of State"), a
    European Commissioner in an article naming the Commission, an "In Washington,"
    opening the sentence, the article's home country (its dateline, or the country
    it names most).
    """
    lowered = role.lower()
    words = set(lowered.replace(",", " ").split())
    if not words & GOVERNMENT_ROLES:
        return None
    if m.country:  # a known person serves their own country, wherever the article is set
        key = country_key(m.country)
        return (key, "relations.affiliatedWith.known") if key in s.ctx.entities else None
    # "Assistant Secretary of State for Example Affairs": the title before its remit
    core = lowered.split(" for ", 1)[0]
    for title, code in s.ctx.gaz.titles.items():
        if any(r == title.lower() or r.endswith(" " + title.lower()) for r in {lowered, core}):
            key = country_key(code)
            served = s.ctx.countries_served()
            if any(x.country and x.country != code or any(
                    c != key for c in served.get(x.key, ())) for x in s.of(T.PERSON)
                   if x.key != m.key):
                return None  # "Minister Doe came with Trade Secretary Roe": Doe's
            return (key, "relations.affiliatedWith.title") if key in s.ctx.entities else None
    if words & {"commissioner", "commissioners"}:
        # the article's one commission: "Commissioner Roe" of the Federal Example Commission
        commissions = [key for key, ent in s.ctx.entities.items()
                       if ent.type is T.GOVERNMENT_BODY and ent.label.endswith("Commission")]
        if len(commissions) == 1:
            return commissions[0], "relations.affiliatedWith.commission"
    first = s.mentions[0] if s.mentions else None
    if first is not None and first.type is T.COUNTRY and first.start <= s.span.start + 1 \
            and s.span[0].lower_ in {"in", "from"} and first.start < m.start:
        return first.key, "relations.affiliatedWith.place"
    portfolio = re.search(r"\bminister (of|for) (.+)$", lowered)
    ministry = s.ctx.gaz.orgs.get(s.ctx.gaz.org_by_name.get(
        f"Ministry {portfolio.group(1)} {_title_case(portfolio.group(2))}", "")) \
        if portfolio else None
    if ministry is not None and ministry.country and \
            country_key(ministry.country) in s.ctx.entities:
        # "Vice Minister of Trade and ICT": the state the article names whose ministry
        # has that name
        return country_key(ministry.country), "relations.affiliatedWith.ministry"
    local = words & {"minister", "treasurer", "premier", "chancellor", "president", "king",
                     "queen", "emir", "sultan"}
    if not local or local == {"president"} and words & {"vice", "executive", "former"}:
        # a secretary may be anyone's; a minister, or a president named without a country,
        # is the article's own ("President Roe launched it in 2019" in a story from Roe's
        # capital); a company's or the Commission's "executive vice-president" is not
        return None
    home = s.ctx.home_country()
    if any(x.type is T.COUNTRY and x.key != home and not _based_word(s.doc, x.end)
           and m.start - 10 <= x.start < m.end + 10 for x in s.mentions) or any(
            _titled_with_country(s, x) for x in s.of(T.PERSON) if x.key != m.key
            and m.start - 10 <= x.start < m.end + 10):
        # the words around this person set them against another country or its official
        # (not "..., which Minister Roe tied to the games that Peru will host with Chile")
        return None
    serving = {f.subject for f in s.ctx.facts if f.predicate == "affiliatedWith"
               and f.object == home}
    if any(x.key in serving for x in s.of(T.PERSON) if x.key != m.key) and any(
            lemma in _GUEST_VERBS for lemma, _ in doc_words(s.doc)[s.span.start : s.span.end]):
        return None  # "Roe is due to meet Vice Premier Li": home's official meets a guest
    return (home, "relations.affiliatedWith.home") if home else None


def _based_word(doc: Doc, end: int) -> bool:
    """Whether the place ending at ``end`` says where a firm is based ("the US-based
    company"), not a state that acts."""
    return end + 1 < len(doc) and doc[end].text in {"-", "–"} and doc[end + 1].lower_ == "based"


#: Verbs by which an official receives a guest.
_GUEST_VERBS = {"meet", "host", "receive", "welcome", "visit", "talk", "hold", "greet", "call"}


def _titled_with_country(s: Sentence, person: Mention) -> bool:
    """True when the person's own title names a country ("U.S. Secretary of State X")."""
    span = _title_before(s, person)
    return span is not None and bool(s.between(span[0], span[1], {T.COUNTRY}))


#: Lower-case words inside a title before a name: "Chinese embassy spokesperson X".
_TITLE_NOUNS = {"embassy", "ministry", "government", "foreign", "cabinet", "party", "company",
                "commerce", "trade", "defence", "defense", "finance", "interior", "agency",
                "regulator", "consulate"}


#: Titles of people posted "to" a country: "Ruritanian Ambassador to Acmea Jane Roe".
#: Those posted to a country, not serving it: "ambassador to Ruritania".
POSTED = frozenset({"ambassador", "envoy", "emissary", "consul", "representative", "delegate"})


def _person_of_place_before(s: Sentence, j: int) -> bool:
    """Whether the words before ``j`` are "<person> of <place>": "Roe of Peru" before "and
    Foreign Minister Doe"."""
    place = s.mention_at(j - 1)
    if place is None or place.type not in ACTORS or place.start < 2:
        return False
    k = place.start - 1 - (s.doc[place.start - 1].lower_ == "the")
    person = s.mention_at(k - 1) if k >= 1 and s.doc[k].lower_ == "of" else None
    return person is not None and person.type is T.PERSON


#: Words of rank that open a title: "Senior political adviser Jane Roe".
_RANK_WORDS = {"senior", "deputy", "acting", "principal", "assistant", "associate", "interim"}


def _title_before(s: Sentence, m: Mention) -> tuple[int, int] | None:
    doc = s.doc
    j = m.start - 1
    while j >= s.span.start:
        t = doc[j]
        other = s.mention_at(j)
        if other is not None and other.type is T.PERSON and j + 1 < m.start and \
                doc[j + 1].text == "," and doc[m.start - 1].text == "," and \
                _title_after(s, m) is not None:
            # "Jane Roe, Peru's minister, John Doe, chairman of ...": her title, not his
            # (not "the president of Acme, Jane Roe, the chair of Beta, John Doe")
            return None
        if other is not None and other.type is T.PERSON or t.ent_type_ in {"DATE", "TIME"}:
            break  # "On Wednesday, ... spokesperson X": the title starts after the day
        if t.lower_ in HONORIFICS and j < m.start - 3 or t.lower_ == "and" \
                and j > s.span.start and doc[j - 1].text == "," and all(
                    x.lower_ in HONORIFICS | {"the"} for x in doc[j + 1 : m.start]):
            break  # "..., and the Honourable John Doe": another person's title ends there
        if t.lower_ == "and" and _person_of_place_before(s, j):
            break  # "Minister Roe of Peru and Foreign Minister Doe": Peru is Roe's
        if t.lower_ == "and" and j > s.span.start and doc[j - 1].lower_ in ROLE_WORDS and (
                doc[j + 1].lower_ in {"the", "a", "an"} or (after := s.mention_at(j + 1))
                is not None and after.end < m.start and doc[after.end].text in {"'s", "’s"}):
            break  # "between the Treasurer and Acme's chief executive, Jane Roe": hers is
            # the second (not "President and CEO Jane Roe")
        if t.text in {"-", "–", "—"} and t.whitespace_ and j > s.span.start and \
                doc[j - 1].whitespace_:
            break  # "LIMA - Justice Jane Roe": a dateline, then the title
        if t.is_title or t.is_upper or t.text in {"of", "for", "and", "the", ",", "-", "’s", "'s"} \
                or t.lower_ in ROLE_WORDS | _TITLE_NOUNS \
                or t.lower_ == "to" and j > s.span.start and doc[j - 1].lower_ in POSTED \
                or (other is not None and other.type in ACTORS) \
                or (t.is_lower and t.is_alpha and j > s.span.start
                    and doc[j - 1].lower_ in {"of", "for"}) \
                or (t.is_lower and t.is_alpha and t.dep_ == "compound"
                    and j < t.head.i < m.start) \
                or (t.is_lower and t.is_alpha and t.dep_ == "amod" and j < t.head.i < m.start
                    and j > s.span.start and doc[j - 1].lower_ in ROLE_WORDS | _RANK_WORDS) \
                or t.lower_ in _RANK_WORDS and j + 1 < m.start \
                or (t.is_lower and t.is_alpha and j > s.span.start
                    and (doc[j - 1].text == "-" or doc[j + 1].text == "-")):
            # "press secretary", "foreign policy chief", "editor-in-chief", "Chief
            # financial officer"
            j -= 1
            continue
        break
    start = j + 1
    while start < m.start and (doc[start].text in {",", "and", "the", "of", "for", "-"}
                               or doc[start].lower_ in _SUBORDINATORS | {"when", "while"}
                               or doc[start].is_sent_start and doc[start].pos_ == "ADV"
                               and doc[start].lower_ not in ROLE_WORDS):  # "Then presenter"
        start += 1  # "When U.S. President Roe visited ...": the title starts after "When"
    if start >= m.start:
        return None
    span = doc[start : m.start]
    if not any(t.lower_ in ROLE_WORDS for t in span):
        return None
    return start, m.start


def _title_after(s: Sentence, m: Mention) -> tuple[int, int] | None:
    doc = s.doc
    if m.end + 2 >= s.span.end or doc[m.end].text != ",":
        return None
    j = m.end + 1
    if doc[j].lower_ in {"and", "or", "but", "while"}:
        return None  # "Jane Roe, and President John Doe": the next person, no apposition
    if doc[j].lower_ in {"the", "a", "an"}:
        j += 1
    elif doc[j].pos_ == "ADP" and j + 1 < s.span.end and doc[j + 1].lower_ in {
            "the", "a", "an", "its", "their", "his", "her"}:
        return None  # "Jane Roe, under the Acme Act": what she was named under, no title
    start = j
    while j < s.span.end and (doc[j].text not in {",", ".", ";", "said", "says", "told"}
                              or _portfolio_goes_on(s, start, j)) and j - start < 18:
        inside = s.mention_at(j)
        # "..., director at the Ministry of Trade, Industry and Energy (MOTIE).": a body's
        # name, commas and acronym included, is part of the title
        j = max(j + 1, inside.end) if inside is not None else j + 1
        if inside is not None and j + 2 < s.span.end and doc[j].text == "(" \
                and doc[j + 2].text == ")":
            j += 3
    if j >= s.span.end or doc[j].text not in {",", "."}:
        return None
    who = next((k for k in range(start + 1, j) if doc[k].lower_ == "who"
                and (lem(doc[k].head) not in {"be", "become", "serve", "work", "join"}
                     or lem(doc[k].head) in {"serve", "work"} and doc[k].head.tag_ == "VBD")),
               None)  # (not "who worked at the Office until 2019": a former post)
    if who is not None:
        j = who  # "Jane Roe, a Ruritanian lawmaker who chairs the conference,": the title;
        # not "a former official who is now a partner at Acme", whose post is at Acme
    span = doc[start:j]
    if not span or not any(t.lower_ in ROLE_WORDS for t in span) or any(
            t.pos_ == "VERB" and not (t.dep_ == "amod" and (doc[t.i - 1].text in {"-", "–"}
                                                           or t.tag_ == "VBG"))
            for t in span):  # "an analyst at Oslo-based Acme Capital", "the ruling party"
        return None
    first_role = next(t.i for t in span if t.lower_ in ROLE_WORDS)
    if any(start <= x.start < first_role and doc[x.end].text not in {"'s", "’s"}
           for x in s.of(T.PERSON)):
        return None  # "Roe, Chile's John Doe and Vice-President Poe": the next in a list
    return start, j


def _portfolio_goes_on(s: Sentence, start: int, j: int) -> bool:
    """Whether the comma at ``j`` lists a portfolio's next field ("Minister of Innovation,
    Science and Industry"), not the end of the title: a title word and "of" or "for" before
    it, capitalised words after it, then "and" and another."""
    doc = s.doc
    if doc[j].text != "," or not any(t.lower_ in {"of", "for"} for t in doc[start:j]):
        return False
    k, end = j + 1, min(j + 14, s.span.end)
    while k < end:  # "Communications, Urban Infrastructure, Cities and the Arts"
        first = k
        while k < end and doc[k].is_title and s.mention_at(k) is None:
            k += 1
        if k == first or k + 1 >= s.span.end:
            return False
        if doc[k].lower_ == "and":
            after = k + 2 if doc[k + 1].lower_ == "the" else k + 1
            return after < s.span.end and doc[after].is_title
        if doc[k].text != ",":
            return False
        k += 1
    return False


def rule_gov_based(s: Sentence) -> None:
    for m in s.of(T.GOVERNMENT_BODY):
        if m.country and country_key(m.country) in s.ctx.entities:
            s.ctx.fact(m.key, "basedIn", country_key(m.country), s.evidence("gazetteer.basedIn", 0.9))


STATUS = {
    "block": "blocked", "suspend": "suspended", "postpone": "postponed", "delay": "delayed",
    "halt": "halted", "enjoin": "enjoined", "pause": "paused", "scrap": "scrapped",
    "revoke": "revoked", "rescind": "rescinded", "overturn": "overturned", "lift": "lifted",
    "repeal": "repealed", "strike": "struck down", "freeze": "frozen", "shelve": "shelved",
    "abandon": "abandoned", "extend": "extended",
}


def rule_status(s: Sentence) -> None:
    """"a judge blocked the WeChat ban", "Ruritania shelved the plan"."""
    for trig in s.tokens(set(STATUS)):
        if trig.pos_ != "VERB" or negated(trig) or irrealis(trig, 2):
            continue
        if lem(trig) == "strike" and not any(c.lower_ == "down" for c in trig.children):
            continue  # "struck a deal" made it; "struck down" undid it
        obj = {t.i for c in trig.children if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree}
        pols = [m for m in s.of(T.POLICY) if m.start in obj]
        if not pols and any(_policy_anaphor(s.doc[i]) for i in obj) and s.ctx.last_policy:
            pols = [s.ctx.last_policy]
        # "struck down Acme in 2015 and its successor, Beta, in 2020": the second object,
        # its verb left out
        gapped = [[m for m in s.of(T.POLICY) if m.start in {t.i for t in c.subtree}]
                  for c in trig.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
        for pol in [*pols[:1], *(found[0] for found in gapped if found)]:
            s.ctx.value(pol.key, "status", STATUS[lem(trig)], "string",
                        s.evidence("relations.status", 0.7))


def rule_in_force(s: Sentence) -> None:
    """"The Acme Rules, which took effect on Tuesday", "the Act came into force in May", "the
    Act enters into force today": a policy in force (not one that "will take effect", "takes
    effect in May" or "has not come into force").

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("The Acme Data Act, which took effect on Tuesday, bars Acme.")
    >>> [(v.predicate, v.value) for v in doc._.pg_values if v.predicate == "status"]
    [('status', 'in force')]
    """
    for verb in s.tokens({"take", "come", "enter"}):
        today = verb.tag_ in {"VBZ", "VBP"} and any(
            c.lower_ in {"today", "now"} and c.dep_ in {"npadvmod", "advmod"}
            for c in verb.children)  # "enters into force today"
        if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"} and not today or \
                negated(verb):
            continue  # (not "will take effect", not "takes effect next year")
        if not any(c.dep_ == "dobj" and lem(c) == "effect" or c.dep_ == "prep"
                   and c.lower_ == "into" and any(lem(g) in {"force", "effect"}
                                                  for g in c.children)
                   for c in verb.children):
            continue  # "took effect", "came into force", "entered into force"
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        noun = verb.head if verb.dep_ == "relcl" else subj[0] if subj else None
        pol = s.mention_at(noun.i) if noun is not None else None
        if pol is None and noun is not None and _policy_anaphor(noun):
            pol = s.ctx.policy_for(noun)
        if pol is not None and pol.type is T.POLICY:
            s.ctx.value(pol.key, "status", "in force", "string",
                        s.evidence("relations.status.inForce", 0.7))


#: What firms do to a cable, a constellation or another project they take part in.
_BUILD = {"build", "lay", "construct", "design", "operate", "develop", "manufacture", "make",
          "plan", "map", "deploy", "finance", "fund", "run"}
_BUILDERS = {T.COMPANY, T.TELCO, T.ORGANIZATION}


def _contracted(s: Sentence, verb: Token) -> list[Mention]:
    """The firms a contract is signed with to do ``verb``: "signed a contract with the Acme
    consortium to design, build and operate Skyway"."""
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head  # "to design, build and operate": the first verb of the row
    if top.dep_ not in {"advcl", "acl", "xcomp", "relcl"} or not any(
            c.lower_ == "to" for c in top.children):
        return []
    host = top.head
    deals = [c for c in (host, *host.children) if lem(c) in DEAL | {"concession"}]
    with_ = {t.i for d in deals for c in d.children if c.lower_ == "with" for t in c.subtree}
    return [m for m in s.of(*_BUILDERS) if m.start in with_]


#: How a phrase gives its thing's name: "the cable, known as Andes-1", "a phase of Andes-1".
_NAMING = {"know", "call", "name", "dub", "brand", "as", "of"}


def rule_builders(s: Sentence) -> None:
    """Firms that build, lay, plan or run a named project take part in it: "Acme and Beta
    are mapping out the cable, known as Andes-1", "the cable would be laid by Globex",
    "Andes-2, a Lima-to-Quito cable now being built by Globex". Only firms (a state that
    builds its programme promotes it), and not what only may or could happen."""
    for trig in s.tokens(_BUILD):
        if trig.pos_ != "VERB" or negated(trig) or any(
                c.dep_ in {"aux", "auxpass"} and c.lower_ in {"could", "might", "may"}
                for c in trig.children) or _urged_before(s, trig):
            continue
        agent = [c for c in trig.children if c.dep_ == "agent"]
        if not agent and trig.dep_ == "conj":  # "made and laid by Globex"
            agent = [c for c in trig.head.children if c.dep_ == "agent"]
        if agent:
            inside = {t.i for a in agent for t in a.subtree}
            firms = [m for m in s.of(*_BUILDERS) if m.start in inside]
            target = trig.head if trig.dep_ in {"acl", "relcl"} else None
            subject = [c for c in trig.children if c.dep_ == "nsubjpass"]
            if target is None and subject:
                target = subject[0]
            elif target is None and trig.dep_ == "conj":
                target = next((c for c in trig.head.children if c.dep_ == "nsubjpass"), None)
        else:
            firms = [m for m in _subjects(s, trig, fallback=False) if m.type in _BUILDERS]
            target = next((c for c in trig.children if c.dep_ == "dobj"), None)
            if not firms:
                firms = _contracted(s, trig)
        if target is None or not firms:
            continue
        # the target's own name, or one given in its phrase ("the cable, known as Andes-1");
        # not a law the phrase says it answers to ("the changes required under the Act")
        phrase = {t.i for t in target.subtree} - {
            t.i for c in target.children
            if c.dep_ in {"acl", "relcl", "prep"} and lem(c) not in _NAMING for t in c.subtree}
        pols = [m for m in s.of(T.POLICY) if m.start in phrase]
        if not pols and target.dep_ == "appos":  # "Andes-2, a ... cable built by Globex"
            pols = [m for m in s.of(T.POLICY) if m.start <= target.head.i < m.end]
        if not pols and target.left_edge.i > s.span.start + 1 and \
                s.doc[target.left_edge.i - 1].text == ",":
            # the same apposition, which the parser may hang elsewhere: the name ends at the
            # comma, or before its spelt-out form in brackets
            end = name_end_before(s.doc, target.left_edge.i - 1, s.span.start)
            pols = [m for m in s.of(T.POLICY) if m.end == end]
        if not pols and _policy_anaphor(target) and lem(target) in {"cable", "constellation",
                                                                       "project", "network"}:
            meant = s.ctx.policy_for(target)
            pols = [meant] if meant is not None else []
        for pol in pols[:1]:
            for firm in firms:
                if firm.type is T.ORGANIZATION and lem(trig) in {"finance", "fund"}:
                    # "a project financed by the Acme Development Bank": the lender backs it
                    s.ctx.fact(pol.key, "promotedBy", firm.key,
                               s.evidence("relations.builders.financed", 0.7))
                else:
                    s.ctx.fact(firm.key, "participatesIn", pol.key,
                               s.evidence("relations.builders", 0.7))


#: Words that bring in a policy the sentence tells of for the first time.
_INTRODUCING = {"called", "named", "dubbed", "new", "titled"}


def rule_reported_new_policy(s: Sentence) -> None:
    """"Acme will send ships under a new activity called Sea Watch, Secretary General Jane
    Roe announced on Tuesday": the one who announces a new policy told of in the reported
    clause announced it, on that day, and the clause's subject runs it."""
    doc = s.doc
    for trig in s.tokens({"announce", "unveil"}):
        if trig.pos_ != "VERB" or negated(trig):
            continue
        reported = [c for c in trig.children if c.dep_ == "ccomp"]
        own: set[int] = set()
        if not reported and trig.dep_ in {"conj", "parataxis"} and trig.head.i < trig.i and \
                trig.head.pos_ in {"VERB", "AUX"}:
            reported = [trig.head]  # "..., Roe announced": the parser may join the two clauses
            own = {t.i for t in trig.subtree}
        if not reported:
            continue
        inside = {t.i for c in reported for t in c.subtree} - own
        pols = [m for m in s.of(T.POLICY) if m.start in inside and m.kind != "description"
                and any(t.lower_ in _INTRODUCING for t in doc[max(m.start - 3, 0) : m.start])]
        speakers = _agents(s, trig)
        if not pols or not speakers:
            continue
        pol = pols[0]
        for who in speakers:
            if who.type is T.PERSON or who.type in ORGS:
                s.ctx.fact(pol.key, "announcedBy", who.key,
                           s.evidence("relations.announcedBy.reported", 0.75))
        _announced_on(s, trig, pol)
        for verb in reported:
            for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                doer = s.mention_at(subj.i)
                if doer is not None and doer.type in ORGS | {T.COUNTRY} and \
                        doer.kind not in {"capital", "demonym"}:
                    s.ctx.fact(pol.key, "promotedBy", doer.key,
                               s.evidence("relations.promotedBy.reported", 0.7))


#: Instruments two or more parties make together: "the treaty between Peru and Chile".
_BETWEEN_HEADS = {"treaty", "agreement", "accord", "pact", "declaration", "memorandum",
                  "convention", "deal", "compact", "charter", "partnership"}


def rule_between_parties(s: Sentence) -> None:
    """"the Example Treaty between Peru and the United States", "a pact between Lima
    and Santiago": each state named after "between" is a party to the instrument."""
    doc = s.doc
    for m in s.of(T.POLICY):
        k = m.end
        described = k  # "the ACME security pact between ...": over its description
        while described < min(m.end + 3, s.span.end) and doc[described].is_lower and \
                doc[described].lower_ not in {"between", "among"}:
            described += 1
        if described > k and doc[described - 1].lower_ in _BETWEEN_HEADS:
            k = described
        elif doc[m.end - 1].lower_ not in _BETWEEN_HEADS:
            continue
        if k + 3 > s.span.end or doc[k].lower_ not in {"between", "among"}:
            continue
        parties: list[Mention] = []
        while k < s.span.end and (doc[k].lower_ in {"between", "among", "and", ",", "the"}
                                  or s.mention_at(k) is not None):
            other = s.mention_at(k)
            if other is not None:
                if other.type not in {T.COUNTRY, T.ORGANIZATION, T.GOVERNMENT_BODY} or \
                        other.kind == "demonym":
                    break
                parties.append(other)
                k = other.end
            else:
                k += 1
        if len(parties) < 2:
            continue
        for party in parties:
            s.ctx.fact(m.key, "promotedBy", party.key,
                       s.evidence("relations.promotedBy.between", 0.75))
            if len(parties) > 2:  # a pact among three or more has members
                s.ctx.fact(party.key, "participatesIn", m.key,
                           s.evidence("relations.participatesIn.between", 0.75))


#: Organisations whose officer a relative clause names: "whose chairman".
_OFFICER_ORGS = {T.COMPANY, T.TELCO, T.ORGANIZATION, T.GOVERNMENT_BODY}


def rule_whose_officers(s: Sentence) -> None:
    """"Acme Group, whose chairman Jane Roe spoke", "the Acme Association, whose president
    is Jane Roe,": the officer serves the organisation the relative clause describes (for "its chairman" see
    :func:`rule_people`)."""
    doc = s.doc
    if "whose" not in {w for _, w in doc_words(doc)[s.span.start : s.span.end]}:
        return  # known from the words alone
    for m in s.of(T.PERSON):
        title = _title_before(s, m)
        k = title[0] if title is not None else m.start
        role = None
        if m.start - 2 > s.span.start and doc[m.start - 1].lower_ in {"is", "was"}:
            # "the Acme Association, whose president is Jane Roe,": her role there too
            j = m.start - 2
            while j > s.span.start and m.start - j <= 5 and doc[j].is_lower and \
                    doc[j].lower_ != "whose":
                j -= 1
            if doc[j].lower_ == "whose" and j < m.start - 2 and any(
                    t.lower_ in ROLE_WORDS for t in doc[j + 1 : m.start - 1]):
                k, role = j + 1, doc[j + 1 : m.start - 1].text
        if k <= s.span.start or doc[k - 1].lower_ != "whose":
            continue
        if role is not None:
            s.ctx.value(m.key, "role", role, "string", s.evidence("relations.role", 0.75))
        clause = doc[k - 1].head
        while clause.dep_ != "relcl" and clause.head.i != clause.i:
            clause = clause.head
        org = next((x for x in s.of(*_OFFICER_ORGS) if x.start <= clause.head.i < x.end),
                   None) if clause.dep_ == "relcl" else None
        comma = k - 2  # else the name right before ", whose" (past its acronym in brackets)
        end = comma - 3 if comma > s.span.start + 3 and doc[comma - 1].text == ")" and \
            doc[comma - 3].text == "(" else comma
        if org is None and doc[comma].text == ",":
            org = next((x for x in s.of(*_OFFICER_ORGS) if x.end == end), None)
        if org is not None:
            s.ctx.fact(m.key, "affiliatedWith", org.key,
                       s.evidence("relations.affiliatedWith.whose", 0.7))


def rule_led_by(s: Sentence) -> None:
    """"the opposition Acme Party, led by Jane Roe," and "Acme, headed by Jane Roe," or
    "the Acme Bank, which is headed by former Ruritanian president Jane Roe,": she serves
    the organisation that the participle describes.

    >>> from policygraph.pipeline import extract
    >>> from policygraph.model import Article
    >>> ex = next(extract([Article(id="x", text="The Acme Freedom Party, led by Jane Roe, "
    ...                            "walked out.")]))
    >>> [(f.subject, f.object) for f in ex.facts if f.predicate == "affiliatedWith"]
    [('person/jane-roe', 'org/acme-freedom-party')]
    """
    doc = s.doc
    words = doc_words(doc)
    for m in s.of(*ORGS):
        k = m.end
        if k + 3 < s.span.end and words[k][1] == "," and words[k + 1][1] in {"which", "that"} \
                and words[k + 2][1] in {"is", "was", "has", "had"}:
            k += 2  # "the Acme Bank, which is headed by ..."
            if words[k][1] in {"has", "had"} and words[k + 1][1] == "been":
                k += 1
        if k + 3 >= s.span.end or words[k][1] not in {",", "is", "was", "been"} or \
                words[k + 1][1] not in {"led", "headed", "chaired", "run"} or \
                words[k + 2][1] != "by" or m.start > 0 and words[m.start - 1][1] in {"in", "at"}:
            continue  # not "the office in Acme House, led by ...": where the office is
        # "headed by former Ruritanian president Jane Roe": her title first
        j = k + 3
        while j < min(k + 9, s.span.end) and (
                s.mention_at(j) is None and (doc[j].is_lower and doc[j].is_alpha
                                             or doc[j].lower_ in ROLE_WORDS)
                or (word := s.mention_at(j)) is not None and word.kind == "demonym"):
            j += 1
        person = s.mention_at(j) if j < s.span.end else None
        if person is not None and person.type is T.PERSON:
            s.ctx.fact(person.key, "affiliatedWith", m.key,
                       s.evidence("relations.affiliatedWith.ledBy", 0.75))


#: Verbs by which states and lenders pay for a programme or a project.
_FUND = {"fund", "finance", "bankroll", "pay", "co-finance", "cofinance", "underwrite"}
#: Who may pay for a state's programme or project as one of its promoters.
_FUNDERS = {T.COUNTRY, T.GOVERNMENT_BODY, T.ORGANIZATION}


def rule_funded(s: Sentence) -> None:
    """States, bodies and lenders that pay for a programme or a project promote it: "The
    Acme Cable is funded by Peru and the Beta Bank", "It is being paid for by Peru, Chile
    and Japan" (it: the policy just told of), "Peru and Chile are financing the Acme
    Corridor". Not what they would, might or did not pay for, nor firms that pay.
    """
    for verb in s.tokens(_FUND):
        if verb.pos_ != "VERB" or negated(verb) or irrealis(verb):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive:
            thing = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            payers = list(agent.subtree) if agent is not None else []
        else:
            thing = next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
                (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                 for g in c.children if g.dep_ == "pobj"), None)  # "pays for the cable"
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            payers = list(subject.subtree) if subject is not None else []
        if thing is None or not payers:
            continue
        policy = next((m for m in s.mentions if m.type is T.POLICY
                       and m.start <= thing.i < m.end), None)
        if policy is None and thing.lower_ in {"it", "this"} and passive:
            policy = s.ctx.last_policy  # "It is being paid for by ...": the one just told of
        if policy is None:
            continue
        funders = list(dict.fromkeys(
            m for t in payers if (m := s.mention_at(t.i)) is not None
            and m.type in _FUNDERS and m.kind != "demonym"))
        for m in funders:
            s.ctx.fact(policy.key, "promotedBy", m.key, s.evidence("relations.funded", 0.7))


#: Verbs by which a list of sanctions names whom it hits: "the package lists Acme".
_LISTS = {"list", "add", "target", "designate", "name", "hit", "include"}
#: What a list counts before it names them: "adds 41 companies".
_LISTED_KINDS = {"company", "firm", "entity", "business", "supplier", "trader", "exporter"}
#: Words in the name of a measure that lists firms: "sanctions", "the entity list".
_LISTING_WORDS = ("sanction", "package", "designation", "blacklist", "list", "embargo",
                  "ban")


def rule_sanctions_list(s: Sentence) -> None:
    """A sanctions measure that lists, adds, targets or designates firms excludes them:
    "The package adds Acme Trade and Beta Electronics to the list", "It targets Acme"
    (it: a package of sanctions just told of). Only measures named as listing firms
    ("sanctions", "package", "entity list", "ban"): "the Acme Fund targets Beta" is an
    investment.
    """
    for verb in s.tokens(_LISTS):
        if verb.pos_ != "VERB" or negated(verb) or irrealis(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subject is None or thing is None:
            continue
        policy = next((m for m in s.mentions if m.type is T.POLICY
                       and m.start <= subject.i < m.end), None)
        if policy is None and (subject.lower_ == "it" or _policy_anaphor(subject) or (
                lem(subject) in {"package", "sanction", "sanctions"} and any(
                    c.lower_ in {"the", "this", "that"} for c in subject.children))):
            policy = s.ctx.policy_for(subject) if subject.lower_ != "it" else \
                s.ctx.last_policy  # "The package adds ...", "It targets ..."
            if policy is not None and subject.lower_ != "it" and \
                    lem(subject).rstrip("s") not in policy.name.lower():
                policy = None  # "the list names ..." after a law: another list, not the law
        if policy is None or not any(w in policy.name.lower() for w in _LISTING_WORDS):
            continue
        own = {t.i for t in thing.subtree}
        firms = [m for m in s.of(T.COMPANY, T.TELCO) if m.start in own]
        ev = s.evidence("relations.listed", 0.75)
        if not firms and lem(thing) in _LISTED_KINDS and s.span.end < len(s.doc):
            # "The package adds 41 companies to the list. Among them are Acme and Beta."
            after = s.doc[s.span.end].sent
            if after[:2].text.lower() in {"among them", "among those", "they include",
                                          "these include"}:
                firms = [m for m in s.ctx.doc._.pg_mentions or [] if after.start <= m.start
                         < after.end and m.type in {T.COMPANY, T.TELCO}]
                ev = span_evidence(after, "relations.listed.among", 0.7)
        for m in firms:
            s.ctx.fact(policy.key, "excludes", m.key, ev)


SENTENCE_RULES: list[Rule] = [
    rule_funded, rule_sanctions_list, rule_between_parties, rule_reported_new_policy, rule_urged, rule_participates, rule_builders, rule_members, rule_members_listed, rule_bidders_listed,
    rule_auction_winners,
    rule_coauthors,
    rule_decision_day, rule_excludes, rule_listed, rule_uses, rule_based_in, rule_promoted,
    rule_linked, rule_part_of, rule_people, rule_possessive_people, rule_party_of, rule_people_as, rule_people_of, rule_founders,
    rule_sides, rule_delegations, rule_respectively, rule_person_tags,
    rule_gov_based, rule_status, rule_in_force, rule_whose_officers, rule_member_of, rule_signatories,
    rule_works_at, rule_heads, rule_led_by,
]


# -- the component ----------------------------------------------------------------------
class RelationExtractor:
    """Callable component running every rule, then meetings, then gazetteer facts."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        try:
            self._extract(doc)
        except Exception as exc:  # noqa: BLE001 - one odd article must not stop a batch
            record_failure(doc, "pg_relations", exc)
            doc._.pg_facts, doc._.pg_values = [], []
        return doc

    def _extract(self, doc: Doc) -> None:
        from policygraph.nlp.meetings import extract_meetings

        mentions: list[Mention] = doc._.pg_mentions or []
        entities: dict[str, Entity] = dict(doc._.pg_entities or {})
        ctx = DocContext(doc, self.gaz, doc._.pg_reference_date, entities)
        for sent, sent_mentions in _by_sentence(doc, mentions):
            # a news outlet is a source, never a party: "Acme News: the regulator published
            # its plan", "Acme News reported that ..."
            sent_mentions = [m for m in sent_mentions if not a_news_source(m)]
            s = Sentence(doc, sent, sent_mentions, ctx)
            for rule in SENTENCE_RULES:
                rule(s)
            telcos = [m for m in sent_mentions if m.type is T.TELCO]
            if telcos:
                ctx.recent_telcos = telcos
            subject = next((m for m in sent_mentions if m.type in ACTORS and m.kind != "demonym"
                            and doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None:
                ctx.last_subject = subject
            for m in sent_mentions:
                if m.type is T.POLICY:
                    ctx.seen_policies.append(m)
                elif m.type in ACTORS and m.kind != "demonym":
                    ctx.last_actor = m
        self._description_facts(doc, ctx)
        # before meetings: a leader's known country makes it a participant
        self._gazetteer_facts(doc, mentions, ctx)
        _announcers_countries(ctx)
        _persons_policies(ctx)
        _home_laws(mentions, ctx)
        _years_in_names(mentions, ctx)
        extract_meetings(doc, mentions, ctx)
        denied = {(key, target) for key, d in (doc._.pg_descriptions or {}).items()
                  for target in d.denied}  # "It does not exclude Acme"
        doc._.pg_facts = [f for f in ctx.facts
                          if f.subject in ctx.entities and f.object in ctx.entities
                          and not (f.predicate == "excludes" and (f.subject, f.object) in denied)]
        doc._.pg_values = ctx.values
        doc._.pg_entities = ctx.entities

    def _description_facts(self, doc: Doc, ctx: DocContext) -> None:
        """Owners and targets of policies named only by a description ("Britain's ban")."""
        # words inside names, whose years are no instrument's day ("the Acme 2030 strategy")
        named = {k for m in doc._.pg_mentions or () if m.type is not T.PERSON
                 for k in range(m.start, m.end)}
        for key, d in (doc._.pg_descriptions or {}).items():
            sent = doc[d.tokens[0]].sent
            ev = span_evidence(sent, "descriptions.clause" if d.from_clause
                               else "descriptions.noun", 0.7)
            if d.owner and d.owner in ctx.entities:
                ctx.fact(key, "promotedBy", d.owner, ev)
                if d.from_clause and d.owner.startswith("org/") and not any(
                        a.startswith("person/") for a in d.announcers):
                    ctx.fact(key, "announcedBy", d.owner, ev)  # unless one of its people did
            for code in [d.owner_country, *d.co_owners]:
                if code and country_key(code) in ctx.entities:
                    ctx.fact(key, "promotedBy", country_key(code), ev)
            for body in d.co_bodies:
                if body in ctx.entities:
                    ctx.fact(key, "promotedBy", body, ev)
            for person in d.announcers:
                if person in ctx.entities:
                    ctx.fact(key, "announcedBy", person, ev)
                    for country in ctx.countries_served().get(person, ()):
                        ctx.fact(key, "promotedBy", country, ev)
            for target in d.targets:
                ctx.fact(key, "excludes", target, ev)
            for holder in [*d.holders, *d.signatories]:  # "Acme signed 5G licences": it
                if holder in ctx.entities:  # takes part in them, as states in what they sign
                    ctx.fact(holder, "participatesIn", key, ev)
            if d.from_clause:
                for i in d.tokens:
                    s = doc[i].sent
                    dates = [e for e in dates_in(s) if not _takes_effect(e)]
                    if dates:
                        # the day of the instrument's own verb first ("which reopened its
                        # consulate last year, signed a memorandum ... in 2019")
                        verb = doc[i].head
                        ranked = sorted(dates, key=lambda e: (
                            verb.pos_ == "VERB" and next(
                                (a.i for a in e.root.ancestors if a.pos_ in {"VERB", "AUX"}),
                                None) != verb.i,
                            abs(e.start - i)))
                        # the nearest that is no length of time ("15-year licences") and
                        # no part of a name ("the Acme 2030 strategy")
                        ranked = [e for e in ranked if not _LENGTH.fullmatch(e.text)
                                  and e.start not in named]
                        value = resolve_date(ranked[0].text, ctx.ref, context=s.text) \
                            if ranked else None
                        if value:
                            ctx.value(key, "announcedOn", value[0], value[1],
                                      span_evidence(s, "descriptions.announcedOn", 0.7))
                            break

    def _gazetteer_facts(self, doc: Doc, mentions: list[Mention], ctx: DocContext) -> None:
        """Home countries and promoters the gazetteer knows, when the article names them."""
        named = {m.key for m in mentions if m.type is T.COUNTRY}
        stated = {(f.subject, f.predicate) for f in ctx.facts}
        first: dict[str, Mention] = {}
        for m in mentions:
            # a national unit's own mention first: its name says where it is based
            if m.kind == "unit" and first.get(m.key, m).kind != "unit":
                first[m.key] = m
            first.setdefault(m.key, m)
        affiliated = {f.subject for f in ctx.facts if f.predicate == "affiliatedWith"}
        for key, m in sorted(first.items()):
            span = m.span(doc).sent
            ev = span_evidence(span, "gazetteer", 0.7)
            person = self.gaz.people.get(m.name) if m.type is T.PERSON else None
            if person is not None and key not in affiliated:
                org = self.gaz.orgs.get(person.org) if person.org else None
                # a chief executive serves the company, not the company's country
                civil = org is None or org.type is T.GOVERNMENT_BODY
                for target in (org_key(person.org) if person.org else None,
                               country_key(person.country) if person.country and civil
                               else None):
                    if target is not None and target in ctx.entities:
                        ctx.fact(key, "affiliatedWith", target, ev)
            elif person is not None and person.org and org_key(person.org) in ctx.entities:
                # "Acme's chairman is Jane Roe, Ruritania's national security adviser":
                # the text gave his country; the firm he chairs is named in the article too
                ctx.fact(key, "affiliatedWith", org_key(person.org), ev)
            if (m.kind == "unit" or m.kind == "ner" and m.type in ORGS) and m.country and \
                    (key, "basedIn") not in stated and m.country in self.gaz.countries:
                # "Acmetel Ruritania", "Acme Semiconductor (Ruritania)": its name says where;
                # "The Lima-based company" in the sentence after "Acme ..." its description
                ctx.fact(key, "basedIn", _ensure_country(ctx, m.country), ev)
            if m.type in ORGS and m.kind in {"name", "acronym", "shape"}:
                org = self.gaz.orgs.get(key.removeprefix("org/"))
                if org and org.country and (key, "basedIn") not in stated and \
                        not org.product:  # Acme's messaging app: no home of its own
                    ckey = country_key(org.country)
                    if ckey in named:
                        ctx.fact(key, "basedIn", ckey, ev)
            if m.type is T.POLICY:
                pol_id = self.gaz.policy_by_name.get(m.name) or \
                    self.gaz.policy_by_name.get(canonical_policy_name(m.name))
                pol = self.gaz.policies.get(pol_id) if pol_id else None
                own = {b.key for b in mentions if b.type is T.GOVERNMENT_BODY
                       and b.country in {None, pol.country}} if pol and pol.country else set()
                if pol and pol.country and not any(  # "the Senate passed it": still the US's
                        f.subject == key and f.predicate == "promotedBy" and f.object not in own
                        for f in ctx.facts):
                    ckey = country_key(pol.country)
                    if ckey in named:
                        ctx.fact(key, "promotedBy", ckey, ev)
                elif pol and pol.promoter_org and (key, "promotedBy") not in stated:
                    # a bloc's policy ("the 5G Toolbox" of the EU) when the article names it
                    okey = org_key(pol.promoter_org)
                    if okey in ctx.entities:
                        ctx.fact(key, "promotedBy", okey, ev)
                if pol and pol.part_of:
                    parent = self.gaz.policies.get(pol.part_of)
                    if parent and policy_key(parent.name) in first:
                        ctx.fact(key, "partOf", policy_key(parent.name), ev)


def _announcers_countries(ctx: DocContext) -> None:
    """A policy that only people launched is their countries': "Prime Minister Roe and
    President Doe signed the Acme Declaration" -> promoted by Roe's and Doe's countries.

    Runs after every affiliation is known; a policy with a stated promoter keeps it alone.
    """
    promoted = {f.subject for f in ctx.facts if f.predicate == "promotedBy"}
    countries = ctx.countries_served()
    for f in list(ctx.facts):
        if f.predicate == "announcedBy" and f.subject not in promoted \
                and f.evidence.rule.startswith("relations."):
            for country in countries.get(f.object, ()):
                ctx.fact(f.subject, "promotedBy", country,
                         replace(f.evidence, rule="relations.promotedBy.announcer"))


LAW_HEADS = {"act", "law", "bill", "code", "ordinance", "decree", "regulation", "regulations"}
#: Words of a law's name: what "the bill" may stand for.
_LAW_WORDS = LAW_HEADS | {"statute", "legislation", "amendment", "directive"}


def _persons_policies(ctx: DocContext) -> None:
    """"Roe ... her Digital Strategy": the one country Roe serves promotes it."""
    served = ctx.countries_served()
    owned = {f.subject for f in ctx.facts if f.predicate == "promotedBy"}
    for policy, person, ev in ctx.owned_by_person:
        countries = served.get(person, [])
        if policy not in owned and len(countries) == 1:
            ctx.fact(policy, "promotedBy", countries[0], ev)
            owned.add(policy)


def _home_laws(mentions: list[Mention], ctx: DocContext) -> None:
    """A law named in an article about one country, with no other owner stated, is that
    country's: "the Telecommunications Security Act" in a story datelined London."""
    home = ctx.home_country()
    if home is None:
        return
    abroad = {f.subject for f in ctx.facts if f.predicate == "basedIn" and f.object != home}
    bodies = {m.key for m in mentions if m.type is T.GOVERNMENT_BODY and m.key not in abroad
              and m.country in {None, home.removeprefix("country/")}}
    # "the Senate passed the act": a law its own legislature promotes is still the country's
    owned = {f.subject for f in ctx.facts if f.predicate == "promotedBy" and f.object not in bodies}
    owned |= ctx.gaz.owned_policy_keys()  # the GDPR is the Union's wherever it is named
    served = ctx.countries_served()
    for m in mentions:
        words = m.name.split()
        if m.type is not T.POLICY or m.key in owned or not words or m.kind == "description" \
                or words[0] in {"EU", "European"}:
            continue  # "the European Chips Act": the European Union's, not the home country's
        last = words[-1].lower()
        if last in LAW_HEADS or len(words) > 1 and words[-2].lower().rstrip(",") in LAW_HEADS \
                and words[-1].isdigit():  # "the Acme Act 2013", "the Acme Act, 2019"
            sent = m.span(ctx.doc).sent
            foreign = [x for x in mentions if sent.start <= x.start < sent.end and (
                x.type is T.COUNTRY and x.key != home or x.type is T.PERSON and (
                    served.get(x.key) and home not in served[x.key]
                    or x.country and country_key(x.country) != home))]
            if foreign:
                continue  # "Roe's tariff under the Emergency Powers Act": maybe Roe's country's
            ev = span_evidence(sent, "relations.promotedBy.homeLaw", 0.55)
            ctx.fact(m.key, "promotedBy", home, ev)
            owned.add(m.key)


#: A year that ends an instrument's name: "Regulation No. 5 of 2020", "the Acme Act 2013".
_NAMED_YEAR = re.compile(
    r"(?:\bof|\b(?:Act|Law|Ordinance|Decree|Regulations?|Bill|Code|Rules),?)\s+((?:19|20)\d\d)$")


def _years_in_names(mentions: list[Mention], ctx: DocContext) -> None:
    """An instrument whose name ends in its year was made that year, unless the text dates
    it more precisely."""
    dated = {v.subject for v in ctx.values if v.predicate == "announcedOn"}
    doc = ctx.doc
    for m in mentions:
        if m.type is T.POLICY and m.key not in dated and m.kind not in {"description", "anaphor"}:
            day = _day_of_name(doc, m, ctx.ref)
            if day is not None:  # "the Lima Agreement of 17 February 1966"
                dated.add(m.key)
                ctx.value(m.key, "announcedOn", day, "date",
                          span_evidence(m.span(doc).sent, "relations.announcedOn.name", 0.75))
        if m.type is not T.POLICY or m.key in dated:
            continue
        found = _NAMED_YEAR.search(m.name)
        year = found.group(1) if found else None
        if year is None and m.end + 2 < len(doc) and doc[m.end].text == "," and \
                doc[m.end - 1].text in {"Act", "Law", "Ordinance", "Decree", "Regulations"} and \
                re.fullmatch(r"(?:19|20)\d\d", doc[m.end + 1].text) and \
                (doc[m.end + 2].is_punct or doc[m.end + 2].is_sent_end):
            year = doc[m.end + 1].text  # "the Data Protection Act, 2019,": as its year
        if year is None and m.end + 3 < len(doc) and doc[m.end].text == "," and \
                doc[m.end + 1].lower_ in {"a", "the"} and \
                re.fullmatch(r"(?:19|20)\d\d", doc[m.end + 2].text) and \
                doc[m.end + 3].pos_ in {"NOUN", "PROPN"}:
            year = doc[m.end + 2].text  # "Executive Order 1, a 2015 order on ..."
        if year is None and m.kind not in {"description", "anaphor"}:
            year = _year_before(doc, m)  # "the 1977 Example Treaty"
        if year is None and m.kind not in {"description", "anaphor"}:
            year = _year_beside(doc, m)
        if year is not None:
            dated.add(m.key)
            ctx.value(m.key, "announcedOn", year, "gYear",
                      span_evidence(m.span(doc).sent, "relations.announcedOn.name", 0.7))


def _year_before(doc: Doc, m: Mention) -> str | None:
    """The year written before a name, "the 1977 Example Treaty": the year it dates from."""
    if m.start >= 2 and re.fullmatch(r"(?:19|20)\d\d", doc[m.start - 1].text) and \
            doc[m.start - 2].lower_ in {"the", "its", "their", "a"}:
        return doc[m.start - 1].text
    return None


def _day_of_name(doc: Doc, m: Mention, ref: date | None) -> str | None:
    """The day an instrument's name gives right after it: "the Lima Agreement of 17
    February 1966", "the Acme Accord of March 3, 2001"."""
    k = m.end
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None
    found = _NAMED_DAY.match(doc[k + 1 : k + 6].text)
    value = resolve_date(found.group(0), ref) if found else None
    return value[0] if value and value[1] == "date" else None


#: A whole day written out: "17 February 1966", "March 3, 2001".
_NAMED_DAY = re.compile(r"\d{1,2} [A-Z][a-z]+\.? (?:19|20)\d\d\b|[A-Z][a-z]+\.? \d{1,2},? (?:19|20)\d\d\b")


#: A year alone: "2014".
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


def _year_beside(doc: Doc, m: Mention) -> str | None:
    """The year the words around a named law give it: "Ruritania's 2014 Acme law" (before
    the name, after an owner), "the Acme Act of 2005", "the Acme Act, Peru's 2014 data
    law,", "The Acme Act dates from 1952".

    >>> from policygraph.pipeline import extract
    >>> from policygraph.model import Article
    >>> ex = next(extract([Article(id="x", text="Courts cite the Acme Civil Act, Peru's "
    ...                            "2014 data law. The Beta Supplies Act dates from 1952.")]))
    >>> sorted(v.value for v in ex.values if v.predicate == "announcedOn")
    ['1952', '2014']
    """
    k = m.start - 1
    while k > 0 and doc[k].text in {'"', "“", "'"}:
        k -= 1
    if k >= 1 and _YEAR_WORD.fullmatch(doc[k].text) and doc[k - 1].text in {"'s", "’s"}:
        return doc[k].text  # "Ruritania's 2019 "clean web" law"
    end = m.end
    if end + 1 < len(doc) and doc[end].lower_ == "of" and _YEAR_WORD.fullmatch(doc[end + 1].text):
        return doc[end + 1].text  # "the Acme Act of 2005"
    if end + 4 < len(doc) and doc[end].text == "," and doc[end + 2].text in {"'s", "’s"} and \
            _YEAR_WORD.fullmatch(doc[end + 3].text):
        return doc[end + 3].text  # "the Acme Act, Peru's 2014 data law,"
    if end + 2 < len(doc) and doc[end].lower_ in {"dates", "dated"} and \
            doc[end + 1].lower_ in {"from", "to"} and _YEAR_WORD.fullmatch(doc[end + 2].text):
        return doc[end + 2].text  # "The Acme Act dates from 1952"
    return None


def _by_sentence(doc: Doc, mentions: list[Mention]) -> Iterator[tuple[Span, list[Mention]]]:
    ordered = sorted(mentions)
    i = 0
    for sent in doc.sents:
        group = []
        while i < len(ordered) and ordered[i].start < sent.end:
            if ordered[i].start >= sent.start:
                group.append(ordered[i])
            i += 1
        yield sent, group


@Language.factory(
    "pg_relations",
    requires=["doc._.pg_mentions", "doc._.pg_entities", "token.dep", "token.lemma"],
    assigns=["doc._.pg_facts", "doc._.pg_values"],
)
def make_relation_extractor(nlp: Language, name: str) -> RelationExtractor:
    """The ``pg_relations`` factory."""
    del nlp, name
    return RelationExtractor(Gazetteer.load())

"""Meetings as events: talks, dialogues, summits, calls where officials meet.

A meeting is recorded when its mention carries a participant or a date:
"a third Chile-Peru trade dialogue was held by video link on May 3", "Japan and
the US held talks in Tokyo", "the U.S.-ROK dialogue".
Later "the meeting", "the talks", "the two sides" refer back to it. Each
record yields participant, ledBy and discussed facts and date, ordinal, mode
and duration values, each with the sentence it came from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from policygraph.linking import CHINESE_FAMILY_NAMES, FIRST_NAME_USED, Gazetteer, country_key
from policygraph.model import Entity, EntityType, Evidence
from policygraph.nlp import doc_words
from policygraph.nlp.mentions import NAME_PARTICLES, Mention
from policygraph.nlp.relations import (
    ACTORS,
    DISCUSS,
    GROUP_NOUNS,
    LEAD,
    MEETING_ANAPHORA,
    MEETING_NOUNS,
    MODES,
    POSTED,
    ROLE_WORDS,
    SPEECH,
    DocContext,
    _by_sentence,
    _ensure_country,
    dates_in,
    irrealis,
    last_two,
    lem,
    listed_after_colon,
    negated,
    span_evidence,
)
from policygraph.timeexpr import MONTH_WORD, NUMBERS, duration, ordinal, resolve_date

T = EntityType
_DURATION = re.compile(
    r"\b(?:last(?:ing|ed)?|for|took|spanning|running)\s+(?:about\s+|around\s+|nearly\s+|"
    r"more than\s+|(?:just |a little |slightly )?(?:over|under)\s+|almost\s+|roughly\s+)?"
    r"((?:\w+(?:\s+and\s+a\s+half)?[ -])?(?:hours?|minutes?)"
    r"(?:\s+and\s+(?:a\s+half|\w+\s+minutes?))?)",
    re.I,
)
#: "about an hour of talks", "two hours of discussions": a length before the meeting noun.
_LENGTH_OF = re.compile(r"\b((?:an?|one|two|three|four|five|six|\d+)(?:[ -]and[ -]a[ -]half)?"
                        r"[ -](?:hours?|minutes?))\s+of\s+(?:talks|meetings?|discussions?|"
                        r"consultations|negotiations)\b", re.I)
_DAYS = re.compile(r"\b((?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)-(?:day|hour))\s+"
                   r"(?:[\w-]+\s+){0,5}?(?:meeting|talks|summit|dialogue|visit|conference|"
                   r"session|forum|hearing|gathering|ministerial|debate)", re.I)
#: Days of one month: "on Nov. 15 and 16", "May 3-5", "from 3 to 5 June".
_DAY_SPAN = re.compile(
    rf"\b{MONTH_WORD}\s+(\d{{1,2}})\s*(?:and|-|–|to|through)\s*(\d{{1,2}})\b(?![:.]\d|%)"
    rf"|\b(\d{{1,2}})\s*(?:-|–|to|and)\s*(\d{{1,2}})\s+{MONTH_WORD}", re.I)


#: The days of the week in the order ``date.weekday()`` counts them.
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_WORD = "|".join(_WEEKDAYS)
#: Two days of one week: "on Monday and Tuesday", "from Tuesday to Thursday".
_WEEKDAY_SPAN = re.compile(rf"\b(?:on|from)\s+({_WEEKDAY_WORD})\s+(?:and|to|through|until)\s+"
                           rf"({_WEEKDAY_WORD})\b", re.I)


def _day_span(text: str) -> tuple[int, int] | None:
    """The first and last day of a span of days written in ``text``.

    >>> _day_span("in Lima on Nov. 15 and 16, where"), _day_span("from 3 to 5 June")
    ((15, 16), (3, 5))
    >>> _day_span("on Nov. 15 at 10:30") is None
    True
    """
    m = _DAY_SPAN.search(text)
    if m is None:
        return None
    first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return int(first), int(last)


_HOLD = {"hold", "have", "convene", "adjourn", "attend", "conduct", "host", "stage", "open", "begin", "wrap",
         "end", "conclude", "join", "chair", "co-chair", "lead", "head", "co-host"}
#: Verbs of a policy born at a meeting: "unveiled after the talks", "launched at the summit".
LAUNCHED = {"unveil", "launch", "announce", "agree", "adopt", "sign", "endorse", "establish",
            "inaugurate", "set"}
_OTHER_EVENT = {"after", "before", "since", "until", "following", "ahead", "when", "while"}
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|an?|half)"


@dataclass
class MeetingRecord:
    """What the article says about one meeting, gathered across sentences."""

    names: list[str] = field(default_factory=list)
    participants: dict[str, Evidence] = field(default_factory=dict)
    leaders: dict[str, Evidence] = field(default_factory=dict)
    discussed: dict[str, Evidence] = field(default_factory=dict)
    topics: dict[str, Evidence] = field(default_factory=dict)
    date: tuple[str, Evidence] | None = None
    ordinal: tuple[int, Evidence] | None = None
    mode: tuple[str, Evidence] | None = None
    duration: tuple[str, Evidence] | None = None
    #: people who attended without leading: their countries take part
    attendees: dict[str, Evidence] = field(default_factory=dict)
    #: the date is the meeting's last day ("the three-day summit, which ends on Sunday")
    ends: bool = False
    #: the city its own phrase places it in ("a meeting in Lima")
    place: str | None = None
    #: days from the sentence's other meeting, for one told of as before or after it ("a
    #: day after Roe hosted Doe for a state visit": -1)
    offset: int | None = None
    #: the month of one dated only to a month ("a conference in May last year"): no day to
    #: write, but no other month's meeting either
    month: str | None = None
    #: the legislature whose vote this is ("the Senate passed the bill on Monday"): no
    #: other meeting of that day, unless the chamber sits in it
    chamber: str | None = None
    #: dated "later on Friday", "earlier that day": another event of a day the article has
    #: told of
    later: bool = False

    def first_day(self) -> str | None:
        """The meeting's first day: its date, or for one dated by its end ("ended a
        two-day conference on Friday") the day its duration goes back to."""
        if self.date is None:
            return None
        days = re.fullmatch(r"P(\d+)D", self.duration[0]) if self.duration else None
        if self.ends and days and int(days.group(1)) > 1:
            first = date.fromisoformat(self.date[0]) - timedelta(days=int(days.group(1)) - 1)
            return first.isoformat()
        return self.date[0]

    def last_day(self) -> str | None:
        """The meeting's last day, where its date and duration give it."""
        days = re.fullmatch(r"P(\d+)D", self.duration[0]) if self.duration else None
        if self.date is None or self.ends or not days:
            return self.date[0] if self.date else None
        return (date.fromisoformat(self.date[0]) + timedelta(days=int(days.group(1)) - 1)
                ).isoformat()

    def _closes(self, other: MeetingRecord) -> bool:
        """Whether this record tells only of the close of ``other`` ("announced at the close
        of the summit" on Thursday, after "the three-day summit, which opened on Tuesday")."""
        return self.ends and not self.duration and other.duration is not None and \
            self.date is not None and self.date[0] == other.last_day()

    def month_fits(self, other: MeetingRecord) -> bool:
        """Whether the two may be in the same month, as far as either is dated."""
        mine = self.month or (self.date[0][:7] if self.date else None)
        theirs = other.month or (other.date[0][:7] if other.date else None)
        return not (mine and theirs and mine != theirs)

    def compatible(self, other: MeetingRecord) -> bool:
        """Whether ``other`` may tell of this meeting: nothing in them differs
        (:meth:`consistent`), and they share a day or someone who takes part."""
        if not self.consistent(other):
            return False
        if self.date and other.date:
            return True  # the same day (checked in ``consistent``)
        a = set(self.participants) | set(self.leaders)
        b = set(other.participants) | set(other.leaders)
        return bool(a & b)  # otherwise, only when the same people or parties meet

    def consistent(self, other: MeetingRecord) -> bool:
        """Whether nothing the two records say tells them apart: day, month, chamber,
        ordinal, the leaders who met."""
        if self.date and other.date and self.first_day() != other.first_day() and not (
                self._closes(other) or other._closes(self)):
            return False
        if not self.month_fits(other):
            return False  # "a conference in May last year" is not today's talks
        for one, two in ((self, other), (other, self)):
            if one.chamber and one.chamber != two.chamber and one.chamber not in two.participants:
                return False  # the Senate's vote is not the leaders' talks of that day
        if self.ordinal and other.ordinal and self.ordinal[0] != other.ordinal[0]:
            return False
        if (self.later or other.later) and self.names and other.names and not (
                {n.split()[-1].lower() for n in self.names}
                & {n.split()[-1].lower() for n in other.names}):
            return False  # "the summit ... the opening of the Acme Forum later on Friday"
        mine, theirs = set(self.leaders), set(other.leaders)
        if len(mine) >= 2 and len(theirs) >= 2 and not (mine <= theirs or theirs <= mine):
            return False  # "Roe met Doe ... Poe also met Doe": two meetings of Doe's
        return True

    def merge(self, other: MeetingRecord) -> None:
        self.names += other.names
        for src, dst in ((other.participants, self.participants), (other.leaders, self.leaders),
                         (other.discussed, self.discussed), (other.topics, self.topics),
                         (other.attendees, self.attendees)):
            for k, v in src.items():
                dst.setdefault(k, v)
        if self.date is None and other.date is not None or self._closes(other):
            self.ends = other.ends
            self.date = other.date  # the first day, not the close's
        self.date = self.date or other.date
        self.ordinal = self.ordinal or other.ordinal
        self.mode = self.mode or other.mode
        self.duration = self.duration or other.duration
        self.place = self.place or other.place
        self.month = self.month or other.month
        self.chamber = self.chamber or other.chamber
        self.later = self.later and other.later

    @property
    def substantive(self) -> bool:
        """Worth recording: who took part (or led it), and when or how."""
        who = self.participants or self.leaders
        return bool(who and (self.date or self.leaders or self.mode or self.ordinal))


def _evidence(sent: Span, rule: str, confidence: float) -> Evidence:
    return span_evidence(sent, rule, confidence)


#: What makes a meeting planned ("is due to meet", "are expected to hold talks"), and
#: what makes it only possible ("could meet", "hopes to meet"): a planned meeting with
#: its date is recorded, a possible one is not.
_PLANNED = {"will", "due", "expect", "schedule", "set", "slate", "plan"}
_POSSIBLE = {"could", "may", "might", "would", "should", "if", "whether", "hope", "seek",
             "want", "propose", "consider", "try", "ask", "urge", "invite", "call",
             "possible", "possibly", "likely", "unlikely", "wish", "offer"}
#: Verbs that only place someone at a meeting: "Roe is expected at the summit".
_PRESENT = {"be", "expect", "attend", "arrive", "gather", "travel", "join", "invite"}
#: Words of a sentence that lists who attended a meeting.
_ATTENDEES = {"attend", "attendee", "participant", "delegate"}


def _attendance(sent: Span) -> bool:
    """Whether ``sent`` lists who attended: "registered to attend, among them ...",
    "Leaders attending the forum included ...", "participants included ..."."""
    words = doc_words(sent.doc)[sent.start : sent.end]
    lemmas = {lemma for lemma, _ in words}
    lowers = [lower for _, lower in words]
    listed = "among" in lowers or "including" in lowers or "include" in lemmas
    if not (lemmas & _ATTENDEES and listed):
        return False
    return not any(negated(sent.doc[sent.start + k]) or irrealis(sent.doc[sent.start + k], 2)
                   for k, (lemma, _) in enumerate(words) if lemma == "attend")


def _attended(sent: Span) -> bool:
    """Whether ``sent`` says who attended, with no meeting of its own named: "The leaders of
    Chile and Peru attended, as did ...", "Roe also attended." (not "will not attend")."""
    words = doc_words(sent.doc)
    for k in range(sent.start, sent.end):
        if words[k][0] != "attend":
            continue
        verb = sent.doc[k]
        return verb.pos_ == "VERB" and verb.dep_ == "ROOT" and not negated(verb) and \
            not irrealis(verb, 2) and not any(c.dep_ == "dobj" for c in verb.children)
    return False


#: Rooms and buildings a meeting is held in: "at the ministry's headquarters".
_PREMISES = {"headquarters", "offices", "palace", "residence", "embassy", "hall", "chancellery"}


def _at_premises(doc: Doc, k: int, end: int) -> bool:
    """Whether the words from ``k`` name a building ("the ministry's Lima headquarters",
    "the presidential palace"), within a few words and before any comma."""
    for t in doc[k : min(k + 5, end)]:
        if t.is_punct and t.text not in {"'s", "’s"}:
            return False
        if t.lower_ in _PREMISES:
            return True
    return False


def _chaired_it(sent: Span) -> Token | None:
    """The agent of "It was chaired (hosted, led) by ..." opening ``sent``, else None."""
    root = sent.root
    if lem(root) not in _HOSTED | {"lead", "head", "preside"} or negated(root) or not any(
            c.dep_ == "nsubjpass" and c.lower_ == "it" for c in root.children):
        return None
    return next((c for c in root.children if c.dep_ == "agent"), None)


#: Who a sentence says came to the meeting told of: "Delegates included ...".
_COMERS = {"delegate", "participant", "attendee", "delegation", "guest", "invitee"}


def _attendees_listed(sent: Span) -> Token | None:
    """The object of "Delegates (participants, attendees) included ...", else None."""
    root = sent.root
    if lem(root) not in {"include", "comprise"} or negated(root) or not any(
            c.dep_ == "nsubj" and lem(c) in _COMERS and not any(
                g.dep_ in {"poss", "compound", "amod", "prep"} for g in c.children)
            for c in root.children):
        return None
    return next((c for c in root.children if c.dep_ == "dobj"), None)


def _titled_attendees(sent: Span, mentions: list[Mention]) -> bool:
    """Whether those who attended are leaders listed with their countries ("Presidents Jane
    Roe of Peru and John Doe of Chile attended."): guests of the last meeting told of, however
    far back."""
    doc = sent.doc
    placed = [m for m in mentions if m.type is T.PERSON and m.end + 1 < sent.end
              and doc[m.end].lower_ == "of"
              and any(c.start == m.end + 1 and c.type is T.COUNTRY for c in mentions)]
    return len(placed) >= 2


def _dated(sent: Span) -> bool:
    """Whether ``sent`` gives a day or a month ("on May 3", "in October"), not only a
    time to come ("next week", "later this year")."""
    ref = sent.doc._.pg_reference_date
    return any(resolve_date(d.text, ref) for d in dates_in(sent)) if ref else False


def _planned(verb: Token) -> bool:
    """True for a meeting set down for later, not one that may or may not happen.

    Looks at the verb's auxiliaries and the two words it hangs from ("is due to meet",
    "are expected to hold", "will meet").
    """
    words: set[str] = set()
    current = verb
    for _ in range(3):
        words |= {w for c in current.children if c.dep_ in {"aux", "auxpass", "mark",
                                                            "advmod", "neg"}
                  for w in (lem(c), c.lower_)}
        words |= {lem(current), current.lower_}
        if current.dep_ not in {"xcomp", "ccomp", "advcl", "conj", "acomp"} or \
                current.head.i == current.i:
            break
        current = current.head
    return bool(words & _PLANNED) and not words & _POSSIBLE


#: Verbs whose day is a meeting's last: "ended a two-day conference on Friday".
_ENDING = {"end", "close", "conclude", "wrap", "finish"}
#: Verbs by which a meeting gathers its parties: "brings together the leaders of A and B".
_GATHER = {"bring", "gather", "assemble", "convene"}
#: Nouns a meeting comes in: "a third round of talks", "a session of the dialogue".
_ROUNDS = {"round", "session", "series", "day", "hour", "minute"}
#: The lemmas that may start a meeting: its nouns, "meet", "sit" (down with).
_TRIGGER_LEMMAS = MEETING_NOUNS | {"meet", "sit", "speak", "talk", "confer", "call", "discuss",
                                   "host", "receive", "welcome", "testify", "question",
                                   "grill", "brief", "answer", "appear", "briefing", "debate",
                                   "summon", "conversation"}
#: Envoys a government summons: "summoned Ruritania's ambassador", "the chargé d'affaires".
_ENVOYS = {"ambassador", "envoy", "chargé", "charge", "diplomat", "consul", "representative",
           "attaché", "attache"}
#: Words of a court's hearing, which is no meeting.
_COURT = {"court", "judge", "bail", "extradition", "sentencing", "appeal", "custody", "trial",
          "tribunal", "justice", "prosecutor", "lawyer", "plaintiff", "defendant"}
#: Days counted from another day of the sentence: "the next day", "two days later".
_DAY_AFTER = {"next day": 1, "following day": 1, "day after": 1, "a day later": 1,
              "day before": -1, "previous day": -1, "a day earlier": -1, "two days later": 2}
#: Verbs of a hearing: a witness before a committee, a body briefed on a day.
_HEARD = {"testify", "question", "grill", "brief", "answer", "appear"}
#: Heads of the bodies that hold hearings.
_HEARING_BODIES = {"Committee", "Subcommittee", "Commission", "Senate", "House", "Parliament",
                   "Assembly", "Congress", "Council", "Bundestag", "Sejm", "Seimas", "Saeima",
                   "Riksdag", "Storting", "Knesset", "Duma", "Diet", "Sabha", "Majlis"}
#: "Roe hosted Doe in Lima on Monday": a leader received by another has met them.
_RECEIVE = {"host", "receive", "welcome"}
#: "spoke by phone with", "talked over video with": a call is a meeting too.
_CALL_MEANS = {"phone", "telephone", "video", "videoconference", "videolink", "teleconference"}


#: Nouns for people sent to meet: "Ruritanian and Acmean officials held talks".
_PEOPLE_NOUNS = {"official", "negotiator", "delegation", "diplomat", "leader", "minister",
                 "envoy", "representative", "counterpart", "delegate", "team", "side",
                 "ambassador"}


def _of_people(doc: Doc, m: Mention) -> bool:
    """Whether a demonym describes people who meet ("Ruritanian officials"), not a thing."""
    word = doc[m.end - 1]
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head  # "Ruritanian and Acmean officials"
    return word.dep_ in {"amod", "compound"} and lem(word.head) in _PEOPLE_NOUNS


def _trigger_tokens(sent: Span) -> list[Token]:
    out = []
    words = doc_words(sent.doc)
    for i in range(sent.start, sent.end):
        if words[i][0] not in _TRIGGER_LEMMAS:
            continue  # known from the lemma alone, without making the Token
        t = sent.doc[i]
        lemma = lem(t)
        if lemma == "briefing" and t.pos_ == "NOUN" and t.dep_ == "pobj" and \
                t.head.lower_ == "to" and lem(t.head.head) in {"invite", "summon", "call"} \
                and not any(lem(c) in {"press", "news", "media"} for c in t.children) \
                and not negated(t.head.head):
            out.append(t)  # "the regulator has invited operators to a briefing on March 3"
        elif lemma == "briefing" and t.pos_ == "NOUN" and not any(
                lem(c) in {"press", "news", "media"} for c in t.children) and (
                any(c.dep_ in {"acl", "relcl"} and lem(c) in {"attend", "chair", "host", "hold"}
                    for c in t.children)
                or t.dep_ == "pobj" and t.head.lower_ == "at" and _dated(sent)):
            out.append(t)  # "At a briefing on Sunday, attended by the operators, ..."
        elif lemma in MEETING_NOUNS and t.pos_ in {"NOUN", "PROPN"}:
            if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
                continue  # "no meeting with Doe has been scheduled": none
            if t.dep_ == "pobj" and t.head.head.i != t.head.i and \
                    lem(t.head.head) in ROLE_WORDS | {"envoy", "negotiator"}:
                continue  # "envoy for ... peace negotiations" is a title, not a meeting
            if t.dep_ == "pobj" and t.head.lower_ == "of" and \
                    t.head.head.lower_ in {"sidelines", "sideline", "margins", "margin"} and \
                    not any(c.dep_ == "relcl" for c in t.children):
                continue  # "met Doe on the sidelines of the summit": the meeting is theirs
                # (the summit is one of its own where a clause tells of it: "..., which
                # opened on Monday")
            if lemma == "hearing" and (any(lem(c) in _COURT for c in t.children) or any(
                    lem(x) in _COURT for x in sent)):
                continue  # "a bail hearing", "the court's hearing": a trial, not a meeting
            if t.dep_ == "pobj" and t.head.lower_ == "for" and lem(t.head.head) in {
                    "call", "push", "appeal", "demand", "plea", "request", "press", "ask"}:
                continue  # "issued a call for talks with Doe": asked for, not held
            if lemma == "visit" and not _visit_verb(t) and not (
                    t.dep_ == "pobj" and t.head.lower_ in {"for", "on"}
                    and lem(t.head.head) in _RECEIVE and not negated(t.head.head)):
                continue  # "later in her visit": the time of another meeting, not one
                # ("Roe hosted Doe for a state visit" is one)
            if _called_off(t):
                continue  # "the summit was called off", "postponed the talks": not held
            out.append(t)
        elif lemma == "conversation" and t.pos_ == "NOUN" and t.dep_ == "dobj" and \
                lem(t.head) in {"hold", "have"} and not negated(t.head) and \
                not irrealis(t.head, 2):
            out.append(t)  # "Roe and Doe held a short conversation": they met
        elif lemma == "debate" and t.pos_ == "NOUN" and _a_sitting(t):
            out.append(t)  # "after a two-day debate", "the debate, which opened on Tuesday"
        elif lemma == "call" and t.pos_ == "NOUN":
            # "held a video call with Roe", "a phone call between Roe and Doe": a meeting;
            # not "calls for a ban" or "a call to action"
            means = any(lem(c) in _CALL_MEANS for c in t.children if c.dep_ in {"compound", "amod"})
            held = lem(t.head) in _HOLD and t.dep_ == "dobj" and not negated(t.head) \
                and not irrealis(t.head, 2)
            if (means or held) and any(c.lower_ in {"with", "between"} for c in t.children):
                out.append(t)
            elif means and _told_in_call(t):
                out.append(t)  # "informed Commissioner Doe of the decision in a phone call"
        elif lemma == "discuss" and t.pos_ == "VERB" and not negated(t) \
                and not irrealis(t, 2) and _dated(sent) and any(
                    c.lower_ == "with" and any(g.ent_type_ in {"PERSON", "GPE", "NORP"}
                                               for g in c.subtree)
                    for c in [*t.children, *(g for d in t.children if d.dep_ == "dobj"
                                             for g in d.children)]):
            out.append(t)  # "Roe discussed the controls with President Doe on Jan. 17"
        elif lemma == "meet" and t.pos_ == "VERB" and not any(
                c.dep_ == "dobj" and lem(c) in {"press", "reporter", "journalist", "media"}
                for c in t.children):  # "the two leaders met the press": no meeting
            # "will not meet", "could meet" are no meetings; "is due to meet on May 3" is
            # one, planned
            if not negated(t) and (not irrealis(t, 2) or _planned(t) and _dated(sent)):
                out.append(t)  # a planned meeting counts with its day ("on May 3")
        elif lemma == "sit" and t.i + 2 < sent.end and sent.doc[t.i + 1].lower_ == "down" and (
                sent.doc[t.i + 2].lower_ in {"with", "face", "together"}
                or sent.doc[t.i + 2].lower_ == "for" and t.i + 3 < sent.end
                and lem(sent.doc[t.i + 3]) in MEETING_NOUNS):
            out.append(t)  # "sat down with", "sat down face to face", "sat down for talks": met
        elif lemma in {"talk", "confer"} and t.pos_ == "VERB" and not negated(t) and \
                not irrealis(t, 2) and _people_together(sent.doc, t):
            out.append(t)  # "Roe, Doe and Poe talked for about two hours"
        elif lemma in {"speak", "talk", "confer"} and t.pos_ == "VERB" and _by_call(t) \
                and (any(c.lower_ == "with" or c.lower_ == "to" and any(
                    g.ent_type_ in {"PERSON", "GPE", "NORP", "ORG"} for g in c.subtree)
                         for c in t.children) or any(
                    c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children)
                    for c in t.children)) and not negated(t) and not irrealis(t, 2):
            out.append(t)  # "spoke by phone with Doe", "Roe and Doe spoke by phone": a call
        elif lemma in _HEARD and t.pos_ == "VERB" and not negated(t) and _dated(sent) and (
                not irrealis(t, 2) or _planned(t)) and _heard_by(t) is not None:
            out.append(t)  # "testified before the committee on May 3": a hearing
        elif lemma == "summon" and _summoned_envoy(t) is not None and not negated(t) and \
                not irrealis(t, 2):
            out.append(t)  # "summoned Ruritania's ambassador on Monday": a summons
        elif lemma in _RECEIVE and t.pos_ == "VERB" and not negated(t) \
                and not irrealis(t, 2) and _dated(sent) and any(
                    c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in t.children) and any(
                    c.dep_ == "nsubj" and _names_actor(c) for c in t.children):
            out.append(t)  # "President Roe hosted Prime Minister Doe in Lima on Monday"
    return out


def _summoned_envoy(verb: Token) -> Token | None:
    """The envoy a government summons ("summoned Ruritania's ambassador", "Acme's envoy was
    summoned"), else None ("summoned to talks" is an invitation to a meeting named
    there)."""
    if verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
                 and lem(c) in _ENVOYS), None)


#: Verbs by which a meeting is not held: "the summit was called off", "cancelled the talks".
_CALLED_OFF = {"cancel", "postpone", "scrap", "abandon", "shelve", "scuttle", "delay"}


def _called_off(noun: Token) -> bool:
    """Whether the meeting ``noun`` names was called off, cancelled or put back: "a summit
    in Lima ... was called off", "Ruritania postponed the talks" (not "the talks resumed")."""
    if noun.dep_ not in {"nsubjpass", "dobj", "nsubj"}:
        return False
    verb = noun.head
    lemma = lem(verb)
    return not negated(verb) and (lemma in _CALLED_OFF or lemma in {"call", "put"} and any(
        c.dep_ == "prt" and c.lower_ in {"off", "back"} for c in verb.children))


#: Verbs by which someone comes for a visit: "arrives in Lima on Monday for a visit".
_VISIT_VERBS = {"arrive", "travel", "fly", "begin", "start", "pay", "make", "go", "head",
                "come", "land", "embark"}


def _days_apart(doc: Doc, trig: Token, sent: Span) -> int | None:
    """For a meeting told of in a clause "N days after" or "before" the sentence's own
    event, how many days it was from it: "talked ..., a day after Roe hosted Doe for a
    state visit" gives -1 (the visit came first)."""
    for t in doc[sent.start : trig.i]:
        if t.lower_ == "eve" and doc[t.i + 1].lower_ == "of" and \
                any(x.i == trig.i for x in doc[t.i + 1].subtree):
            return 1  # "..., on the eve of the Acme summit": the summit came the day after
        if t.lower_ not in {"after", "before"} or t.i < sent.start + 2 or \
                not any(x.i == trig.i for x in t.head.subtree):
            continue  # not a clause the meeting is in
        number = doc[t.i - 2].lower_
        count = (1 if number == "the" else NUMBERS.get(number)) \
            if doc[t.i - 1].lower_ in {"day", "days"} else None
        if not count:
            continue
        return -count if t.lower_ == "after" else count
    return None


_CEREMONY = re.compile(r"\b(?:ceremony|signing)\b", re.I)


def _ceremony(rec: MeetingRecord) -> bool:
    """Whether a meeting is known only as a ceremony or a signing: "a ceremony on the South
    Lawn" is not the leaders' summit of the week before, though the same president leads
    both."""
    return bool(rec.names) and all(_CEREMONY.search(n) for n in rec.names)


def _a_sitting(noun: Token) -> bool:
    """Whether a debate is a sitting of a chamber, with days of its own: "a two-day debate",
    "the parliamentary debate", "the debate, which opened on Tuesday", "presided over both
    days of the debate" (not "the debate over Acme's role")."""
    for c in noun.children:
        if c.dep_ in {"amod", "compound", "nmod"} and (
                re.fullmatch(r"\w+-day", c.text.lower()) or c.lower_ in {
                    "parliamentary", "plenary", "overnight", "senate", "chamber", "day"}
                or c.i + 2 < noun.i and noun.doc[c.i + 1].text == "-"
                and noun.doc[c.i + 2].lower_ == "day"):
            return True
        if c.dep_ == "relcl" and lem(c) in {"open", "begin", "start", "close", "end", "last"}:
            return True
    up = noun
    for _ in range(4):
        if up.head.i == up.i:
            break
        up = up.head
        if lem(up) in {"preside", "chair"}:
            return True
    return False


#: Spans of time a "first meeting in ..." has been awaited: "in a year", "in five years".
_A_WHILE = re.compile(r"^in (?:a|an|one|two|three|four|five|six|\d+|over a|more than a|"
                      r"nearly a|almost a|more than \w+|over \w+|nearly \w+|almost \w+) "
                      r"(?:years?|decades?|months?)\b")


def _first_in_a_while(doc: Doc, trig: Token, n: int) -> bool:
    """Whether an ordinal before a meeting counts time, not meetings: "their first
    face-to-face meeting in a year", "the first visit since 2019" (but "their second
    meeting since Roe took office" is the second).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("It was their first meeting in a year.")
    >>> _first_in_a_while(doc, doc[4], 1)
    True
    """
    rest = doc[trig.i + 1 : min(trig.i + 6, len(doc))].text.lower()
    return bool(_A_WHILE.match(rest)) or n == 1 and rest.startswith("since ")


def _people_together(doc: Doc, verb: Token) -> bool:
    """Whether two or more people named as the subject do ``verb`` together: "Roe and Doe
    talked" (not "Roe talked to reporters", nor "officials talked")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in _PAIR_PEOPLE and any(
            c.lower_ in {"two", "both"} for c in subj.children):
        return not any(c.lower_ in {"to", "about", "of"} and c.dep_ == "prep"
                       for c in verb.children)  # "The two leaders talked for four hours"
    if subj is None or subj.ent_type_ != "PERSON":
        return False
    people = [c for c in subj.subtree if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    return bool(people) and not any(c.lower_ in {"to", "about", "of"} and c.dep_ == "prep"
                                    for c in verb.children)


def _visit_verb(trig: Token) -> Token | None:
    """The verb by which someone comes for the visit ``trig``: "arrive ... for a visit"."""
    verb = trig.head.head if trig.dep_ == "pobj" else trig.head
    while verb.dep_ in {"xcomp", "conj"} and lem(verb) not in _VISIT_VERBS:
        verb = verb.head
    return verb if lem(verb) in _VISIT_VERBS and not negated(verb) else None


def _visitors(doc: Doc, sent: Span, trig: Token, mentions: list[Mention],
              rec: MeetingRecord, gaz: Gazetteer) -> None:
    """Who visits and where: "Roe is due to arrive in Lima on Thursday for a four-day
    visit" is led by Roe, with her state and Peru taking part; "Roe's visit to Peru"."""
    verb = _visit_verb(trig)
    if verb is None:
        return
    subject = verb
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in subject.children) and \
            subject.dep_ in {"xcomp", "acomp", "conj"} and subject.head.i != subject.i:
        subject = subject.head  # "Roe is due to arrive": the subject of "is due"
    who = {t.i for c in subject.children if c.dep_ == "nsubj" for t in c.subtree}
    where = {t.i for c in [*verb.children, *trig.children]
             if c.dep_ == "prep" and c.lower_ in {"in", "to"} for t in c.subtree}
    ev = _evidence(sent, "meetings.visit", 0.7)
    people = [m for m in mentions if m.start in who and m.type is T.PERSON]
    for m in people:
        rec.leaders.setdefault(m.key, ev)
    for m in mentions:
        if m.start in who and m.type in ACTORS and m.kind != "demonym" and not people:
            rec.participants.setdefault(m.key, ev)  # the visitor's own title is no party
        elif m.start in where and m.type is T.COUNTRY:
            rec.participants.setdefault(m.key, ev)
    for i in sorted(where):  # "arrive in Lima": the capital, as a place, is its state here
        code = gaz.country_by_capital.get(doc[i].text) or gaz.country_by_capital.get(
            doc[i : i + 2].text)
        if code and not any(m.start <= i < m.end for m in mentions):
            rec.participants.setdefault(f"country/{code}", ev)


def _aside_before(verb: Token, trig: Token, own: set[int]) -> bool:
    """Whether ``verb`` is a clause on something named before the meeting's ``trig`` and
    outside it ("Roe, sworn in on Monday, met them"): its day is not the meeting's."""
    return verb.i not in own and verb.dep_ in {"acl", "relcl"} and verb.head.i <= trig.i \
        and not verb.left_edge.i <= trig.i <= verb.right_edge.i


def _names_actor(token: Token) -> bool:
    """Whether ``token`` names a person or a country, by the NER or by a mention."""
    return token.ent_type_ in {"PERSON", "GPE", "NORP"} or any(
        m.start <= token.i < m.end and m.type in {T.PERSON, T.COUNTRY}
        for m in token.doc._.pg_mentions)


def _heard_by(verb: Token) -> Token | None:
    """The body that hears, questions or is briefed: "testified before the Committee",
    "was questioned by the Committee", "will brief the Committee"; None for anyone else
    ("briefed reporters")."""
    lemma = lem(verb)
    if lemma == "testify":
        heads = [g for c in verb.children if c.lower_ in {"before", "to"} for g in c.children
                 if g.dep_ == "pobj"]
    elif lemma == "brief":
        heads = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma in {"answer", "appear"}:
        # "will answer questions at the Committee", "appeared before the Committee"
        if lemma == "answer" and not any(c.dep_ == "dobj" and lem(c) == "question"
                                         for c in verb.children):
            return None
        preps = [c for c in verb.children if c.lower_ in {"at", "before"}]
        preps += [g for c in verb.children if c.dep_ == "dobj" for g in c.subtree
                  if g.lower_ in {"at", "before"}]  # the parser may hang it on the topic
        heads = [g for c in preps for g in c.children if g.dep_ == "pobj"]
    else:  # "questioned by", "grilled by"
        heads = [g for c in verb.children if c.dep_ == "agent" for g in c.children
                 if g.dep_ == "pobj"]
    return next((h for h in heads if h.ent_type_ == "ORG" or h.text in _HEARING_BODIES), None)


#: Verbs by which one official tells another something in a call.
_TELL_VERBS = {"inform", "brief", "tell", "update", "assure", "notify", "warn", "thank",
               "congratulate", "invite", "urge", "ask", "discuss", "raise"}


def _told_in_call(call: Token) -> bool:
    """Whether a call is where one person told another something: "Roe informed Doe of
    the decision in a telephone call" (a call held, not "will inform ... in a call").

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("On Friday Jane Roe informed John Doe of the decision in a "
    ...                       "phone call.")
    >>> _told_in_call(doc[13])
    True
    """
    prep = call.head
    # the verb the call hangs on, however far: "informed Doe of the decision in a call"
    verb = next((a for a in prep.ancestors if a.pos_ in {"VERB", "AUX"}), prep)
    return call.dep_ == "pobj" and prep.lower_ in {"in", "during", "by", "over"} and \
        lem(verb) in _TELL_VERBS and verb.pos_ == "VERB" and not negated(verb) and \
        not irrealis(verb, 2) and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON"
                                      for c in verb.children)


def _by_call(verb: Token) -> bool:
    """Whether ``verb`` is done by phone or video ("spoke by phone", "talked over video")."""
    for child in verb.children:
        if child.lower_ in {"by", "over", "via"} and any(
                lem(g) in _CALL_MEANS for g in child.children):
            return True
        if lem(child) in _CALL_MEANS and child.dep_ in {"npadvmod", "advmod", "dobj"}:
            return True
    return False


#: "the two leaders", "both ministers": the subject of a meeting that names no one.
_PAIR_PEOPLE = {"leaders", "men", "women", "presidents", "ministers", "officials", "envoys",
                "advisers", "advisors", "secretaries", "counterparts", "heads"}


def _two_people_before(doc: Doc, sent: Span, subj_idx: set[int]) -> list[Mention]:
    """The last two people named before "the two leaders" (or "both ministers") when
    that is the subject: in the sentence before ("... The two leaders met"), or earlier in
    this one ("Roe discussed it with Doe when the two leaders met"); none for any other
    subject."""
    heads = [doc[i] for i in subj_idx if doc[i].lower_ in _PAIR_PEOPLE]
    if not heads or not any(c.lower_ in {"two", "both"} for c in heads[0].children):
        return []
    return last_two(doc, min(subj_idx), T.PERSON)


#: Plural nouns for firms a sentence refers back to: "the two companies", "both operators".
_FIRM_PLURALS = {"company": {T.COMPANY, T.TELCO}, "firm": {T.COMPANY, T.TELCO},
                 "operator": {T.TELCO}, "carrier": {T.TELCO}, "telco": {T.TELCO}}


def _two_firms(doc: Doc, tokens: list[Token], before: int) -> list[Mention]:
    """The two firms an article is about, when ``tokens`` say "the two companies" or "both
    operators": of the firms named before ``before``, the two named most often (none when
    no two stand out, as when three are named once each)."""
    noun = next((t for t in tokens if t.tag_ == "NNS" and lem(t) in _FIRM_PLURALS and any(
        c.lower_ in {"two", "both"} for c in t.children)), None)
    if noun is None:
        return []
    kinds = _FIRM_PLURALS[lem(noun)]
    # the two the article is about: named most often before, the later named on a tie
    counts: dict[str, list[Mention]] = {}
    for m in doc._.pg_mentions or []:
        if m.start < before and m.type in kinds:
            counts.setdefault(m.key, []).append(m)
    ranked = sorted(counts.values(), key=lambda ms: (len(ms), ms[-1].start), reverse=True)
    if len(ranked) < 2 or len(ranked) > 2 and len(ranked[1]) == len(ranked[2]) == 1:
        return []  # no two stand out
    return sorted((ms[0] for ms in ranked[:2]), key=lambda m: m.start)


#: Who a meeting "of" them is named by: "a conference of trade ministers".
_GATHERED = {"minister", "leader", "official", "head", "member", "delegate", "envoy",
             "governor", "chief", "mayor", "lawmaker", "regulator", "ambassador"}


def _of_whom(trig: Token, mentions: list[Mention]) -> str:
    """"of the bloc's trade ministers" after a bare meeting noun: the people or the
    body the meeting gathers, as a name for it ("" when it gathers nothing of the kind)."""
    of = next((c for c in trig.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    named = next((m for m in mentions if obj is not None and m.start <= obj.i < m.end), None)
    if named is not None and named.end < len(trig.doc) and \
            trig.doc[named.end].text in {"'s", "’s"}:
        obj = next((t for t in trig.doc[named.end + 1 : named.end + 4] if t.pos_ == "NOUN"
                    and t.dep_ not in {"compound", "amod"}), obj)  # "... 's trade ministers"
    if of is None or obj is None or lem(obj) not in _GATHERED:
        return ""  # (a body's meeting is named after the body: see extract_meetings)
    doc = trig.doc
    after = named.end if named is not None else obj.i + 1  # past "the Acme Council of Peru"
    last = max(obj.right_edge.i, *(t.right_edge.i for t in doc[after : after + 3]))
    end = next((t.i for t in doc[after : last + 1] if t.text in {",", ";"} or t.pos_ == "ADP"),
               last + 1)
    return doc[of.i : end].text if end - of.i <= 8 else ""


#: Moments of a meeting at which something is done: "at the opening of the summit".
_MOMENTS = {"opening", "start", "close", "end", "conclusion", "launch"}


def _at_its_opening(trig: Token) -> Token | None:
    """The verb done "at the opening (or close) of" the meeting ``trig``: "adopted the pact
    at the opening of the two-day summit" (however the parser hung "at" on the words before).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Peru signed it at the opening of the summit.")
    >>> _at_its_opening(doc[8]).text
    'signed'
    """
    moment = trig.head.head if trig.dep_ == "pobj" and trig.head.lower_ == "of" else None
    if moment is None or moment.lower_ not in _MOMENTS or moment.dep_ != "pobj" or \
            moment.head.lower_ not in {"at", "during"}:
        return None
    up = moment.head.head
    for _ in range(3):
        if up.pos_ in {"VERB", "AUX"}:
            return up
        if up.head.i == up.i:
            break
        up = up.head
    return None


def _record_for(doc: Doc, sent: Span, trig: Token, mentions: list[Mention],
                ref_date: object, gaz: Gazetteer,
                antecedent: Mention | None = None) -> MeetingRecord:
    rec = MeetingRecord()
    ev = _evidence(sent, "meetings.mention", 0.8)
    np_start = min([trig.i] + [t.left_edge.i for t in trig.children
                               if t.dep_ in {"compound", "amod", "nummod", "det", "npadvmod",
                                             "nmod", "poss"} and t.i < trig.i])
    phrase = doc[np_start : trig.i + 1]
    if trig.pos_ != "VERB":
        name = re.sub(r"^(?:the|a|an|this|that|its|their|his|her|our)\s+", "", phrase.text,
                      flags=re.I)
        name = re.sub(r"^\w+-(?:day|hour|week)\s+", "", name)  # "four-day": its duration
        if _first_in_a_while(doc, trig, 1):
            name = re.sub(r"^first\s+", "", name, flags=re.I)  # "first meeting in a year"
        rec.names.append(name)
        of_whom = _of_whom(trig, mentions)
        if of_whom and name.lower() in MEETING_NOUNS:
            rec.names.append(f"{name} {of_whom}")  # "a conference of the bloc's ministers"
    elif lem(trig) in _HEARD:
        rec.names.append("briefing" if lem(trig) == "brief" else "hearing")
    elif lem(trig) == "summon":
        # the envoy answers in person where summoned; the one who summons leads
        rec.names.append("summons")
        rec.mode = ("in person", _evidence(sent, "meetings.mode.summons", 0.7))
    for m in mentions:
        # "the South Korea-US meeting", "the U.S.-EU council": the parties named in the
        # meeting's own name (a body that is the meeting's name is not a party)
        if np_start <= m.start and m.end <= trig.i and m.kind != "capital" and (
                m.type is T.COUNTRY or m.type in ACTORS and m.kind in {"name", "acronym"}):
            rec.participants[m.key] = ev
    base = trig  # "held a third round of talks": the round is what was held
    if trig.dep_ == "pobj" and trig.head.lower_ == "of" and lem(trig.head.head) in _ROUNDS:
        base = trig.head.head
    holder = base.head if base.dep_ in {"dobj", "nsubjpass", "pobj"} else trig
    hosted = trig.dep_ == "pobj" and (trig.head.lower_ in {"for", "at"} and lem(
        trig.head.head) in {"host", "welcome", "receive", "join"} or trig.head.lower_ == "to"
        and lem(trig.head.head) in {"invite", "summon"})  # "invited Doe to talks on May 3"
    if hosted:
        holder = trig.head.head  # "Roe hosted Doe at the embassy for the first meeting"
    # "Chile took part in the summit", "Peru participated in the talks": they take part
    took_part = trig.dep_ == "pobj" and trig.head.lower_ == "in" and (
        lem(trig.head.head) == "participate" or lem(trig.head.head) == "take" and any(
            c.lower_ == "part" for c in trig.head.head.children))
    if took_part:
        holder = trig.head.head
    # "speaking to party chiefs by video conference": the verb done by the meeting
    by_means = trig.dep_ == "pobj" and trig.head.lower_ in {"by", "via", "over"} and \
        trig.head.head.pos_ == "VERB" and not negated(trig.head.head)
    if by_means:
        holder = trig.head.head
    elif lem(trig) == "call" and _told_in_call(trig):
        # "Roe informed Doe of the decision in a phone call": the telling verb's people
        by_means = True
        holder = next(a for a in trig.head.ancestors if a.pos_ in {"VERB", "AUX"})
    if trig.pos_ == "VERB" or lem(holder) in _HOLD or by_means or hosted or took_part:
        clause = holder
        if holder.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"}
                                             for c in holder.children):
            clause = holder.head  # "She met X and held talks with Y": her talks, too
        if holder.i >= 2 and doc[holder.i - 1].text == "-" and doc[holder.i - 2].lower_ == "co":
            clause = doc[holder.i - 2]  # "A and B will co-host": the parser's subject is "co"'s
        subj_idx = {x.i for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}
                    for x in c.subtree}
        if (by_means or clause.tag_ == "VBG") and not subj_idx and clause.dep_ == "advcl":
            # "Roe set out the plan on July 1, speaking to ... by video", "Peru reached a
            # deal, ending the fifth round of talks": the main clause's
            subj_idx = {x.i for c in clause.head.children if c.dep_ == "nsubj" for x in c.subtree}
        group = [c for c in clause.children if c.dep_ == "nsubj" and lem(c) in GROUP_NOUNS]
        if group and not any(m.start in subj_idx for m in mentions):
            # "Five new members took part in the talks: Peru, Chile, ...": the list
            listed = listed_after_colon(doc, clause.i, sent.end)
            subj_idx |= {m.start for m in listed}
            mentions = [*mentions, *(m for m in listed if m not in mentions)]
        planner = clause
        while not subj_idx and planner.dep_ in {"xcomp", "acomp"} and _planned(clause) \
                and _dated(sent):
            # "Roe and Doe are expected to hold a summit", "Roe is due to meet Doe": the
            # subject of "expected", of "is"
            planner = planner.head
            subj_idx = {x.i for c in planner.children if c.dep_ in {"nsubj", "nsubjpass"}
                        for x in c.subtree}
        if holder.dep_ == "relcl" and any(doc[i].lower_ in {"who", "which", "that"}
                                          for i in subj_idx):
            # "Roe, who met the president in May, ...": the noun the clause describes
            subj_idx = {holder.head.i, *(c.i for c in holder.head.children
                                         if c.dep_ == "compound")}
        obj_idx = {x.i for c in holder.children if c.dep_ in {"dobj"} and (
            trig.pos_ == "VERB" or hosted or by_means) for x in c.subtree}
        if by_means:
            obj_idx |= {x.i for c in holder.children if c.lower_ in {"to", "with"}
                        for x in c.subtree}
        if lem(trig) in _RECEIVE and obj_idx:
            # "hosted A, B and C at ...": the parser may hang B and C on the verb
            for t in doc[max(obj_idx) + 1 : sent.end]:
                if t.pos_ in {"VERB", "AUX", "ADP", "SCONJ"} or t.is_punct and t.text != ",":
                    if t.lower_ in {"at", "in"} and any(
                            x.ent_type_ in {"GPE", "FAC", "LOC"} for x in doc[t.i + 1 : t.i + 4]):
                        rec.mode = ("in person", _evidence(sent, "meetings.mode", 0.7))
                    break
                obj_idx.add(t.i)
        if clause is not trig and negated(clause):
            subj_idx, obj_idx = set(), set()  # "Roe did not chair the talks": not by her
        if trig.pos_ == "VERB":  # "met with X", "sat down with X"
            preps = [c for c in trig.children if c.lower_ == "with" or c.lower_ == "to"
                     and lem(trig) in {"speak", "talk"}]
            preps += [g for c in trig.children if c.lower_ == "down" for g in c.children
                      if g.lower_ == "with"]
            obj_idx |= {x.i for p in preps for x in p.subtree}
        met = trig.pos_ == "VERB"
        pronoun = min((i for i in subj_idx if doc[i].lower_ in {"he", "she"}), default=None)
        if pronoun is not None:
            # "Roe flew to Lima, where she met ...": the person named before her in the
            # sentence; "She met the premier on Friday": the one the last sentences were about
            before = [m for m in mentions if m.type is T.PERSON and sent.start <= m.start
                      and m.end <= pronoun]
            antecedent = before[-1] if before else antecedent
        if antecedent is not None and pronoun is not None:
            rec.leaders[antecedent.key] = _evidence(sent, "meetings.met.pronoun", 0.6)
        if (met or lem(clause) in _HOLD) and not any(
                i in subj_idx for m in mentions for i in range(m.start, m.end)):
            # "The two leaders met", "The two leaders held talks"
            pair = _two_people_before(doc, sent, subj_idx)
            for person in pair:
                # "The two leaders met in person": the last two people named before
                rec.leaders.setdefault(person.key, _evidence(sent, "meetings.met.pair", 0.6))
            if pair and not dates_in(sent):
                # the day of the sentence's own verb, not of a clause on another event ("at
                # the summit, which opened on Monday")
                earlier = [e for e in dates_in(doc[pair[0].span(doc).sent.start : sent.start])
                           if not _in_clause(doc[_governor(e.root)])]
                value = resolve_date(earlier[-1].text, ref_date) if earlier else None  # type: ignore[arg-type]
                if value and value[1] == "date":  # the day of the sentence that named them
                    rec.date = (value[0], _evidence(sent, "meetings.date.pair", 0.6))
        for m in mentions:
            if not (m.start in subj_idx or m.start in obj_idx) or _posting(doc, m) or (
                    doc[m.end - 1].dep_ == "pobj" and doc[m.end - 1].head.lower_ in {"at", "in"}):
                continue  # "with Biden at the White House": where, not who
            first = doc[m.end - 1]
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            # "Lima and Quito will host talks": the capitals are the states; not "officials
            # from Lima and Quito met"
            metonym = m.kind == "capital" and m.start in subj_idx and \
                first.dep_ in {"nsubj", "nsubjpass"}
            if m.type in ACTORS and (m.kind != "capital" or metonym) and (
                    met or m.kind != "demonym" or _of_people(doc, m)):
                rec.participants[m.key] = ev
            elif m.type is T.PERSON and m.start in subj_idx and (lem(clause) in _ATTEND
                                                                or took_part):
                # "Roe will attend the summit": she takes part, she does not lead it
                rec.attendees[m.key] = _evidence(sent, "meetings.attended", 0.7)
            elif m.type is T.PERSON and (m.start in subj_idx or m.start in obj_idx
                                         and lem(trig) != "summon"):
                rec.leaders[m.key] = _evidence(sent, "meetings.met", 0.75)
        if lem(trig) in _HEARD:
            # the witness or the briefer takes part, the body leads: "Roe testified before
            # the Committee"; its chair, named elsewhere, leads it
            for key, evidence in list(rec.leaders.items()):
                rec.attendees.setdefault(key, evidence)
                del rec.leaders[key]
            body = _heard_by(trig)
            for m in mentions:
                if body is not None and m.start <= body.i < m.end and m.type in ACTORS:
                    rec.participants[m.key] = ev
        if met and any(c.dep_ == "prep" and c.lower_ in {"in", "at"} and not any(
                lem(g) in MEETING_NOUNS | {"call", "format", "session"} for g in c.children)
                for c in trig.children):  # "met in Lima", not "met in a video meeting"
            rec.mode = ("in person", _evidence(sent, "meetings.mode", 0.7))
    if rec.mode is None:
        # "held a meeting in Tokyo": a meeting at a place met in person
        for t in doc[trig.i + 1 : min(trig.i + 11, sent.end)]:
            if t.text in {";", ","} or t.pos_ == "VERB":
                break  # the meeting's own phrase only
            k = t.i + 2 if t.i + 2 < sent.end and doc[t.i + 1].lower_ in {"its", "their"} \
                else t.i + 1  # "at its London office"
            if t.lower_ in {"in", "at"} and k < sent.end and (
                    doc[k].ent_type_ in {"GPE", "FAC", "LOC"} or _at_premises(doc, k, sent.end)):
                rec.mode = ("in person", _evidence(sent, "meetings.mode", 0.65))
                if t.lower_ == "in" and k == t.i + 1 and doc[k].ent_type_ == "GPE":
                    end = k + 1
                    while end < sent.end and doc[end].ent_type_ == "GPE" and \
                            doc[end].ent_iob_ == "I":
                        end += 1
                    rec.place = doc[k:end].text  # "a meeting in Lima"
                break
    own_phrase = {t.i for t in trig.subtree} | {c.i for c in trig.head.children}
    if rec.mode is None and trig.dep_ == "dobj" and lem(trig.head) in _HOLD and any(
            t.lower_ in {"in", "at"} and t.i in own_phrase and any(
                g.dep_ == "pobj" and g.ent_type_ in {"GPE", "FAC"} for g in t.children)
            for t in doc[trig.i + 1 : min(trig.i + 14, sent.end)]):
        # "held the first meeting of their council in Brussels on Tuesday"
        rec.mode = ("in person", _evidence(sent, "meetings.mode", 0.65))
    # "After talks ..., Roe and Doe signed": the parser may make "talks" a subject
    after_mark = trig.dep_ == "nsubj" and trig.i > sent.start and \
        doc[trig.i - 1].lower_ in {"after", "following"} and doc[trig.i - 1].dep_ == "mark"
    with_partner = trig.pos_ != "VERB" and any(c.lower_ == "with" for c in trig.children)
    at_meeting = trig.dep_ == "pobj" and trig.head.head.pos_ in {"VERB", "AUX"} and (
        trig.head.lower_ in {"at", "during"} or trig.head.lower_ in {"after", "following"}
        and (lem(trig.head.head) not in SPEECH or with_partner))
    # ("Roe said after the talks": not hers; "Roe said after talks with Doe": hers)
    at_its_opening = _at_its_opening(trig)
    if (after_mark or at_meeting or at_its_opening is not None) and not any(
            c.lower_ in {"press", "news", "media"} for c in trig.children):
        # "At the summit, Roe and Doe agreed ...", "After talks, Roe and Doe signed ...":
        # who acts at (or right after) a meeting took part in it
        verb = trig.head if after_mark else at_its_opening or trig.head.head
        while (verb.dep_ in {"xcomp", "acomp", "conj"} or verb.dep_ == "advcl"
               and verb.tag_ in {"VBG", "VBN"}) and verb.head.i != verb.i and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            # "Acme is expected to explain the rules at a workshop"; "Roe and Doe launched a
            # plan and pledged money at the summit", "Roe signed it, committing Peru to
            # ... at a summit": the first verb's subject
            verb = verb.head
        # "was launched by Roe and Doe at a summit": the agent acted there too
        inside = {x.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "agent"}
                  and c.i != trig.i for x in c.subtree}
        pronoun = next((i for i in inside if doc[i].lower_ in {"he", "she"}), None)
        if with_partner and pronoun is not None:
            # "Roe said she would ..., after talks with Doe": the person named before "she"
            before = [m for m in mentions if m.type is T.PERSON and sent.start <= m.start
                      and m.end <= pronoun]
            if before:
                rec.leaders.setdefault(before[-1].key,
                                       _evidence(sent, "meetings.atMeeting", 0.65))
        acting = {"nsubj", "nsubjpass", "conj", "appos"}
        for m in mentions:
            root = doc[m.end - 1]
            if m.start not in inside or not (root.dep_ in acting or (
                    _of_people(doc, m) and lem(verb) not in SPEECH) or (
                    root.dep_ == "pobj" and root.head.lower_ == "of"
                    and root.head.head.dep_ in acting)
                    or root.dep_ == "pobj" and root.head.dep_ == "agent"
                    or m.end < sent.end and doc[m.end].lower_ == "and"):  # "Roe and Doe", misparsed
                continue  # "Britain's ban was agreed at a meeting": not Britain's meeting
            if m.type is T.PERSON and (lem(verb) in _PRESENT or at_its_opening is not None):
                # "Roe and Doe are expected at the summit", "Roe spoke at the opening of
                # the conference": there, not leading it
                rec.attendees.setdefault(m.key, _evidence(sent, "meetings.atMeeting", 0.65))
            elif m.type is T.PERSON:
                rec.leaders.setdefault(m.key, _evidence(sent, "meetings.atMeeting", 0.7))
            elif m.type in ACTORS and m.kind not in {"capital", "demonym"} and not (
                    doc[m.end - 1].dep_ == "compound" and not (
                        _of_people(doc, m) and lem(verb) not in SPEECH)):
                # "European Council President Michel" is a person's; "EU ambassadors" the EU's
                rec.participants.setdefault(m.key, ev)
    if lem(trig) == "visit" and trig.pos_ == "NOUN":
        _visitors(doc, sent, trig, mentions, rec, gaz)
    for clause in (c for c in trig.children if c.dep_ == "relcl" and lem(c) in _HOSTED
                   and not negated(c)) if trig.pos_ in {"NOUN", "PROPN"} else ():
        # "the briefing, which Roe chaired": she led it
        chairs = {x.i for c in clause.children if c.dep_ == "nsubj" for x in c.subtree}
        for m in mentions:
            if m.type is T.PERSON and m.start in chairs:
                rec.leaders.setdefault(m.key, _evidence(sent, "meetings.chairedBy", 0.75))
    their = next((c for c in trig.children if c.dep_ == "poss" and c.lower_ == "their"),
                 None) if trig.pos_ in {"NOUN", "PROPN"} else None
    theirs = {m.key: m for m in mentions if m.type is T.PERSON and sent.start <= m.start
              and m.end <= their.i} if their is not None else {}
    if len(theirs) == 2 and all(doc[m.end - 1].dep_ in {"nsubj", "conj"}
                                for m in theirs.values()):
        # "Roe and Doe agreed ..., the main results of their first meeting": theirs
        for key in theirs:
            rec.leaders.setdefault(key, _evidence(sent, "meetings.their", 0.65))
    his = next((c for c in trig.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}),
               None) if trig.pos_ in {"NOUN", "PROPN"} else None
    if his is not None:
        # "Roe flew to Lima; a communique after his talks with President Doe": the
        # person named last before it in the sentence
        before = [m for m in mentions if m.type is T.PERSON and sent.start <= m.start
                  and m.end <= his.i]
        if before:
            rec.leaders.setdefault(before[-1].key, _evidence(sent, "meetings.his", 0.65))
    # "talks with the Ruritanian Deputy Minister for ..., Jane Roe": the whole phrase
    holders = [trig] + ([trig.head] if trig.dep_ == "dobj" else [])  # "held talks with"
    for prep in (c for h in holders for c in h.children if c.lower_ in {"with", "between"}):
        inside = {t.i for t in prep.subtree}
        for t in doc[prep.i + 1 : min(prep.i + 25, sent.end)]:  # a long title the parser split
            if t.pos_ in {"VERB", "AUX", "SCONJ"} or t.lower_ in {"who", "which", ";", "when"} \
                    or t.lower_ in {"and", "but"} and doc[t.i - 1].text == ",":
                break
            inside.add(t.i)
        for m in mentions:
            if m.start in inside and m.type is T.PERSON:
                rec.leaders.setdefault(m.key, _evidence(sent, "meetings.talksWith", 0.7))
            elif m.start in inside and m.type in ACTORS and m.kind not in {"capital", "demonym"}:
                rec.participants.setdefault(m.key, ev)
        for firm in _two_firms(doc, [doc[i] for i in sorted(inside)], sent.start):
            # "held its final hearing with the two companies": the two the article is about
            rec.participants.setdefault(firm.key, _evidence(sent, "meetings.twoFirms", 0.6))
    if trig.pos_ in {"NOUN", "PROPN"} and not (any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in trig.children)
            and not any(c.lower_ == "of" or ordinal(c.text) for c in trig.children)):
        # (not "The two-day meeting, chaired by Roe": a meeting named before, whose
        # chair the sentence's details give)
        _hosts_and_members(doc, trig, mentions, rec, sent)
    after = doc[trig.i + 1 : min(trig.i + 10, sent.end)]
    stop = next((t.i for t in after if t.pos_ in {"VERB", "AUX"} or t.text == ","), after.end)
    after = doc[after.start : stop]  # "talks with Ruritania stalled, Roe ...": not Roe's
    words = [t.lower_ for t in after]
    # "a meeting in Lima on Dec. 9 between Roe and ...": past where and when
    late = next((k for k, t in enumerate(after) if t.lower_ == "between" and all(
        x.pos_ in {"ADP", "PROPN", "NUM", "DET"} or x.text == "." for x in after[:k])), None)
    if late:
        after = after[late:]
        words = words[late:]
    if words[:1] in (["between"], ["with"]) or (trig.pos_ == "VERB" and words[:1] == ["with"]):
        for m in mentions:
            if after.start < m.start < after.end and m.type in ACTORS and m.kind != "capital":
                rec.participants[m.key] = ev
            elif after.start < m.start < after.end and m.type is T.PERSON:
                rec.leaders[m.key] = _evidence(sent, "meetings.talksWith", 0.7)
    for t in doc[max(np_start - 2, sent.start) : trig.i]:  # the parser may detach "13th"
        n = ordinal(t.text)
        if n and _first_in_a_while(doc, trig, n):
            break  # "their first meeting in a year": no count of a series
        if n and rec.ordinal is None:
            rec.ordinal = (n, _evidence(sent, "meetings.ordinal", 0.85))
    # "..., the third round of the dialogue"
    for t in sent:
        if t.lower_ in {"round", "edition", "session", "meeting", "call"} and t.i > 0 and \
                abs(t.i - trig.i) <= 12 and rec.ordinal is None:
            n = ordinal(sent.doc[t.i - 1].text)
            if n:
                rec.ordinal = (n, _evidence(sent, "meetings.ordinal", 0.75))
    # a date across "after", "before", "since" belongs to another event: "met ... four
    # months after the Department unveiled controls on Oct. 7" (the day is the other
    # event's); not when the day comes first ("On May 3, right after the ceremony, they met")
    dates = [e for e in dates_in(sent) if not any(
        t.lower_ in _OTHER_EVENT and t.i < e.start
        and not (t.head.i == trig.i and lem(trig) in _HEARD)  # "testified before the Senate"
        for t in doc[min(e.end, trig.i + 1) : max(e.start, trig.i)])]
    # a day attached to this meeting's own verb first: in "met X on Friday and held talks
    # with Y on Saturday" the talks were on Saturday, though Friday is nearer
    own = {trig.i, holder.i, *(c.i for c in trig.children if c.pos_ == "VERB")}
    # "Roe, sworn in on Monday, met them": the day of a clause on a participant is not
    # the meeting's
    dates = [e for e in dates if not _aside_before(doc[_governor(e.root)], trig, own)
             and not _other_clause(doc[_governor(e.root)], trig, own)
             # "Monday's vote came out of the talks": the vote's day
             and not (e.root.dep_ == "poss" and e.root.head.i != trig.i)
             # "took part in the talks but did not sign on Thursday": a day of no act
             and not (_governor(e.root) not in own and doc[_governor(e.root)].pos_ == "VERB"
                      and negated(doc[_governor(e.root)], 1))]
    if trig.dep_ == "pobj" and trig.head.lower_ in {"after", "following", "before"} and \
            _DAYS.search(doc[trig.left_edge.i : trig.i + 1].text):
        # "passed the bill on Wednesday after a two-day debate": the day is the bill's, not
        # the first of the days before it (unlike "on Monday after talks with Roe")
        inside = {t.i for t in trig.subtree}
        dates = [e for e in dates if e.start in inside]
    dates.sort(key=lambda e: (_governor(e.root) not in own, abs(e.start - trig.i)))
    for best in dates:
        verb = doc[_governor(best.root)]
        ahead = _ahead(verb) and not _under_way(
            sent.text, best.text, ref_date if isinstance(ref_date, date) else None)
        value = resolve_date(best.text, ref_date,  # type: ignore[arg-type]
                             ahead=ahead, context=sent.text)
        shift = _DAY_AFTER.get(best.text.lower().removeprefix("the ").strip())
        if shift is not None:
            # "arrived on Monday and held talks the next day": a day from the
            # other day of the sentence
            other = [resolve_date(e.text, ref_date, context=sent.text)  # type: ignore[arg-type]
                     for e in dates if e is not best]
            other_day = next((v[0] for v in other if v and v[1] == "date"), None)
            value = ((date.fromisoformat(other_day) + timedelta(days=shift)).isoformat(),
                     "date") if other_day else None
        if value and value[1] == "date" and not _fits_tense(
                doc, trig, value[0], ref_date):  # type: ignore[arg-type]
            continue  # "announced at the close of the summit" is not dated after the article
        if value and value[1] == "date" and rec.month and value[0][:7] != rec.month:
            continue  # "met Doe in May last year", said on Thursday: not Thursday's
        if value and value[1] == "date":  # the nearest day, not "almost four months"
            span = _day_span(best.text) or _day_span(doc[max(best.start - 3, sent.start) :
                                                         best.end].text)
            if span and span[0] < span[1] == int(value[0][8:]):
                # "on 27 and 28 August": the NER dated the last day; the meeting opens first
                value = (f"{value[0][:8]}{span[0]:02d}", value[1])
            rec.date = (value[0], _evidence(sent, "meetings.date", 0.8))
            rec.later = bool(_LATER.search(doc[max(best.start - 2, sent.start) : best.end].text))
            # "ended a two-day conference on Friday", "at the close of the summit"
            rec.ends = lem(verb) in _ENDING or trig.head.lower_ == "of" and \
                lem(trig.head.head) in _ENDING | {"conclusion"}
            break
        if value and value[1] == "gYearMonth" and rec.month is None:
            rec.month = value[0]  # "held a conference in May last year"
            if trig.pos_ in {"NOUN", "PROPN"} and best.start in {t.i for t in trig.subtree}:
                break  # "the summit in Bali in November": its own month, no other day
    rec.offset = _days_apart(doc, trig, sent)
    if rec.date is None:
        # "Today, Roe hosted Doe ...": a day word the NER did not tag, on the meeting's verb
        day = next((t for t in sent if t.lower_ in {"today", "yesterday"} and
                    t.dep_ == "npadvmod" and t.head.i in own), None)
        value = resolve_date(day.text, ref_date) if day is not None else None  # type: ignore[arg-type]
        if value and value[1] == "date":
            rec.date = (value[0], _evidence(sent, "meetings.date", 0.7))
    return rec


#: A day told as after or before another event of it: "later on Friday", "earlier that day".
_LATER = re.compile(r"\b(?:later|earlier)\b", re.IGNORECASE)


#: Verbs by which someone hosts or chairs a meeting the clause describes.
_HOSTED = {"host", "chair", "co-chair", "cochair", "organise", "organize", "convene", "open",
           "inaugurate", "preside"}


def _hosts_and_members(doc: Doc, trig: Token, mentions: list[Mention], rec: MeetingRecord,
                       sent: Span) -> None:
    """A meeting's own phrase names who held it: "a summit of the NATO allies" (the
    alliance takes part), "a meeting of Roe and Doe" (they lead it), "..., hosted by
    President Roe and Prime Minister Doe" (they lead it, their states take part).
    """
    of = [c for c in trig.children if c.dep_ == "prep" and c.lower_ == "of"]
    for prep in of:
        # the object of "of" and those joined to it, not "talks of a ban on Acme"
        heads = [c for c in prep.children if c.dep_ == "pobj"]
        while heads and len(heads) < 12:
            more = [c for h in heads for c in h.children if c.dep_ == "conj" and c not in heads]
            if not more:
                break
            heads += more
        inside = {t.i for h in heads for t in [h, *(c for c in h.children
                                                     if c.dep_ in {"compound", "poss"})]}
        for m in mentions:
            if not m.surface[:1].isupper() or not any(i in inside for i in range(m.start, m.end)):
                continue  # "a meeting of the group": a word referring back, not a name
            if m.type in {T.ORGANIZATION, T.GOVERNMENT_BODY} and m.kind != "capital":
                # a body's meeting ("of the National Security Council"); a state after "of"
                # is as often the meeting's place or subject as a party to it
                rec.participants.setdefault(m.key, _evidence(sent, "meetings.of", 0.7))
            elif m.type is T.PERSON:
                rec.leaders.setdefault(m.key, _evidence(sent, "meetings.of", 0.7))
    hosted = [c for c in trig.children if c.dep_ == "acl" and lem(c) in _HOSTED]
    # "at a summit of the allies, hosted by Roe": the parser may hang the participle on the
    # main verb; it still tells of the meeting named last before it
    hosted += [t for t in doc[trig.i + 1 : sent.end] if lem(t) in _HOSTED and (
                   t.tag_ == "VBN" or t.tag_ == "VBD" and any(c.dep_ == "agent"
                                                              for c in t.children))
               and t.dep_ in {"advcl", "acl"} and doc[t.i - 1].text == ","
               and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
               and not any(lem(x) in MEETING_NOUNS for x in doc[trig.i + 1 : t.i])]
    # "..., opened by Roe and attended by ministers of Peru and Chile": who came
    attended = [c for v in hosted for c in v.children if c.dep_ == "conj" and
                lem(c) == "attend" and c.tag_ == "VBN"]
    for verb in (v for v in [*hosted, *attended] if not negated(v)):
        agents = {t.i for c in verb.children if c.dep_ == "agent" for t in c.subtree}
        came = lem(verb) == "attend"
        if came and agents:  # "..., among them Peru and Chile": wherever the parser hangs
            # them, up to the sentence's end or a new clause
            k = min(agents)
            while k < sent.end and doc[k].text != ";" and not (
                    doc[k].pos_ == "VERB" and any(c.dep_ == "nsubj" for c in doc[k].children)):
                agents.add(k)
                k += 1
        for m in mentions:
            if m.start not in agents:
                continue
            if m.type is T.PERSON and came:
                rec.attendees.setdefault(m.key, _evidence(sent, "meetings.attendedBy", 0.7))
            elif m.type is T.PERSON:
                rec.leaders.setdefault(m.key, _evidence(sent, "meetings.hostedBy", 0.75))
            elif m.type in ACTORS and m.kind != "capital":
                rule = "meetings.attendedBy" if came else "meetings.hostedBy"
                rec.participants.setdefault(m.key, _evidence(sent, rule, 0.75))


_TOPICS = re.compile(
    r"\b(?:topics|issues|areas|matters|subjects|agenda items)\b[^.;:]{0,40}?,?\s+"
    r"(?:including|such as|ranging from|from)\s+(.+?)(?:[.;]|$)", re.I)


#: "..., covering trade, consular cases and visas": what a meeting took up.
_COVERING = re.compile(r",\s+(?:covering|focusing on|focused on)\s+([a-z][^.;:]+?)(?:[.;]|$)")


def _topics(text: str) -> list[str]:
    """The listed topics of a meeting sentence, one per item.

    >>> _topics("talks on several topics, including trade, energy and chips.")
    ['trade', 'energy', 'chips']
    >>> _topics("held the annual meeting on June 17, covering trade, consular cases and visas.")
    ['trade', 'consular cases', 'visas']
    """
    m = _TOPICS.search(text) or _COVERING.search(text)
    if not m:
        return []
    items = re.split(r",\s*(?:and\s+)?|\s+and\s+(?=[a-z])", m.group(1))
    return [i.strip(" ,") for i in items if 2 < len(i.strip(" ,")) < 120]


def _discussed_topics(sent: Span, mentions: list[Mention]) -> list[str]:
    """What "the leaders discussed" when it is a list of common nouns, not a named policy:
    "also discussed security, trade and investment, and governance reforms". Commas part
    the items; "and" parts only the last two ("trade and investment" stays one)."""
    words = doc_words(sent.doc)
    for i in range(sent.start, sent.end):
        if words[i][0] != "discuss":
            continue  # known from the lemma alone, without making the Token
        named = {k for m in mentions for k in range(m.start, m.end)}
        verb = sent.doc[i]
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or verb.pos_ != "VERB" or negated(verb) or irrealis(verb, 1):
            continue
        end = obj.right_edge.i + 1
        span = sent.doc[obj.left_edge.i : end]
        if any(t.i in named or t.is_title and t.i != span.start for t in span) or \
                span.text.count(",") < 1:
            continue
        items = [x.strip() for x in re.split(r",\s*", span.text) if x.strip()]
        last = re.split(r"^and\s+|\s+and\s+", items.pop())
        items += [x for x in last if x]
        return [x for x in items if 2 < len(x) < 60 and not x.lower().startswith(("the ", "a "))]
    return []


def _runs_until(sent: Span, first: date) -> str | None:
    """The length of a meeting that "runs until Oct. 14" (or "through", "to") from its
    first day, as ``xsd:duration`` days; None when the sentence says no such thing."""
    for e in dates_in(sent):
        before = sent.doc[e.start - 1] if e.start > sent.start else None
        closing = before is not None and before.lower_ == "on" and \
            lem(before.head) in {"close", "end", "conclude"} and before.head.dep_ == "conj"
        if before is None or not closing and (before.lower_ not in {"until", "through", "till"}
                                              or lem(before.head) not in {"run", "last",
                                                                          "continue", "go"}):
            continue  # "runs until Oct. 14"; "opened on Monday and closes on Friday"
        value = resolve_date(e.text, first, ahead=True, context=sent.text)
        if value and value[1] == "date":
            days = (date.fromisoformat(value[0]) - first).days + 1
            if 1 < days <= 60:
                return f"P{days}D"
    return None


#: Seats at a meeting a state or body holds: "with Myanmar as vice-chair".
_SEATS = {"chair", "vice-chair", "co-chair", "host", "co-host", "chairman", "president"}


def _sentence_details(sent: Span, rec: MeetingRecord, mentions: list[Mention]) -> None:
    text = sent.text
    for topic in _topics(text) or _discussed_topics(sent, mentions):
        rec.topics.setdefault(topic, _evidence(sent, "meetings.topic", 0.6))
    for pattern, mode in MODES:
        # a mode the sentence states wins over "in person" guessed from a place
        if pattern.search(text) and (rec.mode is None or rec.mode[1].confidence < 0.7
                                     and rec.mode[0] != mode):
            rec.mode = (mode, _evidence(sent, "meetings.mode", 0.8))
    m = _DURATION.search(text) or _DAYS.search(text) or _LENGTH_OF.search(text)
    if m and rec.duration is None:
        value = duration(m.group(1).replace("-", " ") + ("s" if m.re is _DAYS else ""))
        if value:
            rec.duration = (value, _evidence(sent, "meetings.duration", 0.8))
    span_days = _day_span(text) if rec.duration is None and rec.date else None
    if span_days and 1 <= span_days[1] - span_days[0] <= 13 and \
            rec.date is not None and int(rec.date[0][8:]) == span_days[0]:
        # "on Nov. 15 and 16", "from 3 to 5 June": the days from the first to the last
        days = span_days[1] - span_days[0] + 1
        rec.duration = (f"P{days}D", _evidence(sent, "meetings.duration.days", 0.75))
    weekdays = _WEEKDAY_SPAN.search(text) if rec.duration is None and rec.date else None
    if weekdays and rec.date is not None:
        # "on Monday and Tuesday", "from Monday to Wednesday": the meeting's first day
        # is the first named
        first, last_day = (_WEEKDAYS.index(w.lower()) for w in weekdays.groups())
        if 1 <= last_day - first <= 5 and date.fromisoformat(rec.date[0]).weekday() == first:
            rec.duration = (f"P{last_day - first + 1}D",
                            _evidence(sent, "meetings.duration.days", 0.7))
    if rec.duration is None and rec.date is not None:
        last = _runs_until(sent, date.fromisoformat(rec.date[0]))
        if last is not None:
            rec.duration = (last, _evidence(sent, "meetings.duration.until", 0.7))
    words = doc_words(sent.doc)
    for i in range(sent.start, sent.end):
        if words[i][0] not in _GATHER:
            continue
        verb = sent.doc[i]
        if verb.pos_ != "VERB" or negated(verb) or lem(verb) == "bring" and not any(
                c.lower_ == "together" for c in verb.children):
            continue  # "brings together the leaders of A, B and C": all of them take part
        inside = {t.i for c in verb.children if c.dep_ in {"dobj", "prep", "dative"}
                  for t in c.subtree}
        for p in mentions:
            if p.start in inside and p.type in ACTORS and p.kind not in {"capital", "demonym"}:
                rec.participants.setdefault(p.key, _evidence(sent, "meetings.gathered", 0.7))
    for p in mentions:
        # "with Myanmar as vice-chair", "Peru, as host,": a state in the chair takes part
        after = sent.doc[p.end : min(p.end + 4, sent.end)]
        if p.type in ACTORS and p.kind not in {"capital", "demonym"} and len(after) >= 2 and \
                after[0].lower_ == "as" and any(t.lemma_.lower() in _SEATS for t in after[1:]):
            rec.participants.setdefault(p.key, _evidence(sent, "meetings.seat", 0.7))
    for i in range(sent.start, sent.end - 1):
        # "India sent three co-chairs: A, B and C", "The Commission was represented by A and
        # B": they lead it for their side, which takes part
        colon = words[i][1] in {"co-chairs", "chairs"} and words[i + 1][1] == ":"
        represented = words[i][0] == "represent" and words[i + 1][1] == "by"
        if not (colon or represented) or negated(sent.doc[i]):
            continue
        for p in mentions:
            if p.start > i and p.type is T.PERSON:
                rec.leaders.setdefault(p.key, _evidence(sent, "meetings.coChairs", 0.7))
            elif p.start < i and p.type in ACTORS and p.kind not in {"capital", "demonym"}:
                rec.participants.setdefault(p.key, _evidence(sent, "meetings.coChairs", 0.7))
    for i in range(sent.start, sent.end):
        if words[i][0] != "take" or i + 1 >= sent.end or words[i + 1][1] != "part":
            continue
        verb = sent.doc[i]
        if negated(verb) or irrealis(verb) or (i + 2 < sent.end and words[i + 2][1] == "in"):
            continue  # "took part in the Acme Pact": something else
        # "Cambodia took part along with the other nine members": in the meeting
        subj = {x.i for c in verb.children if c.dep_ == "nsubj" for x in c.subtree}
        for p in mentions:
            if p.start in subj and p.type in ACTORS and p.kind not in {"capital", "demonym"}:
                rec.participants.setdefault(p.key, _evidence(sent, "meetings.tookPart", 0.7))
    for i in range(sent.start, sent.end - 1):
        if words[i][1] == "chairmanship" and words[i + 1][1] == "of":
            # "held in Lima under the chairmanship of Peru's President Jane Roe"
            inside = {x.i for x in sent.doc[i + 1].subtree}
            for p in mentions:
                if p.type is T.PERSON and p.end - 1 in inside:
                    rec.leaders[p.key] = _evidence(sent, "meetings.ledBy", 0.8)
                elif p.type is T.COUNTRY and p.end - 1 in inside and p.kind == "name":
                    # "under the chairmanship of Chile": the chair's state takes part
                    rec.participants.setdefault(p.key, _evidence(sent, "meetings.chair", 0.7))
    for i in range(sent.start, sent.end):
        if words[i][0] not in LEAD:
            continue  # known from the lemma alone, without making the Token
        t = sent.doc[i]
        if lem(t) in {"host", "co-host"} and any(
                words[k][0] in LEAD - {"host", "co-host"} and words[k + 1][1] == "by"
                for k in range(sent.start, sent.end - 1)):
            # "chaired by Roe and hosted by Doe": Doe takes part, Roe leads
            for p in mentions:
                if t.i < p.start < min(t.i + 12, sent.end) and p.type is T.PERSON:
                    rec.attendees.setdefault(p.key, _evidence(sent, "meetings.host", 0.7))
            continue
        if lem(t) in LEAD and t.i + 1 < sent.end and sent.doc[t.i + 1].lower_ in {"by", "over"}:
            end = sent.end
            for x in sent.doc[t.i + 2 : sent.end]:
                if x.lower_ in {";", "."} or (x.pos_ == "VERB" and x.dep_ not in {"amod", "compound"}
                                            and (x.tag_ != "VBN" or lem(x) in LEAD | {"attend"}
                                                 # "chaired by Roe, and announced by Doe"
                                                 or sent.doc[x.i - 1].lower_ in {"and", ","})):
                    end = x.i  # "hosted by Roe and attended by Doe": Doe only takes part
                    if lem(x) == "attend" and x.i + 1 < sent.end and \
                            sent.doc[x.i + 1].lower_ == "by":
                        for p in mentions:
                            if p.start > x.i and p.type is T.PERSON:
                                rec.attendees.setdefault(
                                    p.key, _evidence(sent, "meetings.attended", 0.65))
                    break
            for p in mentions:
                root = sent.doc[p.end - 1]
                if t.i < p.start < end and p.type is T.PERSON and not (
                        root.dep_ in {"nsubj", "nsubjpass"} and root.head.i != t.i):
                    # not "chaired by Roe, and Doe witnessed the signing": another verb's
                    rec.leaders[p.key] = _evidence(sent, "meetings.ledBy", 0.85)
        elif t.pos_ == "VERB" and not negated(t) and not irrealis(t) and any(
                c.dep_ == "dobj" and lem(c) in MEETING_NOUNS for c in t.children):
            # "Roe led the meeting for the authority", "Doe chaired the talks"
            subj = {x.i for c in t.children if c.dep_ == "nsubj" for x in c.subtree}
            if t.dep_ == "relcl" and any(sent.doc[i].lower_ in {"who", "that"} for i in subj):
                # "Roe, a lawmaker who chairs the conference,": the one the clause is about
                noun = t.head.head if t.head.dep_ == "appos" else t.head
                subj = {noun.i}
            for p in mentions:
                if p.type is T.PERSON and any(p.start <= i < p.end for i in subj):
                    rec.leaders[p.key] = _evidence(sent, "meetings.ledBy", 0.8)


def _discussed(sent: Span, rec: MeetingRecord, mentions: list[Mention]) -> None:
    doc = sent.doc
    for p in mentions:
        if p.type is not T.POLICY:
            continue
        cues = [t for t in doc[sent.start : p.start] if lem(t) in DISCUSS or t.lower_ in DISCUSS]
        # "the Alpha Act figured large when ... held talks": the topic as subject
        cues += [t for t in doc[p.end : min(p.end + 3, sent.end)] if lem(t) in _TOPIC_VERBS]
        if not cues:
            continue
        near = [c for c in cues if -3 <= p.start - c.i <= 20
                and not any(t.lower_ in {";", "but", "while", "whereas"}
                            for t in doc[c.i : p.start])]
        if not near or any(negated(c) or irrealis(c) for c in near):
            continue
        rec.discussed.setdefault(p.key, _evidence(sent, "meetings.discussed", 0.7))
    # "The Atlantic Declaration was unveiled after the two leaders held talks": born there
    for p in mentions:
        if p.type is not T.POLICY:
            continue
        verb = doc[p.end - 1].head
        if verb.dep_ in {"nsubjpass", "dobj"}:
            verb = verb.head
        if lem(verb) in LAUNCHED and not negated(verb) and not irrealis(verb) and any(
                lem(t) in MEETING_NOUNS or lem(t) == "meet" for t in sent):
            rec.discussed.setdefault(p.key, _evidence(sent, "meetings.launched", 0.65))


#: Verbs that make a policy the subject of talks: "controls featured prominently".
_TOPIC_VERBS = {"feature", "dominate", "top", "figure"}
#: What a meeting's leaders do in a later sentence that is still about the meeting.
_RAISED = {"discuss", "raise", "brief", "address", "press", "tackle", "negotiate", "review"}


#: Verbs of taking part in a meeting someone else holds: "Roe will attend the summit".
_ATTEND = {"attend", "join"}


#: "the next meeting", "another round": a meeting other than the one last reported.
_OTHER_MEETING = {"next", "another", "following", "previous", "last", "upcoming", "future",
                  "earlier", "later", "new"}


def _is_anaphor(sent: Span) -> bool:
    words = doc_words(sent.doc)
    for i in range(sent.start, sent.end):
        lemma, lower = words[i]
        if lemma not in MEETING_NOUNS and lower not in MEETING_ANAPHORA and \
                lemma not in {"take", "represent"} and lower not in {"co-chairs", "chairs"}:
            continue  # known from the words alone, without making the Token
        t = sent.doc[i]
        if lemma == "take" and i + 2 < sent.end and words[i + 1][1] == "part" and \
                words[i + 2][1] != "in":
            return True  # "Cambodia took part along with the other members"
        if lower in {"co-chairs", "chairs"} and i + 1 < sent.end and words[i + 1][1] == ":" \
                or lemma == "represent" and i + 1 < sent.end and words[i + 1][1] == "by":
            return True  # "India sent three co-chairs: ...", "was represented by ..."
        if lem(t) in MEETING_NOUNS and t.i > 0 and (
                sent.doc[t.i - 1].lower_ in {"the", "same", "this", "that", "their"}
                or any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                       for c in t.children)):  # "The two-day meeting"
            return True
        # "the two sides", "the Chilean delegation", "Norway's side"
        if t.lower_ in MEETING_ANAPHORA and t.i > 0 and {
                x.lower_ for x in sent.doc[max(t.i - 2, sent.start) : t.i]} & {
                "two", "both", "the", "'s", "’s"}:
            return True
    return False


def _bare_definite(trig: Token) -> bool:
    """Whether ``trig`` is a meeting noun with "the", "this" or "that" and no words of
    its own that could name another meeting: "The meeting", "the gathering" (not "the
    Lima summit", "the next meeting", "the meeting of the council")."""
    if trig.pos_ != "NOUN" or lem(trig) not in MEETING_NOUNS:
        return False
    det = [c for c in trig.children if c.dep_ == "det"]
    if not det or det[0].lower_ not in {"the", "this", "that"}:
        return False
    return not any(c.dep_ not in {"det", "punct"} and c.i < trig.i or c.dep_ == "prep"
                   and c.lower_ == "of" for c in trig.children)


def _surname(name: str, country: str | None = None) -> str:
    """The family name as news writes it after first mention: "Luigi Di Maio" -> "Di Maio".

    ``country`` is the ISO code of the country the person serves; where family names
    come first, so does the surname.

    >>> _surname("Mike Pompeo"), _surname("Luigi Di Maio"), _surname("Lee Tae-ho")
    ('Pompeo', 'Di Maio', 'Lee')
    >>> _surname("Zhang Wei", "CN"), _surname("Wang Jianming"), _surname("Nguyen Van An", "VN")
    ('Zhang', 'Wang', 'An')
    >>> _surname("Ursula von der Leyen"), _surname("Anneke de Vries")
    ('von der Leyen', 'de Vries')
    """
    words = name.split()
    if len(words) >= 2 and (country in FIRST_NAME_USED or (
            country is None and len(words) == 2 and words[0] in CHINESE_FAMILY_NAMES)):
        return words[0]
    if country == "VN":
        return words[-1]  # "Nguyen Van An" is Mr. An: "Van" is a middle name, no particle
    first = len(words) - 1
    while first > 1 and words[first - 1].lower() in NAME_PARTICLES | {"di"}:
        first -= 1  # "Ursula von der Leyen" -> "von der Leyen"
    if first < len(words) - 1:
        return " ".join(words[first:])
    if len(words) == 2 and "-" in words[1]:  # Korean order: family name first
        return words[0]
    return words[-1]


def _under_way(text: str, day: str, ref: date | None) -> bool:
    """Whether "from <day> to <weekday>" in ``text`` spans the day of ``ref``: the meeting
    is under way, so "is hosting the summit from Tuesday to Thursday", said on Wednesday,
    began the day before.

    >>> _under_way("is hosting it from Tuesday to Thursday", "Tuesday", date(2024, 10, 23))
    True
    >>> _under_way("is hosting it from Thursday to Friday", "Thursday", date(2024, 10, 23))
    False
    """
    span = _WEEKDAY_SPAN.search(text)
    if ref is None or span is None or span.group(1).lower() != day.lower().removeprefix("on "):
        return False
    first, last = (_WEEKDAYS.index(w.lower()) for w in span.groups())
    return first <= ref.weekday() <= last


def _ahead(verb: Token) -> bool:
    """Whether ``verb`` tells of a time to come: "will meet", "is hosting" (the present
    progressive of a plan), "is due to meet", "are scheduled to hold"; not "was due to".

    The parser hangs "to meet" on "due" or "scheduled": the words it hangs from count.
    """
    current = verb
    for _ in range(3):
        auxes = [c for c in current.children if c.dep_ in {"aux", "auxpass"}]
        if any(c.tag_ in {"VBD", "VBN"} for c in auxes) or current.tag_ == "VBD":
            return False
        if any(lem(c) in {"will", "shall"} for c in auxes):
            return True
        if current.tag_ == "VBG" and any(c.tag_ in {"VBZ", "VBP"} for c in auxes):
            return True  # "is hosting talks on Monday"
        if lem(current) in _PLANNED and (current.tag_ in {"VBZ", "VBP"} or any(
                c.tag_ in {"VBZ", "VBP"} for c in current.children
                if c.dep_ in {"aux", "auxpass", "cop"})
                or current.dep_ == "acomp" and current.head.tag_ in {"VBZ", "VBP"}):
            return True  # "is due to", "are scheduled to", "plans to"
        if current.dep_ not in {"xcomp", "acomp", "ccomp"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _posting(doc: Doc, m: Mention) -> bool:
    """Whether ``m`` is where an envoy is posted ("Ruritania's ambassador to Acmea"): the
    envoy speaks for Ruritania, and Acmea takes no part through them."""
    root = doc[m.end - 1]
    return root.dep_ == "pobj" and root.head.lower_ == "to" and lem(root.head.head) in POSTED


#: Words before a meeting that put it after the article: "next year's summit".
_COMING = {"next", "upcoming", "forthcoming", "following"}


def _fits_tense(doc: Doc, trig: Token, day: str, ref: date | None) -> bool:
    """Whether a day can be the meeting's, given how the sentence tells of it: a meeting
    told in the past ("announced at the close of the summit") is not after the article's
    day, nor one called the next ("will host next year's summit") before it."""
    if ref is None:
        return True
    when = date.fromisoformat(day)
    coming = trig.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "amod" and c.lower_ in _COMING or c.dep_ == "poss" and any(
            x.dep_ == "amod" and x.lower_ in _COMING for x in c.children)
        for c in trig.children)  # (not "Following the review, they met")
    if coming:
        return when >= ref
    verb = doc[_governor(trig)]
    return not (verb.tag_ == "VBD" and when > ref + timedelta(days=1))


def _governor(token: Token) -> int:
    """The verb a phrase hangs on ("on Friday" in "met X on Friday" -> "met")."""
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            break
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            break
    return current.i


def _known_country(ctx: DocContext, person: str) -> str | None:
    """The country the gazetteer gives a person ("Moon Jae-in": KR), if it knows them."""
    entry = ctx.gaz.people.get(ctx.entities[person].label) if person in ctx.entities else None
    return entry.country if entry is not None else None


def _served(person: str, affiliations: dict[str, list[str]]) -> str | None:
    """The one country a person is affiliated with, as an ISO code."""
    countries = affiliations.get(person, [])
    return next(iter(countries)).split("/", 1)[1] if len(countries) == 1 else None


def _in_clause(verb: Token) -> bool:
    """Whether ``verb`` is in a relative clause ("..., which opened on Monday and closes
    on Friday"), through any verbs joined to it."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in {"relcl", "acl"}


def _same_name(records: list[MeetingRecord], rec: MeetingRecord) -> MeetingRecord | None:
    """The one earlier meeting whose name holds the capitalised words of ``rec``'s name
    ("Forum meeting" -> "the 52nd Pacific Islands Forum Leaders Meeting")."""
    words = {w for n in rec.names for w in n.split()[:-1] if w[:1].isupper()
             and w.lower() not in {"the", "this"}}  # the words before the meeting's noun
    if not words:
        return None
    found = [r for r in records if r is not rec and any(
        words <= set(n.split()) for n in r.names)]
    return found[-1] if len({id(r) for r in found}) == 1 else None


#: Words of a legislature's sitting: "the plenary session", "the assembly's session".
_CHAMBER_WORDS = {"assembly", "parliament", "parliamentary", "plenary", "senate", "congress",
                  "chamber", "legislative", "house"}
#: The last word of a legislature's name.
_LEGISLATURES = {"Assembly", "Parliament", "Congress", "Senate", "Diet", "Bundestag", "Duma",
                 "Rada", "Sejm", "Knesset", "Majlis", "Storting", "Riksdag", "Folketing",
                 "Eduskunta", "Althing", "Oireachtas", "Cortes", "Lok Sabha", "Rajya Sabha"}


def _legislature(mentions: list[Mention]) -> str | None:
    """The one legislature the article names ("the Grand National Assembly"), if just one.

    >>> m = Mention(0, 2, "org/x", T.GOVERNMENT_BODY, "National Assembly", "National Assembly",
    ...             "shape")
    >>> _legislature([m])
    'org/x'
    """
    keys = {m.key for m in mentions if m.type is T.GOVERNMENT_BODY
            and ({w.capitalize() for w in m.name.split()} & _LEGISLATURES
                 or m.name in _LEGISLATURES)}  # "Ruritania's parliament" too
    return next(iter(keys)) if len(keys) == 1 else None


def _chamber_day(sent: Span, mentions: list[Mention], body: str,
                 ref: date | None) -> tuple[str, Evidence] | None:
    """The day ``sent`` gives the legislature ``body`` it names, if it names it and one
    day: "Ruritania's parliament on Tuesday overrode the veto"."""
    if not any(m.key == body for m in mentions):
        return None
    days = [resolve_date(e.text, ref) for e in dates_in(sent)]
    found = {v[0] for v in days if v and v[1] == "date"}
    if len(found) != 1:
        return None
    return found.pop(), _evidence(sent, "meetings.date.chamber", 0.55)


#: What a chamber does to a bill when it sits: "the Senate passed the bill on Monday".
_PASSED = {"vote", "pass", "approve", "adopt", "clear", "override", "reject", "ratify"}
#: A chamber of a legislature by its name ("Senate of Ruritania", "Lok Sabha"), not one of
#: its committees or a world body's assembly.
_CHAMBER_NAME = re.compile(
    r"\b(?:Parliament|Assembly|Congress|Senate|Diet|Bundestag|Bundesrat|Duma|Rada|Sejm|"
    r"Knesset|Majlis|Storting|Riksdag|Folketing|Eduskunta|Althing|Oireachtas|Cortes|Sabha|"
    r"Legislative (?:Council|Yuan)|House of (?:Representatives|Commons|Lords|Councillors)|"
    r"Chamber of Deputies|Inatsisartut|Seimas|Saeima|Riigikogu|Senedd|"
    r"Cabinet|Council of Ministers)\b", re.I)  # (a cabinet votes when it sits, too)
#: The cabinets among those chambers: "the meeting" after a cabinet's vote is that sitting.
_CABINET = re.compile(r"\b(?:Cabinet|Council of Ministers)\b", re.I)
_NOT_CHAMBER = re.compile(r"\b(?:Committee|Commission|Speaker|General Assembly|Office|"
                          r"Secretariat|Delegation|Group)\b")
_BILL_WORDS = {"bill", "law", "measure", "legislation", "act", "amendment", "text"}


def _chamber_votes(sent: Span, sm: list[Mention], mentions: list[Mention],
                   ref: date | None) -> list[MeetingRecord]:
    """The sittings at which a chamber voted, each with its day and what it voted on:
    "The Senate passed the Acme Bill on Wednesday", "the Rajya Sabha cleared it by voice
    vote on Wednesday", "Parliament, which first passed the bill on 17 February".

    A vote told without its day, or not (yet) held ("is expected to vote on Tuesday",
    "did not pass"), is none.
    """
    out: list[MeetingRecord] = []
    chambers = [m for m in sm if m.type is T.GOVERNMENT_BODY and
                _CHAMBER_NAME.search(m.name) and not _NOT_CHAMBER.search(m.name)]
    if not chambers:
        return out  # (most sentences: no chamber named, no token looked at)
    words = doc_words(sent.doc)
    for i in range(sent.start, sent.end):
        if words[i][0] not in _PASSED:
            continue  # known from the lemma alone, without making the Token
        verb = sent.doc[i]
        if verb.pos_ != "VERB" or negated(verb) or irrealis(verb, 2):
            continue
        clause = verb
        while clause.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in clause.children):
            clause = clause.head
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in {"which", "that"} and clause.dep_ == "relcl":
            subj = clause.head  # "the House, which first passed the bill on 17 February"
        if subj is None and clause.dep_ == "acl" and clause.head.dep_ == "ROOT" and \
                clause.head.pos_ in {"NOUN", "PROPN"}:
            # "Peru's parliament on Thursday approved ...", read as a noun the verb
            # describes: the sentence has no other verb, the chamber is its subject
            subj = clause.head
        chamber = next((m for m in chambers if subj is not None and m.start <= subj.i < m.end),
                       None)
        between = [m for m in chambers if clause.i < m.start and m.end <= verb.i]
        if clause is not verb and between:
            # "A passed the bill on Monday and B approved it": B, whatever the parser
            # hung it on
            chamber = between[-1]
        if chamber is None:
            continue
        days = {v[0] for e in dates_in(sent) if _governor(e.root) == verb.i
                and (v := resolve_date(e.text, ref, context=sent.text)) and v[1] == "date"}
        if len(days) != 1:
            continue
        ev = _evidence(sent, "meetings.chamberVote", 0.6)
        rec = MeetingRecord(names=[f"{chamber.surface[:1].upper()}{chamber.surface[1:]} vote"],
                            chamber=chamber.key)
        rec.participants[chamber.key] = ev
        rec.date = (days.pop(), ev)
        rec.mode = ("in person", _evidence(sent, "meetings.mode.chamber", 0.6))
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if obj is not None and obj.lower_ in {"which", "that"} and verb.dep_ == "relcl":
            obj = verb.head  # "the Acme law, which the Congress passed on 1 April"
        if obj is None:  # "voted on the bill", "voted for the amendment"
            obj = next((g for c in verb.children if c.lower_ in {"on", "for", "against"}
                        for g in c.children if g.dep_ == "pobj"
                        and g.ent_type_ not in {"DATE", "TIME"}), None)  # (not "on Thursday")
        voted = [m for m in sm if m.type is T.POLICY and obj is not None
                 and obj.left_edge.i <= m.start <= obj.right_edge.i]
        if not voted and obj is not None and (obj.lower_ == "it" or lem(obj) in _BILL_WORDS
                                               and [c.lower_ for c in obj.children] == ["the"]):
            # "The Lok Sabha passed the Acme Bill and the Rajya Sabha cleared it": the law
            # named before it in the sentence, else the one the article has named most
            # (not the old law a background paragraph named last)
            voted = [m for m in sm if m.type is T.POLICY and m.end <= verb.i
                     and m.kind != "description"][-1:]
            if not voted:
                named = [m for m in mentions if m.type is T.POLICY and m.end <= verb.i]
                counts = Counter(m.key for m in named)
                voted = sorted(named, key=lambda m: (counts[m.key], m.start))[-1:]
        if not voted and obj is None:  # "approved in first reading a draft law on ..."
            own = {t.i for t in verb.subtree}
            voted = [m for m in sm if m.type is T.POLICY and m.start in own][:1]
        for m in voted:
            rec.discussed[m.key] = ev
        out.append(rec)
    return out


def _hosted_subject(trig: Token) -> bool:
    """Whether ``trig`` is "the summit" that a sentence says someone hosted, chaired or
    attended: "The summit was hosted by President Roe"."""
    return trig.pos_ == "NOUN" and trig.dep_ in {"nsubj", "nsubjpass"} and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in trig.children) and \
        lem(trig.head) in LEAD | {"attend"}


def _other_clause(verb: Token, trig: Token, own: set[int]) -> bool:
    """Whether a day belongs to a relative clause of its own: "briefed the committee on a
    draft he published on Friday" (the draft's day, not the briefing's)."""
    if verb.i in own or verb.pos_ != "VERB" or verb.dep_ not in {"relcl", "acl"}:
        return False
    if trig.pos_ != "VERB" and verb.head.i in {t.i for t in trig.subtree}:
        return False  # "the dialogue, a three-day meeting that opened on Tuesday": its own
    return trig.i not in {t.i for t in verb.head.subtree}  # (not "the summit, which opened
    # on Monday": the meeting's own day)


def _days_of(sent: Span, ref_date: object) -> set[str]:
    """The days the dates of ``sent`` name."""
    return {value[0] for e in sent.ents if e.label_ == "DATE"
            if (value := resolve_date(e.text, ref_date,  # type: ignore[arg-type]
                                      context=sent.text)) and value[1] == "date"}


def _told_before(sent: Span, sm: list[Mention], own: list[Mention], rec: MeetingRecord,
                 ref_date: object) -> None:
    """The day and place of the event the sentence before told of, for a meeting that
    sentence's people or states are in: its one day, and the one place it is "at"."""
    if not {m.key for m in sm if m.type in {T.PERSON, T.COUNTRY}} & \
            {m.key for m in own if m.type in {T.PERSON, T.COUNTRY}}:
        return
    days = _days_of(sent, ref_date)
    if len(days) == 1:
        rec.date = (days.pop(), _evidence(sent, "meetings.date.before", 0.5))
    places = {t.text for t in sent if t.ent_type_ == "GPE" and t.ent_iob_ == "B"
              and t.i > sent.start and sent.doc[t.i - 1].lower_ in {"at", "in"}}
    if len(places) == 1 and rec.date is not None:
        rec.place = places.pop()


def _same_act_before(before: Span, trig: Token, rec: MeetingRecord, ref_date: object) -> None:
    """The day of an act the sentence before told of, for a meeting told as where it was
    done: "Peru signed the pact in Lima on Sunday. Its minister signed it at the annual
    meeting of the Council" (the sentence before's one day, on the same verb)."""
    if trig.pos_ != "NOUN" or trig.dep_ != "pobj" or trig.head.lower_ != "at":
        return
    act = trig.head.head
    if act.pos_ != "VERB" or negated(act) or irrealis(act):
        return
    if not any(lem(t) == lem(act) and t.pos_ == "VERB" and not negated(t) for t in before):
        return
    days = _days_of(before, ref_date)
    if len(days) == 1:
        rec.date = (days.pop(), _evidence(before, "meetings.date.sameAct", 0.6))


def extract_meetings(doc: Doc, mentions: list[Mention], ctx: DocContext) -> None:
    """Find meetings in ``doc`` and add their entities, facts and values to ``ctx``."""
    records: list[MeetingRecord] = []
    current: MeetingRecord | None = None
    current_end = 0  # where the last sentence about ``current`` ends
    antecedent: Mention | None = None  # the last person a sentence was about
    previous: tuple[Span, list[Mention]] | None = None
    for sent, sm in _by_sentence(doc, mentions):
        before, previous = previous, (sent, sm)
        # "left the Acme Islands Forum": a known organisation's name, no meeting,
        # unless a meeting word follows it ("the Acme Islands Forum Leaders Meeting")
        known_ends = {m.end - 1 for m in sm if m.type in {T.ORGANIZATION, T.GOVERNMENT_BODY}
                      and m.kind == "name"}
        triggers = [t for t in _trigger_tokens(sent) if t.i not in known_ends]
        found: MeetingRecord | None = None
        in_sentence: list[MeetingRecord] = []
        named_again: MeetingRecord | None = None
        for trig in triggers:
            rec = _record_for(doc, sent, trig, sm, ctx.ref, ctx.gaz, antecedent)
            named_again = named_again or _same_name(records, rec)
            if not rec.participants and (lem(trig) in {"session", "sitting"} and rec.names
                                         and _CHAMBER_WORDS & set(rec.names[0].lower().split())
                                         or lem(trig) == "debate"):
                # "the general assembly session opened on Tuesday": the article's chamber's
                body = _legislature(mentions)
                if body is not None:
                    rec.participants[body] = _evidence(sent, "meetings.chamber", 0.65)
                    if lem(trig) in {"session", "sitting"}:
                        # a sitting of the chamber, in its hall; "Parliament voted on
                        # Tuesday. ... at a plenary session": the day the sentence before
                        # gave the chamber
                        rec.mode = rec.mode or ("in person",
                                                _evidence(sent, "meetings.mode.chamber", 0.6))
                        if rec.date is None and before is not None:
                            rec.date = _chamber_day(before[0], before[1], body, ctx.ref)
            if not (rec.date or rec.participants or rec.ordinal or rec.leaders) and \
                    current is None and before is not None and _hosted_subject(trig):
                # "Roe arrived in Lima on Wednesday with the presidents of A and B.
                # The summit was hosted by President Doe": the event just told of
                _sentence_details(sent, rec, sm)
                if rec.leaders:
                    _told_before(before[0], before[1], sm, rec, ctx.ref)
            if not (rec.date or rec.participants or rec.ordinal or rec.leaders):
                continue
            if not (rec.date or rec.participants or rec.ordinal) and all(
                    ev.rule == "meetings.met.pronoun" for ev in rec.leaders.values()):
                continue  # "... where he met suppliers": no one else, no day: no meeting
            _sentence_details(sent, rec, sm)
            if rec.date is None and before is not None and not in_sentence:
                _same_act_before(before[0], trig, rec, ctx.ref)
            if rec.date is None and rec.leaders and before is not None and not in_sentence \
                    and trig.pos_ == "VERB" and not _trigger_tokens(before[0]):
                # (a meeting named by a noun may be one told of; a meeting the sentence
                # before told of is another: "X met Y on Monday. Z also met Y.")
                # "Roe told MPs on Tuesday that ... Roe briefed the committee on ...": the
                # day the sentence before gave the same person's event
                _told_before(before[0], before[1], sm, rec, ctx.ref)
            if rec.offset is not None and in_sentence:  # (the sentence's day is the other's)
                # "..., a day after Roe hosted Doe for a state visit": another meeting, on a
                # day counted from the one the sentence is about
                main = in_sentence[-1]
                rec.duration = None  # the sentence's length is its own event's
                day = main.first_day()
                if day:
                    shifted = date.fromisoformat(day) + timedelta(days=rec.offset)
                    rec.date = (shifted.isoformat(), _evidence(sent, "meetings.date.apart", 0.6))
                records.append(rec)
                continue
            target = next((r for r in reversed(records) if r.compatible(rec) and (
                _ceremony(r) == _ceremony(rec) or r.date and rec.date)), None)  # (same day)
            same = {id(r): r for r in in_sentence}
            if target is None and len(same) == 1 and not (
                    rec.date and next(iter(same.values())).date) and \
                    next(iter(same.values())).month_fits(rec) and (
                    not (rec.participants or rec.leaders)
                    or not any(r.participants or r.leaders for r in same.values())):
                # "the Ministers' Meeting, which was held by video conference on Jan. 21":
                # one meeting named twice in a sentence, who in one and when in the other
                target = next(iter(same.values()))
            if target is None and not (rec.participants or rec.date):
                # "The Forum meeting is chaired by ..." after "the Pacific Islands Forum
                # Leaders Meeting": the meeting whose name has the same qualifier
                target = _same_name(records, rec)
            if target is None and current is not None and rec.date is None and \
                    current.date and not (current.participants or current.leaders) and \
                    sent.start - current_end <= 1 and current.names and any(
                        c.dep_ == "det" and c.lower_ == "the" for c in trig.children) and \
                    current.names[0].split()[-1].lower() == trig.lower_:
                # "... at an emergency summit in Lima on Sunday. The extraordinary summit
                # of the bloc was chaired by Roe": the one summit, its people told next
                target = current
            if target is None and current is not None and not (
                    rec.participants or rec.date) and any(
                    c.lower_ in {"their", "its", "the", "this", "that"} for c in trig.children) \
                    and not any(c.lower_ in _OTHER_MEETING for c in trig.children):
                # "This was their third meeting this year", "Roe led the meeting"
                target = current
            if target is None and current is not None and sent.start - current_end <= 1 and \
                    _bare_definite(trig) and current.consistent(rec):
                # "... convened the third gathering of the Initiative. The meeting ran from
                # Oct. 31 and brought together ...": the one just told of, whoever is in it
                target = current
            if target is None and current is not None and not rec.date and \
                    not rec.participants and rec.leaders and sent.start - current_end <= 1 and \
                    lem(trig) in {"talk", "confer"} and any(
                        m.country and country_key(m.country) in current.participants
                        for m in sm if m.key in rec.leaders):
                # "... at their first summit. Roe, Doe and Poe talked for two hours": there
                target = current
            if target is None:
                records.append(rec)
                target = rec
            else:
                target.merge(rec)
            found = target
            in_sentence.append(target)
        for vote in _chamber_votes(sent, sm, mentions, ctx.ref):
            # (not the sentence's meeting: "the meeting" after a chamber's vote is another's;
            # after a cabinet's, the cabinet's: "The cabinet voted on Sunday ... Roe, who
            # chaired the meeting")
            same_day = next((r for r in records if r.compatible(vote) and r.date), None)
            if same_day is None:
                records.append(vote)
            else:
                same_day.merge(vote)
            if found is None and _CABINET.search(vote.names[0]):
                found = same_day or vote
        if in_sentence:  # the one with people in it, not "the first meeting he hosted"
            found = max(in_sentence, key=lambda r: bool(r.participants or r.leaders))
        chair = _chaired_it(sent) if found is None and current is not None and \
            sent.start - current_end <= 1 else None
        if chair is not None and current is not None:
            # "The two-day meeting ... in Lima. It was chaired by Roe": the meeting's chair
            for m in sm:
                if m.type is T.PERSON and chair.left_edge.i <= m.start <= chair.right_edge.i \
                        and not _posting(doc, m):
                    current.leaders.setdefault(m.key, _evidence(sent, "meetings.chairedIt", 0.7))
            found = current
        if found is None and current is not None and _is_anaphor(sent):
            found = named_again or current  # "the meeting", "the two sides", "the Forum
            # meeting" after another meeting
        if found is None and current is not None and any(
                m.key in current.leaders for m in sm if m.type is T.PERSON) and any(
                lemma in _RAISED for lemma, _ in doc_words(doc)[sent.start : sent.end]):
            found = current  # "Roe briefed Doe on the Alpha scheme": the leaders' talk
        target = found or current
        if current is not None and found in (None, current) and _attended(sent) and (
                sent.start - current_end <= 1 or _titled_attendees(sent, sm)):
            # "... at a summit in Lima. The leaders of Chile and Peru attended, as did ...":
            # the meeting of the sentence before
            verb = next(sent.doc[k] for k in range(sent.start, sent.end)
                        if doc_words(doc)[k][0] == "attend")
            who = {t.i for c in verb.children if c.dep_ == "nsubj" or c.dep_ == "advcl"
                   and c.i > verb.i for t in c.subtree}  # "... attended, as did Roe"
            for m in (m for m in sm if m.start in who):
                if m.type in ACTORS and m.kind not in {"capital", "demonym"}:
                    current.participants.setdefault(m.key, _evidence(sent, "meetings.attended",
                                                                     0.65))
                elif m.type is T.PERSON and m.key not in current.leaders:
                    current.attendees.setdefault(m.key, _evidence(sent, "meetings.attended",
                                                                  0.65))
            found = current
        listed = _attendees_listed(sent) if current is not None and found in (None, current) \
            else None
        if listed is not None and current is not None:
            # "Delegates included the United States, Japan and Peru": the meeting's
            for m in sm:
                if not listed.left_edge.i <= m.start <= listed.right_edge.i:
                    continue
                if m.type in ACTORS and m.kind not in {"capital", "demonym"}:
                    current.participants.setdefault(
                        m.key, _evidence(sent, "meetings.attendeesListed", 0.65))
                elif m.type is T.PERSON and m.key not in current.leaders:
                    current.attendees.setdefault(
                        m.key, _evidence(sent, "meetings.attendeesListed", 0.65))
            found = current
        if target is not None and _attendance(sent):
            # "... registered to attend, among them President Roe of Ruritania and ..."
            for m in sm:
                if m.type is T.PERSON and m.key not in target.leaders:
                    target.attendees.setdefault(m.key, _evidence(sent, "meetings.attended", 0.65))
            found = target
        subjects = [m for m in sm if m.type is T.PERSON
                    and doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"}]
        heads = {doc[m.end - 1].i for m in subjects}
        subjects += [m for m in sm if m.type is T.PERSON and doc[m.end - 1].dep_ == "conj"
                     and doc[m.end - 1].head.i in heads]  # "Roe and Doe spoke"
        named = {m.key: m for m in sm if m.type is T.PERSON}
        if len({m.key for m in subjects}) > 1:
            antecedent = None  # "Roe and Doe spoke. He ...": either of them
        elif subjects:
            antecedent = subjects[0]
        elif len(named) == 1:
            # "... after a visit by Premier Li. He and Roe held talks": the one person named
            antecedent = next(iter(named.values()))
        elif named:
            antecedent = None  # another person came in: "she" is no longer clear
        if found is not None:
            current = found
            current_end = sent.end
            extra = MeetingRecord()
            _sentence_details(sent, extra, sm)
            found.merge(extra)
            _discussed(sent, found, sm)
    meetings = [r for r in records if r.substantive]
    if not meetings:
        return
    affiliations = ctx.countries_served()
    firms: dict[str, list[str]] = {}  # the firm a business leader serves: "Acme's chief"
    for f in ctx.facts:
        if f.predicate == "affiliatedWith" and f.object in ctx.entities and \
                ctx.entities[f.object].type in {T.COMPANY, T.TELCO}:
            firms.setdefault(f.subject, []).append(f.object)
    for rec in meetings:
        for leader, ev in [*rec.leaders.items(), *rec.attendees.items()]:
            for country in sorted(affiliations.get(leader, ())):
                rec.participants.setdefault(country, ev)
            if not affiliations.get(leader) and len(firms.get(leader, ())) == 1:
                rec.participants.setdefault(firms[leader][0], ev)
    for rec in meetings:
        if not (rec.date or rec.participants) and len(rec.leaders) >= 2:
            # "Sunak and Biden held talks": the leaders' states, when the text names neither
            for leader, ev in rec.leaders.items():
                code = _known_country(ctx, leader)
                if code:
                    rec.participants.setdefault(_ensure_country(ctx, code), ev)
    signed = {v.subject: v for v in ctx.values if v.predicate == "announcedOn"
              and v.datatype == "date"}
    described = doc._.pg_descriptions or {}
    for rec in meetings:
        if not _ceremony(rec):
            continue
        for key, ev in list(rec.discussed.items()):
            d = described.get(key)
            if d is None or ev.rule != "meetings.launched":
                continue
            # "The licences were signed at a ceremony": who signed them took part in it,
            # named where the ceremony or the day of the signing is told (not a firm that
            # signed its own in January)
            told = [(ev.start, ev.end)] + ([(signed[key].evidence.start,
                                             signed[key].evidence.end)] if key in signed else [])
            present = {m.key for m in mentions if any(a <= doc[m.start].idx < b for a, b in told)}
            for party in [*d.holders, *d.signatories,
                          *([d.owner] if d.owner and d.owner.startswith("org/") else [])]:
                if party in ctx.entities and party in present:
                    rec.participants.setdefault(party, replace(ev, rule="meetings.signers"))
    for rec in meetings:
        days = {signed[k].value for k in rec.discussed if k in signed}
        if rec.date is None and _ceremony(rec) and len(days) == 1:
            # "The agreement was signed at a ceremony in Lima" after "signed ... on
            # Thursday": the day the agreement it signed was signed
            key = next(k for k in rec.discussed if k in signed)
            rec.date = (signed[key].value, replace(signed[key].evidence,
                                                   rule="meetings.date.signed", confidence=0.6))
    for rec in meetings:  # a state named only by its capital, as the place of a visit
        for key in [k for k in rec.participants if k.startswith("country/")]:
            _ensure_country(ctx, key.split("/", 1)[1])
    # a meeting is known by its day or by who took part (the ontology's shape): "the talks
    # with He", with only one leader named, is too little to be one
    meetings = [r for r in meetings if r.date or r.participants]
    article_id = doc._.pg_article_id or "article"
    for n, rec in enumerate(meetings, start=1):
        codes = sorted(k.split("/", 1)[1].lower() for k in rec.participants
                       if k.startswith("country/"))
        if rec.date:  # a meeting is dated by its first day: "the three-day summit ends on Sunday"
            rec.date = (rec.first_day() or rec.date[0], rec.date[1])
        if rec.date:
            key = "meeting/" + "-".join([*codes, rec.date[0]])
        else:
            key = f"meeting/{article_id}-{n}"
        # a visit's name before its welcome ceremony's
        names = sorted(rec.names, key=lambda s: (_CEREMONY.search(s) is not None,
                                                 -len(s.split()), s))
        label = names[0] if names else "meeting"
        generic = all(n.lower() in MEETING_NOUNS or n.lower()[:-1] in MEETING_NOUNS
                      for n in names)  # just "talks", "meetings"
        if generic and rec.leaders:
            # "Pompeo met Di Maio": name it after the people, as analysts do
            people = [k for k in rec.leaders if k in ctx.entities][:2]
            short = [_surname(ctx.entities[k].label,
                              _served(k, affiliations) or _known_country(ctx, k))
                     for k in people]
            if len(short) == 2:
                label = f"{short[0]}-{short[1]} meeting"
                names = [label, f"meeting between {short[0]} and {short[1]}",
                         f"{short[0]}-{short[1]} talks", f"{short[1]}-{short[0]} meeting",
                         f"{short[1]}-{short[0]} talks",
                         f"meeting between {short[1]} and {short[0]}", *names]
        if generic and rec.place:
            # "a meeting in Lima": named by its place, as analysts do
            word = names[0].lower() if names else "meeting"
            names += [f"{word} in {rec.place}", f"{rec.place} {word}"]
            if label in {"meeting", "talks", "summit", "session"}:
                label = f"{word} in {rec.place}"
        bodies = [ctx.entities[k].label for k in rec.participants
                  if not k.startswith("country/") and k in ctx.entities]
        if generic and len(bodies) == 1 and label in {"meeting", "talks", "session"}:
            # "At a meeting in June, the Security Council ...": the body's meeting
            names = [f"{bodies[0]} meeting", f"meeting of the {bodies[0]}", *names]
            label = names[0]
        if rec.date and not names:
            label = f"meeting on {rec.date[0]}"
        ctx.entities[key] = Entity(key, T.MEETING, label, frozenset(names[1:]) - {label})
        for p, ev in rec.participants.items():
            ctx.fact(key, "participant", p, ev)
        for p, ev in rec.leaders.items():
            ctx.fact(key, "ledBy", p, ev)
        for p, ev in rec.discussed.items():
            ctx.fact(key, "discussed", p, ev)
        if rec.date:
            ctx.value(key, "date", rec.date[0], "date", rec.date[1])
        if rec.ordinal:
            ctx.value(key, "ordinal", str(rec.ordinal[0]), "integer", rec.ordinal[1])
        if rec.mode is None and any(re.search(r"\bsummit\b|\bstate visit\b", n, re.I)
                                    for n in rec.names):
            # a summit or a state visit is held in person unless the text says otherwise
            # ("a virtual summit" has its mode from its words)
            basis = rec.date[1] if rec.date else next(iter(rec.participants.values()), None)
            if basis is not None:
                rec.mode = ("in person", replace(basis, rule="meetings.mode.summit",
                                                 confidence=0.5))
        if rec.mode:
            ctx.value(key, "mode", rec.mode[0], "string", rec.mode[1])
        if rec.duration:
            ctx.value(key, "duration", rec.duration[0], "duration", rec.duration[1])
        for topic, ev in rec.topics.items():
            ctx.value(key, "topic", topic, "langString", ev)

"""``pg_mentions``: find every mention of an entity the ontology knows.

Three sources, in order of trust:

1. the gazetteer (data files): countries with short forms, demonyms and capitals;
   telecom operators, vendors, platforms and government bodies; named policies;
2. shapes: "Ministry of ...", "... Department", "Chinese Communist Party" are
   government bodies; a run of capitalised words ending in Policy, Strategy,
   Network, Act, Initiative ... is a policy;
3. the statistical NER: PERSON, and ORG spans typed by their context ("the
   carrier X" is a Telco, "X Inc." or "the maker X" a Company).

The result is ``doc._.pg_mentions``: non-overlapping :class:`Mention` values.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable
from dataclasses import dataclass, replace
from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.lexeme import Lexeme
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from policygraph.articles import slug
from policygraph.linking import (
    Gazetteer,
    OrgEntry,
    canonical_policy_name,
    country_key,
    org_key,
    person_key,
    policy_key,
)
from policygraph.model import EntityType
from policygraph.nlp import doc_texts, doc_words, record_failure
from policygraph.timeexpr import WEEKDAYS
from policygraph.zones import is_outlet

if not Doc.has_extension("pg_mentions"):
    Doc.set_extension("pg_mentions", default=None)


@dataclass(frozen=True, order=True)
class Mention:
    """One mention: tokens ``[start, end)``, the entity key and how it was found.

    ``kind`` is one of name, demonym, capital, acronym, surname, shape, ner.
    ``country`` is a country the mention itself carries ("South Korean
    Ministry of ..." -> KR) or the gazetteer home country of an organisation.
    """

    start: int
    end: int
    key: str
    type: EntityType
    surface: str
    name: str
    kind: str
    country: str | None = None

    def span(self, doc: Doc) -> Span:
        """The mention as a spaCy span of ``doc``."""
        return doc[self.start : self.end]


GOV_HEADS = {
    "Ministry", "Department", "Commission", "Agency", "Authority", "Office", "Bureau",
    "Council", "Parliament", "Congress", "Senate", "Assembly", "Cabinet", "Administration",
    "Secretariat", "Directorate", "Committee", "Party", "Regulator", "Diet", "Bundestag",
    "Court", "Tribunal", "Inspectorate", "Command", "Police",
}
#: Bodies and offices whose portfolio follows "of": "the Department of Acme Resources".
_PORTFOLIO_HOLDERS = GOV_HEADS | {"Minister", "Secretary", "Commissioner"}
GOV_OF_HEADS = {
    "Ministry", "Department", "Office", "Bureau", "Commission", "Agency", "Council",
    "Authority", "Administration", "Committee", "Secretariat", "Directorate", "Regulator",
    "Inspectorate",
}
POLICY_HEADS = {
    "Network", "Cable", "Policy", "Strategy", "Initiative", "Program", "Programme", "Act", "Law",
    "Plan", "Framework", "Toolbox", "Doctrine", "Agenda", "Regulation", "Directive",
    "Deal", "Path", "Vision", "Pact", "Compact", "Rule", "Order", "List",
    "Partnership", "Agreement", "Declaration", "Charter", "Accord", "Pledge", "Principles",
    "Blueprint", "Roadmap", "Proposals", "Guidelines", "Bill", "Convention",
    "Regulations", "Rules", "Measures", "Provisions", "License", "Licence", "Masterplan", "Treaty",
    "Corridor",
}
LOWER_POLICY_HEADS = {"strategy", "policy", "initiative", "program", "programme", "plan",
                      "doctrine", "vision", "agenda", "framework", "scheme", "blueprint"}
TITLE_STOP = {"The", "A", "An", "In", "On", "At", "By", "For", "Under", "With", "As", "But", "And"}
COMPANY_SUFFIX = {
    "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "LLC", "plc", "PLC", "AG", "SA",
    "S.A.", "SE", "GmbH", "Holdings", "Technologies", "Technology", "Electronics", "Group",
    "Semiconductor", "Systems", "Networks", "Corporation", "Company", "Limited",
    "Advisory", "Equities", "Securities", "Capital", "Partners", "Consulting", "Consultancy",
    "Ventures", "Investments", "Analytics",
}
#: The last word of a firm's name that says its trade: "Acme Minerals", "Acme Motors".
_INDUSTRY_ENDS = {"Minerals", "Mining", "Metals", "Resources", "Lithium", "Petroleum", "Steel",
                  "Chemicals", "Motors", "Airlines", "Industries", "Enterprises", "Logistics",
                  "Shipping", "Pharmaceuticals", "Therapeutics", "Robotics", "Semiconductors",
                  "Software", "Solutions", "Labs", "Aerospace", "Shipbuilding", "Refining"}
#: The last word of a firm's name, of either kind.
FIRM_ENDS = COMPANY_SUFFIX | _INDUSTRY_ENDS
#: The last word of an institute, forum or association: an organisation, not a policy.
ORG_ENDS = {"Institute", "Forum", "Foundation", "Association", "Society", "University", "Center",
            "Centre", "Academy", "Federation", "Confederation", "Observatory", "Organisation",
            "Organization", "Syndicate", "Union", "Coalition"}  # ("the Press Union of Ruritania")
#: Up to four more fields of a committee's remit: "on Trade, Energy, Transport and Sport".
_LISTED_FIELDS: list[dict[str, Any]] = [
    {"ORTH": {"IN": ["and", ","]}, "OP": "?"}, {"IS_TITLE": True, "OP": "*"}] * 4
#: Days and months: "the Trade Committee on Monday" is no committee on anything.
_DAY_WORDS = [*WEEKDAYS, *(m.lower() for m in calendar.month_name[1:])]
#: The first word of an institute, foundation or association named in its own language.
ORG_STARTS = {"Instituto", "Institut", "Istituto", "Fundación", "Fundação", "Fondation",
              "Fondazione", "Stiftung", "Stichting", "Asociación", "Associação", "Associazione",
              "Association", "Observatorio", "Observatório", "Osservatorio", "Observatoire",
              "Centro",
              "Universidad", "Universidade", "Università", "Université", "Universität"}
#: The first word of a firm's name in its own language: "Compañía Peruana de Teléfonos".
FIRM_STARTS = {"Compañía", "Compania", "Companhia", "Compagnie", "Compagnia", "Empresa",
               "Empresas", "Sociedad", "Sociedade", "Société", "Società", "Grupo", "Gruppo",
               "Corporación", "Corporação"}
#: Words that make a name beginning with a demonym a body's: "the American Chamber of
#: Commerce", "the British Academy", "the European Banking Federation".
_BODY_WORDS = ORG_ENDS | {"Chamber", "Chambers", "Council", "Alliance", "Union", "Bank",
                          "Business", "Round"}
#: Centres that are places, not organisations: "the Example Convention Centre".
_VENUE_WORDS = {"Convention", "Exhibition", "Conference", "Congress", "Trade", "Data", "Shopping",
                "Sports", "Press", "Visitor", "Visitors", "Medical", "Financial", "Business",
                "Community", "Cultural", "Arts", "Civic", "Operations", "Command"}
TELCO_SUFFIX = {"Telecom", "Telekom", "Telecommunications", "Mobile", "Wireless", "Cellular", "Tel",
                "Tele"}

#: The heads of laws, which may carry their year after a comma ("Acme Act, 2019").
_YEARED_LAWS = {"Act", "Bill", "Law", "Code", "Ordinance", "Rules", "Regulations"}
#: The shapes' regular expressions over a word's text: a capitalised word or acronym, a
#: word inside a policy's name, a year after it, a word of a lower-case policy's name.
_SHAPE_REGEXES = (
    r"^(?:[A-Z][\w.'’]*|\d+G|[A-Z0-9]+)$",
    r"^(?:[A-Z][\w.'’]*|\d+G|-|of|and|for|on|in|the|\(|\))$",
    r"^(?:19|20)\d\d$",
    r"^(?:[A-Z][\w.'’]*|\d+G|-)$",
    r"^\d{1,6}(?:/\d{2,4})?$",
)
#: "Executive Order 13913": a number the NER may take for a date, but no year or day.
_ORDER_NUMBER = re.compile(r"\d{5,6}")
#: Kinds of issuer that may open a numbered instrument's name: "Ministerial Regulation No. 5".
_ISSUER_KINDS = {"Ministerial", "Presidential", "Government", "Governmental", "Cabinet",
                 "Royal", "Federal", "Executive", "Joint", "Circular", "Supreme", "Emergency"}
#: Instruments named by their number: "Resolution 12/2021".
_NUMBERED_HEADS = {"Deliberation", "Resolution", "Decision", "Decree", "Ordinance",
                   "Directive", "Regulation", "Recommendation", "Order", "Announcement",
                   "Notification", "Circular", "Notice", "Proclamation"}
_OWNER_WORDS = {"'s", "’s", "’", "'", "its", "their"}
_POLICY_ADJECTIVES = {"new", "revised", "updated", "own", "first"}
#: Every word a shape pattern names (beside its title-case and regular-expression words).
_SHAPE_WORDS = GOV_OF_HEADS | GOV_HEADS | POLICY_HEADS | _OWNER_WORDS | {
    "of", "the", "and", ",", "&", "for", "on", "No.", "no.", "No", "no", ".", "/", "to"}
_SHAPE_HEADS = GOV_OF_HEADS | GOV_HEADS | POLICY_HEADS | _NUMBERED_HEADS
_SHAPE_SEARCHES = tuple(re.compile(r).search for r in _SHAPE_REGEXES)
#: A word's role in the shapes: no part of any, a part, a head word (every shape has one).
_NO_SHAPE, _IN_SHAPE, _SHAPE_HEAD = 0, 1, 2
#: Distinct words whose role is remembered at most, then forgotten all at once.
_MAX_ROLES = 100_000


#: Words that open a public body's name before its head: "Supreme Council for ...".
_BODY_ADJECTIVES = {"Higher", "High", "Supreme", "National", "Federal", "State", "Central",
                    "Joint", "Permanent", "Standing", "Select", "Special", "General"}
#: Treaties named after the city where they were signed: "the Budapest Convention".
_TREATY_HEADS = {"Convention", "Agreement", "Accord", "Declaration", "Pact", "Charter", "Treaty",
                 "Principles", "Compact"}
#: Heads of names a city or two open: "the Paris Agreement", "the Lima-Santiago Vision".
_CITY_NAMED_HEADS = _TREATY_HEADS | {"Vision", "Consensus"}
#: Measures a country's name before them is the target of, not the owner.
_TARGETED_HEADS = {"License", "Licence", "Sanctions"}
#: A part a name given head first goes on with: "... of Peace and Tranquillity in the
#: Border Areas", "... on the Delimitation of the Boundary" (not "on Monday": see
#: ``_programme_end``).
_NAME_PART: list[dict[str, Any]] = [
    {"LOWER": {"IN": ["and", "of", "for", "in", "on"]}}, {"LOWER": "the", "OP": "?"},
    {"TEXT": {"REGEX": _SHAPE_REGEXES[3]}, "OP": "+"}]
#: The parts of a law cited by their number: "Section 214", "Article 45".
LAW_PARTS = {"Section", "Article", "Title", "Chapter", "Part"}
#: Instruments named head first: "the Law on Communications", "the Treaty on the Maritime
#: Boundary".
_HEAD_FIRST = {"Law", "Act", "Decree", "Regulation", "Directive", "Ordinance", "Resolution",
               "Treaty", "Convention", "Agreement", "Protocol", "Accord", "Order"}
#: Heads of a programme's name that may come first: "Initiative on …", "Strategy for …".
_PROGRAMME_FIRST = {"Initiative", "Strategy", "Programme", "Program", "Partnership"}
#: A year written before a name: "the 1977 Example Treaty".
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
#: Heads of a law's name, which may name a firm inside it.
_LAW_HEADS = {"Act", "Bill", "Law"}
#: What a government exerts "from" its capital: "pressure from Washington".
_PRESSURE_NOUNS = {"pressure", "demands", "demand", "request", "requests", "criticism",
                   "opposition", "objections", "lobbying", "warnings", "approval", "support"}


#: Words for what a party stands for that papers set before its name, capitalised.
_LEANINGS = {"Islamist", "Leftist", "Rightist", "Ultranationalist", "Hardline"}
#: Participles after a name and a hyphen that are not "-ed": "Roe-run", "Roe-made".
_MADE_BY = {"run", "made", "built", "born"}


#: What runs between the cities a hyphenated name lists: "the Lima-Quito highway".
_ROUTES = {"pipeline", "railway", "railroad", "rail", "highway", "road", "motorway",
           "expressway", "corridor", "cable", "bridge", "tunnel", "route", "canal", "line",
           "link", "flight", "flights", "ferry", "interconnector"}


def _route_end(doc: Doc, start: int, end: int) -> bool:
    """Whether the city from ``start`` to ``end`` is one end of a route a hyphenated name
    lists: "the Lima-Quito highway", "the Acme-Lima-Quito pipeline" (not "the Lima-Quito
    talks", "Peru-Chile relations").

    >>> import spacy
    >>> doc = spacy.blank("en")("the Lima-Quito-Bogota pipeline and the Lima-Quito talks")
    >>> _route_end(doc, 3, 4), _route_end(doc, 5, 6), _route_end(doc, 9, 10)
    (True, True, False)
    >>> _route_end(spacy.blank("en")("the Lima line on the war"), 1, 2)  # its stance
    False
    """
    k = end
    while k + 1 < len(doc) and doc[k].text in {"-", "–"} and doc[k + 1].is_title:
        k += 2
    linked = k > end or start >= 2 and doc[start - 1].text in {"-", "–"}
    return linked and k < len(doc) and doc[k].lower_ in _ROUTES


def _hyphen_goes_on(doc: Doc, end: int) -> bool:
    """Whether a name ending before token ``end`` goes on over a hyphen to another
    capitalised word, written close up: "Roe-Doe", not "Roe - Doe" or "Roe-led".

    >>> import spacy
    >>> doc = spacy.blank("en")("Jane Roe-Doe and Ann Poe-led talks")
    >>> _hyphen_goes_on(doc, 2), _hyphen_goes_on(doc, 7)
    (True, False)
    """
    return end + 1 < len(doc) and doc[end].text in {"-", "‐", "‑"} and \
        not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_title \
        and doc[end + 1].is_alpha


class MentionFinder:
    """Callable component: gazetteer and shape matching merged with NER."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.phrases = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._add_phrases(nlp, "C", {n: c for n, c in gazetteer.country_by_name.items()})
        self._add_phrases(nlp, "D", gazetteer.country_by_demonym)
        self._add_phrases(nlp, "K", gazetteer.country_by_capital)
        self._add_phrases(nlp, "O", gazetteer.org_by_name)
        policy_names: dict[str, str] = {}
        for pol in gazetteer.policies.values():
            for name in (pol.name, *pol.aliases):
                policy_names.setdefault(name, pol.id)
        self._add_phrases(nlp, "P", policy_names)
        self._add_phrases(nlp, "H", gazetteer.person_by_name)
        self.telco_cues = {w.lower() for w in gazetteer.cues.get("telco_cue_words", [])}
        self.company_cues = {w.lower() for w in gazetteer.cues.get("company_cue_words", [])}
        self.shapes = Matcher(nlp.vocab)
        titled = {"IS_TITLE": True}
        self.shapes.add(
            "GOV_OF",
            [[{"ORTH": {"IN": sorted(GOV_OF_HEADS)}}, {"ORTH": "of"}, {"ORTH": "the", "OP": "?"},
              titled, {"IS_TITLE": True, "OP": "*"},
              {"ORTH": {"IN": ["and", ","]}, "OP": "?"}, {"IS_TITLE": True, "OP": "*"},
              # "Ministry of ICT and National Guidance": an acronym may open the portfolio
              {"ORTH": {"IN": ["and", ","]}, "OP": "?"}, {"IS_TITLE": True, "OP": "*"}],
             [{"ORTH": {"IN": sorted(GOV_OF_HEADS)}}, {"ORTH": "of"}, {"IS_UPPER": True},
              {"ORTH": {"IN": ["and", ","]}}, titled, {"IS_TITLE": True, "OP": "*"},
              # "Ministry of Energy, Mines and Technology"
              {"ORTH": {"IN": ["and", ","]}, "OP": "?"}, {"IS_TITLE": True, "OP": "*"}],
             # "Ministry of Communication, Telecommunications and the Digital Economy": a
             # list of portfolios (not "the Ministry of Finance and the central bank")
             [{"ORTH": {"IN": sorted(GOV_OF_HEADS)}}, {"ORTH": "of"}, titled,
              {"IS_TITLE": True, "OP": "*"}, {"ORTH": ","}, titled,
              {"IS_TITLE": True, "OP": "*"}, {"ORTH": ",", "OP": "?"}, {"ORTH": "and"},
              {"ORTH": "the"}, titled, {"IS_TITLE": True, "OP": "*"}],
             # "Supreme Council for Network Safety", "National Council on Data Policy"
             [{"ORTH": {"IN": sorted(_BODY_ADJECTIVES)}}, {"IS_TITLE": True, "OP": "?"},
              {"ORTH": {"IN": sorted(GOV_OF_HEADS)}}, {"ORTH": {"IN": ["of", "for", "on"]}},
              {"IS_TITLE": True, "LOWER": {"NOT_IN": _DAY_WORDS}},  # not "... on Monday"
              {"IS_TITLE": True, "OP": "*"},
              {"ORTH": {"IN": ["and", ","]}, "OP": "?"}, {"IS_TITLE": True, "OP": "*"}],
             # "Standing Committee on Trade and Digital Affairs"
             [{"IS_TITLE": True, "OP": "+"}, {"ORTH": {"IN": ["Committee", "Commission"]}},
              {"ORTH": "on"}, {"IS_TITLE": True, "LOWER": {"NOT_IN": _DAY_WORDS}},
              {"IS_TITLE": True, "OP": "*"},
              *_LISTED_FIELDS]],
            greedy="LONGEST",
        )
        # "Independent Communications Authority of Ruritania": a body named with its country
        self.shapes.add(
            "GOV_OF_C",
            [[{"IS_TITLE": True, "OP": "+"}, {"ORTH": {"IN": sorted(GOV_OF_HEADS)}},
              {"ORTH": "of"}, {"ORTH": "the", "OP": "?"}, titled, {"IS_TITLE": True, "OP": "*"}]],
            greedy="LONGEST",
        )
        self.shapes.add(
            "GOV_HEAD",
            [[{"IS_TITLE": True, "OP": "+"}, {"ORTH": {"IN": sorted(GOV_HEADS)}}],
             # "National Cyber and Information Security Agency"
             [{"IS_TITLE": True, "OP": "+"}, {"ORTH": {"IN": ["and", "&"]}},
              {"IS_TITLE": True, "OP": "+"}, {"ORTH": {"IN": sorted(GOV_HEADS)}}],
             # "the Peoples' Democratic Party": a plural owner inside the name
             [{"IS_TITLE": True, "LOWER": {"NOT_IN": ["the"]}, "OP": "*"},  # "Acme Workers'"
              {"TEXT": {"REGEX": r"^[A-Z]\w*s$"}},
              {"ORTH": {"IN": ["'", "’"]}}, {"IS_TITLE": True, "OP": "*"},
              {"ORTH": {"IN": sorted(GOV_HEADS)}}],
             # "the Republican People's Party"
             [{"IS_TITLE": True, "OP": "*"}, {"ORTH": "People"}, {"ORTH": {"IN": ["'s", "’s"]}},
              {"IS_TITLE": True, "OP": "*"}, {"ORTH": {"IN": sorted(GOV_HEADS)}}]],
            greedy="LONGEST",
        )
        word = {"TEXT": {"REGEX": _SHAPE_REGEXES[0]}}
        inner = {"OP": "*", "TEXT": {"REGEX": _SHAPE_REGEXES[1]}}
        heads = {"ORTH": {"IN": sorted(POLICY_HEADS)}}
        self.shapes.add(
            "POLICY",
            [[word, inner, heads, {"TEXT": {"REGEX": _SHAPE_REGEXES[2]}, "OP": "?"}],
             # "the Personal Data Protection Bill, 2019": the year after a comma, as India
             # and others write it
             [word, inner, {"ORTH": {"IN": sorted(_YEARED_LAWS)}}, {"ORTH": ","},
              {"TEXT": {"REGEX": _SHAPE_REGEXES[2]}}],
             # "the Right to Information Act", "a Right to Repair Act"
             [{"IS_TITLE": True, "OP": "*"}, {"ORTH": "Right"}, {"ORTH": "to"}, word, inner,
              heads, {"TEXT": {"REGEX": _SHAPE_REGEXES[2]}, "OP": "?"}],
             [{"IS_TITLE": True, "OP": "*"}, {"ORTH": "Right"}, {"ORTH": "to"}, word, inner,
              {"ORTH": {"IN": sorted(_YEARED_LAWS)}}, {"ORTH": ","},
              {"TEXT": {"REGEX": _SHAPE_REGEXES[2]}}]],
            greedy="LONGEST",
        )
        # "the Law on Communications", "Decree on Personal Data Protection": head first
        first: list[dict[str, Any]] = [{"ORTH": {"IN": sorted(_HEAD_FIRST)}}, {"ORTH": "on"},
                                       {"LOWER": "the", "OP": "?"}]
        titled_words: dict[str, Any] = {"TEXT": {"REGEX": _SHAPE_REGEXES[3]}, "OP": "+"}
        self.shapes.add(  # a head first, like a programme's: "the Act on Monday" is no name
            "POLICY_HF",
            # "the Agreement on the Maintenance of Peace and Tranquillity in the Border
            # Areas": up to six more parts after "and", "of", "for", "in" or "on" (and the
            # words of its kind before the head: see ``_kind_before``)
            [[*first, titled_words, *_NAME_PART * n] for n in range(7)],
            greedy="LONGEST",
        )
        # "the Initiative on Critical and Emerging Technology", "a Strategy for Digital
        # Ruritania": a programme's head first
        programme: list[dict[str, Any]] = [
            {"TEXT": {"REGEX": _SHAPE_REGEXES[3]}, "OP": "*"},  # "National Strategy for …"
            {"ORTH": {"IN": sorted(_PROGRAMME_FIRST)}}, {"ORTH": {"IN": ["on", "for"]}}]
        year: dict[str, Any] = {"TEXT": {"REGEX": _SHAPE_REGEXES[2]}, "OP": "?"}
        self.shapes.add(
            "POLICY_HF",
            [[*programme, titled_words, year],
             [*programme, titled_words, {"LOWER": {"IN": ["and", "of", "for", "in"]}},
              {"LOWER": "the", "OP": "?"}, titled_words, year]],
            greedy="LONGEST",
        )
        # "Resolution 4/2022", "Decree No. 53/2019": an instrument by its number
        # "Decree No. 4412-ABC-DEF": a number, then the issuing offices' codes
        # "Decree 53/2022/ND-CP": the codes after a slash too
        codes: list[dict[str, Any]] = [
            {"ORTH": {"IN": ["-", "/"]}, "OP": "?"}, {"TEXT": {"REGEX": r"^[A-Z]{2,8}$"}, "OP": "?"},
            {"ORTH": "-", "OP": "?"}, {"TEXT": {"REGEX": r"^[A-Z]{2,8}$"}, "OP": "?"}]
        # "Ministerial Regulation No. 5": the issuer's kind before (the name runs on over
        # "of 2020" as any name does, see _name_tail)
        issuer: dict[str, Any] = {"ORTH": {"IN": sorted(_ISSUER_KINDS)}, "OP": "?"}
        # "Decree No. 539-20": the year after a hyphen, as Latin American states number them
        yeared: list[dict[str, Any]] = [{"ORTH": "-"},
                                        {"TEXT": {"REGEX": r"^\d{2,4}$"}}]
        # (with a name before the head too, "the Acme Directive 22-01": see ``_kind_before``)
        numbered = [[issuer, {"ORTH": {"IN": sorted(_NUMBERED_HEADS)}},
                     {"ORTH": {"IN": ["No.", "no."]}, "OP": "?"},
                     {"TEXT": {"REGEX": _SHAPE_REGEXES[4]}, "SPACY": False}, *yeared],
                    [issuer, {"ORTH": {"IN": sorted(_NUMBERED_HEADS)}},
                     {"ORTH": {"IN": ["No.", "no."]}, "OP": "?"},
                     {"TEXT": {"REGEX": _SHAPE_REGEXES[4]}}, *codes],
                    # the tokenizer parts "No." from its full stop
                    [issuer, {"ORTH": {"IN": sorted(_NUMBERED_HEADS)}},
                     {"ORTH": {"IN": ["No", "no"]}}, {"ORTH": "."},
                     {"TEXT": {"REGEX": _SHAPE_REGEXES[4]}}, *codes],
                    [issuer, {"ORTH": {"IN": sorted(_NUMBERED_HEADS)}},
                     {"ORTH": {"IN": ["No", "no"]}}, {"ORTH": "."},
                     {"TEXT": {"REGEX": _SHAPE_REGEXES[4]}, "SPACY": False}, *yeared]]
        self.shapes.add("POLICY", numbered, greedy="LONGEST")
        self.shapes.add(
            "POLICY_LC",
            [[{"ORTH": {"IN": sorted(_OWNER_WORDS)}},
              {"LOWER": {"IN": sorted(_POLICY_ADJECTIVES)}, "OP": "?"},
              {"TEXT": {"REGEX": _SHAPE_REGEXES[3]}, "OP": "+"},
              {"LOWER": {"IN": sorted(LOWER_POLICY_HEADS)}}]],
            greedy="LONGEST",
        )
        #: what each word (by its ORTH id) can be in a shape: see :meth:`_shape_role`
        self._shape_roles: dict[int, int] = {}

    def _add_phrases(self, nlp: Language, tag: str, table: dict[str, str]) -> None:
        by_target: dict[str, list[str]] = {}
        for name, target in table.items():
            by_target.setdefault(target, []).append(name)
        for target, names in sorted(by_target.items()):
            self.phrases.add(f"{tag}|{target}", [nlp.make_doc(n) for n in sorted(names)])

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.pg_mentions = self.find(doc)
        except Exception as exc:  # noqa: BLE001 - one odd article must not stop a batch
            record_failure(doc, "pg_mentions", exc)
            doc._.pg_mentions = []
        doc.user_data.pop(_PAIRS, None)
        return doc

    def find(self, doc: Doc) -> list[Mention]:
        """All mentions in ``doc``, non-overlapping, in text order."""
        gazetteer = _foreign_ministries_named_alone(list(self._gazetteer_mentions(doc)))
        taken = _Coverage()
        chosen: list[Mention] = []
        for m in sorted(gazetteer, key=lambda m: (-(m.end - m.start), m.start)):
            if taken.free(m.start, m.end):
                taken.add(m.start, m.end)
                chosen.append(m)
        for m in _short_forms(doc, chosen, self.gaz):
            if taken.free(m.start, m.end):
                taken.add(m.start, m.end)
                chosen.append(m)
        _drop(chosen, taken, _firms_in_personal_names(doc, chosen, taken))
        _drop(chosen, taken, _demonyms_opening_bodies(doc, chosen))
        chosen = _national_units(doc, chosen, taken)
        chosen = _subsidiaries(doc, chosen, taken)
        chosen = _units_named_in_full(doc, chosen, taken)
        chosen = _national_operators(doc, chosen, taken)
        chosen = _units_by_demonym(doc, chosen, taken)
        chosen = _home_units(doc, chosen, self.gaz)
        named = [*_named_policies(doc, chosen), *_acronym_named(doc), *_quoted_policies(doc),
                 *_acronym_before_noun(doc), *_signed_names(doc, chosen)]
        for m in sorted(named, key=lambda m: m.start):
            covered = [c for c in chosen if c.start < m.end and m.start < c.end]
            # a name given in apposition wins over a country inside it ("Digital Ruritania
            # 2030"), never over a known organisation or policy
            if all(c.type is EntityType.COUNTRY and m.end - m.start > c.end - c.start
                   for c in covered) and taken.free(m.start, m.end, ignore=covered):
                _drop(chosen, taken, covered)
                taken.add(m.start, m.end)
                chosen.append(m)
        for m in _so_called(doc):
            inner = [c for c in chosen if m.start <= c.start and c.end <= m.end]
            if taken.free(m.start, m.end, ignore=inner):
                _drop(chosen, taken, inner)  # "the so-called Acme TV law": not the firm
                taken.add(m.start, m.end)
                chosen.append(m)
        for m in _legal_firms(doc):
            inner = [c for c in chosen if m.start <= c.start and c.end <= m.end and (
                c.type is EntityType.PERSON or c.kind == "capital")]
            if taken.free(m.start, m.end, ignore=inner):
                # "the law firm Roe Vance LLP": a firm, whatever person or city it names
                _drop(chosen, taken, inner)
                taken.add(m.start, m.end)
                chosen.append(m)
        for m in [*_research_bodies(doc), *_firms_listed_after(doc)]:
            inner = [c for c in chosen if m.start <= c.start and c.end <= m.end and
                     c.type in {EntityType.COUNTRY, EntityType.PERSON}]
            if taken.free(m.start, m.end, ignore=inner):
                # "the Lima Centre for Digital Policy", "the state railways: Peru Rail and
                # ...": the centre and the firm, not the capital or the country in the name
                _drop(chosen, taken, inner)
                taken.add(m.start, m.end)
                place = next((c.country for c in inner if c.type is EntityType.COUNTRY),
                             None) or self.gaz.country_by_name.get(doc[m.start].text) or \
                    self.gaz.country_by_demonym.get(doc[m.start].text)
                chosen.append(Mention(m.start, m.end, m.key, m.type, m.surface, m.name,
                                      m.kind, place))
        chosen = _registered_units(doc, chosen, taken)
        for m in self._shape_mentions(doc, chosen):
            quoted = _to_closing_quote(doc, m)
            whole = quoted.end != m.end  # a name in quotes, read to the closing mark
            m = quoted
            inner = [c for c in chosen if m.start <= c.start and c.end <= m.end
                     and (whole or m.start < c.start or m.type is c.type is EntityType.POLICY
                          and c.kind == "appos" and _named_head_first(doc, m.start, m.end))]
            city = [c for c in chosen if m.start <= c.start and c.kind == "capital"
                    and c.end < m.end and doc[m.end - 1].text in _CITY_NAMED_HEADS]
            # ("the Paris Agreement", "the Lima-Santiago Vision": cities in its name)
            if m.type is EntityType.POLICY and city and taken.free(m.start, m.end, ignore=city):
                inner = city  # "the Paris Agreement": the city starts the name
            if m.type is EntityType.POLICY and inner and (
                    doc[m.end - 1].text in _LAW_HEADS or inner == city or whole
                    or _named_head_first(doc, m.start, m.end)
                    and all(c.type is EntityType.COUNTRY or c.kind == "appos" for c in inner)) \
                    and taken.free(m.start, m.end, ignore=inner):
                # "the No Acme on Government Devices Act": the law, not the firm inside it;
                # "the Treaty on the Peru-Chile Border": the treaty, not the countries (nor
                # "the Cooperation Agreement" read as a name before "on ...")
                _drop(chosen, taken, inner)
            seat = [c for c in chosen if m.start <= c.start and c.end <= m.end
                    and c.kind == "capital"]
            if m.type is EntityType.GOVERNMENT_BODY and seat and "Court" in m.surface and \
                    taken.free(m.start, m.end, ignore=seat):
                _drop(chosen, taken, seat)  # "the Amsterdam Court of Appeal": the court
            if taken.free(m.start, m.end):
                taken.add(m.start, m.end)
                chosen.append(m)
        for m in [*_threat_groups(doc), *_listed_people(doc), *_parties(doc), *_employers(doc),
                  *_based_names(doc),
                  *_named_groups(doc), *_firms_described_after(doc), *_acronymed_groups(doc),
                  *_firms_described_next(doc, self.gaz),
                  *self._titled_people(doc), *self._titled_list(doc), *_judges(doc),
                  *self._ner_mentions(doc),
                  *self._led_by_people(doc), *_appositive_people(doc), *_regnal_names(doc)]:
            named_firm = m.kind == "ner" and m.type is EntityType.COMPANY and \
                m.end - m.start >= 3 and doc[m.end - 1].text in LEGAL_FORMS | {
                    "Company", "Corporation"}
            # "the ruling Ruritanian Dream party": a party's name the demonym opens
            party = m.end < len(doc) and doc[m.end].lower_ == "party" and \
                m.end - m.start >= 2 and m.start >= 1 and \
                doc[m.start - 1].lower_ in _PARTY_STANDING
            inside = [c for c in chosen if (m.start < c.start or named_firm and c.kind == "name"
                                            and m.start == c.start or party
                                            and c.kind == "demonym" and m.start == c.start)
                      and c.end <= m.end and c.type is EntityType.COUNTRY]
            if m.kind == "ner" and inside and taken.free(m.start, m.end, ignore=inside) and (
                    m.type is EntityType.ORGANIZATION or spells_out(doc, m.start, m.end) or party
                    or "based" in doc_texts(doc)[max(m.start - 4, 0) : m.start]
                    or m.type in {EntityType.PERSON, EntityType.COMPANY}
                    and all(c.kind == "capital" and c.end == m.end for c in inside)
                    or named_firm):  # "Ruritania Ports Company": a firm named after its country
                # "the Istanbul-based Open Web Ruritania Initiative": the group, not the
                # country inside its name; "Jane Lima": her surname, "Bank Lima": the firm, not
                # the capital
                _drop(chosen, taken, inside)
            if m.kind == "titled":
                # "Jane Roe, the Second Vice-President": the whole name, where the NER read
                # only the family name as a person's
                part = [c for c in chosen if m.start <= c.start and c.end <= m.end
                        and (c.start, c.end) != (m.start, m.end)
                        and c.type is EntityType.PERSON and c.kind in {"ner", "surname"}]
                if part and taken.free(m.start, m.end, ignore=part):
                    _drop(chosen, taken, part)
            if taken.free(m.start, m.end):
                taken.add(m.start, m.end)
                chosen.append(m)
        surnames = {doc[p.end - 1].text for p in chosen
                    if p.type is EntityType.PERSON and p.end - p.start >= 2}
        for c in [c for c in chosen if c.kind == "capital" and c.surface in surnames
                  and doc[c.start].ent_type_ == "PERSON"]:
            # "Amsterdam said" after "Robert Amsterdam": his surname, not the capital
            chosen.remove(c)
            chosen.append(Mention(c.start, c.end, person_key(c.surface), EntityType.PERSON,
                                  c.surface, c.surface, "surname"))
        listed = list(_listed_operators(doc, chosen, self.gaz))
        for m in listed:
            # "the two operators - state-owned Acmetel and ...": a telco, whatever person's
            # name the NER read in it
            _drop(chosen, taken, [c for c in chosen if c.type is EntityType.PERSON
                                  and c.kind in {"ner", "surname"}
                                  and m.start <= c.start and c.end <= m.end])
        for m in [*_coordinated_firms(doc, chosen), *_consortia(doc), *_described_firms(doc),
                  *_founded_firms(doc), *listed]:
            if m.end - m.start == 2 and doc[m.end - 1].is_digit and m.kind == "ner":
                # "the French stations Peru 24 and ...": the channel, not the country
                _drop(chosen, taken, [c for c in chosen if c.start == m.start
                                      and c.end < m.end and c.type is EntityType.COUNTRY])
            if m.end - m.start == 1 or m.start > 0 and doc[m.start - 1].lower_ in _FINANCE_FIRMS:
                # "the social network Acmex": the firm, not the person the NER read
                _drop(chosen, taken, [c for c in chosen if (c.start, c.end) == (m.start, m.end)
                                      and c.type is EntityType.PERSON
                                      and c.kind in {"ner", "surname"}])
            if taken.free(m.start, m.end):
                taken.add(m.start, m.end)
                chosen.append(m)
        for m in _named_after_group(doc, taken, chosen):
            # "Peru's ICT association, ACTI,": the association, not a firm "ICT"
            _drop(chosen, taken, [c for c in chosen if c.end == m.start - 2 and c.kind == "ner"
                                  and c.type in {EntityType.COMPANY, EntityType.ORGANIZATION}])
            taken.add(m.start, m.end)
            chosen.append(m)
        for m in list(_named_again(doc, chosen)):
            # the firm's name again, which the NER may have taken for a person's there
            _drop(chosen, taken, [c for c in chosen if c.start == m.start and c.end == m.end
                                  and c.type is EntityType.PERSON
                                  and c.kind in {"ner", "surname"}])
            if taken.free(m.start, m.end):
                taken.add(m.start, m.end)
                chosen.append(m)
        for m in _embassies(doc, chosen, taken, self.gaz):
            taken.add(m.start, m.end)
            chosen.append(m)
        for m in _national_ministries(doc, chosen, taken, self.gaz):
            taken.add(m.start, m.end)
            chosen.append(m)
        for m in _legislatures(doc, chosen, taken, self.gaz):
            # the NER's bare "Parliament" is the legislature the article names
            _drop(chosen, taken, [c for c in chosen if (c.start, c.end) == (m.start, m.end)])
            taken.add(m.start, m.end)
            chosen.append(m)
        for m in _cabinets(doc, chosen, taken, self.gaz):
            _drop(chosen, taken, [c for c in chosen if (c.start, c.end) == (m.start, m.end)])
            taken.add(m.start, m.end)
            chosen.append(m)
        for m in _chambers_by_name(doc, chosen, self.gaz):
            # the NER's firm or body over the chamber's words is the chamber
            _drop(chosen, taken, [c for c in chosen if c.start < m.end and m.start < c.end])
            taken.add(m.start, m.end)
            chosen.append(m)
        chosen = _spelled_in_full(doc, chosen, taken)
        chosen = _named_for_country(doc, chosen, taken, self.gaz)
        chosen = self._offices_as_titles(doc, chosen)
        chosen = _issuing_decrees(doc, chosen)
        return sorted(_as_publisher(doc, m) for m in chosen if not _said_on(doc, m))

    #: Last words of an office the gazetteer knows by its holder's title.
    _OFFICE_TITLES = frozenset({"Representative", "Commissioner", "Ombudsman"})

    def _offices_as_titles(self, doc: Doc, chosen: list[Mention]) -> list[Mention]:
        """"U.S. Trade Representative Jane Roe": a title before her name, not the office
        the gazetteer knows by it, unless the article names the office elsewhere; the
        country the title opens with stays.

        >>> from policygraph.pipeline import load_pipeline
        >>> doc = load_pipeline()("U.S. Trade Representative Jane Roe met him.")
        >>> [(m.surface, m.type.value) for m in doc._.pg_mentions]
        [('U.S.', 'Country'), ('Jane Roe', 'Person')]
        """
        starts = {m.start: m for m in chosen}
        out = []
        for m in chosen:
            person = starts.get(m.end)
            if m.kind != "name" or m.type is not EntityType.GOVERNMENT_BODY or person is None \
                    or person.type is not EntityType.PERSON \
                    or doc[m.end - 1].text not in self._OFFICE_TITLES \
                    or any(c.key == m.key and c is not m for c in chosen):
                out.append(m)
                continue
            for k in range(min(3, m.end - m.start - 1), 0, -1):
                code = self.gaz.country_by_name.get(doc[m.start : m.start + k].text)
                if code is not None:
                    out.append(Mention(m.start, m.start + k, f"country/{code}",
                                       EntityType.COUNTRY, doc[m.start : m.start + k].text,
                                       str(self.gaz.countries[code]["name"]), "name", code))
                    break
        return out

    # -- gazetteer -------------------------------------------------------------
    def _gazetteer_mentions(self, doc: Doc) -> Iterable[Mention]:
        telecom_doc = None
        # a name that may be a common word, where the article shows it is the firm once
        # ("Cell C, MTN, Rain and Telkom"): the firm wherever else it stands as a name
        held: list[Mention] = []
        passed: set[str] = set()
        places: list[tuple[int, int]] = []  # capitals named as where things happen
        for match_id, start, end in self.phrases(doc):
            tag, target = doc.vocab.strings[match_id].split("|", 1)
            if doc[start].lower_ == "the" and end - start > 1:
                start += 1
            surface = doc[start:end].text
            if tag in "CDK":
                kind = {"C": "name", "D": "demonym", "K": "capital"}[tag]
                if kind == "capital" and self._is_place(doc, start):
                    places.append((start, end))
                    continue
                if any(a <= start and end <= b for a, b in places):
                    continue  # "met in Fort-de-France": the city, not the state in its name
                if kind == "capital" and end + 1 < len(doc) and doc[end].text == "-" and \
                        doc[end + 1].lower_ in {"listed", "quoted", "traded"}:
                    continue  # "Sydney-listed Acme": where its shares trade, not a state
                if start and doc[start - 1].text == "New":
                    continue  # "New Jersey", "New Mexico": a state of another country
                if start and doc[start - 1].text in _REGION_WORDS and \
                        surface in {"America", "Americas", "American"}:
                    continue  # "Latin America", "South American states": a region
                if end < len(doc) and doc[end].ent_type_ == "PERSON" and \
                        doc[end].ent_iob_ == "I" and doc[end].is_title:
                    continue  # "Sofia Jensen", "Jordan Lee": a first name, not a place
                if kind == "capital" and _inside_a_name(doc, start, end):
                    continue  # "Ana Sofia Roe": a middle name
                if kind == "capital" and _route_end(doc, start, end):
                    continue  # "the Lima-Quito highway": a city the route runs through
                if kind == "demonym" and _a_language(doc, start, end):
                    continue  # "its Spanish initials", "in Spanish": a language
                yield Mention(start, end, country_key(target), EntityType.COUNTRY, surface,
                              self.gaz.country_name(target), kind, target)
            elif tag == "H":
                if named_after(doc, end - 1) or end - start == 1 and \
                        surface in _RULER_TITLES and end < len(doc) and doc[end].is_title:
                    continue  # "King Abdullah II": a title, not Mr King
                if end - start == 1 and _opens_other_name(doc, start, target):
                    continue  # "Mohammed Jane Roe": a given name, not Mr Mohammed's surname
                yield Mention(start, end, person_key(target), EntityType.PERSON, surface, target,
                              "name", self.gaz.people[target].country)
            elif tag == "O":
                org = self.gaz.orgs[target]
                if end - start == 1 and _ends_a_name(doc, start):
                    continue  # "Jane al-Acme": the end of a person's name, not the firm
                if end - start == 1 and surface.isupper() and doc[start].is_stop and \
                        _a_capitals_line(doc, start):
                    continue  # "2 / WHO PULLED THE PLUG": a heading's word, not the WHO
                demonym = self.gaz.country_by_demonym.get(doc[start - 1].text) if start else None
                if demonym and org.country and demonym != org.country and \
                        org.type is EntityType.GOVERNMENT_BODY:
                    # "the Nepali Congress": the other country's body of that name
                    name = doc[start - 1 : end].text
                    yield Mention(start - 1, end, org_key(f"{demonym.lower()}-{name}"),
                                  EntityType.GOVERNMENT_BODY, name, name, "shape", demonym)
                    continue
                if org.type in {EntityType.TELCO, EntityType.COMPANY} and end < len(doc) and \
                        doc[end].text in _REGULATOR_HEADS:
                    continue  # "the Ruritania Telecom Authority": a regulator, not the firm
                if org.type in {EntityType.TELCO, EntityType.COMPANY} and start >= 2 and \
                        doc[start - 1].lower_ in {"of", "for"} and \
                        doc[start - 2].text in _PORTFOLIO_HOLDERS:
                    continue  # "the Department of Acme Resources": the portfolio, not the firm
                if org.type is EntityType.GOVERNMENT_BODY and _body_of_body(doc, end) and \
                        not GOV_HEADS & set(org.name.split()):
                    continue  # "the Acme House Security Council": the council, named whole
                if org.type is EntityType.GOVERNMENT_BODY and "Party" in org.name and any(
                        t.lower_ == "opposition" for t in doc[max(start - 3, 0) : start]):
                    # "Ruritania's opposition Acme Party": out of power in this story, so an
                    # organisation (the contract's body is a party in power)
                    org = replace(org, type=EntityType.ORGANIZATION)
                local = self._local_firm(doc, start, surface, org) if org.ambiguous else None
                if local is not None:
                    org = local  # "Senegal's operators, Sonatel, Free and Expresso": Free
                    # Senegal, not France's Free
                if org.ambiguous and end - start == 1:
                    if telecom_doc is None:
                        telecom_doc = self._is_telecom_doc(doc)
                    chamber = org.type is EntityType.GOVERNMENT_BODY and surface == \
                        "Senate" and start > 0 and doc[start - 1].lower_ == "the" \
                        and not (end < len(doc) and doc[end].is_title)  # "the Senate"
                    if not (chamber or self._looks_like_name(doc, start, end)):
                        continue
                    if start > 0 and doc[start - 1].text in self.gaz.org_by_name:
                        continue  # "Acme Play", "Acme Music": a firm's product
                    if not (chamber or telecom_doc and not org.listed_only
                            or self._listed_with_firms(doc, start, end)
                            or _named_in_full(doc, org)
                            or not org.listed_only and (_firm_by_ner(doc, surface)
                                                        or _owns_a_product(doc, start, end)
                                                        or _apposed_firm(doc, end))):
                        held.append(Mention(start, end, org_key(org.id), org.type, surface,
                                            org.name, "name", org.country))
                        continue
                    passed.add(org.id)
                yield Mention(start, end, org_key(org.id), org.type, surface, org.name, "name",
                              org.country)
            else:
                pol = self.gaz.policies[target]
                yield Mention(start, end, policy_key(pol.name), EntityType.POLICY, surface,
                              pol.name, "name", pol.country)
        yield from (m for m in held if m.key.removeprefix("org/") in passed)

    @staticmethod
    def _is_place(doc: Doc, start: int) -> bool:
        """A capital used as a place ("in Seoul"), not as its government."""
        prev = doc[start - 1] if start else None
        if prev is None or prev.lower_ not in {"in", "to", "from", "at", "near", "via", "into"}:
            return False
        if prev.lower_ == "from" and start >= 2 and doc[start - 2].lower_ in _PRESSURE_NOUNS:
            return False  # "pressure from Ruritania's capital": its government acting
        # "to Acmeville, which imposed curbs": the capital acts in its own clause
        return not (start + 2 < len(doc) and doc[start + 1].text == ","
                    and doc[start + 2].lower_ == "which")

    def _is_telecom_doc(self, doc: Doc) -> bool:
        return any(lower in self.telco_cues or lower in _TELECOM_WORDS
                   for _, lower in doc_words(doc))

    def _listed_with_firms(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a word that may be a firm stands in a list next to a known firm whose name
        is not ambiguous: "Alphabet, Amazon, Apple and Microsoft", not "the Amazon basin"."""
        near: list[str] = []
        k = start - 1
        while k >= 1 and doc[k].text in {",", "and"} and len(near) < 6:  # one-word names
            near.append(doc[k - 1].text)
            k -= 2
        k = end
        while k + 1 < len(doc) and doc[k].text in {",", "and"} and len(near) < 12:
            if doc[k + 1].text == "and" and k + 2 < len(doc):
                k += 1  # ", and"
            near.append(doc[k + 1].text)
            k += 2
        for name in near:
            known = self.gaz.org_by_name.get(name)
            if known is not None and not self.gaz.orgs[known].ambiguous:
                return True
        return False

    def _local_firm(self, doc: Doc, start: int, surface: str, org: OrgEntry) -> OrgEntry | None:
        """The local firm an ambiguous brand stands for in this article: "Senegal's three
        operators, Sonatel, Free and Expresso" is Free Senegal, not France's Free, when the
        gazetteer knows that country's firm by the brand and the country ("Free Senegal").
        Every bare mention of the brand in the article is that firm, unless the article also
        names the brand's own firm ("France's Orange"), or sentences name two countries'."""
        if start and (doc[start - 1].text in {"'s", "’s"}
                      or doc[start - 1].text in self.gaz.country_by_demonym):
            return None  # "France's Orange", "the French Orange": the one its owner names
        local = doc.user_data.get("pg_local_brands")
        if local is None:
            local = doc.user_data["pg_local_brands"] = self._local_brands(doc)
        found = local.get(surface)
        return self.gaz.orgs[found] if found is not None and found != org.id else None

    def _local_brands(self, doc: Doc) -> dict[str, str]:
        """For each ambiguous brand of ``doc``, the one local firm its sentences place it
        in, if the article does not also name the brand's home firm."""
        brands = self.gaz.local_brands
        places: dict[str, set[str]] = {}
        home: set[str] = set()
        for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
            codes = {code for w in re.findall(r"[A-Z][\w.-]*", sent.text)
                     if (code := self.gaz.country_by_name.get(w))}
            for t in sent:
                if t.text not in brands:
                    continue
                before = doc[t.i - 2].text if t.i >= 2 and doc[t.i - 1].text in {"'s", "’s"} \
                    else doc[t.i - 1].text if t.i else ""
                owner = self.gaz.country_by_name.get(before) or \
                    self.gaz.country_by_demonym.get(before)
                known = self.gaz.org_by_name.get(t.text)
                if owner and known and owner == self.gaz.orgs[known].country:
                    home.add(t.text)  # "France's Orange": the group is in the story
                places.setdefault(t.text, set()).update(
                    c for c in codes if (t.text, c) in self.gaz.local_brand)
        return {b: self.gaz.local_brand[(b, next(iter(c)))] for b, c in places.items()
                if len(c) == 1 and b not in home}

    @staticmethod
    def _looks_like_name(doc: Doc, start: int, end: int) -> bool:
        token = doc[start]
        if not token.text[:1].isupper():
            return False
        if start > 0 and doc[start - 1].lower_ == "the":  # "the Amazon", "the Orange"
            return False
        if token.is_sent_start and end < len(doc) and doc[end].pos_ in {"NOUN"}:
            return False
        if token.like_num and end < len(doc) and (doc[end].lower_ in {"and", "or", "of", "to",
                                                                        "-", "in", "out"}
                                                   or doc[end].pos_ in {"NOUN", "NUM", "ADJ"}
                                                   or doc[end].tag_ == "VBG"):
            return False  # "Three of the operators", "Three working groups": a number
        if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and \
                doc[end].ent_type_ not in {"GPE", "ORG"}:
            return False  # "Orange County", "Three Gorges": part of another name
        if start > 0 and token.ent_iob_ == "I" and doc[start - 1].is_title:
            return False  # "Liberty House": the end of another name
        k = _entity_goes_on(doc, end)
        # "the Three Peru Unity Summit": the start of an event's or a body's name
        return not (k > end and doc[k - 1].text in _EVENT_ENDS | ORG_ENDS | GOV_HEADS)

    # -- shapes ----------------------------------------------------------------
    def _shape_mentions(self, doc: Doc, gazetteer: list[Mention]) -> Iterable[Mention]:
        countries = {i: m for m in gazetteer if m.type is EntityType.COUNTRY
                     for i in range(m.start, m.end)}
        chosen_countries = [m for m in gazetteer if m.type is EntityType.COUNTRY]
        bodies = {m.start: m for m in gazetteer
                  if m.type in {EntityType.ORGANIZATION, EntityType.GOVERNMENT_BODY}}
        spans = []
        for match_id, start, end in self.shape_matches(doc):
            label = doc.vocab.strings[match_id]
            if doc[start].text in _LEANINGS:  # (a shape match ends in a head word after it)
                start += 1  # "the Islamist Acme Party": what it stands for, then its name
            if label == "POLICY" and any(
                    doc[k].text in GOV_OF_HEADS and doc[k + 1].lower_ in {"of", "for", "on"}
                    for k in range(start, end - 1)):
                continue  # "the Supreme Council for Network Safety" is a body, not a Network
            if label == "GOV_OF_C" and not _ends_in_country(doc, start, end, countries):
                continue
            if label == "POLICY_HF":
                label, end = "POLICY", _programme_end(doc, start, _over_and(doc, end, countries),
                                                      countries)
                if end - start < 2:
                    continue
                if doc[start].text in _HEAD_FIRST:
                    start = _kind_before(doc, start, 2)  # "the Cooperation Agreement on ..."
            elif label == "POLICY" and (doc[start].text in _NUMBERED_HEADS or doc[
                    start].text in _ISSUER_KINDS) and end - start > 2 and doc[end - 2].text == "-":
                start = _kind_before(doc, start, 4)  # "the Binding Acme Directive 17-01"
            if label == "POLICY" and (opened := _unclosed(doc, start, end)) is not None:
                # "the Acme Act (Act No. 5/2018)": the name ends before the bracket
                end = opened
                if end - start < 2 or doc[end - 1].text not in POLICY_HEADS:
                    continue
            if label == "GOV_HEAD" and doc[end - 1].text == "Court":
                end = _court_seat(doc, end)
            if label == "GOV_HEAD" and start > 0 and doc[start - 1].text == "-" and \
                    not doc[start - 1].whitespace_:
                # "the pro-Ruritanian Peoples' Party": the name starts after the prefix
                start = next((k for k in range(start + 1, end) if doc[k].text in {"'", "’"}
                              and not doc[k - 1].text[:1].islower()), start + 1) - 1
                if end - start < 2:
                    continue
            spans.append(Span(doc, start, end, label=label))
        for span in (piece for whole in filter_spans(spans) for piece in _split_listed(whole)):
            start, end = span.start, span.end
            country = None
            if span.label_ == "POLICY_LC":
                owner = countries.get(start - 1)
                country = owner.country if owner is not None else None
                start += 1
                while start < end and doc[start].is_lower:
                    start += 1
            while start < end and (doc[start].text in TITLE_STOP and doc[start].is_sent_start
                                   or doc[start].lower_ == "the"
                                   # "None of the Acme Act applies": no word of the name
                                   or (doc[start].is_sent_start or start > 0 and doc[
                                       start - 1].text in _QUOTES) and doc[start].pos_ == "PRON"
                                   # "Using the Acme Act is rare": the verb opens no name
                                   or (doc[start].is_sent_start or start > 0 and doc[
                                       start - 1].text in _QUOTES) and doc[start].tag_ == "VBG"
                                   and start + 1 < end and doc[start + 1].lower_ == "the"
                                   or start > span.start and doc[start].is_lower
                                   or span.label_ == "POLICY" and end - start > 2
                                   and _YEAR.fullmatch(doc[start].text) and start > 0
                                   and doc[start - 1].lower_ in {"the", "its", "their", "'s",
                                                                 "’s"}):
                start += 1  # "the 1977 Example Treaty": the year it dates from, no name
            if span.label_ == "POLICY" and end - start > 3 and _CITATION.match(doc[start].text) \
                    and doc[start + 1].lower_ == "of":
                # "Section 12 of the Acme Act": the section cites the law, which is the name
                start += 3 if doc[start + 2].lower_ == "the" else 2
            if span.label_.startswith("GOV") and start == span.start and start > 0 and \
                    doc[start - 1].is_upper and doc[start - 1].is_alpha and \
                    len(doc[start - 1]) > 1 and doc[start].ent_iob_ == "I" and \
                    (start - 1) not in countries and doc[start - 1].ent_type_ == "ORG":
                start -= 1  # "the ACME Economic Council": the bloc's acronym opens the name
            owners = 0
            capital = countries.get(start)
            trimmed_end = _trim_end(doc, start, end)
            last = capital.end if capital is not None else start
            while last + 1 < trimmed_end and doc[last].text in {"-", "–"} and \
                    countries.get(last + 1) is not None and countries[last + 1].kind == "capital":
                last = countries[last + 1].end  # "the Lima-Santiago Vision": two cities
            if span.label_ == "POLICY" and capital is not None and capital.kind == "capital" \
                    and capital.start == start and trimmed_end == last + 1 \
                    and doc[trimmed_end - 1].text in _CITY_NAMED_HEADS \
                    and not (trimmed_end < len(doc) and doc[trimmed_end].is_title):
                # (not "Lima Vision Systems", a firm's name that goes on)
                # "the Paris Agreement", "the Budapest Convention": named after the city, no
                # one's policy; the capital stays the name's first word
                treaty = self._policy_shape(doc[start:trimmed_end], None)
                if treaty is not None:
                    yield treaty
                continue
            while start < end and start in countries:
                country = countries[start].country
                if countries[start].kind == "capital" and "Court" in doc[start:end].text:
                    break  # "the Amsterdam Court of Appeal": the city names the court
                owners += 1
                start = countries[start].end
                if start < end and doc[start].text in {"'s", "’s", "'", "’", "-", "–"}:
                    start += 1
            if owners > 1:
                country = None  # "the EU-US Trade Council": two parties' body, no one's
            if span.label_ == "POLICY" and start in bodies and bodies[start].end < end - 1:
                start = bodies[start].end  # "the NATO 2030 Agenda": the body is its owner
            end = _trim_end(doc, start, end)
            if span.label_ == "POLICY" and end > start and doc[end - 1].text in _TARGETED_HEADS:
                country = None  # "the Ruritania General License": a licence about Ruritania
            if span.label_ == "POLICY":
                end = _through_acronym(doc, end)
                if doc[end - 1].text in ORG_ENDS:
                    continue  # "the Example Policy Institute (EPI)": a think tank
                if start >= 2 and doc[start - 1].lower_ == "based" and \
                        doc[start - 2].text in {"-", "–"}:
                    continue  # "the Bali-based Example Network": an organisation sits there
            named_end = end
            if span.label_ == "GOV_OF_C":  # the country that ends the body's name
                tail = countries[end - 1]
                named_end, country = tail.start, tail.country
            if end - start < 1 or any(
                    i in countries and not (countries[i].kind == "capital" and
                                            "Court" in doc[start:end].text)
                    for i in range(start, named_end)) and not (
                    span.label_ == "POLICY" and (doc[end - 1].text in _LAW_HEADS
                                                 or _named_head_first(doc, start, end))):
                # a country inside a name: only a law's ("the Investment Ruritania Act") or
                # one named head first ("the Treaty on the Peru-Chile Border")
                continue
            if span.label_ not in {"POLICY", "POLICY_LC"}:
                # "Council of Ministers Prime Minister Denkov": the body ends at the title
                # "the Office of the Data Commissioner": the title ends the office's name;
                # "Office of Example Director Jane Roe" is cut before it
                office_of = doc[start].text == "Office" and doc[start + 1].lower_ == "of"
                cut = next((k for k in range(start + 2, end) if doc[k].text in _TITLE_START
                            and not (office_of and k == end - 1)), end)
                end = cut
                inner_the = [k for k in range(start + 1, end) if doc[k].lower_ == "the"
                             and doc[k - 1].lower_ not in {"of", "for", "and", "on"}]
                if inner_the:  # "Contact the Press Office": the name starts after "the"
                    start = inner_the[-1] + 1
                end = _trim_end(doc, start, end)
                if end - start < 2 or doc[start:end].text in _GENERIC_BODIES:
                    continue
                if _cabinet_title(doc, end):
                    continue
            trimmed = doc[start:end]
            if span.label_ in {"POLICY", "POLICY_LC"}:
                runs_to, numbered = (_name_tail(doc, end, countries) if span.label_ == "POLICY"
                                     else (end, False))
                mention = self._policy_shape(trimmed, country, issued=numbered)
                if mention is not None and runs_to > end:
                    name = canonical_policy_name(doc[start:runs_to].text)
                    mention = replace(mention, end=runs_to, key=policy_key(name),
                                      surface=doc[start:runs_to].text, name=name)
            else:
                owner = countries.get(start - 2) if start >= 2 and \
                    doc[start - 1].text in {"'s", "’s"} else None
                if country is None and owner is not None and owner.kind == "name" and \
                        doc[end - 1].text in {"Ministry", "Office"} and end - start == 2:
                    # "Chile's Foreign Ministry": that state's, not a name every state uses
                    country = owner.country
                mention = self._gov_shape(trimmed, country, chosen_countries)
            if mention is not None and named_end < end:
                # the name runs on over "of Ruritania", the country stays a mention of its own
                cut = named_end - (2 if doc[named_end - 1].lower_ == "the" else 1)
                mention = replace(mention, end=cut, surface=doc[start:cut].text)
            if mention is not None:
                yield mention

    def shape_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``self.shapes(doc)``: the same matches in the same order, for a fraction of the
        cost.

        A shape is a run of words each of which some pattern element accepts, with a head
        word in it ("Ministry", "Policy", "strategy" ...). Every element tests the word
        alone (its text, lower case, title case), so a word that no element accepts ends
        every match, and the Matcher runs only over the runs between such words that hold
        a head word: most of an article is never looked at. What the Matcher returns for
        a whole document is, key by key in the order each key first matched, that key's
        matches longest first (then leftmost); the runs' matches are put in that order.
        """
        roles = self._shape_roles
        if len(roles) > _MAX_ROLES:
            roles.clear()
        windows: list[tuple[int, int]] = []
        start, head = 0, False
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            role = roles.get(orth)
            if role is None:
                role = roles[orth] = self._shape_role(doc.vocab[orth])
            if role == _NO_SHAPE:
                if head:
                    windows.append((start, i))
                start, head = i + 1, False
            elif role == _SHAPE_HEAD:
                head = True
        if head:
            windows.append((start, len(doc)))
        found: dict[int, list[tuple[int, int]]] = {}
        for start, end in windows:
            for key, s, e in self.shapes(doc[start:end]):
                found.setdefault(key, []).append((start + s, start + e))
        return [(key, s, e) for key, pairs in found.items()
                for s, e in sorted(pairs, key=lambda p: (p[1] - p[0], -p[0]), reverse=True)]

    @staticmethod
    def _shape_role(lex: Lexeme) -> int:
        """What a word can be in a shape pattern: any element's test, asked of the word."""
        text, lower = lex.orth_, lex.lower_
        if text in _SHAPE_HEADS or lower in LOWER_POLICY_HEADS:
            return _SHAPE_HEAD
        if lex.is_title or text in _SHAPE_WORDS or lower in _POLICY_ADJECTIVES or any(
                search(text) for search in _SHAPE_SEARCHES):
            return _IN_SHAPE
        return _NO_SHAPE

    def _policy_shape(self, span: Span, country: str | None,
                      issued: bool = False) -> Mention | None:
        """A policy from its shape; ``issued`` when a number follows the name, so an
        office may begin it ("Minister of Trade Regulation No. 5")."""
        if len(span) < 2 and not span.text.isupper():
            return None
        # "rules on AI in the Acme Data Act": the topic, an acronym, is no part of the name
        cut = next((i for i in range(1, len(span) - 3) if span[i].text in {"in", "on"}
                    and span[i + 1].text == "the" and span[i + 2].is_title), None)
        if cut is not None and cut <= 2 and span[-1].text in POLICY_HEADS and all(
                t.is_upper or t.text[:1].isdigit() for t in span[:cut]):
            span = span[cut + 2 :]
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if span[-1].text == "Convention" and after is not None and after.is_title:
            return None  # "the Ruritania Convention Center": a building
        if _apposed_group(span.doc, span.end):
            return None  # "the Acme Tech Accord, an industry group whose members ...": a body
        if after is not None and after.text in ORG_ENDS or any(
                t.text in ORG_ENDS for t in span[:-1]):
            return None  # "the Example Policy Center", "the Example Institute for Strategy"
        context = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
        words = [t for t in context if t.is_alpha]
        if len(words) >= 5 and sum(t.is_title for t in words) / len(words) > 0.7 and any(
                t.is_title and t.pos_ in {"VERB", "ADP", "AUX", "PART"} and not t.is_sent_start
                for t in words):
            return None  # a Title Case headline ("Britain Orders ... From ..."): no names
        if span[0].is_sent_start and span[0].pos_ not in {"PROPN", "NUM"} and len(span) < 3:
            return None
        # the NER takes a "Bill" or "License" that ends a law's name for a person's
        confused = span[-1].ent_type_ == "PERSON" and span[-1].text not in {
            "Law", "Rule", "Order", "Plan", "Path", "Deal", "Vision", "Network", "List"}
        # "the Network Example Act 2013": the year of a law's name is no date in it
        year = len(span) > 2 and re.fullmatch(r"(?:19|20)\d\d", span[-1].text) is not None \
            and (span[-2].text in POLICY_HEADS or span[-2].text == "," and len(span) > 3
                 and span[-3].text in POLICY_HEADS)  # "... Act, 2005"
        # "Decree 14/2021": a numbered instrument's number and head, which the NER may date
        # (and "the Acme Operational Directive 22-01": its name before the head)
        head = next((t.i - span.start for t in span[1:4] if t.text in _NUMBERED_HEADS
                     and t.i + 1 < span.end), 0)
        rest = span[1:] if span[0].text in _ISSUER_KINDS else span[head:]
        numbered = len(rest) > 1 and rest[0].text in _NUMBERED_HEADS and (
            rest[1].text[:1].isdigit() or len(rest) > 2 and rest[1].lower_.rstrip(".") == "no")
        if any(t.ent_type_ in {"DATE", "MONEY", "PERCENT"} and not _ORDER_NUMBER.fullmatch(t.text)
               and not (year and t.i >= span.end - 2) and not numbered
               or t.ent_type_ == "PERSON" and not confused for t in span):
            return None
        if not issued and any(t.lower_ in _OFFICE_WORDS for t in span):
            return None  # "Deputy Assistant Secretary of State for ... Policy" is a title
        if span[0].like_num or span[0].text in {"of", "Of"}:
            return None  # "Section 12 of Act No. 181/2014": a citation, not a name
        name = canonical_policy_name(span.text)
        if len(name) < 5:
            return None
        return Mention(span.start, span.end, policy_key(name), EntityType.POLICY, span.text,
                       name, "shape", country)

    def _gov_shape(self, span: Span, country: str | None,
                   named: list[Mention] | None = None) -> Mention | None:
        """A public body from its shape; ``country`` is the one it belongs to, if known.

        A body the gazetteer knows by a name many states use ("Ministry of Communication
        and Information Technology") is that state's only where the article names the
        state; elsewhere it is the article's own country's.
        """
        if len(span) < 2 or span[-1].text not in GOV_HEADS and not any(
                t.text in GOV_OF_HEADS or t.text == "Court" for t in span[:3]):
            return None  # "the District Court for the District of Columbia" is a court's
        if _a_building(span):
            return None
        name = span.text
        if country:
            org_id = self.gaz.gov_by_country_name.get((country, name.lower()))
            if org_id:
                org = self.gaz.orgs[org_id]
                return Mention(span.start, span.end, org_key(org.id), org.type, name, org.name,
                               "shape", country)
            ends = self.gaz.country_by_name.get(name.rsplit(" of ", 1)[-1].removeprefix("the "))
            before = span.doc[span.start - 1].text if span.start else ""
            # "the Ruritanian Data Authority" keeps its demonym; "Acme's Data Authority" the
            # country's name
            qualifier = before if self.gaz.country_by_demonym.get(before) == country \
                else self.gaz.country_name(country)
            seat = self.gaz.country_by_capital.get(span[0].text) == country
            full = name if ends == country or seat else f"{qualifier} {name}"
            return Mention(span.start, span.end, org_key(f"{country.lower()}-{name}"),
                           _body_kind(span), name, full, "shape", country)
        known = self.gaz.org_by_name.get(name)
        entry = self.gaz.orgs[known] if known else None
        if entry is not None and entry.country and named is not None and \
                entry.country not in {m.country for m in named}:
            home = home_country_code(span.doc, named, self.gaz)
            return self._gov_shape(span, home) if home else Mention(
                span.start, span.end, org_key(name), EntityType.GOVERNMENT_BODY, name, name,
                "shape", None)
        if known:
            org = self.gaz.orgs[known]
            return Mention(span.start, span.end, org_key(org.id), org.type, name, org.name,
                           "shape", org.country)
        return Mention(span.start, span.end, org_key(name), _body_kind(span), name,
                       name, "shape", None)

    # -- people named after a title --------------------------------------------------
    def _titled_people(self, doc: Doc) -> Iterable[Mention]:
        """"Secretary of Commerce Gina Raimondo": a title, then a two-word name.

        The statistical NER often folds such names into an ORG span; a title
        word followed by capitalised words ending the run marks the last two
        words as a person's name.
        """
        i = 0
        n = len(doc)
        texts = doc_texts(doc)
        while i < n:
            if texts[i] not in _TITLES:
                i += 1
                continue
            j = i + 1
            while j < n and (doc[j].is_title or doc[j].text in {"of", "for", "and", ",", "-",
                                                                 "the", "to"} and j + 1 < n
                             and doc[j + 1].is_title or doc[j].text == "-"
                             or doc[j - 1].text == "-" and doc[j].is_alpha):
                if texts[j] in {",", "and"} and any(t in _TITLES for t in texts[j + 1 : j + 4]):
                    break  # "President Jane Roe, Acmean President John Doe": the next one
                j += 1
            if texts[i] in _PLURAL_TITLES:  # "Advisors Jane Roe and John Doe": the first
                j = next((k for k in range(i + 1, j) if texts[k] in {"and", ","}), j)
            first = i + 1
            posted = next((k for k in range(i + 1, j) if texts[k] == "to"), None)
            if posted is not None:  # "Ambassador to Peru Li Wen": after the country
                first = posted + 1 + self._country_at(doc, posted + 1)
            words = _name_words(doc, first, j)
            if any(doc[k].ent_type_ == "PERSON" for k in range(i + 1, j)):
                words = []  # the statistical NER has the name: it knows where it ends
            if len(words) >= 2:
                start, end = words[-2][0], words[-1][1]
                if len(words) >= 3 and words[-3][1] == start and \
                        _a_first_name(doc[words[-3][0]]):
                    start = words[-3][0]  # "Secretary General Jane Roe Doe": three words
                if start >= first + 2 and doc[start - 1].lower_ in NAME_PARTICLES and \
                        doc[start - 1].is_title and doc[start - 2].is_title and \
                        doc[start - 2].pos_ == "PROPN":
                    start -= 2  # "Minister Jane El Roe Doe": her name runs over "El"
                elif start > first and doc[start].lower_ in _PARTICLES_AFTER_NAME and \
                        _given_name_before(doc[start - 1]):
                    start -= 1  # "Minister of Energy Suhail Al Roe": "Suhail" is hers
                if any(doc[k].text in _PORTFOLIO for k in range(start, end)) or \
                        doc[start - 1].lower_ in {"of", "for", "and"}:
                    i = max(j, i + 1)
                    continue  # "... for Cyber and Information Policy": the title's portfolio
                if texts[end - 1] in FIRM_ENDS:
                    i = max(j, i + 1)
                    continue  # "Premier Acme Metals": a firm whose name opens with a title
                if all(doc[k].pos_ == "PROPN" or doc[k].text == "-" for k in range(start, end)) \
                        and all(doc[k].ent_type_ in {"", "PERSON", "ORG"} for k in range(start, end)):
                    name = doc[start:end].text.replace(" - ", "-").replace(" -", "-")
                    yield Mention(start, end, person_key(name), EntityType.PERSON,
                                  doc[start:end].text, name, "titled")
            i = max(j, i + 1)

    def _titled_list(self, doc: Doc) -> Iterable[Mention]:
        """"Presidents Jane Roe of Peru, John Doe of Chile and Ann Poe of Bolivia": every
        name listed after a plural title is a person's, each up to its country.

        The names must run two to four capitalised words, and the list must name two
        people or give the one its country; it ends at the first item of another shape.
        """
        texts = doc_texts(doc)
        n = len(doc)
        for i, text in enumerate(texts):
            if text not in _PLURAL_TITLES:
                continue
            items: list[tuple[int, int, bool]] = []
            k = i + 1
            while k < n:
                words = _name_words(doc, k, _capitalised_run(doc, k, k + 8))
                if not 2 <= len(words) <= 4 or words[0][0] != k:
                    break
                end = words[-1][1]
                size = self._country_at(doc, end + 1, 6) if end + 1 < n and \
                    texts[end] == "of" else 0
                items.append((k, end, size > 0))
                k = _past_separator(texts, end + 1 + size if size else end)
                if k < 0:
                    break
            if len(items) < 2 and not any(placed for _, _, placed in items):
                continue
            for start, end, _ in items:
                if any(doc[x].lower_ in _ROLE_WORDS | _OFFICE_WORDS or
                       doc[x].ent_type_ not in {"", "PERSON", "ORG", "NORP"}
                       for x in range(start, end)):
                    continue
                name = doc[start:end].text.replace(" - ", "-").replace(" -", "-")
                yield Mention(start, end, person_key(name), EntityType.PERSON,
                              doc[start:end].text, name, "titled")

    def _country_at(self, doc: Doc, start: int, longest: int = 3) -> int:
        """How many words from ``start`` name a country (at most ``longest``), else 0."""
        for size in range(longest, 0, -1):
            if doc[start : start + size].text in self.gaz.country_by_name:
                return size
        return 0

    @staticmethod
    def _led_by_people(doc: Doc) -> Iterable[Mention]:
        """"The delegation was led by Jane Roe, director of ...": who leads is a person.

        Two or three capitalised words right after "led by" (or headed, chaired by),
        ending at a comma, "and" or the sentence's end, are a person's name.
        """
        for i, (_, lower) in enumerate(doc_words(doc)):
            if lower != "by":
                continue  # known from the word alone, without making the Token
            t = doc[i]
            if t.i == 0 or \
                    (doc[t.i - 1].lemma_ or "").lower() not in {"lead", "head", "chair"}:
                continue
            first = t.i + 1
            while first < len(doc) and doc[first].text in _TITLES and doc[first].is_title:
                first += 1  # "chaired by Speaker Jane Roe": her name after her title
            stop = _capitalised_run(doc, first, first + 5)
            words = _name_words(doc, first, stop)
            if not 2 <= len(words) <= 3 or words[0][0] != first:
                continue
            start, end = words[0][0], words[-1][1]
            after = doc[end].text if end < len(doc) else "."
            if after not in {",", ".", "and", ";", "("} or any(
                    doc[k].text in _PORTFOLIO | _TITLE_START | _NOT_A_POLICY_END
                    or doc[k].ent_type_ not in {"", "PERSON", "ORG"} for k in range(start, end)):
                continue  # the NER may take an unfamiliar name for an ORG's
            name = doc[start:end].text.replace(" - ", "-").replace(" -", "-")
            yield Mention(start, end, person_key(name), EntityType.PERSON, doc[start:end].text,
                          name, "titled")

    # -- statistical NER ---------------------------------------------------------
    def _ner_mentions(self, doc: Doc) -> Iterable[Mention]:
        for ent in _joined_people(doc):
            if ent.label_ == "PERSON" and ent.start > 0 and \
                    doc[ent.start - 1].text in FIRM_STARTS | ORG_STARTS:
                # "Compañía" + "Peruana de Datos": the NER left out the firm's first word
                ent = Span(doc, ent.start - 1, ent.end, label="ORG")
            if ent.label_ == "PERSON" and len(ent) > 1 and (
                    ent[-1].text in FIRM_ENDS or ent[0].text in FIRM_STARTS | ORG_STARTS):
                # "Acme Minerals", "Fundación Roe": a firm or an institute, not a person
                mention = self._organisation(doc, ent)
            elif ent.label_ == "PERSON":
                mention = self._person(doc, ent)
            elif ent.label_ in {"ORG", "FAC", "PRODUCT"} and len(ent) > 1 and \
                    ent[0].text in _RULER_TITLES:
                mention = self._person(doc, ent)  # "Sultan Jane Roe": a ruler
            elif ent.label_ in {"ORG", "FAC", "PRODUCT"}:
                dash = [t.i for t in ent[1:-1] if t.text in {"-", "–", "—"}
                        and t.whitespace_ and doc[t.i - 1].whitespace_]
                if dash:  # "Steam - Acme Corporation": a product, then its maker
                    ent = doc[dash[-1] + 1 : ent.end]
                mention = self._organisation(doc, ent)
            else:
                mention = None
            if mention is not None:
                yield mention

    def _person(self, doc: Doc, ent: Span) -> Mention | None:
        start, end = ent.start, ent.end
        if ent[-1].text in _PLACE_NAME_ENDS | _WORKS_END or end < len(doc) and \
                doc[end].lower_ in _PLACE_KINDS_AFTER:
            return None  # "Roe Palace", "Jane Roe airport", "the Jane Roe Works": a place
            # named after someone
        if _among_places(doc, start):
            return None  # "from Lima to Roe Pampa", "through Cusco and Doe Pampa": a place
        while start < end and (doc[start].lower_ in _ROLE_WORDS or not doc[start].is_alpha
                               and doc[start].text not in {"-"}):
            if doc[start].text == "Sheikh" and end - start == 2 and start > 0 and \
                    doc[start - 1].lower_ in _ROLE_WORDS - {t.lower() for t in _RULER_TITLES} \
                    and doc[start + 1].lower_ not in _ROLE_WORDS and not (
                        end < len(doc) and doc[end].lower_ in NAME_PARTICLES):
                break  # "Prime Minister Sheikh Roe": a name of two words, no ruler's title
            start += 1
        while end > start and doc[end - 1].text in {"'s", "’s", "’", "'", "-"}:
            end -= 1
        if end - start > 2 and doc[end - 2].text == "-" and doc[end - 1].is_lower and (
                doc[end - 1].text.endswith("ed") or doc[end - 1].text in _MADE_BY):
            end -= 2  # "Jane Roe-led talks": her name, not how the talks were led; not
            # "Roe Tae-yoon", a given name of two parts
        elif end - start >= 2 and _hyphen_goes_on(doc, end):
            end += 2  # "Jane Roe|-Doe greets": the NER stopped at a double surname's hyphen;
            # not "the Roe-Poe call", two people's surnames
        if end > start and doc[end - 1].lower_ in NAME_PARTICLES and end < len(doc) and \
                doc[end].is_title:
            end += 1  # "von der" + "Leyen": the NER stopped before the family name
        while start > 0 and doc[start - 1].text in {"von", "van", "der", "den", "de", "di", "da"} \
                and start == ent.start:
            start -= 1  # "von der" + "Roe said": the NER started after the particles
        if start >= 2 and doc[start - 1].ent_type_ in {"", "PERSON"} and \
                _a_first_name(doc[start - 1]):
            start -= 1  # "Secretary General Jane Roe Doe": the NER left out her first name
        elif start >= 1 and doc[start].lower_ in _PARTICLES_AFTER_NAME and \
                _given_name_before(doc[start - 1]):
            start -= 1  # "Minister of Transport Jassim bin Roe": the name before "bin"
        if end - start >= 2 and end < len(doc) and doc[end].is_title and \
                doc[end].pos_ == "PROPN" and doc[end].ent_type_ != "PERSON" and \
                _surname_goes_on(doc, end):
            end += 1  # "Jane Roe Vance", "... Roe Vance attended": a two-word family name
        if start > 0 and doc[start - 1].lower_ == "to":
            # "Ambassador to Peru Li Wen": the posting's country is no part of the name
            size = self._country_at(doc, start, end - start - 2)
            start += size
        words = doc[start:end]
        if start >= 2 and doc[start - 1].lower_ in {"opposition", "ruling", "governing"} and \
                doc[start - 2].lower_ == "the" and 0 < len(words) <= 4:
            # "the opposition Acme Front": a party, whatever name the NER read
            kind = EntityType.ORGANIZATION if doc[start - 1].lower_ == "opposition" else \
                EntityType.GOVERNMENT_BODY
            return Mention(start, end, org_key(words.text), kind, words.text, words.text, "ner")
        if not len(words) or not all(_name_word(t.text)
                                     or t.i > 0 and doc[t.i - 1].text == "-" and t.is_alpha
                                     for t in words):
            return None
        if len(words) == 1 and (words[0].is_upper or len(words[0]) < 3):
            return None
        if any(w.lower_ in _NOT_NAME_WORDS for w in words):
            return None  # "Download PDF", "App Store": a button or a shop, no one's name
        if words[-1].text in TELCO_SUFFIX | COMPANY_SUFFIX | {"Wireless", "Communications",
                                                              "Global"}:
            kind = EntityType.TELCO if words[-1].text in TELCO_SUFFIX | {"Wireless"} \
                else EntityType.COMPANY  # "Union Wireless", "Acme Global": no person
            return Mention(start, end, org_key(words.text), kind, words.text, words.text, "ner")
        if any(w.text in POLICY_HEADS | _NUMBERED_HEADS and w.text != "Bill" for w in words[1:]) \
                or words[-1].lower_ in {"spokesperson", "spokesman", "spokeswoman"}:
            return None  # "Acme's Divestment Order", "Embassy Spokesperson": no one's name
        firm = self._apposition_kind(words)
        if firm is not None:  # "Acme Tele, the larger of the two operators,": no person
            return Mention(start, end, org_key(words.text), firm, words.text, words.text, "ner")
        name = re.sub(r"\s*-\s*", "-", words.text)
        if name.isupper() and len(words) > 1:  # "JANE Q. ROE" in a heading: "Jane Q. Roe"
            name = " ".join(w if re.fullmatch(r"[A-Z]\.", w) else w.capitalize()
                            for w in name.split())
            known = self.gaz.person_by_name.get(name)
            if known is not None:
                return Mention(start, end, person_key(known), EntityType.PERSON, words.text,
                               known, "name", self.gaz.people[known].country)
        return Mention(start, end, person_key(name), EntityType.PERSON, words.text, name,
                       "ner" if len(words) > 1 else "surname")

    #: Nouns an apposition names a firm by; not "group" or "platform", which people lead.
    _FIRM_NOUNS = frozenset({"company", "firm", "maker", "vendor", "supplier", "manufacturer",
                             "chipmaker", "conglomerate", "startup", "provider", "miner",
                             "carmaker", "automaker", "subsidiary", "unit", "bidder", "lender",
                             "insurer", "consortium", "shipbuilder", "refiner", "exporter",
                             "app", "messenger", "marketplace", "brokerage", "service",
                             "mixer", "platform", "exchange", "protocol", "website", "wallet"})

    def _apposition_kind(self, words: Span) -> EntityType | None:
        """The type an apposition or the noun before gives a name the NER took for a
        person's: "Acme Tele, the larger of the country's two operators," is a telco,
        "Roe Fabs, a Ruritanian chipmaker," and "the law firm Roe Gray" companies; "Jane Roe,
        a company spokeswoman," stays a person.
        """
        doc = words.doc
        before = doc[words.start - 1] if words.start > 0 else None
        if before is not None and before.is_lower:  # "the law firm Hartwell Gray"
            lemma = before.lemma_.lower()
            if lemma in {"operator", "carrier", "telco"} or _telecom_provider(doc, before.i):
                return EntityType.TELCO
            if lemma in self._FIRM_NOUNS or _a_maker(lemma):
                return EntityType.COMPANY
        after = " ".join(t.text for t in doc[words.end : words.end + 7])
        if _FOUNDED.match(after):
            return EntityType.COMPANY  # "Acme, co-founded by Jane Roe,": founded, so a firm
        root = words.root
        if root.dep_ == "appos" and root.head.i < words.start and root.head.pos_ == "NOUN" \
                and root.head.lemma_.lower() in self._FIRM_NOUNS:
            return EntityType.COMPANY  # "the winning bidder, Ruritania's Jane Acme,": the bidder
        for appos in (t for t in root.children if t.dep_ == "appos"):
            noun = appos
            if noun.pos_ in {"ADJ", "NUM"} or noun.lower_ == "one":  # "the larger of the two"
                noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children if g.dep_ == "pobj"), noun)
            lemma = noun.lemma_.lower()
            if lemma in {"operator", "carrier", "telco"}:
                return EntityType.TELCO
            if lemma in self._FIRM_NOUNS:
                return EntityType.COMPANY
            if lemma in self._GROUP_NOUNS and noun.is_lower:
                return EntityType.ORGANIZATION  # "Acme Digital, the association of ..."
        return None

    #: Nouns an apposition names an association or an institute by.
    _GROUP_NOUNS = frozenset({"association", "federation", "alliance", "coalition", "lobby",
                              "institute", "foundation", "organisation", "organization",
                              "think-tank", "nonprofit", "non-profit", "ngo", "charity",
                              "union", "chamber"})  # (a "consortium" is a firm: above)

    def _organisation(self, doc: Doc, ent: Span) -> Mention | None:
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        while end > start and doc[end - 1].text in {"'s", "’s", "’", "'", "("}:
            end -= 1
        union = end - start >= 2 and doc[end - 1].text in {"union", "unions"}
        if union:
            end -= 1  # "the United Steelworkers union": the union's name, an organisation
        texts = doc_texts(doc)
        cut = next((k for k in range(start + 1, end - 1) if texts[k] == "and"
                    and _own_firm_after(doc, texts, k + 1)), None)
        if cut is not None:
            start = cut + 1  # "Betacorp and Acme Investment Limited (AIL)": the second firm
        end = _of_country_spelled(doc, start, end)
        while end + 1 < len(doc) and doc[end].lower_ in _ORG_PARTICLES and \
                doc[end + 1].is_title and doc[end + 1].ent_type_ not in {"GPE", "DATE"}:
            end = _capitalised_run(doc, end + 1, end + 5)  # "Instituto Acme de Comercio"
        if end - start >= 3 and doc[end - 1].lower_ == "of" and end < len(doc) and \
                doc[end].ent_type_ == "GPE" and doc[end].ent_iob_ == "B":
            end = _entity_goes_on(doc, end + 1)  # "the Chamber of Industry of" + "Ruritania"
        if start >= 1 and doc[start - 1].text in _TITLES and doc[start - 1].is_title and \
                not doc[start - 1].is_sent_start and doc[end - 1].text in _INDUSTRY_ENDS | {
                    "Holdings", "Group", "Capital", "Ventures", "Investments"}:
            start -= 1  # "Premier Acme Metals": a title word that opens a firm's name
        span = doc[start:end]
        text = span.text
        if not len(span) or not text[:1].isupper() or any(c.isdigit() for c in text) and not (
                _BRAND_CODE.fullmatch(span[0].text) and span[-1].text in COMPANY_SUFFIX):
            return None  # not "5G Network"; "X9 Group", a firm's code-like name, is one
        if text.endswith(_GENERIC_ENDINGS):
            return None  # "Contact the Press Office"
        if span[-1].text == "Capital" and start >= 2 and doc[start - 1].lower_ == "the" and \
                doc[start - 2].lower_ in {"in", "to", "at", "from", "near", "into"}:
            return None  # "in the New Example Capital": a city, not a fund "Acme Capital"
        if span[-1].lower_ in _OFFICE_WORDS or any(
                t.text in _TITLE_START and t.i + 1 < end and doc[t.i + 1].lower_ in {"for", "of"}
                for t in span):
            # "the UAE's National Security Adviser", "Federal Minister for Example
            # Affairs": a title, not a body
            return None
        k = start - 1
        while k > 1 and (doc[k].is_title or doc[k].lower_ in {"and", "&", ","}):
            k -= 1  # "Minister of Communications and Digital Technologies": over the first
        if k >= 1 and doc[k].lower_ in {"of", "for"} and doc[k - 1].lower_ in _PORTFOLIO_OF:
            return None  # "Minister of Science and Technology": a portfolio, not a company
        if end < len(doc) and doc[end].text in {"Minister", "Ministry", "Minister's"}:
            return None  # "Example Technologies Minister Jane Roe": her portfolio
        if _cabinet_title(doc, end):
            return None
        kind = EntityType.ORGANIZATION if union else self._org_type(doc, span)
        if kind is None:
            return None
        name = span.text.strip("“”\"")
        where = next((self.gaz.country_by_name.get(doc[k:end].text) for k in range(
            max(end - 3, start + 2), end) if doc[k - 1].lower_ == "of"
            and doc[k:end].text in self.gaz.country_by_name), None)
        # "the Chamber of Industry of Ruritania": where it is, in its name
        return Mention(start, end, org_key(name), kind, span.text, name, "ner", where)

    def _org_type(self, doc: Doc, span: Span) -> EntityType | None:
        last = span[-1].text
        if _a_building(span):
            return None
        if len(span) > 2 and span[0].text in POLICY_HEADS and span[1].lower_ in {"on", "for"}:
            return None  # "Initiative on Critical and Emerging Technology": a policy's name
        if "Chamber of Commerce" in span.text or "Chambers of Commerce" in span.text or \
                span[0].text == "Chamber" and len(span) > 2 and span[1].lower_ == "of" and \
                span[2].text not in {"Deputies", "Representatives", "Senators", "Accounts"}:
            return EntityType.ORGANIZATION  # a business lobby ("Chamber of Industry"), not a
            # court's chamber or a legislature's
        if last in GOV_HEADS or span[0].text in GOV_OF_HEADS:
            return _body_kind(span)
        if last in {"Center", "Centre"} and len(span) > 1 and span[-2].text in _VENUE_WORDS:
            return None  # "the Example Convention Centre": a venue
        if span[0].text == "Government" and len(span) > 2 and last in ORG_ENDS:
            return EntityType.GOVERNMENT_BODY  # "the Government Citizens Interaction Centre"
        if _RULING.search(doc[max(span.start - 2, 0) : span.start].text):
            return EntityType.GOVERNMENT_BODY  # "the ruling Example Movement"
        if any(t.text in {"Election", "Elections", "Electoral"} for t in span) and \
                last in {"Centre", "Center", "Institute"}:
            return EntityType.GOVERNMENT_BODY  # "the Ruritanian Elections Centre" runs a vote
        if len(span) == 1 and last in {"Union", "Coalition"}:
            return None  # "the Union": the bloc or the union the article has named
        if (span[0].text not in {"National", "Federal", "State", "Royal"}
                or any(t.text in _MEMBERS for t in span)) and (
                last in ORG_ENDS or any(t.text in ORG_ENDS and doc[t.i + 1].lower_ in {
                    "for", "of", "on"} for t in span[:-1])):
            # "Example Policy Institute", "Gulf Example Forum", "Example Institute for Strategy",
            # "National Syndicate of Ruritanian Journalists" (its members: no state's body)
            return EntityType.ORGANIZATION
        if span[0].text in ORG_STARTS and len(span) > 1:
            return EntityType.ORGANIZATION  # "Instituto Acme", "Fundación Roe"
        if span[0].text in FIRM_STARTS and len(span) > 1:
            return EntityType.COMPANY  # "Compañía Peruana de Datos", "Empresa Acme"
        if any(t.text == "Bank" and t.i + 1 < span.end and doc[t.i + 1].lower_ == "for"
               for t in span):
            return EntityType.ORGANIZATION  # "the Example Bank for Reconstruction": a lender of states
        if last in TELCO_SUFFIX:
            return EntityType.TELCO
        if last in COMPANY_SUFFIX or last in _INDUSTRY_ENDS:
            return EntityType.COMPANY
        if _apposed_group(doc, span.end):
            return EntityType.ORGANIZATION  # "Acme Accord, an industry group whose ..."
        # only the words right before ("the carrier X") or an apposition right after
        # ("X, a Finnish telecom operator,") type an unknown organisation
        window = [t for t in doc[max(span.start - 2, 0) : span.start] if t.is_lower]
        verbs = [k for k, t in enumerate(window) if t.pos_ in {"VERB", "AUX"}]
        if verbs:  # "the ministry said Acme ...": not a word of Acme's own phrase
            window = window[verbs[-1] + 1 :]
        if span.end + 1 < len(doc) and doc[span.end].text == ",":
            for t in doc[span.end + 1 : min(span.end + 7, len(doc))]:
                if t.text in {",", ".", ";"} or t.pos_ == "VERB":
                    break
                window.append(t)
        if span.start >= 3 and doc[span.start - 2 : span.start].text.lower() == "of the" \
                and doc[span.start - 3].ent_type_ == "PERSON" and span[0].pos_ == "PROPN" \
                and doc[span.end : span.end + 1].text not in {"-", "–"}:  # not "Lima-based"
            return EntityType.ORGANIZATION  # "Jane Roe of the Acme Freedom Front": hers
        if span.start >= 3 and doc[span.start - 1].lower_ in {"as", "including"}:
            # "Chinese producers such as Acme Zinc": the noun the list belongs to
            window += [t for t in doc[max(span.start - 4, 0) : span.start - 1] if t.is_lower]
        words = {t.lower_ for t in window} | {t.lemma_.lower() for t in window}
        if words & _STATE_CUES:
            return EntityType.GOVERNMENT_BODY  # "telecoms regulator Regulon" is no telco
        if words & NOT_TELECOM_OPERATORS and words & {"operator", "operators"}:
            return EntityType.COMPANY  # "Ruritanian grid operator Acme"
        if words & self.telco_cues:
            return EntityType.TELCO
        if words & self.company_cues or any(_a_maker(w) for w in words):
            return EntityType.COMPANY
        k = span.start
        while k >= 3 and doc[k - 1].is_lower and doc[k - 2].text in {"-", "–"} and \
                doc[k - 3].is_lower:
            k -= 3  # "Finland's state-owned Acme"
        if k >= 2 and doc[k - 1].text in {"'s", "’s"} and \
                doc[k - 2].ent_type_ == "GPE" and span[0].pos_ == "PROPN" and \
                not any(t.lower_ in _OFFICE_WORDS | _ROLE_WORDS or t.text in _PORTFOLIO
                        for t in span) and not (span.end < len(doc)
                                                and doc[span.end].lower_ in _PLACE_NOUNS):
            # "Ruritania's Acmecore": a country's firm, not its minister nor "Lima's Acme
            # district"
            return EntityType.COMPANY
        return None


#: Head words of a body whose name may open with a firm's: "the Acme Telecom Authority".
_REGULATOR_HEADS = {"Authority", "Commission", "Regulator", "Ministry", "Agency", "Council",
                    "Directorate", "Inspectorate", "Tribunal", "Court"}
#: Words that make "America" a region: "Latin America", "Central America".
_REGION_WORDS = {"Latin", "South", "North", "Central", "Middle", "Meso", "Hispanic"}
#: Last words of an event's name: "the Acme World Summit".
_EVENT_ENDS = {"Summit", "Conference", "Forum", "Congress", "Meeting", "Festival", "Awards",
               "Expo", "Week", "Games", "Dialogue", "Convention", "Symposium", "Fair"}
#: Nouns after a name that make it a place's: "Lima's Miraflores district".
_PLACE_NOUNS = {"area", "district", "region", "province", "city", "town", "neighbourhood",
                "neighborhood", "suburb", "county", "valley", "island", "village", "quarter",
                "zone", "municipality", "oblast", "governorate", "prefecture", "state"}


#: Styles before a name, no part of the name or the title: "the Honourable Jane Roe".
HONORIFICS = frozenset({"honourable", "honorable", "hon.", "hon", "rt", "rt.", "excellency"})
#: Words that end a title's portfolio, never a person's name.
_PORTFOLIO = POLICY_HEADS | GOV_HEADS | {
    "Affairs", "Security", "Information", "Communications", "Trade", "Commerce", "State",
    "Defense", "Defence", "Economy", "Development", "Technology", "Industry", "Energy",
    "Environment", "Growth", "Finance", "Treasury", "Justice", "Interior", "Relations",
    "Safety", "Science", "Innovation", "Health", "Education", "Transport", "Agriculture",
    "Culture", "Labour", "Labor", "Welfare", "Infrastructure", "Immigration", "Climate",
}
#: Words that start a person's title inside a run of capitalised words.
_TITLE_START = {"Prime", "Minister", "President", "Secretary", "Deputy", "Vice", "Chairman",
                "Chairwoman", "Spokesman", "Spokeswoman", "Spokesperson", "Director", "Ambassador",
                "Commissioner", "Chancellor", "Mr", "Mr.", "Ms", "Ms.", "Dr", "Dr."}
#: Offices every organisation has: never a government body by shape alone.
_GENERIC_BODIES = {"Press Office", "Press Centre", "Press Center", "Media Office", "Head Office",
                   "Front Office", "Box Office", "Registered Office"}
_GENERIC_ENDINGS = tuple(sorted(_GENERIC_BODIES))
_PORTFOLIO_OF = {"minister", "ministry", "department", "secretary", "office", "bureau",
                 "commission", "commissioner", "committee", "agency", "institute",
                 "undersecretary", "under-secretary"}
#: Words of an office: a capitalised run containing one is a title, not a policy.
_OFFICE_WORDS = {"secretary", "minister", "director", "commissioner", "ambassador", "envoy",
                 "undersecretary", "chairman", "chairwoman", "spokesperson", "adviser",
                 "advisor", "representative", "coordinator", "officer", "administrator", "fellow",
                 "researcher", "professor", "head", "chief"}
#: A ruler's titles before a name: "Ruritania's Sultan Jane Roe", "King John Doe II".
_RULER_TITLES = {"Sultan", "Emir", "Sheikh", "King", "Queen", "Prince"}
_ROLE_WORDS = {
    "president", "minister", "secretary", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.",
    "chairman", "chairwoman", "chairperson", "acting", "interim", "ceo", "senator", "sen.",
    "rep.", "ambassador", "prime", "vice", "deputy", "spokesman", "spokeswoman",
    "spokesperson", "chancellor", "commissioner", "director",
    "gen.", "general", "premier", "governor", "the", "us", "u.s.", "chief", "executive",
    # military ranks and the professions news puts before a name ("lawyer Jane Roe")
    "lt", "lt.", "gen", "col", "col.", "maj", "maj.", "brig", "brig.", "adm", "adm.", "capt",
    "capt.", "lawyer", "attorney", "judge", "justice", "activist", "journalist", "analyst",
    "professor", "prof", "prof.", "speaker",
    # legislators: "Representative Jane Roe", "Congresswoman Jane Roe"
    "representative", "congressman", "congresswoman", "assemblyman", "assemblywoman",
    "lawmaker", "legislator",
    "crown",  # "Crown Prince Jane Roe"
} | HONORIFICS | {t.lower() for t in _RULER_TITLES}
#: Words of page buttons and link texts the NER takes for names ("Download PDF", "App Store").
_NOT_NAME_WORDS = {"download", "pdf", "mp3", "store", "access", "terminates", "subscribe",
                   "login", "log", "sign", "share", "print", "watch", "listen", "podcast", "app"}


#: Nouns an apposition calls a group of members by: "…, an industry group".
_MEMBERS_NOUNS = {"group", "association", "coalition", "alliance", "federation", "lobby",
                  "organisation", "organization", "body", "grouping"}
#: What makes a "group" one of members, not a business group ("a media group" is a firm).
_MEMBERS_GROUP = {"industry", "advocacy", "lobby", "lobbying", "pressure", "rights", "campaign",
                  "interest", "trade", "civil", "civic", "research", "business", "hacking"}


#: Kinds of group whose name may follow them after a comma: "its industry association, ACTI,".
_GROUPS_NAMED_AFTER = {"association", "federation", "union", "coalition", "alliance", "lobby"}


def _named_after_group(doc: Doc, taken: _Coverage,
                       chosen: list[Mention]) -> Iterable[Mention]:
    """An organisation named right after its kind and a comma: "Peru's ICT association,
    ACTI, which represents ...", "the journalists' union, SNP, said" (a name of one to four
    capitalised words, then a comma, a full stop or a bracket).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Peru's ICT association, ACTI, asked for more time.")
    >>> [(m.name, m.type.value) for m in doc._.pg_mentions if m.type.value != "Country"]
    [('ACTI', 'Organization')]
    """
    texts = doc_texts(doc)
    if _GROUPS_NAMED_AFTER.isdisjoint(texts):
        return  # (most articles: no association named, no token looked at)
    countries = {m.end: m.country for m in chosen
                 if m.type is EntityType.COUNTRY and m.country}
    for i in range(len(texts) - 3):
        if texts[i] not in _GROUPS_NAMED_AFTER or texts[i + 1] != ",":
            continue
        start = end = i + 2
        while end < len(doc) and end - start < 4 and (
                doc[end].is_upper and len(doc[end]) > 1 and doc[end].is_alpha
                or doc[end].is_title and doc[end].pos_ == "PROPN"):
            end += 1
        if end == start or end >= len(doc) or texts[end] not in {",", ".", ")"} or \
                not taken.free(start, end) or any(t.ent_type_ in {"GPE", "PERSON", "DATE"}
                                                  for t in doc[start:end]):
            continue
        name = doc[start:end].text
        yield Mention(start, end, org_key(name), EntityType.ORGANIZATION, name, name, "ner",
                      _owner_country(doc, i, countries))


def _owner_country(doc: Doc, noun: int, countries: dict[int, str]) -> str | None:
    """The country whose the group noun at ``noun`` is: "Peru's ICT association"
    (``countries``: the country each country mention ends at)."""
    k = noun - 1
    while k > 0 and doc[k].text not in {"'s", "’s"} and doc[k].dep_ in {"compound", "amod"}:
        k -= 1
    return countries.get(k) if doc[k].text in {"'s", "’s"} else None


def _apposed_group(doc: Doc, end: int) -> bool:
    """Whether ", a/an/the ... group" (or association, coalition ...) follows ``end``."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {
            "a", "an", "the"}:
        return False
    for t in doc[end + 2 : min(end + 6, len(doc))]:
        if t.lemma_.lower() in _MEMBERS_NOUNS and t.is_lower and (
                t.lower_ != "group" or doc[t.i - 1].lower_ in _MEMBERS_GROUP):
            return True
        if not (t.is_lower and t.pos_ in {"ADJ", "NOUN"} or t.text == "-"):
            return False
    return False


def _among_places(doc: Doc, start: int) -> bool:
    """Whether a name at ``start`` continues a route or a list of places: "from Lima to
    Roe Pampa", "through Cusco and Doe Pampa" (the NER's person is a town)."""
    if start < 2 or doc[start - 1].lower_ not in {"to", "and", "via", "through"}:
        return False
    k = start - 2
    while k >= max(start - 5, 0) and doc[k].ent_type_ in {"GPE", "LOC", "FAC"}:
        k -= 1
    if k == start - 2 or k < 0:
        return False  # no place right before the word that leads on
    if doc[start - 1].lower_ == "to":
        return doc[k].lower_ == "from"  # "from Lima to Roe Pampa"
    return doc[k].lower_ in {"through", "via"}  # "through Cusco and Doe Pampa"


def _ends_a_name(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is inside a person's name the NER read, after its given
    names: "Jane al-Acme" (not "Jane Roe's Acme", not "existing Acme")."""
    if doc[i].ent_type_ != "PERSON" or doc[i].ent_iob_ != "I":
        return False
    k = i - 1
    while k >= 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return all(t.is_title and t.pos_ == "PROPN" or t.text == "-" or t.lower_ in NAME_PARTICLES
               for t in doc[k:i])  # (not "Existing Acme and Beta products")


def _opens_other_name(doc: Doc, i: int, known: str) -> bool:
    """Whether the word at ``i`` opens a longer name the NER read as a person's, which is
    not the known person's: "Mohammed" of "Mohammed Jane Roe" is no "Amina Mohammed"."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B" and nxt is not None and \
        nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I" and nxt.text not in known.split()


def _ends_in_country(doc: Doc, start: int, end: int, countries: dict[int, Mention]) -> bool:
    """Whether ``doc[start:end]`` ends "<head> of [the] <country>", the country last."""
    tail = countries.get(end - 1)
    if tail is None or tail.end != end or tail.start < start + 2:
        return False
    before = tail.start - 1
    if doc[before].lower_ == "the":
        before -= 1
    return doc[before].lower_ == "of" and doc[before - 1].text in GOV_OF_HEADS


#: Offices named after a person in apposition: "Jane Roe, the secretary of the Council,".
_APPOSITIVE_ROLES = {"secretary", "minister", "president", "chairman", "chairwoman", "chair",
                     "director", "head", "chief", "spokesman", "spokeswoman", "spokesperson",
                     "ambassador", "commissioner", "governor", "founder", "commander",
                     "deputy", "adviser", "advisor", "leader"}


#: Styles before "Justice" that make it a judge's title: "Mr Justice Roe", "Chief Justice Roe".
_JUDGE_STYLES = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Lady", "Lord", "Chief", "Associate"}


def _judges(doc: Doc) -> Iterable[Mention]:
    """A judge named by style and surname: "Mr Justice Roe", "Chief Justice Jane Roe" (the
    NER often misses a one-word surname after a title).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Mr Justice Roe of the High Court heard the case.")
    >>> [(m.surface, m.type.value) for m in doc._.pg_mentions]
    [('Roe', 'Person'), ('High Court', 'GovernmentBody')]
    """
    texts = doc_texts(doc)
    for i, text in enumerate(texts[:-1]):
        if text != "Justice" or i == 0 or texts[i - 1] not in _JUDGE_STYLES:
            continue
        end = i + 1
        while end < len(doc) and end - i <= 3 and doc[end].is_title and doc[end].is_alpha and \
                texts[end] not in TITLE_STOP:
            end += 1
        if end > i + 1:
            name = doc[i + 1 : end].text
            yield Mention(i + 1, end, person_key(name), EntityType.PERSON, name, name, "titled")


#: Last words of a place's name: "Roe Palace", "Doe Square".
_PLACE_NAME_ENDS = {"Palace", "Square", "Street", "Avenue", "Bridge", "Airport", "Stadium",
                    "Hall", "Castle", "Park", "Station", "Tower", "Boulevard", "Cathedral"}
#: Places named after a person with the kind after the name: "Jane Roe airport".
_PLACE_KINDS_AFTER = {"airport", "station", "stadium", "bridge", "street", "square", "avenue",
                      "hospital", "museum", "university", "boulevard", "palace", "hall"}
#: Plants named after a person, which the NER reads as the person's name: "the Jane Roe
#: Works" (not "Mills" or "Plant", surnames too; not "Jane Roe works at Acme").
_WORKS_END = {"Works", "Refinery", "Terminal", "Shipyard", "Mine"}
#: A regnal number: "II", "XIV".
_REGNAL = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$")


def _regnal_names(doc: Doc) -> Iterable[Mention]:
    """A ruler's name with its number after the title: "King Jan II", "Sultan Roe Doe III"
    (the statistical NER often misses a name with a regnal number).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("King Jan II signed the media law on Friday.")
    >>> [(m.surface, m.type.value) for m in doc._.pg_mentions if m.type.value == "Person"]
    [('Jan II', 'Person')]
    """
    texts = doc_texts(doc)
    for i, text in enumerate(texts[:-2]):
        if text not in _RULER_TITLES:
            continue
        k = i + 1
        while k < len(doc) and k - i <= 2 and doc[k].is_title and doc[k].is_alpha:
            k += 1
        if k > i + 1 and k < len(doc) and _REGNAL.match(texts[k]):
            name = doc[i + 1 : k + 1].text
            yield Mention(i + 1, k + 1, person_key(name), EntityType.PERSON, name, name, "titled")


def _appositive_people(doc: Doc) -> Iterable[Mention]:
    """"Jane Roe, the secretary of the Council, said": two or three capitalised words
    before a comma and a role of something are a person's name, when the statistical NER
    did not see it.
    """
    texts = doc_texts(doc)
    for i, text in enumerate(texts):
        if text != "," or i < 2 or i + 3 >= len(doc):
            continue
        k = i + 2 if texts[i + 1].lower() in {"the", "a", "an"} else i + 1
        own = next((j for j in range(k + 1, min(k + 4, len(doc) - 1))
                    if texts[j] in {"'s", "’s"}), None)
        # the words a role must be followed by; after an owner's title the title may end
        # the apposition: "Jane Roe, Ruritania's Vice Foreign Minister."
        role_ends = {"of", "at", "for", "and"}
        if own is not None and all(doc[x].is_title for x in range(k, own)):
            k = own + 1
            while k + 1 < min(i + 9, len(doc)) and doc[k].is_title and \
                    texts[k].lower() not in _APPOSITIVE_ROLES | _STAFF_WORDS:
                k += 1  # "Ruritania's Vice Foreign Minister": over the title's words
            if texts[k].lower() in _APPOSITIVE_ROLES:
                role_ends |= {".", ",", ";"}
        # "a telecoms analyst at", "the Second Vice-President and leader of": the role
        # after a few words that say which one
        while k + 1 < min(i + 6, len(doc)) and texts[k].lower() not in \
                _APPOSITIVE_ROLES | _STAFF_WORDS and (
                    doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"}
                    or texts[k] in {"-", "First", "Second", "Third", "Vice", "Deputy", "Senior",
                                    "Chief", "Executive", "Acting", "Former"}
                    or k > i + 1 and doc[k].is_upper and doc[k].is_alpha):  # "a former FCC"
            k += 1
        if texts[k].lower() not in _APPOSITIVE_ROLES | _STAFF_WORDS or k + 1 >= len(doc) or \
                texts[k + 1] not in role_ends | {"who"}:  # "a former staffer who now runs"
            continue
        start = i
        while start > 0 and i - start < 4 and (
                doc[start - 1].is_title and doc[start - 1].pos_ in {"PROPN", "NOUN", "ADJ"}
                or start > 1 and texts[start - 1] in NAME_PARTICLES and doc[start - 2].is_title):
            start -= 1  # what the NER made of it, taken or free below; "Anneke de Vries"
        while start < i and texts[start] in NAME_PARTICLES:
            start += 1
        while start < i and doc[start].lower_ in _ROLE_WORDS:
            start += 1  # "the Honourable Jane Roe, Minister of ...": a style, no name
        if i - start < 2 or (start > 0 and doc[start - 1].is_title
                             and not doc[start - 1].is_sent_start
                             and doc[start - 1].lower_ not in _ROLE_WORDS):
            continue  # one word, or the end of a longer name ("Bank of Ruritania Jane")
        name = doc[start:i].text
        yield Mention(start, i, person_key(name), EntityType.PERSON, name, name, "titled")


#: Lower-case words inside a person's name: "Anneke de Vries", "Ursula von der Leyen".
NAME_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin",
                  "binti", "al", "el", "ter", "dos", "das", "del", "y"}
#: Who works "at" a firm or institute: "an analyst at Example Capital".
_STAFF_WORDS = {"analyst", "analysts", "researcher", "economist", "fellow", "strategist",
                "director", "head", "partner", "professor", "consultant", "adviser", "advisor",
                "lawyer", "attorney", "scientist", "expert", "specialist", "manager", "chief",
                "executive", "engineer", "associate", "lecturer", "scholar", "founder",
                "principal", "counsel", "officer", "staffer", "official"}
#: What a research firm is called before its name: "Oslo-based brokerage Example Capital".
_FIRM_DESCRIPTORS = {"brokerage", "consultancy", "firm", "bank", "group", "company", "lab",
                     "laboratory", "fund", "investment", "research", "security", "cybersecurity",
                     "advisory", "law", "consulting", "think", "tank", "institute", "university",
                     "startup", "house"}
_RESEARCH_BODIES = {"think", "tank", "institute", "university"}


def _kinds_and_name(doc: Doc, texts: list[str], k: int) -> tuple[list[str], int, int]:
    """From word ``k``: the lower-case kinds of firm ("brokerage", "startup"), then where
    the capitalised name after them starts and ends ("Example Tools for Data")."""
    kinds = []
    while k < len(doc) and texts[k].islower() and texts[k] in _FIRM_DESCRIPTORS:
        kinds.append(texts[k])
        k += 1
    start = k
    while k < len(doc) and (_capitalised(doc[k]) or texts[k] in {"&", "and", "for", "of", "on"}
                            and k + 1 < len(doc) and doc[k + 1].is_title and k > start
                            # "Instituto Acme de Comercio", "Banco de Lima" (not "Rio de")
                            or texts[k] in _ORG_PARTICLES and k + 1 < len(doc)
                            and doc[k + 1].is_title and (k - start >= 2 or texts[start]
                                                         in ORG_STARTS | _BANK_WORDS)
                            or doc[k].is_upper and doc[k].is_alpha and 2 <= len(texts[k]) <= 5
                            and k + 1 < len(doc) and doc[k + 1].is_title  # "AB Ports"
                            or texts[k] == "-" and k > start and not doc[k - 1].whitespace_
                            and k + 1 < len(doc) and doc[k + 1].is_title):  # "Euro-Acme"
        if texts[k] == "and" and _own_firm_after(doc, texts, k + 1):
            break  # "Betacorp and Acme Investment Limited (AIL)": two firms
        k += 1
    return kinds, start, k


def _capitalised(token: Token) -> bool:
    """A word of a name: "Example", "BetaCorp", "iAcme" (not "5G" or "the")."""
    return token.is_title or token.is_alpha and token.text[:1].isupper() and \
        any(c.islower() for c in token.text)


def _own_firm_after(doc: Doc, texts: list[str], k: int) -> bool:
    """Whether the capitalised words from ``k`` are a registered firm of their own, with a
    legal form or an acronym in brackets after them: "Acme Investment Limited (AIL)"."""
    j = k
    while j < len(doc) and doc[j].is_title:
        j += 1
    return j > k and (texts[j - 1] in LEGAL_FORMS or j + 2 < len(doc) and texts[j] == "("
                      and texts[j + 2] == ")" and texts[j + 1] == _initials(doc[k:j]))


def _employers(doc: Doc) -> Iterable[Mention]:
    """The firm or institute an analyst works at: "a telecoms analyst at Oslo-based
    brokerage Example Valores", "head of research at Example Labs". The capitalised words
    after "at" (past a "<City>-based" and a lower-case kind of firm) name an organisation
    the statistical NER may miss or take for a person; an institute, think tank or
    university is an Organization, anything else a Company.
    """
    texts = doc_texts(doc)
    for i, text in enumerate(texts):
        if text != "at" or i < 1 or i + 2 >= len(doc) or not any(
                texts[k].lower() in _STAFF_WORDS for k in range(max(i - 4, 0), i)):
            continue
        k = i + 1
        if texts[k].lower() == "the":
            k += 1
        based = False
        while k + 2 < len(doc) and texts[k + 1] in {"-", "–"} and texts[k + 2] == "based":
            k, based = k + 3, True  # "Oslo-based"
        if k + 3 < len(doc) and doc[k].is_title and doc[k + 1].is_title and \
                texts[k + 2] in {"-", "–"} and texts[k + 3] == "based":
            k, based = k + 4, True  # "Buenos Aires-based"
        kinds, start, k = _kinds_and_name(doc, texts, k)
        if k - start < 1 or k - start > 5 or doc[start].is_sent_start or \
                texts[start] in TITLE_STOP or doc[k - 1].ent_type_ in {"GPE", "NORP", "LOC"} or \
                any(doc[j].ent_type_ == "DATE" for j in range(start, k)):
            continue
        if k - start == 1 and not kinds and not based:
            continue  # one word and no kind of firm or base: a place, a team, a brand
        name = doc[start:k].text
        org = EntityType.ORGANIZATION if any(t.text in ORG_ENDS for t in doc[start:k]) or \
            set(kinds) & _RESEARCH_BODIES or doc[start].text in ORG_STARTS \
            or _CIVIC_WORDS & set(texts[start:k]) else EntityType.COMPANY
        yield Mention(start, k, org_key(name), org, name, name, "ner")


#: Words that end the name of a group that is neither a firm nor a government's:
#: "the Example Data Initiative", "the Example Rights Coalition".
_GROUP_ENDS = ORG_ENDS | {"Initiative", "Coalition", "Alliance", "Network", "Trust", "Council",
                          "Watch", "Project", "Commons", "Lab", "Labs"}
#: Words of a civil-society group's name: "Citizens for Privacy Ruritania", "Open Cities Lima".
#: Members a union or association of people is named after: "the National Union of Journalists".
_MEMBERS = {"Journalists", "Workers", "Lawyers", "Employers", "Farmers", "Teachers", "Editors",
            "Broadcasters", "Publishers", "Manufacturers", "Engineers", "Doctors", "Writers",
            "Students", "Traders", "Exporters", "Operators", "Consumers", "Users", "Bloggers"}
_CIVIC_WORDS = {"Rights", "Liberties", "Freedom", "Transparency", "Democracy", "Privacy",
                "Citizens", "Civic", "Advocacy", "Open", "Policy"}


_RULING = re.compile(r"\b(?:ruling|governing)\b", re.IGNORECASE)
#: Where a party stands: "the ruling Acme party", "Acme, the main opposition party".
_PARTY_STANDING = {"ruling", "governing", "opposition"}


def _body_kind(span: Span) -> EntityType:
    """A party the gazetteer does not know is a GovernmentBody only where the article calls
    it ruling or governing; any other party is an Organization (the contract's body is "a
    party in power").

    >>> import spacy
    >>> doc = spacy.blank("en")("the ruling Example Party and the opposition Other Party")
    >>> _body_kind(doc[2:4]).value, _body_kind(doc[7:9]).value
    ('GovernmentBody', 'Organization')
    """
    if "Party" not in (t.text for t in span) or span.text == "Communist Party":
        return EntityType.GOVERNMENT_BODY  # the bare "Communist Party" is a ruling one's
    before = span.doc[max(span.start - 4, 0) : span.start].text
    after = span.doc[span.end : span.end + 4].text
    if _RULING.search(before) or re.match(r"\W*(?:\(\w+\)\s*)?(?:is|was)?\s*in power", after):
        return EntityType.GOVERNMENT_BODY
    return EntityType.ORGANIZATION


def _listed_people(doc: Doc) -> Iterable[Mention]:
    """Names listed with a person's, each after its country's possessive: "attended by
    Peru's Jane Roe, Chile's John Doe and Bolivian Vice-President Ann Poe" are three people,
    whatever the NER read in the first two."""
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        listed: list[Token] = []
        t = ent.root
        while t.dep_ == "conj" and t.head.i < t.i:  # back along the list
            t = t.head
            listed.append(t)
        for head in listed:
            if head.pos_ != "PROPN" or not head.is_title or head.ent_type_ == "PERSON" or \
                    head.lower_ in _ROLE_WORDS | _OFFICE_WORDS:
                continue
            start = head.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title \
                    and doc[start - 1].head.i == head.i and doc[start - 1].pos_ == "PROPN":
                start -= 1
            owner = start >= 2 and doc[start - 1].text in {"'s", "’s"} and \
                doc[start - 2].ent_type_ == "GPE"
            if owner and 2 <= head.i + 1 - start <= 3 and not any(
                    x.lower_ in _ROLE_WORDS | _OFFICE_WORDS or x.text in _TITLE_START
                    for x in doc[start : head.i + 1]):
                name = doc[start : head.i + 1].text
                yield Mention(start, head.i + 1, person_key(name), EntityType.PERSON, name,
                              name, "ner")


def _based_names(doc: Doc) -> Iterable[Mention]:
    """The capitalised name after "<Place>-based" (past lower-case kinds of firm): an
    organisation the statistical NER may miss or take for a person, "developed by
    Oslo-based Example Tools for Humanity", "a lawyer with the Lima-based Example Data
    Initiative". A name that ends like a foundation, institute or initiative is an
    Organization, one that ends like an operator's ("Acme Wireless") a Telco, any other a
    Company.
    """
    texts = doc_texts(doc)
    for i, text in enumerate(texts):
        if text != "based" or i < 2 or texts[i - 1] not in {"-", "–"}:
            continue
        kinds, start, k = _kinds_and_name(doc, texts, i + 1)
        if k - start < 1 or k - start > 6 or texts[start] in TITLE_STOP or \
                doc[k - 1].ent_type_ in {"GPE", "NORP", "LOC", "DATE"} and (
                    k - start == 1 or doc[start].ent_type_ == doc[k - 1].ent_type_) or \
                texts[k - 1] in GOV_HEADS:
            continue  # no place alone, but "the Lima-based Privacy Watch Peru" is a group
        name = doc[start:k].text
        org = EntityType.ORGANIZATION if texts[k - 1] in _GROUP_ENDS or \
            set(kinds) & _RESEARCH_BODIES or _CIVIC_WORDS & set(texts[start:k]) or \
            texts[start] in ORG_STARTS or any(
                texts[j] in ORG_ENDS and texts[j + 1] in {"for", "of", "on"}
                for j in range(start, k - 1)) else EntityType.TELCO \
            if texts[k - 1] in TELCO_SUFFIX else EntityType.COMPANY  # "Acme Institute for"
        yield Mention(start, k, org_key(name), org, name, name, "ner")


_TELECOM_WORDS = {
    "5g", "4g", "lte", "telecom", "telecoms", "telecommunications", "network", "networks",
    "equipment", "gear", "kit", "operator", "operators", "carrier", "carriers", "wireless",
    "mobile", "spectrum", "broadband", "subscribers", "telco", "telcos",
}
#: Plural titles before coordinated names: "National Security Advisors Jane Roe and John Doe".
_PLURAL_TITLES = {"Secretaries", "Ministers", "Presidents", "Ambassadors", "Commissioners",
                  "Senators", "Advisers", "Advisors", "Envoys", "Governors", "Directors"}
_TITLES = {
    "Secretary", "Minister", "President", "Ambassador", "Chancellor", "Commissioner",
    "Director", "Chairman", "Chairwoman", "Senator", "Sen.", "Rep.", "Representative",
    "Spokesperson", "Spokesman", "Spokeswoman", "Premier", "Governor", "Envoy", "Adviser",
    "Advisor", "CEO", "Administrator", "spokesperson", "spokesman", "spokeswoman", "Speaker",
    # lower-case roles between a body and a name: "Acme chairperson Jane Roe"
    "chairperson", "chairman", "chairwoman", "executive", "director", "commissioner",
    "president", "founder", "governor", "minister", "secretary", "ambassador",
    # legislators: "Acme Party lawmaker Jane Roe", "Labour MP John Doe"
    "lawmaker", "legislator", "MP", "MEP", "parliamentarian", "congressman", "congresswoman",
    "Congressman", "Congresswoman",
    # people of the media: "presenter Jane Roe", "Acme TV anchor John Doe"
    "presenter", "anchor", "editor", "correspondent", "columnist", "journalist",
} | _PLURAL_TITLES | _RULER_TITLES


#: Nouns that introduce a policy's name: "its industry roadmap, Nusantara Maju", "a plan
#: dubbed Made in China 2025", "Digital Ruritania 2030, a roadmap for industry".
NAMING_HEADS = LOWER_POLICY_HEADS | {"roadmap", "initiative", "campaign", "package", "programme",
                                     "program", "charter", "plan", "scheme", "strategy",
                                     "proposal", "law", "cable", "constellation", "project",
                                     "fund", "activity", "operation", "mission"}
_CALLED = {"called", "dubbed", "named", "titled", "branded", "christened"}
_NAME_INNER = {"of", "and", "for", "the", "in", "on", "&", "-"}
_NOT_A_NAME = {"PERSON", "GPE", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL",
               "ORDINAL", "QUANTITY", "LOC"}


#: A name with its number in one word: "SeaMeWe-6", "Andes2".
_NUMBERED_NAME = re.compile(r"[A-Z][A-Za-z]+-?\d+")


def _name_at(doc: Doc, start: int, limit: int) -> int | None:
    """The end of a capitalised name starting at ``start`` ("ThaiDEP", "Made in China
    2025", "Digital Ruritania 2030"), or None when no name starts there."""
    if start >= limit or not doc[start].text[:1].isupper() or not (
            doc[start].is_alpha or _NUMBERED_NAME.fullmatch(doc[start].text)):
        return None
    end = start + 1
    while end < limit and end - start < 7:
        t = doc[end]
        if t.text[:1].isupper() or t.like_num or (t.lower_ in _NAME_INNER and end + 1 < limit
                                                  and (doc[end + 1].text[:1].isupper()
                                                       or doc[end + 1].like_num)):
            end += 1
        else:
            break
    return end


def _plausible_name(doc: Doc, start: int, end: int, known: dict[int, Mention],
                    at_start: bool = False) -> bool:
    span = doc[start:end]
    if span[0].is_sent_start and not at_start or span.text.lower() in {"the", "a"}:
        return False
    if span[-1].text in COMPANY_SUFFIX or span[0].text in {"Grupo", "Groupe", "Gruppo"}:
        return False  # "Example Advisory, the fund of ...": a firm, whatever its apposition
    if span[0].text in _TITLE_START or span[0].lower_ in _OFFICE_WORDS or \
            start > 0 and doc[start - 1].lower_ in {"of", "for"} and start > 1 \
            and doc[start - 2].text in _TITLE_START:
        return False  # "Minister of Public Safety", "(Minister of) Science and Industry"
    ents = {t.ent_type_ for t in span if t.ent_type_}
    whole = [e for e in doc.ents if e.start == start and e.end == end]
    # the statistical NER often takes an unfamiliar name for a person's: the apposition
    # to "plan" or "roadmap" says otherwise (a known person is rejected below)
    if whole and whole[0].label_ in _NOT_A_NAME - {"PERSON"} or ents & {"DATE", "TIME"}:
        return False
    inside = {known[i].key for i in range(start, end) if i in known}
    if inside and all(known[i].start == start and known[i].end == end
                      for i in range(start, end) if i in known):
        return False  # the whole name is a country, company or person already
    return len(span.text) >= 4 or len(span.text) == 3 and span.text.isupper()  # "EMA"


#: Funds that are investors, not programmes: "an investment fund", "a hedge fund".
_FIRM_FUNDS = {"investment", "hedge", "pension", "wealth", "equity", "holding", "index", "mutual",
               "venture", "infrastructure", "sovereign"}


def _named_policies(doc: Doc, known_list: list[Mention]) -> Iterable[Mention]:
    """Policies named in apposition to, or as what is "called", a policy noun."""
    known = {i: m for m in known_list for i in range(m.start, m.end)}
    sentences = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    words = doc_words(doc)
    for sent in sentences:
        for i in range(sent.start, sent.end):
            if words[i][1] not in NAMING_HEADS:
                continue  # known from the word alone, without making the Token
            head = doc[i]
            if head.lower_ not in NAMING_HEADS or head.pos_ != "NOUN":
                continue
            if i > sent.start and doc[i - 1].text == "-":
                continue  # "his son-in-law, Jane Roe": a word's end, not a law
            if i + 1 < sent.end and doc[i + 1].is_lower and doc[i + 1].pos_ == "NOUN":
                continue  # "a telecoms policy fellow", "the plan details": another noun's
            if head.lower_ == "fund" and i > sent.start and doc[i - 1].lower_ in _FIRM_FUNDS:
                continue  # "Acme, a Ruritanian hedge fund": an investor, no policy
            found = _quoted_or_acronym_name(doc, head, sent.start)
            if found is not None and head.lower_ == "fund" and not doc[found[0]].is_title:
                found = (found[0], head.i + 1)  # "the 'post-5G' fund": no name without its noun
            nxt = head.i + 1
            if found is None and nxt < sent.end and doc[nxt].lower_ in _CALLED | {",", "("}:
                start = nxt + 1
                if doc[nxt].text == "," and doc[start : start + 2].text.lower() == "known as":
                    start += 2  # "the cable, known as EMA (...)"
                if start < sent.end and doc[start].lower_ == "the" and doc[nxt].lower_ in _CALLED:
                    start += 1
                end = _name_at(doc, start, sent.end)
                closes = end is not None and (end >= sent.end or doc[end].text in {",", ".", ")", ";", "—",
                                                                                      "("}
                                              or doc[end].lower_ in {"which", "that"})
                if end is not None and (doc[nxt].lower_ in _CALLED or closes) and (
                        end >= sent.end or doc[end].lemma_.lower() not in {"say", "tell", "add"}):
                    found = (start, end)
            if found is None:
                # "Nusantara Maju, the government's digital blueprint, ...": walk back over
                # "a", "its", adjectives to a comma, then over the name before it
                j = head.i - 1
                while j > sent.start and (doc[j].is_lower or doc[j].text in {"'s", "’s"}
                                          or doc[j + 1].text in {"'s", "’s"}
                                          or doc[j].ent_type_ == "NORP"
                                          or _hyphenated(doc, j)) \
                        and doc[j].text != ",":
                    # "GOVSATCOM, the Union's separate programme": over the owner too, and
                    # over "a Lima-to-Quito cable"
                    j -= 1
                dets = {t.lower_ for t in doc[j + 1 : head.i]}
                if dets & (_OFFICE_WORDS | _STAFF_WORDS | {"of", "at"}):
                    continue  # "Jane Roe, director of the Acme programme": a person
                if any(t.pos_ in {"VERB", "AUX"} or t.lower_ in {"which", "who", "that"}
                       or t.pos_ == "ADP" and doc[t.i - 1].text not in {"-", "–"}
                       for t in doc[j + 1 : head.i]):
                    continue  # "the Council, which discussed it on a proposal": no apposition
                if j < sent.start + 1 or doc[j].text != "," or not dets & {"a", "an", "the",
                                                                           "its", "their",
                                                                           "'s", "’s"}:
                    continue
                k = head.i + 1  # the apposition closes before any finite verb: ", a plan
                # was" is not one; ", a programme to fund ..." and "for pooling ..." are, and
                # so is ", a scheme that Acme supports,"
                while k < sent.end and doc[k].text not in {",", ".", ";", ")", "—"} \
                        and not _finite(doc[k]) and not (doc[k].lower_ in {"that", "which"}
                                                         and head.lower_ in LOWER_POLICY_HEADS):
                    k += 1
                if k < sent.end and _finite(doc[k]):
                    continue
                name_end = name_end_before(doc, j, sent.start)
                if doc[name_end - 1].text in {'"', "”", "’"}:
                    # '"New Example", a proposal for ...': the words inside the quotes
                    opening = next((k for k in range(name_end - 2, max(sent.start, name_end - 9)
                                                     - 1, -1) if doc[k].text in {'"', "“", "‘"}),
                                   None)
                    if opening is not None and opening + 1 < name_end - 1:
                        found = (opening + 1, name_end - 1)
                start = _name_before(doc, name_end, sent.start)
                if start < name_end and _name_at(doc, start, name_end) == name_end and \
                        doc[start].text not in TITLE_STOP:
                    found = (start, name_end)
            if found and _plausible_name(doc, *found, known,
                                         at_start=bool(doc[found[0]].is_sent_start)):
                start, end = found
                name = canonical_policy_name(doc[start:end].text)
                yield Mention(start, end, policy_key(name), EntityType.POLICY,
                              doc[start:end].text, name, "appos")


def name_end_before(doc: Doc, comma: int, floor: int) -> int:
    """Where a name that an apposition follows ends: at ``comma``, or before its spelt-out
    form in brackets ("Andes-1 (Andean Cable 1), a ... cable" ends before the bracket)."""
    if comma < 1 or doc[comma - 1].text != ")":
        return comma
    return next((k for k in range(comma - 2, max(floor, comma - 14), -1) if doc[k].text == "("),
                comma)


def _hyphenated(doc: Doc, i: int) -> bool:
    """True for each word of "Lima-to-Quito" (a hyphen on either side, or one itself)."""
    return any(0 <= k < len(doc) and doc[k].text in {"-", "–"} for k in (i - 1, i, i + 1))


def _finite(token: Token) -> bool:
    """A verb that makes a clause of its own ("was", "said"), not "to fund" or "pooling"."""
    return token.pos_ in {"AUX", "VERB"} and token.tag_ in {"VBD", "VBZ", "VBP", "MD"}


def _national_units(doc: Doc, chosen: list[Mention], taken: _Coverage) -> list[Mention]:
    """An operator's name followed by a country's is its national unit, based there:
    "Acmetel Ruritania" (when the gazetteer does not know the unit by name); so are a known
    firm's, where the article names two or more ("Acme France and Acme Retail Belgium").

    For example "Acmetel Peru launched 5G" has one Telco "Acmetel Peru" of kind "unit",
    with country PE.
    """
    by_start = {m.start: m for m in chosen}
    out = list(chosen)
    pairs = [(m, nxt) for m in chosen
             if m.type in {EntityType.TELCO, EntityType.COMPANY} and m.kind == "name"
             and (nxt := by_start.get(_unit_gap(doc, m))) is not None
             and nxt.type is EntityType.COUNTRY and nxt.kind == "name"]
    firm_units: dict[str, set[str]] = defaultdict(set)
    for m, nxt in pairs:
        firm_units[m.key].add(doc[m.start : nxt.end].text)
    for m, nxt in pairs:
        if m.type is EntityType.COMPANY and len(firm_units[m.key]) < 2:
            continue  # a firm's units count where the article names two or more of them
        if not doc[m.end].is_title or nxt.end < len(doc) and doc[nxt.end].is_title:
            continue  # (not "Acme China Semiconductor": see _subsidiaries)
        surface = doc[m.start : nxt.end].text
        out = [x for x in out if x is not m and x is not nxt]
        out.append(Mention(m.start, nxt.end, org_key(surface), m.type, surface,
                           surface, "unit", nxt.country))
        taken.add(m.start, nxt.end)
    return out


def _home_units(doc: Doc, chosen: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A group's brand named bare in an article about one country is the group's unit
    there, when the gazetteer knows one by that brand: "Acmefone" (a brand of Acme
    Telecom, or Acme's unit in another country) in a story datelined in Ruritania is
    "Acmefone Ruritania". A group named by its own name stays the group.
    """
    home: str | None = None
    out = []
    for m in chosen:
        entry = gaz.orgs.get(m.key.removeprefix("org/")) if m.kind == "name" else None
        if entry is None or not m.type.is_org or " " in m.surface or \
                m.start and doc[m.start - 1].lower_ in {"formerly", "previously", "née"}:
            out.append(m)  # "the Acme group, formerly Acmetel": the group's old name
            continue
        if home is None:
            home = home_country_code(doc, chosen, gaz) or ""
        brand = slug(m.surface).split("-")[0] != slug(entry.name).split("-")[0]
        if not home or entry.country == home or not (brand or entry.parent):
            out.append(m)
            continue
        group = entry.id if brand else entry.parent or ""
        units = [o for o in gaz.units_of(group) if o.country == home and any(
            n.startswith(m.surface + " ") for n in (o.name, *o.aliases))]
        if len(units) != 1:
            out.append(m)
            continue
        out.append(replace(m, key=org_key(units[0].id), name=units[0].name,
                           country=units[0].country))
    return out


def _unit_gap(doc: Doc, m: Mention) -> int:
    """Where a country's name may follow a known firm's to name its unit: right after it,
    or after one business word ("Acme Retail France")."""
    gap = m.end
    if m.type is EntityType.COMPANY and gap < len(doc) and doc[gap].text in _UNIT_WORDS:
        gap += 1
    return gap


#: Words of a business between a firm's name and a country's: "Acme Retail France".
_UNIT_WORDS = {"Retail", "Sales", "Services", "Distribution", "Operations", "Marketing",
               "Digital", "Payments", "Cloud", "Technologies", "Technology", "Systems"}


#: Nouns for a firm's part in one country: "Acme's Ruritanian arm".
_UNIT_NOUNS = {"business", "unit", "arm", "subsidiary", "operations", "operation", "branch",
               "division", "affiliate", "entity"}


def _units_by_demonym(doc: Doc, chosen: list[Mention], taken: _Coverage) -> list[Mention]:
    """"Acme's Ruritanian business" is the Ruritanian unit the article names in full
    ("Acme Technology Ruritania Inc."), not Acme; without such a unit it stays as it was."""
    units = [m for m in chosen if m.kind == "unit" and m.country]
    if not units:
        return chosen
    by_start = {m.start: m for m in chosen}
    out = list(chosen)
    for m in chosen:
        k = m.end
        dem = by_start.get(k + 1)
        if not m.type.is_org or k + 2 >= len(doc) or doc[k].text not in {"'s", "’s"} or \
                dem is None or dem.kind != "demonym" or dem.end >= len(doc) or \
                doc[dem.end].lower_ not in _UNIT_NOUNS:
            continue
        unit = [u for u in units if u.country == dem.country and u.surface.startswith(m.surface)]
        if len({u.key for u in unit}) != 1:
            continue
        out = [x for x in out if x is not m and x is not dem]
        out.append(replace(unit[0], start=m.start, end=dem.end + 1,
                           surface=doc[m.start : dem.end + 1].text))
        taken.add(m.start, dem.end + 1)
    return sorted(out)


def _national_operators(doc: Doc, chosen: list[Mention], taken: _Coverage) -> list[Mention]:
    """A country's name and "Telecom" (or "Mobile", ...) name its national operator,
    based there: "state-owned Ruritania Telecom" (the gazetteer may not know it). Not
    "the Ruritania Telecom Authority", a regulator."""
    out = list(chosen)
    for m in chosen:
        k = m.end
        if m.type is not EntityType.COUNTRY or m.kind != "name" or k >= len(doc) or \
                doc[k].text not in {"Telecom", "Telekom", "Mobile", "Cellular", "Wireless"} or \
                not taken.free(k, k + 1) or k + 1 < len(doc) and doc[k + 1].is_title:
            continue
        name = doc[m.start : k + 1].text
        out = [x for x in out if x is not m]
        out.append(Mention(m.start, k + 1, org_key(name), EntityType.TELCO, name, name, "unit",
                           m.country))
        taken.add(k, k + 1)
    return sorted(out)


def _units_named_in_full(doc: Doc, chosen: list[Mention], taken: _Coverage) -> list[Mention]:
    """A firm's name and a country's are the subsidiary the article names in full
    elsewhere: "Acme Ruritania" after "Acme Ruritania Limited" (see ``_subsidiaries``)."""
    units = [m for m in chosen if m.kind == "unit"]
    if not units:
        return chosen
    by_start = {m.start: m for m in chosen}
    out = list(chosen)
    for m in chosen:
        nxt = by_start.get(m.end)
        if not m.type.is_org or m.kind != "name" or nxt is None or \
                nxt.type is not EntityType.COUNTRY or nxt.kind != "name":
            continue
        surface = doc[m.start : nxt.end].text
        full = next((u for u in units if u.surface.startswith(surface + " ")), None)
        if full is None:
            continue
        out = [x for x in out if x is not m and x is not nxt]
        out.append(replace(full, start=m.start, end=nxt.end, surface=surface))
        taken.add(m.start, nxt.end)
    return sorted(out)


#: Words that end a subsidiary's name after its parent's and a place.
_UNIT_SUFFIX = COMPANY_SUFFIX - {"Group", "Holdings", "Capital", "Partners", "Advisory",
                                 "Equities", "Ventures", "Investments"}


def _subsidiaries(doc: Doc, chosen: list[Mention], taken: _Coverage) -> list[Mention]:
    """A firm's name, a place and a company word is its subsidiary there, a company of its
    own: "Acme China Semiconductor", "Acme Semiconductor (Dalian)", "Acme Electronics
    (Ruritania)". Based in the country named, if one is. Without a place ("Acme
    Semiconductor") the name is the firm's.
    """
    by_start = {m.start: m for m in chosen}
    out = list(chosen)
    for m in chosen:
        if m.type not in {EntityType.COMPANY, EntityType.TELCO} or m.kind != "name":
            continue
        k, country = m.end, None
        place = by_start.get(k)
        after = by_start.get(k + 1)
        if place is None and after is not None and after.type is EntityType.COUNTRY and \
                doc[k].is_title and doc[k].text in COMPANY_SUFFIX:
            place, k = after, k + 1  # "Acme Technology Ruritania Inc.": a word first
        if place is not None and place.type is EntityType.COUNTRY and place.kind == "name":
            k, country = place.end, place.country
        if k >= len(doc) or doc[k].text not in _UNIT_SUFFIX or k in by_start:
            continue
        end = k + 1
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"                 and doc[end + 1].is_title:
            inner = by_start.get(end + 1)
            if inner is not None and inner.type is EntityType.COUNTRY:
                country = inner.country
            end += 3
        elif country is None:
            continue  # "Acme Semiconductor": the firm itself
        surface = doc[m.start : end].text
        out = [x for x in out if not (m.start <= x.start and x.end <= end)]
        out.append(Mention(m.start, end, org_key(surface), EntityType.COMPANY, surface,
                           surface, "unit", country))
        taken.add(m.start, end)
    return sorted(out)


#: Lower-case nouns that head a policy named before its acronym ("initiative on
#: Secure Undersea Networks (iSUN)").
_ACRONYM_HEADS = NAMING_HEADS | {"partnership", "framework", "agreement", "arrangement",
                                 "mechanism", "alliance", "dialogue", "council", "compact"}
_ACRONYM = re.compile(r"[A-Za-z][A-Za-z0-9&+-]{1,9}")


#: Nouns of pacts and programmes an acronym may name: "the ABCDE security partnership".
_PACT_NOUNS = {"partnership", "pact", "deal", "agreement", "accord", "alliance", "treaty",
               "initiative", "programme", "program", "scheme", "framework"}


def _acronym_before_noun(doc: Doc) -> Iterable[Mention]:
    """A pact or programme named by an acronym before its noun: "the ABCDE security
    partnership", "the ABCD trade pact" (at most two words between). A known body or
    country that is the acronym ("the EU trade pact") keeps its own mention.

    >>> import spacy
    >>> [m.name for m in _acronym_before_noun(spacy.blank("en")("under the ABCD trade pact"))]
    ['ABCD']
    """
    texts = doc_texts(doc)
    for i in range(1, len(doc) - 1):
        acr = texts[i]
        if texts[i - 1].lower() != "the" or not (acr.isupper() and acr.isalpha()
                                                  and 3 <= len(acr) <= 8):
            continue
        for k in range(i + 1, min(i + 4, len(doc))):
            if texts[k].lower() in _PACT_NOUNS and texts[k].islower():
                yield Mention(i, i + 1, policy_key(acr), EntityType.POLICY, acr, acr, "appos")
                break
            if not texts[k].islower() or texts[k] in {"and", "or", "of", "to"}:
                break


#: What follows a firm's name that says it was founded: ", co-founded by", "was set up by".
_FOUNDED = re.compile(r"(?:, )?(?:which |that )?(?:was |is |were )?(?:co ?- ?|jointly )?"
                      r"(?:founded|cofounded|set up|started|launched|incorporated) (?:in \d{4} )?by\b")


def _foreign_ministries_named_alone(found: list[Mention]) -> list[Mention]:
    """Without a known ministry whose name many states use ("Ministry of Communication and
    Information Technology") where the article never names its state: the shapes read it
    as the article's own country's (see ``MentionFinder._gov_shape``)."""
    named = {m.country for m in found if m.type is EntityType.COUNTRY}
    return [m for m in found if not (
        m.type is EntityType.GOVERNMENT_BODY and m.kind == "name" and m.country
        and m.country not in named and m.surface.startswith("Ministry of"))]


#: Nouns a language's name goes with: "its Spanish initials", "the French text".
_LANGUAGE_NOUNS = {"initials", "acronym", "abbreviation", "translation", "spelling", "language",
                   "speakers", "speaking", "subtitles", "dubbing", "transliteration"}


def _a_language(doc: Doc, start: int, end: int) -> bool:
    """Whether a demonym names a language: "known by its Spanish initials", "a
    Spanish-language channel", "said in Spanish".

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("known by its Spanish initials, a Spanish-language channel said in Spanish.")
    >>> _a_language(doc, 3, 4), _a_language(doc, 7, 8), _a_language(doc, 13, 14)
    (True, True, True)
    >>> _a_language(nlp("Spanish officials said"), 0, 1)
    False
    """
    after = doc[end] if end < len(doc) else None
    if after is None:
        return start > 0 and doc[start - 1].lower_ == "in"
    if after.lower_ in _LANGUAGE_NOUNS:
        return True
    if after.text in {"-", "–"} and end + 1 < len(doc) and doc[end + 1].lower_ in _LANGUAGE_NOUNS:
        return True
    return start > 0 and doc[start - 1].lower_ == "in" and (after.is_punct or after.lower_ in {
        "and", "or"} and end + 1 < len(doc) and doc[end + 1].is_title
        and end + 2 < len(doc) and doc[end + 2].is_punct)


def _inside_a_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word name stands between two capitalised words that are no title,
    no name of a body and no date, as a middle name does ("Ana Sofia Roe").

    >>> import spacy
    >>> doc = spacy.blank("en")("Ana Sofia Roe met officials in Sofia on Monday.")
    >>> _inside_a_name(doc, 1, 2), _inside_a_name(doc, 6, 7)
    (True, False)
    """
    if end - start != 1 or start == 0 or end >= len(doc):
        return False
    before, after = doc[start - 1], doc[end]
    return all(t.is_alpha and t.is_title and t.text not in TITLE_STOP
               and t.lower_ not in _ROLE_WORDS and t.lower_ not in _DAY_WORDS
               and t.text not in _TITLES
               for t in (before, after)) and after.text not in ORG_ENDS | GOV_HEADS


def dateline_country(doc: Doc, gaz: Gazetteer) -> str | None:
    """The country of the article's dateline ("LIMA" -> "PE", "SHENZHEN" -> "CN"), if it
    has one."""
    place = doc._.pg_dateline if Doc.has_extension("pg_dateline") else None
    if not place:
        return None
    title = place.title()
    return (gaz.country_by_capital.get(title) or gaz.country_by_name.get(place)
            or gaz.country_by_name.get(title) or gaz.country_by_place.get(title))


def home_country_code(doc: Doc, mentions: Iterable[Mention], gaz: Gazetteer) -> str | None:
    """The country an article is about: its dateline's, or the one it names most (and at
    least twice, more than any other); failing that, the one whose bodies and people it
    names most (a regulator's release names its state once, its own name often)."""
    code = dateline_country(doc, gaz)
    if code is not None:
        return code
    mentions = list(mentions)
    # "Chinese companies Huawei and ZTE" says whose companies, not where we are
    return _named_most([m.country for m in mentions if m.type is EntityType.COUNTRY
                        and m.country and m.kind != "demonym"]) or \
        _named_most([m.country for m in mentions if m.country and m.type in {
            EntityType.COUNTRY, EntityType.GOVERNMENT_BODY}])


def _named_most(codes: list[str]) -> str | None:
    """The code named most, when it is the only one or is named at least twice and more
    than any other.

    >>> _named_most(["PE"]), _named_most(["PE", "CL"]), _named_most(["PE", "CL", "PE"])
    ('PE', None, 'PE')
    """
    ranked = Counter(codes).most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


#: Buildings named after what they house: "the Palace of the Parliament".
_VENUE_OF = {"Palace", "Castle", "Tower", "Hall", "Building", "Seat"}


def _court_seat(doc: Doc, end: int) -> int:
    """Where a court's name ends that goes on with its circuit or district: "the District
    Court for the District of Columbia", "the Court of Appeals for the Ninth Circuit".

    >>> import spacy
    >>> doc = spacy.blank("en")("the District Court for the District of Columbia ruled")
    >>> doc[1:_court_seat(doc, 3)].text
    'District Court for the District of Columbia'
    """
    for _ in range(2):  # "of Appeals", then "for the Ninth Circuit"
        k = end
        if k + 2 < len(doc) and doc[k].lower_ in {"for", "of"} and doc[k + 1].lower_ == "the":
            k += 2
        elif k + 1 < len(doc) and doc[k].lower_ in {"for", "of"}:
            k += 1
        else:
            return end
        last = k
        while last < len(doc) and (doc[last].is_title or doc[last].text[:1].isdigit()
                                   or doc[last].lower_ == "of" and last + 1 < len(doc)
                                   and doc[last + 1].is_title or "." in doc[last].text
                                   and doc[last].text[:1].isupper()):
            last += 1
        if last == k or doc[last - 1].lower_ == "of":
            return end
        end = last
    return end


def _a_building(span: Span) -> bool:
    """Whether a name is a building's, after what it houses: "the Palace of the
    Parliament", "the Hall of the People" (no body, though a body's word ends it); a
    court is one where people meet at it ("held talks at the Royal Court")."""
    doc = span.doc
    if span[-1].text == "Court" and (
            span.start >= 2 and doc[span.start - 1].lower_ == "the"
            and doc[span.start - 2].lower_ == "at"
            or span.end < len(doc) and doc[span.end].lower_ in {"talks", "meeting", "summit"}):
        return True  # "the Royal Court talks"
    return len(span) > 2 and span[0].text in _VENUE_OF and span[1].lower_ == "of"


def _cabinet_title(doc: Doc, end: int) -> bool:
    """Whether the "Cabinet" that ends a name at ``end`` begins a minister's title:
    "Interior Cabinet Secretary Jane Roe", "Cabinet Minister Doe" (not "the Cabinet
    Office")."""
    return 0 < end < len(doc) and doc[end - 1].text == "Cabinet" and \
        doc[end].text in {"Secretary", "Minister", "Secretaries", "Ministers"}


#: Words that end the name of a place or prize called after a person.
_NAMED_PLACES = {"Airport", "Centre", "Center", "Hall", "Stadium", "University", "Hospital",
                 "Street", "Road", "Avenue", "Bridge", "Square", "Park", "Prize", "Award",
                 "School", "College", "Library", "Museum", "Highway", "Port", "Dam"}


def named_after(doc: Doc, i: int) -> bool:
    """Whether the name ending at token ``i`` begins the name of a place or body called
    after a person: "the Roe International Convention Centre", "Roe Airport"."""
    if i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I" and doc[i + 1].is_title and \
            doc[i + 1].ent_type_ in {"ORG", "FAC", "GPE", "LOC"}:
        return True
    j = i + 1
    while j < len(doc) and j <= i + 4 and doc[j].is_title:
        if doc[j].text in _NAMED_PLACES:
            return True
        j += 1
    return False


def _firm_by_ner(doc: Doc, surface: str) -> bool:
    """Whether the statistical NER reads a word that may be a firm ("Apple", "Amazon") as an
    organisation in most of the places the article uses it, and at least twice: "Apple said
    ... Apple's suppliers", not one stray tag on "the Amazon basin".
    """
    tags = [doc[i].ent_type_ for i, text in enumerate(doc_texts(doc)) if text == surface]
    return len(tags) >= 2 and sum(tag == "ORG" for tag in tags) * 2 > len(tags)


def _owns_a_product(doc: Doc, start: int, end: int) -> bool:
    """Whether a word that may be a firm is one the NER reads as an organisation, owning
    something named in capitals: "Acme's App Store", "Apple's Vision Pro".

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("It was not on Apple's App Store on Tuesday.")
    >>> [m.name for m in doc._.pg_mentions]
    ['Apple']
    """
    return doc[start].ent_type_ == "ORG" and end + 1 < len(doc) and \
        doc[end].text in {"'s", "’s"} and doc[end + 1].text[:1].isupper()


def _named_in_full(doc: Doc, org: OrgEntry) -> bool:
    """Whether the article also names a firm whose short name is a common word by a longer
    name: "Acme Platforms, Inc." makes a later "Acme" the firm.

    >>> import spacy
    >>> org = OrgEntry("acme", "Acme Platforms", EntityType.COMPANY, "US", ("Acme",), ambiguous=True)
    >>> _named_in_full(spacy.blank("en")("Acme Platforms said Acme would appeal."), org)
    True
    >>> _named_in_full(spacy.blank("en")("Acme said it would appeal."), org)
    False
    """
    return any(len(name.split()) > 1 and name in doc.text for name in (org.name, *org.aliases))


_SIGN_LEMMAS = {"sign", "ratify", "ink", "initial"}


def _signed_names(doc: Doc, known: list[Mention]) -> Iterable[Mention]:
    """A capitalised name that states or leaders sign is an instrument's: "Albanese and
    Natano signed the Falepili Union", "Peru ratified the Lima Compact" (two words or
    more, none of them a name already known).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Peru and Chile signed the Andes Union.")
    >>> [m.name for m in _signed_names(doc, [])]
    ['Andes Union']
    """
    taken = {i for m in known for i in range(m.start, m.end)}
    for i, (lemma, _) in enumerate(doc_words(doc)):
        if lemma not in _SIGN_LEMMAS:
            continue  # known from the lemma alone, without making the Token
        verb = doc[i]
        if verb.pos_ != "VERB":
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ != "PROPN" or not obj.is_title or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
            continue
        start = obj.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title \
                and doc[start - 1].head.i == obj.i:
            start -= 1
        end = obj.i + 1
        if end - start < 2 or any(i in taken for i in range(start, end)) or any(
                doc[i].ent_type_ in {"PERSON", "GPE", "DATE", "NORP"} for i in range(start, end)):
            continue
        name = canonical_policy_name(doc[start:end].text)
        yield Mention(start, end, policy_key(name), EntityType.POLICY, doc[start:end].text,
                      name, "appos")


def _acronym_named(doc: Doc) -> Iterable[Mention]:
    """A policy whose acronym spells the words before it, one of them a lower-case policy
    noun: "the initiative on Secure Undersea Networks (iSUN)" -> the whole phrase.

    The name starts where the initials of its words (without "of", "and", "on", ...)
    spell the acronym, so nothing before it ("the U.S.-Ruritania") is taken in.
    """
    texts = doc_texts(doc)
    for i in range(2, len(doc) - 2):
        if texts[i] != "(" or texts[i + 2] != ")" or not _ACRONYM.fullmatch(
                texts[i + 1]) or sum(c.isupper() for c in texts[i + 1]) < 2:
            continue
        letters = [c.lower() for c in doc[i + 1].text if c.isalpha()]
        sent_start = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
        content: list[str] = []
        for start in range(i - 1, max(sent_start, i - 12) - 1, -1):
            word = doc[start]
            if word.lower_ in _NAME_INNER:
                continue
            if not (word.is_title or word.is_upper or word.lower_ in _ACRONYM_HEADS):
                break
            content.insert(0, word.lower_[0])
            if content == letters:
                span = doc[start:i]
                if any(t.lower_ in _ACRONYM_HEADS and t.is_lower for t in span) and \
                        span[-1].text not in GOV_HEADS:
                    name = canonical_policy_name(span.text)
                    yield Mention(start, i, policy_key(name), EntityType.POLICY, span.text,
                                  name, "appos")
                break


_QUOTES = {'"', "“", "”", "'", "‘", "’"}
_NOT_A_POLICY_END = GOV_HEADS | COMPANY_SUFFIX | TELCO_SUFFIX


def _name_before(doc: Doc, end: int, floor: int, longest: int | None = None) -> int:
    """Where a capitalised name ending at ``end`` starts ("Rural Connect Fund", "Made in
    Ruritania 2030"), not before ``floor``, at most ``longest`` tokens back; ``end`` when
    no name ends there."""
    start = end
    while start > floor and (longest is None or end - start < longest) and (
            doc[start - 1].text[:1].isupper() or doc[start - 1].like_num
            or doc[start - 1].lower_ in _NAME_INNER - {"the"}):
        start -= 1
    while start < end and not doc[start].text[:1].isupper():
        start += 1
    return start


#: Policy nouns that may end a name written in quotes: its "white list".
_QUOTED_HEADS = {"list", "law", "rule", "rules", "policy", "plan", "programme", "program",
                 "strategy", "initiative", "network", "doctrine", "blacklist", "whitelist"}


def _to_closing_quote(doc: Doc, m: Mention) -> Mention:
    """A policy's name that opens a quotation runs to its close, over the commas of a
    list: "Principles on Example Design, Development, and Use" is one name.

    The words after the shape must all be capitalised or joining words ("and", "of",
    commas), and the quotation at most twenty words long."""
    if m.type is not EntityType.POLICY or m.start == 0 or doc[m.start - 1].text not in {
            '"', "“"}:
        return m
    for k in range(m.end, min(m.start + 20, len(doc))):
        t = doc[k]
        if t.text in {'"', "”"}:
            while k > m.end and doc[k - 1].text in {",", "-", "&"}:
                k -= 1  # "the "Example Network," he said": the comma is the sentence's
            if k == m.end:
                return m
            name = canonical_policy_name(doc[m.start : k].text)
            return Mention(m.start, k, policy_key(name), m.type, doc[m.start : k].text, name,
                           m.kind, m.country)
        if not (t.is_title or t.text in {",", "-", "&"} or t.lower_ in {"and", "of", "on", "for",
                                                                         "the", "in"}):
            return m
    return m


def _quoted_policies(doc: Doc) -> Iterable[Mention]:
    """A policy named in quotes by a phrase ending in a policy noun: Ruritania's "white
    list", the "clean network"; two to five words, not a whole quoted sentence."""
    texts = doc_texts(doc)
    opens = [i for i, t in enumerate(texts) if t in {'"', "“"}]
    for i in opens:
        end = next((k for k in range(i + 2, min(i + 7, len(doc))) if texts[k] in {'"', "”"}),
                   None)
        if end is None or end - i - 1 < 2:
            continue
        inner = doc[i + 1 : end]
        if inner[-1].lower_ not in _QUOTED_HEADS or inner[-1].pos_ not in {"NOUN", "PROPN"} \
                or any(t.pos_ in {"VERB", "AUX", "PRON"} or t.is_punct for t in inner):
            continue
        name = canonical_policy_name(inner.text)
        yield Mention(i + 1, end, policy_key(name), EntityType.POLICY, inner.text, name,
                      "appos")


def _so_called(doc: Doc) -> Iterable[Mention]:
    """A policy a text calls by a name it distances itself from: "the so-called Acme TV
    law" (capitalised words, then a policy noun), whatever firm or place the words name.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("It is the first use of the so-called Acme TV law in Peru.")
    >>> [(m.name, m.type.value) for m in doc._.pg_mentions]
    [('Acme TV law', 'Policy'), ('Peru', 'Country')]
    """
    texts = doc_texts(doc)
    for i in range(len(doc) - 4):
        if texts[i].lower() != "so" or texts[i + 1] != "-" or texts[i + 2].lower() != "called":
            continue  # known from the text alone, without making the Token
        k = i + 3
        while k < len(doc) and texts[k][:1].isupper() and k - i - 3 < 5:
            k += 1
        if k == i + 3 or k >= len(doc) or texts[k] not in _QUOTED_HEADS:
            continue
        name = canonical_policy_name(doc[i + 3 : k + 1].text)
        yield Mention(i + 3, k + 1, policy_key(name), EntityType.POLICY,
                      doc[i + 3 : k + 1].text, name, "appos")


def _quoted_or_acronym_name(doc: Doc, head: Token, floor: int) -> tuple[int, int] | None:
    """The name just before a policy noun, in quotes or with its acronym.

    ``the "Smart Nation" campaign`` gives "Smart Nation"; ``the Rural Connect
    Fund (RCF) scheme`` gives "Rural Connect Fund" (the linker makes "RCF" its alias).
    """
    i = head.i - 1
    while i > floor and doc[i].lower_ in {"flagship", "national", "new"}:
        i -= 1
    if i <= floor:
        return None
    if doc[i].text in _QUOTES:
        k = i - 1
        while k > floor and i - k <= 8 and doc[k].text not in _QUOTES:
            k -= 1
        if doc[k].text not in _QUOTES or k + 1 >= i:
            return None
        if _name_at(doc, k + 1, i) != i and not (
                i - k - 1 <= 4 and any(t.pos_ in {"NOUN", "PROPN"} for t in doc[k + 1 : i])):
            return None  # "the 'very good' plan": not a name; "the 'sovereign internet' law" is
        return (k + 1, i)
    if doc[i].text == ")" and i - 2 > floor and doc[i - 2].text == "(":
        acr = doc[i - 1].text
        if not (acr.isupper() and acr.isalnum() and 2 <= len(acr) <= 8):
            return None
        end = i - 2
        start = _name_before(doc, end, floor, longest=8)
        if end - start < 2 or doc[start].text in TITLE_STOP or \
                doc[end - 1].text in _NOT_A_POLICY_END:
            return None  # "Federal Communications Commission (FCC) rules": a body's rules
        return (start, end)
    return None


def _split_listed(span: Span) -> Iterable[Span]:
    """A policy shape cut where it lists two names: at "and the" after a policy noun,
    and where a closing parenthesis is followed by a lower-case word ("Alpha Framework
    Agreement (AFA) and the Beta Partnership"), while "Telecoms (Security) Act" is one."""
    if span.label_ != "POLICY":
        yield span
        return
    doc = span.doc
    start = span.start
    for k in range(span.start, span.end - 1):
        if doc[k].lower_ == "and" and doc[k + 1].lower_ == "the" and k > start and \
                doc[k - 1].text in POLICY_HEADS:
            # "the Alpha Agreement and the Beta Partnership": two names
            yield Span(doc, start, k, label="POLICY")
            start = k + 2
            continue
        if doc[k].text == ")" and doc[k + 1].is_lower:
            opening = max((j for j in range(start, k) if doc[j].text == "("), default=None)
            if opening is not None and doc[_trim_end(doc, start, opening) - 1].text in POLICY_HEADS:
                yield Span(doc, start, opening, label="POLICY")
            start = k + 1
            while start < span.end and not doc[start].text[:1].isupper():
                start += 1
    if start < span.end:
        yield Span(doc, start, span.end, label="POLICY")


_FIRMS = {EntityType.COMPANY, EntityType.TELCO}
#: Words before or in apposition to an unknown name that make it a public body.
_STATE_CUES = {"regulator", "watchdog", "ministry", "authority"}


def _coordinated_firms(doc: Doc, chosen: list[Mention]) -> Iterable[Mention]:
    """Organisations the NER found but nothing typed, listed with a known company or
    operator: "Acme and Globex announced", "Initech, Acme and Globex supply ..."."""
    ends = {m.end: m for m in chosen if m.type in _FIRMS}
    starts = {m.start: m for m in chosen if m.type in _FIRMS}
    at = {i for m in chosen for i in range(m.start, m.end)}
    for ent in doc.ents:
        if ent.label_ != "ORG" or any(i in at for i in range(ent.start, ent.end)):
            continue
        if not all(t.text[:1].isupper() and t.is_alpha for t in ent) or len(ent) > 3:
            continue
        before = doc[ent.start - 1].text if ent.start else ""
        after = doc[ent.end].text if ent.end < len(doc) else ""
        partner = None
        if before in {"and", "or"} or before == "," and after in {",", "and", "or"}:
            # a comma alone is no list: "said Acme, Example News reported"
            partner = ends.get(ent.start - 1)
        if partner is None and after in {"and", ",", "or"}:
            partner = starts.get(ent.end + 1)
        if partner is not None:
            yield Mention(ent.start, ent.end, org_key(ent.text), partner.type, ent.text,
                          ent.text, "ner", None)
    # "Cell Acme, Liquid Example Technologies, Beta and Gamma": a capitalised name the NER
    # missed, between two firms of one list, is a firm of the same kind as its neighbours
    firms = sorted((m for m in chosen if m.type in _FIRMS), key=lambda m: m.start)
    for left, right in zip(firms, firms[1:], strict=False):
        gap = doc[left.end : right.start]
        if len(gap) < 3 or gap[0].text != "," or gap[-1].text not in {",", "and"}:
            continue
        name = gap[1:-1] if gap[-1].text == "," or gap[-2].text != "," else gap[1:-2]
        if 1 <= len(name) <= 4 and all(t.is_title and t.is_alpha for t in name) and \
                not any(t.i in at for t in name) and \
                all(t.ent_type_ in {"", "ORG", "PERSON", "PRODUCT", "NORP"} for t in name) and \
                left.type == right.type:
            yield Mention(name.start, name.end, org_key(name.text), left.type, name.text,
                          name.text, "ner", None)
    # "Acme, Beta, Gamma and T9": the name closing a list of firms of one kind
    for left, right in zip(firms, firms[1:], strict=False):
        k = right.end
        if doc[left.end : right.start].text != "," or left.type != right.type or \
                k + 2 > len(doc) or doc[k].lower_ not in {"and", "or"}:
            continue
        name = doc[k + 1 : k + 2]
        tail = doc[k + 2] if k + 2 < len(doc) else None
        if (name[0].is_title and name[0].is_alpha or _BRAND_CODE.fullmatch(name[0].text)) and \
                name.start not in at and name[0].ent_type_ in {"", "ORG", "PRODUCT"} and \
                (tail is None or tail.is_punct or tail.pos_ in {"VERB", "AUX"}):
            yield Mention(name.start, name.end, org_key(name.text), right.type, name.text,
                          name.text, "ner", None)


def _spaced_dash(token: Token) -> bool:
    """A dash set off by spaces, opening or closing an aside ("operators - A and B -"), not
    the hyphen of "state-owned" or "Acme-Mobil"."""
    doc = token.doc
    return token.text in {"-", "–", "—"} and token.i > 0 and bool(doc[token.i - 1].whitespace_) \
        and (bool(token.whitespace_) or token.i + 1 == len(doc))


def _listed_operators(doc: Doc, chosen: list[Mention],
                      gaz: Gazetteer | None = None) -> Iterable[Mention]:
    """The names a sentence lists as its operators: "The country's three mobile operators are
    Cellcard, Smart Axiata and Metfone", "the carriers include Acmetel and Betafon", "the two
    mobile operators - state-owned Acmetel and Betafon, which is owned by ... -", "The other
    operators are Acmetel, which ...; Betafon, a unit of ...; and Gammafon". The leading
    capitalised words of each item that nothing else names are a telco.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("The three operators are Acmetel, Beta Mobile "
    ...                                           "and Gammafon.")
    >>> [m.name for m in _listed_operators(doc, [])]
    ['Acmetel', 'Beta Mobile', 'Gammafon']
    >>> doc = load_pipeline()("The two operators - state-owned Acmetel and Betafon, which is "
    ...                       "owned by a bank - run 4G networks.")
    >>> [m.name for m in _listed_operators(doc, [])]
    ['Acmetel', 'Betafon']
    """
    at = {i for m in chosen for i in range(m.start, m.end)  # (a person's name the NER read
          if not (m.type is EntityType.PERSON and m.kind in {"ner", "surname"})}  # may be one)
    countries = {i: m.country for m in chosen if m.type is EntityType.COUNTRY
                 for i in range(m.start, m.end)}
    for i, (lemma, _) in enumerate(doc_words(doc)):
        if lemma not in {"operator", "carrier", "telco"}:
            continue  # known from the lemma alone, without making the Token
        subj = doc[i]
        if subj.tag_ != "NNS":
            continue
        dashed = i + 2 < len(doc) and (doc[i + 1].text == ":" or _spaced_dash(doc[i + 1]))
        if dashed:
            first = i + 2  # "the two mobile operators - A and B -"
        elif subj.dep_ == "nsubj" and subj.head.lemma_.lower() in {"be", "include"} and \
                subj.head.i > i:
            first = subj.head.i + 1
        else:
            continue
        sent_end = subj.sent.end
        end = next((t.i for t in doc[first:sent_end] if t.text in {".", ":", '"', "”"}
                    or dashed and _spaced_dash(t)), sent_end)  # not past a quote's end
        # "Cambodia's three mobile operators": based there; "the country's": the article's
        owner = next((countries[c.i] for c in subj.children if c.dep_ == "poss"
                      and c.i in countries), None)
        if owner is None and gaz is not None and any(
                c.dep_ == "poss" and c.lower_ == "country" for c in subj.children):
            owner = home_country_code(doc, chosen, gaz)
        semis = any(t.text == ";" for t in doc[first:end])
        items: list[list[Token]] = [[]]
        for t in doc[first:end]:
            if t.text == ";" or not semis and (t.text == "," or t.lower_ == "and"):
                items.append([])
            else:
                items[-1].append(t)
        for item in items:
            words = _leading_name(item)
            if 1 <= len(words) <= 3 and not any(w.i in at for w in words) and \
                    all(w.ent_type_ in {"", "ORG", "PERSON", "PRODUCT", "GPE"} for w in words):
                span = doc[words[0].i : words[-1].i + 1]
                yield Mention(span.start, span.end, org_key(span.text), EntityType.TELCO,
                              span.text, span.text, "ner", owner)


def _leading_name(item: list[Token]) -> list[Token]:
    """The capitalised words an item of a list opens with, past "and", "the" and
    describing words ("state-owned Acmetel, which ..." gives Acmetel; "Acme-Mobil")."""
    if item and item[0].pos_ == "ADP":
        return []  # "are on the Acme list": where they are, no list of names
    k = 0
    while k < len(item) and (item[k].lower_ in {"and", "the", "-", "–"} or item[k].is_lower
                             and item[k].pos_ != "ADP"
                             or item[k].text in {"-"} and k + 1 < len(item)):
        k += 1  # "state-owned", "majority-owned", "and"
    words: list[Token] = []
    for t in item[k:]:
        if t.is_alpha and (t.is_title or t.is_upper) or words and t.text == "-" or \
                words and words[-1].text == "-" and t.is_alpha:
            words.append(t)
        else:
            break
    while words and words[-1].text == "-":
        words.pop()
    return [w for w in words if w.text != "-"] if len(words) <= 1 else words


#: What a news text calls a firm just before its name: "game developer Valve".
#: Firms of finance, named after their kind: "the Madrid brokerage Acme Valores" (a name
#: the NER may take for a person's).
_FINANCE_FIRMS = {"brokerage", "broker", "bank", "consultancy", "fund"}
_FIRM_NOUNS = {"developer", "firm", "company", "maker", "chipmaker", "startup", "start-up",
               "vendor", "supplier", "manufacturer", "provider", "giant", "conglomerate",
               "publisher", "retailer", "platform", "operator", "carrier", "miner", "carmaker",
               "automaker", "consortium", "lender", "insurer", "shipbuilder", "refiner",
               "app", "messenger", "marketplace", "channel", "broadcaster", "newspaper",
               "tabloid", "station", *_FINANCE_FIRMS}
#: Media a name with a number may belong to: "the channel Acme 24".
_NUMBERED_MEDIA = {"channel", "channels", "station", "stations", "broadcaster", "broadcasters"}
#: Kinds of service a firm runs, said with the word before: "the social network Acme",
#: "the streaming service Acme" (not "the network Acme built").
SERVICE_KINDS = {"network": {"social"},
                 "service": {"streaming", "messaging", "video", "music", "payment", "payments",
                             "ride-hailing", "cloud", "email", "satellite", "internet"}}


def firm_noun(doc: Doc, i: int) -> bool:
    """Whether the lower-case noun at ``i`` says what kind of firm the name after it is:
    "chipmaker", "the messaging app", "the social network".

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("The social network Acme and the network Acme built.")
    >>> firm_noun(doc, 2), firm_noun(doc, 6)
    (True, False)
    """
    text = doc[i].text
    if not doc[i].is_lower:
        return False
    if text in _FIRM_NOUNS or text.endswith("s") and text[:-1] in _FIRM_NOUNS or _a_maker(text):
        return True  # (and "the carriers Acme and Beta")
    return text in SERVICE_KINDS and i > 0 and doc[i - 1].lower_ in SERVICE_KINDS[text]


_NOT_FIRM_WORDS = GOV_HEADS | POLICY_HEADS | ORG_ENDS | _TITLE_START | {"Board", "Chairman",
                                                                     "CEO", "Group"}


def _one_word_person(doc: Doc, i: int) -> bool:
    """A single word the NER took for a person's name ("the social network Acmex")."""
    return doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B" and (
        i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")


def _joined_people(doc: Doc) -> list[Span]:
    """The NER's entities, with a person's name it cut in two joined again: "Minister Jane
    Ann Roe" read as "Jane Ann" and "Roe" (or "Jane" and "Ann Roe"), side by side, the
    first's last word a compound of a word of the second or a particle ("Jane El" and
    "Amin Roe").

    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words=["Minister", "Jane", "Ann", "Roe", "said"],
    ...           heads=[3, 2, 3, 4, 4], deps=["compound", "compound", "compound", "nsubj", "ROOT"],
    ...           ents=["O", "B-PERSON", "I-PERSON", "B-PERSON", "O"])
    >>> [e.text for e in _joined_people(doc) if e.label_ == "PERSON"]
    ['Jane Ann Roe']
    """
    ents = list(doc.ents)
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        after = ents[k + 1] if k + 1 < len(ents) else None
        if after is not None and ent.label_ == after.label_ == "PERSON" and \
                after.start == ent.end and len(after) <= 3 and all(t.is_title for t in after) \
                and (ent[-1].dep_ == "compound" and after.start <= ent[-1].head.i < after.end
                     or ent[-1].lower_ in NAME_PARTICLES and len(ent) > 1):
            out.append(Span(doc, ent.start, after.end, label="PERSON"))
            k += 2
            continue
        out.append(ent)
        k += 1
    return out


def _a_maker(word: str) -> bool:
    """Whether a lower-case noun names a kind of maker: "toymaker", "drugmakers" (not a
    "lawmaker")."""
    return word.endswith(("maker", "makers")) and len(word) > 7 and word.isalpha() and \
        word.removesuffix("s") not in _PEOPLE_MAKERS


#: Makers who are people.
_PEOPLE_MAKERS = {"lawmaker", "policymaker", "peacemaker", "decisionmaker", "dealmaker",
                  "kingmaker", "filmmaker", "homemaker", "matchmaker", "troublemaker",
                  "rainmaker", "moviemaker", "playmaker", "speechmaker", "holidaymaker",
                  "haymaker", "merrymaker", "pacemaker", "rulemaker", "budgetmaker"}


#: What a provider of telecom services provides: "internet provider", "mobile provider".
_TELECOM_SERVICES = {"internet", "broadband", "telecom", "telecoms", "telecommunications",
                     "mobile", "wireless", "cable", "fibre", "fiber", "phone", "telephone"}


def _telecom_provider(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a provider of telecom services: "internet provider", "internet
    service provider", "broadband provider" (not "cloud provider", "a payments provider").

    >>> import spacy
    >>> doc = spacy.blank("en")("an internet service provider and a cloud provider")
    >>> _telecom_provider(doc, 3), _telecom_provider(doc, 7)
    (True, False)
    """
    if doc[i].lower_ not in {"provider", "providers"} or i == 0:
        return False
    j = i - 2 if doc[i - 1].lower_ == "service" and i >= 2 else i - 1
    return doc[j].lower_ in _TELECOM_SERVICES


def _described_firms(doc: Doc) -> Iterable[Mention]:
    """A name right after a firm noun the NER left untyped: "US game developer Valve",
    "payments firm Acme" (an operator or carrier is a telco)."""
    texts = doc_texts(doc)
    for i, text in enumerate(texts[:-1]):
        if not firm_noun(doc, i) or doc[i].pos_ != "NOUN":
            continue
        kind = EntityType.TELCO if text in {"operator", "carrier"} and not (
            i > 0 and texts[i - 1].lower() in NOT_TELECOM_OPERATORS) else EntityType.COMPANY
        start = i + 1
        while start < len(doc):
            end = start
            while end < len(doc) and end - start < 3 and (
                    doc[end].pos_ in {"PROPN", "NOUN"} or doc[end].is_upper and doc[end].is_alpha) \
                    and (doc[end].is_title or doc[end].is_upper and len(doc[end]) > 1) and \
                    (doc[end].ent_type_ not in {"PERSON", "NORP", "DATE"}
                     or _one_word_person(doc, end)
                     or text in _FINANCE_FIRMS and doc[end].ent_type_ == "PERSON"):
                end += 1  # a place the NER guessed is no known one: the firm's ("miner Acmeton")
            if end > start and end < len(doc) and doc[end].like_num and doc[end].is_digit and \
                    text in _NUMBERED_MEDIA:
                end += 1  # "the channel Acme 24"
            if end == start or end < len(doc) and doc[end].text in {"'s", "’s", "-"} or any(
                    t.text in _NOT_FIRM_WORDS for t in doc[start:end]):
                break  # no name, the firm's own thing ("maker Acme's chips"), its "Board"
            name = doc[start:end].text
            yield Mention(start, end, org_key(name), kind, name, name, "ner")
            # "the stations Acme 24 and Radio Beta": each name a plural noun lists
            if doc[i].tag_ != "NNS" or end + 1 >= len(doc) or texts[end] not in {"and", ","}:
                break
            start = end + 1 + (texts[end] == "," and end + 2 < len(doc) and texts[end + 1] == "and")


#: A firm's name made of letters and a number: "M1", "3M", "G42" (not "5G" or "4G").
_BRAND_CODE = re.compile(r"(?:[A-Z]{1,3}\d{1,3}|\d[A-Z]{1,3})(?<!\dG)")
#: What an operator runs when it is no telecoms operator: "grid operator Acme".
NOT_TELECOM_OPERATORS = {"grid", "port", "ports", "terminal", "pipeline", "power", "rail",
                         "railway", "airport", "container", "tour", "casino", "transmission",
                         "shipping", "ferry", "airline", "bus", "water", "gas", "electricity",
                         "nuclear", "plant", "logistics", "toll", "energy", "system"}

#: Legal forms that end a registered firm's name (the part of ``COMPANY_SUFFIX`` that is
#: never a word of the name itself, as "Group" or "Systems" may be).
LEGAL_FORMS = {"Limited", "Ltd", "Ltd.", "Inc", "Inc.", "LLC", "plc", "PLC", "GmbH", "LLP"}
#: Legal forms after a firm's name in many countries' registers: "Acme S.A.", "Acme Zrt".
_REGISTERED_FORMS = LEGAL_FORMS | {
    "S.A.", "SA", "AD", "Zrt", "Zrt.", "Kft", "Kft.", "AG", "NV", "N.V.", "BV", "B.V.", "Oy",
    "Oyj", "AB", "ASA", "SpA", "S.p.A.", "Pte", "Pty", "Bhd", "SARL", "SRL", "S.R.L.", "KK",
    "K.K.", "JSC", "PJSC", "OOO", "Sp", "S.A.S.", "SAS", "A/S", "AS"}
#: Words between a firm's name and its legal form: "Acme Holdings Zrt".
_REGISTER_WORDS = {"Holdings", "Holding", "Group", "International", "Global"}


def _parties(doc: Doc) -> Iterable[Mention]:
    """A party named before the word "party": "the opposition ACME party", "the ruling
    Acme Dream party" (a body of government when it rules, else an organisation). Not a
    demonym or an adjective alone ("the Chinese party", "the Conservative party" are left to
    the gazetteer and the NER).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Roe, leader of the opposition ACME party, spoke.")
    >>> [(m.name, m.type.value) for m in doc._.pg_mentions if m.type.value != "Person"]
    [('ACME', 'Organization')]
    """
    texts = doc_texts(doc)
    for i, text in enumerate(texts):
        if text not in {"party", "parties"} or i < 2:
            continue
        start = i
        while start > 0 and i - start < 3 and (doc[start - 1].is_title or doc[start - 1].is_upper
                                               and len(doc[start - 1]) > 1) \
                and doc[start - 1].ent_type_ not in {"NORP", "DATE", "GPE"} \
                and not doc[start - 1].is_sent_start:
            start -= 1
        if start < i and start >= 2 and doc[start - 1].ent_type_ in {"NORP", "GPE"} and \
                doc[start - 1].is_title and texts[start - 2] in _PARTY_STANDING:
            start -= 1  # "the ruling Ruritanian Dream party": the demonym opens its name
        if start == i or i - start == 1 and not doc[start].is_upper:
            continue  # "the Conservative party": one word, left to the NER
        name = doc[start:i].text
        ruling = bool(_RULING.search(doc[max(start - 2, 0) : start].text)) or \
            _leader_s(doc, start)
        kind = EntityType.GOVERNMENT_BODY if ruling else EntityType.ORGANIZATION
        yield Mention(start, i, org_key(name), kind, name, name, "ner")
    for i, text in enumerate(texts):
        # "Acme Unity, the largest opposition party,": the name before its description
        if text != "party" or i < 4 or texts[i - 1] not in _PARTY_STANDING:
            continue
        k = i - 2
        while k > 0 and texts[k] != "," and doc[k].is_lower and i - k < 5:
            k -= 1
        if texts[k] != "," or texts[k + 1] != "the":
            continue
        end = k
        start = end
        while start > 0 and end - start < 5 and (doc[start - 1].is_title or doc[start - 1].text in {
                "of", "for", "and"} and start - 2 >= 0 and doc[start - 2].is_title):
            start -= 1
        if end - start >= 2 and doc[start].is_title and doc[end - 1].is_title and \
                doc[start].ent_type_ not in {"PERSON", "DATE"}:
            name = doc[start:end].text
            kind = EntityType.ORGANIZATION if texts[i - 1] == "opposition" else \
                EntityType.GOVERNMENT_BODY
            yield Mention(start, end, org_key(name), kind, name, name, "ner")
    for i, text in enumerate(texts):  # "the opposition parties ACME and the BPF"
        if text != "parties" or i + 1 >= len(doc) or i < 1 or texts[i - 1] not in {
                "opposition", "ruling", "governing"}:
            continue
        k = i + 1
        while k < len(doc) and k - i < 12:
            if texts[k] in {"and", ",", "the"}:
                k += 1
                continue
            if not (doc[k].is_upper and doc[k].is_alpha and len(texts[k]) >= 2):
                break
            kind = EntityType.ORGANIZATION if texts[i - 1] == "opposition" else \
                EntityType.GOVERNMENT_BODY
            yield Mention(k, k + 1, org_key(texts[k]), kind, texts[k], texts[k], "ner")
            k += 1


#: A head of government's or state's title before a name: whose party rules.
_LEADER_TITLES = {"President", "Prime", "Premier", "Chancellor"}
#: Words before a leader's title that put them out of office or power.
_OUT_OF_OFFICE = {"former", "ex", "opposition"}


def _leader_s(doc: Doc, start: int) -> bool:
    """Whether the party named from ``start`` is a sitting leader's: "President Roe's Acme
    party", or "his Acme party" in a sentence about President Roe (not a former one's).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("The law, which President Jane Roe proposed in March, was backed "
    ...                       "by her Acme Renewal party.")
    >>> [(m.name, m.type.value) for m in doc._.pg_mentions if m.name == "Acme Renewal"]
    [('Acme Renewal', 'GovernmentBody')]
    """
    before = doc[start - 1].lower_ if start else ""
    sent = doc[start].sent
    if before in {"'s", "’s"}:
        owner = doc[start - 2] if start >= 2 else None
        k = owner.i if owner is not None and owner.ent_type_ == "PERSON" else -1
        while k > sent.start and doc[k - 1].ent_type_ == "PERSON":
            k -= 1
        return k > sent.start and doc[k - 1].text in _LEADER_TITLES | {"Minister"} and \
            not (k >= 2 and doc[k - 2].lower_ in _OUT_OF_OFFICE)
    if before not in {"his", "her"}:
        return False
    return any(t.text in _LEADER_TITLES and t.i + 1 < sent.end and (
        doc[t.i + 1].ent_type_ == "PERSON" or doc[t.i + 1].text == "Minister")
        and not (t.i > sent.start and doc[t.i - 1].lower_ in _OUT_OF_OFFICE)
        for t in sent[: start - sent.start])


#: Words that make a "group" a civic one, not a firm's: "the advocacy group Acme Watch".
_CIVIC_KINDS = {"rights", "advocacy", "campaign", "campaigning", "activist", "civil", "civic",
                "privacy", "consumer", "environmental", "lobby", "lobbying", "industry",
                "trade", "watchdog", "research", "pressure", "hacker", "hacking", "militant",
                "rebel", "opposition", "policy", "liberties", "freedom", "transparency",
                "ransomware", "cybercrime", "espionage"}
#: Nouns for a civic group named right after them: "the press freedom group Acme Watch".
_GROUP_WORDS = {"group", "watchdog", "ngo", "organisation", "organization", "coalition",
                "campaign", "charity", "association", "collective", "nonprofit"}


def _named_groups(doc: Doc) -> Iterable[Mention]:
    """A capitalised name right after a described group: "the press freedom group Reporters
    of Ruritania", "the privacy watchdog Acme Watch" is an organisation, whatever person or
    country the NER read in it.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Jane Roe, head of the press freedom group Reporters of Peru, spoke.")
    >>> [(m.name, m.type.value) for m in doc._.pg_mentions if m.type.value != "Person"]
    [('Reporters of Peru', 'Organization')]
    """
    texts = doc_texts(doc)
    for i, text in enumerate(texts[:-1]):
        if text not in _GROUP_WORDS or i < 2 or not doc[i - 1].is_lower or \
                doc[i - 1].lower_ in {"the", "a", "an", "this", "that"} or \
                text == "group" and doc[i - 1].lower_ not in _CIVIC_KINDS:
            continue  # "the rights group X", not "the group X" nor "the steel group X"
        k = i + 1
        while k < len(doc) and k - i <= 5 and (_capitalised(doc[k]) or texts[k] in {
                "of", "for", "and"} and k + 1 < len(doc) and doc[k + 1].is_title and k > i + 1):
            k += 1
        if k == i + 1 or doc[i + 1].ent_type_ in {"DATE", "GPE"} and k == i + 2:
            continue
        name = doc[i + 1 : k].text
        yield Mention(i + 1, k, org_key(name), EntityType.ORGANIZATION, name, name, "ner")


#: Last words of a research body's name before its field: "the Lima Centre for ...".
_RESEARCH_ENDS = {"Centre", "Center", "Institute", "Academy", "Observatory", "Foundation",
                  "Society"}


def _research_bodies(doc: Doc) -> Iterable[Mention]:
    """A research body named with its place and its field, "the Lima Centre for Digital
    Policy", "the Ruritanian Institute for Trade Studies": one organisation, read over the
    place that opens it and on to the end of its field.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Jane Roe, director of the Lima Centre for Andean Studies, spoke.")
    >>> [(m.name, m.type.value) for m in doc._.pg_mentions if m.type.value != "Person"]
    [('Lima Centre for Andean Studies', 'Organization')]
    """
    texts = doc_texts(doc)
    n = len(doc)
    for i, text in enumerate(texts):
        if text not in _RESEARCH_ENDS or i + 2 >= n or texts[i + 1] not in {"for", "on"} or \
                not doc[i + 2].is_title:
            continue
        start = i
        while start > 0 and i - start < 4 and doc[start - 1].is_title:
            start -= 1
        if any(texts[k] in _VENUE_WORDS for k in range(start, i)):
            continue  # "the Trade Centre for ...": a venue's name
        end = i + 2
        while end < n and end - i < 10 and (doc[end].is_title or texts[end] in {
                "and", "of", "the", "&", "-"} and end + 1 < n and doc[end + 1].is_title):
            end += 1  # "... for Euro-Atlantic Studies": over the hyphen
        name = doc[start:end].text
        yield Mention(start, end, org_key(name), EntityType.ORGANIZATION, name, name, "ner")


#: Verbs by which a decree brings a law into being: "issued by Royal Decree 9/2021".
_ISSUE_VERBS = {"issue", "promulgate", "enact", "adopt", "approve", "publish"}


def _issuing_decrees(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """"The Acme Law was issued by Royal Decree 9/2021": the decree that issues a law is
    the law's instrument, one policy (the decree's number becomes one of its names).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("The Data Law was issued by Royal Decree 9/2021 in May.")
    >>> sorted({m.key for m in doc._.pg_mentions if m.type.value == "Policy"})
    ['policy/data-law']
    """
    renamed: dict[str, Mention] = {}
    policies = [m for m in chosen if m.type is EntityType.POLICY]
    if not doc.has_annotation("DEP"):
        return chosen  # (a hand-built doc without a parse)
    for law in policies:
        sent = doc[law.start].sent
        for decree in policies:
            if decree is law or not law.end < decree.start < sent.end or not any(
                    doc[k].text in {"Decree", "Decree-Law", "Ordinance"}
                    for k in range(decree.start, decree.end)):
                continue
            by = doc[decree.start - 1]
            verb = by.head if by.lower_ == "by" else None  # "issued by Sultan Roe by Decree"
            if verb is None or (verb.lemma_ or "").lower() not in _ISSUE_VERBS or \
                    not any(c.dep_ == "nsubjpass" and law.start <= c.i < law.end
                            for c in verb.children):
                continue
            renamed[decree.key] = law
    # the decree named anywhere else in the article is the law too
    out = [Mention(m.start, m.end, renamed[m.key].key, m.type, m.surface, renamed[m.key].name,
                   m.kind, renamed[m.key].country) if m.key in renamed else m for m in chosen]
    return sorted(out, key=lambda m: m.start)


#: Particles inside an organisation's name in Romance languages: "Banco de Fomento".
_ORG_PARTICLES = {"de", "del", "des", "du", "da", "do", "di", "della", "dos", "das"}
#: A hacking group's tracking name: "APT99", "APT-77".
_APT_NAME = re.compile(r"APT-?\d{1,3}")
#: What a hacking group is called after its name: "Acme Panda, a state-backed hacking
#: group", "the ransomware gang Acme".
_THREAT_KINDS = {"hacking", "hacker", "hackers", "ransomware", "cybercrime", "cybercriminal",
                 "espionage", "cyberespionage", "cyber-espionage", "threat", "extortion"}
_THREAT_GROUPS = {"group", "gang", "collective", "actor", "crew", "outfit"}


def _threat_groups(doc: Doc) -> Iterable[Mention]:
    """Hacking groups: a tracking name ("APT99", "APT-77") and a name an apposition calls a
    hacking or ransomware group ("Acme Panda, a state-backed hacking group,"), whatever firm
    or person the NER read in it, are organisations.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Peru blamed Acme Spider, a ransomware gang, and APT99.")
    >>> [(m.name, m.type.value) for m in doc._.pg_mentions if m.type.value != "Country"]
    [('Acme Spider', 'Organization'), ('APT99', 'Organization')]
    """
    texts = doc_texts(doc)
    for i, text in enumerate(texts):
        if text[:3] == "APT" and _APT_NAME.fullmatch(text):
            yield Mention(i, i + 1, org_key(text), EntityType.ORGANIZATION, text, text, "ner")
            continue
        if text != "," or i < 1 or i + 3 >= len(doc) or texts[i + 1] not in {"a", "an", "the"}:
            continue
        k = i + 2
        while k < min(i + 8, len(doc)) and texts[k].lower() not in _THREAT_GROUPS and (
                doc[k].is_lower or texts[k] == "-" or doc[k].ent_type_ in {"NORP", "GPE"}):
            k += 1
        if k >= len(doc) or texts[k].lower() not in _THREAT_GROUPS or not any(
                texts[x].lower() in _THREAT_KINDS for x in range(i + 2, k)):
            continue
        start = i
        while start > 0 and i - start < 3 and (doc[start - 1].is_title or doc[start - 1].is_upper):
            start -= 1
        if start < i and not _APT_NAME.fullmatch(texts[start]) and not doc[start].is_sent_start:
            name = doc[start:i].text
            yield Mention(start, i, org_key(name), EntityType.ORGANIZATION, name, name, "ner")


#: Plural nouns that introduce a list of firms' names: "the state railway companies: ...".
_LISTED_FIRMS = {"companies": EntityType.COMPANY, "firms": EntityType.COMPANY,
                 "groups": EntityType.COMPANY, "operators": EntityType.TELCO,
                 "carriers": EntityType.TELCO}


def _firms_listed_after(doc: Doc) -> Iterable[Mention]:
    """The names listed after a plural word for firms, "the three state railway
    companies: Acme Rail, Peru Vanta Zorro and Betacorp", "the two operators, Acme Mobile
    and Betatel", are firms' names (operators' after "operators", "carriers"), whatever
    person or country the NER read in them.

    >>> from policygraph.pipeline import load_pipeline
    >>> text = "It joins the state railway companies: Peru Vanta Zorro and Chile Ruta Norte."
    >>> [(m.name, m.type.value) for m in load_pipeline()(text)._.pg_mentions]
    [('Peru Vanta Zorro', 'Company'), ('Chile Ruta Norte', 'Company')]
    """
    texts = doc_texts(doc)
    n = len(doc)
    for i, text in enumerate(texts):
        kind = _LISTED_FIRMS.get(text)
        if kind is None or i + 2 >= n or texts[i + 1] not in {":", ",", "—", "–"}:
            continue
        items: list[tuple[int, int]] = []
        k = i + 2
        while k < n:
            end = _capitalised_run(doc, k, k + 5)
            if end == k or any(not (doc[x].is_alpha or doc[x].text == "-")
                               for x in range(k, end)):
                break
            items.append((k, end))
            k = _past_separator(texts, end)
            if k < 0:
                k = end
                break
        if len(items) < 2 or k < n and texts[k] not in {".", ";", ")", "and", ","} and \
                not doc[k].is_sent_end:
            continue  # a list runs to the end of its clause
        for start, end in items:
            name = doc[start:end].text
            yield Mention(start, end, org_key(name), kind, name, name, "ner")


def _legal_firms(doc: Doc) -> Iterable[Mention]:
    """A registered name whose words join with "and" ("Acme Assembly and Test Private
    Limited" is one firm, not a body and another firm), or whose words the NER read as a
    person's or a city's ("the law firm Roe Vance LLP", "Lima & Partners")."""
    texts = doc_texts(doc)
    for i, text in enumerate(texts):
        partners = text == "Partners" and i >= 2 and texts[i - 1] in {"&", "and"}
        if text not in LEGAL_FORMS and not partners or i < 2:
            continue
        start = i
        while start > 0 and i - start < 9 and texts[start - 1] not in LEGAL_FORMS and (
                doc[start - 1].is_title or texts[start - 1] in {"and", "&", "of"}
                and start > 1 and doc[start - 2].is_title):
            start -= 1  # not past another firm's legal form: "Acme Ltd and Beta Inc" are two
        if start < i and "and" in texts[start:i] or "&" in texts[start:i] or start < i and (
                text == "LLP" or any(doc[k].ent_type_ in {"PERSON", "GPE"}
                                     for k in range(start, i))):
            while texts[start] in {"and", "&", "of"} or texts[start] in TITLE_STOP:
                start += 1
            if start >= i - partners:
                continue
            name = doc[start : i + 1].text
            yield Mention(start, i + 1, org_key(name), EntityType.COMPANY, name, name, "ner")


def _registered_units(doc: Doc, chosen: list[Mention], taken: _Coverage) -> list[Mention]:
    """A known firm's name with two or more legal forms in one article names that many
    registered companies: "Acme S.A., Acme Limited and Acme Holdings Zrt" are three firms of
    their own (with the home each sentence gives them), not the group three times. With one
    legal form ("Acme Inc.") it stays the group.

    >>> from policygraph.pipeline import load_pipeline
    >>> nlp = load_pipeline()
    >>> text = "Huawei Holdings Zrt and Huawei S.A. were listed; Huawei itself was not."
    >>> sorted({m.name for m in nlp(text)._.pg_mentions if m.type.value == "Company"})
    ['Huawei', 'Huawei Holdings Zrt', 'Huawei S.A.']
    """
    texts = doc_texts(doc)
    forms: dict[str, list[tuple[Mention, int]]] = defaultdict(list)
    for m in chosen:
        if m.kind != "name" or m.type not in _FIRMS:
            continue
        k = m.end
        while k < len(texts) and k - m.end < 2 and texts[k] in _REGISTER_WORDS:
            k += 1
        if k < len(texts) and texts[k] in _REGISTERED_FORMS:
            while k + 1 < len(texts) and texts[k + 1] in _REGISTERED_FORMS:
                k += 1  # "Acme Pte Ltd"
            forms[m.key].append((m, k + 1))
    out = list(chosen)
    for key, found in forms.items():
        names = {doc[m.start : end].text: m for m, end in found}
        if len(names) < 2 and not _registered_abroad(doc, chosen, *found[0]):
            continue
        for m, end in found:
            name = doc[m.start : end].text
            out.remove(m)
            out.append(Mention(m.start, end, org_key(name), EntityType.COMPANY, name, name,
                               "ner"))
            taken.add(m.start, end)
        for m in [c for c in chosen if c.key == key and c not in names.values()]:
            # "Acme Holdings" again, without its legal form: that firm, not the group
            k = m.end
            while k < len(texts) and texts[k] in _REGISTER_WORDS:
                k += 1
            short = doc[m.start : k].text
            full = [n for n in names if k > m.end and n.startswith(short + " ")]
            if len(full) == 1 and taken.free(m.end, k):
                out.remove(m)
                out.append(Mention(m.start, k, org_key(full[0]), EntityType.COMPANY, short,
                                   full[0], "ner"))
                taken.add(m.start, k)
    return sorted(out)


def _registered_abroad(doc: Doc, chosen: list[Mention], m: Mention, end: int) -> bool:
    """Whether a known firm's registered name is followed by another country than its
    home in brackets: "Acme Pte Ltd (Singapore)" is Acme's company there."""
    if end + 2 >= len(doc) or doc[end].text != "(":
        return False
    place = next((c for c in chosen if c.start == end + 1 and c.type is EntityType.COUNTRY
                  and c.kind == "name"), None)
    return place is not None and place.end < len(doc) and doc[place.end].text == ")" and \
        place.country != m.country


def _founded_firms(doc: Doc) -> Iterable[Mention]:
    """A name the NER left untyped, said to have been founded by someone: "Acme was
    co-founded by Jane Roe", "Acme, set up in 2015 by ...": a firm."""
    texts = doc_texts(doc)
    for i, text in enumerate(texts):
        if text not in {"founded", "cofounded", "set", "started", "launched", "incorporated"}:
            continue
        end = i
        while end > 0 and end > i - 6 and (texts[end - 1] in {",", "which", "that", "was", "is",
                                                               "were", "co", "-", "jointly"}):
            end -= 1
        start = end
        while start > 0 and end - start < 4 and doc[start - 1].pos_ == "PROPN" and \
                doc[start - 1].is_title and not doc[start - 1].ent_type_:
            start -= 1
        after = " ".join(texts[end : end + 9])
        if start == end or not _FOUNDED.match(after):
            continue
        name = doc[start:end].text
        yield Mention(start, end, org_key(name), EntityType.COMPANY, name, name, "ner")


#: What an apposition calls a firm, never a person: "Acme, a Ruritanian hedge fund".
FIRM_ONLY_NOUNS = {"fund", "firm", "company", "conglomerate", "chipmaker", "carmaker",
                    "automaker", "manufacturer", "lender", "insurer", "brokerage", "miner",
                    "shipbuilder", "refiner", "startup", "start-up", "bank", "utility"}


#: What news calls a media company after its name: "Acme TV, the independent television
#: channel", "Acme, the Lima-based news site".
_MEDIA_NOUNS = {"channel", "broadcaster", "newspaper", "website", "site", "outlet", "daily",
                "tabloid", "magazine"}


def _firms_described_after(doc: Doc) -> Iterable[Mention]:
    """A name the apposition after it calls a firm: "Roe Capital, a Ruritanian hedge
    fund," is a company, whatever person the NER read in it.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Acme is owned by Al Roe, a Peruvian hedge fund.")
    >>> [(m.surface, m.type.value) for m in doc._.pg_mentions if m.surface == "Al Roe"]
    [('Al Roe', 'Company')]
    """
    texts = doc_texts(doc)
    for i, text in enumerate(texts):
        if text != "," or i < 1 or not (doc[i - 1].is_title or doc[i - 1].is_upper) or \
                i + 3 >= len(doc) or texts[i + 1] not in {"the", "a", "an"} and not (
                    doc[i + 1].is_title and texts[i + 2] in {"'s", "’s"}):
            continue
        k = i + 2
        while k < min(i + 7, len(doc)) and (doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN"}
                                            or doc[k].ent_type_ == "NORP" or
                                            texts[k] in {"-", "–", "based"} or
                                            texts[k] in {"'s", "’s"} and
                                            doc[k - 1].is_title or
                                            doc[k].is_title
                                            and (doc[k].ent_type_ in {"GPE", "LOC"} or
                                                 k + 1 < len(doc) and texts[k + 1] in {"-", "–"})):
            k += 1
        noun = doc[k - 1]
        if k == i + 2 or noun.lower_ not in FIRM_ONLY_NOUNS | _MEDIA_NOUNS or \
                noun.lower_ == "fund" and doc[k - 2].lower_ not in _FIRM_FUNDS or \
                k < len(doc) and texts[k] not in {",", ".", ";", "that", "which"}:
            continue
        start = i - 1
        while start > 0 and i - start < 3 and (doc[start - 1].is_title or doc[start - 1].is_upper
                                               and doc[start - 1].is_alpha) and \
                texts[start - 1] not in TITLE_STOP:
            start -= 1  # "Acme TV", "TV Acme"
        name = doc[start:i].text
        yield Mention(start, i, org_key(name), EntityType.COMPANY, name, name, "ner")


#: Last words of a civic or trade body's name: "the Example Digital Coalition (EDC)".
_ACRONYMED_ENDS = {"Coalition", "Alliance", "Association", "Federation", "Union", "Institute",
                   "Foundation", "Forum", "Society", "Centre", "Center", "League", "Chamber",
                   "Consortium", "Confederation", "Council"}


def _acronymed_groups(doc: Doc) -> Iterable[Mention]:
    """A body named in capitals whose acronym follows in brackets and spells its words:
    "the Andes Digital Coalition (ADC)" is an organisation (a council or chamber of
    state, by :func:`_body_kind`, a body of government), where the NER saw none.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("The Andes Digital Coalition (ADC) said it would appeal.")
    >>> [(m.surface, m.type.value) for m in doc._.pg_mentions][:2]
    [('Andes Digital Coalition', 'Organization'), ('ADC', 'Organization')]
    """
    texts = doc_texts(doc)
    for i in range(2, len(doc) - 2):
        if texts[i] != "(" or texts[i + 2] != ")" or texts[i - 1] not in _ACRONYMED_ENDS:
            continue
        acr = texts[i + 1]
        start = i - 1
        while start > 0 and i - start < 8 and (doc[start - 1].is_title
                                               or texts[start - 1] in {"of", "for", "and"}):
            start -= 1
        while start < i and texts[start] in {"of", "for", "and", "The"}:
            start += 1
        if i - start < 2 or _initials(doc[start:i]) != acr:
            continue
        span = doc[start:i]
        kind = _body_kind(span) if texts[i - 1] == "Council" or texts[start] == "Government" \
            or set(texts[start:i]) & GOV_HEADS else EntityType.ORGANIZATION
        yield Mention(start, i, org_key(span.text), kind, span.text, span.text, "ner")


def _firms_described_next(doc: Doc, gaz: Gazetteer) -> Iterable[Mention]:
    """A name the NER left untyped that a sentence is about, when the next sentence opens
    by describing it as a firm: "Acme was one day old ... The Lima-based software company,
    launched on Monday, ..." makes Acme a company, based where the description says."""
    if not doc.has_annotation("SENT_START"):
        return
    sents = list(doc.sents)
    for before, sent in zip(sents, sents[1:], strict=False):
        if len(sent) < 4 or sent[0].lower_ != "the":
            continue
        noun = next((t for t in sent[1:8] if t.pos_ == "NOUN"
                     and t.lower_ in _FIRM_NOUNS and t.dep_ in {"nsubj", "nsubjpass"}), None)
        if noun is None or any(t.pos_ == "VERB" and t.dep_ not in {"amod", "compound"}
                               for t in doc[sent.start + 1 : noun.i]):
            continue
        subject = next((t for t in before if t.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.pos_ != "PROPN" or not subject.is_title or \
                subject.ent_type_ in {"GPE", "NORP", "LOC", "DATE"} or \
                subject.ent_type_ == "PERSON" and subject.ent_iob_ != "B" or \
                subject.i + 1 < len(doc) and doc[subject.i + 1].ent_iob_ == "I":
            continue  # a one-word "person" may be the firm; "Jane Roe" is someone
        if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == subject.text
               for e in doc.ents):
            continue  # "Roe" after "Jane Roe": her, whatever the next sentence says
        start = subject.i
        while start > before.start and doc[start - 1].dep_ == "compound" and \
                doc[start - 1].is_title:
            start -= 1
        name = doc[start : subject.i + 1].text
        kind = EntityType.TELCO if noun.lower_ in {"operator", "carrier"} else EntityType.COMPANY
        based = next((k for k in range(sent.start + 1, noun.i) if doc[k].lower_ == "based"
                      and doc[k - 1].text in {"-", "–"}), None)
        home = gaz.home_of_place(doc[sent.start + 1 : based - 1].text) if based else None
        yield Mention(start, subject.i + 1, org_key(name), kind, name, name, "ner", home)


def _consortia(doc: Doc) -> Iterable[Mention]:
    """"the SpaceRISE consortium", "the Acme joint venture": a business formed by firms."""
    texts = doc_texts(doc)
    for i, text in enumerate(texts):
        if text != "consortium" and not (text == "venture" and i and texts[i - 1] == "joint"):
            continue
        end = i if text == "consortium" else i - 1
        start = end
        while start > 0 and end - start < 4 and doc[start - 1].pos_ == "PROPN" and \
                doc[start - 1].text[:1].isupper() and doc[start - 1].ent_type_ not in {
                    "GPE", "NORP", "PERSON", "DATE"}:
            start -= 1
        if start < end:
            name = doc[start:end].text
            yield Mention(start, end, org_key(name), EntityType.COMPANY, name, name, "ner")


def _firms_in_personal_names(doc: Doc, chosen: list[Mention],
                             taken: _Coverage) -> list[Mention]:
    """Firms' names that end a person's: Kaspersky in "Eugene Kaspersky", the founder of
    Kaspersky, who is the person there (not "Existing Huawei gear", not a title)."""
    found = []
    for person in doc.ents:
        if person.label_ != "PERSON" or len(person) != 2 or not person[0].is_title or \
                person[0].pos_ != "PROPN" or doc[person.start].text in _TITLE_START:
            continue
        named = [c for c in chosen if c.start == person.start + 1 and c.end == person.end
                 and c.type.is_org and c.kind == "name"]
        if named and taken.free(person.start, person.start + 1):
            found.append(named[0])
    return found


#: The names of legislatures: "the Bundestag", "the Grand National Assembly".
_LEGISLATURE_NAME = re.compile(
    r"\b(?:Parliament|Assembly|Congress|Diet|Bundestag|Duma|Rada|Knesset|Sabha|Riigikogu|"
    r"Sejm|Seimas|Saeima|Storting|Riksdag|Folketing|Eduskunta|Majlis|Cortes|Oireachtas|"
    r"Skupština|Skupstina|Sobranie|Althing|Congreso|Parlamento)\b")
#: One-word names of a country's legislature: "Ruritania's Parliament", "the Kenyan Senate".
_LEGISLATURE_WORDS = {"parliament", "congress", "senate", "assembly", "diet", "majlis"}


#: A legislature's or a legislator's name: its country's chambers are in the article.
_LEGISLATIVE = re.compile(r"\b(?:Senate|(?<!White )House|Congress|Capitol|Parliament|Assembly)\b")
#: Chambers many countries have, which the gazetteer gives one country by default.
_CHAMBER_NAMES = {"Senate", "House", "House of Representatives", "National Assembly", "Congress"}


def _home_chambers(doc: Doc, chosen: list[Mention], gaz: Gazetteer) -> Iterable[Mention]:
    """A chamber named bare ("the Senate") in an article about another country than the
    one the gazetteer gives it is the article's country's ("the Senate" of a Ruritanian
    article), unless the article names that other country's legislature or legislators,
    or names the country, its people or its bodies in the chamber's sentence or the one
    before (in the same paragraph).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Peru's lower house approved the bill, which Peru's president "
    ...                       "backs. Washington said nothing. Rights groups objected. On "
    ...                       "Monday the Senate approved it with changes.")
    >>> [m.name for m in doc._.pg_mentions if m.type.value == "GovernmentBody"]
    ['Senate of Peru']
    """
    bare = [m for m in chosen if m.type is EntityType.GOVERNMENT_BODY and m.kind == "name"
            and m.surface in _CHAMBER_NAMES and m.country]
    if not bare:
        return
    home = home_country_code(doc, chosen, gaz)
    filed_from = dateline_country(doc, gaz)
    named: set[str | None] = set()
    for m in chosen:  # "the US Congress", "Senator Roe": that state's legislature is in it
        person = gaz.people.get(m.name) if m.type is EntityType.PERSON else None
        org = gaz.orgs.get(person.org) if person is not None and person.org else None
        if m.type is EntityType.GOVERNMENT_BODY and m not in bare and _LEGISLATIVE.search(
                m.name) or org is not None and _LEGISLATIVE.search(org.name):
            named.add(m.country)
    for m in bare:
        sent = doc[m.start].sent
        before = doc[sent.start - 1].sent.start if sent.start and "\n" not in \
            doc[sent.start - 1].whitespace_ + doc[sent.start - 1].text else sent.start
        near = {c.country for c in chosen if c not in bare and before <= c.start < sent.end
                and c.type in {EntityType.COUNTRY, EntityType.GOVERNMENT_BODY, EntityType.PERSON}}
        # "US lawmakers want it. The Senate ...", "President Roe's White House ... the House"
        if m.surface == "Congress" and filed_from is None:
            continue  # the US Congress, but for a story filed from another congress's country
        if home is not None and m.country != home and m.country not in named | near and not (
                m.start and doc[m.start - 1].is_title and doc[m.start - 1].text not in TITLE_STOP):
            # not "Parliament House", "US Senate"
            name = f"{m.surface} of {gaz.country_name(home)}"
            yield Mention(m.start, m.end, org_key(name), EntityType.GOVERNMENT_BODY, m.surface,
                          name, "name", home)


def _legislatures(doc: Doc, chosen: list[Mention], taken: _Coverage,
                  gaz: Gazetteer) -> Iterable[Mention]:
    """A country's legislature named by its possessive, its demonym or "of": "Chile's
    Parliament", "the Kenyan parliament", "the Parliament of Peru" are bodies of that
    country, named as written; "Parliament" again later in the article is the same body,
    when the article has one, and so is "Peru's parliament" in an article that names the
    legislature by its own name ("the Congreso").

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Peru's Parliament passed the bill. Parliament will vote again.")
    >>> [(m.surface, m.name) for m in doc._.pg_mentions if m.type.value == "GovernmentBody"]
    [('Parliament', "Peru's Parliament"), ('Parliament', "Peru's Parliament")]
    """
    texts = doc_texts(doc)
    by_end = {m.end: m for m in chosen if m.type is EntityType.COUNTRY}
    by_start = {m.start: m for m in chosen if m.type is EntityType.COUNTRY}
    chambers = list(_home_chambers(doc, chosen, gaz))
    yield from chambers
    chosen = [m for m in chosen if (m.start, m.end) not in {(c.start, c.end) for c in chambers}]
    # a legislature the article names ("the Bundestag", "the Grand National Assembly")
    bare = {m.start for m in chosen if m.end - m.start == 1 and m.kind != "name"
            and m.name.lower() in _LEGISLATURE_WORDS}  # the NER's "Parliament": a head word
    bodies = [m for m in chosen if m.type is EntityType.GOVERNMENT_BODY
              and _LEGISLATURE_NAME.search(m.name) and m.start not in bare]
    named: dict[str | None, Mention] = {m.country: m for m in bodies if m.country}
    unplaced = {m.key: m for m in bodies if not m.country}
    if len(unplaced) == 1:  # "the Grand Example Assembly", which the gazetteer does not place
        named[None] = next(iter(unplaced.values()))
    found: list[Mention] = []
    for i, text in enumerate(texts):
        word = text.lower()
        if word not in _LEGISLATURE_WORDS or not (taken.free(i, i + 1) or i in bare) or \
                i + 1 < len(doc) and doc[i + 1].is_title:
            continue  # "the Assembly Hall", "Congress Party": another name
        country = None
        if i >= 2 and texts[i - 1] in {"'s", "’s"} and (i - 1) in by_end and \
                by_end[i - 1].kind != "demonym":
            country = by_end[i - 1].country  # "Peru's Parliament"
        elif i >= 1 and i in by_end and by_end[i].kind == "demonym":
            country = by_end[i].country  # "the Kenyan parliament"
        elif i + 2 < len(doc) and texts[i + 1] == "of" and (i + 2) in by_start and \
                by_start[i + 2].kind == "name" and text[:1].isupper():
            country = by_start[i + 2].country  # "the Parliament of Peru"
        if country is None:
            continue
        same = named.get(country, named.get(None))
        if same is not None:  # "Germany's parliament" in an article about the Bundestag
            found.append(replace(same, start=i, end=i + 1, surface=text))
            continue
        # named as written: "Peru's Parliament", "the Kenyan parliament"
        owner = by_end.get(i - 1) if texts[i - 1] in {"'s", "’s"} else by_end.get(i)
        known = gaz.org_by_name.get(f"{word.title()} of {gaz.country_name(country)}")
        if known is not None and known in gaz.orgs:  # "Ruritania's parliament", which the
            entry = gaz.orgs[known]  # gazetteer knows by its own name ("the Acmeting")
            written = doc[owner.start : i + 1].text if owner is not None else text
            found.append(Mention(i, i + 1, org_key(entry.id), EntityType.GOVERNMENT_BODY,
                                 written, entry.name, "name", country))
            continue
        key = org_key(f"{word} of {gaz.country_name(country)}")
        name = doc[owner.start : i + 1].text if owner is not None else \
            f"{text} of {gaz.country_name(country)}"
        found.append(Mention(i, i + 1, key, EntityType.GOVERNMENT_BODY, text, name,
                             "name", country))  # a name, not a head word to resolve
    yield from found
    if len({m.key for m in found}) != 1:
        return
    body = found[0]
    at = {m.start for m in found}
    for i, text in enumerate(texts):  # "Parliament" again: the one the article named
        if text == body.surface.title() and i not in at and (taken.free(i, i + 1) or i in bare) \
                and not (i + 1 < len(doc) and doc[i + 1].is_title):
            yield replace(body, start=i, end=i + 1, surface=text)


def _chambers_by_name(doc: Doc, chosen: list[Mention], gaz: Gazetteer) -> Iterable[Mention]:
    """A chamber that many states name alike ("the Chamber of Deputies", "the Federal
    Assembly"; the gazetteer's list of legislatures) is the chamber of the state its
    possessive or demonym names, else of the article's country.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Peru's Senate passed the bill on Monday. It now goes to the "
    ...                       "Chamber of Deputies, which meets in Lima.")
    >>> [m.name for m in doc._.pg_mentions if m.surface == "Chamber of Deputies"]
    ['Chamber of Deputies of Peru']
    """
    names = [n for n in gaz.cues.get("legislatures", []) if " " in n and n in doc.text]
    if not names:
        return
    home: str | None = None
    countries = {m.end: m for m in chosen if m.type is EntityType.COUNTRY}
    for name in names:
        for found in re.finditer(rf"\b{re.escape(name)}\b", doc.text):
            span = doc.char_span(found.start(), found.end())
            if span is None or any(c.start < span.end and span.start < c.end and not (
                    c.kind == "ner" and c.type.is_org) for c in chosen):
                continue  # (a name the NER took for a firm's is the chamber's)
            owner = countries.get(span.start - 1) if span.start and \
                doc[span.start - 1].text in {"'s", "’s"} else countries.get(span.start)
            code = owner.country if owner is not None else \
                gaz.country_by_demonym.get(doc[span.start - 1].text) if span.start else None
            if code is None:  # (a demonym opening a body is no country mention of its own)
                home = home or home_country_code(doc, chosen, gaz)
                code = home
            if code is None:
                continue
            full = f"{name} of {gaz.country_name(code)}"
            yield Mention(span.start, span.end, org_key(full), EntityType.GOVERNMENT_BODY,
                          span.text, full, "name", code)


#: Words after "cabinet" that make it part of another name or a post in it: "Cabinet
#: Secretary", "a cabinet reshuffle", "cabinet ministers".
_CABINET_PARTS = {"secretary", "secretaries", "office", "minister", "ministers", "member",
                  "members", "post", "posts", "rank", "reshuffle", "seat", "seats", "colleague",
                  "colleagues", "level", "committee", "position", "positions", "portfolio",
                  "portfolios", "shuffle", "papers", "documents", "-"}


#: Words after which "Cabinet" alone, with no article, is a government's: "approved by
#: Cabinet", "went to Cabinet", "a decision of Cabinet".
_BARE_CABINET_AFTER = {"by", "to", "before", "of", "and", "that", "from", "in", "when"}


def _cabinets(doc: Doc, chosen: list[Mention], taken: _Coverage,
              gaz: Gazetteer) -> Iterable[Mention]:
    """A government's cabinet: "Peru's cabinet", "the Chilean Cabinet", and "the cabinet"
    of the country the article is about, one body of that country, named by its words.
    Not "Cabinet Secretary Roe", "the Cabinet Office", "cabinet ministers", nor "the new
    cabinet" or "the war cabinet" (another one, or one not yet formed). Where the article
    names a Council of Ministers, that is the cabinet.

    >>> from policygraph.pipeline import load_pipeline
    >>> nlp = load_pipeline()
    >>> doc = nlp("The cabinet approved Peru's ban on Acme in Peru. Chile's cabinet did not.")
    >>> [(m.surface, m.name, m.country) for m in doc._.pg_mentions if m.type.value ==
    ...  "GovernmentBody"]
    [('cabinet', 'Cabinet of Peru', 'PE'), ('cabinet', 'Cabinet of Chile', 'CL')]
    >>> [m.type.value for m in nlp("Peru's Cabinet Secretary Jane Roe and a cabinet "
    ...                            "minister spoke.")._.pg_mentions]
    ['Country', 'Person']
    """
    texts = doc_texts(doc)
    if not any(t.lower() == "cabinet" for t in texts):
        return
    by_end = {m.end: m for m in chosen if m.type is EntityType.COUNTRY}
    # the NER's "Cabinet" on its own, whose country this says
    alone = {m.start for m in chosen if m.end - m.start == 1 and m.surface.lower() == "cabinet"}
    home: list[str | None] = []
    for i, text in enumerate(texts):
        if text.lower() != "cabinet" or text.isupper() or not (
                taken.free(i, i + 1) or i in alone):
            continue  # (not a heading's "THE CABINET ON SATURDAY")
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and (after.lower_ in _CABINET_PARTS or after.is_title):
            continue
        # "Peru's cabinet", "the Chilean cabinet"
        owner = None if i == 0 else \
            by_end.get(i - 1) if texts[i - 1] in {"'s", "’s"} else by_end.get(i)
        if owner is not None:
            country = owner.country
        elif texts[i - 1].lower() == "the" or text == "Cabinet" and (
                doc[i].is_sent_start or texts[i - 1].lower() in _BARE_CABINET_AFTER):
            # "the cabinet"; "Cabinet, at its meeting on Monday, decided", "approved by
            # Cabinet": the article's country's, named as some governments name theirs
            if not home:
                home.append(home_country_code(doc, chosen, gaz))
            country = home[0]
        else:
            continue
        if country is None:
            continue
        council = next((m for m in chosen if m.type is EntityType.GOVERNMENT_BODY and
                        m.name.endswith("Council of Ministers") and m.country in {None, country}),
                       None)
        if council is not None:  # the article's Council of Ministers, by its other name
            yield replace(council, start=i, end=i + 1, surface=text)
            continue
        name = f"Cabinet of {gaz.country_name(country)}"
        yield Mention(i, i + 1, org_key(name), EntityType.GOVERNMENT_BODY, text, name, "name",
                      country)


def _embassies(doc: Doc, chosen: list[Mention], taken: _Coverage,
               gaz: Gazetteer) -> Iterable[Mention]:
    """A state's embassy, by its possessive, demonym or name, and where it is: "Chile's
    embassy in Lima", "the Chilean embassy", "the U.S. Embassy in Quito", "the Embassy of
    Peru in Chile" (the state stays a mention of its own; the place, if any, is part of the
    embassy's name).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("A spokesman for the Chilean embassy in Lima said so.")
    >>> [(m.name, m.country) for m in doc._.pg_mentions if m.type.value == "GovernmentBody"]
    [('Chilean embassy in Lima', 'CL')]
    """
    texts = doc_texts(doc)
    by_end = {m.end: m for m in chosen if m.type is EntityType.COUNTRY}
    by_start = {m.start: m for m in chosen if m.type is EntityType.COUNTRY}
    for i, text in enumerate(texts):
        if text.lower() != "embassy" or not taken.free(i, i + 1):
            continue
        owner = by_end.get(i - 1) if texts[i - 1] in {"'s", "’s"} else by_end.get(i)
        end = i + 1
        if owner is None and i + 2 < len(doc) and texts[i + 1] == "of":
            k = i + 2 + (texts[i + 2] == "the")
            owner = by_start.get(k)  # "the Embassy of Peru"
            end = owner.end if owner is not None else end
        if owner is None or owner.country is None or owner.kind == "capital":
            continue
        if end + 1 < len(doc) and texts[end] == "in" and doc[end + 1].is_title:
            place = end + 1
            while place < len(doc) and place - end <= 3 and doc[place].is_title and \
                    (place == end + 1 or doc[place].ent_iob_ == "I"):
                place += 1
            if gaz.home_of_place(doc[end + 1 : place].text) or (end + 1) in by_start:
                end = place  # "in Lima", "in Peru": where it is
        first = min(owner.start, i)
        if first > 0 and texts[first - 1] == "(" and (end == len(doc) or texts[end] in {
                ")", "website", "photo", "/"}):
            continue  # "(Peru's Embassy in Lima website)": a picture's credit
        name = doc[first:end].text
        yield Mention(i, end, org_key(f"{owner.country.lower()}-embassy"),
                      EntityType.GOVERNMENT_BODY, name, name, "shape", owner.country)


#: The portfolios a ministry is named by in lower case: "Chile's foreign ministry".
_PORTFOLIOS = {"foreign", "defence", "defense", "interior", "finance", "economy", "trade",
               "commerce", "industry", "justice", "health", "education", "communications",
               "telecommunications", "digital", "information", "energy", "home", "science",
               "technology", "transport", "culture", "labour", "labor", "agriculture",
               "environment", "economic", "affairs", "security"}


def _national_ministries(doc: Doc, chosen: list[Mention], taken: _Coverage,
                         gaz: Gazetteer) -> Iterable[Mention]:
    """A country's ministry by its portfolio in lower case: "Chile's foreign ministry", "the
    Peruvian defence ministry" (the one the gazetteer knows, or that country's by that name).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Peru's defence ministry said so.")
    >>> [m.name for m in doc._.pg_mentions if m.type.value == "GovernmentBody"]
    ["Peru's defence ministry"]
    """
    texts = doc_texts(doc)
    by_end = {m.end: m for m in chosen if m.type is EntityType.COUNTRY}
    seen: dict[str, Mention] = {}
    for i, text in enumerate(texts):
        if text not in {"ministry", "ministries"} or text == "ministries" or i < 2:
            continue
        start = i
        while start > i - 2 and texts[start - 1] in _PORTFOLIOS:
            start -= 1
        if start == i or not taken.free(start, i + 1):
            continue
        words = " ".join(texts[start : i + 1])
        owner = by_end.get(start)  # "the Chilean foreign ministry"
        if owner is None or owner.kind != "demonym":
            owner = by_end.get(start - 1) if texts[start - 1] in {"'s", "’s"} else None
            if owner is not None and owner.kind == "demonym":
                owner = None
        if owner is None and words in seen:  # "the interior ministry" after "Peru's ..."
            yield replace(seen[words], start=start, end=i + 1, surface=doc[start : i + 1].text)
            continue
        country = owner.country if owner is not None else None
        if owner is None and texts[start - 1].lower() == "the":
            named = _ministries_of(chosen, texts[start:i])
            if len(named) == 1:  # "the commerce ministry" after "the Ministry of Commerce"
                yield replace(next(iter(named.values())), start=start, end=i + 1,
                              surface=doc[start : i + 1].text, kind="shape")
                continue
            # "the finance ministry" in an article from a capital, or that names one
            # country: that country's
            states = {m.country for m in chosen if m.type is EntityType.COUNTRY}
            country = dateline_country(doc, gaz) or (next(iter(states)) if len(states) == 1
                                                     else None)
        if not country:
            continue
        org_id = gaz.gov_by_country_name.get((country, words))
        surface = doc[owner.start if owner is not None else start : i + 1].text
        named = {key: m for key, m in _ministries_of(chosen, texts[start:i]).items()
                 if (m.country or _owner_before(texts, by_end, m.start)) == country}
        if org_id is None and len(named) == 1:
            # "Peru's trade ministry" after "the Ministry of Production and Trade"
            found = replace(next(iter(named.values())), start=start, end=i + 1,
                            surface=surface, kind="shape")
        elif org_id is not None:
            org = gaz.orgs[org_id]
            found = Mention(start, i + 1, org_key(org.id), org.type, surface, org.name, "shape",
                            country)
        else:
            name = f"{gaz.country_name(country)}'s {words}"
            found = Mention(start, i + 1, org_key(f"{country.lower()}-{words}"),
                            EntityType.GOVERNMENT_BODY, surface, name, "shape", country)
        seen.setdefault(words, found)
        yield found


def a_news_source(m: Mention) -> bool:
    """Whether ``m`` names a news outlet or agency: a source of the article, never a party to
    its facts ("Acme News: the regulator published its plan")."""
    return m.type is EntityType.ORGANIZATION and is_outlet(m.name)


def _ministries_of(chosen: list[Mention], portfolio: list[str]) -> dict[str, Mention]:
    """The article's named ministries whose names hold every word of a portfolio ("trade"
    in "the Ministry of Production and Trade"), by key."""
    return {m.key: m for m in chosen if m.type is EntityType.GOVERNMENT_BODY
            and "Ministry" in m.name
            and all(w.title() in m.name for w in portfolio if w != "affairs")}


#: Short names two countries share, and the countries: "Congo" after "the Democratic
#: Republic of Congo" is that one.
_SHARED_SHORT_NAMES = {"Congo": ("CD", "CG"), "Congolese": ("CD", "CG")}


def _short_forms(doc: Doc, chosen: list[Mention], gaz: Gazetteer) -> Iterable[Mention]:
    """A short name two countries share, as the one of the two the article names in full.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("The DRC signed. Congo's president spoke.")
    >>> [(m.surface, m.country) for m in doc._.pg_mentions]
    [('DRC', 'CD'), ('Congo', 'CD')]
    """
    named = {m.country for m in chosen if m.type is EntityType.COUNTRY}
    for i, text in enumerate(doc_texts(doc)):
        both = _SHARED_SHORT_NAMES.get(text)
        if both is None or i + 1 < len(doc) and doc[i + 1].text in {"-", "–"}:
            continue  # not "Congo-Brazzaville"
        known = [c for c in both if c in named]
        if len(known) == 1:
            kind = "demonym" if text.endswith("ese") else "name"
            yield Mention(i, i + 1, country_key(known[0]), EntityType.COUNTRY, text,
                          gaz.country_name(known[0]), kind, known[0])


def _as_publisher(doc: Doc, m: Mention) -> Mention:
    """The article's own publisher named in its text (a photo credit, "told the Example
    Herald") is that organisation, not a person the NER read (a firm stays a firm: a
    company publishes its own releases).

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline().make_doc("(Photo: Rimac Herald / Jane Doe)")
    >>> doc._.pg_publisher = "The Rimac Herald"
    >>> credit = Mention(2, 4, "person/rimac-herald", EntityType.PERSON, "Rimac Herald",
    ...                  "Rimac Herald", "ner")
    >>> found = _as_publisher(doc, credit)
    >>> found.key, found.type.value, found.name
    ('org/the-rimac-herald', 'Organization', 'The Rimac Herald')
    >>> doc._.pg_publisher = "THE RIMAC HERALD"
    >>> _as_publisher(doc, credit).name
    'The Rimac Herald'
    """
    publisher = doc._.pg_publisher if Doc.has_extension("pg_publisher") else None
    surface = m.surface.removeprefix("The ").removeprefix("the ")
    if not publisher or m.type is not EntityType.PERSON or \
            surface.casefold() != re.sub(r"^the ", "", publisher, flags=re.I).casefold():
        return m
    if publisher.isupper():  # "THE RIMAC HERALD" on the masthead: named as the text has it
        publisher = ("The " if publisher.startswith("THE ") else "") + surface
    return replace(m, key=org_key(publisher), type=EntityType.ORGANIZATION, name=publisher,
                   kind="name", country=None)


def _a_first_name(token: Token) -> bool:
    """Whether a capitalised word before a two-word name may be its first name: not a word
    of a title, a portfolio or a body ("General", "Commerce", "Council")."""
    return token.is_title and token.pos_ == "PROPN" and token.i > 0 and \
        token.lower_ not in _ROLE_WORDS | _OFFICE_WORDS and token.text not in \
        _TITLES | _PORTFOLIO | _TITLE_START | _BODY_WORDS | set(GOV_HEADS) and \
        token.doc[token.i - 1].lower_ not in {"of", "for", "and", "the"} and \
        token.doc[token.i - 1].lower_ in _ROLE_WORDS | _OFFICE_WORDS


#: Particles that follow a given name inside a family name: "Jassim bin Roe", "Ali Al Roe".
_PARTICLES_AFTER_NAME = {"bin", "binti", "bint", "ibn", "al", "el", "abu", "ould", "ben"}


def _given_name_before(token: Token) -> bool:
    """Whether a capitalised word right before "bin", "Al" ... is the person's given name,
    not the last word of a title or portfolio ("Minister of Infrastructure Al Roe")."""
    return token.is_title and token.is_alpha and token.pos_ == "PROPN" and \
        token.lower_ not in _ROLE_WORDS | _OFFICE_WORDS and token.text not in \
        _TITLES | _PORTFOLIO | _TITLE_START | _BODY_WORDS | set(GOV_HEADS) and \
        token.ent_type_ in {"", "PERSON"}


def _surname_goes_on(doc: Doc, end: int) -> bool:
    """Whether the word at ``end`` is part of the family name that ends at ``end - 1``:
    the two stand together elsewhere in the article without the first name before them
    ("Jane Roe Vance said ..., Roe Vance added")."""
    texts = doc_texts(doc)
    pairs: dict[str, list[int]] | None = doc.user_data.get(_PAIRS)
    if pairs is None:  # once per article (dropped when the mentions are found)
        pairs = {}
        for k in range(len(texts) - 1):
            pairs.setdefault(f"{texts[k]} {texts[k + 1]}", []).append(k)
        doc.user_data[_PAIRS] = pairs
    return any(k != end - 1 and not (k > 0 and texts[k - 1] == texts[end - 2])
               for k in pairs.get(f"{texts[end - 1]} {texts[end]}", ()))


#: Where each pair of words of the article stands, while its mentions are being found.
_PAIRS = "pg_word_pairs"


def _owner_before(texts: list[str], by_end: dict[int, Mention], start: int) -> str | None:
    """The country whose possessive comes right before ``start``: "Peru's" Ministry."""
    owner = by_end.get(start - 1) if start >= 2 and texts[start - 1] in {"'s", "’s"} else None
    return owner.country if owner is not None else None


def _demonyms_opening_bodies(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """Demonyms that open a body's name the NER found: "the American Chamber of Commerce"
    is a body, not America (not "the American Institute" cut from "... in Taiwan")."""
    found = []
    for ent in doc.ents:
        words = ent[1:] if ent[0].lower_ == "the" else ent
        if ent.label_ != "ORG" or len(words) < 3 or not any(
                t.text in _BODY_WORDS for t in words[1:]):
            continue
        lead = [c for c in chosen if c.start == words.start and c.kind == "demonym"
                and c.end < ent.end]
        inside = [c for c in chosen if ent.start <= c.start and c.end <= ent.end]
        if lead and inside == lead:
            found += lead
    return found


def _drop(chosen: list[Mention], taken: _Coverage, dropped: Iterable[Mention]) -> None:
    """Take ``dropped`` out of the chosen mentions and free the words they covered."""
    for c in list(dropped):
        chosen.remove(c)
        taken.remove(c.start, c.end)


def _named_again(doc: Doc, chosen: list[Mention]) -> Iterable[Mention]:
    """A firm or organisation known only from its context ("bidders were Acme, Rain and
    Beta", "its industry association, ACTI,") is the same wherever its name comes again in
    the article ("Rain, whose network ...", "ACTI's executive director")."""
    by_first: dict[str, list[Mention]] = defaultdict(list)
    for m in chosen:
        if m.type in _FIRMS | {EntityType.ORGANIZATION} and m.kind == "ner" and \
                m.surface[:1].isupper():
            by_first[doc[m.start].text].append(m)
    if not by_first:
        return
    texts = doc_texts(doc)
    for i, text in enumerate(texts):
        for m in by_first.get(text, ()):
            n = m.end - m.start
            if i != m.start and texts[i : i + n] == texts[m.start : m.end] and \
                    (i + n >= len(doc) or not doc[i + n].is_title):
                yield replace(m, start=i, end=i + n)


def _initials(words: Span) -> str:
    """The capitals that open a name's words: "Association of Acme Operators" -> "AAO"."""
    return "".join(t.text[0] for t in words if t.text[:1].isupper())


def spells_out(doc: Doc, start: int, end: int) -> bool:
    """Whether the bracket right after ``doc[start:end]`` holds that name's acronym:
    "Federation of Cable Firms of Ruritania (FCFR)"."""
    return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and \
        len(doc[end + 1].text) >= 3 and doc[end + 1].text == _initials(doc[start:end])


def _body_of_body(doc: Doc, end: int) -> bool:
    """Whether a known body's name ending at ``end`` only opens a longer name the NER read
    as one, which holds a body's head word: "the White House" in "the White House
    Acme Policy Council" (the council, not the White House). Not a party's or a
    commission's organ ("the Acme Party Central Committee"): the caller keeps those."""
    if end >= len(doc) or doc[end].ent_type_ != "ORG":
        return False
    k = _entity_goes_on(doc, end, {"and", "of", "for", "on"})
    return any(doc[j].text in GOV_HEADS for j in range(end, k)) and \
        (k == len(doc) or doc[k].ent_iob_ != "I")


def _entity_goes_on(doc: Doc, end: int, inner: set[str] | frozenset[str] = frozenset()) -> int:
    """Where the NER's entity that a name ending at ``end`` opens goes on to, over its
    capitalised words (and ``inner`` ones): ``end`` itself when the entity ends there."""
    k = end
    while k < len(doc) and doc[k].ent_iob_ == "I" and (doc[k].is_title or doc[k].lower_ in inner):
        k += 1
    return k


def _spelled_in_full(doc: Doc, chosen: list[Mention], taken: _Coverage) -> list[Mention]:
    """Organisations' names read to the acronym that spells them out, where the NER or a
    shape stopped early: "the Acme Party for Free Trade (APFT)" is one name, not "Acme
    Party". Known names are left as they are.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Roe's Ruritanian Party for Open Trade (RPOT) won the vote.")
    >>> [m.surface for m in doc._.pg_mentions if m.type.value == "Organization"]
    ['Ruritanian Party for Open Trade', 'RPOT']
    """
    out = list(chosen)
    for i, m in enumerate(chosen):
        if m.kind not in {"ner", "shape"} or m.type in {EntityType.PERSON, EntityType.COUNTRY,
                                                         EntityType.MEETING}:
            continue
        k = m.end
        while k < len(doc) and k - m.end < 6 and (doc[k].is_title and doc[k].is_alpha or
                                                  doc[k].lower_ in {"for", "of", "and", "on",
                                                                    "&"}):
            k += 1
        while k > m.end and not doc[k - 1].is_title:
            k -= 1  # never ending on "for"
        if k == m.end or not spells_out(doc, m.start, k):
            continue
        if not taken.free(m.end, k):
            continue  # (a country named after the body is read with it: see _name_tail)
        taken.add(m.end, k)
        name = doc[m.start : k].text
        out[i] = replace(m, end=k, key=org_key(name), surface=name, name=name)
    return out


#: Small words inside a name in English, Spanish, Portuguese, French, Italian or German.
_NAME_LINKS = {"of", "for", "and", "the", "de", "del", "la", "las", "los", "el", "y", "para",
               "do", "da", "dos", "das", "des", "du", "le", "les", "pour", "et", "di", "della",
               "per", "e", "für", "zur", "der", "und"}
#: A name's first word that makes it a bank: "Banco ...", "Bank ...".
_BANK_WORDS = {"Bank", "Banco", "Banque", "Banca", "Caja", "Caixa"}


def _named_for_country(doc: Doc, chosen: list[Mention], taken: _Coverage,
                       gaz: Gazetteer) -> list[Mention]:
    """A name that ends in a country's and has an acronym of its own after it is one
    organisation, not the country: "Banco de Fomento de Peru (BAFOPE)", "the Fund for
    Rural Peru (FRP)". The acronym must open with the name's first letter and hold its
    letters in order; a country's own acronym ("the Republic of Peru (ROP)") is the
    country's.

    >>> from policygraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Peru's state lender, Banco de Fomento de Peru (BAFOPE), paid.")
    >>> [(m.surface, m.type.value) for m in doc._.pg_mentions]
    [('Peru', 'Country'), ('Banco de Fomento de Peru', 'Company'), ('BAFOPE', 'Company')]
    """
    texts = doc_texts(doc)
    out = list(chosen)
    dropped: set[int] = set()
    for i, m in enumerate(chosen):
        end = m.end
        if m.type is not EntityType.COUNTRY or m.kind != "name" or end + 2 >= len(doc) or \
                texts[end] != "(" or texts[end + 2] != ")":
            continue
        acr = texts[end + 1]
        if not (3 <= len(acr) <= 10 and acr.isalpha() and acr[0].isupper()
                and sum(c.isupper() for c in acr) >= 2) or \
                gaz.country_by_name.get(acr) == m.country:
            continue
        start = m.start
        while start > 0 and (doc[start - 1].is_title and doc[start - 1].is_alpha
                             or texts[start - 1] in _NAME_LINKS
                             or texts[start - 1] == "in" and start == m.start):
            start -= 1  # "the Acme Chamber of Commerce in Peru (ACCP)": over its place
        while start < m.start and not doc[start].is_title or texts[start] == "The":
            start += 1  # never opening on "of" or "the"
        if m.start - start < 2 or doc[start].lower_ in {"the", "in", "at"}:
            continue
        letters = iter(doc[start:end].text.lower())
        if acr[0].lower() != texts[start][0].lower() or not all(
                c in letters for c in acr.lower()):
            continue  # the letters in order: "BAFOPE" in "Banco de Fomento de Peru"
        inner = [c for c in chosen if start <= c.start and c.end <= m.start and c.type.is_org]
        if not taken.free(start, end, ignore=[m, *inner]) or \
                _initials(doc[start:m.start]) == acr:
            continue  # "the Association of Acme Operators of Peru (AAO)": Peru is not in it
        dropped.update(id(c) for c in inner)  # the NER's "Acme Chamber of Commerce": a part
        words = set(texts[start:end])
        # a name with no kind of its own before the country's is a state agency's ("Export
        # Finance Ruritania"); a foundation's, institute's or union's names its kind
        kind = EntityType.COMPANY if words & (_BANK_WORDS | {"Company", "Corporation"}) else \
            _body_kind(doc[start:end]) if words & GOV_HEADS else \
            EntityType.ORGANIZATION if words & (ORG_ENDS | ORG_STARTS | _CIVIC_WORDS | {
                "International", "Union", "Council", "Chamber", "Federation"}) else \
            EntityType.GOVERNMENT_BODY
        name = doc[start:end].text
        taken.add(start, m.start)
        out[i] = Mention(start, end, org_key(name), kind, name, name, "ner", m.country)
    return [m for m in out if id(m) not in dropped]


def _of_country_spelled(doc: Doc, start: int, end: int) -> int:
    """``end`` moved over "of Ruritania" when the acronym after it spells the name out with
    the country: "the Association of Mobile Operators of Ruritania (AMOR)" is one name."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    k = end + 1 + (doc[end + 1].lower_ == "the")
    last = k
    while last < len(doc) and last - k < 3 and doc[last].is_title:
        last += 1
    return last if last > k and spells_out(doc, start, last) else end


def _through_acronym(doc: Doc, end: int) -> int:
    """``end`` moved over up to two capitalised words that come before the name's
    acronym: "Joint Prosperity Partnership Dialogue (JPPD)" ends at "Dialogue"."""
    k = end
    while k < len(doc) and k - end < 2 and doc[k].is_title and doc[k].is_alpha:
        k += 1
    if k > end and k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" \
            and doc[k + 1].text.isupper() and doc[k + 1].text.isalpha():
        return k
    return end


#: A cited part of a law: "Section 12", "Article 5a", "12" (of the Act).
_CITATION = re.compile(r"^(?:\d+[A-Za-z]?|[IVX]+)$")
#: Title-case words that never continue a policy's name after "for" or "on".
_NOT_NAME_TAIL = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                  "Sunday", "January", "February", "March", "April", "May", "June", "July",
                  "August", "September", "October", "November", "December", "Jan.", "Feb.",
                  "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Today", "Tomorrow"}


def _name_tail(doc: Doc, end: int, countries: dict[int, Mention]) -> tuple[int, bool]:
    """Where a policy's name that ends at its head word really ends, and whether it
    ends in a number.

    A number ("Regulation No. 5 of 2020", "Decree 12/2019") or a title-case
    complement ("Partnership for Maritime Domain Awareness", "Initiative on
    21st-Century Trade", "Strategy for Artificial Intelligence 2031") belongs to
    the name; a date ("Act on Monday") or a country ("Strategy for Ruritania") does
    not.
    """
    n, k = len(doc), end
    if k + 1 < n and doc[k].lower_ == "of" and re.match(_SHAPE_REGEXES[2], doc[k + 1].text) \
            and re.match(_SHAPE_REGEXES[4], doc[k - 1].text):
        return k + 2, True  # "Regulation No. 5" read by its number, then "of 2020"
    code = re.match(r"^[A-Z]{1,3}$", doc[k].text) if k < n else None
    if code and k + 2 < n and doc[k + 1].text == "-" and re.match(r"^\d{1,3}[a-z]?$", doc[k + 2].text):
        return k + 3, True  # "General License D-2"
    if code is None and k < n and re.match(r"^[A-Z]{1,3}-\d{1,3}[a-z]?$", doc[k].text):
        return k + 1, True
    if k < n and doc[k - 1].text in _NUMBERED_HEADS and _ORDER_NUMBER.fullmatch(doc[k].text):
        return k + 1, True  # "Executive Order 13913"
    if k < n and (doc[k - 1].text in _NUMBERED_HEADS or doc[k - 1].text == "Law" and k >= 3
                  and doc[k - 3].text in _NUMBERED_HEADS) and \
            re.fullmatch(r"\d{1,4}", doc[k].text) and not _YEAR.fullmatch(doc[k].text):
        # "Decree 54", "Decree-Law 54", "Directive 22-01" (not "Decree 2022")
        if k + 2 < n and doc[k + 1].text in {"-", "/"} and not doc[k].whitespace_ and \
                not doc[k + 1].whitespace_ and doc[k + 2].text.isdigit():
            return k + 3, True
        return k + 1, True
    if k < n and doc[k].text in {"No.", "no.", "No", "no"}:
        k += 2 if doc[k].text in {"No", "no"} and k + 1 < n and doc[k + 1].text == "." else 1
        if k < n and re.match(_SHAPE_REGEXES[4], doc[k].text):
            k += 1
            if k + 1 < n and doc[k].lower_ == "of" and re.match(_SHAPE_REGEXES[2], doc[k + 1].text):
                k += 2  # "No. 5 of 2020"
            elif k + 1 < n and doc[k].text in {"-", "–"} and not doc[k].whitespace_ and \
                    re.fullmatch(r"\d{1,4}", doc[k + 1].text):
                k += 2  # "No. 2022-54": the year, then the number
            return k, True
        return end, False
    if k + 1 >= n or doc[k].lower_ not in {"for", "on"}:
        return end, False
    k += 2 if doc[k + 1].lower_ == "the" and k + 2 < n else 1
    last = end
    while k < n:
        t = doc[k]
        if k in countries or t.text in _NOT_NAME_TAIL or t.ent_type_ in {"PERSON", "GPE"}:
            break
        if t.is_title and t.is_alpha or t.is_upper and len(t) > 1:
            last = k + 1
        elif t.text == "-" and last == k and k + 1 < n and doc[k + 1].is_title:
            pass  # "Domain-Awareness": the hyphen joins two words of the name
        elif re.match(r"^\d+(?:st|nd|rd|th)$", t.text) and k + 1 < n and doc[k + 1].text == "-":
            pass  # "21st-Century"
        elif t.lower_ == "and" and last == k and k + 1 < n and doc[k + 1].is_title:
            pass
        elif t.lower_ in {"in", "of"} and last == k and k + 2 < n and (
                doc[k + 1].is_title or doc[k + 1].lower_ == "the" and doc[k + 2].is_title):
            k += 1 if doc[k + 1].is_title else 2  # "... Investment in the Indo-Pacific"
            continue
        elif re.match(_SHAPE_REGEXES[2], t.text) and last == k:
            last = k + 1  # "... Intelligence 2031"
            break
        else:
            break
        k += 1
    return last, False


#: Verbs and nouns of a message posted somewhere: "wrote on Acmegram", "a post on Acmegram".
_MESSAGE_WORDS = {"say", "write", "post", "tweet", "announce", "comment", "share", "publish",
                  "state", "respond", "reply", "add", "claim", "deny", "confirm", "message",
                  "statement", "video", "thread", "account", "page", "channel", "livestream"}


def _said_on(doc: Doc, m: Mention) -> bool:
    """Whether a platform is only where something was said: "Roe wrote on Acmegram that
    ...", "in a post on Acmegram" name no actor of the story.

    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words="He wrote on Acmegram".split(), lemmas="he write on Acmegram".split(),
    ...           heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"])
    >>> _said_on(doc, Mention(3, 4, "org/acmegram", EntityType.COMPANY, "Acmegram", "Acmegram", "name"))
    True
    """
    if m.type is not EntityType.COMPANY or m.start == 0 or m.end - m.start > 2:
        return False
    prep = doc[m.start - 1]  # the platform's name hangs from the "on" right before it
    return prep.text.lower() in {"on", "via"} and doc[m.end - 1].head.i == prep.i and \
        (prep.head.lemma_ or prep.head.text).lower() in _MESSAGE_WORDS


def _over_and(doc: Doc, end: int, countries: dict[int, Mention]) -> int:
    """A head-first name's end past "and" and more capitalised words: "the Programme for
    Development of Semiconductors and Display Manufacturing Ecosystem", also past a list
    whose commas end in "and" ("the Treaty on Lasting Peace, Trade and Navigation").

    >>> import spacy
    >>> doc = spacy.blank("en")("the Treaty on Lasting Peace, Trade and Navigation, "
    ...                         "and more")
    >>> doc[_over_and(doc, 5, {}) - 1].text
    'Navigation'
    >>> doc = spacy.blank("en")("the Treaty on Lasting Peace, Trade, Peru said")
    >>> _over_and(doc, 5, {})
    5
    """
    while end + 1 < len(doc):
        listed = end
        while listed + 1 < len(doc) and doc[listed].text == "," and _titled_word(doc, listed + 1,
                                                                                 countries):
            listed = _capitalised_run(doc, listed + 1, len(doc), countries)  # ", Trade"
        if listed + 1 < len(doc) and doc[listed].text == "," and doc[listed + 1].text == "and" \
                and listed > end:
            listed += 1  # ", Trade, and Navigation"
        if listed + 1 >= len(doc) or doc[listed].text != "and" or \
                not _titled_word(doc, listed + 1, countries):
            return end
        end = _capitalised_run(doc, listed + 1, len(doc), countries)
    return end


def _titled_word(doc: Doc, k: int, countries: dict[int, Mention]) -> bool:
    """Whether the word at ``k`` may go on a name: capitalised, no country, person or place."""
    return doc[k].is_title and k not in countries and doc[k].ent_type_ not in {"PERSON", "GPE"}



def _apposed_firm(doc: Doc, end: int) -> bool:
    """Whether a name is followed by an apposition that calls it a firm: "Acme, the US
    owner of Globex,", "Acme, a Lima-based carrier,".

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _apposed_firm(nlp("Meta, the US owner of Facebook, said"), 1)
    True
    >>> _apposed_firm(nlp("Meta, the word, said"), 1)
    False
    """
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"the", "a",
                                                                                  "an"}:
        return False
    for k in range(end + 2, min(end + 7, len(doc))):
        word = doc[k].lower_
        if word in {"owner", "parent", "owners"} or word.isalpha() and firm_noun(doc, k):
            return True
        if doc[k].is_punct and doc[k].text != "-" or word in {"of", "and", "who", "which"}:
            return False
    return False


def _a_capitals_line(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` stands in a line written in capitals, three words or more
    (a heading, "WHO PULLED THE PLUG").

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _a_capitals_line(nlp("Text.\\n2 / WHO PULLED THE PLUG\\nThe WHO said."), 5)
    True
    >>> _a_capitals_line(nlp("Text.\\n2 / WHO PULLED THE PLUG\\nThe WHO said."), 11)
    False
    """
    start = i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    end = i
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    words = [t for t in doc[start:end] if t.is_alpha]
    return len(words) >= 3 and all(t.is_upper for t in words)


def _unclosed(doc: Doc, start: int, end: int) -> int | None:
    """The first bracket opened between ``start`` and ``end`` and not closed before ``end``.

    >>> import spacy
    >>> doc = spacy.blank("en")("the Acme Act (Act No. 5) and the Data (Use) Act")
    >>> _unclosed(doc, 1, 5), _unclosed(doc, 11, 16)
    (3, None)
    """
    opened: list[int] = []
    for k in range(start, end):
        if doc[k].text == "(":
            opened.append(k)
        elif doc[k].text == ")" and opened:
            opened.pop()
    return opened[0] if opened else None


def _kind_before(doc: Doc, start: int, most: int) -> int:
    """Where a name given head first starts, over at most ``most`` capitalised words of its
    kind before the head ("the Cooperation Agreement on ...", "the Acme Directive 22-01").

    >>> import spacy
    >>> doc = spacy.blank("en")("signed the Cooperation Agreement on Trade")
    >>> _kind_before(doc, 3, 2)
    2
    """
    k = start
    while k > 0 and start - k < most and _SHAPE_SEARCHES[3](doc[k - 1].text):
        k -= 1
    return k


def _named_head_first(doc: Doc, start: int, end: int) -> bool:
    """Whether a name gives its head first, after at most two words of its kind: "the
    Treaty on ...", "the Cooperation Agreement on ...".

    >>> import spacy
    >>> doc = spacy.blank("en")("the Cooperation Agreement on the Border of Peru")
    >>> _named_head_first(doc, 1, 8), _named_head_first(doc, 5, 8)
    (True, False)
    """
    return any(doc[i].text in _HEAD_FIRST and doc[i + 1].lower_ == "on"
               for i in range(start, min(start + 3, end - 1)))


def _programme_end(doc: Doc, start: int, end: int, countries: dict[int, Mention]) -> int:
    """Where a programme named head first ends: before "for Kenya" or "on Monday", which
    say whose or when ("the Acme Initiative for Kenya"), not what.

    The words after "on" or "for" are the name's only when some are neither a country
    nor a date.
    """
    k = next(i for i in range(start, end) if doc[i].text in _PROGRAMME_FIRST | _HEAD_FIRST
             and i + 1 < end and doc[i + 1].text in {"on", "for"})
    # "the Treaty on the Border on Thursday", "... in Lima": the name ends before the day
    # or the place
    end = next((i for i in range(k + 2, end - 1) if doc[i].lower_ in {"on", "in", "for"}
                and (doc[i + 1].ent_type_ in {"DATE", "TIME"} or doc[i].lower_ == "in"
                     and (i + 1 in countries or doc[i + 1].ent_type_ in {"GPE", "LOC"}))), end)
    tail = [t for t in doc[k + 2 : end] if not t.is_punct]
    if all(t.i in countries or t.ent_type_ in {"DATE", "TIME", "GPE"} for t in tail):
        return k + 1
    return end


def _name_word(text: str) -> bool:
    """A word of a person's name: capitalised in any script ("Bárður", "Ólafur"), a hyphen,
    or a short particle ("á", "av", "von", "de").

    >>> [_name_word(w) for w in ("Bárður", "á", "av", "Steig", "minister", "3G")]
    [True, True, True, True, False, False]
    """
    return text == "-" or text[:1].isupper() and re.fullmatch(r"[^\W\d_][\w'’.-]*", text) \
        is not None or text.islower() and text.isalpha() and len(text) <= 3


def _trim_end(doc: Doc, start: int, end: int) -> int:
    """``end`` without the connecting words a shape may end on ("Ministry of", "Council,")."""
    while end > start and doc[end - 1].text in {"-", "(", "of", "and", "for", "the", ","}:
        end -= 1
    return end


def _past_separator(texts: list[str], k: int) -> int:
    """Where the next item of a list starts after the separator at ``k`` (",", "and" or
    ", and"), or -1 when no separator stands there: the list ends."""
    if k + 1 < len(texts) and texts[k] == "," and texts[k + 1] == "and":
        return k + 2
    return k + 1 if k < len(texts) and texts[k] in {",", "and"} else -1


def _capitalised_run(doc: Doc, start: int, limit: int,
                     stop: Container[int] = ()) -> int:
    """Where the run of capitalised words (and the hyphens joining them) from ``start``
    ends, at most at ``limit`` and before any word in ``stop`` (a country's, say)."""
    end = start
    while end < min(limit, len(doc)) and end not in stop and (
            doc[end].is_title or doc[end].text == "-" or end > start and doc[end - 1].text == "-"):
        end += 1
    return end


def _name_words(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Words as token ranges, a hyphenated "Tae-ho" counting as one word."""
    words: list[tuple[int, int]] = []
    k = start
    while k < end:
        if doc[k].text == "-" and words:
            w0 = words.pop()
            words.append((w0[0], min(k + 2, end)))
            k += 2
            continue
        if not doc[k].is_title and not doc[k].is_upper:
            words = []
        else:
            words.append((k, k + 1))
        k += 1
    return words


class _Coverage:
    """Which tokens are already part of a chosen mention."""

    def __init__(self) -> None:
        self.tokens: set[int] = set()

    def free(self, start: int, end: int, ignore: Iterable[Mention] = ()) -> bool:
        skip = {i for m in ignore for i in range(m.start, m.end)}
        return not any(i in self.tokens and i not in skip for i in range(start, end))

    def add(self, start: int, end: int) -> None:
        self.tokens.update(range(start, end))

    def remove(self, start: int, end: int) -> None:
        self.tokens.difference_update(range(start, end))


@Language.factory(
    "pg_mentions",
    requires=["doc.ents", "token.pos", "token.is_sent_start"],
    assigns=["doc._.pg_mentions"],
)
def make_mention_finder(nlp: Language, name: str) -> MentionFinder:
    """The ``pg_mentions`` factory: gazetteer, shapes and NER, merged."""
    del name
    return MentionFinder(nlp, Gazetteer.load())

"""Reading inputs into :class:`~policygraph.model.Article`.

Three readers share one model: scraped plain text with header lines, JSON Lines
(one article per line) and HTML pages (through trafilatura). Each cleans the
text once; evidence offsets refer to ``Article.text``.

>>> art = parse_text("Huawei shut out\\n\\nPosted on : 2021-03-04 09:30 KST\\n"
...                  "Britain barred Huawei.\\n\\nBy Jane Doe, staff reporter\\n\\nRelated stories")
>>> art.headline, art.published.isoformat(), art.authors
('Huawei shut out', '2021-03-04T09:30:00+09:00', ('Jane Doe',))
>>> art.text
'Huawei shut out\\n\\nBritain barred Huawei.'
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import IO, Any

from policygraph import zones
from policygraph.errors import InputError
from policygraph.model import Article

#: Default longest article text, in characters, that is extracted (``build --max-chars``).
#: The extractor needs about 35 s and 1.7 GB of memory for an article this long (it grows
#: linearly), and spaCy itself refuses texts over 1,000,000 characters.
MAX_CHARS = 500_000
#: A file is refused unread when it has more than this many bytes per ``--max-chars``
#: character: HTML markup may be many times longer than the article it holds.
BYTES_PER_CHAR = 20
#: How much of the start of a file is checked for signs of binary data.
_SNIFF = 8192

TZ_OFFSETS = {
    "KST": 9, "JST": 9, "HKT": 8, "SGT": 8, "CST": 8, "BJT": 8, "PHT": 8, "IST": 5.5,
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
    "MSK": 3, "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AEST": 10, "AEDT": 11, "AWST": 8, "NZST": 12, "NZDT": 13, "BRT": -3,
    # Africa, Asia and Latin America: letters no other zone uses and no section heading
    # spells ("WEST", "GET" and "PET" stay out)
    "EAT": 3, "CAT": 2, "WAT": 1, "SAST": 2, "NPT": 5.75, "PKT": 5, "ICT": 7, "WIB": 7,
    "WITA": 8, "MYT": 8, "ART": -3, "UYT": -3, "CLT": -4, "CLST": -3, "TRT": 3,
    "IRST": 3.5, "AFT": 4.5, "MMT": 6.5, "ACST": 9.5, "ACDT": 10.5, "UZT": 5, "KGT": 6,
    "TJT": 5, "TMT": 5, "AZT": 4,
}

_DATE_LINE = re.compile(
    r"^(?:posted|published|updated|modified|date|first published|last updated|issued"
    r"|(?:release|publication|publish(?:ed)?)\s+(?:time|date)"  # "Release time: 2025-04-04 ..."
    # a release's embargo is when it may be published: "Embargo: for release at 12:00 GMT,
    # 3 May 2021", "EMBARGOED UNTIL 00:01 BST 4 May 2021", "For immediate release: 3 May 2021"
    r"|(?=.*\d)(?:embargo(?:ed)?(?=\s*:|\s+(?:for|until|till)\b)|for\s+(?:immediate\s+)?release(?=\s*:|\s+(?:at|on)\b)))"
    r"\b\s*(?:on)?\s*[:\-]?\s*(?:(?:for\s+release|until|till)\s+(?:(?:at|on)\s+)?)?(.+)$",
    re.IGNORECASE,
)
_NEWLINES = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n"})
# Control, format (bidi, zero-width), surrogate, private-use and unassigned code points.
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_ISO_DT = re.compile(
    r"(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*"
    r"(Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5})?"
)
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?(?:\s*([A-Z]{2,5}|[+-]\d{2}:?\d{2}))?")
#: "Gdansk, 3 May 2021": a place, then the date (press releases, wire copy).
_PLACE_DATE = re.compile(r"^[A-Z][\w.'’ -]{1,40},\s+(?=\S*\d)")
#: "(Reporting by Anna Berg; Editing by Tom Ray)": the wire's credit line.
_CREDIT = re.compile(r"^\(?\s*(?:additional\s+)?(?:reporting|writing|written)\s+by\s+([^;)]+)",
                     re.IGNORECASE)
#: "JANE ROE, Example Times staff writer", "Jane Roe, Technology Editor": a byline without "By".
_ROLE_BYLINE = re.compile(r"^([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+(?:[\w.&'’ -]+\s)?"
                          r"(?i:(?:staff\s+)?(?:writer|reporter|correspondent|editor|contributor)s?)$")
#: "Belgium | Business | Tech", "Home > Press Centre > News": a site's navigation.
_NAV = re.compile(r"[^|>›»]{1,30}(?:\s[|>›»]\s[^|>›»]{1,30}){2,}")
#: "BRIEF | Estonia tightens ...": a section label before the title.
_SECTION = re.compile(r"^([A-Za-z][A-Za-z&' ]{1,24}?)\s[|:]\s(.{20,})$")
#: "Office of the Minister of Digital Affairs": a letterhead, not a title.
#: The first word in any case ("MINISTRY OF …"), the others capitalised or joining words:
#: "Government orders sale of …" is a headline.
_LETTERHEAD = re.compile(
    r"^(?i:(?:the\s+)?(?:office|ministry|department|embassy|government|council|commission|agency|"
    r"bureau|republic|kingdom|state|secretariat|press office|president))\b(?:\s+(?:(?i:of|the|and|"
    r"for|on)|[A-Z][\w.'’&-]*))*$")
#: "European Commission - Press release", "Press release": the kind of page, not a title.
_RELEASE = re.compile(r"^(?:.{0,80}?\s[-–—|:]\s*)?(?:press|news|media)\s+release$", re.IGNORECASE)
_BYLINE = re.compile(
    r"^(?:(?:analysis|opinion|commentary|story|words|text|report|interview|"
    r"(?:live\s+)?coverage|live\s+updates|live\s+blog|excerpt|transcript|episode)\s+)?"
    r"(?:by|written by|reporting by|reported by|compiled by|hosted by|prepared by|"
    r"presented by)\s+(.+)$", re.IGNORECASE)
#: "Reporter: Jane Roe (Tokyo)": a byline given as a label.
_LABELLED_BYLINE = re.compile(r"^(?:reporters?|authors?|writers?|correspondents?|byline|text)\s*:\s*(.+)$",
                              re.IGNORECASE)
#: "Jane Roe" alone on a line next to the date: a byline without "By".
_LOWER = "a-z'’\u00df-\u00ff\u0100-\u017f"  # "Nováková", "Ólafsdóttir": letters with marks
_UPPER = "A-Z\u00c0-\u00de\u0100-\u017f"
_NAME_LINE = re.compile(rf"[{_UPPER}][{_LOWER}]+(?:-[A-Za-z][{_LOWER}]+)?"
                        rf"(?:\s+[{_UPPER}][{_LOWER}]+(?:-[A-Za-z][{_LOWER}]+)?){{1,2}}")
#: "Senior Fellow, Digital Security Programme": the role under a byline.
_ROLE_LINE = re.compile(r"[A-Z][\w'’ -]{2,40},\s+[\w'’&, -]{2,80}")
#: "Beijing time, GMT+8", "UTC+05:30": an offset written out.
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b")
_ZONE_WORD = re.compile(r"\b(" + "|".join(sorted(TZ_OFFSETS, key=len, reverse=True)) + r")\b")
_SOCIAL = re.compile(
    r"^(?:share(?: this(?: article| story| page| post)?)?(?: on)?\s*:\s*)?"
    r"(?:(?:facebook|twitter|x|email|e-mail|whatsapp|linkedin|reddit|print|share|telegram|"
    r"pinterest|copy link|flipboard|line|kakaotalk)\s*[|·•,]?\s*)+$", re.IGNORECASE)
_NOT_A_NAME = {
    "press", "associated", "news", "agency", "reuters", "times", "post", "staff", "reporter",
    "bureaux", "bureaus", "correspondents", "reporters", "editors", "staffers",
    "correspondent", "editor", "writer", "service", "bureau", "daily", "journal", "herald",
    "tribune", "wire", "media", "online", "desk", "team", "afp", "ap", "yonhap", "xinhua",
}
_BYLINE_TAIL = re.compile(
    r",\s*(?:staff|senior|chief|special|foreign|political|tech|technology|business|"
    r"correspondent|reporter|writer|editor|contributor|the\b|in\b|for\b).*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}?(?:/[A-Z][A-Z.'\- ]{1,30}?)?(?:,\s*[A-Z][A-Za-z.]+)?)"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w&. -]{1,30})\))?\s*(?:--|—|–|-|:)\s+"
)
#: "Lisbon (AFP) – ...": a place in title case is a dateline only with its agency.
_TITLE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?P<date>)"
    r"\s*\((?P<agency>[A-Za-z][\w&. -]{1,30})\)\s*(?:--|—|–|-|:)\s+"
)
_FURNITURE = re.compile(
    r"^(?:please direct comments.*|button that .*|share( this( article| story)?)?|advertisement|"
    r"(?:[-•*]\s*)?(?:previous|next|related|see also|also read|read also|more)"
    r"(?: episodes?| stories| story| articles?| posts?| reading)?\s*:.*|"
    r"subscribe.*|sign up.*|follow us.*|get (?:the|our) .{1,60}\b(?:newsletter|in your inbox)\b.*|click here.*|read more.*|copyright\b.*|©.*|\(c\)\s+(?:(?:19|20)\d\d\b|(?-i:[A-Z])[^.]{0,60}\b(?:19|20)\d\d\b).*|"
    r"our (?:editorial )?standards\b.*|newsletters?\s*:.*|contacts?:.*|"
    r"(?:\d{1,2}:\d{2}\s*[a-z]{0,5}\s+)?update\s+\d+\s*[-–—:]\s*adds?\b.*|"
    r"(?:we use|this (?:site|website|page) uses)\b.*\bcookies?\b.*|cookies? (?:help|notice|settings|policy)\b.*|"
    r"all rights reserved.*|print|email|tweet|facebook|twitter|linkedin|whatsapp|"
    r"download(?: (?:the )?(?:pdf|report|full report|app))?|listen to this article|"
    r"for immediate release|media contact.*|press contact.*|tags?:.*|"
    r"\[?[\w.+-]+@[\w-]+\.[\w.]+\]?|view (?:this|it|the) (?:email|newsletter|page)\b.*|"
    r"skip to (?:main )?content|menu(?:\s+search)?|search|\d{1,2} min(?:utes?)?(?: read)?|"
    r"(?:watch|video|listen|play)\s*:.*\(\d{1,2}:\d{2}(?::\d{2})?\)|"
    r"(?:\[[\w ]{1,12}\]\s*)+(?:print)?|attachments?\s*:.*|"
    # a contact line: "Press Office: +44 20 7946 0000", "Tel. (01) 234-5678"
    r"(?:[\w'’&., -]{1,60}:\s*)?(?:(?:tel|phone|fax|mobile|hotline)\.?:?\s*\(?|\+)\d[\d ()./-]{6,}\d)$",
    re.IGNORECASE,
)
#: "Related", "MORE RULING SUMMARIES", "Other readouts:", "From the site this week": the
#: heading of a list of other stories; the list under it is no part of the article.
_LIST_HEADING = re.compile(
    r"^(?:related|read more|see also|also read|read also|read next|further reading|reading list|"
    r"in other news|elsewhere|don'?t miss|more on this(?: story)?|"
    r"most (?:read|viewed|popular|shared)|(?:related|more|other|also|latest|recent|recommended|"
    r"popular|top|previous|further|from)\b[\w '’-]{0,50}\b(?:stories|articles|news|coverage|"
    r"readouts|summaries|headlines|posts|links|reads|reading|releases|alerts|episodes|updates|"
    r"briefs|pieces|items|explainers|features|"
    r"analys[ie]s|fact-checks|filings|transcripts|videos|reports|briefings|statements|notices|"
    r"this week|the site|the blog|the tracker|our \w+))\s*:?$",
    re.IGNORECASE)
#: A list item: "- Acme wins contract", "> Ruritania bans ...", "• ...".
_LIST_ITEM = re.compile(r"^[-–•*>·▪►→»›▸➤⇒]\s*\S")
#: Arrows after a list's heading: "MORE BRIEFS →", "Related »".
_TRAILING_ARROWS = re.compile(r"\s*[→»›>▸➤⇒]+\s*$")
_TRAILER = re.compile(
    r"^(?:related (?:stories|articles|news|content|coverage)|most (?:viewed|read|popular)"
    r"(?: articles| stories)?|more from .*|recommended.*|you may also like.*|###|-30-|- ?end ?-)\s*$",
    re.IGNORECASE,
)


def slug(text: str, max_len: int = 80) -> str:
    """A lowercase ASCII slug, stable for the same text.

    >>> slug("LG U+"), slug("Ministry of Foreign Affairs"), slug("Zoë Ångström")
    ('lg-u', 'ministry-of-foreign-affairs', 'zoe-angstrom')
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    out = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:max_len].strip("-")
    return out or "x" + hashlib.sha256(text.encode()).hexdigest()[:12]


def text_id(text: str) -> str:
    """The first 16 hex digits of the SHA-256 of ``text``."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


#: How many lines from the top a page's header may take.
_HEADER_LINES = 15
#: A glyph set between a header's parts in place of a dot or a bar: "Thu 2 Jun 2022 ◆ 08:00",
#: read as the middle dot the rules know ("Tue 3 May · 08:00").
_SEPARATOR = re.compile(r"(?<=\S)\s+[◆◇♦⬥⬦●○◦■□▪▫★☆✦✧∙⋅‧¦│┃‖]\s+(?=\S)")


def clean_chars(text: str) -> str:
    """Normalise line ends and drop control, bidi and zero-width characters.

    The Unicode line and paragraph separators become newlines; lone surrogates,
    private-use and unassigned code points are dropped too.

    >>> clean_chars("a\\u200bb\\r\\nc\\u202e\\x07d\\u2028e")
    'ab\\ncd\\ne'
    """
    text = text.replace("\r\n", "\n")
    chars = set(text)  # each distinct character is looked up once, not each character
    if not chars.isdisjoint("\r\u2028\u2029"):
        text = text.translate(_NEWLINES)
        chars = set(text)
    drop = {ord(ch): None for ch in chars
            if ch not in "\n\t" and unicodedata.category(ch) in _DROPPED_CATEGORIES}
    return text.translate(drop) if drop else text


def parse_datetime(raw: str) -> datetime | date | None:
    """A date or date-time from a header value, keeping its offset.

    Dotted numeric dates are day first, as European sites write them.

    >>> parse_datetime("2021-03-04 09:30 KST").isoformat()
    '2021-03-04T09:30:00+09:00'
    >>> parse_datetime("June 25, 2021")
    datetime.date(2021, 6, 25)
    >>> parse_datetime("03.02.2021 09:30 CEST").isoformat()
    '2021-02-03T09:30:00+02:00'
    >>> parse_datetime("Tuesday 2 March 2021 | 08:15 CET").isoformat()
    '2021-03-02T08:15:00+01:00'
    >>> parse_datetime("2024-05-02 09:10 BST (GMT+6)").isoformat()  # the offset says whose
    '2024-05-02T09:10:00+06:00'
    >>> parse_datetime("Monday 3 May 2021 · 07h30 Lima (PET, UTC-5) · 3 min read").isoformat()
    '2021-05-03T07:30:00-05:00'
    """
    raw = re.sub(r"\s*\|\s*", " ", raw).strip()
    raw = re.sub(r"\s*[·•]?\s*\b\d{1,3}\s*min(?:ute)?s?(?: read)?$", "", raw)  # "· 3 min read"
    if len(raw) > 200:  # no date is this long; dateparser would take a long time to say so
        return None
    raw = re.sub(r"\b((?:19|20)\d\d)\.(\d{2})\.(\d{2})\b", r"\1-\2-\3", raw)  # "2019.07.12"
    raw = re.sub(r"\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\)", "", raw)  # "(Fri)"
    try:
        dotted = _DOTTED.fullmatch(raw)
        if dotted:
            day_, month, year, hour, minute, zone = dotted.groups()
            if hour is None:
                return date(int(year), int(month), int(day_))
            return datetime(int(year), int(month), int(day_), int(hour), int(minute),
                            tzinfo=_tz(zone))
        m = _ISO_DT.search(raw)
        if m:
            day = date.fromisoformat(m.group(1))
            if m.group(2) is None:
                return day
            tz = _tz(m.group(5))
            when = datetime(day.year, day.month, day.day, int(m.group(2)), int(m.group(3)),
                            int(m.group(4) or 0), tzinfo=tz)
            rest = raw[m.end() :]
            # "2023-06-30 16:32 ET (UTC-4)": the offset written out, which wins over a zone's
            # letters that name more than one ("IST (GMT+2)": the offset says whose)
            gmt = _GMT_OFFSET.search(rest if tz is None else rest[:14])
            if gmt:
                return when.replace(tzinfo=_offset(gmt))
            named = zones.zone_in(raw[m.start(5):] if m.group(5) else rest) \
                if tz is None else None
            return zones.localize(when, named[0]) if named else when
        return _parse_loose(raw) or _bracketed(raw)
    except (ValueError, OverflowError):  # "2020-13-45", "25:61", "+99:00", year 0
        return None


#: "(Tuesday, November 14, 2023)": a Gregorian date in brackets after another calendar's.
_BRACKETED_DATE = re.compile(r"\(([^()]*\b(?:19|20)\d\d\b[^()]*)\)")


def _bracketed(raw: str) -> datetime | date | None:
    """The Gregorian date a header gives in brackets after a date of another calendar
    (Bikram Sambat, Hijri, Solar Hijri), with the time that follows the brackets.

    >>> _bracketed("Kartik 28, 2080 (Tuesday, November 14, 2023) 08:20 NPT").isoformat()
    '2023-11-14T08:20:00+05:45'
    >>> _bracketed("5 Rabi al-Awwal 1445 (20 September 2023)")
    datetime.date(2023, 9, 20)
    >>> _bracketed("Kartik 28, 2080") is None
    True
    """
    m = _BRACKETED_DATE.search(raw)
    if m is None:
        return None
    return _parse_loose(f"{m.group(1)} {raw[m.end():]}".strip())


def _tz(code: str | None) -> timezone | None:
    if not code:
        return None
    if code in TZ_OFFSETS:
        return timezone(timedelta(hours=TZ_OFFSETS[code]))
    m = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", code)
    if m:
        sign = 1 if m.group(1) == "+" else -1
        return timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3))))
    return None


def _offset(gmt: re.Match[str]) -> timezone | None:
    """The zone of a written-out offset ("GMT+8", "UTC-04:30") that ``_GMT_OFFSET`` found."""
    sign, hours, minutes = gmt.groups()
    return _tz(f"{sign}{int(hours):02d}{minutes or '00'}")


def _parse_loose(raw: str) -> datetime | date | None:
    tz = None
    text = raw
    text = _DOTTED_DAY.sub(lambda m: f"{int(m[1])} {_MONTH_NAMES[int(m[2]) - 1]} {m[3]}"
                           if 1 <= int(m[2]) <= 12 else m[0], text)  # "Wed 22.09.2021 – 09:10 …"
    gmt = _GMT_OFFSET.search(text)
    if gmt:  # "08:30 (Beijing time, GMT+8)"
        tz = _offset(gmt)
        # "21:10 Beirut (GMT+3)": the place whose time it is goes with its offset
        before = re.sub(r"(?<=\d)\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
                        r"(?=\s*(?:\((?:[A-Z]{2,5},?\s*)?)?$)",  # "Lima (PET, UTC-5)" too
                        lambda m: m[0] if set(m[0].split()) & _DATE_WORDS else " ",
                        text[: gmt.start()])
        text = before + text[gmt.end() :]
        text = _CITY_TIME_WORDS.sub(" ", text)  # "11:25 Riga time (UTC+2)": the offset says it
    else:
        zone = _ZONE_WORD.search(raw)  # "09:40 PM IST, 5 May 2021": ours, not dateparser's
        if zone:
            tz = _tz(zone.group(1))
            text = raw[: zone.start()] + raw[zone.end() :]
    named = zones.zone_in(text) if tz is None else None
    if named is not None:  # "7:30 a.m. ET", "09:15 (Berlin time)": that day's offset
        text = text.replace(named[1], " ")
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"\b(\d{1,2})h(\d{2})\b", r"\1:\2", text)  # "10h00", as South Africa writes it
    text = re.sub(r"(?<=\d{4} )(\d{1,2})\.(\d{2})\b(?!\.)", r"\1:\2", text)  # "2021 15.37", Nordic
    text = re.sub(r"\s[-–—·]\s", " ", text)  # "12/04/2022 - 09:15", "13 January 2023 · 7:30"
    text = re.sub(r"\s+", " ", text).strip(" ,")
    has_time = bool(re.search(r"\d{1,2}:\d{2}|\b\d{1,2}\s*[ap]\.?m\b", text, re.IGNORECASE))
    parsed = _parse_common(text)
    if parsed is None:
        import dateparser  # slow to import: only when a header needs it

        settings: dict[str, object] = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["year"]}
        if _day_first(named, raw):
            settings["DATE_ORDER"] = "DMY"  # "12/04/2022 (Berlin time)" is 12 April
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    when: datetime = parsed
    if not has_time:
        return when.date()
    if named is not None:
        return zones.localize(when, named[0])
    return when.replace(tzinfo=tz) if tz else when


#: "22.09.2021": a dotted date, day first, inside a longer header value.
_DOTTED_DAY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
#: "Vilnius time", "(EEST, )": zone words left over once a written-out offset gave the zone.
_CITY_TIME_WORDS = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)? time\b|\(\s*[A-Z]{2,5}\s*,?\s*\)")


#: Zone abbreviations of the United States and Canada, where "05/07/2019" is 7 May.
_MONTH_FIRST_ZONES = frozenset(
    "EST EDT CST CDT MST MDT PST PDT ET CT MT PT AKST AKDT HST AST ADT NST NDT".split())


def _day_first(named: tuple[str, str] | None, raw: str) -> bool:
    """Whether a numeric date in ``raw`` is day first: its zone is not North American.

    >>> _day_first(None, "05/07/2019 16:40 SAST"), _day_first(None, "05/07/2019 4:40 PM EDT")
    (True, False)
    >>> _day_first(None, "05/07/2019"), _day_first(None, "12-10-2025 | 21:05")
    (False, True)
    >>> _day_first(None, "03/05/2023 · 08:40 PET (GMT-5)"), _day_first(None, "5/7/2019 (GMT-5)")
    (True, False)
    >>> _day_first(None, "05/07/2019 9:15 EDT (UTC-4)"), _day_first(None, "05/07/2019 (UTC+8)")
    (False, True)

    A date written with hyphens and the year last ("12-10-2025") is day first: the
    United States writes its dates with slashes.
    """
    if named is not None:
        return not named[0].startswith("America/")
    if re.search(r"\b\d{1,2}-\d{1,2}-(?:19|20)\d\d\b", raw):
        return True
    gmt = _GMT_OFFSET.search(raw)
    if gmt is not None:  # "08:40 PET (GMT-5)": the zone's letters decide, else whether the
        # offset is one an American zone could have
        before = re.search(r"\b([A-Z]{2,5})\s*\(?\s*$", raw[: gmt.start()])
        if before is not None:
            return before.group(1) not in _MONTH_FIRST_ZONES
        hours = int(gmt.group(2)) * (1 if gmt.group(1) == "+" else -1)
        return not -10 <= hours <= -3
    zone = re.search(r"\b([A-Z]{2,5})\s*(?:\)|$)", raw.strip())
    return zone is not None and zone.group(1) not in _MONTH_FIRST_ZONES \
        and zone.group(1) not in {"AM", "PM"}


_MONTHS = {name: i + 1 for i, names in enumerate((
    "January Jan", "February Feb", "March Mar", "April Apr", "May", "June Jun", "July Jul",
    "August Aug", "September Sep", "October Oct", "November Nov", "December Dec"))
    for name in names.split()}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Capitalised words a date is written with, which are not the name of a place.
_DATE_WORDS = frozenset(_MONTHS) | {"Sept"} | set(_WEEKDAYS) | {day[:3] for day in _WEEKDAYS}
_COMMON_DATE = re.compile(
    r"(?:(?P<hour0>\d{1,2}):(?P<minute0>\d\d)(?: (?P<half0>[AP]M))? ,? )?"
    r"(?:(?P<weekday>[A-Z][a-z]+day),? )?"
    r"(?:(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]{2,8})|(?P<month2>[A-Z][a-z]{2,8}) (?P<day2>\d{1,2}),)"
    r" (?P<year>(?:19|20)\d\d)(?:,? (?P<hour>\d{1,2}):(?P<minute>\d\d)(?: (?P<half>[AP]M))?)?"
)


def _parse_common(text: str) -> datetime | None:
    """What ``dateparser.parse`` (English, strict, year required) makes of the commonest
    header dates, without it: "[Friday, ]18 December 2020" or "[Friday, ]December 18, 2020",
    then ", 3:05 PM" or " 14:32", or the time first ("3:05 PM , July 15, 2022"). None for
    anything else or anything odd (a weekday that is not the date's, "13:05 PM", 30
    February, a time both before and after), which is then dateparser's to read: about 3 ms
    a date, and 0.3 s to load the first time. ``tests/test_speed_identity.py`` checks the
    two agree.
    """
    m = _COMMON_DATE.fullmatch(text)
    if m is None or m["hour0"] and m["hour"]:
        return None
    month = _MONTHS.get(m["month"] or m["month2"])
    hour, minute = int(m["hour0"] or m["hour"] or 0), int(m["minute0"] or m["minute"] or 0)
    half = m["half0"] or m["half"]
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "PM" else 0)
    if month is None or hour > 23 or minute > 59:
        return None
    try:
        when = datetime(int(m["year"]), month, int(m["day"] or m["day2"]), hour, minute)
    except ValueError:
        return None
    if m["weekday"] and m["weekday"] != _WEEKDAYS[when.weekday()]:
        return None
    return when


def _more_of(lines: list[str], index: int) -> bool:
    """Whether line ``index`` heads a list of a section's other stories: "MORE POLITICS",
    "More technology" over a list of headlines.

    >>> _more_of(["MORE TECHNOLOGY", "· Acme picks Globex for 5G"], 0)
    True
    >>> _more_of(["MORE BRIEFS →", "→ Acme picks Globex for 5G"], 0)
    True
    >>> _more_of(["More funding", "The ministry said it would pay."], 0)
    False
    """
    if not re.fullmatch(r"more\s+[\w&'’ -]{2,40}:?", _TRAILING_ARROWS.sub("", lines[index]),
                        re.IGNORECASE):
        return False
    following = next((ln for ln in lines[index + 1 :] if ln.strip()), "")
    return bool(_LIST_ITEM.match(following)) and not following.rstrip().endswith(".")


def _looks_like_headline(line: str) -> bool:
    dateline = _DATELINE.match(line)
    # a sentence ends with a full stop; a title may end with "U.S." or "Co."
    stop = line.endswith(":") or line.endswith(".") and not re.search(
        r"(?:\b[A-Z]\.){2,}$|\b(?:Co|Corp|Inc|Ltd|Jr|St)\.$", line)
    return 0 < len(line) <= 200 and not stop and not (
        dateline and (dateline.group("agency") or dateline.group("date")))


def _is_nav(line: str) -> bool:
    """"Home > News > Tech", "World | US-China": a site's navigation, not text."""
    if len(line) >= 200:
        return False
    if _NAV.fullmatch(line):
        return True
    parts = re.split(r"\s[|>›»]\s", line)
    if len(parts) < 2:  # "Economy / Telecoms", "EXAMPLE GAZETTE · English Edition"
        parts = re.split(r"\s[/·]\s", line)
        if len(parts) < 2 or any(len(p.split()) > 3 for p in parts):
            return False
    return len(parts) >= 2 and all(1 <= len(p.split()) <= 5 and not re.search(r"\d", p)
                                   and not _BYLINE.match(p.strip()) for p in parts)


def _name_of_place_line(line: str) -> str:
    """The name in "Jane Roe, Valletta", a byline that gives where the reporter files from.

    >>> _name_of_place_line("Jane Roe, Valletta"), _name_of_place_line("Jane Roe, Editor")
    ('Jane Roe', 'Jane Roe, Editor')
    """
    name, _, place = line.partition(", ")
    return name if place and zones.is_place(place) else line


def _site_name(line: str) -> bool:
    """Whether a page's first line is a site's name: a few capitalised words, no office.

    >>> _site_name("Examplebladet"), _site_name("Press Office"), _site_name("Skip to content")
    (True, False, False)
    """
    words = line.split()
    return 1 <= len(words) <= 4 and not re.search(r"[\d.:|]", line) and not _is_furniture(line) \
        and all(w[:1].isupper() or w in {"of", "and", "the", "&"} for w in words) \
        and not _ISSUER_LINE.fullmatch(line) and not re.search(
            r"\b(?:press|news|media|newsroom|office)\b", line, re.IGNORECASE)


def _header_roles(lines: list[str]) -> dict[int, str]:
    """What some of the first lines of a page are, from their neighbours: the site's
    name above its navigation ("site"), the gloss under that name ("gloss"), a bare name
    next to the date ("author") and the role line under it ("role").

    >>> _header_roles(["Example Ledger", "World | Tech", "", "Headline of the day here",
    ...                "Jane Roe", "12 May 2021", "Body text."])
    {0: 'site', 4: 'author'}
    """
    nonempty = [(i, line) for i, line in enumerate(lines) if line][:14]
    roles: dict[int, str] = {}

    def dated(line: str) -> bool:
        return bool(_DATE_LINE.match(line)) or len(line) < 60 and bool(
            re.search(r"\b(?:19|20)\d\d\b", line)) and parse_datetime(line) is not None

    for k, (i, line) in enumerate(nonempty):
        nxt = nonempty[k + 1][1] if k + 1 < len(nonempty) else ""
        prev = nonempty[k - 1][1] if k else ""
        if k < 3 and len(line) < 80 and (len(line.split()) <= 5 or _LETTERHEAD.match(line)
                                         or line.isupper() and len(line.split()) <= 8) \
                and not _is_nav(line) \
                and _is_nav(nxt) and not re.search(r"\d", nxt) and not line.endswith("."):
            if (k == 1 or k == 2 and prev.isupper() and not nonempty[0][1].isupper()) and \
                    _site_name(prev) and \
                    "site" not in roles.values():
                # "Exampletilsynet" over "The Ruritanian Example Authority", "EXAMPLE
                # REPORT" under the headline over "Subsea Intelligence": the name, then
                # its gloss
                roles[nonempty[k - 1][0]], roles[i] = "site", "gloss"
            elif "site" not in roles.values():
                roles[i] = "site"
        elif _NAME_LINE.fullmatch(_name_of_place_line(line)) and not _BYLINE.match(line) and (
                dated(nxt) or dated(prev)) and not any(
                w.lower() in _NOT_A_NAME for w in line.split()):
            roles[i] = "author"
            if _ROLE_LINE.fullmatch(nxt) and not nxt.endswith("."):
                roles[nonempty[k + 1][0]] = "role"
    return roles


def parse_text(
    raw: str,
    *,
    source: str = "<memory>",
    article_id: str | None = None,
    headline: str | None = None,
    published: datetime | date | None = None,
    authors: tuple[str, ...] = (),
    publisher: str | None = None,
    url: str | None = None,
) -> Article:
    """Read one scraped plain-text article: header lines, body, furniture.

    Metadata passed in wins over what the text suggests. Raises :class:`InputError`
    for an empty article.
    """
    text = clean_chars(raw)
    headline, publisher, url = _meta_text(headline), _meta_text(publisher), _meta_text(url)
    authors = tuple(a for a in map(_meta_text, authors) if a)
    lines = [ln.strip() for ln in text.split("\n")]
    lines[:_HEADER_LINES] = [_SEPARATOR.sub(" · ", ln) for ln in lines[:_HEADER_LINES]]
    seen: set[str] = set()
    body: list[str] = []
    found_date: datetime | date | None = None
    found_authors: list[str] = []
    dateline = found_publisher = None
    first_short: str | None = None
    roles = _header_roles(lines)
    glosses: list[str] = []  # "The Ruritanian Example Authority" under the site's own name
    in_list = False
    for index, line in enumerate(lines):
        role = roles.get(index)
        if role == "site":
            # "EXAMPLE DAILY — English Edition" over its sections: the name before the dash
            found_publisher = found_publisher or _masthead_name(line) or \
                line.split(" | ")[0].strip()
            continue
        if role == "author":
            if not found_authors:
                found_authors.append(_name_of_place_line(line))
            continue
        if role == "role":
            continue
        if role == "gloss":
            glosses.append(line)
            continue
        if not line:
            if body and body[-1] != "":
                body.append("")
            continue
        if _TRAILER.match(line):
            break
        if in_list:
            if _LIST_ITEM.match(line) or len(line.split()) <= 14 and not line.endswith((".", '"', "”")):
                continue  # another story's headline
            in_list = False
        if body and len(line) < 80 and (_LIST_HEADING.match(_TRAILING_ARROWS.sub("", line))
                                        or _more_of(lines, index)):
            in_list = True
            continue
        record = _json_line(line)
        if record is not None:  # scraped pages sometimes carry their metadata as JSON
            headline = headline or _str_or_none(record.get("headline") or record.get("title"))
            byline = record.get("byline") or record.get("author")
            if isinstance(byline, str) and not found_authors:
                found_authors.extend(_authors(byline))
            when = record.get("published") or record.get("date")
            if isinstance(when, str) and found_date is None and "related" not in record:
                found_date = parse_datetime(when)
            continue
        if re.fullmatch(r'"?\w+"?\s*:', line):  # a bare JSON key such as "body":
            continue
        if len(body) < 6 and any(sep in line for sep in (" | ", " · ", " / ", " — ")) and \
                len(line) < 160:
            # "Aug 3, 2022 | By Maria Lopez", "Monday 8 August 2022 | 16:40 BST | Telecoms",
            # "Sun 10 Sep 2023 — 21:05 ICT (GMT+7) — Last update 22:30 ICT"
            when, names = _header_parts(line)
            if when is not None or names:
                found_date = found_date or when
                if not found_authors:
                    found_authors.extend(names)
                continue
        if len(line) < 200 and (_RELEASE.match(line) or len(body) < 6 and _is_nav(line)):
            if found_publisher is None and len(body) == 1 and body[0] == headline:
                found_publisher = _site_in_nav(line)
            continue
        section = _SECTION.match(line) if headline is None and len(body) < 6 else None
        if section and len(section.group(1).split()) <= 2 and len(section.group(2).split()) >= 5 \
                and section.group(1).lower() not in _KIND_WORDS:
            # "BRIEF | Estonia tightens 5G vendor rules"; "ANALYSIS | …" is part of the title
            line = section.group(2)
        office = _OFFICE_LINE.match(line) if len(body) < 6 and len(line) < 160 else None
        if office and _LETTERHEAD.match(office.group(1)) and all(
                w[:1].isupper() or w in {"of", "the", "and", "for", "on"}
                for w in office.group(1).split()):
            # "Ministry of Examples of the Republic of Ruritania - Press Bureau": who issues it
            found_publisher = found_publisher or office.group(1)
            continue
        firm = _FIRM_LINE.match(line) if len(body) < 8 and len(line) < 120 else None
        if firm:  # "Example Marr LLP - Washington, D.C.": a firm's own alert
            found_publisher = found_publisher or firm.group(1)
            continue
        if len(body) < 8 and _PROVIDED_BY.match(line):
            issuer = next((ln for ln in lines[index + 1 : index + 3] if ln), None)
            if issuer is not None and len(issuer) < 100:
                found_publisher = found_publisher or issuer
                seen.add(issuer)  # the issuer's line is header, not text
            continue
        issued = _FROM_LINE.match(line) if len(body) < 8 else None
        if issued:
            found_publisher = found_publisher or _issuer(issued.group(1))
            continue
        credit = _CREDIT.match(line) if len(line) < 200 else None
        if credit:
            if not found_authors:
                found_authors.extend(_authors(credit.group(1)))
            continue
        m = _DATE_LINE.match(line)
        if m and len(line) < 160:
            value = re.split(r"\s+(?:modified|updated|by)\b", m.group(1), flags=re.IGNORECASE)[0]
            found_date = found_date or parse_datetime(value)
            continue
        if found_date is None and published is None and len(line) < 60 and len(body) < 10:
            bare = parse_datetime(line) if re.search(r"\d{4}", line) else None
            place = _PLACE_DATE.match(line)
            if bare is None and place:  # "Gdansk, 3 May 2021"
                bare = parse_datetime(line[place.end():])
                if bare is not None and dateline is None:
                    dateline = line[: place.end()].strip(" ,")
            if bare is not None:
                found_date = bare
                continue
        m = _BYLINE.match(line) or (
            (_ROLE_BYLINE.match(line) or _LABELLED_BYLINE.match(line))
            if len(body) < 6 and len(line) < 120 else None)
        if m and len(line) < 120:
            found_authors.extend(_authors(m.group(1)))
            outlet = _BYLINE_OUTLET.search(m.group(1))
            found_publisher = found_publisher or (
                (outlet.group(1) or outlet.group(2)) if outlet else None)
            continue
        if _is_furniture(line) or line in seen or _buttons_only(line) \
                or headline is not None and _headline_again(line, headline):
            continue
        seen.add(line)
        if headline is None and len(body) < 8 and _looks_like_headline(line) \
                and not _LETTERHEAD.match(line):
            # the first title-like line of several words; press releases open with
            # a short office name ("Office of Public Affairs") before the headline
            if len(line.split()) >= 5:
                headline = line
            elif first_short is None:
                first_short = line
        dm = (_DATELINE.match(line) or _TITLE_DATELINE.match(line)) if dateline is None else None
        bare_place = dm is not None and len(body) < 8 and \
            dm.group("place").split(",")[0].strip().isupper() \
            and len(dm.group("place").strip()) >= 3 and (line[dm.end() - 3 : dm.end()].strip()
                                                         in {"—", "--", "–"} or zones.is_place(
                dm.group("place").strip().rstrip(",").title()))
        # "OSLO — The country will ...": a place alone, then a dash; "MANILA: ..." a
        # known place before a colon or hyphen
        if dm and (dm.group("agency") or dm.group("date") or bare_place) and len(line) > 60:
            # "LIMA/CUSCO, May 3 (Agency) -": filed from two places, the first leads
            dateline = dm.group("place").split("/")[0].strip().rstrip(",")
            found_publisher = dm.group("agency") or found_publisher
            # a dateline's "June 25" has no year: the date comes from a header or --published
            line = line[dm.end():]
        body.append(_PHOTO_CREDIT.sub("", line) if _CAPTION.match(line) else line)
    if found_publisher is None and headline in lines:
        under = next((ln for ln in lines[lines.index(headline) + 1 :] if ln), "")
        found_publisher = _masthead_name(under)
        if found_publisher in found_authors:
            found_publisher = None  # "Jane Roe | Correspondent | 03.05.2019": the byline
        if found_publisher is not None and under in body:
            body.remove(under)  # the masthead is no part of the story
        above = next((ln for ln in lines if ln), "")
        if found_publisher is None and above != headline and lines.index(above) < lines.index(
                headline) and _is_nav(above):
            found_publisher = _masthead_name(above)  # "EXAMPLE REPORT › Policy › Security"
    if found_publisher and found_publisher.isupper() and len(found_publisher) <= 6:
        # "(NNW)" in the dateline, "Example Newswire (NNW) · Technology" in the header
        spelled = re.search(r"([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,5}) \("
                            + re.escape(found_publisher) + r"\)", "\n".join(lines[:12]))
        if spelled and len(spelled.group(1).split()) >= 2 and not spelled.group(1).isupper() \
                and not zones.is_place(spelled.group(1)):
            found_publisher = spelled.group(1)
    cleaned = "\n".join(body).strip()
    headline = headline or first_short
    masthead = next((ln for ln in lines if ln), "")
    if found_publisher and found_publisher.isupper() and len(found_publisher) <= 6 and \
            2 <= len(masthead.split()) <= 6 and found_publisher == "".join(
                w[0] for w in masthead.split() if w[:1].isupper()):
        found_publisher = masthead  # "(ANS)" in the dateline under "Adriatic News Service"
    if found_publisher and masthead.lower().startswith(found_publisher.lower() + " "):
        # "(Example)" in the dateline, "EXAMPLE NEWS | English" above: the masthead's name
        name = re.split(r"\s[|:–—-]\s", masthead)[0].strip()
        found_publisher = name if len(name.split()) <= 4 else found_publisher
    found_publisher = found_publisher or _letterhead_issuer(lines, headline) \
        or copyright_holder(lines)
    if found_publisher:  # "Example Commission - Press corner": the body, not its pressroom
        found_publisher = _PRESSROOM.sub("", found_publisher) or found_publisher
    if isinstance(found_date, datetime):
        found_date = _page_time(found_date, lines, dateline, (
            x for x in (publisher, found_publisher, masthead, *glosses) if x))
    if not cleaned:
        raise InputError(f"{source}: no article text (the input is empty or only page furniture)")
    return Article(
        id=article_id or text_id(cleaned),
        text=cleaned,
        source=source,
        headline=headline,
        published=published or found_date,
        authors=authors or tuple(found_authors),
        publisher=publisher or found_publisher,
        url=url,
        dateline=dateline,
    )


def _page_time(when: datetime, lines: list[str], dateline: str | None,
               names: Iterable[str]) -> datetime:
    """``when`` in the zone of the page's own country: the country of the outlet or body
    ``names`` name, else of the dateline's place.

    A time without a zone is that country's ("Source: Xinhua | 2022-05-06 10:11:12" is
    Beijing time; "KINGSTON, Jamaica —" under "4:15 p.m." is Jamaica's); zone letters
    that several zones use are read as that country reads them ("9:10 a.m. AST" over a
    story from Kuwait City is Arabia's, not Atlantic, time).
    """
    code = zones.page_country(*names)
    place = zones.place_zone(dateline) if dateline and code is None else None
    if when.tzinfo is None:
        zone = zones.country_zone(code) if code else place[0] if place else None
        return zones.localize(when, zone) if zone is not None else when
    timed = "\n".join(ln for ln in lines[:_HEADER_LINES] if re.search(r"\d[:.h]\d\d", ln))
    hours = zones.shared_letters_offset(timed, code or (place[1] if place else None))
    return when.replace(tzinfo=timezone(timedelta(hours=hours))) if hours is not None else when


#: A photo's caption line: "PHOTO: ...", "File photo: ...", "CAPTION: ...".
_CAPTION = re.compile(r"^(?i:(?:file )?photo|caption|image|picture)\s*:")
#: The credit that ends a caption, "(Example Ledger/Jane Roe)", "(Photo: Jane Roe)": the
#: photographer is no one the story is about.
_PHOTO_CREDIT = re.compile(
    r"\s*\((?:[^()]*/[^()]*|(?i:photo|file photo|credit)\b[^()]*)\)\s*$")
#: "Ministry of Examples - Public Relations Bureau": an office and its unit.
_OFFICE_LINE = re.compile(r"^(.{8,120}?)\s+[-–—|·]\s+[A-Z][\w'’&,. ]{2,60}$")
#: "Example Marr LLP - Washington, D.C.": a firm named with its legal form, then a place.
_FIRM_LINE = re.compile(r"^((?:[A-Z][\w&'’.-]*\s+){1,5}(?:LLP|LLC|Ltd\.?|Limited|Inc\.?|GmbH|PLC|plc))"
                        r"\s*(?:[-–—|,·]\s*[A-Z][\w.,' -]{0,40})?$")
#: "© 2023 Example Ledger Ltd. All rights reserved.", "Copyright (c) Example Review.":
#: the page's owner, after the mark and the years; a photo credit or "Crown copyright" is not.
_COPYRIGHT = re.compile(
    r"^(?i:copyright\s*)?(?:©|\([cC]\))\s*(?i:copyright\s+)?"
    r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?,?\s+)?"
    r"(?P<name>[A-Z][\w&'’-]*(?:\.[a-z]{2,4})?"
    r"(?:\s+(?:[A-Z][\w&'’-]*|of|the|and|for|dan|&|de|del|la|las|los|des|du|da|do|dos|das"
    r"|di|della|y|et|und|für)){0,10}"
    # "Ministry of Science, Energy and Transport": a portfolio listed with commas and "and"
    r"(?:(?:,\s+[A-Z][\w&'’-]*)+,?\s+and\s+[A-Z][\w&'’-]*)?)"
    r"(?:,?\s+(?:Inc|Ltd|LLC|GmbH|B\.V|PLC|plc|Limited|Co)\b\.?)?(?:\s+(?:19|20)\d\d)?"
    r"(?:[.,]?\s+(?i:all rights reserved).*|[.,]\s.*|\.|\s+[-–—|·]\s.*)?$")
_NOT_AN_OWNER = re.compile(r"\b(?:crown|images?|photos?|pictures?|getty|shutterstock|"
                           r"unauthori[sz]ed|reproduction|all rights)\b", re.IGNORECASE)


#: "Ministry of Examples", "U.S. Department of Commerce", "OFFICE OF THE PRESIDENT": a body
#: that issues releases, named in capitalised words.
_ISSUER_LINE = re.compile(
    r"(?:(?:the|The|THE)\s+)?(?:[A-Z][\w.'’&-]*\s+){0,3}"
    r"(?i:office|ministry|department|agency|bureau|commission|secretariat)"
    r"(?:\s+(?:(?i:of|the|and|for|on)|[A-Z][\w.'’&-]*)){0,8}")


def _letterhead_issuer(lines: list[str], headline: str | None) -> str | None:
    """The body a release's letterhead names last above its headline: the issuer, under
    the state and the press office ("Government of Ruritania", "Ministry of Examples").

    >>> _letterhead_issuer(["Press Office", "Government of Ruritania", "MINISTRY OF EXAMPLES",
    ...                     "", "Ruritania opens a portal"], "Ruritania opens a portal")
    'Ministry of Examples'
    >>> _letterhead_issuer(["Office of Public Affairs", "Ruritanian Department of Examples", "",
    ...                     "Ruritania opens a portal"], "Ruritania opens a portal")
    'Ruritanian Department of Examples'
    >>> _letterhead_issuer(["Government of Ruritania", "", "Ruritania opens a portal"],
    ...                    "Ruritania opens a portal") is None
    True
    """
    if headline is None or headline not in lines:
        return None
    above = [ln for ln in lines[: lines.index(headline)] if ln]
    issuer = next((ln for ln in reversed(above) if _ISSUER_LINE.fullmatch(ln)), None)
    if issuer is None:
        return None
    if issuer.isupper():
        issuer = " ".join(w.lower() if w in {"OF", "THE", "AND", "FOR", "ON"} else w.capitalize()
                          for w in issuer.split())
    return issuer


def copyright_holder(lines: Iterable[str]) -> str | None:
    """Who a page's copyright line names, the last one on the page.

    >>> copyright_holder(["Body.", "© 2023 Example Ledger Ltd. All rights reserved."])
    'Example Ledger'
    >>> copyright_holder(["Copyright (c) Example Review. Unauthorized reproduction prohibited."])
    'Example Review'
    >>> copyright_holder(["© 2021 Instituto Ejemplar de las Artes. Todos los derechos."])
    'Instituto Ejemplar de las Artes'
    >>> copyright_holder(["(c) Crown copyright"]) is None
    True
    >>> copyright_holder(["© 2024 Ministry of Trade, Energy and Mines. All rights reserved."])
    'Ministry of Trade, Energy and Mines'
    >>> copyright_holder(["© 2024 Example Ledger, Lima. All rights reserved."])
    'Example Ledger'
    """
    holder = None
    for line in lines:
        m = _COPYRIGHT.match(line.strip()) if len(line) < 200 else None
        if m is None:
            continue
        name = re.sub(r",?\s+(?:Inc|Ltd|LLC|GmbH|PLC|plc|Limited|Co|Corp)\.?$", "",
                      m.group("name").strip())
        if name[:1].isupper() and not _NOT_AN_OWNER.search(name) and not name.isdigit():
            holder = name
    return holder


#: GOV.UK's "From: Cabinet Office and The Rt Hon Jane Roe MP": the issuing office first.
_FROM_LINE = re.compile(r"^From:\s+(.{3,160})$")


def _issuer(value: str) -> str | None:
    """The first office in a "From:" line, not the minister after it.

    >>> _issuer("Cabinet Office and The Rt Hon Jane Roe MP")
    'Cabinet Office'
    >>> _issuer("The Rt Hon Jane Roe MP") is None
    True
    """
    for part in re.split(r"\s+and\s+|,\s*", value):
        part = part.strip()
        if part and not re.search(r"\b(?:Rt Hon|MP|Sir|Dame|Lord|Baroness)\b", part) \
                and part[:1].isupper():
            return part
    return None


#: The words of a journalist's role: "Europe Correspondent", "staff writer".
_JOURNALIST_WORDS = r"(?:correspondent|reporter|writer|editor|columnist|journalist|analyst|contributor)s?"
_JOURNALIST = rf"\b{_JOURNALIST_WORDS}\b"
#: A wire-release header: "News provided by" above the issuing organisation's name.
_PROVIDED_BY = re.compile(r"^(?:news\s+)?provided\s+by:?$", re.IGNORECASE)
#: "By Jane Roe and John Doe, The Example Dispatch": the outlet after the names.
#: A journalist's role in a byline ("Supreme Court correspondent").
_BYLINE_ROLE = rf",[^,]*\b{_JOURNALIST_WORDS}"
_BYLINE_OUTLET = re.compile(
    r",\s*(The(?:\s+[A-Z][\w'’&-]*){1,4})\s*$|"
    # "By Jane Roe, Supreme Court correspondent, Example Notes": the outlet after the role
    + _BYLINE_ROLE + r"\s*,\s*"
    r"((?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s*$")
_NAV_WORDS = {"home", "news", "live", "menu", "search", "latest", "world", "top", "back",
              "sections", "more", "sign", "subscribe", "updates", "breaking", "index"}


#: A publisher's press pages after its name: "Example Ministry - Press corner".
_PRESSROOM = re.compile(r"\s+[-–—|·:]\s+(?:press(?: corner| room| centre| center| office| "
                        r"releases?)?|newsroom|news room|media(?: centre| center| room)?)\s*$",
                        re.IGNORECASE)
_MASTHEAD_PARTS = re.compile(r"\s+(?:[|·•>›»/]|—|–|--?)\s+")
_SECTION_WORDS = _NAV_WORDS | {
    "opinion", "analysis", "politics", "business", "technology", "tech", "economy", "markets",
    "interviews", "interview", "features", "feature", "explainer", "factbox", "exclusive",
    "commentary", "editorial", "episodes", "companies", "science", "policy", "telecoms", "the",
    "asia", "europe", "africa", "americas", "oceania", "middle east", "asia-pacific", "national",
    "international", "local", "region", "regions", "global"}


def _headline_again(line: str, headline: str) -> bool:
    """Whether ``line`` is the headline again in capitals, perhaps reworded a little.

    >>> _headline_again("ACME CHIEF HOLDS TALKS WITH PRESIDENT OF RURITANIA JANE ROE",
    ...                 "Acme chief holds talks with Ruritanian President Jane Roe")
    True
    >>> _headline_again("THE HOLDING", "Court upholds the Acme law")
    False
    """
    if line == headline or not line.isupper() or len(line.split()) < 5:
        return False
    words = {w.strip(".,:;'’\"").lower() for w in headline.split()}
    again = {w.strip(".,:;'’\"").lower() for w in line.split()}
    return len(words & again) >= 0.7 * len(words)


def _is_furniture(line: str) -> bool:
    """A page's furniture: a share row, a newsletter offer, a cookie notice, or a line
    of such parts set apart by bars.

    >>> _is_furniture("Get the Example Brief in your inbox | Share: WhatsApp · X · LinkedIn")
    True
    >>> _is_furniture("Acme | Share prices fell on Monday after the ban")
    False
    >>> _is_furniture("Share · Print · Copyright Acme Ministry. Reuse under an open licence.")
    True
    >>> _is_furniture("Press Office: +51 1 234 5678"), _is_furniture("Tel. (01) 234-5678")
    (True, True)
    >>> _is_furniture("Acme: 5G covers 1,234,567 homes"), _is_furniture("Turnover: 12 345 678")
    (False, False)
    >>> _is_furniture("Press Office, Acme · press@acme.example · +51 1 234 5678")
    True
    >>> _is_furniture("Office of Communications · Release No. 12-2021")
    True
    >>> _is_furniture("Acme sold 12 units | +51 1 234 5678")
    False
    """
    if _FURNITURE.match(line) or _SOCIAL.match(line):
        return True
    parts = [p.strip() for p in re.split(r" [|·•] ", line)]
    if len(parts) > 1 and any(_REFERENCE.match(p) for p in parts) and all(
            _FURNITURE.match(p) or _SOCIAL.match(p) or _REFERENCE.match(p)
            or len(p) <= 60 and _OFFICE_NAME.fullmatch(p) for p in parts):
        return True  # "Press Office, Acme · press@acme.example", "Press Office · Release No. 12"
    return len(parts) > 1 and all(_FURNITURE.match(p) or _SOCIAL.match(p) for p in parts)


#: An office's name in a contact line: capitalised words ("Office of Communications, Acme").
_OFFICE_NAME = re.compile(r"[A-Z][\w'’&.-]*(?:,?\s+(?:[A-Z][\w'’&.-]*|of|the|and|for|de|del|la))*")
#: The parts of a contact or reference line beside an office's name: an address, a phone
#: number, a release's number.
_REFERENCE = re.compile(
    r"^(?:[\w.+-]+@[\w-]+\.[\w.]+|\+\d[\d ()./-]{6,}\d|"
    r"(?i:(?:press |news |media )?release)\s+(?i:no\.?|number|#)\s*\d[\w./-]*)$")


def _buttons_only(line: str) -> bool:
    """A row of bracketed buttons, with at most furniture beside them.

    >>> _buttons_only("[Download PDF] [Cite this] [Share: X | LinkedIn]")
    True
    >>> _buttons_only("[Share] [Email]   3 min read"), _buttons_only("[ANCHOR] Good evening.")
    (True, False)
    """
    rest = re.sub(r"\[[^\[\]]{1,60}\]", "", line)
    if rest == line:
        return False
    rest = rest.strip(" |·•,")
    return not rest or bool(_FURNITURE.match(rest) or _SOCIAL.match(rest))


#: The kind of a page, in a kicker above the text ("RULING SUMMARY · Supreme Court").
#: The same words before a headline's bar are part of its title ("ANALYSIS | …").
_KIND_WORDS = {"alert", "summary", "notice", "commentary", "analysis", "release", "statement",
               "readout", "briefing", "explainer", "factbox", "update", "coverage", "opinion",
               "editorial", "interview", "transcript", "exclusive", "feature", "comment", "live"}


def _masthead_name(line: str) -> str | None:
    """The publication a line under the headline names first, in title case.

    >>> _masthead_name("EXAMPLE BRIEF · Supply chains · Chronology")
    'Example Brief'
    >>> _masthead_name("Acme Notes — the conference blog of the Example Forum")
    'Example Forum'
    >>> _masthead_name("Example Ledger | Technology | Feb 7, 2025 | 06:45 GMT")
    'Example Ledger'
    >>> _masthead_name("Opinion | Technology"), _masthead_name("By Jane Roe | May 3, 2021")
    (None, None)
    >>> _masthead_name("CLIENT ALERT | Telecommunications | National Security")
    >>> _masthead_name("THE EXAMPLE POST · English Edition"), _masthead_name("The Economy | Asia")
    ('The Example Post', None)
    """
    parts = _MASTHEAD_PARTS.split(line.strip())
    if len(parts) < 2 or len(line) > 160:
        return None
    owner = re.search(r"\b(?:blog|newsletter|podcast|magazine|website|bulletin) of (?:the )?"
                      r"([A-Z][\w&'’.]*(?: (?:[A-Z][\w&'’.]*|of|and|&|for))*)$", parts[1])
    if owner:  # "Acme Notes — the conference blog of the Example Forum"
        return owner.group(1)
    first = parts[0].strip()
    words = first.split()
    if len(words) <= 2 and words[-1].lower() in _KIND_WORDS:
        return None  # "CLIENT ALERT | Telecommunications": the kind of page
    capitals = first.isupper() and len(words) >= 3 and words[0] == "THE"  # "THE EXAMPLE POST"
    if not 1 <= len(words) <= 5 or re.search(r"\d", first) or zones.is_place(first) or \
            first.lower() in _SECTION_WORDS or words[0].lower() in _SECTION_WORDS and not capitals or \
            _BYLINE.match(first) or _LABELLED_BYLINE.match(first) or first.endswith(":"):
        return None
    if not all(w[:1].isupper() or w in {"&", "of", "and", "the"} for w in words):
        return None
    if first.isupper() and len(words) > 1:
        first = " ".join(w if w == "&" else w.capitalize() for w in words)
    return first


def _site_in_nav(line: str) -> str | None:
    """The site's name opening the navigation line under a headline.

    >>> _site_in_nav("Example Markets | Equities | Greater Asia")
    'Example Markets'
    >>> _site_in_nav("LIVE UPDATES | Home > News > World"), _site_in_nav("Home | World | Asia")
    (None, None)
    """
    if " | " not in line:
        return None
    first = line.split(" | ")[0].strip()
    words = first.split()
    if not 1 <= len(words) <= 5 or first.isupper() and len(words) > 1 or \
            re.search(r"[>›»\d]", first) or {w.lower() for w in words} & _NAV_WORDS:
        return None
    return first if all(w[:1].isupper() for w in words if w.lower() not in {"of", "and"}) \
        else None


#: Last words of a publication's name, never a reporter's: "Example Times | Lima".
_MASTHEAD_WORDS = {"Times", "Post", "News", "Tribune", "Herald", "Ledger", "Journal", "Gazette",
                   "Daily", "Review", "Wire", "Chronicle", "Standard", "Monitor", "Courier",
                   "Press", "Observer", "Dispatch", "Express", "Mail", "Star", "Sun", "Today",
                   "Record", "Report", "Weekly", "Online", "Network", "Radio", "Television", "TV"}


def _header_parts(line: str) -> tuple[datetime | date | None, list[str]]:
    """The date and authors in a header line whose parts are separated by "|".

    >>> _header_parts("Aug 3, 2022 | By Maria Lopez")
    (datetime.date(2022, 8, 3), ['Maria Lopez'])
    >>> _header_parts("Monday 8 August 2022 | 16:40 BST | Telecoms")[0].isoformat()
    '2022-08-08T16:40:00+01:00'
    >>> _header_parts("Home | World | Asia"), _header_parts("Jane Roe | Lima")
    ((None, []), (None, ['Jane Roe']))
    """
    # "EXAMPLE WIRE - Feb 2, 2022 - 10:05 JST | Tech": dashes part a header line too
    parts = [p.strip() for p in re.split(r"\s*\|\s*|\s[-–—·/]\s", line) if p.strip()]
    when: datetime | date | None = None
    names: list[str] = []
    for i, part in enumerate(parts):
        byline = _BYLINE.match(part) or _LABELLED_BYLINE.match(part)
        if byline:
            names.extend(_authors(byline.group(1)))
            continue
        nxt = parts[i + 1] if i + 1 < len(parts) else ""
        if not names and _NAME_LINE.fullmatch(part) and (
                re.search(_JOURNALIST, nxt, re.IGNORECASE)
                or i == 0 and len(parts) == 2 and zones.is_place(nxt)
                and not zones.is_place(part) and part.split()[-1] not in _MASTHEAD_WORDS):
            names.append(part)  # "Jane Roe | Europe Correspondent | 03.05.2019", "Jane Roe | Lima"
            continue
        if when is not None or not re.search(r"\d", part):
            continue
        label = _DATE_LINE.match(part)
        value = label.group(1) if label else part
        nxt = parts[i + 1] if i + 1 < len(parts) else ""
        if re.match(r"\d{1,2}(?::|h|\.)\d{2}(?:\b|\s?[ap]\.?m)", nxt, re.IGNORECASE) \
                and not re.search(r"\d{4}", nxt):
            # "14:00 AEST", "4:12 p.m. Hong Kong time": the time after the date
            when = parse_datetime(f"{value} {nxt}")
        if when is None and re.search(r"\d{4}", value):
            when = parse_datetime(value)
            later = " ".join(parts[i + 1 :])
            posted = _POSTED_AT.search(later)
            if isinstance(when, date) and posted:
                # "Aired: 2019.07.12 21:00 | posted 21:40 KST": the page's own time
                day = when if not isinstance(when, datetime) else when.date()
                when = parse_datetime(f"{day.isoformat()} {posted.group(1)}") or when
            elif isinstance(when, datetime) and when.tzinfo is None:
                zone = _ZONE_WORD.search(later)
                when = when.replace(tzinfo=_tz(zone.group(1))) if zone else when
    return when, names


#: "Web transcript posted 21:40 KST": when a page went up, after the day it is about.
_POSTED_AT = re.compile(r"\b(?:posted|published|uploaded)\s+(?:at\s+)?(\d{1,2}:\d{2}(?:\s*[A-Z]{2,5})?)",
                        re.IGNORECASE)


def _json_line(line: str) -> dict[str, object] | None:
    """A line that is a JSON object (page metadata, related links), else None."""
    if not (line.startswith("{") and line.endswith("}")):
        return None
    try:
        value = json.loads(line)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


#: Lower-case words inside a person's name: "Ana de Roe", "Jassim bin Roe".
_NAME_PARTICLES = {"de", "van", "von", "da", "der", "den", "di", "du", "del", "dos", "das",
                   "bin", "binti", "bint", "ibn", "al", "el", "le", "la", "ter", "y"}
#: A family name joined to its Arabic article: "al-Roe", "el-Doe".
_ARTICLE_NAME = re.compile(r"(?:al|el|ul|as|ash|ad|ar|az|at|an)-[A-Z]")


def _authors(raw: str) -> list[str]:
    """Person names from a byline, without titles, outlets and sites.

    >>> _authors("Laura Hendricks, Associated Press"), _authors("LAURA HENDRICKS Associated Press")
    (['Laura Hendricks'], ['Laura Hendricks'])
    >>> _authors("KIM JI-EUN and Lee Min-ho | Example.com")
    ['Kim Ji-Eun', 'Lee Min-ho']
    >>> _authors("Jane al-Roe, John Doe")
    ['Jane al-Roe', 'John Doe']
    """
    if ";" in raw:  # "Jane Roe, Partner; John Doe, Counsel": each name before its role
        raw = ";".join(part.split(",")[0] for part in raw.split(";"))
    raw = _BYLINE_TAIL.sub("", raw.strip())
    raw = re.sub(_BYLINE_ROLE + r"\b.*$", "", raw)  # "Jane Roe, court correspondent, Example Notes"
    raw = re.sub(r",?\s+with\s+.*$", "", raw)  # "Jane Roe, with John Doe in Oslo": the author
    raw = re.sub(r"\s*\([^)]*\)", "", raw)  # "Jane Roe (Tokyo)"
    raw = re.sub(r"\s+in\s+[A-Z][\w.'’ -]*$", "", raw)  # "Jane Roe in Beijing"
    names = [n.strip(" .") for n in re.split(r",|\band\b|&|\||;|\s[-–—]\s", raw)
             if n.strip(" .") and not zones.is_place(n.strip(" ."))]  # "Jane Roe, Lima"
    out = []
    for name in names:
        if name.isupper():
            name = name.title()
        words = name.split()
        cut = next((i for i, w in enumerate(words) if w.lower().strip("()") in _NOT_A_NAME),
                   len(words))
        if cut < len(words):  # "Laura Hendricks Associated Press" -> "Laura Hendricks"
            words = words[:cut] if cut >= 2 else []
            name = " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in words)
            words = name.split()
        if not 1 <= len(words) <= 5 or "." in name.replace(". ", " ").split()[-1][1:]:
            continue
        if not all(w[:1].isupper() or w.lower() in _NAME_PARTICLES or _ARTICLE_NAME.match(w)
                   for w in words):
            continue  # a name's words are capitalised but for particles: "Jane al-Roe"
        out.append(name)
    return out


def parse_json_record(record: dict[str, object], *, source: str) -> Article:
    """One JSON Lines record (``text`` required) as an Article; its metadata wins.

    >>> parse_json_record({"id": "a1", "text": "ZTE was barred.", "title": "T",
    ...                    "published": "2021-03-02"}, source="x.jsonl:1").published
    datetime.date(2021, 3, 2)
    """
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{source}: the record has no 'text' string")
    published_raw = record.get("published") or record.get("date")
    published = None
    if published_raw is not None:
        published = parse_datetime(str(published_raw))
        if published is None:
            raise InputError(f"{source}: cannot read the date {str(published_raw)[:40]!r}")
    author = record.get("author") or record.get("authors")
    authors: tuple[str, ...] = ()
    if isinstance(author, str):
        authors = (author,)
    elif isinstance(author, list):
        authors = tuple(a for a in map(_str_or_none, author) if a)
    headline = record.get("headline") or record.get("title")
    rid = record.get("id")
    return parse_text(
        text,
        source=source,
        article_id=slug(str(rid)) if rid is not None else None,
        headline=_str_or_none(headline),
        published=published,
        authors=authors,
        publisher=_str_or_none(record.get("publisher")),
        url=_str_or_none(record.get("url")),
    )


def _str_or_none(value: object) -> str | None:
    """A JSON value as one line of clean text: strings and numbers; objects and lists are not."""
    if value is None or isinstance(value, dict | list):
        return None
    return _meta_text(str(value))


def _meta_text(value: str | None) -> str | None:
    """A metadata value (headline, name, URL) as one line: no control characters, no newlines.

    >>> _meta_text(" Huawei\\u202e\\n ban\\x00 "), _meta_text(" \\u200b ")
    ('Huawei ban', None)
    """
    if value is None:
        return None
    text = " ".join(clean_chars(value).split())
    return text or None


def parse_html(html: str, *, source: str = "<memory>", url: str | None = None) -> Article:
    """An HTML page through trafilatura: main text and metadata, no scripts or menus."""
    import trafilatura

    try:
        # parsed once: the <meta> time stamp is read off the tree before trafilatura cleans it
        tree = trafilatura.load_html(html)
        stamped = _published_meta(tree) if tree is not None else None
        doc = trafilatura.bare_extraction(
            tree if tree is not None else html, url=url, with_metadata=True,
            include_comments=False, include_tables=False
        )
    except (ValueError, TypeError, LookupError, RecursionError) as exc:
        # lxml and trafilatura give up on some broken pages with these
        raise InputError(f"{source}: cannot read the HTML ({type(exc).__name__}: {exc})"[:300]
                         ) from exc
    if doc is None:
        raise InputError(f"{source}: no article text found in the HTML")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    if not text.strip():
        raise InputError(f"{source}: no article text found in the HTML")
    published = parse_datetime(data["date"]) if data.get("date") else None
    if stamped is not None and (published is None or stamped.date() == published):
        published = stamped  # the page's own time stamp, which trafilatura cuts to the day
    author = data.get("author")
    return parse_text(
        text,
        source=source,
        headline=data.get("title") or None,
        published=published,
        authors=tuple(_authors(author)) if author else (),
        publisher=data.get("sitename") or None,
        url=url or data.get("url") or None,
    )


_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished",
                   "publishdate", "pubdate", "dc.date.issued", "sailthru.date")


def _published_meta(tree: Any) -> datetime | None:
    """The full date-time a page's ``<meta>`` tags give for its publication, if any
    (``tree``: the page as parsed by ``trafilatura.load_html``).

    >>> import trafilatura
    >>> _published_meta(trafilatura.load_html('<html><head><meta '
    ...     'property="article:published_time" content="2023-09-01T07:30:00-06:00">'
    ...     '</head><body><p>Text.</p></body></html>'))
    datetime.datetime(2023, 9, 1, 7, 30, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=64800)))
    """
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _PUBLISHED_META:
            value = parse_datetime(meta.get("content") or "")
            if isinstance(value, datetime) and value.tzinfo is not None:
                return value
    return None


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"), (b"\xef\xbb\xbf", "utf-8"),
)


def decode(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Bytes as text: UTF-8 (or UTF-16/32 with a byte order mark), with undecodable bytes
    replaced and a warning naming the first one's offset; binary data is refused.

    >>> decode(b"caf\\xc3\\xa9 \\xff ok", "a.txt")
    ('café \\ufffd ok', ('a.txt: invalid UTF-8 at byte 6; replaced undecodable bytes',))
    >>> decode(b"\\xff\\xfeh\\x00i\\x00", "b.txt")
    ('hi', ())
    """
    codec, skip = "utf-8", 0
    for bom, name in _BOMS:
        if data.startswith(bom):
            codec, skip = name, len(bom)
            break
    if codec == "utf-8" and b"\x00" in data[:_SNIFF]:
        raise InputError(f"{source}: looks like a binary file, not text")
    text, warnings = _decode(data, source, codec, skip)
    if _mostly_garbage(text[:_SNIFF]):
        raise InputError(f"{source}: looks like a binary file, not text (or text in a legacy "
                         "encoding: convert it to UTF-8)")
    return text, warnings


def _decode(data: bytes, source: str, codec: str = "utf-8", skip: int = 0,
            offset: int = 0) -> tuple[str, tuple[str, ...]]:
    """``data[skip:]`` decoded; ``offset`` is where ``data`` starts in its file."""
    body = memoryview(data)[skip:]
    try:
        return str(body, codec), ()
    except UnicodeDecodeError as exc:
        where = offset + skip + exc.start
        label = codec.split("-")[0].upper() + "-" + codec.split("-")[1]
        warning = f"{source}: invalid {label} at byte {where}; replaced undecodable bytes"
        return str(body, codec, errors="replace"), (warning,)


#: A replacement character, or a control code other than white space (\t \n \v \f \r).
_GARBAGE = re.compile("[\ufffd\x00-\x08\x0e-\x1f]")


def _mostly_garbage(sample: str) -> bool:
    """True when over a tenth of ``sample`` (and more than 8 characters) are replacement
    characters or control codes."""
    bad = len(_GARBAGE.findall(sample))
    return bad > 8 and bad * 10 > len(sample)


def _too_long(source: str, size: int, unit: str, max_chars: int) -> InputError:
    """The error for an input over the ``--max-chars`` limit (or the byte limit it implies).

    >>> print(_too_long("big.txt", 10_000_001, "bytes", 500_000))
    big.txt: 10,000,001 bytes, over the limit of 10,000,000 bytes for --max-chars 500,000 (raise --max-chars or split the input)
    """
    limit = f"{BYTES_PER_CHAR * max_chars:,} bytes for " if unit == "bytes" else ""
    return InputError(f"{source}: {size:,} {unit}, over the limit of {limit}--max-chars "
                      f"{max_chars:,} (raise --max-chars or split the input)")


def read_path(path: Path, *, max_chars: int = MAX_CHARS, **meta: object) -> Iterator[Article]:
    """Articles from one file: ``.jsonl``/``.ndjson``, ``.html``/``.htm`` or plain text.

    Keyword ``meta`` (published, url, publisher) applies to a single text file. A file
    over ``BYTES_PER_CHAR * max_chars`` bytes is refused without being read; JSON Lines
    files are read a line at a time, so they may be of any size.
    """
    source = str(path)
    limit = BYTES_PER_CHAR * max_chars
    try:
        with path.open("rb") as stream:
            if path.suffix.lower() in _JSONL:
                yield from _read_jsonl_stream(stream, source, max_chars)
                return
            size = os.fstat(stream.fileno()).st_size
            if size > limit:
                raise _too_long(source, size, "bytes", max_chars)
            data = stream.read(limit + 1)  # bounded: a device or pipe reports no size
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    yield from read_bytes(data, source=source, name=path.name, max_chars=max_chars, **meta)


_JSONL = {".jsonl", ".ndjson"}
_HTML = {".html", ".htm", ".xhtml"}


def read_bytes(
    data: bytes, *, source: str, name: str = "", max_chars: int = MAX_CHARS, **meta: object
) -> Iterator[Article]:
    """Articles from the bytes of one input, the format chosen by ``name``'s suffix.

    Raises :class:`InputError` for an empty, binary or too long input; a bad JSON
    Lines record is yielded as a :class:`FailedArticle` and the others still are read.
    """
    if not data or data.isspace():
        raise InputError(f"{source}: the file is empty")
    suffix = Path(name).suffix.lower()
    if suffix in _JSONL:
        yield from _read_jsonl_stream(io.BytesIO(data), source, max_chars)
        return
    if len(data) > BYTES_PER_CHAR * max_chars:
        raise _too_long(source, len(data), "bytes", max_chars)
    text, warnings = decode(data, source)
    if suffix in _HTML or _looks_like_html(text):
        article = parse_html(text, source=source, url=_opt(meta.get("url")))
        if len(article.text) > max_chars:
            raise _too_long(source, len(article.text), "characters of text", max_chars)
    else:
        if len(text) > max_chars:
            raise _too_long(source, len(text), "characters", max_chars)
        article = parse_text(text, source=source, article_id=slug(Path(name).stem) if name else None)
    if article.published is None and name:
        article = replace(article, published=date_in_name(name))
    yield _with_meta(article, meta, warnings)


def date_in_name(name: str) -> date | None:
    """The ISO date a file name carries, the last resort for an undated article.

    Scrapers and archives commonly name files by publication date.

    >>> date_in_name("ap-2020-09-04-serbia-kosovo-5g.txt")
    datetime.date(2020, 9, 4)
    >>> date_in_name("report-2020-13-45.txt") is None, date_in_name("notes.txt") is None
    (True, True)
    """
    m = re.search(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", Path(name).stem)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def _opt(value: object) -> str | None:
    return _meta_text(str(value)) if value else None


def _with_meta(article: Article, meta: dict[str, object], warnings: tuple[str, ...]) -> Article:
    published = meta.get("published")
    if isinstance(published, str):
        published = parse_datetime(published)
    return replace(
        article,
        published=published if isinstance(published, date) else article.published,
        url=_opt(meta.get("url")) or article.url,
        publisher=_opt(meta.get("publisher")) or article.publisher,
        warnings=article.warnings + warnings,
    )


def _line_limit(max_chars: int) -> int:
    """The longest JSON Lines record read, in bytes: a text of ``max_chars`` characters, each
    written as a ``\\uXXXX`` surrogate pair at worst, plus a megabyte of metadata."""
    return 12 * max_chars + (1 << 20)


def _read_jsonl_stream(stream: IO[bytes], source: str, max_chars: int) -> Iterator[Article]:
    """JSON Lines records, one line in memory at a time; bad records become FailedArticles."""
    limit = _line_limit(max_chars)
    if stream.seekable():
        if b"\x00" in stream.read(_SNIFF):
            raise InputError(f"{source}: looks like a binary file, not JSON Lines")
        stream.seek(0)
    offset = 0
    records = 0
    for lineno in itertools.count(1):
        line = stream.readline(limit + 1)
        if not line:
            break
        start, offset = offset, offset + len(line)
        where = f"{source}:{lineno}"
        if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
            line, start = line[3:], start + 3
        if len(line) > limit:
            while line and not line.endswith(b"\n"):  # skip the rest of the line unread
                line = stream.readline(1 << 20)
                offset += len(line)
            records += 1
            yield _failed(where, f"the line is over {limit:,} bytes, too long for --max-chars "
                                 f"{max_chars:,}")
            continue
        if line.isspace():
            continue
        records += 1
        text, warnings = _decode(line, where, offset=start)
        article = _jsonl_record(text, where, max_chars)
        yield replace(article, warnings=article.warnings + warnings) if warnings else article
    if records == 0:
        raise InputError(f"{source}: the file is empty")


def _jsonl_record(line: str, where: str, max_chars: int) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return _failed(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:  # [[[[...]]]]
        return _failed(where, "malformed JSON (nested too deeply)")
    except ValueError as exc:  # a 5,000-digit number
        why = "a number with too many digits" if "digits" in str(exc) else str(exc)[:100]
        return _failed(where, f"malformed JSON ({why})")
    if not isinstance(record, dict):
        return _failed(where, "a JSON Lines record must be an object")
    text_value = record.get("text")
    if isinstance(text_value, str) and len(text_value) > max_chars:
        return _failed(where, str(_too_long(where, len(text_value), "characters", max_chars)
                                  ).removeprefix(f"{where}: "))
    try:
        return parse_json_record(record, source=where)
    except InputError as exc:
        return _failed(where, str(exc).removeprefix(f"{where}: "))


class FailedArticle(Article):
    """Marker subclass: a record that could not be read (``warnings[0]`` says why)."""


def _failed(where: str, why: str) -> Article:
    return FailedArticle(id="", text="", source=where, warnings=(f"{where}: {why}",))


def iter_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to read: files as given, directories walked for known suffixes, sorted."""
    suffixes = {".txt", ".text", ".md", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml"}
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in suffixes)
        else:
            yield path

"""Dates, durations and ordinals as written in news, resolved to XSD values.

>>> from datetime import date
>>> ref = date(2020, 10, 15)
>>> resolve_date("Oct. 14", ref), resolve_date("in August", ref), resolve_date("on Tuesday", ref)
(('2020-10-14', 'date'), ('2020-08', 'gYearMonth'), ('2020-10-13', 'date'))
>>> resolve_date("on Thursday", ref)  # the article's own weekday is that day
('2020-10-15', 'date')
>>> resolve_date("last month", ref), resolve_date("last year", ref)
(('2020-09', 'gYearMonth'), ('2019', 'gYear'))
>>> duration("three hours and 15 minutes"), ordinal("fifth"), ordinal("inaugural")
('PT3H15M', 5, 1)
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "half": 0,
}
ORDINALS = {
    "first": 1, "inaugural": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
#: A month's name or its abbreviation, for patterns compiled case-insensitive ("Nov.",
#: "September", "sept").
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)[a-z]*\.?"
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)[a-z]*\.?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{{4}}))?", re.I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(\d{{4}}))?", re.I)
_MONTH_ONLY = re.compile(rf"^(?:in|during|since|last|this|early|late|mid-?|of)?\s*{_MONTH}"
                         rf"(?:\s+(\d{{4}}|last year|this year))?$", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_YEAR = re.compile(rf"\b{_MONTH},?\s+((?:19|20)\d\d)\b", re.I)  # "December 2018"
_YEAR = re.compile(r"^(?:in|during|since)?\s*((?:19|20)\d\d)$", re.I)


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:4] if word.lower().startswith("sept") else word.lower()[:3]]


def _past_year(month: int, day: int, ref: date) -> int:
    """The year that puts month/day on or before ``ref`` (news reports the past), or at
    most six weeks after it (a summit, a deadline or a vote the report looks ahead to).

    >>> _past_year(11, 15, date(2022, 11, 3)), _past_year(12, 20, date(2022, 1, 5))
    (2022, 2021)
    """
    try:
        return ref.year if date(ref.year, month, day) <= ref + timedelta(days=42) else ref.year - 1
    except ValueError:
        return ref.year


def resolve_date(text: str, ref: date | None, *, ahead: bool = False,
                 context: str = "") -> tuple[str, str] | None:
    """An expression as (lexical value, XSD type), or None when it cannot be resolved.

    The type is ``date``, ``gYearMonth`` or ``gYear``, as precise as the text. A weekday
    is the last one on or before ``ref``, or with ``ahead`` (a verb in the future: "will
    meet on Monday", "is hosting talks on Monday") the next one on or after it. A day
    without a year takes the year the ``context`` (its sentence) gives the same month.

    >>> resolve_date("on Monday", date(2020, 9, 4)), resolve_date("Monday", date(2020, 9, 4), ahead=True)
    (('2020-08-31', 'date'), ('2020-09-07', 'date'))
    >>> resolve_date("December 5", date(2023, 5, 29), context="in December 2018, on December 5")
    ('2018-12-05', 'date')
    >>> resolve_date("in October last year", date(2023, 7, 4))
    ('2022-10', 'gYearMonth')
    >>> resolve_date("25 August", date(2021, 6, 15)), resolve_date("25 August", date(2021, 6, 15), ahead=True)
    (('2020-08-25', 'date'), ('2021-08-25', 'date'))
    """
    raw = text.strip().lower()
    m = _ISO.search(raw)
    if m:
        return m.group(0), "date"
    m = _MONTH_DAY.search(raw) or _DAY_MONTH.search(raw)
    if m:
        if m.re is _MONTH_DAY:
            month, day, year = _month(m.group(1)), int(m.group(2)), m.group(3)
        else:
            day, month, year = int(m.group(1)), _month(m.group(2)), m.group(3)
        if not 1 <= day <= 31:
            return None
        stated = next((y for name, y in _MONTH_YEAR.findall(context) if _month(name) == month),
                      None) if year is None and context else None
        if stated is not None:  # "during the visit in December 2018 ... on December 5"
            year = stated
        elif year is None:
            if ref is None:
                return None
            year = str(_past_year(month, day, ref))
            if ahead and date(int(year), month, min(day, 28)) < ref - timedelta(days=7):
                year = str(int(year) + 1)  # "will meet on 25 August": the next 25 August
            if re.search(r"\b(?:last|previous) year\b", raw):  # "Sept. 10 last year"
                year = str(ref.year - 1)
            elif re.search(r"\bthis year\b", raw):
                year = str(ref.year)
        try:
            return date(int(year), month, day).isoformat(), "date"
        except ValueError:
            return None
    m = _MONTH_ONLY.match(raw)
    if m:
        month = _month(m.group(1))
        year = m.group(2)
        if year in {"last year", "this year"} and ref is not None:  # "October last year"
            year = str(ref.year - (year == "last year"))
        elif year in {"last year", "this year"}:
            return None
        if year is None:
            if ref is None:
                return None
            year = str(ref.year if month <= ref.month else ref.year - 1)
        return f"{int(year):04d}-{month:02d}", "gYearMonth"
    m = _YEAR.match(raw)
    if m:
        return m.group(1), "gYear"
    if ref is None:
        return None
    return _relative(raw, ref, ahead)


def _relative(raw: str, ref: date, ahead: bool = False) -> tuple[str, str] | None:
    month_back = {"last month": 1, "this month": 0, "earlier this month": 0,
                  "earlier in the month": 0, "the previous month": 1}
    if raw in month_back:
        year, month = ref.year, ref.month - month_back[raw]
        if month < 1:
            year, month = year - 1, month + 12
        return f"{year:04d}-{month:02d}", "gYearMonth"
    if raw in {"last year", "the previous year"}:
        return str(ref.year - 1), "gYear"
    if raw in {"this year", "earlier this year"}:
        return str(ref.year), "gYear"
    if raw.startswith("next ") or raw.startswith("on next "):
        ahead, raw = True, raw.removeprefix("on ").removeprefix("next ")
    elif re.match(r"(?:on\s+)?(?:last|this past)\s", raw):
        ahead = False
    raw = re.sub(r"^(?:on|last|this past|earlier this|this)\s+", "", raw)
    if raw in {"today", "this morning", "tonight", "this afternoon", "this evening"}:
        return ref.isoformat(), "date"
    if raw in {"yesterday", "yesterday morning", "yesterday afternoon", "last night"}:
        return (ref - timedelta(days=1)).isoformat(), "date"
    if raw in {"tomorrow"}:
        return (ref + timedelta(days=1)).isoformat(), "date"
    for i, name in enumerate(WEEKDAYS):
        if raw.startswith(name):
            if ahead:
                return (ref + timedelta(days=(i - ref.weekday()) % 7)).isoformat(), "date"
            back = (ref.weekday() - i) % 7
            return (ref - timedelta(days=back)).isoformat(), "date"
    return None


def _half(number: str) -> str:
    """"two" -> "2.5": a number and a half, as digits."""
    value = float(number) if number[0].isdigit() else NUMBERS.get(number)
    return f"{value + 0.5:g}" if value is not None else f"{number} and a half"


def duration(text: str) -> str | None:
    """An XSD duration for "three hours and 15 minutes", "90 minutes", "an hour".

    >>> duration("90 minutes"), duration("an hour and a half"), duration("three days")
    ('PT1H30M', 'PT1H30M', 'P3D')
    >>> duration("two and a half hours"), duration("five hour")
    ('PT2H30M', 'PT5H')
    """
    raw = text.lower().replace("-", " ")
    # "two and a half hours": the half belongs to the number before it
    raw = re.sub(r"\b([a-z]+|\d+) and a half (hours?|days?)\b",
                 lambda m: f"{_half(m.group(1))} {m.group(2)}", raw)
    total_minutes = 0.0
    days = 0
    found = False
    for num, unit in re.findall(r"(\d+(?:\.\d+)?|[a-z]+)\s+(hours?|minutes?|mins?|days?)\b", raw):
        value = float(num) if num[0].isdigit() else NUMBERS.get(num)
        if value is None:
            continue
        found = True
        if unit.startswith("hour"):
            total_minutes += value * 60
        elif unit.startswith("day"):
            days += int(value)
        else:
            total_minutes += value
    if re.search(r"\band a half\b|\bhalf an hour\b", raw):
        total_minutes += 30
        found = True
    if not found:
        return None
    if days and not total_minutes:
        return f"P{days}D"
    hours, minutes = divmod(int(round(total_minutes)), 60)
    out = "P" + (f"{days}D" if days else "") + "T"
    out += (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    return out if out != "PT" else None


def ordinal(text: str) -> int | None:
    """An ordinal number word or numeral ("fifth", "5th", "inaugural") as an int."""
    raw = text.lower().strip()
    if raw in ORDINALS:
        return ORDINALS[raw]
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", raw)
    return int(m.group(1)) if m else None

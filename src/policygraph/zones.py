"""Time zones of article headers: zone words, "Berlin time", and a page's home country.

A header time with a written zone keeps it ("09:30 CEST" is read in ``articles``);
this module reads the zones written as words ("7:30 a.m. ET", "09:15 (Berlin time)",
"Beijing time") with their daylight-saving offset on that day, and gives a time written
without any zone the zone of the country the page comes from: a known news outlet's
("Source: Xinhua") or the country its masthead names ("Ministry of Foreign Affairs of
Ruritania"). The zone database is pytz's (a dependency of dateparser, declared too).
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timezone
from functools import cache
from importlib import resources
from typing import Any

import pytz

#: North American zone words, whose offset depends on the date.
_ZONE_WORDS = {
    "ET": "America/New_York", "Eastern Time": "America/New_York",
    "CT": "America/Chicago", "Central Time": "America/Chicago",
    "MT": "America/Denver", "Mountain Time": "America/Denver",
    "PT": "America/Los_Angeles", "Pacific Time": "America/Los_Angeles",
}
_ZONE_WORD = re.compile(r"\b(" + "|".join(sorted(_ZONE_WORDS, key=len, reverse=True)) + r")\b")
_CITY_TIME = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+[Tt]ime\b")


def _data(name: str) -> Any:
    """A JSON data file of the package (``linking`` has its own reader, but imports the
    readers, which import this module)."""
    return json.loads(resources.files("policygraph.data").joinpath(name).read_text("utf-8"))


@cache
def _countries() -> dict[str, dict[str, object]]:
    return {k: v for k, v in _data("countries.json").items() if not k.startswith("_")}


@cache
def _cities() -> dict[str, str]:
    """City name -> zone: the zone database's own cities, then each country's capitals."""
    cities = {name.rsplit("/", 1)[-1].replace("_", " "): name for name in pytz.common_timezones
              if "/" in name}
    for code, info in _countries().items():
        zone = country_zone(code)
        for capital in info.get("capitals", ()):  # type: ignore[attr-defined]
            if zone is not None and isinstance(capital, str):
                cities.setdefault(capital, zone)
    return cities


@cache
def _outlets() -> dict[str, str]:
    """News outlets and agencies -> ISO country code (``data/outlets.json``)."""
    return {name.lower(): code for name, code in _data("outlets.json")["outlets"].items()}


def is_outlet(name: str) -> bool:
    """Whether ``name`` is a news outlet's or agency's ("Reuters", "Yonhap News Agency").

    >>> is_outlet("Reuters"), is_outlet("Huawei")
    (True, False)
    """
    outlets = _outlets()
    return name.lower() in outlets or name.lower().removesuffix(" news agency") in outlets


@cache
def _country_names() -> list[tuple[re.Pattern[str], str]]:
    found = []
    for code, info in _countries().items():
        if info.get("ambiguous"):
            continue
        names = [info.get("name"), *info.get("aliases", ()),  # type: ignore[misc]
                 *info.get("demonyms", ())]
        for name in names:
            if isinstance(name, str) and len(name) > 3:
                found.append((re.compile(r"\b" + re.escape(name) + r"\b"), code))
    found.sort(key=lambda p: -len(p[0].pattern))
    return found


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@cache
def _places() -> frozenset[str]:
    names = {_plain(c) for c in _cities()}
    for info in _countries().values():
        names.update(_plain(n) for n in [info.get("name"), *info.get("aliases", ())]  # type: ignore[misc]
                     if isinstance(n, str))
    return frozenset(names)


def is_place(name: str) -> bool:
    """Whether ``name`` is a city of the zone database, a capital or a country.

    >>> is_place("São Paulo"), is_place("Bucharest"), is_place("Kenya"), is_place("Jane Roe")
    (True, True, True, False)
    """
    return _plain(name.strip()) in _places()


def country_zone(code: str) -> str | None:
    """The main zone of a country: the first pytz lists (its capital's, mostly).

    >>> country_zone("JP"), country_zone("KE")
    ('Asia/Tokyo', 'Africa/Nairobi')
    """
    zones = pytz.country_timezones.get(code.upper())
    return zones[0] if zones else None


def zone_in(text: str) -> tuple[str, str] | None:
    """A zone written as words in a header value, and the words.

    >>> zone_in("7:30 a.m. ET")
    ('America/New_York', 'ET')
    >>> zone_in("12/04/2022 - 09:15 (Berlin time)")
    ('Europe/Berlin', 'Berlin time')
    >>> zone_in("21:30 Beijing time"), zone_in("18:05 (Beijing Time)")
    (('Asia/Shanghai', 'Beijing time'), ('Asia/Shanghai', 'Beijing Time'))
    >>> zone_in("Tuesday 9 May") is None
    True
    """
    m = _ZONE_WORD.search(text)
    if m:
        return _ZONE_WORDS[m.group(1)], m.group(0)
    for m in _CITY_TIME.finditer(text):
        zone = _cities().get(m.group(1))
        if zone is not None:
            return zone, m.group(0)
    return None


def page_country(*lines: str) -> str | None:
    """The country a page comes from: a known outlet named in ``lines``, else a
    country its masthead names.

    >>> page_country("Xinhua")
    'CN'
    >>> page_country("Ministry of Foreign Affairs of the Republic of Korea")
    'KR'
    >>> page_country("Example Ledger | Swedish Post Authority")
    'SE'
    >>> page_country("Example Ledger") is None
    True
    """
    outlets = _outlets()
    for line in lines:
        low = line.lower().strip()
        if low in outlets:
            return outlets[low]
        for word in re.split(r"\s*[|:,–—-]\s*", low):
            if word.strip() in outlets:
                return outlets[word.strip()]
    for line in lines:
        for pattern, code in _country_names():
            if pattern.search(line):
                return code
    return None


#: Zone letters several zones use, and the offset each country that writes them means
#: (hours); elsewhere the letters keep the offset the parser gave them.
_SHARED_LETTERS: dict[str, dict[str, float]] = {
    # Arabia Standard Time, not Atlantic
    "AST": {c: 3 for c in ("SA", "KW", "IQ", "QA", "BH", "YE")},
    # Irish and Israel Standard Time, not India's
    "IST": {"IE": 1, "IL": 2},
    # Central Standard Time of the Americas, not China's
    "CST": {**{c: -6 for c in ("US", "CA", "MX", "GT", "HN", "SV", "NI", "CR", "BZ")},
            "CU": -5},
}
_LETTERS = re.compile(r"\b(" + "|".join(_SHARED_LETTERS) + r")\b")


def shared_letters_offset(text: str, country: str | None) -> float | None:
    """The offset, in hours, of zone letters in ``text`` that several zones use, as the
    page's ``country`` means them; None when the letters are not shared or the country
    is not one that reads them otherwise.

    >>> shared_letters_offset("Published 9:10 a.m. AST Nov. 20, 2025", "KW")
    3
    >>> shared_letters_offset("10:00 IST", "IN") is None, shared_letters_offset("10:00", "KW")
    (True, None)
    """
    m = _LETTERS.search(text)
    if m is None or country is None:
        return None
    return _SHARED_LETTERS[m.group(1)].get(country)


def place_zone(place: str) -> tuple[str, str] | None:
    """The zone and country of a dateline's place: a city of the zone database, a
    capital, or a country it names.

    >>> place_zone("KUWAIT CITY"), place_zone("KINGSTON, Jamaica")
    (('Asia/Kuwait', 'KW'), ('America/Jamaica', 'JM'))
    >>> place_zone("Springfield") is None
    True
    """
    for part in (p.strip() for p in place.split(",")):
        zone = _cities().get(part.title()) if part else None
        if zone is not None:
            return zone, zone_country(zone) or ""
    code = page_country(place.title())
    zone = country_zone(code) if code else None
    return (zone, code) if zone is not None and code is not None else None


@cache
def _zone_countries() -> dict[str, str]:
    return {zone: code for code, zones in pytz.country_timezones.items() for zone in zones}


def zone_country(zone: str) -> str | None:
    """The country of a zone of the database: "Asia/Kuwait" -> "KW"."""
    return _zone_countries().get(zone)


def localize(when: datetime, zone: str) -> datetime:
    """``when`` (naive, local time) in ``zone``, with that day's offset.

    >>> localize(datetime(2023, 1, 13, 7, 30), "America/New_York").isoformat()
    '2023-01-13T07:30:00-05:00'
    >>> localize(datetime(2022, 4, 12, 9, 15), "Europe/Berlin").isoformat()
    '2022-04-12T09:15:00+02:00'
    """
    aware = pytz.timezone(zone).localize(when.replace(tzinfo=None))
    offset = aware.utcoffset()
    return when.replace(tzinfo=timezone(offset)) if offset is not None else when

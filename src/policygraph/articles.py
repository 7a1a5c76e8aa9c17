"""Reading inputs into :class:`~policygraph.model.Article`.

Three readers share one model: scraped plain text with header lines, JSON Lines
(one article per line) and HTML pages (through trafilatura). Each cleans the
text once; evidence offsets refer to ``Article.text``.

>>> art = parse_text("Huawei shut out\\n\\nPosted on : 2020-10-15 17:12 KST\\n"
...                  "Britain barred Huawei.\\n\\nBy Jane Doe, staff reporter\\n\\nRelated stories")
>>> art.headline, art.published.isoformat(), art.authors
('Huawei shut out', '2020-10-15T17:12:00+09:00', ('Jane Doe',))
>>> art.text
'Huawei shut out\\n\\nBritain barred Huawei.'
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from policygraph.errors import InputError
from policygraph.model import Article

#: Default largest article, in characters, that is processed.
MAX_CHARS = 2_000_000

TZ_OFFSETS = {
    "KST": 9, "JST": 9, "HKT": 8, "SGT": 8, "CST": 8, "BJT": 8, "PHT": 8, "IST": 5.5,
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
    "MSK": 3, "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AEST": 10, "AEDT": 11, "AWST": 8, "NZST": 12, "NZDT": 13, "BRT": -3,
}

_DATE_LINE = re.compile(
    r"^(?:posted|published|updated|modified|date|first published|last updated)\b\s*(?:on)?\s*[:\-]?\s*(.+)$",
    re.IGNORECASE,
)
_ISO_DT = re.compile(
    r"(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*"
    r"(Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5})?"
)
_BYLINE = re.compile(
    r"^(?:(?:analysis|opinion|commentary|story|words|text|report|interview)\s+)?"
    r"(?:by|written by|reporting by)\s+(.+)$", re.IGNORECASE)
_SOCIAL = re.compile(
    r"^(?:(?:facebook|twitter|x|email|e-mail|whatsapp|linkedin|reddit|print|share|telegram|"
    r"pinterest|copy link|flipboard|line|kakaotalk)\s*[|·•,]?\s*)+$", re.IGNORECASE)
_NOT_A_NAME = {
    "press", "associated", "news", "agency", "reuters", "times", "post", "staff", "reporter",
    "correspondent", "editor", "writer", "service", "bureau", "daily", "journal", "herald",
    "tribune", "wire", "media", "online", "desk", "team", "afp", "ap", "yonhap", "xinhua",
}
_BYLINE_TAIL = re.compile(
    r",\s*(?:staff|senior|chief|special|foreign|political|tech|technology|business|"
    r"correspondent|reporter|writer|editor|contributor|the\b|in\b|for\b).*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.]+)?)"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w&. -]{1,30})\))?\s*(?:--|—|–|-|:)\s+"
)
_FURNITURE = re.compile(
    r"^(?:please direct comments.*|button that .*|share( this( article| story)?)?|advertisement|"
    r"subscribe.*|sign up.*|follow us.*|click here.*|read more.*|copyright\b.*|©.*|"
    r"all rights reserved.*|print|email|tweet|facebook|twitter|linkedin|whatsapp|"
    r"for immediate release|media contact.*|press contact.*|contact:.*|tags?:.*|"
    r"\[?[\w.+-]+@[\w-]+\.[\w.]+\]?)$",
    re.IGNORECASE,
)
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


def clean_chars(text: str) -> str:
    """Normalise line ends and drop control, bidi and zero-width characters.

    >>> clean_chars("a\\u200bb\\r\\nc\\u202e\\x07d")
    'ab\\ncd'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        ch for ch in text
        if ch in "\n\t" or unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn"}
    )


def parse_datetime(raw: str) -> datetime | date | None:
    """A date or date-time from a header value, keeping its offset.

    >>> parse_datetime("2020-10-15 17:12 KST").isoformat()
    '2020-10-15T17:12:00+09:00'
    >>> parse_datetime("June 25, 2021")
    datetime.date(2021, 6, 25)
    """
    raw = raw.strip()
    m = _ISO_DT.search(raw)
    if m:
        day = date.fromisoformat(m.group(1))
        if m.group(2) is None:
            return day
        tz = _tz(m.group(5))
        return datetime(day.year, day.month, day.day, int(m.group(2)), int(m.group(3)),
                        int(m.group(4) or 0), tzinfo=tz)
    try:
        return _parse_loose(raw)
    except ValueError:
        return None


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


def _parse_loose(raw: str) -> datetime | date | None:
    import dateparser  # slow to import: only when a header needs it

    tzm = re.search(r"\b([A-Z]{2,5})\s*$", raw)
    tz = _tz(tzm.group(1)) if tzm else None
    text = raw[: tzm.start()].strip() if tzm and tz else raw
    has_time = bool(re.search(r"\d{1,2}:\d{2}|\b\d{1,2}\s*[ap]\.?m\b", text, re.IGNORECASE))
    parsed = dateparser.parse(
        text, languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["year"]}
    )
    if parsed is None:
        return None
    when: datetime = parsed
    if not has_time:
        return when.date()
    return when.replace(tzinfo=tz) if tz else when


def _looks_like_headline(line: str) -> bool:
    return 0 < len(line) <= 200 and not _DATELINE.match(line) and not line.endswith((".", ":"))


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
    lines = [ln.strip() for ln in text.split("\n")]
    seen: set[str] = set()
    body: list[str] = []
    found_date: datetime | date | None = None
    found_authors: list[str] = []
    dateline = found_publisher = None
    first_short: str | None = None
    for line in lines:
        if not line:
            if body and body[-1] != "":
                body.append("")
            continue
        if _TRAILER.match(line):
            break
        m = _DATE_LINE.match(line)
        if m and len(line) < 160:
            value = re.split(r"\s+(?:modified|updated)\b", m.group(1), flags=re.IGNORECASE)[0]
            found_date = found_date or parse_datetime(value)
            continue
        if found_date is None and published is None and len(line) < 40 and len(body) < 6:
            bare = parse_datetime(line) if re.search(r"\d{4}", line) else None
            if bare is not None:
                found_date = bare
                continue
        m = _BYLINE.match(line)
        if m and len(line) < 120:
            found_authors.extend(_authors(m.group(1)))
            continue
        if _FURNITURE.match(line) or _SOCIAL.match(line) or line in seen:
            continue
        seen.add(line)
        if headline is None and len(body) < 8 and _looks_like_headline(line):
            # the first title-like line of several words; press releases open with
            # a short office name ("Office of Public Affairs") before the headline
            if len(line.split()) >= 5:
                headline = line
            elif first_short is None:
                first_short = line
        dm = _DATELINE.match(line) if dateline is None else None
        if dm and (dm.group("agency") or dm.group("date")) and len(line) > 60:
            dateline = dm.group("place").strip().rstrip(",")
            found_publisher = dm.group("agency")
            if dm.group("date") and found_date is None and published is None:
                found_date = _dateline_date(dm.group("date"))
            line = line[dm.end():]
        body.append(line)
    cleaned = "\n".join(body).strip()
    headline = headline or first_short
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


def _dateline_date(raw: str) -> date | None:
    """A dateline date has no year; it is left unresolved unless a year is known."""
    del raw
    return None


def _authors(raw: str) -> list[str]:
    """Person names from a byline, without titles, outlets and sites.

    >>> _authors("Laura Hendricks, Associated Press"), _authors("LAURA HENDRICKS Associated Press")
    (['Laura Hendricks'], ['Laura Hendricks'])
    >>> _authors("KIM JI-EUN and Lee Min-ho | Example.com")
    ['Kim Ji-Eun', 'Lee Min-ho']
    """
    raw = _BYLINE_TAIL.sub("", raw.strip())
    names = [n.strip(" .") for n in re.split(r",|\band\b|&|\||;|\s[-–—]\s", raw)
             if n.strip(" .")]
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
        if not all(w[:1].isupper() for w in words if w.lower() not in {"de", "van", "von", "da"}):
            continue
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
        authors = tuple(str(a) for a in author)
    headline = record.get("headline") or record.get("title")
    rid = record.get("id")
    return parse_text(
        text,
        source=source,
        article_id=slug(str(rid)) if rid is not None else None,
        headline=str(headline) if headline else None,
        published=published,
        authors=authors,
        publisher=_str_or_none(record.get("publisher")),
        url=_str_or_none(record.get("url")),
    )


def _str_or_none(value: object) -> str | None:
    return str(value) if value is not None and str(value).strip() else None


def parse_html(html: str, *, source: str = "<memory>", url: str | None = None) -> Article:
    """An HTML page through trafilatura: main text and metadata, no scripts or menus."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None:
        raise InputError(f"{source}: no article text found in the HTML")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    if not text.strip():
        raise InputError(f"{source}: no article text found in the HTML")
    published = parse_datetime(data["date"]) if data.get("date") else None
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


def decode(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Bytes as text: UTF-8, with replacement and a warning at the first bad byte."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        warning = f"{source}: invalid UTF-8 at byte {exc.start}; replaced undecodable bytes"
        return data.decode("utf-8", errors="replace"), (warning,)


def read_path(path: Path, *, max_chars: int = MAX_CHARS, **meta: object) -> Iterator[Article]:
    """Articles from one file: ``.jsonl``/``.ndjson``, ``.html``/``.htm`` or plain text.

    Keyword ``meta`` (published, url, publisher) applies to a single text file.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    yield from read_bytes(data, source=str(path), name=path.name, max_chars=max_chars, **meta)


def read_bytes(
    data: bytes, *, source: str, name: str = "", max_chars: int = MAX_CHARS, **meta: object
) -> Iterator[Article]:
    """Articles from the bytes of one input, the format chosen by ``name``'s suffix."""
    if not data.strip():
        raise InputError(f"{source}: the file is empty")
    text, warnings = decode(data, source)
    suffix = Path(name).suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        yield from _read_jsonl(text, source, max_chars)
        return
    if len(text) > max_chars:
        raise InputError(f"{source}: {len(text):,} characters is over --max-chars {max_chars:,}")
    if suffix in {".html", ".htm", ".xhtml"} or _looks_like_html(text):
        article = parse_html(text, source=source, url=_opt(meta.get("url")))
    else:
        article = parse_text(text, source=source, article_id=slug(Path(name).stem) if name else None)
    yield _with_meta(article, meta, warnings)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def _opt(value: object) -> str | None:
    return str(value) if value else None


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


def _read_jsonl(text: str, source: str, max_chars: int) -> Iterator[Article]:
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _failed(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield _failed(where, "a JSON Lines record must be an object")
            continue
        text_value = record.get("text")
        if isinstance(text_value, str) and len(text_value) > max_chars:
            yield _failed(where, f"{len(text_value):,} characters is over --max-chars {max_chars:,}")
            continue
        try:
            yield parse_json_record(record, source=where)
        except InputError as exc:
            yield _failed(where, str(exc).removeprefix(f"{where}: "))


class FailedArticle(Article):
    """Marker subclass: a record that could not be read (``warnings[0]`` says why)."""


def _failed(where: str, why: str) -> Article:
    return FailedArticle(id="", text="", source=where, warnings=(f"{where}: {why}",))


def iter_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to read: files as given, directories walked for known suffixes, sorted."""
    suffixes = {".txt", ".text", ".md", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml"}
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in suffixes)
        else:
            yield path

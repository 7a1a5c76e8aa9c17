"""Fuzz target for the article readers (atheris): any bytes, as any input type.

Every input is read as a plain-text file, a JSON Lines file and an HTML page. The
readers may refuse it only with :class:`~policygraph.errors.InputError`; what they
return must be clean (no control, bidi or zero-width characters) and within the
``max_chars`` limit. Run it with atheris (``pip install -e '.[fuzz]'``)::

    python fuzz/fuzz_readers.py fuzz/corpus -max_total_time=300

Without atheris, ``tests/test_fuzz_readers.py`` runs :func:`check_input` over the
corpus and a few hundred seeded mutations of it, as CI does.
"""

from __future__ import annotations

import sys
import unicodedata

MAX_CHARS = 20_000
NAMES = ("fuzz.txt", "fuzz.jsonl", "fuzz.html")
_FORBIDDEN = {"Cc", "Cf", "Cs", "Co", "Cn"}


def _clean(text: str) -> bool:
    return all(ch in "\n\t" or unicodedata.category(ch) not in _FORBIDDEN for ch in text)


def check_input(data: bytes) -> int:
    """Read ``data`` as each input type; return how many articles came out.

    Raises AssertionError (or whatever the readers raised) when a reader misbehaves.
    """
    from policygraph.articles import FailedArticle, parse_datetime, read_bytes
    from policygraph.build import language_problem
    from policygraph.errors import InputError

    found = 0
    for name in NAMES:
        try:
            articles = list(read_bytes(data, source=name, name=name, max_chars=MAX_CHARS))
        except InputError as exc:
            assert str(exc).startswith(name), exc
            continue
        for art in articles:
            if isinstance(art, FailedArticle):
                assert art.warnings and art.warnings[0].startswith(name), art
                continue
            found += 1
            assert art.text.strip() and len(art.text) <= MAX_CHARS, art.source
            assert _clean(art.text), repr(art.text[:200])
            for value in (art.headline, art.publisher, art.url, art.dateline, *art.authors):
                assert value is None or (value.strip() and _clean(value) and "\n" not in value), \
                    repr(value)
            language_problem(art.text)
    text = data.decode("utf-8", errors="replace")
    for line in text.splitlines()[:3]:
        parse_datetime(line)
    return found


def main() -> None:
    import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]

    with atheris.instrument_imports(include=["policygraph"]):
        import policygraph.articles  # noqa: F401
        import policygraph.build  # noqa: F401

    atheris.Setup(sys.argv, check_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

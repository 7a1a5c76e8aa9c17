"""The main job: inputs -> articles -> extractions -> dataset, with nothing lost.

A bad input never stops the batch: it is recorded as a :class:`Failure` (with the
reason, and the input a rerun should be given) and the rest still builds. An
article that is not in English is skipped the same way, with a note.

>>> language_problem("Die Bundesregierung hat am Mittwoch beschlossen, dass Netzbetreiber "
...                  "kritische Komponenten des chinesischen Herstellers Huawei bis 2026 aus "
...                  "dem Kernnetz entfernen müssen.")
'the text does not look like English (0% of its 20 words are common English words)'
>>> language_problem("Britain barred Huawei from its 5G networks on Tuesday.") is None
True
"""

from __future__ import annotations

import functools
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from policygraph.articles import (
    BYTES_PER_CHAR,
    MAX_CHARS,
    FailedArticle,
    iter_inputs,
    read_bytes,
    read_path,
)
from policygraph.errors import InputError, ModelNotFoundError
from policygraph.graph import add_extraction, article_iri, new_dataset
from policygraph.model import Article, Extraction
from policygraph.parallel import Engine, chunks, map_chunks
from policygraph.pipeline import extract


@dataclass(frozen=True)
class Failure:
    """An input that could not be used, and why.

    ``source`` says where (a file, ``file.jsonl:3`` or ``<stdin>``), ``reason`` is the
    message, and ``path`` the input a rerun should be given when it is not ``source``
    (the file that holds a bad JSON Lines record, ``-`` for standard input).
    """

    source: str
    reason: str
    path: str | None = None

    @property
    def rerun(self) -> str:
        """The input to give ``policygraph build`` to try this one again."""
        return self.source if self.path is None else self.path


@dataclass
class BuildResult:
    """The dataset built and what happened on the way."""

    dataset: Dataset
    articles: int = 0
    facts: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0


# The 110 most frequent English function words: about 35-40% of the words of a news
# article, and almost none of a German, French, Spanish or Korean one.
ENGLISH_WORDS = frozenset("""
a about after against all also an and any are as at be been before being between both but
by can could did do does during each for from had has have he her his how i if in into is it
its may more most no not of on one or other our out over said say says she should since so
some such than that the their them then there these they this those through to under up upon
was we were what when where which while who whom why will with would you
""".split())
_WORD = re.compile(r"[^\W\d_]+")
_NOT_LATIN = re.compile("[^\x00-\x7f\u00c0-\u024f]+")
#: Texts with fewer words than this are not judged.
MIN_WORDS = 20
#: Below this share of common English words, a text is taken for another language.
MIN_ENGLISH_SHARE = 0.12


def language_problem(text: str, sample: int = 20_000) -> str | None:
    """Why ``text`` does not look like English, or None when it does (or is too short to tell).

    Cheap on purpose: the share of common English function words among the words of
    the first ``sample`` characters, and the share of Latin letters.
    """
    head = text[:sample]
    # each distinct character is asked once (the counting is done in C)
    alpha = [(ch, n) for ch, n in Counter(head).items() if ch.isalpha()]
    letters = sum(n for _, n in alpha)
    latin = sum(n for ch, n in alpha if not _NOT_LATIN.match(ch))
    if letters >= 20 and latin * 2 < letters:
        return "the text does not look like English (it is mostly in a non-Latin script)"
    words = _WORD.findall(head.lower())
    if len(words) < MIN_WORDS:
        return None
    share = sum(1 for w in words if w in ENGLISH_WORDS) / len(words)
    if share < MIN_ENGLISH_SHARE:
        return (f"the text does not look like English ({share:.0%} of its {len(words)} words "
                "are common English words)")
    return None


def read_articles(
    inputs: Iterable[Path], *, max_chars: int = MAX_CHARS, stdin: bool = False,
    failures: list[Failure] | None = None, warnings: list[str] | None = None,
    **meta: object,
) -> Iterator[Article]:
    """Articles from files, folders or standard input; failures go to ``failures``.

    An article that does not look like English is skipped: the extractor reads English
    only. The failure says so.
    """
    failures = failures if failures is not None else []
    warnings = warnings if warnings is not None else []
    sources: list[tuple[str, str, Callable[[], Iterator[Article]]]] = []
    if stdin:
        limit = BYTES_PER_CHAR * max_chars
        data = sys.stdin.buffer.read(limit + 1)  # bounded, like a file

        def read_stdin() -> Iterator[Article]:
            if len(data) > limit:
                raise InputError(f"<stdin>: over {limit:,} bytes, over the limit of --max-chars "
                                 f"{max_chars:,} (raise --max-chars or split the input)")
            return read_bytes(data, source="<stdin>", name="stdin.txt", max_chars=max_chars,
                              **meta)

        sources.append(("<stdin>", "-", read_stdin))
    for path in iter_inputs(inputs):
        sources.append((str(path), str(path),
                        functools.partial(read_path, path, max_chars=max_chars, **meta)))
    for source, rerun, reader in sources:
        again = None if rerun == source else rerun
        try:
            for article in reader():
                if isinstance(article, FailedArticle):
                    failures.append(Failure(article.source, article.warnings[0], rerun))
                    continue
                problem = language_problem(article.text)
                if problem is not None:
                    failures.append(Failure(article.source,
                                            f"{article.source}: skipped: {problem}", again))
                    continue
                warnings.extend(article.warnings)
                yield article
        except InputError as exc:
            failures.append(Failure(source, str(exc), again))


def build(
    articles: Iterable[Article], *, progress: Callable[[Extraction], None] | None = None,
    batch_size: int = 16, jobs: int = 1, engine: Engine = "local", scheduler: str | None = None,
    sink: Callable[[Extraction], None] | None = None,
) -> BuildResult:
    """Extract every article and add it to a new dataset.

    An article the extractor fails on (a bug: it should not happen) is recorded in
    ``failures`` and the others still build. ``jobs``, ``engine`` and ``scheduler``
    choose where extraction runs (:func:`policygraph.parallel.map_chunks`); the
    result is the same. With a ``sink`` (e.g. :meth:`policygraph.fastio.StreamWriter.write`)
    each extraction goes to it instead of the dataset, which stays empty, so memory
    does not grow with the corpus.
    """
    started = time.perf_counter()
    result = BuildResult(new_dataset())
    done = map_chunks(extract_chunk, chunks(articles, batch_size), jobs=jobs, engine=engine,
                      scheduler=scheduler)
    for extractions, failures in done:
        result.failures.extend(failures)
        for ex in extractions:
            try:
                if sink is not None:
                    sink(ex)
                else:
                    add_extraction(result.dataset, ex)
            except OSError:
                raise
            except Exception as exc:  # one article's bug must not stop the batch
                result.dataset.remove_graph(article_iri(ex.article))
                result.failures.append(_bug(ex.article, "the graph builder", exc))
                continue
            result.articles += 1
            result.facts += len(ex.facts)
            if progress is not None:
                progress(ex)
    result.seconds = time.perf_counter() - started
    return result


def extract_chunk(chunk: list[Article]) -> tuple[list[Extraction], list[Failure]]:
    """Extract one chunk, isolating failures: the task a worker process runs."""
    failures: list[Failure] = []
    return _extract_each(chunk, failures), failures


def _extract_each(chunk: list[Article], failures: list[Failure]) -> list[Extraction]:
    """The extractions of ``chunk``; when the batch fails, each article alone, so that only the
    article at fault is lost."""
    try:
        return list(extract(chunk))
    except ModelNotFoundError:
        raise
    except Exception:
        pass
    done: list[Extraction] = []
    for article in chunk:
        try:
            done.extend(extract([article]))
        except ModelNotFoundError:
            raise
        except Exception as exc:
            failures.append(_bug(article, "the extractor", exc))
    return done


def _bug(article: Article, step: str, exc: BaseException) -> Failure:
    detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
    return Failure(article.source, f"{article.source}: {step} failed on this article ({detail}); "
                                   "this is a bug in policygraph: please report it with the input")

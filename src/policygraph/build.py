"""The main job: inputs -> articles -> extractions -> dataset, with nothing lost.

A bad input never stops the batch: it is recorded as a :class:`Failure` and
the rest still builds.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from rdflib import Dataset

from policygraph.articles import MAX_CHARS, FailedArticle, iter_inputs, read_bytes, read_path
from policygraph.errors import InputError
from policygraph.graph import add_extraction, new_dataset
from policygraph.model import Article, Extraction
from policygraph.pipeline import extract


@dataclass(frozen=True)
class Failure:
    """An input that could not be used, and why."""

    source: str
    reason: str


@dataclass
class BuildResult:
    """The dataset built and what happened on the way."""

    dataset: Dataset
    articles: int = 0
    facts: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0


def read_articles(
    inputs: Iterable[Path], *, max_chars: int = MAX_CHARS, stdin: bool = False,
    failures: list[Failure] | None = None, warnings: list[str] | None = None,
    **meta: object,
) -> Iterator[Article]:
    """Articles from files, folders or standard input; failures go to ``failures``."""
    failures = failures if failures is not None else []
    warnings = warnings if warnings is not None else []
    sources: list[tuple[str, Callable[[], Iterator[Article]]]] = []
    if stdin:
        data = sys.stdin.buffer.read()
        sources.append(("<stdin>", lambda: read_bytes(data, source="<stdin>", name="stdin.txt",
                                                      max_chars=max_chars, **meta)))
    for path in iter_inputs(inputs):
        sources.append((str(path), partial(read_path, path, max_chars=max_chars, **meta)))
    for source, reader in sources:
        try:
            for article in reader():
                if isinstance(article, FailedArticle):
                    failures.append(Failure(article.source, article.warnings[0]))
                    continue
                warnings.extend(article.warnings)
                yield article
        except InputError as exc:
            failures.append(Failure(source, str(exc)))


def build(
    articles: Iterable[Article], *, progress: Callable[[Extraction], None] | None = None,
) -> BuildResult:
    """Extract every article and add it to a new dataset."""
    started = time.perf_counter()
    result = BuildResult(new_dataset())
    for ex in extract(articles):
        add_extraction(result.dataset, ex)
        result.articles += 1
        result.facts += len(ex.facts)
        result.warnings.extend(ex.warnings)
        if progress is not None:
            progress(ex)
    result.seconds = time.perf_counter() - started
    return result

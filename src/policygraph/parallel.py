"""Extraction on several processes (``build --jobs N``) or a Dask cluster, in input order.

Each worker process loads the spaCy pipeline once (a pool initializer calls
:func:`policygraph.pipeline.load_pipeline`, which is cached per process) and
then extracts chunks of articles (:func:`policygraph.build.extract_chunk`).
Chunks are submitted through a bounded window and their results yielded
strictly in input order, so the output of a parallel build is byte-identical to
a one-process build and memory does not grow with the corpus.

A pool of processes was measured against spaCy's own ``nlp.pipe(n_process=N)``
(see ``docs/benchmarks.md``): spaCy ships every parsed ``Doc`` back to the
parent, serialised, and its workers cannot return the components' Python
objects (``doc._.pg_entities``), so the pool returns the small
:class:`~policygraph.model.Extraction` values instead.

>>> list(map_chunks(len, chunks(["a", "b", "c"], 2), jobs=1))
[2, 1]
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import Literal, TypeVar

from policygraph.errors import InputError

__all__ = ["ENGINES", "Engine", "chunks", "map_chunks", "map_local", "resolve_jobs"]

T = TypeVar("T")
R = TypeVar("R")

Engine = Literal["local", "dask"]
ENGINES: tuple[Engine, ...] = ("local", "dask")
CHUNK = 16
"""Articles sent to a worker at a time (also the ``nlp.pipe`` batch)."""


def resolve_jobs(jobs: int) -> int:
    """``jobs`` as a number of processes: 0 means one per CPU.

    >>> resolve_jobs(3), resolve_jobs(0) >= 1
    (3, True)
    """
    if jobs < 0:
        raise InputError(f"--jobs must be 0 (one per CPU) or more, not {jobs}")
    return jobs or os.cpu_count() or 1


def chunks(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last may be shorter), lazily.

    >>> [len(c) for c in chunks(range(5), 2)]
    [2, 2, 1]
    """
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _init_worker() -> None:
    """Pool initializer: load the pipeline once in this worker process."""
    from policygraph.pipeline import load_pipeline

    load_pipeline()


def map_local(fn: Callable[[T], R], items: Iterable[T], *, jobs: int = 1) -> Iterator[R]:
    """``fn`` over ``items`` on ``jobs`` worker processes, results in input order.

    ``fn`` must be a module-level function (it is sent to the workers by name).
    With ``jobs=1`` no process is started. At most ``4 * jobs`` items are in flight.

    >>> list(map_local(abs, [-1, 2, -3], jobs=1))
    [1, 2, 3]
    """
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        yield from map(fn, items)
        return
    # spawn, not fork: the parent may run threads (a progress bar, a Dask client), and a
    # forked copy of a lock held by one of them would hang the worker.
    ctx = multiprocessing.get_context("spawn")
    window: deque[AsyncResult[R]] = deque()
    with ctx.Pool(jobs, initializer=_init_worker) as pool:
        for item in items:
            window.append(pool.apply_async(fn, (item,)))
            if len(window) >= 4 * jobs:
                yield window.popleft().get()
        while window:
            yield window.popleft().get()


def map_chunks(fn: Callable[[T], R], items: Iterable[T], *, jobs: int = 1,
               engine: Engine = "local", scheduler: str | None = None) -> Iterator[R]:
    """``fn`` over ``items`` with the engine asked for, results in input order.

    ``engine="local"`` uses ``jobs`` processes on this machine; ``engine="dask"``
    sends the items to the Dask cluster at ``scheduler``, or to a new local cluster
    of ``jobs`` workers when no address is given.
    """
    if engine == "local":
        if scheduler is not None:
            raise InputError("--scheduler needs --engine dask")
        return map_local(fn, items, jobs=jobs)
    if engine == "dask":
        from policygraph.dask_engine import map_dask

        return map_dask(fn, items, scheduler=scheduler, workers=jobs)
    raise InputError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")

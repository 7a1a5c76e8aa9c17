"""``build --engine dask``: extraction on a Dask cluster (``dask.distributed``).

The client (this process) reads the inputs, sends chunks of articles to the
workers, and builds and writes the graph from the extractions that come back,
in input order, so the output is byte-identical to a local build. Each worker
process loads the spaCy pipeline once: the task calls
:func:`policygraph.pipeline.load_pipeline`, which is cached per process, and a
lock keeps two threads of one worker from sharing the pipeline at once (start
workers with ``--nthreads 1``: spaCy gains nothing from threads).

Workers need policygraph and the spaCy model installed, the same versions as
the client: tasks name module-level functions, they do not ship code. See
``docs/benchmarks.md`` for running on a real cluster.

Needs the ``dask`` extra: ``pip install 'policygraph[dask]'``.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from policygraph.errors import InputError
from policygraph.parallel import resolve_jobs

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["client_for", "map_dask", "run_task"]

T = TypeVar("T")
R = TypeVar("R")
_LOCK = threading.Lock()


def run_task(fn: Callable[[T], R], item: T) -> R:
    """What a worker runs: ``fn(item)``, one thread at a time, with the pipeline loaded once.

    >>> run_task(abs, -2)
    2
    """
    from policygraph.pipeline import load_pipeline

    with _LOCK:
        load_pipeline()
        return fn(item)


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise InputError("--engine dask needs Dask: pip install 'policygraph[dask]'") from None
    return distributed


def client_for(scheduler: str | None, *, workers: int = 1) -> Client:
    """A client of the scheduler at ``scheduler`` (``tcp://host:8786``), or of a new local
    cluster of ``workers`` processes with one thread each when ``scheduler`` is None."""
    distributed = _distributed()
    if scheduler is None:
        cluster = distributed.LocalCluster(n_workers=resolve_jobs(workers), threads_per_worker=1,
                                           processes=True, dashboard_address=None)
        local: Client = distributed.Client(cluster)
        return local
    try:
        remote: Client = distributed.Client(scheduler)  # timeout: distributed.comm.timeouts.connect
    except OSError as exc:
        raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    return remote


def map_dask(fn: Callable[[T], R], items: Iterable[T], *, scheduler: str | None = None,
             workers: int = 1) -> Iterator[R]:
    """``fn`` over ``items`` on a Dask cluster, results in input order.

    At most four items per worker are in flight, so a corpus larger than memory
    streams through. ``fn`` must be importable on the workers.
    """
    client: Any = client_for(scheduler, workers=workers)
    try:
        slots = 4 * max(1, len(client.scheduler_info().get("workers", {})))
        window: deque[Any] = deque()
        for item in items:
            window.append(client.submit(run_task, fn, item, pure=False))
            if len(window) >= slots:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
    finally:
        cluster: Any = client.cluster if scheduler is None else None
        client.close()
        if cluster is not None:
            cluster.close()

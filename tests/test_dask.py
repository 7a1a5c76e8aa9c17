"""``build --engine dask`` on a local two-worker cluster gives the local build's output."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from policygraph.build import build, read_articles
from policygraph.errors import InputError
from policygraph.serialize import nquads

distributed = pytest.importorskip("distributed")

DATA = Path(__file__).parent / "data" / "articles"
SAMPLE = sorted(DATA.glob("*.txt"))[:4]


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    try:
        yield str(cluster.scheduler_address)
    finally:
        cluster.close()


@pytest.mark.model
def test_dask_build_is_byte_identical_to_local(scheduler: str) -> None:
    local = build(read_articles(SAMPLE))
    # batch_size=1: one task per article, spread over both workers.
    remote = build(read_articles(SAMPLE), engine="dask", scheduler=scheduler, batch_size=1)
    assert (remote.articles, remote.facts, remote.failures) == (local.articles, local.facts, [])
    assert nquads(remote.dataset) == nquads(local.dataset)


def test_unreachable_scheduler_is_an_input_error() -> None:
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}), \
            pytest.raises(InputError, match="cannot reach the Dask scheduler"):
        build(read_articles(SAMPLE[:1]), engine="dask", scheduler="tcp://127.0.0.1:1")

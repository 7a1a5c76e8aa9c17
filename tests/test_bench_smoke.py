"""A tiny run of ``bench/run.py``: the benchmark script works (it is not a timed test)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "run.py"


@pytest.mark.model
def test_bench_smoke_run(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    report = tmp_path / "report.md"
    done = subprocess.run(
        [sys.executable, str(BENCH), "--smoke", "--workdir", str(tmp_path / "work"),
         "--json", str(results), "--markdown", str(report)],
        capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    got = json.loads(results.read_text())
    assert set(got) == {"throughput", "write", "stream", "growth", "sparql"}
    build = got["throughput"]["policygraph build -> Turtle"][0]
    assert build["articles"] == 3 and build["failures"] == 0
    writes = got["write"]
    assert writes["fastio"][0]["triples"] == writes["rdflib"][0]["triples"] > 0
    assert all(r[0][fmt]["bytes"] > 0 for r in writes.values() for fmt in ("nt", "ttl"))
    text = report.read_text()
    for heading in ("### Throughput", "### Writing", "### Streaming", "### Cost growth",
                    "### SPARQL"):
        assert heading in text


def test_bench_rejects_unknown_sections() -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--only", "nope"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode != 0 and "unknown sections: nope" in done.stderr

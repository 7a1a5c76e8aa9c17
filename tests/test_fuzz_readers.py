"""The CI run of the reader fuzz target, with or without atheris.

``fuzz/fuzz_readers.py`` is an atheris target; here its check runs over the seed
corpus in ``fuzz/corpus`` and a few hundred seeded mutations of it (bit flips,
inserted hostile bytes, cut, repeated and spliced ranges), so every CI run
replays the same cases in a few seconds.
"""

from __future__ import annotations

import importlib.util
import random
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "fuzz" / "corpus").iterdir())
MUTATIONS = 400
TOKENS = [b"\x00", b"\xff", b"\xc3", b"\xef\xbb\xbf", b"\xff\xfe", b"\n", b"\r\n", b'"', b"\\",
          b"{", b"}", b"[", b"]", b"<", b">", b"<html>", b"</p>", b"<script>", b"&amp;",
          b"\xe2\x80\xae", b"\xe2\x80\x8b", b"\xe2\x80\xa8", b"2020-13-45", b"Posted on: ",
          b"By ", b'{"text": "', b'", "published": "', b"1e999", b"-0", b"\\ud800"]


def check_input() -> Callable[[bytes], int]:
    spec = importlib.util.spec_from_file_location("fuzz_readers", ROOT / "fuzz" / "fuzz_readers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    check: Callable[[bytes], int] = module.check_input
    return check


def mutate(rng: random.Random, data: bytes, other: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(6)
        at = rng.randint(0, len(buf))
        if op == 0 and buf:
            buf[min(at, len(buf) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[at:at] = rng.choice(TOKENS)
        elif op == 2:
            del buf[at:at + rng.randint(1, 64)]
        elif op == 3:
            buf[at:at] = buf[at:at + rng.randint(1, 64)] * rng.randint(2, 20)
        elif op == 4:
            start = rng.randint(0, len(other))
            buf[at:] = other[start:start + rng.randint(1, 300)]
        else:
            buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return bytes(buf)


@pytest.mark.parametrize("seed", CORPUS, ids=lambda p: p.name)
def test_the_corpus_reads_cleanly(seed: Path) -> None:
    check_input()(seed.read_bytes())


def test_mutations_of_the_corpus_read_cleanly() -> None:
    check = check_input()
    rng = random.Random(20240607)
    seeds = [p.read_bytes() for p in CORPUS]
    for i in range(MUTATIONS):
        data = mutate(rng, rng.choice(seeds), rng.choice(seeds))
        try:
            check(data)
        except Exception as exc:
            raise AssertionError(f"mutation {i} crashed the readers: {data[:300]!r}") from exc

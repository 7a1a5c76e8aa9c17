"""Bad input: a clear message, exit 2, and the rest of the batch still builds.

One batch on the command line holds a good article and every kind of bad input the
scrapers hand over; each case checks the message, the exit code, the ``--failed``
file and that the good articles' facts are all in the output. The readers are also
checked alone (no model needed): bounded memory on huge inputs, dates that do not
exist, JSON that nests too deep, binary data.
"""

from __future__ import annotations

import json
import re
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policygraph.articles import (
    BYTES_PER_CHAR,
    MAX_CHARS,
    FailedArticle,
    parse_datetime,
    parse_json_record,
    parse_text,
    read_bytes,
    read_path,
)
from policygraph.build import Failure, build, language_problem, read_articles
from policygraph.cli import app
from policygraph.errors import InputError, ModelNotFoundError
from policygraph.model import Article, Extraction

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "tests" / "data" / "articles" / "ap-2022-07-15-fcc-rip-and-replace.txt"
SENTENCE = "Britain barred Huawei from its 5G networks on Tuesday. "
GERMAN = ("Deutschland verschärft Regeln für Huawei\n\nDie Bundesregierung hat am Mittwoch "
          "beschlossen, dass Netzbetreiber kritische Komponenten des chinesischen Herstellers "
          "Huawei bis 2026 aus dem Kernnetz entfernen müssen. Das Innenministerium sagte, die "
          "Entscheidung sei aus Gründen der nationalen Sicherheit notwendig.\n")
LATIN1 = (b"Sweden banned Huawei\n\nSweden's regulator PTS said on Tuesday that Huawei and ZTE "
          b"equipment must be removed by 2025, a decision the caf\xe9 owners ignored.\n")
HTML = ("<!doctype html><html><head><title>Japan restricts Huawei</title>"
        "<style>body {color: red} .secret-style {}</style>"
        "<script>var leaked = 'SCRIPT-TEXT'; document.write('<p>injected</p>');</script></head>"
        "<body><nav>Home | World</nav><article><h1>Japan restricts Huawei</h1>"
        "<p>Japan said on Monday it would exclude Huawei and ZTE from government procurement, "
        "citing security risks, a decision that follows a similar move by the United States.</p>"
        "<p>Officials in Tokyo said the policy would apply to all ministries from April.</p>"
        "<script>alert('SCRIPT-TEXT')</script></article></body></html>")


def fifty_megabytes() -> bytes:
    return (SENTENCE.encode() * (50_000_000 // len(SENTENCE) + 1))[:50_000_000]


def build_cli(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["build", *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


# ------------------------------------------------------------------- the readers alone


@pytest.mark.parametrize(("data", "message"), [
    (b"", "the file is empty"),
    (b"  \n\t\r\n  ", "the file is empty"),
    (b"\xef\xbb\xbf\n\n", "no article text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file"),
    (bytes(range(128, 256)) * 16, "binary file"),  # no NUL byte, but nothing decodes
    (b"Share this article\nAdvertisement\nRelated stories\nMore\n", "no article text"),
])
def test_unreadable_text_is_refused_with_the_reason(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        list(read_bytes(data, source="in/bad.txt", name="bad.txt"))
    assert str(info.value).startswith("in/bad.txt: ")


def test_invalid_utf8_is_replaced_and_the_warning_names_file_and_byte() -> None:
    data = b"\xef\xbb\xbfHuawei was banned\n\nThe ban \xff hit Huawei hard."
    (art,) = read_bytes(data, source="x.txt", name="x.txt")
    assert data.index(b"\xff") == 30, "the offset counts the byte order mark"
    assert art.warnings == ("x.txt: invalid UTF-8 at byte 30; replaced undecodable bytes",)
    assert "\ufffd" in art.text


def test_utf16_with_a_byte_order_mark_is_read() -> None:
    (art,) = read_bytes(SENTENCE.encode("utf-16"), source="w.txt", name="w.txt")
    assert art.text == SENTENCE.strip() and art.warnings == ()


def test_jsonl_bad_records_are_reported_by_line_and_the_rest_read() -> None:
    lines = [
        json.dumps({"id": "ok-1", "text": SENTENCE}),
        "{not json",
        "[" * 100_000,  # deeper than Python's recursion limit
        '{"text": ' + "1" * 5000 + "}",  # more digits than int() takes
        json.dumps(["a list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": SENTENCE, "published": "2020-13-45"}),
        json.dumps({"text": "x" * 2000}),
        "",
        json.dumps({"id": "ok-2", "text": SENTENCE, "title": {"an": "object"},
                    "author": ["Jo \ud800Kim", 3, None, "A\nB"]}),
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    out = list(read_bytes(data, source="r.jsonl", name="r.jsonl", max_chars=1000))
    failed = {a.source: a.warnings[0] for a in out if isinstance(a, FailedArticle)}
    assert [a.id for a in out if not isinstance(a, FailedArticle)] == ["ok-1", "ok-2"]
    assert failed == {
        "r.jsonl:2": "r.jsonl:2: malformed JSON (Expecting property name enclosed in double "
                     "quotes at column 2)",
        "r.jsonl:3": "r.jsonl:3: malformed JSON (nested too deeply)",
        "r.jsonl:4": "r.jsonl:4: malformed JSON (a number with too many digits)",
        "r.jsonl:5": "r.jsonl:5: a JSON Lines record must be an object",
        "r.jsonl:6": "r.jsonl:6: the record has no 'text' string",
        "r.jsonl:7": "r.jsonl:7: cannot read the date '2020-13-45'",
        "r.jsonl:8": "r.jsonl:8: 2,000 characters, over the limit of --max-chars 1,000 "
                     "(raise --max-chars or split the input)",
    }
    ok2 = out[-1]
    assert ok2.headline is None and ok2.authors == ("Jo Kim", "3", "A B")


def test_a_binary_file_named_jsonl_is_one_failure() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n" * 50
    with pytest.raises(InputError, match="x.jsonl: looks like a binary file, not JSON Lines"):
        list(read_bytes(png, source="x.jsonl", name="x.jsonl"))


@pytest.mark.parametrize("raw", [
    "2020-13-45", "2020-02-30", "2020-01-01 25:61", "2021-03-02T10:00:00+99:99", "0000-01-01",
    "June 45, 2020", "9" * 300, "2020-01-01 " + "x" * 300, "١٢٣٤-٠١-٠١",
])
def test_impossible_dates_are_not_dates(raw: str) -> None:
    assert parse_datetime(raw) is None


def test_an_impossible_date_in_a_header_is_dropped_not_fatal() -> None:
    art = parse_text("Published: 2020-13-45 25:61\n\nJapan excluded ZTE from its networks.")
    assert art.published is None and art.text == "Japan excluded ZTE from its networks."
    with pytest.raises(InputError, match="cannot read the date"):
        parse_json_record({"text": "x", "published": "2020-01-01T10:00+99:99"}, source="s")


def test_a_50_mb_text_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(fifty_megabytes())
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as info:
            list(read_path(big))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000, "refused from its size, without reading it"
    size = big.stat().st_size
    assert str(info.value) == (f"{big}: {size:,} bytes, over the limit of "
                               f"{BYTES_PER_CHAR * MAX_CHARS:,} bytes for --max-chars "
                               f"{MAX_CHARS:,} (raise --max-chars or split the input)")


def test_a_huge_jsonl_line_is_skipped_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as f:
        f.write(json.dumps({"id": "first", "text": SENTENCE}).encode() + b"\n")
        f.write(b'{"text": "' + b"x" * 50_000_000 + b'"}\n')
        f.write(json.dumps({"id": "last", "text": SENTENCE}).encode() + b"\n")
    tracemalloc.start()
    try:
        out = list(read_path(path, max_chars=10_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000
    assert [a.id for a in out if not isinstance(a, FailedArticle)] == ["first", "last"]
    (bad,) = [a for a in out if isinstance(a, FailedArticle)]
    assert bad.warnings == (f"{path}:2: the line is over 1,168,576 bytes, too long for "
                            "--max-chars 10,000",)


def test_a_one_megabyte_line_is_read_quickly() -> None:
    line = (SENTENCE * (1 << 20))[: 1 << 20]
    started = time.perf_counter()
    art = parse_text(line)
    assert time.perf_counter() - started < 5
    assert art.text == line.strip() and art.headline is None
    with pytest.raises(InputError, match=r"1,048,576 characters, over the limit of --max-chars"):
        list(read_bytes(line.encode(), source="line.txt", name="line.txt"))


def test_metadata_is_one_clean_line() -> None:
    art = parse_text("Britain barred Huawei.", headline=" Huawei\u202e\n ban\x00 ",
                     authors=("Jo\u200b Kim", " "), publisher="\x07", url="http://e/\x00a")
    assert (art.headline, art.authors, art.publisher, art.url) == (
        "Huawei ban", ("Jo Kim",), None, "http://e/a")


@pytest.mark.parametrize("text", [
    GERMAN,
    "Le gouvernement français a décidé mardi de limiter l'utilisation des équipements de "
    "Huawei dans les réseaux 5G, a annoncé le ministre de l'Économie, qui a évoqué des "
    "raisons de sécurité nationale pour les opérateurs.",
    "El gobierno de Brasil anunció el lunes que no prohibirá a Huawei participar en la "
    "subasta de 5G, según fuentes del ministerio de Comunicaciones citadas por la prensa.",
    "Правительство России заявило во вторник, что Huawei продолжит работу в стране, несмотря "
    "на санкции США.",
    "韩国政府周二表示，将允许华为参与该国的5G网络建设，但会加强安全审查。",
    "한국 정부는 화요일 화웨이가 국내 5G 네트워크 구축에 참여할 수 있다고 밝혔다.",
])
def test_other_languages_are_noticed(text: str) -> None:
    assert language_problem(text) is not None


@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))
                         + sorted((ROOT / "examples" / "articles").glob("*.txt")),
                         ids=lambda p: p.stem)
def test_english_articles_are_not_mistaken_for_another_language(path: Path) -> None:
    (art,) = read_path(path)
    assert language_problem(art.text) is None


@pytest.mark.parametrize("text", [
    "Huawei, ZTE, Hikvision, Dahua, Hytera, China Mobile, China Telecom, China Unicom, Pacific "
    "Networks, ComNet and Kaspersky Lab were added to the FCC Covered List on Friday.",
    "Huawei Mate 60 Pro teardown",  # too short to judge
    "Vietnam chose Ericsson and Nokia over Huawei for 5G; Viettel, VNPT and MobiFone agreed.",
])
def test_english_with_many_names_is_english(text: str) -> None:
    assert language_problem(text) is None


# ------------------------------------------------------------------- the batch survives


def fake_extract(articles: list[Article]) -> Iterator[Extraction]:
    for a in articles:
        if "BOOM" in a.text:
            raise ValueError("the extractor met BOOM")
        yield Extraction(a, (), (), ())


def test_an_extractor_crash_loses_only_that_article(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("policygraph.build.extract", fake_extract)
    arts = [Article(id=f"a{i}", text="BOOM" if i == 20 else f"text {i}", source=f"in/{i}.txt")
            for i in range(40)]
    result = build(arts)
    assert result.articles == 39
    assert result.failures == [Failure(
        "in/20.txt", "in/20.txt: the extractor failed on this article (ValueError: the "
        "extractor met BOOM); this is a bug in policygraph: please report it with the input")]


def test_a_missing_model_still_stops_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_model(articles: list[Article]) -> Iterator[Extraction]:
        raise ModelNotFoundError("no spaCy English model is installed")
        yield  # pragma: no cover

    monkeypatch.setattr("policygraph.build.extract", no_model)
    with pytest.raises(ModelNotFoundError):
        build([Article(id="a", text="text")])


def test_read_articles_records_failures_with_the_input_to_rerun(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": SENTENCE}) + "\n{bad\n", "utf-8")
    (tmp_path / "de.txt").write_text(GERMAN, "utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    failures: list[Failure] = []
    arts = list(read_articles([tmp_path], failures=failures))
    assert [a.source for a in arts] == [f"{tmp_path}/a.jsonl:1"]
    assert [(f.source, f.rerun) for f in failures] == [
        (f"{tmp_path}/a.jsonl:2", f"{tmp_path}/a.jsonl"),
        (f"{tmp_path}/de.txt", f"{tmp_path}/de.txt"),
        (f"{tmp_path}/empty.txt", f"{tmp_path}/empty.txt"),
    ]
    assert failures[1].reason == (
        f"{tmp_path}/de.txt: skipped: the text does not look like English (0% of its 37 words "
        "are common English words)")


def test_the_cli_default_limit_is_the_documented_one() -> None:
    import typer.main

    command = typer.main.get_command(app)
    build_command = command.commands["build"]  # type: ignore[attr-defined]
    (option,) = [p for p in build_command.params if p.name == "max_chars"]
    assert option.default == MAX_CHARS == 500_000


def test_max_chars_above_what_spacy_takes_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["build", str(GOOD), "--max-chars", "1000001"])
    assert result.exit_code == 2 and "--max-chars" in result.stderr


def test_stdin_over_the_limit_is_refused_without_reading_it_all() -> None:
    result = CliRunner().invoke(app, ["build", "-", "--max-chars", "10", "-q"],
                                input=b"x" * 1000)
    assert result.exit_code == 2
    assert "failed: <stdin>: over 200 bytes, over the limit of --max-chars 10" in result.stderr


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str, str]:
    """One build over a good article and every kind of bad input."""
    folder = tmp_path_factory.mktemp("batch")
    inputs = folder / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_bytes(GOOD.read_bytes())
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "blank.txt").write_bytes(b" \n\t\r\n ")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (inputs / "latin1.txt").write_bytes(LATIN1)
    (inputs / "page.html").write_text(HTML, "utf-8")
    (inputs / "german.txt").write_text(GERMAN, "utf-8")
    (inputs / "records.jsonl").write_text(
        json.dumps({"id": "rec-1", "text": "Canada banned Huawei and ZTE from its 5G networks, "
                                           "the industry minister said on Thursday."}) + "\n"
        + "{broken json\n" + json.dumps({"title": "no text"}) + "\n", "utf-8")
    (inputs / "huge.txt").write_bytes(fifty_megabytes())
    (inputs / "one-line.txt").write_text((SENTENCE * 20_000)[: 1 << 20], "utf-8")
    failed = folder / "failed.txt"
    code, out, err = build_cli(inputs, folder / "missing.txt", "-o", folder / "out.nq",
                               "--failed", failed)
    return folder, code, out, err


EXPECTED_FAILURES = {
    "binary.txt": "looks like a binary file, not text",
    "blank.txt": "the file is empty",
    "empty.txt": "the file is empty",
    "german.txt": "skipped: the text does not look like English (0% of its 37 words are common "
                  "English words)",
    "huge.txt": "50,000,000 bytes, over the limit of 10,000,000 bytes for --max-chars 500,000 "
                "(raise --max-chars or split the input)",
    "one-line.txt": "1,048,576 characters, over the limit of --max-chars 500,000 (raise "
                    "--max-chars or split the input)",
    "records.jsonl:2": "malformed JSON (Expecting property name enclosed in double quotes at "
                       "column 2)",
    "records.jsonl:3": "the record has no 'text' string",
}


@pytest.mark.model
def test_batch_exits_2_and_lists_every_failure_and_why(batch: tuple[Path, int, str, str]
                                                       ) -> None:
    folder, code, _, err = batch
    assert code == 2
    lines = err.splitlines()
    summary = next(i for i, ln in enumerate(lines) if re.match(r"\d+ articles read, ", ln))
    assert re.match(r"4 articles read, 9 failed, \d+ facts, \d+ triples in \d+\.\d s -> "
                    rf"{re.escape(str(folder / 'out.nq'))} \(nquads\)$", lines[summary])
    failed = lines[summary + 1:]
    expected = [f"failed: {folder}/missing.txt: no such file or folder"]
    expected += [f"failed: {folder}/in/{name}: {why}" for name, why in EXPECTED_FAILURES.items()]
    assert failed == [*expected, f"the inputs to rerun are listed in {folder}/failed.txt"]
    assert (f"warning: {folder}/in/latin1.txt: invalid UTF-8 at byte {LATIN1.index(0xE9)}; "
            "replaced undecodable bytes") in lines[:summary]


@pytest.mark.model
def test_batch_failed_file_lists_inputs_a_rerun_can_take(batch: tuple[Path, int, str, str]
                                                         ) -> None:
    folder = batch[0]
    listed = (folder / "failed.txt").read_text("utf-8").splitlines()
    names = ["binary.txt", "blank.txt", "empty.txt", "german.txt", "huge.txt", "one-line.txt",
             "records.jsonl"]
    assert listed == [f"{folder}/missing.txt"] + [f"{folder}/in/{n}" for n in names]
    code, _, err = build_cli(*listed[1:], "-o", folder / "rerun.nq", "-q")
    assert code == 2
    assert err.count("failed: ") == len(EXPECTED_FAILURES)


@pytest.mark.model
def test_batch_keeps_every_fact_of_the_good_articles(batch: tuple[Path, int, str, str],
                                                     tmp_path: Path) -> None:
    folder = batch[0]
    written = set((folder / "out.nq").read_text("utf-8").splitlines())
    for name in ("good.txt", "latin1.txt", "page.html", "records.jsonl"):
        alone = tmp_path / f"{name}.nq"
        code, _, _ = build_cli(folder / "in" / name, "-o", alone, "-q")
        assert code in {0, 2}
        own = set(alone.read_text("utf-8").splitlines())
        assert own and own <= written, name
    assert "SCRIPT-TEXT" not in "".join(written) and "secret-style" not in "".join(written)
    assert "Bundesregierung" not in "".join(written)

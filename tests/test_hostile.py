"""Hostile text: every output parses everywhere and says exactly what went in.

Names and sentences full of quotes, backslashes, newlines, ``<``, ``>``, ``\"\"\"``,
Unicode control, bidirectional and zero-width characters and very long tokens go
through the readers, the extractor and every writer. Each output must parse in
rdflib, in pyoxigraph and in Debian's ``rapper`` (raptor2-utils; it reads no
JSON-LD), give back the very same triples, conform to the shapes, and come out
byte-identical on a second run. Minted IRIs are slugged or percent-encoded.

The extractor runs once, on one JSON Lines file holding every hostile string.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from policygraph.articles import FailedArticle, read_path
from policygraph.build import build, read_articles
from policygraph.graph import build_dataset, flatten
from policygraph.model import (
    Article,
    Entity,
    EntityType,
    Evidence,
    Extraction,
    Fact,
)
from policygraph.serialize import FORMATS, serialize
from policygraph.validate import validate_graph
from policygraph.vocab import PG, PGR, SCHEMA

LONG = "Huawei" + "x" * 6000
HOSTILE = [
    'quote " inside', "apostrophe ' inside", "back\\slash", "\\", "ends with a backslash \\",
    '\\"escaped quote\\"', "\\n not a newline", "\\u0041 not an escape", "new\nline",
    "carriage\r\nreturn", "tab\there", "<angle> & brackets > <", "</script><script>", '"""',
    "'''", '""""', 'x"""y', "\"\"\"\n'''", "{curly|pipe^caret`tick}", "100% %41 %zz",
    "#fragment?query=1&b=2", "@prefix x: <http://evil/> . <a> <b> \"c\" .", "NUL \x00 byte",
    "bell \x07 escape \x1b[31m delete \x7f next-line \x85", "vt \x0b ff \x0c fs \x1c",
    "right-to-left \u202eoverride\u202c", "isolate \u2066x\u2069 \u200f\u200e",
    "zero\u200bwidth\u200c\u200d\ufeff", "line\u2028separator\u2029paragraph",
    "non-character \uffff \ufffe", "private \ue000 use", "Z\u0338\u0322\u034d\u0300algo",
    "emoji \U0001F1E8\U0001F1F3 and \U0001D573\U0001D59A", "A" * 3000, LONG,
    "  leading and trailing spaces  ", "",
]
ENGLISH = " Britain banned Huawei and ZTE from its 5G networks on Tuesday, the minister said."
RAPPER = {"turtle": "turtle", "ntriples": "ntriples", "nquads": "nquads", "trig": "trig"}
OXIGRAPH = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
            "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
            "jsonld": ox.RdfFormat.JSON_LD}
MINTED = re.compile(r"https://w3id\.org/policygraph/id/[A-Za-z0-9/._~%-]{1,200}")
IRIREF = re.compile(r"[^\x00-\x20<>\"{}|^`\\]+")


def records() -> list[dict[str, object]]:
    """One record per hostile string, in the text, the names and the metadata."""
    out: list[dict[str, object]] = []
    for i, h in enumerate(HOSTILE):
        text = (f"Hostile {i}\n\n{h}{ENGLISH}\n\nThe \"{h}\" ministry said {h} <{h}> was "
                f"Japan's choice. Secretary {h} O'Brien urged India to join the Clean Network.")
        out.append({
            "id": f"hostile-{i}-{h[:20]}", "text": text, "title": f"Title {i}: {h[:300]}",
            "author": [f'Jo "{h[:40]}" Kim', "A\nB"], "publisher": h[:80] or None,
            "url": [f"http://example.org/{i}/{h[:30]}", f"https://example.org/{i}#\u202e",
                    "javascript:alert(1)"][i % 3],
            "published": "2021-03-02T10:00:00+09:00",
        })
    return out


def rapper_check(path: Path, fmt: str) -> int:
    """The number of triples rapper reads from ``path``; fails the test when it rejects it."""
    done = subprocess.run(["rapper", "-i", fmt, "-c", str(path)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, f"rapper rejects {path.name}: {done.stderr[:500]}"
    found = re.search(r"returned (\d+) triples", done.stderr)
    assert found, done.stderr
    return int(found.group(1))


def check_everywhere(ds: Dataset, folder: Path) -> dict[str, str]:
    """Write ``ds`` in every format and parse each back in every parser; returns the texts."""
    expected = set(flatten(ds))
    texts = {}
    for name, fmt in FORMATS.items():
        text = serialize(ds, fmt)
        texts[name] = text
        path = folder / f"out{fmt.suffix}"
        path.write_bytes(text.encode("utf-8"))
        parsed = (Dataset() if fmt.quads else Graph()).parse(data=text, format=fmt.rdflib)
        if isinstance(parsed, Dataset):
            got = {(s, p, o) for s, p, o, _ in parsed.quads((None, None, None, None))}
        else:
            got = set(parsed)
        assert got == expected, f"rdflib reads back other triples from {name}"
        quads = list(ox.parse(text, format=OXIGRAPH[name]))
        assert len({q.triple for q in quads}) == len(expected), f"pyoxigraph: {name}"
        if name in RAPPER and shutil.which("rapper"):
            assert rapper_check(path, RAPPER[name]) == len(quads if fmt.quads else expected)
    return texts


@pytest.fixture(scope="module")
def hostile_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "hostile.jsonl"
    lines = [json.dumps(r, ensure_ascii=i % 2 == 0) for i, r in enumerate(records())]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.fixture(scope="module")
def hostile_build(hostile_input: Path) -> Dataset:
    failures: list[object] = []
    result = build(read_articles([hostile_input], failures=failures))  # type: ignore[arg-type]
    assert failures == [] and result.failures == []
    assert result.articles == len(HOSTILE) and result.facts > len(HOSTILE)
    return result.dataset


def test_rapper_is_installed() -> None:
    if shutil.which("rapper") is None:
        pytest.skip("rapper (Debian's raptor2-utils) is not installed: run .ci/deps.sh; the "
                    "outputs were checked with rdflib and pyoxigraph only")


@pytest.mark.model
def test_every_output_parses_everywhere_to_the_same_triples(hostile_build: Dataset,
                                                            tmp_path: Path) -> None:
    check_everywhere(hostile_build, tmp_path)


@pytest.mark.model
def test_the_hostile_graph_conforms_to_the_shapes(hostile_build: Dataset) -> None:
    report = validate_graph(flatten(hostile_build))
    assert report.conforms, report.text[:3000]


@pytest.mark.model
def test_minted_iris_are_valid_short_and_encoded(hostile_build: Dataset) -> None:
    iris = {str(t) for q in hostile_build.quads((None, None, None, None)) for t in q
            if isinstance(t, URIRef)}
    for iri in iris:
        assert IRIREF.fullmatch(iri), iri
        ox.NamedNode(iri)  # pyoxigraph checks RFC 3987
        if iri.startswith(str(PGR)):
            assert MINTED.fullmatch(iri), iri


@pytest.mark.model
def test_literals_say_exactly_what_was_read(hostile_build: Dataset, hostile_input: Path) -> None:
    graph = flatten(hostile_build)
    articles = [a for a in read_path(hostile_input) if not isinstance(a, FailedArticle)]
    assert len(articles) == len(HOSTILE)
    for art in articles:
        node = PGR[f"article/{art.id}"]
        assert art.id.startswith("hostile-") and re.fullmatch(r"[a-z0-9-]+", art.id)
        assert set(graph.objects(node, PG.articleText)) == {Literal(art.text)}
        assert set(graph.objects(node, SCHEMA.headline)) == {Literal(art.headline, lang="en")}
        assert {str(a) for a in graph.objects(node, SCHEMA.author)} == set(art.authors)
        for value in (art.text, art.headline or "", *art.authors, art.publisher or ""):
            assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e"
                                 r"\u2028\u2029\u2066-\u2069\ufeff\ue000]", value), repr(value)


@pytest.mark.model
def test_a_second_run_writes_the_same_bytes(hostile_build: Dataset, hostile_input: Path,
                                            tmp_path: Path) -> None:
    again = build(read_articles([hostile_input])).dataset
    for fmt in FORMATS.values():
        assert serialize(again, fmt) == serialize(hostile_build, fmt), fmt.name


# ------------------------------------------------------------------- no model: the writers


def hand_built() -> Extraction:
    """Hostile strings straight into the graph, past the readers: keys, labels, evidence."""
    clean = [h for h in HOSTILE if h.strip()]
    ents = [Entity(f"country/{c}", EntityType.COUNTRY, n, iso_code=c)
            for c, n in (("KR", "South Korea"), ("US", "United States"))]
    facts = []
    for i, h in enumerate(clean):
        key = f"org/{h[:100]}"
        ents.append(Entity(key, EntityType.COMPANY, h, frozenset({h + " alt", f"<{h}>"})))
        ev = Evidence(f"{h} is based in South Korea.", i, i + 10, f"rule {h[:20]}", 0.5)
        facts.append(Fact(key, "basedIn", "country/KR" if i % 2 else "country/US", ev))
    art = Article(id='id <"\\> %41 \u202e' + "x" * 300, text="\n".join(clean),
                  headline=" | ".join(clean), authors=tuple(clean[:10]), publisher=clean[5],
                  url="https://example.org/a?q=<x>", dateline=clean[3])
    return Extraction(art, tuple(ents), tuple(facts), ())


def test_the_writers_cope_with_hostile_names(tmp_path: Path) -> None:
    ds = build_dataset([hand_built()])
    texts = check_everywhere(ds, tmp_path)
    assert all(texts.values())
    assert serialize(build_dataset([hand_built()]), FORMATS["turtle"]) == texts["turtle"]


def test_a_url_with_control_characters_is_not_an_iri(tmp_path: Path) -> None:
    """The readers clean URLs; an API caller's URL with control characters becomes a literal."""
    art = Article(id="a1", text="Britain banned Huawei.", url="http://example.org/a\x00b\x01")
    ds = build_dataset([Extraction(art, (), (), ())])
    check_everywhere(ds, tmp_path)
    (url,) = flatten(ds).objects(None, SCHEMA.url)
    assert isinstance(url, Literal)

"""Property tests (hypothesis) on the text -> graph path.

Whatever the text: no exception but policygraph's own, a graph that every parser
reads back, and the same output for the same input. Examples are few (the
extractor is the slow part; the pipeline loads once) and derandomized, so CI sees
the same cases on every run.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from policygraph.articles import parse_text, slug
from policygraph.errors import PolicyGraphError
from policygraph.graph import build_dataset, flatten
from policygraph.model import Article, Entity, EntityType, Evidence, Extraction, Fact, Value
from policygraph.serialize import FORMATS, serialize

ROOT = Path(__file__).resolve().parents[1]
OXIGRAPH = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
            "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
            "jsonld": ox.RdfFormat.JSON_LD}
FEW = settings(max_examples=40, deadline=None, derandomize=True, database=None,
               suppress_health_check=[HealthCheck.too_slow])
MANY = settings(max_examples=200, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])

FRAGMENTS = [
    "Britain", "banned", "Huawei", "ZTE", "from its 5G networks", "on Tuesday", "the Clean Network",
    "Japan", "joined", "urged", "India", "to join", "South Korea", "said", "Secretary of State",
    "Mike Pompeo", "the Ministry of Foreign Affairs", "LG U+", "still uses", "equipment from",
    "excluded", "the European Commission", "Nokia", "Ericsson", "in 2020", "last week",
    "the United States", "Washington", "SEOUL, June 25 (Yonhap) --", "Posted on : 2020-13-45",
    "By Jane Doe, staff reporter", "Related stories", ".", ",", ";", "\n", "\n\n", '"', "'",
    "\\", "<", ">", '"""', "&", "%", "#", "\u202e", "\u200b", "\u2028", "\x00", "\x1b",
    "\ufeff", "\U0001F1E8\U0001F1F3", "x" * 300,
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)),
                 min_size=1, max_size=30).map(" ".join)


def parses_everywhere(ds: Dataset) -> dict[str, str]:
    """Every format of ``ds`` read back by pyoxigraph, N-Quads by rdflib too: same triples."""
    expected = set(flatten(ds))
    out = {}
    for name, fmt in FORMATS.items():
        text = serialize(ds, fmt)
        quads = list(ox.parse(text, format=OXIGRAPH[name]))
        assert len({q.triple for q in quads}) == len(expected), name
        out[name] = text
    back = Dataset().parse(data=out["nquads"], format="nquads")
    assert {(s, p, o) for s, p, o, _ in back.quads((None, None, None, None))} == expected
    return out


def text_to_graph(text: str) -> dict[str, str] | None:
    from policygraph.pipeline import extract

    try:
        article = parse_text(text, source="hypothesis")
    except PolicyGraphError:
        return None
    return parses_everywhere(build_dataset(extract([article])))


@pytest.mark.model
@FEW
@given(texts)
def test_text_to_graph_never_crashes_and_always_parses(text: str) -> None:
    text_to_graph(text)


@pytest.mark.model
@settings(FEW, max_examples=20)
@given(texts)
def test_the_same_text_gives_the_same_graph(text: str) -> None:
    assert text_to_graph(text) == text_to_graph(text)


@pytest.mark.model
@FEW
@given(texts)
def test_the_extractor_takes_raw_text_too(text: str) -> None:
    """Past the readers: an Article built by an API caller, control characters and all."""
    from policygraph.pipeline import extract

    if not text.strip():
        return
    (ex,) = extract([Article(id="raw", text=text)])
    for fact in ex.facts:
        assert 0 <= fact.evidence.start <= fact.evidence.end <= len(text)


# ------------------------------------------------------------------- no model


names = st.text(min_size=1, max_size=40).filter(str.strip)


@settings(MANY, max_examples=60)
@given(names, names, names, st.text(max_size=60), st.floats(0, 1))
def test_any_names_make_a_graph_every_parser_reads(label: str, other: str, sentence: str,
                                                    headline: str, confidence: float) -> None:
    ents = (Entity(f"org/{slug(label)}", EntityType.COMPANY, label, frozenset({other})),
            Entity(f"person/{other}", EntityType.PERSON, other),
            Entity("country/KR", EntityType.COUNTRY, "South Korea", iso_code="KR"))
    ev = Evidence(sentence, 0, len(sentence), f"rule {label}", confidence)
    facts = (Fact(f"org/{slug(label)}", "basedIn", "country/KR", ev),
             Fact(f"person/{other}", "affiliatedWith", f"org/{slug(label)}", ev))
    values = (Value(f"person/{other}", "role", sentence, "langString", ev),)
    art = Article(id=f"{label}/{other}", text=sentence + headline, headline=headline or None,
                  authors=(label,), publisher=other, dateline=sentence)
    first = parses_everywhere(build_dataset([Extraction(art, ents, facts, values)]))
    again = parses_everywhere(build_dataset([Extraction(art, ents, facts, values)]))
    assert first == again


def _fuzz_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_readers", ROOT / "fuzz" / "fuzz_readers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@MANY
@given(st.one_of(st.binary(max_size=600), texts.map(lambda t: t.encode("utf-8", "replace")),
                 st.lists(st.dictionaries(st.sampled_from(["id", "text", "title", "published",
                                                           "author", "url", "publisher"]),
                                          st.one_of(st.text(max_size=30), st.integers(),
                                                    st.none(), st.lists(st.text(max_size=5))),
                                          ), max_size=4)
                 .map(lambda rs: "\n".join(map(repr, rs)).replace("'", '"').encode())))
def test_the_readers_refuse_only_with_input_errors(data: bytes) -> None:
    _fuzz_module().check_input(data)

"""The speed-ups change nothing: the same annotations, sentences and statements as before.

- the pipeline's fast attribute ruler against the model's own ``attribute_ruler``;
- ``pg_sentences`` (one ``Doc.from_array``) against setting ``Token.is_sent_start``
  token by token;
- a dataset whose statements were deferred (:class:`policygraph.graph.DeferredMemory`)
  against one filled statement by statement.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from rdflib import Dataset, Literal, URIRef
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.tokens import Doc

from policygraph.graph import (
    PREFIXES,
    DeferredMemory,
    add_extraction,
    deferred_quads,
    new_dataset,
)
from policygraph.model import Article, Entity, EntityType, Evidence, Extraction, Fact, Value
from policygraph.nlp.sentences import ABBREVIATIONS, mark_line_starts
from policygraph.serialize import nquads, ntriples, trig, turtle

DATA = Path(__file__).parent / "data"
ATTRS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]


@pytest.mark.model
def test_the_fast_attribute_ruler_gives_the_same_docs() -> None:
    from policygraph.pipeline import CUSTOM, _tune_tokenizer, load_pipeline, model_name

    nlp = load_pipeline()
    assert "pg_fast_attribute_ruler" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names
    ref = spacy.load(model_name())
    _tune_tokenizer(ref)
    ref.add_pipe("pg_sentences", before="parser")
    texts = [p.read_text("utf-8") for p in (
        DATA / "articles" / "yonhap-2022-11-16-korea-us-senior-economic-dialogue.txt",
        DATA / "heldout" / "articles" / "reuters-2021-07-01-malaysia-dnb-ericsson.txt")]
    texts.append("I ain't gonna say it's the U.S.' fault.\n\n  It's 5 o'clock, ain't it?")
    texts.append("Let's go, y'all! C'mon, we gotta go; nothin' is gonna stop us. There's a "
                 "cat, there are dogs, and what a day it was. Which one? That one.\n \n")
    with nlp.select_pipes(disable=list(CUSTOM)):
        fast = list(nlp.pipe(texts))
    for a, b in zip(fast, ref.pipe(texts), strict=True):
        assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all()
        assert [t.is_sent_start for t in a] == [t.is_sent_start for t in b]


def _token_by_token(doc: Doc) -> Doc:
    """``pg_sentences`` as it was: one ``Token.is_sent_start`` assignment at a time."""
    if len(doc):
        doc[0].is_sent_start = True
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if "\n" in token.text or "\n" in token.whitespace_:
            nxt.is_sent_start = True
        elif token.text in ABBREVIATIONS and not nxt.is_space:
            nxt.is_sent_start = False
    return doc


@pytest.mark.parametrize("text", [
    "",
    "\n",
    "One.",
    "US presses Seoul\nThe talks ended.\n\nU.S. Secretary Mr. Kim met Gen. Lee in Jan. 2020.",
    "The U.S.\nUnder Secretary spoke. Dr.  Smith left Co. Ltd.\n",
    "Inc. Corp. S. N.\r\n\r\nSept. 5\t Feb.\n No. 7",
])
def test_line_starts_are_those_set_token_by_token(text: str) -> None:
    nlp = spacy.blank("en")
    for preset in (None, True, False):
        a, b = nlp(text), nlp(text)
        for doc in (a, b):  # what the document carried before stays unless a rule decides
            for t in list(doc)[1::3]:
                t.is_sent_start = preset
        assert (mark_line_starts(a).to_array([SENT_START])
                == _token_by_token(b).to_array([SENT_START])).all()


def test_line_starts_refuse_a_parsed_doc_as_spacy_does() -> None:
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["Hi", "there"], heads=[0, 0], deps=["ROOT", "dep"])
    with pytest.raises(ValueError, match="E043"):
        mark_line_starts(doc)


def _extractions() -> list[Extraction]:
    ev = Evidence("Huawei is Chinese.", 0, 18, "demo", 0.9)
    huawei = Entity("org/huawei", EntityType.COMPANY, "Huawei", alt_labels=frozenset({"HW"}))
    china = Entity("country/CN", EntityType.COUNTRY, "China", iso_code="CN")
    return [
        Extraction(Article(id="a1", text="Huawei is Chinese.", headline="H"), (huawei, china),
                   (Fact("org/huawei", "basedIn", "country/CN", ev),),
                   (Value("org/huawei", "isoCode", "CN", "string", ev),)),
        Extraction(Article(id="a2", text="Again."), (china,), (), ()),
        Extraction(Article(id="a1", text="The same id again.\n"), (huawei,), (), ()),
    ]


def _filled_directly(extractions: list[Extraction]) -> Dataset:
    ds = Dataset()  # rdflib's own store: every statement indexed as it comes
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    for ex in extractions:
        add_extraction(ds, ex)
    return ds


def test_a_deferred_dataset_is_the_dataset_filled_directly() -> None:
    direct = _filled_directly(_extractions())
    deferred = new_dataset()
    for ex in _extractions():
        add_extraction(deferred, ex)
    assert type(deferred.store) is DeferredMemory
    for write in (turtle, ntriples):  # read from the calls, without replaying them
        assert write(deferred) == write(direct)
        assert type(deferred.store) is DeferredMemory
    quads = deferred_quads(deferred)
    assert quads is not None
    assert set(quads) == {(s, p, o, g) for s, p, o, g in direct.quads()}
    assert nquads(deferred) == nquads(direct) and trig(deferred) == trig(direct)
    assert type(deferred.store) is DeferredMemory, "the quad writers read the calls too"
    assert len(deferred) == len(direct)  # any other use replays them into a plain store
    assert type(deferred.store) is not DeferredMemory and deferred_quads(deferred) is None
    assert sorted(map(str, (c.identifier for c in deferred.contexts()))) == sorted(
        map(str, (c.identifier for c in direct.contexts())))


def test_a_failure_half_way_leaves_what_the_direct_path_leaves() -> None:
    broken = Extraction(Article(id="a3", text="x"), (Entity("org/x", EntityType.COMPANY, "X"),),
                        (Fact("org/x", "notAPredicate", "org/x",
                              Evidence("x", 0, 1, "demo", 0.5)),), ())
    results = []
    for ds in (_filled_directly([]), new_dataset()):
        with pytest.raises(AttributeError):
            add_extraction(ds, broken)
        ds.remove_graph(URIRef("https://w3id.org/policygraph/id/article/a3"))
        results.append(nquads(ds))
    assert results[0] == results[1] and "org/x" in results[0]


def test_statements_added_before_are_kept() -> None:
    extra = (URIRef("urn:x:s"), URIRef("urn:x:p"), Literal("o"))
    direct, deferred = _filled_directly([]), new_dataset()
    for ds in (direct, deferred):
        ds.add(extra)
        for ex in _extractions():
            add_extraction(ds, ex)
    assert deferred_quads(deferred) is None  # the store holds more than the calls
    assert turtle(deferred) == turtle(direct) and "urn:x:s" in turtle(direct)

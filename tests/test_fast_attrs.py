"""The fast attribute ruler annotates exactly as the model's own ``attribute_ruler``."""

from __future__ import annotations

from pathlib import Path

import pytest

from policygraph.fast_attrs import FastAttributeRuler

DATA = Path(__file__).parent / "data" / "articles"


@pytest.mark.model
def test_same_annotations_as_the_models_ruler() -> None:
    import spacy
    from spacy.tokens import DocBin

    from policygraph.pipeline import model_name

    nlp = spacy.load(model_name())
    texts = [p.read_text("utf-8") for p in sorted(DATA.glob("*.txt"))[:5]]
    texts.append("I ain't gonna say it's the U.S.' fault.\n\n  It's 5 o'clock, ain't it?")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(texts))
    data = DocBin(docs=docs).to_bytes()
    ruler = nlp.get_pipe("attribute_ruler")
    fast = FastAttributeRuler(ruler)
    assert len(fast.slow) < 20  # nearly every pattern takes the fast path
    for a, b in zip(DocBin().from_bytes(data).get_docs(nlp.vocab),
                    DocBin().from_bytes(data).get_docs(nlp.vocab), strict=True):
        assert ruler(a).to_bytes() == fast(b).to_bytes()

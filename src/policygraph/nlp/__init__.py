"""spaCy pipeline components of policygraph, one file each, registered as factories.

- ``pg_sentences`` (:mod:`.sentences`): line breaks end sentences (headlines, captions).
- ``pg_mentions`` (:mod:`.mentions`): gazetteer, shape and NER mentions of entities.
- ``pg_linker`` (:mod:`.linker`): short names, acronyms and surnames to full entities.
- ``pg_relations`` (:mod:`.relations`): facts, meetings and values with evidence.

A component that fails on one document records why in ``doc.user_data["pg_errors"]``
and leaves its outputs empty, so one odd article never stops a batch.

Rules that look for a few words test every token of an article: :func:`doc_words` and
:func:`doc_texts` give its words as plain strings, read once per document off its
arrays, so that only the tokens a rule may want are made into ``Token`` objects.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc


def record_failure(doc: Doc, component: str, exc: Exception) -> None:
    """Note that ``component`` failed on ``doc``; the build reports it as a warning."""
    doc.user_data.setdefault("pg_errors", []).append(
        f"{component} failed ({type(exc).__name__}: {exc}); the article's facts may be incomplete"
    )


def doc_words(doc: Doc) -> list[tuple[str, str]]:
    """``(lem(t), t.lower_)`` for every token ``t`` of ``doc``, worked out once per document
    from its arrays, once per distinct word (``lem``: the lower-case lemma, else text).

    Only for a document whose lemmas are set: the first call's answer is kept.
    """
    words: list[tuple[str, str]] | None = doc.user_data.get("pg_words")
    if words is None:
        strings = doc.vocab.strings
        pairs: dict[tuple[int, ...], tuple[str, str]] = {}
        words = doc.user_data["pg_words"] = []
        for row in doc.to_array([LEMMA, ORTH, LOWER]).tolist():
            key = tuple(row)
            pair = pairs.get(key)
            if pair is None:
                lemma, orth, lower = row
                pair = pairs[key] = (((strings[lemma] if lemma else "") or strings[orth]).lower(),
                                     strings[lower])
            words.append(pair)
    return words


def doc_texts(doc: Doc) -> list[str]:
    """``t.text`` for every token ``t`` of ``doc``, worked out once per document."""
    texts: list[str] | None = doc.user_data.get("pg_texts")
    if texts is None:
        strings = doc.vocab.strings
        texts = doc.user_data["pg_texts"] = [strings[o] for o in doc.to_array(ORTH).tolist()]
    return texts

"""A faster stand-in for the model's ``lemmatizer``, with the same lemmas.

spaCy's rule lemmatizer (``en_core_web_sm``: English rules, ``overwrite`` off)
works token by token in Python: a ``Token`` object, its morphology as a dict for
``is_base_form``, the rule tables, then the ``lemma_`` setter. What it computes
depends on nothing but the token's text, its coarse POS and its morphology
(``rule_lemmatize`` reads ``token.text``, ``token.pos_`` and ``token.morph``;
the English ``is_base_form`` reads the POS and the morphological features), and
spaCy's own cache is keyed on exactly those three. This component reads the
three as ids for the whole ``Doc`` at once (``Doc.to_array``), asks the wrapped
lemmatizer once for each new (text, POS, morphology), keeps the answer's string
id, and writes every lemma back in one ``Doc.from_array``. When it does ask, it
asks a copy whose ``lemma_index`` word lists are sets: ``rule_lemmatize`` tests
each candidate form for membership in them (``form in index``), a scan of up to
57,000 words for an English noun, which was most of the lemmatizer's time. Tokens that already
have a lemma (the attribute ruler sets a few) keep it, as the original does
unless ``overwrite`` is set. A token without a POS is lemmatised every time, so
that spaCy's warning W108 is raised as often as before.

The ``Doc``s are identical to those of the model's lemmatizer on every test,
held-out and example article (``tests/test_speed_identity.py``), at about a
tenth of its time (0.39 s -> 0.04 s for 100 articles, ``bench/profile_components.py``). :func:`policygraph.pipeline.load_pipeline` swaps it in with
:func:`use_fast_lemmatizer`.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
>>> _ = lemmatizer.lookups.add_table("lemma_lookup", {"cats": "cat"})
>>> _ = use_fast_lemmatizer(nlp)
>>> nlp.pipe_names, [t.lemma_ for t in nlp("cats cats dogs")]
(['pg_fast_lemmatizer'], ['cat', 'cat', 'dogs'])
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from thinc.types import Ints2d

__all__ = ["FastLemmatizer", "use_fast_lemmatizer"]

_ARRAY = [ORTH, POS, MORPH, LEMMA]
# Distinct (text, POS, morphology) remembered at most, then forgotten all at once: about 15 MB.
_MAX_CACHE = 50_000


class FastLemmatizer:
    """Callable component: a ``Lemmatizer``'s lemmas, looked up per (text, POS, morphology)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.lemmatize = _with_indexes_as_sets(lemmatizer).lemmatize
        # (ORTH, POS, MORPH) ids -> the id of the lemma string, in the vocab's StringStore.
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        try:
            if len(doc):
                self._set_lemmas(doc)
            return doc
        except Exception as exc:
            lemmatizer.get_error_handler()(lemmatizer.name, lemmatizer, [doc], exc)
            return doc

    def _set_lemmas(self, doc: Doc) -> None:
        lemmatize = self.lemmatize
        overwrite = self.lemmatizer.overwrite
        add = doc.vocab.strings.add
        cache = self.cache
        if len(cache) > _MAX_CACHE:
            cache.clear()
        lemmas: list[int] = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array(_ARRAY).tolist()):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            value = cache.get(key)
            if value is None:
                value = add(lemmatize(doc[i])[0])
                if pos:  # no POS: spaCy warns (W108) at each such token; so do we
                    cache[key] = value
            lemmas.append(value)
        doc.from_array([LEMMA], cast(Ints2d, numpy.array(lemmas, dtype=numpy.uint64)))

    @contextmanager
    def memory_zone(self, mem: Any = None) -> Iterator[None]:
        """Inside ``nlp.memory_zone()``: lemma strings added there are dropped at its end, so
        their ids are forgotten too."""
        try:
            yield
        finally:
            self.cache.clear()


def _with_indexes_as_sets(lemmatizer: Lemmatizer) -> Lemmatizer:
    """The same lemmatizer, with the word lists of its ``lemma_index`` table as sets.

    ``rule_lemmatize`` only asks whether a candidate form is in the list of its POS
    (``form in index``), which is a scan of up to 57,000 words for an English noun: the
    same question of a set of the same words gets the same answer at once. The model's
    lemmatizer keeps its tables (and can still be saved); this copy is only asked.
    """
    if lemmatizer.mode != "rule" or "lemma_index" not in lemmatizer.lookups:
        return lemmatizer
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            as_sets = Table(name=name)
            for key, words in table.items():
                as_sets[key] = frozenset(words) if isinstance(words, list) and all(
                    isinstance(w, str) for w in words) else words
            table = as_sets
        lookups.set_table(name, table)
    copy = type(lemmatizer)(lemmatizer.vocab, lemmatizer.model, lemmatizer.name,
                            mode=lemmatizer.mode, overwrite=lemmatizer.overwrite,
                            scorer=lemmatizer.scorer)
    copy.lookups = lookups
    copy._validate_tables()
    return copy


@Language.factory("pg_fast_lemmatizer", default_config={"source": "lemmatizer"})
def make_fast_lemmatizer(nlp: Language, name: str, source: str) -> FastLemmatizer:
    """The fast lemmatizer, wrapping the pipeline's ``source`` lemmatizer (its tables, mode
    and settings)."""
    lemmatizer = nlp.get_pipe(source)
    if not isinstance(lemmatizer, Lemmatizer):
        raise TypeError(f"{source!r} is not a spaCy Lemmatizer")
    return FastLemmatizer(lemmatizer)


def use_fast_lemmatizer(nlp: Language, name: str = "lemmatizer") -> Language:
    """Replace the lemmatizer ``name`` of ``nlp`` by a :class:`FastLemmatizer`, in place.

    Only spaCy's own ``Lemmatizer`` and its English subclass, in ``rule`` or ``lookup``
    mode (what they read is then known); any other lemmatizer is left as it is.
    """
    pipe: Any = nlp.get_pipe(name)
    if type(pipe) in {Lemmatizer, EnglishLemmatizer} and pipe.mode in {"rule", "lookup"}:
        nlp.add_pipe("pg_fast_lemmatizer", before=name, config={"source": name})
        nlp.remove_pipe(name)
    return nlp

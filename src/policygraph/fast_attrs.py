"""A faster stand-in for the model's ``attribute_ruler``, with the same annotations.

The ruler of ``en_core_web_sm`` maps each fine tag to its coarse POS and
morphology, plus exceptions keyed on the word ("'s", "ai n't", "gon na"), with
179 Matcher patterns. spaCy's Matcher tries every pattern at every token: about
a tenth of the whole pipeline's CPU time on news text (``docs/benchmarks.md``).
Nearly all the patterns are one token long and test only equality (or ``IN``) on
``TAG``, ``LOWER``, ``DEP`` and ``IS_SPACE``; this component looks those up in
dictionaries keyed by tag and by word. The dozen others (two or three tokens,
``NOT_IN``, ``REGEX``) are tried only where their first token can match, by a
small matcher for fixed-length patterns; anything else (operators, other
attributes) is left to a spaCy Matcher. Matches are applied in the ruler's order
(later patterns win), so every token ends up with the same POS, morphology,
lemma, tag and dependency as with the original; a test checks that on the
project's articles (``tests/test_fast_attrs.py``, ``tests/test_speed_identity.py``).

:func:`policygraph.pipeline.load_pipeline` swaps it in with
:func:`use_fast_attribute_ruler`, which works on any loaded pipeline.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> ruler = nlp.add_pipe("attribute_ruler")
>>> ruler.add([[{"LOWER": "the"}]], {"POS": "DET"})
>>> _ = use_fast_attribute_ruler(nlp)
>>> nlp.pipe_names, nlp("The cat")[0].pos_
(['pg_fast_attribute_ruler'], 'DET')
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["FastAttributeRuler", "use_fast_attribute_ruler"]

_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
# Distinct token rows (and regex answers) remembered at most, then forgotten all at once:
# about 25 MB. The commonest rows come back at once.
_MAX_ROWS = 50_000
_ARRAY = [TAG, LOWER, DEP, IS_SPACE]
# A one-token pattern: (attr id, [(column, allowed values)]).
_Simple = tuple[int, list[tuple[int, frozenset[int]]]]
# One test on a token: (column, "in" | "not_in" | "regex", values or expression).
_Test = tuple[int, str, Any]
# Any other pattern of a fixed length: (attr id, the tests of each of its tokens).
_Fixed = tuple[int, tuple[tuple[_Test, ...], ...]]


class FastAttributeRuler:
    """Callable component: the patterns of an ``AttributeRuler``, matched faster."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        vocab = ruler.vocab
        self.slow = Matcher(vocab)
        self.by_tag: dict[int, list[_Simple]] = {}
        self.by_lower: dict[int, list[_Simple]] = {}
        self.by_dep: dict[int, list[_Simple]] = {}
        self.by_space: dict[int, list[_Simple]] = {}
        # Patterns of several tokens, or with NOT_IN or REGEX, filed under a value their
        # first token must have (by column), or tried at every token (``scan``).
        self.fixed: dict[int, dict[int, list[_Fixed]]] = {c: {} for c in range(4)}
        self.scan: list[_Fixed] = []
        # What a token's (TAG, LOWER, DEP, IS_SPACE) row alone decides: the one-token patterns
        # it matches and the longer patterns that may start at it (at most _MAX_ROWS).
        self.rows: dict[tuple[int, ...], tuple[list[int], list[_Fixed]]] = {}
        # (id of a REGEX, id of a string) -> whether the string matches.
        self.regex_cache: dict[tuple[int, int], bool] = {}
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        for attr_id in range(len(ruler.attrs)):
            _, alternatives = ruler.matcher.get(str(attr_id))
            for alt in alternatives:
                simple = self._simple(attr_id, alt, vocab)
                if simple is not None:
                    self._index(simple)
                    continue
                fixed = self._fixed(attr_id, alt, vocab)
                if fixed is None:
                    self.slow.add(str(attr_id), [alt])
                else:
                    self._index_fixed(fixed)

    @staticmethod
    def _simple(attr_id: int, alt: list[dict[str, Any]], vocab: Any) -> _Simple | None:
        if len(alt) != 1:
            return None
        tests: list[tuple[int, frozenset[int]]] = []
        for key, value in alt[0].items():
            if key not in _COLUMNS:
                return None
            if isinstance(value, dict):
                if set(value) != {"IN"}:
                    return None
                values = list(value["IN"])
            else:
                values = [value]
            tests.append((_COLUMNS[key], _ids(key, values, vocab)))
        return attr_id, tests

    @staticmethod
    def _fixed(attr_id: int, alt: list[dict[str, Any]], vocab: Any) -> _Fixed | None:
        """The pattern as tests, when every token is one equality, IN, NOT_IN or REGEX test
        per attribute of the four columns (no operators): as the Matcher reads them."""
        tokens: list[tuple[_Test, ...]] = []
        for spec in alt:
            tests: list[_Test] = []
            for key, value in spec.items():
                if key not in _COLUMNS:
                    return None
                column = _COLUMNS[key]
                if not isinstance(value, dict):
                    tests.append((column, "in", _ids(key, [value], vocab)))
                elif len(value) == 1 and "IN" in value:
                    tests.append((column, "in", _ids(key, list(value["IN"]), vocab)))
                elif len(value) == 1 and "NOT_IN" in value:
                    tests.append((column, "not_in", _ids(key, list(value["NOT_IN"]), vocab)))
                elif len(value) == 1 and "REGEX" in value and key != "IS_SPACE":
                    tests.append((column, "regex", re.compile(value["REGEX"])))
                else:
                    return None
            tokens.append(tuple(tests))
        return (attr_id, tuple(tokens)) if tokens else None

    def _index(self, simple: _Simple) -> None:
        # File the pattern under one of its tests (the most selective kind first); the
        # other tests are checked at match time.
        tests = dict(simple[1])
        for column, table in ((1, self.by_lower), (0, self.by_tag), (2, self.by_dep),
                              (3, self.by_space)):
            if column in tests:
                for value in tests[column]:
                    table.setdefault(value, []).append(simple)
                return
        raise ValueError("a pattern with no test")

    def _index_fixed(self, fixed: _Fixed) -> None:
        first = {column: values for column, kind, values in fixed[1][0] if kind == "in"}
        for column in (1, 0, 2, 3):
            if column in first:
                for value in first[column]:
                    self.fixed[column].setdefault(value, []).append(fixed)
                return
        self.scan.append(fixed)

    def matches(self, doc: Doc) -> list[tuple[int, int]]:
        """(attr id, token index) for every pattern that matches, in the ruler's order."""
        found: list[tuple[int, int, int]] = []
        array = doc.to_array(_ARRAY)
        rows = array.tolist()
        tables = ((1, self.by_lower), (0, self.by_tag), (2, self.by_dep), (3, self.by_space))
        fixed = [(c, table) for c, table in self.fixed.items() if table]
        regex_cache = self.regex_cache  # a string's answer does not change: kept across docs
        strings = doc.vocab.strings
        for pattern in self.scan:  # where the first token can match, found column-wise
            mask = numpy.ones(len(rows), dtype=bool)
            for test in pattern[1][0]:
                ids = array[:, test[0]]
                good = [v for v in numpy.unique(ids).tolist()
                        if _passes(test, v, strings, regex_cache)]
                mask &= numpy.isin(ids, numpy.array(good, dtype=numpy.uint64))
            for i in numpy.flatnonzero(mask).tolist():
                if _fixed_match(pattern[1], rows, i, strings, regex_cache):
                    found.append((pattern[0], i, self._target(pattern, i)))
        seen = self.rows
        if len(seen) > _MAX_ROWS or len(regex_cache) > _MAX_ROWS:
            seen.clear()
            regex_cache.clear()
        for i, row in enumerate(rows):
            key = tuple(row)
            known = seen.get(key)
            if known is None:  # the same rows recur: what one decides is worked out once
                simple = [attr_id for column, table in tables
                          for attr_id, tests in table.get(row[column], ())
                          if all(row[c] in allowed for c, allowed in tests)]
                known = seen[key] = (simple, [pattern for column, by_value in fixed
                                              for pattern in by_value.get(row[column], ())])
            for attr_id in known[0]:
                found.append((attr_id, i, i))
            for pattern in known[1]:
                if _fixed_match(pattern[1], rows, i, strings, regex_cache):
                    found.append((pattern[0], i, self._target(pattern, i)))
        slow = self.slow(doc, allow_missing=True) if len(self.slow) else []
        for match_id, start, end in slow:
            attr_id = int(doc.vocab.strings[match_id])
            index = self.indices[attr_id]
            found.append((attr_id, start, start + index if index >= 0 else end + index))
        found.sort()
        return [(attr_id, i) for attr_id, _, i in found]

    def _target(self, pattern: _Fixed, start: int) -> int:
        index: int = self.indices[pattern[0]]
        return start + index if index >= 0 else start + len(pattern[1]) + index

    def __call__(self, doc: Doc) -> Doc:
        for attr_id, i in self.matches(doc):
            set_token_attrs(doc[i], self.attrs[attr_id])
        return doc


def _ids(key: str, values: list[Any], vocab: Any) -> frozenset[int]:
    """The values of a pattern as the Matcher compares them: ids of strings, IS_SPACE 0/1."""
    if key == "IS_SPACE":
        return frozenset(int(bool(v)) for v in values)
    return frozenset(vocab.strings.add(str(v)) for v in values)


def _fixed_match(tokens: tuple[tuple[_Test, ...], ...], rows: list[list[int]], start: int,
                 strings: StringStore, regex_cache: dict[tuple[int, int], bool]) -> bool:
    """Whether the tokens from ``start`` pass the tests: IN and NOT_IN on the ids, REGEX
    searched in the attribute's text (as the Matcher does)."""
    if start + len(tokens) > len(rows):
        return False
    for k, tests in enumerate(tokens):
        row = rows[start + k]
        for test in tests:
            if not _passes(test, row[test[0]], strings, regex_cache):
                return False
    return True


def _passes(test: _Test, value: int, strings: StringStore,
            regex_cache: dict[tuple[int, int], bool]) -> bool:
    _, kind, values = test
    if kind == "in":
        return value in values
    if kind == "not_in":
        return value not in values
    key = (id(values), value)
    ok = regex_cache.get(key)
    if ok is None:
        ok = regex_cache[key] = values.search(strings[value]) is not None
    return ok


@Language.factory("pg_fast_attribute_ruler", default_config={"source": "attribute_ruler"})
def make_fast_attribute_ruler(nlp: Language, name: str, source: str) -> FastAttributeRuler:
    """The fast ruler, built from the patterns of the pipeline's ``source`` ruler."""
    return FastAttributeRuler(nlp.get_pipe(source))


def use_fast_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> Language:
    """Replace the ruler ``name`` of ``nlp`` by a :class:`FastAttributeRuler`, in place."""
    nlp.add_pipe("pg_fast_attribute_ruler", before=name, config={"source": name})
    nlp.remove_pipe(name)
    return nlp

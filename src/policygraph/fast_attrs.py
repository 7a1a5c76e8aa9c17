"""A faster stand-in for the model's ``attribute_ruler``, with the same annotations.

The ruler of ``en_core_web_sm`` maps each fine tag to its coarse POS and
morphology, plus exceptions keyed on the word ("'s", "ai n't", "gon na"), with
179 Matcher patterns. spaCy's Matcher tries every pattern at every token: about
a tenth of the whole pipeline's CPU time on news text (``docs/benchmarks.md``).
Nearly all the patterns are one token long and test only equality (or ``IN``) on
``TAG``, ``LOWER``, ``DEP`` and ``IS_SPACE``; this component looks those up in
dictionaries keyed by tag and by word, and leaves only the rest (longer patterns,
regular expressions) to a Matcher. Matches are applied in the ruler's order
(later patterns win), so every token ends up with the same POS, morphology,
lemma, tag and dependency as with the original; a test checks that on the
project's articles.

Not wired in: :func:`use_fast_attribute_ruler` swaps it into a loaded pipeline.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> ruler = nlp.add_pipe("attribute_ruler")
>>> ruler.add([[{"LOWER": "the"}]], {"POS": "DET"})
>>> _ = use_fast_attribute_ruler(nlp)
>>> nlp.pipe_names, nlp("The cat")[0].pos_
(['pg_fast_attribute_ruler'], 'DET')
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["FastAttributeRuler", "use_fast_attribute_ruler"]

_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY = [TAG, LOWER, DEP, IS_SPACE]
# A one-token pattern: (attr id, [(column, allowed values)]).
_Simple = tuple[int, list[tuple[int, frozenset[int]]]]


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
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        for attr_id in range(len(ruler.attrs)):
            _, alternatives = ruler.matcher.get(str(attr_id))
            for alt in alternatives:
                simple = self._simple(attr_id, alt, vocab)
                if simple is None:
                    self.slow.add(str(attr_id), [alt])
                else:
                    self._index(simple)

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
            if key == "IS_SPACE":
                ids = frozenset(int(bool(v)) for v in values)
            else:
                ids = frozenset(vocab.strings.add(str(v)) for v in values)
            tests.append((_COLUMNS[key], ids))
        return attr_id, tests

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

    def matches(self, doc: Doc) -> list[tuple[int, int]]:
        """(attr id, token index) for every pattern that matches, in the ruler's order."""
        found: list[tuple[int, int, int]] = []
        rows = doc.to_array(_ARRAY).tolist()
        tables = ((1, self.by_lower), (0, self.by_tag), (2, self.by_dep), (3, self.by_space))
        for i, row in enumerate(rows):
            for column, table in tables:
                for attr_id, tests in table.get(row[column], ()):
                    if all(row[c] in allowed for c, allowed in tests):
                        found.append((attr_id, i, i))
        slow = self.slow(doc, allow_missing=True) if len(self.slow) else []
        for match_id, start, end in slow:
            attr_id = int(doc.vocab.strings[match_id])
            index = self.indices[attr_id]
            found.append((attr_id, start, start + index if index >= 0 else end + index))
        found.sort()
        return [(attr_id, i) for attr_id, _, i in found]

    def __call__(self, doc: Doc) -> Doc:
        for attr_id, i in self.matches(doc):
            set_token_attrs(doc[i], self.attrs[attr_id])
        return doc


@Language.factory("pg_fast_attribute_ruler", default_config={"source": "attribute_ruler"})
def make_fast_attribute_ruler(nlp: Language, name: str, source: str) -> FastAttributeRuler:
    """The fast ruler, built from the patterns of the pipeline's ``source`` ruler."""
    return FastAttributeRuler(nlp.get_pipe(source))


def use_fast_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> Language:
    """Replace the ruler ``name`` of ``nlp`` by a :class:`FastAttributeRuler`, in place."""
    nlp.add_pipe("pg_fast_attribute_ruler", before=name, config={"source": name})
    nlp.remove_pipe(name)
    return nlp

"""``pg_sentences``: a line break in scraped text always ends a sentence.

Headlines, sub-headlines and photo captions often have no final full stop; the
parser would run them into the next sentence. This component runs before the
parser and marks the token after a line break as a sentence start, which the
parser respects.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("pg_sentences")
>>> doc = nlp("US presses Seoul\\nThe talks ended.")
>>> [t.is_sent_start for t in doc][:5]
[True, False, False, False, True]
>>> [t.is_sent_start for t in nlp("The U.S. Under Secretary spoke.")][2]
False
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("pg_sentences", assigns=["token.is_sent_start"])
def mark_line_starts(doc: Doc) -> Doc:
    """Mark every token that follows a line break as a sentence start."""
    if len(doc):
        doc[0].is_sent_start = True
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if "\n" in token.text or "\n" in token.whitespace_:
            nxt.is_sent_start = True
        elif token.text in ABBREVIATIONS and not nxt.is_space:
            nxt.is_sent_start = False
    return doc


#: Abbreviations that end in a full stop but rarely end a sentence in news copy.
ABBREVIATIONS = frozenset({
    "U.S.", "U.K.", "U.N.", "E.U.", "S.", "N.", "Gen.", "Sen.", "Rep.", "Dr.", "Mr.", "Mrs.",
    "Ms.", "Prof.", "Gov.", "Lt.", "Col.", "Adm.", "Amb.", "St.", "Jan.", "Feb.", "Aug.",
    "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Corp.", "Inc.", "Co.", "Ltd.", "Jr.", "Sr.",
})

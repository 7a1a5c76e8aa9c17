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
[True, False, None, None, True]
>>> [t.is_sent_start for t in nlp("The U.S. Under Secretary spoke.")][2]
False
>>> [t.is_sent_start for t in nlp("ACME, the operator, spoke.")][1]
False
>>> [t.is_sent_start for t in nlp("Trade\\n\\nCommunications Minister Roe spoke.")][3]
False
>>> doc = nlp("Its chairman, Eng. Jane Roe, spoke.")
>>> [t.text for t in doc][3:5], doc[5].is_sent_start
(['Eng', '.'], False)

A word in lower case after another word never starts one ("presses" above), nor does a
capitalised word after the first word of a line ("Minister").
"""

from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d


@Language.component("pg_sentences", assigns=["token.is_sent_start"])
def mark_line_starts(doc: Doc) -> Doc:
    """Mark every token that follows a line break as a sentence start.

    The starts are written in one ``Doc.from_array`` call: setting
    ``Token.is_sent_start`` token by token checks the whole document for a parse on
    every assignment, which is quadratic in the length of the article. The values
    are those of ``Token.is_sent_start``: 1 a start, -1 not a start, 0 not set.
    A token keeps what it had unless the token before it decides.
    """
    if not len(doc):
        return doc
    if doc.has_annotation("DEP"):  # as Token.is_sent_start's setter: never after a parse
        raise ValueError(Errors.E043)
    strings = doc.vocab.strings
    abbreviations = {strings[a] for a in ABBREVIATIONS}
    titles = {strings[t] for t in SHORT_TITLES}
    stop = strings["."]
    # uint64 in spaCy's arrays; as int64, -1 reads as -1 and writes back as spaCy's -1
    starts = doc.to_array([SENT_START]).view(numpy.int64).copy()
    rows: list[list[int]] = doc.to_array([ORTH, IS_SPACE]).tolist()
    line_break: dict[int, bool] = {}
    # a comma, semicolon or closing mark never opens a sentence ("ACME, the operator, ...":
    # the parser may end one after a capitalised name at the start of a paragraph)
    closers = {strings[p] for p in (",", ";", ":", ")", "’s", "'s")}
    # a word in lower case right after another word never opens one either ("Ruritania |
    # cut rates": the parser may cut a country's name off from its verb)
    # nor a capitalised word right after a paragraph's first word ("Communications | Minister
    # Jane Roe said": the parser may cut the first word off)
    shape: dict[int, tuple[bool, bool, bool]] = {}  # orth -> (a word, lower case, title case)
    starts[0] = 1
    opens = True  # token i opens a line
    for i in range(len(rows) - 1):
        orth = rows[i][0]
        brk = line_break.get(orth)
        if brk is None:
            brk = line_break[orth] = "\n" in strings[orth]
        if brk:  # a token's trailing whitespace is "" or " ": line breaks are tokens
            starts[i + 1] = 1
            opens = True
            continue
        first, opens = opens, False
        nxt = rows[i + 1][0]
        if orth in titles and nxt == stop and i + 2 < len(rows):
            starts[i + 2] = -1  # "its chairman, Eng. Jane Roe": a title the tokenizer parted
            # from its full stop
        if orth in abbreviations and not rows[i + 1][1] or nxt in closers:
            starts[i + 1] = -1
            continue
        for o in (orth, nxt):
            if o not in shape:
                text = strings[o]
                shape[o] = (text.isalpha(), text.isalpha() and text.islower(),
                            text.isalpha() and text.istitle())
        if shape[orth][0] and (shape[nxt][1] or first and shape[orth][2] and shape[nxt][2]):
            starts[i + 1] = -1
    doc.from_array([SENT_START], cast(Ints2d, starts.view(numpy.uint64)))
    return doc


#: Titles before a name that the tokenizer may part from their full stop ("Eng" "."), which
#: then ends no sentence.
SHORT_TITLES = frozenset({"Eng", "Engr", "Hon", "Maj", "Capt", "Brig", "Prof", "Dr", "Gen",
                          "Sen", "Rep", "Gov", "Amb", "Lt", "Col", "Adm", "Mr", "Mrs", "Ms"})
#: Abbreviations that end in a full stop but rarely end a sentence in news copy.
ABBREVIATIONS = frozenset({
    "U.S.", "U.K.", "U.N.", "E.U.", "S.", "N.", "Gen.", "Sen.", "Rep.", "Dr.", "Mr.", "Mrs.",
    "Ms.", "Prof.", "Gov.", "Lt.", "Col.", "Adm.", "Amb.", "St.", "Jan.", "Feb.", "Aug.",
    "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Corp.", "Inc.", "Co.", "Ltd.", "Jr.", "Sr.",
})

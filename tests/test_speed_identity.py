"""The speed-ups change nothing: the same annotations, sentences and statements as before.

- the pipeline's fast attribute ruler against the model's own ``attribute_ruler``;
- ``pg_sentences`` (one ``Doc.from_array``) against setting ``Token.is_sent_start``
  token by token;
- a dataset whose statements were deferred (:class:`policygraph.graph.DeferredMemory`)
  against one filled statement by statement;
- the pipeline's fast lemmatizer against the model's own ``lemmatizer``;
- ``articles.clean_chars`` against the character-by-character filter it replaced;
- the header dates read without dateparser against dateparser's reading;
- ``pg_mentions``' shape matches, found between the words no shape can hold, against
  its Matcher run over the whole document;
- the words and texts the components read off a document's arrays against its tokens';
- the Turtle and N-Triples escapes against ``str.translate``.
"""

from __future__ import annotations

import doctest
import random
import unicodedata
import warnings
from datetime import datetime
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal, URIRef
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.tokens import Doc

from policygraph import articles, fast_lemmas
from policygraph.articles import _NEWLINES, clean_chars
from policygraph.graph import (
    PREFIXES,
    DeferredMemory,
    add_extraction,
    deferred_quads,
    new_dataset,
)
from policygraph.linking import Gazetteer
from policygraph.model import Article, Entity, EntityType, Evidence, Extraction, Fact, Value
from policygraph.nlp import doc_texts, doc_words
from policygraph.nlp.mentions import MentionFinder
from policygraph.nlp.relations import _doc_text, lem, span_evidence
from policygraph.nlp.sentences import ABBREVIATIONS, SHORT_TITLES, mark_line_starts
from policygraph.serialize import (
    _ESCAPES,
    _IRI_ESCAPES,
    _LONG_ESCAPES,
    _escape,
    _escape_iri,
    _escape_long,
    nquads,
    ntriples,
    trig,
    turtle,
)

DATA = Path(__file__).parent / "data"
ARTICLE_DIRS = [DATA / "articles", DATA / "heldout" / "articles", DATA / "heldout3" / "articles",
                DATA / "heldout4" / "articles", DATA.parent.parent / "examples" / "articles"]
ATTRS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]


@pytest.mark.model
def test_the_fast_attribute_ruler_gives_the_same_docs() -> None:
    """The fast attribute ruler and lemmatizer against the model's own, on every test,
    held-out and example article."""
    from policygraph.build import read_articles
    from policygraph.pipeline import CUSTOM, _tune_tokenizer, load_pipeline, model_name

    nlp = load_pipeline()
    assert "pg_fast_attribute_ruler" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names
    assert "pg_fast_lemmatizer" in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    ref = spacy.load(model_name())
    _tune_tokenizer(ref)
    ref.add_pipe("pg_sentences", before="parser")
    texts = [a.text for a in read_articles(ARTICLE_DIRS)]
    assert len(texts) >= 40
    texts.append("I ain't gonna say it's the U.S.' fault.\n\n  It's 5 o'clock, ain't it?")
    texts.append("Let's go, y'all! C'mon, we gotta go; nothin' is gonna stop us. There's a "
                 "cat, there are dogs, and what a day it was. Which one? That one.\n \n")
    with nlp.select_pipes(disable=list(CUSTOM)):
        fast = list(nlp.pipe(texts))
    finder = nlp.get_pipe("pg_mentions")
    for a, b in zip(fast, ref.pipe(texts), strict=True):
        assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all()
        assert [t.is_sent_start for t in a] == [t.is_sent_start for t in b]
        # what pg_relations reads off the arrays once per document, as the tokens say it
        assert doc_words(a) == [(lem(t), t.lower_) for t in a]
        assert doc_texts(a) == [t.text for t in a]
        assert _doc_text(a) == a.text
        # pg_mentions' shapes: the Matcher run between the words no shape can hold
        assert finder.shape_matches(a) == finder.shapes(a)
        for sent in a.sents:
            ev = span_evidence(sent, "r", 0.5)
            assert (ev.sentence, ev.start, ev.end) == (
                sent.text.strip(), sent.start_char + len(sent.text) - len(sent.text.lstrip()),
                sent.end_char - len(sent.text) + len(sent.text.rstrip()))


#: Words of every kind a shape pattern tests: heads, connectors, title case, acronyms,
#: years, possessives, lower-case policy words, and words no pattern takes.
_SHAPE_WORDS = ["Ministry", "Department", "Agency", "Policy", "Network", "Act", "Bill", "of",
                "the", "and", ",", "&", "-", "(", ")", "for", "on", "National", "Cyber",
                "Security", "5G", "EU", "2030", "1999", "'s", "’s", "its", "their", "new",
                "first", "strategy", "plan", "Clean", "O'Brien", "U.S.", "said", "a", ".",
                "\n", "huawei", "IT"]


@pytest.fixture(scope="module")
def shape_finder() -> MentionFinder:
    return MentionFinder(spacy.blank("en"), Gazetteer.load())


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(words=st.lists(st.sampled_from(_SHAPE_WORDS), max_size=40))
def test_shape_matches_are_the_matchers_on_any_words(shape_finder: MentionFinder,
                                                     words: list[str]) -> None:
    doc = Doc(shape_finder.shapes.vocab, words=words)
    assert shape_finder.shape_matches(doc) == shape_finder.shapes(doc)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.text(st.one_of(st.characters(max_codepoint=0x90), st.sampled_from("’é\u2028\\\"<>")),
               max_size=40))
def test_escapes_are_those_of_str_translate(text: str) -> None:
    assert _escape(text) == text.translate(_ESCAPES)
    assert _escape_long(text) == text.translate(_LONG_ESCAPES)
    assert _escape_iri(text) == text.translate(_IRI_ESCAPES)


def _token_by_token(doc: Doc) -> Doc:
    """``pg_sentences`` as it was: one ``Token.is_sent_start`` assignment at a time."""
    if len(doc):
        doc[0].is_sent_start = True
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if token.text in SHORT_TITLES and nxt.text == "." and i + 2 < len(doc) and not (
                "\n" in token.text or "\n" in token.whitespace_):
            doc[i + 2].is_sent_start = False  # "Eng. Jane Roe": the title's full stop
        if "\n" in token.text or "\n" in token.whitespace_:
            nxt.is_sent_start = True
        elif token.text in ABBREVIATIONS and not nxt.is_space or nxt.text in {
                ",", ";", ":", ")", "’s", "'s"}:
            nxt.is_sent_start = False
        elif token.is_alpha and nxt.is_alpha and nxt.is_lower:  # "Peru sold": one sentence
            nxt.is_sent_start = False
        elif token.is_alpha and token.is_title and nxt.is_alpha and nxt.is_title and (
                i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_):
            nxt.is_sent_start = False  # a line's first two words: "Trade Minister"
    return doc


@pytest.mark.parametrize("text", [
    "",
    "\n",
    "One.",
    "US presses Seoul\nThe talks ended.\n\nU.S. Secretary Mr. Kim met Gen. Lee in Jan. 2020.",
    "The U.S.\nUnder Secretary spoke. Dr.  Smith left Co. Ltd.\n",
    "Trade Minister Roe spoke.\n\nCommunications Minister Doe. Then Peru Said so.",
    "Inc. Corp. S. N.\r\n\r\nSept. 5\t Feb.\n No. 7",
    "Its chairman, Eng. Jane Roe, spoke. Engr.\nHon. Maj. Capt. Brig Eng.",
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


@pytest.mark.model
def test_the_fast_lemmatizer_gives_the_models_lemmas() -> None:
    """On every test, held-out and example article: the same ``Doc`` as the model's own
    lemmatizer, with an empty cache and with one warmed by everything before; and the
    same forms for every distinct (text, POS, morphology), from the lemma index as sets."""
    from spacy.tokens import DocBin

    from policygraph.build import read_articles
    from policygraph.pipeline import load_pipeline

    nlp = load_pipeline()
    assert "lemmatizer" not in nlp.pipe_names
    warm = nlp.get_pipe("pg_fast_lemmatizer")
    assert isinstance(warm, fast_lemmas.FastLemmatizer)
    stock = warm.lemmatizer
    assert stock.mode == "rule" and not stock.overwrite
    assert warm.lemmatize.__self__ is not stock  # asked through the copy with sets
    texts = [a.text for a in read_articles(ARTICLE_DIRS)]
    assert len(texts) >= 40
    texts += ["I ain't gonna say it's the U.S.' fault.\n\n  It's 5 o'clock, ain't it?",
              "Let's go, y'all! C'mon, we gotta go; nothin' is gonna stop us. Mice were "
              "better-known than geese; the leaves fell, he was being heard. \n \n", ""]
    before = nlp.pipe_names[: nlp.pipe_names.index("pg_fast_lemmatizer")]
    with nlp.select_pipes(enable=before):
        data = DocBin(docs=list(nlp.pipe(texts)), store_user_data=True).to_bytes()
    cold = fast_lemmas.FastLemmatizer(stock)
    runs = [[lemmatize(doc) for doc in DocBin().from_bytes(data).get_docs(nlp.vocab)]
            for lemmatize in (stock, cold, warm)]
    for ref, *others in zip(*runs, strict=True):
        assert all(other.to_bytes() == ref.to_bytes() for other in others)
    assert any(t.lemma_ != t.lower_ for doc in runs[0] for t in doc)
    distinct = {(t.orth, t.pos, t.morph.key): t for doc in runs[0] for t in doc if t.pos}
    assert len(distinct) > 3000
    for token in distinct.values():
        assert cold.lemmatize(token) == stock.rule_lemmatize(token)


def _lemmatizer(nlp: spacy.language.Language, **config: object) -> object:
    from spacy.lookups import Lookups

    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule", **config})
    lookups = Lookups()
    lookups.add_table("lemma_rules", {"noun": [["s", ""], ["ies", "y"]], "verb": [["ed", ""]]})
    lookups.add_table("lemma_index", {"noun": ["cat", "fly"], "verb": ["walk"]})
    lookups.add_table("lemma_exc", {"noun": {"mice": ["mouse"]}})
    lemmatizer.initialize(lookups=lookups)
    return lemmatizer


@pytest.mark.parametrize("overwrite", [False, True])
def test_the_fast_lemmatizer_keeps_set_lemmas_overwrite_and_warnings(overwrite: bool) -> None:
    words = ["Cats", "mice", "flies", "walked", "ran", "cats", "x", "Flies", "dogs"]
    pos = ["NOUN", "NOUN", "NOUN", "VERB", "VERB", "NOUN", "", "NOUN", "PROPN"]
    lemmas = ["", "", "", "", "go", "", "", "", ""]  # one already set: kept unless overwrite

    def lemmatized(fast: bool) -> tuple[list[str], int]:
        nlp = spacy.blank("en")
        lemmatizer = _lemmatizer(nlp, overwrite=overwrite)
        if fast:
            fast_lemmas.use_fast_lemmatizer(nlp)
            assert nlp.pipe_names == ["pg_fast_lemmatizer"]
        out = []
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            for _ in range(2):  # the second time from the cache
                doc = Doc(nlp.vocab, words=words, pos=pos, lemmas=lemmas)
                out.append([t.lemma_ for t in nlp(doc)])
        assert lemmatizer is not None and out[0] == out[1]
        return out[0], sum("W108" in str(w.message) for w in seen)

    assert lemmatized(True) == lemmatized(False)
    assert lemmatized(True)[1] == 2  # the token without a POS, each time


def test_only_spacys_own_lemmatizers_are_replaced() -> None:
    nlp = spacy.blank("en")
    _lemmatizer(nlp)
    assert fast_lemmas.use_fast_lemmatizer(nlp).pipe_names == ["pg_fast_lemmatizer"]
    other = spacy.blank("en")

    @spacy.Language.component("pg_test_other_lemmatizer")
    def other_lemmatizer(doc: Doc) -> Doc:
        return doc

    other.add_pipe("pg_test_other_lemmatizer", name="lemmatizer")
    assert fast_lemmas.use_fast_lemmatizer(other).pipe_names == ["lemmatizer"]


def test_the_fast_lemmatizer_forgets_its_ids_after_a_memory_zone() -> None:
    nlp = spacy.blank("en")
    _lemmatizer(nlp)
    fast_lemmas.use_fast_lemmatizer(nlp)
    fast = nlp.get_pipe("pg_fast_lemmatizer")
    with nlp.memory_zone():
        nlp(Doc(nlp.vocab, words=["flies"], pos=["NOUN"]))
        assert fast.cache
    assert not fast.cache
    assert [t.lemma_ for t in nlp(Doc(nlp.vocab, words=["flies"], pos=["NOUN"]))] == ["fly"]


def test_fast_lemmas_examples() -> None:
    assert doctest.testmod(fast_lemmas).failed == 0


def _clean_chars_per_character(text: str) -> str:
    """``clean_chars`` as it was: one ``unicodedata.category`` call per character."""
    text = text.replace("\r\n", "\n").translate(_NEWLINES)
    return "".join(
        ch for ch in text
        if ch in "\n\t" or unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn"}
    )


_ODD = [0, 7, 9, 10, 13, 0x7F, 0x85, 0xAD, 0x200B, 0x200E, 0x202E, 0x2028, 0x2029, 0xD800,
        0xDFFF, 0xE000, 0xFEFF, 0xFFFF, 0x378, 0x10FFFF, ord("é"), ord("한")]


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.lists(st.one_of(st.integers(0, 0x10FFFF), st.sampled_from(_ODD),
                          st.integers(32, 126)), max_size=40))
def test_clean_chars_is_the_per_character_filter(codes: list[int]) -> None:
    text = "".join(map(chr, codes))
    assert clean_chars(text) == _clean_chars_per_character(text)


def test_clean_chars_is_the_per_character_filter_on_the_articles() -> None:
    texts = [p.read_text("utf-8", "surrogateescape") for d in ARTICLE_DIRS
             for p in sorted(d.iterdir())]
    texts += ["a\r\nb\rc\r\r\nd\u2028\u2029\x00\ufeff", "\r", "\r\n", "", "plain ASCII\tline\n"]
    for text in texts:
        assert clean_chars(text) == _clean_chars_per_character(text)


def _dateparser(text: str) -> object:
    import dateparser

    return dateparser.parse(
        text, languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["year"]})


def _header_dates(n: int, seed: int = 6) -> list[str]:
    """``n`` dates in the shapes ``articles._parse_common`` reads, and near misses."""
    rnd = random.Random(seed)
    months = [*articles._MONTHS, "Sept", "Junee", "Mayo"]
    weekdays = [*articles._WEEKDAYS, "Funday"]
    out = []
    for _ in range(n):
        day = rnd.choice([rnd.randint(1, 31), rnd.randint(0, 39)])
        days = f"{day:02d}" if rnd.random() < 0.2 else str(day)
        month, year = rnd.choice(months), rnd.choice([rnd.randint(1990, 2030), rnd.randint(1900, 2099)])
        text = f"{days} {month} {year}" if rnd.random() < 0.5 else f"{month} {days}, {year}"
        if rnd.random() < 0.4:
            text = f"{rnd.choice(weekdays)}{rnd.choice([',', ''])} {text}"
        if rnd.random() < 0.5:
            hour, minute = rnd.choice([rnd.randint(0, 23), rnd.randint(0, 30)]), rnd.randint(0, 59)
            clock = f"{hour:02d}:{minute:02d}" if rnd.random() < 0.3 else f"{hour}:{minute:02d}"
            clock += rnd.choice(["", " AM", " PM"])
            if rnd.random() < 0.6:
                text += rnd.choice([",", ""]) + " " + clock
            else:  # "5:42 PM , July 15, 2022": the time first
                text = clock + rnd.choice([" , ", ", ", " "]) + text
        out.append(text)
    return out


def test_common_header_dates_are_read_as_dateparser_reads_them() -> None:
    texts = _header_dates(600) + [
        f"July 14, 2020 {h}:{m}{half}" for h in (0, 1, 11, 12, 13, 23, 24) for m in ("00", "59")
        for half in ("", " AM", " PM")] + [
        "February 29, 2020", "February 29, 2021", "31 April 2020", "May 00, 2020",
        "Thursday 23 August 2018", "Friday, December 18, 2020", "Jun 15, 2021, 08:11 AM",
        "Friday, 09 October 2020 13:27", "Sep 5, 2021", "Sept 5, 2021", "1 July 1900",
        "5:42 PM , July 15, 2022", "17:55 , September 30, 2020", "17:55 , Friday, 18 December "
        "2020", "9:05 AM, 1 May 2021", "13:05 PM , July 15, 2022", "5:42 , July 15, 2022 6:00"]
    read = 0
    for text in texts:
        fast = articles._parse_common(text)
        if fast is not None:  # anything else goes to dateparser itself
            read += 1
            parsed = _dateparser(text)
            assert type(parsed) is datetime and parsed.tzinfo is None and parsed == fast, text
    assert read > 250


def test_most_header_dates_of_the_articles_need_no_dateparser(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from policygraph.build import read_articles

    loose: list[str] = []
    common = articles._parse_common

    def spy(text: str) -> datetime | None:
        loose.append(text)
        return common(text)

    monkeypatch.setattr(articles, "_parse_common", spy)
    assert list(read_articles(ARTICLE_DIRS))
    assert len(loose) >= 20
    assert sum(common(t) is not None for t in loose) >= 0.75 * len(loose)
    for text in loose:
        fast = common(text)
        assert fast is None or fast == _dateparser(text), text


def _strip_country_words_by_scan(gaz: Gazetteer, name: str) -> tuple[str, str | None]:
    """``Gazetteer.strip_country_words`` and ``leading_country`` as they were: every name of
    the tables tried, longest first, at every call."""
    import re

    words = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    stripped, leading = words, None
    for table in (gaz.country_by_demonym, gaz.country_by_name):
        for prefix in sorted(table, key=len, reverse=True):
            if words.startswith(prefix + " ") and len(words) > len(prefix) + 3:
                stripped = re.sub(r"^(?:'s|’s|’|')\s*", "", words[len(prefix) + 1 :]).strip()
                break
        else:
            continue
        break
    for table in (gaz.country_by_demonym, gaz.country_by_name):
        leading = next((table[p] for p in sorted(table, key=len, reverse=True)
                        if words.startswith(p + " ")), None)
        if leading is not None:
            break
    return stripped, leading


def test_country_words_are_found_as_by_scanning_every_name() -> None:
    gaz = Gazetteer.load()
    names = [n for org in gaz.orgs.values() for n in (org.name, *org.aliases)]
    names += [f"{prefix} {rest}" for prefix in [*gaz.country_by_name, *gaz.country_by_demonym]
              for rest in ("Ministry of Foreign Affairs", "'s Office", "Navy")]
    names += ["", "the", "the  US Army", "The United States", "South Korea", "South  Korean Navy",
              "US", "U.S. State Department", "\u00a0the US Army ", "Korean"]
    assert len(names) > 1000
    for name in names:
        assert (gaz.strip_country_words(name), gaz.leading_country(name)) == \
            _strip_country_words_by_scan(gaz, name), name


def test_the_caches_may_be_forgotten_at_any_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast lemmatizer's and attribute ruler's caches, cleared at every document: the
    same annotations."""
    from policygraph import fast_attrs

    def annotate(limit: int | None) -> list[list[tuple[str, str]]]:
        if limit is not None:
            monkeypatch.setattr(fast_lemmas, "_MAX_CACHE", limit)
            monkeypatch.setattr(fast_attrs, "_MAX_ROWS", limit)
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "cats"}]], {"POS": "NOUN"})
        ruler.add([[{"LOWER": {"REGEX": "^fl"}}]], {"POS": "NOUN"})
        ruler.add([[{"LOWER": "the"}, {"LOWER": "mice"}]], {"POS": "NOUN"}, index=1)
        _lemmatizer(nlp)
        fast_attrs.use_fast_attribute_ruler(nlp)
        fast_lemmas.use_fast_lemmatizer(nlp)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # W108: tokens without a POS
            return [[(t.pos_, t.lemma_) for t in nlp(text)]
                    for text in ["cats flies the mice", "Cats, flies and the mice."] * 3]

    assert annotate(0) == annotate(None)

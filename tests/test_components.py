"""The custom spaCy components on hand-built Docs: no trained model needed."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from policygraph.linking import Gazetteer
from policygraph.model import EntityType
from policygraph.nlp.linker import Linker
from policygraph.nlp.mentions import MentionFinder
from policygraph.nlp.relations import RelationExtractor
from policygraph.nlp.sentences import mark_line_starts


def blank() -> Language:
    return spacy.blank("en")


def mentions_of(doc: Doc, nlp: Language) -> list[tuple[str, str, str]]:
    finder = MentionFinder(nlp, Gazetteer.load())
    return [(m.surface, m.key, m.type.value) for m in finder.find(doc)]


def test_gazetteer_finds_countries_operators_and_policies() -> None:
    nlp = blank()
    doc = nlp("NTT in Japan , SK Telecom and the U.S. joined the Clean Network .")
    found = mentions_of(doc, nlp)
    assert ("NTT", "org/ntt", "Telco") in found
    assert ("Japan", "country/JP", "Country") in found
    assert ("SK Telecom", "org/sk-telecom", "Telco") in found
    assert ("U.S.", "country/US", "Country") in found
    assert ("Clean Network", "policy/clean-network", "Policy") in found


def test_capital_is_a_country_only_when_not_a_place() -> None:
    nlp = blank()
    acting = mentions_of(nlp("Seoul avoided an immediate response ."), nlp)
    place = mentions_of(nlp("They met in Seoul ."), nlp)
    assert ("Seoul", "country/KR", "Country") in acting
    assert place == []


def test_government_body_and_policy_by_shape() -> None:
    nlp = blank()
    words = "The Ruritanian Ministry of Digital Affairs unveiled the Open Skies Strategy .".split()
    doc = Doc(nlp.vocab, words=words, pos=["DET", "PROPN", "PROPN", "ADP", "PROPN", "PROPN",
                                           "VERB", "DET", "PROPN", "PROPN", "PROPN", "PUNCT"])
    found = mentions_of(doc, nlp)
    assert ("Ministry of Digital Affairs", "org/ministry-of-digital-affairs",
            "GovernmentBody") in found
    assert ("Open Skies Strategy", "policy/open-skies-strategy", "Policy") in found


def test_linker_resolves_acronyms_and_surnames() -> None:
    nlp = blank()
    words = ("Jane Roe backed the Digital Trust Network ( DTN ) . Roe said DTN would grow .").split()
    doc = Doc(nlp.vocab, words=words,
              pos=["PROPN", "PROPN", "VERB", "DET", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN",
                   "PUNCT", "PUNCT", "PROPN", "VERB", "PROPN", "AUX", "VERB", "PUNCT"])
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 11, 12, label="PERSON")]
    doc._.pg_mentions = MentionFinder(nlp, Gazetteer.load()).find(doc)
    Linker(Gazetteer.load())(doc)
    keys = {(m.surface, m.key) for m in doc._.pg_mentions}
    assert ("Roe", "person/jane-roe") in keys
    assert ("DTN", "policy/digital-trust-network") in keys
    entity = doc._.pg_entities["policy/digital-trust-network"]
    assert entity.type is EntityType.POLICY and "DTN" in entity.alt_labels


def parsed(nlp: Language, words: list[str], heads: list[int], deps: list[str], pos: list[str],
           lemmas: list[str]) -> Doc:
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    gaz = Gazetteer.load()
    doc._.pg_mentions = MentionFinder(nlp, gaz).find(doc)
    Linker(gaz)(doc)
    RelationExtractor(gaz)(doc)
    return doc


def test_uses_equipment_and_its_negation() -> None:
    nlp = blank()
    words = ["KT", "uses", "Huawei", "equipment", "."]
    doc = parsed(nlp, words, [1, 1, 3, 1, 1], ["nsubj", "ROOT", "compound", "dobj", "punct"],
                 ["PROPN", "VERB", "PROPN", "NOUN", "PUNCT"], ["KT", "use", "Huawei", "equipment", "."])
    assert [(f.subject, f.predicate, f.object) for f in doc._.pg_facts
            if f.predicate == "usesEquipmentFrom"] == [("org/kt", "usesEquipmentFrom", "org/huawei")]
    words = ["KT", "does", "not", "use", "Huawei", "equipment", "."]
    doc = parsed(nlp, words, [3, 3, 3, 3, 5, 3, 3],
                 ["nsubj", "aux", "neg", "ROOT", "compound", "dobj", "punct"],
                 ["PROPN", "AUX", "PART", "VERB", "PROPN", "NOUN", "PUNCT"],
                 ["KT", "do", "not", "use", "Huawei", "equipment", "."])
    assert not [f for f in doc._.pg_facts if f.predicate == "usesEquipmentFrom"]


def test_line_breaks_start_sentences() -> None:
    nlp = blank()
    doc = mark_line_starts(nlp("Headline without stop\nBody text here."))
    assert doc[3].is_sent_start is True and doc[3].text == "\n" or doc[4].is_sent_start


def test_a_word_in_lower_case_after_a_word_opens_no_sentence() -> None:
    nlp = blank()
    doc = mark_line_starts(nlp("ISLAMABAD: Peru sold spectrum. It said so"))
    assert [t.text for t in doc if t.is_sent_start is False] == [":", "sold", "spectrum",
                                                                 "said", "so"]


def test_a_failing_component_records_the_error_and_keeps_going(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    nlp = blank()
    gaz = Gazetteer.load()
    finder = MentionFinder(nlp, gaz)

    def boom(doc: Doc) -> list[object]:
        raise RuntimeError("unexpected shape")

    monkeypatch.setattr(finder, "find", boom)
    doc = finder(nlp("Huawei was banned ."))
    assert doc._.pg_mentions == []
    assert "pg_mentions failed (RuntimeError: unexpected shape)" in doc.user_data["pg_errors"][0]

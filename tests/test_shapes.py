"""ontology/shapes.ttl accepts a well-formed graph and rejects broken ones."""

from __future__ import annotations

import pyshacl
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD

from policygraph.vocab import PG, PGR, SCHEMA, ontology_path

PGSH = Namespace("https://w3id.org/policygraph/shapes#")

# As the builder writes it: every entity typed with all its pg superclasses,
# every fact with one pg:Evidence node.
CONFORMING = """
@base <https://w3id.org/policygraph/id/> .
@prefix pg:     <https://w3id.org/policygraph/ontology#> .
@prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .

<article/hani-2020-10-15> a pg:Article ;
    schema:headline "US reiterates calls for S. Korea to join its Clean Network"@en ;
    schema:datePublished "2020-10-15T17:12:00+09:00"^^xsd:dateTime ;
    schema:url "https://english.hani.co.kr/arti/english_edition/e_international/965985.html" ;
    pg:articleText "The US reiterated its calls for South Korea to join its Clean Network." ;
    pg:dateline "SEOUL" .

<country/US> a pg:Country ; rdfs:label "United States"@en ; skos:altLabel "US"@en ;
    pg:isoCode "US" ; pg:mentionedIn <article/hani-2020-10-15> .
<country/KR> a pg:Country ; rdfs:label "South Korea"@en ; pg:isoCode "KR" .
<country/CN> a pg:Country ; rdfs:label "China"@en ; pg:isoCode "CN" .
<org/huawei> a pg:Company , pg:Organization ; rdfs:label "Huawei"@en .
<org/lg-uplus> a pg:Telco , pg:Company , pg:Organization ; rdfs:label "LG U+"@en ;
    skos:altLabel "LG Uplus"@en , "LGU+"@en .
<org/us-department-of-state> a pg:GovernmentBody , pg:Organization ;
    rdfs:label "US Department of State"@en .
<person/keith-krach> a pg:Person ; rdfs:label "Keith Krach"@en ;
    pg:role "Under Secretary of State for Economic Growth, Energy, and the Environment" .
<policy/clean-network> a pg:Policy ; rdfs:label "Clean Network"@en ;
    pg:announcedOn "2020-08"^^xsd:gYearMonth ; pg:status "active" .
<meeting/kr-us-2020-10-14> a pg:Meeting ;
    rdfs:label "South Korea-US senior economic meeting, 2020-10-14"@en ;
    pg:date "2020-10-14"^^xsd:date ; pg:ordinal 5 ; pg:duration "PT2H40M"^^xsd:duration ;
    pg:mode "teleconference" ; pg:topic "economic partnership"@en .

# The facts.
<policy/clean-network> pg:promotedBy <country/US> ; pg:excludes <org/huawei> .
<org/lg-uplus> pg:usesEquipmentFrom <org/huawei> .
<org/huawei> pg:basedIn <country/CN> .
<person/keith-krach> pg:affiliatedWith <org/us-department-of-state> .
<meeting/kr-us-2020-10-14> pg:participant <country/KR> , <country/US> ;
    pg:ledBy <person/keith-krach> ; pg:discussed <policy/clean-network> .

# Their evidence.
<evidence/0000000000000001> a pg:Evidence ;
    rdf:subject <policy/clean-network> ; rdf:predicate pg:promotedBy ; rdf:object <country/US> ;
    pg:sourceArticle <article/hani-2020-10-15> ;
    pg:evidenceText "The US reiterated its calls for South Korea to join its Clean Network." ;
    pg:startChar 0 ; pg:endChar 70 ;
    pg:extractedBy "relations.promotedBy" ; pg:confidence 0.9 .
<evidence/0000000000000002> a pg:Evidence ;
    rdf:subject <policy/clean-network> ; rdf:predicate pg:excludes ; rdf:object <org/huawei> ;
    pg:sourceArticle <article/hani-2020-10-15> ;
    pg:extractedBy "relations.excludes" ; pg:confidence 0.8 .
<evidence/0000000000000003> a pg:Evidence ;
    rdf:subject <org/lg-uplus> ; rdf:predicate pg:usesEquipmentFrom ; rdf:object <org/huawei> ;
    pg:sourceArticle <article/hani-2020-10-15> ;
    pg:extractedBy "relations.usesEquipmentFrom" ; pg:confidence 1.0 .
<evidence/0000000000000004> a pg:Evidence ;
    rdf:subject <org/huawei> ; rdf:predicate pg:basedIn ; rdf:object <country/CN> ;
    pg:sourceArticle <article/hani-2020-10-15> ;
    pg:extractedBy "gazetteer" ; pg:confidence 1.0 .
<evidence/0000000000000005> a pg:Evidence ;
    rdf:subject <person/keith-krach> ; rdf:predicate pg:affiliatedWith ;
    rdf:object <org/us-department-of-state> ;
    pg:sourceArticle <article/hani-2020-10-15> ;
    pg:extractedBy "relations.affiliatedWith" ; pg:confidence 0.7 .
<evidence/0000000000000006> a pg:Evidence ;
    rdf:subject <meeting/kr-us-2020-10-14> ; rdf:predicate pg:participant ;
    rdf:object <country/KR> ;
    pg:sourceArticle <article/hani-2020-10-15> ;
    pg:extractedBy "meetings.participant" ; pg:confidence 0.9 .
<evidence/0000000000000007> a pg:Evidence ;
    rdf:subject <meeting/kr-us-2020-10-14> ; rdf:predicate pg:participant ;
    rdf:object <country/US> ;
    pg:sourceArticle <article/hani-2020-10-15> ;
    pg:extractedBy "meetings.participant" ; pg:confidence 0.9 .
<evidence/0000000000000008> a pg:Evidence ;
    rdf:subject <meeting/kr-us-2020-10-14> ; rdf:predicate pg:ledBy ;
    rdf:object <person/keith-krach> ;
    pg:sourceArticle <article/hani-2020-10-15> ;
    pg:extractedBy "meetings.ledBy" ; pg:confidence 0.9 .
<evidence/0000000000000009> a pg:Evidence ;
    rdf:subject <meeting/kr-us-2020-10-14> ; rdf:predicate pg:discussed ;
    rdf:object <policy/clean-network> ;
    pg:sourceArticle <article/hani-2020-10-15> ;
    pg:extractedBy "meetings.discussed" ; pg:confidence 0.6 .
"""

ARTICLE = PGR["article/hani-2020-10-15"]
HUAWEI = PGR["org/huawei"]
LG_UPLUS = PGR["org/lg-uplus"]
MEETING = PGR["meeting/kr-us-2020-10-14"]
CLEAN_NETWORK = PGR["policy/clean-network"]
EVIDENCE_1 = PGR["evidence/0000000000000001"]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ontology_path("shapes.ttl"), format="turtle")


def conforming() -> Graph:
    return Graph().parse(data=CONFORMING, format="turtle")


def validate(data: Graph, shapes: Graph) -> tuple[bool, Graph]:
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    assert isinstance(conforms, bool)
    assert isinstance(report, Graph)
    return conforms, report


def violations(report: Graph) -> set[tuple[URIRef | None, URIRef | None]]:
    """(focus node, result path) of every result in a validation report."""
    found: set[tuple[URIRef | None, URIRef | None]] = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        found.add(
            (
                focus if isinstance(focus, URIRef) else None,
                path if isinstance(path, URIRef) else None,
            )
        )
    return found


def test_shapes_parse_and_cover_every_class(shapes: Graph) -> None:
    targets = set(shapes.objects(None, SH.targetClass))
    assert targets == {
        PG.Country,
        PG.Organization,
        PG.Company,
        PG.Telco,
        PG.GovernmentBody,
        PG.Person,
        PG.Policy,
        PG.Meeting,
        PG.Article,
        PG.Evidence,
    }


def test_conforming_graph_conforms(shapes: Graph) -> None:
    conforms, report = validate(conforming(), shapes)
    assert conforms, report.serialize(format="turtle")


def test_missing_label(shapes: Graph) -> None:
    data = conforming()
    data.remove((HUAWEI, RDFS.label, None))
    conforms, report = validate(data, shapes)
    assert not conforms
    assert violations(report) == {(HUAWEI, RDFS.label)}


def test_label_without_language_tag(shapes: Graph) -> None:
    data = conforming()
    data.set((HUAWEI, RDFS.label, Literal("Huawei")))
    conforms, report = validate(data, shapes)
    assert not conforms
    assert violations(report) == {(HUAWEI, RDFS.label)}


def test_ordinal_as_string(shapes: Graph) -> None:
    data = conforming()
    data.set((MEETING, PG.ordinal, Literal("fifth")))
    conforms, report = validate(data, shapes)
    assert not conforms
    assert violations(report) == {(MEETING, PG.ordinal)}


def test_fact_without_evidence(shapes: Graph) -> None:
    data = conforming()
    data.add((LG_UPLUS, PG.participatesIn, CLEAN_NETWORK))
    conforms, report = validate(data, shapes)
    assert not conforms
    assert violations(report) == {(LG_UPLUS, PG.participatesIn)}
    sources = set(report.objects(None, SH.sourceShape))
    assert PGSH.FactShape in sources


def test_evidence_for_a_different_object_does_not_count(shapes: Graph) -> None:
    data = conforming()
    data.set((EVIDENCE_1, RDF.object, PGR["country/KR"]))
    conforms, report = validate(data, shapes)
    assert not conforms
    assert (CLEAN_NETWORK, PG.promotedBy) in violations(report)


def test_confidence_out_of_range(shapes: Graph) -> None:
    data = conforming()
    data.set((EVIDENCE_1, PG.confidence, Literal("1.5", datatype=XSD.decimal)))
    conforms, report = validate(data, shapes)
    assert not conforms
    assert violations(report) == {(EVIDENCE_1, PG.confidence)}


def test_evidence_without_source_article(shapes: Graph) -> None:
    data = conforming()
    data.remove((EVIDENCE_1, PG.sourceArticle, None))
    conforms, report = validate(data, shapes)
    assert not conforms
    assert violations(report) == {(EVIDENCE_1, PG.sourceArticle)}


def test_start_after_end(shapes: Graph) -> None:
    data = conforming()
    data.set((EVIDENCE_1, PG.startChar, Literal(100)))
    conforms, report = validate(data, shapes)
    assert not conforms
    assert violations(report) == {(EVIDENCE_1, PG.startChar)}


def test_range_of_a_fact(shapes: Graph) -> None:
    data = conforming()
    # A Person is neither a Country nor an Organization.
    data.add((CLEAN_NETWORK, PG.promotedBy, PGR["person/keith-krach"]))
    conforms, report = validate(data, shapes)
    assert not conforms
    assert (CLEAN_NETWORK, PG.promotedBy) in violations(report)


def test_telco_without_its_superclasses(shapes: Graph) -> None:
    data = conforming()
    data.remove((LG_UPLUS, RDF.type, PG.Company))
    conforms, report = validate(data, shapes)
    assert not conforms
    assert (LG_UPLUS, None) in violations(report)


def test_announced_on_as_plain_string(shapes: Graph) -> None:
    data = conforming()
    data.set((CLEAN_NETWORK, PG.announcedOn, Literal("August 2020")))
    conforms, report = validate(data, shapes)
    assert not conforms
    assert violations(report) == {(CLEAN_NETWORK, PG.announcedOn)}


def test_meeting_with_neither_date_nor_participant(shapes: Graph) -> None:
    data = conforming()
    for triple in list(data.triples((MEETING, PG.participant, None))):
        data.remove(triple)
    for evidence in list(data.subjects(RDF.predicate, PG.participant)):
        data.remove((evidence, None, None))
    data.remove((MEETING, PG.date, None))
    conforms, report = validate(data, shapes)
    assert not conforms
    assert violations(report) == {(MEETING, None)}


def test_article_with_neither_headline_nor_label(shapes: Graph) -> None:
    data = conforming()
    data.remove((ARTICLE, SCHEMA.headline, None))
    conforms, report = validate(data, shapes)
    assert not conforms
    assert violations(report) == {(ARTICLE, None)}


def test_date_published_as_plain_string(shapes: Graph) -> None:
    data = conforming()
    data.set((ARTICLE, SCHEMA.datePublished, Literal("2020-10-15 17:12 KST")))
    conforms, report = validate(data, shapes)
    assert not conforms
    assert violations(report) == {(ARTICLE, SCHEMA.datePublished)}


def test_confidence_as_double(shapes: Graph) -> None:
    # rdflib makes Literal(0.9) an xsd:double; the builder writes Decimal("0.9").
    data = conforming()
    data.set((EVIDENCE_1, PG.confidence, Literal(0.9)))
    conforms, report = validate(data, shapes)
    assert not conforms
    assert violations(report) == {(EVIDENCE_1, PG.confidence)}

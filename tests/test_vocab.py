"""vocab.PG mirrors ontology/policygraph.ttl, and the ontology reasons soundly."""

from __future__ import annotations

import doctest
import inspect

import owlrl
import pyoxigraph
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from policygraph import vocab
from policygraph.vocab import PG, PGR, ontology_path

ONTOLOGY_IRI = URIRef("https://w3id.org/policygraph/ontology")
PG_NS = "https://w3id.org/policygraph/ontology#"
OWLRL_ERROR = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")
DECLARATION_TYPES = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.SymmetricProperty,
)

# The 13 properties between entities in the ontology contract.
FACT_PROPERTIES = {
    PG.basedIn,
    PG.promotedBy,
    PG.announcedBy,
    PG.excludes,
    PG.urgedToJoin,
    PG.participatesIn,
    PG.usesEquipmentFrom,
    PG.linkedWith,
    PG.partOf,
    PG.participant,
    PG.ledBy,
    PG.discussed,
    PG.affiliatedWith,
}


def declared_terms(ontology: Graph) -> set[URIRef]:
    """The pg: terms the ontology declares as a class or a property."""
    return {
        subject
        for kind in DECLARATION_TYPES
        for subject in ontology.subjects(RDF.type, kind)
        if isinstance(subject, URIRef) and str(subject).startswith(PG_NS)
    }


def vocab_terms() -> set[URIRef]:
    """The terms vocab.PG defines, one per annotated attribute."""
    return {PG[name] for name in inspect.get_annotations(PG)}


def mismatch(code: set[URIRef], ontology: set[URIRef]) -> set[URIRef]:
    """Terms found on one side only; empty when vocab.py and the ontology agree."""
    return code ^ ontology


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def test_vocab_matches_ontology(ontology: Graph) -> None:
    assert mismatch(vocab_terms(), declared_terms(ontology)) == set()


def test_mismatch_detects_a_term_missing_from_the_ontology(ontology: Graph) -> None:
    trimmed = Graph()
    for triple in ontology:
        trimmed.add(triple)
    trimmed.remove((PG.excludes, RDF.type, OWL.ObjectProperty))
    assert mismatch(vocab_terms(), declared_terms(trimmed)) == {PG.excludes}


def test_mismatch_detects_a_term_missing_from_the_code(ontology: Graph) -> None:
    assert mismatch(vocab_terms() - {PG.Telco}, declared_terms(ontology)) == {PG.Telco}


def test_mismatch_detects_an_extra_term_in_the_code(ontology: Graph) -> None:
    extra = URIRef(PG_NS + "notInTheOntology")
    assert mismatch(vocab_terms() | {extra}, declared_terms(ontology)) == {extra}


def test_closed_namespace_rejects_unknown_terms() -> None:
    with pytest.raises(AttributeError):
        _ = PG.basedOn


def test_contract_terms_are_declared(ontology: Graph) -> None:
    classes = {
        PG.Country,
        PG.Organization,
        PG.Company,
        PG.Telco,
        PG.GovernmentBody,
        PG.Person,
        PG.Policy,
        PG.Meeting,
        PG.Article,
    }
    assert classes <= set(ontology.subjects(RDF.type, OWL.Class))
    assert FACT_PROPERTIES | {PG.mentionedIn} <= set(
        ontology.subjects(RDF.type, OWL.ObjectProperty)
    )
    assert (PG.linkedWith, RDF.type, OWL.SymmetricProperty) in ontology
    assert (PG.Telco, RDFS.subClassOf, PG.Company) in ontology
    assert (PG.Company, RDFS.subClassOf, PG.Organization) in ontology
    assert (PG.GovernmentBody, RDFS.subClassOf, PG.Organization) in ontology


def test_every_term_has_english_label_and_comment(ontology: Graph) -> None:
    for term in declared_terms(ontology):
        for annotation in (RDFS.label, RDFS.comment):
            values = list(ontology.objects(term, annotation))
            assert any(isinstance(v, Literal) and v.language == "en" for v in values), (
                f"{term} has no {annotation}@en"
            )


def test_every_property_has_domain_and_range(ontology: Graph) -> None:
    properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | set(
        ontology.subjects(RDF.type, OWL.DatatypeProperty)
    )
    for prop in properties:
        assert ontology.value(prop, RDFS.domain) is not None, prop
        assert ontology.value(prop, RDFS.range) is not None, prop


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert ontology.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef(
        "https://w3id.org/policygraph/ontology/0.1.0"
    )


def test_ontology_loads_in_pyoxigraph(ontology: Graph) -> None:
    quads = list(pyoxigraph.parse(path=str(ontology_path()), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(ontology)
    ontology_node = pyoxigraph.NamedNode(str(ONTOLOGY_IRI))
    owl_ontology = pyoxigraph.NamedNode(str(OWL.Ontology))
    assert any(q.subject == ontology_node and q.object == owl_ontology for q in quads)


def test_shapes_file_is_found() -> None:
    assert ontology_path("shapes.ttl").is_file()


def test_missing_ontology_file_raises() -> None:
    with pytest.raises(FileNotFoundError):
        ontology_path("no-such-file.ttl")


def test_vocab_docstring_examples_run() -> None:
    failed, attempted = doctest.testmod(vocab, optionflags=doctest.ELLIPSIS)
    assert attempted > 0
    assert failed == 0


# A small graph as the builder would write it, but typed with leaf classes only,
# so the reasoner has something to infer.
DATA = """
@prefix pg:  <https://w3id.org/policygraph/ontology#> .
@base <https://w3id.org/policygraph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<country/KR> a pg:Country ; rdfs:label "South Korea"@en ; pg:isoCode "KR" .
<country/US> a pg:Country ; rdfs:label "United States"@en ; pg:isoCode "US" .
<country/CN> a pg:Country ; rdfs:label "China"@en ; pg:isoCode "CN" .
<org/kt> a pg:Telco ; rdfs:label "KT"@en ; pg:basedIn <country/KR> ;
    pg:participatesIn <policy/clean-network> .
<org/lg-uplus> a pg:Telco ; rdfs:label "LG U+"@en ; pg:usesEquipmentFrom <org/huawei> .
<org/huawei> a pg:Company ; rdfs:label "Huawei"@en ; pg:basedIn <country/CN> .
<org/us-department-of-state> a pg:GovernmentBody ; rdfs:label "US Department of State"@en .
<person/mike-pompeo> a pg:Person ; rdfs:label "Mike Pompeo"@en ;
    pg:role "Secretary of State" ;
    pg:affiliatedWith <org/us-department-of-state> .
<person/lee-tae-ho> a pg:Person ; rdfs:label "Lee Tae-ho"@en ;
    pg:affiliatedWith <country/KR> .
<policy/clean-network> a pg:Policy ; rdfs:label "Clean Network"@en ;
    pg:promotedBy <country/US> ;
    pg:announcedBy <person/mike-pompeo> ;
    pg:excludes <org/huawei> ;
    pg:announcedOn "2020-08"^^xsd:gYearMonth .
<policy/5g-clean-network> a pg:Policy ; rdfs:label "5G Clean Network"@en ;
    pg:partOf <policy/clean-network> .
<policy/new-southern-policy> a pg:Policy ; rdfs:label "New Southern Policy"@en ;
    pg:linkedWith <policy/indo-pacific-strategy> .
<policy/indo-pacific-strategy> a pg:Policy ; rdfs:label "Indo-Pacific Strategy"@en .
<country/KR> pg:urgedToJoin <policy/clean-network> .
<meeting/kr-us-2020-10-14> a pg:Meeting ; rdfs:label "South Korea-US senior economic meeting"@en ;
    pg:date "2020-10-14"^^xsd:date ;
    pg:ordinal 5 ;
    pg:duration "PT2H40M"^^xsd:duration ;
    pg:mode "teleconference" ;
    pg:topic "economic partnership"@en ;
    pg:participant <country/KR> , <country/US> ;
    pg:ledBy <person/lee-tae-ho> ;
    pg:discussed <policy/clean-network> .
<article/hani-2020-10-15> a pg:Article ; rdfs:label "US reiterates calls"@en .
<person/mike-pompeo> pg:mentionedIn <article/hani-2020-10-15> .
<org/huawei> pg:mentionedIn <article/hani-2020-10-15> .
"""


@pytest.fixture(scope="module")
def closure(ontology: Graph) -> Graph:
    graph = Graph()
    for triple in ontology:
        graph.add(triple)
    graph.parse(data=DATA, format="turtle")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return graph


def pg_types(graph: Graph, node: URIRef) -> set[URIRef]:
    return {
        t for t in graph.objects(node, RDF.type) if isinstance(t, URIRef) and t.startswith(PG_NS)
    }


def test_closure_infers_superclasses_and_symmetry(closure: Graph) -> None:
    assert pg_types(closure, PGR["org/kt"]) == {PG.Telco, PG.Company, PG.Organization}
    assert pg_types(closure, PGR["org/us-department-of-state"]) == {
        PG.GovernmentBody,
        PG.Organization,
    }
    assert (
        PGR["policy/indo-pacific-strategy"],
        PG.linkedWith,
        PGR["policy/new-southern-policy"],
    ) in closure


def test_closure_keeps_countries_and_organizations_apart(closure: Graph) -> None:
    countries = set(closure.subjects(RDF.type, PG.Country))
    organizations = set(closure.subjects(RDF.type, PG.Organization))
    assert countries == {PGR["country/KR"], PGR["country/US"], PGR["country/CN"]}
    assert countries & organizations == set()


def test_closure_types_persons_as_persons_only(closure: Graph) -> None:
    persons = set(closure.subjects(RDF.type, PG.Person))
    assert persons == {PGR["person/mike-pompeo"], PGR["person/lee-tae-ho"]}
    for person in persons:
        assert isinstance(person, URIRef)
        assert pg_types(closure, person) == {PG.Person}


def test_closure_finds_no_inconsistency(closure: Graph) -> None:
    # owlrl reports an inconsistency (a violated owl:AllDisjointClasses, a
    # literal of the wrong datatype, ...) as a node typed err:ErrorMessage.
    messages = [str(m) for m in closure.objects(None, OWLRL_ERROR.error)]
    assert messages == []


def test_closure_types_policy_dates(closure: Graph) -> None:
    assert closure.value(PGR["policy/clean-network"], PG.announcedOn) == Literal(
        "2020-08", datatype=XSD.gYearMonth
    )


def test_closure_reports_a_country_that_is_also_an_organization(ontology: Graph) -> None:
    graph = Graph()
    for triple in ontology:
        graph.add(triple)
    # Wrong on purpose: basedIn makes its subject an Organization.
    graph.add((PGR["country/KR"], RDF.type, PG.Country))
    graph.add((PGR["country/KR"], PG.basedIn, PGR["country/US"]))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    messages = [str(m) for m in graph.objects(None, OWLRL_ERROR.error)]
    assert any("disjoint" in m.lower() for m in messages), messages

"""The policygraph vocabulary as code, mirroring ``ontology/policygraph.ttl``.

``PG`` is closed: asking it for a term the ontology does not declare raises
``AttributeError``, so a typo fails at once instead of minting a new IRI.
``tests/test_vocab.py`` keeps the two in step.

>>> from policygraph.vocab import PG, PGR, ontology_path
>>> PG.basedIn
rdflib.term.URIRef('https://w3id.org/policygraph/ontology#basedIn')
>>> PGR["country/KR"]
rdflib.term.URIRef('https://w3id.org/policygraph/id/country/KR')
>>> PG.basedOn
Traceback (most recent call last):
...
AttributeError: term 'basedOn' not in namespace 'https://w3id.org/policygraph/ontology#'
>>> ontology_path().name
'policygraph.ttl'
>>> ontology_path("shapes.ttl").is_file()
True
"""

# The attribute names are the ontology's local names, which are camelCase.
# ruff: noqa: N815

from __future__ import annotations

from pathlib import Path

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["PG", "PGR", "SCHEMA", "ontology_path"]


class PG(DefinedNamespace):
    """The policygraph ontology: ``https://w3id.org/policygraph/ontology#``."""

    _fail = True
    _NS = Namespace("https://w3id.org/policygraph/ontology#")

    # Classes
    Country: URIRef  # a sovereign state or economy
    Organization: URIRef  # any organisation
    Company: URIRef  # a business; subclass of Organization
    Telco: URIRef  # a telecommunications operator; subclass of Company
    GovernmentBody: URIRef  # a ministry, department, agency, party in power
    Person: URIRef  # a named person
    Policy: URIRef  # a government policy, programme, strategy or initiative
    Meeting: URIRef  # a meeting, talks, summit or dialogue
    Article: URIRef  # a source document
    Evidence: URIRef  # the provenance of one fact (an rdf:Statement)

    # Object properties: the facts
    basedIn: URIRef  # Organization -> Country
    promotedBy: URIRef  # Policy -> Country or Organization
    announcedBy: URIRef  # Policy -> Person or Organization
    excludes: URIRef  # Policy -> Company
    urgedToJoin: URIRef  # Country or Organization -> Policy
    participatesIn: URIRef  # Country or Organization -> Policy
    usesEquipmentFrom: URIRef  # Telco -> Company
    linkedWith: URIRef  # Policy -> Policy, symmetric
    partOf: URIRef  # Policy -> Policy
    participant: URIRef  # Meeting -> Country or Organization
    ledBy: URIRef  # Meeting -> Person
    discussed: URIRef  # Meeting -> Policy
    affiliatedWith: URIRef  # Person -> Organization or Country

    # Object properties: provenance
    mentionedIn: URIRef  # any entity -> Article
    sourceArticle: URIRef  # Evidence -> Article

    # Datatype properties
    announcedOn: URIRef  # Policy -> xsd:date, xsd:gYearMonth or xsd:gYear
    status: URIRef  # Policy -> xsd:string
    date: URIRef  # Meeting -> xsd:date
    mode: URIRef  # Meeting -> xsd:string
    duration: URIRef  # Meeting -> xsd:duration
    ordinal: URIRef  # Meeting -> xsd:integer
    topic: URIRef  # Meeting -> rdf:langString
    role: URIRef  # Person -> xsd:string
    isoCode: URIRef  # Country -> xsd:string, ISO 3166-1 alpha-2
    articleText: URIRef  # Article -> xsd:string, the text offsets refer to
    dateline: URIRef  # Article -> xsd:string
    evidenceText: URIRef  # Evidence -> xsd:string, the sentence
    startChar: URIRef  # Evidence -> xsd:integer
    endChar: URIRef  # Evidence -> xsd:integer, exclusive
    extractedBy: URIRef  # Evidence -> xsd:string, e.g. "relations.excludes"
    confidence: URIRef  # Evidence -> xsd:decimal in [0, 1]


PGR = Namespace("https://w3id.org/policygraph/id/")
"""The things the graph talks about: ``pgr:country/KR``, ``pgr:org/lg-uplus``, ..."""

SCHEMA = Namespace("https://schema.org/")
"""schema.org, with the ``https`` scheme."""


def ontology_path(name: str = "policygraph.ttl") -> Path:
    """Return the path of a file from ``ontology/``, installed or in a checkout.

    An installed package carries the files in ``policygraph/ontology/``; a
    source checkout has them in ``ontology/`` at the top of the repository.

    >>> ontology_path().read_text(encoding="utf-8").count("owl:Ontology") >= 1
    True
    """
    for base in (Path(__file__).parent, Path(__file__).parents[2]):
        path = base / "ontology" / name
        if path.is_file():
            return path
    raise FileNotFoundError(
        f"ontology file {name!r} is neither in the installed package nor in the source checkout"
    )

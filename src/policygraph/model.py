"""The typed values that travel between the steps of policygraph.

Article -> spaCy Doc -> :class:`Extraction` (entities, facts, values) -> Graph.
All are frozen dataclasses so they can be hashed, compared and sorted.

>>> ev = Evidence(sentence="Huawei is Chinese.", start=0, end=18, rule="demo", confidence=0.9)
>>> Fact("org/huawei", "basedIn", "country/CN", ev).object
'country/CN'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class EntityType(StrEnum):
    """The entity classes of the ontology contract."""

    COUNTRY = "Country"
    ORGANIZATION = "Organization"
    COMPANY = "Company"
    TELCO = "Telco"
    GOVERNMENT_BODY = "GovernmentBody"
    PERSON = "Person"
    POLICY = "Policy"
    MEETING = "Meeting"

    @property
    def is_org(self) -> bool:
        """True for Organization and its subclasses.

        >>> EntityType.TELCO.is_org, EntityType.COUNTRY.is_org
        (True, False)
        """
        return self in ORG_TYPES

    @property
    def superclasses(self) -> tuple[EntityType, ...]:
        """This class and every ontology superclass of it, most specific first.

        >>> [t.value for t in EntityType.TELCO.superclasses]
        ['Telco', 'Company', 'Organization']
        """
        chain = {
            EntityType.TELCO: (EntityType.TELCO, EntityType.COMPANY, EntityType.ORGANIZATION),
            EntityType.COMPANY: (EntityType.COMPANY, EntityType.ORGANIZATION),
            EntityType.GOVERNMENT_BODY: (EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION),
        }
        return chain.get(self, (self,))


ORG_TYPES = frozenset(
    {EntityType.ORGANIZATION, EntityType.COMPANY, EntityType.TELCO, EntityType.GOVERNMENT_BODY}
)


@dataclass(frozen=True)
class Article:
    """One input document, with the cleaned text that evidence offsets refer to."""

    id: str
    text: str
    source: str = "<memory>"
    headline: str | None = None
    published: datetime | date | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    url: str | None = None
    dateline: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def reference_date(self) -> date | None:
        """The calendar date relative dates in the text resolve against."""
        if isinstance(self.published, datetime):
            return self.published.date()
        return self.published


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a fact came from: the sentence, its offsets, the rule and a confidence."""

    sentence: str
    start: int
    end: int
    rule: str
    confidence: float


@dataclass(frozen=True, order=True)
class Entity:
    """A resolved entity: its key (the IRI path below ``pgr:``) and names."""

    key: str
    type: EntityType
    label: str
    alt_labels: frozenset[str] = field(default_factory=frozenset)
    iso_code: str | None = None


@dataclass(frozen=True, order=True)
class Fact:
    """A fact between two entities, e.g. ``org/huawei basedIn country/CN``."""

    subject: str
    predicate: str
    object: str
    evidence: Evidence


@dataclass(frozen=True, order=True)
class Value:
    """A value on an entity; ``datatype`` is an XSD local name or ``langString``."""

    subject: str
    predicate: str
    value: str
    datatype: str
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    values: tuple[Value, ...]
    warnings: tuple[str, ...] = ()

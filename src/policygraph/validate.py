"""SHACL validation of a built graph against ``ontology/shapes.ttl``.

>>> from rdflib import Graph
>>> report = validate_graph(Graph())
>>> report.conforms
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import Graph

from policygraph.errors import PolicyGraphError
from policygraph.vocab import ontology_path


@dataclass(frozen=True)
class Report:
    """The outcome of a validation: conforms, and the report text when it does not."""

    conforms: bool
    text: str


@cache
def shapes_graph() -> Graph:
    """The SHACL shapes, parsed once per process."""
    return Graph().parse(ontology_path("shapes.ttl"), format="turtle")


def validate_graph(data: Graph) -> Report:
    """Validate ``data`` (one merged graph, as written, no inference) against the shapes."""
    from pyshacl import validate

    conforms, report_graph, text = validate(
        data, shacl_graph=shapes_graph(), inference="none", advanced=True, allow_warnings=True
    )
    if not isinstance(report_graph, Graph):
        raise PolicyGraphError(f"the shapes could not be used: {report_graph}")
    return Report(bool(conforms), str(text))

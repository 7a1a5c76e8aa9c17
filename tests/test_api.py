"""The public API in ``policygraph/__init__.py``: its examples run, and importing it is cheap."""

from __future__ import annotations

import doctest
import importlib
import inspect
import subprocess
import sys
import types
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

import policygraph
from policygraph import InputError

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
FUNCTIONS = ["build_dataset", "build_graph", "extract", "query", "read_articles", "validate"]


def test_all_names_exist() -> None:
    assert set(FUNCTIONS) <= set(policygraph.__all__)
    for name in policygraph.__all__:
        assert hasattr(policygraph, name), name


@pytest.mark.parametrize("name", FUNCTIONS)
def test_every_function_has_a_summary_and_an_example(name: str) -> None:
    doc = inspect.getdoc(getattr(policygraph, name)) or ""
    assert doc.splitlines()[0].endswith(".") and ">>> " in doc, name


@pytest.mark.model
def test_the_examples_run() -> None:
    result = doctest.testmod(policygraph, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 15 and result.failed == 0


def test_importing_does_no_work() -> None:
    code = ("import sys, policygraph; "
            "print(sorted(m for m in ('rdflib', 'spacy', 'pyoxigraph', 'pyshacl', 'typer', "
            "'rich', 'policygraph.pipeline', 'policygraph.query') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.strip() == "[]"


def test_submodules_do_not_shadow_the_functions_of_the_same_name() -> None:
    for name in ("query", "validate"):
        module = importlib.import_module(f"policygraph.{name}")
        assert isinstance(module, types.ModuleType)
        assert callable(getattr(policygraph, name))
        assert not isinstance(getattr(policygraph, name), types.ModuleType)
    code = ("import policygraph.query, policygraph.validate, policygraph; "
            "print(policygraph.query.__name__, policygraph.validate.__name__)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.split() == ["query", "validate"]


def test_read_articles_from_a_folder_and_a_file() -> None:
    (a,) = policygraph.read_articles(EXAMPLES)
    assert a.id == "hani-2020-10-15-clean-network"
    assert a.headline and a.headline.startswith("US reiterates calls for S. Korea")
    (b,) = policygraph.read_articles([str(EXAMPLES / "hani-2020-10-15-clean-network.txt")])
    assert a == b


def test_read_articles_names_every_input_it_cannot_read(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError) as info:
        policygraph.read_articles([tmp_path / "missing.txt", empty, EXAMPLES])
    assert "missing.txt" in str(info.value) and "empty.txt" in str(info.value)


def test_query_on_graph_files(tmp_path: Path) -> None:
    path = tmp_path / "g.ttl"
    path.write_text("<https://w3id.org/policygraph/id/org/kt> a "
                    "<https://w3id.org/policygraph/ontology#Telco> .", encoding="utf-8")
    assert policygraph.query(path, "ASK { ?t a pg:Telco }").boolean is True
    rows = policygraph.query([str(path)], "SELECT ?t { ?t a pg:Telco }").rows
    assert [str(t) for (t,) in rows] == ["<https://w3id.org/policygraph/id/org/kt>"]


def test_query_reports_bad_sparql() -> None:
    with pytest.raises(InputError, match="invalid SPARQL"):
        policygraph.query(Graph(), "SELECT WHERE {")


@pytest.fixture(scope="session")
def sample() -> Dataset:
    return policygraph.build_dataset(policygraph.read_articles(EXAMPLES))


@pytest.mark.model
def test_build_graph_is_the_dataset_merged(sample: Dataset) -> None:
    from rdflib.compare import isomorphic

    from policygraph.graph import flatten

    graph = policygraph.build_graph(policygraph.read_articles(EXAMPLES))
    assert type(graph) is Graph
    assert isomorphic(graph, flatten(sample))


@pytest.mark.model
def test_query_on_a_dataset_sees_every_graph(sample: Dataset) -> None:
    result = policygraph.query(sample, "SELECT ?name WHERE { ?t a pg:Telco ; "
                                       "pg:usesEquipmentFrom/rdfs:label ?name }")
    assert [str(name) for (name,) in result.rows] == ['"Huawei"@en']


@pytest.mark.model
def test_the_sample_validates(sample: Dataset) -> None:
    from policygraph.graph import flatten

    report = policygraph.validate(flatten(sample))
    assert report.conforms, report.text

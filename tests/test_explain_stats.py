"""``policygraph explain`` and ``policygraph stats`` and the library functions behind them."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset
from typer.testing import CliRunner

import policygraph.explain
import policygraph.stats
from policygraph.cli import app
from policygraph.errors import InputError
from policygraph.explain import explain, find_entity, short_name
from policygraph.stats import stats

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
PGR = "https://w3id.org/policygraph/id/"
PG = "https://w3id.org/policygraph/ontology#"

GRAPH = """
@base <https://w3id.org/policygraph/id/> .
@prefix pg: <https://w3id.org/policygraph/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<article/a1> a pg:Article ; schema:headline "Seoul weighs the Clean Network"@en .
<org/lg-uplus> a pg:Telco , pg:Company , pg:Organization ; rdfs:label "LG U+"@en ;
    skos:altLabel "LG Uplus"@en ; pg:usesEquipmentFrom <org/huawei> ;
    pg:mentionedIn <article/a1> .
<org/huawei> a pg:Company , pg:Organization ; rdfs:label "Huawei"@en ;
    pg:basedIn <country/CN> .
<country/CN> a pg:Country ; rdfs:label "China"@en ; pg:isoCode "CN" .
<country/KR> a pg:Country ; rdfs:label "South Korea"@en ; skos:altLabel "Korea"@en .
<country/KP> a pg:Country ; rdfs:label "North Korea"@en ; skos:altLabel "Korea"@en .
<policy/clean-network> a pg:Policy ; rdfs:label "Clean Network"@en ;
    pg:excludes <org/huawei> .
<person/mike-pompeo> a pg:Person ; rdfs:label "Mike Pompeo"@en ; pg:role "Secretary of State" .

<evidence/1> a pg:Evidence ; rdf:subject <org/lg-uplus> ; rdf:predicate pg:usesEquipmentFrom ;
    rdf:object <org/huawei> ; pg:sourceArticle <article/a1> ;
    pg:evidenceText "LG U+ still uses Huawei equipment." ; pg:startChar 10 ; pg:endChar 44 ;
    pg:extractedBy "relations.usesEquipmentFrom" ; pg:confidence 0.8 .
<evidence/2> a pg:Evidence ; rdf:subject <org/lg-uplus> ; rdf:predicate pg:usesEquipmentFrom ;
    rdf:object <org/huawei> ; pg:sourceArticle <article/a1> ;
    pg:evidenceText "LG U+ relies on Huawei." ; pg:startChar 50 ; pg:endChar 73 ;
    pg:extractedBy "relations.other" ; pg:confidence 0.95 .
<evidence/3> a pg:Evidence ; rdf:subject <policy/clean-network> ; rdf:predicate pg:excludes ;
    rdf:object <org/huawei> ; pg:sourceArticle <article/a1> ;
    pg:evidenceText "The Clean Network shuts out Huawei." ;
    pg:extractedBy "relations.excludes" ; pg:confidence 0.7 .
<evidence/4> a pg:Evidence ; rdf:subject <person/mike-pompeo> ; rdf:predicate pg:role ;
    rdf:object "Secretary of State" ; pg:sourceArticle <article/a1> ;
    pg:extractedBy "relations.role" ; pg:confidence 0.85 .
"""
# Huawei basedIn China has no evidence on purpose.


@pytest.fixture
def store() -> ox.Store:
    s = ox.Store()
    s.load(input=GRAPH, format=ox.RdfFormat.TURTLE)
    return s


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    return path


# ---------------------------------------------------------------- finding the entity


@pytest.mark.parametrize("ref", [
    f"{PGR}org/lg-uplus", f"<{PGR}org/lg-uplus>", "pgr:org/lg-uplus", r"pgr:org\/lg-uplus",
    "org/lg-uplus", "LG U+", "lg u+", "  LG U+ ", "LG UPLUS", "lg uplus",
])
def test_find_entity_by_iri_prefixed_name_path_label_or_alt_label(store: ox.Store,
                                                                  ref: str) -> None:
    assert find_entity(store, ref) == f"{PGR}org/lg-uplus"


def test_a_label_wins_over_an_alt_label(store: ox.Store) -> None:
    store.add(ox.Quad(ox.NamedNode(f"{PGR}org/other"),
                      ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel"),
                      ox.Literal("Huawei", language="en")))
    assert find_entity(store, "huawei") == f"{PGR}org/huawei"


def test_an_ambiguous_name_lists_the_candidates(store: ox.Store) -> None:
    with pytest.raises(InputError, match="several entities") as info:
        find_entity(store, "korea")
    assert "pgr:country/KP (North Korea)" in str(info.value)
    assert "pgr:country/KR (South Korea)" in str(info.value)


def test_an_unknown_name_suggests_close_labels(store: ox.Store) -> None:
    with pytest.raises(InputError, match="did you mean 'Huawei'"):
        find_entity(store, "Hauwei")


@pytest.mark.parametrize("ref", ["pgr:org/nothing", f"{PGR}org/nothing"])
def test_an_unknown_iri_is_an_input_error(store: ox.Store, ref: str) -> None:
    with pytest.raises(InputError, match="no such entity"):
        find_entity(store, ref)


# ---------------------------------------------------------------- explaining


def test_explain_gives_facts_with_their_evidence_most_confident_first(store: ox.Store) -> None:
    e = explain(store, "LG Uplus")
    assert (e.iri, e.label, e.alt_labels) == (f"{PGR}org/lg-uplus", "LG U+", ("LG Uplus",))
    assert {short_name(t) for t in e.types} == {"pg:Telco", "pg:Company", "pg:Organization"}
    assert e.articles == (f"{PGR}article/a1",)
    (fact,) = e.facts
    assert (fact.predicate_name, fact.object, fact.object_label, fact.object_is_iri) == (
        "pg:usesEquipmentFrom", f"{PGR}org/huawei", "Huawei", True)
    assert [(s.sentence, s.rule, s.confidence, s.start, s.end) for s in fact.evidence] == [
        ("LG U+ relies on Huawei.", "relations.other", 0.95, 50, 73),
        ("LG U+ still uses Huawei equipment.", "relations.usesEquipmentFrom", 0.8, 10, 44),
    ]
    assert fact.evidence[0].article == f"{PGR}article/a1"
    assert fact.evidence[0].headline == "Seoul weighs the Clean Network"
    assert e.unsupported == ()


def test_explain_includes_facts_where_the_entity_is_the_object(store: ox.Store) -> None:
    e = explain(store, "huawei")
    facts = {(f.subject_label, f.predicate_name, f.object_label): f for f in e.facts}
    assert set(facts) == {("Huawei", "pg:basedIn", "China"),
                          ("LG U+", "pg:usesEquipmentFrom", "Huawei"),
                          ("Clean Network", "pg:excludes", "Huawei")}
    assert facts[("Clean Network", "pg:excludes", "Huawei")].evidence[0].start is None
    assert [f.predicate_name for f in e.unsupported] == ["pg:basedIn"]


def test_explain_includes_values(store: ox.Store) -> None:
    (fact,) = explain(store, "mike pompeo").facts
    assert (fact.predicate_name, fact.object, fact.object_is_iri, fact.object_label) == (
        "pg:role", "Secretary of State", False, None)
    assert fact.evidence[0].rule == "relations.role" and fact.evidence[0].sentence is None


def test_explain_leaves_out_descriptions(store: ox.Store) -> None:
    assert explain(store, "China").facts[0].predicate_name == "pg:basedIn"
    assert all(f.predicate_name not in {"pg:isoCode", "rdfs:label", "rdf:type"}
               for f in explain(store, "China").facts)


def test_explain_across_named_graphs_counts_each_fact_once(store: ox.Store) -> None:
    g = ox.NamedNode(f"{PGR}article/a2")
    store.add(ox.Quad(ox.NamedNode(f"{PGR}org/lg-uplus"), ox.NamedNode(f"{PG}usesEquipmentFrom"),
                      ox.NamedNode(f"{PGR}org/huawei"), g))
    assert len(explain(store, "LG U+").facts) == 1


# ---------------------------------------------------------------- stats


def test_stats_counts(store: ox.Store) -> None:
    s = stats(store)
    assert (s.articles, s.entities, s.facts, s.values, s.evidence, s.graphs) == (1, 7, 3, 1, 4, 0)
    assert s.triples == len(list(ox.parse(GRAPH, format=ox.RdfFormat.TURTLE)))
    assert s.without_evidence == 1
    assert [(f.subject, f.predicate, f.object) for f in s.unsupported] == [
        (f"{PGR}org/huawei", f"{PG}basedIn", f"{PGR}country/CN")]
    classes = {c.name: c.count for c in s.classes}
    assert classes == {"pg:Article": 1, "pg:Company": 2, "pg:Country": 3, "pg:Evidence": 4,
                       "pg:Organization": 2, "pg:Person": 1, "pg:Policy": 1, "pg:Telco": 1}
    properties = {p.name: p.count for p in s.properties}
    assert properties["pg:usesEquipmentFrom"] == 1 and properties["rdf:subject"] == 4
    assert sum(properties.values()) == s.triples


def test_stats_count_a_triple_in_two_graphs_once(store: ox.Store) -> None:
    before = stats(store)
    for name in ("article/a1", "article/a2"):
        store.add(ox.Quad(ox.NamedNode(f"{PGR}org/huawei"), ox.NamedNode(f"{PG}basedIn"),
                          ox.NamedNode(f"{PGR}country/CN"), ox.NamedNode(PGR + name)))
    after = stats(store)
    assert (after.triples, after.facts, after.graphs) == (before.triples, before.facts, 2)


def test_module_examples() -> None:
    for module in (policygraph.explain, policygraph.stats):
        assert doctest.testmod(module).failed == 0


# ---------------------------------------------------------------- the commands


def cli(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [*map(str, args)], env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


def test_explain_command_prints_facts_and_evidence(graph_file: Path) -> None:
    code, out, _ = cli("explain", graph_file, "lg uplus")
    assert code == 0
    assert out.startswith(f"LG U+ <{PGR}org/lg-uplus>")
    assert "this pg:usesEquipmentFrom Huawei (pgr:org/huawei)" in out
    assert "“LG U+ still uses Huawei equipment.”" in out
    assert "pgr:article/a1, chars 10-44, rule relations.usesEquipmentFrom, confidence 0.8" in out
    assert "Seoul weighs the Clean Network" in out


def test_explain_command_flags_facts_without_evidence(graph_file: Path) -> None:
    code, out, err = cli("explain", graph_file, "Huawei")
    assert code == 0 and "no evidence" in out and "1 facts have no evidence" in err


def test_explain_command_prints_text_with_brackets_verbatim(tmp_path: Path) -> None:
    path = tmp_path / "g.ttl"
    path.write_text(GRAPH.replace("LG U+ still uses Huawei equipment.",
                                  "[the US] said [bold]LG U+[/bold] uses Huawei."), "utf-8")
    code, out, _ = cli("explain", path, "LG U+")
    assert code == 0 and "“[the US] said [bold]LG U+[/bold] uses Huawei.”" in out


def test_explain_command_as_json(graph_file: Path) -> None:
    code, out, _ = cli("explain", graph_file, "pgr:org/lg-uplus", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["iri"] == f"{PGR}org/lg-uplus"
    assert doc["facts"][0]["evidence"][0]["sentence"] == "LG U+ relies on Huawei."


@pytest.mark.parametrize(("args", "message"), [
    (["korea"], "several entities"),
    (["nobody"], "no entity"),
    ([], "give one or more graph files"),
    (["LG U+", "--format", "xml"], "unknown format"),
])
def test_explain_command_errors_exit_2(graph_file: Path, args: list[str], message: str) -> None:
    code, out, err = cli("explain", graph_file, *args)
    assert code == 2 and out == "" and message in err


def test_explain_command_missing_graph_exits_2(tmp_path: Path) -> None:
    code, _, err = cli("explain", tmp_path / "none.ttl", "LG U+")
    assert code == 2 and "no such graph file" in err


def test_stats_command_prints_tables(graph_file: Path) -> None:
    code, out, err = cli("stats", graph_file)
    assert code == 0
    for heading in ("triples", "articles", "facts without evidence", "instances by class",
                    "triples by property", "pg:Telco", "pg:usesEquipmentFrom"):
        assert heading in out
    assert "1 facts have no evidence" in err


def test_stats_command_as_json(graph_file: Path) -> None:
    code, out, _ = cli("stats", graph_file, "-f", "json")
    assert code == 0
    doc = json.loads(out)
    assert (doc["articles"], doc["without_evidence"]) == (1, 1)
    assert {"iri": f"{PG}Telco", "name": "pg:Telco", "count": 1} in doc["classes"]


def test_stats_command_bad_input_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    code, _, err = cli("stats", bad)
    assert code == 2 and "not valid RDF" in err


# ---------------------------------------------------------------- on the sample article


@pytest.fixture(scope="session")
def sample() -> Dataset:
    from policygraph.build import build, read_articles

    result = build(read_articles([EXAMPLES]))
    assert result.articles == 1 and not result.failures
    return result.dataset


@pytest.fixture(scope="session")
def sample_file(sample: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from policygraph.serialize import FORMATS, write

    path = tmp_path_factory.mktemp("sample") / "sample.trig"
    write(sample, FORMATS["trig"], path)
    return path


@pytest.mark.model
def test_sample_stats(sample: Dataset, sample_file: Path) -> None:
    from policygraph.graph import flatten
    from policygraph.query import load_files

    s = stats(load_files([sample_file]))
    assert (s.articles, s.without_evidence, s.unsupported) == (1, 0, ())
    assert s.triples == len(flatten(sample))
    assert s.graphs == 2  # the article's graph and pgr:graph/entities
    classes = {c.name: c.count for c in s.classes}
    assert classes["pg:Telco"] == 5 and classes["pg:Meeting"] == 1
    assert classes["pg:Organization"] >= classes["pg:Company"] >= classes["pg:Telco"]


@pytest.mark.model
def test_sample_explain_lg_uplus(sample_file: Path) -> None:
    code, out, _ = cli("explain", sample_file, "LG U+")
    assert code == 0
    assert "this pg:usesEquipmentFrom Huawei (pgr:org/huawei)" in out
    assert ("“LG U+ is currently the only South Korean telecom still using Huawei equipment, "
            "while the US has continued to urge it to stop.”") in out


@pytest.mark.model
def test_sample_explain_south_korea(sample_file: Path) -> None:
    from policygraph.query import load_files

    e = explain(load_files([sample_file]), "S. Korea")
    assert e.iri == f"{PGR}country/KR"
    facts = {(f.subject_label, f.predicate_name, f.object_label) for f in e.facts}
    assert ("South Korea", "pg:urgedToJoin", "Clean Network") in facts
    assert any(p == "pg:participant" and o == "South Korea" for _, p, o in facts)
    assert all(f.evidence for f in e.facts)

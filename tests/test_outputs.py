"""Output formats of ``policygraph build``: deterministic bytes, round trips, stdin/stdout.

Every writer is a function of the set of triples or quads: the same input gives the same
bytes in any process, and every format parses back, in rdflib and in Oxigraph, to the
graph (or dataset) that was written.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import tomllib
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from policygraph.cli import app
from policygraph.graph import ENTITY_GRAPH, flatten
from policygraph.serialize import (
    FORMATS,
    format_for,
    jsonld,
    jsonld_context,
    nquads,
    ntriples,
    serialize,
    trig,
    turtle,
    write,
)
from policygraph.vocab import PG, PGR, ontology_path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
SAMPLE = EXAMPLES / "hani-2020-10-15-clean-network.txt"
ARTICLE = PGR["article/hani-2020-10-15-clean-network"]

RDFLIB = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig",
          "jsonld": "json-ld"}
OXIGRAPH = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
            "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
            "jsonld": ox.RdfFormat.JSON_LD}


@pytest.fixture(scope="session")
def sample() -> Dataset:
    """The dataset built from examples/articles/, once per session."""
    from policygraph.build import build, read_articles

    result = build(read_articles([EXAMPLES]))
    assert result.articles == 1 and not result.failures
    return result.dataset


# ---------------------------------------------------------------- helpers


def parse_rdflib(text: str, name: str) -> Dataset:
    ds = Dataset()
    ds.parse(data=text, format=RDFLIB[name])
    return ds


def parse_oxigraph(text: str, name: str) -> Dataset:
    """Parse with Oxigraph, then hand the quads to rdflib (as N-Quads) for comparison.

    Oxigraph lower-cases language tags (they are case-insensitive); compare the result
    with :func:`lower_languages` of the original.
    """
    quads = list(ox.parse(text, format=OXIGRAPH[name]))
    if not FORMATS[name].quads:
        quads = [ox.Quad(q.subject, q.predicate, q.object) for q in quads]
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert data is not None
    ds = Dataset()
    ds.parse(data=data.decode("utf-8"), format="nquads")
    return ds


def graphs_of(ds: Dataset) -> dict[str, Graph]:
    """Named graphs (by name) and the default graph (""), without empty ones."""
    out: dict[str, Graph] = {}
    for g in ds.graphs():
        if len(g):
            name = "" if g.identifier == ds.default_context.identifier else str(g.identifier)
            out[name] = Graph() + g
    return out


def same_dataset(a: Dataset, b: Dataset) -> bool:
    ga, gb = graphs_of(a), graphs_of(b)
    return ga.keys() == gb.keys() and all(isomorphic(ga[k], gb[k]) for k in ga)


def lower_languages(data: Dataset) -> Dataset:
    out = Dataset()
    for s, p, o, g in data.quads((None, None, None, None)):
        if isinstance(o, Literal) and o.language:
            o = Literal(str(o), lang=o.language.lower())
        target = out if g is None else out.graph(g)
        target.add((s, p, o))
    return out


def assert_round_trips(data: Dataset, name: str) -> None:
    text = serialize(data, FORMATS[name])
    for parsed, expected in ((parse_rdflib(text, name), data),
                             (parse_oxigraph(text, name), lower_languages(data))):
        if FORMATS[name].quads:
            assert same_dataset(parsed, expected)
        else:
            assert isomorphic(flatten(parsed), flatten(expected))


# ---------------------------------------------------------------- the sample article


@pytest.mark.model
@pytest.mark.parametrize("name", list(FORMATS))
def test_every_format_parses_back_in_rdflib_and_oxigraph(sample: Dataset, name: str) -> None:
    assert_round_trips(sample, name)


def test_jsonld_keeps_values_that_json_reads_as_false() -> None:
    # rdflib's own JSON-LD writer drops a first value of "", 0 or false when a second
    # value follows; with only such values, every order loses one.
    g = Graph()
    s = PGR["org/a"]
    for o in [Literal(""), Literal(0), Literal(False), Literal(0.0), Literal("", lang="en")]:
        g.add((s, URIRef(EX + "p"), o))
    g.add((s, RDFS.comment, Literal("")))
    back = Graph().parse(data=jsonld(g), format="json-ld")
    assert isomorphic(back, g)


@pytest.mark.model
def test_jsonld_round_trips_to_an_isomorphic_graph(sample: Dataset) -> None:
    text = jsonld(sample)
    doc = json.loads(text)
    assert isinstance(doc["@context"], dict), "the context is embedded, never a remote URL"
    assert doc["@context"] == jsonld_context()
    back = Graph().parse(data=text, format="json-ld")
    assert isomorphic(back, flatten(sample))
    # Compacted with the shipped terms: readable keys, not full IRIs.
    nodes = {n["@id"]: n for n in doc["@graph"]}
    lg = nodes[str(PGR["org/lg-uplus"])]
    assert lg["@type"] == ["Company", "Organization", "Telco"]
    assert lg["usesEquipmentFrom"] == str(PGR["org/huawei"])
    assert lg["label"] == "LG U+"


@pytest.mark.model
def test_turtle_is_readable(sample: Dataset) -> None:
    text = turtle(sample)
    assert text.startswith("@base <https://w3id.org/policygraph/id/> .\n@prefix pg: ")
    for prefix in ("pg", "rdf", "rdfs", "schema", "skos", "xsd", "prov"):
        assert re.search(rf"^@prefix {prefix}: <", text, re.MULTILINE), prefix
    assert "<org/lg-uplus> a pg:Telco , pg:Company , pg:Organization ;\n" in text
    assert '    rdfs:label "LG U+"@en ;\n' in text
    assert "    pg:usesEquipmentFrom <org/huawei> ." in text
    # Sections in a fixed order; evidence last.
    order = [text.index(f"# {s}\n") for s in ("Articles", "Countries", "Organisations", "People",
                                              "Policies", "Meetings", "Evidence")]
    assert order == sorted(order)


@pytest.mark.model
def test_trig_has_a_named_graph_per_article_and_one_for_entities(sample: Dataset) -> None:
    back = parse_rdflib(trig(sample), "trig")
    names = set(graphs_of(back))
    assert names == {str(ARTICLE), str(ENTITY_GRAPH)}
    entities = graphs_of(back)[str(ENTITY_GRAPH)]
    article = graphs_of(back)[str(ARTICLE)]
    assert (PGR["org/lg-uplus"], RDF.type, PG.Telco) in entities
    assert (PGR["org/lg-uplus"], PG.usesEquipmentFrom, PGR["org/huawei"]) in article
    assert (PGR["org/lg-uplus"], PG.usesEquipmentFrom, PGR["org/huawei"]) not in entities


@pytest.mark.model
def test_nquads_name_the_article_graph(sample: Dataset) -> None:
    lines = nquads(sample).splitlines()
    fact = [ln for ln in lines if "#usesEquipmentFrom> <https://w3id.org/policygraph/id/org/h"
            in ln]
    assert fact and all(ln.endswith(f" <{ARTICLE}> .") for ln in fact)
    assert lines == sorted(lines)


_WRITE_ALL = """
import sys
from pathlib import Path
from policygraph.build import build, read_articles
from policygraph.serialize import FORMATS, write
result = build(read_articles([Path(sys.argv[1])]))
for name, fmt in FORMATS.items():
    write(result.dataset, fmt, Path(sys.argv[2]) / f"sample{fmt.suffix}")
"""


@pytest.mark.model
def test_every_format_is_byte_identical_across_processes(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        out.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", _WRITE_ALL, str(EXAMPLES), str(out)],
                       check=True, env=env, cwd=tmp_path, timeout=300)
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert sorted(outputs[0]) == sorted(f"sample{f.suffix}" for f in FORMATS.values())
    for name in outputs[0]:
        assert outputs[0][name] == outputs[1][name], name


@pytest.mark.model
def test_same_build_twice_gives_byte_identical_turtle(tmp_path: Path) -> None:
    runs = []
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-m", "policygraph", "build", str(EXAMPLES), "-o", "-", "-q"],
            capture_output=True, check=True, env=env, cwd=tmp_path, timeout=300)
        runs.append(done.stdout)
    assert runs[0] == runs[1]
    assert runs[0].startswith(b"@base <https://w3id.org/policygraph/id/> .\n")


# ---------------------------------------------------------------- build on the command line


def build_cli(*args: str | Path, stdin: bytes | None = None) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(app, ["build", *map(str, args)], input=stdin)
    return result.exit_code, result.stdout_bytes, result.stderr


SUMMARY = re.compile(r"^1 article read, 0 failed, (\d+) facts, (\d+) triples in \d+\.\d s -> "
                     r"(.+) \((\w+)\)$")


@pytest.mark.model
def test_build_writes_turtle_to_stdout_with_a_summary(sample: Dataset) -> None:
    code, out, err = build_cli(EXAMPLES, "-o", "-")
    assert code == 0
    assert out.decode("utf-8") == turtle(sample)
    m = SUMMARY.match(err.strip())
    assert m, err
    assert int(m[2]) == len(flatten(sample)) and m.group(3, 4) == ("standard output", "turtle")


@pytest.mark.model
def test_build_reads_an_article_from_stdin(sample: Dataset) -> None:
    code, out, err = build_cli("-", "-f", "nquads", stdin=SAMPLE.read_bytes())
    assert code == 0, err
    back = parse_rdflib(out.decode("utf-8"), "nquads")
    labels = {str(o) for o in flatten(back).objects(None, RDFS.label)}
    assert {"LG U+", "Huawei", "Clean Network", "South Korea"} <= labels
    assert (PGR["org/lg-uplus"], PG.usesEquipmentFrom, PGR["org/huawei"]) in flatten(back)
    assert SUMMARY.match(err.strip()), err


@pytest.mark.model
@pytest.mark.parametrize("name", list(FORMATS))
def test_build_picks_the_format_from_the_suffix(sample: Dataset, tmp_path: Path,
                                                name: str) -> None:
    target = tmp_path / "out" / f"graph{FORMATS[name].suffix}"
    code, out, err = build_cli(EXAMPLES, "-o", target)
    assert code == 0 and out == b"" and err.strip().endswith(f"-> {target} ({name})")
    assert target.read_text("utf-8") == serialize(sample, FORMATS[name])
    assert not list(target.parent.glob("*.part"))


@pytest.mark.model
def test_build_format_option_wins_over_the_suffix(sample: Dataset, tmp_path: Path) -> None:
    target = tmp_path / "graph.txt"
    code, _, _ = build_cli(EXAMPLES, "-o", target, "--format", "jsonld", "-q")
    assert code == 0 and target.read_text("utf-8") == jsonld(sample)


@pytest.mark.model
def test_quiet_prints_nothing_and_verbose_prints_each_article() -> None:
    code, _, err = build_cli(EXAMPLES, "--quiet")
    assert (code, err) == (0, "")
    code, _, err = build_cli(EXAMPLES, "--verbose")
    lines = err.strip().splitlines()
    assert code == 0 and re.match(r"^built hani-2020-10-15-clean-network: \d+ facts", lines[0])
    assert SUMMARY.match(lines[-1])


def test_quiet_and_verbose_together_are_a_usage_error() -> None:
    code, _, err = build_cli(EXAMPLES, "-q", "-v")
    assert code == 2 and "--quiet" in err


def test_no_progress_bar_when_not_a_terminal(tmp_path: Path) -> None:
    # CliRunner's standard error is not a terminal: no spinner, no control sequences.
    code, _, err = build_cli(tmp_path / "missing.txt")
    assert code == 2
    assert "\x1b" not in err and "extracting" not in err


def test_failed_inputs_are_reported_even_when_quiet(tmp_path: Path) -> None:
    failed = tmp_path / "failed.txt"
    code, out, err = build_cli(tmp_path / "missing.txt", "-q", "--failed", failed)
    assert code == 2
    lines = err.strip().splitlines()
    assert lines[0] == f"failed: {tmp_path / 'missing.txt'}: no such file or folder"
    assert not any(ln.startswith(("warning:", "0 articles read")) for ln in lines)
    assert failed.read_text("utf-8") == f"{tmp_path / 'missing.txt'}\n"
    assert out.startswith(b"@base")  # an empty graph is still written


def test_unknown_format_exits_2() -> None:
    code, _, err = build_cli(EXAMPLES, "-f", "rdfxml")
    assert code == 2 and "rdfxml" in err


# ---------------------------------------------------------------- the writers, no model


EX = "http://example.org/"


def tricky_dataset(ill_typed: bool = True) -> Dataset:
    """Names, literals and blank nodes that trip naive writers."""
    ds = Dataset()
    g = ds.graph(PGR["article/a1"])
    e = ds.graph(ENTITY_GRAPH)
    s = PGR["org/a"]
    for o in [
        Literal('quotes " and \\ backslash'), Literal("line\nbreak\r\nand\ttab"),
        Literal('ends with a quote"'), Literal("""three \"\"\" quotes"""),
        Literal("nul\x00bell\x07"),
        Literal("ünïcödé 🙂 "), Literal(""), Literal("en", lang="en"), Literal("ko", lang="ko-KR"),
        Literal("5", datatype=XSD.integer), Literal("-0.50", datatype=XSD.decimal),
        Literal("1.5E3", datatype=XSD.double), Literal("true", datatype=XSD.boolean),
        Literal("2020-08", datatype=XSD.gYearMonth), Literal("x", datatype=URIRef(EX + "dt")),
        Literal("007", datatype=XSD.integer), Literal("1.5", datatype=XSD.double),
        Literal("-3", datatype=XSD.double), Literal("1", datatype=XSD.boolean),
        *([Literal("not a number", datatype=XSD.integer)] if ill_typed else []),
    ]:
        g.add((s, URIRef(EX + "p"), o))
    for local in ["org/zürich", "org/a.b", "org/x:y", "org/trailing.", "org/..", "a/./b",
                  "org/%41", "org/a-b_c~d", "graph/entities", "", "?q=1", "#frag"]:
        e.add((PGR[local], RDF.type, PG.Organization))
    b1, b2 = BNode(), BNode()
    g.add((s, URIRef(EX + "knows"), b1))
    g.add((b1, URIRef(EX + "knows"), b2))
    e.add((b2, RDFS.label, Literal("shared blank node")))
    ds.add((URIRef(EX + "default"), URIRef(EX + "p"), Literal("in the default graph")))
    return ds


@pytest.mark.parametrize("name", list(FORMATS))
def test_tricky_terms_round_trip(name: str) -> None:
    # rdflib's JSON-LD parser drops the datatype of an ill-typed literal ("x"^^xsd:integer),
    # which the builder never writes.
    assert_round_trips(tricky_dataset(ill_typed=name != "jsonld"), name)


@pytest.mark.parametrize("name", list(FORMATS))
def test_output_does_not_depend_on_insertion_order(name: str) -> None:
    quads = list(tricky_dataset().quads((None, None, None, None)))
    texts = set()
    for seed in range(3):
        random.Random(seed).shuffle(quads)
        ds = Dataset()
        for s, p, o, g in quads:
            ds.graph(g).add((s, p, o))
        texts.add(serialize(ds, FORMATS[name]))
    assert len(texts) == 1


@pytest.mark.parametrize("name", list(FORMATS))
def test_blank_node_labels_do_not_leak_into_the_output(name: str) -> None:
    def graph(a: BNode, b: BNode) -> Graph:
        g = Graph()
        g.add((URIRef(EX + "s"), URIRef(EX + "p"), a))
        g.add((a, URIRef(EX + "p"), b))
        g.add((b, RDFS.label, Literal("b")))
        return g

    fmt = FORMATS[name]
    assert serialize(graph(BNode("x1"), BNode("x2")), fmt) == serialize(
        graph(BNode("other"), BNode("names")), fmt)


@settings(max_examples=60, deadline=None)
@given(st.text(), st.sampled_from(list(FORMATS)))
def test_any_string_round_trips(text: str, name: str) -> None:
    g = Graph()
    g.add((PGR["org/a"], RDFS.label, Literal(text)))
    g.add((PGR["org/a"], RDFS.comment, Literal(text, lang="en")))
    out = serialize(g, FORMATS[name])
    assert isomorphic(flatten(parse_rdflib(out, name)), g)
    assert isomorphic(flatten(parse_oxigraph(out, name)), g)  # "en" is already lower case


def test_decimal_confidence_stays_a_decimal() -> None:
    g = Graph()
    g.add((PGR["evidence/1"], PG.confidence, Literal(Decimal("0.8"), datatype=XSD.decimal)))
    assert "pg:confidence 0.8 ." in turtle(g)
    back = Graph().parse(data=turtle(g), format="turtle")
    (value,) = back.objects()
    assert isinstance(value, Literal) and value.datatype == XSD.decimal


def test_empty_graph_in_every_format() -> None:
    for name, fmt in FORMATS.items():
        text = serialize(Graph(), fmt)
        assert len(flatten(parse_rdflib(text, name))) == 0, name


def test_format_for_suffixes_and_names() -> None:
    assert format_for(None, None).name == "turtle"
    assert format_for(Path("a.ttl"), None).name == "turtle"
    assert format_for(Path("a.NT"), None).name == "ntriples"
    assert format_for(Path("a.nq"), None).name == "nquads"
    assert format_for(Path("a.trig"), None).name == "trig"
    assert format_for(Path("a.jsonld"), None).name == "jsonld"
    assert format_for(Path("a.json"), None).name == "jsonld"
    assert format_for(Path("a.unknown"), None).name == "turtle"
    assert format_for(Path("a.ttl"), "nquads").name == "nquads"


def test_write_to_a_text_stream_without_a_buffer() -> None:
    import io

    stream = io.StringIO()
    g = Graph()
    g.add((PGR["org/a"], RDFS.label, Literal("ä")))
    write(g, FORMATS["ntriples"], stream)
    assert stream.getvalue() == ntriples(g)


# ---------------------------------------------------------------- the JSON-LD context


def test_context_defines_every_pg_term() -> None:
    context = jsonld_context()
    terms = {str(t).split("#")[1] for t in Graph().parse(ontology_path(), format="turtle")
             .subjects() if str(t).startswith(str(PG._NS)) and "#" in str(t)}
    assert terms and terms <= context.keys()
    for term in terms:
        value = context[term]
        iri = value if isinstance(value, str) else value["@id"]  # type: ignore[index]
        assert iri == f"pg:{term}"
    object_properties = {"basedIn", "promotedBy", "announcedBy", "excludes", "urgedToJoin",
                         "participatesIn", "usesEquipmentFrom", "linkedWith", "partOf",
                         "participant", "ledBy", "discussed", "affiliatedWith", "mentionedIn",
                         "sourceArticle"}
    for term in object_properties:
        assert context[term] == {"@id": f"pg:{term}", "@type": "@id"}
    assert context["pg"] == str(PG._NS) and context["pgr"] == str(PGR)


def test_context_file_is_shipped_in_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    include = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert include["ontology/context.jsonld"] == "policygraph/ontology/context.jsonld"
    assert ontology_path("context.jsonld").is_file()


def test_serialize_doctests() -> None:
    import doctest

    import policygraph.serialize

    assert doctest.testmod(policygraph.serialize).failed == 0


# ---------------------------------------------------------------- the generated docs


def test_generated_ontology_docs_are_up_to_date() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_docs.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_ontology_docs_cover_every_term() -> None:
    terms = {str(t).split("#")[1] for t in Graph().parse(ontology_path(), format="turtle")
             .subjects() if str(t).startswith(str(PG._NS)) and "#" in str(t)}
    reference = (ROOT / "docs" / "ontology" / "README.md").read_text("utf-8")
    html = (ROOT / "docs" / "ontology" / "index.html").read_text("utf-8")
    for term in terms:
        assert f"### {term}\n" in reference, term
        assert f'id="{term.lower()}"' in html.lower(), term
    assert "```mermaid\nclassDiagram" in (ROOT / "docs" / "ontology-diagram.md").read_text()
    assert (ROOT / "docs" / "ontology-diagram.svg").read_text("utf-8").lstrip().startswith("<")

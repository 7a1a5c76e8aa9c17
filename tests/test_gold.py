"""Quality on the team's hand-annotated articles, scored by the shared scorer.

The test articles in tests/data/articles/ were annotated (tests/data/gold/)
before the rules were written. The floors below are the figures reported when
the extractor last changed; a change that lowers them fails here.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.model

ROOT = Path(__file__).parents[1]
DATA = ROOT / "tests" / "data"
SHARED_SCORER = ROOT.parent / "shared" / "eval" / "score.py"
SAMPLE_GOLD = ROOT.parent / "shared" / "eval" / "gold" / "hani-2020-10-15-clean-network.json"

#: Combined figures over tests/data/articles (facts and entities: precision, recall, F1).
FLOOR = {"facts_p": 0.97, "facts_r": 0.87, "facts_f1": 0.92, "entities_f1": 0.97}
#: The same over tests/data/heldout (see its README for how it was used).
HELDOUT_FLOOR = {"facts_p": 0.95, "facts_r": 0.84, "facts_f1": 0.89, "entities_f1": 0.95}
#: The same over tests/data/heldout3 (a second held-out set; see its README).
HELDOUT3_FLOOR = {"facts_p": 0.94, "facts_r": 0.75, "facts_f1": 0.84, "entities_f1": 0.95}
#: The same over tests/data/heldout4 (a third held-out set; see its README).
#: One known duplicate: "the U.S. ban on Huawei" and the Entity List it refers to are two
#: nodes for the annotator's one policy.
HELDOUT4_FLOOR = {"facts_p": 0.96, "facts_r": 0.65, "facts_f1": 0.77, "entities_f1": 0.93,
                  "duplicates": 1}
#: The same over tests/data/heldout5 (a fourth held-out set, written on 2026-11-30 by a
#: session that saw neither the code nor the other sets; first look F1 0.60, see its README).
HELDOUT5_FLOOR = {"facts_p": 0.97, "facts_r": 0.76, "facts_f1": 0.85, "entities_f1": 0.93}
#: The same over tests/data/heldout6 (a fifth held-out set, written in the next session by
#: a session that saw neither the code nor the other sets; first look F1 0.64, see its README).
HELDOUT6_FLOOR = {"facts_p": 0.96, "facts_r": 0.76, "facts_f1": 0.85, "entities_f1": 0.94}
#: The same over tests/data/heldout7 (a sixth held-out set, written on 2026-11-30 by a
#: session that saw neither the code nor the other sets, on topics further from 5G: app
#: blocking, court rulings, subsea cables; first look F1 0.47, see its README).
HELDOUT7_FLOOR = {"facts_p": 0.93, "facts_r": 0.62, "facts_f1": 0.74, "entities_f1": 0.90}
#: The same over tests/data/heldout8 (a seventh held-out set, written on 2026-11-30 by a
#: session that saw neither the code nor the other sets, in new page shapes: a podcast's
#: show notes, a filing's risk factors, a timeline, a factbox, a TV transcript; first
#: look F1 0.53 with four forbidden facts, see its README).
HELDOUT8_FLOOR = {"facts_p": 0.88, "facts_r": 0.60, "facts_f1": 0.71, "entities_f1": 0.89}
#: The same over tests/data/heldout9 (an eighth set, written blind on 2026-11-30 and used
#: to develop that session's rules; first look F1 0.60 with four forbidden facts).
HELDOUT9_FLOOR = {"facts_p": 0.92, "facts_r": 0.73, "facts_f1": 0.82, "entities_f1": 0.88}
#: The same over tests/data/heldout10 (a ninth set, written blind on 2026-11-30 and kept
#: unread while that session's rules were written: F1 0.56 at that session's start, 0.57 at
#: its end; read and developed on in the next session: 0.75, no forbidden fact; 0.80 after
#: the twelfth session).
HELDOUT10_FLOOR = {"facts_p": 0.93, "facts_r": 0.70, "facts_f1": 0.80, "entities_f1": 0.93}
#: The same over tests/data/heldout11 (a tenth set, written blind on 2026-11-30 at the start
#: of the session that then read it: first look F1 0.58 with one forbidden fact; 0.61 when
#: it was first read, 0.73 at that session's end).
HELDOUT11_FLOOR = {"facts_p": 0.91, "facts_r": 0.69, "facts_f1": 0.79, "entities_f1": 0.93}
#: The same over tests/data/heldout12 (an eleventh set, written blind on 2026-12-01 and kept
#: unread: F1 0.63 with the code of that session's start, 0.64 at its end; read and developed
#: on in the next session: 0.83). One duplicate is still found; it may not grow. Its
#: forbidden fact came from a list of related stories, which is now dropped.
HELDOUT12_FLOOR = {"facts_p": 0.92, "facts_r": 0.76, "facts_f1": 0.83, "entities_f1": 0.91,
                   "duplicates": 1}
#: The same over tests/data/heldout13 (a twelfth set, written blind on 2026-12-01 and kept
#: unread by the session that measured itself on it: F1 0.51 at its start, 0.54 at its end;
#: read and developed on in the next session: 0.73, no forbidden fact, no duplicate).
HELDOUT13_FLOOR = {"facts_p": 0.87, "facts_r": 0.64, "facts_f1": 0.74, "entities_f1": 0.88}
#: The same over tests/data/heldout14 (a thirteenth set, written blind on 2026-12-01 and
#: kept unread by the session that measured itself on it: F1 0.65 at its start, 0.66 at its
#: end; read and developed on in the next session: 0.83, no forbidden fact).
HELDOUT14_FLOOR = {"facts_p": 0.93, "facts_r": 0.74, "facts_f1": 0.82, "entities_f1": 0.93}
#: The same over tests/data/heldout15 (a fourteenth set, written blind on 2026-12-01 and
#: kept unread by the session that measured itself on it: F1 0.47 at its start and at its
#: end; read and developed on in the next session: 0.70; 0.73 after the fourteenth). One
#: forbidden fact and one duplicate are found; they may not grow.
HELDOUT15_FLOOR = {"facts_p": 0.90, "facts_r": 0.59, "facts_f1": 0.72, "entities_f1": 0.89,
                   "forbidden": 1, "duplicates": 1}
#: The same over tests/data/heldout16 (a fifteenth set, written blind on 2026-12-01 and kept
#: unread by the session that measured itself on it: F1 0.49 at its start and at its end;
#: read and developed on in the next session: 0.75, no forbidden fact). One duplicate is
#: found; it may not grow.
HELDOUT16_FLOOR = {"facts_p": 0.92, "facts_r": 0.68, "facts_f1": 0.78, "entities_f1": 0.92,
                   "duplicates": 1}
#: The same over tests/data/heldout17 (a sixteenth set, written blind on 2026-12-01 and kept
#: unread by the session that measured itself on it: F1 0.48 at its start, 0.52 at its end;
#: read and developed on in the next session: 0.71). One forbidden fact is found; it may not
#: grow.
HELDOUT17_FLOOR = {"facts_p": 0.93, "facts_r": 0.58, "facts_f1": 0.72, "entities_f1": 0.89,
                   "forbidden": 1}
#: The same over tests/data/heldout18 (a seventeenth set, written blind on 2026-12-01 and
#: kept unread by the session that measured itself on it: F1 0.63 at its start, 0.65 at its
#: end; read and developed on in the next session: 0.80, no forbidden fact or duplicate).
HELDOUT18_FLOOR = {"facts_p": 0.94, "facts_r": 0.69, "facts_f1": 0.79, "entities_f1": 0.91}
#: The same over tests/data/heldout19 (an eighteenth set, written blind on 2026-12-01 and
#: kept unread by the session that measured itself on it: F1 0.60 at its start, 0.62 at its
#: end; read and developed on in the next session: 0.76). Its forbidden fact came from a
#: list of related stories, which is now dropped.
HELDOUT19_FLOOR = {"facts_p": 0.91, "facts_r": 0.64, "facts_f1": 0.75, "entities_f1": 0.90}
#: The same over tests/data/heldout20 (a nineteenth set, written blind on 2026-12-01 and
#: kept unread by the session that measured itself on it: F1 0.64 at its start, 0.65 at its
#: end; read and developed on in the next session: 0.78).
HELDOUT20_FLOOR = {"facts_p": 0.93, "facts_r": 0.67, "facts_f1": 0.77, "entities_f1": 0.90}
#: The same over tests/data/heldout21 (a twentieth set, written blind on 2026-12-01 and
#: kept unread by the session that measured itself on it: F1 0.58 at its start, 0.61 at its
#: end; read and developed on in the next session: 0.78). One forbidden fact (a second
#: meeting on the talks' first day, matched to them by date) and one duplicate are found;
#: they may not grow. Precision 0.94 since meetings dated only to a month stay apart from
#: the story's day (2026-12-02): a leaders' meeting "in May last year" is now a meeting of
#: its own, which the gold does not list; it had been merged into the signing ceremony.
HELDOUT21_FLOOR = {"facts_p": 0.93, "facts_r": 0.65, "facts_f1": 0.77, "entities_f1": 0.92,
                   "forbidden": 1, "duplicates": 1}
#: The same over tests/data/heldout22 (a twenty-first set, written blind on 2026-12-01 and
#: kept unread by the session that measured itself on it: F1 0.56 at its start, 0.57 at its
#: end; read and developed on in the next session: 0.72). No duplicate and no forbidden fact
#: may appear.
HELDOUT22_FLOOR = {"facts_p": 0.91, "facts_r": 0.58, "facts_f1": 0.71, "entities_f1": 0.90,
                   "forbidden": 0, "duplicates": 0}
#: The same over tests/data/heldout23 (a twenty-second set, written blind on 2026-12-02 and
#: kept unread by the session that measured itself on it: F1 0.59 at its start, 0.60 at its
#: end; read and developed on in the next session: 0.68). One forbidden fact and one
#: duplicate are found; they may not grow.
HELDOUT23_FLOOR = {"facts_p": 0.84, "facts_r": 0.55, "facts_f1": 0.67, "entities_f1": 0.86,
                   "forbidden": 1, "duplicates": 1}
#: The same over tests/data/heldout24 (a twenty-third set, written blind on 2026-12-02 and
#: kept unread by the session that measured itself on it: F1 0.62 at its start and at its
#: end; read and developed on in the next session: 0.70). One forbidden fact and two
#: duplicates are found; they may not grow.
HELDOUT24_FLOOR = {"facts_p": 0.87, "facts_r": 0.56, "facts_f1": 0.68, "entities_f1": 0.90,
                   "forbidden": 1, "duplicates": 2}
#: The same over tests/data/heldout25 (a twenty-fourth set, written blind on 2026-12-02 and
#: kept unread by the session that measured itself on it: F1 0.55 at its start, 0.56 at its
#: end; read and developed on in the next session: 0.67). One forbidden fact and one
#: duplicate are found; they may not grow.
HELDOUT25_FLOOR = {"facts_p": 0.80, "facts_r": 0.54, "facts_f1": 0.65, "entities_f1": 0.84,
                   "forbidden": 1, "duplicates": 1}
#: The same over tests/data/heldout26 (a twenty-fifth set, written blind on 2026-12-02 and
#: kept unread by the session that measured itself on it: F1 0.58 at its start and at its
#: end; read and developed on in the next session: 0.70, no forbidden fact). One duplicate
#: is found; it may not grow.
HELDOUT26_FLOOR = {"facts_p": 0.88, "facts_r": 0.55, "facts_f1": 0.68, "entities_f1": 0.90,
                   "forbidden": 0, "duplicates": 1}
#: The same over tests/data/heldout27 (a twenty-sixth set, written blind on 2026-12-02 and
#: kept unread by the session that measured itself on it: F1 0.58 at its start and at its
#: end). Two duplicates are found; they may not grow.
HELDOUT27_FLOOR = {"facts_p": 0.79, "facts_r": 0.44, "facts_f1": 0.57, "entities_f1": 0.84,
                   "forbidden": 0, "duplicates": 2}
#: The same over tests/data/heldout28 (a twenty-seventh set, written blind on 2026-12-02 in
#: the middle of the session that measured itself on it, and kept unread: F1 0.51 with the
#: code of that session's start and at its end; read and developed on in the next session:
#: 0.68). Two duplicates are found; they may not grow.
HELDOUT28_FLOOR = {"facts_p": 0.82, "facts_r": 0.55, "facts_f1": 0.66, "entities_f1": 0.84,
                   "forbidden": 0, "duplicates": 2}
#: The same over tests/data/heldout29 (a twenty-eighth set, written blind on 2026-12-02 and
#: kept unread by the session that measured itself on it: F1 0.59 at its start and at its
#: end; read and developed on in the next session: 0.64). One forbidden fact is found; it may
#: not grow.
HELDOUT29_FLOOR = {"facts_p": 0.88, "facts_r": 0.49, "facts_f1": 0.63, "entities_f1": 0.88,
                   "forbidden": 1, "duplicates": 0}
#: The same over tests/data/heldout30 (a twenty-ninth set, written blind on 2026-12-02 and
#: kept unread by the session that measured itself on it: F1 0.54 at its start and at its
#: end; read and developed on in the next session: 0.685).
HELDOUT30_FLOOR = {"facts_p": 0.84, "facts_r": 0.56, "facts_f1": 0.67, "entities_f1": 0.89,
                   "forbidden": 0, "duplicates": 0}
#: The same over tests/data/heldout31 (a thirtieth set, written blind on 2026-12-03 and kept
#: unread by the session that measured itself on it: F1 0.665 at its start, 0.669 at its
#: end). Two forbidden facts and one duplicate are found; they may not grow.
HELDOUT31_FLOOR = {"facts_p": 0.82, "facts_r": 0.54, "facts_f1": 0.65, "entities_f1": 0.85,
                   "forbidden": 2, "duplicates": 1}


def scorer() -> ModuleType:
    if not SHARED_SCORER.exists():
        pytest.skip(f"the shared scorer is not at {SHARED_SCORER}")
    spec = importlib.util.spec_from_file_location("pg_score", SHARED_SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["pg_score"] = module
    spec.loader.exec_module(module)
    return module


def build_one(path: Path, tmp: Path) -> Path:
    from policygraph.build import build, read_articles
    from policygraph.serialize import FORMATS, write

    result = build(read_articles([path]))
    assert not result.failures
    out = tmp / f"{path.stem}.ttl"
    write(result.dataset, FORMATS["turtle"], out)
    return out


@pytest.mark.parametrize(("folder", "floor", "minimum"),
                         [("", FLOOR, 12), ("heldout", HELDOUT_FLOOR, 8),
                          ("heldout3", HELDOUT3_FLOOR, 10), ("heldout4", HELDOUT4_FLOOR, 8),
                          ("heldout5", HELDOUT5_FLOOR, 10), ("heldout6", HELDOUT6_FLOOR, 10),
                          ("heldout7", HELDOUT7_FLOOR, 10), ("heldout8", HELDOUT8_FLOOR, 10),
                          ("heldout9", HELDOUT9_FLOOR, 10), ("heldout10", HELDOUT10_FLOOR, 10),
                          ("heldout11", HELDOUT11_FLOOR, 10), ("heldout12", HELDOUT12_FLOOR, 10),
                          ("heldout13", HELDOUT13_FLOOR, 10), ("heldout14", HELDOUT14_FLOOR, 10),
                          ("heldout15", HELDOUT15_FLOOR, 10), ("heldout16", HELDOUT16_FLOOR, 10),
                          ("heldout17", HELDOUT17_FLOOR, 10), ("heldout18", HELDOUT18_FLOOR, 10),
                          ("heldout19", HELDOUT19_FLOOR, 10), ("heldout20", HELDOUT20_FLOOR, 10),
                          ("heldout21", HELDOUT21_FLOOR, 10), ("heldout22", HELDOUT22_FLOOR, 10),
                          ("heldout23", HELDOUT23_FLOOR, 10),
                          ("heldout24", HELDOUT24_FLOOR, 10),
                          ("heldout25", HELDOUT25_FLOOR, 10),
                          ("heldout26", HELDOUT26_FLOOR, 10),
                          ("heldout27", HELDOUT27_FLOOR, 10),
                          ("heldout28", HELDOUT28_FLOOR, 10),
                          ("heldout29", HELDOUT29_FLOOR, 10),
                          ("heldout30", HELDOUT30_FLOOR, 10),
                          ("heldout31", HELDOUT31_FLOOR, 10)],
                         ids=["team-set", "heldout-set", "heldout3-set", "heldout4-set",
                              "heldout5-set", "heldout6-set", "heldout7-set", "heldout8-set",
                              "heldout9-set", "heldout10-set", "heldout11-set", "heldout12-set",
                              "heldout13-set", "heldout14-set", "heldout15-set",
                              "heldout16-set", "heldout17-set", "heldout18-set",
                              "heldout19-set", "heldout20-set", "heldout21-set",
                              "heldout22-set", "heldout23-set", "heldout24-set",
                              "heldout25-set", "heldout26-set", "heldout27-set",
                              "heldout28-set", "heldout29-set", "heldout30-set",
                              "heldout31-set"])
def test_annotated_articles_meet_the_floor(tmp_path: Path, folder: str,
                                           floor: dict[str, float], minimum: int) -> None:
    score = scorer()
    base = DATA / folder if folder else DATA
    results = []
    golds = sorted((base / "gold").glob("*.json"))
    assert len(golds) >= minimum
    for gold_file in golds:
        article = next((base / "articles").glob(f"{gold_file.stem}.*"))
        graph = build_one(article, tmp_path)
        results.append(score.score(score.load_graph(graph), json.loads(gold_file.read_text())))
    total = score.combine(results)
    print(score.summary(total))
    assert total["forbidden"] <= floor.get("forbidden", 0)
    assert total["duplicates"] <= floor.get("duplicates", 0)
    assert total["facts"]["p"] >= floor["facts_p"]
    assert total["facts"]["r"] >= floor["facts_r"]
    assert total["facts"]["f1"] >= floor["facts_f1"]
    assert total["entities"]["f1"] >= floor["entities_f1"]


def test_sample_article_quality_bar(tmp_path: Path) -> None:
    score = scorer()
    graph = build_one(ROOT / "examples" / "articles" / "hani-2020-10-15-clean-network.txt",
                      tmp_path)
    result = score.score(score.load_graph(graph), json.loads(SAMPLE_GOLD.read_text()))
    assert result["facts"]["f1"] >= 0.95 and result["entities"]["f1"] >= 0.95
    assert result["values"]["ok"] == result["values"]["total"] == 8
    assert result["meta"]["ok"] == result["meta"]["total"] == 3
    assert result["forbidden"] == 0 and result["duplicates"] == 0


def test_every_team_article_builds_a_conforming_graph() -> None:
    from policygraph.build import build, read_articles
    from policygraph.graph import flatten
    from policygraph.validate import validate_graph

    result = build(read_articles([DATA / "articles"]))
    assert result.articles >= 12 and not result.failures and not result.warnings
    report = validate_graph(flatten(result.dataset))
    assert report.conforms, report.text[:2000]

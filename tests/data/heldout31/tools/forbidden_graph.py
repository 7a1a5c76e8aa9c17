#!/usr/bin/env python3
"""Negative graphs: the maximal graph of gold2ttl.py (--with-allowed) plus every forbidden triple.

    python tools/forbidden_graph.py gold/ OUT_DIR/

Scored with ../shared/eval/score.py, each file must report exactly its forbidden triples.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold2ttl import build, iri  # noqa: E402


def expand(spec):
    return spec if isinstance(spec, list) else [spec]


def main() -> int:
    gold_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text())
        text = build(gold, path.stem, with_allowed=True)
        every = {**gold["allowed_entities"], **gold["entities"]}
        extra = []
        for s, p, o in gold["forbidden_facts"]:
            for a in expand(s):
                for b in expand(o):
                    extra.append(f"{iri(a)} pg:{p} {iri(b)} .")
        # entities that occur only in forbidden facts must exist in the graph too
        present = set()
        for line in text.splitlines():
            if line.startswith("pgr:e-") and " a pg:" in line:
                present.add(line.split()[0])
        blocks = []
        for k, ent in every.items():
            if iri(k) not in present and any(iri(k) in t for t in extra):
                names = ent["names"]
                lab = names[0].replace('"', '\\"')
                blocks.append(f'{iri(k)} a pg:{ent["type"]} ; rdfs:label "{lab}"@en .')
        (out / f"{path.stem}.ttl").write_text(text + "\n" + "\n".join(blocks + extra) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python
"""CPU seconds per pipeline component, graph building and writing, on the bench corpus.

    .venv/bin/python bench/profile_components.py [--articles 150] [--model-ruler] [--words N]

Runs each component of the policygraph pipeline over the articles in batches of
16 (as ``build`` does), timing each with the process's CPU clock, then the graph
builder and the writers. Tells where a build's time goes, and so what is worth
making faster.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import long_text, make_corpus, use_model_ruler  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=150)
    p.add_argument("--words", type=int, default=0,
                   help="instead, one article of about this many words (see run.py growth)")
    p.add_argument("--model-ruler", action="store_true",
                   help="the model's own attribute_ruler and lemmatizer instead of "
                        "policygraph.fast_attrs and policygraph.fast_lemmas")
    args = p.parse_args()

    from spacy.util import minibatch

    from policygraph.build import read_articles
    from policygraph.fastio import StreamWriter
    from policygraph.graph import build_dataset
    from policygraph.model import Article
    from policygraph.pipeline import extraction_from_doc, load_pipeline, make_doc
    from policygraph.serialize import nquads, turtle

    if args.words:
        articles = [Article(id="long", text=long_text(args.words))]
    else:
        with tempfile.TemporaryDirectory() as tmp:
            articles = list(read_articles([make_corpus(Path(tmp) / "c", args.articles)]))
    nlp = load_pipeline()
    if args.model_ruler:
        use_model_ruler(nlp)
    list(nlp.pipe([a.text for a in articles[:2]]))
    cpu: Counter[str] = Counter()
    extractions = []
    for batch in minibatch(articles, 16):
        t = time.process_time()
        docs = [make_doc(nlp, a) for a in batch]
        cpu["tokenizer"] += time.process_time() - t
        for name, proc in nlp.pipeline:
            t = time.process_time()
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            cpu[name] += time.process_time() - t
        t = time.process_time()
        extractions += [extraction_from_doc(a, d) for a, d in zip(batch, docs, strict=True)]
        cpu["collect extractions"] += time.process_time() - t
    t = time.process_time()
    ds = build_dataset(extractions)
    cpu["graph (rdflib Dataset, statements deferred)"] = time.process_time() - t
    t = time.process_time()
    turtle(ds)
    cpu["write Turtle (serialize.turtle)"] = time.process_time() - t
    t = time.process_time()
    len(ds)  # anything but the Turtle and N-Triples writers indexes the statements first
    cpu["index the statements in rdflib's store"] = time.process_time() - t
    t = time.process_time()
    nquads(ds)
    cpu["write N-Quads (serialize.nquads)"] = time.process_time() - t
    with tempfile.TemporaryFile() as f:
        t = time.process_time()
        writer = StreamWriter(f)
        for ex in extractions:
            writer.write(ex)
        cpu["graph + N-Quads, streamed (fastio)"] = time.process_time() - t
    spacy_parts = ["tokenizer", *(n for n in nlp.pipe_names if not n.startswith("pg_")
                                  or n in {"pg_fast_attribute_ruler", "pg_fast_lemmatizer"})]
    total_spacy = sum(cpu[n] for n in spacy_parts)
    print(f"{len(articles)} articles; pipeline: "
          f"{', '.join(nlp.pipe_names)}\n")
    print("| step | CPU s | share of spaCy's own components |")
    print("|---|---:|---:|")
    for name, s in cpu.items():
        print(f"| {name} | {s:.2f} | {100 * s / total_spacy:.0f}% |")
    print(f"\nspaCy's own components: {total_spacy:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/bin/sh
# Run from the set's folder with a python that has rdflib: PY=/path/to/python sh tools/verify.sh
PY=${PY:-python3}
OUT=${OUT:-.build}
set -e
$PY tools/check.py .
$PY tools/extra_check.py .
rm -rf "$OUT"; mkdir -p "$OUT"
$PY tools/gold2ttl.py --all gold "$OUT/perf"
$PY ../shared/eval/score.py --batch "$OUT/perf" gold -v
$PY tools/gold2ttl.py --all --with-allowed gold "$OUT/max"
$PY ../shared/eval/score.py --batch "$OUT/max" gold -v
$PY tools/forbidden_graph.py gold "$OUT/neg"
$PY ../shared/eval/score.py --batch "$OUT/neg" gold

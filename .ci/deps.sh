#!/usr/bin/env bash
# System tools the tests use, installed quietly when missing. Called by .ci/run after
# `make install`; without them the tests that need them skip and say why.
#   - rapper (Debian's raptor2-utils): a third RDF parser for every output format
#     (tests/test_hostile.py), next to rdflib and pyoxigraph.
set -uo pipefail

if ! command -v rapper >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo -n"; fi
    export DEBIAN_FRONTEND=noninteractive
    timeout 60 $sudo apt-get update -qq >/dev/null 2>&1 || true
    timeout 90 $sudo apt-get install -y -qq --no-install-recommends raptor2-utils \
      >/dev/null 2>&1 || true
  fi
  if command -v rapper >/dev/null 2>&1; then
    echo "deps: installed $(rapper --version 2>/dev/null | head -1 | sed 's/^/rapper /')"
  else
    echo "deps: could not install raptor2-utils; the rapper checks will skip" >&2
  fi
fi
exit 0

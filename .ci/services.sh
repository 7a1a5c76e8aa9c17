#!/usr/bin/env bash
# The SPARQL servers the store tests need. Called by .ci/run after `make install`.
#
# The tests start and stop every server themselves, on 127.0.0.1, on free ports, in
# temporary folders (tests/conftest_store.py), so nothing is left running and nothing
# here needs stopping:
#   - Oxigraph (`oxigraph serve`), from the oxigraph package in the dev extra: checked here.
#   - Virtuoso 7 (`virtuoso-t`), for the tests marked `virtuoso`: Debian's package is
#     installed here when missing, within a bounded time; without it those tests skip.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! .venv/bin/oxigraph --version >/dev/null 2>&1; then
  echo "services: .venv/bin/oxigraph is missing; install the dev extra (make install)" >&2
  exit 1
fi

if ! command -v virtuoso-t >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    started=$(date +%s)
    export DEBIAN_FRONTEND=noninteractive
    # policy-rc.d 101: the package must not start its own server on 8890/1111.
    policy=/usr/sbin/policy-rc.d
    made_policy=0
    if [ ! -e "$policy" ]; then
      printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && made_policy=1
    fi
    timeout 60 apt-get update -qq >/dev/null 2>&1 || true
    timeout 90 apt-get install -y -qq --no-install-recommends virtuoso-opensource-7 \
      >/dev/null 2>&1 || true
    if [ "$made_policy" = 1 ]; then rm -f "$policy"; fi
    if command -v virtuoso-t >/dev/null 2>&1; then
      echo "services: installed virtuoso-opensource-7 in $(( $(date +%s) - started )) s"
    else
      echo "services: virtuoso-opensource-7 did not install; tests marked virtuoso will skip"
    fi
  else
    echo "services: no virtuoso-t and cannot apt-get; tests marked virtuoso will skip"
  fi
fi
exit 0

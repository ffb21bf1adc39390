#!/usr/bin/env bash
# Times crosscheck compiled to wasm against wink-nlp under node, on the same
# ~1 MB of the seeds in the same run, next to the native figure for the same
# inputs. Skips (exit 0) with a message when node, npm or the seeds are
# missing. Usage: scripts/bench-wasm.sh [shared-dir] (default ../shared).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-${SHARED:-../shared}}
seeds=$shared/seeds
wasm=web/static/main.wasm
exec_js=$(go env GOROOT)/lib/wasm/wasm_exec.js

skip() { echo "bench-wasm: skipped: $*"; exit 0; }
command -v node >/dev/null || skip "node is not installed (apt-get install nodejs npm)"
command -v npm >/dev/null || skip "npm is not installed (apt-get install npm)"
ls "$seeds"/*.txt >/dev/null 2>&1 || skip "no seeds in $seeds"

# Rebuild the wasm when it is missing or older than any Go source or go.mod.
if [ ! -f "$wasm" ] || [ -n "$(find core wasm go.mod -newer "$wasm" \( -name '*.go' -o -name '*.txt' -o -name '*.tsv' -o -name go.mod \) -print -quit)" ]; then
  echo "bench-wasm: building $wasm"
  mkdir -p "$(dirname "$wasm")"
  make --no-print-directory wasm >/dev/null
fi
if [ ! -d bench/wasm/node_modules/wink-nlp ] || [ ! -d bench/wasm/node_modules/wink-eng-lite-web-model ]; then
  echo "bench-wasm: installing wink-nlp (npm ci in bench/wasm)"
  (cd bench/wasm && npm ci --no-audit --no-fund --loglevel=error) || skip "npm could not install wink-nlp (offline?)"
fi

echo "bench-wasm: native figure (go test -bench SeedsMB)"
native=$(CROSSCHECK_SHARED=$(cd "$shared" && pwd) go test -run '^$' -bench '^BenchmarkSeedsMB$' -benchtime 3x ./core |
  awk '/^BenchmarkSeedsMB\//{split($1, a, "[/-]"); for (i = 1; i < NF; i++) if ($(i+1) == "MB/s") printf "%s%s=%s", sep, a[2], $i; sep=","}')
echo "bench-wasm: native MB/s: ${native:-none}"
node bench/wasm/bench.js --wasm "$wasm" --exec "$exec_js" --seeds "$seeds" --native "${native:-}"

#!/usr/bin/env bash
# Counts the instructions one benchmark op executes, with valgrind's
# callgrind: the steadiest measure of a change on a host whose speed swings
# (instructions do not depend on the load). Two runs of N1 and N2 ops, so
# that start-up cancels out; one core, no collection (GOGC=off), so the
# count is the code's own. It says nothing of cache misses or the collector:
# confirm a gain with scripts/bench-ab.sh.
#
#   scripts/instructions.sh PKG BENCH [N1 N2]
#
# Example: scripts/instructions.sh ./core 'SeedsMB/seeds$' 1 3
# Skips (exit 0) with a message when valgrind is missing
# (apt-get install valgrind).
set -euo pipefail
if [ $# -lt 2 ]; then
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
command -v valgrind >/dev/null || { echo "instructions: skipped: valgrind is not installed (apt-get install valgrind)"; exit 0; }
pkg=$1 bench=$2 n1=${3:-2} n2=${4:-6}
root=$(git rev-parse --show-toplevel)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go test -c -o "$tmp/pkg.test" "$pkg")
cd "$root/$pkg"
export CROSSCHECK_SHARED=${CROSSCHECK_SHARED:-$(cd "$root/.." && pwd)/shared}

# count N: instructions of the whole process for N ops. Preemption signals
# and rdtscp, which valgrind does not emulate, are turned off.
count() {
  GOGC=off GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off \
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    "$tmp/pkg.test" -test.run '^$' -test.bench "$bench" -test.benchtime "${1}x" 2>&1 |
    awk '/Collected/ {gsub(",", "", $4); print $4}'
}
a=$(count "$n1")
b=$(count "$n2")
if [ -z "$a" ] || [ -z "$b" ]; then
  echo "instructions: callgrind gave no count (does $bench match a benchmark in $pkg?)" >&2
  exit 1
fi
echo "$pkg $bench: $(((b - a) / (n2 - n1))) instructions per op"

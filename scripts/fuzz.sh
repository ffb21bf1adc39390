#!/usr/bin/env bash
# Runs every fuzz target in the module for $1 (default 10s) each.
#
# A target fails the run when it writes a failing input to
# testdata/fuzz/<target>/. Go 1.26's fuzzing coordinator may also end a
# run of a duration with a bare "context deadline exceeded" and no input
# (golang/go#75804, fixed in Go 1.27): that is reported as such and the
# target is run once more, and fails the run only if it does so again.
set -euo pipefail
t=${1:-10s}
status=0
inputs() { if [ -d "$1" ]; then find "$1" -type f | wc -l; else echo 0; fi; }
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for f in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //'); do
    corpus="$dir/testdata/fuzz/$f"
    for try in 1 2; do
      echo "== $pkg $f ($t)"
      before=$(inputs "$corpus")
      if out=$(go test -run '^$' -fuzz "^$f\$" -fuzztime "$t" "$pkg" 2>&1); then
        echo "$out" | tail -1
        break
      fi
      echo "$out" | tail -5
      after=$(inputs "$corpus")
      if [ "$after" -gt "$before" ] || ! grep -q 'context deadline exceeded' <<<"$out"; then
        echo "fuzz: $f failed: see the input written to $corpus"
        status=1
        break
      fi
      echo "fuzz: $f: the coordinator's deadline report with no failing input (golang/go#75804)"
      if [ "$try" = 2 ]; then
        status=1
      fi
    done
  done
done
exit $status

#!/usr/bin/env bash
# Prints the project's figures on the shared evaluation data: the seeds
# scored with and without their dates, and the cleaning benchmark (dev and
# test, plain text and HTML). Skips, saying so, when the data is absent.
set -uo pipefail
shared=${1:-../shared}
if [ ! -f "$shared/eval/score.py" ]; then
  echo "eval: skipped: $shared/eval is not here (the shared evaluation data is not part of the repository)"
  exit 0
fi
set -e
go build -o bin/crosscheck ./cmd/crosscheck
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "== seeds, with dates (seeds-meta.json)"
./bin/crosscheck analyze --json --meta "$shared/eval/seeds-meta.json" "$shared"/seeds/*.txt > "$tmp/dated.json"
python3 "$shared/eval/score.py" "$shared/eval/seeds-gold.json" "$tmp/dated.json" | grep -v '^  -'
echo "== seeds, without dates"
./bin/crosscheck analyze --json "$shared"/seeds/*.txt > "$tmp/undated.json"
python3 "$shared/eval/score.py" "$shared/eval/seeds-gold.json" "$tmp/undated.json" | grep -v '^  -'
for split in dev test; do
  for fmt in text html; do
    flag=""; [ "$fmt" = html ] && flag="--html"
    echo "== cleaning benchmark, $split, $fmt"
    python3 "$shared/eval/cleanbench.py" run "$shared/bench/cleaning/$split" $flag -- ./bin/crosscheck clean | sed "s/^F1/cleaning $split $fmt F1/"
  done
done

#!/usr/bin/env bash
# Compares one benchmark between two commits, run side by side: the two
# test binaries take turns, round after round, at each GOMAXPROCS, and the
# medians are printed. This host's speed swings by up to ±30% from minute
# to minute; taking turns spreads that swing over both sides, where two
# runs minutes apart would measure the swing instead of the change.
#
#   scripts/bench-ab.sh [-r rounds] [-p "1 2"] PKG BENCH OLD [NEW]
#
# PKG is a package directory (./core), BENCH a -test.bench pattern, OLD and
# NEW git revisions (NEW defaults to the working tree). Needs python3.
# Example: scripts/bench-ab.sh -r 5 ./core 'SeedsMB/seeds' HEAD~3
set -euo pipefail
rounds=3
procs="1 2"
while getopts "r:p:" o; do
  case $o in
  r) rounds=$OPTARG ;;
  p) procs=$OPTARG ;;
  *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ $# -lt 3 ]; then
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
pkg=$1 bench=$2 old=$3 new=${4:-}
root=$(git rev-parse --show-toplevel)
tmp=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$tmp/old" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT

# build REV DIR OUT: the test binary of PKG at REV (the working tree when
# REV is empty).
build() {
  local rev=$1 dir=$2 out=$3
  if [ -n "$rev" ]; then
    git -C "$root" worktree add --detach "$dir" "$rev" >/dev/null 2>&1
  else
    dir=$root
  fi
  (cd "$dir" && go test -c -o "$out" "$pkg")
}
build "$old" "$tmp/old" "$tmp/old.test"
if [ -n "$new" ]; then
  git -C "$root" worktree remove --force "$tmp/old" >/dev/null 2>&1 || true
  build "$new" "$tmp/old" "$tmp/new.test"
else
  build "" "" "$tmp/new.test"
fi

# The benchmarks read testdata and ../shared relative to the package.
cd "$root/$pkg"
export CROSSCHECK_SHARED=${CROSSCHECK_SHARED:-$(cd "$root/.." && pwd)/shared}
for r in $(seq "$rounds"); do
  for side in old new; do
    for p in $procs; do
      GOMAXPROCS=$p "$tmp/$side.test" -test.run '^$' -test.bench "$bench" -test.count 1 2>&1 |
        grep '^Benchmark' | sed "s/^/$side p$p /" >>"$tmp/runs"
    done
  done
  echo "bench-ab: round $r of $rounds done" >&2
done
python3 - "$tmp/runs" <<'PY'
import collections, statistics, sys
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    f = line.split()
    if "MB/s" not in f:
        continue
    name = f[2].rsplit("-", 1)[0] if f[2].rsplit("-", 1)[-1].isdigit() else f[2]
    runs[(name, f[1], f[0])].append(float(f[f.index("MB/s") - 1]))
print(f"{'benchmark':40s} {'procs':>5s} {'old MB/s':>10s} {'new MB/s':>10s} {'new/old':>8s}")
for name, p in sorted({(k[0], k[1]) for k in runs}):
    o, n = runs.get((name, p, "old")), runs.get((name, p, "new"))
    if not o or not n:
        continue
    mo, mn = statistics.median(o), statistics.median(n)
    print(f"{name:40s} {p[1:]:>5s} {mo:10.2f} {mn:10.2f} {mn / mo:8.3f}")
PY

#!/bin/sh
# Side by side: OptimizerBenchmark of this checkout against the same benchmark built from an
# older commit, run alternately (A, B, A, B, …) so both see the same machine state.
#
#   Benchmarks/compare-optimizer-benchmark.sh <old-commit> [rounds] [mode]
#
# mode is the benchmark's first argument (default `2d`: 2-D Adam on Rosenbrock and minibatch
# SGD). Prints every round, then the median of each line for old and new, and the load.
set -eu
old=${1:?usage: $0 <old-commit> [rounds] [mode]}
rounds=${2:-5}
mode=${3:-2d}
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=${TMPDIR:-/tmp}/descent-benchmark-$(git -C "$root" rev-parse --short "$old")
if [ ! -d "$scratch" ]; then git -C "$root" worktree add --detach "$scratch" "$old" >/dev/null; fi
(cd "$scratch" && swift build -c release --product OptimizerBenchmark >/dev/null)
(cd "$root" && swift build -c release --product OptimizerBenchmark >/dev/null)
out=$(mktemp)
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
i=0
while [ $i -lt "$rounds" ]; do
    (cd "$scratch" && .build/release/OptimizerBenchmark "$mode") | grep 'ns/' | sed 's/^/old | /' | tee -a "$out"
    (cd "$root" && .build/release/OptimizerBenchmark "$mode") | grep 'ns/' | sed 's/^/new | /' | tee -a "$out"
    i=$((i + 1))
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians over $rounds rounds (the first number of each line):"
sed -E 's/: +([0-9.]+) ns.*/\t\1/' "$out" | sed -E 's/\(median of 7[^)]*\)//' |
    awk -F'\t' '{ v[$1] = v[$1] " " $2; keys[$1] = 1 } END { for (k in keys) print k "\t" v[k] }' | sort |
    while IFS="$(printf '\t')" read -r key values; do
        median=$(echo $values | tr ' ' '\n' | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
        printf '  %-90s %s ns\n' "$key" "$median"
    done
rm -f "$out"

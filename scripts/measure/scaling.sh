#!/usr/bin/env bash
# scaling.sh SIM_DIR [ROUNDS] [CONFIG]: issue 13's scaling measurement. `sim run --no-report` on all cores against the
# same pinned to one core (taskset -c 0 ... -t 1: unpinned, -t 1 still lends the compiler, collector and writer the
# other cores), in alternating rounds; prints each round's times and ratio.
set -euo pipefail
sim=$1/sim rounds=${2:-3} config=${3:-Experiments/configs/default.yaml}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
seconds() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1; }
for ((r = 1; r <= rounds; r++)); do
  rm -rf "$out/all" "$out/one"
  all=$(seconds "$sim" run "$config" --no-report --quiet --out "$out/all")
  one=$(seconds taskset -c 0 "$sim" run "$config" --no-report --quiet --threads 1 --out "$out/one")
  awk -v r="$r" -v a="$all" -v o="$one" 'BEGIN {printf "round %d: all cores %.2f s, one core %.2f s: %.3fx\n", r, a, o, o / a}'
done

#!/usr/bin/env bash
# memory.sh SIM_DIR [ROUNDS] [CONFIG]: issue 13's memory measurement. The peak resident memory of `sim run --no-report`
# at 2,000 and at 20,000 runs a regime, in alternating rounds; prints each round's peaks and their ratio.
set -euo pipefail
sim=$1/sim rounds=${2:-3} config=${3:-Experiments/configs/default.yaml}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
peak() { /usr/bin/time -f %M "$sim" run "$config" --no-report --quiet --runs "$1" --out "$out/$1" 2>&1 >/dev/null | tail -1; }
for ((r = 1; r <= rounds; r++)); do
  rm -rf "$out/2000" "$out/20000"
  small=$(peak 2000); large=$(peak 20000)
  awk -v r="$r" -v s="$small" -v l="$large" 'BEGIN {printf "round %d: 2,000 runs %.1f MB, 20,000 runs %.1f MB: %.2fx\n", r, s / 1024, l / 1024, l / s}'
done

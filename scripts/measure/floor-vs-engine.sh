#!/usr/bin/env bash
# floor-vs-engine.sh FLOOR SIM_DIR [CONFIG]: issue 13's first measurement. The C floor (FLOOR: built from the shared
# perf/floor.c, see README "How fast") on one thread and on all cores, then `sim benchmark --repeat 3` of SIM_DIR
# (a `dotnet build -c Release Experiments -o SIM_DIR`), then the floor again, and the engine's time as a multiple
# of the fastest and slowest floor at each thread count. Run it on a quiet machine; absolute times drift.
set -euo pipefail
floor=$1 sim=$2/sim config=${3:-Experiments/configs/default.yaml}
cores=$(nproc)
# The floor's arguments for the config's work: the benchmark's floor command (printed for a one-run benchmark)
# with the config's runs and without its thread count.
runs=$(sed -n 's/^runs: *\([0-9]*\).*/\1/p' "$config")
work=$("$sim" benchmark "$config" --runs 1 | sed -n 's/^the floor.s command for this work: .\/floor 1 \(.*\) [0-9]*$/\1/p')
[ -n "$work" ] && [ -n "$runs" ] || { echo "floor-vs-engine.sh: $config has no floor command or no top-level runs" >&2; exit 2; }
work="$runs $work"
time_floor() { /usr/bin/time -f %e "$floor" $work "$1" 2>&1 >/dev/null | tail -1; }
declare -a f1 f2
f1+=("$(time_floor 1)"); f2+=("$(time_floor "$cores")")
out=$("$sim" benchmark "$config" --repeat 3)
f1+=("$(time_floor 1)"); f2+=("$(time_floor "$cores")")
echo "$out" | grep -E "^(machine|1 thread|  the least|[0-9]+ threads)"
one=$(echo "$out" | sed -n 's/^1 thread: *\([0-9.]*\) s.*/\1/p')
all=$(echo "$out" | sed -n "s/^$cores threads: *\([0-9.]*\) s.*/\1/p")
echo "floor: 1 thread ${f1[0]} s and ${f1[1]} s, $cores threads ${f2[0]} s and ${f2[1]} s (before and after)"
awk -v e="$one" -v a="${f1[0]}" -v b="${f1[1]}" 'BEGIN {lo = a < b ? a : b; hi = a < b ? b : a; printf "engine/floor, 1 thread: %.2f-%.2fx\n", e / hi, e / lo}'
awk -v e="$all" -v a="${f2[0]}" -v b="${f2[1]}" -v c="$cores" 'BEGIN {lo = a < b ? a : b; hi = a < b ? b : a; printf "engine/floor, %d threads: %.2f-%.2fx\n", c, e / hi, e / lo}'

#!/usr/bin/env bash
# compare.sh OLD_DIR NEW_DIR CONFIG [RUNS] [PAIRS]: NEW's time over OLD's on CONFIG's work, both builds side by side in
# one process (compare-builds), each pair of processes loading them in both orders; prints each process's median and
# the geometric mean over all (below 1: NEW is faster). Pinned to one core. Example:
#   dotnet build -c Release Experiments -o /tmp/old   (at the old commit; then the new one to /tmp/new)
#   scripts/compare-builds/compare.sh /tmp/old /tmp/new Experiments/configs/default.yaml 1000 2
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
old=$1 new=$2 config=$3 runs=${4:-400} pairs=${5:-2}
dotnet build -c Release "$here" -o "$here/bin" -v q -nologo >/dev/null
median() { DOTNET_TC_CallCountingDelayMs=0 taskset -c 0 "$here/bin/compare-builds" "$1" "$2" "$config" "$runs" 10 3 | tail -1 | sed 's/B\/A median \([0-9.]*\).*/\1/'; }
log=$(mktemp)
for ((i = 1; i <= pairs; i++)); do
  a=$(median "$old" "$new"); b=$(median "$new" "$old")
  echo "new/old $a (old loaded first), old/new $b (new loaded first)" | tee -a "$log"
done
awk '{s += log($2) - log($7); n++} END {printf "new/old %.4f (geometric mean of %d pairs)\n", exp(s / (2 * n)), n}' "$log"
rm -f "$log"

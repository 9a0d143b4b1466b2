#!/usr/bin/env bash
# Runs `sim calibrate` as Slurm job arrays: one array per ABC-SMC generation (SHARDS tasks, each
# evaluating a deterministic slice of that generation's proposals into OUT_DIR/generations), each array
# starting when the previous one succeeded, then one job that assembles the generations and writes the
# posterior and the fit report: the same files a single `sim calibrate CONFIG` writes.
#
#   calibrate.sh [--cpus-per-task C] CONFIG OUT_DIR GENERATIONS [SHARDS]
#
#   GENERATIONS          the config's `generations` (one array each)
#   SHARDS               tasks per generation (default 4)
#   --cpus-per-task C    CPUs (and sim threads) per task (default 1)
#
# Environment: SIM (default: dotnet <repo>/Experiments/bin/Release/net10.0/sim.dll), SBATCH_* for sbatch.
# OUT_DIR must be on a file system every node sees. A failed task can be resubmitted alone; the blocks
# already written are kept (the run resumes from them).
set -euo pipefail

fail()  { echo "calibrate: ERROR: $*" >&2; exit 1; }
usage() { sed -n '7,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cpus=1
positional=()
while [ $# -gt 0 ]; do
    case $1 in
        --cpus-per-task) [ $# -ge 2 ] || usage; cpus=$2; shift ;;
        -h|--help) usage ;;
        -*) echo "calibrate: unknown option $1" >&2; usage ;;
        *) positional+=("$1") ;;
    esac
    shift
done
[ ${#positional[@]} -ge 3 ] && [ ${#positional[@]} -le 4 ] || usage
config=${positional[0]} out=${positional[1]} generations=${positional[2]} shards=${positional[3]:-4}
[[ $generations =~ ^[1-9][0-9]*$ ]] || fail "GENERATIONS must be a positive integer, not '$generations'"
[[ $shards =~ ^[1-9][0-9]*$ ]] || fail "SHARDS must be a positive integer, not '$shards'"
[[ $cpus =~ ^[1-9][0-9]*$ ]] || fail "--cpus-per-task must be a positive integer, not '$cpus'"
[ -f "$config" ] || fail "config $config not found"
config=$(cd "$(dirname "$config")" && pwd)/$(basename "$config")
mkdir -p "$out/slurm/logs"
out=$(cd "$out" && pwd)
read -r -a sim <<<"${SIM:-dotnet $repo/Experiments/bin/Release/net10.0/sim.dll}"
command -v sbatch >/dev/null || fail "sbatch not found: no Slurm client on this machine"
sim_q=$(printf '%q ' "${sim[@]}")

cat >"$out/slurm/generation.sh" <<EOF
#!/usr/bin/env bash
# Task K of $shards of generation \$1: sim evaluates that slice of the generation's proposals.
set -euo pipefail
export DOTNET_TieredPGO_InstrumentOnlyHotCode=\${DOTNET_TieredPGO_InstrumentOnlyHotCode:-0} # README, "How fast"
exec $sim_q calibrate $(printf %q "$config") --out $(printf %q "$out") --generation "\$1" --shard "\$SLURM_ARRAY_TASK_ID/$shards" \\
    --threads "\${SLURM_CPUS_PER_TASK:-1}" --quiet
EOF
cat >"$out/slurm/assemble.sh" <<EOF
#!/usr/bin/env bash
# Assembles every generation from the shards' blocks and writes the posterior and the report.
set -euo pipefail
export DOTNET_TieredPGO_InstrumentOnlyHotCode=\${DOTNET_TieredPGO_InstrumentOnlyHotCode:-0} # README, "How fast"
exec $sim_q calibrate $(printf %q "$config") --out $(printf %q "$out") --threads "\${SLURM_CPUS_PER_TASK:-1}"
EOF
chmod +x "$out/slurm/generation.sh" "$out/slurm/assemble.sh"

name=sim-calibrate dependency=()
for ((g = 0; g < generations; g++)); do
    job=$(sbatch --parsable --job-name="$name-g$g" --array="0-$((shards - 1))" --cpus-per-task="$cpus" "${dependency[@]}" \
        --kill-on-invalid-dep=yes --output="$out/slurm/logs/g$g-%a.out" --chdir="$out" "$out/slurm/generation.sh" "$g") \
        || fail "sbatch of generation $g failed"
    job=${job%%;*}
    echo "generation $g: array job $job"
    dependency=(--dependency="afterok:$job")
done
job=$(sbatch --parsable --job-name="$name-assemble" --cpus-per-task="$cpus" "${dependency[@]}" --kill-on-invalid-dep=yes \
    --output="$out/slurm/logs/assemble.out" --chdir="$out" "$out/slurm/assemble.sh") || fail "sbatch of the assembly failed"
echo "assembly: job ${job%%;*} -> $out (posterior.csv, calibration.html)"

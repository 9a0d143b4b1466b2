#!/usr/bin/env bash
# Runs one experiment as a Slurm job array: SHARDS tasks each run a deterministic slice of the
# runs, then one job that starts only when all of them succeeded merges the slices into the same
# results a single `sim run` would write (and renders the report if this sim has `sim report`).
#
#   run-experiment.sh [options] CONFIG OUT_DIR [SHARDS]
#
#   SHARDS               number of array tasks (default 4)
#   --wait               block until both jobs are done, then check the outputs; exit 1 if any is missing
#   --timeout SECONDS    with --wait: give up after this long (default 0 = no limit)
#   --cpus-per-task C    CPUs (and sim threads) per shard (default 1)
#   --force              delete OUT_DIR/shards, OUT_DIR/merged and OUT_DIR/slurm from an earlier submission
#
# Environment:
#   SIM        the sim command, split on spaces (default: dotnet <repo>/Experiments/bin/Release/net10.0/sim.dll)
#   SBATCH_*   read by sbatch itself, e.g. SBATCH_PARTITION, SBATCH_ACCOUNT, SBATCH_TIMELIMIT
#
# Writes OUT_DIR/shards/K (one per task), OUT_DIR/merged (the results), OUT_DIR/slurm (the job
# scripts and their logs). OUT_DIR must be on a file system every node sees. See docs/SCALING.md.
set -euo pipefail

say()   { echo "run-experiment: $*"; }
fail()  { echo "run-experiment: ERROR: $*" >&2; exit 1; }
usage() { sed -n '6,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
wait_for=0 timeout=0 cpus=1 force=0
positional=()
while [ $# -gt 0 ]; do
    case $1 in
        --wait) wait_for=1 ;;
        --timeout) [ $# -ge 2 ] || usage; timeout=$2; shift ;;
        --cpus-per-task) [ $# -ge 2 ] || usage; cpus=$2; shift ;;
        --force) force=1 ;;
        -h|--help) usage ;;
        -*) echo "run-experiment: unknown option $1" >&2; usage ;;
        *) positional+=("$1") ;;
    esac
    shift
done
[ ${#positional[@]} -ge 2 ] && [ ${#positional[@]} -le 3 ] || usage
config=${positional[0]} out=${positional[1]} shards=${positional[2]:-4}
[[ $shards =~ ^[1-9][0-9]*$ ]]  || fail "SHARDS must be a positive integer, not '$shards'"
[[ $cpus =~ ^[1-9][0-9]*$ ]]    || fail "--cpus-per-task must be a positive integer, not '$cpus'"
[[ $timeout =~ ^[0-9]+$ ]]      || fail "--timeout must be a number of seconds, not '$timeout'"
[ -f "$config" ] || fail "config $config not found"

# The jobs run elsewhere (another node, another working directory): absolute paths only.
config=$(cd "$(dirname "$config")" && pwd)/$(basename "$config")
mkdir -p "$out"
out=$(cd "$out" && pwd)

read -r -a sim <<<"${SIM:-dotnet $repo/Experiments/bin/Release/net10.0/sim.dll}"
[ ${#sim[@]} -gt 0 ] || fail "SIM is empty"
# Fail here, not in every array task: a missing build is the most common mistake.
"${sim[@]}" --version >/dev/null 2>&1 \
    || fail "'${sim[*]} --version' failed: build first (dotnet build -c Release) or set SIM"

command -v sbatch >/dev/null || fail "sbatch not found: no Slurm client on this machine"
# sbatch retries for about 27 s when the controller is down; ask it directly first.
scontrol ping 2>/dev/null | grep -q "is UP" \
    || fail "the Slurm controller does not answer (scontrol ping); locally: scripts/slurm/local-cluster.sh start"

for d in shards merged slurm; do
    if [ -e "$out/$d" ]; then
        [ $force -eq 1 ] || fail "$out/$d exists from an earlier submission: pass --force or another OUT_DIR"
        rm -rf "${out:?}/$d"
    fi
done
mkdir -p "$out/shards" "$out/slurm/logs"

# Job scripts as files with every value baked in (quoted with %q): the jobs see exactly what was
# submitted, whatever the environment on the compute node, and they can be read or rerun by hand.
sim_q=$(printf '%q ' "${sim[@]}")
cat >"$out/slurm/shard.sh" <<EOF
#!/usr/bin/env bash
# One of the $shards shards of $(basename "$config"): sim takes K and N from SLURM_ARRAY_TASK_ID and
# SLURM_ARRAY_TASK_COUNT. Resubmitting only some tasks (sbatch --array=2 shard.sh) makes the
# count wrong, so then K/N is passed explicitly. --force: a rerun replaces a failed shard's folder.
set -euo pipefail
echo "shard \$SLURM_ARRAY_TASK_ID of $shards on \$(hostname)"
# Hot methods profiled from their first call, not compiled twice before (README, "How fast").
export DOTNET_TieredPGO_InstrumentOnlyHotCode=\${DOTNET_TieredPGO_InstrumentOnlyHotCode:-0}
shard=()
[ "\$SLURM_ARRAY_TASK_COUNT" = $shards ] || shard=(--shard "\$SLURM_ARRAY_TASK_ID/$shards")
exec $sim_q run $(printf %q "$config") --out $(printf %q "$out/shards")/"\$SLURM_ARRAY_TASK_ID" "\${shard[@]}" \\
    --threads "\${SLURM_CPUS_PER_TASK:-1}" --no-report --quiet --force
EOF
shard_dirs=""
for ((k = 0; k < shards; k++)); do shard_dirs+=" $(printf %q "$out/shards/$k")"; done
cat >"$out/slurm/merge.sh" <<EOF
#!/usr/bin/env bash
# Joins the $shards shards into $out/merged; runs only if every shard succeeded (afterok).
set -euo pipefail
# Every shard named explicitly, so that merge reports a missing one instead of silently merging fewer.
$sim_q merge$shard_dirs --out $(printf %q "$out/merged")
# \`sim report\` is optional: render it when this sim has the command.
if $sim_q --help 2>/dev/null | grep -qE '^ +report( |\$)'; then
    $sim_q report $(printf %q "$out/merged")
fi
EOF
chmod +x "$out/slurm/shard.sh" "$out/slurm/merge.sh"

name=$(basename "$config"); name=sim-${name%.*}
array_job=$(sbatch --parsable --job-name="$name" --array="0-$((shards - 1))" --cpus-per-task="$cpus" \
    --output="$out/slurm/logs/shard-%a.out" --chdir="$out" "$out/slurm/shard.sh") \
    || fail "sbatch of the shard array failed"
array_job=${array_job%%;*}   # --parsable prints "id" or "id;cluster"
# kill-on-invalid-dep: if a shard fails the merge is cancelled instead of pending forever.
merge_job=$(sbatch --parsable --job-name="$name-merge" --dependency="afterok:$array_job" \
    --kill-on-invalid-dep=yes --output="$out/slurm/logs/merge.out" --chdir="$out" "$out/slurm/merge.sh") \
    || { scancel "$array_job" || true; fail "sbatch of the merge job failed (shard array $array_job cancelled)"; }
merge_job=${merge_job%%;*}

say "shard array job $array_job: $shards tasks -> $out/shards/0..$((shards - 1))"
say "merge job $merge_job (after all shards succeed) -> $out/merged"
say "logs in $out/slurm/logs"
echo "array_job=$array_job"
echo "merge_job=$merge_job"
[ $wait_for -eq 1 ] || exit 0

# Wait: squeue lists a job while it is pending, running or completing.
t0=$SECONDS
while :; do
    if left=$(squeue -h -j "$array_job,$merge_job" -o %i 2>/dev/null); then
        [ -n "$left" ] || break
    fi
    if [ "$timeout" -gt 0 ] && [ $((SECONDS - t0)) -ge "$timeout" ]; then
        fail "jobs $array_job/$merge_job still queued or running after $timeout s (not cancelled)"
    fi
    sleep 1
done
say "jobs finished after $((SECONDS - t0)) s"

# A job's state alone is not proof: a job that failed to launch can be reported COMPLETED.
# So check the files, and report the states and drained nodes as evidence.
states=$(squeue -t all -h -j "$array_job,$merge_job" -o "%i %T %r" 2>/dev/null || true)
[ -z "$states" ] || { say "job states:"; echo "$states" | sed 's/^/  /'; }
ok=1
for ((k = 0; k < shards; k++)); do
    if [ -z "$(ls -A "$out/shards/$k" 2>/dev/null)" ]; then
        echo "run-experiment: shard $k wrote nothing ($out/shards/$k); log: $out/slurm/logs/shard-$k.out" >&2
        ok=0
    fi
done
for f in runs.csv episodes.csv.gz yearly.csv summary.csv config.yaml; do
    [ -s "$out/merged/$f" ] || { echo "run-experiment: missing $out/merged/$f" >&2; ok=0; }
done
if [ -n "$states" ] && echo "$states" | grep -vqE '^[^ ]+ COMPLETED'; then ok=0; fi
drained=$(sinfo -h -R 2>/dev/null || true)
[ -z "$drained" ] || { echo "run-experiment: WARNING: drained or down nodes:" >&2; echo "$drained" >&2; }
if [ $ok -eq 0 ]; then
    for log in "$out"/slurm/logs/*.out; do
        [ -e "$log" ] || continue
        echo "---- $log (last lines)" >&2; tail -n 5 "$log" >&2
    done
    fail "the experiment did not complete: see above"
fi
say "done: $out/merged"

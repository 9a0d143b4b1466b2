#!/usr/bin/env bash
# A throw-away single-node Slurm cluster on this machine, for testing the sharded-experiment
# machinery (scripts/slurm/run-experiment.sh) for real without a cluster.
#
#   local-cluster.sh start    install Slurm + munge if missing, write a fresh config, start
#                             munged, slurmctld and slurmd, wait until the node is idle
#   local-cluster.sh stop     stop the daemons by the pids in their pid files
#   local-cluster.sh status   print whether the daemons run and what the node looks like
#
# Needs root (packages, daemons, /etc/slurm). Works without systemd: the daemons are started
# directly. Every start wipes the controller state and spool, so each start is a fresh cluster.
# Everything stays on 127.0.0.1 (node address, controller host); ports 6817/6818.
set -euo pipefail

SLURM_CONF_DIR=/etc/slurm
SLURM_CONF=$SLURM_CONF_DIR/slurm.conf
STATE_DIR=/var/spool/slurmctld
SPOOL_DIR=/var/spool/slurmd
LOG_DIR=/var/log/slurm
CTLD_PID=/run/slurmctld.pid
SLURMD_PID=/run/slurmd.pid
MUNGE_RUN=/run/munge
MUNGE_PID=$MUNGE_RUN/munged.pid
MUNGE_KEY=/etc/munge/munge.key
# Node name used by slurm.conf and `slurmd -N`: the machine's own hostname may not resolve.
NODE=localhost
START_TIMEOUT=${START_TIMEOUT:-60}

say()  { echo "local-cluster: $*"; }
fail() { echo "local-cluster: ERROR: $*" >&2; exit 1; }

need_root() {
    [ "$(id -u)" -eq 0 ] || fail "must run as root (installs packages, starts daemons, writes /etc/slurm)"
}

# The pid in FILE if that process is alive, else nothing.
live_pid() {
    local file=$1 pid
    [ -r "$file" ] || return 1
    pid=$(tr -dc '0-9' <"$file")
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

install_packages() {
    local missing=()
    command -v slurmctld >/dev/null || missing+=(slurmctld)
    command -v slurmd    >/dev/null || missing+=(slurmd)
    command -v sbatch    >/dev/null || missing+=(slurm-client)
    command -v munged    >/dev/null || missing+=(munge)
    if [ ${#missing[@]} -eq 0 ]; then
        say "slurm and munge already installed ($(slurmctld -V))"
        return
    fi
    say "installing ${missing[*]} (apt-get, about 20 s)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || fail "apt-get update failed"
    # Install all four even if only some are missing: apt skips those already present.
    apt-get install -y -qq --no-install-recommends slurmctld slurmd slurm-client munge >/dev/null \
        || fail "apt-get install slurmctld slurmd slurm-client munge failed"
    command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v sbatch >/dev/null \
        && command -v munged >/dev/null || fail "packages installed but slurmctld/slurmd/sbatch/munged not on PATH"
    say "installed $(slurmctld -V)"
}

start_munge() {
    id munge >/dev/null 2>&1 || fail "user munge missing (the munge package creates it)"
    # No systemd, so nothing creates the runtime dir for munged.
    install -d -o munge -g munge -m 0755 "$MUNGE_RUN"
    if [ ! -s "$MUNGE_KEY" ]; then
        say "creating munge key $MUNGE_KEY"
        install -d -o munge -g munge -m 0700 "$(dirname "$MUNGE_KEY")"
        dd if=/dev/urandom of="$MUNGE_KEY" bs=1024 count=1 status=none
    fi
    # munged refuses keys that are readable by others or not owned by its user.
    chown munge:munge "$MUNGE_KEY"
    chmod 0400 "$MUNGE_KEY"
    if live_pid "$MUNGE_PID" >/dev/null; then
        say "munged already running (pid $(live_pid "$MUNGE_PID"))"
    else
        rm -f "$MUNGE_PID" "$MUNGE_RUN/munge.socket.2"*
        runuser -u munge -- /usr/sbin/munged || fail "munged did not start (see /var/log/munge/munged.log)"
    fi
    munge -n | unmunge >/dev/null || fail "munge credential round trip failed (munge -n | unmunge)"
}

write_config() {
    local mem_kb mem_mb cpus
    cpus=$(nproc)
    mem_kb=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo)
    # 90% of the memory: slurmd drains a node that reports less than RealMemory.
    mem_mb=$(( mem_kb / 1024 * 9 / 10 ))
    install -d -m 0755 "$SLURM_CONF_DIR"
    # Every key has a value: Slurm 22.05 treats `Key=` as a fatal parse error.
    cat >"$SLURM_CONF" <<EOF
# Written by scripts/slurm/local-cluster.sh: a throw-away single-node cluster on 127.0.0.1.
# Overwritten on every start; do not edit.
ClusterName=simlocal
SlurmctldHost=localhost
SlurmUser=slurm
SlurmdUser=root
SlurmctldPort=6817
SlurmdPort=6818
# Bind to the address localhost resolves to (127.0.0.1), not to every interface.
CommunicationParameters=NoCtldInAddrAny,NoInAddrAny
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=$STATE_DIR
SlurmdSpoolDir=$SPOOL_DIR
SlurmctldPidFile=$CTLD_PID
SlurmdPidFile=$SLURMD_PID
SlurmctldLogFile=$LOG_DIR/slurmctld.log
SlurmdLogFile=$LOG_DIR/slurmd.log
# The cgroup plugins make every job fail to launch here (and still be reported COMPLETED).
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
# No slurmdbd: no sacct; squeue/scontrol keep finished jobs for MinJobAge seconds.
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$LOG_DIR/jobcomp.txt
MinJobAge=300
MailProg=/bin/true
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
# A node that went down comes back by itself once slurmd registers again.
ReturnToService=2
SlurmctldTimeout=30
SlurmdTimeout=30
NodeName=$NODE NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem_mb State=UNKNOWN
PartitionName=debug Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
EOF
    say "wrote $SLURM_CONF (CPUs=$cpus RealMemory=${mem_mb}MB)"
}

fresh_dirs() {
    id slurm >/dev/null 2>&1 || fail "user slurm missing (the slurm packages create it)"
    # A fresh cluster each start: no jobs, node states or job ids left from a previous one.
    rm -rf "$STATE_DIR" "$SPOOL_DIR"
    install -d -o slurm -g slurm -m 0755 "$STATE_DIR" "$SPOOL_DIR" "$LOG_DIR"
    : >"$LOG_DIR/slurmctld.log"; : >"$LOG_DIR/slurmd.log"
    chown slurm:slurm "$LOG_DIR/slurmctld.log"
}

show_logs() {
    echo "---- last lines of $LOG_DIR/slurmctld.log" >&2; tail -n 15 "$LOG_DIR/slurmctld.log" >&2 || true
    echo "---- last lines of $LOG_DIR/slurmd.log" >&2;    tail -n 15 "$LOG_DIR/slurmd.log" >&2 || true
}

wait_until_idle() {
    local deadline=$((SECONDS + START_TIMEOUT)) state=""
    until scontrol ping 2>/dev/null | grep -q "is UP"; do
        [ $SECONDS -lt $deadline ] || { show_logs; fail "slurmctld does not answer scontrol ping after ${START_TIMEOUT} s"; }
        sleep 0.2
    done
    while :; do
        state=$(sinfo -h -n "$NODE" -o %T 2>/dev/null || true)
        # `idle` is ready; a drained or down node would swallow every job.
        case $state in idle) break ;; esac
        [ $SECONDS -lt $deadline ] || { show_logs; sinfo -R >&2 || true; fail "node $NODE is '${state:-unknown}', not idle, after ${START_TIMEOUT} s"; }
        sleep 0.2
    done
}

# Stop the daemons named as NAME:PIDFILE pairs: SIGTERM to all at once (slurmctld and munged
# take about 2 s each to exit, so one after another would triple that), SIGKILL after 10 s.
stop_daemons() {
    local pair name file pid i alive
    local -a names=() pids=()
    for pair in "$@"; do
        name=${pair%%:*}; file=${pair#*:}
        if pid=$(live_pid "$file"); then
            kill "$pid" 2>/dev/null || true
            names+=("$name"); pids+=("$pid")
        else
            say "$name not running"
        fi
        rm -f "$file"
    done
    for i in $(seq 1 100); do
        alive=0
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        [ $alive -eq 1 ] || break
        sleep 0.1
    done
    for i in "${!pids[@]}"; do
        if kill -0 "${pids[$i]}" 2>/dev/null; then
            say "${names[$i]} (pid ${pids[$i]}) ignored SIGTERM for 10 s: sending SIGKILL"
            kill -9 "${pids[$i]}" 2>/dev/null || true
        fi
        say "stopped ${names[$i]} (pid ${pids[$i]})"
    done
}

cmd_stop() {
    need_root
    stop_daemons slurmd:"$SLURMD_PID" slurmctld:"$CTLD_PID" munged:"$MUNGE_PID"
}

cmd_start() {
    need_root
    local t0=$SECONDS
    install_packages
    # Restarting gives a fresh cluster: stop whatever an earlier start left running.
    if live_pid "$CTLD_PID" >/dev/null || live_pid "$SLURMD_PID" >/dev/null; then
        say "cluster already running: restarting it fresh"
        stop_daemons slurmd:"$SLURMD_PID" slurmctld:"$CTLD_PID"
    fi
    # A daemon not started by this script would hold the ports and confuse everything.
    if pgrep -x slurmctld >/dev/null || pgrep -x slurmd >/dev/null; then
        fail "a slurmctld/slurmd not started by this script is running (pids: $(pgrep -d' ' -x slurmctld) $(pgrep -d' ' -x slurmd)); stop it first"
    fi
    start_munge
    write_config
    fresh_dirs
    # -c: clean start, ignore any saved state.
    slurmctld -c || { show_logs; fail "slurmctld did not start"; }
    slurmd -N "$NODE" || { show_logs; fail "slurmd did not start"; }
    wait_until_idle
    say "cluster up in $((SECONDS - t0)) s: node $NODE idle with $(nproc) CPUs (stop with: $0 stop)"
}

cmd_status() {
    local up=0 pid
    for d in munged:"$MUNGE_PID" slurmctld:"$CTLD_PID" slurmd:"$SLURMD_PID"; do
        if pid=$(live_pid "${d#*:}"); then say "${d%%:*} running (pid $pid)"; else say "${d%%:*} not running"; up=1; fi
    done
    if [ $up -eq 0 ]; then
        scontrol ping || true
        sinfo -N -l || true
        local drained; drained=$(sinfo -h -R 2>/dev/null || true)
        [ -z "$drained" ] || { say "WARNING: drained/down nodes:"; echo "$drained"; up=1; }
    fi
    return $up
}

case ${1:-} in
    start)  cmd_start ;;
    stop)   cmd_stop ;;
    status) cmd_status ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac

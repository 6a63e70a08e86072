#!/usr/bin/env bash
# Experiment (not a Keel feature): lowers the CPU priority of the bench server's backends while they run Keel's
# long statements, to tell how much of a build's effect on the application's p99 is CPU. Run it beside the bench:
#
#   bench/online/experiments/renice-builds.sh 19 & bench/online/run.sh --no-write --only add_index,add_foreign_key,set_not_null_on_existing_column,add_unique; kill %1
#
# Linux only; needs permission to renice the server's processes (the bench's server runs as the same user).
# One psql with \watch polls pg_stat_activity every 50 ms, so the watcher itself costs the machine little.
set -euo pipefail
nice_val=${1:-19}
pattern=${2:-'CONCURRENTLY|VALIDATE CONSTRAINT|^CALL'}
declare -A done
port=
while [[ -z $port ]]; do
  port=$(ps -eo args | grep -o 'keel-online-bench.*/bin/postgres -D [^ ]* -p [0-9]*' | grep -o '[0-9]*$' | head -1 || true)
  [[ -n $port ]] || sleep 1
done
echo "bench server on port $port"
# Past the load and calibration, so that pg_stat_activity is the changes'.
sleep 20
printf '%s\n' "SELECT pid FROM pg_stat_activity WHERE state = 'active' AND query ~* '$pattern' AND pid <> pg_backend_pid()" '\watch 0.05' |
  psql -XAt -h 127.0.0.1 -p "$port" -U postgres -d postgres 2>/dev/null | while read -r pid; do
    [[ $pid =~ ^[0-9]+$ ]] || continue
    [[ -n ${done[$pid]:-} ]] && continue
    done[$pid]=1
    renice -n "$nice_val" -p "$pid" >/dev/null && echo "$(date +%T.%N) reniced $pid"
  done

#!/usr/bin/env bash
# bench/online: schema changes on a large table under a read/write workload (see BENCHMARKS.md).
#
#   bench/online/run.sh [--no-write] [--rows N] [--clients N] [--idle-seconds N] [--lock-timeout-ms N]
#                       [--app-timeout-ms N] [--backfill-batch N] [--nice-ratio R] [--maintenance-workers N]
#                       [--driver pgbench|java] [--pgbench PATH] [--rate TPS | --rate-fraction F | --closed-loop]
#                       [--calibrate-seconds N] [--server-config production|small] [--set NAME=VALUE]
#                       [--only add_index,add_foreign_key,...,rename]
#
# Compiles keel-core, then runs bench/online/*.java against it on a dedicated PostgreSQL 17 that the benchmark
# starts itself (zonky embedded-postgres with the settings BENCHMARKS.md lists; never the shared server on 5432).
# Default: 5,000,000 rows, pgbench open loop at a quarter of the calibrated throughput, about 20 minutes on 2 cores.
# Writes the results table into BENCHMARKS.md between the bench/online markers unless --no-write; per-second
# timelines of every window go to bench/out/online/timeline-*.tsv. Not part of CI.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=$root/bench/out/online
write=1
args=()
for a in "$@"; do
  if [[ $a == --no-write ]]; then write=0; else args+=("$a"); fi
done
mkdir -p "$out/classes"
cd "$root"
mvn -q -o -B -pl keel-core compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >&2
# A private copy: a build in the worktree while the benchmark runs must not pull classes from under it.
rm -rf "$out/keel-classes" && cp -r "$root/keel-core/target/classes" "$out/keel-classes"
cp="$out/keel-classes:$(cat "$out/cp.txt")"
rm -rf "$out/classes" && mkdir -p "$out/classes"
javac -cp "$cp" -d "$out/classes" bench/online/*.java
commit=$(git rev-parse --short HEAD)
# Everything the run puts in the temp dir (the server's binaries and data directory, the migrations folder,
# pgbench's logs) lives under one directory that goes away with the script, however it ends.
tmp=$(mktemp -d /tmp/keel-online-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
rm -f "$out"/timeline-*.tsv
java -Xmx2g -Djava.io.tmpdir="$tmp" -cp "$out/classes:$cp" OnlineBench --out "$out" ${args[@]+"${args[@]}"} \
  >"$out/table.md"
{
  echo "Run on $(date -u '+%Y-%m-%d %H:%M') UTC, commit \`$commit\`, by \`bench/online/run.sh${args[*]+ ${args[*]}}\`."
  cat "$out/table.md"
} >"$out/result.md"
cat "$out/result.md"

if [[ $write == 1 ]]; then
  source "$root/bench/write-section.sh"
  write_section bench/online "$out/result.md"
fi

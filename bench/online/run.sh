#!/usr/bin/env bash
# bench/online: schema changes on a large table under a read/write workload (see BENCHMARKS.md).
#
#   bench/online/run.sh [--no-write] [--rows N] [--clients N] [--idle-seconds N] [--lock-timeout-ms N]
#                       [--app-timeout-ms N] [--backfill-batch N] [--nice-ratio R] [--maintenance-workers N]
#                       [--rate TPS | --closed-loop] [--calibrate-seconds N]
#
# Compiles keel-core, then runs bench/online/OnlineBench.java against it on a dedicated PostgreSQL 17 that the
# benchmark starts itself (zonky embedded-postgres, default durability settings; never the shared server on 5432).
# Default: 5,000,000 rows, open-loop workload at half the calibrated throughput, about 15 minutes on 2 cores.
# Writes the results table into BENCHMARKS.md between the bench/online markers unless --no-write. Not part of CI.
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
javac -q -cp "$cp" -d "$out/classes" bench/online/OnlineBench.java 2>/dev/null || javac -cp "$cp" -d "$out/classes" bench/online/OnlineBench.java
commit=$(git rev-parse --short HEAD)
java -Xmx1g -cp "$out/classes:$cp" OnlineBench ${args[@]+"${args[@]}"} >"$out/table.md"
{
  echo "Run on $(date -u '+%Y-%m-%d %H:%M') UTC, commit \`$commit\`, by \`bench/online/run.sh${args[*]+ ${args[*]}}\`."
  cat "$out/table.md"
} >"$out/result.md"
cat "$out/result.md"

if [[ $write == 1 ]]; then
  md=$root/BENCHMARKS.md
  begin='<!-- bench/online: begin -->' end='<!-- bench/online: end -->'
  grep -qF "$begin" "$md" || printf '\n%s\n%s\n' "$begin" "$end" >>"$md"
  awk -v b="$begin" -v e="$end" -v f="$out/result.md" '
    $0 == b {print; while ((getline l < f) > 0) print l; skip = 1; next}
    $0 == e {skip = 0}
    !skip {print}' "$md" >"$md.tmp" && mv "$md.tmp" "$md"
  echo "wrote $md" >&2
fi

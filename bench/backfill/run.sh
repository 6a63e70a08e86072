#!/usr/bin/env bash
# bench/backfill: the application's write latency while a rename plan's backfill runs (see BackfillBench.java).
#
#   bench/backfill/run.sh [--rows N] [--rate TPS] [--clients N] [--hold-ms N --hold-pct P] -- 'ARGS' ['ARGS'...]
#
# Compiles keel-core, then runs BackfillBench on a dedicated PostgreSQL 17 it starts itself (zonky embedded-postgres,
# default durability; never the shared server on 5432). Prints a Markdown table. Not part of CI.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=$root/bench/out/backfill
mkdir -p "$out/classes"
cd "$root"
mvn -q -o -B -pl keel-core compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >&2
# A private copy: a build in the worktree while the benchmark runs must not pull classes from under it.
rm -rf "$out/keel-classes" && cp -r "$root/keel-core/target/classes" "$out/keel-classes"
cp="$out/keel-classes:$(cat "$out/cp.txt")"
javac -cp "$cp" -d "$out/classes" bench/backfill/BackfillBench.java
echo "Run on $(date -u '+%Y-%m-%d %H:%M') UTC, commit \`$(git rev-parse --short HEAD)\`, load average $(cut -d' ' -f1-3 /proc/loadavg)."
java -Xmx1g -cp "$out/classes:$cp" BackfillBench "$@"

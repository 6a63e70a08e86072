#!/usr/bin/env bash
# bench/online: schema changes on a large table under a read/write workload (see BENCHMARKS.md).
#
#   bench/online/run.sh [--rows N] [--clients N] [--idle-seconds N] [--lock-timeout-ms N] [--app-timeout-ms N]
#
# Compiles keel-core, then runs bench/online/OnlineBench.java against it on a dedicated PostgreSQL 17 that the
# benchmark starts itself (zonky embedded-postgres, default durability settings; never the shared server on 5432).
# Default: 5,000,000 rows, about 15 minutes on 2 cores. Not part of CI.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=$root/bench/out/online
mkdir -p "$out/classes"
cd "$root"
mvn -q -o -B -pl keel-core compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >&2
# A private copy: a build in the worktree while the benchmark runs must not pull classes from under it.
rm -rf "$out/keel-classes" && cp -r "$root/keel-core/target/classes" "$out/keel-classes"
cp="$out/keel-classes:$(cat "$out/cp.txt")"
javac -q -cp "$cp" -d "$out/classes" bench/online/OnlineBench.java 2>/dev/null || javac -cp "$cp" -d "$out/classes" bench/online/OnlineBench.java
java -Xmx1g -cp "$out/classes:$cp" OnlineBench "$@" | tee "$out/result.md"

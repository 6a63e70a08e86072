#!/usr/bin/env bash
# Times whole `bin/keel` processes for commands that do little besides starting (--version, validate of a small
# schema) and for the 500-model diff of bench/run-diff.sh, with and without the launcher's AppCDS archive, next to
# the JVM's own floor; commands interleaved round by round (fairer on a shared machine). Writes the table into
# BENCHMARKS.md.
#
#   bench/run-startup.sh [--runs N] [--no-build] [--no-write]
#
# Needs a JDK 17 and Maven; the 500-model schema is bench/out/schema-500.prisma (bench/run-diff.sh makes it,
# normalised by Prisma's formatter; without it this script generates it with bench/GenerateSchema.java).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
invocation="bench/run-startup.sh${*:+ $*}"
runs=15 build=1 write=1
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --no-write) write=0; shift ;;
    *) echo "usage: bench/run-startup.sh [--runs N] [--no-build] [--no-write]" >&2; exit 2 ;;
  esac
done
out=$root/bench/out
mkdir -p "$out"
cd "$root"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [[ $build == 1 ]]; then
  echo "building keel.jar..." >&2
  mvn -q -B -ntp -o -pl keel-core,keel-cli -am package -DskipTests >&2
fi
big=$out/schema-500.prisma
[[ -s $big ]] || "$java" bench/GenerateSchema.java "$big" 500
small=examples/go4u/prisma/schema.prisma
"$root/bin/keel" --version >/dev/null   # records the AppCDS archive if the jar is newer

entries=(
  "\`java -version\` (JVM floor, launcher flags)|$java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -version"
  "\`keel --version\`|bin/keel --version"
  "\`keel --version\`, no AppCDS|KEEL_NO_CDS=1 bin/keel --version"
  "\`keel validate\` (go4u, $(grep -c '' "$small") lines)|bin/keel validate --schema $small"
  "\`keel validate\` (go4u), no AppCDS|KEEL_NO_CDS=1 bin/keel validate --schema $small"
  "\`keel migrate diff --from-empty --to-schema schema-500.prisma --script\`|bin/keel migrate diff --from-empty --to-schema $big --script"
  "same diff, no AppCDS|KEEL_NO_CDS=1 bin/keel migrate diff --from-empty --to-schema $big --script"
)
rm -rf "$out/stimes"; mkdir -p "$out/stimes"
for e in "${entries[@]}"; do eval "${e#*|}" >/dev/null 2>&1 || true; done   # warm-up: page cache
TIMEFORMAT='%3R %3U %3S'
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
for ((round = 1; round <= runs; round++)); do
  echo "round $round/$runs (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  for i in "${!entries[@]}"; do
    { time eval "${entries[i]#*|}" >/dev/null 2>&1 || true; } 2>"$out/stimes/one"
    awk '{printf "%.0f %.0f\n", $1 * 1000, ($2 + $3) * 1000}' "$out/stimes/one" >>"$out/stimes/$i"
  done
done
median() { sort -n | awk '{a[NR] = $1} END {print NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
col() { awk -v c="$2" '{print $c}' "$out/stimes/$1"; }
commit=$(git rev-parse --short HEAD)
git diff --quiet HEAD -- keel-core keel-cli bin bench || commit="$commit (+ uncommitted changes)"
{
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$commit\`, by \`$invocation\`."
  echo
  echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'); load average at start $load_start, at end $(cut -d' ' -f1-3 /proc/loadavg) (shared with other jobs);"
  echo "$("$java" -version 2>&1 | head -1). $runs rounds, the commands interleaved in each round; whole processes through \`bin/keel\` (\`KEEL_NO_CDS=1\`: same flags, no archive)."
  echo
  echo "| command | median wall | min wall | median CPU (user+sys) |"
  echo "| --- | ---: | ---: | ---: |"
  for i in "${!entries[@]}"; do
    echo "| ${entries[i]%%|*} | $(col "$i" 1 | median) ms | $(col "$i" 1 | sort -n | head -1) ms | $(col "$i" 2 | median) ms |"
  done
} >"$out/startup-results.md"
cat "$out/startup-results.md"

if [[ $write == 1 ]]; then
  source "$root/bench/write-section.sh"
  write_section bench/run-startup.sh "$out/startup-results.md"
fi

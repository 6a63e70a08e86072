#!/usr/bin/env bash
# Times Keel against Prisma's schema engine for (a) diff empty -> a generated schema (default 500 models) and
# (b) introspection of a database with a generated schema's tables (default 1,000), in one run, commands
# interleaved round by round (fairer on a shared machine), and writes the table into BENCHMARKS.md.
#
#   bench/run-diff.sh [--runs N] [--warmup-seconds S] [--diff-models N] [--tables N] [--no-build] [--no-write]
#
# Two rows per benchmark:
#   CLI wall   whole process, start-up included: `keel migrate diff ...` vs `prisma-oracle diff|introspect`
#   in-process the operation alone inside a running process: bench/InProcess.java (Keel's facade / Introspector)
#              vs bench/prisma-inprocess.mjs (Prisma's wasm schema engine, as the oracle drives it), same rule on
#              both sides: each process times its first call (cold), runs the operation untimed for S seconds
#              (--warmup-seconds, default 10, same S for Keel and Prisma), then times 5 calls and reports their
#              median wall time and median process CPU time (all threads, GC and JIT included); the JVM runs with
#              default flags, as an application embedding Keel would
# Needs a JDK 17, Maven, Node + the oracle (PRISMA_ORACLE, default /work/shared/prisma-oracle/prisma-oracle),
# psql, and a PostgreSQL server both sides use: DATABASE_URL (default postgresql://keel:keel@127.0.0.1:5432/postgres),
# whose user may CREATE DATABASE; the introspected database keel_bench_<N> is created there once and kept.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
invocation="bench/run-diff.sh${*:+ $*}"
runs=7 warmup=10 models=500 tables=1000 build=1 write=1
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --warmup-seconds) warmup=$2; shift 2 ;;
    --diff-models) models=$2; shift 2 ;;
    --tables) tables=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --no-write) write=0; shift ;;
    *) echo "usage: bench/run-diff.sh [--runs N] [--warmup-seconds S] [--diff-models N] [--tables N] [--no-build] [--no-write]" >&2; exit 2 ;;
  esac
done
oracle=${PRISMA_ORACLE:-/work/shared/prisma-oracle/prisma-oracle}
[[ -x $oracle ]] || { echo "the Prisma oracle is needed: $oracle (set PRISMA_ORACLE)" >&2; exit 1; }
export DATABASE_URL=${DATABASE_URL:-postgresql://keel:keel@127.0.0.1:5432/postgres}
server=${DATABASE_URL%%\?*}; server=${server%/*}
dburl=$server/keel_bench_$tables
out=$root/bench/out
mkdir -p "$out"
cd "$root"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=$root/keel-cli/target/keel.jar
if [[ $build == 1 ]]; then
  echo "building keel.jar..." >&2
  mvn -q -B -ntp -DskipTests package >&2
fi

# --- inputs: generated schemas (fixed seed), normalised by `prisma format`.
schema() { # MODELS -> path
  local f=$out/schema-$1.prisma
  if [[ ! -s $f ]]; then
    "$java" bench/GenerateSchema.java "$out/generated-$1.prisma" "$1"
    "$oracle" format "$out/generated-$1.prisma" >"$f"
  fi
  echo "$f"
}
diff_schema=$(schema "$models")
table_schema=$(schema "$tables")
# The database to introspect: Keel's SQL for the schema (byte-identical to Prisma's, checked below for (a)).
have=$(psql "$dburl" -Atc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'" 2>/dev/null || echo 0)
if [[ $have != "$tables" ]]; then
  echo "creating keel_bench_$tables (this takes a while on a busy machine)..." >&2
  psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS keel_bench_$tables" -c "CREATE DATABASE keel_bench_$tables"
  "$root/bin/keel" migrate diff --from-empty --to-schema "$table_schema" --script >"$out/tables-$tables.sql"
  psql "$dburl" -q -v ON_ERROR_STOP=1 -f "$out/tables-$tables.sql" >/dev/null 2>&1
fi

# --- same output? Keel's script against Prisma's for (a).
"$oracle" diff empty "$diff_schema" >"$out/prisma-diff-$models.sql" || [[ $? == 2 ]]
"$root/bin/keel" migrate diff --from-empty --to-schema "$diff_schema" --script >"$out/keel-diff-$models.sql"
differing=$(diff "$out/prisma-diff-$models.sql" "$out/keel-diff-$models.sql" | grep -c '^[<>]' || true)
same="identical to Prisma's ($(wc -l <"$out/keel-diff-$models.sql") lines)"
[[ $differing == 0 ]] || same="$differing lines differ from Prisma's (see bench/out/*-diff-$models.sql)"

home=${PRISMA_ORACLE_HOME:-$HOME/.cache/keel-prisma-oracle}
cp bench/prisma-inprocess.mjs "$home/keel-bench-inprocess.mjs"
prisma_inproc() { (cd "$home" && node --no-warnings --experimental-wasm-modules keel-bench-inprocess.mjs "$@"); }

# name|kind|command; kind "cli" is timed from outside, "inproc" prints its own median (ms).
entries=(
  "a keel cli|cli|$root/bin/keel migrate diff --from-empty --to-schema $diff_schema --script"
  "a prisma cli|cli|$oracle diff empty $diff_schema"
  "b keel cli|cli|$root/bin/keel migrate diff --from-empty --to-url $dburl --script"
  "b prisma cli|cli|env DATABASE_URL=$dburl $oracle introspect"
  "a keel inproc|inproc|$java -cp $jar bench/InProcess.java diff $diff_schema --warmup-seconds $warmup"
  "a prisma inproc|inproc|prisma_inproc diff $diff_schema --warmup-seconds $warmup"
  "b keel inproc|inproc|$java -cp $jar bench/InProcess.java introspect $dburl --warmup-seconds $warmup"
  "b prisma inproc|inproc|DATABASE_URL=$dburl prisma_inproc introspect --warmup-seconds $warmup"
)
rm -rf "$out/dtimes"; mkdir -p "$out/dtimes"
for e in "${entries[@]}"; do   # warm-up: caches, AppCDS archive, oracle install (in-process ones briefly)
  cmd=${e##*|}; cmd=${cmd/--warmup-seconds $warmup/--warmup-seconds 0}; eval "$cmd" >/dev/null 2>&1 || true
done
TIMEFORMAT='%3R %3U %3S'
for ((round = 1; round <= runs; round++)); do
  echo "round $round/$runs (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  for i in "${!entries[@]}"; do
    IFS='|' read -r name kind cmd <<<"${entries[i]}"
    if [[ $kind == cli ]]; then
      { time eval "$cmd" >/dev/null 2>&1 || true; } 2>"$out/dtimes/one"
      awk '{printf "%.0f %.0f\n", $1 * 1000, ($2 + $3) * 1000}' "$out/dtimes/one" >>"$out/dtimes/$i"
    else
      # "MEDIAN FIRST CPU": steady-state median and its process CPU per call; the first call goes to a side file
      read -r ms first cpu < <(eval "$cmd" 2>"$out/dtimes/$i.err" | tail -1) || ms=
      [[ $ms =~ ^[0-9]+$ ]] || { echo "failed: $cmd" >&2; cat "$out/dtimes/$i.err" >&2; ms=0 first=0 cpu=0; }
      echo "$ms $cpu" >>"$out/dtimes/$i"
      echo "$first -" >>"$out/dtimes/$i.first"
    fi
  done
done

median() { sort -n | awk '{a[NR] = $1} END {print NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
col() { awk -v c="$2" '{print $c}' "$out/dtimes/$1"; }
med() { col "$1" 1 | median; }
mn() { col "$1" 1 | sort -n | head -1; }
cpu() { [[ $(col "$1" 2 | head -1) == - ]] && echo "–" || echo "$(col "$1" 2 | median) ms"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f×", a / b}'; }
row() { # LABEL KEEL_FILE PRISMA_FILE (under dtimes/)
  echo "| $1 | $(med "$2") ms | $(mn "$2") ms | $(cpu "$2") | $(med "$3") ms | $(mn "$3") ms | $(cpu "$3") | **$(ratio "$(med "$2")" "$(med "$3")")** |"
}
commit=$(git rev-parse --short HEAD)
git diff --quiet HEAD -- keel-core keel-cli bin bench || commit="$commit (+ uncommitted changes)"
{
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$commit\`, by \`$invocation\`."
  echo
  echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'); load average at end $(cut -d' ' -f1-3 /proc/loadavg) (shared with other jobs);"
  echo "$("$java" -version 2>&1 | head -1); Node $(node --version); PostgreSQL $(psql "$dburl" -Atc 'SHOW server_version' | cut -d' ' -f1) on localhost for both sides."
  echo "$runs rounds, the eight commands interleaved in each round. CLI: median/min wall and median CPU (user+sys) of whole processes. In-process, steady state: median over rounds of each process's median of 5 timed calls after $warmup s of untimed calls (same for Keel and Prisma; default JVM flags), CPU = process CPU per call (all threads: GC, JIT). In-process, first call: the first call in each process (class loading / cold caches, engine already created)."
  echo
  echo "(a) \`diff empty → bench/out/schema-$models.prisma\` ($(grep -c '^model ' "$diff_schema") models; Keel's SQL is $same)."
  echo "(b) introspection of \`keel_bench_$tables\` ($tables tables from \`bench/out/schema-$tables.prisma\`): Keel \`migrate diff --from-empty --to-url … --script\` (introspect + diff + SQL), Prisma \`introspect\` (introspect + schema.prisma)."
  echo
  echo "| benchmark | Keel median | Keel min | Keel CPU | Prisma median | Prisma min | Prisma CPU | Keel / Prisma |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  row "(a) diff, CLI wall" 0 1
  row "(a) diff, in-process, steady state" 4 5
  row "(a) diff, in-process, first call" 4.first 5.first
  row "(b) introspect, CLI wall" 2 3
  row "(b) introspect, in-process, steady state" 6 7
  row "(b) introspect, in-process, first call" 6.first 7.first
} >"$out/diff-results.md"
cat "$out/diff-results.md"

if [[ $write == 1 ]]; then
  source "$root/bench/write-section.sh"
  write_section bench/run-diff.sh "$out/diff-results.md"
fi

#!/usr/bin/env bash
# Times Keel against Prisma on one generated schema (default 1,000 models), whole process (JVM or Node start
# included), N runs each after a warm-up, and writes the tables into BENCHMARKS.md.
#
#   bench/run-psl.sh [--runs N] [--models N] [--no-build] [--no-write] [--no-variants]
#
# Needs a JDK 17 and Maven; uses hyperfine when installed (apt-get install hyperfine), else a bash timing loop.
# PRISMA_ORACLE (default /work/shared/prisma-oracle/prisma-oracle) runs Prisma's own engines; without it only
# Keel is timed. Results and the generated schema stay in bench/out/ (ignored by git).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
invocation="bench/run-psl.sh${*:+ $*}"
runs=10 models=1000 build=1 write=1 variants=1 interleave=0
command -v hyperfine >/dev/null || interleave=1
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --models) models=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --no-write) write=0; shift ;;
    --no-variants) variants=0; shift ;;
    --interleave) interleave=1; shift ;;
    *) echo "usage: bench/run-psl.sh [--runs N] [--models N] [--no-build] [--no-write] [--no-variants] [--interleave]" >&2
       exit 2 ;;
  esac
done
oracle=${PRISMA_ORACLE:-/work/shared/prisma-oracle/prisma-oracle}
[[ -x $oracle ]] || oracle=
out=$root/bench/out
mkdir -p "$out"
cd "$root"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=$root/keel-cli/target/keel.jar

if [[ $build == 1 ]]; then
  echo "building keel.jar..." >&2
  mvn -q -B -ntp -DskipTests package >&2
fi

# --- the schema: generated, then normalised by `prisma format` so `format --check` has nothing to change.
schema=$out/schema-$models.prisma
"$java" "$root/bench/GenerateSchema.java" "$out/generated-$models.prisma" "$models"
if [[ -n $oracle ]]; then
  "$oracle" validate "$out/generated-$models.prisma" >/dev/null || {
    echo "the generated schema is not valid for Prisma; see: $oracle validate $out/generated-$models.prisma" >&2
    exit 1; }
  "$oracle" format "$out/generated-$models.prisma" >"$schema"
else
  cp "$out/generated-$models.prisma" "$schema"
fi

# --- the commands. Names are the table's first column; `|` separates name and command.
rm -f "$root/keel-cli/target/keel.jsa"
"$root/bin/keel" validate --schema "$schema" >/dev/null 2>&1 || true   # first run dumps the AppCDS archive
headline=(
  "keel validate|$root/bin/keel validate --schema $schema"
  "keel format --check|$root/bin/keel format --check --schema $schema"
)
if [[ -n $oracle ]]; then
  headline+=("prisma validate|$oracle validate $schema" "prisma format|$oracle format $schema")
fi

heap_flags="-XX:InitialRAMPercentage=5 -XX:NewRatio=1"
launcher_flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC $heap_flags -Xss8m"  # as bin/keel
variant_cmds=()
if [[ $variants == 1 ]]; then
  # Each variant's AppCDS archive is a dynamic one recorded by one run with the same flags (bin/keel itself dumps a
  # static archive from five training runs since session 4; its own rows are the headline ones above).
  archive() { # NAME JAR FLAGS...
    local name=$1 j=$2; shift 2
    rm -f "$out/$name.jsa"
    "$java" "$@" -XX:ArchiveClassesAtExit="$out/$name.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$j" \
      validate --schema "$schema" >/dev/null 2>&1 || true
  }
  # The shaded jar carries PostgreSQL binaries for four platforms (~80 MB); a copy without them shows what
  # they cost at start-up.
  thin=$out/keel-thin.jar
  cp "$jar" "$thin"
  zip -q -d "$thin" '*.txz' >/dev/null 2>&1 || echo "(zip not installed: thin-jar variant uses the full jar)" >&2
  noverify="-XX:+UnlockDiagnosticVMOptions -XX:-BytecodeVerificationRemote"
  archive serial "$jar" $launcher_flags
  archive g1 "$jar" -XX:TieredStopAtLevel=1 $heap_flags -Xss8m
  archive noverify "$jar" $launcher_flags $noverify
  archive thin "$thin" $launcher_flags
  variant_cmds=(
    "JDK defaults (java -jar)|$java -jar $jar validate --schema $schema"
    "C1 only + SerialGC, no AppCDS|$java $launcher_flags -Xshare:auto -jar $jar validate --schema $schema"
    "C1 + SerialGC + dynamic AppCDS (bin/keel's flags)|$java $launcher_flags -XX:SharedArchiveFile=$out/serial.jsa -jar $jar validate --schema $schema"
    "C1 + G1 + AppCDS|$java -XX:TieredStopAtLevel=1 $heap_flags -Xss8m -XX:SharedArchiveFile=$out/g1.jsa -jar $jar validate --schema $schema"
    "full JIT (C1+C2) + SerialGC + AppCDS|$java -XX:+UseSerialGC $heap_flags -Xss8m -XX:SharedArchiveFile=$out/serial.jsa -jar $jar validate --schema $schema"
    "C1 + SerialGC + AppCDS + -XX:-UsePerfData|$java $launcher_flags -XX:-UsePerfData -XX:SharedArchiveFile=$out/serial.jsa -jar $jar validate --schema $schema"
    "C1 + SerialGC + AppCDS + no verification|$java $launcher_flags $noverify -XX:SharedArchiveFile=$out/noverify.jsa -jar $jar validate --schema $schema"
    "C1 + SerialGC + AppCDS, jar without PG binaries|$java $launcher_flags -XX:SharedArchiveFile=$out/thin.jsa -jar $thin validate --schema $schema"
    "C1 + SerialGC + AppCDS, default heap sizing|$java ${launcher_flags/$heap_flags /} -XX:SharedArchiveFile=$out/serial.jsa -jar $jar validate --schema $schema"
    "format --check: C1 + SerialGC + dynamic AppCDS|$java $launcher_flags -XX:SharedArchiveFile=$out/serial.jsa -jar $jar format --check --schema $schema"
    "format --check: same, default heap sizing|$java ${launcher_flags/$heap_flags /} -XX:SharedArchiveFile=$out/serial.jsa -jar $jar format --check --schema $schema"
    "keel --version (start-up floor)|$root/bin/keel --version"
    "java -version (JVM floor)|$java $launcher_flags -version"
  )
fi

# --- timing: writes "name<TAB>median<TAB>min<TAB>CPU<TAB>exit" (ms) per command to headline.tsv and variants.tsv.
entries=("${headline[@]}" "${variant_cmds[@]}")
declare -a exits
for i in "${!entries[@]}"; do
  exits[i]=0
  ${entries[i]#*|} >/dev/null 2>&1 || exits[i]=$?   # also the warm-up run
done
stats() { # NAME EXIT < "wall_ms cpu_ms" per run; prints name, median wall, min wall, median CPU, exit
  sort -n | awk -v n="$1" -v e="$2" '{w[NR] = $1; c[NR] = $2}
    function median(a, k,   i, j, t) {
      for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) {t = a[j]; a[j] = a[j - 1]; a[j - 1] = t}
      return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
    }
    END {printf "%s\t%.0f\t%.0f\t%.0f\t%s\n", n, median(w, NR), w[1], median(c, NR), e}'
}
rm -rf "$out/times"; mkdir -p "$out/times"
if [[ $interleave == 1 ]]; then
  timer="bash \`time\` loop, commands interleaved round by round"
  TIMEFORMAT='%3R %3U %3S'
  for ((round = 1; round <= runs; round++)); do
    echo "round $round/$runs" >&2
    for i in "${!entries[@]}"; do
      # bash's `time` reports wall, user and system seconds of the command and its children
      { time ${entries[i]#*|} >/dev/null 2>&1 || true; } 2>"$out/times/one"
      awk '{printf "%.0f %.0f\n", $1 * 1000, ($2 + $3) * 1000}' "$out/times/one" >>"$out/times/$i"
    done
  done
else
  timer="$(hyperfine --version), one command after the other"
  for i in "${!entries[@]}"; do
    echo "timing: ${entries[i]%%|*}" >&2
    hyperfine -N -i --runs "$runs" --style none --export-json "$out/times/$i.json" "${entries[i]#*|}" >/dev/null 2>&1
    # The JSON holds each run's wall time ("times") and the mean user and system times.
    json=$(tr -d ' \n' <"$out/times/$i.json")
    cpu=$(sed 's/.*"user":\([0-9.e-]*\),"system":\([0-9.e-]*\).*/\1 \2/' <<<"$json" | awk '{print ($1 + $2) * 1000}')
    sed 's/.*"times":\[\([^]]*\)\].*/\1/' <<<"$json" | tr ',' '\n' \
      | awk -v c="$cpu" '{printf "%.0f %.0f\n", $1 * 1000, c}' >"$out/times/$i"
  done
fi
: >"$out/headline.tsv"
: >"$out/variants.tsv"
for i in "${!entries[@]}"; do
  file=$out/variants.tsv
  ((i < ${#headline[@]})) && file=$out/headline.tsv
  stats "${entries[i]%%|*}" "${exits[i]}" <"$out/times/$i" | tee -a "$file" >&2
done

# --- the report.
median_of() { awk -F'\t' -v n="$1" '$1 == n {print $2}' "$out/headline.tsv"; }
cpu_of() { awk -F'\t' -v n="$1" '$1 == n {print $4}' "$out/headline.tsv"; }
ratio() { [[ -n $2 && $2 != 0 ]] && awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f×", a / b}' || echo "n/a"; }
commit=$(git rev-parse --short HEAD)
git diff --quiet HEAD -- keel-core keel-cli bin || commit="$commit (+ uncommitted changes)"
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
jver=$("$java" -version 2>&1 | head -2 | tr '\n' ' ' | sed 's/ *$//')
{
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$commit\`, by \`$invocation\`."
  echo
  echo "Machine: $(nproc) CPUs, $cpu; load average at start $(cut -d' ' -f1-3 /proc/loadavg); $jver;"
  echo "Node $(node --version 2>/dev/null || echo '-'); timer: $timer; $runs runs after 1 warm-up, whole process (wall time)."
  echo "Schema: \`bench/out/schema-$models.prisma\` ($(grep -c '^model ' "$schema") models, $(grep -c '^enum ' "$schema") enums, $(wc -l <"$schema") lines, $(( $(wc -c <"$schema") / 1024 )) KiB), generated by \`bench/GenerateSchema.java\` (fixed seed)$([[ -n $oracle ]] && echo ', valid for Prisma and formatted by `prisma format`')."
  echo
  echo "| command | median wall | min wall | CPU (user+sys) | exit | Keel / Prisma, wall | Keel / Prisma, CPU |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  pv=$(median_of "prisma validate"); pf=$(median_of "prisma format")
  pvc=$(cpu_of "prisma validate"); pfc=$(cpu_of "prisma format")
  while IFS=$'\t' read -r name med min cpu ex; do
    case $name in
      "keel validate") r="$(ratio "$med" "$pv") | $(ratio "$cpu" "$pvc")" ;;
      "keel format --check") r="$(ratio "$med" "$pf") | $(ratio "$cpu" "$pfc")" ;;
      *) r=" | " ;;
    esac
    echo "| \`$name\` | $med ms | $min ms | $cpu ms | $ex | $r |"
  done <"$out/headline.tsv"
  if [[ -s $out/variants.tsv ]]; then
    echo
    echo "JVM options for \`keel validate\` (and two for \`format --check\`) on the same schema (AppCDS archives recorded by one earlier run each):"
    echo
    echo "| JVM configuration | median wall | min wall | CPU (user+sys) | exit |"
    echo "| --- | ---: | ---: | ---: | ---: |"
    while IFS=$'\t' read -r name med min cpu ex; do
      echo "| $name | $med ms | $min ms | $cpu ms | $ex |"
    done <"$out/variants.tsv"
  fi
} >"$out/results.md"
cat "$out/results.md"

if [[ $write == 1 ]]; then
  source "$root/bench/write-section.sh"
  write_section bench/run-psl.sh "$out/results.md"
fi

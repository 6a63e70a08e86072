#!/usr/bin/env bash
# Regenerates the differ's golden corpus: random schema pairs from Keel's generator, with the SQL that
# Prisma 7.10.1's own engine produces for each (empty -> v1, v1 -> v2). Needs Node and shared/prisma-oracle
# (run it once so its packages are installed) and a PostgreSQL reachable at DATABASE_URL.
# Usage: tools/oracle/make-diff-goldens.sh OUT_DIR FROM_SEED TO_SEED
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$1 from=$2 to=$3
home=${PRISMA_ORACLE_HOME:-$HOME/.cache/keel-prisma-oracle}
[[ -d $home/node_modules ]] || { echo "run shared/prisma-oracle/prisma-oracle once first (installs $home)" >&2; exit 1; }
(cd "$root" && mvn -q -o test-compile -pl keel-core)
java -cp "$root/keel-core/target/test-classes" dev.keel.gen.GenerateCorpus "$out" "$from" "$to"
cp "$root/tools/oracle/batch-diff.mjs" "$home/batch-diff.mjs"
cd "$home" && node --no-warnings --experimental-wasm-modules batch-diff.mjs "$out"

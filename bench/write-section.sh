# Sourced by the bench scripts: write_section NAME FILE replaces what BENCHMARKS.md holds between
# "<!-- NAME: begin -->" and "<!-- NAME: end -->" with FILE (markers appended at the end if missing), so a re-run
# updates its own table and leaves the hand-written text around it alone.
write_section() {
  local name=$1 file=$2 md
  md=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/BENCHMARKS.md
  local begin="<!-- $name: begin -->" end="<!-- $name: end -->"
  grep -qF "$begin" "$md" 2>/dev/null || printf '\n%s\n%s\n' "$begin" "$end" >>"$md"
  awk -v b="$begin" -v e="$end" -v f="$file" '
    $0 == b {print; while ((getline l < f) > 0) print l; skip = 1; next}
    $0 == e {skip = 0}
    !skip {print}' "$md" >"$md.tmp" && mv "$md.tmp" "$md"
  echo "wrote $md" >&2
}

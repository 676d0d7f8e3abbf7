#!/usr/bin/env bash
# Smoke test of the built app, run outside any venv and outside the source tree:
# --version, validate and info on the bundled course, a handout export (PDF read back), and
# the window opened offscreen. Usage: standalone/smoke-test.sh dist/courseware-studio
set -euo pipefail
app=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# a clean state: no venv, no PYTHONPATH, a fresh home for settings and keys
export -n VIRTUAL_ENV PYTHONPATH PYTHONHOME 2>/dev/null || true
export HOME="$work/home" PATH=/usr/bin:/bin
mkdir -p "$HOME"
exe="$app/courseware"
course="$app/_internal/content/bank-service-trust"

expect() {  # expect TEXT OUTPUT: fail with the output when TEXT is not in it
  if [[ "$2" != *"$1"* ]]; then echo "smoke test: expected '$1' in: $2" >&2; exit 1; fi
}
expect "Courseware Studio " "$("$exe" --version)"
expect "the course is valid" "$("$exe" --lang en validate "$course")"
expect "bank-service-trust" "$("$exe" --lang en info)"
"$exe" --lang zh export handout "$course" -o "$work/handout.pdf" >/dev/null
expect "信任" "$(pdftotext "$work/handout.pdf" -)"
# every font embedded: the "emb" column (fifth from the right) says yes
pdffonts "$work/handout.pdf" | awk 'NR > 2 && $(NF-4) != "yes" {bad = 1} END {exit bad}'
QT_QPA_PLATFORM=offscreen COURSEWARE_BENCHMARK_EXIT=1 timeout 60 "$exe" >/dev/null
echo "smoke test passed: $app"

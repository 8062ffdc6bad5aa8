#!/usr/bin/env bash
# tkingest convert (one process, one worker) against pandoc 3 (-t json, one process per file, as
# a batch job would call it), CPU seconds (user + sys) on the same benchmark documents.
#   bash scripts/bench/pandoc.sh [SMALL_COUNT [LARGE_COUNT [ROUNDS]]]   # default 50 small, 2 large, 2 rounds
# Needs the corpora of scripts/bench/run.sh (/tmp/bench) and pandoc ≥ 3 on PATH or from
# `pip install pypandoc-binary`; builds nothing: uses .build-bench/release/tkingest (TKINGEST=... to override).
set -euo pipefail
cd "$(dirname "$0")/../.."
SMALL=${1:-50}; LARGE=${2:-2}; ROUNDS=${3:-2}
TK=${TKINGEST:-.build-bench/release/tkingest}
CORPORA=${BENCH_DIR:-/tmp/bench}
PANDOC=$(command -v pandoc || true)
if [ -z "$PANDOC" ] || ! "$PANDOC" --version | head -1 | grep -q '^pandoc 3'; then
  PANDOC=$(python3 -c 'import pypandoc; print(pypandoc.get_pandoc_path())' 2>/dev/null || true)
fi
[ -x "$PANDOC" ] || { echo "pandoc 3 not found: pip install pypandoc-binary" >&2; exit 2; }
[ -x "$TK" ] || { echo "no $TK: run scripts/bench/run.sh once (it builds it)" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
command -v bc >/dev/null || { echo "needs bc (apt-get install -y bc)" >&2; exit 2; }
cpu() { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%.2f", $1 + $2 }'; }
echo "$("$PANDOC" --version | head -1) · $("$TK" --version)"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for round in $(seq 1 "$ROUNDS"); do
  for profile in small large; do
    count=$([ "$profile" = small ] && echo "$SMALL" || echo "$LARGE")
    mapfile -t files < <(ls "$CORPORA/$profile"/*.docx | sort | head -n "$count")
    tk=$(cpu "$TK" convert --jobs 1 -o "$work/$profile-$round" "${files[@]}")
    pd=0
    for file in "${files[@]}"; do pd=$(echo "$pd + $(cpu "$PANDOC" -f docx -t json -o /dev/null "$file")" | bc); done
    echo "round $round, $profile ($count documents): tkingest $tk s, pandoc $pd s CPU → $(echo "scale=1; $pd / $tk" | bc)×"
  done
done

#!/usr/bin/env bash
# Where does `tkingest convert` spend its instructions beyond the floor? (issue 6)
#
#   bash scripts/bench/profile.sh                    # 1 large + 20 small documents
#   bash scripts/bench/profile.sh --large-only
#   OUT=/tmp/bench/profile LARGE=/tmp/bench/large/2025D90003.docx SMALL_COUNT=20 bash scripts/bench/profile.sh
#
# Runs the release binary (.build-bench, built by scripts/bench/run.py) under
# valgrind --tool=callgrind, for `floor`, `floor --all-parts` and `convert` on the same inputs, then writes per run
#   $OUT/<run>.callgrind.out        the raw profile (open with kcachegrind / callgrind_annotate)
#   $OUT/<run>.inclusive.txt        top functions by inclusive instructions, demangled
#   $OUT/<run>.exclusive.txt        top functions by exclusive (self) instructions, demangled
#   $OUT/<run>-convert.inclusive-all.txt  every function above 0 Ir, inclusive, demangled
# and $OUT/summary.txt: total instructions floor vs convert and the share of the stage entry
# points (WordDocumentReader.read = unzip + parse, Segmenter.segment, ContractWriter.write = emit
# (ContractDocument.build + JSONWriter.write before it), SHA-256, file write).
# REUSE=1 keeps existing *.callgrind.out files and only redoes the reports.
# Callgrind is ~50-100x slower than native: one large document takes a few minutes.
# Instruction counts do not depend on machine load, unlike the timings of run.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"

BIN=${BIN:-.build-bench/release/tkingest}
CORPUS=${CORPUS:-/tmp/bench}
OUT=${OUT:-/tmp/bench/profile}
LARGE=${LARGE:-$CORPUS/large/2025D90000.docx}
SMALL_COUNT=${SMALL_COUNT:-20}
TOP=${TOP:-40}
runs="large small"
case "${1:-}" in
  --large-only) runs="large" ;;
  --small-only) runs="small" ;;
  "") ;;
  *) echo "usage: $0 [--large-only|--small-only]" >&2; exit 2 ;;
esac

[ -x "$BIN" ] || { echo "no $BIN: run python3 scripts/bench/run.py first (it builds .build-bench)" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "valgrind missing: apt-get install -y valgrind" >&2; exit 1; }
[ -f "$LARGE" ] || python3 ../shared/bench/make_corpus.py --profile large "$CORPUS/large"
[ -f "$CORPUS/small/manifest.json" ] || python3 ../shared/bench/make_corpus.py --profile small "$CORPUS/small"
mkdir -p "$OUT"
# valgrind 3.19 cannot read the DWARF 5 debug info Swift 6 writes ("unhandled dwarf2 abbrev form
# code 0x25 ... I can't recover"): profile a copy without debug sections; the symbol table stays,
# so functions keep their names (no line numbers).
objcopy --strip-debug "$BIN" "$OUT/tkingest-nodebug"
BIN="$OUT/tkingest-nodebug"

inputs_for() {
  case "$1" in
    large) echo "$LARGE" ;;
    small) ls "$CORPUS"/small/*.docx | sort | head -n "$SMALL_COUNT" | tr '\n' ' ' ;;
  esac
}

# callgrind_annotate output → demangled, simplified Swift names, top $TOP lines.
annotate() {
  local file=$1 inclusive=$2
  callgrind_annotate --inclusive="$inclusive" --threshold=100 "$file" 2>/dev/null \
    | swift demangle --simplified \
    | sed -E 's#/work/main/##; s#\?\?\?:##' \
    | awk -v top="$TOP" 'BEGIN{n=0; body=0} /^-+$/{dash++} { if (dash>=3 && n<top+2) {print; n++} else if (dash<3) print }'
}

total_ir() { grep -E '^(summary|totals):' "$1" | head -1 | awk '{print $2}'; }

# Inclusive Ir of the first function whose demangled line in $1 (a full inclusive listing) matches $2.
inclusive_of() {
  grep -E "$2" "$1" | head -1 | awk '{gsub(",","",$1); print $1}'
}

: > "$OUT/summary.txt"
for run in $runs; do
  # shellcheck disable=SC2046
  inputs=$(inputs_for "$run")
  for stage in floor floor-all convert; do
    name="$run-$stage"
    echo "callgrind: $name ($(echo $inputs | wc -w) files)" >&2
    outdir="$OUT/json-$name"; rm -rf "$outdir"; mkdir -p "$outdir"
    case $stage in
      floor) cmd=("$BIN" floor $inputs) ;;
      floor-all) cmd=("$BIN" floor --all-parts $inputs) ;;
      convert) cmd=("$BIN" convert $inputs -o "$outdir") ;;
    esac
    if [ -z "${REUSE:-}" ] || [ ! -s "$OUT/$name.callgrind.out" ]; then
      valgrind --tool=callgrind --callgrind-out-file="$OUT/$name.callgrind.out" \
        --dump-instr=no --collect-jumps=no "${cmd[@]}" >/dev/null 2>"$OUT/$name.valgrind.log"
    fi
    annotate "$OUT/$name.callgrind.out" yes > "$OUT/$name.inclusive.txt"
    annotate "$OUT/$name.callgrind.out" no > "$OUT/$name.exclusive.txt"
    rm -rf "$outdir"
  done
  floor_ir=$(total_ir "$OUT/$run-floor.callgrind.out")
  floor_all_ir=$(total_ir "$OUT/$run-floor-all.callgrind.out")
  convert_ir=$(total_ir "$OUT/$run-convert.callgrind.out")
  all="$OUT/$run-convert.inclusive-all.txt"
  callgrind_annotate --inclusive=yes --threshold=100 "$OUT/$run-convert.callgrind.out" 2>/dev/null \
    | swift demangle --simplified > "$all"
  {
    echo "== $run: $(echo $inputs | wc -w) file(s)"
    printf '  floor   Ir %15s\n  convert Ir %15s   ratio %.2f\n' "$floor_ir" "$convert_ir" \
      "$(echo "$convert_ir / $floor_ir" | bc -l)"
    printf '  floor --all-parts Ir %15s   convert / it %.2f (reference: every part convert reads)\n' \
      "$floor_all_ir" "$(echo "$convert_ir / $floor_all_ir" | bc -l)"
    for entry in \
      "unzip+parse      |static WordDocumentReader.read\(package:\) \[" \
      "  all parts SAX  |DocxPackage.parse\(part:handler:\) \[" \
      "  SAX+handlers   |xmlParseChunk \\[" \
      "  inflate        |zip_fread" \
      "segment          |static Segmenter.segment\(_:profile:\) \[" \
      "  units          |static UnitExtractor.units\(of:\) \[" \
      "  profile choice |static ProfileChooser.choose\(_:\) \[" \
      "  recommendations|RecommendationsProfile.run\(\) \[" \
      "  questions      |QuestionsProfile.run\(\) \[" \
      "  doc references |static DocumentReferenceFinder.references\(in:\) \[" \
      "emit: build      |static ContractDocument.build\(source:document:segmented:tk:\) \[" \
      "emit: write      |static JSONWriter.write\(_:\) \[" \
      "emit: direct     |static ContractWriter.write\(source:document:segmented:tk:\) \[" \
      "sha256           |static DocumentConverter.sha256\(_:\) \[" \
      "file write       |Data.write\(to:options:\) \[" \
      "TextNormalizer   |static TextNormalizer.normalize\(_:\) \[" \
      "malloc           |malloc.c:malloc \[" \
      "free             |malloc.c:free \["; do
      label=${entry%%|*}; pattern=${entry#*|}
      ir=$(inclusive_of "$all" "$pattern" || true)
      [ -n "$ir" ] && printf '  %-17s %15s  %5.1f%% of convert\n' "$label" "$ir" "$(echo "100 * $ir / $convert_ir" | bc -l)"
    done
    echo "  exclusive Ir by library: floor | convert"
    for stage in floor convert; do
      callgrind_annotate --inclusive=no --threshold=100 "$OUT/$run-$stage.callgrind.out" 2>/dev/null \
        | awk '/PROGRAM TOTALS/{next} /^ *[0-9,]+ +\(/{ir=$1; gsub(",","",ir); obj=$NF; if (obj !~ /^\[/) obj="[libc/ld.so]";
               gsub(/[\[\]]/,"",obj); n=split(obj,p,"/"); s[p[n]]+=ir} END{for(o in s) printf "%s %.0f\n", o, s[o]}' \
        > "$OUT/$run-$stage.bylib.txt"
    done
    join -a1 -a2 -e0 -o 0,1.2,2.2 <(sort "$OUT/$run-floor.bylib.txt") <(sort "$OUT/$run-convert.bylib.txt") \
      | sort -k3 -nr | head -8 | awk '{printf "    %-28s %15s | %15s\n", $1, $2, $3}'
  } | tee -a "$OUT/summary.txt"
done
echo "profiles and reports in $OUT" >&2

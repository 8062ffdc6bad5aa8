#!/usr/bin/env bash
# libFuzzer over the whole convert path (Sources/tkingest-fuzz): build with
# -sanitize=fuzzer,address, seed from Samples/, the fixtures and a few small corpus files,
# and fuzz for SECONDS (default 60; CI smoke run). One process, one job.
#
#   bash scripts/fuzz/run.sh            # 60 s smoke run
#   bash scripts/fuzz/run.sh 3600       # one hour
#   FUZZ_CORPUS=DIR bash scripts/fuzz/run.sh 600   # keep the evolving corpus in DIR
#   FUZZ_SKIP_BUILD=1 …          reuse the last fuzzer build
#   FUZZ_SEED_REGRESSIONS=0 …    leave Tests/Fixtures/fuzz-regressions out of the seeds
#   FUZZ_EXTRA_ARGS='…' …        more libFuzzer flags (e.g. -jobs=4 -workers=4 on a big machine)
#
# Crashes, leaks, timeouts and OOMs are written to scripts/fuzz/crashes/ (git-ignored by
# its .gitignore); make each one a regression fixture in Tests/Fixtures/fuzz-regressions/
# (see docs/hostile-input.md). Exit status: libFuzzer's (0 = no finding), and 1 whenever
# this run wrote a finding; each finding's path, and its bytes as base64 (CI machines are
# thrown away), are printed at the end. .ci/run runs this after the tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"

# The system libraries (fresh CI machine). libFuzzer and the sanitizer runtimes come with
# the Swift toolchain (its clang's compiler-rt); say so plainly if they are not there.
bash scripts/bootstrap.sh
TOOLCHAIN="$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")"
if ! ls "$TOOLCHAIN"/lib/swift/clang/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1 &&
   ! ls "$TOOLCHAIN"/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
    echo "fuzz: no libclang_rt.fuzzer in the Swift toolchain at $TOOLCHAIN (a swift.org Linux toolchain has it)" >&2
    exit 1
fi

SECONDS_TO_RUN="${1:-60}"
SCRATCH=.build-fuzz
SHARED="${TKINGEST_SHARED:-$(cd .. && pwd)/shared}"
CRASHES=scripts/fuzz/crashes

if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ]; then
    swift build -c debug --product tkingest-fuzz \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING --scratch-path "$SCRATCH"
fi
BIN="$(swift build -c debug --product tkingest-fuzz --scratch-path "$SCRATCH" --show-bin-path)/tkingest-fuzz"

WORK="$(mktemp -d /tmp/tkingest-fuzz.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
SEEDS="$WORK/seeds"
mkdir -p "$SEEDS" "$CRASHES"
cp Samples/*.docx Tests/Fixtures/docx/*.docx "$SEEDS"/ 2>/dev/null || true
# Small hostile fixtures are good seeds too (each reaches one refusal path); the big ones
# (zip_bomb_ratio inflates 4 MB before it is refused) would only slow every execution down.
find Tests/Fixtures/hostile -type f -size -40k -exec cp {} "$SEEDS"/ \;
# The regressions too: while one still crashes, the run stops on it at once (that is the
# point in CI). FUZZ_SEED_REGRESSIONS=0 leaves them out to fuzz past a known, unfixed crash.
if [ "${FUZZ_SEED_REGRESSIONS:-1}" != 0 ] && [ -d Tests/Fixtures/fuzz-regressions ]; then
    find Tests/Fixtures/fuzz-regressions -type f ! -name '*.md' -size -200k \
        -exec sh -c 'cp "$1" "$2/regression-$(basename "$1")"' _ {} "$SEEDS" \;
fi
# A few small, varied documents of the shared corpus (copied; nothing is written there).
if [ -d "$SHARED/corpus" ]; then
    find "$SHARED/corpus" -name '*.docx' -size -60k | LC_ALL=C sort | awk 'NR % 12 == 1 && n++ < 16' |
        while read -r f; do cp "$f" "$SEEDS/corpus-$(basename "$(dirname "$f")")-$(basename "$f")"; done
fi

# Stored (uncompressed) copies of the small seeds: their XML is plain bytes for the mutator,
# and the fuzz target's custom mutator repairs stored entries' CRCs, so mutated XML reaches
# the parser, WordML, segmentation and the JSON writer.
python3 - "$SEEDS" <<'PY'
import io, os, sys, zipfile
seeds = sys.argv[1]
for name in sorted(os.listdir(seeds)):
    path = os.path.join(seeds, name)
    try:
        with zipfile.ZipFile(path) as zf:
            entries = [(i, zf.read(i)) for i in zf.infolist()]
    except Exception:
        continue  # hostile seeds that are not readable zips stay as they are
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as out:
        for info, data in entries:
            info.compress_type = zipfile.ZIP_STORED
            out.writestr(info, data)
    if len(buf.getvalue()) <= 150_000:
        with open(os.path.join(seeds, "stored-" + name), "wb") as fh:
            fh.write(buf.getvalue())
PY

CORPUS="${FUZZ_CORPUS:-$WORK/corpus}"
mkdir -p "$CORPUS"
# Findings of this run are the artifacts newer than this marker (older ones may be lying around).
touch "$WORK/started"
echo "fuzzing $SECONDS_TO_RUN s: $(ls "$SEEDS" | wc -l) seeds, corpus $CORPUS, crashes → $CRASHES/"

# libFuzzer checks for leaks after inputs that malloc more than they free (-detect_leaks=1).
export ASAN_OPTIONS="${ASAN_OPTIONS:-allocator_may_return_null=1:detect_stack_use_after_return=0}"
# Swift's own crash backtracer must stay out of the way: under ASan its memory server trips
# the sanitizer and hangs; libFuzzer's deadly-signal handler prints the stack and writes the
# artifact instead.
export SWIFT_BACKTRACE=enable=no
set +e
"$BIN" "$CORPUS" "$SEEDS" \
    -max_total_time="$SECONDS_TO_RUN" \
    -max_len=200000 \
    -rss_limit_mb=2048 \
    -malloc_limit_mb=2048 \
    -timeout=10 \
    -print_final_stats=1 \
    -artifact_prefix="$CRASHES/" \
    ${FUZZ_EXTRA_ARGS:-}
status=$?
set -e
findings="$(find "$CRASHES" -maxdepth 1 -type f -newer "$WORK/started" \
    \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | LC_ALL=C sort)"
if [ -n "$findings" ]; then
    echo
    echo "FUZZ FINDINGS (libFuzzer exit status $status):"
    while IFS= read -r finding; do
        echo "  $finding ($(wc -c < "$finding") bytes)"
    done <<< "$findings"
    echo "reproduce: SWIFT_BACKTRACE=enable=no $BIN FILE  (then see docs/hostile-input.md, Fuzzing)"
    while IFS= read -r finding; do
        echo "--- base64 of $finding (decode with: base64 -d > $(basename "$finding")):"
        base64 < "$finding"
    done <<< "$findings"
    [ "$status" -ne 0 ] || status=1
elif [ "$status" -ne 0 ]; then
    echo "fuzz: libFuzzer exited with status $status without writing a finding to $CRASHES/" >&2
fi
exit $status

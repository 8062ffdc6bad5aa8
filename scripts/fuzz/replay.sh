#!/usr/bin/env bash
# Replays the fuzz regressions and every fixture through the non-fuzzing tkingest-fuzz
# (the whole convert path, no sanitizer) and fails if any input crashes, traps or takes
# longer than REPLAY_TIMEOUT seconds (default 30). A refusal with an error code is fine.
#
#   bash scripts/fuzz/replay.sh                 # regressions + Tests/Fixtures/{docx,hostile}
#   bash scripts/fuzz/replay.sh FILE_OR_DIR…    # those inputs instead
#   REPLAY_SCRATCH=.build bash scripts/fuzz/replay.sh   # reuse the normal debug build (CI)
#   REPLAY_SCRATCH=.build-asan REPLAY_BUILD_FLAGS=--sanitize=address bash scripts/fuzz/replay.sh
#                                                       # the same under AddressSanitizer
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"

SCRATCH="${REPLAY_SCRATCH:-.build-fuzz-replay}"
TIMEOUT="${REPLAY_TIMEOUT:-30}"
FLAGS=(${REPLAY_BUILD_FLAGS:-})
# Under a sanitizer Swift's crash backtracer trips ASan and hangs: leave the report to ASan.
case "${REPLAY_BUILD_FLAGS:-}" in *sanitize*) export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}" ;; esac
swift build -c debug --product tkingest-fuzz --scratch-path "$SCRATCH" "${FLAGS[@]}"
BIN="$(swift build -c debug --product tkingest-fuzz --scratch-path "$SCRATCH" "${FLAGS[@]}" --show-bin-path)/tkingest-fuzz"

if [ $# -eq 0 ]; then
    set -- Tests/Fixtures/fuzz-regressions Tests/Fixtures/docx Tests/Fixtures/hostile
fi
files=()
for arg in "$@"; do
    if [ -d "$arg" ]; then
        while IFS= read -r f; do files+=("$f"); done < <(find "$arg" -type f ! -name '.*' ! -name '*.md' | LC_ALL=C sort)
    elif [ -e "$arg" ]; then
        files+=("$arg")
    fi
done

failed=0
for f in "${files[@]}"; do
    set +e
    out="$(timeout "$TIMEOUT" "$BIN" "$f" 2>&1)"
    status=$?
    set -e
    if [ $status -ne 0 ]; then
        failed=$((failed + 1))
        case $status in
            124) why="timeout after ${TIMEOUT}s" ;;
            13[2-9]) why="killed by signal $((status - 128))" ;;
            *) why="exit $status" ;;
        esac
        echo "FAIL $f: $why"
        echo "$out" | tail -n 30 | sed 's/^/    /'
    else
        echo "$out" | head -n 1
    fi
done
echo "replayed ${#files[@]} inputs, $failed failed"
[ $failed -eq 0 ]

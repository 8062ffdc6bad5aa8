#!/usr/bin/env bash
# Time and memory bounds on hostile input: runs the release `tkingest convert` on every file
# of Tests/Fixtures/hostile/ and on big hostile files it generates in /tmp, and fails unless
# each one finishes under 2 s and 512 MB peak RSS with its expected result (and nothing
# connects to the DOCTYPE fixtures' canary port). A benchmark, not a unit test: run it on an
# otherwise idle machine. Details: scripts/hostile/bounds.py, docs/hostile-input.md.
#
#   bash scripts/hostile/bounds.sh                     # builds release into .build-asan-rel
#   TKINGEST=.build/release/tkingest bash scripts/hostile/bounds.sh   # use an existing binary
#   bash scripts/hostile/bounds.sh --only text_node --keep            # options of bounds.py
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"

if [ -z "${TKINGEST:-}" ]; then
    swift build -c release --product tkingest --scratch-path .build-asan-rel
    TKINGEST="$(swift build -c release --product tkingest --scratch-path .build-asan-rel --show-bin-path)/tkingest"
fi
echo "tkingest: $TKINGEST"
exec python3 scripts/hostile/bounds.py --tkingest "$TKINGEST" "$@"

#!/usr/bin/env bash
# Throughput benchmark (issue 6): floor pass vs. stages vs. full convert. See scripts/bench/run.py --help.
#   bash scripts/bench/run.sh                 # both profiles, full corpora
#   bash scripts/bench/run.sh --count 100     # quicker subset
#   TKINGEST_BENCH_BUILD=.build-mine bash scripts/bench/run.sh --count 50   # own release build folder
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
exec python3 scripts/bench/run.py "$@"

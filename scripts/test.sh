#!/usr/bin/env bash
# Runs the whole test suite: fixtures, hostile inputs, the shared corpus (../shared),
# the real letters and the command-line tool. Installs missing system packages first.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
bash scripts/bootstrap.sh
swift build --build-tests
swift test --skip-build "$@"

#!/usr/bin/env bash
# The main job on the samples: runs Pipelines/samples.yml, which converts every .docx in
# Samples/ into Output/samples/ (per-document JSON, documents.jsonl, tkingest.sqlite).
# Installs missing system packages and builds first.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
bash scripts/bootstrap.sh
swift build -c release --product tkingest
mkdir -p Output
.build/release/tkingest run Pipelines/samples.yml
ls -l Output/samples

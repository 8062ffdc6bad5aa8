#!/usr/bin/env bash
# Installs what building tkingest needs and is missing: the libzip, libxml2 and SQLite
# development packages (Debian) and pkg-config. Idempotent; run as root or with sudo.
set -euo pipefail

missing=()
for package in libzip-dev libxml2-dev libsqlite3-dev pkg-config; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The tests validate every emitted document against schema/document.schema.json with
# Python's jsonschema.
if ! python3 -c "import jsonschema" 2>/dev/null; then
  echo "bootstrap: installing the Python package jsonschema" >&2
  python3 -m pip install -q jsonschema >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  if [ -x /opt/swift/usr/bin/swift ]; then
    echo "bootstrap: add /opt/swift/usr/bin to PATH" >&2
  else
    echo "bootstrap: no Swift toolchain found (need Swift 6.1 or newer)" >&2
    exit 1
  fi
fi

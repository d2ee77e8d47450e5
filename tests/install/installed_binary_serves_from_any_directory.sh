#!/usr/bin/env bash
# `cmake --install` into a scratch prefix; the installed binary, started from another directory
# with no --web-dir, serves the web app at / and the API: it finds the app beside itself.
# Usage: installed_binary_serves_from_any_directory.sh BUILD_DIR WORK_DIR
set -euo pipefail
build=$1
work=$(mkdir -p "$2" && cd "$2" && pwd)
rm -rf "$work/prefix" "$work/data" "$work/elsewhere"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
source "$(dirname "$0")/serve_from_elsewhere.sh"
serve_from_elsewhere "$work/prefix/bin/medimeet" "$work"
if [[ $(find "$work/prefix/bin" -type f) != "$work/prefix/bin/medimeet" ]]; then
  echo "FAIL: bin/ holds more than the binary" >&2
  exit 1
fi
echo "installed under $work/prefix, started from $work/elsewhere: web app and API served"

#!/usr/bin/env bash
# `cmake --install` into a scratch prefix; the installed binary, started from another directory
# with no --web-dir, serves the web app at / and the API: it finds the app beside itself.
# Usage: installed_binary_serves_from_any_directory.sh BUILD_DIR WORK_DIR
set -euo pipefail
build=$1
work=$(mkdir -p "$2" && cd "$2" && pwd)
rm -rf "$work/prefix" "$work/data" "$work/elsewhere"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
mkdir -p "$work/elsewhere"
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cd "$work/elsewhere"
env -u MEDIMEET_WEB_DIR "$work/prefix/bin/medimeet" serve --listen "127.0.0.1:$port" --data-dir "$work/data" \
  >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.1
done
fail() {
  echo "FAIL: $1" >&2
  cat "$work/server.log" >&2
  exit 1
}
curl -sf "http://127.0.0.1:$port/" | grep -q '<title>MediMeet</title>' || fail "/ is not the web app"
curl -sf "http://127.0.0.1:$port/api/v1/doctors" | grep -q '"doctors"' || fail "the API does not answer"
[[ $(find "$work/prefix/bin" -type f) == "$work/prefix/bin/medimeet" ]] || fail "bin/ holds more than the binary"
echo "installed under $work/prefix, started from $work/elsewhere: web app and API served"

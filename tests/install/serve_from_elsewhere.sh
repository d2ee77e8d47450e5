# Sourced by the install tests. serve_from_elsewhere BINARY WORK_DIR: starts BINARY from
# WORK_DIR/elsewhere with no --web-dir, then checks that it serves the web app at / and the API;
# the server stops when the sourcing script exits. On failure: exit 1, its log printed.
serve_from_elsewhere() {
  local binary=$1 work=$2 port
  mkdir -p "$work/elsewhere"
  port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  (cd "$work/elsewhere" && exec env -u MEDIMEET_WEB_DIR "$binary" serve --listen "127.0.0.1:$port" \
    --data-dir "$work/data" >"$work/server.log" 2>&1) &
  served_by=$!
  trap 'kill $served_by 2>/dev/null; wait $served_by 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do  # 30 s: a busy machine starts slowly
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
    sleep 0.1
  done
  if ! curl -sf "http://127.0.0.1:$port/" | grep -q '<title>MediMeet</title>'; then
    echo "FAIL: / is not the web app" >&2
    cat "$work/server.log" >&2
    exit 1
  fi
  if ! curl -sf "http://127.0.0.1:$port/api/v1/doctors" | grep -q '"doctors"'; then
    echo "FAIL: the API does not answer" >&2
    cat "$work/server.log" >&2
    exit 1
  fi
}

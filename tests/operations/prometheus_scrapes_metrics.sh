#!/usr/bin/env bash
# `medimeet serve --metrics-listen`: /metrics passes `promtool check metrics`, has every family
# the operator watches, and a real Prometheus (Debian's) scrapes it.
# Usage: prometheus_scrapes_metrics.sh MEDIMEET_BINARY WORK_DIR
set -euo pipefail
binary=$1
work=$(mkdir -p "$2" && cd "$2" && pwd)
rm -rf "${work:?}"/*
free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
fail() {
  echo "FAIL: $1" >&2
  for log in "$work"/*.log; do echo "--- $log" >&2; tail -20 "$log" >&2; done
  exit 1
}
api=$(free_port)
metrics=$(free_port)
"$binary" serve --listen "127.0.0.1:$api" --metrics-listen "127.0.0.1:$metrics" --data-dir "$work/data" \
  >"$work/medimeet.log" 2>&1 &
server=$!
prometheus=""
trap 'kill $server $prometheus 2>/dev/null; wait $server $prometheus 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do  # 30 s: a busy machine starts slowly
  curl -sf "http://127.0.0.1:$api/readyz" >/dev/null && break
  sleep 0.1
done
curl -sf "http://127.0.0.1:$api/api/v1/doctors" >/dev/null || fail "the API does not answer"
curl -s "http://127.0.0.1:$api/api/v1/doctors/0000000000000000000000aa" >/dev/null
curl -sf "http://127.0.0.1:$metrics/metrics" >"$work/metrics.txt" || fail "no /metrics on --metrics-listen"
promtool check metrics <"$work/metrics.txt" >"$work/promtool.log" 2>&1 || fail "promtool check metrics"
for family in medimeet_http_requests_total medimeet_http_request_duration_seconds_bucket \
  medimeet_database_pool_waits_total medimeet_outbox_depth medimeet_outbox_oldest_age_seconds \
  medimeet_reminder_lag_seconds medimeet_websockets_open medimeet_build_info; do
  grep -q "^$family" "$work/metrics.txt" || fail "/metrics has no $family"
done
grep -q '^medimeet_http_requests_total{route="/api/v1/doctors/{id}",method="GET",status="4xx"} 1$' "$work/metrics.txt" ||
  fail "the 404 on /api/v1/doctors/{id} is not counted by its route"
# The public port does not serve them.
if curl -s "http://127.0.0.1:$api/metrics" | grep -q medimeet_build_info; then fail "the public port serves /metrics"; fi

web=$(free_port)
cat >"$work/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
scrape_configs:
  - job_name: medimeet
    static_configs:
      - targets: ["127.0.0.1:$metrics"]
YAML
promtool check config "$work/prometheus.yml" >>"$work/promtool.log" 2>&1 || fail "promtool check config"
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/tsdb" \
  --web.listen-address="127.0.0.1:$web" >"$work/prometheus.log" 2>&1 &
prometheus=$!
query="http://127.0.0.1:$web/api/v1/query?query=medimeet_build_info"
for _ in $(seq 1 300); do
  if curl -sf "$query" 2>/dev/null | grep -q '"job":"medimeet"'; then
    up=$(curl -sf "http://127.0.0.1:$web/api/v1/query?query=up%7Bjob%3D%22medimeet%22%7D")
    grep -q '"value":\[[0-9.]*,"1"\]' <<<"$up" || fail "Prometheus does not see the target up: $up"
    echo "Prometheus scraped medimeet: $(grep -c '^medimeet_' "$work/metrics.txt") series, promtool clean"
    exit 0
  fi
  sleep 0.1
done
fail "Prometheus never scraped medimeet_build_info"

#!/usr/bin/env bash
# Two medimeet instances on one PostgreSQL database behind Debian's nginx, configured as README
# ("Several instances behind a reverse proxy") says: a patient books through nginx, each instance
# reads the booking, both served requests, and the event socket's WebSocket upgrade passes nginx.
# Usage: two_instances_behind_nginx.sh MEDIMEET_BINARY WORK_DIR (the PostgreSQL server's admin URL in
# the file named by MEDIMEET_TEST_POSTGRES_URL_FILE, as CTest's fixture writes it).
set -euo pipefail
binary=$1
work=$(mkdir -p "$2" && cd "$2" && pwd)
rm -rf "${work:?}"/*
admin=$(cat "$MEDIMEET_TEST_POSTGRES_URL_FILE")
free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
json() { /usr/bin/python3 -c "import json, sys; print(json.load(sys.stdin)$1)"; }
pids=()
trap 'kill ${pids[*]} 2>/dev/null; wait ${pids[*]} 2>/dev/null || true' EXIT
fail() {
  echo "FAIL: $1" >&2
  for log in "$work"/*.log; do echo "--- $log" >&2; tail -15 "$log" >&2; done
  exit 1
}

database="medimeet_proxy_$$"
psql -q "$admin" -c "CREATE DATABASE $database" >/dev/null
url="${admin%/*}/$database"
proxy_port=$(free_port)
public_url="http://127.0.0.1:$proxy_port"
ports=()
for name in a b; do
  port=$(free_port)
  ports+=("$port")
  # One master key for both (the first start creates it), the proxy's address for links and sockets.
  "$binary" serve --listen "127.0.0.1:$port" --database "$url" --data-dir "$work/$name" \
    --master-key-file "$work/master.key" --public-url "$public_url" --trust-proxy >"$work/instance-$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 300); do  # 30 s: a busy machine starts slowly
    curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break
    sleep 0.1
  done
done

mkdir -p "$work/nginx"
sed -e "s/INSTANCE_A/127.0.0.1:${ports[0]}/; s/INSTANCE_B/127.0.0.1:${ports[1]}/; s/LISTEN/127.0.0.1:$proxy_port/" \
  "$(dirname "$0")/../../packaging/nginx-medimeet.conf" >"$work/nginx/site.conf"
cat >"$work/nginx/nginx.conf" <<CONF
user $(id -un);
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx.log;
events { worker_connections 256; }
http {
  access_log $work/nginx-access.log;
  include $work/nginx/site.conf;
}
CONF
nginx -t -c "$work/nginx/nginx.conf" -p "$work/nginx" >"$work/nginx-check.log" 2>&1 || fail "nginx -t"
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
pids+=($!)
for _ in $(seq 1 300); do  # 30 s: a busy machine starts slowly
  curl -sf "$public_url/healthz" >/dev/null && break
  sleep 0.1
done

api() {  # METHOD PATH [BODY] [TOKEN]
  curl -s -X "$1" "$public_url$2" -H 'Content-Type: application/json' ${4:+-H "Authorization: Bearer $4"} \
    ${3:+--data "$3"}
}
doctor=$(api POST /api/v1/auth/register '{"name":"Claire Martin","email":"claire@example.com","password":"a fine long password","role":"doctor","phone":"+33612345678"}')
doctor_token=$(json '["token"]' <<<"$doctor")
doctor_id=$(json '["user"]["_id"]' <<<"$doctor")
api PATCH /api/v1/doctors/me '{"specialty":"General practice","experience":10,"location":"Paris","price":25,"timezone":"Europe/Paris","consultationMinutes":30,"availability":[{"day":"monday","startTime":"09:00","endTime":"17:00"},{"day":"tuesday","startTime":"09:00","endTime":"17:00"},{"day":"wednesday","startTime":"09:00","endTime":"17:00"},{"day":"thursday","startTime":"09:00","endTime":"17:00"},{"day":"friday","startTime":"09:00","endTime":"17:00"},{"day":"saturday","startTime":"09:00","endTime":"17:00"},{"day":"sunday","startTime":"09:00","endTime":"17:00"}]}' \
  "$doctor_token" | grep -q '"specialty"' || fail "the doctor's profile"
patient=$(api POST /api/v1/auth/register '{"name":"Ann Lefebvre","email":"ann@example.com","password":"a fine long password","role":"patient","phone":"+33612345679"}')
patient_token=$(json '["token"]' <<<"$patient")
psql -q "$url" -c "UPDATE users SET email_verified = 1 WHERE email = 'ann@example.com'" >/dev/null
day=$(date -u -d tomorrow +%F)
slot=$(api GET "/api/v1/doctors/$doctor_id/slots?from=$day&to=$day" | json '["slots"][0]["start"]')
booked=$(api POST /api/v1/appointments "{\"doctorId\":\"$doctor_id\",\"appointmentDate\":\"$slot\"}" "$patient_token")
appointment=$(json '["_id"]' <<<"$booked" 2>/dev/null) || fail "booking through nginx: $booked"
for port in "${ports[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/appointments/$appointment" \
    -H "Authorization: Bearer $patient_token")
  [[ $status == 200 ]] || fail "instance on $port reads the booking: $status"
done
for name in a b; do
  grep -q '/api/v1/' "$work/instance-$name.log" || fail "nginx sent no request to instance $name"
done

ticket=$(api POST /api/v1/events/ticket '' "$patient_token" | json '["ticket"]')
handshake=$(curl -s -i -N --max-time 3 "$public_url/api/v1/events?ticket=$ticket" -H 'Connection: Upgrade' \
  -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' \
  -H "Origin: $public_url" || true)
head -1 <<<"$handshake" | grep -q ' 101 ' || fail "the WebSocket upgrade does not pass nginx: $(head -1 <<<"$handshake")"
echo "booked $appointment through nginx on two instances; both read it; the event socket upgraded through nginx"

#!/usr/bin/env bash
# HTTP benchmark of medimeet with wrk (keep-alive), against SQLite and then PostgreSQL.
#
# For each backend: start build/medimeet on a free loopback port with a fresh database, register
# one bench user, then run three wrk scenarios (GET /healthz, GET /api/v1/users/me with the
# user's bearer token, POST /api/v1/auth/login with the user's correct password) and print a
# Markdown table. Every scenario must see only 2xx responses: otherwise a warning row is printed
# and the script exits with status 1 (after printing the table).
#
# Settings (environment):
#   BENCH_DURATION           wrk duration of each scenario            (default 10s)
#   BENCH_CONNECTIONS        connections for healthz and users/me      (default 16)
#   BENCH_THREADS            wrk threads (at most the connections)     (default 2)
#   BENCH_LOGIN_CONNECTIONS  connections for login                     (default: nproc, since
#                            Argon2id hashing is bounded by cores, more only queue)
#   BENCH_SERVER_THREADS     medimeet --threads                        (default: nproc)
#   BENCH_BACKENDS           backends to run, in order                 (default "sqlite postgresql")
#   BENCH_PROFILES           1: also seed BENCH_DOCTORS doctors over 40 specialties and
#                            BENCH_APPOINTMENTS appointments, then load doctor search and a
#                            week of slots and print their query plans, then hold
#                            BENCH_SOCKETS event sockets and time BENCH_MESSAGES messages from
#                            send to delivery (on PostgreSQL across two instances) (default 1)
#
# Usage: bash bench/run.sh      (or `make bench`, which builds first)
set -euo pipefail
export LC_ALL=C

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench_dir=$root/bench
binary=$root/build/medimeet
postgres_sh=$root/tests/support/postgres.sh
python=/usr/bin/python3

cores=$(nproc)
duration=${BENCH_DURATION:-10s}
connections=${BENCH_CONNECTIONS:-16}
wrk_threads=${BENCH_THREADS:-2}
login_connections=${BENCH_LOGIN_CONNECTIONS:-$cores}
server_threads=${BENCH_SERVER_THREADS:-$cores}
read -r -a backends <<<"${BENCH_BACKENDS:-sqlite postgresql}"
profiles=${BENCH_PROFILES:-1}
bench_doctors=${BENCH_DOCTORS:-100000}
bench_small_doctors=${BENCH_SMALL_DOCTORS:-1000}
bench_idle=${BENCH_IDLE_CONNECTIONS:-10000}
bench_trickle=${BENCH_TRICKLE_RATE:-20}
trickle_rows=()
trickle_notes=()
nginx=/usr/sbin/nginx
nginx_pid=""
declare -A read_figures=()
idle_rows=()
bench_appointments=${BENCH_APPOINTMENTS:-1000000}
bench_bookings=${BENCH_BOOKINGS:-50000}
seeder=$root/build/bench/medimeet_bench_seed
socket_bench=$root/build/bench/medimeet_socket_bench
bench_sockets=${BENCH_SOCKETS:-1000}
bench_messages=${BENCH_MESSAGES:-5000}
admin_url=""
plans=()

bench_name="Bench User"
bench_email="bench@example.com"
bench_password="wrk-Bench-7315-pass"

say() { echo "bench: $*" >&2; }
die() { say "error: $*"; exit 1; }

# --- Prerequisites -------------------------------------------------------------------------------

for setting in BENCH_CONNECTIONS=$connections BENCH_THREADS=$wrk_threads \
               BENCH_LOGIN_CONNECTIONS=$login_connections BENCH_SERVER_THREADS=$server_threads; do
  [[ ${setting#*=} =~ ^[1-9][0-9]*$ ]] || die "${setting%%=*} must be a positive integer, got '${setting#*=}'"
done
[[ $duration =~ ^[1-9][0-9]*[smh]?$ ]] || die "BENCH_DURATION must look like 10s, 2m or 1h, got '$duration'"
[[ ${#backends[@]} -gt 0 ]] || die "BENCH_BACKENDS is empty"
for backend in "${backends[@]}"; do
  [[ $backend == sqlite || $backend == postgresql ]] ||
    die "unknown backend '$backend' in BENCH_BACKENDS (sqlite, postgresql)"
done

[[ -x $binary ]] || die "$binary is missing: run \`make build\` first"
[[ $profiles != 1 || -x $seeder ]] || die "$seeder is missing: run \`make build\` first"
[[ $profiles != 1 || -x $socket_bench ]] || die "$socket_bench is missing: run \`make build\` first"
command -v wrk >/dev/null || die "wrk is not installed (Debian/Ubuntu: apt-get install wrk)"
[[ $profiles != 1 || -x $nginx ]] || die "nginx is not installed (Debian: apt-get install nginx)"
# Room for the idle connections, on the server's side and the holder's.
ulimit -n "$(ulimit -Hn)"
command -v curl >/dev/null || die "curl is not installed"
[[ -x $python ]] || die "$python is missing"
if [[ " ${backends[*]} " == *" postgresql "* ]]; then
  [[ -x /usr/lib/postgresql/15/bin/pg_ctl ]] ||
    die "PostgreSQL 15 is not installed (needed by $postgres_sh); or set BENCH_BACKENDS=sqlite"
  command -v psql >/dev/null || die "psql is not installed"
fi

# --- Clean-up, also on error ---------------------------------------------------------------------

work=$(mktemp -d /tmp/medimeet-bench.XXXXXX)
server_pid=""
second_pid=""
server_log=""
pg_dir=""

stop_server() {
  if [[ -n $second_pid ]]; then
    kill -TERM "$second_pid" 2>/dev/null || true
    wait "$second_pid" 2>/dev/null || true
    second_pid=""
  fi
  if [[ -n $server_pid ]]; then
    if kill -0 "$server_pid" 2>/dev/null; then
      kill -TERM "$server_pid" 2>/dev/null || true
      for _ in $(seq 100); do
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
      done
      if kill -0 "$server_pid" 2>/dev/null; then
        say "medimeet did not stop within 10 s of SIGTERM; killing it"
        kill -KILL "$server_pid" 2>/dev/null || true
      fi
    fi
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}

stop_postgres() {
  if [[ -n $pg_dir ]]; then
    bash "$postgres_sh" stop "$pg_dir" || say "could not stop PostgreSQL in $pg_dir"
    pg_dir=""
  fi
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  stop_nginx
  if [[ $status -ne 0 && -n $server_log && -s $server_log ]]; then
    say "last lines of the medimeet log:"
    tail -n 20 "$server_log" >&2 || true
  fi
  stop_server
  stop_postgres
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- Server --------------------------------------------------------------------------------------

free_port() {
  "$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# start_server BACKEND DATA_DIR [--database URL]: starts medimeet, sets base_url, waits for /healthz.
start_server() {
  local backend=$1 data_dir=$2
  shift 2
  local port
  port=$(free_port)
  base_url="http://127.0.0.1:$port"
  server_log=$work/medimeet-$backend.log
  "$binary" serve --listen "127.0.0.1:$port" --data-dir "$data_dir" --threads "$server_threads" \
    "$@" >"$server_log" 2>&1 &
  server_pid=$!
  for _ in $(seq 300); do
    kill -0 "$server_pid" 2>/dev/null || die "medimeet ($backend) exited during start-up"
    if curl -fsS -o /dev/null --max-time 2 "$base_url/healthz" 2>/dev/null; then
      say "[$backend] medimeet is up on $base_url (pid $server_pid)"
      return
    fi
    sleep 0.1
  done
  die "medimeet ($backend) did not answer $base_url/healthz within 30 s"
}

# start_second_server DATA_DIR --database URL: another instance on the same database, sets
# second_url.
start_second_server() {
  local data_dir=$1
  shift
  local port
  mkdir -p "$data_dir"
  port=$(free_port)
  second_url="http://127.0.0.1:$port"
  "$binary" serve --listen "127.0.0.1:$port" --data-dir "$data_dir" --threads "$server_threads" \
    "$@" >"$work/medimeet-second.log" 2>&1 &
  second_pid=$!
  for _ in $(seq 300); do
    kill -0 "$second_pid" 2>/dev/null || die "the second medimeet exited during start-up"
    curl -fsS -o /dev/null --max-time 2 "$second_url/healthz" 2>/dev/null && return
    sleep 0.1
  done
  die "the second medimeet did not answer $second_url/healthz within 30 s"
}

# run_socket_bench BACKEND DATABASE_URL: sockets held open and message delivery, across two
# instances on PostgreSQL.
run_socket_bench() {
  local backend=$1 database=$2 out=$work/sockets-$backend.txt instances=1
  local -a urls=(--send-url "$base_url") pids=(--server-pid "$server_pid")
  if [[ $backend == postgresql ]]; then
    start_second_server "$work/data-second" --database "$database"
    urls+=(--listen-url "$second_url")
    pids+=(--server-pid "$second_pid")
    instances=2
  fi
  say "[$backend] $bench_sockets event sockets, $bench_messages messages over $instances instance(s)"
  if ! "$socket_bench" --database "$database" "${urls[@]}" "${pids[@]}" --sockets "$bench_sockets" \
      --messages "$bench_messages" >"$out" 2>&1; then
    cat "$out" >&2 || true
    socket_rows+=("| **WARNING** | $backend: the socket benchmark failed | | | | | | |")
    warnings=$((warnings + 1))
    return
  fi
  local -A r=()
  local pair
  for pair in $(grep '^BENCH_SOCKETS ' "$out" | tail -n 1 | cut -d' ' -f2-); do r[${pair%%=*}]=${pair#*=}; done
  socket_rows+=("$(printf '| %s | %s | %s | %s | %s | %.2f | %.2f | %.1f |' "$backend" "$instances" "${r[sockets]}" \
    "${r[delivered]}" "${r[msgs_per_s]}" "${r[p50_ms]}" "${r[p99_ms]}" "${r[rss_kib_per_socket]}")")
}

# run_file_bench BACKEND TOKEN: a 10 MiB file uploaded and downloaded BENCH_FILE_ROUNDS times
# through the server (sealed chunk by chunk into the database, and back), against `cp` of the
# same file on the same disk followed by `sync` (the server's commits are on disk too).
run_file_bench() {
  local backend=$1 token=$2 file=$work/bench-file.pdf rounds=${BENCH_FILE_ROUNDS:-5}
  { printf '%%PDF-1.7\n'; head -c $((10 * 1024 * 1024 - 9)) /dev/urandom; } >"$file"
  local upload_seconds=0 download_seconds=0 copy_seconds=0 id="" i out=$work/upload.json
  say "[$backend] a 10 MiB file, $rounds uploads and downloads"
  for i in $(seq "$rounds"); do
    local t
    t=$(curl -sS -o "$out" -w '%{time_total}' -X POST -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/pdf' -H "X-File-Name: bench-$i.pdf" --data-binary "@$file" "$base_url/api/v1/files")
    id=$("$python" -c 'import json, sys; print(json.load(open(sys.argv[1]))["_id"])' "$out") ||
      die "the upload failed: $(cat "$out")"
    upload_seconds=$("$python" -c "print($upload_seconds + $t)")
    t=$(curl -sS -o "$work/downloaded.pdf" -w '%{time_total}' -H "Authorization: Bearer $token" "$base_url/api/v1/files/$id")
    cmp -s "$file" "$work/downloaded.pdf" || die "the downloaded file differs from the uploaded one"
    download_seconds=$("$python" -c "print($download_seconds + $t)")
    local started
    started=$(date +%s.%N)
    cp "$file" "$work/copy-$i.pdf" && sync "$work/copy-$i.pdf"
    copy_seconds=$("$python" -c "print($copy_seconds + $(date +%s.%N) - $started)")
    rm -f "$work/copy-$i.pdf"
  done
  file_rows+=("$("$python" -c "
mib = 10 * $rounds
up, down, cp = mib / $upload_seconds, mib / $download_seconds, mib / $copy_seconds
print(f'| $backend | {up:.0f} | {down:.0f} | {cp:.0f} | {up / cp:.2f} | {down / cp:.2f} |')")")
}

# post_json PATH BODY EXPECTED_STATUS: prints the response body, fails on another status.
post_json() {
  local path=$1 body=$2 expected=$3 out=$work/response.json status
  status=$(curl -sS -o "$out" -w '%{http_code}' --max-time 30 -X POST \
    -H 'Content-Type: application/json' --data "$body" "$base_url$path") ||
    die "POST $path failed"
  [[ $status == "$expected" ]] || die "POST $path answered $status, expected $expected: $(cat "$out")"
  cat "$out"
}

json_token() { "$python" -c 'import json, sys; print(json.load(sys.stdin)["token"])'; }

# --- Scenarios -----------------------------------------------------------------------------------

rows=()
socket_rows=()
file_rows=()
warnings=0

# run_wrk BACKEND SCENARIO CONNECTIONS PATH [wrk arguments...]
run_wrk() {
  local backend=$1 scenario=$2 conns=$3 path=$4
  shift 4
  local threads=$((wrk_threads < conns ? wrk_threads : conns))
  local out=$work/wrk-$backend-${scenario//\//-}.txt
  say "[$backend] $scenario: wrk -t$threads -c$conns -d$duration $path"
  if ! BENCH_THREADS_USED=$threads wrk --latency --timeout 10s -t "$threads" -c "$conns" -d "$duration" "$@" \
      "$base_url$path" >"$out" 2>&1; then
    cat "$out" >&2 || true
    rows+=("| $backend | $scenario | $conns | - | - | - | wrk failed |")
    rows+=("| **WARNING** | $backend $scenario: wrk failed, no figures | | | | | |")
    warnings=$((warnings + 1))
    return
  fi
  local line
  line=$(grep '^BENCH_RESULT ' "$out" | tail -n 1) || true
  if [[ -z $line ]]; then
    cat "$out" >&2 || true
    rows+=("| $backend | $scenario | $conns | - | - | - | no result |")
    rows+=("| **WARNING** | $backend $scenario: wrk printed no BENCH_RESULT line | | | | | |")
    warnings=$((warnings + 1))
    return
  fi
  local -A r=()
  local pair
  for pair in ${line#BENCH_RESULT }; do r[${pair%%=*}]=${pair#*=}; done
  local errors=$((r[non2xx] + r[socket_errors]))
  say "[$backend] $scenario: ${r[rps]} req/s, p50 ${r[p50_ms]} ms, p99 ${r[p99_ms]} ms, $errors errors"
  rows+=("$(printf '| %s | %s | %s | %.0f | %.2f | %.2f | %s |' "$backend" "$scenario" "$conns" \
    "${r[rps]}" "${r[p50_ms]}" "${r[p99_ms]}" "$errors")")
  if ((errors > 0)); then
    rows+=("| **WARNING** | $backend $scenario: ${r[non2xx]} non-2xx (statuses ${r[statuses]}) and ${r[socket_errors]} socket errors out of ${r[requests]} requests: figures not meaningful | | | | | |")
    warnings=$((warnings + 1))
  fi
}

# seed_profile BACKEND DATA_DIR NAME DOCTORS APPOINTMENTS: a fresh database of that size; sets
# profile_url and seed_out.
seed_profile() {
  local backend=$1 data_dir=$2 name=$3 doctors=$4 appointments=$5
  seed_out=$work/seed-$backend-$name.txt
  case $backend in
    sqlite) profile_url="sqlite://$data_dir/$name.db" ;;
    postgresql)
      psql "$admin_url" -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE $name" >/dev/null
      profile_url="${admin_url%/*}/$name"
      ;;
  esac
  say "[$backend] seeding $doctors doctors and $appointments appointments"
  "$seeder" --database "$profile_url" --doctors "$doctors" --appointments "$appointments" \
    --bookings "$bench_bookings" --bookings-file "$work/bookings-$backend-$name.txt" >"$seed_out" 2>&1 ||
    { cat "$seed_out" >&2; die "seeding failed"; }
}

# The read scenarios: "name|path" lines. Terms a patient types: a surname, a city.
read_scenarios() {
  local doctor_id=$1 specialty=$2 day monday
  day=$(date -u -d 'next thursday' +%F)
  monday=$(date -u -d 'next monday' +%F)
  printf '%s\n' \
    "search by specialty|/api/v1/doctors?specialty=$specialty&limit=20" \
    "search by name|/api/v1/doctors?q=martin&limit=20" \
    "search by city|/api/v1/doctors?location=paris&limit=20" \
    "search by specialty and city|/api/v1/doctors?specialty=$specialty&location=paris&limit=20" \
    "search available on a day|/api/v1/doctors?availableOn=$day&limit=20" \
    "search, no filter|/api/v1/doctors?limit=20" \
    "one week of slots|/api/v1/doctors/$doctor_id/slots?from=$monday&to=$(date -u -d "$monday + 6 days" +%F)"
}

# nginx (Debian's, one worker) serving files from WWW on a free port; sets nginx_url.
start_nginx() {
  local www=$1 port
  port=$(free_port)
  nginx_url="http://127.0.0.1:$port"
  mkdir -p "$work/nginx"
  # The worker runs as this user: the files sit in the script's private temporary directory.
  cat >"$work/nginx/nginx.conf" <<CONF
user $(id -un);
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 1000000;
  default_type application/json;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  server { listen 127.0.0.1:$port; root $www; }
}
CONF
  "$nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
  nginx_pid=$!
  for _ in $(seq 100); do
    curl -fsS -o /dev/null "$nginx_url/0.json" 2>/dev/null && return
    sleep 0.1
  done
  die "nginx did not start"
}

stop_nginx() {
  if [[ -n $nginx_pid ]]; then
    kill -TERM "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
    nginx_pid=""
  fi
}

# wrk_result FILE KEY: one figure of a BENCH_RESULT line.
wrk_result() { grep '^BENCH_RESULT ' "$1" | tail -n 1 | tr ' ' '\n' | sed -n "s/^$2=//p"; }
# read_wrk OUT URL: one read scenario's wrk run at $connections connections into OUT.
read_wrk() {
  wrk --latency --timeout 10s -t "$wrk_threads" -c "$connections" -d "$duration" -s "$bench_dir/report.lua" "$2" \
    >"$1" 2>&1 || { cat "$1" >&2; die "wrk against $2 failed"; }
}

# wait_for_line PATTERN FILE SECONDS: until FILE has a line matching PATTERN, for at most SECONDS.
wait_for_line() {
  for _ in $(seq $(($3 * 10))); do
    grep -q "$1" "$2" 2>/dev/null && return
    sleep 0.1
  done
}

# goal CONDITION: "yes" when the Python expression holds, "**no**" otherwise.
goal() { "$python" -c "import sys; print('yes' if $1 else '**no**')"; }

# bare_commit_rate DIR: single-row INSERT commits per second on SQLite (WAL, synchronous=FULL)
# in DIR, one writer, for as long as a wrk scenario.
bare_commit_rate() {
  "$python" - "$1/commit-rate.db" "${duration%s}" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode=WAL"); db.execute("PRAGMA synchronous=FULL")
db.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)")
seconds = float(sys.argv[2]) if sys.argv[2].replace('.', '').isdigit() else 10.0
count, start = 0, time.monotonic()
while time.monotonic() - start < seconds:
    db.execute("BEGIN IMMEDIATE"); db.execute("INSERT INTO t (v) VALUES ('x')"); db.execute("COMMIT")
    count += 1
print(f"{count / (time.monotonic() - start):.0f}")
PY
}

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

# wait_until_idle PID: until the process has used under 5% of a core for a second (at most two
# minutes): after the booking scenario its outbox still sends thousands of notices.
wait_until_idle() {
  local ticks before after
  ticks=$(getconf CLK_TCK)
  for _ in $(seq 120); do
    before=$(awk '{ print $14 + $15 }' "/proc/$1/stat")
    sleep 1
    after=$(awk '{ print $14 + $15 }' "/proc/$1/stat")
    (((after - before) * 20 < ticks)) && return
  done
}

# run_reads_while_booking BACKEND NAME DOCTOR_ID SPECIALTY: each read scenario again while a
# client books $bench_trickle slots a second, as patients across the country would: every booking
# changes what a listing shows, so these reads are mostly made afresh rather than kept. Each
# scenario starts on a quiet server, so none pays for the work the one before left behind.
run_reads_while_booking() {
  local backend=$1 name=$2 scenario path booker_in booker_out booked=0 refused=0
  while IFS='|' read -r scenario path; do
    local out=$work/wrk-$backend-booking-${#trickle_rows[@]}.txt
    booker_out=$work/booker-$backend-${#trickle_rows[@]}.txt
    wait_until_idle "$server_pid"
    exec {booker_in}> >("$python" "$bench_dir/book_steadily.py" 127.0.0.1 "${base_url##*:}" \
      "$work/bookings-$backend-$name.txt" "$bench_trickle" \
      $((${#trickle_rows[@]} * bench_trickle * ${duration%s} * 2)) >"$booker_out" 2>&1)
    say "[$backend] $scenario while $bench_trickle bookings/s are made"
    read_wrk "$out" "$base_url$path"
    echo >&"$booker_in"
    exec {booker_in}>&-
    wait_for_line '^booked ' "$booker_out" 10
    booked=$((booked + $(sed -n 's/^booked \([0-9]*\) .*/\1/p' "$booker_out")))
    refused=$((refused + $(sed -n 's/.* refused \([0-9]*\)$/\1/p' "$booker_out")))
    local p50 p99 errors
    p50=$(wrk_result "$out" p50_ms)
    p99=$(wrk_result "$out" p99_ms)
    errors=$(($(wrk_result "$out" non2xx) + $(wrk_result "$out" socket_errors)))
    trickle_rows+=("$(printf '| %s | %s | %.0f | %.2f %s | %.2f %s | %.2f | %s |' "$backend" "$scenario" \
      "$(wrk_result "$out" rps)" "$p50" "$(goal "$p50 <= 2")" "$p99" "$(goal "$p99 <= 10")" \
      "${read_figures["$backend|$name|$scenario|p50"]}" "$errors")")
  done < <(read_scenarios "$3" "$4")
  trickle_notes+=("$backend: booked $booked, refused $refused")
}

# run_profile BACKEND DATA_DIR NAME DOCTORS APPOINTMENTS
run_profile() {
  local backend=$1 data_dir=$2 name=$3 doctors=$4 appointments=$5
  seed_profile "$backend" "$data_dir" "$name" "$doctors" "$appointments"
  local doctor_id doctor_token specialty
  doctor_id=$(sed -n 's/^doctor_id=//p' "$seed_out")
  doctor_token=$(sed -n 's/^doctor_token=//p' "$seed_out")
  specialty=$(sed -n 's/^specialty=//p' "$seed_out")
  while IFS= read -r line; do plans+=("$backend $doctors doctors: ${line#plan: }"); done < <(grep '^plan: ' "$seed_out")
  start_server "$backend" "$data_dir" --database "$profile_url"
  local www=$work/www-$backend-$name n=0 scenario path
  mkdir -p "$www"
  while IFS='|' read -r scenario path; do
    # The same bytes for nginx to serve.
    curl -fsS -o "$www/$n.json" "$base_url$path" || die "GET $path failed"
    local out=$work/wrk-$backend-$name-$n.txt
    say "[$backend] $doctors doctors, $scenario"
    read_wrk "$out" "$base_url$path"
    read_figures["$backend|$name|$scenario|rps"]=$(wrk_result "$out" rps)
    read_figures["$backend|$name|$scenario|p50"]=$(wrk_result "$out" p50_ms)
    read_figures["$backend|$name|$scenario|p99"]=$(wrk_result "$out" p99_ms)
    read_figures["$backend|$name|$scenario|errors"]=$(($(wrk_result "$out" non2xx) + $(wrk_result "$out" socket_errors)))
    read_figures["$backend|$name|$scenario|bytes"]=$(stat -c %s "$www/$n.json")
    read_figures["$backend|$name|$scenario|file"]=$www/$n.json
    n=$((n + 1))
  done < <(read_scenarios "$doctor_id" "$specialty")
  if [[ $name == large ]]; then
    # nginx serving each response's bytes from a file, measured now on the same machine.
    stop_server
    start_nginx "$www"
    n=0
    while IFS='|' read -r scenario path; do
      local out=$work/wrk-nginx-$backend-$n.txt
      say "[nginx] the bytes of $scenario"
      read_wrk "$out" "$nginx_url/$n.json"
      read_figures["$backend|nginx|$scenario|rps"]=$(wrk_result "$out" rps)
      n=$((n + 1))
    done < <(read_scenarios "$doctor_id" "$specialty")
    stop_nginx
    start_server "$backend" "$data_dir" --database "$profile_url"

    say "[$backend] booking, each request a new slot"
    BENCH_BOOKINGS_FILE=$work/bookings-$backend-$name.txt \
      run_wrk "$backend" "book (each a new slot), $doctors doctors" "$connections" /api/v1/appointments -s "$bench_dir/booking.lua"
    run_wrk "$backend" "list a doctor's appointments" "$connections" "/api/v1/appointments?limit=20" \
      -s "$bench_dir/report.lua" -H "Authorization: Bearer $doctor_token"

    # The first read scenario again, once the server is quiet: without, then with idle keep-alive
    # connections held, one right after the other so that only the idle connections differ.
    local before held_out=$work/held-$backend.txt path_idle without_out=$work/wrk-$backend-before-idle.txt
    path_idle=$(read_scenarios "$doctor_id" "$specialty" | sed -n 1p | cut -d'|' -f2)
    wait_until_idle "$server_pid"
    read_wrk "$without_out" "$base_url$path_idle"
    before=$(rss_kib "$server_pid")
    say "[$backend] holding $bench_idle idle keep-alive connections"
    exec {hold_in}> >("$python" "$bench_dir/hold_connections.py" 127.0.0.1 "${base_url##*:}" "$bench_idle" >"$held_out" 2>&1)
    wait_for_line '^held ' "$held_out" 60
    if grep -q '^held ' "$held_out"; then
      local after out=$work/wrk-$backend-idle.txt
      after=$(rss_kib "$server_pid")
      read_wrk "$out" "$base_url$path_idle"
      idle_rows+=("$(printf '| %s | %s | %.0f | %.2f | %.0f | %.2f | %.1f |' "$backend" \
        "$(sed -n 's/^held //p' "$held_out")" "$(wrk_result "$without_out" rps)" "$(wrk_result "$without_out" p99_ms)" \
        "$(wrk_result "$out" rps)" "$(wrk_result "$out" p99_ms)" \
        "$("$python" -c "print(($after - $before) / $bench_idle)")")")
    else
      cat "$held_out" >&2
      idle_rows+=("| **WARNING** | $backend: could not hold $bench_idle connections | | | | | |")
      warnings=$((warnings + 1))
    fi
    echo >&"$hold_in"
    exec {hold_in}>&-
    run_reads_while_booking "$backend" "$name" "$doctor_id" "$specialty"
    run_socket_bench "$backend" "$profile_url"
  fi
  stop_server
}

run_backend() {
  local backend=$1 data_dir=$work/data-$backend
  mkdir -p "$data_dir"
  if [[ $backend == sqlite ]]; then
    say "[sqlite] bare single-row commits on this disk"
    commit_rate=$(bare_commit_rate "$data_dir")
  fi
  case $backend in
    sqlite)
      start_server sqlite "$data_dir"
      ;;
    postgresql)
      pg_dir=$(mktemp -d /tmp/medimeet-bench-pg.XXXXXX)
      say "[postgresql] starting a throw-away PostgreSQL 15"
      bash "$postgres_sh" start "$pg_dir"
      admin_url=$(cat "$pg_dir/url")
      psql "$admin_url" -v ON_ERROR_STOP=1 -q -c 'CREATE DATABASE bench' >/dev/null
      start_server postgresql "$data_dir" --database "${admin_url%/*}/bench"
      ;;
  esac

  local registration token
  registration=$(printf '{"name":"%s","email":"%s","password":"%s","role":"patient","phone":"+33612345678"}' \
    "$bench_name" "$bench_email" "$bench_password")
  token=$(post_json /api/v1/auth/register "$registration" 201 | json_token)
  # The login scenario replays these credentials: check them once, so a typo cannot turn the
  # run into a storm of 401s (and then 429s).
  post_json /api/v1/auth/login \
    "$(printf '{"email":"%s","password":"%s"}' "$bench_email" "$bench_password")" 200 >/dev/null

  run_wrk "$backend" healthz "$connections" /healthz -s "$bench_dir/report.lua"
  run_wrk "$backend" users/me "$connections" /api/v1/users/me -s "$bench_dir/report.lua" \
    -H "Authorization: Bearer $token"
  BENCH_LOGIN_EMAIL=$bench_email BENCH_LOGIN_PASSWORD=$bench_password \
    run_wrk "$backend" login "$login_connections" /api/v1/auth/login -s "$bench_dir/login.lua"
  run_file_bench "$backend" "$token"
  stop_server

  if [[ $profiles == 1 ]]; then
    # Doctor search and slots at two sizes, against nginx serving the same bytes; then booking
    # against SQLite's bare commit rate, and idle connections.
    run_profile "$backend" "$data_dir" small "$bench_small_doctors" $((bench_appointments * bench_small_doctors / bench_doctors))
    run_profile "$backend" "$data_dir" large "$bench_doctors" "$bench_appointments"
  fi
  stop_postgres
}

started=$(date -u '+%Y-%m-%d %H:%M UTC')
for backend in "${backends[@]}"; do
  run_backend "$backend"
done

# --- Report --------------------------------------------------------------------------------------

cpu_model=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
revision=$(git -C "$root" describe --always --dirty 2>/dev/null || echo unknown)

echo
echo "| backend | scenario | connections | req/s | p50 ms | p99 ms | errors |"
echo "|---|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"

if ((${#read_figures[@]} > 0)); then
  echo
  echo "Reads at ${bench_doctors} doctors (${bench_appointments} appointments), $connections connections; goals in brackets:"
  echo
  echo "| backend | scenario | bytes | req/s | p50 ms [≤ 2] | p99 ms [≤ 10] | p50 at $bench_small_doctors doctors | × [≤ 2] | nginx req/s, same bytes | × [≥ 0.5] | errors |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for backend in "${backends[@]}"; do
    while IFS='|' read -r scenario _; do
      key="$backend|large|$scenario"
      [[ -n ${read_figures["$key|rps"]:-} ]] || continue
      rps=${read_figures["$key|rps"]} p50=${read_figures["$key|p50"]} p99=${read_figures["$key|p99"]}
      small=${read_figures["$backend|small|$scenario|p50"]}
      nginx_rps=${read_figures["$backend|nginx|$scenario|rps"]}
      growth=$("$python" -c "print(f'{$p50 / max($small, 0.001):.2f}')")
      versus=$("$python" -c "print(f'{$rps / max($nginx_rps, 1):.2f}')")
      printf '| %s | %s | %s | %.0f | %.2f %s | %.2f %s | %.2f | %s %s | %.0f | %s %s | %s |\n' "$backend" "$scenario" \
        "${read_figures["$key|bytes"]}" "$rps" "$p50" "$(goal "$p50 <= 2")" "$p99" "$(goal "$p99 <= 10")" "$small" \
        "$growth" "$(goal "$growth <= 2")" "$nginx_rps" "$versus" "$(goal "$versus >= 0.5")" "${read_figures["$key|errors"]}"
    done < <(read_scenarios - -)
  done
  if [[ -n ${read_figures["postgresql|large|search by specialty|p50"]:-} && -n ${read_figures["sqlite|large|search by specialty|p50"]:-} ]]; then
    echo
    echo "| scenario | SQLite p50 ms | PostgreSQL p50 ms | PostgreSQL / SQLite [≤ 1.5] |"
    echo "|---|---:|---:|---:|"
    while IFS='|' read -r scenario _; do
      lite=${read_figures["sqlite|large|$scenario|p50"]} pg=${read_figures["postgresql|large|$scenario|p50"]}
      ratio=$("$python" -c "print(f'{$pg / max($lite, 0.001):.2f}')")
      printf '| %s | %.2f | %.2f | %s %s |\n' "$scenario" "$lite" "$pg" "$ratio" "$(goal "$ratio <= 1.5")"
    done < <(read_scenarios - -)
  fi
fi
if [[ -n ${commit_rate:-} ]]; then
  echo
  echo "SQLite's bare single-row commit rate on this disk (WAL, synchronous=FULL, one writer): $commit_rate commits/s;" \
    "booking goals: p99 ≤ 50 ms at $connections connections on SQLite and at least that many bookings/s."
fi
if ((${#trickle_rows[@]} > 0)); then
  echo
  echo "Reads while $bench_trickle bookings/s are made (each changes what listings show; ${trickle_notes[*]}):"
  echo
  echo "| backend | scenario | req/s | p50 ms [≤ 2] | p99 ms [≤ 10] | p50 ms without bookings | errors |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${trickle_rows[@]}"
fi
if ((${#idle_rows[@]} > 0)); then
  echo
  echo "| backend | idle keep-alive connections held | search by specialty req/s just before, without | p99 ms | req/s with them held | p99 ms | server KiB per idle connection |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${idle_rows[@]}"
fi
echo
echo
echo "| backend | upload MiB/s | download MiB/s | cp + sync MiB/s | upload / cp | download / cp |"
echo "|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${file_rows[@]}"
if ((${#socket_rows[@]} > 0)); then
  echo
  echo "| backend | instances | sockets held | messages | msg/s | send-to-delivery p50 ms | p99 ms | server KiB per socket |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${socket_rows[@]}"
fi
if ((${#plans[@]} > 0)); then
  echo
  echo "Query plans (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL):"
  printf '    %s\n' "${plans[@]}"
fi
echo
echo "Machine: ${cpu_model:-unknown CPU}, nproc $cores; run $started; medimeet $revision."
echo "wrk $duration per scenario, keep-alive, -t min($wrk_threads, connections), on the same machine as" \
  "the server (medimeet --threads $server_threads). login uses $login_connections connections" \
  "(BENCH_LOGIN_CONNECTIONS, default nproc): Argon2id hashing is bounded by cores, more connections" \
  "only queue. errors = non-2xx responses + socket errors. PostgreSQL runs with fsync=off" \
  "(tests/support/postgres.sh)."

if ((warnings > 0)); then
  say "$warnings scenario(s) had errors: their figures are not meaningful"
  exit 1
fi

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
bench_doctors=${BENCH_DOCTORS:-10000}
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

run_backend() {
  local backend=$1 data_dir=$work/data-$backend
  mkdir -p "$data_dir"
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
    # Doctor search and slots on a database the size of a real deployment, seeded directly.
    local profiles_url seed_out=$work/seed-$backend.txt
    case $backend in
      sqlite) profiles_url="sqlite://$data_dir/profiles.db" ;;
      postgresql)
        psql "$admin_url" -v ON_ERROR_STOP=1 -q -c 'CREATE DATABASE profiles' >/dev/null
        profiles_url="${admin_url%/*}/profiles"
        ;;
    esac
    say "[$backend] seeding $bench_doctors doctors and $bench_appointments appointments"
    "$seeder" --database "$profiles_url" --doctors "$bench_doctors" \
      --appointments "$bench_appointments" --bookings "$bench_bookings" \
      --bookings-file "$work/bookings-$backend.txt" >"$seed_out" 2>&1 || { cat "$seed_out" >&2; die "seeding failed"; }
    local doctor_id doctor_token specialty monday
    doctor_id=$(sed -n 's/^doctor_id=//p' "$seed_out")
    doctor_token=$(sed -n 's/^doctor_token=//p' "$seed_out")
    specialty=$(sed -n 's/^specialty=//p' "$seed_out")
    monday=$(date -u -d 'next monday' +%F)
    while IFS= read -r line; do plans+=("$backend ${line#plan: }"); done < <(grep '^plan: ' "$seed_out")
    start_server "$backend" "$data_dir" --database "$profiles_url"
    run_wrk "$backend" "search by specialty" "$connections" \
      "/api/v1/doctors?specialty=$specialty&limit=20" -s "$bench_dir/report.lua"
    run_wrk "$backend" "one week of slots" "$connections" \
      "/api/v1/doctors/$doctor_id/slots?from=$monday&to=$(date -u -d "$monday + 6 days" +%F)" \
      -s "$bench_dir/report.lua"
    BENCH_BOOKINGS_FILE=$work/bookings-$backend.txt \
      run_wrk "$backend" "book (each a new slot)" "$connections" /api/v1/appointments -s "$bench_dir/booking.lua"
    run_wrk "$backend" "list a doctor's appointments" "$connections" "/api/v1/appointments?limit=20" \
      -s "$bench_dir/report.lua" -H "Authorization: Bearer $doctor_token"
    run_socket_bench "$backend" "$profiles_url"
    stop_server
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

#!/usr/bin/env bash
# Runs every libFuzzer target of the `fuzz` preset for FUZZ_SECONDS each (default 60), two at a
# time, growing a working corpus under build-fuzz/ from the seeds in tests/fuzz/corpus, and
# prints one table: executions, executions per second, coverage, corpus size and crashes.
# FUZZ_TARGETS="http_connection time" runs only those.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-2}
targets=${FUZZ_TARGETS:-"http_connection json_input router query_parameters time"}
work=build-fuzz/work
mkdir -p "$work"

run_one() {
  local target=$1 dir="$work/$1"
  mkdir -p "$dir/corpus" "$dir/artifacts"
  local dict=()
  [[ -f tests/fuzz/$target.dict ]] && dict=(-dict="tests/fuzz/$target.dict")
  # New inputs go to the working corpus (the first folder); the seeds are read, not written.
  build-fuzz/tests/fuzz/fuzz_$target "$dir/corpus" "tests/fuzz/corpus/$target" "${dict[@]}" \
    -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$dir/artifacts/" \
    -rss_limit_mb=4096 -timeout=10 >"$dir/log" 2>&1 || true
}

running=0
for target in $targets; do
  run_one "$target" &
  running=$((running + 1))
  if ((running >= jobs)); then wait -n; running=$((running - 1)); fi
done
wait

printf '| target | seconds | executions | exec/s | coverage (edges) | features | corpus | crashes |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|\n'
status=0
for target in $targets; do
  dir="$work/$target"
  log="$dir/log"
  execs=$(awk '/stat::number_of_executed_units/ {print $2}' "$log" | tail -1)
  rate=$(awk '/stat::average_exec_per_sec/ {print $2}' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' <<<"$last" | awk '{print $2}')
  ft=$(grep -o 'ft: [0-9]*' <<<"$last" | awk '{print $2}')
  corpus=$(find "$dir/corpus" -type f | wc -l)
  crashes=$(find "$dir/artifacts" -type f | wc -l)
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$target" "$seconds" "${execs:-?}" \
    "${rate:-?}" "${cov:-?}" "${ft:-?}" "$corpus" "$crashes"
  if ((crashes > 0)); then
    status=1
    echo "  $target: $(find "$dir/artifacts" -type f | head -3 | tr '\n' ' ') (log: $log)" >&2
  fi
done
exit $status

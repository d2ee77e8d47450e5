-- wrk hooks shared by every scenario of bench/run.sh.
--
-- Counts the responses whose status is not 2xx, per thread (wrk's own errors.status only counts
-- statuses above 399), and prints one machine-readable line when the run is done:
--
--   BENCH_RESULT requests=N duration_s=S rps=R p50_ms=A p99_ms=B non2xx=N socket_errors=N statuses=CODE:N,...
--
-- statuses lists the non-2xx statuses seen ("-" when there were none); socket_errors sums wrk's
-- connect, read, write and timeout errors. Latencies come from wrk's per-request histogram.

local threads = {}

non2xx = 0
statuses = {}

function setup(thread)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total, by_status = 0, {}
  for _, thread in ipairs(threads) do
    total = total + (thread:get("non2xx") or 0)
    for status, count in pairs(thread:get("statuses") or {}) do
      by_status[status] = (by_status[status] or 0) + count
    end
  end
  local codes = {}
  for status, count in pairs(by_status) do
    codes[#codes + 1] = string.format("%d:%d", status, count)
  end
  table.sort(codes)

  local errors = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH_RESULT requests=%d duration_s=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f non2xx=%d socket_errors=%d statuses=%s\n",
    summary.requests, seconds, seconds > 0 and summary.requests / seconds or 0,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, total,
    errors.connect + errors.read + errors.write + errors.timeout,
    #codes > 0 and table.concat(codes, ",") or "-"))
end

-- POST /api/v1/appointments, each request a different free slot: the lines of
-- BENCH_BOOKINGS_FILE ("<token> <doctorId> <instant>"), dealt out between wrk's threads
-- (thread t takes lines t, t + T, t + 2T, ... of the T = BENCH_THREADS_USED threads).
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

local report_setup = setup
local started = 0

function setup(thread)
  thread:set("offset", started)
  started = started + 1
  report_setup(thread)
end

local bookings = {}
local next_index, stride

function init(args)
  for line in io.lines(os.getenv("BENCH_BOOKINGS_FILE")) do
    local token, doctor, date = line:match("^(%S+) (%S+) (%S+)$")
    table.insert(bookings, { token = token, doctor = doctor, date = date })
  end
  stride = tonumber(os.getenv("BENCH_THREADS_USED") or "1")
  next_index = offset + 1
end

function request()
  -- Past the end of the file every request repeats the first booking: the 409s then show in
  -- the errors column rather than passing unnoticed.
  local booking = bookings[next_index] or bookings[1]
  next_index = next_index + stride
  return wrk.format("POST", "/api/v1/appointments", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. booking.token,
  }, '{"doctorId":"' .. booking.doctor .. '","appointmentDate":"' .. booking.date .. '"}')
end

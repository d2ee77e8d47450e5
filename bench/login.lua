-- wrk script for the login scenario of bench/run.sh: POST /api/v1/auth/login, over keep-alive,
-- with the bench user's correct credentials (so no failed-login throttling kicks in). The
-- credentials come from BENCH_LOGIN_EMAIL and BENCH_LOGIN_PASSWORD; the reporting hooks are
-- those of report.lua, next to this file.

local function json_string(text)
  return '"' .. text:gsub('[%c"\\]', function(c)
    return string.format("\\u%04x", c:byte())
  end) .. '"'
end

local email = os.getenv("BENCH_LOGIN_EMAIL")
local password = os.getenv("BENCH_LOGIN_PASSWORD")
if not email or not password then
  error("login.lua needs BENCH_LOGIN_EMAIL and BENCH_LOGIN_PASSWORD in the environment")
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email":' .. json_string(email) .. ',"password":' .. json_string(password) .. '}'

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

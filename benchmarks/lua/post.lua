-- POSTs a form body read from BENCH_BODY, replacing {n} with twelve hex digits unique to
-- this wrk run (BENCH_RUN), thread and request, so every request carries a new idempotency
-- key. The command line's headers (session and CSRF cookies, X-CSRFToken) are kept.
local template = io.open(os.getenv("BENCH_BODY")):read("*a")
local run = tonumber(os.getenv("BENCH_RUN") or "0")
local threads = 0
local counter = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

request = function()
  counter = counter + 1
  local unique = string.format("%04x%08x", (run * 16 + (thread_number or 0)) % 65536, counter)
  local body = template:gsub("{n}", unique)
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  return wrk.format("POST", nil, headers, body)
end

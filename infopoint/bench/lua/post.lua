-- POSTs a form body read from BENCH_BODY, replacing {n} with a per-request number so
-- idempotency keys differ; the CSRF token travels as cookie and header.
local template = io.open(os.getenv("BENCH_BODY")):read("*a")
local counter = 0
local thread_id = math.random(1, 1000000)
request = function()
  counter = counter + 1
  local body = template:gsub("{n}", thread_id .. "-" .. counter)
  return wrk.format("POST", nil, {["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end

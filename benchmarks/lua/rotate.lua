-- Rotates over the paths listed in the file named by BENCH_PATHS (one per line), so a
-- page such as search is measured over many realistic queries, rare to common. Each request
-- comes from another visitor (X-Forwarded-For through the trusted local proxy, 65,536
-- addresses): the per-visitor rate limits are counted, as in production, but not hit.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local counter = 0
request = function()
  counter = counter + 1
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["X-Forwarded-For"] = string.format("10.77.%d.%d", math.floor(counter / 256) % 256, counter % 256)
  return wrk.format("GET", paths[(counter % #paths) + 1], headers)
end

-- Rotates over many officers, each on their own screen: every line of the file named by
-- BENCH_PATHS is a path, a tab and that officer's session cookie. The staff screens under
-- writes are thus asked by the region's officers in turn, not by one officer again and
-- again, so a screen kept per officer is reused about as often as it would be.
local visits = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  local path, cookie = line:match("^([^\t]+)\t(.+)$")
  if path then visits[#visits + 1] = {path, cookie} end
end
local counter = 0
request = function()
  counter = counter + 1
  local visit = visits[(counter % #visits) + 1]
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Cookie"] = visit[2]
  return wrk.format("GET", visit[1], headers)
end

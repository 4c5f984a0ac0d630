-- Rotates over the paths listed in the file named by BENCH_PATHS (one per line), so a
-- page such as search is measured over many realistic queries, rare to common.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

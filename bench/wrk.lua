-- Drives one bench case. BENCH_CASE picks how each request is made; done() prints one JSON line.
local case = os.getenv("BENCH_CASE") or "get"
local body = os.getenv("BENCH_BODY") or ""
local counter = 0
-- LuaJIT starts every run with the same random sequence: without a seed of its own, each run would
-- send the "new" operations of the last one again, and the caches that kept them would answer.
math.randomseed(tonumber(os.getenv("BENCH_SEED") or "0"))

wrk.headers["Accept"] = "application/json"
if case == "post" then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

if case == "uncached" then
  -- A different operation every time: the alias changes, so no cache layer can answer it.
  request = function()
    counter = counter + 1
    local query = "%7Bq" .. counter .. "_" .. math.random(1, 1000000000) .. "%3Aendpoints%7Bport%20protocol%20security%20advice%7D%7D"
    return wrk.format("GET", wrk.path .. "?query=" .. query)
  end
end

if case == "distinct-post" then
  -- BENCH_BODY with its operation name made new for every request, so no cache layer can answer it.
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  request = function()
    counter = counter + 1
    local distinct = (body:gsub("IntrospectionQuery", "Q" .. counter .. "_" .. math.random(1, 1000000000)))
    return wrk.format("POST", wrk.path, nil, distinct)
  end
end

done = function(summary, latency, requests)
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"non2xx":%d,"socketErrors":%d,"p50Us":%d,"p99Us":%d}\n',
    summary.requests, summary.duration, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(99)))
end

-- wrk script for bench/load.sh: one request shape per run, from the environment.
--   LOAD_METHOD        GET or POST (default GET)
--   LOAD_BODY_FILE     file sent as the body (POST), read once
--   LOAD_CONTENT_TYPE  Content-Type of the body
-- done() prints one machine-readable line, "RESULT key=value …", that load.sh turns into the report.

local method = os.getenv("LOAD_METHOD") or "GET"
local body_file = os.getenv("LOAD_BODY_FILE")
local content_type = os.getenv("LOAD_CONTENT_TYPE")

wrk.method = method
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  wrk.body = f:read("*a")
  f:close()
end
if content_type and content_type ~= "" then
  wrk.headers["Content-Type"] = content_type
end

-- wrk counts only status >= 400 as errors; count every non-2xx answer ourselves, per thread
local non2xx = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do
    bad = bad + (t:get("non2xx") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d timeouts=%d bytes=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, bad, e.connect + e.read + e.write + e.timeout, e.timeout, summary.bytes))
end

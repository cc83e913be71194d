-- wrk script for bench/soak.sh: a realistic mix, request after request in a fixed cycle.
--   MIX_CV_FILE   the one-page CV sent as text/plain to POST /match
-- Of every 20 requests: 8 CV matches, 2 POST /passerelles, 2 passerelles of a métier, 4 skill
-- searches, 1 métier sheet, and 3 bad requests (unknown métier 404, malformed id 400, wrong content
-- type 415). done() prints "RESULT key=value …": per status, 5xx and socket errors.

local f = assert(io.open(os.getenv("MIX_CV_FILE"), "rb"))
local cv = f:read("*a")
f:close()
local statement = '{"text": "Chargée d\'assistance, je réceptionne les appels des bénéficiaires et j\'organise les rapatriements sanitaires."}'

local i = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

-- built in init(): wrk.format adds the Host header, known only once the thread is set up
local mix = {}
local function add(n, method, path, headers, body)
  for _ = 1, n do
    table.insert(mix, wrk.format(method, path, headers, body))
  end
end

function init(args)
  local plain = { ["Content-Type"] = "text/plain; charset=utf-8" }
  local json = { ["Content-Type"] = "application/json" }
  add(8, "POST", "/api/v1/match", plain, cv)
  add(2, "POST", "/api/v1/passerelles", json, statement)
  add(2, "GET", "/api/v1/metiers/0102/passerelles")
  add(2, "GET", "/api/v1/competences?q=gestion%20des%20r%C3%A9clamations")
  add(2, "GET", "/api/v1/competences?q=accueil%20t%C3%A9l%C3%A9phonique&type=rome&limit=10")
  add(1, "GET", "/api/v1/metiers/0102")
  add(1, "GET", "/api/v1/metiers/9999/passerelles")   -- 404
  add(1, "GET", "/api/v1/metiers/abc/passerelles")    -- 400
  add(1, "POST", "/api/v1/match", { ["Content-Type"] = ";" }, cv) -- 415
  i = math.random(#mix) - 1
end

function request()
  i = i % #mix + 1
  return mix[i]
end

function response(status, headers, body)
  local key = "s" .. status   -- a global, so done() reads it from each thread with t:get
  _G[key] = (_G[key] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for _, s in ipairs({ 200, 400, 404, 413, 415, 422, 500, 502, 503, 504 }) do
      total[s] = (total[s] or 0) + (t:get("s" .. s) or 0)
    end
  end
  local e = summary.errors
  local fivexx = total[500] + total[502] + total[503] + total[504]
  local other = summary.requests - total[200] - total[400] - total[404] - total[413] - total[415] - total[422] - fivexx
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f s200=%d s400=%d s404=%d s415=%d s422=%d s5xx=%d s503=%d other=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    total[200], total[400], total[404], total[415], total[422], fivexx, total[503], other,
    e.connect + e.read + e.write + e.timeout))
end

#!/usr/bin/env bash
# Bounded HTTP load test on loopback (docs/performance.md, "HTTP load").
#
# Starts the server from the jar (bin/passerelles serve, any free port, the ROME release unless
# --rome none), waits for /ready, then for each target runs wrk: a warm-up (the JIT compiles the
# large Lucene and OpenNLP methods for about a minute), then the measured run. Prints throughput,
# p50/p90/p99/max latency and errors per target, how the server's CPU time splits (request
# threads, GC, JIT) and its RSS; stops the server.
#
# The machine may be shared, so each run also reports CPU time from /proc: the server's CPU
# milliseconds per request (what a request costs, whoever else runs), and the cores that other
# processes (not the server, not wrk) kept busy meanwhile; the ceiling is CPUs × 1000 / cost.
#
#   bench/load.sh [--duration 20] [--warmup 60] [--connections 16] [--threads 1]
#                 [--rome DIR|none] [--index DIR] [--only NAME]
#
# Needs wrk (apt-get install -y wrk). A new route is one more line in TARGETS.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

# name | method | path | content type | body file (relative to the project)
TARGETS=(
  "match-cv|POST|/api/v1/match|text/plain; charset=utf-8|src/test/resources/load/cv.txt"
  "metier-0102|GET|/api/v1/metiers/0102||"
  "passerelles-0102|GET|/api/v1/metiers/0102/passerelles||"
)

duration=20 warmup=60 connections=16 threads=1 rome="" index="" only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --rome) rome="$2"; shift 2 ;;
    --index) index="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk" >&2; exit 1; }

# the jar and its runtime dependencies as of now (bin/passerelles only checks the jar's age, and a
# `mvn verify` leaves a fresh jar next to a target/lib that may miss a new dependency)
cd "$root"
echo "build   bin/mvn package dependency:copy-dependencies" >&2
bin/mvn -q -B -DskipTests package dependency:copy-dependencies -DoutputDirectory=target/lib -DincludeScope=runtime >&2

log="$(mktemp -t passerelles-load.XXXXXX.log)"
args=(serve --port 0)
[ -n "$rome" ] && args+=(--rome "$rome")
[ -n "$index" ] && args+=(--index "$index")
cd "$root"
bin/passerelles "${args[@]}" >"$log" 2>&1 &
server=$!   # bin/passerelles execs java: this is the server's pid
stop() {
  if kill -0 "$server" 2>/dev/null; then
    kill "$server" && wait "$server" 2>/dev/null || true
  fi
}
trap stop EXIT

base=""
for _ in $(seq 1 600); do   # the first run builds the jar and the index
  kill -0 "$server" 2>/dev/null || { echo "server exited:" >&2; cat "$log" >&2; exit 1; }
  base=$(grep -o 'listening on http://[^ ]*/api/v1' "$log" | head -1 | sed 's/listening on //') || true
  if [ -n "$base" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/ready")" = 200 ]; then
    break
  fi
  sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/ready")" = 200 ] || { echo "not ready after 600 s" >&2; exit 1; }
origin="${base%/api/v1}"
ready=$(curl -s "$base/ready")

echo "server  pid $server, $origin, java options: $(tr '\0' ' ' <"/proc/$server/cmdline" | grep -o -- '-X[^ ]*' | tr '\n' ' ')"
echo "ready   $(echo "$ready" | grep -o '"index":{[^}]*}' ) $(echo "$ready" | grep -o '"release":"[^"]*"' || echo 'no ROME')"
echo "load    wrk -t$threads -c$connections, warm-up ${warmup}s, measured ${duration}s per target, $(nproc) CPUs"
# CPU clock ticks: busy ticks of the whole machine, and the server's own (user + system)
hz=$(getconf CLK_TCK)
machine_busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
server_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
# "tid ticks group" per server thread: the request threads (Jetty's pool), GC, JIT compilers, other
thread_ticks() {
  for f in /proc/"$server"/task/*/stat; do
    # tid (comm) state, 10 fields, utime, stime → "tid utime stime comm"
    sed -E 's/^([0-9]+) \((.*)\) [A-Z] ([^ ]+ ){10}([0-9]+) ([0-9]+) .*$/\1 \4 \5 \2/' "$f" 2>/dev/null
  done | awk '{ name = $4; for (i = 5; i <= NF; i++) name = name " " $i
    g = "other"; if (name ~ /Jetty|qtp/) g = "requests"; else if (name ~ /GC|G1/) g = "gc"; else if (name ~ /Compiler/) g = "jit"
    print $1, $2 + $3, g }'
}
# CPU share of each group between two thread_ticks snapshots
split_cpu() {
  awk 'NR == FNR { before[$1] = $2; next } { d = $2 - before[$1]; t[$3] += d; all += d }
    END { if (all > 0) printf "requests %.0f%%, gc %.0f%%, jit %.0f%%, other %.0f%%", 100 * t["requests"] / all,
      100 * t["gc"] / all, 100 * t["jit"] / all, 100 * t["other"] / all }' "$1" "$2"
}

splits=()
echo "host    load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"
printf '%-12s %9s %8s %8s %8s %8s %9s %7s %7s %12s %11s\n' target 'req/s' 'p50 ms' 'p90 ms' 'p99 ms' 'max ms' \
  requests non2xx socket 'cpu ms/req' 'other cores'
for target in "${TARGETS[@]}"; do
  IFS='|' read -r name method path ctype body <<<"$target"
  [ -n "$only" ] && [ "$only" != "$name" ] && continue
  export LOAD_METHOD="$method" LOAD_CONTENT_TYPE="$ctype" LOAD_BODY_FILE="${body:+$root/$body}"
  if [ "$warmup" -gt 0 ]; then
    wrk -t"$threads" -c"$connections" -d"${warmup}s" -s "$here/request.lua" "$origin$path" >/dev/null
  fi
  busy0=$(machine_busy); srv0=$(server_ticks); thread_ticks >"$log.t0"
  out="$(mktemp)"
  TIMEFORMAT='%U %S'
  { time wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s -s "$here/request.lua" "$origin$path" >"$out"; } 2>"$out.time"
  busy1=$(machine_busy); srv1=$(server_ticks); thread_ticks >"$log.t1"
  line=$(grep '^RESULT' "$out"); wrk_cpu=$(awk '{print $1 + $2}' "$out.time"); rm -f "$out" "$out.time"
  get() { echo "$line" | grep -o "$1=[^ ]*" | cut -d= -f2; }
  cost=$(awk -v t=$((srv1 - srv0)) -v hz="$hz" -v n="$(get requests)" 'BEGIN {printf "%.2f", n ? t * 1000 / hz / n : 0}')
  others=$(awk -v b=$((busy1 - busy0)) -v s=$((srv1 - srv0)) -v hz="$hz" -v w="$wrk_cpu" -v d="$(get seconds)" \
    'BEGIN {o = ((b - s) / hz - w) / d; printf "%.2f", o < 0 ? 0 : o}')
  printf '%-12s %9s %8s %8s %8s %8s %9s %7s %7s %12s %11s\n' "$name" "$(get rps)" "$(get p50_ms)" "$(get p90_ms)" \
    "$(get p99_ms)" "$(get max_ms)" "$(get requests)" "$(get non2xx)" "$(get socket_errors)" "$cost" "$others"
  splits+=("$(printf '%-12s server CPU: %s' "$name" "$(split_cpu "$log.t0" "$log.t1")")")
done
printf '%s\n' "${splits[@]}"
rm -f "$log.t0" "$log.t1"
echo "rss     $(grep -E '^VmRSS' /proc/$server/status | awk '{printf "%.0f MiB", $2/1024}') now, $(grep -E '^VmHWM' /proc/$server/status | awk '{printf "%.0f MiB", $2/1024}') peak (VmHWM)"

#!/usr/bin/env bash
# Replicas behind a load balancer, on loopback (docs/performance.md, "Replicas"; docs/deploy.md).
#
# Starts N servers (bin/passerelles serve, different ports, -Xms2g -Xmx2g each) behind HAProxy
# (health check GET /api/v1/ready every second, retries with redispatch to another replica), warms
# them up, then drives a bounded wrk load of CV matches (POST /api/v1/match) through three events:
#   (a) graceful stop: SIGTERM to replica 1, as a rolling update or a scale-down does;
#   (b) crash: SIGKILL to replica 2 while requests are in flight;
#   (c) index swap: replica 3 is replaced by a process on a new index generation (built
#       beforehand in its own folder, as a new release would be): SIGTERM, start, ready.
# For each event: a window before, a window during (the event fires 5 s in), a window after.
# Each window reports requests, failed requests (non-2xx answers; socket errors: connection, read,
# write, or no answer within 30 s, HAProxy's server timeout), p50/p99/max latency,
# HAProxy's retries and redispatches; a stopped replica is restarted between events.
#
#   bench/replicas.sh [--replicas 3] [--window 20] [--warmup 30] [--connections 4]
#
# Bounded: about 4 + 9 × window/60 minutes with the defaults; every process started here is
# stopped on exit. Needs haproxy and wrk (apt-get install -y haproxy wrk) and python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
replicas=3 window=20 warmup=30 connections=4
while [ $# -gt 0 ]; do
  case "$1" in
    --replicas) replicas="$2"; shift 2 ;;
    --window) window="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ "$replicas" -ge 3 ] || { echo "--replicas must be 3 or more (one per event)" >&2; exit 2; }
for tool in haproxy wrk python3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is required: apt-get install -y haproxy wrk" >&2; exit 1; }
done

cd "$root"
echo "build   bin/mvn package dependency:copy-dependencies" >&2
bin/mvn -q -B -DskipTests package dependency:copy-dependencies -DoutputDirectory=target/lib -DincludeScope=runtime >&2
work="$(mktemp -d -t passerelles-replicas.XXXXXX)"
export PASSERELLES_DATA_DIR="$work/data"   # no installed release: the embedded ROME archive
unset PASSERELLES_ROME_DIR PASSERELLES_INDEX_DIR PASSERELLES_PORT

declare -a pids ports indexes
base_port=$((20000 + RANDOM % 20000))
lb_port=$base_port
for i in $(seq 1 "$replicas"); do ports[$i]=$((base_port + i)); indexes[$i]="$work/index"; done
indexes[3]="$work/index-r3"

cleanup() {
  for i in "${!pids[@]}"; do kill -9 "${pids[$i]}" 2>/dev/null || true; done
  [ -f "$work/haproxy.pid" ] && kill "$(cat "$work/haproxy.pid")" 2>/dev/null || true
  rm -rf "$work/index" "$work/index-r3" "$work/index-r3-next"
}
trap cleanup EXIT

echo "index   one generation for replicas 1-2, a copy for replica 3, a new one for the swap" >&2
bin/passerelles index --index "$work/index" >/dev/null 2>"$work/index.log"
cp -r "$work/index" "$work/index-r3"

start_replica() { # i
  local i=$1
  bin/passerelles serve --port "${ports[$i]}" --index "${indexes[$i]}" >>"$work/r$i.log" 2>&1 &
  pids[$i]=$!   # bin/passerelles execs java: the server's pid
}
await_ready() { # i (opening the engine takes 15 s of CPU: minutes when the machine is busy)
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${ports[$1]}/api/v1/ready")" = 200 ] && return 0
    sleep 0.5
  done
  echo "replica $1 not ready after 300 s" >&2; tail -20 "$work/r$1.log" >&2; exit 1
}
for i in $(seq 1 "$replicas"); do start_replica "$i"; done
for i in $(seq 1 "$replicas"); do await_ready "$i"; done

{
  cat <<CFG
global
  maxconn 512
  stats socket $work/haproxy.sock mode 600 level admin
  log stdout format raw local0
defaults
  mode http
  log global
  option httplog
  timeout connect 1s
  timeout client 30s
  timeout server 30s
  option http-buffer-request
  retries 3
  option redispatch 1
  retry-on all-retryable-errors
frontend passerelles
  bind 127.0.0.1:$lb_port
  default_backend replicas
backend replicas
  balance leastconn
  option httpchk GET /api/v1/ready
  http-check expect status 200
  default-server check inter 1s fall 2 rise 2
CFG
  for i in $(seq 1 "$replicas"); do echo "  server r$i 127.0.0.1:${ports[$i]}"; done
} >"$work/haproxy.cfg"
haproxy -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
echo $! >"$work/haproxy.pid"
sleep 3

# "retries redispatches" of the backend, from HAProxy's runtime API
lb_stats() {
  python3 - "$work/haproxy.sock" <<'PY'
import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(b"show stat\n")
data = b""
while chunk := s.recv(65536): data += chunk
rows = [l.split(",") for l in data.decode().splitlines() if l]
head = rows[0]; head[0] = head[0].lstrip("# ")
for r in rows[1:]:
    if r[0] == "replicas" and r[1] == "BACKEND":
        d = dict(zip(head, r)); print(d["wretr"] or 0, d["wredis"] or 0)
PY
}

export LOAD_METHOD=POST LOAD_CONTENT_TYPE="text/plain; charset=utf-8" LOAD_BODY_FILE="$root/src/test/resources/load/cv.txt"
url="http://127.0.0.1:$lb_port/api/v1/match"
run_window() { # label seconds → one table row
  local label=$1 seconds=$2 out before after
  before=$(lb_stats)
  local log_from=$(($(wc -l <"$work/haproxy.log") + 1))
  out=$(wrk -t1 -c"$connections" -d"${seconds}s" --timeout 30s -s "$here/request.lua" "$url" | grep '^RESULT')
  after=$(lb_stats)
  # requests HAProxy logged with an abnormal end (termination state other than ----)
  sed -n "${log_from},\$p" "$work/haproxy.log" | grep -E ' [A-Za-z-]{4} [0-9]+/[0-9]+/' \
    | grep -vE ' ---- [0-9]+/' | sed "s/^/  [$label] /" >>"$work/abnormal.log" || true
  get() { echo "$out" | grep -o "$1=[^ ]*" | cut -d= -f2; }
  read -r r0 d0 <<<"$before"; read -r r1 d1 <<<"$after"
  printf '| %-30s | %8s | %6s | %7s | %6s | %7s | %7s | %8s | %7s | %6s |\n' "$label" "$(get requests)" \
    "$(get non2xx)" "$(get socket_errors)" "$(get rps)" "$(get p50_ms)" "$(get p99_ms)" "$(get max_ms)" \
    "$((r1 - r0))" "$((d1 - d0))"
}
at() { (sleep "$1"; shift; "$@") & }

echo "warm-up ${warmup}s through HAProxy ($replicas replicas)" >&2
wrk -t1 -c"$connections" -d"${warmup}s" -s "$here/request.lua" "$url" >/dev/null
echo "new index generation for replica 3 (not measured)" >&2
bin/passerelles index --index "$work/index-r3-next" >/dev/null 2>>"$work/index.log"

echo "load    wrk -t1 -c$connections, POST /api/v1/match (one-page CV), windows of ${window}s, $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| window                         | requests | non-2xx | socket errors |  req/s |  p50 ms |  p99 ms |   max ms | retries | redisp |"
echo "|--------------------------------|---------:|--------:|--------------:|-------:|--------:|--------:|---------:|--------:|-------:|"

# (a) graceful stop of replica 1
run_window "(a) before: $replicas replicas" "$window"
at 5 kill -TERM "${pids[1]}"
run_window "(a) during: SIGTERM r1 at 5 s" "$window"
wait "${pids[1]}" 2>/dev/null && stop_a="exit 0" || stop_a="exit $?"
run_window "(a) after: $((replicas - 1)) replicas" "$window"
start_replica 1; await_ready 1; sleep 3

# (b) crash of replica 2
run_window "(b) before: $replicas replicas" "$window"
at 5 kill -KILL "${pids[2]}"
run_window "(b) during: SIGKILL r2 at 5 s" "$window"
run_window "(b) after: $((replicas - 1)) replicas" "$window"
start_replica 2; await_ready 2; sleep 3

# (c) index swap on replica 3: stop gracefully, start on the new generation, ready again
run_window "(c) before: $replicas replicas" "$window"
swap() {
  kill -TERM "${pids[3]}"; wait "${pids[3]}" 2>/dev/null || true
  indexes[3]="$work/index-r3-next"; start_replica 3; await_ready 3
  echo "$(date +%s.%N) ${pids[3]}" >"$work/swapped"
}
t0=$(date +%s.%N)
( sleep 5; swap ) &
swapper=$!
run_window "(c) during: r3 swapped at 5 s" "$window"
wait "$swapper"
read -r t1 newpid <"$work/swapped"; pids[3]=$newpid
run_window "(c) after: $replicas replicas" "$window"

echo
echo "HAProxy log lines with an abnormal termination state (empty: none):"
cat "$work/abnormal.log" 2>/dev/null | cut -c1-220 || true
echo "(a) replica 1 after SIGTERM: $stop_a; log: $(grep -c 'Stopped' "$work/r1.log") graceful stop(s)"
echo "(c) replica 3 back in service $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a - 5}') s after its SIGTERM, on $(grep -o 'Opening index [^ ]*' "$work/r3.log" | tail -1 | cut -d' ' -f3) ($(curl -s "http://127.0.0.1:${ports[3]}/api/v1/ready" | grep -o '"builtAt":"[^"]*"'))"
for i in $(seq 1 "$replicas"); do
  echo "r$i     RSS $(awk '/^VmRSS/ {printf "%.0f MiB", $2/1024}' "/proc/${pids[$i]}/status") now, $(awk '/^VmHWM/ {printf "%.0f MiB", $2/1024}' "/proc/${pids[$i]}/status") peak"
done

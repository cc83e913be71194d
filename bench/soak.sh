#!/usr/bin/env bash
# Soak, swap and mixed load on loopback (docs/performance.md, "Robustness under load").
#
# Starts the server from the jar on a copy of the corpus and a fresh index folder (the ROME release
# unless --rome none), warms it up, then:
#   soak   wrk at saturation with a realistic mix (bench/mix.lua: CV matches, passerelles, skill
#          searches, bad requests) for --soak seconds; RSS sampled every 10 s
#   swap   the same mix; after 15 s the corpus copy changes (a line appended to synonyms.txt) and
#          the server gets SIGHUP: it rebuilds the index into a new generation and swaps it in under
#          load; /ready must report the new generation. The load stops 20 s after the swap (at
#          most --swap seconds in all)
#   mixed  one-page CVs (2 connections) for --mixed seconds, alone, then beside one text of
#          --huge characters per second (the largest a client may send by default)
# Every phase prints its requests, statuses, 5xx and socket errors; the script exits 1 if any
# phase saw a 5xx, a socket error or an unexpected status.
#
#   bench/soak.sh [--soak 180] [--swap 600] [--mixed 30] [--warmup 30] [--connections 16]
#                 [--huge 20000] [--rome DIR|none] [--only soak|swap|mixed]
#
# Needs wrk (apt-get install -y wrk). Do not start it with nohup: the server inherits SIGHUP
# ignored, and the JVM then never delivers it (the swap phase would wait in vain).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

soak=180 swap=600 mixed=30 warmup=30 connections=16 huge=20000 rome="" only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --soak) soak="$2"; shift 2 ;;
    --swap) swap="$2"; shift 2 ;;
    --mixed) mixed="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --huge) huge="$2"; shift 2 ;;
    --rome) rome="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk" >&2; exit 1; }
phase() { [ -z "$only" ] || [ "$only" = "$1" ]; }

cd "$root"
echo "build   bin/mvn package dependency:copy-dependencies" >&2
bin/mvn -q -B -DskipTests package dependency:copy-dependencies -DoutputDirectory=target/lib -DincludeScope=runtime >&2

work="$(mktemp -d -t passerelles-soak.XXXXXX)"
cp -r corpus "$work/corpus"
log="$work/server.log"
args=(serve --port 0 --corpus "$work/corpus" --index "$work/index")
[ -n "$rome" ] && args+=(--rome "$rome")
bin/passerelles "${args[@]}" >"$log" 2>&1 &
server=$!   # bin/passerelles execs java: this is the server's pid
sampler=""
stop() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  if kill -0 "$server" 2>/dev/null; then
    kill "$server" && wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work/corpus" "$work/index"
}
trap stop EXIT

base=""
for _ in $(seq 1 600); do
  kill -0 "$server" 2>/dev/null || { echo "server exited:" >&2; cat "$log" >&2; exit 1; }
  base=$(grep -o 'listening on http://[^ ]*/api/v1' "$log" | head -1 | sed 's/listening on //') || true
  if [ -n "$base" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/ready")" = 200 ]; then
    break
  fi
  sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/ready")" = 200 ] || { echo "not ready after 600 s" >&2; exit 1; }
origin="${base%/api/v1}"
generation() { curl -s "$base/ready" | grep -o '"builtAt":"[^"]*"' | cut -d'"' -f4; }
checksum() { curl -s "$base/ready" | grep -o '"checksum":"[^"]*"' | cut -d'"' -f4 | cut -c1-12; }
rss_mib() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$server/status"; }
hz=$(getconf CLK_TCK)
server_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }

export MIX_CV_FILE="$root/src/test/resources/load/cv.txt"
echo "server  pid $server, $origin, index generation $(generation), corpus $(checksum), $(nproc) CPUs"
echo "host    load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
failed=0
check() {   # $1 phase name, $2 RESULT line, $3 expected-bad-requests flag
  echo "$1  $2"
  local line="$2"
  field() { echo "$line" | grep -o "$1=[^ ]*" | cut -d= -f2; }
  if [ "$(field s5xx)" != 0 ] || [ "$(field socket_errors)" != 0 ] || [ "$(field other)" != 0 ]; then
    echo "$1  FAILED: 5xx, socket errors or unexpected statuses" >&2
    failed=1
  fi
}

if [ "$warmup" -gt 0 ]; then
  wrk -t2 -c"$connections" -d"${warmup}s" -s "$here/mix.lua" "$origin" >/dev/null
fi

if phase soak; then
  samples="$work/rss"
  ( while true; do echo "$(date +%s) $(rss_mib)" >>"$samples"; sleep 10; done ) &
  sampler=$!
  t0=$(server_ticks)
  out=$(wrk -t2 -c"$connections" -d"${soak}s" --timeout 10s -s "$here/mix.lua" "$origin" | grep '^RESULT')
  t1=$(server_ticks)
  kill "$sampler"; sampler=""
  check "soak " "$(echo "$out" | sed 's/^RESULT //') cpu_ms_per_req=$(awk -v t=$((t1 - t0)) -v hz="$hz" -v n="$(echo "$out" | grep -o 'requests=[0-9]*' | cut -d= -f2)" 'BEGIN {printf "%.2f", t * 1000 / hz / n}')"
  echo "soak   RSS MiB every 10 s: $(awk '{printf "%s ", $2}' "$samples")"
  awk 'NR == 1 {first = $2; min = $2; max = $2} {if ($2 < min) min = $2; if ($2 > max) max = $2; last = $2}
    END {printf "soak   RSS first %d, last %d, min %d, max %d MiB (%d samples)\n", first, last, min, max, NR}' "$samples"
fi

if phase swap; then
  before=$(generation); sum_before=$(checksum)
  out="$work/swap.out"
  # the load runs until 20 s after the swap (at most --swap seconds); SIGINT makes wrk report
  wrk -t2 -c"$connections" -d"${swap}s" --timeout 10s -s "$here/mix.lua" "$origin" >"$out" &
  loadpid=$!
  sleep 15
  echo "# soak reload $(date -u +%FT%TZ)" >>"$work/corpus/synonyms.txt"
  sent=$(date +%s.%N)
  kill -HUP "$server"
  after="$before"
  while [ "$after" = "$before" ] && kill -0 "$loadpid" 2>/dev/null; do sleep 0.5; after=$(generation); done
  swapped=$(awk -v a="$sent" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
  sleep 20
  kill -INT "$loadpid" 2>/dev/null || true
  wait "$loadpid" || true
  check "swap " "$(grep '^RESULT' "$out" | sed 's/^RESULT //')"
  echo "swap   generation $before (corpus $sum_before) → $(generation) (corpus $(checksum)), swapped ${swapped} s after SIGHUP"
  { grep -E 'Engine reloaded|Reload' "$log" || true; } | tail -2 | sed 's/^/swap   log: /'
  if [ "$after" = "$before" ]; then echo "swap   FAILED: /ready still reports the old generation" >&2; failed=1; fi
fi

if phase mixed; then
  text="$work/huge.txt"
  awk -v n="$huge" 'BEGIN {RS = "^$"} {s = $0; while (length(t) < n) t = t s "\n"; printf "%s", substr(t, 1, n)}' "$MIX_CV_FILE" >"$text"
  export LOAD_METHOD=POST LOAD_CONTENT_TYPE="text/plain; charset=utf-8" LOAD_BODY_FILE="$MIX_CV_FILE"
  alone=$(wrk -t1 -c2 -d"${mixed}s" --timeout 10s -s "$here/request.lua" "$origin/api/v1/match" | grep '^RESULT')
  echo "mixed  CVs alone                          $(echo "$alone" | sed 's/^RESULT //')"
  statuses="$work/huge.status"
  ( end=$((SECONDS + mixed)); while [ $SECONDS -lt $end ]; do
      curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: text/plain; charset=utf-8' \
        --data-binary @"$text" "$origin/api/v1/match" >>"$statuses" &
      sleep 1
    done; wait ) &
  huger=$!
  beside=$(wrk -t1 -c2 -d"${mixed}s" --timeout 10s -s "$here/request.lua" "$origin/api/v1/match" | grep '^RESULT')
  wait "$huger"
  echo "mixed  CVs beside one $huge-char text/s  $(echo "$beside" | sed 's/^RESULT //')"
  awk '{n++; s[$1]++; t += $2; if ($2 > m) m = $2} END {printf "mixed  huge texts: %d sent, statuses:", n;
    for (k in s) printf " %s×%d", k, s[k]; printf ", mean %.2f s, max %.2f s each\n", t / n, m}' "$statuses"
  for line in "$alone" "$beside"; do
    echo "$line" | grep -q 'non2xx=0 socket_errors=0' || { echo "mixed  FAILED: a CV got an error" >&2; failed=1; }
  done
fi
echo "host    load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; server RSS $(rss_mib) MiB"
exit "$failed"

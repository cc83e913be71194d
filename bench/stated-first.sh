#!/usr/bin/env bash
# The first passerelles request of a server that built its own index (a fresh clone's
# `bin/passerelles serve`), then of the next start on the same index (docs/performance.md
# "Passerelles", stated items):
#   bench/stated-first.sh OUT_DIR                          # the worktree's code
#   SERVER=path/to/runner bench/stated-first.sh OUT_DIR    # another build, called as `SERVER serve …`
# 1. `serve --port 0 --index <empty temporary folder>`; once /ready, waits for the background
#    reading's "Stated items of … stored" line, at most WAIT seconds (default 300: the code before
#    never logs it); then GET /metiers/D1408/passerelles twice (curl time_total). A warm-up first,
#    at /ready (GET 0102's passerelles twice: the JVM's first answers are slow whatever is read),
#    so D1408's first request differs from its second by what is read on first use; then 40 ROME
#    sheets' passerelles once each (first uses), the median of the server's times (access log).
# 2. The server stopped and started again on the same index: at /ready the same warm-up, then D1408.
# Writes OUT_DIR/figures.txt (the engine's log lines, the server's CPU from /proc between /ready and
# the line and over each request or set: less sensitive than wall times to other work on the
# cores, the request times) and the servers' logs. ROME release: ROME (default ../shared/data/rome).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/lib/ready.sh"
root="$here/.."
out="${1:?usage: bench/stated-first.sh OUT_DIR}"
server_cmd="${SERVER:-bin/passerelles}"
wait_max="${WAIT:-300}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
cd "$root"
rome="$(cd "${ROME:-../shared/data/rome}" && pwd)"
. bin/jdk.sh
index="$(mktemp -d /tmp/stated-first-index.XXXXXX)"
figures="$out/figures.txt"
echo "# $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), server $server_cmd, index $index" >"$figures"
server=""
stop() { if [ -n "$server" ]; then kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; server=""; fi; }
trap 'stop; rm -rf "$index"' EXIT
cpu_ms() { # user + system CPU of a process, in ms
  awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"
}
start() { # log file: starts the server, waits for /ready, sets base, pid
  : >"$1"
  $server_cmd serve --port 0 --rome "$rome" --index "$index" >>"$1" 2>&1 &
  server=$!
  wait_ready "$1" "$server" 3000 0.2
  pid=$(pgrep -P "$server" java || echo "$server")
}
ask() { # label, code: GET the code's passerelles twice
  local t1 t2 c0 c1 c2
  c0=$(cpu_ms "$pid")
  t1=$(curl -s -o /dev/null -w '%{time_total}' "$base/metiers/$2/passerelles")
  c1=$(cpu_ms "$pid")
  t2=$(curl -s -o /dev/null -w '%{time_total}' "$base/metiers/$2/passerelles")
  c2=$(cpu_ms "$pid")
  printf '%-52s %-5s first %6.3f s (CPU %4d ms)  second %6.3f s (CPU %4d ms)\n' "$1" "$2" "$t1" $((c1 - c0)) "$t2" $((c2 - c1)) >>"$figures"
}
# 40 ROME sheets spread over the release (every 40th code), each asked once: first uses
codes=$(tail -n +2 "$rome/unix_referentiel_code_rome_v460_utf8.csv" | cut -d'"' -f2 | sort -u | grep -v D1408 | awk 'NR % 40 == 1' | head -40)
spread() { # label, log: each code's passerelles once; the median of the server's own times (access log)
  local before after c0 c1
  before=$(grep -c 'passerelles 200' "$2" || true)
  c0=$(cpu_ms "$pid")
  for c in $codes; do curl -s -o /dev/null "$base/metiers/$c/passerelles"; done
  c1=$(cpu_ms "$pid")
  after=$(grep 'passerelles 200' "$2" | tail -n +$((before + 1)) | grep -o ' [0-9.]*ms ' | tr -d ' ms' | sort -n)
  printf '%-52s %2d ROME sheets once: median %s ms, max %s ms; server CPU %d ms in all\n' "$1" "$(echo "$after" | wc -l)" \
    "$(echo "$after" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')" "$(echo "$after" | tail -1)" $((c1 - c0)) >>"$figures"
}
lines() { grep -E 'Stated items|Mobility ready|Engine ready|Built index' "$1" | sed 's/^[^ ]* //' >>"$figures" || true; }

log1="$out/server-fresh.log"
start "$log1"
ready_cpu=$(cpu_ms "$pid"); ready_at=$(date +%s%N)
ask "fresh index, at /ready (warm-up; background running)" 0102
for _ in $(seq 1 $((wait_max * 5))); do
  grep -q 'Stated items of .* stored' "$log1" && break
  sleep 0.2
done
done_cpu=$(cpu_ms "$pid"); done_at=$(date +%s%N)
echo "fresh index: from /ready to the stored line (or WAIT): $(( (done_at - ready_at) / 1000000 )) ms, server CPU $((done_cpu - ready_cpu)) ms" >>"$figures"
ask "fresh index, after that wait" D1408
spread "fresh index, after that wait" "$log1"
lines "$log1"
stop
echo "store in the generation: $(ls -l "$index"/gen-*/stated-items.bin 2>/dev/null | awk '{print $5 " bytes"}' || echo none)" >>"$figures"

log2="$out/server-restart.log"
start "$log2"
ask "next start on the same index, at /ready (warm-up)" 0102
ask "next start on the same index, then" D1408
spread "next start on the same index, then" "$log2"
lines "$log2"
stop
cat "$figures"

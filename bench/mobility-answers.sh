#!/usr/bin/env bash
# Every mobility answer that reads an origin's own items (StatedItems, CompetenceCoverage), in full,
# from a server started here, to diff before and after a change that must not move them
# (docs/performance.md "Passerelles"):
#   bench/mobility-answers.sh OUT_DIR            # the worktree's code (bin/passerelles serve)
#   SERVER=path/to/runner bench/mobility-answers.sh OUT_DIR   # another build: SERVER is called as `SERVER serve --port 0`
#   diff -r BEFORE_DIR AFTER_DIR                 # the answers (*.json) must be byte-identical
# Writes OUT_DIR/*.json (GET …/metiers/{0102,D1408,M1607,0202}/passerelles, the same with ?full=true,
# four POST /passerelles of one-page CVs: a branch origin, a person's corrections that add and deny
# competences, a ROME origin in scope all with a wish, a chosen origin) and OUT_DIR/figures.txt: the
# engine's start-up log lines, the heap after a full GC once ready, and each request's time (curl,
# the first and the second time it is asked: a first use costs what a later one does when nothing is
# read on first use).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/lib/ready.sh"
root="$here/.."
out="${1:?usage: bench/mobility-answers.sh OUT_DIR}"
server_cmd="${SERVER:-bin/passerelles}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
cd "$root"
. bin/jdk.sh
log="$out/server.log"
: >"$log"
$server_cmd serve --port 0 >>"$log" 2>&1 &
server=$!
stop() { kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; }
trap stop EXIT
wait_ready "$log" "$server" 900 1
pid=$(pgrep -P "$server" java || echo "$server")
figures="$out/figures.txt"
{
  echo "# $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), server $server_cmd"
  grep -E 'Mobility ready|Stated items|Opening index|Built index|ready in' "$log" | sed 's/^[^ ]* //' || true
  jcmd "$pid" GC.run >/dev/null
  echo "heap after a full GC, once ready:"
  jcmd "$pid" GC.heap_info | grep -E 'garbage-first heap|total|used' | head -2
} >"$figures"
cv="src/test/resources/bench/cv-one-page.txt"
tele="src/test/resources/people/cv_teleconseiller_banque.txt"
body() { # text file, then the other fields as JSON members
  python3 -c 'import json,sys; d={"text": open(sys.argv[1], encoding="utf-8").read()}; d.update(json.loads(sys.argv[2])); print(json.dumps(d))' "$1" "$2"
}
ask() { # name, then curl arguments: asked twice, the first answer kept
  local name="$1"; shift
  local t1 t2
  t1=$(curl -s -o "$out/$name.json" -w '%{time_total}' "$@")
  t2=$(curl -s -o /dev/null -w '%{time_total}' "$@")
  printf '%-28s first %6.3f s  second %6.3f s  %8d B\n' "$name" "$t1" "$t2" "$(wc -c <"$out/$name.json")" >>"$figures"
}
echo "requests (curl time_total):" >>"$figures"
for code in 0102 D1408 M1607 0202; do
  ask "passerelles-$code" "$base/metiers/$code/passerelles"
  ask "passerelles-$code-full" "$base/metiers/$code/passerelles?full=true"
done
post() { ask "$1" -X POST "$base/passerelles" -H 'Content-Type: application/json' --data-binary "$2"; }
post personal-branch "$(body "$cv" '{}')"
post personal-corrected "$(body "$cv" '{"wish": "0202", "exclude": ["0202-C01", "0102-C06"], "include": ["0105-C05", "0106-C02", "0202-C03"]}')"
post personal-rome-all "$(body "$tele" '{"type": "rome", "scope": "all", "wish": "0102"}')"
post personal-origin "$(body "$cv" '{"origin": "0106", "full": true}')"
cat "$figures"

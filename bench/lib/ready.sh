# Sourced by the bench scripts that start a server: waits for it to answer /ready.
# wait_ready LOG PID TRIES PAUSE: reads the address the server logs ("listening on http://…/api/v1"),
# polls its /ready until 200, at most TRIES times PAUSE seconds; sets `base`. Exits with the log if
# the server died meanwhile.
wait_ready() {
  local log=$1 server=$2 tries=$3 pause=$4
  base=""
  for _ in $(seq 1 "$tries"); do
    kill -0 "$server" 2>/dev/null || { echo "server exited:" >&2; cat "$log" >&2; exit 1; }
    base=$(grep -o 'listening on http://[^ ]*/api/v1' "$log" | head -1 | sed 's/listening on //') || true
    if [ -n "$base" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/ready")" = 200 ]; then return 0; fi
    sleep "$pause"
  done
}

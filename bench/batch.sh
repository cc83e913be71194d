#!/usr/bin/env bash
# A batch of one-page CVs through POST /api/v1/passerelles/batch, against a server started here
# (bin/passerelles serve --port 0, the ROME release bin/passerelles picks):
#   bench/batch.sh [items, default 100] [one-page|mixed, default one-page]
# Prints the wall time of the batch (JSON array and NDJSON), the server's RSS and peak RSS before and
# after, the server's CPU time, then checks every answer against the same text sent one by one
# (POST /passerelles: closest métier and score; a batch of one: the whole item).
# The texts: one-page: the four one-page CVs of the tests (bench/cv-one-page.txt, load/cv.txt,
# nlp/cv_charge_assistance.txt, people/cv_teleconseiller_banque.txt), cycled to the item count;
# mixed: bench/cv-one-page.txt and the short CVs and call-centre ads of the evidence set
# (src/test/resources/eval/evidence/texts/cv-*, cc-*), cycled.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
items="${1:-100}"
mode="${2:-one-page}"
cd "$root"
bin/mvn -q -B -DskipTests package dependency:copy-dependencies -DoutputDirectory=target/lib -DincludeScope=runtime >&2
log="$(mktemp -t passerelles-batch.XXXXXX.log)"
bin/passerelles serve --port 0 >"$log" 2>&1 &
server=$!
stop() { kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; }
trap stop EXIT
base=""
for _ in $(seq 1 600); do
  kill -0 "$server" 2>/dev/null || { echo "server exited:" >&2; cat "$log" >&2; exit 1; }
  base=$(grep -o 'listening on http://[^ ]*/api/v1' "$log" | head -1 | sed 's/listening on //') || true
  if [ -n "$base" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/ready")" = 200 ]; then break; fi
  sleep 1
done
echo "server  pid $server, $base, $(nproc) CPUs, java options: $(tr '\0' ' ' <"/proc/$server/cmdline" | grep -o -- '-X[^ ]*' | tr '\n' ' ')"
. bin/jdk.sh
BASE="$base" PID="$server" ITEMS="$items" MODE="$mode" python3 - <<'PY'
import json, os, glob, subprocess, time, urllib.request
base, pid, n = os.environ["BASE"], os.environ["PID"], int(os.environ["ITEMS"])
r = "src/test/resources/"
if os.environ["MODE"] == "one-page":
    files = [r + "bench/cv-one-page.txt", r + "load/cv.txt", r + "nlp/cv_charge_assistance.txt",
             r + "people/cv_teleconseiller_banque.txt"]
else:
    files = [r + "bench/cv-one-page.txt"] + sorted(glob.glob(r + "eval/evidence/texts/cv-*.txt")
                                                   + glob.glob(r + "eval/evidence/texts/cc-*.txt"))
texts = [open(f, encoding="utf-8").read() for f in files]
items = [{"id": "p%03d" % i, "text": texts[i % len(texts)]} for i in range(n)]

def post(path, body, ctype="application/json"):
    req = urllib.request.Request(base + path, data=body, headers={"Content-Type": ctype}, method="POST")
    t = time.perf_counter()
    with urllib.request.urlopen(req, timeout=600) as r:
        data = r.read()
    return data, time.perf_counter() - t

def rss():
    st = dict(l.split(":", 1) for l in open("/proc/%s/status" % pid))
    return int(st["VmRSS"].split()[0]) // 1024, int(st["VmHWM"].split()[0]) // 1024

def heap_after_gc():
    jcmd = os.path.join(os.environ.get("JAVA_HOME", ""), "bin", "jcmd")
    subprocess.run([jcmd, pid, "GC.run"], capture_output=True)
    out = subprocess.run([jcmd, pid, "GC.heap_info"], capture_output=True, text=True).stdout
    import re
    used = re.search(r"used (\d+)K", out)
    return "%d MiB" % (int(used.group(1)) // 1024) if used else "?"

def cpu():
    f = open("/proc/%s/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")

body = json.dumps(items).encode()
post("/passerelles/batch", json.dumps(items[:5]).encode())  # warm-up: JIT, first areas
h0 = heap_after_gc()
r0, c0 = rss(), cpu()
data, secs = post("/passerelles/batch", body)
r1, c1 = rss(), cpu()
h1 = heap_after_gc()
answer = json.loads(data)
nd = "".join(json.dumps(i) + "\n" for i in items).encode()
ndata, nsecs = post("/passerelles/batch", nd, "application/x-ndjson")
lines = [json.loads(l) for l in ndata.decode().splitlines()]
print("machine load average %s" % open("/proc/loadavg").read().split()[0:3])
print("texts   %d items from %d distinct texts, %d bytes, mean %d chars" % (n, len(texts), len(body), sum(len(i["text"]) for i in items) // n))
print("batch   JSON array %.2f s (%.0f ms per text), %d bytes answered, failed %d; NDJSON %.2f s" % (
    secs, 1000 * secs / n, len(data), answer["failed"], nsecs))
print("server  CPU %.1f s for the array (%.0f ms per text); RSS %d → %d MiB, peak RSS %d → %d MiB" % (
    c1 - c0, 1000 * (c1 - c0) / n, r0[0], r1[0], r0[1], r1[1]))
print("heap    used after a full GC: %s before the batch, %s after" % (h0, h1))
print("needs   population %s; %d modules, first: %s" % (
    ", ".join("%s×%d" % (h["metier"], h["people"]) for h in answer["trainingNeeds"]["population"][:6]),
    len(answer["trainingNeeds"]["modules"]), answer["trainingNeeds"]["modules"][0]["label"]))
same_nd = all(lines[i] == answer["items"][i] for i in range(n)) and lines[n]["trainingNeeds"] == answer["trainingNeeds"]
diff = 0
t = time.perf_counter()
for i, item in enumerate(items):
    one = json.loads(post("/passerelles/batch", json.dumps([item]).encode())[0])["items"][0]
    single = json.loads(post("/passerelles", json.dumps({"text": item["text"]}).encode())[0])
    if one != answer["items"][i] or single["closest"] != answer["items"][i]["closest"] or single["matchScore"] != answer["items"][i]["matchScore"]:
        diff += 1
print("check   NDJSON lines equal the array's: %s; one by one (%.1f s for %d × 2 requests): %d of %d differ" % (
    same_nd, time.perf_counter() - t, n, diff, n))
PY

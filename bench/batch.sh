#!/usr/bin/env bash
# A batch of distinct one-page CVs through POST /api/v1/passerelles/batch, against a server started
# here (bin/passerelles serve --port 0, the ROME release bin/passerelles picks):
#   bench/batch.sh [items, default 100] [seed, default 14]
#   CORES=1 bench/batch.sh        # the server's JVM on one core (taskset -c 0, -XX:ActiveProcessorCount=1)
# The texts: `bin/passerelles sample-cvs --count N --seed S`, distinct one-page CVs generated from the
# corpus's activities, the ROME sheets and the noise template bank (fr.passerelles.eval.OnePageCvs):
# the same seed gives the same texts.
# Prints the wall time of the batch (JSON array and NDJSON), the server's RSS and peak RSS before and
# after, its CPU time and heap after a full GC, then checks every answer against the same text sent
# one by one (a batch of one: the whole item; POST /passerelles: closest métier and score) and exits
# non-zero when any differs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/lib/ready.sh"
root="$here/.."
items="${1:-100}"
seed="${2:-14}"
cores="${CORES:-}"
cd "$root"
bin/mvn -q -B -DskipTests package dependency:copy-dependencies -DoutputDirectory=target/lib -DincludeScope=runtime >&2
texts="$(mktemp -t passerelles-cvs.XXXXXX.ndjson)"
log="$(mktemp -t passerelles-batch.XXXXXX.log)"
bin/passerelles sample-cvs --count "$items" --seed "$seed" >"$texts" 2>>"$log"
if [ "$cores" = 1 ]; then
  PASSERELLES_JAVA_OPTS="-Xms2g -Xmx2g -XX:ActiveProcessorCount=1" taskset -c 0 bin/passerelles serve --port 0 >>"$log" 2>&1 &
else
  bin/passerelles serve --port 0 >>"$log" 2>&1 &
fi
server=$!
stop() { kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; rm -f "$texts"; }
trap stop EXIT
wait_ready "$log" "$server" 600 1
echo "server  pid $server, $base, $(nproc) CPUs on the machine, affinity $(taskset -pc "$server" | sed 's/.*: //'), java options: $(tr '\0' ' ' <"/proc/$server/cmdline" | grep -o -- '-X[^ ]*' | tr '\n' ' ')"
. bin/jdk.sh
BASE="$base" PID="$server" TEXTS="$texts" SEED="$seed" python3 - <<'PY'
import json, os, re, subprocess, sys, time, urllib.request
base, pid = os.environ["BASE"], os.environ["PID"]
cvs = [json.loads(l) for l in open(os.environ["TEXTS"], encoding="utf-8")]
items = [{"id": c["id"], "text": c["text"]} for c in cvs]
n = len(items)
assert len({i["text"] for i in items}) == n, "distinct texts"

def post(path, body, ctype="application/json"):
    req = urllib.request.Request(base + path, data=body, headers={"Content-Type": ctype}, method="POST")
    t = time.perf_counter()
    with urllib.request.urlopen(req, timeout=1200) as r:
        data = r.read()
    return data, time.perf_counter() - t

def rss():
    st = dict(l.split(":", 1) for l in open("/proc/%s/status" % pid))
    return int(st["VmRSS"].split()[0]) // 1024, int(st["VmHWM"].split()[0]) // 1024

def heap_after_gc():
    jcmd = os.path.join(os.environ.get("JAVA_HOME", ""), "bin", "jcmd")
    subprocess.run([jcmd, pid, "GC.run"], capture_output=True)
    out = subprocess.run([jcmd, pid, "GC.heap_info"], capture_output=True, text=True).stdout
    # G1: one "garbage-first heap … used NK" line; Serial (the JVM's choice on one processor): DefNew + Tenured
    lines = [l for l in out.splitlines() if "garbage-first heap" in l] or [
        l for l in out.splitlines() if re.match(r"\s*(DefNew|Tenured|def new generation|tenured generation)\s", l)]
    used = [int(m.group(1)) for l in lines for m in [re.search(r"used (\d+)K", l)] if m]
    return "%d MiB" % (sum(used) // 1024) if used else "?"

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
sizes = sorted(len(i["text"]) for i in items)
print("machine load average %s" % open("/proc/loadavg").read().split()[0:3])
print("texts   %d distinct one-page CVs (seed %s; %d from a branch sheet first, %d from a ROME sheet), %d bytes, %d–%d chars, mean %d, median %d" % (
    n, os.environ["SEED"], sum(1 for c in cvs if c["sheet"][0].isdigit()), sum(1 for c in cvs if not c["sheet"][0].isdigit()),
    len(body), sizes[0], sizes[-1], sum(sizes) // n, sizes[n // 2]))
print("batch   JSON array %.2f s (%.0f ms per text), %d bytes answered, failed %d; NDJSON %.2f s" % (
    secs, 1000 * secs / n, len(data), answer["failed"], nsecs))
print("server  CPU %.1f s for the array (%.0f ms per text); RSS %d → %d MiB, peak RSS %d → %d MiB" % (
    c1 - c0, 1000 * (c1 - c0) / n, r0[0], r1[0], r0[1], r1[1]))
print("heap    used after a full GC: %s before the batch, %s after" % (h0, h1))
closest = {}
for it in answer["items"]:
    if it["closest"]:
        closest[it["closest"]["id"]] = closest.get(it["closest"]["id"], 0) + 1
print("closest %d distinct métiers; %s" % (len(closest), ", ".join("%s×%d" % kv for kv in sorted(closest.items(), key=lambda kv: -kv[1])[:8])))
print("needs   population %s; %d modules, first: %s" % (
    ", ".join("%s×%d" % (h["metier"], h["people"]) for h in answer["trainingNeeds"]["population"][:6]),
    len(answer["trainingNeeds"]["modules"]), answer["trainingNeeds"]["modules"][0]["label"]))
same_nd = all(lines[i] == answer["items"][i] for i in range(n)) and lines[n]["trainingNeeds"] == answer["trainingNeeds"]
diff = []
alone_secs = single_secs = 0.0
for i, item in enumerate(items):
    raw, t = post("/passerelles/batch", json.dumps([item]).encode())
    alone_secs += t
    one = json.loads(raw)["items"][0]
    raw, t = post("/passerelles", json.dumps({"text": item["text"]}).encode())
    single_secs += t
    single = json.loads(raw)
    if one != answer["items"][i] or single["closest"] != answer["items"][i]["closest"] or single["matchScore"] != answer["items"][i]["matchScore"]:
        diff.append(item["id"])
print("check   NDJSON lines equal the array's: %s; one by one: %d of %d differ (%d batches of one %.1f s, %d POST /passerelles %.1f s)" % (
    same_nd, len(diff), n, n, alone_secs, n, single_secs))
if not same_nd or diff or answer["failed"]:
    print("FAIL    not the same answers: %s" % ", ".join(diff), file=sys.stderr)
    sys.exit(1)
PY

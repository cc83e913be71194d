#!/usr/bin/env bash
# Runs the Containerfile's steps outside a container, on this machine, and checks the result the
# way the image is used: what to run where podman/docker cannot build or run the image.
#
#   deploy/container/build-steps.sh [OUT]      (default target/image-root)
#
# 1. build  the jar and its runtime dependencies (mvn package dependency:copy-dependencies)
# 2. jlink  a Java runtime with deploy/container/jlink-modules.txt → OUT/opt/java
# 3. layout OUT/app: passerelles.jar, lib/, corpus/, data/, bin/entrypoint.sh, bin/healthcheck.sh
# 4. index  built with that runtime by entrypoint.sh index (as the image's second stage does)
# 5. run    entrypoint.sh serve as an unprivileged user (uid 10001, when run as root) with the
#           image's environment, root-owned read-only files; the HEALTHCHECK script, /ready,
#           no index rebuild at start, SIGTERM → graceful stop, exit 0, logs on stdout.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(realpath -m "${1:-$root/target/image-root}")"
. "$root/bin/jdk.sh"
step() { printf '\n== %s\n' "$*"; }

step "1 build: mvn package (jar + runtime dependencies)"
cd "$root"
bin/mvn -q -B -DskipTests package dependency:copy-dependencies -DoutputDirectory=target/lib -DincludeScope=runtime

step "2 jlink: $(cat "$here/jlink-modules.txt")"
rm -rf "$out"
mkdir -p "$out/opt" "$out/app/lib" "$out/app/bin"
jlink --add-modules "$(cat "$here/jlink-modules.txt")" --strip-java-debug-attributes --no-man-pages --no-header-files \
  --compress=zip-6 --output "$out/opt/java"
"$out/opt/java/bin/java" -version 2>&1 | head -1
echo "runtime: $(du -sh "$out/opt/java" | cut -f1) (the JDK: $(du -sh "$JAVA_HOME" | cut -f1))"

step "3 layout: $out/app"
cp target/passerelles.jar "$out/app/" && cp target/lib/*.jar "$out/app/lib/"
cp -r corpus data "$out/app/"
cp "$here/entrypoint.sh" "$here/healthcheck.sh" "$out/app/bin/"
du -sh "$out/app" | cut -f1

step "4 index: entrypoint.sh index (the image's build-time index)"
IMAGE_JAVA_HOME="$out/opt/java" IMAGE_APP_HOME="$out/app" PASSERELLES_INDEX_DIR="$out/app/index" \
  PASSERELLES_DATA_DIR=/nonexistent PASSERELLES_JAVA_OPTS=-Xmx2g "$out/app/bin/entrypoint.sh" index
echo "index: $(du -sh "$out/app/index" | cut -f1)"

step "5 run: entrypoint.sh serve with the image's environment"
port=$((20000 + RANDOM % 10000))
log="$out/serve.log"
as_user=()
if [ "$(id -u)" = 0 ]; then
  chown -R 0:0 "$out" && chmod -R go-w "$out" && chmod 755 "$out" "$out/opt" "$out/app"
  as_user=(setpriv --reuid 10001 --regid 10001 --clear-groups)
fi
env -i PATH=/usr/bin:/bin IMAGE_JAVA_HOME="$out/opt/java" IMAGE_APP_HOME="$out/app" \
  PASSERELLES_HOST=127.0.0.1 PASSERELLES_PORT="$port" PASSERELLES_CORPUS_DIR="$out/app/corpus" \
  PASSERELLES_INDEX_DIR="$out/app/index" PASSERELLES_DATA_DIR=/tmp/passerelles-image-data \
  PASSERELLES_SHUTDOWN_TIMEOUT_SECONDS=10 \
  "${as_user[@]}" "$out/app/bin/entrypoint.sh" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/ready")" = 200 ] && break
  kill -0 "$server" 2>/dev/null || { cat "$log"; echo "server exited" >&2; exit 1; }
  sleep 1
done
PASSERELLES_PORT="$port" "$out/app/bin/healthcheck.sh" && echo "HEALTHCHECK: healthy"
curl -s "http://127.0.0.1:$port/api/v1/ready" | head -c 400; echo
echo "user: $(ps -o user= -p "$(pgrep -P "$server" java || echo "$server")" 2>/dev/null || ps -o user= -p "$server")"
if grep -q "Built index" "$log"; then echo "FAIL: the server rebuilt the index at start" >&2; exit 1; fi
grep -q "Opening index" "$log" && echo "index: opened read-only, not rebuilt"
kill -TERM "$server"
rc=0; wait "$server" || rc=$?
grep -q "ServeCommand - Stopped" "$log" && echo "SIGTERM: graceful stop logged, exit status $rc (143 = 128 + SIGTERM: the JVM's status once its shutdown hooks ran)"
trap - EXIT
echo "log lines on stdout/stderr: $(wc -l <"$log")"; tail -3 "$log"

#!/usr/bin/env bash
# CPU time per one-page CV match of this tree and other builds, alternated in one JVM
# (fr.passerelles.bench.MatchCpuAb): a same-run comparison when the machine is shared.
# Each other build is a source tree compiled as below, e.g. the code before a change:
#   mkdir /tmp/before && git archive HEAD~1 | tar -x -C /tmp/before && (cd /tmp/before &&
#   bin/mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test)
# Usage: bench/cpu-ab.sh [rounds of 20 matches per build, default 40] BUILD_DIR...
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
rounds=40
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then rounds=$1; shift; fi
bin/mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx3g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -Drome.dir="${ROME_DIR:-../shared/data/rome}" \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  fr.passerelles.bench.MatchCpuAb "$rounds" "$@" "$PWD"

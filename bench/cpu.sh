#!/usr/bin/env bash
# CPU time per match (one-page CV and one-line statement) with the full ROME release indexed:
# a companion to bench/jmh.sh when the machine is shared and loaded (docs/performance.md).
# Usage: bench/cpu.sh [warm-up matches, default 400] [measured matches, default 600]
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
bin/mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  fr.passerelles.bench.MatchCpuTime "$@"

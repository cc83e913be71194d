#!/usr/bin/env bash
# JMH latency of match (one-page CV and one-line statement) with the full ROME release indexed.
# Usage: bench/jmh.sh [JMH args, e.g. -f 1 -wi 2 -i 3]
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
bin/mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.openjdk.jmh.Main "fr.passerelles.bench.MatchBenchmark" "$@"

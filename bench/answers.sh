#!/usr/bin/env bash
# Every answer of the matcher in full for the tests' texts (fr.passerelles.bench.MatchAnswers), to
# diff before and after a performance change: the answers must not move (docs/performance.md).
# Usage: bench/answers.sh [output file, default target/answers.txt]
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
bin/mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -Drome.dir="${ROME_DIR:-../shared/data/rome}" \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  fr.passerelles.bench.MatchAnswers "$@"

#!/usr/bin/env bash
# CPU time of one POST /match, split into NLP, matcher and HTTP mapping (one thread, in process):
#   bench/cost.sh [text file] [warm-up runs] [measured runs]
# Uses the index and ROME release bin/passerelles would (PASSERELLES_* variables apply).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."
. bin/jdk.sh
bin/mvn -q -B test-compile dependency:copy-dependencies -DoutputDirectory=target/lib -DincludeScope=runtime >&2
exec java ${PASSERELLES_JAVA_OPTS:--Xmx2g} --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:target/lib/*" fr.passerelles.api.MatchCost \
  "${1:-src/test/resources/load/cv.txt}" "${2:-500}" "${3:-300}"

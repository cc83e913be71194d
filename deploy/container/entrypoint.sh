#!/bin/sh
# Starts the server in the image: the same JVM flags as bin/passerelles serve, heap from
# PASSERELLES_JAVA_OPTS (default -Xms2g -Xmx2g), every other setting from the PASSERELLES_*
# variables the server reads (docs/api.md). Logs go to stdout. exec: the JVM replaces the shell, so
# the runtime's SIGTERM reaches it and starts the graceful stop. IMAGE_JAVA_HOME and IMAGE_APP_HOME
# (default /opt/java and /app) only let deploy/container/build-steps.sh run the same script outside an image.
set -eu
app="${IMAGE_APP_HOME:-/app}"
cd "$app"
[ $# -gt 0 ] || set -- serve
# shellcheck disable=SC2086 # PASSERELLES_JAVA_OPTS is a list of options
exec "${IMAGE_JAVA_HOME:-/opt/java}/bin/java" ${PASSERELLES_JAVA_OPTS:--Xms2g -Xmx2g} --add-modules jdk.incubator.vector \
  --enable-native-access=ALL-UNNAMED -cp "$app/passerelles.jar:$app/lib/*" fr.passerelles.Main "$@"

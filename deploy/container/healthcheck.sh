#!/bin/bash
# HEALTHCHECK of the image: GET /api/v1/health on the server's port, with bash's /dev/tcp (the
# runtime image has no curl). Healthy when the status line says 200.
set -eu
exec 3<>"/dev/tcp/127.0.0.1/${PASSERELLES_PORT:-8080}"
printf 'GET /api/v1/health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
IFS= read -r -t 5 status <&3
case "$status" in *" 200 "*) exit 0 ;; *) exit 1 ;; esac

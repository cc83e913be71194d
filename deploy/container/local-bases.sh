#!/usr/bin/env bash
# Builds the two base images the Containerfile names, without any container registry: from a
# Debian root file system that debootstrap assembles from Debian's package mirror. For machines
# that reach Debian's packages but no registry (this project's build machines); elsewhere the
# Containerfile's defaults (maven:3.9-eclipse-temurin-21, debian:bookworm-slim) need none of this.
#
#   deploy/container/local-bases.sh            (as root; needs debootstrap, podman, buildah)
#   podman build --format docker --isolation chroot --network host -v "$HOME/.m2:/root/.m2" \
#     --build-arg MVN_FLAGS=-o --build-arg BUILD_IMAGE=localhost/passerelles-build-base \
#     --build-arg RUNTIME_IMAGE=localhost/debian:bookworm-minbase -t localhost/passerelles -f Containerfile .
#
# localhost/debian:bookworm-minbase   debootstrap --variant=minbase bookworm (bash, coreutils)
# localhost/passerelles-build-base    the same + Debian's maven + the JDK 21+ of bin/jdk.sh in /opt/jdk
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/../../bin/jdk.sh"
work="${PASSERELLES_BASE_WORK:-/var/tmp/passerelles-base}"
mkdir -p "$work"
if [ ! -x "$work/rootfs/bin/bash" ]; then
  debootstrap --variant=minbase bookworm "$work/rootfs" http://deb.debian.org/debian
fi
tar -C "$work/rootfs" -c . | podman import --change 'CMD ["/bin/bash"]' - localhost/debian:bookworm-minbase
ctr=$(buildah from localhost/debian:bookworm-minbase)
trap 'buildah rm "$ctr" >/dev/null' EXIT
buildah copy "$ctr" "$JAVA_HOME" /opt/jdk
buildah run --isolation chroot --network host "$ctr" -- sh -c \
  'apt-get update -qq && apt-get install -y -qq --no-install-recommends maven >/dev/null && rm -rf /var/lib/apt/lists/*'
buildah config --env JAVA_HOME=/opt/jdk --env PATH=/opt/jdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$ctr"
buildah commit -q "$ctr" localhost/passerelles-build-base
podman images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -E 'minbase|build-base'

#!/usr/bin/env bash
# Full index build (branch corpus + the ROME release) into a fresh folder: build time and size.
# Usage: bench/index.sh [ROME_DIR]   (default ../shared/data/rome)
set -euo pipefail
cd "$(dirname "$0")/.."
rome="${1:-../shared/data/rome}"
dir=$(mktemp -d /tmp/passerelles-index.XXXXXX)
trap 'rm -rf "$dir"' EXIT
bin/passerelles index --rome "$rome" --index "$dir" 2>/dev/null
gen=$(cat "$dir/CURRENT")
echo "size on disk: $(du -sh "$dir/$gen" | cut -f1) ($(du -sb "$dir/$gen" | cut -f1) bytes)"
for part in sheets activities competences; do
  echo "  $part: $(du -sh "$dir/$gen/$part" | cut -f1)"
done

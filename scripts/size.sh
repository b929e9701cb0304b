#!/usr/bin/env bash
# Fails when everything in dist/, gzipped file by file, passes the ceiling.
# Usage: bash scripts/size.sh   (after trunk build --release)
set -euo pipefail
cd "$(dirname "$0")/.."
CEILING=${CEILING:-409600}   # 400 KB
total=0
for f in dist/*; do
  [ -f "$f" ] || continue
  n=$(gzip -9c "$f" | wc -c)
  printf '%8d  %s\n' "$n" "$f"
  total=$((total + n))
done
printf 'dist/ gzipped: %d bytes (ceiling %d)\n' "$total" "$CEILING"
[ "$total" -le "$CEILING" ] || { echo "size ceiling passed" >&2; exit 1; }

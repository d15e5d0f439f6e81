#!/usr/bin/env bash
# Checks the release build in dist/ against the size guard: the HTML, JS, wasm and CSS a first
# visit downloads, each gzipped at level 9, must total at most the guard in bytes (the one
# argument; scripts/test.sh passes it, docs/performance.md "The size guard" says why it is a
# ratchet against growth and not a product budget). Prints a table by file. Run after
# `trunk build --release`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$STANDOFF_ROOT/dist"
guard="${1:?usage: size_check.sh GUARD_BYTES}"
total_raw=0
total_gzip=0
printf '%-48s %10s %10s\n' file raw gzip
for file in $(find . -maxdepth 1 -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \) | sort); do
  raw=$(stat -c %s "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total_raw=$((total_raw + raw))
  total_gzip=$((total_gzip + gz))
  printf '%-48s %10d %10d\n' "${file#./}" "$raw" "$gz"
done
printf '%-48s %10d %10d\n' total "$total_raw" "$total_gzip"
if [ "$total_gzip" -gt "$guard" ]; then
  echo "size guard exceeded: $total_gzip bytes gzip > $guard" >&2
  exit 1
fi
echo "size guard held: $total_gzip of $guard bytes gzip"

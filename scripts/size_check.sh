#!/usr/bin/env bash
# Checks the release build in dist/ against a first-visit size limit: the HTML, JS, wasm and
# CSS a first visit downloads, each gzipped at level 9, must total at most the limit in bytes
# (first argument; the default, 204,800, is the retired 200 KB budget; scripts/test.sh passes
# its ratchet, docs/performance.md "The size guard"). Prints a table by file. Run after
# `trunk build --release`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$STANDOFF_ROOT/dist"
budget="${1:-204800}"
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
if [ "$total_gzip" -gt "$budget" ]; then
  echo "size budget exceeded: $total_gzip bytes gzip > $budget" >&2
  exit 1
fi
echo "size budget met: $total_gzip of $budget bytes gzip"

#!/usr/bin/env bash
# Trunk's one post_build hook (Trunk.toml), run in the project folder with TRUNK_STAGING_DIR set
# to the folder about to become dist/. Its steps must run in this order, and Trunk starts all
# hooks of a stage at the same time (trunk 0.21's hooks.rs spawns each at once), so they are
# one hook that runs them one after the other:
#   1. on release builds, scripts/minify_js.mjs minifies wasm-bindgen's JS glue with terser
#      (Trunk's own minifier cannot parse it) and updates its integrity in index.html;
#   2. scripts/sw_manifest.py writes the list of files and their hashes into the service worker
#      (docs/offline.md), so it must see the final bytes of the glue and of index.html;
#   3. on release builds, scripts/precompress.mjs writes .br and .gz copies beside the files
#      for hosts that serve precompressed files, so it must see the final sw.js too.
# Development builds (`trunk serve`) keep the glue readable, like Trunk's `minify = "on_release"`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ "${TRUNK_PROFILE:-}" = release ]; then
  node scripts/minify_js.mjs
fi
python3 scripts/sw_manifest.py
if [ "${TRUNK_PROFILE:-}" = release ]; then
  node scripts/precompress.mjs
fi

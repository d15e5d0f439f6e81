#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test: formatting, clippy (native and
# wasm32), native tests, component tests in headless Chromium, the release build and its size
# budget, and the end-to-end journeys in Chromium against that build served on loopback.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$STANDOFF_ROOT/scripts/setup.sh"
cd "$STANDOFF_ROOT"

say "formatting"
cargo fmt --all -- --check

say "clippy (native)"
cargo clippy --locked --all-targets -- -D warnings

say "clippy (wasm32)"
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --test web_components --test web_charts --test web_editor --test web_sharing --test web_i18n -- -D warnings

say "native tests"
cargo test --locked

say "component tests in headless Chromium"
cargo test --locked --target wasm32-unknown-unknown --test web_components --test web_charts --test web_editor --test web_sharing --test web_i18n

say "release build"
trunk build --release

say "size guard"
# The product budget is 200 KB gzip (docs/performance.md) and is not met yet (≈ 434 KB on
# 2026-11-28): this guard catches regressions meanwhile, and the table shows the distance to
# the budget. It was 450 KB (460,800 bytes); the English and French interface (branch i18n)
# measured 433.7 KB → 463.3 KB gzip (+29.6 KB: ≈ 8 KB of texts, the rest the code that picks
# them and the language context), so it is 460 KiB (471,040 bytes) since.
"$STANDOFF_ROOT/scripts/size_check.sh" 471040

say "end-to-end journeys in Chromium"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
python3 -m http.server "$port" --bind 127.0.0.1 --directory dist >/tmp/standoff-e2e-server.log 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -sf "http://127.0.0.1:$port/" >/dev/null && break
  sleep 0.1
done
STANDOFF_URL="http://127.0.0.1:$port/" node --test --test-concurrency=1 tests/e2e/

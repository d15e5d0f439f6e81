#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test: formatting, clippy (native and
# wasm32), native tests, component tests in headless Chromium, the release build and its size
# guard, and the end-to-end journeys in Chromium against that build served on loopback.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# Whatever this run starts (chromedriver and its Chromium, the file server, the journeys'
# browsers) is stopped when it ends, however it ends (env.sh, track_started_processes).
track_started_processes
run "$STANDOFF_ROOT/scripts/setup.sh"
cd "$STANDOFF_ROOT"

say "formatting"
run cargo fmt --all -- --check

say "clippy (native)"
run cargo clippy --locked --workspace --all-targets -- -D warnings

say "clippy (wasm32)"
run cargo clippy --locked --target wasm32-unknown-unknown -p standoff-core -p standoff-formats -p standoff-words --lib -- -D warnings
run cargo clippy --locked --target wasm32-unknown-unknown -p standoff --lib --bins --test web_components --test web_charts --test web_editor --test web_sharing --test web_i18n --test web_classroom --test web_game -- -D warnings

say "native tests (every crate of the workspace)"
# The spreadsheet test must not pass for want of LibreOffice here (setup installs it).
export STANDOFF_REQUIRE_SOFFICE=1
run cargo test --locked --workspace

say "component tests in headless Chromium"
run cargo test --locked --target wasm32-unknown-unknown --test web_components --test web_charts --test web_editor --test web_sharing --test web_i18n --test web_classroom --test web_game

say "release build"
run trunk build --release

say "size guard"
# A ratchet against growth, not a budget: the 200 KB first-visit budget is retired
# (docs/performance.md, "The size guard"). The limit is the latest measured build with about
# 2 % of headroom; raise it only with a measurement in docs/performance.md that says what the
# new bytes bought.
run "$STANDOFF_ROOT/scripts/size_check.sh" 1280000

say "end-to-end journeys in Chromium"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
python3 -m http.server "$port" --bind 127.0.0.1 --directory dist >/tmp/standoff-e2e-server.log 2>&1 &
for _ in $(seq 50); do
  curl -sf "http://127.0.0.1:$port/" >/dev/null && break
  sleep 0.1
done
STANDOFF_URL="http://127.0.0.1:$port/" run node --test --test-concurrency=1 tests/e2e/

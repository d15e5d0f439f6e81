#!/usr/bin/env bash
# Sets up what is missing, builds the app and serves it on http://127.0.0.1:8080/ with reload.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# Trunk and the builds it starts are stopped on Ctrl-C or SIGTERM, even one caught mid-build
# (env.sh, track_started_processes); so the script waits for Trunk instead of becoming it.
track_started_processes
run "$STANDOFF_ROOT/scripts/setup.sh"
cd "$STANDOFF_ROOT"
say "serving Standoff at http://127.0.0.1:${PORT:-8080}/"
# No auto-reload: its injected inline script would be refused by the page's
# Content-Security-Policy (no inline scripts) and show as a console error. Reload by hand.
run trunk serve --address 127.0.0.1 --port "${PORT:-8080}" --no-autoreload "$@"

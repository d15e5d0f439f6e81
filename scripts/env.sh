# Shared settings for the project's scripts; sourced, never run on its own.
# The pinned versions live here so that setup, serve, test and bench agree on them.

STANDOFF_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
# wasm-bindgen-cli must match the wasm-bindgen crate exactly; Cargo.toml pins it with "=".
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$STANDOFF_ROOT/Cargo.lock")"
export PATH="$STANDOFF_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export STANDOFF_CHROMIUM="${STANDOFF_CHROMIUM:-/usr/bin/chromium}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

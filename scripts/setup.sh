#!/usr/bin/env bash
# Installs whatever this project needs and is missing, and nothing else: the wasm32 target,
# trunk, wasm-bindgen-cli, Debian's chromium and chromedriver, LibreOffice Calc (for the
# spreadsheet test), and the npm tools (binaryen's
# wasm-opt, terser and playwright-core) into the project's own node_modules. Every step checks
# first, so a second run takes a second or two.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$STANDOFF_ROOT"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qF "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 11 minutes on 2 cores, once)"
  # Newer trunk releases need a newer rustc than this machine has.
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qF "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes, once)"
  # Not --locked: the registry lacks one of its locked dependency versions.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -x "$STANDOFF_CHROMIUM" ] || [ ! -x "$CHROMEDRIVER" ]; then
  say "installing Debian's chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# The ledger's spreadsheet test opens the files in LibreOffice Calc (about 3 minutes, once).
if ! command -v soffice >/dev/null 2>&1; then
  say "installing Debian's libreoffice-calc-nogui"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq libreoffice-calc-nogui >/dev/null
fi

# npm ci only when the lock file changed since the last install: the stamp holds its hash.
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f node_modules/.standoff-lock-hash ] || [ "$(cat node_modules/.standoff-lock-hash)" != "$lock_hash" ]; then
  say "installing npm tools (binaryen's wasm-opt, terser, playwright-core) into ./node_modules"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.standoff-lock-hash
fi

# Trunk runs cargo with --offline (Trunk.toml), so the crates must be in the cache first.
if [ ! -f target/.standoff-fetched ] || [ Cargo.lock -nt target/.standoff-fetched ]; then
  say "fetching crates"
  cargo fetch --locked
  mkdir -p target && touch target/.standoff-fetched
fi

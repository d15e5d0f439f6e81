#!/usr/bin/env bash
# The benchmark (not part of the test run): builds the release site, times one simulation on
# wasm32 in headless Chromium and natively (tests/web_bench.rs), runs the criterion benches
# that exist, serves dist/ on a free loopback port, and drives Chromium with
# tests/bench/run.mjs. Prints a table with every budget and writes bench-results/latest.json
# (and latest.md). docs/performance.md describes each measurement.
#
# Environment: BENCH_SKIP_BUILD=1 reuses dist/; BENCH_SKIP_RUST=1 skips the Rust timings
# (web_bench and criterion); BENCH_LOADS and BENCH_INPUTS set the number of cold loads and of
# inputs per CPU throttle rate (defaults 7 and 240); BENCH_ONLY (e.g. loads,input) runs only
# those parts of the browser run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# The builds, the wasm timing's chromedriver and Chromium, the file server and the benchmark's
# browser are stopped when this run ends, however it ends (env.sh, track_started_processes).
track_started_processes
run "$STANDOFF_ROOT/scripts/setup.sh"
cd "$STANDOFF_ROOT"
mkdir -p bench-results

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  say "release build"
  run trunk build --release
fi
say "first-visit size"
# The browser run below reports the same row; here the per-file table is enough (the guard
# given here is the test command's, so the table prints whether it holds).
"$STANDOFF_ROOT/scripts/size_check.sh" "$(grep -o 'size_check.sh [0-9]*' "$STANDOFF_ROOT/scripts/test.sh" | cut -d' ' -f2)" || true
say "size profile of the wasm, before wasm-opt (code by crate, largest functions)"
# Trunk keeps wasm-bindgen's output in the cargo target folder (CARGO_TARGET_DIR when set).
for wasm in "${CARGO_TARGET_DIR:-target}"/wasm-bindgen/release/*_bg.wasm; do
  [ -f "$wasm" ] && node tests/bench/wasm_size.mjs "$wasm" 12 | tee bench-results/wasm-size.txt
done

rust_json="bench-results/rust.json"
if [ "${BENCH_SKIP_RUST:-0}" != 1 ]; then
  lines="bench-results/rust-lines.txt"
  : >"$lines"
  say "one simulation on wasm32, in headless Chromium (release profile)"
  { timeout 1800 cargo test --locked --profile release --target wasm32-unknown-unknown --test web_bench -- --nocapture 2>&1 \
    | tee -a "$lines" | grep -E '^(BENCH|test result|error)' || echo "the wasm timing did not run" >&2; } &
  wait "$!"
  say "one simulation, native (release profile)"
  { timeout 1800 cargo test --locked --profile release --test web_bench -- --ignored --nocapture 2>&1 \
    | tee -a "$lines" | grep -E '^(BENCH|test result|error)' || echo "the native timing did not run" >&2; } &
  wait "$!"
  for bench in engine analysis; do
    if [ -f "crates/core/benches/$bench.rs" ]; then
      say "criterion: $bench (short run)"
      { timeout 1800 cargo bench --locked -p standoff-core --bench "$bench" -- --warm-up-time 1 --measurement-time 3 2>&1 \
        | tee "bench-results/criterion-$bench.txt" | grep -E 'time:|CPU time|cpu-time' || echo "criterion $bench did not run" >&2; } &
      wait "$!"
    else
      echo "crates/core/benches/$bench.rs not on this commit: no criterion figures for it"
      rm -f "bench-results/criterion-$bench.txt"
    fi
  done
  # Into one file: every `BENCH {json}` line (wasm-bindgen-test may prefix console output),
  # and the CPU-time lines the criterion benches print before their wall-clock runs
  # ("<id>: 12.3 µs CPU time per simulation …" and "cpu-time <id>: 1.234 ms per call").
  node -e '
    const fs = require("fs");
    const [linesFile, outFile, ...criterionFiles] = process.argv.slice(1);
    const out = { simulate: {}, cpu: [] };
    for (const line of fs.readFileSync(linesFile, "utf8").split("\n")) {
      const at = line.indexOf("BENCH {");
      if (at < 0) continue;
      const record = JSON.parse(line.slice(at + 6));
      out[record.bench] = out[record.bench] ?? {};
      out[record.bench][record.target] = record;
    }
    for (const file of criterionFiles.filter((f) => fs.existsSync(f))) {
      const bench = file.replace(/^.*criterion-|\.txt$/g, "");
      for (const line of fs.readFileSync(file, "utf8").split("\n")) {
        let m = line.match(/^(\S+): ([\d.]+) µs CPU time per simulation/);
        if (m) out.cpu.push({ bench, id: `simulate ${m[1]}`, ms: Number(m[2]) / 1000 });
        m = line.match(/^cpu-time (\S+): ([\d.]+) ms per call/);
        if (m) out.cpu.push({ bench, id: m[1], ms: Number(m[2]) });
      }
    }
    fs.writeFileSync(outFile, JSON.stringify(out, null, 2) + "\n");
  ' "$lines" "$rust_json" bench-results/criterion-engine.txt bench-results/criterion-analysis.txt
fi

say "browser benchmark"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
python3 -m http.server "$port" --bind 127.0.0.1 --directory dist >bench-results/server.log 2>&1 &
for _ in $(seq 50); do
  curl -sf "http://127.0.0.1:$port/" >/dev/null && break
  sleep 0.1
done
STANDOFF_URL="http://127.0.0.1:$port/" STANDOFF_DIST="$STANDOFF_ROOT/dist" BENCH_RUST="$rust_json" \
  run timeout 1000 node tests/bench/run.mjs

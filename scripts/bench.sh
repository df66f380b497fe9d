#!/usr/bin/env bash
# Benchmarks, native and in headless Chromium (the pkg/ API and the app's worker pool), in one
# run on this machine; prints a table
# (also saved to target/bench-results.md). Add `--criterion` for criterion's detailed native run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
setup_once test
mkdir -p target
if [ "${1:-}" = --criterion ]; then
  cargo bench --bench keys
fi
echo "==> native timings"
cargo bench --quiet --bench native_timings | tail -n 1 > target/bench-native.json
echo "==> building pkg/ and the release page"
wasm-pack --quiet build --target web --release . --features wasm
./scripts/release.sh > target/bench-release.log 2>&1
echo "==> the app's worker pool in headless Chromium"
node benches/browser/app_bench.mjs | tail -n 1 > target/bench-app.json
echo "==> the pkg/ API in headless Chromium, and the table"
node benches/browser/run.mjs target/bench-native.json target/bench-app.json

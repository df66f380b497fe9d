#!/usr/bin/env bash
# Benchmarks, native and in headless Chromium, in one run on this machine; prints a table
# (also saved to target/bench-results.md). Add `--criterion` for criterion's detailed native run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
./scripts/setup.sh
mkdir -p target
if [ "${1:-}" = --criterion ]; then
  cargo bench --bench keys
fi
echo "==> native timings"
cargo bench --quiet --bench native_timings | tail -n 1 > target/bench-native.json
echo "==> building pkg/ (release) and timing it in headless Chromium"
wasm-pack --quiet build --target web --release . --features wasm
node benches/browser/run.mjs target/bench-native.json

#!/usr/bin/env bash
# Sets up if needed, then runs every check: format, clippy (native and wasm32), native tests,
# wasm-bindgen tests in headless Chromium, and end-to-end tests against the built pkg/, the page
# and the browser extension (Chromium; Firefox ESR for the file and one extension flow).
# Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
setup_once test
# One full build per run: incremental caches would only cost disk (tens of GB across profiles).
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

step() { printf '\n==> %s\n' "$*"; }
started=$SECONDS
mkdir -p target

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy, native"
cargo clippy --workspace --all-targets --quiet -- -D warnings
step "clippy, wasm32 (core with the wasm façade, and the app)"
cargo clippy --workspace --lib --bins --tests --target wasm32-unknown-unknown --features withdrawal-wallet/wasm --quiet -- -D warnings

step "supply chain: licences, bans and sources (cargo deny; advisories need GitHub, see SECURITY.md)"
cargo deny --offline check licenses bans sources

step "native tests (cargo test)"
cargo test --workspace 2>&1 | tee target/native-tests.log

step "browser tests: core and pkg/ API (wasm-pack test --headless --chrome)"
wasm-pack test --headless --chrome . --features wasm 2>&1 | tee target/wasm-core-tests.log
step "browser tests: Leptos components"
wasm-pack test --headless --chrome www 2>&1 | tee target/wasm-www-tests.log

step "build pkg/ (wasm-pack) and the offline release, then end-to-end tests in Node and headless Chromium"
wasm-pack --quiet build --target web --release . --features wasm
./scripts/release.sh
node --test tests/e2e/ 2>&1 | tee target/e2e-tests.log

step "end-to-end: every flow again, against the Chromium extension's page (unpacked from its zip)"
rm -rf target/extension-chromium
python3 -m zipfile -e "$(ls release/withdrawal-wallet-extension-*[0-9].zip)" target/extension-chromium
WW_TARGET=extension WW_EXTENSION_DIR="$PWD/target/extension-chromium" node --test \
  tests/e2e/{app,journeys,stale,find_validators,verify_files,top_up_builder,ownership_proof,execution_requests,hand_off}.test.mjs \
  2>&1 | tee target/e2e-extension-tests.log

if [ "${CI:-}" = true ] || [ "${CHECK_REPRODUCIBLE:-}" = 1 ]; then
  step "reproducibility: two release builds from clean checkouts in different folders"
  ./scripts/check-reproducible.sh
fi

step "summary"
count() { # log, pattern for "N passed"/"N failed" fields
  awk -v field="$2" '
    /^test result:/ { for (i = 1; i <= NF; i++) if ($(i + 1) ~ "^" field) s += $i }
    /^# (pass|fail) / && (($2 == "pass" && field == "passed") || ($2 == "fail" && field == "failed")) { s += $3 }
    END { print s + 0 }' "$1"
}
passed=0
failed=0
for suite in native-tests wasm-core-tests wasm-www-tests e2e-tests e2e-extension-tests; do
  p=$(count "target/$suite.log" passed)
  f=$(count "target/$suite.log" failed)
  printf '%-20s %4d passed, %d failed\n' "$suite" "$p" "$f"
  passed=$((passed + p))
  failed=$((failed + f))
done
printf 'all suites in %ds\n' $((SECONDS - started))
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

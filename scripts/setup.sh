#!/usr/bin/env bash
# Installs everything the build and the tests need, and only what is missing.
# Idempotent: a second run checks versions and returns in seconds. Never downloads from GitHub.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

# Pinned tool versions. wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
TRUNK_VERSION=0.21.14
WASM_PACK_VERSION=0.15.1
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
DEBIAN_PACKAGES=(clang lld chromium chromium-driver firefox-esr)
GECKODRIVER_VERSION=0.37.1
CARGO_DENY_VERSION=0.20.2

log() { printf '[setup] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Rust toolchain and wasm target (rust-toolchain.toml names the toolchain).
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# Debian packages: clang+lld compile blst's C for wasm32; chromium+driver and firefox-esr run
# the browser tests (geckodriver, below, drives Firefox).
missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Cargo tools, each at its pinned version.
cargo_tool() { # binary, version-output pattern, crate, version
  local binary=$1 pattern=$2 crate=$3 version=$4
  # Read the whole output first: some tools panic on a closed pipe (grep -q).
  local installed
  installed=$("$binary" --version 2>/dev/null || true)
  if [[ "$installed" == *"$pattern"* ]]; then
    return
  fi
  log "installing $crate $version (cargo install; takes minutes)"
  # --locked first; wasm-bindgen-cli 0.2.130's own lockfile names webpki-roots 1.0.11, which
  # crates.io no longer serves, so it falls back to a fresh resolution of the same pinned version.
  cargo install --locked --quiet "$crate" --version "=$version" ||
    cargo install --quiet "$crate" --version "=$version"
}
cargo_tool wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION" wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
cargo_tool trunk "trunk $TRUNK_VERSION" trunk "$TRUNK_VERSION"
cargo_tool wasm-pack "wasm-pack $WASM_PACK_VERSION" wasm-pack "$WASM_PACK_VERSION"
cargo_tool geckodriver "geckodriver $GECKODRIVER_VERSION" geckodriver "$GECKODRIVER_VERSION"
cargo_tool cargo-deny "cargo-deny $CARGO_DENY_VERSION" cargo-deny "$CARGO_DENY_VERSION"

# npm tools into ./node_modules: binaryen's wasm-opt (Debian's 108 corrupts wasm-bindgen
# output) and playwright-core for the e2e tests (it drives Debian's chromium; no download).
npm_package_version() { node -p "require('./node_modules/$1/package.json').version" 2>/dev/null || true; }
if [ "$(npm_package_version binaryen)" != 132.0.0 ] || [ "$(npm_package_version playwright-core)" != 1.65.1 ]; then
  log "installing npm tools (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

log "ready: $(wasm-bindgen --version), $(trunk --version), $(wasm-pack --version), $(geckodriver --version 2>/dev/null | sed -n 1p), $(cargo-deny --version), $(node_modules/.bin/wasm-opt --version)"

#!/usr/bin/env bash
# Installs what a command needs, and only what is missing:
#   scripts/setup.sh build   what scripts/release.sh and run.sh need: the wasm32 target, clang+lld,
#                            wasm-bindgen-cli, trunk and the npm tools (wasm-opt)
#   scripts/setup.sh test    (the default) all of build, plus the browsers and their drivers,
#                            wasm-pack and cargo-deny for scripts/test.sh
# Idempotent: a second run checks versions and returns in seconds. Never downloads from GitHub.
# Versions live in scripts/versions.sh. Scripts call this through setup_once (scripts/env.sh), so
# it runs once per top-level command.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/versions.sh

need=${1:-test}
case "$need" in
  build | test) ;;
  *) echo "usage: scripts/setup.sh [build|test]" >&2; exit 2 ;;
esac

log() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Trunk.toml cannot read versions.sh or package.json, so its pins are checked against them here.
binaryen_version=$(node -p "require('./package.json').devDependencies.binaryen")
trunk_wasm_opt=$(sed -n 's/^wasm_opt *= *"\(.*\)"/\1/p' Trunk.toml)
if [ "$trunk_wasm_opt" != "version_${binaryen_version%%.*}" ]; then
  die "Trunk.toml pins wasm_opt = \"$trunk_wasm_opt\" but package.json has binaryen $binaryen_version: make them agree"
fi
trunk_wasm_bindgen=$(sed -n 's/^wasm_bindgen *= *"\(.*\)"/\1/p' Trunk.toml)
if [ -n "$trunk_wasm_bindgen" ] && [ "$trunk_wasm_bindgen" != "$WASM_BINDGEN_VERSION" ]; then
  die "Trunk.toml pins wasm_bindgen = \"$trunk_wasm_bindgen\" but Cargo.lock has $WASM_BINDGEN_VERSION: drop the pin (Trunk reads Cargo.lock)"
fi

# Rust toolchain and wasm target (rust-toolchain.toml names the toolchain).
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# Debian packages: clang+lld compile blst's C for wasm32, python3 bundles and serves the release,
# zopfli packs its wasm (deterministic gzip, 6% smaller than zlib's);
# chromium+driver and firefox-esr run the browser tests (geckodriver, below, drives Firefox);
# WenQuanYi Micro Hei (1.6 MB) gives the test screenshots Chinese, Japanese and Korean glyphs
# (DejaVu, already there, covers Arabic and Greek).
debian_packages=(clang lld python3 zopfli)
if [ "$need" = test ]; then
  debian_packages+=(chromium chromium-driver firefox-esr fonts-wqy-microhei)
fi
missing=()
for package in "${debian_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Cargo tools, each at its pinned version. Some crates' release profiles ask for fat LTO and one
# codegen unit: Trunk then takes about 450 s to install instead of 300 s, for no gain that matters
# here (the release they build is byte-identical).
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
cargo_tool() { # binary, crate, version, extra `cargo install` arguments
  local binary=$1 crate=$2 version=$3
  shift 3
  # Read the whole output first: some tools panic on a closed pipe. Its first line is
  # "<binary> <version> ..." for all five.
  local output name installed
  output=$("$binary" --version 2>/dev/null || true)
  read -r name installed _ <<< "$output" || true
  if [ "$name" = "$binary" ] && [ "$installed" = "$version" ]; then
    return
  fi
  log "installing $crate $version (cargo install; takes minutes)"
  # --locked first; wasm-bindgen-cli 0.2.130's own lockfile names webpki-roots 1.0.11, which
  # crates.io no longer serves, so it falls back to a fresh resolution of the same pinned version.
  local errors
  errors=$(mktemp)
  if ! cargo install --locked --quiet "$crate" --version "=$version" "$@" 2> "$errors"; then
    log "$crate's lockfile failed here ($(grep -m1 '^error' "$errors" || tail -n1 "$errors")); resolving afresh"
    cargo install --quiet "$crate" --version "=$version" "$@"
  fi
  rm -f "$errors"
}
cargo_tool wasm-bindgen wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
# Trunk's default features are TLS (for downloading tools and https proxies) and a crates.io update
# check; builds here are --offline and serve plain http, so neither is needed.
cargo_tool trunk trunk "$TRUNK_VERSION" --no-default-features
if [ "$need" = test ]; then
  cargo_tool wasm-pack wasm-pack "$WASM_PACK_VERSION"
  cargo_tool geckodriver geckodriver "$GECKODRIVER_VERSION"
  cargo_tool cargo-deny cargo-deny "$CARGO_DENY_VERSION"
fi

# npm tools into ./node_modules at package-lock.json's versions: binaryen's wasm-opt (Debian's 108
# corrupts wasm-bindgen output) and playwright-core for the e2e tests (it drives Debian's chromium
# and downloads nothing; small enough to install for the build too, as `npm ci` does).
if ! node -e '
  const locked = require("./package-lock.json").packages;
  for (const name of Object.keys(require("./package.json").devDependencies)) {
    try { if (require(`./node_modules/${name}/package.json`).version !== locked[`node_modules/${name}`].version) process.exit(1); }
    catch { process.exit(1); }
  }' 2>/dev/null; then
  log "installing npm tools (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

ready="$(wasm-bindgen --version), $(trunk --version), $(node_modules/.bin/wasm-opt --version)"
if [ "$need" = test ]; then
  ready+=", $(wasm-pack --version), $(geckodriver --version 2>/dev/null | sed -n 1p), $(cargo-deny --version)"
fi
log "ready for $need: $ready"

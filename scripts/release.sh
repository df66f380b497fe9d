#!/usr/bin/env bash
# Builds the offline release into release/: withdrawal-wallet.html (one self-contained file),
# withdrawal-wallet-<version>.zip, the browser extension's zips (Chromium, Firefox) and
# SHA256SUMS. Reproducible: paths are remapped out of the binaries, tools are pinned, and no
# timestamps enter the output.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
setup_once build
CARGO_HOME_DIR="${CARGO_HOME:-$HOME/.cargo}"
# SIMD and erase_components as in .cargo/config.toml (RUSTFLAGS replaces that file's flags).
export RUSTFLAGS="-C target-feature=+simd128 --cfg erase_components --remap-path-prefix=$PWD=/withdrawal-wallet --remap-path-prefix=$CARGO_HOME_DIR=/cargo"
export SOURCE_DATE_EPOCH=0
trunk build --release --offline
python3 scripts/bundle_release.py

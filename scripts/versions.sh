# The one place for each tool version; sourced by scripts/setup.sh from the repository root.
# Cargo tools:
TRUNK_VERSION=0.21.14 # 0.22 needs a newer rustc than rust-toolchain.toml's
WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1
CARGO_DENY_VERSION=0.20.2
# wasm-bindgen-cli must equal the wasm-bindgen crate, so its one place is Cargo.lock (Trunk reads
# it there too, and refuses another version offline).
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
# npm tools (binaryen's wasm-opt, playwright-core): package.json, locked by package-lock.json.
# Trunk.toml's `wasm_opt` has to name binaryen's version too; setup.sh fails if they disagree.

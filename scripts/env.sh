# Sourced by the scripts: the tools' locations, whatever the caller's PATH.
# rustup's cargo bin (cargo, trunk, wasm-pack, wasm-bindgen, geckodriver) and the pinned npm tools.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

# Sourced by the scripts: the tools' locations, whatever the caller's PATH.
# rustup's cargo bin (cargo, trunk, wasm-pack, wasm-bindgen, geckodriver) and the pinned npm tools.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

# setup_once build|test: runs scripts/setup.sh for that need unless this command already did. The
# exported marker tells child scripts (test.sh → release.sh, check-reproducible.sh → release.sh in
# clones) that it is done; test's tools include build's.
setup_once() {
  case "${WITHDRAWAL_WALLET_SETUP_DONE:-}:$1" in
    test:* | build:build) return 0 ;;
  esac
  ./scripts/setup.sh "$1"
  export WITHDRAWAL_WALLET_SETUP_DONE=$1
}

#!/usr/bin/env bash
# Sets up if needed, builds the app in release mode and serves it on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
echo "withdrawal-wallet: building, then serving on http://127.0.0.1:8080/ (Ctrl-C stops)"
exec trunk serve --release --offline --address 127.0.0.1 --port 8080 --no-autoreload

#!/usr/bin/env bash
# Sets up if needed, builds the release page and serves it on http://127.0.0.1:8080 with the
# same Content-Security-Policy it carries offline. (For development, `trunk serve` also works.)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
./scripts/release.sh
echo "withdrawal-wallet: serving on http://127.0.0.1:8080/withdrawal-wallet.html (Ctrl-C stops)"
exec python3 -m http.server 8080 --bind 127.0.0.1 --directory release

#!/usr/bin/env bash
# Builds the release twice, from two clean checkouts of HEAD in different folders with their
# own target directories, and fails unless both give byte-identical files.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# Once here: the clones' release.sh then skip it, and node_modules exists to copy.
setup_once build
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for copy in a b; do
  git clone --quiet --no-hardlinks . "$work/$copy"
  # The npm tools are pinned by package-lock.json; reuse this checkout's install.
  cp -r node_modules "$work/$copy/node_modules"
  (cd "$work/$copy" && ./scripts/release.sh > "$work/$copy.log" 2>&1) || { tail -20 "$work/$copy.log"; exit 1; }
done
echo "build a:"; cat "$work/a/release/SHA256SUMS"
echo "build b:"; cat "$work/b/release/SHA256SUMS"
if cmp -s "$work/a/release/SHA256SUMS" "$work/b/release/SHA256SUMS" && diff -r "$work/a/release" "$work/b/release" > /dev/null; then
  echo "reproducible: both builds are byte-identical"
else
  echo "NOT reproducible: the two builds differ"
  exit 1
fi

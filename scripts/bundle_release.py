#!/usr/bin/env python3
"""Turns Trunk's dist/ into the offline release: one self-contained HTML file, a zip of the
static site, the browser extension's two zips (`bundle_extension.py`), and SHA256SUMS. Deterministic: the same dist/ gives byte-identical files.

The page and its Web Workers run one wasm: the app's `main` mounts the page when there is a
window and serves jobs when there is none. The page cannot fetch anything from file:// (and
its CSP forbids it anyway), so:
- the app's `--target web` glue and its wasm (gzip, base 85) go into one inline module script,
  which instantiates the wasm from bytes;
- the same glue, turned into a classic script (`classic_worker_script`), is the source of the
  workers, started from a blob: URL (module workers from blob: do not start in Chromium); each
  is sent the page's compiled module as its first message (`jobs::spawn`), so the wasm ships once;
- the stylesheet is inlined; a Content-Security-Policy meta tag allows exactly these inline
  scripts and styles by hash, wasm compilation, and blob: workers, and nothing else.

`bundle_release.py --worker-script-only [DIR]` only writes that classic script, as
withdrawal-wallet-worker.js next to the glue in DIR (default: $TRUNK_STAGING_DIR): Trunk's
post-build hook (Trunk.toml), so the page served by `trunk serve` finds its workers' script.
"""
import base64
import gzip
import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from bundle_extension import write_extensions

ROOT = pathlib.Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
RELEASE = ROOT / "release"
RELEASE_BUDGET_BYTES = 1_500_000
WORKER_SCRIPT = "withdrawal-wallet-worker.js"
APP_GLUE = "withdrawal-wallet-www-*[!g].js"


def only(pattern: str, directory: pathlib.Path = DIST) -> pathlib.Path:
    matches = sorted(directory.glob(pattern))
    if len(matches) != 1:
        sys.exit(f"expected exactly one {directory}/{pattern}, found {[m.name for m in matches]}")
    return matches[0]


def classic_worker_script(glue: str) -> str:
    """The workers' script: the app's `--target web` glue (an ES module) as a classic script.

    Module workers from blob: do not start in Chromium from file://, so the module syntax goes:
    `export` is dropped from declarations, the `export { ... };` and `export default ...;`
    statements are removed, and `import.meta.url` (read only to find the wasm next to the glue,
    which a worker never does) becomes `self.location.href`. The result runs strict and inside
    a function, as the module did, so none of its names lands on the worker's global scope.
    The bootstrap instantiates the wasm module the page posts first (wasm-bindgen 0.2's
    `initSync({ module })`); that runs the app's `main`, which finds no window and serves jobs.
    Exits if any module syntax is left, so a change in wasm-bindgen's glue cannot slip through.
    """
    script = re.sub(r"^export (?=(?:async function|function|class|const|let|var)\b)", "", glue, flags=re.M)
    script = re.sub(r"^export \{[^}]*\};?[ \t]*\n?", "", script, flags=re.M)
    script = re.sub(r"^export default [^;\n]*;[ \t]*\n?", "", script, flags=re.M)
    script = script.replace("import.meta.url", "self.location.href")
    left = re.findall(r"^[ \t]*(?:export\b|import[ \t{*'\"]).*$", script, flags=re.M)
    if left or "import.meta" in script or re.search(r"\bimport\s*\(", script):
        sys.exit(f"the app's glue has module syntax classic_worker_script does not handle: {left}")
    if not re.search(r"^function initSync\(module\)", script, flags=re.M) or "({module} = module)" not in script:
        sys.exit("the app's glue has no initSync({ module }) for the workers' bootstrap")
    return (
        '"use strict";\n(() => {\n'
        + script
        + "\n// withdrawal-wallet worker bootstrap: the page posts its compiled wasm module first.\n"
        + "self.addEventListener('message', (event) => initSync({ module: event.data }), { once: true });\n"
        + "})();\n"
    )


def write_worker_script(directory: pathlib.Path) -> None:
    """Trunk's post-build hook: the workers' script next to the glue, for `trunk serve`."""
    script = classic_worker_script(only(APP_GLUE, directory).read_text())
    (directory / WORKER_SCRIPT).write_text(script)


# The wasm and the workers' script travel gzip-compressed (zopfli) in base 85, inflated in the
# browser with DecompressionStream, which needs no network and no eval. Base 85 writes 4 bytes
# as 5 characters where base64 takes 6 for 3: about 100 KB less page than base64. The alphabet is
# RFC 1924's (Python's `base64.b85encode`) with `.` in place of `<`, so no `<` (hence no `</script`
# and no `<!--`) can appear in the literal.
B85_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;.=>?@^_`{|}~"
INFLATE = """
async function inflate(text) {
  const alphabet = '%s';
  const digit = new Uint8Array(128);
  for (let i = 0; i < 85; i++) digit[alphabet.charCodeAt(i)] = i;
  const tail = text.length %% 5;
  const padded = tail ? text + '~'.repeat(5 - tail) : text;
  const bytes = new Uint8Array((padded.length / 5) * 4);
  const view = new DataView(bytes.buffer);
  for (let group = 0; group < padded.length / 5; group++) {
    let value = 0;
    for (let i = group * 5; i < group * 5 + 5; i++) value = value * 85 + digit[padded.charCodeAt(i)];
    view.setUint32(group * 4, value);
  }
  const packed = bytes.subarray(0, bytes.length - (tail ? 5 - tail : 0));
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
""" % B85_ALPHABET


def packed(payload: bytes) -> str:
    """`payload` gzip-compressed, in base 85, as a JS string literal for `inflate`.

    Zopfli (Debian's `zopfli`, installed by scripts/setup.sh) writes ordinary gzip that
    DecompressionStream reads, about 6% smaller than zlib's level 9 (about 80 KB of the page),
    deterministically and with mtime 0 and no file name, so the release stays reproducible."""
    if not shutil.which("zopfli"):
        sys.exit("zopfli is missing: run ./scripts/setup.sh build")
    with tempfile.TemporaryDirectory() as scratch:
        plain = pathlib.Path(scratch) / "payload"
        plain.write_bytes(payload)
        compressed = subprocess.run(["zopfli", "--gzip", "-c", str(plain)], capture_output=True, check=True).stdout
    if gzip.decompress(compressed) != payload:
        sys.exit("zopfli's output does not inflate back to its input")
    text = base64.b85encode(compressed).decode().replace("<", ".")
    if unpacked_b85(text) != compressed:
        sys.exit("the base 85 text does not decode back to the compressed bytes")
    return json.dumps(text)


def unpacked_b85(text: str) -> bytes:
    """What `inflate` decodes before inflating, in Python: the check that the two agree."""
    return base64.b85decode(text.replace(".", "<"))


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def main() -> None:
    version = re.search(r'^version = "([^"]+)"', (ROOT / "Cargo.toml").read_text(), re.M).group(1)
    app_glue = only(APP_GLUE).read_text()
    app_wasm = only("withdrawal-wallet-www-*_bg.wasm").read_bytes()
    css = only("style-*.css").read_text()
    # The workers' script, packed into the single file and a file of its own in the extension.
    worker_script = classic_worker_script(app_glue)

    # The workers' script is set before the app starts (it starts workers only later anyway).
    boot = (
        app_glue
        + "\n// withdrawal-wallet offline bootstrap: the workers' script as a blob, the app from bytes.\n"
        + INFLATE
        + "window.withdrawalWalletWorkerUrl = URL.createObjectURL(new Blob([await inflate("
        + packed(worker_script.encode())
        + ")], { type: 'text/javascript' }));\n"
        + "await __wbg_init({ module_or_path: await inflate("
        + packed(app_wasm)
        + ") });\n"
    )
    if "</script" in boot.lower():
        sys.exit("the inline script would close early")

    csp = "; ".join(
        [
            "default-src 'none'",
            "connect-src 'none'",
            f"script-src {csp_hash(boot)} 'wasm-unsafe-eval'",
            f"style-src {csp_hash(css)}",
            "img-src data: blob:",
            "worker-src blob:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    html = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
        '<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>withdrawal-wallet {version}</title>\n"
        '<link rel="icon" href="data:,">\n'
        f"<style>{css}</style>\n"
        f'<script type="module">{boot}</script>\n'
        "</head>\n<body></body>\n</html>\n"
    )

    RELEASE.mkdir(exist_ok=True)
    for old in RELEASE.iterdir():
        old.unlink()
    single = RELEASE / "withdrawal-wallet.html"
    single.write_text(html)
    archive = RELEASE / f"withdrawal-wallet-{version}.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        info = zipfile.ZipInfo(f"withdrawal-wallet-{version}/index.html", date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        zf.writestr(info, html)
    extensions = write_extensions(DIST, RELEASE, version, app_glue, worker_script, css)
    sums = "".join(
        f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}\n"
        for path in (single, archive, *extensions)
    )
    (RELEASE / "SHA256SUMS").write_text(sums)
    print(sums, end="")
    for path in (single, *extensions):
        print(f"{path.name}: {path.stat().st_size} bytes")
    # The page's budget (issue #16): one offline file under 1.5 MB with every language in it.
    if single.stat().st_size >= RELEASE_BUDGET_BYTES:
        sys.exit(f"withdrawal-wallet.html is over its budget of {RELEASE_BUDGET_BYTES:,} bytes (see BENCHMARKS.md, Release size)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker-script-only"]:
        target = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("TRUNK_STAGING_DIR")
        if not target:
            sys.exit("--worker-script-only needs a directory (or $TRUNK_STAGING_DIR)")
        write_worker_script(pathlib.Path(target))
    else:
        main()

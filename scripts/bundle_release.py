#!/usr/bin/env python3
"""Turns Trunk's dist/ into the offline release: one self-contained HTML file, a zip of the
static site, and SHA256SUMS. Deterministic: the same dist/ gives byte-identical files.

The page cannot fetch anything from file:// (and its CSP forbids it anyway), so:
- the app's `--target web` glue and its wasm (base64) go into one inline module script, which
  instantiates the wasm from bytes;
- the worker's `no-modules` glue and wasm become the source of a classic worker started from a
  blob: URL (module workers from blob: do not start in Chromium);
- the stylesheet is inlined; a Content-Security-Policy meta tag allows exactly these inline
  scripts and styles by hash, wasm compilation, and blob: workers, and nothing else.
"""
import base64
import gzip
import hashlib
import json
import pathlib
import re
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
RELEASE = ROOT / "release"
WORKER_NAME = "withdrawal-wallet-worker"


def only(pattern: str) -> pathlib.Path:
    matches = sorted(DIST.glob(pattern))
    if len(matches) != 1:
        sys.exit(f"expected exactly one dist/{pattern}, found {[m.name for m in matches]}")
    return matches[0]


def script_literal(text: str) -> str:
    """A JS string literal that cannot close the surrounding <script> element."""
    return json.dumps(text).replace("</", "<\\/")


# The wasm travels gzip-compressed in base64 (about 2.5 times smaller than plain base64) and is
# inflated in the browser with DecompressionStream, which needs no network and no eval.
INFLATE = """
async function inflate(base64) {
  const packed = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
"""


def packed(wasm: bytes) -> str:
    """The wasm, gzip-compressed (mtime 0, so reproducible), as a base64 JS string literal."""
    return json.dumps(base64.b64encode(gzip.compress(wasm, compresslevel=9, mtime=0)).decode())


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def main() -> None:
    version = re.search(r'^version = "([^"]+)"', (ROOT / "Cargo.toml").read_text(), re.M).group(1)
    app_glue = only("withdrawal-wallet-www-*[!g].js").read_text()
    app_wasm = only("withdrawal-wallet-www-*_bg.wasm").read_bytes()
    worker_glue = (DIST / f"{WORKER_NAME}.js").read_text()
    worker_wasm = (DIST / f"{WORKER_NAME}_bg.wasm").read_bytes()
    css = only("style-*.css").read_text()

    worker_source = (
        worker_glue
        + INFLATE
        + "inflate("
        + packed(worker_wasm)
        + ").then((bytes) => wasm_bindgen({ module_or_path: bytes }));\n"
    )
    boot = (
        app_glue
        + "\n// withdrawal-wallet offline bootstrap: the worker from a blob, the app from bytes.\n"
        + INFLATE
        + "window.withdrawalWalletWorkerUrl = URL.createObjectURL(new Blob(["
        + script_literal(worker_source)
        + "], { type: 'text/javascript' }));\n"
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
    sums = "".join(
        f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}\n" for path in (single, archive)
    )
    (RELEASE / "SHA256SUMS").write_text(sums)
    print(sums, end="")
    print(f"withdrawal-wallet.html: {single.stat().st_size} bytes")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Turns Trunk's dist/ into the offline release: one self-contained HTML file, a zip of the
static site, the browser extension's two zips (`bundle_extension.py`), and SHA256SUMS. Deterministic: the same dist/ gives byte-identical files.

The page and its Web Workers run one wasm: the app's `main` mounts the page when there is a
window and serves jobs when there is none. The page cannot fetch anything from file:// (and
its CSP forbids it anyway), so:
- the app's `--target web` glue and its wasm (gzip, base 122) go into one inline module script,
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


# The wasm and the workers' script travel gzip-compressed (zopfli) in a base-122 text (Kuhn's
# scheme, adapted to an inline script), inflated in the browser with DecompressionStream, which
# needs no network and no eval. Each character carries 7 bits: an ASCII character for most
# 7-bit groups, and a two-byte UTF-8 character (U+0100 to U+04FF) for a group that would be a
# character the literal cannot hold (NUL, LF, CR, `"`, `\\`, and `<`, so no `</script` and no
# `<!--`) together with the next group. 8/7 bytes per byte against base 85's 5/4: about 120 KB
# less page for the same wasm.
ILLEGAL = [0, 10, 13, 34, 60, 92]
# A two-byte character is U+0100 + (k << 7) + next: k an index into ILLEGAL, or LAST (the
# illegal group was the last one, and `next` is that group itself).
TWO_BYTE_BASE = 0x100
LAST = 7
INFLATE = """
async function inflate(text) {
  const illegal = [%s];
  const bytes = new Uint8Array(Math.floor((text.length * 14) / 8));
  let bits = 0, count = 0, length = 0;
  const push = (group) => {
    bits = (bits << 7) | group;
    count += 7;
    if (count >= 8) {
      count -= 8;
      bytes[length++] = (bits >> count) & 255;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      push(code);
      continue;
    }
    const kind = (code - %d) >> 7;
    if (kind !== %d) push(illegal[kind]);
    push((code - %d) & 127);
  }
  const packed = bytes.subarray(0, length);
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
""" % (", ".join(map(str, ILLEGAL)), TWO_BYTE_BASE, LAST, TWO_BYTE_BASE)


def base122(data: bytes) -> str:
    """`data` as base-122 text (see ILLEGAL): 7-bit groups, most significant bit first."""
    bits = "".join(f"{byte:08b}" for byte in data)
    bits += "0" * (-len(bits) % 7)
    groups = [int(bits[i : i + 7], 2) for i in range(0, len(bits), 7)]
    out = []
    i = 0
    while i < len(groups):
        group = groups[i]
        if group not in ILLEGAL:
            out.append(chr(group))
            i += 1
        elif i + 1 < len(groups):
            out.append(chr(TWO_BYTE_BASE + (ILLEGAL.index(group) << 7) + groups[i + 1]))
            i += 2
        else:
            out.append(chr(TWO_BYTE_BASE + (LAST << 7) + group))
            i += 1
    return "".join(out)


def unpacked_base122(text: str) -> bytes:
    """What `inflate` decodes before inflating, in Python: the check that the two agree."""
    groups = []
    for char in text:
        code = ord(char)
        if code < 128:
            groups.append(code)
            continue
        kind = (code - TWO_BYTE_BASE) >> 7
        if kind != LAST:
            groups.append(ILLEGAL[kind])
        groups.append((code - TWO_BYTE_BASE) & 127)
    bits = "".join(f"{group:07b}" for group in groups)
    bits = bits[: len(bits) // 8 * 8]
    return bytes(int(bits[i : i + 8], 2) for i in range(0, len(bits), 8))


def packed(payload: bytes) -> str:
    """`payload` gzip-compressed, in base 122, as a JS string literal for `inflate`.

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
    text = base122(compressed)
    if unpacked_base122(text) != compressed:
        sys.exit("the base-122 text does not decode back to the compressed bytes")
    if any(ord(char) in ILLEGAL for char in text):
        sys.exit("the base-122 text holds a character an inline literal cannot")
    return '"' + text + '"'


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
    single.write_text(html, encoding="utf-8")
    archive = RELEASE / f"withdrawal-wallet-{version}.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        info = zipfile.ZipInfo(f"withdrawal-wallet-{version}/index.html", date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        zf.writestr(info, html.encode("utf-8"))
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

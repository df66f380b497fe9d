"""The wallet as a Manifest V3 browser extension, from the same Trunk build as the single file.

`write_extensions(dist, release, version, app_glue, worker_script)` writes two zips:
- `withdrawal-wallet-extension-<version>.zip` for Chromium (Chrome, Brave, Edge): a background
  service worker;
- `withdrawal-wallet-extension-<version>-firefox.zip` for Firefox: a background script (Firefox
  runs no MV3 service worker) and `browser_specific_settings.gecko`.
Both hold the same files otherwise (`extension/` and the build's): the page and its one
script, the app's glue, its wasm and the workers' classic script as separate files of the
extension's own origin (nothing inlined), the stylesheet and the icons. Deterministic: entries
sorted, fixed dates and modes, so a rebuild gives byte-identical zips.
"""
import json
import pathlib
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "extension"

# The add-on's id on addons.mozilla.org and in Firefox's profile: fixed for good once published.
GECKO_ID = "{2334cbee-ce8b-4431-be78-f7cd77310957}"
# The Firefox this is tested on (tests/e2e/firefox.test.mjs, Debian's firefox-esr).
GECKO_MIN_VERSION = "153.0"


def manifest(version: str, browser: str) -> str:
    """extension/manifest.json with the version and what differs between the two browsers."""
    data = json.loads((EXTENSION / "manifest.json").read_text())
    data["version"] = version
    if browser == "firefox":
        data["background"] = {"scripts": ["background.js"]}
        data["browser_specific_settings"] = {
            "gecko": {
                "id": GECKO_ID,
                "strict_min_version": GECKO_MIN_VERSION,
                # Firefox's own statement that the add-on collects no data (AMO requires it).
                "data_collection_permissions": {"required": ["none"]},
            }
        }
    else:
        data["background"] = {"service_worker": "background.js"}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def files(dist: pathlib.Path, app_glue: str, worker_script: str, css: str) -> dict[str, bytes]:
    """Every file of the extension but the manifest, by its path in the zip."""
    wasm = sorted(dist.glob("withdrawal-wallet-www-*_bg.wasm"))
    if len(wasm) != 1:
        raise SystemExit(f"expected one app wasm in {dist}, found {[p.name for p in wasm]}")
    found = {
        "withdrawal-wallet.html": (EXTENSION / "withdrawal-wallet.html").read_bytes(),
        "boot.js": (EXTENSION / "boot.js").read_bytes(),
        "background.js": (EXTENSION / "background.js").read_bytes(),
        "withdrawal-wallet.js": app_glue.encode(),
        "withdrawal-wallet_bg.wasm": wasm[0].read_bytes(),
        "withdrawal-wallet-worker.js": worker_script.encode(),
        "style.css": css.encode(),
    }
    for icon in sorted((EXTENSION / "icons").glob("icon-*.png")):
        found[f"icons/{icon.name}"] = icon.read_bytes()
    return found


def write_zip(path: pathlib.Path, contents: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name in sorted(contents):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, contents[name], compresslevel=9)


def write_extensions(
    dist: pathlib.Path, release: pathlib.Path, version: str, app_glue: str, worker_script: str, css: str
) -> list[pathlib.Path]:
    """Writes both zips into `release`; returns their paths, Chromium's first."""
    common = files(dist, app_glue, worker_script, css)
    written = []
    for browser, suffix in (("chromium", ""), ("firefox", "-firefox")):
        path = release / f"withdrawal-wallet-extension-{version}{suffix}.zip"
        write_zip(path, {**common, "manifest.json": manifest(version, browser).encode()})
        written.append(path)
    return written

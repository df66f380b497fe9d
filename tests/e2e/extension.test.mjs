// The browser extension's packages as released: what the manifests ask for (no permission at
// all), the CSP they set, the files they hold (the page's scripts, the glue, the wasm and the
// workers' script as files of their own, nothing inlined), SHA256SUMS, and in Chromium the
// toolbar button's handler, a refused fetch, and the start time beside the single file's.
// The flows themselves run against the extension page through the other tests
// (WW_TARGET=extension in scripts/test.sh); the no-network walk is in offline.test.mjs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ExtensionBrowser, extensionId, extensionZip, launchBrowser, releaseDir, releaseFileUrl, releaseVersion, unzip, zipEntry, zipNames,
} from './harness.mjs';

const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'none'; worker-src 'self'; style-src 'self'; img-src 'self' data: blob:; base-uri 'none'; form-action 'none'";
/** Keys a manifest could use to reach beyond its own pages; none may be present. */
const REACH = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions', 'content_scripts', 'web_accessible_resources', 'externally_connectable', 'chrome_url_overrides', 'devtools_page', 'sandbox', 'update_url'];

const manifestOf = async (browser) => JSON.parse(zipEntry(await extensionZip(browser), 'manifest.json').toString('utf8'));

let dir;
let extension;
let origin;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-extension-'));
  unzip(await extensionZip('chromium'), dir);
  origin = `chrome-extension://${extensionId(dir)}/`;
  extension = new ExtensionBrowser(dir);
});

after(async () => {
  await extension?.close();
  await rm(dir, { recursive: true, force: true });
});

test('both manifests: Manifest V3, no permission of any kind, the offline CSP, the release version', async () => {
  const version = await releaseVersion();
  for (const browser of ['chromium', 'firefox']) {
    const manifest = await manifestOf(browser);
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.version, version);
    assert.deepEqual(REACH.filter((key) => key in manifest), [], `${browser} asks for more than its pages`);
    assert.equal(manifest.content_security_policy.extension_pages, CSP);
    assert.deepEqual(Object.keys(manifest.content_security_policy), ['extension_pages']);
    assert.ok(manifest.description.length <= 132, 'the stores cut descriptions at 132 characters');
    for (const size of ['16', '32', '48', '128']) assert.equal(manifest.icons[size], `icons/icon-${size}.png`);
  }
  const chromium = await manifestOf('chromium');
  assert.deepEqual(chromium.background, { service_worker: 'background.js' });
  assert.equal(chromium.browser_specific_settings, undefined);
  const firefox = await manifestOf('firefox');
  assert.deepEqual(firefox.background, { scripts: ['background.js'] });
  assert.match(firefox.browser_specific_settings.gecko.id, /^\{[0-9a-f-]{36}\}$/);
  assert.equal(firefox.browser_specific_settings.gecko.strict_min_version, '153.0');
  assert.deepEqual(firefox.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
});

test('the packages: the same files but the manifest, each a file of its own, nothing inlined; in SHA256SUMS', async () => {
  const chromium = await extensionZip('chromium');
  const firefox = await extensionZip('firefox');
  const names = zipNames(chromium).sort();
  assert.deepEqual(zipNames(firefox).sort(), names);
  assert.deepEqual(names, [
    'background.js', 'boot.js', 'icons/icon-128.png', 'icons/icon-16.png', 'icons/icon-32.png', 'icons/icon-48.png',
    'manifest.json', 'style.css', 'withdrawal-wallet-worker.js', 'withdrawal-wallet.html', 'withdrawal-wallet.js', 'withdrawal-wallet_bg.wasm',
  ]);
  for (const name of names.filter((n) => n !== 'manifest.json')) {
    assert.ok(zipEntry(chromium, name).equals(zipEntry(firefox, name)), `${name} differs between the packages`);
  }
  // The page loads its one script and its stylesheet as files; no inline script or style.
  const page = zipEntry(chromium, 'withdrawal-wallet.html').toString('utf8');
  assert.deepEqual([...page.matchAll(/<script[^>]*>/g)].map((m) => m[0]), ['<script type="module" src="boot.js">']);
  assert.doesNotMatch(page, /<style|style=/);
  // The wasm is the real module, not base64 or gzip inside a script.
  assert.deepEqual([...zipEntry(chromium, 'withdrawal-wallet_bg.wasm').subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d]);
  for (const script of ['boot.js', 'withdrawal-wallet.js', 'withdrawal-wallet-worker.js']) {
    assert.ok(zipEntry(chromium, script).length < 100_000, `${script} is small: nothing packed into it`);
  }
  const sums = await readFile(join(releaseDir, 'SHA256SUMS'), 'utf8');
  for (const zip of [chromium, firefox]) {
    const digest = createHash('sha256').update(await readFile(zip)).digest('hex');
    assert.ok(sums.includes(`${digest}  ${zip.split('/').pop()}\n`), `${zip} is not in SHA256SUMS`);
  }
});

test('in Chromium: installing opens the wallet, the toolbar button is handled, a fetch is refused, the page has no storage API', async () => {
  const context = await extension.newContext();
  // The background service worker (the install itself opened a wallet tab, see harness.mjs).
  const [worker] = context.serviceWorkers().length ? context.serviceWorkers() : [await context.waitForEvent('serviceworker')];
  assert.equal(worker.url(), `${origin}background.js`);
  assert.equal(await worker.evaluate(() => chrome.action.onClicked.hasListeners()), true);
  assert.deepEqual(await worker.evaluate(() => chrome.runtime.getManifest().permissions ?? []), []);
  const page = await context.newPage();
  await page.goto(`${origin}withdrawal-wallet.html`);
  await page.getByTestId('use-mnemonic').waitFor();
  const refused = await page.evaluate(() => new Promise((done) => {
    document.addEventListener('securitypolicyviolation', (e) => done(`${e.violatedDirective} ${e.blockedURI}`), { once: true });
    fetch('http://127.0.0.1:9/').catch(() => {});
  }));
  assert.equal(refused, 'connect-src http://127.0.0.1:9/');
  assert.equal(await page.evaluate(() => typeof chrome.storage), 'undefined');
  await context.close();
});

test('size and time to the start screen, the extension beside the single file', async () => {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const startTime = async (browser, url) => {
    const page = await browser.newPage();
    const started = Date.now();
    await page.goto(url);
    await page.getByTestId('use-mnemonic').waitFor();
    const ms = Date.now() - started;
    await page.context().close();
    return ms;
  };
  const single = await launchBrowser();
  const times = { file: [], extension: [] };
  try {
    for (let run = 0; run < 3; run++) {
      times.file.push(await startTime(single, releaseFileUrl));
      times.extension.push(await startTime(extension, `${origin}withdrawal-wallet.html`));
    }
  } finally {
    await single.close();
  }
  const sizes = {
    file: (await stat(join(releaseDir, 'withdrawal-wallet.html'))).size,
    extension: (await stat(await extensionZip('chromium'))).size,
  };
  console.log(`start screen, median of 3: single file ${median(times.file)} ms (${sizes.file} bytes), extension ${median(times.extension)} ms (${sizes.extension} bytes zipped)`);
  // The extension compiles the wasm while it streams in, with no inflating: never slower to start.
  assert.ok(median(times.extension) <= median(times.file) * 1.5, JSON.stringify(times));
});

// The offline release in headless Firefox ESR (Tails' Tor Browser is Firefox ESR), driven over
// WebDriver by geckodriver on 127.0.0.1: the same file:// flow with workers as in Chromium,
// the CSP blocking fetch, and no storage left behind; then the Firefox extension, installed as
// a temporary add-on, and a signing flow on its page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ABANDON_ART, ADDRESS, PASSWORD } from './fixtures.mjs';
import { extensionZip, loadCore, releaseFileUrl as fileUrl, zipEntry } from './harness.mjs';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
/** The extension's origin in this profile, fixed by a pref (see TOOLCHAIN.md). */
const EXTENSION_UUID = '0b4f2a57-7d0e-4c1a-9a59-3e5c2b8f6d10';

let driver;
let base;
let session;
let downloads;
let core;

async function wd(method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}

/** Polls `check` (every 100 ms) until it gives a value; WebDriver has no event to wait on. */
async function waitFor(check, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

const find = (css) => waitFor(async () => (await wd('POST', `/session/${session}/element`, { using: 'css selector', value: css }))[ELEMENT], css);
const click = async (css) => wd('POST', `/session/${session}/element/${await find(css)}/click`, {});
const run = (script, ...args) => wd('POST', `/session/${session}/execute/sync`, { script, args });
const text = (css) => run('return document.querySelector(arguments[0])?.textContent ?? null', css);

async function type(testId, value) {
  const id = await find(`[data-testid="${testId}"]`);
  await wd('POST', `/session/${session}/element/${id}/clear`, {});
  await wd('POST', `/session/${session}/element/${id}/value`, { text: value });
}

/**
 * The text of the downloaded file named `prefix`…, once it is complete: Firefox writes to
 * `<name>.part` beside it and renames that at the end, and every file here is JSON. A file
 * read before does not count.
 */
async function downloaded(prefix) {
  return waitFor(async () => {
    const files = await readdir(downloads);
    const name = files.find((f) => f.startsWith(prefix) && !f.endsWith('.part') && !taken.has(f));
    if (!name || files.includes(`${name}.part`)) return undefined;
    const text = await readFile(join(downloads, name), 'utf8');
    JSON.parse(text);
    taken.add(name);
    return text;
  }, `download ${prefix}`);
}
/** Downloads already read: each call of `downloaded` waits for a new file. */
const taken = new Set();

let geckoId;

before(async () => {
  core = await loadCore();
  geckoId = JSON.parse(zipEntry(await extensionZip('firefox'), 'manifest.json')).browser_specific_settings.gecko.id;
  downloads = await mkdtemp(join(tmpdir(), 'ww-firefox-downloads-'));
  const port = 4444 + Math.floor(Math.random() * 1000);
  base = `http://127.0.0.1:${port}`;
  driver = spawn(process.env.GECKODRIVER ?? 'geckodriver', ['--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
  await waitFor(async () => (await wd('GET', '/status')).ready, 'geckodriver', 20_000);
  const created = await wd('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'firefox',
        'moz:firefoxOptions': {
          binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
          args: ['-headless'],
          prefs: {
            'browser.download.folderList': 2,
            'browser.download.dir': downloads,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            'browser.helperApps.neverAsk.saveToDisk': 'application/json,application/zip',
            'network.captive-portal-service.enabled': false,
            'app.update.enabled': false,
            'toolkit.telemetry.enabled': false,
            'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
          },
        },
      },
    },
  });
  session = created.sessionId;
});

after(async () => {
  if (session) await wd('DELETE', `/session/${session}`).catch(() => {});
  driver?.kill();
});

/**
 * From the start screen with the mnemonic loaded: one BLS change, the package's byte for byte;
 * then the CSP refuses a fetch and nothing is stored.
 */
async function signBlsChangeAndCheckSealed() {
  await click('[data-testid="withdrawal-address"]');
  await click('[data-testid="chain"] option[value="hoodi"]');
  const [first] = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 1 });
  await type('validator-indices', '700001');
  await type('credentials', first.blsWithdrawalCredentials);
  await type('address', ADDRESS);
  await type('address-again', ADDRESS);
  await click('[data-testid="review"]');
  await type('confirm-ending', ADDRESS.slice(-6));
  await click('[data-testid="sign"]');
  await find('[data-testid="files"]');
  await click('[data-file^="bls_to_execution_change-"]');
  const change = JSON.parse(await downloaded('bls_to_execution_change-'));
  assert.deepEqual(change, JSON.parse(core.createBlsToExecutionChanges({
    mnemonic: ABANDON_ART, chain: 'hoodi', startIndex: 0, validatorIndices: ['700001'],
    blsWithdrawalCredentials: [first.blsWithdrawalCredentials], executionAddress: ADDRESS,
  }).json));

  const blocked = await wd('POST', `/session/${session}/execute/async`, {
    script: `const done = arguments[arguments.length - 1];
      document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), { once: true });
      fetch('https://example.org').catch(() => {});`,
    args: [],
  });
  assert.equal(blocked, 'connect-src');
  const storage = await run(`
    const safe = (f) => { try { return f(); } catch { return 0; } };
    return { local: safe(() => localStorage.length), session: safe(() => sessionStorage.length), cookies: document.cookie };`);
  assert.deepEqual(storage, { local: 0, session: 0, cookies: '' });
}

test('Firefox ESR runs the file:// release: keystores, a BLS change, CSP, no storage', async () => {
  await wd('POST', `/session/${session}/url`, { url: fileUrl });
  await click('[data-testid="use-mnemonic"]');
  assert.match(await text('[data-testid="origin"]'), /^Loaded from file:\/\//);
  await type('mnemonic', ABANDON_ART);
  await waitFor(() => text('[data-testid="canonical"]'), 'canonical phrase');
  await click('button[data-testid="use-mnemonic"]');
  await click('[data-testid="validator-keys"]');
  await click('[data-testid="chain"] option[value="hoodi"]');
  await type('count', '2');
  await type('address', ADDRESS);
  await type('address-again', ADDRESS);
  await type('password', PASSWORD);
  await type('password-again', PASSWORD);
  // The signing review: every part ticked before the sign button works.
  await click('[data-testid="review"]');
  for (const part of ['chain', 'address', 'validators', 'amount']) await click(`[data-testid="confirm-${part}"]`);
  await click('[data-testid="generate"]');
  await find('[data-testid="files"]');

  await click('[data-file^="deposit_data"]');
  const deposit = JSON.parse(await downloaded('deposit_data'));
  assert.deepEqual(deposit, JSON.parse(core.createDepositData({
    mnemonic: ABANDON_ART, startIndex: 0, count: 2, chain: 'hoodi', withdrawal: { type: 'compounding', address: ADDRESS },
  }).json));
  await click('[data-file^="keystore-m_12381_3600_1_0_0-"]');
  const keystore = await downloaded('keystore-m_12381_3600_1_0_0-');
  const [key] = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 1, count: 1 });
  assert.deepEqual(core.decryptKeystore(keystore, PASSWORD), {
      pubkey: key.signingPubkey, path: key.signingPath, validatorKey: { use: 'signing', keyIndex: key.index },
    });

  await click('[data-testid="back"]');
  await signBlsChangeAndCheckSealed();
});

test('Firefox ESR installs the extension: it opens the wallet, which signs a BLS change offline', async () => {
  const before = await wd('GET', `/session/${session}/window/handles`);
  const addon = (await readFile(await extensionZip('firefox'))).toString('base64');
  assert.equal(await wd('POST', `/session/${session}/moz/addon/install`, { addon, temporary: true }), geckoId);
  // Installing opens the wallet in a tab (background.js): WebDriver cannot open it itself.
  const [tab] = await waitFor(async () => {
    const handles = await wd('GET', `/session/${session}/window/handles`);
    const added = handles.filter((handle) => !before.includes(handle));
    return added.length ? added : undefined;
  }, 'the wallet tab');
  await wd('POST', `/session/${session}/window`, { handle: tab });
  const page = `moz-extension://${EXTENSION_UUID}/withdrawal-wallet.html`;
  await waitFor(async () => (await wd('GET', `/session/${session}/url`)) === page, page);
  await click('[data-testid="use-mnemonic"]');
  assert.equal(await text('[data-testid="origin"]'), 'Loaded from moz-extension://');
  await type('mnemonic', ABANDON_ART);
  await waitFor(() => text('[data-testid="canonical"]'), 'canonical phrase');
  await click('button[data-testid="use-mnemonic"]');
  await signBlsChangeAndCheckSealed();
  assert.equal(await run('return typeof browser === "undefined" ? "none" : typeof browser.storage'), 'undefined');
});

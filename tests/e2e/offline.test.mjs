// No network and nothing stored, for both packagings: release/withdrawal-wallet.html opened as
// file:// in a fresh profile, and the Chromium extension's page. One walk that needs workers
// (2 scrypt keystores + deposit data, one BLS change), every request the page and its workers
// try recorded over the DevTools protocol, the CSP proven to block fetch, and browser storage
// proven empty afterwards.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ABANDON_ART, ADDRESS, PASSWORD } from './fixtures.mjs';
import { ExtensionBrowser, extensionId, extensionZip, launchBrowser, loadCore, releaseFileUrl as fileUrl, unzip, zipNames } from './harness.mjs';
import { Wallet } from './pages.mjs';

let browser;
let core;

before(async () => {
  browser = await launchBrowser();
  core = await loadCore();
});

after(async () => {
  await browser?.close();
});

/**
 * Opens `url` in `context` and walks it: keystores and deposit data for two validators, one BLS
 * change, each file compared with the package's. Returns the page, every URL requested (page,
 * workers, service workers), the page's errors and the CSP violations seen.
 */
async function walk(context, url) {
  const page = await context.newPage();
  const requests = [];
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => requests.push(event.request.url));
  page.on('request', (request) => requests.push(request.url()));
  context.on('request', (request) => requests.push(request.url()));
  context.on('serviceworker', (worker) => requests.push(`service worker ${worker.url()}`));
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });

  await page.goto(url);
  const app = new Wallet(page);
  const use = await app.open('use-mnemonic');
  assert.equal(await app.header.originText(), `Loaded from ${new URL(url).protocol}//`);
  await use.load(ABANDON_ART);
  const form = await app.open('validator-keys');
  await form.fill({ chain: 'hoodi', count: 2, address: ADDRESS, password: PASSWORD });
  await form.generate();
  await form.files.waitFor({ timeout: 60_000 });
  await app.screenshot(url.startsWith('file:') ? 'offline-file-url' : 'offline-extension');
  const keys = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 2 });
  for (const [i, key] of keys.entries()) {
    const keystore = await form.files.downloadStartingWith(`keystore-m_12381_3600_${i}_0_0-`);
    assert.equal(JSON.parse(keystore).crypto.kdf.function, 'scrypt');
    assert.deepEqual(core.decryptKeystore(keystore, PASSWORD), {
      pubkey: key.signingPubkey, path: key.signingPath, validatorKey: { use: 'signing', keyIndex: key.index },
    });
  }
  assert.deepEqual(
    JSON.parse(await form.files.downloadStartingWith('deposit_data')),
    JSON.parse(core.createDepositData({ mnemonic: ABANDON_ART, startIndex: 0, count: 2, chain: 'hoodi', withdrawal: { type: 'compounding', address: ADDRESS } }).json),
  );

  await app.back();
  const change = await app.open('withdrawal-address');
  await change.fill({ chain: 'hoodi', validatorIndices: '700001', credentials: keys[0].blsWithdrawalCredentials, address: ADDRESS });
  await change.requestReview();
  await change.sign();
  await change.files.waitFor();
  const expected = core.createBlsToExecutionChanges({
    mnemonic: ABANDON_ART, chain: 'hoodi', startIndex: 0, validatorIndices: ['700001'],
    blsWithdrawalCredentials: [keys[0].blsWithdrawalCredentials], executionAddress: ADDRESS,
  });
  assert.deepEqual(JSON.parse(await change.files.downloadStartingWith('bls_to_execution_change-')), JSON.parse(expected.json));

  const violations = await page.evaluate(() => window.cspViolations);
  return { page, requests, errors, violations };
}

/** What the test asserts once a walk is over: the CSP refuses a fetch, and nothing persisted. */
async function assertSealed(context, page) {
  // A fetch typed into the console is blocked by the CSP.
  const blocked = await page.evaluate(() => new Promise((done) => {
    document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), { once: true });
    fetch('https://example.org').catch(() => {});
  }));
  assert.equal(blocked, 'connect-src');

  // Nothing persisted anywhere.
  const storage = await page.evaluate(async () => ({
    local: (() => { try { return localStorage.length; } catch { return 0; } })(),
    session: (() => { try { return sessionStorage.length; } catch { return 0; } })(),
    indexedDb: (await indexedDB.databases()).length,
    cookies: document.cookie,
  }));
  assert.deepEqual(storage, { local: 0, session: 0, indexedDb: 0, cookies: '' });
  assert.deepEqual((await context.cookies()).length, 0);
}

test('file:// release: keystores and a BLS change, no network, CSP enforced, nothing persisted', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page, requests, errors, violations } = await walk(context, fileUrl);
  // Only the file itself, data: and blob: were ever requested (and the recording works).
  assert.ok(requests.includes(fileUrl), `recorded: ${requests.slice(0, 3)}`);
  const foreign = requests.filter((url) => url !== fileUrl && !url.startsWith('data:') && !url.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await assertSealed(context, page);
  await context.close();
});

test('the Chromium extension: the same walk requests only the extension\'s own files; no storage API', async () => {
  const zip = await extensionZip('chromium');
  const dir = await mkdtemp(join(tmpdir(), 'ww-extension-'));
  unzip(zip, dir);
  const packaged = zipNames(zip);
  const origin = `chrome-extension://${extensionId(dir)}/`;
  const extension = new ExtensionBrowser(dir);
  try {
    const context = await extension.newContext();
    const { page, requests, errors, violations } = await walk(context, `${origin}withdrawal-wallet.html`);
    const own = requests.filter((url) => url.startsWith(origin)).map((url) => url.slice(origin.length).replace(/^service worker /, ''));
    // The page, its script, the glue, the wasm, the workers' script and the stylesheet, all
    // packaged files (and the recording works); nothing else but data: and blob: URLs.
    for (const file of ['withdrawal-wallet.html', 'boot.js', 'withdrawal-wallet.js', 'withdrawal-wallet_bg.wasm', 'withdrawal-wallet-worker.js', 'style.css']) {
      assert.ok(own.includes(file), `${file} not requested: ${own}`);
    }
    assert.deepEqual(own.filter((file) => !packaged.includes(file)), []);
    const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
    assert.deepEqual(foreign, []);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    // Without a permission the page has no storage API of the extension's.
    assert.deepEqual(await page.evaluate(() => ({ chrome: typeof chrome, storage: typeof chrome?.storage })), { chrome: 'object', storage: 'undefined' });
    await assertSealed(context, page);
    await context.close();
  } finally {
    await extension.close();
    await rm(dir, { recursive: true, force: true });
  }
});

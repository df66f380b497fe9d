// The offline release: release/withdrawal-wallet.html opened as file:// in a fresh profile.
// One flow that needs workers (2 scrypt keystores + deposit data, one BLS change), every
// request the page tries recorded over the DevTools protocol, the CSP proven to block fetch,
// and browser storage proven empty afterwards.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ABANDON_ART, ADDRESS, PASSWORD } from './fixtures.mjs';
import { launchBrowser, loadCore, releaseFileUrl as fileUrl } from './harness.mjs';
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

test('file:// release: keystores and a BLS change, no network, CSP enforced, nothing persisted', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const requests = [];
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => requests.push(event.request.url));
  page.on('request', (request) => requests.push(request.url()));
  context.on('serviceworker', () => requests.push('service worker'));
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });

  await page.goto(fileUrl);
  const app = new Wallet(page);
  const use = await app.open('use-mnemonic');
  assert.match(await app.header.originText(), /^Loaded from file:\/\//);
  await use.load(ABANDON_ART);

  const form = await app.open('validator-keys');
  await form.fill({ chain: 'hoodi', count: 2, address: ADDRESS, password: PASSWORD });
  await form.generate();
  await form.files.waitFor({ timeout: 60_000 });
  await app.screenshot('offline-file-url');
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

  // Only the file itself, data: and blob: were ever requested (and the recording works).
  assert.ok(requests.includes(fileUrl), `recorded: ${requests.slice(0, 3)}`);
  const foreign = requests.filter((url) => url !== fileUrl && !url.startsWith('data:') && !url.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(errors, []);

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
  await context.close();
});

// The offline release: release/withdrawal-wallet.html opened as file:// in a fresh profile.
// One flow that needs workers (2 scrypt keystores + deposit data, one BLS change), every
// request the page tries recorded over the DevTools protocol, the CSP proven to block fetch,
// and browser storage proven empty afterwards.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { artifactsDir, downloadText, launchBrowser, loadCore } from './harness.mjs';

const ABANDON_ART = `${'abandon '.repeat(23)}art`;
const ADDRESS = '0x0f51bb10119727a7e5eA3538074fb341F56B09Ad';
const PASSWORD = 'offline keystore password';
const fileUrl = pathToFileURL(resolve(import.meta.dirname, '../../release/withdrawal-wallet.html')).href;

let browser;
let core;

before(async () => {
  await mkdir(artifactsDir, { recursive: true });
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
  await page.getByTestId('use-mnemonic').click();
  assert.match(await page.getByTestId('origin').textContent(), /^Loaded from file:\/\//);
  await page.getByLabel(/^Mnemonic/).fill(ABANDON_ART);
  await page.getByTestId('use-mnemonic').click();

  await page.getByTestId('validator-keys').click();
  await page.getByTestId('chain').selectOption('hoodi');
  await page.getByTestId('count').fill('2');
  await page.getByTestId('address').fill(ADDRESS);
  await page.getByTestId('address-again').fill(ADDRESS);
  await page.getByTestId('password').fill(PASSWORD);
  await page.getByTestId('password-again').fill(PASSWORD);
  await page.getByTestId('generate').click();
  await page.getByTestId('files').waitFor({ timeout: 60_000 });
  await page.screenshot({ path: join(artifactsDir, 'offline-file-url.png'), fullPage: true });
  const keys = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 2 });
  for (const [i, key] of keys.entries()) {
    const name = await page.locator(`[data-file^="keystore-m_12381_3600_${i}_0_0-"]`).getAttribute('data-file');
    const keystore = await downloadText(page, name);
    assert.equal(JSON.parse(keystore).crypto.kdf.function, 'scrypt');
    assert.deepEqual(core.decryptKeystore(keystore, PASSWORD), {
      pubkey: key.signingPubkey, path: key.signingPath, validatorKey: { use: 'signing', keyIndex: key.index },
    });
  }
  const depositName = await page.locator('[data-file^=deposit_data]').getAttribute('data-file');
  assert.deepEqual(
    JSON.parse(await downloadText(page, depositName)),
    JSON.parse(core.createDepositData({ mnemonic: ABANDON_ART, startIndex: 0, count: 2, chain: 'hoodi', withdrawal: { type: 'compounding', address: ADDRESS } }).json),
  );

  await page.getByTestId('back').click();
  await page.getByTestId('withdrawal-address').click();
  await page.getByTestId('chain').selectOption('hoodi');
  await page.getByTestId('validator-indices').fill('700001');
  await page.getByTestId('credentials').fill(keys[0].blsWithdrawalCredentials);
  await page.getByTestId('address').fill(ADDRESS);
  await page.getByTestId('address-again').fill(ADDRESS);
  await page.getByTestId('review').click();
  await page.getByTestId('sign').click();
  await page.getByTestId('files').waitFor();
  const changeName = await page.locator('[data-file^=bls_to_execution_change-]').getAttribute('data-file');
  const expected = core.createBlsToExecutionChanges({
    mnemonic: ABANDON_ART, chain: 'hoodi', startIndex: 0, validatorIndices: ['700001'],
    blsWithdrawalCredentials: [keys[0].blsWithdrawalCredentials], executionAddress: ADDRESS,
  });
  assert.deepEqual(JSON.parse(await downloadText(page, changeName)), JSON.parse(expected.json));

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

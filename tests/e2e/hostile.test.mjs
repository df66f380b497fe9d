// Hostile input and careless clicks on the release page: the UI-only cases of bad_inputs.json
// (EN01 no secure RNG, IX06 the batch cap, KS02 oversized files, KS06 a hostile KDF) and double
// actions (a double click, leaving mid-batch), each with its asserted message or outcome.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { launchBrowser, loadCore, serveStatic, vectors } from './harness.mjs';

const ABANDON_ART = `${'abandon '.repeat(23)}art`;
const ADDRESS = '0x0f51bb10119727a7e5eA3538074fb341F56B09Ad';
const PASSWORD = 'e2e keystore password';

let server;
let browser;
let core;

before(async () => {
  server = await serveStatic(resolve(import.meta.dirname, '../../release'));
  browser = await launchBrowser();
  core = await loadCore();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openApp({ initScript } = {}) {
  const context = await browser.newContext({ acceptDownloads: true });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  await page.goto(`${server.url}withdrawal-wallet.html`);
  await page.getByTestId('use-mnemonic').waitFor();
  return page;
}

async function loadMnemonic(page) {
  await page.getByTestId('use-mnemonic').click();
  await page.getByLabel(/^Mnemonic/).fill(ABANDON_ART);
  await page.getByTestId('canonical').waitFor();
  await page.getByTestId('use-mnemonic').click();
  await page.getByTestId('session').waitFor();
}

async function fillValidatorKeys(page, count) {
  await page.getByTestId('validator-keys').click();
  await page.getByTestId('chain').selectOption('hoodi');
  await page.getByTestId('count').fill(String(count));
  await page.getByTestId('budget').fill('1000');
  await page.getByTestId('address').fill(ADDRESS);
  await page.getByTestId('address-again').fill(ADDRESS);
  await page.getByTestId('password').fill(PASSWORD);
  await page.getByTestId('password-again').fill(PASSWORD);
}

describe('environment and limits', () => {
  test('EN01: without crypto.getRandomValues no mnemonic is generated, and nothing falls back', async () => {
    const page = await openApp({
      initScript: () => {
        Object.defineProperty(Crypto.prototype, 'getRandomValues', {
          value() { throw new Error('getRandomValues disabled by the test'); },
        });
      },
    });
    await page.getByTestId('create-mnemonic').click();
    await page.getByRole('alert').first().waitFor();
    assert.equal(
      await page.locator('.card .error').textContent(),
      'no secure random number generator is available (crypto.getRandomValues); refusing to generate keys',
    );
    assert.equal(await page.locator('[data-testid=words] li').count(), 0);
    assert.equal(await page.getByTestId('written-down').isDisabled(), true);
    await page.close();
  });

  test('IX06: a batch over 1,000 validators is refused with the limit named', async () => {
    const page = await openApp();
    await loadMnemonic(page);
    await fillValidatorKeys(page, 100000);
    assert.equal(
      await page.getByTestId('count-error').textContent(),
      'at most 1000 validators per batch; split larger sets into several batches',
    );
    await page.getByTestId('generate').click();
    await page.waitForTimeout(300);
    assert.equal(await page.getByTestId('progress').count(), 0);
    assert.equal(await page.getByTestId('files').count(), 0);
    await page.close();
  });

  test('KS02: files over 1 MiB are refused before reading, on every wallet-file input', async () => {
    const page = await openApp();
    const big = { name: 'keystore.json', mimeType: 'application/json', buffer: Buffer.alloc(2 * 1024 * 1024, 0x20) };
    await page.getByTestId('verify-files').click();
    await page.getByTestId('verify-file').setInputFiles(big);
    await page.getByText(/files over 1 MiB are refused/).waitFor();
    assert.equal(await page.getByTestId('check').isDisabled(), true);
    await page.getByTestId('back').click();
    await page.getByTestId('exits').click();
    await page.getByTestId('source-keystore').check();
    await page.getByTestId('keystore-file').setInputFiles(big);
    assert.equal(
      await page.getByTestId('exit-error').textContent(),
      'the file is 2097152 bytes; files over 1 MiB are refused before reading (no keystore or signed-message file is that large)',
    );
    await page.close();
  });

  test('KS06: a keystore asking for scrypt n=2^30 is refused before any KDF runs', async () => {
    const page = await openApp();
    const keystore = (await vectors('eip2335.json')).vectors.scrypt.keystore;
    const hostile = structuredClone(keystore);
    hostile.crypto.kdf.params.n = 2 ** 30;
    await page.getByTestId('verify-files').click();
    await page.getByTestId('verify-file').setInputFiles({ name: 'keystore.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
    await page.getByTestId('verify-password').fill('anything');
    const started = Date.now();
    await page.getByTestId('check').click();
    await page.getByTestId('job-error').waitFor();
    const elapsed = Date.now() - started;
    assert.match(await page.getByTestId('job-error').textContent(), /scrypt/);
    console.log(`hostile scrypt n=2^30 keystore refused in ${elapsed} ms (worker start included)`);
    assert.throws(() => core.decryptKeystore(JSON.stringify(hostile), 'anything'), { message: /scrypt/ });
    await page.close();
  });
});

describe('double actions', () => {
  test('a double click on Generate yields one set of files', async () => {
    const page = await openApp();
    await loadMnemonic(page);
    await fillValidatorKeys(page, 2);
    await page.getByTestId('generate').dblclick();
    await page.getByTestId('files').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    assert.equal(await page.getByTestId('files').count(), 1);
    const names = await page.locator('[data-testid=download]').evaluateAll((buttons) => buttons.map((b) => b.dataset.file));
    assert.equal(names.filter((n) => n.startsWith('keystore-')).length, 2);
    assert.equal(names.filter((n) => n.startsWith('deposit_data-')).length, 1);
    await page.close();
  });

  test('leaving mid-batch stops the work: coming back shows no files, old or mixed', async () => {
    const page = await openApp();
    await loadMnemonic(page);
    await fillValidatorKeys(page, 60);
    await page.getByTestId('generate').click();
    await page.getByTestId('progress').waitFor();
    await page.getByTestId('back').click();
    await page.getByTestId('validator-keys').click();
    // Longer than the abandoned batch would have taken.
    await page.waitForTimeout(8000);
    assert.equal(await page.getByTestId('files').count(), 0);
    assert.equal(await page.getByTestId('progress').count(), 0);
    // A new batch then gives exactly its own files.
    await page.getByTestId('back').click();
    await fillValidatorKeys(page, 1);
    await page.getByTestId('generate').click();
    await page.getByTestId('files').waitFor({ timeout: 60_000 });
    const names = await page.locator('[data-testid=download]').evaluateAll((buttons) => buttons.map((b) => b.dataset.file));
    assert.deepEqual(names.filter((n) => n.startsWith('keystore-')).map((n) => n.split('-')[1]), ['m_12381_3600_0_0_0']);
    await page.close();
  });
});

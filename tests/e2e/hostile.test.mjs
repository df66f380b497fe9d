// Hostile input and careless clicks on the release page: the UI-only cases of bad_inputs.json
// (EN01 no secure RNG, IX06 the batch cap, KS02 oversized files, KS06 a hostile KDF) and double
// actions (a double click, leaving mid-batch), each with its asserted message or outcome.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { launchBrowser, loadCore, loadMnemonic as loadMnemonicIn, openRelease, serveStatic, vectors } from './harness.mjs';

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

const openApp = (options) => openRelease(browser, server, options);
const loadMnemonic = (page) => loadMnemonicIn(page, ABANDON_ART);

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
    // The form shows the core's error, by code.
    assert.equal(await page.getByTestId('count-error').getAttribute('data-code'), 'count_too_large');
    assert.equal(
      await page.getByTestId('count-error').textContent(),
      '100000 validators in one batch; at most 1000 per batch: split larger sets into several batches',
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

describe('the rest of the UI-only catalogue cases', () => {
  test('EN02: over http the page says so, and the CSP blocks every way out (fetch, XHR, WebSocket, EventSource, sendBeacon)', async () => {
    const page = await openApp();
    assert.match(await page.getByTestId('origin').textContent(), /^Loaded from http:\/\//);
    await page.getByTestId('online-banner').waitFor();
    const blocked = await page.evaluate(async () => {
      const attempts = {
        fetch: () => fetch('https://example.org').catch(() => {}),
        xhr: () => { const x = new XMLHttpRequest(); x.open('GET', 'https://example.org'); x.send(); },
        websocket: () => { try { new WebSocket('wss://example.org'); } catch { /* blocked */ } },
        eventsource: () => { try { new EventSource('https://example.org/events'); } catch { /* blocked */ } },
        beacon: () => { try { navigator.sendBeacon('https://example.org', 'x'); } catch { /* blocked */ } },
      };
      const results = {};
      for (const [name, attempt] of Object.entries(attempts)) {
        results[name] = await new Promise((done) => {
          const timer = setTimeout(() => done('not blocked'), 2000);
          document.addEventListener('securitypolicyviolation', (e) => { clearTimeout(timer); done(e.violatedDirective); }, { once: true });
          attempt();
        });
      }
      return results;
    });
    assert.deepEqual(blocked, { fetch: 'connect-src', xhr: 'connect-src', websocket: 'connect-src', eventsource: 'connect-src', beacon: 'connect-src' });
    await page.close();
  });

  test('EN03 and MN14: every secret field has autocomplete, spellcheck, autocapitalize and autocorrect off', async () => {
    const page = await openApp();
    const check = async (ids) => {
      for (const id of ids) {
        const attributes = await page.getByTestId(id).evaluate((el) => ['autocomplete', 'spellcheck', 'autocapitalize', 'autocorrect'].map((a) => el.getAttribute(a)));
        assert.deepEqual(attributes, ['off', 'false', 'off', 'off'], id);
      }
    };
    await page.getByTestId('create-mnemonic').click();
    const words = await page.locator('[data-testid=words] li').allTextContents();
    await page.getByTestId('written-down').click();
    await check(['confirm-phrase']);
    await page.getByTestId('confirm-phrase').fill(words.join(' '));
    await page.getByTestId('confirm').click();
    // MN14: the passphrase comes with its warning, and is typed twice.
    assert.match(await page.locator('.card .warning').textContent(), /If you forget it, nothing can recover your validators\./);
    await check(['passphrase', 'passphrase-again']);
    await page.getByTestId('back').click();
    await page.getByTestId('use-mnemonic').click();
    await check(['mnemonic', 'passphrase']);
    await page.getByLabel(/^Mnemonic/).fill(ABANDON_ART);
    await page.getByTestId('use-mnemonic').click();
    await page.getByTestId('validator-keys').click();
    await check(['password', 'password-again']);
    await page.getByTestId('back').click();
    await page.getByTestId('exits').click();
    await page.getByTestId('source-keystore').check();
    await check(['keystore-password']);
    await page.getByTestId('back').click();
    await page.getByTestId('verify-files').click();
    const keystore = (await vectors('eip2335.json')).vectors.pbkdf2.keystore;
    await page.getByTestId('verify-file').setInputFiles({ name: 'keystore.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(keystore)) });
    await check(['verify-password']);
    await page.close();
  });

  test('EN04: a reload forgets the mnemonic, and no secret is ever in the URL or storage', async () => {
    const page = await openApp();
    await loadMnemonic(page);
    assert.ok(!decodeURIComponent(page.url()).includes('abandon'));
    await page.reload();
    await page.getByTestId('use-mnemonic').waitFor();
    assert.equal(await page.getByTestId('session').count(), 0);
    await page.getByTestId('validator-keys').click();
    await page.getByTestId('needs-mnemonic').waitFor();
    const storage = await page.evaluate(async () => ({
      local: localStorage.length, session: sessionStorage.length, indexedDb: (await indexedDB.databases()).length, cookies: document.cookie,
    }));
    assert.deepEqual(storage, { local: 0, session: 0, indexedDb: 0, cookies: '' });
    await page.close();
  });

  test('AD05 and MN13: a mismatched confirmation, or a public mnemonic on mainnet without acknowledgement, makes nothing', async () => {
    const page = await openApp();
    await loadMnemonic(page);
    await fillValidatorKeys(page, 1);
    await page.getByTestId('address-again').fill('0x71C7656EC7ab88b098defB751B7401B5f6d8976F');
    assert.equal(await page.getByTestId('address-error').textContent(), 'the two addresses differ; paste the same checksummed address in both fields');
    await page.getByTestId('generate').click();
    await page.waitForTimeout(300);
    assert.equal(await page.getByTestId('progress').count(), 0);
    await page.getByTestId('address-again').fill(ADDRESS);
    await page.getByTestId('chain').selectOption('mainnet');
    await page.getByTestId('public-mnemonic').waitFor();
    await page.getByTestId('generate').click();
    await page.waitForTimeout(300);
    assert.equal(await page.getByTestId('progress').count(), 0);
    assert.equal(await page.getByTestId('files').count(), 0);
    await page.getByTestId('public-ack').check();
    await page.getByTestId('generate').click();
    await page.getByTestId('files').waitFor({ timeout: 60_000 });
    await page.close();
  });

  test('IX09 and KS13: bad exit epochs are refused, and a keystore exit for another validator is not signed', async () => {
    const page = await openApp();
    await page.getByTestId('exits').click();
    for (const epoch of ['-1', '18446744073709551616', '1.5']) {
      await page.getByTestId('epoch').fill(epoch);
      assert.equal(await page.getByTestId('epoch-error').getAttribute('data-code'), 'not_uint64');
    }
    assert.match(await page.locator('.hint').first().textContent(), /An exit becomes valid from its epoch on/);
    const keystoreFile = core.createKeystores({ mnemonic: ABANDON_ART, startIndex: 0, count: 1, password: PASSWORD, kdf: 'pbkdf2', timestamp: 1 })[0];
    await page.getByTestId('source-keystore').check();
    await page.getByTestId('keystore-file').setInputFiles({ name: keystoreFile.fileName, mimeType: 'application/json', buffer: Buffer.from(keystoreFile.json) });
    await page.getByTestId('keystore-password').fill(PASSWORD);
    await page.getByTestId('validator-indices').fill('100');
    await page.getByTestId('epoch').fill('305658');
    // Another validator's pubkey: refused, nothing signed.
    const other = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 1, count: 1 })[0].signingPubkey;
    await page.getByTestId('keystore-validator-pubkey').fill(other);
    await page.getByTestId('sign-exits').click();
    await page.getByTestId('job-error').waitFor({ timeout: 60_000 });
    assert.match(await page.getByTestId('job-error').textContent(), /^the keystore holds the key 0x[0-9a-f]{96}, not the validator's 0x[0-9a-f]{96}; nothing was signed$/);
    assert.equal(await page.getByTestId('files').count(), 0);
    // Its own pubkey: signed.
    const own = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 1 })[0].signingPubkey;
    await page.getByTestId('keystore-validator-pubkey').fill(own);
    await page.getByTestId('sign-exits').click();
    await page.getByTestId('files').waitFor({ timeout: 60_000 });
    await page.close();
  });
});

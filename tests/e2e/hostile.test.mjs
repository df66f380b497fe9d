// Hostile input and careless clicks on the release page: the UI-only cases of bad_inputs.json
// (EN01 no secure RNG, IX06 the batch cap, KS02 oversized files, KS06 a hostile KDF) and double
// actions (a double click, leaving mid-batch), each with its asserted message or outcome.
// Where a test asserts that nothing happened, it first waits for the app's own sign that it
// handled the action (the field's error or the job's error, by code), then looks.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ABANDON_ART, ADDRESS, OTHER_ADDRESS, PASSWORD, jsonFile, vectors } from './fixtures.mjs';
import { launchBrowser, loadCore, openRelease, releaseDir, serveStatic, workersStopped } from './harness.mjs';
import { Wallet } from './pages.mjs';

let server;
let browser;
let core;

before(async () => {
  server = await serveStatic(releaseDir);
  browser = await launchBrowser();
  core = await loadCore();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const openApp = async (options) => new Wallet(await openRelease(browser, server, options));

/** Opens flow 3 from the start screen and fills it for `count` validators on hoodi. */
async function fillValidatorKeys(app, count) {
  const form = await app.open('validator-keys');
  await form.fill({ chain: 'hoodi', count, budget: 1000, address: ADDRESS, password: PASSWORD });
  return form;
}

describe('environment and limits', () => {
  test('EN01: without crypto.getRandomValues no mnemonic is generated, and nothing falls back', async () => {
    const app = await openApp({
      initScript: () => {
        Object.defineProperty(Crypto.prototype, 'getRandomValues', {
          value() { throw new Error('getRandomValues disabled by the test'); },
        });
      },
    });
    const create = await app.open('create-mnemonic');
    await create.waitForError();
    assert.equal(
      await create.error.textContent(),
      'no secure random number generator is available (crypto.getRandomValues); refusing to generate keys',
    );
    assert.equal(await create.words.count(), 0);
    assert.equal(await create.writtenDownButton.isDisabled(), true);
    await app.close();
  });

  test('IX06: a batch over 1,000 validators is refused with the limit named', async () => {
    const app = await openApp();
    await app.loadMnemonic(ABANDON_ART);
    const form = await fillValidatorKeys(app, 100000);
    // The form shows the core's error, by code.
    assert.equal(await form.errors.count.code(), 'count_too_large');
    assert.equal(
      await form.errors.count.text(),
      '100000 validators in one batch; at most 1000 per batch: split larger sets into several batches',
    );
    await form.generate();
    // Handled: the click is refused on the count's error, which stays.
    await form.errors.count.waitForCode('count_too_large');
    assert.equal(await form.job.progress.count(), 0);
    assert.equal(await form.files.count(), 0);
    await app.close();
  });

  test('KS02: files over 1 MiB are refused before reading, on every wallet-file input', async () => {
    const app = await openApp();
    const big = { name: 'keystore.json', mimeType: 'application/json', buffer: Buffer.alloc(2 * 1024 * 1024, 0x20) };
    const verify = await app.open('verify-files');
    await verify.choose(big);
    await verify.waitForError(/files over 1 MiB are refused/);
    assert.equal(await verify.checkButton.isDisabled(), true);
    await app.back();
    const exits = await app.open('exits');
    await exits.useKeystore();
    await exits.chooseKeystore(big);
    await exits.waitForExitError();
    assert.equal(
      await exits.exitErrorText(),
      'the file is 2,097,152 bytes; files over 1 MiB are refused before reading (no keystore or signed-message file is that large)',
    );
    await app.close();
  });

  test('KS06: a keystore asking for scrypt n=2^30 is refused before any KDF runs', async () => {
    const app = await openApp();
    const keystore = (await vectors('eip2335.json')).vectors.scrypt.keystore;
    const hostile = structuredClone(keystore);
    hostile.crypto.kdf.params.n = 2 ** 30;
    const verify = await app.open('verify-files');
    await verify.choose(jsonFile('keystore.json', JSON.stringify(hostile)));
    await verify.fillPassword('anything');
    const started = Date.now();
    await verify.check();
    await verify.job.waitForError();
    const elapsed = Date.now() - started;
    assert.match(await verify.job.errorText(), /scrypt/);
    console.log(`hostile scrypt n=2^30 keystore refused in ${elapsed} ms (worker start included)`);
    assert.throws(() => core.decryptKeystore(JSON.stringify(hostile), 'anything'), { message: /scrypt/ });
    await app.close();
  });
});

describe('double actions', () => {
  test('a double click on Generate yields one set of files', async () => {
    const app = await openApp();
    await app.loadMnemonic(ABANDON_ART);
    const form = await fillValidatorKeys(app, 2);
    await form.doubleClickGenerate();
    await form.files.waitFor({ timeout: 60_000 });
    // The job is over and its workers are gone: nothing else can arrive.
    await workersStopped(app.page);
    assert.equal(await form.files.count(), 1);
    const names = await form.files.names();
    assert.equal(names.filter((n) => n.startsWith('keystore-')).length, 2);
    assert.equal(names.filter((n) => n.startsWith('deposit_data-')).length, 1);
    await app.close();
  });

  test('leaving mid-batch stops the work: coming back shows no files, old or mixed', async () => {
    const app = await openApp();
    await app.loadMnemonic(ABANDON_ART);
    const form = await fillValidatorKeys(app, 60);
    await form.generate();
    // Mid-batch: the workers have started and report progress.
    await form.job.waitForValueAbove(0);
    await app.back();
    await app.open('validator-keys');
    // Leaving terminated the batch's workers: once they are gone, nothing of it can arrive.
    await workersStopped(app.page);
    assert.equal(await form.files.count(), 0);
    assert.equal(await form.job.progress.count(), 0);
    // A new batch then gives exactly its own files.
    await app.back();
    const again = await fillValidatorKeys(app, 1);
    await again.generate();
    await again.files.waitFor({ timeout: 60_000 });
    const names = await again.files.names();
    assert.deepEqual(names.filter((n) => n.startsWith('keystore-')).map((n) => n.split('-')[1]), ['m_12381_3600_0_0_0']);
    await app.close();
  });
});

describe('the rest of the UI-only catalogue cases', () => {
  test('EN02: over http the page says so, and the CSP blocks every way out (fetch, XHR, WebSocket, EventSource, sendBeacon)', async () => {
    const app = await openApp();
    assert.equal(await app.header.originText(), `Loaded from ${new URL(server.url).protocol}//`);
    await app.header.onlineBanner.waitFor();
    // The 2 s timer is a deadline for a violation that never comes (a failure), not a wait.
    const blocked = await app.page.evaluate(async () => {
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
    await app.close();
  });

  test('EN03 and MN14: every secret field has autocomplete, spellcheck, autocapitalize and autocorrect off', async () => {
    const app = await openApp();
    /** `fields`: { data-testid: locator }. */
    const check = async (fields) => {
      for (const [id, field] of Object.entries(fields)) {
        const attributes = await field.evaluate((el) => ['autocomplete', 'spellcheck', 'autocapitalize', 'autocorrect'].map((a) => el.getAttribute(a)));
        assert.deepEqual(attributes, ['off', 'false', 'off', 'off'], id);
      }
    };
    const create = await app.open('create-mnemonic');
    const words = await create.shownWords();
    await create.writtenDown();
    await check({ 'confirm-phrase': create.confirmPhrase });
    await create.typeBack(words.join(' '));
    await create.confirm();
    // MN14: the passphrase comes with its warning, and is typed twice.
    assert.match(await create.warning.textContent(), /If you forget it, nothing can recover your validators\./);
    await check({ passphrase: create.passphrase, 'passphrase-again': create.passphraseAgain });
    await app.back();
    const use = await app.open('use-mnemonic');
    await check({ mnemonic: use.mnemonic, passphrase: use.passphrase });
    await use.fill(ABANDON_ART);
    await use.use();
    const form = await app.open('validator-keys');
    await check({ password: form.password, 'password-again': form.passwordAgain });
    await app.back();
    const exits = await app.open('exits');
    await exits.useKeystore();
    await check({ 'keystore-password': exits.keystorePassword });
    await app.back();
    const verify = await app.open('verify-files');
    const keystore = (await vectors('eip2335.json')).vectors.pbkdf2.keystore;
    await verify.choose(jsonFile('keystore.json', JSON.stringify(keystore)));
    await check({ 'verify-password': verify.password });
    await app.close();
  });

  test('EN04: a reload forgets the mnemonic, and no secret is ever in the URL or storage', async () => {
    const app = await openApp();
    await app.loadMnemonic(ABANDON_ART);
    assert.ok(!decodeURIComponent(app.page.url()).includes('abandon'));
    await app.page.reload();
    await app.start.waitFor();
    assert.equal(await app.header.session.count(), 0);
    const form = await app.open('validator-keys');
    await form.needsMnemonic.waitFor();
    const storage = await app.page.evaluate(async () => ({
      local: localStorage.length, session: sessionStorage.length, indexedDb: (await indexedDB.databases()).length, cookies: document.cookie,
    }));
    assert.deepEqual(storage, { local: 0, session: 0, indexedDb: 0, cookies: '' });
    await app.close();
  });

  test('AD05 and MN13: a mismatched confirmation, or a public mnemonic on mainnet without acknowledgement, makes nothing', async () => {
    const app = await openApp();
    await app.loadMnemonic(ABANDON_ART);
    const form = await fillValidatorKeys(app, 1);
    await form.addressAgain.fill(OTHER_ADDRESS);
    assert.equal(await form.errors.address.text(), 'the two addresses differ; paste the same checksummed address in both fields');
    await form.generate();
    // Handled: the click is refused on the confirmation's error, which stays.
    await form.errors.address.waitForCode('address_confirmation_mismatch');
    assert.equal(await form.job.progress.count(), 0);
    await form.addressAgain.fill(ADDRESS);
    await form.chain.choose('mainnet');
    await form.publicMnemonic.waitFor();
    await form.generate();
    // Handled: the core refuses the published mnemonic on mainnet, by code.
    await form.job.waitForError({ code: 'mnemonic_public_not_acknowledged', timeout: 60_000 });
    assert.equal(await form.job.progress.count(), 0);
    assert.equal(await form.files.count(), 0);
    await form.publicAck.acknowledge();
    await form.generate();
    await form.files.waitFor({ timeout: 60_000 });
    await app.close();
  });

  test('IX09 and KS13: bad exit epochs are refused, and a keystore exit for another validator is not signed', async () => {
    const app = await openApp();
    const exits = await app.open('exits');
    for (const epoch of ['-1', '18446744073709551616', '1.5']) {
      await exits.epoch.fill(epoch);
      assert.equal(await exits.epochError.code(), 'not_uint64');
    }
    assert.match(await exits.hint.textContent(), /An exit becomes valid from its epoch on/);
    const keystoreFile = core.createKeystores({ mnemonic: ABANDON_ART, startIndex: 0, count: 1, password: PASSWORD, kdf: 'pbkdf2', timestamp: 1 })[0];
    await exits.useKeystore();
    await exits.chooseKeystore(jsonFile(keystoreFile.fileName, keystoreFile.json));
    await exits.fill({ chain: 'mainnet', keystorePassword: PASSWORD, validatorIndices: '100', epoch: '305658' });
    // Another validator's pubkey: the review names the mismatch and nothing can be signed.
    const other = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 1, count: 1 })[0].signingPubkey;
    await exits.fill({ validatorPubkey: other });
    await exits.sign();
    await exits.review.blocked.waitFor();
    const problem = exits.page.locator('[data-testid=review-row] td[data-code]');
    assert.equal(await problem.getAttribute('data-code'), 'exit_pubkey_mismatch');
    assert.match(await problem.textContent(), /^✗ the keystore holds the key 0x[0-9a-f]{96}, not the validator's 0x[0-9a-f]{96}; nothing was signed$/);
    assert.equal(await exits.signButton.isDisabled(), true);
    assert.equal(await exits.files.count(), 0);
    // Its own pubkey: signed.
    const own = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 1 })[0].signingPubkey;
    await exits.fill({ validatorPubkey: own });
    await exits.sign();
    await exits.files.waitFor({ timeout: 60_000 });
    await app.close();
  });
});

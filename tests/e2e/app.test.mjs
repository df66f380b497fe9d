// The release page (release/withdrawal-wallet.html, served over http://127.0.0.1 as the run
// command serves it, with its CSP) driven like a user through every flow.
// Downloaded files are compared field by field with the core's output for the same inputs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ABANDON_ART, ADDRESS, PASSWORD, jsonFile, vectors } from './fixtures.mjs';
import { launchBrowser, loadCore, openRelease, releaseDir, serveStatic, workersStopped } from './harness.mjs';
import { Wallet } from './pages.mjs';

let server;
let browser;
let core;
const pageErrors = [];

before(async () => {
  server = await serveStatic(releaseDir);
  browser = await launchBrowser();
  core = await loadCore();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The release page on its start screen; its uncaught errors are collected in pageErrors. */
async function openApp() {
  return new Wallet(await openRelease(browser, server, { pageErrors }));
}

describe('flow 2 → 3: keystores and deposit data', () => {
  test('the downloaded files equal the core output for the same inputs', async () => {
    const app = await openApp();
    await app.screenshot('0-start');
    const use = await app.open('use-mnemonic');
    await use.fill(`${'aban '.repeat(23)}art`);
    assert.equal(await use.canonicalText(), ABANDON_ART);
    await app.screenshot('2-use-mnemonic');
    await use.use();
    const form = await app.open('validator-keys');
    await form.fill({ chain: 'hoodi', startIndex: 3, count: 2, address: ADDRESS.toLowerCase() });
    assert.match(await form.errors.address.text(), new RegExp(`not EIP-55 checksummed.*${ADDRESS}`));
    await form.fill({ address: ADDRESS, password: PASSWORD });
    await form.generate();
    await form.files.waitFor({ timeout: 60_000 });
    await app.screenshot('3-validator-keys');

    const deposit = JSON.parse(await form.files.downloadStartingWith('deposit_data'));
    const expected = JSON.parse(core.createDepositData({
      mnemonic: ABANDON_ART, startIndex: 3, count: 2, chain: 'hoodi', withdrawal: { type: 'compounding', address: ADDRESS }, timestamp: 1,
    }).json);
    assert.deepEqual(deposit, expected);
    const keys = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 3, count: 2 });
    for (const [i, key] of keys.entries()) {
      const keystore = await form.files.downloadStartingWith(`keystore-m_12381_3600_${3 + i}_0_0-`);
      assert.deepEqual(core.decryptKeystore(keystore, PASSWORD), {
        pubkey: key.signingPubkey, path: key.signingPath, validatorKey: { use: 'signing', keyIndex: key.index },
      });
      assert.equal(JSON.parse(keystore).crypto.kdf.function, 'scrypt');
    }
    await app.close();
  });

  test('the progress bar advances and Cancel stops the work', async () => {
    const app = await openApp();
    await app.loadMnemonic(ABANDON_ART);
    const form = await app.open('validator-keys');
    await form.fill({ chain: 'hoodi', count: 400, budget: 1000, address: ADDRESS, password: PASSWORD });
    // Record main-thread long tasks while the worker runs (reported, not asserted: timing).
    await app.page.evaluate(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration)))
        .observe({ type: 'longtask', buffered: false });
    });
    await form.generate();
    await form.job.waitForValueAtLeast(20);
    const first = await form.job.value();
    await form.job.waitForValueAbove(first);
    assert.match(await form.job.text.textContent(), /validator keys: \d+%, [\d.]+ s, about \d+ s left/);
    await app.screenshot('3-progress');
    const longTasks = await app.page.evaluate(() => window.longTasks);
    console.log(`main-thread tasks over 50 ms during generation: ${longTasks.length}, longest ${Math.max(0, ...longTasks).toFixed(0)} ms`);
    await form.job.cancel();
    // Cancel terminates the workers: once they are gone, nothing can arrive any more.
    await workersStopped(app.page);
    assert.equal(await form.files.count(), 0);
    assert.equal(await form.job.progress.count(), 0);
    await app.close();
  });
});

describe('flow 2 → 4: BLS-to-execution change', () => {
  test('review, sign, and download both files; they equal the core output', async () => {
    const app = await openApp();
    await app.loadMnemonic(ABANDON_ART);
    const form = await app.open('withdrawal-address');
    const keys = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 2 });
    await form.fill({
      chain: 'hoodi',
      validatorIndices: '700001, 700002',
      credentials: keys.map((k) => k.blsWithdrawalCredentials),
      address: ADDRESS,
    });
    await form.requestReview();
    assert.equal(await form.mismatchRows.count(), 0);
    await form.sign();
    await form.files.waitFor();
    await app.screenshot('4-withdrawal-address');
    const ours = JSON.parse(await form.files.downloadStartingWith('bls_to_execution_change-'));
    const expected = core.createBlsToExecutionChanges({
      mnemonic: ABANDON_ART, chain: 'hoodi', startIndex: 0, validatorIndices: ['700001', '700002'],
      blsWithdrawalCredentials: keys.map((k) => k.blsWithdrawalCredentials), executionAddress: ADDRESS, timestamp: 1,
    });
    assert.deepEqual(ours, JSON.parse(expected.json));
    assert.deepEqual(JSON.parse(await form.files.download('change-operations.json')), JSON.parse(expected.ethdo.json));
    await form.files.showQr();
    assert.equal(await form.files.qrCodes.count(), 2);
    await app.screenshot('4-qr-codes');
    await app.close();
  });

  test('a wrong credential is marked in the review and nothing can be signed', async () => {
    const app = await openApp();
    await app.loadMnemonic(ABANDON_ART);
    const form = await app.open('withdrawal-address');
    await form.fill({
      chain: 'hoodi',
      startIndex: 1,
      validatorIndices: '700001',
      credentials: '0x008ba1cc4b091b91c1202bba3f508075d6ff565c77e559f0803c0792e0302bf1',
      address: ADDRESS,
    });
    await form.requestReview();
    await form.mismatchRows.first().waitFor();
    assert.equal(await form.mismatchCode(), 'bls_change_credentials_mismatch');
    assert.equal(await form.signButton.isDisabled(), true);
    await app.close();
  });

  test('the Holesky vector mnemonic reproduces the published signature', async () => {
    const c = (await vectors('bls_change_and_exit_vectors.json')).bls_to_execution_change_holesky;
    const app = await openApp();
    await app.loadMnemonic(c.mnemonic);
    const form = await app.open('withdrawal-address');
    await form.fill({
      chain: 'holesky',
      validatorIndices: String(c.validator_index),
      credentials: c.bls_withdrawal_credentials,
      address: c.to_execution_address_input,
    });
    await form.requestReview();
    await form.sign();
    await form.files.waitFor();
    const [change] = JSON.parse(await form.files.downloadStartingWith('bls_to_execution_change-'));
    assert.deepEqual(change.message, c.expected.message);
    assert.equal(change.signature, c.expected.signature);
    await app.close();
  });
});

describe('flow 5: pre-signed exits', () => {
  test('exits from the mnemonic equal the core output', async () => {
    const app = await openApp();
    await app.loadMnemonic(ABANDON_ART);
    const form = await app.open('exits');
    await form.fill({ chain: 'hoodi', validatorIndices: '700001,700002', epoch: 12345 });
    await form.sign();
    await form.files.waitFor();
    await app.screenshot('5-exits');
    const expected = core.createVoluntaryExits({
      mnemonic: ABANDON_ART, chain: 'hoodi', startIndex: 0, validatorIndices: ['700001', '700002'], epoch: '12345', timestamp: 1,
    });
    for (const [i, validator] of ['700001', '700002'].entries()) {
      const ours = await form.files.downloadStartingWith(`signed_exit_transaction-${validator}-`);
      assert.deepEqual(JSON.parse(ours), JSON.parse(expected[i].json));
    }
    await app.close();
  });
});

describe('flow 1: create a mnemonic', () => {
  test('nothing proceeds until the phrase is typed back exactly', async () => {
    const app = await openApp();
    const create = await app.open('create-mnemonic');
    const words = await create.shownWords();
    assert.equal(words.length, 24);
    await app.screenshot('1-create-mnemonic');
    await create.writtenDown();
    await create.typeBack(words.slice(0, 23).join(' '));
    assert.equal(await create.confirmButton.isDisabled(), true);
    assert.match(await create.confirmPhraseError.textContent(), /does not match/);
    const swapped = [...words];
    [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
    await create.typeBack(swapped.join(' '));
    assert.equal(await create.confirmButton.isDisabled(), words[0] !== words[1]);
    await create.typeBack(words.map((w) => w.slice(0, 4).toUpperCase()).join('  '));
    await create.confirm();
    await create.setPassphrase('extra', 'extrA');
    assert.equal(await create.passphraseAgainError.text(), 'the two passphrases differ');
    await create.passphraseAgain.fill('extra');
    await create.use();
    assert.match(await app.header.sessionText(), /with passphrase/);
    await app.close();
  });
});

describe('flow 6: verify files', () => {
  test('a deposit file verifies, and the same file tampered is reported', async () => {
    const good = core.createDepositData({
      mnemonic: ABANDON_ART, startIndex: 0, count: 2, chain: 'hoodi', withdrawal: { type: 'compounding', address: ADDRESS }, timestamp: 1,
    }).json;
    const entries = JSON.parse(good);
    entries[1].amount = 33000000000;
    const app = await openApp();
    const verify = await app.open('verify-files');
    await verify.choose(jsonFile('deposit_data-1.json', good));
    await verify.waitForKind('Deposit data.');
    await verify.chain.choose('hoodi');
    await verify.check();
    await verify.waitForReports();
    assert.deepEqual(await verify.reportStates(), ['true', 'true']);
    await verify.choose(jsonFile('tampered.json', JSON.stringify(entries)));
    await verify.check();
    await verify.badReports.waitFor();
    assert.match(await verify.badReports.textContent(), /deposit_message_root does not match/);
    await app.screenshot('6-verify-tampered');
    await app.close();
  });
});

describe('withdrawal-key lookup', () => {
  test('a key index of the loaded mnemonic gives its withdrawal pubkey and 0x00 credentials, and bad input is named on its field', async () => {
    const app = await openApp();
    let lookup = await app.open('lookup');
    await lookup.needsMnemonic.waitFor();
    await app.back();
    // With a passphrase: the keys are the passphrase's, derived in a worker.
    await app.loadMnemonic(ABANDON_ART, { passphrase: 'TREZOR' });
    lookup = await app.open('lookup');
    await lookup.show('-1');
    await lookup.indexError.waitForCode('not_key_index');
    assert.equal(await lookup.result.count(), 0);
    await lookup.show(5);
    const [key] = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, passphrase: 'TREZOR', startIndex: 5, count: 1 });
    assert.deepEqual(await lookup.readResult(), {
      path: key.withdrawalPath, pubkey: key.withdrawalPubkey, credentials: key.blsWithdrawalCredentials, signingPubkey: key.signingPubkey,
    });
    // Another index: the result shown was index 5's, so it goes.
    await lookup.index.fill('6');
    await lookup.result.waitFor({ state: 'detached' });
    await app.close();
  });
});

test('secret fields carry autocomplete=off and spellcheck=false, and the page threw no errors', async () => {
  const app = await openApp();
  const use = await app.open('use-mnemonic');
  for (const field of [use.mnemonic, use.passphrase]) {
    assert.equal(await field.getAttribute('autocomplete'), 'off');
    assert.equal(await field.getAttribute('spellcheck'), 'false');
  }
  assert.equal(await app.header.originText(), `Loaded from ${new URL(server.url).protocol}//`);
  await app.page.setViewportSize({ width: 360, height: 800 });
  await app.screenshot('2-use-mnemonic-360px');
  await app.close();
  assert.deepEqual(pageErrors, []);
});

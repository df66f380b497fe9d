// The release page (release/withdrawal-wallet.html, served over http://127.0.0.1 as the run
// command serves it, with its CSP) driven like a user through every flow.
// Downloaded files are compared field by field with the core's output for the same inputs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { artifactsDir, downloadText, launchBrowser, loadCore, serveStatic, vectors } from './harness.mjs';

const ABANDON_ART = `${'abandon '.repeat(23)}art`;
const ADDRESS = '0x0f51bb10119727a7e5eA3538074fb341F56B09Ad';
const PASSWORD = 'e2e keystore password';

let server;
let browser;
let core;
const pageErrors = [];

before(async () => {
  await mkdir(artifactsDir, { recursive: true });
  server = await serveStatic(resolve(import.meta.dirname, '../../release'));
  browser = await launchBrowser();
  core = await loadCore();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openApp() {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}withdrawal-wallet.html`);
  await page.getByTestId('use-mnemonic').waitFor();
  return page;
}

async function loadMnemonic(page, mnemonic) {
  await page.getByTestId('use-mnemonic').click();
  await page.getByLabel(/^Mnemonic/).fill(mnemonic);
  await page.getByTestId('canonical').waitFor();
  await page.getByTestId('use-mnemonic').click();
  await page.getByTestId('session').waitFor();
}

async function shot(page, name) {
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

describe('flow 2 → 3: keystores and deposit data', () => {
  test('the downloaded files equal the core output for the same inputs', async () => {
    const page = await openApp();
    await shot(page, '0-start');
    await page.getByTestId('use-mnemonic').click();
    await page.getByLabel(/^Mnemonic/).fill(`${'aban '.repeat(23)}art`);
    assert.equal(await page.getByTestId('canonical').textContent(), ABANDON_ART);
    await shot(page, '2-use-mnemonic');
    await page.getByTestId('use-mnemonic').click();
    await page.getByTestId('validator-keys').click();
    await page.getByTestId('chain').selectOption('hoodi');
    await page.getByTestId('start-index').fill('3');
    await page.getByTestId('count').fill('2');
    await page.getByTestId('address').fill(ADDRESS.toLowerCase());
    await page.getByTestId('address-again').fill(ADDRESS.toLowerCase());
    assert.match(await page.getByTestId('address-error').textContent(), new RegExp(`not EIP-55 checksummed.*${ADDRESS}`));
    await page.getByTestId('address').fill(ADDRESS);
    await page.getByTestId('address-again').fill(ADDRESS);
    await page.getByTestId('password').fill(PASSWORD);
    await page.getByTestId('password-again').fill(PASSWORD);
    await page.getByTestId('generate').click();
    await page.getByTestId('files').waitFor({ timeout: 60_000 });
    await shot(page, '3-validator-keys');

    const deposit = JSON.parse(await downloadText(page, (await page.locator('[data-file^=deposit_data]').getAttribute('data-file'))));
    const expected = JSON.parse(core.createDepositData({
      mnemonic: ABANDON_ART, startIndex: 3, count: 2, chain: 'hoodi', withdrawal: { type: 'compounding', address: ADDRESS }, timestamp: 1,
    }).json);
    assert.deepEqual(deposit, expected);
    const keys = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 3, count: 2 });
    for (const [i, key] of keys.entries()) {
      const name = await page.locator(`[data-file^="keystore-m_12381_3600_${3 + i}_0_0-"]`).getAttribute('data-file');
      const keystore = await downloadText(page, name);
      assert.deepEqual(core.decryptKeystore(keystore, PASSWORD), {
      pubkey: key.signingPubkey, path: key.signingPath, validatorKey: { use: 'signing', keyIndex: key.index },
    });
      assert.equal(JSON.parse(keystore).crypto.kdf.function, 'scrypt');
    }
    await page.close();
  });

  test('the progress bar advances and Cancel stops the work', async () => {
    const page = await openApp();
    await loadMnemonic(page, ABANDON_ART);
    await page.getByTestId('validator-keys').click();
    await page.getByTestId('chain').selectOption('hoodi');
    await page.getByTestId('count').fill('400');
    await page.getByTestId('budget').fill('1000');
    await page.getByTestId('address').fill(ADDRESS);
    await page.getByTestId('address-again').fill(ADDRESS);
    await page.getByTestId('password').fill(PASSWORD);
    await page.getByTestId('password-again').fill(PASSWORD);
    // Record main-thread long tasks while the worker runs (reported, not asserted: timing).
    await page.evaluate(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration)))
        .observe({ type: 'longtask', buffered: false });
    });
    await page.getByTestId('generate').click();
    const bar = page.getByTestId('progress-bar');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=progress-bar]')?.value) >= 20);
    const first = Number(await bar.getAttribute('value'));
    await page.waitForFunction((v) => Number(document.querySelector('[data-testid=progress-bar]')?.value) > v, first);
    assert.match(await page.getByTestId('progress-text').textContent(), /validator keys: \d+ of 1200, [\d.]+ s, about \d+ s left/);
    await shot(page, '3-progress');
    const longTasks = await page.evaluate(() => window.longTasks);
    console.log(`main-thread tasks over 50 ms during generation: ${longTasks.length}, longest ${Math.max(0, ...longTasks).toFixed(0)} ms`);
    await page.getByTestId('cancel').click();
    await page.getByTestId('cancelled').waitFor();
    await page.waitForTimeout(500);
    assert.equal(await page.getByTestId('files').count(), 0);
    assert.equal(await page.getByTestId('progress').count(), 0);
    await page.close();
  });
});

describe('flow 2 → 4: BLS-to-execution change', () => {
  test('review, sign, and download both files; they equal the core output', async () => {
    const page = await openApp();
    await loadMnemonic(page, ABANDON_ART);
    await page.getByTestId('withdrawal-address').click();
    await page.getByTestId('chain').selectOption('hoodi');
    const keys = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 2 });
    await page.getByTestId('validator-indices').fill('700001, 700002');
    await page.getByTestId('credentials').fill(`${keys[0].blsWithdrawalCredentials}\n${keys[1].blsWithdrawalCredentials}`);
    await page.getByTestId('address').fill(ADDRESS);
    await page.getByTestId('address-again').fill(ADDRESS);
    await page.getByTestId('review').click();
    await page.getByTestId('review-table').waitFor();
    assert.equal(await page.locator('[data-testid=review-table] tr.mismatch').count(), 0);
    await page.getByTestId('sign').click();
    await page.getByTestId('files').waitFor();
    await shot(page, '4-withdrawal-address');
    const name = await page.locator('[data-file^=bls_to_execution_change-]').getAttribute('data-file');
    const ours = JSON.parse(await downloadText(page, name));
    const expected = core.createBlsToExecutionChanges({
      mnemonic: ABANDON_ART, chain: 'hoodi', startIndex: 0, validatorIndices: ['700001', '700002'],
      blsWithdrawalCredentials: keys.map((k) => k.blsWithdrawalCredentials), executionAddress: ADDRESS, timestamp: 1,
    });
    assert.deepEqual(ours, JSON.parse(expected.json));
    assert.deepEqual(JSON.parse(await downloadText(page, 'change-operations.json')), JSON.parse(expected.ethdo.json));
    await page.getByTestId('show-qr').click();
    assert.equal(await page.locator('[data-testid=qr-codes] svg').count(), 2);
    await shot(page, '4-qr-codes');
    await page.close();
  });

  test('a wrong credential is marked in the review and nothing can be signed', async () => {
    const page = await openApp();
    await loadMnemonic(page, ABANDON_ART);
    await page.getByTestId('withdrawal-address').click();
    await page.getByTestId('chain').selectOption('hoodi');
    await page.getByTestId('start-index').fill('1');
    await page.getByTestId('validator-indices').fill('700001');
    await page.getByTestId('credentials').fill('0x008ba1cc4b091b91c1202bba3f508075d6ff565c77e559f0803c0792e0302bf1');
    await page.getByTestId('address').fill(ADDRESS);
    await page.getByTestId('address-again').fill(ADDRESS);
    await page.getByTestId('review').click();
    await page.locator('[data-testid=review-table] tr.mismatch').waitFor();
    assert.equal(
      await page.locator('[data-testid=review-table] tr.mismatch td[data-code]').getAttribute('data-code'),
      'bls_change_credentials_mismatch',
    );
    assert.equal(await page.getByTestId('sign').isDisabled(), true);
    await page.close();
  });

  test('the Holesky vector mnemonic reproduces the published signature', async () => {
    const c = (await vectors('bls_change_and_exit_vectors.json')).bls_to_execution_change_holesky;
    const page = await openApp();
    await loadMnemonic(page, c.mnemonic);
    await page.getByTestId('withdrawal-address').click();
    await page.getByTestId('chain').selectOption('holesky');
    await page.getByTestId('validator-indices').fill(String(c.validator_index));
    await page.getByTestId('credentials').fill(c.bls_withdrawal_credentials);
    await page.getByTestId('address').fill(c.to_execution_address_input);
    await page.getByTestId('address-again').fill(c.to_execution_address_input);
    await page.getByTestId('review').click();
    await page.getByTestId('sign').click();
    await page.getByTestId('files').waitFor();
    const [change] = JSON.parse(await downloadText(page, await page.locator('[data-file^=bls_to_execution_change-]').getAttribute('data-file')));
    assert.deepEqual(change.message, c.expected.message);
    assert.equal(change.signature, c.expected.signature);
    await page.close();
  });
});

describe('flow 5: pre-signed exits', () => {
  test('exits from the mnemonic equal the core output', async () => {
    const page = await openApp();
    await loadMnemonic(page, ABANDON_ART);
    await page.getByTestId('exits').click();
    await page.getByTestId('chain').selectOption('hoodi');
    await page.getByTestId('validator-indices').fill('700001,700002');
    await page.getByTestId('epoch').fill('12345');
    await page.getByTestId('sign-exits').click();
    await page.getByTestId('files').waitFor();
    await shot(page, '5-exits');
    const expected = core.createVoluntaryExits({
      mnemonic: ABANDON_ART, chain: 'hoodi', startIndex: 0, validatorIndices: ['700001', '700002'], epoch: '12345', timestamp: 1,
    });
    for (const [i, validator] of ['700001', '700002'].entries()) {
      const name = await page.locator(`[data-file^="signed_exit_transaction-${validator}-"]`).getAttribute('data-file');
      assert.deepEqual(JSON.parse(await downloadText(page, name)), JSON.parse(expected[i].json));
    }
    await page.close();
  });
});

describe('flow 1: create a mnemonic', () => {
  test('nothing proceeds until the phrase is typed back exactly', async () => {
    const page = await openApp();
    await page.getByTestId('create-mnemonic').click();
    const words = await page.locator('[data-testid=words] li').allTextContents();
    assert.equal(words.length, 24);
    await shot(page, '1-create-mnemonic');
    await page.getByTestId('written-down').click();
    await page.getByTestId('confirm-phrase').fill(words.slice(0, 23).join(' '));
    assert.equal(await page.getByTestId('confirm').isDisabled(), true);
    assert.match(await page.getByTestId('confirm-phrase-error').textContent(), /does not match/);
    const swapped = [...words];
    [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
    await page.getByTestId('confirm-phrase').fill(swapped.join(' '));
    assert.equal(await page.getByTestId('confirm').isDisabled(), words[0] !== words[1]);
    await page.getByTestId('confirm-phrase').fill(words.map((w) => w.slice(0, 4).toUpperCase()).join('  '));
    await page.getByTestId('confirm').click();
    await page.getByTestId('confirmed').waitFor();
    await page.getByTestId('passphrase').fill('extra');
    await page.getByTestId('passphrase-again').fill('extrA');
    assert.equal(await page.getByTestId('passphrase-again-error').textContent(), 'the two passphrases differ');
    await page.getByTestId('passphrase-again').fill('extra');
    await page.getByTestId('use-mnemonic').click();
    assert.match(await page.getByTestId('session').textContent(), /with passphrase/);
    await page.close();
  });
});

describe('flow 6: verify files', () => {
  test('a deposit file verifies, and the same file tampered is reported', async () => {
    const good = core.createDepositData({
      mnemonic: ABANDON_ART, startIndex: 0, count: 2, chain: 'hoodi', withdrawal: { type: 'compounding', address: ADDRESS }, timestamp: 1,
    }).json;
    const entries = JSON.parse(good);
    entries[1].amount = 33000000000;
    const page = await openApp();
    await page.getByTestId('verify-files').click();
    await page.getByTestId('verify-file').setInputFiles({ name: 'deposit_data-1.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await page.getByTestId('file-kind').filter({ hasText: 'Deposit data.' }).waitFor();
    await page.getByTestId('chain').selectOption('hoodi');
    await page.getByTestId('check').click();
    await page.getByTestId('reports').waitFor();
    assert.deepEqual(await page.locator('[data-testid=reports] li').evaluateAll((li) => li.map((l) => l.dataset.ok)), ['true', 'true']);
    await page.getByTestId('verify-file').setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(entries)) });
    await page.getByTestId('check').click();
    await page.locator('[data-testid=reports] li.bad').waitFor();
    assert.match(await page.locator('[data-testid=reports] li.bad').textContent(), /deposit_message_root does not match/);
    await shot(page, '6-verify-tampered');
    await page.close();
  });
});

test('secret fields carry autocomplete=off and spellcheck=false, and the page threw no errors', async () => {
  const page = await openApp();
  await page.getByTestId('use-mnemonic').click();
  for (const id of ['mnemonic', 'passphrase']) {
    const field = page.getByTestId(id);
    assert.equal(await field.getAttribute('autocomplete'), 'off');
    assert.equal(await field.getAttribute('spellcheck'), 'false');
  }
  assert.match(await page.getByTestId('origin').textContent(), /^Loaded from http:\/\//);
  await page.setViewportSize({ width: 360, height: 800 });
  await shot(page, '2-use-mnemonic-360px');
  await page.close();
  assert.deepEqual(pageErrors, []);
});

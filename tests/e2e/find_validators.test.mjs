// "Find my validators" on the release page: a beacon API response built here, with three of
// abandon…art's keys (3, 17 and 900) among 5,000 unrelated validators, is imported as a file;
// the page must find exactly those three and sign BLS changes that verify. Then ethdo's own
// offline-preparation.json: its chain is taken from the file, and the exits the page signs
// equal ethdo's published signatures.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { artifactsDir, downloadText, launchBrowser, loadCore, loadMnemonic, openRelease, serveStatic, vectors } from './harness.mjs';

const ABANDON_ART = `${'abandon '.repeat(23)}art`;
const ADDRESS = '0x0f51bb10119727a7e5eA3538074fb341F56B09Ad';
const OURS = [{ validator: 640_000, key: 3 }, { validator: 640_002, key: 17 }, { validator: 900_000, key: 900 }];

let server;
let browser;
let core;

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

const hex = (label, n, bytes) => createHash('sha256').update(`${label}${n}`).digest('hex').slice(0, bytes * 2);

function entry(index, pubkey, credentials) {
  return {
    index: String(index),
    balance: '32000000000',
    status: 'active_ongoing',
    validator: {
      pubkey,
      withdrawal_credentials: credentials,
      effective_balance: '32000000000',
      slashed: false,
      activation_eligibility_epoch: '0',
      activation_epoch: '0',
      exit_epoch: '18446744073709551615',
      withdrawable_epoch: '18446744073709551615',
    },
  };
}

/** A beacon API response: our three keys among 5,000 strangers, ordered by validator index. */
function beaconResponse() {
  const data = [];
  for (let n = 0; n < 5000; n += 1) {
    const prefix = ['00', '01', '02'][n % 3];
    data.push(entry(n * 3 + 1, `0x${hex('pk', n, 32)}${hex('pk2', n, 16)}`, `0x${prefix}${hex('wc', n, 31)}`));
  }
  for (const { validator, key } of OURS) {
    const [keys] = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: key, count: 1 });
    data.push(entry(validator, keys.signingPubkey, keys.blsWithdrawalCredentials));
  }
  data.sort((a, b) => Number(a.index) - Number(b.index));
  return JSON.stringify({ execution_optimistic: false, finalized: true, data });
}

async function openFind() {
  const page = await openRelease(browser, server);
  await loadMnemonic(page, ABANDON_ART);
  await page.getByTestId('find-validators').click();
  return page;
}

describe('find my validators', () => {
  test('keys 3, 17 and 900 among 5,000 strangers are found and their BLS changes verify', async () => {
    const page = await openFind();
    const response = beaconResponse();
    await page.getByTestId('import-file').setInputFiles({
      name: 'validators.json', mimeType: 'application/json', buffer: Buffer.from(response),
    });
    await page.getByTestId('chain').selectOption('hoodi');
    await page.getByTestId('find').click();
    await page.getByTestId('found-table').waitFor({ timeout: 60_000 });
    assert.match(await page.getByTestId('found-summary').textContent(),
      /^beacon API validators response: 5003 validators read, 3 controlled by this mnemonic's key indices 0–1023\.$/);
    const rows = await page.getByTestId('found-row').evaluateAll((trs) => trs.map((tr) => [Number(tr.dataset.validator), Number(tr.dataset.key)]));
    assert.deepEqual(rows, OURS.map(({ validator, key }) => [validator, key]));
    const checked = await page.getByTestId('select-validator').evaluateAll((boxes) => boxes.map((b) => b.checked));
    assert.deepEqual(checked, [true, true, true]);
    await page.screenshot({ path: join(artifactsDir, 'find-validators.png'), fullPage: true });

    await page.getByTestId('find-address').fill(ADDRESS);
    await page.getByTestId('find-address-again').fill(ADDRESS);
    await page.getByTestId('sign-found').click();
    await page.getByTestId('files').waitFor({ timeout: 60_000 });
    const name = await page.locator('[data-file^=bls_to_execution_change-]').getAttribute('data-file');
    const file = await downloadText(page, name);
    const changes = JSON.parse(file);
    assert.deepEqual(changes.map((c) => c.message.validator_index), OURS.map(({ validator }) => String(validator)));
    const reports = core.verifyBlsToExecutionChanges(file, 'hoodi');
    assert.equal(reports.length, 3);
    assert.ok(reports.every((r) => r.ok), JSON.stringify(reports));
    const expected = core.createBlsToExecutionChanges({
      mnemonic: ABANDON_ART, chain: 'hoodi', keyIndices: OURS.map(({ key }) => key),
      validatorIndices: OURS.map(({ validator }) => String(validator)),
      blsWithdrawalCredentials: changes.map((_, i) => core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: OURS[i].key, count: 1 })[0].blsWithdrawalCredentials),
      executionAddress: ADDRESS, timestamp: 1,
    });
    assert.deepEqual(changes, JSON.parse(expected.json));
    assert.deepEqual(JSON.parse(await downloadText(page, 'change-operations.json')), JSON.parse(expected.ethdo.json));
    await page.close();
  });

  test("ethdo's preparation file sets the chain, and the exits equal ethdo's signatures", async () => {
    const page = await openFind();
    // The file's validators belong to eth-staking-smith's published test mnemonic, not abandon…art.
    const exitCase = (await vectors('bls_change_and_exit_vectors.json')).voluntary_exit_mainnet;
    await page.getByTestId('clear').click();
    await page.getByTestId('use-mnemonic').click();
    await page.getByLabel(/^Mnemonic/).fill(exitCase.mnemonic);
    await page.getByTestId('canonical').waitFor();
    await page.getByTestId('use-mnemonic').click();
    await page.getByTestId('find-validators').click();
    const preparation = await readFile(resolve(import.meta.dirname, '../vectors/ethdo_offline_preparation_mainnet.json'));
    await page.getByTestId('import-text').fill(preparation.toString('utf8'));
    await page.getByTestId('key-count').fill('16');
    await page.getByTestId('chain').selectOption('hoodi');
    await page.getByTestId('find').click();
    await page.getByTestId('found-table').waitFor({ timeout: 60_000 });
    assert.match(await page.getByTestId('chain-warning').textContent(), /made on mainnet but hoodi is selected; signing uses the import's chain values \(mainnet\)/);
    const rows = await page.getByTestId('found-row').evaluateAll((trs) => trs.map((tr) => [tr.dataset.validator, tr.dataset.key, tr.cells[6].textContent]));
    assert.deepEqual(rows, [['100', '0', 'already 0x01'], ['200', '2', 'already 0x01']]);
    // Nothing is eligible for a change, so nothing is selected until the user asks for exits.
    await page.getByTestId('sign-found').click();
    assert.match(await page.getByTestId('sign-error').textContent(), /select at least one validator/);
    for (const box of await page.getByTestId('select-validator').all()) await box.check();
    await page.getByTestId('with-exits').check();
    assert.equal(await page.getByTestId('find-exit-epoch').inputValue(), '305658');
    // A published test mnemonic on mainnet (the import's chain): the core refuses without the
    // acknowledgement, whichever page asks.
    await page.getByTestId('sign-found').click();
    await page.locator('[data-testid=job-error][data-code=mnemonic_public_not_acknowledged]').waitFor({ timeout: 60_000 });
    await page.getByTestId('public-ack').check();
    await page.getByTestId('sign-found').click();
    await page.getByTestId('files').waitFor({ timeout: 60_000 });
    const expected = await vectors('ethdo_offline_preparation_mainnet.expected.json');
    for (const published of expected.exits) {
      const name = await page.locator(`[data-file^="signed_exit_transaction-${published.message.validator_index}-"]`).getAttribute('data-file');
      const ours = JSON.parse(await downloadText(page, name));
      assert.deepEqual(ours, published);
    }
    await page.close();
  });

  test('a malformed import is refused with the entry and field named', async () => {
    const page = await openFind();
    const broken = beaconResponse().replace('"status":"active_ongoing"', '"status":"asleep"');
    await page.getByTestId('import-text').fill(broken);
    await page.getByTestId('find').click();
    await page.getByTestId('job-error').waitFor({ timeout: 60_000 });
    assert.equal(await page.getByTestId('job-error').textContent(), 'data[0]: status "asleep" is not a beacon API validator status');
    assert.equal(await page.getByTestId('found-table').count(), 0);
    await page.close();
  });
});

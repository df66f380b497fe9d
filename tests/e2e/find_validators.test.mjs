// "Find my validators" on the release page: a beacon API response built here, with three of
// abandon…art's keys (3, 17 and 900) among 5,000 unrelated validators, is imported as a file;
// the page must find exactly those three and sign BLS changes that verify. Then ethdo's own
// offline-preparation.json: its chain is taken from the file, and the exits the page signs
// equal ethdo's published signatures.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ABANDON_ART, ADDRESS, jsonFile, vectorText, vectors } from './fixtures.mjs';
import { launchBrowser, loadCore, openRelease, releaseDir, serveStatic } from './harness.mjs';
import { Wallet } from './pages.mjs';

const OURS = [{ validator: 640_000, key: 3 }, { validator: 640_002, key: 17 }, { validator: 900_000, key: 900 }];

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

/** The release page with abandon…art loaded, on "Find my validators". */
async function openFind() {
  const app = new Wallet(await openRelease(browser, server));
  await app.loadMnemonic(ABANDON_ART);
  await app.open('find-validators');
  return app;
}

describe('find my validators', () => {
  test('keys 3, 17 and 900 among 5,000 strangers are found and their BLS changes verify', async () => {
    const app = await openFind();
    const find = app.findValidators;
    const response = beaconResponse();
    await find.chooseImport(jsonFile('validators.json', response));
    await find.chain.choose('hoodi');
    await find.find();
    await find.waitForFound({ timeout: 60_000 });
    assert.match(await find.summary.textContent(),
      /^beacon API validators response: 5,003 validators read, 3 controlled by this mnemonic's key indices 0–1023\.$/);
    assert.deepEqual(await find.rows(), OURS.map(({ validator, key }) => [validator, key]));
    assert.deepEqual(await find.selected(), [true, true, true]);
    await app.screenshot('find-validators');

    await find.fillAddress(ADDRESS);
    await find.sign();
    await find.files.waitFor({ timeout: 60_000 });
    const file = await find.files.downloadStartingWith('bls_to_execution_change-');
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
    assert.deepEqual(JSON.parse(await find.files.download('change-operations.json')), JSON.parse(expected.ethdo.json));
    await app.close();
  });

  test("ethdo's preparation file sets the chain, and the exits equal ethdo's signatures", async () => {
    const app = await openFind();
    // The file's validators belong to eth-staking-smith's published test mnemonic, not abandon…art.
    const exitCase = (await vectors('bls_change_and_exit_vectors.json')).voluntary_exit_mainnet;
    await app.header.clear();
    await app.loadMnemonic(exitCase.mnemonic);
    const find = await app.open('find-validators');
    await find.pasteImport(await vectorText('ethdo_offline_preparation_mainnet.json'));
    await find.fillKeyCount(16);
    await find.chain.choose('hoodi');
    await find.find();
    await find.waitForFound({ timeout: 60_000 });
    assert.match(await find.chainWarning.textContent(), /made on mainnet but hoodi is selected; signing uses the import's chain values \(mainnet\)/);
    assert.deepEqual(await find.rowsWithChange(), [['100', '0', 'already 0x01'], ['200', '2', 'already 0x01']]);
    // Nothing is eligible for a change, so nothing is selected until the user asks for exits.
    await find.sign();
    assert.match(await find.signErrorText(), /select at least one validator/);
    await find.selectAll();
    await find.withExits();
    assert.equal(await find.exitEpoch.inputValue(), '305658');
    // A published test mnemonic on mainnet (the import's chain): the core refuses without the
    // acknowledgement, whichever page asks.
    await find.sign();
    await find.job.waitForError({ code: 'mnemonic_public_not_acknowledged', timeout: 60_000 });
    await find.publicAck.acknowledge();
    await find.sign();
    await find.files.waitFor({ timeout: 60_000 });
    const expected = await vectors('ethdo_offline_preparation_mainnet.expected.json');
    for (const published of expected.exits) {
      const ours = JSON.parse(await find.files.downloadStartingWith(`signed_exit_transaction-${published.message.validator_index}-`));
      assert.deepEqual(ours, published);
    }
    await app.close();
  });

  test('a malformed import is refused with the entry and field named', async () => {
    const app = await openFind();
    const find = app.findValidators;
    const broken = beaconResponse().replace('"status":"active_ongoing"', '"status":"asleep"');
    await find.pasteImport(broken);
    await find.find();
    await find.job.waitForError({ timeout: 60_000 });
    assert.equal(await find.job.errorText(), 'data[0]: status "asleep" is not a beacon API validator status');
    assert.equal(await find.foundTable.count(), 0);
    await app.close();
  });
});

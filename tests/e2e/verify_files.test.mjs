// "Verify files" shows what a file says, in the release page over http://127.0.0.1: the
// network it names (and a warning when the chain chosen is another), where its funds go (large,
// first), each entry's pubkey, credentials, address and amount, and, with a mnemonic loaded, the
// key index of each key. The files are deposit-cli's published ones (lighthouse's vectors,
// mnemonic `test … waste`), the Holesky BLS change of eth-staking-smith's vectors, and files
// the core makes from `abandon … art`. The page's values are compared with the vector files' own
// and with the package's `verifyFile` for the same file.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ABANDON_ART, ADDRESS, OTHER_ADDRESS, TEST_WASTE, jsonFile, vectors } from './fixtures.mjs';
import { launchBrowser, loadCore, openRelease, releaseDir, serveStatic } from './harness.mjs';
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
  assert.deepEqual(pageErrors, []);
});

async function openApp() {
  return new Wallet(await openRelease(browser, server, { pageErrors }));
}

/** "Verify files", from wherever the page is. */
async function openVerify(app) {
  if ((await app.screen()) !== 'start') await app.back();
  return app.open('verify-files');
}

/** One of deposit-cli's published deposit files, by its vector's name. */
async function depositVector(name) {
  const { vectors: all } = await vectors('deposit_cli_vectors.json');
  return all.find((vector) => vector.name === name);
}

/** Chooses `file`, the chain, optionally an expected address, and checks. */
async function check(verify, file, { chain, expectedAddress, keyCount } = {}) {
  await verify.choose(file);
  await verify.chain.choose(chain);
  if (expectedAddress !== undefined) await verify.expectedAddress.fill(expectedAddress);
  if (keyCount !== undefined) await verify.keyCount.fill(String(keyCount));
  await verify.check();
  await verify.waitForVerification({ timeout: 60_000 });
}

describe('verify files: what the file says', () => {
  test('a valid deposit-cli file shows its network, pubkeys, credentials, address and amounts', async () => {
    const vector = await depositVector('holesky_first_0_count_2_eth1_true');
    const text = JSON.stringify(vector.deposit_data);
    const app = await openApp();
    const verify = await app.open('verify-files');
    await verify.choose(jsonFile('deposit_data-1.json', text));
    await verify.waitForKind('Deposit data.');
    await verify.chain.choose('holesky');
    await verify.check();
    await verify.waitForVerification();

    assert.equal(await verify.network.getAttribute('data-chain'), 'holesky');
    assert.match(await verify.network.textContent(), /holesky \(network_name "holesky", fork_version 0x01017000\)/);
    assert.equal(await verify.chainWarning.count(), 0);
    assert.deepEqual(await verify.destinations(), [{ address: ADDRESS, differs: false }]);
    assert.equal(await verify.noMnemonic.isVisible(), true);
    const entries = await verify.entries();
    assert.equal(entries.length, vector.deposit_data.length);
    for (const [i, entry] of entries.entries()) {
      const published = vector.deposit_data[i];
      assert.equal(entry.ok, true);
      assert.equal(entry.pubkey, `0x${published.pubkey}`);
      assert.equal(entry.credentialsPrefix, `0x${published.withdrawal_credentials.slice(0, 2)}`);
      assert.equal(entry.credentialsKind, 'execution');
      assert.equal(entry.address, vector.withdrawal_address);
      assert.equal(entry.amountGwei, String(published.amount));
      assert.match(entry.amount, /^32 ETH \(32000000000 gwei/);
      assert.match(entry.signature, /verifies/);
      assert.deepEqual(entry.mnemonic, []);
    }
    // The package says the same of the same file.
    const packaged = core.verifyFile({ json: text, chain: 'holesky' });
    assert.deepEqual(packaged.addresses, [ADDRESS]);
    assert.deepEqual(packaged.entries.map((e) => e.content.pubkey), entries.map((e) => e.pubkey));
    assert.deepEqual(packaged.entries.map((e) => e.content.amount), ['32 ETH', '32 ETH']);
    await app.screenshot('verify-deposit');

    // Another chain chosen: the result is dropped; checked again, the warning names both.
    await verify.chain.choose('mainnet');
    await verify.verification.waitFor({ state: 'detached' });
    await verify.check();
    await verify.waitForVerification();
    assert.equal(await verify.chainWarning.getAttribute('data-code'), 'verify_chain_differs');
    assert.equal(await verify.chainWarning.getAttribute('role'), 'alert');
    assert.match(await verify.chainWarning.textContent(), /made for holesky, but mainnet is chosen/);
    assert.deepEqual((await verify.entries()).map((e) => e.ok), [false, false]);
    assert.deepEqual((await verify.entries()).map((e) => e.codes),
      Array(2).fill(['fork_version_mismatch', 'network_name_mismatch', 'signature_invalid']));
    // What the file says still shows: the file's network and address.
    assert.equal(await verify.network.getAttribute('data-chain'), 'holesky');
    assert.deepEqual(await verify.destinations(), [{ address: ADDRESS, differs: false }]);
    await app.screenshot('verify-chain-warning');
    await app.close();
  });

  test('a BLS change signed for another address shows that address large, and fails against the expected one', async () => {
    const { bls_to_execution_change_holesky: change } = await vectors('bls_change_and_exit_vectors.json');
    const file = jsonFile('change-operations.json', JSON.stringify([change.expected]));
    const app = await openApp();
    const verify = await app.open('verify-files');
    await check(verify, file, { chain: 'holesky' });
    // A valid signature: the address is what the staker must look at.
    assert.deepEqual(await verify.destinations(), [{ address: OTHER_ADDRESS, differs: false }]);
    assert.equal(OTHER_ADDRESS.toLowerCase(), change.expected.message.to_execution_address);
    const [entry] = await verify.entries();
    assert.equal(entry.ok, true);
    assert.equal(entry.address, OTHER_ADDRESS);
    assert.equal(entry.pubkey, change.expected.message.from_bls_pubkey);
    assert.equal(entry.validatorIndex, change.expected.message.validator_index);
    assert.match(await verify.network.textContent(), /names no network/);

    // The staker's own address typed: the entry fails, the address is marked, the core says why.
    await verify.expectedAddress.fill(ADDRESS);
    await verify.verification.waitFor({ state: 'detached' });
    await verify.check();
    await verify.waitForVerification();
    assert.deepEqual(await verify.destinations(), [{ address: OTHER_ADDRESS, differs: true }]);
    const [failed] = await verify.entries();
    assert.equal(failed.ok, false);
    assert.deepEqual(failed.codes, ['verify_address_differs']);
    assert.match(failed.signature, /verifies/);
    assert.equal(await verify.addressError.getAttribute('role'), 'alert');
    assert.equal(await verify.addressError.textContent(),
      `✗ this entry sends funds to ${OTHER_ADDRESS}, not to the expected address ${ADDRESS}`);
    await app.screenshot('verify-address-differs');

    // An address without its checksum is refused beside the field, by the core's rule.
    await verify.expectedAddress.fill(ADDRESS.toLowerCase());
    await verify.expectedAddressError.waitForCode('address_not_checksummed');
    await app.close();
  });

  test('with test … waste or abandon … art loaded, each entry shows its key index', async () => {
    const app = await openApp();
    await app.loadMnemonic(TEST_WASTE);
    let verify = await openVerify(app);
    const deposits = await depositVector('mainnet_first_99_count_2_eth1_false');
    await check(verify, jsonFile('deposit_data-99.json', JSON.stringify(deposits.deposit_data)), { chain: 'mainnet' });
    const found = await verify.entries();
    assert.deepEqual(found.map((e) => e.ok), [true, true]);
    assert.deepEqual(found.map((e) => e.credentialsKind), ['bls', 'bls']);
    assert.deepEqual(found.map((e) => e.mnemonic.map(({ key, keyIndex }) => [key, keyIndex])), [
      [['signing', 99], ['withdrawal', 99]],
      [['signing', 100], ['withdrawal', 100]],
    ]);
    assert.match(found[0].mnemonic[0].text, /key index 99 of your mnemonic/);
    await app.screenshot('verify-mnemonic-match');
    await app.close();

    // abandon … art: its BLS change at key index 3 is found; test … waste's deposits are not
    // among its first 16 key indices.
    const [keys] = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 3, count: 1 });
    const change = core.createBlsToExecutionChanges({
      mnemonic: ABANDON_ART, chain: 'hoodi', startIndex: 3, validatorIndices: ['42'],
      blsWithdrawalCredentials: [keys.blsWithdrawalCredentials], executionAddress: ADDRESS, timestamp: 1,
    });
    const other = await openApp();
    await other.loadMnemonic(ABANDON_ART);
    verify = await openVerify(other);
    await check(verify, jsonFile(change.fileName, change.json), { chain: 'hoodi', expectedAddress: ADDRESS });
    const [changed] = await verify.entries();
    assert.equal(changed.ok, true);
    assert.deepEqual(changed.mnemonic.map(({ key, keyIndex }) => [key, keyIndex]), [['withdrawal', 3]]);
    assert.equal(await verify.network.getAttribute('data-chain'), 'hoodi');
    assert.deepEqual(await verify.destinations(), [{ address: ADDRESS, differs: false }]);

    await check(verify, jsonFile('deposit_data-99.json', JSON.stringify(deposits.deposit_data)), { chain: 'mainnet', expectedAddress: '', keyCount: 16 });
    const strangers = await verify.entries();
    assert.deepEqual(strangers.map((e) => e.mnemonic.map(({ keyIndex }) => keyIndex)), [[null, null], [null, null]]);
    assert.match(strangers[0].mnemonic[0].text, /not from your mnemonic \(first 16 key indices checked\)/);
    await other.close();
  });
});

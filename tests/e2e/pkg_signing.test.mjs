// The signing half of the pkg/ API in Node: deposit data, BLS changes and exits, each compared
// field by field with the published vectors, and the verifiers' per-entry reports.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const pkgDir = `${root}/pkg`;
let wallet;
let depositVectors;
let changeVectors;

before(async () => {
  wallet = await import(`${pkgDir}/withdrawal_wallet.js`);
  await wallet.default({ module_or_path: await readFile(`${pkgDir}/withdrawal_wallet_bg.wasm`) });
  depositVectors = JSON.parse(await readFile(`${root}/tests/vectors/deposit_cli_vectors.json`, 'utf8'));
  changeVectors = JSON.parse(await readFile(`${root}/tests/vectors/bls_change_and_exit_vectors.json`, 'utf8'));
});

const withoutVersion = (entries) => entries.map(({ deposit_cli_version: _, ...rest }) => rest);

test('createDepositData reproduces a deposit-cli 2.7.0 file (0x01, holesky)', () => {
  const vector = depositVectors.vectors.find((v) => v.name === 'holesky_first_0_count_2_eth1_true');
  const file = wallet.createDepositData({
    mnemonic: depositVectors.mnemonic,
    startIndex: 0,
    count: 2,
    chain: 'holesky',
    withdrawalAddress: vector.withdrawal_address,
    compounding: false,
    timestamp: 1715584111,
  });
  assert.equal(file.fileName, 'deposit_data-1715584111.json');
  assert.deepEqual(withoutVersion(JSON.parse(file.json)), withoutVersion(vector.deposit_data));
  assert.ok(wallet.verifyDepositData(file.json, 'holesky').every((report) => report.ok));
});

test('createDepositData refuses an unchecksummed address and 0x00 without the opt-in', () => {
  const base = { mnemonic: depositVectors.mnemonic, startIndex: 0, count: 1, chain: 'mainnet' };
  assert.throws(() => wallet.createDepositData({ ...base, withdrawalAddress: '0x0f51bb10119727a7e5ea3538074fb341f56b09ad' }), {
    message: /^the execution address is not EIP-55 checksummed; .*0x0f51bb10119727a7e5eA3538074fb341F56B09Ad/,
  });
  assert.throws(() => wallet.createDepositData(base), { message: /^0x00 \(BLS\) withdrawal credentials need an explicit opt-in/ });
  const bls = wallet.createDepositData({ ...base, allowBlsCredentials: true, timestamp: 1 });
  assert.equal(JSON.parse(bls.json)[0].withdrawal_credentials.slice(0, 2), '00');
  const compounding = wallet.createDepositData({
    ...base, withdrawalAddress: '0x0f51bb10119727a7e5eA3538074fb341F56B09Ad', amountGwei: '64000000000',
  });
  assert.equal(JSON.parse(compounding.json)[0].amount, 64000000000);
  assert.throws(() => wallet.createDepositData({ ...base, chain: 'goerli', allowBlsCredentials: true }), {
    message: /^unknown chain "goerli"/,
  });
});

test('createBlsToExecutionChanges reproduces the Holesky vector, custom chains included', () => {
  const c = changeVectors.bls_to_execution_change_holesky;
  const options = {
    mnemonic: c.mnemonic,
    chain: 'holesky',
    startIndex: 0,
    validatorIndices: ['100'],
    blsWithdrawalCredentials: [c.bls_withdrawal_credentials],
    executionAddress: c.to_execution_address_input,
    timestamp: 1700000000,
  };
  const files = wallet.createBlsToExecutionChanges(options);
  const [change] = JSON.parse(files.json);
  assert.deepEqual(change.message, c.expected.message);
  assert.equal(change.signature, c.expected.signature);
  assert.deepEqual(JSON.parse(files.ethdo.json), [c.expected]);
  const custom = {
    name: 'holesky',
    genesisForkVersion: '0x01017000',
    capellaForkVersion: '0x04017000',
    genesisValidatorsRoot: c.domain_inputs.genesis_validators_root,
  };
  assert.equal(JSON.parse(wallet.createBlsToExecutionChanges({ ...options, chain: custom }).json)[0].signature, c.expected.signature);
  assert.throws(() => wallet.createBlsToExecutionChanges({ ...options, chain: { ...custom, genesisValidatorsRoot: undefined } }), {
    message: /^chain holesky has no genesis validators root/,
  });
  assert.throws(() => wallet.createBlsToExecutionChanges({ ...options, startIndex: 1 }), {
    message: /^validator 100: the credentials given, 0x0045b91b.*, do not match this mnemonic's key index 1/,
  });
  const [report] = wallet.verifyBlsToExecutionChanges(JSON.stringify([{ ...c.expected, signature: c.expected.signature.replace(/.$/, '0') }]), 'holesky');
  assert.equal(report.ok, false);
});

test('createVoluntaryExits reproduces the mainnet ethdo exit and verifyVoluntaryExit checks it', () => {
  const c = changeVectors.voluntary_exit_mainnet;
  const [file] = wallet.createVoluntaryExits({
    mnemonic: c.mnemonic, chain: 'mainnet', startIndex: 0, validatorIndices: ['100'], epoch: '305658', timestamp: 1,
  });
  assert.equal(file.fileName, 'signed_exit_transaction-100-1.json');
  assert.deepEqual(JSON.parse(file.json), c.expected);
  const pubkey = `0x${c.deposit_data_same_key_mainnet[0].pubkey}`;
  assert.deepEqual(wallet.verifyVoluntaryExit(file.json, 'mainnet', pubkey), { index: 0, ok: true, problems: [] });
  assert.equal(wallet.verifyVoluntaryExit(file.json, 'hoodi', pubkey).ok, false);
  assert.throws(() => wallet.createVoluntaryExits({
    mnemonic: c.mnemonic, chain: 'mainnet', startIndex: 0, validatorIndices: ['100'], epoch: '-1',
  }), { message: 'epoch "-1" is not a whole number from 0 to 18446744073709551615' });
});

test('parseValidatorImport reads ethdo\'s file and findValidators finds its key indices', async () => {
  const text = await readFile(`${root}/tests/vectors/ethdo_offline_preparation_mainnet.json`, 'utf8');
  const expected = JSON.parse(await readFile(`${root}/tests/vectors/ethdo_offline_preparation_mainnet.expected.json`, 'utf8'));
  const imported = wallet.parseValidatorImport(text);
  assert.equal(imported.format, 'ethdo-offline-preparation');
  assert.deepEqual(imported.chain, {
    name: 'mainnet',
    genesisForkVersion: '0x00000000',
    capellaForkVersion: '0x03000000',
    genesisValidatorsRoot: '0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95',
    currentForkVersion: '0x04000000',
    epoch: '305658',
  });
  assert.equal(imported.validators.length, 2);
  assert.equal(imported.validators[0].status, 'active_ongoing');
  const mnemonic = changeVectors.voluntary_exit_mainnet.mnemonic;
  const found = wallet.findValidators({ mnemonic, maxKeyIndex: 1023, validators: imported.validators });
  assert.deepEqual(found, expected.found.map((f) => ({
    validatorIndex: f.validator_index, keyIndex: f.key_index, kind: 'signing-pubkey',
  })));
  // The imported chain is a ChainInput; exits by key index equal ethdo's signatures.
  const exits = wallet.createVoluntaryExits({
    mnemonic, chain: imported.chain, keyIndices: found.map((f) => f.keyIndex),
    validatorIndices: found.map((f) => f.validatorIndex), epoch: imported.chain.epoch, timestamp: 1,
  });
  assert.deepEqual(exits.map((f) => JSON.parse(f.json)), expected.exits);
  // Too narrow a scan misses key index 2.
  assert.deepEqual(wallet.findValidators({ mnemonic, maxKeyIndex: 1, validators: imported.validators }).map((f) => f.keyIndex), [0]);
});

test('findValidators matches by withdrawal credentials, and bad imports name the problem', () => {
  const holesky = changeVectors.bls_to_execution_change_holesky;
  const found = wallet.findValidators({
    mnemonic: holesky.mnemonic,
    maxKeyIndex: 15,
    validators: [{ index: 100, withdrawalCredentials: holesky.bls_withdrawal_credentials }, { index: '5', withdrawalCredentials: `0x00${'ab'.repeat(31)}` }],
  });
  assert.deepEqual(found, [{ validatorIndex: '100', keyIndex: 0, kind: 'withdrawal-credentials' }]);
  assert.throws(() => wallet.parseValidatorImport('12,0x00ab'), { message: 'CSV line 1: withdrawal_credentials is 2 bytes; it must be 32' });
  assert.throws(() => wallet.parseValidatorImport('{"data":[{"index":"1"}]}'), { message: /missing field `status`/ });
  assert.throws(
    () => wallet.findValidators({ mnemonic: holesky.mnemonic, maxKeyIndex: 100000, validators: [] }),
    { message: '100001 key indices is outside what one search scans: 1 to 100000' },
  );
  assert.throws(
    () => wallet.createVoluntaryExits({ mnemonic: holesky.mnemonic, chain: 'mainnet', startIndex: 0, keyIndices: [0], validatorIndices: ['1'], epoch: '1' }),
    { message: 'invalid options: give either startIndex or keyIndices (one key index per validator)' },
  );
});

// The signing half of the pkg/ API in Node: deposit data, BLS changes and exits, each compared
// field by field with the published vectors, and the verifiers' per-entry reports.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ADDRESS, root, vectorText, vectors } from './fixtures.mjs';

const pkgDir = `${root}/pkg`;
let wallet;
let depositVectors;
let changeVectors;

before(async () => {
  wallet = await import(`${pkgDir}/withdrawal_wallet.js`);
  await wallet.default({ module_or_path: await readFile(`${pkgDir}/withdrawal_wallet_bg.wasm`) });
  depositVectors = await vectors('deposit_cli_vectors.json');
  changeVectors = await vectors('bls_change_and_exit_vectors.json');
});

const withoutVersion = (entries) => entries.map(({ deposit_cli_version: _, ...rest }) => rest);

test('createDepositData reproduces a deposit-cli 2.7.0 file (0x01, holesky)', () => {
  const vector = depositVectors.vectors.find((v) => v.name === 'holesky_first_0_count_2_eth1_true');
  const file = wallet.createDepositData({
    mnemonic: depositVectors.mnemonic,
    startIndex: 0,
    count: 2,
    chain: 'holesky',
    withdrawal: { type: 'execution', address: vector.withdrawal_address },
    timestamp: 1715584111,
  });
  assert.equal(file.fileName, 'deposit_data-1715584111.json');
  assert.deepEqual(withoutVersion(JSON.parse(file.json)), withoutVersion(vector.deposit_data));
  assert.ok(wallet.verifyDepositData(file.json, 'holesky').every((report) => report.ok));
});

test('createDepositData refuses an unchecksummed address, 0x00 without the opt-in, and a public mnemonic on mainnet', () => {
  const base = {
    mnemonic: depositVectors.mnemonic, startIndex: 0, count: 1, chain: 'mainnet', acknowledgePublicMnemonic: true,
  };
  assert.throws(() => wallet.createDepositData({ ...base, withdrawal: { type: 'compounding', address: ADDRESS.toLowerCase() } }), {
    code: 'address_not_checksummed',
    field: 'withdrawal.address',
    message: new RegExp(`^the execution address is not EIP-55 checksummed; .*${ADDRESS}`),
  });
  assert.throws(() => wallet.createDepositData({ ...base, withdrawal: { type: 'bls' } }), {
    code: 'deposit_bls_not_allowed',
    field: 'allowBlsCredentials',
    message: /^0x00 \(BLS\) withdrawal credentials need an explicit opt-in/,
  });
  const bls = wallet.createDepositData({ ...base, withdrawal: { type: 'bls' }, allowBlsCredentials: true, timestamp: 1 });
  assert.equal(JSON.parse(bls.json)[0].withdrawal_credentials.slice(0, 2), '00');
  const compounding = wallet.createDepositData({ ...base, withdrawal: { type: 'compounding', address: ADDRESS }, amount: '64' });
  assert.equal(JSON.parse(compounding.json)[0].amount, 64000000000);
  assert.throws(() => wallet.createDepositData({ ...base, chain: 'goerli', withdrawal: { type: 'bls' }, allowBlsCredentials: true }), {
    code: 'chain_unknown',
    field: 'chain',
    message: /^unknown chain "goerli"/,
  });
  // The core, not a page, refuses a published test mnemonic on mainnet without the acknowledgement.
  assert.throws(() => wallet.createDepositData({ ...base, acknowledgePublicMnemonic: undefined, withdrawal: { type: 'compounding', address: ADDRESS } }), {
    code: 'mnemonic_public_not_acknowledged',
    field: 'acknowledgePublicMnemonic',
    params: { chain: 'mainnet' },
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
  const review = wallet.reviewBlsToExecutionChanges(options);
  assert.deepEqual(review.map((row) => [row.validatorIndex, row.keyIndex, row.problem]), [['100', 0, null]]);
  const files = wallet.createBlsToExecutionChanges(options);
  const [change] = JSON.parse(files.json);
  assert.deepEqual(change.message, c.expected.message);
  assert.equal(change.signature, c.expected.signature);
  assert.deepEqual(JSON.parse(files.ethdo.json), [c.expected]);
  // Holesky's own values under another name are Holesky: the same signature, Holesky's name.
  const custom = {
    name: 'my-testnet',
    genesisForkVersion: '0x01017000',
    capellaForkVersion: '0x04017000',
    genesisValidatorsRoot: c.domain_inputs.genesis_validators_root,
  };
  const [asHolesky] = JSON.parse(wallet.createBlsToExecutionChanges({ ...options, chain: custom }).json);
  assert.equal(asHolesky.signature, c.expected.signature);
  assert.equal(asHolesky.metadata.network_name, 'holesky');
  // Part of Holesky's values: refused, naming what differs.
  assert.throws(() => wallet.createBlsToExecutionChanges({ ...options, chain: { ...custom, genesisValidatorsRoot: undefined } }), {
    code: 'chain_impersonates_builtin',
    field: 'chain.genesisValidatorsRoot',
    params: { builtin: 'holesky', differing: ['genesisValidatorsRoot'] },
  });
  const ephemery = { name: 'ephemery', genesisForkVersion: '0x1000101b', capellaForkVersion: '0x4000101b' };
  assert.throws(() => wallet.createBlsToExecutionChanges({ ...options, chain: ephemery }), {
    code: 'chain_no_genesis_validators_root',
    message: /^chain ephemery has no genesis validators root/,
  });
  assert.throws(() => wallet.createBlsToExecutionChanges({ ...options, startIndex: 1 }), {
    code: 'bls_change_credentials_mismatch',
    field: 'blsWithdrawalCredentials[0]',
    message: /^validator 100: the credentials given, 0x0045b91b.*, do not match this mnemonic's key index 1/,
  });
  const [mismatch] = wallet.reviewBlsToExecutionChanges({ ...options, startIndex: 1 });
  assert.equal(mismatch.problem.code, 'bls_change_credentials_mismatch');
  const [report] = wallet.verifyBlsToExecutionChanges(JSON.stringify([{ ...c.expected, signature: c.expected.signature.replace(/.$/, '0') }]), 'holesky');
  assert.equal(report.ok, false);
});

test('createVoluntaryExits reproduces the mainnet ethdo exit and verifyVoluntaryExit checks it', () => {
  const c = changeVectors.voluntary_exit_mainnet;
  const base = { mnemonic: c.mnemonic, chain: 'mainnet', startIndex: 0, validatorIndices: ['100'], acknowledgePublicMnemonic: true };
  const [file] = wallet.createVoluntaryExits({ ...base, epoch: '305658', timestamp: 1 });
  assert.equal(file.fileName, 'signed_exit_transaction-100-1.json');
  assert.deepEqual(JSON.parse(file.json), c.expected);
  const pubkey = `0x${c.deposit_data_same_key_mainnet[0].pubkey}`;
  assert.deepEqual(wallet.verifyVoluntaryExit(file.json, 'mainnet', pubkey), { index: 0, ok: true, problems: [] });
  assert.equal(wallet.verifyVoluntaryExit(file.json, 'hoodi', pubkey).ok, false);
  assert.throws(() => wallet.createVoluntaryExits({ ...base, epoch: '-1' }), {
    code: 'not_uint64', field: 'epoch', message: '"-1" is not a whole number from 0 to 18446744073709551615',
  });
  assert.throws(() => wallet.createVoluntaryExits({ ...base, validatorIndices: ['100', '100'], epoch: '1' }), {
    code: 'duplicate_validator', field: 'validatorIndices[1]', message: 'validator 100 is listed twice',
  });
});

test('parseValidatorImport reads ethdo\'s file and findValidators finds its key indices', async () => {
  const text = await vectorText('ethdo_offline_preparation_mainnet.json');
  const expected = await vectors('ethdo_offline_preparation_mainnet.expected.json');
  const imported = wallet.parseValidatorImport(text);
  assert.equal(imported.format, 'ethdo-offline-preparation');
  assert.equal(imported.chain, 'mainnet');
  assert.equal(imported.epoch, '305658');
  assert.equal(imported.validators.length, 2);
  assert.equal(imported.validators[0].status, 'active_ongoing');
  const mnemonic = changeVectors.voluntary_exit_mainnet.mnemonic;
  const { found } = wallet.findValidators({ mnemonic, maxKeyIndex: 1023, validators: imported.validators });
  assert.deepEqual(found.map((f) => [f.validatorIndex, f.keyIndex, f.byWithdrawalCredentials, f.bySigningPubkey]),
    expected.found.map((f) => [f.validator_index, f.key_index, false, true]));
  // The import's text gives the same matches, and its chain and epoch.
  const fromText = wallet.findValidators({ mnemonic, maxKeyIndex: 1023, import: text, chain: 'hoodi' });
  assert.deepEqual(fromText.found, found);
  assert.equal(fromText.chain, 'mainnet');
  assert.equal(fromText.notice.code, 'chain_import_differs');
  // The imported chain is a ChainInput; exits by key index equal ethdo's signatures.
  const exits = wallet.createVoluntaryExits({
    mnemonic, chain: imported.chain, keyIndices: found.map((f) => f.keyIndex), acknowledgePublicMnemonic: true,
    validatorIndices: found.map((f) => f.validatorIndex), epoch: imported.epoch, timestamp: 1,
  });
  assert.deepEqual(exits.map((f) => JSON.parse(f.json)), expected.exits);
  // Too narrow a scan misses key index 2.
  assert.deepEqual(wallet.findValidators({ mnemonic, maxKeyIndex: 1, validators: imported.validators }).found.map((f) => f.keyIndex), [0]);
});

test('findValidators matches by withdrawal credentials, and bad imports name the problem', () => {
  const holesky = changeVectors.bls_to_execution_change_holesky;
  const { found } = wallet.findValidators({
    mnemonic: holesky.mnemonic,
    maxKeyIndex: 15,
    validators: [{ index: 100, withdrawalCredentials: holesky.bls_withdrawal_credentials }, { index: '5', withdrawalCredentials: `0x00${'ab'.repeat(31)}` }],
  });
  assert.deepEqual(found, [{
    validatorIndex: '100',
    keyIndex: 0,
    byWithdrawalCredentials: true,
    bySigningPubkey: false,
    withdrawalCredentials: holesky.bls_withdrawal_credentials,
  }]);
  assert.throws(() => wallet.parseValidatorImport('12,0x00ab'), {
    code: 'hex_wrong_length', field: 'import.line[1].withdrawal_credentials', message: 'CSV line 1: withdrawal_credentials is 2 bytes; it must be 32',
  });
  assert.throws(() => wallet.parseValidatorImport('{"data":[{"index":"1"}]}'), { code: 'json_syntax', message: /missing field `status`/ });
  assert.throws(
    () => wallet.findValidators({ mnemonic: holesky.mnemonic, maxKeyIndex: 100000, validators: [] }),
    { code: 'count_too_large', field: 'maxKeyIndex', message: '100001 key indices is outside what one search scans: 1 to 100000' },
  );
  // The package's list follows the beacon API's rules (0x required), not a laxer copy of them.
  assert.throws(
    () => wallet.findValidators({ mnemonic: holesky.mnemonic, maxKeyIndex: 15, validators: [{ index: 1, withdrawalCredentials: holesky.bls_withdrawal_credentials.slice(2) }] }),
    { code: 'hex_missing_prefix', field: 'validators[0].withdrawalCredentials' },
  );
  assert.throws(
    () => wallet.createVoluntaryExits({ mnemonic: holesky.mnemonic, chain: 'mainnet', startIndex: 0, keyIndices: [0], validatorIndices: ['1'], epoch: '1' }),
    { code: 'option_conflict', message: 'invalid options: give either startIndex or keyIndices (one key index per validator)' },
  );
});

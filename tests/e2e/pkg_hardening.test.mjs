// Hostile use of the package, round two (SECURITY.md, "HD" ids): every numeric option at its
// edges ends in a result or a typed error, never a wasm trap; misspelt options, huge values,
// lone surrogates, duplicate keys and byte-order marks are refused by name. (What errors leave
// in wasm memory is pkg_memory.test.mjs, in a process of its own.)
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ABANDON_ART, ADDRESS, TEST_JUNK, root } from './fixtures.mjs';

let wallet;
let exports;
let codes;

before(async () => {
  wallet = await import(`${root}/pkg/withdrawal_wallet.js`);
  exports = await wallet.default({ module_or_path: await readFile(`${root}/pkg/withdrawal_wallet_bg.wasm`) });
  const types = await readFile(`${root}/pkg/withdrawal_wallet.d.ts`, 'utf8');
  codes = new Set([...types.match(/export type ErrorCode =([^;]*);/)[1].matchAll(/"([a-z0-9_]+)"/g)].map((m) => m[1]));
});

/** Calls `work`; returns 'ok' or the thrown error's code, failing on anything else. */
function outcome(work) {
  try {
    work();
    return 'ok';
  } catch (err) {
    assert.ok(err instanceof Error, `threw ${err}`);
    assert.ok(!(err instanceof WebAssembly.RuntimeError), `a wasm trap: ${err.message}`);
    assert.ok(codes.has(err.code), `no known code: ${err.code} (${err.message})`);
    assert.ok(err.message.length < 2048, `a ${err.message.length}-character message`);
    return err.code;
  }
}

const EDGES = [0, 1, 2 ** 32 - 1, 2 ** 53, 2 ** 64];

test('HD07: every numeric option at 0, 1, the cap, cap+1, 2^32-1, 2^53 and 2^64 gives a result or a typed error', () => {
  const wrongCredentials = `0x00${'ab'.repeat(31)}`;
  // Each case: a call with the option set to a value, the cap, and what the cap itself ends
  // in (the work after the checks stops at a cheap refusal placed after them).
  const cases = [
    ['deriveValidatorKeys.count', (n) => wallet.deriveValidatorKeys({ mnemonic: TEST_JUNK, startIndex: 0, count: n }), 1000],
    ['deriveValidatorKeys.startIndex', (n) => wallet.deriveValidatorKeys({ mnemonic: TEST_JUNK, startIndex: n, count: 1 }), 2 ** 32 - 1],
    ['createKeystores.count', (n) => wallet.createKeystores({ mnemonic: TEST_JUNK, startIndex: 0, count: n, password: 'short' }), 1000],
    ['createKeystores.startIndex', (n) => wallet.createKeystores({ mnemonic: TEST_JUNK, startIndex: n, count: 1, password: 'short' }), 2 ** 32 - 1],
    ['createKeystores.timestamp', (n) => wallet.createKeystores({ mnemonic: TEST_JUNK, startIndex: 0, count: 1, password: 'short', timestamp: n }), 2 ** 53 - 1],
    ['createDepositData.count', (n) => wallet.createDepositData({ mnemonic: TEST_JUNK, startIndex: 0, count: n, chain: 'hoodi', withdrawal: { type: 'bls' } }), 1000],
    ['createDepositData.startIndex', (n) => wallet.createDepositData({ mnemonic: TEST_JUNK, startIndex: n, count: 1, chain: 'hoodi', withdrawal: { type: 'bls' } }), 2 ** 32 - 1],
    ['createValidatorKeys.count', (n) => wallet.createValidatorKeys({ mnemonic: TEST_JUNK, startIndex: 0, count: n, chain: 'hoodi', withdrawal: { type: 'bls' }, password: 'long enough password' }), 1000],
    ['createBlsToExecutionChanges.startIndex', (n) => wallet.createBlsToExecutionChanges({
      mnemonic: TEST_JUNK, chain: 'hoodi', startIndex: n, validatorIndices: ['1'], blsWithdrawalCredentials: [wrongCredentials], executionAddress: ADDRESS,
    }), 2 ** 32 - 1],
    ['createBlsToExecutionChanges.keyIndices[0]', (n) => wallet.createBlsToExecutionChanges({
      mnemonic: TEST_JUNK, chain: 'hoodi', keyIndices: [n], validatorIndices: ['1'], blsWithdrawalCredentials: [wrongCredentials], executionAddress: ADDRESS,
    }), 2 ** 32 - 1],
    ['createVoluntaryExits.startIndex', (n) => wallet.createVoluntaryExits({
      mnemonic: TEST_JUNK, chain: 'hoodi', startIndex: n, validatorIndices: ['1'], epoch: '1', timestamp: 1,
    }), 2 ** 32 - 1],
    ['createVoluntaryExits.timestamp', (n) => wallet.createVoluntaryExits({
      mnemonic: TEST_JUNK, chain: 'hoodi', startIndex: 0, validatorIndices: ['1'], epoch: '1', timestamp: n,
    }), 2 ** 53 - 1],
    ['findValidators.maxKeyIndex', (n) => wallet.findValidators({ mnemonic: TEST_JUNK, maxKeyIndex: n, validators: [] }), 99999],
    ['findValidators.startKeyIndex', (n) => wallet.findValidators({ mnemonic: TEST_JUNK, startKeyIndex: n, maxKeyIndex: 2 ** 32 - 1, validators: [] }), 2 ** 32 - 1],
    ['findValidators.validators[0].index', (n) => wallet.findValidators({
      mnemonic: TEST_JUNK, maxKeyIndex: 0, validators: [{ index: n, withdrawalCredentials: wrongCredentials }],
    }), 2 ** 53 - 1],
    ['generateMnemonic(words)', (n) => wallet.generateMnemonic('english', n), 24],
  ];
  const seen = {};
  for (const [name, call, cap] of cases) {
    const values = [...new Set([...EDGES, cap, cap + 1])];
    seen[name] = values.map((value) => [value, outcome(() => call(value))]);
  }
  // The refusals are the right ones at the limits.
  const at = (name, value) => seen[name].find(([v]) => v === value)[1];
  assert.equal(at('deriveValidatorKeys.count', 1001), 'count_too_large');
  assert.equal(at('deriveValidatorKeys.count', 2 ** 32 - 1), 'count_too_large');
  assert.equal(at('deriveValidatorKeys.count', 2 ** 53), 'option_type');
  assert.equal(at('deriveValidatorKeys.count', 2 ** 64), 'option_type');
  assert.equal(at('createKeystores.count', 1000), 'password_too_short');
  assert.equal(at('createKeystores.count', 1001), 'count_too_large');
  assert.equal(at('createDepositData.count', 1000), 'deposit_bls_not_allowed');
  assert.equal(at('createDepositData.count', 0), 'count_zero');
  assert.equal(at('createValidatorKeys.count', 1000), 'deposit_bls_not_allowed');
  assert.equal(at('createBlsToExecutionChanges.startIndex', 2 ** 32 - 1), 'bls_change_credentials_mismatch');
  assert.equal(at('createVoluntaryExits.startIndex', 2 ** 32 - 1), 'ok');
  assert.equal(at('findValidators.maxKeyIndex', 99999), 'no_validators');
  assert.equal(at('findValidators.maxKeyIndex', 100000), 'count_too_large');
  assert.equal(at('findValidators.validators[0].index', 2 ** 53), 'option_value');
  assert.equal(at('generateMnemonic(words)', 24), 'ok');
  assert.equal(at('generateMnemonic(words)', 25), 'mnemonic_word_count');
  // The module still works after every refusal.
  assert.equal(wallet.deriveValidatorKeys({ mnemonic: TEST_JUNK, startIndex: 0, count: 1 }).length, 1);
});

test('HD03: misspelt option names are refused with the nearest known one', () => {
  const cases = [
    [{ mnemonic: TEST_JUNK, passPhrase: 'x', startIndex: 0, count: 1 }, wallet.deriveValidatorKeys, 'passPhrase', 'passphrase'],
    [{ mnemonic: TEST_JUNK, startIndex: 0, count: 1, chain: 'hoodi', withdrawal: { type: 'compounding', address: ADDRESS }, amountGWei: '1' }, wallet.createDepositData, 'amountGWei', 'amount'],
    [{ keystore: '{}', password: 'x', chain: 'hoodi', validatorIndex: '1', epoch: '1', validatorPubKey: '0x' }, wallet.createVoluntaryExitFromKeystore, 'validatorPubKey', 'validatorPubkey'],
    [{ mnemonic: TEST_JUNK, startIndex: 0, count: 1, password: 'x', independentSalt: true }, wallet.createKeystores, 'independentSalt', 'independentSalts'],
    [{ mnemonic: TEST_JUNK, startIndex: 0, count: 1, chain: { name: 'x', genesisForkVersion: '0x1000101b', capellaForkVersion: '0x4000101b', genesisValidatorRoot: '0x' }, withdrawal: { type: 'bls' } }, wallet.createDepositData, 'chain.genesisValidatorRoot', 'genesisValidatorsRoot'],
  ];
  for (const [options, fn, field, nearest] of cases) {
    assert.throws(() => fn(options), (err) => {
      assert.equal(err.code, 'option_unknown');
      assert.equal(err.field, field);
      assert.equal(err.params.nearest, nearest);
      return true;
    });
  }
});

test('HD06: a huge value is quoted short in the error', () => {
  const huge = 'x'.repeat(10_000_000);
  for (const call of [
    () => wallet.createDepositData({ mnemonic: TEST_JUNK, startIndex: 0, count: 1, chain: 'hoodi', withdrawal: { type: 'compounding', address: huge } }),
    () => wallet.createVoluntaryExits({ mnemonic: TEST_JUNK, chain: 'hoodi', startIndex: 0, validatorIndices: [huge], epoch: '1' }),
    () => wallet.createDepositData({ mnemonic: TEST_JUNK, startIndex: 0, count: 1, chain: huge, withdrawal: { type: 'bls' } }),
    () => wallet.normalizeMnemonic(huge),
    () => wallet.parseValidatorImport(`1,${huge}`),
  ]) {
    outcome(call);
  }
});

test('HD09: a lone UTF-16 surrogate in a passphrase or password is refused, not replaced', () => {
  assert.throws(() => wallet.deriveValidatorKeys({ mnemonic: TEST_JUNK, passphrase: 'a\ud800b', startIndex: 0, count: 1 }), {
    code: 'text_lone_surrogate', field: 'passphrase',
  });
  assert.throws(() => wallet.decryptKeystore('{}', 'pass\udfffword'), { code: 'text_lone_surrogate', field: 'password' });
  // A whole surrogate pair (an emoji) is a character like any other.
  assert.equal(wallet.deriveValidatorKeys({ mnemonic: TEST_JUNK, passphrase: 'a\u{1f511}b', startIndex: 0, count: 1 }).length, 1);
});

test('HD10: a key named twice is refused in imports, signed files and keystores', () => {
  assert.throws(() => wallet.parseValidatorImport('{"data":[],"data":[]}'), { code: 'json_duplicate_key' });
  const [report] = (() => {
    try {
      return wallet.verifyDepositData('[{"pubkey":"00","pubkey":"11"}]', 'hoodi');
    } catch (err) {
      return [err];
    }
  })();
  assert.equal(report.code, 'json_duplicate_key');
  assert.throws(() => wallet.decryptKeystore('{"version":4,"version":4}', 'password'), { code: 'json_duplicate_key', field: 'keystore' });
});

test('HD11 and HD12: exits name a validator listed twice, and an exit wrapped in an array', () => {
  assert.throws(() => wallet.createVoluntaryExits({
    mnemonic: TEST_JUNK, chain: 'hoodi', startIndex: 0, validatorIndices: ['7', '7'], epoch: '1',
  }), { code: 'duplicate_validator', field: 'validatorIndices[1]' });
  const [keys] = wallet.deriveValidatorKeys({ mnemonic: TEST_JUNK, startIndex: 0, count: 1 });
  assert.throws(() => wallet.verifyVoluntaryExit('[{"message":{"epoch":"1","validator_index":"1"},"signature":"0x"}]', 'hoodi', keys.signingPubkey), {
    code: 'json_not_object',
    message: 'the file is a JSON array; a signed exit file holds one exit object (one file per validator)',
  });
});

test('HD13: one rule for byte-order marks: refused by name in every file', () => {
  assert.throws(() => wallet.parseValidatorImport(`\ufeff1,0x00${'ab'.repeat(31)}`), { code: 'file_byte_order_mark' });
  assert.throws(() => wallet.verifyDepositData('\ufeff[]', 'hoodi'), { code: 'file_byte_order_mark' });
  assert.throws(() => wallet.decryptKeystore('\ufeff{}', 'password'), { code: 'file_byte_order_mark' });
});

test('HD14: an invisible separator is named, not counted as a missing word', () => {
  const zeroWidth = TEST_JUNK.replace(' ', '\u200b');
  assert.throws(() => wallet.normalizeMnemonic(zeroWidth), {
    code: 'mnemonic_unknown_word', params: { position: 1, invisible: 'U+200B' },
  });
});

test('HD15: JSON that is neither object nor array is not read as a CSV', () => {
  for (const text of ['"validators"', '12', 'true']) {
    assert.throws(() => wallet.parseValidatorImport(text), { code: 'import_not_validators' });
  }
});

test('HD05: a search with too many matches fails with a message, and long calls report progress', () => {
  const keys = wallet.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 1 });
  const rows = Array.from({ length: 10_001 }, (_, i) => `${i},${keys[0].blsWithdrawalCredentials}`).join('\n');
  assert.throws(() => wallet.findValidators({ mnemonic: ABANDON_ART, maxKeyIndex: 0, import: rows }), {
    code: 'search_too_many_matches',
    field: 'import',
  });
  const progress = [];
  const found = wallet.findValidators({
    mnemonic: ABANDON_ART, maxKeyIndex: 127, import: rows.split('\n').slice(0, 3).join('\n'), onProgress: (done, total, phase) => progress.push([done, total, phase]),
  });
  assert.equal(found.found.length, 3);
  assert.deepEqual(progress.find(([, , phase]) => phase === 'deriving'), [64, 128, 'deriving']);
  assert.ok(progress.some(([, , phase]) => phase === 'reading_import'));
});

test('HD16: a mnemonic valid in two word lists can be used by naming the language', () => {
  const chinese = '的 的 的 的 的 的 的 的 的 的 的 在';
  assert.throws(() => wallet.deriveValidatorKeys({ mnemonic: chinese, startIndex: 0, count: 1 }), { code: 'mnemonic_ambiguous_language' });
  // Naming either list resolves the ambiguity; the seed is made from the phrase's text, which
  // is the same in both lists, so both give the same keys.
  const simplified = wallet.deriveValidatorKeys({ mnemonic: chinese, language: 'chinese_simplified', startIndex: 0, count: 1 });
  const traditional = wallet.deriveValidatorKeys({ mnemonic: chinese, language: 'chinese_traditional', startIndex: 0, count: 1 });
  assert.equal(simplified[0].withdrawalPubkey, traditional[0].withdrawalPubkey);
  assert.equal(wallet.normalizeMnemonic(chinese, 'chinese_traditional'), chinese);
  assert.throws(() => wallet.deriveValidatorKeys({ mnemonic: chinese, language: 'klingon', startIndex: 0, count: 1 }), {
    code: 'option_value', field: 'language',
  });
});

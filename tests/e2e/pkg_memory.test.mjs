// SECURITY.md HD08: after an error, the module's memory holds no copy of the mnemonic or its
// seed, whether the error comes before any work (a count that trapped the module before, a
// short password), after the range checks (an opt-in missing), or after the seed and keys were
// made (credentials that do not match). Its own file, so its own Node process and module: the
// mnemonic is passed in only here, and is not a constant of the binary (the published test
// mnemonics "test … junk" and "test … waste" are, for recognising them).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { pbkdf2Sync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ABANDON_ART, ADDRESS, root } from './fixtures.mjs';

let wallet;
let exports;

before(async () => {
  wallet = await import(`${root}/pkg/withdrawal_wallet.js`);
  exports = await wallet.default({ module_or_path: await readFile(`${root}/pkg/withdrawal_wallet_bg.wasm`) });
});

/** How many times `needle` (bytes) occurs in the module's whole memory. */
function copiesInMemory(needle) {
  const memory = new Uint8Array(exports.memory.buffer);
  let copies = 0;
  for (let i = memory.indexOf(needle[0]); i !== -1 && i <= memory.length - needle.length; i = memory.indexOf(needle[0], i + 1)) {
    let match = true;
    for (let j = 1; j < needle.length && match; j += 1) match = memory[i + j] === needle[j];
    if (match) copies += 1;
  }
  return copies;
}

test('HD08: after an error, wasm memory holds no copy of the mnemonic or its seed', () => {
  const phrase = Buffer.from(ABANDON_ART);
  const seed = pbkdf2Sync(ABANDON_ART, 'mnemonic', 2048, 64, 'sha512');
  const errors = [
    ['count_too_large', () => wallet.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 2 ** 32 - 1 })],
    ['password_too_short', () => wallet.createKeystores({ mnemonic: ABANDON_ART, startIndex: 0, count: 1, password: 'short' })],
    ['deposit_bls_not_allowed', () => wallet.createDepositData({ mnemonic: ABANDON_ART, startIndex: 0, count: 1, chain: 'hoodi', withdrawal: { type: 'bls' } })],
    ['bls_change_credentials_mismatch', () => wallet.createBlsToExecutionChanges({
      mnemonic: ABANDON_ART, chain: 'hoodi', startIndex: 0, validatorIndices: ['1'], blsWithdrawalCredentials: [`0x00${'ab'.repeat(31)}`], executionAddress: ADDRESS,
    })],
    ['option_unknown', () => wallet.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndx: 0, count: 1 })],
  ];
  for (const [code, error] of errors) {
    assert.throws(error, { code });
    assert.equal(copiesInMemory(phrase), 0, `the mnemonic is in memory after ${code}`);
    assert.equal(copiesInMemory(seed.subarray(0, 32)), 0, `the seed is in memory after ${code}`);
    assert.equal(copiesInMemory(seed.subarray(32)), 0, `the seed is in memory after ${code}`);
  }
  // The search can fail: a result handed back to JS leaves its returned copy (JS strings and
  // freed buffers cannot be wiped), and it is found.
  wallet.normalizeMnemonic(ABANDON_ART);
  assert.ok(copiesInMemory(phrase) > 0);
});

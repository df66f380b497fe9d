// The npm package in pkg/ (wasm-pack --target web), loaded in Node from bytes as a bundler-free
// consumer would, and called through its public JS API.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ABANDON_ART, root, vectors } from './fixtures.mjs';

const pkgDir = `${root}/pkg`;
let wallet;

before(async () => {
  wallet = await import(`${pkgDir}/withdrawal_wallet.js`);
  await wallet.default({ module_or_path: await readFile(`${pkgDir}/withdrawal_wallet_bg.wasm`) });
});

test('package.json names the package and ships TypeScript types', async () => {
  const manifest = JSON.parse(await readFile(`${pkgDir}/package.json`, 'utf8'));
  assert.equal(manifest.name, 'withdrawal-wallet');
  const types = await readFile(`${pkgDir}/${manifest.types}`, 'utf8');
  // Generated from the Rust types (tsify), not written by hand beside them.
  assert.match(types, /export function deriveValidatorKeys\(options: WithProgress<DeriveKeys>\): ValidatorKeysView\[\];/);
  assert.match(types, /export interface ValidatorKeysView \{[^}]*blsWithdrawalCredentials: string;/s);
  assert.match(types, /export type ErrorCode = "options_not_object" \|/);
  assert.match(types, /export interface WalletError \{/);
});

test('deriveValidatorKeys returns the published abandon…art withdrawal key', () => {
  const [keys] = wallet.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 1 });
  assert.deepEqual(keys, {
    index: 0,
    signingPath: 'm/12381/3600/0/0/0',
    signingPubkey:
      '0xb384f767d964e100c8a9b21018d08c25ffebae268b3ab6d610353897541971726dbfc3c7463884c68a531515aab94c87',
    withdrawalPath: 'm/12381/3600/0/0',
    withdrawalPubkey:
      '0x99b1f1d84d76185466d86c34bde1101316afddae76217aa86cd066979b19858c2c9d9e56eebc1e067ac54277a61790db',
    blsWithdrawalCredentials: '0x008ba1cc4b091b91c1202bba3f508075d6ff565c77e559f0803c0792e0302bf1',
  });
  assert.match(keys.signingPubkey, /^0x[0-9a-f]{96}$/);
});

test('deriveValidatorKeys gives the signing keys deposit-cli 2.7.0 published for its test mnemonic', async () => {
  const depositCli = await vectors('deposit_cli_vectors.json');
  const vector = depositCli.vectors.find((v) => v.name === 'holesky_first_0_count_2_eth1_true');
  const keys = wallet.deriveValidatorKeys({ mnemonic: depositCli.mnemonic, startIndex: 0, count: 2 });
  assert.deepEqual(keys.map((k) => k.signingPubkey), vector.deposit_data.map((entry) => `0x${entry.pubkey}`));
});

test('deriveValidatorKeys throws an Error with the core message', () => {
  assert.throws(
    () => wallet.deriveValidatorKeys({ mnemonic: 'abandon abandon', startIndex: 0, count: 1 }),
    { name: 'Error', code: 'mnemonic_word_count', field: 'mnemonic', params: { words: 2 }, message: 'the mnemonic has 2 words; it must have 12, 15, 18, 21 or 24' },
  );
  assert.throws(
    () => wallet.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 4294967295, count: 2 }),
    { code: 'key_index_past_last', field: 'count', message: '2 validators from index 4294967295 would pass the last key index, 4294967295' },
  );
});

test('mnemonic helpers: generate, normalize, languages', () => {
  const phrase = wallet.generateMnemonic();
  assert.equal(phrase.split(' ').length, 24);
  assert.equal(wallet.generateMnemonic('spanish', 12).split(' ').length, 12);
  assert.equal(wallet.normalizeMnemonic(`  ${phrase.toUpperCase()}  `), phrase);
  assert.equal(
    wallet.normalizeMnemonic(`${'aban '.repeat(23)}art`),
    ABANDON_ART,
  );
  assert.ok(wallet.mnemonicLanguages(phrase).includes('english'));
  assert.deepEqual(wallet.mnemonicLanguages('xyz'), []);
  assert.throws(() => wallet.normalizeMnemonic(`${'abandon '.repeat(11)}abandonx`), {
    message: 'word #12 is not in the BIP39 wordlist; check its spelling',
  });
});

test('createKeystores (pbkdf2) and decryptKeystore round trip; the secret never reaches JS', () => {
  const mnemonic = ABANDON_ART;
  const files = wallet.createKeystores({
    mnemonic, startIndex: 3, count: 2, password: 'twelve chars!', kdf: 'pbkdf2', timestamp: 1700000000,
  });
  assert.deepEqual(files.map((f) => f.fileName), [
    'keystore-m_12381_3600_3_0_0-1700000000.json',
    'keystore-m_12381_3600_4_0_0-1700000000.json',
  ]);
  const keys = wallet.deriveValidatorKeys({ mnemonic, startIndex: 3, count: 2 });
  files.forEach((file, i) => {
    const parsed = JSON.parse(file.json);
    assert.deepEqual(Object.keys(parsed), ['crypto', 'description', 'pubkey', 'path', 'uuid', 'version']);
    assert.equal(`0x${parsed.pubkey}`, keys[i].signingPubkey);
    assert.deepEqual(wallet.decryptKeystore(file.json, 'twelve chars!'), {
      pubkey: keys[i].signingPubkey,
      path: keys[i].signingPath,
      validatorKey: { use: 'signing', keyIndex: 3 + i },
    });
  });
  assert.throws(() => wallet.decryptKeystore(files[0].json, 'twelve chars?'), {
    code: 'keystore_wrong_password', field: 'password', message: "wrong password: the keystore's checksum does not match",
  });
  assert.throws(() => wallet.createKeystores({ mnemonic, startIndex: 0, count: 1, password: 'short' }), {
    code: 'password_too_short', field: 'password', params: { chars: 5, min: 12 },
    message: 'the password has 5 characters; a new keystore needs at least 12',
  });
  assert.throws(() => wallet.createKeystores({ mnemonic, startIndex: 0, count: 1, password: 'x'.repeat(12), kdf: 'argon2' }), {
    code: 'option_value', field: 'kdf', message: 'option "kdf": "argon2" is not one of scrypt, pbkdf2',
  });
});

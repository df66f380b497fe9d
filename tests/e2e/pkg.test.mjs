// The npm package in pkg/ (wasm-pack --target web), loaded in Node from bytes as a bundler-free
// consumer would, and called through its public JS API.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const pkgDir = resolve(import.meta.dirname, '../../pkg');
let wallet;

before(async () => {
  wallet = await import(`${pkgDir}/withdrawal_wallet.js`);
  await wallet.default({ module_or_path: await readFile(`${pkgDir}/withdrawal_wallet_bg.wasm`) });
});

test('package.json names the package and ships TypeScript types', async () => {
  const manifest = JSON.parse(await readFile(`${pkgDir}/package.json`, 'utf8'));
  assert.equal(manifest.name, 'withdrawal-wallet');
  const types = await readFile(`${pkgDir}/${manifest.types}`, 'utf8');
  assert.match(types, /export function deriveValidatorKeys\(options: DeriveValidatorKeysOptions\): ValidatorKeys\[\];/);
  assert.match(types, /blsWithdrawalCredentials: string;/);
});

test('deriveValidatorKeys returns the published abandon…art withdrawal key', () => {
  const [keys] = wallet.deriveValidatorKeys({ mnemonic: `${'abandon '.repeat(23)}art`, startIndex: 0, count: 1 });
  assert.deepEqual(keys, {
    index: 0,
    signingPath: 'm/12381/3600/0/0/0',
    signingPubkey: keys.signingPubkey,
    withdrawalPath: 'm/12381/3600/0/0',
    withdrawalPubkey:
      '0x99b1f1d84d76185466d86c34bde1101316afddae76217aa86cd066979b19858c2c9d9e56eebc1e067ac54277a61790db',
    blsWithdrawalCredentials: '0x008ba1cc4b091b91c1202bba3f508075d6ff565c77e559f0803c0792e0302bf1',
  });
  assert.match(keys.signingPubkey, /^0x[0-9a-f]{96}$/);
});

test('deriveValidatorKeys throws an Error with the core message', () => {
  assert.throws(
    () => wallet.deriveValidatorKeys({ mnemonic: 'abandon abandon', startIndex: 0, count: 1 }),
    { name: 'Error', message: 'the mnemonic has 2 words; it must have 12, 15, 18, 21 or 24' },
  );
  assert.throws(
    () => wallet.deriveValidatorKeys({ mnemonic: `${'abandon '.repeat(23)}art`, startIndex: 4294967295, count: 2 }),
    { message: '2 validators from index 4294967295 would pass the last key index, 4294967295' },
  );
});

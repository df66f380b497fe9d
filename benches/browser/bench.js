// The browser half of scripts/bench.sh: times the pkg/ API in this page (the main thread of a
// headless Chromium tab) and publishes milliseconds on window.benchResult.
import init, { createBlsToExecutionChanges, createDepositData, createKeystores, deriveValidatorKeys, findValidators } from './pkg/withdrawal_wallet.js';

const MNEMONIC = `${'abandon '.repeat(23)}art`;

function medianMs(runs, work) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

await init();
const scryptKeystoreMs = medianMs(5, () =>
  createKeystores({ mnemonic: MNEMONIC, startIndex: 0, count: 1, password: 'benchmark password', timestamp: 0 }),
);
const derivePerValidatorMs = medianMs(5, () => deriveValidatorKeys({ mnemonic: MNEMONIC, startIndex: 0, count: 100 })) / 100;
const ADDRESS = '0x0f51bb10119727a7e5eA3538074fb341F56B09Ad';
const deposits1000Ms = medianMs(3, () =>
  createDepositData({ mnemonic: MNEMONIC, startIndex: 0, count: 1000, chain: 'mainnet', withdrawal: { type: 'compounding', address: ADDRESS }, acknowledgePublicMnemonic: true, timestamp: 0 }),
);
const keys = deriveValidatorKeys({ mnemonic: MNEMONIC, startIndex: 0, count: 1000 });
const blsChanges1000Ms = medianMs(3, () =>
  createBlsToExecutionChanges({
    mnemonic: MNEMONIC,
    chain: 'mainnet',
    startIndex: 0,
    validatorIndices: keys.map((_, i) => String(500000 + i)),
    blsWithdrawalCredentials: keys.map((k) => k.blsWithdrawalCredentials),
    executionAddress: ADDRESS,
    acknowledgePublicMnemonic: true,
    timestamp: 0,
  }),
);
const search1024KeysMs = medianMs(3, () =>
  findValidators({ mnemonic: MNEMONIC, maxKeyIndex: 1023, validators: [{ index: '1', pubkey: `0x${'11'.repeat(48)}`, withdrawalCredentials: `0x${'22'.repeat(32)}` }] }),
);
// The peer to beat: herumi's bls-eth-wasm, the wasm BLS library stakers' browser tools use,
// signing and verifying one 32-byte signing root per round in the same V8.
const herumi = window.bls;
await herumi.init(herumi.BLS12_381);
herumi.setETHmode(herumi.ETH_MODE_DRAFT_07);
const herumiKey = new herumi.SecretKey();
herumiKey.setByCSPRNG();
const herumiPublicKey = herumiKey.getPublicKey();
const root = new Uint8Array(32);
const herumiSignVerifyMs =
  medianMs(3, () => {
    for (let round = 0; round < 100; round += 1) {
      root[0] = round;
      if (!herumiPublicKey.verify(herumiKey.sign(root), root)) throw new Error('herumi: a signature did not verify');
    }
  }) / 100;
window.benchResult = {
  herumi_sign_verify_ms: herumiSignVerifyMs,
  search_1024_keys_ms: search1024KeysMs,
  scrypt_keystore_ms: scryptKeystoreMs,
  derive_per_validator_ms: derivePerValidatorMs,
  deposits_1000_ms: deposits1000Ms,
  bls_changes_1000_ms: blsChanges1000Ms,
};
document.getElementById('out').textContent = JSON.stringify(window.benchResult, null, 2);

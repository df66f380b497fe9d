// The browser half of scripts/bench.sh: times the pkg/ API in this page (the main thread of a
// headless Chromium tab) and publishes milliseconds on window.benchResult.
import init, { createKeystores, deriveValidatorKeys } from './pkg/withdrawal_wallet.js';

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
window.benchResult = { scrypt_keystore_ms: scryptKeystoreMs, derive_per_validator_ms: derivePerValidatorMs };
document.getElementById('out').textContent = JSON.stringify(window.benchResult, null, 2);

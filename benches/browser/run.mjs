// Runs the browser benchmark page in headless Chromium against the pkg/ just built, reads the
// native timings (JSON) given as argv[2], and prints one table with wasm/native ratios.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser, serveStatic } from '../../tests/e2e/harness.mjs';

const root = resolve(import.meta.dirname, '../..');
const native = JSON.parse(await readFile(process.argv[2], 'utf8'));

const site = await mkdtemp(join(tmpdir(), 'ww-bench-'));
await cp(join(root, 'benches/browser'), site, { recursive: true });
await cp(join(root, 'pkg'), join(site, 'pkg'), { recursive: true });
const server = await serveStatic(site);
const browser = await launchBrowser();
let wasm;
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.url}bench.html`);
  await page.waitForFunction(() => window.benchResult, null, { timeout: 300_000 });
  wasm = await page.evaluate(() => window.benchResult);
} finally {
  await browser.close();
  await server.close();
}

const rows = [
  ['1 scrypt keystore (n=2^18, incl. re-check)', 'scrypt_keystore_ms'],
  ['key derivation per validator (signing + withdrawal)', 'derive_per_validator_ms'],
  ['1,000 deposit entries (0x02), signed and verified', 'deposits_1000_ms'],
  ['1,000 BLS-to-execution changes, checked, signed and verified', 'bls_changes_1000_ms'],
];
const lines = [
  '| operation | native (ms) | headless Chromium wasm (ms) | wasm / native |',
  '| --- | ---: | ---: | ---: |',
  ...rows.map(([label, key]) =>
    `| ${label} | ${native[key].toFixed(2)} | ${wasm[key].toFixed(2)} | ${(wasm[key] / native[key]).toFixed(2)}× |`),
];
const table = lines.join('\n');
console.log(table);
await writeFile(join(root, 'target/bench-results.md'), `${table}\n`);

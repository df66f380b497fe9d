// Joins the three halves of scripts/bench.sh into one table: native timings (argv[2]), the pkg/
// API on the page's main thread (bench.html), and the app's worker pool (app_bench.mjs, argv[3]).
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser, serveStatic } from '../../tests/e2e/harness.mjs';

const root = resolve(import.meta.dirname, '../..');
const native = JSON.parse(await readFile(process.argv[2], 'utf8'));
const app = JSON.parse(await readFile(process.argv[3], 'utf8'));

const site = await mkdtemp(join(tmpdir(), 'ww-bench-'));
await cp(join(root, 'benches/browser'), site, { recursive: true });
await cp(join(root, 'pkg'), join(site, 'pkg'), { recursive: true });
await cp(join(root, 'node_modules/bls-eth-wasm/browser/bls.js'), join(site, 'herumi/bls.js'));
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

const ms = (value) => (value >= 10000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 10 ? 2 : 0)} ms`);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const perSecond = (count, msTaken) => `${Math.round((count * 1000) / msTaken).toLocaleString('en')}/s`;
const cores = app.workers;
const hardwareLimit = (100 * native.scrypt_keystore_ms) / cores;
const rows = [
  ['1 scrypt keystore (n=2^18, incl. re-check), one thread', native.scrypt_keystore_ms, wasm.scrypt_keystore_ms],
  ['key derivation per validator (signing + withdrawal)', native.derive_per_validator_ms, wasm.derive_per_validator_ms],
  ['1,000 deposit entries (0x02), signed and verified, one thread', native.deposits_1000_ms, wasm.deposits_1000_ms],
  ['1,000 BLS-to-execution changes, checked, signed, verified, one thread', native.bls_changes_1000_ms, wasm.bls_changes_1000_ms],
  [`100 validators, batch keystores + deposit data (native: keystores only, 1 thread; app: ${cores} workers)`, native.keystores_100_batch_ms, app.validators_100_batch_ms],
  [`100 validators, independent-salt keystores + deposit data (native 1 thread; app ${cores} workers)`, native.keystores_100_independent_ms, app.validators_100_independent_ms],
];
const lines = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}; headless Chromium (Debian); wasm built with SIMD.`,
  '',
  '| operation | native | headless Chromium | browser / native |',
  '| --- | ---: | ---: | ---: |',
  ...rows.map(([label, n, w]) => `| ${label} | ${ms(n)} | ${ms(w)} | ${ratio(w, n)} |`),
  '',
  '| the peer in the same V8: herumi `bls-eth-wasm` 1.7.0 (npm) | headless Chromium |',
  '| --- | ---: |',
  `| herumi: sign + verify one 32-byte signing root | ${ms(wasm.herumi_sign_verify_ms)} |`,
  `| this wallet: one deposit entry (keys derived, signed, verified) | ${ms(wasm.deposits_1000_ms / 1000)} |`,
  `| deposit entry / herumi sign + verify | ${ratio(wasm.deposits_1000_ms / 1000, wasm.herumi_sign_verify_ms)} |`,
  '',
  '| app (release page, worker pool) | value |',
  '| --- | ---: |',
  `| 1,000 validators, batch keystores + deposit data, everything re-verified, 1 worker | ${ms(app.validators_1000_batch_pool1_ms)} |`,
  `| the same with ${cores} workers | ${ms(app.validators_1000_batch_ms)} |`,
  `| of which the signing review (every validator's keys, derived in the pool) | ${ms(app.validators_1000_review_ms)} |`,
  `| pool speed-up (${cores} workers over 1) | ${ratio(app.validators_1000_batch_pool1_ms, app.validators_1000_batch_ms)} |`,
  `| independent-salt mode / hardware limit (100 native scrypts ÷ ${cores} cores = ${ms(hardwareLimit)}) | ${ratio(app.validators_100_independent_ms, hardwareLimit)} |`,
  `| wasm scrypt / native scrypt | ${ratio(wasm.scrypt_keystore_ms, native.scrypt_keystore_ms)} |`,
  `| peak memory of the page (renderer processes' RSS) | ${app.peak_renderer_mib} MiB |`,
  `| peak memory while reading the mainnet-sized import (below) | ${app.peak_renderer_find_mib} MiB |`,
  '',
  '| find my validators | native | headless Chromium | browser / native |',
  '| --- | ---: | ---: | ---: |',
  `| key indices per second, one thread (1,024 keys: signing + withdrawal) | ${perSecond(1024, native.search_1024_keys_ms)} | ${perSecond(1024, wasm.search_1024_keys_ms)} | ${ratio(wasm.search_1024_keys_ms, native.search_1024_keys_ms)} |`,
  `| key indices per second in the app, 1 worker / ${cores} workers (click to table; a CSV import, so withdrawal keys only) | — | ${perSecond(1024, app.find_1024_keys_pool1_ms)} / ${perSecond(1024, app.find_1024_keys_ms)} | — |`,
  `| the same for a beacon API import (it names pubkeys: signing keys too) | — | ${perSecond(1024, app.find_1024_keys_beacon_pool1_ms)} / ${perSecond(1024, app.find_1024_keys_beacon_ms)} | — |`,
  `| reading a ${(native.import_bytes / 1e6).toFixed(0)} MB beacon API response of ${native.import_validators.toLocaleString('en')} validators (native: parse + match; app: the same file chosen in the page, read by one worker as files of 64 MiB and more are, minus its keys on one worker) | ${ms(native.import_scan_ms)} (${(native.import_bytes / 1e3 / native.import_scan_ms).toFixed(0)} MB/s) | ${ms(app.find_1024_keys_mainnet_import_ms - app.find_1024_keys_beacon_pool1_ms)} (${(app.import_bytes / 1e3 / (app.find_1024_keys_mainnet_import_ms - app.find_1024_keys_beacon_pool1_ms)).toFixed(0)} MB/s) | ${ratio(app.find_1024_keys_mainnet_import_ms - app.find_1024_keys_beacon_pool1_ms, native.import_scan_ms)} |`,
  '',
  '| 100,000-key search in the app (no match; messages between the page and its workers) | value |',
  '| --- | ---: |',
  `| click to summary, ${cores} workers | ${ms(app.search_100000_keys_ms)} (${perSecond(100_000, app.search_100000_keys_ms)}) |`,
  `| bytes posted to the workers | ${app.search_100000_bytes_to_workers.toLocaleString('en')} |`,
  `| bytes posted back to the page (${app.search_100000_messages_from_workers.toLocaleString('en')} messages; largest ${app.search_100000_largest_message_from_worker.toLocaleString('en')}) | ${app.search_100000_bytes_from_workers.toLocaleString('en')} |`,
  `| replies holding a 48-byte key in hex | ${app.search_100000_replies_with_keys} |`,
];
const table = lines.join('\n');
console.log(table);
await writeFile(join(root, 'target/bench-results.md'), `${table}\n`);

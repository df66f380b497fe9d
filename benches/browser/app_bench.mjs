// The app half of scripts/bench.sh: drives the release page (its worker pool) in headless
// Chromium and times whole jobs from the click to verified files, sampling the renderer's
// memory. Prints JSON of milliseconds and MiB.
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { countWorkerMessages, launchBrowser, serveStatic } from '../../tests/e2e/harness.mjs';

const ABANDON_ART = `${'abandon '.repeat(23)}art`;
const ADDRESS = '0x0f51bb10119727a7e5eA3538074fb341F56B09Ad';
const MAINNET_VALIDATORS = 1_100_000;

/** Resident memory of all Chromium renderer processes (pages and their workers), in MiB. */
function rendererMiB() {
  try {
    const pids = execFileSync('pgrep', ['-f', '--', '--type=renderer'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    if (pids.length === 0) return 0;
    const rss = execFileSync('ps', ['-o', 'rss=', '-p', pids.join(',')], { encoding: 'utf8' });
    return rss.split('\n').filter(Boolean).reduce((sum, kb) => sum + Number(kb), 0) / 1024;
  } catch {
    return 0;
  }
}

const server = await serveStatic(resolve(import.meta.dirname, '../../release'));
const browser = await launchBrowser();
let peakMiB = 0;
const sampler = setInterval(() => { peakMiB = Math.max(peakMiB, rendererMiB()); }, 200);

async function timeValidatorKeys({ count, independent = false, poolSize }) {
  const page = await browser.newPage();
  if (poolSize) await page.addInitScript((n) => { window.withdrawalWalletPoolSize = n; }, poolSize);
  await page.goto(`${server.url}withdrawal-wallet.html`);
  await page.getByTestId('use-mnemonic').click();
  await page.getByLabel(/^Mnemonic/).fill(ABANDON_ART);
  await page.getByTestId('use-mnemonic').click();
  await page.getByTestId('validator-keys').click();
  await page.getByTestId('chain').selectOption('hoodi');
  await page.getByTestId('count').fill(String(count));
  await page.getByTestId('budget').fill('1000');
  await page.getByTestId('address').fill(ADDRESS);
  await page.getByTestId('address-again').fill(ADDRESS);
  await page.getByTestId('password').fill('benchmark password');
  await page.getByTestId('password-again').fill('benchmark password');
  if (independent) await page.getByTestId('independent-salts').check();
  // The signing review (keys derived in the pool) is part of the job: timed from its click.
  const started = Date.now();
  await page.getByTestId('review').click();
  await page.getByTestId('signing-review').waitFor({ timeout: 600_000 });
  const reviewMs = Date.now() - started;
  for (const box of await page.locator('[data-testid=signing-review] .ticks input[type=checkbox]').all()) await box.check();
  const signStarted = Date.now();
  await page.getByTestId('generate').click();
  await page.getByTestId('files').waitFor({ timeout: 600_000 });
  const ms = reviewMs + (Date.now() - signStarted);
  const workers = await page.evaluate(() => window.withdrawalWalletPoolSize ?? navigator.hardwareConcurrency);
  await page.close();
  return { ms, reviewMs, workers };
}

/** The same generator as benches/native_timings.rs: a beacon API response of `count` validators. */
async function writeMainnetSizedImport(path, count) {
  const out = createWriteStream(path);
  const write = (text) => (out.write(text) ? null : new Promise((done) => out.once('drain', done)));
  await write('{"execution_optimistic":false,"finalized":true,"data":[');
  const byte = (n, salt) => ((n * 2654435761 + salt) % 251).toString(16).padStart(2, '0');
  for (let n = 0; n < count; n += 1) {
    const pubkey = byte(n, 1).repeat(48);
    const credentials = `${(n % 3).toString(16).padStart(2, '0')}${byte(n, 2).repeat(31)}`;
    const wait = write(`${n > 0 ? ',' : ''}{"index":"${n}","balance":"32000000000","status":"active_ongoing","validator":{"pubkey":"0x${pubkey}","withdrawal_credentials":"0x${credentials}","effective_balance":"32000000000","slashed":false,"activation_eligibility_epoch":"0","activation_epoch":"0","exit_epoch":"18446744073709551615","withdrawable_epoch":"18446744073709551615"}}`);
    if (wait) await wait;
  }
  await write(']}');
  await new Promise((done) => out.end(done));
}

/** One validator as a beacon API response: an import that names signing pubkeys. */
const ONE_BEACON_VALIDATOR = `{"data":[{"index":"1","balance":"32000000000","status":"active_ongoing","validator":{"pubkey":"0x${'ab'.repeat(48)}","withdrawal_credentials":"0x00${'22'.repeat(31)}","effective_balance":"32000000000","slashed":false,"activation_eligibility_epoch":"0","activation_epoch":"0","exit_epoch":"18446744073709551615","withdrawable_epoch":"18446744073709551615"}}]}`;

/**
 * Find my validators: 1,024 key indices derived on the pool, then the import read in a worker.
 * The default import is one CSV row (no pubkey: withdrawal keys only); `importText` or
 * `importPath` give another.
 */
async function timeFind({ importPath, importText, poolSize }) {
  const page = await browser.newPage();
  if (poolSize) await page.addInitScript((n) => { window.withdrawalWalletPoolSize = n; }, poolSize);
  await page.goto(`${server.url}withdrawal-wallet.html`);
  await page.getByTestId('use-mnemonic').click();
  await page.getByLabel(/^Mnemonic/).fill(ABANDON_ART);
  await page.getByTestId('use-mnemonic').click();
  await page.getByTestId('find-validators').click();
  if (importPath) {
    await page.getByTestId('import-file').setInputFiles(importPath);
  } else {
    await page.getByTestId('import-text').fill(importText ?? `1,0x00${'22'.repeat(31)}`);
  }
  const started = Date.now();
  await page.getByTestId('find').click();
  await page.getByTestId('found-table').waitFor({ timeout: 600_000 });
  const ms = Date.now() - started;
  await page.close();
  return ms;
}

/**
 * A search over `keyCount` key indices, with the messages between the page and the workers
 * counted: the workers send back matches, never the keys they derived.
 */
async function searchMessages(keyCount) {
  const page = await browser.newPage();
  await page.addInitScript(countWorkerMessages);
  await page.goto(`${server.url}withdrawal-wallet.html`);
  await page.getByTestId('use-mnemonic').click();
  await page.getByLabel(/^Mnemonic/).fill(ABANDON_ART);
  await page.getByTestId('use-mnemonic').click();
  await page.getByTestId('find-validators').click();
  // One validator, whose credentials match nothing: the whole range is derived and scanned.
  await page.getByTestId('import-text').fill(`1,0x00${'22'.repeat(31)}`);
  await page.getByTestId('key-count').fill(String(keyCount));
  const started = Date.now();
  await page.getByTestId('find').click();
  await page.getByTestId('found-summary').waitFor({ timeout: 1_800_000 });
  const ms = Date.now() - started;
  const stats = await page.evaluate(() => {
    const { replies, ...sizes } = window.workerMessageStats;
    // A derived key in a reply would be 48 bytes of hex (96 digits).
    return { ...sizes, repliesWithKeys: replies.filter((text) => /[0-9a-f]{96}/i.test(text)).length };
  });
  await page.close();
  return { ms, ...stats };
}

try {
  const batch100 = await timeValidatorKeys({ count: 100 });
  const independent100 = await timeValidatorKeys({ count: 100, independent: true });
  const batch1000Pool1 = await timeValidatorKeys({ count: 1000, poolSize: 1 });
  const batch1000 = await timeValidatorKeys({ count: 1000 });
  // Last, so the 522 MB import cannot weigh on the figures above.
  const peakBeforeFindMiB = peakMiB;
  const importDir = await mkdtemp(join(tmpdir(), 'ww-import-'));
  const importPath = join(importDir, 'validators.json');
  await writeMainnetSizedImport(importPath, MAINNET_VALIDATORS);
  const find1024Pool1 = await timeFind({ poolSize: 1 });
  const find1024 = await timeFind({});
  const find1024BeaconPool1 = await timeFind({ importText: ONE_BEACON_VALIDATOR, poolSize: 1 });
  const find1024Beacon = await timeFind({ importText: ONE_BEACON_VALIDATOR });
  const findMainnet = await timeFind({ importPath });
  const importBytes = (await stat(importPath)).size;
  await rm(importDir, { recursive: true });
  const search100k = await searchMessages(100_000);
  console.log(JSON.stringify({
    workers: batch1000.workers,
    validators_100_batch_ms: batch100.ms,
    validators_100_independent_ms: independent100.ms,
    validators_1000_batch_pool1_ms: batch1000Pool1.ms,
    validators_1000_batch_ms: batch1000.ms,
    validators_1000_review_ms: batch1000.reviewMs,
    peak_renderer_mib: Math.round(peakBeforeFindMiB),
    peak_renderer_find_mib: Math.round(peakMiB),
    find_1024_keys_pool1_ms: find1024Pool1,
    find_1024_keys_ms: find1024,
    find_1024_keys_beacon_pool1_ms: find1024BeaconPool1,
    find_1024_keys_beacon_ms: find1024Beacon,
    find_1024_keys_mainnet_import_ms: findMainnet,
    import_validators: MAINNET_VALIDATORS,
    import_bytes: importBytes,
    search_100000_keys_ms: search100k.ms,
    search_100000_bytes_to_workers: search100k.toWorkers,
    search_100000_bytes_from_workers: search100k.fromWorkers,
    search_100000_messages_from_workers: search100k.messagesFromWorkers,
    search_100000_largest_message_from_worker: search100k.largestFromWorker,
    search_100000_replies_with_keys: search100k.repliesWithKeys,
  }));
} finally {
  clearInterval(sampler);
  await browser.close();
  await server.close();
}

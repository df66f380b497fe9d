// The app half of scripts/bench.sh: drives the release page (its worker pool) in headless
// Chromium and times whole jobs from the click to verified files, sampling the renderer's
// memory. Prints JSON of milliseconds and MiB.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchBrowser, serveStatic } from '../../tests/e2e/harness.mjs';

const ABANDON_ART = `${'abandon '.repeat(23)}art`;
const ADDRESS = '0x0f51bb10119727a7e5eA3538074fb341F56B09Ad';

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
  const started = Date.now();
  await page.getByTestId('generate').click();
  await page.getByTestId('files').waitFor({ timeout: 600_000 });
  const ms = Date.now() - started;
  const workers = await page.evaluate(() => window.withdrawalWalletPoolSize ?? navigator.hardwareConcurrency);
  await page.close();
  return { ms, workers };
}

try {
  const batch100 = await timeValidatorKeys({ count: 100 });
  const independent100 = await timeValidatorKeys({ count: 100, independent: true });
  const batch1000Pool1 = await timeValidatorKeys({ count: 1000, poolSize: 1 });
  const batch1000 = await timeValidatorKeys({ count: 1000 });
  console.log(JSON.stringify({
    workers: batch1000.workers,
    validators_100_batch_ms: batch100.ms,
    validators_100_independent_ms: independent100.ms,
    validators_1000_batch_pool1_ms: batch1000Pool1.ms,
    validators_1000_batch_ms: batch1000.ms,
    peak_renderer_mib: Math.round(peakMiB),
  }));
} finally {
  clearInterval(sampler);
  await browser.close();
  await server.close();
}

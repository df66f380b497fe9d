// Shared e2e plumbing: a static server on 127.0.0.1, a headless Debian Chromium, the release
// page opened in it, downloads and screenshots. What a screen offers is in pages.mjs; the
// mnemonics, address, password and vectors are in fixtures.mjs.
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { root } from './fixtures.mjs';

export const artifactsDir = join(root, 'tests/e2e/artifacts');
/** Where scripts/release.sh puts the offline release. */
export const releaseDir = join(root, 'release');
/** The offline release opened as a file, as a user double-clicking it would. */
export const releaseFileUrl = pathToFileURL(join(releaseDir, 'withdrawal-wallet.html')).href;

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** Serves `dir` on an ephemeral loopback port; resolves to { url, close }. */
export async function serveStatic(dir = join(root, 'dist')) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(done)) };
}

/** Headless Chromium with the flags that keep it off the network (see TOOLCHAIN.md). */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The pkg/ build of the core, loaded in Node: the reference the page's files are compared to. */
export async function loadCore() {
  const pkgDir = join(root, 'pkg');
  const core = await import(`${pkgDir}/withdrawal_wallet.js`);
  await core.default({ module_or_path: await readFile(`${pkgDir}/withdrawal_wallet_bg.wasm`) });
  return core;
}

/**
 * A new page of the release in its own context (downloads on), served by `server`, waited for
 * until the start screen shows. `initScript` runs before the page's own scripts; the page's
 * uncaught errors are pushed to `pageErrors` when it is given. `bypassCSP` lets a test inject
 * a script (axe-core) that the page's CSP would block; only the accessibility scan uses it.
 */
export async function openRelease(browser, server, { initScript, pageErrors, bypassCSP = false } = {}) {
  const context = await browser.newContext({ acceptDownloads: true, bypassCSP });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  if (pageErrors) page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}withdrawal-wallet.html`);
  await page.getByTestId('use-mnemonic').waitFor();
  return page;
}

/** Clicks the download button of `fileName` and returns the downloaded text. */
export async function downloadText(page, fileName) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-testid=download][data-file="${fileName}"]`).click(),
  ]);
  assertEqual(download.suggestedFilename(), fileName);
  return readFile(await download.path(), 'utf8');
}

/** Saves a full-page screenshot as tests/e2e/artifacts/<name>.png. */
export async function screenshot(page, name) {
  await mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

/**
 * Resolves once every Web Worker the page has running is gone: the sign that a cancelled or
 * abandoned job can no longer produce anything. (Playwright drops a worker from
 * page.workers() before it emits 'close', so listening right after reading the list misses none.)
 */
export async function workersStopped(page) {
  await Promise.all(page.workers().map((worker) => new Promise((done) => worker.once('close', done))));
}

/**
 * Counts the bytes crossing between the page and its workers: every `postMessage` each way,
 * by wrapping the page's `Worker` before the app starts (pass it as an init script). The
 * totals and every text reply are in `window.workerMessageStats`.
 */
export function countWorkerMessages() {
  const stats = { toWorkers: 0, fromWorkers: 0, messagesFromWorkers: 0, largestFromWorker: 0, replies: [] };
  const size = (data) => (typeof data === 'string' ? data.length : JSON.stringify(data ?? null).length);
  window.workerMessageStats = stats;
  window.Worker = class extends window.Worker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        const bytes = size(event.data);
        stats.fromWorkers += bytes;
        stats.messagesFromWorkers += 1;
        stats.largestFromWorker = Math.max(stats.largestFromWorker, bytes);
        if (typeof event.data === 'string') stats.replies.push(event.data);
      });
    }

    postMessage(data, ...rest) {
      stats.toWorkers += size(data);
      return super.postMessage(data, ...rest);
    }
  };
}

function assertEqual(actual, expected) {
  if (actual !== expected) throw new Error(`expected ${expected}, got ${actual}`);
}

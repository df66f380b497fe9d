// Shared e2e plumbing: a static server for dist/ on 127.0.0.1 and a headless Debian Chromium.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
export const artifactsDir = join(root, 'tests/e2e/artifacts');

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

/** A new page of the release in its own context (downloads on), `initScript` run before load. */
export async function openRelease(browser, server, { initScript } = {}) {
  const context = await browser.newContext({ acceptDownloads: true });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  await page.goto(`${server.url}withdrawal-wallet.html`);
  await page.getByTestId('use-mnemonic').waitFor();
  return page;
}

/** Flow 2: enters `mnemonic` and waits until the session holds it. */
export async function loadMnemonic(page, mnemonic) {
  await page.getByTestId('use-mnemonic').click();
  await page.getByLabel(/^Mnemonic/).fill(mnemonic);
  await page.getByTestId('canonical').waitFor();
  await page.getByTestId('use-mnemonic').click();
  await page.getByTestId('session').waitFor();
}

/** Reads a test vector file. */
export async function vectors(name) {
  return JSON.parse(await readFile(join(root, 'tests/vectors', name), 'utf8'));
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

function assertEqual(actual, expected) {
  if (actual !== expected) throw new Error(`expected ${expected}, got ${actual}`);
}

// Shared e2e plumbing: a static server on 127.0.0.1, a headless Debian Chromium, the release
// page opened in it, downloads and screenshots. With `WW_TARGET=extension` the same tests drive
// the Chromium extension's page instead (see `extensionDir`). What a screen offers is in pages.mjs; the
// mnemonics, address, password and vectors are in fixtures.mjs.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

/**
 * Which packaging the page tests drive: the single file (the default), or with
 * `WW_TARGET=extension` the Chromium extension, unpacked from its release zip into
 * `WW_EXTENSION_DIR` (scripts/test.sh does that). Then `launchBrowser` starts Chromium with the
 * extension loaded and `serveStatic(releaseDir)` gives the extension's origin, whose page has
 * the single file's name, so a test runs unchanged against either.
 */
export const target = process.env.WW_TARGET === 'extension' ? 'extension' : 'file';
export const extensionDir = process.env.WW_EXTENSION_DIR ?? join(root, 'target/extension-chromium');

/** The version of the release, as Cargo.toml states it (and the extension zips' names). */
export async function releaseVersion() {
  return (await readFile(join(root, 'Cargo.toml'), 'utf8')).match(/^version = "([^"]+)"/m)[1];
}

/** The release's extension zip for `browser` ("chromium" or "firefox"). */
export async function extensionZip(browser) {
  return join(releaseDir, `withdrawal-wallet-extension-${await releaseVersion()}${browser === 'firefox' ? '-firefox' : ''}.zip`);
}

/** The names of a zip's entries, read by Python's zipfile (present wherever the release builds). */
export function zipNames(zip) {
  const script = 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))';
  return execFileSync('python3', ['-c', script, zip], { encoding: 'utf8' }).trim().split('\n');
}

/** The bytes of entry `name` of a zip. */
export function zipEntry(zip, name) {
  const script = 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))';
  return execFileSync('python3', ['-c', script, zip, name], { maxBuffer: 64 << 20 });
}

/** Unpacks a zip into `dir`. */
export function unzip(zip, dir) {
  execFileSync('python3', ['-m', 'zipfile', '-e', zip, dir]);
}

/** Chromium's id of an unpacked extension: sha256 of its absolute path, 32 hex digits as a–p. */
export function extensionId(dir) {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export const extensionOrigin = `chrome-extension://${extensionId(extensionDir)}/`;

/** The page the flow tests open: the single file from file://, or the extension's page. */
export const releasePageUrl = target === 'extension' ? `${extensionOrigin}withdrawal-wallet.html` : releaseFileUrl;

/** Serves `dir` on an ephemeral loopback port; resolves to { url, close }. */
export async function serveStatic(dir = join(root, 'dist')) {
  if (target === 'extension' && dir === releaseDir) return { url: extensionOrigin, close: async () => {} };
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

/** The flags that keep Chromium off the network (see TOOLCHAIN.md). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium, or with `WW_TARGET=extension` an `ExtensionBrowser`. */
export async function launchBrowser() {
  if (target === 'extension') return new ExtensionBrowser(extensionDir);
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * What the tests use of a Browser (`newContext`, `newPage`, `close`), for the extension: an
 * extension loads only in a persistent profile, so each context is a Chromium of its own with
 * a fresh profile and the extension loaded, with the context options the test asked for
 * (locale, viewport, downloads). Installing opens the wallet in a tab once (background.js);
 * that tab is awaited and closed, so each test sees only its own pages.
 */
export class ExtensionBrowser {
  constructor(dir) {
    this.dir = dir;
    this.origin = `chrome-extension://${extensionId(dir)}/`;
    this.contexts = new Set();
  }

  async newContext(options = {}) {
    const profile = await mkdtemp(join(tmpdir(), 'ww-extension-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${this.dir}`, `--load-extension=${this.dir}`],
      acceptDownloads: true,
      ...options,
    });
    for (const deadline = Date.now() + 30_000; ;) {
      const welcome = context.pages().find((page) => page.url().startsWith(this.origin));
      if (welcome) {
        await welcome.close();
        break;
      }
      if (Date.now() > deadline) throw new Error(`installing ${this.dir} opened no wallet tab`);
      await new Promise((done) => setTimeout(done, 100));
    }
    this.contexts.add(context);
    context.on('close', () => {
      this.contexts.delete(context);
      rm(profile, { recursive: true, force: true }).catch(() => {});
    });
    return context;
  }

  async newPage(options) {
    return (await this.newContext(options)).newPage();
  }

  async close() {
    await Promise.all([...this.contexts].map((context) => context.close()));
  }
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

/** Saves a full-page screenshot as tests/e2e/artifacts/<name>.png (extension-<name>.png for the extension). */
export async function screenshot(page, name) {
  await mkdir(artifactsDir, { recursive: true });
  const file = target === 'extension' ? `extension-${name}` : name;
  await page.screenshot({ path: join(artifactsDir, `${file}.png`), fullPage: true });
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

// The built page (Trunk's dist/), served over http://127.0.0.1, driven like a user.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { artifactsDir, launchBrowser, serveStatic } from './harness.mjs';

const ABANDON_ART = `${'abandon '.repeat(23)}art`;

let server;
let browser;
let page;
const consoleMessages = [];

before(async () => {
  await mkdir(artifactsDir, { recursive: true });
  server = await serveStatic();
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('console', (message) => consoleMessages.push(message.text()));
  page.on('pageerror', (error) => consoleMessages.push(`pageerror: ${error.message}`));
  await page.goto(server.url);
  await page.getByTestId('mnemonic').waitFor();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('typing abandon…art shows the published withdrawal key and credentials', async () => {
  await page.getByLabel('Mnemonic').fill(ABANDON_ART);
  await page.getByLabel('Validator key index').fill('0');
  assert.equal(await page.getByTestId('withdrawal-path').textContent(), 'm/12381/3600/0/0');
  assert.equal(
    await page.getByTestId('withdrawal-pubkey').textContent(),
    '0x99b1f1d84d76185466d86c34bde1101316afddae76217aa86cd066979b19858c2c9d9e56eebc1e067ac54277a61790db',
  );
  assert.equal(
    await page.getByTestId('credentials').textContent(),
    '0x008ba1cc4b091b91c1202bba3f508075d6ff565c77e559f0803c0792e0302bf1',
  );
  await page.screenshot({ path: join(artifactsDir, 'withdrawal-lookup.png'), fullPage: true });
});

test('an unknown word is named inline and no keys are shown', async () => {
  await page.getByLabel('Mnemonic').fill(`${'abandon '.repeat(23)}artx`);
  assert.equal(
    await page.getByTestId('mnemonic-error').textContent(),
    'word #24 "artx" is not in the BIP39 wordlist; check its spelling',
  );
  assert.equal(await page.getByTestId('result').count(), 0);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: join(artifactsDir, 'withdrawal-lookup-error-360px.png'), fullPage: true });
});

test('the page logged nothing to the console', () => {
  assert.deepEqual(consoleMessages, []);
});

// The page's side of the round-two hardening (SECURITY.md's HD table): a secret the browser
// cannot encode is refused in place, a search with too many matches ends in a message on a
// page that still works, and a search's workers send the page matches, never the keys they
// derived.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ABANDON_ART } from './fixtures.mjs';
import { countWorkerMessages, launchBrowser, loadCore, openRelease, releaseDir, serveStatic } from './harness.mjs';
import { Wallet } from './pages.mjs';

let server;
let browser;
let core;

before(async () => {
  server = await serveStatic(releaseDir);
  browser = await launchBrowser();
  core = await loadCore();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const openApp = async (options) => new Wallet(await openRelease(browser, server, options));

/** Types `value` into the field as the browser would hand it over, lone surrogates and all. */
async function typeRaw(page, testId, value) {
  await page.getByTestId(testId).evaluate((field, text) => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/** The keys of `count` key indices from 0, derived by the package in Node (batches of 1,000). */
function derivedKeys(count) {
  const keys = [];
  for (let start = 0; start < count; start += 1000) {
    keys.push(...core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: start, count: Math.min(1000, count - start) }));
  }
  return keys;
}

test('HD09: a lone surrogate in the page\'s passphrase is refused by name, and the mnemonic is not used', async () => {
  const app = await openApp();
  const form = await app.open('use-mnemonic');
  await form.fill(ABANDON_ART);
  await form.canonical.waitFor();
  // The String.fromCharCode keeps the lone surrogate out of any protocol's UTF-8.
  await form.passphrase.evaluate((field) => {
    field.value = `a${String.fromCharCode(0xd800)}b`;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await app.page.locator('[data-testid=passphrase-encoding-error][data-code=text_lone_surrogate]').waitFor();
  assert.match(await app.page.getByTestId('passphrase-encoding-error').textContent(), /lone UTF-16 surrogate/);
  // An empty passphrase must not stand in for the one that could not be read.
  assert.equal(await form.useButton.isDisabled(), true);
  await typeRaw(app.page, 'passphrase', 'a\u{1f511}b');
  assert.equal(await app.page.getByTestId('passphrase-encoding-error').textContent(), '');
  await form.use();
  await app.close();
});

test('HD05: a search with too many matches ends in a message, and the page still works', async () => {
  const app = await openApp();
  await app.loadMnemonic(ABANDON_ART);
  const find = await app.open('find-validators');
  const [key0] = derivedKeys(1);
  const rows = Array.from({ length: 10_001 }, (_, i) => `${i},${key0.blsWithdrawalCredentials}`);
  const csv = (lines) => ({ name: 'validators.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await find.chooseImport(csv(rows));
  await find.fillKeyCount(1);
  await find.find();
  await find.job.waitForError({ code: 'search_too_many_matches' });
  assert.match(await find.job.errorText(), /10,000|10000/);
  await app.screenshot('hd05-too-many-matches');
  // The same page, a list it can show.
  await find.chooseImport(csv(rows.slice(0, 3)));
  await find.find();
  await find.waitForFound();
  assert.deepEqual(await find.rows(), [[0, 0], [1, 0], [2, 0]]);
  await app.close();
});

test('a search sends the page its matches, never the keys its workers derived', async () => {
  const keyCount = 1024;
  const keys = derivedKeys(keyCount);
  const app = await openApp({ initScript: countWorkerMessages });
  await app.loadMnemonic(ABANDON_ART);
  const find = await app.open('find-validators');
  // Two of the 1,024 key indices are validators: one by its withdrawal credentials, one by
  // its signing pubkey.
  await find.pasteImport(JSON.stringify({
    data: [
      { index: '7', status: 'active_ongoing', validator: { pubkey: `0x${'99'.repeat(48)}`, withdrawal_credentials: keys[5].blsWithdrawalCredentials } },
      { index: '9', status: 'active_ongoing', validator: { pubkey: keys[1000].signingPubkey, withdrawal_credentials: `0x01${'00'.repeat(11)}${'ab'.repeat(20)}` } },
    ],
  }));
  await find.fillKeyCount(keyCount);
  await find.find();
  await find.waitForFound();
  assert.deepEqual(await find.rows(), [[7, 5], [9, 1000]]);

  const stats = await app.page.evaluate(() => window.workerMessageStats);
  const replies = stats.replies.join('\n').toLowerCase();
  const hex = (value) => value.toLowerCase().replace(/^0x/, '');
  // No derived key of the 1,024 reaches the page, matched or not, unless the import the page
  // sent already holds it: a match carries its validator's pubkey as the beacon chain gave it
  // (for the execution-layer requests the table offers), which is validator 9's signing key.
  const imported = [hex(keys[1000].signingPubkey)];
  const leaked = keys.filter((k) => [k.signingPubkey, k.withdrawalPubkey]
    .some((key) => !imported.includes(hex(key)) && replies.includes(hex(key))));
  assert.deepEqual(leaked.map((k) => k.index), []);
  // Sending the keys as hex would take about 200 bytes a key index; the replies are progress
  // and two matches.
  assert.ok(stats.fromWorkers < 20_000, `${stats.fromWorkers} bytes from the workers`);
  assert.ok(stats.largestFromWorker < 4_000, `largest reply ${stats.largestFromWorker} bytes`);
  await app.close();
});

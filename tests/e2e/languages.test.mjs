// The staker's language, from file://: the language comes from the browser's preferences
// (navigator.languages), the picker switches it on every screen, Arabic mirrors the page while
// values stay left to right, and the files are the same whatever the language. The pseudo-locale
// (en-XA, English in ⟦brackets⟧) shows any text that does not come from the catalogue.
// Screenshots: tests/e2e/artifacts/lang-<tag>-*.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ABANDON_ART, ADDRESS, PASSWORD, jsonFile } from './fixtures.mjs';
import { launchBrowser, releaseFileUrl } from './harness.mjs';
import { FLOWS, Wallet } from './pages.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

// One instant for every walk, so file names (which carry a timestamp) match across languages.
const NOW = new Date('2026-11-30T12:00:00Z');

/** The release from file:// in a browser whose preferred language is `locale`. */
async function openIn(locale) {
  const context = await browser.newContext({ acceptDownloads: true, locale });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  await page.goto(releaseFileUrl);
  await page.getByTestId('journey-withdrawal-address').waitFor();
  return new Wallet(page);
}

/**
 * Visible texts that did not come from the catalogue: in the pseudo-locale every message is in
 * ⟦brackets⟧, so any other text with letters is a literal the page forgot to translate. Values
 * (code, hex, LTR islands, options, inputs) are skipped; so are numbers and marks. Also any
 * `[message-id]`, which is what a missing message renders as, and unbracketed aria-labels.
 */
async function untranslated(page) {
  return page.evaluate(() => {
    // (<html dir="ltr"> is the page's own direction, not an island.)
    const values = 'code, pre, .hex, .mono, .phrase, .words, .word-check, bdi, [dir="ltr"]:not(html), option, script, style, svg, textarea';
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent.trim();
      const element = walker.currentNode.parentElement;
      if (!text || !element || element.closest(values) || !element.checkVisibility()) continue;
      if (/\[[a-z][a-z0-9_.-]*\]/.test(text)) found.push(`missing message: ${text}`);
      // The product's name is the same in every language.
      else if (!/[⟦⟧]/.test(text) && /\p{L}{2}/u.test(text) && text !== 'withdrawal-wallet') found.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name);
        if (value && /\p{L}{2}/u.test(value) && !/[⟦⟧]/.test(value) && !element.closest(values)) {
          found.push(`${name}="${value}"`);
        }
      }
    }
    return found;
  });
}

/**
 * Walks the four journeys in the page's current language: new validators (review, keystores,
 * deposit data), a BLS change, an exit from the mnemonic, and checking the deposit file just
 * made. Screenshots each result as lang-<tag>-*.png; `check(step)` runs on every screen
 * reached. Returns the downloaded files by name.
 */
async function walk(app, tag, check = async () => {}) {
  const files = new Map();
  const { page } = app;
  const shot = async (name) => {
    await check(name);
    await app.screenshot(`lang-${tag}-${name}`);
  };
  await shot('start');

  const keys = await app.startJourney('new-validators');
  await page.getByTestId('needs-use').click();
  await shot('use-mnemonic');
  await app.useMnemonic.load(ABANDON_ART);
  await app.stepper.waitForStep('details');
  await keys.fill({ chain: 'hoodi', count: 2, credentials: 'compounding', amount: '40.5', address: ADDRESS, password: PASSWORD, kdf: 'pbkdf2' });
  await keys.requestReview();
  await app.stepper.waitForStep('review');
  await shot('keys-review');
  await keys.review.confirmAll();
  await keys.generateButton.click();
  await keys.files.waitFor({ timeout: 60_000 });
  await shot('keys-files');
  for (const name of await keys.files.names()) files.set(name, await keys.files.download(name));

  await app.header.back();
  const change = await app.startJourney('withdrawal-address');
  await change.fill({ chain: 'hoodi', validatorIndices: ['700001', '700002'], address: ADDRESS });
  await change.deriveCredentials();
  await change.requestReview();
  await change.review.typeEnding(ADDRESS.slice(-6));
  await shot('bls-review');
  await change.sign();
  await change.files.waitFor({ timeout: 60_000 });
  await shot('bls-files');
  for (const name of await change.files.names()) files.set(name, await change.files.download(name));

  await app.header.back();
  const exits = await app.startJourney('exits');
  await exits.useMnemonic();
  await exits.fill({ chain: 'hoodi', validatorIndices: '700001', epoch: '1024' });
  await exits.requestReview();
  await exits.review.confirmAll();
  await shot('exits-review');
  await exits.signButton.click();
  await exits.files.waitFor({ timeout: 60_000 });
  for (const name of await exits.files.names()) files.set(name, await exits.files.download(name));

  await app.header.back();
  const verify = await app.startJourney('check-file');
  const deposit = [...files.keys()].find((name) => name.startsWith('deposit_data-'));
  await verify.choose(jsonFile(deposit, files.get(deposit)));
  await verify.check();
  await verify.waitForVerification({ timeout: 60_000 });
  await shot('verify');
  assert.deepEqual((await verify.entries()).map((e) => e.ok), [true, true]);
  return files;
}

/** A keystore without what is random in it (salt, IV, the ciphertext and checksum that follow, uuid). */
function withoutRandomness(text) {
  const keystore = JSON.parse(text);
  delete keystore.uuid;
  delete keystore.crypto.kdf.params.salt;
  delete keystore.crypto.cipher.params.iv;
  delete keystore.crypto.cipher.message;
  delete keystore.crypto.checksum.message;
  return keystore;
}

const walks = new Map();

for (const [locale, tag] of [['en-US', 'en'], ['ar-EG', 'ar'], ['ja-JP', 'ja'], ['de-DE', 'de']]) {
  test(`every journey in ${tag}, the language taken from the browser (${locale})`, async () => {
    const app = await openIn(locale);
    const { page } = app;
    assert.equal(await page.evaluate(() => document.documentElement.lang), tag);
    assert.equal(await page.getByTestId('page-language').inputValue(), tag);
    const rtl = tag === 'ar';
    assert.equal(await page.evaluate(() => document.documentElement.dir), rtl ? 'rtl' : 'ltr');
    const check = async (step) => {
      if (!rtl) return;
      // Arabic mirrors the layout, but an address, a pubkey or a file name reads left to right.
      const directions = await page.evaluate(() =>
        [...document.querySelectorAll('main code, main .hex, main bdi[dir="ltr"]')]
          .filter((element) => element.checkVisibility())
          .map((element) => getComputedStyle(element).direction));
      assert.ok(directions.every((direction) => direction === 'ltr'), `${step}: ${directions}`);
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
    };
    walks.set(tag, await walk(app, tag, check));
    await app.close();
  });
}

test('the same batch in English and in Arabic, Japanese and German gives the same files', () => {
  const english = walks.get('en');
  assert.ok(english, 'the English walk ran');
  assert.equal([...english.keys()].filter((name) => name.startsWith('keystore-')).length, 2);
  for (const tag of ['ar', 'ja', 'de']) {
    const other = walks.get(tag);
    assert.ok(other, `the ${tag} walk ran`);
    assert.deepEqual([...other.keys()].sort(), [...english.keys()].sort(), `${tag}: the same file names`);
    for (const [name, text] of english) {
      if (name.startsWith('keystore-')) {
        // Keystores differ only in what is random by design; the rest is identical.
        assert.deepEqual(withoutRandomness(other.get(name)), withoutRandomness(text), `${tag}: ${name}`);
      } else {
        assert.equal(other.get(name), text, `${tag}: ${name} byte for byte`);
      }
    }
  }
});

test('the pseudo-locale (en-XA) shows no text outside the catalogue, on every screen', async () => {
  const app = await openIn('en-XA');
  const { page } = app;
  const problems = [];
  const check = async (step) => {
    for (const text of await untranslated(page)) problems.push(`${step}: ${text}`);
  };
  // The tools without a mnemonic first, then the journeys.
  for (const tool of FLOWS) {
    await app.start.open(tool);
    await check(`tool ${tool}`);
    await app.header.back();
  }
  await walk(app, 'en-XA', check);
  await app.close();
  assert.deepEqual(problems, []);
});

test('the picker switches the language on any screen, and nothing is stored', async () => {
  const app = await openIn('en-US');
  const { page } = app;
  const keys = await app.startJourney('new-validators');
  await page.getByTestId('needs-use').click();
  await app.useMnemonic.load(ABANDON_ART);
  await keys.fill({ chain: 'hoodi', count: 1, credentials: 'compounding', amount: '32', address: ADDRESS, password: PASSWORD, kdf: 'pbkdf2' });
  const heading = await page.locator('main h2').first().textContent();
  // The pseudo-locale's detector sees English text where there are no brackets (so it can fail).
  assert.ok((await untranslated(page)).length > 10);
  await page.getByTestId('page-language').selectOption('ar');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.notEqual(await page.locator('main h2').first().textContent(), heading);
  // What was typed stays; only the words around it change.
  assert.equal(await keys.address.inputValue(), ADDRESS);
  const names = await page.getByTestId('page-language').locator('option').allTextContents();
  assert.deepEqual(names, ['English', 'العربية', 'Deutsch', 'Ελληνικά', 'Español', 'Français', 'Bahasa Indonesia', 'Italiano', '日本語', '한국어', 'Português (Brasil)', 'Română', 'Türkçe', '简体中文']);
  await page.getByTestId('page-language').selectOption('en');
  assert.equal(await page.locator('main h2').first().textContent(), heading);
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
  assert.deepEqual(stored, { local: 0, session: 0, cookie: '' });
  await app.close();
});

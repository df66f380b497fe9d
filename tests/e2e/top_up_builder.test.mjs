// Top-ups and builder deposits, from file:// as a staker would: the top-up of an existing
// validator from the loaded mnemonic and from a keystore made with the package (what a top-up
// does for 0x01 and 0x02 validators on the page, the review of chain, address, pubkey and
// amount, ticked before the sign button works, the file and its next steps), and a batch of
// two builders (the notice that builder keys are validator keys before anything is made, the
// keystores and the builder deposit file). Each file is compared with the package's for the
// same request at the same instant (the page's clock is fixed). Bad input shows the core's
// error beside its field and produces nothing; a changed input drops the review and the files.
// The pseudo-locale walk shows no text outside the catalogue on either screen.
// axe-core finds no WCAG 2.2 AA violation on either screen, in any state.
// Screenshots: tests/e2e/artifacts/top-up-*.png and builder-*.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { ABANDON_ART, ADDRESS, OTHER_ADDRESS, PASSWORD, jsonFile } from './fixtures.mjs';
import { launchBrowser, loadCore, openRelease, releaseDir, releasePageUrl, serveStatic } from './harness.mjs';
import { Wallet } from './pages.mjs';

let browser;
let core;

before(async () => {
  browser = await launchBrowser();
  core = await loadCore();
});

after(async () => {
  await browser?.close();
});

// One instant for the page and the package, so the files' names and contents match.
const NOW = new Date('2026-11-30T12:00:00Z');
const TIMESTAMP = NOW.getTime() / 1000;

/** The release page (file://, or the extension's with WW_TARGET=extension), its clock fixed at NOW, on its start screen. */
async function openFromFile({ locale = 'en-US', viewport } = {}) {
  const context = await browser.newContext({ acceptDownloads: true, locale, viewport });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  await page.goto(releasePageUrl);
  await page.getByTestId('journey-withdrawal-address').waitFor();
  return new Wallet(page);
}

const hex0x = (value) => (value.startsWith('0x') ? value : `0x${value}`);

/** The review's rows as the page shows them, pubkeys 0x-prefixed. */
async function rows(review) {
  return (await review.reviewedRows()).map(([validator, key, pubkey]) => [validator, key, hex0x(pubkey)]);
}

/** Visible texts that did not come from the catalogue (as languages.test.mjs checks them). */
async function untranslated(page) {
  return page.evaluate(() => {
    const values = 'code, pre, .hex, .mono, .phrase, .words, .word-check, bdi, [dir="ltr"], option, script, style, svg, textarea';
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent.trim();
      const element = walker.currentNode.parentElement;
      if (!text || !element || element.closest(values) || !element.checkVisibility()) continue;
      if (/\[[a-z][a-z0-9_.-]*\]/.test(text)) found.push(`missing message: ${text}`);
      else if (!/[⟦⟧]/.test(text) && /\p{L}{2}/u.test(text)) found.push(text);
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

test('top-up from the loaded mnemonic: the 0x01/0x02 explanation, bad input, review, file as the package makes it, next steps', async () => {
  const app = await openFromFile();
  assert.ok((await app.page.locator('nav.flows [data-testid="top-up"]').textContent()).includes('Top up a validator'));
  // Without a mnemonic the mnemonic source asks for one; the explanation is there first.
  let form = await app.open('top-up');
  assert.match(await form.explain.textContent(), /0x02 \(compounding\) validator: the top-up adds to its balance.*up to 2048 ETH/);
  assert.match(await form.explain.textContent(), /0x01 validator: everything above 32 ETH .* is swept to the withdrawal address/);
  await form.needsMnemonic.waitFor();
  await app.screenshot('top-up-1-needs-mnemonic');
  await app.back();
  await app.loadMnemonic(ABANDON_ART);
  form = await app.open('top-up');

  // Bad input: the core's error beside the field, and no review.
  await form.fill({ chain: 'hoodi', keyIndex: 3, credentials: 'compounding', address: ADDRESS, addressAgain: OTHER_ADDRESS, amount: '0.5' });
  await form.errors.address.waitForCode('address_confirmation_mismatch');
  await form.errors.amount.waitForCode('deposit_amount_out_of_range');
  await form.fill({ amount: '1.0000000001' });
  await form.errors.amount.waitForCode('not_ether_amount');
  await form.fill({ amount: '2048.000000001' });
  await form.errors.amount.waitForCode('deposit_amount_out_of_range');
  await form.fill({ keyIndex: '4294967296' });
  await form.errors.keyIndex.waitForCode('not_key_index');
  await form.fill({ validatorPubkey: '0x1234' });
  await form.errors.validatorPubkey.waitForCode('hex_wrong_length');
  await form.reviewButton.click();
  assert.equal(await form.review.panels.count(), 0);
  await app.screenshot('top-up-2-bad-input');

  // The review: chain, the address the credentials carry, the validator's pubkey, the amount.
  const key = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 3, count: 1 })[0];
  await form.fill({ keyIndex: 3, address: ADDRESS, amount: '40.5', validatorPubkey: key.signingPubkey });
  const request = {
    mnemonic: ABANDON_ART, keyIndex: 3, chain: 'hoodi', withdrawal: { type: 'compounding', address: ADDRESS },
    amount: '40.5', validatorPubkey: key.signingPubkey,
  };
  const expectedReview = core.reviewTopUpDeposit(request);
  await form.requestReview();
  assert.equal(await form.review.fact('chain'), 'hoodi');
  assert.equal(await form.review.fact('address'), ADDRESS);
  assert.equal(await form.review.fact('amount'), '40.5 ETH');
  assert.equal(expectedReview.amount, '40.5 ETH');
  assert.deepEqual(await rows(form.review), [[null, '3', hex0x(key.signingPubkey)]]);
  assert.equal(hex0x(expectedReview.pubkey), hex0x(key.signingPubkey));
  assert.deepEqual(await form.readDetails(), {
    prefix: '0x02',
    credentials: expectedReview.withdrawalCredentials.credentials,
    amountGwei: '40500000000',
    path: 'm/12381/3600/3/0/0',
  });
  assert.equal(expectedReview.amountGwei, '40500000000');
  assert.equal(expectedReview.path, 'm/12381/3600/3/0/0');
  assert.match(await form.review.panels.first().textContent(), /a top-up of an existing validator.*existing/s);
  // Nothing is signed until every part is ticked.
  assert.equal(await form.signButton.isDisabled(), true);
  const ticks = await form.review.panels.locator('.ticks input[type=checkbox]').all();
  assert.equal(ticks.length, 4);
  for (const box of ticks.slice(0, -1)) await box.check();
  assert.equal(await form.signButton.isDisabled(), true);
  await app.screenshot('top-up-3-review');
  await ticks.at(-1).check();
  assert.equal(await form.signButton.isDisabled(), false);
  await form.signButton.click();
  await form.files.waitFor({ timeout: 60_000 });

  // The file: deposit-cli's partial_deposits/deposit_data-<ts>.json, as the package makes it.
  const expected = core.createTopUpDeposit({ ...request, timestamp: TIMESTAMP });
  assert.equal(expected.fileName, `deposit_data-${TIMESTAMP}.json`);
  assert.deepEqual(await form.files.names(), [expected.fileName]);
  assert.equal(await form.files.download(expected.fileName), expected.json);
  const [entry] = JSON.parse(expected.json);
  assert.equal(hex0x(entry.pubkey), hex0x(key.signingPubkey));
  assert.equal(entry.amount, 40500000000);
  await app.page.getByTestId('signing-summary').waitFor();
  const zip = await form.files.downloadAll();
  assert.equal(zip.suggestedFilename(), 'partial_deposits.zip');
  // What to do next: the chain's deposit page, or the deposit contract from one's own wallet.
  const next = await form.nextSteps.textContent();
  assert.match(next, new RegExp(`Copy deposit_data-${TIMESTAMP}\\.json to the computer you deposit from`));
  assert.match(next, /Upload it on https:\/\/hoodi\.launchpad\.ethereum\.org\//);
  assert.match(next, /deposit\(pubkey, withdrawal_credentials, signature, deposit_data_root\)/);
  assert.match(next, /check the validator's balance on a beacon explorer/);
  await app.screenshot('top-up-4-files');

  // No result outlives a change to its inputs.
  await form.fill({ amount: '41' });
  assert.equal(await form.files.count(), 0);
  assert.equal(await form.review.panels.count(), 0);

  // 0x01: the page says what happens to the balance above 32 ETH.
  await form.chooseCredentials('execution');
  assert.match(await form.executionWarning.textContent(), /above 32 ETH is paid back to the withdrawal address/);
  await app.close();
});

test('top-up from a keystore made with the package: a wrong password or another validator signs nothing; 0x01 on chiado in GNO', async () => {
  const app = await openFromFile();
  const [keystore] = core.createKeystores({ mnemonic: ABANDON_ART, startIndex: 5, count: 1, password: PASSWORD, kdf: 'pbkdf2', timestamp: 1 });
  const own = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 5, count: 1 })[0];
  const other = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 6, count: 1 })[0];
  const form = await app.open('top-up');
  await form.useKeystore();
  // Asking for a review without a keystore names the missing file beside its field.
  await form.fill({ chain: 'chiado', credentials: 'execution', address: ADDRESS, amount: '1' });
  await form.reviewButton.click();
  await form.errors.keystore.waitForCode('keystore_not_chosen');
  await form.chooseKeystore(jsonFile(keystore.fileName, keystore.json));

  // Another validator's pubkey: the review names the mismatch and blocks signing.
  await form.fill({ keystorePassword: PASSWORD, validatorPubkey: other.signingPubkey });
  await form.requestReview();
  await form.review.blocked.waitFor();
  const problem = app.page.locator('[data-testid=review-row] td[data-code]');
  assert.equal(await problem.getAttribute('data-code'), 'exit_pubkey_mismatch');
  assert.equal(await form.signButton.isDisabled(), true);
  await app.screenshot('top-up-5-keystore-mismatch');

  // A wrong password: the review shows what the keystore states; signing refuses at the password.
  await form.fill({ validatorPubkey: own.signingPubkey, keystorePassword: 'not the password at all' });
  await form.sign();
  await form.errors.keystorePassword.waitForCode('keystore_wrong_password', { timeout: 60_000 });
  assert.equal(await form.files.count(), 0);

  // The right password: signed, the same file as the package's for the same request.
  await form.fill({ keystorePassword: PASSWORD });
  await form.requestReview();
  const request = {
    keystore: keystore.json, password: PASSWORD, chain: 'chiado', withdrawal: { type: 'execution', address: ADDRESS },
    amount: '1', validatorPubkey: own.signingPubkey,
  };
  const expectedReview = core.reviewTopUpDeposit(request);
  assert.equal(await form.review.fact('chain'), 'chiado');
  assert.equal(await form.review.fact('address'), ADDRESS);
  assert.equal(await form.review.fact('amount'), expectedReview.amount);
  assert.equal(expectedReview.amount, '1 GNO');
  assert.deepEqual(await rows(form.review), [[null, null, hex0x(own.signingPubkey)]]);
  const details = await form.readDetails();
  assert.equal(details.prefix, '0x01');
  assert.equal(details.amountGwei, '32000000000');
  assert.equal(details.path, expectedReview.path);
  await app.screenshot('top-up-6-keystore-review');
  await form.review.confirmAll();
  await form.signButton.click();
  await form.files.waitFor({ timeout: 60_000 });
  const expected = core.createTopUpDeposit({ ...request, timestamp: TIMESTAMP });
  assert.equal(await form.files.download(expected.fileName), expected.json);
  assert.match(await form.nextSteps.textContent(), /Upload it on https:\/\/deposit\.chiadochain\.net\//);
  await app.screenshot('top-up-7-keystore-files');
  await app.close();
});

test('builder deposits, a batch of two: the notice before anything is made, review, keystores and deposit file as the package makes them', async () => {
  const app = await openFromFile();
  let form = await app.open('builder-deposits');
  assert.match(await form.warning.textContent(), /Builder key i is validator signing key i of the same mnemonic/);
  await form.needsMnemonic.waitFor();
  await app.back();
  await app.loadMnemonic(ABANDON_ART);
  form = await app.open('builder-deposits');
  // Bad input: the core's error beside the field, and nothing made.
  await form.fill({ chain: 'hoodi', startIndex: 10, count: 0, address: ADDRESS, amount: '0.999999999', password: PASSWORD, kdf: 'pbkdf2' });
  await form.errors.count.waitForCode('count_zero');
  await form.errors.amount.waitForCode('builder_amount_too_small');
  await form.fill({ count: 2, amount: '1.5', address: ADDRESS.toLowerCase() });
  await form.errors.address.waitForCode('address_not_checksummed');
  await form.reviewButton.click();
  assert.equal(await form.review.panels.count(), 0);
  await app.screenshot('builder-1-form');

  await form.fill({ address: ADDRESS });
  const request = {
    mnemonic: ABANDON_ART, startIndex: 10, count: 2, chain: 'hoodi', withdrawalAddress: ADDRESS, amount: '1.5',
    password: PASSWORD, kdf: 'pbkdf2',
  };
  const expectedReview = core.reviewBuilderDeposits(request);
  await form.requestReview();
  // The notice, in words, before the sign button can work: builder keys are validator keys.
  assert.deepEqual((await form.noticesShown()).map((notice) => notice.code), ['builder_keys_are_validator_keys']);
  assert.deepEqual(expectedReview.notices.map((notice) => notice.code), ['builder_keys_are_validator_keys']);
  assert.match((await form.noticesShown())[0].text, /builder keys 10 to 11 are this mnemonic's validator signing keys m\/12381\/3600\/i\/0\/0/);
  assert.equal(await form.review.fact('chain'), 'hoodi');
  assert.equal(await form.review.fact('address'), ADDRESS);
  assert.equal(await form.review.fact('amount'), '1.5 ETH');
  assert.equal(expectedReview.amount, '1.5 ETH');
  assert.deepEqual(await rows(form.review), expectedReview.keys.map((key) => [null, String(key.index), hex0x(key.pubkey)]));
  const keys = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 10, count: 2 });
  assert.deepEqual(expectedReview.keys.map((key) => hex0x(key.pubkey)), keys.map((key) => hex0x(key.signingPubkey)));
  assert.equal(await form.details.getByTestId('builder-credentials').getAttribute('data-value'), expectedReview.withdrawalCredentials.credentials);
  assert.match(expectedReview.withdrawalCredentials.credentials, /^0xb00{22}/);
  assert.equal(await form.details.getByTestId('builder-amount-gwei').textContent(), '1500000000');
  // Every part ticked is not enough: the notice must be acknowledged too.
  await form.review.confirmAll();
  assert.equal(await form.signButton.isDisabled(), true);
  await app.screenshot('builder-2-review');
  await form.noticeAck.check();
  assert.equal(await form.signButton.isDisabled(), false);
  assert.equal(await form.files.count(), 0);
  await form.signButton.click();
  await form.files.waitFor({ timeout: 120_000 });

  // The files: the two keystores (deposit-cli's names) and builder_deposit_data-<ts>.json.
  const expected = core.createBuilderDeposits({ ...request, timestamp: TIMESTAMP });
  assert.deepEqual(await form.files.names(), expected.map((file) => file.fileName));
  const depositFile = expected.at(-1);
  assert.equal(depositFile.fileName, `builder_deposit_data-${TIMESTAMP}.json`);
  assert.equal(await form.files.download(depositFile.fileName), depositFile.json);
  for (const [i, file] of expected.slice(0, -1).entries()) {
    const keystore = await form.files.download(file.fileName);
    const opened = core.decryptKeystore(keystore, PASSWORD);
    assert.equal(hex0x(opened.pubkey), hex0x(keys[i].signingPubkey));
    assert.equal(opened.path, `m/12381/3600/${10 + i}/0/0`);
    assert.equal(JSON.parse(keystore).crypto.kdf.function, 'pbkdf2');
  }
  const zip = await form.files.downloadAll();
  assert.equal(zip.suggestedFilename(), 'builder_keys.zip');
  await app.page.getByTestId('signing-summary').waitFor();
  assert.match(await app.page.getByTestId('next-builder-deposit').textContent(), /Once the Gloas fork has enabled builders on hoodi, submit each entry to the builder deposit contract of EIP-8282/);
  assert.match(await app.page.getByTestId('next-builder-keystores').textContent(), /never run the same key as a builder and as a validator/);
  await app.screenshot('builder-3-files');

  // No result outlives a change to its inputs.
  await form.fill({ count: 3 });
  assert.equal(await form.files.count(), 0);
  assert.equal(await form.review.panels.count(), 0);
  await app.close();
});

test('both screens in the pseudo-locale show no text outside the catalogue; at 360 px nothing overflows; Arabic keeps values left to right', async () => {
  const app = await openFromFile({ locale: 'en-XA', viewport: { width: 360, height: 800 } });
  const { page } = app;
  const problems = [];
  const check = async (step) => {
    for (const text of await untranslated(page)) problems.push(`${step}: ${text}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`${step}: ${overflow} px wider than the screen`);
  };
  for (const tool of ['top-up', 'builder-deposits']) {
    await app.start.open(tool);
    await check(`tool ${tool}`);
    await app.header.back();
  }
  await app.loadMnemonic(ABANDON_ART);
  const topUp = await app.open('top-up');
  await topUp.fill({ chain: 'hoodi', keyIndex: 0, credentials: 'execution', address: ADDRESS, amount: '2' });
  await check('top-up form');
  await topUp.requestReview();
  await check('top-up review');
  await app.screenshot('top-up-8-pseudo-360');
  await topUp.review.confirmAll();
  await topUp.signButton.click();
  await topUp.files.waitFor({ timeout: 60_000 });
  await check('top-up files');
  await app.back();
  const builders = await app.open('builder-deposits');
  await builders.fill({ chain: 'hoodi', startIndex: 20, count: 1, address: ADDRESS, amount: '1', password: PASSWORD, kdf: 'pbkdf2' });
  await builders.requestReview();
  await check('builder review');
  await app.screenshot('builder-4-pseudo-360');
  await builders.generate();
  await builders.files.waitFor({ timeout: 60_000 });
  await check('builder files');
  await app.close();
  assert.deepEqual(problems, []);

  // Arabic: the page mirrors, the address and pubkeys stay left to right.
  const arabic = await openFromFile({ locale: 'ar' });
  await arabic.loadMnemonic(ABANDON_ART);
  const form = await arabic.open('builder-deposits');
  await form.fill({ chain: 'hoodi', startIndex: 20, count: 1, address: ADDRESS, amount: '1', password: PASSWORD, kdf: 'pbkdf2' });
  await form.requestReview();
  assert.equal(await arabic.page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await form.review.panels.getByTestId('review-address').getAttribute('dir'), 'ltr');
  assert.equal(await form.review.fact('address'), ADDRESS);
  await arabic.screenshot('builder-5-ar-review');
  await arabic.close();
});

test('axe-core finds no WCAG 2.2 AA violation on either screen: forms, errors, reviews, files', async () => {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  const server = await serveStatic(releaseDir);
  const app = new Wallet(await openRelease(browser, server, { bypassCSP: true }));
  const scan = async (state) => {
    if (!(await app.page.evaluate(() => 'axe' in window))) await app.page.addScriptTag({ path: axePath });
    const violations = await app.page.evaluate(async () => {
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    });
    assert.deepEqual(violations, [], `${state}: ${JSON.stringify(violations, null, 2)}`);
  };
  try {
    for (const tool of ['top-up', 'builder-deposits']) {
      await app.open(tool);
      await scan(`${tool} (no mnemonic)`);
      await app.back();
    }
    await app.loadMnemonic(ABANDON_ART);
    const topUp = await app.open('top-up');
    await topUp.fill({ chain: 'hoodi', keyIndex: 1, address: ADDRESS, addressAgain: OTHER_ADDRESS, amount: '0.1' });
    await topUp.errors.amount.waitForCode('deposit_amount_out_of_range');
    await scan('top-up with errors');
    await topUp.fill({ address: ADDRESS, amount: '3' });
    await topUp.requestReview();
    await scan('top-up review');
    await topUp.review.confirmAll();
    await topUp.signButton.click();
    await topUp.files.waitFor({ timeout: 60_000 });
    await scan('top-up files');
    await topUp.useKeystore();
    await scan('top-up keystore source');
    await app.back();
    const builders = await app.open('builder-deposits');
    await builders.fill({ chain: 'hoodi', startIndex: 30, count: 2, address: ADDRESS, amount: '0.5', password: PASSWORD, kdf: 'pbkdf2' });
    await builders.errors.amount.waitForCode('builder_amount_too_small');
    await scan('builder with errors');
    await builders.fill({ amount: '1' });
    await builders.requestReview();
    await scan('builder review');
    await builders.review.confirmAll();
    await builders.noticeAck.check();
    await builders.signButton.click();
    await builders.files.waitFor({ timeout: 120_000 });
    await scan('builder files');
  } finally {
    await app.close();
    await server.close();
  }
});

// Proof of withdrawal-address ownership (deposit-cli's generate-bls-to-execution-change-keystore),
// walked from file:// as a staker would: the notice that it is no consensus message, the form
// (keystore or mnemonic, chain, validator, address typed twice), the signing review (chain with
// its root, the address, the validator and the signing key), the file, byte for byte what the
// package's createOwnershipProof makes for the same request, its next steps, and the file read
// back in "Verify files" (valid, the address, the index, the key). Refusals: a key that is not
// the validator's, a chain without a genesis validators root, a stale review.
// Screenshots: tests/e2e/artifacts/ownership-*.png.
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

// One instant for the page and the package, so the file names (which carry it) match.
const NOW = new Date('2026-11-30T12:00:00Z');
const TIMESTAMP = NOW.getTime() / 1000;
/** hoodi's genesis validators root, as the review shows it. */
const HOODI_ROOT = '0x212f13fc4df078b6cb7db228f1c8307566dcecf900867401a92023d7ba99cb5f';

/** The release page (file://, or the extension's with WW_TARGET=extension), its clock fixed at NOW, on its start screen. */
async function openFromFile({ viewport, locale } = {}) {
  const context = await browser.newContext({ acceptDownloads: true, viewport, locale });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  await page.goto(releasePageUrl);
  await page.getByTestId('journey-withdrawal-address').waitFor();
  return new Wallet(page);
}

/** Signs on the screen (review already shown), waits for the file, returns { name, text }. */
async function signAndDownload(app, form) {
  await form.review.confirmAll();
  assert.equal(await form.signButton.isEnabled(), true);
  await form.signButton.click();
  await form.files.waitFor({ timeout: 60_000 });
  const name = await form.files.nameStartingWith('bls_to_execution_change_keystore_signature-');
  return { name, text: await form.files.download(name) };
}

/** Checks `file` in Verify files on `chain`, with `signer` (pubkey text or keystore file payload). */
async function verifyProof(app, file, { pubkey, keystore } = {}) {
  await app.back();
  const verify = await app.open('verify-files');
  await verify.choose(jsonFile(file.name, file.text));
  await verify.waitForKind('proof of withdrawal-address ownership');
  await verify.chain.choose('hoodi');
  if (pubkey) await verify.exitPubkey.fill(pubkey);
  if (keystore) {
    await app.page.getByTestId('signer-keystore').setInputFiles(keystore);
    await app.page.locator('[data-testid=signer-keystore-status]:has-text("✓")').waitFor();
  }
  await verify.check();
  await verify.waitForVerification({ timeout: 60_000 });
  return verify;
}

test('from the mnemonic: the review names the chain, the address, the validator and its signing key; the file is the package\'s, byte for byte, and verifies', async () => {
  const app = await openFromFile();
  await app.loadMnemonic(ABANDON_ART);
  const form = await app.open('ownership-proof');
  // What it is (and is not), before anything is asked.
  assert.match(await form.notice.textContent(), /not a message for the chain/);
  await form.useMnemonic();
  await form.fill({ chain: 'hoodi', keyIndex: 3, validatorIndex: '700003', address: ADDRESS });
  await app.screenshot('ownership-form-mnemonic');

  await form.requestReview();
  assert.equal(await form.review.fact('chain'), 'hoodi');
  assert.equal(await form.review.fact('root'), HOODI_ROOT);
  assert.equal(await form.review.fact('address'), ADDRESS);
  const [key] = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 3, count: 1 });
  assert.deepEqual(await form.review.reviewedRows(), [['700003', '3', key.signingPubkey]]);
  // Nothing is signed before the address's ending is retyped.
  assert.equal(await form.signButton.isEnabled(), false);
  await app.screenshot('ownership-review-mnemonic');

  const file = await signAndDownload(app, form);
  const expected = core.createOwnershipProof({
    mnemonic: ABANDON_ART,
    keyIndex: 3,
    chain: 'hoodi',
    validatorIndex: '700003',
    executionAddress: ADDRESS,
    timestamp: TIMESTAMP,
  });
  assert.equal(file.name, `bls_to_execution_change_keystore_signature-700003-${TIMESTAMP}.json`);
  assert.equal(file.name, expected.fileName);
  assert.equal(file.text, expected.json);
  const proof = JSON.parse(file.text);
  // deposit-cli's layout: the lower-case address, the index a JSON integer.
  assert.deepEqual(proof.message, { to_execution_address: ADDRESS.toLowerCase(), validator_index: 700003 });
  // The next steps: whoever asked for it; nothing to broadcast.
  await form.nextSteps.waitFor();
  assert.match(await form.nextSteps.textContent(), new RegExp(file.name.replaceAll('.', '\\.')));
  assert.match(await form.nextSteps.textContent(), /nothing to broadcast/);
  await app.screenshot('ownership-files-mnemonic');

  // Verify files, with no key typed: the mnemonic's signing keys are tried.
  const verify = await verifyProof(app, file);
  const [entry] = await verify.entries();
  assert.equal(entry.ok, true);
  assert.match(entry.signature, /✓/);
  assert.equal(entry.address, ADDRESS);
  assert.equal(entry.validatorIndex, '700003');
  assert.deepEqual(entry.mnemonic.map((m) => [m.key, m.keyIndex]), [['signing', 3]]);
  assert.deepEqual(await verify.destinations(), [{ address: ADDRESS, differs: false }]);
  await app.page.getByTestId('verify-proof-note').waitFor();
  await app.screenshot('ownership-verify-mnemonic');
  await app.close();
});

test('from a keystore made with the package: the keystore\'s key reviewed, the file the package\'s byte for byte, verified against the keystore', async () => {
  const app = await openFromFile();
  const form = await app.open('ownership-proof');
  // The keystore is the default source: no mnemonic is needed.
  assert.equal(await form.needsMnemonic.count(), 0);
  const [keystore] = core.createKeystores({ mnemonic: ABANDON_ART, startIndex: 1, count: 1, password: PASSWORD, kdf: 'pbkdf2', timestamp: 1 });
  const [key] = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 1, count: 1 });
  await form.chooseKeystore(jsonFile(keystore.fileName, keystore.json));
  assert.match(await form.keystoreStatus.textContent(), new RegExp(`✓ ${keystore.fileName.replaceAll('.', '\\.')} read`));
  await form.fill({ chain: 'hoodi', keystorePassword: PASSWORD, validatorPubkey: key.signingPubkey, validatorIndex: '700001', address: ADDRESS });
  await app.screenshot('ownership-form-keystore');

  await form.requestReview();
  assert.equal(await form.review.fact('address'), ADDRESS);
  // A keystore's key has no key index: the row says "keystore".
  assert.deepEqual(await form.review.reviewedRows(), [['700001', null, key.signingPubkey]]);
  await app.screenshot('ownership-review-keystore');

  const file = await signAndDownload(app, form);
  const expected = core.createOwnershipProof({
    keystore: keystore.json,
    password: PASSWORD,
    chain: 'hoodi',
    validatorIndex: '700001',
    executionAddress: ADDRESS,
    validatorPubkey: key.signingPubkey,
    timestamp: TIMESTAMP,
  });
  assert.equal(file.name, expected.fileName);
  assert.equal(file.text, expected.json);
  await app.screenshot('ownership-files-keystore');

  // Verify files against the keystore's stated pubkey (no mnemonic loaded, no password).
  const verify = await verifyProof(app, file, { keystore: jsonFile(keystore.fileName, keystore.json) });
  const [entry] = await verify.entries();
  assert.equal(entry.ok, true);
  assert.match(entry.signature, /✓/);
  assert.equal(entry.address, ADDRESS);
  assert.equal(entry.validatorIndex, '700001');
  assert.equal(entry.pubkey, key.signingPubkey);
  await app.screenshot('ownership-verify-keystore');

  // Against another validator's key (typed, the keystore dropped), the same file fails.
  await app.page.getByTestId('signer-keystore').setInputFiles([]);
  const [other] = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 2, count: 1 });
  await verify.exitPubkey.fill(other.signingPubkey);
  await verify.check();
  await verify.waitForVerification({ timeout: 60_000 });
  const [bad] = await verify.entries();
  assert.equal(bad.ok, false);
  assert.deepEqual(bad.codes, ['signature_invalid']);
  await app.close();
});

test('refusals: a key that is not the validator\'s blocks the review, a chain without a root is refused by the field, a change drops the review', async () => {
  const app = await openFromFile();
  await app.loadMnemonic(ABANDON_ART);
  const form = await app.open('ownership-proof');
  await form.useMnemonic();
  const [other] = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 5, count: 1 });
  await form.fill({ chain: 'hoodi', keyIndex: 0, validatorPubkey: other.signingPubkey, validatorIndex: '7', address: ADDRESS });
  await form.requestReview();
  await form.review.blocked.waitFor();
  assert.equal(
    await app.page.locator('[data-testid=review-row] td[data-code]').getAttribute('data-code'),
    'exit_pubkey_mismatch',
  );
  assert.equal(await app.page.getByTestId('confirm-ending').count(), 0);
  assert.equal(await form.signButton.isEnabled(), false);
  await app.screenshot('ownership-review-blocked');

  // A change to any field drops the review.
  await form.validatorPubkey.fill('');
  await form.review.panels.waitFor({ state: 'detached' });
  await form.requestReview();
  await form.review.waitFor();
  await form.address.fill(OTHER_ADDRESS);
  await form.review.panels.waitFor({ state: 'detached' });
  // The address typed twice must agree.
  await form.requestReview();
  await form.errors.address.waitForCode('address_confirmation_mismatch');
  assert.equal(await form.review.panels.count(), 0);
  await form.fill({ address: ADDRESS });

  // Field errors, by the core's codes: the validator index, the key index; nothing is reviewed.
  await form.validatorIndex.fill('-1');
  await form.errors.validatorIndex.waitForCode('not_uint64');
  await form.reviewButton.click();
  assert.equal(await form.review.panels.count(), 0);
  await form.validatorIndex.fill('7');
  await form.keyIndex.fill('x');
  await form.errors.keyIndex.waitForCode('not_key_index');
  await form.keyIndex.fill('0');

  // A custom chain without a genesis validators root: refused by the chain's field, nothing asked.
  await form.chain.chooseCustom({ name: 'ephemery', genesisForkVersion: '0x1000101b', capellaForkVersion: '0x4000101b' });
  await form.errors.chainRoot.waitForCode('chain_no_genesis_validators_root');
  await form.reviewButton.click();
  assert.equal(await form.review.panels.count(), 0);
  await app.screenshot('ownership-chain-no-root');
  await app.close();
});

test('at 360 px and in Arabic: the screen fits and reads right to left, values left to right', async () => {
  const app = await openFromFile({ viewport: { width: 360, height: 780 }, locale: 'ar' });
  const form = await app.open('ownership-proof');
  assert.equal(await app.page.locator('html').getAttribute('dir'), 'rtl');
  const [keystore] = core.createKeystores({ mnemonic: ABANDON_ART, startIndex: 1, count: 1, password: PASSWORD, kdf: 'pbkdf2', timestamp: 1 });
  await form.chooseKeystore(jsonFile(keystore.fileName, keystore.json));
  await form.fill({ chain: 'hoodi', keystorePassword: PASSWORD, validatorIndex: '700001', address: ADDRESS });
  await form.requestReview();
  await form.review.waitFor();
  const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
  assert.equal(await app.page.locator('[data-testid=review-address]').getAttribute('dir'), 'ltr');
  await app.screenshot('ownership-review-ar-360');
  await app.close();
});

// ---- Verify files: every new kind of file shows what matters -------------------------------

const WITHDRAWAL_CONTRACT = '0x00000961Ef480Eb55e80D19ad83579A64c007002';
const CONSOLIDATION_CONTRACT = '0x0000BBdDc7CE488642fb579F8B00f3a590007251';
/** 0x01 or 0x02 credentials with ADDRESS. */
const credentials = (prefix) => `0x${prefix}${'00'.repeat(11)}${ADDRESS.slice(2).toLowerCase()}`;

/** Opens Verify files, checks `file` ({ fileName, json }) against hoodi, returns the screen. */
async function verifyOnPage(app, file, kindText) {
  if ((await app.screen()) !== 'start') await app.back();
  const verify = await app.open('verify-files');
  await verify.choose(jsonFile(file.fileName, file.json));
  await verify.waitForKind(kindText);
  await verify.chain.choose('hoodi');
  await verify.check();
  await verify.waitForVerification({ timeout: 60_000 });
  return verify;
}

/** A request entry's own fields, as the page shows them. */
function requestFields(page) {
  return page.locator('[data-testid=reports] > li').first().evaluate((li) => {
    const get = (id) => li.querySelector(`[data-testid="${id}"]`);
    return {
      action: get('entry-action')?.dataset.action ?? null,
      chainId: get('entry-chain-id')?.textContent ?? null,
      from: get('entry-from')?.dataset.value ?? null,
      to: get('entry-to')?.dataset.value ?? null,
      valueWei: get('entry-value')?.dataset.wei ?? null,
      pubkey: get('entry-pubkey')?.dataset.value ?? null,
      target: get('entry-target-pubkey')?.dataset.value ?? null,
      amountGwei: get('entry-amount')?.dataset.gwei ?? null,
    };
  });
}

test('Verify files reads a top-up, a builder deposit and EIP-7002/7251 requests: the fields that matter, the chain, the address, the signature', async () => {
  const app = await openFromFile();
  await app.loadMnemonic(ABANDON_ART);
  const keys = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 3 });

  // A top-up of validator key 1 (0x02, 40.5 ETH): deposit data, matched to the mnemonic.
  const topUp = core.createTopUpDeposit({
    mnemonic: ABANDON_ART, keyIndex: 1, chain: 'hoodi', withdrawal: { type: 'compounding', address: ADDRESS }, amount: '40.5', timestamp: TIMESTAMP,
  });
  let verify = await verifyOnPage(app, topUp, 'Deposit data.');
  let [entry] = await verify.entries();
  assert.equal(entry.ok, true);
  assert.equal(entry.pubkey, keys[1].signingPubkey);
  assert.equal(entry.credentialsKind, 'compounding');
  assert.equal(entry.address, ADDRESS);
  assert.equal(entry.amountGwei, '40500000000');
  assert.match(entry.signature, /✓/);
  assert.deepEqual(entry.mnemonic.map((m) => [m.key, m.keyIndex]), [['signing', 1]]);
  assert.equal(await verify.network.getAttribute('data-chain'), 'hoodi');
  await app.screenshot('ownership-verify-top-up');

  // A builder deposit: 0xb0 credentials, the builder domain's signature.
  const builderFiles = core.createBuilderDeposits({
    mnemonic: ABANDON_ART, startIndex: 0, count: 1, chain: 'hoodi', withdrawalAddress: ADDRESS, amount: '1', password: PASSWORD, kdf: 'pbkdf2', timestamp: TIMESTAMP,
  });
  const builder = builderFiles.find((f) => f.kind === 'builder_deposit_data');
  verify = await verifyOnPage(app, builder, 'Builder deposit data.');
  [entry] = await verify.entries();
  assert.equal(entry.ok, true);
  assert.equal(entry.credentialsKind, 'builder');
  assert.equal(entry.credentialsPrefix, '0xb0');
  assert.equal(entry.address, ADDRESS);
  assert.equal(entry.amountGwei, '1000000000');
  assert.match(entry.signature, /✓/);
  assert.deepEqual(await verify.destinations(), [{ address: ADDRESS, differs: false }]);
  await app.screenshot('ownership-verify-builder');

  // An EIP-7002 partial withdrawal: action, chain ID, sender, contract, fee, validator, amount.
  const withdrawals = core.createWithdrawalRequests({
    chain: 'hoodi', value: '2', timestamp: TIMESTAMP,
    requests: [{ validator: { index: '700002', pubkey: keys[2].signingPubkey, withdrawalCredentials: credentials('02'), status: 'active_ongoing' }, action: 'partial_withdrawal', amount: '1.5' }],
  });
  verify = await verifyOnPage(app, withdrawals.requests[0], 'withdrawal or consolidation request');
  [entry] = await verify.entries();
  assert.equal(entry.ok, true);
  assert.deepEqual(await requestFields(app.page), {
    action: 'partial_withdrawal', chainId: '560048', from: ADDRESS, to: WITHDRAWAL_CONTRACT, valueWei: '2', pubkey: keys[2].signingPubkey, target: null, amountGwei: '1500000000',
  });
  assert.deepEqual(await verify.destinations(), [{ address: ADDRESS, differs: false }]);
  assert.deepEqual(entry.mnemonic.map((m) => [m.key, m.keyIndex]), [['signing', 2]]);
  // A transaction not yet signed: checked against the chain's chain ID and contracts.
  assert.match(await verify.network.textContent(), /hoodi's chain ID and request contracts/);
  await app.screenshot('ownership-verify-withdrawal-request');

  // An EIP-7251 consolidation of validator key 0 (0x01) into key 2 (0x02): source and target.
  const consolidations = core.createConsolidationRequests({
    chain: 'hoodi', value: '3', timestamp: TIMESTAMP,
    requests: [{
      source: { index: '700000', pubkey: keys[0].signingPubkey, withdrawalCredentials: credentials('01'), status: 'active_ongoing' },
      target: { index: '700002', pubkey: keys[2].signingPubkey, withdrawalCredentials: credentials('02'), status: 'active_ongoing' },
    }],
  });
  verify = await verifyOnPage(app, consolidations.requests[0], 'withdrawal or consolidation request');
  [entry] = await verify.entries();
  assert.equal(entry.ok, true);
  assert.deepEqual(await requestFields(app.page), {
    action: 'consolidation', chainId: '560048', from: ADDRESS, to: CONSOLIDATION_CONTRACT, valueWei: '3', pubkey: keys[0].signingPubkey, target: keys[2].signingPubkey, amountGwei: null,
  });
  // No funds go to an address: the page says so instead of listing one.
  assert.deepEqual(await verify.destinations(), []);
  assert.match(await app.page.getByTestId('verify-addresses').textContent(), /consolidation moves/);
  await app.screenshot('ownership-verify-consolidation');

  // The same request checked against mainnet: the chain ID and contract disagree, by name.
  await verify.chain.choose('mainnet');
  await verify.check();
  await verify.waitForVerification({ timeout: 60_000 });
  [entry] = await verify.entries();
  assert.equal(entry.ok, false);
  assert.ok(entry.codes.includes('execution_file_mismatch'), entry.codes.join(' '));
  await app.close();
});

// ---- every text from the catalogue, and WCAG 2.2 AA -----------------------------------------

/**
 * Visible texts that did not come from the catalogue (languages.test.mjs's check): in the
 * pseudo-locale every message is in ⟦brackets⟧; values (code, hex, LTR islands) are skipped.
 * `<html dir="ltr">` is not an island: the page sets it for every left-to-right language.
 */
async function untranslated(page) {
  return page.evaluate(() => {
    const values = 'code, pre, .hex, .mono, .phrase, .words, .word-check, bdi, [dir="ltr"]:not(html), option, script, style, svg, textarea';
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

/** Signs a proof from the keystore of key 1 on the screen; returns the downloaded file. */
async function proofFromKeystore(app) {
  const form = await app.open('ownership-proof');
  const [keystore] = core.createKeystores({ mnemonic: ABANDON_ART, startIndex: 1, count: 1, password: PASSWORD, kdf: 'pbkdf2', timestamp: 1 });
  await form.chooseKeystore(jsonFile(keystore.fileName, keystore.json));
  await form.fill({ chain: 'hoodi', keystorePassword: PASSWORD, validatorIndex: '700001', address: ADDRESS });
  await form.requestReview();
  await form.review.waitFor();
  return { form, keystore };
}

test('the pseudo-locale (en-XA): the screen, its review, files and next steps, and Verify files\' new rows show no text outside the catalogue', async () => {
  // The detector sees English where there are no brackets (so it can fail).
  const english = await openFromFile({ locale: 'en-US' });
  await english.open('ownership-proof');
  assert.ok((await untranslated(english.page)).length > 10);
  await english.close();
  const app = await openFromFile({ locale: 'en-XA' });
  const problems = [];
  const check = async (step) => {
    // The product's name in the masthead is never translated.
    for (const text of await untranslated(app.page)) if (text !== 'withdrawal-wallet') problems.push(`${step}: ${text}`);
  };
  await app.loadMnemonic(ABANDON_ART);
  const { form } = await proofFromKeystore(app);
  await check('keystore form and review');
  await form.useMnemonic();
  await check('mnemonic form');
  await form.useKeystore();
  await form.chooseKeystore(jsonFile('k.json', core.createKeystores({ mnemonic: ABANDON_ART, startIndex: 1, count: 1, password: PASSWORD, kdf: 'pbkdf2', timestamp: 1 })[0].json));
  await form.fill({ keystorePassword: PASSWORD });
  await form.requestReview();
  const file = await signAndDownload(app, form);
  await check('files and next steps');
  await app.screenshot('ownership-pseudo-files');
  const verify = await verifyProof(app, file);
  await check('verify: proof');
  const keys = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 1 });
  const consolidation = core.createConsolidationRequests({
    chain: 'hoodi', value: '3', timestamp: TIMESTAMP,
    requests: [{ source: { index: '700000', pubkey: keys[0].signingPubkey, withdrawalCredentials: credentials('01'), status: 'active_ongoing' } }],
  }).requests[0];
  await verify.choose(jsonFile(consolidation.fileName, consolidation.json));
  await verify.check();
  await app.page.locator('[data-testid=entry-action][data-action=switch_to_compounding]').waitFor({ timeout: 60_000 });
  await check('verify: switch to 0x02');
  await app.close();
  assert.deepEqual(problems, []);
});

test('axe-core finds no WCAG 2.2 AA violation on the screen, its review, its files, and Verify files\' new rows', async () => {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const server = await serveStatic(releaseDir);
  try {
    const app = new Wallet(await openRelease(browser, server, { bypassCSP: true }));
    const scan = async (state) => {
      if (!(await app.page.evaluate(() => 'axe' in window))) await app.page.addScriptTag({ path: axePath });
      const violations = await app.page.evaluate(async (tags) => {
        const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return result.violations.map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
      }, WCAG);
      assert.deepEqual(violations, [], `${state}: ${JSON.stringify(violations, null, 2)}`);
    };
    const form = await app.open('ownership-proof');
    await scan('ownership-proof: empty');
    await form.useMnemonic();
    await scan('ownership-proof: no mnemonic');
    await form.useKeystore();
    await form.chain.chooseCustom({ name: 'ephemery', genesisForkVersion: '0x1000101b', capellaForkVersion: '0x4000101b' });
    await form.fill({ validatorIndex: 'x', address: ADDRESS, addressAgain: OTHER_ADDRESS });
    await form.reviewButton.click();
    await form.errors.chainRoot.waitForCode('chain_no_genesis_validators_root');
    await scan('ownership-proof: field errors');
    await app.back();
    await proofFromKeystore(app);
    await scan('ownership-proof: review');
    const file = await signAndDownload(app, app.ownershipProof);
    await scan('ownership-proof: files and next steps');
    const verify = await verifyProof(app, file, { pubkey: core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 1, count: 1 })[0].signingPubkey });
    await scan('verify files: proof');
    const keys = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 2, count: 1 });
    const withdrawal = core.createWithdrawalRequests({
      chain: 'hoodi', value: '2', timestamp: TIMESTAMP,
      requests: [{ validator: { index: '700002', pubkey: keys[0].signingPubkey, withdrawalCredentials: credentials('02') }, action: 'partial_withdrawal', amount: '1.5' }],
    }).requests[0];
    await verify.choose(jsonFile(withdrawal.fileName, withdrawal.json));
    await verify.check();
    await app.page.locator('[data-testid=entry-action][data-action=partial_withdrawal]').waitFor({ timeout: 60_000 });
    await scan('verify files: withdrawal request');
    await app.close();
  } finally {
    await server.close();
  }
});

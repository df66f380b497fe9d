// Execution-layer requests from the withdrawal address (EIP-7002, EIP-7251) on the release page
// opened from file://: validators pasted as a beacon API response (two 0x02 and one 0x01, their
// credentials naming the test ADDRESS), a full exit, a partial withdrawal and a switch from 0x01
// to 0x02; a partial withdrawal of the 0x01 validator refused first. The files are compared field
// by field with the package's createWithdrawalRequests / createConsolidationRequests for the same
// inputs and the page's (fixed) clock. Then "Find my validators" hands its 0x01/0x02 validators
// over. Screenshots: tests/e2e/artifacts/el-requests-*.png.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ABANDON_ART, ADDRESS } from './fixtures.mjs';
import { createRequire } from 'node:module';
import { launchBrowser, loadCore, openRelease, releaseDir, releasePageUrl, serveStatic } from './harness.mjs';
import { Wallet } from './pages.mjs';

/** The page's clock, fixed: every file is named and dated with this second. */
const NOW_SECONDS = 1_700_000_000;
const CHAIN = 'hoodi';
const WITHDRAWAL_VALUE = '2';
const CONSOLIDATION_VALUE = '3';
const WITHDRAWAL_CONTRACT = '0x00000961Ef480Eb55e80D19ad83579A64c007002';
const CONSOLIDATION_CONTRACT = '0x0000BBdDc7CE488642fb579F8B00f3a590007251';

let browser;
let core;
let keys;

before(async () => {
  browser = await launchBrowser();
  core = await loadCore();
  keys = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 3 });
});

after(async () => {
  await browser?.close();
});

/** 0x01 or 0x02 credentials naming ADDRESS. */
const credentials = (prefix) => `0x${prefix}${'00'.repeat(11)}${ADDRESS.slice(2).toLowerCase()}`;

/** Our three validators: 700001 and 700002 with 0x02 credentials, 700003 with 0x01. */
const OURS = [
  { index: 700001, key: 0, prefix: '02' },
  { index: 700002, key: 1, prefix: '02' },
  { index: 700003, key: 2, prefix: '01' },
];

/** A beacon API validators response holding our validators (the ?id= answer). */
function beaconResponse() {
  return JSON.stringify({
    execution_optimistic: false,
    finalized: true,
    data: OURS.map(({ index, key, prefix }) => ({
      index: String(index),
      balance: '40000000000',
      status: 'active_ongoing',
      validator: {
        pubkey: keys[key].signingPubkey,
        withdrawal_credentials: credentials(prefix),
        effective_balance: '40000000000',
        slashed: false,
        activation_eligibility_epoch: '0',
        activation_epoch: '0',
        exit_epoch: '18446744073709551615',
        withdrawable_epoch: '18446744073709551615',
      },
    })),
  });
}

/** The release page (file://, or the extension's with WW_TARGET=extension), its clock fixed, in a browser preferring `locale`. */
async function openRequests(locale = 'en-US') {
  const context = await browser.newContext({ acceptDownloads: true, locale });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.clock.setFixedTime(new Date(NOW_SECONDS * 1000));
  await page.goto(releasePageUrl);
  await page.getByTestId('use-mnemonic').waitFor();
  const app = new Wallet(page);
  app.errors = errors;
  return app;
}

/**
 * Visible texts that did not come from the catalogue, in the pseudo-locale (every message in
 * ⟦brackets⟧): values (code, LTR islands, options, inputs) are skipped, as in languages.test.mjs.
 */
async function untranslated(page) {
  return page.evaluate(() => {
    const values = 'code, pre, .hex, .mono, bdi, [dir="ltr"], option, script, style, svg, textarea';
    const found = [];
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent.trim();
      const element = walker.currentNode.parentElement;
      if (!text || !element || element.closest(values) || !element.checkVisibility()) continue;
      if (/\[[a-z][a-z0-9_.-]*\]/.test(text)) found.push(`missing message: ${text}`);
      else if (!/[⟦⟧]/.test(text) && /\p{L}{2}/u.test(text)) found.push(text);
    }
    for (const element of document.querySelectorAll('main [aria-label], main [placeholder], main [title]')) {
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

/** Compares a downloaded request file with the package's, field by field, then byte for byte. */
function assertSameFile(downloaded, expected, name) {
  const ours = JSON.parse(downloaded);
  const theirs = JSON.parse(expected.json);
  assert.deepEqual(Object.keys(ours), Object.keys(theirs), `${name}: fields`);
  for (const field of Object.keys(theirs)) {
    assert.deepEqual(ours[field], theirs[field], `${name}: ${field}`);
  }
  assert.equal(downloaded, expected.json, `${name}: bytes`);
}

describe('execution-layer requests from the withdrawal address', () => {
  test('a full exit, a partial withdrawal and a switch to 0x02; a partial withdrawal of 0x01 refused', async () => {
    const app = await openRequests();
    const screen = await app.open('execution-requests');
    await app.screenshot('el-requests-0-empty');
    await screen.chain.choose(CHAIN);
    await screen.pasteValidators(beaconResponse(), 3);
    assert.deepEqual(await screen.listed(), ['700001', '700002', '700003']);

    // The partial withdrawal of a 0x01 validator: the core refuses it, in its row and in the review.
    await screen.choose('700001', 'full_exit');
    await screen.choose('700002', 'partial_withdrawal', { amount: '1.5' });
    await screen.choose('700003', 'partial_withdrawal', { amount: '1' });
    await screen.withdrawalValue.fill(WITHDRAWAL_VALUE);
    assert.equal(await screen.consolidationValue.count(), 0);
    assert.deepEqual(await screen.feeContracts.evaluateAll((codes) => codes.map((c) => c.textContent)), [WITHDRAWAL_CONTRACT]);
    await screen.requestReview();
    await screen.blocked.waitFor();
    const refused = await screen.reviewed();
    assert.equal(refused.length, 3);
    assert.equal(refused[2].validator, '700003');
    assert.equal(refused[2].code, 'withdrawal_partial_not_compounding');
    assert.deepEqual(refused.slice(0, 2).map((row) => row.code), [null, null]);
    const rowError = await screen.rowError('700003');
    assert.equal(rowError.code, 'withdrawal_partial_not_compounding');
    assert.match(rowError.text, /700003/);
    assert.equal(await screen.createButton.isDisabled(), true);
    assert.equal(await screen.review.locator('.ticks').count(), 0);
    await app.screenshot('el-requests-1-refused');

    // The switch to 0x02 instead: the review is dropped, and a consolidation value is asked for.
    await screen.choose('700003', 'switch_to_compounding');
    await screen.review.waitFor({ state: 'detached' });
    assert.equal(await screen.rowError('700003').then((e) => e.code), null);
    await screen.consolidationValue.fill(CONSOLIDATION_VALUE);
    // A value that is not wei: the core's refusal, under the field.
    await screen.withdrawalValue.fill('0.5');
    await screen.requestReview();
    await screen.withdrawalValueError.waitForCode('request_value_invalid');
    assert.equal(await screen.review.count(), 0);
    await screen.withdrawalValue.fill(WITHDRAWAL_VALUE);
    assert.equal(await screen.withdrawalValueError.code(), null);

    await screen.requestReview();
    await screen.review.waitFor();
    await screen.page.locator('[data-testid=execution-review] [data-testid=review-row]').nth(2).waitFor();
    assert.equal(await screen.fact('chain'), CHAIN);
    assert.equal(await screen.fact('chain-id'), '560048');
    assert.deepEqual(await screen.fact('contract'), [WITHDRAWAL_CONTRACT, CONSOLIDATION_CONTRACT]);
    assert.equal(await screen.fact('value', 'withdrawal'), WITHDRAWAL_VALUE);
    assert.equal(await screen.fact('value', 'consolidation'), CONSOLIDATION_VALUE);
    assert.deepEqual(await screen.fact('from'), [ADDRESS]);
    assert.deepEqual(await screen.reviewed(), [
      { kind: 'withdrawal', validator: '700001', target: null, action: 'full_exit', amountGwei: null, from: ADDRESS, code: null },
      { kind: 'withdrawal', validator: '700002', target: null, action: 'partial_withdrawal', amountGwei: '1500000000', from: ADDRESS, code: null },
      { kind: 'consolidation', validator: '700003', target: '700003', action: 'switch_to_compounding', amountGwei: null, from: ADDRESS, code: null },
    ]);
    // Nothing is made until every part is ticked.
    assert.equal(await screen.createButton.isDisabled(), true);
    const ticks = await screen.review.locator('.ticks input[type=checkbox]').all();
    assert.equal(ticks.length, 1 + 2 + 1 + 3);
    for (const box of ticks.slice(0, -1)) await box.check();
    assert.equal(await screen.createButton.isDisabled(), true);
    await ticks.at(-1).check();
    assert.equal(await screen.createButton.isDisabled(), false);
    await app.screenshot('el-requests-2-review');

    await screen.createButton.click();
    await screen.outputs.nth(2).waitFor();
    await app.screenshot('el-requests-3-files');

    // The package, for the same validators (as its own import reader gives them) and second.
    const validators = core.parseValidatorImport(beaconResponse()).validators;
    const withdrawals = core.createWithdrawalRequests({
      chain: CHAIN,
      value: WITHDRAWAL_VALUE,
      timestamp: NOW_SECONDS,
      requests: [
        { validator: validators[0], action: 'full_exit' },
        { validator: validators[1], action: 'partial_withdrawal', amount: '1.5' },
      ],
    });
    const consolidations = core.createConsolidationRequests({
      chain: CHAIN,
      value: CONSOLIDATION_VALUE,
      timestamp: NOW_SECONDS,
      requests: [{ source: validators[2] }],
    });
    const expected = [...withdrawals.requests, ...consolidations.requests];
    assert.deepEqual(expected.map((r) => r.fileName), [
      `withdrawal_request-700001-${NOW_SECONDS}.json`,
      `withdrawal_request-700002-${NOW_SECONDS}.json`,
      `consolidation_request-700003-700003-${NOW_SECONDS}.json`,
    ]);
    assert.deepEqual(await screen.files.names(), expected.map((r) => r.fileName));
    const shown = await screen.shown();
    assert.deepEqual(shown, expected.map((r) => ({
      file: r.fileName,
      validator: r.validatorIndex,
      action: r.action,
      eip681: r.eip681,
      from: ADDRESS,
      qr: true,
    })));
    for (const request of expected) {
      assertSameFile(await screen.files.download(request.fileName), request, request.fileName);
      assert.equal(request.qrText, request.eip681);
    }
    // The notices from their codes, and the fee query of each contract.
    assert.deepEqual(await screen.noticeCodes(), [
      'fee_read_by_empty_call',
      'overpayment_not_refunded',
      'send_from_withdrawal_address',
      'chain_checks_when_processed',
    ]);
    assert.deepEqual(await screen.feeQueries.evaluateAll((codes) => codes.map((c) => c.textContent)), [
      withdrawals.feeQuery.jsonRpc,
      consolidations.feeQuery.jsonRpc,
    ]);
    await screen.nextSteps.waitFor();
    assert.deepEqual(app.errors, []);

    // A change to any input drops the files.
    await screen.consolidationValue.fill('4');
    await screen.outputs.first().waitFor({ state: 'detached' });
    assert.equal(await screen.files.count(), 0);
    await app.close();
  });

  test('a consolidation into a 0x02 target, with its notice that the source exits', async () => {
    const app = await openRequests();
    const screen = await app.open('execution-requests');
    await screen.chain.choose(CHAIN);
    await screen.pasteValidators(beaconResponse(), 3);
    await screen.choose('700002', 'consolidate_source');
    // No target yet: the row says so, and nothing is reviewed.
    await screen.reviewButton.click();
    await screen.waitForRowError('700002');
    assert.equal((await screen.rowError('700002')).code, null);
    assert.equal(await screen.review.count(), 0);
    await screen.choose('700002', 'consolidate_source', { target: '700001' });
    await screen.consolidationValue.fill(CONSOLIDATION_VALUE);
    await screen.create();
    await screen.outputs.first().waitFor();
    const validators = core.parseValidatorImport(beaconResponse()).validators;
    const made = core.createConsolidationRequests({
      chain: CHAIN,
      value: CONSOLIDATION_VALUE,
      timestamp: NOW_SECONDS,
      requests: [{ source: validators[1], target: validators[0] }],
    });
    const [request] = made.requests;
    assert.equal(request.fileName, `consolidation_request-700002-700001-${NOW_SECONDS}.json`);
    assertSameFile(await screen.files.download(request.fileName), request, request.fileName);
    assert.deepEqual(await screen.noticeCodes(), made.notices);
    assert.ok((await screen.noticeCodes()).includes('consolidation_exits_source'));
    await app.screenshot('el-requests-4-consolidation');
    await app.close();
  });

  test('"Find my validators" hands its 0x01 and 0x02 validators to the requests screen', async () => {
    const app = await openRequests();
    await app.loadMnemonic(ABANDON_ART);
    const find = await app.open('find-validators');
    await find.pasteImport(beaconResponse());
    await find.fillKeyCount(4);
    await find.chain.choose(CHAIN);
    await find.find();
    await find.waitForFound();
    const offer = app.page.getByTestId('execution-offer');
    await offer.waitFor();
    await app.screenshot('el-requests-5-find-offer');
    await app.page.getByTestId('go-execution-requests').click();
    await app.page.locator('main[data-screen="execution-requests"]').waitFor();
    const screen = app.executionRequests;
    await screen.fromFind.waitFor();
    assert.deepEqual(await screen.listed(), ['700001', '700002', '700003']);
    // Every row's credentials as found, and a request can be made at once.
    await screen.choose('700001', 'full_exit');
    await screen.withdrawalValue.fill(WITHDRAWAL_VALUE);
    await screen.create();
    await screen.outputs.first().waitFor();
    const validators = core.parseValidatorImport(beaconResponse()).validators;
    const made = core.createWithdrawalRequests({
      chain: CHAIN,
      value: WITHDRAWAL_VALUE,
      timestamp: NOW_SECONDS,
      requests: [{ validator: validators[0], action: 'full_exit' }],
    });
    assertSameFile(await screen.files.download(made.requests[0].fileName), made.requests[0], 'handed over');
    await app.screenshot('el-requests-6-from-find');
    await app.close();
  });

  test('every text from the catalogue (pseudo-locale), and values left to right in Arabic', async () => {
    for (const locale of ['en-XA', 'ar']) {
      const app = await openRequests(locale);
      const { page } = app;
      const problems = [];
      const check = async (step) => {
        if (locale === 'en-XA') {
          for (const text of await untranslated(page)) problems.push(`${step}: ${text}`);
          return;
        }
        const directions = await page.evaluate(() =>
          [...document.querySelectorAll('main code, main .hex, main bdi[dir="ltr"]')]
            .filter((element) => element.checkVisibility())
            .map((element) => getComputedStyle(element).direction));
        assert.ok(directions.every((direction) => direction === 'ltr'), `${step}: ${directions}`);
        assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
      };
      const screen = await app.open('execution-requests');
      await check('empty');
      await screen.chain.choose(CHAIN);
      await screen.pasteValidators(beaconResponse(), 3);
      await screen.choose('700001', 'full_exit');
      await screen.choose('700002', 'partial_withdrawal', { amount: '1.5' });
      await screen.choose('700003', 'partial_withdrawal', { amount: '1' });
      await screen.withdrawalValue.fill(WITHDRAWAL_VALUE);
      await screen.requestReview();
      await screen.blocked.waitFor();
      await check('refused');
      await screen.choose('700003', 'consolidate_source', { target: '700001' });
      await screen.consolidationValue.fill(CONSOLIDATION_VALUE);
      await screen.create();
      await screen.outputs.nth(2).waitFor();
      await check('files');
      await app.screenshot(`el-requests-${locale}`);
      assert.deepEqual(problems, []);
      await app.close();
    }
  });

  test('on a 360 px screen the form, the review and the files fit', async () => {
    const app = await openRequests();
    await app.page.setViewportSize({ width: 360, height: 740 });
    const screen = await app.open('execution-requests');
    await screen.chain.choose(CHAIN);
    await screen.pasteValidators(beaconResponse(), 3);
    await screen.choose('700001', 'full_exit');
    await screen.choose('700003', 'switch_to_compounding');
    await screen.withdrawalValue.fill(WITHDRAWAL_VALUE);
    await screen.consolidationValue.fill(CONSOLIDATION_VALUE);
    await screen.requestReview();
    await screen.review.waitFor();
    // Nothing but the tables' own scroll areas is wider than the screen.
    const overflow = () => app.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok((await overflow()) <= 360, `page width ${await overflow()}`);
    await app.screenshot('el-requests-narrow-review');
    await screen.confirmAll();
    await screen.createButton.click();
    await screen.outputs.nth(1).waitFor();
    assert.ok((await overflow()) <= 360, `page width ${await overflow()}`);
    await app.screenshot('el-requests-narrow-files');
    await app.close();
  });

  test('axe-core finds no WCAG 2.2 AA violation in the form, its refusals, the review and the files', async () => {
    // The page's CSP blocks injected scripts: this scan alone serves the release and bypasses it.
    const server = await serveStatic(releaseDir);
    const app = new Wallet(await openRelease(browser, server, { bypassCSP: true }));
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
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
      const screen = await app.open('execution-requests');
      await scan('empty');
      await screen.chain.choose(CHAIN);
      await screen.pasteValidators(beaconResponse(), 3);
      await screen.choose('700001', 'full_exit');
      await screen.choose('700002', 'consolidate_source');
      await screen.choose('700003', 'partial_withdrawal', { amount: '1' });
      await screen.withdrawalValue.fill(WITHDRAWAL_VALUE);
      await screen.consolidationValue.fill('x');
      await screen.reviewButton.click();
      await screen.waitForRowError('700002');
      await scan('a consolidation without its target');
      await screen.choose('700002', 'consolidate_source', { target: '700001' });
      await screen.requestReview();
      await screen.consolidationValueError.waitForCode('request_value_invalid');
      await scan('a value that is not wei');
      await screen.consolidationValue.fill(CONSOLIDATION_VALUE);
      await screen.requestReview();
      await screen.blocked.waitFor();
      await scan('a review blocked by a refused request');
      await screen.choose('700003', 'switch_to_compounding');
      await screen.create();
      await screen.outputs.nth(2).waitFor();
      await scan('files, URIs, QR codes and next steps');
      await app.page.setViewportSize({ width: 360, height: 800 });
      await scan('files at 360 px');
    } finally {
      await app.close();
      await server.close();
    }
  });
});

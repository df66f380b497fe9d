// WCAG 2.2 AA, checked with axe-core (npm) over every screen and state of the release page:
// the start screen, each tool and journey step, forms with their errors, signing reviews,
// files with next steps and QR codes, and a 360 px screen. Each scan must report no violation.
// The page's CSP blocks injected scripts, so this test alone bypasses it to load axe-core.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { ABANDON_ART, ADDRESS, PASSWORD, jsonFile, vectors } from './fixtures.mjs';
import { launchBrowser, loadCore, openRelease, releaseDir, serveStatic } from './harness.mjs';
import { Wallet } from './pages.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server;
let browser;
let core;
const scanned = [];

before(async () => {
  server = await serveStatic(releaseDir);
  browser = await launchBrowser();
  core = await loadCore();
});

after(async () => {
  await browser?.close();
  await server?.close();
  console.log(`axe-core scans without violations: ${scanned.length} (${scanned.join(', ')})`);
});

const openApp = async () => new Wallet(await openRelease(browser, server, { bypassCSP: true }));

/** Runs axe-core on the page as it is now; fails with each violation's rule, impact and nodes. */
async function scan(app, state) {
  if (!(await app.page.evaluate(() => 'axe' in window))) await app.page.addScriptTag({ path: axePath });
  const violations = await app.page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1).join(' ')}`),
    }));
  }, WCAG);
  assert.deepEqual(violations, [], `${state}: ${JSON.stringify(violations, null, 2)}`);
  scanned.push(state);
}

describe('axe-core finds no WCAG 2.2 AA violation', () => {
  test('start screen, tools without a mnemonic, and a 360 px screen', async () => {
    const app = await openApp();
    await scan(app, 'start');
    for (const flow of ['validator-keys', 'withdrawal-address', 'exits', 'find-validators', 'lookup', 'verify-files', 'top-up', 'builder-deposits', 'ownership-proof', 'execution-requests', 'hand-off']) {
      await app.open(flow);
      await scan(app, `${flow} (no mnemonic)`);
      await app.back();
    }
    const create = await app.open('create-mnemonic');
    await scan(app, 'create-mnemonic: words');
    await create.writtenDown();
    await create.typeBack('abandon');
    await scan(app, 'create-mnemonic: confirm, mismatch');
    await app.back();
    await app.page.setViewportSize({ width: 360, height: 800 });
    await scan(app, 'start at 360 px');
    const use = await app.open('use-mnemonic');
    await use.fill('abandon abandonx');
    await scan(app, 'use-mnemonic with an unknown word at 360 px');
    assert.equal(await app.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no horizontal scroll at 360 px');
    await app.close();
  });

  test('journeys: keys review and files, BLS change review and files, exits, lookup', async () => {
    const app = await openApp();
    const keysForm = await app.startJourney('new-validators');
    await scan(app, 'journey new validators: mnemonic step');
    await app.page.getByTestId('needs-use').click();
    await app.useMnemonic.load(ABANDON_ART);
    await keysForm.fill({ chain: 'hoodi', count: 1, address: ADDRESS.toLowerCase(), password: 'short' });
    await keysForm.requestReview();
    await scan(app, 'validator keys: field errors');
    await keysForm.fill({ address: ADDRESS, password: PASSWORD, kdf: 'pbkdf2' });
    await keysForm.requestReview();
    await scan(app, 'validator keys: signing review');
    await keysForm.review.confirmAll();
    await keysForm.generateButton.click();
    await keysForm.files.waitFor({ timeout: 60_000 });
    await scan(app, 'validator keys: files and next steps');
    await app.back();

    const change = await app.open('withdrawal-address');
    await change.fill({ validatorIndices: ['700001', '700002'], address: ADDRESS });
    await change.deriveCredentials();
    await change.requestReview();
    await scan(app, 'BLS change: review');
    await change.sign();
    await change.files.waitFor({ timeout: 60_000 });
    await change.files.showQr();
    await scan(app, 'BLS change: files, QR codes, next steps');
    await app.back();

    const exits = await app.open('exits');
    await exits.fill({ validatorIndices: '700001', epoch: '1' });
    await exits.requestReview();
    await scan(app, 'exits: review');
    await app.back();

    const lookup = await app.open('lookup');
    await lookup.show(3);
    await lookup.readResult();
    await scan(app, 'lookup: result');
    await app.close();
  });

  test('find my validators and verify files with results', async () => {
    const app = await openApp();
    await app.loadMnemonic(ABANDON_ART);
    const find = await app.open('find-validators');
    const keys = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 2 });
    await find.pasteImport(keys.map((k, i) => `${700001 + i},${k.blsWithdrawalCredentials}`).join('\n'));
    await find.fillKeyCount(4);
    await find.chain.choose('hoodi');
    await find.find();
    await find.waitForFound();
    await scan(app, 'find: found table');
    await app.back();

    const verify = await app.open('verify-files');
    const { vectors: all } = await vectors('deposit_cli_vectors.json');
    const vector = all.find((v) => v.name === 'mainnet_first_0_count_2_eth1_true');
    await verify.choose(jsonFile('deposit_data-1.json', JSON.stringify(vector.deposit_data)));
    await verify.chain.choose('holesky');
    await verify.check();
    await verify.waitForVerification({ timeout: 60_000 });
    await scan(app, 'verify: result with a chain warning');
    await app.close();
  });
});

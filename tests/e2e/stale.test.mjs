// No result outlives a change to its inputs: in every flow, once a review or files are shown,
// changing an input they depend on (chain, address, indices, amount, password, epoch, key
// count, the file) takes them off the page; what the form then makes is the new request's.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ABANDON_ART, ADDRESS, OTHER_ADDRESS, PASSWORD, jsonFile, vectors } from './fixtures.mjs';
import { launchBrowser, loadCore, openRelease, releaseDir, serveStatic } from './harness.mjs';
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

async function openLoaded() {
  const app = new Wallet(await openRelease(browser, server));
  await app.loadMnemonic(ABANDON_ART);
  return app;
}

/** Waits until neither a signing review nor a file list is on the page. */
async function gone(app) {
  await app.page.locator('[data-testid=signing-review], [data-testid=files]').first().waitFor({ state: 'detached' });
}

test('validator keys: a new address, amount, count or password drops the review and the files', async () => {
  const app = await openLoaded();
  const form = await app.open('validator-keys');
  await form.fill({ chain: 'hoodi', count: 1, address: ADDRESS, password: PASSWORD, kdf: 'pbkdf2' });
  await form.generate();
  await form.files.waitFor({ timeout: 60_000 });
  await form.fill({ address: OTHER_ADDRESS });
  await gone(app);
  for (const change of [{ amount: '33' }, { count: 2 }, { password: `${PASSWORD}!` }]) {
    await form.fill({ address: ADDRESS, amount: '32', count: 1, password: PASSWORD });
    await form.requestReview();
    await form.review.waitFor();
    await form.fill(change);
    await gone(app);
  }
  // Signed again, the files are the new request's.
  await form.fill({ address: OTHER_ADDRESS });
  await form.generate();
  await form.files.waitFor({ timeout: 60_000 });
  const deposit = JSON.parse(await form.files.downloadStartingWith('deposit_data'));
  assert.match(deposit[0].withdrawal_credentials, new RegExp(`${OTHER_ADDRESS.slice(2).toLowerCase()}$`));
  await app.close();
});

test('BLS change: another chain, validator index or address drops the review and the files', async () => {
  const app = await openLoaded();
  const form = await app.open('withdrawal-address');
  await form.fill({ chain: 'hoodi', validatorIndices: ['700001'], address: ADDRESS });
  await form.deriveCredentials();
  await form.requestReview();
  await form.sign();
  await form.files.waitFor({ timeout: 60_000 });
  await form.fill({ chain: 'holesky' });
  await gone(app);
  await form.requestReview();
  await form.fill({ validatorIndices: ['700002'] });
  await gone(app);
  await form.requestReview();
  await form.fill({ address: OTHER_ADDRESS });
  await gone(app);
  assert.equal(await app.header.chain.textContent(), 'Chain: holesky');
  await app.close();
});

test('exits: another epoch or validator drops the review and the files', async () => {
  const app = await openLoaded();
  const exits = await app.open('exits');
  await exits.fill({ chain: 'hoodi', validatorIndices: '700001', epoch: '10' });
  await exits.sign();
  await exits.files.waitFor({ timeout: 60_000 });
  await exits.fill({ epoch: '11' });
  await gone(app);
  await exits.requestReview();
  await exits.fill({ validatorIndices: '700002' });
  await gone(app);
  await app.close();
});

test('find my validators and verify files: another key count, import or chain drops the results', async () => {
  const app = await openLoaded();
  const find = await app.open('find-validators');
  const [key] = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 1 });
  await find.pasteImport(`700001,${key.blsWithdrawalCredentials}`);
  await find.fillKeyCount(2);
  await find.find();
  await find.waitForFound();
  await find.fillKeyCount(3);
  await find.foundTable.waitFor({ state: 'detached' });
  await find.find();
  await find.waitForFound();
  await find.chooseImport({ name: 'validators.csv', mimeType: 'text/csv', buffer: Buffer.from(`700002,${key.blsWithdrawalCredentials}`) });
  await find.foundTable.waitFor({ state: 'detached' });
  await app.back();

  const verify = await app.open('verify-files');
  const { vectors: all } = await vectors('deposit_cli_vectors.json');
  const vector = all.find((v) => v.name === 'mainnet_first_0_count_2_eth1_true');
  await verify.choose(jsonFile('deposit_data-1.json', JSON.stringify(vector.deposit_data)));
  await verify.chain.choose('mainnet');
  await verify.check();
  await verify.waitForVerification({ timeout: 60_000 });
  await verify.chain.choose('hoodi');
  await app.page.getByTestId('reports').waitFor({ state: 'detached' });
  await app.close();
});

// Handing signing keys to a signer (#19), walked from the release page as an operator would:
// keystores made on the keys page go straight to "Hand keys to a signer"; the review lists each
// key; the keymanager import waits for "I understand this file contains the keystore
// passwords", then is byte for byte what the package's createSignerHandOff makes for the same
// request, with its curl command. A Vault upload bundle, downloaded as a zip, holds the script,
// the plan, the keystores and one hashicorp config per key. Refusals come back as data: a
// withdrawal key's keystore, a host with a scheme. A change of input drops review and files.
// The key-budget plan on the keys page. Screenshots: tests/e2e/artifacts/hand-off-*.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ABANDON_ART, ADDRESS, PASSWORD, TEST_JUNK, jsonFile } from './fixtures.mjs';
import { launchBrowser, loadCore, releasePageUrl, zipEntry, zipNames } from './harness.mjs';
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

const NOW = new Date('2026-11-30T12:00:00Z');
const TIMESTAMP = NOW.getTime() / 1000;
const HOODI_ROOT = '0x212f13fc4df078b6cb7db228f1c8307566dcecf900867401a92023d7ba99cb5f';

async function openApp() {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  await page.goto(releasePageUrl);
  await page.getByTestId('journey-withdrawal-address').waitFor();
  return new Wallet(page);
}

/** Two PBKDF2 keystores of ABANDON_ART on hoodi, made on the keys page; returns their texts. */
async function makeKeys(app) {
  await app.loadMnemonic(ABANDON_ART);
  const keys = await app.open('validator-keys');
  await keys.fill({ chain: 'hoodi', count: 2, address: ADDRESS, password: PASSWORD, kdf: 'pbkdf2' });
  await keys.generate();
  await keys.files.waitFor({ timeout: 60_000 });
  const names = (await keys.files.names()).filter((name) => name.startsWith('keystore-'));
  const texts = [];
  for (const name of names) texts.push({ name, text: await keys.files.download(name) });
  return { keys, keystores: texts };
}

test('keystores just made go to the keymanager import: reviewed, acknowledged, the package\'s bytes, with its curl command', async () => {
  const app = await openApp();
  const { keystores } = await makeKeys(app);
  await app.page.getByTestId('keys-hand-off').click();
  await app.page.locator('main[data-screen="hand-off"]').waitFor();
  const form = app.handOff;
  await form.fromKeys.waitFor();
  await form.password.fill(PASSWORD);
  await form.requestReview();
  assert.equal(await form.rows.count(), 2);
  assert.match(await form.reviewPanel.textContent(), /2 signing keys for hoodi/);
  const shown = await form.reviewPanel.locator('code[data-value]').evaluateAll((codes) => codes.map((code) => code.dataset.value));
  assert.deepEqual(shown, [HOODI_ROOT, ...keystores.map(({ text }) => `0x${JSON.parse(text).pubkey}`)]);
  // The file with the passwords waits for the acknowledgement.
  await form.passwordsWarning.waitFor();
  assert.equal(await form.makeButton.isEnabled(), false);
  await app.screenshot('hand-off-keymanager-review');
  await form.passwordsAck.check();
  await form.makeButton.click();
  await form.files.waitFor({ timeout: 60_000 });
  assert.deepEqual(await form.files.names(), [`keymanager_import-${TIMESTAMP}.json`, `slashing_protection-${TIMESTAMP}.json`]);
  const body = await form.files.download(`keymanager_import-${TIMESTAMP}.json`);
  const parsed = JSON.parse(body);
  assert.deepEqual(parsed.keystores, keystores.map(({ text }) => text));
  assert.deepEqual(parsed.passwords, [PASSWORD, PASSWORD]);
  const interchange = JSON.parse(parsed.slashing_protection);
  assert.deepEqual(interchange.metadata, { interchange_format_version: '5', genesis_validators_root: HOODI_ROOT });
  assert.deepEqual(interchange.data.map((entry) => [entry.signed_blocks, entry.signed_attestations]), [[[], []], [[], []]]);
  const expected = core.createSignerHandOff({
    keystores: keystores.map(({ text }) => text),
    password: PASSWORD,
    chain: 'hoodi',
    destination: { kind: 'keymanager_api', acknowledgePasswordsInFile: true },
    timestamp: TIMESTAMP,
  });
  assert.equal(body, expected.files[0].json, 'byte for byte the package\'s');
  const curl = await form.curl.textContent();
  assert.equal(curl, expected.curlCommand);
  assert.match(curl, /Authorization: Bearer <token>/);
  await app.screenshot('hand-off-keymanager-files');
  // Another destination drops the files at once.
  await app.page.getByTestId('destination-web3signer').check();
  assert.equal(await form.files.count(), 0);
  await app.close();
});

test('a Vault upload bundle: stored-as paths in the review, one zip with script, plan, keystores and hashicorp configs', async () => {
  const app = await openApp();
  const { keystores } = await makeKeys(app);
  await app.back();
  const form = await app.open('hand-off');
  await form.chain.choose('hoodi');
  await form.chooseKeystores(keystores.map(({ name, text }) => jsonFile(name, text)));
  await form.password.fill(PASSWORD);
  await form.chooseDestination('vault', { host: 'https://vault.internal', folder: 'web3signer/batch-1' });
  await form.requestReview();
  await form.job.waitForError({ code: 'signer_host_invalid' });
  await form.chooseDestination('vault', { host: 'vault.internal' });
  await form.requestReview();
  const pubkeys = keystores.map(({ text }) => `0x${JSON.parse(text).pubkey}`);
  const review = await form.reviewPanel.textContent();
  for (const pubkey of pubkeys) assert.ok(review.includes(`web3signer/batch-1/${pubkey}`));
  await app.screenshot('hand-off-vault-review');
  await form.makeButton.click();
  await form.files.waitFor({ timeout: 60_000 });
  const download = await form.files.downloadAll();
  assert.equal(download.suggestedFilename(), 'upload_bundle.zip');
  const zip = await download.path();
  const names = zipNames(zip);
  assert.ok(names.includes('upload_bundle/upload_keys.py'));
  assert.ok(names.includes('upload_bundle/upload-plan.json'));
  for (const pubkey of pubkeys) {
    const config = zipEntry(zip, `upload_bundle/web3signer/${pubkey}.yaml`).toString();
    assert.match(config, /^type: "hashicorp"$/m);
    assert.ok(config.includes(`keyPath: "/v1/secret/data/web3signer/batch-1/${pubkey}"`));
    assert.match(config, /token: "REPLACE_WITH_VAULT_TOKEN"/);
  }
  const plan = JSON.parse(zipEntry(zip, 'upload_bundle/upload-plan.json'));
  assert.deepEqual(plan.keys.map((key) => key.destination), pubkeys.map((pubkey) => `web3signer/batch-1/${pubkey}`));
  assert.equal(names.filter((name) => name.startsWith('upload_bundle/keys/')).length, 2);
  await app.page.getByTestId('next-upload').waitFor();
  await app.screenshot('hand-off-vault-files');
  await app.close();
});

test('a withdrawal key\'s keystore is refused before it is opened; a wrong password names the field', async () => {
  const app = await openApp();
  const { keystores } = await makeKeys(app);
  await app.back();
  const form = await app.open('hand-off');
  await form.chain.choose('hoodi');
  const withdrawal = JSON.parse(keystores[1].text);
  withdrawal.path = 'm/12381/3600/1/0';
  await form.chooseKeystores([jsonFile(keystores[0].name, keystores[0].text), jsonFile('withdrawal.json', JSON.stringify(withdrawal))]);
  await form.password.fill(PASSWORD);
  await form.chooseDestination('web3signer');
  await form.requestReview();
  await form.job.waitForError({ code: 'hand_off_withdrawal_key' });
  assert.match(await form.job.error.textContent(), /withdrawal keys stay offline/);
  await app.screenshot('hand-off-withdrawal-key-refused');
  await form.chooseKeystores([jsonFile(keystores[0].name, keystores[0].text)]);
  await form.password.fill('not the password');
  await form.requestReview();
  await form.makeButton.click();
  await form.job.waitForError({ code: 'keystore_wrong_password', timeout: 60_000 });
  assert.equal(await form.files.count(), 0);
  await app.close();
});

test('the key-budget plan: mnemonics, index ranges and labels, followed batch by batch across mnemonics, each zip named after its batch', async () => {
  const app = await openApp();
  await app.loadMnemonic(ABANDON_ART);
  let keys = await app.open('validator-keys');
  await keys.fill({ chain: 'hoodi', startIndex: 1, count: 7, budget: 3, address: ADDRESS, password: PASSWORD, kdf: 'pbkdf2' });
  const rows = app.page.getByTestId('budget-batch');
  await rows.first().waitFor();
  const table = await rows.allTextContents();
  assert.equal(table.length, 3);
  assert.match(table[0], /1–2.*mnemonic-1_keys-1-2/);
  assert.match(table[1], /0–2.*mnemonic-2_keys-0-2/);
  assert.match(table[2], /0–1.*mnemonic-3_keys-0-1/);
  await app.screenshot('hand-off-budget-plan');
  await app.page.getByTestId('budget-first-batch').click();
  assert.equal(await keys.count.inputValue(), '2');
  // 1 + 2 keys fit the budget: the warning and its plan table are gone.
  assert.equal(await rows.count(), 0);
  await keys.generate();
  await keys.files.waitFor({ timeout: 60_000 });
  assert.equal((await keys.files.downloadAll()).suggestedFilename(), 'mnemonic-1_keys-1-2-validator_keys.zip');
  // The plan moves on to the next mnemonic's batch, and stays across a change of mnemonic.
  const next = app.page.getByTestId('plan-next');
  await next.filter({ hasText: 'mnemonic-2_keys-0-2' }).waitFor();
  await app.back();
  await app.loadMnemonic(TEST_JUNK);
  keys = await app.open('validator-keys');
  await next.filter({ hasText: 'mnemonic 2 of 3' }).waitFor();
  await app.page.getByTestId('plan-use').click();
  assert.equal(await keys.startIndex.inputValue(), '0');
  assert.equal(await keys.count.inputValue(), '3');
  await keys.fill({ chain: 'hoodi', address: ADDRESS, password: PASSWORD, kdf: 'pbkdf2' });
  await app.screenshot('hand-off-budget-plan-next');
  await keys.generate();
  await keys.files.waitFor({ timeout: 60_000 });
  assert.equal((await keys.files.downloadAll()).suggestedFilename(), 'mnemonic-2_keys-0-2-validator_keys.zip');
  await next.filter({ hasText: 'mnemonic-3_keys-0-1' }).waitFor();
  await app.close();
});

// The guided journeys, walked end to end from file:// as a staker would: the start screen's
// question, the stepper at each step, the mnemonic step returning to the journey, the signing
// review (chain, address, every validator) before the sign button works, the files, and the
// next steps. A screenshot per step goes to tests/e2e/artifacts/journey-*.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ABANDON_ART, ADDRESS, PASSWORD, jsonFile, vectors } from './fixtures.mjs';
import { launchBrowser, loadCore, releasePageUrl } from './harness.mjs';
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

/** The release page (file://, or the extension's with WW_TARGET=extension), on its start screen. */
async function openFromFile() {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(releasePageUrl);
  await page.getByTestId('journey-withdrawal-address').waitFor();
  return new Wallet(page);
}

test('journey "Set my withdrawal address": mnemonic, validators, review, sign, files and next steps', async () => {
  const app = await openFromFile();
  assert.equal(await app.header.chain.textContent(), 'Chain: not chosen yet');
  await app.screenshot('journey-0-start');
  const form = await app.startJourney('withdrawal-address');
  // Step 1: no mnemonic yet.
  await app.stepper.waitForStep('mnemonic');
  assert.deepEqual(await app.stepper.labels(), ['1 Your mnemonic', '2 Your validators', '3 Review and sign', '4 Files and next steps']);
  await form.needsMnemonic.waitFor();
  await app.screenshot('journey-1-mnemonic');
  await app.page.getByTestId('needs-use').click();
  await app.useMnemonic.load(ABANDON_ART);
  // Back on the journey, not on the menu; focus on the screen's heading.
  await app.page.locator('main[data-screen="withdrawal-address"]').waitFor();
  await app.stepper.waitForStep('details');
  assert.equal(await app.page.evaluate(() => document.activeElement?.id), 'change-title');
  // Step 2: the chain once for the visit, the validators, their credentials from the mnemonic.
  await form.fill({ chain: 'hoodi', validatorIndices: ['700001', '700002'], address: ADDRESS });
  assert.equal(await app.header.chain.textContent(), 'Chain: hoodi');
  await form.deriveCredentials();
  const keys = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 2 });
  assert.equal(await form.credentials.inputValue(), keys.map((k) => k.blsWithdrawalCredentials).join('\n'));
  await app.screenshot('journey-2-validators');
  // Step 3: the review shows the chain, its root, the address and every validator.
  await form.requestReview();
  await app.stepper.waitForStep('review');
  assert.equal(await form.review.fact('chain'), 'hoodi');
  assert.equal(await form.review.fact('address'), ADDRESS);
  assert.equal(await form.review.fact('root'), '0x212f13fc4df078b6cb7db228f1c8307566dcecf900867401a92023d7ba99cb5f');
  assert.deepEqual(await form.review.reviewedRows(), [
    ['700001', '0', keys[0].withdrawalPubkey],
    ['700002', '1', keys[1].withdrawalPubkey],
  ]);
  assert.equal(await form.signButton.isDisabled(), true);
  await form.review.typeEnding('abcdef');
  await form.review.endingError.waitForCode('address_ending_mismatch');
  assert.equal(await form.signButton.isDisabled(), true);
  await app.screenshot('journey-3-review');
  // Step 4: signed, the same summary printed with the files and what to do next.
  await form.sign();
  await form.files.waitFor({ timeout: 60_000 });
  await app.stepper.waitForStep('files');
  await app.page.getByTestId('signing-summary').waitFor();
  await app.page.getByTestId('next-bls-change').waitFor();
  const name = await form.files.nameStartingWith('bls_to_execution_change-');
  assert.match(await app.page.getByTestId('next-bls-change').textContent(), new RegExp(`-d @${name} http://localhost:5052/eth/v1/beacon/pool/bls_to_execution_changes`));
  const change = JSON.parse(await form.files.download(name));
  const expected = JSON.parse(core.createBlsToExecutionChanges({
    mnemonic: ABANDON_ART, chain: 'hoodi', startIndex: 0, validatorIndices: ['700001', '700002'],
    blsWithdrawalCredentials: keys.map((k) => k.blsWithdrawalCredentials), executionAddress: ADDRESS,
  }).json);
  const signed = (entries) => entries.map(({ message, signature }) => ({ message, signature }));
  assert.deepEqual(signed(change), signed(expected));
  await app.screenshot('journey-4-files');
  await app.close();
});

test('journey "Make keys for new validators": review of every key and the amount, then keystores, deposit data and the Launchpad', async () => {
  const app = await openFromFile();
  const form = await app.startJourney('new-validators');
  await app.page.getByTestId('needs-use').click();
  await app.useMnemonic.load(ABANDON_ART);
  await app.stepper.waitForStep('details');
  await form.fill({ chain: 'hoodi', count: 2, credentials: 'compounding', amount: '40.5', address: ADDRESS, password: PASSWORD, kdf: 'pbkdf2' });
  await form.requestReview();
  await app.stepper.waitForStep('review');
  const keys = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 2 });
  assert.equal(await form.review.fact('amount'), '40.5 ETH');
  assert.equal(await form.review.fact('address'), ADDRESS);
  assert.deepEqual(await form.review.reviewedRows(), [[null, '0', keys[0].signingPubkey], [null, '1', keys[1].signingPubkey]]);
  // Not every part ticked: still no signing.
  await app.page.getByTestId('confirm-chain').check();
  assert.equal(await form.generateButton.isDisabled(), true);
  await app.screenshot('journey-new-validators-review');
  await form.review.confirmAll();
  await form.generateButton.click();
  await form.files.waitFor({ timeout: 60_000 });
  await app.stepper.waitForStep('files');
  assert.match(await app.page.getByTestId('next-deposit').textContent(), /https:\/\/hoodi\.launchpad\.ethereum\.org\//);
  await app.page.getByTestId('next-keystores').waitFor();
  const deposit = JSON.parse(await form.files.downloadStartingWith('deposit_data'));
  assert.deepEqual(deposit.map((d) => [d.pubkey, d.amount]), keys.map((k) => [k.signingPubkey.slice(2), 40500000000]));
  await app.screenshot('journey-new-validators-files');
  await app.close();
});

test('journey "Exit validators" from a keystore: the keystore\'s key, the validator and the epoch reviewed, then the exit', async () => {
  const app = await openFromFile();
  const form = await app.startJourney('exits');
  // A keystore needs no mnemonic: the journey starts at its details.
  await form.useKeystore();
  await app.stepper.waitForStep('details');
  const [keystore] = core.createKeystores({ mnemonic: ABANDON_ART, startIndex: 0, count: 1, password: PASSWORD, kdf: 'pbkdf2', timestamp: 1 });
  await form.chooseKeystore(jsonFile(keystore.fileName, keystore.json));
  assert.match(await form.keystoreStatus.textContent(), new RegExp(`✓ ${keystore.fileName} read`));
  await form.fill({ chain: 'hoodi', keystorePassword: PASSWORD, validatorIndices: '700001', epoch: '1024' });
  await form.requestReview();
  await app.stepper.waitForStep('review');
  const [key] = core.deriveValidatorKeys({ mnemonic: ABANDON_ART, startIndex: 0, count: 1 });
  assert.deepEqual(await form.review.reviewedRows(), [['700001', null, key.signingPubkey]]);
  assert.equal(await form.review.fact('epoch'), '1024');
  await app.screenshot('journey-exits-review');
  await form.review.confirmAll();
  await form.signButton.click();
  await form.files.waitFor({ timeout: 60_000 });
  await app.page.getByTestId('next-exits').waitFor();
  const exit = JSON.parse(await form.files.downloadStartingWith('signed_exit_transaction-'));
  assert.deepEqual(exit.message, { epoch: '1024', validator_index: '700001' });
  await app.screenshot('journey-exits-files');
  await app.close();
});

test('journey "Check a file": a deposit-cli file read back with its network, keys and address', async () => {
  const app = await openFromFile();
  const verify = await app.startJourney('check-file');
  await app.stepper.waitForStep('details');
  const { vectors: all } = await vectors('deposit_cli_vectors.json');
  const vector = all.find((v) => v.name === 'mainnet_first_0_count_2_eth1_true');
  await verify.choose(jsonFile('deposit_data-1.json', JSON.stringify(vector.deposit_data)));
  await verify.waitForKind('Deposit data.');
  await verify.chain.choose('mainnet');
  await verify.check();
  await verify.waitForVerification({ timeout: 60_000 });
  await app.stepper.waitForStep('files');
  assert.equal(await verify.network.getAttribute('data-chain'), 'mainnet');
  const entries = await verify.entries();
  assert.deepEqual(entries.map((e) => [e.ok, e.pubkey]), vector.deposit_data.map((d) => [true, `0x${d.pubkey}`]));
  await app.screenshot('journey-check-file');
  await app.close();
});

// Page objects for the release page: one class per screen, and the pieces several screens
// share (chain picker, file list, job progress, field errors). Each offers what a user does
// (fill, choose, click) and what the tests read (text, codes, rows, file names, downloads),
// by the data-testid values of www/src. Waits are on what the page shows, never on time.
import { downloadText, screenshot } from './harness.mjs';

/** The start screen's flow cards, by data-testid, in the order the page shows them. */
export const FLOWS = [
  'create-mnemonic',
  'use-mnemonic',
  'validator-keys',
  'withdrawal-address',
  'ownership-proof',
  'exits',
  'verify-files',
  'find-validators',
  'hand-off',
  'lookup',
  'top-up',
  'builder-deposits',
  'execution-requests',
];

// ---- shared pieces ---------------------------------------------------------------------

/** The inline error under a field: `<id>-error`, with the core's code in data-code. */
export class FieldError {
  constructor(page, id) {
    this.page = page;
    this.id = id;
    this.locator = page.getByTestId(`${id}-error`);
  }

  text() {
    return this.locator.textContent();
  }

  /** The error's code, or null while the field has none. */
  code() {
    return this.locator.getAttribute('data-code');
  }

  /** Waits until the field shows the error `code`. */
  async waitForCode(code, options) {
    await this.page.locator(`[data-testid="${this.id}-error"][data-code="${code}"]`).waitFor(options);
  }
}

/** The chain picker: a built-in chain, or "custom chain…" with its four fields. */
export class ChainPicker {
  constructor(page) {
    this.select = page.getByTestId('chain');
    this.customName = page.getByTestId('custom-name');
    this.genesisForkVersion = page.getByTestId('custom-genesis-fork');
    this.capellaForkVersion = page.getByTestId('custom-capella-fork');
    this.genesisValidatorsRoot = page.getByTestId('custom-root');
    this.error = new FieldError(page, 'chain');
  }

  async choose(name) {
    await this.select.selectOption(name);
  }

  selected() {
    return this.select.inputValue();
  }

  /** Chooses a custom chain and types its values (the root may be left out). */
  async chooseCustom({ name, genesisForkVersion, capellaForkVersion, genesisValidatorsRoot = '' }) {
    await this.select.selectOption('custom');
    await this.customName.fill(name);
    await this.genesisForkVersion.fill(genesisForkVersion);
    await this.capellaForkVersion.fill(capellaForkVersion);
    await this.genesisValidatorsRoot.fill(genesisValidatorsRoot);
  }
}

/** A job's progress (bar, text, Cancel), its failure (job-error, with data-code) or its cancellation. */
export class JobProgress {
  constructor(page) {
    this.page = page;
    this.progress = page.getByTestId('progress');
    this.bar = page.getByTestId('progress-bar');
    this.text = page.getByTestId('progress-text');
    this.cancelButton = page.getByTestId('cancel');
    this.cancelled = page.getByTestId('cancelled');
    this.error = page.getByTestId('job-error');
  }

  async cancel() {
    await this.cancelButton.click();
    await this.cancelled.waitFor();
  }

  /** The bar's value (work done so far). */
  async value() {
    return Number(await this.bar.getAttribute('value'));
  }

  /** Waits until the bar's value is at least `least`. */
  async waitForValueAtLeast(least, options) {
    await this.page.waitForFunction(
      (v) => Number(document.querySelector('[data-testid=progress-bar]')?.value) >= v,
      least,
      options,
    );
  }

  /** Waits until the bar's value is more than `than`. */
  async waitForValueAbove(than, options) {
    await this.page.waitForFunction(
      (v) => Number(document.querySelector('[data-testid=progress-bar]')?.value) > v,
      than,
      options,
    );
  }

  errorText() {
    return this.error.textContent();
  }

  errorCode() {
    return this.error.getAttribute('data-code');
  }

  /** Waits for the job's failure; with `code`, for that failure. */
  async waitForError({ code, timeout } = {}) {
    const error = code ? this.page.locator(`[data-testid=job-error][data-code="${code}"]`) : this.error;
    await error.waitFor({ timeout });
  }
}

/** The verified files a job produced: one download each, Download all (a zip), QR codes. */
export class FileList {
  constructor(page) {
    this.page = page;
    this.list = page.getByTestId('files');
    this.downloads = page.getByTestId('download');
    this.downloadAllButton = page.getByTestId('download-all');
    this.web3signer = page.getByTestId('web3signer');
    this.showQrButton = page.getByTestId('show-qr');
    this.qrCodes = page.locator('[data-testid=qr-codes] svg');
  }

  /** Waits until the files are offered (long jobs: pass a timeout). */
  async waitFor(options) {
    await this.list.first().waitFor(options);
  }

  /** How many file lists the screen shows (0 before a job finishes). */
  count() {
    return this.list.count();
  }

  /** Every offered file's name, in order. */
  names() {
    return this.downloads.evaluateAll((buttons) => buttons.map((b) => b.dataset.file));
  }

  /** The name of the first file whose name starts with `prefix`. */
  nameStartingWith(prefix) {
    return this.page.locator(`[data-testid=download][data-file^="${prefix}"]`).first().getAttribute('data-file');
  }

  /** Downloads `fileName` and returns its text. */
  download(fileName) {
    return downloadText(this.page, fileName);
  }

  /** Downloads the first file whose name starts with `prefix` and returns its text. */
  async downloadStartingWith(prefix) {
    return this.download(await this.nameStartingWith(prefix));
  }

  /** Clicks "Download all" (with the Web3Signer configs if asked) and returns the Download. */
  async downloadAll({ web3signer = false } = {}) {
    if (web3signer) await this.web3signer.check();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadAllButton.click()]);
    return download;
  }

  async showQr() {
    await this.showQrButton.click();
    await this.page.getByTestId('qr-codes').waitFor();
  }
}

/**
 * The signing review(s) a screen shows before its sign button: what will be signed (chain,
 * destination address, validators, amount, epoch), confirmed by retyping the address's last
 * six characters or by ticking each part.
 */
export class SigningReviewPanel {
  constructor(page) {
    this.page = page;
    this.panels = page.getByTestId('signing-review');
    this.summary = page.getByTestId('signing-summary');
    this.rows = page.locator('[data-testid=signing-review] [data-testid=review-row]');
    this.blocked = page.getByTestId('review-blocked');
    this.endingError = new FieldError(page, 'confirm-ending');
  }

  async waitFor(options) {
    await this.panels.first().waitFor(options);
  }

  /** A fact of the first review: "chain", "address", "amount", "epoch", "count", "root". */
  async fact(name) {
    const cell = this.panels.first().getByTestId(`review-${name}`);
    return (await cell.getAttribute('data-value')) ?? cell.textContent();
  }

  /** Each reviewed validator as [validator index or null, key index or null, pubkey]. */
  reviewedRows() {
    return this.rows.evaluateAll((trs) => trs.map((tr) => [
      tr.dataset.validator ?? null,
      tr.dataset.key ?? null,
      tr.querySelector('code[data-value]')?.dataset.value,
    ]));
  }

  /** Types the destination address's last six characters into the review asking for them. */
  async typeEnding(text) {
    const address = await this.panels.getByTestId('review-address').first().getAttribute('data-value');
    await this.page.getByTestId('confirm-ending').fill(text ?? address.slice(-6));
  }

  /** Confirms every review on the screen: the address's ending where asked, every tick box. */
  async confirmAll() {
    await this.waitFor();
    if (await this.page.getByTestId('confirm-ending').count()) await this.typeEnding();
    for (const box of await this.panels.locator('.ticks input[type=checkbox]').all()) await box.check();
  }
}

/**
 * Clicks `button` and waits for what the page does about it: a signing review, the core's
 * refusal (a job error, a field error with its code, the form's own error), or `more`.
 */
async function clickAndSettle(page, button, more = []) {
  await button.click();
  const outcomes = ['[data-testid=signing-review]', '[data-testid=job-error]', '.field-error[data-code]', ...more];
  await page.locator(outcomes.join(', ')).first().waitFor();
}

/** The acknowledgement a published test mnemonic needs on a chain of real value. */
class PublicMnemonicAck {
  constructor(page) {
    this.box = page.getByTestId('public-ack');
  }

  async acknowledge() {
    await this.box.check();
  }
}

/** A journey's stepper: which step the screen is at ("mnemonic", "details", "review", "files"). */
export class Stepper {
  constructor(page) {
    this.page = page;
    this.nav = page.getByTestId('stepper');
    this.current = page.locator('[data-testid=stepper] li[aria-current=step]');
  }

  /** Waits until the stepper marks `step` as the current one. */
  async waitForStep(step) {
    await this.page.locator(`[data-testid=stepper] li[aria-current=step][data-step="${step}"]`).waitFor();
  }

  /** The steps' labels, in order. */
  labels() {
    return this.nav.locator('li').allTextContents();
  }
}

// ---- the screens ----------------------------------------------------------------------

/** The header (session, Clear, where the page came from) and the way back to the start. */
export class Header {
  constructor(page) {
    this.session = page.getByTestId('session');
    this.clearButton = page.getByTestId('clear');
    this.origin = page.getByTestId('origin');
    this.onlineBanner = page.getByTestId('online-banner');
    this.chain = page.getByTestId('header-chain');
    this.backButton = page.getByTestId('back');
  }

  sessionText() {
    return this.session.textContent();
  }

  originText() {
    return this.origin.textContent();
  }

  /** Forgets the mnemonic (back to the start screen). */
  async clear() {
    await this.clearButton.click();
  }

  /** "← All tasks": back to the start screen. */
  async back() {
    await this.backButton.click();
  }
}

/** The start screen: one card per flow. */
export class StartScreen {
  constructor(page) {
    this.page = page;
  }

  card(flow) {
    return this.page.locator(`nav.flows [data-testid="${flow}"]`);
  }

  /** Waits until the start screen shows. */
  async waitFor() {
    await this.card('use-mnemonic').waitFor();
  }

  /** Clicks the card of `flow` (one of FLOWS). */
  async open(flow) {
    if (!FLOWS.includes(flow)) throw new Error(`no flow card ${flow}`);
    await this.card(flow).click();
  }
}

/** Flow 1: 24 new words, typed back, then an optional passphrase. */
export class CreateMnemonicScreen {
  constructor(page) {
    this.page = page;
    this.language = page.getByTestId('language');
    /** The page's error line (a refused generation). */
    this.error = page.getByTestId('create-error');
    this.warning = page.locator('.card .warning');
    this.words = page.locator('[data-testid=words] li');
    this.writtenDownButton = page.getByTestId('written-down');
    this.confirmPhrase = page.getByTestId('confirm-phrase');
    this.confirmPhraseError = page.getByTestId('confirm-phrase-error');
    this.confirmButton = page.getByTestId('confirm');
    this.confirmed = page.getByTestId('confirmed');
    this.passphrase = page.getByTestId('passphrase');
    this.passphraseAgain = page.getByTestId('passphrase-again');
    this.passphraseAgainError = new FieldError(page, 'passphrase-again');
    this.useButton = page.locator('section.card [data-testid=use-mnemonic]');
  }

  /** Waits until the page's error line has text. */
  async waitForError() {
    await this.error.filter({ hasText: /\S/ }).waitFor();
  }

  async chooseLanguage(name) {
    await this.language.selectOption(name);
  }

  /** The words shown, in order. */
  shownWords() {
    return this.words.allTextContents();
  }

  async writtenDown() {
    await this.writtenDownButton.click();
    await this.confirmPhrase.waitFor();
  }

  async typeBack(phrase) {
    await this.confirmPhrase.fill(phrase);
  }

  async confirm() {
    await this.confirmButton.click();
    await this.confirmed.waitFor();
  }

  async setPassphrase(passphrase, again = passphrase) {
    await this.passphrase.fill(passphrase);
    await this.passphraseAgain.fill(again);
  }

  /** "Use this mnemonic": the session holds it and the start screen shows. */
  async use() {
    await this.useButton.click();
    await this.page.getByTestId('session').waitFor();
  }
}

/** Flow 2: an existing mnemonic, checked word by word. */
export class UseMnemonicScreen {
  constructor(page) {
    this.page = page;
    this.mnemonic = page.getByTestId('mnemonic');
    this.mnemonicError = new FieldError(page, 'mnemonic');
    this.revealButton = page.getByTestId('reveal');
    this.language = page.getByTestId('mnemonic-language');
    this.detectedLanguage = page.getByTestId('detected-language');
    this.wordCheck = page.locator('[data-testid=word-check] li');
    this.canonical = page.getByTestId('canonical');
    this.passphrase = page.getByTestId('passphrase');
    this.useButton = page.locator('section.card [data-testid=use-mnemonic]');
  }

  /** Types `mnemonic` (abbreviations are fine). */
  async fill(mnemonic) {
    await this.mnemonic.fill(mnemonic);
  }

  async chooseLanguage(name) {
    await this.language.selectOption(name);
  }

  async toggleReveal() {
    await this.revealButton.click();
  }

  /** The canonical phrase, once the typed one checks out. */
  async canonicalText() {
    await this.canonical.waitFor();
    return this.canonical.textContent();
  }

  async fillPassphrase(passphrase) {
    await this.passphrase.fill(passphrase);
  }

  /** "Use this mnemonic": the session holds it and the start screen shows. */
  async use() {
    await this.useButton.click();
    await this.page.getByTestId('session').waitFor();
  }

  /** Types `mnemonic` (and a passphrase), waits until it checks out, and uses it. */
  async load(mnemonic, { passphrase } = {}) {
    await this.fill(mnemonic);
    await this.canonical.waitFor();
    if (passphrase !== undefined) await this.fillPassphrase(passphrase);
    await this.use();
  }
}

/** Flow 3: keystores and deposit data. */
export class ValidatorKeysScreen {
  constructor(page) {
    this.page = page;
    this.needsMnemonic = page.getByTestId('needs-mnemonic');
    this.publicMnemonic = page.getByTestId('public-mnemonic');
    this.chain = new ChainPicker(page);
    this.startIndex = page.getByTestId('start-index');
    this.count = page.getByTestId('count');
    this.budget = page.getByTestId('budget');
    this.budgetWarning = page.getByTestId('budget-warning');
    this.amount = page.getByTestId('amount');
    this.address = page.getByTestId('address');
    this.addressAgain = page.getByTestId('address-again');
    this.blsAck = page.getByTestId('bls-ack');
    this.password = page.getByTestId('password');
    this.passwordAgain = page.getByTestId('password-again');
    this.passwordRules = page.locator('[data-testid=password-rules] li');
    this.kdf = page.getByTestId('kdf');
    this.independentSalts = page.getByTestId('independent-salts');
    this.publicAck = new PublicMnemonicAck(page);
    this.reviewButton = page.getByTestId('review');
    this.review = new SigningReviewPanel(page);
    this.generateButton = page.getByTestId('generate');
    this.errors = {
      startIndex: new FieldError(page, 'start-index'),
      count: new FieldError(page, 'count'),
      amount: new FieldError(page, 'amount'),
      address: new FieldError(page, 'address'),
    };
    this.job = new JobProgress(page);
    this.files = new FileList(page);
  }

  /** "compounding" (0x02), "execution" (0x01) or "bls" (0x00). */
  async chooseCredentials(kind) {
    await this.page.getByTestId(`kind-${kind}`).check();
  }

  async fillAddress(address, again = address) {
    await this.address.fill(address);
    await this.addressAgain.fill(again);
  }

  async fillPassword(password, again = password) {
    await this.password.fill(password);
    await this.passwordAgain.fill(again);
  }

  /** Fills what is given, in the form's order; fields left out keep their value. */
  async fill({ chain, startIndex, count, budget, credentials, amount, address, addressAgain, password, passwordAgain, kdf } = {}) {
    if (chain !== undefined) await this.chain.choose(chain);
    if (startIndex !== undefined) await this.startIndex.fill(String(startIndex));
    if (count !== undefined) await this.count.fill(String(count));
    if (budget !== undefined) await this.budget.fill(String(budget));
    if (credentials !== undefined) await this.chooseCredentials(credentials);
    if (amount !== undefined) await this.amount.fill(String(amount));
    if (address !== undefined) await this.fillAddress(address, addressAgain ?? address);
    if (password !== undefined) await this.fillPassword(password, passwordAgain ?? password);
    if (kdf !== undefined) await this.kdf.selectOption(kdf);
  }

  /** Asks for the signing review; settles on the review or the refusal. */
  async requestReview() {
    await clickAndSettle(this.page, this.reviewButton);
  }

  /**
   * The whole point of no return: review, confirm every part, sign. Stops at a refusal
   * (wait on `job` or the field errors); otherwise wait on `files` for the outcome.
   */
  async generate() {
    await this.requestReview();
    // Stops at a refusal, or at a review that blocks signing (a validator that fails).
    if (!(await this.review.panels.count()) || (await this.review.blocked.count())) return;
    await this.review.confirmAll();
    await this.generateButton.click();
  }

  /** Reviews and confirms, then double-clicks the sign button, as a hurried user does. */
  async doubleClickGenerate() {
    await this.requestReview();
    await this.review.confirmAll();
    await this.generateButton.dblclick();
  }
}

/** Flow 4: the BLS-to-execution change, reviewed then signed. */
export class WithdrawalAddressScreen {
  constructor(page) {
    this.page = page;
    this.needsMnemonic = page.getByTestId('needs-mnemonic');
    this.chain = new ChainPicker(page);
    this.startIndex = page.getByTestId('start-index');
    this.validatorIndices = page.getByTestId('validator-indices');
    this.credentials = page.getByTestId('credentials');
    this.address = page.getByTestId('address');
    this.addressAgain = page.getByTestId('address-again');
    this.publicAck = new PublicMnemonicAck(page);
    this.deriveButton = page.getByTestId('derive-credentials');
    this.findButton = page.getByTestId('go-find');
    this.reviewButton = page.getByTestId('review');
    this.review = new SigningReviewPanel(page);
    this.reviewTable = page.getByTestId('review-table');
    this.reviewRows = page.locator('[data-testid=review-table] tbody tr');
    this.mismatchRows = page.locator('[data-testid=review-table] tr.mismatch');
    this.signButton = page.getByTestId('sign');
    this.errors = {
      startIndex: new FieldError(page, 'start-index'),
      address: new FieldError(page, 'address'),
    };
    this.job = new JobProgress(page);
    this.files = new FileList(page);
  }

  /** Fills what is given; validator indices and credentials as lists or as typed text. */
  async fill({ chain, startIndex, validatorIndices, credentials, address, addressAgain } = {}) {
    const text = (value) => (Array.isArray(value) ? value.join('\n') : String(value));
    if (chain !== undefined) await this.chain.choose(chain);
    if (startIndex !== undefined) await this.startIndex.fill(String(startIndex));
    if (validatorIndices !== undefined) await this.validatorIndices.fill(text(validatorIndices));
    if (credentials !== undefined) await this.credentials.fill(text(credentials));
    if (address !== undefined) {
      await this.address.fill(address);
      await this.addressAgain.fill(addressAgain ?? address);
    }
  }

  /** "Fill in the credentials my mnemonic gives": waits until the field holds one per validator. */
  async deriveCredentials() {
    await this.deriveButton.click();
    await this.page.waitForFunction(() => {
      const lines = (id) => document.querySelector(`[data-testid=${id}]`).value.split(/[\s,]+/).filter(Boolean);
      return lines('credentials').length > 0 && lines('credentials').length === Math.max(1, lines('validator-indices').length);
    });
  }

  /** Clicks Review and waits for the review table. */
  async requestReview() {
    await this.reviewButton.click();
    await this.reviewTable.waitFor();
  }

  /** The first mismatched row's problem code. */
  mismatchCode() {
    return this.mismatchRows.locator('td[data-code]').first().getAttribute('data-code');
  }

  /** Confirms the review (the address's last six characters) and clicks Sign; wait on `files` or `job`. */
  async sign() {
    await this.review.typeEnding();
    await this.signButton.click();
  }
}

/**
 * What the three screens that sign with the mnemonic or one keystore share (exits, top-ups,
 * proofs of ownership; www's KeySourcePicker and KeystoreFileInput): the source choice, the
 * keystore file with its status and password, and review → confirm → sign. `refusal` is the
 * selector of the screen's own refusal line.
 */
class KeySourceScreen {
  constructor(page, { refusal, signButton }) {
    this.page = page;
    this.refusal = refusal;
    this.sourceMnemonic = page.getByTestId('source-mnemonic');
    this.sourceKeystore = page.getByTestId('source-keystore');
    this.keystoreFile = page.getByTestId('keystore-file');
    this.keystoreStatus = page.getByTestId('keystore-status');
    this.keystorePassword = page.getByTestId('keystore-password');
    this.reviewButton = page.getByTestId('review');
    this.review = new SigningReviewPanel(page);
    this.signButton = page.getByTestId(signButton);
    this.job = new JobProgress(page);
    this.files = new FileList(page);
  }

  async useMnemonic() {
    await this.sourceMnemonic.check();
  }

  async useKeystore() {
    await this.sourceKeystore.check();
    await this.keystoreFile.waitFor();
  }

  /** Chooses the keystore file (a Playwright file payload) and waits until it is read (or refused). */
  async chooseKeystore(file) {
    await this.keystoreFile.setInputFiles(file);
    await this.page.locator(`[data-testid=keystore-status]:has-text("✓"), ${this.refusal}`).first().waitFor();
  }

  /** Asks for the signing review; settles on the review or the refusal. */
  async requestReview() {
    await clickAndSettle(this.page, this.reviewButton, [this.refusal]);
  }

  /** Review, confirm every part, sign; stops at a refusal. Wait on `files` or `job`. */
  async sign() {
    await this.requestReview();
    // Stops at a refusal, or at a review that blocks signing (a validator that fails).
    if (!(await this.review.panels.count()) || (await this.review.blocked.count())) return;
    await this.review.confirmAll();
    await this.signButton.click();
  }
}

/** Flow 5: pre-signed exits, from the mnemonic or from a keystore. */
export class ExitsScreen extends KeySourceScreen {
  constructor(page) {
    super(page, { refusal: '[data-testid=exit-error][data-code]', signButton: 'sign-exits' });
    this.hint = page.locator('.hint').first();
    this.chain = new ChainPicker(page);
    this.startIndex = page.getByTestId('start-index');
    this.validatorPubkey = page.getByTestId('keystore-validator-pubkey');
    this.validatorIndices = page.getByTestId('validator-indices');
    this.epoch = page.getByTestId('epoch');
    this.epochError = new FieldError(page, 'epoch');
    this.publicAck = new PublicMnemonicAck(page);
    /** The form's own refusals (a file too large, no mnemonic), with data-code. */
    this.exitError = page.getByTestId('exit-error');
  }

  /** Fills what is given, in the form's order. */
  async fill({ chain, startIndex, keystorePassword, validatorPubkey, validatorIndices, epoch } = {}) {
    if (chain !== undefined) await this.chain.choose(chain);
    if (startIndex !== undefined) await this.startIndex.fill(String(startIndex));
    if (keystorePassword !== undefined) await this.keystorePassword.fill(keystorePassword);
    if (validatorPubkey !== undefined) await this.validatorPubkey.fill(validatorPubkey);
    if (validatorIndices !== undefined) await this.validatorIndices.fill(String(validatorIndices));
    if (epoch !== undefined) await this.epoch.fill(String(epoch));
  }

  exitErrorText() {
    return this.exitError.textContent();
  }

  /** Waits until the form shows a refusal (any code). */
  async waitForExitError() {
    await this.page.locator('[data-testid=exit-error][data-code]').waitFor();
  }

}

/** Flow 6: any deposit, BLS-change, exit or keystore file, checked entry by entry. */
export class VerifyFilesScreen {
  constructor(page) {
    this.page = page;
    this.file = page.getByTestId('verify-file');
    this.fileKind = page.getByTestId('file-kind');
    this.password = page.getByTestId('verify-password');
    this.chain = new ChainPicker(page);
    this.exitPubkey = page.getByTestId('exit-pubkey');
    this.checkButton = page.getByTestId('check');
    /** The form's own refusal (a file too large, unreadable or of no known kind), with data-code. */
    this.error = page.getByTestId('verify-error');
    // Entries are the list's own items (each holds a list of mnemonic matches).
    this.reports = page.locator('[data-testid=reports] > li');
    this.badReports = page.locator('[data-testid=reports] > li.bad');
    this.keystoreOk = page.getByTestId('keystore-ok');
    this.expectedAddress = page.getByTestId('expected-address');
    this.expectedAddressError = new FieldError(page, 'expected-address');
    this.keyCount = page.getByTestId('key-count');
    this.noMnemonic = page.getByTestId('verify-no-mnemonic');
    this.verification = page.getByTestId('verification');
    this.network = page.getByTestId('verify-network');
    this.chainWarning = page.getByTestId('verify-chain-warning');
    this.addressError = page.getByTestId('verify-address-error');
    this.job = new JobProgress(page);
  }

  /** Waits for a signed file's result (addresses, network, entries). */
  async waitForVerification(options) {
    await this.verification.waitFor(options);
  }

  /** The addresses shown large at the top: [{ address, differs }], in order. */
  destinations() {
    return this.page.locator('[data-testid=verify-addresses] .destination').evaluateAll((items) =>
      items.map((item) => ({
        address: item.querySelector('[data-testid=verify-address]').dataset.value,
        differs: item.dataset.differs === 'true',
      })));
  }

  /** Each entry as the page shows it; exact values from data-value, absent fields null. */
  entries() {
    return this.reports.evaluateAll((items) => items.map((li) => {
      const get = (id) => li.querySelector(`[data-testid="${id}"]`);
      const value = (id) => get(id)?.dataset.value ?? null;
      const text = (id) => get(id)?.textContent ?? null;
      return {
        ok: li.dataset.ok === 'true',
        codes: li.dataset.codes ? li.dataset.codes.split(' ') : [],
        pubkey: value('entry-pubkey'),
        address: value('entry-address'),
        credentialsKind: get('entry-credentials')?.dataset.kind ?? null,
        credentialsPrefix: get('entry-credentials')?.dataset.prefix ?? null,
        amount: text('entry-amount'),
        amountGwei: get('entry-amount')?.dataset.gwei ?? null,
        validatorIndex: text('entry-validator-index'),
        epoch: text('entry-epoch'),
        signature: text('entry-signature'),
        mnemonic: [...li.querySelectorAll('[data-testid=entry-mnemonic-match]')].map((match) => ({
          key: match.dataset.key,
          keyIndex: match.dataset.keyIndex === undefined ? null : Number(match.dataset.keyIndex),
          text: match.textContent,
        })),
      };
    }));
  }

  /** Chooses a file (a Playwright file payload). */
  async choose(file) {
    await this.file.setInputFiles(file);
  }

  /** Waits until the page names the chosen file's kind, e.g. "Deposit data.". */
  async waitForKind(text) {
    await this.fileKind.filter({ hasText: text }).waitFor();
  }

  /** Waits until the form's refusal matches `text`. */
  async waitForError(text) {
    await this.error.filter({ hasText: text }).waitFor();
  }

  async fillPassword(password) {
    await this.password.fill(password);
  }

  /** Clicks Check; wait on `waitForReports`, `keystoreOk` or `job` for the outcome. */
  async check() {
    await this.checkButton.click();
  }

  async waitForReports(options) {
    await this.page.getByTestId('reports').waitFor(options);
  }

  /** Each report's data-ok ("true" or "false"), in order. */
  reportStates() {
    return this.reports.evaluateAll((items) => items.map((li) => li.dataset.ok));
  }

  /** Each report's problem codes (space-separated), in order. */
  reportCodes() {
    return this.reports.evaluateAll((items) => items.map((li) => li.dataset.codes));
  }
}

/** Find my validators: import (file or paste), key count, chain, the found table, signing. */
export class FindValidatorsScreen {
  constructor(page) {
    this.page = page;
    this.needsMnemonic = page.getByTestId('needs-mnemonic');
    this.importFile = page.getByTestId('import-file');
    this.importFileName = page.getByTestId('import-file-name');
    this.importText = page.getByTestId('import-text');
    this.importError = page.getByTestId('import-error');
    this.keyCount = page.getByTestId('key-count');
    this.keyCountError = new FieldError(page, 'key-count');
    this.chain = new ChainPicker(page);
    this.findButton = page.getByTestId('find');
    this.summary = page.getByTestId('found-summary');
    this.chainWarning = page.getByTestId('chain-warning');
    this.foundTable = page.getByTestId('found-table');
    this.foundRows = page.getByTestId('found-row');
    this.selectBoxes = page.getByTestId('select-validator');
    this.address = page.getByTestId('find-address');
    this.addressAgain = page.getByTestId('find-address-again');
    this.addressError = new FieldError(page, 'find-address');
    this.withExitsBox = page.getByTestId('with-exits');
    this.exitEpoch = page.getByTestId('find-exit-epoch');
    this.publicAck = new PublicMnemonicAck(page);
    this.reviewButton = page.getByTestId('review-found');
    this.review = new SigningReviewPanel(page);
    this.signButton = page.getByTestId('sign-found');
    this.signError = page.getByTestId('sign-error');
    this.job = new JobProgress(page);
    this.files = new FileList(page);
  }

  /** Chooses the import file (a Playwright file payload). */
  async chooseImport(file) {
    await this.importFile.setInputFiles(file);
  }

  /** Pastes the import's text. */
  async pasteImport(text) {
    await this.importText.fill(text);
  }

  async fillKeyCount(count) {
    await this.keyCount.fill(String(count));
  }

  /** Clicks "Find my validators"; wait on `waitForFound` or `job` for the outcome. */
  async find() {
    await this.findButton.click();
  }

  async waitForFound(options) {
    await this.foundTable.waitFor(options);
  }

  /** Each found row's [validator index, key index], as numbers. */
  rows() {
    return this.foundRows.evaluateAll((trs) => trs.map((tr) => [Number(tr.dataset.validator), Number(tr.dataset.key)]));
  }

  /** Each found row's [validator index, key index, address-change column], as the page shows them. */
  rowsWithChange() {
    return this.foundRows.evaluateAll((trs) => trs.map((tr) => [tr.dataset.validator, tr.dataset.key, tr.cells[6].textContent]));
  }

  /** Each row's checkbox state, in order. */
  selected() {
    return this.selectBoxes.evaluateAll((boxes) => boxes.map((b) => b.checked));
  }

  /** Ticks every row's checkbox. */
  async selectAll() {
    for (const box of await this.selectBoxes.all()) await box.check();
  }

  async fillAddress(address, again = address) {
    await this.address.fill(address);
    await this.addressAgain.fill(again);
  }

  /** Ticks "Also pre-sign voluntary exits" (the exit epoch field then shows). */
  async withExits() {
    await this.withExitsBox.check();
    await this.exitEpoch.waitFor();
  }

  /**
   * Review, confirm (the address's ending, each tick), "Sign for the selected validators";
   * stops at a refusal. Wait on `files`, `job` or `signError`.
   */
  async sign() {
    await this.reviewButton.click();
    await this.page.locator('[data-testid=signing-review], [data-testid=job-error], [data-testid=sign-error]:not(:empty)').first().waitFor();
    // Stops at a refusal, or at a review that blocks signing (a validator that fails).
    if (!(await this.review.panels.count()) || (await this.review.blocked.count())) return;
    // Both reviews (changes and exits) may be coming; wait until each asked for is there.
    await this.page.waitForFunction(() => !document.querySelector('[data-testid=progress]'));
    await this.review.confirmAll();
    await this.signButton.click();
  }

  signErrorText() {
    return this.signError.textContent();
  }
}

/** Look up a withdrawal key: the loaded mnemonic's key index → its keys and 0x00 credentials. */
export class LookupScreen {
  constructor(page) {
    this.page = page;
    this.needsMnemonic = page.getByTestId('needs-mnemonic');
    this.index = page.getByTestId('index');
    this.indexError = new FieldError(page, 'index');
    this.showButton = page.getByTestId('show-key');
    this.result = page.getByTestId('result');
    this.withdrawalPath = page.getByTestId('withdrawal-path');
    this.withdrawalPubkey = page.getByTestId('withdrawal-pubkey');
    this.credentials = page.getByTestId('credentials');
    this.signingPubkey = page.getByTestId('signing-pubkey');
  }

  /** Types the key index and asks for its keys. */
  async show(index) {
    await this.index.fill(String(index));
    await this.showButton.click();
  }

  /** The result shown, once there is one: { path, pubkey, credentials, signingPubkey }. */
  async readResult() {
    await this.result.waitFor();
    return {
      path: await this.withdrawalPath.textContent(),
      pubkey: await this.withdrawalPubkey.getAttribute('data-value'),
      credentials: await this.credentials.getAttribute('data-value'),
      signingPubkey: await this.signingPubkey.getAttribute('data-value'),
    };
  }
}

// ---- the whole page --------------------------------------------------------------------

/** The release page: its header, its screens, and the moves between them. */
/** Hand keys to a signer: keystores and password in, checked files for the destination out. */
export class HandOffScreen {
  constructor(page) {
    this.page = page;
    this.chain = new ChainPicker(page);
    this.keystoreFiles = page.getByTestId('keystore-files');
    this.keystoresStatus = page.getByTestId('keystores-status');
    this.fromKeys = page.getByTestId('hand-off-from-keys');
    this.password = page.getByTestId('keystore-password');
    this.reviewButton = page.getByTestId('review');
    this.reviewPanel = page.getByTestId('hand-off-review');
    this.rows = page.getByTestId('hand-off-key');
    this.passwordsWarning = page.getByTestId('passwords-warning');
    this.passwordsAck = page.getByTestId('passwords-ack');
    this.makeButton = page.getByTestId('make-files');
    this.error = page.getByTestId('hand-off-error');
    this.job = new JobProgress(page);
    this.files = new FileList(page);
    this.curl = page.locator('[data-testid=next-keymanager] pre');
  }

  /** "keymanager", "web3signer", "vault" or "aws", with that destination's fields. */
  async chooseDestination(kind, { host, port, tls, mount, folder, region, prefix, accessKey } = {}) {
    await this.page.getByTestId(`destination-${kind}`).check();
    const fields = { 'vault-host': host, 'vault-port': port, 'vault-mount': mount, 'vault-folder': folder, 'aws-region': region, 'aws-prefix': prefix };
    for (const [id, value] of Object.entries(fields)) if (value !== undefined) await this.page.getByTestId(id).fill(String(value));
    if (tls !== undefined) await this.page.getByTestId('vault-tls').setChecked(tls);
    if (accessKey !== undefined) await this.page.getByTestId('aws-access-key').setChecked(accessKey);
  }

  /** Chooses keystore files (payloads) and waits until they are read. */
  async chooseKeystores(files) {
    await this.keystoreFiles.setInputFiles(files);
    await this.keystoresStatus.filter({ hasText: String(files.length) }).waitFor();
  }

  /** Asks for the review; settles on it or on a refusal. */
  async requestReview() {
    await clickAndSettle(this.page, this.reviewButton, ['[data-testid=hand-off-review]']);
  }
}

export class Wallet {
  constructor(page) {
    this.page = page;
    this.header = new Header(page);
    this.start = new StartScreen(page);
    this.createMnemonic = new CreateMnemonicScreen(page);
    this.useMnemonic = new UseMnemonicScreen(page);
    this.validatorKeys = new ValidatorKeysScreen(page);
    this.withdrawalAddress = new WithdrawalAddressScreen(page);
    this.exits = new ExitsScreen(page);
    this.verifyFiles = new VerifyFilesScreen(page);
    this.findValidators = new FindValidatorsScreen(page);
    this.lookup = new LookupScreen(page);
    this.topUp = new TopUpScreen(page); this.builderDeposits = new BuilderDepositsScreen(page);
    this.executionRequests = new ExecutionRequestsScreen(page);
    this.ownershipProof = new OwnershipProofScreen(page);
    this.handOff = new HandOffScreen(page);
    this.stepper = new Stepper(page);
  }

  /**
   * From the start screen, starts a journey ("withdrawal-address", "new-validators", "exits",
   * "check-file") and returns the page object of its work screen.
   */
  async startJourney(journey) {
    await this.page.getByTestId(`journey-${journey}`).click();
    const screen = {
      'withdrawal-address': 'withdrawal-address',
      'new-validators': 'validator-keys',
      exits: 'exits',
      'check-file': 'verify-files',
    }[journey];
    await this.page.locator(`main[data-screen="${screen}"]`).waitFor();
    return this.screenObject(screen);
  }

  /** The page object of screen `id`. */
  screenObject(id) {
    return {
      'create-mnemonic': this.createMnemonic,
      'use-mnemonic': this.useMnemonic,
      'validator-keys': this.validatorKeys,
      'withdrawal-address': this.withdrawalAddress,
      exits: this.exits,
      'verify-files': this.verifyFiles,
      'find-validators': this.findValidators,
      lookup: this.lookup,
      'top-up': this.topUp, 'builder-deposits': this.builderDeposits,
      'execution-requests': this.executionRequests,
      'ownership-proof': this.ownershipProof,
      'hand-off': this.handOff,
    }[id];
  }

  /** The screen shown: "start" or a flow's data-testid (main's data-screen). */
  screen() {
    return this.page.locator('main').getAttribute('data-screen');
  }

  /** From the start screen, opens `flow` and returns its page object. */
  async open(flow) {
    await this.start.open(flow);
    await this.page.locator(`main[data-screen="${flow}"]`).waitFor();
    return this.screenObject(flow);
  }

  /** "← All tasks", waiting for the start screen. */
  async back() {
    await this.header.back();
    await this.start.waitFor();
  }

  /** Flow 2 from the start screen: enters `mnemonic`, waits until the session holds it. */
  async loadMnemonic(mnemonic, options) {
    await this.open('use-mnemonic');
    await this.useMnemonic.load(mnemonic, options);
  }

  /** Saves the page's screenshot as tests/e2e/artifacts/<name>.png. */
  async screenshot(name) {
    await screenshot(this.page, name);
  }

  async close() {
    await this.page.close();
  }
}

/** Proof of withdrawal-address ownership: keystore or mnemonic, chain, validator, address; reviewed, then signed. */
export class OwnershipProofScreen extends KeySourceScreen {
  constructor(page) {
    super(page, { refusal: '[data-testid=proof-error][data-code]', signButton: 'sign-proof' });
    this.notice = page.getByTestId('proof-not-consensus');
    this.needsMnemonic = page.getByTestId('needs-mnemonic');
    this.chain = new ChainPicker(page);
    this.keyIndex = page.getByTestId('key-index');
    this.validatorPubkey = page.getByTestId('validator-pubkey');
    this.validatorIndex = page.getByTestId('validator-index');
    this.address = page.getByTestId('address');
    this.addressAgain = page.getByTestId('address-again');
    this.publicAck = new PublicMnemonicAck(page);
    /** The form's own refusals (no keystore chosen, a file too large), with data-code. */
    this.error = page.getByTestId('proof-error');
    this.errors = {
      chainRoot: new FieldError(page, 'chain-root'),
      keystore: new FieldError(page, 'keystore-file'),
      keyIndex: new FieldError(page, 'key-index'),
      validatorPubkey: new FieldError(page, 'validator-pubkey'),
      validatorIndex: new FieldError(page, 'validator-index'),
      address: new FieldError(page, 'address'),
    };
    this.nextSteps = page.getByTestId('next-ownership-proof');
  }

  /** Fills what is given, in the form's order; fields left out keep their value. */
  async fill({ chain, keystorePassword, keyIndex, validatorPubkey, validatorIndex, address, addressAgain } = {}) {
    if (chain !== undefined) await this.chain.choose(chain);
    if (keystorePassword !== undefined) await this.keystorePassword.fill(keystorePassword);
    if (keyIndex !== undefined) await this.keyIndex.fill(String(keyIndex));
    if (validatorPubkey !== undefined) await this.validatorPubkey.fill(validatorPubkey);
    if (validatorIndex !== undefined) await this.validatorIndex.fill(String(validatorIndex));
    if (address !== undefined) {
      await this.address.fill(address);
      await this.addressAgain.fill(addressAgain ?? address);
    }
  }

}

/**
 * Exit, withdraw or consolidate from the withdrawal address: the validators (pasted or loaded
 * import, or handed over by "Find my validators"), a request per validator, the value in wei per
 * contract; the review (ticked part by part), then the files, URIs and QR codes.
 */
export class ExecutionRequestsScreen {
  constructor(page) {
    this.page = page;
    this.chain = new ChainPicker(page);
    this.importFile = page.getByTestId('import-file');
    this.importText = page.getByTestId('import-text');
    this.validatorsError = new FieldError(page, 'validators');
    this.validatorsCount = page.getByTestId('validators-count');
    this.fromFind = page.getByTestId('from-find');
    this.rows = page.getByTestId('request-row');
    this.actionAll = page.getByTestId('action-all');
    this.allowOtherTarget = page.getByTestId('allow-other-target');
    this.withdrawalValue = page.getByTestId('withdrawal-value');
    this.withdrawalValueError = new FieldError(page, 'withdrawal-value');
    this.consolidationValue = page.getByTestId('consolidation-value');
    this.consolidationValueError = new FieldError(page, 'consolidation-value');
    this.feeContracts = page.getByTestId('fee-contract');
    this.reviewButton = page.getByTestId('review');
    this.error = page.getByTestId('execution-error');
    this.review = page.getByTestId('execution-review');
    this.reviewRows = page.locator('[data-testid=execution-review] [data-testid=review-row]');
    this.blocked = page.getByTestId('review-blocked');
    this.createButton = page.getByTestId('create-requests');
    this.summary = page.getByTestId('execution-summary');
    this.outputs = page.getByTestId('execution-request');
    this.notices = page.getByTestId('execution-notice');
    this.feeQueries = page.locator('[data-testid=fee-query]');
    this.nextSteps = page.getByTestId('next-execution-requests');
    this.job = new JobProgress(page);
    this.files = new FileList(page);
  }

  /** Pastes an import's text and waits until the page lists `count` validators. */
  async pasteValidators(text, count) {
    await this.importText.fill(text);
    if (count !== undefined) await this.waitForRows(count);
  }

  async waitForRows(count) {
    await this.page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=request-row]').length === n,
      count,
    );
  }

  row(validator) {
    return this.page.locator(`[data-testid=request-row][data-validator="${validator}"]`);
  }

  /** Each listed validator's index, in order. */
  listed() {
    return this.rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.validator));
  }

  /**
   * Chooses `action` for `validator` ("full_exit", "partial_withdrawal",
   * "switch_to_compounding", "consolidate_source", or "" for none), with its amount or target.
   */
  async choose(validator, action, { amount, target } = {}) {
    const row = this.row(validator);
    await row.getByTestId('row-action').selectOption(action);
    if (amount !== undefined) await row.getByTestId('row-amount').fill(String(amount));
    if (target !== undefined) {
      const position = await this.row(target).getAttribute('data-row');
      await row.getByTestId('row-target').selectOption(position);
    }
  }

  /** The error shown in `validator`'s row: { code, text }. */
  async rowError(validator) {
    const error = this.page.locator(`[data-testid=row-error][data-validator="${validator}"]`);
    if (!(await error.count())) return { code: null, text: '' };
    return { code: await error.getAttribute('data-code'), text: await error.textContent() };
  }

  /** Waits until `validator`'s row shows an error (with `code`, that one). */
  async waitForRowError(validator, code) {
    const codeSelector = code ? `[data-code="${code}"]` : '';
    await this.page.locator(`[data-testid=row-error][data-validator="${validator}"]${codeSelector}`).waitFor();
  }

  /** Clicks Review and waits for the review, or for a refusal. */
  async requestReview() {
    await this.reviewButton.click();
    await this.page
      .locator('[data-testid=execution-review], [data-testid=execution-error]:not(:empty), .field-error[data-code]')
      .first()
      .waitFor();
  }

  /** A fact of the review: "chain", "chain-id", "count"; "value" and "contract" per kind. */
  async fact(name, kind) {
    const scope = this.review;
    if (name === 'value') return scope.locator(`[data-testid=review-value][data-kind="${kind}"]`).getAttribute('data-value');
    if (name === 'contract') return scope.getByTestId('review-contract').evaluateAll((codes) => codes.map((c) => c.dataset.value));
    if (name === 'from') return scope.getByTestId('review-from').evaluateAll((codes) => codes.map((c) => c.dataset.value));
    return scope.getByTestId(`review-${name}`).textContent();
  }

  /** Each reviewed request: { kind, validator, target, action, amountGwei, from, code }. */
  reviewed() {
    return this.reviewRows.evaluateAll((trs) => trs.map((tr) => ({
      kind: tr.dataset.kind,
      validator: tr.dataset.validator,
      target: tr.dataset.target ?? null,
      action: tr.dataset.action,
      amountGwei: tr.dataset.amountGwei ?? null,
      from: tr.querySelector('[data-testid=review-row-from]')?.textContent ?? null,
      code: tr.cells[4].dataset.code ?? null,
    })));
  }

  /** Ticks every part of the review. */
  async confirmAll() {
    for (const box of await this.review.locator('.ticks input[type=checkbox]').all()) await box.check();
  }

  /** Review, tick each part, "Make the transaction files"; wait on `outputs` or `job`. */
  async create() {
    await this.requestReview();
    if (!(await this.review.count()) || (await this.blocked.count())) return;
    await this.confirmAll();
    await this.createButton.click();
  }

  /** Each transaction shown: { file, validator, action, eip681, from, qr }. */
  shown() {
    return this.outputs.evaluateAll((items) => items.map((item) => ({
      file: item.dataset.file,
      validator: item.dataset.validator,
      action: item.dataset.action,
      eip681: item.querySelector('[data-testid=eip681]')?.textContent ?? null,
      from: item.querySelector('[data-testid=output-from]')?.textContent ?? null,
      qr: Boolean(item.querySelector('[data-testid=request-qr] svg')),
    })));
  }

  noticeCodes() {
    return this.notices.evaluateAll((items) => items.map((item) => item.dataset.code));
  }
}

/** A top-up of an existing validator: its key from the mnemonic or a keystore, reviewed, signed. */
export class TopUpScreen extends KeySourceScreen {
  constructor(page) {
    super(page, { refusal: '[data-testid=keystore-error][data-code]', signButton: 'sign-top-up' });
    this.explain = page.getByTestId('top-up-explain');
    this.needsMnemonic = page.getByTestId('needs-mnemonic');
    this.chain = new ChainPicker(page);
    this.keyIndex = page.getByTestId('key-index');
    this.validatorPubkey = page.getByTestId('validator-pubkey');
    this.executionWarning = page.getByTestId('top-up-execution-warning');
    this.address = page.getByTestId('address');
    this.addressAgain = page.getByTestId('address-again');
    this.amount = page.getByTestId('amount');
    this.publicAck = new PublicMnemonicAck(page);
    this.details = page.getByTestId('top-up-details');
    this.errors = {
      keyIndex: new FieldError(page, 'key-index'),
      keystore: new FieldError(page, 'keystore'),
      keystorePassword: new FieldError(page, 'keystore-password'),
      validatorPubkey: new FieldError(page, 'validator-pubkey'),
      address: new FieldError(page, 'address'),
      amount: new FieldError(page, 'amount'),
    };
    this.nextSteps = page.getByTestId('next-top-up');
  }

  /** "compounding" (0x02) or "execution" (0x01). */
  async chooseCredentials(kind) {
    await this.page.getByTestId(`kind-${kind}`).check();
  }

  /** Fills what is given, in the form's order; fields left out keep their value. */
  async fill({ chain, keyIndex, keystorePassword, validatorPubkey, credentials, address, addressAgain, amount } = {}) {
    if (chain !== undefined) await this.chain.choose(chain);
    if (keyIndex !== undefined) await this.keyIndex.fill(String(keyIndex));
    if (keystorePassword !== undefined) await this.keystorePassword.fill(keystorePassword);
    if (validatorPubkey !== undefined) await this.validatorPubkey.fill(validatorPubkey);
    if (credentials !== undefined) await this.chooseCredentials(credentials);
    if (address !== undefined) {
      await this.address.fill(address);
      await this.addressAgain.fill(addressAgain ?? address);
    }
    if (amount !== undefined) await this.amount.fill(String(amount));
  }

  /** What the review adds to the plan: { prefix, credentials, amountGwei, path }. */
  async readDetails() {
    const panel = this.details.first();
    await panel.waitFor();
    return {
      prefix: await panel.getByTestId('top-up-credentials-kind').getAttribute('data-prefix'),
      credentials: await panel.getByTestId('top-up-credentials').getAttribute('data-value'),
      amountGwei: await panel.getByTestId('top-up-amount-gwei').textContent(),
      path: await panel.getByTestId('top-up-path').textContent(),
    };
  }

}

/** Builder deposits: builder keys of the mnemonic, the core's notice, keystores and deposit data. */
export class BuilderDepositsScreen {
  constructor(page) {
    this.page = page;
    this.needsMnemonic = page.getByTestId('needs-mnemonic');
    this.warning = page.getByTestId('builder-warning');
    this.chain = new ChainPicker(page);
    this.startIndex = page.getByTestId('start-index');
    this.count = page.getByTestId('count');
    this.address = page.getByTestId('address');
    this.addressAgain = page.getByTestId('address-again');
    this.amount = page.getByTestId('amount');
    this.password = page.getByTestId('password');
    this.passwordAgain = page.getByTestId('password-again');
    this.kdf = page.getByTestId('kdf');
    this.publicAck = new PublicMnemonicAck(page);
    this.reviewButton = page.getByTestId('review');
    this.review = new SigningReviewPanel(page);
    this.notices = page.getByTestId('builder-notice');
    this.noticeAck = page.getByTestId('builder-notice-ack');
    this.details = page.getByTestId('builder-details');
    this.signButton = page.getByTestId('sign-builders');
    this.errors = {
      startIndex: new FieldError(page, 'start-index'),
      count: new FieldError(page, 'count'),
      address: new FieldError(page, 'address'),
      amount: new FieldError(page, 'amount'),
    };
    this.job = new JobProgress(page);
    this.files = new FileList(page);
  }

  /** Fills what is given, in the form's order; fields left out keep their value. */
  async fill({ chain, startIndex, count, address, addressAgain, amount, password, passwordAgain, kdf } = {}) {
    if (chain !== undefined) await this.chain.choose(chain);
    if (startIndex !== undefined) await this.startIndex.fill(String(startIndex));
    if (count !== undefined) await this.count.fill(String(count));
    if (address !== undefined) {
      await this.address.fill(address);
      await this.addressAgain.fill(addressAgain ?? address);
    }
    if (amount !== undefined) await this.amount.fill(String(amount));
    if (password !== undefined) {
      await this.password.fill(password);
      await this.passwordAgain.fill(passwordAgain ?? password);
    }
    if (kdf !== undefined) await this.kdf.selectOption(kdf);
  }

  /** The review's notices as [{ code, text }]. */
  noticesShown() {
    return this.notices.evaluateAll((items) => items.map((p) => ({ code: p.dataset.code, text: p.textContent })));
  }

  /** Asks for the signing review; settles on the review or the refusal. */
  async requestReview() {
    await clickAndSettle(this.page, this.reviewButton);
  }

  /** Review, tick every part and the notice, sign; stops at a refusal. Wait on `files` or `job`. */
  async generate() {
    await this.requestReview();
    if (!(await this.review.panels.count()) || (await this.review.blocked.count())) return;
    await this.review.confirmAll();
    await this.noticeAck.check();
    await this.signButton.click();
  }
}

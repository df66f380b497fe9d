//! The `#[wasm_bindgen]` façade built into `pkg/`: each function reads its options into a
//! core request, runs it, and returns the result as a plain object. No rule lives here: every
//! check, message and format is the core's. Errors are thrown as JS `Error`s with `.code`,
//! `.field` and `.params` (see `js`). TypeScript types are generated from the Rust types.

mod js;

use serde::de::DeserializeOwned;
use serde_json::Value;
use wasm_bindgen::prelude::*;

use crate::error::WalletError;
use crate::import::scan_validator_import;
use crate::keys::mnemonic::{languages_of, Mnemonic, MnemonicLanguage, WORD_COUNTS};
use crate::operations::keys::DecryptKeystore;
use crate::operations::options::from_value;
use crate::operations::search::chain_input;
use crate::operations::secret::SecretText;
use crate::operations::verify::VerifyFile;
use crate::operations::{run, Context, Progress, Request, Response};
use js::{into_js_error, js_string, options, scrub_stack, to_js, to_json};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** Every function takes `onProgress?: (done: number, total: number, phase: string) => void` in
 *  its options for long work; `total` is 0 while reading an import of unknown length. */
export type OnProgress = (done: number, total: number, phase: string) => void;

/** A mnemonic request's options, plus `onProgress`. */
export type WithProgress<T> = T & { onProgress?: OnProgress };

/** What every function throws: an `Error` whose `code`, `field` and `params` say what was
 *  wrong and where (see the README's table of codes). */
/** What `parseValidatorImport` returns; `chain` and `epoch` come from an ethdo file. */
export interface ValidatorImportView {
  format: ImportFormat;
  chain: ChainInput | null;
  epoch: string | null;
  validators: ValidatorInput[];
}

export interface WalletErrorObject extends Error {
  code: ErrorCode;
  field: string | null;
  params: Record<string, number | string | string[]>;
}
"#;

fn now_unix_seconds() -> u64 {
    (js_sys::Date::now() / 1000.0) as u64
}

/// Runs `request` with progress reported to the JS callback, if any, then clears the stack.
fn run_with(request: &Request, on_progress: Option<js_sys::Function>) -> Result<Response, JsValue> {
    let mut report = |progress: Progress| {
        if let Some(callback) = &on_progress {
            let phase = serde_json::to_value(progress.phase)
                .ok()
                .and_then(|value| value.as_str().map(str::to_owned))
                .unwrap_or_default();
            // A callback that throws does not stop the work; there is no one to tell.
            let _ = callback.call3(
                &JsValue::NULL,
                &JsValue::from_f64(progress.done as f64),
                &JsValue::from_f64(progress.total as f64),
                &JsValue::from_str(&phase),
            );
        }
    };
    let result = run(
        request,
        &mut Context {
            now: now_unix_seconds(),
            on_progress: &mut report,
            import: None,
            shared_salt: None,
        },
    );
    scrub_stack();
    result.map_err(into_js_error)
}

/// Reads options into request type `T`, strictly.
fn read<T: DeserializeOwned>(value: &JsValue) -> Result<(T, Option<js_sys::Function>), JsValue> {
    let (json, on_progress) = options(value).map_err(into_js_error)?;
    let request = from_value(json).map_err(into_js_error)?;
    Ok((request, on_progress))
}

/// The value an operation returned, as a plain object.
fn result(response: &Response) -> Result<JsValue, JsValue> {
    match response {
        Response::Keys(keys) => to_js(keys),
        Response::Files(files) => to_js(files),
        Response::File(file) => to_js(file),
        Response::BlsChanges(files) => to_js(files),
        Response::Review(rows) => to_js(rows),
        Response::DepositReview(review) => to_js(review),
        Response::ExitReview(review) => to_js(review),
        Response::OwnershipProofReview(review) => to_js(review),
        Response::TopUpReview(review) => to_js(review),
        Response::BuilderReview(review) => to_js(review),
        Response::Found(findings) => to_js(findings),
        Response::Verified(verification) => to_js(verification),
        Response::Keystore(keystore) => to_js(keystore),
        Response::ExecutionReview(review) => to_js(review),
        Response::ExecutionRequests(requests) => to_js(requests),
        Response::HandOffReview(review) => to_js(review),
        Response::HandOff(files) => to_js(files),
    }
}

/// One façade function: options → request → run → plain object.
fn operation<T: DeserializeOwned>(
    options: &JsValue,
    request: impl FnOnce(T) -> Request,
) -> Result<JsValue, JsValue> {
    let (options, on_progress) = read::<T>(options)?;
    result(&run_with(&request(options), on_progress)?)
}

fn language(value: &JsValue) -> Result<Option<MnemonicLanguage>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let name = js_string(value, "language").map_err(into_js_error)?;
    name.parse()
        .map(Some)
        .map_err(|err| into_js_error(WalletError::from(err).at("language")))
}

/// A new mnemonic from `crypto.getRandomValues` (24 words in English unless told otherwise).
#[wasm_bindgen(js_name = generateMnemonic)]
pub fn generate_mnemonic_js(
    #[wasm_bindgen(unchecked_param_type = "MnemonicLanguage")] language_name: JsValue,
    #[wasm_bindgen(unchecked_param_type = "12 | 15 | 18 | 21 | 24")] words: JsValue,
) -> Result<String, JsValue> {
    let language = language(&language_name)?.unwrap_or(MnemonicLanguage::English);
    let count = if words.is_undefined() || words.is_null() {
        24
    } else {
        // Only the counts BIP39 defines: no number is truncated or wrapped on the way.
        match words.as_f64() {
            Some(count) if WORD_COUNTS.iter().any(|&w| w as f64 == count) => count as usize,
            _ => {
                return Err(into_js_error(
                    WalletError::from(crate::keys::mnemonic::MnemonicError::BadWordCount(
                        words
                            .as_f64()
                            .map_or(0, |count| count.clamp(0.0, 1e9) as usize),
                    ))
                    .at("words"),
                ))
            }
        }
    };
    let mnemonic = crate::random::generate_mnemonic(language, count)
        .map_err(|err| into_js_error(err.into()))?;
    let phrase = mnemonic.phrase().to_owned();
    scrub_stack();
    Ok(phrase)
}

/// The canonical phrase (full words, single spaces, NFKD, lowercase), or the precise problem.
#[wasm_bindgen(js_name = normalizeMnemonic)]
pub fn normalize_mnemonic_js(
    #[wasm_bindgen(unchecked_param_type = "string")] mnemonic: JsValue,
    #[wasm_bindgen(unchecked_param_type = "MnemonicLanguage")] language_name: JsValue,
) -> Result<String, JsValue> {
    let text = SecretText::from(zeroize::Zeroizing::new(
        js_string(&mnemonic, "mnemonic").map_err(into_js_error)?,
    ));
    let mnemonic = Mnemonic::parse(text.expose(), language(&language_name)?)
        .map_err(|err| into_js_error(WalletError::from(err).at("mnemonic")))?;
    Ok(mnemonic.phrase().to_owned())
}

/// The wordlists that contain every word of the phrase.
#[wasm_bindgen(js_name = mnemonicLanguages, unchecked_return_type = "MnemonicLanguage[]")]
pub fn mnemonic_languages_js(
    #[wasm_bindgen(unchecked_param_type = "string")] mnemonic: JsValue,
) -> Result<JsValue, JsValue> {
    let text = SecretText::from(zeroize::Zeroizing::new(
        js_string(&mnemonic, "mnemonic").map_err(into_js_error)?,
    ));
    to_js(&languages_of(text.expose()))
}

/// Public keys and 0x00 credentials of validators `startIndex..startIndex+count` (at most 1,000).
#[wasm_bindgen(js_name = deriveValidatorKeys, unchecked_return_type = "ValidatorKeysView[]")]
pub fn derive_validator_keys_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<DeriveKeys>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::DeriveKeys)
}

/// Signing-key keystores, each decrypted and checked before it is returned.
#[wasm_bindgen(js_name = createKeystores, unchecked_return_type = "OutputFile[]")]
pub fn create_keystores_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateKeystores>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::CreateKeystores)
}

/// Deposit data: 0x02 (`withdrawal: { type: "compounding", address }`), 0x01 (`"execution"`,
/// 32 ETH) or 0x00 (`"bls"`, only with `allowBlsCredentials`).
#[wasm_bindgen(js_name = createDepositData, unchecked_return_type = "OutputFile")]
pub fn create_deposit_data_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateDepositData>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::CreateDepositData)
}

/// New validators' keystores and deposit data in one call, as the page makes them.
#[wasm_bindgen(js_name = createValidatorKeys, unchecked_return_type = "OutputFile[]")]
pub fn create_validator_keys_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateValidatorKeys>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::CreateValidatorKeys)
}

/// What `createBlsToExecutionChanges` would sign, validator by validator; signs nothing.
#[wasm_bindgen(js_name = reviewBlsToExecutionChanges, unchecked_return_type = "ChangeReview[]")]
pub fn review_bls_to_execution_changes_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateBlsChanges>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::ReviewBlsChanges)
}

/// Signed BLS-to-execution changes, after every validator's credentials matched the mnemonic.
#[wasm_bindgen(js_name = createBlsToExecutionChanges, unchecked_return_type = "BlsChangeFiles")]
pub fn create_bls_to_execution_changes_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateBlsChanges>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::CreateBlsChanges)
}

/// One signed exit per validator.
#[wasm_bindgen(js_name = createVoluntaryExits, unchecked_return_type = "OutputFile[]")]
pub fn create_voluntary_exits_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateExits>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::CreateExits)
}

/// A signed exit from an EIP-2335 keystore and its password.
#[wasm_bindgen(js_name = createVoluntaryExitFromKeystore, unchecked_return_type = "OutputFile")]
pub fn create_voluntary_exit_from_keystore_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateExitFromKeystore>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::CreateExitFromKeystore)
}

/// What `createOwnershipProof` would sign: the signing key (a keystore's stated pubkey, or
/// the mnemonic's at `keyIndex`), the validator, the address and the chain; signs nothing.
#[wasm_bindgen(js_name = reviewOwnershipProof, unchecked_return_type = "OwnershipProofReview")]
pub fn review_ownership_proof_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateOwnershipProof>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::ReviewOwnershipProof)
}

/// A proof of withdrawal-address ownership (deposit-cli's
/// `generate-bls-to-execution-change-keystore`), signed with the validator's signing key from
/// its keystore or from the mnemonic at `keyIndex`, verified before it is returned.
#[wasm_bindgen(js_name = createOwnershipProof, unchecked_return_type = "OutputFile")]
pub fn create_ownership_proof_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateOwnershipProof>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::CreateOwnershipProof)
}

/// What `createTopUpDeposit` would sign: the validator's key (a keystore's stated pubkey, or
/// the mnemonic's at `keyIndex`), the credentials and the amount; signs nothing.
#[wasm_bindgen(js_name = reviewTopUpDeposit, unchecked_return_type = "TopUpReview")]
pub fn review_top_up_deposit_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateTopUpDeposit>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::ReviewTopUpDeposit)
}

/// A top-up of an existing validator (deposit-cli's `partial-deposit`):
/// `partial_deposits/deposit_data-*.json`, signed with the key from the validator's keystore
/// or from the mnemonic at `keyIndex`, verified before it is returned.
#[wasm_bindgen(js_name = createTopUpDeposit, unchecked_return_type = "OutputFile")]
pub fn create_top_up_deposit_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateTopUpDeposit>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::CreateTopUpDeposit)
}

/// What `createBuilderDeposits` would sign: each builder's key, the 0xb0 credentials, the
/// amount, and the notice `builder_keys_are_validator_keys`; makes nothing.
#[wasm_bindgen(js_name = reviewBuilderDeposits, unchecked_return_type = "BuilderDepositReview")]
pub fn review_builder_deposits_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateBuilderDeposits>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::ReviewBuilderDeposits)
}

/// Builder keystores and `builder_deposit_data-*.json` (deposit-cli's `builder`), each
/// checked before it is returned.
#[wasm_bindgen(js_name = createBuilderDeposits, unchecked_return_type = "OutputFile[]")]
pub fn create_builder_deposits_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateBuilderDeposits>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::CreateBuilderDeposits)
}

/// Checks that `password` opens the keystore and that its key matches its pubkey. The secret
/// itself never leaves Rust.
#[wasm_bindgen(js_name = decryptKeystore, unchecked_return_type = "DecryptedKeystore")]
pub fn decrypt_keystore_js(
    #[wasm_bindgen(unchecked_param_type = "string")] keystore: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] password: JsValue,
) -> Result<JsValue, JsValue> {
    let request = DecryptKeystore {
        keystore: js_string(&keystore, "keystore").map_err(into_js_error)?,
        password: SecretText::from(zeroize::Zeroizing::new(
            js_string(&password, "password").map_err(into_js_error)?,
        )),
    };
    result(&run_with(&Request::DecryptKeystore(request), None)?)
}

/// What `createWithdrawalRequests` will make, request by request (what it does, the validator's
/// credentials, the address to send from, and the problem if it cannot be made); makes nothing.
#[wasm_bindgen(js_name = reviewWithdrawalRequests, unchecked_return_type = "ExecutionReview")]
pub fn review_withdrawal_requests_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateWithdrawalRequests>")]
    options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::ReviewWithdrawalRequests)
}

/// EIP-7002 exits and partial withdrawals as transactions for the withdrawal address's wallet:
/// per validator a verified file, its ERC-681 URI and QR text; and how to read the fee.
#[wasm_bindgen(js_name = createWithdrawalRequests, unchecked_return_type = "ExecutionRequestFiles")]
pub fn create_withdrawal_requests_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateWithdrawalRequests>")]
    options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::CreateWithdrawalRequests)
}

/// What `createConsolidationRequests` will make, request by request; makes nothing.
#[wasm_bindgen(js_name = reviewConsolidationRequests, unchecked_return_type = "ExecutionReview")]
pub fn review_consolidation_requests_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateConsolidationRequests>")]
    options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::ReviewConsolidationRequests)
}

/// Where `createSignerHandOff` would put each signing key (its pubkey, path, and the Vault path
/// or AWS secret name), with the chain and its genesis validators root; opens nothing.
#[wasm_bindgen(js_name = reviewSignerHandOff, unchecked_return_type = "HandOffReview")]
pub fn review_signer_hand_off_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateSignerHandOff>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::ReviewSignerHandOff)
}

/// Signing keystores and their password as the files `destination` imports: the keymanager
/// API's import body with its EIP-3076 interchange (only with `acknowledgePasswordsInFile`),
/// Web3Signer `file-keystore` configs, or a Vault / AWS Secrets Manager upload bundle. Every
/// keystore is opened and every file read back before it is returned.
#[wasm_bindgen(js_name = createSignerHandOff, unchecked_return_type = "HandOffFiles")]
pub fn create_signer_hand_off_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateSignerHandOff>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::CreateSignerHandOff)
}

/// The plan for `total` more keys at `budget` keys a mnemonic (0: the default, 200), when the
/// mnemonic in use has made `used`: its batches, each with its key indices and bundle label.
#[wasm_bindgen(js_name = planKeyBudget, unchecked_return_type = "KeyBudgetPlan")]
pub fn plan_key_budget_js(total: u32, budget: u32, used: u32) -> Result<JsValue, JsValue> {
    to_js(&crate::signers::key_budget::plan_key_budget(
        total, budget, used,
    ))
}

/// EIP-7251 consolidations (and the switch of a 0x01 validator to 0x02) as transactions for
/// the source's withdrawal address: per request a verified file, its URI and QR text.
#[wasm_bindgen(
    js_name = createConsolidationRequests,
    unchecked_return_type = "ExecutionRequestFiles"
)]
pub fn create_consolidation_requests_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<CreateConsolidationRequests>")]
    options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::CreateConsolidationRequests)
}

/// Which validators key indices `startKeyIndex..=maxKeyIndex` control, among `validators` or
/// in an `import` text.
#[wasm_bindgen(js_name = findValidators, unchecked_return_type = "SearchFindings")]
pub fn find_validators_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<FindValidators>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::FindValidators)
}

/// Parses a beacon API validators response, an ethdo offline-preparation.json or a CSV of
/// `validator_index,withdrawal_credentials`, entry by entry into the returned list (nothing
/// else is kept). Over 1 GiB, or over 4,194,304 validators, is refused.
#[wasm_bindgen(js_name = parseValidatorImport, unchecked_return_type = "ValidatorImportView")]
pub fn parse_validator_import_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsValue> {
    let text = js_string(&text, "import").map_err(into_js_error)?;
    let list = js_sys::Array::new();
    let mut failed = None;
    let summary = scan_validator_import(text.as_bytes(), &mut |validator| {
        if failed.is_some() {
            return;
        }
        match to_js(&crate::operations::search::validator_view(&validator)) {
            Ok(object) => {
                list.push(&object);
            }
            Err(err) => failed = Some(err),
        }
    })
    .map_err(|err| into_js_error(WalletError::from(err).at("import")))?;
    if let Some(err) = failed {
        return Err(err);
    }
    let chain = summary
        .chain
        .as_ref()
        .map(crate::chain::Chain::from_import)
        .transpose()
        .map_err(|err| into_js_error(WalletError::from(err).at("import")))?;
    let view = js_sys::Object::new();
    let set = |key: &str, value: JsValue| js_sys::Reflect::set(&view, &key.into(), &value);
    set("format", to_js(&summary.format)?)?;
    set("chain", to_js(&chain.as_ref().map(chain_input))?)?;
    set(
        "epoch",
        summary.chain.as_ref().map_or(JsValue::NULL, |chain| {
            JsValue::from_str(&chain.epoch.to_string())
        }),
    )?;
    set("validators", list.into())?;
    Ok(view.into())
}

fn verify(
    json: JsValue,
    chain: JsValue,
    pubkey: Option<JsValue>,
    kind: crate::files::FileKind,
) -> Result<JsValue, JsValue> {
    let mut options = serde_json::Map::new();
    options.insert(
        "json".into(),
        Value::String(js_string(&json, "json").map_err(into_js_error)?),
    );
    options.insert(
        "chain".into(),
        to_json(&chain, "chain").map_err(into_js_error)?,
    );
    if let Some(pubkey) = pubkey {
        options.insert(
            "pubkey".into(),
            Value::String(js_string(&pubkey, "pubkey").map_err(into_js_error)?),
        );
    }
    let mut request: VerifyFile = from_value(Value::Object(options)).map_err(into_js_error)?;
    request.kind = Some(kind);
    match run_with(&Request::VerifyFile(request), None)? {
        // These functions return the reports alone; an exit or a proof file is one entry:
        // its report, not a list of one.
        Response::Verified(verification)
            if matches!(
                kind,
                crate::files::FileKind::VoluntaryExit
                    | crate::files::FileKind::BlsToExecutionChangeKeystore
            ) =>
        {
            to_js(&verification.reports().first())
        }
        Response::Verified(verification) => to_js(&verification.reports()),
        response => result(&response),
    }
}

/// A deposit, BLS-change or exit file (any tool's) verified for `chain`, with what each entry
/// says: network, keys, credentials, address, amount, validator index, epoch; with
/// `expectedAddress`, whether funds go there; with `mnemonic`, at which key index each key is.
#[wasm_bindgen(js_name = verifyFile, unchecked_return_type = "FileVerification")]
pub fn verify_file_js(
    #[wasm_bindgen(unchecked_param_type = "WithProgress<VerifyFile>")] options: JsValue,
) -> Result<JsValue, JsValue> {
    operation(&options, Request::VerifyFile)
}

/// Per-entry report on a deposit file (any tool's) for `chain`.
#[wasm_bindgen(js_name = verifyDepositData, unchecked_return_type = "EntryReport[]")]
pub fn verify_deposit_data_js(
    #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ChainInput")] chain: JsValue,
) -> Result<JsValue, JsValue> {
    verify(json, chain, None, crate::files::FileKind::DepositData)
}

/// Per-entry report on a builder deposit file (deposit-cli's `builder_deposit_data-*.json`)
/// for `chain`.
#[wasm_bindgen(js_name = verifyBuilderDepositData, unchecked_return_type = "EntryReport[]")]
pub fn verify_builder_deposit_data_js(
    #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ChainInput")] chain: JsValue,
) -> Result<JsValue, JsValue> {
    verify(
        json,
        chain,
        None,
        crate::files::FileKind::BuilderDepositData,
    )
}

/// Per-entry report on a deposit-cli or ethdo BLS-change file for `chain`.
#[wasm_bindgen(js_name = verifyBlsToExecutionChanges, unchecked_return_type = "EntryReport[]")]
pub fn verify_bls_to_execution_changes_js(
    #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ChainInput")] chain: JsValue,
) -> Result<JsValue, JsValue> {
    verify(
        json,
        chain,
        None,
        crate::files::FileKind::BlsToExecutionChange,
    )
}

/// Report on one signed exit for `chain` and the validator's signing `pubkey`.
#[wasm_bindgen(js_name = verifyVoluntaryExit, unchecked_return_type = "EntryReport")]
pub fn verify_voluntary_exit_js(
    #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ChainInput")] chain: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] pubkey: JsValue,
) -> Result<JsValue, JsValue> {
    verify(
        json,
        chain,
        Some(pubkey),
        crate::files::FileKind::VoluntaryExit,
    )
}

/// Report on one proof of withdrawal-address ownership for `chain` and the validator's signing
/// `pubkey`.
#[wasm_bindgen(js_name = verifyOwnershipProof, unchecked_return_type = "EntryReport")]
pub fn verify_ownership_proof_js(
    #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ChainInput")] chain: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] pubkey: JsValue,
) -> Result<JsValue, JsValue> {
    verify(
        json,
        chain,
        Some(pubkey),
        crate::files::FileKind::BlsToExecutionChangeKeystore,
    )
}

/// Reads any request (`{ kind: "create_deposit_data", … }`) and runs it: what the worker does.
#[wasm_bindgen(js_name = runRequest)]
pub fn run_request_js(
    #[wasm_bindgen(unchecked_param_type = "Request")] request: JsValue,
) -> Result<JsValue, JsValue> {
    let (request, on_progress) = read::<Request>(&request)?;
    result(&run_with(&request, on_progress)?)
}

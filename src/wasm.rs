//! The `#[wasm_bindgen]` façade built into `pkg/`: converts types and calls the core, nothing else.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use zeroize::Zeroizing;

use crate::bls::PublicKey;
use crate::bls_to_execution_change::{
    create_bls_to_execution_changes, parse_validator_indices, parse_withdrawal_credentials,
    verify_bls_to_execution_changes, BlsChangeRequest,
};
use crate::chain::{Chain, ChainInput};
use crate::deposit::{create_deposit_data, verify_deposit_data, DepositRequest, Withdrawal};
use crate::execution_address::ExecutionAddress;
use crate::hex_field::decode_lenient;
use crate::keystore_json;
use crate::keystores::{create_keystores, KdfChoice, KeystoreRequest};
use crate::mnemonic::Seed;
use crate::mnemonic::{languages_of, Mnemonic, MnemonicLanguage};
use crate::output::{parse_uint64, OutputFile};
use crate::random::{draw_keystore_randomness, generate_mnemonic};
use crate::validator::{consecutive_key_indices, derive_validator_keys};
use crate::validator_import::{
    parse_validator_import, ImportFormat, ImportedValidator, ValidatorStatus,
};
use crate::validator_search::{find_validators, SearchError};
use crate::voluntary_exit::{
    create_voluntary_exit_from_keystore, create_voluntary_exits, parse_validator_pubkey,
    verify_voluntary_exit,
};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
export type MnemonicLanguage =
  | "english" | "spanish" | "french" | "italian" | "portuguese" | "czech"
  | "japanese" | "korean" | "chinese_simplified" | "chinese_traditional";

export interface DeriveValidatorKeysOptions {
  mnemonic: string;
  passphrase?: string;
  startIndex: number;
  count: number;
}

export interface ValidatorKeys {
  index: number;
  signingPath: string;
  signingPubkey: string;
  withdrawalPath: string;
  withdrawalPubkey: string;
  blsWithdrawalCredentials: string;
}

export interface CreateKeystoresOptions {
  mnemonic: string;
  passphrase?: string;
  startIndex: number;
  count: number;
  password: string;
  kdf?: "scrypt" | "pbkdf2";
  /** One salt and KDF run per keystore instead of one per batch (deposit-cli 1.3's default). */
  independentSalts?: boolean;
  /** Unix seconds for the file names; defaults to now. */
  timestamp?: number;
}

export interface OutputFile {
  fileName: string;
  json: string;
}

export interface DecryptedKeystore {
  pubkey: string;
  path: string;
}

export type BuiltinChain = "mainnet" | "sepolia" | "holesky" | "hoodi" | "gnosis" | "chiado";

/** A built-in chain, or a custom one: fork versions 0x + 8 hex digits, root 0x + 64. */
export type ChainInput =
  | BuiltinChain
  | { name: string; genesisForkVersion: string; capellaForkVersion: string; genesisValidatorsRoot?: string };

export interface CreateDepositDataOptions {
  mnemonic: string;
  passphrase?: string;
  startIndex: number;
  count: number;
  chain: ChainInput;
  /** EIP-55 checksummed. Without it, 0x00 credentials, which need allowBlsCredentials. */
  withdrawalAddress?: string;
  /** 0x02 (default) or, with false, 0x01 (exactly 32 ETH). */
  compounding?: boolean;
  /** Decimal gwei of the chain's currency, 0x02 only: 1 to 2048 ETH (1/32 to 64 GNO). */
  amountGwei?: string;
  allowBlsCredentials?: boolean;
  timestamp?: number;
}

export interface CreateBlsToExecutionChangesOptions {
  mnemonic: string;
  passphrase?: string;
  chain: ChainInput;
  /** Key index of validatorIndices[0]; the i-th validator uses startIndex + i. */
  startIndex?: number;
  /** Or each validator's own key index (as findValidators reports them), same order. */
  keyIndices?: number[];
  validatorIndices: string[];
  /** The validators' current 0x00 credentials, same order. */
  blsWithdrawalCredentials: string[];
  executionAddress: string;
  timestamp?: number;
}

export interface BlsToExecutionChangeFiles extends OutputFile {
  /** The same changes as ethdo's change-operations.json. */
  ethdo: OutputFile;
}

export interface CreateVoluntaryExitsOptions {
  mnemonic: string;
  passphrase?: string;
  chain: ChainInput;
  /** Key index of validatorIndices[0]; or keyIndices, one per validator. */
  startIndex?: number;
  keyIndices?: number[];
  validatorIndices: string[];
  epoch: string;
  timestamp?: number;
}

export interface CreateVoluntaryExitFromKeystoreOptions {
  keystore: string;
  password: string;
  chain: ChainInput;
  validatorIndex: string;
  epoch: string;
  /** When given, the keystore's key must be this validator's. */
  validatorPubkey?: string;
  timestamp?: number;
}

/** One validator as the beacon chain shows it; index is a decimal string or a number. */
export interface ImportedValidator {
  index: string | number;
  pubkey?: string;
  withdrawalCredentials: string;
  status?: string;
}

/** The chain an ethdo preparation file was made on; usable as a ChainInput. */
export interface ImportedChain {
  /** The built-in chain whose values these are, or "custom". */
  name: string;
  genesisForkVersion: string;
  capellaForkVersion: string;
  genesisValidatorsRoot: string;
  currentForkVersion: string;
  epoch: string;
}

export interface ValidatorImport {
  format: "beacon-api" | "ethdo-offline-preparation" | "csv";
  chain?: ImportedChain;
  validators: { index: string; pubkey?: string; withdrawalCredentials: string; status?: string }[];
}

export interface FindValidatorsOptions {
  mnemonic: string;
  passphrase?: string;
  /** Highest key index scanned: key indices 0..=maxKeyIndex are derived (ethdo's 1,024 is 1023). */
  maxKeyIndex: number;
  validators: ImportedValidator[];
}

export interface FoundValidatorKey {
  validatorIndex: string;
  keyIndex: number;
  /** What matched: the 0x00 withdrawal credentials (withdrawal key) or the pubkey (signing key). */
  kind: "withdrawal-credentials" | "signing-pubkey";
}

export interface EntryReport {
  index: number;
  ok: boolean;
  problems: string[];
}
"#;

/// Every core error becomes a JS `Error` carrying the core's message.
fn into_error(err: impl std::fmt::Display) -> JsError {
    JsError::new(&err.to_string())
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(into_error)
}

fn from_js<T: for<'de> Deserialize<'de>>(value: JsValue) -> Result<T, JsError> {
    serde_wasm_bindgen::from_value(value).map_err(|err| {
        // serde-wasm-bindgen's message reads "Error: …"; ours already says what failed.
        let text = err.to_string();
        JsError::new(&format!(
            "invalid options: {}",
            text.strip_prefix("Error: ").unwrap_or(&text)
        ))
    })
}

fn language(name: Option<String>) -> Result<Option<MnemonicLanguage>, JsError> {
    name.map(|name| name.parse().map_err(into_error))
        .transpose()
}

fn now_unix_seconds() -> u64 {
    (js_sys::Date::now() / 1000.0) as u64
}

/// A new mnemonic from `crypto.getRandomValues` (24 words in English unless told otherwise).
#[wasm_bindgen(js_name = generateMnemonic)]
pub fn generate_mnemonic_js(
    #[wasm_bindgen(unchecked_param_type = "MnemonicLanguage")] language_name: Option<String>,
    words: Option<u32>,
) -> Result<String, JsError> {
    let language = language(language_name)?.unwrap_or(MnemonicLanguage::English);
    let mnemonic = generate_mnemonic(language, words.unwrap_or(24) as usize).map_err(into_error)?;
    Ok(mnemonic.phrase().to_owned())
}

/// The canonical phrase (full words, single spaces, NFKD, lowercase), or the precise problem.
#[wasm_bindgen(js_name = normalizeMnemonic)]
pub fn normalize_mnemonic_js(
    mnemonic: &str,
    #[wasm_bindgen(unchecked_param_type = "MnemonicLanguage")] language_name: Option<String>,
) -> Result<String, JsError> {
    let mnemonic = Mnemonic::parse(mnemonic, language(language_name)?).map_err(into_error)?;
    Ok(mnemonic.phrase().to_owned())
}

/// The wordlists that contain every word of the phrase.
#[wasm_bindgen(js_name = mnemonicLanguages, unchecked_return_type = "MnemonicLanguage[]")]
pub fn mnemonic_languages_js(mnemonic: &str) -> Result<JsValue, JsError> {
    let names: Vec<&str> = languages_of(mnemonic)
        .into_iter()
        .map(MnemonicLanguage::name)
        .collect();
    to_js(&names)
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct DeriveValidatorKeysOptions {
    mnemonic: Zeroizing<String>,
    #[serde(default)]
    passphrase: Zeroizing<String>,
    start_index: u32,
    count: u32,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ValidatorKeysJs {
    index: u32,
    signing_path: String,
    signing_pubkey: String,
    withdrawal_path: String,
    withdrawal_pubkey: String,
    bls_withdrawal_credentials: String,
}

/// Public keys and 0x00 credentials of validators `startIndex..startIndex+count`.
#[wasm_bindgen(js_name = deriveValidatorKeys, unchecked_return_type = "ValidatorKeys[]")]
pub fn derive_validator_keys_js(
    #[wasm_bindgen(unchecked_param_type = "DeriveValidatorKeysOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options: DeriveValidatorKeysOptions = from_js(options)?;
    let mnemonic = Mnemonic::parse(&options.mnemonic, None).map_err(into_error)?;
    let seed = mnemonic.to_seed(&options.passphrase);
    let keys =
        derive_validator_keys(&seed, options.start_index, options.count).map_err(into_error)?;
    let keys: Vec<ValidatorKeysJs> = keys
        .into_iter()
        .map(|keys| ValidatorKeysJs {
            index: keys.index,
            signing_path: keys.signing_path.to_string(),
            signing_pubkey: keys.signing_pubkey.to_hex(),
            withdrawal_path: keys.withdrawal_path.to_string(),
            withdrawal_pubkey: keys.withdrawal_pubkey.to_hex(),
            bls_withdrawal_credentials: format!(
                "0x{}",
                hex::encode(keys.bls_withdrawal_credentials)
            ),
        })
        .collect();
    to_js(&keys)
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum KdfName {
    Scrypt,
    Pbkdf2,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CreateKeystoresOptions {
    mnemonic: Zeroizing<String>,
    #[serde(default)]
    passphrase: Zeroizing<String>,
    start_index: u32,
    count: u32,
    password: Zeroizing<String>,
    kdf: Option<KdfName>,
    #[serde(default)]
    independent_salts: bool,
    timestamp: Option<u64>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OutputFileJs {
    file_name: String,
    json: String,
}

/// Signing-key keystores, each decrypted and checked before it is returned.
#[wasm_bindgen(js_name = createKeystores, unchecked_return_type = "OutputFile[]")]
pub fn create_keystores_js(
    #[wasm_bindgen(unchecked_param_type = "CreateKeystoresOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options: CreateKeystoresOptions = from_js(options)?;
    let mnemonic = Mnemonic::parse(&options.mnemonic, None).map_err(into_error)?;
    let seed = mnemonic.to_seed(&options.passphrase);
    let randomness =
        draw_keystore_randomness(options.count, options.independent_salts).map_err(into_error)?;
    let request = KeystoreRequest {
        seed: &seed,
        start_index: options.start_index,
        count: options.count,
        password: &options.password,
        kdf: match options.kdf {
            Some(KdfName::Pbkdf2) => KdfChoice::Pbkdf2,
            Some(KdfName::Scrypt) | None => KdfChoice::Scrypt,
        },
        independent_salts: options.independent_salts,
        timestamp: options.timestamp.unwrap_or_else(now_unix_seconds),
    };
    let files: Vec<OutputFileJs> = create_keystores(&request, &randomness)
        .map_err(into_error)?
        .into_iter()
        .map(|file| OutputFileJs {
            file_name: file.file_name,
            json: file.json,
        })
        .collect();
    to_js(&files)
}

#[derive(Serialize)]
struct DecryptedKeystoreJs {
    pubkey: String,
    path: String,
}

/// Checks that `password` opens the keystore and that its key matches its pubkey. The secret
/// itself never leaves Rust.
#[wasm_bindgen(js_name = decryptKeystore, unchecked_return_type = "DecryptedKeystore")]
pub fn decrypt_keystore_js(json: &str, password: &str) -> Result<JsValue, JsError> {
    let keystore = keystore_json::from_json(json).map_err(into_error)?;
    let secret_key = keystore.decrypt(password).map_err(into_error)?;
    to_js(&DecryptedKeystoreJs {
        pubkey: secret_key.public_key().to_hex(),
        path: keystore
            .path
            .map(|path| path.to_string())
            .unwrap_or_default(),
    })
}

fn chain_from_js(chain: JsValue) -> Result<Chain, JsError> {
    from_js::<ChainInput>(chain)?.resolve().map_err(into_error)
}

fn seed_from(mnemonic: &str, passphrase: &str) -> Result<Seed, JsError> {
    Ok(Mnemonic::parse(mnemonic, None)
        .map_err(into_error)?
        .to_seed(passphrase))
}

/// The key index of each validator: consecutive from `startIndex`, or given one by one.
fn key_indices_from(
    start_index: Option<u32>,
    key_indices: Option<Vec<u32>>,
    validators: usize,
) -> Result<Vec<u32>, JsError> {
    match (start_index, key_indices) {
        (Some(start), None) => consecutive_key_indices(start, validators).map_err(into_error),
        (None, Some(indices)) => Ok(indices),
        _ => Err(JsError::new(
            "invalid options: give either startIndex or keyIndices (one key index per validator)",
        )),
    }
}

fn uint64_from(text: &str, what: &str) -> Result<u64, JsError> {
    parse_uint64(text.trim()).ok_or_else(|| {
        JsError::new(&format!(
            "{what} \"{text}\" is not a whole number from 0 to 18446744073709551615"
        ))
    })
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CreateDepositDataOptions {
    mnemonic: Zeroizing<String>,
    #[serde(default)]
    passphrase: Zeroizing<String>,
    start_index: u32,
    count: u32,
    chain: ChainInput,
    withdrawal_address: Option<String>,
    compounding: Option<bool>,
    amount_gwei: Option<String>,
    #[serde(default)]
    allow_bls_credentials: bool,
    timestamp: Option<u64>,
}

/// Deposit data for `count` validators: 0x02 by default with an address, 0x01 with
/// `compounding: false`, 0x00 only with `allowBlsCredentials` and no address.
#[wasm_bindgen(js_name = createDepositData, unchecked_return_type = "OutputFile")]
pub fn create_deposit_data_js(
    #[wasm_bindgen(unchecked_param_type = "CreateDepositDataOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options: CreateDepositDataOptions = from_js(options)?;
    let chain = options.chain.resolve().map_err(into_error)?;
    let withdrawal = match &options.withdrawal_address {
        None => Withdrawal::Bls,
        Some(text) => {
            let address = ExecutionAddress::parse_checksummed(text).map_err(into_error)?;
            if options.compounding.unwrap_or(true) {
                Withdrawal::Compounding(address)
            } else {
                Withdrawal::Execution(address)
            }
        }
    };
    let amount = options
        .amount_gwei
        .as_deref()
        .map(|text| uint64_from(text, "amountGwei"))
        .transpose()?;
    let seed = seed_from(&options.mnemonic, &options.passphrase)?;
    let file = create_deposit_data(&DepositRequest {
        seed: &seed,
        start_index: options.start_index,
        count: options.count,
        chain: &chain,
        withdrawal,
        amount,
        allow_bls_credentials: options.allow_bls_credentials,
        timestamp: options.timestamp.unwrap_or_else(now_unix_seconds),
    })
    .map_err(into_error)?;
    to_js(&file)
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CreateBlsChangesOptions {
    mnemonic: Zeroizing<String>,
    #[serde(default)]
    passphrase: Zeroizing<String>,
    chain: ChainInput,
    start_index: Option<u32>,
    key_indices: Option<Vec<u32>>,
    validator_indices: Vec<String>,
    bls_withdrawal_credentials: Vec<String>,
    execution_address: String,
    timestamp: Option<u64>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BlsChangeFilesJs {
    file_name: String,
    json: String,
    ethdo: OutputFile,
}

/// Signed BLS-to-execution changes, after every validator's credentials matched the mnemonic.
#[wasm_bindgen(js_name = createBlsToExecutionChanges, unchecked_return_type = "BlsToExecutionChangeFiles")]
pub fn create_bls_to_execution_changes_js(
    #[wasm_bindgen(unchecked_param_type = "CreateBlsToExecutionChangesOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options: CreateBlsChangesOptions = from_js(options)?;
    let chain = options.chain.resolve().map_err(into_error)?;
    let validators = parse_validator_indices(&options.validator_indices).map_err(into_error)?;
    let credentials =
        parse_withdrawal_credentials(&options.bls_withdrawal_credentials).map_err(into_error)?;
    let execution_address =
        ExecutionAddress::parse_checksummed(&options.execution_address).map_err(into_error)?;
    let key_indices = key_indices_from(options.start_index, options.key_indices, validators.len())?;
    let seed = seed_from(&options.mnemonic, &options.passphrase)?;
    let files = create_bls_to_execution_changes(&BlsChangeRequest {
        seed: &seed,
        chain: &chain,
        key_indices: &key_indices,
        validator_indices: &validators,
        bls_withdrawal_credentials: &credentials,
        execution_address,
        timestamp: options.timestamp.unwrap_or_else(now_unix_seconds),
    })
    .map_err(into_error)?;
    to_js(&BlsChangeFilesJs {
        file_name: files.deposit_cli.file_name,
        json: files.deposit_cli.json,
        ethdo: files.ethdo,
    })
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CreateExitsOptions {
    mnemonic: Zeroizing<String>,
    #[serde(default)]
    passphrase: Zeroizing<String>,
    chain: ChainInput,
    start_index: Option<u32>,
    key_indices: Option<Vec<u32>>,
    validator_indices: Vec<String>,
    epoch: String,
    timestamp: Option<u64>,
}

/// One signed exit per validator, `validatorIndices[i]` signed with key index `startIndex + i`
/// (or `keyIndices[i]`).
#[wasm_bindgen(js_name = createVoluntaryExits, unchecked_return_type = "OutputFile[]")]
pub fn create_voluntary_exits_js(
    #[wasm_bindgen(unchecked_param_type = "CreateVoluntaryExitsOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options: CreateExitsOptions = from_js(options)?;
    let chain = options.chain.resolve().map_err(into_error)?;
    let validators = parse_validator_indices(&options.validator_indices).map_err(into_error)?;
    let epoch = uint64_from(&options.epoch, "epoch")?;
    let key_indices = key_indices_from(options.start_index, options.key_indices, validators.len())?;
    let seed = seed_from(&options.mnemonic, &options.passphrase)?;
    let files = create_voluntary_exits(
        &seed,
        &chain,
        &key_indices,
        &validators,
        epoch,
        options.timestamp.unwrap_or_else(now_unix_seconds),
    )
    .map_err(into_error)?;
    to_js(&files)
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ExitFromKeystoreOptions {
    keystore: String,
    password: Zeroizing<String>,
    chain: ChainInput,
    validator_index: String,
    epoch: String,
    validator_pubkey: Option<String>,
    timestamp: Option<u64>,
}

/// A signed exit from an EIP-2335 keystore and its password.
#[wasm_bindgen(js_name = createVoluntaryExitFromKeystore, unchecked_return_type = "OutputFile")]
pub fn create_voluntary_exit_from_keystore_js(
    #[wasm_bindgen(unchecked_param_type = "CreateVoluntaryExitFromKeystoreOptions")]
    options: JsValue,
) -> Result<JsValue, JsError> {
    let options: ExitFromKeystoreOptions = from_js(options)?;
    let chain = options.chain.resolve().map_err(into_error)?;
    let validator_pubkey = options
        .validator_pubkey
        .as_deref()
        .map(public_key_from)
        .transpose()?;
    let file = create_voluntary_exit_from_keystore(
        &options.keystore,
        &options.password,
        &chain,
        uint64_from(&options.validator_index, "validatorIndex")?,
        uint64_from(&options.epoch, "epoch")?,
        validator_pubkey.as_ref(),
        options.timestamp.unwrap_or_else(now_unix_seconds),
    )
    .map_err(into_error)?;
    to_js(&file)
}

fn public_key_from(text: &str) -> Result<PublicKey, JsError> {
    parse_validator_pubkey(text).map_err(into_error)
}

/// Per-entry report on a deposit file (any tool's) for `chain`.
#[wasm_bindgen(js_name = verifyDepositData, unchecked_return_type = "EntryReport[]")]
pub fn verify_deposit_data_js(
    json: &str,
    #[wasm_bindgen(unchecked_param_type = "ChainInput")] chain: JsValue,
) -> Result<JsValue, JsError> {
    let chain = chain_from_js(chain)?;
    to_js(&verify_deposit_data(json, &chain).map_err(into_error)?)
}

/// Per-entry report on a deposit-cli or ethdo BLS-change file for `chain`.
#[wasm_bindgen(js_name = verifyBlsToExecutionChanges, unchecked_return_type = "EntryReport[]")]
pub fn verify_bls_to_execution_changes_js(
    json: &str,
    #[wasm_bindgen(unchecked_param_type = "ChainInput")] chain: JsValue,
) -> Result<JsValue, JsError> {
    let chain = chain_from_js(chain)?;
    to_js(&verify_bls_to_execution_changes(json, &chain).map_err(into_error)?)
}

/// Report on one signed exit for `chain` and the validator's signing `pubkey`.
#[wasm_bindgen(js_name = verifyVoluntaryExit, unchecked_return_type = "EntryReport")]
pub fn verify_voluntary_exit_js(
    json: &str,
    #[wasm_bindgen(unchecked_param_type = "ChainInput")] chain: JsValue,
    pubkey: &str,
) -> Result<JsValue, JsError> {
    let chain = chain_from_js(chain)?;
    let pubkey = public_key_from(pubkey)?;
    to_js(&verify_voluntary_exit(json, &chain, &pubkey).map_err(into_error)?)
}

/// A validator index as JS callers write it: a decimal string (the beacon API's) or a number.
#[derive(Deserialize)]
#[serde(untagged)]
enum IndexJs {
    Text(String),
    Number(u64),
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ImportedValidatorJs {
    index: IndexJs,
    pubkey: Option<String>,
    withdrawal_credentials: String,
    #[serde(default)]
    status: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FindValidatorsOptions {
    mnemonic: Zeroizing<String>,
    #[serde(default)]
    passphrase: Zeroizing<String>,
    max_key_index: u32,
    validators: Vec<ImportedValidatorJs>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FoundValidatorKeyJs {
    validator_index: String,
    key_index: u32,
    kind: &'static str,
}

fn imported_validator(
    position: usize,
    js: ImportedValidatorJs,
) -> Result<ImportedValidator, JsError> {
    let entry = format!("validators[{position}]");
    let index = match js.index {
        IndexJs::Number(number) => number,
        IndexJs::Text(text) => parse_uint64(&text).ok_or_else(|| {
            JsError::new(&format!(
                "{entry}: index \"{text}\" is not a decimal uint64"
            ))
        })?,
    };
    let pubkey = js
        .pubkey
        .map(|text| decode_lenient::<48>(text.trim()))
        .transpose()
        .map_err(|err| JsError::new(&format!("{entry}: pubkey {err}")))?;
    let withdrawal_credentials = decode_lenient::<32>(js.withdrawal_credentials.trim())
        .map_err(|err| JsError::new(&format!("{entry}: withdrawalCredentials {err}")))?;
    let status = js
        .status
        .map(|text| {
            ValidatorStatus::parse(&text).ok_or_else(|| {
                JsError::new(&format!(
                    "{entry}: status \"{text}\" is not a beacon API validator status"
                ))
            })
        })
        .transpose()?;
    Ok(ImportedValidator {
        index,
        pubkey,
        withdrawal_credentials,
        status,
    })
}

/// Which of `validators` the mnemonic's key indices 0..=maxKeyIndex control, by 0x00
/// withdrawal credentials or by signing pubkey; ordered by validator index.
#[wasm_bindgen(js_name = findValidators, unchecked_return_type = "FoundValidatorKey[]")]
pub fn find_validators_js(
    #[wasm_bindgen(unchecked_param_type = "FindValidatorsOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options: FindValidatorsOptions = from_js(options)?;
    let validators = options
        .validators
        .into_iter()
        .enumerate()
        .map(|(position, js)| imported_validator(position, js))
        .collect::<Result<Vec<_>, _>>()?;
    let key_count = options
        .max_key_index
        .checked_add(1)
        .ok_or_else(|| into_error(SearchError::KeyCount { count: u32::MAX }))?;
    let seed = seed_from(&options.mnemonic, &options.passphrase)?;
    let found = find_validators(&seed, key_count, &validators).map_err(into_error)?;
    let keys: Vec<FoundValidatorKeyJs> = found
        .iter()
        .flat_map(|f| {
            let entry = |kind| FoundValidatorKeyJs {
                validator_index: f.validator_index.to_string(),
                key_index: f.key_index,
                kind,
            };
            let by_credentials = f
                .by_withdrawal_credentials
                .then(|| entry("withdrawal-credentials"));
            let by_pubkey = f.by_signing_pubkey.then(|| entry("signing-pubkey"));
            by_credentials.into_iter().chain(by_pubkey)
        })
        .collect();
    to_js(&keys)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ImportedChainJs {
    name: String,
    genesis_fork_version: String,
    capella_fork_version: String,
    genesis_validators_root: String,
    current_fork_version: String,
    epoch: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ImportedValidatorOut {
    index: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pubkey: Option<String>,
    withdrawal_credentials: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ValidatorImportJs {
    format: ImportFormat,
    #[serde(skip_serializing_if = "Option::is_none")]
    chain: Option<ImportedChainJs>,
    validators: Vec<ImportedValidatorOut>,
}

/// Parses a beacon API validators response, an ethdo offline-preparation.json or a CSV of
/// `validator_index,withdrawal_credentials`. Over 1 GiB is refused.
#[wasm_bindgen(js_name = parseValidatorImport, unchecked_return_type = "ValidatorImport")]
pub fn parse_validator_import_js(text: &str) -> Result<JsValue, JsError> {
    let import = parse_validator_import(text.as_bytes()).map_err(into_error)?;
    let hex = |bytes: &[u8]| format!("0x{}", hex::encode(bytes));
    to_js(&ValidatorImportJs {
        format: import.format,
        chain: import.chain.map(|imported| ImportedChainJs {
            name: Chain::from_import(&imported).name,
            genesis_fork_version: hex(&imported.genesis_fork_version),
            capella_fork_version: hex(&imported.exit_fork_version),
            genesis_validators_root: hex(&imported.genesis_validators_root),
            current_fork_version: hex(&imported.current_fork_version),
            epoch: imported.epoch.to_string(),
        }),
        validators: import
            .validators
            .into_iter()
            .map(|v| ImportedValidatorOut {
                index: v.index.to_string(),
                pubkey: v.pubkey.map(|pubkey| hex(&pubkey)),
                withdrawal_credentials: hex(&v.withdrawal_credentials),
                status: v.status.map(ValidatorStatus::as_str),
            })
            .collect(),
    })
}

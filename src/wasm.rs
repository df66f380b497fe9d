//! The `#[wasm_bindgen]` façade built into `pkg/`: converts types and calls the core, nothing else.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use zeroize::Zeroizing;

use crate::keystore_json;
use crate::keystores::{create_keystores, KdfChoice, KeystoreRequest};
use crate::mnemonic::{languages_of, Mnemonic, MnemonicLanguage};
use crate::random::{draw_keystore_randomness, generate_mnemonic};
use crate::validator::derive_validator_keys;

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

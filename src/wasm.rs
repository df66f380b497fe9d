//! The `#[wasm_bindgen]` façade built into `pkg/`: converts types and calls the core, nothing else.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use zeroize::Zeroizing;

use crate::mnemonic::Mnemonic;
use crate::validator::derive_validator_keys;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
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
    let options: DeriveValidatorKeysOptions =
        serde_wasm_bindgen::from_value(options).map_err(into_error)?;
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

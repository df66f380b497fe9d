//! The EIP-2335 version 4 JSON layout, in ethstaker-deposit-cli's field order. No crypto here:
//! this module only maps text to `Keystore` and back, strictly.
//!
//! Unknown fields are refused everywhere (a typo in a module name must not pass silently),
//! except Prysm's top-level `"name"`, which is accepted and ignored as lighthouse does.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::bls::PublicKey;
use crate::eip2334::KeyPath;
use crate::eip2335::{Kdf, Keystore, KeystoreError, DKLEN};

/// Keystore files larger than this are refused before parsing.
pub const MAX_KEYSTORE_BYTES: usize = 1 << 20;
/// Longest salt a keystore may carry, in bytes.
const MAX_SALT_BYTES: usize = 1024;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeystoreJson {
    crypto: CryptoJson,
    #[serde(default)]
    description: String,
    pubkey: String,
    path: String,
    uuid: String,
    version: u64,
    #[serde(default, skip_serializing)]
    #[allow(dead_code)]
    name: Option<Value>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CryptoJson {
    kdf: ModuleJson,
    checksum: ModuleJson,
    cipher: ModuleJson,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleJson {
    function: String,
    params: Value,
    message: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScryptParams {
    dklen: u64,
    n: u64,
    r: u64,
    p: u64,
    salt: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Pbkdf2Params {
    dklen: u64,
    c: u64,
    prf: String,
    salt: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CipherParams {
    iv: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct NoParams {}

fn malformed(field: &str, problem: impl Into<String>) -> KeystoreError {
    KeystoreError::Malformed {
        field: field.to_owned(),
        problem: problem.into(),
    }
}

fn params<T: DeserializeOwned>(field: &str, params: Value) -> Result<T, KeystoreError> {
    serde_json::from_value(params).map_err(|err| malformed(field, format!("is invalid: {err}")))
}

fn hex_field(field: &str, text: &str) -> Result<Vec<u8>, KeystoreError> {
    hex::decode(text).map_err(|_| malformed(field, "is not hex (without 0x)"))
}

fn fixed_hex<const N: usize>(field: &str, text: &str) -> Result<[u8; N], KeystoreError> {
    let bytes = hex_field(field, text)?;
    let len = bytes.len();
    bytes
        .try_into()
        .map_err(|_| malformed(field, format!("is {len} bytes; it must be {N}")))
}

fn salt_field(field: &str, text: &str) -> Result<Vec<u8>, KeystoreError> {
    let salt = hex_field(field, text)?;
    match salt.len() {
        0 => Err(malformed(field, "is empty")),
        len if len > MAX_SALT_BYTES => Err(malformed(
            field,
            format!("is {len} bytes; at most {MAX_SALT_BYTES} are allowed"),
        )),
        _ => Ok(salt),
    }
}

/// Parses and validates a keystore file. Nothing is decrypted here.
pub fn from_json(text: &str) -> Result<Keystore, KeystoreError> {
    if text.len() > MAX_KEYSTORE_BYTES {
        return Err(malformed(
            "file",
            format!("is {} bytes; a keystore is at most 1 MiB", text.len()),
        ));
    }
    if text.starts_with('\u{feff}') {
        return Err(malformed(
            "file",
            "starts with a byte-order mark; save it as plain UTF-8",
        ));
    }
    // serde would also read a struct from a JSON array; a keystore is an object.
    if !text.trim_start().starts_with('{') {
        return Err(malformed("file", "is not a JSON object"));
    }
    let json: KeystoreJson = serde_json::from_str(text)
        .map_err(|err| malformed("file", format!("is not keystore JSON: {err}")))?;
    if json.version != 4 {
        return Err(malformed(
            "version",
            format!("is {}; only version 4 is supported", json.version),
        ));
    }

    let kdf = match json.crypto.kdf.function.as_str() {
        "scrypt" => {
            let p: ScryptParams = params("crypto.kdf.params", json.crypto.kdf.params)?;
            check_dklen(p.dklen)?;
            Kdf::Scrypt {
                n: p.n,
                r: p.r,
                p: p.p,
                salt: salt_field("crypto.kdf.params.salt", &p.salt)?,
            }
        }
        "pbkdf2" => {
            let p: Pbkdf2Params = params("crypto.kdf.params", json.crypto.kdf.params)?;
            check_dklen(p.dklen)?;
            if p.prf != "hmac-sha256" {
                return Err(malformed(
                    "crypto.kdf.params.prf",
                    format!("is \"{}\"; only \"hmac-sha256\" is supported", p.prf),
                ));
            }
            Kdf::Pbkdf2 {
                c: p.c,
                salt: salt_field("crypto.kdf.params.salt", &p.salt)?,
            }
        }
        other => {
            return Err(malformed(
                "crypto.kdf.function",
                format!("is \"{other}\"; only \"scrypt\" and \"pbkdf2\" are supported"),
            ))
        }
    };
    if !json.crypto.kdf.message.is_empty() {
        return Err(malformed("crypto.kdf.message", "must be empty"));
    }

    if json.crypto.checksum.function != "sha256" {
        return Err(malformed(
            "crypto.checksum.function",
            format!(
                "is \"{}\"; only \"sha256\" is supported",
                json.crypto.checksum.function
            ),
        ));
    }
    let _: NoParams = params("crypto.checksum.params", json.crypto.checksum.params)?;
    let checksum = fixed_hex::<32>("crypto.checksum.message", &json.crypto.checksum.message)?;

    if json.crypto.cipher.function != "aes-128-ctr" {
        return Err(malformed(
            "crypto.cipher.function",
            format!(
                "is \"{}\"; only \"aes-128-ctr\" is supported",
                json.crypto.cipher.function
            ),
        ));
    }
    let cipher: CipherParams = params("crypto.cipher.params", json.crypto.cipher.params)?;
    let iv = fixed_hex::<16>("crypto.cipher.params.iv", &cipher.iv)?;
    let cipher_message = hex_field("crypto.cipher.message", &json.crypto.cipher.message)?;
    if cipher_message.is_empty() || cipher_message.len() > 64 {
        return Err(malformed(
            "crypto.cipher.message",
            format!("is {} bytes; a BLS keystore holds 32", cipher_message.len()),
        ));
    }

    let pubkey_bytes = fixed_hex::<48>("pubkey", &json.pubkey)?;
    let pubkey = PublicKey::from_bytes(&pubkey_bytes)
        .map_err(|err| malformed("pubkey", format!("is {err}")))?;
    let path = match json.path.as_str() {
        "" => None,
        text => Some(
            text.parse::<KeyPath>()
                .map_err(|err| malformed("path", format!("is invalid: {err}")))?,
        ),
    };
    let uuid = uuid::Uuid::try_parse(&json.uuid).map_err(|_| malformed("uuid", "is not a UUID"))?;

    Ok(Keystore {
        kdf,
        checksum,
        iv,
        cipher_message,
        description: json.description,
        pubkey,
        path,
        uuid,
    })
}

fn check_dklen(dklen: u64) -> Result<(), KeystoreError> {
    if dklen != DKLEN {
        return Err(malformed(
            "crypto.kdf.params.dklen",
            format!("is {dklen}; it must be {DKLEN}"),
        ));
    }
    Ok(())
}

/// Writes a keystore in deposit-cli's layout: one line, its field order, Python separators.
pub fn to_json(keystore: &Keystore) -> Result<String, serde_json::Error> {
    let kdf = match &keystore.kdf {
        Kdf::Scrypt { n, r, p, salt } => ModuleJson {
            function: "scrypt".into(),
            params: serde_json::to_value(ScryptParams {
                dklen: DKLEN,
                n: *n,
                r: *r,
                p: *p,
                salt: hex::encode(salt),
            })?,
            message: String::new(),
        },
        Kdf::Pbkdf2 { c, salt } => ModuleJson {
            function: "pbkdf2".into(),
            params: serde_json::to_value(Pbkdf2Params {
                dklen: DKLEN,
                c: *c,
                prf: "hmac-sha256".into(),
                salt: hex::encode(salt),
            })?,
            message: String::new(),
        },
    };
    let json = KeystoreJson {
        crypto: CryptoJson {
            kdf,
            checksum: ModuleJson {
                function: "sha256".into(),
                params: serde_json::to_value(NoParams {})?,
                message: hex::encode(keystore.checksum),
            },
            cipher: ModuleJson {
                function: "aes-128-ctr".into(),
                params: serde_json::to_value(CipherParams {
                    iv: hex::encode(keystore.iv),
                })?,
                message: hex::encode(&keystore.cipher_message),
            },
        },
        description: keystore.description.clone(),
        pubkey: hex::encode(keystore.pubkey.to_bytes()),
        path: keystore
            .path
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        uuid: keystore.uuid.hyphenated().to_string(),
        version: 4,
        name: None,
    };
    crate::python_json::to_string(&json)
}

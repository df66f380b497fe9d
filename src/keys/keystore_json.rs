//! The EIP-2335 version 4 JSON layout, in ethstaker-deposit-cli's field order. No crypto here:
//! this module only maps text to `Keystore` and back, strictly.
//!
//! Unknown fields are refused everywhere (a typo in a module name must not pass silently),
//! except Prysm's top-level `"name"`, which is accepted and ignored as lighthouse does.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::Quoted;
use crate::files::strict_json::{self, JsonError};
use crate::keys::bls::PublicKey;
use crate::keys::eip2334::KeyPath;
use crate::keys::eip2335::{
    Kdf, Keystore, KeystoreError, KeystoreModule, MalformedKeystore, DKLEN,
};

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

fn malformed(field: &str, problem: MalformedKeystore) -> KeystoreError {
    KeystoreError::Malformed {
        field: field.to_owned(),
        problem,
    }
}

fn json_problem(err: &serde_json::Error) -> MalformedKeystore {
    MalformedKeystore::Json {
        detail: Quoted::detail(&err.to_string()),
    }
}

fn params<T: DeserializeOwned>(field: &str, params: Value) -> Result<T, KeystoreError> {
    serde_json::from_value(params).map_err(|err| {
        malformed(
            field,
            MalformedKeystore::Params {
                detail: Quoted::detail(&err.to_string()),
            },
        )
    })
}

fn hex_field(field: &str, text: &str) -> Result<Vec<u8>, KeystoreError> {
    hex::decode(text).map_err(|_| malformed(field, MalformedKeystore::NotHex))
}

fn fixed_hex<const N: usize>(field: &str, text: &str) -> Result<[u8; N], KeystoreError> {
    let bytes = hex_field(field, text)?;
    let len = bytes.len();
    bytes.try_into().map_err(|_| {
        malformed(
            field,
            MalformedKeystore::WrongLength {
                bytes: len,
                expected: N,
            },
        )
    })
}

fn salt_field(field: &str, text: &str) -> Result<Vec<u8>, KeystoreError> {
    let salt = hex_field(field, text)?;
    match salt.len() {
        0 => Err(malformed(field, MalformedKeystore::Empty)),
        len if len > MAX_SALT_BYTES => Err(malformed(
            field,
            MalformedKeystore::TooLong {
                bytes: len,
                limit: MAX_SALT_BYTES,
            },
        )),
        _ => Ok(salt),
    }
}

fn unsupported(field: &str, found: &str, module: KeystoreModule) -> KeystoreError {
    malformed(
        field,
        MalformedKeystore::Unsupported {
            found: Quoted::new(found),
            module,
        },
    )
}

/// Parses and validates a keystore file. Nothing is decrypted here.
pub fn from_json(text: &str) -> Result<Keystore, KeystoreError> {
    if text.len() > MAX_KEYSTORE_BYTES {
        return Err(malformed(
            "file",
            MalformedKeystore::TooLarge { bytes: text.len() },
        ));
    }
    // One pass that refuses a BOM and repeated keys at any depth (serde's structs would
    // catch a repeated field, but not inside the free-form `params` objects).
    let value = strict_json::parse(text).map_err(|err| {
        malformed(
            "file",
            match err {
                JsonError::ByteOrderMark => MalformedKeystore::ByteOrderMark,
                JsonError::DuplicateKey { key } => MalformedKeystore::DuplicateKey { key },
                JsonError::Syntax {
                    line,
                    column,
                    detail,
                } => MalformedKeystore::Json {
                    detail: Quoted::detail(&format!("{detail} at line {line} column {column}")),
                },
            },
        )
    })?;
    // serde would also read a struct from a JSON array; a keystore is an object.
    if !value.is_object() {
        return Err(malformed("file", MalformedKeystore::NotAnObject));
    }
    let json: KeystoreJson =
        serde_json::from_value(value).map_err(|err| malformed("file", json_problem(&err)))?;
    if json.version != 4 {
        return Err(malformed(
            "version",
            MalformedKeystore::Version {
                found: json.version,
            },
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
                return Err(unsupported(
                    "crypto.kdf.params.prf",
                    &p.prf,
                    KeystoreModule::Prf,
                ));
            }
            Kdf::Pbkdf2 {
                c: p.c,
                salt: salt_field("crypto.kdf.params.salt", &p.salt)?,
            }
        }
        other => {
            return Err(unsupported(
                "crypto.kdf.function",
                other,
                KeystoreModule::Kdf,
            ))
        }
    };
    if !json.crypto.kdf.message.is_empty() {
        return Err(malformed("crypto.kdf.message", MalformedKeystore::NotEmpty));
    }

    if json.crypto.checksum.function != "sha256" {
        return Err(unsupported(
            "crypto.checksum.function",
            &json.crypto.checksum.function,
            KeystoreModule::Checksum,
        ));
    }
    let _: NoParams = params("crypto.checksum.params", json.crypto.checksum.params)?;
    let checksum = fixed_hex::<32>("crypto.checksum.message", &json.crypto.checksum.message)?;

    if json.crypto.cipher.function != "aes-128-ctr" {
        return Err(unsupported(
            "crypto.cipher.function",
            &json.crypto.cipher.function,
            KeystoreModule::Cipher,
        ));
    }
    let cipher: CipherParams = params("crypto.cipher.params", json.crypto.cipher.params)?;
    let iv = fixed_hex::<16>("crypto.cipher.params.iv", &cipher.iv)?;
    let cipher_message = hex_field("crypto.cipher.message", &json.crypto.cipher.message)?;
    if cipher_message.is_empty() || cipher_message.len() > 64 {
        return Err(malformed(
            "crypto.cipher.message",
            MalformedKeystore::CipherLength {
                bytes: cipher_message.len(),
            },
        ));
    }

    let pubkey_bytes = fixed_hex::<48>("pubkey", &json.pubkey)?;
    let pubkey = PublicKey::from_bytes(&pubkey_bytes)
        .map_err(|err| malformed("pubkey", MalformedKeystore::Pubkey(err)))?;
    if !json.path.is_empty() {
        json.path
            .parse::<KeyPath>()
            .map_err(|err| malformed("path", MalformedKeystore::Path(err)))?;
    }
    let uuid = uuid::Uuid::try_parse(&json.uuid)
        .map_err(|_| malformed("uuid", MalformedKeystore::Uuid))?;

    Ok(Keystore {
        kdf,
        checksum,
        iv,
        cipher_message,
        description: json.description,
        pubkey,
        path: json.path,
        uuid,
    })
}

fn check_dklen(dklen: u64) -> Result<(), KeystoreError> {
    if dklen != DKLEN {
        return Err(malformed(
            "crypto.kdf.params.dklen",
            MalformedKeystore::Dklen { found: dklen },
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
        path: keystore.path.clone(),
        uuid: keystore.uuid.hyphenated().to_string(),
        version: 4,
        name: None,
    };
    crate::files::python_json::to_string(&json)
}

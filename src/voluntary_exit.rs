//! Pre-signed voluntary exits (phase0 `SignedVoluntaryExit`, domain fixed to Capella by
//! EIP-7044), one `signed_exit_transaction-{validator_index}-{unix_seconds}.json` per validator,
//! as ethstaker-deposit-cli writes them and the beacon API accepts them.

use std::fmt;

use serde::Serialize;

use crate::bls::{verify, PublicKey, SecretKey, Signature};
use crate::chain::{Chain, ChainError};
use crate::consensus::{compute_signing_root, VoluntaryExit};
use crate::eip2334::KeyPath;
use crate::eip2335::KeystoreError;
use crate::hex_field::decode_prefixed;
use crate::keystore_json;
use crate::mnemonic::Seed;
use crate::output::{
    hex_field, message_uint64_field, EntryReport, FileError, OutputFile, MAX_FILE_BYTES,
};
use crate::validator::{check_batch_size, ValidatorRangeError};

/// Why no exit was signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExitError {
    Chain(ChainError),
    Range(ValidatorRangeError),
    NoValidators,
    KeyIndexCountMismatch {
        validators: usize,
        key_indices: usize,
    },
    Keystore(KeystoreError),
    /// The keystore's key is not the validator's.
    PubkeyMismatch {
        validator_pubkey: String,
        keystore_pubkey: String,
    },
    SelfCheckFailed {
        problem: String,
    },
}

impl fmt::Display for ExitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Chain(err) => err.fmt(f),
            Self::Range(err) => err.fmt(f),
            Self::NoValidators => f.write_str("give at least one validator index"),
            Self::KeyIndexCountMismatch { validators, key_indices } => write!(
                f,
                "{validators} validator indices but {key_indices} key indices; give one key index per validator"
            ),
            Self::Keystore(err) => err.fmt(f),
            Self::PubkeyMismatch { validator_pubkey, keystore_pubkey } => write!(
                f,
                "the keystore holds the key {keystore_pubkey}, not the validator's {validator_pubkey}; nothing was signed"
            ),
            Self::SelfCheckFailed { problem } => write!(f, "internal check failed, nothing was written: {problem}"),
        }
    }
}

impl std::error::Error for ExitError {}

#[derive(Serialize)]
struct ExitMessageJson {
    epoch: String,
    validator_index: String,
}

#[derive(Serialize)]
struct SignedExitJson {
    message: ExitMessageJson,
    signature: String,
}

/// Signs and verifies one exit with `signing_key`.
fn signed_exit(
    signing_key: &SecretKey,
    chain: &Chain,
    validator_index: u64,
    epoch: u64,
    timestamp: u64,
) -> Result<OutputFile, ExitError> {
    let domain = chain.voluntary_exit_domain().map_err(ExitError::Chain)?;
    let exit = VoluntaryExit {
        epoch,
        validator_index,
    };
    let signature = signing_key.sign(&compute_signing_root(&exit, domain));
    let json = crate::python_json::to_string(&SignedExitJson {
        message: ExitMessageJson {
            epoch: epoch.to_string(),
            validator_index: validator_index.to_string(),
        },
        signature: signature.to_hex(),
    })
    .map_err(|err| ExitError::SelfCheckFailed {
        problem: err.to_string(),
    })?;
    let report = verify_voluntary_exit(&json, chain, &signing_key.public_key()).map_err(|err| {
        ExitError::SelfCheckFailed {
            problem: err.to_string(),
        }
    })?;
    if !report.ok {
        return Err(ExitError::SelfCheckFailed {
            problem: report.problems.join("; "),
        });
    }
    Ok(OutputFile {
        file_name: format!("signed_exit_transaction-{validator_index}-{timestamp}.json"),
        json,
    })
}

/// Exits for `validators[i]`, signed with the mnemonic's signing key at `key_indices[i]`.
pub fn create_voluntary_exits(
    seed: &Seed,
    chain: &Chain,
    key_indices: &[u32],
    validators: &[u64],
    epoch: u64,
    timestamp: u64,
) -> Result<Vec<OutputFile>, ExitError> {
    if validators.is_empty() {
        return Err(ExitError::NoValidators);
    }
    check_batch_size(validators.len()).map_err(ExitError::Range)?;
    if validators.len() != key_indices.len() {
        return Err(ExitError::KeyIndexCountMismatch {
            validators: validators.len(),
            key_indices: key_indices.len(),
        });
    }
    chain.voluntary_exit_domain().map_err(ExitError::Chain)?;
    let master = SecretKey::derive_master_sk(seed.as_bytes())
        .map_err(|err| ExitError::Range(ValidatorRangeError::Seed(err)))?;
    validators
        .iter()
        .zip(key_indices)
        .map(|(&validator_index, &key_index)| {
            signed_exit(
                &KeyPath::signing(key_index).derive(&master),
                chain,
                validator_index,
                epoch,
                timestamp,
            )
        })
        .collect()
}

/// An exit signed with the key in an EIP-2335 keystore. With `validator_pubkey`, the keystore's
/// key must be that validator's.
pub fn create_voluntary_exit_from_keystore(
    keystore: &str,
    password: &str,
    chain: &Chain,
    validator_index: u64,
    epoch: u64,
    validator_pubkey: Option<&PublicKey>,
    timestamp: u64,
) -> Result<OutputFile, ExitError> {
    chain.voluntary_exit_domain().map_err(ExitError::Chain)?;
    let keystore = keystore_json::from_json(keystore).map_err(ExitError::Keystore)?;
    let signing_key = keystore.decrypt(password).map_err(ExitError::Keystore)?;
    if let Some(expected) = validator_pubkey {
        if *expected != signing_key.public_key() {
            return Err(ExitError::PubkeyMismatch {
                validator_pubkey: expected.to_hex(),
                keystore_pubkey: signing_key.public_key().to_hex(),
            });
        }
    }
    signed_exit(&signing_key, chain, validator_index, epoch, timestamp)
}

/// Why a validator pubkey typed or pasted by a person was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValidatorPubkeyError {
    Format(crate::hex_field::HexFieldError),
    Invalid(crate::bls::InvalidPublicKey),
}

impl fmt::Display for ValidatorPubkeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Format(err) => write!(f, "the validator pubkey {err}"),
            Self::Invalid(err) => write!(f, "the validator pubkey is {err}"),
        }
    }
}

impl std::error::Error for ValidatorPubkeyError {}

/// A validator's signing pubkey as pasted: 48 bytes of hex, `0x` optional, a valid G1 point.
pub fn parse_validator_pubkey(text: &str) -> Result<PublicKey, ValidatorPubkeyError> {
    let bytes = crate::hex_field::decode_lenient::<48>(text.trim())
        .map_err(ValidatorPubkeyError::Format)?;
    PublicKey::from_bytes(&bytes).map_err(ValidatorPubkeyError::Invalid)
}

/// Checks one signed exit file against `chain` and the validator's signing `pubkey`.
pub fn verify_voluntary_exit(
    json: &str,
    chain: &Chain,
    pubkey: &PublicKey,
) -> Result<EntryReport, FileError> {
    if json.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { bytes: json.len() });
    }
    let entry: serde_json::Value =
        serde_json::from_str(json).map_err(|err| FileError::NotJson(err.to_string()))?;
    if !entry.is_object() {
        return Err(FileError::NotAnArray);
    }
    let mut problems = Vec::new();
    let message = &entry["message"];
    let epoch = message_uint64_field(message, "epoch", &mut problems);
    let validator_index = message_uint64_field(message, "validator_index", &mut problems);
    let signature = hex_field::<96>(&entry, "signature", decode_prefixed, &mut problems);
    if let (Some(epoch), Some(validator_index), Some(signature)) =
        (epoch, validator_index, signature)
    {
        match chain.voluntary_exit_domain() {
            Err(err) => problems.push(err.to_string()),
            Ok(domain) => {
                let exit = VoluntaryExit {
                    epoch,
                    validator_index,
                };
                if !verify(
                    pubkey,
                    &compute_signing_root(&exit, domain),
                    &Signature::from_bytes(signature),
                ) {
                    problems.push(format!(
                        "signature does not verify for validator key {} on {}",
                        pubkey.to_hex(),
                        chain.name
                    ));
                }
            }
        }
    }
    Ok(EntryReport::new(0, problems))
}

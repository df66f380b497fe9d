//! Pre-signed voluntary exits (phase0 `SignedVoluntaryExit`, domain fixed to Capella by
//! EIP-7044), one `signed_exit_transaction-{validator_index}-{unix_seconds}.json` per validator,
//! as ethstaker-deposit-cli writes them and the beacon API accepts them.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::chain::Chain;
use crate::consensus::containers::{compute_signing_root, VoluntaryExit};
use crate::consensus::validators::{check_lengths, check_no_duplicates, ListOf};
use crate::consensus::{EntryProblem, SignatureStatus, SignedMessage};
use crate::error::{params, Coded, ErrorCode, Params, WalletError};
use crate::files::hex_field::decode_prefixed;
use crate::files::output::{hex_field, uint64_field, EntryReport, OutputFile};
use crate::files::{parse_object, serde_text, FileError, FileKind};
use crate::keys::bls::{verify, PublicKey, SecretKey, Signature};
use crate::keys::eip2334::KeyPath;
use crate::keys::keystore_json;
use crate::keys::mnemonic::Seed;
use crate::keys::validator::check_batch_size;

/// The keystore's key is not the validator's: nothing is signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PubkeyMismatch {
    pub validator_pubkey: String,
    pub keystore_pubkey: String,
}

impl fmt::Display for PubkeyMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the keystore holds the key {}, not the validator's {}; nothing was signed",
            self.keystore_pubkey, self.validator_pubkey
        )
    }
}

impl Coded for PubkeyMismatch {
    fn code(&self) -> ErrorCode {
        ErrorCode::ExitPubkeyMismatch
    }

    fn params(&self) -> Params {
        params(&[
            ("validator_pubkey", self.validator_pubkey.as_str().into()),
            ("keystore_pubkey", self.keystore_pubkey.as_str().into()),
        ])
    }

    fn field(&self) -> Option<String> {
        Some("validatorPubkey".into())
    }
}

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
) -> Result<OutputFile, WalletError> {
    let domain = chain.voluntary_exit_domain()?;
    let exit = VoluntaryExit {
        epoch,
        validator_index,
    };
    let signature = signing_key.sign(&compute_signing_root(&exit, domain));
    let json = crate::files::python_json::to_string(&SignedExitJson {
        message: ExitMessageJson {
            epoch: epoch.to_string(),
            validator_index: validator_index.to_string(),
        },
        signature: signature.to_hex(),
    })
    .map_err(WalletError::internal)?;
    let report = verify_voluntary_exit(&json, chain, &signing_key.public_key())
        .map_err(|err| WalletError::internal(WalletError::from(err)))?;
    crate::consensus::check_reports(&[report])?;
    Ok(OutputFile {
        kind: FileKind::VoluntaryExit,
        file_name: format!("signed_exit_transaction-{validator_index}-{timestamp}.json"),
        json,
    })
}

/// The request's shape, checked before any key is derived: the chain can sign exits, one key
/// index per validator, none twice, at most a batch.
pub fn check_exit_request(
    chain: &Chain,
    key_indices: &[u32],
    validators: &[u64],
) -> Result<(), WalletError> {
    chain.voluntary_exit_domain()?;
    check_lengths(validators.len(), key_indices.len(), ListOf::KeyIndices)?;
    check_no_duplicates(validators).map_err(|err| err.at("validatorIndices"))?;
    check_batch_size(validators.len())?;
    Ok(())
}

/// Exits for `validators[i]`, signed with the mnemonic's signing key at `key_indices[i]`.
pub fn create_voluntary_exits(
    seed: &Seed,
    chain: &Chain,
    key_indices: &[u32],
    validators: &[u64],
    epoch: u64,
    timestamp: u64,
) -> Result<Vec<OutputFile>, WalletError> {
    create_voluntary_exits_with_progress(
        seed,
        chain,
        key_indices,
        validators,
        epoch,
        timestamp,
        &mut |_, _| {},
    )
}

/// `create_voluntary_exits`, reporting each exit signed and verified.
pub fn create_voluntary_exits_with_progress(
    seed: &Seed,
    chain: &Chain,
    key_indices: &[u32],
    validators: &[u64],
    epoch: u64,
    timestamp: u64,
    progress: crate::files::output::Progress<'_>,
) -> Result<Vec<OutputFile>, WalletError> {
    check_exit_request(chain, key_indices, validators)?;
    let master = SecretKey::derive_master_sk(seed.as_bytes())?;
    validators
        .iter()
        .zip(key_indices)
        .enumerate()
        .map(|(i, (&validator_index, &key_index))| {
            let file = signed_exit(
                &KeyPath::signing(key_index).derive(&master),
                chain,
                validator_index,
                epoch,
                timestamp,
            );
            progress(i + 1, validators.len());
            file
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
) -> Result<OutputFile, WalletError> {
    chain.voluntary_exit_domain()?;
    let keystore = keystore_json::from_json(keystore).map_err(|err| err.at("keystore"))?;
    let signing_key = keystore
        .decrypt(password)
        .map_err(|err| WalletError::from(err).at("password"))?;
    if let Some(expected) = validator_pubkey {
        if *expected != signing_key.public_key() {
            return Err(PubkeyMismatch {
                validator_pubkey: expected.to_hex(),
                keystore_pubkey: signing_key.public_key().to_hex(),
            }
            .into());
        }
    }
    signed_exit(&signing_key, chain, validator_index, epoch, timestamp)
}

/// Why a validator pubkey typed or pasted by a person was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValidatorPubkeyError {
    Format(crate::files::hex_field::HexFieldError),
    Invalid(crate::keys::bls::InvalidPublicKey),
}

impl fmt::Display for ValidatorPubkeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Format(err) => write!(f, "the validator pubkey {err}"),
            Self::Invalid(err) => write!(f, "the validator pubkey {err}"),
        }
    }
}

impl Coded for ValidatorPubkeyError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::Format(err) => err.code(),
            Self::Invalid(err) => err.code(),
        }
    }

    fn params(&self) -> Params {
        let mut list = match self {
            Self::Format(err) => err.params(),
            Self::Invalid(err) => err.params(),
        };
        list.insert("subject".into(), "validator_pubkey".into());
        list
    }
}

/// A validator's signing pubkey as pasted: 48 bytes of hex, `0x` optional, a valid G1 point.
pub fn parse_validator_pubkey(text: &str) -> Result<PublicKey, ValidatorPubkeyError> {
    let bytes = crate::files::hex_field::decode_lenient::<48>(text.trim())
        .map_err(ValidatorPubkeyError::Format)?;
    PublicKey::from_bytes(&bytes).map_err(ValidatorPubkeyError::Invalid)
}

/// What a signed exit says. An exit file names no chain and no key: it is checked against
/// the chain chosen and the validator's pubkey given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct ExitContent {
    #[serde(default, with = "serde_text::option_uint64")]
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub validator_index: Option<u64>,
    /// The exit is valid from this epoch on.
    #[serde(default, with = "serde_text::option_uint64")]
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub epoch: Option<u64>,
    /// The validator's signing pubkey it was checked against (given, not in the file).
    #[serde(with = "serde_text::hex0x")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub pubkey: [u8; 48],
    pub signature: SignatureStatus,
}

/// Checks one signed exit file against `chain` and the validator's signing `pubkey`.
pub fn verify_voluntary_exit(
    json: &str,
    chain: &Chain,
    pubkey: &PublicKey,
) -> Result<EntryReport, FileError> {
    read_voluntary_exit(json, chain, pubkey).map(|(report, _)| report)
}

/// `verify_voluntary_exit`, with what the exit says beside its report.
pub fn read_voluntary_exit(
    json: &str,
    chain: &Chain,
    pubkey: &PublicKey,
) -> Result<(EntryReport, ExitContent), FileError> {
    let entry = parse_object(json)?;
    let mut problems = Vec::new();
    let message = &entry["message"];
    if !message.is_object() {
        problems.push(WalletError::of_field(
            "message",
            EntryProblem::MessageMissing,
        ));
    }
    let epoch = uint64_field(message, "message", "epoch", &mut problems);
    let validator_index = uint64_field(message, "message", "validator_index", &mut problems);
    let signature = hex_field::<96>(&entry, "", "signature", decode_prefixed, &mut problems);
    let mut content = ExitContent {
        validator_index,
        epoch,
        pubkey: pubkey.to_bytes(),
        signature: SignatureStatus::NotChecked,
    };
    if let (Some(epoch), Some(validator_index), Some(signature)) =
        (epoch, validator_index, signature)
    {
        match chain.voluntary_exit_domain() {
            Err(err) => problems.push(err.into()),
            Ok(domain) => {
                let exit = VoluntaryExit {
                    epoch,
                    validator_index,
                };
                if verify(
                    pubkey,
                    &compute_signing_root(&exit, domain),
                    &Signature::from_bytes(signature),
                ) {
                    content.signature = SignatureStatus::Valid;
                } else {
                    content.signature = SignatureStatus::Invalid;
                    problems.push(WalletError::of_field(
                        "signature",
                        EntryProblem::Signature {
                            message: SignedMessage::VoluntaryExit,
                            chain: chain.name.clone(),
                            pubkey: Some(pubkey.to_hex()),
                        },
                    ));
                }
            }
        }
    }
    Ok((EntryReport::new(0, problems), content))
}

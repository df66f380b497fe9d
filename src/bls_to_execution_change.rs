//! BLS-to-execution changes (capella `SignedBLSToExecutionChange`): signed with the withdrawal
//! key, they move 0x00 credentials to an execution address. Written in deposit-cli's
//! `bls_to_execution_change-{unix_seconds}.json` format and ethdo's `change-operations.json`.

use std::collections::HashSet;
use std::fmt;

use serde::Serialize;

use crate::bls::{verify, PublicKey, SecretKey, Signature};
use crate::chain::{Chain, ChainError};
use crate::consensus::{compute_signing_root, BlsToExecutionChange};
use crate::eip2334::KeyPath;
use crate::execution_address::ExecutionAddress;
use crate::hex_field::{decode_lenient, decode_prefixed, HexFieldError};
use crate::mnemonic::Seed;
use crate::output::{hex_field, message_uint64_field, Progress};
use crate::output::{
    parse_entries, parse_uint64, string_field, EntryReport, FileError, OutputFile,
    DEPOSIT_CLI_VERSION,
};
use crate::validator::{check_batch_size, ValidatorRangeError};
use crate::withdrawal_credentials::{
    bls_withdrawal_credentials, WithdrawalCredentials, BLS_WITHDRAWAL_PREFIX,
};

/// What to sign. Validator `validator_indices[i]` uses the withdrawal key at `key_indices[i]`
/// (consecutive from a start index, as deposit-cli assumes, or as a search found them).
pub struct BlsChangeRequest<'a> {
    pub seed: &'a Seed,
    pub chain: &'a Chain,
    pub key_indices: &'a [u32],
    pub validator_indices: &'a [u64],
    /// Each validator's current credentials, as the beacon chain shows them.
    pub bls_withdrawal_credentials: &'a [WithdrawalCredentials],
    pub execution_address: ExecutionAddress,
    pub timestamp: u64,
}

/// Why nothing was signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlsChangeError {
    Chain(ChainError),
    Range(ValidatorRangeError),
    NoValidators,
    CountMismatch {
        validators: usize,
        credentials: usize,
    },
    KeyIndexCountMismatch {
        validators: usize,
        key_indices: usize,
    },
    DuplicateValidator {
        validator_index: u64,
    },
    /// The validator already has 0x01/0x02 credentials: there is nothing to change.
    AlreadyExecution {
        validator_index: u64,
        prefix: u8,
    },
    /// The given credentials are not the ones this mnemonic gives at that key index.
    CredentialsMismatch {
        validator_index: u64,
        key_index: u32,
        given: String,
        derived: String,
    },
    SelfCheckFailed {
        problem: String,
    },
}

impl fmt::Display for BlsChangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Chain(err) => err.fmt(f),
            Self::Range(err) => err.fmt(f),
            Self::NoValidators => f.write_str("give at least one validator index"),
            Self::CountMismatch { validators, credentials } => write!(
                f,
                "{validators} validator indices but {credentials} withdrawal credentials; give one credential per validator, in the same order"
            ),
            Self::KeyIndexCountMismatch { validators, key_indices } => write!(
                f,
                "{validators} validator indices but {key_indices} key indices; give one key index per validator"
            ),
            Self::DuplicateValidator { validator_index } => {
                write!(f, "validator {validator_index} is listed twice")
            }
            Self::AlreadyExecution { validator_index, prefix } => write!(
                f,
                "validator {validator_index} already has 0x{prefix:02x} execution credentials; a BLS change only converts 0x00 credentials, so there is nothing to sign"
            ),
            Self::CredentialsMismatch { validator_index, key_index, given, derived } => write!(
                f,
                "validator {validator_index}: the credentials given, {given}, do not match this mnemonic's key index {key_index}, which gives {derived}; check the start index, the order of the validators and the mnemonic. Nothing was signed"
            ),
            Self::SelfCheckFailed { problem } => write!(f, "internal check failed, nothing was written: {problem}"),
        }
    }
}

impl std::error::Error for BlsChangeError {}

/// Why a typed validator index or credential was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    ValidatorIndex {
        position: usize,
        text: String,
    },
    Credentials {
        position: usize,
        problem: HexFieldError,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ValidatorIndex { position, text } => write!(
                f,
                "validator index #{position} \"{text}\" is not a whole number from 0 to 18446744073709551615"
            ),
            Self::Credentials { position, problem } => {
                write!(f, "withdrawal credentials #{position} {problem} (0x and 64 hex digits)")
            }
        }
    }
}

impl std::error::Error for InputError {}

/// Parses validator indices as people type them: plain decimal `uint64`s. Positions are 1-based.
pub fn parse_validator_indices<S: AsRef<str>>(texts: &[S]) -> Result<Vec<u64>, InputError> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            parse_uint64(text.as_ref().trim()).ok_or_else(|| InputError::ValidatorIndex {
                position: i + 1,
                text: text.as_ref().to_owned(),
            })
        })
        .collect()
}

/// Parses withdrawal credentials as pasted from an explorer: 32 bytes of hex, `0x` optional.
pub fn parse_withdrawal_credentials<S: AsRef<str>>(
    texts: &[S],
) -> Result<Vec<WithdrawalCredentials>, InputError> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            decode_lenient::<32>(text.as_ref().trim()).map_err(|problem| InputError::Credentials {
                position: i + 1,
                problem,
            })
        })
        .collect()
}

#[derive(Serialize)]
struct MessageJson {
    validator_index: String,
    from_bls_pubkey: String,
    to_execution_address: String,
}

#[derive(Serialize)]
struct MetadataJson {
    network_name: String,
    genesis_validators_root: String,
    deposit_cli_version: String,
}

#[derive(Serialize)]
struct SignedChangeJson {
    message: MessageJson,
    signature: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    metadata: Option<MetadataJson>,
}

/// The two files: deposit-cli's (with metadata) and ethdo's `change-operations.json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlsChangeFiles {
    pub deposit_cli: OutputFile,
    pub ethdo: OutputFile,
}

/// Checks every validator's credentials against the mnemonic, then signs all of them, then
/// verifies both files. Any mismatch signs nothing.
pub fn create_bls_to_execution_changes(
    request: &BlsChangeRequest<'_>,
) -> Result<BlsChangeFiles, BlsChangeError> {
    create_bls_to_execution_changes_with_progress(request, &mut |_, _| {})
}

/// `create_bls_to_execution_changes`, reporting each validator checked, signed and verified.
pub fn create_bls_to_execution_changes_with_progress(
    request: &BlsChangeRequest<'_>,
    progress: Progress<'_>,
) -> Result<BlsChangeFiles, BlsChangeError> {
    let total = request.validator_indices.len() * 3;
    let domain = request
        .chain
        .bls_to_execution_change_domain()
        .map_err(BlsChangeError::Chain)?;
    let root = request.chain.genesis_validators_root.unwrap_or_default();
    let validators = request.validator_indices;
    if validators.is_empty() {
        return Err(BlsChangeError::NoValidators);
    }
    if validators.len() != request.bls_withdrawal_credentials.len() {
        return Err(BlsChangeError::CountMismatch {
            validators: validators.len(),
            credentials: request.bls_withdrawal_credentials.len(),
        });
    }
    let mut seen = HashSet::new();
    if let Some(&validator_index) = validators.iter().find(|&&index| !seen.insert(index)) {
        return Err(BlsChangeError::DuplicateValidator { validator_index });
    }
    check_batch_size(validators.len()).map_err(BlsChangeError::Range)?;
    if validators.len() != request.key_indices.len() {
        return Err(BlsChangeError::KeyIndexCountMismatch {
            validators: validators.len(),
            key_indices: request.key_indices.len(),
        });
    }

    // Check everything before signing anything.
    let master = SecretKey::derive_master_sk(request.seed.as_bytes())
        .map_err(|err| BlsChangeError::Range(ValidatorRangeError::Seed(err)))?;
    let mut keys = Vec::with_capacity(validators.len());
    for ((&validator_index, given), key_index) in validators
        .iter()
        .zip(request.bls_withdrawal_credentials)
        .zip(request.key_indices.iter().copied())
    {
        if given[0] != BLS_WITHDRAWAL_PREFIX {
            return Err(BlsChangeError::AlreadyExecution {
                validator_index,
                prefix: given[0],
            });
        }
        let withdrawal_sk = KeyPath::withdrawal(key_index).derive(&master);
        let derived = bls_withdrawal_credentials(&withdrawal_sk.public_key());
        if &derived != given {
            return Err(BlsChangeError::CredentialsMismatch {
                validator_index,
                key_index,
                given: format!("0x{}", hex::encode(given)),
                derived: format!("0x{}", hex::encode(derived)),
            });
        }
        keys.push((validator_index, withdrawal_sk));
        progress(keys.len(), total);
    }

    let signed: Vec<SignedChangeJson> = keys
        .iter()
        .enumerate()
        .map(|(i, (validator_index, withdrawal_sk))| {
            progress(keys.len() + i + 1, total);
            let from_bls_pubkey = withdrawal_sk.public_key().to_bytes();
            let message = BlsToExecutionChange {
                validator_index: *validator_index,
                from_bls_pubkey,
                to_execution_address: request.execution_address.0,
            };
            let signature = withdrawal_sk.sign(&compute_signing_root(&message, domain));
            SignedChangeJson {
                message: MessageJson {
                    validator_index: validator_index.to_string(),
                    from_bls_pubkey: format!("0x{}", hex::encode(from_bls_pubkey)),
                    to_execution_address: request.execution_address.to_lower_hex(),
                },
                signature: signature.to_hex(),
                metadata: Some(MetadataJson {
                    network_name: request.chain.name.clone(),
                    genesis_validators_root: format!("0x{}", hex::encode(root)),
                    deposit_cli_version: DEPOSIT_CLI_VERSION.to_owned(),
                }),
            }
        })
        .collect();
    let self_check = |err: &dyn fmt::Display| BlsChangeError::SelfCheckFailed {
        problem: err.to_string(),
    };
    let deposit_cli_json =
        crate::python_json::to_string(&signed).map_err(|err| self_check(&err))?;
    let ethdo: Vec<SignedChangeJson> = signed
        .into_iter()
        .map(|change| SignedChangeJson {
            metadata: None,
            ..change
        })
        .collect();
    let ethdo_json = serde_json::to_string(&ethdo).map_err(|err| self_check(&err))?;
    // Each signature is verified once, in the deposit-cli file; the ethdo file must carry
    // exactly the same messages and signatures.
    let checked_and_signed = keys.len() * 2;
    let reports = verify_bls_to_execution_changes_with_progress(
        &deposit_cli_json,
        request.chain,
        &mut |done, _| progress(checked_and_signed + done, total),
    )
    .map_err(|err| self_check(&err))?;
    if let Some(bad) = reports.iter().find(|report| !report.ok) {
        return Err(self_check(&bad.problems.join("; ")));
    }
    if !same_signed_changes(&deposit_cli_json, &ethdo_json) {
        return Err(self_check(
            &"the ethdo file differs from the deposit-cli file",
        ));
    }
    Ok(BlsChangeFiles {
        deposit_cli: OutputFile {
            file_name: format!("bls_to_execution_change-{}.json", request.timestamp),
            json: deposit_cli_json,
        },
        ethdo: OutputFile {
            file_name: "change-operations.json".into(),
            json: ethdo_json,
        },
    })
}

/// Whether two change files hold the same messages and signatures (metadata aside).
fn same_signed_changes(with_metadata: &str, without: &str) -> bool {
    let strip = |text: &str| -> Option<Vec<serde_json::Value>> {
        let entries: Vec<serde_json::Value> = serde_json::from_str(text).ok()?;
        Some(
            entries
                .into_iter()
                .map(|entry| serde_json::json!([entry["message"], entry["signature"]]))
                .collect(),
        )
    };
    matches!((strip(with_metadata), strip(without)), (Some(a), Some(b)) if a == b)
}

/// Checks each signed change of a deposit-cli or ethdo file against `chain`; with deposit-cli
/// metadata, also its genesis validators root and network name.
pub fn verify_bls_to_execution_changes(
    json: &str,
    chain: &Chain,
) -> Result<Vec<EntryReport>, FileError> {
    verify_bls_to_execution_changes_with_progress(json, chain, &mut |_, _| {})
}

/// `verify_bls_to_execution_changes`, reporting each entry checked.
pub fn verify_bls_to_execution_changes_with_progress(
    json: &str,
    chain: &Chain,
    progress: Progress<'_>,
) -> Result<Vec<EntryReport>, FileError> {
    let entries = parse_entries(json)?;
    let domain = chain.bls_to_execution_change_domain();
    Ok(entries
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            let problems = match &domain {
                Ok(domain) => change_problems(entry, chain, *domain),
                Err(err) => vec![err.to_string()],
            };
            progress(index + 1, entries.len());
            EntryReport::new(index, problems)
        })
        .collect())
}

fn change_problems(
    entry: &serde_json::Value,
    chain: &Chain,
    domain: crate::consensus::Domain,
) -> Vec<String> {
    let mut problems = Vec::new();
    let message = &entry["message"];
    if !message.is_object() {
        problems.push("message is missing".to_owned());
    }
    let validator_index = message_uint64_field(message, "validator_index", &mut problems);
    let from_bls_pubkey =
        hex_field::<48>(message, "from_bls_pubkey", decode_prefixed, &mut problems);
    let to_execution_address = hex_field::<20>(
        message,
        "to_execution_address",
        decode_prefixed,
        &mut problems,
    );
    let signature = hex_field::<96>(entry, "signature", decode_prefixed, &mut problems);

    if let Some(metadata) = entry.get("metadata") {
        match string_field(metadata, "genesis_validators_root").map(decode_prefixed::<32>) {
            Ok(Ok(root)) if Some(root) == chain.genesis_validators_root => {}
            Ok(Ok(root)) => problems.push(format!(
                "metadata.genesis_validators_root 0x{} is not {}'s",
                hex::encode(root),
                chain.name
            )),
            Ok(Err(err)) => problems.push(format!("metadata.genesis_validators_root {err}")),
            Err(problem) => problems.push(format!("metadata.{problem}")),
        }
        if let Ok(name) = string_field(metadata, "network_name") {
            if name != chain.name {
                problems.push(format!(
                    "metadata.network_name \"{name}\" is not {}",
                    chain.name
                ));
            }
        }
    }

    let (Some(validator_index), Some(from_bls_pubkey), Some(to_execution_address), Some(signature)) = (
        validator_index,
        from_bls_pubkey,
        to_execution_address,
        signature,
    ) else {
        return problems;
    };
    match PublicKey::from_bytes(&from_bls_pubkey) {
        Err(err) => problems.push(format!("message.from_bls_pubkey is {err}")),
        Ok(key) => {
            let change = BlsToExecutionChange {
                validator_index,
                from_bls_pubkey,
                to_execution_address,
            };
            if !verify(
                &key,
                &compute_signing_root(&change, domain),
                &Signature::from_bytes(signature),
            ) {
                problems.push(format!(
                    "signature does not verify for a {} BLS change",
                    chain.name
                ));
            }
        }
    }
    problems
}

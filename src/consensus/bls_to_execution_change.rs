//! BLS-to-execution changes (capella `SignedBLSToExecutionChange`): signed with the withdrawal
//! key, they move 0x00 credentials to an execution address. Written in deposit-cli's
//! `bls_to_execution_change-{unix_seconds}.json` format and ethdo's `change-operations.json`.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::chain::{Chain, StatedNetwork};
use crate::consensus::containers::{compute_signing_root, BlsToExecutionChange, Domain};
use crate::consensus::execution_address::ExecutionAddress;
use crate::consensus::validators::{check_lengths, check_no_duplicates, ListOf};
use crate::consensus::withdrawal_credentials::{
    bls_withdrawal_credentials, WithdrawalCredentials, BLS_WITHDRAWAL_PREFIX,
};
use crate::consensus::{
    check_reports, read_signed_entries, EntryProblem, PendingSignature, SignatureStatus,
    SignedMessage,
};
use crate::error::{params, uint64, Coded, ErrorCode, Param, Params, Quoted, WalletError};
use crate::files::hex_field::decode_prefixed;
use crate::files::output::{
    hex_field, string_field, uint64_field, EntryReport, OutputFile, Progress, DEPOSIT_CLI_VERSION,
};
use crate::files::{parse_entries, serde_text, FileError, FileKind};
use crate::keys::bls::{PublicKey, SecretKey, Signature, SignatureCheck};
use crate::keys::eip2334::ValidatorKeyTree;
use crate::keys::mnemonic::Seed;
use crate::keys::validator::check_batch_size;

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

/// Why nothing was signed. `position` is the validator's place in the request, from 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlsChangeError {
    /// The validator already has 0x01/0x02 credentials: there is nothing to change.
    AlreadyExecution {
        position: usize,
        validator_index: u64,
        prefix: u8,
    },
    /// The given credentials are not the ones this mnemonic gives at that key index.
    CredentialsMismatch {
        position: usize,
        validator_index: u64,
        key_index: u32,
        given: String,
        derived: String,
    },
}

impl fmt::Display for BlsChangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::AlreadyExecution { validator_index, prefix, .. } => write!(
                f,
                "validator {validator_index} already has 0x{prefix:02x} execution credentials; a BLS change only converts 0x00 credentials, so there is nothing to sign"
            ),
            Self::CredentialsMismatch { validator_index, key_index, given, derived, .. } => write!(
                f,
                "validator {validator_index}: the credentials given, {given}, do not match this mnemonic's key index {key_index}, which gives {derived}; check the start index, the order of the validators and the mnemonic. Nothing was signed"
            ),
        }
    }
}

impl Coded for BlsChangeError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::AlreadyExecution { .. } => ErrorCode::BlsChangeAlreadyExecution,
            Self::CredentialsMismatch { .. } => ErrorCode::BlsChangeCredentialsMismatch,
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::AlreadyExecution {
                validator_index,
                prefix,
                ..
            } => params(&[
                ("validator_index", uint64(*validator_index)),
                ("prefix", Param::Text(format!("0x{prefix:02x}"))),
            ]),
            Self::CredentialsMismatch {
                validator_index,
                key_index,
                given,
                derived,
                ..
            } => params(&[
                ("validator_index", uint64(*validator_index)),
                ("key_index", (*key_index).into()),
                ("given", given.as_str().into()),
                ("derived", derived.as_str().into()),
            ]),
        }
    }

    fn field(&self) -> Option<String> {
        match self {
            Self::AlreadyExecution { position, .. }
            | Self::CredentialsMismatch { position, .. } => {
                Some(format!("blsWithdrawalCredentials[{position}]"))
            }
        }
    }
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

/// The two files: deposit-cli's (with metadata) and ethdo's `change-operations.json`. As
/// data: deposit-cli's file's fields, and `ethdo` beside them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct BlsChangeFiles {
    #[serde(flatten)]
    pub deposit_cli: OutputFile,
    pub ethdo: OutputFile,
}

/// One validator of a request as the review shows it before anything is signed: which key
/// index signs for it, the withdrawal key's pubkey, and whether the credentials match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ChangeReview {
    /// Decimal, as the beacon API writes validator indices.
    pub validator_index: String,
    pub key_index: u32,
    /// The withdrawal key at `key_index` (0x-prefixed hex): the change's `from_bls_pubkey`.
    pub from_bls_pubkey: String,
    /// The credentials given for the validator, and those the key gives.
    pub given_credentials: String,
    pub derived_credentials: String,
    /// Why this validator cannot be signed for, if it cannot.
    pub problem: Option<WalletError>,
}

/// The request's shape, checked before any key is derived: the chain can sign changes, one
/// credential and one key index per validator, none twice, at most a batch.
pub fn check_change_request(
    chain: &Chain,
    key_indices: &[u32],
    validators: &[u64],
    credentials: &[WithdrawalCredentials],
) -> Result<Domain, WalletError> {
    let domain = chain.bls_to_execution_change_domain()?;
    check_lengths(validators.len(), credentials.len(), ListOf::Credentials)?;
    check_no_duplicates(validators).map_err(|err| err.at("validatorIndices"))?;
    check_batch_size(validators.len())?;
    check_lengths(validators.len(), key_indices.len(), ListOf::KeyIndices)?;
    Ok(domain)
}

impl BlsChangeRequest<'_> {
    fn check(&self) -> Result<Domain, WalletError> {
        check_change_request(
            self.chain,
            self.key_indices,
            self.validator_indices,
            self.bls_withdrawal_credentials,
        )
    }
}

/// Derives each validator's withdrawal key and compares credentials, keeping the keys.
fn derive_withdrawal_keys(
    request: &BlsChangeRequest<'_>,
    progress: &mut dyn FnMut(usize),
) -> Result<Vec<(ChangeReview, SecretKey)>, WalletError> {
    let tree = ValidatorKeyTree::new(&SecretKey::derive_master_sk(request.seed.as_bytes())?);
    request
        .validator_indices
        .iter()
        .zip(request.bls_withdrawal_credentials)
        .zip(request.key_indices.iter().copied())
        .enumerate()
        .map(|(position, ((&validator_index, given), key_index))| {
            let withdrawal_sk = tree.withdrawal_key(key_index);
            let derived = bls_withdrawal_credentials(&withdrawal_sk.public_key());
            let hex0x = |bytes: &[u8]| format!("0x{}", hex::encode(bytes));
            let problem = if given[0] != BLS_WITHDRAWAL_PREFIX {
                Some(BlsChangeError::AlreadyExecution {
                    position,
                    validator_index,
                    prefix: given[0],
                })
            } else if derived != *given {
                Some(BlsChangeError::CredentialsMismatch {
                    position,
                    validator_index,
                    key_index,
                    given: hex0x(given),
                    derived: hex0x(&derived),
                })
            } else {
                None
            };
            progress(position + 1);
            Ok((
                ChangeReview {
                    validator_index: validator_index.to_string(),
                    key_index,
                    from_bls_pubkey: withdrawal_sk.public_key().to_hex(),
                    given_credentials: hex0x(given),
                    derived_credentials: hex0x(&derived),
                    problem: problem.map(WalletError::from),
                },
                withdrawal_sk,
            ))
        })
        .collect()
}

/// What would be signed, validator by validator, with each mismatch named; signs nothing.
pub fn review_bls_to_execution_changes(
    request: &BlsChangeRequest<'_>,
    progress: Progress<'_>,
) -> Result<Vec<ChangeReview>, WalletError> {
    request.check()?;
    let total = request.validator_indices.len();
    Ok(
        derive_withdrawal_keys(request, &mut |done| progress(done, total))?
            .into_iter()
            .map(|(review, _)| review)
            .collect(),
    )
}

/// Checks every validator's credentials against the mnemonic, then signs all of them, then
/// verifies both files. Any mismatch signs nothing.
pub fn create_bls_to_execution_changes(
    request: &BlsChangeRequest<'_>,
) -> Result<BlsChangeFiles, WalletError> {
    create_bls_to_execution_changes_with_progress(request, &mut |_, _| {})
}

/// `create_bls_to_execution_changes`, reporting each validator checked, signed and verified.
pub fn create_bls_to_execution_changes_with_progress(
    request: &BlsChangeRequest<'_>,
    progress: Progress<'_>,
) -> Result<BlsChangeFiles, WalletError> {
    let total = request.validator_indices.len() * 3;
    let domain = request.check()?;
    let root = request.chain.genesis_validators_root.unwrap_or_default();
    // Check everything before signing anything.
    let keys = derive_withdrawal_keys(request, &mut |done| progress(done, total))?;
    if let Some(problem) = keys.iter().find_map(|(review, _)| review.problem.clone()) {
        return Err(problem);
    }
    let signed: Vec<SignedChangeJson> = keys
        .iter()
        .enumerate()
        .map(|(i, (review, withdrawal_sk))| {
            progress(keys.len() + i + 1, total);
            let from_bls_pubkey = withdrawal_sk.public_key().to_bytes();
            let validator_index = request.validator_indices[i];
            debug_assert_eq!(review.validator_index, validator_index.to_string());
            let message = BlsToExecutionChange {
                validator_index,
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
    let deposit_cli_json =
        crate::files::python_json::to_string(&signed).map_err(WalletError::internal)?;
    let ethdo: Vec<SignedChangeJson> = signed
        .into_iter()
        .map(|change| SignedChangeJson {
            metadata: None,
            ..change
        })
        .collect();
    let ethdo_json = serde_json::to_string(&ethdo).map_err(WalletError::internal)?;
    // Each signature is verified once, in the deposit-cli file; the ethdo file must carry
    // exactly the same messages and signatures.
    let checked_and_signed = keys.len() * 2;
    let reports = verify_bls_to_execution_changes_with_progress(
        &deposit_cli_json,
        request.chain,
        &mut |done, _| progress(checked_and_signed + done, total),
    )
    .map_err(|err| WalletError::internal(WalletError::from(err)))?;
    check_reports(&reports)?;
    if !same_signed_changes(&deposit_cli_json, &ethdo_json) {
        return Err(WalletError::internal(
            "the ethdo file differs from the deposit-cli file",
        ));
    }
    Ok(BlsChangeFiles {
        deposit_cli: OutputFile {
            kind: FileKind::BlsToExecutionChange,
            file_name: format!("bls_to_execution_change-{}.json", request.timestamp),
            json: deposit_cli_json,
        },
        ethdo: OutputFile {
            kind: FileKind::EthdoChangeOperations,
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

/// What one signed change says, each field as far as it could be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct BlsChangeContent {
    #[serde(default, with = "serde_text::option_uint64")]
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub validator_index: Option<u64>,
    /// The withdrawal key that signs: its 0x00 credentials are the validator's today.
    #[serde(default, with = "serde_text::option_hex0x")]
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub from_bls_pubkey: Option<[u8; 48]>,
    /// Where the validator's funds will go, EIP-55 checksummed.
    pub to_execution_address: Option<String>,
    /// deposit-cli's `metadata`; ethdo's files have none.
    pub network: Option<StatedNetwork>,
    pub signature: SignatureStatus,
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
    Ok(read_bls_to_execution_changes(json, chain, progress)?
        .into_iter()
        .map(|(report, _)| report)
        .collect())
}

/// `verify_bls_to_execution_changes_with_progress`, with what each change says beside its
/// report.
pub fn read_bls_to_execution_changes(
    json: &str,
    chain: &Chain,
    progress: Progress<'_>,
) -> Result<Vec<(EntryReport, BlsChangeContent)>, FileError> {
    let entries = parse_entries(json)?;
    let domain = chain.bls_to_execution_change_domain();
    Ok(read_signed_entries(
        &entries,
        |entry| match &domain {
            Ok(domain) => check_change(entry, chain, Some(domain)),
            // Nothing can be checked without the root; what the entry says is still read.
            Err(err) => (
                check_change(entry, chain, None).0,
                vec![WalletError::from(err.clone())],
                None,
            ),
        },
        |content: &mut BlsChangeContent| &mut content.signature,
        progress,
    ))
}

/// One change's content and problems, and its signature to check (only with a `domain`).
fn check_change(
    entry: &serde_json::Value,
    chain: &Chain,
    domain: Option<&Domain>,
) -> (BlsChangeContent, Vec<WalletError>, Option<PendingSignature>) {
    let mut problems = Vec::new();
    let message = &entry["message"];
    if !message.is_object() {
        problems.push(WalletError::of_field(
            "message",
            EntryProblem::MessageMissing,
        ));
    }
    let validator_index = uint64_field(message, "message", "validator_index", &mut problems);
    let from_bls_pubkey = hex_field::<48>(
        message,
        "message",
        "from_bls_pubkey",
        decode_prefixed,
        &mut problems,
    );
    let to_execution_address = hex_field::<20>(
        message,
        "message",
        "to_execution_address",
        decode_prefixed,
        &mut problems,
    );
    let signature = hex_field::<96>(entry, "", "signature", decode_prefixed, &mut problems);

    let mut network = None;
    if let Some(metadata) = entry.get("metadata") {
        let root = hex_field::<32>(
            metadata,
            "metadata",
            "genesis_validators_root",
            decode_prefixed,
            &mut problems,
        );
        if let Some(root) = root {
            if Some(root) != chain.genesis_validators_root {
                problems.push(WalletError::of_field(
                    "metadata.genesis_validators_root",
                    EntryProblem::GenesisValidatorsRoot {
                        found: root,
                        chain: chain.name.clone(),
                    },
                ));
            }
        }
        let name = string_field(metadata, "metadata", "network_name").ok();
        if let Some(name) = name {
            if name != chain.name {
                problems.push(WalletError::of_field(
                    "metadata.network_name",
                    EntryProblem::NetworkName {
                        found: Quoted::new(name),
                        chain: chain.name.clone(),
                    },
                ));
            }
        }
        network = Some(StatedNetwork::new(name, None, root));
    }
    let content = BlsChangeContent {
        validator_index,
        from_bls_pubkey,
        to_execution_address: to_execution_address
            .map(|address| ExecutionAddress(address).to_checksummed()),
        network,
        signature: SignatureStatus::NotChecked,
    };

    let (
        Some(validator_index),
        Some(from_bls_pubkey),
        Some(to_execution_address),
        Some(signature),
        Some(domain),
    ) = (
        validator_index,
        from_bls_pubkey,
        to_execution_address,
        signature,
        domain,
    )
    else {
        return (content, problems, None);
    };
    let public_key = match PublicKey::from_bytes(&from_bls_pubkey) {
        Ok(key) => key,
        Err(err) => {
            problems.push(WalletError::of_field("message.from_bls_pubkey", err));
            return (content, problems, None);
        }
    };
    let change = BlsToExecutionChange {
        validator_index,
        from_bls_pubkey,
        to_execution_address,
    };
    let pending = PendingSignature {
        check: SignatureCheck {
            public_key,
            message: compute_signing_root(&change, *domain),
            signature: Signature::from_bytes(signature),
        },
        problem: EntryProblem::Signature {
            message: SignedMessage::BlsToExecutionChange,
            chain: chain.name.clone(),
            pubkey: None,
        },
    };
    (content, problems, Some(pending))
}

//! Consensus messages: the SSZ containers and signing roots, withdrawal credentials and the
//! execution addresses inside them, and the three signed files (deposits, BLS-to-execution
//! changes, voluntary exits), each written as deposit-cli writes it and verified by one
//! verifier that also checks other tools' files; and deposit-cli's proof of withdrawal-address
//! ownership (`bls_to_execution_change_keystore`), which is no consensus message.

pub(crate) mod bls_to_execution_change;
pub(crate) mod bls_to_execution_change_keystore;
pub(crate) mod builder_deposit;
pub(crate) mod containers;
pub(crate) mod deposit;
pub(crate) mod execution_address;
pub(crate) mod ssz;
pub(crate) mod validators;
pub(crate) mod voluntary_exit;
pub(crate) mod withdrawal_credentials;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{params, Coded, ErrorCode, Param, Params, Quoted, WalletError};
use crate::files::output::{EntryReport, Progress};
use crate::keys::bls::{verify, verify_batch, SignatureCheck};
use crate::random::draw_batch_scalars;
use containers::Version;
use withdrawal_credentials::WithdrawalCredentials;

/// What checking an entry's signature found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum SignatureStatus {
    /// It verifies for the chain checked against and the entry's key.
    Valid,
    Invalid,
    /// It could not be checked: a field it covers is missing or unreadable, the key is not a
    /// valid BLS key, or the chain has no genesis validators root.
    NotChecked,
}

/// What a signature was checked as, for the report's wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignedMessage {
    Deposit,
    /// A builder's deposit (EIP-8282), over `DOMAIN_BUILDER_DEPOSIT`.
    BuilderDeposit,
    BlsToExecutionChange,
    VoluntaryExit,
    /// deposit-cli's proof of withdrawal-address ownership, checked against a signing key.
    BlsToExecutionChangeKeystore,
}

/// A problem with one entry of a signed-message file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryProblem {
    AmountNotGwei,
    CredentialsPrefix(u8),
    CredentialsPadding,
    /// A builder deposit's credentials whose first byte is not 0xb0.
    BuilderCredentialsPrefix(u8),
    /// 0xb0 credentials whose bytes 1 to 11 are not zero.
    BuilderCredentialsPadding,
    ForkVersion {
        found: Version,
        chain: String,
        expected: Version,
    },
    NetworkName {
        found: Quoted,
        chain: String,
    },
    GenesisValidatorsRoot {
        found: [u8; 32],
        chain: String,
    },
    MessageMissing,
    DepositMessageRoot,
    DepositDataRoot,
    Signature {
        message: SignedMessage,
        chain: String,
        /// The key an exit was checked against.
        pubkey: Option<String>,
    },
}

/// Each problem reads as a predicate of its field: `WalletError::of_field` puts the field's
/// name in front ("fork_version 00000001 is not mainnet's genesis fork version 00000000").
impl fmt::Display for EntryProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::AmountNotGwei => f.write_str("is missing or not a whole number of gwei"),
            Self::CredentialsPrefix(prefix) => {
                write!(f, "prefix 0x{prefix:02x} is not 0x00, 0x01 or 0x02")
            }
            Self::CredentialsPadding => {
                f.write_str("bytes 1–11 must be zero for 0x01/0x02 credentials")
            }
            Self::BuilderCredentialsPrefix(prefix) => {
                write!(f, "prefix 0x{prefix:02x} is not the builder prefix 0xb0")
            }
            Self::BuilderCredentialsPadding => {
                f.write_str("bytes 1–11 must be zero for 0xb0 credentials")
            }
            Self::ForkVersion {
                found,
                chain,
                expected,
            } => write!(
                f,
                "{} is not {chain}'s genesis fork version {}",
                hex::encode(found),
                hex::encode(expected)
            ),
            Self::NetworkName { found, chain } => write!(f, "\"{found}\" is not {chain}"),
            Self::GenesisValidatorsRoot { found, chain } => {
                write!(f, "0x{} is not {chain}'s", hex::encode(found))
            }
            Self::MessageMissing => f.write_str("is missing"),
            Self::DepositMessageRoot => {
                f.write_str("does not match pubkey, withdrawal_credentials and amount")
            }
            Self::DepositDataRoot => f.write_str("does not match the entry"),
            Self::Signature {
                message,
                chain,
                pubkey,
            } => match (message, pubkey) {
                (SignedMessage::Deposit, _) => write!(f, "does not verify for {chain} deposits"),
                (SignedMessage::BuilderDeposit, _) => {
                    write!(f, "does not verify for {chain} builder deposits")
                }
                (SignedMessage::BlsToExecutionChange, _) => {
                    write!(f, "does not verify for a {chain} BLS change")
                }
                (SignedMessage::VoluntaryExit, key) => write!(
                    f,
                    "does not verify for validator key {} on {chain}",
                    key.as_deref().unwrap_or("?")
                ),
                (SignedMessage::BlsToExecutionChangeKeystore, key) => write!(
                    f,
                    "does not verify as a {chain} proof of withdrawal-address ownership by validator key {}",
                    key.as_deref().unwrap_or("?")
                ),
            },
        }
    }
}

impl Coded for EntryProblem {
    fn code(&self) -> ErrorCode {
        match self {
            Self::AmountNotGwei => ErrorCode::FieldType,
            Self::CredentialsPrefix(_) | Self::BuilderCredentialsPrefix(_) => {
                ErrorCode::CredentialsPrefix
            }
            Self::CredentialsPadding | Self::BuilderCredentialsPadding => {
                ErrorCode::CredentialsPadding
            }
            Self::ForkVersion { .. } => ErrorCode::ForkVersionMismatch,
            Self::NetworkName { .. } => ErrorCode::NetworkNameMismatch,
            Self::GenesisValidatorsRoot { .. } => ErrorCode::GenesisValidatorsRootMismatch,
            Self::MessageMissing => ErrorCode::FieldMissing,
            Self::DepositMessageRoot | Self::DepositDataRoot => ErrorCode::RootMismatch,
            Self::Signature { .. } => ErrorCode::SignatureInvalid,
        }
    }

    fn params(&self) -> Params {
        let hex0x = |bytes: &[u8]| Param::Text(format!("0x{}", hex::encode(bytes)));
        match self {
            Self::CredentialsPrefix(prefix) => {
                params(&[("prefix", Param::Text(format!("0x{prefix:02x}")))])
            }
            Self::BuilderCredentialsPrefix(prefix) => params(&[
                ("prefix", Param::Text(format!("0x{prefix:02x}"))),
                ("reason", "builder".into()),
            ]),
            Self::BuilderCredentialsPadding => params(&[("reason", "builder".into())]),
            Self::ForkVersion {
                found,
                chain,
                expected,
            } => params(&[
                ("found", hex0x(found)),
                ("chain", chain.as_str().into()),
                ("expected", hex0x(expected)),
            ]),
            Self::NetworkName { found, chain } => {
                params(&[("found", found.into()), ("chain", chain.as_str().into())])
            }
            Self::GenesisValidatorsRoot { found, chain } => {
                params(&[("found", hex0x(found)), ("chain", chain.as_str().into())])
            }
            Self::Signature {
                message,
                chain,
                pubkey,
            } => {
                let mut list = params(&[
                    (
                        "message",
                        match message {
                            SignedMessage::Deposit => "deposit",
                            SignedMessage::BuilderDeposit => "builder_deposit",
                            SignedMessage::BlsToExecutionChange => "bls_to_execution_change",
                            SignedMessage::VoluntaryExit => "voluntary_exit",
                            SignedMessage::BlsToExecutionChangeKeystore => {
                                "bls_to_execution_change_keystore"
                            }
                        }
                        .into(),
                    ),
                    ("chain", chain.as_str().into()),
                ]);
                if let Some(pubkey) = pubkey {
                    list.insert("pubkey".into(), pubkey.as_str().into());
                }
                list
            }
            Self::AmountNotGwei => params(&[("reason", "amount_not_gwei".into())]),
            Self::DepositMessageRoot => params(&[("reason", "message_root".into())]),
            Self::CredentialsPadding | Self::MessageMissing | Self::DepositDataRoot => {
                Params::new()
            }
        }
    }
}

/// The layout rules for credentials in a deposit: a known prefix, and zero padding before an
/// execution address.
pub fn credentials_problem(credentials: &WithdrawalCredentials) -> Option<EntryProblem> {
    match credentials[0] {
        0x00 => None,
        0x01 | 0x02 if credentials[1..12].iter().all(|&b| b == 0) => None,
        0x01 | 0x02 => Some(EntryProblem::CredentialsPadding),
        prefix => Some(EntryProblem::CredentialsPrefix(prefix)),
    }
}

/// The layout rules for credentials in a builder deposit: the builder prefix 0xb0, and zero
/// padding before the execution address.
pub fn builder_credentials_problem(credentials: &WithdrawalCredentials) -> Option<EntryProblem> {
    match credentials[0] {
        withdrawal_credentials::BUILDER_WITHDRAWAL_PREFIX
            if credentials[1..12].iter().all(|&b| b == 0) =>
        {
            None
        }
        withdrawal_credentials::BUILDER_WITHDRAWAL_PREFIX => {
            Some(EntryProblem::BuilderCredentialsPadding)
        }
        prefix => Some(EntryProblem::BuilderCredentialsPrefix(prefix)),
    }
}

/// The self-check of a file the wallet just wrote: any problem in any entry means nothing is
/// offered.
pub fn check_reports(reports: &[EntryReport]) -> Result<(), WalletError> {
    match reports.iter().find(|report| !report.ok) {
        None => Ok(()),
        Some(bad) => Err(WalletError::internal(
            bad.problems
                .iter()
                .map(|problem| problem.message.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        )),
    }
}

/// The signature an entry carries, once every field it covers was read: checked together with
/// its file's others by [`read_signed_entries`].
pub(crate) struct PendingSignature {
    pub check: SignatureCheck,
    /// What the entry reports if the signature does not verify.
    pub problem: EntryProblem,
}

/// Signatures per batch check: one final exponentiation shared by 64 signatures, and the
/// progress moves every 64 entries.
const SIGNATURE_BATCH: usize = 64;

/// Reads a file's entries with `check_entry` (what an entry says, its problems, and its
/// signature if it could be checked), then checks the signatures of up to 64 entries at a time
/// with one batch check. A batch that fails, or a browser without a random source, falls back
/// to one check per signature, so the report names exactly the entries that do not verify.
pub(crate) fn read_signed_entries<C>(
    entries: &[serde_json::Value],
    check_entry: impl Fn(&serde_json::Value) -> (C, Vec<WalletError>, Option<PendingSignature>),
    signature_status: fn(&mut C) -> &mut SignatureStatus,
    progress: Progress<'_>,
) -> Vec<(EntryReport, C)> {
    let mut read = Vec::with_capacity(entries.len());
    for (batch_number, batch) in entries.chunks(SIGNATURE_BATCH).enumerate() {
        let checked: Vec<_> = batch.iter().map(&check_entry).collect();
        let checks: Vec<SignatureCheck> = checked
            .iter()
            .filter_map(|(_, _, pending)| pending.as_ref().map(|pending| pending.check))
            .collect();
        let all_valid = !checks.is_empty()
            && draw_batch_scalars(checks.len())
                .is_ok_and(|scalars| verify_batch(&checks, &scalars));
        for (offset, (mut content, mut problems, pending)) in checked.into_iter().enumerate() {
            if let Some(PendingSignature { check, problem }) = pending {
                let valid =
                    all_valid || verify(&check.public_key, &check.message, &check.signature);
                *signature_status(&mut content) = if valid {
                    SignatureStatus::Valid
                } else {
                    problems.push(WalletError::of_field("signature", problem));
                    SignatureStatus::Invalid
                };
            }
            let index = batch_number * SIGNATURE_BATCH + offset;
            read.push((EntryReport::new(index, problems), content));
            progress(index + 1, entries.len());
        }
    }
    read
}

//! File formats and the rules for reading files: Python's `json.dumps` layout (so our files
//! match deposit-cli's byte for byte), hex fields, strict JSON, size limits, what kind of file
//! an upload is, and the output files and reports the operations return.

pub(crate) mod hex_field;
pub(crate) mod output;
pub(crate) mod python_json;
pub(crate) mod serde_text;
pub(crate) mod strict_json;

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{params, Coded, ErrorCode, Params, WalletError};
use strict_json::JsonError;

/// Largest keystore, deposit, BLS-change or exit file read: deposit-cli writes about 800
/// bytes per validator and a keystore is about 1 KB.
pub const MAX_FILE_BYTES: usize = 1 << 20;

/// The kinds of file the wallet writes and reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// An EIP-2335 keystore.
    Keystore,
    /// deposit-cli's `deposit_data-*.json`.
    DepositData,
    /// deposit-cli's `bls_to_execution_change-*.json` (or ethdo's file, when read).
    BlsToExecutionChange,
    /// ethdo's `change-operations.json`: the same changes without metadata.
    EthdoChangeOperations,
    /// One `signed_exit_transaction-*.json`.
    VoluntaryExit,
    /// deposit-cli's `partial_deposits/deposit_data-*.json`: a top-up of an existing
    /// validator, laid out as deposit data (and read as such: no shape tells them apart).
    PartialDeposit,
    /// deposit-cli's `builder_keys/builder_deposit_data-*.json` (0xb0 credentials).
    BuilderDepositData,
    /// A builder's EIP-2335 keystore, written into `builder_keys/` (read as a keystore).
    BuilderKeystore,
    /// deposit-cli's proof of withdrawal-address ownership,
    /// `bls_to_execution_change_keystore_signature-*.json`: one object.
    BlsToExecutionChangeKeystore,
    /// An EIP-7002 withdrawal request (exit or partial withdrawal) as a transaction for the
    /// withdrawal address's wallet: `withdrawal_request-{validator_index}-{unix_seconds}.json`.
    WithdrawalRequest,
    /// An EIP-7251 consolidation request (or the switch to 0x02) as a transaction:
    /// `consolidation_request-{source_index}-{target_index}-{unix_seconds}.json`.
    ConsolidationRequest,
    /// The standard keymanager API's import body (`POST /eth/v1/keystores`): keystores, their
    /// passwords and the slashing-protection interchange. Holds the passwords.
    KeymanagerImport,
    /// An EIP-3076 slashing-protection interchange (version 5) for new keys.
    SlashingProtection,
    /// A Web3Signer key configuration (YAML): `web3signer/<name>.yaml`.
    Web3SignerConfig,
    /// The upload bundle's `upload_keys.py`, run on the online machine (Python, not JSON).
    UploadScript,
    /// The upload bundle's `upload-plan.json`: each keystore and where its secret goes.
    UploadPlan,
}

impl FileKind {
    /// The folder deposit-cli writes this kind into; "Download all" zips use it.
    pub fn folder(self) -> &'static str {
        match self {
            Self::Keystore | Self::DepositData => "validator_keys",
            Self::BlsToExecutionChange | Self::EthdoChangeOperations => "bls_to_execution_changes",
            Self::VoluntaryExit => "exit_transactions",
            Self::PartialDeposit => "partial_deposits",
            Self::BuilderDepositData | Self::BuilderKeystore => "builder_keys",
            Self::BlsToExecutionChangeKeystore => "bls_to_execution_changes_keystore",
            Self::WithdrawalRequest | Self::ConsolidationRequest => "execution_requests",
            Self::KeymanagerImport | Self::SlashingProtection => "keymanager_import",
            Self::Web3SignerConfig => "web3signer_configs",
            Self::UploadScript | Self::UploadPlan => "upload_bundle",
        }
    }

    /// What a file holds, from its shape (not its name). Reads the JSON strictly.
    pub fn detect(text: &str) -> Result<Self, WalletError> {
        check_file_size(text.len())?;
        let value = strict_json::parse(text).map_err(WalletError::from)?;
        let first = value
            .as_array()
            .and_then(|entries| entries.first())
            .unwrap_or(&value);
        let is_exit = |entry: &Value| entry.pointer("/message/epoch").is_some();
        // A proof of withdrawal-address ownership: an address, and no withdrawal key.
        let is_proof = |entry: &Value| {
            entry.pointer("/message/to_execution_address").is_some()
                && entry.pointer("/message/from_bls_pubkey").is_none()
        };
        if value.get("crypto").is_some() {
            Ok(Self::Keystore)
        } else if let Some(kind) = crate::execution::transaction::detect(&value) {
            Ok(kind)
        } else if first.get("deposit_data_root").is_some() {
            // Builder deposits carry the builder prefix 0xb0 in their credentials.
            let builder = first
                .get("withdrawal_credentials")
                .and_then(Value::as_str)
                .is_some_and(|credentials| {
                    credentials
                        .get(..2)
                        .is_some_and(|prefix| prefix.eq_ignore_ascii_case("b0"))
                });
            Ok(if builder {
                Self::BuilderDepositData
            } else {
                Self::DepositData
            })
        } else if first.pointer("/message/from_bls_pubkey").is_some() {
            Ok(Self::BlsToExecutionChange)
        } else if value.is_array() && is_proof(first) {
            Err(FileError::ProofInArray.into())
        } else if is_proof(&value) {
            Ok(Self::BlsToExecutionChangeKeystore)
        } else if value.is_array() && is_exit(first) {
            Err(FileError::ExitInArray.into())
        } else if is_exit(&value) {
            Ok(Self::VoluntaryExit)
        } else {
            Err(FileError::UnknownKind.into())
        }
    }
}

/// Why a file could not be read at all (problems with one entry go in its report).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    NotUtf8,
    Json(JsonError),
    NotAnArray,
    NotAnObject,
    /// An exit file holds one exit object; deposit-cli never writes them in an array.
    ExitInArray,
    /// A proof of withdrawal-address ownership holds one object; deposit-cli writes one file
    /// per validator.
    ProofInArray,
    Empty,
    UnknownKind,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { bytes, limit } => write!(
                f,
                "the file is {bytes} bytes; files over {} are refused before reading (no keystore or signed-message file is that large)",
                size_words(*limit)
            ),
            Self::NotUtf8 => f.write_str("the file is not UTF-8 text"),
            Self::Json(err) => err.fmt(f),
            Self::NotAnArray => f.write_str("the file is not a JSON array of entries"),
            Self::NotAnObject => f.write_str("the file is not one JSON object"),
            Self::ExitInArray => f.write_str(
                "the file is a JSON array; a signed exit file holds one exit object (one file per validator)",
            ),
            Self::ProofInArray => f.write_str(
                "the file is a JSON array; a proof of withdrawal-address ownership holds one object (one file per validator)",
            ),
            Self::Empty => f.write_str("the file holds no entries"),
            Self::UnknownKind => f.write_str(
                "this is not a keystore, deposit data, BLS change or exit file",
            ),
        }
    }
}

impl Coded for FileError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::TooLarge { .. } => ErrorCode::FileTooLarge,
            Self::NotUtf8 => ErrorCode::FileNotUtf8,
            Self::Json(err) => err.code(),
            Self::NotAnArray => ErrorCode::JsonNotArray,
            Self::NotAnObject | Self::ExitInArray | Self::ProofInArray => ErrorCode::JsonNotObject,
            Self::Empty => ErrorCode::FileEmpty,
            Self::UnknownKind => ErrorCode::FileKindUnknown,
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::TooLarge { bytes, limit } => params(&[
                ("bytes", (*bytes).into()),
                ("limit", (*limit).into()),
                ("limit_mib", (*limit >> 20).into()),
            ]),
            Self::Json(err) => err.params(),
            Self::ExitInArray => params(&[("reason", "exit_in_array".into())]),
            Self::ProofInArray => params(&[("reason", "proof_in_array".into())]),
            Self::NotUtf8
            | Self::NotAnArray
            | Self::NotAnObject
            | Self::Empty
            | Self::UnknownKind => Params::new(),
        }
    }
}

impl From<JsonError> for FileError {
    fn from(err: JsonError) -> Self {
        Self::Json(err)
    }
}

/// "1 MiB", "1 GiB": a limit as people read it.
pub fn size_words(bytes: usize) -> String {
    match bytes {
        b if b >= 1 << 30 && b.is_multiple_of(1 << 30) => format!("{} GiB", b >> 30),
        b if b >= 1 << 20 && b.is_multiple_of(1 << 20) => format!("{} MiB", b >> 20),
        b => format!("{b} bytes"),
    }
}

/// Refuses a wallet file by its size, before any of it is read.
pub fn check_file_size(bytes: usize) -> Result<(), FileError> {
    if bytes > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            bytes,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(())
}

/// A wallet file's bytes as text: within the size limit, UTF-8, no byte-order mark. (A
/// browser's `File.text()` drops a BOM silently; reading bytes keeps the rule one rule.)
pub fn text_from_bytes(bytes: Vec<u8>) -> Result<String, FileError> {
    check_file_size(bytes.len())?;
    strict_json::refuse_byte_order_mark(&bytes)?;
    String::from_utf8(bytes).map_err(|_| FileError::NotUtf8)
}

/// A file that must be a nonempty JSON array, read strictly.
pub fn parse_entries(text: &str) -> Result<Vec<Value>, FileError> {
    check_file_size(text.len())?;
    match strict_json::parse(text)? {
        Value::Array(entries) if entries.is_empty() => Err(FileError::Empty),
        Value::Array(entries) => Ok(entries),
        _ => Err(FileError::NotAnArray),
    }
}

/// A file that must be one JSON object, read strictly.
pub fn parse_object(text: &str) -> Result<Value, FileError> {
    check_file_size(text.len())?;
    match strict_json::parse(text)? {
        value @ Value::Object(_) => Ok(value),
        Value::Array(entries) if entries.first().is_some_and(Value::is_object) => {
            Err(FileError::ExitInArray)
        }
        _ => Err(FileError::NotAnObject),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uploads_are_recognised_by_shape() {
        let detect = |text: &str| FileKind::detect(text).map_err(|err| err.code);
        assert_eq!(
            detect(r#"{"crypto": {}, "version": 4}"#),
            Ok(FileKind::Keystore)
        );
        assert_eq!(
            detect(r#"[{"deposit_data_root": "00"}]"#),
            Ok(FileKind::DepositData)
        );
        assert_eq!(
            detect(r#"[{"deposit_data_root": "00", "withdrawal_credentials": "b000"}]"#),
            Ok(FileKind::BuilderDepositData)
        );
        assert_eq!(
            detect(r#"[{"deposit_data_root": "00", "withdrawal_credentials": "0200"}]"#),
            Ok(FileKind::DepositData)
        );
        assert_eq!(
            detect(r#"[{"message": {"from_bls_pubkey": "0x"}}]"#),
            Ok(FileKind::BlsToExecutionChange)
        );
        assert_eq!(
            detect(r#"{"message": {"epoch": "1"}}"#),
            Ok(FileKind::VoluntaryExit)
        );
        assert_eq!(
            detect(r#"[{"message": {"epoch": "1"}}]"#),
            Err(ErrorCode::JsonNotObject)
        );
        // deposit-cli's proof of withdrawal-address ownership: an address, no withdrawal key.
        assert_eq!(
            detect(r#"{"message": {"to_execution_address": "0x", "validator_index": 1}}"#),
            Ok(FileKind::BlsToExecutionChangeKeystore)
        );
        assert_eq!(
            detect(r#"[{"message": {"to_execution_address": "0x", "validator_index": 1}}]"#),
            Err(ErrorCode::JsonNotObject)
        );
        assert_eq!(detect("[1]"), Err(ErrorCode::FileKindUnknown));
        assert_eq!(detect("nope"), Err(ErrorCode::JsonSyntax));
        assert_eq!(detect("\u{feff}{}"), Err(ErrorCode::FileByteOrderMark));
        assert_eq!(
            detect(r#"{"crypto": {}, "crypto": {}}"#),
            Err(ErrorCode::JsonDuplicateKey)
        );
    }

    #[test]
    fn files_over_one_mib_are_refused_by_size() {
        assert_eq!(check_file_size(MAX_FILE_BYTES), Ok(()));
        let err = WalletError::from(check_file_size(50_000_000).unwrap_err());
        assert_eq!(err.code, ErrorCode::FileTooLarge);
        assert_eq!(
            err.message,
            "the file is 50000000 bytes; files over 1 MiB are refused before reading (no keystore or signed-message file is that large)"
        );
        assert_eq!(
            text_from_bytes(b"\xef\xbb\xbf{}".to_vec()),
            Err(FileError::Json(JsonError::ByteOrderMark))
        );
        assert_eq!(text_from_bytes(vec![0xff]), Err(FileError::NotUtf8));
    }
}

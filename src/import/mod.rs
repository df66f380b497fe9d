//! What the beacon chain knows about validators, imported offline from one of three shapes:
//! the beacon API's `GET /eth/v1/beacon/states/{state}/validators` response
//! (`beacon_api`), ethdo's `offline-preparation.json` (`ethdo`), or a CSV of
//! `validator_index,withdrawal_credentials` (`csv`); and the search that finds which of them
//! a mnemonic controls (`search`).
//!
//! Mainnet's full list is over a million validators and the beacon API response hundreds of
//! MB, so entries are checked and handed to a sink one at a time as the JSON streams past
//! (`json`); nothing but the compact result of each entry is kept.

pub(crate) mod beacon_api;
pub(crate) mod csv;
pub(crate) mod ethdo;
pub(crate) mod json;
pub(crate) mod search;

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::consensus::containers::Version;
use crate::consensus::ssz::Root;
use crate::consensus::withdrawal_credentials::WithdrawalCredentials;
use crate::error::{params, uint64, Coded, ErrorCode, Param, Params, Quoted, WalletError};
use crate::files::hex_field::{decode_lenient, decode_prefixed, HexFieldError};
use crate::files::output::parse_uint64;
use crate::files::size_words;
use crate::files::strict_json::JsonError;

/// Largest import read: mainnet's full beacon API list (about 1.1 million validators) is
/// roughly 500 MB, and the bytes plus the parsed list must fit in a 4 GiB wasm memory.
pub const MAX_IMPORT_BYTES: usize = 1 << 30;

/// Most validators one import may list (mainnet has about 1.1 million): the duplicate check
/// keeps every index seen, so this bounds its memory whatever the file.
pub const MAX_IMPORT_VALIDATORS: usize = 1 << 22;

/// The statuses the beacon API defines (`/eth/v1/beacon/states/{state}/validators`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum ValidatorStatus {
    PendingInitialized,
    PendingQueued,
    ActiveOngoing,
    ActiveExiting,
    ActiveSlashed,
    ExitedUnslashed,
    ExitedSlashed,
    WithdrawalPossible,
    WithdrawalDone,
}

impl ValidatorStatus {
    pub const ALL: [Self; 9] = [
        Self::PendingInitialized,
        Self::PendingQueued,
        Self::ActiveOngoing,
        Self::ActiveExiting,
        Self::ActiveSlashed,
        Self::ExitedUnslashed,
        Self::ExitedSlashed,
        Self::WithdrawalPossible,
        Self::WithdrawalDone,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::PendingInitialized => "pending_initialized",
            Self::PendingQueued => "pending_queued",
            Self::ActiveOngoing => "active_ongoing",
            Self::ActiveExiting => "active_exiting",
            Self::ActiveSlashed => "active_slashed",
            Self::ExitedUnslashed => "exited_unslashed",
            Self::ExitedSlashed => "exited_slashed",
            Self::WithdrawalPossible => "withdrawal_possible",
            Self::WithdrawalDone => "withdrawal_done",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.as_str() == text)
    }
}

impl fmt::Display for ValidatorStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One validator as the import describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedValidator {
    pub index: u64,
    /// The signing pubkey's bytes, compared as bytes (checking a million curve points would
    /// take a minute); absent in CSV imports.
    pub pubkey: Option<[u8; 48]>,
    pub withdrawal_credentials: WithdrawalCredentials,
    pub status: Option<ValidatorStatus>,
}

/// Which of the three shapes the import had.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum ImportFormat {
    BeaconApi,
    EthdoOfflinePreparation,
    Csv,
}

impl fmt::Display for ImportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::BeaconApi => "beacon API validators response",
            Self::EthdoOfflinePreparation => "ethdo offline-preparation.json",
            Self::Csv => "CSV",
        })
    }
}

/// The chain values an ethdo preparation file carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedChain {
    pub genesis_validators_root: Root,
    pub genesis_fork_version: Version,
    /// The fork version exits are signed with: Capella's since Deneb (EIP-7044).
    pub exit_fork_version: Version,
    pub current_fork_version: Version,
    pub epoch: u64,
}

/// An import, parsed and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidatorImport {
    pub format: ImportFormat,
    pub chain: Option<ImportedChain>,
    pub validators: Vec<ImportedValidator>,
}

/// What a streamed import ends with, once every entry went to the sink.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    pub format: ImportFormat,
    pub chain: Option<ImportedChain>,
    pub validators_read: usize,
}

/// What is wrong with one field of one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    Hex(HexFieldError),
    NotUint64(Quoted),
    UnknownStatus(Quoted),
}

impl fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Hex(err) => err.fmt(f),
            Self::NotUint64(text) => write!(f, "\"{text}\" is not a decimal uint64"),
            Self::UnknownStatus(text) => {
                write!(f, "\"{text}\" is not a beacon API validator status")
            }
        }
    }
}

/// Where an entry is: a JSON path (`data[12]`), a CSV line (from 1), or the file's own fields
/// (an ethdo file's chain values).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryPlace {
    Json(String),
    CsvLine(usize),
    File,
}

impl fmt::Display for EntryPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Json(path) => f.write_str(path),
            Self::CsvLine(line) => write!(f, "CSV line {line}"),
            Self::File => f.write_str("the file"),
        }
    }
}

impl EntryPlace {
    /// As an error's field: `data[12]`, or `line[3]` for a CSV line.
    fn path(&self) -> String {
        match self {
            Self::Json(path) => path.clone(),
            Self::CsvLine(line) => format!("line[{line}]"),
            Self::File => "the file".into(),
        }
    }

    /// As parameters: `subject` (which wording a message takes) and the place itself.
    fn params(&self) -> Params {
        match self {
            Self::Json(path) => params(&[
                ("subject", "import_entry".into()),
                ("entry", path.as_str().into()),
            ]),
            Self::CsvLine(line) => params(&[
                ("subject", "import_csv_line".into()),
                ("line", (*line).into()),
            ]),
            Self::File => params(&[("subject", "import_file".into())]),
        }
    }
}

/// Why an import was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    TooManyValidators,
    Empty,
    NotUtf8,
    /// Not valid JSON, a duplicate key, a BOM; or JSON of another shape (serde's description).
    Json(JsonError),
    /// JSON that is not an object or array (a string, a number…).
    NotValidators,
    UnknownShape,
    BothShapes,
    MissingField {
        field: &'static str,
    },
    BadField {
        entry: EntryPlace,
        field: &'static str,
        problem: FieldProblem,
    },
    UnsupportedEthdoVersion {
        version: Quoted,
    },
    /// A domain type in ethdo's file is not the consensus spec's.
    WrongDomainType {
        field: &'static str,
        found: Quoted,
        expected: &'static str,
    },
    CsvColumns {
        line: usize,
        columns: usize,
    },
    DuplicateValidator {
        validator_index: u64,
    },
    NoValidators,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { bytes } => write!(
                f,
                "the import is {bytes} bytes; imports over {} are refused (mainnet's full validator list is about 500 MB)",
                size_words(MAX_IMPORT_BYTES)
            ),
            Self::TooManyValidators => write!(
                f,
                "the import lists more than {MAX_IMPORT_VALIDATORS} validators; mainnet has about 1.1 million, so this is not a validator list"
            ),
            Self::Empty => f.write_str("the import is empty"),
            Self::NotUtf8 => f.write_str("the import is not UTF-8 text"),
            Self::Json(JsonError::Syntax { line, column, detail }) => write!(
                f,
                "the import is not a beacon API response or an ethdo preparation file: {detail} at line {line} column {column}"
            ),
            Self::Json(err) => err.fmt(f),
            Self::NotValidators => f.write_str(
                "the import is JSON but not an object or array: neither a beacon API response nor an ethdo preparation file",
            ),
            Self::UnknownShape => f.write_str(
                "the JSON has neither \"data\" (a beacon API validators response) nor \"validators\" (ethdo's offline-preparation.json)",
            ),
            Self::BothShapes => f.write_str("the JSON has both \"data\" and \"validators\"; give one beacon API response or one ethdo file"),
            Self::MissingField { field } => write!(f, "the ethdo preparation file has no \"{field}\""),
            Self::BadField { entry, field, problem } => write!(f, "{entry}: {field} {problem}"),
            Self::UnsupportedEthdoVersion { version } => write!(
                f,
                "ethdo preparation file version \"{version}\" is not supported; version \"3\" is (ethdo 1.30 and later)"
            ),
            Self::WrongDomainType { field, found, expected } => write!(
                f,
                "the ethdo file's {field} is {found}, not the consensus spec's {expected}; it was not made for an Ethereum chain"
            ),
            Self::CsvColumns { line, columns } => write!(
                f,
                "CSV line {line} has {columns} columns; each line must be validator_index,withdrawal_credentials"
            ),
            Self::DuplicateValidator { validator_index } => {
                write!(f, "validator {validator_index} appears twice in the import")
            }
            Self::NoValidators => f.write_str("the import lists no validators"),
        }
    }
}

impl Coded for ImportError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::TooLarge { .. } => ErrorCode::ImportTooLarge,
            Self::TooManyValidators => ErrorCode::ImportTooManyValidators,
            Self::Empty => ErrorCode::FileEmpty,
            Self::NotUtf8 => ErrorCode::FileNotUtf8,
            Self::Json(err) => err.code(),
            Self::NotValidators | Self::UnknownShape => ErrorCode::ImportNotValidators,
            Self::BothShapes => ErrorCode::ImportBothShapes,
            Self::MissingField { .. } => ErrorCode::ImportMissingField,
            Self::BadField { problem, .. } => match problem {
                FieldProblem::Hex(err) => err.code(),
                FieldProblem::NotUint64(_) => ErrorCode::NotUint64,
                FieldProblem::UnknownStatus(_) => ErrorCode::ValidatorStatusUnknown,
            },
            Self::UnsupportedEthdoVersion { .. } => ErrorCode::ImportEthdoVersion,
            Self::WrongDomainType { .. } => ErrorCode::ImportDomainType,
            Self::CsvColumns { .. } => ErrorCode::ImportCsvColumns,
            Self::DuplicateValidator { .. } => ErrorCode::DuplicateValidator,
            Self::NoValidators => ErrorCode::NoValidators,
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::TooLarge { bytes } => params(&[
                ("bytes", (*bytes).into()),
                ("limit", MAX_IMPORT_BYTES.into()),
                ("limit_gib", (MAX_IMPORT_BYTES >> 30).into()),
            ]),
            Self::TooManyValidators => params(&[("limit", MAX_IMPORT_VALIDATORS.into())]),
            // Codes other files share: `reason` says it is the import's.
            Self::Empty | Self::NotUtf8 | Self::NoValidators => {
                params(&[("reason", "import".into())])
            }
            Self::DuplicateValidator { validator_index } => params(&[
                ("validator_index", uint64(*validator_index)),
                ("reason", "import".into()),
            ]),
            Self::Json(err) => {
                let mut list = err.params();
                if matches!(err, JsonError::Syntax { .. }) {
                    list.insert("reason".into(), "import".into());
                }
                list
            }
            Self::UnknownShape => params(&[("reason", "unknown_shape".into())]),
            Self::MissingField { field } => {
                params(&[("field", (*field).into()), ("name", (*field).into())])
            }
            Self::BadField {
                entry,
                field,
                problem,
            } => {
                let mut list = match problem {
                    FieldProblem::Hex(err) => err.params(),
                    FieldProblem::NotUint64(text) | FieldProblem::UnknownStatus(text) => {
                        params(&[("text", Param::from(text))])
                    }
                };
                list.extend(entry.params());
                list.insert("name".into(), (*field).into());
                list
            }
            Self::UnsupportedEthdoVersion { version } => {
                params(&[("version", Param::from(version))])
            }
            Self::WrongDomainType {
                field,
                found,
                expected,
            } => params(&[
                ("field", (*field).into()),
                ("name", (*field).into()),
                ("found", Param::from(found)),
                ("expected", (*expected).into()),
            ]),
            Self::CsvColumns { line, columns } => {
                params(&[("line", (*line).into()), ("columns", (*columns).into())])
            }
            Self::NotValidators | Self::BothShapes => Params::new(),
        }
    }

    fn field(&self) -> Option<String> {
        match self {
            Self::BadField { entry, field, .. } => Some(format!("{}.{field}", entry.path())),
            Self::MissingField { field } | Self::WrongDomainType { field, .. } => {
                Some((*field).to_owned())
            }
            _ => None,
        }
    }
}

impl From<JsonError> for ImportError {
    fn from(err: JsonError) -> Self {
        Self::Json(err)
    }
}

/// Reads a whole import into memory: for tests and small imports. Large imports go through
/// `scan_validator_import`, which keeps only what its sink keeps.
pub fn parse_validator_import(bytes: &[u8]) -> Result<ValidatorImport, ImportError> {
    let mut validators = Vec::new();
    let summary = scan_validator_import(bytes, &mut |validator| validators.push(validator))?;
    Ok(ValidatorImport {
        format: summary.format,
        chain: summary.chain,
        validators,
    })
}

/// Whether an import's format names each validator's signing pubkey: the JSON formats (beacon
/// API, ethdo) always do, CSV (`index,withdrawal_credentials`) never. Decided by the first byte,
/// as [`scan_validator_import`] picks the format.
pub fn names_signing_pubkeys(bytes: &[u8]) -> bool {
    matches!(
        bytes.iter().find(|b| !b.is_ascii_whitespace()),
        Some(b'{' | b'[')
    )
}

/// Checks an import entry by entry, giving each validator to `sink` as it is read. The import
/// is refused as a whole on the first bad entry; the sink may have seen earlier ones.
pub fn scan_validator_import(
    bytes: &[u8],
    sink: &mut dyn FnMut(ImportedValidator),
) -> Result<ImportSummary, ImportError> {
    check_import_size(bytes.len())?;
    crate::files::strict_json::refuse_byte_order_mark(bytes)?;
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    let mut checked = CheckedSink {
        seen: HashSet::new(),
        sink,
        error: None,
    };
    let summary = match first {
        None => return Err(ImportError::Empty),
        Some(b'{' | b'[') => json::scan_json(bytes, &mut checked)?,
        // A JSON string, number or literal is not a CSV with a typo.
        Some(b'"' | b't' | b'f' | b'n')
            if serde_json::from_slice::<serde_json::Value>(bytes).is_ok() =>
        {
            return Err(ImportError::NotValidators)
        }
        Some(b'-' | b'0'..=b'9') if serde_json::from_slice::<serde_json::Number>(bytes).is_ok() => {
            return Err(ImportError::NotValidators)
        }
        Some(_) => csv::scan_csv(bytes, &mut checked)?,
    };
    if summary.validators_read == 0 {
        return Err(ImportError::NoValidators);
    }
    Ok(summary)
}

/// Refuses an import by its size alone, before any of it is read.
pub fn check_import_size(bytes: usize) -> Result<(), ImportError> {
    if bytes > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes });
    }
    Ok(())
}

/// Refuses duplicates and imports past the count limit, and passes validators on.
pub(crate) struct CheckedSink<'s> {
    seen: HashSet<u64>,
    sink: &'s mut dyn FnMut(ImportedValidator),
    /// The typed error that stopped a streaming parse (serde only carries strings).
    pub(crate) error: Option<ImportError>,
}

impl CheckedSink<'_> {
    pub(crate) fn accept(&mut self, validator: ImportedValidator) -> Result<(), ImportError> {
        if self.seen.len() >= MAX_IMPORT_VALIDATORS {
            return Err(ImportError::TooManyValidators);
        }
        if !self.seen.insert(validator.index) {
            return Err(ImportError::DuplicateValidator {
                validator_index: validator.index,
            });
        }
        (self.sink)(validator);
        Ok(())
    }
}

fn bad_field(entry: &EntryPlace, field: &'static str, problem: FieldProblem) -> ImportError {
    ImportError::BadField {
        entry: entry.clone(),
        field,
        problem,
    }
}

pub(crate) fn validator_index(
    entry: &EntryPlace,
    field: &'static str,
    text: &str,
) -> Result<u64, ImportError> {
    parse_uint64(text)
        .ok_or_else(|| bad_field(entry, field, FieldProblem::NotUint64(Quoted::new(text))))
}

pub(crate) fn hex<const N: usize>(
    entry: &EntryPlace,
    field: &'static str,
    text: &str,
    decode: fn(&str) -> Result<[u8; N], HexFieldError>,
) -> Result<[u8; N], ImportError> {
    decode(text).map_err(|err| bad_field(entry, field, FieldProblem::Hex(err)))
}

pub(crate) fn status(
    entry: &EntryPlace,
    field: &'static str,
    text: &str,
) -> Result<ValidatorStatus, ImportError> {
    ValidatorStatus::parse(text)
        .ok_or_else(|| bad_field(entry, field, FieldProblem::UnknownStatus(Quoted::new(text))))
}

/// A validator as the package's `findValidators` takes it: a beacon API entry's fields,
/// flattened, with the index a decimal string or a number. Checked by the import's rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ValidatorInput {
    #[cfg_attr(feature = "wasm", tsify(type = "string | number"))]
    pub index: IndexInput,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pubkey: Option<String>,
    pub withdrawal_credentials: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// A validator index as JS callers write it: a decimal string (the beacon API's) or a number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum IndexInput {
    Number(u64),
    Text(String),
}

impl ValidatorInput {
    /// Checked as a beacon API entry is (0x-prefixed hex), named by its place in the list.
    pub fn check(&self, position: usize) -> Result<ImportedValidator, WalletError> {
        let entry = EntryPlace::Json(format!("[{position}]"));
        let err = |err: ImportError| WalletError::from(err);
        let index = match &self.index {
            IndexInput::Number(number) => *number,
            IndexInput::Text(text) => validator_index(&entry, "index", text).map_err(err)?,
        };
        Ok(ImportedValidator {
            index,
            pubkey: self
                .pubkey
                .as_deref()
                .map(|text| hex(&entry, "pubkey", text, decode_prefixed))
                .transpose()
                .map_err(err)?,
            withdrawal_credentials: hex(
                &entry,
                "withdrawalCredentials",
                &self.withdrawal_credentials,
                decode_prefixed,
            )
            .map_err(err)?,
            status: self
                .status
                .as_deref()
                .map(|text| status(&entry, "status", text))
                .transpose()
                .map_err(err)?,
        })
    }
}

/// The package's list of validators, checked entry by entry and for duplicates.
pub fn check_validator_list(
    list: &[ValidatorInput],
) -> Result<Vec<ImportedValidator>, WalletError> {
    if list.is_empty() {
        return Err(ImportError::NoValidators.into());
    }
    if list.len() > MAX_IMPORT_VALIDATORS {
        return Err(ImportError::TooManyValidators.into());
    }
    let mut seen = HashSet::new();
    list.iter()
        .enumerate()
        .map(|(position, input)| {
            let validator = input.check(position)?;
            if !seen.insert(validator.index) {
                return Err(WalletError::from(ImportError::DuplicateValidator {
                    validator_index: validator.index,
                })
                .at(&format!("[{position}]")));
            }
            Ok(validator)
        })
        .collect()
}

/// `decode_lenient` for the fields other tools write with or without 0x.
pub(crate) fn lenient<const N: usize>(text: &str) -> Result<[u8; N], HexFieldError> {
    decode_lenient(text)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const PUBKEY: &str = "0xa1d1ad0714035353258038e964ae9675dc0252ee22cea896825c01458e1807bfad2f9969338798548d9858a571f7425c";
    pub(crate) const CREDS: &str =
        "0x00f50428677c60f997aadeab24aabf7fceaef491c96a52b463ae91f95611cf71";

    pub(crate) fn beacon_entry(index: u64, status: &str, creds: &str) -> String {
        format!(
            r#"{{"index":"{index}","balance":"32000000000","status":"{status}","validator":{{"pubkey":"{PUBKEY}","withdrawal_credentials":"{creds}","effective_balance":"32000000000","slashed":false,"activation_eligibility_epoch":"0","activation_epoch":"0","exit_epoch":"18446744073709551615","withdrawable_epoch":"18446744073709551615"}}}}"#
        )
    }

    pub(crate) fn ethdo_file(validators: &str) -> String {
        format!(
            r#"{{"version":"3","genesis_validators_root":"0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95","epoch":"305658","genesis_fork_version":"0x00000000","exit_fork_version":"0x03000000","current_fork_version":"0x04000000","bls_to_execution_change_domain_type":"0x0a000000","voluntary_exit_domain_type":"0x04000000","validators":[{validators}]}}"#
        )
    }

    pub(crate) fn err(text: &str) -> String {
        parse_validator_import(text.as_bytes())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn imports_that_are_no_validator_list_say_so() {
        assert_eq!(err(""), "the import is empty");
        assert_eq!(err(" \n"), "the import is empty");
        assert!(
            err(r#"{"data":[}"#).contains("line 1 column"),
            "{}",
            err(r#"{"data":[}"#)
        );
        assert_eq!(err(r#"{"data":[]}"#), "the import lists no validators");
        assert_eq!(
            err(r#"{"execution_optimistic":false}"#),
            "the JSON has neither \"data\" (a beacon API validators response) nor \"validators\" (ethdo's offline-preparation.json)"
        );
        assert_eq!(
            err(r#"{"data":[],"validators":[]}"#),
            "the JSON has both \"data\" and \"validators\"; give one beacon API response or one ethdo file"
        );
        let trailing = format!(
            r#"{{"data":[{}]}} x"#,
            beacon_entry(1, "active_ongoing", CREDS)
        );
        assert!(
            err(&trailing).contains("trailing characters"),
            "{}",
            err(&trailing)
        );
        // JSON that is neither object nor array is not read as a CSV.
        for scalar in ["\"validators\"", "12", "true", "null"] {
            assert_eq!(
                parse_validator_import(scalar.as_bytes()),
                Err(ImportError::NotValidators),
                "{scalar}"
            );
        }
        // One rule for byte-order marks, in every file the wallet reads.
        let with_bom = format!("\u{feff}[{}]", beacon_entry(3, "active_exiting", CREDS));
        assert_eq!(
            parse_validator_import(with_bom.as_bytes()),
            Err(ImportError::Json(JsonError::ByteOrderMark))
        );
    }

    #[test]
    fn oversized_imports_are_refused_before_parsing() {
        assert_eq!(check_import_size(MAX_IMPORT_BYTES), Ok(()));
        assert_eq!(
            check_import_size(MAX_IMPORT_BYTES + 1).unwrap_err().to_string(),
            "the import is 1073741825 bytes; imports over 1 GiB are refused (mainnet's full validator list is about 500 MB)"
        );
    }

    #[test]
    fn package_lists_follow_the_import_rules() {
        let input = |index: IndexInput, creds: &str| ValidatorInput {
            index,
            pubkey: None,
            withdrawal_credentials: creds.into(),
            status: None,
        };
        let list = [
            input(IndexInput::Text("7".into()), CREDS),
            input(IndexInput::Number(8), CREDS),
        ];
        assert_eq!(check_validator_list(&list).unwrap()[1].index, 8);
        let bad = [input(IndexInput::Text("-1".into()), CREDS)];
        let err = check_validator_list(&bad).unwrap_err();
        assert_eq!(
            (err.code, err.field.as_deref()),
            (ErrorCode::NotUint64, Some("[0].index"))
        );
        let twice = [
            input(IndexInput::Number(8), CREDS),
            input(IndexInput::Text("8".into()), CREDS),
        ];
        assert_eq!(
            check_validator_list(&twice).unwrap_err().code,
            ErrorCode::DuplicateValidator
        );
        // The same rule as the beacon API: 0x is required.
        assert_eq!(
            check_validator_list(&[input(IndexInput::Number(1), &CREDS[2..])])
                .unwrap_err()
                .code,
            ErrorCode::HexMissingPrefix
        );
    }
}

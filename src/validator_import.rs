//! What the beacon chain knows about validators, imported offline from one of three shapes:
//! the beacon API's `GET /eth/v1/beacon/states/{state}/validators` response, ethdo's
//! `offline-preparation.json`, or a CSV of `validator_index,withdrawal_credentials`.
//!
//! Mainnet's full list is over a million validators and the beacon API response hundreds of
//! MB, so entries are checked and handed to a sink one at a time as the JSON streams past;
//! nothing but the compact result of each entry is kept.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use crate::consensus::Version;
use crate::hex_field::{decode_lenient, decode_prefixed, HexFieldError};
use crate::output::parse_uint64;
use crate::ssz::Root;
use crate::withdrawal_credentials::WithdrawalCredentials;

/// Largest import read: mainnet's full beacon API list (about 1.1 million validators) is
/// roughly 500 MB, and the bytes plus the parsed list must fit in a 4 GiB wasm memory.
pub const MAX_IMPORT_BYTES: usize = 1 << 30;

/// The statuses the beacon API defines (`/eth/v1/beacon/states/{state}/validators`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

/// Why an import was refused. `entry` is the JSON path (`data[12]`) or the CSV line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    Empty,
    NotUtf8,
    /// Not valid JSON, or JSON of another shape; `problem` has serde's line and column.
    Json {
        problem: String,
    },
    UnknownShape,
    BothShapes,
    MissingField {
        field: &'static str,
    },
    BadField {
        entry: String,
        field: &'static str,
        problem: String,
    },
    UnsupportedEthdoVersion {
        version: String,
    },
    /// A domain type in ethdo's file is not the consensus spec's.
    WrongDomainType {
        field: &'static str,
        found: String,
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
                "the import is {bytes} bytes; imports over 1 GiB are refused (mainnet's full validator list is about 500 MB)"
            ),
            Self::Empty => f.write_str("the import is empty"),
            Self::NotUtf8 => f.write_str("the import is not UTF-8 text"),
            Self::Json { problem } => write!(f, "the import is not a beacon API response or an ethdo preparation file: {problem}"),
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

impl std::error::Error for ImportError {}

/// Reads a whole import into memory: for the JS API and tests. Large imports go through
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

/// Checks an import entry by entry, giving each validator to `sink` as it is read. The import
/// is refused as a whole on the first bad entry; the sink may have seen earlier ones.
pub fn scan_validator_import(
    bytes: &[u8],
    sink: &mut dyn FnMut(ImportedValidator),
) -> Result<ImportSummary, ImportError> {
    check_import_size(bytes.len())?;
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    let mut checked = CheckedSink {
        seen: HashSet::new(),
        sink,
        error: None,
    };
    let summary = match first {
        None => return Err(ImportError::Empty),
        Some(b'{' | b'[') => scan_json(bytes, &mut checked)?,
        Some(_) => scan_csv(bytes, &mut checked)?,
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

/// Refuses duplicates, counts, and passes validators on.
struct CheckedSink<'s> {
    seen: HashSet<u64>,
    sink: &'s mut dyn FnMut(ImportedValidator),
    /// The typed error that stopped a streaming parse (serde only carries strings).
    error: Option<ImportError>,
}

impl CheckedSink<'_> {
    fn accept(&mut self, validator: ImportedValidator) -> Result<(), ImportError> {
        if !self.seen.insert(validator.index) {
            return Err(ImportError::DuplicateValidator {
                validator_index: validator.index,
            });
        }
        (self.sink)(validator);
        Ok(())
    }
}

fn bad_field(entry: &str, field: &'static str, problem: impl fmt::Display) -> ImportError {
    ImportError::BadField {
        entry: entry.to_owned(),
        field,
        problem: problem.to_string(),
    }
}

fn validator_index(entry: &str, field: &'static str, text: &str) -> Result<u64, ImportError> {
    parse_uint64(text).ok_or_else(|| {
        bad_field(
            entry,
            field,
            format_args!("\"{text}\" is not a decimal uint64"),
        )
    })
}

fn credentials(
    entry: &str,
    field: &'static str,
    text: &str,
    decode: fn(&str) -> Result<[u8; 32], HexFieldError>,
) -> Result<WithdrawalCredentials, ImportError> {
    decode(text).map_err(|err| bad_field(entry, field, err))
}

fn status(entry: &str, field: &'static str, text: &str) -> Result<ValidatorStatus, ImportError> {
    ValidatorStatus::parse(text).ok_or_else(|| {
        bad_field(
            entry,
            field,
            format_args!("\"{text}\" is not a beacon API validator status"),
        )
    })
}

fn scan_csv(bytes: &[u8], sink: &mut CheckedSink<'_>) -> Result<ImportSummary, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8)?;
    let mut read = 0;
    for (number, line) in text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()))
    {
        if line.is_empty() {
            continue;
        }
        let columns: Vec<&str> = line.split(',').map(str::trim).collect();
        if columns.len() != 2 {
            return Err(ImportError::CsvColumns {
                line: number,
                columns: columns.len(),
            });
        }
        let is_header = read == 0
            && columns[0].eq_ignore_ascii_case("validator_index")
            && columns[1].eq_ignore_ascii_case("withdrawal_credentials");
        if is_header {
            continue;
        }
        let entry = format!("CSV line {number}");
        sink.accept(ImportedValidator {
            index: validator_index(&entry, "validator_index", columns[0])?,
            pubkey: None,
            withdrawal_credentials: credentials(
                &entry,
                "withdrawal_credentials",
                columns[1],
                decode_lenient,
            )?,
            status: None,
        })?;
        read += 1;
    }
    Ok(ImportSummary {
        format: ImportFormat::Csv,
        chain: None,
        validators_read: read,
    })
}

/// One entry of the beacon API's `data` array.
#[derive(Deserialize)]
struct BeaconEntry<'a> {
    #[serde(borrow)]
    index: Cow<'a, str>,
    #[serde(borrow)]
    status: Cow<'a, str>,
    #[serde(borrow)]
    validator: BeaconValidator<'a>,
}

#[derive(Deserialize)]
struct BeaconValidator<'a> {
    #[serde(borrow)]
    pubkey: Cow<'a, str>,
    #[serde(borrow)]
    withdrawal_credentials: Cow<'a, str>,
}

/// One entry of ethdo's `validators` array.
#[derive(Deserialize)]
struct EthdoEntry<'a> {
    #[serde(borrow)]
    index: Cow<'a, str>,
    #[serde(borrow)]
    pubkey: Cow<'a, str>,
    #[serde(borrow)]
    state: Cow<'a, str>,
    #[serde(borrow)]
    withdrawal_credentials: Cow<'a, str>,
}

/// An entry shape that checks itself into an `ImportedValidator`.
trait Entry<'de>: Deserialize<'de> {
    fn check(&self, entry: &str) -> Result<ImportedValidator, ImportError>;
}

impl<'de> Entry<'de> for BeaconEntry<'de> {
    fn check(&self, entry: &str) -> Result<ImportedValidator, ImportError> {
        Ok(ImportedValidator {
            index: validator_index(entry, "index", &self.index)?,
            pubkey: Some(
                decode_prefixed(&self.validator.pubkey)
                    .map_err(|err| bad_field(entry, "validator.pubkey", err))?,
            ),
            withdrawal_credentials: credentials(
                entry,
                "validator.withdrawal_credentials",
                &self.validator.withdrawal_credentials,
                decode_prefixed,
            )?,
            status: Some(status(entry, "status", &self.status)?),
        })
    }
}

impl<'de> Entry<'de> for EthdoEntry<'de> {
    fn check(&self, entry: &str) -> Result<ImportedValidator, ImportError> {
        Ok(ImportedValidator {
            index: validator_index(entry, "index", &self.index)?,
            // ethdo writes 0x; files made by other tools for it sometimes do not.
            pubkey: Some(
                decode_lenient(&self.pubkey).map_err(|err| bad_field(entry, "pubkey", err))?,
            ),
            withdrawal_credentials: credentials(
                entry,
                "withdrawal_credentials",
                &self.withdrawal_credentials,
                decode_prefixed,
            )?,
            status: Some(status(entry, "state", &self.state)?),
        })
    }
}

/// Streams a JSON array of `E`, checking each and passing it to the sink.
struct EntriesSeed<'a, 's, E> {
    path: &'static str,
    sink: &'a mut CheckedSink<'s>,
    read: &'a mut usize,
    _entry: std::marker::PhantomData<E>,
}

impl<'de, E: Entry<'de>> DeserializeSeed<'de> for EntriesSeed<'_, '_, E> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, E: Entry<'de>> Visitor<'de> for EntriesSeed<'_, '_, E> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an array of validators in \"{}\"", self.path)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut position = 0usize;
        while let Some(entry) = seq.next_element::<E>()? {
            let checked = entry
                .check(&format!("{}[{position}]", self.path))
                .and_then(|validator| self.sink.accept(validator));
            if let Err(err) = checked {
                let message = err.to_string();
                self.sink.error = Some(err);
                return Err(serde::de::Error::custom(message));
            }
            position += 1;
            *self.read += 1;
        }
        Ok(())
    }
}

/// The top-level object of either JSON shape; validators stream past, the rest is kept.
struct TopLevel<'a, 's> {
    sink: &'a mut CheckedSink<'s>,
    read: &'a mut usize,
}

#[derive(Default)]
struct TopLevelFields<'de> {
    has_data: bool,
    has_validators: bool,
    version: Option<Cow<'de, str>>,
    genesis_validators_root: Option<Cow<'de, str>>,
    epoch: Option<Cow<'de, str>>,
    genesis_fork_version: Option<Cow<'de, str>>,
    exit_fork_version: Option<Cow<'de, str>>,
    current_fork_version: Option<Cow<'de, str>>,
    bls_to_execution_change_domain_type: Option<Cow<'de, str>>,
    voluntary_exit_domain_type: Option<Cow<'de, str>>,
}

/// A string that borrows from the input where it can.
struct Text<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Cow::<'de, str>::deserialize(deserializer).map(Text)
    }
}

/// `data` is an array for list queries and one object for `/validators/{id}`.
struct DataSeed<'a, 's> {
    sink: &'a mut CheckedSink<'s>,
    read: &'a mut usize,
}

impl<'de> DeserializeSeed<'de> for DataSeed<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for DataSeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"data\": an array of validators, or one validator")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        EntriesSeed::<BeaconEntry<'de>> {
            path: "data",
            sink: self.sink,
            read: self.read,
            _entry: std::marker::PhantomData,
        }
        .visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        let entry = BeaconEntry::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
        let checked = entry
            .check("data")
            .and_then(|validator| self.sink.accept(validator));
        if let Err(err) = checked {
            let message = err.to_string();
            self.sink.error = Some(err);
            return Err(serde::de::Error::custom(message));
        }
        *self.read += 1;
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for TopLevel<'_, '_> {
    type Value = TopLevelFields<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TopLevel<'_, '_> {
    type Value = TopLevelFields<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a beacon API validators response or an ethdo preparation file")
    }

    /// A bare array: the beacon API's `data` on its own (`jq .data`).
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        EntriesSeed::<BeaconEntry<'de>> {
            path: "data",
            sink: self.sink,
            read: self.read,
            _entry: std::marker::PhantomData,
        }
        .visit_seq(seq)?;
        Ok(TopLevelFields {
            has_data: true,
            ..TopLevelFields::default()
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut fields = TopLevelFields::default();
        while let Some(key) = map.next_key::<Text<'de>>()? {
            let text = |map: &mut A| map.next_value::<Text<'de>>().map(|t| Some(t.0));
            match key.0.as_ref() {
                "data" => {
                    map.next_value_seed(DataSeed {
                        sink: &mut *self.sink,
                        read: &mut *self.read,
                    })?;
                    fields.has_data = true;
                }
                "validators" => {
                    map.next_value_seed(EntriesSeed::<EthdoEntry<'de>> {
                        path: "validators",
                        sink: &mut *self.sink,
                        read: &mut *self.read,
                        _entry: std::marker::PhantomData,
                    })?;
                    fields.has_validators = true;
                }
                "version" => fields.version = text(&mut map)?,
                "genesis_validators_root" => fields.genesis_validators_root = text(&mut map)?,
                "epoch" => fields.epoch = text(&mut map)?,
                "genesis_fork_version" => fields.genesis_fork_version = text(&mut map)?,
                "exit_fork_version" => fields.exit_fork_version = text(&mut map)?,
                "current_fork_version" => fields.current_fork_version = text(&mut map)?,
                "bls_to_execution_change_domain_type" => {
                    fields.bls_to_execution_change_domain_type = text(&mut map)?;
                }
                "voluntary_exit_domain_type" => fields.voluntary_exit_domain_type = text(&mut map)?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(fields)
    }
}

fn scan_json(bytes: &[u8], sink: &mut CheckedSink<'_>) -> Result<ImportSummary, ImportError> {
    let mut read = 0;
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let parsed = TopLevel {
        sink: &mut *sink,
        read: &mut read,
    }
    .deserialize(&mut deserializer)
    .and_then(|fields| deserializer.end().map(|()| fields));
    let fields = match parsed {
        Ok(fields) => fields,
        Err(err) => {
            return Err(sink.error.take().unwrap_or_else(|| ImportError::Json {
                problem: err.to_string(),
            }))
        }
    };
    match (fields.has_data, fields.has_validators) {
        (true, true) => Err(ImportError::BothShapes),
        (false, false) => Err(ImportError::UnknownShape),
        (true, false) => Ok(ImportSummary {
            format: ImportFormat::BeaconApi,
            chain: None,
            validators_read: read,
        }),
        (false, true) => Ok(ImportSummary {
            format: ImportFormat::EthdoOfflinePreparation,
            chain: Some(ethdo_chain(&fields)?),
            validators_read: read,
        }),
    }
}

const BLS_TO_EXECUTION_CHANGE_DOMAIN_TYPE: &str = "0x0a000000";
const VOLUNTARY_EXIT_DOMAIN_TYPE: &str = "0x04000000";

fn ethdo_chain(fields: &TopLevelFields<'_>) -> Result<ImportedChain, ImportError> {
    let required = |value: &Option<Cow<'_, str>>, field: &'static str| {
        value
            .as_deref()
            .map(str::to_owned)
            .ok_or(ImportError::MissingField { field })
    };
    let version = required(&fields.version, "version")?;
    if version != "3" {
        return Err(ImportError::UnsupportedEthdoVersion { version });
    }
    for (value, field, expected) in [
        (
            &fields.bls_to_execution_change_domain_type,
            "bls_to_execution_change_domain_type",
            BLS_TO_EXECUTION_CHANGE_DOMAIN_TYPE,
        ),
        (
            &fields.voluntary_exit_domain_type,
            "voluntary_exit_domain_type",
            VOLUNTARY_EXIT_DOMAIN_TYPE,
        ),
    ] {
        if let Some(found) = value.as_deref() {
            if !found.eq_ignore_ascii_case(expected) {
                return Err(ImportError::WrongDomainType {
                    field,
                    found: found.to_owned(),
                    expected,
                });
            }
        }
    }
    let hex = |value: &Option<Cow<'_, str>>, field: &'static str| -> Result<String, ImportError> {
        required(value, field)
    };
    let field = |field: &'static str| move |err: HexFieldError| bad_field("the file", field, err);
    let epoch_text = required(&fields.epoch, "epoch")?;
    Ok(ImportedChain {
        genesis_validators_root: decode_prefixed(&hex(
            &fields.genesis_validators_root,
            "genesis_validators_root",
        )?)
        .map_err(field("genesis_validators_root"))?,
        genesis_fork_version: decode_prefixed(&hex(
            &fields.genesis_fork_version,
            "genesis_fork_version",
        )?)
        .map_err(field("genesis_fork_version"))?,
        exit_fork_version: decode_prefixed(&hex(&fields.exit_fork_version, "exit_fork_version")?)
            .map_err(field("exit_fork_version"))?,
        current_fork_version: decode_prefixed(&hex(
            &fields.current_fork_version,
            "current_fork_version",
        )?)
        .map_err(field("current_fork_version"))?,
        epoch: validator_index("the file", "epoch", &epoch_text)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PUBKEY: &str = "0xa1d1ad0714035353258038e964ae9675dc0252ee22cea896825c01458e1807bfad2f9969338798548d9858a571f7425c";
    const CREDS: &str = "0x00f50428677c60f997aadeab24aabf7fceaef491c96a52b463ae91f95611cf71";

    fn beacon_entry(index: u64, status: &str, creds: &str) -> String {
        format!(
            r#"{{"index":"{index}","balance":"32000000000","status":"{status}","validator":{{"pubkey":"{PUBKEY}","withdrawal_credentials":"{creds}","effective_balance":"32000000000","slashed":false,"activation_eligibility_epoch":"0","activation_epoch":"0","exit_epoch":"18446744073709551615","withdrawable_epoch":"18446744073709551615"}}}}"#
        )
    }

    fn ethdo_file(validators: &str) -> String {
        format!(
            r#"{{"version":"3","genesis_validators_root":"0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95","epoch":"305658","genesis_fork_version":"0x00000000","exit_fork_version":"0x03000000","current_fork_version":"0x04000000","bls_to_execution_change_domain_type":"0x0a000000","voluntary_exit_domain_type":"0x04000000","validators":[{validators}]}}"#
        )
    }

    fn err(text: &str) -> String {
        parse_validator_import(text.as_bytes())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn beacon_api_list_single_and_bare_array() {
        let list = format!(
            r#"{{"execution_optimistic":false,"finalized":true,"data":[{},{}]}}"#,
            beacon_entry(7, "active_ongoing", CREDS),
            beacon_entry(
                8,
                "withdrawal_done",
                "0x010000000000000000000000d369bb49efa5100fd3b86a9f828c55da04d2d50a"
            )
        );
        let import = parse_validator_import(list.as_bytes()).unwrap();
        assert_eq!(import.format, ImportFormat::BeaconApi);
        assert_eq!(import.chain, None);
        assert_eq!(import.validators.len(), 2);
        assert_eq!(import.validators[0].index, 7);
        assert_eq!(
            import.validators[0].status,
            Some(ValidatorStatus::ActiveOngoing)
        );
        assert_eq!(import.validators[1].withdrawal_credentials[0], 0x01);
        assert_eq!(
            hex::encode(import.validators[0].pubkey.unwrap()),
            &PUBKEY[2..]
        );

        let single = format!(
            r#"{{"execution_optimistic":false,"data":{}}}"#,
            beacon_entry(9, "pending_queued", CREDS)
        );
        assert_eq!(
            parse_validator_import(single.as_bytes())
                .unwrap()
                .validators[0]
                .index,
            9
        );
        let bare = format!("\u{feff}  [{}]", beacon_entry(3, "active_exiting", CREDS));
        assert_eq!(
            parse_validator_import(bare.as_bytes()).unwrap().format,
            ImportFormat::BeaconApi
        );
    }

    #[test]
    fn ethdo_preparation_carries_the_chain() {
        let entry = format!(
            r#"{{"index":"100","pubkey":"{}","state":"active_ongoing","withdrawal_credentials":"{CREDS}"}}"#,
            &PUBKEY[2..]
        );
        let import = parse_validator_import(ethdo_file(&entry).as_bytes()).unwrap();
        assert_eq!(import.format, ImportFormat::EthdoOfflinePreparation);
        let chain = import.chain.unwrap();
        assert_eq!(chain.genesis_fork_version, [0, 0, 0, 0]);
        assert_eq!(chain.exit_fork_version, [3, 0, 0, 0]);
        assert_eq!(chain.current_fork_version, [4, 0, 0, 0]);
        assert_eq!(chain.epoch, 305658);
        assert_eq!(chain.genesis_validators_root[0], 0x4b);
        assert_eq!(import.validators[0].index, 100);
    }

    #[test]
    fn csv_with_or_without_header() {
        let text = format!(
            "validator_index,withdrawal_credentials\r\n12,{CREDS}\r\n\r\n 13 , {}\n",
            &CREDS[2..]
        );
        let import = parse_validator_import(text.as_bytes()).unwrap();
        assert_eq!(import.format, ImportFormat::Csv);
        let indices: Vec<u64> = import.validators.iter().map(|v| v.index).collect();
        assert_eq!(indices, [12, 13]);
        assert_eq!(import.validators[1].pubkey, None);
        assert_eq!(
            parse_validator_import(format!("5,{CREDS}").as_bytes())
                .unwrap()
                .validators
                .len(),
            1
        );
    }

    #[test]
    fn malformed_imports_name_the_entry_and_field() {
        assert_eq!(err(""), "the import is empty");
        assert_eq!(err(" \n"), "the import is empty");
        assert_eq!(
            err(&format!("7,{CREDS},x")),
            "CSV line 1 has 3 columns; each line must be validator_index,withdrawal_credentials"
        );
        assert_eq!(
            err(&format!("7,{CREDS}\n-8,{CREDS}")),
            "CSV line 2: validator_index \"-8\" is not a decimal uint64"
        );
        assert_eq!(
            err("7,0x00ab"),
            "CSV line 1: withdrawal_credentials is 2 bytes; it must be 32"
        );
        assert_eq!(
            err(&format!("7,{CREDS}\n7,{CREDS}")),
            "validator 7 appears twice in the import"
        );
        assert_eq!(
            err("validator_index,withdrawal_credentials\n"),
            "the import lists no validators"
        );
        let bad_status = format!(
            r#"{{"data":[{},{}]}}"#,
            beacon_entry(1, "active_ongoing", CREDS),
            beacon_entry(2, "asleep", CREDS)
        );
        assert_eq!(
            err(&bad_status),
            "data[1]: status \"asleep\" is not a beacon API validator status"
        );
        let no_prefix = format!(
            r#"{{"data":[{}]}}"#,
            beacon_entry(1, "active_ongoing", &CREDS[2..])
        );
        assert_eq!(
            err(&no_prefix),
            "data[0]: validator.withdrawal_credentials must start with 0x"
        );
        let missing =
            r#"{"data":[{"index":"1","status":"active_ongoing","validator":{"pubkey":"0x00"}}]}"#;
        assert!(
            err(missing).contains("missing field `withdrawal_credentials`"),
            "{}",
            err(missing)
        );
        let numeric = r#"{"data":[{"index":1}]}"#;
        assert!(
            err(numeric).contains("invalid type: integer `1`"),
            "{}",
            err(numeric)
        );
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
        assert_eq!(
            parse_validator_import(b"7,\xff\xfe"),
            Err(ImportError::NotUtf8)
        );
    }

    #[test]
    fn ethdo_files_are_checked_as_a_whole() {
        let entry = format!(
            r#"{{"index":"1","pubkey":"{PUBKEY}","state":"active_ongoing","withdrawal_credentials":"{CREDS}"}}"#
        );
        let file = ethdo_file(&entry);
        assert_eq!(
            err(&file.replace(r#""version":"3""#, r#""version":"2""#)),
            "ethdo preparation file version \"2\" is not supported; version \"3\" is (ethdo 1.30 and later)"
        );
        assert_eq!(
            err(&file.replace(r#""epoch":"305658","#, "")),
            "the ethdo preparation file has no \"epoch\""
        );
        assert_eq!(
            err(&file.replace("0x0a000000", "0x0b000000")),
            "the ethdo file's bls_to_execution_change_domain_type is 0x0b000000, not the consensus spec's 0x0a000000; it was not made for an Ethereum chain"
        );
        assert_eq!(
            err(&file.replace(
                r#""exit_fork_version":"0x03000000""#,
                r#""exit_fork_version":"0x030000""#
            )),
            "the file: exit_fork_version is 3 bytes; it must be 4"
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
}

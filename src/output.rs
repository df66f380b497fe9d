//! What the signing flows hand back: files ready to offer, and per-entry verification reports.

use serde::{Deserialize, Serialize};

/// Called with (items done, items in all) as a long job advances, for progress bars.
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize);

/// One file, already verified, named as the reference tool names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OutputFile {
    pub file_name: String,
    pub json: String,
}

/// The verdict on one entry of a deposit, BLS-change or exit file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryReport {
    /// Position in the file, from 0.
    pub index: usize,
    pub ok: bool,
    /// Each problem in plain words; empty when `ok`.
    pub problems: Vec<String>,
}

impl EntryReport {
    pub fn new(index: usize, problems: Vec<String>) -> Self {
        Self {
            index,
            ok: problems.is_empty(),
            problems,
        }
    }
}

/// The version string written into files. The Staking Launchpad refuses deposit files whose
/// `deposit_cli_version` is older than it expects; ethstaker-deposit-cli 1.3.1, whose 0x02
/// deposits it accepts, writes its major version plus 10 for that reason. We write the same.
pub const DEPOSIT_CLI_VERSION: &str = "11.3.1";

/// Largest file the verifiers read: deposit-cli writes about 800 bytes per validator.
pub const MAX_FILE_BYTES: usize = 1 << 20;

/// Why a file could not be read at all (per-entry problems go in `EntryReport`s instead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    TooLarge { bytes: usize },
    NotJson(String),
    NotAnArray,
    Empty,
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooLarge { bytes } => {
                write!(f, "the file is {bytes} bytes; files over 1 MiB are refused")
            }
            Self::NotJson(err) => write!(f, "the file is not JSON: {err}"),
            Self::NotAnArray => f.write_str("the file is not a JSON array of entries"),
            Self::Empty => f.write_str("the file holds no entries"),
        }
    }
}

impl std::error::Error for FileError {}

/// Parses a file that must be a nonempty JSON array.
pub fn parse_entries(text: &str) -> Result<Vec<serde_json::Value>, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { bytes: text.len() });
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|err| FileError::NotJson(err.to_string()))?;
    match value {
        serde_json::Value::Array(entries) if entries.is_empty() => Err(FileError::Empty),
        serde_json::Value::Array(entries) => Ok(entries),
        _ => Err(FileError::NotAnArray),
    }
}

/// A string field of a JSON object, or a problem naming it.
pub fn string_field<'a>(entry: &'a serde_json::Value, name: &str) -> Result<&'a str, String> {
    entry
        .get(name)
        .ok_or_else(|| format!("{name} is missing"))?
        .as_str()
        .ok_or_else(|| format!("{name} is not a string"))
}

/// A decimal `uint64` written as a JSON string, as the beacon API writes them.
pub fn parse_uint64(text: &str) -> Option<u64> {
    let is_decimal = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    is_decimal.then(|| text.parse().ok()).flatten()
}

/// A fixed-length hex field of an entry, decoded with `decode`; `None` with the problem
/// recorded (named after the field) when it is missing or malformed.
pub fn hex_field<const N: usize>(
    entry: &serde_json::Value,
    name: &str,
    decode: fn(&str) -> Result<[u8; N], crate::hex_field::HexFieldError>,
    problems: &mut Vec<String>,
) -> Option<[u8; N]> {
    let parsed = string_field(entry, name)
        .and_then(|text| decode(text).map_err(|err| format!("{name} {err}")));
    parsed.map_err(|problem| problems.push(problem)).ok()
}

/// A decimal `uint64` string field of `message`, reported as `message.{name}`.
pub fn message_uint64_field(
    message: &serde_json::Value,
    name: &str,
    problems: &mut Vec<String>,
) -> Option<u64> {
    match string_field(message, name) {
        Ok(text) => {
            let value = parse_uint64(text);
            if value.is_none() {
                problems.push(format!("message.{name} \"{text}\" is not a decimal uint64"));
            }
            value
        }
        Err(problem) => {
            problems.push(format!("message.{problem}"));
            None
        }
    }
}

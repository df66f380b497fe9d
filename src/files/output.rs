//! What the operations hand back: files ready to offer, each with its kind and the name the
//! reference tool gives it, and per-entry verification reports whose problems are data.

use serde::{Deserialize, Serialize};

use crate::error::{Coded, ErrorCode, Param, WalletError};
use crate::files::hex_field::HexFieldError;
use crate::files::FileKind;

/// Called with (items done, items in all) as a long job advances, for progress bars.
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize);

/// One file, already verified, named as the reference tool names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct OutputFile {
    pub kind: FileKind,
    pub file_name: String,
    pub json: String,
}

impl OutputFile {
    /// Each signed message of the file on its own, as compact JSON: one per entry of an array
    /// file (deposit-cli's BLS changes), or the file itself (an exit). For carrying one
    /// message at a time, as a QR code does.
    pub fn messages(&self) -> Result<Vec<String>, WalletError> {
        let value: serde_json::Value =
            serde_json::from_str(&self.json).map_err(WalletError::internal)?;
        Ok(match value {
            serde_json::Value::Array(entries) => {
                entries.iter().map(|entry| entry.to_string()).collect()
            }
            other => vec![other.to_string()],
        })
    }
}

/// The verdict on one entry of a deposit, BLS-change or exit file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct EntryReport {
    /// Position in the file, from 0.
    pub index: usize,
    pub ok: bool,
    /// Each problem as data (its `field` is the JSON path inside the entry); empty when `ok`.
    pub problems: Vec<WalletError>,
}

impl EntryReport {
    pub fn new(index: usize, problems: Vec<WalletError>) -> Self {
        Self {
            index,
            ok: problems.is_empty(),
            problems,
        }
    }
}

/// The `deposit_cli_version` written into files: what ethstaker-deposit-cli 1.3.1 writes, whose
/// format these files are. (Its "major version plus 10", its PR #217, worked around a minimum
/// version the Staking Launchpad checked; the Launchpad removed that check in its PR #714,
/// January 2025, and Gnosis's deposit UI never checked it. See README, "Deposits".)
pub const DEPOSIT_CLI_VERSION: &str = "1.3.1";

#[cfg(test)]
mod tests {
    use super::*;

    /// HD19: the version is deposit-cli 1.3.1's own, in every kind of file that carries it.
    #[test]
    fn deposit_cli_version_is_the_reference_tools_own() {
        assert_eq!(DEPOSIT_CLI_VERSION, "1.3.1");
    }
}

/// A field of an entry that is missing or not a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldError {
    Missing,
    NotString,
    NotUint64(crate::error::Quoted),
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Missing => f.write_str("is missing"),
            Self::NotString => f.write_str("is not a string"),
            Self::NotUint64(text) => write!(f, "\"{text}\" is not a decimal uint64"),
        }
    }
}

impl Coded for FieldError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::Missing => ErrorCode::FieldMissing,
            Self::NotString => ErrorCode::FieldType,
            Self::NotUint64(_) => ErrorCode::NotUint64,
        }
    }

    fn params(&self) -> crate::error::Params {
        match self {
            Self::NotUint64(text) => crate::error::params(&[("text", Param::from(text))]),
            _ => crate::error::Params::new(),
        }
    }
}

/// A string field of a JSON object, or the problem at `path`.
pub fn string_field<'a>(
    entry: &'a serde_json::Value,
    path: &str,
    name: &str,
) -> Result<&'a str, WalletError> {
    let field = join(path, name);
    entry
        .get(name)
        .ok_or_else(|| WalletError::of_field(&field, FieldError::Missing))?
        .as_str()
        .ok_or_else(|| WalletError::of_field(&field, FieldError::NotString))
}

/// `path.name`, or `name` at the top of an entry.
pub fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

/// A decimal `uint64` written as a JSON string, as the beacon API writes them.
pub fn parse_uint64(text: &str) -> Option<u64> {
    let is_decimal = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    is_decimal.then(|| text.parse().ok()).flatten()
}

/// A fixed-length hex field of an entry, decoded with `decode`; `None` with the problem
/// recorded (at the field's path) when it is missing or malformed.
pub fn hex_field<const N: usize>(
    entry: &serde_json::Value,
    path: &str,
    name: &str,
    decode: fn(&str) -> Result<[u8; N], HexFieldError>,
    problems: &mut Vec<WalletError>,
) -> Option<[u8; N]> {
    let field = join(path, name);
    let parsed = string_field(entry, path, name)
        .and_then(|text| decode(text).map_err(|err| WalletError::of_field(&field, err)));
    parsed.map_err(|problem| problems.push(problem)).ok()
}

/// A decimal `uint64` string field, recorded as a problem at its path when it is not one.
pub fn uint64_field(
    entry: &serde_json::Value,
    path: &str,
    name: &str,
    problems: &mut Vec<WalletError>,
) -> Option<u64> {
    let parsed = string_field(entry, path, name).and_then(|text| {
        parse_uint64(text).ok_or_else(|| {
            WalletError::of_field(
                &join(path, name),
                FieldError::NotUint64(crate::error::Quoted::new(text)),
            )
        })
    });
    parsed.map_err(|problem| problems.push(problem)).ok()
}

//! Which validators on the beacon chain belong to a mnemonic: derive key indices 0..N, then
//! look each imported validator up by its 0x00 withdrawal credentials and its signing pubkey.
//! ethdo scans the first 1,024 key indices the same way.

use std::collections::HashMap;
use std::fmt;

use serde::Serialize;

use crate::mnemonic::Seed;
use crate::validator::{derive_validator_keys, ValidatorKeys, ValidatorRangeError};
use crate::validator_import::{
    scan_validator_import, ImportError, ImportFormat, ImportedChain, ImportedValidator,
    ValidatorStatus,
};
use crate::withdrawal_credentials::{WithdrawalCredentials, BLS_WITHDRAWAL_PREFIX};

/// Key indices scanned unless the user says otherwise: ethdo's 1,024.
pub const DEFAULT_KEY_COUNT: u32 = 1024;
/// Most key indices one search derives: about five minutes on one browser thread.
pub const MAX_KEY_COUNT: u32 = 100_000;

/// Why a search could not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchError {
    KeyCount { count: u32 },
    Range(ValidatorRangeError),
    Import(ImportError),
}

impl fmt::Display for SearchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::KeyCount { count } => write!(
                f,
                "{count} key indices is outside what one search scans: 1 to {MAX_KEY_COUNT}"
            ),
            Self::Range(err) => err.fmt(f),
            Self::Import(err) => err.fmt(f),
        }
    }
}

impl std::error::Error for SearchError {}

/// Refuses key counts a search will not scan.
pub fn check_key_count(count: u32) -> Result<(), SearchError> {
    if count == 0 || count > MAX_KEY_COUNT {
        return Err(SearchError::KeyCount { count });
    }
    Ok(())
}

/// A validator of the import that one of the mnemonic's keys controls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FoundValidator {
    pub validator_index: u64,
    pub key_index: u32,
    /// Its 0x00 credentials are this key index's withdrawal key's.
    pub by_withdrawal_credentials: bool,
    /// Its pubkey is this key index's signing key.
    pub by_signing_pubkey: bool,
    #[serde(serialize_with = "serialize_hex")]
    pub withdrawal_credentials: WithdrawalCredentials,
    pub status: Option<ValidatorStatus>,
}

fn serialize_hex<S: serde::Serializer>(
    bytes: &WithdrawalCredentials,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&format!("0x{}", hex::encode(bytes)))
}

impl FoundValidator {
    /// Whether this mnemonic can sign its BLS-to-execution change.
    pub fn can_change_withdrawal_address(&self) -> bool {
        self.by_withdrawal_credentials && self.withdrawal_credentials[0] == BLS_WITHDRAWAL_PREFIX
    }

    /// Whether this mnemonic holds its signing key, so can sign its exit.
    pub fn can_exit(&self) -> bool {
        self.by_signing_pubkey
    }
}

/// The mnemonic's keys at the scanned indices, by what the beacon chain shows of them.
#[derive(Debug, Default)]
pub struct KeyTable {
    by_credentials: HashMap<WithdrawalCredentials, u32>,
    by_signing_pubkey: HashMap<[u8; 48], u32>,
}

impl KeyTable {
    /// From (key index, signing pubkey, 0x00 withdrawal credentials) triples.
    pub fn new(keys: impl IntoIterator<Item = (u32, [u8; 48], WithdrawalCredentials)>) -> Self {
        let mut table = Self::default();
        for (index, signing_pubkey, credentials) in keys {
            table.by_credentials.insert(credentials, index);
            table.by_signing_pubkey.insert(signing_pubkey, index);
        }
        table
    }

    pub fn from_validator_keys(keys: &[ValidatorKeys]) -> Self {
        Self::new(keys.iter().map(|key| {
            (
                key.index,
                key.signing_pubkey.to_bytes(),
                key.bls_withdrawal_credentials,
            )
        }))
    }

    /// The mnemonic's keys that control `validator`: usually one key by both credentials and
    /// pubkey; two entries if its withdrawal and signing keys sit at different indices.
    pub fn find(&self, validator: &ImportedValidator) -> Vec<FoundValidator> {
        let by_credentials = self
            .by_credentials
            .get(&validator.withdrawal_credentials)
            .copied();
        let by_pubkey = validator
            .pubkey
            .and_then(|pubkey| self.by_signing_pubkey.get(&pubkey).copied());
        let found = |key_index, by_withdrawal_credentials, by_signing_pubkey| FoundValidator {
            validator_index: validator.index,
            key_index,
            by_withdrawal_credentials,
            by_signing_pubkey,
            withdrawal_credentials: validator.withdrawal_credentials,
            status: validator.status,
        };
        match (by_credentials, by_pubkey) {
            (None, None) => vec![],
            (Some(c), Some(p)) if c == p => vec![found(c, true, true)],
            (Some(c), Some(p)) => vec![found(c, true, false), found(p, false, true)],
            (Some(c), None) => vec![found(c, true, false)],
            (None, Some(p)) => vec![found(p, false, true)],
        }
    }
}

/// What a scan of an import found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchResult {
    pub format: ImportFormat,
    pub chain: Option<ImportedChain>,
    pub validators_read: usize,
    /// Ordered by validator index.
    pub found: Vec<FoundValidator>,
}

/// Streams an import past `table`, keeping only the validators it finds.
pub fn search_import(bytes: &[u8], table: &KeyTable) -> Result<SearchResult, ImportError> {
    let mut found = Vec::new();
    let summary = scan_validator_import(bytes, &mut |validator| {
        found.extend(table.find(&validator));
    })?;
    found.sort_by_key(|f| (f.validator_index, f.key_index));
    Ok(SearchResult {
        format: summary.format,
        chain: summary.chain,
        validators_read: summary.validators_read,
        found,
    })
}

/// Derives key indices `0..key_count` and finds which of `validators` they control.
pub fn find_validators(
    seed: &Seed,
    key_count: u32,
    validators: &[ImportedValidator],
) -> Result<Vec<FoundValidator>, SearchError> {
    check_key_count(key_count)?;
    let keys = derive_validator_keys(seed, 0, key_count).map_err(SearchError::Range)?;
    let table = KeyTable::from_validator_keys(&keys);
    let mut found: Vec<FoundValidator> = validators.iter().flat_map(|v| table.find(v)).collect();
    found.sort_by_key(|f| (f.validator_index, f.key_index));
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn validator(index: u64, pubkey: Option<[u8; 48]>, credentials: [u8; 32]) -> ImportedValidator {
        ImportedValidator {
            index,
            pubkey,
            withdrawal_credentials: credentials,
            status: None,
        }
    }

    #[test]
    fn finds_by_credentials_pubkey_or_both() {
        let table = KeyTable::new([(3, [3; 48], [0; 32]), (4, [4; 48], [4; 32])]);
        let both = table.find(&validator(10, Some([3; 48]), [0; 32]));
        assert_eq!(both.len(), 1);
        assert!(both[0].by_withdrawal_credentials && both[0].by_signing_pubkey);
        assert!(both[0].can_change_withdrawal_address() && both[0].can_exit());

        let mut moved = [0x01; 32];
        moved[12..].copy_from_slice(&[9; 20]);
        let already = table.find(&validator(11, Some([4; 48]), moved));
        assert_eq!(
            (already[0].key_index, already[0].by_withdrawal_credentials),
            (4, false)
        );
        assert!(!already[0].can_change_withdrawal_address() && already[0].can_exit());

        let split = table.find(&validator(12, Some([4; 48]), [0; 32]));
        assert_eq!(
            split.iter().map(|f| f.key_index).collect::<Vec<_>>(),
            [3, 4]
        );
        assert!(table.find(&validator(13, None, [7; 32])).is_empty());
    }

    #[test]
    fn key_counts_are_bounded() {
        assert_eq!(check_key_count(1), Ok(()));
        assert_eq!(check_key_count(MAX_KEY_COUNT), Ok(()));
        assert_eq!(
            check_key_count(0).unwrap_err().to_string(),
            "0 key indices is outside what one search scans: 1 to 100000"
        );
        assert!(check_key_count(MAX_KEY_COUNT + 1).is_err());
    }
}

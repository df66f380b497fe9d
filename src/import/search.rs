//! Which validators on the beacon chain belong to a mnemonic: derive key indices 0..N, then
//! look each imported validator up by its 0x00 withdrawal credentials and its signing pubkey.
//! ethdo scans the first 1,024 key indices the same way.

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::consensus::withdrawal_credentials::{WithdrawalCredentials, BLS_WITHDRAWAL_PREFIX};
use crate::error::{params, Coded, ErrorCode, Params, WalletError};
use crate::execution::{execution_actions, ExecutionAction};
use crate::files::serde_text;
use crate::import::{
    scan_validator_import, ImportFormat, ImportedChain, ImportedValidator, IndexInput,
    ValidatorInput, ValidatorStatus,
};
use crate::keys::mnemonic::Seed;
use crate::keys::validator::{
    derive_bls_withdrawal_credentials, derive_validator_keys, validator_indices, ValidatorKeys,
};

/// Key indices scanned unless the user says otherwise: ethdo's 1,024.
pub const DEFAULT_KEY_COUNT: u32 = 1024;
/// Most key indices one search derives: about five minutes on one browser thread.
pub const MAX_KEY_COUNT: u32 = 100_000;
/// Most validators one search reports. A mnemonic controls at most two per key index in
/// practice; an import where a hundred thousand rows carry one key's credentials is hostile,
/// and its table would freeze the page.
pub const MAX_MATCHES: usize = 10_000;

/// Why a search could not run, or stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchError {
    KeyCount { count: u64 },
    TooManyMatches,
}

impl fmt::Display for SearchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::KeyCount { count } => write!(
                f,
                "{count} key indices is outside what one search scans: 1 to {MAX_KEY_COUNT}"
            ),
            Self::TooManyMatches => write!(
                f,
                "more than {MAX_MATCHES} validators of the import match this mnemonic's keys; no real mnemonic controls that many in one list. Import only your validators (the beacon API's ?id= filter), or scan fewer key indices"
            ),
        }
    }
}

impl Coded for SearchError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::KeyCount { .. } => ErrorCode::CountTooLarge,
            Self::TooManyMatches => ErrorCode::SearchTooManyMatches,
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::KeyCount { count } => params(&[
                ("count", crate::error::uint64(*count)),
                ("limit", MAX_KEY_COUNT.into()),
                ("reason", "search_keys".into()),
            ]),
            Self::TooManyMatches => params(&[("limit", MAX_MATCHES.into())]),
        }
    }
}

/// Refuses key counts a search will not scan.
pub fn check_key_count(count: u64) -> Result<(), SearchError> {
    if count == 0 || count > u64::from(MAX_KEY_COUNT) {
        return Err(SearchError::KeyCount { count });
    }
    Ok(())
}

/// A validator of the import that one of the mnemonic's keys controls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct FoundValidator {
    /// Decimal, as the beacon API writes validator indices.
    #[serde(with = "serde_text::uint64")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub validator_index: u64,
    pub key_index: u32,
    /// Its 0x00 credentials are this key index's withdrawal key's.
    pub by_withdrawal_credentials: bool,
    /// Its pubkey is this key index's signing key.
    pub by_signing_pubkey: bool,
    #[serde(with = "serde_text::hex0x")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub withdrawal_credentials: WithdrawalCredentials,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ValidatorStatus>,
    /// Its pubkey, when the import gives it (a CSV import does not): what execution-layer
    /// requests name it by.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_text::option_hex0x"
    )]
    #[cfg_attr(feature = "wasm", tsify(type = "string", optional))]
    pub pubkey: Option<[u8; 48]>,
    /// What its withdrawal address can ask for it (EIP-7002, EIP-7251), from its credentials
    /// and status: none for 0x00 credentials, without a pubkey, or once it is not
    /// `active_ongoing`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub execution_actions: Vec<ExecutionAction>,
}

impl FoundValidator {
    /// The validator as execution-layer requests take it (`createWithdrawalRequests`,
    /// `createConsolidationRequests`), when the import gave its pubkey.
    pub fn validator_input(&self) -> Option<ValidatorInput> {
        let pubkey = self.pubkey?;
        Some(ValidatorInput {
            index: IndexInput::Text(self.validator_index.to_string()),
            pubkey: Some(format!("0x{}", hex::encode(pubkey))),
            withdrawal_credentials: format!("0x{}", hex::encode(self.withdrawal_credentials)),
            status: self.status.map(|status| status.as_str().to_owned()),
        })
    }

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

    /// The keys of `start..start+count`, derived in blocks with `progress` after each: signing
    /// pubkeys only `with_signing_pubkeys` (when the validators to match can name one), 0x00
    /// withdrawal credentials always.
    pub fn derive(
        seed: &Seed,
        start: u32,
        count: u32,
        with_signing_pubkeys: bool,
        progress: &mut dyn FnMut(u32),
    ) -> Result<Self, WalletError> {
        /// Keys between two progress reports.
        const BLOCK: u32 = 64;
        validator_indices(start, count)?;
        let mut table = Self::default();
        let mut done = 0;
        while done < count {
            let block = BLOCK.min(count - done);
            if with_signing_pubkeys {
                for key in derive_validator_keys(seed, start + done, block)? {
                    table
                        .by_credentials
                        .insert(key.bls_withdrawal_credentials, key.index);
                    table
                        .by_signing_pubkey
                        .insert(key.signing_pubkey.to_bytes(), key.index);
                }
            } else {
                for (index, credentials) in
                    derive_bls_withdrawal_credentials(seed, start + done, block)?
                {
                    table.by_credentials.insert(credentials, index);
                }
            }
            done += block;
            progress(done);
        }
        Ok(table)
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
            pubkey: validator.pubkey,
            execution_actions: validator
                .pubkey
                .map(|_| execution_actions(&validator.withdrawal_credentials, validator.status))
                .unwrap_or_default(),
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
    /// Ordered by validator index, then key index.
    pub found: Vec<FoundValidator>,
}

/// Streams an import past `table`, keeping only the validators it finds (at most
/// `MAX_MATCHES`); `progress` hears the count of validators read now and then.
pub fn search_import(
    bytes: &[u8],
    table: &KeyTable,
    progress: &mut dyn FnMut(usize),
) -> Result<SearchResult, WalletError> {
    /// Validators between two progress reports: about 15 ms of scanning.
    const REPORT_EVERY: usize = 1 << 14;
    let mut found = Vec::new();
    let mut read = 0usize;
    let mut too_many = false;
    let summary = scan_validator_import(bytes, &mut |validator| {
        read += 1;
        if read.is_multiple_of(REPORT_EVERY) {
            progress(read);
        }
        if found.len() <= MAX_MATCHES {
            found.extend(table.find(&validator));
        } else {
            too_many = true;
        }
    })?;
    if too_many || found.len() > MAX_MATCHES {
        return Err(SearchError::TooManyMatches.into());
    }
    found.sort_by_key(|f| (f.validator_index, f.key_index));
    Ok(SearchResult {
        format: summary.format,
        chain: summary.chain,
        validators_read: summary.validators_read,
        found,
    })
}

/// Derives key indices `start..start+count` and finds which of `validators` they control.
pub fn find_validators(
    seed: &Seed,
    start: u32,
    count: u32,
    validators: &[ImportedValidator],
) -> Result<Vec<FoundValidator>, WalletError> {
    check_key_count(count.into())?;
    let with_signing_pubkeys = validators.iter().any(|v| v.pubkey.is_some());
    let table = KeyTable::derive(seed, start, count, with_signing_pubkeys, &mut |_| {})?;
    let mut found: Vec<FoundValidator> = validators.iter().flat_map(|v| table.find(v)).collect();
    if found.len() > MAX_MATCHES {
        return Err(SearchError::TooManyMatches.into());
    }
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

    /// A table for validators that name no pubkey holds the same credentials, and no pubkey.
    #[test]
    fn a_table_without_signing_pubkeys_matches_the_same_credentials() {
        let seed = crate::keys::mnemonic::Mnemonic::parse(
            "test test test test test test test test test test test junk",
            None,
        )
        .unwrap()
        .to_seed("");
        let mut reported = Vec::new();
        let full = KeyTable::derive(&seed, 60, 70, true, &mut |done| reported.push(done)).unwrap();
        assert_eq!(reported, [64, 70]);
        let lean = KeyTable::derive(&seed, 60, 70, false, &mut |_| {}).unwrap();
        assert_eq!(lean.by_credentials, full.by_credentials);
        assert_eq!(full.by_signing_pubkey.len(), 70);
        assert!(lean.by_signing_pubkey.is_empty());
        let keys = derive_validator_keys(&seed, 60, 70).unwrap();
        assert_eq!(full.by_credentials.len(), 70);
        assert_eq!(
            full.by_credentials
                .get(&keys[69].bls_withdrawal_credentials),
            Some(&129)
        );
    }

    #[test]
    fn key_counts_are_bounded() {
        assert_eq!(check_key_count(1), Ok(()));
        assert_eq!(check_key_count(MAX_KEY_COUNT.into()), Ok(()));
        assert_eq!(
            check_key_count(0).unwrap_err().to_string(),
            "0 key indices is outside what one search scans: 1 to 100000"
        );
        assert!(check_key_count(u64::from(MAX_KEY_COUNT) + 1).is_err());
    }
}

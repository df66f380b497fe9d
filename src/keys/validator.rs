//! The public keys and credentials of validators `start..start+count` of one mnemonic.

use std::fmt;

use crate::consensus::withdrawal_credentials::{bls_withdrawal_credentials, WithdrawalCredentials};
use crate::error::{params, uint64, Coded, ErrorCode, Param, Params, Quoted, WalletError};
use crate::keys::bls::{PublicKey, SecretKey};
use crate::keys::eip2334::{KeyPath, ValidatorKeyTree};
use crate::keys::mnemonic::Seed;

/// What a validator's keys look like from outside: no secrets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidatorKeys {
    pub index: u32,
    pub signing_path: KeyPath,
    pub signing_pubkey: PublicKey,
    pub withdrawal_path: KeyPath,
    pub withdrawal_pubkey: PublicKey,
    pub bls_withdrawal_credentials: WithdrawalCredentials,
}

/// One validator's signing key with its pubkey, derived once when one job both signs its
/// deposit and writes its keystore. The secret is zeroed on drop and never printed.
#[derive(Debug)]
pub struct ValidatorSigningKey {
    pub index: u32,
    pub secret_key: SecretKey,
    pub pubkey: PublicKey,
}

impl ValidatorSigningKey {
    /// The signing key below an already derived withdrawal key (`m/12381/3600/i/0` → `…/0`).
    pub fn below(index: u32, withdrawal_key: &SecretKey) -> Self {
        Self::new(index, withdrawal_key.derive_child_sk(0))
    }

    /// `m/12381/3600/i/0/0` from the batch's key tree.
    pub fn derive(tree: &ValidatorKeyTree, index: u32) -> Self {
        Self::new(index, tree.signing_key(index))
    }

    fn new(index: u32, secret_key: SecretKey) -> Self {
        Self {
            index,
            pubkey: secret_key.public_key(),
            secret_key,
        }
    }
}

/// Why a range of validator indices cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValidatorRangeError {
    /// At least one validator is needed.
    ZeroCount,
    /// `start + count - 1` would pass the last EIP-2333 index, 2^32 - 1.
    PastLastIndex { start: u32, count: u64 },
    /// More than one call may make or sign for (`limit`: a batch, or a search's keys).
    TooMany { count: u64, limit: u64 },
}

/// Most validators one batch creates keystores, deposits, BLS changes or exits for (and most
/// keys one derivation returns). Larger sets are split into several batches: one batch's
/// files are checked and held in memory together, and 1,000 independent-salt scrypt keystores
/// already take minutes in a browser.
pub const MAX_BATCH: usize = 1000;

/// Refuses a batch of more than `MAX_BATCH` validators.
pub fn check_batch_size(count: usize) -> Result<(), ValidatorRangeError> {
    if count > MAX_BATCH {
        return Err(ValidatorRangeError::TooMany {
            count: count as u64,
            limit: MAX_BATCH as u64,
        });
    }
    Ok(())
}

impl fmt::Display for ValidatorRangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ZeroCount => f.write_str("the number of validators must be at least 1"),
            Self::PastLastIndex { start, count } => write!(
                f,
                "{count} validators from index {start} would pass the last key index, 4294967295"
            ),
            Self::TooMany { count, limit } => write!(
                f,
                "{count} validators in one batch; at most {limit} per batch: split larger sets into several batches"
            ),
        }
    }
}

impl Coded for ValidatorRangeError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::ZeroCount => ErrorCode::CountZero,
            Self::PastLastIndex { .. } => ErrorCode::KeyIndexPastLast,
            Self::TooMany { .. } => ErrorCode::CountTooLarge,
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::ZeroCount => Params::new(),
            Self::PastLastIndex { start, count } => {
                params(&[("start", (*start).into()), ("count", uint64(*count))])
            }
            Self::TooMany { count, limit } => {
                params(&[("count", uint64(*count)), ("limit", uint64(*limit))])
            }
        }
    }
}

/// Why text is not a key index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyIndexError {
    pub text: Quoted,
}

impl fmt::Display for KeyIndexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a key index: use a whole number from 0 to 4294967295, digits only",
            self.text
        )
    }
}

impl Coded for KeyIndexError {
    fn code(&self) -> ErrorCode {
        ErrorCode::NotKeyIndex
    }

    fn params(&self) -> Params {
        params(&[("text", Param::from(&self.text))])
    }
}

/// Parses a key index typed by a person: ASCII digits only (no sign, space, `0x` or exponent).
pub fn parse_key_index(text: &str) -> Result<u32, KeyIndexError> {
    let is_decimal = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    is_decimal
        .then(|| text.parse::<u32>().ok())
        .flatten()
        .ok_or_else(|| KeyIndexError {
            text: Quoted::new(text),
        })
}

/// The indices `start..start+count`, refused if empty or past 2^32 - 1.
pub fn validator_indices(
    start: u32,
    count: u32,
) -> Result<std::ops::RangeInclusive<u32>, ValidatorRangeError> {
    let last_offset = count.checked_sub(1).ok_or(ValidatorRangeError::ZeroCount)?;
    let last = start
        .checked_add(last_offset)
        .ok_or(ValidatorRangeError::PastLastIndex {
            start,
            count: count.into(),
        })?;
    Ok(start..=last)
}

/// `start, start+1, …` for `count` validators, as deposit-cli numbers them.
pub fn consecutive_key_indices(start: u32, count: usize) -> Result<Vec<u32>, ValidatorRangeError> {
    let count = u32::try_from(count).map_err(|_| ValidatorRangeError::PastLastIndex {
        start,
        count: count as u64,
    })?;
    Ok(validator_indices(start, count)?.collect())
}

/// Derives the master key once, then each validator's signing and withdrawal keys. Callers
/// bound `count` (a batch, or a search's keys) before calling.
pub fn derive_validator_keys(
    seed: &Seed,
    start: u32,
    count: u32,
) -> Result<Vec<ValidatorKeys>, WalletError> {
    let indices = validator_indices(start, count)?;
    let tree = ValidatorKeyTree::new(&SecretKey::derive_master_sk(seed.as_bytes())?);
    Ok(indices
        .map(|index| {
            let withdrawal_path = KeyPath::withdrawal(index);
            let withdrawal_sk = tree.withdrawal_key(index);
            // m/12381/3600/i/0/0 is one level below the withdrawal key.
            let signing_pubkey = withdrawal_sk.derive_child_sk(0).public_key();
            let withdrawal_pubkey = withdrawal_sk.public_key();
            ValidatorKeys {
                index,
                signing_path: KeyPath::signing(index),
                signing_pubkey,
                withdrawal_path,
                bls_withdrawal_credentials: bls_withdrawal_credentials(&withdrawal_pubkey),
                withdrawal_pubkey,
            }
        })
        .collect())
}

/// The 0x00 withdrawal credentials of validators `start..start+count`, all a search of
/// imports that name no signing pubkey needs: one `derive_child_SK` and one `SkToPk` fewer per
/// validator than [`derive_validator_keys`].
pub fn derive_bls_withdrawal_credentials(
    seed: &Seed,
    start: u32,
    count: u32,
) -> Result<Vec<(u32, WithdrawalCredentials)>, WalletError> {
    let indices = validator_indices(start, count)?;
    let tree = ValidatorKeyTree::new(&SecretKey::derive_master_sk(seed.as_bytes())?);
    Ok(indices
        .map(|index| {
            let withdrawal_pubkey = tree.withdrawal_key(index).public_key();
            (index, bls_withdrawal_credentials(&withdrawal_pubkey))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_index_accepts_only_plain_decimal_u32() {
        assert_eq!(parse_key_index("0"), Ok(0));
        assert_eq!(parse_key_index("4294967295"), Ok(u32::MAX));
        for bad in [
            "",
            "-1",
            "4294967296",
            "1.5",
            "1e3",
            "0x10",
            " 7",
            "+7",
            "\u{667}",
        ] {
            assert_eq!(
                parse_key_index(bad),
                Err(KeyIndexError {
                    text: Quoted::new(bad)
                }),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn shared_prefix_gives_the_keys_of_the_full_paths() {
        let seed = crate::keys::mnemonic::Mnemonic::parse(
            "test test test test test test test test test test test junk",
            None,
        )
        .unwrap()
        .to_seed("");
        let master = SecretKey::derive_master_sk(seed.as_bytes()).unwrap();
        for keys in derive_validator_keys(&seed, 5, 2).unwrap() {
            assert_eq!(
                keys.withdrawal_pubkey,
                KeyPath::withdrawal(keys.index).derive(&master).public_key()
            );
            assert_eq!(
                keys.signing_pubkey,
                KeyPath::signing(keys.index).derive(&master).public_key()
            );
        }
    }

    #[test]
    fn batches_are_capped_with_the_limit_in_the_message() {
        assert_eq!(check_batch_size(MAX_BATCH), Ok(()));
        assert_eq!(
            check_batch_size(MAX_BATCH + 1).unwrap_err().to_string(),
            "1001 validators in one batch; at most 1000 per batch: split larger sets into several batches"
        );
    }

    #[test]
    fn ranges_are_checked_at_both_ends() {
        assert_eq!(validator_indices(5, 0), Err(ValidatorRangeError::ZeroCount));
        assert_eq!(validator_indices(u32::MAX, 1), Ok(u32::MAX..=u32::MAX));
        assert_eq!(
            validator_indices(u32::MAX, 2),
            Err(ValidatorRangeError::PastLastIndex {
                start: u32::MAX,
                count: 2
            })
        );
    }
}

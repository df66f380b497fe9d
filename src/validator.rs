//! The public keys and credentials of validators `start..start+count` of one mnemonic.

use std::fmt;

use crate::bls::{KeyDerivationError, PublicKey, SecretKey};
use crate::eip2334::KeyPath;
use crate::mnemonic::Seed;
use crate::withdrawal_credentials::{bls_withdrawal_credentials, WithdrawalCredentials};

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

/// Why a range of validator indices cannot be derived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValidatorRangeError {
    /// At least one validator is needed.
    ZeroCount,
    /// `start + count - 1` would pass the last EIP-2333 index, 2^32 - 1.
    PastLastIndex {
        start: u32,
        count: u32,
    },
    Seed(KeyDerivationError),
}

impl fmt::Display for ValidatorRangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ZeroCount => f.write_str("the number of validators must be at least 1"),
            Self::PastLastIndex { start, count } => write!(
                f,
                "{count} validators from index {start} would pass the last key index, 4294967295"
            ),
            Self::Seed(err) => err.fmt(f),
        }
    }
}

impl std::error::Error for ValidatorRangeError {}

/// Why text is not a key index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyIndexError {
    pub text: String,
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

impl std::error::Error for KeyIndexError {}

/// Parses a key index typed by a person: ASCII digits only (no sign, space, `0x` or exponent).
pub fn parse_key_index(text: &str) -> Result<u32, KeyIndexError> {
    let is_decimal = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    is_decimal
        .then(|| text.parse::<u32>().ok())
        .flatten()
        .ok_or_else(|| KeyIndexError {
            text: text.to_owned(),
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
        .ok_or(ValidatorRangeError::PastLastIndex { start, count })?;
    Ok(start..=last)
}

/// Derives the master key once, then each validator's signing and withdrawal keys.
pub fn derive_validator_keys(
    seed: &Seed,
    start: u32,
    count: u32,
) -> Result<Vec<ValidatorKeys>, ValidatorRangeError> {
    let indices = validator_indices(start, count)?;
    let master = SecretKey::derive_master_sk(seed.as_bytes()).map_err(ValidatorRangeError::Seed)?;
    Ok(indices
        .map(|index| {
            let withdrawal_path = KeyPath::withdrawal(index);
            let withdrawal_sk = withdrawal_path.derive(&master);
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
                Err(KeyIndexError { text: bad.into() }),
                "{bad:?}"
            );
        }
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

//! The validators a signing request names, as people type them: beacon-chain indices in
//! decimal, one key index and one credential each, none twice, at least one.

use std::collections::HashSet;
use std::fmt;

use crate::consensus::withdrawal_credentials::WithdrawalCredentials;
use crate::error::{params, uint64, Coded, ErrorCode, Param, Params, Quoted, WalletError};
use crate::files::hex_field::decode_lenient;
use crate::files::output::parse_uint64;

/// What a list that goes with the validators holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListOf {
    Credentials,
    KeyIndices,
}

/// A request's validator list has the wrong shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListError {
    NoValidators,
    CountMismatch {
        validators: usize,
        other: usize,
        of: ListOf,
    },
}

impl fmt::Display for ListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoValidators => f.write_str("give at least one validator index"),
            Self::CountMismatch { validators, other, of: ListOf::Credentials } => write!(
                f,
                "{validators} validator indices but {other} withdrawal credentials; give one credential per validator, in the same order"
            ),
            Self::CountMismatch { validators, other, of: ListOf::KeyIndices } => write!(
                f,
                "{validators} validator indices but {other} key indices; give one key index per validator"
            ),
        }
    }
}

impl Coded for ListError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::NoValidators => ErrorCode::NoValidators,
            Self::CountMismatch { .. } => ErrorCode::CountMismatch,
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::NoValidators => Params::new(),
            Self::CountMismatch {
                validators,
                other,
                of,
            } => params(&[
                ("validators", (*validators).into()),
                ("other", (*other).into()),
                (
                    "of",
                    match of {
                        ListOf::Credentials => "credentials",
                        ListOf::KeyIndices => "key_indices",
                    }
                    .into(),
                ),
            ]),
        }
    }
}

/// Refuses an empty list, and a list of `of` whose length is not the validators'.
pub fn check_lengths(validators: usize, other: usize, of: ListOf) -> Result<(), ListError> {
    if validators == 0 {
        return Err(ListError::NoValidators);
    }
    if validators != other {
        return Err(ListError::CountMismatch {
            validators,
            other,
            of,
        });
    }
    Ok(())
}

/// Why a typed validator index was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotUint64 {
    pub text: Quoted,
}

impl fmt::Display for NotUint64 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a whole number from 0 to 18446744073709551615",
            self.text
        )
    }
}

impl Coded for NotUint64 {
    fn code(&self) -> ErrorCode {
        ErrorCode::NotUint64
    }

    fn params(&self) -> Params {
        params(&[
            ("text", Param::from(&self.text)),
            ("subject", "value".into()),
        ])
    }
}

/// A uint64 as people type it: plain decimal digits, surrounding spaces ignored.
pub fn parse_typed_uint64(text: &str) -> Result<u64, NotUint64> {
    parse_uint64(text.trim()).ok_or_else(|| NotUint64 {
        text: Quoted::new(text),
    })
}

/// Parses validator indices as people type them: plain decimal `uint64`s. The error's field
/// is the index in the list (`[3]`), for the caller to place.
pub fn parse_validator_indices<S: AsRef<str>>(texts: &[S]) -> Result<Vec<u64>, WalletError> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            parse_typed_uint64(text.as_ref()).map_err(|err| {
                let message = format!("validator index #{} {err}", i + 1);
                let mut error = WalletError {
                    message,
                    ..err.at(&format!("[{i}]"))
                };
                error.params.extend(params(&[
                    ("subject", "validator_index".into()),
                    ("position", (i + 1).into()),
                ]));
                error
            })
        })
        .collect()
}

/// Parses withdrawal credentials as pasted from an explorer: 32 bytes of hex, `0x` optional.
pub fn parse_withdrawal_credentials<S: AsRef<str>>(
    texts: &[S],
) -> Result<Vec<WithdrawalCredentials>, WalletError> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            decode_lenient::<32>(text.as_ref().trim()).map_err(|err| {
                let message = format!(
                    "withdrawal credentials #{} {err} (0x and 64 hex digits)",
                    i + 1
                );
                let mut error = WalletError {
                    message,
                    ..err.at(&format!("[{i}]"))
                };
                error.params.extend(params(&[
                    ("subject", "withdrawal_credentials".into()),
                    ("position", (i + 1).into()),
                ]));
                error
            })
        })
        .collect()
}

/// Refuses a validator listed twice: it would give two signed messages for one validator.
pub fn check_no_duplicates(validators: &[u64]) -> Result<(), WalletError> {
    let mut seen = HashSet::new();
    match validators.iter().position(|&index| !seen.insert(index)) {
        None => Ok(()),
        Some(position) => Err(DuplicateValidator {
            validator_index: validators[position],
        }
        .at(&format!("[{position}]"))),
    }
}

/// A validator listed twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DuplicateValidator {
    pub validator_index: u64,
}

impl fmt::Display for DuplicateValidator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "validator {} is listed twice", self.validator_index)
    }
}

impl Coded for DuplicateValidator {
    fn code(&self) -> ErrorCode {
        ErrorCode::DuplicateValidator
    }

    fn params(&self) -> Params {
        params(&[("validator_index", uint64(self.validator_index))])
    }
}

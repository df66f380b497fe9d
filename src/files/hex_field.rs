//! Fixed-length hex fields as people and files write them, with errors that say which rule
//! was broken. Callers add the field's name.

use std::fmt;

use crate::error::{params, Coded, ErrorCode, Params};

/// Why a hex field was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HexFieldError {
    MissingPrefix,
    /// deposit-cli's deposit files write hex without `0x`.
    UnexpectedPrefix,
    NotHex,
    WrongLength {
        bytes: usize,
        expected: usize,
    },
}

impl Coded for HexFieldError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::MissingPrefix => ErrorCode::HexMissingPrefix,
            Self::UnexpectedPrefix => ErrorCode::HexUnexpectedPrefix,
            Self::NotHex => ErrorCode::HexNotHex,
            Self::WrongLength { .. } => ErrorCode::HexWrongLength,
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::WrongLength { bytes, expected } => {
                params(&[("bytes", (*bytes).into()), ("expected", (*expected).into())])
            }
            _ => Params::new(),
        }
    }
}

impl fmt::Display for HexFieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingPrefix => f.write_str("must start with 0x"),
            Self::UnexpectedPrefix => f.write_str("must not start with 0x"),
            Self::NotHex => f.write_str("is not hexadecimal"),
            Self::WrongLength { bytes, expected } => {
                write!(f, "is {bytes} bytes; it must be {expected}")
            }
        }
    }
}

impl std::error::Error for HexFieldError {}

fn decode_digits<const N: usize>(digits: &str) -> Result<[u8; N], HexFieldError> {
    if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(HexFieldError::NotHex);
    }
    if digits.len() != N * 2 {
        return Err(HexFieldError::WrongLength {
            bytes: digits.len() / 2,
            expected: N,
        });
    }
    let mut out = [0u8; N];
    hex::decode_to_slice(digits, &mut out).map_err(|_| HexFieldError::NotHex)?;
    Ok(out)
}

/// `0x` followed by exactly `2·N` hex digits.
pub fn decode_prefixed<const N: usize>(text: &str) -> Result<[u8; N], HexFieldError> {
    let digits = text
        .strip_prefix("0x")
        .ok_or(HexFieldError::MissingPrefix)?;
    decode_digits(digits)
}

/// `2·N` hex digits with no prefix, as deposit-cli's deposit files write them.
pub fn decode_bare<const N: usize>(text: &str) -> Result<[u8; N], HexFieldError> {
    if text.starts_with("0x") {
        return Err(HexFieldError::UnexpectedPrefix);
    }
    decode_digits(text)
}

/// `2·N` hex digits, with or without `0x`: for values people paste.
pub fn decode_lenient<const N: usize>(text: &str) -> Result<[u8; N], HexFieldError> {
    decode_digits(text.strip_prefix("0x").unwrap_or(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_has_its_error() {
        assert_eq!(decode_prefixed::<2>("0xabcd"), Ok([0xab, 0xcd]));
        assert_eq!(
            decode_prefixed::<2>("abcd"),
            Err(HexFieldError::MissingPrefix)
        );
        assert_eq!(decode_prefixed::<2>("0xabzd"), Err(HexFieldError::NotHex));
        assert_eq!(
            decode_prefixed::<2>("0xabcdef"),
            Err(HexFieldError::WrongLength {
                bytes: 3,
                expected: 2
            })
        );
        assert_eq!(
            decode_bare::<2>("0xabcd"),
            Err(HexFieldError::UnexpectedPrefix)
        );
        assert_eq!(decode_lenient::<2>("ABCD"), Ok([0xab, 0xcd]));
    }
}

//! Execution-layer addresses with EIP-55 mixed-case checksums.

use std::fmt;

use sha3::{Digest, Keccak256};

use crate::error::{params, Coded, ErrorCode, Params};
use crate::files::hex_field::{decode_prefixed, HexFieldError};

/// A 20-byte execution address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ExecutionAddress(pub [u8; 20]);

/// Why an address was refused. `checksummed` is the correct EIP-55 form to compare with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddressError {
    Format(HexFieldError),
    /// All lower- or all upper-case: carries no checksum, so a typo would go unnoticed.
    NotChecksummed {
        checksummed: String,
    },
    /// Mixed case that does not match EIP-55: a character is wrong.
    BadChecksum {
        checksummed: String,
    },
    /// 0x000…0: funds sent there are burned.
    ZeroAddress,
    /// The address typed a second time differs from the first.
    ConfirmationMismatch,
}

impl fmt::Display for AddressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Format(err) => write!(f, "the execution address {err} (0x and 40 hex digits)"),
            Self::NotChecksummed { checksummed } => write!(
                f,
                "the execution address is not EIP-55 checksummed; copy it from your wallet with its mixed case. Its checksummed form is {checksummed}: compare it character by character"
            ),
            Self::BadChecksum { checksummed } => write!(
                f,
                "the execution address fails its EIP-55 checksum, so a character is wrong; the address with these characters would be {checksummed}"
            ),
            Self::ZeroAddress => f.write_str("the execution address is the zero address; funds sent there are lost"),
            Self::ConfirmationMismatch => f.write_str(
                "the two addresses differ; paste the same checksummed address in both fields",
            ),
        }
    }
}

impl Coded for AddressError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::Format(err) => err.code(),
            Self::NotChecksummed { .. } => ErrorCode::AddressNotChecksummed,
            Self::BadChecksum { .. } => ErrorCode::AddressBadChecksum,
            Self::ZeroAddress => ErrorCode::AddressZero,
            Self::ConfirmationMismatch => ErrorCode::AddressConfirmationMismatch,
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::Format(err) => {
                let mut list = err.params();
                list.insert("subject".into(), "execution_address".into());
                list
            }
            Self::NotChecksummed { checksummed } | Self::BadChecksum { checksummed } => {
                params(&[("checksummed", checksummed.as_str().into())])
            }
            Self::ZeroAddress | Self::ConfirmationMismatch => Params::new(),
        }
    }
}

impl ExecutionAddress {
    /// Parses a user-supplied address: `0x`, 40 hex digits, EIP-55 mixed case, not zero.
    pub fn parse_checksummed(text: &str) -> Result<Self, AddressError> {
        let address = Self(decode_prefixed::<20>(text.trim()).map_err(AddressError::Format)?);
        if address.0 == [0; 20] {
            return Err(AddressError::ZeroAddress);
        }
        let digits = &text.trim()[2..];
        let checksummed = address.to_checksummed();
        // The EIP-55 form itself is always accepted, even when its letters happen to share
        // one case (about 1 address in 2,000, e.g. 0x…000A).
        if checksummed[2..] == *digits {
            return Ok(address);
        }
        let single_case = digits == digits.to_lowercase() || digits == digits.to_uppercase();
        if single_case {
            return Err(AddressError::NotChecksummed { checksummed });
        }
        Err(AddressError::BadChecksum { checksummed })
    }

    /// The EIP-55 form: hex letters upper-cased where the Keccak-256 of the lower-case hex
    /// has a nibble of 8 or more.
    pub fn to_checksummed(&self) -> String {
        let lower = hex::encode(self.0);
        let hash = Keccak256::digest(lower.as_bytes());
        let digits: String = lower
            .chars()
            .enumerate()
            .map(|(i, c)| {
                let nibble = (hash[i / 2] >> (if i % 2 == 0 { 4 } else { 0 })) & 0x0f;
                if nibble >= 8 {
                    c.to_ascii_uppercase()
                } else {
                    c
                }
            })
            .collect();
        format!("0x{digits}")
    }

    /// An address typed twice, as the forms ask for it: the first checked, then the two the
    /// same (whitespace around them aside).
    pub fn parse_confirmed(first: &str, second: &str) -> Result<Self, AddressError> {
        let address = Self::parse_checksummed(first)?;
        if first.trim() != second.trim() {
            return Err(AddressError::ConfirmationMismatch);
        }
        Ok(address)
    }

    /// `0x` and lower-case hex, as deposit-cli writes `to_execution_address`.
    pub fn to_lower_hex(&self) -> String {
        format!("0x{}", hex::encode(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// bad_inputs AD05: the confirmation must be the same text (spaces around it aside).
    #[test]
    fn a_confirmation_must_repeat_the_address() {
        let good = "0x0f51bb10119727a7e5eA3538074fb341F56B09Ad";
        assert!(ExecutionAddress::parse_confirmed(good, &format!(" {good} ")).is_ok());
        assert_eq!(
            ExecutionAddress::parse_confirmed(good, "0x0f51bb10119727a7e5eA3538074fb341F56B09AD"),
            Err(AddressError::ConfirmationMismatch)
        );
        assert_eq!(
            AddressError::ConfirmationMismatch.to_string(),
            "the two addresses differ; paste the same checksummed address in both fields"
        );
        // The first entry is checked before the two are compared.
        let lower = good.to_lowercase();
        assert!(matches!(
            ExecutionAddress::parse_confirmed(&lower, &lower),
            Err(AddressError::NotChecksummed { .. })
        ));
    }

    // EIP-55's own examples.
    const EIP55: [&str; 4] = [
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
    ];

    #[test]
    fn eip55_examples_round_trip() {
        for text in EIP55 {
            assert_eq!(
                ExecutionAddress::parse_checksummed(text)
                    .unwrap()
                    .to_checksummed(),
                text
            );
        }
    }

    /// bad_inputs AD01–AD04.
    #[test]
    fn unchecksummed_wrong_and_zero_addresses_are_refused() {
        let good = "0x71C7656EC7ab88b098defB751B7401B5f6d8976F";
        assert!(ExecutionAddress::parse_checksummed(good).is_ok());
        let flipped = "0x71c7656EC7ab88b098defB751B7401B5f6d8976F";
        assert_eq!(
            ExecutionAddress::parse_checksummed(flipped),
            Err(AddressError::BadChecksum {
                checksummed: good.into()
            })
        );
        let lower = good.to_lowercase();
        let err = ExecutionAddress::parse_checksummed(&lower).unwrap_err();
        assert_eq!(
            err,
            AddressError::NotChecksummed {
                checksummed: good.into()
            }
        );
        assert!(err.to_string().contains(good));
        let upper = format!("0x{}", good[2..].to_uppercase());
        assert_eq!(
            ExecutionAddress::parse_checksummed(&upper),
            Err(AddressError::NotChecksummed {
                checksummed: good.into()
            })
        );
        assert_eq!(
            ExecutionAddress::parse_checksummed(&good[2..])
                .unwrap_err()
                .to_string(),
            "the execution address must start with 0x (0x and 40 hex digits)"
        );
        assert_eq!(
            ExecutionAddress::parse_checksummed(&good[..40]),
            Err(AddressError::Format(HexFieldError::WrongLength {
                bytes: 19,
                expected: 20
            }))
        );
        assert_eq!(
            ExecutionAddress::parse_checksummed("0xhc1F7656EC7ab88b098defB751B7401B5f6d8976"),
            Err(AddressError::Format(HexFieldError::NotHex))
        );
        assert_eq!(
            ExecutionAddress::parse_checksummed("0x0000000000000000000000000000000000000000"),
            Err(AddressError::ZeroAddress)
        );
    }
}

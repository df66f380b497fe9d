//! Withdrawal credentials (consensus-specs phase0 `validator.md`, "Withdrawal credentials"),
//! made and read back.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::consensus::execution_address::ExecutionAddress;
use crate::files::serde_text;
use crate::keys::bls::PublicKey;

/// `BLS_WITHDRAWAL_PREFIX`.
pub const BLS_WITHDRAWAL_PREFIX: u8 = 0x00;

/// 32-byte withdrawal credentials.
pub type WithdrawalCredentials = [u8; 32];

/// `BLS_WITHDRAWAL_PREFIX ‖ hash(withdrawal_pubkey)[1:]`.
pub fn bls_withdrawal_credentials(withdrawal_pubkey: &PublicKey) -> WithdrawalCredentials {
    let mut credentials: WithdrawalCredentials =
        Sha256::digest(withdrawal_pubkey.to_bytes()).into();
    credentials[0] = BLS_WITHDRAWAL_PREFIX;
    credentials
}

/// `prefix ‖ 0x00 × 11 ‖ execution_address`: 0x01 (`ETH1_ADDRESS_WITHDRAWAL_PREFIX`) or 0x02
/// (`COMPOUNDING_WITHDRAWAL_PREFIX`).
pub fn execution_withdrawal_credentials(
    prefix: u8,
    address: &ExecutionAddress,
) -> WithdrawalCredentials {
    let mut credentials = [0u8; 32];
    credentials[0] = prefix;
    credentials[12..].copy_from_slice(&address.0);
    credentials
}

/// `BUILDER_WITHDRAWAL_PREFIX` (gloas `beacon-chain.md`, EIP-8282): a builder's credentials.
pub const BUILDER_WITHDRAWAL_PREFIX: u8 = 0xb0;

/// `BUILDER_WITHDRAWAL_PREFIX ‖ 0x00 × 11 ‖ execution_address`: a builder deposit's
/// credentials (deposit-cli 1.3.1's `builder`).
pub fn builder_withdrawal_credentials(address: &ExecutionAddress) -> WithdrawalCredentials {
    execution_withdrawal_credentials(BUILDER_WITHDRAWAL_PREFIX, address)
}

/// What credentials' first byte says: where the validator's funds go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum CredentialsKind {
    /// 0x00: a BLS withdrawal key; funds move only after a BLS-to-execution change.
    Bls,
    /// 0x01: an execution address.
    Execution,
    /// 0x02: an execution address, compounding (EIP-7251).
    Compounding,
    /// 0xb0: a builder's execution address (builder deposits, EIP-8282).
    Builder,
}

/// Withdrawal credentials read back: their kind and, for 0x01/0x02, the execution address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct CredentialsView {
    #[serde(with = "serde_text::hex0x")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub credentials: WithdrawalCredentials,
    /// The first byte, as "0x01".
    pub prefix: String,
    /// Absent for a prefix the specs do not define.
    pub kind: Option<CredentialsKind>,
    /// For 0x01/0x02/0xb0: bytes 12 to 31, EIP-55 checksummed.
    pub address: Option<String>,
}

impl CredentialsView {
    pub fn of(credentials: &WithdrawalCredentials) -> Self {
        let kind = match credentials[0] {
            BLS_WITHDRAWAL_PREFIX => Some(CredentialsKind::Bls),
            0x01 => Some(CredentialsKind::Execution),
            0x02 => Some(CredentialsKind::Compounding),
            BUILDER_WITHDRAWAL_PREFIX => Some(CredentialsKind::Builder),
            _ => None,
        };
        let address = matches!(
            kind,
            Some(
                CredentialsKind::Execution
                    | CredentialsKind::Compounding
                    | CredentialsKind::Builder
            )
        )
        .then(|| {
            let mut address = [0u8; 20];
            address.copy_from_slice(&credentials[12..]);
            ExecutionAddress(address).to_checksummed()
        });
        Self {
            credentials: *credentials,
            prefix: format!("0x{:02x}", credentials[0]),
            kind,
            address,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_read_back_as_what_made_them() {
        let address =
            ExecutionAddress::parse_checksummed("0x0f51bb10119727a7e5eA3538074fb341F56B09Ad")
                .unwrap();
        for (prefix, kind) in [
            (0x01, CredentialsKind::Execution),
            (0x02, CredentialsKind::Compounding),
        ] {
            let view = CredentialsView::of(&execution_withdrawal_credentials(prefix, &address));
            assert_eq!(view.kind, Some(kind));
            assert_eq!(view.prefix, format!("0x0{prefix}"));
            assert_eq!(
                view.address.as_deref(),
                Some("0x0f51bb10119727a7e5eA3538074fb341F56B09Ad")
            );
        }
        let builder = CredentialsView::of(&builder_withdrawal_credentials(&address));
        assert_eq!(
            (
                builder.kind,
                builder.prefix.as_str(),
                builder.address.as_deref()
            ),
            (
                Some(CredentialsKind::Builder),
                "0xb0",
                Some("0x0f51bb10119727a7e5eA3538074fb341F56B09Ad")
            )
        );
        let bls = CredentialsView::of(&[0; 32]);
        assert_eq!((bls.kind, bls.address), (Some(CredentialsKind::Bls), None));
        let unknown = CredentialsView::of(&[0x03; 32]);
        assert_eq!((unknown.kind, unknown.prefix.as_str()), (None, "0x03"));
    }
}

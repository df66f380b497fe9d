//! Withdrawal credentials (consensus-specs phase0 `validator.md`, "Withdrawal credentials").

use sha2::{Digest, Sha256};

use crate::consensus::execution_address::ExecutionAddress;
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

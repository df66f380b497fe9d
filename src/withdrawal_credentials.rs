//! Withdrawal credentials (consensus-specs phase0 `validator.md`, "Withdrawal credentials").

use sha2::{Digest, Sha256};

use crate::bls::PublicKey;

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

//! One page per flow, reachable from the start screen.

pub mod builder_deposits;
pub mod common;
pub mod create_mnemonic;
pub mod execution_requests;
pub mod exits;
pub mod find_validators;
pub mod lookup;
pub mod ownership_proof;
pub mod signer_hand_off;
pub mod top_up;
pub mod use_mnemonic;
pub mod validator_keys;
pub mod verify_files;
pub mod withdrawal_address;

//! withdrawal-wallet core: Ethereum validator keys from a BIP39 mnemonic, offline.
//!
//! Pure Rust, no UI and no JavaScript: the Leptos app (`www/`) and the wasm façade
//! (feature `wasm`, built into `pkg/`) both call this crate.

pub mod bls;
pub mod bls_to_execution_change;
pub mod chain;
pub mod consensus;
pub mod deposit;
pub mod eip2334;
pub mod eip2335;
pub mod execution_address;
pub mod hex_field;
pub mod keystore_json;
pub mod keystores;
pub mod mnemonic;
pub mod output;
pub mod python_json;
pub mod random;
pub mod ssz;
pub mod validator;
pub mod validator_import;
pub mod validator_search;
pub mod voluntary_exit;
pub mod withdrawal_credentials;

#[cfg(feature = "wasm")]
pub mod wasm;

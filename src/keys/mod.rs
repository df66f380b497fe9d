//! Keys: a BIP39 mnemonic (`mnemonic`) becomes EIP-2333 keys (`bls`, the only module that
//! touches blst) on EIP-2334 paths (`eip2334`); a range of validators' public keys
//! (`validator`); and EIP-2335 keystores: the cryptography (`eip2335`), the JSON layout
//! (`keystore_json`) and batches as deposit-cli writes them (`keystores`).

pub(crate) mod bls;
/// EIP-2333's Lamport step on SHA-256 lanes: blst's scalar SHA-256 is most of a derivation in
/// the browser (native blst has SHA-NI and keeps its own).
#[cfg(any(test, target_arch = "wasm32"))]
pub(crate) mod eip2333;
pub(crate) mod eip2334;
pub(crate) mod eip2335;
pub(crate) mod keystore_json;
pub(crate) mod keystores;
pub(crate) mod mnemonic;
/// Four SHA-256 compressions at once (wasm simd128), for `eip2333`.
#[cfg(any(test, target_arch = "wasm32"))]
pub(crate) mod sha256_lanes;
pub(crate) mod validator;

//! Keys: a BIP39 mnemonic (`mnemonic`) becomes EIP-2333 keys (`bls`, the only module that
//! touches blst) on EIP-2334 paths (`eip2334`); a range of validators' public keys
//! (`validator`); and EIP-2335 keystores: the cryptography (`eip2335`), the JSON layout
//! (`keystore_json`) and batches as deposit-cli writes them (`keystores`).

pub(crate) mod bls;
pub(crate) mod eip2334;
pub(crate) mod eip2335;
pub(crate) mod keystore_json;
pub(crate) mod keystores;
pub(crate) mod mnemonic;
pub(crate) mod validator;

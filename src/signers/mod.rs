//! Handing signing keys to the software that signs with them: the standard keymanager import
//! (its request body, with an EIP-3076 slashing-protection interchange), Web3Signer's key
//! configurations, the upload bundle for HashiCorp Vault and AWS Secrets Manager, and the
//! key-budget plan (a new mnemonic every 200–1,000 keys). The withdrawal key never goes this way.

pub(crate) mod eip3076;
pub(crate) mod key_budget;
pub(crate) mod keymanager_api;
pub(crate) mod upload_bundle;
pub(crate) mod web3signer;

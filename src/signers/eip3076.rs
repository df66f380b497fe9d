//! EIP-3076, the slashing-protection interchange format (version 5): what a signer must refuse
//! to sign after importing a key. For keys the wallet has just made, nothing has been signed
//! yet, so each key gets an entry with no blocks and no attestations; the chain is named by its
//! genesis validators root, which every client checks against its own.

use serde::{Deserialize, Serialize};

use crate::consensus::ssz::Root;
use crate::keys::bls::PublicKey;

/// The version EIP-3076 sets (earlier drafts are incompatible).
pub const INTERCHANGE_FORMAT_VERSION: &str = "5";

/// An interchange file, field for field (EIP-3076's JSON schema).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interchange {
    pub metadata: InterchangeMetadata,
    pub data: Vec<SigningHistory>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterchangeMetadata {
    pub interchange_format_version: String,
    /// `0x`-prefixed hex of the chain's genesis validators root.
    pub genesis_validators_root: String,
}

/// One key's signing history: what it has signed (slots and epochs are decimal strings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SigningHistory {
    pub pubkey: String,
    pub signed_blocks: Vec<SignedBlock>,
    pub signed_attestations: Vec<SignedAttestation>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedBlock {
    pub slot: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_root: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedAttestation {
    pub source_epoch: String,
    pub target_epoch: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_root: Option<String>,
}

impl Interchange {
    /// The interchange of keys that have never signed: one empty history per key, in order.
    pub fn for_new_keys(genesis_validators_root: &Root, pubkeys: &[PublicKey]) -> Self {
        Self {
            metadata: InterchangeMetadata {
                interchange_format_version: INTERCHANGE_FORMAT_VERSION.to_owned(),
                genesis_validators_root: format!("0x{}", hex::encode(genesis_validators_root)),
            },
            data: pubkeys
                .iter()
                .map(|pubkey| SigningHistory {
                    pubkey: pubkey.to_hex(),
                    signed_blocks: Vec::new(),
                    signed_attestations: Vec::new(),
                })
                .collect(),
        }
    }

    /// The file's text, as the clients' own exports write it (compact JSON).
    pub fn to_json(&self) -> String {
        // A struct of strings and vectors always serializes.
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    // The schema checks run natively: jsonschema and yaml_serde are native dev-dependencies.
    use super::*;

    #[test]
    fn new_keys_have_empty_histories_under_the_chains_root() {
        let root = [0x4b; 32];
        let key = crate::keys::bls::SecretKey::derive_master_sk(&[7; 32])
            .map(|sk| sk.public_key())
            .unwrap();
        let interchange = Interchange::for_new_keys(&root, &[key]);
        let json: serde_json::Value = serde_json::from_str(&interchange.to_json()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "metadata": {
                    "interchange_format_version": "5",
                    "genesis_validators_root": format!("0x{}", "4b".repeat(32)),
                },
                "data": [{ "pubkey": key.to_hex(), "signed_blocks": [], "signed_attestations": [] }],
            })
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// EIP-3076's schema as published; it names no draft and uses draft 7's tuple `items`.
    fn schema() -> jsonschema::Validator {
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/vectors/eip3076_schema.json")).unwrap();
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft7)
            .build(&schema)
            .unwrap()
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_interchange_validates_against_eip_3076s_schema() {
        let keys: Vec<PublicKey> = (1u8..=3)
            .map(|i| {
                crate::keys::bls::SecretKey::derive_master_sk(&[i; 32])
                    .unwrap()
                    .public_key()
            })
            .collect();
        let interchange = Interchange::for_new_keys(&[0x21; 32], &keys);
        let json: serde_json::Value = serde_json::from_str(&interchange.to_json()).unwrap();
        let schema = schema();
        assert!(schema.is_valid(&json), "{:?}", schema.validate(&json).err());
        // It reads back as the same interchange.
        assert_eq!(
            serde_json::from_value::<Interchange>(json.clone()).unwrap(),
            interchange
        );
        // The validator can fail: a history without its signed blocks is refused.
        let mut broken = json;
        broken["data"][0]
            .as_object_mut()
            .unwrap()
            .remove("signed_blocks");
        assert!(!schema.is_valid(&broken));
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_eips_own_example_reads_and_validates() {
        let example = serde_json::json!({
            "metadata": {
                "interchange_format_version": "5",
                "genesis_validators_root": "0x04700007fabc8282644aed6d1c7c9e21d38a03a0c4ba193f3afe428824b3a673"
            },
            "data": [{
                "pubkey": "0xb845089a1457f811bfc000588fbb4e713669be8ce060ea6be3c6ece09afc3794106c91ca73acda5e5457122d58723bed",
                "signed_blocks": [
                    { "slot": "81952", "signing_root": "0x4ff6f743a43f3b4f95350831aeaf0a122a1a392922c45d804280284a69eb850b" },
                    { "slot": "81951" }
                ],
                "signed_attestations": [
                    { "source_epoch": "2290", "target_epoch": "3007", "signing_root": "0x587d6a4f59a58fe24f406e0502413e77fe1babddee641fda30034ed37ecc884d" },
                    { "source_epoch": "2290", "target_epoch": "3008" }
                ]
            }]
        });
        assert!(schema().is_valid(&example));
        let read: Interchange = serde_json::from_value(example.clone()).unwrap();
        assert_eq!(read.data[0].signed_blocks[1].signing_root, None);
        assert_eq!(serde_json::to_value(&read).unwrap(), example);
    }
}

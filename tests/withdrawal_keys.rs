//! EIP-2334 withdrawal keys and 0x00 credentials against published values from other tools.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use serde_json::Value;
use withdrawal_wallet::derive_validator_keys;
use withdrawal_wallet::Mnemonic;

const ABANDON_ART: &str = "abandon abandon abandon abandon abandon abandon abandon abandon \
    abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \
    abandon abandon abandon abandon art";

fn vectors(name: &str) -> Value {
    let path = format!("{}/tests/vectors/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn credentials_hex(mnemonic: &str, passphrase: &str, index: u32) -> String {
    let seed = Mnemonic::parse(mnemonic, None).unwrap().to_seed(passphrase);
    let keys = derive_validator_keys(&seed, index, 1).unwrap();
    format!("0x{}", hex::encode(keys[0].bls_withdrawal_credentials))
}

#[test]
fn abandon_art_index_0_matches_the_published_withdrawal_key() {
    let seed = Mnemonic::parse(ABANDON_ART, None).unwrap().to_seed("");
    let keys = derive_validator_keys(&seed, 0, 1).unwrap();
    assert_eq!(keys[0].withdrawal_path.to_string(), "m/12381/3600/0/0");
    assert_eq!(
        keys[0].withdrawal_pubkey.to_hex(),
        "0x99b1f1d84d76185466d86c34bde1101316afddae76217aa86cd066979b19858c2c9d9e56eebc1e067ac54277a61790db"
    );
    assert_eq!(
        credentials_hex(ABANDON_ART, "", 0),
        "0x008ba1cc4b091b91c1202bba3f508075d6ff565c77e559f0803c0792e0302bf1"
    );
}

#[test]
fn credentials_match_ethstaker_and_eth_staking_smith() {
    let file = vectors("bls_change_and_exit_vectors.json");
    let cases = file["withdrawal_credentials_from_mnemonic"]
        .as_array()
        .unwrap();
    let mut checked = 0;
    for case in cases {
        let mnemonic = case["mnemonic"].as_str().unwrap();
        let passphrase = case["bip39_passphrase"].as_str().unwrap();
        for (index, expected) in case["by_index"].as_object().unwrap() {
            let index: u32 = index.parse().unwrap();
            assert_eq!(
                credentials_hex(mnemonic, passphrase, index),
                expected.as_str().unwrap(),
                "{mnemonic:.20}… index {index}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 3);

    let holesky = &file["bls_to_execution_change_holesky"];
    let seed = Mnemonic::parse(holesky["mnemonic"].as_str().unwrap(), None)
        .unwrap()
        .to_seed("");
    let keys = derive_validator_keys(&seed, 0, 1).unwrap();
    assert_eq!(
        keys[0].withdrawal_pubkey.to_hex(),
        holesky["expected"]["message"]["from_bls_pubkey"]
            .as_str()
            .unwrap()
    );
    assert_eq!(
        format!("0x{}", hex::encode(keys[0].bls_withdrawal_credentials)),
        holesky["bls_withdrawal_credentials"].as_str().unwrap()
    );
}

/// staking-deposit-cli 2.7.0 deposit files imply the signing pubkey of every key and, for
/// 0x00 files, the withdrawal key's credentials.
#[test]
fn signing_keys_and_credentials_match_deposit_cli_files() {
    let file = vectors("deposit_cli_vectors.json");
    let seed = Mnemonic::parse(file["mnemonic"].as_str().unwrap(), None)
        .unwrap()
        .to_seed(file["bip39_passphrase"].as_str().unwrap());
    let mut bls_credentials_checked = 0;
    for vector in file["vectors"].as_array().unwrap() {
        let start = vector["validator_start_index"].as_u64().unwrap() as u32;
        let entries = vector["deposit_data"].as_array().unwrap();
        let keys = derive_validator_keys(&seed, start, entries.len() as u32).unwrap();
        for (keys, entry) in keys.iter().zip(entries) {
            assert_eq!(
                hex::encode(keys.signing_pubkey.to_bytes()),
                entry["pubkey"].as_str().unwrap(),
                "{} index {}",
                vector["name"],
                keys.index
            );
            if vector["withdrawal_address"].is_null() {
                assert_eq!(
                    hex::encode(keys.bls_withdrawal_credentials),
                    entry["withdrawal_credentials"].as_str().unwrap()
                );
                bls_credentials_checked += 1;
            }
        }
    }
    assert!(bls_credentials_checked >= 6, "{bls_credentials_checked}");
}

#[test]
fn paths_follow_the_eip2334_templates() {
    use withdrawal_wallet::KeyPath;
    let file = vectors("eip2334_paths.json");
    for index in [0u32, 7, u32::MAX] {
        let fill = |template: &Value| {
            template
                .as_str()
                .unwrap()
                .replace("/i/", &format!("/{index}/"))
        };
        assert_eq!(
            KeyPath::withdrawal(index).to_string(),
            fill(&file["withdrawal_key_path"])
        );
        assert_eq!(
            KeyPath::signing(index).to_string(),
            fill(&file["signing_key_path"])
        );
        assert_eq!(
            fill(&file["signing_key_path"]).parse::<KeyPath>().unwrap(),
            KeyPath::signing(index)
        );
    }
    // ERC-2335's scrypt vector path is a valid EIP-2334-style path outside the validator tree.
    assert_eq!(
        "m/12381/60/3141592653/589793238"
            .parse::<KeyPath>()
            .unwrap()
            .to_string(),
        "m/12381/60/3141592653/589793238"
    );
}

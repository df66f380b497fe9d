//! Batch keystore creation: deposit-cli's names and layout, shared or independent salts, and
//! every file decrypting to the signing key deposit-cli 2.7.0 derived for the same index.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use serde_json::Value;
use withdrawal_wallet::draw_keystore_randomness;
use withdrawal_wallet::keystore_from_json as from_json;
use withdrawal_wallet::{create_keystores, KdfChoice, KeystoreRandomness, KeystoreRequest};
use withdrawal_wallet::{ErrorCode, ValidatorRangeError, WalletError};
use withdrawal_wallet::{Kdf, KeystoreError};
use withdrawal_wallet::{Mnemonic, Seed};

const TEST_WASTE: &str = "test test test test test test test test test test test waste";
const PASSWORD: &str = "correct horse battery";

fn seed() -> Seed {
    Mnemonic::parse(TEST_WASTE, None).unwrap().to_seed("")
}

fn fixed_randomness(count: usize, salts: usize) -> KeystoreRandomness {
    KeystoreRandomness {
        salts: (0..salts).map(|i| [i as u8 + 1; 32]).collect(),
        ivs: (0..count).map(|i| [0x40 + i as u8; 16]).collect(),
        uuids: (0..count).map(|i| [0x80 + i as u8; 16]).collect(),
    }
}

fn request(
    seed: &Seed,
    start_index: u32,
    count: u32,
    kdf: KdfChoice,
    independent_salts: bool,
) -> KeystoreRequest<'_> {
    KeystoreRequest {
        seed,
        start_index,
        count,
        password: PASSWORD,
        kdf,
        independent_salts,
        timestamp: 1715584111,
    }
}

/// Signing pubkeys of "test … waste" from staking-deposit-cli 2.7.0's deposit files.
fn deposit_cli_pubkeys(start: u64) -> Vec<String> {
    let path = format!(
        "{}/tests/vectors/deposit_cli_vectors.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let file: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let vector = file["vectors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["validator_start_index"] == start && v["num_validators"].as_u64().unwrap() > 1)
        .unwrap();
    vector["deposit_data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["pubkey"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn batch_mode_shares_one_scrypt_salt_and_matches_deposit_cli_keys() {
    let seed = seed();
    let files = create_keystores(
        &request(&seed, 0, 2, KdfChoice::Scrypt, false),
        &fixed_randomness(2, 1),
    )
    .unwrap();
    assert_eq!(files.len(), 2);
    let expected = deposit_cli_pubkeys(0);
    for (i, file) in files.iter().enumerate() {
        assert_eq!(file.index, i as u32);
        assert_eq!(
            file.file_name,
            format!("keystore-m_12381_3600_{i}_0_0-1715584111.json")
        );
        let json: Value = serde_json::from_str(&file.json).unwrap();
        assert_eq!(json["pubkey"], expected[i].as_str());
        assert_eq!(json["path"], format!("m/12381/3600/{i}/0/0"));
        assert_eq!(json["description"], "");
        assert_eq!(json["version"], 4);
        assert_eq!(json["crypto"]["kdf"]["params"]["n"], 262144);
        assert_eq!(
            json["crypto"]["kdf"]["params"]["salt"],
            hex::encode([1u8; 32])
        );
        assert_eq!(
            json["crypto"]["cipher"]["params"]["iv"],
            hex::encode([0x40 + i as u8; 16])
        );
        let uuid = uuid::Uuid::parse_str(json["uuid"].as_str().unwrap()).unwrap();
        assert_eq!(uuid.get_version_num(), 4);
        // An independent decrypt, KDF and all, from the text alone.
        let key = from_json(&file.json).unwrap().decrypt(PASSWORD).unwrap();
        assert_eq!(hex::encode(key.public_key().to_bytes()), expected[i]);
    }
}

#[test]
fn independent_salts_give_each_pbkdf2_keystore_its_own_salt() {
    let seed = seed();
    let files = create_keystores(
        &request(&seed, 99, 2, KdfChoice::Pbkdf2, true),
        &fixed_randomness(2, 2),
    )
    .unwrap();
    let expected = deposit_cli_pubkeys(99);
    let mut salts = Vec::new();
    for (i, file) in files.iter().enumerate() {
        let keystore = from_json(&file.json).unwrap();
        match &keystore.kdf {
            Kdf::Pbkdf2 { c, salt } => {
                assert_eq!(c, &262144);
                salts.push(salt.clone());
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            hex::encode(keystore.decrypt(PASSWORD).unwrap().public_key().to_bytes()),
            expected[i]
        );
        assert_eq!(
            file.file_name,
            format!("keystore-m_12381_3600_{}_0_0-1715584111.json", 99 + i)
        );
    }
    assert_ne!(salts[0], salts[1]);
}

#[test]
fn a_short_password_or_bad_range_creates_nothing() {
    let seed = seed();
    let mut short = request(&seed, 0, 1, KdfChoice::Pbkdf2, false);
    short.password = "short";
    assert_eq!(
        create_keystores(&short, &fixed_randomness(1, 1)).unwrap_err(),
        WalletError::from(KeystoreError::PasswordTooShort { chars: 5 })
    );
    let zero = request(&seed, 0, 0, KdfChoice::Pbkdf2, false);
    assert_eq!(
        create_keystores(&zero, &fixed_randomness(1, 1)).unwrap_err(),
        WalletError::from(ValidatorRangeError::ZeroCount)
    );
    let past = request(&seed, u32::MAX, 2, KdfChoice::Pbkdf2, false);
    assert_eq!(
        create_keystores(&past, &fixed_randomness(2, 1))
            .unwrap_err()
            .to_string(),
        "2 validators from index 4294967295 would pass the last key index, 4294967295"
    );
    let starved = request(&seed, 0, 2, KdfChoice::Pbkdf2, true);
    assert_eq!(
        create_keystores(&starved, &fixed_randomness(2, 1))
            .unwrap_err()
            .code,
        ErrorCode::InternalError
    );
}

#[test]
fn drawn_randomness_is_fresh_per_keystore() {
    let batch = draw_keystore_randomness(3, false).unwrap();
    assert_eq!(
        (batch.salts.len(), batch.ivs.len(), batch.uuids.len()),
        (1, 3, 3)
    );
    assert_ne!(batch.ivs[0], batch.ivs[1]);
    assert_ne!(batch.uuids[1], batch.uuids[2]);
    let independent = draw_keystore_randomness(3, true).unwrap();
    assert_eq!(independent.salts.len(), 3);
    assert_ne!(independent.salts[0], independent.salts[2]);
}

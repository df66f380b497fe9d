//! Finding a mnemonic's validators in what the beacon chain knows, then signing for them:
//! ethdo's own preparation file and signatures, eth-staking-smith's BLS change, and a
//! beacon-API-shaped list with three of `abandon … art`'s keys among 5,000 strangers.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use serde_json::Value;
use sha2::{Digest, Sha256};
use withdrawal_wallet::create_voluntary_exits;
use withdrawal_wallet::derive_validator_keys;
use withdrawal_wallet::Chain;
use withdrawal_wallet::ExecutionAddress;
use withdrawal_wallet::{
    create_bls_to_execution_changes, verify_bls_to_execution_changes, BlsChangeRequest,
};
use withdrawal_wallet::{
    find_validators, search_import, FoundValidator, KeyTable, DEFAULT_KEY_COUNT,
};
use withdrawal_wallet::{parse_validator_import, ImportFormat};
use withdrawal_wallet::{Mnemonic, Seed};

const ABANDON_ART: &str = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \
    abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art";

fn vector(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/vectors/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn json(name: &str) -> Value {
    serde_json::from_str(&vector(name)).unwrap()
}

fn seed(mnemonic: &str) -> Seed {
    Mnemonic::parse(mnemonic, None).unwrap().to_seed("")
}

fn ski_seed() -> Seed {
    let vectors = json("bls_change_and_exit_vectors.json");
    seed(
        vectors["voluntary_exit_mainnet"]["mnemonic"]
            .as_str()
            .unwrap(),
    )
}

fn table(seed: &Seed) -> KeyTable {
    KeyTable::from_validator_keys(&derive_validator_keys(seed, 0, DEFAULT_KEY_COUNT).unwrap())
}

#[test]
fn ethdo_preparation_file_finds_key_indices_and_exits_match_ethdo() {
    let expected = json("ethdo_offline_preparation_mainnet.expected.json");
    let seed = ski_seed();
    let result = search_import(
        vector("ethdo_offline_preparation_mainnet.json").as_bytes(),
        &table(&seed),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(result.format, ImportFormat::EthdoOfflinePreparation);
    assert_eq!(result.validators_read, 2);
    let found: Vec<(String, u64)> = result
        .found
        .iter()
        .map(|f| (f.validator_index.to_string(), u64::from(f.key_index)))
        .collect();
    let published: Vec<(String, u64)> = expected["found"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["validator_index"].as_str().unwrap().to_owned(),
                f["key_index"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(found, published);
    // Both already have 0x01 credentials: found by signing pubkey, nothing to change.
    assert!(result
        .found
        .iter()
        .all(|f| f.by_signing_pubkey && !f.can_change_withdrawal_address() && f.can_exit()));

    let imported = result.chain.unwrap();
    let chain = Chain::from_import(&imported).unwrap();
    assert_eq!(chain, Chain::builtin("mainnet").unwrap());
    let key_indices: Vec<u32> = result.found.iter().map(|f| f.key_index).collect();
    let validators: Vec<u64> = result.found.iter().map(|f| f.validator_index).collect();
    let exits = create_voluntary_exits(&seed, &chain, &key_indices, &validators, imported.epoch, 1)
        .unwrap();
    for (file, published) in exits.iter().zip(expected["exits"].as_array().unwrap()) {
        let ours: Value = serde_json::from_str(&file.json).unwrap();
        assert_eq!(ours["message"], published["message"]);
        assert_eq!(ours["signature"], published["signature"]);
    }
}

#[test]
fn csv_search_then_sign_reproduces_the_published_holesky_change() {
    let vectors = json("bls_change_and_exit_vectors.json");
    let case = &vectors["bls_to_execution_change_holesky"];
    let seed = seed(case["mnemonic"].as_str().unwrap());
    let credentials = case["bls_withdrawal_credentials"].as_str().unwrap();
    let csv = format!(
        "validator_index,withdrawal_credentials\n99,0x00{}\n100,{credentials}\n101,0x00{}\n",
        "11".repeat(31),
        "22".repeat(31)
    );
    let import = parse_validator_import(csv.as_bytes()).unwrap();
    assert_eq!(import.format, ImportFormat::Csv);
    let found = find_validators(&seed, 0, DEFAULT_KEY_COUNT, &import.validators).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].validator_index, found[0].key_index), (100, 0));
    assert!(found[0].can_change_withdrawal_address() && !found[0].by_signing_pubkey);

    let chain = Chain::builtin("holesky").unwrap();
    let files = create_bls_to_execution_changes(&BlsChangeRequest {
        seed: &seed,
        chain: &chain,
        key_indices: &[found[0].key_index],
        validator_indices: &[found[0].validator_index],
        bls_withdrawal_credentials: &[found[0].withdrawal_credentials],
        execution_address: ExecutionAddress::parse_checksummed(
            case["to_execution_address_input"].as_str().unwrap(),
        )
        .unwrap(),
        timestamp: 1,
    })
    .unwrap();
    let ours: Value = serde_json::from_str(&files.deposit_cli.json).unwrap();
    assert_eq!(ours[0]["message"], case["expected"]["message"]);
    assert_eq!(ours[0]["signature"], case["expected"]["signature"]);
}

/// 32 pseudo-random bytes per (label, n): strangers that match no key.
fn stranger(label: &str, n: usize) -> [u8; 32] {
    Sha256::digest(format!("{label}{n}")).into()
}

/// A beacon API response with the mnemonic's keys `ours` (validator index → key index)
/// among `strangers` unrelated validators.
fn beacon_response(seed: &Seed, ours: &[(u64, u32)], strangers: usize) -> String {
    let keys = derive_validator_keys(seed, 0, DEFAULT_KEY_COUNT).unwrap();
    let entry = |index: u64, pubkey: String, credentials: String, status: &str| {
        format!(
            r#"{{"index":"{index}","balance":"32000000000","status":"{status}","validator":{{"pubkey":"{pubkey}","withdrawal_credentials":"{credentials}","effective_balance":"32000000000","slashed":false,"activation_eligibility_epoch":"0","activation_epoch":"0","exit_epoch":"18446744073709551615","withdrawable_epoch":"18446744073709551615"}}}}"#
        )
    };
    let mut entries: Vec<(u64, String)> = (0..strangers)
        .map(|n| {
            let index = n as u64 * 3 + 1;
            let pubkey = format!(
                "0x{}{}",
                hex::encode(stranger("pk", n)),
                hex::encode(&stranger("pk2", n)[..16])
            );
            let mut credentials = stranger("wc", n);
            credentials[0] = (n % 3) as u8;
            (
                index,
                entry(
                    index,
                    pubkey,
                    format!("0x{}", hex::encode(credentials)),
                    "active_ongoing",
                ),
            )
        })
        .collect();
    for &(validator_index, key_index) in ours {
        let key = &keys[key_index as usize];
        entries.push((
            validator_index,
            entry(
                validator_index,
                key.signing_pubkey.to_hex(),
                format!("0x{}", hex::encode(key.bls_withdrawal_credentials)),
                "active_ongoing",
            ),
        ));
    }
    entries.sort_by_key(|(index, _)| *index);
    let data: Vec<String> = entries.into_iter().map(|(_, entry)| entry).collect();
    format!(
        r#"{{"execution_optimistic":false,"finalized":true,"data":[{}]}}"#,
        data.join(",")
    )
}

#[test]
fn three_keys_among_five_thousand_strangers_are_found_and_signed_for() {
    let seed = seed(ABANDON_ART);
    let ours = [(6_000_u64, 3_u32), (6_002, 17), (9_999, 900)];
    let response = beacon_response(&seed, &ours, 5_000);
    let result = search_import(response.as_bytes(), &table(&seed), &mut |_| {}).unwrap();
    assert_eq!(result.format, ImportFormat::BeaconApi);
    assert_eq!(result.validators_read, 5_003);
    let found: Vec<(u64, u32)> = result
        .found
        .iter()
        .map(|f| (f.validator_index, f.key_index))
        .collect();
    assert_eq!(found, ours);
    assert!(result
        .found
        .iter()
        .all(FoundValidator::can_change_withdrawal_address));

    let chain = Chain::builtin("hoodi").unwrap();
    let files = create_bls_to_execution_changes(&BlsChangeRequest {
        seed: &seed,
        chain: &chain,
        key_indices: &result.found.iter().map(|f| f.key_index).collect::<Vec<_>>(),
        validator_indices: &result
            .found
            .iter()
            .map(|f| f.validator_index)
            .collect::<Vec<_>>(),
        bls_withdrawal_credentials: &result
            .found
            .iter()
            .map(|f| f.withdrawal_credentials)
            .collect::<Vec<_>>(),
        execution_address: ExecutionAddress::parse_checksummed(
            "0x71C7656EC7ab88b098defB751B7401B5f6d8976F",
        )
        .unwrap(),
        timestamp: 1,
    })
    .unwrap();
    let reports = verify_bls_to_execution_changes(&files.deposit_cli.json, &chain).unwrap();
    assert_eq!(reports.len(), 3);
    assert!(reports.iter().all(|r| r.ok), "{reports:?}");

    // Keys past the scanned range are not found.
    let narrow = KeyTable::from_validator_keys(&derive_validator_keys(&seed, 0, 900).unwrap());
    let found: Vec<u32> = search_import(response.as_bytes(), &narrow, &mut |_| {})
        .unwrap()
        .found
        .iter()
        .map(|f| f.key_index)
        .collect();
    assert_eq!(found, [3, 17]);
}

#[test]
fn a_bad_entry_deep_in_a_large_import_is_named() {
    let seed = seed(ABANDON_ART);
    let response = beacon_response(&seed, &[], 5_000);
    let broken = response.replacen("\"status\":\"active_ongoing\"", "\"status\":\"active\"", 1);
    let err = search_import(broken.as_bytes(), &table(&seed), &mut |_| {}).unwrap_err();
    assert_eq!(
        err.to_string(),
        "data[0]: status \"active\" is not a beacon API validator status"
    );
    let last = response.rfind("\"0x").unwrap();
    let mut truncated = response.clone();
    truncated.replace_range(last + 3..last + 5, "zz");
    let err = search_import(truncated.as_bytes(), &table(&seed), &mut |_| {}).unwrap_err();
    assert_eq!(
        err.to_string(),
        "data[4999]: validator.withdrawal_credentials is not hexadecimal"
    );
}

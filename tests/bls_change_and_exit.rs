//! BLS-to-execution changes and voluntary exits against eth-staking-smith's published vectors
//! (the Holesky change as staking-deposit-cli signs it, the mainnet exit as ethdo signs it),
//! and the credential, index and chain cases of bad_inputs.json.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use serde_json::{json, Value};
use withdrawal_wallet::ExecutionAddress;
use withdrawal_wallet::PublicKey;
use withdrawal_wallet::{
    create_bls_to_execution_changes, parse_validator_indices, parse_withdrawal_credentials,
    verify_bls_to_execution_changes, BlsChangeError, BlsChangeRequest,
};
use withdrawal_wallet::{create_keystores, KdfChoice, KeystoreRandomness, KeystoreRequest};
use withdrawal_wallet::{
    create_voluntary_exit_from_keystore, create_voluntary_exits, verify_voluntary_exit,
};
use withdrawal_wallet::{Chain, ErrorCode, WalletError};
use withdrawal_wallet::{Mnemonic, Seed};

/// Key indices 0, 1, 2, …: the validators in these tests are the mnemonic's first keys.
const KEY_INDICES_FROM_ZERO: [u32; 8] = [0, 1, 2, 3, 4, 5, 6, 7];

fn vectors() -> Value {
    let path = format!(
        "{}/tests/vectors/bls_change_and_exit_vectors.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn seed_of(case: &Value) -> Seed {
    Mnemonic::parse(case["mnemonic"].as_str().unwrap(), None)
        .unwrap()
        .to_seed(case["bip39_passphrase"].as_str().unwrap())
}

fn holesky_request<'a>(
    seed: &'a Seed,
    chain: &'a Chain,
    validators: &'a [u64],
    credentials: &'a [[u8; 32]],
) -> BlsChangeRequest<'a> {
    BlsChangeRequest {
        seed,
        chain,
        key_indices: KEY_INDICES_FROM_ZERO.get(..validators.len()).unwrap_or(&[]),
        validator_indices: validators,
        bls_withdrawal_credentials: credentials,
        execution_address: ExecutionAddress::parse_checksummed(
            "0x71C7656EC7ab88b098defB751B7401B5f6d8976F",
        )
        .unwrap(),
        timestamp: 1700000000,
    }
}

#[test]
fn holesky_bls_change_reproduces_the_published_signature() {
    let file = vectors();
    let case = &file["bls_to_execution_change_holesky"];
    let seed = seed_of(case);
    let chain = Chain::builtin("holesky").unwrap();
    let validators = parse_validator_indices(&[case["validator_index"].to_string()]).unwrap();
    let credentials =
        parse_withdrawal_credentials(&[case["bls_withdrawal_credentials"].as_str().unwrap()])
            .unwrap();
    let files =
        create_bls_to_execution_changes(&holesky_request(&seed, &chain, &validators, &credentials))
            .unwrap();

    assert_eq!(
        files.deposit_cli.file_name,
        "bls_to_execution_change-1700000000.json"
    );
    let ours: Value = serde_json::from_str(&files.deposit_cli.json).unwrap();
    let expected = &case["expected"];
    assert_eq!(ours[0]["message"], expected["message"]);
    assert_eq!(ours[0]["signature"], expected["signature"]);
    assert_eq!(ours[0]["metadata"]["network_name"], "holesky");
    assert_eq!(
        ours[0]["metadata"]["genesis_validators_root"],
        case["domain_inputs"]["genesis_validators_root"]
    );
    let keys: Vec<&String> = ours[0]["message"].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        ["validator_index", "from_bls_pubkey", "to_execution_address"]
    );
    assert!(files
        .deposit_cli
        .json
        .starts_with("[{\"message\": {\"validator_index\": \"100\", "));

    assert_eq!(files.ethdo.file_name, "change-operations.json");
    let ethdo: Value = serde_json::from_str(&files.ethdo.json).unwrap();
    assert_eq!(
        ethdo,
        json!([{ "message": expected["message"], "signature": expected["signature"] }])
    );

    // The published change verifies as it is, and fails on every other chain (WC05).
    let published = json!([expected]).to_string();
    assert!(verify_bls_to_execution_changes(&published, &chain).unwrap()[0].ok);
    for other in ["mainnet", "sepolia", "hoodi"] {
        let report = &verify_bls_to_execution_changes(&published, &Chain::builtin(other).unwrap())
            .unwrap()[0];
        assert_eq!(report.problems.len(), 1);
        assert_eq!(report.problems[0].code, ErrorCode::SignatureInvalid);
        assert_eq!(
            report.problems[0].message,
            format!("signature does not verify for a {other} BLS change")
        );
    }
}

#[test]
fn tampered_bls_changes_are_reported_per_field() {
    let file = vectors();
    let expected = file["bls_to_execution_change_holesky"]["expected"].clone();
    let chain = Chain::builtin("holesky").unwrap();
    let flip = |text: &str| {
        format!(
            "{}{}",
            &text[..text.len() - 1],
            if text.ends_with('0') { '1' } else { '0' }
        )
    };
    let cases = [
        (
            "/message/validator_index",
            json!("101"),
            "signature does not verify for a holesky BLS change",
        ),
        (
            "/message/validator_index",
            json!("-1"),
            "message.validator_index \"-1\" is not a decimal uint64",
        ),
        (
            "/message/from_bls_pubkey",
            json!(flip(
                expected["message"]["from_bls_pubkey"].as_str().unwrap()
            )),
            "message.from_bls_pubkey is not a valid BLS public key",
        ),
        (
            "/message/to_execution_address",
            json!(flip(
                expected["message"]["to_execution_address"]
                    .as_str()
                    .unwrap()
            )),
            "signature does not verify",
        ),
        (
            "/signature",
            json!(flip(expected["signature"].as_str().unwrap())),
            "signature does not verify",
        ),
        (
            "/signature",
            json!("0x00"),
            "signature is 1 bytes; it must be 96",
        ),
    ];
    for (pointer, value, problem) in cases {
        let mut entry = expected.clone();
        *entry.pointer_mut(pointer).unwrap() = value;
        let report =
            &verify_bls_to_execution_changes(&json!([entry]).to_string(), &chain).unwrap()[0];
        assert!(!report.ok);
        assert!(
            report
                .problems
                .iter()
                .any(|p| p.message.starts_with(problem)),
            "{pointer}: {:?}",
            report.problems
        );
    }
    let mut wrong_root = expected.clone();
    wrong_root["metadata"] = json!({"network_name": "holesky", "genesis_validators_root": format!("0x{}", "00".repeat(32)), "deposit_cli_version": "2.7.0"});
    let report =
        &verify_bls_to_execution_changes(&json!([wrong_root]).to_string(), &chain).unwrap()[0];
    let messages: Vec<&str> = report.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(
        messages,
        [format!(
            "metadata.genesis_validators_root 0x{} is not holesky's",
            "00".repeat(32)
        )]
    );
    assert_eq!(
        report.problems[0].code,
        ErrorCode::GenesisValidatorsRootMismatch
    );
}

/// bad_inputs WC01–WC04, WC06, IX07, IX08.
#[test]
fn bad_credentials_and_indices_sign_nothing() {
    let file = vectors();
    let case = &file["bls_to_execution_change_holesky"];
    let seed = seed_of(case);
    let chain = Chain::builtin("holesky").unwrap();
    let good =
        parse_withdrawal_credentials(&[case["bls_withdrawal_credentials"].as_str().unwrap()])
            .unwrap()[0];
    let sign = |validators: &[u64], credentials: &[[u8; 32]]| {
        create_bls_to_execution_changes(&holesky_request(&seed, &chain, validators, credentials))
            .unwrap_err()
    };

    let mut already_01 = [0u8; 32];
    already_01.copy_from_slice(
        &hex::decode("0100000000000000000000000f51bb10119727a7e5ea3538074fb341f56b09ad").unwrap(),
    );
    assert_eq!(
        sign(&[100], &[already_01]).to_string(),
        "validator 100 already has 0x01 execution credentials; a BLS change only converts 0x00 credentials, so there is nothing to sign"
    );
    let mut compounding = already_01;
    compounding[0] = 2;
    assert_eq!(
        sign(&[100], &[compounding]),
        WalletError::from(BlsChangeError::AlreadyExecution {
            position: 0,
            validator_index: 100,
            prefix: 2
        })
    );

    let mut other = good;
    other[31] ^= 1;
    let err = sign(&[100], &[other]);
    assert_eq!(
        err,
        WalletError::from(BlsChangeError::CredentialsMismatch {
            position: 0,
            validator_index: 100,
            key_index: 0,
            given: format!("0x{}", hex::encode(other)),
            derived: format!("0x{}", hex::encode(good)),
        })
    );
    assert_eq!(err.field.as_deref(), Some("blsWithdrawalCredentials[0]"));
    assert!(err.to_string().ends_with("Nothing was signed"));
    // The right credentials at the wrong key index are a mismatch too.
    let wrong_index = sign(&[99, 100], &[good, good]);
    assert_eq!(
        (wrong_index.code, wrong_index.field.as_deref()),
        (
            ErrorCode::BlsChangeCredentialsMismatch,
            Some("blsWithdrawalCredentials[1]")
        )
    );
    assert_eq!(
        wrong_index.params["key_index"],
        withdrawal_wallet::Param::Count(1)
    );

    assert_eq!(
        sign(&[100, 101], &[good]).to_string(),
        "2 validator indices but 1 withdrawal credentials; give one credential per validator, in the same order"
    );
    assert_eq!(
        sign(&[100, 100], &[good, good]).to_string(),
        "validator 100 is listed twice"
    );
    assert_eq!(
        sign(&[], &[]).to_string(),
        "give at least one validator index"
    );

    assert_eq!(
        parse_withdrawal_credentials(&["0x00", "zz"])
            .unwrap_err()
            .to_string(),
        "withdrawal credentials #1 is 1 bytes; it must be 32 (0x and 64 hex digits)"
    );
    let short = format!("0x{}", "00".repeat(31));
    assert!(parse_withdrawal_credentials(&[short]).is_err());
    for bad in ["-1", "1.5", "18446744073709551616", "", "0x10"] {
        assert_eq!(
            parse_validator_indices(&["7", bad])
                .unwrap_err()
                .to_string(),
            format!(
                "validator index #2 \"{bad}\" is not a whole number from 0 to 18446744073709551615"
            )
        );
    }
    assert_eq!(
        parse_validator_indices(&["18446744073709551615"]).unwrap(),
        [u64::MAX]
    );

    let ephemery = Chain::custom("ephemery", "0x1000101b", "0x4000101b", None).unwrap();
    let err = create_bls_to_execution_changes(&holesky_request(&seed, &ephemery, &[100], &[good]))
        .unwrap_err();
    assert!(err
        .to_string()
        .starts_with("chain ephemery has no genesis validators root"));
}

#[test]
fn mainnet_exit_reproduces_ethdos_signature() {
    let file = vectors();
    let case = &file["voluntary_exit_mainnet"];
    let seed = seed_of(case);
    let chain = Chain::builtin("mainnet").unwrap();
    let exits = create_voluntary_exits(&seed, &chain, &[0], &[100], 305658, 1700000000).unwrap();
    assert_eq!(exits.len(), 1);
    assert_eq!(
        exits[0].file_name,
        "signed_exit_transaction-100-1700000000.json"
    );
    let ours: Value = serde_json::from_str(&exits[0].json).unwrap();
    assert_eq!(ours, case["expected"]);
    assert!(exits[0].json.starts_with(
        "{\"message\": {\"epoch\": \"305658\", \"validator_index\": \"100\"}, \"signature\": \"0x"
    ));

    // CH02: the same exit signed under a later fork version would not verify; verification
    // against another chain or key fails.
    let signing_pubkey = PublicKey::from_bytes(
        &hex::decode(
            case["deposit_data_same_key_mainnet"][0]["pubkey"]
                .as_str()
                .unwrap(),
        )
        .unwrap(),
    )
    .unwrap();
    assert!(
        verify_voluntary_exit(&case["expected"].to_string(), &chain, &signing_pubkey)
            .unwrap()
            .ok
    );
    let sepolia = verify_voluntary_exit(
        &case["expected"].to_string(),
        &Chain::builtin("sepolia").unwrap(),
        &signing_pubkey,
    )
    .unwrap();
    assert!(!sepolia.ok);
    let mut later = case["expected"].clone();
    later["message"]["epoch"] = json!("305659");
    assert!(
        !verify_voluntary_exit(&later.to_string(), &chain, &signing_pubkey)
            .unwrap()
            .ok
    );
    let mut garbage = case["expected"].clone();
    garbage["message"]["epoch"] = json!(305658);
    let problems = verify_voluntary_exit(&garbage.to_string(), &chain, &signing_pubkey)
        .unwrap()
        .problems;
    assert_eq!(problems.len(), 1);
    assert_eq!(
        (
            problems[0].code,
            problems[0].field.as_deref(),
            problems[0].message.as_str()
        ),
        (
            ErrorCode::FieldType,
            Some("message.epoch"),
            "message.epoch is not a string"
        )
    );
}

/// KS13: an exit from a keystore signs with its key, and refuses another validator's pubkey.
#[test]
fn exit_from_a_keystore_matches_the_mnemonic_exit() {
    let file = vectors();
    let case = &file["voluntary_exit_mainnet"];
    let seed = seed_of(case);
    let chain = Chain::builtin("mainnet").unwrap();
    let request = KeystoreRequest {
        seed: &seed,
        start_index: 0,
        count: 1,
        password: "exit keystore password",
        kdf: KdfChoice::Pbkdf2,
        independent_salts: false,
        timestamp: 0,
    };
    let randomness = KeystoreRandomness {
        salts: vec![[5; 32]],
        ivs: vec![[6; 16]],
        uuids: vec![[7; 16]],
    };
    let keystore = create_keystores(&request, &randomness)
        .unwrap()
        .remove(0)
        .json;
    let exit = create_voluntary_exit_from_keystore(
        &keystore,
        "exit keystore password",
        &chain,
        100,
        305658,
        None,
        1,
    )
    .unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&exit.json).unwrap(),
        case["expected"]
    );

    let someone_else = withdrawal_wallet::SecretKey::derive_master_sk(&[1; 32])
        .unwrap()
        .public_key();
    let err = create_voluntary_exit_from_keystore(
        &keystore,
        "exit keystore password",
        &chain,
        100,
        305658,
        Some(&someone_else),
        1,
    )
    .unwrap_err();
    assert_eq!(err.code, ErrorCode::ExitPubkeyMismatch);
    assert!(err.to_string().ends_with("nothing was signed"));
    let err = create_voluntary_exit_from_keystore(
        &keystore,
        "wrong password!",
        &chain,
        100,
        305658,
        None,
        1,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "wrong password: the keystore's checksum does not match"
    );
}

#[test]
fn validator_pubkeys_are_parsed_with_the_problem_named() {
    use withdrawal_wallet::parse_validator_pubkey;
    let key = withdrawal_wallet::SecretKey::derive_master_sk(&[3; 32])
        .unwrap()
        .public_key();
    assert_eq!(parse_validator_pubkey(&key.to_hex()).unwrap(), key);
    assert_eq!(
        parse_validator_pubkey(&format!(" {} ", &key.to_hex()[2..])).unwrap(),
        key
    );
    assert_eq!(
        parse_validator_pubkey("0x1234").unwrap_err().to_string(),
        "the validator pubkey is 2 bytes; it must be 48"
    );
    let infinity = format!("0xc0{}", "00".repeat(47));
    assert!(parse_validator_pubkey(&infinity)
        .unwrap_err()
        .to_string()
        .starts_with("the validator pubkey is not a valid BLS public key"));
}

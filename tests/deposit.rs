//! Deposit data against staking-deposit-cli 2.7.0's files, field by field (only
//! `deposit_cli_version` normalised), plus the tamper, amount and credential cases.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use serde_json::{json, Value};
use withdrawal_wallet::ExecutionAddress;
use withdrawal_wallet::{
    create_deposit_data, parse_ether_amount, verify_deposit_data, DepositError, DepositRequest,
    Withdrawal,
};
use withdrawal_wallet::{Chain, ErrorCode, WalletError};
use withdrawal_wallet::{Mnemonic, Seed};

fn vectors() -> Value {
    let path = format!(
        "{}/tests/vectors/deposit_cli_vectors.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn seed(file: &Value) -> Seed {
    Mnemonic::parse(file["mnemonic"].as_str().unwrap(), None)
        .unwrap()
        .to_seed(file["bip39_passphrase"].as_str().unwrap())
}

fn request<'a>(
    seed: &'a Seed,
    chain: &'a Chain,
    start: u32,
    count: u32,
    withdrawal: Withdrawal,
) -> DepositRequest<'a> {
    DepositRequest {
        seed,
        start_index: start,
        count,
        chain,
        withdrawal,
        amount: None,
        allow_bls_credentials: true,
        timestamp: 1715584111,
    }
}

fn normalised(mut entries: Value) -> Value {
    for entry in entries.as_array_mut().unwrap() {
        entry["deposit_cli_version"] = json!("normalised");
    }
    entries
}

const FIELDS: [&str; 9] = [
    "pubkey",
    "withdrawal_credentials",
    "amount",
    "signature",
    "deposit_message_root",
    "deposit_data_root",
    "fork_version",
    "network_name",
    "deposit_cli_version",
];

#[test]
fn all_twelve_deposit_cli_files_reproduce_field_by_field() {
    let file = vectors();
    let seed = seed(&file);
    let vectors = file["vectors"].as_array().unwrap();
    assert_eq!(vectors.len(), 12);
    for vector in vectors {
        let chain = Chain::builtin(vector["chain"].as_str().unwrap()).unwrap();
        let withdrawal = match vector["withdrawal_address"].as_str() {
            Some(address) => {
                Withdrawal::Execution(ExecutionAddress::parse_checksummed(address).unwrap())
            }
            None => Withdrawal::Bls,
        };
        let start = vector["validator_start_index"].as_u64().unwrap() as u32;
        let count = vector["num_validators"].as_u64().unwrap() as u32;
        let made = create_deposit_data(&request(&seed, &chain, start, count, withdrawal)).unwrap();
        assert_eq!(made.file_name, "deposit_data-1715584111.json");
        let ours: Value = serde_json::from_str(&made.json).unwrap();
        let theirs = vector["deposit_data"].clone();
        assert_eq!(
            ours.as_array().unwrap().len(),
            theirs.as_array().unwrap().len()
        );
        for (a, b) in ours
            .as_array()
            .unwrap()
            .iter()
            .zip(theirs.as_array().unwrap())
        {
            for field in &FIELDS[..8] {
                assert_eq!(a[field], b[field], "{} field {field}", vector["name"]);
            }
            let keys: Vec<&String> = a.as_object().unwrap().keys().collect();
            assert_eq!(keys, FIELDS.iter().collect::<Vec<_>>(), "field order");
        }
        assert_eq!(normalised(ours), normalised(theirs), "{}", vector["name"]);
        // The published file verifies too.
        let reports = verify_deposit_data(&vector["deposit_data"].to_string(), &chain).unwrap();
        assert!(reports.iter().all(|r| r.ok), "{:?}", reports);
    }
}

#[test]
fn written_like_python_json_dumps_on_one_line() {
    let file = vectors();
    let seed = seed(&file);
    let chain = Chain::builtin("mainnet").unwrap();
    let made = create_deposit_data(&request(&seed, &chain, 0, 1, Withdrawal::Bls)).unwrap();
    assert!(made.json.starts_with("[{\"pubkey\": \""), "{}", made.json);
    assert!(!made.json.contains('\n'));
    assert!(made
        .json
        .contains("\"amount\": 32000000000, \"signature\": \""));
}

type Change<'a> = Box<dyn Fn(&Value) -> Value + 'a>;

/// Each field of a published entry, changed in turn, makes the verifier name it.
#[test]
fn verification_rejects_every_tampered_field() {
    let file = vectors();
    let vector = &file["vectors"][1];
    let chain = Chain::builtin(vector["chain"].as_str().unwrap()).unwrap();
    let flip = |text: &str| {
        let mut chars: Vec<char> = text.chars().collect();
        let last = chars.len() - 1;
        chars[last] = if chars[last] == '0' { '1' } else { '0' };
        chars.into_iter().collect::<String>()
    };
    let cases: [(&str, Change<'_>, &str); 9] = [
        (
            "pubkey",
            Box::new(|v| json!(flip(v.as_str().unwrap()))),
            "pubkey",
        ),
        (
            "withdrawal_credentials",
            Box::new(|v| json!(flip(v.as_str().unwrap()))),
            "deposit_message_root does not match",
        ),
        (
            "amount",
            Box::new(|_| json!(31000000000u64)),
            "deposit_message_root does not match",
        ),
        (
            "signature",
            Box::new(|v| json!(flip(v.as_str().unwrap()))),
            "signature",
        ),
        (
            "deposit_message_root",
            Box::new(|v| json!(flip(v.as_str().unwrap()))),
            "deposit_message_root does not match",
        ),
        (
            "deposit_data_root",
            Box::new(|v| json!(flip(v.as_str().unwrap()))),
            "deposit_data_root does not match the entry",
        ),
        (
            "fork_version",
            Box::new(|_| json!("10000910")),
            "fork_version 10000910 is not holesky's genesis fork version 01017000",
        ),
        (
            "network_name",
            Box::new(|_| json!("mainnet")),
            "network_name \"mainnet\" is not holesky",
        ),
        (
            "amount",
            Box::new(|_| json!(4096000000000u64)),
            "the amount 4096 ETH is outside 1 to 2048 ETH",
        ),
    ];
    for (field, change, expected) in cases {
        let mut entries = vector["deposit_data"].clone();
        entries[1][field] = change(&entries[1][field]);
        let reports = verify_deposit_data(&entries.to_string(), &chain).unwrap();
        assert!(reports[0].ok, "entry 0 untouched");
        assert!(!reports[1].ok, "{field}");
        assert!(
            reports[1]
                .problems
                .iter()
                .any(|p| p.message.contains(expected)),
            "{field}: {:?}",
            reports[1].problems
        );
    }
    // Right file, wrong chain (CH01): mainnet's fork version and domain do not fit.
    let mainnet = Chain::builtin("mainnet").unwrap();
    let reports = verify_deposit_data(&vector["deposit_data"].to_string(), &mainnet).unwrap();
    assert!(
        reports[0]
            .problems
            .iter()
            .any(|p| p.code == ErrorCode::SignatureInvalid
                && p.message == "signature does not verify for mainnet deposits"),
        "{:?}",
        reports[0]
    );
    // Unreadable files are errors, not reports.
    assert_eq!(
        verify_deposit_data("{}", &mainnet).unwrap_err().to_string(),
        "the file is not a JSON array of entries"
    );
    assert_eq!(
        verify_deposit_data("[]", &mainnet).unwrap_err().to_string(),
        "the file holds no entries"
    );
    let missing = verify_deposit_data("[{}]", &mainnet).unwrap();
    let pubkey = &missing[0].problems[0];
    assert_eq!(
        (
            pubkey.code,
            pubkey.field.as_deref(),
            pubkey.message.as_str()
        ),
        (ErrorCode::FieldMissing, Some("pubkey"), "pubkey is missing")
    );
}

/// 0x02 by default with any whole-gwei amount from 1 to 2048 ETH; 0x01 exactly 32 ETH; 0x00
/// only with the opt-in (bad_inputs AM01, AM02).
#[test]
fn credentials_and_amounts() {
    let file = vectors();
    let seed = seed(&file);
    let chain = Chain::builtin("hoodi").unwrap();
    let address =
        ExecutionAddress::parse_checksummed("0x0f51bb10119727a7e5eA3538074fb341F56B09Ad").unwrap();

    let mut compounding = request(&seed, &chain, 0, 2, Withdrawal::Compounding(address));
    compounding.amount = Some(parse_ether_amount("40.5").unwrap());
    let made = create_deposit_data(&compounding).unwrap();
    let entries: Value = serde_json::from_str(&made.json).unwrap();
    assert_eq!(entries[0]["amount"], 40500000000u64);
    assert_eq!(
        entries[0]["withdrawal_credentials"],
        "0200000000000000000000000f51bb10119727a7e5ea3538074fb341f56b09ad"
    );
    assert_eq!(entries[0]["fork_version"], "10000910");
    assert_eq!(entries[0]["network_name"], "hoodi");

    for (text, gwei) in [
        ("1", 1_000_000_000u64),
        ("2048", 2_048_000_000_000),
        ("32.000000001", 32_000_000_001),
    ] {
        compounding.amount = Some(parse_ether_amount(text).unwrap());
        let made = create_deposit_data(&compounding).unwrap();
        assert_eq!(
            serde_json::from_str::<Value>(&made.json).unwrap()[1]["amount"],
            gwei
        );
    }
    for text in ["0.5", "2049"] {
        compounding.amount = Some(parse_ether_amount(text).unwrap());
        let err = create_deposit_data(&compounding).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("the amount {text} ETH is outside 1 to 2048 ETH")
        );
    }
    for text in ["32.0000000001", "abc", "", "-1", "1e3", "0x10"] {
        assert_eq!(
            parse_ether_amount(text).unwrap_err().to_string(),
            format!("\"{text}\" is not an amount in ETH with at most 9 decimals (whole gwei), like 32 or 40.5")
        );
    }

    let mut execution = request(&seed, &chain, 0, 1, Withdrawal::Execution(address));
    execution.amount = Some(parse_ether_amount("33").unwrap());
    let err = create_deposit_data(&execution).unwrap_err();
    assert_eq!(
        err,
        WalletError::from(DepositError::AmountNotAllowed {
            amount: 33_000_000_000
        })
        .at("amount")
    );
    assert_eq!(err.code, ErrorCode::DepositAmountNotAllowed);
    execution.amount = None;
    let made = create_deposit_data(&execution).unwrap();
    assert!(made.json.contains("\"withdrawal_credentials\": \"0100000000000000000000000f51bb10119727a7e5ea3538074fb341f56b09ad\""));

    let mut bls = request(&seed, &chain, 0, 1, Withdrawal::Bls);
    bls.allow_bls_credentials = false;
    let err = create_deposit_data(&bls).unwrap_err();
    assert_eq!(err.code, ErrorCode::DepositBlsNotAllowed);
    assert_eq!(err.field.as_deref(), Some("allowBlsCredentials"));
    assert!(err
        .to_string()
        .starts_with("0x00 (BLS) withdrawal credentials need an explicit opt-in"));
}

/// Gnosis deposits use deposit-cli's 32× multiplier: 1 GNO is written as 32000000000.
#[test]
fn gnosis_amounts_are_multiplied_by_32() {
    let file = vectors();
    let seed = seed(&file);
    let chain = Chain::builtin("gnosis").unwrap();
    let address =
        ExecutionAddress::parse_checksummed("0x0f51bb10119727a7e5eA3538074fb341F56B09Ad").unwrap();
    let mut req = request(&seed, &chain, 0, 1, Withdrawal::Compounding(address));
    let made = create_deposit_data(&req).unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&made.json).unwrap()[0]["amount"],
        32_000_000_000u64
    );
    req.amount = Some(parse_ether_amount("2").unwrap());
    let made = create_deposit_data(&req).unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&made.json).unwrap()[0]["amount"],
        64_000_000_000u64
    );
    req.amount = Some(parse_ether_amount("65").unwrap());
    assert_eq!(
        create_deposit_data(&req).unwrap_err().to_string(),
        "the amount 65 ETH is outside 1 to 2048 ETH (1/32 to 64 GNO on Gnosis chains)"
    );
}

/// The mainnet deposit in bls_change_and_exit_vectors.json (same key as the exit vector).
#[test]
fn eth_staking_smith_mainnet_deposit_reproduces() {
    let path = format!(
        "{}/tests/vectors/bls_change_and_exit_vectors.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let file: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let exit = &file["voluntary_exit_mainnet"];
    let expected = exit["deposit_data_same_key_mainnet"].clone();
    let seed = Mnemonic::parse(exit["mnemonic"].as_str().unwrap(), None)
        .unwrap()
        .to_seed("");
    let chain = Chain::builtin("mainnet").unwrap();
    let credentials = expected[0]["withdrawal_credentials"].as_str().unwrap();
    let withdrawal = if credentials.starts_with("01") {
        Withdrawal::Execution(ExecutionAddress(
            hex::decode(&credentials[24..]).unwrap().try_into().unwrap(),
        ))
    } else {
        Withdrawal::Bls
    };
    let made = create_deposit_data(&request(&seed, &chain, 0, 1, withdrawal)).unwrap();
    assert_eq!(
        normalised(serde_json::from_str(&made.json).unwrap()),
        normalised(expected)
    );
}

/// Signatures are checked 64 entries at a time with one batch check; a batch that fails is
/// checked entry by entry, so the report names exactly the entries whose signature is wrong,
/// in the first batch and past it, and no other.
#[test]
fn a_bad_signature_in_a_batch_is_named_and_no_other() {
    let file = vectors();
    let seed = seed(&file);
    let chain = Chain::builtin("mainnet").unwrap();
    let address =
        ExecutionAddress::parse_checksummed("0x0f51bb10119727a7e5eA3538074fb341F56B09Ad").unwrap();
    let made = create_deposit_data(&request(
        &seed,
        &chain,
        0,
        70,
        Withdrawal::Compounding(address),
    ))
    .unwrap();
    let mut entries: Value = serde_json::from_str(&made.json).unwrap();
    assert!(verify_deposit_data(&made.json, &chain)
        .unwrap()
        .iter()
        .all(|r| r.ok));
    // Entry 3 carries entry 2's signature; entries 65 and 66 swap theirs (a swap whose sum
    // still verifies without the batch's random scalars).
    entries[3]["signature"] = entries[2]["signature"].clone();
    let (a, b) = (
        entries[65]["signature"].clone(),
        entries[66]["signature"].clone(),
    );
    entries[65]["signature"] = b;
    entries[66]["signature"] = a;
    let reports = verify_deposit_data(&entries.to_string(), &chain).unwrap();
    assert_eq!(reports.len(), 70);
    for (index, report) in reports.iter().enumerate() {
        let bad_signature = report.problems.iter().any(|p| {
            p.code == ErrorCode::SignatureInvalid && p.field.as_deref() == Some("signature")
        });
        assert_eq!(
            bad_signature,
            [3, 65, 66].contains(&index),
            "entry {index}: {report:?}"
        );
        assert_eq!(report.index, index);
    }
}

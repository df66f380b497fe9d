//! Top-ups (deposit-cli's `partial-deposit`) and builder deposits (its `builder`) against
//! ethstaker-deposit-cli 1.3.1's own files, byte for byte (`tests/vectors/
//! deposit_cli_131_top_up_builder.json`, mnemonic `abandon … art`), and every pinned file
//! checked again by the specs' algorithms written out here, independently of the core's SSZ
//! and domain code: `hash_tree_root` of `DepositMessage`/`DepositData`, `compute_domain` with
//! `DOMAIN_DEPOSIT` or `DOMAIN_BUILDER_DEPOSIT`, `compute_signing_root`, and the BLS
//! signature. Then reviews, verification of both kinds, and the split over workers.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use support::{seed, vectors, ABANDON_ART};
use withdrawal_wallet::{
    derive_validator_keys, keystore_from_json, merge, request_from_json, run, verify,
    BuilderDepositReview, Chain, ChainInput, Context, CredentialsKind, EntryContent, ErrorCode,
    FileKind, OutputFile, Param, PublicKey, Request, Response, SecretText, Signature,
    SignatureStatus, TopUpReview, VerifyFile, WalletError, BUILDER_MIN_DEPOSIT,
    BUILDER_WITHDRAWAL_PREFIX, DEPOSIT_CLI_VERSION, DOMAIN_BUILDER_DEPOSIT, DOMAIN_DEPOSIT,
};

const VECTORS: &str = "deposit_cli_131_top_up_builder.json";
const PASSWORD: &str = "builder test password";

fn call(operation: &str, options: Value) -> Result<Response, WalletError> {
    let mut options = options;
    options["operation"] = json!(operation);
    let request: Request = request_from_json(options)?;
    run(
        &request,
        &mut Context {
            now: 1,
            on_progress: &mut |_| {},
            import: None,
            shared_salt: Some([7; 32]),
        },
    )
}

fn file(response: Response) -> OutputFile {
    match response {
        Response::File(file) => file,
        other => panic!("{other:?}"),
    }
}

fn files(response: Response) -> Vec<OutputFile> {
    match response {
        Response::Files(files) => files,
        other => panic!("{other:?}"),
    }
}

/// The timestamp in deposit-cli's file name `…-{unix_seconds}.json`.
fn timestamp(file_name: &str) -> u64 {
    file_name
        .trim_end_matches(".json")
        .rsplit('-')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

fn vectors_of(kind: &str) -> Vec<Value> {
    vectors(VECTORS)["vectors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|vector| vector["kind"] == kind)
        .cloned()
        .collect()
}

fn top_up_options(vector: &Value) -> Value {
    let address = vectors(VECTORS)["withdrawal_address"].clone();
    json!({
        "mnemonic": ABANDON_ART,
        "keyIndex": vector["key_index"],
        "chain": vector["chain"],
        "withdrawal": {"type": vector["withdrawal"], "address": address},
        "amount": vector["amount"],
        "acknowledgePublicMnemonic": true,
        "timestamp": timestamp(vector["file_name"].as_str().unwrap()),
    })
}

fn builder_options(vector: &Value) -> Value {
    json!({
        "mnemonic": ABANDON_ART,
        "startIndex": vector["start_index"],
        "count": vector["count"],
        "chain": vector["chain"],
        "withdrawalAddress": vectors(VECTORS)["withdrawal_address"],
        "amount": vector["amount"],
        "password": PASSWORD,
        "kdf": "pbkdf2",
        "acknowledgePublicMnemonic": true,
        "timestamp": timestamp(vector["file_name"].as_str().unwrap()),
    })
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

/// Ours and deposit-cli's, field by field and in field order; then as text.
fn assert_same_file(ours: &OutputFile, vector: &Value) {
    let name = vector["name"].as_str().unwrap();
    let theirs_text = vector["file"].as_str().unwrap();
    let (a, b): (Value, Value) = (
        serde_json::from_str(&ours.json).unwrap(),
        serde_json::from_str(theirs_text).unwrap(),
    );
    assert_eq!(
        a.as_array().unwrap().len(),
        b.as_array().unwrap().len(),
        "{name}"
    );
    for (a, b) in a.as_array().unwrap().iter().zip(b.as_array().unwrap()) {
        for field in FIELDS {
            assert_eq!(a[field], b[field], "{name} field {field}");
        }
        let keys: Vec<&String> = a.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            FIELDS.iter().collect::<Vec<_>>(),
            "{name}: field order"
        );
    }
    // deposit-cli 1.3.1 writes its own version, as the wallet does: nothing to normalise.
    assert_eq!(b[0]["deposit_cli_version"], DEPOSIT_CLI_VERSION);
    assert_eq!(ours.json, theirs_text, "{name}: byte for byte");
    assert_eq!(
        ours.file_name,
        vector["file_name"].as_str().unwrap(),
        "{name}"
    );
}

#[test]
fn deposit_cli_131_top_ups_reproduce_byte_for_byte() {
    let top_ups = vectors_of("top_up");
    assert_eq!(top_ups.len(), 5);
    for vector in &top_ups {
        let made = file(call("create_top_up_deposit", top_up_options(vector)).unwrap());
        assert_eq!(made.kind, FileKind::PartialDeposit);
        assert_eq!(made.kind.folder(), vector["folder"].as_str().unwrap());
        assert_same_file(&made, vector);
    }
}

#[test]
fn a_top_up_from_deposit_clis_own_keystore_equals_its_file() {
    let vector = &vectors_of("top_up")[0];
    let made = file(
        call(
            "create_top_up_deposit",
            json!({
                "keystore": vector["keystore"].to_string(),
                "password": vector["keystore_password"],
                "chain": vector["chain"],
                "withdrawal": {"type": vector["withdrawal"], "address": vectors(VECTORS)["withdrawal_address"]},
                "amount": vector["amount"],
                "timestamp": timestamp(vector["file_name"].as_str().unwrap()),
            }),
        )
        .unwrap(),
    );
    assert_same_file(&made, vector);
    // A wrong password signs nothing, and says where.
    let err = call(
        "create_top_up_deposit",
        json!({
            "keystore": vector["keystore"].to_string(), "password": "not the password",
            "chain": vector["chain"], "amount": vector["amount"],
            "withdrawal": {"type": "compounding", "address": vectors(VECTORS)["withdrawal_address"]},
        }),
    )
    .unwrap_err();
    assert_eq!(
        (err.code, err.field.as_deref()),
        (ErrorCode::KeystoreWrongPassword, Some("password"))
    );
    // A keystore that states another key than the validator's is refused before its KDF:
    // the wrong password is never tried.
    let other = derive_validator_keys(&seed(ABANDON_ART), 1, 1).unwrap();
    let err = call(
        "create_top_up_deposit",
        json!({
            "keystore": vector["keystore"].to_string(), "password": "not the password",
            "chain": vector["chain"], "amount": vector["amount"],
            "validatorPubkey": other[0].signing_pubkey.to_hex(),
            "withdrawal": {"type": "compounding", "address": vectors(VECTORS)["withdrawal_address"]},
        }),
    )
    .unwrap_err();
    assert_eq!(
        (err.code, err.field.as_deref()),
        (ErrorCode::ExitPubkeyMismatch, Some("validatorPubkey"))
    );
}

#[test]
fn deposit_cli_131_builder_deposits_reproduce_byte_for_byte() {
    let builders = vectors_of("builder");
    assert_eq!(builders.len(), 3);
    for vector in &builders {
        let made = files(call("create_builder_deposits", builder_options(vector)).unwrap());
        let count = vector["count"].as_u64().unwrap() as usize;
        let start = vector["start_index"].as_u64().unwrap() as u32;
        assert_eq!(made.len(), count + 1);
        let (keystores, deposit) = made.split_at(count);
        assert_eq!(deposit[0].kind, FileKind::BuilderDepositData);
        assert_eq!(deposit[0].kind.folder(), vector["folder"].as_str().unwrap());
        assert_same_file(&deposit[0], vector);
        // Keystores as for validators, in builder_keys/: each opens to the key its deposit
        // names, at the validator signing path.
        let entries: Value = serde_json::from_str(&deposit[0].json).unwrap();
        for (i, keystore) in keystores.iter().enumerate() {
            let index = start + i as u32;
            assert_eq!(keystore.kind, FileKind::BuilderKeystore);
            assert_eq!(keystore.kind.folder(), "builder_keys");
            assert_eq!(
                keystore.file_name,
                format!(
                    "keystore-m_12381_3600_{index}_0_0-{}.json",
                    timestamp(vector["file_name"].as_str().unwrap())
                )
            );
            let parsed = keystore_from_json(&keystore.json).unwrap();
            assert_eq!(parsed.path, format!("m/12381/3600/{index}/0/0"));
            let key = parsed.decrypt(PASSWORD).unwrap();
            assert_eq!(
                hex::encode(key.public_key().to_bytes()),
                entries[i]["pubkey"].as_str().unwrap()
            );
        }
    }
}

/// The specs' own algorithms, written out for this test alone.
mod spec {
    use super::*;

    fn sha256(parts: &[&[u8]]) -> [u8; 32] {
        let mut hasher = Sha256::new();
        for part in parts {
            hasher.update(part);
        }
        hasher.finalize().into()
    }

    fn chunk(bytes: &[u8]) -> [u8; 32] {
        let mut chunk = [0u8; 32];
        chunk[..bytes.len()].copy_from_slice(bytes);
        chunk
    }

    /// `hash_tree_root(Bytes48)`: two chunks.
    fn root48(bytes: &[u8]) -> [u8; 32] {
        sha256(&[&chunk(&bytes[..32]), &chunk(&bytes[32..])])
    }

    /// `hash_tree_root(Bytes96)`: three chunks, padded to four.
    fn root96(bytes: &[u8]) -> [u8; 32] {
        let left = sha256(&[&bytes[..32], &bytes[32..64]]);
        let right = sha256(&[&bytes[64..], &[0u8; 32]]);
        sha256(&[&left, &right])
    }

    fn uint64(value: u64) -> [u8; 32] {
        chunk(&value.to_le_bytes())
    }

    /// `hash_tree_root(DepositMessage)`: three fields, padded to four.
    pub fn deposit_message_root(pubkey: &[u8], credentials: &[u8], amount: u64) -> [u8; 32] {
        let left = sha256(&[&root48(pubkey), credentials]);
        let right = sha256(&[&uint64(amount), &[0u8; 32]]);
        sha256(&[&left, &right])
    }

    /// `hash_tree_root(DepositData)`: four fields.
    pub fn deposit_data_root(
        pubkey: &[u8],
        credentials: &[u8],
        amount: u64,
        signature: &[u8],
    ) -> [u8; 32] {
        let left = sha256(&[&root48(pubkey), credentials]);
        let right = sha256(&[&uint64(amount), &root96(signature)]);
        sha256(&[&left, &right])
    }

    /// `compute_domain(domain_type, fork_version, ZERO_ROOT)`.
    pub fn compute_domain(domain_type: [u8; 4], fork_version: &[u8]) -> [u8; 32] {
        let fork_data_root = sha256(&[&chunk(fork_version), &[0u8; 32]]);
        let mut domain = [0u8; 32];
        domain[..4].copy_from_slice(&domain_type);
        domain[4..].copy_from_slice(&fork_data_root[..28]);
        domain
    }

    /// `compute_signing_root(object_root, domain)`: `hash_tree_root(SigningData)`.
    pub fn compute_signing_root(object_root: &[u8; 32], domain: &[u8; 32]) -> [u8; 32] {
        sha256(&[object_root, domain])
    }
}

fn bytes(entry: &Value, field: &str) -> Vec<u8> {
    hex::decode(entry[field].as_str().unwrap()).unwrap()
}

#[test]
fn every_pinned_file_checks_by_the_specs_own_algorithms() {
    let file = vectors(VECTORS);
    // The constants, as gloas `beacon-chain.md` and deposit-cli 1.3.1 define them.
    let constants = &file["constants"];
    assert_eq!(
        format!("0x{}", hex::encode(DOMAIN_BUILDER_DEPOSIT)),
        constants["DOMAIN_BUILDER_DEPOSIT"]
    );
    assert_eq!(DOMAIN_BUILDER_DEPOSIT, [0x0e, 0, 0, 0]);
    assert_eq!(DOMAIN_DEPOSIT, [0x03, 0, 0, 0]);
    assert_eq!(
        format!("0x{BUILDER_WITHDRAWAL_PREFIX:02x}"),
        constants["BUILDER_WITHDRAWAL_PREFIX"]
    );
    assert_eq!(BUILDER_MIN_DEPOSIT, constants["BUILDER_MIN_DEPOSIT_GWEI"]);
    let address = hex::decode(&file["withdrawal_address"].as_str().unwrap()[2..]).unwrap();
    let keys = derive_validator_keys(&seed(ABANDON_ART), 0, 6).unwrap();

    let mut checked = 0;
    for vector in file["vectors"].as_array().unwrap() {
        let name = vector["name"].as_str().unwrap();
        let builder = vector["kind"] == "builder";
        let entries: Value = serde_json::from_str(vector["file"].as_str().unwrap()).unwrap();
        let chain = Chain::builtin(vector["chain"].as_str().unwrap()).unwrap();
        for (i, entry) in entries.as_array().unwrap().iter().enumerate() {
            let pubkey = bytes(entry, "pubkey");
            let credentials = bytes(entry, "withdrawal_credentials");
            let signature = bytes(entry, "signature");
            let amount = entry["amount"].as_u64().unwrap();
            // The key: the validator signing key at the vector's index, for builders too.
            let index = if builder {
                vector["start_index"].as_u64().unwrap() as usize + i
            } else {
                vector["key_index"].as_u64().unwrap() as usize
            };
            assert_eq!(pubkey, keys[index].signing_pubkey.to_bytes(), "{name}");
            // The credentials: prefix ‖ 0x00 × 11 ‖ address.
            let prefix = match (builder, vector["withdrawal"].as_str()) {
                (true, _) => 0xb0,
                (false, Some("compounding")) => 0x02,
                (false, _) => 0x01,
            };
            let mut expected = vec![prefix];
            expected.extend([0u8; 11]);
            expected.extend(&address);
            assert_eq!(credentials, expected, "{name}");
            // The amount: as typed, ×32 on Gnosis chains for top-ups only.
            let typed =
                withdrawal_wallet::parse_ether_amount(vector["amount"].as_str().unwrap()).unwrap();
            let multiplier = if builder { 1 } else { chain.deposit_multiplier };
            assert_eq!(amount, typed * multiplier, "{name}");
            // The roots and the fork version.
            let message_root = spec::deposit_message_root(&pubkey, &credentials, amount);
            assert_eq!(
                hex::encode(message_root),
                entry["deposit_message_root"],
                "{name}"
            );
            assert_eq!(
                hex::encode(spec::deposit_data_root(
                    &pubkey,
                    &credentials,
                    amount,
                    &signature
                )),
                entry["deposit_data_root"],
                "{name}"
            );
            assert_eq!(
                entry["fork_version"],
                hex::encode(chain.genesis_fork_version),
                "{name}"
            );
            assert_eq!(entry["network_name"], chain.name, "{name}");
            // The signature, over its own domain only.
            let key = PublicKey::from_bytes(&pubkey).unwrap();
            let signature = Signature::from_bytes(signature.try_into().unwrap());
            let (own, other) = if builder {
                (DOMAIN_BUILDER_DEPOSIT, DOMAIN_DEPOSIT)
            } else {
                (DOMAIN_DEPOSIT, DOMAIN_BUILDER_DEPOSIT)
            };
            let root = |domain_type| {
                spec::compute_signing_root(
                    &message_root,
                    &spec::compute_domain(domain_type, &chain.genesis_fork_version),
                )
            };
            assert!(verify(&key, &root(own), &signature), "{name}");
            assert!(
                !verify(&key, &root(other), &signature),
                "{name}: domains are separate"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 9);
}

fn verify_options(json: &str, chain: &str) -> VerifyFile {
    VerifyFile {
        json: json.to_owned(),
        kind: None,
        chain: ChainInput::name(chain),
        pubkey: None,
        keystore: None,
        expected_address: None,
        mnemonic: None,
        passphrase: SecretText::default(),
        language: None,
        key_count: None,
    }
}

fn verified(request: VerifyFile) -> withdrawal_wallet::FileVerification {
    match run(
        &Request::VerifyFile(request),
        &mut Context {
            now: 1,
            on_progress: &mut |_| {},
            import: None,
            shared_salt: None,
        },
    )
    .unwrap()
    {
        Response::Verified(verification) => verification,
        other => panic!("{other:?}"),
    }
}

#[test]
fn verify_files_recognises_and_reads_both_kinds() {
    for vector in vectors(VECTORS)["vectors"].as_array().unwrap() {
        let name = vector["name"].as_str().unwrap();
        let chain = vector["chain"].as_str().unwrap();
        let builder = vector["kind"] == "builder";
        let verification = verified(VerifyFile {
            expected_address: Some(
                vectors(VECTORS)["withdrawal_address"]
                    .as_str()
                    .unwrap()
                    .into(),
            ),
            mnemonic: Some(SecretText::new(ABANDON_ART)),
            key_count: Some(8),
            ..verify_options(vector["file"].as_str().unwrap(), chain)
        });
        // A top-up has no shape of its own: it is read as deposit data.
        let kind = if builder {
            FileKind::BuilderDepositData
        } else {
            FileKind::DepositData
        };
        assert_eq!(verification.kind, kind, "{name}");
        assert!(verification.warnings.is_empty(), "{name}");
        assert_eq!(
            verification.addresses,
            [vectors(VECTORS)["withdrawal_address"].as_str().unwrap()],
            "{name}"
        );
        for (i, entry) in verification.entries.iter().enumerate() {
            assert!(entry.report.ok, "{name}: {:?}", entry.report.problems);
            let content = match (&entry.content, builder) {
                (EntryContent::BuilderDeposit(content), true)
                | (EntryContent::Deposit(content), false) => content,
                (other, _) => panic!("{name}: {other:?}"),
            };
            assert_eq!(content.signature, SignatureStatus::Valid);
            let credentials = content.withdrawal_credentials.as_ref().unwrap();
            let expected_kind = match (builder, vector["withdrawal"].as_str()) {
                (true, _) => CredentialsKind::Builder,
                (false, Some("compounding")) => CredentialsKind::Compounding,
                (false, _) => CredentialsKind::Execution,
            };
            assert_eq!(credentials.kind, Some(expected_kind), "{name}");
            // The key index of the signing key: the builder's index, or the validator's.
            let index = if builder {
                vector["start_index"].as_u64().unwrap() as u32 + i as u32
            } else {
                vector["key_index"].as_u64().unwrap() as u32
            };
            let matches = entry.key_matches.as_ref().unwrap();
            assert_eq!(matches[0].key_index, Some(index), "{name}");
        }
        // A top-up named as one reads the same.
        if !builder {
            let as_top_up = verified(VerifyFile {
                kind: Some(FileKind::PartialDeposit),
                ..verify_options(vector["file"].as_str().unwrap(), chain)
            });
            assert!(as_top_up.entries.iter().all(|entry| entry.report.ok));
            assert_eq!(as_top_up.kind, FileKind::PartialDeposit);
        }
    }
    // Builder amounts read without a multiplier, top-ups with it.
    let gnosis_builder = &vectors_of("builder")[2];
    let verification = verified(verify_options(
        gnosis_builder["file"].as_str().unwrap(),
        "gnosis",
    ));
    let EntryContent::BuilderDeposit(content) = &verification.entries[0].content else {
        panic!()
    };
    assert_eq!(content.amount.as_deref(), Some("1 GNO"));
    let gnosis_top_up = &vectors_of("top_up")[3];
    let verification = verified(verify_options(
        gnosis_top_up["file"].as_str().unwrap(),
        "gnosis",
    ));
    let EntryContent::Deposit(content) = &verification.entries[0].content else {
        panic!()
    };
    assert_eq!(content.amount.as_deref(), Some("0.03125 GNO"));
}

/// A builder file checked as validator deposit data, and the other way round: each is refused
/// for its prefix and its signature (the domains differ), never passed.
#[test]
fn each_kind_fails_as_the_other() {
    let builder = vectors_of("builder")[0]["file"]
        .as_str()
        .unwrap()
        .to_owned();
    let top_up = vectors_of("top_up")[0]["file"].as_str().unwrap().to_owned();
    let codes =
        |verification: withdrawal_wallet::FileVerification| -> Vec<(ErrorCode, Option<String>)> {
            verification.entries[0]
                .report
                .problems
                .iter()
                .map(|problem| (problem.code, problem.field.clone()))
                .collect()
        };
    let as_deposit = verified(VerifyFile {
        kind: Some(FileKind::DepositData),
        ..verify_options(&builder, "hoodi")
    });
    assert_eq!(
        codes(as_deposit.clone()),
        [
            (
                ErrorCode::CredentialsPrefix,
                Some("withdrawal_credentials".into())
            ),
            (ErrorCode::SignatureInvalid, Some("signature".into())),
        ]
    );
    assert_eq!(
        as_deposit.entries[0].report.problems[0].message,
        "withdrawal_credentials prefix 0xb0 is not 0x00, 0x01 or 0x02"
    );
    let as_builder = verified(VerifyFile {
        kind: Some(FileKind::BuilderDepositData),
        ..verify_options(&top_up, "hoodi")
    });
    let problems = &as_builder.entries[0].report.problems;
    assert_eq!(
        codes(as_builder.clone()),
        [
            (
                ErrorCode::CredentialsPrefix,
                Some("withdrawal_credentials".into())
            ),
            (ErrorCode::SignatureInvalid, Some("signature".into())),
        ]
    );
    assert_eq!(
        problems[0].message,
        "withdrawal_credentials prefix 0x02 is not the builder prefix 0xb0"
    );
    assert_eq!(
        problems[0].params.get("reason"),
        Some(&Param::Text("builder".into()))
    );
    assert_eq!(
        problems[1].message,
        "signature does not verify for hoodi builder deposits"
    );
}

/// Each field of a builder entry, changed, is named by the verifier.
#[test]
fn builder_verification_names_every_tampered_field() {
    let original: Value =
        serde_json::from_str(vectors_of("builder")[0]["file"].as_str().unwrap()).unwrap();
    let cases: [(&str, Value, ErrorCode, &str); 6] = [
        (
            "amount",
            json!(999_999_999u64),
            ErrorCode::BuilderAmountTooSmall,
            "amount",
        ),
        (
            "amount",
            json!(2_000_000_000u64),
            ErrorCode::RootMismatch,
            "deposit_message_root",
        ),
        (
            "withdrawal_credentials",
            json!(format!("b001{}", "00".repeat(30))),
            ErrorCode::CredentialsPadding,
            "withdrawal_credentials",
        ),
        (
            "fork_version",
            json!("00000000"),
            ErrorCode::ForkVersionMismatch,
            "fork_version",
        ),
        (
            "network_name",
            json!("mainnet"),
            ErrorCode::NetworkNameMismatch,
            "network_name",
        ),
        (
            "deposit_data_root",
            json!("00".repeat(32)),
            ErrorCode::RootMismatch,
            "deposit_data_root",
        ),
    ];
    for (field, value, code, at) in cases {
        let mut entries = original.clone();
        entries[0][field] = value;
        let verification = verified(VerifyFile {
            kind: Some(FileKind::BuilderDepositData),
            ..verify_options(&entries.to_string(), "hoodi")
        });
        assert!(
            verification.entries[1].report.ok,
            "{field}: the other entry is untouched"
        );
        let problems = &verification.entries[0].report.problems;
        assert!(
            problems
                .iter()
                .any(|problem| problem.code == code && problem.field.as_deref() == Some(at)),
            "{field}: {problems:?}"
        );
    }
    // No upper limit: a builder deposit of u64::MAX gwei is only refused for its roots and
    // signature here, never for its size.
    let mut entries = original.clone();
    entries[0]["amount"] = json!(u64::MAX);
    let verification = verified(VerifyFile {
        kind: Some(FileKind::BuilderDepositData),
        ..verify_options(&entries.to_string(), "hoodi")
    });
    assert!(verification.entries[0]
        .report
        .problems
        .iter()
        .all(|problem| problem.field.as_deref() != Some("amount")));
}

#[test]
fn a_builder_review_shows_the_keys_and_says_they_are_validator_keys() {
    let vector = &vectors_of("builder")[0];
    let Response::BuilderReview(review) =
        call("review_builder_deposits", builder_options(vector)).unwrap()
    else {
        panic!()
    };
    let BuilderDepositReview {
        chain,
        withdrawal_credentials,
        amount_gwei,
        amount,
        keys,
        notices,
    } = review;
    assert_eq!(chain, "hoodi");
    assert_eq!(withdrawal_credentials.kind, Some(CredentialsKind::Builder));
    assert_eq!(
        withdrawal_credentials.address.as_deref(),
        vectors(VECTORS)["withdrawal_address"].as_str()
    );
    assert_eq!((amount_gwei, amount.as_str()), (1_000_000_000, "1 ETH"));
    let validators = derive_validator_keys(&seed(ABANDON_ART), 0, 2).unwrap();
    assert_eq!(keys.len(), 2);
    for (key, validator) in keys.iter().zip(&validators) {
        assert_eq!(key.pubkey, validator.signing_pubkey.to_hex());
        assert_eq!(key.path, validator.signing_path.to_string());
    }
    // The warning is data the page renders in its language: a code and the indices.
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].code, ErrorCode::BuilderKeysAreValidatorKeys);
    assert_eq!(
        notices[0].params.get("first_index"),
        Some(&Param::Text("0".into()))
    );
    assert_eq!(
        notices[0].params.get("last_index"),
        Some(&Param::Text("1".into()))
    );
}

#[test]
fn a_top_up_review_shows_what_is_signed_and_a_wrong_key_signs_nothing() {
    let vector = &vectors_of("top_up")[0];
    let validators = derive_validator_keys(&seed(ABANDON_ART), 0, 2).unwrap();
    let Response::TopUpReview(review) =
        call("review_top_up_deposit", top_up_options(vector)).unwrap()
    else {
        panic!()
    };
    let TopUpReview {
        chain,
        pubkey,
        key_index,
        path,
        withdrawal_credentials,
        amount_gwei,
        amount,
        problem,
    } = review;
    assert_eq!(
        (chain.as_str(), key_index, path.as_str()),
        ("hoodi", Some(0), "m/12381/3600/0/0/0")
    );
    assert_eq!(pubkey, validators[0].signing_pubkey.to_hex());
    assert_eq!(
        withdrawal_credentials.kind,
        Some(CredentialsKind::Compounding)
    );
    assert_eq!((amount_gwei, amount.as_str()), (40_500_000_000, "40.5 ETH"));
    assert_eq!(problem, None);

    // From the keystore: its stated key and path, without opening it.
    let Response::TopUpReview(review) = call(
        "review_top_up_deposit",
        json!({
            "keystore": vector["keystore"].to_string(), "password": "not tried in a review",
            "chain": "hoodi", "amount": "1",
            "withdrawal": {"type": "execution", "address": vectors(VECTORS)["withdrawal_address"]},
        }),
    )
    .unwrap() else {
        panic!()
    };
    assert_eq!(review.pubkey, validators[0].signing_pubkey.to_hex());
    assert_eq!(
        (review.key_index, review.path.as_str()),
        (None, "m/12381/3600/0/0/0")
    );

    // The validator's pubkey given: key index 1 is not validator 0's key.
    let mut options = top_up_options(vector);
    options["keyIndex"] = json!(1);
    options["validatorPubkey"] = json!(validators[0].signing_pubkey.to_hex());
    let Response::TopUpReview(review) = call("review_top_up_deposit", options.clone()).unwrap()
    else {
        panic!()
    };
    let problem = review.problem.unwrap();
    assert_eq!(
        (problem.code, problem.field.as_deref()),
        (ErrorCode::ExitPubkeyMismatch, Some("validatorPubkey"))
    );
    let err = call("create_top_up_deposit", options.clone()).unwrap_err();
    assert_eq!(err, problem);
    // The right one signs.
    options["keyIndex"] = json!(0);
    assert!(call("create_top_up_deposit", options).is_ok());
}

/// Two workers make what one makes: the same deposit file byte for byte, every keystore once,
/// in order; a review's parts join into one notice over the whole range.
#[test]
fn builder_requests_split_over_workers_and_merge_back() {
    let vector = &vectors_of("builder")[0];
    let mut options = builder_options(vector);
    options["operation"] = json!("create_builder_deposits");
    let request: Request = request_from_json(options.clone()).unwrap();
    let parts = request.split(2, 1);
    assert_eq!(parts.len(), 2);
    let responses: Vec<Response> = parts
        .iter()
        .map(|part| {
            run(
                part,
                &mut Context {
                    now: 1,
                    on_progress: &mut |_| {},
                    import: None,
                    shared_salt: Some([7; 32]),
                },
            )
            .unwrap()
        })
        .collect();
    let merged = files(merge(responses).unwrap());
    let names: Vec<&str> = merged.iter().map(|file| file.file_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "keystore-m_12381_3600_0_0_0-1767225605.json",
            "keystore-m_12381_3600_1_0_0-1767225605.json",
            "builder_deposit_data-1767225605.json"
        ]
    );
    assert_same_file(&merged[2], vector);

    options["operation"] = json!("review_builder_deposits");
    let review: Request = request_from_json(options).unwrap();
    let reviews: Vec<Response> = review
        .split(2, 1)
        .iter()
        .map(|part| {
            run(
                part,
                &mut Context {
                    now: 1,
                    on_progress: &mut |_| {},
                    import: None,
                    shared_salt: None,
                },
            )
            .unwrap()
        })
        .collect();
    let Response::BuilderReview(merged) = merge(reviews).unwrap() else {
        panic!()
    };
    assert_eq!(merged.keys.len(), 2);
    assert_eq!(merged.notices.len(), 1);
    assert_eq!(
        merged.notices[0].params.get("last_index"),
        Some(&Param::Text("1".into()))
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

    /// Any whole-gwei top-up: accepted exactly when its written amount (×32 on Gnosis chains)
    /// is 1 to 2048 ETH, as deposit-cli 1.3.1 accepts it; a builder amount exactly from 1 ETH.
    #[test]
    fn amounts_are_accepted_exactly_in_deposit_clis_ranges(
        native in proptest::prop_oneof![
            0u64..3_000_000_000_000,
            proptest::prelude::any::<u64>(),
            900_000_000u64..1_100_000_000,
            2_047_000_000_000u64..2_049_000_000_000,
            31_000_000u64..33_000_000,
            63_000_000_000u64..65_000_000_000,
        ],
        gnosis in proptest::prelude::any::<bool>(),
    ) {
        let chain = Chain::builtin(if gnosis { "gnosis" } else { "hoodi" }).unwrap();
        let written = u128::from(native) * u128::from(chain.deposit_multiplier);
        let in_range = (1_000_000_000..=2_048_000_000_000).contains(&written);
        let checked = withdrawal_wallet::check_top_up_amount(native, &chain);
        proptest::prop_assert_eq!(checked.is_ok(), in_range);
        if let Ok(amount) = checked {
            proptest::prop_assert_eq!(u128::from(amount), written);
        }
        let builder = withdrawal_wallet::check_builder_amount(native);
        proptest::prop_assert_eq!(builder.is_ok(), native >= BUILDER_MIN_DEPOSIT);
    }
}

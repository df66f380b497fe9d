//! Proof of withdrawal-address ownership (deposit-cli 1.3.1's
//! `generate-bls-to-execution-change-keystore`): the pinned file for the public test mnemonic
//! (derived and checked outside the wallet, see `tests/vectors/SOURCES.md`), its signing root
//! recomputed here from the SSZ rules, and the request, review and verification around it.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use support::{vector_text, vectors, ABANDON_ART, TEST_JUNK, TEST_WASTE};
use withdrawal_wallet::{
    compute_domain, proof_signing_root, request_from_json, run, verify,
    verify_bls_to_execution_change_keystore, BlsToExecutionChangeKeystore, Chain, ChainInput,
    Context, CreateOwnershipProof, EntryContent, ErrorCode, FileKind, FileVerification,
    HashTreeRoot, KeyMatch, KeyRole, OutputFile, OwnershipProofReview, PublicKey, Request,
    Response, SecretText, Signature, SignatureStatus, VerifyFile, WalletError,
    DOMAIN_BLS_TO_EXECUTION_CHANGE_KEYSTORE,
};

/// deposit-cli's own test inputs (`tests/test_cli/test_generate_bls_to_execution_change_keystore.py`).
const ADDRESS: &str = "0xcd60A5f152724480c3a95E4Ff4dacEEf4074854d";
const VALIDATOR_INDEX: &str = "1";
const TIMESTAMP: u64 = 1700000000;
const GOLDEN: &str = "bls_to_execution_change_keystore_signature-1-1700000000.json";
const KEYSTORE_PASSWORD: &str = "ownership proof test password";

/// The roots the independent derivation (py-ssz 0.6.0) printed for the pinned file.
const MESSAGE_ROOT: &str = "0b75970b63e0f11c94e358f1f606746fc14472520360bf7bca911f205a1ba780";
const DOMAIN: &str = "0f000000b5303f2ad2010d699a76c8e62350947421a3e4a979779642cfdb0f66";
const SIGNING_ROOT: &str = "0d0a4743ec6475ce3433bdc89afe0fd504f0853940462bc7861bc2c0d6cdff20";

fn call(request: Value) -> Result<Response, WalletError> {
    let request: Request = request_from_json(request)?;
    run(
        &request,
        &mut Context {
            now: 1,
            on_progress: &mut |_| {},
            import: None,
            shared_salt: None,
        },
    )
}

fn with(mut base: Value, extra: Value) -> Value {
    for (key, value) in extra.as_object().unwrap() {
        if value.is_null() {
            base.as_object_mut().unwrap().remove(key);
        } else {
            base[key] = value.clone();
        }
    }
    base
}

/// The proof from the mnemonic at key index 0, on mainnet, as the golden file was made.
fn from_mnemonic() -> Value {
    json!({
        "operation": "create_ownership_proof",
        "mnemonic": TEST_WASTE,
        "keyIndex": 0,
        "chain": "mainnet",
        "validatorIndex": VALIDATOR_INDEX,
        "executionAddress": ADDRESS,
        "acknowledgePublicMnemonic": true,
        "timestamp": TIMESTAMP,
    })
}

fn file(response: Response) -> OutputFile {
    match response {
        Response::File(file) => file,
        other => panic!("{other:?}"),
    }
}

fn err(result: Result<Response, WalletError>) -> (ErrorCode, Option<String>, WalletError) {
    let err = result.expect_err("refused");
    (err.code, err.field.clone(), err)
}

/// test … waste's signing pubkey at key index 0, as staking-deposit-cli 2.7.0 published it.
fn published_pubkey() -> String {
    let vectors = vectors("deposit_cli_vectors.json");
    assert_eq!(vectors["mnemonic"], TEST_WASTE);
    let first = vectors["vectors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|vector| vector["validator_start_index"] == 0)
        .unwrap();
    first["deposit_data"][0]["pubkey"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// A keystore of test … waste's signing key 0, made by the wallet (PBKDF2, to be quick).
fn keystore() -> String {
    let files = match call(json!({
        "operation": "create_keystores",
        "mnemonic": TEST_WASTE,
        "startIndex": 0,
        "count": 1,
        "password": KEYSTORE_PASSWORD,
        "kdf": "pbkdf2",
        "timestamp": 1,
    }))
    .unwrap()
    {
        Response::Files(files) => files,
        other => panic!("{other:?}"),
    };
    files[0].json.clone()
}

#[test]
fn the_mnemonic_proof_is_the_pinned_file_byte_for_byte() {
    let proof = file(call(from_mnemonic()).unwrap());
    assert_eq!(proof.kind, FileKind::BlsToExecutionChangeKeystore);
    assert_eq!(proof.file_name, GOLDEN);
    assert_eq!(proof.json, vector_text(GOLDEN));
    assert_eq!(
        proof.kind.folder(),
        "bls_to_execution_changes_keystore",
        "deposit-cli's DEFAULT_BLS_TO_EXECUTION_CHANGES_KEYSTORE_FOLDER_NAME"
    );
    // deposit-cli's layout: json.dump, message keys in its order, an integer index.
    assert!(proof.json.starts_with(
        "{\"message\": {\"to_execution_address\": \"0xcd60a5f152724480c3a95e4ff4daceef4074854d\", \"validator_index\": 1}, \"signature\": \"0x"
    ));
    assert!(!proof.json.ends_with('\n'));
}

#[test]
fn the_keystore_proof_is_the_same_file() {
    let proof = file(
        call(json!({
            "operation": "create_ownership_proof",
            "keystore": keystore(),
            "password": KEYSTORE_PASSWORD,
            "chain": "mainnet",
            "validatorIndex": VALIDATOR_INDEX,
            "executionAddress": ADDRESS,
            "validatorPubkey": published_pubkey(),
            "timestamp": TIMESTAMP,
        }))
        .unwrap(),
    );
    assert_eq!(proof.file_name, GOLDEN);
    assert_eq!(proof.json, vector_text(GOLDEN));
}

/// The pinned file checked without the wallet's signing path: the container's root from the
/// SSZ rules by hand (two chunks hashed), the domain from the published chain values, the
/// signing root as `SigningData`'s, and the signature against staking-deposit-cli's pubkey.
#[test]
fn the_pinned_file_verifies_from_the_ssz_rules() {
    let golden: Value = serde_json::from_str(&vector_text(GOLDEN)).unwrap();
    let index = golden["message"]["validator_index"].as_u64().unwrap();
    assert!(golden["message"]["validator_index"].is_u64());
    let address =
        hex::decode(&golden["message"]["to_execution_address"].as_str().unwrap()[2..]).unwrap();
    let sha = |left: &[u8], right: &[u8]| -> [u8; 32] {
        let mut hasher = Sha256::new();
        hasher.update(left);
        hasher.update(right);
        hasher.finalize().into()
    };
    let mut index_chunk = [0u8; 32];
    index_chunk[..8].copy_from_slice(&index.to_le_bytes());
    let mut address_chunk = [0u8; 32];
    address_chunk[..20].copy_from_slice(&address);
    let message_root = sha(&index_chunk, &address_chunk);
    assert_eq!(hex::encode(message_root), MESSAGE_ROOT);
    let container = BlsToExecutionChangeKeystore {
        validator_index: index,
        to_execution_address: address.clone().try_into().unwrap(),
    };
    assert_eq!(container.hash_tree_root(), message_root);

    let constants = vectors("consensus_constants.json");
    let mainnet = &constants["chains"]["mainnet"];
    let fork: [u8; 4] = hex::decode(&mainnet["GENESIS_FORK_VERSION"].as_str().unwrap()[2..])
        .unwrap()
        .try_into()
        .unwrap();
    let root: [u8; 32] = hex::decode(&mainnet["genesis_validators_root"].as_str().unwrap()[2..])
        .unwrap()
        .try_into()
        .unwrap();
    // ForkData(current_version, genesis_validators_root): two chunks.
    let mut version_chunk = [0u8; 32];
    version_chunk[..4].copy_from_slice(&fork);
    let fork_data_root = sha(&version_chunk, &root);
    let mut domain = [0u8; 32];
    domain[..4].copy_from_slice(&[0x0f, 0, 0, 0]);
    domain[4..].copy_from_slice(&fork_data_root[..28]);
    assert_eq!(hex::encode(domain), DOMAIN);
    assert_eq!(
        compute_domain(DOMAIN_BLS_TO_EXECUTION_CHANGE_KEYSTORE, fork, root),
        domain
    );
    let signing_root = sha(&message_root, &domain);
    assert_eq!(hex::encode(signing_root), SIGNING_ROOT);
    let mainnet_chain = Chain::builtin("mainnet").unwrap();
    assert_eq!(
        proof_signing_root(&mainnet_chain, index, container.to_execution_address).unwrap(),
        signing_root
    );

    let pubkey = PublicKey::from_bytes(&hex::decode(published_pubkey()).unwrap()).unwrap();
    let signature: [u8; 96] = hex::decode(&golden["signature"].as_str().unwrap()[2..])
        .unwrap()
        .try_into()
        .unwrap();
    assert!(verify(
        &pubkey,
        &signing_root,
        &Signature::from_bytes(signature)
    ));
    // Not a consensus message: the BLS-change domain (0x0A) does not verify it.
    let mut change_domain = domain;
    change_domain[0] = 0x0a;
    assert!(!verify(
        &pubkey,
        &sha(&message_root, &change_domain),
        &Signature::from_bytes(signature)
    ));
    let report =
        verify_bls_to_execution_change_keystore(&vector_text(GOLDEN), &mainnet_chain, &pubkey)
            .unwrap();
    assert!(report.ok, "{:?}", report.problems);
}

fn review(request: Value) -> OwnershipProofReview {
    let mut request = request;
    request["operation"] = json!("review_ownership_proof");
    match call(request).unwrap() {
        Response::OwnershipProofReview(review) => review,
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_review_shows_what_will_be_signed_and_signs_nothing() {
    let shown = review(from_mnemonic());
    assert_eq!(shown.chain, "mainnet");
    assert_eq!(
        shown.genesis_validators_root,
        "0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95"
    );
    assert_eq!(shown.validator_index, "1");
    assert_eq!(shown.execution_address, ADDRESS);
    assert_eq!(shown.key_index, Some(0));
    assert_eq!(shown.pubkey, format!("0x{}", published_pubkey()));
    assert_eq!(shown.problem, None);

    // Another validator's key: the review names the problem, and signing refuses.
    let someone = withdrawal_wallet::derive_validator_keys(&support::seed(ABANDON_ART), 0, 1)
        .unwrap()[0]
        .signing_pubkey
        .to_hex();
    let mismatched = with(from_mnemonic(), json!({"validatorPubkey": someone}));
    let problem = review(mismatched.clone()).problem.unwrap();
    assert_eq!(problem.code, ErrorCode::ExitPubkeyMismatch);
    assert_eq!(problem.field.as_deref(), Some("validatorPubkey"));
    assert_eq!(
        problem.message,
        format!(
            "key index 0 of the mnemonic gives the signing key 0x{}, not the validator's {someone}; nothing was signed",
            published_pubkey()
        )
    );
    let (code, field, _) = err(call(mismatched));
    assert_eq!(
        (code, field.as_deref()),
        (ErrorCode::ExitPubkeyMismatch, Some("validatorPubkey"))
    );

    // A keystore: its stated pubkey, no key index, and no password tried.
    let shown = review(json!({
        "keystore": keystore(),
        "password": "not tried by a review",
        "chain": "hoodi",
        "validatorIndex": "18446744073709551615",
        "executionAddress": ADDRESS,
    }));
    assert_eq!(shown.chain, "hoodi");
    assert_eq!(shown.key_index, None);
    assert_eq!(shown.pubkey, format!("0x{}", published_pubkey()));
    assert_eq!(shown.validator_index, "18446744073709551615");
}

fn verify_request(json: &str, chain: &str) -> VerifyFile {
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

fn verify_file(request: VerifyFile) -> Result<FileVerification, WalletError> {
    match run(
        &Request::VerifyFile(request),
        &mut Context {
            now: 1,
            on_progress: &mut |_| {},
            import: None,
            shared_salt: None,
        },
    )? {
        Response::Verified(verification) => Ok(verification),
        other => panic!("{other:?}"),
    }
}

fn proof_content(verification: &FileVerification) -> withdrawal_wallet::BlsChangeKeystoreContent {
    match &verification.entries[0].content {
        EntryContent::BlsChangeKeystore(proof) => proof.clone(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn verify_files_checks_a_proof_against_a_pubkey_a_keystore_or_the_mnemonic() {
    let golden = vector_text(GOLDEN);
    let pubkey = format!("0x{}", published_pubkey());

    // Against the pubkey: recognised by its shape, the address where withdrawals go.
    let checked = verify_file(VerifyFile {
        pubkey: Some(pubkey.clone()),
        ..verify_request(&golden, "mainnet")
    })
    .unwrap();
    assert_eq!(checked.kind, FileKind::BlsToExecutionChangeKeystore);
    assert!(checked.networks.is_empty());
    assert_eq!(checked.addresses, [ADDRESS]);
    assert!(checked.entries[0].report.ok);
    let proof = proof_content(&checked);
    assert_eq!(proof.validator_index, Some(1));
    assert_eq!(proof.to_execution_address.as_deref(), Some(ADDRESS));
    assert_eq!(proof.signature, SignatureStatus::Valid);
    assert_eq!(proof.pubkey.map(hex::encode).as_deref(), Some(&pubkey[2..]));

    // Against a keystore's stated pubkey: the same.
    let by_keystore = verify_file(VerifyFile {
        keystore: Some(keystore()),
        ..verify_request(&golden, "mainnet")
    })
    .unwrap();
    assert_eq!(by_keystore.entries, checked.entries);

    // Against the mnemonic alone: its signing keys are tried; key index 0 signed it.
    let by_mnemonic = verify_file(VerifyFile {
        mnemonic: Some(SecretText::new(TEST_WASTE)),
        key_count: Some(4),
        ..verify_request(&golden, "mainnet")
    })
    .unwrap();
    let entry = &by_mnemonic.entries[0];
    assert!(entry.report.ok, "{:?}", entry.report.problems);
    assert_eq!(
        proof_content(&by_mnemonic).signature,
        SignatureStatus::Valid
    );
    assert_eq!(proof_content(&by_mnemonic).pubkey, None);
    assert_eq!(
        entry.key_matches.as_deref(),
        Some(
            &[KeyMatch {
                key: KeyRole::Signing,
                key_index: Some(0)
            }][..]
        )
    );
    assert_eq!(by_mnemonic.keys_checked, Some(4));

    // Another mnemonic signed nothing of it.
    let other = verify_file(VerifyFile {
        mnemonic: Some(SecretText::new(TEST_JUNK)),
        key_count: Some(3),
        ..verify_request(&golden, "mainnet")
    })
    .unwrap();
    let entry = &other.entries[0];
    assert!(!entry.report.ok);
    assert_eq!(proof_content(&other).signature, SignatureStatus::Invalid);
    assert_eq!(entry.report.problems.len(), 1);
    assert_eq!(entry.report.problems[0].code, ErrorCode::SignatureInvalid);
    assert_eq!(
        entry.report.problems[0].message,
        "signature does not verify for any signing key of the mnemonic's key indices 0 to 2 on mainnet"
    );

    // Another chain, another address expected.
    let hoodi = verify_file(VerifyFile {
        pubkey: Some(pubkey.clone()),
        expected_address: Some("0x0f51bb10119727a7e5eA3538074fb341F56B09Ad".into()),
        ..verify_request(&golden, "hoodi")
    })
    .unwrap();
    let codes: Vec<ErrorCode> = hoodi.entries[0]
        .report
        .problems
        .iter()
        .map(|problem| problem.code)
        .collect();
    assert_eq!(
        codes,
        [ErrorCode::SignatureInvalid, ErrorCode::VerifyAddressDiffers]
    );
    assert_eq!(
        hoodi.entries[0].report.problems[0].message,
        format!("signature does not verify as a hoodi proof of withdrawal-address ownership by validator key {pubkey}")
    );
    assert_eq!(
        hoodi.entries[0].report.problems[1].field.as_deref(),
        Some("message.to_execution_address")
    );

    // Nothing to check it against, or two things: refused by name.
    let nothing = verify_file(verify_request(&golden, "mainnet")).unwrap_err();
    assert_eq!(
        (nothing.code, nothing.field.as_deref()),
        (ErrorCode::OptionMissing, Some("pubkey"))
    );
    assert_eq!(nothing.params["reason"], "verify_needs_signer".into());
    let both = verify_file(VerifyFile {
        pubkey: Some(pubkey),
        keystore: Some(keystore()),
        ..verify_request(&golden, "mainnet")
    })
    .unwrap_err();
    assert_eq!(both.code, ErrorCode::OptionConflict);
    assert_eq!(both.params["reason"], "pubkey_or_keystore".into());
}

/// deposit-cli writes `validator_index` as a JSON integer; anything else is named.
#[test]
fn the_integer_validator_index_is_read_strictly() {
    let golden: Value = serde_json::from_str(&vector_text(GOLDEN)).unwrap();
    let pubkey = format!("0x{}", published_pubkey());
    let with_index = |raw: &str| {
        let text = vector_text(GOLDEN).replace(
            "\"validator_index\": 1}",
            &format!("\"validator_index\": {raw}}}"),
        );
        assert_ne!(text, vector_text(GOLDEN), "{raw}");
        let verification = verify_file(VerifyFile {
            pubkey: Some(pubkey.clone()),
            ..verify_request(&text, "mainnet")
        })
        .unwrap();
        verification.entries[0].report.problems.clone()
    };
    assert_eq!(golden["message"]["validator_index"], 1);
    for (raw, code, message) in [
        (
            "\"1\"",
            ErrorCode::FieldType,
            "message.validator_index is not a JSON integer",
        ),
        (
            "1.0",
            ErrorCode::NotUint64,
            "message.validator_index \"1.0\" is not a decimal uint64",
        ),
        (
            "1e0",
            ErrorCode::NotUint64,
            "message.validator_index \"1.0\" is not a decimal uint64",
        ),
        (
            "-1",
            ErrorCode::NotUint64,
            "message.validator_index \"-1\" is not a decimal uint64",
        ),
        (
            "18446744073709551616",
            ErrorCode::NotUint64,
            "message.validator_index \"1.8446744073709552e+19\" is not a decimal uint64",
        ),
        (
            "null",
            ErrorCode::FieldType,
            "message.validator_index is not a JSON integer",
        ),
        (
            "[1]",
            ErrorCode::FieldType,
            "message.validator_index is not a JSON integer",
        ),
    ] {
        let problems = with_index(raw);
        assert_eq!(problems.len(), 1, "{raw}: {problems:?}");
        assert_eq!(problems[0].code, code, "{raw}");
        assert_eq!(
            problems[0].field.as_deref(),
            Some("message.validator_index")
        );
        assert_eq!(problems[0].message, message, "{raw}");
    }
    // The largest uint64 is read (and, as another message, not signed by this signature).
    let problems = with_index("18446744073709551615");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].code, ErrorCode::SignatureInvalid);
    // A missing index, and a proof in an array.
    let missing = vector_text(GOLDEN).replace(", \"validator_index\": 1", "");
    let verification = verify_file(VerifyFile {
        pubkey: Some(pubkey.clone()),
        ..verify_request(&missing, "mainnet")
    })
    .unwrap();
    assert_eq!(
        verification.entries[0].report.problems[0].code,
        ErrorCode::FieldMissing
    );
    let array = format!("[{}]", vector_text(GOLDEN));
    let err = verify_file(VerifyFile {
        pubkey: Some(pubkey),
        ..verify_request(&array, "mainnet")
    })
    .unwrap_err();
    assert_eq!(err.code, ErrorCode::JsonNotObject);
    assert_eq!(err.params["reason"], "proof_in_array".into());
}

#[test]
fn requests_are_refused_before_any_secret_is_used() {
    let refused = |extra: Value| err(call(with(from_mnemonic(), extra)));
    // The chain must have a genesis validators root.
    let (code, field, _) = refused(json!({"chain": {
        "name": "ephemery-like",
        "genesisForkVersion": "0x9abc0001",
        "capellaForkVersion": "0x9abc0002",
    }}));
    assert_eq!(
        (code, field.as_deref()),
        (ErrorCode::ChainNoGenesisValidatorsRoot, Some("chain"))
    );
    // Indices and addresses, before the (bad) mnemonic.
    for (extra, expected, at) in [
        (
            json!({"validatorIndex": "1.5"}),
            ErrorCode::NotUint64,
            "validatorIndex",
        ),
        (
            json!({"validatorIndex": "18446744073709551616"}),
            ErrorCode::NotUint64,
            "validatorIndex",
        ),
        (
            json!({"executionAddress": ADDRESS.to_lowercase()}),
            ErrorCode::AddressNotChecksummed,
            "executionAddress",
        ),
        (
            json!({"executionAddress": "0x0000000000000000000000000000000000000000"}),
            ErrorCode::AddressZero,
            "executionAddress",
        ),
        (
            json!({"validatorPubkey": "0x1234"}),
            ErrorCode::HexWrongLength,
            "validatorPubkey",
        ),
    ] {
        let (code, field, err) = refused(with(extra.clone(), json!({"mnemonic": "abandon"})));
        assert_eq!(
            (code, field.as_deref()),
            (expected, Some(at)),
            "{extra}: {err:?}"
        );
    }
    // A number where the decimal text goes (read as the package reads its options).
    let mut options = with(from_mnemonic(), json!({"validatorIndex": 1}));
    options.as_object_mut().unwrap().remove("operation");
    let typed = request_from_json::<CreateOwnershipProof>(options).unwrap_err();
    assert_eq!(
        (typed.code, typed.field.as_deref()),
        (ErrorCode::OptionType, Some("validatorIndex"))
    );
    // One source of the signing key: a keystore or the mnemonic, never both or neither.
    for extra in [
        json!({"keystore": "{}", "password": "x"}),
        json!({"password": "x"}),
        json!({"mnemonic": null, "keyIndex": null, "acknowledgePublicMnemonic": null}),
        json!({"mnemonic": null, "keystore": "{}", "password": "x"}),
    ] {
        let (code, _, err) = refused(extra.clone());
        assert_eq!(code, ErrorCode::OptionConflict, "{extra}");
        assert_eq!(err.params["reason"], "keystore_or_mnemonic".into());
    }
    let (code, field, _) = refused(json!({"keyIndex": null}));
    assert_eq!(
        (code, field.as_deref()),
        (ErrorCode::OptionMissing, Some("keyIndex"))
    );
    let keystore_request = json!({
        "operation": "create_ownership_proof",
        "keystore": keystore(),
        "chain": "mainnet",
        "validatorIndex": "1",
        "executionAddress": ADDRESS,
    });
    let (code, field, _) = err(call(keystore_request.clone()));
    assert_eq!(
        (code, field.as_deref()),
        (ErrorCode::OptionMissing, Some("password"))
    );
    let (code, field, _) = err(call(with(
        keystore_request.clone(),
        json!({"password": "wrong password"}),
    )));
    assert_eq!(
        (code, field.as_deref()),
        (ErrorCode::KeystoreWrongPassword, Some("password"))
    );
    // The keystore states another key than the validator's: refused before its KDF runs.
    let someone = withdrawal_wallet::derive_validator_keys(&support::seed(ABANDON_ART), 0, 1)
        .unwrap()[0]
        .signing_pubkey
        .to_hex();
    let (code, field, err) = err(call(with(
        keystore_request,
        json!({"password": "not tried", "validatorPubkey": someone}),
    )));
    assert_eq!(
        (code, field.as_deref()),
        (ErrorCode::ExitPubkeyMismatch, Some("validatorPubkey"))
    );
    assert!(err.message.starts_with("the keystore holds the key 0x"));
    // A published test mnemonic on mainnet needs the acknowledgement.
    let (code, _, _) = refused(json!({"acknowledgePublicMnemonic": null}));
    assert_eq!(code, ErrorCode::MnemonicPublicNotAcknowledged);
    // Unknown options are named.
    let (code, field, _) = refused(json!({"withdrawalAddress": ADDRESS}));
    assert_eq!(
        (code, field.as_deref()),
        (ErrorCode::OptionUnknown, Some("withdrawalAddress"))
    );
}

//! Hostile inputs, round two (SECURITY.md, the "HD" ids): each case through the operations
//! layer, as the package and the workers reach the core, asserting codes and fields.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::time::Instant;

use serde_json::{json, Value};
use support::{vector_text, ABANDON_ART, TEST_JUNK};
use withdrawal_wallet::{
    request_from_json, run, Chain, Context, ErrorCode, Kdf, Request, Response, WalletError,
    BUILTIN_CHAIN_NAMES, DEPOSIT_CLI_VERSION,
};

const ADDRESS: &str = "0x0f51bb10119727a7e5eA3538074fb341F56B09Ad";

/// Reads `options` as the package reads them (strictly) into a request of `operation`, and
/// runs it.
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
            shared_salt: None,
        },
    )
}

fn code(result: Result<Response, WalletError>) -> (ErrorCode, Option<String>) {
    let err = result.expect_err("refused");
    (err.code, err.field)
}

fn hex(bytes: &[u8]) -> String {
    format!("0x{}", hex::encode(bytes))
}

fn custom(chain: &Chain, name: &str) -> Value {
    json!({
        "name": name,
        "genesisForkVersion": hex(&chain.genesis_fork_version),
        "capellaForkVersion": hex(&chain.capella_fork_version),
        "genesisValidatorsRoot": chain.genesis_validators_root.map(|root| hex(&root)),
    })
}

fn deposit(chain: Value, amount: &str) -> Result<Response, WalletError> {
    call(
        "create_deposit_data",
        json!({
            "mnemonic": TEST_JUNK, "startIndex": 0, "count": 1, "chain": chain,
            "withdrawal": {"type": "compounding", "address": ADDRESS}, "amount": amount,
            "acknowledgePublicMnemonic": true, "timestamp": 1,
        }),
    )
}

/// HD01: a custom chain with a built-in's values is that built-in (name, multiplier, real
/// value); with some of them it is refused; a built-in name with other values is refused.
#[test]
fn hd01_custom_chains_cannot_impersonate_builtins() {
    let gnosis = Chain::builtin("gnosis").unwrap();
    let Response::File(file) = deposit(custom(&gnosis, "my-gnosis"), "1").unwrap() else {
        panic!()
    };
    let entries: Value = serde_json::from_str(&file.json).unwrap();
    // 1 GNO is written with Gnosis's ×32 multiplier, under Gnosis's name.
    assert_eq!(entries[0]["amount"], 32_000_000_000u64);
    assert_eq!(entries[0]["network_name"], "gnosis");

    for name in BUILTIN_CHAIN_NAMES {
        let builtin = Chain::builtin(name).unwrap();
        let mut partly = custom(&builtin, "lookalike");
        partly["genesisValidatorsRoot"] = json!(hex(&[7; 32]));
        assert_eq!(
            code(deposit(partly, "32")),
            (
                ErrorCode::ChainImpersonatesBuiltin,
                Some("chain.genesisValidatorsRoot".into())
            ),
            "{name}"
        );
    }
    let hoodi = Chain::builtin("hoodi").unwrap();
    assert_eq!(
        code(deposit(custom(&hoodi, "mainnet"), "32")),
        (ErrorCode::ChainBuiltinNameReused, Some("chain.name".into()))
    );
    // Mainnet's values under another name: mainnet, so its acknowledgement applies.
    let mainnet = Chain::builtin("mainnet").unwrap();
    let unacknowledged = call(
        "create_deposit_data",
        json!({
            "mnemonic": TEST_JUNK, "startIndex": 0, "count": 1, "chain": custom(&mainnet, "quiet"),
            "withdrawal": {"type": "compounding", "address": ADDRESS},
        }),
    );
    assert_eq!(
        code(unacknowledged),
        (
            ErrorCode::MnemonicPublicNotAcknowledged,
            Some("acknowledgePublicMnemonic".into())
        )
    );
}

/// HD02: an ethdo file with mainnet's root and genesis fork but another exit fork version is
/// refused, naming the field (EIP-7044 fixes the exit domain to Capella's version).
#[test]
fn hd02_an_ethdo_file_cannot_override_a_builtin_exit_fork() {
    let file = vector_text("ethdo_offline_preparation_mainnet.json").replace(
        "\"exit_fork_version\": \"0x03000000\"",
        "\"exit_fork_version\": \"0x05000000\"",
    );
    assert!(file.contains("0x05000000"), "the vector's layout changed");
    let err = call(
        "find_validators",
        json!({"mnemonic": ABANDON_ART, "maxKeyIndex": 3, "import": file}),
    )
    .unwrap_err();
    assert_eq!(err.code, ErrorCode::ChainImpersonatesBuiltin);
    assert_eq!(err.field.as_deref(), Some("import.exit_fork_version"));
    assert!(
        err.message.contains("exit_fork_version differs"),
        "{}",
        err.message
    );
}

/// HD03: a misspelt option is refused, naming the nearest known one, in every request.
#[test]
fn hd03_misspelt_options_are_refused() {
    for (operation, options, key, nearest) in [
        (
            "derive_keys",
            json!({"mnemonic": TEST_JUNK, "passPhrase": "x", "startIndex": 0, "count": 1}),
            "passPhrase",
            "passphrase",
        ),
        (
            "create_deposit_data",
            json!({"mnemonic": TEST_JUNK, "startIndex": 0, "count": 1, "chain": "hoodi", "withdrawal": {"type": "bls"}, "amountGWei": "1"}),
            "amountGWei",
            "amount",
        ),
        (
            "create_exit_from_keystore",
            json!({"keystore": "{}", "password": "x", "chain": "hoodi", "validatorIndex": "1", "epoch": "1", "validatorPubKey": "0x"}),
            "validatorPubKey",
            "validatorPubkey",
        ),
        (
            "create_keystores",
            json!({"mnemonic": TEST_JUNK, "startIndex": 0, "count": 1, "password": "x", "independentSalt": true}),
            "independentSalt",
            "independentSalts",
        ),
    ] {
        let err = call(operation, options).unwrap_err();
        assert_eq!(
            (err.code, err.field.as_deref()),
            (ErrorCode::OptionUnknown, Some(key))
        );
        assert_eq!(
            err.params["nearest"],
            withdrawal_wallet::Param::Text(nearest.into())
        );
    }
}

/// HD04: counts are checked before any work or allocation: no count reaches a trap, and a
/// keystore batch of ten million is refused before any randomness is drawn.
#[test]
fn hd04_counts_are_refused_before_any_work() {
    let started = Instant::now();
    for count in [u32::MAX, 20_000_000, 10_000_000, 1001] {
        assert_eq!(
            code(call(
                "derive_keys",
                json!({"mnemonic": TEST_JUNK, "startIndex": 0, "count": count})
            )),
            (ErrorCode::CountTooLarge, Some("count".into()))
        );
        assert_eq!(
            code(call(
                "create_keystores",
                json!({"mnemonic": TEST_JUNK, "startIndex": 0, "count": count, "password": "long enough password"})
            )),
            (ErrorCode::CountTooLarge, Some("count".into()))
        );
    }
    assert!(
        started.elapsed().as_millis() < 1000,
        "{:?}",
        started.elapsed()
    );
}

/// HD05: an import where many rows carry the mnemonic's credentials stops with a message
/// instead of building a table no page can show.
#[test]
fn hd05_too_many_matches_fail_with_a_message() {
    let keys = withdrawal_wallet::derive_validator_keys(&support::seed(ABANDON_ART), 0, 1).unwrap();
    let credentials = hex(&keys[0].bls_withdrawal_credentials);
    let rows: String = (0..=withdrawal_wallet::MAX_MATCHES)
        .map(|i| format!("{i},{credentials}\n"))
        .collect();
    let err = call(
        "find_validators",
        json!({"mnemonic": ABANDON_ART, "maxKeyIndex": 0, "import": rows}),
    )
    .unwrap_err();
    assert_eq!(
        (err.code, err.field.as_deref()),
        (ErrorCode::SearchTooManyMatches, Some("import"))
    );
}

/// HD06: a value in an error is quoted short: a 10 MB field gives a short message.
#[test]
fn hd06_errors_quote_values_short() {
    let huge = "x".repeat(10_000_000);
    let results = [
        deposit(json!(huge.clone()), "32"),
        call(
            "create_exits",
            json!({"mnemonic": TEST_JUNK, "chain": "hoodi", "startIndex": 0, "validatorIndices": [huge.clone()], "epoch": "1"}),
        ),
        call(
            "derive_keys",
            json!({"mnemonic": TEST_JUNK, "startIndex": huge.clone(), "count": 1}),
        ),
        call(
            "verify_file",
            json!({"json": format!("[{{\"pubkey\": \"{huge}\"}}]"), "chain": "hoodi", "kind": "deposit_data"}),
        ),
    ];
    for result in results {
        let message = match result {
            Err(err) => err.message,
            Ok(Response::Verified(file)) => file.entries[0].report.problems[0].message.clone(),
            Ok(other) => panic!("{other:?}"),
        };
        assert!(message.len() < 500, "{} characters", message.len());
    }
}

/// HD10: a key named twice is refused wherever JSON is read: imports, signed files, keystores.
#[test]
fn hd10_duplicate_keys_are_refused_everywhere() {
    let csv_credentials = format!("0x00{}", "ab".repeat(31));
    let import = format!(
        r#"{{"data":[{{"index":"1","status":"active_ongoing","validator":{{"pubkey":"0x{}","withdrawal_credentials":"{csv_credentials}"}}}}],"data":[]}}"#,
        "aa".repeat(48)
    );
    assert_eq!(
        withdrawal_wallet::parse_validator_import(import.as_bytes())
            .map_err(|e| WalletError::from(e).code),
        Err(ErrorCode::JsonDuplicateKey)
    );
    for kind in ["deposit_data", "bls_to_execution_change", "voluntary_exit"] {
        let file = if kind == "voluntary_exit" {
            r#"{"message": {"epoch": "1", "epoch": "2"}}"#
        } else {
            r#"[{"message": {"epoch": "1"}, "signature": "0x", "signature": "0x"}]"#
        };
        let err = call(
            "verify_file",
            json!({"json": file, "kind": kind, "chain": "hoodi", "pubkey": hex(&[0xa0; 48])}),
        )
        .unwrap_err();
        assert!(
            matches!(
                err.code,
                ErrorCode::JsonDuplicateKey | ErrorCode::PubkeyInvalid
            ),
            "{kind}: {err:?}"
        );
    }
    let keystore =
        withdrawal_wallet::keystore_from_json(r#"{"version": 4, "version": 4}"#).unwrap_err();
    assert_eq!(
        WalletError::from(keystore).code,
        ErrorCode::JsonDuplicateKey
    );
    // Inside the free-form params too: two "c"s, where other parsers keep the last.
    let vectors: Value = serde_json::from_str(&vector_text("eip2335.json")).unwrap();
    let text = vectors["vectors"]["pbkdf2"]["keystore"]
        .to_string()
        .replacen("\"c\":", "\"c\":1,\"c\":", 1);
    assert!(
        text.contains("\"c\":1,\"c\":"),
        "the vector's layout changed"
    );
    assert_eq!(
        WalletError::from(withdrawal_wallet::keystore_from_json(&text).unwrap_err()).code,
        ErrorCode::JsonDuplicateKey
    );
}

/// HD11: exits name a validator listed twice (before: two files of one name).
#[test]
fn hd11_exits_refuse_a_validator_listed_twice() {
    assert_eq!(
        code(call(
            "create_exits",
            json!({"mnemonic": TEST_JUNK, "chain": "hoodi", "startIndex": 0, "validatorIndices": ["7", "7"], "epoch": "1"})
        )),
        (
            ErrorCode::DuplicateValidator,
            Some("validatorIndices[1]".into())
        )
    );
}

/// HD12: refusals say what is wrong: an exit wrapped in an array is named as such.
#[test]
fn hd12_an_exit_in_an_array_is_named() {
    let err = withdrawal_wallet::FileKind::detect(
        r#"[{"message": {"epoch": "1", "validator_index": "1"}}]"#,
    )
    .unwrap_err();
    assert_eq!(err.code, ErrorCode::JsonNotObject);
    assert_eq!(
        err.message,
        "the file is a JSON array; a signed exit file holds one exit object (one file per validator)"
    );
}

/// HD13: one rule for byte-order marks: refused by name in keystores, signed files and
/// imports alike.
#[test]
fn hd13_byte_order_marks_are_refused_everywhere() {
    let bom = |text: &str| format!("\u{feff}{text}");
    assert_eq!(
        WalletError::from(withdrawal_wallet::keystore_from_json(&bom("{}")).unwrap_err()).code,
        ErrorCode::FileByteOrderMark
    );
    assert_eq!(
        withdrawal_wallet::FileKind::detect(&bom("[]"))
            .unwrap_err()
            .code,
        ErrorCode::FileByteOrderMark
    );
    assert_eq!(
        WalletError::from(
            withdrawal_wallet::parse_validator_import(
                bom(&format!("1,0x00{}", "ab".repeat(31))).as_bytes()
            )
            .unwrap_err()
        )
        .code,
        ErrorCode::FileByteOrderMark
    );
}

/// HD14: an invisible separator is named by code point, not counted as a missing word.
#[test]
fn hd14_an_invisible_separator_is_named() {
    let err = call(
        "derive_keys",
        json!({"mnemonic": TEST_JUNK.replacen(' ', "\u{200b}", 1), "startIndex": 0, "count": 1}),
    )
    .unwrap_err();
    assert_eq!(
        (err.code, err.field.as_deref()),
        (ErrorCode::MnemonicUnknownWord, Some("mnemonic"))
    );
    assert_eq!(
        err.params["invisible"],
        withdrawal_wallet::Param::Text("U+200B".into())
    );
}

/// HD15: JSON that is neither an object nor an array is not read as a CSV.
#[test]
fn hd15_json_scalars_are_not_csv() {
    for text in ["\"validators\"", "12", "true", "null"] {
        assert_eq!(
            WalletError::from(
                withdrawal_wallet::parse_validator_import(text.as_bytes()).unwrap_err()
            )
            .code,
            ErrorCode::ImportNotValidators,
            "{text}"
        );
    }
}

/// HD17: scrypt's true allocation (V, B and the scratch) is bounded, not 128·n·r·p alone:
/// n = 2, r = 2^22 passed the old bound and allocated 2.5 GiB.
#[test]
fn hd17_scrypt_memory_bound_counts_every_buffer() {
    let kdf = Kdf::Scrypt {
        n: 2,
        r: 1 << 22,
        p: 1,
        salt: vec![1; 32],
    };
    assert_eq!(
        WalletError::from(kdf.validate().unwrap_err()).code,
        ErrorCode::KeystoreUnsafeKdf
    );
    assert_eq!(
        withdrawal_wallet::scrypt_memory(2, 1 << 22, 1),
        Some(5 << 29)
    );
    // deposit-cli's own parameters stay well inside.
    assert!(
        withdrawal_wallet::scrypt_memory(1 << 18, 8, 1).unwrap()
            < withdrawal_wallet::MAX_SCRYPT_MEMORY
    );
}

/// HD18: a keystore's path is shown as written and checked against EIP-2334's form.
#[test]
fn hd18_keystore_paths_are_shown_as_written_and_checked() {
    let vectors: Value = serde_json::from_str(&vector_text("eip2335.json")).unwrap();
    let mut keystore = vectors["vectors"]["pbkdf2"]["keystore"].clone();
    let password = vectors["vectors"]["pbkdf2"]["password"]
        .as_str()
        .unwrap()
        .to_owned();
    for (path, named) in [("m/12381/3600/00/0/0", false), ("m/12381/3600/0/0/0", true)] {
        keystore["path"] = json!(path);
        let Response::Keystore(opened) = call(
            "decrypt_keystore",
            json!({"keystore": keystore.to_string(), "password": password}),
        )
        .unwrap() else {
            panic!()
        };
        assert_eq!(opened.path, path);
        assert_eq!(opened.validator_key.is_some(), named, "{path}");
    }
}

/// HD19: files carry deposit-cli 1.3.1's own version, as it writes them.
#[test]
fn hd19_files_carry_deposit_cli_131s_version() {
    assert_eq!(DEPOSIT_CLI_VERSION, "1.3.1");
    let Response::File(file) = deposit(json!("hoodi"), "32").unwrap() else {
        panic!()
    };
    let entries: Value = serde_json::from_str(&file.json).unwrap();
    assert_eq!(entries[0]["deposit_cli_version"], "1.3.1");
}

/// HD22: the rules the page used to hold are the core's, whichever layer calls: 0x00 needs
/// the opt-in, and a published test mnemonic on mainnet or Gnosis needs the acknowledgement
/// for deposits, BLS changes and exits alike.
#[test]
fn hd22_opt_ins_are_enforced_by_the_core() {
    let bls = call(
        "create_validator_keys",
        json!({"mnemonic": TEST_JUNK, "startIndex": 0, "count": 1, "chain": "hoodi", "withdrawal": {"type": "bls"}, "password": "long enough password"}),
    );
    assert_eq!(
        code(bls),
        (
            ErrorCode::DepositBlsNotAllowed,
            Some("allowBlsCredentials".into())
        )
    );
    let keys = withdrawal_wallet::derive_validator_keys(&support::seed(ABANDON_ART), 0, 1).unwrap();
    for chain in ["mainnet", "gnosis"] {
        let requests = [
            (
                "create_deposit_data",
                json!({"mnemonic": ABANDON_ART, "startIndex": 0, "count": 1, "chain": chain, "withdrawal": {"type": "compounding", "address": ADDRESS}}),
            ),
            (
                "create_bls_changes",
                json!({"mnemonic": ABANDON_ART, "chain": chain, "startIndex": 0, "validatorIndices": ["1"], "blsWithdrawalCredentials": [hex(&keys[0].bls_withdrawal_credentials)], "executionAddress": ADDRESS}),
            ),
            (
                "create_exits",
                json!({"mnemonic": ABANDON_ART, "chain": chain, "startIndex": 0, "validatorIndices": ["1"], "epoch": "1"}),
            ),
        ];
        for (operation, options) in requests {
            assert_eq!(
                code(call(operation, options.clone())),
                (
                    ErrorCode::MnemonicPublicNotAcknowledged,
                    Some("acknowledgePublicMnemonic".into())
                ),
                "{operation} on {chain}"
            );
            let mut acknowledged = options;
            acknowledged["acknowledgePublicMnemonic"] = json!(true);
            assert!(
                call(operation, acknowledged).is_ok(),
                "{operation} on {chain}"
            );
        }
    }
    // Test networks need no acknowledgement.
    assert!(call(
        "create_exits",
        json!({"mnemonic": ABANDON_ART, "chain": "hoodi", "startIndex": 0, "validatorIndices": ["1"], "epoch": "1"})
    )
    .is_ok());
}

/// A proof of withdrawal-address ownership from test … junk's signing key 0 on hoodi.
fn ownership_proof() -> String {
    match call(
        "create_ownership_proof",
        json!({"mnemonic": TEST_JUNK, "keyIndex": 0, "chain": "hoodi", "validatorIndex": "7", "executionAddress": ADDRESS}),
    )
    .unwrap()
    {
        Response::File(file) => file.json,
        other => panic!("{other:?}"),
    }
}

/// HD23: a proof of withdrawal-address ownership writes `validator_index` as a JSON integer:
/// a string, a fraction, an exponent, a negative number, one past 2^64 − 1 or null is named
/// (never rounded, truncated or read as another index), and a proof in an array is refused.
#[test]
fn hd23_a_proofs_integer_validator_index_is_read_strictly() {
    let proof = ownership_proof();
    let signing = withdrawal_wallet::derive_validator_keys(&support::seed(TEST_JUNK), 0, 1)
        .unwrap()[0]
        .signing_pubkey;
    let hoodi = Chain::builtin("hoodi").unwrap();
    for (raw, expected) in [
        ("\"7\"", ErrorCode::FieldType),
        ("7.0", ErrorCode::NotUint64),
        ("7e0", ErrorCode::NotUint64),
        ("0.7e1", ErrorCode::NotUint64),
        ("-7", ErrorCode::NotUint64),
        ("18446744073709551623", ErrorCode::NotUint64),
        ("null", ErrorCode::FieldType),
        ("true", ErrorCode::FieldType),
    ] {
        let text = proof.replace(
            "\"validator_index\": 7}",
            &format!("\"validator_index\": {raw}}}"),
        );
        let report =
            withdrawal_wallet::verify_bls_to_execution_change_keystore(&text, &hoodi, &signing)
                .unwrap();
        assert!(!report.ok, "{raw}");
        assert_eq!(
            report
                .problems
                .iter()
                .map(|problem| (problem.code, problem.field.as_deref()))
                .collect::<Vec<_>>(),
            [(expected, Some("message.validator_index"))],
            "{raw}"
        );
    }
    let err = withdrawal_wallet::verify_bls_to_execution_change_keystore(
        &format!("[{proof}]"),
        &hoodi,
        &signing,
    )
    .unwrap_err();
    assert_eq!(
        WalletError::from(err).params["reason"],
        "proof_in_array".into()
    );
}

/// HD24: a proof is signed with one key: options of a keystore and of the mnemonic together
/// (or neither), a keystore without its password, a mnemonic without its key index, and a
/// check against both a pubkey and a keystore are refused by name, before any KDF or seed.
#[test]
fn hd24_a_proof_names_one_signing_key_source() {
    let base = json!({"chain": "hoodi", "validatorIndex": "7", "executionAddress": ADDRESS});
    let with = |extra: Value| {
        let mut options = base.clone();
        for (key, value) in extra.as_object().unwrap() {
            options[key] = value.clone();
        }
        options
    };
    let started = Instant::now();
    for (extra, expected) in [
        (
            json!({"keystore": "{}", "password": "x", "mnemonic": TEST_JUNK, "keyIndex": 0}),
            (ErrorCode::OptionConflict, None),
        ),
        (
            json!({"keystore": "{}", "password": "x", "keyIndex": 0}),
            (ErrorCode::OptionConflict, None),
        ),
        (
            json!({"mnemonic": TEST_JUNK, "keyIndex": 0, "password": "x"}),
            (ErrorCode::OptionConflict, None),
        ),
        (json!({}), (ErrorCode::OptionConflict, None)),
        (
            json!({"keystore": "{}"}),
            (ErrorCode::OptionMissing, Some("password".into())),
        ),
        (
            json!({"mnemonic": TEST_JUNK}),
            (ErrorCode::OptionMissing, Some("keyIndex".into())),
        ),
    ] {
        assert_eq!(
            code(call("create_ownership_proof", with(extra.clone()))),
            expected,
            "{extra}"
        );
    }
    let signing = withdrawal_wallet::derive_validator_keys(&support::seed(TEST_JUNK), 0, 1)
        .unwrap()[0]
        .signing_pubkey
        .to_hex();
    let both = call(
        "verify_file",
        json!({"json": ownership_proof(), "chain": "hoodi", "pubkey": signing, "keystore": "{}"}),
    );
    assert_eq!(code(both), (ErrorCode::OptionConflict, None));
    assert!(started.elapsed().as_secs() < 5);
}

/// HD25: a keystore that states another key than the validator's is refused before its KDF
/// runs (here PBKDF2 at its largest allowed count, seconds of work), and a chain without a
/// genesis validators root signs no proof.
#[test]
fn hd25_a_proof_from_the_wrong_keystore_is_refused_before_its_kdf() {
    let files = match call(
        "create_keystores",
        json!({"mnemonic": TEST_JUNK, "startIndex": 0, "count": 1, "password": "long enough password", "kdf": "pbkdf2", "timestamp": 1}),
    )
    .unwrap()
    {
        Response::Files(files) => files,
        other => panic!("{other:?}"),
    };
    let mut keystore: Value = serde_json::from_str(&files[0].json).unwrap();
    keystore["crypto"]["kdf"]["params"]["c"] = json!(1 << 24);
    let someone = withdrawal_wallet::derive_validator_keys(&support::seed(ABANDON_ART), 0, 1)
        .unwrap()[0]
        .signing_pubkey
        .to_hex();
    let started = Instant::now();
    let refused = call(
        "create_ownership_proof",
        json!({"keystore": keystore.to_string(), "password": "long enough password", "chain": "hoodi", "validatorIndex": "7", "executionAddress": ADDRESS, "validatorPubkey": someone}),
    );
    assert_eq!(
        code(refused),
        (
            ErrorCode::ExitPubkeyMismatch,
            Some("validatorPubkey".into())
        )
    );
    assert!(
        started.elapsed().as_millis() < 500,
        "{:?}",
        started.elapsed()
    );
    let rootless = call(
        "create_ownership_proof",
        json!({"mnemonic": TEST_JUNK, "keyIndex": 0, "chain": {"name": "rootless", "genesisForkVersion": "0x9abc0001", "capellaForkVersion": "0x9abc0002"}, "validatorIndex": "7", "executionAddress": ADDRESS}),
    );
    assert_eq!(
        code(rootless),
        (
            ErrorCode::ChainNoGenesisValidatorsRoot,
            Some("chain".into())
        )
    );
}

/// HD26: a top-up's amount, credentials and key: deposit-cli's range exactly (1 to 2048 ETH,
/// 1/32 to 64 GNO, any whole gwei, 0x01 as 0x02), no 0x00, one key source, and a key that is
/// not the validator's — each refused by name before anything is signed.
#[test]
fn hd26_top_ups_refuse_what_deposit_cli_refuses_and_nothing_more() {
    let key = withdrawal_wallet::derive_validator_keys(&support::seed(TEST_JUNK), 0, 2).unwrap();
    let top_up = |chain: &str, kind: &str, amount: &str| {
        call(
            "create_top_up_deposit",
            json!({"mnemonic": TEST_JUNK, "keyIndex": 0, "chain": chain, "amount": amount,
                "withdrawal": {"type": kind, "address": ADDRESS}, "timestamp": 1}),
        )
    };
    for (chain, kind, amount) in [
        ("hoodi", "execution", "1"),
        ("hoodi", "execution", "2048"),
        ("hoodi", "compounding", "1.000000001"),
        ("hoodi", "compounding", "2047.999999999"),
        ("chiado", "compounding", "0.03125"),
        ("chiado", "execution", "64"),
    ] {
        let Ok(Response::File(file)) = top_up(chain, kind, amount) else {
            panic!("{chain} {kind} {amount}")
        };
        assert_eq!(file.file_name, "deposit_data-1.json");
    }
    for (chain, amount, expected) in [
        ("hoodi", "0.999999999", ErrorCode::DepositAmountOutOfRange),
        (
            "hoodi",
            "2048.000000001",
            ErrorCode::DepositAmountOutOfRange,
        ),
        ("hoodi", "0", ErrorCode::DepositAmountOutOfRange),
        ("chiado", "0.03124", ErrorCode::DepositAmountOutOfRange),
        ("chiado", "64.000000001", ErrorCode::DepositAmountOutOfRange),
        ("hoodi", "1.0000000001", ErrorCode::NotEtherAmount),
        ("hoodi", "-1", ErrorCode::NotEtherAmount),
        ("hoodi", "18446744073.709551616", ErrorCode::NotEtherAmount),
    ] {
        assert_eq!(
            code(top_up(chain, "compounding", amount)),
            (expected, Some("amount".into())),
            "{chain} {amount}"
        );
    }
    // 0x00 credentials: not a top-up deposit-cli writes.
    let (bls, field) = code(call(
        "create_top_up_deposit",
        json!({"mnemonic": TEST_JUNK, "keyIndex": 0, "chain": "hoodi", "amount": "1",
            "withdrawal": {"type": "bls"}}),
    ));
    assert_eq!(bls, ErrorCode::OptionValue, "{field:?}");
    // One key source: a keystore and a mnemonic together, or a mnemonic without its index.
    assert_eq!(
        code(call(
            "create_top_up_deposit",
            json!({"mnemonic": TEST_JUNK, "keyIndex": 0, "keystore": "{}", "password": "x",
                "chain": "hoodi", "amount": "1", "withdrawal": {"type": "execution", "address": ADDRESS}}),
        ))
        .0,
        ErrorCode::OptionConflict
    );
    assert_eq!(
        code(call(
            "create_top_up_deposit",
            json!({"mnemonic": TEST_JUNK, "chain": "hoodi", "amount": "1",
                "withdrawal": {"type": "execution", "address": ADDRESS}}),
        )),
        (ErrorCode::OptionMissing, Some("keyIndex".into()))
    );
    // The key at index 1 is not validator 0's: nothing is signed.
    assert_eq!(
        code(call(
            "create_top_up_deposit",
            json!({"mnemonic": TEST_JUNK, "keyIndex": 1, "chain": "hoodi", "amount": "1",
                "validatorPubkey": key[0].signing_pubkey.to_hex(),
                "withdrawal": {"type": "execution", "address": ADDRESS}}),
        )),
        (
            ErrorCode::ExitPubkeyMismatch,
            Some("validatorPubkey".into())
        )
    );
    // The acknowledgement on a chain with real value, as for every mnemonic request.
    assert_eq!(
        code(top_up("mainnet", "compounding", "1")),
        (
            ErrorCode::MnemonicPublicNotAcknowledged,
            Some("acknowledgePublicMnemonic".into())
        )
    );
}

/// HD27: builder deposits: at least 1 ETH and nothing above uint64 gwei, a key range that
/// stays within u32 and one batch, a checksummed non-zero address and a keystore password —
/// each refused by its field before a key is derived; the review always carries the notice.
#[test]
fn hd27_builder_deposits_check_amounts_ranges_and_addresses() {
    let builder = |extra: Value| {
        let mut options = json!({"mnemonic": TEST_JUNK, "startIndex": 0, "count": 1,
            "chain": "hoodi", "withdrawalAddress": ADDRESS, "amount": "1",
            "password": "a long enough password"});
        for (key, value) in extra.as_object().unwrap() {
            options[key] = value.clone();
        }
        call("review_builder_deposits", options)
    };
    for amount in ["1", "2048.000000001", "18446744073.709551615"] {
        let Ok(Response::BuilderReview(review)) = builder(json!({"amount": amount})) else {
            panic!("{amount}")
        };
        assert_eq!(
            review.notices[0].code,
            ErrorCode::BuilderKeysAreValidatorKeys
        );
    }
    let started = Instant::now();
    for (extra, expected, field) in [
        (
            json!({"amount": "0.999999999"}),
            ErrorCode::BuilderAmountTooSmall,
            "amount",
        ),
        (
            json!({"amount": "18446744073.709551616"}),
            ErrorCode::NotEtherAmount,
            "amount",
        ),
        (
            json!({"startIndex": 4294967295u32, "count": 2}),
            ErrorCode::KeyIndexPastLast,
            "startIndex",
        ),
        (json!({"count": 0}), ErrorCode::CountZero, "count"),
        (
            json!({"count": 4294967295u32}),
            ErrorCode::CountTooLarge,
            "count",
        ),
        (
            json!({"withdrawalAddress": ADDRESS.to_lowercase()}),
            ErrorCode::AddressNotChecksummed,
            "withdrawalAddress",
        ),
        (
            json!({"withdrawalAddress": format!("0x{}", "0".repeat(40))}),
            ErrorCode::AddressZero,
            "withdrawalAddress",
        ),
        (
            json!({"password": "short"}),
            ErrorCode::PasswordTooShort,
            "password",
        ),
        (
            json!({"chain": "mainnet"}),
            ErrorCode::MnemonicPublicNotAcknowledged,
            "acknowledgePublicMnemonic",
        ),
    ] {
        assert_eq!(
            code(builder(extra.clone())),
            (expected, Some(field.into())),
            "{extra}"
        );
    }
    assert!(started.elapsed().as_secs() < 2, "{:?}", started.elapsed());
}

/// HD28: a builder deposit and a validator deposit are the same message over two domains: a
/// file of one kind checked as the other is refused for its prefix and its signature, never
/// passed; a builder file is recognised by its 0xb0 prefix in either case.
#[test]
fn hd28_builder_and_validator_deposits_never_pass_as_each_other() {
    let vectors = support::vectors("deposit_cli_131_top_up_builder.json");
    let file = |i: usize| vectors["vectors"][i]["file"].as_str().unwrap().to_owned();
    let (top_up, builder) = (file(0), file(5));
    let problems = |json: &str, kind: &str| -> Vec<(ErrorCode, Option<String>)> {
        let Ok(Response::Verified(verification)) = call(
            "verify_file",
            json!({"json": json, "kind": kind, "chain": "hoodi"}),
        ) else {
            panic!()
        };
        verification.entries[0]
            .report
            .problems
            .iter()
            .map(|problem| (problem.code, problem.field.clone()))
            .collect()
    };
    let refused = vec![
        (
            ErrorCode::CredentialsPrefix,
            Some("withdrawal_credentials".into()),
        ),
        (ErrorCode::SignatureInvalid, Some("signature".into())),
    ];
    assert_eq!(problems(&builder, "deposit_data"), refused);
    assert_eq!(problems(&builder, "partial_deposit"), refused);
    assert_eq!(problems(&top_up, "builder_deposit_data"), refused);
    assert!(problems(&builder, "builder_deposit_data").is_empty());
    let upper = builder.replace("\"b0000000", "\"B0000000");
    assert_eq!(
        withdrawal_wallet::FileKind::detect(&upper).unwrap(),
        withdrawal_wallet::FileKind::BuilderDepositData
    );
}

/// A validator as the beacon API lists it, for execution-layer requests: `abandon … art`'s
/// signing key `i`, credentials `prefix ‖ 0x00 × 11 ‖ ADDRESS`.
fn request_validator(i: u32, prefix: &str, status: &str) -> Value {
    let keys = withdrawal_wallet::derive_validator_keys(&support::seed(ABANDON_ART), i, 1).unwrap();
    json!({
        "index": i.to_string(),
        "pubkey": keys[0].signing_pubkey.to_hex(),
        "withdrawalCredentials": format!("0x{prefix}{}{}", "00".repeat(11), ADDRESS[2..].to_lowercase()),
        "status": status,
    })
}

fn withdrawal_requests(requests: Value, value: &str) -> Result<Response, WalletError> {
    call(
        "create_withdrawal_requests",
        json!({"chain": "hoodi", "value": value, "requests": requests}),
    )
}

/// HD29: wrong amounts and values for execution-layer requests: a partial withdrawal from a
/// 0x01 validator, of 0, without an amount or with a fraction of a gwei; an amount with a full
/// exit; a value of 0, not whole wei, or past 2^128 − 1. Nothing is made.
#[test]
fn hd29_execution_requests_refuse_wrong_amounts_and_values() {
    let partial = |prefix: &str, amount: Value| {
        let mut request = json!({"validator": request_validator(0, prefix, "active_ongoing"), "action": "partial_withdrawal"});
        if !amount.is_null() {
            request["amount"] = amount;
        }
        json!([request])
    };
    let cases = [
        (
            partial("01", json!("1")),
            "1",
            ErrorCode::WithdrawalPartialNotCompounding,
            "requests[0].validator.withdrawalCredentials",
        ),
        (
            partial("02", json!("0")),
            "1",
            ErrorCode::WithdrawalAmountZero,
            "requests[0].amount",
        ),
        (
            partial("02", Value::Null),
            "1",
            ErrorCode::OptionMissing,
            "requests[0].amount",
        ),
        (
            partial("02", json!("1.0000000001")),
            "1",
            ErrorCode::NotEtherAmount,
            "requests[0].amount",
        ),
        (
            json!([{"validator": request_validator(0, "02", "active_ongoing"), "action": "full_exit", "amount": "32"}]),
            "1",
            ErrorCode::WithdrawalAmountOnExit,
            "requests[0].amount",
        ),
        (
            partial("02", json!("1")),
            "0",
            ErrorCode::RequestValueInvalid,
            "value",
        ),
        (
            partial("02", json!("1")),
            "0.1",
            ErrorCode::RequestValueInvalid,
            "value",
        ),
        (
            partial("02", json!("1")),
            "1e18",
            ErrorCode::RequestValueInvalid,
            "value",
        ),
        (
            partial("02", json!("1")),
            "340282366920938463463374607431768211456",
            ErrorCode::RequestValueInvalid,
            "value",
        ),
    ];
    for (requests, value, expected, field) in cases {
        assert_eq!(
            code(withdrawal_requests(requests.clone(), value)),
            (expected, Some(field.into())),
            "{requests} {value}"
        );
    }
    // 2^128 − 1 wei is a value (larger than any fee, but not the wallet's to guess).
    assert!(withdrawal_requests(partial("02", json!("1")), &u128::MAX.to_string()).is_ok());
}

/// HD30: wrong credential types and states: 0x00, an unknown prefix or nonzero padding; a
/// validator exiting or exited; a consolidation into 0x00 or 0x01, a 0x02 validator as its own
/// target, a target of another address without the opt-in; a custom chain.
#[test]
fn hd30_execution_requests_refuse_wrong_credential_types() {
    let exit = |validator: Value| json!([{"validator": validator, "action": "full_exit"}]);
    let mut padded = request_validator(0, "02", "active_ongoing");
    padded["withdrawalCredentials"] = json!(format!("0x02ff{}", "00".repeat(30)));
    let cases = [
        (
            exit(request_validator(0, "00", "active_ongoing")),
            ErrorCode::RequestNotExecutionCredentials,
            "requests[0].validator.withdrawalCredentials",
        ),
        (
            exit(request_validator(0, "03", "active_ongoing")),
            ErrorCode::RequestNotExecutionCredentials,
            "requests[0].validator.withdrawalCredentials",
        ),
        (
            exit(padded),
            ErrorCode::CredentialsPadding,
            "requests[0].validator.withdrawalCredentials",
        ),
        (
            exit(request_validator(0, "02", "active_exiting")),
            ErrorCode::RequestValidatorNotActive,
            "requests[0].validator.status",
        ),
        (
            exit(request_validator(0, "01", "withdrawal_done")),
            ErrorCode::RequestValidatorNotActive,
            "requests[0].validator.status",
        ),
        (
            exit(request_validator(0, "01", "pending_queued")),
            ErrorCode::RequestValidatorNotActive,
            "requests[0].validator.status",
        ),
    ];
    for (requests, expected, field) in cases {
        assert_eq!(
            code(withdrawal_requests(requests.clone(), "1")),
            (expected, Some(field.into())),
            "{requests}"
        );
    }
    let consolidate = |requests: Value, allow: bool| {
        call(
            "create_consolidation_requests",
            json!({"chain": "hoodi", "value": "1", "allowOtherTargetAddress": allow, "requests": requests}),
        )
    };
    let mut elsewhere = request_validator(1, "02", "active_ongoing");
    elsewhere["withdrawalCredentials"] = json!(format!(
        "0x02{}71c7656ec7ab88b098defb751b7401b5f6d8976f",
        "00".repeat(11)
    ));
    let source = request_validator(0, "02", "active_ongoing");
    let cases = [
        (
            json!([{"source": source, "target": request_validator(1, "00", "active_ongoing")}]),
            ErrorCode::ConsolidationTargetNotCompounding,
            "requests[0].target.withdrawalCredentials",
        ),
        (
            json!([{"source": source, "target": request_validator(1, "01", "active_ongoing")}]),
            ErrorCode::ConsolidationTargetNotCompounding,
            "requests[0].target.withdrawalCredentials",
        ),
        (
            json!([{"source": source}]),
            ErrorCode::ConsolidationSelfNotSwitch,
            "requests[0].source.withdrawalCredentials",
        ),
        (
            json!([{"source": source, "target": source}]),
            ErrorCode::ConsolidationSelfNotSwitch,
            "requests[0].source.withdrawalCredentials",
        ),
        (
            json!([{"source": source, "target": elsewhere}]),
            ErrorCode::ConsolidationTargetAddressDiffers,
            "requests[0].target.withdrawalCredentials",
        ),
        (
            json!([{"source": source, "target": request_validator(1, "02", "exited_slashed")}]),
            ErrorCode::RequestValidatorNotActive,
            "requests[0].target.status",
        ),
    ];
    for (requests, expected, field) in cases {
        assert_eq!(
            code(consolidate(requests.clone(), false)),
            (expected, Some(field.into())),
            "{requests}"
        );
    }
    assert!(consolidate(json!([{"source": source, "target": elsewhere}]), true).is_ok());
    // The switch: a 0x01 validator as its own target.
    assert!(consolidate(
        json!([{"source": request_validator(0, "01", "active_ongoing")}]),
        false
    )
    .is_ok());
    // No chain ID is guessed for a custom chain.
    let ephemery = json!({"name": "ephemery", "genesisForkVersion": "0x1000101b", "capellaForkVersion": "0x4000101b"});
    assert_eq!(
        code(call(
            "create_withdrawal_requests",
            json!({"chain": ephemery, "value": "1", "requests": exit(request_validator(0, "02", "active_ongoing"))}),
        )),
        (ErrorCode::ChainNoExecutionLayer, Some("chain".into()))
    );
}

/// HD31: overlapping and malformed validators: one validator twice in a batch (the same pubkey,
/// or one index with two pubkeys), a consolidation source twice or also a target, a missing
/// pubkey, a pubkey that is not a BLS key, more than a batch.
#[test]
fn hd31_execution_requests_refuse_overlapping_validators() {
    let exit = |validator: Value| json!({"validator": validator, "action": "full_exit"});
    let mut same_index = request_validator(1, "02", "active_ongoing");
    same_index["index"] = json!("0");
    let mut no_pubkey = request_validator(0, "02", "active_ongoing");
    no_pubkey.as_object_mut().unwrap().remove("pubkey");
    let mut not_a_key = request_validator(0, "02", "active_ongoing");
    not_a_key["pubkey"] = json!(format!("0x{}", "aa".repeat(48)));
    let v = |i| request_validator(i, "02", "active_ongoing");
    let cases = [
        (
            json!([exit(v(0)), exit(v(0))]),
            ErrorCode::DuplicateValidator,
            "requests[1].validator",
        ),
        (
            json!([exit(v(0)), exit(same_index)]),
            ErrorCode::DuplicateValidator,
            "requests[1].validator",
        ),
        (
            json!([exit(no_pubkey)]),
            ErrorCode::OptionMissing,
            "requests[0].validator.pubkey",
        ),
        (
            json!([exit(not_a_key)]),
            ErrorCode::PubkeyInvalid,
            "requests[0].validator.pubkey",
        ),
    ];
    for (requests, expected, field) in cases {
        assert_eq!(
            code(withdrawal_requests(requests.clone(), "1")),
            (expected, Some(field.into())),
            "{requests}"
        );
    }
    let too_many: Vec<Value> = (0..1001).map(|_| exit(v(0))).collect();
    assert_eq!(
        code(withdrawal_requests(json!(too_many), "1")).0,
        ErrorCode::CountTooLarge
    );
    let consolidate = |requests: Value| {
        call(
            "create_consolidation_requests",
            json!({"chain": "hoodi", "value": "1", "requests": requests}),
        )
    };
    assert_eq!(
        code(consolidate(
            json!([{"source": v(0), "target": v(1)}, {"source": v(0), "target": v(2)}])
        )),
        (
            ErrorCode::DuplicateValidator,
            Some("requests[1].source".into())
        )
    );
    assert_eq!(
        code(consolidate(
            json!([{"source": v(0), "target": v(1)}, {"source": v(2), "target": v(0)}])
        )),
        (
            ErrorCode::ConsolidationSourceAlsoTarget,
            Some("requests[0].source".into())
        )
    );
    // Many sources into one target are fine.
    assert!(consolidate(
        json!([{"source": v(0), "target": v(2)}, {"source": v(1), "target": v(2)}])
    )
    .is_ok());
}

/// HD32: a request file changed after it was made — another chain's ID, the other request
/// contract, a changed amount in the calldata, a description or URI that says something else,
/// calldata of the wrong length — each named by its field in "Verify files"; a request file is
/// recognised by its shape.
#[test]
fn hd32_tampered_request_files_are_named_field_by_field() {
    let Ok(Response::ExecutionRequests(files)) = withdrawal_requests(
        json!([{"validator": request_validator(0, "02", "active_ongoing"), "action": "partial_withdrawal", "amount": "1"}]),
        "1",
    ) else {
        panic!()
    };
    let json_text = files.requests[0].file.json.clone();
    let problems = |text: String| -> Vec<(ErrorCode, Option<String>)> {
        let Ok(Response::Verified(verification)) =
            call("verify_file", json!({"json": text, "chain": "hoodi"}))
        else {
            panic!()
        };
        assert_eq!(
            verification.kind,
            withdrawal_wallet::FileKind::WithdrawalRequest
        );
        verification.entries[0]
            .report
            .problems
            .iter()
            .map(|problem| (problem.code, problem.field.clone()))
            .collect()
    };
    assert!(problems(json_text.clone()).is_empty());
    let file: Value = serde_json::from_str(&json_text).unwrap();
    let with = |field: &str, value: Value| {
        let mut file = file.clone();
        file[field] = value;
        file.to_string()
    };
    let mismatch = |field: &str| (ErrorCode::ExecutionFileMismatch, Some(field.to_owned()));
    assert_eq!(
        problems(with("chainId", json!("1"))),
        vec![mismatch("chainId"), mismatch("eip681")]
    );
    assert_eq!(
        problems(with(
            "to",
            json!("0x0000BBdDc7CE488642fb579F8B00f3a590007251")
        )),
        vec![mismatch("to"), mismatch("eip681")]
    );
    let data = file["data"].as_str().unwrap();
    let more = format!("{}{:016x}", &data[..data.len() - 16], 2_000_000_000_000u64);
    assert_eq!(
        problems(with("data", json!(more))),
        vec![
            mismatch("request"),
            mismatch("description"),
            mismatch("eip681")
        ]
    );
    assert_eq!(
        problems(with("description", json!("Exit nothing."))),
        vec![mismatch("description")]
    );
    assert_eq!(
        problems(with(
            "eip681",
            json!(file["eip681"]
                .as_str()
                .unwrap()
                .replace("value=1", "value=2"))
        )),
        vec![mismatch("eip681")]
    );
    assert_eq!(
        problems(with("data", json!(&data[..data.len() - 2]))),
        vec![(ErrorCode::HexWrongLength, Some("data".into()))]
    );
}

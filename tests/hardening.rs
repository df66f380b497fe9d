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

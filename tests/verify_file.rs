//! "Verify files" reads back what a file says, against the outside world: deposit-cli's
//! published deposit files (lighthouse's vectors, mnemonic `test … waste`), the Holesky BLS
//! change staking-deposit-cli signs and the mainnet exit ethdo signs (eth-staking-smith's
//! vectors). Each decoded field is compared with the vector file's own value; then a file for
//! another chain, an address other than the expected one, and the mnemonic's key indices.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use serde_json::{json, Value};
use support::{seed, vectors, TEST_JUNK, TEST_WASTE};
use withdrawal_wallet::{
    create_bls_to_execution_changes, create_deposit_data, create_voluntary_exits,
    derive_validator_keys, run, BlsChangeRequest, Chain, ChainInput, Context, CredentialsKind,
    DepositRequest, EntryContent, ErrorCode, ExecutionAddress, FileKind, FileVerification,
    KeyMatch, KeyRole, Param, Phase, Request, Response, SecretText, SignatureStatus, VerifyFile,
    WalletError, Withdrawal,
};

/// The address of deposit-cli's 0x01 vectors, EIP-55 checksummed.
const VECTOR_ADDRESS: &str = "0x0f51bb10119727a7e5eA3538074fb341F56B09Ad";
/// The address the Holesky BLS change moves to, as its test typed it.
const CHANGE_ADDRESS: &str = "0x71C7656EC7ab88b098defB751B7401B5f6d8976F";

fn request(json: &str, chain: &str) -> VerifyFile {
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

fn with_mnemonic(request: VerifyFile, phrase: &str, key_count: Option<u32>) -> VerifyFile {
    VerifyFile {
        mnemonic: Some(SecretText::new(phrase)),
        key_count,
        ..request
    }
}

/// Runs the request as the package and the worker do; returns the verification and the
/// progress phases seen, in order, once each.
fn verify_with_phases(request: VerifyFile) -> Result<(FileVerification, Vec<Phase>), WalletError> {
    let mut phases: Vec<Phase> = Vec::new();
    let response = run(
        &Request::VerifyFile(request),
        &mut Context {
            now: 1,
            on_progress: &mut |progress| {
                if phases.last() != Some(&progress.phase) {
                    phases.push(progress.phase);
                }
            },
            import: None,
            shared_salt: None,
        },
    )?;
    match response {
        Response::Verified(verification) => Ok((verification, phases)),
        other => panic!("{other:?}"),
    }
}

fn verify(request: VerifyFile) -> Result<FileVerification, WalletError> {
    verify_with_phases(request).map(|(verification, _)| verification)
}

fn hex0x(bytes: &[u8]) -> String {
    format!("0x{}", hex::encode(bytes))
}

fn text(value: &Value) -> &str {
    value.as_str().unwrap()
}

fn deposit_vectors() -> Vec<Value> {
    vectors("deposit_cli_vectors.json")["vectors"]
        .as_array()
        .unwrap()
        .clone()
}

fn deposit_vector(name: &str) -> Value {
    deposit_vectors()
        .into_iter()
        .find(|vector| vector["name"] == name)
        .unwrap()
}

fn key_matches(verification: &FileVerification) -> Vec<Vec<KeyMatch>> {
    verification
        .entries
        .iter()
        .map(|entry| entry.key_matches.clone().unwrap())
        .collect()
}

fn signing(key_index: Option<u32>) -> KeyMatch {
    KeyMatch {
        key: KeyRole::Signing,
        key_index,
    }
}

fn withdrawal(key_index: Option<u32>) -> KeyMatch {
    KeyMatch {
        key: KeyRole::Withdrawal,
        key_index,
    }
}

#[test]
fn deposit_cli_files_read_back_field_by_field() {
    for vector in deposit_vectors() {
        let name = text(&vector["name"]);
        let chain = text(&vector["chain"]);
        let file = vector["deposit_data"].to_string();
        let verification = verify(request(&file, chain)).unwrap();
        assert_eq!(verification.kind, FileKind::DepositData, "{name}");
        assert_eq!(verification.chain, chain, "{name}");
        assert!(verification.warnings.is_empty(), "{name}");
        assert_eq!(verification.keys_checked, None, "{name}");
        // One network, as the file states it, identified as the vector's chain.
        assert_eq!(verification.networks.len(), 1, "{name}");
        let network = &verification.networks[0];
        assert_eq!(network.chain.as_deref(), Some(chain), "{name}");
        let entries = vector["deposit_data"].as_array().unwrap();
        assert_eq!(verification.entries.len(), entries.len(), "{name}");
        for (entry, published) in verification.entries.iter().zip(entries) {
            assert!(entry.report.ok, "{name}: {:?}", entry.report.problems);
            let EntryContent::Deposit(deposit) = &entry.content else {
                panic!("{name}: {:?}", entry.content)
            };
            assert_eq!(
                deposit.network.network_name.as_deref(),
                Some(text(&published["network_name"])),
                "{name}"
            );
            assert_eq!(
                deposit.network.fork_version.map(hex::encode),
                Some(text(&published["fork_version"]).to_owned()),
                "{name}"
            );
            assert_eq!(
                deposit.pubkey.map(hex::encode),
                Some(text(&published["pubkey"]).to_owned()),
                "{name}"
            );
            let credentials = deposit.withdrawal_credentials.as_ref().unwrap();
            assert_eq!(
                hex::encode(credentials.credentials),
                text(&published["withdrawal_credentials"]),
                "{name}"
            );
            assert_eq!(
                credentials.prefix,
                format!("0x{}", &text(&published["withdrawal_credentials"])[..2]),
                "{name}"
            );
            match vector["withdrawal_address"].as_str() {
                Some(address) => {
                    assert_eq!(credentials.kind, Some(CredentialsKind::Execution), "{name}");
                    assert_eq!(credentials.address.as_deref(), Some(address), "{name}");
                    assert_eq!(verification.addresses, [address], "{name}");
                }
                None => {
                    assert_eq!(credentials.kind, Some(CredentialsKind::Bls), "{name}");
                    assert_eq!(credentials.address, None, "{name}");
                    assert!(verification.addresses.is_empty(), "{name}");
                }
            }
            assert_eq!(deposit.amount_gwei, published["amount"].as_u64(), "{name}");
            assert_eq!(deposit.amount.as_deref(), Some("32 ETH"), "{name}");
            assert_eq!(deposit.signature, SignatureStatus::Valid, "{name}");
            assert_eq!(entry.key_matches, None, "{name}");
        }
    }
}

#[test]
fn a_file_for_another_chain_warns_naming_both_and_is_checked_against_the_chosen_one() {
    let vector = deposit_vector("holesky_first_0_count_2_eth1_true");
    let verification = verify(request(&vector["deposit_data"].to_string(), "mainnet")).unwrap();
    // The file's own network is still shown, identified from its fork version.
    assert_eq!(verification.networks[0].chain.as_deref(), Some("holesky"));
    assert_eq!(verification.chain, "mainnet");
    let [warning] = verification.warnings.as_slice() else {
        panic!("{:?}", verification.warnings)
    };
    assert_eq!(warning.code, ErrorCode::VerifyChainDiffers);
    assert_eq!(warning.field.as_deref(), Some("chain"));
    assert_eq!(warning.params["selected"], Param::Text("mainnet".into()));
    assert_eq!(warning.params["stated"], Param::Text("holesky".into()));
    assert_eq!(
        warning.message,
        "This file says it was made for holesky, but mainnet is chosen: its signatures were checked against mainnet's values. Choose the chain the file is meant for."
    );
    // Signatures are checked against mainnet, where they fail; what the file says still reads.
    for entry in &verification.entries {
        assert!(!entry.report.ok);
        let codes: Vec<ErrorCode> = entry.report.problems.iter().map(|p| p.code).collect();
        assert_eq!(
            codes,
            [
                ErrorCode::ForkVersionMismatch,
                ErrorCode::NetworkNameMismatch,
                ErrorCode::SignatureInvalid
            ]
        );
        let EntryContent::Deposit(deposit) = &entry.content else {
            panic!()
        };
        assert_eq!(deposit.signature, SignatureStatus::Invalid);
        assert_eq!(deposit.amount.as_deref(), Some("32 ETH"));
    }
    assert_eq!(verification.addresses, [VECTOR_ADDRESS]);
}

#[test]
fn the_published_bls_change_reads_back_with_and_without_deposit_clis_metadata() {
    let case =
        vectors("bls_change_and_exit_vectors.json")["bls_to_execution_change_holesky"].clone();
    let published = &case["expected"];
    // As ethdo writes it: no metadata, so no network.
    let ethdo = json!([published]).to_string();
    let verification = verify(request(&ethdo, "holesky")).unwrap();
    assert_eq!(verification.kind, FileKind::BlsToExecutionChange);
    assert!(verification.networks.is_empty());
    assert!(verification.warnings.is_empty());
    let entry = &verification.entries[0];
    assert!(entry.report.ok, "{:?}", entry.report.problems);
    let EntryContent::BlsChange(change) = &entry.content else {
        panic!("{:?}", entry.content)
    };
    assert_eq!(
        change.validator_index.map(|i| i.to_string()).as_deref(),
        Some(text(&published["message"]["validator_index"]))
    );
    assert_eq!(
        change.from_bls_pubkey.map(|key| hex0x(&key)).as_deref(),
        Some(text(&published["message"]["from_bls_pubkey"]))
    );
    // Written lower-case in the file; shown with its checksum, as it was typed.
    assert_eq!(
        change
            .to_execution_address
            .as_deref()
            .map(str::to_lowercase)
            .as_deref(),
        Some(text(&published["message"]["to_execution_address"]))
    );
    assert_eq!(
        change.to_execution_address.as_deref(),
        Some(text(&case["to_execution_address_input"]))
    );
    assert_eq!(verification.addresses, [CHANGE_ADDRESS]);
    assert_eq!(change.network, None);
    assert_eq!(change.signature, SignatureStatus::Valid);

    // As deposit-cli writes it: metadata names the network by name and root.
    let mut with_metadata = published.clone();
    with_metadata["metadata"] = json!({
        "network_name": "holesky",
        "genesis_validators_root": case["domain_inputs"]["genesis_validators_root"],
        "deposit_cli_version": "1.3.1",
    });
    let file = json!([with_metadata]).to_string();
    let verification = verify(request(&file, "holesky")).unwrap();
    assert!(verification.entries[0].report.ok);
    let [network] = verification.networks.as_slice() else {
        panic!()
    };
    assert_eq!(network.network_name.as_deref(), Some("holesky"));
    assert_eq!(
        network
            .genesis_validators_root
            .map(|root| hex0x(&root))
            .as_deref(),
        Some(text(&case["domain_inputs"]["genesis_validators_root"]))
    );
    assert_eq!(network.fork_version, None);
    assert_eq!(network.chain.as_deref(), Some("holesky"));
    // The same file checked as hoodi: the warning names both.
    let on_hoodi = verify(request(&file, "hoodi")).unwrap();
    assert_eq!(on_hoodi.warnings[0].code, ErrorCode::VerifyChainDiffers);
    assert_eq!(
        on_hoodi.warnings[0].params["stated"],
        Param::Text("holesky".into())
    );
    assert!(!on_hoodi.entries[0].report.ok);
}

#[test]
fn the_published_exit_reads_back_and_names_no_network() {
    let case = vectors("bls_change_and_exit_vectors.json")["voluntary_exit_mainnet"].clone();
    let pubkey = format!(
        "0x{}",
        text(&case["deposit_data_same_key_mainnet"][0]["pubkey"])
    );
    let verification = verify(VerifyFile {
        pubkey: Some(pubkey.clone()),
        ..request(&case["expected"].to_string(), "mainnet")
    })
    .unwrap();
    assert_eq!(verification.kind, FileKind::VoluntaryExit);
    assert!(verification.networks.is_empty());
    assert!(verification.warnings.is_empty());
    assert!(verification.addresses.is_empty());
    let entry = &verification.entries[0];
    assert!(entry.report.ok, "{:?}", entry.report.problems);
    let EntryContent::Exit(exit) = &entry.content else {
        panic!("{:?}", entry.content)
    };
    assert_eq!(
        exit.validator_index.map(|i| i.to_string()).as_deref(),
        Some(text(&case["expected"]["message"]["validator_index"]))
    );
    assert_eq!(exit.validator_index, case["validator_index"].as_u64());
    assert_eq!(exit.epoch, case["epoch"].as_u64());
    assert_eq!(hex0x(&exit.pubkey), pubkey);
    assert_eq!(exit.signature, SignatureStatus::Valid);
    // An exit moves no funds to an address: an expected address does not fail it.
    let expecting = verify(VerifyFile {
        pubkey: Some(pubkey),
        expected_address: Some(VECTOR_ADDRESS.into()),
        ..request(&case["expected"].to_string(), "mainnet")
    })
    .unwrap();
    assert!(expecting.entries[0].report.ok);
}

#[test]
fn an_address_other_than_the_expected_one_fails_the_entry() {
    let case =
        vectors("bls_change_and_exit_vectors.json")["bls_to_execution_change_holesky"].clone();
    let file = json!([case["expected"]]).to_string();
    let expecting = |address: &str| {
        verify(VerifyFile {
            expected_address: Some(address.into()),
            ..request(&file, "holesky")
        })
    };
    // A valid signature over another address than the one expected: not ok.
    let verification = expecting(VECTOR_ADDRESS).unwrap();
    let entry = &verification.entries[0];
    assert!(!entry.report.ok);
    let EntryContent::BlsChange(change) = &entry.content else {
        panic!()
    };
    assert_eq!(change.signature, SignatureStatus::Valid);
    let [problem] = entry.report.problems.as_slice() else {
        panic!("{:?}", entry.report.problems)
    };
    assert_eq!(problem.code, ErrorCode::VerifyAddressDiffers);
    assert_eq!(
        problem.field.as_deref(),
        Some("message.to_execution_address")
    );
    assert_eq!(
        problem.params["expected"],
        Param::Text(VECTOR_ADDRESS.into())
    );
    assert_eq!(problem.params["found"], Param::Text(CHANGE_ADDRESS.into()));
    assert_eq!(
        problem.message,
        format!("this entry sends funds to {CHANGE_ADDRESS}, not to the expected address {VECTOR_ADDRESS}")
    );
    // The expected address itself: ok.
    assert!(expecting(CHANGE_ADDRESS).unwrap().entries[0].report.ok);
    // The expected address is read with the wallet's rules: checksummed, or refused.
    let lower = expecting(&CHANGE_ADDRESS.to_lowercase()).unwrap_err();
    assert_eq!(lower.code, ErrorCode::AddressNotChecksummed);
    assert_eq!(lower.field.as_deref(), Some("expectedAddress"));

    // Deposits: 0x01 credentials to the vector's address pass; 0x00 credentials name none.
    let execution = deposit_vector("mainnet_first_0_count_2_eth1_true");
    let ok = verify(VerifyFile {
        expected_address: Some(VECTOR_ADDRESS.into()),
        ..request(&execution["deposit_data"].to_string(), "mainnet")
    })
    .unwrap();
    assert!(ok.entries.iter().all(|entry| entry.report.ok));
    let elsewhere = verify(VerifyFile {
        expected_address: Some(CHANGE_ADDRESS.into()),
        ..request(&execution["deposit_data"].to_string(), "mainnet")
    })
    .unwrap();
    for entry in &elsewhere.entries {
        assert_eq!(
            entry.report.problems[0].code,
            ErrorCode::VerifyAddressDiffers
        );
        assert_eq!(
            entry.report.problems[0].field.as_deref(),
            Some("withdrawal_credentials")
        );
    }
    let bls = deposit_vector("mainnet_first_0_count_1_eth1_false");
    let none = verify(VerifyFile {
        expected_address: Some(VECTOR_ADDRESS.into()),
        ..request(&bls["deposit_data"].to_string(), "mainnet")
    })
    .unwrap();
    let problem = &none.entries[0].report.problems[0];
    assert_eq!(problem.code, ErrorCode::VerifyAddressDiffers);
    assert!(!problem.params.contains_key("found"));
    assert!(problem
        .message
        .contains("0x00 (BLS) credentials name no execution address"));
}

#[test]
fn deposit_keys_are_found_at_their_key_index_of_test_waste() {
    // Key indices 99 and 100: signing keys and the 0x00 credentials' withdrawal keys.
    let vector = deposit_vector("mainnet_first_99_count_2_eth1_false");
    let (verification, phases) = verify_with_phases(with_mnemonic(
        request(&vector["deposit_data"].to_string(), "mainnet"),
        TEST_WASTE,
        None,
    ))
    .unwrap();
    assert_eq!(phases, [Phase::Verifying, Phase::Deriving]);
    assert_eq!(
        key_matches(&verification),
        [
            [signing(Some(99)), withdrawal(Some(99))],
            [signing(Some(100)), withdrawal(Some(100))]
        ]
    );
    // Only what is needed is derived: two blocks of 64 reach key index 100.
    assert_eq!(verification.keys_checked, Some(128));

    // 0x01 credentials name no withdrawal key: only the signing key is looked for.
    let execution = deposit_vector("holesky_first_0_count_2_eth1_true");
    let verification = verify(with_mnemonic(
        request(&execution["deposit_data"].to_string(), "holesky"),
        TEST_WASTE,
        None,
    ))
    .unwrap();
    assert_eq!(
        key_matches(&verification),
        [[signing(Some(0))], [signing(Some(1))]]
    );
    assert_eq!(verification.keys_checked, Some(64));

    // Key indices 1024 to 1026 are past ethdo's default 1,024, found when asked for more.
    let far = deposit_vector("holesky_first_1024_count_3_eth1_false");
    let file = far["deposit_data"].to_string();
    let default = verify(with_mnemonic(request(&file, "holesky"), TEST_WASTE, None)).unwrap();
    assert_eq!(default.keys_checked, Some(1024));
    assert!(key_matches(&default)
        .iter()
        .all(|keys| keys == &[signing(None), withdrawal(None)]));
    let wider = verify(with_mnemonic(
        request(&file, "holesky"),
        TEST_WASTE,
        Some(1027),
    ))
    .unwrap();
    assert_eq!(wider.keys_checked, Some(1027));
    assert_eq!(
        key_matches(&wider),
        [1024, 1025, 1026].map(|i| vec![signing(Some(i)), withdrawal(Some(i))])
    );
    // Another mnemonic: nothing found in the key indices checked; the file is still valid.
    let other = verify(with_mnemonic(request(&file, "holesky"), TEST_JUNK, Some(8))).unwrap();
    assert_eq!(other.keys_checked, Some(8));
    assert!(other.entries.iter().all(|entry| entry.report.ok));
    assert!(key_matches(&other)
        .iter()
        .all(|keys| keys == &[signing(None), withdrawal(None)]));
}

#[test]
fn bls_change_and_exit_keys_are_found_at_their_key_index() {
    let seed = seed(TEST_WASTE);
    let chain = Chain::builtin("hoodi").unwrap();
    let keys = derive_validator_keys(&seed, 70, 1).unwrap();
    let change = create_bls_to_execution_changes(&BlsChangeRequest {
        seed: &seed,
        chain: &chain,
        key_indices: &[70],
        validator_indices: &[123_456],
        bls_withdrawal_credentials: &[keys[0].bls_withdrawal_credentials],
        execution_address: ExecutionAddress::parse_checksummed(CHANGE_ADDRESS).unwrap(),
        timestamp: 1,
    })
    .unwrap();
    for file in [&change.deposit_cli, &change.ethdo] {
        let verification = verify(with_mnemonic(
            request(&file.json, "hoodi"),
            TEST_WASTE,
            None,
        ))
        .unwrap();
        assert_eq!(key_matches(&verification), [[withdrawal(Some(70))]]);
        assert_eq!(verification.keys_checked, Some(128));
    }
    let exits = create_voluntary_exits(&seed, &chain, &[5], &[777], 9, 1).unwrap();
    let verification = verify(with_mnemonic(
        VerifyFile {
            pubkey: Some(
                derive_validator_keys(&seed, 5, 1).unwrap()[0]
                    .signing_pubkey
                    .to_hex(),
            ),
            ..request(&exits[0].json, "hoodi")
        },
        TEST_WASTE,
        None,
    ))
    .unwrap();
    assert_eq!(key_matches(&verification), [[signing(Some(5))]]);
    let EntryContent::Exit(exit) = &verification.entries[0].content else {
        panic!()
    };
    assert_eq!((exit.validator_index, exit.epoch), (Some(777), Some(9)));
}

#[test]
fn gnosis_amounts_read_in_gno_with_the_chains_multiplier() {
    let seed = seed(TEST_JUNK);
    let gnosis = Chain::builtin("gnosis").unwrap();
    let file = create_deposit_data(&DepositRequest {
        seed: &seed,
        start_index: 0,
        count: 1,
        chain: &gnosis,
        withdrawal: Withdrawal::Compounding(
            ExecutionAddress::parse_checksummed(VECTOR_ADDRESS).unwrap(),
        ),
        amount: Some(1_500_000_000),
        allow_bls_credentials: false,
        timestamp: 1,
    })
    .unwrap();
    let verification = verify(request(&file.json, "gnosis")).unwrap();
    let entry = &verification.entries[0];
    assert!(entry.report.ok);
    let EntryContent::Deposit(deposit) = &entry.content else {
        panic!()
    };
    // 1.5 GNO is 48 "mGNO" in the deposit contract.
    assert_eq!(deposit.amount_gwei, Some(48_000_000_000));
    assert_eq!(deposit.amount.as_deref(), Some("1.5 GNO"));
    assert_eq!(
        deposit.withdrawal_credentials.as_ref().unwrap().kind,
        Some(CredentialsKind::Compounding)
    );
    assert_eq!(verification.networks[0].chain.as_deref(), Some("gnosis"));
    // Checked against mainnet, it is still the file's GNO, with the warning.
    let on_mainnet = verify(request(&file.json, "mainnet")).unwrap();
    let EntryContent::Deposit(deposit) = &on_mainnet.entries[0].content else {
        panic!()
    };
    assert_eq!(deposit.amount.as_deref(), Some("1.5 GNO"));
    assert_eq!(
        on_mainnet.warnings[0].params["stated"],
        Param::Text("gnosis".into())
    );
}

#[test]
fn fields_are_checked_before_the_mnemonic_and_options_need_it() {
    let vector = deposit_vector("mainnet_first_0_count_1_eth1_false");
    let file = vector["deposit_data"].to_string();
    let err = |request: VerifyFile| verify(request).unwrap_err();
    // A bad chain or key count is named before a bad mnemonic.
    let bad_mnemonic = with_mnemonic(request(&file, "mainnet"), "abandon", None);
    let chain = err(VerifyFile {
        chain: ChainInput::name("ropsten"),
        ..bad_mnemonic.clone()
    });
    assert_eq!(
        (chain.code, chain.field.as_deref()),
        (ErrorCode::ChainUnknown, Some("chain"))
    );
    for count in [0, 100_001] {
        let keys = err(VerifyFile {
            key_count: Some(count),
            ..bad_mnemonic.clone()
        });
        assert_eq!(
            (keys.code, keys.field.as_deref()),
            (ErrorCode::CountTooLarge, Some("keyCount")),
            "{count}"
        );
    }
    let unreadable = err(VerifyFile {
        json: "[1]".into(),
        ..bad_mnemonic.clone()
    });
    assert_eq!(unreadable.field.as_deref(), Some("json"));
    let mnemonic = err(bad_mnemonic);
    assert_eq!(
        (mnemonic.code, mnemonic.field.as_deref()),
        (ErrorCode::MnemonicWordCount, Some("mnemonic"))
    );
    // A passphrase, language or key count alone would match nothing: refused.
    for lonely in [
        VerifyFile {
            passphrase: SecretText::new("extra"),
            ..request(&file, "mainnet")
        },
        VerifyFile {
            key_count: Some(5),
            ..request(&file, "mainnet")
        },
    ] {
        let missing = err(lonely);
        assert_eq!(
            (missing.code, missing.field.as_deref()),
            (ErrorCode::OptionMissing, Some("mnemonic"))
        );
    }
}

#[test]
fn the_verification_crosses_to_the_page_as_camel_case_json_and_back() {
    let vector = deposit_vector("mainnet_first_0_count_2_eth1_true");
    let verification = verify(with_mnemonic(
        request(&vector["deposit_data"].to_string(), "mainnet"),
        TEST_WASTE,
        Some(2),
    ))
    .unwrap();
    let value = serde_json::to_value(&verification).unwrap();
    let entry = &value["entries"][0];
    // The report's fields sit at the top of each entry, as verifyDepositData returns them.
    assert_eq!(entry["index"], 0);
    assert_eq!(entry["ok"], true);
    assert_eq!(entry["problems"], json!([]));
    assert_eq!(entry["content"]["type"], "deposit");
    assert_eq!(
        entry["content"]["pubkey"],
        format!("0x{}", text(&vector["deposit_data"][0]["pubkey"]))
    );
    assert_eq!(entry["content"]["amountGwei"], "32000000000");
    assert_eq!(
        entry["content"]["withdrawalCredentials"]["kind"],
        "execution"
    );
    assert_eq!(
        entry["content"]["withdrawalCredentials"]["address"],
        VECTOR_ADDRESS
    );
    assert_eq!(entry["content"]["network"]["forkVersion"], "0x00000000");
    assert_eq!(entry["content"]["signature"], "valid");
    assert_eq!(
        entry["keyMatches"],
        json!([{ "key": "signing", "keyIndex": 0 }])
    );
    assert_eq!(value["keysChecked"], 2);
    assert_eq!(value["addresses"], json!([VECTOR_ADDRESS]));
    let back: FileVerification = serde_json::from_value(value).unwrap();
    assert_eq!(back, verification);
    assert_eq!(back.reports()[1].index, 1);
}

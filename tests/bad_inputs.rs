//! The hostile inputs of tests/vectors/bad_inputs.json that no other test asserted with the
//! library's exact message, one test per catalogue id (the id starts the test's name), and a
//! check that the catalogue table (SECURITY.md, or SECURITY-catalogue.md until it is merged)
//! maps every id to tests that exist.
//!
//! The other ids are tested where their subject is: tests/bip39.rs (MN), tests/eip2335.rs
//! (KS), tests/bls_change_and_exit.rs (WC, IX07, IX08, CH02, KS13), tests/deposit.rs (AM, CH),
//! src/execution_address.rs (AD), www/src/forms.rs and tests/e2e (the app's cases).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

/// `0x`-prefixed hex of a fixed length, for test values.
fn hex_array<const N: usize>(text: &str) -> [u8; N] {
    hex::decode(text.trim_start_matches("0x"))
        .unwrap()
        .try_into()
        .unwrap()
}

use std::path::Path;

use serde_json::{json, Value};
use withdrawal_wallet::parse_uint64;
use withdrawal_wallet::Chain;
use withdrawal_wallet::ExecutionAddress;
use withdrawal_wallet::PublicKey;
use withdrawal_wallet::{compute_domain, DOMAIN_BLS_TO_EXECUTION_CHANGE, DOMAIN_VOLUNTARY_EXIT};
use withdrawal_wallet::{
    create_bls_to_execution_changes, parse_withdrawal_credentials, verify_bls_to_execution_changes,
    BlsChangeRequest,
};
use withdrawal_wallet::{create_deposit_data, DepositRequest, Withdrawal};
use withdrawal_wallet::{create_voluntary_exits, verify_voluntary_exit};
use withdrawal_wallet::{derive_validator_keys, parse_key_index};
use withdrawal_wallet::{Mnemonic, Seed};

const ABANDON_ART: &str = "abandon abandon abandon abandon abandon abandon abandon abandon \
    abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \
    abandon abandon abandon abandon art";
/// bad_inputs AD01's address, correctly checksummed.
const ADDRESS: &str = "0x71C7656EC7ab88b098defB751B7401B5f6d8976F";

fn manifest_path(relative: &str) -> String {
    format!("{}/{relative}", env!("CARGO_MANIFEST_DIR"))
}

fn vectors(name: &str) -> Value {
    let text = std::fs::read_to_string(manifest_path(&format!("tests/vectors/{name}"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn abandon_art_seed() -> Seed {
    Mnemonic::parse(ABANDON_ART, None).unwrap().to_seed("")
}

fn key_index_message(text: &str) -> String {
    format!("\"{text}\" is not a key index: use a whole number from 0 to 4294967295, digits only")
}

fn deposit_request<'a>(
    seed: &'a Seed,
    chain: &'a Chain,
    start_index: u32,
    count: u32,
    withdrawal: Withdrawal,
) -> DepositRequest<'a> {
    DepositRequest {
        seed,
        start_index,
        count,
        chain,
        withdrawal,
        amount: None,
        allow_bls_credentials: true,
        timestamp: 1,
    }
}

fn address_message(text: &str) -> String {
    ExecutionAddress::parse_checksummed(text)
        .unwrap_err()
        .to_string()
}

#[test]
fn ix01_negative_start_index_is_refused_with_the_rule() {
    assert_eq!(
        parse_key_index("-1").unwrap_err().to_string(),
        key_index_message("-1")
    );
}

#[test]
fn ix02_index_2_pow_32_and_ranges_past_the_last_index_are_refused() {
    assert_eq!(
        parse_key_index("4294967296").unwrap_err().to_string(),
        key_index_message("4294967296")
    );
    let seed = abandon_art_seed();
    assert_eq!(
        derive_validator_keys(&seed, u32::MAX, 2)
            .unwrap_err()
            .to_string(),
        "2 validators from index 4294967295 would pass the last key index, 4294967295"
    );
    // start + count - 1 = 2^32 exactly.
    assert_eq!(
        derive_validator_keys(&seed, 4_294_967_200, 97)
            .unwrap_err()
            .to_string(),
        "97 validators from index 4294967200 would pass the last key index, 4294967295"
    );
    let chain = Chain::builtin("hoodi").unwrap();
    assert_eq!(
        create_deposit_data(&deposit_request(
            &seed,
            &chain,
            u32::MAX,
            2,
            Withdrawal::Bls
        ))
        .unwrap_err()
        .to_string(),
        "2 validators from index 4294967295 would pass the last key index, 4294967295"
    );
}

#[test]
fn ix03_last_index_4294967295_is_accepted_and_derived() {
    assert_eq!(parse_key_index("4294967295"), Ok(u32::MAX));
    let keys = derive_validator_keys(&abandon_art_seed(), u32::MAX, 1).unwrap();
    assert_eq!(keys.len(), 1);
    assert_eq!(keys[0].index, u32::MAX);
    assert_eq!(
        keys[0].signing_path.to_string(),
        "m/12381/3600/4294967295/0/0"
    );
    assert_eq!(
        keys[0].withdrawal_path.to_string(),
        "m/12381/3600/4294967295/0"
    );
    // Two validators from 4294967294 end exactly on the last index.
    assert_eq!(
        derive_validator_keys(&abandon_art_seed(), 4_294_967_294, 2)
            .unwrap()
            .last()
            .unwrap()
            .signing_pubkey,
        keys[0].signing_pubkey
    );
}

#[test]
fn ix04_index_text_that_is_not_plain_ascii_decimal_is_refused() {
    for bad in ["1.5", "1e3", "0x10", "", " 7", "+7", "\u{667}", "7 "] {
        assert_eq!(
            parse_key_index(bad).unwrap_err().to_string(),
            key_index_message(bad),
            "{bad:?}"
        );
    }
    assert_eq!(parse_key_index("007"), Ok(7));
}

#[test]
fn ix05_zero_validators_is_refused_with_the_rule() {
    let seed = abandon_art_seed();
    let message = "the number of validators must be at least 1";
    assert_eq!(
        derive_validator_keys(&seed, 0, 0).unwrap_err().to_string(),
        message
    );
    let chain = Chain::builtin("hoodi").unwrap();
    assert_eq!(
        create_deposit_data(&deposit_request(&seed, &chain, 5, 0, Withdrawal::Bls))
            .unwrap_err()
            .to_string(),
        message
    );
}

/// Our behaviour: any uint64 epoch is accepted and signed as given (an exit is valid from its
/// epoch on; offline, the wallet cannot know the current epoch), anything else is refused.
#[test]
fn ix09_epochs_outside_uint64_are_refused_and_far_future_ones_signed_as_given() {
    for bad in ["-1", "18446744073709551616", "1.5", "1e3", "", " 1", "0x10"] {
        assert_eq!(parse_uint64(bad), None, "{bad:?}");
    }
    assert_eq!(parse_uint64("18446744073709551615"), Some(u64::MAX));

    let seed = abandon_art_seed();
    let chain = Chain::builtin("mainnet").unwrap();
    let signing_pubkey = derive_validator_keys(&seed, 0, 1).unwrap()[0].signing_pubkey;
    let far = create_voluntary_exits(&seed, &chain, &[0], &[100], u64::MAX, 1).unwrap();
    assert!(far[0].json.starts_with(
        "{\"message\": {\"epoch\": \"18446744073709551615\", \"validator_index\": \"100\"}"
    ));
    assert!(
        verify_voluntary_exit(&far[0].json, &chain, &signing_pubkey)
            .unwrap()
            .ok
    );

    // A file carrying an epoch outside uint64 is reported by field.
    let mut exit: Value = serde_json::from_str(&far[0].json).unwrap();
    for bad in ["-1", "18446744073709551616"] {
        exit["message"]["epoch"] = json!(bad);
        let report = verify_voluntary_exit(&exit.to_string(), &chain, &signing_pubkey).unwrap();
        assert_eq!(
            support::messages(&report.problems),
            [format!("message.epoch \"{bad}\" is not a decimal uint64")]
        );
    }
}

#[test]
fn ad01_flipped_letter_fails_the_checksum_with_the_corrected_form() {
    assert_eq!(
        address_message("0x71c7656EC7ab88b098defB751B7401B5f6d8976F"),
        format!("the execution address fails its EIP-55 checksum, so a character is wrong; the address with these characters would be {ADDRESS}")
    );
}

#[test]
fn ad02_all_lowercase_is_refused_and_the_checksummed_form_shown() {
    assert_eq!(
        address_message(&ADDRESS.to_lowercase()),
        format!("the execution address is not EIP-55 checksummed; copy it from your wallet with its mixed case. Its checksummed form is {ADDRESS}: compare it character by character")
    );
}

/// EIP-55 upper-cases a letter where the hash nibble is 8 or more; for about one address in
/// 30,000 that leaves every letter lower-case (or upper-case), and that single-case text IS
/// the checksummed form. ethstaker (`is_checksum_address`) and ethdo accept it. Regression test
/// for a bug the EIP-55 property test found (such addresses were refused as unchecksummed).
#[test]
fn ad02_address_whose_eip55_form_has_no_mixed_case_is_accepted() {
    for text in [
        "0x8a42a98723b15497295c9263d43adb9e99daa027",
        "0x626121808897E4590006438863599266C51191D9",
    ] {
        let bytes: [u8; 20] = hex::decode(&text[2..]).unwrap().try_into().unwrap();
        assert_eq!(ExecutionAddress(bytes).to_checksummed(), text);
        assert_eq!(
            ExecutionAddress::parse_checksummed(text),
            Ok(ExecutionAddress(bytes)),
            "{text}"
        );
    }
}

#[test]
fn ad03_missing_prefix_wrong_length_and_non_hex_are_refused() {
    assert_eq!(
        address_message(&ADDRESS[2..]),
        "the execution address must start with 0x (0x and 40 hex digits)"
    );
    assert_eq!(
        address_message(&ADDRESS[..40]),
        "the execution address is 19 bytes; it must be 20 (0x and 40 hex digits)"
    );
    assert_eq!(
        address_message(&format!("{ADDRESS}00")),
        "the execution address is 21 bytes; it must be 20 (0x and 40 hex digits)"
    );
    assert_eq!(
        address_message("0xhc1F7656EC7ab88b098defB751B7401B5f6d8976"),
        "the execution address is not hexadecimal (0x and 40 hex digits)"
    );
}

#[test]
fn ad04_zero_address_is_refused_though_it_passes_eip55() {
    let zero = "0x0000000000000000000000000000000000000000";
    assert_eq!(ExecutionAddress([0; 20]).to_checksummed(), zero);
    assert_eq!(
        address_message(zero),
        "the execution address is the zero address; funds sent there are lost"
    );
}

#[test]
fn wc03_malformed_credentials_are_refused_with_the_problem() {
    let good = "0x0045b91b2f60b88e7392d49ae1364b55e713d06f30e563f9f99e10994b26221d";
    assert!(parse_withdrawal_credentials(&[good]).is_ok());
    let message = |text: &str| {
        parse_withdrawal_credentials(&[good, text])
            .unwrap_err()
            .to_string()
    };
    // 31 bytes: the 0x00 prefix byte left out.
    assert_eq!(
        message(&format!("0x{}", &good[4..])),
        "withdrawal credentials #2 is 31 bytes; it must be 32 (0x and 64 hex digits)"
    );
    assert_eq!(
        message(&format!("{good}00")),
        "withdrawal credentials #2 is 33 bytes; it must be 32 (0x and 64 hex digits)"
    );
    assert_eq!(
        message(&good.replace("45b9", "45z9")),
        "withdrawal credentials #2 is not hexadecimal (0x and 64 hex digits)"
    );
}

/// The Holesky change (eth-staking-smith, as staking-deposit-cli signs it) verifies only under
/// GENESIS_FORK_VERSION with Holesky's genesis validators root.
#[test]
fn wc05_change_signed_with_capella_version_or_zero_root_does_not_verify() {
    let file = vectors("bls_change_and_exit_vectors.json");
    let published = json!([file["bls_to_execution_change_holesky"]["expected"]]).to_string();
    let root = "0x9143aa7c615a7f7115e2b6aac319c03529df8242ae705fba9df39b79c59fa8b1";
    let zero = format!("0x{}", "00".repeat(32));
    // A chain value built field by field: the checked constructors refuse chains that are
    // partly a built-in's, and these are exactly that (the domains signers get wrong).
    let holesky_as = |genesis_version: &str, root: &str| Chain {
        genesis_fork_version: hex_array(genesis_version),
        genesis_validators_root: Some(hex_array(root)),
        ..Chain::builtin("holesky").unwrap()
    };
    let problems = |chain: &Chain| {
        verify_bls_to_execution_changes(&published, chain).unwrap()[0]
            .problems
            .clone()
    };
    assert!(problems(&holesky_as("0x01017000", root)).is_empty());
    for chain in [
        holesky_as("0x04017000", root),
        holesky_as("0x01017000", &zero),
    ] {
        assert_eq!(
            support::messages(&problems(&chain)),
            ["signature does not verify for a holesky BLS change"]
        );
    }

    let holesky = Chain::builtin("holesky").unwrap();
    let holesky_root = holesky.genesis_validators_root.unwrap();
    let ours = holesky.bls_to_execution_change_domain().unwrap();
    assert_eq!(
        ours,
        compute_domain(
            DOMAIN_BLS_TO_EXECUTION_CHANGE,
            [0x01, 0x01, 0x70, 0x00],
            holesky_root
        )
    );
    assert_ne!(
        ours,
        compute_domain(
            DOMAIN_BLS_TO_EXECUTION_CHANGE,
            holesky.capella_fork_version,
            holesky_root
        )
    );
    assert_ne!(
        ours,
        compute_domain(
            DOMAIN_BLS_TO_EXECUTION_CHANGE,
            holesky.genesis_fork_version,
            [0; 32]
        )
    );
}

#[test]
fn wc06_changes_and_exits_for_a_chain_without_root_are_refused() {
    let message = "chain ephemery has no genesis validators root, so BLS changes and exits cannot be signed for it; supply the root";
    let ephemery = Chain::custom("ephemery", "0x1000101b", "0x4000101b", None).unwrap();
    let seed = abandon_art_seed();
    let credentials = [derive_validator_keys(&seed, 0, 1).unwrap()[0].bls_withdrawal_credentials];
    let change = |chain: &Chain| {
        create_bls_to_execution_changes(&BlsChangeRequest {
            seed: &seed,
            chain,
            key_indices: &[0],
            validator_indices: &[7],
            bls_withdrawal_credentials: &credentials,
            execution_address: ExecutionAddress::parse_checksummed(ADDRESS).unwrap(),
            timestamp: 1,
        })
    };
    assert_eq!(change(&ephemery).unwrap_err().to_string(), message);
    assert_eq!(
        create_voluntary_exits(&seed, &ephemery, &[0], &[7], 1, 1)
            .unwrap_err()
            .to_string(),
        message
    );

    // With the root supplied, both are signed.
    let root = format!("0x{}", "11".repeat(32));
    let rooted = Chain::custom("ephemery", "0x1000101b", "0x4000101b", Some(&root)).unwrap();
    assert!(change(&rooted).is_ok());
    assert!(create_voluntary_exits(&seed, &rooted, &[0], &[7], 1, 1).is_ok());
}

/// ethdo's mainnet exit (Capella domain, EIP-7044) fails under any later fork version.
#[test]
fn ch02_exit_signed_with_a_later_fork_version_does_not_verify() {
    let file = vectors("bls_change_and_exit_vectors.json");
    let case = &file["voluntary_exit_mainnet"];
    let exit = case["expected"].to_string();
    let pubkey = PublicKey::from_bytes(
        &hex::decode(
            case["deposit_data_same_key_mainnet"][0]["pubkey"]
                .as_str()
                .unwrap(),
        )
        .unwrap(),
    )
    .unwrap();
    let constants = vectors("consensus_constants.json");
    let mainnet = &constants["chains"]["mainnet"];
    let root = mainnet["genesis_validators_root"].as_str().unwrap();
    // Built field by field: the checked constructors refuse mainnet's values with another
    // exit version, which is exactly what is tested here.
    let exit_version = |version: &str| Chain {
        capella_fork_version: hex_array(version),
        genesis_validators_root: Some(hex_array(root)),
        ..Chain::builtin("mainnet").unwrap()
    };
    let capella = mainnet["CAPELLA_FORK_VERSION"].as_str().unwrap();
    assert!(
        verify_voluntary_exit(&exit, &exit_version(capella), &pubkey)
            .unwrap()
            .ok
    );
    // Deneb's version (mainnet config: 0x04000000), then Electra's from the vectors.
    for later in [
        "0x04000000",
        mainnet["ELECTRA_FORK_VERSION"].as_str().unwrap(),
    ] {
        assert_eq!(
            support::messages(
                &verify_voluntary_exit(&exit, &exit_version(later), &pubkey)
                    .unwrap()
                    .problems
            ),
            [format!(
                "signature does not verify for validator key {} on mainnet",
                pubkey.to_hex()
            )],
            "{later}"
        );
    }

    // Every built-in chain signs exits over its Capella version, not its latest.
    for (name, published) in constants["chains"].as_object().unwrap() {
        let Ok(chain) = Chain::builtin(name) else {
            continue;
        };
        let version = |field: &str| -> Option<[u8; 4]> {
            let text = published[field].as_str()?;
            hex::decode(&text[2..]).ok()?.try_into().ok()
        };
        let root = chain.genesis_validators_root.unwrap();
        let ours = chain.voluntary_exit_domain().unwrap();
        assert_eq!(
            Some(ours),
            version("CAPELLA_FORK_VERSION").map(|capella| compute_domain(
                DOMAIN_VOLUNTARY_EXIT,
                capella,
                root
            )),
            "{name}"
        );
        if let Some(electra) = version("ELECTRA_FORK_VERSION") {
            assert_ne!(
                ours,
                compute_domain(DOMAIN_VOLUNTARY_EXIT, electra, root),
                "{name}"
            );
        }
    }
}

#[test]
fn am02_other_amounts_with_0x00_or_0x01_credentials_are_refused() {
    let seed = abandon_art_seed();
    let chain = Chain::builtin("hoodi").unwrap();
    let address = ExecutionAddress::parse_checksummed(ADDRESS).unwrap();
    for withdrawal in [Withdrawal::Execution(address), Withdrawal::Bls] {
        let mut request = deposit_request(&seed, &chain, 0, 1, withdrawal);
        request.amount = Some(33_000_000_000);
        assert_eq!(
            create_deposit_data(&request).unwrap_err().to_string(),
            "a deposit with 0x00 or 0x01 credentials is exactly 32 ETH; 33 ETH was asked for (choose 0x02 compounding for other amounts)"
        );
    }
    let mut compounding = deposit_request(&seed, &chain, 0, 1, Withdrawal::Compounding(address));
    compounding.amount = Some(33_000_000_000);
    let made: Value =
        serde_json::from_str(&create_deposit_data(&compounding).unwrap().json).unwrap();
    assert_eq!(made[0]["amount"], 33_000_000_000u64);
}

/// A test citation in the table's test cell: `path::…::name` for Rust, `path › "title"` for
/// the end-to-end tests.
fn check_citation(id: &str, citation: &str) -> Result<(), String> {
    let citation = citation.replace('`', "");
    let citation = citation.trim();
    if let Some((path, title)) = citation.split_once(" › ") {
        let title = title.trim().trim_matches('"');
        let text = std::fs::read_to_string(manifest_path(path.trim()))
            .map_err(|err| format!("{id}: {path}: {err}"))?;
        // A single-quoted JS title escapes its apostrophes.
        let quoted = [
            format!("'{}'", title.replace('\'', "\\'")),
            format!("\"{title}\""),
            format!("`{title}`"),
        ];
        return if path.ends_with(".mjs") && quoted.iter().any(|q| text.contains(q.as_str())) {
            Ok(())
        } else {
            Err(format!("{id}: {path} has no test titled {title:?}"))
        };
    }
    let (path, rest) = citation
        .split_once("::")
        .ok_or_else(|| format!("{id}: {citation:?} is not path::test_name"))?;
    if !path.ends_with(".rs") {
        return Err(format!("{id}: {path} is not a .rs file"));
    }
    let name = rest.rsplit("::").next().unwrap_or(rest);
    let text = std::fs::read_to_string(manifest_path(path))
        .map_err(|err| format!("{id}: {path}: {err}"))?;
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|line| line.contains(&format!("fn {name}(")))
        .ok_or_else(|| format!("{id}: {path} has no fn {name}("))?;
    // The attributes and doc comments right above the function must make it a test.
    let is_test = lines[..at]
        .iter()
        .rev()
        .map(|line| line.trim())
        .take_while(|line| line.starts_with("#[") || line.starts_with("//"))
        .any(|line| line == "#[test]" || line == "#[wasm_bindgen_test]");
    if is_test {
        Ok(())
    } else {
        Err(format!("{id}: fn {name} in {path} is not marked #[test]"))
    }
}

/// Where the table lives: SECURITY.md once the lead merged it there, SECURITY-catalogue.md
/// until then.
fn catalogue_table() -> (String, String) {
    ["SECURITY.md", "SECURITY-catalogue.md"]
        .iter()
        .find(|name| Path::new(&manifest_path(name)).exists())
        .map(|name| {
            (
                (*name).to_owned(),
                std::fs::read_to_string(manifest_path(name)).unwrap(),
            )
        })
        .expect("neither SECURITY.md nor SECURITY-catalogue.md exists")
}

/// Checks that every id in `ids` has exactly one row in `name`'s tables and that the row's
/// test cell cites tests that exist.
fn check_catalogue_rows(name: &str, table: &str, ids: &[&str]) {
    let mut header: Option<Vec<String>> = None;
    let mut rows: Vec<Vec<String>> = Vec::new();
    for line in table.lines().map(str::trim).filter(|l| l.starts_with('|')) {
        let cells: Vec<String> = line
            .trim_matches('|')
            .split('|')
            .map(|cell| cell.trim().to_owned())
            .collect();
        if header.is_none() && cells.first().is_some_and(|c| c == "id") {
            header = Some(cells);
        } else if ids.contains(&cells[0].as_str()) {
            rows.push(cells);
        }
    }
    let header = header.unwrap_or_else(|| panic!("{name} has no table whose first column is id"));
    let test_column = header
        .iter()
        .position(|cell| cell == "test")
        .unwrap_or_else(|| panic!("{name}: no \"test\" column in {header:?}"));

    let mut problems = Vec::new();
    for id in ids {
        let found: Vec<&Vec<String>> = rows.iter().filter(|row| row[0] == *id).collect();
        match found.as_slice() {
            [row] => {
                // Every row cites at least one test that exists: no row passes without one.
                let cell = row.get(test_column).map(String::as_str).unwrap_or("");
                let citations: Vec<&str> =
                    cell.split("; ").filter(|c| !c.trim().is_empty()).collect();
                if citations.is_empty() {
                    problems.push(format!("{id}: no test cited"));
                }
                for citation in citations {
                    if let Err(problem) = check_citation(id, citation) {
                        problems.push(problem);
                    }
                }
            }
            [] => problems.push(format!("{id}: no row in {name}")),
            _ => problems.push(format!("{id}: {} rows in {name}", found.len())),
        }
    }
    assert!(problems.is_empty(), "{name}:\n{}", problems.join("\n"));
}

#[test]
fn catalogue_table_covers_every_case_and_names_real_tests() {
    let catalogue = vectors("bad_inputs.json");
    let ids: Vec<&str> = catalogue["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|case| case["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 57);
    let (name, table) = catalogue_table();
    check_catalogue_rows(&name, &table, &ids);
}

/// The round-two catalogue (SECURITY.md's HD table), checked the same way.
#[test]
fn hd_catalogue_rows_name_real_tests() {
    let ids: Vec<String> = (1..=25).map(|n| format!("HD{n:02}")).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let (name, table) = catalogue_table();
    check_catalogue_rows(&name, &table, &ids);
}

//! Execution-layer requests from the withdrawal address (EIP-7002, EIP-7251): the contracts'
//! addresses and inputs against the EIPs' own text (tests/vectors/execution_requests.json),
//! the files, URIs and reviews the operations make, the refusals, "Verify files", and the
//! actions "Find my validators" offers. Through the operations layer, as the package and the
//! workers reach the core.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use serde_json::{json, Value};
use sha3::{Digest, Keccak256};
use support::{seed, vectors, ABANDON_ART};
use withdrawal_wallet::{
    derive_validator_keys, find_validators, request_from_json, run, Context, ErrorCode,
    ExecutionAction, ExecutionNotice, ExecutionRequestFiles, ExecutionReview, FileKind,
    FileVerification, ImportedValidator, Request, Response, ValidatorStatus, WalletError,
};

/// The withdrawal address of every validator here, and another one.
const ADDRESS: &str = "0x0f51bb10119727a7e5eA3538074fb341F56B09Ad";
const OTHER: &str = "0x71C7656EC7ab88b098defB751B7401B5f6d8976F";
const WITHDRAWAL_CONTRACT: &str = "0x00000961Ef480Eb55e80D19ad83579A64c007002";
const CONSOLIDATION_CONTRACT: &str = "0x0000BBdDc7CE488642fb579F8B00f3a590007251";

fn call(operation: &str, options: Value) -> Result<Response, WalletError> {
    let mut options = options;
    options["operation"] = json!(operation);
    let request: Request = request_from_json(options)?;
    run(
        &request,
        &mut Context {
            now: 1_700_000_000,
            on_progress: &mut |_| {},
            import: None,
            shared_salt: None,
        },
    )
}

fn made(operation: &str, options: Value) -> ExecutionRequestFiles {
    match call(operation, options) {
        Ok(Response::ExecutionRequests(files)) => files,
        other => panic!("{operation}: {other:?}"),
    }
}

fn reviewed(operation: &str, options: Value) -> ExecutionReview {
    match call(operation, options) {
        Ok(Response::ExecutionReview(review)) => review,
        other => panic!("{operation}: {other:?}"),
    }
}

fn refused(operation: &str, options: Value) -> (ErrorCode, Option<String>) {
    let err = call(operation, options).expect_err("refused");
    (err.code, err.field)
}

/// `abandon … art`'s signing pubkey at key index `i`, as the beacon API writes it.
fn pubkey(i: u32) -> String {
    derive_validator_keys(&seed(ABANDON_ART), i, 1).unwrap()[0]
        .signing_pubkey
        .to_hex()
}

fn credentials(prefix: u8, address: &str) -> String {
    format!(
        "0x{prefix:02x}{}{}",
        "00".repeat(11),
        address[2..].to_lowercase()
    )
}

/// A validator as the beacon API (or `parseValidatorImport`) gives it.
fn validator(index: u32, prefix: u8) -> Value {
    json!({
        "index": index.to_string(),
        "pubkey": pubkey(index),
        "withdrawalCredentials": credentials(prefix, ADDRESS),
        "status": "active_ongoing",
    })
}

fn file_json(files: &ExecutionRequestFiles, i: usize) -> Value {
    serde_json::from_str(&files.requests[i].file.json).unwrap()
}

/// `keccak256(rlp([sender, nonce]))[12:]`: the address `CREATE` gives a contract.
fn create_address(sender: &str, nonce: u8) -> String {
    assert_eq!(nonce, 0, "RLP of nonce 0 is 0x80");
    let mut rlp = vec![0xd6, 0x94];
    rlp.extend(hex::decode(&sender[2..]).unwrap());
    rlp.push(0x80);
    hex::encode(&Keccak256::digest(&rlp)[12..])
}

/// The addresses in the chain table are where each EIP's keyless deployment transaction puts
/// its contract, and that contract's code takes exactly the EIP's input length, returns the
/// fee to an empty call, and reverts an empty call that carries value.
#[test]
fn the_request_contracts_are_the_eips_own() {
    let eips = vectors("execution_requests.json");
    for (eip, address, input_len, length_check) in [
        ("eip7002", WITHDRAWAL_CONTRACT, 56, "36603814"),
        ("eip7251", CONSOLIDATION_CONTRACT, 96, "36606014"),
    ] {
        let deployment = &eips[eip]["deployment"];
        assert_eq!(deployment["address"], address);
        assert_eq!(
            create_address(deployment["sender"].as_str().unwrap(), 0),
            address[2..].to_lowercase(),
            "{eip}"
        );
        assert_eq!(eips[eip]["input_bytes"], input_len);
        let code = deployment["input"].as_str().unwrap();
        let code = hex::decode(&code[2..]).unwrap();
        // Init code: `push2 <len> dup1 push1 0x2d push0 codecopy push0 return`, then the
        // runtime code of that length.
        assert_eq!(&code[33..36], &[0x5f, 0x55, 0x61]);
        assert_eq!(&code[38..45], &[0x80, 0x60, 0x2d, 0x5f, 0x39, 0x5f, 0xf3]);
        let runtime_len = usize::from(code[36]) << 8 | usize::from(code[37]);
        assert_eq!(code.len(), 45 + runtime_len, "{eip}");
        let runtime = hex::encode(&code[45..]);
        // `calldatasize push1 <input length> eq`: the add-request path.
        assert!(runtime.contains(length_check), "{eip}");
        assert_eq!(
            u8::from_str_radix(&length_check[4..6], 16).unwrap(),
            input_len,
            "{eip}"
        );
        // Any other nonzero length reverts (`calldatasize push2 <revert> jumpi`); an empty
        // call with value reverts (`callvalue push2 <revert> jumpi`), else it returns the fee
        // (`push0 mstore push1 0x20 push0 return`).
        let fee_getter = if eip == "eip7002" {
            "366101f457346101f4575f5260205ff3"
        } else {
            "3661019a573461019a575f5260205ff3"
        };
        assert!(runtime.contains(fee_getter), "{eip}");
    }
}

#[test]
fn withdrawal_requests_are_the_pubkey_then_the_amount_big_endian() {
    let files = made(
        "create_withdrawal_requests",
        json!({
            "chain": "hoodi",
            "value": "1",
            "requests": [
                {"validator": validator(0, 1), "action": "full_exit"},
                {"validator": validator(1, 2), "action": "partial_withdrawal", "amount": "1.5"},
            ],
        }),
    );
    assert_eq!(files.chain_id, "560048");
    assert_eq!(files.value, "1");
    assert_eq!(files.fee_query.to, WITHDRAWAL_CONTRACT);
    assert_eq!(files.fee_query.data, "0x");
    let rpc: Value = serde_json::from_str(&files.fee_query.json_rpc).unwrap();
    assert_eq!(rpc["method"], "eth_call");
    assert_eq!(
        rpc["params"],
        json!([{"to": WITHDRAWAL_CONTRACT, "data": "0x"}, "latest"])
    );
    assert_eq!(
        files.notices,
        vec![
            ExecutionNotice::FeeReadByEmptyCall,
            ExecutionNotice::OverpaymentNotRefunded,
            ExecutionNotice::SendFromWithdrawalAddress,
            ExecutionNotice::ChainChecksWhenProcessed,
        ]
    );
    let names: Vec<&str> = files
        .requests
        .iter()
        .map(|request| request.file.file_name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "withdrawal_request-0-1700000000.json",
            "withdrawal_request-1-1700000000.json"
        ]
    );
    for (i, (action, gwei)) in [
        (ExecutionAction::FullExit, 0u64),
        (ExecutionAction::PartialWithdrawal, 1_500_000_000),
    ]
    .into_iter()
    .enumerate()
    {
        let request = &files.requests[i];
        assert_eq!(request.file.kind, FileKind::WithdrawalRequest);
        assert_eq!(request.action, action);
        assert_eq!(request.from, ADDRESS);
        let file = file_json(&files, i);
        // EIP-7002: validator_pubkey (48 bytes) ‖ amount (uint64, big-endian).
        let data = format!("{}{gwei:016x}", pubkey(i as u32));
        assert_eq!(file["data"], data);
        assert_eq!(hex::decode(&data[2..]).unwrap().len(), 56);
        assert_eq!(file["to"], WITHDRAWAL_CONTRACT);
        assert_eq!(file["chainId"], "560048");
        assert_eq!(file["from"], ADDRESS);
        assert_eq!(file["value"], "1");
        assert_eq!(file["request"]["type"], "withdrawal_request");
        assert_eq!(file["request"]["validator_pubkey"], pubkey(i as u32));
        assert_eq!(file["request"]["amount"], gwei.to_string());
        let uri = format!("ethereum:{WITHDRAWAL_CONTRACT}@560048?value=1&data={data}");
        assert_eq!(file["eip681"], uri);
        assert_eq!(request.eip681, uri);
        assert_eq!(request.qr_text, uri);
    }
    assert!(file_json(&files, 1)["description"]
        .as_str()
        .unwrap()
        .starts_with("Withdraw 1.5 ETH from validator 0x"));
    // The package's response lists the files as every other response does.
    let response = Response::ExecutionRequests(files.clone());
    assert_eq!(response.files().len(), 2);
}

#[test]
fn consolidations_are_the_source_then_the_target() {
    let files = made(
        "create_consolidation_requests",
        json!({
            "chain": "mainnet",
            "value": "3",
            "requests": [
                {"source": validator(0, 1)},
                {"source": validator(1, 1), "target": validator(2, 2)},
                {"source": validator(3, 2), "target": validator(2, 2)},
            ],
        }),
    );
    assert_eq!(files.chain_id, "1");
    assert_eq!(files.fee_query.to, CONSOLIDATION_CONTRACT);
    assert!(files
        .notices
        .contains(&ExecutionNotice::ConsolidationExitsSource));
    let actions: Vec<ExecutionAction> = files.requests.iter().map(|r| r.action).collect();
    assert_eq!(
        actions,
        [
            ExecutionAction::SwitchToCompounding,
            ExecutionAction::ConsolidateSource,
            ExecutionAction::ConsolidateSource
        ]
    );
    for (i, (source, target)) in [(0, 0), (1, 2), (3, 2)].into_iter().enumerate() {
        let file = file_json(&files, i);
        // EIP-7251: source_pubkey ‖ target_pubkey, 96 bytes.
        let data = format!("{}{}", pubkey(source), &pubkey(target)[2..]);
        assert_eq!(file["data"], data);
        assert_eq!(hex::decode(&data[2..]).unwrap().len(), 96);
        assert_eq!(file["to"], CONSOLIDATION_CONTRACT);
        assert_eq!(file["value"], "3");
        assert_eq!(
            files.requests[i].file.file_name,
            format!("consolidation_request-{source}-{target}-1700000000.json")
        );
        assert_eq!(
            file["eip681"],
            format!("ethereum:{CONSOLIDATION_CONTRACT}@1?value=3&data={data}")
        );
    }
    assert!(file_json(&files, 0)["description"]
        .as_str()
        .unwrap()
        .starts_with("Switch validator 0x"));
    // The target named as the source itself is the same switch.
    let same = made(
        "create_consolidation_requests",
        json!({"chain": "mainnet", "value": "3", "requests": [{"source": validator(0, 1), "target": validator(0, 1)}]}),
    );
    assert_eq!(same.requests[0].file.json, files.requests[0].file.json);
}

#[test]
fn gnosis_amounts_are_in_gno_and_values_in_wei() {
    let files = made(
        "create_withdrawal_requests",
        json!({
            "chain": "gnosis",
            "value": "1000000000000000000",
            "requests": [{"validator": validator(0, 2), "action": "partial_withdrawal", "amount": "1"}],
        }),
    );
    let file = file_json(&files, 0);
    // 1 GNO is 32 units of the deposit contract: 32000000000 gwei on the beacon chain.
    assert_eq!(file["request"]["amount"], "32000000000");
    assert_eq!(file["chainId"], "100");
    assert_eq!(file["value"], "1000000000000000000");
    assert!(file["eip681"]
        .as_str()
        .unwrap()
        .contains("@100?value=1000000000000000000&data="));
    assert!(file["description"]
        .as_str()
        .unwrap()
        .starts_with("Withdraw 1 GNO from validator"));
}

/// What the EIPs refuse (the chain would ignore the request and keep the fee) and what a
/// careful staker would not send, each with its code and the field it concerns; nothing is
/// made.
#[test]
fn requests_the_chain_would_ignore_are_refused() {
    let withdraw = |request: Value| json!({"chain": "hoodi", "value": "1", "requests": [request]});
    let consolidate =
        |requests: Value| json!({"chain": "hoodi", "value": "1", "requests": requests});
    let mut exiting = validator(0, 2);
    exiting["status"] = json!("active_exiting");
    let mut no_pubkey = validator(0, 2);
    no_pubkey.as_object_mut().unwrap().remove("pubkey");
    let mut not_a_key = validator(0, 2);
    not_a_key["pubkey"] = json!(format!("0x{}", "00".repeat(48)));
    let mut padded = validator(0, 2);
    padded["withdrawalCredentials"] = json!(format!("0x0201{}", "00".repeat(30)));
    let mut elsewhere = validator(2, 2);
    elsewhere["withdrawalCredentials"] = json!(credentials(2, OTHER));
    let cases: Vec<(&str, Value, ErrorCode, &str)> = vec![
        (
            "create_withdrawal_requests",
            withdraw(
                json!({"validator": validator(0, 1), "action": "partial_withdrawal", "amount": "1"}),
            ),
            ErrorCode::WithdrawalPartialNotCompounding,
            "requests[0].validator.withdrawalCredentials",
        ),
        (
            "create_withdrawal_requests",
            withdraw(json!({"validator": validator(0, 2), "action": "full_exit", "amount": "1"})),
            ErrorCode::WithdrawalAmountOnExit,
            "requests[0].amount",
        ),
        (
            "create_withdrawal_requests",
            withdraw(
                json!({"validator": validator(0, 2), "action": "partial_withdrawal", "amount": "0"}),
            ),
            ErrorCode::WithdrawalAmountZero,
            "requests[0].amount",
        ),
        (
            "create_withdrawal_requests",
            withdraw(json!({"validator": validator(0, 2), "action": "partial_withdrawal"})),
            ErrorCode::OptionMissing,
            "requests[0].amount",
        ),
        (
            "create_withdrawal_requests",
            withdraw(json!({"validator": validator(0, 0), "action": "full_exit"})),
            ErrorCode::RequestNotExecutionCredentials,
            "requests[0].validator.withdrawalCredentials",
        ),
        (
            "create_withdrawal_requests",
            withdraw(json!({"validator": exiting, "action": "full_exit"})),
            ErrorCode::RequestValidatorNotActive,
            "requests[0].validator.status",
        ),
        (
            "create_withdrawal_requests",
            withdraw(json!({"validator": no_pubkey, "action": "full_exit"})),
            ErrorCode::OptionMissing,
            "requests[0].validator.pubkey",
        ),
        (
            "create_withdrawal_requests",
            withdraw(json!({"validator": not_a_key, "action": "full_exit"})),
            ErrorCode::PubkeyInvalid,
            "requests[0].validator.pubkey",
        ),
        (
            "create_withdrawal_requests",
            withdraw(json!({"validator": padded, "action": "full_exit"})),
            ErrorCode::CredentialsPadding,
            "requests[0].validator.withdrawalCredentials",
        ),
        (
            "create_withdrawal_requests",
            json!({"chain": "hoodi", "value": "1", "requests": [
                {"validator": validator(0, 2), "action": "full_exit"},
                {"validator": validator(0, 2), "action": "partial_withdrawal", "amount": "1"},
            ]}),
            ErrorCode::DuplicateValidator,
            "requests[1].validator",
        ),
        (
            "create_consolidation_requests",
            consolidate(json!([{"source": validator(0, 2), "target": validator(1, 1)}])),
            ErrorCode::ConsolidationTargetNotCompounding,
            "requests[0].target.withdrawalCredentials",
        ),
        (
            "create_consolidation_requests",
            consolidate(json!([{"source": validator(0, 2), "target": validator(1, 0)}])),
            ErrorCode::ConsolidationTargetNotCompounding,
            "requests[0].target.withdrawalCredentials",
        ),
        (
            "create_consolidation_requests",
            consolidate(json!([{"source": validator(0, 2)}])),
            ErrorCode::ConsolidationSelfNotSwitch,
            "requests[0].source.withdrawalCredentials",
        ),
        (
            "create_consolidation_requests",
            consolidate(json!([{"source": validator(0, 0)}])),
            ErrorCode::RequestNotExecutionCredentials,
            "requests[0].source.withdrawalCredentials",
        ),
        (
            "create_consolidation_requests",
            consolidate(json!([{"source": validator(0, 2), "target": elsewhere.clone()}])),
            ErrorCode::ConsolidationTargetAddressDiffers,
            "requests[0].target.withdrawalCredentials",
        ),
        (
            "create_consolidation_requests",
            consolidate(json!([
                {"source": validator(0, 2), "target": validator(1, 2)},
                {"source": validator(1, 2), "target": validator(2, 2)},
            ])),
            ErrorCode::ConsolidationSourceAlsoTarget,
            "requests[1].source",
        ),
        (
            "create_consolidation_requests",
            consolidate(json!([
                {"source": validator(0, 2), "target": validator(1, 2)},
                {"source": validator(0, 2), "target": validator(2, 2)},
            ])),
            ErrorCode::DuplicateValidator,
            "requests[1].source",
        ),
        (
            "create_withdrawal_requests",
            json!({"chain": "hoodi", "value": "0", "requests": [{"validator": validator(0, 2), "action": "full_exit"}]}),
            ErrorCode::RequestValueInvalid,
            "value",
        ),
        (
            "create_withdrawal_requests",
            json!({"chain": "hoodi", "value": "0.001", "requests": [{"validator": validator(0, 2), "action": "full_exit"}]}),
            ErrorCode::RequestValueInvalid,
            "value",
        ),
        (
            "create_withdrawal_requests",
            json!({"chain": "hoodi", "value": "1", "requests": []}),
            ErrorCode::NoValidators,
            "requests",
        ),
        (
            "create_withdrawal_requests",
            json!({"chain": {"name": "ephemery", "genesisForkVersion": "0x1000101b", "capellaForkVersion": "0x4000101b"}, "value": "1", "requests": [{"validator": validator(0, 2), "action": "full_exit"}]}),
            ErrorCode::ChainNoExecutionLayer,
            "chain",
        ),
    ];
    for (operation, options, code, field) in cases {
        assert_eq!(
            refused(operation, options.clone()),
            (code, Some(field.to_owned())),
            "{operation} {options}"
        );
    }
    // An action the request does not know, named by its path as the package reads it.
    let unknown: Result<withdrawal_wallet::CreateWithdrawalRequests, WalletError> =
        request_from_json(withdraw(
            json!({"validator": validator(0, 2), "action": "exit"}),
        ));
    let err = unknown.unwrap_err();
    assert_eq!(
        (err.code, err.field.as_deref()),
        (ErrorCode::OptionValue, Some("requests[0].action"))
    );
    // The opt-in for a target of another address.
    let allowed = made(
        "create_consolidation_requests",
        json!({"chain": "hoodi", "value": "1", "allowOtherTargetAddress": true, "requests": [{"source": validator(0, 2), "target": elsewhere}]}),
    );
    assert_eq!(allowed.requests.len(), 1);
    assert_eq!(allowed.requests[0].from, ADDRESS);
}

/// The review lists every request, with what it does, the address to send it from, and the
/// problem that stops it; it makes nothing.
#[test]
fn the_review_names_each_requests_problem() {
    let review = reviewed(
        "review_withdrawal_requests",
        json!({
            "chain": "sepolia",
            "value": "2",
            "requests": [
                {"validator": validator(0, 2), "action": "partial_withdrawal", "amount": "0.5"},
                {"validator": validator(1, 1), "action": "partial_withdrawal", "amount": "0.5"},
            ],
        }),
    );
    assert_eq!(
        (
            review.chain.as_str(),
            review.chain_id.as_str(),
            review.to.as_str(),
            review.value.as_str()
        ),
        ("sepolia", "11155111", WITHDRAWAL_CONTRACT, "2")
    );
    let first = &review.requests[0];
    assert_eq!(first.action, ExecutionAction::PartialWithdrawal);
    assert_eq!(first.amount.as_deref(), Some("0.5 ETH"));
    assert_eq!(first.amount_gwei.as_deref(), Some("500000000"));
    assert_eq!(first.from.as_deref(), Some(ADDRESS));
    assert_eq!(first.validator.credentials.prefix, "0x02");
    assert_eq!(first.validator.status, Some(ValidatorStatus::ActiveOngoing));
    assert!(first.problem.is_none());
    let second = review.requests[1].problem.as_ref().unwrap();
    assert_eq!(second.code, ErrorCode::WithdrawalPartialNotCompounding);
    assert_eq!(
        second.field.as_deref(),
        Some("requests[1].validator.withdrawalCredentials")
    );
    assert_eq!(
        second.message,
        "validator 1 has 0x01 credentials: the chain makes partial withdrawals only for 0x02 (compounding) validators, and sweeps a 0x01 validator's excess balance by itself; switch it to 0x02 first, or ask for a full exit"
    );

    let review = reviewed(
        "review_consolidation_requests",
        json!({"chain": "holesky", "value": "1", "requests": [{"source": validator(0, 1)}, {"source": validator(1, 2), "target": validator(3, 2)}]}),
    );
    assert_eq!(review.to, CONSOLIDATION_CONTRACT);
    assert_eq!(
        review.requests[0].action,
        ExecutionAction::SwitchToCompounding
    );
    assert_eq!(
        review.requests[0].target.as_ref().map(|t| t.index.as_str()),
        Some("0")
    );
    assert_eq!(
        review.requests[1].action,
        ExecutionAction::ConsolidateSource
    );
    assert!(review.requests.iter().all(|r| r.problem.is_none()));
}

fn verify(json_text: &str, extra: Value) -> FileVerification {
    let mut options = json!({"json": json_text, "chain": "hoodi"});
    for (key, value) in extra.as_object().unwrap() {
        options[key] = value.clone();
    }
    match call("verify_file", options) {
        Ok(Response::Verified(verification)) => verification,
        other => panic!("{other:?}"),
    }
}

/// "Verify files" recognises a request file by its shape, checks it against the chain and its
/// own calldata, says where an exit's funds go, and finds the validators' key indices.
#[test]
fn verify_files_checks_request_files() {
    let files = made(
        "create_withdrawal_requests",
        json!({"chain": "hoodi", "value": "1", "requests": [{"validator": validator(4, 2), "action": "full_exit"}]}),
    );
    let text = &files.requests[0].file.json;
    let verified = verify(text, json!({}));
    assert_eq!(verified.kind, FileKind::WithdrawalRequest);
    assert!(verified.entries[0].report.ok);
    assert_eq!(verified.addresses, vec![ADDRESS.to_owned()]);
    let content = serde_json::to_value(&verified.entries[0].content).unwrap();
    assert_eq!(content["type"], "execution_request");
    assert_eq!(content["action"], "full_exit");
    assert_eq!(content["validatorPubkey"], pubkey(4));
    // Funds expected elsewhere: named.
    let elsewhere = verify(text, json!({"expectedAddress": OTHER}));
    assert_eq!(
        elsewhere.entries[0].report.problems[0].code,
        ErrorCode::VerifyAddressDiffers
    );
    assert_eq!(
        elsewhere.entries[0].report.problems[0].field.as_deref(),
        Some("from")
    );
    // With the mnemonic: the validator's signing key is at key index 4.
    let matched = verify(text, json!({"mnemonic": ABANDON_ART, "keyCount": 8}));
    let matches = serde_json::to_value(&matched.entries[0].key_matches).unwrap();
    assert_eq!(matches, json!([{"key": "signing", "keyIndex": 4}]));
    // Against mainnet: the chain ID is named.
    let mut options = json!({"json": text, "chain": "mainnet"});
    options["kind"] = json!("withdrawal_request");
    let Ok(Response::Verified(mainnet)) = call("verify_file", options) else {
        panic!()
    };
    assert_eq!(
        mainnet.entries[0].report.problems[0].field.as_deref(),
        Some("chainId")
    );

    let consolidation = made(
        "create_consolidation_requests",
        json!({"chain": "hoodi", "value": "1", "requests": [{"source": validator(0, 1), "target": validator(1, 2)}]}),
    );
    let verified = verify(
        &consolidation.requests[0].file.json,
        json!({"mnemonic": ABANDON_ART, "keyCount": 4}),
    );
    assert_eq!(verified.kind, FileKind::ConsolidationRequest);
    assert!(verified.entries[0].report.ok);
    // A consolidation moves a balance between validators, not to an address.
    assert!(verified.addresses.is_empty());
    let matches = serde_json::to_value(&verified.entries[0].key_matches).unwrap();
    assert_eq!(
        matches,
        json!([{"key": "signing", "keyIndex": 0}, {"key": "signing", "keyIndex": 1}])
    );
}

/// "Find my validators" says what each found validator allows: 0x01 exits, switches to 0x02
/// and consolidates; 0x02 also withdraws partially and receives consolidations; 0x00 and
/// validators no longer active, nothing. A found row is a request's validator as it is.
#[test]
fn found_validators_offer_their_execution_actions() {
    let seed = seed(ABANDON_ART);
    let keys = derive_validator_keys(&seed, 0, 4).unwrap();
    let imported = |index: usize, prefix: u8, status: ValidatorStatus| {
        let mut withdrawal_credentials = [0u8; 32];
        withdrawal_credentials[0] = prefix;
        withdrawal_credentials[12..].copy_from_slice(&hex::decode(&ADDRESS[2..]).unwrap());
        ImportedValidator {
            index: 100 + index as u64,
            pubkey: Some(keys[index].signing_pubkey.to_bytes()),
            withdrawal_credentials,
            status: Some(status),
        }
    };
    let list = [
        imported(0, 1, ValidatorStatus::ActiveOngoing),
        imported(1, 2, ValidatorStatus::ActiveOngoing),
        imported(2, 2, ValidatorStatus::ActiveExiting),
        ImportedValidator {
            withdrawal_credentials: keys[3].bls_withdrawal_credentials,
            ..imported(3, 0, ValidatorStatus::ActiveOngoing)
        },
    ];
    let found = find_validators(&seed, 0, 4, &list).unwrap();
    use ExecutionAction::*;
    let actions: Vec<(u64, Vec<ExecutionAction>)> = found
        .iter()
        .map(|row| (row.validator_index, row.execution_actions.clone()))
        .collect();
    assert_eq!(
        actions,
        vec![
            (100, vec![FullExit, SwitchToCompounding, ConsolidateSource]),
            (
                101,
                vec![
                    FullExit,
                    PartialWithdrawal,
                    ConsolidateSource,
                    ConsolidateTarget
                ]
            ),
            (102, vec![]),
            (103, vec![]),
        ]
    );
    // As the package shows a row: the actions, and the pubkey; none for the 0x00 row.
    let row = serde_json::to_value(&found[1]).unwrap();
    assert_eq!(
        row["executionActions"],
        json!([
            "full_exit",
            "partial_withdrawal",
            "consolidate_source",
            "consolidate_target"
        ])
    );
    assert_eq!(row["pubkey"], pubkey(1));
    assert!(serde_json::to_value(&found[3])
        .unwrap()
        .get("executionActions")
        .is_none());
    // The rows go into a request as they are.
    let files = made(
        "create_consolidation_requests",
        json!({"chain": "hoodi", "value": "1", "requests": [{
            "source": serde_json::to_value(found[0].validator_input().unwrap()).unwrap(),
            "target": serde_json::to_value(found[1].validator_input().unwrap()).unwrap(),
        }]}),
    );
    assert_eq!(files.requests[0].validator_index, "100");
    assert_eq!(files.requests[0].target_index.as_deref(), Some("101"));
}

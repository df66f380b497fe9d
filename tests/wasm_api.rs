//! The pkg/ API in a real browser (`wasm-pack test --headless --chrome -- --features wasm`).
#![cfg(all(target_arch = "wasm32", feature = "wasm"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use withdrawal_wallet::wasm::{
    create_bls_to_execution_changes_js, create_keystores_js, create_ownership_proof_js,
    decrypt_keystore_js, derive_validator_keys_js, generate_mnemonic_js, mnemonic_languages_js,
    normalize_mnemonic_js, review_ownership_proof_js, verify_bls_to_execution_changes_js,
    verify_ownership_proof_js,
};

wasm_bindgen_test_configure!(run_in_browser);

const ABANDON_ART: &str = "abandon abandon abandon abandon abandon abandon abandon abandon \
    abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \
    abandon abandon abandon abandon art";

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap()
}

fn options(mnemonic: &str, start: u32, count: u32) -> JsValue {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"mnemonic".into(), &mnemonic.into()).unwrap();
    js_sys::Reflect::set(&options, &"startIndex".into(), &start.into()).unwrap();
    js_sys::Reflect::set(&options, &"count".into(), &count.into()).unwrap();
    options.into()
}

#[wasm_bindgen_test]
fn derive_validator_keys_returns_the_published_withdrawal_key() {
    let keys = js_sys::Array::from(&derive_validator_keys_js(options(ABANDON_ART, 0, 2)).unwrap());
    assert_eq!(keys.length(), 2);
    let first = keys.get(0);
    assert_eq!(get(&first, "index").as_f64(), Some(0.0));
    assert_eq!(
        get(&first, "withdrawalPath").as_string().unwrap(),
        "m/12381/3600/0/0"
    );
    assert_eq!(
        get(&first, "signingPath").as_string().unwrap(),
        "m/12381/3600/0/0/0"
    );
    assert_eq!(
        get(&first, "withdrawalPubkey").as_string().unwrap(),
        "0x99b1f1d84d76185466d86c34bde1101316afddae76217aa86cd066979b19858c2c9d9e56eebc1e067ac54277a61790db"
    );
    assert_eq!(
        get(&first, "blsWithdrawalCredentials").as_string().unwrap(),
        "0x008ba1cc4b091b91c1202bba3f508075d6ff565c77e559f0803c0792e0302bf1"
    );
    assert_eq!(
        get(&keys.get(1), "withdrawalPath").as_string().unwrap(),
        "m/12381/3600/1/0"
    );
}

#[wasm_bindgen_test]
fn derive_validator_keys_throws_a_js_error_naming_the_word_position() {
    let mnemonic = ABANDON_ART.replace(" art", " artx");
    let err = derive_validator_keys_js(options(&mnemonic, 0, 1)).unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(
        code_and_field(&err),
        (
            "mnemonic_unknown_word".to_owned(),
            Some("mnemonic".to_owned())
        )
    );
    assert_eq!(get(&get(&err, "params"), "position").as_f64(), Some(24.0));
    let message = String::from(err.unchecked_into::<js_sys::Error>().message());
    assert_eq!(
        message,
        "word #24 is not in the BIP39 wordlist; check its spelling"
    );
}

fn set(object: &js_sys::Object, key: &str, value: JsValue) {
    js_sys::Reflect::set(object, &key.into(), &value).unwrap();
}

fn message(err: JsValue) -> String {
    String::from(err.unchecked_into::<js_sys::Error>().message())
}

/// A thrown error's code and field, as data.
fn code_and_field(err: &JsValue) -> (String, Option<String>) {
    (
        get(err, "code").as_string().unwrap(),
        get(err, "field").as_string(),
    )
}

fn js(text: &str) -> JsValue {
    JsValue::from_str(text)
}

/// Generate → derive → create a scrypt keystore → decrypt it, all through the JS API.
#[wasm_bindgen_test]
fn generate_derive_create_scrypt_keystore_and_decrypt_it() {
    let phrase = generate_mnemonic_js(JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    assert_eq!(phrase.split(' ').count(), 24);
    assert_eq!(
        normalize_mnemonic_js(js(&phrase.to_uppercase()), JsValue::UNDEFINED).unwrap(),
        phrase
    );
    let other = generate_mnemonic_js(js("japanese"), JsValue::from_f64(12.0)).unwrap();
    assert_eq!(other.split(' ').count(), 12);
    assert_ne!(
        generate_mnemonic_js(JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap(),
        phrase
    );

    let keys = js_sys::Array::from(&derive_validator_keys_js(options(&phrase, 5, 1)).unwrap());
    let signing_pubkey = get(&keys.get(0), "signingPubkey").as_string().unwrap();

    let request = js_sys::Object::new();
    set(&request, "mnemonic", phrase.as_str().into());
    set(&request, "startIndex", 5.into());
    set(&request, "count", 1.into());
    set(&request, "password", "a browser password".into());
    set(&request, "kdf", "scrypt".into());
    set(&request, "timestamp", 1700000000.into());
    let files = js_sys::Array::from(&create_keystores_js(request.into()).unwrap());
    assert_eq!(files.length(), 1);
    let file = files.get(0);
    assert_eq!(
        get(&file, "fileName").as_string().unwrap(),
        "keystore-m_12381_3600_5_0_0-1700000000.json"
    );
    let json = get(&file, "json").as_string().unwrap();
    assert!(json.contains("\"function\": \"scrypt\""));

    let decrypted = decrypt_keystore_js(js(&json), js("a browser password")).unwrap();
    assert_eq!(
        get(&decrypted, "pubkey").as_string().unwrap(),
        signing_pubkey
    );
    assert_eq!(
        get(&decrypted, "path").as_string().unwrap(),
        "m/12381/3600/5/0/0"
    );
    assert_eq!(
        message(decrypt_keystore_js(js(&json), js("not the password")).unwrap_err()),
        "wrong password: the keystore's checksum does not match"
    );
}

#[wasm_bindgen_test]
fn mnemonic_helpers_report_languages_and_problems() {
    let languages = js_sys::Array::from(&mnemonic_languages_js(js(ABANDON_ART)).unwrap());
    let names: Vec<String> = languages.iter().map(|l| l.as_string().unwrap()).collect();
    assert!(names.contains(&"english".to_owned()), "{names:?}");
    assert_eq!(
        message(normalize_mnemonic_js(js("abandon abandon"), JsValue::UNDEFINED).unwrap_err()),
        "the mnemonic has 2 words; it must have 12, 15, 18, 21 or 24"
    );
    assert_eq!(
        message(generate_mnemonic_js(js("elvish"), JsValue::UNDEFINED).unwrap_err()),
        "unknown mnemonic language \"elvish\"; use one of: english, spanish, french, italian, portuguese, czech, japanese, korean, chinese_simplified, chinese_traditional"
    );
    assert_eq!(
        message(generate_mnemonic_js(JsValue::UNDEFINED, JsValue::from_f64(13.0)).unwrap_err()),
        "the mnemonic has 13 words; it must have 12, 15, 18, 21 or 24"
    );
}

/// One BLS change through the JS API in Chromium: the Holesky vector from eth-staking-smith.
#[wasm_bindgen_test]
fn bls_to_execution_change_through_the_js_api() {
    let file: serde_json::Value =
        serde_json::from_str(include_str!("vectors/bls_change_and_exit_vectors.json")).unwrap();
    let case = &file["bls_to_execution_change_holesky"];
    let request = js_sys::Object::new();
    set(
        &request,
        "mnemonic",
        case["mnemonic"].as_str().unwrap().into(),
    );
    set(&request, "chain", "holesky".into());
    set(&request, "startIndex", 0.into());
    set(
        &request,
        "validatorIndices",
        js_sys::Array::of1(&"100".into()).into(),
    );
    set(
        &request,
        "blsWithdrawalCredentials",
        js_sys::Array::of1(&case["bls_withdrawal_credentials"].as_str().unwrap().into()).into(),
    );
    set(
        &request,
        "executionAddress",
        case["to_execution_address_input"].as_str().unwrap().into(),
    );
    set(&request, "timestamp", 1700000000.into());
    let files = create_bls_to_execution_changes_js(request.into()).unwrap();
    assert_eq!(
        get(&files, "fileName").as_string().unwrap(),
        "bls_to_execution_change-1700000000.json"
    );
    let json = get(&files, "json").as_string().unwrap();
    let ours: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(ours[0]["message"], case["expected"]["message"]);
    assert_eq!(ours[0]["signature"], case["expected"]["signature"]);
    assert_eq!(
        get(&get(&files, "ethdo"), "fileName").as_string().unwrap(),
        "change-operations.json"
    );

    let reports =
        js_sys::Array::from(&verify_bls_to_execution_changes_js(js(&json), js("holesky")).unwrap());
    assert_eq!(get(&reports.get(0), "ok").as_bool(), Some(true));
    let reports =
        js_sys::Array::from(&verify_bls_to_execution_changes_js(js(&json), js("mainnet")).unwrap());
    assert_eq!(get(&reports.get(0), "ok").as_bool(), Some(false));
}

/// A proof of withdrawal-address ownership through the JS API: reviewed, signed (the pinned
/// file, byte for byte), verified; the validator index crosses as decimal text.
#[wasm_bindgen_test]
fn ownership_proof_through_the_js_api() {
    let request = js_sys::Object::new();
    set(
        &request,
        "mnemonic",
        "test test test test test test test test test test test waste".into(),
    );
    set(&request, "keyIndex", 0.into());
    set(&request, "chain", "mainnet".into());
    set(&request, "validatorIndex", "1".into());
    set(
        &request,
        "executionAddress",
        "0xcd60A5f152724480c3a95E4Ff4dacEEf4074854d".into(),
    );
    set(&request, "acknowledgePublicMnemonic", true.into());
    set(&request, "timestamp", 1700000000.into());
    let review = review_ownership_proof_js(request.clone().into()).unwrap();
    assert_eq!(get(&review, "keyIndex").as_f64(), Some(0.0));
    assert_eq!(get(&review, "validatorIndex").as_string().unwrap(), "1");
    let pubkey = get(&review, "pubkey").as_string().unwrap();

    let file = create_ownership_proof_js(request.clone().into()).unwrap();
    assert_eq!(
        get(&file, "fileName").as_string().unwrap(),
        "bls_to_execution_change_keystore_signature-1-1700000000.json"
    );
    let json = get(&file, "json").as_string().unwrap();
    assert_eq!(
        json,
        include_str!("vectors/bls_to_execution_change_keystore_signature-1-1700000000.json")
    );
    let report = verify_ownership_proof_js(js(&json), js("mainnet"), js(&pubkey)).unwrap();
    assert_eq!(get(&report, "ok").as_bool(), Some(true));
    let report = verify_ownership_proof_js(js(&json), js("hoodi"), js(&pubkey)).unwrap();
    assert_eq!(get(&report, "ok").as_bool(), Some(false));

    // Keystore and mnemonic options together: one source only.
    set(&request, "password", "x".into());
    let err = create_ownership_proof_js(request.into()).unwrap_err();
    assert_eq!(code_and_field(&err).0, "option_conflict");
}

/// A top-up and builder deposits through the JS API: deposit-cli 1.3.1's bytes, the review's
/// notice as a code, and a builder file that verifies as one.
#[wasm_bindgen_test]
fn top_up_and_builder_deposits_through_the_js_api() {
    use withdrawal_wallet::wasm::{
        create_builder_deposits_js, create_top_up_deposit_js, review_builder_deposits_js,
        review_top_up_deposit_js, verify_builder_deposit_data_js,
    };
    let vectors: serde_json::Value =
        serde_json::from_str(include_str!("vectors/deposit_cli_131_top_up_builder.json")).unwrap();
    let top_up = &vectors["vectors"][0];
    let request = js_sys::Object::new();
    set(&request, "mnemonic", ABANDON_ART.into());
    set(&request, "keyIndex", 0.into());
    set(&request, "chain", "hoodi".into());
    let withdrawal = js_sys::Object::new();
    set(&withdrawal, "type", "compounding".into());
    set(
        &withdrawal,
        "address",
        "0x0f51bb10119727a7e5eA3538074fb341F56B09Ad".into(),
    );
    set(&request, "withdrawal", withdrawal.into());
    set(&request, "amount", "40.5".into());
    set(&request, "timestamp", 1767225600.into());
    let review = review_top_up_deposit_js(request.clone().into()).unwrap();
    assert_eq!(
        get(&review, "amountGwei").as_string().unwrap(),
        "40500000000"
    );
    let file = create_top_up_deposit_js(request.clone().into()).unwrap();
    assert_eq!(get(&file, "kind").as_string().unwrap(), "partial_deposit");
    assert_eq!(
        get(&file, "json").as_string().unwrap(),
        top_up["file"].as_str().unwrap()
    );
    set(&request, "amount", "2048.000000001".into());
    let err = create_top_up_deposit_js(request.into()).unwrap_err();
    assert_eq!(
        code_and_field(&err),
        ("deposit_amount_out_of_range".into(), Some("amount".into()))
    );

    let builder = &vectors["vectors"][5];
    let request = js_sys::Object::new();
    set(&request, "mnemonic", ABANDON_ART.into());
    set(&request, "startIndex", 0.into());
    set(&request, "count", 2.into());
    set(&request, "chain", "hoodi".into());
    set(
        &request,
        "withdrawalAddress",
        "0x0f51bb10119727a7e5eA3538074fb341F56B09Ad".into(),
    );
    set(&request, "amount", "1".into());
    set(&request, "password", "builder test password".into());
    set(&request, "kdf", "pbkdf2".into());
    set(&request, "timestamp", 1767225605.into());
    let review = review_builder_deposits_js(request.clone().into()).unwrap();
    let notices = js_sys::Array::from(&get(&review, "notices"));
    assert_eq!(
        get(&notices.get(0), "code").as_string().unwrap(),
        "builder_keys_are_validator_keys"
    );
    let files = js_sys::Array::from(&create_builder_deposits_js(request.into()).unwrap());
    assert_eq!(files.length(), 3);
    let deposit = files.get(2);
    let json = get(&deposit, "json").as_string().unwrap();
    assert_eq!(json, builder["file"].as_str().unwrap());
    let reports =
        js_sys::Array::from(&verify_builder_deposit_data_js(js(&json), js("hoodi")).unwrap());
    assert!(reports
        .iter()
        .all(|report| get(&report, "ok").as_bool() == Some(true)));
}

/// Execution-layer requests through the JS API: the review, the transactions with their URIs,
/// the fee query, a refusal with its field, and a request file through `verifyFile`.
#[wasm_bindgen_test]
fn withdrawal_and_consolidation_requests_through_the_js_api() {
    use withdrawal_wallet::wasm::{
        create_consolidation_requests_js, create_withdrawal_requests_js,
        review_withdrawal_requests_js, verify_file_js,
    };
    let keys = js_sys::Array::from(&derive_validator_keys_js(options(ABANDON_ART, 0, 2)).unwrap());
    let validator = |i: u32, prefix: &str| {
        let pubkey = get(&keys.get(i), "signingPubkey").as_string().unwrap();
        serde_json::json!({
            "index": i,
            "pubkey": pubkey,
            "withdrawalCredentials": format!("0x{prefix}{}0f51bb10119727a7e5ea3538074fb341f56b09ad", "00".repeat(11)),
        })
    };
    let parse = |value: serde_json::Value| js_sys::JSON::parse(&value.to_string()).unwrap();
    let request = serde_json::json!({
        "chain": "hoodi",
        "value": "1",
        "requests": [{"validator": validator(0, "02"), "action": "partial_withdrawal", "amount": "1.5"}],
    });
    let review = review_withdrawal_requests_js(parse(request.clone())).unwrap();
    let row = js_sys::Array::from(&get(&review, "requests")).get(0);
    assert_eq!(get(&row, "amountGwei").as_string().unwrap(), "1500000000");
    assert_eq!(
        get(&row, "from").as_string().unwrap(),
        "0x0f51bb10119727a7e5eA3538074fb341F56B09Ad"
    );
    let made = create_withdrawal_requests_js(parse(request)).unwrap();
    assert_eq!(
        get(&get(&made, "feeQuery"), "to").as_string().unwrap(),
        "0x00000961Ef480Eb55e80D19ad83579A64c007002"
    );
    let first = js_sys::Array::from(&get(&made, "requests")).get(0);
    assert_eq!(
        get(&first, "kind").as_string().unwrap(),
        "withdrawal_request"
    );
    let uri = get(&first, "eip681").as_string().unwrap();
    assert!(uri
        .starts_with("ethereum:0x00000961Ef480Eb55e80D19ad83579A64c007002@560048?value=1&data=0x"));
    assert_eq!(get(&first, "qrText").as_string().unwrap(), uri);
    let verify = js_sys::Object::new();
    set(&verify, "json", get(&first, "json"));
    set(&verify, "chain", "hoodi".into());
    let verified = verify_file_js(verify.into()).unwrap();
    assert_eq!(
        get(&verified, "kind").as_string().unwrap(),
        "withdrawal_request"
    );
    let entry = js_sys::Array::from(&get(&verified, "entries")).get(0);
    assert_eq!(get(&entry, "ok").as_bool(), Some(true));

    let switch = serde_json::json!({"chain": "hoodi", "value": "1", "requests": [{"source": validator(1, "01")}]});
    let made = create_consolidation_requests_js(parse(switch)).unwrap();
    let first = js_sys::Array::from(&get(&made, "requests")).get(0);
    assert_eq!(
        get(&first, "action").as_string().unwrap(),
        "switch_to_compounding"
    );
    let into_01 = serde_json::json!({"chain": "hoodi", "value": "1", "requests": [{"source": validator(0, "02"), "target": validator(1, "01")}]});
    let err = create_consolidation_requests_js(parse(into_01)).unwrap_err();
    assert_eq!(
        code_and_field(&err),
        (
            "consolidation_target_not_compounding".into(),
            Some("requests[0].target.withdrawalCredentials".into())
        )
    );
}

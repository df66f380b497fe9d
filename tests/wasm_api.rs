//! The pkg/ API in a real browser (`wasm-pack test --headless --chrome -- --features wasm`).
#![cfg(all(target_arch = "wasm32", feature = "wasm"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use withdrawal_wallet::wasm::{
    create_bls_to_execution_changes_js, create_keystores_js, decrypt_keystore_js,
    derive_validator_keys_js, generate_mnemonic_js, mnemonic_languages_js, normalize_mnemonic_js,
    verify_bls_to_execution_changes_js,
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

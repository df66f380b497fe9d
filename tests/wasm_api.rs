//! The pkg/ API in a real browser (`wasm-pack test --headless --chrome -- --features wasm`).
#![cfg(all(target_arch = "wasm32", feature = "wasm"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use withdrawal_wallet::wasm::derive_validator_keys_js;

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
fn derive_validator_keys_throws_a_js_error_naming_the_word() {
    let mnemonic = ABANDON_ART.replace(" art", " artx");
    let err = derive_validator_keys_js(options(&mnemonic, 0, 1)).unwrap_err();
    let err: JsValue = err.into();
    assert!(err.is_instance_of::<js_sys::Error>());
    let message = String::from(err.unchecked_into::<js_sys::Error>().message());
    assert_eq!(
        message,
        "word #24 \"artx\" is not in the BIP39 wordlist; check its spelling"
    );
}

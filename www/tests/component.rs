//! The withdrawal lookup component, mounted in headless Chromium and driven like a user.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use withdrawal_wallet_www::WithdrawalLookup;

wasm_bindgen_test_configure!(run_in_browser);

const ABANDON_ART: &str = "abandon abandon abandon abandon abandon abandon abandon abandon \
    abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \
    abandon abandon abandon abandon art";

/// Mounts the component into a fresh container and returns the container.
fn mount() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), WithdrawalLookup).forget();
    host
}

fn find<T: JsCast>(host: &HtmlElement, test_id: &str) -> Option<T> {
    host.query_selector(&format!("[data-testid={test_id}]"))
        .unwrap()
        .map(|element| element.unchecked_into())
}

fn text(host: &HtmlElement, test_id: &str) -> String {
    find::<HtmlElement>(host, test_id)
        .and_then(|element| element.text_content())
        .unwrap_or_default()
}

/// Sets a field's value and fires the `input` event a keystroke would.
async fn type_into(host: &HtmlElement, test_id: &str, value: &str) {
    if let Some(textarea) = find::<HtmlTextAreaElement>(host, test_id)
        .filter(|element| element.tag_name() == "TEXTAREA")
    {
        textarea.set_value(value);
    } else {
        find::<HtmlInputElement>(host, test_id)
            .unwrap()
            .set_value(value);
    }
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).unwrap();
    find::<HtmlElement>(host, test_id)
        .unwrap()
        .dispatch_event(&event)
        .unwrap();
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn typing_a_mnemonic_renders_its_withdrawal_key_and_credentials() {
    let host = mount();
    assert!(find::<HtmlElement>(&host, "result").is_none());
    type_into(&host, "mnemonic", ABANDON_ART).await;
    assert_eq!(text(&host, "withdrawal-path"), "m/12381/3600/0/0");
    assert_eq!(
        text(&host, "withdrawal-pubkey"),
        "0x99b1f1d84d76185466d86c34bde1101316afddae76217aa86cd066979b19858c2c9d9e56eebc1e067ac54277a61790db"
    );
    assert_eq!(
        text(&host, "credentials"),
        "0x008ba1cc4b091b91c1202bba3f508075d6ff565c77e559f0803c0792e0302bf1"
    );
    type_into(&host, "index", "1").await;
    assert_eq!(text(&host, "withdrawal-path"), "m/12381/3600/1/0");
}

#[wasm_bindgen_test]
async fn an_invalid_mnemonic_shows_an_inline_error_and_no_keys() {
    let host = mount();
    type_into(&host, "mnemonic", &ABANDON_ART.replace(" art", " abandon")).await;
    assert_eq!(
        text(&host, "mnemonic-error"),
        "the mnemonic's checksum is wrong: a word is mistyped, missing or out of order"
    );
    assert!(find::<HtmlElement>(&host, "result").is_none());
    let field: HtmlElement = find(&host, "mnemonic").unwrap();
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(field.get_attribute("autocomplete").as_deref(), Some("off"));
    assert_eq!(field.get_attribute("spellcheck").as_deref(), Some("false"));
}

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

/// Mounts `page` with the session and navigation context the flows expect.
fn mount_page<V: leptos::IntoView + 'static>(
    page: fn() -> V,
    mnemonic: Option<&str>,
) -> HtmlElement {
    use leptos::prelude::*;
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let phrase = mnemonic.map(str::to_owned);
    leptos::mount::mount_to(host.clone(), move || {
        let session = withdrawal_wallet_www::session::Session::new();
        session.mnemonic.set(phrase.as_deref().map(|phrase| {
            withdrawal_wallet_www::session::LoadedMnemonic {
                phrase: withdrawal_wallet::SecretText::new(phrase),
                language: withdrawal_wallet::MnemonicLanguage::English,
                passphrase: withdrawal_wallet::SecretText::default(),
                publicly_known: true,
            }
        }));
        provide_context(session);
        provide_context(withdrawal_wallet_www::ScreenSignal(RwSignal::new(
            withdrawal_wallet_www::Screen::Start,
        )));
        page()
    })
    .forget();
    host
}

fn disabled(host: &HtmlElement, test_id: &str) -> bool {
    find::<HtmlElement>(host, test_id)
        .unwrap()
        .has_attribute("disabled")
        || find::<web_sys::HtmlButtonElement>(host, test_id).is_some_and(|b| b.disabled())
}

#[wasm_bindgen_test]
async fn use_mnemonic_form_checks_each_word_and_expands_abbreviations() {
    let host = mount_page(
        || leptos::view! { <withdrawal_wallet_www::pages::use_mnemonic::UseMnemonic/> },
        None,
    );
    assert!(disabled(&host, "use-mnemonic"));
    type_into(&host, "mnemonic", "abandon abandonx").await;
    assert!(text(&host, "word-check").contains("abandonx (unknown word)"));
    assert_eq!(
        text(&host, "mnemonic-error"),
        "the mnemonic has 2 words; it must have 12, 15, 18, 21 or 24"
    );
    type_into(&host, "mnemonic", &ABANDON_ART.replace("abandon", "aban")).await;
    assert_eq!(text(&host, "canonical"), ABANDON_ART);
    assert_eq!(text(&host, "mnemonic-error"), "");
    assert!(!disabled(&host, "use-mnemonic"));
    assert_eq!(
        text(&host, "detected-language"),
        "Words match the english wordlist."
    );
}

#[wasm_bindgen_test]
async fn validator_keys_form_shows_password_rules_and_address_errors() {
    let host = mount_page(
        || leptos::view! { <withdrawal_wallet_www::pages::validator_keys::ValidatorKeys/> },
        Some(ABANDON_ART),
    );
    assert!(text(&host, "public-mnemonic").contains("published test mnemonic"));
    type_into(&host, "password", "short").await;
    assert!(text(&host, "password-rules").contains("○ at least 12 characters"));
    type_into(&host, "password", "long enough password").await;
    type_into(&host, "password-again", "long enough password").await;
    assert!(text(&host, "password-rules").contains("✓ at least 12 characters"));
    assert!(text(&host, "password-rules").contains("✓ typed the same twice"));
    let lower = "0x0f51bb10119727a7e5ea3538074fb341f56b09ad";
    type_into(&host, "address", lower).await;
    type_into(&host, "address-again", lower).await;
    assert!(text(&host, "address-error").contains("0x0f51bb10119727a7e5eA3538074fb341F56B09Ad"));
    type_into(&host, "count", "0").await;
    assert_eq!(
        text(&host, "count-error"),
        "the number of validators must be at least 1"
    );
    type_into(&host, "count", "250").await;
    assert!(text(&host, "budget-warning").contains("past your budget of 200"));
}

#[wasm_bindgen_test]
async fn create_mnemonic_confirm_stays_disabled_until_the_phrase_matches() {
    let host = mount_page(
        || leptos::view! { <withdrawal_wallet_www::pages::create_mnemonic::CreateMnemonic/> },
        None,
    );
    let words = text(&host, "words");
    assert!(!words.is_empty());
    find::<HtmlElement>(&host, "written-down").unwrap().click();
    leptos::task::tick().await;
    type_into(&host, "confirm-phrase", "abandon").await;
    assert!(disabled(&host, "confirm"));
    assert!(text(&host, "confirm-phrase-error").contains("does not match"));
}

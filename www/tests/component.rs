//! Components mounted in headless Chromium and driven like a user: the signing review and the
//! flows' forms (their live checks; work that needs a worker is left to the e2e tests).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use withdrawal_wallet::{Chain, ExecutionAddress, WalletError};
use withdrawal_wallet_www::review::{
    Confirmation, PubkeyColumn, ReviewRow, Signed, SigningPlan, SigningReview,
};

wasm_bindgen_test_configure!(run_in_browser);

const ABANDON_ART: &str = "abandon abandon abandon abandon abandon abandon abandon abandon \
    abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \
    abandon abandon abandon abandon art";
const ADDRESS: &str = "0x0f51bb10119727a7e5eA3538074fb341F56B09Ad";

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

/// A review of two BLS changes on Hoodi to ADDRESS; `problem` marks the second validator.
fn plan(problem: Option<WalletError>) -> SigningPlan {
    SigningPlan {
        what: Signed::BlsChanges,
        chain: Chain::builtin("hoodi").unwrap(),
        address: Some(ExecutionAddress::parse_checksummed(ADDRESS).unwrap()),
        amount: None,
        epoch: None,
        pubkey_column: PubkeyColumn::Withdrawal,
        rows: vec![
            ReviewRow {
                validator_index: Some("700001".into()),
                key_index: Some(0),
                pubkey: format!("0x{}", "ab".repeat(48)),
                problem: None,
            },
            ReviewRow {
                validator_index: Some("700002".into()),
                key_index: Some(1),
                pubkey: format!("0x{}", "cd".repeat(48)),
                problem,
            },
        ],
    }
}

/// Mounts a review; returns its container and its `confirmed` signal.
fn mount_review(plan: SigningPlan, confirmation: Confirmation) -> (HtmlElement, RwSignal<bool>) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let confirmed = RwSignal::new(false);
    leptos::mount::mount_to(host.clone(), move || {
        view! { <SigningReview plan=plan.clone() confirmation=confirmation confirmed=confirmed/> }
    })
    .forget();
    (host, confirmed)
}

#[wasm_bindgen_test]
async fn a_change_of_address_is_confirmed_by_retyping_the_address_s_end() {
    let (host, confirmed) = mount_review(plan(None), Confirmation::AddressEnding);
    // The address large, grouped for reading aloud; the copy is the exact value.
    let address: HtmlElement = find(&host, "review-address").unwrap();
    assert_eq!(
        address.text_content().unwrap(),
        "0x0f51 bb10 1197 27a7 e5eA 3538 074f b341 F56B 09Ad"
    );
    assert_eq!(
        address.get_attribute("data-value").as_deref(),
        Some(ADDRESS)
    );
    assert_eq!(text(&host, "review-chain"), "hoodi");
    assert_eq!(text(&host, "review-count"), "2 BLS-to-execution changes");
    type_into(&host, "confirm-ending", "b09ad0").await;
    assert!(!confirmed.get_untracked());
    let error: HtmlElement = find(&host, "confirm-ending-error").unwrap();
    assert_eq!(
        error.get_attribute("data-code").as_deref(),
        Some("address_ending_mismatch")
    );
    type_into(&host, "confirm-ending", "6b09ad").await;
    assert!(confirmed.get_untracked());
    // Changing it again withdraws the confirmation.
    type_into(&host, "confirm-ending", "6b09a").await;
    assert!(!confirmed.get_untracked());
}

#[wasm_bindgen_test]
async fn a_review_with_a_validator_that_fails_cannot_be_confirmed() {
    let problem = WalletError::new(
        withdrawal_wallet::ErrorCode::BlsChangeCredentialsMismatch,
        Default::default(),
        "these credentials are not this mnemonic's",
    );
    let (host, confirmed) = mount_review(plan(Some(problem)), Confirmation::TickEach);
    assert!(text(&host, "review-blocked").contains("Nothing can be signed"));
    assert!(find::<HtmlElement>(&host, "confirm-chain").is_none());
    leptos::task::tick().await;
    assert!(!confirmed.get_untracked());
}

#[wasm_bindgen_test]
async fn ticking_each_part_confirms_a_review() {
    let (host, confirmed) = mount_review(plan(None), Confirmation::TickEach);
    for part in ["confirm-chain", "confirm-address"] {
        find::<HtmlElement>(&host, part).unwrap().click();
        leptos::task::tick().await;
    }
    assert!(!confirmed.get_untracked());
    find::<HtmlElement>(&host, "confirm-validators")
        .unwrap()
        .click();
    leptos::task::tick().await;
    assert!(confirmed.get_untracked());
}

/// Mounts `page` with the session and navigation context the flows expect.
fn mount_page<V: leptos::IntoView + 'static>(
    page: fn() -> V,
    mnemonic: Option<&str>,
) -> HtmlElement {
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
        provide_context(withdrawal_wallet_www::journeys::FlowStage(RwSignal::new(
            withdrawal_wallet_www::journeys::Stage::Details,
        )));
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
    // EN03: the secret fields tell the browser not to keep, check or correct what is typed.
    for id in ["mnemonic", "passphrase"] {
        let field: HtmlElement = find(&host, id).unwrap();
        for (attribute, value) in [
            ("autocomplete", "off"),
            ("spellcheck", "false"),
            ("autocapitalize", "off"),
            ("autocorrect", "off"),
        ] {
            assert_eq!(
                field.get_attribute(attribute).as_deref(),
                Some(value),
                "{id} {attribute}"
            );
        }
    }
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
        "Words match the English wordlist."
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

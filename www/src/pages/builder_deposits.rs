//! Builder deposits (deposit-cli's `builder`, EIP-8282): builder keys of the loaded mnemonic,
//! their keystores and their deposits to a withdrawal address, made in the workers. Builder
//! key i is validator signing key i of the same mnemonic: the page says so before anything is
//! made, from the core's review (`builder_keys_are_validator_keys`), and the staker
//! acknowledges it with the other parts of the review before signing. A change to any input
//! drops the review and the files.

use leptos::prelude::*;
use withdrawal_wallet::fields::{self, PasswordRule};
use withdrawal_wallet::{
    check_builder_amount, CreateBuilderDeposits, ExecutionAddress, KdfChoice, Request, Response,
    WalletError, MIN_NEW_PASSWORD_CHARS,
};

use crate::hex::HexValue;
use crate::i18n::{text, text_with, Args};
use crate::jobs::{JobProgress, JobRunner, JobState};
use crate::journeys::{report_stage, Stage};
use crate::pages::common::{
    field_error, secret_input, text_input, ChainPicker, NeedsMnemonic, PublicMnemonicAck,
    SecretField,
};
use crate::review::{Confirmation, PubkeyColumn, ReviewRow, SignAndFiles, Signed, SigningPlan};
use crate::session::Session;
use crate::tr;

/// A keystore password rule as the list under the password shows it (tracked).
fn rule_text(rule: PasswordRule) -> String {
    match rule {
        PasswordRule::MinimumLength => {
            let mut args = Args::new();
            args.set("count", MIN_NEW_PASSWORD_CHARS as u64);
            text_with("keys-rule-minimum-length", &args)
        }
        PasswordRule::Confirmed => text("keys-rule-confirmed"),
    }
}

/// The review's failure when the core placed it at `field` (or inside it): shown beside that
/// field as well as under the button.
fn failure_at(runner: JobRunner, field: &str) -> Option<WalletError> {
    match runner.state.get() {
        JobState::Failed(err)
            if err.field.as_deref().is_some_and(|at| {
                at == field
                    || at.starts_with(&format!("{field}."))
                    || at.starts_with(&format!("{field}["))
            }) =>
        {
            Some(err)
        }
        _ => None,
    }
}

#[component]
pub fn BuilderDeposits() -> impl IntoView {
    let session = expect_context::<Session>();
    let chain = session.chain;
    let start = RwSignal::new("0".to_owned());
    let count = RwSignal::new("1".to_owned());
    let address = RwSignal::new(String::new());
    let address_again = RwSignal::new(String::new());
    let amount = RwSignal::new(String::new());
    let password = SecretField::new();
    let password_again = SecretField::new();
    let kdf = RwSignal::new(KdfChoice::Scrypt);
    let independent_salts = RwSignal::new(false);
    let public_acknowledged = RwSignal::new(false);
    let review = JobRunner::new();
    let signing = JobRunner::new();
    let confirmed = RwSignal::new(false);
    let notice_acknowledged = RwSignal::new(false);
    let submitted = RwSignal::new(false);

    let start_error = move || {
        fields::key_index(&start.get())
            .err()
            .or_else(|| failure_at(review, "startIndex"))
    };
    let count_error = move || {
        fields::validator_count(&count.get())
            .err()
            .or_else(|| failure_at(review, "count"))
    };
    let address_error = move || {
        let touched = submitted.get() || !address_again.get().is_empty();
        touched
            .then(|| {
                ExecutionAddress::parse_confirmed(&address.get(), &address_again.get())
                    .err()
                    .map(|err| WalletError::from(err).at("address"))
            })
            .flatten()
            .or_else(|| failure_at(review, "withdrawalAddress"))
    };
    // Whole gwei, at least 1 (the core's own checks; builder amounts have no maximum).
    let amount_error = move || {
        let text = amount.get();
        let touched = submitted.get() || !text.is_empty();
        touched
            .then(|| match fields::ether_amount(&text) {
                Ok(native) => check_builder_amount(native)
                    .err()
                    .map(|err| WalletError::from(err).at("amount")),
                Err(err) => Some(err.at("amount")),
            })
            .flatten()
            .or_else(|| failure_at(review, "amount"))
    };
    let rules = move || fields::password_rules(&password.text.read(), &password_again.text.read());

    // The request the form makes now (tracked): what is reviewed is what is signed, and any
    // change to it drops both.
    let request = move || -> Option<CreateBuilderDeposits> {
        let (mnemonic, passphrase, language) = session.secrets()?;
        Some(CreateBuilderDeposits {
            mnemonic,
            passphrase,
            language,
            start_index: fields::key_index(&start.get()).ok()?,
            count: fields::validator_count(&count.get()).ok()?,
            chain: chain.spec().ok()?,
            withdrawal_address: address.get().trim().to_owned(),
            amount: amount.get().trim().to_owned(),
            password: password.secret().ok()?,
            kdf: kdf.get(),
            independent_salts: independent_salts.get(),
            acknowledge_public_mnemonic: public_acknowledged.get(),
            timestamp: None,
        })
    };
    review.follow(move || request().map(Request::ReviewBuilderDeposits));
    signing.follow(move || request().map(Request::CreateBuilderDeposits));
    // The confirmations belong to the review they confirmed.
    Effect::new(move |_| {
        if !review.is_finished() {
            confirmed.set(false);
            notice_acknowledged.set(false);
        }
    });

    let start_review = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        // Fields with an error shown beside them wait for the fix; every other refusal is the
        // core's, shown under the button.
        let fields_ok = start_error().is_none()
            && count_error().is_none()
            && address_error().is_none()
            && amount_error().is_none()
            && chain.resolve().is_ok()
            && rules().iter().all(|(_, met)| *met)
            && !password.is_refused()
            && !password_again.is_refused();
        if let (true, Some(request)) = (fields_ok, request()) {
            signing.reset();
            review.start(Request::ReviewBuilderDeposits(request));
        }
    };
    let ready = move || confirmed.get() && notice_acknowledged.get();
    let generate = move |_| {
        if !ready() {
            return;
        }
        if let Some(request) = request() {
            signing.start(Request::CreateBuilderDeposits(request));
        }
    };
    let found = move || match review.response() {
        Some(Response::BuilderReview(found)) => Some(found),
        _ => None,
    };
    // The review's facts, from the core's review: the address is the one the credentials
    // will carry, read back from them.
    let plan = move || -> Option<SigningPlan> {
        let found = found()?;
        Some(SigningPlan {
            what: Signed::BuilderDeposits,
            chain: chain.resolve().ok()?,
            address: found
                .withdrawal_credentials
                .address
                .as_deref()
                .and_then(|address| ExecutionAddress::parse_checksummed(address).ok()),
            amount: Some(found.amount),
            epoch: None,
            pubkey_column: PubkeyColumn::Builder,
            rows: found
                .keys
                .into_iter()
                .map(|key| ReviewRow {
                    validator_index: None,
                    key_index: Some(key.index),
                    pubkey: key.pubkey,
                    problem: None,
                })
                .collect(),
        })
    };
    // The core's notices (always `builder_keys_are_validator_keys`), in the page's language,
    // before anything is made.
    let notices = move || {
        found().map(|found| {
            view! {
                <div class="warning" role="alert" data-testid="builder-notices">
                    {found.notices.into_iter().map(|notice| {
                        let code = notice.code.as_str();
                        view! {
                            <p data-testid="builder-notice" data-code=code>
                                <strong>{move || crate::text::error(&notice)}</strong>
                            </p>
                        }
                    }).collect_view()}
                    <label class="inline"><input type="checkbox" data-testid="builder-notice-ack"
                        prop:checked=move || notice_acknowledged.get()
                        on:change=move |ev| notice_acknowledged.set(event_target_checked(&ev))/>
                        " "{tr!("builder-notice-ack")}</label>
                </div>
            }
        })
    };
    // What the review adds to the plan: the credentials in full and the amount in gwei.
    // During the review it is part of it; once signed, it is printed with the summary.
    let details = move |signed: bool| {
        found().map(|found| {
            let credentials = format!("0x{}", hex::encode(found.withdrawal_credentials.credentials));
            view! {
                <section class=if signed { "signing-summary" } else { "signing-review" }
                    data-testid="builder-details" aria-labelledby="builder-details-title">
                <h3 id="builder-details-title">{tr!("builder-details-title")}</h3>
                <dl class="plan">
                    <dt>{tr!("builder-credentials")}</dt>
                    <dd><HexValue value=credentials label=tr!("builder-credentials-label") test_id="builder-credentials"/></dd>
                    <dt>{tr!("builder-amount-gwei")}</dt>
                    <dd><code dir="ltr" data-testid="builder-amount-gwei">{found.amount_gwei.to_string()}</code></dd>
                </dl>
                </section>
            }
        })
    };
    report_stage(move || {
        Stage::of(
            !session.is_loaded(),
            review.is_finished(),
            signing.is_finished(),
        )
    });
    let currency = move || chain.resolve().map_or("ETH", |chain| chain.currency());

    view! {
        <section class="card" aria-labelledby="builder-title">
            <h2 id="builder-title" tabindex="-1">{tr!("builder-title")}</h2>
            <p class="hint">{tr!("builder-hint")}</p>
            <p class="warning" data-testid="builder-warning">{tr!("builder-warning")}</p>
            <Show when=move || session.is_loaded() fallback=|| view! { <NeedsMnemonic/> }>
                <Show when=move || session.publicly_known()>
                    <p class="warning" data-testid="public-mnemonic">{tr!("keys-public-mnemonic")}</p>
                </Show>
                <form on:submit=start_review>
                <ChainPicker/>
                <label for="start-index">{tr!("builder-start-index-label")}</label>
                {text_input("start-index", start)}
                {field_error("start-index", start_error)}
                <label for="count">{tr!("builder-count-label")}</label>
                {text_input("count", count)}
                {field_error("count", count_error)}
                <label for="address">{tr!("builder-address-label")}</label>
                {text_input("address", address)}
                <label for="address-again">{tr!("builder-address-again-label")}</label>
                {text_input("address-again", address_again)}
                {field_error("address", address_error)}
                <label for="amount">{move || {
                    let mut args = Args::new();
                    args.set("currency", currency());
                    text_with("builder-amount-label", &args)
                }}</label>
                {text_input("amount", amount)}
                <p class="hint">{tr!("builder-amount-hint")}</p>
                {field_error("amount", amount_error)}
                <label for="password">{tr!("builder-password-label")}</label>
                {secret_input("password", password)}
                <label for="password-again">{tr!("builder-password-again-label")}</label>
                {secret_input("password-again", password_again)}
                <ul class="rules" data-testid="password-rules">
                    {move || rules().into_iter().map(|(rule, met)| view! {
                        <li class:met=met>{if met { "✓ " } else { "○ " }}{rule_text(rule)}</li>
                    }).collect_view()}
                </ul>
                <label for="kdf">{tr!("keys-kdf-label")}</label>
                <select id="kdf" data-testid="kdf" on:change=move |ev| {
                    kdf.set(if event_target_value(&ev) == "pbkdf2" { KdfChoice::Pbkdf2 } else { KdfChoice::Scrypt })
                }>
                    <option value="scrypt">{tr!("keys-kdf-scrypt")}</option>
                    <option value="pbkdf2">"PBKDF2"</option>
                </select>
                <label class="inline"><input type="checkbox" data-testid="independent-salts"
                    on:change=move |ev| independent_salts.set(event_target_checked(&ev))/>
                    " "{tr!("keys-independent-salts")}</label>
                <PublicMnemonicAck real_value=Signal::derive(move || chain.real_value()) acknowledged=public_acknowledged/>
                <button type="submit" data-testid="review" prop:disabled=move || review.state.get().is_running()>
                    {tr!("builder-review")}
                </button>
                </form>
                <JobProgress runner=review/>
                <SignAndFiles plan=Signal::derive(plan) confirmation=Confirmation::TickEach confirmed=confirmed
                    signing=signing on_sign=generate sign_test_id="sign-builders" sign_label="builder-sign" chain=chain
                    ready=Signal::derive(ready) before_review=notices
                    review_details=move || details(false) signed_details=move || details(true)/>
            </Show>
        </section>
    }
}

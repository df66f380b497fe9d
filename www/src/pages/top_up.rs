//! A top-up of a validator that exists (deposit-cli's `partial-deposit`): signed with the
//! validator's own signing key, from its keystore and password or from the loaded mnemonic at
//! a key index. The page says what a top-up does for 0x01 and 0x02 validators; the core
//! reviews the request (the key, the credentials with their address, the amount), the staker
//! ticks each part, then the same request is signed. A change to any input drops the review
//! and the file.

use leptos::prelude::*;
use withdrawal_wallet::fields;
use withdrawal_wallet::{
    check_top_up_amount, parse_validator_pubkey, CreateTopUpDeposit, CredentialsKind,
    ExecutionAddress, Request, Response, SecretText, TopUpReview, TopUpWithdrawalInput,
    WalletError,
};

use crate::hex::HexValue;
use crate::i18n::{text_with, Args};
use crate::jobs::{JobProgress, JobRunner, JobState};
use crate::journeys::{report_stage, Stage};
use crate::pages::common::{
    field_error, secret_input, text_input, ChainPicker, KeySource, KeySourcePicker, KeystoreFile,
    KeystoreFileInput, NeedsMnemonic, PublicMnemonicAck, SecretField,
};
use crate::review::{Confirmation, PubkeyColumn, ReviewRow, SignAndFiles, Signed, SigningPlan};
use crate::session::Session;
use crate::tr;

/// The validator's credentials, as the deposit will name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TopUpKind {
    Compounding,
    Execution,
}

/// The failure of `runner` when the core placed it at `field` (or inside it): shown beside
/// that field as well as under the button.
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

/// The credentials a review names, in words (tracked): "0x02 compounding".
fn credentials_text(review: &TopUpReview) -> String {
    let mut args = Args::new();
    args.set("prefix", review.withdrawal_credentials.prefix.clone());
    let id = match review.withdrawal_credentials.kind {
        Some(CredentialsKind::Execution) => "top-up-credentials-execution",
        _ => "top-up-credentials-compounding",
    };
    text_with(id, &args)
}

#[component]
pub fn TopUp() -> impl IntoView {
    let session = expect_context::<Session>();
    let chain = session.chain;
    let source = RwSignal::new(KeySource::Mnemonic);
    let key_index = RwSignal::new("0".to_owned());
    let keystore = RwSignal::new(KeystoreFile::None);
    let keystore_error = RwSignal::new(None::<WalletError>);
    let password = SecretField::new();
    let validator_pubkey = RwSignal::new(String::new());
    let kind = RwSignal::new(TopUpKind::Compounding);
    let address = RwSignal::new(String::new());
    let address_again = RwSignal::new(String::new());
    let amount = RwSignal::new(String::new());
    let public_acknowledged = RwSignal::new(false);
    let review = JobRunner::new();
    let signing = JobRunner::new();
    let confirmed = RwSignal::new(false);
    let submitted = RwSignal::new(false);

    let key_index_error = move || {
        (source.get() == KeySource::Mnemonic)
            .then(|| {
                fields::key_index(&key_index.get())
                    .err()
                    .map(|err| err.at("keyIndex"))
                    .or_else(|| failure_at(review, "keyIndex"))
            })
            .flatten()
    };
    let keystore_field_error = move || {
        (source.get() == KeySource::Keystore)
            .then(|| {
                keystore_error
                    .get()
                    .or_else(|| {
                        (submitted.get() && !matches!(keystore.get(), KeystoreFile::Read { .. }))
                            .then(|| WalletError::from(fields::KeystoreNotChosen).at("keystore"))
                    })
                    .or_else(|| failure_at(review, "keystore"))
                    .or_else(|| failure_at(signing, "keystore"))
            })
            .flatten()
    };
    let password_error = move || {
        (source.get() == KeySource::Keystore)
            .then(|| failure_at(review, "password").or_else(|| failure_at(signing, "password")))
            .flatten()
    };
    let pubkey_error = move || {
        let text = validator_pubkey.get();
        (!text.trim().is_empty())
            .then(|| {
                parse_validator_pubkey(&text)
                    .err()
                    .map(|err| WalletError::from(err).at("validatorPubkey"))
            })
            .flatten()
            .or_else(|| failure_at(review, "validatorPubkey"))
            .or_else(|| failure_at(signing, "validatorPubkey"))
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
            .or_else(|| failure_at(review, "withdrawal"))
    };
    // The amount's shape, then its range on the chosen chain (the core's own checks).
    let amount_error = move || {
        let text = amount.get();
        let touched = submitted.get() || !text.is_empty();
        touched
            .then(|| {
                let native = match fields::ether_amount(&text) {
                    Ok(native) => native,
                    Err(err) => return Some(err.at("amount")),
                };
                let chain = chain.resolve().ok()?;
                check_top_up_amount(native, &chain)
                    .err()
                    .map(|err| WalletError::from(err).at("amount"))
            })
            .flatten()
            .or_else(|| failure_at(review, "amount"))
    };

    // The request the form makes now (tracked): what is reviewed is what is signed, and any
    // change to it drops both.
    let request = move || -> Option<CreateTopUpDeposit> {
        let address = address.get().trim().to_owned();
        let withdrawal = match kind.get() {
            TopUpKind::Compounding => TopUpWithdrawalInput::Compounding { address },
            TopUpKind::Execution => TopUpWithdrawalInput::Execution { address },
        };
        let pubkey = validator_pubkey.get().trim().to_owned();
        let base = CreateTopUpDeposit {
            keystore: None,
            password: None,
            mnemonic: None,
            passphrase: SecretText::default(),
            language: None,
            key_index: None,
            chain: chain.spec().ok()?,
            withdrawal,
            amount: amount.get().trim().to_owned(),
            validator_pubkey: (!pubkey.is_empty()).then_some(pubkey),
            acknowledge_public_mnemonic: false,
            timestamp: None,
        };
        Some(match source.get() {
            KeySource::Mnemonic => {
                let (mnemonic, passphrase, language) = session.secrets()?;
                CreateTopUpDeposit {
                    mnemonic: Some(mnemonic),
                    passphrase,
                    language,
                    key_index: Some(fields::key_index(&key_index.get()).ok()?),
                    acknowledge_public_mnemonic: public_acknowledged.get(),
                    ..base
                }
            }
            KeySource::Keystore => {
                let KeystoreFile::Read { json, .. } = keystore.get() else {
                    return None;
                };
                CreateTopUpDeposit {
                    keystore: Some(json),
                    password: Some(password.secret().ok()?),
                    ..base
                }
            }
        })
    };
    review.follow(move || request().map(Request::ReviewTopUpDeposit));
    signing.follow(move || request().map(Request::CreateTopUpDeposit));
    // The confirmation belongs to the review it confirmed.
    Effect::new(move |_| {
        if !review.is_finished() {
            confirmed.set(false);
        }
    });

    let start_review = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        // Fields with an error shown beside them wait for the fix; every other refusal is the
        // core's, shown under the button.
        let fields_ok = key_index_error().is_none()
            && keystore_field_error().is_none()
            && pubkey_error().is_none()
            && address_error().is_none()
            && amount_error().is_none()
            && chain.resolve().is_ok()
            && !password.is_refused();
        if let (true, Some(request)) = (fields_ok, request()) {
            signing.reset();
            review.start(Request::ReviewTopUpDeposit(request));
        }
    };
    let sign = move |_| {
        if !confirmed.get_untracked() {
            return;
        }
        if let Some(request) = request() {
            signing.start(Request::CreateTopUpDeposit(request));
        }
    };
    let found = move || match review.response() {
        Some(Response::TopUpReview(found)) => Some(found),
        _ => None,
    };
    // The review's facts, from the core's review: the address is the one the credentials
    // will carry, read back from them.
    let plan = move || -> Option<SigningPlan> {
        let found = found()?;
        Some(SigningPlan {
            what: Signed::TopUp,
            chain: chain.resolve().ok()?,
            address: found
                .withdrawal_credentials
                .address
                .as_deref()
                .and_then(|address| ExecutionAddress::parse_checksummed(address).ok()),
            amount: Some(found.amount),
            epoch: None,
            pubkey_column: PubkeyColumn::Signing,
            rows: vec![ReviewRow {
                validator_index: None,
                key_index: found.key_index,
                pubkey: found.pubkey,
                problem: found.problem,
            }],
        })
    };
    // What the review adds to the plan: the credentials in full, the amount in gwei, the path.
    // During the review it is part of it; once signed, it is printed with the summary.
    let details = move |signed: bool| {
        found().map(|found| {
            let credentials = format!("0x{}", hex::encode(found.withdrawal_credentials.credentials));
            let words = found.clone();
            view! {
                <section class=if signed { "signing-summary" } else { "signing-review" }
                    data-testid="top-up-details" aria-labelledby="top-up-details-title">
                <h3 id="top-up-details-title">{tr!("top-up-details-title")}</h3>
                <dl class="plan">
                    <dt>{tr!("top-up-credentials")}</dt>
                    <dd data-testid="top-up-credentials-kind" data-prefix=found.withdrawal_credentials.prefix.clone()>
                        {move || credentials_text(&words)}
                    </dd>
                    <dt>{tr!("top-up-credentials-full")}</dt>
                    <dd><HexValue value=credentials label=tr!("top-up-credentials-label") test_id="top-up-credentials"/></dd>
                    <dt>{tr!("top-up-amount-gwei")}</dt>
                    <dd><code dir="ltr" data-testid="top-up-amount-gwei">{found.amount_gwei.to_string()}</code></dd>
                    <dt>{tr!("top-up-key-path")}</dt>
                    <dd><code dir="ltr" data-testid="top-up-path">{found.path.clone()}</code></dd>
                </dl>
                </section>
            }
        })
    };
    report_stage(move || {
        Stage::of(
            source.get() == KeySource::Mnemonic && !session.is_loaded(),
            review.is_finished(),
            signing.is_finished(),
        )
    });
    let currency = move || chain.resolve().map_or("ETH", |chain| chain.currency());

    view! {
        <section class="card" aria-labelledby="top-up-title">
            <h2 id="top-up-title" tabindex="-1">{tr!("top-up-title")}</h2>
            <p class="hint">{tr!("top-up-hint")}</p>
            <section class="notice" aria-labelledby="top-up-explain-title" data-testid="top-up-explain">
                <h3 id="top-up-explain-title">{tr!("top-up-explain-title")}</h3>
                <ul>
                    <li data-testid="top-up-explain-compounding">{tr!("top-up-explain-compounding")}</li>
                    <li data-testid="top-up-explain-execution">{tr!("top-up-explain-execution")}</li>
                    <li>{tr!("top-up-explain-credentials")}</li>
                </ul>
            </section>
            <form on:submit=start_review>
            <ChainPicker/>
            <KeySourcePicker source=source legend="top-up-source-legend"
                mnemonic_label="top-up-source-mnemonic" keystore_label="top-up-source-keystore"/>
            <Show when=move || source.get() == KeySource::Mnemonic fallback=move || view! {
                <KeystoreFileInput keystore=keystore label="top-up-keystore-file-label"
                    described_by="keystore-error"
                    on_error={move |err: Option<WalletError>| keystore_error.set(err.map(|err| err.at("keystore")))}/>
                {field_error("keystore", keystore_field_error)}
                <label for="keystore-password">{tr!("top-up-keystore-password-label")}</label>
                {secret_input("keystore-password", password)}
                {field_error("keystore-password", password_error)}
            }>
                <Show when=move || session.is_loaded() fallback=|| view! { <NeedsMnemonic/> }>
                    <Show when=move || session.publicly_known()>
                        <p class="warning" data-testid="public-mnemonic">{tr!("keys-public-mnemonic")}</p>
                    </Show>
                    <label for="key-index">{tr!("top-up-key-index-label")}</label>
                    {text_input("key-index", key_index)}
                    {field_error("key-index", key_index_error)}
                </Show>
            </Show>
            <label for="validator-pubkey">{tr!("top-up-validator-pubkey-label")}</label>
            {text_input("validator-pubkey", validator_pubkey)}
            {field_error("validator-pubkey", pubkey_error)}
            <fieldset>
                <legend>{tr!("top-up-credentials-legend")}</legend>
                <label class="inline"><input type="radio" name="top-up-kind" value="compounding" data-testid="kind-compounding"
                    prop:checked=move || kind.get() == TopUpKind::Compounding
                    on:change=move |_| kind.set(TopUpKind::Compounding)/>
                    " "{tr!("top-up-kind-compounding")}</label>
                <label class="inline"><input type="radio" name="top-up-kind" value="execution" data-testid="kind-execution"
                    prop:checked=move || kind.get() == TopUpKind::Execution
                    on:change=move |_| kind.set(TopUpKind::Execution)/>
                    " "{tr!("top-up-kind-execution")}</label>
            </fieldset>
            <Show when=move || kind.get() == TopUpKind::Execution>
                <p class="warning" data-testid="top-up-execution-warning">{tr!("top-up-execution-warning")}</p>
            </Show>
            <label for="address">{tr!("top-up-address-label")}</label>
            {text_input("address", address)}
            <label for="address-again">{tr!("top-up-address-again-label")}</label>
            {text_input("address-again", address_again)}
            {field_error("address", address_error)}
            <label for="amount">{move || {
                let mut args = Args::new();
                args.set("currency", currency());
                text_with("top-up-amount-label", &args)
            }}</label>
            {text_input("amount", amount)}
            <p class="hint">{tr!("top-up-amount-hint")}</p>
            {field_error("amount", amount_error)}
            <Show when=move || source.get() == KeySource::Mnemonic>
                <PublicMnemonicAck real_value=Signal::derive(move || chain.real_value()) acknowledged=public_acknowledged/>
            </Show>
            <button type="submit" data-testid="review" prop:disabled=move || review.state.get().is_running()>
                {tr!("top-up-review")}
            </button>
            </form>
            <JobProgress runner=review/>
            <SignAndFiles plan=Signal::derive(plan) confirmation=Confirmation::TickEach confirmed=confirmed
                signing=signing on_sign=sign sign_test_id="sign-top-up" sign_label="top-up-sign" chain=chain
                review_details=move || details(false) signed_details=move || details(true)/>
        </section>
    }
}

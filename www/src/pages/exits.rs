//! Flow 5: pre-signed voluntary exits, from the mnemonic or from a keystore and its password.
//! The core reviews the request first (each validator with the signing key that signs its
//! exit, and the epoch), the staker ticks each part, then the same request is signed.

use leptos::prelude::*;
use withdrawal_wallet::fields;
use withdrawal_wallet::{CreateExitFromKeystore, CreateExits, Request, Response, WalletError};

use crate::jobs::{JobProgress, JobRunner};
use crate::journeys::{report_stage, Stage};
use crate::pages::common::{
    field_error, secret_input, text_input, ChainPicker, KeySource, KeySourcePicker, KeystoreFile,
    KeystoreFileInput, NeedsMnemonic, PublicMnemonicAck, SecretField,
};
use crate::review::{Confirmation, SignAndFiles, SigningPlan};
use crate::session::Session;
use crate::text;
use crate::tr;

#[component]
pub fn Exits() -> impl IntoView {
    let session = expect_context::<Session>();
    let chain = session.chain;
    let source = RwSignal::new(KeySource::Mnemonic);
    let start = RwSignal::new("0".to_owned());
    let validators = RwSignal::new(String::new());
    let epoch = RwSignal::new(String::new());
    let keystore = RwSignal::new(KeystoreFile::None);
    let validator_pubkey = RwSignal::new(String::new());
    let password = SecretField::new();
    let public_acknowledged = RwSignal::new(false);
    let review = JobRunner::new();
    let signing = JobRunner::new();
    let confirmed = RwSignal::new(false);
    let error = RwSignal::new(None::<WalletError>);

    let epoch_error = move || {
        (!epoch.get().is_empty())
            .then(|| fields::uint64(&epoch.get()).err())
            .flatten()
    };
    // The request the form makes now, review and signature alike (tracked).
    let request = move || -> Option<(Request, Request)> {
        Some(match source.get() {
            KeySource::Mnemonic => {
                let (mnemonic, passphrase, language) = session.secrets()?;
                let request = CreateExits {
                    mnemonic,
                    passphrase,
                    language,
                    chain: chain.spec().ok()?,
                    start_index: Some(fields::key_index(&start.get()).ok()?),
                    key_indices: None,
                    validator_indices: fields::list(&validators.get()),
                    epoch: epoch.get().trim().to_owned(),
                    acknowledge_public_mnemonic: public_acknowledged.get(),
                    timestamp: None,
                };
                (
                    Request::ReviewExits(request.clone()),
                    Request::CreateExits(request),
                )
            }
            KeySource::Keystore => {
                let KeystoreFile::Read { json, .. } = keystore.get() else {
                    return None;
                };
                let pubkey = validator_pubkey.get();
                let request = CreateExitFromKeystore {
                    keystore: json,
                    password: password.secret().ok()?,
                    chain: chain.spec().ok()?,
                    validator_index: validators.get().trim().to_owned(),
                    epoch: epoch.get().trim().to_owned(),
                    validator_pubkey: (!pubkey.trim().is_empty()).then_some(pubkey),
                    timestamp: None,
                };
                (
                    Request::ReviewExitFromKeystore(request.clone()),
                    Request::CreateExitFromKeystore(request),
                )
            }
        })
    };
    review.follow(move || request().map(|(review, _)| review));
    signing.follow(move || request().map(|(_, sign)| sign));
    Effect::new(move |_| {
        if !review.is_finished() {
            confirmed.set(false);
        }
    });

    let start_review = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        if let KeySource::Keystore = source.get_untracked() {
            // Say why nothing happens: the file is not read yet, or none was chosen.
            if !matches!(keystore.get_untracked(), KeystoreFile::Read { .. }) {
                error.set(Some(
                    WalletError::from(withdrawal_wallet::fields::KeystoreNotChosen).at("keystore"),
                ));
                return;
            }
        }
        if let Err(err) = chain.resolve() {
            error.set(Some(err));
            return;
        }
        if let KeySource::Mnemonic = source.get_untracked() {
            if let Err(err) = fields::key_index(&start.get_untracked()) {
                error.set(Some(err.at("startIndex")));
                return;
            }
        }
        match request() {
            Some((request, _)) => {
                signing.reset();
                review.start(request);
            }
            None => {
                if let Err(err) = password.secret() {
                    error.set(Some(err));
                }
            }
        }
    };
    let sign = move |_| {
        if !confirmed.get_untracked() {
            return;
        }
        if let Some((_, request)) = request() {
            signing.start(request);
        }
    };
    let plan = move || -> Option<SigningPlan> {
        let Some(Response::ExitReview(found)) = review.response() else {
            return None;
        };
        Some(SigningPlan::exits(chain.resolve().ok()?, found))
    };
    report_stage(move || {
        Stage::of(
            source.get() == KeySource::Mnemonic && !session.is_loaded(),
            review.is_finished(),
            signing.is_finished(),
        )
    });

    view! {
        <section class="card" aria-labelledby="exit-title">
            <h2 id="exit-title" tabindex="-1">{tr!("exits-title")}</h2>
            <p class="hint">{tr!("exits-hint")}</p>
            <form on:submit=start_review>
            <ChainPicker/>
            <KeySourcePicker source=source legend="exits-source-legend"
                mnemonic_label="exits-source-mnemonic" keystore_label="exits-source-keystore"/>
            <Show when=move || source.get() == KeySource::Mnemonic fallback=move || view! {
                <KeystoreFileInput keystore=keystore label="exits-keystore-file-label"
                    on_error=move |err| error.set(err)/>
                <label for="keystore-password">{tr!("exits-keystore-password-label")}</label>
                {secret_input("keystore-password", password)}
                <label for="keystore-validator-pubkey">{tr!("exits-validator-pubkey-label")}</label>
                {text_input("keystore-validator-pubkey", validator_pubkey)}
            }>
                <Show when=move || session.is_loaded() fallback=|| view! { <NeedsMnemonic/> }>
                    <label for="start-index">{tr!("exits-start-index-label")}</label>
                    {text_input("start-index", start)}
                </Show>
            </Show>
            <label for="validator-indices">{move || crate::i18n::text(match source.get() {
                KeySource::Mnemonic => "exits-validator-indices-label",
                KeySource::Keystore => "exits-validator-index-label",
            })}</label>
            {text_input("validator-indices", validators)}
            <label for="epoch">{tr!("exits-epoch-label")}</label>
            {text_input("epoch", epoch)}
            {field_error("epoch", epoch_error)}
            <Show when=move || source.get() == KeySource::Mnemonic>
                <PublicMnemonicAck real_value=Signal::derive(move || chain.real_value()) acknowledged=public_acknowledged/>
            </Show>
            <button type="submit" data-testid="review" prop:disabled=move || review.state.get().is_running()>
                {tr!("exits-review")}
            </button>
            </form>
            <p class="field-error" role="alert" data-testid="exit-error"
                data-code=move || error.get().map(|err| err.code.as_str())>
                {move || error.get().map(|err| text::error(&err))}
            </p>
            <JobProgress runner=review/>
            <SignAndFiles plan=Signal::derive(plan) confirmation=Confirmation::TickEach confirmed=confirmed
                signing=signing on_sign=sign sign_test_id="sign-exits" sign_label="exits-sign" chain=chain with_qr=true/>
        </section>
    }
}

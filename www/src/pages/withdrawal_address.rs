//! Flow 4: the BLS-to-execution change. What the chain knows comes first: the validators'
//! indices, with their current 0x00 credentials derived from the loaded mnemonic (in a
//! worker) or taken from an import ("Find my validators"). The core reviews the request
//! (which key index signs for each validator, whether its credentials match), the staker
//! confirms by retyping the address's end, and the same request is signed.

use leptos::prelude::*;
use withdrawal_wallet::fields;
use withdrawal_wallet::{
    CreateBlsChanges, DeriveKeys, ExecutionAddress, Request, Response, WalletError,
};

use crate::jobs::{JobProgress, JobRunner};
use crate::journeys::{report_stage, Stage};
use crate::pages::common::{
    field_error, text_input, ChainPicker, NeedsMnemonic, PublicMnemonicAck,
};
use crate::review::{Confirmation, SignAndFiles, SigningPlan};
use crate::session::Session;
use crate::tr;
use crate::{Screen, ScreenSignal};

#[component]
pub fn WithdrawalAddress() -> impl IntoView {
    let session = expect_context::<Session>();
    let screen = expect_context::<ScreenSignal>().0;
    let chain = session.chain;
    let start = RwSignal::new("0".to_owned());
    let validators = RwSignal::new(String::new());
    let credentials = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let address_again = RwSignal::new(String::new());
    let public_acknowledged = RwSignal::new(false);
    let derive = JobRunner::new();
    let review = JobRunner::new();
    let signing = JobRunner::new();
    let confirmed = RwSignal::new(false);

    let start_error = move || fields::key_index(&start.get()).err();
    let address_error = move || {
        (!address_again.get().is_empty())
            .then(|| {
                ExecutionAddress::parse_confirmed(&address.get(), &address_again.get())
                    .err()
                    .map(|err| WalletError::from(err).at("address"))
            })
            .flatten()
    };

    // One request for both the review and the signature: what is reviewed is what is signed,
    // and a change to any input drops both.
    let request = move || -> Option<CreateBlsChanges> {
        let (mnemonic, passphrase, language) = session.secrets()?;
        Some(CreateBlsChanges {
            mnemonic,
            passphrase,
            language,
            chain: chain.spec().ok()?,
            start_index: Some(fields::key_index(&start.get()).ok()?),
            key_indices: None,
            validator_indices: fields::list(&validators.get()),
            bls_withdrawal_credentials: fields::list(&credentials.get()),
            execution_address: address.get().trim().to_owned(),
            acknowledge_public_mnemonic: public_acknowledged.get(),
            timestamp: None,
        })
    };
    review.follow(move || request().map(Request::ReviewBlsChanges));
    signing.follow(move || request().map(Request::CreateBlsChanges));
    Effect::new(move |_| {
        if !review.is_finished() {
            confirmed.set(false);
        }
    });

    // The 0x00 credentials of key indices start.., one per validator listed, derived in a
    // worker and written into the credentials field.
    let derive_request = move || {
        let (mnemonic, passphrase, language) = session.secrets()?;
        let count = fields::list(&validators.get()).len().max(1);
        Some(Request::DeriveKeys(DeriveKeys {
            mnemonic,
            passphrase,
            language,
            start_index: fields::key_index(&start.get()).ok()?,
            count: u32::try_from(count).ok()?,
        }))
    };
    let derive_credentials = move |_| {
        if let Some(request) = derive_request() {
            derive.start(request);
        }
    };
    Effect::new(move |_| {
        if let Some(Response::Keys(keys)) = derive.response() {
            let lines: Vec<String> = keys
                .into_iter()
                .map(|keys| keys.bls_withdrawal_credentials)
                .collect();
            credentials.set(lines.join("\n"));
            derive.reset();
        }
    });

    let start_review = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if address_error().is_some() {
            return;
        }
        if let Some(request) = request() {
            signing.reset();
            review.start(Request::ReviewBlsChanges(request));
        }
    };
    let sign = move |_| {
        if !confirmed.get_untracked() {
            return;
        }
        if let Some(request) = request() {
            signing.start(Request::CreateBlsChanges(request));
        }
    };
    let plan = move || -> Option<SigningPlan> {
        let Some(Response::Review(rows)) = review.response() else {
            return None;
        };
        Some(SigningPlan::bls_changes(
            chain.resolve().ok()?,
            ExecutionAddress::parse_checksummed(address.get_untracked().trim()).ok(),
            rows,
        ))
    };
    report_stage(move || {
        Stage::of(
            !session.is_loaded(),
            review.is_finished(),
            signing.is_finished(),
        )
    });

    view! {
        <section class="card" aria-labelledby="change-title">
            <h2 id="change-title" tabindex="-1">{tr!("bls-change-title")}</h2>
            <p class="warning">{tr!("bls-change-warning")}</p>
            <Show when=move || session.is_loaded() fallback=|| view! { <NeedsMnemonic/> }>
                <form on:submit=start_review>
                <ChainPicker/>
                <fieldset class="source">
                    <legend>{tr!("bls-change-validators-legend")}</legend>
                    <p class="hint">
                        {tr!("bls-change-find-hint", file = "offline-preparation.json")}" "
                        <button type="button" class="secondary small" data-testid="go-find" on:click=move |_| screen.set(Screen::FindValidators)>
                            {tr!("bls-change-find")}
                        </button>
                    </p>
                    <label for="start-index">{tr!("bls-change-start-index-label")}</label>
                    {text_input("start-index", start)}
                    {field_error("start-index", start_error)}
                    <label for="validator-indices">{tr!("bls-change-validator-indices-label")}</label>
                    <textarea id="validator-indices" data-testid="validator-indices" rows="2" spellcheck="false"
                        prop:value=move || validators.get() on:input=move |ev| validators.set(event_target_value(&ev))></textarea>
                    <label for="credentials">{tr!("bls-change-credentials-label")}</label>
                    <textarea id="credentials" data-testid="credentials" rows="3" spellcheck="false"
                        prop:value=move || credentials.get() on:input=move |ev| credentials.set(event_target_value(&ev))></textarea>
                    <button type="button" class="secondary small" data-testid="derive-credentials"
                        prop:disabled=move || derive.state.get().is_running() on:click=derive_credentials>
                        {tr!("bls-change-derive-credentials")}
                    </button>
                    <JobProgress runner=derive/>
                </fieldset>
                <label for="address">{tr!("bls-change-address-label")}</label>
                {text_input("address", address)}
                <label for="address-again">{tr!("bls-change-address-again-label")}</label>
                {text_input("address-again", address_again)}
                {field_error("address", address_error)}
                <PublicMnemonicAck real_value=Signal::derive(move || chain.real_value()) acknowledged=public_acknowledged/>
                <button type="submit" class="secondary" data-testid="review" prop:disabled=move || review.state.get().is_running()>
                    {tr!("bls-change-review")}
                </button>
                </form>
                <JobProgress runner=review/>
                <SignAndFiles plan=Signal::derive(plan) confirmation=Confirmation::AddressEnding confirmed=confirmed
                    signing=signing on_sign=sign sign_test_id="sign" sign_label="bls-change-sign" chain=chain with_qr=true/>
            </Show>
        </section>
    }
}

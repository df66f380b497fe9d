//! Flow 4: the BLS-to-execution change. The core reviews the request first (which key index
//! signs for each validator, and whether its credentials match), then signs the same request.

use leptos::prelude::*;
use withdrawal_wallet::fields;
use withdrawal_wallet::{CreateBlsChanges, ExecutionAddress, Request, Response, WalletError};

use crate::jobs::{JobProgress, JobRunner};
use crate::pages::common::{
    field_error, text_input, ChainChoice, ChainPicker, FileList, NeedsMnemonic, PublicMnemonicAck,
};
use crate::session::Session;
use crate::text;

#[component]
pub fn WithdrawalAddress() -> impl IntoView {
    let session = expect_context::<Session>();
    let chain = ChainChoice::new();
    let start = RwSignal::new("0".to_owned());
    let validators = RwSignal::new(String::new());
    let credentials = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let address_again = RwSignal::new(String::new());
    let public_acknowledged = RwSignal::new(false);
    let review = JobRunner::new();
    let signing = JobRunner::new();

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

    // One request for both the review and the signature: what is reviewed is what is signed.
    let request = move || -> Option<CreateBlsChanges> {
        let (mnemonic, passphrase, language) = session.secrets()?;
        Some(CreateBlsChanges {
            mnemonic,
            passphrase,
            language,
            chain: chain.input(),
            start_index: Some(fields::key_index(&start.get_untracked()).ok()?),
            key_indices: None,
            validator_indices: fields::list(&validators.get_untracked()),
            bls_withdrawal_credentials: fields::list(&credentials.get_untracked()),
            execution_address: address.get_untracked().trim().to_owned(),
            acknowledge_public_mnemonic: public_acknowledged.get_untracked(),
            timestamp: None,
        })
    };

    let start_review = move |_| {
        signing.reset();
        if let Some(request) = request() {
            review.start(Request::ReviewBlsChanges(request));
        }
    };
    let sign = move |_| {
        if address_error().is_some() {
            return;
        }
        if let Some(request) = request() {
            signing.start(Request::CreateBlsChanges(request));
        }
    };

    view! {
        <section class="card" aria-labelledby="change-title">
            <h2 id="change-title">"Set withdrawal address (BLS-to-execution change)"</h2>
            <p class="warning">"A BLS change can be included on chain once and cannot be undone. Check the address on a second device."</p>
            <Show when=move || session.is_loaded() fallback=|| view! { <NeedsMnemonic/> }>
                <ChainPicker choice=chain/>
                <label for="start-index">"Key index of the first validator below"</label>
                {text_input("start-index", start)}
                {field_error("start-index", start_error)}
                <label for="validator-indices">"Validator indices (beacon chain), separated by commas or new lines"</label>
                <textarea id="validator-indices" data-testid="validator-indices" rows="2" spellcheck="false"
                    prop:value=move || validators.get() on:input=move |ev| validators.set(event_target_value(&ev))></textarea>
                <label for="credentials">"Their current withdrawal credentials (0x00…), same order"</label>
                <textarea id="credentials" data-testid="credentials" rows="3" spellcheck="false"
                    prop:value=move || credentials.get() on:input=move |ev| credentials.set(event_target_value(&ev))></textarea>
                <label for="address">"New execution (withdrawal) address, EIP-55 checksummed"</label>
                {text_input("address", address)}
                <label for="address-again">"The same address again"</label>
                {text_input("address-again", address_again)}
                {field_error("address", address_error)}
                <PublicMnemonicAck
                    real_value=Signal::derive(move || chain.resolve().is_ok_and(|chain| chain.real_value))
                    acknowledged=public_acknowledged/>
                <button type="button" class="secondary" data-testid="review" on:click=start_review>"Review"</button>
                <JobProgress runner=review/>
                {move || match review.response() {
                    Some(Response::Review(rows)) => {
                        let all_match = rows.iter().all(|row| row.problem.is_none());
                        view! {
                            <table class="review" data-testid="review-table">
                                <thead><tr><th>"Validator"</th><th>"Key index"</th><th>"From BLS pubkey"</th><th>"Credentials match"</th></tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|row| {
                                        let ok = row.problem.is_none();
                                        view! {
                                            <tr class:mismatch=!ok>
                                                <td>{row.validator_index}</td>
                                                <td>{row.key_index}</td>
                                                <td><code>{row.from_bls_pubkey}</code></td>
                                                <td data-code=row.problem.as_ref().map(|p| p.code.as_str())>
                                                    {match &row.problem {
                                                        None => "✓".to_owned(),
                                                        Some(problem) => format!("✗ {}", text::error(problem)),
                                                    }}
                                                </td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                            <button type="button" data-testid="sign" prop:disabled=move || !all_match || signing.state.get().is_running() on:click=sign>
                                "Sign BLS-to-execution changes"
                            </button>
                        }.into_any()
                    }
                    _ => ().into_any(),
                }}
                <JobProgress runner=signing/>
                {move || signing.response().map(|response| {
                    view! { <FileList files=response.files() with_qr=true/> }
                })}
            </Show>
        </section>
    }
}

//! Flow 4: the BLS-to-execution change. Review first (derived in the worker), then sign.

use leptos::prelude::*;
use withdrawal_wallet_worker::{Job, Reply};

use crate::flows::review_rows;
use crate::forms;
use crate::jobs::{JobProgress, JobRunner, JobState};
use crate::pages::common::{
    field_error, now_seconds, text_input, ChainChoice, ChainPicker, FileList, NeedsMnemonic,
};
use crate::session::Session;

#[component]
pub fn WithdrawalAddress() -> impl IntoView {
    let session = expect_context::<Session>();
    let chain = ChainChoice::new();
    let start = RwSignal::new("0".to_owned());
    let validators = RwSignal::new(String::new());
    let credentials = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let address_again = RwSignal::new(String::new());
    let review = JobRunner::new();
    let signing = JobRunner::new();

    let start_error = move || forms::start_index(&start.get()).err();
    let list_error = move || {
        let (v, c) = (
            forms::list(&validators.get()),
            forms::list(&credentials.get()),
        );
        (!v.is_empty() && v.len() != c.len())
            .then(|| format!("{} validator indices but {} credentials; give one per validator, in the same order", v.len(), c.len()))
    };
    let address_error = move || {
        (!address_again.get().is_empty())
            .then(|| forms::confirmed_address(&address.get(), &address_again.get()).err())
            .flatten()
    };

    let start_review = move |_| {
        signing.reset();
        let Some(loaded) = session.mnemonic.get_untracked() else {
            return;
        };
        let (Ok(start), count) = (
            forms::start_index(&start.get_untracked()),
            forms::list(&validators.get_untracked()).len(),
        ) else {
            return;
        };
        if count == 0 || list_error().is_some() {
            return;
        }
        review.start(Job::DeriveKeys {
            secret: loaded.secret(),
            start_index: start,
            count: count as u32,
        });
    };
    let rows = move || match review.state.get() {
        JobState::Finished(Reply::Keys { keys }) => {
            let derived: Vec<(String, String)> = keys
                .into_iter()
                .map(|k| (k.withdrawal_pubkey, k.bls_withdrawal_credentials))
                .collect();
            let start = forms::start_index(&start.get()).unwrap_or(0);
            Some(review_rows(
                &forms::list(&validators.get()),
                &forms::list(&credentials.get()),
                start,
                &derived,
            ))
        }
        _ => None,
    };
    let sign = move |_| {
        let Some(loaded) = session.mnemonic.get_untracked() else {
            return;
        };
        let validator_list = forms::list(&validators.get_untracked());
        let (Ok(chain), Ok(key_indices), Ok(address)) = (
            chain.spec(),
            forms::start_index(&start.get_untracked())
                .and_then(|start| forms::key_indices(start, validator_list.len())),
            forms::confirmed_address(&address.get_untracked(), &address_again.get_untracked()),
        ) else {
            return;
        };
        signing.start(Job::BlsChanges {
            secret: loaded.secret(),
            chain,
            key_indices,
            validator_indices: validator_list,
            bls_withdrawal_credentials: forms::list(&credentials.get_untracked()),
            execution_address: address.to_checksummed(),
            timestamp: now_seconds(),
        });
    };

    view! {
        <section class="card" aria-labelledby="change-title">
            <h2 id="change-title">"Set withdrawal address (BLS-to-execution change)"</h2>
            <p class="warning">"A BLS change can be included on chain once and cannot be undone. Check the address on a second device."</p>
            <Show when=move || session.mnemonic.read().is_some() fallback=|| view! { <NeedsMnemonic/> }>
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
                {field_error("credentials", list_error)}
                <label for="address">"New execution (withdrawal) address, EIP-55 checksummed"</label>
                {text_input("address", address)}
                <label for="address-again">"The same address again"</label>
                {text_input("address-again", address_again)}
                {field_error("address", address_error)}
                <button type="button" class="secondary" data-testid="review" on:click=start_review>"Review"</button>
                <JobProgress runner=review/>
                {move || rows().map(|rows| {
                    let all_match = rows.iter().all(|row| row.matches);
                    view! {
                        <table class="review" data-testid="review-table">
                            <thead><tr><th>"Validator"</th><th>"Key index"</th><th>"From BLS pubkey"</th><th>"Credentials match"</th></tr></thead>
                            <tbody>
                                {rows.into_iter().map(|row| view! {
                                    <tr class:mismatch=!row.matches>
                                        <td>{row.validator_index}</td>
                                        <td>{row.key_index}</td>
                                        <td><code>{row.from_pubkey}</code></td>
                                        <td>{if row.matches { "✓" } else { "✗ does not match this mnemonic at this key index" }}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                        <button type="button" data-testid="sign" prop:disabled=move || !all_match || signing.state.get().is_running() on:click=sign>
                            "Sign BLS-to-execution changes"
                        </button>
                    }
                })}
                <JobProgress runner=signing/>
                {move || match signing.state.get() {
                    JobState::Finished(Reply::Files { files }) => {
                        view! { <FileList files=files folder="bls_to_execution_changes" with_qr=true/> }.into_any()
                    }
                    _ => ().into_any(),
                }}
            </Show>
        </section>
    }
}

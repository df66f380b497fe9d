//! Signing for the validators selected in the table: their BLS changes to one address, and, if
//! asked, their exits, on the import's chain when it names one. The core reviews both first;
//! the staker confirms the changes by retyping the address's end and ticks the exits; then
//! the same requests are signed.

use std::collections::BTreeSet;

use leptos::prelude::*;
use withdrawal_wallet::{
    ChainInput, CreateBlsChanges, CreateExits, ExecutionAddress, FoundValidator, Request, Response,
    SearchFindings, WalletError,
};

use super::RowKey;
use crate::jobs::{JobProgress, JobRunner};
use crate::next_steps::NextSteps;
use crate::pages::common::{field_error, text_input, FileList, PublicMnemonicAck};
use crate::review::{Confirmation, SigningPlan, SigningReview, SigningSummary};
use crate::session::Session;
use crate::tr;

/// Why the review cannot start, shown under its button (worded when shown, in the page's
/// language).
#[derive(Clone)]
enum SignProblem {
    NoneSelected,
    AddressNotTwice,
    Address(WalletError),
}

impl SignProblem {
    fn text(&self) -> String {
        match self {
            Self::NoneSelected => crate::i18n::text("find-error-none-selected"),
            Self::AddressNotTwice => crate::i18n::text("find-error-address-twice"),
            Self::Address(err) => crate::text::error(err),
        }
    }
}

/// The two requests the selection makes: BLS changes and exits (either may be absent).
#[derive(Clone, PartialEq)]
struct Selected {
    changes: Option<CreateBlsChanges>,
    exits: Option<CreateExits>,
}

#[component]
pub fn SignFound(findings: SearchFindings, selected: RwSignal<BTreeSet<RowKey>>) -> impl IntoView {
    let session = expect_context::<Session>();
    let address = RwSignal::new(String::new());
    let address_again = RwSignal::new(String::new());
    let with_exits = RwSignal::new(false);
    let exit_epoch = RwSignal::new(
        findings
            .epoch
            .map(|epoch| epoch.to_string())
            .unwrap_or_default(),
    );
    let public_acknowledged = RwSignal::new(false);
    let review_changes = JobRunner::new();
    let review_exits = JobRunner::new();
    let changes = JobRunner::new();
    let exits = JobRunner::new();
    let changes_confirmed = RwSignal::new(false);
    let exits_confirmed = RwSignal::new(false);
    let sign_error = RwSignal::new(None::<SignProblem>);
    let any_exit = findings.found.iter().any(FoundValidator::can_exit);
    let rows = StoredValue::new(findings.found.clone());
    // Signing uses the import's chain when it names one, else the visit's.
    let import_chain = StoredValue::new(findings.chain.clone());
    let signing_chain = move || -> Option<ChainInput> {
        import_chain
            .get_value()
            .or_else(|| session.chain.spec().ok())
    };

    let address_error = move || {
        (!address_again.get().is_empty())
            .then(|| {
                ExecutionAddress::parse_confirmed(&address.get(), &address_again.get())
                    .err()
                    .map(|err| WalletError::from(err).at("address"))
            })
            .flatten()
    };

    // What the selection would sign now (tracked): any change drops reviews and files.
    let requests = move || -> Option<Selected> {
        let (mnemonic, passphrase, language) = session.secrets()?;
        let chain = signing_chain()?;
        let chosen: Vec<FoundValidator> = rows.with_value(|rows| {
            rows.iter()
                .filter(|row| selected.with(|s| s.contains(&(row.validator_index, row.key_index))))
                .cloned()
                .collect()
        });
        let to_change: Vec<&FoundValidator> = chosen
            .iter()
            .filter(|row| row.can_change_withdrawal_address())
            .collect();
        let to_exit: Vec<&FoundValidator> = if with_exits.get() {
            chosen.iter().filter(|row| row.can_exit()).collect()
        } else {
            Vec::new()
        };
        let acknowledged = public_acknowledged.get();
        Some(Selected {
            changes: (!to_change.is_empty()).then(|| CreateBlsChanges {
                mnemonic: mnemonic.clone(),
                passphrase: passphrase.clone(),
                language,
                chain: chain.clone(),
                start_index: None,
                key_indices: Some(to_change.iter().map(|row| row.key_index).collect()),
                validator_indices: to_change
                    .iter()
                    .map(|row| row.validator_index.to_string())
                    .collect(),
                bls_withdrawal_credentials: to_change
                    .iter()
                    .map(|row| format!("0x{}", hex::encode(row.withdrawal_credentials)))
                    .collect(),
                execution_address: address.get().trim().to_owned(),
                acknowledge_public_mnemonic: acknowledged,
                timestamp: None,
            }),
            exits: (!to_exit.is_empty()).then(|| CreateExits {
                mnemonic,
                passphrase,
                language,
                chain,
                start_index: None,
                key_indices: Some(to_exit.iter().map(|row| row.key_index).collect()),
                validator_indices: to_exit
                    .iter()
                    .map(|row| row.validator_index.to_string())
                    .collect(),
                epoch: exit_epoch.get().trim().to_owned(),
                acknowledge_public_mnemonic: acknowledged,
                timestamp: None,
            }),
        })
    };
    let changes_request = move || requests().and_then(|r| r.changes);
    let exits_request = move || requests().and_then(|r| r.exits);
    review_changes.follow(move || changes_request().map(Request::ReviewBlsChanges));
    changes.follow(move || changes_request().map(Request::CreateBlsChanges));
    review_exits.follow(move || exits_request().map(Request::ReviewExits));
    exits.follow(move || exits_request().map(Request::CreateExits));
    Effect::new(move |_| {
        if !review_changes.is_finished() {
            changes_confirmed.set(false);
        }
        if !review_exits.is_finished() {
            exits_confirmed.set(false);
        }
    });

    let start_review = move |_| {
        sign_error.set(None);
        let Some(selection) = requests() else {
            return;
        };
        if selection.changes.is_none() && selection.exits.is_none() {
            sign_error.set(Some(SignProblem::NoneSelected));
            return;
        }
        changes.reset();
        exits.reset();
        if let Some(request) = selection.changes {
            if address_error().is_some() || address_again.get_untracked().is_empty() {
                let err = ExecutionAddress::parse_confirmed(
                    &address.get_untracked(),
                    &address_again.get_untracked(),
                )
                .err()
                .map_or(SignProblem::AddressNotTwice, |err| {
                    SignProblem::Address(WalletError::from(err))
                });
                sign_error.set(Some(err));
                return;
            }
            review_changes.start(Request::ReviewBlsChanges(request));
        }
        if let Some(request) = selection.exits {
            review_exits.start(Request::ReviewExits(request));
        }
    };
    let reviewed = move || {
        let Some(selection) = requests() else {
            return false;
        };
        (selection.changes.is_none() || review_changes.is_finished() && changes_confirmed.get())
            && (selection.exits.is_none() || review_exits.is_finished() && exits_confirmed.get())
    };
    let sign = move |_| {
        if !reviewed() {
            return;
        }
        let Some(selection) = requests() else {
            return;
        };
        if let Some(request) = selection.changes {
            changes.start(Request::CreateBlsChanges(request));
        }
        if let Some(request) = selection.exits {
            exits.start(Request::CreateExits(request));
        }
    };
    let chain = move || signing_chain().and_then(|chain| chain.resolve().ok());
    let changes_plan = move || -> Option<SigningPlan> {
        let Some(Response::Review(rows)) = review_changes.response() else {
            return None;
        };
        Some(SigningPlan::bls_changes(
            chain()?,
            ExecutionAddress::parse_checksummed(address.get_untracked().trim()).ok(),
            rows,
        ))
    };
    let exits_plan = move || -> Option<SigningPlan> {
        let Some(Response::ExitReview(found)) = review_exits.response() else {
            return None;
        };
        Some(SigningPlan::exits(chain()?, found))
    };
    let busy = move || changes.state.get().is_running() || exits.state.get().is_running();
    let signed = move || changes.is_finished() || exits.is_finished();

    view! {
        <p class="warning">{tr!("find-bls-warning")}</p>
        <label for="find-address">{tr!("find-address-label")}</label>
        {text_input("find-address", address)}
        <label for="find-address-again">{tr!("find-address-again-label")}</label>
        {text_input("find-address-again", address_again)}
        {field_error("find-address", address_error)}
        <Show when=move || any_exit>
            <label class="inline">
                <input type="checkbox" data-testid="with-exits" prop:checked=move || with_exits.get()
                    on:change=move |ev| with_exits.set(event_target_checked(&ev)) />
                " "{tr!("find-with-exits")}
            </label>
            <Show when=move || with_exits.get()>
                <label for="find-exit-epoch">{tr!("find-exit-epoch-label")}</label>
                {text_input("find-exit-epoch", exit_epoch)}
            </Show>
        </Show>
        <PublicMnemonicAck
            real_value=Signal::derive(move || chain().is_some_and(|chain| chain.real_value))
            acknowledged=public_acknowledged/>
        <button type="button" class="secondary" data-testid="review-found"
            prop:disabled=move || review_changes.state.get().is_running() || review_exits.state.get().is_running()
            on:click=start_review>
            {tr!("find-review")}
        </button>
        <p class="field-error" role="alert" data-testid="sign-error">{move || sign_error.get().map(|problem| problem.text())}</p>
        <JobProgress runner=review_changes/>
        <JobProgress runner=review_exits/>
        <Show when=move || !signed()>
            {move || changes_plan().map(|plan| view! {
                <SigningReview plan=plan confirmation=Confirmation::AddressEnding confirmed=changes_confirmed/>
            })}
            {move || exits_plan().map(|plan| view! {
                <SigningReview plan=plan confirmation=Confirmation::TickEach confirmed=exits_confirmed/>
            })}
            <Show when=move || changes_plan().is_some() || exits_plan().is_some()>
                <button type="button" data-testid="sign-found" prop:disabled=move || busy() || !reviewed() on:click=sign>
                    {tr!("find-sign")}
                </button>
            </Show>
        </Show>
        <JobProgress runner=changes/>
        <JobProgress runner=exits/>
        {move || changes.response().map(|response| {
            let files = response.files();
            view! {
                {changes_plan().map(|plan| view! { <SigningSummary plan=plan/> })}
                <FileList files=files.clone() with_qr=true/>
                {chain().map(|chain| view! { <NextSteps files=files chain=chain/> })}
            }
        })}
        {move || exits.response().map(|response| {
            let files = response.files();
            view! {
                {exits_plan().map(|plan| view! { <SigningSummary plan=plan/> })}
                <FileList files=files.clone()/>
                {chain().map(|chain| view! { <NextSteps files=files chain=chain/> })}
            }
        })}
    }
}

//! Signing for the validators selected in the table: their BLS changes to one address, and, if
//! asked, their exits, on the import's chain when it names one.

use std::collections::BTreeSet;

use leptos::prelude::*;
use withdrawal_wallet::{
    CreateBlsChanges, CreateExits, ExecutionAddress, FoundValidator, Request, SearchFindings,
    WalletError,
};

use super::RowKey;
use crate::jobs::{JobProgress, JobRunner};
use crate::pages::common::{field_error, text_input, ChainChoice, FileList, PublicMnemonicAck};
use crate::session::Session;
use crate::text;

#[component]
pub fn SignFound(
    findings: SearchFindings,
    selected: RwSignal<BTreeSet<RowKey>>,
    chain: ChainChoice,
) -> impl IntoView {
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
    let changes = JobRunner::new();
    let exits = JobRunner::new();
    let sign_error = RwSignal::new(None::<String>);
    let any_exit = findings.found.iter().any(FoundValidator::can_exit);
    let rows = StoredValue::new(findings.found.clone());
    // Signing uses the import's chain when it names one.
    let signing_chain = StoredValue::new(findings.chain.clone());

    let address_error = move || {
        (!address_again.get().is_empty())
            .then(|| {
                ExecutionAddress::parse_confirmed(&address.get(), &address_again.get())
                    .err()
                    .map(|err| WalletError::from(err).at("address"))
            })
            .flatten()
    };

    let sign = move |_| {
        sign_error.set(None);
        let chosen: Vec<FoundValidator> = rows.with_value(|rows| {
            rows.iter()
                .filter(|row| {
                    selected.with_untracked(|s| s.contains(&(row.validator_index, row.key_index)))
                })
                .cloned()
                .collect()
        });
        let to_change: Vec<&FoundValidator> = chosen
            .iter()
            .filter(|row| row.can_change_withdrawal_address())
            .collect();
        let to_exit: Vec<&FoundValidator> = if with_exits.get_untracked() {
            chosen.iter().filter(|row| row.can_exit()).collect()
        } else {
            Vec::new()
        };
        if to_change.is_empty() && to_exit.is_empty() {
            sign_error.set(Some(
                "select at least one validator this mnemonic can sign for".into(),
            ));
            return;
        }
        let Some((mnemonic, passphrase, language)) = session.secrets() else {
            return;
        };
        let chain = signing_chain.get_value().unwrap_or_else(|| chain.input());
        changes.reset();
        exits.reset();
        if !to_change.is_empty() {
            if let Some(err) = ExecutionAddress::parse_confirmed(
                &address.get_untracked(),
                &address_again.get_untracked(),
            )
            .err()
            {
                sign_error.set(Some(text::error(&WalletError::from(err))));
                return;
            }
            changes.start(Request::CreateBlsChanges(CreateBlsChanges {
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
                execution_address: address.get_untracked().trim().to_owned(),
                acknowledge_public_mnemonic: public_acknowledged.get_untracked(),
                timestamp: None,
            }));
        }
        if !to_exit.is_empty() {
            exits.start(Request::CreateExits(CreateExits {
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
                epoch: exit_epoch.get_untracked().trim().to_owned(),
                acknowledge_public_mnemonic: public_acknowledged.get_untracked(),
                timestamp: None,
            }));
        }
    };
    let busy = move || changes.state.get().is_running() || exits.state.get().is_running();

    view! {
        <p class="warning">"A BLS change can be included on chain once and cannot be undone. Check the address on a second device."</p>
        <label for="find-address">"New execution (withdrawal) address, EIP-55 checksummed"</label>
        {text_input("find-address", address)}
        <label for="find-address-again">"The same address again"</label>
        {text_input("find-address-again", address_again)}
        {field_error("find-address", address_error)}
        <Show when=move || any_exit>
            <label class="inline">
                <input type="checkbox" data-testid="with-exits" prop:checked=move || with_exits.get()
                    on:change=move |ev| with_exits.set(event_target_checked(&ev)) />
                " Also pre-sign voluntary exits for the selected validators"
            </label>
            <Show when=move || with_exits.get()>
                <label for="find-exit-epoch">"Exit epoch"</label>
                {text_input("find-exit-epoch", exit_epoch)}
            </Show>
        </Show>
        <PublicMnemonicAck
            real_value=Signal::derive(move || {
                signing_chain
                    .get_value()
                    .unwrap_or_else(|| chain.input())
                    .resolve()
                    .is_ok_and(|chain| chain.real_value)
            })
            acknowledged=public_acknowledged/>
        <button type="button" data-testid="sign-found" prop:disabled=busy on:click=sign>
            "Sign for the selected validators"
        </button>
        <p class="field-error" role="alert" data-testid="sign-error">{move || sign_error.get()}</p>
        <JobProgress runner=changes/>
        <JobProgress runner=exits/>
        {move || changes.response().map(|response| view! { <FileList files=response.files() with_qr=true/> })}
        {move || exits.response().map(|response| view! { <FileList files=response.files()/> })}
    }
}

//! Find my validators: import what the beacon chain knows (a file or pasted text), find which
//! validators the mnemonic's key indices 0..N control, then sign their BLS changes (and, if
//! asked, exits) in bulk. Keys are derived across the worker pool; the import is read by one
//! worker that never sees the mnemonic.

use std::collections::BTreeSet;

use leptos::prelude::*;
use withdrawal_wallet::chain::ChainInput;
use withdrawal_wallet::validator_import::{check_import_size, ImportFormat};
use withdrawal_wallet::validator_search::DEFAULT_KEY_COUNT;
use withdrawal_wallet_worker::{FoundRow, Job, Reply};

use crate::forms;
use crate::jobs::{JobProgress, JobRunner, JobState};
use crate::pages::common::{
    field_error, now_seconds, text_input, ChainChoice, ChainPicker, FileList, NeedsMnemonic,
};
use crate::session::Session;

/// What the search found, with the chain signing will use.
#[derive(Clone, PartialEq)]
struct Findings {
    format: ImportFormat,
    validators_read: usize,
    rows: Vec<FoundRow>,
    /// The import's chain, when it carries one.
    imported_chain: Option<ChainInput>,
    epoch: Option<u64>,
}

/// The row's key for selection: a validator can be found at two key indices.
fn row_key(row: &FoundRow) -> (u64, u32) {
    (row.validator_index, row.key_index)
}

/// How the selected chain and the import's disagree, if they do.
fn chain_warning(selected: &ChainInput, imported: &ChainInput) -> Option<String> {
    let (Ok(selected), Ok(imported)) = (selected.resolve(), imported.resolve()) else {
        return None;
    };
    let same = selected.genesis_validators_root == imported.genesis_validators_root
        && selected.genesis_fork_version == imported.genesis_fork_version
        && selected.capella_fork_version == imported.capella_fork_version;
    (!same).then(|| {
        format!(
            "The import was made on {} but {} is selected; signing uses the import's chain values ({}).",
            imported.name, selected.name, imported.name
        )
    })
}

#[component]
pub fn FindValidators() -> impl IntoView {
    let session = expect_context::<Session>();
    let chain = ChainChoice::new();
    let key_count = RwSignal::new(DEFAULT_KEY_COUNT.to_string());
    let pasted = RwSignal::new(String::new());
    let file = StoredValue::new_local(None::<web_sys::File>);
    let file_label = RwSignal::new(None::<String>);
    let input_error = RwSignal::new(None::<String>);
    let derive = JobRunner::new();
    let search = JobRunner::new();
    let selected = RwSignal::new(BTreeSet::<(u64, u32)>::new());
    let address = RwSignal::new(String::new());
    let address_again = RwSignal::new(String::new());
    let with_exits = RwSignal::new(false);
    let exit_epoch = RwSignal::new(String::new());
    let changes = JobRunner::new();
    let exits = JobRunner::new();
    let sign_error = RwSignal::new(None::<String>);

    let key_count_error = move || forms::key_count(&key_count.get()).err();
    let address_error = move || {
        (!address_again.get().is_empty())
            .then(|| forms::confirmed_address(&address.get(), &address_again.get()).err())
            .flatten()
    };

    let choose_file = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        input_error.set(None);
        let chosen = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(chosen) = &chosen {
            if let Err(err) = check_import_size(chosen.size() as usize) {
                input_error.set(Some(err.to_string()));
                file.set_value(None);
                file_label.set(None);
                return;
            }
            file_label.set(Some(format!(
                "{} ({:.1} MB)",
                chosen.name(),
                chosen.size() / 1e6
            )));
        } else {
            file_label.set(None);
        }
        file.set_value(chosen);
    };

    let start_search = move |_| {
        for runner in [search, changes, exits] {
            runner.reset();
        }
        input_error.set(None);
        let Some(loaded) = session.mnemonic.get_untracked() else {
            return;
        };
        let Ok(count) = forms::key_count(&key_count.get_untracked()) else {
            return;
        };
        let has_file = file.with_value(Option::is_some);
        if !has_file && pasted.get_untracked().trim().is_empty() {
            input_error.set(Some(
                "choose an import file or paste the validators first".into(),
            ));
            return;
        }
        derive.start(Job::DeriveKeys {
            secret: loaded.secret(),
            start_index: 0,
            count,
        });
    };

    // Once every key is derived, one worker reads the import against them.
    Effect::new(move |_| {
        if let JobState::Finished(Reply::Keys { keys }) = derive.state.get() {
            if !matches!(search.state.get_untracked(), JobState::Idle) {
                return;
            }
            let attachment = file.get_value().map(web_sys::Blob::from);
            let text = attachment.is_none().then(|| pasted.get_untracked());
            search.start_with_attachment(Job::SearchImport { keys, text }, attachment);
        }
    });

    let findings = move || match search.state.get() {
        JobState::Finished(Reply::Found {
            format,
            chain,
            epoch,
            validators_read,
            found,
        }) => Some(Findings {
            format,
            validators_read,
            rows: found,
            imported_chain: chain,
            epoch,
        }),
        _ => None,
    };

    // New findings: select every validator whose address can be changed; the file's epoch
    // becomes the default exit epoch.
    Effect::new(move |_| {
        if let Some(found) = findings() {
            selected.set(
                found
                    .rows
                    .iter()
                    .filter(|row| row.can_change_withdrawal_address())
                    .map(row_key)
                    .collect(),
            );
            if let Some(epoch) = found.epoch {
                exit_epoch.set(epoch.to_string());
            }
        }
    });

    let signing_chain = move || -> Result<ChainInput, String> {
        match findings().and_then(|f| f.imported_chain) {
            Some(imported) => Ok(imported),
            None => chain.spec(),
        }
    };

    let sign = move |_| {
        sign_error.set(None);
        let (Some(loaded), Some(found)) = (session.mnemonic.get_untracked(), findings()) else {
            return;
        };
        let chosen: Vec<FoundRow> = found
            .rows
            .into_iter()
            .filter(|row| selected.with_untracked(|s| s.contains(&row_key(row))))
            .collect();
        let to_change: Vec<&FoundRow> = chosen
            .iter()
            .filter(|row| row.can_change_withdrawal_address())
            .collect();
        let to_exit: Vec<&FoundRow> = if with_exits.get_untracked() {
            chosen.iter().filter(|row| row.by_signing_pubkey).collect()
        } else {
            Vec::new()
        };
        if to_change.is_empty() && to_exit.is_empty() {
            sign_error.set(Some(
                "select at least one validator this mnemonic can sign for".into(),
            ));
            return;
        }
        let chain = match signing_chain() {
            Ok(chain) => chain,
            Err(message) => {
                sign_error.set(Some(message));
                return;
            }
        };
        let epoch = if to_exit.is_empty() {
            None
        } else {
            match forms::epoch(&exit_epoch.get_untracked()) {
                Ok(epoch) => Some(epoch),
                Err(message) => {
                    sign_error.set(Some(message));
                    return;
                }
            }
        };
        let address = if to_change.is_empty() {
            None
        } else {
            match forms::confirmed_address(&address.get_untracked(), &address_again.get_untracked())
            {
                Ok(address) => Some(address),
                Err(message) => {
                    sign_error.set(Some(message));
                    return;
                }
            }
        };
        let timestamp = now_seconds();
        changes.reset();
        exits.reset();
        if let Some(address) = address {
            changes.start(Job::BlsChanges {
                secret: loaded.secret(),
                chain: chain.clone(),
                key_indices: to_change.iter().map(|row| row.key_index).collect(),
                validator_indices: to_change
                    .iter()
                    .map(|row| row.validator_index.to_string())
                    .collect(),
                bls_withdrawal_credentials: to_change
                    .iter()
                    .map(|row| row.withdrawal_credentials.clone())
                    .collect(),
                execution_address: address.to_checksummed(),
                timestamp,
            });
        }
        if let Some(epoch) = epoch {
            exits.start(Job::Exits {
                secret: loaded.secret(),
                chain,
                key_indices: to_exit.iter().map(|row| row.key_index).collect(),
                validator_indices: to_exit
                    .iter()
                    .map(|row| row.validator_index.to_string())
                    .collect(),
                epoch,
                timestamp,
            });
        }
    };
    let busy = move || {
        [derive, search, changes, exits]
            .iter()
            .any(|runner| runner.state.get().is_running())
    };

    view! {
        <section class="card" aria-labelledby="find-title">
            <h2 id="find-title">"Find my validators"</h2>
            <p class="hint">
                "Import what the beacon chain knows — the beacon API's "<code>"/eth/v1/beacon/states/head/validators"</code>
                " response, ethdo's "<code>"offline-preparation.json"</code>", or a CSV of "
                <code>"validator_index,withdrawal_credentials"</code>
                " — and the wallet finds which validators your mnemonic's keys control. Imports up to 1 GiB are read (mainnet's full list is about 500 MB)."
            </p>
            <Show when=move || session.mnemonic.read().is_some() fallback=|| view! { <NeedsMnemonic/> }>
                <label for="import-file">"Import file"</label>
                <input id="import-file" data-testid="import-file" type="file" accept=".json,.csv,.txt,application/json,text/csv" on:change=choose_file/>
                <p class="hint" data-testid="import-file-name">{move || file_label.get()}</p>
                <label for="import-text">"…or paste it here"</label>
                <textarea id="import-text" data-testid="import-text" rows="4" spellcheck="false" autocomplete="off"
                    prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <label for="key-count">"Key indices to scan, from 0 (ethdo scans 1,024)"</label>
                {text_input("key-count", key_count)}
                {field_error("key-count", key_count_error)}
                <ChainPicker choice=chain/>
                <button type="button" data-testid="find" prop:disabled=busy on:click=start_search>"Find my validators"</button>
                <p class="field-error" role="alert" data-testid="import-error">{move || input_error.get()}</p>
                <JobProgress runner=derive/>
                <JobProgress runner=search/>
                {move || findings().map(|found| {
                    let warning = found.imported_chain.as_ref().and_then(|imported| {
                        chain.spec().ok().and_then(|selected| chain_warning(&selected, imported))
                    });
                    let summary = format!(
                        "{}: {} validators read, {} controlled by this mnemonic's key indices 0–{}.",
                        found.format,
                        found.validators_read,
                        found.rows.len(),
                        forms::key_count(&key_count.get_untracked()).unwrap_or(1).saturating_sub(1)
                    );
                    let any_exit = found.rows.iter().any(|row| row.by_signing_pubkey);
                    view! {
                        <p data-testid="found-summary">{summary}</p>
                        {warning.map(|w| view! { <p class="warning" role="alert" data-testid="chain-warning">{w}</p> })}
                        <table class="review" data-testid="found-table">
                            <thead><tr>
                                <th>"Sign"</th><th>"Validator"</th><th>"Key index"</th><th>"Status"</th>
                                <th>"Withdrawal credentials"</th><th>"Found by"</th><th>"Address change"</th>
                            </tr></thead>
                            <tbody>
                                {found.rows.into_iter().map(|row| {
                                    let key = row_key(&row);
                                    let eligible = row.can_change_withdrawal_address();
                                    let selectable = eligible || row.by_signing_pubkey;
                                    let found_by = match (row.by_withdrawal_credentials, row.by_signing_pubkey) {
                                        (true, true) => "credentials and pubkey",
                                        (true, false) => "withdrawal credentials",
                                        _ => "signing pubkey",
                                    };
                                    let change = if eligible {
                                        "0x00: can be changed".to_owned()
                                    } else if row.withdrawal_credentials.starts_with("0x00") {
                                        "0x00 of another withdrawal key: not this mnemonic's".to_owned()
                                    } else {
                                        format!("already {}", &row.withdrawal_credentials[..4])
                                    };
                                    view! {
                                        <tr data-testid="found-row" data-validator=row.validator_index.to_string() data-key=row.key_index.to_string()>
                                            <td><input type="checkbox" data-testid="select-validator" prop:disabled=!selectable
                                                prop:checked=move || selected.with(|s| s.contains(&key))
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    selected.update(|s| { if on { s.insert(key); } else { s.remove(&key); } });
                                                } /></td>
                                            <td>{row.validator_index}</td>
                                            <td>{row.key_index}</td>
                                            <td>{row.status.clone().unwrap_or_else(|| "—".into())}</td>
                                            <td><code>{row.withdrawal_credentials.clone()}</code></td>
                                            <td>{found_by}</td>
                                            <td>{change}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
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
                        <button type="button" data-testid="sign-found" prop:disabled=busy on:click=sign>
                            "Sign for the selected validators"
                        </button>
                        <p class="field-error" role="alert" data-testid="sign-error">{move || sign_error.get()}</p>
                    }
                })}
                <JobProgress runner=changes/>
                <JobProgress runner=exits/>
                {move || match changes.state.get() {
                    JobState::Finished(Reply::Files { files }) => {
                        view! { <FileList files=files folder="bls_to_execution_changes" with_qr=true/> }.into_any()
                    }
                    _ => ().into_any(),
                }}
                {move || match exits.state.get() {
                    JobState::Finished(Reply::Files { files }) => {
                        view! { <FileList files=files folder="exit_transactions"/> }.into_any()
                    }
                    _ => ().into_any(),
                }}
            </Show>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_warning_names_both_chains_only_when_they_differ() {
        let mainnet = ChainInput::Name("mainnet".into());
        let hoodi = ChainInput::Name("hoodi".into());
        assert_eq!(chain_warning(&mainnet, &mainnet), None);
        assert_eq!(
            chain_warning(&mainnet, &hoodi).unwrap(),
            "The import was made on hoodi but mainnet is selected; signing uses the import's chain values (hoodi)."
        );
    }
}

//! Flow 5: pre-signed voluntary exits, from the mnemonic or from a keystore and its password.

use leptos::prelude::*;
use withdrawal_wallet_worker::{Job, Password, Reply};
use zeroize::Zeroizing;

use crate::files::read_chosen_file;
use crate::forms;
use crate::jobs::{JobProgress, JobRunner, JobState};
use crate::pages::common::{
    field_error, now_seconds, secret_input, text_input, ChainChoice, ChainPicker, FileList,
};
use crate::session::Session;

#[component]
pub fn Exits() -> impl IntoView {
    let session = expect_context::<Session>();
    let chain = ChainChoice::new();
    let source = RwSignal::new("mnemonic".to_owned());
    let start = RwSignal::new("0".to_owned());
    let validators = RwSignal::new(String::new());
    let epoch = RwSignal::new(String::new());
    let keystore = RwSignal::new(None::<String>);
    let validator_pubkey = RwSignal::new(String::new());
    let password = RwSignal::new(Zeroizing::new(String::new()));
    let runner = JobRunner::new();
    let error = RwSignal::new(None::<String>);

    let epoch_error = move || {
        (!epoch.get().is_empty())
            .then(|| forms::epoch(&epoch.get()).err())
            .flatten()
    };
    let sign = move |_| {
        error.set(None);
        let (Ok(chain), Ok(epoch)) = (chain.spec(), forms::epoch(&epoch.get_untracked())) else {
            error.set(Some("choose a chain and enter the epoch".into()));
            return;
        };
        let validator_list = forms::list(&validators.get_untracked());
        if validator_list.is_empty() {
            error.set(Some("enter at least one validator index".into()));
            return;
        }
        let job = if source.get_untracked() == "mnemonic" {
            let Some(loaded) = session.mnemonic.get_untracked() else {
                error.set(Some(
                    "enter your mnemonic first (flow 2), or use a keystore".into(),
                ));
                return;
            };
            let Ok(key_indices) = forms::start_index(&start.get_untracked())
                .and_then(|start| forms::key_indices(start, validator_list.len()))
            else {
                return;
            };
            Job::Exits {
                secret: loaded.secret(),
                chain,
                key_indices,
                validator_indices: validator_list,
                epoch,
                timestamp: now_seconds(),
            }
        } else {
            let (Some(keystore), Some(Ok(validator_index))) = (
                keystore.get_untracked(),
                validator_list.first().map(|v| forms::epoch(v)),
            ) else {
                error.set(Some(
                    "choose a keystore file and one validator index".into(),
                ));
                return;
            };
            let pubkey = validator_pubkey.get_untracked();
            Job::ExitFromKeystore {
                keystore,
                password: Password(password.get_untracked()),
                chain,
                validator_index,
                epoch,
                validator_pubkey: (!pubkey.trim().is_empty()).then_some(pubkey),
                timestamp: now_seconds(),
            }
        };
        runner.start(job);
    };

    view! {
        <section class="card" aria-labelledby="exit-title">
            <h2 id="exit-title">"Pre-sign voluntary exits"</h2>
            <p class="hint">"An exit becomes valid from its epoch on, and cannot be undone once broadcast. Keep the files safe."</p>
            <ChainPicker choice=chain/>
            <fieldset>
                <legend>"Sign with"</legend>
                <label class="inline"><input type="radio" name="source" data-testid="source-mnemonic" prop:checked=move || source.get() == "mnemonic"
                    on:change=move |_| source.set("mnemonic".into())/>" my mnemonic"</label>
                <label class="inline"><input type="radio" name="source" data-testid="source-keystore" prop:checked=move || source.get() == "keystore"
                    on:change=move |_| source.set("keystore".into())/>" a keystore file and its password"</label>
            </fieldset>
            <Show when=move || source.get() == "mnemonic" fallback=move || view! {
                <label for="keystore-file">"Keystore file"</label>
                <input id="keystore-file" data-testid="keystore-file" type="file" accept=".json,application/json"
                    on:change=move |ev| {
                        keystore.set(None);
                        read_chosen_file(&ev, move |text| match text {
                            Ok(text) => keystore.set(Some(text)),
                            Err(message) => error.set(Some(message)),
                        })
                    }/>
                <label for="keystore-password">"Keystore password"</label>
                {secret_input("keystore-password", password)}
                <label for="keystore-validator-pubkey">"The validator's pubkey (recommended: the keystore's key must then be this validator's)"</label>
                {text_input("keystore-validator-pubkey", validator_pubkey)}
            }>
                <label for="start-index">"Key index of the first validator below"</label>
                {text_input("start-index", start)}
            </Show>
            <label for="validator-indices">"Validator indices, separated by commas"</label>
            {text_input("validator-indices", validators)}
            <label for="epoch">"Epoch"</label>
            {text_input("epoch", epoch)}
            {field_error("epoch", epoch_error)}
            <button type="button" data-testid="sign-exits" prop:disabled=move || runner.state.get().is_running() on:click=sign>"Sign exits"</button>
            <p class="field-error" role="alert" data-testid="exit-error">{move || error.get()}</p>
            <JobProgress runner=runner/>
            {move || match runner.state.get() {
                JobState::Finished(Reply::Files { files }) => view! { <FileList files=files folder="exit_transactions" with_qr=true/> }.into_any(),
                _ => ().into_any(),
            }}
        </section>
    }
}

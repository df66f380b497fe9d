//! Flow 5: pre-signed voluntary exits, from the mnemonic or from a keystore and its password.

use leptos::prelude::*;
use withdrawal_wallet::fields;
use withdrawal_wallet::{CreateExitFromKeystore, CreateExits, Request, WalletError};

use crate::files::read_chosen_file;
use crate::jobs::{JobProgress, JobRunner};
use crate::pages::common::{
    field_error, secret_input, text_input, ChainChoice, ChainPicker, FileList, PublicMnemonicAck,
    SecretField,
};
use crate::session::Session;
use crate::text;

/// What signs the exits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ExitSource {
    Mnemonic,
    Keystore,
}

#[component]
pub fn Exits() -> impl IntoView {
    let session = expect_context::<Session>();
    let chain = ChainChoice::new();
    let source = RwSignal::new(ExitSource::Mnemonic);
    let start = RwSignal::new("0".to_owned());
    let validators = RwSignal::new(String::new());
    let epoch = RwSignal::new(String::new());
    let keystore = RwSignal::new(None::<String>);
    let validator_pubkey = RwSignal::new(String::new());
    let password = SecretField::new();
    let public_acknowledged = RwSignal::new(false);
    let runner = JobRunner::new();
    let error = RwSignal::new(None::<WalletError>);

    let epoch_error = move || {
        (!epoch.get().is_empty())
            .then(|| fields::uint64(&epoch.get()).err())
            .flatten()
    };
    let sign = move |_| {
        error.set(None);
        let request = match source.get_untracked() {
            ExitSource::Mnemonic => {
                let Some((mnemonic, passphrase, language)) = session.secrets() else {
                    error.set(Some(WalletError::new(
                        withdrawal_wallet::ErrorCode::OptionMissing,
                        Default::default(),
                        "enter your mnemonic first (flow 2), or use a keystore",
                    )));
                    return;
                };
                let start_index = match fields::key_index(&start.get_untracked()) {
                    Ok(start) => start,
                    Err(err) => {
                        error.set(Some(err.at("startIndex")));
                        return;
                    }
                };
                Request::CreateExits(CreateExits {
                    mnemonic,
                    passphrase,
                    language,
                    chain: chain.input(),
                    start_index: Some(start_index),
                    key_indices: None,
                    validator_indices: fields::list(&validators.get_untracked()),
                    epoch: epoch.get_untracked().trim().to_owned(),
                    acknowledge_public_mnemonic: public_acknowledged.get_untracked(),
                    timestamp: None,
                })
            }
            ExitSource::Keystore => {
                let pubkey = validator_pubkey.get_untracked();
                // The field shows why its value cannot be used.
                let Ok(password) = password.secret() else {
                    return;
                };
                Request::CreateExitFromKeystore(CreateExitFromKeystore {
                    keystore: keystore.get_untracked().unwrap_or_default(),
                    password,
                    chain: chain.input(),
                    validator_index: validators.get_untracked().trim().to_owned(),
                    epoch: epoch.get_untracked().trim().to_owned(),
                    validator_pubkey: (!pubkey.trim().is_empty()).then_some(pubkey),
                    timestamp: None,
                })
            }
        };
        runner.start(request);
    };

    view! {
        <section class="card" aria-labelledby="exit-title">
            <h2 id="exit-title">"Pre-sign voluntary exits"</h2>
            <p class="hint">"An exit becomes valid from its epoch on, and cannot be undone once broadcast. Keep the files safe."</p>
            <ChainPicker choice=chain/>
            <fieldset>
                <legend>"Sign with"</legend>
                <label class="inline"><input type="radio" name="source" data-testid="source-mnemonic"
                    prop:checked=move || source.get() == ExitSource::Mnemonic
                    on:change=move |_| source.set(ExitSource::Mnemonic)/>" my mnemonic"</label>
                <label class="inline"><input type="radio" name="source" data-testid="source-keystore"
                    prop:checked=move || source.get() == ExitSource::Keystore
                    on:change=move |_| source.set(ExitSource::Keystore)/>" a keystore file and its password"</label>
            </fieldset>
            <Show when=move || source.get() == ExitSource::Mnemonic fallback=move || view! {
                <label for="keystore-file">"Keystore file"</label>
                <input id="keystore-file" data-testid="keystore-file" type="file" accept=".json,application/json"
                    on:change=move |ev| {
                        keystore.set(None);
                        read_chosen_file(&ev, move |text| match text {
                            Ok(text) => keystore.set(Some(text)),
                            Err(err) => error.set(Some(err)),
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
            <label for="validator-indices">{move || match source.get() {
                ExitSource::Mnemonic => "Validator indices, separated by commas",
                ExitSource::Keystore => "The validator's index",
            }}</label>
            {text_input("validator-indices", validators)}
            <label for="epoch">"Epoch"</label>
            {text_input("epoch", epoch)}
            {field_error("epoch", epoch_error)}
            <Show when=move || source.get() == ExitSource::Mnemonic>
                <PublicMnemonicAck
                    real_value=Signal::derive(move || chain.resolve().is_ok_and(|chain| chain.real_value))
                    acknowledged=public_acknowledged/>
            </Show>
            <button type="button" data-testid="sign-exits" prop:disabled=move || runner.state.get().is_running() on:click=sign>"Sign exits"</button>
            <p class="field-error" role="alert" data-testid="exit-error"
                data-code=move || error.get().map(|err| err.code.as_str())>
                {move || error.get().map(|err| text::error(&err))}
            </p>
            <JobProgress runner=runner/>
            {move || runner.response().map(|response| view! { <FileList files=response.files() with_qr=true/> })}
        </section>
    }
}

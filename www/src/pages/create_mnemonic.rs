//! Flow 1: a new 24-word mnemonic, written down, typed back, optionally with a passphrase.

use leptos::prelude::*;
use withdrawal_wallet::mnemonic::MnemonicLanguage;
use withdrawal_wallet::random::generate_mnemonic;
use zeroize::Zeroizing;

use crate::flows::{confirms, CreateStep};
use crate::pages::common::{autocorrect_off, field_error, secret_input};
use crate::session::{LoadedMnemonic, Session};
use crate::{Screen, ScreenSignal};

#[component]
pub fn CreateMnemonic() -> impl IntoView {
    let session = expect_context::<Session>();
    let screen = expect_context::<ScreenSignal>().0;
    let language = RwSignal::new(MnemonicLanguage::English);
    let phrase = RwSignal::new(Zeroizing::new(String::new()));
    let error = RwSignal::new(None::<String>);
    let step = RwSignal::new(CreateStep::ShowWords);
    let typed = RwSignal::new(Zeroizing::new(String::new()));
    let passphrase = RwSignal::new(Zeroizing::new(String::new()));
    let passphrase_again = RwSignal::new(Zeroizing::new(String::new()));

    let generate = move || match generate_mnemonic(language.get_untracked(), 24) {
        Ok(mnemonic) => {
            phrase.set(Zeroizing::new(mnemonic.phrase().to_owned()));
            error.set(None);
        }
        Err(err) => error.set(Some(err.to_string())),
    };
    generate();

    let confirmed = move || confirms(&phrase.read(), language.get(), &typed.read());
    let passphrase_error = move || {
        (passphrase.read().as_str() != passphrase_again.read().as_str())
            .then(|| "the two passphrases differ".to_owned())
    };
    let use_it = move |_| {
        if passphrase_error().is_some() || !confirmed() {
            return;
        }
        session.mnemonic.set(Some(LoadedMnemonic {
            phrase: phrase.get_untracked(),
            language: language.get_untracked().name().to_owned(),
            passphrase: passphrase.get_untracked(),
            publicly_known: false,
        }));
        screen.set(Screen::Start);
    };

    view! {
        <section class="card" aria-labelledby="create-title">
            <h2 id="create-title">"Create a new mnemonic"</h2>
            <p class="error" role="alert">{move || error.get()}</p>
            {move || match step.get() {
                CreateStep::ShowWords => view! {
                    <label for="language">"Language"</label>
                    <select id="language" data-testid="language" on:change=move |ev| {
                        if let Ok(chosen) = event_target_value(&ev).parse() {
                            language.set(chosen);
                            generate();
                        }
                    }>
                        {MnemonicLanguage::ALL.map(|l| view! { <option value=l.name()>{l.name()}</option> }).to_vec()}
                    </select>
                    <p class="warning">
                        "Write these 24 words down, in order, on paper. Anyone with them controls your validators "
                        "and their funds; without them nothing can be recovered. Never type them into an online machine."
                    </p>
                    <ol class="words" data-testid="words">
                        {move || phrase.read().split_whitespace().map(|word| view! { <li>{word.to_owned()}</li> }).collect_view()}
                    </ol>
                    <button type="button" data-testid="written-down" prop:disabled=move || phrase.read().is_empty()
                        on:click=move |_| step.set(CreateStep::Confirm)>
                        "I have written them down"
                    </button>
                }.into_any(),
                CreateStep::Confirm => view! {
                    <p>"Type the whole phrase from your paper copy. The words are hidden now."</p>
                    <label for="confirm-phrase">"Your mnemonic"</label>
                    <textarea id="confirm-phrase" data-testid="confirm-phrase" rows="3" autocomplete="off" spellcheck="false" use:autocorrect_off
                        autocapitalize="off" on:input=move |ev| typed.set(Zeroizing::new(event_target_value(&ev)))></textarea>
                    {field_error("confirm-phrase", move || {
                        (!typed.read().trim().is_empty() && !confirmed())
                            .then(|| "this does not match the words shown; check each word against your written copy".to_owned())
                    })}
                    <button type="button" data-testid="confirm" prop:disabled=move || !confirmed()
                        on:click=move |_| if let Ok(next) = step.get_untracked().next(confirmed()) { step.set(next) }>
                        "Confirm"
                    </button>
                    <button type="button" class="secondary" on:click=move |_| step.set(CreateStep::ShowWords)>"Show the words again"</button>
                }.into_any(),
                CreateStep::Passphrase => view! {
                    <p data-testid="confirmed">"✓ The phrase matches."</p>
                    <p class="warning">
                        "Optional: a BIP39 passphrase (sometimes called the 25th word). It changes every key. "
                        "If you forget it, nothing can recover your validators. Leave it empty unless you know you want one."
                    </p>
                    <label for="passphrase">"Passphrase (optional)"</label>
                    {secret_input("passphrase", passphrase)}
                    <label for="passphrase-again">"Passphrase again"</label>
                    {secret_input("passphrase-again", passphrase_again)}
                    {field_error("passphrase-again", passphrase_error)}
                    <button type="button" data-testid="use-mnemonic" on:click=use_it>"Use this mnemonic"</button>
                }.into_any(),
            }}
        </section>
    }
}

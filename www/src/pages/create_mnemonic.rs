//! Flow 1: a new 24-word mnemonic, written down, typed back, optionally with a passphrase.

use leptos::prelude::*;
use withdrawal_wallet::fields::{confirmed, Mismatch};
use withdrawal_wallet::{generate_mnemonic, MnemonicLanguage, WalletError};
use zeroize::Zeroizing;

use crate::flows::{confirms, CreateStep};
use crate::pages::common::{autocorrect_off, field_error, secret_input, secret_value, SecretField};
use crate::session::{LoadedMnemonic, Session};
use crate::text;
use crate::tr;
use crate::{Screen, ScreenSignal};

#[component]
pub fn CreateMnemonic() -> impl IntoView {
    let session = expect_context::<Session>();
    let screen = expect_context::<ScreenSignal>().0;
    let language = RwSignal::new(MnemonicLanguage::English);
    let phrase = RwSignal::new(Zeroizing::new(String::new()));
    let error = RwSignal::new(None::<WalletError>);
    let step = RwSignal::new(CreateStep::ShowWords);
    let typed = RwSignal::new(Zeroizing::new(String::new()));
    let passphrase = SecretField::new();
    let passphrase_again = SecretField::new();

    // Words shown before and not confirmed come back, said so; new ones only when asked.
    let returning = RwSignal::new(false);
    let generate = move || match generate_mnemonic(language.get_untracked(), 24) {
        Ok(mnemonic) => {
            phrase.set(Zeroizing::new(mnemonic.phrase().to_owned()));
            session.drafted.set(Some((
                withdrawal_wallet::SecretText::new(mnemonic.phrase()),
                language.get_untracked(),
            )));
            returning.set(false);
            error.set(None);
        }
        Err(err) => error.set(Some(err.into())),
    };
    match session.drafted.get_untracked() {
        Some((drafted, drafted_language)) => {
            phrase.set(Zeroizing::new(drafted.expose().to_owned()));
            language.set(drafted_language);
            returning.set(true);
        }
        None => generate(),
    }

    let confirmed_phrase = move || confirms(&phrase.read(), language.get(), &typed.read());
    let passphrase_error = move || {
        confirmed(
            &passphrase.text.read(),
            &passphrase_again.text.read(),
            Mismatch::Passphrase,
        )
        .err()
    };
    let use_it = move |_| {
        if passphrase_error().is_some() || !confirmed_phrase() {
            return;
        }
        // The field shows why its value cannot be used.
        let (Ok(passphrase), Ok(_)) = (passphrase.secret(), passphrase_again.secret()) else {
            return;
        };
        session.mnemonic.set(Some(LoadedMnemonic {
            phrase: phrase.get_untracked().into(),
            language: language.get_untracked(),
            passphrase,
            publicly_known: false,
        }));
        session.drafted.set(None);
        // On a journey, on to its next step; else back to the start.
        screen.set(
            session
                .journey
                .get_untracked()
                .map_or(Screen::Start, |journey| journey.work_screen()),
        );
    };

    crate::journeys::report_stage(|| crate::journeys::Stage::Mnemonic);

    view! {
        <section class="card" aria-labelledby="create-title">
            <h2 id="create-title" tabindex="-1">{tr!("create-title")}</h2>
            <p class="error" role="alert" data-testid="create-error" data-code=move || error.get().map(|err| err.code.as_str())>
                {move || error.get().map(|err| text::error(&err))}
            </p>
            {move || match step.get() {
                CreateStep::ShowWords => view! {
                    <Show when=move || returning.get()>
                        <div class="notice" data-testid="words-again">
                            <p>{tr!("create-words-again")}</p>
                            <button type="button" class="secondary small" data-testid="new-words" on:click=move |_| generate()>
                                {tr!("create-new-words")}
                            </button>
                        </div>
                    </Show>
                    <label for="language">{tr!("mnemonic-wordlist-label")}</label>
                    <select id="language" data-testid="language" prop:value=move || language.get().name() on:change=move |ev| {
                        if let Ok(chosen) = event_target_value(&ev).parse() {
                            language.set(chosen);
                            generate();
                        }
                    }>
                        {MnemonicLanguage::ALL.map(|l| view! { <option value=l.name()>{l.native_name()}</option> }).into_iter().collect_view()}
                    </select>
                    <p class="hint" data-testid="wordlist-note">{tr!("mnemonic-wordlist-note")}</p>
                    <p class="warning">{tr!("create-write-down")}</p>
                    <ol class="words" data-testid="words">
                        {move || phrase.read().split_whitespace().map(|word| view! { <li>{word.to_owned()}</li> }).collect_view()}
                    </ol>
                    <button type="button" data-testid="written-down" prop:disabled=move || phrase.read().is_empty()
                        on:click=move |_| step.set(CreateStep::Confirm)>
                        {tr!("create-written-down")}
                    </button>
                }.into_any(),
                CreateStep::Confirm => view! {
                    <p>{tr!("create-type-back")}</p>
                    <label for="confirm-phrase">{tr!("create-confirm-label")}</label>
                    <textarea id="confirm-phrase" data-testid="confirm-phrase" rows="3" autocomplete="off" spellcheck="false" use:autocorrect_off
                        autocapitalize="off" on:input=move |ev| typed.set(secret_value(&ev).unwrap_or_default())></textarea>
                    <p class="field-error" data-testid="confirm-phrase-error" role="alert">
                        {move || (!typed.read().trim().is_empty() && !confirmed_phrase())
                            .then(|| crate::i18n::text("create-confirm-mismatch"))}
                    </p>
                    <button type="button" data-testid="confirm" prop:disabled=move || !confirmed_phrase()
                        on:click=move |_| if confirmed_phrase() { step.set(CreateStep::Passphrase) }>
                        {tr!("create-confirm")}
                    </button>
                    <button type="button" class="secondary" on:click=move |_| step.set(CreateStep::ShowWords)>{tr!("create-show-again")}</button>
                }.into_any(),
                CreateStep::Passphrase => view! {
                    <p data-testid="confirmed">{tr!("create-confirmed")}</p>
                    <p class="warning">{tr!("create-passphrase-warning")}</p>
                    <label for="passphrase">{tr!("create-passphrase-label")}</label>
                    {secret_input("passphrase", passphrase)}
                    <label for="passphrase-again">{tr!("create-passphrase-again-label")}</label>
                    {secret_input("passphrase-again", passphrase_again)}
                    {field_error("passphrase-again", passphrase_error)}
                    <button type="button" data-testid="use-mnemonic" on:click=use_it
                        prop:disabled=move || passphrase.is_refused() || passphrase_again.is_refused()>{tr!("mnemonic-use")}</button>
                }.into_any(),
            }}
        </section>
    }
}

//! Flow 2: the mnemonic a staker already has, checked word by word as it is typed.

use leptos::prelude::*;
use withdrawal_wallet::{Mnemonic, MnemonicLanguage};
use zeroize::Zeroizing;

use crate::flows::check_entry;
use crate::i18n::{text_with, Args};
use crate::pages::common::{autocorrect_off, field_error, secret_input, secret_value, SecretField};
use crate::session::{LoadedMnemonic, Session};
use crate::tr;
use crate::{Screen, ScreenSignal};

#[component]
pub fn UseMnemonic() -> impl IntoView {
    let session = expect_context::<Session>();
    let screen = expect_context::<ScreenSignal>().0;
    let text = RwSignal::new(Zeroizing::new(String::new()));
    let language = RwSignal::new(None::<MnemonicLanguage>);
    let revealed = RwSignal::new(true);
    let passphrase = SecretField::new();
    let check = Memo::new(move |_| check_entry(&text.read(), language.get()));
    let problem = move || {
        let check = check.get();
        (!text.read().trim().is_empty())
            .then(|| check.result.err())
            .flatten()
    };
    let use_it = move |_| {
        let Ok((phrase, language)) = check.get_untracked().result else {
            return;
        };
        // The field shows why its value cannot be used.
        let Ok(passphrase) = passphrase.secret() else {
            return;
        };
        let publicly_known =
            Mnemonic::parse(&phrase, Some(language)).is_ok_and(|m| m.is_publicly_known());
        session.mnemonic.set(Some(LoadedMnemonic {
            phrase: phrase.into(),
            language,
            passphrase,
            publicly_known,
        }));
        text.set(Zeroizing::new(String::new()));
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
        <section class="card" aria-labelledby="use-title">
            <h2 id="use-title" tabindex="-1">{tr!("use-title")}</h2>
            <label for="mnemonic">{tr!("use-mnemonic-label")}</label>
            <textarea id="mnemonic" data-testid="mnemonic" rows="4" autocomplete="off" spellcheck="false" autocapitalize="off" use:autocorrect_off
                class:concealed=move || !revealed.get()
                aria-describedby="mnemonic-error"
                prop:value=move || text.read().to_string()
                on:input=move |ev| text.set(secret_value(&ev).unwrap_or_default())></textarea>
            <button type="button" class="secondary small" data-testid="reveal" on:click=move |_| revealed.update(|r| *r = !*r)>
                {move || crate::i18n::text(if revealed.get() { "use-hide-words" } else { "use-show-words" })}
            </button>
            {field_error("mnemonic", problem)}
            <label for="mnemonic-language">{tr!("mnemonic-wordlist-label")}</label>
            <select id="mnemonic-language" data-testid="mnemonic-language"
                on:change=move |ev| language.set(event_target_value(&ev).parse().ok())>
                <option value="auto">{tr!("use-wordlist-auto")}</option>
                {MnemonicLanguage::ALL.map(|l| view! { <option value=l.name()>{l.native_name()}</option> }).into_iter().collect_view()}
            </select>
            <p class="hint" data-testid="wordlist-note">{tr!("mnemonic-wordlist-note")}</p>
            <p class="hint" data-testid="detected-language">
                {move || check.get().language.map(|l| {
                    let mut args = Args::new();
                    args.set("wordlist", l.native_name());
                    text_with("use-detected-wordlist", &args)
                }).unwrap_or_default()}
            </p>
            <Show when=move || revealed.get()>
                <ol class="word-check" data-testid="word-check">
                    {move || check.get().words.into_iter().map(|word| {
                        let known = word.expanded.is_some();
                        let label = match word.expanded {
                            Some(full) if full != word.typed.as_str() => format!("{} → {full}", word.typed.as_str()),
                            Some(full) => full.to_owned(),
                            None => {
                                let mut args = Args::new();
                                args.set("word", word.typed.as_str().to_owned());
                                text_with("use-unknown-word", &args)
                            }
                        };
                        view! { <li class:unknown=!known>{label}</li> }
                    }).collect_view()}
                </ol>
            </Show>
            {move || check.get().result.ok().map(|(phrase, _)| view! {
                <p class="canonical">{tr!("use-canonical")}</p>
                <p class="phrase" data-testid="canonical" class:concealed=move || !revealed.get()>{phrase.to_string()}</p>
            })}
            <label for="passphrase">{tr!("use-passphrase-label")}</label>
            {secret_input("passphrase", passphrase)}
            <button type="button" data-testid="use-mnemonic" prop:disabled=move || check.get().result.is_err() || passphrase.is_refused() on:click=use_it>
                {tr!("mnemonic-use")}
            </button>
        </section>
    }
}

//! The masthead, on every screen: the name (home), whether the browser is online (following
//! the `online`/`offline` events), where the page came from, the visit's chain, and the loaded
//! mnemonic with Clear.

use leptos::prelude::*;

use crate::i18n::{text, text_with, Args, LanguagePicker};
use crate::pages::common::ChainSelection;
use crate::session::Session;
use crate::tr;
use crate::{Screen, ScreenSignal};

/// Banner while the browser reports a network connection, and where the page came from.
#[component]
fn Environment() -> impl IntoView {
    let window = web_sys::window();
    let online = RwSignal::new(window.as_ref().is_some_and(|w| w.navigator().on_line()));
    let protocol = window
        .and_then(|w| w.location().protocol().ok())
        .unwrap_or_default();
    let online_handle = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let offline_handle = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        online_handle.remove();
        offline_handle.remove();
    });
    view! {
        <p class="online-banner" role="status" data-testid="online-banner" class:offline=move || !online.get()>
            {move || if online.get() { text("online-banner") } else { text("offline-banner") }}
        </p>
        <p class="origin" data-testid="origin">{tr!("loaded-from")}" "<bdi dir="ltr">{format!("{protocol}//")}</bdi></p>
    }
}

/// The visit's chain, or that none is chosen yet.
#[component]
fn ChainBadge() -> impl IntoView {
    let chain = expect_context::<Session>().chain;
    let name = move || match chain.selection.get() {
        None => text("chain-not-chosen"),
        Some(ChainSelection::Builtin(name)) => name.to_owned(),
        Some(ChainSelection::Custom) => match chain.resolve() {
            Ok(chain) => {
                let mut args = Args::new();
                args.set("name", chain.name);
                text_with("chain-custom", &args)
            }
            Err(_) => text("chain-custom-incomplete"),
        },
    };
    view! {
        <p class="chain-badge" data-testid="header-chain" class:unset=move || chain.selection.get().is_none()>
            {tr!("chain-label")}" "<strong><bdi>{name}</bdi></strong>
        </p>
    }
}

#[component]
pub fn Masthead() -> impl IntoView {
    let session = expect_context::<Session>();
    let screen = expect_context::<ScreenSignal>().0;
    let loaded = move || {
        session.mnemonic.read().as_ref().map(|m| {
            let mut args = Args::new();
            args.set("wordlist", m.language.native_name());
            args.set(
                "passphrase",
                if m.passphrase.is_empty() { "no" } else { "yes" },
            );
            text_with("mnemonic-loaded", &args)
        })
    };
    view! {
        <header class="masthead">
            <div>
                <h1><button type="button" class="home" on:click=move |_| {
                    session.journey.set(None);
                    screen.set(Screen::Start);
                }>"withdrawal-wallet"</button></h1>
                <p class="tagline">{tr!("tagline")}</p>
            </div>
            <div class="status">
                <LanguagePicker/>
                <Environment/>
                <ChainBadge/>
                <Show when=move || session.is_loaded()>
                    <p data-testid="session">{loaded}</p>
                    <button type="button" class="secondary small" data-testid="clear" on:click=move |_| {
                        session.clear();
                        session.journey.set(None);
                        screen.set(Screen::Start);
                    }>{tr!("clear")}</button>
                </Show>
            </div>
        </header>
    }
}

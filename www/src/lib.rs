//! The withdrawal-wallet page. Components hold state and call the core (through the worker for
//! long jobs); nothing here does cryptography of its own. `main.rs` only mounts `App`.

pub mod files;
pub mod flows;
pub mod jobs;
pub mod pages;
pub mod pool;
pub mod qr;
pub mod session;
pub mod text;
mod withdrawal_lookup;

use leptos::prelude::*;

use pages::create_mnemonic::CreateMnemonic;
use pages::exits::Exits;
use pages::find_validators::FindValidators;
use pages::use_mnemonic::UseMnemonic;
use pages::validator_keys::ValidatorKeys;
use pages::verify_files::VerifyFiles;
use pages::withdrawal_address::WithdrawalAddress;
use session::Session;
pub use withdrawal_lookup::{lookup_withdrawal_key, LookupResult, WithdrawalLookup};

/// The page being shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    CreateMnemonic,
    UseMnemonic,
    ValidatorKeys,
    WithdrawalAddress,
    Exits,
    VerifyFiles,
    FindValidators,
    Lookup,
}

/// Context wrapper so pages can navigate.
#[derive(Clone, Copy)]
pub struct ScreenSignal(pub RwSignal<Screen>);

const FLOWS: [(Screen, &str, &str); 8] = [
    (
        Screen::CreateMnemonic,
        "1. Create a new mnemonic",
        "24 new words, written down and typed back",
    ),
    (
        Screen::UseMnemonic,
        "2. Use an existing mnemonic",
        "checked word by word; abbreviations expanded",
    ),
    (
        Screen::ValidatorKeys,
        "3. Generate validator keys",
        "keystores and deposit data",
    ),
    (
        Screen::WithdrawalAddress,
        "4. Set withdrawal address",
        "BLS-to-execution change for 0x00 validators",
    ),
    (
        Screen::Exits,
        "5. Pre-sign exits",
        "from the mnemonic or a keystore",
    ),
    (
        Screen::VerifyFiles,
        "6. Verify files",
        "deposit, BLS change, exit or keystore files from any tool",
    ),
    (
        Screen::FindValidators,
        "Find my validators",
        "import the beacon chain's list; sign changes and exits in bulk",
    ),
    (
        Screen::Lookup,
        "Look up a withdrawal key",
        "withdrawal pubkey and 0x00 credentials of one index",
    ),
];

fn screen_id(screen: Screen) -> &'static str {
    match screen {
        Screen::Start => "start",
        Screen::CreateMnemonic => "create-mnemonic",
        Screen::UseMnemonic => "use-mnemonic",
        Screen::ValidatorKeys => "validator-keys",
        Screen::WithdrawalAddress => "withdrawal-address",
        Screen::Exits => "exits",
        Screen::VerifyFiles => "verify-files",
        Screen::FindValidators => "find-validators",
        Screen::Lookup => "lookup",
    }
}

/// Banner while the browser reports a network connection, and where the page came from.
#[component]
fn Environment() -> impl IntoView {
    let window = web_sys::window();
    let online = window
        .as_ref()
        .map(|w| w.navigator().on_line())
        .unwrap_or(false);
    let protocol = window
        .and_then(|w| w.location().protocol().ok())
        .unwrap_or_default();
    view! {
        <Show when=move || online>
            <p class="online-banner" role="alert" data-testid="online-banner">
                "You appear to be online — disconnect before entering a mnemonic."
            </p>
        </Show>
        <p class="origin" data-testid="origin">{format!("Loaded from {protocol}//")}</p>
    }
}

#[component]
pub fn App() -> impl IntoView {
    let session = Session::new();
    let screen = RwSignal::new(Screen::Start);
    provide_context(session);
    provide_context(ScreenSignal(screen));

    let loaded = move || {
        session.mnemonic.read().as_ref().map(|m| {
            format!(
                "Mnemonic loaded ({}{})",
                m.language.name(),
                if m.passphrase.is_empty() {
                    ""
                } else {
                    ", with passphrase"
                }
            )
        })
    };

    view! {
        <header class="masthead">
            <div>
                <h1><button type="button" class="home" on:click=move |_| screen.set(Screen::Start)>"withdrawal-wallet"</button></h1>
                <p class="tagline">"Offline keys for Ethereum validators. Nothing you type leaves this page."</p>
            </div>
            <div class="status">
                <Environment/>
                <Show when=move || session.is_loaded()>
                    <p data-testid="session">{loaded}</p>
                    <button type="button" class="secondary small" data-testid="clear" on:click=move |_| {
                        session.clear();
                        screen.set(Screen::Start);
                    }>"Clear"</button>
                </Show>
            </div>
        </header>
        <main data-screen=move || screen_id(screen.get())>
            {move || match screen.get() {
                Screen::Start => view! {
                    <nav class="flows" aria-label="What do you want to do?">
                        {FLOWS.map(|(target, title, detail)| view! {
                            <button type="button" class="flow" data-testid=screen_id(target) on:click=move |_| screen.set(target)>
                                <strong>{title}</strong><span>{detail}</span>
                            </button>
                        }).to_vec()}
                    </nav>
                }.into_any(),
                Screen::CreateMnemonic => view! { <CreateMnemonic/> }.into_any(),
                Screen::UseMnemonic => view! { <UseMnemonic/> }.into_any(),
                Screen::ValidatorKeys => view! { <ValidatorKeys/> }.into_any(),
                Screen::WithdrawalAddress => view! { <WithdrawalAddress/> }.into_any(),
                Screen::Exits => view! { <Exits/> }.into_any(),
                Screen::VerifyFiles => view! { <VerifyFiles/> }.into_any(),
                Screen::FindValidators => view! { <FindValidators/> }.into_any(),
                Screen::Lookup => view! { <WithdrawalLookup/> }.into_any(),
            }}
            <Show when=move || screen.get() != Screen::Start>
                <button type="button" class="secondary back" data-testid="back" on:click=move |_| screen.set(Screen::Start)>"← All tasks"</button>
            </Show>
        </main>
    }
}

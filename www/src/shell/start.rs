//! The start screen: what the staker wants to do, as journeys walked step by step; below them,
//! the expert's direct tools, one screen each.

use leptos::prelude::*;

use crate::journeys::Journey;
use crate::session::Session;
use crate::{screen_id, Screen, ScreenSignal};

/// The direct tools, by screen: title and what it does.
const TOOLS: [(Screen, &str, &str); 8] = [
    (
        Screen::CreateMnemonic,
        "Create a new mnemonic",
        "24 new words, written down and typed back",
    ),
    (
        Screen::UseMnemonic,
        "Use an existing mnemonic",
        "checked word by word; abbreviations expanded",
    ),
    (
        Screen::ValidatorKeys,
        "Generate validator keys",
        "keystores and deposit data",
    ),
    (
        Screen::WithdrawalAddress,
        "Set withdrawal address",
        "BLS-to-execution change for 0x00 validators",
    ),
    (
        Screen::Exits,
        "Pre-sign exits",
        "from the mnemonic or a keystore",
    ),
    (
        Screen::VerifyFiles,
        "Verify files",
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
        "withdrawal pubkey and 0x00 credentials of a key index",
    ),
];

#[component]
pub fn Start() -> impl IntoView {
    let session = expect_context::<Session>();
    let screen = expect_context::<ScreenSignal>().0;
    view! {
        <section aria-labelledby="start-title">
            <h2 id="start-title" tabindex="-1">"What do you want to do?"</h2>
            <div class="journeys">
                {Journey::ALL.map(|journey| {
                    let (title, detail) = journey.title();
                    view! {
                        <button type="button" class="journey" data-testid=journey.id() on:click=move |_| {
                            session.journey.set(Some(journey));
                            screen.set(journey.work_screen());
                        }>
                            <strong>{title}</strong><span>{detail}</span>
                        </button>
                    }
                }).to_vec()}
            </div>
        </section>
        <section aria-labelledby="tools-title" class="tools">
            <h2 id="tools-title">"Tools, one at a time"</h2>
            <p class="hint">"For those who know the steps: each tool on its own, without the guide."</p>
            <nav class="flows" aria-labelledby="tools-title">
                {TOOLS.map(|(target, title, detail)| view! {
                    <button type="button" class="flow" data-testid=screen_id(target) on:click=move |_| {
                        session.journey.set(None);
                        screen.set(target);
                    }>
                        <strong>{title}</strong><span>{detail}</span>
                    </button>
                }).to_vec()}
            </nav>
        </section>
    }
}

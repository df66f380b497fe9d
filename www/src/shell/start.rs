//! The start screen: what the staker wants to do, as journeys walked step by step; below them,
//! the expert's direct tools, one screen each.

use leptos::prelude::*;

use crate::i18n::text;
use crate::journeys::Journey;
use crate::session::Session;
use crate::tr;
use crate::{screen_id, Screen, ScreenSignal};

/// The direct tools, by screen: message ids of the title and of what it does.
const TOOLS: [(Screen, &str, &str); 13] = [
    (
        Screen::CreateMnemonic,
        "tool-create-mnemonic",
        "tool-create-mnemonic-detail",
    ),
    (
        Screen::UseMnemonic,
        "tool-use-mnemonic",
        "tool-use-mnemonic-detail",
    ),
    (
        Screen::ValidatorKeys,
        "tool-validator-keys",
        "tool-validator-keys-detail",
    ),
    (
        Screen::WithdrawalAddress,
        "tool-withdrawal-address",
        "tool-withdrawal-address-detail",
    ),
    (
        Screen::OwnershipProof,
        "tool-ownership-proof",
        "tool-ownership-proof-detail",
    ),
    (Screen::Exits, "tool-exits", "tool-exits-detail"),
    (
        Screen::VerifyFiles,
        "tool-verify-files",
        "tool-verify-files-detail",
    ),
    (
        Screen::FindValidators,
        "tool-find-validators",
        "tool-find-validators-detail",
    ),
    (
        Screen::SignerHandOff,
        "tool-hand-off",
        "tool-hand-off-detail",
    ),
    (Screen::Lookup, "tool-lookup", "tool-lookup-detail"),
    (Screen::TopUp, "tool-top-up", "tool-top-up-detail"),
    (
        Screen::BuilderDeposits,
        "tool-builder-deposits",
        "tool-builder-deposits-detail",
    ),
    (
        Screen::ExecutionRequests,
        "tool-execution-requests",
        "tool-execution-requests-detail",
    ),
];

#[component]
pub fn Start() -> impl IntoView {
    let session = expect_context::<Session>();
    let screen = expect_context::<ScreenSignal>().0;
    view! {
        <section aria-labelledby="start-title">
            <h2 id="start-title" tabindex="-1">{tr!("start-title")}</h2>
            <div class="journeys">
                {Journey::ALL.map(|journey| {
                    view! {
                        <button type="button" class="journey" data-testid=journey.id() on:click=move |_| {
                            session.journey.set(Some(journey));
                            screen.set(journey.work_screen());
                        }>
                            <strong>{move || journey.title()}</strong><span>{move || journey.detail()}</span>
                        </button>
                    }
                }).into_iter().collect_view()}
            </div>
        </section>
        <section aria-labelledby="tools-title" class="tools">
            <h2 id="tools-title">{tr!("tools-title")}</h2>
            <p class="hint">{tr!("tools-hint")}</p>
            <nav class="flows" aria-labelledby="tools-title">
                {TOOLS.map(|(target, title, detail)| view! {
                    <button type="button" class="flow" data-testid=screen_id(target) on:click=move |_| {
                        session.journey.set(None);
                        screen.set(target);
                    }>
                        <strong>{move || text(title)}</strong><span>{move || text(detail)}</span>
                    </button>
                }).into_iter().collect_view()}
            </nav>
        </section>
    }
}

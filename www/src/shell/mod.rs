//! The page around the flows: the masthead, the start screen, the journey's stepper, and
//! which screen shows. Moving to another screen puts the keyboard focus on its heading.

mod header;
mod start;

use leptos::prelude::*;

use crate::journeys::{FlowStage, Stage, Stepper};
use crate::pages::builder_deposits::BuilderDeposits;
use crate::pages::create_mnemonic::CreateMnemonic;
use crate::pages::execution_requests::ExecutionRequests;
use crate::pages::exits::Exits;
use crate::pages::find_validators::FindValidators;
use crate::pages::lookup::Lookup;
use crate::pages::ownership_proof::OwnershipProof;
use crate::pages::signer_hand_off::SignerHandOff;
use crate::pages::top_up::TopUp;
use crate::pages::use_mnemonic::UseMnemonic;
use crate::pages::validator_keys::ValidatorKeys;
use crate::pages::verify_files::VerifyFiles;
use crate::pages::withdrawal_address::WithdrawalAddress;
use crate::session::Session;
use crate::tr;
use crate::{screen_id, Screen, ScreenSignal};
use header::Masthead;
use start::Start;

/// Focus on the new screen's first heading, so keyboard and screen-reader users start there.
fn focus_heading() {
    request_animation_frame(|| {
        let heading = document()
            .query_selector("main h2")
            .ok()
            .flatten()
            .and_then(|element| {
                wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok()
            });
        if let Some(heading) = heading {
            // A heading that cannot take focus leaves it where it was.
            let _ = heading.focus();
        }
    });
}

#[component]
pub fn App() -> impl IntoView {
    let session = Session::new();
    let screen = RwSignal::new(Screen::Start);
    let stage = RwSignal::new(Stage::Details);
    provide_context(session);
    provide_context(ScreenSignal(screen));
    provide_context(FlowStage(stage));
    crate::i18n::follow_document_language();

    Effect::new(move |previous: Option<Screen>| {
        let now = screen.get();
        if previous.is_some_and(|previous| previous != now) {
            focus_heading();
        }
        now
    });
    let stepper = move || {
        let journey = session.journey.get()?;
        journey
            .includes(screen.get())
            .then(|| view! { <Stepper journey=journey/> })
    };

    view! {
        <Masthead/>
        <main data-screen=move || screen_id(screen.get())>
            {stepper}
            {move || match screen.get() {
                Screen::Start => view! { <Start/> }.into_any(),
                Screen::CreateMnemonic => view! { <CreateMnemonic/> }.into_any(),
                Screen::UseMnemonic => view! { <UseMnemonic/> }.into_any(),
                Screen::ValidatorKeys => view! { <ValidatorKeys/> }.into_any(),
                Screen::WithdrawalAddress => view! { <WithdrawalAddress/> }.into_any(),
                Screen::Exits => view! { <Exits/> }.into_any(),
                Screen::VerifyFiles => view! { <VerifyFiles/> }.into_any(),
                Screen::FindValidators => view! { <FindValidators/> }.into_any(),
                Screen::Lookup => view! { <Lookup/> }.into_any(),
                Screen::OwnershipProof => view! { <OwnershipProof/> }.into_any(),
                Screen::ExecutionRequests => view! { <ExecutionRequests/> }.into_any(),
                Screen::TopUp => view! { <TopUp/> }.into_any(),
                Screen::BuilderDeposits => view! { <BuilderDeposits/> }.into_any(),
                Screen::SignerHandOff => view! { <SignerHandOff/> }.into_any(),
            }}
            <Show when=move || screen.get() != Screen::Start>
                <button type="button" class="secondary back" data-testid="back" on:click=move |_| {
                    session.journey.set(None);
                    screen.set(Screen::Start);
                }>{tr!("back-to-tasks")}</button>
            </Show>
        </main>
    }
}

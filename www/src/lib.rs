//! The withdrawal-wallet page. Components hold state and call the core (through the workers
//! for anything that derives keys); nothing here does cryptography of its own. `main.rs` only
//! mounts `App`.
//!
//! - `shell/`: the masthead, the start screen and which screen shows;
//! - `journeys`: the guided paths through the flows and their stepper;
//! - `pages/`: one screen per flow, and the pieces they share;
//! - `review`, `next_steps`, `hex`: the signing review, what to do with each output, long hex;
//! - `jobs`, `pool`: work in Web Workers; `files`, `qr`: downloads and QR codes;
//! - `session`: what the visit carries; `text`: how the core's data is worded;
//! - `i18n`: the page's language, `tr!` and the picker (texts live in `messages/`).

pub mod files;
pub mod flows;
pub mod hex;
pub mod i18n;
pub mod jobs;
pub mod journeys;
pub mod next_steps;
pub mod pages;
pub mod pool;
pub mod qr;
pub mod review;
pub mod session;
mod shell;
pub mod text;

use leptos::prelude::*;

pub use shell::App;

/// The screen being shown.
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
    OwnershipProof,
    ExecutionRequests,
    TopUp,
    BuilderDeposits,
    SignerHandOff,
}

/// Context wrapper so pages can navigate.
#[derive(Clone, Copy)]
pub struct ScreenSignal(pub RwSignal<Screen>);

/// The screen's name in `main[data-screen]` and the tools' data-testid.
pub fn screen_id(screen: Screen) -> &'static str {
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
        Screen::OwnershipProof => "ownership-proof",
        Screen::ExecutionRequests => "execution-requests",
        Screen::TopUp => "top-up",
        Screen::BuilderDeposits => "builder-deposits",
        Screen::SignerHandOff => "hand-off",
    }
}

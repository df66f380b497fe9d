//! What the visit carries from flow to flow, held only in Rust memory for this page's life:
//! the mnemonic (never written to storage, the URL or the title; "Clear" or a reload forgets
//! it), the one chain choice, and the journey the staker is on.

use leptos::prelude::*;
use withdrawal_wallet::{MnemonicLanguage, SecretText, ValidatorInput};

use crate::journeys::Journey;
use crate::pages::common::ChainChoice;

/// A checked mnemonic, ready for the key flows. Requests copy its secrets when they are made.
pub struct LoadedMnemonic {
    pub phrase: SecretText,
    pub language: MnemonicLanguage,
    pub passphrase: SecretText,
    /// A published test mnemonic: its keys are public.
    pub publicly_known: bool,
}

/// Shared by every page through Leptos context.
#[derive(Clone, Copy)]
pub struct Session {
    pub mnemonic: RwSignal<Option<LoadedMnemonic>, LocalStorage>,
    /// Words drawn by "Create a new mnemonic" and not yet confirmed: shown again on return, so
    /// the staker never meets different words without being told.
    pub drafted: RwSignal<Option<(SecretText, MnemonicLanguage)>, LocalStorage>,
    /// Chosen once per visit; no default.
    pub chain: ChainChoice,
    /// The guided journey, if the staker started one (the expert tools run without).
    pub journey: RwSignal<Option<Journey>>,
    /// Validators "Find my validators" hands to the execution-layer requests screen, which
    /// takes them (leaving `None`) when it opens.
    pub execution_validators: RwSignal<Option<Vec<ValidatorInput>>>,
    /// Keystores (file name, text) the keys page hands to the hand-off screen, which takes
    /// them when it opens.
    pub hand_off_keystores: RwSignal<Option<Vec<(String, String)>>>,
    /// A key-budget plan being followed, and which of its batches is next: it outlives a
    /// change of mnemonic, since each further batch is made with a new one.
    pub key_plan: RwSignal<Option<(withdrawal_wallet::KeyBudgetPlan, usize)>>,
}

impl Session {
    pub fn new() -> Self {
        Self {
            mnemonic: RwSignal::new_local(None),
            drafted: RwSignal::new_local(None),
            chain: ChainChoice::new(),
            journey: RwSignal::new(None),
            execution_validators: RwSignal::new(None),
            hand_off_keystores: RwSignal::new(None),
            key_plan: RwSignal::new(None),
        }
    }

    pub fn clear(&self) {
        self.mnemonic.set(None);
        self.drafted.set(None);
    }

    pub fn is_loaded(&self) -> bool {
        self.mnemonic.with(Option::is_some)
    }

    pub fn publicly_known(&self) -> bool {
        self.mnemonic
            .with(|loaded| loaded.as_ref().is_some_and(|m| m.publicly_known))
    }

    /// The secrets a request needs, copied (the session keeps its own): phrase, passphrase,
    /// language. Tracked, so a request built from them follows a change of mnemonic.
    pub fn secrets(&self) -> Option<(SecretText, SecretText, Option<MnemonicLanguage>)> {
        self.mnemonic.with(|loaded| {
            loaded
                .as_ref()
                .map(|m| (m.phrase.clone(), m.passphrase.clone(), Some(m.language)))
        })
    }
}

impl Default for Session {
    fn default() -> Self {
        Self::new()
    }
}

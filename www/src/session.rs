//! The mnemonic the flows work from, held only in Rust memory for this page's life. It is
//! never written to storage, the URL or the title, and "Clear" or a reload forgets it.

use leptos::prelude::*;
use withdrawal_wallet::{MnemonicLanguage, SecretText};

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
}

impl Session {
    pub fn new() -> Self {
        Self {
            mnemonic: RwSignal::new_local(None),
        }
    }

    pub fn clear(&self) {
        self.mnemonic.set(None);
    }

    pub fn is_loaded(&self) -> bool {
        self.mnemonic.with(Option::is_some)
    }

    pub fn publicly_known(&self) -> bool {
        self.mnemonic
            .with(|loaded| loaded.as_ref().is_some_and(|m| m.publicly_known))
    }

    /// The secrets a request needs, copied (the session keeps its own): phrase, passphrase,
    /// language.
    pub fn secrets(&self) -> Option<(SecretText, SecretText, Option<MnemonicLanguage>)> {
        self.mnemonic.with_untracked(|loaded| {
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

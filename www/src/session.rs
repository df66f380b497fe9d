//! The mnemonic the flows work from, held only in Rust memory for this page's life. It is
//! never written to storage, the URL or the title, and "Clear" or a reload forgets it.

use leptos::prelude::*;
use withdrawal_wallet_worker::Secret;
use zeroize::Zeroizing;

/// A checked mnemonic, ready for the key flows.
#[derive(Clone)]
pub struct LoadedMnemonic {
    pub phrase: Zeroizing<String>,
    pub language: String,
    pub passphrase: Zeroizing<String>,
    /// A published test mnemonic: its keys are public.
    pub publicly_known: bool,
}

impl LoadedMnemonic {
    pub fn secret(&self) -> Secret {
        Secret {
            mnemonic: self.phrase.clone(),
            language: Some(self.language.clone()),
            passphrase: self.passphrase.clone(),
        }
    }
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
}

impl Default for Session {
    fn default() -> Self {
        Self::new()
    }
}

//! Every text the page shows for the core's data is rendered here: errors and notices by
//! their code (today in English, from the core's message), progress phases, names.

use withdrawal_wallet::{Phase, WalletError};

/// An error or notice as the page shows it.
pub fn error(error: &WalletError) -> String {
    error.message.clone()
}

/// What a long job is doing.
pub fn phase(phase: Phase) -> &'static str {
    match phase {
        Phase::Deriving => "deriving keys",
        Phase::Keystores => "validator keys",
        Phase::Signing => "signing",
        Phase::Verifying => "verifying",
        Phase::ReadingImport => "reading the import (validators)",
        Phase::Decrypting => "opening the keystore",
    }
}

//! Every text the page shows for the core's data is rendered here: errors and notices by
//! their code (today in English, from the core's message), progress phases, names.

use withdrawal_wallet::{Phase, WalletError};

/// An error or notice as the page shows it.
pub fn error(error: &WalletError) -> String {
    crate::i18n::error(error)
}

/// What a long job is doing, in the page's language (tracked).
pub fn phase(phase: Phase) -> String {
    crate::i18n::text(match phase {
        Phase::Deriving => "phase-deriving",
        Phase::Keystores => "phase-keystores",
        Phase::Signing => "phase-signing",
        Phase::Verifying => "phase-verifying",
        Phase::ReadingImport => "phase-reading-import",
        Phase::Decrypting => "phase-decrypting",
    })
}

//! The flows' state machines and live checks, plain Rust and tested natively; the pages only
//! hold signals and call these. Every rule and message is the core's.

use withdrawal_wallet::{check_words, Mnemonic, MnemonicLanguage, WalletError};
use zeroize::Zeroizing;

/// Flow 1's steps: see the words, type them back, optionally add a passphrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreateStep {
    ShowWords,
    Confirm,
    Passphrase,
}

/// Whether `typed` is the generated phrase (abbreviations, case and spacing aside).
pub fn confirms(generated: &str, language: MnemonicLanguage, typed: &str) -> bool {
    Mnemonic::parse(typed, Some(language)).is_ok_and(|mnemonic| mnemonic.phrase() == generated)
}

/// One word as flow 2 shows it while the user types; the typed text is part of a secret.
#[derive(Clone, PartialEq, Eq)]
pub struct WordView {
    pub position: usize,
    pub typed: Zeroizing<String>,
    pub expanded: Option<&'static str>,
}

impl std::fmt::Debug for WordView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WordView(#{}, [REDACTED])", self.position)
    }
}

/// Flow 2's live check of what has been typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryCheck {
    pub language: Option<MnemonicLanguage>,
    pub words: Vec<WordView>,
    /// The canonical phrase and its language, or the problem.
    pub result: Result<(Zeroizing<String>, MnemonicLanguage), WalletError>,
}

pub fn check_entry(text: &str, language: Option<MnemonicLanguage>) -> EntryCheck {
    let (best, checks) = check_words(text, language);
    let words = checks
        .into_iter()
        .enumerate()
        .map(|(i, check)| WordView {
            position: i + 1,
            typed: check.typed,
            expanded: check.expanded,
        })
        .collect();
    let result = Mnemonic::parse(text, language)
        .map(|mnemonic| {
            (
                Zeroizing::new(mnemonic.phrase().to_owned()),
                mnemonic.language(),
            )
        })
        .map_err(|err| WalletError::from(err).at("mnemonic"));
    EntryCheck {
        language: best,
        words,
        result,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use withdrawal_wallet::ErrorCode;

    const ABANDON_ART: &str = "abandon abandon abandon abandon abandon abandon abandon abandon \
        abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \
        abandon abandon abandon abandon art";

    #[test]
    fn the_phrase_must_be_typed_back() {
        assert!(confirms(
            ABANDON_ART,
            MnemonicLanguage::English,
            &format!("ABAN {}art", "aban ".repeat(22))
        ));
        assert!(!confirms(ABANDON_ART, MnemonicLanguage::English, "abandon"));
    }

    #[test]
    fn entry_check_names_each_word_and_the_result() {
        let check = check_entry("abandon abandonx", None);
        assert_eq!(check.language, Some(MnemonicLanguage::English));
        assert_eq!(check.words[1].typed.as_str(), "abandonx");
        assert_eq!(check.words[1].expanded, None);
        let err = check.result.unwrap_err();
        assert_eq!(err.code, ErrorCode::MnemonicWordCount);
        assert_eq!(
            err.message,
            "the mnemonic has 2 words; it must have 12, 15, 18, 21 or 24"
        );
        let ok = check_entry(&ABANDON_ART.replace("abandon", "aban"), None);
        assert_eq!(ok.result.unwrap().0.as_str(), ABANDON_ART);
        assert!(!format!("{:?}", check_entry(ABANDON_ART, None).words).contains("abandon"));
    }
}

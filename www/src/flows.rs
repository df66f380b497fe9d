//! The flows' state machines and checks, plain Rust and tested natively; the pages only hold
//! signals and call these.

use withdrawal_wallet::mnemonic::{check_words, Mnemonic, MnemonicLanguage};

/// Flow 1's steps: see the words, type them back, optionally add a passphrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreateStep {
    ShowWords,
    Confirm,
    Passphrase,
}

impl CreateStep {
    /// The next step, if the current one's condition holds.
    pub fn next(self, confirmed: bool) -> Result<Self, String> {
        match self {
            Self::ShowWords => Ok(Self::Confirm),
            Self::Confirm if confirmed => Ok(Self::Passphrase),
            Self::Confirm => Err(
                "the phrase you typed does not match; check each word against your written copy"
                    .into(),
            ),
            Self::Passphrase => Ok(Self::Passphrase),
        }
    }
}

/// Whether `typed` is the generated phrase (abbreviations, case and spacing aside).
pub fn confirms(generated: &str, language: MnemonicLanguage, typed: &str) -> bool {
    Mnemonic::parse(typed, Some(language)).is_ok_and(|mnemonic| mnemonic.phrase() == generated)
}

/// One word as flow 2 shows it while the user types.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordView {
    pub position: usize,
    pub typed: String,
    pub expanded: Option<String>,
}

/// Flow 2's live check of what has been typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryCheck {
    pub language: Option<String>,
    pub words: Vec<WordView>,
    /// The canonical phrase and its language, or the problem.
    pub result: Result<(String, MnemonicLanguage), String>,
}

pub fn check_entry(text: &str, language: Option<MnemonicLanguage>) -> EntryCheck {
    let (best, checks) = check_words(text, language);
    let words = checks
        .into_iter()
        .enumerate()
        .map(|(i, check)| WordView {
            position: i + 1,
            typed: check.typed,
            expanded: check.expanded.map(str::to_owned),
        })
        .collect();
    let result = Mnemonic::parse(text, language)
        .map(|mnemonic| (mnemonic.phrase().to_owned(), mnemonic.language()))
        .map_err(|err| err.to_string());
    EntryCheck {
        language: best.map(|l| l.name().to_owned()),
        words,
        result,
    }
}

/// Flow 4's review: does each validator's given credential match the derived one?
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRow {
    pub validator_index: String,
    pub key_index: u32,
    pub from_pubkey: String,
    pub matches: bool,
}

pub fn review_rows(
    validators: &[String],
    given: &[String],
    start: u32,
    derived: &[(String, String)],
) -> Vec<ReviewRow> {
    validators
        .iter()
        .zip(given)
        .zip(derived)
        .enumerate()
        .map(
            |(i, ((validator, given), (pubkey, credentials)))| ReviewRow {
                validator_index: validator.clone(),
                key_index: start.saturating_add(i as u32),
                from_pubkey: pubkey.clone(),
                matches: given
                    .trim()
                    .trim_start_matches("0x")
                    .eq_ignore_ascii_case(credentials.trim_start_matches("0x")),
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ABOUT: &str = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

    #[test]
    fn create_flow_only_proceeds_when_the_phrase_is_typed_back() {
        assert_eq!(CreateStep::ShowWords.next(false), Ok(CreateStep::Confirm));
        assert!(CreateStep::Confirm.next(false).is_err());
        assert_eq!(CreateStep::Confirm.next(true), Ok(CreateStep::Passphrase));
        assert!(confirms(
            ABOUT,
            MnemonicLanguage::English,
            "ABAN aban aban aban aban aban aban aban aban aban aban abou"
        ));
        assert!(!confirms(ABOUT, MnemonicLanguage::English, "abandon"));
    }

    #[test]
    fn entry_check_names_each_word_and_the_result() {
        let check = check_entry("abandon abandonx", None);
        assert_eq!(check.language.as_deref(), Some("english"));
        assert_eq!(
            check.words[1],
            WordView {
                position: 2,
                typed: "abandonx".into(),
                expanded: None
            }
        );
        assert_eq!(
            check.result.unwrap_err(),
            "the mnemonic has 2 words; it must have 12, 15, 18, 21 or 24"
        );
        let ok = check_entry(&ABOUT.replace("abandon", "aban"), None);
        assert_eq!(ok.result.unwrap().0, ABOUT);
    }

    #[test]
    fn review_marks_each_validator() {
        let rows = review_rows(
            &["100".into(), "101".into()],
            &["0x00aa".into(), "00BB".into()],
            5,
            &[
                ("0xpk0".into(), "0x00aa".into()),
                ("0xpk1".into(), "0x00cc".into()),
            ],
        );
        assert_eq!(
            rows[0],
            ReviewRow {
                validator_index: "100".into(),
                key_index: 5,
                from_pubkey: "0xpk0".into(),
                matches: true
            }
        );
        assert!(!rows[1].matches);
        assert_eq!(rows[1].key_index, 6);
    }
}

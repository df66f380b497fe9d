//! BIP39 mnemonic input: `Mnemonic::parse` with detection and with each language,
//! `languages_of`, `check_words`, `MnemonicLanguage::from_str` and `Mnemonic::from_entropy`.
//!
//! Checks (each follows from src/mnemonic.rs and the bip39 wordlists, which are NFKD,
//! lowercase and free of whitespace):
//! - a phrase parsed in language L re-parses with `Some(L)` to the same phrase and language
//!   (normalisation is idempotent), and with `None` to the same phrase or, at most, to
//!   `AmbiguousLanguage` listing L (expanded words can become exact words of another list);
//! - `parse(text, Some(L))` returns language L; L is among `languages_of(text)`;
//!   `check_words(text, Some(L))` expands every word, and the expansions joined are the phrase;
//! - `from_entropy` succeeds for 16..=32 bytes in steps of 4 in every language (the input's
//!   first byte picks the language, the next bytes are the entropy).
#![no_main]

use libfuzzer_sys::fuzz_target;
use withdrawal_wallet::{
    check_words, languages_of, Mnemonic, MnemonicError, MnemonicLanguage,
};

fn check_parsed(text: &str, chosen: Option<MnemonicLanguage>, mnemonic: &Mnemonic) {
    let language = mnemonic.language();
    if let Some(chosen) = chosen {
        assert_eq!(
            language, chosen,
            "parse with Some(language) changed the language"
        );
    }
    check_phrase(text, mnemonic);
}

/// The checks that depend only on the text and the result (run once per language: detection
/// and `Some(language)` give the same mnemonic, and each check scans every wordlist).
fn check_phrase(text: &str, mnemonic: &Mnemonic) {
    let language = mnemonic.language();
    let phrase = mnemonic.phrase();

    let again = Mnemonic::parse(phrase, Some(language))
        .unwrap_or_else(|err| panic!("canonical phrase does not re-parse in {language}: {err:?}"));
    assert_eq!(again.phrase(), phrase, "normalisation is not idempotent");
    assert_eq!(again.language(), language);

    match Mnemonic::parse(phrase, None) {
        Ok(detected) => {
            assert_eq!(
                detected.phrase(),
                phrase,
                "detected re-parse changed the phrase"
            );
            assert_eq!(
                detected.language(),
                language,
                "detected re-parse changed the language"
            );
        }
        Err(MnemonicError::AmbiguousLanguage(languages)) => {
            assert!(
                languages.contains(&language),
                "{languages:?} lacks {language}"
            );
        }
        Err(err) => panic!("canonical phrase does not re-parse: {err:?}"),
    }

    assert!(
        languages_of(text).contains(&language),
        "languages_of misses the language the phrase parsed in"
    );
    let (best, checks) = check_words(text, Some(language));
    assert_eq!(best, Some(language));
    let expanded: Option<Vec<&str>> = checks.iter().map(|check| check.expanded).collect();
    let expanded = expanded.expect("check_words left a word of a valid phrase unexpanded");
    assert_eq!(
        expanded.join(" "),
        phrase,
        "check_words disagrees with parse"
    );

    let _ = mnemonic.is_publicly_known();
}

fuzz_target!(|data: &[u8]| {
    // First byte picks the language, the next 16..=32 bytes (a multiple of 4) are entropy.
    if let Some((&pick, rest)) = data.split_first() {
        if rest.len() >= 16 {
            let language = MnemonicLanguage::ALL[usize::from(pick) % MnemonicLanguage::ALL.len()];
            let entropy = &rest[..rest.len().min(32) / 4 * 4];
            let mnemonic = Mnemonic::from_entropy(language, entropy).unwrap_or_else(|err| {
                panic!("from_entropy({} bytes, {language}): {err:?}", entropy.len())
            });
            check_parsed(mnemonic.phrase(), Some(language), &mnemonic);
        }
    }

    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = text
        .parse::<MnemonicLanguage>()
        .map_err(|err| err.to_string());
    let _ = languages_of(text);
    let _ = check_words(text, None);

    let mut detected: Option<(MnemonicLanguage, String)> = None;
    let choices = std::iter::once(None).chain(MnemonicLanguage::ALL.into_iter().map(Some));
    for chosen in choices {
        match Mnemonic::parse(text, chosen) {
            Ok(mnemonic) => {
                let result = (mnemonic.language(), mnemonic.phrase().to_owned());
                if chosen.is_none() {
                    check_parsed(text, chosen, &mnemonic);
                    detected = Some(result);
                } else if detected.as_ref() == Some(&result) {
                    assert_eq!(Some(mnemonic.language()), chosen);
                } else {
                    check_parsed(text, chosen, &mnemonic);
                }
            }
            Err(err) => {
                let _ = err.to_string();
            }
        }
    }
});

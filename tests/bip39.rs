//! BIP39 against the Trezor vectors, ethstaker's multi-language vectors, and the mnemonic
//! cases of bad_inputs.json (MN01–MN12), each with its message.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use serde_json::Value;
use unicode_normalization::UnicodeNormalization;
use withdrawal_wallet::{Mnemonic, MnemonicError, MnemonicLanguage};

fn vectors(name: &str) -> Value {
    let path = format!("{}/tests/vectors/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn seed_hex(mnemonic: &Mnemonic, passphrase: &str) -> String {
    hex::encode(mnemonic.to_seed(passphrase).as_bytes())
}

fn parse_err(text: &str) -> MnemonicError {
    Mnemonic::parse(text, None).unwrap_err()
}

const ABOUT: &str =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
const ABOUT_SEED_TREZOR: &str = "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04";

#[test]
fn trezor_vectors_entropy_to_mnemonic_to_seed() {
    let file = vectors("bip39_trezor.json");
    let passphrase = file["passphrase"].as_str().unwrap();
    let cases = file["vectors"].as_array().unwrap();
    assert_eq!(cases.len(), 24);
    for case in cases {
        let entropy = hex::decode(case["entropy"].as_str().unwrap()).unwrap();
        let expected = case["mnemonic"].as_str().unwrap();
        let generated = Mnemonic::from_entropy(MnemonicLanguage::English, &entropy).unwrap();
        assert_eq!(generated.phrase(), expected);
        let parsed = Mnemonic::parse(expected, None).unwrap();
        assert_eq!(parsed.language(), MnemonicLanguage::English);
        assert_eq!(
            seed_hex(&parsed, passphrase),
            case["seed"].as_str().unwrap(),
            "{expected}"
        );
    }
}

#[test]
fn ethstaker_multi_language_vectors() {
    let file = vectors("bip39_multilang_ethstaker.json");
    let passphrase = file["passphrase"].as_str().unwrap();
    let mut checked = 0;
    for (name, cases) in file["vectors"].as_object().unwrap() {
        let language: MnemonicLanguage = name.parse().unwrap();
        for case in cases.as_array().unwrap() {
            let entropy = hex::decode(case["entropy"].as_str().unwrap()).unwrap();
            let published = case["mnemonic"].as_str().unwrap();
            let canonical: String = published
                .nfkd()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let generated = Mnemonic::from_entropy(language, &entropy).unwrap();
            assert_eq!(generated.phrase(), canonical, "{name}");
            // The Chinese lists overlap, so parse those with their language given.
            let explicit = name.starts_with("chinese").then_some(language);
            let parsed = Mnemonic::parse(published, explicit).unwrap();
            assert_eq!(parsed.language(), language);
            assert_eq!(
                seed_hex(&parsed, passphrase),
                case["seed"].as_str().unwrap(),
                "{name}: {published}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 32);
}

#[test]
fn languages_are_detected_without_being_told() {
    let file = vectors("bip39_multilang_ethstaker.json");
    for name in [
        "spanish",
        "french",
        "italian",
        "japanese",
        "korean",
        "portuguese",
    ] {
        let published = file["vectors"][name][0]["mnemonic"].as_str().unwrap();
        assert_eq!(
            Mnemonic::parse(published, None).unwrap().language().name(),
            name
        );
    }
}

/// MN10: valid in both Chinese lists: the user must choose.
#[test]
fn mn10_ambiguous_chinese_asks_for_the_language() {
    let file = vectors("bip39_multilang_ethstaker.json");
    for phrase in file["ambiguous_multi_language"].as_array().unwrap() {
        let phrase = phrase.as_str().unwrap();
        let err = parse_err(phrase);
        assert_eq!(
            err,
            MnemonicError::AmbiguousLanguage(vec![
                MnemonicLanguage::ChineseSimplified,
                MnemonicLanguage::ChineseTraditional
            ])
        );
        assert_eq!(
            err.to_string(),
            "the mnemonic is valid in more than one language (chinese_simplified, chinese_traditional); choose the language"
        );
        let simplified =
            Mnemonic::parse(phrase, Some(MnemonicLanguage::ChineseSimplified)).unwrap();
        let traditional =
            Mnemonic::parse(phrase, Some(MnemonicLanguage::ChineseTraditional)).unwrap();
        assert_eq!(simplified.language(), MnemonicLanguage::ChineseSimplified);
        assert_eq!(traditional.language(), MnemonicLanguage::ChineseTraditional);
    }
}

#[test]
fn mn01_checksum_mismatch() {
    let err = parse_err(&"abandon ".repeat(12));
    assert_eq!(err, MnemonicError::InvalidChecksum);
    assert_eq!(
        err.to_string(),
        "the mnemonic's checksum is wrong: a word is mistyped, missing or out of order"
    );
}

#[test]
fn mn02_mn03_word_counts() {
    let eleven =
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
    assert_eq!(parse_err(eleven), MnemonicError::BadWordCount(11));
    assert_eq!(
        parse_err(eleven).to_string(),
        "the mnemonic has 11 words; it must have 12, 15, 18, 21 or 24"
    );
    assert_eq!(
        parse_err(&"abandon ".repeat(13)),
        MnemonicError::BadWordCount(13)
    );
    assert_eq!(
        parse_err(&"abandon ".repeat(25)),
        MnemonicError::BadWordCount(25)
    );
    assert_eq!(parse_err(""), MnemonicError::BadWordCount(0));
    assert_eq!(parse_err(" \t\n "), MnemonicError::BadWordCount(0));
}

#[test]
fn mn04_unknown_word_is_named_by_position() {
    let err = parse_err(&ABOUT.replace("about", "abandonx"));
    assert_eq!(
        err,
        MnemonicError::UnknownWord {
            position: 12,
            invisible: None
        }
    );
    assert_eq!(
        err.to_string(),
        "word #12 is not in the BIP39 wordlist; check its spelling"
    );
    let err = Mnemonic::parse(
        &ABOUT
            .replacen("abandon", "abandno", 1)
            .replacen("abandon", "xyz", 1),
        Some(MnemonicLanguage::English),
    )
    .unwrap_err();
    assert_eq!(
        err,
        MnemonicError::UnknownWord {
            position: 1,
            invisible: None
        }
    );
}

#[test]
fn mn05_mn06_case_and_whitespace_are_canonicalised_before_seeding() {
    let messy = format!("  {}\t\n", ABOUT.to_uppercase().replace(' ', "  \u{3000}"));
    let parsed = Mnemonic::parse(&messy, None).unwrap();
    assert_eq!(parsed.phrase(), ABOUT);
    assert_eq!(seed_hex(&parsed, "TREZOR"), ABOUT_SEED_TREZOR);
}

#[test]
fn mn07_four_letter_prefixes_expand_to_full_words() {
    let parsed = Mnemonic::parse(
        "aban aban aban aban aban aban aban aban aban aban aban abou",
        None,
    )
    .unwrap();
    assert_eq!(parsed.phrase(), ABOUT);
    assert_eq!(seed_hex(&parsed, "TREZOR"), ABOUT_SEED_TREZOR);
    // Three letters are not an abbreviation.
    assert_eq!(
        parse_err("aba aban aban aban aban aban aban aban aban aban aban abou"),
        MnemonicError::UnknownWord {
            position: 1,
            invisible: None
        }
    );
}

#[test]
fn mn08_precomposed_and_decomposed_accents_give_the_same_seed() {
    let file = vectors("bip39_multilang_ethstaker.json");
    let case = &file["vectors"]["spanish"][0];
    let published = case["mnemonic"].as_str().unwrap();
    let nfc: String = published.nfc().collect();
    let nfd: String = published.nfd().collect();
    assert_ne!(nfc, nfd);
    for form in [nfc, nfd] {
        assert_eq!(
            seed_hex(&Mnemonic::parse(&form, None).unwrap(), "TREZOR"),
            case["seed"].as_str().unwrap()
        );
    }
}

#[test]
fn mn09_ideographic_spaces_separate_japanese_words() {
    let file = vectors("bip39_multilang_ethstaker.json");
    let case = &file["vectors"]["japanese"][0];
    let spaced = case["mnemonic"]
        .as_str()
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("\u{3000}");
    assert_eq!(
        seed_hex(&Mnemonic::parse(&spaced, None).unwrap(), "TREZOR"),
        case["seed"].as_str().unwrap()
    );
}

#[test]
fn mn11_mixed_languages_are_refused() {
    // "abeille" is French only; the other words are English.
    let mixed = "legal winner abeille year wave sausage worth useful legal winner thank yellow";
    assert_eq!(parse_err(mixed), MnemonicError::MixedLanguages);
    assert_eq!(
        parse_err(mixed).to_string(),
        "the words come from different BIP39 wordlists; a mnemonic uses one language"
    );
}

#[test]
fn mn12_zero_width_space_and_homoglyphs_are_unknown_words() {
    let zero_width = ABOUT.replacen("abandon", "aban\u{200b}don", 1);
    let err = parse_err(&zero_width);
    assert_eq!(
        err,
        MnemonicError::UnknownWord {
            position: 1,
            invisible: Some('\u{200b}')
        }
    );
    assert_eq!(
        err.to_string(),
        "word #1 is not in the BIP39 wordlist: it holds the character U+200B, which is not a letter; retype the word"
    );
    let cyrillic_a = ABOUT.replacen("about", "\u{430}bout", 1);
    assert_eq!(
        parse_err(&cyrillic_a),
        MnemonicError::UnknownWord {
            position: 12,
            invisible: None
        }
    );
}

#[test]
fn mn14_passphrases_are_nfkd_only_no_trimming_or_case_folding() {
    let parsed = Mnemonic::parse(ABOUT, None).unwrap();
    let seeds: Vec<String> = ["TREZOR", "trezor", " TREZOR", ""]
        .iter()
        .map(|p| seed_hex(&parsed, p))
        .collect();
    assert_eq!(seeds[0], ABOUT_SEED_TREZOR);
    for (i, a) in seeds.iter().enumerate() {
        for b in &seeds[i + 1..] {
            assert_ne!(a, b);
        }
    }
    // NFKD: the fraktur "𝔱𝔢𝔰𝔱" is the passphrase "test".
    assert_eq!(
        seed_hex(&parsed, "\u{1d531}\u{1d522}\u{1d530}\u{1d531}"),
        seed_hex(&parsed, "test")
    );
}

#[test]
fn language_names_parse_and_unknown_ones_are_named() {
    assert_eq!(
        "Chinese-Simplified".parse::<MnemonicLanguage>(),
        Ok(MnemonicLanguage::ChineseSimplified)
    );
    let err = "klingon".parse::<MnemonicLanguage>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown mnemonic language \"klingon\"; use one of: english, spanish, french, italian, portuguese, czech, japanese, korean, chinese_simplified, chinese_traditional"
    );
}

#[test]
fn mnemonic_debug_is_redacted() {
    let parsed = Mnemonic::parse(ABOUT, None).unwrap();
    assert_eq!(format!("{parsed:?}"), "Mnemonic(english, [REDACTED])");
    assert_eq!(format!("{:?}", parsed.to_seed("")), "Seed([REDACTED])");
}

/// MN13: published test mnemonics are recognised, so the app can demand acknowledgement.
#[test]
fn mn13_public_test_mnemonics_are_recognised() {
    for phrase in [
        ABOUT,
        "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
        "legal winner thank year wave sausage worth useful legal winner thank yellow",
        "test test test test test test test test test test test junk",
        "test test test test test test test test test test test waste",
        &format!("{}art", "abandon ".repeat(23)),
    ] {
        assert!(
            Mnemonic::parse(phrase, None).unwrap().is_publicly_known(),
            "{phrase}"
        );
    }
    let fresh = Mnemonic::from_entropy(
        MnemonicLanguage::English,
        &[
            0x13, 0x57, 0x9b, 0xdf, 0x02, 0x46, 0x8a, 0xce, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66,
            0x77, 0x88,
        ],
    )
    .unwrap();
    assert!(!fresh.is_publicly_known());
}

#[test]
fn words_are_checked_one_by_one_for_live_feedback() {
    use withdrawal_wallet::check_words;
    let (language, words) = check_words("Abandon aban abandonx", None);
    assert_eq!(language, Some(MnemonicLanguage::English));
    let expanded: Vec<Option<&str>> = words.iter().map(|w| w.expanded).collect();
    assert_eq!(expanded, [Some("abandon"), Some("abandon"), None]);
    assert_eq!(words[2].typed.as_str(), "abandonx");
    assert_eq!(check_words("", None), (None, vec![]));
}

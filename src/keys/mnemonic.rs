//! BIP39 mnemonics: canonicalisation, language detection, 4-letter prefix expansion, seeds.
//!
//! The wordlists and checksum come from the `bip39` crate; this module adds what stakers'
//! tools do on top (ethstaker-deposit-cli `reconstruct_mnemonic`): NFKD + lowercase,
//! whitespace collapsed, unambiguous prefixes expanded, and the language detected.

use std::fmt;
use std::str::FromStr;

use ::bip39::Language;
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use crate::error::{is_invisible, params, Coded, ErrorCode, Param, Params, Quoted};

/// Word counts BIP39 defines (128 to 256 bits of entropy).
pub const WORD_COUNTS: [usize; 5] = [12, 15, 18, 21, 24];

/// Shortest prefix that may stand for a word: BIP39 lists are unique in their first four letters.
const MIN_PREFIX_CHARS: usize = 4;

/// The wordlists, named as ethstaker-deposit-cli names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum MnemonicLanguage {
    English,
    Spanish,
    French,
    Italian,
    Portuguese,
    Czech,
    Japanese,
    Korean,
    ChineseSimplified,
    ChineseTraditional,
}

impl MnemonicLanguage {
    pub const ALL: [Self; 10] = [
        Self::English,
        Self::Spanish,
        Self::French,
        Self::Italian,
        Self::Portuguese,
        Self::Czech,
        Self::Japanese,
        Self::Korean,
        Self::ChineseSimplified,
        Self::ChineseTraditional,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::English => "english",
            Self::Spanish => "spanish",
            Self::French => "french",
            Self::Italian => "italian",
            Self::Portuguese => "portuguese",
            Self::Czech => "czech",
            Self::Japanese => "japanese",
            Self::Korean => "korean",
            Self::ChineseSimplified => "chinese_simplified",
            Self::ChineseTraditional => "chinese_traditional",
        }
    }

    /// The wordlist's language in its own words, as people choosing it read it.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Spanish => "Español",
            Self::French => "Français",
            Self::Italian => "Italiano",
            Self::Portuguese => "Português",
            Self::Czech => "Čeština",
            Self::Japanese => "日本語",
            Self::Korean => "한국어",
            Self::ChineseSimplified => "简体中文",
            Self::ChineseTraditional => "繁體中文",
        }
    }

    fn wordlist(self) -> Language {
        match self {
            Self::English => Language::English,
            Self::Spanish => Language::Spanish,
            Self::French => Language::French,
            Self::Italian => Language::Italian,
            Self::Portuguese => Language::Portuguese,
            Self::Czech => Language::Czech,
            Self::Japanese => Language::Japanese,
            Self::Korean => Language::Korean,
            Self::ChineseSimplified => Language::SimplifiedChinese,
            Self::ChineseTraditional => Language::TraditionalChinese,
        }
    }

    /// The full word for `word` in this list: the word itself, or the one word that an
    /// abbreviation of at least four letters starts.
    fn expand(self, word: &str) -> Option<&'static str> {
        let list = self.wordlist().word_list();
        if let Some(index) = self.wordlist().find_word(word) {
            return list.get(usize::from(index)).copied();
        }
        if word.chars().count() < MIN_PREFIX_CHARS {
            return None;
        }
        let mut matches = list.iter().filter(|full| full.starts_with(word));
        match (matches.next(), matches.next()) {
            (Some(full), None) => Some(full),
            _ => None,
        }
    }
}

impl fmt::Display for MnemonicLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for MnemonicLanguage {
    type Err = MnemonicError;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        let wanted = name.trim().to_lowercase().replace(['-', ' '], "_");
        Self::ALL
            .into_iter()
            .find(|language| language.name() == wanted)
            .ok_or_else(|| MnemonicError::UnknownLanguage(Quoted::new(name)))
    }
}

/// Why a phrase is not a usable mnemonic. Positions are 1-based, as a person counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MnemonicError {
    /// Only 12, 15, 18, 21 or 24 words are valid.
    BadWordCount(usize),
    /// Word `position` is in no wordlist (or in not the chosen one). The word itself is not
    /// kept: a mistyped word is most of a secret word. `invisible` is the first character that
    /// is not a letter, such as a zero-width space, which the person cannot see.
    UnknownWord {
        position: usize,
        invisible: Option<char>,
    },
    /// Every word is known, but no single wordlist holds them all.
    MixedLanguages,
    /// The words are valid but their checksum is not.
    InvalidChecksum,
    /// The phrase is valid in more than one wordlist; the user must choose.
    AmbiguousLanguage(Vec<MnemonicLanguage>),
    /// A language name this wallet does not know.
    UnknownLanguage(Quoted),
}

impl fmt::Display for MnemonicError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BadWordCount(count) => write!(
                f,
                "the mnemonic has {count} words; it must have 12, 15, 18, 21 or 24"
            ),
            Self::UnknownWord {
                position,
                invisible: None,
            } => write!(
                f,
                "word #{position} is not in the BIP39 wordlist; check its spelling"
            ),
            Self::UnknownWord {
                position,
                invisible: Some(character),
            } => write!(
                f,
                "word #{position} is not in the BIP39 wordlist: it holds the character U+{:04X}, which is not a letter; retype the word",
                u32::from(*character)
            ),
            Self::MixedLanguages => f.write_str(
                "the words come from different BIP39 wordlists; a mnemonic uses one language",
            ),
            Self::InvalidChecksum => f.write_str(
                "the mnemonic's checksum is wrong: a word is mistyped, missing or out of order",
            ),
            Self::AmbiguousLanguage(languages) => {
                let names: Vec<&str> = languages.iter().map(|l| l.name()).collect();
                write!(
                    f,
                    "the mnemonic is valid in more than one language ({}); choose the language",
                    names.join(", ")
                )
            }
            Self::UnknownLanguage(name) => write!(
                f,
                "unknown mnemonic language \"{name}\"; use one of: {}",
                MnemonicLanguage::ALL.map(|l| l.name()).join(", ")
            ),
        }
    }
}

impl Coded for MnemonicError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::BadWordCount(_) => ErrorCode::MnemonicWordCount,
            Self::UnknownWord { .. } => ErrorCode::MnemonicUnknownWord,
            Self::MixedLanguages => ErrorCode::MnemonicMixedLanguages,
            Self::InvalidChecksum => ErrorCode::MnemonicChecksum,
            Self::AmbiguousLanguage(_) => ErrorCode::MnemonicAmbiguousLanguage,
            Self::UnknownLanguage(_) => ErrorCode::MnemonicUnknownLanguage,
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::BadWordCount(words) => params(&[("words", (*words).into())]),
            Self::UnknownWord {
                position,
                invisible,
            } => {
                let mut list = params(&[("position", (*position).into())]);
                match invisible {
                    Some(character) => list.insert(
                        "invisible".into(),
                        Param::Text(format!("U+{:04X}", u32::from(*character))),
                    ),
                    None => list.insert("reason".into(), "not_in_wordlist".into()),
                };
                list
            }
            Self::AmbiguousLanguage(languages) => params(&[(
                "languages",
                Param::List(languages.iter().map(|l| l.name().to_owned()).collect()),
            )]),
            Self::UnknownLanguage(name) => params(&[
                ("name", Param::from(name)),
                (
                    "known",
                    Param::List(
                        MnemonicLanguage::ALL
                            .map(|language| language.name().to_owned())
                            .to_vec(),
                    ),
                ),
            ]),
            Self::MixedLanguages | Self::InvalidChecksum => Params::new(),
        }
    }
}

/// The error for an unknown word: its position, and any character in it that is not a letter.
fn unknown_word(position: usize, word: &str) -> MnemonicError {
    let invisible = word
        .chars()
        .find(|&c| !c.is_alphabetic() && !unicode_normalization::char::is_combining_mark(c));
    MnemonicError::UnknownWord {
        position,
        invisible,
    }
}

/// The first word holding a character a person cannot see (a zero-width space where a space
/// was meant reads as one long word, and would otherwise be reported as a word count).
fn invisible_character(words: &[&str]) -> Option<MnemonicError> {
    words.iter().enumerate().find_map(|(i, word)| {
        word.chars()
            .find(|&c| is_invisible(c))
            .map(|character| MnemonicError::UnknownWord {
                position: i + 1,
                invisible: Some(character),
            })
    })
}

/// A checked mnemonic in canonical form: full words, single spaces, NFKD, lowercase.
pub struct Mnemonic {
    phrase: Zeroizing<String>,
    language: MnemonicLanguage,
    checked: Zeroizing<::bip39::Mnemonic>,
}

impl fmt::Debug for Mnemonic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Mnemonic({}, [REDACTED])", self.language)
    }
}

/// The 64-byte BIP39 seed, zeroed on drop.
pub struct Seed(Zeroizing<[u8; 64]>);

impl Seed {
    pub fn as_bytes(&self) -> &[u8] {
        self.0.as_slice()
    }
}

impl fmt::Debug for Seed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Seed([REDACTED])")
    }
}

/// Mnemonics published in tools' test suites and vector files (beyond repeated-byte entropy).
const PUBLIC_TEST_MNEMONICS: [&str; 5] = [
    "test test test test test test test test test test test junk",
    "test test test test test test test test test test test waste",
    "ski interest capable knee usual ugly duty exercise tattoo subway delay upper bid forget say",
    "sister protect peanut hill ready work profit fit wish want small inflict flip member tail between sick setup bright duck morning sell paper worry",
    "entire habit bottom mention spoil clown finger wheat motion fox axis mechanic country make garment bar blind stadium sugar water scissors canyon often ketchup",
];

/// Bytes of entropy behind a mnemonic of `words` words.
pub fn entropy_bytes(words: usize) -> Result<usize, MnemonicError> {
    if WORD_COUNTS.contains(&words) {
        Ok(words / 3 * 4)
    } else {
        Err(MnemonicError::BadWordCount(words))
    }
}

/// Most words the live checks look at: one past the longest mnemonic, so a pasted page of
/// text costs no more than a mnemonic (each word is looked up in ten 2,048-word lists).
pub const MAX_CHECKED_WORDS: usize = 25;

/// The wordlists that hold every word of `text` (after canonicalisation and prefix
/// expansion), whether or not the checksum holds; empty when none does, or when `text` has
/// more words than any mnemonic.
pub fn languages_of(text: &str) -> Vec<MnemonicLanguage> {
    let canonical = canonical_text(text);
    let words: Vec<&str> = canonical.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() >= MAX_CHECKED_WORDS {
        return Vec::new();
    }
    MnemonicLanguage::ALL
        .into_iter()
        .filter(|language| words.iter().all(|word| language.expand(word).is_some()))
        .collect()
}

/// One typed word as checked against the most likely wordlist, for live feedback. The typed
/// text is part of a secret: it is zeroed when dropped and never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct WordCheck {
    pub typed: Zeroizing<String>,
    /// The full word it stands for, or `None` when the wordlist does not hold it.
    pub expanded: Option<&'static str>,
}

/// Checks each word of `text` (the first `MAX_CHECKED_WORDS`) against `language`, or else the
/// wordlist that knows the most of them. Says nothing about the checksum or the word count;
/// `Mnemonic::parse` does.
pub fn check_words(
    text: &str,
    language: Option<MnemonicLanguage>,
) -> (Option<MnemonicLanguage>, Vec<WordCheck>) {
    let canonical = canonical_text(text);
    let words: Vec<&str> = canonical
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(MAX_CHECKED_WORDS)
        .collect();
    let known = |language: &MnemonicLanguage| {
        words
            .iter()
            .filter(|w| language.expand(w).is_some())
            .count()
    };
    let best = language.or_else(|| {
        MnemonicLanguage::ALL
            .into_iter()
            .map(|language| (known(&language), language))
            .filter(|(count, _)| *count > 0)
            .max_by_key(|(count, language)| (*count, std::cmp::Reverse(language_rank(*language))))
            .map(|(_, language)| language)
    });
    let checks = words
        .iter()
        .map(|word| WordCheck {
            typed: Zeroizing::new((*word).to_owned()),
            expanded: best.and_then(|language| language.expand(word)),
        })
        .collect();
    (best, checks)
}

impl fmt::Debug for WordCheck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "WordCheck([REDACTED], known: {})",
            self.expanded.is_some()
        )
    }
}

/// Earlier in `ALL` wins ties (English before French for "abandon").
fn language_rank(language: MnemonicLanguage) -> usize {
    MnemonicLanguage::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(usize::MAX)
}

/// NFKD, lowercase, and every run of whitespace (U+3000 included) made one U+0020.
fn canonical_text(text: &str) -> Zeroizing<String> {
    // Every intermediate string is zeroizing, and sized before it is filled: a String that
    // grows reallocates and leaves the old copy behind in freed memory.
    let mut nfkd = Zeroizing::new(String::with_capacity(text.len() * 3));
    nfkd.extend(text.nfkd());
    let mut lower = Zeroizing::new(String::with_capacity(nfkd.len() * 3));
    lower.extend(nfkd.chars().flat_map(char::to_lowercase));
    let words: Vec<&str> = lower.split_whitespace().collect();
    Zeroizing::new(words.join(" "))
}

/// The phrase with every word expanded in `language`, or the position of the first word
/// that is not in it.
fn expand_in(language: MnemonicLanguage, words: &[&str]) -> Result<Zeroizing<String>, usize> {
    let full: Vec<&'static str> = words
        .iter()
        .enumerate()
        .map(|(i, word)| language.expand(word).ok_or(i + 1))
        .collect::<Result<_, _>>()?;
    // Sized first, so the phrase is never reallocated (which would leave a copy behind).
    let mut phrase = Zeroizing::new(String::with_capacity(
        full.iter().map(|word| word.len() + 1).sum(),
    ));
    for (i, word) in full.iter().enumerate() {
        if i > 0 {
            phrase.push(' ');
        }
        phrase.push_str(word);
    }
    Ok(phrase)
}

impl Mnemonic {
    /// Parses what a person typed or pasted. With `language` set, only that wordlist is
    /// used; without it the language is detected.
    pub fn parse(text: &str, language: Option<MnemonicLanguage>) -> Result<Self, MnemonicError> {
        let canonical = canonical_text(text);
        let words: Vec<&str> = canonical.split(' ').filter(|w| !w.is_empty()).collect();
        if words.len() <= MAX_CHECKED_WORDS {
            if let Some(err) = invisible_character(&words) {
                return Err(err);
            }
        }
        if !WORD_COUNTS.contains(&words.len()) {
            return Err(MnemonicError::BadWordCount(words.len()));
        }
        let candidates: Vec<MnemonicLanguage> = match language {
            Some(chosen) => vec![chosen],
            None => MnemonicLanguage::ALL.to_vec(),
        };

        let mut in_wordlist = Vec::new();
        let mut first_unknown = Vec::new();
        for candidate in candidates {
            match expand_in(candidate, &words) {
                Ok(phrase) => in_wordlist.push((candidate, phrase)),
                Err(position) => first_unknown.push(position),
            }
        }
        if in_wordlist.is_empty() {
            return Err(unknown_word_error(&words, language, &first_unknown));
        }

        let mut valid: Vec<Self> = in_wordlist
            .into_iter()
            .filter_map(|(language, phrase)| {
                let checked =
                    ::bip39::Mnemonic::parse_in_normalized(language.wordlist(), &phrase).ok()?;
                Some(Self {
                    phrase,
                    language,
                    checked: Zeroizing::new(checked),
                })
            })
            .collect();
        match valid.len() {
            0 => Err(MnemonicError::InvalidChecksum),
            1 => Ok(valid.remove(0)),
            _ => Err(MnemonicError::AmbiguousLanguage(
                valid.iter().map(|m| m.language).collect(),
            )),
        }
    }

    /// The mnemonic for `entropy` (16 to 32 bytes, a multiple of 4) in `language`.
    pub fn from_entropy(language: MnemonicLanguage, entropy: &[u8]) -> Result<Self, MnemonicError> {
        let words = entropy.len() * 3 / 4;
        let mnemonic = ::bip39::Mnemonic::from_entropy_in(language.wordlist(), entropy)
            .map_err(|_| MnemonicError::BadWordCount(words))?;
        let phrase = Zeroizing::new(mnemonic.to_string());
        Self::parse(&phrase, Some(language))
    }

    /// The canonical phrase: full words, single spaces. Show this, never the abbreviations.
    pub fn phrase(&self) -> &str {
        &self.phrase
    }

    /// Whether this is a published test mnemonic (BIP39 vectors, tool test suites): keys from
    /// it are public, so a real chain must not be used with it without acknowledgement.
    pub fn is_publicly_known(&self) -> bool {
        // Test vectors repeat one entropy byte (00, 7f, 80, ff…); tool suites use a few more.
        let entropy = self.checked.to_entropy();
        let repeated = entropy.windows(2).all(|pair| pair[0] == pair[1]);
        repeated || PUBLIC_TEST_MNEMONICS.contains(&self.phrase.as_str())
    }

    pub fn language(&self) -> MnemonicLanguage {
        self.language
    }

    /// `PBKDF2-HMAC-SHA512(phrase, "mnemonic" ‖ NFKD(passphrase), 2048)`. The passphrase is
    /// NFKD-normalised only: no trimming or case folding, so " TREZOR" is its own secret.
    pub fn to_seed(&self, passphrase: &str) -> Seed {
        Seed(Zeroizing::new(self.checked.to_seed(passphrase)))
    }
}

fn unknown_word_error(
    words: &[&str],
    chosen: Option<MnemonicLanguage>,
    first_unknown: &[usize],
) -> MnemonicError {
    // A word that no list knows is the clearest thing to report.
    let unknown_everywhere = words.iter().position(|word| {
        MnemonicLanguage::ALL
            .iter()
            .all(|language| language.expand(word).is_none())
    });
    match (chosen, unknown_everywhere) {
        (None, None) => MnemonicError::MixedLanguages,
        (None, Some(index)) => unknown_word(index + 1, words[index]),
        (Some(_), _) => {
            let position = first_unknown.first().copied().unwrap_or(1);
            unknown_word(
                position,
                words.get(position - 1).copied().unwrap_or_default(),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by fuzzing: the live checks looked up every word of a pasted page in ten lists
    /// (about 1 s per 64 KB). They now stop one word past the longest mnemonic.
    #[test]
    fn a_pasted_page_is_checked_no_further_than_a_mnemonic() {
        let page = "abandon ".repeat(20_000);
        let (language, checks) = check_words(&page, None);
        assert_eq!(language, Some(MnemonicLanguage::English));
        assert_eq!(checks.len(), MAX_CHECKED_WORDS);
        assert_eq!(languages_of(&page), []);
        assert_eq!(
            Mnemonic::parse(&page, None).unwrap_err().to_string(),
            "the mnemonic has 20000 words; it must have 12, 15, 18, 21 or 24"
        );
        assert_eq!(
            languages_of(&"abandon ".repeat(24)),
            [MnemonicLanguage::English, MnemonicLanguage::French]
        );
    }
}

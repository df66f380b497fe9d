//! Every text the page shows, in the staker's language: Project Fluent catalogues embedded at
//! compile time (`locales/<tag>/*.ftl`, English the reference), page texts by message id and the
//! core's errors by code and parameters (`error-<code>`), plural forms by each language's CLDR
//! rules. Nothing is fetched: the release stays one offline file.
//!
//! `tests/catalogues.rs` proves every language has every English message, with the same
//! variables, and that every error code has its message.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use withdrawal_wallet::{Param, WalletError};

pub use fluent_bundle::FluentArgs as Args;

/// Declares the languages once: their tags, names in themselves, and catalogue files.
macro_rules! languages {
    ($($variant:ident = $tag:literal, $name:literal;)*) => {
        /// A language of the page. English is the reference every other is checked against.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Language {
            $($variant,)*
            /// `en-XA`, the pseudo-locale: English in ⟦brackets⟧, so a screenshot or a test
            /// shows any text that does not come from the catalogue. Never offered in the picker.
            Pseudo,
        }

        impl Language {
            /// The languages offered, in the picker's order.
            pub const ALL: &'static [Language] = &[$(Language::$variant,)*];

            /// The BCP 47 tag, as `lang` and `Intl` take it.
            pub fn tag(self) -> &'static str {
                match self {
                    $(Language::$variant => $tag,)*
                    Language::Pseudo => "en-XA",
                }
            }

            /// The language named in itself, as the picker shows it.
            pub fn native_name(self) -> &'static str {
                match self {
                    $(Language::$variant => $name,)*
                    Language::Pseudo => "⟦English⟧",
                }
            }

        }
    };
}

include!(concat!(env!("OUT_DIR"), "/packed_tags.rs"));

/// Every language's catalogue, packed message by message without comments (see `build.rs`).
const PACKED: &str = include_str!(concat!(env!("OUT_DIR"), "/catalogues.packed"));

/// The catalogue files every language has (`locales/<tag>/<file>`).
pub const FILES: &[&str] = &[
    "shell.ftl",
    "mnemonic.ftl",
    "validator-keys.ftl",
    "withdrawal-address.ftl",
    "exits.ftl",
    "verify.ftl",
    "find.ftl",
    "outputs.ftl",
    "execution-requests.ftl",
    "errors.ftl",
];

languages! {
    English = "en", "English";
    Arabic = "ar", "العربية";
    German = "de", "Deutsch";
    Greek = "el", "Ελληνικά";
    Spanish = "es", "Español";
    French = "fr", "Français";
    Indonesian = "id", "Bahasa Indonesia";
    Italian = "it", "Italiano";
    Japanese = "ja", "日本語";
    Korean = "ko", "한국어";
    PortugueseBrazil = "pt-BR", "Português (Brasil)";
    Romanian = "ro", "Română";
    Turkish = "tr", "Türkçe";
    ChineseSimplified = "zh-CN", "简体中文";
}

impl Language {
    /// The language's catalogue as one Fluent source, unpacked from [`PACKED`] (the
    /// pseudo-locale's is English's).
    fn source(self) -> String {
        let tag = match self {
            Language::Pseudo => "en",
            _ => self.tag(),
        };
        let Some(index) = PACKED_TAGS.iter().position(|packed| *packed == tag) else {
            return String::new();
        };
        let (ids, pieces) = PACKED.split_once('\u{1d}').unwrap_or_default();
        let ids: Vec<&str> = ids.split_terminator('\u{1e}').collect();
        let mut source = String::new();
        let language = pieces.split_terminator('\u{1e}').skip(index * ids.len());
        for (id, piece) in ids.iter().zip(language) {
            if !piece.is_empty() {
                source.push_str(id);
                source.push_str(piece);
            }
        }
        source
    }

    /// Right-to-left scripts: the page sets `dir="rtl"` for them.
    pub fn is_rtl(self) -> bool {
        matches!(self, Language::Arabic)
    }

    /// The language for a tag, exactly (`pt-BR`, `en-XA`), case-insensitive.
    pub fn from_tag(tag: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .chain([Language::Pseudo])
            .find(|language| language.tag().eq_ignore_ascii_case(tag))
    }

    /// The first of the browser's preferred languages (`navigator.languages`) that the page
    /// has: an exact tag first, else the same primary language (`de-AT` → German, `pt-PT` →
    /// Português (Brasil), `zh-TW` → 简体中文); English when none matches.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Self {
        preferred
            .iter()
            .find_map(|tag| {
                let tag = tag.as_ref();
                Self::from_tag(tag).or_else(|| {
                    let primary = tag.split(['-', '_']).next().unwrap_or_default();
                    Self::ALL.iter().copied().find(|language| {
                        language
                            .tag()
                            .split('-')
                            .next()
                            .is_some_and(|own| own.eq_ignore_ascii_case(primary))
                    })
                })
            })
            .unwrap_or(Language::English)
    }
}

/// One language's messages, parsed.
pub struct Catalogue {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl Catalogue {
    /// Parses the language's embedded catalogue. The sources are proven by the tests; a
    /// message that still failed to parse is simply absent, and [`Catalogue::text`] says so.
    pub fn new(language: Language) -> Self {
        let lang_id = language
            .tag()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new(vec![lang_id]);
        // Isolation marks keep an LTR value (an address, a number) in order inside RTL text;
        // in LTR languages they would only be invisible noise in copied text.
        bundle.set_use_isolating(language.is_rtl());
        let resource = match FluentResource::try_new(language.source()) {
            Ok(resource) => resource,
            Err((partial, _)) => partial,
        };
        bundle.add_resource_overriding(resource);
        Self { language, bundle }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// Formats numbers for the language (e.g. through the browser's `Intl.NumberFormat`):
    /// counts in sentences only, never a value copied into a file.
    pub fn set_number_format(&mut self, format: NumberFormat) {
        // Fluent's formatter hook takes a plain function: the caller's `format` is kept in a
        // thread-local, as the page runs one language at a time on one thread.
        NUMBER_FORMAT.with(|cell| cell.set(Some(format)));
        self.bundle.set_formatter(Some(|value, _| match value {
            FluentValue::Number(number) => {
                NUMBER_FORMAT.with(|cell| cell.get().and_then(|format| format(number.value)))
            }
            _ => None,
        }));
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` with its arguments. A missing message shows as its id in brackets,
    /// which the catalogue tests and the pseudo-locale screenshots make visible.
    pub fn text(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return format!("[{id}]");
        };
        let mut errors = vec![];
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        match self.language {
            Language::Pseudo => format!("⟦{text}⟧"),
            _ => text.into_owned(),
        }
    }

    /// An attribute of a message (`id.attribute`), e.g. a field's hint.
    pub fn attribute(&self, id: &str, attribute: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self
            .bundle
            .get_message(id)
            .and_then(|m| m.get_attribute(attribute))
            .map(|a| a.value())
        else {
            return format!("[{id}.{attribute}]");
        };
        let mut errors = vec![];
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        match self.language {
            Language::Pseudo => format!("⟦{text}⟧"),
            _ => text.into_owned(),
        }
    }

    /// A core error, rendered from its code and parameters (`error-<code>`); `$field` is
    /// the field it concerns, when it has one. The core's English message is the fallback
    /// should a catalogue ever lack the code (the tests prove none does).
    pub fn error(&self, error: &WalletError) -> String {
        let id = error_id(error.code.as_str());
        if !self.has(&id) {
            return error.message.clone();
        }
        self.text(&id, Some(&error_args(error)))
    }
}

/// How the page formats a number for display (see [`Catalogue::set_number_format`]).
pub type NumberFormat = fn(f64) -> Option<String>;

thread_local! {
    static NUMBER_FORMAT: std::cell::Cell<Option<NumberFormat>> = const { std::cell::Cell::new(None) };
}

/// The message id of an error code: `mnemonic_word_count` → `error-mnemonic_word_count`.
pub fn error_id(code: &str) -> String {
    format!("error-{code}")
}

/// An error's parameters as Fluent arguments: counts as numbers (plurals select on them),
/// texts as they are, lists joined with ", "; the field as `$field`.
pub fn error_args(error: &WalletError) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (name, value) in &error.params {
        match value {
            Param::Count(count) => args.set(name.clone(), FluentValue::from(*count)),
            Param::Text(text) => args.set(name.clone(), FluentValue::from(text.clone())),
            Param::List(items) => args.set(name.clone(), FluentValue::from(items.join(", "))),
        }
    }
    if let Some(field) = &error.field {
        args.set("field", FluentValue::from(field.clone()));
    }
    args
}

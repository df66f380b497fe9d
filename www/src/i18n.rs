//! The page's language: which one is showing (from `navigator.languages`, else English; never
//! stored, so forgotten on reload), and every text by its message id in `messages/`.
//!
//! In views, `tr!("id")` is a reactive text that follows the picker; `tr!("id", count = n)`
//! passes arguments (evaluated inside the closure, so signals read there are tracked).
//! Outside views, [`text`] and [`text_with`] give the current language's text once.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;
use withdrawal_wallet::WalletError;
use withdrawal_wallet_messages::Catalogue;
pub use withdrawal_wallet_messages::{Args, Language};

thread_local! {
    static LANGUAGE: RwSignal<Language> = RwSignal::new(browser_language());
    static CATALOGUES: RefCell<HashMap<Language, Rc<Catalogue>>> = RefCell::new(HashMap::new());
}

/// The language showing; set it to switch the whole page.
pub fn language() -> RwSignal<Language> {
    LANGUAGE.with(|language| *language)
}

/// The first of the browser's preferred languages the page has, else English.
fn browser_language() -> Language {
    let preferred: Vec<String> = web_sys::window()
        .map(|window| window.navigator().languages())
        .map(|list| list.iter().filter_map(|tag| tag.as_string()).collect())
        .unwrap_or_default();
    Language::negotiate(&preferred)
}

/// Counts in sentences, formatted the language's way by the browser (`1,000`, `1.000`,
/// `١٬٠٠٠`). Never used for a value that goes into a file.
fn format_number(number: f64) -> Option<String> {
    let tag = language().get_untracked().tag();
    js_sys::Number::from(number)
        .to_locale_string(tag)
        .as_string()
}

fn catalogue(language: Language) -> Rc<Catalogue> {
    CATALOGUES.with(|cache| {
        cache
            .borrow_mut()
            .entry(language)
            .or_insert_with(|| {
                let mut catalogue = Catalogue::new(language);
                catalogue.set_number_format(format_number);
                Rc::new(catalogue)
            })
            .clone()
    })
}

/// The message `id` in the current language (tracked: a closure calling it re-renders).
pub fn text(id: &str) -> String {
    catalogue(language().get()).text(id, None)
}

/// The message `id` with arguments, in the current language (tracked).
pub fn text_with(id: &str, args: &Args) -> String {
    catalogue(language().get()).text(id, Some(args))
}

/// An attribute of a message (`id.attribute`), in the current language (tracked).
pub fn attribute(id: &str, attribute: &str) -> String {
    catalogue(language().get()).attribute(id, attribute, None)
}

/// A core error or notice, rendered from its code and parameters (tracked).
pub fn error(error: &WalletError) -> String {
    catalogue(language().get()).error(error)
}

/// A reactive message for views: `tr!("id")` or `tr!("id", name = value, …)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        move || $crate::i18n::text($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        move || {
            let mut args = $crate::i18n::Args::new();
            $(args.set(stringify!($name), $value);)+
            $crate::i18n::text_with($id, &args)
        }
    };
}

/// Keeps `<html lang dir>` and the title on the current language.
pub fn follow_document_language() {
    Effect::new(move |_| {
        let language = language().get();
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", language.tag());
            let _ = root.set_attribute("dir", if language.is_rtl() { "rtl" } else { "ltr" });
        }
        document.set_title(&text("app-title"));
    });
}

/// The language picker, on every screen: each language named in itself.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let current = language();
    view! {
        <label class="language-picker">
            <span class="visually-hidden">{tr!("language-picker-label")}</span>
            <select data-testid="page-language" autocomplete="off"
                on:change=move |event| {
                    if let Some(chosen) = Language::from_tag(&event_target_value(&event)) {
                        current.set(chosen);
                    }
                }
                prop:value=move || current.get().tag()>
                {Language::ALL.iter().map(|language| view! {
                    <option value=language.tag() lang=language.tag()
                        selected=move || current.get() == *language>{language.native_name()}</option>
                }).collect_view()}
                <Show when=move || current.get() == Language::Pseudo>
                    <option value="en-XA">{Language::Pseudo.native_name()}</option>
                </Show>
            </select>
        </label>
    }
}

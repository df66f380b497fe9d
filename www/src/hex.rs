//! Long hex values as people read them: monospace, in groups of four digits after the `0x`
//! (checksum case kept), never split mid-group, with a button that copies the exact value.

use leptos::prelude::*;

use crate::i18n::{text, text_with, Args};

/// `0x` and the digits in groups of `size`, separated by spaces (for reading aloud; the copy
/// button copies the value without them).
pub fn grouped(value: &str, size: usize) -> String {
    let (prefix, digits) = value
        .strip_prefix("0x")
        .map_or(("", value), |rest| ("0x", rest));
    let groups: Vec<String> = digits
        .chars()
        .collect::<Vec<_>>()
        .chunks(size.max(1))
        .map(|chunk| chunk.iter().collect())
        .collect();
    format!("{prefix}{}", groups.join(" "))
}

/// Copies `text` to the clipboard; where the browser has no clipboard access (some file://
/// pages), the value stays selectable by hand.
pub fn copy(text: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).unwrap_or_default();
    if let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) {
        if let Some(write) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&write) {
            // A refused write (no permission) leaves the value on screen to copy by hand.
            let _ = write.call1(&clipboard, &text.into());
        }
    }
}

/// A hex value in a monospace block, grouped, with a Copy button.
#[component]
pub fn HexValue(
    value: String,
    /// What the value is, for the Copy button's accessible name (a text, or a message that
    /// follows the language: `label=tr!("…")`).
    #[prop(into)]
    label: TextProp,
    #[prop(optional)] test_id: Option<&'static str>,
    /// Shown large: the destination address of a signing review.
    #[prop(optional)]
    large: bool,
) -> impl IntoView {
    let shown = grouped(&value, 4);
    let copied = RwSignal::new(false);
    view! {
        <span class="hex" class:large=large>
            <code dir="ltr" data-testid=test_id data-value=value.clone()>{shown}</code>
            <button type="button" class="secondary small copy" aria-label=move || {
                    let mut args = Args::new();
                    args.set("label", label.get().to_string());
                    text_with("hex-copy-label", &args)
                }
                on:click=move |_| {
                    copy(&value);
                    copied.set(true);
                }>
                {move || if copied.get() { text("hex-copied") } else { text("hex-copy") }}
            </button>
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_is_grouped_in_fours_after_the_prefix_keeping_case() {
        assert_eq!(
            grouped("0x0f51bb10119727a7e5eA3538074fb341F56B09Ad", 4),
            "0x0f51 bb10 1197 27a7 e5eA 3538 074f b341 F56B 09Ad"
        );
        assert_eq!(grouped("abcdef", 4), "abcd ef");
        assert_eq!(grouped("0x", 4), "0x");
    }
}

//! Where the import comes from: a chosen file (handed to the workers unread, up to 1 GiB) or
//! pasted text.

use leptos::prelude::*;
use withdrawal_wallet::WalletError;

use crate::i18n::{text_with, Args};
use crate::text;
use crate::tr;

/// The import as chosen: a file, or else the pasted text.
#[derive(Clone, Copy)]
pub struct ImportSource {
    pub pasted: RwSignal<String>,
    file: StoredValue<Option<web_sys::File>, LocalStorage>,
    /// The chosen file's name and size in megabytes (one decimal).
    label: RwSignal<Option<(String, f64)>>,
    error: RwSignal<Option<WalletError>>,
    /// Bumped at each file choice: a search's results belong to the file it read.
    chosen: RwSignal<u32>,
}

impl ImportSource {
    pub fn new() -> Self {
        Self {
            pasted: RwSignal::new(String::new()),
            file: StoredValue::new_local(None),
            label: RwSignal::new(None),
            error: RwSignal::new(None),
            chosen: RwSignal::new(0),
        }
    }

    /// Changes (tracked) whenever another file is chosen.
    pub fn choice(&self) -> u32 {
        self.chosen.get()
    }

    pub fn file(&self) -> Option<web_sys::File> {
        self.file.get_value()
    }
}

#[component]
pub fn ImportInput(source: ImportSource) -> impl IntoView {
    let choose_file = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        source.error.set(None);
        source.chosen.update(|n| *n += 1);
        let chosen = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(chosen) = &chosen {
            if let Err(err) = withdrawal_wallet::check_import_size(chosen.size() as usize) {
                source.error.set(Some(WalletError::from(err).at("import")));
                source.file.set_value(None);
                source.label.set(None);
                return;
            }
            source
                .label
                .set(Some((chosen.name(), (chosen.size() / 1e5).round() / 10.0)));
        } else {
            source.label.set(None);
        }
        source.file.set_value(chosen);
    };
    let file_name = move || {
        source.label.get().map(|(name, megabytes)| {
            let mut args = Args::new();
            args.set("name", name);
            args.set("size", megabytes);
            text_with("find-import-file-name", &args)
        })
    };
    view! {
        <label for="import-file">{tr!("find-import-file-label")}</label>
        <input id="import-file" data-testid="import-file" type="file" accept=".json,.csv,.txt,application/json,text/csv" on:change=choose_file/>
        <p class="hint" data-testid="import-file-name">{file_name}</p>
        <label for="import-text">{tr!("find-import-text-label")}</label>
        <textarea id="import-text" data-testid="import-text" rows="4" spellcheck="false" autocomplete="off"
            prop:value=move || source.pasted.get() on:input=move |ev| source.pasted.set(event_target_value(&ev))></textarea>
        <p class="field-error" role="alert" data-testid="import-error"
            data-code=move || source.error.get().map(|err| err.code.as_str())>
            {move || source.error.get().map(|err| text::error(&err))}
        </p>
    }
}

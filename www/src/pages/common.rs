//! Pieces every flow uses: the chain picker, the file list with downloads, and the notice
//! shown when a flow needs a mnemonic first.

use leptos::prelude::*;
use withdrawal_wallet::chain::ChainInput;
use withdrawal_wallet::chain::BUILTIN_CHAIN_NAMES;
use withdrawal_wallet::output::OutputFile;

use crate::files::{download, web3signer_configs, zip_files};
use crate::qr::{qr_payloads, qr_svg};
use crate::{Screen, ScreenSignal};

/// The chain picker's state: a built-in name, or "custom" with its three values.
#[derive(Clone, Copy)]
pub struct ChainChoice {
    pub name: RwSignal<String>,
    pub custom_name: RwSignal<String>,
    pub genesis_fork_version: RwSignal<String>,
    pub capella_fork_version: RwSignal<String>,
    pub genesis_validators_root: RwSignal<String>,
}

impl ChainChoice {
    pub fn new() -> Self {
        Self {
            name: RwSignal::new("mainnet".into()),
            custom_name: RwSignal::new(String::new()),
            genesis_fork_version: RwSignal::new(String::new()),
            capella_fork_version: RwSignal::new(String::new()),
            genesis_validators_root: RwSignal::new(String::new()),
        }
    }

    /// The chosen chain, validated the way the core will use it.
    pub fn spec(&self) -> Result<ChainInput, String> {
        let spec = if self.name.get() == "custom" {
            let root = self.genesis_validators_root.get();
            ChainInput::Custom {
                name: self.custom_name.get(),
                genesis_fork_version: self.genesis_fork_version.get(),
                capella_fork_version: self.capella_fork_version.get(),
                genesis_validators_root: (!root.trim().is_empty()).then_some(root),
            }
        } else {
            ChainInput::Name(self.name.get())
        };
        spec.resolve().map(|_| spec).map_err(|err| err.to_string())
    }
}

impl Default for ChainChoice {
    fn default() -> Self {
        Self::new()
    }
}

#[component]
pub fn ChainPicker(choice: ChainChoice) -> impl IntoView {
    let error = move || choice.spec().err();
    let custom_field = move |id: &'static str,
                             label: &'static str,
                             value: RwSignal<String>,
                             placeholder: &'static str| {
        view! {
            <label for=id>{label}</label>
            <input id=id data-testid=id autocomplete="off" spellcheck="false" placeholder=placeholder
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
        }
    };
    view! {
        <label for="chain">"Chain"</label>
        <select id="chain" data-testid="chain" on:change=move |ev| choice.name.set(event_target_value(&ev))
            prop:value=move || choice.name.get()>
            {BUILTIN_CHAIN_NAMES.map(|name| view! { <option value=name>{name}</option> }).to_vec()}
            <option value="custom">"custom chain…"</option>
        </select>
        <Show when=move || choice.name.get() == "custom">
            {custom_field("custom-name", "Chain name", choice.custom_name, "ephemery")}
            {custom_field("custom-genesis-fork", "Genesis fork version", choice.genesis_fork_version, "0x1000101b")}
            {custom_field("custom-capella-fork", "Capella fork version", choice.capella_fork_version, "0x4000101b")}
            {custom_field("custom-root", "Genesis validators root (needed for BLS changes and exits)", choice.genesis_validators_root, "0x…")}
        </Show>
        <p class="field-error" data-testid="chain-error" role="alert">{error}</p>
    }
}

/// Verified output files: one download each, "Download all" as a zip, and optional QR codes.
#[component]
pub fn FileList(
    files: Vec<OutputFile>,
    folder: &'static str,
    #[prop(optional)] with_web3signer: bool,
    #[prop(optional)] with_qr: bool,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let include_web3signer = RwSignal::new(false);
    let show_qr = RwSignal::new(false);
    let all = files.clone();
    let download_all = move |_| {
        let extra = if include_web3signer.get_untracked() {
            web3signer_configs(&all)
        } else {
            Vec::new()
        };
        let result = zip_files(folder, &all, &extra)
            .and_then(|zip| download(&format!("{folder}.zip"), &zip, "application/zip"));
        error.set(result.err());
    };
    let qr_files = files.clone();
    view! {
        <div class="files" data-testid="files">
            <p class="verified">"✓ Every file below was verified (signatures, roots, keystore decryption) before being offered."</p>
            <ul>
                {files
                    .into_iter()
                    .map(|file| {
                        let name = file.file_name.clone();
                        let click = move |_| error.set(download(&file.file_name, file.json.as_bytes(), "application/json").err());
                        view! {
                            <li>
                                <code>{name.clone()}</code>
                                <button type="button" class="secondary" data-testid="download" data-file=name on:click=click>
                                    "Download"
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <Show when=move || with_web3signer>
                <label class="inline">
                    <input type="checkbox" data-testid="web3signer" prop:checked=move || include_web3signer.get()
                        on:change=move |ev| include_web3signer.set(event_target_checked(&ev)) />
                    " Include Web3Signer key configs (web3signer/*.yaml, type file-keystore)"
                </label>
            </Show>
            <button type="button" data-testid="download-all" on:click=download_all>
                {format!("Download all ({folder}.zip)")}
            </button>
            <Show when=move || with_qr>
                <button type="button" class="secondary" data-testid="show-qr" on:click=move |_| show_qr.update(|s| *s = !*s)>
                    "QR codes for a phone"
                </button>
            </Show>
            <Show when=move || show_qr.get()>
                {
                    let payloads: Vec<String> = qr_files
                        .iter()
                        // ethdo's file repeats the deposit-cli file's messages.
                        .filter(|f| f.file_name != "change-operations.json")
                        .flat_map(|f| qr_payloads(&f.json).unwrap_or_default())
                        .collect();
                    view! {
                        <div class="qr-codes" data-testid="qr-codes">
                            {payloads
                                .into_iter()
                                .map(|payload| match qr_svg(&payload) {
                                    Ok(svg) => view! { <figure class="qr" inner_html=svg></figure> }.into_any(),
                                    Err(message) => view! { <p class="field-error">{message}</p> }.into_any(),
                                })
                                .collect_view()}
                        </div>
                    }
                }
            </Show>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </div>
    }
}

/// Shown by the key flows until a mnemonic is loaded.
#[component]
pub fn NeedsMnemonic() -> impl IntoView {
    let screen = expect_context::<ScreenSignal>().0;
    view! {
        <div class="notice" data-testid="needs-mnemonic">
            <p>"This step works from your mnemonic. Create a new one or enter the one you have first."</p>
            <button type="button" on:click=move |_| screen.set(Screen::UseMnemonic)>"Enter my mnemonic"</button>
            <button type="button" class="secondary" on:click=move |_| screen.set(Screen::CreateMnemonic)>"Create a new mnemonic"</button>
        </div>
    }
}

/// A text input bound to a signal.
pub fn text_input(id: &'static str, value: RwSignal<String>) -> impl IntoView {
    view! {
        <input id=id data-testid=id autocomplete="off" spellcheck="false"
            prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
    }
}

/// Sets `autocorrect="off"` (Safari's attribute, which `view!` does not know): used as
/// `use:autocorrect_off` on every secret field.
pub fn autocorrect_off(el: web_sys::Element) {
    // Failing to set an attribute leaves the browser's default; nothing to report.
    let _ = el.set_attribute("autocorrect", "off");
}

/// A password input bound to a zeroizing signal.
pub fn secret_input(
    id: &'static str,
    value: RwSignal<zeroize::Zeroizing<String>>,
) -> impl IntoView {
    view! {
        <input id=id data-testid=id type="password" autocomplete="off" spellcheck="false" autocapitalize="off" use:autocorrect_off
            prop:value=move || value.read().to_string()
            on:input=move |ev| value.set(zeroize::Zeroizing::new(event_target_value(&ev))) />
    }
}

/// The inline error under a field.
pub fn field_error(
    id: &'static str,
    message: impl Fn() -> Option<String> + Send + Sync + 'static,
) -> impl IntoView {
    view! { <p class="field-error" id=format!("{id}-error") data-testid=format!("{id}-error") role="alert">{message}</p> }
}

pub fn now_seconds() -> u64 {
    (js_sys::Date::now() / 1000.0) as u64
}

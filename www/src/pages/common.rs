//! Pieces every flow uses: the chain picker, the file list with downloads, the notice shown
//! when a flow needs a mnemonic first, and inputs bound to signals.

use leptos::prelude::*;
use withdrawal_wallet::{
    Chain, ChainInput, CustomChain, FileKind, OutputFile, WalletError, BUILTIN_CHAIN_NAMES,
};

use crate::files::{download, zip_files};
use crate::qr::qr_svg;
use crate::text;
use crate::tr;
use crate::{Screen, ScreenSignal};

/// Which chain the picker shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChainSelection {
    Builtin(&'static str),
    Custom,
}

/// The chain picker's state: nothing until the staker picks (there is no default chain), then
/// a built-in chain or a custom one with its values as typed. One per visit: the session holds
/// it, every flow uses it, and the header shows it.
#[derive(Clone, Copy)]
pub struct ChainChoice {
    pub selection: RwSignal<Option<ChainSelection>>,
    pub custom_name: RwSignal<String>,
    pub genesis_fork_version: RwSignal<String>,
    pub capella_fork_version: RwSignal<String>,
    pub genesis_validators_root: RwSignal<String>,
}

impl ChainChoice {
    pub fn new() -> Self {
        Self {
            selection: RwSignal::new(None),
            custom_name: RwSignal::new(String::new()),
            genesis_fork_version: RwSignal::new(String::new()),
            capella_fork_version: RwSignal::new(String::new()),
            genesis_validators_root: RwSignal::new(String::new()),
        }
    }

    /// The chain as a request names it (tracked); refused until one is chosen.
    pub fn spec(&self) -> Result<ChainInput, WalletError> {
        Ok(match self.selection.get() {
            None => return Err(withdrawal_wallet::fields::ChainNotChosen.into()),
            Some(ChainSelection::Builtin(name)) => ChainInput::name(name),
            Some(ChainSelection::Custom) => {
                let root = self.genesis_validators_root.get();
                ChainInput::Custom(CustomChain {
                    name: self.custom_name.get(),
                    genesis_fork_version: self.genesis_fork_version.get(),
                    capella_fork_version: self.capella_fork_version.get(),
                    genesis_validators_root: (!root.trim().is_empty()).then_some(root),
                })
            }
        })
    }

    /// The chain as a request names it, for requests whose other checks come first: an
    /// unchosen chain becomes an empty name, which the core refuses.
    pub fn input(&self) -> ChainInput {
        self.spec().unwrap_or_else(|_| ChainInput::name(""))
    }

    /// The chain, checked by the core's rules (tracked).
    pub fn resolve(&self) -> Result<Chain, WalletError> {
        self.spec()?
            .resolve()
            .map_err(|err| WalletError::from(err).at("chain"))
    }

    /// Whether the chosen chain's currency has real value (tracked).
    pub fn real_value(&self) -> bool {
        self.resolve().is_ok_and(|chain| chain.real_value)
    }
}

impl Default for ChainChoice {
    fn default() -> Self {
        Self::new()
    }
}

/// The visit's chain picker: the session's one choice, shown in every flow that signs.
#[component]
pub fn ChainPicker(
    /// Another choice than the session's (none of the flows needs one).
    #[prop(optional)]
    choice: Option<ChainChoice>,
) -> impl IntoView {
    let choice = choice.unwrap_or_else(|| expect_context::<crate::session::Session>().chain);
    let error = move || choice.resolve().err();
    // `label` is the message id of the field's label.
    let custom_field = move |id: &'static str,
                             label: &'static str,
                             value: RwSignal<String>,
                             placeholder: &'static str| {
        view! {
            <label for=id>{move || crate::i18n::text(label)}</label>
            <input id=id data-testid=id autocomplete="off" spellcheck="false" placeholder=placeholder
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
        }
    };
    let selected_value = move || match choice.selection.get() {
        None => "",
        Some(ChainSelection::Builtin(name)) => name,
        Some(ChainSelection::Custom) => "custom",
    };
    view! {
        <label for="chain">{tr!("common-chain-label")}</label>
        <select id="chain" data-testid="chain" aria-describedby="chain-error"
            on:change=move |ev| {
                let value = event_target_value(&ev);
                choice.selection.set(match value.as_str() {
                    "" => None,
                    "custom" => Some(ChainSelection::Custom),
                    value => BUILTIN_CHAIN_NAMES
                        .into_iter()
                        .find(|name| *name == value)
                        .map(ChainSelection::Builtin),
                });
            }
            prop:value=selected_value>
            <option value="" disabled=true>{tr!("common-chain-choose")}</option>
            {BUILTIN_CHAIN_NAMES.map(|name| view! { <option value=name>{name}</option> }).into_iter().collect_view()}
            <option value="custom">{tr!("common-chain-custom")}</option>
        </select>
        <Show when=move || choice.selection.get() == Some(ChainSelection::Custom)>
            {custom_field("custom-name", "common-custom-name-label", choice.custom_name, "ephemery")}
            {custom_field("custom-genesis-fork", "common-custom-genesis-fork-label", choice.genesis_fork_version, "0x1000101b")}
            {custom_field("custom-capella-fork", "common-custom-capella-fork-label", choice.capella_fork_version, "0x4000101b")}
            {custom_field("custom-root", "common-custom-root-label", choice.genesis_validators_root, "0x…")}
        </Show>
        {field_error("chain", error)}
    }
}

/// Verified output files: one download each, "Download all" as a zip (in the first file's
/// folder), and optional Web3Signer configs and QR codes.
#[component]
pub fn FileList(
    files: Vec<OutputFile>,
    #[prop(optional)] with_web3signer: bool,
    #[prop(optional)] with_qr: bool,
    /// A key-budget batch's label: the zip is `<label>-<folder>.zip`.
    #[prop(default = None)]
    label: Option<String>,
) -> impl IntoView {
    let error = RwSignal::new(None::<WalletError>);
    let include_web3signer = RwSignal::new(false);
    let show_qr = RwSignal::new(false);
    let folder = files.first().map_or("files", |file| file.kind.folder());
    let all = files.clone();
    let zip_name = match &label {
        Some(label) => format!("{label}-{folder}.zip"),
        None => format!("{folder}.zip"),
    };
    let zip_label = zip_name.clone();
    let download_all = move |_| {
        let extra = if include_web3signer.get_untracked() {
            withdrawal_wallet::web3signer_configs(&all)
        } else {
            Vec::new()
        };
        let result = zip_files(folder, &all, &extra)
            .and_then(|zip| download(&zip_name, &zip, "application/zip"));
        error.set(result.err());
    };
    let qr_files = files.clone();
    view! {
        <div class="files" data-testid="files">
            <p class="verified">{tr!("common-files-verified")}</p>
            <ul>
                {files
                    .into_iter()
                    .map(|file| {
                        let name = file.file_name.clone();
                        let click = move |_| error.set(download(&file.file_name, file.json.as_bytes(), "application/json").err());
                        view! {
                            <li>
                                <code dir="ltr">{name.clone()}</code>
                                <button type="button" class="secondary" data-testid="download" data-file=name on:click=click>
                                    {tr!("common-download")}
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
                    " "{tr!("common-web3signer", files = "web3signer/*.yaml", kind = "file-keystore")}
                </label>
            </Show>
            <button type="button" data-testid="download-all" on:click=download_all>
                {tr!("common-download-all", file = zip_label.clone())}
            </button>
            <Show when=move || with_qr>
                <button type="button" class="secondary" data-testid="show-qr" on:click=move |_| show_qr.update(|s| *s = !*s)>
                    {tr!("common-show-qr")}
                </button>
            </Show>
            <Show when=move || show_qr.get()>
                {
                    // One code per signed message, captioned with its file and place in it.
                    let payloads: Vec<(String, u64, u64, String)> = qr_files
                        .iter()
                        // ethdo's file repeats the deposit-cli file's messages.
                        .filter(|f| f.kind != FileKind::EthdoChangeOperations)
                        .flat_map(|f| {
                            let messages = f.messages().unwrap_or_default();
                            let total = messages.len() as u64;
                            messages.into_iter().enumerate().map(move |(n, message)| {
                                (f.file_name.clone(), n as u64 + 1, total, message)
                            })
                        })
                        .collect();
                    view! {
                        <div class="qr-codes" data-testid="qr-codes">
                            {payloads
                                .into_iter()
                                .map(|(file, number, total, payload)| match qr_svg(&payload) {
                                    Ok(svg) => {
                                        let label_file = file.clone();
                                        view! {
                                            <figure class="qr">
                                                <div inner_html=svg role="img"
                                                    aria-label=tr!("common-qr-label", file = label_file.clone(), number = number, total = total)></div>
                                                <figcaption>{tr!("common-qr-caption", file = file.clone(), number = number, total = total)}</figcaption>
                                            </figure>
                                        }.into_any()
                                    }
                                    // The only failure is a message too long for one code.
                                    Err(_) => view! {
                                        <p class="field-error">{tr!("common-qr-too-long", file = file.clone(), number = number, total = total)}</p>
                                    }.into_any(),
                                })
                                .collect_view()}
                        </div>
                    }
                }
            </Show>
            <p class="field-error" role="alert">{move || error.get().map(|err| text::error(&err))}</p>
        </div>
    }
}

/// The explicit acknowledgement the core asks for before it makes anything from a published
/// test mnemonic on a chain whose currency has real value; shown only then.
#[component]
pub fn PublicMnemonicAck(
    /// Whether the chain in use has real value (mainnet, Gnosis).
    real_value: Signal<bool>,
    acknowledged: RwSignal<bool>,
) -> impl IntoView {
    let session = expect_context::<crate::session::Session>();
    view! {
        <Show when=move || session.publicly_known() && real_value.get()>
            <label class="inline"><input type="checkbox" data-testid="public-ack"
                prop:checked=move || acknowledged.get()
                on:change=move |ev| acknowledged.set(event_target_checked(&ev))/>
                " "{tr!("common-public-ack")}</label>
        </Show>
    }
}

/// Shown by the key flows until a mnemonic is loaded.
#[component]
pub fn NeedsMnemonic() -> impl IntoView {
    let screen = expect_context::<ScreenSignal>().0;
    view! {
        <div class="notice" data-testid="needs-mnemonic">
            <p>{tr!("common-needs-mnemonic")}</p>
            <button type="button" data-testid="needs-use" on:click=move |_| screen.set(Screen::UseMnemonic)>{tr!("common-needs-use")}</button>
            <button type="button" class="secondary" data-testid="needs-create" on:click=move |_| screen.set(Screen::CreateMnemonic)>{tr!("common-needs-create")}</button>
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

/// The text of an input event's field, refused when it holds a lone UTF-16 surrogate: the
/// browser would hand Rust U+FFFD in its place, a different secret than the one typed.
pub fn secret_value(ev: &leptos::ev::Event) -> Result<zeroize::Zeroizing<String>, WalletError> {
    use wasm_bindgen::JsCast;
    let value = ev
        .target()
        .and_then(|target| js_sys::Reflect::get(&target, &"value".into()).ok())
        .unwrap_or_default();
    let text: &js_sys::JsString = value.unchecked_ref();
    if value.is_string() && !text.is_valid_utf16() {
        return Err(withdrawal_wallet::fields::LoneSurrogate.into());
    }
    Ok(zeroize::Zeroizing::new(event_target_value(ev)))
}

/// A secret typed into a password field: its text, and whether the browser's value could be
/// read at all. A value holding a lone surrogate leaves `text` empty and sets `problem`, and
/// [`SecretField::secret`] then refuses: an empty passphrase must never stand in for one that
/// could not be encoded.
#[derive(Clone, Copy)]
pub struct SecretField {
    pub text: RwSignal<zeroize::Zeroizing<String>>,
    pub problem: RwSignal<Option<WalletError>>,
}

impl SecretField {
    pub fn new() -> Self {
        Self {
            text: RwSignal::new(zeroize::Zeroizing::new(String::new())),
            problem: RwSignal::new(None),
        }
    }

    /// The secret for a request, or the field's encoding problem (tracked, so a request
    /// built from it follows each keystroke).
    pub fn secret(&self) -> Result<withdrawal_wallet::SecretText, WalletError> {
        match self.problem.get() {
            Some(problem) => Err(problem),
            None => Ok(withdrawal_wallet::SecretText::new(&self.text.read())),
        }
    }

    /// Whether the field holds something that cannot be used (tracked).
    pub fn is_refused(&self) -> bool {
        self.problem.with(Option::is_some)
    }
}

impl Default for SecretField {
    fn default() -> Self {
        Self::new()
    }
}

/// A password input bound to a [`SecretField`]; a value that cannot be encoded is refused
/// (the field's error says so).
pub fn secret_input(id: &'static str, field: SecretField) -> impl IntoView {
    let SecretField {
        text: value,
        problem,
    } = field;
    view! {
        <input id=id data-testid=id type="password" autocomplete="off" spellcheck="false" autocapitalize="off" use:autocorrect_off
            on:input=move |ev| match secret_value(&ev) {
                Ok(text) => {
                    problem.set(None);
                    value.set(text);
                }
                Err(err) => {
                    problem.set(Some(err.at(id)));
                    value.set(zeroize::Zeroizing::new(String::new()));
                }
            } />
        <p class="field-error" data-testid=format!("{id}-encoding-error") role="alert"
            data-code=move || problem.get().map(|err| err.code.as_str())>
            {move || problem.get().map(|err| text::error(&err))}
        </p>
    }
}

/// The inline error under a field: the core's error, rendered by code.
pub fn field_error(
    id: &'static str,
    error: impl Fn() -> Option<WalletError> + Send + Sync + 'static,
) -> impl IntoView {
    let error = std::sync::Arc::new(error);
    let code = {
        let error = error.clone();
        move || error().map(|err| err.code.as_str())
    };
    view! {
        <p class="field-error" id=format!("{id}-error") data-testid=format!("{id}-error") data-code=code role="alert">
            {move || error().map(|err| text::error(&err))}
        </p>
    }
}

pub fn now_seconds() -> u64 {
    (js_sys::Date::now() / 1000.0) as u64
}

/// Where a signing key comes from: the loaded mnemonic (at a key index) or one keystore and
/// its password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySource {
    Mnemonic,
    Keystore,
}

/// The keystore file chosen on a page, as the page knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeystoreFile {
    None,
    Reading(String),
    Read { name: String, json: String },
}

/// The choice between the mnemonic and a keystore: two radio buttons (`source-mnemonic`,
/// `source-keystore`) under `legend`, the keystore first when `keystore_first`. `on_choose`
/// replaces the plain setting of `source` (to drop what the other source held).
#[component]
pub fn KeySourcePicker(
    source: RwSignal<KeySource>,
    /// Message ids of the legend and the two choices.
    legend: &'static str,
    mnemonic_label: &'static str,
    keystore_label: &'static str,
    #[prop(optional)] keystore_first: bool,
    #[prop(optional, into)] on_choose: Option<Callback<KeySource>>,
) -> impl IntoView {
    let choose = move |chosen: KeySource| match on_choose {
        Some(on_choose) => on_choose.run(chosen),
        None => source.set(chosen),
    };
    let choice = move |kind: KeySource| {
        let (test_id, label) = match kind {
            KeySource::Mnemonic => ("source-mnemonic", mnemonic_label),
            KeySource::Keystore => ("source-keystore", keystore_label),
        };
        view! {
            <label class="inline"><input type="radio" name="key-source" data-testid=test_id
                prop:checked=move || source.get() == kind
                on:change=move |_| choose(kind)/>" "{move || crate::i18n::text(label)}</label>
        }
    };
    let order = if keystore_first {
        [KeySource::Keystore, KeySource::Mnemonic]
    } else {
        [KeySource::Mnemonic, KeySource::Keystore]
    };
    view! {
        <fieldset>
            <legend>{move || crate::i18n::text(legend)}</legend>
            {order.map(choice)}
        </fieldset>
    }
}

/// A keystore file input (`keystore-file`) and its status line (`keystore-status`): the chosen
/// file is read into `keystore`. `on_error` hears `None` when a file is chosen and the read
/// failure, if any; a cancelled choice leaves no keystore.
#[component]
pub fn KeystoreFileInput(
    keystore: RwSignal<KeystoreFile>,
    /// Message id of the input's label.
    label: &'static str,
    #[prop(into)] on_error: Callback<Option<WalletError>>,
    /// The id of the element holding the field's error, for `aria-describedby`.
    #[prop(optional)]
    described_by: Option<&'static str>,
) -> impl IntoView {
    let status = move || {
        let (id, name) = match keystore.get() {
            KeystoreFile::None => return None,
            KeystoreFile::Reading(name) => ("keystore-reading", name),
            KeystoreFile::Read { name, .. } => ("keystore-read", name),
        };
        let mut args = crate::i18n::Args::new();
        args.set("name", name);
        Some(crate::i18n::text_with(id, &args))
    };
    view! {
        <label for="keystore-file">{move || crate::i18n::text(label)}</label>
        <input id="keystore-file" data-testid="keystore-file" type="file" accept=".json,application/json"
            aria-describedby=described_by
            on:change=move |ev| {
                on_error.run(None);
                let Some(name) = crate::files::chosen_file_name(&ev) else {
                    keystore.set(KeystoreFile::None);
                    return;
                };
                keystore.set(KeystoreFile::Reading(name.clone()));
                crate::files::read_chosen_file(&ev, move |text| match text {
                    Ok(json) => keystore.set(KeystoreFile::Read { name, json }),
                    Err(err) => {
                        keystore.set(KeystoreFile::None);
                        on_error.run(Some(err));
                    }
                })
            }/>
        <p class="hint" role="status" data-testid="keystore-status">{status}</p>
    }
}

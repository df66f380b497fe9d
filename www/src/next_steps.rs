//! What to do with each output: where the file goes and how, the exact commands, and what must
//! never leave the offline machine. One panel per kind of file made, printable on its own
//! (`@media print` keeps only the summary, the file names and these steps).

use leptos::prelude::*;
use withdrawal_wallet::{Chain, FileKind, OutputFile};

use crate::i18n::{text_with, Args};
use crate::tr;

/// Where deposit data is uploaded, for the built-in chains that have a deposit page.
fn deposit_page(chain: &str) -> Option<&'static str> {
    Some(match chain {
        "mainnet" => "https://launchpad.ethereum.org/",
        "hoodi" => "https://hoodi.launchpad.ethereum.org/",
        "holesky" => "https://holesky.launchpad.ethereum.org/",
        "gnosis" => "https://deposit.gnosischain.com/",
        "chiado" => "https://deposit.chiadochain.net/",
        _ => return None,
    })
}

/// A block explorer's broadcast page, named in the steps as an example.
const BROADCAST_PAGE: &str = "beaconcha.in/tools/broadcast";

/// A command shown as-is, selectable, with what it does.
#[component]
fn Command(text: String) -> impl IntoView {
    view! { <pre class="command"><code dir="ltr">{text}</code></pre> }
}

/// Stands in for a value while a message is rendered, to split the text around it.
const MARK: &str = "\u{E000}";

/// The message `id` in the current language (tracked) with its `$name` left out: the text
/// before it and the text after it.
fn around(id: &'static str, name: &'static str) -> (String, String) {
    let mut args = Args::new();
    args.set(name, MARK);
    let text = text_with(id, &args);
    match text.split_once(MARK) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (text, String::new()),
    }
}

/// The message `id` with its `$name` shown as `value`: a file name or an address, in a
/// left-to-right island so a right-to-left sentence does not reorder it.
fn sentence(id: &'static str, name: &'static str, value: AnyView) -> impl IntoView {
    view! {
        {move || around(id, name).0}
        <bdi dir="ltr">{value}</bdi>
        {move || around(id, name).1}
    }
}

/// A message whose one value is a file name.
fn with_file(id: &'static str, file: &str) -> impl IntoView {
    sentence(id, "file", file.to_owned().into_any())
}

/// The steps for one kind of file.
fn steps_for(kind: FileKind, files: &[&OutputFile], chain: &Chain) -> AnyView {
    let first = files
        .first()
        .map_or(String::new(), |file| file.file_name.clone());
    let count = files.len() as u64;
    match kind {
        FileKind::DepositData => {
            let page = deposit_page(&chain.name);
            let chain_name = chain.name.clone();
            view! {
                <section class="next" data-testid="next-deposit">
                    <h4>{tr!("next-deposit-title")}</h4>
                    <ol>
                        <li>{with_file("next-deposit-copy", &first)}</li>
                        <li>{match page {
                            Some(page) => sentence("next-deposit-open", "page",
                                view! { <a href=page rel="noreferrer noopener">{page}</a> }.into_any()).into_any(),
                            None => view! { {tr!("next-deposit-upload", chain = chain_name.clone())} }.into_any(),
                        }}</li>
                        <li>{tr!("next-deposit-sign")}</li>
                        <li>{tr!("next-deposit-start")}</li>
                    </ol>
                </section>
            }
            .into_any()
        }
        FileKind::Keystore => view! {
            <section class="next" data-testid="next-keystores">
                <h4>{tr!("next-keystores-title")}</h4>
                <ol>
                    <li>{tr!("next-keystores-copy", count = count)}</li>
                    <li>{tr!("next-keystores-import")}
                        <Command text="lighthouse account validator import --directory validator_keys".to_owned()/>
                        <Command text="validator accounts import --keys-dir=validator_keys   # Prysm".to_owned()/>
                        <Command text="teku --validator-keys=validator_keys:passwords   # a password file per keystore".to_owned()/>
                        {tr!("next-keystores-web3signer", files = "web3signer/*.yaml")}
                    </li>
                    <li>{tr!("next-keystores-one-machine")}</li>
                </ol>
            </section>
        }
        .into_any(),
        FileKind::BlsToExecutionChange => view! {
            <section class="next" data-testid="next-bls-change">
                <h4>{tr!("next-bls-change-title")}</h4>
                <ol>
                    <li>{with_file("next-bls-change-copy", &first)}</li>
                    <li>{tr!("next-bls-change-send")}
                        <Command text=format!("curl -X POST -H \"Content-Type: application/json\" -d @{first} http://localhost:5052/eth/v1/beacon/pool/bls_to_execution_changes")/>
                        {sentence("next-bls-change-explorer", "page", BROADCAST_PAGE.into_any())}
                    </li>
                    <li>{tr!("next-bls-change-after", prefix = "0x01")}</li>
                </ol>
            </section>
        }
        .into_any(),
        FileKind::EthdoChangeOperations => view! {
            <section class="next" data-testid="next-ethdo">
                <h4>{with_file("next-ethdo-title", "change-operations.json")}</h4>
                <ol>
                    <li>{tr!("next-ethdo-broadcast")}
                        <Command text="ethdo validator credentials set --signed-operations=\"$(cat change-operations.json)\" --connection=http://localhost:5052".to_owned()/>
                    </li>
                </ol>
            </section>
        }
        .into_any(),
        FileKind::VoluntaryExit => view! {
            <section class="next" data-testid="next-exits">
                <h4>{tr!("next-exits-title")}</h4>
                <ol>
                    <li>{tr!("next-exits-store", count = count)}</li>
                    <li>{tr!("next-exits-send")}
                        <Command text=format!("curl -X POST -H \"Content-Type: application/json\" -d @{first} http://localhost:5052/eth/v1/beacon/pool/voluntary_exits")/>
                        {tr!("next-exits-explorer")}
                    </li>
                </ol>
            </section>
        }
        .into_any(),
        // A proof of withdrawal-address ownership goes to whoever asked for it: nothing to
        // broadcast (README, "Proof of withdrawal-address ownership").
        FileKind::BlsToExecutionChangeKeystore => view! {
            <section class="next" data-testid="next-ownership-proof">
                <h4>{tr!("next-proof-title")}</h4>
                <ol>
                    <li>{with_file("next-proof-copy", &first)}</li>
                    <li>{tr!("next-proof-send")}</li>
                    <li>{tr!("next-proof-nothing-on-chain")}</li>
                </ol>
            </section>
        }
        .into_any(),
        // A top-up goes where deposit data goes, or from the staker's own wallet to the
        // deposit contract (README, "Top-ups").
        FileKind::PartialDeposit => {
            let page = deposit_page(&chain.name);
            let chain_name = chain.name.clone();
            view! {
                <section class="next" data-testid="next-top-up">
                    <h4>{tr!("next-top-up-title")}</h4>
                    <ol>
                        <li>{with_file("next-top-up-copy", &first)}</li>
                        <li>{match page {
                            Some(page) => sentence("next-top-up-open", "page",
                                view! { <a href=page rel="noreferrer noopener">{page}</a> }.into_any()).into_any(),
                            None => view! { {tr!("next-top-up-upload", chain = chain_name.clone())} }.into_any(),
                        }}</li>
                        <li>{tr!("next-top-up-wallet")}
                            <Command text="deposit(pubkey, withdrawal_credentials, signature, deposit_data_root)".to_owned()/>
                        </li>
                        <li>{tr!("next-top-up-after")}</li>
                    </ol>
                </section>
            }
            .into_any()
        }
        // Builder deposits go to EIP-8282's contract once builders exist on the chain; the
        // keystores to the builder software (README, "Builder deposits").
        FileKind::BuilderDepositData => {
            let chain_name = chain.name.clone();
            view! {
                <section class="next" data-testid="next-builder-deposit">
                    <h4>{tr!("next-builder-deposit-title")}</h4>
                    <ol>
                        <li>{with_file("next-builder-deposit-copy", &first)}</li>
                        <li>{tr!("next-builder-deposit-submit", chain = chain_name.clone())}</li>
                        <li>{tr!("next-builder-deposit-check")}</li>
                    </ol>
                </section>
            }
            .into_any()
        }
        FileKind::BuilderKeystore => view! {
            <section class="next" data-testid="next-builder-keystores">
                <h4>{tr!("next-builder-keystores-title")}</h4>
                <ol>
                    <li>{tr!("next-builder-keystores-copy", count = count)}</li>
                    <li>{tr!("next-builder-keystores-not-validator")}</li>
                </ol>
            </section>
        }
        .into_any(),
        // Their own screen says how to send them (a later round builds it).
        FileKind::WithdrawalRequest | FileKind::ConsolidationRequest => ().into_any(),
        // The hand-off screen says what to do with its files (HandOffNextSteps).
        FileKind::KeymanagerImport
        | FileKind::SlashingProtection
        | FileKind::Web3SignerConfig
        | FileKind::UploadScript
        | FileKind::UploadPlan => ().into_any(),
    }
}

/// What to do with the files of a hand-off to `destination` (the core's id), in order, with
/// the keymanager import's `curl` command as the core wrote it.
#[component]
pub fn HandOffNextSteps(destination: String, curl: Option<String>, zip: String) -> impl IntoView {
    let steps = match destination.as_str() {
        "keymanager_api" => view! {
            <section class="next" data-testid="next-keymanager">
                <h4>{tr!("next-keymanager-title")}</h4>
                <ol>
                    <li>{tr!("next-keymanager-text")}{curl.map(|text| view! { <Command text=text/> })}</li>
                    <li>{tr!("next-keymanager-check")}</li>
                </ol>
            </section>
        }
        .into_any(),
        "web3signer_keystores" => view! {
            <section class="next" data-testid="next-web3signer">
                <h4>{tr!("next-web3signer-title")}</h4>
                <p>{tr!("next-web3signer-text", files = "keystore-….txt")}</p>
            </section>
        }
        .into_any(),
        _ => view! {
            <section class="next" data-testid="next-upload">
                <h4>{tr!("next-upload-title")}</h4>
                <ol>
                    <li>{tr!("next-upload-text", file = zip.clone())}
                        <Command text="pip install cryptography\npython3 upload_keys.py --dry-run\npython3 upload_keys.py".to_owned()/></li>
                    <li>{tr!("next-upload-run")}</li>
                </ol>
            </section>
        }
        .into_any(),
    };
    view! { <StepsFrame>{steps}</StepsFrame> }
}

/// What to do next with `files`, made for `chain`; with a button that prints the steps.
#[component]
pub fn NextSteps(files: Vec<OutputFile>, chain: Chain) -> impl IntoView {
    let mut kinds: Vec<FileKind> = files.iter().map(|file| file.kind).collect();
    kinds.dedup();
    let panels = kinds
        .into_iter()
        .map(|kind| {
            let of_kind: Vec<&OutputFile> = files.iter().filter(|f| f.kind == kind).collect();
            steps_for(kind, &of_kind, &chain)
        })
        .collect_view();
    view! { <StepsFrame>{panels}</StepsFrame> }
}

/// The next steps' frame around their panels: what never leaves this computer, and Print.
#[component]
fn StepsFrame(children: Children) -> impl IntoView {
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            // Printing refused (a headless browser) leaves the steps on screen.
            let _ = window.print();
        }
    };
    view! {
        <section class="next-steps" aria-labelledby="next-title" data-testid="next-steps">
            <h3 id="next-title">{tr!("next-steps-title")}</h3>
            {children()}
            <section class="next" data-testid="next-never">
                <h4>{tr!("next-never-title")}</h4>
                <p>{tr!("next-never-text")}</p>
            </section>
            <button type="button" class="secondary" data-testid="print-steps" on:click=print>{tr!("next-print")}</button>
        </section>
    }
}

//! What to do with each output: where the file goes and how, the exact commands, and what must
//! never leave the offline machine. One panel per kind of file made, printable on its own
//! (`@media print` keeps only the summary, the file names and these steps).

use leptos::prelude::*;
use withdrawal_wallet::{Chain, FileKind, OutputFile};

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

/// A command shown as-is, selectable, with what it does.
#[component]
fn Command(text: String) -> impl IntoView {
    view! { <pre class="command"><code>{text}</code></pre> }
}

/// The steps for one kind of file.
fn steps_for(kind: FileKind, files: &[&OutputFile], chain: &Chain) -> AnyView {
    let first = files
        .first()
        .map_or(String::new(), |file| file.file_name.clone());
    match kind {
        FileKind::DepositData => {
            let page = deposit_page(&chain.name);
            view! {
                <section class="next" data-testid="next-deposit">
                    <h4>"Deposit data: upload it, then deposit"</h4>
                    <ol>
                        <li>{format!("Copy {first} to the computer you deposit from (it holds no secret).")}</li>
                        <li>{match page {
                            Some(page) => view! { "Open "<a href=page rel="noreferrer noopener">{page}</a>", upload the file, and check that every pubkey, the withdrawal credentials and the amount are the ones in the summary above." }.into_any(),
                            None => view! { {format!("Upload it on {}'s deposit page, and check every pubkey, the withdrawal credentials and the amount against the summary above.", chain.name)} }.into_any(),
                        }}</li>
                        <li>"Sign the deposit transactions there with the wallet that holds the funds. Deposits cannot be undone."</li>
                        <li>"Start the validator with its keystore before the deposit is processed, so it misses no duty."</li>
                    </ol>
                </section>
            }
            .into_any()
        }
        FileKind::Keystore => view! {
            <section class="next" data-testid="next-keystores">
                <h4>"Keystores: import them into your validator client or remote signer"</h4>
                <ol>
                    <li>{format!("Copy the {} keystore file(s) (or the zip) to the validator machine. Its password goes with them, typed there, never stored beside them.", files.len())}</li>
                    <li>"Import them, for example:"
                        <Command text="lighthouse account validator import --directory validator_keys".to_owned()/>
                        <Command text="validator accounts import --keys-dir=validator_keys   # Prysm".to_owned()/>
                        <Command text="teku --validator-keys=validator_keys:passwords   # a password file per keystore".to_owned()/>
                        "Web3Signer: tick \"Include Web3Signer key configs\" before Download all; its web3signer/*.yaml files point at each keystore and its password file."
                    </li>
                    <li>"Run each key on one machine only: the same key on two machines is slashed."</li>
                </ol>
            </section>
        }
        .into_any(),
        FileKind::BlsToExecutionChange => view! {
            <section class="next" data-testid="next-bls-change">
                <h4>"BLS-to-execution change: broadcast it once"</h4>
                <ol>
                    <li>{format!("Copy {first} to an online computer (it holds no secret).")}</li>
                    <li>"Send it to your beacon node:"
                        <Command text=format!("curl -X POST -H \"Content-Type: application/json\" -d @{first} http://localhost:5052/eth/v1/beacon/pool/bls_to_execution_changes")/>
                        "or paste it into a block explorer's broadcast page (beaconcha.in/tools/broadcast on mainnet)."
                    </li>
                    <li>"Within a few days the validator's credentials read 0x01 followed by your address; withdrawals then go there. The change cannot be undone."</li>
                </ol>
            </section>
        }
        .into_any(),
        FileKind::EthdoChangeOperations => view! {
            <section class="next" data-testid="next-ethdo">
                <h4>"ethdo's change-operations.json: the same changes, for ethdo"</h4>
                <ol>
                    <li>"If you use ethdo online, broadcast with it instead of the file above (not both):"
                        <Command text="ethdo validator credentials set --signed-operations=\"$(cat change-operations.json)\" --connection=http://localhost:5052".to_owned()/>
                    </li>
                </ol>
            </section>
        }
        .into_any(),
        FileKind::VoluntaryExit => view! {
            <section class="next" data-testid="next-exits">
                <h4>"Voluntary exits: keep them until you decide to exit"</h4>
                <ol>
                    <li>{format!("Store the {} exit file(s) safely: anyone holding one can exit that validator, and an exit cannot be undone.", files.len())}</li>
                    <li>"To exit, send one to a beacon node:"
                        <Command text=format!("curl -X POST -H \"Content-Type: application/json\" -d @{first} http://localhost:5052/eth/v1/beacon/pool/voluntary_exits")/>
                        "or paste it into a block explorer's broadcast page. The validator keeps its duties until the exit completes."
                    </li>
                </ol>
            </section>
        }
        .into_any(),
    }
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
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            // Printing refused (a headless browser) leaves the steps on screen.
            let _ = window.print();
        }
    };
    view! {
        <section class="next-steps" aria-labelledby="next-title" data-testid="next-steps">
            <h3 id="next-title">"Next steps"</h3>
            {panels}
            <section class="next" data-testid="next-never">
                <h4>"Never leaves this offline computer"</h4>
                <p>"Your mnemonic and its passphrase. Type them nowhere else; keystore passwords only on the machine that runs the keys."</p>
            </section>
            <button type="button" class="secondary" data-testid="print-steps" on:click=print>"Print these steps"</button>
        </section>
    }
}

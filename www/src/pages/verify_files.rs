//! Flow 6: any deposit, BLS-change, exit or keystore file, recognised by the core from its
//! shape and checked entry by entry.

use leptos::prelude::*;
use withdrawal_wallet::{
    DecryptKeystore, FileKind, Request, Response, ValidatorKeyPath, VerifyFile, WalletError,
};

use crate::files::read_chosen_file;
use crate::jobs::{JobProgress, JobRunner};
use crate::pages::common::{secret_input, text_input, ChainChoice, ChainPicker, SecretField};
use crate::text;

#[component]
pub fn VerifyFiles() -> impl IntoView {
    let chain = ChainChoice::new();
    let content = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<WalletError>);
    let password = SecretField::new();
    let pubkey = RwSignal::new(String::new());
    let runner = JobRunner::new();
    let kind = move || content.get().map(|text| FileKind::detect(&text));

    let choose = move |ev: leptos::ev::Event| {
        runner.reset();
        error.set(None);
        content.set(None);
        read_chosen_file(&ev, move |read| match read {
            Ok(text) => content.set(Some(text)),
            Err(err) => error.set(Some(err)),
        });
    };
    let check = move |_| {
        let Some(json) = content.get_untracked() else {
            return;
        };
        match FileKind::detect(&json) {
            Ok(FileKind::Keystore) => {
                // Refused: the field shows why its value cannot be used.
                if let Ok(password) = password.secret() {
                    runner.start(Request::DecryptKeystore(DecryptKeystore {
                        keystore: json,
                        password,
                    }));
                }
            }
            Ok(kind) => runner.start(Request::VerifyFile(VerifyFile {
                json,
                kind: Some(kind),
                chain: chain.input(),
                pubkey: (kind == FileKind::VoluntaryExit).then(|| pubkey.get_untracked()),
            })),
            Err(err) => error.set(Some(err)),
        }
    };

    view! {
        <section class="card" aria-labelledby="verify-title">
            <h2 id="verify-title">"Verify files"</h2>
            <label for="verify-file">"Deposit data, BLS change, exit or keystore file (from any tool)"</label>
            <input id="verify-file" data-testid="verify-file" type="file" accept=".json,application/json" on:change=choose/>
            <p class="hint" data-testid="file-kind">{move || match kind() {
                Some(Ok(FileKind::Keystore)) => "A keystore: enter its password to check it.".to_owned(),
                Some(Ok(FileKind::DepositData)) => "Deposit data.".to_owned(),
                Some(Ok(FileKind::BlsToExecutionChange | FileKind::EthdoChangeOperations)) => "BLS-to-execution changes.".to_owned(),
                Some(Ok(FileKind::VoluntaryExit)) => "A signed voluntary exit.".to_owned(),
                Some(Err(err)) => text::error(&err),
                None => String::new(),
            }}</p>
            <Show when=move || matches!(kind(), Some(Ok(FileKind::Keystore)))>
                <label for="verify-password">"Keystore password"</label>
                {secret_input("verify-password", password)}
            </Show>
            <Show when=move || matches!(kind(), Some(Ok(kind)) if kind != FileKind::Keystore)>
                <ChainPicker choice=chain/>
            </Show>
            <Show when=move || matches!(kind(), Some(Ok(FileKind::VoluntaryExit)))>
                <label for="exit-pubkey">"The validator's signing pubkey (0x…)"</label>
                {text_input("exit-pubkey", pubkey)}
            </Show>
            <button type="button" data-testid="check" prop:disabled=move || content.get().is_none() on:click=check>"Check"</button>
            <p class="field-error" role="alert" data-code=move || error.get().map(|err| err.code.as_str())>
                {move || error.get().map(|err| text::error(&err))}
            </p>
            <JobProgress runner=runner/>
            {move || match runner.response() {
                Some(Response::Reports(reports)) => view! {
                    <ol class="reports" data-testid="reports">
                        {reports.into_iter().map(|report| {
                            let codes: Vec<&str> = report.problems.iter().map(|p| p.code.as_str()).collect();
                            view! {
                                <li class:bad=!report.ok data-ok=report.ok.to_string() data-codes=codes.join(" ")>
                                    {if report.ok {
                                        "✓ valid".to_owned()
                                    } else {
                                        format!("✗ {}", report.problems.iter().map(text::error).collect::<Vec<_>>().join("; "))
                                    }}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any(),
                Some(Response::Keystore(keystore)) => {
                    let path = match keystore.validator_key {
                        Some(ValidatorKeyPath::Signing(index)) => format!("{} (signing key of validator key index {index})", keystore.path),
                        Some(ValidatorKeyPath::Withdrawal(index)) => format!("{} (withdrawal key of validator key index {index})", keystore.path),
                        None if keystore.path.is_empty() => "none given".to_owned(),
                        None => format!("{} (not an EIP-2334 validator key path)", keystore.path),
                    };
                    view! {
                        <p class="verified" data-testid="keystore-ok">
                            {format!("✓ The password opens this keystore: pubkey {}, path {path}", keystore.pubkey)}
                        </p>
                    }.into_any()
                }
                _ => ().into_any(),
            }}
        </section>
    }
}

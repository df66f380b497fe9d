//! Flow 6: any deposit, BLS-change, exit or keystore file, checked entry by entry.

use leptos::prelude::*;
use withdrawal_wallet_worker::{FileKind, Job, Password, Reply};
use zeroize::Zeroizing;

use crate::files::{detect_kind, read_chosen_file, UploadKind};
use crate::jobs::{JobProgress, JobRunner, JobState};
use crate::pages::common::{secret_input, text_input, ChainChoice, ChainPicker};

#[component]
pub fn VerifyFiles() -> impl IntoView {
    let chain = ChainChoice::new();
    let text = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let password = RwSignal::new(Zeroizing::new(String::new()));
    let pubkey = RwSignal::new(String::new());
    let runner = JobRunner::new();
    let kind = move || text.get().map(|t| detect_kind(&t));

    let choose = move |ev: leptos::ev::Event| {
        runner.reset();
        error.set(None);
        text.set(None);
        read_chosen_file(&ev, move |content| match content {
            Ok(content) => text.set(Some(content)),
            Err(message) => error.set(Some(message)),
        });
    };
    let check = move |_| {
        let Some(content) = text.get_untracked() else {
            return;
        };
        match detect_kind(&content) {
            Ok(UploadKind::Keystore) => runner.start(Job::DecryptKeystore {
                keystore: content,
                password: Password(password.get_untracked()),
            }),
            Ok(UploadKind::Signed(file)) => match chain.spec() {
                Ok(chain) => {
                    let pubkey = (file == FileKind::VoluntaryExit).then(|| pubkey.get_untracked());
                    runner.start(Job::VerifyFile {
                        file,
                        json: content,
                        chain,
                        pubkey,
                    });
                }
                Err(message) => error.set(Some(message)),
            },
            Err(message) => error.set(Some(message)),
        }
    };

    view! {
        <section class="card" aria-labelledby="verify-title">
            <h2 id="verify-title">"Verify files"</h2>
            <label for="verify-file">"Deposit data, BLS change, exit or keystore file (from any tool)"</label>
            <input id="verify-file" data-testid="verify-file" type="file" accept=".json,application/json" on:change=choose/>
            <p class="hint" data-testid="file-kind">{move || match kind() {
                Some(Ok(UploadKind::Keystore)) => "A keystore: enter its password to check it.".to_owned(),
                Some(Ok(UploadKind::Signed(FileKind::DepositData))) => "Deposit data.".to_owned(),
                Some(Ok(UploadKind::Signed(FileKind::BlsToExecutionChange))) => "BLS-to-execution changes.".to_owned(),
                Some(Ok(UploadKind::Signed(FileKind::VoluntaryExit))) => "A signed voluntary exit.".to_owned(),
                Some(Err(message)) => message,
                None => String::new(),
            }}</p>
            <Show when=move || matches!(kind(), Some(Ok(UploadKind::Keystore)))>
                <label for="verify-password">"Keystore password"</label>
                {secret_input("verify-password", password)}
            </Show>
            <Show when=move || matches!(kind(), Some(Ok(UploadKind::Signed(_))))>
                <ChainPicker choice=chain/>
            </Show>
            <Show when=move || matches!(kind(), Some(Ok(UploadKind::Signed(FileKind::VoluntaryExit))))>
                <label for="exit-pubkey">"The validator's signing pubkey (0x…)"</label>
                {text_input("exit-pubkey", pubkey)}
            </Show>
            <button type="button" data-testid="check" prop:disabled=move || text.get().is_none() on:click=check>"Check"</button>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <JobProgress runner=runner/>
            {move || match runner.state.get() {
                JobState::Finished(Reply::Reports { reports }) => view! {
                    <ol class="reports" data-testid="reports">
                        {reports.into_iter().map(|report| view! {
                            <li class:bad=!report.ok data-ok=report.ok.to_string()>
                                {if report.ok { "✓ valid".to_owned() } else { format!("✗ {}", report.problems.join("; ")) }}
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any(),
                JobState::Finished(Reply::Keystore { pubkey, path }) => view! {
                    <p class="verified" data-testid="keystore-ok">{format!("✓ The password opens this keystore: pubkey {pubkey}, path {path}")}</p>
                }.into_any(),
                _ => ().into_any(),
            }}
        </section>
    }
}

//! Flow 3: keystores and deposit data for new validators, made in the worker.

use leptos::prelude::*;
use withdrawal_wallet_worker::{Job, Password, Reply, WithdrawalSpec};
use zeroize::Zeroizing;

use crate::forms;
use crate::jobs::{JobProgress, JobRunner, JobState};
use crate::pages::common::{
    field_error, now_seconds, secret_input, text_input, ChainChoice, ChainPicker, FileList,
    NeedsMnemonic,
};
use crate::session::Session;
use crate::{Screen, ScreenSignal};

#[component]
pub fn ValidatorKeys() -> impl IntoView {
    let session = expect_context::<Session>();
    let screen = expect_context::<ScreenSignal>().0;
    let chain = ChainChoice::new();
    let start = RwSignal::new("0".to_owned());
    let count = RwSignal::new("1".to_owned());
    let budget = RwSignal::new(forms::DEFAULT_KEY_BUDGET.to_string());
    let kind = RwSignal::new("compounding".to_owned());
    let amount = RwSignal::new("32".to_owned());
    let address = RwSignal::new(String::new());
    let address_again = RwSignal::new(String::new());
    let bls_acknowledged = RwSignal::new(false);
    let public_acknowledged = RwSignal::new(false);
    let password = RwSignal::new(Zeroizing::new(String::new()));
    let password_again = RwSignal::new(Zeroizing::new(String::new()));
    let kdf = RwSignal::new("scrypt".to_owned());
    let independent_salts = RwSignal::new(false);
    let runner = JobRunner::new();
    let submitted = RwSignal::new(false);

    let start_error = move || forms::start_index(&start.get()).err();
    let count_error = move || forms::validator_count(&count.get()).err();
    let budget_warning = move || {
        let budget = forms::start_index(&budget.get())
            .ok()?
            .min(forms::MAX_KEY_BUDGET);
        forms::key_budget_warning(
            forms::start_index(&start.get()).ok()?,
            forms::validator_count(&count.get()).ok()?,
            budget,
        )
    };
    let amount_error = move || {
        (kind.get() == "compounding")
            .then(|| forms::amount_gwei(&amount.get()).err())
            .flatten()
    };
    let address_error = move || {
        let needed = kind.get() != "bls";
        let touched = submitted.get() || !address_again.get().is_empty();
        (needed && touched)
            .then(|| forms::confirmed_address(&address.get(), &address_again.get()).err())
            .flatten()
    };
    let rules = move || forms::password_rules(&password.read(), &password_again.read());
    let public_mnemonic = move || {
        session
            .mnemonic
            .read()
            .as_ref()
            .is_some_and(|m| m.publicly_known)
    };
    let chain_is_real = move || matches!(chain.name.get().as_str(), "mainnet" | "gnosis");

    let generate = move |_| {
        submitted.set(true);
        let Some(loaded) = session.mnemonic.get_untracked() else {
            return;
        };
        let (Ok(chain), Ok(start), Ok(count)) = (
            chain.spec(),
            forms::start_index(&start.get_untracked()),
            forms::validator_count(&count.get_untracked()),
        ) else {
            return;
        };
        if !rules().iter().all(|(_, met)| *met)
            || address_error().is_some()
            || amount_error().is_some()
        {
            return;
        }
        if public_mnemonic() && chain_is_real() && !public_acknowledged.get_untracked() {
            return;
        }
        let withdrawal = match kind.get_untracked().as_str() {
            "compounding" => WithdrawalSpec::Compounding {
                address: address.get_untracked().trim().to_owned(),
            },
            "execution" => WithdrawalSpec::Execution {
                address: address.get_untracked().trim().to_owned(),
            },
            _ if bls_acknowledged.get_untracked() => WithdrawalSpec::Bls,
            _ => return,
        };
        let amount_gwei = (kind.get_untracked() == "compounding")
            .then(|| forms::amount_gwei(&amount.get_untracked()).ok())
            .flatten();
        runner.start(Job::ValidatorKeys {
            secret: loaded.secret(),
            chain,
            start_index: start,
            count,
            withdrawal,
            amount_gwei,
            password: Password(password.get_untracked()),
            pbkdf2: kdf.get_untracked() == "pbkdf2",
            independent_salts: independent_salts.get_untracked(),
            shared_salt: None,
            timestamp: now_seconds(),
        });
    };

    view! {
        <section class="card" aria-labelledby="keys-title">
            <h2 id="keys-title">"Generate validator keys"</h2>
            <p class="hint">
                "Only the signing keystores go to your validator node or remote signer. The mnemonic never does: "
                "keep it offline, it also controls the withdrawal keys."
            </p>
            <Show when=move || session.mnemonic.read().is_some() fallback=|| view! { <NeedsMnemonic/> }>
                <Show when=move || public_mnemonic()>
                    <p class="warning" data-testid="public-mnemonic">
                        "This is a published test mnemonic: anyone can derive these keys. Use it only on test networks."
                    </p>
                </Show>
                <ChainPicker choice=chain/>
                <label for="start-index">"Start index (first key index to use)"</label>
                {text_input("start-index", start)}
                {field_error("start-index", start_error)}
                <label for="count">"Number of validators"</label>
                {text_input("count", count)}
                {field_error("count", count_error)}
                <label for="budget">"Key budget per mnemonic"</label>
                {text_input("budget", budget)}
                <Show when=move || budget_warning().is_some()>
                    <div class="warning">
                        <p data-testid="budget-warning">{budget_warning}</p>
                        <button type="button" class="secondary small" on:click=move |_| screen.set(Screen::CreateMnemonic)>
                            "Start a new mnemonic for the rest"
                        </button>
                    </div>
                </Show>
                <fieldset>
                    <legend>"Withdrawal credentials"</legend>
                    <label class="inline"><input type="radio" name="kind" value="compounding" data-testid="kind-compounding"
                        prop:checked=move || kind.get() == "compounding" on:change=move |_| kind.set("compounding".into())/>
                        " 0x02 compounding (recommended; 1 to 2048 ETH)"</label>
                    <label class="inline"><input type="radio" name="kind" value="execution" data-testid="kind-execution"
                        prop:checked=move || kind.get() == "execution" on:change=move |_| kind.set("execution".into())/>
                        " 0x01 execution address (exactly 32 ETH)"</label>
                    <label class="inline"><input type="radio" name="kind" value="bls" data-testid="kind-bls"
                        prop:checked=move || kind.get() == "bls" on:change=move |_| kind.set("bls".into())/>
                        " 0x00 BLS (not recommended)"</label>
                </fieldset>
                <Show when=move || kind.get() == "compounding">
                    <label for="amount">"Amount per validator, in ETH"</label>
                    {text_input("amount", amount)}
                    {field_error("amount", amount_error)}
                </Show>
                <Show when=move || kind.get() != "bls" fallback=move || view! {
                    <p class="warning">"0x00 credentials lock withdrawals until you sign a BLS-to-execution change with the withdrawal key."</p>
                    <label class="inline"><input type="checkbox" data-testid="bls-ack"
                        on:change=move |ev| bls_acknowledged.set(event_target_checked(&ev))/>
                        " I understand and want 0x00 credentials"</label>
                }>
                    <label for="address">"Execution (withdrawal) address, EIP-55 checksummed"</label>
                    {text_input("address", address)}
                    <label for="address-again">"The same address again"</label>
                    {text_input("address-again", address_again)}
                    {field_error("address", address_error)}
                </Show>
                <label for="password">"Keystore password"</label>
                {secret_input("password", password)}
                <label for="password-again">"Keystore password again"</label>
                {secret_input("password-again", password_again)}
                <ul class="rules" data-testid="password-rules">
                    {move || rules().into_iter().map(|(rule, met)| view! {
                        <li class:met=met>{if met { "✓ " } else { "○ " }}{rule}</li>
                    }).collect_view()}
                </ul>
                <label for="kdf">"Keystore KDF"</label>
                <select id="kdf" data-testid="kdf" on:change=move |ev| kdf.set(event_target_value(&ev))>
                    <option value="scrypt">"scrypt (default, like deposit-cli)"</option>
                    <option value="pbkdf2">"PBKDF2"</option>
                </select>
                <label class="inline"><input type="checkbox" data-testid="independent-salts"
                    on:change=move |ev| independent_salts.set(event_target_checked(&ev))/>
                    " A separate salt and KDF run for each keystore (slower; nothing shared between files)"</label>
                <Show when=move || public_mnemonic() && chain_is_real()>
                    <label class="inline"><input type="checkbox" data-testid="public-ack"
                        on:change=move |ev| public_acknowledged.set(event_target_checked(&ev))/>
                        " I know these keys are public and still want files for this chain"</label>
                </Show>
                <button type="button" data-testid="generate" prop:disabled=move || runner.state.get().is_running() on:click=generate>
                    "Generate keystores and deposit data"
                </button>
                <JobProgress runner=runner/>
                {move || match runner.state.get() {
                    JobState::Finished(Reply::Files { files }) => {
                        view! { <FileList files=files folder="validator_keys" with_web3signer=true/> }.into_any()
                    }
                    _ => ().into_any(),
                }}
            </Show>
        </section>
    }
}

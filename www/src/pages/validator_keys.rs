//! Flow 3: keystores and deposit data for new validators, made in the workers. The form holds
//! typed state; the request it builds is reviewed by the core (amounts, every validator's
//! key, every check the signing run makes), confirmed by the staker, then signed. A change to
//! any input drops the review and the files.

use leptos::prelude::*;
use withdrawal_wallet::fields::{self, PasswordRule, DEFAULT_KEY_BUDGET, MAX_KEY_BUDGET};
use withdrawal_wallet::{
    plan_key_budget, CreateValidatorKeys, ExecutionAddress, FileKind, KdfChoice, KeyBudgetPlan,
    MnemonicBatch, Request, Response, WalletError, WithdrawalInput, MIN_NEW_PASSWORD_CHARS,
};

use crate::i18n::{text_with, Args};
use crate::jobs::{JobProgress, JobRunner};
use crate::journeys::{report_stage, Stage};
use crate::pages::common::{
    field_error, secret_input, text_input, ChainPicker, NeedsMnemonic, PublicMnemonicAck,
    SecretField,
};
use crate::review::{Confirmation, PubkeyColumn, ReviewRow, SignAndFiles, Signed, SigningPlan};
use crate::session::Session;
use crate::text;
use crate::tr;
use crate::{Screen, ScreenSignal};

/// The withdrawal credentials the form offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialsKind {
    Compounding,
    Execution,
    Bls,
}

/// A keystore password rule as the list under the password shows it (tracked).
fn rule_text(rule: PasswordRule) -> String {
    match rule {
        PasswordRule::MinimumLength => {
            let mut args = Args::new();
            args.set("count", MIN_NEW_PASSWORD_CHARS as u64);
            text_with("keys-rule-minimum-length", &args)
        }
        PasswordRule::Confirmed => crate::i18n::text("keys-rule-confirmed"),
    }
}

#[component]
pub fn ValidatorKeys() -> impl IntoView {
    let session = expect_context::<Session>();
    let screen = expect_context::<ScreenSignal>().0;
    let chain = session.chain;
    let start = RwSignal::new("0".to_owned());
    let count = RwSignal::new("1".to_owned());
    let budget = RwSignal::new(DEFAULT_KEY_BUDGET.to_string());
    let kind = RwSignal::new(CredentialsKind::Compounding);
    let amount = RwSignal::new("32".to_owned());
    let address = RwSignal::new(String::new());
    let address_again = RwSignal::new(String::new());
    let bls_acknowledged = RwSignal::new(false);
    let public_acknowledged = RwSignal::new(false);
    let password = SecretField::new();
    let password_again = SecretField::new();
    let kdf = RwSignal::new(KdfChoice::Scrypt);
    let independent_salts = RwSignal::new(false);
    let review = JobRunner::new();
    let signing = JobRunner::new();
    let confirmed = RwSignal::new(false);
    let submitted = RwSignal::new(false);

    let start_error = move || fields::key_index(&start.get()).err();
    let count_error = move || fields::validator_count(&count.get()).err();
    let budget_notice = move || {
        let budget = fields::key_index(&budget.get()).ok()?.min(MAX_KEY_BUDGET);
        fields::key_budget_notice(
            fields::key_index(&start.get()).ok()?,
            fields::validator_count(&count.get()).ok()?,
            budget,
        )
    };
    // The plan for the keys asked for, once they pass the budget: the mnemonic in use first.
    let budget_plan = move || -> Option<KeyBudgetPlan> {
        budget_notice()?;
        let budget = fields::key_index(&budget.get()).ok()?;
        Some(plan_key_budget(
            fields::validator_count(&count.get()).ok()?,
            budget,
            fields::key_index(&start.get()).ok()?,
        ))
    };
    // The plan's batch the form was set to, while it still asks for exactly that batch.
    let batch = RwSignal::new(None::<MnemonicBatch>);
    let current_batch = move || {
        let batch = batch.get()?;
        let same = fields::key_index(&start.get()).ok()? == batch.start_index
            && fields::validator_count(&count.get()).ok()? == batch.count;
        same.then_some(batch)
    };
    let current_label = move || current_batch().map(|batch| batch.label);
    // The next batch of a plan being followed.
    let pending = move || {
        session.key_plan.with(|plan| {
            plan.as_ref()
                .and_then(|(plan, next)| plan.batches.get(*next).cloned())
        })
    };
    let follow = move |chosen: MnemonicBatch| {
        start.set(chosen.start_index.to_string());
        count.set(chosen.count.to_string());
        batch.set(Some(chosen));
    };
    // A batch of the plan made: the plan moves on to the next one (and ends after the last).
    Effect::new(move |_| {
        if !signing.is_finished() {
            return;
        }
        let made = current_batch();
        if made.is_some() && made == untrack(pending) {
            session.key_plan.update(|plan| {
                if let Some((all, next)) = plan {
                    *next += 1;
                    if *next >= all.batches.len() {
                        *plan = None;
                    }
                }
            });
        }
    });
    let amount_error = move || {
        (kind.get() == CredentialsKind::Compounding)
            .then(|| fields::ether_amount(&amount.get()).err())
            .flatten()
    };
    let address_error = move || {
        let needed = kind.get() != CredentialsKind::Bls;
        let touched = submitted.get() || !address_again.get().is_empty();
        (needed && touched)
            .then(|| {
                ExecutionAddress::parse_confirmed(&address.get(), &address_again.get())
                    .err()
                    .map(|err| WalletError::from(err).at("address"))
            })
            .flatten()
    };
    let rules = move || fields::password_rules(&password.text.read(), &password_again.text.read());

    // The request the form makes now (tracked): what is reviewed is what is signed, and any
    // change to it drops both.
    let request = move || -> Option<CreateValidatorKeys> {
        let (mnemonic, passphrase, language) = session.secrets()?;
        let withdrawal = match kind.get() {
            CredentialsKind::Compounding => WithdrawalInput::Compounding {
                address: address.get().trim().to_owned(),
            },
            CredentialsKind::Execution => WithdrawalInput::Execution {
                address: address.get().trim().to_owned(),
            },
            CredentialsKind::Bls => WithdrawalInput::Bls,
        };
        Some(CreateValidatorKeys {
            mnemonic,
            passphrase,
            language,
            start_index: fields::key_index(&start.get()).ok()?,
            count: fields::validator_count(&count.get()).ok()?,
            chain: chain.spec().ok()?,
            withdrawal,
            amount: (kind.get() == CredentialsKind::Compounding)
                .then(|| amount.get().trim().to_owned()),
            allow_bls_credentials: bls_acknowledged.get(),
            acknowledge_public_mnemonic: public_acknowledged.get(),
            password: password.secret().ok()?,
            kdf: kdf.get(),
            independent_salts: independent_salts.get(),
            timestamp: None,
        })
    };
    review.follow(move || request().map(Request::ReviewValidatorKeys));
    signing.follow(move || request().map(Request::CreateValidatorKeys));
    // The confirmation belongs to the review it confirmed.
    Effect::new(move |_| {
        if !review.is_finished() {
            confirmed.set(false);
        }
    });

    let start_review = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        // Fields with an error shown beside them wait for the fix; every other refusal is the
        // core's, shown under the button.
        let fields_ok = start_error().is_none()
            && count_error().is_none()
            && amount_error().is_none()
            && address_error().is_none()
            && chain.resolve().is_ok()
            && rules().iter().all(|(_, met)| *met)
            && !password.is_refused()
            && !password_again.is_refused();
        if let (true, Some(request)) = (fields_ok, request()) {
            signing.reset();
            review.start(Request::ReviewValidatorKeys(request));
        }
    };
    let generate = move |_| {
        if !confirmed.get_untracked() {
            return;
        }
        if let Some(request) = request() {
            signing.start(Request::CreateValidatorKeys(request));
        }
    };
    // The review's facts, from the core's review and the form it was made from.
    let plan = move || -> Option<SigningPlan> {
        let Some(Response::DepositReview(found)) = review.response() else {
            return None;
        };
        let address = match kind.get_untracked() {
            CredentialsKind::Bls => None,
            _ => ExecutionAddress::parse_checksummed(address.get_untracked().trim()).ok(),
        };
        Some(SigningPlan {
            what: Signed::Deposits,
            chain: chain.resolve().ok()?,
            address,
            amount: Some(found.amount),
            epoch: None,
            pubkey_column: PubkeyColumn::Signing,
            rows: found
                .keys
                .into_iter()
                .map(|keys| ReviewRow {
                    validator_index: None,
                    key_index: Some(keys.index),
                    pubkey: keys.signing_pubkey,
                    problem: None,
                })
                .collect(),
        })
    };
    report_stage(move || {
        Stage::of(
            !session.is_loaded(),
            review.is_finished(),
            signing.is_finished(),
        )
    });

    view! {
        <section class="card" aria-labelledby="keys-title">
            <h2 id="keys-title" tabindex="-1">{tr!("keys-title")}</h2>
            <p class="hint">{tr!("keys-hint")}</p>
            <Show when=move || session.is_loaded() fallback=|| view! { <NeedsMnemonic/> }>
                <Show when=move || session.publicly_known()>
                    <p class="warning" data-testid="public-mnemonic">
                        {tr!("keys-public-mnemonic")}
                    </p>
                </Show>
                <form on:submit=start_review>
                <ChainPicker/>
                <label for="start-index">{tr!("keys-start-index-label")}</label>
                {text_input("start-index", start)}
                {field_error("start-index", start_error)}
                <label for="count">{tr!("keys-count-label")}</label>
                {text_input("count", count)}
                {field_error("count", count_error)}
                <label for="budget">{tr!("keys-budget-label")}</label>
                {text_input("budget", budget)}
                {move || pending().map(|next| {
                    let total = session.key_plan.with_untracked(|plan| {
                        plan.as_ref().and_then(|(plan, _)| plan.batches.last()).map_or(0, |b| u64::from(b.mnemonic))
                    });
                    let chosen = next.clone();
                    view! {
                        <p class="hint" data-testid="plan-next">
                            {tr!("keys-plan-next", mnemonic = u64::from(next.mnemonic), mnemonics = total,
                                first = u64::from(next.start_index), last = u64::from(next.start_index + next.count - 1),
                                label = next.label.clone())}
                            " "
                            <button type="button" class="secondary small" data-testid="plan-use"
                                on:click=move |_| follow(chosen.clone())>{tr!("keys-plan-use")}</button>
                        </p>
                    }
                })}
                <Show when=move || budget_notice().is_some()>
                    <div class="warning">
                        <p data-testid="budget-warning">{move || budget_notice().map(|notice| text::error(&notice))}</p>
                        {move || budget_plan().map(|plan| view! { <BudgetPlan plan=plan on_follow=follow/> })}
                        <button type="button" class="secondary small" data-testid="budget-new-mnemonic" on:click=move |_| {
                            // The rest of the plan waits for the new mnemonic.
                            if let Some(plan) = budget_plan() {
                                let next = plan.batches.iter().position(|b| b.new_mnemonic).unwrap_or(0);
                                session.key_plan.set(Some((plan, next)));
                            }
                            screen.set(Screen::CreateMnemonic);
                        }>
                            {tr!("keys-budget-new-mnemonic")}
                        </button>
                    </div>
                </Show>
                <fieldset>
                    <legend>{tr!("keys-credentials-legend")}</legend>
                    <label class="inline"><input type="radio" name="kind" value="compounding" data-testid="kind-compounding"
                        prop:checked=move || kind.get() == CredentialsKind::Compounding
                        on:change=move |_| kind.set(CredentialsKind::Compounding)/>
                        " "{tr!("keys-kind-compounding")}</label>
                    <label class="inline"><input type="radio" name="kind" value="execution" data-testid="kind-execution"
                        prop:checked=move || kind.get() == CredentialsKind::Execution
                        on:change=move |_| kind.set(CredentialsKind::Execution)/>
                        " "{tr!("keys-kind-execution")}</label>
                    <label class="inline"><input type="radio" name="kind" value="bls" data-testid="kind-bls"
                        prop:checked=move || kind.get() == CredentialsKind::Bls
                        on:change=move |_| kind.set(CredentialsKind::Bls)/>
                        " "{tr!("keys-kind-bls")}</label>
                </fieldset>
                <Show when=move || kind.get() == CredentialsKind::Compounding>
                    <label for="amount">{tr!("keys-amount-label", currency = chain.resolve().map_or("ETH", |chain| chain.currency()))}</label>
                    {text_input("amount", amount)}
                    {field_error("amount", amount_error)}
                </Show>
                <Show when=move || kind.get() != CredentialsKind::Bls fallback=move || view! {
                    <p class="warning">{tr!("keys-bls-warning")}</p>
                    <label class="inline"><input type="checkbox" data-testid="bls-ack"
                        prop:checked=move || bls_acknowledged.get()
                        on:change=move |ev| bls_acknowledged.set(event_target_checked(&ev))/>
                        " "{tr!("keys-bls-ack")}</label>
                }>
                    <label for="address">{tr!("keys-address-label")}</label>
                    {text_input("address", address)}
                    <label for="address-again">{tr!("keys-address-again-label")}</label>
                    {text_input("address-again", address_again)}
                    {field_error("address", address_error)}
                </Show>
                <label for="password">{tr!("keys-password-label")}</label>
                {secret_input("password", password)}
                <label for="password-again">{tr!("keys-password-again-label")}</label>
                {secret_input("password-again", password_again)}
                <ul class="rules" data-testid="password-rules">
                    {move || rules().into_iter().map(|(rule, met)| view! {
                        <li class:met=met>{if met { "✓ " } else { "○ " }}{rule_text(rule)}</li>
                    }).collect_view()}
                </ul>
                <label for="kdf">{tr!("keys-kdf-label")}</label>
                <select id="kdf" data-testid="kdf" on:change=move |ev| {
                    kdf.set(if event_target_value(&ev) == "pbkdf2" { KdfChoice::Pbkdf2 } else { KdfChoice::Scrypt })
                }>
                    <option value="scrypt">{tr!("keys-kdf-scrypt")}</option>
                    <option value="pbkdf2">"PBKDF2"</option>
                </select>
                <label class="inline"><input type="checkbox" data-testid="independent-salts"
                    on:change=move |ev| independent_salts.set(event_target_checked(&ev))/>
                    " "{tr!("keys-independent-salts")}</label>
                <PublicMnemonicAck real_value=Signal::derive(move || chain.real_value()) acknowledged=public_acknowledged/>
                <button type="submit" data-testid="review" prop:disabled=move || review.state.get().is_running()>
                    {tr!("keys-review")}
                </button>
                </form>
                <JobProgress runner=review/>
                <SignAndFiles plan=Signal::derive(plan) confirmation=Confirmation::TickEach confirmed=confirmed
                    signing=signing on_sign=generate sign_test_id="generate" sign_label="keys-sign" chain=chain
                    with_web3signer=true bundle_label=Signal::derive(current_label)
                    signed_details=move || view! {
                        <button type="button" class="secondary" data-testid="keys-hand-off" on:click=move |_| {
                            let keystores = signing.response().map(|response| {
                                response.files().into_iter()
                                    .filter(|file| file.kind == FileKind::Keystore)
                                    .map(|file| (file.file_name, file.json))
                                    .collect::<Vec<_>>()
                            });
                            session.hand_off_keystores.set(keystores);
                            screen.set(Screen::SignerHandOff);
                        }>{tr!("keys-hand-off")}</button>
                    }/>
            </Show>
        </section>
    }
}

/// How the keys asked for spread over mnemonics at the budget: one row a batch, with its key
/// indices and bundle label; a button keeps the form to the first batch (the mnemonic in use).
#[component]
fn BudgetPlan(
    plan: KeyBudgetPlan,
    #[prop(into)] on_follow: Callback<MnemonicBatch>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let whole = plan.clone();
    let first = plan
        .batches
        .first()
        .filter(|batch| !batch.new_mnemonic)
        .cloned();
    let mnemonics = plan.batches.last().map_or(0, |batch| {
        u64::from(batch.mnemonic) - u64::from(plan.batches[0].mnemonic) + 1
    });
    let total = u64::from(plan.total);
    view! {
        <div class="table-scroll" data-testid="budget-plan">
        <table>
            <caption>{tr!("budget-plan-title", count = total, mnemonics = mnemonics)}</caption>
            <thead><tr>
                <th scope="col">{tr!("budget-plan-mnemonic")}</th>
                <th scope="col">{tr!("budget-plan-indices")}</th>
                <th scope="col">{tr!("budget-plan-label")}</th>
            </tr></thead>
            <tbody>
                {plan.batches.into_iter().map(|batch| {
                    let last = batch.start_index + batch.count - 1;
                    view! {
                        <tr data-testid="budget-batch">
                            <td>{batch.mnemonic}" ("{
                                let id = if batch.new_mnemonic { "budget-plan-new" } else { "budget-plan-in-use" };
                                move || crate::i18n::text(id)
                            }")"</td>
                            <td dir="ltr">{format!("{}–{last}", batch.start_index)}</td>
                            <td><code dir="ltr">{batch.label}</code></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
        {first.map(|batch| view! {
            <button type="button" class="secondary small" data-testid="budget-first-batch" on:click=move |_| {
                // Following the plan: this batch now, the next ones with new mnemonics.
                session.key_plan.set(Some((whole.clone(), 0)));
                on_follow.run(batch.clone());
            }>{tr!("budget-plan-first")}</button>
        })}
    }
}

//! The signing review shown at every point of no return: the chain with its roots, the
//! destination address large and grouped for reading aloud, every validator with its index,
//! key index and pubkey, the amount and the epoch. The staker confirms (retyping the
//! address's last characters, or ticking each part) before the sign button is enabled, and
//! the same summary is printed above the files.

use leptos::prelude::*;
use withdrawal_wallet::fields::{self, ADDRESS_ENDING_CHARS};
use withdrawal_wallet::{Chain, ChangeReview, ExecutionAddress, ExitsReview, WalletError};

use crate::hex::HexValue;
use crate::i18n::{text, text_with, Args};
use crate::jobs::{JobProgress, JobRunner};
use crate::next_steps::NextSteps;
use crate::pages::common::{ChainChoice, FileList};
use crate::text as core_text;
use crate::tr;

/// One validator in a review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRow {
    /// The beacon chain's index (new validators have none yet).
    pub validator_index: Option<String>,
    /// The mnemonic's key index (none for a keystore's key).
    pub key_index: Option<u32>,
    pub pubkey: String,
    /// Why this one cannot be signed (the core's check), if it cannot.
    pub problem: Option<WalletError>,
}

/// What a signing review covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signed {
    BlsChanges,
    Deposits,
    Exits,
    /// A top-up of a validator that exists (deposit-cli's `partial-deposit`).
    TopUp,
    /// Builder deposits (EIP-8282): the keys are builders', not validators'.
    BuilderDeposits,
    /// A proof of withdrawal-address ownership (deposit-cli's
    /// `generate-bls-to-execution-change-keystore`): not a consensus message.
    OwnershipProof,
}

impl Signed {
    /// The review's `data-what` and heading id (the same in every language).
    fn id(self) -> &'static str {
        match self {
            Signed::BlsChanges => "bls-changes",
            Signed::Deposits => "deposits",
            Signed::Exits => "exits",
            Signed::TopUp => "top-up",
            Signed::BuilderDeposits => "builder-deposits",
            Signed::OwnershipProof => "ownership-proof",
        }
    }

    /// The rows' Validator column when a row names no validator index (tracked): a new
    /// validator, the validator being topped up, or a builder.
    fn unindexed_text(self) -> String {
        text(match self {
            Signed::TopUp => "review-row-existing",
            Signed::BuilderDeposits => "review-row-builder",
            _ => "review-row-new",
        })
    }

    /// The message ids of the rows' heading in the facts and of their tick box.
    fn rows_ids(self) -> (&'static str, &'static str) {
        match self {
            Signed::BuilderDeposits => ("review-builders", "review-tick-builders"),
            _ => ("review-validators", "review-tick-validators"),
        }
    }

    /// The message id of the amount's heading in the facts.
    fn amount_id(self) -> &'static str {
        match self {
            Signed::TopUp => "review-amount-top-up",
            Signed::BuilderDeposits => "review-amount-builder",
            _ => "review-amount",
        }
    }
}

/// Which key the review's pubkey column shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PubkeyColumn {
    /// The withdrawal (BLS) key a change is signed with.
    Withdrawal,
    /// The validator's signing key.
    Signing,
    /// A builder's key (the same path as a validator's signing key).
    Builder,
}

/// Exactly what a signature will cover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SigningPlan {
    pub what: Signed,
    pub chain: Chain,
    /// Where the funds go, when the message names an address.
    pub address: Option<ExecutionAddress>,
    /// Per validator, in the chain's currency (deposits).
    pub amount: Option<String>,
    /// From when an exit is valid.
    pub epoch: Option<String>,
    pub pubkey_column: PubkeyColumn,
    pub rows: Vec<ReviewRow>,
}

impl SigningPlan {
    /// The review of BLS changes to `address`, from the core's per-validator review.
    pub fn bls_changes(
        chain: Chain,
        address: Option<ExecutionAddress>,
        rows: Vec<ChangeReview>,
    ) -> Self {
        Self {
            what: Signed::BlsChanges,
            chain,
            address,
            amount: None,
            epoch: None,
            pubkey_column: PubkeyColumn::Withdrawal,
            rows: rows
                .into_iter()
                .map(|row| ReviewRow {
                    validator_index: Some(row.validator_index),
                    key_index: Some(row.key_index),
                    pubkey: row.from_bls_pubkey,
                    problem: row.problem,
                })
                .collect(),
        }
    }

    /// The review of exits, from the core's review (the epoch and each validator's key).
    pub fn exits(chain: Chain, review: ExitsReview) -> Self {
        Self {
            what: Signed::Exits,
            chain,
            address: None,
            amount: None,
            epoch: Some(review.epoch),
            pubkey_column: PubkeyColumn::Signing,
            rows: review
                .exits
                .into_iter()
                .map(|exit| ReviewRow {
                    validator_index: Some(exit.validator_index),
                    key_index: exit.key_index,
                    pubkey: exit.pubkey,
                    problem: exit.problem,
                })
                .collect(),
        }
    }

    /// Whether every validator can be signed for.
    pub fn signable(&self) -> bool {
        !self.rows.is_empty() && self.rows.iter().all(|row| row.problem.is_none())
    }
}

/// What is signed, in the page's language (tracked): "BLS-to-execution changes".
fn what_text(what: Signed) -> String {
    text(match what {
        Signed::BlsChanges => "review-what-bls-changes",
        Signed::Deposits => "review-what-deposits",
        Signed::Exits => "review-what-exits",
        Signed::TopUp => "review-what-top-up",
        Signed::BuilderDeposits => "review-what-builder-deposits",
        Signed::OwnershipProof => "review-what-ownership-proof",
    })
}

/// How many validators, with what is signed for them (tracked): "2 BLS-to-execution changes".
fn count_text(what: Signed, count: usize) -> String {
    let mut args = Args::new();
    args.set("count", count as u64);
    let id = match what {
        Signed::BlsChanges => "review-count-bls-changes",
        Signed::Deposits => "review-count-deposits",
        Signed::Exits => "review-count-exits",
        Signed::TopUp => "review-count-top-up",
        Signed::BuilderDeposits => "review-count-builder-deposits",
        Signed::OwnershipProof => "review-count-ownership-proof",
    };
    text_with(id, &args)
}

/// The pubkey column's heading (tracked).
fn pubkey_heading(column: PubkeyColumn) -> String {
    text(match column {
        PubkeyColumn::Withdrawal => "review-pubkey-from-bls",
        PubkeyColumn::Signing => "review-pubkey-signing",
        PubkeyColumn::Builder => "review-pubkey-builder",
    })
}

/// How the staker confirms a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmation {
    /// Retype the address's last characters (a change of withdrawal address).
    AddressEnding,
    /// Tick each part: chain, address, validators, terms.
    TickEach,
}

/// The plan's facts (chain, address, amount, epoch) and its validators: shared by the review
/// and the printed summary.
#[component]
fn PlanFacts(plan: SigningPlan) -> impl IntoView {
    let chain = plan.chain.clone();
    let root = chain
        .genesis_validators_root
        .map(|root| format!("0x{}", hex::encode(root)));
    let count = plan.rows.len();
    let what = plan.what;
    let pubkey_column = plan.pubkey_column;
    view! {
        <dl class="plan" data-what=plan.what.id()>
            <dt>{tr!("review-chain")}</dt>
            <dd data-testid="review-chain"><bdi dir="ltr">{chain.name.clone()}</bdi></dd>
            <dt>{tr!("review-fork-version")}</dt>
            <dd><code dir="ltr">{format!("0x{}", hex::encode(chain.genesis_fork_version))}</code></dd>
            {root.map(|root| view! {
                <dt>{tr!("review-root")}</dt>
                <dd><HexValue value=root label=tr!("review-root-label") test_id="review-root"/></dd>
            })}
            {plan.address.map(|address| view! {
                <dt>{tr!("review-address")}</dt>
                <dd class="destination">
                    <HexValue value=address.to_checksummed() label=tr!("review-address-label") test_id="review-address" large=true/>
                </dd>
            })}
            {plan.amount.map(|amount| view! {
                <dt>{move || text(what.amount_id())}</dt>
                <dd data-testid="review-amount"><bdi dir="ltr">{amount}</bdi></dd>
            })}
            {plan.epoch.map(|epoch| view! {
                <dt>{tr!("review-epoch")}</dt>
                <dd data-testid="review-epoch"><bdi dir="ltr">{epoch}</bdi></dd>
            })}
            <dt>{move || text(what.rows_ids().0)}</dt>
            <dd data-testid="review-count">{move || count_text(what, count)}</dd>
        </dl>
        <div class="table-scroll">
            <table class="review" data-testid="review-table">
                <thead><tr>
                    <th scope="col">{tr!("review-column-validator")}</th><th scope="col">{tr!("review-column-key-index")}</th>
                    <th scope="col">{move || pubkey_heading(pubkey_column)}</th><th scope="col">{tr!("review-column-check")}</th>
                </tr></thead>
                <tbody>
                    {plan.rows.into_iter().map(|row| {
                        let ok = row.problem.is_none();
                        let problem = row.problem.clone();
                        let validator_index = row.validator_index.clone();
                        let key_index = row.key_index;
                        view! {
                            <tr class:mismatch=!ok data-testid="review-row"
                                data-validator=row.validator_index.clone() data-key=row.key_index.map(|key| key.to_string())>
                                <td>{move || validator_index.clone().unwrap_or_else(|| what.unindexed_text())}</td>
                                <td>{move || key_index.map_or_else(|| text("review-row-keystore"), |key| key.to_string())}</td>
                                <td><HexValue value=row.pubkey label=tr!("review-pubkey-label")/></td>
                                <td data-code=row.problem.as_ref().map(|p| p.code.as_str())>
                                    {move || match &problem {
                                        None => "✓".to_owned(),
                                        Some(problem) => format!("✗ {}", core_text::error(problem)),
                                    }}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The review before signing; `confirmed` turns true once the staker has confirmed every
/// part and every validator can be signed for.
#[component]
pub fn SigningReview(
    plan: SigningPlan,
    confirmation: Confirmation,
    confirmed: RwSignal<bool>,
) -> impl IntoView {
    let signable = plan.signable();
    let address = plan.address;
    let typed = RwSignal::new(String::new());
    let ending_error = move || {
        let typed = typed.get();
        let address = address?;
        (!typed.is_empty())
            .then(|| fields::address_ending_confirmed(&address, &typed).err())
            .flatten()
    };
    // Each part to tick: its test id, and its label's message with the value it names.
    let chain_name = plan.chain.name.clone();
    let count = plan.rows.len() as u64;
    let rows_tick = plan.what.rows_ids().1;
    let ticks: Vec<(&'static str, TextProp)> = [
        Some((
            "confirm-chain",
            TextProp::from(move || {
                let mut args = Args::new();
                args.set("chain", chain_name.clone());
                text_with("review-tick-chain", &args)
            }),
        )),
        address.map(|_| {
            (
                "confirm-address",
                TextProp::from(tr!("review-tick-address")),
            )
        }),
        Some((
            "confirm-validators",
            TextProp::from(move || {
                let mut args = Args::new();
                args.set("count", count);
                text_with(rows_tick, &args)
            }),
        )),
        plan.amount.clone().map(|amount| {
            (
                "confirm-amount",
                TextProp::from(tr!("review-tick-amount", amount = amount.clone())),
            )
        }),
        plan.epoch.clone().map(|epoch| {
            (
                "confirm-epoch",
                TextProp::from(tr!("review-tick-epoch", epoch = epoch.clone())),
            )
        }),
    ]
    .into_iter()
    .flatten()
    .collect();
    let ticked = RwSignal::new(vec![false; ticks.len()]);
    Effect::new(move |_| {
        let ok = signable
            && match (confirmation, address) {
                (Confirmation::AddressEnding, Some(address)) => {
                    fields::address_ending_confirmed(&address, &typed.get()).is_ok()
                }
                _ => ticked.with(|ticked| ticked.iter().all(|t| *t)),
            };
        confirmed.set(ok);
    });
    let confirm_view = match (confirmation, address) {
        (Confirmation::AddressEnding, Some(_)) => view! {
            <label for="confirm-ending">{tr!("review-confirm-ending", count = ADDRESS_ENDING_CHARS as u64)}</label>
            <input id="confirm-ending" data-testid="confirm-ending" class="ending" autocomplete="off" spellcheck="false"
                maxlength="12" aria-describedby="confirm-ending-error"
                prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
            <p class="field-error" id="confirm-ending-error" role="alert" data-testid="confirm-ending-error"
                data-code=move || ending_error().map(|err| err.code.as_str())>
                {move || ending_error().map(|err| core_text::error(&err))}
            </p>
        }
        .into_any(),
        _ => view! {
            <fieldset class="ticks">
                <legend>{tr!("review-confirm-each")}</legend>
                {ticks.into_iter().enumerate().map(|(n, (id, label))| view! {
                    <label class="inline"><input type="checkbox" data-testid=id
                        prop:checked=move || ticked.with(|t| t[n])
                        on:change=move |ev| ticked.update(|t| t[n] = event_target_checked(&ev))/>
                        " "{move || label.get().to_string()}</label>
                }).collect_view()}
            </fieldset>
        }
        .into_any(),
    };
    let what = plan.what;
    let title_id = format!("review-{}", what.id());
    let labelled_by = title_id.clone();
    view! {
        <section class="signing-review" aria-labelledby=labelled_by data-testid="signing-review" data-what=what.id()>
            <h3 id=title_id tabindex="-1">{move || {
                let mut args = Args::new();
                args.set("what", what_text(what));
                text_with("review-title", &args)
            }}</h3>
            <PlanFacts plan=plan/>
            {if signable {
                confirm_view
            } else {
                view! {
                    <p class="job-error" role="alert" data-testid="review-blocked">
                        {tr!("review-blocked")}
                    </p>
                }
                .into_any()
            }}
        </section>
    }
}

/// The same facts, printed with the files: what was signed.
#[component]
pub fn SigningSummary(plan: SigningPlan) -> impl IntoView {
    let what = plan.what;
    view! {
        <section class="signing-summary" data-testid="signing-summary" aria-label=tr!("review-summary-label")>
            <h3>{move || {
                let mut args = Args::new();
                args.set("what", what_text(what));
                text_with("review-signed-title", &args)
            }}</h3>
            <PlanFacts plan=plan/>
        </section>
    }
}

/// The end of every signing page, below its form and the review job's progress: the review of
/// `plan` with its sign button until the signing has finished, the signing's progress, then
/// what was signed, the verified files and their next steps. A page adds its own facts with
/// `before_review` (notices to read first), `review_details` (under the review) and
/// `signed_details` (under the summary); `ready` is when signing may start (by default, once
/// the review is confirmed).
#[component]
pub fn SignAndFiles(
    #[prop(into)] plan: Signal<Option<SigningPlan>>,
    confirmation: Confirmation,
    confirmed: RwSignal<bool>,
    signing: JobRunner,
    #[prop(into)] on_sign: Callback<()>,
    sign_test_id: &'static str,
    /// The message id of the sign button's label.
    sign_label: &'static str,
    chain: ChainChoice,
    #[prop(optional, into)] ready: Option<Signal<bool>>,
    #[prop(optional)] with_qr: bool,
    #[prop(optional)] with_web3signer: bool,
    /// A key-budget batch's label, naming the "Download all" zip.
    #[prop(optional, into)]
    bundle_label: Option<Signal<Option<String>>>,
    #[prop(optional, into)] before_review: Option<ViewFn>,
    #[prop(optional, into)] review_details: Option<ViewFn>,
    #[prop(optional, into)] signed_details: Option<ViewFn>,
) -> impl IntoView {
    let ready = ready.unwrap_or_else(|| confirmed.into());
    view! {
        <Show when=move || !signing.is_finished()>
            {
                let before_review = before_review.clone();
                let review_details = review_details.clone();
                move || plan.get().map(|plan| view! {
                    {before_review.as_ref().map(ViewFn::run)}
                    <SigningReview plan=plan confirmation=confirmation confirmed=confirmed/>
                    {review_details.as_ref().map(ViewFn::run)}
                    <button type="button" data-testid=sign_test_id
                        prop:disabled=move || !ready.get() || signing.state.get().is_running()
                        on:click=move |_| on_sign.run(())>
                        {move || text(sign_label)}
                    </button>
                })
            }
        </Show>
        <JobProgress runner=signing/>
        {move || signing.response().map(|response| {
            let files = response.files();
            view! {
                {plan.get().map(|plan| view! { <SigningSummary plan=plan/> })}
                {signed_details.as_ref().map(ViewFn::run)}
                <FileList files=files.clone() with_qr=with_qr with_web3signer=with_web3signer
                    label=bundle_label.and_then(|label| label.get_untracked())/>
                {chain.resolve().ok().map(|chain| view! { <NextSteps files=files chain=chain/> })}
            }
        })}
    }
}

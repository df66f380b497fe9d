//! The signing review shown at every point of no return: the chain with its roots, the
//! destination address large and grouped for reading aloud, every validator with its index,
//! key index and pubkey, the amount and the epoch. The staker confirms (retyping the
//! address's last characters, or ticking each part) before the sign button is enabled, and
//! the same summary is printed above the files.

use leptos::prelude::*;
use withdrawal_wallet::fields::{self, ADDRESS_ENDING_CHARS};
use withdrawal_wallet::{Chain, ExecutionAddress, WalletError};

use crate::hex::HexValue;
use crate::text;

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

/// Exactly what a signature will cover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SigningPlan {
    /// "BLS-to-execution changes", "deposits", "voluntary exits".
    pub what: &'static str,
    pub chain: Chain,
    /// Where the funds go, when the message names an address.
    pub address: Option<ExecutionAddress>,
    /// Per validator, in the chain's currency (deposits).
    pub amount: Option<String>,
    /// From when an exit is valid.
    pub epoch: Option<String>,
    /// What the pubkey column holds: the signing key, or the withdrawal key.
    pub pubkey_label: &'static str,
    pub rows: Vec<ReviewRow>,
}

impl SigningPlan {
    /// Whether every validator can be signed for.
    pub fn signable(&self) -> bool {
        !self.rows.is_empty() && self.rows.iter().all(|row| row.problem.is_none())
    }
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
    view! {
        <dl class="plan" data-what=plan.what>
            <dt>"Chain"</dt>
            <dd data-testid="review-chain">{chain.name.clone()}</dd>
            <dt>"Genesis fork version"</dt>
            <dd><code>{format!("0x{}", hex::encode(chain.genesis_fork_version))}</code></dd>
            {root.map(|root| view! {
                <dt>"Genesis validators root"</dt>
                <dd><HexValue value=root label="genesis validators root" test_id="review-root"/></dd>
            })}
            {plan.address.map(|address| view! {
                <dt>"Destination address"</dt>
                <dd class="destination">
                    <HexValue value=address.to_checksummed() label="destination address" test_id="review-address" large=true/>
                </dd>
            })}
            {plan.amount.map(|amount| view! {
                <dt>"Amount per validator"</dt>
                <dd data-testid="review-amount">{amount}</dd>
            })}
            {plan.epoch.map(|epoch| view! {
                <dt>"Valid from epoch"</dt>
                <dd data-testid="review-epoch">{epoch}</dd>
            })}
            <dt>"Validators"</dt>
            <dd data-testid="review-count">{format!("{count} {}", plan.what)}</dd>
        </dl>
        <div class="table-scroll">
            <table class="review" data-testid="review-table">
                <thead><tr>
                    <th scope="col">"Validator"</th><th scope="col">"Key index"</th>
                    <th scope="col">{plan.pubkey_label}</th><th scope="col">"Check"</th>
                </tr></thead>
                <tbody>
                    {plan.rows.into_iter().map(|row| {
                        let ok = row.problem.is_none();
                        view! {
                            <tr class:mismatch=!ok data-testid="review-row"
                                data-validator=row.validator_index.clone() data-key=row.key_index.map(|key| key.to_string())>
                                <td>{row.validator_index.clone().unwrap_or_else(|| "new".to_owned())}</td>
                                <td>{row.key_index.map_or_else(|| "keystore".to_owned(), |key| key.to_string())}</td>
                                <td><HexValue value=row.pubkey label="pubkey"/></td>
                                <td data-code=row.problem.as_ref().map(|p| p.code.as_str())>
                                    {match &row.problem {
                                        None => "✓".to_owned(),
                                        Some(problem) => format!("✗ {}", text::error(problem)),
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
    let ticks: Vec<(&'static str, String)> = [
        Some(("confirm-chain", format!("The chain is {}", plan.chain.name))),
        address.map(|_| {
            (
                "confirm-address",
                "The destination address is mine, checked on a second device".to_owned(),
            )
        }),
        Some((
            "confirm-validators",
            format!("These are my validators ({})", plan.rows.len()),
        )),
        plan.amount
            .clone()
            .map(|amount| ("confirm-amount", format!("{amount} for each"))),
        plan.epoch
            .clone()
            .map(|epoch| ("confirm-epoch", format!("Valid from epoch {epoch}"))),
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
            <label for="confirm-ending">{format!("To confirm, type the last {ADDRESS_ENDING_CHARS} characters of the destination address")}</label>
            <input id="confirm-ending" data-testid="confirm-ending" class="ending" autocomplete="off" spellcheck="false"
                maxlength="12" aria-describedby="confirm-ending-error"
                prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
            <p class="field-error" id="confirm-ending-error" role="alert" data-testid="confirm-ending-error"
                data-code=move || ending_error().map(|err| err.code.as_str())>
                {move || ending_error().map(|err| text::error(&err))}
            </p>
        }
        .into_any(),
        _ => view! {
            <fieldset class="ticks">
                <legend>"Confirm each part"</legend>
                {ticks.into_iter().enumerate().map(|(n, (id, label))| view! {
                    <label class="inline"><input type="checkbox" data-testid=id
                        prop:checked=move || ticked.with(|t| t[n])
                        on:change=move |ev| ticked.update(|t| t[n] = event_target_checked(&ev))/>
                        " "{label}</label>
                }).collect_view()}
            </fieldset>
        }
        .into_any(),
    };
    let what = plan.what;
    let title_id = format!("review-{}", what.replace(' ', "-").to_lowercase());
    let labelled_by = title_id.clone();
    view! {
        <section class="signing-review" aria-labelledby=labelled_by data-testid="signing-review" data-what=what>
            <h3 id=title_id tabindex="-1">{format!("Review: what will be signed ({what})")}</h3>
            <PlanFacts plan=plan/>
            {if signable {
                confirm_view
            } else {
                view! {
                    <p class="job-error" role="alert" data-testid="review-blocked">
                        "Nothing can be signed until every validator above checks out."
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
    view! {
        <section class="signing-summary" data-testid="signing-summary" aria-label="What was signed">
            <h3>{format!("Signed: {}", plan.what)}</h3>
            <PlanFacts plan=plan/>
        </section>
    }
}

//! Execution-layer requests from the withdrawal address (EIP-7002, EIP-7251): full exits,
//! partial withdrawals, the switch from 0x01 to 0x02, and consolidations. Nothing here is
//! secret or signed: the page prepares each transaction for the withdrawal address's own
//! wallet. The staker gives the validators (the beacon chain's view of them: pasted, loaded,
//! or handed over by "Find my validators"), picks a request per validator, and types the
//! value to attach (the contract's fee, which the page never guesses). The core reviews the
//! batch (each request with what it does and whether the chain would act on it), the staker
//! ticks each part, and the same requests make the files, their EIP-681 URIs and QR codes.

use leptos::prelude::*;
use withdrawal_wallet::{
    parse_validator_import, Chain, ConsolidationRequestInput, CreateConsolidationRequests,
    CreateWithdrawalRequests, CredentialsView, ExecutionAction, ExecutionNotice,
    ExecutionRequestFiles, ExecutionRequestOutput, ExecutionRequestReview, ExecutionReview,
    FoundValidator, ImportedValidator, IndexInput, OutputFile, Request, Response, ValidatorInput,
    WalletError, WithdrawalAction, WithdrawalRequestInput,
};

use crate::hex::HexValue;
use crate::i18n::{text, text_with, Args};
use crate::jobs::{JobProgress, JobRunner, JobState};
use crate::pages::common::{field_error, ChainPicker, FileList};
use crate::pages::find_validators::import_input::{ImportInput, ImportSource};
use crate::qr::qr_svg;
use crate::session::Session;
use crate::text as core_text;
use crate::tr;
use crate::{Screen, ScreenSignal};

/// The imports this screen reads, named as their tools name them (never translated).
const BEACON_API_VALIDATORS: &str = "/eth/v1/beacon/states/head/validators?id=…";
const ETHDO_FILE: &str = "offline-preparation.json";
/// The execution node the example commands ask (the usual local JSON-RPC port).
const LOCAL_NODE: &str = "http://localhost:8545";

/// The two contracts a batch can go to, each with its own fee.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// EIP-7002: full exits and partial withdrawals.
    Withdrawal,
    /// EIP-7251: consolidations and the switch to 0x02.
    Consolidation,
}

impl Kind {
    /// The `data-kind` and the id stem of its fields (the same in every language).
    fn id(self) -> &'static str {
        match self {
            Kind::Withdrawal => "withdrawal",
            Kind::Consolidation => "consolidation",
        }
    }

    /// The contract's name in the review (tracked).
    fn contract_text(self) -> String {
        text(match self {
            Kind::Withdrawal => "exec-review-contract-withdrawal",
            Kind::Consolidation => "exec-review-contract-consolidation",
        })
    }
}

/// What the staker chose for one validator of the list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct RowChoice {
    action: Option<ExecutionAction>,
    /// A partial withdrawal's amount, as typed (in the chain's currency).
    amount: String,
    /// A consolidation's target: its position in the list.
    target: Option<usize>,
}

/// The choices of the action selects, with their `value` (the core's names) and message ids.
const ACTIONS: [(ExecutionAction, &str, &str); 4] = [
    (
        ExecutionAction::FullExit,
        "full_exit",
        "exec-action-full-exit",
    ),
    (
        ExecutionAction::PartialWithdrawal,
        "partial_withdrawal",
        "exec-action-partial",
    ),
    (
        ExecutionAction::SwitchToCompounding,
        "switch_to_compounding",
        "exec-action-switch",
    ),
    (
        ExecutionAction::ConsolidateSource,
        "consolidate_source",
        "exec-action-consolidate",
    ),
];

fn action_value(action: Option<ExecutionAction>) -> &'static str {
    ACTIONS
        .iter()
        .find(|(known, _, _)| Some(*known) == action)
        .map_or("", |(_, value, _)| value)
}

fn action_of(value: &str) -> Option<ExecutionAction> {
    ACTIONS
        .iter()
        .find(|(_, known, _)| *known == value)
        .map(|(action, _, _)| *action)
}

/// The requests the form makes now: one batch per contract, and which row each request of a
/// batch comes from (the core names a request by its place in its batch).
#[derive(Debug, Clone, Default, PartialEq)]
struct Built {
    withdrawals: Option<CreateWithdrawalRequests>,
    withdrawal_rows: Vec<usize>,
    consolidations: Option<CreateConsolidationRequests>,
    consolidation_rows: Vec<usize>,
    /// Consolidations whose target is not chosen yet (left out of the batch).
    without_target: Vec<usize>,
}

impl Built {
    fn rows(&self, kind: Kind) -> &[usize] {
        match kind {
            Kind::Withdrawal => &self.withdrawal_rows,
            Kind::Consolidation => &self.consolidation_rows,
        }
    }

    fn has(&self, kind: Kind) -> bool {
        match kind {
            Kind::Withdrawal => self.withdrawals.is_some(),
            Kind::Consolidation => self.consolidations.is_some(),
        }
    }

    fn review_request(&self, kind: Kind) -> Option<Request> {
        match kind {
            Kind::Withdrawal => self
                .withdrawals
                .clone()
                .map(Request::ReviewWithdrawalRequests),
            Kind::Consolidation => self
                .consolidations
                .clone()
                .map(Request::ReviewConsolidationRequests),
        }
    }

    fn create_request(&self, kind: Kind) -> Option<Request> {
        match kind {
            Kind::Withdrawal => self
                .withdrawals
                .clone()
                .map(Request::CreateWithdrawalRequests),
            Kind::Consolidation => self
                .consolidations
                .clone()
                .map(Request::CreateConsolidationRequests),
        }
    }
}

/// One batch's review, with the rows its requests come from.
#[derive(Debug, Clone, PartialEq)]
struct Reviewed {
    kind: Kind,
    review: ExecutionReview,
}

/// One batch's files.
#[derive(Debug, Clone, PartialEq)]
struct Made {
    kind: Kind,
    files: ExecutionRequestFiles,
    /// The review's requests, in the same order (for the amounts).
    review: Option<ExecutionReview>,
}

/// A validator as the import read it, as requests take it.
fn validator_input(validator: &ImportedValidator) -> ValidatorInput {
    let hex = |bytes: &[u8]| format!("0x{}", hex::encode(bytes));
    ValidatorInput {
        index: IndexInput::Text(validator.index.to_string()),
        pubkey: validator.pubkey.map(|pubkey| hex(&pubkey)),
        withdrawal_credentials: hex(&validator.withdrawal_credentials),
        status: validator.status.map(|status| status.as_str().to_owned()),
    }
}

/// Reads pasted or loaded text as an import (at most a file's 1 MiB: this screen wants the
/// staker's own validators, not the chain's whole list).
fn read_import(text: &str) -> Result<Vec<ValidatorInput>, WalletError> {
    withdrawal_wallet::check_file_size(text.len())
        .map_err(|err| WalletError::from(err).at("validators"))?;
    let import = parse_validator_import(text.as_bytes())
        .map_err(|err| WalletError::from(err).at("validators"))?;
    Ok(import.validators.iter().map(validator_input).collect())
}

fn index_text(validator: &ValidatorInput) -> String {
    match &validator.index {
        IndexInput::Number(number) => number.to_string(),
        IndexInput::Text(text) => text.clone(),
    }
}

/// The credentials' kind and address, when they are 32 bytes of hex.
fn credentials_of(validator: &ValidatorInput) -> Option<CredentialsView> {
    let digits = validator.withdrawal_credentials.strip_prefix("0x")?;
    let bytes: [u8; 32] = hex::decode(digits).ok()?.try_into().ok()?;
    Some(CredentialsView::of(&bytes))
}

/// A pubkey shortened for the form's table (the review shows it whole).
fn short_hex(value: &str) -> String {
    if value.len() > 14 {
        format!("{}…{}", &value[..10], &value[value.len() - 4..])
    } else {
        value.to_owned()
    }
}

/// Keeps the first of each value, in order (the addresses to send from).
fn unique(values: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    values.retain(|value| seen.insert(value.clone()));
}

/// The place in its batch of the request an error names (`requests[3].amount` → 3).
fn request_position(err: &WalletError) -> Option<usize> {
    let rest = err.field.as_deref()?.strip_prefix("requests[")?;
    rest.split_once(']')?.0.parse().ok()
}

/// Wei as coins, exactly: "1000000000000000" → "0.001".
fn wei_in_coins(wei: &str) -> Option<String> {
    let value: u128 = wei.parse().ok()?;
    let unit = 10u128.pow(18);
    let (whole, fraction) = (value / unit, value % unit);
    Some(if fraction == 0 {
        whole.to_string()
    } else {
        let digits = format!("{fraction:018}");
        format!("{whole}.{}", digits.trim_end_matches('0'))
    })
}

/// The chain's native coin, in which the value is paid (xDAI on Gnosis chains).
fn native_coin(chain: Option<&Chain>) -> &'static str {
    if chain.is_some_and(|chain| chain.deposit_multiplier > 1) {
        "xDAI"
    } else {
        "ETH"
    }
}

/// The command line that reads a contract's fee (Foundry's cast: a call with empty calldata).
fn fee_command(to: &str) -> String {
    format!("cast call {to} --rpc-url {LOCAL_NODE}")
}

/// What a request does, in words (tracked).
fn request_words(action: ExecutionAction, target: Option<&str>, amount: Option<&str>) -> String {
    let mut args = Args::new();
    let id = match action {
        ExecutionAction::FullExit => "exec-request-full-exit",
        ExecutionAction::PartialWithdrawal => {
            args.set("amount", amount.unwrap_or_default().to_owned());
            "exec-request-partial"
        }
        ExecutionAction::SwitchToCompounding => "exec-request-switch",
        ExecutionAction::ConsolidateSource | ExecutionAction::ConsolidateTarget => {
            args.set("target", target.unwrap_or_default().to_owned());
            "exec-request-consolidate"
        }
    };
    text_with(id, &args)
}

/// The notice's words, by its code (tracked).
fn notice_text(notice: ExecutionNotice) -> String {
    text(match notice {
        ExecutionNotice::FeeReadByEmptyCall => "exec-notice-fee_read_by_empty_call",
        ExecutionNotice::OverpaymentNotRefunded => "exec-notice-overpayment_not_refunded",
        ExecutionNotice::SendFromWithdrawalAddress => "exec-notice-send_from_withdrawal_address",
        ExecutionNotice::ChainChecksWhenProcessed => "exec-notice-chain_checks_when_processed",
        ExecutionNotice::ConsolidationExitsSource => "exec-notice-consolidation_exits_source",
    })
}

fn notice_code(notice: ExecutionNotice) -> &'static str {
    match notice {
        ExecutionNotice::FeeReadByEmptyCall => "fee_read_by_empty_call",
        ExecutionNotice::OverpaymentNotRefunded => "overpayment_not_refunded",
        ExecutionNotice::SendFromWithdrawalAddress => "send_from_withdrawal_address",
        ExecutionNotice::ChainChecksWhenProcessed => "chain_checks_when_processed",
        ExecutionNotice::ConsolidationExitsSource => "consolidation_exits_source",
    }
}

/// Why the review did not start, worded when shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FormProblem {
    NoAction,
}

/// A value shown as code with a Copy button (an EIP-681 URI, a JSON-RPC request): kept whole,
/// left to right, wrapping anywhere.
#[component]
fn CopyableCode(
    value: String,
    /// Message id of what the value is, for the Copy button's accessible name.
    label: &'static str,
    test_id: &'static str,
    #[prop(optional)] kind: Option<&'static str>,
) -> impl IntoView {
    let copied = RwSignal::new(false);
    let shown = value.clone();
    view! {
        <pre class="command"><code dir="ltr" data-testid=test_id data-kind=kind>{shown}</code></pre>
        <button type="button" class="secondary small copy" data-testid=format!("copy-{test_id}")
            aria-label=move || {
                let mut args = Args::new();
                args.set("label", text(label));
                text_with("hex-copy-label", &args)
            }
            on:click=move |_| {
                crate::hex::copy(&value);
                copied.set(true);
            }>
            {move || if copied.get() { text("hex-copied") } else { text("hex-copy") }}
        </button>
    }
}

#[component]
pub fn ExecutionRequests() -> impl IntoView {
    let session = expect_context::<Session>();
    let chain = session.chain;
    // Validators handed over by "Find my validators", taken once.
    let preset = session.execution_validators.get_untracked();
    session.execution_validators.set(None);
    let from_find = preset.as_ref().map(|list| list.len() as u64);
    let source = ImportSource::new();
    let validators = RwSignal::new(preset.clone().unwrap_or_default());
    let choices = RwSignal::new(vec![
        RowChoice::default();
        preset.as_ref().map_or(0, Vec::len)
    ]);
    let import_error = RwSignal::new(None::<WalletError>);
    let withdrawal_value = RwSignal::new(String::new());
    let consolidation_value = RwSignal::new(String::new());
    let allow_other_target = RwSignal::new(false);
    let form_problem = RwSignal::new(None::<FormProblem>);
    // Set by the first Review: rows then say what they still lack.
    let tried = RwSignal::new(false);
    let review_w = JobRunner::new();
    let review_c = JobRunner::new();
    let create_w = JobRunner::new();
    let create_c = JobRunner::new();
    let confirmed = RwSignal::new(false);
    let runners = move |kind: Kind| match kind {
        Kind::Withdrawal => (review_w, create_w),
        Kind::Consolidation => (review_c, create_c),
    };

    let load = move |list: Vec<ValidatorInput>| {
        choices.set(vec![RowChoice::default(); list.len()]);
        validators.set(list);
    };
    // The import as given: a chosen file, or else the pasted text. Another file or text
    // replaces the list (and every choice made for it); a file still being read when the
    // staker changes the import is ignored.
    let generation = StoredValue::new(0u32);
    Effect::new(move |previous: Option<(u32, String)>| {
        let now = (source.choice(), source.pasted.get());
        if previous.is_none() {
            return now;
        }
        generation.update_value(|n| *n += 1);
        let this = generation.get_value();
        match source.file() {
            Some(file) => {
                if let Err(err) = withdrawal_wallet::check_file_size(file.size() as usize) {
                    import_error.set(Some(WalletError::from(err).at("validators")));
                    load(Vec::new());
                    return now;
                }
                wasm_bindgen_futures::spawn_local(async move {
                    let read = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
                    if generation.get_value() != this {
                        return;
                    }
                    let parsed = match read {
                        Ok(buffer) => {
                            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                            withdrawal_wallet::text_from_bytes(bytes)
                                .map_err(|err| WalletError::from(err).at("validators"))
                                .and_then(|text| read_import(&text))
                        }
                        Err(_) => Err(WalletError::internal(untrack(|| text("files-read-failed")))),
                    };
                    match parsed {
                        Ok(list) => {
                            import_error.set(None);
                            load(list);
                        }
                        Err(err) => {
                            import_error.set(Some(err));
                            load(Vec::new());
                        }
                    }
                });
            }
            None if now.1.trim().is_empty() => {
                import_error.set(None);
                load(Vec::new());
            }
            None => match read_import(&now.1) {
                Ok(list) => {
                    import_error.set(None);
                    load(list);
                }
                Err(err) => {
                    import_error.set(Some(err));
                    load(Vec::new());
                }
            },
        }
        now
    });

    // What the form asks for now (tracked): any change drops the reviews and the files.
    let built = Memo::new(move |_| {
        let list = validators.get();
        let rows = choices.get();
        let mut built = Built::default();
        let mut withdrawals = Vec::new();
        let mut consolidations = Vec::new();
        for (row, (validator, choice)) in list.iter().zip(&rows).enumerate() {
            match choice.action {
                None => {}
                Some(ExecutionAction::FullExit) => {
                    withdrawals.push(WithdrawalRequestInput {
                        validator: validator.clone(),
                        action: WithdrawalAction::FullExit,
                        amount: None,
                    });
                    built.withdrawal_rows.push(row);
                }
                Some(ExecutionAction::PartialWithdrawal) => {
                    let amount = choice.amount.trim();
                    withdrawals.push(WithdrawalRequestInput {
                        validator: validator.clone(),
                        action: WithdrawalAction::PartialWithdrawal,
                        amount: (!amount.is_empty()).then(|| amount.to_owned()),
                    });
                    built.withdrawal_rows.push(row);
                }
                Some(ExecutionAction::SwitchToCompounding) => {
                    consolidations.push(ConsolidationRequestInput {
                        source: validator.clone(),
                        target: None,
                    });
                    built.consolidation_rows.push(row);
                }
                Some(ExecutionAction::ConsolidateSource | ExecutionAction::ConsolidateTarget) => {
                    match choice.target.and_then(|target| list.get(target)) {
                        Some(target) => {
                            consolidations.push(ConsolidationRequestInput {
                                source: validator.clone(),
                                target: Some(target.clone()),
                            });
                            built.consolidation_rows.push(row);
                        }
                        None => built.without_target.push(row),
                    }
                }
            }
        }
        let chain_input = chain.input();
        built.withdrawals = (!withdrawals.is_empty()).then(|| CreateWithdrawalRequests {
            chain: chain_input.clone(),
            requests: withdrawals,
            value: withdrawal_value.get(),
            timestamp: None,
        });
        built.consolidations = (!consolidations.is_empty()).then(|| CreateConsolidationRequests {
            chain: chain_input,
            requests: consolidations,
            value: consolidation_value.get(),
            allow_other_target_address: allow_other_target.get(),
            timestamp: None,
        });
        built
    });
    for kind in [Kind::Withdrawal, Kind::Consolidation] {
        let (review, create) = runners(kind);
        review.follow(move || built.with(|built| built.review_request(kind)));
        create.follow(move || built.with(|built| built.create_request(kind)));
    }

    // Each batch the form makes, reviewed; none until every batch is.
    let reviews = Memo::new(move |_| -> Option<Vec<Reviewed>> {
        let mut out = Vec::new();
        for kind in [Kind::Withdrawal, Kind::Consolidation] {
            if !built.with(|built| built.has(kind)) {
                continue;
            }
            match runners(kind).0.response() {
                Some(Response::ExecutionReview(review)) => out.push(Reviewed { kind, review }),
                _ => return None,
            }
        }
        (!out.is_empty()).then_some(out)
    });
    let made = Memo::new(move |_| -> Option<Vec<Made>> {
        let mut out = Vec::new();
        for kind in [Kind::Withdrawal, Kind::Consolidation] {
            if !built.with(|built| built.has(kind)) {
                continue;
            }
            match runners(kind).1.response() {
                Some(Response::ExecutionRequests(files)) => out.push(Made {
                    kind,
                    files,
                    review: match runners(kind).0.response() {
                        Some(Response::ExecutionReview(review)) => Some(review),
                        _ => None,
                    },
                }),
                _ => return None,
            }
        }
        (!out.is_empty()).then_some(out)
    });
    Effect::new(move |_| {
        if reviews.with(Option::is_none) {
            confirmed.set(false);
        }
    });

    // The core's refusals, placed where they belong: a request's at its row, the value's at
    // its field, the rest under the form.
    let failures = move || -> Vec<(Kind, WalletError)> {
        let mut out = Vec::new();
        for kind in [Kind::Withdrawal, Kind::Consolidation] {
            let (review, create) = runners(kind);
            for runner in [review, create] {
                if let JobState::Failed(err) = runner.state.get() {
                    out.push((kind, err));
                }
            }
        }
        out
    };
    let row_problems = Memo::new(move |_| {
        let mut out: Vec<Option<WalletError>> = vec![None; validators.with(Vec::len)];
        let built = built.get();
        for (kind, err) in failures() {
            if let Some(&row) = request_position(&err).and_then(|n| built.rows(kind).get(n)) {
                if let Some(slot) = out.get_mut(row) {
                    *slot = Some(err);
                }
            }
        }
        for kind in [Kind::Withdrawal, Kind::Consolidation] {
            if let Some(Response::ExecutionReview(review)) = runners(kind).0.response() {
                for (n, request) in review.requests.iter().enumerate() {
                    let (Some(problem), Some(&row)) = (&request.problem, built.rows(kind).get(n))
                    else {
                        continue;
                    };
                    if let Some(slot) = out.get_mut(row) {
                        slot.get_or_insert_with(|| problem.clone());
                    }
                }
            }
        }
        out
    });
    let value_error = move |kind: Kind| {
        move || {
            failures()
                .into_iter()
                .find(|(failed, err)| *failed == kind && err.field.as_deref() == Some("value"))
                .map(|(_, err)| err)
        }
    };
    let other_error = move || {
        failures()
            .into_iter()
            .map(|(_, err)| err)
            .find(|err| err.field.as_deref() != Some("value") && request_position(err).is_none())
    };
    // Whether any row asks for a request of `kind` (a consolidation still without its target
    // included): its value field shows.
    let needs = move |kind: Kind| {
        choices.with(|rows| {
            rows.iter().any(|row| match row.action {
                Some(ExecutionAction::FullExit | ExecutionAction::PartialWithdrawal) => {
                    kind == Kind::Withdrawal
                }
                Some(_) => kind == Kind::Consolidation,
                None => false,
            })
        })
    };
    let needs_target = move || {
        validators.with(|list| list.len() > 1)
            && choices.with(|rows| {
                rows.iter()
                    .any(|row| row.action == Some(ExecutionAction::ConsolidateSource))
            })
    };
    let resolved = move || chain.resolve().ok();
    let contract = move |kind: Kind| {
        let layer = resolved()?.execution_layer().ok()?;
        Some(
            match kind {
                Kind::Withdrawal => layer.withdrawal_request_predeploy,
                Kind::Consolidation => layer.consolidation_request_predeploy,
            }
            .to_checksummed(),
        )
    };

    let start_review = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        form_problem.set(None);
        tried.set(true);
        // The picker shows why a chain is missing.
        if chain.spec().is_err() {
            return;
        }
        let built = built.get_untracked();
        if !built.without_target.is_empty() {
            return;
        }
        if built.withdrawals.is_none() && built.consolidations.is_none() {
            form_problem.set(Some(FormProblem::NoAction));
            return;
        }
        for kind in [Kind::Withdrawal, Kind::Consolidation] {
            let (review, create) = runners(kind);
            create.reset();
            review.reset();
            if let Some(request) = built.review_request(kind) {
                review.start(request);
            }
        }
    };
    let create = move |_| {
        if !confirmed.get_untracked() || reviews.with_untracked(Option::is_none) {
            return;
        }
        let built = built.get_untracked();
        for kind in [Kind::Withdrawal, Kind::Consolidation] {
            if let Some(request) = built.create_request(kind) {
                runners(kind).1.start(request);
            }
        }
    };
    let busy = move || {
        [review_w, review_c, create_w, create_c]
            .iter()
            .any(|runner| runner.state.get().is_running())
    };
    let running = move |runner: JobRunner| {
        move || {
            runner
                .state
                .get()
                .is_running()
                .then(|| view! { <JobProgress runner=runner/> })
        }
    };

    // One row per validator: what it is, and the request chosen for it.
    let rows_view = move || {
        let list = validators.get();
        let targets: Vec<(usize, String)> = list
            .iter()
            .enumerate()
            .map(|(n, validator)| (n, index_text(validator)))
            .collect();
        list.into_iter()
            .enumerate()
            .map(|(row, validator)| {
                let index = index_text(&validator);
                let pubkey = validator.pubkey.clone().unwrap_or_default();
                let credentials = credentials_of(&validator);
                let prefix = credentials.as_ref().map(|view| view.prefix.clone());
                let address = credentials.and_then(|view| view.address);
                let status = validator.status.clone().unwrap_or_else(|| "—".to_owned());
                let choice = move || choices.with(|rows| rows.get(row).cloned().unwrap_or_default());
                let set = move |change: &dyn Fn(&mut RowChoice)| {
                    choices.update(|rows| {
                        if let Some(choice) = rows.get_mut(row) {
                            change(choice);
                        }
                    });
                };
                let label_index = index.clone();
                let action_label = move || {
                    let mut args = Args::new();
                    args.set("validator", label_index.clone());
                    text_with("exec-action-label", &args)
                };
                let amount_index = index.clone();
                let amount_label = move || {
                    let mut args = Args::new();
                    args.set("validator", amount_index.clone());
                    args.set("currency", resolved().map_or("ETH", |chain| chain.currency()));
                    text_with("exec-amount-label", &args)
                };
                let target_index = index.clone();
                let target_label = move || {
                    let mut args = Args::new();
                    args.set("validator", target_index.clone());
                    text_with("exec-target-label", &args)
                };
                let others: Vec<(usize, String)> =
                    targets.iter().filter(|(n, _)| *n != row).cloned().collect();
                let problem = move || row_problems.with(|all| all.get(row).cloned().flatten());
                let error_index = index.clone();
                let lacks_target = move || {
                    tried.get()
                        && choice().action == Some(ExecutionAction::ConsolidateSource)
                        && choice().target.is_none()
                };
                view! {
                    <tr data-testid="request-row" data-validator=index.clone() data-row=row.to_string()>
                        <td>{index.clone()}<br/><code dir="ltr" title=pubkey.clone()>{short_hex(&pubkey)}</code></td>
                        <td class="request-choice">
                            <select data-testid="row-action" aria-label=action_label
                                prop:value=move || action_value(choice().action)
                                on:change=move |ev| {
                                    let action = action_of(&event_target_value(&ev));
                                    set(&|choice| choice.action = action);
                                }>
                                <option value="">{tr!("exec-action-none")}</option>
                                {ACTIONS.map(|(_, value, label)| view! {
                                    <option value=value>{move || text(label)}</option>
                                }).into_iter().collect_view()}
                            </select>
                            <Show when=move || choice().action == Some(ExecutionAction::PartialWithdrawal)>
                                <input data-testid="row-amount" inputmode="decimal" autocomplete="off" spellcheck="false"
                                    aria-label=amount_label.clone()
                                    prop:value=move || choice().amount
                                    on:input=move |ev| {
                                        let amount = event_target_value(&ev);
                                        set(&|choice| choice.amount = amount.clone());
                                    }/>
                            </Show>
                            <Show when=move || choice().action == Some(ExecutionAction::ConsolidateSource)>
                                {
                                    let others = others.clone();
                                    let target_label = target_label.clone();
                                    view! {
                                        <select data-testid="row-target" aria-label=target_label
                                            prop:value=move || choice().target.map(|n| n.to_string()).unwrap_or_default()
                                            on:change=move |ev| {
                                                let target = event_target_value(&ev).parse().ok();
                                                set(&|choice| choice.target = target);
                                            }>
                                            <option value="">{tr!("exec-target-choose")}</option>
                                            {others.iter().map(|(n, other)| view! {
                                                <option value=n.to_string()>{other.clone()}</option>
                                            }).collect_view()}
                                        </select>
                                    }
                                }
                            </Show>
                        </td>
                        <td>
                            <code dir="ltr" data-testid="row-prefix">{prefix.unwrap_or_default()}</code><br/>
                            <code dir="ltr">{address.unwrap_or_default()}</code>
                        </td>
                        <td><bdi dir="ltr">{status}</bdi></td>
                    </tr>
                    // The core's refusal of this validator's request, or what it still lacks,
                    // on a line of its own under the row.
                    <Show when=move || problem().is_some() || lacks_target()>
                        <tr class="mismatch" data-testid="request-row-problem">
                            <td colspan="4">
                                <p class="field-error" role="alert" data-testid="row-error" data-validator=error_index.clone()
                                    data-code=move || problem().map(|err| err.code.as_str())>
                                    {move || match problem() {
                                        Some(err) => Some(core_text::error(&err)),
                                        None => lacks_target().then(|| text("exec-error-no-target")),
                                    }}
                                </p>
                            </td>
                        </tr>
                    </Show>
                }
            })
            .collect_view()
    };

    let value_field = move |kind: Kind| {
        let id = match kind {
            Kind::Withdrawal => "withdrawal-value",
            Kind::Consolidation => "consolidation-value",
        };
        let value = match kind {
            Kind::Withdrawal => withdrawal_value,
            Kind::Consolidation => consolidation_value,
        };
        let label = match kind {
            Kind::Withdrawal => "exec-value-withdrawal-label",
            Kind::Consolidation => "exec-value-consolidation-label",
        };
        view! {
            <Show when=move || needs(kind)>
                <label for=id>{move || text(label)}</label>
                <input id=id data-testid=id inputmode="numeric" autocomplete="off" spellcheck="false"
                    aria-describedby=format!("{id}-error")
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
                {field_error(id, value_error(kind))}
                {move || contract(kind).map(|to| {
                    let command = fee_command(&to);
                    view! {
                        <p class="hint">{tr!("exec-fee-contract")}" "<code dir="ltr" data-testid="fee-contract" data-kind=kind.id()>{to}</code></p>
                        <p class="hint">{tr!("exec-fee-command")}</p>
                        <pre class="command"><code dir="ltr">{command}</code></pre>
                    }
                })}
            </Show>
        }
    };

    view! {
        <section class="card exec-screen" aria-labelledby="exec-title">
            <h2 id="exec-title" tabindex="-1">{tr!("exec-title")}</h2>
            <p class="hint">{tr!("exec-intro")}</p>
            <p class="notice">{tr!("exec-no-secret")}</p>
            <form on:submit=start_review>
                <ChainPicker/>
                <fieldset class="source">
                    <legend>{tr!("exec-validators-legend")}</legend>
                    <p class="hint">{tr!("exec-validators-hint")}</p>
                    <ul class="hint">
                        <li>{tr!("find-hint-beacon-api")}" "<code dir="ltr">{BEACON_API_VALIDATORS}</code></li>
                        <li>{tr!("find-hint-ethdo")}" "<code dir="ltr">{ETHDO_FILE}</code></li>
                    </ul>
                    {from_find.map(|count| view! {
                        <p class="notice" data-testid="from-find">{tr!("exec-validators-from-find", count = count)}</p>
                    })}
                    <ImportInput source=source/>
                    <p class="field-error" id="validators-error" data-testid="validators-error" role="alert"
                        data-code=move || import_error.get().map(|err| err.code.as_str())>
                        {move || import_error.get().map(|err| core_text::error(&err))}
                    </p>
                    <p class="hint" data-testid="validators-count">
                        {tr!("exec-validators-count", count = validators.with(Vec::len) as u64)}
                    </p>
                </fieldset>
                <Show when=move || validators.with(|list| !list.is_empty())>
                    <section class="requests" aria-labelledby="exec-requests-legend">
                        <h3 id="exec-requests-legend">{tr!("exec-requests-legend")}</h3>
                        <p class="hint">{tr!("exec-requests-hint")}</p>
                        <label for="action-all">{tr!("exec-action-all-label")}</label>
                        <select id="action-all" data-testid="action-all"
                            on:change=move |ev| {
                                let action = action_of(&event_target_value(&ev));
                                choices.update(|rows| rows.iter_mut().for_each(|row| row.action = action));
                            }>
                            <option value="">{tr!("exec-action-none")}</option>
                            {ACTIONS.map(|(_, value, label)| view! {
                                <option value=value>{move || text(label)}</option>
                            }).into_iter().collect_view()}
                        </select>
                        <div class="table-scroll">
                            <table class="review" data-testid="requests-table">
                                <thead><tr>
                                    <th scope="col">{tr!("find-column-validator")}</th>
                                    <th scope="col">{tr!("exec-column-request")}</th>
                                    <th scope="col">{tr!("find-column-credentials")}</th>
                                    <th scope="col">{tr!("find-column-status")}</th>
                                </tr></thead>
                                <tbody>{rows_view}</tbody>
                            </table>
                        </div>
                        <Show when=needs_target>
                            <label class="inline">
                                <input type="checkbox" data-testid="allow-other-target" prop:checked=move || allow_other_target.get()
                                    on:change=move |ev| allow_other_target.set(event_target_checked(&ev))/>
                                " "{tr!("exec-allow-other-target")}
                            </label>
                        </Show>
                    </section>
                </Show>
                <Show when=move || needs(Kind::Withdrawal) || needs(Kind::Consolidation)>
                    <fieldset class="value">
                        <legend>{tr!("exec-value-legend")}</legend>
                        <p class="hint" data-testid="fee-notice">{move || notice_text(ExecutionNotice::FeeReadByEmptyCall)}</p>
                        <p class="hint" data-testid="fee-notice">{move || notice_text(ExecutionNotice::OverpaymentNotRefunded)}</p>
                        {value_field(Kind::Withdrawal)}
                        {value_field(Kind::Consolidation)}
                    </fieldset>
                </Show>
                <button type="submit" class="secondary" data-testid="review" prop:disabled=busy>
                    {tr!("exec-review")}
                </button>
                <p class="field-error" role="alert" data-testid="execution-error"
                    data-code=move || other_error().map(|err| err.code.as_str())>
                    {move || match (form_problem.get(), other_error()) {
                        (Some(FormProblem::NoAction), _) => Some(text("exec-error-no-action")),
                        (None, Some(err)) => Some(core_text::error(&err)),
                        (None, None) => None,
                    }}
                </p>
            </form>
            {running(review_w)}
            {running(review_c)}
            <Show when=move || made.with(Option::is_none)>
                {move || reviews.get().map(|reviews| view! {
                    <RequestsReview reviews=reviews coin=native_coin(resolved().as_ref()) confirmed=confirmed/>
                    <button type="button" data-testid="create-requests"
                        prop:disabled=move || !confirmed.get() || busy()
                        on:click=create>
                        {tr!("exec-create")}
                    </button>
                })}
            </Show>
            {running(create_w)}
            {running(create_c)}
            {move || made.get().map(|made| {
                let coin = native_coin(resolved().as_ref());
                view! { <Outputs made=made coin=coin/> }
            })}
        </section>
    }
}

/// The batches' facts: the chain and its ID, each contract with the value attached, and the
/// addresses to send from. Shared by the review and the summary above the files.
#[component]
fn ReviewFacts(reviews: Vec<Reviewed>, coin: &'static str) -> impl IntoView {
    let first = reviews.first().map(|reviewed| reviewed.review.clone());
    let chain_name = first
        .as_ref()
        .map(|review| review.chain.clone())
        .unwrap_or_default();
    let chain_id = first.map(|review| review.chain_id).unwrap_or_default();
    let mut froms: Vec<String> = reviews
        .iter()
        .flat_map(|reviewed| reviewed.review.requests.iter())
        .filter_map(|request| request.from.clone())
        .collect();
    unique(&mut froms);
    let count: u64 = reviews
        .iter()
        .map(|reviewed| reviewed.review.requests.len() as u64)
        .sum();
    view! {
        <dl class="plan">
            <dt>{tr!("review-chain")}</dt>
            <dd data-testid="review-chain"><bdi dir="ltr">{chain_name}</bdi></dd>
            <dt>{tr!("exec-review-chain-id")}</dt>
            <dd><code dir="ltr" data-testid="review-chain-id">{chain_id}</code></dd>
            {reviews.iter().map(|reviewed| {
                let kind = reviewed.kind;
                let to = reviewed.review.to.clone();
                let wei = reviewed.review.value.clone();
                let coins = wei_in_coins(&wei).unwrap_or_default();
                let shown = wei.clone();
                view! {
                    <dt>{move || kind.contract_text()}</dt>
                    <dd><HexValue value=to label=move || kind.contract_text() test_id="review-contract"/></dd>
                    <dt>{tr!("exec-review-value")}</dt>
                    <dd data-testid="review-value" data-kind=kind.id() data-value=wei.clone()>
                        <bdi dir="ltr">{tr!("exec-review-value-amount", wei = shown.clone(), coins = coins.clone(), coin = coin)}</bdi>
                    </dd>
                }
            }).collect_view()}
            <dt>{tr!("exec-review-from")}</dt>
            <dd class="destination">
                {froms.into_iter().map(|from| view! {
                    <HexValue value=from label=tr!("exec-review-from") test_id="review-from" large=true/>
                }).collect_view()}
            </dd>
            <dt>{tr!("review-validators")}</dt>
            <dd data-testid="review-count">{tr!("exec-review-count", count = count)}</dd>
        </dl>
        <div class="table-scroll">
            <table class="review" data-testid="review-table">
                <thead><tr>
                    <th scope="col">{tr!("review-column-validator")}</th>
                    <th scope="col">{tr!("exec-column-pubkey")}</th>
                    <th scope="col">{tr!("exec-column-request")}</th>
                    <th scope="col">{tr!("exec-review-from")}</th>
                    <th scope="col">{tr!("review-column-check")}</th>
                </tr></thead>
                <tbody>
                    {reviews.into_iter().flat_map(|reviewed| {
                        let kind = reviewed.kind;
                        reviewed.review.requests.into_iter().map(move |request| review_row(kind, request))
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// One request of the review table.
fn review_row(kind: Kind, request: ExecutionRequestReview) -> impl IntoView {
    let ExecutionRequestReview {
        action,
        validator,
        target,
        amount,
        amount_gwei,
        from,
        problem,
    } = request;
    let target_index = target.as_ref().map(|target| target.index.clone());
    let words = {
        let (target, amount) = (target_index.clone(), amount.clone());
        move || request_words(action, target.as_deref(), amount.as_deref())
    };
    let code = problem.as_ref().map(|problem| problem.code.as_str());
    let refused = problem.is_some();
    view! {
        <tr class:mismatch=refused data-testid="review-row" data-kind=kind.id()
            data-validator=validator.index.clone() data-target=target_index.clone()
            data-action=action_value(Some(action)) data-amount-gwei=amount_gwei>
            <td>{validator.index.clone()}</td>
            <td><HexValue value=validator.pubkey.clone() label=tr!("review-pubkey-label")/></td>
            <td>{words}</td>
            <td>{from.map(|from| view! { <code dir="ltr" data-testid="review-row-from">{from}</code> })}</td>
            <td data-code=code>
                {move || match &problem {
                    None => "✓".to_owned(),
                    Some(problem) => format!("✗ {}", core_text::error(problem)),
                }}
            </td>
        </tr>
    }
}

/// The review before the files are made: the facts, every request, and a tick for each part;
/// `confirmed` turns true once every part is ticked and every request can be made.
#[component]
fn RequestsReview(
    reviews: Vec<Reviewed>,
    coin: &'static str,
    confirmed: RwSignal<bool>,
) -> impl IntoView {
    let makeable = reviews.iter().all(|reviewed| {
        reviewed
            .review
            .requests
            .iter()
            .all(|request| request.problem.is_none())
    });
    // Each part to tick: its test id, the value it names (data-value), and its label.
    let mut ticks: Vec<(&'static str, String, TextProp)> = Vec::new();
    if let Some(first) = reviews.first() {
        let (chain, chain_id) = (first.review.chain.clone(), first.review.chain_id.clone());
        ticks.push((
            "confirm-chain",
            chain.clone(),
            TextProp::from(move || {
                let mut args = Args::new();
                args.set("chain", chain.clone());
                args.set("chain_id", chain_id.clone());
                text_with("exec-tick-chain", &args)
            }),
        ));
    }
    for reviewed in &reviews {
        let kind = reviewed.kind;
        let wei = reviewed.review.value.clone();
        let label_wei = wei.clone();
        ticks.push((
            "confirm-value",
            kind.id().to_owned(),
            TextProp::from(move || {
                let mut args = Args::new();
                args.set("wei", label_wei.clone());
                args.set("contract", kind.contract_text());
                text_with("exec-tick-value", &args)
            }),
        ));
    }
    let mut froms: Vec<String> = reviews
        .iter()
        .flat_map(|reviewed| reviewed.review.requests.iter())
        .filter_map(|request| request.from.clone())
        .collect();
    unique(&mut froms);
    for from in froms {
        let address = from.clone();
        ticks.push((
            "confirm-from",
            from,
            TextProp::from(move || {
                let mut args = Args::new();
                args.set("address", address.clone());
                text_with("exec-tick-from", &args)
            }),
        ));
    }
    for reviewed in &reviews {
        for request in &reviewed.review.requests {
            let index = request.validator.index.clone();
            let action = request.action;
            let target = request.target.as_ref().map(|target| target.index.clone());
            let amount = request.amount.clone();
            let label_index = index.clone();
            ticks.push((
                "confirm-request",
                index,
                TextProp::from(move || {
                    let mut args = Args::new();
                    args.set("validator", label_index.clone());
                    args.set(
                        "request",
                        request_words(action, target.as_deref(), amount.as_deref()),
                    );
                    text_with("exec-tick-request", &args)
                }),
            ));
        }
    }
    let ticked = RwSignal::new(vec![false; ticks.len()]);
    Effect::new(move |_| {
        confirmed.set(makeable && ticked.with(|ticked| ticked.iter().all(|t| *t)));
    });
    view! {
        <section class="signing-review" aria-labelledby="exec-review-title" data-testid="execution-review">
            <h3 id="exec-review-title" tabindex="-1">{tr!("exec-review-title")}</h3>
            <ReviewFacts reviews=reviews coin=coin/>
            {if makeable {
                view! {
                    <fieldset class="ticks">
                        <legend>{tr!("review-confirm-each")}</legend>
                        {ticks.into_iter().enumerate().map(|(n, (id, value, label))| view! {
                            <label class="inline"><input type="checkbox" data-testid=id data-value=value
                                prop:checked=move || ticked.with(|t| t[n])
                                on:change=move |ev| ticked.update(|t| t[n] = event_target_checked(&ev))/>
                                " "{move || label.get().to_string()}</label>
                        }).collect_view()}
                    </fieldset>
                }
                .into_any()
            } else {
                view! {
                    <p class="job-error" role="alert" data-testid="review-blocked">{tr!("exec-review-blocked")}</p>
                }
                .into_any()
            }}
        </section>
    }
}

/// The files, each request's URI and QR code, the notices, how to read the fee, and what to
/// do next.
#[component]
fn Outputs(made: Vec<Made>, coin: &'static str) -> impl IntoView {
    let files: Vec<OutputFile> = made.iter().flat_map(|made| made.files.files()).collect();
    let reviews: Vec<Reviewed> = made
        .iter()
        .filter_map(|made| {
            made.review.clone().map(|review| Reviewed {
                kind: made.kind,
                review,
            })
        })
        .collect();
    let mut notices: Vec<ExecutionNotice> = Vec::new();
    for notice in made.iter().flat_map(|made| made.files.notices.iter()) {
        if !notices.contains(notice) {
            notices.push(*notice);
        }
    }
    let mut froms: Vec<String> = made
        .iter()
        .flat_map(|made| {
            made.files
                .requests
                .iter()
                .map(|request| request.from.clone())
        })
        .collect();
    unique(&mut froms);
    let fee_queries: Vec<(Kind, String, String)> = made
        .iter()
        .map(|made| {
            let query = made.files.fee_query.json_rpc.clone();
            let curl = format!(
                "curl -s -X POST -H \"Content-Type: application/json\" --data '{query}' {LOCAL_NODE}"
            );
            (made.kind, query, curl)
        })
        .collect();
    let requests: Vec<(ExecutionRequestOutput, Option<String>)> = made
        .iter()
        .flat_map(|made| {
            made.files.requests.iter().enumerate().map(|(n, output)| {
                let amount = made
                    .review
                    .as_ref()
                    .and_then(|review| review.requests.get(n))
                    .and_then(|request| request.amount.clone());
                (output.clone(), amount)
            })
        })
        .collect();
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            // Printing refused (a headless browser) leaves the steps on screen.
            let _ = window.print();
        }
    };
    view! {
        <section class="signing-summary" data-testid="execution-summary" aria-label=tr!("exec-summary-title")>
            <h3>{tr!("exec-summary-title")}</h3>
            <ReviewFacts reviews=reviews coin=coin/>
        </section>
        <FileList files=files/>
        <section class="execution-requests" aria-labelledby="exec-requests-title">
            <h3 id="exec-requests-title">{tr!("exec-requests-title")}</h3>
            {requests.into_iter().map(|(output, amount)| view! { <RequestOutput output=output amount=amount/> }).collect_view()}
        </section>
        <section class="notices" data-testid="execution-notices" aria-labelledby="exec-notices-title">
            <h3 id="exec-notices-title">{tr!("exec-notices-title")}</h3>
            <ul>
                {notices.into_iter().map(|notice| view! {
                    <li class="warning" data-testid="execution-notice" data-code=notice_code(notice)>{move || notice_text(notice)}</li>
                }).collect_view()}
            </ul>
        </section>
        <section class="next-steps" aria-labelledby="next-title" data-testid="next-steps">
            <h3 id="next-title">{tr!("next-steps-title")}</h3>
            <section class="next" data-testid="next-execution-requests">
                <h4>{tr!("exec-next-title")}</h4>
                <ol>
                    <li>
                        {tr!("exec-next-fee")}
                        {fee_queries.into_iter().map(|(kind, query, curl)| view! {
                            <p>{move || kind.contract_text()}</p>
                            <CopyableCode value=query label="exec-fee-query-name" test_id="fee-query" kind=kind.id()/>
                            <pre class="command"><code dir="ltr">{curl}</code></pre>
                        }).collect_view()}
                        {tr!("exec-next-fee-result")}
                    </li>
                    <li>
                        {tr!("exec-next-send")}" "
                        {froms.into_iter().map(|from| view! { <code dir="ltr" data-testid="next-from">{from}</code>" " }).collect_view()}
                    </li>
                    <li>{tr!("exec-next-check")}</li>
                    <li>{tr!("exec-next-chain")}</li>
                </ol>
            </section>
            <button type="button" class="secondary" data-testid="print-steps" on:click=print>{tr!("next-print")}</button>
        </section>
    }
}

/// One request's transaction: what it does, where it is sent from, its EIP-681 URI and its
/// QR code.
#[component]
fn RequestOutput(output: ExecutionRequestOutput, amount: Option<String>) -> impl IntoView {
    let ExecutionRequestOutput {
        file,
        action,
        validator_index,
        target_index,
        from,
        eip681,
        qr_text,
    } = output;
    let words = {
        let (validator, target) = (validator_index.clone(), target_index.clone());
        move || {
            let mut args = Args::new();
            args.set("validator", validator.clone());
            args.set(
                "request",
                request_words(action, target.as_deref(), amount.as_deref()),
            );
            text_with("exec-tick-request", &args)
        }
    };
    let qr_label = {
        let validator = validator_index.clone();
        move || {
            let mut args = Args::new();
            args.set("validator", validator.clone());
            text_with("exec-output-qr-label", &args)
        }
    };
    let file_name = file.file_name.clone();
    let shown_name = file_name.clone();
    view! {
        <article class="execution-request" data-testid="execution-request" data-file=file_name
            data-validator=validator_index.clone() data-action=action_value(Some(action))>
            <h4>{words}</h4>
            <p><code dir="ltr">{shown_name}</code></p>
            <p>{tr!("exec-output-from")}" "<code dir="ltr" data-testid="output-from">{from}</code></p>
            <p>{tr!("exec-output-uri")}</p>
            <CopyableCode value=eip681 label="exec-output-uri-name" test_id="eip681"/>
            {move || match qr_svg(&qr_text) {
                Ok(svg) => view! {
                    <div class="qr-codes"><figure class="qr">
                        <div inner_html=svg role="img" data-testid="request-qr" aria-label=qr_label.clone()></div>
                        <figcaption>{qr_label.clone()}</figcaption>
                    </figure></div>
                }
                .into_any(),
                // The only failure is a text too long for one code.
                Err(problem) => view! { <p class="field-error">{problem}</p> }.into_any(),
            }}
        </article>
    }
}

/// On "Find my validators": the validators found whose withdrawal address can make requests
/// for them (their `executionActions`), handed to the requests screen in one click.
#[component]
pub fn OfferExecutionRequests(rows: Vec<FoundValidator>) -> impl IntoView {
    let session = expect_context::<Session>();
    let screen = expect_context::<ScreenSignal>().0;
    let mut seen = std::collections::BTreeSet::new();
    let validators: Vec<ValidatorInput> = rows
        .iter()
        .filter(|row| !row.execution_actions.is_empty())
        .filter(|row| seen.insert(row.validator_index))
        .filter_map(FoundValidator::validator_input)
        .collect();
    let count = validators.len() as u64;
    let validators = StoredValue::new(validators);
    view! {
        <Show when=move || { count > 0 }>
            <section class="notice" data-testid="execution-offer" aria-labelledby="exec-offer-title">
                <h3 id="exec-offer-title">{tr!("tool-execution-requests")}</h3>
                <p>{tr!("exec-offer", count = count)}</p>
                <button type="button" class="secondary" data-testid="go-execution-requests" on:click=move |_| {
                    session.execution_validators.set(Some(validators.get_value()));
                    session.journey.set(None);
                    screen.set(Screen::ExecutionRequests);
                }>{tr!("exec-offer-button")}</button>
            </section>
        </Show>
    }
}

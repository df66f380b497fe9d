//! Find my validators: import what the beacon chain knows (a file or pasted text), find which
//! validators the mnemonic's key indices control, then sign their BLS changes (and, if asked,
//! exits) in bulk. Each worker of the pool derives its share of the key indices and reads the
//! import itself: only matches come back to the page.

mod found_table;
pub(crate) mod import_input;
mod sign_found;

use std::collections::BTreeSet;

use leptos::prelude::*;
use withdrawal_wallet::fields;
use withdrawal_wallet::{
    FindValidators as Search, ImportFormat, Request, Response, SearchFindings, DEFAULT_KEY_COUNT,
};

use crate::i18n::{self, Args};
use crate::jobs::{JobProgress, JobRunner};
use crate::journeys::{report_stage, Stage};
use crate::pages::common::{field_error, text_input, ChainPicker, NeedsMnemonic};
use crate::pages::execution_requests::OfferExecutionRequests;
use crate::session::Session;
use crate::text;
use crate::tr;
use found_table::FoundTable;
use import_input::{ImportInput, ImportSource};
use sign_found::SignFound;

/// The imports read, named as their tools name them (never translated): the beacon API's
/// endpoint, ethdo's file, the CSV's columns.
const BEACON_API_VALIDATORS: &str = "/eth/v1/beacon/states/head/validators";
const ETHDO_FILE: &str = "offline-preparation.json";
const CSV_COLUMNS: &str = "validator_index,withdrawal_credentials";

/// A found row's key for selection: a validator can be found at two key indices.
pub type RowKey = (u64, u32);

#[component]
pub fn FindValidators() -> impl IntoView {
    let session = expect_context::<Session>();
    let chain = session.chain;
    let key_count = RwSignal::new(DEFAULT_KEY_COUNT.to_string());
    let source = ImportSource::new();
    let search = JobRunner::new();
    let selected = RwSignal::new(BTreeSet::<RowKey>::new());

    let key_count_error = move || fields::key_count(&key_count.get()).err();
    // The search the form makes now (tracked); a chosen file is handed over as it is.
    let request = move || -> Option<Request> {
        let (mnemonic, passphrase, language) = session.secrets()?;
        let count = fields::key_count(&key_count.get()).ok()?;
        let has_file = source.choice() > 0 && source.file().is_some();
        Some(Request::FindValidators(Search {
            mnemonic,
            passphrase,
            language,
            start_key_index: 0,
            max_key_index: count - 1,
            validators: None,
            import: (!has_file)
                .then(|| source.pasted.get())
                .filter(|t| !t.trim().is_empty()),
            chain: chain.spec().ok(),
        }))
    };
    search.follow(request);
    // Another file: the findings were the last file's.
    Effect::new(move |previous: Option<u32>| {
        let now = source.choice();
        if previous.is_some_and(|previous| previous != now) {
            search.reset();
        }
        now
    });
    let start_search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        search.reset();
        if let Some(request) = request() {
            search.start_with_attachment(request, source.file().map(web_sys::Blob::from));
        }
    };

    let findings = Memo::new(move |_| match search.response() {
        Some(Response::Found(findings)) => Some(findings),
        _ => None,
    });
    report_stage(move || Stage::of(!session.is_loaded(), findings.get().is_some(), false));
    // New findings: select every validator whose address can be changed.
    Effect::new(move |_| {
        if let Some(found) = findings.get() {
            selected.set(
                found
                    .found
                    .iter()
                    .filter(|row| row.can_change_withdrawal_address())
                    .map(|row| (row.validator_index, row.key_index))
                    .collect(),
            );
        }
    });

    view! {
        <section class="card" aria-labelledby="find-title">
            <h2 id="find-title" tabindex="-1">{tr!("find-title")}</h2>
            <p class="hint">{tr!("find-hint")}</p>
            <ul class="hint">
                <li>{tr!("find-hint-beacon-api")}" "<code dir="ltr">{BEACON_API_VALIDATORS}</code></li>
                <li>{tr!("find-hint-ethdo")}" "<code dir="ltr">{ETHDO_FILE}</code></li>
                <li>{tr!("find-hint-csv")}" "<code dir="ltr">{CSV_COLUMNS}</code></li>
            </ul>
            <Show when=move || session.is_loaded() fallback=|| view! { <NeedsMnemonic/> }>
                <form on:submit=start_search>
                <ImportInput source=source/>
                <label for="key-count">{tr!("find-key-count-label")}</label>
                {text_input("key-count", key_count)}
                {field_error("key-count", key_count_error)}
                <ChainPicker/>
                <button type="submit" data-testid="find" prop:disabled=move || search.state.get().is_running()>
                    {tr!("find-submit")}
                </button>
                </form>
                <JobProgress runner=search/>
                {move || findings.get().map(|found| view! {
                    <Summary found=found.clone()/>
                    <FoundTable rows=found.found.clone() selected=selected/>
                    <OfferExecutionRequests rows=found.found.clone()/>
                    <SignFound findings=found selected=selected/>
                })}
            </Show>
        </section>
    }
}

/// What the search read and found, and the core's notice if the import's chain is not the
/// one selected.
#[component]
fn Summary(found: SearchFindings) -> impl IntoView {
    let format = match found.format {
        Some(ImportFormat::BeaconApi) => "find-format-beacon-api",
        Some(ImportFormat::EthdoOfflinePreparation) => "find-format-ethdo",
        Some(ImportFormat::Csv) => "find-format-csv",
        None => "find-format-list",
    };
    let (read, count) = (found.validators_read as u64, found.found.len() as u64);
    let (first, last) = (found.start_key_index, found.max_key_index);
    // Key indices are identifiers, not counts: shown as they are, never grouped.
    let summary = move || {
        let mut args = Args::new();
        args.set("format", i18n::text(format));
        args.set("read", read);
        args.set("found", count);
        args.set("first", first.to_string());
        args.set("last", last.to_string());
        i18n::text_with("find-summary", &args)
    };
    view! {
        <p data-testid="found-summary">{summary}</p>
        {found.notice.map(|notice| {
            let code = notice.code.as_str();
            view! {
                <p class="warning" role="alert" data-testid="chain-warning" data-code=code>{move || text::error(&notice)}</p>
            }
        })}
    }
}

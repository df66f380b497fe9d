//! "Verify files": any deposit, BLS-change, exit or keystore file, recognised by the core from
//! its shape and checked entry by entry in a worker. The result shows what the file says: the
//! addresses it sends funds to (large, first), the network it names (and the core's warning
//! when that is not the chain chosen), then each entry's keys, credentials, amount, validator
//! index and epoch, and, with a mnemonic loaded, which of its key indices each key is. Every
//! verdict and message is the core's; this page only lays them out.

use leptos::prelude::*;
use withdrawal_wallet::fields;
use withdrawal_wallet::{
    CredentialsKind, CredentialsView, DecryptKeystore, EntryContent, ErrorCode, ExecutionAddress,
    FileKind, FileVerification, KeyMatch, KeyRole, Param, Request, Response, SignatureStatus,
    StatedNetwork, ValidatorKeyPath, VerifiedEntry, VerifyFile, WalletError, DEFAULT_KEY_COUNT,
};

use crate::files::read_chosen_file;
use crate::hex::HexValue;
use crate::jobs::{JobProgress, JobRunner};
use crate::pages::common::{field_error, secret_input, text_input, ChainPicker, SecretField};
use crate::session::Session;
use crate::text;

#[component]
pub fn VerifyFiles() -> impl IntoView {
    let session = expect_context::<Session>();
    let chain = session.chain;
    let content = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<WalletError>);
    let password = SecretField::new();
    let pubkey = RwSignal::new(String::new());
    let expected = RwSignal::new(String::new());
    let key_count = RwSignal::new(DEFAULT_KEY_COUNT.to_string());
    let runner = JobRunner::new();
    let kind = Memo::new(move |_| content.with(|text| text.as_deref().map(FileKind::detect)));
    let signed_file = move || matches!(kind.get(), Some(Ok(kind)) if kind != FileKind::Keystore);

    let expected_error = move || {
        let typed = expected.get();
        (!typed.trim().is_empty())
            .then(|| ExecutionAddress::parse_checksummed(typed.trim()).err())
            .flatten()
            .map(|err| WalletError::from(err).at("expectedAddress"))
    };
    let key_count_error = move || {
        session
            .is_loaded()
            .then(|| fields::key_count(&key_count.get()).err())
            .flatten()
    };

    crate::journeys::report_stage(move || {
        crate::journeys::Stage::of(false, false, runner.is_finished())
    });

    // The request the form makes now (tracked): a result is dropped as soon as it changes.
    let request = move || -> Option<Request> {
        let json = content.get()?;
        let kind = kind.get()?.ok()?;
        if kind == FileKind::Keystore {
            return Some(Request::DecryptKeystore(DecryptKeystore {
                keystore: json,
                password: password.secret().ok()?,
            }));
        }
        let secrets = session.secrets();
        let loaded = secrets.is_some();
        let (mnemonic, passphrase, language) = match secrets {
            Some((mnemonic, passphrase, language)) => (Some(mnemonic), passphrase, language),
            None => (None, Default::default(), None),
        };
        let typed_address = expected.get().trim().to_owned();
        Some(Request::VerifyFile(VerifyFile {
            json,
            kind: Some(kind),
            chain: chain.spec().ok()?,
            pubkey: (kind == FileKind::VoluntaryExit).then(|| pubkey.get().trim().to_owned()),
            expected_address: (!typed_address.is_empty()).then_some(typed_address),
            mnemonic,
            passphrase,
            language,
            key_count: if loaded {
                Some(fields::key_count(&key_count.get()).ok()?)
            } else {
                None
            },
        }))
    };
    runner.follow(request);

    let choose = move |ev: leptos::ev::Event| {
        runner.reset();
        error.set(None);
        content.set(None);
        read_chosen_file(&ev, move |read| match read {
            Ok(text) => content.set(Some(text)),
            Err(err) => error.set(Some(err)),
        });
    };
    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match kind.get_untracked() {
            Some(Err(err)) => error.set(Some(err)),
            // Fields with an error shown beside them wait for the fix.
            _ if expected_error().is_some() || key_count_error().is_some() => {}
            _ => {
                if let Some(request) = request() {
                    runner.start(request);
                }
            }
        }
    };

    view! {
        <section class="card" aria-labelledby="verify-title">
            <h2 id="verify-title">"Verify files"</h2>
            <form on:submit=check novalidate=true>
                <label for="verify-file">"Deposit data, BLS change, exit or keystore file (from any tool)"</label>
                <input id="verify-file" data-testid="verify-file" type="file" accept=".json,application/json" on:change=choose/>
                <p class="hint" data-testid="file-kind">{move || match kind.get() {
                    Some(Ok(FileKind::Keystore)) => "A keystore: enter its password to check it.".to_owned(),
                    Some(Ok(FileKind::DepositData)) => "Deposit data.".to_owned(),
                    Some(Ok(FileKind::BlsToExecutionChange | FileKind::EthdoChangeOperations)) => "BLS-to-execution changes.".to_owned(),
                    Some(Ok(FileKind::VoluntaryExit)) => "A signed voluntary exit.".to_owned(),
                    Some(Err(err)) => text::error(&err),
                    None => String::new(),
                }}</p>
                <Show when=move || matches!(kind.get(), Some(Ok(FileKind::Keystore)))>
                    <label for="verify-password">"Keystore password"</label>
                    {secret_input("verify-password", password)}
                </Show>
                <Show when=signed_file>
                    <ChainPicker/>
                </Show>
                <Show when=move || matches!(kind.get(), Some(Ok(FileKind::VoluntaryExit)))>
                    <label for="exit-pubkey">"The validator's signing pubkey (0x…)"</label>
                    {text_input("exit-pubkey", pubkey)}
                </Show>
                <Show when=move || signed_file() && !matches!(kind.get(), Some(Ok(FileKind::VoluntaryExit)))>
                    <label for="expected-address">"Expected withdrawal address (optional, checksummed): every entry must send funds there"</label>
                    {text_input("expected-address", expected)}
                    {field_error("expected-address", expected_error)}
                </Show>
                <Show when=signed_file>
                    {move || if session.is_loaded() {
                        view! {
                            <label for="key-count">"Key indices of your mnemonic to compare with the file (from 0)"</label>
                            {text_input("key-count", key_count)}
                            {field_error("key-count", key_count_error)}
                        }.into_any()
                    } else {
                        view! {
                            <p class="hint" data-testid="verify-no-mnemonic">
                                "Load your mnemonic first to see which of its keys each entry uses."
                            </p>
                        }.into_any()
                    }}
                </Show>
                <button type="submit" data-testid="check" prop:disabled=move || content.get().is_none()>"Check"</button>
            </form>
            <p class="field-error" role="alert" data-testid="verify-error" data-code=move || error.get().map(|err| err.code.as_str())>
                {move || error.get().map(|err| text::error(&err))}
            </p>
            <JobProgress runner=runner/>
            {move || match runner.response() {
                Some(Response::Verified(verification)) => {
                    view! { <Verification verification=verification/> }.into_any()
                }
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

/// A verified file: the chain warning, where the funds go, the network named, then each entry.
#[component]
fn Verification(verification: FileVerification) -> impl IntoView {
    let FileVerification {
        kind,
        chain,
        networks,
        warnings,
        addresses,
        keys_checked,
        entries,
    } = verification;
    let address_problems: Vec<WalletError> = entries
        .iter()
        .flat_map(|entry| entry.report.problems.iter())
        .filter(|problem| problem.code == ErrorCode::VerifyAddressDiffers)
        .fold(Vec::new(), |mut unique, problem| {
            if !unique
                .iter()
                .any(|p: &WalletError| p.message == problem.message)
            {
                unique.push(problem.clone());
            }
            unique
        });
    // The addresses the core found to differ from the expected one.
    let differing: Vec<String> = address_problems
        .iter()
        .filter_map(|problem| match problem.params.get("found") {
            Some(Param::Text(found)) => Some(found.clone()),
            _ => None,
        })
        .collect();
    let all_ok = entries.iter().all(|entry| entry.report.ok);
    view! {
        <div class="verification" data-testid="verification" data-ok=all_ok.to_string()>
            {warnings.into_iter().map(|warning| view! {
                <p class="warning alert" role="alert" data-testid="verify-chain-warning" data-code=warning.code.as_str()>
                    {text::error(&warning)}
                </p>
            }).collect_view()}
            <Destinations kind=kind addresses=addresses differing=differing/>
            {(!address_problems.is_empty()).then(|| view! {
                <div class="address-problems" role="alert" data-testid="verify-address-error" data-code=ErrorCode::VerifyAddressDiffers.as_str()>
                    {address_problems.iter().map(|problem| view! { <p>{format!("✗ {}", text::error(problem))}</p> }).collect_view()}
                </div>
            })}
            <p data-testid="verify-network" data-chain=networks.first().and_then(|n| n.chain.clone())>
                {network_line(&networks, &chain)}
            </p>
            <ol class="reports" data-testid="reports">
                {entries.into_iter().map(|entry| view! { <Entry entry=entry keys_checked=keys_checked/> }).collect_view()}
            </ol>
        </div>
    }
}

/// Where the file sends funds, shown large: the one thing a staker must compare.
#[component]
fn Destinations(kind: FileKind, addresses: Vec<String>, differing: Vec<String>) -> impl IntoView {
    if addresses.is_empty() {
        let none = match kind {
            FileKind::VoluntaryExit => return ().into_any(),
            FileKind::DepositData => "No execution address: the deposits have 0x00 (BLS) credentials, so a BLS-to-execution change is needed before any withdrawal.",
            _ => "No execution address could be read from this file.",
        };
        return view! { <p class="destinations notice" data-testid="verify-addresses">{none}</p> }
            .into_any();
    }
    view! {
        <div class="destinations" data-testid="verify-addresses">
            <h3>{if addresses.len() == 1 { "Funds go to" } else { "Funds go to these addresses" }}</h3>
            {addresses.into_iter().map(|address| {
                let differs = differing.contains(&address);
                view! {
                    <div class="destination" class:differs=differs data-differs=differs.to_string()>
                        <HexValue value=address label="execution address" test_id="verify-address" large=true/>
                        {differs.then(|| view! { <span class="differs-mark">"✗ not the expected address"</span> })}
                    </div>
                }
            }).collect_view()}
        </div>
    }
    .into_any()
}

/// The network the file names, as it names it.
fn network_line(networks: &[StatedNetwork], chain: &str) -> String {
    if networks.is_empty() {
        return format!("This file names no network (exit files and ethdo's change files carry none); its signatures were checked against {chain}.");
    }
    let described: Vec<String> = networks.iter().map(describe_network).collect();
    format!(
        "The file names {}; its signatures were checked against {chain}.",
        described.join(" and ")
    )
}

fn describe_network(network: &StatedNetwork) -> String {
    let hex0x = |bytes: &[u8]| format!("0x{}", hex::encode(bytes));
    let mut values = Vec::new();
    if let Some(name) = &network.network_name {
        values.push(format!("network_name \"{name}\""));
    }
    if let Some(version) = network.fork_version {
        values.push(format!("fork_version {}", hex0x(&version)));
    }
    if let Some(root) = network.genesis_validators_root {
        values.push(format!("genesis_validators_root {}", hex0x(&root)));
    }
    let chain = network
        .chain
        .clone()
        .unwrap_or_else(|| "no built-in chain".to_owned());
    format!("{chain} ({})", values.join(", "))
}

/// One entry: its verdict, then what it says.
#[component]
fn Entry(entry: VerifiedEntry, keys_checked: Option<u32>) -> impl IntoView {
    let VerifiedEntry {
        report,
        content,
        key_matches,
    } = entry;
    let codes: Vec<&str> = report.problems.iter().map(|p| p.code.as_str()).collect();
    let verdict = if report.ok {
        "✓ valid".to_owned()
    } else {
        format!(
            "✗ {}",
            report
                .problems
                .iter()
                .map(text::error)
                .collect::<Vec<_>>()
                .join("; ")
        )
    };
    view! {
        <li class:bad=!report.ok data-ok=report.ok.to_string() data-codes=codes.join(" ") data-testid="entry">
            <p class="verdict">{format!("Entry {}: {verdict}", report.index + 1)}</p>
            <dl class="entry-content">
                {content_rows(content)}
                {key_matches.map(|matches| view! {
                    <dt>"Your mnemonic"</dt>
                    <dd>
                        <ul class="key-matches">
                            {matches.into_iter().map(|found| key_match_row(found, keys_checked)).collect_view()}
                        </ul>
                    </dd>
                })}
            </dl>
        </li>
    }
}

fn content_rows(content: EntryContent) -> AnyView {
    match content {
        EntryContent::Deposit(deposit) => view! {
            <dt>"Validator pubkey"</dt>
            <dd>{hex_or_unreadable(deposit.pubkey.map(|key| hex0x(&key)), "validator pubkey", "entry-pubkey")}</dd>
            <dt>"Withdrawal credentials"</dt>
            <dd>{credentials(deposit.withdrawal_credentials)}</dd>
            <dt>"Amount"</dt>
            <dd data-testid="entry-amount" data-gwei=deposit.amount_gwei.map(|gwei| gwei.to_string())>
                {match (deposit.amount, deposit.amount_gwei) {
                    (Some(amount), Some(gwei)) => format!("{amount} ({gwei} gwei in the deposit contract)"),
                    _ => "unreadable".to_owned(),
                }}
            </dd>
            <dt>"Signature"</dt>
            <dd>{signature(deposit.signature)}</dd>
        }
        .into_any(),
        EntryContent::BlsChange(change) => view! {
            <dt>"Validator index"</dt>
            <dd data-testid="entry-validator-index">{uint64(change.validator_index)}</dd>
            <dt>"From withdrawal key (BLS)"</dt>
            <dd>{hex_or_unreadable(change.from_bls_pubkey.map(|key| hex0x(&key)), "BLS withdrawal pubkey", "entry-pubkey")}</dd>
            <dt>"To execution address"</dt>
            <dd>{hex_or_unreadable(change.to_execution_address, "execution address", "entry-address")}</dd>
            <dt>"Signature"</dt>
            <dd>{signature(change.signature)}</dd>
        }
        .into_any(),
        EntryContent::Exit(exit) => view! {
            <dt>"Validator index"</dt>
            <dd data-testid="entry-validator-index">{uint64(exit.validator_index)}</dd>
            <dt>"Epoch (valid from)"</dt>
            <dd data-testid="entry-epoch">{uint64(exit.epoch)}</dd>
            <dt>"Checked against signing pubkey"</dt>
            <dd>{hex_or_unreadable(Some(hex0x(&exit.pubkey)), "signing pubkey", "entry-pubkey")}</dd>
            <dt>"Signature"</dt>
            <dd>{signature(exit.signature)}</dd>
        }
        .into_any(),
    }
}

fn hex0x(bytes: &[u8]) -> String {
    format!("0x{}", hex::encode(bytes))
}

fn uint64(value: Option<u64>) -> String {
    value.map_or_else(|| "unreadable".to_owned(), |value| value.to_string())
}

fn hex_or_unreadable(value: Option<String>, label: &'static str, test_id: &'static str) -> AnyView {
    match value {
        Some(value) => view! { <HexValue value=value label=label test_id=test_id/> }.into_any(),
        None => view! { <span data-testid=test_id>"unreadable"</span> }.into_any(),
    }
}

fn credentials(view: Option<CredentialsView>) -> AnyView {
    let Some(view) = view else {
        return view! { <span data-testid="entry-credentials">"unreadable"</span> }.into_any();
    };
    let kind = match view.kind {
        Some(CredentialsKind::Bls) => {
            "BLS withdrawal key: no execution address yet (a BLS-to-execution change sets it)"
        }
        Some(CredentialsKind::Execution) => "execution address",
        Some(CredentialsKind::Compounding) => "compounding, to execution address",
        None => "a prefix the consensus specs do not define",
    };
    view! {
        <span data-testid="entry-credentials" data-kind=view.kind.map(credentials_kind_name) data-prefix=view.prefix.clone()>
            {format!("{} — {kind}", view.prefix)}
        </span>
        {view.address.map(|address| view! {
            <HexValue value=address label="execution address" test_id="entry-address"/>
        })}
        <details>
            <summary>"All 32 bytes"</summary>
            <HexValue value=hex0x(&view.credentials) label="withdrawal credentials"/>
        </details>
    }
    .into_any()
}

fn credentials_kind_name(kind: CredentialsKind) -> &'static str {
    match kind {
        CredentialsKind::Bls => "bls",
        CredentialsKind::Execution => "execution",
        CredentialsKind::Compounding => "compounding",
    }
}

fn signature(status: SignatureStatus) -> AnyView {
    let (text, class) = match status {
        SignatureStatus::Valid => ("✓ verifies for the chain chosen", "verified"),
        SignatureStatus::Invalid => ("✗ does not verify for the chain chosen", "bad"),
        SignatureStatus::NotChecked => ("not checked (see the problems above)", "hint"),
    };
    view! { <span class=class data-testid="entry-signature">{text}</span> }.into_any()
}

fn key_match_row(found: KeyMatch, keys_checked: Option<u32>) -> impl IntoView {
    let (role, key) = match found.key {
        KeyRole::Signing => ("signing", "signing key"),
        KeyRole::Withdrawal => ("withdrawal", "withdrawal key"),
    };
    let text = match found.key_index {
        Some(index) => format!("{key}: key index {index} of your mnemonic"),
        None => format!(
            "{key}: not from your mnemonic (first {} key indices checked)",
            keys_checked.unwrap_or_default()
        ),
    };
    view! {
        <li data-testid="entry-mnemonic-match" data-key=role data-key-index=found.key_index.map(|i| i.to_string())
            class:verified=found.key_index.is_some()>
            {text}
        </li>
    }
}

//! "Verify files": any deposit (validator, top-up or builder), BLS-change, exit, proof of
//! withdrawal-address ownership, EIP-7002/7251 request or keystore file, recognised by the core
//! from its shape and checked entry by entry in a worker. The result shows what the file says:
//! the addresses it sends funds to (large, first; for a proof, the address it names), the
//! network it names (and the core's warning when that is not the chain chosen), then each
//! entry's keys, credentials, amount, validator index and epoch (a request's action, chain ID,
//! sender, contract and fee), and, with a mnemonic loaded, which of its key indices each key
//! is. An exit or a proof is checked against the signing pubkey typed, or the pubkey a keystore
//! states, or (a proof) the mnemonic's signing keys. Every verdict and message is the core's;
//! this page only lays them out.

use leptos::prelude::*;
use withdrawal_wallet::fields;
use withdrawal_wallet::{
    CredentialsKind, CredentialsView, DecryptKeystore, EntryContent, ErrorCode, ExecutionAction,
    ExecutionAddress, ExecutionRequestContent, FileKind, FileVerification, KeyMatch, KeyRole,
    Param, Request, Response, SignatureStatus, StatedNetwork, ValidatorKeyPath, VerifiedEntry,
    VerifyFile, WalletError, DEFAULT_KEY_COUNT,
};

use crate::files::read_chosen_file;
use crate::hex::HexValue;
use crate::i18n::{text as message, text_with, Args};
use crate::jobs::{JobProgress, JobRunner};
use crate::pages::common::{field_error, secret_input, text_input, ChainPicker, SecretField};
use crate::session::Session;
use crate::text;
use crate::tr;

#[component]
pub fn VerifyFiles() -> impl IntoView {
    let session = expect_context::<Session>();
    let chain = session.chain;
    let content = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<WalletError>);
    let password = SecretField::new();
    let pubkey = RwSignal::new(String::new());
    // The validator's keystore an exit or a proof is checked against (its stated pubkey; never
    // opened): its file name and text.
    let signer_keystore = RwSignal::new(None::<(String, String)>);
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
            // An exit or a proof: the pubkey typed and the keystore chosen, as given (the core
            // refuses both at once, and an exit with neither); a proof with neither is checked
            // against the mnemonic's signing keys.
            pubkey: checks_signer(kind)
                .then(|| pubkey.get().trim().to_owned())
                .filter(|typed| !typed.is_empty()),
            keystore: checks_signer(kind)
                .then(|| signer_keystore.get().map(|(_, json)| json))
                .flatten(),
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

    let choose_keystore = move |ev: leptos::ev::Event| {
        error.set(None);
        signer_keystore.set(None);
        let name = crate::files::chosen_file_name(&ev).unwrap_or_default();
        read_chosen_file(&ev, move |read| match read {
            Ok(text) => signer_keystore.set(Some((name, text))),
            Err(err) => error.set(Some(err)),
        });
    };
    let keystore_read = move || {
        let (name, _) = signer_keystore.get()?;
        let mut args = Args::new();
        args.set("name", name);
        Some(text_with("verify-signer-keystore-read", &args))
    };

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
            <h2 id="verify-title">{tr!("verify-title")}</h2>
            <form on:submit=check novalidate=true>
                <label for="verify-file">{tr!("verify-file-label")}</label>
                <input id="verify-file" data-testid="verify-file" type="file" accept=".json,application/json" on:change=choose/>
                <p class="hint" data-testid="file-kind">{move || match kind.get() {
                    Some(Ok(FileKind::Keystore | FileKind::BuilderKeystore)) => message("verify-kind-keystore"),
                    Some(Ok(FileKind::DepositData | FileKind::PartialDeposit)) => message("verify-kind-deposit-data"),
                    Some(Ok(FileKind::BuilderDepositData)) => message("verify-kind-builder-deposit-data"),
                    Some(Ok(FileKind::BlsToExecutionChange | FileKind::EthdoChangeOperations)) => message("verify-kind-bls-changes"),
                    Some(Ok(FileKind::VoluntaryExit)) => message("verify-kind-exit"),
                    Some(Ok(FileKind::BlsToExecutionChangeKeystore)) => message("verify-kind-ownership-proof"),
                    Some(Ok(FileKind::WithdrawalRequest | FileKind::ConsolidationRequest)) => message("verify-kind-execution-request"),
                    // Hand-off files are checked when made; no shape is detected as one.
                    Some(Ok(FileKind::KeymanagerImport | FileKind::SlashingProtection | FileKind::Web3SignerConfig
                        | FileKind::UploadScript | FileKind::UploadPlan)) => String::new(),
                    Some(Err(err)) => text::error(&err),
                    None => String::new(),
                }}</p>
                <Show when=move || matches!(kind.get(), Some(Ok(FileKind::Keystore)))>
                    <label for="verify-password">{tr!("verify-password-label")}</label>
                    {secret_input("verify-password", password)}
                </Show>
                <Show when=signed_file>
                    <ChainPicker/>
                </Show>
                <Show when=move || matches!(kind.get(), Some(Ok(kind)) if checks_signer(kind))>
                    <label for="exit-pubkey">{move || message(match kind.get() {
                        Some(Ok(FileKind::BlsToExecutionChangeKeystore)) => "verify-proof-pubkey-label",
                        _ => "verify-exit-pubkey-label",
                    })}</label>
                    {text_input("exit-pubkey", pubkey)}
                    <label for="signer-keystore">{tr!("verify-signer-keystore-label")}</label>
                    <input id="signer-keystore" data-testid="signer-keystore" type="file" accept=".json,application/json"
                        on:change=choose_keystore/>
                    <p class="hint" role="status" data-testid="signer-keystore-status">{keystore_read}</p>
                </Show>
                <Show when=move || signed_file() && !matches!(kind.get(), Some(Ok(FileKind::VoluntaryExit)))>
                    <label for="expected-address">{tr!("verify-expected-address-label")}</label>
                    {text_input("expected-address", expected)}
                    {field_error("expected-address", expected_error)}
                </Show>
                <Show when=signed_file>
                    {move || if session.is_loaded() {
                        view! {
                            <label for="key-count">{tr!("verify-key-count-label")}</label>
                            {text_input("key-count", key_count)}
                            {field_error("key-count", key_count_error)}
                        }.into_any()
                    } else {
                        view! {
                            <p class="hint" data-testid="verify-no-mnemonic">
                                {tr!("verify-no-mnemonic")}
                            </p>
                        }.into_any()
                    }}
                </Show>
                <button type="submit" data-testid="check" prop:disabled=move || content.get().is_none()>{tr!("verify-check")}</button>
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
                    let mut args = Args::new();
                    args.set("path", keystore.path.clone());
                    let path_id = match keystore.validator_key {
                        Some(ValidatorKeyPath::Signing(index)) => {
                            args.set("index", index.to_string());
                            "verify-keystore-path-signing"
                        }
                        Some(ValidatorKeyPath::Withdrawal(index)) => {
                            args.set("index", index.to_string());
                            "verify-keystore-path-withdrawal"
                        }
                        None if keystore.path.is_empty() => "verify-keystore-path-none",
                        None => "verify-keystore-path-other",
                    };
                    let mut ok = Args::new();
                    ok.set("pubkey", keystore.pubkey.clone());
                    ok.set("path", text_with(path_id, &args));
                    view! {
                        <p class="verified" data-testid="keystore-ok">
                            {text_with("verify-keystore-ok", &ok)}
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
    let network_chain = networks.first().and_then(|n| n.chain.clone());
    view! {
        <div class="verification" data-testid="verification" data-ok=all_ok.to_string()>
            {warnings.into_iter().map(|warning| {
                let code = warning.code.as_str();
                view! {
                    <p class="warning alert" role="alert" data-testid="verify-chain-warning" data-code=code>
                        {move || text::error(&warning)}
                    </p>
                }
            }).collect_view()}
            <Destinations kind=kind addresses=addresses differing=differing/>
            {(kind == FileKind::BlsToExecutionChangeKeystore).then(|| view! {
                <p class="hint" data-testid="verify-proof-note">{tr!("verify-proof-not-consensus")}</p>
            })}
            {(!address_problems.is_empty()).then(|| view! {
                <div class="address-problems" role="alert" data-testid="verify-address-error" data-code=ErrorCode::VerifyAddressDiffers.as_str()>
                    {address_problems.iter().cloned().map(|problem| view! { <p>{move || format!("✗ {}", text::error(&problem))}</p> }).collect_view()}
                </div>
            })}
            <p data-testid="verify-network" data-chain=network_chain>
                {move || network_line(kind, &networks, &chain)}
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
            FileKind::DepositData => "verify-no-address-deposit",
            FileKind::ConsolidationRequest => "verify-no-address-consolidation",
            _ => "verify-no-address",
        };
        return view! { <p class="destinations notice" data-testid="verify-addresses">{move || message(none)}</p> }
            .into_any();
    }
    let count = addresses.len() as u64;
    view! {
        <div class="destinations" data-testid="verify-addresses">
            <h3>{move || if kind == FileKind::BlsToExecutionChangeKeystore {
                message("verify-destinations-proof")
            } else {
                let mut args = Args::new();
                args.set("count", count);
                text_with("verify-destinations-title", &args)
            }}</h3>
            {addresses.into_iter().map(|address| {
                let differs = differing.contains(&address);
                view! {
                    <div class="destination" class:differs=differs data-differs=differs.to_string()>
                        <HexValue value=address label=tr!("verify-execution-address-label") test_id="verify-address" large=true/>
                        {differs.then(|| view! { <span class="differs-mark">{tr!("verify-address-differs")}</span> })}
                    </div>
                }
            }).collect_view()}
        </div>
    }
    .into_any()
}

/// The network the file names, as it names it (tracked: in the page's language); for a
/// request, the chain whose chain ID and contracts it was checked against.
fn network_line(kind: FileKind, networks: &[StatedNetwork], chain: &str) -> String {
    let mut args = Args::new();
    args.set("chain", chain.to_owned());
    if matches!(
        kind,
        FileKind::WithdrawalRequest | FileKind::ConsolidationRequest
    ) {
        return text_with("verify-network-request", &args);
    }
    if networks.is_empty() {
        return text_with("verify-network-none", &args);
    }
    // "a and b", then "a and b and c": each further network joined by the same message.
    let described = networks
        .iter()
        .map(describe_network)
        .reduce(|first, second| {
            let mut pair = Args::new();
            pair.set("first", first);
            pair.set("second", second);
            text_with("verify-networks-join", &pair)
        })
        .unwrap_or_default();
    args.set("networks", described);
    text_with("verify-network-named", &args)
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
        .unwrap_or_else(|| message("verify-network-no-builtin-chain"));
    // The file's own field names and values, as they are written in it.
    let mut args = Args::new();
    args.set("chain", chain);
    args.set("values", values.join(", "));
    text_with("verify-network-described", &args)
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
    let number = report.index as u64 + 1;
    let (ok, problems) = (report.ok, report.problems.clone());
    let verdict = move || {
        let mut args = Args::new();
        args.set("number", number);
        if ok {
            return text_with("verify-entry-valid", &args);
        }
        let listed: Vec<String> = problems.iter().map(text::error).collect();
        args.set("problems", listed.join("; "));
        text_with("verify-entry-invalid", &args)
    };
    view! {
        <li class:bad=!report.ok data-ok=report.ok.to_string() data-codes=codes.join(" ") data-testid="entry">
            <p class="verdict">{verdict}</p>
            <dl class="entry-content">
                {content_rows(content)}
                {key_matches.map(|matches| view! {
                    <dt>{tr!("verify-your-mnemonic")}</dt>
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
        EntryContent::Deposit(deposit) | EntryContent::BuilderDeposit(deposit) => view! {
            <dt>{tr!("verify-validator-pubkey")}</dt>
            <dd>{hex_or_unreadable(deposit.pubkey.map(|key| hex0x(&key)), tr!("verify-validator-pubkey-label"), "entry-pubkey")}</dd>
            <dt>{tr!("verify-withdrawal-credentials")}</dt>
            <dd>{credentials(deposit.withdrawal_credentials)}</dd>
            <dt>{tr!("verify-amount")}</dt>
            <dd data-testid="entry-amount" data-gwei=deposit.amount_gwei.map(|gwei| gwei.to_string())>
                {move || match (&deposit.amount, deposit.amount_gwei) {
                    (Some(amount), Some(gwei)) => {
                        let mut args = Args::new();
                        args.set("amount", amount.clone());
                        // Exact digits, as the deposit contract holds them.
                        args.set("gwei", gwei.to_string());
                        text_with("verify-amount-value", &args)
                    }
                    _ => message("verify-unreadable"),
                }}
            </dd>
            <dt>{tr!("verify-signature")}</dt>
            <dd>{signature(deposit.signature)}</dd>
        }
        .into_any(),
        EntryContent::BlsChange(change) => view! {
            <dt>{tr!("verify-validator-index")}</dt>
            <dd data-testid="entry-validator-index">{uint64(change.validator_index)}</dd>
            <dt>{tr!("verify-from-bls-key")}</dt>
            <dd>{hex_or_unreadable(change.from_bls_pubkey.map(|key| hex0x(&key)), tr!("verify-bls-pubkey-label"), "entry-pubkey")}</dd>
            <dt>{tr!("verify-to-address")}</dt>
            <dd>{hex_or_unreadable(change.to_execution_address, tr!("verify-execution-address-label"), "entry-address")}</dd>
            <dt>{tr!("verify-signature")}</dt>
            <dd>{signature(change.signature)}</dd>
        }
        .into_any(),
        EntryContent::Exit(exit) => view! {
            <dt>{tr!("verify-validator-index")}</dt>
            <dd data-testid="entry-validator-index">{uint64(exit.validator_index)}</dd>
            <dt>{tr!("verify-epoch")}</dt>
            <dd data-testid="entry-epoch">{uint64(exit.epoch)}</dd>
            <dt>{tr!("verify-checked-pubkey")}</dt>
            <dd>{hex_or_unreadable(Some(hex0x(&exit.pubkey)), tr!("verify-signing-pubkey-label"), "entry-pubkey")}</dd>
            <dt>{tr!("verify-signature")}</dt>
            <dd>{signature(exit.signature)}</dd>
        }
        .into_any(),
        EntryContent::BlsChangeKeystore(proof) => view! {
            <dt>{tr!("verify-validator-index")}</dt>
            <dd data-testid="entry-validator-index">{uint64(proof.validator_index)}</dd>
            <dt>{tr!("verify-to-address")}</dt>
            <dd>{hex_or_unreadable(proof.to_execution_address, tr!("verify-execution-address-label"), "entry-address")}</dd>
            {proof.pubkey.map(|key| view! {
                <dt>{tr!("verify-checked-pubkey")}</dt>
                <dd>{hex_or_unreadable(Some(hex0x(&key)), tr!("verify-signing-pubkey-label"), "entry-pubkey")}</dd>
            })}
            <dt>{tr!("verify-signature")}</dt>
            <dd>{signature(proof.signature)}</dd>
        }
        .into_any(),
        EntryContent::ExecutionRequest(request) => request_rows(request),
    }
}

/// A withdrawal or consolidation request (EIP-7002, EIP-7251): what it asks for, the chain ID,
/// the address that must send it, the contract, the fee attached, its validators (the source
/// and the target of a consolidation) and the amount of a partial withdrawal.
fn request_rows(request: ExecutionRequestContent) -> AnyView {
    let action = request.action;
    let action_id = match action {
        Some(ExecutionAction::FullExit) => "verify-request-action-full-exit",
        Some(ExecutionAction::PartialWithdrawal) => "verify-request-action-partial-withdrawal",
        Some(ExecutionAction::SwitchToCompounding) => "verify-request-action-switch-to-compounding",
        Some(ExecutionAction::ConsolidateSource | ExecutionAction::ConsolidateTarget) => {
            "verify-request-action-consolidation"
        }
        None => "verify-unreadable",
    };
    let consolidation = matches!(
        action,
        Some(ExecutionAction::ConsolidateSource | ExecutionAction::ConsolidateTarget)
    );
    let (source_label, source_id) = if consolidation {
        ("verify-request-source-pubkey", "entry-pubkey")
    } else {
        ("verify-validator-pubkey", "entry-pubkey")
    };
    // A switch to 0x02 names the validator twice: shown once.
    let target = request.target_pubkey.filter(|_| consolidation);
    let value = request.value.clone();
    let value_attribute = request.value;
    let amount = match (request.amount, request.amount_gwei) {
        (Some(amount), Some(gwei)) if action == Some(ExecutionAction::PartialWithdrawal) => {
            Some((amount, gwei))
        }
        _ => None,
    };
    view! {
        <dt>{tr!("verify-request-action")}</dt>
        <dd data-testid="entry-action" data-action=action.map(action_name)>{move || message(action_id)}</dd>
        <dt>{tr!("verify-request-chain-id")}</dt>
        <dd><code dir="ltr" data-testid="entry-chain-id">{move || request.chain_id.clone().unwrap_or_else(|| message("verify-unreadable"))}</code></dd>
        <dt>{tr!("verify-request-from")}</dt>
        <dd>{hex_or_unreadable(request.from, tr!("verify-execution-address-label"), "entry-from")}</dd>
        <dt>{tr!("verify-request-to")}</dt>
        <dd>{hex_or_unreadable(request.to, tr!("verify-request-to-label"), "entry-to")}</dd>
        <dt>{tr!("verify-request-value")}</dt>
        <dd data-testid="entry-value" data-wei=value_attribute>
            <bdi dir="ltr">{move || match &value {
                Some(wei) => {
                    let mut args = Args::new();
                    args.set("wei", wei.clone());
                    text_with("verify-request-value-wei", &args)
                }
                None => message("verify-unreadable"),
            }}</bdi>
        </dd>
        <dt>{move || message(source_label)}</dt>
        <dd>{hex_or_unreadable(request.validator_pubkey, tr!("verify-validator-pubkey-label"), source_id)}</dd>
        {target.map(|target| view! {
            <dt>{tr!("verify-request-target-pubkey")}</dt>
            <dd>{hex_or_unreadable(Some(target), tr!("verify-validator-pubkey-label"), "entry-target-pubkey")}</dd>
        })}
        {amount.map(|(amount, gwei)| {
            let gwei_attribute = gwei.clone();
            view! {
            <dt>{tr!("verify-request-amount")}</dt>
            <dd data-testid="entry-amount" data-gwei=gwei_attribute>
                {move || {
                    let mut args = Args::new();
                    args.set("amount", amount.clone());
                    args.set("gwei", gwei.clone());
                    text_with("verify-request-amount-value", &args)
                }}
            </dd>
        }})}
    }
    .into_any()
}

/// A request's action as `data-action` names it (the same in every language).
fn action_name(action: ExecutionAction) -> &'static str {
    match action {
        ExecutionAction::FullExit => "full_exit",
        ExecutionAction::PartialWithdrawal => "partial_withdrawal",
        ExecutionAction::SwitchToCompounding => "switch_to_compounding",
        ExecutionAction::ConsolidateSource | ExecutionAction::ConsolidateTarget => "consolidation",
    }
}

/// Whether a file of `kind` is checked against a validator's signing key given on the page
/// (a pubkey or a keystore): exits, and proofs of withdrawal-address ownership.
fn checks_signer(kind: FileKind) -> bool {
    matches!(
        kind,
        FileKind::VoluntaryExit | FileKind::BlsToExecutionChangeKeystore
    )
}

fn hex0x(bytes: &[u8]) -> String {
    format!("0x{}", hex::encode(bytes))
}

/// A number as the file has it (an index, an epoch: never regrouped), or that it is unreadable.
fn uint64(value: Option<u64>) -> impl Fn() -> String {
    move || value.map_or_else(|| message("verify-unreadable"), |value| value.to_string())
}

fn hex_or_unreadable(
    value: Option<String>,
    label: impl Into<TextProp>,
    test_id: &'static str,
) -> AnyView {
    match value {
        Some(value) => {
            view! { <HexValue value=value label=label.into() test_id=test_id/> }.into_any()
        }
        None => view! { <span data-testid=test_id>{tr!("verify-unreadable")}</span> }.into_any(),
    }
}

fn credentials(view: Option<CredentialsView>) -> AnyView {
    let Some(view) = view else {
        return view! { <span data-testid="entry-credentials">{tr!("verify-unreadable")}</span> }
            .into_any();
    };
    let kind = match view.kind {
        Some(CredentialsKind::Bls) => "verify-credentials-bls",
        Some(CredentialsKind::Execution) => "verify-credentials-execution",
        Some(CredentialsKind::Compounding) => "verify-credentials-compounding",
        Some(CredentialsKind::Builder) => "verify-credentials-builder",
        None => "verify-credentials-unknown",
    };
    let prefix = view.prefix.clone();
    view! {
        <span data-testid="entry-credentials" data-kind=view.kind.map(credentials_kind_name) data-prefix=view.prefix.clone()>
            {move || {
                let mut args = Args::new();
                args.set("prefix", prefix.clone());
                text_with(kind, &args)
            }}
        </span>
        {view.address.map(|address| view! {
            <HexValue value=address label=tr!("verify-execution-address-label") test_id="entry-address"/>
        })}
        <details>
            <summary>{tr!("verify-credentials-all-bytes")}</summary>
            <HexValue value=hex0x(&view.credentials) label=tr!("verify-credentials-label")/>
        </details>
    }
    .into_any()
}

fn credentials_kind_name(kind: CredentialsKind) -> &'static str {
    match kind {
        CredentialsKind::Bls => "bls",
        CredentialsKind::Execution => "execution",
        CredentialsKind::Compounding => "compounding",
        CredentialsKind::Builder => "builder",
    }
}

fn signature(status: SignatureStatus) -> AnyView {
    let (id, class) = match status {
        SignatureStatus::Valid => ("verify-signature-valid", "verified"),
        SignatureStatus::Invalid => ("verify-signature-invalid", "bad"),
        SignatureStatus::NotChecked => ("verify-signature-not-checked", "hint"),
    };
    view! { <span class=class data-testid="entry-signature">{move || message(id)}</span> }
        .into_any()
}

fn key_match_row(found: KeyMatch, keys_checked: Option<u32>) -> impl IntoView {
    let role = match found.key {
        KeyRole::Signing => "signing",
        KeyRole::Withdrawal => "withdrawal",
    };
    let key_index = found.key_index;
    let text = move || {
        let mut args = Args::new();
        args.set("key", role);
        match key_index {
            Some(index) => {
                args.set("index", index.to_string());
                text_with("verify-key-match-found", &args)
            }
            None => {
                args.set("count", u64::from(keys_checked.unwrap_or_default()));
                text_with("verify-key-match-none", &args)
            }
        }
    };
    view! {
        <li data-testid="entry-mnemonic-match" data-key=role data-key-index=found.key_index.map(|i| i.to_string())
            class:verified=found.key_index.is_some()>
            {text}
        </li>
    }
}

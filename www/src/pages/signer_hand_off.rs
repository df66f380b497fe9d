//! Handing signing keys over: signing keystores (chosen here, or just made on the keys page)
//! and their password become the files a keymanager API, Web3Signer, or a secret store behind
//! it imports. The core reviews where each key goes; the keymanager file, which holds the
//! passwords, waits for an explicit acknowledgement; a worker opens every keystore and the core
//! reads every file back before it is offered. A change to any input drops review and files.

use leptos::prelude::*;
use withdrawal_wallet::{
    parse_port, CreateSignerHandOff, Destination, HandOffReview, Request, Response, WalletError,
};

use crate::files::read_chosen_files;
use crate::hex::HexValue;
use crate::i18n::{text_with, Args};
use crate::jobs::{JobProgress, JobRunner};
use crate::next_steps::HandOffNextSteps;
use crate::pages::common::{
    field_error, secret_input, text_input, ChainPicker, FileList, SecretField,
};
use crate::session::Session;
use crate::text;
use crate::tr;

/// The destinations the form offers, by their radio button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Keymanager,
    Web3Signer,
    Vault,
    Aws,
}

const KINDS: [(Kind, &str, &str); 4] = [
    (Kind::Keymanager, "keymanager", "hand-off-keymanager"),
    (Kind::Web3Signer, "web3signer", "hand-off-web3signer"),
    (Kind::Vault, "vault", "hand-off-vault"),
    (Kind::Aws, "aws", "hand-off-aws"),
];

#[component]
pub fn SignerHandOff() -> impl IntoView {
    let session = expect_context::<Session>();
    let chain = session.chain;
    // Keystores the keys page handed over, taken once.
    let preset = session.hand_off_keystores.get_untracked();
    session.hand_off_keystores.set(None);
    let from_keys_page = preset.is_some();
    let keystores = RwSignal::new(preset.unwrap_or_default());
    let reading = RwSignal::new(false);
    let password = SecretField::new();
    let kind = RwSignal::new(Kind::Keymanager);
    let host = RwSignal::new(String::new());
    let port = RwSignal::new("8200".to_owned());
    let tls = RwSignal::new(true);
    let mount = RwSignal::new("secret".to_owned());
    let folder = RwSignal::new("web3signer".to_owned());
    let region = RwSignal::new(String::new());
    let prefix = RwSignal::new("validator-".to_owned());
    let access_key = RwSignal::new(false);
    let acknowledged = RwSignal::new(false);
    let tried = RwSignal::new(false);
    let error = RwSignal::new(None::<WalletError>);
    let review = JobRunner::new();
    let making = JobRunner::new();

    let port_error = move || {
        (kind.get() == Kind::Vault && (tried.get() || !port.get().is_empty()))
            .then(|| parse_port(port.get().trim()).err())
            .flatten()
            .map(|err| err.at("port"))
    };
    // The request the form makes now (tracked): what is reviewed is what is made.
    let request = move || -> Option<CreateSignerHandOff> {
        let destination = match kind.get() {
            Kind::Keymanager => Destination::KeymanagerApi {
                acknowledge_passwords_in_file: acknowledged.get(),
            },
            Kind::Web3Signer => Destination::Web3signerKeystores,
            Kind::Vault => Destination::Vault {
                host: host.get().trim().to_owned(),
                port: parse_port(port.get().trim()).ok()?,
                tls: tls.get(),
                mount: mount.get().trim().to_owned(),
                folder: folder.get().trim().to_owned(),
            },
            Kind::Aws => Destination::AwsSecretsManager {
                region: region.get().trim().to_owned(),
                name_prefix: prefix.get().trim().to_owned(),
                access_key_in_config: access_key.get(),
            },
        };
        Some(CreateSignerHandOff {
            keystores: keystores.with(|all| all.iter().map(|(_, json)| json.clone()).collect()),
            password: password.secret().ok()?,
            chain: chain.spec().ok()?,
            destination,
            timestamp: None,
        })
    };
    // The review does not depend on the acknowledgement: ticking it keeps the review.
    let review_request = move || {
        request().map(|mut request| {
            if let Destination::KeymanagerApi {
                acknowledge_passwords_in_file,
            } = &mut request.destination
            {
                *acknowledge_passwords_in_file = false;
            }
            Request::ReviewSignerHandOff(request)
        })
    };
    review.follow(review_request);
    making.follow(move || request().map(Request::CreateSignerHandOff));

    let start_review = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        error.set(None);
        if let Err(err) = chain.resolve() {
            error.set(Some(err));
            return;
        }
        if port_error().is_some() {
            return;
        }
        match (review_request(), password.secret()) {
            (Some(request), _) => {
                making.reset();
                review.start(request);
            }
            (None, Err(err)) => error.set(Some(err)),
            (None, Ok(_)) => {}
        }
    };
    let make = move |_| {
        if let Some(request) = request() {
            making.start(Request::CreateSignerHandOff(request));
        }
    };
    let ready = move || kind.get() != Kind::Keymanager || acknowledged.get();
    let choose_files = move |ev: leptos::ev::Event| {
        error.set(None);
        reading.set(true);
        read_chosen_files(&ev, move |read| {
            reading.set(false);
            match read {
                Ok(files) => keystores.set(files),
                Err(err) => {
                    keystores.set(Vec::new());
                    error.set(Some(err));
                }
            }
        });
    };
    let read_status = move || {
        let count = keystores.with(Vec::len);
        (count > 0).then(|| {
            let mut args = Args::new();
            args.set("count", count as u64);
            text_with("hand-off-keystores-read", &args)
        })
    };

    view! {
        <section class="card" aria-labelledby="hand-off-title">
            <h2 id="hand-off-title" tabindex="-1">{tr!("hand-off-title")}</h2>
            <p class="hint">{tr!("hand-off-hint")}</p>
            <form on:submit=start_review novalidate=true>
            <ChainPicker/>
            <Show when=move || from_keys_page>
                <p class="hint" data-testid="hand-off-from-keys">{tr!("hand-off-from-keys")}</p>
            </Show>
            <label for="keystore-files">{tr!("hand-off-keystores-label")}</label>
            <input id="keystore-files" data-testid="keystore-files" type="file" multiple=true
                accept=".json,application/json" on:change=choose_files/>
            <p class="hint" role="status" data-testid="keystores-status">{read_status}</p>
            <label for="keystore-password">{tr!("hand-off-password-label")}</label>
            {secret_input("keystore-password", password)}
            <fieldset>
                <legend>{tr!("hand-off-destination-legend")}</legend>
                {KINDS.into_iter().map(|(choice, id, label)| view! {
                    <label class="inline"><input type="radio" name="destination" value=id
                        data-testid=format!("destination-{id}")
                        prop:checked=move || kind.get() == choice
                        on:change=move |_| kind.set(choice)/>
                        " "{move || crate::i18n::text(label)}</label>
                }).collect_view()}
            </fieldset>
            <Show when=move || kind.get() == Kind::Vault>
                <label for="vault-host">{tr!("hand-off-vault-host-label")}</label>
                {text_input("vault-host", host)}
                <label for="vault-port">{tr!("hand-off-vault-port-label")}</label>
                {text_input("vault-port", port)}
                {field_error("vault-port", port_error)}
                <label class="inline"><input type="checkbox" data-testid="vault-tls"
                    prop:checked=move || tls.get() on:change=move |ev| tls.set(event_target_checked(&ev))/>
                    " "{tr!("hand-off-vault-tls")}</label>
                <label for="vault-mount">{tr!("hand-off-vault-mount-label")}</label>
                {text_input("vault-mount", mount)}
                <label for="vault-folder">{tr!("hand-off-vault-folder-label")}</label>
                {text_input("vault-folder", folder)}
            </Show>
            <Show when=move || kind.get() == Kind::Aws>
                <label for="aws-region">{tr!("hand-off-aws-region-label")}</label>
                {text_input("aws-region", region)}
                <label for="aws-prefix">{tr!("hand-off-aws-prefix-label")}</label>
                {text_input("aws-prefix", prefix)}
                <label class="inline"><input type="checkbox" data-testid="aws-access-key"
                    prop:checked=move || access_key.get() on:change=move |ev| access_key.set(event_target_checked(&ev))/>
                    " "{tr!("hand-off-aws-access-key")}</label>
            </Show>
            <button type="submit" data-testid="review" prop:disabled=move || review.state.get().is_running() || reading.get()>
                {tr!("hand-off-review")}
            </button>
            </form>
            <p class="field-error" role="alert" data-testid="hand-off-error"
                data-code=move || error.get().map(|err| err.code.as_str())>
                {move || error.get().map(|err| text::error(&err))}
            </p>
            <JobProgress runner=review/>
            <Show when=move || !making.is_finished()>
                {move || match review.response() {
                    Some(Response::HandOffReview(found)) => Some(view! {
                        <HandOffTable review=found/>
                        <Show when=move || kind.get() == Kind::Keymanager>
                            <p class="warning" data-testid="passwords-warning">{tr!("hand-off-passwords-warning")}</p>
                            <p class="hint">{tr!("hand-off-never-signed")}</p>
                            <label class="inline"><input type="checkbox" data-testid="passwords-ack"
                                prop:checked=move || acknowledged.get()
                                on:change=move |ev| acknowledged.set(event_target_checked(&ev))/>
                                " "{tr!("hand-off-passwords-ack")}</label>
                        </Show>
                        <button type="button" data-testid="make-files"
                            prop:disabled=move || !ready() || making.state.get().is_running()
                            on:click=make>
                            {tr!("hand-off-make")}
                        </button>
                    }),
                    _ => None,
                }}
            </Show>
            <JobProgress runner=making/>
            {move || match making.response() {
                Some(Response::HandOff(made)) => Some(view! {
                    <HandOffFilesView made=made/>
                }),
                _ => None,
            }}
        </section>
    }
}

/// Each key that will be handed over, and where it will be stored.
#[component]
fn HandOffTable(review: HandOffReview) -> impl IntoView {
    let count = review.keys.len() as u64;
    let stores = review.keys.iter().any(|key| key.stored_as.is_some());
    let chain = review.chain.clone();
    view! {
        <section class="signing-review" data-testid="hand-off-review" aria-labelledby="hand-off-review-title">
            <h3 id="hand-off-review-title" tabindex="-1">
                {tr!("hand-off-review-title", count = count, chain = chain.clone())}
            </h3>
            <dl class="plan">
                <dt>{tr!("review-root")}</dt>
                <dd><HexValue value=review.genesis_validators_root.clone() label=tr!("review-root-label") test_id="review-root"/></dd>
            </dl>
            <div class="table-scroll">
            <table class="review">
                <thead><tr>
                    <th scope="col">{tr!("hand-off-column-pubkey")}</th>
                    <th scope="col">{tr!("hand-off-column-path")}</th>
                    {stores.then(|| view! { <th scope="col">{tr!("hand-off-column-stored-as")}</th> })}
                </tr></thead>
                <tbody>
                    {review.keys.into_iter().map(|key| view! {
                        <tr data-testid="hand-off-key">
                            <td><HexValue value=key.pubkey label=tr!("review-pubkey-label")/></td>
                            <td><code dir="ltr">{key.path}</code></td>
                            {key.stored_as.map(|to| view! { <td><code dir="ltr">{to}</code></td> })}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        </section>
    }
}

/// The checked files (one download each, "Download all" as a zip), then the next steps.
#[component]
fn HandOffFilesView(made: withdrawal_wallet::HandOffFiles) -> impl IntoView {
    let zip = format!(
        "{}.zip",
        made.files
            .first()
            .map_or("files", |file| file.kind.folder())
    );
    view! {
        <FileList files=made.files/>
        <HandOffNextSteps destination=made.destination curl=made.curl_command zip=zip/>
    }
}

//! Proof of withdrawal-address ownership (deposit-cli's
//! `generate-bls-to-execution-change-keystore`): not a consensus message, but a statement signed
//! with a validator's signing key that its withdrawals are to go to an address, asked of stakers
//! by some operators and processes. Signed from the validator's keystore and its password (as
//! deposit-cli does) or from the loaded mnemonic at a key index. The core reviews the request
//! (the signing key, the validator, the chain with its genesis validators root, the address),
//! the staker retypes the address's end, and the same request is signed.

use leptos::prelude::*;
use withdrawal_wallet::fields;
use withdrawal_wallet::{
    keystore_from_json, parse_validator_pubkey, Coded, CreateOwnershipProof, ExecutionAddress,
    Request, Response, SecretText, WalletError,
};

use crate::jobs::{JobProgress, JobRunner};
use crate::journeys::{report_stage, Stage};
use crate::pages::common::{
    field_error, secret_input, text_input, ChainPicker, KeySource, KeySourcePicker, KeystoreFile,
    KeystoreFileInput, NeedsMnemonic, PublicMnemonicAck, SecretField,
};
use crate::review::{Confirmation, PubkeyColumn, ReviewRow, SignAndFiles, Signed, SigningPlan};
use crate::session::Session;
use crate::text;
use crate::tr;

/// deposit-cli's command that makes the same file (a name, never translated).
const DEPOSIT_CLI_COMMAND: &str = "generate-bls-to-execution-change-keystore";

#[component]
pub fn OwnershipProof() -> impl IntoView {
    let session = expect_context::<Session>();
    let chain = session.chain;
    let source = RwSignal::new(KeySource::Keystore);
    let keystore = RwSignal::new(KeystoreFile::None);
    let password = SecretField::new();
    let key_index = RwSignal::new("0".to_owned());
    let validator_pubkey = RwSignal::new(String::new());
    let validator_index = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let address_again = RwSignal::new(String::new());
    let public_acknowledged = RwSignal::new(false);
    // Set by the first "Review": empty fields then say what they need.
    let tried = RwSignal::new(false);
    let review = JobRunner::new();
    let signing = JobRunner::new();
    let confirmed = RwSignal::new(false);
    let error = RwSignal::new(None::<WalletError>);

    // Each field's own check, by the core's rules (tracked).
    let chain_root_error = move || {
        let chain = chain.resolve().ok()?;
        chain
            .bls_to_execution_change_keystore_domain()
            .err()
            .map(|err| WalletError::from(err).at("chain"))
    };
    let keystore_error = move || match keystore.get() {
        KeystoreFile::Read { json, .. } => keystore_from_json(&json)
            .err()
            .map(|err| err.at("keystore")),
        _ => None,
    };
    let key_index_error = move || {
        (source.get() == KeySource::Mnemonic)
            .then(|| fields::key_index(&key_index.get()).err())
            .flatten()
            .map(|err| err.at("keyIndex"))
    };
    let pubkey_error = move || {
        let typed = validator_pubkey.get();
        (!typed.trim().is_empty())
            .then(|| parse_validator_pubkey(&typed).err())
            .flatten()
            .map(|err| err.at("validatorPubkey"))
    };
    let index_error = move || {
        let typed = validator_index.get();
        (tried.get() || !typed.trim().is_empty())
            .then(|| fields::uint64(&typed).err())
            .flatten()
            .map(|err| err.at("validatorIndex"))
    };
    let address_error = move || {
        (tried.get() || !address_again.get().is_empty())
            .then(|| {
                ExecutionAddress::parse_confirmed(&address.get(), &address_again.get())
                    .err()
                    .map(|err| WalletError::from(err).at("executionAddress"))
            })
            .flatten()
    };

    // One request for both the review and the signature: what is reviewed is what is signed,
    // and a change to any input (the address's confirmation too) drops both.
    let request = move || -> Option<CreateOwnershipProof> {
        ExecutionAddress::parse_confirmed(&address.get(), &address_again.get()).ok()?;
        let pubkey = validator_pubkey.get();
        let mut request = CreateOwnershipProof {
            keystore: None,
            password: None,
            mnemonic: None,
            passphrase: SecretText::default(),
            language: None,
            key_index: None,
            chain: chain.spec().ok()?,
            validator_index: validator_index.get().trim().to_owned(),
            execution_address: address.get().trim().to_owned(),
            validator_pubkey: (!pubkey.trim().is_empty()).then(|| pubkey.trim().to_owned()),
            acknowledge_public_mnemonic: false,
            timestamp: None,
        };
        match source.get() {
            KeySource::Keystore => {
                let KeystoreFile::Read { json, .. } = keystore.get() else {
                    return None;
                };
                request.keystore = Some(json);
                request.password = Some(password.secret().ok()?);
            }
            KeySource::Mnemonic => {
                let (mnemonic, passphrase, language) = session.secrets()?;
                request.mnemonic = Some(mnemonic);
                request.passphrase = passphrase;
                request.language = language;
                request.key_index = Some(fields::key_index(&key_index.get()).ok()?);
                request.acknowledge_public_mnemonic = public_acknowledged.get();
            }
        }
        Some(request)
    };
    review.follow(move || request().map(Request::ReviewOwnershipProof));
    signing.follow(move || request().map(Request::CreateOwnershipProof));
    Effect::new(move |_| {
        if !review.is_finished() {
            confirmed.set(false);
        }
    });

    let start_review = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        error.set(None);
        if let KeySource::Keystore = source.get_untracked() {
            // Say why nothing happens: the file is not read yet, or none was chosen.
            if !matches!(keystore.get_untracked(), KeystoreFile::Read { .. }) {
                error.set(Some(
                    WalletError::from(fields::KeystoreNotChosen).at("keystore"),
                ));
                return;
            }
        }
        if let Err(err) = chain.resolve() {
            error.set(Some(err));
            return;
        }
        // Fields with an error shown beside them wait for the fix.
        let field_errors = [
            chain_root_error(),
            keystore_error(),
            key_index_error(),
            pubkey_error(),
            index_error(),
            address_error(),
        ];
        if field_errors.iter().any(Option::is_some) {
            return;
        }
        match request() {
            Some(request) => {
                signing.reset();
                review.start(Request::ReviewOwnershipProof(request));
            }
            None => {
                if let Err(err) = password.secret() {
                    error.set(Some(err));
                }
            }
        }
    };
    let sign = move |_| {
        if !confirmed.get_untracked() {
            return;
        }
        if let Some(request) = request() {
            signing.start(Request::CreateOwnershipProof(request));
        }
    };
    let plan = move || -> Option<SigningPlan> {
        let Some(Response::OwnershipProofReview(found)) = review.response() else {
            return None;
        };
        Some(SigningPlan {
            what: Signed::OwnershipProof,
            chain: chain.resolve().ok()?,
            address: ExecutionAddress::parse_checksummed(&found.execution_address).ok(),
            amount: None,
            epoch: None,
            pubkey_column: PubkeyColumn::Signing,
            rows: vec![ReviewRow {
                validator_index: Some(found.validator_index),
                key_index: found.key_index,
                pubkey: found.pubkey,
                problem: found.problem,
            }],
        })
    };
    report_stage(move || {
        Stage::of(
            source.get() == KeySource::Mnemonic && !session.is_loaded(),
            review.is_finished(),
            signing.is_finished(),
        )
    });
    // Another source drops the keystore and its password: the fields shown again are empty,
    // and so is what the page holds.
    let choose_source = move |chosen: KeySource| {
        if source.get_untracked() != chosen {
            keystore.set(KeystoreFile::None);
            password.text.set(zeroize::Zeroizing::new(String::new()));
            password.problem.set(None);
            error.set(None);
        }
        source.set(chosen);
    };

    view! {
        <section class="card" aria-labelledby="proof-title">
            <h2 id="proof-title" tabindex="-1">{tr!("proof-title")}</h2>
            <p class="warning" data-testid="proof-not-consensus">{tr!("proof-not-consensus")}</p>
            <p class="hint">{tr!("proof-what")}</p>
            <p class="hint">{tr!("proof-reference")}" "<code dir="ltr">{DEPOSIT_CLI_COMMAND}</code></p>
            <form on:submit=start_review novalidate=true>
            <ChainPicker/>
            {field_error("chain-root", chain_root_error)}
            <KeySourcePicker source=source legend="proof-source-legend" keystore_first=true
                mnemonic_label="proof-source-mnemonic" keystore_label="proof-source-keystore"
                on_choose=choose_source/>
            <Show when=move || source.get() == KeySource::Keystore fallback=move || view! {
                <Show when=move || session.is_loaded() fallback=|| view! { <NeedsMnemonic/> }>
                    <label for="key-index">{tr!("proof-key-index-label")}</label>
                    {text_input("key-index", key_index)}
                    {field_error("key-index", key_index_error)}
                </Show>
            }>
                <KeystoreFileInput keystore=keystore label="proof-keystore-file-label"
                    described_by="keystore-file-error" on_error=move |err| error.set(err)/>
                {field_error("keystore-file", keystore_error)}
                <label for="keystore-password">{tr!("proof-keystore-password-label")}</label>
                {secret_input("keystore-password", password)}
            </Show>
            <label for="validator-pubkey">{tr!("proof-validator-pubkey-label")}</label>
            {text_input("validator-pubkey", validator_pubkey)}
            {field_error("validator-pubkey", pubkey_error)}
            <label for="validator-index">{tr!("proof-validator-index-label")}</label>
            {text_input("validator-index", validator_index)}
            {field_error("validator-index", index_error)}
            <label for="address">{tr!("proof-address-label")}</label>
            {text_input("address", address)}
            <label for="address-again">{tr!("proof-address-again-label")}</label>
            {text_input("address-again", address_again)}
            {field_error("address", address_error)}
            <Show when=move || source.get() == KeySource::Mnemonic>
                <PublicMnemonicAck real_value=Signal::derive(move || chain.real_value()) acknowledged=public_acknowledged/>
            </Show>
            <button type="submit" data-testid="review" prop:disabled=move || review.state.get().is_running()>
                {tr!("proof-review")}
            </button>
            </form>
            <p class="field-error" role="alert" data-testid="proof-error"
                data-code=move || error.get().map(|err| err.code.as_str())>
                {move || error.get().map(|err| text::error(&err))}
            </p>
            <JobProgress runner=review/>
            <SignAndFiles plan=Signal::derive(plan) confirmation=Confirmation::AddressEnding confirmed=confirmed
                signing=signing on_sign=sign sign_test_id="sign-proof" sign_label="proof-sign" chain=chain/>
        </section>
    }
}

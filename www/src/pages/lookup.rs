//! A key index of the loaded mnemonic → its withdrawal public key and the 0x00 credentials it
//! gives (and its signing key), to compare with what the beacon chain shows. Derived in a
//! worker, from the mnemonic and passphrase loaded for the visit.

use leptos::prelude::*;
use withdrawal_wallet::{fields, DeriveKeys, Request, Response};

use crate::hex::HexValue;
use crate::jobs::{JobProgress, JobRunner};
use crate::pages::common::{field_error, text_input, NeedsMnemonic};
use crate::session::Session;
use crate::tr;

#[component]
pub fn Lookup() -> impl IntoView {
    let session = expect_context::<Session>();
    let index = RwSignal::new(String::from("0"));
    let runner = JobRunner::new();
    let index_error = move || fields::key_index(&index.get()).err();
    let request = move || {
        let (mnemonic, passphrase, language) = session.secrets()?;
        Some(Request::DeriveKeys(DeriveKeys {
            mnemonic,
            passphrase,
            language,
            start_index: fields::key_index(&index.get()).ok()?,
            count: 1,
        }))
    };
    runner.follow(request);
    let show = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(request) = request() {
            runner.start(request);
        }
    };

    view! {
        <section class="card" aria-labelledby="lookup-title">
            <h2 id="lookup-title" tabindex="-1">{tr!("lookup-title")}</h2>
            <p class="hint">{tr!("lookup-hint", path = "m/12381/3600/i/0")}</p>
            <Show when=move || session.is_loaded() fallback=|| view! { <NeedsMnemonic/> }>
                <form on:submit=show>
                    <label for="index">{tr!("lookup-index-label")}</label>
                    {text_input("index", index)}
                    {field_error("index", index_error)}
                    <button type="submit" data-testid="show-key">{tr!("lookup-show")}</button>
                </form>
                <JobProgress runner=runner/>
                {move || match runner.response() {
                    Some(Response::Keys(keys)) => keys.into_iter().next().map(|keys| view! {
                        <dl class="result" data-testid="result">
                            <dt>{tr!("lookup-withdrawal-path")}</dt>
                            <dd><code dir="ltr" data-testid="withdrawal-path">{keys.withdrawal_path}</code></dd>
                            <dt>{tr!("lookup-withdrawal-pubkey")}</dt>
                            <dd><HexValue value=keys.withdrawal_pubkey label=tr!("lookup-copy-withdrawal-pubkey") test_id="withdrawal-pubkey"/></dd>
                            <dt>{tr!("lookup-credentials")}</dt>
                            <dd><HexValue value=keys.bls_withdrawal_credentials label=tr!("lookup-copy-credentials") test_id="credentials"/></dd>
                            <dt>{tr!("lookup-signing")}</dt>
                            <dd><code dir="ltr">{keys.signing_path}</code>" "
                                <HexValue value=keys.signing_pubkey label=tr!("lookup-copy-signing-pubkey") test_id="signing-pubkey"/></dd>
                        </dl>
                    }.into_any()),
                    _ => None,
                }}
            </Show>
        </section>
    }
}

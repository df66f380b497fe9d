//! A key index of the loaded mnemonic → its withdrawal public key and the 0x00 credentials it
//! gives (and its signing key), to compare with what the beacon chain shows. Derived in a
//! worker, from the mnemonic and passphrase loaded for the visit.

use leptos::prelude::*;
use withdrawal_wallet::{fields, DeriveKeys, Request, Response};

use crate::hex::HexValue;
use crate::jobs::{JobProgress, JobRunner};
use crate::pages::common::{field_error, text_input, NeedsMnemonic};
use crate::session::Session;

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
            <h2 id="lookup-title" tabindex="-1">"Withdrawal key of a key index"</h2>
            <p class="hint">
                "Shows the withdrawal public key (m/12381/3600/i/0) of your mnemonic's key index i and the 0x00 "
                "withdrawal credentials it gives, so you can compare them with what the beacon chain shows."
            </p>
            <Show when=move || session.is_loaded() fallback=|| view! { <NeedsMnemonic/> }>
                <form on:submit=show>
                    <label for="index">"Key index"</label>
                    {text_input("index", index)}
                    {field_error("index", index_error)}
                    <button type="submit" data-testid="show-key">"Show its keys"</button>
                </form>
                <JobProgress runner=runner/>
                {move || match runner.response() {
                    Some(Response::Keys(keys)) => keys.into_iter().next().map(|keys| view! {
                        <dl class="result" data-testid="result">
                            <dt>"Withdrawal key path"</dt>
                            <dd><code data-testid="withdrawal-path">{keys.withdrawal_path}</code></dd>
                            <dt>"Withdrawal public key"</dt>
                            <dd><HexValue value=keys.withdrawal_pubkey label="withdrawal public key" test_id="withdrawal-pubkey"/></dd>
                            <dt>"0x00 withdrawal credentials"</dt>
                            <dd><HexValue value=keys.bls_withdrawal_credentials label="withdrawal credentials" test_id="credentials"/></dd>
                            <dt>"Signing key path and public key"</dt>
                            <dd><code>{keys.signing_path}</code>" "
                                <HexValue value=keys.signing_pubkey label="signing public key" test_id="signing-pubkey"/></dd>
                        </dl>
                    }.into_any()),
                    _ => None,
                }}
            </Show>
        </section>
    }
}

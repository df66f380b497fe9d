//! The withdrawal-wallet page. Components hold state and call the core; nothing here
//! does cryptography of its own.

mod withdrawal_lookup;

use leptos::prelude::*;

pub use withdrawal_lookup::{lookup_withdrawal_key, LookupResult, WithdrawalLookup};

#[component]
pub fn App() -> impl IntoView {
    view! {
        <header class="masthead">
            <h1>"withdrawal-wallet"</h1>
            <p class="tagline">"Offline keys for Ethereum validators. Nothing you type leaves this page."</p>
        </header>
        <main>
            <WithdrawalLookup/>
        </main>
    }
}

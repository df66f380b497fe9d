//! Mnemonic + index → withdrawal public key and 0x00 credentials.

use leptos::prelude::*;
use withdrawal_wallet::{derive_validator_keys, fields, Mnemonic, WalletError};
use zeroize::Zeroizing;

use crate::text;

/// What the page shows for the current inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LookupResult {
    /// Nothing typed yet.
    Empty,
    MnemonicError(WalletError),
    IndexError(WalletError),
    Found {
        withdrawal_path: String,
        withdrawal_pubkey: String,
        bls_withdrawal_credentials: String,
    },
}

/// Plain logic behind the component, so it can be tested without a browser.
pub fn lookup_withdrawal_key(mnemonic: &str, index: &str) -> LookupResult {
    if mnemonic.trim().is_empty() {
        return LookupResult::Empty;
    }
    let mnemonic = match Mnemonic::parse(mnemonic, None) {
        Ok(mnemonic) => mnemonic,
        Err(err) => return LookupResult::MnemonicError(WalletError::from(err).at("mnemonic")),
    };
    let index = match fields::key_index(index) {
        Ok(index) => index,
        Err(err) => return LookupResult::IndexError(err.at("index")),
    };
    let seed = mnemonic.to_seed("");
    match derive_validator_keys(&seed, index, 1) {
        Ok(keys) => {
            keys.into_iter()
                .next()
                .map_or(LookupResult::Empty, |keys| LookupResult::Found {
                    withdrawal_path: keys.withdrawal_path.to_string(),
                    withdrawal_pubkey: keys.withdrawal_pubkey.to_hex(),
                    bls_withdrawal_credentials: format!(
                        "0x{}",
                        hex::encode(keys.bls_withdrawal_credentials)
                    ),
                })
        }
        Err(err) => LookupResult::IndexError(err.at("index")),
    }
}

#[component]
pub fn WithdrawalLookup() -> impl IntoView {
    let mnemonic = RwSignal::new(Zeroizing::new(String::new()));
    let index = RwSignal::new(String::from("0"));
    let result = Memo::new(move |_| lookup_withdrawal_key(&mnemonic.read(), &index.read()));

    let mnemonic_error = move || match result.get() {
        LookupResult::MnemonicError(err) => Some(text::error(&err)),
        _ => None,
    };
    let index_error = move || match result.get() {
        LookupResult::IndexError(err) => Some(text::error(&err)),
        _ => None,
    };

    view! {
        <section class="card" aria-labelledby="lookup-title">
            <h2 id="lookup-title">"Withdrawal key of a validator"</h2>
            <p class="hint">
                "Shows the withdrawal public key (m/12381/3600/i/0) and the 0x00 withdrawal "
                "credentials it gives, so you can compare them with what the beacon chain shows."
            </p>
            <label for="mnemonic">"Mnemonic"</label>
            <textarea
                id="mnemonic"
                data-testid="mnemonic"
                rows="3"
                autocomplete="off"
                spellcheck="false"
                autocapitalize="off"
                aria-invalid=move || mnemonic_error().is_some().to_string()
                aria-describedby="mnemonic-error"
                prop:value=move || mnemonic.read().to_string()
                on:input=move |ev| mnemonic.set(crate::pages::common::secret_value(&ev).unwrap_or_default())
            ></textarea>
            <p id="mnemonic-error" class="field-error" data-testid="mnemonic-error" role="alert">
                {mnemonic_error}
            </p>
            <label for="index">"Validator key index"</label>
            <input
                id="index"
                data-testid="index"
                inputmode="numeric"
                autocomplete="off"
                aria-invalid=move || index_error().is_some().to_string()
                aria-describedby="index-error"
                prop:value=move || index.get()
                on:input=move |ev| index.set(event_target_value(&ev))
            />
            <p id="index-error" class="field-error" data-testid="index-error" role="alert">
                {index_error}
            </p>
            {move || match result.get() {
                LookupResult::Found { withdrawal_path, withdrawal_pubkey, bls_withdrawal_credentials } => {
                    Some(view! {
                        <dl class="result" data-testid="result">
                            <dt>"Path"</dt>
                            <dd><code data-testid="withdrawal-path">{withdrawal_path}</code></dd>
                            <dt>"Withdrawal public key"</dt>
                            <dd><code data-testid="withdrawal-pubkey">{withdrawal_pubkey}</code></dd>
                            <dt>"BLS withdrawal credentials"</dt>
                            <dd><code data-testid="credentials">{bls_withdrawal_credentials}</code></dd>
                        </dl>
                    })
                }
                _ => None,
            }}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ABANDON_ART: &str = "abandon abandon abandon abandon abandon abandon abandon abandon \
        abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \
        abandon abandon abandon abandon art";

    #[test]
    fn empty_mnemonic_shows_nothing() {
        assert_eq!(lookup_withdrawal_key("  ", "0"), LookupResult::Empty);
    }

    #[test]
    fn bad_mnemonic_and_index_are_reported_on_their_fields() {
        assert!(matches!(
            lookup_withdrawal_key("abandon abandon", "0"),
            LookupResult::MnemonicError(err) if err.code == withdrawal_wallet::ErrorCode::MnemonicWordCount
        ));
        assert!(matches!(
            lookup_withdrawal_key(ABANDON_ART, "-1"),
            LookupResult::IndexError(err) if err.code == withdrawal_wallet::ErrorCode::NotKeyIndex
        ));
    }
}

//! The validators a search found, one row each, with the ones this mnemonic can sign for
//! selectable.

use std::collections::BTreeSet;

use leptos::prelude::*;
use withdrawal_wallet::FoundValidator;

use super::RowKey;

#[component]
pub fn FoundTable(
    rows: Vec<FoundValidator>,
    selected: RwSignal<BTreeSet<RowKey>>,
) -> impl IntoView {
    view! {
        <div class="table-scroll">
        <table class="review" data-testid="found-table">
            <thead><tr>
                <th>"Sign"</th><th>"Validator"</th><th>"Key index"</th><th>"Status"</th>
                <th>"Withdrawal credentials"</th><th>"Found by"</th><th>"Address change"</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|row| {
                    let key = (row.validator_index, row.key_index);
                    let eligible = row.can_change_withdrawal_address();
                    let selectable = eligible || row.can_exit();
                    let found_by = match (row.by_withdrawal_credentials, row.by_signing_pubkey) {
                        (true, true) => "credentials and pubkey",
                        (true, false) => "withdrawal credentials",
                        _ => "signing pubkey",
                    };
                    let credentials = format!("0x{}", hex::encode(row.withdrawal_credentials));
                    let change = if eligible {
                        "0x00: can be changed".to_owned()
                    } else if row.withdrawal_credentials[0] == 0 {
                        "0x00 of another withdrawal key: not this mnemonic's".to_owned()
                    } else {
                        format!("already 0x{:02x}", row.withdrawal_credentials[0])
                    };
                    view! {
                        <tr data-testid="found-row" data-validator=row.validator_index.to_string() data-key=row.key_index.to_string()>
                            <td><input type="checkbox" data-testid="select-validator" prop:disabled=!selectable
                                aria-label=format!("Sign for validator {}", row.validator_index)
                                prop:checked=move || selected.with(|s| s.contains(&key))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    selected.update(|s| { if on { s.insert(key); } else { s.remove(&key); } });
                                } /></td>
                            <td>{row.validator_index}</td>
                            <td>{row.key_index}</td>
                            <td>{row.status.map_or_else(|| "—".to_owned(), |status| status.to_string())}</td>
                            <td><code>{credentials}</code></td>
                            <td>{found_by}</td>
                            <td>{change}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}

//! The validators a search found, one row each, with the ones this mnemonic can sign for
//! selectable.

use std::collections::BTreeSet;

use leptos::prelude::*;
use withdrawal_wallet::FoundValidator;

use super::RowKey;
use crate::i18n::{text, text_with, Args};
use crate::tr;

#[component]
pub fn FoundTable(
    rows: Vec<FoundValidator>,
    selected: RwSignal<BTreeSet<RowKey>>,
) -> impl IntoView {
    view! {
        <div class="table-scroll">
        <table class="review" data-testid="found-table">
            <thead><tr>
                <th>{tr!("find-column-sign")}</th><th>{tr!("find-column-validator")}</th>
                <th>{tr!("find-column-key-index")}</th><th>{tr!("find-column-status")}</th>
                <th>{tr!("find-column-credentials")}</th><th>{tr!("find-column-found-by")}</th>
                <th>{tr!("find-column-change")}</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|row| {
                    let key = (row.validator_index, row.key_index);
                    let eligible = row.can_change_withdrawal_address();
                    let selectable = eligible || row.can_exit();
                    let found_by = match (row.by_withdrawal_credentials, row.by_signing_pubkey) {
                        (true, true) => "find-found-by-both",
                        (true, false) => "find-found-by-credentials",
                        _ => "find-found-by-pubkey",
                    };
                    let credentials = format!("0x{}", hex::encode(row.withdrawal_credentials));
                    let prefix = row.withdrawal_credentials[0];
                    let change = move || if eligible {
                        text("find-change-possible")
                    } else if prefix == 0 {
                        text("find-change-other-key")
                    } else {
                        let mut args = Args::new();
                        args.set("prefix", format!("0x{prefix:02x}"));
                        text_with("find-change-already", &args)
                    };
                    let validator = row.validator_index.to_string();
                    let select_label = move || {
                        let mut args = Args::new();
                        args.set("validator", validator.clone());
                        text_with("find-select-validator", &args)
                    };
                    view! {
                        <tr data-testid="found-row" data-validator=row.validator_index.to_string() data-key=row.key_index.to_string()>
                            <td><input type="checkbox" data-testid="select-validator" prop:disabled=!selectable
                                aria-label=select_label
                                prop:checked=move || selected.with(|s| s.contains(&key))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    selected.update(|s| { if on { s.insert(key); } else { s.remove(&key); } });
                                } /></td>
                            <td>{row.validator_index}</td>
                            <td>{row.key_index}</td>
                            <td><bdi dir="ltr">{row.status.map_or_else(|| "—".to_owned(), |status| status.to_string())}</bdi></td>
                            <td><code dir="ltr">{credentials}</code></td>
                            <td>{move || text(found_by)}</td>
                            <td>{change}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}

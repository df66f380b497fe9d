//! Verifying a deposit, BLS-change or exit file from any tool, entry by entry.

use serde::{Deserialize, Serialize};

use crate::chain::ChainInput;
use crate::consensus::bls_to_execution_change::verify_bls_to_execution_changes_with_progress;
use crate::consensus::deposit::verify_deposit_data_with_progress;
use crate::consensus::voluntary_exit::{parse_validator_pubkey, verify_voluntary_exit};
use crate::error::{params, Coded, ErrorCode, WalletError};
use crate::files::output::EntryReport;
use crate::files::FileKind;
use crate::operations::{Context, Phase};

/// Checks a signed-message file against `chain`: an exit against its validator's `pubkey`.
/// `kind` is read from the file's shape when absent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VerifyFile {
    pub json: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<FileKind>,
    #[cfg_attr(feature = "wasm", tsify(type = "ChainInput"))]
    pub chain: ChainInput,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pubkey: Option<String>,
}

impl VerifyFile {
    pub(crate) fn run(&self, context: &mut Context<'_>) -> Result<Vec<EntryReport>, WalletError> {
        let kind = match self.kind {
            Some(kind) => kind,
            None => FileKind::detect(&self.json).map_err(|err| err.at("json"))?,
        };
        let chain = self.chain.resolve().map_err(|err| err.at("chain"))?;
        let mut progress = |done: usize, total: usize| {
            context.progress(Phase::Verifying, done as u64, total as u64)
        };
        let reports = match kind {
            FileKind::DepositData => {
                verify_deposit_data_with_progress(&self.json, &chain, &mut progress)
            }
            FileKind::BlsToExecutionChange | FileKind::EthdoChangeOperations => {
                verify_bls_to_execution_changes_with_progress(&self.json, &chain, &mut progress)
            }
            FileKind::VoluntaryExit => {
                let Some(text) = &self.pubkey else {
                    return Err(WalletError {
                        field: Some("pubkey".into()),
                        ..WalletError::new(
                            ErrorCode::OptionMissing,
                            params(&[("option", "pubkey".into())]),
                            "give the validator's signing pubkey to check an exit against",
                        )
                    });
                };
                let pubkey = parse_validator_pubkey(text).map_err(|err| err.at("pubkey"))?;
                verify_voluntary_exit(&self.json, &chain, &pubkey).map(|report| vec![report])
            }
            FileKind::Keystore => {
                return Err(WalletError {
                    field: Some("kind".into()),
                    ..WalletError::new(
                        ErrorCode::OptionValue,
                        params(&[("found", "keystore".into())]),
                        "a keystore is checked by opening it with its password, not verified as a signed file",
                    )
                })
            }
        };
        reports.map_err(|err| WalletError::from(err).at("json"))
    }
}

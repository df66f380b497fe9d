//! Finding a mnemonic's validators among what the beacon chain knows: key indices are derived
//! and matched where the request runs (a worker, for the page), and only matches come back.

use serde::{Deserialize, Serialize};

use crate::chain::{Chain, ChainInput, CustomChain, ImportedChainDiffers};
use crate::error::{params, Coded, ErrorCode, WalletError};
use crate::files::serde_text;
use crate::import::search::{
    check_key_count, find_validators, search_import, FoundValidator, KeyTable, SearchError,
    MAX_MATCHES,
};
use crate::import::{check_validator_list, names_signing_pubkeys, ImportFormat, ValidatorInput};
use crate::keys::mnemonic::MnemonicLanguage;
use crate::operations::secret::{MnemonicSecret, SecretText};
use crate::operations::{Context, Phase};

/// Which validators key indices `startKeyIndex..=maxKeyIndex` control (ethdo's 1,024 is
/// 0..=1023), in exactly one of: a list of validators, an import's text, or the file the
/// worker was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FindValidators {
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub mnemonic: SecretText,
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(type = "string", optional))]
    pub passphrase: SecretText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<MnemonicLanguage>,
    #[serde(default)]
    pub start_key_index: u32,
    pub max_key_index: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validators: Option<Vec<ValidatorInput>>,
    /// A beacon API response, ethdo's offline-preparation.json or a CSV, as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import: Option<String>,
    /// The chain selected, when there is one: a notice says so if the import's differs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "ChainInput", optional))]
    pub chain: Option<ChainInput>,
}

/// What a search found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SearchFindings {
    /// The import's format; absent for a list.
    pub format: Option<ImportFormat>,
    /// The chain an ethdo file was made on: signing uses it.
    #[cfg_attr(feature = "wasm", tsify(type = "ChainInput | null"))]
    pub chain: Option<ChainInput>,
    /// The epoch an ethdo file was prepared at: the default exit epoch.
    #[serde(default, with = "serde_text::option_uint64")]
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub epoch: Option<u64>,
    pub validators_read: usize,
    pub start_key_index: u32,
    pub max_key_index: u32,
    /// Ordered by validator index, then key index.
    pub found: Vec<FoundValidator>,
    /// A notice (not an error): the import's chain is not the one selected.
    pub notice: Option<WalletError>,
}

/// Exactly one import source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportSourceConflict {
    pub given: usize,
}

impl std::fmt::Display for ImportSourceConflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.given == 0 {
            "choose an import file, paste an import, or give a list of validators"
        } else {
            "give exactly one import: a file, a pasted text or a list of validators"
        })
    }
}

impl Coded for ImportSourceConflict {
    fn code(&self) -> ErrorCode {
        ErrorCode::ImportSourceConflict
    }

    fn params(&self) -> crate::error::Params {
        params(&[("given", self.given.into())])
    }
}

impl FindValidators {
    /// The key indices scanned, checked: `start..=max`, 1 to `MAX_KEY_COUNT` of them.
    pub fn key_count(&self) -> Result<u32, WalletError> {
        let count =
            (u64::from(self.max_key_index) + 1).saturating_sub(u64::from(self.start_key_index));
        check_key_count(count).map_err(|err| err.at("maxKeyIndex"))?;
        Ok(count as u32)
    }

    pub(crate) fn run(&self, context: &mut Context<'_>) -> Result<SearchFindings, WalletError> {
        let count = self.key_count()?;
        let attachment = context.import;
        let given = usize::from(self.validators.is_some())
            + usize::from(self.import.is_some())
            + usize::from(attachment.is_some());
        if given != 1 {
            return Err(ImportSourceConflict { given }.into());
        }
        let selected = self
            .chain
            .as_ref()
            .map(|chain| chain.resolve().map_err(|err| err.at("chain")))
            .transpose()?;
        let list = self
            .validators
            .as_deref()
            .map(|list| check_validator_list(list).map_err(|err| err.at("validators")))
            .transpose()?;
        let secret = MnemonicSecret {
            mnemonic: &self.mnemonic,
            passphrase: &self.passphrase,
            language: self.language,
        };
        let mnemonic = secret.parse()?;
        let seed = secret.seed(&mnemonic);
        let findings = |format, chain, epoch, validators_read, found| SearchFindings {
            format,
            chain,
            epoch,
            validators_read,
            start_key_index: self.start_key_index,
            max_key_index: self.max_key_index,
            found,
            notice: None,
        };
        if let Some(list) = list {
            let found = find_validators(&seed, self.start_key_index, count, &list)?;
            return Ok(findings(None, None, None, list.len(), found));
        }
        let bytes = match (&self.import, attachment) {
            (Some(text), _) => text.as_bytes(),
            (None, Some(bytes)) => bytes,
            (None, None) => return Err(ImportSourceConflict { given: 0 }.into()),
        };
        // A CSV names no signing pubkey: its search needs the withdrawal keys alone.
        let table = KeyTable::derive(
            &seed,
            self.start_key_index,
            count,
            names_signing_pubkeys(bytes),
            &mut |done| context.progress(Phase::Deriving, done.into(), count.into()),
        )?;
        drop(seed);
        context.progress(Phase::ReadingImport, 0, 0);
        let result = search_import(bytes, &table, &mut |read| {
            context.progress(Phase::ReadingImport, read as u64, 0)
        })
        .map_err(|err| err.at("import"))?;
        let chain = result
            .chain
            .as_ref()
            .map(Chain::from_import)
            .transpose()
            .map_err(|err| err.at("import"))?;
        let notice = match (&selected, &chain) {
            (Some(selected), Some(imported)) if !selected.same_values(imported) => Some(
                ImportedChainDiffers {
                    selected: selected.name.clone(),
                    imported: imported.name.clone(),
                }
                .into(),
            ),
            _ => None,
        };
        Ok(SearchFindings {
            notice,
            ..findings(
                Some(result.format),
                chain.as_ref().map(chain_input),
                result.chain.map(|imported| imported.epoch),
                result.validators_read,
                result.found,
            )
        })
    }
}

/// An imported validator as the package lists it (the same shape `findValidators` takes).
pub fn validator_view(validator: &crate::import::ImportedValidator) -> ValidatorInput {
    let hex = |bytes: &[u8]| format!("0x{}", hex::encode(bytes));
    ValidatorInput {
        index: crate::import::IndexInput::Text(validator.index.to_string()),
        pubkey: validator.pubkey.map(|pubkey| hex(&pubkey)),
        withdrawal_credentials: hex(&validator.withdrawal_credentials),
        status: validator.status.map(|status| status.as_str().to_owned()),
    }
}

/// A resolved chain as a request can name it again.
pub fn chain_input(chain: &Chain) -> ChainInput {
    if crate::chain::BUILTIN_CHAIN_NAMES.contains(&chain.name.as_str())
        && Chain::builtin(&chain.name).as_ref() == Ok(chain)
    {
        return ChainInput::Name(chain.name.clone());
    }
    let hex = |bytes: &[u8]| format!("0x{}", hex::encode(bytes));
    ChainInput::Custom(CustomChain {
        name: chain.name.clone(),
        genesis_fork_version: hex(&chain.genesis_fork_version),
        capella_fork_version: hex(&chain.capella_fork_version),
        genesis_validators_root: chain.genesis_validators_root.map(|root| hex(&root)),
    })
}

/// Joins the findings of a search split by key ranges over several workers.
pub(crate) fn merge_findings(parts: Vec<SearchFindings>) -> Result<SearchFindings, WalletError> {
    let mut parts = parts.into_iter();
    let Some(mut merged) = parts.next() else {
        return Err(WalletError::internal("no search results to merge"));
    };
    for part in parts {
        let same_import = part.format == merged.format
            && part.chain == merged.chain
            && part.epoch == merged.epoch
            && part.validators_read == merged.validators_read
            && part.start_key_index == merged.max_key_index + 1;
        if !same_import {
            return Err(WalletError::internal(
                "the workers read different imports or key ranges",
            ));
        }
        merged.max_key_index = part.max_key_index;
        merged.found.extend(part.found);
    }
    if merged.found.len() > MAX_MATCHES {
        return Err(SearchError::TooManyMatches.into());
    }
    merged
        .found
        .sort_by_key(|f| (f.validator_index, f.key_index));
    Ok(merged)
}

//! Requests that sign consensus messages for validators that exist: BLS-to-execution
//! changes (reviewed first, then signed) and voluntary exits, from the mnemonic or a keystore.

use serde::{Deserialize, Serialize};

use crate::chain::{Chain, ChainInput};
use crate::consensus::bls_to_execution_change::{
    check_change_request, create_bls_to_execution_changes_with_progress,
    review_bls_to_execution_changes, BlsChangeFiles, BlsChangeRequest, ChangeReview,
};
use crate::consensus::execution_address::ExecutionAddress;
use crate::consensus::validators::{
    parse_validator_indices, parse_withdrawal_credentials, ListError,
};
use crate::consensus::voluntary_exit::{
    check_exit_request, create_voluntary_exit_from_keystore, create_voluntary_exits_with_progress,
    parse_validator_pubkey, PubkeyMismatch,
};
use crate::consensus::withdrawal_credentials::WithdrawalCredentials;
use crate::error::{params, Coded, ErrorCode, WalletError};
use crate::files::output::OutputFile;
use crate::keys::keystore_json;
use crate::keys::mnemonic::{MnemonicLanguage, Seed};
use crate::keys::validator::{consecutive_key_indices, derive_validator_keys};
use crate::operations::fields;
use crate::operations::secret::{MnemonicSecret, SecretText};
use crate::operations::{Context, Phase, PublicMnemonicOnRealChain};

/// The key index of each validator: consecutive from `startIndex`, or given one by one.
fn key_indices(
    start_index: Option<u32>,
    key_indices: &Option<Vec<u32>>,
    validators: usize,
) -> Result<Vec<u32>, WalletError> {
    match (start_index, key_indices) {
        (Some(start), None) => {
            consecutive_key_indices(start, validators).map_err(|err| err.at("startIndex"))
        }
        (None, Some(indices)) => Ok(indices.clone()),
        _ => Err(WalletError::new(
            ErrorCode::OptionConflict,
            params(&[(
                "options",
                crate::error::Param::List(vec!["startIndex".into(), "keyIndices".into()]),
            )]),
            "invalid options: give either startIndex or keyIndices (one key index per validator)",
        )),
    }
}

/// BLS-to-execution changes: validator `validatorIndices[i]`, whose current 0x00 credentials
/// are `blsWithdrawalCredentials[i]`, moves to `executionAddress`, signed with the withdrawal
/// key at `startIndex + i` (or `keyIndices[i]`). The same request asks for the review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateBlsChanges {
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub mnemonic: SecretText,
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(type = "string", optional))]
    pub passphrase: SecretText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<MnemonicLanguage>,
    #[cfg_attr(feature = "wasm", tsify(type = "ChainInput"))]
    pub chain: ChainInput,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_index: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_indices: Option<Vec<u32>>,
    /// Decimal, as the beacon API writes them.
    pub validator_indices: Vec<String>,
    /// The validators' current 0x00 credentials, same order (`0x` optional).
    pub bls_withdrawal_credentials: Vec<String>,
    /// EIP-55 checksummed.
    pub execution_address: String,
    #[serde(default)]
    pub acknowledge_public_mnemonic: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}

/// A change request's values, checked.
struct ChangePlan {
    chain: Chain,
    key_indices: Vec<u32>,
    validators: Vec<u64>,
    credentials: Vec<WithdrawalCredentials>,
    address: ExecutionAddress,
}

impl CreateBlsChanges {
    fn plan(&self) -> Result<ChangePlan, WalletError> {
        let chain = self.chain.resolve().map_err(|err| err.at("chain"))?;
        let validators = parse_validator_indices(&self.validator_indices)
            .map_err(|err| err.at("validatorIndices"))?;
        let credentials = parse_withdrawal_credentials(&self.bls_withdrawal_credentials)
            .map_err(|err| err.at("blsWithdrawalCredentials"))?;
        let address = ExecutionAddress::parse_checksummed(&self.execution_address)
            .map_err(|err| err.at("executionAddress"))?;
        if validators.is_empty() {
            return Err(ListError::NoValidators.at("validatorIndices"));
        }
        let key_indices = key_indices(self.start_index, &self.key_indices, validators.len())?;
        Ok(ChangePlan {
            chain,
            key_indices,
            validators,
            credentials,
            address,
        })
    }

    fn secret(&self) -> MnemonicSecret<'_> {
        MnemonicSecret {
            mnemonic: &self.mnemonic,
            passphrase: &self.passphrase,
            language: self.language,
        }
    }

    /// What would be signed, validator by validator, with each mismatch named.
    pub(crate) fn review(
        &self,
        context: &mut Context<'_>,
    ) -> Result<Vec<ChangeReview>, WalletError> {
        let plan = self.plan()?;
        plan.check()?;
        let mnemonic = self.secret().parse()?;
        // What is reviewed must be signable: the acknowledgement is asked for here already.
        PublicMnemonicOnRealChain::check(&mnemonic, &plan.chain, self.acknowledge_public_mnemonic)?;
        let seed = self.secret().seed(&mnemonic);
        let request = plan.request(&seed, self.timestamp.unwrap_or(context.now));
        review_bls_to_execution_changes(&request, &mut |done, total| {
            context.progress(Phase::Deriving, done as u64, total as u64)
        })
    }

    pub(crate) fn run(&self, context: &mut Context<'_>) -> Result<BlsChangeFiles, WalletError> {
        let plan = self.plan()?;
        plan.check()?;
        let mnemonic = self.secret().parse()?;
        PublicMnemonicOnRealChain::check(&mnemonic, &plan.chain, self.acknowledge_public_mnemonic)?;
        let timestamp = self.timestamp.unwrap_or(context.now);
        let seed = self.secret().seed(&mnemonic);
        create_bls_to_execution_changes_with_progress(
            &plan.request(&seed, timestamp),
            &mut |done, total| context.progress(Phase::Signing, done as u64, total as u64),
        )
    }
}

impl ChangePlan {
    /// The request's shape, before the seed exists.
    fn check(&self) -> Result<(), WalletError> {
        check_change_request(
            &self.chain,
            &self.key_indices,
            &self.validators,
            &self.credentials,
        )?;
        Ok(())
    }

    fn request<'a>(
        &'a self,
        seed: &'a crate::keys::mnemonic::Seed,
        timestamp: u64,
    ) -> BlsChangeRequest<'a> {
        BlsChangeRequest {
            seed,
            chain: &self.chain,
            key_indices: &self.key_indices,
            validator_indices: &self.validators,
            bls_withdrawal_credentials: &self.credentials,
            execution_address: self.address,
            timestamp,
        }
    }
}

/// Pre-signed voluntary exits: validator `validatorIndices[i]` signed with the signing key at
/// `startIndex + i` (or `keyIndices[i]`), valid from `epoch` on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateExits {
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub mnemonic: SecretText,
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(type = "string", optional))]
    pub passphrase: SecretText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<MnemonicLanguage>,
    #[cfg_attr(feature = "wasm", tsify(type = "ChainInput"))]
    pub chain: ChainInput,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_index: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_indices: Option<Vec<u32>>,
    pub validator_indices: Vec<String>,
    /// Decimal uint64.
    pub epoch: String,
    #[serde(default)]
    pub acknowledge_public_mnemonic: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}

/// One exit as the signing review shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ExitReview {
    /// Decimal, as the beacon API writes validator indices.
    pub validator_index: String,
    /// The mnemonic's key index that signs it (none for a keystore).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_index: Option<u32>,
    /// The signing key's pubkey: the validator the exit is for, if this is its key.
    pub pubkey: String,
    /// Why this exit cannot be signed, if it cannot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<WalletError>,
}

/// What an exit request will sign: every validator with its key, and the epoch (decimal).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ExitsReview {
    pub epoch: String,
    pub exits: Vec<ExitReview>,
}

impl CreateExits {
    /// What would be signed: each validator's signing key, checked as the run checks it.
    pub(crate) fn review(&self, context: &mut Context<'_>) -> Result<ExitsReview, WalletError> {
        let (_, key_indices, validators, epoch, seed) = self.checked()?;
        let mut exits = Vec::with_capacity(validators.len());
        for (n, (key_index, validator)) in key_indices.iter().zip(&validators).enumerate() {
            let keys = derive_validator_keys(&seed, *key_index, 1)?;
            let pubkey = keys
                .first()
                .map(|k| k.signing_pubkey.to_hex())
                .unwrap_or_default();
            exits.push(ExitReview {
                validator_index: validator.to_string(),
                key_index: Some(*key_index),
                pubkey,
                problem: None,
            });
            context.progress(Phase::Deriving, n as u64 + 1, validators.len() as u64);
        }
        Ok(ExitsReview {
            epoch: epoch.to_string(),
            exits,
        })
    }

    /// The request checked in order (fields, mnemonic, acknowledgement), then its seed.
    #[allow(clippy::type_complexity)]
    fn checked(&self) -> Result<(Chain, Vec<u32>, Vec<u64>, u64, Seed), WalletError> {
        let chain = self.chain.resolve().map_err(|err| err.at("chain"))?;
        let validators = parse_validator_indices(&self.validator_indices)
            .map_err(|err| err.at("validatorIndices"))?;
        if validators.is_empty() {
            return Err(ListError::NoValidators.at("validatorIndices"));
        }
        let epoch = fields::uint64(&self.epoch).map_err(|err| err.at("epoch"))?;
        let key_indices = key_indices(self.start_index, &self.key_indices, validators.len())?;
        check_exit_request(&chain, &key_indices, &validators)?;
        let secret = MnemonicSecret {
            mnemonic: &self.mnemonic,
            passphrase: &self.passphrase,
            language: self.language,
        };
        let mnemonic = secret.parse()?;
        PublicMnemonicOnRealChain::check(&mnemonic, &chain, self.acknowledge_public_mnemonic)?;
        let seed = secret.seed(&mnemonic);
        Ok((chain, key_indices, validators, epoch, seed))
    }

    pub(crate) fn run(&self, context: &mut Context<'_>) -> Result<Vec<OutputFile>, WalletError> {
        let (chain, key_indices, validators, epoch, seed) = self.checked()?;
        create_voluntary_exits_with_progress(
            &seed,
            &chain,
            &key_indices,
            &validators,
            epoch,
            self.timestamp.unwrap_or(context.now),
            &mut |done, total| context.progress(Phase::Signing, done as u64, total as u64),
        )
    }
}

/// A pre-signed exit from an EIP-2335 keystore and its password; with `validatorPubkey`, the
/// keystore's key must be that validator's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateExitFromKeystore {
    pub keystore: String,
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub password: SecretText,
    #[cfg_attr(feature = "wasm", tsify(type = "ChainInput"))]
    pub chain: ChainInput,
    /// Decimal uint64.
    pub validator_index: String,
    pub epoch: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validator_pubkey: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}

impl CreateExitFromKeystore {
    /// What would be signed: the keystore's stated pubkey for the validator and epoch, checked
    /// against `validatorPubkey` when given. (The password is tried when signing.)
    pub(crate) fn review(&self) -> Result<ExitsReview, WalletError> {
        let chain = self.chain.resolve().map_err(|err| err.at("chain"))?;
        chain
            .voluntary_exit_domain()
            .map_err(|err| err.at("chain"))?;
        let validator_index =
            fields::uint64(&self.validator_index).map_err(|err| err.at("validatorIndex"))?;
        let epoch = fields::uint64(&self.epoch).map_err(|err| err.at("epoch"))?;
        let validator_pubkey = self
            .validator_pubkey
            .as_deref()
            .map(parse_validator_pubkey)
            .transpose()
            .map_err(|err| err.at("validatorPubkey"))?;
        let keystore =
            keystore_json::from_json(&self.keystore).map_err(|err| err.at("keystore"))?;
        let problem = validator_pubkey
            .filter(|expected| *expected != keystore.pubkey)
            .map(|expected| {
                WalletError::from(PubkeyMismatch {
                    validator_pubkey: expected.to_hex(),
                    keystore_pubkey: keystore.pubkey.to_hex(),
                })
            });
        Ok(ExitsReview {
            epoch: epoch.to_string(),
            exits: vec![ExitReview {
                validator_index: validator_index.to_string(),
                key_index: None,
                pubkey: keystore.pubkey.to_hex(),
                problem,
            }],
        })
    }

    pub(crate) fn run(&self, context: &mut Context<'_>) -> Result<OutputFile, WalletError> {
        let chain = self.chain.resolve().map_err(|err| err.at("chain"))?;
        let validator_index =
            fields::uint64(&self.validator_index).map_err(|err| err.at("validatorIndex"))?;
        let epoch = fields::uint64(&self.epoch).map_err(|err| err.at("epoch"))?;
        let validator_pubkey = self
            .validator_pubkey
            .as_deref()
            .map(parse_validator_pubkey)
            .transpose()
            .map_err(|err| err.at("validatorPubkey"))?;
        context.progress(Phase::Decrypting, 0, 1);
        let file = create_voluntary_exit_from_keystore(
            &self.keystore,
            self.password.expose(),
            &chain,
            validator_index,
            epoch,
            validator_pubkey.as_ref(),
            self.timestamp.unwrap_or(context.now),
        )?;
        context.progress(Phase::Decrypting, 1, 1);
        Ok(file)
    }
}

//! Proof of withdrawal-address ownership (deposit-cli's
//! `generate-bls-to-execution-change-keystore`): a statement, signed with a validator's signing
//! key, that its withdrawals are to go to an execution address. Signed with the key in the
//! validator's keystore (as deposit-cli does) or with the mnemonic's signing key at a key
//! index; reviewed first, since the address it names is meant to become permanent.

use serde::{Deserialize, Serialize};

use crate::chain::{Chain, ChainInput};
use crate::consensus::bls_to_execution_change_keystore::{
    check_signing_key, create_bls_to_execution_change_keystore_from_keystore,
    create_bls_to_execution_change_keystore_from_mnemonic,
};
use crate::consensus::execution_address::ExecutionAddress;
use crate::consensus::voluntary_exit::parse_validator_pubkey;
use crate::error::{params, Coded, ErrorCode, Param, WalletError};
use crate::files::output::OutputFile;
use crate::keys::bls::{PublicKey, SecretKey};
use crate::keys::eip2334::KeyPath;
use crate::keys::keystore_json;
use crate::keys::mnemonic::{MnemonicLanguage, Seed};
use crate::operations::fields;
use crate::operations::secret::{MnemonicSecret, SecretText};
use crate::operations::{Context, Phase, PublicMnemonicOnRealChain};

/// A proof of withdrawal-address ownership for validator `validatorIndex`, naming
/// `executionAddress`, signed with the validator's signing key: from `keystore` and its
/// `password` (as deposit-cli signs it), or from `mnemonic` (with `passphrase`, `language`)
/// at `keyIndex`. With `validatorPubkey`, the signing key must be that validator's. The same
/// request asks for the review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateOwnershipProof {
    /// An EIP-2335 keystore's JSON text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keystore: Option<String>,
    /// The keystore's password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "string", optional))]
    pub password: Option<SecretText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "string", optional))]
    pub mnemonic: Option<SecretText>,
    #[serde(default, skip_serializing_if = "SecretText::is_empty")]
    #[cfg_attr(feature = "wasm", tsify(type = "string", optional))]
    pub passphrase: SecretText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<MnemonicLanguage>,
    /// The mnemonic's key index whose signing key `m/12381/3600/i/0/0` signs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_index: Option<u32>,
    #[cfg_attr(feature = "wasm", tsify(type = "ChainInput"))]
    pub chain: ChainInput,
    /// Decimal uint64, as the beacon API writes it (the file writes it as a JSON integer).
    pub validator_index: String,
    /// EIP-55 checksummed.
    pub execution_address: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validator_pubkey: Option<String>,
    #[serde(default)]
    pub acknowledge_public_mnemonic: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}

/// What a proof request will sign, as the review shows it before anything is signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct OwnershipProofReview {
    /// The chain whose genesis fork version and genesis validators root the domain uses.
    pub chain: String,
    pub genesis_validators_root: String,
    /// Decimal.
    pub validator_index: String,
    /// EIP-55 checksummed: the address the proof names.
    pub execution_address: String,
    /// The mnemonic's key index that signs (none for a keystore).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_index: Option<u32>,
    /// The signing key's pubkey: the keystore's as it states it, or the mnemonic's at the key
    /// index.
    pub pubkey: String,
    /// Why the proof cannot be signed, if it cannot (the key is not `validatorPubkey`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<WalletError>,
}

/// Where the signing key comes from.
enum Signer<'a> {
    /// The keystore's text (opened when signing) and the pubkey it states.
    Keystore {
        text: &'a str,
        pubkey: PublicKey,
        password: &'a SecretText,
    },
    Mnemonic {
        secret: MnemonicSecret<'a>,
        key_index: u32,
    },
}

/// The request's values, checked before any secret is used.
struct ProofPlan<'a> {
    chain: Chain,
    validator_index: u64,
    address: ExecutionAddress,
    validator_pubkey: Option<PublicKey>,
    signer: Signer<'a>,
}

/// Keystore and mnemonic options mixed, or neither source given.
pub(crate) fn signer_conflict() -> WalletError {
    WalletError::new(
        ErrorCode::OptionConflict,
        params(&[
            (
                "options",
                Param::List(vec!["keystore".into(), "mnemonic".into()]),
            ),
            ("reason", "keystore_or_mnemonic".into()),
        ]),
        "invalid options: sign either with a keystore (keystore and password) or with the mnemonic (mnemonic and keyIndex, with passphrase and language if needed)",
    )
}

/// A required option of the source chosen.
pub(crate) fn missing(option: &str) -> WalletError {
    WalletError {
        field: Some(option.to_owned()),
        ..WalletError::new(
            ErrorCode::OptionMissing,
            params(&[("option", option.into())]),
            format!("the option \"{option}\" is required"),
        )
    }
}

impl CreateOwnershipProof {
    /// The request's own fields, then the signer's (a keystore is parsed, not opened; a
    /// mnemonic is not read yet).
    fn plan(&self) -> Result<ProofPlan<'_>, WalletError> {
        let chain = self.chain.resolve().map_err(|err| err.at("chain"))?;
        chain
            .bls_to_execution_change_keystore_domain()
            .map_err(|err| WalletError::from(err).at("chain"))?;
        let validator_index =
            fields::uint64(&self.validator_index).map_err(|err| err.at("validatorIndex"))?;
        let address = ExecutionAddress::parse_checksummed(&self.execution_address)
            .map_err(|err| err.at("executionAddress"))?;
        let validator_pubkey = self
            .validator_pubkey
            .as_deref()
            .map(parse_validator_pubkey)
            .transpose()
            .map_err(|err| err.at("validatorPubkey"))?;
        let mnemonic_options = self.mnemonic.is_some()
            || !self.passphrase.is_empty()
            || self.language.is_some()
            || self.key_index.is_some()
            || self.acknowledge_public_mnemonic;
        let keystore_options = self.keystore.is_some() || self.password.is_some();
        let signer = match (&self.keystore, &self.mnemonic) {
            (Some(keystore_text), None) if !mnemonic_options => {
                let password = self.password.as_ref().ok_or_else(|| missing("password"))?;
                let keystore =
                    keystore_json::from_json(keystore_text).map_err(|err| err.at("keystore"))?;
                Signer::Keystore {
                    text: keystore_text,
                    pubkey: keystore.pubkey,
                    password,
                }
            }
            (None, Some(mnemonic)) if !keystore_options => Signer::Mnemonic {
                secret: MnemonicSecret {
                    mnemonic,
                    passphrase: &self.passphrase,
                    language: self.language,
                },
                key_index: self.key_index.ok_or_else(|| missing("keyIndex"))?,
            },
            _ => return Err(signer_conflict()),
        };
        Ok(ProofPlan {
            chain,
            validator_index,
            address,
            validator_pubkey,
            signer,
        })
    }

    /// What would be signed: the signing key (the keystore's stated pubkey, or the mnemonic's
    /// at the key index), checked against `validatorPubkey` when given. Opens no keystore.
    pub(crate) fn review(
        &self,
        context: &mut Context<'_>,
    ) -> Result<OwnershipProofReview, WalletError> {
        let plan = self.plan()?;
        let (pubkey, key_index) = match &plan.signer {
            Signer::Keystore { pubkey, .. } => (*pubkey, None),
            Signer::Mnemonic { secret, key_index } => {
                let seed = self.seed(secret, &plan.chain)?;
                context.progress(Phase::Deriving, 0, 1);
                let master = SecretKey::derive_master_sk(seed.as_bytes())?;
                let key = KeyPath::signing(*key_index).derive(&master);
                context.progress(Phase::Deriving, 1, 1);
                (key.public_key(), Some(*key_index))
            }
        };
        let problem = plan
            .validator_pubkey
            .as_ref()
            .and_then(|expected| check_signing_key(expected, &pubkey, key_index).err());
        Ok(OwnershipProofReview {
            chain: plan.chain.name.clone(),
            genesis_validators_root: plan
                .chain
                .genesis_validators_root
                .map(|root| format!("0x{}", hex::encode(root)))
                .unwrap_or_default(),
            validator_index: plan.validator_index.to_string(),
            execution_address: plan.address.to_checksummed(),
            key_index,
            pubkey: pubkey.to_hex(),
            problem,
        })
    }

    /// Signs the proof and verifies the file before it is returned.
    pub(crate) fn run(&self, context: &mut Context<'_>) -> Result<OutputFile, WalletError> {
        let plan = self.plan()?;
        let timestamp = self.timestamp.unwrap_or(context.now);
        match &plan.signer {
            Signer::Keystore { text, password, .. } => {
                context.progress(Phase::Decrypting, 0, 1);
                let file = create_bls_to_execution_change_keystore_from_keystore(
                    text,
                    password.expose(),
                    &plan.chain,
                    plan.validator_index,
                    plan.address,
                    plan.validator_pubkey.as_ref(),
                    timestamp,
                )?;
                context.progress(Phase::Decrypting, 1, 1);
                Ok(file)
            }
            Signer::Mnemonic { secret, key_index } => {
                let seed = self.seed(secret, &plan.chain)?;
                context.progress(Phase::Signing, 0, 1);
                let file = create_bls_to_execution_change_keystore_from_mnemonic(
                    &seed,
                    *key_index,
                    &plan.chain,
                    plan.validator_index,
                    plan.address,
                    plan.validator_pubkey.as_ref(),
                    timestamp,
                )?;
                context.progress(Phase::Signing, 1, 1);
                Ok(file)
            }
        }
    }

    /// The mnemonic checked, then the public-mnemonic acknowledgement, then the seed.
    fn seed(&self, secret: &MnemonicSecret<'_>, chain: &Chain) -> Result<Seed, WalletError> {
        let mnemonic = secret.parse()?;
        PublicMnemonicOnRealChain::check(&mnemonic, chain, self.acknowledge_public_mnemonic)?;
        Ok(secret.seed(&mnemonic))
    }
}

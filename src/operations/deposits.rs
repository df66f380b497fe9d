//! Requests that sign deposits other than a new validator's: a top-up of an existing
//! validator (deposit-cli's `partial-deposit`), from the mnemonic at a key index or from the
//! validator's keystore, and builder deposits with their keystores (deposit-cli's `builder`).
//! Each has a review that says what will be signed and signs nothing.

use serde::{Deserialize, Serialize};

use crate::chain::{Chain, ChainInput};
use crate::consensus::bls_to_execution_change_keystore::check_signing_key;
use crate::consensus::builder_deposit::{
    check_builder_deposit_plan, create_builder_deposit_data_keeping_keys, format_builder_amount,
    BuilderDepositRequest, BuilderKeysAreValidatorKeys,
};
use crate::consensus::deposit::{
    check_top_up_amount, create_top_up_deposit, format_deposit_amount, top_up_credentials,
    TopUpRequest, Withdrawal,
};
use crate::consensus::execution_address::ExecutionAddress;
use crate::consensus::voluntary_exit::parse_validator_pubkey;
use crate::consensus::withdrawal_credentials::{builder_withdrawal_credentials, CredentialsView};
use crate::error::{Coded, ErrorCode, WalletError};
use crate::files::output::OutputFile;
use crate::files::FileKind;
use crate::keys::bls::{PublicKey, SecretKey};
use crate::keys::eip2334::KeyPath;
use crate::keys::eip2335::Keystore;
use crate::keys::keystore_json;
use crate::keys::keystores::{check_keystore_request, KdfChoice};
use crate::keys::mnemonic::{Mnemonic, MnemonicLanguage};
use crate::operations::fields;
use crate::operations::keys::{CreateKeystores, DeriveKeys};
use crate::operations::ownership_proof::{missing, signer_conflict};
use crate::operations::secret::{MnemonicSecret, SecretText};
use crate::operations::{Context, Phase, PublicMnemonicOnRealChain};

/// The credentials a top-up is written with: the validator's own 0x02 or 0x01 credentials
/// and withdrawal address (deposit-cli's `--compounding` / `--regular_withdrawal`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum TopUpWithdrawalInput {
    /// 0x02: a compounding validator; the top-up adds to its effective balance (up to 2048
    /// ETH).
    Compounding { address: String },
    /// 0x01: what the validator holds above 32 ETH is swept to the address.
    Execution { address: String },
}

impl TopUpWithdrawalInput {
    fn check(&self) -> Result<Withdrawal, WalletError> {
        let address = |text: &str| {
            ExecutionAddress::parse_checksummed(text)
                .map_err(|err| err.at("address").at("withdrawal"))
        };
        Ok(match self {
            Self::Compounding { address: text } => Withdrawal::Compounding(address(text)?),
            Self::Execution { address: text } => Withdrawal::Execution(address(text)?),
        })
    }
}

/// A top-up's values, checked.
struct TopUpPlan {
    chain: Chain,
    withdrawal: Withdrawal,
    /// In the deposit contract's gwei (×32 on Gnosis chains).
    amount: u64,
    validator_pubkey: Option<PublicKey>,
}

impl TopUpPlan {
    /// The key's problem, when `validatorPubkey` was given and the key is not it.
    fn mismatch(&self, key: &PublicKey, key_index: Option<u32>) -> Option<WalletError> {
        self.validator_pubkey
            .as_ref()
            .and_then(|expected| check_signing_key(expected, key, key_index).err())
    }

    fn review(
        &self,
        pubkey: &PublicKey,
        key_index: Option<u32>,
        path: String,
    ) -> Result<TopUpReview, WalletError> {
        let credentials =
            top_up_credentials(self.withdrawal).map_err(|err| err.at("withdrawal"))?;
        Ok(TopUpReview {
            chain: self.chain.name.clone(),
            pubkey: pubkey.to_hex(),
            key_index,
            path,
            withdrawal_credentials: CredentialsView::of(&credentials),
            amount_gwei: self.amount,
            amount: format_deposit_amount(self.amount, &self.chain),
            problem: self.mismatch(pubkey, key_index),
        })
    }

    fn sign(
        &self,
        key: &SecretKey,
        key_index: Option<u32>,
        timestamp: u64,
    ) -> Result<OutputFile, WalletError> {
        if let Some(problem) = self.mismatch(&key.public_key(), key_index) {
            return Err(problem);
        }
        create_top_up_deposit(&TopUpRequest {
            signing_key: key,
            chain: &self.chain,
            withdrawal: self.withdrawal,
            amount: self.amount,
            timestamp,
        })
    }
}

/// What a top-up will sign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct TopUpReview {
    /// The chain whose deposit domain signs it.
    pub chain: String,
    /// The validator the top-up is for: the signing key's pubkey (a keystore's as the file
    /// states it; the password is tried when signing).
    pub pubkey: String,
    /// The mnemonic's key index that signs it (none for a keystore).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_index: Option<u32>,
    /// The signing key's path: `m/12381/3600/i/0/0`, or the keystore's as it writes it.
    pub path: String,
    pub withdrawal_credentials: CredentialsView,
    /// What the deposit carries, in the deposit contract's gwei (×32 on Gnosis chains).
    #[serde(with = "crate::files::serde_text::uint64")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub amount_gwei: u64,
    /// The same in the chain's currency: "40.5 ETH", "1 GNO".
    pub amount: String,
    /// Why it cannot be signed (`exit_pubkey_mismatch`: the key is not `validatorPubkey`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<WalletError>,
}

/// A top-up of an existing validator (deposit-cli's `partial-deposit`), signed with the
/// validator's signing key: from `keystore` and its `password` (as deposit-cli signs it), or
/// from `mnemonic` (with `passphrase`, `language`) at `keyIndex`. With `validatorPubkey`, the
/// key must be that validator's. The same request asks for the review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateTopUpDeposit {
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
    /// The mnemonic's key index whose signing key `m/12381/3600/i/0/0` is the validator's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_index: Option<u32>,
    #[cfg_attr(feature = "wasm", tsify(type = "ChainInput"))]
    pub chain: ChainInput,
    pub withdrawal: TopUpWithdrawalInput,
    /// In the chain's currency (ETH, or GNO on Gnosis chains), whole gwei: from 1 ETH (1/32
    /// GNO) to 2048 ETH (64 GNO).
    pub amount: String,
    /// The validator's signing pubkey, to check the key against (`0x` optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validator_pubkey: Option<String>,
    /// A published test mnemonic on mainnet or Gnosis needs this acknowledgement.
    #[serde(default)]
    pub acknowledge_public_mnemonic: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}

/// Where a top-up's key comes from.
enum TopUpSigner<'a> {
    Keystore {
        keystore: Box<Keystore>,
        password: &'a SecretText,
    },
    Mnemonic {
        secret: MnemonicSecret<'a>,
        key_index: u32,
    },
}

impl CreateTopUpDeposit {
    /// The request's own fields in order (chain, credentials, amount, validator pubkey), then
    /// the signer's: a keystore is parsed, not opened; a mnemonic is not read yet.
    fn plan(&self) -> Result<(TopUpPlan, TopUpSigner<'_>), WalletError> {
        let chain = self.chain.resolve().map_err(|err| err.at("chain"))?;
        let withdrawal = self.withdrawal.check()?;
        let native = fields::ether_amount(&self.amount).map_err(|err| err.at("amount"))?;
        let amount = check_top_up_amount(native, &chain).map_err(|err| err.at("amount"))?;
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
            (Some(text), None) if !mnemonic_options => TopUpSigner::Keystore {
                password: self.password.as_ref().ok_or_else(|| missing("password"))?,
                keystore: Box::new(
                    keystore_json::from_json(text).map_err(|err| err.at("keystore"))?,
                ),
            },
            (None, Some(mnemonic)) if !keystore_options => TopUpSigner::Mnemonic {
                secret: MnemonicSecret {
                    mnemonic,
                    passphrase: &self.passphrase,
                    language: self.language,
                },
                key_index: self.key_index.ok_or_else(|| missing("keyIndex"))?,
            },
            _ => return Err(signer_conflict()),
        };
        Ok((
            TopUpPlan {
                chain,
                withdrawal,
                amount,
                validator_pubkey,
            },
            signer,
        ))
    }

    /// The mnemonic's signing key at the key index: the mnemonic checked, then the
    /// acknowledgement, then the seed.
    fn mnemonic_key(
        &self,
        plan: &TopUpPlan,
        secret: &MnemonicSecret<'_>,
        key_index: u32,
    ) -> Result<SecretKey, WalletError> {
        let mnemonic = secret.parse()?;
        PublicMnemonicOnRealChain::check(&mnemonic, &plan.chain, self.acknowledge_public_mnemonic)?;
        let seed = secret.seed(&mnemonic);
        let master = SecretKey::derive_master_sk(seed.as_bytes())?;
        Ok(KeyPath::signing(key_index).derive(&master))
    }

    /// What would be signed: the validator's key (the keystore's stated pubkey, or the
    /// mnemonic's at the key index), the credentials and the amount. Opens no keystore.
    pub(crate) fn review(&self, context: &mut Context<'_>) -> Result<TopUpReview, WalletError> {
        let (plan, signer) = self.plan()?;
        match signer {
            TopUpSigner::Keystore { keystore, .. } => {
                plan.review(&keystore.pubkey, None, keystore.path.clone())
            }
            TopUpSigner::Mnemonic { secret, key_index } => {
                let key = self.mnemonic_key(&plan, &secret, key_index)?;
                context.progress(Phase::Deriving, 1, 1);
                plan.review(
                    &key.public_key(),
                    Some(key_index),
                    KeyPath::signing(key_index).to_string(),
                )
            }
        }
    }

    pub(crate) fn run(&self, context: &mut Context<'_>) -> Result<OutputFile, WalletError> {
        let (plan, signer) = self.plan()?;
        let timestamp = self.timestamp.unwrap_or(context.now);
        match signer {
            TopUpSigner::Keystore { keystore, password } => {
                // A keystore that states another key is refused before its KDF runs.
                if let Some(problem) = plan.mismatch(&keystore.pubkey, None) {
                    return Err(problem);
                }
                context.progress(Phase::Decrypting, 0, 1);
                let key = keystore
                    .decrypt(password.expose())
                    .map_err(|err| match err.code() {
                        ErrorCode::KeystoreWrongPassword | ErrorCode::PasswordEmpty => {
                            err.at("password")
                        }
                        _ => err.at("keystore"),
                    })?;
                context.progress(Phase::Decrypting, 1, 1);
                plan.sign(&key, None, timestamp)
            }
            TopUpSigner::Mnemonic { secret, key_index } => {
                let key = self.mnemonic_key(&plan, &secret, key_index)?;
                let file = plan.sign(&key, Some(key_index), timestamp)?;
                context.progress(Phase::Signing, 1, 1);
                Ok(file)
            }
        }
    }
}

/// Builder keys `startIndex..startIndex+count` of the mnemonic, their keystores and their
/// builder deposits to `withdrawalAddress` (deposit-cli's `builder`). Builder key `i` is
/// validator signing key `i` of the same mnemonic: the review says so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateBuilderDeposits {
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub mnemonic: SecretText,
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(type = "string", optional))]
    pub passphrase: SecretText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<MnemonicLanguage>,
    pub start_index: u32,
    pub count: u32,
    #[cfg_attr(feature = "wasm", tsify(type = "ChainInput"))]
    pub chain: ChainInput,
    /// EIP-55 checksummed: the builder's credentials are `0xb0 ‖ 0x00 × 11 ‖ address`.
    pub withdrawal_address: String,
    /// Each builder's deposit, whole gwei, at least 1 (no maximum, no chain multiplier).
    pub amount: String,
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub password: SecretText,
    #[serde(default)]
    pub kdf: KdfChoice,
    #[serde(default)]
    pub independent_salts: bool,
    #[serde(default)]
    pub acknowledge_public_mnemonic: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}

/// One builder key, as the review shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct BuilderKeyView {
    pub index: u32,
    /// `m/12381/3600/i/0/0`: validator signing key `i`'s path.
    pub path: String,
    pub pubkey: String,
}

/// What a builder request will sign: every builder's key, the credentials and the amount,
/// and the notice `builder_keys_are_validator_keys`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct BuilderDepositReview {
    pub chain: String,
    /// `0xb0 ‖ 0x00 × 11 ‖ address`, with the address read back.
    pub withdrawal_credentials: CredentialsView,
    /// Each deposit's amount in gwei (no multiplier).
    #[serde(with = "crate::files::serde_text::uint64")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub amount_gwei: u64,
    pub amount: String,
    pub keys: Vec<BuilderKeyView>,
    /// Always `builder_keys_are_validator_keys` for the keys' range: builder key `i` is
    /// validator signing key `i` of this mnemonic. The page shows it before anything is made.
    pub notices: Vec<WalletError>,
}

/// The notice of a review over builder keys `first..=last`.
pub(crate) fn builder_notice(first: u32, last: u32) -> WalletError {
    BuilderKeysAreValidatorKeys { first, last }.into()
}

/// A builder request's values, checked.
struct BuilderPlan {
    chain: Chain,
    address: ExecutionAddress,
    amount: u64,
}

impl CreateBuilderDeposits {
    fn secret(&self) -> MnemonicSecret<'_> {
        MnemonicSecret {
            mnemonic: &self.mnemonic,
            passphrase: &self.passphrase,
            language: self.language,
        }
    }

    /// Everything checked before any key is derived, in order: chain, address, amount and
    /// range, password, mnemonic, acknowledgement.
    fn checked(&self) -> Result<(BuilderPlan, Mnemonic), WalletError> {
        let chain = self.chain.resolve().map_err(|err| err.at("chain"))?;
        let address = ExecutionAddress::parse_checksummed(&self.withdrawal_address)
            .map_err(|err| err.at("withdrawalAddress"))?;
        let amount = fields::ether_amount(&self.amount).map_err(|err| err.at("amount"))?;
        check_builder_deposit_plan(self.start_index, self.count, amount).map_err(
            |err| match err.code {
                ErrorCode::KeyIndexPastLast => err.at("startIndex"),
                ErrorCode::CountZero | ErrorCode::CountTooLarge => err.at("count"),
                _ => err,
            },
        )?;
        check_keystore_request(self.start_index, self.count, self.password.expose())
            .map_err(|err| err.at("password"))?;
        let mnemonic = self.secret().parse()?;
        PublicMnemonicOnRealChain::check(&mnemonic, &chain, self.acknowledge_public_mnemonic)?;
        Ok((
            BuilderPlan {
                chain,
                address,
                amount,
            },
            mnemonic,
        ))
    }

    /// What would be signed: each builder's key, the credentials, the amount, and the notice
    /// that these are the mnemonic's validator signing keys. Makes no keystore.
    pub(crate) fn review(
        &self,
        context: &mut Context<'_>,
    ) -> Result<BuilderDepositReview, WalletError> {
        let (plan, _) = self.checked()?;
        let keys = DeriveKeys {
            mnemonic: self.mnemonic.clone(),
            passphrase: self.passphrase.clone(),
            language: self.language,
            start_index: self.start_index,
            count: self.count,
        }
        .run(context)?;
        let last = self
            .start_index
            .saturating_add(self.count.saturating_sub(1));
        Ok(BuilderDepositReview {
            chain: plan.chain.name.clone(),
            withdrawal_credentials: CredentialsView::of(&builder_withdrawal_credentials(
                &plan.address,
            )),
            amount_gwei: plan.amount,
            amount: format_builder_amount(plan.amount, &plan.chain),
            keys: keys
                .into_iter()
                .map(|keys| BuilderKeyView {
                    index: keys.index,
                    path: keys.signing_path,
                    pubkey: keys.signing_pubkey,
                })
                .collect(),
            notices: vec![builder_notice(self.start_index, last)],
        })
    }

    /// The keystores (in `builder_keys/`), then `builder_deposit_data-*.json`.
    pub(crate) fn run(&self, context: &mut Context<'_>) -> Result<Vec<OutputFile>, WalletError> {
        let (plan, mnemonic) = self.checked()?;
        let timestamp = self.timestamp.unwrap_or(context.now);
        // One progress scale: deposits count 2 per builder (sign, verify), keystores 1.
        let total = u64::from(self.count) * 3;
        let (deposit, builder_keys) = {
            let seed = self.secret().seed(&mnemonic);
            create_builder_deposit_data_keeping_keys(
                &BuilderDepositRequest {
                    seed: &seed,
                    start_index: self.start_index,
                    count: self.count,
                    chain: &plan.chain,
                    address: plan.address,
                    amount: plan.amount,
                    timestamp,
                },
                &mut |done, _| context.progress(Phase::Keystores, done as u64, total),
            )?
        };
        let keystores = CreateKeystores {
            mnemonic: self.mnemonic.clone(),
            passphrase: self.passphrase.clone(),
            language: self.language,
            start_index: self.start_index,
            count: self.count,
            password: self.password.clone(),
            kdf: self.kdf,
            independent_salts: self.independent_salts,
            timestamp: Some(timestamp),
        };
        let mut files: Vec<OutputFile> = keystores
            .run(
                context,
                u64::from(self.count) * 2,
                Some(total),
                Some(&builder_keys),
            )?
            .into_iter()
            .map(|file| OutputFile {
                kind: FileKind::BuilderKeystore,
                ..file
            })
            .collect();
        files.push(deposit);
        Ok(files)
    }
}

//! Requests that make keys: public keys for review, keystores, deposit data, both at once for
//! new validators, and opening a keystore.

use serde::{Deserialize, Serialize};

use crate::chain::{Chain, ChainInput};
use crate::consensus::deposit::{
    check_deposit_plan, create_deposit_data_keeping_keys, format_deposit_amount, DepositRequest,
    Withdrawal,
};
use crate::consensus::execution_address::ExecutionAddress;
use crate::error::{Coded, ErrorCode, WalletError};
use crate::files::output::OutputFile;
use crate::keys::eip2334::ValidatorKeyPath;
use crate::keys::keystore_json;
use crate::keys::keystores::{
    check_keystore_request, create_keystores_for_keys, create_keystores_with_progress, KdfChoice,
    KeystoreRequest,
};
use crate::keys::mnemonic::{Mnemonic, MnemonicLanguage};
use crate::keys::validator::{
    check_batch_size, derive_validator_keys, validator_indices, ValidatorSigningKey,
};
use crate::operations::fields;
use crate::operations::secret::{MnemonicSecret, SecretText};
use crate::operations::{Context, Phase, PublicMnemonicOnRealChain};
use crate::random::draw_keystore_randomness;

/// The public keys and 0x00 credentials of validators `startIndex..startIndex+count` (at most
/// a batch), for review tables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeriveKeys {
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub mnemonic: SecretText,
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(type = "string", optional))]
    pub passphrase: SecretText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<MnemonicLanguage>,
    pub start_index: u32,
    pub count: u32,
}

/// One validator's public keys, as review tables and the package show them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ValidatorKeysView {
    pub index: u32,
    pub signing_path: String,
    pub signing_pubkey: String,
    pub withdrawal_path: String,
    pub withdrawal_pubkey: String,
    pub bls_withdrawal_credentials: String,
}

impl DeriveKeys {
    pub(crate) fn run(
        &self,
        context: &mut Context<'_>,
    ) -> Result<Vec<ValidatorKeysView>, WalletError> {
        // In blocks, so a long derivation shows its progress.
        const BLOCK: u32 = 64;
        validator_indices(self.start_index, self.count).map_err(|err| err.at("count"))?;
        check_batch_size(self.count as usize).map_err(|err| err.at("count"))?;
        let secret = MnemonicSecret {
            mnemonic: &self.mnemonic,
            passphrase: &self.passphrase,
            language: self.language,
        };
        let mnemonic = secret.parse()?;
        let seed = secret.seed(&mnemonic);
        let mut keys = Vec::with_capacity(self.count as usize);
        let mut done = 0;
        while done < self.count {
            let block = BLOCK.min(self.count - done);
            keys.extend(derive_validator_keys(
                &seed,
                self.start_index + done,
                block,
            )?);
            done += block;
            context.progress(Phase::Deriving, done.into(), self.count.into());
        }
        Ok(keys
            .into_iter()
            .map(|keys| ValidatorKeysView {
                index: keys.index,
                signing_path: keys.signing_path.to_string(),
                signing_pubkey: keys.signing_pubkey.to_hex(),
                withdrawal_path: keys.withdrawal_path.to_string(),
                withdrawal_pubkey: keys.withdrawal_pubkey.to_hex(),
                bls_withdrawal_credentials: format!(
                    "0x{}",
                    hex::encode(keys.bls_withdrawal_credentials)
                ),
            })
            .collect())
    }
}

/// Where a new validator's funds go, as a request says it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum WithdrawalInput {
    /// 0x02 compounding credentials (EIP-7251), any amount from 1 to 2048 ETH: recommended.
    Compounding { address: String },
    /// 0x01 credentials: exactly 32 ETH.
    Execution { address: String },
    /// 0x00 BLS credentials: needs `allowBlsCredentials`; a BLS change is needed later.
    Bls,
}

impl WithdrawalInput {
    /// The checked choice (errors at `withdrawal.address`).
    pub fn check(&self) -> Result<Withdrawal, WalletError> {
        let address = |text: &str| {
            ExecutionAddress::parse_checksummed(text)
                .map_err(|err| err.at("address").at("withdrawal"))
        };
        Ok(match self {
            Self::Compounding { address: text } => Withdrawal::Compounding(address(text)?),
            Self::Execution { address: text } => Withdrawal::Execution(address(text)?),
            Self::Bls => Withdrawal::Bls,
        })
    }
}

/// Signing-key keystores for validators `startIndex..startIndex+count`, each decrypted and
/// checked before it is returned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateKeystores {
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub mnemonic: SecretText,
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(type = "string", optional))]
    pub passphrase: SecretText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<MnemonicLanguage>,
    pub start_index: u32,
    pub count: u32,
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub password: SecretText,
    #[serde(default)]
    pub kdf: KdfChoice,
    /// One salt and KDF run per keystore instead of one per batch (deposit-cli 1.3's way).
    #[serde(default)]
    pub independent_salts: bool,
    /// Unix seconds for the file names; now when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}

impl CreateKeystores {
    /// `signing_keys`: the validators' keys when the job already derived them (for their
    /// deposits), so each is derived once.
    pub(crate) fn run(
        &self,
        context: &mut Context<'_>,
        progress_offset: u64,
        progress_total: Option<u64>,
        signing_keys: Option<&[ValidatorSigningKey]>,
    ) -> Result<Vec<OutputFile>, WalletError> {
        check_keystore_request(self.start_index, self.count, self.password.expose())
            .map_err(at_request_field)?;
        let secret = MnemonicSecret {
            mnemonic: &self.mnemonic,
            passphrase: &self.passphrase,
            language: self.language,
        };
        let mnemonic = secret.parse()?;
        // Randomness is drawn only after every check, and only at this edge.
        let mut randomness = draw_keystore_randomness(self.count, self.independent_salts)?;
        if let (false, Some(salt)) = (self.independent_salts, context.shared_salt) {
            randomness.salts = vec![salt];
        }
        let seed = secret.seed(&mnemonic);
        let request = KeystoreRequest {
            seed: &seed,
            start_index: self.start_index,
            count: self.count,
            password: self.password.expose(),
            kdf: self.kdf,
            independent_salts: self.independent_salts,
            timestamp: self.timestamp.unwrap_or(context.now),
        };
        let total = progress_total.unwrap_or(self.count.into());
        let mut progress = |done: usize, _| {
            context.progress(Phase::Keystores, progress_offset + done as u64, total)
        };
        let files = match signing_keys {
            Some(keys) => create_keystores_for_keys(&request, keys, &randomness, &mut progress),
            None => create_keystores_with_progress(&request, &randomness, &mut progress),
        }?;
        Ok(files.into_iter().map(OutputFile::from).collect())
    }
}

/// Places a range or password error at the request field it concerns.
fn at_request_field(err: WalletError) -> WalletError {
    let field = match err.code {
        ErrorCode::PasswordEmpty | ErrorCode::PasswordTooShort => "password",
        ErrorCode::KeyIndexPastLast => "startIndex",
        ErrorCode::CountZero | ErrorCode::CountTooLarge => "count",
        _ => return err,
    };
    err.at(field)
}

/// Deposit data for validators `startIndex..startIndex+count`, verified before it is returned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateDepositData {
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
    pub withdrawal: WithdrawalInput,
    /// In the chain's currency (ETH, or GNO on Gnosis chains), whole gwei: "32", "40.5".
    /// Only for 0x02; 0x00 and 0x01 deposits are 32 ETH (1 GNO).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    /// The explicit opt-in 0x00 credentials need.
    #[serde(default)]
    pub allow_bls_credentials: bool,
    /// A published test mnemonic on mainnet or Gnosis needs this acknowledgement.
    #[serde(default)]
    pub acknowledge_public_mnemonic: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}

/// A deposit request's values, checked.
struct DepositPlan {
    chain: Chain,
    withdrawal: Withdrawal,
    amount: Option<u64>,
    /// What each deposit carries, in the deposit contract's gwei.
    deposit_gwei: u64,
}

impl CreateDepositData {
    fn plan(&self) -> Result<DepositPlan, WalletError> {
        let chain = self.chain.resolve().map_err(|err| err.at("chain"))?;
        let withdrawal = self.withdrawal.check()?;
        let amount = self
            .amount
            .as_deref()
            .map(fields::ether_amount)
            .transpose()
            .map_err(|err| err.at("amount"))?;
        let deposit_gwei = check_deposit_plan(
            self.start_index,
            self.count,
            &chain,
            withdrawal,
            amount,
            self.allow_bls_credentials,
        )
        .map_err(at_request_field)?;
        Ok(DepositPlan {
            chain,
            withdrawal,
            amount,
            deposit_gwei,
        })
    }

    fn secret(&self) -> MnemonicSecret<'_> {
        MnemonicSecret {
            mnemonic: &self.mnemonic,
            passphrase: &self.passphrase,
            language: self.language,
        }
    }

    /// The deposit file, and each validator's signing key for the job's keystores.
    fn sign(
        &self,
        plan: &DepositPlan,
        mnemonic: &Mnemonic,
        context: &mut Context<'_>,
        total: u64,
    ) -> Result<(OutputFile, Vec<ValidatorSigningKey>), WalletError> {
        let seed = self.secret().seed(mnemonic);
        let request = DepositRequest {
            seed: &seed,
            start_index: self.start_index,
            count: self.count,
            chain: &plan.chain,
            withdrawal: plan.withdrawal,
            amount: plan.amount,
            allow_bls_credentials: self.allow_bls_credentials,
            timestamp: self.timestamp.unwrap_or(context.now),
        };
        create_deposit_data_keeping_keys(&request, &mut |done, _| {
            context.progress(Phase::Keystores, done as u64, total)
        })
    }

    pub(crate) fn run(&self, context: &mut Context<'_>) -> Result<OutputFile, WalletError> {
        let plan = self.plan()?;
        let mnemonic = self.secret().parse()?;
        PublicMnemonicOnRealChain::check(&mnemonic, &plan.chain, self.acknowledge_public_mnemonic)?;
        self.sign(&plan, &mnemonic, context, u64::from(self.count) * 2)
            .map(|(file, _)| file)
    }
}

/// New validators: their keystores and their deposit data, as one job (what the page's
/// "Generate validator keys" makes). Keystores first, then `deposit_data-*.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateValidatorKeys {
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
    pub withdrawal: WithdrawalInput,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    #[serde(default)]
    pub allow_bls_credentials: bool,
    #[serde(default)]
    pub acknowledge_public_mnemonic: bool,
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub password: SecretText,
    #[serde(default)]
    pub kdf: KdfChoice,
    #[serde(default)]
    pub independent_salts: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}

impl CreateValidatorKeys {
    fn deposits(&self) -> CreateDepositData {
        CreateDepositData {
            mnemonic: self.mnemonic.clone(),
            passphrase: self.passphrase.clone(),
            language: self.language,
            start_index: self.start_index,
            count: self.count,
            chain: self.chain.clone(),
            withdrawal: self.withdrawal.clone(),
            amount: self.amount.clone(),
            allow_bls_credentials: self.allow_bls_credentials,
            acknowledge_public_mnemonic: self.acknowledge_public_mnemonic,
            timestamp: self.timestamp,
        }
    }

    fn keystores(&self) -> CreateKeystores {
        CreateKeystores {
            mnemonic: self.mnemonic.clone(),
            passphrase: self.passphrase.clone(),
            language: self.language,
            start_index: self.start_index,
            count: self.count,
            password: self.password.clone(),
            kdf: self.kdf,
            independent_salts: self.independent_salts,
            timestamp: self.timestamp,
        }
    }

    /// Everything both halves need, checked before either starts (and before a review).
    fn checked(&self) -> Result<(DepositPlan, Mnemonic), WalletError> {
        let deposits = self.deposits();
        let plan = deposits.plan()?;
        check_keystore_request(self.start_index, self.count, self.password.expose())
            .map_err(at_request_field)?;
        let mnemonic = deposits.secret().parse()?;
        PublicMnemonicOnRealChain::check(&mnemonic, &plan.chain, self.acknowledge_public_mnemonic)?;
        Ok((plan, mnemonic))
    }

    /// What the request will sign, checked as the run checks it: each deposit's amount and
    /// every validator's keys, for the signing review. Makes no keystore.
    pub(crate) fn review(&self, context: &mut Context<'_>) -> Result<DepositReview, WalletError> {
        let (plan, _) = self.checked()?;
        let keys = DeriveKeys {
            mnemonic: self.mnemonic.clone(),
            passphrase: self.passphrase.clone(),
            language: self.language,
            start_index: self.start_index,
            count: self.count,
        }
        .run(context)?;
        Ok(DepositReview {
            amount_gwei: plan.deposit_gwei,
            amount: format_deposit_amount(plan.deposit_gwei, &plan.chain),
            keys,
        })
    }

    pub(crate) fn run(&self, context: &mut Context<'_>) -> Result<Vec<OutputFile>, WalletError> {
        let deposits = self.deposits();
        let keystores = self.keystores();
        let (plan, mnemonic) = self.checked()?;
        // One progress scale: deposits count 2 per validator (sign, verify), keystores 1.
        let total = u64::from(self.count) * 3;
        let (deposit, signing_keys) = deposits.sign(&plan, &mnemonic, context, total)?;
        let mut files = keystores.run(
            context,
            u64::from(self.count) * 2,
            Some(total),
            Some(&signing_keys),
        )?;
        files.push(deposit);
        Ok(files)
    }
}

/// What new validators' deposits will sign: the amount each carries and every validator's
/// keys (the signing key signs the deposit; the withdrawal key's credentials are written for
/// 0x00 validators).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct DepositReview {
    /// Each deposit's amount in the deposit contract's gwei (×32 on Gnosis chains).
    #[serde(with = "crate::files::serde_text::uint64")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub amount_gwei: u64,
    /// The same in the chain's currency: "32 ETH", "1 GNO".
    pub amount: String,
    pub keys: Vec<ValidatorKeysView>,
}

/// Opens an EIP-2335 keystore with its password (its KDF can take seconds) and checks that its
/// key gives its pubkey. The secret never leaves the core.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DecryptKeystore {
    pub keystore: String,
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub password: SecretText,
}

/// What opening a keystore shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct DecryptedKeystore {
    pub pubkey: String,
    /// The path exactly as the file writes it.
    pub path: String,
    /// Which validator key the path names, when it is written in EIP-2334's form.
    pub validator_key: Option<ValidatorKeyPath>,
}

impl DecryptKeystore {
    pub(crate) fn run(&self, context: &mut Context<'_>) -> Result<DecryptedKeystore, WalletError> {
        let keystore =
            keystore_json::from_json(&self.keystore).map_err(|err| err.at("keystore"))?;
        context.progress(Phase::Decrypting, 0, 1);
        let key = keystore
            .decrypt(self.password.expose())
            .map_err(|err| match err.code() {
                ErrorCode::KeystoreWrongPassword | ErrorCode::PasswordEmpty => err.at("password"),
                _ => err.at("keystore"),
            })?;
        context.progress(Phase::Decrypting, 1, 1);
        Ok(DecryptedKeystore {
            pubkey: key.public_key().to_hex(),
            validator_key: ValidatorKeyPath::of(&keystore.path),
            path: keystore.path,
        })
    }
}

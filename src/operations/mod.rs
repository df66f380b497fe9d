//! The product's operations as typed requests. Each request is what the JS package's options
//! deserialise into, what a worker's job is, and what the page builds from its form state:
//! one shape, checked by one set of rules (this module and the ones it calls), run by one
//! function with a progress callback. The layers above only translate.
//!
//! Checks run in a fixed order in every request: its own fields first (counts, chain,
//! addresses, amounts, lists), then the mnemonic, then the public-mnemonic acknowledgement;
//! the seed is made last, so an early refusal never leaves one in memory. Every error is a
//! [`WalletError`] whose field is a path in the request's own terms.

pub(crate) mod deposits;
pub(crate) mod execution;
pub mod fields;
pub(crate) mod hand_off;
pub(crate) mod keys;
pub(crate) mod options;
pub(crate) mod ownership_proof;
pub(crate) mod pool;
pub(crate) mod search;
pub(crate) mod secret;
pub(crate) mod signing;
pub(crate) mod verify;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::chain::Chain;
use crate::consensus::bls_to_execution_change::{BlsChangeFiles, ChangeReview};
use crate::error::{params, Coded, ErrorCode, Params, WalletError};
use crate::files::output::OutputFile;
use crate::keys::mnemonic::Mnemonic;

use deposits::{BuilderDepositReview, CreateBuilderDeposits, CreateTopUpDeposit, TopUpReview};
use execution::{
    CreateConsolidationRequests, CreateWithdrawalRequests, ExecutionRequestFiles, ExecutionReview,
};
use hand_off::{CreateSignerHandOff, HandOffFiles, HandOffReview};
use keys::{
    CreateDepositData, CreateKeystores, CreateValidatorKeys, DecryptKeystore, DecryptedKeystore,
    DepositReview, DeriveKeys, ValidatorKeysView,
};
use ownership_proof::{CreateOwnershipProof, OwnershipProofReview};
use search::{FindValidators, SearchFindings};
use signing::{CreateBlsChanges, CreateExitFromKeystore, CreateExits, ExitsReview};
use verify::{FileVerification, VerifyFile};

/// Every operation the product offers. In JSON, the operation's name is the `operation` key
/// beside the request's own options.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(tag = "operation", rename_all = "snake_case")]
pub enum Request {
    DeriveKeys(DeriveKeys),
    CreateKeystores(CreateKeystores),
    CreateDepositData(CreateDepositData),
    CreateValidatorKeys(CreateValidatorKeys),
    /// What a validator-keys request would sign: amounts and keys; makes nothing.
    ReviewValidatorKeys(CreateValidatorKeys),
    /// What a BLS-change request would sign, validator by validator; signs nothing.
    ReviewBlsChanges(CreateBlsChanges),
    CreateBlsChanges(CreateBlsChanges),
    /// What an exit request would sign, validator by validator; signs nothing.
    ReviewExits(CreateExits),
    CreateExits(CreateExits),
    /// The keystore exit's validator, key and epoch; opens nothing.
    ReviewExitFromKeystore(CreateExitFromKeystore),
    CreateExitFromKeystore(CreateExitFromKeystore),
    /// What a proof of withdrawal-address ownership would sign; signs nothing.
    ReviewOwnershipProof(CreateOwnershipProof),
    /// deposit-cli's `generate-bls-to-execution-change-keystore`.
    CreateOwnershipProof(CreateOwnershipProof),
    /// What a top-up of an existing validator would sign; signs nothing.
    ReviewTopUpDeposit(CreateTopUpDeposit),
    /// deposit-cli's `partial-deposit`: one top-up, from the keystore or the mnemonic.
    CreateTopUpDeposit(CreateTopUpDeposit),
    /// What builder deposits would sign, with the notice that builder keys are validator
    /// signing keys; makes nothing.
    ReviewBuilderDeposits(CreateBuilderDeposits),
    /// deposit-cli's `builder`: builder keystores and their deposit data.
    CreateBuilderDeposits(CreateBuilderDeposits),
    FindValidators(FindValidators),
    VerifyFile(VerifyFile),
    DecryptKeystore(DecryptKeystore),
    /// What EIP-7002 requests (exits, partial withdrawals) will be, validator by validator;
    /// makes nothing.
    ReviewWithdrawalRequests(CreateWithdrawalRequests),
    /// EIP-7002 requests as transactions for the withdrawal address's wallet.
    CreateWithdrawalRequests(CreateWithdrawalRequests),
    /// What EIP-7251 requests (consolidations, the switch to 0x02) will be; makes nothing.
    ReviewConsolidationRequests(CreateConsolidationRequests),
    /// EIP-7251 requests as transactions for the withdrawal address's wallet.
    CreateConsolidationRequests(CreateConsolidationRequests),
    /// Where signing keystores would go (keys, chain, store paths); opens nothing.
    ReviewSignerHandOff(CreateSignerHandOff),
    /// Signing keystores as a keymanager import, Web3Signer configs or a secret-store upload
    /// bundle, each keystore opened and every file read back first.
    CreateSignerHandOff(CreateSignerHandOff),
}

/// What an operation returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Response {
    Keys(Vec<ValidatorKeysView>),
    Files(Vec<OutputFile>),
    File(OutputFile),
    BlsChanges(BlsChangeFiles),
    Review(Vec<ChangeReview>),
    DepositReview(DepositReview),
    ExitReview(ExitsReview),
    OwnershipProofReview(OwnershipProofReview),
    TopUpReview(TopUpReview),
    BuilderReview(BuilderDepositReview),
    Found(SearchFindings),
    /// A verified file: each entry's report and what it says.
    Verified(FileVerification),
    Keystore(DecryptedKeystore),
    /// What execution-layer requests will be.
    ExecutionReview(ExecutionReview),
    /// Execution-layer requests' files, URIs and QR texts, and how to send them.
    ExecutionRequests(ExecutionRequestFiles),
    /// Where signing keys would go.
    HandOffReview(HandOffReview),
    /// The checked hand-off files (and the keymanager import's `curl` command).
    HandOff(HandOffFiles),
}

impl Response {
    /// The files to offer, in order, whatever kind of response holds them.
    pub fn files(&self) -> Vec<OutputFile> {
        match self {
            Self::Files(files) => files.clone(),
            Self::File(file) => vec![file.clone()],
            Self::BlsChanges(changes) => vec![changes.deposit_cli.clone(), changes.ethdo.clone()],
            Self::ExecutionRequests(requests) => requests.files(),
            Self::HandOff(hand_off) => hand_off.files.clone(),
            _ => Vec::new(),
        }
    }
}

/// What a long operation is doing, for progress bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Deriving public keys (review tables, searches).
    Deriving,
    /// Deposit data and keystores for new validators.
    Keystores,
    /// Signing and verifying BLS changes or exits.
    Signing,
    /// Verifying a file.
    Verifying,
    /// Reading an import (total unknown: `done` counts validators read).
    ReadingImport,
    /// Running a keystore's KDF.
    Decrypting,
}

/// Progress of an operation: `done` of `total` (`total` 0: not known in advance).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub phase: Phase,
    pub done: u64,
    pub total: u64,
}

/// What an operation gets from where it runs: the time, a progress sink, the bytes of a file
/// handed over (a worker's attachment), and a batch's shared keystore salt when several
/// workers make one batch.
pub struct Context<'a> {
    /// Unix seconds, for file names when the request gives no timestamp.
    pub now: u64,
    pub on_progress: &'a mut dyn FnMut(Progress),
    pub import: Option<&'a [u8]>,
    pub shared_salt: Option<[u8; 32]>,
}

impl Context<'_> {
    fn progress(&mut self, phase: Phase, done: u64, total: u64) {
        (self.on_progress)(Progress { phase, done, total });
    }
}

/// Runs one request.
pub fn run(request: &Request, context: &mut Context<'_>) -> Result<Response, WalletError> {
    Ok(match request {
        Request::DeriveKeys(request) => Response::Keys(request.run(context)?),
        Request::CreateKeystores(request) => Response::Files(request.run(context, 0, None, None)?),
        Request::CreateDepositData(request) => Response::File(request.run(context)?),
        Request::CreateValidatorKeys(request) => Response::Files(request.run(context)?),
        Request::ReviewValidatorKeys(request) => Response::DepositReview(request.review(context)?),
        Request::ReviewBlsChanges(request) => Response::Review(request.review(context)?),
        Request::CreateBlsChanges(request) => Response::BlsChanges(request.run(context)?),
        Request::ReviewExits(request) => Response::ExitReview(request.review(context)?),
        Request::CreateExits(request) => Response::Files(request.run(context)?),
        Request::ReviewExitFromKeystore(request) => Response::ExitReview(request.review()?),
        Request::CreateExitFromKeystore(request) => Response::File(request.run(context)?),
        Request::ReviewOwnershipProof(request) => {
            Response::OwnershipProofReview(request.review(context)?)
        }
        Request::CreateOwnershipProof(request) => Response::File(request.run(context)?),
        Request::ReviewTopUpDeposit(request) => Response::TopUpReview(request.review(context)?),
        Request::CreateTopUpDeposit(request) => Response::File(request.run(context)?),
        Request::ReviewBuilderDeposits(request) => {
            Response::BuilderReview(request.review(context)?)
        }
        Request::CreateBuilderDeposits(request) => Response::Files(request.run(context)?),
        Request::FindValidators(request) => Response::Found(request.run(context)?),
        Request::VerifyFile(request) => Response::Verified(request.run(context)?),
        Request::DecryptKeystore(request) => Response::Keystore(request.run(context)?),
        Request::ReviewWithdrawalRequests(request) => Response::ExecutionReview(request.review()?),
        Request::CreateWithdrawalRequests(request) => {
            Response::ExecutionRequests(request.run(context)?)
        }
        Request::ReviewConsolidationRequests(request) => {
            Response::ExecutionReview(request.review()?)
        }
        Request::CreateConsolidationRequests(request) => {
            Response::ExecutionRequests(request.run(context)?)
        }
        Request::ReviewSignerHandOff(request) => Response::HandOffReview(request.review()?),
        Request::CreateSignerHandOff(request) => Response::HandOff(request.run(context)?),
    })
}

/// Keys from a published test mnemonic are public: on a chain with real value, nothing is
/// made from one without an explicit acknowledgement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicMnemonicOnRealChain {
    pub chain: String,
}

impl PublicMnemonicOnRealChain {
    pub fn check(
        mnemonic: &Mnemonic,
        chain: &Chain,
        acknowledged: bool,
    ) -> Result<(), WalletError> {
        if mnemonic.is_publicly_known() && chain.real_value && !acknowledged {
            return Err(Self {
                chain: chain.name.clone(),
            }
            .into());
        }
        Ok(())
    }
}

impl fmt::Display for PublicMnemonicOnRealChain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "this is a published test mnemonic: anyone can derive its keys and take what they hold. On {}, whose currency has real value, nothing is made from it without an explicit acknowledgement",
            self.chain
        )
    }
}

impl Coded for PublicMnemonicOnRealChain {
    fn code(&self) -> ErrorCode {
        ErrorCode::MnemonicPublicNotAcknowledged
    }

    fn params(&self) -> Params {
        params(&[("chain", self.chain.as_str().into())])
    }

    fn field(&self) -> Option<String> {
        Some("acknowledgePublicMnemonic".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chain::ChainInput;
    use crate::files::FileKind;
    use crate::keys::keystores::KdfChoice;
    use crate::operations::keys::WithdrawalInput;
    use crate::operations::secret::SecretText;

    fn secret() -> SecretText {
        SecretText::new("abandon")
    }

    /// One of each request, with every optional field set: none may collide with the
    /// `operation` tag, and each must read back (strictly) as itself.
    fn every_request() -> Vec<Request> {
        let chain = ChainInput::name("hoodi");
        let changes = CreateBlsChanges {
            mnemonic: secret(),
            passphrase: secret(),
            language: Some(crate::keys::mnemonic::MnemonicLanguage::English),
            chain: chain.clone(),
            start_index: Some(1),
            key_indices: Some(vec![1]),
            validator_indices: vec!["1".into()],
            bls_withdrawal_credentials: vec!["0x00".into()],
            execution_address: "0x".into(),
            acknowledge_public_mnemonic: true,
            timestamp: Some(1),
        };
        vec![
            Request::DeriveKeys(DeriveKeys {
                mnemonic: secret(),
                passphrase: secret(),
                language: None,
                start_index: 0,
                count: 1,
            }),
            Request::CreateKeystores(CreateKeystores {
                mnemonic: secret(),
                passphrase: secret(),
                language: None,
                start_index: 0,
                count: 1,
                password: secret(),
                kdf: KdfChoice::Pbkdf2,
                independent_salts: true,
                timestamp: Some(1),
            }),
            Request::CreateDepositData(CreateDepositData {
                mnemonic: secret(),
                passphrase: secret(),
                language: None,
                start_index: 0,
                count: 1,
                chain: chain.clone(),
                withdrawal: WithdrawalInput::Compounding {
                    address: "0x".into(),
                },
                amount: Some("32".into()),
                allow_bls_credentials: true,
                acknowledge_public_mnemonic: true,
                timestamp: Some(1),
            }),
            Request::CreateValidatorKeys(CreateValidatorKeys {
                mnemonic: secret(),
                passphrase: secret(),
                language: None,
                start_index: 0,
                count: 1,
                chain: chain.clone(),
                withdrawal: WithdrawalInput::Bls,
                amount: None,
                allow_bls_credentials: true,
                acknowledge_public_mnemonic: true,
                password: secret(),
                kdf: KdfChoice::Scrypt,
                independent_salts: false,
                timestamp: Some(1),
            }),
            Request::ReviewBlsChanges(changes.clone()),
            Request::CreateBlsChanges(changes),
            Request::CreateExits(CreateExits {
                mnemonic: secret(),
                passphrase: secret(),
                language: None,
                chain: chain.clone(),
                start_index: None,
                key_indices: Some(vec![0]),
                validator_indices: vec!["1".into()],
                epoch: "1".into(),
                acknowledge_public_mnemonic: false,
                timestamp: Some(1),
            }),
            Request::CreateExitFromKeystore(CreateExitFromKeystore {
                keystore: "{}".into(),
                password: secret(),
                chain: chain.clone(),
                validator_index: "1".into(),
                epoch: "1".into(),
                validator_pubkey: Some("0x".into()),
                timestamp: Some(1),
            }),
            Request::ReviewOwnershipProof(CreateOwnershipProof {
                keystore: Some("{}".into()),
                password: Some(secret()),
                mnemonic: None,
                passphrase: SecretText::default(),
                language: None,
                key_index: None,
                chain: chain.clone(),
                validator_index: "1".into(),
                execution_address: "0x".into(),
                validator_pubkey: Some("0x".into()),
                acknowledge_public_mnemonic: false,
                timestamp: Some(1),
            }),
            Request::CreateOwnershipProof(CreateOwnershipProof {
                keystore: None,
                password: None,
                mnemonic: Some(secret()),
                passphrase: secret(),
                language: Some(crate::keys::mnemonic::MnemonicLanguage::English),
                key_index: Some(3),
                chain: chain.clone(),
                validator_index: "1".into(),
                execution_address: "0x".into(),
                validator_pubkey: None,
                acknowledge_public_mnemonic: true,
                timestamp: Some(1),
            }),
            Request::ReviewTopUpDeposit(CreateTopUpDeposit {
                keystore: Some("{}".into()),
                password: Some(secret()),
                mnemonic: None,
                passphrase: SecretText::default(),
                language: None,
                key_index: None,
                chain: chain.clone(),
                withdrawal: deposits::TopUpWithdrawalInput::Execution {
                    address: "0x".into(),
                },
                amount: "1".into(),
                validator_pubkey: Some("0x".into()),
                acknowledge_public_mnemonic: false,
                timestamp: Some(1),
            }),
            Request::CreateTopUpDeposit(CreateTopUpDeposit {
                keystore: None,
                password: None,
                mnemonic: Some(secret()),
                passphrase: secret(),
                language: Some(crate::keys::mnemonic::MnemonicLanguage::English),
                key_index: Some(3),
                chain: chain.clone(),
                withdrawal: deposits::TopUpWithdrawalInput::Compounding {
                    address: "0x".into(),
                },
                amount: "40.5".into(),
                validator_pubkey: None,
                acknowledge_public_mnemonic: true,
                timestamp: Some(1),
            }),
            Request::CreateBuilderDeposits(CreateBuilderDeposits {
                mnemonic: secret(),
                passphrase: secret(),
                language: None,
                start_index: 0,
                count: 1,
                chain: chain.clone(),
                withdrawal_address: "0x".into(),
                amount: "1".into(),
                password: secret(),
                kdf: KdfChoice::Pbkdf2,
                independent_salts: true,
                acknowledge_public_mnemonic: true,
                timestamp: Some(1),
            }),
            Request::FindValidators(FindValidators {
                mnemonic: secret(),
                passphrase: secret(),
                language: None,
                start_key_index: 2,
                max_key_index: 3,
                validators: Some(vec![]),
                import: Some("1,0x00".into()),
                chain: Some(chain.clone()),
            }),
            Request::VerifyFile(VerifyFile {
                json: "[]".into(),
                kind: Some(FileKind::DepositData),
                chain: chain.clone(),
                pubkey: Some("0x".into()),
                keystore: Some("{}".into()),
                expected_address: Some("0x".into()),
                mnemonic: Some(secret()),
                passphrase: secret(),
                language: Some(crate::keys::mnemonic::MnemonicLanguage::English),
                key_count: Some(5),
            }),
            Request::DecryptKeystore(DecryptKeystore {
                keystore: "{}".into(),
                password: secret(),
            }),
            Request::CreateWithdrawalRequests(execution::CreateWithdrawalRequests {
                chain: ChainInput::name("hoodi"),
                requests: vec![execution::WithdrawalRequestInput {
                    validator: crate::import::ValidatorInput {
                        index: crate::import::IndexInput::Text("1".into()),
                        pubkey: Some("0x".into()),
                        withdrawal_credentials: "0x02".into(),
                        status: Some("active_ongoing".into()),
                    },
                    action: execution::WithdrawalAction::PartialWithdrawal,
                    amount: Some("1".into()),
                }],
                value: "1".into(),
                timestamp: Some(1),
            }),
            Request::CreateConsolidationRequests(execution::CreateConsolidationRequests {
                chain: ChainInput::name("hoodi"),
                requests: vec![execution::ConsolidationRequestInput {
                    source: crate::import::ValidatorInput {
                        index: crate::import::IndexInput::Number(1),
                        pubkey: Some("0x".into()),
                        withdrawal_credentials: "0x01".into(),
                        status: None,
                    },
                    target: Some(crate::import::ValidatorInput {
                        index: crate::import::IndexInput::Text("2".into()),
                        pubkey: None,
                        withdrawal_credentials: "0x02".into(),
                        status: None,
                    }),
                }],
                value: "1".into(),
                allow_other_target_address: true,
                timestamp: Some(1),
            }),
            Request::CreateSignerHandOff(hand_off::CreateSignerHandOff {
                keystores: vec!["{}".into()],
                password: secret(),
                chain: chain.clone(),
                destination: hand_off::Destination::Vault {
                    host: "vault".into(),
                    port: std::num::NonZeroU16::MIN,
                    tls: true,
                    mount: "secret".into(),
                    folder: "keys".into(),
                },
                timestamp: Some(1),
            }),
            Request::ReviewSignerHandOff(hand_off::CreateSignerHandOff {
                keystores: vec![],
                password: secret(),
                chain: chain.clone(),
                destination: hand_off::Destination::AwsSecretsManager {
                    region: "eu-central-1".into(),
                    name_prefix: "v-".into(),
                    access_key_in_config: true,
                },
                timestamp: None,
            }),
            Request::CreateSignerHandOff(hand_off::CreateSignerHandOff {
                keystores: vec![],
                password: secret(),
                chain: chain.clone(),
                destination: hand_off::Destination::KeymanagerApi {
                    acknowledge_passwords_in_file: true,
                },
                timestamp: None,
            }),
        ]
    }

    #[test]
    fn every_request_reads_back_as_itself_from_strict_json() {
        for request in every_request() {
            let text = serde_json::to_string(&request).unwrap();
            let value = crate::files::strict_json::parse(&text)
                .unwrap_or_else(|err| panic!("{text}: {err}"));
            let back: Request =
                options::from_value(value).unwrap_or_else(|err| panic!("{text}: {err}"));
            assert_eq!(back, request, "{text}");
        }
    }
}

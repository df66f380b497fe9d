//! withdrawal-wallet core: Ethereum validator keys from a BIP39 mnemonic, offline.
//!
//! Pure Rust, no UI and no JavaScript: the Leptos app (`www/`), its Web Workers (`worker/`)
//! and the wasm façade (feature `wasm`, built into `pkg/`) all call this crate, and only
//! through the surface re-exported below.
//!
//! The folders read as the design:
//! - `operations`: the product's operations as typed requests, their checks and one `run`;
//!   reading requests from JSON strictly; the rules for typed fields; splitting a request
//!   over a pool of workers and merging the results. Everything above this crate calls here.
//! - `keys`: BIP39 mnemonics, EIP-2333 keys (the one module that touches blst), EIP-2334
//!   paths, EIP-2335 keystores.
//! - `consensus`: SSZ containers and domains, withdrawal credentials and execution addresses,
//!   and the three signed files (deposits, BLS changes, exits) with their verifiers, and
//!   deposit-cli's proof of withdrawal-address ownership.
//! - `chain`: built-in and custom chains, and which chain a set of values really is.
//! - `execution`: execution-layer requests from the withdrawal address (EIP-7002 exits and
//!   partial withdrawals, EIP-7251 consolidations) as transactions for the staker's wallet.
//! - `import`: what the beacon chain knows (beacon API, ethdo, CSV), streamed, and the search
//!   for a mnemonic's validators in it.
//! - `files`: file formats and reading rules (Python's JSON layout, strict JSON, hex fields,
//!   size limits, file kinds) and the files and reports operations return.
//! - `error`: errors as data (code, field, parameters, message), the same on every layer.
//! - `random`: the one edge where randomness enters.
//! - `wasm` (feature `wasm`): the `#[wasm_bindgen]` façade, a dispatch and no rules.

mod chain;
mod consensus;
mod error;
mod execution;
mod files;
mod import;
mod keys;
mod operations;
mod random;
mod signers;

#[cfg(feature = "wasm")]
pub mod wasm;

// Errors as data.
pub use error::{Coded, ErrorCode, Param, Params, Quoted, WalletError};

// The operations: typed requests, one `run`, and the pool's split and merge.
pub use operations::deposits::{
    BuilderDepositReview, BuilderKeyView, CreateBuilderDeposits, CreateTopUpDeposit, TopUpReview,
    TopUpWithdrawalInput,
};
pub use operations::fields;
pub use operations::hand_off::{
    parse_port, CreateSignerHandOff, Destination, HandOffError, HandOffFiles, HandOffReview,
    HandedKey,
};
pub use operations::keys::{
    CreateDepositData, CreateKeystores, CreateValidatorKeys, DecryptKeystore, DecryptedKeystore,
    DepositReview, DeriveKeys, ValidatorKeysView, WithdrawalInput,
};
pub use operations::options::{from_value as request_from_json, zeroize_value};
pub use operations::ownership_proof::{CreateOwnershipProof, OwnershipProofReview};
pub use operations::pool::{chunks, merge, parts_for, ONE_READER_ATTACHMENT_BYTES};
pub use operations::search::{chain_input, validator_view, FindValidators, SearchFindings};
pub use operations::secret::SecretText;
pub use operations::signing::{
    CreateBlsChanges, CreateExitFromKeystore, CreateExits, ExitReview, ExitsReview,
};
pub use operations::verify::{
    AddressDiffers, EntryContent, FileVerification, KeyMatch, KeyRole, VerifiedEntry, VerifyFile,
};
pub use operations::{run, Context, Phase, Progress, PublicMnemonicOnRealChain, Request, Response};

// Keys (BIP39, EIP-2333/2334/2335).
pub use keys::bls::{verify, PublicKey, SecretKey, Signature, DST, PUBLIC_KEY_LEN, SIGNATURE_LEN};
pub use keys::eip2334::{KeyPath, KeyPathError, ValidatorKeyPath};
pub use keys::eip2335::{
    scrypt_memory, DerivedKey, Kdf, KdfProblem, Keystore, KeystoreError, KeystoreModule,
    MalformedKeystore, ProcessedPassword, MAX_SCRYPT_MEMORY, MIN_NEW_PASSWORD_CHARS,
};
pub use keys::keystore_json::{
    from_json as keystore_from_json, to_json as keystore_to_json, MAX_KEYSTORE_BYTES,
};
pub use keys::keystores::{
    create_keystores, create_keystores_with_progress, KdfChoice, KeystoreFile, KeystoreRandomness,
    KeystoreRequest,
};
pub use keys::mnemonic::{
    check_words, languages_of, Mnemonic, MnemonicError, MnemonicLanguage, Seed, WordCheck,
    MAX_CHECKED_WORDS,
};
pub use keys::validator::{
    derive_validator_keys, parse_key_index, KeyIndexError, ValidatorKeys, ValidatorRangeError,
    MAX_BATCH,
};

// Chains.
pub use chain::{
    Chain, ChainError, ChainInput, CustomChain, FileChainDiffers, ImportedChainDiffers,
    StatedNetwork, BUILTIN_CHAIN_NAMES,
};

// Consensus messages and their files.
pub use consensus::bls_to_execution_change::{
    create_bls_to_execution_changes, review_bls_to_execution_changes,
    verify_bls_to_execution_changes, BlsChangeContent, BlsChangeError, BlsChangeFiles,
    BlsChangeRequest, ChangeReview,
};
pub use consensus::bls_to_execution_change_keystore::{
    create_bls_to_execution_change_keystore, create_bls_to_execution_change_keystore_from_keystore,
    create_bls_to_execution_change_keystore_from_mnemonic, proof_signing_root,
    read_bls_to_execution_change_keystore, verify_bls_to_execution_change_keystore,
    BlsChangeKeystoreContent, BlsToExecutionChangeKeystore, SignedRoot,
    DOMAIN_BLS_TO_EXECUTION_CHANGE_KEYSTORE,
};
pub use consensus::builder_deposit::{
    check_builder_amount, create_builder_deposit_data_with_progress, format_builder_amount,
    read_builder_deposit_data, verify_builder_deposit_data, BuilderDepositError,
    BuilderDepositRequest, BuilderKeysAreValidatorKeys, BUILDER_MIN_DEPOSIT,
};
pub use consensus::containers::{
    compute_domain, compute_signing_root, BlsToExecutionChange, DepositData, DepositMessage,
    HashTreeRoot, VoluntaryExit, DOMAIN_BLS_TO_EXECUTION_CHANGE, DOMAIN_BUILDER_DEPOSIT,
    DOMAIN_DEPOSIT, DOMAIN_VOLUNTARY_EXIT, GWEI_PER_ETH, MAX_EFFECTIVE_BALANCE_ELECTRA,
    MIN_ACTIVATION_BALANCE, MIN_DEPOSIT_AMOUNT,
};
pub use consensus::deposit::{
    check_top_up_amount, create_deposit_data, create_top_up_deposit, format_deposit_amount,
    format_gwei, parse_ether_amount, verify_deposit_data, DepositContent, DepositError,
    DepositRequest, TopUpRequest, Withdrawal,
};
pub use consensus::execution_address::{AddressError, ExecutionAddress};
pub use consensus::validators::{parse_validator_indices, parse_withdrawal_credentials};
pub use consensus::voluntary_exit::{
    create_voluntary_exit_from_keystore, create_voluntary_exits, parse_validator_pubkey,
    verify_voluntary_exit, ExitContent,
};
pub use consensus::withdrawal_credentials::{
    bls_withdrawal_credentials, builder_withdrawal_credentials, execution_withdrawal_credentials,
    CredentialsKind, CredentialsView, WithdrawalCredentials, BUILDER_WITHDRAWAL_PREFIX,
};
pub use consensus::SignatureStatus;

// Execution-layer requests from the withdrawal address (EIP-7002, EIP-7251, ERC-681).
pub use chain::ExecutionLayer;
pub use execution::eip681::transaction_request_url;
pub use execution::eip7002::{
    WithdrawalRequest, FULL_EXIT_REQUEST_AMOUNT, WITHDRAWAL_REQUEST_INPUT_LEN,
};
pub use execution::eip7251::{ConsolidationRequest, CONSOLIDATION_REQUEST_INPUT_LEN};
pub use execution::transaction::{
    read_execution_request, ExecutionRequest, ExecutionRequestContent, FileMismatch,
};
pub use execution::{
    execution_actions, parse_wei, ExecutionAction, RequestError, RequestValidator, Role,
    ValidatorView, ValueError,
};
pub use operations::execution::{
    ConsolidationRequestInput, CreateConsolidationRequests, CreateWithdrawalRequests,
    ExecutionNotice, ExecutionRequestFiles, ExecutionRequestOutput, ExecutionRequestReview,
    ExecutionReview, FeeQuery, WithdrawalAction, WithdrawalRequestInput,
};

// Imports and the search.
pub use import::search::{
    find_validators, search_import, FoundValidator, KeyTable, DEFAULT_KEY_COUNT, MAX_KEY_COUNT,
    MAX_MATCHES,
};
pub use import::{
    check_import_size, parse_validator_import, scan_validator_import, ImportError, ImportFormat,
    ImportedChain, ImportedValidator, IndexInput, ValidatorImport, ValidatorInput, ValidatorStatus,
    MAX_IMPORT_BYTES, MAX_IMPORT_VALIDATORS,
};

// Files.
pub use files::output::{parse_uint64, EntryReport, OutputFile, DEPOSIT_CLI_VERSION};
pub use files::strict_json::{parse as parse_strict_json, JsonError};
pub use files::{check_file_size, text_from_bytes, FileError, FileKind, MAX_FILE_BYTES};
pub use signers::key_budget::{plan_key_budget, KeyBudgetPlan, MnemonicBatch};
pub use signers::web3signer::file_keystore_configs as web3signer_configs;

// The randomness edge.
pub use random::{draw_keystore_randomness, draw_salt, generate_mnemonic, RngUnavailable};

//! Deposit data in ethstaker-deposit-cli's `deposit_data-{unix_seconds}.json` format, and its
//! verifier (phase0 `validator.md`, "Submit deposit"; EIP-7251 for 0x02 credentials): new
//! validators' deposits, and top-ups of existing validators (deposit-cli's `partial-deposit`,
//! the same message and layout in `partial_deposits/`). Builder deposits
//! (`builder_deposit`) are written and read by the same code over their own domain.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::chain::{Chain, StatedNetwork};
use crate::consensus::builder_deposit::{format_builder_amount, BuilderDepositError};
use crate::consensus::containers::{
    compute_signing_root, DepositData, DepositMessage, Domain, HashTreeRoot, GWEI_PER_ETH,
    MAX_EFFECTIVE_BALANCE_ELECTRA, MIN_ACTIVATION_BALANCE, MIN_DEPOSIT_AMOUNT,
};
use crate::consensus::execution_address::ExecutionAddress;
use crate::consensus::withdrawal_credentials::{
    bls_withdrawal_credentials, execution_withdrawal_credentials, CredentialsView,
    WithdrawalCredentials,
};
use crate::consensus::{
    builder_credentials_problem, check_reports, credentials_problem, read_signed_entries,
    EntryProblem, PendingSignature, SignatureStatus, SignedMessage,
};
use crate::error::{params, uint64, Coded, ErrorCode, Param, Params, Quoted, WalletError};
use crate::files::hex_field::decode_bare;
use crate::files::output::{
    hex_field, string_field, EntryReport, OutputFile, Progress, DEPOSIT_CLI_VERSION,
};
use crate::files::{parse_entries, serde_text, FileError, FileKind};
use crate::keys::bls::{PublicKey, SecretKey, Signature, SignatureCheck};
use crate::keys::eip2334::ValidatorKeyTree;
use crate::keys::mnemonic::Seed;
use crate::keys::validator::{check_batch_size, validator_indices, ValidatorSigningKey};

/// Where the validator's funds go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Withdrawal {
    /// 0x02 compounding credentials (EIP-7251): the default, any amount from 1 to 2048 ETH.
    Compounding(ExecutionAddress),
    /// 0x01 credentials: exactly 32 ETH.
    Execution(ExecutionAddress),
    /// 0x00 BLS credentials: 32 ETH, only with an explicit opt-in; a BLS change is needed later.
    Bls,
}

/// What to create.
pub struct DepositRequest<'a> {
    pub seed: &'a Seed,
    pub start_index: u32,
    pub count: u32,
    pub chain: &'a Chain,
    pub withdrawal: Withdrawal,
    /// In gwei of the chain's own currency (GNO on Gnosis); only for 0x02. Default: 32 ETH
    /// (1 GNO).
    pub amount: Option<u64>,
    /// The caller's acknowledgement that 0x00 credentials are wanted.
    pub allow_bls_credentials: bool,
    pub timestamp: u64,
}

/// Why no deposit file was created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DepositError {
    /// 0x00 credentials were asked for without the opt-in.
    BlsCredentialsNotAllowed,
    /// 0x00 and 0x01 deposits are exactly 32 ETH.
    AmountNotAllowed {
        amount: u64,
    },
    AmountOutOfRange {
        amount: u64,
        multiplier: u64,
    },
}

impl fmt::Display for DepositError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BlsCredentialsNotAllowed => f.write_str(
                "0x00 (BLS) withdrawal credentials need an explicit opt-in: funds stay locked until a BLS-to-execution change is signed; give an execution address instead",
            ),
            Self::AmountNotAllowed { amount } => write!(
                f,
                "a deposit with 0x00 or 0x01 credentials is exactly 32 ETH; {} was asked for (choose 0x02 compounding for other amounts)",
                format_gwei(*amount)
            ),
            Self::AmountOutOfRange { amount, multiplier } => write!(
                f,
                "the amount {} is outside 1 to 2048 ETH{}",
                format_gwei(*amount),
                if *multiplier > 1 { " (1/32 to 64 GNO on Gnosis chains)" } else { "" }
            ),
        }
    }
}

impl Coded for DepositError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::BlsCredentialsNotAllowed => ErrorCode::DepositBlsNotAllowed,
            Self::AmountNotAllowed { .. } => ErrorCode::DepositAmountNotAllowed,
            Self::AmountOutOfRange { .. } => ErrorCode::DepositAmountOutOfRange,
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::BlsCredentialsNotAllowed => Params::new(),
            Self::AmountNotAllowed { amount } => params(&[
                ("amount_gwei", uint64(*amount)),
                ("amount", Param::Text(decimal_units(*amount, 1))),
            ]),
            Self::AmountOutOfRange { amount, multiplier } => {
                let mut list = params(&[
                    ("amount_gwei", uint64(*amount)),
                    ("multiplier", uint64(*multiplier)),
                    ("amount", Param::Text(decimal_units(*amount, 1))),
                ]);
                if *multiplier > 1 {
                    list.insert("reason".into(), "gnosis".into());
                }
                list
            }
        }
    }
}

/// `32000000000` gwei as "32 ETH", `1500000000` as "1.5 ETH".
pub fn format_gwei(gwei: u64) -> String {
    format_units(gwei, 1, "ETH")
}

/// A deposit's amount (gwei of the deposit contract's unit) in `chain`'s currency:
/// `32000000000` is "32 ETH" on mainnet and "1 GNO" on Gnosis chains, whose contract counts
/// 32 units per GNO.
pub fn format_deposit_amount(amount: u64, chain: &Chain) -> String {
    format_units(amount, chain.deposit_multiplier, chain.currency())
}

/// `amount` gwei of a unit worth 1/`multiplier` coin, in coins, exactly.
fn format_units(amount: u64, multiplier: u64, currency: &str) -> String {
    format!("{} {currency}", decimal_units(amount, multiplier))
}

/// `amount` gwei of a unit worth 1/`multiplier` coin, as a decimal number of coins: "32",
/// "1.5" (what [`format_units`] writes before the currency).
pub(crate) fn decimal_units(amount: u64, multiplier: u64) -> String {
    let per_coin = u128::from(GWEI_PER_ETH) * u128::from(multiplier.max(1));
    let whole = u128::from(amount) / per_coin;
    let mut rest = u128::from(amount) % per_coin;
    let mut decimals = String::new();
    // 10^9 × 32 has no prime factor but 2 and 5, so the decimals end; the bound keeps any
    // other multiplier finite.
    while rest > 0 && decimals.len() < 24 {
        rest *= 10;
        decimals.extend(char::from_digit((rest / per_coin) as u32, 10));
        rest %= per_coin;
    }
    if decimals.is_empty() {
        whole.to_string()
    } else {
        format!("{whole}.{decimals}")
    }
}

/// Why an amount typed in ETH was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmountError {
    pub text: Quoted,
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not an amount in ETH with at most 9 decimals (whole gwei), like 32 or 40.5",
            self.text
        )
    }
}

impl Coded for AmountError {
    fn code(&self) -> ErrorCode {
        ErrorCode::NotEtherAmount
    }

    fn params(&self) -> Params {
        params(&[("text", Param::from(&self.text))])
    }
}

/// `amount` gwei of the chain's coin (no multiplier), in coins: a builder's amount.
pub(crate) fn format_plain_units(amount: u64, currency: &str) -> String {
    format_units(amount, 1, currency)
}

/// Parses "32", "40.5" or "1.000000001" ETH into gwei; refuses fractions of a gwei.
pub fn parse_ether_amount(text: &str) -> Result<u64, AmountError> {
    let err = || AmountError {
        text: Quoted::new(text),
    };
    let (whole, fraction) = text.trim().split_once('.').unwrap_or((text.trim(), ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) || fraction.len() > 9 {
        return Err(err());
    }
    let whole: u64 = whole.parse().map_err(|_| err())?;
    let fraction: u64 = if fraction.is_empty() {
        0
    } else {
        format!("{fraction:0<9}").parse().map_err(|_| err())?
    };
    whole
        .checked_mul(GWEI_PER_ETH)
        .and_then(|w| w.checked_add(fraction))
        .ok_or_else(err)
}

/// One entry of a deposit file, in deposit-cli's field order; hex without 0x. Top-ups and
/// builder deposits are written with the same fields in the same order.
#[derive(Serialize)]
pub(crate) struct DepositEntryJson {
    pubkey: String,
    withdrawal_credentials: String,
    amount: u64,
    signature: String,
    deposit_message_root: String,
    deposit_data_root: String,
    fork_version: String,
    network_name: String,
    deposit_cli_version: String,
}

/// The amount each deposit carries, in the deposit contract's gwei (×32 on Gnosis chains).
fn deposit_amount(
    withdrawal: Withdrawal,
    amount: Option<u64>,
    chain: &Chain,
) -> Result<u64, DepositError> {
    let multiplier = chain.deposit_multiplier;
    match withdrawal {
        Withdrawal::Compounding(_) => {
            let native = amount.unwrap_or(MIN_ACTIVATION_BALANCE / multiplier);
            let amount = native.saturating_mul(multiplier);
            if !(MIN_DEPOSIT_AMOUNT..=MAX_EFFECTIVE_BALANCE_ELECTRA).contains(&amount) {
                return Err(DepositError::AmountOutOfRange {
                    amount: native,
                    multiplier,
                });
            }
            Ok(amount)
        }
        Withdrawal::Execution(_) | Withdrawal::Bls => match amount {
            Some(native) if native.checked_mul(multiplier) != Some(MIN_ACTIVATION_BALANCE) => {
                Err(DepositError::AmountNotAllowed { amount: native })
            }
            _ => Ok(MIN_ACTIVATION_BALANCE),
        },
    }
}

/// Signs one deposit: `DepositMessage` over `domain` (the chain's deposit domain, or its
/// builder deposit domain), as an entry of the chain's deposit file.
pub(crate) fn sign_deposit(
    secret_key: &SecretKey,
    pubkey: &PublicKey,
    withdrawal_credentials: WithdrawalCredentials,
    amount: u64,
    chain: &Chain,
    domain: Domain,
) -> DepositEntryJson {
    let pubkey = pubkey.to_bytes();
    let message = DepositMessage {
        pubkey,
        withdrawal_credentials,
        amount,
    };
    let signature = secret_key
        .sign(&compute_signing_root(&message, domain))
        .to_bytes();
    let data = DepositData {
        pubkey,
        withdrawal_credentials,
        amount,
        signature,
    };
    DepositEntryJson {
        pubkey: hex::encode(pubkey),
        withdrawal_credentials: hex::encode(withdrawal_credentials),
        amount,
        signature: hex::encode(signature),
        deposit_message_root: hex::encode(message.hash_tree_root()),
        deposit_data_root: hex::encode(data.hash_tree_root()),
        fork_version: hex::encode(chain.genesis_fork_version),
        network_name: chain.name.clone(),
        deposit_cli_version: DEPOSIT_CLI_VERSION.to_owned(),
    }
}

/// Creates, then verifies, the deposit file of validators `start..start+count`.
pub fn create_deposit_data(request: &DepositRequest<'_>) -> Result<OutputFile, WalletError> {
    create_deposit_data_with_progress(request, &mut |_, _| {})
}

/// Everything a deposit request is refused for, checked before any key is derived (so
/// before the seed exists): the range, the batch, the 0x00 opt-in and the amount. Returns the
/// amount each deposit carries.
pub fn check_deposit_plan(
    start_index: u32,
    count: u32,
    chain: &Chain,
    withdrawal: Withdrawal,
    amount: Option<u64>,
    allow_bls_credentials: bool,
) -> Result<u64, WalletError> {
    validator_indices(start_index, count)?;
    check_batch_size(count as usize)?;
    if withdrawal == Withdrawal::Bls && !allow_bls_credentials {
        return Err(DepositError::BlsCredentialsNotAllowed.at("allowBlsCredentials"));
    }
    deposit_amount(withdrawal, amount, chain).map_err(|err| err.at("amount"))
}

/// `create_deposit_data`, reporting each entry signed, then each entry verified.
pub fn create_deposit_data_with_progress(
    request: &DepositRequest<'_>,
    progress: Progress<'_>,
) -> Result<OutputFile, WalletError> {
    create_deposit_data_keeping_keys(request, progress).map(|(file, _)| file)
}

/// `create_deposit_data_with_progress`, also handing back each validator's signing key, so a
/// job that writes their keystores too derives every key once.
pub(crate) fn create_deposit_data_keeping_keys(
    request: &DepositRequest<'_>,
    progress: Progress<'_>,
) -> Result<(OutputFile, Vec<ValidatorSigningKey>), WalletError> {
    let total = request.count as usize * 2;
    let amount = check_deposit_plan(
        request.start_index,
        request.count,
        request.chain,
        request.withdrawal,
        request.amount,
        request.allow_bls_credentials,
    )?;
    let indices = validator_indices(request.start_index, request.count)?;
    let tree = ValidatorKeyTree::new(&SecretKey::derive_master_sk(request.seed.as_bytes())?);
    let mut keys = Vec::with_capacity(request.count as usize);
    let entries: Vec<DepositEntryJson> = indices
        .enumerate()
        .map(|(i, index)| {
            progress(i, total);
            let withdrawal_sk = tree.withdrawal_key(index);
            let credentials = match request.withdrawal {
                Withdrawal::Compounding(address) => {
                    execution_withdrawal_credentials(0x02, &address)
                }
                Withdrawal::Execution(address) => execution_withdrawal_credentials(0x01, &address),
                Withdrawal::Bls => bls_withdrawal_credentials(&withdrawal_sk.public_key()),
            };
            let key = ValidatorSigningKey::below(index, &withdrawal_sk);
            let entry = sign_deposit(
                &key.secret_key,
                &key.pubkey,
                credentials,
                amount,
                request.chain,
                request.chain.deposit_domain(),
            );
            keys.push(key);
            entry
        })
        .collect();
    let json = crate::files::python_json::to_string(&entries).map_err(WalletError::internal)?;
    let signed = request.count as usize;
    let reports = verify_deposit_data_with_progress(&json, request.chain, &mut |done, _| {
        progress(signed + done, total)
    })
    .map_err(|err| WalletError::internal(WalletError::from(err)))?;
    check_reports(&reports)?;
    let file = OutputFile {
        kind: FileKind::DepositData,
        file_name: format!("deposit_data-{}.json", request.timestamp),
        json,
    };
    Ok((file, keys))
}

/// A top-up of an existing validator (deposit-cli's `partial-deposit`): one deposit signed by
/// the validator's own signing key, to 0x01 or 0x02 credentials. The consensus layer adds the
/// amount to the validator whose pubkey it names and ignores the credentials; a pubkey no
/// validator has yet would make a new validator with these credentials.
pub struct TopUpRequest<'a> {
    /// The validator's signing key (from its keystore, or the mnemonic at its key index).
    pub signing_key: &'a SecretKey,
    pub chain: &'a Chain,
    /// 0x02 or 0x01 with the validator's withdrawal address; 0x00 is refused (deposit-cli
    /// writes none).
    pub withdrawal: Withdrawal,
    /// In the deposit contract's gwei, as [`check_top_up_amount`] returns it.
    pub amount: u64,
    pub timestamp: u64,
}

/// The amount a top-up carries, in the deposit contract's gwei: `native` gwei of the chain's
/// currency times its multiplier, from `MIN_DEPOSIT_AMOUNT` (1 ETH, 1/32 GNO) to
/// `MAX_EFFECTIVE_BALANCE_ELECTRA` (2048 ETH, 64 GNO), for 0x01 and 0x02 credentials alike —
/// deposit-cli 1.3.1's `validate_deposit_amount` and `validate_deposit`.
pub fn check_top_up_amount(native: u64, chain: &Chain) -> Result<u64, DepositError> {
    let multiplier = chain.deposit_multiplier;
    let amount = native.saturating_mul(multiplier);
    if !(MIN_DEPOSIT_AMOUNT..=MAX_EFFECTIVE_BALANCE_ELECTRA).contains(&amount) {
        return Err(DepositError::AmountOutOfRange {
            amount: native,
            multiplier,
        });
    }
    Ok(amount)
}

/// The credentials a top-up is written with.
pub fn top_up_credentials(withdrawal: Withdrawal) -> Result<WithdrawalCredentials, DepositError> {
    match withdrawal {
        Withdrawal::Compounding(address) => Ok(execution_withdrawal_credentials(0x02, &address)),
        Withdrawal::Execution(address) => Ok(execution_withdrawal_credentials(0x01, &address)),
        Withdrawal::Bls => Err(DepositError::BlsCredentialsNotAllowed),
    }
}

/// Signs, writes and verifies a top-up: deposit-cli's `partial_deposits/deposit_data-*.json`,
/// one entry. The file is read back and checked by the deposit verifier, and must name the
/// signing key's pubkey, before it is returned.
pub fn create_top_up_deposit(request: &TopUpRequest<'_>) -> Result<OutputFile, WalletError> {
    let credentials = top_up_credentials(request.withdrawal).map_err(|err| err.at("withdrawal"))?;
    if !(MIN_DEPOSIT_AMOUNT..=MAX_EFFECTIVE_BALANCE_ELECTRA).contains(&request.amount) {
        return Err(WalletError::internal(
            "a top-up's amount was not checked before signing",
        ));
    }
    let pubkey = request.signing_key.public_key();
    let entry = sign_deposit(
        request.signing_key,
        &pubkey,
        credentials,
        request.amount,
        request.chain,
        request.chain.deposit_domain(),
    );
    let json = crate::files::python_json::to_string(&[entry]).map_err(WalletError::internal)?;
    let checked = read_deposit_file(&json, request.chain, DepositKind::Validator, &mut |_, _| {})
        .map_err(|err| WalletError::internal(WalletError::from(err)))?;
    let reports: Vec<EntryReport> = checked.iter().map(|(report, _)| report.clone()).collect();
    check_reports(&reports)?;
    let expected = pubkey.to_bytes();
    match checked.as_slice() {
        [(_, content)] if content.pubkey == Some(expected) => {}
        _ => {
            return Err(WalletError::internal(
                "the top-up file does not name the signing key's pubkey",
            ))
        }
    }
    Ok(OutputFile {
        kind: FileKind::PartialDeposit,
        file_name: format!("deposit_data-{}.json", request.timestamp),
        json,
    })
}

/// Which deposit contract a deposit file is for: the validators' (`DOMAIN_DEPOSIT`, prefixes
/// 0x00/0x01/0x02, 1 to 2048 ETH) or the builders' (`DOMAIN_BUILDER_DEPOSIT`, prefix 0xb0,
/// at least 1 ETH).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DepositKind {
    Validator,
    Builder,
}

/// What one entry of a deposit file says, each field as far as it could be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct DepositContent {
    #[serde(default, with = "serde_text::option_hex0x")]
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub pubkey: Option<[u8; 48]>,
    pub withdrawal_credentials: Option<CredentialsView>,
    /// As the file writes it: gwei of the deposit contract's unit (32 units per GNO on Gnosis
    /// chains), in decimal.
    #[serde(default, with = "serde_text::option_uint64")]
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub amount_gwei: Option<u64>,
    /// In the currency of the chain the file names, or else of the chain checked against:
    /// "32 ETH", "1 GNO".
    pub amount: Option<String>,
    pub network: StatedNetwork,
    pub signature: SignatureStatus,
}

/// Checks every entry of a deposit file against `chain`: fields, credentials layout, amount,
/// both roots, fork version, network name and signature.
pub fn verify_deposit_data(json: &str, chain: &Chain) -> Result<Vec<EntryReport>, FileError> {
    verify_deposit_data_with_progress(json, chain, &mut |_, _| {})
}

/// `verify_deposit_data`, reporting each entry checked.
pub fn verify_deposit_data_with_progress(
    json: &str,
    chain: &Chain,
    progress: Progress<'_>,
) -> Result<Vec<EntryReport>, FileError> {
    Ok(read_deposit_data(json, chain, progress)?
        .into_iter()
        .map(|(report, _)| report)
        .collect())
}

/// `verify_deposit_data_with_progress`, with what each entry says beside its report.
pub fn read_deposit_data(
    json: &str,
    chain: &Chain,
    progress: Progress<'_>,
) -> Result<Vec<(EntryReport, DepositContent)>, FileError> {
    read_deposit_file(json, chain, DepositKind::Validator, progress)
}

/// Checks every entry of a validators' or builders' deposit file against `chain`.
pub fn read_deposit_file(
    json: &str,
    chain: &Chain,
    kind: DepositKind,
    progress: Progress<'_>,
) -> Result<Vec<(EntryReport, DepositContent)>, FileError> {
    let entries = parse_entries(json)?;
    Ok(read_signed_entries(
        &entries,
        |entry| check_deposit_entry(entry, chain, kind),
        |content: &mut DepositContent| &mut content.signature,
        progress,
    ))
}

/// One entry's content and problems, and its signature to check if every field it covers
/// was read.
fn check_deposit_entry(
    entry: &serde_json::Value,
    chain: &Chain,
    kind: DepositKind,
) -> (DepositContent, Vec<WalletError>, Option<PendingSignature>) {
    let mut problems = Vec::new();
    let pubkey = hex_field::<48>(entry, "", "pubkey", decode_bare, &mut problems);
    let credentials = hex_field::<32>(
        entry,
        "",
        "withdrawal_credentials",
        decode_bare,
        &mut problems,
    );
    let signature = hex_field::<96>(entry, "", "signature", decode_bare, &mut problems);
    let message_root = hex_field::<32>(
        entry,
        "",
        "deposit_message_root",
        decode_bare,
        &mut problems,
    );
    let data_root = hex_field::<32>(entry, "", "deposit_data_root", decode_bare, &mut problems);
    let fork_version = hex_field::<4>(entry, "", "fork_version", decode_bare, &mut problems);

    let amount = entry.get("amount").and_then(serde_json::Value::as_u64);
    match (amount, kind) {
        (None, _) => problems.push(WalletError::of_field("amount", EntryProblem::AmountNotGwei)),
        (Some(amount), DepositKind::Validator)
            if !(MIN_DEPOSIT_AMOUNT..=MAX_EFFECTIVE_BALANCE_ELECTRA).contains(&amount) =>
        {
            problems.push(
                DepositError::AmountOutOfRange {
                    amount,
                    multiplier: 1,
                }
                .at("amount"),
            );
        }
        (Some(amount), DepositKind::Builder)
            if amount < crate::consensus::builder_deposit::BUILDER_MIN_DEPOSIT =>
        {
            problems.push(BuilderDepositError::AmountTooSmall { amount }.at("amount"));
        }
        (Some(_), _) => {}
    }
    if let Some(credentials) = &credentials {
        let problem = match kind {
            DepositKind::Validator => credentials_problem(credentials),
            DepositKind::Builder => builder_credentials_problem(credentials),
        };
        if let Some(problem) = problem {
            problems.push(WalletError::of_field("withdrawal_credentials", problem));
        }
    }
    let network_name = string_field(entry, "", "network_name");
    let network = StatedNetwork::new(network_name.as_ref().ok().copied(), fork_version, None);
    let currency_chain = network.identified().unwrap_or_else(|| chain.clone());
    let content = DepositContent {
        pubkey,
        withdrawal_credentials: credentials.as_ref().map(CredentialsView::of),
        amount_gwei: amount,
        amount: amount.map(|amount| match kind {
            DepositKind::Validator => format_deposit_amount(amount, &currency_chain),
            DepositKind::Builder => format_builder_amount(amount, &currency_chain),
        }),
        network,
        signature: SignatureStatus::NotChecked,
    };
    if let Some(fork_version) = fork_version {
        if fork_version != chain.genesis_fork_version {
            problems.push(WalletError::of_field(
                "fork_version",
                EntryProblem::ForkVersion {
                    found: fork_version,
                    chain: chain.name.clone(),
                    expected: chain.genesis_fork_version,
                },
            ));
        }
    }
    match network_name {
        Ok(name) if name != chain.name => problems.push(WalletError::of_field(
            "network_name",
            EntryProblem::NetworkName {
                found: Quoted::new(name),
                chain: chain.name.clone(),
            },
        )),
        Ok(_) => {}
        Err(problem) => problems.push(problem),
    }

    let (Some(pubkey), Some(withdrawal_credentials), Some(signature), Some(amount)) =
        (pubkey, credentials, signature, amount)
    else {
        return (content, problems, None);
    };
    let message = DepositMessage {
        pubkey,
        withdrawal_credentials,
        amount,
    };
    if let Some(root) = message_root {
        if root != message.hash_tree_root() {
            problems.push(WalletError::of_field(
                "deposit_message_root",
                EntryProblem::DepositMessageRoot,
            ));
        }
    }
    if let Some(root) = data_root {
        if root
            != (DepositData {
                pubkey,
                withdrawal_credentials,
                amount,
                signature,
            })
            .hash_tree_root()
        {
            problems.push(WalletError::of_field(
                "deposit_data_root",
                EntryProblem::DepositDataRoot,
            ));
        }
    }
    let public_key = match PublicKey::from_bytes(&pubkey) {
        Ok(key) => key,
        Err(err) => {
            problems.push(WalletError::of_field("pubkey", err));
            return (content, problems, None);
        }
    };
    let (domain, signed) = match kind {
        DepositKind::Validator => (chain.deposit_domain(), SignedMessage::Deposit),
        DepositKind::Builder => (
            chain.builder_deposit_domain(),
            SignedMessage::BuilderDeposit,
        ),
    };
    let pending = PendingSignature {
        check: SignatureCheck {
            public_key,
            message: compute_signing_root(&message, domain),
            signature: Signature::from_bytes(signature),
        },
        problem: EntryProblem::Signature {
            message: signed,
            chain: chain.name.clone(),
            pubkey: None,
        },
    };
    (content, problems, Some(pending))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_in_the_chains_currency_exactly() {
        let mainnet = Chain::builtin("mainnet").unwrap();
        let gnosis = Chain::builtin("gnosis").unwrap();
        assert_eq!(format_deposit_amount(32_000_000_000, &mainnet), "32 ETH");
        assert_eq!(format_deposit_amount(1_500_000_000, &mainnet), "1.5 ETH");
        assert_eq!(format_deposit_amount(1, &mainnet), "0.000000001 ETH");
        assert_eq!(format_deposit_amount(32_000_000_000, &gnosis), "1 GNO");
        assert_eq!(format_deposit_amount(48_000_000_000, &gnosis), "1.5 GNO");
        // One unit of the contract is 1/32 of a GNO gwei: still exact.
        assert_eq!(format_deposit_amount(1, &gnosis), "0.00000000003125 GNO");
        assert_eq!(format_gwei(u64::MAX), "18446744073.709551615 ETH");
    }
}

//! Builder deposits (gloas `beacon-chain.md`, EIP-8282), as ethstaker-deposit-cli 1.3.1's
//! `builder` command writes them: `builder_keys/builder_deposit_data-{unix_seconds}.json`.
//!
//! A builder deposit is the validators' `DepositMessage`/`DepositData`, signed over
//! `DOMAIN_BUILDER_DEPOSIT` (genesis fork version, zero root) instead of `DOMAIN_DEPOSIT`, with
//! credentials `BUILDER_WITHDRAWAL_PREFIX ‖ 0x00 × 11 ‖ address`, and any amount from
//! `BUILDER_MIN_DEPOSIT` (1 ETH) up. Builder key `i` is at `m/12381/3600/i/0/0`: deposit-cli's
//! design makes it the same key as validator signing key `i` of the same mnemonic.
//!
//! The file has deposit data's fields in their order; it is written and read back by
//! `deposit`'s writer and verifier.

use std::fmt;

use crate::chain::Chain;
use crate::consensus::check_reports;
use crate::consensus::containers::GWEI_PER_ETH;
use crate::consensus::deposit::{
    decimal_units, format_plain_units, read_deposit_file, sign_deposit, DepositContent, DepositKind,
};
use crate::consensus::execution_address::ExecutionAddress;
use crate::consensus::withdrawal_credentials::builder_withdrawal_credentials;
use crate::error::{params, uint64, Coded, ErrorCode, Param, Params, WalletError};
use crate::files::output::{EntryReport, OutputFile, Progress};
use crate::files::{FileError, FileKind};
use crate::keys::bls::SecretKey;
use crate::keys::eip2334::ValidatorKeyTree;
use crate::keys::mnemonic::Seed;
use crate::keys::validator::{check_batch_size, validator_indices, ValidatorSigningKey};

/// `BUILDER_MIN_DEPOSIT`: 1 ETH, in gwei (EIP-8282; deposit-cli 1.3.1's constant). There is
/// no maximum.
pub const BUILDER_MIN_DEPOSIT: u64 = GWEI_PER_ETH;

/// Why no builder deposit was made, or what is wrong with a builder deposit's amount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BuilderDepositError {
    /// Below `BUILDER_MIN_DEPOSIT`.
    AmountTooSmall { amount: u64 },
}

impl fmt::Display for BuilderDepositError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::AmountTooSmall { amount } => write!(
                f,
                "the amount {} ETH is below a builder deposit's minimum of 1 ETH (builder deposits have no maximum)",
                decimal_units(*amount, 1)
            ),
        }
    }
}

impl Coded for BuilderDepositError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::AmountTooSmall { .. } => ErrorCode::BuilderAmountTooSmall,
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::AmountTooSmall { amount } => params(&[
                ("amount_gwei", uint64(*amount)),
                ("amount", Param::Text(decimal_units(*amount, 1))),
            ]),
        }
    }
}

/// The notice every builder review carries: builder keys `first..=last` are the validator
/// signing keys at the same indices of the same mnemonic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuilderKeysAreValidatorKeys {
    pub first: u32,
    pub last: u32,
}

impl fmt::Display for BuilderKeysAreValidatorKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "builder keys {} to {} are this mnemonic's validator signing keys m/12381/3600/i/0/0 at the same indices (deposit-cli's design): if this mnemonic has validators at these indices, do not use it for builders; use a new mnemonic",
            self.first, self.last
        )
    }
}

impl Coded for BuilderKeysAreValidatorKeys {
    fn code(&self) -> ErrorCode {
        ErrorCode::BuilderKeysAreValidatorKeys
    }

    fn params(&self) -> Params {
        params(&[
            ("first_index", Param::Text(self.first.to_string())),
            ("last_index", Param::Text(self.last.to_string())),
        ])
    }
}

/// What to make: builders `start_index..start_index+count` of `seed`.
pub struct BuilderDepositRequest<'a> {
    pub seed: &'a Seed,
    pub start_index: u32,
    pub count: u32,
    pub chain: &'a Chain,
    pub address: ExecutionAddress,
    /// In gwei, as typed: deposit-cli applies no chain multiplier to builder amounts.
    pub amount: u64,
    pub timestamp: u64,
}

/// A builder deposit's amount, from `BUILDER_MIN_DEPOSIT` up (deposit-cli 1.3.1's
/// `validate_builder_deposit_amount`).
pub fn check_builder_amount(amount: u64) -> Result<u64, BuilderDepositError> {
    if amount < BUILDER_MIN_DEPOSIT {
        return Err(BuilderDepositError::AmountTooSmall { amount });
    }
    Ok(amount)
}

/// Everything a builder request is refused for before any key is derived: the range, the
/// batch and the amount.
pub fn check_builder_deposit_plan(
    start_index: u32,
    count: u32,
    amount: u64,
) -> Result<(), WalletError> {
    validator_indices(start_index, count)?;
    check_batch_size(count as usize)?;
    check_builder_amount(amount).map_err(|err| err.at("amount"))?;
    Ok(())
}

/// A builder's amount in the chain's coin as typed (no multiplier): "1 ETH".
pub fn format_builder_amount(amount: u64, chain: &Chain) -> String {
    format_plain_units(amount, chain.currency())
}

/// Signs, writes and verifies the builder deposits of `start..start+count`, reporting each
/// entry signed, then each verified.
pub fn create_builder_deposit_data_with_progress(
    request: &BuilderDepositRequest<'_>,
    progress: Progress<'_>,
) -> Result<OutputFile, WalletError> {
    create_builder_deposit_data_keeping_keys(request, progress).map(|(file, _)| file)
}

/// `create_builder_deposit_data_with_progress`, also handing back each builder's key, so a
/// job that writes their keystores too derives every key once.
pub(crate) fn create_builder_deposit_data_keeping_keys(
    request: &BuilderDepositRequest<'_>,
    progress: Progress<'_>,
) -> Result<(OutputFile, Vec<ValidatorSigningKey>), WalletError> {
    check_builder_deposit_plan(request.start_index, request.count, request.amount)?;
    let indices = validator_indices(request.start_index, request.count)?;
    let total = request.count as usize * 2;
    let credentials = builder_withdrawal_credentials(&request.address);
    let domain = request.chain.builder_deposit_domain();
    let tree = ValidatorKeyTree::new(&SecretKey::derive_master_sk(request.seed.as_bytes())?);
    let mut keys = Vec::with_capacity(request.count as usize);
    let entries: Vec<_> = indices
        .enumerate()
        .map(|(i, index)| {
            progress(i, total);
            let key = ValidatorSigningKey::derive(&tree, index);
            let entry = sign_deposit(
                &key.secret_key,
                &key.pubkey,
                credentials,
                request.amount,
                request.chain,
                domain,
            );
            keys.push(key);
            entry
        })
        .collect();
    let json = crate::files::python_json::to_string(&entries).map_err(WalletError::internal)?;
    let signed = request.count as usize;
    let checked = read_deposit_file(
        &json,
        request.chain,
        DepositKind::Builder,
        &mut |done, _| progress(signed + done, total),
    )
    .map_err(|err| WalletError::internal(WalletError::from(err)))?;
    let reports: Vec<EntryReport> = checked.iter().map(|(report, _)| report.clone()).collect();
    check_reports(&reports)?;
    let named: Vec<Option<[u8; 48]>> = checked.iter().map(|(_, content)| content.pubkey).collect();
    if named
        != keys
            .iter()
            .map(|key| Some(key.pubkey.to_bytes()))
            .collect::<Vec<_>>()
    {
        return Err(WalletError::internal(
            "the builder deposit file does not name the builder keys in order",
        ));
    }
    let file = OutputFile {
        kind: FileKind::BuilderDepositData,
        file_name: format!("builder_deposit_data-{}.json", request.timestamp),
        json,
    };
    Ok((file, keys))
}

/// Checks every entry of a builder deposit file against `chain`: fields, the 0xb0 layout, the
/// amount (at least 1 ETH), both roots, fork version, network name and the signature over
/// `DOMAIN_BUILDER_DEPOSIT`; with what each entry says.
pub fn read_builder_deposit_data(
    json: &str,
    chain: &Chain,
    progress: Progress<'_>,
) -> Result<Vec<(EntryReport, DepositContent)>, FileError> {
    read_deposit_file(json, chain, DepositKind::Builder, progress)
}

/// `read_builder_deposit_data`, the reports alone.
pub fn verify_builder_deposit_data(
    json: &str,
    chain: &Chain,
) -> Result<Vec<EntryReport>, FileError> {
    Ok(read_builder_deposit_data(json, chain, &mut |_, _| {})?
        .into_iter()
        .map(|(report, _)| report)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builder_amounts_start_at_one_eth_and_have_no_maximum() {
        assert_eq!(
            check_builder_amount(999_999_999),
            Err(BuilderDepositError::AmountTooSmall {
                amount: 999_999_999
            })
        );
        assert_eq!(check_builder_amount(GWEI_PER_ETH), Ok(GWEI_PER_ETH));
        assert_eq!(check_builder_amount(u64::MAX), Ok(u64::MAX));
        assert_eq!(
            WalletError::from(BuilderDepositError::AmountTooSmall {
                amount: 500_000_000
            })
            .message,
            "the amount 0.5 ETH is below a builder deposit's minimum of 1 ETH (builder deposits have no maximum)"
        );
    }

    #[test]
    fn builder_amounts_read_without_a_multiplier() {
        let gnosis = Chain::builtin("gnosis").unwrap();
        let mainnet = Chain::builtin("mainnet").unwrap();
        assert_eq!(format_builder_amount(GWEI_PER_ETH, &mainnet), "1 ETH");
        assert_eq!(format_builder_amount(GWEI_PER_ETH, &gnosis), "1 GNO");
    }
}

//! Execution-layer requests from a validator's withdrawal address, after Pectra: exits and
//! partial withdrawals (EIP-7002) and consolidations, including the switch from 0x01 to 0x02
//! credentials (EIP-7251). The wallet holds no execution key: it prepares each request as a
//! transaction for the staker's own wallet to sign and send from the withdrawal address, with
//! the fee the staker attaches.
//!
//! - `eip7002`, `eip7251`: each contract's input (the calldata) and which requests the
//!   consensus layer acts on (electra `process_withdrawal_request`,
//!   `process_consolidation_request`), checked before anything is made.
//! - `eip681`: the `ethereum:` URI of a transaction request, for wallets and QR codes.
//! - `transaction`: the request file (`to`, `value`, `data`, `chainId`, what it does), written
//!   and verified by one reader that decodes the calldata itself.
//!
//! This sits beside `consensus` rather than in it: nothing here is a consensus message or is
//! signed with a BLS key; the requests are execution-layer transactions the consensus layer
//! later reads.

pub(crate) mod eip681;
pub(crate) mod eip7002;
pub(crate) mod eip7251;
pub(crate) mod transaction;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::consensus::execution_address::ExecutionAddress;
use crate::consensus::withdrawal_credentials::{CredentialsView, WithdrawalCredentials};
use crate::consensus::EntryProblem;
use crate::error::{params, uint64, Coded, ErrorCode, Param, Params, Quoted, WalletError};
use crate::files::hex_field::decode_prefixed;
use crate::import::{self, EntryPlace, IndexInput, ValidatorInput, ValidatorStatus};
use crate::keys::bls::PublicKey;

/// `ETH1_ADDRESS_WITHDRAWAL_PREFIX`.
pub const ETH1_ADDRESS_WITHDRAWAL_PREFIX: u8 = 0x01;
/// `COMPOUNDING_WITHDRAWAL_PREFIX` (EIP-7251).
pub const COMPOUNDING_WITHDRAWAL_PREFIX: u8 = 0x02;

/// What a request does to a validator; also what a validator found in an import allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum ExecutionAction {
    /// EIP-7002 with amount 0: the validator exits and its whole balance is withdrawn.
    FullExit,
    /// EIP-7002 with an amount: part of a 0x02 validator's balance above 32 ETH is withdrawn.
    PartialWithdrawal,
    /// EIP-7251 with the validator as its own source and target: 0x01 credentials become 0x02.
    SwitchToCompounding,
    /// EIP-7251: the validator exits and its balance moves to a 0x02 target.
    ConsolidateSource,
    /// EIP-7251: the validator (0x02) receives another validator's balance.
    ConsolidateTarget,
}

/// The requests a validator's withdrawal address can make for it that the chain acts on:
/// 0x01 exits, switches to 0x02 and consolidates into a 0x02 validator; 0x02 also withdraws
/// partially and receives consolidations. A validator that is not `active_ongoing` (when its
/// status is known), or whose credentials name no address, allows none.
pub fn execution_actions(
    credentials: &WithdrawalCredentials,
    status: Option<ValidatorStatus>,
) -> Vec<ExecutionAction> {
    use ExecutionAction::*;
    let active = status.is_none_or(|status| status == ValidatorStatus::ActiveOngoing);
    if !active || withdrawal_address(credentials).is_none() {
        return Vec::new();
    }
    match credentials[0] {
        ETH1_ADDRESS_WITHDRAWAL_PREFIX => vec![FullExit, SwitchToCompounding, ConsolidateSource],
        COMPOUNDING_WITHDRAWAL_PREFIX => vec![
            FullExit,
            PartialWithdrawal,
            ConsolidateSource,
            ConsolidateTarget,
        ],
        _ => Vec::new(),
    }
}

/// The execution address of 0x01/0x02 credentials (`withdrawal_credentials[12:]`, which the
/// contracts compare with the request's sender); none for other prefixes or nonzero padding.
pub fn withdrawal_address(credentials: &WithdrawalCredentials) -> Option<ExecutionAddress> {
    let execution = matches!(
        credentials[0],
        ETH1_ADDRESS_WITHDRAWAL_PREFIX | COMPOUNDING_WITHDRAWAL_PREFIX
    );
    (execution && credentials[1..12].iter().all(|&byte| byte == 0)).then(|| {
        let mut address = [0u8; 20];
        address.copy_from_slice(&credentials[12..]);
        ExecutionAddress(address)
    })
}

/// A validator a request names, as the staker describes it (from the beacon chain): checked
/// fields, its pubkey a valid BLS key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestValidator {
    pub index: u64,
    pub pubkey: PublicKey,
    pub credentials: WithdrawalCredentials,
    pub status: Option<ValidatorStatus>,
}

impl RequestValidator {
    /// Reads `input` by the import's rules (0x-prefixed hex, a beacon API status), its pubkey
    /// required and a valid BLS key; errors are placed at `path` (e.g. `requests[2].source`).
    pub fn parse(input: &ValidatorInput, path: &str) -> Result<Self, WalletError> {
        let entry = EntryPlace::Json(path.to_owned());
        let index = match &input.index {
            IndexInput::Number(number) => *number,
            IndexInput::Text(text) => import::validator_index(&entry, "index", text)?,
        };
        let pubkey_path = format!("{path}.pubkey");
        let Some(pubkey_text) = input.pubkey.as_deref() else {
            return Err(WalletError {
                field: Some(pubkey_path.clone()),
                ..WalletError::new(
                    ErrorCode::OptionMissing,
                    params(&[("option", "pubkey".into())]),
                    format!("the option \"{pubkey_path}\" is required"),
                )
            });
        };
        let pubkey_bytes: [u8; 48] = import::hex(&entry, "pubkey", pubkey_text, decode_prefixed)?;
        let pubkey = PublicKey::from_bytes(&pubkey_bytes)
            .map_err(|err| WalletError::of_field(&pubkey_path, err))?;
        let credentials: WithdrawalCredentials = import::hex(
            &entry,
            "withdrawalCredentials",
            &input.withdrawal_credentials,
            decode_prefixed,
        )?;
        let execution = matches!(
            credentials[0],
            ETH1_ADDRESS_WITHDRAWAL_PREFIX | COMPOUNDING_WITHDRAWAL_PREFIX
        );
        if execution && withdrawal_address(&credentials).is_none() {
            return Err(WalletError::of_field(
                &format!("{path}.withdrawalCredentials"),
                EntryProblem::CredentialsPadding,
            ));
        }
        let status = input
            .status
            .as_deref()
            .map(|text| import::status(&entry, "status", text))
            .transpose()?;
        Ok(Self {
            index,
            pubkey,
            credentials,
            status,
        })
    }

    pub fn withdrawal_address(&self) -> Option<ExecutionAddress> {
        withdrawal_address(&self.credentials)
    }

    fn prefix(&self) -> u8 {
        self.credentials[0]
    }

    /// The checks every request makes of the validator it acts for: credentials that name a
    /// withdrawal address (the only sender the contracts accept), and an `active_ongoing`
    /// status when the status is known (electra: "Verify the validator is active", "Verify
    /// exit has not been initiated").
    pub fn check_can_request(&self, role: Role) -> Result<ExecutionAddress, RequestError> {
        let address = self
            .withdrawal_address()
            .ok_or(RequestError::NotExecutionCredentials {
                role,
                validator_index: self.index,
                prefix: self.prefix(),
            })?;
        self.check_active(role)?;
        Ok(address)
    }

    /// `active_ongoing`, or no status given.
    pub fn check_active(&self, role: Role) -> Result<(), RequestError> {
        match self.status {
            Some(status) if status != ValidatorStatus::ActiveOngoing => {
                Err(RequestError::NotActive {
                    role,
                    validator_index: self.index,
                    status,
                })
            }
            _ => Ok(()),
        }
    }

    /// As a review shows it.
    pub fn view(&self) -> ValidatorView {
        ValidatorView {
            index: self.index.to_string(),
            pubkey: self.pubkey.to_hex(),
            credentials: CredentialsView::of(&self.credentials),
            status: self.status,
        }
    }
}

/// A validator of a request, as the review shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct ValidatorView {
    /// Decimal, as the beacon API writes validator indices.
    pub index: String,
    pub pubkey: String,
    /// Its current credentials: their kind and withdrawal address.
    pub credentials: CredentialsView,
    pub status: Option<ValidatorStatus>,
}

/// Which validator of a request an error concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The validator of a withdrawal request.
    Validator,
    Source,
    Target,
}

impl Role {
    /// The request's option that holds it.
    pub fn option(self) -> &'static str {
        match self {
            Self::Validator => "validator",
            Self::Source => "source",
            Self::Target => "target",
        }
    }
}

/// Why a request was refused: the EIPs' and the consensus specs' rules, and what a careful
/// staker would not send. The field is relative to the request (`validator.status`); the
/// caller places it in the batch (`requests[3]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestError {
    /// 0x00 or an unknown prefix: no withdrawal address can send a request for it.
    NotExecutionCredentials {
        role: Role,
        validator_index: u64,
        prefix: u8,
    },
    /// Exited, exiting, pending or slashed: the chain ignores the request and keeps the fee.
    NotActive {
        role: Role,
        validator_index: u64,
        status: ValidatorStatus,
    },
    /// electra `process_withdrawal_request`: "Only allow partial withdrawals with compounding
    /// withdrawal credentials".
    PartialNotCompounding { validator_index: u64, prefix: u8 },
    /// An amount with a full exit.
    AmountOnExit { validator_index: u64 },
    /// A partial withdrawal of 0: `FULL_EXIT_REQUEST_AMOUNT`, a full exit.
    AmountZero { validator_index: u64 },
    /// electra `process_consolidation_request`: "Verify that target has compounding withdrawal
    /// credentials".
    TargetNotCompounding {
        source_index: u64,
        target_index: u64,
        prefix: u8,
    },
    /// Source = target is only `is_valid_switch_to_compounding_request` (a 0x01 source);
    /// otherwise the chain ignores it ("so a consolidation cannot be used as an exit").
    SelfNotSwitch { validator_index: u64, prefix: u8 },
    /// The source's balance would go to a validator another address withdraws from.
    TargetAddressDiffers {
        source_index: u64,
        target_index: u64,
        source_address: String,
        target_address: String,
    },
    /// A validator that is the source of one consolidation and the target of another: once
    /// the source exits, the chain ignores the request that targets it.
    SourceAlsoTarget { validator_index: u64 },
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotExecutionCredentials { validator_index, prefix, .. } => write!(
                f,
                "validator {validator_index} has 0x{prefix:02x} withdrawal credentials, which name no withdrawal address: only 0x01 and 0x02 validators take requests from their withdrawal address (a 0x00 validator first needs a BLS-to-execution change)"
            ),
            Self::NotActive { validator_index, status, .. } => write!(
                f,
                "validator {validator_index} is {status}, not active_ongoing: the chain ignores requests for a validator that is not active or is already exiting, and keeps the fee"
            ),
            Self::PartialNotCompounding { validator_index, prefix } => write!(
                f,
                "validator {validator_index} has 0x{prefix:02x} credentials: the chain makes partial withdrawals only for 0x02 (compounding) validators, and sweeps a 0x01 validator's excess balance by itself; switch it to 0x02 first, or ask for a full exit"
            ),
            Self::AmountOnExit { validator_index } => write!(
                f,
                "validator {validator_index}: a full exit takes no amount, since it withdraws the whole balance; leave the amount out, or ask for a partial withdrawal"
            ),
            Self::AmountZero { validator_index } => write!(
                f,
                "validator {validator_index}: a partial withdrawal needs an amount above 0 (an amount of 0 is a full exit request)"
            ),
            Self::TargetNotCompounding { target_index, prefix, .. } => write!(
                f,
                "validator {target_index} has 0x{prefix:02x} credentials: a consolidation's target must have 0x02 (compounding) credentials, or the chain ignores the request and keeps the fee; switch it to 0x02 first"
            ),
            Self::SelfNotSwitch { validator_index, prefix } => write!(
                f,
                "validator {validator_index} is named as its own target but has 0x{prefix:02x} credentials: only a 0x01 validator is its own target, to switch it to 0x02"
            ),
            Self::TargetAddressDiffers { source_index, target_index, source_address, target_address } => write!(
                f,
                "validator {source_index}'s balance would move to validator {target_index}, whose withdrawal address {target_address} is not the source's {source_address}: the funds would then belong to that address. Set allowOtherTargetAddress only if that is what you want"
            ),
            Self::SourceAlsoTarget { validator_index } => write!(
                f,
                "validator {validator_index} is the source of one consolidation and the target of another in this batch; once it exits the chain ignores the other: consolidate in two steps"
            ),
        }
    }
}

impl Coded for RequestError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::NotExecutionCredentials { .. } => ErrorCode::RequestNotExecutionCredentials,
            Self::NotActive { .. } => ErrorCode::RequestValidatorNotActive,
            Self::PartialNotCompounding { .. } => ErrorCode::WithdrawalPartialNotCompounding,
            Self::AmountOnExit { .. } => ErrorCode::WithdrawalAmountOnExit,
            Self::AmountZero { .. } => ErrorCode::WithdrawalAmountZero,
            Self::TargetNotCompounding { .. } => ErrorCode::ConsolidationTargetNotCompounding,
            Self::SelfNotSwitch { .. } => ErrorCode::ConsolidationSelfNotSwitch,
            Self::TargetAddressDiffers { .. } => ErrorCode::ConsolidationTargetAddressDiffers,
            Self::SourceAlsoTarget { .. } => ErrorCode::ConsolidationSourceAlsoTarget,
        }
    }

    fn params(&self) -> Params {
        let prefix = |prefix: &u8| Param::Text(format!("0x{prefix:02x}"));
        match self {
            Self::NotExecutionCredentials {
                validator_index,
                prefix: found,
                ..
            }
            | Self::PartialNotCompounding {
                validator_index,
                prefix: found,
            }
            | Self::SelfNotSwitch {
                validator_index,
                prefix: found,
            } => params(&[
                ("validator_index", uint64(*validator_index)),
                ("prefix", prefix(found)),
            ]),
            Self::NotActive {
                validator_index,
                status,
                ..
            } => params(&[
                ("validator_index", uint64(*validator_index)),
                ("status", status.as_str().into()),
            ]),
            Self::AmountOnExit { validator_index }
            | Self::AmountZero { validator_index }
            | Self::SourceAlsoTarget { validator_index } => {
                params(&[("validator_index", uint64(*validator_index))])
            }
            Self::TargetNotCompounding {
                source_index,
                target_index,
                prefix: found,
            } => params(&[
                ("source_index", uint64(*source_index)),
                ("target_index", uint64(*target_index)),
                ("prefix", prefix(found)),
            ]),
            Self::TargetAddressDiffers {
                source_index,
                target_index,
                source_address,
                target_address,
            } => params(&[
                ("source_index", uint64(*source_index)),
                ("target_index", uint64(*target_index)),
                ("source_address", source_address.as_str().into()),
                ("target_address", target_address.as_str().into()),
            ]),
        }
    }

    fn field(&self) -> Option<String> {
        Some(match self {
            Self::NotExecutionCredentials { role, .. } => {
                format!("{}.withdrawalCredentials", role.option())
            }
            Self::NotActive { role, .. } => format!("{}.status", role.option()),
            Self::PartialNotCompounding { .. } => "validator.withdrawalCredentials".into(),
            Self::AmountOnExit { .. } | Self::AmountZero { .. } => "amount".into(),
            Self::TargetNotCompounding { .. } => "target.withdrawalCredentials".into(),
            Self::SelfNotSwitch { .. } => "source.withdrawalCredentials".into(),
            Self::TargetAddressDiffers { .. } => "target.withdrawalCredentials".into(),
            Self::SourceAlsoTarget { .. } => "source".into(),
        })
    }
}

/// The value attached to a request's transaction, in wei: the fee the contract asks when the
/// transaction runs, which the wallet cannot know offline (EIP-7002, "Fee calculation").
pub type Wei = u128;

/// Why the value to attach was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueError {
    NotWei(Quoted),
    /// `MIN_WITHDRAWAL_REQUEST_FEE` and `MIN_CONSOLIDATION_REQUEST_FEE` are 1 wei: a
    /// transaction with less is reverted.
    Zero,
    TooLarge(Quoted),
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotWei(text) => write!(
                f,
                "the value to attach, \"{text}\", is not a whole number of wei (digits only, like 1)"
            ),
            Self::Zero => f.write_str(
                "the value to attach is 0 wei; the contract's fee is at least 1 wei, so the transaction would fail",
            ),
            Self::TooLarge(text) => write!(
                f,
                "the value to attach, \"{text}\", is larger than any fee the contract can ask (at most 2^128 - 1 wei)"
            ),
        }
    }
}

impl Coded for ValueError {
    fn code(&self) -> ErrorCode {
        ErrorCode::RequestValueInvalid
    }

    fn params(&self) -> Params {
        match self {
            Self::NotWei(text) => params(&[("reason", "not_wei".into()), ("text", text.into())]),
            Self::Zero => params(&[("reason", "zero".into())]),
            Self::TooLarge(text) => {
                params(&[("reason", "too_large".into()), ("text", text.into())])
            }
        }
    }

    fn field(&self) -> Option<String> {
        Some("value".into())
    }
}

/// A value in wei as typed: decimal digits only (surrounding spaces ignored), from 1 up.
pub fn parse_wei(text: &str) -> Result<Wei, ValueError> {
    let digits = text.trim();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ValueError::NotWei(Quoted::new(text)));
    }
    let value: Wei = digits
        .parse()
        .map_err(|_| ValueError::TooLarge(Quoted::new(text)))?;
    if value == 0 {
        return Err(ValueError::Zero);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credentials(prefix: u8) -> WithdrawalCredentials {
        let mut credentials = [0u8; 32];
        credentials[0] = prefix;
        credentials[12..].copy_from_slice(&[0x11; 20]);
        credentials
    }

    #[test]
    fn found_validators_allow_what_their_credentials_allow() {
        use ExecutionAction::*;
        assert_eq!(
            execution_actions(&credentials(1), None),
            vec![FullExit, SwitchToCompounding, ConsolidateSource]
        );
        assert_eq!(
            execution_actions(&credentials(2), Some(ValidatorStatus::ActiveOngoing)),
            vec![
                FullExit,
                PartialWithdrawal,
                ConsolidateSource,
                ConsolidateTarget
            ]
        );
        // 0x00, an unknown prefix, nonzero padding, or a validator no longer active: nothing.
        assert!(execution_actions(&[0; 32], None).is_empty());
        assert!(execution_actions(&credentials(3), None).is_empty());
        let mut padded = credentials(2);
        padded[5] = 1;
        assert!(execution_actions(&padded, None).is_empty());
        for status in [
            ValidatorStatus::PendingQueued,
            ValidatorStatus::ActiveExiting,
            ValidatorStatus::ActiveSlashed,
            ValidatorStatus::ExitedUnslashed,
            ValidatorStatus::WithdrawalDone,
        ] {
            assert!(execution_actions(&credentials(2), Some(status)).is_empty());
        }
    }

    #[test]
    fn values_are_whole_wei_from_one() {
        assert_eq!(parse_wei("1"), Ok(1));
        assert_eq!(parse_wei(" 1000000000000000000 "), Ok(10u128.pow(18)));
        assert_eq!(parse_wei(&u128::MAX.to_string()), Ok(u128::MAX));
        assert_eq!(parse_wei("0"), Err(ValueError::Zero));
        assert_eq!(parse_wei("000"), Err(ValueError::Zero));
        for text in ["", "0.1", "1e18", "-1", "+1", "0x01", "1 000", "٣"] {
            assert_eq!(
                parse_wei(text),
                Err(ValueError::NotWei(Quoted::new(text))),
                "{text}"
            );
        }
        let huge = format!("{}0", u128::MAX);
        assert_eq!(
            parse_wei(&huge),
            Err(ValueError::TooLarge(Quoted::new(&huge)))
        );
    }
}

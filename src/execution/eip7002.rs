//! EIP-7002, execution layer triggerable withdrawals: the input of the withdrawal request
//! contract's "Add Withdrawal Request" path, and which requests the consensus layer acts on
//! (electra `process_withdrawal_request`).

use crate::execution::{RequestError, RequestValidator, Role, COMPOUNDING_WITHDRAWAL_PREFIX};

/// "Add withdrawal request - requires a `56` byte input, the validator's public key
/// concatenated with a big-endian `uint64` amount value."
pub const WITHDRAWAL_REQUEST_INPUT_LEN: usize = 56;

/// electra `FULL_EXIT_REQUEST_AMOUNT`: the amount that asks for a full exit.
pub const FULL_EXIT_REQUEST_AMOUNT: u64 = 0;

/// The arguments of EIP-7002's `add_withdrawal_request(Bytes48: validator_pubkey, uint64:
/// amount)`; the contract records `msg.sender` as the request's `source_address`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WithdrawalRequest {
    pub validator_pubkey: [u8; 48],
    /// Gwei; `FULL_EXIT_REQUEST_AMOUNT` for a full exit.
    pub amount: u64,
}

impl WithdrawalRequest {
    /// The contract's input: `validator_pubkey ‖ amount`, the amount a big-endian uint64.
    /// (The contract stores it little-endian for the consensus layer; the input is
    /// big-endian.)
    pub fn to_input(&self) -> [u8; WITHDRAWAL_REQUEST_INPUT_LEN] {
        let mut input = [0u8; WITHDRAWAL_REQUEST_INPUT_LEN];
        input[..48].copy_from_slice(&self.validator_pubkey);
        input[48..].copy_from_slice(&self.amount.to_be_bytes());
        input
    }

    /// Reads the contract's input back; `None` unless it is exactly 56 bytes (any other
    /// nonzero length is reverted by the contract).
    pub fn from_input(input: &[u8]) -> Option<Self> {
        let input: &[u8; WITHDRAWAL_REQUEST_INPUT_LEN] = input.try_into().ok()?;
        let mut validator_pubkey = [0u8; 48];
        validator_pubkey.copy_from_slice(&input[..48]);
        let mut amount = [0u8; 8];
        amount.copy_from_slice(&input[48..]);
        Some(Self {
            validator_pubkey,
            amount: u64::from_be_bytes(amount),
        })
    }

    pub fn is_full_exit(&self) -> bool {
        self.amount == FULL_EXIT_REQUEST_AMOUNT
    }
}

/// What the staker asks for a validator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Withdrawal {
    FullExit,
    /// An amount in gwei, as given (0 is refused: it would be a full exit).
    Partial(u64),
}

/// The request for `validator`, refused where the consensus layer would ignore it (and keep
/// the fee) or where the staker's words contradict themselves:
/// - credentials that name no withdrawal address (`has_execution_withdrawal_credential`), or a
///   status other than `active_ongoing` ("Verify the validator is active", "Verify exit has
///   not been initiated");
/// - a partial withdrawal from a validator without 0x02 credentials ("Only allow partial
///   withdrawals with compounding withdrawal credentials"), or of 0 gwei (a full exit);
/// - an amount with a full exit (`amount` is given where none is taken).
///
/// What the wallet cannot know offline, the chain still checks: the validator's activation
/// age (`SHARD_COMMITTEE_PERIOD`), its balance above 32 ETH, pending withdrawals, and queue
/// limits; a request that fails them is ignored too.
pub fn check_withdrawal_request(
    validator: &RequestValidator,
    withdrawal: Withdrawal,
    amount_given: bool,
) -> Result<WithdrawalRequest, RequestError> {
    validator.check_can_request(Role::Validator)?;
    let amount = match withdrawal {
        Withdrawal::FullExit if amount_given => {
            return Err(RequestError::AmountOnExit {
                validator_index: validator.index,
            })
        }
        Withdrawal::FullExit => FULL_EXIT_REQUEST_AMOUNT,
        Withdrawal::Partial(_) if validator.credentials[0] != COMPOUNDING_WITHDRAWAL_PREFIX => {
            return Err(RequestError::PartialNotCompounding {
                validator_index: validator.index,
                prefix: validator.credentials[0],
            })
        }
        Withdrawal::Partial(FULL_EXIT_REQUEST_AMOUNT) => {
            return Err(RequestError::AmountZero {
                validator_index: validator.index,
            })
        }
        Withdrawal::Partial(amount) => amount,
    };
    Ok(WithdrawalRequest {
        validator_pubkey: validator.pubkey.to_bytes(),
        amount,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::ValidatorStatus;
    use crate::keys::bls::SecretKey;

    fn validator(prefix: u8, status: Option<ValidatorStatus>) -> RequestValidator {
        let mut credentials = [0u8; 32];
        credentials[0] = prefix;
        credentials[12..].copy_from_slice(&[0x42; 20]);
        RequestValidator {
            index: 7,
            pubkey: SecretKey::derive_master_sk(&[3; 32]).unwrap().public_key(),
            credentials,
            status,
        }
    }

    /// EIP-7002: "a `56` byte input, the validator's public key concatenated with a
    /// big-endian `uint64` amount value"; the contract's bytecode compares `calldatasize`
    /// with `push1 0x38` (56).
    #[test]
    fn the_input_is_the_pubkey_then_the_amount_big_endian() {
        let request = WithdrawalRequest {
            validator_pubkey: core::array::from_fn(|i| i as u8),
            amount: 0x0102_0304_0506_0708,
        };
        let input = request.to_input();
        assert_eq!(input.len(), 0x38);
        assert_eq!(&input[..48], &request.validator_pubkey);
        assert_eq!(&input[48..], &[1, 2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(WithdrawalRequest::from_input(&input), Some(request));
        // 32 ETH in gwei, 0x0000000773594000 big-endian; a full exit ends in eight zeros.
        let partial = WithdrawalRequest {
            amount: 32_000_000_000,
            ..request
        };
        assert_eq!(hex::encode(&partial.to_input()[48..]), "0000000773594000");
        let exit = WithdrawalRequest {
            amount: FULL_EXIT_REQUEST_AMOUNT,
            ..request
        };
        assert!(exit.is_full_exit());
        assert_eq!(&exit.to_input()[48..], &[0; 8]);
        for length in [0, 48, 55, 57, 96] {
            assert_eq!(WithdrawalRequest::from_input(&vec![0; length]), None);
        }
    }

    #[test]
    fn the_rules_refuse_what_the_chain_would_ignore() {
        let compounding = validator(2, Some(ValidatorStatus::ActiveOngoing));
        let execution = validator(1, None);
        assert_eq!(
            check_withdrawal_request(&compounding, Withdrawal::Partial(5), true).map(|r| r.amount),
            Ok(5)
        );
        assert_eq!(
            check_withdrawal_request(&execution, Withdrawal::FullExit, false).map(|r| r.amount),
            Ok(0)
        );
        assert_eq!(
            check_withdrawal_request(&execution, Withdrawal::Partial(5), true),
            Err(RequestError::PartialNotCompounding {
                validator_index: 7,
                prefix: 1
            })
        );
        assert_eq!(
            check_withdrawal_request(&compounding, Withdrawal::FullExit, true),
            Err(RequestError::AmountOnExit { validator_index: 7 })
        );
        assert_eq!(
            check_withdrawal_request(&compounding, Withdrawal::Partial(0), true),
            Err(RequestError::AmountZero { validator_index: 7 })
        );
        assert!(matches!(
            check_withdrawal_request(&validator(0, None), Withdrawal::FullExit, false),
            Err(RequestError::NotExecutionCredentials { prefix: 0, .. })
        ));
        assert!(matches!(
            check_withdrawal_request(
                &validator(2, Some(ValidatorStatus::ActiveExiting)),
                Withdrawal::FullExit,
                false
            ),
            Err(RequestError::NotActive {
                status: ValidatorStatus::ActiveExiting,
                ..
            })
        ));
    }
}

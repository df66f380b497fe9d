//! EIP-7251's consolidation requests: the input of the consolidation request contract's "Add
//! Consolidation Request" path, and which requests the consensus layer acts on (electra
//! `process_consolidation_request`, `is_valid_switch_to_compounding_request`), including the
//! switch from 0x01 to 0x02 credentials, where a validator is its own source and target.

use std::collections::{HashMap, HashSet};

use crate::consensus::validators::DuplicateValidator;
use crate::error::{Coded, WalletError};
use crate::execution::{
    RequestError, RequestValidator, Role, COMPOUNDING_WITHDRAWAL_PREFIX,
    ETH1_ADDRESS_WITHDRAWAL_PREFIX,
};

/// "Add consolidation request - requires a `96` byte input, concatenated public keys of the
/// source and the target validators."
pub const CONSOLIDATION_REQUEST_INPUT_LEN: usize = 96;

/// The arguments of EIP-7251's `add_consolidation_request(Bytes48: source_pubkey, Bytes48:
/// target_pubkey)`; the contract records `msg.sender` as the request's `source_address`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConsolidationRequest {
    pub source_pubkey: [u8; 48],
    pub target_pubkey: [u8; 48],
}

impl ConsolidationRequest {
    /// The contract's input: `source_pubkey ‖ target_pubkey`.
    pub fn to_input(&self) -> [u8; CONSOLIDATION_REQUEST_INPUT_LEN] {
        let mut input = [0u8; CONSOLIDATION_REQUEST_INPUT_LEN];
        input[..48].copy_from_slice(&self.source_pubkey);
        input[48..].copy_from_slice(&self.target_pubkey);
        input
    }

    /// Reads the contract's input back; `None` unless it is exactly 96 bytes.
    pub fn from_input(input: &[u8]) -> Option<Self> {
        let input: &[u8; CONSOLIDATION_REQUEST_INPUT_LEN] = input.try_into().ok()?;
        let mut source_pubkey = [0u8; 48];
        let mut target_pubkey = [0u8; 48];
        source_pubkey.copy_from_slice(&input[..48]);
        target_pubkey.copy_from_slice(&input[48..]);
        Some(Self {
            source_pubkey,
            target_pubkey,
        })
    }

    /// Source = target: the only form `is_valid_switch_to_compounding_request` accepts.
    pub fn is_switch_to_compounding(&self) -> bool {
        self.source_pubkey == self.target_pubkey
    }
}

/// The request to consolidate `source` into `target` (the switch to 0x02 when they are the
/// same validator), refused where the consensus layer would ignore it and keep the fee, or
/// where the source's balance would leave its withdrawal address:
/// - the source's credentials name no withdrawal address, or it is not `active_ongoing`;
/// - source = target for a validator that is not 0x01 (`is_valid_switch_to_compounding_request`
///   needs `has_eth1_withdrawal_credential`; otherwise "a consolidation cannot be used as an
///   exit");
/// - a target without 0x02 credentials ("Verify that target has compounding withdrawal
///   credentials"), or not `active_ongoing`;
/// - a target whose withdrawal address is not the source's, unless `allow_other_address`.
///
/// The chain still checks what the wallet cannot know offline: the source's activation age,
/// pending withdrawals, the consolidation churn and queue.
pub fn check_consolidation_request(
    source: &RequestValidator,
    target: &RequestValidator,
    allow_other_address: bool,
) -> Result<ConsolidationRequest, RequestError> {
    let source_address = source.check_can_request(Role::Source)?;
    let request = ConsolidationRequest {
        source_pubkey: source.pubkey.to_bytes(),
        target_pubkey: target.pubkey.to_bytes(),
    };
    if request.is_switch_to_compounding() {
        if source.credentials[0] != ETH1_ADDRESS_WITHDRAWAL_PREFIX {
            return Err(RequestError::SelfNotSwitch {
                validator_index: source.index,
                prefix: source.credentials[0],
            });
        }
        return Ok(request);
    }
    let target_address = match target.withdrawal_address() {
        Some(address) if target.credentials[0] == COMPOUNDING_WITHDRAWAL_PREFIX => address,
        _ => {
            return Err(RequestError::TargetNotCompounding {
                source_index: source.index,
                target_index: target.index,
                prefix: target.credentials[0],
            })
        }
    };
    target.check_active(Role::Target)?;
    if target_address != source_address && !allow_other_address {
        return Err(RequestError::TargetAddressDiffers {
            source_index: source.index,
            target_index: target.index,
            source_address: source_address.to_checksummed(),
            target_address: target_address.to_checksummed(),
        });
    }
    Ok(request)
}

/// A batch's requests together: no validator is the source of two requests (the second would
/// find it exiting), none is a source in one and a target in another, and a validator named
/// twice is described the same way each time (one index per pubkey and one pubkey per index).
/// The error's field is the request's (`[3].source`), for the caller to place.
pub fn check_consolidation_batch(
    pairs: &[(RequestValidator, RequestValidator)],
) -> Result<(), WalletError> {
    let mut by_pubkey: HashMap<[u8; 48], &RequestValidator> = HashMap::new();
    let mut by_index: HashMap<u64, [u8; 48]> = HashMap::new();
    for (position, (source, target)) in pairs.iter().enumerate() {
        for (validator, role) in [(source, Role::Source), (target, Role::Target)] {
            let pubkey = validator.pubkey.to_bytes();
            let known = by_pubkey.entry(pubkey).or_insert(validator);
            let same_index = by_index.entry(validator.index).or_insert(pubkey);
            if *known != validator || *same_index != pubkey {
                return Err(DuplicateValidator {
                    validator_index: validator.index,
                }
                .at(&format!("[{position}].{}", role.option())));
            }
        }
    }
    let mut sources = HashSet::new();
    for (position, (source, _)) in pairs.iter().enumerate() {
        if !sources.insert(source.pubkey.to_bytes()) {
            return Err(DuplicateValidator {
                validator_index: source.index,
            }
            .at(&format!("[{position}].source")));
        }
    }
    // A switch names its validator as its own target: only other requests count.
    for (position, (source, _)) in pairs.iter().enumerate() {
        let is_target_elsewhere = pairs
            .iter()
            .enumerate()
            .any(|(other, (_, elsewhere))| other != position && elsewhere.pubkey == source.pubkey);
        if is_target_elsewhere {
            return Err(WalletError::from(RequestError::SourceAlsoTarget {
                validator_index: source.index,
            })
            .at(&format!("[{position}]")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;
    use crate::import::ValidatorStatus;
    use crate::keys::bls::SecretKey;

    fn validator(seed: u8, prefix: u8, address: u8) -> RequestValidator {
        let mut credentials = [0u8; 32];
        credentials[0] = prefix;
        credentials[12..].copy_from_slice(&[address; 20]);
        RequestValidator {
            index: u64::from(seed),
            pubkey: SecretKey::derive_master_sk(&[seed; 32])
                .unwrap()
                .public_key(),
            credentials,
            status: Some(ValidatorStatus::ActiveOngoing),
        }
    }

    /// EIP-7251: "a `96` byte input, concatenated public keys of the source and the target
    /// validators"; the bytecode compares `calldatasize` with `push1 0x60` (96).
    #[test]
    fn the_input_is_the_source_then_the_target() {
        let request = ConsolidationRequest {
            source_pubkey: [0xaa; 48],
            target_pubkey: [0xbb; 48],
        };
        let input = request.to_input();
        assert_eq!(input.len(), 0x60);
        assert_eq!(
            (&input[..48], &input[48..]),
            (&[0xaa; 48][..], &[0xbb; 48][..])
        );
        assert_eq!(ConsolidationRequest::from_input(&input), Some(request));
        assert!(!request.is_switch_to_compounding());
        for length in [0, 48, 56, 95, 97] {
            assert_eq!(ConsolidationRequest::from_input(&vec![0; length]), None);
        }
    }

    #[test]
    fn the_rules_refuse_what_the_chain_would_ignore() {
        let (a1, b2, c2, d0) = (
            validator(1, 1, 9),
            validator(2, 2, 9),
            validator(3, 2, 9),
            validator(4, 0, 9),
        );
        // The switch: a 0x01 validator as its own target.
        let switch = check_consolidation_request(&a1, &a1, false).unwrap();
        assert!(switch.is_switch_to_compounding());
        // 0x02 as its own target: not a switch, and no exit by consolidation either.
        assert_eq!(
            check_consolidation_request(&b2, &b2, false),
            Err(RequestError::SelfNotSwitch {
                validator_index: 2,
                prefix: 2
            })
        );
        // Into a 0x02 target of the same address: from 0x01 or 0x02.
        assert!(check_consolidation_request(&a1, &b2, false).is_ok());
        assert!(check_consolidation_request(&c2, &b2, false).is_ok());
        // Into 0x01 or 0x00: ignored by the chain.
        for target in [&a1, &d0] {
            assert!(matches!(
                check_consolidation_request(&b2, target, false),
                Err(RequestError::TargetNotCompounding { .. })
            ));
        }
        // From 0x00: no address can send it.
        assert!(matches!(
            check_consolidation_request(&d0, &b2, false),
            Err(RequestError::NotExecutionCredentials {
                role: Role::Source,
                ..
            })
        ));
        // Into another address's validator: only with the opt-in.
        let elsewhere = validator(5, 2, 8);
        assert!(matches!(
            check_consolidation_request(&b2, &elsewhere, false),
            Err(RequestError::TargetAddressDiffers { .. })
        ));
        assert!(check_consolidation_request(&b2, &elsewhere, true).is_ok());
        // An exiting target.
        let exiting = RequestValidator {
            status: Some(ValidatorStatus::ActiveExiting),
            ..validator(6, 2, 9)
        };
        assert!(matches!(
            check_consolidation_request(&b2, &exiting, false),
            Err(RequestError::NotActive {
                role: Role::Target,
                ..
            })
        ));
    }

    #[test]
    fn a_batch_names_each_source_once_and_never_as_a_target() {
        let (a, b, c) = (validator(1, 2, 9), validator(2, 2, 9), validator(3, 2, 9));
        let code = |pairs: &[(RequestValidator, RequestValidator)]| {
            check_consolidation_batch(pairs).map_err(|err| (err.code, err.field))
        };
        // Two sources into one target, and a switch beside them: fine.
        assert_eq!(
            code(&[(a.clone(), c.clone()), (b.clone(), c.clone())]),
            Ok(())
        );
        let switch = validator(4, 1, 9);
        assert_eq!(
            code(&[(switch.clone(), switch.clone()), (a.clone(), c.clone())]),
            Ok(())
        );
        assert_eq!(
            code(&[(a.clone(), c.clone()), (a.clone(), b.clone())]),
            Err((ErrorCode::DuplicateValidator, Some("[1].source".into())))
        );
        assert_eq!(
            code(&[(a.clone(), b.clone()), (b.clone(), c.clone())]),
            Err((
                ErrorCode::ConsolidationSourceAlsoTarget,
                Some("[1].source".into())
            ))
        );
        // One pubkey described two ways.
        let other_index = RequestValidator {
            index: 99,
            ..c.clone()
        };
        assert_eq!(
            code(&[(a, c), (b, other_index)]),
            Err((ErrorCode::DuplicateValidator, Some("[1].target".into())))
        );
    }
}

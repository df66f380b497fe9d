//! The consensus-spec containers and signing functions the wallet uses
//! (phase0 `beacon-chain.md`, capella `beacon-chain.md`), over `ssz`.

use crate::consensus::ssz::{bytes_root, container_root, uint64_root, Root};

pub type Version = [u8; 4];
pub type Domain = [u8; 32];
pub type DomainType = [u8; 4];

pub const DOMAIN_DEPOSIT: DomainType = [0x03, 0, 0, 0];
pub const DOMAIN_VOLUNTARY_EXIT: DomainType = [0x04, 0, 0, 0];
pub const DOMAIN_BLS_TO_EXECUTION_CHANGE: DomainType = [0x0a, 0, 0, 0];
/// `DOMAIN_BUILDER_DEPOSIT` (gloas `beacon-chain.md`, EIP-8282): builder deposits, so a
/// validator deposit's signature cannot be replayed as a builder's and back.
pub const DOMAIN_BUILDER_DEPOSIT: DomainType = [0x0e, 0, 0, 0];

/// 1 ETH in gwei (`MIN_DEPOSIT_AMOUNT`).
pub const GWEI_PER_ETH: u64 = 1_000_000_000;
pub const MIN_DEPOSIT_AMOUNT: u64 = GWEI_PER_ETH;
/// 32 ETH (`MIN_ACTIVATION_BALANCE`): the deposit of a 0x00 or 0x01 validator.
pub const MIN_ACTIVATION_BALANCE: u64 = 32 * GWEI_PER_ETH;
/// 2048 ETH (`MAX_EFFECTIVE_BALANCE_ELECTRA`): the largest useful 0x02 deposit.
pub const MAX_EFFECTIVE_BALANCE_ELECTRA: u64 = 2048 * GWEI_PER_ETH;

/// Anything with an SSZ `hash_tree_root`.
pub trait HashTreeRoot {
    fn hash_tree_root(&self) -> Root;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DepositMessage {
    pub pubkey: [u8; 48],
    pub withdrawal_credentials: [u8; 32],
    pub amount: u64,
}

impl HashTreeRoot for DepositMessage {
    fn hash_tree_root(&self) -> Root {
        container_root(&[
            bytes_root(&self.pubkey),
            self.withdrawal_credentials,
            uint64_root(self.amount),
        ])
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DepositData {
    pub pubkey: [u8; 48],
    pub withdrawal_credentials: [u8; 32],
    pub amount: u64,
    pub signature: [u8; 96],
}

impl HashTreeRoot for DepositData {
    fn hash_tree_root(&self) -> Root {
        container_root(&[
            bytes_root(&self.pubkey),
            self.withdrawal_credentials,
            uint64_root(self.amount),
            bytes_root(&self.signature),
        ])
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlsToExecutionChange {
    pub validator_index: u64,
    pub from_bls_pubkey: [u8; 48],
    pub to_execution_address: [u8; 20],
}

impl HashTreeRoot for BlsToExecutionChange {
    fn hash_tree_root(&self) -> Root {
        container_root(&[
            uint64_root(self.validator_index),
            bytes_root(&self.from_bls_pubkey),
            bytes_root(&self.to_execution_address),
        ])
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VoluntaryExit {
    pub epoch: u64,
    pub validator_index: u64,
}

impl HashTreeRoot for VoluntaryExit {
    fn hash_tree_root(&self) -> Root {
        container_root(&[uint64_root(self.epoch), uint64_root(self.validator_index)])
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ForkData {
    pub current_version: Version,
    pub genesis_validators_root: Root,
}

impl HashTreeRoot for ForkData {
    fn hash_tree_root(&self) -> Root {
        container_root(&[
            bytes_root(&self.current_version),
            self.genesis_validators_root,
        ])
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SigningData {
    pub object_root: Root,
    pub domain: Domain,
}

impl HashTreeRoot for SigningData {
    fn hash_tree_root(&self) -> Root {
        container_root(&[self.object_root, self.domain])
    }
}

/// `compute_fork_data_root(current_version, genesis_validators_root)`.
pub fn compute_fork_data_root(current_version: Version, genesis_validators_root: Root) -> Root {
    ForkData {
        current_version,
        genesis_validators_root,
    }
    .hash_tree_root()
}

/// `compute_domain(domain_type, fork_version, genesis_validators_root)`.
pub fn compute_domain(
    domain_type: DomainType,
    fork_version: Version,
    genesis_validators_root: Root,
) -> Domain {
    let fork_data_root = compute_fork_data_root(fork_version, genesis_validators_root);
    let mut domain = [0u8; 32];
    domain[..4].copy_from_slice(&domain_type);
    domain[4..].copy_from_slice(&fork_data_root[..28]);
    domain
}

/// `compute_signing_root(ssz_object, domain)`.
pub fn compute_signing_root(object: &impl HashTreeRoot, domain: Domain) -> Root {
    SigningData {
        object_root: object.hash_tree_root(),
        domain,
    }
    .hash_tree_root()
}

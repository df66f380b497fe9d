//! Proof of withdrawal-address ownership: ethstaker-deposit-cli 1.3.1's
//! `generate-bls-to-execution-change-keystore` (its `bls_to_execution_change_keystore.py`).
//!
//! Not a consensus message: a statement, signed with the validator's *signing* key, that
//! withdrawals of validator `validator_index` should go to `to_execution_address`. It is one of
//! the proofs asked of stakers who lost the mnemonic behind their 0x00 credentials (the
//! eth-educators `update-credentials-without-mnemonic` proposal); no beacon node accepts it.
//!
//! - The SSZ container is deposit-cli's `BLSToExecutionChangeKeystore`:
//!   `{validator_index: uint64, to_execution_address: Bytes20}`.
//! - The domain is `compute_domain(DOMAIN_BLS_TO_EXECUTION_CHANGE_KEYSTORE, GENESIS_FORK_VERSION,
//!   genesis_validators_root)`, deposit-cli's `compute_bls_to_execution_change_keystore_domain`,
//!   with the domain type `0x0F000000` of its `constants.py`.
//! - The file is one JSON object, `{"message": {"to_execution_address": "0x…",
//!   "validator_index": 1}, "signature": "0x…"}` in Python's `json.dump` layout, the address in
//!   lower case and — unlike every consensus message — the validator index a JSON *integer*;
//!   named `bls_to_execution_change_keystore_signature-{validator_index}-{unix_seconds}.json` in
//!   the folder `bls_to_execution_changes_keystore`.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::chain::Chain;
use crate::consensus::containers::{compute_signing_root, DomainType, HashTreeRoot};
use crate::consensus::execution_address::ExecutionAddress;
use crate::consensus::ssz::{bytes_root, container_root, uint64_root, Root};
use crate::consensus::voluntary_exit::PubkeyMismatch;
use crate::consensus::{check_reports, EntryProblem, SignatureStatus, SignedMessage};
use crate::error::{params, Coded, ErrorCode, Params, Quoted, WalletError};
use crate::files::hex_field::decode_prefixed;
use crate::files::output::{hex_field, EntryReport, FieldError, OutputFile};
use crate::files::{parse_object, serde_text, FileError, FileKind};
use crate::keys::bls::{verify, PublicKey, SecretKey, Signature};
use crate::keys::eip2334::KeyPath;
use crate::keys::keystore_json;
use crate::keys::mnemonic::Seed;

/// deposit-cli's `DOMAIN_BLS_TO_EXECUTION_CHANGE_KEYSTORE` (`constants.py`): not a
/// consensus-spec domain type, so no consensus message can be replayed as this one.
pub const DOMAIN_BLS_TO_EXECUTION_CHANGE_KEYSTORE: DomainType = [0x0f, 0, 0, 0];

/// deposit-cli's `BLSToExecutionChangeKeystore` SSZ container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlsToExecutionChangeKeystore {
    pub validator_index: u64,
    pub to_execution_address: [u8; 20],
}

impl HashTreeRoot for BlsToExecutionChangeKeystore {
    fn hash_tree_root(&self) -> Root {
        container_root(&[
            uint64_root(self.validator_index),
            bytes_root(&self.to_execution_address),
        ])
    }
}

/// The file's `message`, in deposit-cli's key order.
#[derive(Serialize)]
struct MessageJson {
    to_execution_address: String,
    /// A JSON integer, as deposit-cli writes it (Python's `int`).
    validator_index: u64,
}

#[derive(Serialize)]
struct SignedJson {
    message: MessageJson,
    signature: String,
}

/// The signing root of a proof for `chain`: deposit-cli's `compute_signing_root(message,
/// compute_bls_to_execution_change_keystore_domain(…))`.
pub fn proof_signing_root(
    chain: &Chain,
    validator_index: u64,
    to_execution_address: [u8; 20],
) -> Result<Root, WalletError> {
    let domain = chain.bls_to_execution_change_keystore_domain()?;
    Ok(compute_signing_root(
        &BlsToExecutionChangeKeystore {
            validator_index,
            to_execution_address,
        },
        domain,
    ))
}

/// The file's name, as deposit-cli's `export_bls_to_execution_change_keystore_json` names it.
pub fn file_name(validator_index: u64, timestamp: u64) -> String {
    format!("bls_to_execution_change_keystore_signature-{validator_index}-{timestamp}.json")
}

/// Signs the proof with `signing_key`, writes it as deposit-cli does, and verifies the file
/// (parsed back from its own text, against the key's pubkey) before it is returned.
pub fn create_bls_to_execution_change_keystore(
    signing_key: &SecretKey,
    chain: &Chain,
    validator_index: u64,
    execution_address: ExecutionAddress,
    timestamp: u64,
) -> Result<OutputFile, WalletError> {
    let root = proof_signing_root(chain, validator_index, execution_address.0)?;
    let signature = signing_key.sign(&root);
    let json = crate::files::python_json::to_string(&SignedJson {
        message: MessageJson {
            to_execution_address: execution_address.to_lower_hex(),
            validator_index,
        },
        signature: signature.to_hex(),
    })
    .map_err(WalletError::internal)?;
    let (report, _, _) =
        read_bls_to_execution_change_keystore(&json, chain, Some(&signing_key.public_key()))
            .map_err(|err| WalletError::internal(WalletError::from(err)))?;
    check_reports(&[report])?;
    Ok(OutputFile {
        kind: FileKind::BlsToExecutionChangeKeystore,
        file_name: file_name(validator_index, timestamp),
        json,
    })
}

/// The proof signed with the key in an EIP-2335 keystore, as deposit-cli signs it. With
/// `validator_pubkey`, the keystore's key must be that validator's.
pub fn create_bls_to_execution_change_keystore_from_keystore(
    keystore: &str,
    password: &str,
    chain: &Chain,
    validator_index: u64,
    execution_address: ExecutionAddress,
    validator_pubkey: Option<&PublicKey>,
    timestamp: u64,
) -> Result<OutputFile, WalletError> {
    chain
        .bls_to_execution_change_keystore_domain()
        .map_err(|err| WalletError::from(err).at("chain"))?;
    let keystore = keystore_json::from_json(keystore).map_err(|err| err.at("keystore"))?;
    if let Some(expected) = validator_pubkey {
        // The keystore states its pubkey: a wrong keystore is refused before its KDF runs.
        check_signing_key(expected, &keystore.pubkey, None)?;
    }
    let signing_key = keystore
        .decrypt(password)
        .map_err(|err| WalletError::from(err).at("password"))?;
    create_bls_to_execution_change_keystore(
        &signing_key,
        chain,
        validator_index,
        execution_address,
        timestamp,
    )
}

/// The proof signed with the mnemonic's signing key at `key_index` (`m/12381/3600/i/0/0`),
/// the key deposit-cli's keystore for that index holds. With `validator_pubkey`, that key must
/// be the validator's.
pub fn create_bls_to_execution_change_keystore_from_mnemonic(
    seed: &Seed,
    key_index: u32,
    chain: &Chain,
    validator_index: u64,
    execution_address: ExecutionAddress,
    validator_pubkey: Option<&PublicKey>,
    timestamp: u64,
) -> Result<OutputFile, WalletError> {
    chain
        .bls_to_execution_change_keystore_domain()
        .map_err(|err| WalletError::from(err).at("chain"))?;
    let master = SecretKey::derive_master_sk(seed.as_bytes())?;
    let signing_key = KeyPath::signing(key_index).derive(&master);
    if let Some(expected) = validator_pubkey {
        check_signing_key(expected, &signing_key.public_key(), Some(key_index))?;
    }
    create_bls_to_execution_change_keystore(
        &signing_key,
        chain,
        validator_index,
        execution_address,
        timestamp,
    )
}

/// The signing key must be the validator's: a keystore's (`key_index` none) or the
/// mnemonic's at `key_index`.
pub fn check_signing_key(
    validator_pubkey: &PublicKey,
    signing_pubkey: &PublicKey,
    key_index: Option<u32>,
) -> Result<(), WalletError> {
    if validator_pubkey == signing_pubkey {
        return Ok(());
    }
    Err(match key_index {
        None => PubkeyMismatch {
            validator_pubkey: validator_pubkey.to_hex(),
            keystore_pubkey: signing_pubkey.to_hex(),
        }
        .into(),
        Some(key_index) => MnemonicKeyMismatch {
            key_index,
            validator_pubkey: validator_pubkey.to_hex(),
            signing_pubkey: signing_pubkey.to_hex(),
        }
        .into(),
    })
}

/// The mnemonic's signing key at the key index given is not the validator's: nothing is
/// signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MnemonicKeyMismatch {
    pub key_index: u32,
    pub validator_pubkey: String,
    pub signing_pubkey: String,
}

impl fmt::Display for MnemonicKeyMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "key index {} of the mnemonic gives the signing key {}, not the validator's {}; nothing was signed",
            self.key_index, self.signing_pubkey, self.validator_pubkey
        )
    }
}

impl Coded for MnemonicKeyMismatch {
    fn code(&self) -> ErrorCode {
        ErrorCode::ExitPubkeyMismatch
    }

    fn params(&self) -> Params {
        params(&[
            ("reason", "mnemonic_key".into()),
            ("key_index", self.key_index.into()),
            ("validator_pubkey", self.validator_pubkey.as_str().into()),
            ("signing_pubkey", self.signing_pubkey.as_str().into()),
        ])
    }

    fn field(&self) -> Option<String> {
        Some("validatorPubkey".into())
    }
}

/// What a proof says. The file names no key and no chain: it is checked against the chain
/// chosen and the validator's signing pubkey given (or, in a verification with the mnemonic,
/// each of its signing keys).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct BlsChangeKeystoreContent {
    /// Decimal text here (the file writes a JSON integer), so JavaScript never rounds it.
    #[serde(default, with = "serde_text::option_uint64")]
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub validator_index: Option<u64>,
    /// The address the validator's withdrawals are to go to, EIP-55 checksummed.
    pub to_execution_address: Option<String>,
    /// The signing pubkey it was checked against (given, not in the file); null when it was
    /// checked against the mnemonic's keys (`keyMatches` says which).
    #[serde(default, with = "serde_text::option_hex0x")]
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub pubkey: Option<[u8; 48]>,
    pub signature: SignatureStatus,
}

/// A field of the proof that is not what deposit-cli writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProofFieldError {
    /// `validator_index` is not a JSON number (a string, as consensus messages write it).
    NotInteger,
}

impl fmt::Display for ProofFieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotInteger => f.write_str("is not a JSON integer"),
        }
    }
}

impl Coded for ProofFieldError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::NotInteger => ErrorCode::FieldType,
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::NotInteger => params(&[("reason", "not_integer".into())]),
        }
    }
}

/// No signing key of the mnemonic, among the key indices checked, signed the proof.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoMnemonicSigner {
    pub chain: String,
    pub keys_checked: u32,
}

impl fmt::Display for NoMnemonicSigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "does not verify for any signing key of the mnemonic's key indices 0 to {} on {}",
            self.keys_checked.saturating_sub(1),
            self.chain
        )
    }
}

impl Coded for NoMnemonicSigner {
    fn code(&self) -> ErrorCode {
        ErrorCode::SignatureInvalid
    }

    fn params(&self) -> Params {
        params(&[
            (
                "message",
                "bls_to_execution_change_keystore_mnemonic".into(),
            ),
            ("chain", self.chain.as_str().into()),
            ("last", self.keys_checked.saturating_sub(1).into()),
        ])
    }
}

/// deposit-cli's integer `validator_index`, read strictly: a JSON number that is a whole
/// number from 0 to 2^64 − 1 (no fraction, no exponent, no sign, no string).
fn integer_field(message: &Value, name: &str, problems: &mut Vec<WalletError>) -> Option<u64> {
    let field = format!("message.{name}");
    let problem = match message.get(name) {
        None => WalletError::of_field(&field, FieldError::Missing),
        Some(Value::Number(number)) => match number.as_u64() {
            Some(value) => return Some(value),
            None => WalletError::of_field(
                &field,
                FieldError::NotUint64(Quoted::new(&number.to_string())),
            ),
        },
        Some(_) => WalletError::of_field(&field, ProofFieldError::NotInteger),
    };
    problems.push(problem);
    None
}

/// What the proof needs checked: its signing root and signature, when every field it covers
/// could be read (the chain has a genesis validators root, the fields parse).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignedRoot {
    pub root: Root,
    pub signature: [u8; 96],
}

impl SignedRoot {
    /// Whether `pubkey` signed it.
    pub fn signed_by(&self, pubkey: &PublicKey) -> bool {
        verify(pubkey, &self.root, &Signature::from_bytes(self.signature))
    }
}

/// Checks one proof file against `chain` and the validator's signing `pubkey`.
pub fn verify_bls_to_execution_change_keystore(
    json: &str,
    chain: &Chain,
    pubkey: &PublicKey,
) -> Result<EntryReport, FileError> {
    read_bls_to_execution_change_keystore(json, chain, Some(pubkey)).map(|(report, _, _)| report)
}

/// A proof's report and content. Its signature is checked only with a `pubkey`; without one,
/// the `SignedRoot` (if the fields could be read) is what a key found elsewhere must sign.
pub fn read_bls_to_execution_change_keystore(
    json: &str,
    chain: &Chain,
    pubkey: Option<&PublicKey>,
) -> Result<(EntryReport, BlsChangeKeystoreContent, Option<SignedRoot>), FileError> {
    let entry = parse_object(json).map_err(|err| match err {
        FileError::ExitInArray => FileError::ProofInArray,
        other => other,
    })?;
    let mut problems = Vec::new();
    let message = &entry["message"];
    if !message.is_object() {
        problems.push(WalletError::of_field(
            "message",
            EntryProblem::MessageMissing,
        ));
    }
    let to_execution_address = hex_field::<20>(
        message,
        "message",
        "to_execution_address",
        decode_prefixed,
        &mut problems,
    );
    let validator_index = integer_field(message, "validator_index", &mut problems);
    let signature = hex_field::<96>(&entry, "", "signature", decode_prefixed, &mut problems);
    let mut content = BlsChangeKeystoreContent {
        validator_index,
        to_execution_address: to_execution_address
            .map(|address| ExecutionAddress(address).to_checksummed()),
        pubkey: pubkey.map(PublicKey::to_bytes),
        signature: SignatureStatus::NotChecked,
    };
    let (Some(validator_index), Some(address), Some(signature)) =
        (validator_index, to_execution_address, signature)
    else {
        return Ok((EntryReport::new(0, problems), content, None));
    };
    let root = match proof_signing_root(chain, validator_index, address) {
        Ok(root) => root,
        Err(err) => {
            problems.push(err);
            return Ok((EntryReport::new(0, problems), content, None));
        }
    };
    let signed = SignedRoot { root, signature };
    if let Some(pubkey) = pubkey {
        if signed.signed_by(pubkey) {
            content.signature = SignatureStatus::Valid;
        } else {
            content.signature = SignatureStatus::Invalid;
            problems.push(WalletError::of_field(
                "signature",
                EntryProblem::Signature {
                    message: SignedMessage::BlsToExecutionChangeKeystore,
                    chain: chain.name.clone(),
                    pubkey: Some(pubkey.to_hex()),
                },
            ));
        }
    }
    Ok((EntryReport::new(0, problems), content, Some(signed)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The container's root, by hand from the SSZ rules: two chunks, hashed together.
    #[test]
    fn the_container_is_two_chunks_hashed_together() {
        use sha2::{Digest, Sha256};
        let message = BlsToExecutionChangeKeystore {
            validator_index: 0x0102,
            to_execution_address: [0xab; 20],
        };
        let mut first = [0u8; 32];
        first[..2].copy_from_slice(&[0x02, 0x01]);
        let mut second = [0u8; 32];
        second[..20].copy_from_slice(&[0xab; 20]);
        let mut hasher = Sha256::new();
        hasher.update(first);
        hasher.update(second);
        let expected: [u8; 32] = hasher.finalize().into();
        assert_eq!(message.hash_tree_root(), expected);
    }

    #[test]
    fn the_domain_type_is_deposit_clis() {
        assert_eq!(DOMAIN_BLS_TO_EXECUTION_CHANGE_KEYSTORE, [0x0f, 0, 0, 0]);
        assert_eq!(
            file_name(1, 1700000000),
            "bls_to_execution_change_keystore_signature-1-1700000000.json"
        );
    }
}

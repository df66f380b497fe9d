//! Signing-key keystores for a range of validators, as ethstaker-deposit-cli writes them.
//!
//! Batch mode (the default, like deposit-cli 1.3) runs scrypt once: every keystore shares one
//! salt and derived key, each with its own IV and uuid. Anyone holding the password still needs
//! only one KDF run to open one keystore, so sharing costs nothing in brute-force resistance
//! per file; it does mean a password guess, once tested, is tested against the whole batch.
//! Independent salts give each file its own KDF run: N times the time, and no shared work.

use std::fmt;

use crate::bls::SecretKey;
use crate::eip2334::KeyPath;
use crate::eip2335::{DerivedKey, Kdf, Keystore, KeystoreError, ProcessedPassword};
use crate::keystore_json;
use crate::mnemonic::Seed;
use crate::output::Progress;
use crate::validator::{check_batch_size, validator_indices, ValidatorRangeError};

/// Which KDF new keystores use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KdfChoice {
    #[default]
    Scrypt,
    Pbkdf2,
}

impl KdfChoice {
    fn with_salt(self, salt: [u8; 32]) -> Kdf {
        match self {
            Self::Scrypt => Kdf::scrypt(salt),
            Self::Pbkdf2 => Kdf::pbkdf2(salt),
        }
    }
}

/// The random inputs of a batch, drawn by the caller (see `random::draw_keystore_randomness`).
pub struct KeystoreRandomness {
    /// One salt, or one per keystore with independent salts.
    pub salts: Vec<[u8; 32]>,
    pub ivs: Vec<[u8; 16]>,
    pub uuids: Vec<[u8; 16]>,
}

/// What to create.
pub struct KeystoreRequest<'a> {
    pub seed: &'a Seed,
    pub start_index: u32,
    pub count: u32,
    pub password: &'a str,
    pub kdf: KdfChoice,
    pub independent_salts: bool,
    /// Unix seconds, used in the file names.
    pub timestamp: u64,
}

/// One keystore file, ready to offer for download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeystoreFile {
    pub index: u32,
    pub file_name: String,
    pub json: String,
}

/// Why a batch was not created. Nothing is returned when any keystore fails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeystoreBatchError {
    Range(ValidatorRangeError),
    Keystore(KeystoreError),
    /// The caller drew fewer random values than the batch needs.
    NotEnoughRandomness,
}

impl fmt::Display for KeystoreBatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Range(err) => err.fmt(f),
            Self::Keystore(err) => err.fmt(f),
            Self::NotEnoughRandomness => {
                f.write_str("internal error: not enough random salts, IVs or uuids for the batch")
            }
        }
    }
}

impl std::error::Error for KeystoreBatchError {}

impl From<KeystoreError> for KeystoreBatchError {
    fn from(err: KeystoreError) -> Self {
        Self::Keystore(err)
    }
}

/// deposit-cli's name: `keystore-m_12381_3600_{i}_0_0-{unix_seconds}.json`.
pub fn keystore_file_name(path: &KeyPath, timestamp: u64) -> String {
    format!(
        "keystore-{}-{timestamp}.json",
        path.to_string().replace('/', "_")
    )
}

/// How many salts a batch needs.
pub fn salts_needed(count: u32, independent_salts: bool) -> usize {
    if independent_salts {
        count as usize
    } else {
        1
    }
}

/// Creates, writes and re-checks the signing keystores of `start..start+count`.
///
/// Each file is parsed back from its own text and decrypted with the batch's derived key
/// before anything is returned; its secret must give the expected pubkey. The KDF itself is
/// not re-run (its correctness is pinned by the EIP-2335 vectors): that would double the cost.
pub fn create_keystores(
    request: &KeystoreRequest<'_>,
    randomness: &KeystoreRandomness,
) -> Result<Vec<KeystoreFile>, KeystoreBatchError> {
    create_keystores_with_progress(request, randomness, &mut |_, _| {})
}

/// `create_keystores`, reporting each finished keystore.
pub fn create_keystores_with_progress(
    request: &KeystoreRequest<'_>,
    randomness: &KeystoreRandomness,
    progress: Progress<'_>,
) -> Result<Vec<KeystoreFile>, KeystoreBatchError> {
    let indices =
        validator_indices(request.start_index, request.count).map_err(KeystoreBatchError::Range)?;
    check_batch_size(request.count as usize).map_err(KeystoreBatchError::Range)?;
    let password = ProcessedPassword::new(request.password);
    password.check_new()?;
    let count = request.count as usize;
    if randomness.salts.len() < salts_needed(request.count, request.independent_salts)
        || randomness.ivs.len() < count
        || randomness.uuids.len() < count
    {
        return Err(KeystoreBatchError::NotEnoughRandomness);
    }

    let master = SecretKey::derive_master_sk(request.seed.as_bytes())
        .map_err(|err| KeystoreBatchError::Range(ValidatorRangeError::Seed(err)))?;
    let mut shared: Option<(Kdf, DerivedKey)> = None;
    let mut files = Vec::with_capacity(count);
    for (i, index) in indices.enumerate() {
        let path = KeyPath::signing(index);
        let secret_key = path.derive(&master);
        let own;
        let (kdf, derived_key) = if request.independent_salts {
            let kdf = request.kdf.with_salt(randomness.salts[i]);
            own = (kdf.clone(), kdf.derive_key(&password)?);
            (&own.0, &own.1)
        } else {
            if shared.is_none() {
                let kdf = request.kdf.with_salt(randomness.salts[0]);
                let derived_key = kdf.derive_key(&password)?;
                shared = Some((kdf, derived_key));
            }
            match &shared {
                Some((kdf, derived_key)) => (kdf, derived_key),
                None => return Err(KeystoreBatchError::NotEnoughRandomness),
            }
        };
        let keystore = Keystore::encrypt(
            &secret_key,
            path.clone(),
            kdf.clone(),
            derived_key,
            randomness.ivs[i],
            randomness.uuids[i],
        );
        let json = keystore_json::to_json(&keystore)
            .map_err(|_| KeystoreError::SelfCheckFailed { index })?;
        check_written_keystore(&json, derived_key, &secret_key, index)?;
        files.push(KeystoreFile {
            index,
            file_name: keystore_file_name(&path, request.timestamp),
            json,
        });
        progress(files.len(), count);
    }
    Ok(files)
}

/// Reads a just-written keystore back from its text and decrypts it.
fn check_written_keystore(
    json: &str,
    derived_key: &DerivedKey,
    expected: &SecretKey,
    index: u32,
) -> Result<(), KeystoreError> {
    let failed = KeystoreError::SelfCheckFailed { index };
    let parsed = keystore_json::from_json(json).map_err(|_| failed.clone())?;
    parsed.kdf.validate().map_err(|_| failed.clone())?;
    let decrypted = parsed
        .decrypt_with(derived_key)
        .map_err(|_| failed.clone())?;
    if decrypted.public_key() != expected.public_key()
        || parsed.path != Some(KeyPath::signing(index))
    {
        return Err(failed);
    }
    Ok(())
}

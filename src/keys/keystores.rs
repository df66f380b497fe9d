//! Signing-key keystores for a range of validators, as ethstaker-deposit-cli writes them.
//!
//! Batch mode (the default, like deposit-cli 1.3) runs scrypt once: every keystore shares one
//! salt and derived key, each with its own IV and uuid. Anyone holding the password still needs
//! only one KDF run to open one keystore, so sharing costs nothing in brute-force resistance
//! per file; it does mean a password guess, once tested, is tested against the whole batch.
//! Independent salts give each file its own KDF run: N times the time, and no shared work.

use serde::{Deserialize, Serialize};

use crate::error::WalletError;
use crate::files::output::{OutputFile, Progress};
use crate::files::FileKind;
use crate::keys::bls::SecretKey;
use crate::keys::eip2334::{KeyPath, ValidatorKeyTree};
use crate::keys::eip2335::{DerivedKey, Kdf, Keystore, KeystoreError, ProcessedPassword};
use crate::keys::keystore_json;
use crate::keys::mnemonic::Seed;
use crate::keys::validator::{check_batch_size, validator_indices};

/// Which KDF new keystores use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
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

impl From<KeystoreFile> for OutputFile {
    fn from(file: KeystoreFile) -> Self {
        Self {
            kind: FileKind::Keystore,
            file_name: file.file_name,
            json: file.json,
        }
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

/// Everything a keystore request is refused for, checked before any randomness is drawn or
/// key derived: the range, the batch size and the password.
pub fn check_keystore_request(
    start_index: u32,
    count: u32,
    password: &str,
) -> Result<(), WalletError> {
    validator_indices(start_index, count)?;
    check_batch_size(count as usize)?;
    ProcessedPassword::new(password).check_new()?;
    Ok(())
}

/// Creates, writes and re-checks the signing keystores of `start..start+count`.
///
/// Each file is parsed back from its own text and decrypted with the batch's derived key
/// before anything is returned; its secret must give the expected pubkey. The KDF itself is
/// not re-run (its correctness is pinned by the EIP-2335 vectors): that would double the cost.
pub fn create_keystores(
    request: &KeystoreRequest<'_>,
    randomness: &KeystoreRandomness,
) -> Result<Vec<KeystoreFile>, WalletError> {
    create_keystores_with_progress(request, randomness, &mut |_, _| {})
}

/// `create_keystores`, reporting each finished keystore.
pub fn create_keystores_with_progress(
    request: &KeystoreRequest<'_>,
    randomness: &KeystoreRandomness,
    progress: Progress<'_>,
) -> Result<Vec<KeystoreFile>, WalletError> {
    check_keystore_request(request.start_index, request.count, request.password)?;
    let indices = validator_indices(request.start_index, request.count)?;
    let password = ProcessedPassword::new(request.password);
    let count = request.count as usize;
    if randomness.salts.len() < salts_needed(request.count, request.independent_salts)
        || randomness.ivs.len() < count
        || randomness.uuids.len() < count
    {
        return Err(WalletError::internal(
            "not enough random salts, IVs or uuids for the batch",
        ));
    }

    let tree = ValidatorKeyTree::new(&SecretKey::derive_master_sk(request.seed.as_bytes())?);
    let mut shared: Option<(Kdf, DerivedKey)> = None;
    let mut files = Vec::with_capacity(count);
    for (i, index) in indices.enumerate() {
        let path = KeyPath::signing(index);
        let secret_key = tree.signing_key(index);
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
                None => {
                    return Err(WalletError::internal(
                        "the batch's shared KDF key is missing",
                    ))
                }
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
        || parsed.path != KeyPath::signing(index).to_string()
    {
        return Err(failed);
    }
    Ok(())
}

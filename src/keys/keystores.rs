//! Signing-key keystores for a range of validators, as ethstaker-deposit-cli writes them.
//!
//! Batch mode (the default, like deposit-cli 1.3) runs scrypt once: every keystore shares one
//! salt and derived key, each with its own IV and uuid. Anyone holding the password still needs
//! only one KDF run to open one keystore, so sharing costs nothing in brute-force resistance
//! per file; it does mean a password guess, once tested, is tested against the whole batch.
//! Independent salts give each file its own KDF run: N times the time, and no shared work.

use std::borrow::Borrow;

use serde::{Deserialize, Serialize};

use crate::error::WalletError;
use crate::files::output::{OutputFile, Progress};
use crate::files::FileKind;
use crate::keys::bls::{PublicKey, SecretKey};
use crate::keys::eip2334::{KeyPath, ValidatorKeyTree};
use crate::keys::eip2335::{DerivedKey, Kdf, Keystore, KeystoreError, ProcessedPassword};
use crate::keys::keystore_json;
use crate::keys::mnemonic::Seed;
use crate::keys::validator::{check_batch_size, validator_indices, ValidatorSigningKey};

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
    let tree = ValidatorKeyTree::new(&SecretKey::derive_master_sk(request.seed.as_bytes())?);
    let keys = indices.map(|index| ValidatorSigningKey::derive(&tree, index));
    write_keystores(request, randomness, keys, progress)
}

/// `create_keystores_with_progress` for keys the job already derived (for its deposits):
/// they must be the request's validators, in order.
pub(crate) fn create_keystores_for_keys(
    request: &KeystoreRequest<'_>,
    keys: &[ValidatorSigningKey],
    randomness: &KeystoreRandomness,
    progress: Progress<'_>,
) -> Result<Vec<KeystoreFile>, WalletError> {
    check_keystore_request(request.start_index, request.count, request.password)?;
    let indices = validator_indices(request.start_index, request.count)?;
    if !keys.iter().map(|key| key.index).eq(indices) {
        return Err(WalletError::internal(
            "the keys handed to the keystores are not the request's validators",
        ));
    }
    write_keystores(request, randomness, keys.iter(), progress)
}

/// Encrypts, writes and re-checks one keystore per key, each key derived (or handed over)
/// as the loop reaches it.
fn write_keystores<K: Borrow<ValidatorSigningKey>>(
    request: &KeystoreRequest<'_>,
    randomness: &KeystoreRandomness,
    keys: impl Iterator<Item = K>,
    progress: Progress<'_>,
) -> Result<Vec<KeystoreFile>, WalletError> {
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

    let mut shared: Option<(Kdf, DerivedKey)> = None;
    let mut files = Vec::with_capacity(count);
    for (i, key) in keys.enumerate() {
        let key = key.borrow();
        let index = key.index;
        let path = KeyPath::signing(index);
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
            &key.secret_key,
            path.clone(),
            kdf.clone(),
            derived_key,
            randomness.ivs[i],
            randomness.uuids[i],
        );
        let json = keystore_json::to_json(&keystore)
            .map_err(|_| KeystoreError::SelfCheckFailed { index })?;
        check_written_keystore(&json, derived_key, &key.pubkey, index)?;
        files.push(KeystoreFile {
            index,
            file_name: keystore_file_name(&path, request.timestamp),
            json,
        });
        progress(files.len(), count);
    }
    Ok(files)
}

/// Reads a just-written keystore back from its text and decrypts it: `decrypt_with` recomputes
/// the decrypted secret's pubkey and requires the file's, which must be the expected one.
fn check_written_keystore(
    json: &str,
    derived_key: &DerivedKey,
    expected: &PublicKey,
    index: u32,
) -> Result<(), KeystoreError> {
    let failed = KeystoreError::SelfCheckFailed { index };
    let parsed = keystore_json::from_json(json).map_err(|_| failed.clone())?;
    parsed.kdf.validate().map_err(|_| failed.clone())?;
    parsed
        .decrypt_with(derived_key)
        .map_err(|_| failed.clone())?;
    if parsed.pubkey != *expected || parsed.path != KeyPath::signing(index).to_string() {
        return Err(failed);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::mnemonic::Mnemonic;

    /// Keys a job derived for its deposits make the same keystores, byte for byte, as keys
    /// derived here; keys of other validators are refused.
    #[test]
    fn handed_over_keys_make_the_same_keystores_and_must_be_the_requests() {
        let seed = Mnemonic::parse(
            "test test test test test test test test test test test junk",
            None,
        )
        .unwrap()
        .to_seed("");
        let request = KeystoreRequest {
            seed: &seed,
            start_index: 5,
            count: 2,
            password: "handed over keys",
            kdf: KdfChoice::Pbkdf2,
            independent_salts: false,
            timestamp: 7,
        };
        let randomness = KeystoreRandomness {
            salts: vec![[1; 32]],
            ivs: vec![[2; 16], [3; 16]],
            uuids: vec![[4; 16], [5; 16]],
        };
        let tree = ValidatorKeyTree::new(&SecretKey::derive_master_sk(seed.as_bytes()).unwrap());
        let keys =
            |indices: [u32; 2]| indices.map(|index| ValidatorSigningKey::derive(&tree, index));
        let derived = create_keystores(&request, &randomness).unwrap();
        let handed =
            create_keystores_for_keys(&request, &keys([5, 6]), &randomness, &mut |_, _| {})
                .unwrap();
        assert_eq!(handed, derived);
        for wrong in [[6, 5], [5, 7]] {
            let err =
                create_keystores_for_keys(&request, &keys(wrong), &randomness, &mut |_, _| {})
                    .unwrap_err();
            assert_eq!(err.code, crate::error::ErrorCode::InternalError);
        }
        let err =
            create_keystores_for_keys(&request, &keys([5, 6])[..1], &randomness, &mut |_, _| {})
                .unwrap_err();
        assert_eq!(err.code, crate::error::ErrorCode::InternalError);
    }
}

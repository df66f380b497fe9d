//! EIP-2335 keystore cryptography: password processing, KDFs, AES-128-CTR and the checksum.
//!
//! Pure functions over bytes: salts and IVs are passed in (drawn by the caller), and the JSON
//! layout lives in `keystore_json`. Hostile KDF parameters are refused before any work runs.

use std::fmt;

use crate::bls::{PublicKey, SecretKey};
use crate::eip2334::KeyPath;
use aes::cipher::{KeyIvInit, StreamCipher};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

/// Work factors of new keystores, as ethstaker-deposit-cli writes them.
pub const SCRYPT_N: u64 = 1 << 18;
pub const SCRYPT_R: u32 = 8;
pub const SCRYPT_P: u32 = 1;
pub const PBKDF2_C: u32 = 1 << 18;
/// Derived key length; the only one a keystore may ask for.
pub const DKLEN: u64 = 32;
/// Largest scrypt memory a keystore may ask for: 128·n·r·p bytes.
pub const MAX_SCRYPT_MEMORY: u64 = 1 << 30;
/// Largest PBKDF2 iteration count a keystore may ask for.
pub const MAX_PBKDF2_C: u64 = 1 << 24;
/// Shortest password, in characters after processing, for a new keystore (deposit-cli's rule).
pub const MIN_NEW_PASSWORD_CHARS: usize = 12;

/// AES-128-CTR with the 128-bit big-endian counter the reference tools use.
type Aes128Ctr = ctr::Ctr128BE<aes::Aes128>;

/// The key-derivation function and its parameters, as a keystore states them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kdf {
    Scrypt {
        n: u64,
        r: u64,
        p: u64,
        salt: Vec<u8>,
    },
    Pbkdf2 {
        c: u64,
        salt: Vec<u8>,
    },
}

impl Kdf {
    /// The parameters deposit-cli uses for a new scrypt keystore.
    pub fn scrypt(salt: [u8; 32]) -> Self {
        Self::Scrypt {
            n: SCRYPT_N,
            r: SCRYPT_R.into(),
            p: SCRYPT_P.into(),
            salt: salt.to_vec(),
        }
    }

    /// The parameters deposit-cli uses for a new PBKDF2 keystore.
    pub fn pbkdf2(salt: [u8; 32]) -> Self {
        Self::Pbkdf2 {
            c: PBKDF2_C.into(),
            salt: salt.to_vec(),
        }
    }

    /// Refuses parameters that are invalid or would freeze or exhaust the browser.
    pub fn validate(&self) -> Result<(), KeystoreError> {
        match self {
            Self::Scrypt { n, r, p, salt } => {
                if *n < 2 || !n.is_power_of_two() {
                    return Err(KeystoreError::UnsafeKdf(format!(
                        "scrypt n = {n} must be a power of two greater than 1"
                    )));
                }
                if *r == 0 || *p == 0 {
                    return Err(KeystoreError::UnsafeKdf(format!(
                        "scrypt r = {r} and p = {p} must both be at least 1"
                    )));
                }
                let memory = n
                    .checked_mul(*r)
                    .and_then(|v| v.checked_mul(*p))
                    .and_then(|v| v.checked_mul(128));
                if memory.is_none_or(|bytes| bytes > MAX_SCRYPT_MEMORY) {
                    return Err(KeystoreError::UnsafeKdf(format!(
                        "scrypt n = {n}, r = {r}, p = {p} needs more than 1 GiB of memory (128·n·r·p)"
                    )));
                }
                scrypt_params(*n, *r, *p)?;
                check_salt(salt)
            }
            Self::Pbkdf2 { c, salt } => {
                if *c == 0 || *c > MAX_PBKDF2_C {
                    return Err(KeystoreError::UnsafeKdf(format!(
                        "pbkdf2 c = {c} must be from 1 to {MAX_PBKDF2_C}"
                    )));
                }
                check_salt(salt)
            }
        }
    }

    /// Runs the KDF on a processed password. Validates first, so it cannot be made to hang.
    pub fn derive_key(&self, password: &ProcessedPassword) -> Result<DerivedKey, KeystoreError> {
        self.validate()?;
        let mut key = Zeroizing::new([0u8; 32]);
        match self {
            Self::Scrypt { n, r, p, salt } => {
                let params = scrypt_params(*n, *r, *p)?;
                scrypt::scrypt(password.as_bytes(), salt, &params, key.as_mut_slice()).map_err(
                    |_| KeystoreError::UnsafeKdf("scrypt refused these parameters".into()),
                )?;
            }
            Self::Pbkdf2 { c, salt } => {
                let rounds = u32::try_from(*c).map_err(|_| {
                    KeystoreError::UnsafeKdf(format!("pbkdf2 c = {c} is out of range"))
                })?;
                pbkdf2::pbkdf2_hmac::<Sha256>(
                    password.as_bytes(),
                    salt,
                    rounds,
                    key.as_mut_slice(),
                );
            }
        }
        Ok(DerivedKey(key))
    }
}

/// scrypt's own parameter rules (n below 2^(16·r), p bounded), so `validate` refuses exactly
/// what `derive_key` could not run. `n` is already a power of two.
fn scrypt_params(n: u64, r: u64, p: u64) -> Result<scrypt::Params, KeystoreError> {
    u32::try_from(r)
        .ok()
        .zip(u32::try_from(p).ok())
        .and_then(|(r32, p32)| scrypt::Params::new(n.trailing_zeros() as u8, r32, p32, 32).ok())
        .ok_or_else(|| {
            KeystoreError::UnsafeKdf(format!(
                "scrypt n = {n}, r = {r}, p = {p} are outside what scrypt accepts (n must be below 2^(16·r))"
            ))
        })
}

fn check_salt(salt: &[u8]) -> Result<(), KeystoreError> {
    if salt.is_empty() {
        return Err(KeystoreError::UnsafeKdf("the KDF salt is empty".into()));
    }
    Ok(())
}

/// A password after EIP-2335 processing: NFKD, then C0, DEL and C1 controls removed.
pub struct ProcessedPassword(Zeroizing<String>);

impl ProcessedPassword {
    /// EIP-2335 "Password requirements".
    pub fn new(password: &str) -> Self {
        let normalized = Zeroizing::new(password.nfkd().collect::<String>());
        Self(Zeroizing::new(
            normalized
                .chars()
                .filter(|&c| !matches!(c, '\u{00}'..='\u{1f}' | '\u{7f}' | '\u{80}'..='\u{9f}'))
                .collect(),
        ))
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    pub fn char_count(&self) -> usize {
        self.0.chars().count()
    }

    /// The rules for a new keystore: nonempty, and at least 12 characters.
    pub fn check_new(&self) -> Result<(), KeystoreError> {
        match self.char_count() {
            0 => Err(KeystoreError::EmptyPassword),
            chars if chars < MIN_NEW_PASSWORD_CHARS => {
                Err(KeystoreError::PasswordTooShort { chars })
            }
            _ => Ok(()),
        }
    }
}

impl fmt::Debug for ProcessedPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ProcessedPassword([REDACTED])")
    }
}

/// The 32-byte KDF output: bytes 0..16 are the AES key, 16..32 feed the checksum.
pub struct DerivedKey(Zeroizing<[u8; 32]>);

impl fmt::Debug for DerivedKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DerivedKey([REDACTED])")
    }
}

impl DerivedKey {
    fn aes(&self, iv: &[u8; 16]) -> Aes128Ctr {
        let mut aes_key = [0u8; 16];
        aes_key.copy_from_slice(&self.0[..16]);
        let cipher = Aes128Ctr::new(&aes_key.into(), &(*iv).into());
        zeroize::Zeroize::zeroize(&mut aes_key);
        cipher
    }

    /// `SHA256(DK[16..32] ‖ cipher_message)`.
    pub fn checksum(&self, cipher_message: &[u8]) -> [u8; 32] {
        let mut hasher = Sha256::new();
        hasher.update(&self.0[16..]);
        hasher.update(cipher_message);
        hasher.finalize().into()
    }

    /// AES-128-CTR encryption of `secret` under `DK[0..16]` and `iv`.
    pub fn encrypt(&self, secret: &[u8], iv: &[u8; 16]) -> Vec<u8> {
        let mut message = secret.to_vec();
        self.aes(iv).apply_keystream(&mut message);
        message
    }

    /// Checks the checksum (a mismatch means a wrong password), then decrypts.
    pub fn decrypt(
        &self,
        cipher_message: &[u8],
        iv: &[u8; 16],
        checksum: &[u8; 32],
    ) -> Result<Zeroizing<Vec<u8>>, KeystoreError> {
        if &self.checksum(cipher_message) != checksum {
            return Err(KeystoreError::WrongPassword);
        }
        let mut secret = Zeroizing::new(cipher_message.to_vec());
        self.aes(iv).apply_keystream(&mut secret);
        Ok(secret)
    }
}

/// A parsed EIP-2335 keystore (see `keystore_json` for its text form).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keystore {
    pub kdf: Kdf,
    pub checksum: [u8; 32],
    pub iv: [u8; 16],
    pub cipher_message: Vec<u8>,
    pub description: String,
    pub pubkey: PublicKey,
    /// `None` when the file's path is empty, as EIP-2335 allows.
    pub path: Option<KeyPath>,
    pub uuid: uuid::Uuid,
}

impl Keystore {
    /// Encrypts `secret_key` under a key already derived with `kdf`, so a batch can share
    /// one KDF run. `uuid` is 16 random bytes, made a version 4 UUID here.
    pub fn encrypt(
        secret_key: &SecretKey,
        path: KeyPath,
        kdf: Kdf,
        derived_key: &DerivedKey,
        iv: [u8; 16],
        uuid: [u8; 16],
    ) -> Self {
        let cipher_message = derived_key.encrypt(secret_key.to_bytes().as_slice(), &iv);
        Self {
            kdf,
            checksum: derived_key.checksum(&cipher_message),
            iv,
            cipher_message,
            description: String::new(),
            pubkey: secret_key.public_key(),
            path: Some(path),
            uuid: uuid::Builder::from_random_bytes(uuid).into_uuid(),
        }
    }

    /// Decrypts with a password: KDF, checksum, AES, then checks the secret and its pubkey.
    pub fn decrypt(&self, password: &str) -> Result<SecretKey, KeystoreError> {
        let password = ProcessedPassword::new(password);
        if password.char_count() == 0 {
            return Err(KeystoreError::EmptyPassword);
        }
        let derived_key = self.kdf.derive_key(&password)?;
        self.decrypt_with(&derived_key)
    }

    /// Decrypts with an already derived key (the same KDF, salt and password).
    pub fn decrypt_with(&self, derived_key: &DerivedKey) -> Result<SecretKey, KeystoreError> {
        let secret = derived_key.decrypt(&self.cipher_message, &self.iv, &self.checksum)?;
        let secret_key =
            SecretKey::from_bytes(&secret).map_err(|_| KeystoreError::CorruptSecret)?;
        let actual = secret_key.public_key();
        if actual != self.pubkey {
            return Err(KeystoreError::PubkeyMismatch {
                stated: self.pubkey.to_hex(),
                actual: actual.to_hex(),
            });
        }
        Ok(secret_key)
    }
}

/// What went wrong with a keystore or its password. Never carries secret material.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeystoreError {
    /// The checksum did not match: the password is not this keystore's.
    WrongPassword,
    EmptyPassword,
    PasswordTooShort {
        chars: usize,
    },
    /// KDF parameters that are invalid or too costly to run.
    UnsafeKdf(String),
    /// The file is not a well-formed version 4 keystore; names the field and the problem.
    Malformed {
        field: String,
        problem: String,
    },
    /// The decrypted secret is not a valid BLS secret key.
    CorruptSecret,
    /// The decrypted secret belongs to another public key than the file states.
    PubkeyMismatch {
        stated: String,
        actual: String,
    },
    /// A keystore this wallet just wrote did not decrypt back to its key; nothing is returned.
    SelfCheckFailed {
        index: u32,
    },
}

impl fmt::Display for KeystoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::WrongPassword => f.write_str("wrong password: the keystore's checksum does not match"),
            Self::EmptyPassword => f.write_str(
                "the password is empty (control characters do not count); choose a password",
            ),
            Self::PasswordTooShort { chars } => write!(
                f,
                "the password has {chars} characters; a new keystore needs at least {MIN_NEW_PASSWORD_CHARS}"
            ),
            Self::UnsafeKdf(why) => write!(f, "refused to run the keystore's KDF: {why}"),
            Self::Malformed { field, problem } => {
                write!(f, "not a valid EIP-2335 keystore: {field} {problem}")
            }
            Self::CorruptSecret => f.write_str(
                "the keystore is corrupted: its decrypted secret is not a valid BLS secret key",
            ),
            Self::PubkeyMismatch { stated, actual } => write!(
                f,
                "the keystore is corrupted: it states pubkey {stated} but its secret key's pubkey is {actual}"
            ),
            Self::SelfCheckFailed { index } => write!(
                f,
                "internal check failed: the keystore for validator {index} did not decrypt back to its key; nothing was written"
            ),
        }
    }
}

impl std::error::Error for KeystoreError {}

//! EIP-2335 keystore cryptography: password processing, KDFs, AES-128-CTR and the checksum.
//!
//! Pure functions over bytes: salts and IVs are passed in (drawn by the caller), and the JSON
//! layout lives in `keystore_json`. Hostile KDF parameters are refused before any work runs.

use std::fmt;

use crate::error::{params, uint64, Coded, ErrorCode, Param, Params, Quoted};
use crate::keys::bls::{PublicKey, SecretKey};
use crate::keys::eip2334::{KeyPath, KeyPathError};
use crate::keys::keystore_json::MAX_KEYSTORE_BYTES;
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
/// Largest scrypt memory a keystore may ask for (see `scrypt_memory`).
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
        let unsafe_kdf = |problem| Err(KeystoreError::UnsafeKdf(problem));
        match self {
            Self::Scrypt { n, r, p, salt } => {
                let (n, r, p) = (*n, *r, *p);
                if n < 2 || !n.is_power_of_two() {
                    return unsafe_kdf(KdfProblem::ScryptN { n });
                }
                if r == 0 || p == 0 {
                    return unsafe_kdf(KdfProblem::ScryptRp { r, p });
                }
                if scrypt_memory(n, r, p).is_none_or(|bytes| bytes > MAX_SCRYPT_MEMORY) {
                    return unsafe_kdf(KdfProblem::ScryptMemory { n, r, p });
                }
                scrypt_params(n, r, p)?;
                check_salt(salt)
            }
            Self::Pbkdf2 { c, salt } => {
                if *c == 0 || *c > MAX_PBKDF2_C {
                    return unsafe_kdf(KdfProblem::Pbkdf2C { c: *c });
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
                    |_| {
                        KeystoreError::UnsafeKdf(KdfProblem::ScryptParams {
                            n: *n,
                            r: *r,
                            p: *p,
                        })
                    },
                )?;
            }
            Self::Pbkdf2 { c, salt } => {
                let rounds = u32::try_from(*c)
                    .map_err(|_| KeystoreError::UnsafeKdf(KdfProblem::Pbkdf2C { c: *c }))?;
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

/// An upper bound on the bytes RustCrypto's scrypt allocates: V (128·r·n), B (128·r·p) and
/// two 128·r scratch blocks (0.11 took two, 0.12 takes one). 128·n·r·p alone missed B and the
/// scratch: n = 2, r = 2^22 passed a 1 GiB bound and allocated 2.5 GiB.
pub fn scrypt_memory(n: u64, r: u64, p: u64) -> Option<u64> {
    n.checked_add(p)
        .and_then(|blocks| blocks.checked_add(2))
        .and_then(|blocks| blocks.checked_mul(r))
        .and_then(|bytes| bytes.checked_mul(128))
}

/// scrypt's parameter rules, so `validate` refuses exactly what `derive_key` could not run.
/// `n` is already a power of two. RFC 7914's n < 2^(16·r) is checked here: scrypt 0.12 dropped
/// it (its authors read the RFC's bound as an erratum), but OpenSSL, and so Python's hashlib,
/// still refuse such keystores, and a keystore other tools refuse is refused here too.
fn scrypt_params(n: u64, r: u64, p: u64) -> Result<scrypt::Params, KeystoreError> {
    // From r = 4 on, every u64 n is below 2^(16·r).
    let below_rfc_bound = r >= 4 || n < 1u64 << (16 * r);
    u32::try_from(r)
        .ok()
        .zip(u32::try_from(p).ok())
        .filter(|_| below_rfc_bound)
        .and_then(|(r32, p32)| scrypt::Params::new(n.trailing_zeros() as u8, r32, p32).ok())
        .ok_or(KeystoreError::UnsafeKdf(KdfProblem::ScryptParams {
            n,
            r,
            p,
        }))
}

fn check_salt(salt: &[u8]) -> Result<(), KeystoreError> {
    if salt.is_empty() {
        return Err(KeystoreError::UnsafeKdf(KdfProblem::EmptySalt));
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
    /// The path as the file writes it (empty when unknown, as EIP-2335 allows); a valid
    /// `m/…` path, but not necessarily EIP-2334's form (see `ValidatorKeyPath::of`).
    pub path: String,
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
            path: path.to_string(),
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
    UnsafeKdf(KdfProblem),
    /// The file is not a well-formed version 4 keystore: the field (a JSON path) and why.
    Malformed {
        field: String,
        problem: MalformedKeystore,
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

/// KDF parameters refused before anything runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KdfProblem {
    ScryptN {
        n: u64,
    },
    ScryptRp {
        r: u64,
        p: u64,
    },
    ScryptMemory {
        n: u64,
        r: u64,
        p: u64,
    },
    /// Outside what scrypt itself accepts (n below 2^(16·r), p bounded).
    ScryptParams {
        n: u64,
        r: u64,
        p: u64,
    },
    Pbkdf2C {
        c: u64,
    },
    EmptySalt,
}

impl fmt::Display for KdfProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ScryptN { n } => write!(f, "scrypt n = {n} must be a power of two greater than 1"),
            Self::ScryptRp { r, p } => write!(f, "scrypt r = {r} and p = {p} must both be at least 1"),
            Self::ScryptMemory { n, r, p } => write!(
                f,
                "scrypt n = {n}, r = {r}, p = {p} needs more than 1 GiB of memory (128·r·(n + p + 2))"
            ),
            Self::ScryptParams { n, r, p } => write!(
                f,
                "scrypt n = {n}, r = {r}, p = {p} are outside what scrypt accepts (n must be below 2^(16·r))"
            ),
            Self::Pbkdf2C { c } => write!(f, "pbkdf2 c = {c} must be from 1 to {MAX_PBKDF2_C}"),
            Self::EmptySalt => f.write_str("the KDF salt is empty"),
        }
    }
}

/// The functions of a keystore that name an algorithm, each with the ones supported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeystoreModule {
    Kdf,
    Prf,
    Checksum,
    Cipher,
}

impl KeystoreModule {
    /// The algorithms supported, as a message says them.
    fn supported(self) -> &'static str {
        match self {
            Self::Kdf => "\"scrypt\" and \"pbkdf2\" are",
            Self::Prf => "\"hmac-sha256\" is",
            Self::Checksum => "\"sha256\" is",
            Self::Cipher => "\"aes-128-ctr\" is",
        }
    }
}

impl MalformedKeystore {
    /// As parameters: `reason` (which problem, one wording each) and the values it names.
    fn params(&self) -> Params {
        let reason = |name: &str| ("reason", Param::from(name));
        match self {
            Self::TooLarge { bytes } => params(&[
                reason("keystore"),
                ("bytes", (*bytes).into()),
                ("limit_mib", (MAX_KEYSTORE_BYTES >> 20).into()),
            ]),
            Self::ByteOrderMark | Self::NotAnObject => params(&[reason("keystore")]),
            Self::DuplicateKey { key } => params(&[reason("keystore"), ("key", key.into())]),
            Self::Json { detail } => params(&[reason("json"), ("detail", detail.into())]),
            Self::Params { detail } => params(&[reason("params"), ("detail", detail.into())]),
            Self::Dklen { found } => params(&[
                reason("dklen"),
                ("found", uint64(*found)),
                ("expected", uint64(DKLEN)),
            ]),
            Self::Version { found } => params(&[reason("version"), ("found", uint64(*found))]),
            Self::Unsupported { found, module } => params(&[
                reason(match module {
                    KeystoreModule::Kdf => "unsupported_kdf",
                    KeystoreModule::Prf => "unsupported_prf",
                    KeystoreModule::Checksum => "unsupported_checksum",
                    KeystoreModule::Cipher => "unsupported_cipher",
                }),
                ("found", found.into()),
            ]),
            Self::NotEmpty => params(&[reason("not_empty")]),
            Self::NotHex => params(&[reason("not_hex")]),
            Self::WrongLength { bytes, expected } => params(&[
                reason("wrong_length"),
                ("bytes", (*bytes).into()),
                ("expected", (*expected).into()),
            ]),
            Self::Empty => params(&[reason("empty")]),
            Self::TooLong { bytes, limit } => params(&[
                reason("too_long"),
                ("bytes", (*bytes).into()),
                ("limit", (*limit).into()),
            ]),
            Self::CipherLength { bytes } => {
                params(&[reason("cipher_length"), ("bytes", (*bytes).into())])
            }
            Self::Pubkey(_) => params(&[reason("pubkey")]),
            Self::Path(err) => {
                let mut list = err.params();
                list.insert(
                    "reason".into(),
                    match err {
                        KeyPathError::MissingRoot => "path_missing_root",
                        KeyPathError::NoIndices => "path_no_indices",
                        KeyPathError::BadIndex { .. } => "path_bad_index",
                    }
                    .into(),
                );
                list
            }
            Self::Uuid => params(&[reason("uuid")]),
        }
    }
}

/// How a keystore file breaks the EIP-2335 layout. Reads as a predicate of the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MalformedKeystore {
    TooLarge {
        bytes: usize,
    },
    ByteOrderMark,
    NotAnObject,
    /// Not JSON, or not a keystore's shape: serde's description (a wrong, missing, unknown or
    /// repeated field).
    Json {
        detail: Quoted,
    },
    /// A module's `params` of the wrong shape: serde's description.
    Params {
        detail: Quoted,
    },
    Dklen {
        found: u64,
    },
    DuplicateKey {
        key: Quoted,
    },
    Version {
        found: u64,
    },
    Unsupported {
        found: Quoted,
        module: KeystoreModule,
    },
    NotEmpty,
    NotHex,
    WrongLength {
        bytes: usize,
        expected: usize,
    },
    Empty,
    TooLong {
        bytes: usize,
        limit: usize,
    },
    CipherLength {
        bytes: usize,
    },
    Pubkey(crate::keys::bls::InvalidPublicKey),
    Path(crate::keys::eip2334::KeyPathError),
    Uuid,
}

impl fmt::Display for MalformedKeystore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { bytes } => write!(f, "is {bytes} bytes; a keystore is at most 1 MiB"),
            Self::ByteOrderMark => {
                f.write_str("starts with a byte-order mark; save it as plain UTF-8")
            }
            Self::NotAnObject => f.write_str("is not a JSON object"),
            Self::Json { detail } => write!(f, "is not keystore JSON: {detail}"),
            Self::Params { detail } => write!(f, "is invalid: {detail}"),
            Self::Dklen { found } => write!(f, "is {found}; it must be {DKLEN}"),
            Self::DuplicateKey { key } => write!(f, "names the key \"{key}\" twice in one object"),
            Self::Version { found } => write!(f, "is {found}; only version 4 is supported"),
            Self::Unsupported { found, module } => {
                write!(f, "is \"{found}\"; only {} supported", module.supported())
            }
            Self::NotEmpty => f.write_str("must be empty"),
            Self::NotHex => f.write_str("is not hex (without 0x)"),
            Self::WrongLength { bytes, expected } => {
                write!(f, "is {bytes} bytes; it must be {expected}")
            }
            Self::Empty => f.write_str("is empty"),
            Self::TooLong { bytes, limit } => {
                write!(f, "is {bytes} bytes; at most {limit} are allowed")
            }
            Self::CipherLength { bytes } => write!(f, "is {bytes} bytes; a BLS keystore holds 32"),
            Self::Pubkey(err) => err.fmt(f),
            Self::Path(err) => write!(f, "is invalid: {err}"),
            Self::Uuid => f.write_str("is not a UUID"),
        }
    }
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

impl Coded for KeystoreError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::WrongPassword => ErrorCode::KeystoreWrongPassword,
            Self::EmptyPassword => ErrorCode::PasswordEmpty,
            Self::PasswordTooShort { .. } => ErrorCode::PasswordTooShort,
            Self::UnsafeKdf(_) => ErrorCode::KeystoreUnsafeKdf,
            Self::Malformed { problem, .. } => match problem {
                MalformedKeystore::TooLarge { .. } => ErrorCode::FileTooLarge,
                MalformedKeystore::ByteOrderMark => ErrorCode::FileByteOrderMark,
                MalformedKeystore::NotAnObject => ErrorCode::JsonNotObject,
                MalformedKeystore::DuplicateKey { .. } => ErrorCode::JsonDuplicateKey,
                _ => ErrorCode::KeystoreMalformed,
            },
            Self::CorruptSecret => ErrorCode::KeystoreCorruptSecret,
            Self::PubkeyMismatch { .. } => ErrorCode::KeystorePubkeyMismatch,
            Self::SelfCheckFailed { .. } => ErrorCode::InternalError,
        }
    }

    fn params(&self) -> Params {
        let text = |value: &dyn fmt::Display| Param::Text(value.to_string());
        match self {
            Self::PasswordTooShort { chars } => params(&[
                ("chars", (*chars).into()),
                ("min", MIN_NEW_PASSWORD_CHARS.into()),
            ]),
            Self::UnsafeKdf(problem) => {
                let mut list = match problem {
                    KdfProblem::ScryptN { n } => params(&[("n", uint64(*n))]),
                    KdfProblem::ScryptRp { r, p } => {
                        params(&[("r", uint64(*r)), ("p", uint64(*p))])
                    }
                    KdfProblem::ScryptMemory { n, r, p } | KdfProblem::ScryptParams { n, r, p } => {
                        params(&[("n", uint64(*n)), ("r", uint64(*r)), ("p", uint64(*p))])
                    }
                    KdfProblem::Pbkdf2C { c } => {
                        params(&[("c", uint64(*c)), ("limit", uint64(MAX_PBKDF2_C))])
                    }
                    KdfProblem::EmptySalt => Params::new(),
                };
                list.insert("problem".into(), text(problem));
                list.insert(
                    "reason".into(),
                    match problem {
                        KdfProblem::ScryptN { .. } => "scrypt_n",
                        KdfProblem::ScryptRp { .. } => "scrypt_r_p",
                        KdfProblem::ScryptMemory { .. } => "scrypt_memory",
                        KdfProblem::ScryptParams { .. } => "scrypt_params",
                        KdfProblem::Pbkdf2C { .. } => "pbkdf2_c",
                        KdfProblem::EmptySalt => "empty_salt",
                    }
                    .into(),
                );
                list
            }
            Self::Malformed { field, problem } => {
                let mut list = problem.params();
                list.insert("problem".into(), text(problem));
                list.insert("name".into(), field.as_str().into());
                list
            }
            Self::PubkeyMismatch { stated, actual } => params(&[
                ("stated", stated.as_str().into()),
                ("actual", actual.as_str().into()),
            ]),
            Self::SelfCheckFailed { index } => params(&[
                ("index", (*index).into()),
                ("reason", "keystore_self_check".into()),
            ]),
            _ => Params::new(),
        }
    }

    fn field(&self) -> Option<String> {
        match self {
            Self::Malformed { field, .. } if field != "file" => Some(field.clone()),
            _ => None,
        }
    }
}

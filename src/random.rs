//! The edge where randomness enters: `crypto.getRandomValues` in the browser, the OS
//! elsewhere (getrandom). Everything else in the core is deterministic given these bytes.

use std::fmt;

use zeroize::Zeroizing;

use crate::error::{Coded, ErrorCode, Params, WalletError};
use crate::keys::keystores::{salts_needed, KeystoreRandomness};
use crate::keys::mnemonic::{Mnemonic, MnemonicError, MnemonicLanguage};
use crate::keys::validator::check_batch_size;

/// No secure random source is available; nothing is generated (never falls back).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RngUnavailable;

impl fmt::Display for RngUnavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "no secure random number generator is available (crypto.getRandomValues); refusing to generate keys",
        )
    }
}

impl Coded for RngUnavailable {
    fn code(&self) -> ErrorCode {
        ErrorCode::RngUnavailable
    }
}

fn random_array<const N: usize>() -> Result<[u8; N], RngUnavailable> {
    let mut bytes = [0u8; N];
    getrandom::getrandom(&mut bytes).map_err(|_| RngUnavailable)?;
    Ok(bytes)
}

/// One keystore salt: the batch's shared salt, drawn once for every worker of a pool.
pub fn draw_salt() -> Result<[u8; 32], RngUnavailable> {
    random_array()
}

/// The blinding scalars of one batch signature check (`bls::verify_batch`), none zero.
pub fn draw_batch_scalars(count: usize) -> Result<Vec<[u8; 8]>, RngUnavailable> {
    (0..count)
        .map(|_| loop {
            let scalar = random_array()?;
            if scalar != [0; 8] {
                return Ok(scalar);
            }
        })
        .collect()
}

/// Draws the salts, IVs and uuids for a batch of `count` keystores. The batch size is
/// checked first: nothing is drawn or allocated for a count no batch may have.
pub fn draw_keystore_randomness(
    count: u32,
    independent_salts: bool,
) -> Result<KeystoreRandomness, WalletError> {
    check_batch_size(count as usize)?;
    let salts = (0..salts_needed(count, independent_salts))
        .map(|_| random_array())
        .collect::<Result<_, _>>()?;
    let ivs = (0..count)
        .map(|_| random_array())
        .collect::<Result<_, _>>()?;
    let uuids = (0..count)
        .map(|_| random_array())
        .collect::<Result<_, _>>()?;
    Ok(KeystoreRandomness { salts, ivs, uuids })
}

/// Why no mnemonic was generated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GenerateMnemonicError {
    Rng(RngUnavailable),
    Mnemonic(MnemonicError),
}

impl fmt::Display for GenerateMnemonicError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Rng(err) => err.fmt(f),
            Self::Mnemonic(err) => err.fmt(f),
        }
    }
}

impl Coded for GenerateMnemonicError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::Rng(err) => err.code(),
            Self::Mnemonic(err) => err.code(),
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::Rng(err) => err.params(),
            Self::Mnemonic(err) => err.params(),
        }
    }
}

/// A new mnemonic of `words` words (12, 15, 18, 21 or 24) in `language`.
pub fn generate_mnemonic(
    language: MnemonicLanguage,
    words: usize,
) -> Result<Mnemonic, GenerateMnemonicError> {
    let entropy: Zeroizing<[u8; 32]> =
        Zeroizing::new(random_array().map_err(GenerateMnemonicError::Rng)?);
    let entropy_len =
        crate::keys::mnemonic::entropy_bytes(words).map_err(GenerateMnemonicError::Mnemonic)?;
    Mnemonic::from_entropy(language, &entropy[..entropy_len])
        .map_err(GenerateMnemonicError::Mnemonic)
}

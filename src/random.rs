//! The edge where randomness enters: `crypto.getRandomValues` in the browser, the OS
//! elsewhere (getrandom). Everything else in the core is deterministic given these bytes.

use std::fmt;

use zeroize::Zeroizing;

use crate::keystores::{salts_needed, KeystoreRandomness};
use crate::mnemonic::{Mnemonic, MnemonicError, MnemonicLanguage};

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

impl std::error::Error for RngUnavailable {}

fn random_array<const N: usize>() -> Result<[u8; N], RngUnavailable> {
    let mut bytes = [0u8; N];
    getrandom::getrandom(&mut bytes).map_err(|_| RngUnavailable)?;
    Ok(bytes)
}

/// Draws the salts, IVs and uuids for a batch of `count` keystores.
pub fn draw_keystore_randomness(
    count: u32,
    independent_salts: bool,
) -> Result<KeystoreRandomness, RngUnavailable> {
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

impl std::error::Error for GenerateMnemonicError {}

/// A new mnemonic of `words` words (12, 15, 18, 21 or 24) in `language`.
pub fn generate_mnemonic(
    language: MnemonicLanguage,
    words: usize,
) -> Result<Mnemonic, GenerateMnemonicError> {
    let entropy: Zeroizing<[u8; 32]> =
        Zeroizing::new(random_array().map_err(GenerateMnemonicError::Rng)?);
    let entropy_len =
        crate::mnemonic::entropy_bytes(words).map_err(GenerateMnemonicError::Mnemonic)?;
    Mnemonic::from_entropy(language, &entropy[..entropy_len])
        .map_err(GenerateMnemonicError::Mnemonic)
}

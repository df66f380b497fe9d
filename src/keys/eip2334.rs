//! EIP-2334: deterministic account hierarchy `m / purpose / coin_type / account / use`.

use std::fmt;
use std::str::FromStr;

use crate::error::{params, Coded, ErrorCode, Param, Params, Quoted};
use crate::keys::bls::SecretKey;

/// `purpose` of every EIP-2334 path.
pub const PURPOSE: u32 = 12381;
/// `coin_type` of Ethereum.
pub const COIN_TYPE: u32 = 3600;

/// A derivation path `m/a/b/…` with at least one `u32` index below the master key.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct KeyPath {
    first: u32,
    rest: Vec<u32>,
}

/// Why a path string was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyPathError {
    /// The path does not start with `m`.
    MissingRoot,
    /// The path is `m` alone: the master key is never used directly.
    NoIndices,
    /// Level `level` (1-based after `m`) is not a decimal integer in `0..=4294967295`.
    BadIndex { level: usize, text: Quoted },
}

impl fmt::Display for KeyPathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingRoot => f.write_str("a key path must start with \"m/\""),
            Self::NoIndices => f.write_str("a key path needs at least one index after \"m\""),
            Self::BadIndex { level, text } => write!(
                f,
                "level {level} of the key path, \"{text}\", is not an index from 0 to 4294967295"
            ),
        }
    }
}

impl Coded for KeyPathError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::MissingRoot => ErrorCode::KeyPathMissingRoot,
            Self::NoIndices => ErrorCode::KeyPathNoIndices,
            Self::BadIndex { .. } => ErrorCode::KeyPathBadIndex,
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::BadIndex { level, text } => {
                params(&[("level", (*level).into()), ("text", Param::from(text))])
            }
            _ => Params::new(),
        }
    }
}

/// Which of a validator's two keys a path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(tag = "use", content = "keyIndex", rename_all = "snake_case")]
pub enum ValidatorKeyPath {
    /// `m/12381/3600/i/0/0`.
    Signing(u32),
    /// `m/12381/3600/i/0`.
    Withdrawal(u32),
}

impl ValidatorKeyPath {
    /// The validator key a path names, when the text is exactly EIP-2334's form of one (no
    /// leading zeros, no other levels): `m/12381/3600/00/0/0` is not.
    pub fn of(text: &str) -> Option<Self> {
        let path: KeyPath = text.parse().ok()?;
        if path.to_string() != text {
            return None;
        }
        let indices: Vec<u32> = path.indices().collect();
        match indices.as_slice() {
            [PURPOSE, COIN_TYPE, index, 0, 0] => Some(Self::Signing(*index)),
            [PURPOSE, COIN_TYPE, index, 0] => Some(Self::Withdrawal(*index)),
            _ => None,
        }
    }
}

impl KeyPath {
    /// `m/12381/3600/i/0`: the withdrawal key of validator `i`.
    pub fn withdrawal(index: u32) -> Self {
        Self {
            first: PURPOSE,
            rest: vec![COIN_TYPE, index, 0],
        }
    }

    /// `m/12381/3600/i/0/0`: the signing key of validator `i`.
    pub fn signing(index: u32) -> Self {
        Self {
            first: PURPOSE,
            rest: vec![COIN_TYPE, index, 0, 0],
        }
    }

    /// The indices below `m`, in order.
    pub fn indices(&self) -> impl Iterator<Item = u32> + '_ {
        std::iter::once(self.first).chain(self.rest.iter().copied())
    }

    /// Derives the key at this path from the master key: `derive_child_SK` once per level.
    pub fn derive(&self, master: &SecretKey) -> SecretKey {
        self.rest
            .iter()
            .fold(master.derive_child_sk(self.first), |key, &index| {
                key.derive_child_sk(index)
            })
    }
}

/// The node every validator key hangs from, `m/12381/3600`, derived once for a batch: each
/// validator's withdrawal and signing keys are then two and three `derive_child_SK` away
/// instead of four and five (each one ~1,800 SHA-256 compressions).
pub struct ValidatorKeyTree {
    coin: SecretKey,
}

impl ValidatorKeyTree {
    pub fn new(master: &SecretKey) -> Self {
        Self {
            coin: master.derive_child_sk(PURPOSE).derive_child_sk(COIN_TYPE),
        }
    }

    /// `m/12381/3600/i/0`, as [`KeyPath::withdrawal`] derives it.
    pub fn withdrawal_key(&self, index: u32) -> SecretKey {
        self.coin.derive_child_sk(index).derive_child_sk(0)
    }

    /// `m/12381/3600/i/0/0`, as [`KeyPath::signing`] derives it.
    pub fn signing_key(&self, index: u32) -> SecretKey {
        self.withdrawal_key(index).derive_child_sk(0)
    }
}

impl FromStr for KeyPath {
    type Err = KeyPathError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut levels = text.split('/');
        if levels.next() != Some("m") {
            return Err(KeyPathError::MissingRoot);
        }
        let mut indices = levels.enumerate().map(|(i, level)| {
            // Only plain decimal digits: `+1`, ` 1` or `0x1` are not indices.
            let is_decimal = !level.is_empty() && level.bytes().all(|b| b.is_ascii_digit());
            is_decimal
                .then(|| level.parse::<u32>().ok())
                .flatten()
                .ok_or_else(|| KeyPathError::BadIndex {
                    level: i + 1,
                    text: Quoted::new(level),
                })
        });
        let first = indices.next().ok_or(KeyPathError::NoIndices)??;
        let rest = indices.collect::<Result<Vec<_>, _>>()?;
        Ok(Self { first, rest })
    }
}

impl fmt::Display for KeyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("m")?;
        self.indices().try_for_each(|index| write!(f, "/{index}"))
    }
}

impl fmt::Debug for KeyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeyPath({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tree_derives_the_keys_of_the_full_paths() {
        let master = SecretKey::derive_master_sk(&[3u8; 32]).unwrap();
        let tree = ValidatorKeyTree::new(&master);
        for index in [0, 1, 4_000_000_000] {
            assert_eq!(
                *tree.withdrawal_key(index).to_bytes(),
                *KeyPath::withdrawal(index).derive(&master).to_bytes()
            );
            assert_eq!(
                *tree.signing_key(index).to_bytes(),
                *KeyPath::signing(index).derive(&master).to_bytes()
            );
        }
    }

    #[test]
    fn withdrawal_and_signing_paths_display_as_eip2334() {
        assert_eq!(KeyPath::withdrawal(7).to_string(), "m/12381/3600/7/0");
        assert_eq!(KeyPath::signing(7).to_string(), "m/12381/3600/7/0/0");
    }

    #[test]
    fn validator_key_paths_must_be_written_in_eip2334_form() {
        assert_eq!(
            ValidatorKeyPath::of("m/12381/3600/7/0/0"),
            Some(ValidatorKeyPath::Signing(7))
        );
        assert_eq!(
            ValidatorKeyPath::of("m/12381/3600/7/0"),
            Some(ValidatorKeyPath::Withdrawal(7))
        );
        for other in [
            "m/12381/3600/00/0/0",
            "m/12381/3600/0/0/0/0",
            "m/12381/60/0/0/0",
            "m/12381/3600/0/1/0",
            "nonsense",
        ] {
            assert_eq!(ValidatorKeyPath::of(other), None, "{other}");
        }
    }

    #[test]
    fn parse_round_trips() {
        for text in ["m/12381/3600/0/0/0", "m/1", "m/4294967295/0"] {
            assert_eq!(text.parse::<KeyPath>().unwrap().to_string(), text);
        }
    }

    #[test]
    fn parse_rejects_with_the_level_named() {
        assert_eq!(
            "12381/3600".parse::<KeyPath>(),
            Err(KeyPathError::MissingRoot)
        );
        assert_eq!("m".parse::<KeyPath>(), Err(KeyPathError::NoIndices));
        let err = "m/12381/4294967296".parse::<KeyPath>().unwrap_err();
        assert_eq!(
            err,
            KeyPathError::BadIndex {
                level: 2,
                text: Quoted::new("4294967296")
            }
        );
        assert_eq!(
            err.to_string(),
            "level 2 of the key path, \"4294967296\", is not an index from 0 to 4294967295"
        );
        for bad in ["m/", "m/1//2", "m/-1", "m/+1", "m/1a", "m/ 1"] {
            assert!(matches!(
                bad.parse::<KeyPath>(),
                Err(KeyPathError::BadIndex { .. })
            ));
        }
    }
}

//! Secrets as a request carries them: the mnemonic, its passphrase and keystore passwords.
//! Zeroed when dropped and never printed. They serialize (as plain strings) only because a
//! job must reach a worker; the job's JSON text is itself zeroized on both sides.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::Zeroizing;

use crate::error::WalletError;
use crate::keys::mnemonic::{Mnemonic, MnemonicLanguage, Seed};

/// A secret text in a request.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct SecretText(Zeroizing<String>);

impl SecretText {
    pub fn new(text: &str) -> Self {
        Self(Zeroizing::new(text.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Zeroizing<String>> for SecretText {
    fn from(text: Zeroizing<String>) -> Self {
        Self(text)
    }
}

impl fmt::Debug for SecretText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretText([REDACTED])")
    }
}

impl Serialize for SecretText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for SecretText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // An owned String moves in without a copy left behind.
        String::deserialize(deserializer).map(|text| Self(Zeroizing::new(text)))
    }
}

/// The mnemonic fields every mnemonic request has, checked: the phrase, and the seed made
/// only once everything else in the request was checked.
pub struct MnemonicSecret<'a> {
    pub mnemonic: &'a SecretText,
    pub passphrase: &'a SecretText,
    pub language: Option<MnemonicLanguage>,
}

impl MnemonicSecret<'_> {
    /// The checked mnemonic (errors at `mnemonic`).
    pub fn parse(&self) -> Result<Mnemonic, WalletError> {
        Mnemonic::parse(self.mnemonic.expose(), self.language)
            .map_err(|err| WalletError::from(err).at("mnemonic"))
    }

    /// The BIP39 seed of the checked mnemonic and the passphrase.
    pub fn seed(&self, mnemonic: &Mnemonic) -> Seed {
        mnemonic.to_seed(self.passphrase.expose())
    }
}

// Checked whenever the crate compiles: the secrets the core makes cannot be copied,
// serialized or printed by accident. A secret in a request travels to a worker (so it
// serializes and clones), but never prints.
static_assertions::assert_not_impl_any!(Mnemonic: Clone, Serialize, fmt::Display);
static_assertions::assert_not_impl_any!(Seed: Clone, Serialize, fmt::Display);
static_assertions::assert_not_impl_any!(crate::keys::bls::SecretKey: Clone, Serialize, fmt::Display);
static_assertions::assert_not_impl_any!(crate::keys::eip2335::DerivedKey: Clone, Serialize, fmt::Display);
static_assertions::assert_not_impl_any!(
    crate::keys::eip2335::ProcessedPassword: Clone,
    Serialize,
    fmt::Display
);
static_assertions::assert_not_impl_any!(crate::keys::mnemonic::WordCheck: Serialize, fmt::Display);
static_assertions::assert_not_impl_any!(SecretText: fmt::Display);

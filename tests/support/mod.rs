//! What the integration tests share: the public test mnemonics (the only ones allowed in the
//! repository), the vector files, and small readers of the core's results.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use withdrawal_wallet::{Mnemonic, Seed, WalletError};

/// The BIP39 vectors' all-zero entropy, 24 words.
pub const ABANDON_ART: &str = "abandon abandon abandon abandon abandon abandon abandon abandon \
    abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \
    abandon abandon abandon abandon art";
/// Hardhat's and Foundry's default mnemonic.
pub const TEST_JUNK: &str = "test test test test test test test test test test test junk";
/// staking-deposit-cli's test mnemonic.
pub const TEST_WASTE: &str = "test test test test test test test test test test test waste";

/// A vector file of `tests/vectors/`, as text.
pub fn vector_text(name: &str) -> String {
    let path = format!("{}/tests/vectors/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

/// A vector file of `tests/vectors/`, parsed.
pub fn vectors(name: &str) -> serde_json::Value {
    serde_json::from_str(&vector_text(name)).unwrap()
}

/// The seed of a mnemonic with the empty passphrase.
pub fn seed(phrase: &str) -> Seed {
    Mnemonic::parse(phrase, None).unwrap().to_seed("")
}

/// The messages of a report's problems, for comparing with expected wording.
pub fn messages(problems: &[WalletError]) -> Vec<&str> {
    problems
        .iter()
        .map(|problem| problem.message.as_str())
        .collect()
}

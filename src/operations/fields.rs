//! The rules for values people type into the page's fields, as the operations apply them: the
//! page's live checks call these same functions, so a field and its request say the same.

use std::fmt;

use crate::consensus::deposit::parse_ether_amount;
use crate::consensus::execution_address::ExecutionAddress;
use crate::consensus::validators::parse_typed_uint64;
use crate::error::{params, Coded, ErrorCode, Params, WalletError};
use crate::import::search::{check_key_count, MAX_KEY_COUNT};
use crate::keys::eip2335::{ProcessedPassword, MIN_NEW_PASSWORD_CHARS};
use crate::keys::validator::{check_batch_size, parse_key_index, ValidatorRangeError};

/// Default number of validators per mnemonic before the page suggests a new mnemonic.
pub const DEFAULT_KEY_BUDGET: u32 = 200;
/// Largest budget a user may set: operators start a new mnemonic every 200–1,000 keys.
pub const MAX_KEY_BUDGET: u32 = 1000;

/// A key index as typed (surrounding spaces ignored).
pub fn key_index(text: &str) -> Result<u32, WalletError> {
    Ok(parse_key_index(text.trim())?)
}

/// A number of validators for one batch: 1 to the batch limit.
pub fn validator_count(text: &str) -> Result<u32, WalletError> {
    let count = key_index(text)?;
    if count == 0 {
        return Err(ValidatorRangeError::ZeroCount.into());
    }
    check_batch_size(count as usize)?;
    Ok(count)
}

/// How many key indices a search scans, from 0: 1 to `MAX_KEY_COUNT`.
pub fn key_count(text: &str) -> Result<u32, WalletError> {
    let count = key_index(text)?;
    check_key_count(count.into())?;
    debug_assert!(count <= MAX_KEY_COUNT);
    Ok(count)
}

/// A uint64 (an epoch, a validator index) as typed.
pub fn uint64(text: &str) -> Result<u64, WalletError> {
    Ok(parse_typed_uint64(text)?)
}

/// An amount in ETH (or GNO) as typed, in gwei.
pub fn ether_amount(text: &str) -> Result<u64, WalletError> {
    Ok(parse_ether_amount(text)?)
}

/// A pasted list, split on commas, spaces and new lines.
pub fn list(text: &str) -> Vec<String> {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A typed text holding a lone UTF-16 surrogate (half of a character), which JS strings allow
/// and UTF-8 cannot hold: converted, it would silently become U+FFFD, and two different
/// passphrases would give the same keys. Both the package and the page refuse it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoneSurrogate;

impl fmt::Display for LoneSurrogate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("this text holds a lone UTF-16 surrogate (half of a character); it cannot be encoded and would be silently replaced, giving other keys: retype it")
    }
}

impl Coded for LoneSurrogate {
    fn code(&self) -> ErrorCode {
        ErrorCode::TextLoneSurrogate
    }
}

/// No chain chosen yet: the page asks once per visit and never assumes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainNotChosen;

impl fmt::Display for ChainNotChosen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("choose the chain first: nothing is made for a chain you did not pick")
    }
}

impl Coded for ChainNotChosen {
    fn code(&self) -> ErrorCode {
        ErrorCode::ChainNotChosen
    }

    fn field(&self) -> Option<String> {
        Some("chain".into())
    }
}

/// An exit from a keystore asked for before a keystore file was chosen and read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeystoreNotChosen;

impl fmt::Display for KeystoreNotChosen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("choose the keystore file first, and wait until it is read")
    }
}

impl Coded for KeystoreNotChosen {
    fn code(&self) -> ErrorCode {
        ErrorCode::KeystoreNotChosen
    }
}

/// How many of an address's last characters the staker retypes to confirm a signing review.
pub const ADDRESS_ENDING_CHARS: usize = 6;

/// The last characters of an address, retyped, differ from the address's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddressEndingMismatch;

impl fmt::Display for AddressEndingMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "these are not the address's last {ADDRESS_ENDING_CHARS} characters: read them again from the address shown above"
        )
    }
}

impl Coded for AddressEndingMismatch {
    fn code(&self) -> ErrorCode {
        ErrorCode::AddressEndingMismatch
    }

    fn params(&self) -> Params {
        params(&[("count", ADDRESS_ENDING_CHARS.into())])
    }
}

/// The staker's confirmation of a signing review: the address's last six characters, retyped
/// (case and surrounding spaces aside, since they are read aloud).
pub fn address_ending_confirmed(
    address: &ExecutionAddress,
    typed: &str,
) -> Result<(), WalletError> {
    let shown = address.to_checksummed();
    let ending = shown
        .get(shown.len() - ADDRESS_ENDING_CHARS..)
        .unwrap_or_default();
    if typed.trim().eq_ignore_ascii_case(ending) {
        Ok(())
    } else {
        Err(AddressEndingMismatch.into())
    }
}

/// A notice when `start + count` passes the per-mnemonic key budget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyBudgetExceeded {
    pub last_index: u64,
    pub budget: u32,
}

impl fmt::Display for KeyBudgetExceeded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "this would use key indices up to {}, past your budget of {} validators per mnemonic; consider a new mnemonic for the rest, so one leaked phrase exposes fewer validators",
            self.last_index, self.budget
        )
    }
}

impl Coded for KeyBudgetExceeded {
    fn code(&self) -> ErrorCode {
        ErrorCode::KeyBudgetExceeded
    }

    fn params(&self) -> Params {
        params(&[
            ("last_index", crate::error::uint64(self.last_index)),
            ("budget", self.budget.into()),
        ])
    }
}

/// The key budget notice, if `start..start+count` passes `budget` (capped at the maximum).
pub fn key_budget_notice(start: u32, count: u32, budget: u32) -> Option<WalletError> {
    let budget = budget.min(MAX_KEY_BUDGET);
    let end = u64::from(start) + u64::from(count);
    (end > u64::from(budget)).then(|| {
        KeyBudgetExceeded {
            last_index: end - 1,
            budget,
        }
        .into()
    })
}

/// The rules for a new keystore password, in the order the page shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordRule {
    /// At least 12 characters, control characters not counted.
    MinimumLength,
    /// Typed the same twice.
    Confirmed,
}

impl PasswordRule {
    pub fn describe(self) -> String {
        match self {
            Self::MinimumLength => format!(
                "at least {MIN_NEW_PASSWORD_CHARS} characters (control characters do not count)"
            ),
            Self::Confirmed => "typed the same twice".into(),
        }
    }
}

/// Each password rule with whether it is met.
pub fn password_rules(first: &str, second: &str) -> [(PasswordRule, bool); 2] {
    let processed = ProcessedPassword::new(first);
    [
        (
            PasswordRule::MinimumLength,
            processed.char_count() >= MIN_NEW_PASSWORD_CHARS,
        ),
        (
            PasswordRule::Confirmed,
            !first.is_empty() && first == second,
        ),
    ]
}

/// Two secrets typed twice must be the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mismatch {
    Passphrase,
    Password,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Passphrase => "the two passphrases differ",
            Self::Password => "the two passwords differ",
        })
    }
}

impl Coded for Mismatch {
    fn code(&self) -> ErrorCode {
        match self {
            Self::Passphrase => ErrorCode::PassphraseMismatch,
            Self::Password => ErrorCode::PasswordMismatch,
        }
    }
}

/// A passphrase (or password) and its confirmation.
pub fn confirmed(first: &str, second: &str, what: Mismatch) -> Result<(), WalletError> {
    if first == second {
        Ok(())
    } else {
        Err(what.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_indices() {
        assert_eq!(validator_count("3"), Ok(3));
        assert_eq!(validator_count("0").unwrap_err().code, ErrorCode::CountZero);
        assert_eq!(
            validator_count("1001").unwrap_err().message,
            "1001 validators in one batch; at most 1000 per batch: split larger sets into several batches"
        );
        assert_eq!(
            validator_count("x").unwrap_err().code,
            ErrorCode::NotKeyIndex
        );
        assert_eq!(key_index(" 7 "), Ok(7));
        assert!(key_index("-1").is_err());
        assert_eq!(
            key_count("100001").unwrap_err().code,
            ErrorCode::CountTooLarge
        );
        assert_eq!(uint64(" 18446744073709551615 "), Ok(u64::MAX));
    }

    #[test]
    fn key_budget() {
        assert_eq!(key_budget_notice(0, 200, 200), None);
        assert!(key_budget_notice(150, 51, 200)
            .unwrap()
            .message
            .contains("up to 200"));
        // A budget above the maximum counts as the maximum.
        assert!(key_budget_notice(0, 1001, 5000).is_some());
    }

    #[test]
    fn password_rules_are_reported_as_met_or_not() {
        let met = |a: &str, b: &str| password_rules(a, b).map(|(_, met)| met);
        assert_eq!(met("short", "short"), [false, true]);
        assert_eq!(met("long enough pw", "long enough pX"), [true, false]);
        assert_eq!(met("long enough pw", "long enough pw"), [true, true]);
    }

    #[test]
    fn lists_split_on_commas_and_whitespace() {
        assert_eq!(list("1, 2\n3  4"), ["1", "2", "3", "4"]);
        assert!(list(" \n").is_empty());
    }

    #[test]
    fn a_review_is_confirmed_by_the_address_s_last_six_characters() {
        let address =
            ExecutionAddress::parse_checksummed("0x0f51bb10119727a7e5eA3538074fb341F56B09Ad")
                .unwrap();
        assert_eq!(
            address_ending_confirmed(&address, "F56B09Ad"),
            Err(AddressEndingMismatch.into())
        );
        assert_eq!(address_ending_confirmed(&address, " 6b09ad "), Ok(()));
        assert_eq!(address_ending_confirmed(&address, "6B09AD"), Ok(()));
        let err = address_ending_confirmed(&address, "6b09ae").unwrap_err();
        assert_eq!(err.code, ErrorCode::AddressEndingMismatch);
        assert_eq!(
            WalletError::from(ChainNotChosen).field.as_deref(),
            Some("chain")
        );
    }
}

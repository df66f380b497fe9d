//! Validation of what people type into the forms: plain Rust, tested natively. Each function
//! returns the value or a message for the field, in plain words that name the fix.

use withdrawal_wallet::deposit::parse_ether_amount;
use withdrawal_wallet::eip2335::{ProcessedPassword, MIN_NEW_PASSWORD_CHARS};
use withdrawal_wallet::execution_address::ExecutionAddress;
use withdrawal_wallet::output::parse_uint64;
use withdrawal_wallet::validator::parse_key_index;
use withdrawal_wallet::validator_search::{check_key_count, MAX_KEY_COUNT};

/// Most validators one batch may create or sign for: the core's limit.
pub const MAX_BATCH: u32 = withdrawal_wallet::validator::MAX_BATCH as u32;
/// Default number of validators per mnemonic before the page suggests a new mnemonic.
pub const DEFAULT_KEY_BUDGET: u32 = 200;
/// Largest budget a user may set.
pub const MAX_KEY_BUDGET: u32 = 1000;

pub fn start_index(text: &str) -> Result<u32, String> {
    parse_key_index(text.trim()).map_err(|err| err.to_string())
}

/// Key indices `start, start+1, …` for `count` validators listed in order.
pub fn key_indices(start: u32, count: usize) -> Result<Vec<u32>, String> {
    withdrawal_wallet::validator::consecutive_key_indices(start, count)
        .map_err(|err| err.to_string())
}

/// How many key indices a search scans, from 0.
pub fn key_count(text: &str) -> Result<u32, String> {
    let count = parse_key_index(text.trim())
        .map_err(|_| format!("enter how many key indices to scan, from 1 to {MAX_KEY_COUNT}"))?;
    check_key_count(count)
        .map(|()| count)
        .map_err(|err| err.to_string())
}

pub fn validator_count(text: &str) -> Result<u32, String> {
    match parse_key_index(text.trim()) {
        Ok(0) => Err("the number of validators must be at least 1".into()),
        Ok(count) if count > MAX_BATCH => Err(format!(
            "at most {MAX_BATCH} validators per batch; split larger sets into several batches"
        )),
        Ok(count) => Ok(count),
        Err(_) => Err(format!(
            "enter a whole number of validators from 1 to {MAX_BATCH}"
        )),
    }
}

/// A warning when `start + count` passes the per-mnemonic budget.
pub fn key_budget_warning(start: u32, count: u32, budget: u32) -> Option<String> {
    let end = u64::from(start) + u64::from(count);
    (end > u64::from(budget)).then(|| {
        format!(
            "this would use key indices up to {}, past your budget of {budget} validators per mnemonic; consider a new mnemonic for the rest, so one leaked phrase exposes fewer validators",
            end - 1
        )
    })
}

/// An address typed twice: both the same, and EIP-55 checksummed.
pub fn confirmed_address(first: &str, second: &str) -> Result<ExecutionAddress, String> {
    let address = ExecutionAddress::parse_checksummed(first).map_err(|err| err.to_string())?;
    if first.trim() != second.trim() {
        return Err(
            "the two addresses differ; paste the same checksummed address in both fields".into(),
        );
    }
    Ok(address)
}

/// The keystore password rules, each with whether it is met, in the order shown.
pub fn password_rules(first: &str, second: &str) -> Vec<(String, bool)> {
    let processed = ProcessedPassword::new(first);
    vec![
        (
            format!(
                "at least {MIN_NEW_PASSWORD_CHARS} characters (control characters do not count)"
            ),
            processed.char_count() >= MIN_NEW_PASSWORD_CHARS,
        ),
        (
            "typed the same twice".into(),
            !first.is_empty() && first == second,
        ),
    ]
}

pub fn amount_gwei(text: &str) -> Result<u64, String> {
    parse_ether_amount(text).map_err(|err| err.to_string())
}

pub fn epoch(text: &str) -> Result<u64, String> {
    parse_uint64(text.trim()).ok_or_else(|| {
        format!(
            "\"{}\" is not an epoch: use a whole number from 0 to 18446744073709551615",
            text.trim()
        )
    })
}

/// Splits a pasted list on commas, spaces and new lines.
pub fn list(text: &str) -> Vec<String> {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A passphrase typed twice.
pub fn confirmed_passphrase(first: &str, second: &str) -> Result<(), String> {
    if first == second {
        Ok(())
    } else {
        Err("the two passphrases differ".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_indices() {
        assert_eq!(validator_count("3"), Ok(3));
        assert_eq!(
            validator_count("0").unwrap_err(),
            "the number of validators must be at least 1"
        );
        assert!(validator_count("1001")
            .unwrap_err()
            .starts_with("at most 1000 validators per batch"));
        assert!(validator_count("x").is_err());
        assert_eq!(start_index(" 7 "), Ok(7));
        assert!(start_index("-1").is_err());
    }

    #[test]
    fn key_budget() {
        assert_eq!(key_budget_warning(0, 200, 200), None);
        assert!(key_budget_warning(150, 51, 200)
            .unwrap()
            .contains("up to 200"));
    }

    #[test]
    fn addresses_must_match_and_be_checksummed() {
        let good = "0x0f51bb10119727a7e5eA3538074fb341F56B09Ad";
        assert!(confirmed_address(good, good).is_ok());
        assert_eq!(
            confirmed_address(good, "0x0f51bb10119727a7e5eA3538074fb341F56B09AD").unwrap_err(),
            "the two addresses differ; paste the same checksummed address in both fields"
        );
        assert!(
            confirmed_address(&good.to_lowercase(), &good.to_lowercase())
                .unwrap_err()
                .contains(good)
        );
    }

    #[test]
    fn password_rules_are_reported_as_met_or_not() {
        assert_eq!(
            password_rules("short", "short")
                .iter()
                .map(|r| r.1)
                .collect::<Vec<_>>(),
            [false, true]
        );
        assert_eq!(
            password_rules("long enough pw", "long enough pX")
                .iter()
                .map(|r| r.1)
                .collect::<Vec<_>>(),
            [true, false]
        );
        assert!(password_rules("long enough pw", "long enough pw")
            .iter()
            .all(|r| r.1));
    }

    #[test]
    fn lists_split_on_commas_and_whitespace() {
        assert_eq!(list("1, 2\n3  4"), ["1", "2", "3", "4"]);
        assert!(list(" \n").is_empty());
    }
}

//! A key-budget plan: the practice is a new mnemonic every 200–1,000 signing keys, so that one
//! leaked phrase exposes fewer validators. For an operator who needs `total` keys, the plan
//! says how many mnemonics, which key indices of each, and the label of each bundle, starting
//! with what is left of the mnemonic in use.

use serde::Serialize;

use crate::operations::fields::{DEFAULT_KEY_BUDGET, MAX_KEY_BUDGET};

/// The keys one mnemonic makes: indices `start_index..start_index + count`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MnemonicBatch {
    /// 1 is the mnemonic in use (when it has room left), then each new one.
    pub mnemonic: u32,
    /// Whether this batch needs a new mnemonic.
    pub new_mnemonic: bool,
    pub start_index: u32,
    pub count: u32,
    /// The bundle's name: `mnemonic-2_keys-0-199`.
    pub label: String,
}

/// How `total` keys are spread over mnemonics of `budget` keys each.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct KeyBudgetPlan {
    pub total: u32,
    pub budget: u32,
    pub batches: Vec<MnemonicBatch>,
}

/// The plan for `total` more keys when the mnemonic in use has already made `used` (its next
/// key index). A budget of 0 means the default; one above the maximum counts as the maximum.
pub fn plan_key_budget(total: u32, budget: u32, used: u32) -> KeyBudgetPlan {
    let budget = match budget {
        0 => DEFAULT_KEY_BUDGET,
        budget => budget.min(MAX_KEY_BUDGET),
    };
    let mut batches = Vec::new();
    let mut left = total;
    let mut start = used;
    let mut mnemonic = 1;
    let mut new_mnemonic = false;
    while left > 0 {
        let room = budget.saturating_sub(start);
        if room == 0 {
            mnemonic += 1;
            start = 0;
            new_mnemonic = true;
            continue;
        }
        let count = room.min(left);
        batches.push(MnemonicBatch {
            mnemonic,
            new_mnemonic,
            start_index: start,
            count,
            label: format!("mnemonic-{mnemonic}_keys-{start}-{}", start + count - 1),
        });
        left -= count;
        start += count;
    }
    KeyBudgetPlan {
        total,
        budget,
        batches,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranges(plan: &KeyBudgetPlan) -> Vec<(u32, bool, u32, u32)> {
        plan.batches
            .iter()
            .map(|b| (b.mnemonic, b.new_mnemonic, b.start_index, b.count))
            .collect()
    }

    #[test]
    fn a_thousand_keys_at_two_hundred_a_mnemonic() {
        let plan = plan_key_budget(1000, 200, 0);
        assert_eq!(plan.batches.len(), 5);
        assert!(plan
            .batches
            .iter()
            .all(|b| b.start_index == 0 && b.count == 200));
        assert_eq!(plan.batches[0].label, "mnemonic-1_keys-0-199");
        assert_eq!(plan.batches[4].label, "mnemonic-5_keys-0-199");
        assert_eq!(plan.batches.iter().map(|b| b.count).sum::<u32>(), 1000);
    }

    #[test]
    fn the_mnemonic_in_use_is_filled_first() {
        let plan = plan_key_budget(250, 200, 150);
        assert_eq!(ranges(&plan), [(1, false, 150, 50), (2, true, 0, 200)]);
        // A full mnemonic in use: everything goes to new ones.
        assert_eq!(ranges(&plan_key_budget(10, 200, 200)), [(2, true, 0, 10)]);
        assert_eq!(ranges(&plan_key_budget(10, 200, 900)), [(2, true, 0, 10)]);
    }

    #[test]
    fn budgets_are_kept_within_the_practice() {
        assert_eq!(plan_key_budget(5, 0, 0).budget, DEFAULT_KEY_BUDGET);
        let plan = plan_key_budget(2500, 5000, 0);
        assert_eq!(plan.budget, MAX_KEY_BUDGET);
        assert_eq!(
            ranges(&plan),
            [(1, false, 0, 1000), (2, true, 0, 1000), (3, true, 0, 500)]
        );
        assert!(plan_key_budget(0, 200, 0).batches.is_empty());
    }
}

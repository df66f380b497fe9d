//! Validator imports (beacon API JSON, ethdo offline-preparation.json, CSV):
//! `validator_import::parse_validator_import` on raw bytes.
//!
//! Checks: no panic, hang or OOM; an accepted import lists at least one validator and no
//! validator index twice; `scan_validator_import` hands its sink the same validators.
#![no_main]

use std::collections::HashSet;

use libfuzzer_sys::fuzz_target;
use withdrawal_wallet::{parse_validator_import, scan_validator_import};

fuzz_target!(|data: &[u8]| {
    match parse_validator_import(data) {
        Ok(import) => {
            assert!(!import.validators.is_empty());
            let mut seen = HashSet::new();
            for validator in &import.validators {
                assert!(
                    seen.insert(validator.index),
                    "duplicate {}",
                    validator.index
                );
            }
            let mut scanned = Vec::new();
            let summary = scan_validator_import(data, &mut |v| scanned.push(v))
                .expect("scan accepts what parse accepted");
            assert_eq!(summary.validators_read, import.validators.len());
            assert_eq!(summary.format, import.format);
            assert_eq!(summary.chain, import.chain);
            assert_eq!(scanned, import.validators);
            let _ = import.format.to_string();
        }
        Err(err) => {
            let _ = err.to_string();
        }
    }
});

//! Signed BLS-to-execution-change files: `verify_bls_to_execution_changes` against Holesky.
//!
//! Checks: no panic; one report per entry, in order, each `ok` exactly when it has no problem.
#![no_main]

use libfuzzer_sys::fuzz_target;
use withdrawal_wallet::verify_bls_to_execution_changes;
use withdrawal_wallet::Chain;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let chain = Chain::builtin("holesky").expect("holesky is built in");
    match verify_bls_to_execution_changes(text, &chain) {
        Ok(reports) => {
            assert!(!reports.is_empty());
            for (i, report) in reports.iter().enumerate() {
                assert_eq!(report.index, i);
                assert_eq!(report.ok, report.problems.is_empty());
            }
        }
        Err(err) => {
            let _ = err.to_string();
        }
    }
});

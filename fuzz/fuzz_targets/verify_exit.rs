//! Signed voluntary-exit files: `verify_voluntary_exit` against mainnet, and pasted validator
//! pubkeys: `parse_validator_pubkey`.
//!
//! The exit is checked against two fixed pubkeys: the validator_import test pubkey 0xa1d1ad…,
//! and 0x8844ce…, the signer of tests/vectors/bls_change_and_exit_vectors.json's mainnet exit
//! (so the seed exit reaches the "signature verifies" path).
//! Checks: no panic; a parsed pubkey round-trips through `to_hex`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use withdrawal_wallet::Chain;
use withdrawal_wallet::{parse_validator_pubkey, verify_voluntary_exit};

const PUBKEYS: [&str; 2] = [
    "0xa1d1ad0714035353258038e964ae9675dc0252ee22cea896825c01458e1807bfad2f9969338798548d9858a571f7425c",
    "0x8844cebb34d10e0e57f3c29ada375dafe14762ab85b2e408c3d6d55ce6d03317660bca9f2c2d17d8fbe14a2529ada1ea",
];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let chain = Chain::builtin("mainnet").expect("mainnet is built in");
    for pubkey in PUBKEYS {
        let pubkey = parse_validator_pubkey(pubkey).expect("a valid fixed pubkey");
        match verify_voluntary_exit(text, &chain, &pubkey) {
            Ok(report) => {
                assert_eq!(report.index, 0);
                assert_eq!(report.ok, report.problems.is_empty());
            }
            Err(err) => {
                let _ = err.to_string();
            }
        }
    }
    match parse_validator_pubkey(text) {
        Ok(pubkey) => assert_eq!(parse_validator_pubkey(&pubkey.to_hex()), Ok(pubkey)),
        Err(err) => {
            let _ = err.to_string();
        }
    }
});

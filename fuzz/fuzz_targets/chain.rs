//! Chain descriptions: `ChainInput` JSON -> `resolve`, `Chain::custom`, `Chain::builtin`, and
//! the three signing domains of any chain that resolves.
//!
//! Checks: no panic; a `ChainInput` serialises and deserialises back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use withdrawal_wallet::chain::{Chain, ChainInput};

fn domains(chain: &Chain) {
    let _ = chain.deposit_domain();
    let _ = chain
        .bls_to_execution_change_domain()
        .map_err(|e| e.to_string());
    let _ = chain.voluntary_exit_domain().map_err(|e| e.to_string());
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };

    if let Ok(input) = serde_json::from_str::<ChainInput>(text) {
        let json = serde_json::to_string(&input).expect("a ChainInput serialises");
        let again: ChainInput = serde_json::from_str(&json).expect("ChainInput JSON reads back");
        assert_eq!(again, input, "ChainInput changed in a JSON round trip");
        match input.resolve() {
            Ok(chain) => domains(&chain),
            Err(err) => {
                let _ = err.to_string();
            }
        }
    }

    let mut parts = text.splitn(4, '\n');
    let mut next = || parts.next().unwrap_or("");
    let (a, b, c, d) = (next(), next(), next(), next());
    for root in [Some(d), None] {
        match Chain::custom(a, b, c, root) {
            Ok(chain) => {
                assert_eq!(chain.name, a.trim());
                assert!(!chain.name.is_empty());
                domains(&chain);
            }
            Err(err) => {
                let _ = err.to_string();
            }
        }
    }
    match Chain::builtin(a) {
        Ok(chain) => domains(&chain),
        Err(err) => {
            let _ = err.to_string();
        }
    }
});

//! Chain descriptions: `ChainInput` JSON -> `resolve`, `Chain::custom`, `Chain::builtin`, and
//! the three signing domains of any chain that resolves.
//!
//! Checks: no panic; a `ChainInput` serialises and deserialises back to itself; a custom
//! chain that resolves either keeps its own name and shares no value with any built-in chain,
//! or is exactly that built-in chain (its name, multiplier and real-value flag too).
#![no_main]

use libfuzzer_sys::fuzz_target;
use withdrawal_wallet::{Chain, ChainInput, BUILTIN_CHAIN_NAMES};

/// The identity rule: a resolved custom chain is a built-in one whole, or shares nothing.
fn check_identity(chain: &Chain, name: &str) {
    for builtin in BUILTIN_CHAIN_NAMES {
        let builtin = Chain::builtin(builtin).expect("built-in chains resolve");
        let shares = chain.genesis_fork_version == builtin.genesis_fork_version
            || chain.capella_fork_version == builtin.capella_fork_version
            || chain.genesis_validators_root == builtin.genesis_validators_root;
        if shares {
            assert_eq!(chain, &builtin, "a chain sharing values with {} is not it", builtin.name);
            return;
        }
    }
    assert_eq!(chain.name, name.trim());
    assert!(!chain.name.is_empty());
    assert_eq!((chain.deposit_multiplier, chain.real_value), (1, false));
}

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
                check_identity(&chain, a);
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

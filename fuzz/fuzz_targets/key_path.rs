//! EIP-2334 key paths (`KeyPath::from_str`) and typed key indices (`parse_key_index`).
//!
//! Checks: no panic; a parsed path prints as a string that parses back to the same path;
//! a parsed index prints as a string that parses back to the same index.
#![no_main]

use libfuzzer_sys::fuzz_target;
use withdrawal_wallet::KeyPath;
use withdrawal_wallet::parse_key_index;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match text.parse::<KeyPath>() {
        Ok(path) => {
            let printed = path.to_string();
            assert_eq!(printed.parse::<KeyPath>(), Ok(path.clone()), "{printed}");
            assert_eq!(path.indices().count(), printed.matches('/').count());
            let _ = format!("{path:?}");
        }
        Err(err) => {
            let _ = err.to_string();
        }
    }
    match parse_key_index(text) {
        Ok(index) => assert_eq!(parse_key_index(&index.to_string()), Ok(index)),
        Err(err) => {
            let _ = err.to_string();
        }
    }
});

//! EIP-2335 keystore files: `keystore_json::from_json`, then `Keystore::decrypt`.
//!
//! Checks: no panic, hang or OOM on any UTF-8 text; a parsed keystore survives `to_json` ->
//! `from_json` unchanged; KDF parameters that `Kdf::validate` refuses are refused by
//! `decrypt` as `UnsafeKdf` (never run); a successful decrypt returns the stated pubkey's key.
#![no_main]

use libfuzzer_sys::fuzz_target;
use withdrawal_wallet::{Kdf, KeystoreError};
use withdrawal_wallet::{
    keystore_from_json as from_json, keystore_to_json as to_json, MAX_KEYSTORE_BYTES,
};

/// EIP-2335's test vector password (NFKD makes it "testpassword🔑").
const EIP2335_TEST_PASSWORD: &str = "𝔱𝔢𝔰𝔱𝔭𝔞𝔰𝔰𝔴𝔬𝔯𝔡🔑";
const PASSWORDS: [&str; 2] = ["fuzz password", EIP2335_TEST_PASSWORD];

/// The library accepts scrypt up to 1 GiB (128·n·r·p) and PBKDF2 up to 2^24 rounds: seconds
/// per call by design, which would only show up as libFuzzer timeouts. The KDF runs only
/// below these fuzzing budgets; parameters above them are still parsed and validated.
const MAX_FUZZ_SCRYPT_NRP: u64 = 1 << 11;
const MAX_FUZZ_PBKDF2_C: u64 = 1 << 11;

fn cheap_enough(kdf: &Kdf) -> bool {
    match kdf {
        Kdf::Scrypt { n, r, p, .. } => n
            .checked_mul(*r)
            .and_then(|v| v.checked_mul(*p))
            .is_some_and(|work| work <= MAX_FUZZ_SCRYPT_NRP),
        Kdf::Pbkdf2 { c, .. } => *c <= MAX_FUZZ_PBKDF2_C,
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let keystore = match from_json(text) {
        Ok(keystore) => keystore,
        Err(err) => {
            let _ = err.to_string();
            return;
        }
    };

    // Writing a keystore we read and reading it back must give the same keystore.
    let json = to_json(&keystore).expect("a parsed keystore serialises");
    if json.len() <= MAX_KEYSTORE_BYTES {
        let again = from_json(&json).expect("to_json output parses with from_json");
        assert_eq!(
            again, keystore,
            "keystore changed in a to_json/from_json round trip"
        );
    }

    let validated = keystore.kdf.validate();
    if let Err(err) = &validated {
        let _ = err.to_string();
    }
    if validated.is_ok() && !cheap_enough(&keystore.kdf) {
        return;
    }
    for password in PASSWORDS {
        match keystore.decrypt(password) {
            Ok(secret_key) => {
                assert!(
                    validated.is_ok(),
                    "decrypted with a KDF that validate() refuses"
                );
                assert_eq!(
                    secret_key.public_key(),
                    keystore.pubkey,
                    "decrypt returned a key that is not the keystore's pubkey"
                );
            }
            Err(err) => {
                if validated.is_err() {
                    assert!(
                        matches!(err, KeystoreError::UnsafeKdf(_)),
                        "a KDF refused by validate() gave {err:?}, not UnsafeKdf"
                    );
                }
                let _ = err.to_string();
            }
        }
    }
});

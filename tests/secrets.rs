//! Secret hygiene: every type that holds secret material prints `[REDACTED]` under `{:?}`, and
//! no error message carries the secret it was about (a mistyped mnemonic word, a password).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use withdrawal_wallet::Mnemonic;
use withdrawal_wallet::SecretKey;
use withdrawal_wallet::{DerivedKey, Kdf, ProcessedPassword};

const ABANDON_ART: &str = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \
    abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art";
const PASSWORD: &str = "correct horse battery staple";

fn assert_redacted(printed: String, secrets: &[&str]) {
    assert!(printed.contains("[REDACTED]"), "{printed}");
    for secret in secrets {
        assert!(!printed.contains(secret), "{printed} shows {secret}");
    }
}

#[test]
fn every_secret_type_prints_redacted() {
    let mnemonic = Mnemonic::parse(ABANDON_ART, None).unwrap();
    assert_redacted(format!("{mnemonic:?}"), &["abandon", "art"]);
    let seed = mnemonic.to_seed("a passphrase");
    let seed_hex = hex::encode(seed.as_bytes());
    assert_redacted(format!("{seed:?}"), &[&seed_hex[..16], "passphrase"]);
    let master = SecretKey::derive_master_sk(seed.as_bytes()).unwrap();
    let master_hex = hex::encode(*master.to_bytes());
    assert_redacted(format!("{master:?}"), &[&master_hex[..16]]);
    let password = ProcessedPassword::new(PASSWORD);
    assert_redacted(format!("{password:?}"), &["horse"]);
    let derived: DerivedKey = Kdf::Pbkdf2 {
        c: 2,
        salt: vec![7; 32],
    }
    .derive_key(&password)
    .unwrap();
    assert_redacted(format!("{derived:?}"), &[]);
}

#[test]
fn errors_name_the_problem_not_the_secret() {
    let typo = ABANDON_ART.replace("art", "arrt");
    let err = Mnemonic::parse(&typo, None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "word #24 is not in the BIP39 wordlist; check its spelling"
    );
    assert!(!format!("{err:?}").contains("arrt"));

    let keystore = withdrawal_wallet::keystore_from_json(
        &serde_json::json!({
            "crypto": {
                "kdf": {"function": "pbkdf2", "params": {"dklen": 32, "c": 2, "prf": "hmac-sha256", "salt": "07".repeat(32)}, "message": ""},
                "checksum": {"function": "sha256", "params": {}, "message": "00".repeat(32)},
                "cipher": {"function": "aes-128-ctr", "params": {"iv": "00".repeat(16)}, "message": "00".repeat(32)}
            },
            "description": "", "pubkey": "a1d1ad0714035353258038e964ae9675dc0252ee22cea896825c01458e1807bfad2f9969338798548d9858a571f7425c", "path": "m/12381/3600/0/0/0", "uuid": "1d85ae20-35c5-4611-98e8-aa14a633906f", "version": 4
        })
        .to_string(),
    )
    .unwrap();
    let err = keystore.decrypt(PASSWORD).unwrap_err();
    assert!(!err.to_string().contains("horse"), "{err}");
    assert!(!format!("{err:?}").contains("horse"), "{err:?}");
}

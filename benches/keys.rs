//! Criterion benchmarks of the native core: one scrypt keystore, and key derivation per validator.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{criterion_group, criterion_main, Criterion};
use withdrawal_wallet::derive_validator_keys;
use withdrawal_wallet::Mnemonic;
use withdrawal_wallet::{create_keystores, KdfChoice, KeystoreRandomness, KeystoreRequest};

const ABANDON_ART: &str = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \
    abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art";

fn randomness() -> KeystoreRandomness {
    KeystoreRandomness {
        salts: vec![[1; 32]],
        ivs: vec![[2; 16]],
        uuids: vec![[3; 16]],
    }
}

fn benches(c: &mut Criterion) {
    let seed = Mnemonic::parse(ABANDON_ART, None).unwrap().to_seed("");
    let mut group = c.benchmark_group("keystore");
    group.sample_size(10);
    group.bench_function("scrypt n=2^18, 1 keystore", |b| {
        b.iter(|| {
            let request = KeystoreRequest {
                seed: &seed,
                start_index: 0,
                count: 1,
                password: "benchmark password",
                kdf: KdfChoice::Scrypt,
                independent_salts: false,
                timestamp: 0,
            };
            create_keystores(&request, &randomness()).unwrap()
        })
    });
    group.finish();

    c.bench_function("derive 100 validators (signing + withdrawal keys)", |b| {
        b.iter(|| derive_validator_keys(&seed, 0, 100).unwrap())
    });
    c.bench_function("mnemonic to seed (BIP39 PBKDF2, 2048 rounds)", |b| {
        let mnemonic = Mnemonic::parse(ABANDON_ART, None).unwrap();
        b.iter(|| mnemonic.to_seed(""))
    });
}

criterion_group!(keys, benches);
criterion_main!(keys);

//! The native half of `scripts/bench.sh`: the same operations the browser half times, printed
//! as one JSON object of milliseconds (median of several runs), so both land in one table.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use withdrawal_wallet::derive_validator_keys;
use withdrawal_wallet::Chain;
use withdrawal_wallet::ExecutionAddress;
use withdrawal_wallet::ImportedValidator;
use withdrawal_wallet::Mnemonic;
use withdrawal_wallet::{create_bls_to_execution_changes, BlsChangeRequest};
use withdrawal_wallet::{create_deposit_data, DepositRequest, Withdrawal};
use withdrawal_wallet::{create_keystores, KdfChoice, KeystoreRandomness, KeystoreRequest};
use withdrawal_wallet::{find_validators, search_import, KeyTable};

const ABANDON_ART: &str = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \
    abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art";

fn median_ms(runs: usize, mut work: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

/// About mainnet's validator count in 2026.
const MAINNET_VALIDATORS: usize = 1_100_000;

/// A beacon API response of `count` validators in the API's exact layout (the same generator
/// as benches/browser/app_bench.mjs).
fn mainnet_sized_import(count: usize) -> String {
    let mut out = String::with_capacity(count * 430 + 64);
    out.push_str(r#"{"execution_optimistic":false,"finalized":true,"data":["#);
    for n in 0..count {
        if n > 0 {
            out.push(',');
        }
        let byte = |salt: usize| {
            format!(
                "{:02x}",
                (n.wrapping_mul(2654435761).wrapping_add(salt)) % 251
            )
        };
        let pubkey = byte(1).repeat(48);
        let credentials = format!("{:02x}{}", n % 3, byte(2).repeat(31));
        out.push_str(&format!(
            r#"{{"index":"{n}","balance":"32000000000","status":"active_ongoing","validator":{{"pubkey":"0x{pubkey}","withdrawal_credentials":"0x{credentials}","effective_balance":"32000000000","slashed":false,"activation_eligibility_epoch":"0","activation_epoch":"0","exit_epoch":"18446744073709551615","withdrawable_epoch":"18446744073709551615"}}}}"#
        ));
    }
    out.push_str("]}");
    out
}

fn main() {
    // `cargo bench` passes `--bench`; this harness takes no options.
    let seed = Mnemonic::parse(ABANDON_ART, None).unwrap().to_seed("");
    let scrypt_keystore = median_ms(5, || {
        let request = KeystoreRequest {
            seed: &seed,
            start_index: 0,
            count: 1,
            password: "benchmark password",
            kdf: KdfChoice::Scrypt,
            independent_salts: false,
            timestamp: 0,
        };
        let randomness = KeystoreRandomness {
            salts: vec![[1; 32]],
            ivs: vec![[2; 16]],
            uuids: vec![[3; 16]],
        };
        create_keystores(&request, &randomness).unwrap();
    });
    let keystores_100 = |independent_salts: bool| {
        let request = KeystoreRequest {
            seed: &seed,
            start_index: 0,
            count: 100,
            password: "benchmark password",
            kdf: KdfChoice::Scrypt,
            independent_salts,
            timestamp: 0,
        };
        let randomness = KeystoreRandomness {
            salts: (0..100u8).map(|i| [i; 32]).collect(),
            ivs: vec![[2; 16]; 100],
            uuids: vec![[3; 16]; 100],
        };
        median_ms(1, || {
            create_keystores(&request, &randomness).unwrap();
        })
    };
    let keystores_100_batch = keystores_100(false);
    let keystores_100_independent = keystores_100(true);
    let derive_per_validator = median_ms(5, || {
        derive_validator_keys(&seed, 0, 100).unwrap();
    }) / 100.0;
    let chain = Chain::builtin("mainnet").unwrap();
    let address =
        ExecutionAddress::parse_checksummed("0x0f51bb10119727a7e5eA3538074fb341F56B09Ad").unwrap();
    let deposits_1000 = median_ms(3, || {
        let request = DepositRequest {
            seed: &seed,
            start_index: 0,
            count: 1000,
            chain: &chain,
            withdrawal: Withdrawal::Compounding(address),
            amount: None,
            allow_bls_credentials: false,
            timestamp: 0,
        };
        create_deposit_data(&request).unwrap();
    });
    let keys = derive_validator_keys(&seed, 0, 1000).unwrap();
    let validators: Vec<u64> = (0..1000).map(|i| 500_000 + i).collect();
    let credentials: Vec<[u8; 32]> = keys.iter().map(|k| k.bls_withdrawal_credentials).collect();
    let key_indices: Vec<u32> = (0..1000).collect();
    let bls_changes_1000 = median_ms(3, || {
        let request = BlsChangeRequest {
            seed: &seed,
            chain: &chain,
            key_indices: &key_indices,
            validator_indices: &validators,
            bls_withdrawal_credentials: &credentials,
            execution_address: address,
            timestamp: 0,
        };
        create_bls_to_execution_changes(&request).unwrap();
    });
    // Find my validators: derive 1,024 key indices, then read a mainnet-sized import.
    let stranger = ImportedValidator {
        index: 1,
        pubkey: Some([0x11; 48]),
        withdrawal_credentials: [0x22; 32],
        status: None,
    };
    let search_1024_keys = median_ms(3, || {
        find_validators(&seed, 0, 1024, std::slice::from_ref(&stranger)).unwrap();
    });
    let import = mainnet_sized_import(MAINNET_VALIDATORS);
    let table = KeyTable::from_validator_keys(&derive_validator_keys(&seed, 0, 1024).unwrap());
    let import_scan = median_ms(3, || {
        let result = search_import(import.as_bytes(), &table, &mut |_| {}).unwrap();
        assert_eq!(result.validators_read, MAINNET_VALIDATORS);
    });
    println!(
        "{{\"scrypt_keystore_ms\": {scrypt_keystore:.2}, \"keystores_100_batch_ms\": {keystores_100_batch:.1}, \"keystores_100_independent_ms\": {keystores_100_independent:.1}, \"derive_per_validator_ms\": {derive_per_validator:.3}, \"deposits_1000_ms\": {deposits_1000:.1}, \"bls_changes_1000_ms\": {bls_changes_1000:.1}, \"search_1024_keys_ms\": {search_1024_keys:.1}, \"import_scan_ms\": {import_scan:.1}, \"import_validators\": {MAINNET_VALIDATORS}, \"import_bytes\": {}}}",
        import.len()
    );
}

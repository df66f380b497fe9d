//! Option objects: any JSON read as a `Request` (what the package's options and the workers'
//! jobs become), strictly; requests that read are checked by running those whose work is
//! cheap whatever their values.
//!
//! Checks: no panic; every refusal carries a known code and a message no longer than 2 KB (a
//! value is never echoed whole); a request that reads serialises and reads back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use withdrawal_wallet::{request_from_json, run, Context, ErrorCode, Request, WalletError};

fn check_error(err: &WalletError) {
    assert!(ErrorCode::ALL.contains(&err.code));
    assert!(err.message.len() <= 2048, "{} bytes of message", err.message.len());
}

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let request: Request = match request_from_json(value) {
        Ok(request) => request,
        Err(err) => {
            check_error(&err);
            return;
        }
    };
    let json = serde_json::to_value(&request).expect("a request serialises");
    let again: Request = request_from_json(json).expect("a request reads back");
    assert_eq!(again, request);
    // Only requests whose cost is bounded by their checks, not their values: verifying a
    // file (at most 1 MiB) and looking at a chain. Key derivation and KDFs would only time out.
    // A verify request carrying a mnemonic derives up to 100,000 keys: not cheap, left out.
    if let Request::VerifyFile(verify) = &request {
        if verify.mnemonic.is_some() {
            return;
        }
        let mut context = Context {
            now: 0,
            on_progress: &mut |_| {},
            import: None,
            shared_salt: None,
        };
        if let Err(err) = run(&request, &mut context) {
            check_error(&err);
        }
    }
});

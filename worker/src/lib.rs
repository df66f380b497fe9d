//! The protocol between the page and its Web Workers: a job is a core request (plus the
//! batch's shared salt when several workers make one batch), and the replies are progress,
//! the core's response, or the core's error as data. `run_job` is the whole dispatch; it is
//! tested natively, and `serve` only wires it to `postMessage`.

use serde::{Deserialize, Serialize};
use withdrawal_wallet::{run, Context, Phase, Progress, Request, Response, WalletError};

/// One job: a request, and for a pool's share of a keystore batch, the batch's one salt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Job {
    pub request: Request,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "salt")]
    pub shared_salt: Option<[u8; 32]>,
    /// Unix seconds, for file names when the request gives no timestamp.
    pub now: u64,
}

/// The salt as 0x-hex.
mod salt {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        salt: &Option<[u8; 32]>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match salt {
            Some(salt) => serializer.serialize_str(&format!("0x{}", hex::encode(salt))),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<[u8; 32]>, D::Error> {
        let Some(text) = Option::<String>::deserialize(deserializer)? else {
            return Ok(None);
        };
        let mut salt = [0u8; 32];
        hex::decode_to_slice(text.trim_start_matches("0x"), &mut salt)
            .map_err(serde::de::Error::custom)?;
        Ok(Some(salt))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reply {
    /// The worker's wasm is initialised and listening: the page may send the job now
    /// (a message sent earlier would reach no handler).
    Ready,
    Progress(Progress),
    Done {
        response: Response,
    },
    Failed {
        error: WalletError,
    },
}

/// Which progress replies go to the page: a phase's first step, its last, and otherwise one
/// every [`ProgressGate::INTERVAL_MS`]. The core reports every step (3,000 for 1,000
/// validators' keys), and each reply makes the page render on a core the workers need.
#[derive(Debug, Default)]
pub struct ProgressGate {
    last: Option<(Phase, f64)>,
}

impl ProgressGate {
    /// Ten updates a second per worker: smooth for a progress bar, negligible for the page.
    pub const INTERVAL_MS: f64 = 100.0;

    /// Whether `progress`, reported at `now_ms`, is to be posted.
    pub fn admit(&mut self, progress: &Progress, now_ms: f64) -> bool {
        let last_step = progress.total > 0 && progress.done >= progress.total;
        let due = self
            .last
            .is_none_or(|(phase, at)| phase != progress.phase || now_ms - at >= Self::INTERVAL_MS);
        if due || last_step {
            self.last = Some((progress.phase, now_ms));
        }
        due || last_step
    }
}

/// Reads a job's JSON text strictly (as the package reads its options).
pub fn read_job(text: &str) -> Result<Job, WalletError> {
    let value = withdrawal_wallet::parse_strict_json(text).map_err(WalletError::from)?;
    withdrawal_wallet::request_from_json(value)
}

/// Runs one job, calling `report` with progress as it goes; returns the final reply.
pub fn run_job(job: &Job, import: Option<&[u8]>, report: &mut dyn FnMut(Reply)) -> Reply {
    let result = run(
        &job.request,
        &mut Context {
            now: job.now,
            on_progress: &mut |progress| report(Reply::Progress(progress)),
            import,
            shared_salt: job.shared_salt,
        },
    );
    match result {
        Ok(response) => Reply::Done { response },
        Err(error) => Reply::Failed { error },
    }
}

/// The worker's side of the protocol, run by the app's wasm when it starts in a Web Worker:
/// each message is one JSON `Job` (or [text, Blob] when an imported file comes with it);
/// progress and the result go back as JSON `Reply`s, and `Reply::Ready` once it listens. The
/// page terminates the worker to cancel.
#[cfg(target_arch = "wasm32")]
pub fn serve() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{Blob, DedicatedWorkerGlobalScope, FileReaderSync, MessageEvent};

    /// A file's bytes, refused by size before any is read.
    fn read_blob(blob: Blob) -> Result<Vec<u8>, WalletError> {
        withdrawal_wallet::check_import_size(blob.size() as usize)
            .map_err(|err| WalletError::from(err).at("import"))?;
        let reader = FileReaderSync::new()
            .map_err(|_| WalletError::internal("the worker cannot read files"))?;
        let buffer = reader
            .read_as_array_buffer(&blob)
            .map_err(|_| WalletError::internal("the browser could not read the file"))?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let post = move |reply: &Reply| {
        if let Ok(text) = serde_json::to_string(reply) {
            // A failed post means the page is gone; there is no one left to tell.
            let _ = replies.post_message(&JsValue::from_str(&text));
        }
    };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        // A job is its JSON text, or [text, Blob] when a file comes with it.
        let data = event.data();
        let (text, file) = if js_sys::Array::is_array(&data) {
            let parts = js_sys::Array::from(&data);
            (
                parts.get(0).as_string(),
                parts.get(1).dyn_into::<Blob>().ok(),
            )
        } else {
            (data.as_string(), None)
        };
        let import = match file.map(read_blob).transpose() {
            Ok(bytes) => bytes,
            Err(error) => {
                post(&Reply::Failed { error });
                return;
            }
        };
        // The job's text holds the mnemonic or a password: zeroed once read.
        let text = zeroize::Zeroizing::new(text.unwrap_or_default());
        let mut gate = ProgressGate::default();
        let mut report = |reply: Reply| {
            let admitted = match &reply {
                Reply::Progress(progress) => gate.admit(progress, js_sys::Date::now()),
                _ => true,
            };
            if admitted {
                post(&reply);
            }
        };
        let reply = match read_job(&text) {
            Ok(job) => run_job(&job, import.as_deref(), &mut report),
            Err(error) => Reply::Failed { error },
        };
        post(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    if let Ok(text) = serde_json::to_string(&Reply::Ready) {
        let _ = scope.post_message(&JsValue::from_str(&text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use withdrawal_wallet::{
        ChainInput, CreateValidatorKeys, DeriveKeys, ErrorCode, FindValidators, KdfChoice, Phase,
        SecretText, VerifyFile, WithdrawalInput,
    };

    const ABANDON_ART: &str = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \
        abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art";

    fn validator_keys(count: u32) -> CreateValidatorKeys {
        CreateValidatorKeys {
            mnemonic: SecretText::new(ABANDON_ART),
            passphrase: SecretText::default(),
            language: None,
            start_index: 0,
            count,
            chain: ChainInput::name("hoodi"),
            withdrawal: WithdrawalInput::Compounding {
                address: "0x0f51bb10119727a7e5eA3538074fb341F56B09Ad".into(),
            },
            amount: None,
            allow_bls_credentials: false,
            acknowledge_public_mnemonic: false,
            password: SecretText::new("worker test password"),
            kdf: KdfChoice::Pbkdf2,
            independent_salts: false,
            timestamp: Some(7),
        }
    }

    #[test]
    fn progress_is_posted_per_phase_and_interval_and_always_at_the_end() {
        let step = |phase, done| Progress {
            phase,
            done,
            total: 10,
        };
        let mut gate = ProgressGate::default();
        let posted: Vec<(u64, f64)> = [
            (Phase::Deriving, 1, 0.0),
            (Phase::Deriving, 2, 50.0),
            (Phase::Deriving, 3, 99.0),
            (Phase::Deriving, 4, 100.0),
            (Phase::Keystores, 5, 120.0),
            (Phase::Keystores, 6, 150.0),
            (Phase::Keystores, 10, 160.0),
        ]
        .into_iter()
        .filter(|&(phase, done, at)| gate.admit(&step(phase, done), at))
        .map(|(_, done, at)| (done, at))
        .collect();
        assert_eq!(posted, [(1, 0.0), (4, 100.0), (5, 120.0), (10, 160.0)]);
        // A search's open-ended count (total 0) is throttled like the rest.
        let mut gate = ProgressGate::default();
        let open = |done| Progress {
            phase: Phase::Deriving,
            done,
            total: 0,
        };
        assert!(gate.admit(&open(1), 0.0));
        assert!(!gate.admit(&open(2), 10.0));
    }

    #[test]
    fn no_job_prints_its_secrets() {
        let job = Job {
            request: Request::CreateValidatorKeys(validator_keys(1)),
            shared_salt: None,
            now: 1,
        };
        let printed = format!("{job:?}");
        assert!(
            !printed.contains("abandon") && !printed.contains("worker test"),
            "{printed}"
        );
        assert!(printed.contains("[REDACTED]"), "{printed}");
    }

    #[test]
    fn jobs_round_trip_as_json_and_unknown_keys_are_refused() {
        let job = Job {
            request: Request::DeriveKeys(DeriveKeys {
                mnemonic: SecretText::new(ABANDON_ART),
                passphrase: SecretText::default(),
                language: None,
                start_index: 0,
                count: 1,
            }),
            shared_salt: Some([0xab; 32]),
            now: 1,
        };
        let text = serde_json::to_string(&job).unwrap();
        assert!(text.contains("\"operation\":\"derive_keys\""), "{text}");
        assert_eq!(read_job(&text).unwrap(), job);
        let misspelt = text.replace("startIndex", "startIndx");
        let err = read_job(&misspelt).unwrap_err();
        assert_eq!(err.code, ErrorCode::OptionUnknown);
        assert_eq!(err.field.as_deref(), Some("request.startIndx"));
    }

    #[test]
    fn validator_keys_job_reports_progress_and_uses_the_shared_salt() {
        let job = Job {
            request: Request::CreateValidatorKeys(validator_keys(2)),
            shared_salt: Some([0xab; 32]),
            now: 1,
        };
        let mut phases = Vec::new();
        let reply = run_job(&job, None, &mut |reply| {
            if let Reply::Progress(progress) = reply {
                phases.push(progress);
            }
        });
        let Reply::Done {
            response: Response::Files(files),
        } = reply
        else {
            panic!("{reply:?}")
        };
        let names: Vec<&str> = files.iter().map(|f| f.file_name.as_str()).collect();
        assert_eq!(
            names,
            [
                "keystore-m_12381_3600_0_0_0-7.json",
                "keystore-m_12381_3600_1_0_0-7.json",
                "deposit_data-7.json"
            ]
        );
        let last = phases.last().unwrap();
        assert_eq!(
            (last.phase, last.done, last.total),
            (Phase::Keystores, 6, 6)
        );
        assert!(phases.iter().all(|p| p.total == 6));
        let keystore: serde_json::Value = serde_json::from_str(&files[0].json).unwrap();
        assert_eq!(keystore["crypto"]["kdf"]["params"]["salt"], "ab".repeat(32));
    }

    #[test]
    fn a_search_reads_its_attachment_and_sends_back_only_matches() {
        let keys = withdrawal_wallet::derive_validator_keys(
            &withdrawal_wallet::Mnemonic::parse(ABANDON_ART, None)
                .unwrap()
                .to_seed(""),
            0,
            4,
        )
        .unwrap();
        let csv = format!(
            "41,0x{}\n42,0x01{}\n",
            hex::encode(keys[3].bls_withdrawal_credentials),
            "00".repeat(31)
        );
        let search = |import: Option<String>| Job {
            request: Request::FindValidators(FindValidators {
                mnemonic: SecretText::new(ABANDON_ART),
                passphrase: SecretText::default(),
                language: None,
                start_key_index: 0,
                max_key_index: 3,
                validators: None,
                import,
                chain: None,
            }),
            shared_salt: None,
            now: 1,
        };
        let Reply::Done {
            response: Response::Found(found),
        } = run_job(&search(None), Some(csv.as_bytes()), &mut |_| {})
        else {
            panic!()
        };
        assert_eq!(found.validators_read, 2);
        assert_eq!(found.found.len(), 1);
        assert_eq!(
            (found.found[0].validator_index, found.found[0].key_index),
            (41, 3)
        );
        assert!(found.found[0].can_change_withdrawal_address());
        // The reply holds the match, not the keys derived.
        let reply = serde_json::to_string(&Reply::Done {
            response: Response::Found(found),
        })
        .unwrap();
        assert!(!reply.contains(&keys[0].signing_pubkey.to_hex()[2..]));

        let Reply::Failed { error } = run_job(
            &search(Some(csv.clone())),
            Some(csv.as_bytes()),
            &mut |_| {},
        ) else {
            panic!()
        };
        assert_eq!(error.code, ErrorCode::ImportSourceConflict);
    }

    #[test]
    fn a_verify_job_with_the_mnemonic_sends_back_key_indices_not_keys() {
        let seed = withdrawal_wallet::Mnemonic::parse(ABANDON_ART, None)
            .unwrap()
            .to_seed("");
        let hoodi = withdrawal_wallet::Chain::builtin("hoodi").unwrap();
        let exits =
            withdrawal_wallet::create_voluntary_exits(&seed, &hoodi, &[2], &[9], 1, 1).unwrap();
        let keys = withdrawal_wallet::derive_validator_keys(&seed, 0, 3).unwrap();
        let job = Job {
            request: Request::VerifyFile(VerifyFile {
                json: exits[0].json.clone(),
                kind: None,
                chain: ChainInput::name("hoodi"),
                pubkey: Some(keys[2].signing_pubkey.to_hex()),
                keystore: None,
                expected_address: None,
                mnemonic: Some(SecretText::new(ABANDON_ART)),
                passphrase: SecretText::default(),
                language: None,
                key_count: Some(3),
            }),
            shared_salt: None,
            now: 1,
        };
        let reply = run_job(&job, None, &mut |_| {});
        let Reply::Done {
            response: Response::Verified(verification),
        } = &reply
        else {
            panic!("{reply:?}")
        };
        assert_eq!(
            verification.entries[0].key_matches.as_deref(),
            Some(
                &[withdrawal_wallet::KeyMatch {
                    key: withdrawal_wallet::KeyRole::Signing,
                    key_index: Some(2)
                }][..]
            )
        );
        // Only the key the file names (given with the request) is in the reply.
        let text = serde_json::to_string(&reply).unwrap();
        for other in [&keys[0], &keys[1]] {
            assert!(!text.contains(&other.signing_pubkey.to_hex()[2..]));
            assert!(!text.contains(&other.withdrawal_pubkey.to_hex()[2..]));
        }
        assert!(!text.contains(&keys[2].withdrawal_pubkey.to_hex()[2..]));
    }

    /// A proof of withdrawal-address ownership: the review, then the file, as the page's
    /// jobs carry them (a read job from JSON, strictly).
    #[test]
    fn an_ownership_proof_job_reviews_then_signs() {
        let job = |operation: &str| {
            read_job(
                &serde_json::json!({
                    "request": {
                        "operation": operation,
                        "mnemonic": ABANDON_ART,
                        "keyIndex": 2,
                        "chain": "hoodi",
                        "validatorIndex": "123456",
                        "executionAddress": "0x0f51bb10119727a7e5eA3538074fb341F56B09Ad",
                        "timestamp": 7,
                    },
                    "now": 1,
                })
                .to_string(),
            )
            .unwrap()
        };
        let keys = withdrawal_wallet::derive_validator_keys(
            &withdrawal_wallet::Mnemonic::parse(ABANDON_ART, None)
                .unwrap()
                .to_seed(""),
            2,
            1,
        )
        .unwrap();
        let Reply::Done {
            response: Response::OwnershipProofReview(review),
        } = run_job(&job("review_ownership_proof"), None, &mut |_| {})
        else {
            panic!()
        };
        assert_eq!(review.key_index, Some(2));
        assert_eq!(review.pubkey, keys[0].signing_pubkey.to_hex());
        let mut phases = Vec::new();
        let reply = run_job(&job("create_ownership_proof"), None, &mut |reply| {
            if let Reply::Progress(progress) = reply {
                phases.push(progress.phase);
            }
        });
        let Reply::Done {
            response: Response::File(file),
        } = reply
        else {
            panic!("{reply:?}")
        };
        assert_eq!(
            file.file_name,
            "bls_to_execution_change_keystore_signature-123456-7.json"
        );
        assert!(file.json.contains("\"validator_index\": 123456}"));
        assert_eq!(phases.last(), Some(&Phase::Signing));
        // The file checks out against the key index's signing pubkey.
        let hoodi = withdrawal_wallet::Chain::builtin("hoodi").unwrap();
        let report = withdrawal_wallet::verify_bls_to_execution_change_keystore(
            &file.json,
            &hoodi,
            &keys[0].signing_pubkey,
        )
        .unwrap();
        assert!(report.ok, "{:?}", report.problems);
    }

    /// A hand-off as the page runs it: the review opens nothing; the keymanager import, once
    /// acknowledged, comes back with its curl command after every keystore was opened.
    #[test]
    fn a_hand_off_job_reviews_then_makes_the_keymanager_import() {
        let Reply::Done {
            response: Response::Files(keystores),
        } = run_job(
            &read_job(
                &serde_json::json!({
                    "request": {
                        "operation": "create_keystores",
                        "mnemonic": ABANDON_ART,
                        "startIndex": 0,
                        "count": 2,
                        "password": "hand-off password",
                        "kdf": "pbkdf2",
                    },
                    "now": 1,
                })
                .to_string(),
            )
            .unwrap(),
            None,
            &mut |_| {},
        )
        else {
            panic!()
        };
        let job = |operation: &str, acknowledged: bool| {
            read_job(
                &serde_json::json!({
                    "request": {
                        "operation": operation,
                        "keystores": keystores.iter().map(|file| file.json.clone()).collect::<Vec<_>>(),
                        "password": "hand-off password",
                        "chain": "hoodi",
                        "destination": {"kind": "keymanager_api", "acknowledgePasswordsInFile": acknowledged},
                    },
                    "now": 9,
                })
                .to_string(),
            )
            .unwrap()
        };
        let Reply::Done {
            response: Response::HandOffReview(review),
        } = run_job(&job("review_signer_hand_off", false), None, &mut |_| {})
        else {
            panic!()
        };
        assert_eq!(review.keys.len(), 2);
        assert_eq!(review.destination, "keymanager_api");
        let Reply::Failed { error } =
            run_job(&job("create_signer_hand_off", false), None, &mut |_| {})
        else {
            panic!()
        };
        assert_eq!(error.code, ErrorCode::HandOffPasswordsNotAcknowledged);
        let mut phases = Vec::new();
        let reply = run_job(&job("create_signer_hand_off", true), None, &mut |reply| {
            if let Reply::Progress(progress) = reply {
                phases.push((progress.phase, progress.done));
            }
        });
        let Reply::Done {
            response: Response::HandOff(made),
        } = reply
        else {
            panic!("{reply:?}")
        };
        assert_eq!(made.files[0].file_name, "keymanager_import-9.json");
        assert!(made
            .curl_command
            .unwrap()
            .contains("@keymanager_import-9.json"));
        assert_eq!(phases.last(), Some(&(Phase::Decrypting, 2)));
    }

    /// Builder deposits as a pool runs them: each worker's share with the batch's one salt,
    /// the parts merged into one worker's files; the review's notice comes back as data.
    #[test]
    fn builder_jobs_split_merge_and_carry_their_notice() {
        use withdrawal_wallet::{CreateBuilderDeposits, FileKind};
        let request = CreateBuilderDeposits {
            mnemonic: SecretText::new(ABANDON_ART),
            passphrase: SecretText::default(),
            language: None,
            start_index: 3,
            count: 3,
            chain: ChainInput::name("hoodi"),
            withdrawal_address: "0x0f51bb10119727a7e5eA3538074fb341F56B09Ad".into(),
            amount: "1.5".into(),
            password: SecretText::new("worker test password"),
            kdf: KdfChoice::Pbkdf2,
            independent_salts: false,
            acknowledge_public_mnemonic: false,
            timestamp: None,
        };
        let run_parts = |request: Request| -> Response {
            let parts: Vec<Response> = request
                .split(2, 9)
                .into_iter()
                .map(|part| {
                    let job = Job {
                        request: part,
                        shared_salt: Some([0xab; 32]),
                        now: 1,
                    };
                    match run_job(&job, None, &mut |_| {}) {
                        Reply::Done { response } => response,
                        other => panic!("{other:?}"),
                    }
                })
                .collect();
            withdrawal_wallet::merge(parts).unwrap()
        };
        let Response::Files(files) = run_parts(Request::CreateBuilderDeposits(request.clone()))
        else {
            panic!()
        };
        let kinds: Vec<(FileKind, &str)> = files
            .iter()
            .map(|file| (file.kind, file.file_name.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                (
                    FileKind::BuilderKeystore,
                    "keystore-m_12381_3600_3_0_0-9.json"
                ),
                (
                    FileKind::BuilderKeystore,
                    "keystore-m_12381_3600_4_0_0-9.json"
                ),
                (
                    FileKind::BuilderKeystore,
                    "keystore-m_12381_3600_5_0_0-9.json"
                ),
                (FileKind::BuilderDepositData, "builder_deposit_data-9.json"),
            ]
        );
        let whole = match run_job(
            &Job {
                request: Request::CreateBuilderDeposits(request.clone()),
                shared_salt: Some([0xab; 32]),
                now: 9,
            },
            None,
            &mut |_| {},
        ) {
            Reply::Done {
                response: Response::Files(files),
            } => files,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            whole[3], files[3],
            "one worker's deposit file, byte for byte"
        );
        let Response::BuilderReview(review) = run_parts(Request::ReviewBuilderDeposits(request))
        else {
            panic!()
        };
        assert_eq!(review.keys.len(), 3);
        assert_eq!(
            review.notices[0].code,
            ErrorCode::BuilderKeysAreValidatorKeys
        );
        assert_eq!(
            review.notices[0].message,
            "builder keys 3 to 5 are this mnemonic's validator signing keys m/12381/3600/i/0/0 at the same indices (deposit-cli's design): if this mnemonic has validators at these indices, do not use it for builders; use a new mnemonic"
        );
    }

    /// Execution-layer requests need no secret and are cheap, but run as jobs like the rest:
    /// the JSON job in, the files and their URIs out, and a refusal as data.
    #[test]
    fn execution_request_jobs_return_files_and_refusals_as_data() {
        let keys = withdrawal_wallet::derive_validator_keys(
            &withdrawal_wallet::Mnemonic::parse(ABANDON_ART, None)
                .unwrap()
                .to_seed(""),
            0,
            1,
        )
        .unwrap();
        let job = |action: &str, prefix: &str| {
            read_job(
                &serde_json::json!({
                    "request": {
                        "operation": "create_withdrawal_requests",
                        "chain": "hoodi",
                        "value": "1",
                        "requests": [{
                            "validator": {
                                "index": 7,
                                "pubkey": keys[0].signing_pubkey.to_hex(),
                                "withdrawalCredentials": format!("0x{prefix}{}0f51bb10119727a7e5ea3538074fb341f56b09ad", "00".repeat(11)),
                            },
                            "action": action,
                            "amount": "2",
                        }],
                    },
                    "now": 5,
                })
                .to_string(),
            )
            .unwrap()
        };
        let Reply::Done {
            response: Response::ExecutionRequests(files),
        } = run_job(&job("partial_withdrawal", "02"), None, &mut |_| {})
        else {
            panic!()
        };
        assert_eq!(
            files.requests[0].file.file_name,
            "withdrawal_request-7-5.json"
        );
        assert!(files.requests[0].eip681.starts_with(
            "ethereum:0x00000961Ef480Eb55e80D19ad83579A64c007002@560048?value=1&data=0x"
        ));
        // The reply crosses to the page as JSON and back unchanged.
        let reply = Reply::Done {
            response: Response::ExecutionRequests(files),
        };
        let text = serde_json::to_string(&reply).unwrap();
        assert_eq!(serde_json::from_str::<Reply>(&text).unwrap(), reply);
        let Reply::Failed { error } = run_job(&job("partial_withdrawal", "01"), None, &mut |_| {})
        else {
            panic!()
        };
        assert_eq!(error.code, ErrorCode::WithdrawalPartialNotCompounding);
        assert_eq!(
            error.field.as_deref(),
            Some("requests[0].validator.withdrawalCredentials")
        );
    }

    #[test]
    fn failures_come_back_as_data() {
        let mut request = validator_keys(1);
        request.mnemonic = SecretText::new("abandon");
        let Reply::Failed { error } = run_job(
            &Job {
                request: Request::CreateValidatorKeys(request),
                shared_salt: None,
                now: 1,
            },
            None,
            &mut |_| {},
        ) else {
            panic!()
        };
        assert_eq!(error.code, ErrorCode::MnemonicWordCount);
        assert_eq!(error.field.as_deref(), Some("mnemonic"));
        assert_eq!(
            error.message,
            "the mnemonic has 1 words; it must have 12, 15, 18, 21 or 24"
        );
    }
}

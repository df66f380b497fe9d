//! The jobs the page hands to its Web Worker, and the replies it gets back, as JSON. Plain
//! Rust over the core: `run_job` is tested natively; `main.rs` only wires it to `postMessage`.

use serde::{Deserialize, Serialize};
use withdrawal_wallet::bls_to_execution_change::verify_bls_to_execution_changes_with_progress;
use withdrawal_wallet::bls_to_execution_change::{
    create_bls_to_execution_changes_with_progress, parse_validator_indices,
    parse_withdrawal_credentials, BlsChangeRequest,
};
use withdrawal_wallet::chain::{Chain, ChainInput};
use withdrawal_wallet::deposit::verify_deposit_data_with_progress;
use withdrawal_wallet::deposit::{create_deposit_data_with_progress, DepositRequest, Withdrawal};
use withdrawal_wallet::execution_address::ExecutionAddress;
use withdrawal_wallet::hex_field::decode_lenient;
use withdrawal_wallet::keystore_json;
use withdrawal_wallet::keystores::{create_keystores_with_progress, KdfChoice, KeystoreRequest};
use withdrawal_wallet::mnemonic::{Mnemonic, MnemonicLanguage, Seed};
use withdrawal_wallet::output::{EntryReport, OutputFile};
use withdrawal_wallet::random::draw_keystore_randomness;
use withdrawal_wallet::validator::derive_validator_keys;
use withdrawal_wallet::validator_import::ImportFormat;
use withdrawal_wallet::validator_search::{search_import, KeyTable};
use withdrawal_wallet::voluntary_exit::verify_voluntary_exit;
use withdrawal_wallet::voluntary_exit::{
    create_voluntary_exit_from_keystore, create_voluntary_exits, parse_validator_pubkey,
};
use zeroize::Zeroizing;

/// The mnemonic a job works from. Its Debug output is redacted.
#[derive(Clone, Serialize, Deserialize)]
pub struct Secret {
    pub mnemonic: Zeroizing<String>,
    pub language: Option<String>,
    pub passphrase: Zeroizing<String>,
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret([REDACTED])")
    }
}

impl Secret {
    fn seed(&self) -> Result<Seed, String> {
        let language = self
            .language
            .as_deref()
            .map(|name| {
                name.parse::<MnemonicLanguage>()
                    .map_err(|err| err.to_string())
            })
            .transpose()?;
        let mnemonic = Mnemonic::parse(&self.mnemonic, language).map_err(|err| err.to_string())?;
        Ok(mnemonic.to_seed(&self.passphrase))
    }
}

/// A keystore password on its way to a worker. Its Debug output is redacted.
#[derive(Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Password(pub Zeroizing<String>);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password([REDACTED])")
    }
}

/// Where a new validator's funds go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum WithdrawalSpec {
    Compounding { address: String },
    Execution { address: String },
    Bls,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Job {
    /// Keystores and deposit data for new validators (flow 3).
    ValidatorKeys {
        secret: Secret,
        chain: ChainInput,
        start_index: u32,
        count: u32,
        withdrawal: WithdrawalSpec,
        amount_gwei: Option<u64>,
        password: Password,
        pbkdf2: bool,
        independent_salts: bool,
        /// In batch mode, the salt every worker of a pool shares (hex); drawn here if absent.
        shared_salt: Option<String>,
        timestamp: u64,
    },
    /// Public keys and credentials, for review tables.
    DeriveKeys {
        secret: Secret,
        start_index: u32,
        count: u32,
    },
    /// Validator `validator_indices[i]` is signed with the key at `key_indices[i]`.
    BlsChanges {
        secret: Secret,
        chain: ChainInput,
        key_indices: Vec<u32>,
        validator_indices: Vec<String>,
        bls_withdrawal_credentials: Vec<String>,
        execution_address: String,
        timestamp: u64,
    },
    Exits {
        secret: Secret,
        chain: ChainInput,
        key_indices: Vec<u32>,
        validator_indices: Vec<String>,
        epoch: u64,
        timestamp: u64,
    },
    ExitFromKeystore {
        keystore: String,
        password: Password,
        chain: ChainInput,
        validator_index: u64,
        epoch: u64,
        /// When given, the keystore's key must be this validator's signing key.
        validator_pubkey: Option<String>,
        timestamp: u64,
    },
    /// Finds which validators of an import the derived keys control. The import is the
    /// message's attachment (a file, possibly hundreds of MB) or `text`; no secret is needed.
    SearchImport {
        keys: Vec<KeyRow>,
        text: Option<String>,
    },
    /// Opens a keystore (its KDF can take seconds) and reports its pubkey and path.
    DecryptKeystore {
        keystore: String,
        password: Password,
    },
    /// Verifies a deposit, BLS-change or exit file from any tool.
    VerifyFile {
        file: FileKind,
        json: String,
        chain: ChainInput,
        pubkey: Option<String>,
    },
}

/// The signed-message files the verifier reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    DepositData,
    BlsToExecutionChange,
    VoluntaryExit,
}

/// One derived validator, for review tables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyRow {
    pub index: u32,
    pub signing_pubkey: String,
    pub withdrawal_pubkey: String,
    pub bls_withdrawal_credentials: String,
}

/// A validator the search found, for the page's table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FoundRow {
    pub validator_index: u64,
    pub key_index: u32,
    pub by_withdrawal_credentials: bool,
    pub by_signing_pubkey: bool,
    pub withdrawal_credentials: String,
    pub status: Option<String>,
}

impl FoundRow {
    /// 0x00 credentials of this mnemonic's withdrawal key: a BLS change can be signed.
    pub fn can_change_withdrawal_address(&self) -> bool {
        self.by_withdrawal_credentials && self.withdrawal_credentials.starts_with("0x00")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reply {
    /// The worker's wasm is initialised and listening: the page may send the job now
    /// (a message sent earlier would reach no handler).
    Ready,
    Progress {
        phase: String,
        done: usize,
        total: usize,
    },
    Files {
        files: Vec<OutputFile>,
    },
    Keys {
        keys: Vec<KeyRow>,
    },
    Keystore {
        pubkey: String,
        path: String,
    },
    Reports {
        reports: Vec<EntryReport>,
    },
    Found {
        format: ImportFormat,
        /// The chain an ethdo file carries, resolved to a built-in chain where it is one.
        chain: Option<ChainInput>,
        /// The epoch an ethdo file was prepared at: the default exit epoch.
        epoch: Option<u64>,
        validators_read: usize,
        found: Vec<FoundRow>,
    },
    Failed {
        message: String,
    },
}

fn withdrawal(spec: &WithdrawalSpec) -> Result<Withdrawal, String> {
    let address =
        |text: &str| ExecutionAddress::parse_checksummed(text).map_err(|err| err.to_string());
    Ok(match spec {
        WithdrawalSpec::Compounding { address: text } => Withdrawal::Compounding(address(text)?),
        WithdrawalSpec::Execution { address: text } => Withdrawal::Execution(address(text)?),
        WithdrawalSpec::Bls => Withdrawal::Bls,
    })
}

/// Runs one job, calling `report` with progress as it goes; returns the final reply.
pub fn run_job(job: Job, report: &mut dyn FnMut(Reply)) -> Reply {
    run_job_with_attachment(job, None, report)
}

/// `run_job` for a message that came with bytes attached (an imported file).
pub fn run_job_with_attachment(
    job: Job,
    attachment: Option<&[u8]>,
    report: &mut dyn FnMut(Reply),
) -> Reply {
    run(job, attachment, report).unwrap_or_else(|message| Reply::Failed { message })
}

fn key_table(keys: &[KeyRow]) -> Result<KeyTable, String> {
    let rows = keys
        .iter()
        .map(|row| {
            let pubkey = decode_lenient::<48>(&row.signing_pubkey)
                .map_err(|err| format!("key {} signing pubkey {err}", row.index))?;
            let credentials = decode_lenient::<32>(&row.bls_withdrawal_credentials)
                .map_err(|err| format!("key {} credentials {err}", row.index))?;
            Ok((row.index, pubkey, credentials))
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(KeyTable::new(rows))
}

fn search(keys: &[KeyRow], import: &[u8], report: &mut dyn FnMut(Reply)) -> Result<Reply, String> {
    report(Reply::Progress {
        phase: "reading the import".into(),
        done: 0,
        total: 1,
    });
    let table = key_table(keys)?;
    let result = search_import(import, &table).map_err(|err| err.to_string())?;
    let hex = |bytes: &[u8]| format!("0x{}", hex::encode(bytes));
    Ok(Reply::Found {
        format: result.format,
        chain: result.chain.as_ref().map(|imported| {
            let chain = Chain::from_import(imported);
            if chain.name == "custom" {
                ChainInput::Custom {
                    name: chain.name,
                    genesis_fork_version: hex(&chain.genesis_fork_version),
                    capella_fork_version: hex(&chain.capella_fork_version),
                    genesis_validators_root: chain.genesis_validators_root.map(|root| hex(&root)),
                }
            } else {
                ChainInput::Name(chain.name)
            }
        }),
        epoch: result.chain.map(|imported| imported.epoch),
        validators_read: result.validators_read,
        found: result
            .found
            .into_iter()
            .map(|found| FoundRow {
                validator_index: found.validator_index,
                key_index: found.key_index,
                by_withdrawal_credentials: found.by_withdrawal_credentials,
                by_signing_pubkey: found.by_signing_pubkey,
                withdrawal_credentials: hex(&found.withdrawal_credentials),
                status: found.status.map(|status| status.as_str().to_owned()),
            })
            .collect(),
    })
}

fn progress<'a>(phase: &'a str, report: &'a mut dyn FnMut(Reply)) -> impl FnMut(usize, usize) + 'a {
    move |done, total| {
        report(Reply::Progress {
            phase: phase.to_owned(),
            done,
            total,
        })
    }
}

fn run(
    job: Job,
    attachment: Option<&[u8]>,
    report: &mut dyn FnMut(Reply),
) -> Result<Reply, String> {
    match job {
        Job::SearchImport { keys, text } => match (text, attachment) {
            (Some(text), None) => search(&keys, text.as_bytes(), report),
            (None, Some(bytes)) => search(&keys, bytes, report),
            _ => Err("a search needs exactly one import: a file or pasted text".into()),
        },
        Job::ValidatorKeys {
            secret,
            chain,
            start_index,
            count,
            withdrawal: spec,
            amount_gwei,
            password,
            pbkdf2,
            independent_salts,
            shared_salt,
            timestamp,
        } => {
            let chain = chain.resolve().map_err(|err| err.to_string())?;
            let withdrawal = withdrawal(&spec)?;
            let seed = secret.seed()?;
            // Deposit data first: it is quick and fails fast on a bad amount or address.
            let deposit_request = DepositRequest {
                seed: &seed,
                start_index,
                count,
                chain: &chain,
                withdrawal,
                amount: amount_gwei,
                allow_bls_credentials: true,
                timestamp,
            };
            // One progress scale for both phases: deposits count 2 per validator (sign, verify),
            // keystores 1, so a pool can add its workers' progress up.
            let total = count as usize * 3;
            let deposit = create_deposit_data_with_progress(&deposit_request, &mut |done, _| {
                report(Reply::Progress {
                    phase: "validator keys".into(),
                    done,
                    total,
                })
            })
            .map_err(|err| err.to_string())?;
            let mut randomness = draw_keystore_randomness(count, independent_salts)
                .map_err(|err| err.to_string())?;
            if let (false, Some(salt)) = (independent_salts, shared_salt) {
                randomness.salts =
                    vec![decode_lenient::<32>(&salt)
                        .map_err(|err| format!("the shared salt {err}"))?];
            }
            let signed = count as usize * 2;
            let keystore_request = KeystoreRequest {
                seed: &seed,
                start_index,
                count,
                password: &password.0,
                kdf: if pbkdf2 {
                    KdfChoice::Pbkdf2
                } else {
                    KdfChoice::Scrypt
                },
                independent_salts,
                timestamp,
            };
            let keystores =
                create_keystores_with_progress(&keystore_request, &randomness, &mut |done, _| {
                    report(Reply::Progress {
                        phase: "validator keys".into(),
                        done: signed + done,
                        total,
                    })
                })
                .map_err(|err| err.to_string())?;
            let mut files: Vec<OutputFile> = keystores
                .into_iter()
                .map(|file| OutputFile {
                    file_name: file.file_name,
                    json: file.json,
                })
                .collect();
            files.push(deposit);
            Ok(Reply::Files { files })
        }
        Job::DeriveKeys {
            secret,
            start_index,
            count,
        } => {
            // In blocks, so a search over many thousand keys shows its progress.
            const BLOCK: u32 = 64;
            let seed = secret.seed()?;
            let mut keys = Vec::with_capacity(count as usize);
            let mut done = 0;
            while done < count {
                let block = BLOCK.min(count - done);
                let first = start_index.checked_add(done).ok_or_else(|| {
                    format!("key index {start_index} + {done} is past 4294967295")
                })?;
                keys.extend(
                    derive_validator_keys(&seed, first, block).map_err(|err| err.to_string())?,
                );
                done += block;
                report(Reply::Progress {
                    phase: "deriving keys".into(),
                    done: done as usize,
                    total: count as usize,
                });
            }
            if count == 0 {
                derive_validator_keys(&seed, start_index, count).map_err(|err| err.to_string())?;
            }
            Ok(Reply::Keys {
                keys: keys
                    .into_iter()
                    .map(|keys| KeyRow {
                        index: keys.index,
                        signing_pubkey: keys.signing_pubkey.to_hex(),
                        withdrawal_pubkey: keys.withdrawal_pubkey.to_hex(),
                        bls_withdrawal_credentials: format!(
                            "0x{}",
                            hex::encode(keys.bls_withdrawal_credentials)
                        ),
                    })
                    .collect(),
            })
        }
        Job::BlsChanges {
            secret,
            chain,
            key_indices,
            validator_indices,
            bls_withdrawal_credentials,
            execution_address,
            timestamp,
        } => {
            let chain = chain.resolve().map_err(|err| err.to_string())?;
            let validators =
                parse_validator_indices(&validator_indices).map_err(|err| err.to_string())?;
            let credentials = parse_withdrawal_credentials(&bls_withdrawal_credentials)
                .map_err(|err| err.to_string())?;
            let execution_address = ExecutionAddress::parse_checksummed(&execution_address)
                .map_err(|err| err.to_string())?;
            let seed = secret.seed()?;
            let request = BlsChangeRequest {
                seed: &seed,
                chain: &chain,
                key_indices: &key_indices,
                validator_indices: &validators,
                bls_withdrawal_credentials: &credentials,
                execution_address,
                timestamp,
            };
            let files = create_bls_to_execution_changes_with_progress(
                &request,
                &mut progress("BLS changes", report),
            )
            .map_err(|err| err.to_string())?;
            Ok(Reply::Files {
                files: vec![files.deposit_cli, files.ethdo],
            })
        }
        Job::Exits {
            secret,
            chain,
            key_indices,
            validator_indices,
            epoch,
            timestamp,
        } => {
            let chain = chain.resolve().map_err(|err| err.to_string())?;
            let validators =
                parse_validator_indices(&validator_indices).map_err(|err| err.to_string())?;
            let files = create_voluntary_exits(
                &secret.seed()?,
                &chain,
                &key_indices,
                &validators,
                epoch,
                timestamp,
            )
            .map_err(|err| err.to_string())?;
            Ok(Reply::Files { files })
        }
        Job::ExitFromKeystore {
            keystore,
            password,
            chain,
            validator_index,
            epoch,
            validator_pubkey,
            timestamp,
        } => {
            let chain = chain.resolve().map_err(|err| err.to_string())?;
            let validator_pubkey = validator_pubkey
                .as_deref()
                .map(parse_validator_pubkey)
                .transpose()
                .map_err(|err| err.to_string())?;
            let file = create_voluntary_exit_from_keystore(
                &keystore,
                &password.0,
                &chain,
                validator_index,
                epoch,
                validator_pubkey.as_ref(),
                timestamp,
            )
            .map_err(|err| err.to_string())?;
            Ok(Reply::Files { files: vec![file] })
        }
        Job::DecryptKeystore { keystore, password } => {
            let parsed = keystore_json::from_json(&keystore).map_err(|err| err.to_string())?;
            let key = parsed.decrypt(&password.0).map_err(|err| err.to_string())?;
            Ok(Reply::Keystore {
                pubkey: key.public_key().to_hex(),
                path: parsed.path.map(|path| path.to_string()).unwrap_or_default(),
            })
        }
        Job::VerifyFile {
            file,
            json,
            chain,
            pubkey,
        } => {
            let chain = chain.resolve().map_err(|err| err.to_string())?;
            let reports = match file {
                FileKind::DepositData => verify_deposit_data_with_progress(
                    &json,
                    &chain,
                    &mut progress("verifying", report),
                ),
                FileKind::BlsToExecutionChange => verify_bls_to_execution_changes_with_progress(
                    &json,
                    &chain,
                    &mut progress("verifying", report),
                ),
                FileKind::VoluntaryExit => {
                    let text = pubkey
                        .ok_or("give the validator's signing pubkey to check an exit against")?;
                    let pubkey = parse_validator_pubkey(&text).map_err(|err| err.to_string())?;
                    verify_voluntary_exit(&json, &chain, &pubkey).map(|report| vec![report])
                }
            }
            .map_err(|err| err.to_string())?;
            Ok(Reply::Reports { reports })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ABANDON_ART: &str = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \
        abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art";

    fn secret() -> Secret {
        Secret {
            mnemonic: Zeroizing::new(ABANDON_ART.into()),
            language: None,
            passphrase: Zeroizing::new(String::new()),
        }
    }

    #[test]
    fn no_job_prints_its_secrets() {
        let password = || Password(Zeroizing::new("hunter2 password".into()));
        let jobs = [
            Job::ValidatorKeys {
                secret: secret(),
                chain: ChainInput::Name("hoodi".into()),
                start_index: 0,
                count: 1,
                withdrawal: WithdrawalSpec::Bls,
                amount_gwei: None,
                password: password(),
                pbkdf2: true,
                independent_salts: false,
                shared_salt: None,
                timestamp: 1,
            },
            Job::ExitFromKeystore {
                keystore: "{}".into(),
                password: password(),
                chain: ChainInput::Name("hoodi".into()),
                validator_index: 1,
                epoch: 1,
                validator_pubkey: None,
                timestamp: 1,
            },
            Job::DecryptKeystore {
                keystore: "{}".into(),
                password: password(),
            },
            Job::Exits {
                secret: secret(),
                chain: ChainInput::Name("hoodi".into()),
                key_indices: vec![0],
                validator_indices: vec!["1".into()],
                epoch: 1,
                timestamp: 1,
            },
        ];
        for job in jobs {
            let printed = format!("{job:?}");
            assert!(
                !printed.contains("hunter2") && !printed.contains("abandon"),
                "{printed}"
            );
            assert!(printed.contains("[REDACTED]"), "{printed}");
        }
    }

    #[test]
    fn jobs_round_trip_as_json_and_secrets_stay_out_of_debug() {
        let job = Job::DeriveKeys {
            secret: secret(),
            start_index: 0,
            count: 1,
        };
        let text = serde_json::to_string(&job).unwrap();
        assert!(text.starts_with("{\"kind\":\"derive_keys\""));
        let back: Job = serde_json::from_str(&text).unwrap();
        assert!(!format!("{back:?}").contains("abandon"));
    }

    #[test]
    fn validator_keys_job_reports_progress_and_returns_keystores_then_deposit_data() {
        let job = Job::ValidatorKeys {
            secret: secret(),
            chain: ChainInput::Name("hoodi".into()),
            start_index: 0,
            count: 2,
            withdrawal: WithdrawalSpec::Compounding {
                address: "0x0f51bb10119727a7e5eA3538074fb341F56B09Ad".into(),
            },
            amount_gwei: None,
            password: Password(Zeroizing::new("worker test password".into())),
            pbkdf2: true,
            independent_salts: false,
            shared_salt: Some(format!("0x{}", "ab".repeat(32))),
            timestamp: 7,
        };
        let mut phases = Vec::new();
        let reply = run_job(job, &mut |reply| {
            if let Reply::Progress { phase, done, total } = reply {
                phases.push((phase, done, total));
            }
        });
        let Reply::Files { files } = reply else {
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
        assert_eq!(phases.last(), Some(&("validator keys".to_owned(), 6, 6)));
        assert!(phases
            .iter()
            .all(|(phase, _, total)| phase == "validator keys" && *total == 6));
        let keystore: serde_json::Value = serde_json::from_str(&files[0].json).unwrap();
        assert_eq!(keystore["crypto"]["kdf"]["params"]["salt"], "ab".repeat(32));
    }

    #[test]
    fn search_reads_an_attached_import_with_the_keys_of_a_derive_job() {
        let Reply::Keys { keys } = run_job(
            Job::DeriveKeys {
                secret: secret(),
                start_index: 0,
                count: 4,
            },
            &mut |_| {},
        ) else {
            panic!()
        };
        let csv = format!(
            "41,{}\n42,0x01{}\n",
            keys[3].bls_withdrawal_credentials,
            "00".repeat(31)
        );
        let job = Job::SearchImport {
            keys: keys.clone(),
            text: None,
        };
        let Reply::Found {
            format,
            chain,
            validators_read,
            found,
            ..
        } = run_job_with_attachment(job, Some(csv.as_bytes()), &mut |_| {})
        else {
            panic!()
        };
        assert_eq!(
            (format, chain, validators_read),
            (ImportFormat::Csv, None, 2)
        );
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].validator_index, found[0].key_index), (41, 3));
        assert!(found[0].can_change_withdrawal_address());

        let both = Job::SearchImport {
            keys,
            text: Some(csv.clone()),
        };
        assert_eq!(
            run_job_with_attachment(both, Some(csv.as_bytes()), &mut |_| {}),
            Reply::Failed {
                message: "a search needs exactly one import: a file or pasted text".into()
            }
        );
    }

    #[test]
    fn failures_come_back_as_messages() {
        let job = Job::DeriveKeys {
            secret: Secret {
                mnemonic: Zeroizing::new("abandon".into()),
                language: None,
                passphrase: Zeroizing::new(String::new()),
            },
            start_index: 0,
            count: 1,
        };
        assert_eq!(
            run_job(job, &mut |_| {}),
            Reply::Failed {
                message: "the mnemonic has 1 words; it must have 12, 15, 18, 21 or 24".into()
            }
        );
    }
}

//! Verifying a deposit, BLS-change or exit file from any tool, entry by entry: its fields and
//! signatures against the chain chosen, what each entry says (the network it names, keys,
//! credentials, destination address, amount, validator index, epoch), whether it sends funds
//! where the staker expects, and, given the mnemonic, at which key index its keys are.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::chain::{Chain, ChainInput, FileChainDiffers, StatedNetwork};
use crate::consensus::bls_to_execution_change::{read_bls_to_execution_changes, BlsChangeContent};
use crate::consensus::deposit::{read_deposit_data, DepositContent};
use crate::consensus::execution_address::ExecutionAddress;
use crate::consensus::voluntary_exit::{parse_validator_pubkey, read_voluntary_exit, ExitContent};
use crate::consensus::withdrawal_credentials::{CredentialsKind, WithdrawalCredentials};
use crate::error::{params, Coded, ErrorCode, Params, WalletError};
use crate::files::output::EntryReport;
use crate::files::FileKind;
use crate::import::search::{check_key_count, DEFAULT_KEY_COUNT};
use crate::keys::mnemonic::{MnemonicLanguage, Seed};
use crate::keys::validator::{derive_validator_keys, ValidatorKeys};
use crate::operations::secret::{MnemonicSecret, SecretText};
use crate::operations::{Context, Phase};

/// Checks a signed-message file against `chain`: an exit against its validator's `pubkey`.
/// `kind` is read from the file's shape when absent. With `expectedAddress`, an entry that
/// sends funds elsewhere is not ok; with `mnemonic`, each entry says at which of key indices
/// `0..keyCount` its keys are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VerifyFile {
    pub json: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<FileKind>,
    #[cfg_attr(feature = "wasm", tsify(type = "ChainInput"))]
    pub chain: ChainInput,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pubkey: Option<String>,
    /// EIP-55 checksummed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "string", optional))]
    pub mnemonic: Option<SecretText>,
    #[serde(default, skip_serializing_if = "SecretText::is_empty")]
    #[cfg_attr(feature = "wasm", tsify(type = "string", optional))]
    pub passphrase: SecretText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<MnemonicLanguage>,
    /// Key indices matched with a mnemonic: `0..keyCount`, ethdo's 1,024 by default, at most
    /// 100,000 (a search's limit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_count: Option<u32>,
}

/// What verifying a file found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct FileVerification {
    pub kind: FileKind,
    /// The chain the signatures were checked against: the one chosen.
    pub chain: String,
    /// Each network the entries name, once, in file order; empty when the file names none
    /// (exit files and ethdo's change files carry no network).
    pub networks: Vec<StatedNetwork>,
    /// File-level warnings: `verify_chain_differs` when a network named is not the chosen
    /// chain.
    pub warnings: Vec<WalletError>,
    /// Every execution address the file sends funds to, once, EIP-55 checksummed, in file
    /// order.
    pub addresses: Vec<String>,
    /// With a mnemonic: the key indices `0..keysChecked` compared (fewer than asked once every
    /// key was found).
    pub keys_checked: Option<u32>,
    pub entries: Vec<VerifiedEntry>,
}

impl FileVerification {
    /// The entries' reports alone, as `verifyDepositData` and its siblings return them.
    pub fn reports(&self) -> Vec<EntryReport> {
        self.entries
            .iter()
            .map(|entry| entry.report.clone())
            .collect()
    }
}

/// One entry: its verdict (`index`, `ok`, `problems`), what it says, and whose keys it names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct VerifiedEntry {
    #[serde(flatten)]
    pub report: EntryReport,
    pub content: EntryContent,
    /// With a mnemonic: each key the entry names, and the key index that gives it.
    pub key_matches: Option<Vec<KeyMatch>>,
}

/// What an entry says, by kind of file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EntryContent {
    Deposit(DepositContent),
    BlsChange(BlsChangeContent),
    Exit(ExitContent),
}

/// Where an entry sends the validator's funds.
enum Destination<'a> {
    Address(&'a str),
    /// 0x00 (BLS) credentials: no execution address yet.
    NoAddress,
    /// An exit moves no funds to an address; or the field could not be read (its problem is
    /// reported already).
    NotApplicable,
}

impl EntryContent {
    fn network(&self) -> Option<&StatedNetwork> {
        match self {
            Self::Deposit(deposit) => Some(&deposit.network),
            Self::BlsChange(change) => change.network.as_ref(),
            Self::Exit(_) => None,
        }
    }

    fn destination(&self) -> Destination<'_> {
        match self {
            Self::Deposit(DepositContent {
                withdrawal_credentials: Some(credentials),
                ..
            }) => match (&credentials.address, credentials.kind) {
                (Some(address), _) => Destination::Address(address),
                (None, Some(CredentialsKind::Bls)) => Destination::NoAddress,
                _ => Destination::NotApplicable,
            },
            Self::BlsChange(BlsChangeContent {
                to_execution_address: Some(address),
                ..
            }) => Destination::Address(address),
            _ => Destination::NotApplicable,
        }
    }

    /// The field the destination is read from.
    fn destination_field(&self) -> &'static str {
        match self {
            Self::BlsChange(_) => "message.to_execution_address",
            _ => "withdrawal_credentials",
        }
    }

    /// The keys the entry names, to look for among the mnemonic's.
    fn keys(&self) -> Vec<WantedKey> {
        match self {
            Self::Deposit(deposit) => {
                let mut keys: Vec<WantedKey> =
                    deposit.pubkey.map(WantedKey::Signing).into_iter().collect();
                if let Some(credentials) = &deposit.withdrawal_credentials {
                    if credentials.kind == Some(CredentialsKind::Bls) {
                        keys.push(WantedKey::BlsCredentials(credentials.credentials));
                    }
                }
                keys
            }
            Self::BlsChange(change) => change
                .from_bls_pubkey
                .map(WantedKey::Withdrawal)
                .into_iter()
                .collect(),
            Self::Exit(exit) => vec![WantedKey::Signing(exit.pubkey)],
        }
    }
}

/// Which of a validator's two keys: the signing key `m/12381/3600/i/0/0` or the withdrawal
/// key `m/12381/3600/i/0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum KeyRole {
    Signing,
    Withdrawal,
}

/// One key an entry names, and where the mnemonic gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct KeyMatch {
    pub key: KeyRole,
    /// Null when none of the key indices checked gives it: not this mnemonic's (or further
    /// out).
    pub key_index: Option<u32>,
}

/// A key an entry names: a deposit's or exit's signing pubkey, a BLS change's withdrawal
/// pubkey, or a deposit's 0x00 credentials (which name the withdrawal key by its hash).
#[derive(Debug, Clone, Copy)]
enum WantedKey {
    Signing([u8; 48]),
    Withdrawal([u8; 48]),
    BlsCredentials(WithdrawalCredentials),
}

/// One key index's public keys as bytes, compared with every wanted key.
struct KeyBytes {
    signing: [u8; 48],
    withdrawal: [u8; 48],
    bls_credentials: WithdrawalCredentials,
}

impl KeyBytes {
    fn of(keys: &ValidatorKeys) -> Self {
        Self {
            signing: keys.signing_pubkey.to_bytes(),
            withdrawal: keys.withdrawal_pubkey.to_bytes(),
            bls_credentials: keys.bls_withdrawal_credentials,
        }
    }
}

impl WantedKey {
    fn role(self) -> KeyRole {
        match self {
            Self::Signing(_) => KeyRole::Signing,
            Self::Withdrawal(_) | Self::BlsCredentials(_) => KeyRole::Withdrawal,
        }
    }

    fn is(&self, keys: &KeyBytes) -> bool {
        match self {
            Self::Signing(pubkey) => *pubkey == keys.signing,
            Self::Withdrawal(pubkey) => *pubkey == keys.withdrawal,
            Self::BlsCredentials(credentials) => *credentials == keys.bls_credentials,
        }
    }
}

/// An entry that sends funds elsewhere than the address the staker expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddressDiffers {
    pub expected: String,
    /// None: 0x00 credentials, which name no execution address.
    pub found: Option<String>,
}

impl fmt::Display for AddressDiffers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.found {
            Some(found) => write!(
                f,
                "this entry sends funds to {found}, not to the expected address {}",
                self.expected
            ),
            None => write!(
                f,
                "this entry's 0x00 (BLS) credentials name no execution address, not the expected address {}",
                self.expected
            ),
        }
    }
}

impl Coded for AddressDiffers {
    fn code(&self) -> ErrorCode {
        ErrorCode::VerifyAddressDiffers
    }

    fn params(&self) -> Params {
        let mut list = params(&[("expected", self.expected.as_str().into())]);
        match &self.found {
            Some(found) => list.insert("found".into(), found.as_str().into()),
            None => list.insert("reason".into(), "no_address".into()),
        };
        list
    }
}

/// A passphrase, language or key count without the mnemonic they go with.
fn mnemonic_missing() -> WalletError {
    WalletError {
        field: Some("mnemonic".into()),
        ..WalletError::new(
            ErrorCode::OptionMissing,
            params(&[
                ("option", "mnemonic".into()),
                ("reason", "verify_needs_mnemonic".into()),
            ]),
            "passphrase, language and keyCount match the entries against a mnemonic: give the mnemonic too",
        )
    }
}

impl VerifyFile {
    /// The mnemonic's fields, if it is given; the options that need it refused without it.
    fn secret(&self) -> Result<Option<MnemonicSecret<'_>>, WalletError> {
        match &self.mnemonic {
            Some(mnemonic) => Ok(Some(MnemonicSecret {
                mnemonic,
                passphrase: &self.passphrase,
                language: self.language,
            })),
            None if !self.passphrase.is_empty()
                || self.language.is_some()
                || self.key_count.is_some() =>
            {
                Err(mnemonic_missing())
            }
            None => Ok(None),
        }
    }

    /// The key indices to match: `0..keyCount`, checked as a search's are.
    fn key_count(&self) -> Result<u32, WalletError> {
        let count = self.key_count.unwrap_or(DEFAULT_KEY_COUNT);
        check_key_count(count.into()).map_err(|err| err.at("keyCount"))?;
        Ok(count)
    }

    pub(crate) fn run(&self, context: &mut Context<'_>) -> Result<FileVerification, WalletError> {
        let kind = match self.kind {
            Some(kind) => kind,
            None => FileKind::detect(&self.json).map_err(|err| err.at("json"))?,
        };
        let chain = self.chain.resolve().map_err(|err| err.at("chain"))?;
        let expected = self
            .expected_address
            .as_deref()
            .map(ExecutionAddress::parse_checksummed)
            .transpose()
            .map_err(|err| err.at("expectedAddress"))?
            .map(|address| address.to_checksummed());
        let secret = self.secret()?;
        let key_count = secret.as_ref().map(|_| self.key_count()).transpose()?;
        let checked = self.read(kind, &chain, context)?;
        // Fields and the file first, then the mnemonic; the seed last.
        let mnemonic = secret.as_ref().map(MnemonicSecret::parse).transpose()?;

        let mut entries: Vec<VerifiedEntry> = checked
            .into_iter()
            .map(|(report, content)| VerifiedEntry {
                report: match &expected {
                    Some(expected) => check_destination(report, &content, expected),
                    None => report,
                },
                content,
                key_matches: None,
            })
            .collect();
        let mut networks: Vec<StatedNetwork> = Vec::new();
        let mut addresses: Vec<String> = Vec::new();
        for entry in &entries {
            if let Some(network) = entry.content.network() {
                if !network.is_empty() && !networks.contains(network) {
                    networks.push(network.clone());
                }
            }
            if let Destination::Address(address) = entry.content.destination() {
                if !addresses.iter().any(|known| known == address) {
                    addresses.push(address.to_owned());
                }
            }
        }
        let warnings = networks
            .iter()
            .filter(|network| network.differs_from(&chain))
            .map(|network| {
                FileChainDiffers {
                    selected: chain.name.clone(),
                    stated: network.describe(),
                }
                .into()
            })
            .collect();
        let keys_checked = match (secret, mnemonic, key_count) {
            (Some(secret), Some(mnemonic), Some(key_count)) => {
                let seed = secret.seed(&mnemonic);
                Some(match_keys(&seed, key_count, &mut entries, context)?)
            }
            _ => None,
        };
        Ok(FileVerification {
            kind,
            chain: chain.name,
            networks,
            warnings,
            addresses,
            keys_checked,
            entries,
        })
    }

    /// Each entry's report and content, as the file's kind is verified.
    fn read(
        &self,
        kind: FileKind,
        chain: &Chain,
        context: &mut Context<'_>,
    ) -> Result<Vec<(EntryReport, EntryContent)>, WalletError> {
        let mut progress = |done: usize, total: usize| {
            context.progress(Phase::Verifying, done as u64, total as u64)
        };
        let checked = match kind {
            FileKind::DepositData => read_deposit_data(&self.json, chain, &mut progress)
                .map(|entries| with_content(entries, EntryContent::Deposit)),
            FileKind::BlsToExecutionChange | FileKind::EthdoChangeOperations => {
                read_bls_to_execution_changes(&self.json, chain, &mut progress)
                    .map(|entries| with_content(entries, EntryContent::BlsChange))
            }
            FileKind::VoluntaryExit => {
                let Some(text) = &self.pubkey else {
                    return Err(WalletError {
                        field: Some("pubkey".into()),
                        ..WalletError::new(
                            ErrorCode::OptionMissing,
                            params(&[
                                ("option", "pubkey".into()),
                                ("reason", "verify_needs_pubkey".into()),
                            ]),
                            "give the validator's signing pubkey to check an exit against",
                        )
                    });
                };
                let pubkey = parse_validator_pubkey(text).map_err(|err| err.at("pubkey"))?;
                read_voluntary_exit(&self.json, chain, &pubkey)
                    .map(|(report, content)| vec![(report, EntryContent::Exit(content))])
            }
            FileKind::Keystore => {
                return Err(WalletError {
                    field: Some("kind".into()),
                    ..WalletError::new(
                        ErrorCode::OptionValue,
                        params(&[
                            ("found", "keystore".into()),
                            ("reason", "keystore_not_verified".into()),
                        ]),
                        "a keystore is checked by opening it with its password, not verified as a signed file",
                    )
                })
            }
        };
        checked.map_err(|err| WalletError::from(err).at("json"))
    }
}

fn with_content<T>(
    entries: Vec<(EntryReport, T)>,
    kind: fn(T) -> EntryContent,
) -> Vec<(EntryReport, EntryContent)> {
    entries
        .into_iter()
        .map(|(report, content)| (report, kind(content)))
        .collect()
}

/// The report with a problem added when the entry sends funds elsewhere than `expected`.
fn check_destination(report: EntryReport, content: &EntryContent, expected: &str) -> EntryReport {
    let found = match content.destination() {
        Destination::Address(address) if address == expected => return report,
        Destination::Address(address) => Some(address.to_owned()),
        Destination::NoAddress => None,
        Destination::NotApplicable => return report,
    };
    let mut problems = report.problems;
    problems.push(
        AddressDiffers {
            expected: expected.to_owned(),
            found,
        }
        .at(content.destination_field()),
    );
    EntryReport::new(report.index, problems)
}

/// Derives key indices `0..key_count` in blocks, until every key the entries name is found,
/// and records where each is; returns how many key indices were derived.
fn match_keys(
    seed: &Seed,
    key_count: u32,
    entries: &mut [VerifiedEntry],
    context: &mut Context<'_>,
) -> Result<u32, WalletError> {
    /// Keys derived between two progress reports.
    const BLOCK: u32 = 64;
    let wanted: Vec<Vec<WantedKey>> = entries.iter().map(|entry| entry.content.keys()).collect();
    let mut found: Vec<Vec<Option<u32>>> =
        wanted.iter().map(|keys| vec![None; keys.len()]).collect();
    let mut missing: usize = wanted.iter().map(Vec::len).sum();
    let mut done = 0;
    while done < key_count && missing > 0 {
        let block = BLOCK.min(key_count - done);
        for keys in derive_validator_keys(seed, done, block)? {
            let bytes = KeyBytes::of(&keys);
            for (entry_keys, entry_found) in wanted.iter().zip(found.iter_mut()) {
                for (key, slot) in entry_keys.iter().zip(entry_found.iter_mut()) {
                    if slot.is_none() && key.is(&bytes) {
                        *slot = Some(keys.index);
                        missing -= 1;
                    }
                }
            }
        }
        done += block;
        context.progress(Phase::Deriving, done.into(), key_count.into());
    }
    for ((entry, keys), found) in entries.iter_mut().zip(wanted).zip(found) {
        entry.key_matches = Some(
            keys.iter()
                .zip(found)
                .map(|(key, key_index)| KeyMatch {
                    key: key.role(),
                    key_index,
                })
                .collect(),
        );
    }
    Ok(done)
}

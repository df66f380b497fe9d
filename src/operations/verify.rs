//! Verifying a deposit, BLS-change or exit file from any tool, entry by entry: its fields and
//! signatures against the chain chosen, what each entry says (the network it names, keys,
//! credentials, destination address, amount, validator index, epoch), whether it sends funds
//! where the staker expects, and, given the mnemonic, at which key index its keys are.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::chain::{Chain, ChainInput, FileChainDiffers, StatedNetwork};
use crate::consensus::bls_to_execution_change::{read_bls_to_execution_changes, BlsChangeContent};
use crate::consensus::bls_to_execution_change_keystore::{
    read_bls_to_execution_change_keystore, BlsChangeKeystoreContent, NoMnemonicSigner, SignedRoot,
};
use crate::consensus::builder_deposit::read_builder_deposit_data;
use crate::consensus::deposit::{read_deposit_data, DepositContent};
use crate::consensus::execution_address::ExecutionAddress;
use crate::consensus::voluntary_exit::{parse_validator_pubkey, read_voluntary_exit, ExitContent};
use crate::consensus::withdrawal_credentials::{CredentialsKind, WithdrawalCredentials};
use crate::consensus::SignatureStatus;
use crate::error::{params, Coded, ErrorCode, Params, WalletError};
use crate::execution::transaction::{read_execution_request, ExecutionRequestContent};
use crate::execution::ExecutionAction;
use crate::files::output::EntryReport;
use crate::files::FileKind;
use crate::import::search::{check_key_count, DEFAULT_KEY_COUNT};
use crate::keys::bls::PublicKey;
use crate::keys::keystore_json;
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
    /// An EIP-2335 keystore (its JSON text): an exit or a proof of withdrawal-address
    /// ownership is checked against the pubkey it states, instead of `pubkey`. Not opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keystore: Option<String>,
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
    /// deposit-cli's proof of withdrawal-address ownership.
    BlsChangeKeystore(BlsChangeKeystoreContent),
    /// A builder deposit (0xb0 credentials, `DOMAIN_BUILDER_DEPOSIT`).
    BuilderDeposit(DepositContent),
    /// An EIP-7002 or EIP-7251 request's transaction.
    ExecutionRequest(ExecutionRequestContent),
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
            Self::Deposit(deposit) | Self::BuilderDeposit(deposit) => Some(&deposit.network),
            Self::BlsChange(change) => change.network.as_ref(),
            Self::Exit(_) | Self::BlsChangeKeystore(_) => None,
            Self::ExecutionRequest(_) => None,
        }
    }

    fn destination(&self) -> Destination<'_> {
        match self {
            Self::Deposit(DepositContent {
                withdrawal_credentials: Some(credentials),
                ..
            })
            | Self::BuilderDeposit(DepositContent {
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
            })
            | Self::BlsChangeKeystore(BlsChangeKeystoreContent {
                to_execution_address: Some(address),
                ..
            }) => Destination::Address(address),
            // An exit's or a partial withdrawal's funds go to the address that sends it.
            Self::ExecutionRequest(ExecutionRequestContent {
                action: Some(ExecutionAction::FullExit | ExecutionAction::PartialWithdrawal),
                from: Some(address),
                ..
            }) => Destination::Address(address),
            _ => Destination::NotApplicable,
        }
    }

    /// The field the destination is read from.
    fn destination_field(&self) -> &'static str {
        match self {
            Self::BlsChange(_) | Self::BlsChangeKeystore(_) => "message.to_execution_address",
            Self::ExecutionRequest(_) => "from",
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
            // Builder key i is validator signing key i.
            Self::BuilderDeposit(deposit) => {
                deposit.pubkey.map(WantedKey::Signing).into_iter().collect()
            }
            Self::BlsChangeKeystore(proof) => {
                proof.pubkey.map(WantedKey::Signing).into_iter().collect()
            }
            // The validators' signing keys: the validator, or the source and the target.
            Self::ExecutionRequest(request) => request
                .pubkeys()
                .iter()
                .filter_map(|pubkey| crate::files::hex_field::decode_prefixed::<48>(pubkey).ok())
                .map(WantedKey::Signing)
                .collect(),
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
    /// The signing key that signed a proof of withdrawal-address ownership checked against
    /// no given key: found by its signature.
    Signer(SignedRoot),
}

/// One key index's public keys as bytes, compared with every wanted key.
struct KeyBytes {
    signing: [u8; 48],
    signing_key: PublicKey,
    withdrawal: [u8; 48],
    bls_credentials: WithdrawalCredentials,
}

impl KeyBytes {
    fn of(keys: &ValidatorKeys) -> Self {
        Self {
            signing: keys.signing_pubkey.to_bytes(),
            signing_key: keys.signing_pubkey,
            withdrawal: keys.withdrawal_pubkey.to_bytes(),
            bls_credentials: keys.bls_withdrawal_credentials,
        }
    }
}

impl WantedKey {
    fn role(self) -> KeyRole {
        match self {
            Self::Signing(_) | Self::Signer(_) => KeyRole::Signing,
            Self::Withdrawal(_) | Self::BlsCredentials(_) => KeyRole::Withdrawal,
        }
    }

    fn is(&self, keys: &KeyBytes) -> bool {
        match self {
            Self::Signing(pubkey) => *pubkey == keys.signing,
            Self::Withdrawal(pubkey) => *pubkey == keys.withdrawal,
            Self::BlsCredentials(credentials) => *credentials == keys.bls_credentials,
            Self::Signer(signed) => signed.signed_by(&keys.signing_key),
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

    /// The signing pubkey an exit or a proof is checked against: `pubkey`, or the pubkey
    /// `keystore` states; not both.
    fn signer_pubkey(&self) -> Result<Option<PublicKey>, WalletError> {
        match (&self.pubkey, &self.keystore) {
            (Some(_), Some(_)) => Err(WalletError::new(
                ErrorCode::OptionConflict,
                params(&[
                    (
                        "options",
                        crate::error::Param::List(vec!["pubkey".into(), "keystore".into()]),
                    ),
                    ("reason", "pubkey_or_keystore".into()),
                ]),
                "invalid options: give the validator's signing pubkey or its keystore, not both",
            )),
            (Some(text), None) => parse_validator_pubkey(text)
                .map(Some)
                .map_err(|err| err.at("pubkey")),
            (None, Some(keystore)) => keystore_json::from_json(keystore)
                .map(|keystore| Some(keystore.pubkey))
                .map_err(|err| err.at("keystore")),
            (None, None) => Ok(None),
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
        let mut proof_signer = None;
        let checked = self.read(kind, &chain, &mut proof_signer, context)?;
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
                let checked = match_keys(&seed, key_count, &mut entries, proof_signer, context)?;
                if proof_signer.is_some() {
                    settle_proof_signature(&mut entries, &chain, checked);
                }
                Some(checked)
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
        proof_signer: &mut Option<SignedRoot>,
        context: &mut Context<'_>,
    ) -> Result<Vec<(EntryReport, EntryContent)>, WalletError> {
        let mut progress = |done: usize, total: usize| {
            context.progress(Phase::Verifying, done as u64, total as u64)
        };
        let checked = match kind {
            FileKind::DepositData | FileKind::PartialDeposit => {
                read_deposit_data(&self.json, chain, &mut progress)
                    .map(|entries| with_content(entries, EntryContent::Deposit))
            }
            FileKind::BuilderDepositData => {
                read_builder_deposit_data(&self.json, chain, &mut progress)
                    .map(|entries| with_content(entries, EntryContent::BuilderDeposit))
            }
            FileKind::BlsToExecutionChange | FileKind::EthdoChangeOperations => {
                read_bls_to_execution_changes(&self.json, chain, &mut progress)
                    .map(|entries| with_content(entries, EntryContent::BlsChange))
            }
            FileKind::VoluntaryExit => {
                let Some(pubkey) = self.signer_pubkey()? else {
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
                read_voluntary_exit(&self.json, chain, &pubkey)
                    .map(|(report, content)| vec![(report, EntryContent::Exit(content))])
            }
            FileKind::BlsToExecutionChangeKeystore => {
                let pubkey = self.signer_pubkey()?;
                if pubkey.is_none() && self.mnemonic.is_none() {
                    return Err(WalletError {
                        field: Some("pubkey".into()),
                        ..WalletError::new(
                            ErrorCode::OptionMissing,
                            params(&[
                                ("option", "pubkey".into()),
                                ("reason", "verify_needs_signer".into()),
                            ]),
                            "give the validator's signing pubkey, its keystore or the mnemonic to check a proof of withdrawal-address ownership against",
                        )
                    });
                }
                read_bls_to_execution_change_keystore(&self.json, chain, pubkey.as_ref()).map(
                    |(report, content, signed)| {
                        // Without a key given, the mnemonic's keys are tried.
                        if pubkey.is_none() {
                            *proof_signer = signed;
                        }
                        vec![(report, EntryContent::BlsChangeKeystore(content))]
                    },
                )
            }
            FileKind::WithdrawalRequest | FileKind::ConsolidationRequest => {
                read_execution_request(&self.json, chain, kind)
                    .map(|(report, content)| vec![(report, EntryContent::ExecutionRequest(content))])
            }
            FileKind::KeymanagerImport
            | FileKind::SlashingProtection
            | FileKind::Web3SignerConfig
            | FileKind::UploadScript
            | FileKind::UploadPlan => {
                return Err(WalletError {
                    field: Some("kind".into()),
                    ..WalletError::new(
                        ErrorCode::OptionValue,
                        params(&[
                            ("path", "kind".into()),
                            ("found", format!("{kind:?}").into()),
                            ("reason", "hand_off_not_verified".into()),
                        ]),
                        "this file is checked when it is made, by reading it back; it holds no signature to verify",
                    )
                })
            }
            FileKind::Keystore | FileKind::BuilderKeystore => {
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
    proof_signer: Option<SignedRoot>,
    context: &mut Context<'_>,
) -> Result<u32, WalletError> {
    /// Keys derived between two progress reports.
    const BLOCK: u32 = 64;
    let mut wanted: Vec<Vec<WantedKey>> =
        entries.iter().map(|entry| entry.content.keys()).collect();
    // A proof checked against no given key: its signer, among the mnemonic's signing keys.
    if let (Some(signed), Some(keys)) = (proof_signer, wanted.first_mut()) {
        keys.push(WantedKey::Signer(signed));
    }
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

/// A proof checked against the mnemonic alone: its signature is valid if one of the signing
/// keys of key indices `0..keys_checked` signed it, and otherwise reported as not verifying.
fn settle_proof_signature(entries: &mut [VerifiedEntry], chain: &Chain, keys_checked: u32) {
    for entry in entries.iter_mut() {
        let EntryContent::BlsChangeKeystore(proof) = &mut entry.content else {
            continue;
        };
        let signer_found = entry
            .key_matches
            .as_deref()
            .is_some_and(|matches| matches.iter().any(|found| found.key_index.is_some()));
        if signer_found {
            proof.signature = SignatureStatus::Valid;
        } else {
            proof.signature = SignatureStatus::Invalid;
            let mut problems = std::mem::take(&mut entry.report.problems);
            problems.push(WalletError::of_field(
                "signature",
                NoMnemonicSigner {
                    chain: chain.name.clone(),
                    keys_checked,
                },
            ));
            entry.report = EntryReport::new(entry.report.index, problems);
        }
    }
}

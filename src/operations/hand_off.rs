//! Handing signing keys over: the files a validator client's keymanager API, Web3Signer, or a
//! secret store behind Web3Signer imports, made from signing keystores and their password.
//! Every keystore is opened first (so the password and the keys are known good and no
//! withdrawal key slips through), and every file is read back and checked before it is offered.

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::chain::ChainInput;
use crate::error::{params, Coded, ErrorCode, Param, Params, WalletError};
use crate::files::output::OutputFile;
use crate::files::FileKind;
use crate::keys::bls::PublicKey;
use crate::keys::eip2334::ValidatorKeyPath;
use crate::keys::eip2335::{Keystore, ProcessedPassword};
use crate::keys::keystore_json;
use crate::operations::secret::SecretText;
use crate::operations::{Context, Phase};
use crate::signers::eip3076::{Interchange, INTERCHANGE_FORMAT_VERSION};
use crate::signers::keymanager_api::{
    curl_command, import_keystores_body, read_import_keystores_body,
};
use crate::signers::upload_bundle::{upload_bundle, BundledKeystore, SecretStore, UPLOAD_SCRIPT};
use crate::signers::web3signer::{
    file_keystore_configs, read_config, AwsAuthentication, AwsSecrets, KeyConfig, VaultServer,
    VAULT_KEY_NAME,
};

/// Signing keystores (`keystores`, their JSON texts, all opened by `password`) made into the
/// files `destination` imports. `chain` names the network (its genesis validators root goes
/// into the slashing-protection interchange).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateSignerHandOff {
    pub keystores: Vec<String>,
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub password: SecretText,
    #[cfg_attr(feature = "wasm", tsify(type = "ChainInput"))]
    pub chain: ChainInput,
    pub destination: Destination,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}

/// Where the keys go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(
    tag = "kind",
    rename_all = "snake_case",
    rename_all_fields = "camelCase",
    deny_unknown_fields
)]
pub enum Destination {
    /// The standard keymanager API's `POST /eth/v1/keystores` (validator clients and
    /// Web3Signer): the body holds the passwords, so it is made only once acknowledged.
    KeymanagerApi {
        #[serde(default)]
        acknowledge_passwords_in_file: bool,
    },
    /// Web3Signer reading each keystore and a password file on its own host.
    Web3signerKeystores,
    /// HashiCorp Vault's KV v2 engine, read by Web3Signer.
    Vault {
        host: String,
        #[cfg_attr(feature = "wasm", tsify(type = "number"))]
        port: std::num::NonZeroU16,
        tls: bool,
        /// The KV v2 mount (`secret` in a default Vault).
        mount: String,
        /// The folder under the mount; each key is `<folder>/<pubkey>`.
        folder: String,
    },
    /// AWS Secrets Manager, read by Web3Signer.
    AwsSecretsManager {
        region: String,
        /// Each key's secret is named `<prefix><pubkey>`.
        name_prefix: String,
        /// The signer host's own credentials (`false`), or an access key in each config.
        #[serde(default)]
        access_key_in_config: bool,
    },
}

impl Destination {
    pub fn id(&self) -> &'static str {
        match self {
            Self::KeymanagerApi { .. } => "keymanager_api",
            Self::Web3signerKeystores => "web3signer_keystores",
            Self::Vault { .. } => "vault",
            Self::AwsSecretsManager { .. } => "aws_secrets_manager",
        }
    }
}

/// What a hand-off will give, before anything is opened: the chain and each key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct HandOffReview {
    pub chain: String,
    pub genesis_validators_root: String,
    /// `keymanager_api`, `web3signer_keystores`, `vault` or `aws_secrets_manager`.
    pub destination: String,
    /// Where each key will be: the Vault path or AWS secret name (empty otherwise).
    pub keys: Vec<HandedKey>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct HandedKey {
    pub pubkey: String,
    /// The keystore's path as written (empty when it states none).
    pub path: String,
    /// The Vault KV path or AWS secret name the key will have, if it goes to a store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stored_as: Option<String>,
}

/// The checked files, and for the keymanager import the command that sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct HandOffFiles {
    pub destination: String,
    pub files: Vec<OutputFile>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curl_command: Option<String>,
}

/// Why keys cannot be handed off as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandOffError {
    NoKeystores,
    WithdrawalKey { path: String },
    DuplicateKey { first: usize, second: usize },
    PasswordsNotAcknowledged,
    HostInvalid { host: String },
    PortInvalid { port: String },
    PathInvalid { value: String },
    RegionInvalid { region: String },
}

impl fmt::Display for HandOffError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoKeystores => f.write_str("choose the signing keystores to hand off"),
            Self::WithdrawalKey { path } => write!(
                f,
                "this keystore holds the withdrawal key {path}; withdrawal keys stay offline and never go to a validator client or signer. Hand off signing keystores (m/12381/3600/i/0/0)"
            ),
            Self::DuplicateKey { first, second } => write!(
                f,
                "keystores {} and {} hold the same key; a key must be imported once",
                first + 1,
                second + 1
            ),
            Self::PasswordsNotAcknowledged => f.write_str(
                "this file holds the keystore passwords in the clear: confirm that you understand this before it is made",
            ),
            Self::HostInvalid { host } => write!(
                f,
                "\"{host}\" is not a host name or IP address; give it without https://, port or path"
            ),
            Self::PortInvalid { port } => {
                write!(f, "\"{port}\" is not a port: a whole number from 1 to 65535")
            }
            Self::PathInvalid { value } => write!(
                f,
                "\"{value}\" cannot be a store path: use letters, digits and - _ . / only, without spaces, \"..\" or empty parts"
            ),
            Self::RegionInvalid { region } => write!(
                f,
                "\"{region}\" is not an AWS region name such as eu-central-1"
            ),
        }
    }
}

impl Coded for HandOffError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::NoKeystores => ErrorCode::HandOffNoKeystores,
            Self::WithdrawalKey { .. } => ErrorCode::HandOffWithdrawalKey,
            Self::DuplicateKey { .. } => ErrorCode::HandOffDuplicateKey,
            Self::PasswordsNotAcknowledged => ErrorCode::HandOffPasswordsNotAcknowledged,
            Self::HostInvalid { .. } => ErrorCode::SignerHostInvalid,
            Self::PortInvalid { .. } => ErrorCode::SignerPortInvalid,
            Self::PathInvalid { .. } => ErrorCode::SignerPathInvalid,
            Self::RegionInvalid { .. } => ErrorCode::AwsRegionInvalid,
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::WithdrawalKey { path } => params(&[("path", path.as_str().into())]),
            Self::DuplicateKey { first, second } => params(&[
                ("first", Param::Count(*first as u64 + 1)),
                ("second", Param::Count(*second as u64 + 1)),
            ]),
            Self::HostInvalid { host } => params(&[("host", host.as_str().into())]),
            Self::PortInvalid { port } => params(&[("port", port.as_str().into())]),
            Self::PathInvalid { value } => params(&[("value", value.as_str().into())]),
            Self::RegionInvalid { region } => params(&[("region", region.as_str().into())]),
            _ => Params::new(),
        }
    }
}

/// A port as typed: decimal digits, 1 to 65535.
pub fn parse_port(text: &str) -> Result<std::num::NonZeroU16, WalletError> {
    text.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| text.parse().ok())
        .flatten()
        .ok_or_else(|| {
            HandOffError::PortInvalid {
                port: text.to_owned(),
            }
            .into()
        })
}

/// A host name or an IP address: what Web3Signer's `serverHost` takes.
fn check_host(host: &str) -> Result<(), WalletError> {
    let ok = !host.is_empty()
        && host.len() <= 253
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ':' | '[' | ']'))
        && !host.starts_with(['-', '.'])
        // A port belongs in its own field; only an IPv6 address has colons.
        && (!host.contains(':') || host.matches(':').count() >= 2);
    ok.then_some(()).ok_or_else(|| {
        HandOffError::HostInvalid {
            host: host.to_owned(),
        }
        .into()
    })
}

/// A Vault mount or folder, or an AWS secret-name prefix (`allow_empty`): characters both
/// stores take in names, no empty or `..` parts.
fn check_store_path(value: &str, allow_empty: bool) -> Result<(), WalletError> {
    let trimmed = value.trim_matches('/');
    let ok = (allow_empty && value.is_empty())
        || (!trimmed.is_empty()
            && trimmed
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
            && trimmed
                .split('/')
                .all(|part| !part.is_empty() && part != ".." && part != "."));
    ok.then_some(()).ok_or_else(|| {
        HandOffError::PathInvalid {
            value: value.to_owned(),
        }
        .into()
    })
}

/// An AWS region name: `eu-central-1`, `us-gov-west-1`, `cn-north-1`.
fn check_region(region: &str) -> Result<(), WalletError> {
    let parts: Vec<&str> = region.split('-').collect();
    let ok = parts.len() >= 3
        && parts[..parts.len() - 1]
            .iter()
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase()))
        && parts[parts.len() - 1].chars().all(|c| c.is_ascii_digit())
        && !parts[parts.len() - 1].is_empty();
    ok.then_some(()).ok_or_else(|| {
        HandOffError::RegionInvalid {
            region: region.to_owned(),
        }
        .into()
    })
}

/// A keystore of the request, parsed (not opened).
struct Loaded<'a> {
    text: &'a str,
    keystore: Keystore,
}

impl Destination {
    fn check(&self) -> Result<Option<SecretStore>, WalletError> {
        Ok(match self {
            Self::KeymanagerApi { .. } | Self::Web3signerKeystores => None,
            Self::Vault {
                host,
                port,
                tls,
                mount,
                folder,
            } => {
                check_host(host).map_err(|err| err.at("destination.host"))?;
                check_store_path(mount, false).map_err(|err| err.at("destination.mount"))?;
                check_store_path(folder, false).map_err(|err| err.at("destination.folder"))?;
                Some(SecretStore::Vault(VaultServer {
                    host: host.clone(),
                    port: port.get(),
                    tls: *tls,
                    mount: mount.trim_matches('/').to_owned(),
                    folder: folder.trim_matches('/').to_owned(),
                }))
            }
            Self::AwsSecretsManager {
                region,
                name_prefix,
                access_key_in_config,
            } => {
                check_region(region).map_err(|err| err.at("destination.region"))?;
                check_store_path(name_prefix, true)
                    .map_err(|err| err.at("destination.namePrefix"))?;
                Some(SecretStore::Aws(AwsSecrets {
                    region: region.clone(),
                    name_prefix: name_prefix.clone(),
                    authentication: if *access_key_in_config {
                        AwsAuthentication::Specified
                    } else {
                        AwsAuthentication::Environment
                    },
                }))
            }
        })
    }
}

impl CreateSignerHandOff {
    /// The request's own fields, then each keystore parsed: signing keys only, each once.
    fn load(&self) -> Result<Vec<Loaded<'_>>, WalletError> {
        let chain = self.chain.resolve().map_err(|err| err.at("chain"))?;
        if chain.genesis_validators_root.is_none() {
            return Err(
                WalletError::from(crate::chain::ChainError::NoGenesisValidatorsRoot {
                    chain: chain.name,
                })
                .at("chain"),
            );
        }
        self.destination.check()?;
        if self.keystores.is_empty() {
            return Err(HandOffError::NoKeystores.at("keystores"));
        }
        let mut seen: HashMap<[u8; 48], usize> = HashMap::new();
        let mut loaded = Vec::with_capacity(self.keystores.len());
        for (index, text) in self.keystores.iter().enumerate() {
            let at = format!("keystores[{index}]");
            let keystore = keystore_json::from_json(text).map_err(|err| err.at(&at))?;
            if let Some(ValidatorKeyPath::Withdrawal(_)) = ValidatorKeyPath::of(&keystore.path) {
                return Err(HandOffError::WithdrawalKey {
                    path: keystore.path,
                }
                .at(&at));
            }
            if let Some(first) = seen.insert(keystore.pubkey.to_bytes(), index) {
                return Err(HandOffError::DuplicateKey {
                    first,
                    second: index,
                }
                .at(&at));
            }
            loaded.push(Loaded { text, keystore });
        }
        Ok(loaded)
    }

    /// Where each key goes, for the review; opens nothing.
    pub(crate) fn review(&self) -> Result<HandOffReview, WalletError> {
        let loaded = self.load()?;
        let chain = self.chain.resolve().map_err(|err| err.at("chain"))?;
        let store = self.destination.check()?;
        let bundled = bundled(&loaded);
        let stored_as = store
            .as_ref()
            .map(|store| crate::signers::upload_bundle::destinations(&bundled, store));
        Ok(HandOffReview {
            genesis_validators_root: chain
                .genesis_validators_root
                .map(|root| format!("0x{}", hex::encode(root)))
                .unwrap_or_default(),
            chain: chain.name,
            destination: self.destination.id().to_owned(),
            keys: loaded
                .iter()
                .enumerate()
                .map(|(index, key)| HandedKey {
                    pubkey: key.keystore.pubkey.to_hex(),
                    path: key.keystore.path.clone(),
                    stored_as: stored_as.as_ref().and_then(|all| all.get(index).cloned()),
                })
                .collect(),
        })
    }

    pub(crate) fn run(&self, context: &mut Context<'_>) -> Result<HandOffFiles, WalletError> {
        let loaded = self.load()?;
        let chain = self.chain.resolve().map_err(|err| err.at("chain"))?;
        let root = chain.genesis_validators_root.unwrap_or_default();
        let store = self.destination.check()?;
        if let Destination::KeymanagerApi {
            acknowledge_passwords_in_file: false,
        } = self.destination
        {
            return Err(
                HandOffError::PasswordsNotAcknowledged.at("destination.acknowledgePasswordsInFile")
            );
        }
        let timestamp = self.timestamp.unwrap_or(context.now);
        let pubkeys: Vec<PublicKey> = loaded.iter().map(|key| key.keystore.pubkey).collect();
        let files = match &self.destination {
            Destination::KeymanagerApi { .. } => {
                let interchange = Interchange::for_new_keys(&root, &pubkeys).to_json();
                let keystores: Vec<String> = loaded.iter().map(|key| key.text.to_owned()).collect();
                let passwords =
                    vec![Zeroizing::new(self.password.expose().to_owned()); loaded.len()];
                let body = import_keystores_body(&keystores, &passwords, &interchange);
                // The body as a server reads it: each keystore opens with its password and is
                // the key asked for; the interchange is version 5 of this chain, these keys.
                let read = read_import_keystores_body(&body)?;
                if read.keystores.len() != loaded.len() || read.passwords.len() != loaded.len() {
                    return Err(WalletError::internal(
                        "the import lost a keystore or password",
                    ));
                }
                let reread: Vec<Keystore> = read
                    .keystores
                    .iter()
                    .map(|text| keystore_json::from_json(text).map_err(WalletError::internal))
                    .collect::<Result<_, _>>()?;
                let passwords: Vec<&str> = read.passwords.iter().map(|p| p.as_str()).collect();
                open_all(&reread, &passwords, &pubkeys, context)?;
                check_interchange(&read.slashing_protection, &root, &pubkeys)?;
                check_interchange(&interchange, &root, &pubkeys)?;
                vec![
                    OutputFile {
                        kind: FileKind::KeymanagerImport,
                        file_name: format!("keymanager_import-{timestamp}.json"),
                        json: body.to_string(),
                    },
                    OutputFile {
                        kind: FileKind::SlashingProtection,
                        file_name: format!("slashing_protection-{timestamp}.json"),
                        json: interchange,
                    },
                ]
            }
            Destination::Web3signerKeystores => {
                self.open_requested(&loaded, &pubkeys, context)?;
                let keystores: Vec<OutputFile> = loaded
                    .iter()
                    .map(|key| OutputFile {
                        kind: FileKind::Keystore,
                        file_name: keystore_file_name(key),
                        json: key.text.to_owned(),
                    })
                    .collect();
                let mut files = Vec::new();
                // The configs name each keystore by the file beside them.
                for (path, text) in file_keystore_configs(&keystores) {
                    match read_config(&text)? {
                        KeyConfig::FileKeystore { .. } => {}
                        _ => return Err(WalletError::internal("not a file-keystore config")),
                    }
                    files.push(OutputFile {
                        kind: FileKind::Web3SignerConfig,
                        file_name: path,
                        json: text,
                    });
                }
                files.extend(keystores);
                files
            }
            Destination::Vault { .. } | Destination::AwsSecretsManager { .. } => {
                self.open_requested(&loaded, &pubkeys, context)?;
                let store = store.ok_or_else(|| WalletError::internal("no store"))?;
                let bundled = bundled(&loaded);
                let destinations = crate::signers::upload_bundle::destinations(&bundled, &store);
                let mut files = Vec::new();
                for (path, text) in upload_bundle(&bundled, &store) {
                    let kind = if path == "upload_keys.py" {
                        if text != UPLOAD_SCRIPT {
                            return Err(WalletError::internal("the script differs"));
                        }
                        FileKind::UploadScript
                    } else if path == "upload-plan.json" {
                        check_plan(&text, &bundled, &destinations)?;
                        FileKind::UploadPlan
                    } else if path.starts_with("keys/") {
                        FileKind::Keystore
                    } else {
                        check_store_config(&text, &store, &destinations)?;
                        FileKind::Web3SignerConfig
                    };
                    files.push(OutputFile {
                        kind,
                        file_name: path,
                        json: text,
                    });
                }
                files
            }
        };
        Ok(HandOffFiles {
            destination: self.destination.id().to_owned(),
            curl_command: matches!(self.destination, Destination::KeymanagerApi { .. })
                .then(|| files.first().map(|file| curl_command(&file.file_name)))
                .flatten(),
            files,
        })
    }

    /// Opens each keystore of the request with the password.
    fn open_requested(
        &self,
        loaded: &[Loaded<'_>],
        pubkeys: &[PublicKey],
        context: &mut Context<'_>,
    ) -> Result<(), WalletError> {
        let keystores: Vec<Keystore> = loaded.iter().map(|key| key.keystore.clone()).collect();
        let passwords = vec![self.password.expose(); loaded.len()];
        open_all(&keystores, &passwords, pubkeys, context)
    }
}

/// The name a keystore travels under: its path as deposit-cli writes it in names (`/` as `_`)
/// and the first 8 hex digits of its pubkey, or 16 of them for a keystore without a path.
fn keystore_file_name(key: &Loaded<'_>) -> String {
    if key.keystore.path.is_empty() {
        format!("keystore-{}.json", &key.keystore.pubkey.to_hex()[2..18])
    } else {
        format!(
            "keystore-{}-{}.json",
            key.keystore.path.replace('/', "_"),
            &key.keystore.pubkey.to_hex()[2..10]
        )
    }
}

fn bundled(loaded: &[Loaded<'_>]) -> Vec<BundledKeystore> {
    loaded
        .iter()
        .map(|key| BundledKeystore {
            file_name: keystore_file_name(key),
            json: key.text.to_owned(),
            pubkey: key.keystore.pubkey,
        })
        .collect()
}

/// Opens every keystore with its password and checks it is the key expected. Keystores that
/// share KDF parameters and salt (a batch made with one salt) share one KDF run.
fn open_all(
    keystores: &[Keystore],
    passwords: &[&str],
    expected: &[PublicKey],
    context: &mut Context<'_>,
) -> Result<(), WalletError> {
    let total = keystores.len() as u64;
    let mut last: Option<(
        crate::keys::eip2335::Kdf,
        &str,
        crate::keys::eip2335::DerivedKey,
    )> = None;
    context.progress(Phase::Decrypting, 0, total);
    for (index, ((keystore, password), pubkey)) in
        keystores.iter().zip(passwords).zip(expected).enumerate()
    {
        let at = format!("keystores[{index}]");
        let reuse =
            matches!(&last, Some((kdf, used, _)) if *kdf == keystore.kdf && used == password);
        if !reuse {
            let processed = ProcessedPassword::new(password);
            if processed.char_count() == 0 {
                return Err(
                    WalletError::from(crate::keys::eip2335::KeystoreError::EmptyPassword)
                        .at("password"),
                );
            }
            let derived = keystore
                .kdf
                .derive_key(&processed)
                .map_err(|err| err.at(&at))?;
            last = Some((keystore.kdf.clone(), password, derived));
        }
        let Some((_, _, derived)) = &last else {
            return Err(WalletError::internal("no derived key"));
        };
        let key = keystore
            .decrypt_with(derived)
            .map_err(|err| match err.code() {
                ErrorCode::KeystoreWrongPassword => err.at("password"),
                _ => err.at(&at),
            })?;
        if key.public_key() != *pubkey {
            return Err(WalletError::internal(format!(
                "{at} is not the key asked for"
            )));
        }
        context.progress(Phase::Decrypting, index as u64 + 1, total);
    }
    Ok(())
}

/// An interchange read back: version 5, this chain's root, one empty history per key, in order.
fn check_interchange(
    text: &str,
    root: &crate::consensus::ssz::Root,
    pubkeys: &[PublicKey],
) -> Result<(), WalletError> {
    let read: Interchange = serde_json::from_str(text).map_err(WalletError::internal)?;
    let good = read.metadata.interchange_format_version == INTERCHANGE_FORMAT_VERSION
        && read.metadata.genesis_validators_root == format!("0x{}", hex::encode(root))
        && read.data.len() == pubkeys.len()
        && read.data.iter().zip(pubkeys).all(|(history, pubkey)| {
            history.pubkey == pubkey.to_hex()
                && history.signed_blocks.is_empty()
                && history.signed_attestations.is_empty()
        });
    good.then_some(()).ok_or_else(|| {
        WalletError::internal("the slashing-protection interchange is not the keys'")
    })
}

/// The plan read back: one entry per keystore, in order, to the place the review showed.
fn check_plan(
    text: &str,
    bundled: &[BundledKeystore],
    destinations: &[String],
) -> Result<(), WalletError> {
    let plan: serde_json::Value = serde_json::from_str(text).map_err(WalletError::internal)?;
    let keys = plan["keys"].as_array().cloned().unwrap_or_default();
    let good = keys.len() == bundled.len()
        && keys
            .iter()
            .zip(bundled)
            .zip(destinations)
            .all(|((entry, keystore), to)| {
                entry["keystore"] == format!("keys/{}", keystore.file_name)
                    && entry["pubkey"] == keystore.pubkey.to_hex()
                    && entry["destination"] == to.as_str()
            });
    good.then_some(())
        .ok_or_else(|| WalletError::internal("the upload plan is not the keys'"))
}

/// A store config read back: its type is the store's, and it names a key of the plan.
fn check_store_config(
    text: &str,
    store: &SecretStore,
    destinations: &[String],
) -> Result<(), WalletError> {
    let good = match (read_config(text)?, store) {
        (
            KeyConfig::Hashicorp {
                key_path, key_name, ..
            },
            SecretStore::Vault(vault),
        ) => {
            key_name == VAULT_KEY_NAME
                && destinations
                    .iter()
                    .any(|to| key_path == format!("/v1/{}/data/{to}", vault.mount))
        }
        (
            KeyConfig::AwsSecret {
                secret_name,
                region,
                ..
            },
            SecretStore::Aws(aws),
        ) => region == aws.region && destinations.contains(&secret_name),
        _ => false,
    };
    good.then_some(())
        .ok_or_else(|| WalletError::internal("a Web3Signer config does not name its key"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::bls::SecretKey;
    use crate::keys::keystores::KdfChoice;
    use crate::keys::mnemonic::Mnemonic;
    use crate::operations::keys::CreateKeystores;
    use crate::signers::upload_bundle::tests::{fake_cli, run_script, written};

    const MNEMONIC: &str = "test test test test test test test test test test test junk";
    const PASSWORD: &str = "hand-off password";

    fn context_run<T>(f: impl FnOnce(&mut Context<'_>) -> T) -> T {
        let mut context = Context {
            now: 1_700_000_000,
            on_progress: &mut |_| {},
            import: None,
            shared_salt: None,
        };
        f(&mut context)
    }

    /// Two signing keystores the wallet makes (PBKDF2, for the tests' speed).
    fn wallet_keystores() -> Vec<String> {
        let request = CreateKeystores {
            mnemonic: SecretText::new(MNEMONIC),
            passphrase: SecretText::default(),
            language: None,
            start_index: 0,
            count: 2,
            password: SecretText::new(PASSWORD),
            kdf: KdfChoice::Pbkdf2,
            independent_salts: false,
            timestamp: Some(1),
        };
        context_run(|context| request.run(context, 0, None, None))
            .unwrap()
            .into_iter()
            .map(|file| file.json)
            .collect()
    }

    /// The signing secret keys EIP-2333 gives the mnemonic at key indices 0 and 1.
    fn derived_secrets() -> Vec<String> {
        let seed = Mnemonic::parse(MNEMONIC, None).unwrap().to_seed("");
        let master = SecretKey::derive_master_sk(seed.as_bytes()).unwrap();
        (0..2)
            .map(|index| {
                let key = master
                    .derive_child_sk(12381)
                    .derive_child_sk(3600)
                    .derive_child_sk(index)
                    .derive_child_sk(0)
                    .derive_child_sk(0);
                format!("0x{}", hex::encode(*key.to_bytes()))
            })
            .collect()
    }

    fn request(keystores: Vec<String>, destination: Destination) -> CreateSignerHandOff {
        CreateSignerHandOff {
            keystores,
            password: SecretText::new(PASSWORD),
            chain: ChainInput::name("hoodi"),
            destination,
            timestamp: Some(1_700_000_000),
        }
    }

    fn run(request: &CreateSignerHandOff) -> Result<HandOffFiles, WalletError> {
        context_run(|context| request.run(context))
    }

    fn vault() -> Destination {
        Destination::Vault {
            host: "vault.internal".into(),
            port: std::num::NonZeroU16::new(8200).unwrap(),
            tls: true,
            mount: "secret".into(),
            folder: "web3signer/batch-1".into(),
        }
    }

    #[test]
    fn the_keymanager_import_needs_the_acknowledgement_and_reads_back() {
        let keystores = wallet_keystores();
        let unacknowledged = request(
            keystores.clone(),
            Destination::KeymanagerApi {
                acknowledge_passwords_in_file: false,
            },
        );
        let err = run(&unacknowledged).unwrap_err();
        assert_eq!(err.code, ErrorCode::HandOffPasswordsNotAcknowledged);
        assert_eq!(
            err.field.as_deref(),
            Some("destination.acknowledgePasswordsInFile")
        );
        // The review needs no acknowledgement: it shows what the file will hold.
        let review = unacknowledged.review().unwrap();
        assert_eq!(review.keys.len(), 2);
        assert_eq!(review.chain, "hoodi");

        let made = run(&request(
            keystores.clone(),
            Destination::KeymanagerApi {
                acknowledge_passwords_in_file: true,
            },
        ))
        .unwrap();
        let [body, interchange] = &made.files[..] else {
            panic!("two files")
        };
        assert_eq!(body.kind, FileKind::KeymanagerImport);
        assert_eq!(body.file_name, "keymanager_import-1700000000.json");
        let read = read_import_keystores_body(&body.json).unwrap();
        assert_eq!(read.keystores, keystores, "each keystore as its own text");
        assert!(read.passwords.iter().all(|p| p.as_str() == PASSWORD));
        assert_eq!(read.slashing_protection, interchange.json);
        let parsed: Interchange = serde_json::from_str(&interchange.json).unwrap();
        assert_eq!(
            parsed.metadata.genesis_validators_root,
            "0x212f13fc4df078b6cb7db228f1c8307566dcecf900867401a92023d7ba99cb5f"
        );
        let curl = made.curl_command.unwrap();
        assert!(curl.contains("--data-binary @keymanager_import-1700000000.json"));
        assert!(curl.contains("Authorization: Bearer <token>"));
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_interchange_validates_against_eip_3076s_schema() {
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/vectors/eip3076_schema.json")).unwrap();
        let validator = jsonschema::draft7::new(&schema).unwrap();
        let made = run(&request(
            wallet_keystores(),
            Destination::KeymanagerApi {
                acknowledge_passwords_in_file: true,
            },
        ))
        .unwrap();
        let interchange: serde_json::Value = serde_json::from_str(&made.files[1].json).unwrap();
        assert!(validator.is_valid(&interchange));
        assert_eq!(interchange["data"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn refusals_name_their_keystore_and_nothing_is_made() {
        let keystores = wallet_keystores();
        let destination = Destination::Web3signerKeystores;
        let err = run(&request(vec![], destination.clone())).unwrap_err();
        assert_eq!(err.code, ErrorCode::HandOffNoKeystores);

        let twice = vec![
            keystores[0].clone(),
            keystores[1].clone(),
            keystores[0].clone(),
        ];
        let err = run(&request(twice, destination.clone())).unwrap_err();
        assert_eq!(err.code, ErrorCode::HandOffDuplicateKey);
        assert_eq!(err.field.as_deref(), Some("keystores[2]"));

        // A withdrawal key's keystore (its path one level up) is refused before it is opened.
        let mut withdrawal: serde_json::Value = serde_json::from_str(&keystores[1]).unwrap();
        withdrawal["path"] = "m/12381/3600/1/0".into();
        let err = run(&request(
            vec![keystores[0].clone(), withdrawal.to_string()],
            destination.clone(),
        ))
        .unwrap_err();
        assert_eq!(err.code, ErrorCode::HandOffWithdrawalKey);
        assert_eq!(err.field.as_deref(), Some("keystores[1]"));

        let mut wrong = request(keystores.clone(), destination);
        wrong.password = SecretText::new("not it");
        let err = run(&wrong).unwrap_err();
        assert_eq!(err.code, ErrorCode::KeystoreWrongPassword);
        assert_eq!(err.field.as_deref(), Some("password"));

        for (destination, field, code) in [
            (
                Destination::Vault {
                    host: "https://vault.internal:8200".into(),
                    port: std::num::NonZeroU16::new(8200).unwrap(),
                    tls: true,
                    mount: "secret".into(),
                    folder: "keys".into(),
                },
                "destination.host",
                ErrorCode::SignerHostInvalid,
            ),
            (
                Destination::Vault {
                    host: "10.0.0.5".into(),
                    port: std::num::NonZeroU16::new(8200).unwrap(),
                    tls: false,
                    mount: "secret".into(),
                    folder: "keys/../other".into(),
                },
                "destination.folder",
                ErrorCode::SignerPathInvalid,
            ),
            (
                Destination::AwsSecretsManager {
                    region: "Frankfurt".into(),
                    name_prefix: "validator-".into(),
                    access_key_in_config: false,
                },
                "destination.region",
                ErrorCode::AwsRegionInvalid,
            ),
        ] {
            let err = request(keystores.clone(), destination)
                .review()
                .unwrap_err();
            assert_eq!((err.code, err.field.as_deref()), (code, Some(field)));
        }
        assert_eq!(parse_port("8200").unwrap().get(), 8200);
        for bad in ["0", "65536", "+80", " 80", ""] {
            assert_eq!(
                parse_port(bad).unwrap_err().code,
                ErrorCode::SignerPortInvalid
            );
        }
    }

    #[test]
    fn web3signer_keystore_configs_name_each_keystore() {
        let made = run(&request(
            wallet_keystores(),
            Destination::Web3signerKeystores,
        ))
        .unwrap();
        assert_eq!(made.files.len(), 4);
        for (file, keystore) in made.files[..2].iter().zip(&made.files[2..]) {
            assert_eq!(keystore.kind, FileKind::Keystore);
            assert!(keystore.file_name.starts_with("keystore-m_12381_3600_"));
            assert!(!keystore.file_name.contains("0x"), "{}", keystore.file_name);
            let KeyConfig::FileKeystore { keystore_file, .. } = read_config(&file.json).unwrap()
            else {
                panic!("a file-keystore config")
            };
            assert_eq!(
                keystore_file,
                format!("/path/to/validator_keys/{}", keystore.file_name)
            );
            assert_eq!(file.kind, FileKind::Web3SignerConfig);
            assert!(file
                .file_name
                .starts_with("web3signer/keystore-m_12381_3600_"));
            assert!(matches!(
                read_config(&file.json).unwrap(),
                KeyConfig::FileKeystore { .. }
            ));
        }
    }

    /// The bundle the wallet makes, run by its script against a fake `vault`: the dry run
    /// prints each command and stores nothing; the real run stores the very keys EIP-2333
    /// derives from the mnemonic.
    #[test]
    fn the_upload_bundle_stores_the_keys_the_wallet_derived() {
        let made = run(&request(wallet_keystores(), vault())).unwrap();
        let kinds: Vec<FileKind> = made.files.iter().map(|file| file.kind).collect();
        assert_eq!(
            kinds,
            [
                FileKind::UploadScript,
                FileKind::UploadPlan,
                FileKind::Keystore,
                FileKind::Keystore,
                FileKind::Web3SignerConfig,
                FileKind::Web3SignerConfig,
            ]
        );
        let files: Vec<(String, String)> = made
            .files
            .iter()
            .map(|file| (file.file_name.clone(), file.json.clone()))
            .collect();
        let dir = written(&files, "hand-off");
        fake_cli(&dir, "vault");
        let dry = run_script(&dir, PASSWORD, true);
        let out = String::from_utf8_lossy(&dry.stdout);
        assert!(dry.status.success(), "{out}");
        let review = request(wallet_keystores(), vault()).review().unwrap();
        for key in &review.keys {
            assert!(out.contains(&format!(
                "would run: vault kv put -mount=secret web3signer/batch-1/{} value=-",
                key.pubkey
            )));
        }
        assert!(!dir.join("store").exists());
        let real = run_script(&dir, PASSWORD, false);
        assert!(
            real.status.success(),
            "{}",
            String::from_utf8_lossy(&real.stderr)
        );
        for (call, secret) in derived_secrets().iter().enumerate() {
            let stored = std::fs::read_to_string(dir.join(format!("store/{call}.secret"))).unwrap();
            assert_eq!(&stored, secret);
        }
        std::fs::remove_dir_all(dir).unwrap();
    }
}

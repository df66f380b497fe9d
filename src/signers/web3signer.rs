//! Web3Signer's key configuration files, one YAML file per key, in the three ways it loads a
//! BLS key (its "Signing key configuration file parameters" reference): `file-keystore` (the
//! keystore and its password file on the signer host), `hashicorp` (the decrypted key in
//! HashiCorp Vault's KV v2 engine) and `aws-secret` (the decrypted key in AWS Secrets Manager).
//! Values the wallet cannot know (paths, tokens, credentials) are placeholders to replace.
//! Strings are written as JSON string literals, which are YAML double-quoted scalars.

use crate::files::output::OutputFile;
use crate::files::FileKind;
use crate::keys::bls::PublicKey;

/// Where the configs point until the operator edits them.
pub const PLACEHOLDER_DIR: &str = "/path/to/validator_keys";

/// One `web3signer/<keystore name>.yaml` per keystore among `files`, as (path, text).
pub fn file_keystore_configs(files: &[OutputFile]) -> Vec<(String, String)> {
    files
        .iter()
        .filter(|file| file.kind == FileKind::Keystore)
        .map(|file| {
            let stem = file.file_name.trim_end_matches(".json");
            (
                format!("web3signer/{stem}.yaml"),
                format!(
                    "type: \"file-keystore\"\nkeyType: \"BLS\"\nkeystoreFile: \"{PLACEHOLDER_DIR}/{}\"\nkeystorePasswordFile: \"{PLACEHOLDER_DIR}/{stem}.txt\"\n",
                    file.file_name
                ),
            )
        })
        .collect()
}

/// Where Web3Signer reaches HashiCorp Vault, and under which KV v2 path the keys sit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VaultServer {
    pub host: String,
    pub port: u16,
    pub tls: bool,
    /// The KV v2 mount (`secret` in a default Vault).
    pub mount: String,
    /// The folder under the mount: each key is `<folder>/<pubkey>`.
    pub folder: String,
}

/// The token Web3Signer presents to Vault: a placeholder, never a real one, in the files.
pub const VAULT_TOKEN_PLACEHOLDER: &str = "REPLACE_WITH_VAULT_TOKEN";
/// The name of the secret's field that holds the key (what `vault kv put … value=` writes).
pub const VAULT_KEY_NAME: &str = "value";

/// How Web3Signer authenticates to AWS Secrets Manager.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AwsAuthentication {
    /// The default credential provider chain of the signer host (an instance role, say).
    Environment,
    /// An access key written into the config (placeholders here).
    Specified,
}

/// Where Web3Signer finds the keys in AWS Secrets Manager.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwsSecrets {
    pub region: String,
    /// Each key's secret is `<prefix><pubkey>`.
    pub name_prefix: String,
    pub authentication: AwsAuthentication,
}

/// The KV v2 path of a key in Vault, as `vault kv put -mount=<mount>` takes it.
pub fn vault_secret_path(vault: &VaultServer, pubkey: &PublicKey) -> String {
    format!("{}/{}", vault.folder.trim_matches('/'), pubkey.to_hex())
}

/// One `web3signer/<pubkey>.yaml` per key, `type: hashicorp`, as (path, text).
pub fn hashicorp_configs(pubkeys: &[PublicKey], vault: &VaultServer) -> Vec<(String, String)> {
    pubkeys
        .iter()
        .map(|pubkey| {
            // The KV v2 HTTP API's read path: /v1/<mount>/data/<path>.
            let key_path = format!(
                "/v1/{}/data/{}",
                vault.mount.trim_matches('/'),
                vault_secret_path(vault, pubkey)
            );
            let lines = [
                ("type", "hashicorp".to_owned()),
                ("keyType", "BLS".to_owned()),
                ("tlsEnabled", vault.tls.to_string()),
                ("keyPath", key_path),
                ("keyName", VAULT_KEY_NAME.to_owned()),
                ("serverHost", vault.host.clone()),
                ("serverPort", vault.port.to_string()),
                ("token", VAULT_TOKEN_PLACEHOLDER.to_owned()),
            ];
            (format!("web3signer/{}.yaml", pubkey.to_hex()), yaml(&lines))
        })
        .collect()
}

/// One `web3signer/<pubkey>.yaml` per key, `type: aws-secret`, as (path, text).
pub fn aws_secret_configs(pubkeys: &[PublicKey], aws: &AwsSecrets) -> Vec<(String, String)> {
    pubkeys
        .iter()
        .map(|pubkey| {
            let mut lines = vec![
                ("type", "aws-secret".to_owned()),
                ("keyType", "BLS".to_owned()),
                (
                    "authenticationMode",
                    match aws.authentication {
                        AwsAuthentication::Environment => "ENVIRONMENT",
                        AwsAuthentication::Specified => "SPECIFIED",
                    }
                    .to_owned(),
                ),
            ];
            if aws.authentication == AwsAuthentication::Specified {
                lines.push(("accessKeyId", "REPLACE_WITH_ACCESS_KEY_ID".to_owned()));
                lines.push((
                    "secretAccessKey",
                    "REPLACE_WITH_SECRET_ACCESS_KEY".to_owned(),
                ));
            }
            lines.push((
                "secretName",
                format!("{}{}", aws.name_prefix, pubkey.to_hex()),
            ));
            lines.push(("region", aws.region.clone()));
            (format!("web3signer/{}.yaml", pubkey.to_hex()), yaml(&lines))
        })
        .collect()
}

/// `key: "value"` lines; a JSON string literal is a valid YAML double-quoted scalar.
fn yaml(lines: &[(&str, String)]) -> String {
    lines
        .iter()
        .map(|(key, value)| {
            format!(
                "{key}: {}\n",
                serde_json::to_string(value).unwrap_or_default()
            )
        })
        .collect()
}

/// A config read back, field for field, as the wallet writes them (each value a JSON string
/// literal): what Web3Signer's reference requires of each type, and nothing else.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(
    tag = "type",
    rename_all = "kebab-case",
    rename_all_fields = "camelCase",
    deny_unknown_fields
)]
pub enum KeyConfig {
    FileKeystore {
        key_type: String,
        keystore_file: String,
        keystore_password_file: String,
    },
    Hashicorp {
        key_type: String,
        tls_enabled: String,
        key_path: String,
        key_name: String,
        server_host: String,
        server_port: String,
        token: String,
    },
    AwsSecret {
        key_type: String,
        authentication_mode: String,
        #[serde(default)]
        access_key_id: Option<String>,
        #[serde(default)]
        secret_access_key: Option<String>,
        secret_name: String,
        region: String,
    },
}

/// Reads a config the wallet wrote: `key: "value"` lines only, each key once.
pub fn read_config(text: &str) -> Result<KeyConfig, crate::error::WalletError> {
    use crate::error::WalletError;
    let mut fields = serde_json::Map::new();
    for line in text.lines() {
        let (key, value) = line
            .split_once(": ")
            .ok_or_else(|| WalletError::internal(format!("not a key: value line: {line}")))?;
        let value: String = serde_json::from_str(value).map_err(WalletError::internal)?;
        if fields.insert(key.to_owned(), value.into()).is_some() {
            return Err(WalletError::internal(format!("{key} written twice")));
        }
    }
    let config: KeyConfig = serde_json::from_value(fields.into()).map_err(WalletError::internal)?;
    let key_type = match &config {
        KeyConfig::FileKeystore { key_type, .. }
        | KeyConfig::Hashicorp { key_type, .. }
        | KeyConfig::AwsSecret { key_type, .. } => key_type,
    };
    if key_type != "BLS" {
        return Err(WalletError::internal("keyType is not BLS"));
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    // The schema checks run natively: jsonschema and yaml_serde are native dev-dependencies.
    use super::*;

    #[test]
    fn one_config_per_keystore() {
        let files = [
            OutputFile {
                kind: FileKind::Keystore,
                file_name: "keystore-m_12381_3600_0_0_0-1.json".into(),
                json: "{}".into(),
            },
            OutputFile {
                kind: FileKind::DepositData,
                file_name: "deposit_data-1.json".into(),
                json: "[]".into(),
            },
        ];
        let configs = file_keystore_configs(&files);
        assert_eq!(configs.len(), 1);
        assert_eq!(
            configs[0].0,
            "web3signer/keystore-m_12381_3600_0_0_0-1.yaml"
        );
        assert!(configs[0].1.starts_with("type: \"file-keystore\"\n"));
        assert!(configs[0].1.contains(
            "keystoreFile: \"/path/to/validator_keys/keystore-m_12381_3600_0_0_0-1.json\""
        ));
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn keys() -> Vec<PublicKey> {
        (1u8..=2)
            .map(|i| {
                crate::keys::bls::SecretKey::derive_master_sk(&[i; 32])
                    .unwrap()
                    .public_key()
            })
            .collect()
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// Web3Signer's key-config reference as a JSON schema (tests/vectors/SOURCES.md).
    fn schema() -> jsonschema::Validator {
        let schema: serde_json::Value = serde_json::from_str(include_str!(
            "../../tests/vectors/web3signer_key_config_schema.json"
        ))
        .unwrap();
        jsonschema::validator_for(&schema).unwrap()
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn parsed(text: &str) -> serde_json::Value {
        yaml_serde::from_str(text).unwrap()
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_kind_of_config_parses_as_yaml_and_validates() {
        let schema = schema();
        let vault = VaultServer {
            host: "vault.internal".into(),
            port: 8200,
            tls: true,
            mount: "secret".into(),
            folder: "validators/batch-1".into(),
        };
        let keys = keys();
        let mut all = hashicorp_configs(&keys, &vault);
        for authentication in [AwsAuthentication::Environment, AwsAuthentication::Specified] {
            let aws = AwsSecrets {
                region: "eu-central-1".into(),
                name_prefix: "validator-".into(),
                authentication,
            };
            all.extend(aws_secret_configs(&keys, &aws));
        }
        all.extend(file_keystore_configs(&[OutputFile {
            kind: FileKind::Keystore,
            file_name: "keystore-m_12381_3600_0_0_0-1.json".into(),
            json: "{}".into(),
        }]));
        assert_eq!(all.len(), 7);
        for (path, text) in &all {
            read_config(text).unwrap();
            let config = parsed(text);
            assert!(
                schema.is_valid(&config),
                "{path}: {:?}",
                schema.validate(&config).err()
            );
        }
        let vault_config = parsed(&hashicorp_configs(&keys[..1], &vault)[0].1);
        assert_eq!(
            vault_config["keyPath"],
            format!("/v1/secret/data/validators/batch-1/{}", keys[0].to_hex())
        );
        assert_eq!(vault_config["serverPort"], "8200");
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_schema_refuses_what_web3signer_would() {
        let schema = schema();
        for bad in [
            // A Vault config without its server.
            "type: \"hashicorp\"\nkeyType: \"BLS\"\nkeyPath: \"/v1/secret/data/k\"\nkeyName: \"value\"\ntoken: \"t\"\n",
            // AWS credentials named but half given.
            "type: \"aws-secret\"\nkeyType: \"BLS\"\nauthenticationMode: \"SPECIFIED\"\nsecretName: \"s\"\nregion: \"r\"\naccessKeyId: \"a\"\n",
            // A key type Web3Signer does not know.
            "type: \"file-keystore\"\nkeyType: \"ED25519\"\nkeystoreFile: \"k.json\"\nkeystorePasswordFile: \"k.txt\"\n",
        ] {
            assert!(!schema.is_valid(&parsed(bad)), "{bad}");
        }
    }
}

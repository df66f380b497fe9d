//! The bundle that takes signing keys into HashiCorp Vault or AWS Secrets Manager, where
//! Web3Signer reads the *decrypted* key. The wallet never writes a raw key: each key stays its
//! EIP-2335 keystore, and `upload_keys.py`, run by the operator on the online machine, decrypts
//! them there, checks each one and writes the secrets with the store's own CLI. With them go
//! the plan the script follows and the matching Web3Signer configs.

use serde::Serialize;

use crate::keys::bls::PublicKey;
use crate::signers::web3signer::{
    aws_secret_configs, hashicorp_configs, vault_secret_path, AwsSecrets, VaultServer,
};

/// The script, as the operator runs it (Python 3 with `cryptography`).
pub const UPLOAD_SCRIPT: &str = include_str!("upload_keys.py");

/// Where the secrets go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretStore {
    Vault(VaultServer),
    Aws(AwsSecrets),
}

/// A keystore of the batch: its file name, its text and the pubkey it states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundledKeystore {
    pub file_name: String,
    pub json: String,
    pub pubkey: PublicKey,
}

/// `upload-plan.json`: what the script does, key by key.
#[derive(Serialize)]
struct UploadPlan<'a> {
    store: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    vault: Option<VaultPlan<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    aws: Option<AwsPlan<'a>>,
    keys: Vec<PlannedKey>,
}

#[derive(Serialize)]
struct VaultPlan<'a> {
    mount: &'a str,
}

#[derive(Serialize)]
struct AwsPlan<'a> {
    region: &'a str,
}

#[derive(Serialize)]
struct PlannedKey {
    keystore: String,
    pubkey: String,
    /// The Vault path or the AWS secret name.
    destination: String,
}

/// Where each key's secret goes: its Vault KV path (under the mount) or its AWS secret name.
pub fn destinations(keystores: &[BundledKeystore], store: &SecretStore) -> Vec<String> {
    keystores
        .iter()
        .map(|keystore| match store {
            SecretStore::Vault(vault) => vault_secret_path(vault, &keystore.pubkey),
            SecretStore::Aws(aws) => format!("{}{}", aws.name_prefix, keystore.pubkey.to_hex()),
        })
        .collect()
}

/// The bundle's files as (path, text): `upload_keys.py`, `upload-plan.json`, each keystore
/// under `keys/`, and one Web3Signer config per key under `web3signer/`.
pub fn upload_bundle(keystores: &[BundledKeystore], store: &SecretStore) -> Vec<(String, String)> {
    let pubkeys: Vec<PublicKey> = keystores.iter().map(|keystore| keystore.pubkey).collect();
    let keys = keystores
        .iter()
        .zip(destinations(keystores, store))
        .map(|(keystore, destination)| PlannedKey {
            keystore: format!("keys/{}", keystore.file_name),
            pubkey: keystore.pubkey.to_hex(),
            destination,
        })
        .collect();
    let (plan, configs) = match store {
        SecretStore::Vault(vault) => (
            UploadPlan {
                store: "vault",
                vault: Some(VaultPlan {
                    mount: vault.mount.trim_matches('/'),
                }),
                aws: None,
                keys,
            },
            hashicorp_configs(&pubkeys, vault),
        ),
        SecretStore::Aws(aws) => (
            UploadPlan {
                store: "aws",
                vault: None,
                aws: Some(AwsPlan {
                    region: &aws.region,
                }),
                keys,
            },
            aws_secret_configs(&pubkeys, aws),
        ),
    };
    let mut files = vec![
        ("upload_keys.py".to_owned(), UPLOAD_SCRIPT.to_owned()),
        (
            "upload-plan.json".to_owned(),
            // Strings and vectors of them always serialize.
            serde_json::to_string_pretty(&plan).unwrap_or_default() + "\n",
        ),
    ];
    files.extend(keystores.iter().map(|keystore| {
        (
            format!("keys/{}", keystore.file_name),
            keystore.json.clone(),
        )
    }));
    files.extend(configs);
    files
}

#[cfg(test)]
pub(crate) mod tests {
    use std::path::{Path, PathBuf};
    use std::process::{Command, Stdio};

    use super::*;
    use crate::signers::web3signer::AwsAuthentication;

    /// EIP-2335's two test keystores (tests/vectors/eip2335.json): known password and secret.
    fn vector_keystores() -> (Vec<BundledKeystore>, String, String) {
        let vectors: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/vectors/eip2335.json")).unwrap();
        let mut keystores = vec![];
        for kdf in ["pbkdf2", "scrypt"] {
            let keystore = &vectors["vectors"][kdf]["keystore"];
            let pubkey = hex::decode(keystore["pubkey"].as_str().unwrap()).unwrap();
            keystores.push(BundledKeystore {
                file_name: format!("keystore-{kdf}.json"),
                json: keystore.to_string(),
                pubkey: PublicKey::from_bytes(&pubkey).unwrap(),
            });
        }
        let vector = &vectors["vectors"]["pbkdf2"];
        (
            keystores,
            vector["password"].as_str().unwrap().to_owned(),
            vector["secret"].as_str().unwrap().to_owned(),
        )
    }

    pub(crate) fn written(files: &[(String, String)], name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("ww-upload-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, text) in files {
            let path = dir.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    /// A fake store CLI on PATH: writes each call's arguments and standard input into `store`.
    pub(crate) fn fake_cli(dir: &Path, name: &str) {
        let bin = dir.join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        let script = bin.join(name);
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\nmkdir -p '{store}'\nn=$(find '{store}' -name '*.args' | wc -l)\nprintf '%s\\n' \"$@\" > '{store}'/$n.args\ncat > '{store}'/$n.secret\n",
                store = dir.join("store").display()
            ),
        )
        .unwrap();
        Command::new("chmod")
            .arg("+x")
            .arg(&script)
            .status()
            .unwrap();
    }

    pub(crate) fn run_script(dir: &Path, password: &str, dry_run: bool) -> std::process::Output {
        let path = format!(
            "{}:{}",
            dir.join("bin").display(),
            std::env::var("PATH").unwrap()
        );
        let mut command = Command::new("python3");
        command.arg(dir.join("upload_keys.py")).env("PATH", path);
        if dry_run {
            command.arg("--dry-run");
        }
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
        child.wait_with_output().unwrap()
    }

    #[test]
    fn the_dry_run_prints_the_commands_and_the_real_run_stores_the_keys() {
        let (keystores, password, secret) = vector_keystores();
        let vault = SecretStore::Vault(VaultServer {
            host: "127.0.0.1".into(),
            port: 8200,
            tls: false,
            mount: "secret".into(),
            folder: "validators".into(),
        });
        let dir = written(&upload_bundle(&keystores, &vault), "vault");
        fake_cli(&dir, "vault");
        let dry = run_script(&dir, &password, true);
        let out = String::from_utf8_lossy(&dry.stdout);
        assert!(
            dry.status.success(),
            "{out}{}",
            String::from_utf8_lossy(&dry.stderr)
        );
        let pubkey = keystores[0].pubkey.to_hex();
        assert!(out.contains(&format!(
            "would run: vault kv put -mount=secret validators/{pubkey} value=-"
        )));
        assert!(!dir.join("store").exists(), "a dry run stores nothing");

        let real = run_script(&dir, &password, false);
        assert!(
            real.status.success(),
            "{}",
            String::from_utf8_lossy(&real.stderr)
        );
        for call in 0..2 {
            let stored = std::fs::read_to_string(dir.join(format!("store/{call}.secret"))).unwrap();
            assert_eq!(
                stored, secret,
                "the secret the keystore holds, on standard input"
            );
            let args = std::fs::read_to_string(dir.join(format!("store/{call}.args"))).unwrap();
            assert!(!args.contains(&secret[2..]), "never on the command line");
        }
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_wrong_password_or_a_swapped_keystore_stores_nothing() {
        let (mut keystores, password, _) = vector_keystores();
        let aws = SecretStore::Aws(AwsSecrets {
            region: "eu-central-1".into(),
            name_prefix: "validator-".into(),
            authentication: AwsAuthentication::Environment,
        });
        let dir = written(&upload_bundle(&keystores, &aws), "aws");
        fake_cli(&dir, "aws");
        let wrong = run_script(&dir, "not the password", false);
        assert!(!wrong.status.success());
        assert!(String::from_utf8_lossy(&wrong.stderr).contains("nothing was uploaded"));
        assert!(!dir.join("store").exists());
        std::fs::remove_dir_all(&dir).unwrap();

        // A keystore whose stated pubkey is not its key's.
        let other = crate::keys::bls::SecretKey::derive_master_sk(&[9; 32])
            .unwrap()
            .public_key();
        let mut json: serde_json::Value = serde_json::from_str(&keystores[0].json).unwrap();
        json["pubkey"] = hex::encode(other.to_bytes()).into();
        keystores[0].json = json.to_string();
        keystores[0].pubkey = other;
        let dir = written(&upload_bundle(&keystores, &aws), "aws-swapped");
        fake_cli(&dir, "aws");
        let swapped = run_script(&dir, &password, false);
        assert!(!swapped.status.success());
        assert!(String::from_utf8_lossy(&swapped.stderr)
            .contains("does not give the keystore's pubkey"));
        assert!(!dir.join("store").exists());
        std::fs::remove_dir_all(dir).unwrap();
    }
}

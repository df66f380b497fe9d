//! Web3Signer's key configuration files for keystores the wallet made: `type: file-keystore`,
//! one YAML file per keystore, pointing at where the keystore and its password file will sit
//! on the signer host (placeholders the operator replaces).

use crate::files::output::OutputFile;
use crate::files::FileKind;

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

#[cfg(test)]
mod tests {
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
}

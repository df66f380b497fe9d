//! ethdo's `offline-preparation.json` (version 3): the chain's values and every validator's
//! index, pubkey, state and withdrawal credentials, as `ethdo validator exit --prepare-offline`
//! writes them for an offline machine.

use std::borrow::Cow;

use serde::Deserialize;

use crate::error::Quoted;
use crate::files::hex_field::decode_prefixed;
use crate::import::json::{Entry, TopLevelFields};
use crate::import::{
    hex, lenient, status, validator_index, EntryPlace, ImportError, ImportedChain,
    ImportedValidator,
};

/// One entry of ethdo's `validators` array.
#[derive(Deserialize)]
pub(crate) struct EthdoEntry<'a> {
    #[serde(borrow)]
    index: Cow<'a, str>,
    #[serde(borrow)]
    pubkey: Cow<'a, str>,
    #[serde(borrow)]
    state: Cow<'a, str>,
    #[serde(borrow)]
    withdrawal_credentials: Cow<'a, str>,
}

impl<'de> Entry<'de> for EthdoEntry<'de> {
    fn check(&self, entry: &EntryPlace) -> Result<ImportedValidator, ImportError> {
        Ok(ImportedValidator {
            index: validator_index(entry, "index", &self.index)?,
            // ethdo writes 0x; files made by other tools for it sometimes do not.
            pubkey: Some(hex(entry, "pubkey", &self.pubkey, lenient)?),
            withdrawal_credentials: hex(
                entry,
                "withdrawal_credentials",
                &self.withdrawal_credentials,
                decode_prefixed,
            )?,
            status: Some(status(entry, "state", &self.state)?),
        })
    }
}

const BLS_TO_EXECUTION_CHANGE_DOMAIN_TYPE: &str = "0x0a000000";
const VOLUNTARY_EXIT_DOMAIN_TYPE: &str = "0x04000000";

/// The chain values of an ethdo file, each required and checked.
pub(crate) fn ethdo_chain(fields: &TopLevelFields<'_>) -> Result<ImportedChain, ImportError> {
    let required = |value: &Option<Cow<'_, str>>, field: &'static str| {
        value
            .as_deref()
            .map(str::to_owned)
            .ok_or(ImportError::MissingField { field })
    };
    let version = required(&fields.version, "version")?;
    if version != "3" {
        return Err(ImportError::UnsupportedEthdoVersion {
            version: Quoted::new(&version),
        });
    }
    for (value, field, expected) in [
        (
            &fields.bls_to_execution_change_domain_type,
            "bls_to_execution_change_domain_type",
            BLS_TO_EXECUTION_CHANGE_DOMAIN_TYPE,
        ),
        (
            &fields.voluntary_exit_domain_type,
            "voluntary_exit_domain_type",
            VOLUNTARY_EXIT_DOMAIN_TYPE,
        ),
    ] {
        if let Some(found) = value.as_deref() {
            if !found.eq_ignore_ascii_case(expected) {
                return Err(ImportError::WrongDomainType {
                    field,
                    found: Quoted::new(found),
                    expected,
                });
            }
        }
    }
    let file = EntryPlace::File;
    let value = |value: &Option<Cow<'_, str>>,
                 field: &'static str|
     -> Result<String, ImportError> { required(value, field) };
    Ok(ImportedChain {
        genesis_validators_root: hex(
            &file,
            "genesis_validators_root",
            &value(&fields.genesis_validators_root, "genesis_validators_root")?,
            decode_prefixed,
        )?,
        genesis_fork_version: hex(
            &file,
            "genesis_fork_version",
            &value(&fields.genesis_fork_version, "genesis_fork_version")?,
            decode_prefixed,
        )?,
        exit_fork_version: hex(
            &file,
            "exit_fork_version",
            &value(&fields.exit_fork_version, "exit_fork_version")?,
            decode_prefixed,
        )?,
        current_fork_version: hex(
            &file,
            "current_fork_version",
            &value(&fields.current_fork_version, "current_fork_version")?,
            decode_prefixed,
        )?,
        epoch: validator_index(&file, "epoch", &value(&fields.epoch, "epoch")?)?,
    })
}

#[cfg(test)]
mod tests {
    use crate::import::tests::{err, ethdo_file, CREDS, PUBKEY};
    use crate::import::{parse_validator_import, ImportFormat};

    #[test]
    fn ethdo_preparation_carries_the_chain() {
        let entry = format!(
            r#"{{"index":"100","pubkey":"{}","state":"active_ongoing","withdrawal_credentials":"{CREDS}"}}"#,
            &PUBKEY[2..]
        );
        let import = parse_validator_import(ethdo_file(&entry).as_bytes()).unwrap();
        assert_eq!(import.format, ImportFormat::EthdoOfflinePreparation);
        let chain = import.chain.unwrap();
        assert_eq!(chain.genesis_fork_version, [0, 0, 0, 0]);
        assert_eq!(chain.exit_fork_version, [3, 0, 0, 0]);
        assert_eq!(chain.current_fork_version, [4, 0, 0, 0]);
        assert_eq!(chain.epoch, 305658);
        assert_eq!(chain.genesis_validators_root[0], 0x4b);
        assert_eq!(import.validators[0].index, 100);
    }

    #[test]
    fn ethdo_files_are_checked_as_a_whole() {
        let entry = format!(
            r#"{{"index":"1","pubkey":"{PUBKEY}","state":"active_ongoing","withdrawal_credentials":"{CREDS}"}}"#
        );
        let file = ethdo_file(&entry);
        assert_eq!(
            err(&file.replace(r#""version":"3""#, r#""version":"2""#)),
            "ethdo preparation file version \"2\" is not supported; version \"3\" is (ethdo 1.30 and later)"
        );
        assert_eq!(
            err(&file.replace(r#""epoch":"305658","#, "")),
            "the ethdo preparation file has no \"epoch\""
        );
        assert_eq!(
            err(&file.replace("0x0a000000", "0x0b000000")),
            "the ethdo file's bls_to_execution_change_domain_type is 0x0b000000, not the consensus spec's 0x0a000000; it was not made for an Ethereum chain"
        );
        assert_eq!(
            err(&file.replace(
                r#""exit_fork_version":"0x03000000""#,
                r#""exit_fork_version":"0x030000""#
            )),
            "the file: exit_fork_version is 3 bytes; it must be 4"
        );
    }
}

//! The beacon API's `GET /eth/v1/beacon/states/{state}/validators` response: `data` is the
//! list (or one validator for `/validators/{id}`); each entry's index, status, pubkey and
//! withdrawal credentials are read, the rest ignored.

use std::borrow::Cow;

use serde::Deserialize;

use crate::files::hex_field::decode_prefixed;
use crate::import::json::Entry;
use crate::import::{hex, status, validator_index, EntryPlace, ImportError, ImportedValidator};

/// One entry of the beacon API's `data` array.
#[derive(Deserialize)]
pub(crate) struct BeaconEntry<'a> {
    #[serde(borrow)]
    index: Cow<'a, str>,
    #[serde(borrow)]
    status: Cow<'a, str>,
    #[serde(borrow)]
    validator: BeaconValidator<'a>,
}

#[derive(Deserialize)]
struct BeaconValidator<'a> {
    #[serde(borrow)]
    pubkey: Cow<'a, str>,
    #[serde(borrow)]
    withdrawal_credentials: Cow<'a, str>,
}

impl<'de> Entry<'de> for BeaconEntry<'de> {
    fn check(&self, entry: &EntryPlace) -> Result<ImportedValidator, ImportError> {
        Ok(ImportedValidator {
            index: validator_index(entry, "index", &self.index)?,
            pubkey: Some(hex(
                entry,
                "validator.pubkey",
                &self.validator.pubkey,
                decode_prefixed,
            )?),
            withdrawal_credentials: hex(
                entry,
                "validator.withdrawal_credentials",
                &self.validator.withdrawal_credentials,
                decode_prefixed,
            )?,
            status: Some(status(entry, "status", &self.status)?),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::import::tests::{beacon_entry, err, CREDS, PUBKEY};
    use crate::import::{parse_validator_import, ImportFormat, ValidatorStatus};

    #[test]
    fn beacon_api_list_single_and_bare_array() {
        let list = format!(
            r#"{{"execution_optimistic":false,"finalized":true,"data":[{},{}]}}"#,
            beacon_entry(7, "active_ongoing", CREDS),
            beacon_entry(
                8,
                "withdrawal_done",
                "0x010000000000000000000000d369bb49efa5100fd3b86a9f828c55da04d2d50a"
            )
        );
        let import = parse_validator_import(list.as_bytes()).unwrap();
        assert_eq!(import.format, ImportFormat::BeaconApi);
        assert_eq!(import.chain, None);
        assert_eq!(import.validators.len(), 2);
        assert_eq!(import.validators[0].index, 7);
        assert_eq!(
            import.validators[0].status,
            Some(ValidatorStatus::ActiveOngoing)
        );
        assert_eq!(import.validators[1].withdrawal_credentials[0], 0x01);
        assert_eq!(
            hex::encode(import.validators[0].pubkey.unwrap()),
            &PUBKEY[2..]
        );

        let single = format!(
            r#"{{"execution_optimistic":false,"data":{}}}"#,
            beacon_entry(9, "pending_queued", CREDS)
        );
        assert_eq!(
            parse_validator_import(single.as_bytes())
                .unwrap()
                .validators[0]
                .index,
            9
        );
        let bare = format!("  [{}]", beacon_entry(3, "active_exiting", CREDS));
        assert_eq!(
            parse_validator_import(bare.as_bytes()).unwrap().format,
            ImportFormat::BeaconApi
        );
    }

    #[test]
    fn malformed_entries_name_the_entry_and_field() {
        let bad_status = format!(
            r#"{{"data":[{},{}]}}"#,
            beacon_entry(1, "active_ongoing", CREDS),
            beacon_entry(2, "asleep", CREDS)
        );
        assert_eq!(
            err(&bad_status),
            "data[1]: status \"asleep\" is not a beacon API validator status"
        );
        let no_prefix = format!(
            r#"{{"data":[{}]}}"#,
            beacon_entry(1, "active_ongoing", &CREDS[2..])
        );
        assert_eq!(
            err(&no_prefix),
            "data[0]: validator.withdrawal_credentials must start with 0x"
        );
        let missing =
            r#"{"data":[{"index":"1","status":"active_ongoing","validator":{"pubkey":"0x00"}}]}"#;
        assert!(
            err(missing).contains("missing field `withdrawal_credentials`"),
            "{}",
            err(missing)
        );
        let numeric = r#"{"data":[{"index":1}]}"#;
        assert!(
            err(numeric).contains("invalid type: integer `1`"),
            "{}",
            err(numeric)
        );
        let twice = format!(
            r#"{{"data":[{}],"data":[]}}"#,
            beacon_entry(1, "active_ongoing", CREDS)
        );
        assert_eq!(
            err(&twice),
            "the JSON names the key \"data\" twice in one object; other tools would read only the last, so the file is refused"
        );
    }
}

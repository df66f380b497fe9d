//! The JSON walker both JSON shapes share: the top-level object streams its `data` (beacon
//! API) or `validators` (ethdo) array past the sink one entry at a time and keeps the other
//! top-level fields; a key named twice is refused.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use crate::error::Quoted;
use crate::files::strict_json::{syntax_error, JsonError};
use crate::import::beacon_api::BeaconEntry;
use crate::import::ethdo::{ethdo_chain, EthdoEntry};
use crate::import::{
    CheckedSink, EntryPlace, ImportError, ImportFormat, ImportSummary, ImportedValidator,
};

/// An entry shape that checks itself into an `ImportedValidator`.
pub(crate) trait Entry<'de>: Deserialize<'de> {
    fn check(&self, entry: &EntryPlace) -> Result<ImportedValidator, ImportError>;
}

/// Checks one entry and hands it on; a refusal is kept typed (serde carries only strings).
fn accept<'de, E: Entry<'de>, Error: serde::de::Error>(
    sink: &mut CheckedSink<'_>,
    entry: &E,
    place: EntryPlace,
) -> Result<(), Error> {
    let checked = entry
        .check(&place)
        .and_then(|validator| sink.accept(validator));
    checked.map_err(|err| {
        let message = err.to_string();
        sink.error = Some(err);
        Error::custom(message)
    })
}

/// Streams a JSON array of `E`, checking each and passing it to the sink.
struct EntriesSeed<'a, 's, E> {
    path: &'static str,
    sink: &'a mut CheckedSink<'s>,
    read: &'a mut usize,
    _entry: std::marker::PhantomData<E>,
}

impl<'a, 's, E> EntriesSeed<'a, 's, E> {
    fn new(path: &'static str, sink: &'a mut CheckedSink<'s>, read: &'a mut usize) -> Self {
        Self {
            path,
            sink,
            read,
            _entry: std::marker::PhantomData,
        }
    }
}

impl<'de, E: Entry<'de>> DeserializeSeed<'de> for EntriesSeed<'_, '_, E> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, E: Entry<'de>> Visitor<'de> for EntriesSeed<'_, '_, E> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an array of validators in \"{}\"", self.path)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut position = 0usize;
        while let Some(entry) = seq.next_element::<E>()? {
            let place = EntryPlace::Json(format!("{}[{position}]", self.path));
            accept(self.sink, &entry, place)?;
            position += 1;
            *self.read += 1;
        }
        Ok(())
    }
}

/// The top-level object of either JSON shape; validators stream past, the rest is kept.
struct TopLevel<'a, 's> {
    sink: &'a mut CheckedSink<'s>,
    read: &'a mut usize,
}

#[derive(Default)]
pub(crate) struct TopLevelFields<'de> {
    has_data: bool,
    has_validators: bool,
    pub(crate) version: Option<Cow<'de, str>>,
    pub(crate) genesis_validators_root: Option<Cow<'de, str>>,
    pub(crate) epoch: Option<Cow<'de, str>>,
    pub(crate) genesis_fork_version: Option<Cow<'de, str>>,
    pub(crate) exit_fork_version: Option<Cow<'de, str>>,
    pub(crate) current_fork_version: Option<Cow<'de, str>>,
    pub(crate) bls_to_execution_change_domain_type: Option<Cow<'de, str>>,
    pub(crate) voluntary_exit_domain_type: Option<Cow<'de, str>>,
}

/// A string that borrows from the input where it can.
struct Text<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Cow::<'de, str>::deserialize(deserializer).map(Text)
    }
}

/// `data` is an array for list queries and one object for `/validators/{id}`.
struct DataSeed<'a, 's> {
    sink: &'a mut CheckedSink<'s>,
    read: &'a mut usize,
}

impl<'de> DeserializeSeed<'de> for DataSeed<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for DataSeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"data\": an array of validators, or one validator")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        EntriesSeed::<BeaconEntry<'de>>::new("data", self.sink, self.read).visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        let entry = BeaconEntry::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
        accept(self.sink, &entry, EntryPlace::Json("data".into()))?;
        *self.read += 1;
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for TopLevel<'_, '_> {
    type Value = TopLevelFields<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TopLevel<'_, '_> {
    type Value = TopLevelFields<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a beacon API validators response or an ethdo preparation file")
    }

    /// A bare array: the beacon API's `data` on its own (`jq .data`).
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        EntriesSeed::<BeaconEntry<'de>>::new("data", self.sink, self.read).visit_seq(seq)?;
        Ok(TopLevelFields {
            has_data: true,
            ..TopLevelFields::default()
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut fields = TopLevelFields::default();
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<Text<'de>>()? {
            if !seen.insert(key.0.clone()) {
                let err = ImportError::Json(JsonError::DuplicateKey {
                    key: Quoted::new(&key.0),
                });
                let message = err.to_string();
                self.sink.error = Some(err);
                return Err(serde::de::Error::custom(message));
            }
            let text = |map: &mut A| map.next_value::<Text<'de>>().map(|t| Some(t.0));
            match key.0.as_ref() {
                "data" => {
                    map.next_value_seed(DataSeed {
                        sink: &mut *self.sink,
                        read: &mut *self.read,
                    })?;
                    fields.has_data = true;
                }
                "validators" => {
                    map.next_value_seed(EntriesSeed::<EthdoEntry<'de>>::new(
                        "validators",
                        &mut *self.sink,
                        &mut *self.read,
                    ))?;
                    fields.has_validators = true;
                }
                "version" => fields.version = text(&mut map)?,
                "genesis_validators_root" => fields.genesis_validators_root = text(&mut map)?,
                "epoch" => fields.epoch = text(&mut map)?,
                "genesis_fork_version" => fields.genesis_fork_version = text(&mut map)?,
                "exit_fork_version" => fields.exit_fork_version = text(&mut map)?,
                "current_fork_version" => fields.current_fork_version = text(&mut map)?,
                "bls_to_execution_change_domain_type" => {
                    fields.bls_to_execution_change_domain_type = text(&mut map)?;
                }
                "voluntary_exit_domain_type" => fields.voluntary_exit_domain_type = text(&mut map)?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(fields)
    }
}

pub(crate) fn scan_json(
    bytes: &[u8],
    sink: &mut CheckedSink<'_>,
) -> Result<ImportSummary, ImportError> {
    let mut read = 0;
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let parsed = TopLevel {
        sink: &mut *sink,
        read: &mut read,
    }
    .deserialize(&mut deserializer)
    .and_then(|fields| deserializer.end().map(|()| fields));
    let fields = match parsed {
        Ok(fields) => fields,
        Err(err) => {
            return Err(sink
                .error
                .take()
                .unwrap_or_else(|| ImportError::Json(syntax_error(&err))))
        }
    };
    match (fields.has_data, fields.has_validators) {
        (true, true) => Err(ImportError::BothShapes),
        (false, false) => Err(ImportError::UnknownShape),
        (true, false) => Ok(ImportSummary {
            format: ImportFormat::BeaconApi,
            chain: None,
            validators_read: read,
        }),
        (false, true) => Ok(ImportSummary {
            format: ImportFormat::EthdoOfflinePreparation,
            chain: Some(ethdo_chain(&fields)?),
            validators_read: read,
        }),
    }
}

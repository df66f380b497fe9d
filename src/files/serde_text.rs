//! How values cross into JSON as text: uint64s in decimal (as the beacon API writes them, so
//! JavaScript never rounds them) and byte strings as `0x`-prefixed hex.

/// A `u64` as a decimal string.
pub mod uint64 {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &u64, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(value)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
        let text = String::deserialize(deserializer)?;
        crate::files::output::parse_uint64(&text).ok_or_else(|| {
            serde::de::Error::invalid_value(serde::de::Unexpected::Str(&text), &"a decimal uint64")
        })
    }
}

/// Fixed-length bytes as `0x` and lower-case hex.
pub mod hex0x {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer, const N: usize>(
        bytes: &[u8; N],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&format!("0x{}", hex::encode(bytes)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>, const N: usize>(
        deserializer: D,
    ) -> Result<[u8; N], D::Error> {
        let text = String::deserialize(deserializer)?;
        crate::files::hex_field::decode_prefixed(&text).map_err(|_| {
            serde::de::Error::invalid_value(serde::de::Unexpected::Str(&text), &"0x-prefixed hex")
        })
    }
}

/// An optional `u64` as a decimal string, or null.
pub mod option_uint64 {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &Option<u64>, serializer: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(value) => serializer.collect_str(value),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<u64>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|text| {
                crate::files::output::parse_uint64(&text).ok_or_else(|| {
                    serde::de::Error::invalid_value(
                        serde::de::Unexpected::Str(&text),
                        &"a decimal uint64",
                    )
                })
            })
            .transpose()
    }
}

/// Optional fixed-length bytes as `0x` and lower-case hex, or null.
pub mod option_hex0x {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer, const N: usize>(
        bytes: &Option<[u8; N]>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match bytes {
            Some(bytes) => super::hex0x::serialize(bytes, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>, const N: usize>(
        deserializer: D,
    ) -> Result<Option<[u8; N]>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|text| {
                crate::files::hex_field::decode_prefixed(&text).map_err(|_| {
                    serde::de::Error::invalid_value(
                        serde::de::Unexpected::Str(&text),
                        &"0x-prefixed hex",
                    )
                })
            })
            .transpose()
    }
}

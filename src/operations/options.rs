//! Reading a request from JSON (the package's option objects, a worker's job) strictly and
//! with errors as data: an unknown key is refused with the nearest known one (`passPhrase`
//! would otherwise silently derive the empty passphrase's keys), a missing or mistyped option
//! is named by its path.
//!
//! serde's own errors are strings, so the request is read through a small deserializer over
//! `serde_json::Value` whose error type keeps what serde reports (the unknown key and the
//! expected ones, the unexpected type) as typed values; `serde_path_to_error` adds the path.

use std::fmt;

use serde::de::value::{MapDeserializer, SeqDeserializer};
use serde::de::{self, DeserializeOwned, Deserializer, IntoDeserializer, Unexpected, Visitor};
use serde_json::Value;
use zeroize::Zeroize;

use crate::error::{params, ErrorCode, Param, Quoted, WalletError};

/// What serde reported, kept typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionError {
    Unknown {
        key: Quoted,
        expected: &'static [&'static str],
    },
    Missing {
        key: &'static str,
    },
    Type {
        found: String,
        expected: String,
    },
    Value {
        found: String,
        expected: String,
    },
    Variant {
        found: Quoted,
        expected: &'static [&'static str],
    },
    Other(Quoted),
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown { key, .. } => write!(f, "unknown option \"{key}\""),
            Self::Missing { key } => write!(f, "missing option \"{key}\""),
            Self::Type { found, expected } => write!(f, "expected {expected}, got {found}"),
            Self::Value { found, expected } => write!(f, "expected {expected}, got {found}"),
            Self::Variant { found, expected } => {
                write!(f, "\"{found}\" is not one of {}", expected.join(", "))
            }
            Self::Other(detail) => detail.fmt(f),
        }
    }
}

impl std::error::Error for OptionError {}

/// How serde describes an unexpected value, with any text in it quoted short.
fn describe(unexpected: Unexpected<'_>) -> String {
    match unexpected {
        Unexpected::Str(text) => format!("the string \"{}\"", Quoted::new(text)),
        Unexpected::Float(value) if value.fract() == 0.0 => {
            format!("the number {value} (past 2^53, or not a whole number)")
        }
        other => other.to_string(),
    }
}

impl de::Error for OptionError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Self::Other(Quoted::detail(&message.to_string()))
    }

    fn invalid_type(unexpected: Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        Self::Type {
            found: describe(unexpected),
            expected: expected.to_string(),
        }
    }

    fn invalid_value(unexpected: Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        Self::Value {
            found: describe(unexpected),
            expected: expected.to_string(),
        }
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        Self::Unknown {
            key: Quoted::new(field),
            expected,
        }
    }

    fn missing_field(field: &'static str) -> Self {
        Self::Missing { key: field }
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Self::Variant {
            found: Quoted::new(variant),
            expected,
        }
    }
}

/// Deserializes a `Value` it owns, handing strings over without copies and zeroing whatever
/// it drops unread (an unknown key's value may be a secret put under the wrong name).
struct ValueDeserializer(Value);

impl Drop for ValueDeserializer {
    fn drop(&mut self) {
        zeroize_value(&mut self.0);
    }
}

/// Zeroes every string in a value (keys of objects included) before it is freed.
pub fn zeroize_value(value: &mut Value) {
    match value {
        Value::String(text) => text.zeroize(),
        Value::Array(values) => values.iter_mut().for_each(zeroize_value),
        Value::Object(map) => {
            let entries = std::mem::take(map);
            for (mut key, mut value) in entries {
                key.zeroize();
                zeroize_value(&mut value);
            }
        }
        _ => {}
    }
}

impl<'de> IntoDeserializer<'de, OptionError> for ValueDeserializer {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

impl ValueDeserializer {
    fn take(&mut self) -> Value {
        std::mem::take(&mut self.0)
    }
}

impl<'de> Deserializer<'de> for ValueDeserializer {
    type Error = OptionError;

    fn deserialize_any<V: Visitor<'de>>(mut self, visitor: V) -> Result<V::Value, OptionError> {
        match self.take() {
            Value::Null => visitor.visit_unit(),
            Value::Bool(value) => visitor.visit_bool(value),
            Value::Number(number) => {
                if let Some(value) = number.as_u64() {
                    visitor.visit_u64(value)
                } else if let Some(value) = number.as_i64() {
                    visitor.visit_i64(value)
                } else {
                    visitor.visit_f64(number.as_f64().unwrap_or(f64::NAN))
                }
            }
            Value::String(text) => visitor.visit_string(text),
            Value::Array(values) => {
                let mut seq = SeqDeserializer::new(values.into_iter().map(ValueDeserializer));
                let value = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(value)
            }
            Value::Object(map) => {
                let mut access =
                    MapDeserializer::new(map.into_iter().map(|(k, v)| (k, ValueDeserializer(v))));
                let value = visitor.visit_map(&mut access)?;
                access.end()?;
                Ok(value)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(mut self, visitor: V) -> Result<V::Value, OptionError> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(ValueDeserializer(self.take())),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        mut self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, OptionError> {
        let _ = name;
        match self.take() {
            Value::String(text) => {
                visitor.visit_enum(IntoDeserializer::<OptionError>::into_deserializer(text))
            }
            other => Err(OptionError::Type {
                found: match other {
                    Value::Null => "null".into(),
                    Value::Bool(value) => format!("boolean `{value}`"),
                    Value::Number(number) => format!("the number {number}"),
                    Value::Array(_) => "an array".into(),
                    Value::Object(_) => "an object".into(),
                    Value::String(_) => "a string".into(),
                },
                expected: format!("one of {}", variants.join(", ")),
            }),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, OptionError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(
        mut self,
        visitor: V,
    ) -> Result<V::Value, OptionError> {
        zeroize_value(&mut self.0);
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct identifier
    }
}

/// The segments of a serde path as an option path: `validators[3].withdrawalCredentials`.
fn option_path(path: &serde_path_to_error::Path) -> String {
    let mut text = String::new();
    for segment in path {
        match segment {
            serde_path_to_error::Segment::Map { key } => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(key);
            }
            serde_path_to_error::Segment::Seq { index } => text.push_str(&format!("[{index}]")),
            serde_path_to_error::Segment::Enum { .. } | serde_path_to_error::Segment::Unknown => {}
        }
    }
    text
}

/// The known name nearest to a misspelt one (by Jaro-Winkler similarity), if any is close.
fn nearest(key: &str, expected: &[&'static str]) -> Option<&'static str> {
    expected
        .iter()
        .map(|name| {
            (
                strsim::jaro_winkler(&key.to_lowercase(), &name.to_lowercase()),
                *name,
            )
        })
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name)
}

fn into_wallet_error(path: String, err: OptionError) -> WalletError {
    let at = |key: &str| {
        if path.is_empty() {
            key.to_owned()
        } else if path.ends_with(key) {
            path.clone()
        } else {
            format!("{path}.{key}")
        }
    };
    let (code, field, list, message) = match &err {
        OptionError::Unknown { key, expected } => {
            let nearest = nearest(key.as_str(), expected);
            let mut list = params(&[
                ("option", key.into()),
                (
                    "known",
                    Param::List(expected.iter().map(|name| (*name).to_owned()).collect()),
                ),
            ]);
            let hint = match nearest {
                Some(name) => {
                    list.insert("nearest".into(), name.into());
                    list.insert("reason".into(), "did_you_mean".into());
                    format!(" (did you mean \"{name}\"?)")
                }
                None => String::new(),
            };
            let field = at(key.as_str());
            let message = format!(
                "unknown option \"{field}\"{hint}; the options here are {}",
                expected.join(", ")
            );
            (ErrorCode::OptionUnknown, field, list, message)
        }
        OptionError::Missing { key } => {
            let field = at(key);
            let message = format!("the option \"{field}\" is required");
            (
                ErrorCode::OptionMissing,
                field,
                params(&[("option", (*key).into())]),
                message,
            )
        }
        OptionError::Type { found, expected } | OptionError::Value { found, expected } => {
            let code = if matches!(err, OptionError::Type { .. }) {
                ErrorCode::OptionType
            } else {
                ErrorCode::OptionValue
            };
            let message = format!("option \"{path}\": expected {expected}, got {found}");
            (
                code,
                path.clone(),
                params(&[
                    ("expected", expected.as_str().into()),
                    ("found", found.as_str().into()),
                    ("path", path.as_str().into()),
                ]),
                message,
            )
        }
        OptionError::Variant { found, expected } => {
            let message = format!(
                "option \"{path}\": \"{found}\" is not one of {}",
                expected.join(", ")
            );
            (
                ErrorCode::OptionValue,
                path.clone(),
                params(&[
                    ("found", found.into()),
                    (
                        "expected",
                        Param::List(expected.iter().map(|name| (*name).to_owned()).collect()),
                    ),
                    ("reason", "not_one_of".into()),
                    ("path", path.as_str().into()),
                ]),
                message,
            )
        }
        OptionError::Other(detail) => {
            let message = if path.is_empty() {
                format!("invalid options: {detail}")
            } else {
                format!("option \"{path}\": {detail}")
            };
            (
                ErrorCode::OptionValue,
                path.clone(),
                params(&[
                    ("detail", detail.into()),
                    ("path", path.as_str().into()),
                    (
                        "reason",
                        if path.is_empty() {
                            "invalid_options"
                        } else {
                            "invalid"
                        }
                        .into(),
                    ),
                ]),
                message,
            )
        }
    };
    let mut error = WalletError::new(code, list, message);
    if !field.is_empty() {
        error.field = Some(field);
    }
    error
}

/// Reads a request (or any option type) from a JSON value, strictly.
pub fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, WalletError> {
    if !value.is_object() {
        let mut value = value;
        zeroize_value(&mut value);
        return Err(WalletError::new(
            ErrorCode::OptionsNotObject,
            params(&[]),
            "the options must be an object, like { mnemonic, startIndex, count }",
        ));
    }
    serde_path_to_error::deserialize(ValueDeserializer(value)).map_err(|err| {
        let path = option_path(err.path());
        into_wallet_error(path, err.into_inner())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    #[allow(dead_code)]
    struct Options {
        passphrase: Option<String>,
        start_index: u32,
        #[serde(default)]
        list: Vec<Inner>,
        kdf: Option<Kind>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        withdrawal_credentials: String,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Kind {
        Scrypt,
        Pbkdf2,
    }

    fn read(json: &str) -> Result<Options, WalletError> {
        from_value(serde_json::from_str(json).unwrap())
    }

    #[test]
    fn misspelt_options_are_named_with_the_nearest_known_one() {
        let err = read(r#"{"passPhrase": "x", "startIndex": 0}"#).unwrap_err();
        assert_eq!(err.code, ErrorCode::OptionUnknown);
        assert_eq!(err.field.as_deref(), Some("passPhrase"));
        assert_eq!(err.params["nearest"], Param::Text("passphrase".into()));
        assert!(
            err.message.contains("did you mean \"passphrase\""),
            "{}",
            err.message
        );
        let nested = read(r#"{"startIndex": 0, "list": [{"withdrawalCredentials": "a"}, {"withdrawalCredential": "b"}]}"#)
            .unwrap_err();
        assert_eq!(
            nested.field.as_deref(),
            Some("list[1].withdrawalCredential")
        );
        assert_eq!(
            nested.params["nearest"],
            Param::Text("withdrawalCredentials".into())
        );
    }

    #[test]
    fn missing_mistyped_and_out_of_range_options_are_named() {
        let missing = read("{}").unwrap_err();
        assert_eq!(
            (missing.code, missing.field.as_deref()),
            (ErrorCode::OptionMissing, Some("startIndex"))
        );
        for (json, code) in [
            (r#"{"startIndex": "5"}"#, ErrorCode::OptionType),
            (r#"{"startIndex": 1.5}"#, ErrorCode::OptionType),
            (
                r#"{"startIndex": 9007199254740992}"#,
                ErrorCode::OptionValue,
            ),
            (r#"{"startIndex": 4294967296}"#, ErrorCode::OptionValue),
            (r#"{"startIndex": -1}"#, ErrorCode::OptionValue),
            (
                r#"{"startIndex": 18446744073709551616}"#,
                ErrorCode::OptionType,
            ),
        ] {
            let err = read(json).unwrap_err();
            assert_eq!(
                (err.code, err.field.as_deref()),
                (code, Some("startIndex")),
                "{json}"
            );
        }
        let kdf = read(r#"{"startIndex": 0, "kdf": "scrypto"}"#).unwrap_err();
        assert_eq!(
            (kdf.code, kdf.field.as_deref()),
            (ErrorCode::OptionValue, Some("kdf"))
        );
        let long = format!(r#"{{"startIndex": "{}"}}"#, "9".repeat(100_000));
        assert!(read(&long).unwrap_err().message.len() < 300);
        assert_eq!(
            from_value::<Options>(Value::Array(vec![]))
                .unwrap_err()
                .code,
            ErrorCode::OptionsNotObject
        );
    }
}

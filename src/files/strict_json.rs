//! Reading JSON from files strictly: a byte-order mark is refused by name, and an object that
//! names a key twice is refused (serde_json, like most parsers, silently keeps the last, so
//! two tools could read two different files from the same bytes). serde_json has no such
//! option, so the value is built here by a visitor that checks each object's keys.

use std::cell::RefCell;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::error::{params, Coded, ErrorCode, Params, Quoted};

/// Why text is not acceptable JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonError {
    ByteOrderMark,
    /// Not JSON; `detail` is serde_json's description (it quotes no input).
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    DuplicateKey {
        key: Quoted,
    },
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ByteOrderMark => f.write_str(
                "the file starts with a byte-order mark (BOM); save it as UTF-8 without a BOM",
            ),
            Self::Syntax {
                line,
                column,
                detail,
            } => write!(f, "the file is not JSON: {detail} at line {line} column {column}"),
            Self::DuplicateKey { key } => write!(
                f,
                "the JSON names the key \"{key}\" twice in one object; other tools would read only the last, so the file is refused"
            ),
        }
    }
}

impl Coded for JsonError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::ByteOrderMark => ErrorCode::FileByteOrderMark,
            Self::Syntax { .. } => ErrorCode::JsonSyntax,
            Self::DuplicateKey { .. } => ErrorCode::JsonDuplicateKey,
        }
    }

    fn params(&self) -> Params {
        match self {
            Self::ByteOrderMark => Params::new(),
            Self::Syntax {
                line,
                column,
                detail,
            } => params(&[
                ("line", (*line).into()),
                ("column", (*column).into()),
                ("detail", detail.as_str().into()),
            ]),
            Self::DuplicateKey { key } => params(&[("key", key.into())]),
        }
    }
}

/// The rule for every file the wallet reads: UTF-8 without a byte-order mark (what
/// ethstaker-deposit-cli requires of keystores, applied to every file so there is one rule).
pub fn refuse_byte_order_mark(bytes: &[u8]) -> Result<(), JsonError> {
    if bytes.starts_with(b"\xef\xbb\xbf") {
        return Err(JsonError::ByteOrderMark);
    }
    Ok(())
}

/// The description of a serde_json error without its position (given apart) and without any
/// quoted input.
pub fn syntax_error(err: &serde_json::Error) -> JsonError {
    let text = err.to_string();
    let detail = match text.rfind(" at line ") {
        Some(at) => &text[..at],
        None => &text,
    };
    JsonError::Syntax {
        line: err.line(),
        column: err.column(),
        detail: Quoted::detail(detail).as_str().to_owned(),
    }
}

/// Parses `text` into a JSON value, refusing a byte-order mark and duplicate keys.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    refuse_byte_order_mark(text.as_bytes())?;
    let duplicate = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let parsed = StrictValue {
        duplicate: &duplicate,
    }
    .deserialize(&mut deserializer)
    .and_then(|value| deserializer.end().map(|()| value));
    match parsed {
        Ok(value) => Ok(value),
        Err(err) => Err(duplicate
            .into_inner()
            .map(|key| JsonError::DuplicateKey { key })
            .unwrap_or_else(|| syntax_error(&err))),
    }
}

/// Builds a `Value`, recording the first duplicate key (serde errors carry only strings).
#[derive(Clone, Copy)]
struct StrictValue<'a> {
    duplicate: &'a RefCell<Option<Quoted>>,
}

impl<'de> DeserializeSeed<'de> for StrictValue<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictValue<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(value).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut values = Vec::new();
        while let Some(value) = seq.next_element_seed(self)? {
            values.push(value);
        }
        Ok(Value::Array(values))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                *self.duplicate.borrow_mut() = Some(Quoted::new(&key));
                return Err(serde::de::Error::custom("duplicate key"));
            }
            let value = map.next_value_seed(self)?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_keys_are_refused_at_any_depth() {
        assert!(parse(r#"{"a": 1, "b": [{"c": 2}]}"#).is_ok());
        assert_eq!(
            parse(r#"{"a": 1, "a": 2}"#),
            Err(JsonError::DuplicateKey {
                key: Quoted::new("a")
            })
        );
        assert_eq!(
            parse(r#"[{"message": {"epoch": "1", "epoch": "2"}}]"#)
                .unwrap_err()
                .code(),
            ErrorCode::JsonDuplicateKey
        );
    }

    #[test]
    fn byte_order_marks_and_syntax_errors_are_named() {
        assert_eq!(parse("\u{feff}{}"), Err(JsonError::ByteOrderMark));
        let err = parse("{\"a\": ").unwrap_err();
        assert_eq!(err.code(), ErrorCode::JsonSyntax);
        assert_eq!(
            err.to_string(),
            "the file is not JSON: EOF while parsing a value at line 1 column 6"
        );
        // A wrong value is described, never echoed.
        let long = format!("[\"{}\" x]", "y".repeat(1000));
        assert!(parse(&long).unwrap_err().to_string().len() < 200);
    }
}

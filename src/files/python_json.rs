//! JSON text laid out as Python's `json.dumps` writes it (one line, `", "` and `": "`), so our
//! files match ethstaker-deposit-cli's byte for byte, not only field for field.

use std::io;

use serde::Serialize;
use serde_json::ser::Formatter;

struct PythonFormatter;

impl Formatter for PythonFormatter {
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if first {
            Ok(())
        } else {
            writer.write_all(b", ")
        }
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if first {
            Ok(())
        } else {
            writer.write_all(b", ")
        }
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }
}

/// Serialises `value` in Python's default layout.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    let mut out = Vec::new();
    value.serialize(&mut serde_json::Serializer::with_formatter(
        &mut out,
        PythonFormatter,
    ))?;
    // serde_json writes only UTF-8.
    String::from_utf8(out).map_err(|err| serde::ser::Error::custom(err.to_string()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn layout_matches_python_json_dumps() {
        let value = serde_json::json!({"a": [1, 2], "b": {"c": "d"}, "e": {}});
        // python3 -c 'import json; print(json.dumps({"a": [1, 2], "b": {"c": "d"}, "e": {}}))'
        assert_eq!(
            super::to_string(&value).unwrap(),
            r#"{"a": [1, 2], "b": {"c": "d"}, "e": {}}"#
        );
    }
}

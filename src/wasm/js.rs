//! Crossing the JS boundary: option objects into JSON values (every string checked for lone
//! surrogates, which JS allows and UTF-8 cannot hold), errors out as JS `Error`s that carry
//! their code, field and parameters, results out as plain objects.

use serde::Serialize;
use serde_json::{Map, Number, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::error::{params, ErrorCode, WalletError};

/// The error every façade function throws: a JS `Error` whose message is the English message,
/// with `.code`, `.field` and `.params` as data.
pub fn into_js_error(err: WalletError) -> JsValue {
    let error = js_sys::Error::new(&err.message);
    let set = |key: &str, value: &JsValue| {
        // Setting a property on a fresh Error cannot fail; if it did, the message remains.
        let _ = js_sys::Reflect::set(&error, &JsValue::from_str(key), value);
    };
    set("code", &JsValue::from_str(err.code.as_str()));
    set(
        "field",
        &err.field
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from_str),
    );
    set("params", &to_js(&err.params).unwrap_or(JsValue::NULL));
    error.into()
}

/// A value as a plain JS object (maps as objects, numbers as numbers).
pub fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|err| into_js_error(WalletError::internal(err)))
}

/// Why a JS value cannot be read as an option; `reason` names the wording for catalogues,
/// `path` the option as the message names it.
fn refused(field: &str, code: ErrorCode, reason: &str, message: String) -> WalletError {
    WalletError {
        field: (!field.is_empty()).then(|| field.to_owned()),
        ..WalletError::new(
            code,
            params(&[("reason", reason.into()), ("path", field.into())]),
            message,
        )
    }
}

/// A JS string, refused if it holds a lone surrogate (it would become U+FFFD silently: two
/// different passphrases, the same keys).
pub fn js_string(value: &JsValue, field: &str) -> Result<String, WalletError> {
    let text: &js_sys::JsString = value.unchecked_ref();
    if !text.is_valid_utf16() {
        let err = WalletError::from(crate::operations::fields::LoneSurrogate);
        return Err(if field.is_empty() { err } else { err.at(field) });
    }
    text.as_string().ok_or_else(|| {
        refused(
            field,
            ErrorCode::OptionType,
            "not_string",
            format!("option \"{field}\": expected a string"),
        )
    })
}

fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// A JS value as JSON: objects, arrays, strings, booleans, null; numbers as integers when
/// they are whole and safe (below 2^53), else as floats (which integer options refuse).
/// `undefined` properties are left out, as JSON.stringify leaves them out.
pub fn to_json(value: &JsValue, path: &str) -> Result<Value, WalletError> {
    to_json_skipping(value, path, &[])
}

/// `to_json`, leaving out the top-level `skip` keys (the options' callbacks).
fn to_json_skipping(value: &JsValue, path: &str, skip: &[&str]) -> Result<Value, WalletError> {
    if value.is_null() || value.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(flag) = value.as_bool() {
        return Ok(Value::Bool(flag));
    }
    if let Some(number) = value.as_f64() {
        const SAFE: f64 = 9_007_199_254_740_991.0;
        let integer = number.fract() == 0.0 && number.abs() <= SAFE;
        return Ok(if integer && number >= 0.0 {
            Value::Number(Number::from(number as u64))
        } else if integer {
            Value::Number(Number::from(number as i64))
        } else {
            Number::from_f64(number).map_or(Value::Null, Value::Number)
        });
    }
    if value.is_string() {
        return js_string(value, path).map(Value::String);
    }
    if js_sys::Array::is_array(value) {
        let array: &js_sys::Array = value.unchecked_ref();
        return (0..array.length())
            .map(|i| to_json(&array.get(i), &format!("{path}[{i}]")))
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Array);
    }
    if value.is_function() || value.is_symbol() || value.is_bigint() {
        return Err(refused(
            path,
            ErrorCode::OptionType,
            "not_option_value",
            format!(
                "option \"{path}\": a function, symbol or BigInt cannot be an option here; uint64 values are decimal strings"
            ),
        ));
    }
    if value.is_object() {
        let object: &js_sys::Object = value.unchecked_ref();
        let mut map = Map::new();
        for key in js_sys::Object::keys(object).iter() {
            let key_text = js_string(&key, path)?;
            if skip.contains(&key_text.as_str()) {
                continue;
            }
            let field = child(path, &key_text);
            let property = js_sys::Reflect::get(object, &key).map_err(|_| {
                refused(
                    &field,
                    ErrorCode::OptionType,
                    "unreadable",
                    format!("option \"{field}\" could not be read"),
                )
            })?;
            if property.is_undefined() {
                continue;
            }
            map.insert(key_text, to_json(&property, &field)?);
        }
        return Ok(Value::Object(map));
    }
    Err(refused(
        path,
        ErrorCode::OptionType,
        "not_json",
        format!("option \"{path}\" has a type JSON cannot hold"),
    ))
}

/// The options object as JSON, with its `onProgress` callback taken out.
pub fn options(value: &JsValue) -> Result<(Value, Option<js_sys::Function>), WalletError> {
    if !value.is_object() || js_sys::Array::is_array(value) || value.is_function() {
        return Err(WalletError::new(
            ErrorCode::OptionsNotObject,
            params(&[]),
            "the options must be an object, like { mnemonic, startIndex, count }",
        ));
    }
    let callback = js_sys::Reflect::get(value, &JsValue::from_str("onProgress"))
        .ok()
        .filter(|callback| !callback.is_undefined());
    let on_progress = match callback {
        None => None,
        Some(callback) => Some(callback.dyn_into::<js_sys::Function>().map_err(|_| {
            refused(
                "onProgress",
                ErrorCode::OptionType,
                "not_function",
                "option \"onProgress\": expected a function (done, total, phase)".into(),
            )
        })?),
    };
    Ok((to_json_skipping(value, "", &["onProgress"])?, on_progress))
}

/// Overwrites the stack below the caller's frame: the deeper frames of an operation (seed,
/// keys, HMAC states) leave copies there, in the wasm's linear memory, until something else
/// happens to reuse it.
#[inline(never)]
pub fn scrub_stack() {
    let mut area = [0u8; 256 * 1024];
    zeroize::Zeroize::zeroize(&mut area[..]);
    std::hint::black_box(&area);
}

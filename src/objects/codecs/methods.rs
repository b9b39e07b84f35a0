//! The builtin methods that take `encoding` and `errors`: `str.encode`,
//! `bytes.decode` and `str(b, encoding, errors)`, with CPython's argument
//! checks and its wrapping of a failing error handler's exception.

use crate::vm::types::Exc;
use super::Codec;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// The `encoding` and `errors` arguments after `skip` leading ones (the
/// receiver), positional or by keyword, checked as `func`'s.
pub fn encoding_args(
    interp: &mut Interp,
    func: &str,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<(Option<String>, Option<String>)> {
    if args.len() > 3 {
        let n = args.len() - 1;
        return Err(interp.type_error(format!("{func}() takes at most 2 arguments ({n} given)")));
    }
    let mut slots: [Option<Value>; 2] = [args.get(1).cloned(), args.get(2).cloned()];
    for (k, v) in kwargs {
        let i = match k.as_ref() {
            "encoding" => 0,
            "errors" => 1,
            _ => return Err(interp.type_error(format!("'{k}' is an invalid keyword argument for {func}()"))),
        };
        if slots[i].is_some() {
            return Err(interp.type_error(format!("argument for {func}() given by name ('{k}') and position ({})", i + 1)));
        }
        slots[i] = Some(v.clone());
    }
    let [encoding, errors] = slots;
    let text = |interp: &mut Interp, v: Option<Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(v) => match v.builtin_value() {
                Value::Str(s) => Ok(Some(s.as_str().to_string())),
                other => {
                    let t = if matches!(other, Value::None) { "None".to_string() } else { interp.type_name(other) };
                    Err(interp.type_error(format!("{func}() argument '{what}' must be str, not {t}")))
                }
            },
        }
    };
    Ok((text(interp, encoding, "encoding")?, text(interp, errors, "errors")?))
}

/// CPython reports an error handler's failure inside a codec it reaches
/// through the registry as `decoding with 'cp1252' codec failed (TypeError: ...)`,
/// an exception of the same type caused by the original, when the original
/// is a builtin exception holding at most its message.
fn wrap_failure(interp: &mut Interp, codec: Codec, encoding: &str, doing: &str, err: Value) -> Value {
    if codec.is_direct() {
        return err;
    }
    let Value::Instance(inst) = &err else { return err };
    let Some(data) = &inst.exc else { return err };
    let cls = inst.class.clone();
    let builtin = interp.types.exceptions.iter().any(|c| Rc::ptr_eq(c, &cls));
    let plain = data.borrow().args.len() <= 1 && inst.dict.borrow().is_empty();
    if !builtin || !plain || interp.is_exc(&err, Exc::UnicodeError) {
        return err;
    }
    let text = match interp.to_str(&err) {
        Ok(t) => t,
        Err(_) => return err,
    };
    let msg = format!("{doing} with '{encoding}' codec failed ({}: {text})", cls.name);
    let wrapped = interp.new_exception(cls, vec![Value::string(msg)]);
    if let Some(d) = crate::vm::exceptions::exc_data(&wrapped) {
        let mut d = d.borrow_mut();
        d.cause = err.clone();
        d.context = err.clone();
        d.suppress_context = true;
    }
    wrapped
}

/// Encodes for a builtin method: the codec's errors, wrapped as CPython wraps them.
pub fn encode_text(interp: &mut Interp, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = super::find(interp, encoding)?;
    if codec == Codec::Utf8 && !crate::codepoint::has_surrogates(text) {
        return Ok(text.as_bytes().to_vec());
    }
    super::Encoder::for_codec(codec, errors)
        .encode(interp, text, true)
        .map_err(|e| wrap_failure(interp, codec, encoding, "encoding", e))
}

/// Decodes for a builtin method: the codec's errors, wrapped as CPython wraps them.
pub fn decode_bytes(interp: &mut Interp, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = super::find(interp, encoding)?;
    if codec == Codec::Utf8 {
        if let Ok(s) = std::str::from_utf8(data) {
            return Ok(s.to_string());
        }
    }
    super::Decoder::for_codec(codec, errors)
        .decode(interp, data, true)
        .map_err(|e| wrap_failure(interp, codec, encoding, "decoding", e))
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = match args.first().map(|v| v.builtin_value()) {
        Some(Value::Str(s)) => s.clone(),
        _ => return Err(interp.type_error("descriptor 'encode' for 'str' objects doesn't apply to this object")),
    };
    let (encoding, errors) = encoding_args(interp, "encode", args, kwargs)?;
    let encoding = encoding.as_deref().unwrap_or("utf-8");
    let out = encode_text(interp, s.as_str(), encoding, errors.as_deref().unwrap_or("strict"))?;
    Ok(Value::bytes(out))
}

/// `bytes.decode(encoding='utf-8', errors='strict')`.
pub fn bytes_decode(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let b = match args.first().map(|v| v.builtin_value()) {
        Some(v @ (Value::Bytes(_) | Value::ByteArray(_))) => crate::objects::buffer::require(interp, &v.clone())?,
        _ => return Err(interp.type_error("descriptor 'decode' for 'bytes' objects doesn't apply to this object")),
    };
    let (encoding, errors) = encoding_args(interp, "decode", args, kwargs)?;
    let encoding = encoding.as_deref().unwrap_or("utf-8");
    let out = decode_bytes(interp, &b, encoding, errors.as_deref().unwrap_or("strict"))?;
    Ok(Value::string(out))
}

/// `str(object, encoding, errors)` once an encoding or errors was given.
pub fn str_from_bytes(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let mut object = args.first().cloned();
    let mut rest: Vec<(Rc<str>, Value)> = Vec::new();
    for (k, v) in kwargs {
        if k.as_ref() == "object" {
            object = Some(v.clone());
        } else {
            rest.push((k.clone(), v.clone()));
        }
    }
    let mut positional = vec![Value::None];
    positional.extend(args.iter().skip(1).cloned());
    let (encoding, errors) = encoding_args(interp, "str", &positional, &rest)?;
    let data = match object.as_ref().map(|v| v.builtin_value()) {
        None => return Ok(Value::str("")),
        Some(v @ (Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_))) => {
            crate::objects::buffer::require(interp, &v.clone())?
        }
        Some(Value::Str(_)) => return Err(interp.type_error("decoding str is not supported")),
        Some(other) => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("decoding to str: need a bytes-like object, {t} found")));
        }
    };
    let encoding = encoding.as_deref().unwrap_or("utf-8");
    let out = decode_bytes(interp, &data, encoding, errors.as_deref().unwrap_or("strict"))?;
    Ok(Value::string(out))
}

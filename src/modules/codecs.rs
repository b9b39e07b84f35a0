//! `_codecs`, the native half of the `codecs` module (stdlib/codecs.py):
//! whole-text encoding and decoding by codec name, the per-codec functions
//! CPython exposes (`utf_8_encode`, `latin_1_decode`, ...) answering
//! `(result, length consumed)`, incremental decoder and encoder handles over
//! `objects::codecs::{Decoder, Encoder}`, and the error handler registry.

use crate::vm::types::Exc;
use crate::modules::make_module;
use crate::objects::codecs::{self, errors, Codec, Decoder, Encoder};
use crate::objects::{check_args, kwarg, unicode_error};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

pub fn module() -> Value {
    let mut functions: Vec<(&str, NativeFn)> = vec![
        ("canonical", canonical),
        ("encode", encode),
        ("decode", decode),
        ("register_error", register_error),
        ("lookup_error", lookup_error),
        ("decoder_new", decoder_new),
        ("decoder_decode", decoder_decode),
        ("decoder_reset", decoder_reset),
        ("decoder_getstate", decoder_getstate),
        ("decoder_setstate", decoder_setstate),
        ("decoder_set_errors", decoder_set_errors),
        ("encoder_new", encoder_new),
        ("encoder_encode", encoder_encode),
        ("encoder_reset", encoder_reset),
        ("encoder_getstate", encoder_getstate),
        ("encoder_setstate", encoder_setstate),
        ("encoder_set_errors", encoder_set_errors),
    ];
    functions.extend_from_slice(PER_CODEC);
    functions.extend_from_slice(HANDLERS);
    make_module("_codecs", &functions, vec![])
}

/// A str argument, or TypeError with `what` naming it.
fn text_arg(interp: &mut Interp, v: &Value, what: &str) -> PyResult<Rc<PyStr>> {
    match v.builtin_value() {
        Value::Str(s) => Ok(s.clone()),
        Value::None => Err(interp.type_error(format!("{what} must be str, not None"))),
        other => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("{what} must be str, not {t}")))
        }
    }
}

/// A bytes argument, with CPython's buffer-protocol message.
fn bytes_arg(interp: &mut Interp, v: &Value) -> PyResult<Rc<Vec<u8>>> {
    match v.builtin_value() {
        Value::Bytes(b) => Ok(b.clone()),
        b @ (Value::ByteArray(_) | Value::MemoryView(_)) => {
            Ok(Rc::new(crate::objects::buffer::require(interp, &b.clone())?.into_vec()))
        }
        other => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// An optional `errors` argument (None means strict).
fn errors_arg(interp: &mut Interp, v: Option<&Value>, func: &str) -> PyResult<String> {
    match v {
        None | Some(Value::None) => Ok("strict".to_string()),
        Some(v) => Ok(text_arg(interp, v, &format!("{func}() argument 'errors'"))?.as_str().to_string()),
    }
}

/// The positional or keyword argument `i` called `name`.
fn arg<'a>(args: &'a [Value], kwargs: KwArgs<'a>, i: usize, name: &str) -> Option<&'a Value> {
    args.get(i).or_else(|| kwarg(kwargs, name))
}

/// `canonical(encoding)`: the codec's name, LookupError when coil has none.
fn canonical(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "canonical", args, 1, 1)?;
    let name = text_arg(interp, &args[0], "lookup() argument")?;
    let codec = codecs::find(interp, name.as_str())?;
    Ok(Value::str(codec.name()))
}

/// The name CPython's function for `codec` has (`utf_8`, `charmap`, ...), for messages.
fn function_stem(codec: Codec) -> String {
    match codec {
        Codec::Cp1252 | Codec::Cp437 | Codec::Iso8859_15 | Codec::MacRoman => "charmap".into(),
        Codec::Utf8Sig => "utf_8".into(),
        Codec::Latin1 => "latin_1".into(),
        other => other.name().replace('-', "_"),
    }
}

/// `encode(obj, encoding='utf-8', errors='strict')` for coil's own codecs.
fn encode(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let obj = arg(args, kwargs, 0, "obj").cloned().unwrap_or(Value::None);
    let encoding = match arg(args, kwargs, 1, "encoding") {
        Some(v) => text_arg(interp, v, "encode() argument 'encoding'")?.as_str().to_string(),
        None => "utf-8".to_string(),
    };
    let errors = errors_arg(interp, arg(args, kwargs, 2, "errors"), "encode")?;
    let codec = codecs::find(interp, &encoding)?;
    let text = match obj.builtin_value() {
        Value::Str(s) => s.clone(),
        other => {
            let t = interp.type_name(other);
            let inner = format!("{}_encode() argument 1 must be str, not {t}", function_stem(codec));
            return Err(interp.type_error(format!("encoding with '{encoding}' codec failed (TypeError: {inner})")));
        }
    };
    let out = codecs::methods::encode_text(interp, text.as_str(), &encoding, &errors)?;
    Ok(Value::bytes(out))
}

/// `decode(obj, encoding='utf-8', errors='strict')` for coil's own codecs.
fn decode(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let obj = arg(args, kwargs, 0, "obj").cloned().unwrap_or(Value::None);
    let encoding = match arg(args, kwargs, 1, "encoding") {
        Some(v) => text_arg(interp, v, "decode() argument 'encoding'")?.as_str().to_string(),
        None => "utf-8".to_string(),
    };
    let errors = errors_arg(interp, arg(args, kwargs, 2, "errors"), "decode")?;
    codecs::find(interp, &encoding)?;
    let data = match obj.builtin_value() {
        Value::Bytes(b) => b.clone(),
        b @ (Value::ByteArray(_) | Value::MemoryView(_)) => {
            Rc::new(crate::objects::buffer::require(interp, &b.clone())?.into_vec())
        }
        other => {
            let t = interp.type_name(other);
            let inner = format!("a bytes-like object is required, not '{t}'");
            return Err(interp.type_error(format!("decoding with '{encoding}' codec failed (TypeError: {inner})")));
        }
    };
    let out = codecs::methods::decode_bytes(interp, &data, &encoding, &errors)?;
    Ok(Value::string(out))
}

/// `X_encode(str, errors=None)` -> `(bytes, characters consumed)`.
fn encode_pair(interp: &mut Interp, codec: Codec, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let func = format!("{}_encode", function_stem(codec));
    check_args(interp, &func, args, 1, 2)?;
    let text = text_arg(interp, &args[0], &format!("{func}() argument 1"))?;
    let errors = errors_arg(interp, arg(args, kwargs, 1, "errors"), &func)?;
    let out = Encoder::for_codec(codec, &errors).encode(interp, text.as_str(), true)?;
    Ok(Value::tuple(vec![Value::bytes(out), Value::Int(text.char_len() as i64)]))
}

/// `X_decode(data, errors=None, final=False)` -> `(str, bytes consumed)`.
/// The single-byte codecs take no `final` and always consume everything.
fn decode_pair(interp: &mut Interp, codec: Codec, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let func = format!("{}_decode", function_stem(codec));
    let takes_final = !matches!(function_stem(codec).as_str(), "charmap" | "latin_1" | "ascii");
    check_args(interp, &func, args, 1, if takes_final { 3 } else { 2 })?;
    let data = bytes_arg(interp, &args[0])?;
    let errors = errors_arg(interp, arg(args, kwargs, 1, "errors"), &func)?;
    let final_ = match arg(args, kwargs, 2, "final") {
        Some(v) if takes_final => interp.truthy(v)?,
        _ => !takes_final,
    };
    let mut decoder = Decoder::for_codec(codec, &errors);
    let text = decoder.decode(interp, &data, final_)?;
    let used = data.len() - decoder.pending().len();
    Ok(Value::tuple(vec![Value::string(text), Value::Int(used as i64)]))
}

macro_rules! per_codec {
    ($($codec:expr => $enc:ident, $dec:ident;)*) => {
        $(
            fn $enc(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
                encode_pair(interp, $codec, args, kwargs)
            }
            fn $dec(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
                decode_pair(interp, $codec, args, kwargs)
            }
        )*
        /// The per-codec functions, by CPython's names.
        const PER_CODEC: &[(&str, NativeFn)] = &[
            $((stringify!($enc), $enc), (stringify!($dec), $dec),)*
        ];
    };
}

per_codec! {
    Codec::Utf8 => utf_8_encode, utf_8_decode;
    Codec::Utf16 => utf_16_encode, utf_16_decode;
    Codec::Utf16Le => utf_16_le_encode, utf_16_le_decode;
    Codec::Utf16Be => utf_16_be_encode, utf_16_be_decode;
    Codec::Utf32 => utf_32_encode, utf_32_decode;
    Codec::Utf32Le => utf_32_le_encode, utf_32_le_decode;
    Codec::Utf32Be => utf_32_be_encode, utf_32_be_decode;
    Codec::Latin1 => latin_1_encode, latin_1_decode;
    Codec::Ascii => ascii_encode, ascii_decode;
    Codec::UnicodeEscape => unicode_escape_encode, unicode_escape_decode;
    Codec::RawUnicodeEscape => raw_unicode_escape_encode, raw_unicode_escape_decode;
}

// ---- incremental handles ----------------------------------------------------

struct DecoderHandle(RefCell<Decoder>);
struct EncoderHandle(RefCell<Encoder>);

impl NativeObject for DecoderHandle {
    fn type_name(&self) -> &str {
        "_codecs.Decoder"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl NativeObject for EncoderHandle {
    fn type_name(&self) -> &str {
        "_codecs.Encoder"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn decoder_of(interp: &mut Interp, v: Option<&Value>) -> PyResult<Rc<DecoderHandle>> {
    v.and_then(|v| v.as_native()).and_then(downcast_rc::<DecoderHandle>).ok_or_else(|| interp.type_error("expected a decoder handle"))
}

fn encoder_of(interp: &mut Interp, v: Option<&Value>) -> PyResult<Rc<EncoderHandle>> {
    v.and_then(|v| v.as_native()).and_then(downcast_rc::<EncoderHandle>).ok_or_else(|| interp.type_error("expected an encoder handle"))
}

/// `decoder_new(encoding, errors)`.
fn decoder_new(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "decoder_new", args, 2, 2)?;
    let name = text_arg(interp, &args[0], "encoding")?;
    let errors = text_arg(interp, &args[1], "errors")?;
    let d = Decoder::new(interp, name.as_str(), errors.as_str())?;
    Ok(Value::native(Rc::new(DecoderHandle(RefCell::new(d)))))
}

/// `decoder_decode(handle, data, final)`.
fn decoder_decode(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "decoder_decode", args, 3, 3)?;
    let h = decoder_of(interp, args.first())?;
    let data = bytes_arg(interp, &args[1])?;
    let final_ = interp.truthy(&args[2])?;
    // The handle stays borrowed while a registered error handler runs; such a
    // handler cannot reach the handle, which only the codecs module holds.
    let mut d = h.0.borrow_mut();
    Ok(Value::string(d.decode(interp, &data, final_)?))
}

fn decoder_reset(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    decoder_of(interp, args.first())?.0.borrow_mut().reset();
    Ok(Value::None)
}

/// `decoder_getstate(handle)` -> `(pending bytes, flag)`.
fn decoder_getstate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let h = decoder_of(interp, args.first())?;
    let d = h.0.borrow();
    Ok(Value::tuple(vec![Value::bytes(d.pending().to_vec()), Value::Int(d.flag())]))
}

/// `decoder_setstate(handle, pending, flag)`.
fn decoder_setstate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "decoder_setstate", args, 3, 3)?;
    let h = decoder_of(interp, args.first())?;
    let pending = bytes_arg(interp, &args[1])?;
    let flag = interp.index_value(&args[2])?;
    h.0.borrow_mut().set_state(&pending, flag);
    Ok(Value::None)
}

fn decoder_set_errors(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "decoder_set_errors", args, 2, 2)?;
    let h = decoder_of(interp, args.first())?;
    let errors = text_arg(interp, &args[1], "errors")?;
    h.0.borrow_mut().set_errors(errors.as_str());
    Ok(Value::None)
}

/// `encoder_new(encoding, errors)`.
fn encoder_new(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "encoder_new", args, 2, 2)?;
    let name = text_arg(interp, &args[0], "encoding")?;
    let errors = text_arg(interp, &args[1], "errors")?;
    let e = Encoder::new(interp, name.as_str(), errors.as_str())?;
    Ok(Value::native(Rc::new(EncoderHandle(RefCell::new(e)))))
}

/// `encoder_encode(handle, text, final)`.
fn encoder_encode(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "encoder_encode", args, 3, 3)?;
    let h = encoder_of(interp, args.first())?;
    let text = text_arg(interp, &args[1], "encode() argument 1")?;
    let final_ = interp.truthy(&args[2])?;
    let mut e = h.0.borrow_mut();
    Ok(Value::bytes(e.encode(interp, text.as_str(), final_)?))
}

fn encoder_reset(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    encoder_of(interp, args.first())?.0.borrow_mut().reset();
    Ok(Value::None)
}

/// `encoder_getstate(handle)`: 2 while a byte order mark is still to come
/// (`utf-8-sig`: 1), else 0, as CPython's encoders answer.
fn encoder_getstate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let h = encoder_of(interp, args.first())?;
    let e = h.0.borrow();
    let flag = match (e.bom_pending(), e.codec()) {
        (false, _) => 0,
        (true, Codec::Utf8Sig) => 1,
        (true, _) => 2,
    };
    Ok(Value::Int(flag))
}

fn encoder_setstate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "encoder_setstate", args, 2, 2)?;
    let h = encoder_of(interp, args.first())?;
    let flag = interp.index_value(&args[1])?;
    h.0.borrow_mut().set_bom_pending(flag != 0);
    Ok(Value::None)
}

fn encoder_set_errors(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "encoder_set_errors", args, 2, 2)?;
    let h = encoder_of(interp, args.first())?;
    let errors = text_arg(interp, &args[1], "errors")?;
    h.0.borrow_mut().set_errors(errors.as_str());
    Ok(Value::None)
}

// ---- error handlers ---------------------------------------------------------

/// `register_error(name, handler)`.
fn register_error(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "register_error", args, 2, 2)?;
    let name = text_arg(interp, &args[0], "register_error() argument 1")?;
    if !interp.is_callable(&args[1]) {
        return Err(interp.type_error("handler must be callable"));
    }
    errors::register(interp, name.as_str(), args[1].clone());
    Ok(Value::None)
}

/// `lookup_error(name)`: the builtin handler's function or a registered one.
fn lookup_error(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "lookup_error", args, 1, 1)?;
    let name = text_arg(interp, &args[0], "lookup_error() argument")?;
    let builtin = match name.as_str() {
        "strict" => Some("strict_errors"),
        "ignore" => Some("ignore_errors"),
        "replace" => Some("replace_errors"),
        "backslashreplace" => Some("backslashreplace_errors"),
        "xmlcharrefreplace" => Some("xmlcharrefreplace_errors"),
        "namereplace" => Some("namereplace_errors"),
        "surrogateescape" => Some("surrogateescape"),
        "surrogatepass" => Some("surrogatepass"),
        _ => None,
    };
    if let Some(fname) = builtin {
        if let Some(&(n, f)) = HANDLERS.iter().find(|(n, _)| *n == fname) {
            return Ok(crate::objects::native(n, f));
        }
    }
    if let Some(h) = errors::registered(interp, name.as_str()) {
        return Ok(h);
    }
    Err(errors::unknown_handler(interp, name.as_str()))
}

const HANDLERS: &[(&str, NativeFn)] = &[
    ("strict_errors", strict_errors),
    ("ignore_errors", ignore_errors),
    ("replace_errors", replace_errors),
    ("backslashreplace_errors", backslashreplace_errors),
    ("xmlcharrefreplace_errors", xmlcharrefreplace_errors),
    ("namereplace_errors", namereplace_errors),
    ("surrogateescape", surrogate_errors),
    ("surrogatepass", surrogate_errors),
];

/// What a builtin handler function was given.
struct Failure {
    exc: Value,
    kind: Exc,
    start: usize,
    end: usize,
    object: Value,
}

/// Reads the exception a handler function was called with.
fn failure(interp: &mut Interp, args: &[Value]) -> PyResult<Failure> {
    check_args(interp, "handler", args, 1, 1)?;
    let exc = args[0].clone();
    let kind = [Exc::UnicodeEncodeError, Exc::UnicodeDecodeError, Exc::UnicodeTranslateError]
        .into_iter()
        .find(|k| interp.is_exc(&exc, *k));
    let Some(kind) = kind else {
        let t = interp.type_name(&exc);
        return Err(interp.type_error(format!("don't know how to handle {t} in error callback")));
    };
    let start = interp.get_attr(&exc, "start")?;
    let end = interp.get_attr(&exc, "end")?;
    let object = interp.get_attr(&exc, "object")?;
    let (start, end) = (interp.index_value(&start)?.max(0) as usize, interp.index_value(&end)?.max(0) as usize);
    Ok(Failure { exc, kind, start, end, object })
}

/// The characters `start..end` of a str object.
fn chars_of(f: &Failure) -> Vec<char> {
    match f.object.builtin_value() {
        Value::Str(s) => s.as_str().chars().skip(f.start).take(f.end.saturating_sub(f.start)).collect(),
        _ => Vec::new(),
    }
}

fn answer(text: String, end: usize) -> Value {
    Value::tuple(vec![Value::string(text), Value::Int(end as i64)])
}

fn unhandled(interp: &mut Interp, f: &Failure) -> Value {
    interp.type_error(format!("don't know how to handle {} in error callback", f.kind.name()))
}

fn strict_errors(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "strict_errors", args, 1, 1)?;
    if crate::vm::exceptions::exc_data(&args[0]).is_some() {
        return Err(args[0].clone());
    }
    Err(interp.type_error("codec must pass exception instance"))
}

fn ignore_errors(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = failure(interp, args)?;
    Ok(answer(String::new(), f.end))
}

fn replace_errors(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = failure(interp, args)?;
    let n = f.end.saturating_sub(f.start);
    let text = match f.kind {
        Exc::UnicodeEncodeError => "?".repeat(n),
        Exc::UnicodeDecodeError => "\u{fffd}".to_string(),
        _ => "\u{fffd}".repeat(n),
    };
    Ok(answer(text, f.end))
}

fn backslashreplace_errors(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = failure(interp, args)?;
    let text = match (f.kind, f.object.builtin_value()) {
        (Exc::UnicodeDecodeError, Value::Bytes(b)) => {
            b.iter().skip(f.start).take(f.end.saturating_sub(f.start)).map(|x| format!("\\x{x:02x}")).collect()
        }
        _ => chars_of(&f).into_iter().map(unicode_error::escaped_char).collect(),
    };
    Ok(answer(text, f.end))
}

fn xmlcharrefreplace_errors(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = failure(interp, args)?;
    if f.kind != Exc::UnicodeEncodeError {
        return Err(unhandled(interp, &f));
    }
    let text = chars_of(&f).into_iter().map(|c| format!("&#{};", c as u32)).collect();
    Ok(answer(text, f.end))
}

fn namereplace_errors(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = failure(interp, args)?;
    if f.kind != Exc::UnicodeEncodeError {
        return Err(unhandled(interp, &f));
    }
    let text = chars_of(&f)
        .into_iter()
        .map(|c| match crate::syntax::charnames::name(c) {
            Some(name) => format!("\\N{{{name}}}"),
            None => unicode_error::escaped_char(c),
        })
        .collect();
    Ok(answer(text, f.end))
}

/// `surrogateescape` and `surrogatepass`: coil strings hold no lone
/// surrogates, so there is never one to pass or escape; the error stands.
fn surrogate_errors(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = failure(interp, args)?;
    if f.kind == Exc::UnicodeTranslateError {
        return Err(unhandled(interp, &f));
    }
    Err(f.exc)
}

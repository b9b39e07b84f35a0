//! `_json`: the native half of the `json` package (stdlib/json/). The encoder
//! (`encode.rs`) and the scanner (`decode.rs`) do the whole work for the
//! builtin types and call back into the language only for hooks: `default`,
//! `object_hook`, `object_pairs_hook`, `parse_float`, `parse_int`,
//! `parse_constant`, and the protocols of instances of builtin subclasses.
//!
//! The encoder reads its settings from the `JSONEncoder` it is given (as
//! CPython reads them when encoding starts); the decoder takes a tuple made
//! once per `JSONDecoder` (as CPython's scanner takes them when the decoder is
//! made): (strict, object_hook, object_pairs_hook, parse_float, parse_int,
//! parse_constant, JSONDecodeError), a hook being None for the builtin behaviour.
//! `make_encoder` is CPython's `c_make_encoder`, for callers that use it
//! directly (the `json` package itself calls `encode`).

mod decode;
mod encode;
#[cfg(test)]
#[path = "json_tests.rs"]
mod tests;

use crate::objects::{check_args, no_kwargs};
use crate::syntax::ast::BinOp;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::signature::Signature;
use crate::vm::value::Value;
use std::rc::Rc;

/// Charges one unit of work (a value read or written) to the host's limits,
/// as the dispatch loop charges instructions: a document that takes long to
/// process (a small object graph whose text is huge) still meets a host's
/// deadline, instruction or memory limit.
#[inline(always)]
fn charge(interp: &mut Interp) -> PyResult<()> {
    interp.limits.fuel -= 1;
    if interp.limits.fuel < 0 {
        if let Some(e) = interp.check_limits() {
            return Err(e);
        }
    }
    Ok(())
}

pub fn module() -> Value {
    let functions: &[(&str, NativeFn)] = &[
        ("encode", encode_fn),
        ("encode_partial", encode_partial),
        ("encode_basestring", encode_basestring),
        ("encode_basestring_ascii", encode_basestring_ascii),
        ("scan", scan),
        ("decode", decode_fn),
        ("scanstring", scanstring),
    ];
    let make_encoder = BuiltinFunction {
        name: "make_encoder".into(),
        func: make_encoder,
        bound: None,
        with_caller: None,
        on_builtin_value: false,
        sig: Some(Rc::new(Signature::declare("make_encoder", MAKE_ENCODER_SIG))),
    };
    super::make_module("_json", functions, vec![("make_encoder", Value::Builtin(Rc::new(make_encoder)))])
}

/// The parameters of CPython's `_json.make_encoder` (`c_make_encoder`).
const MAKE_ENCODER_SIG: &str = "private:($module, markers, default, encoder, indent, key_separator, \
     item_separator, sort_keys, skipkeys, allow_nan, /)";

/// The tuple argument `index` of `name`, of exactly `len` items.
fn config<'v>(interp: &mut Interp, name: &str, v: &'v Value, len: usize) -> PyResult<&'v [Value]> {
    match v {
        Value::Tuple(t) if t.len() == len => Ok(&t[..]),
        _ => Err(interp.type_error(format!("{name}() needs a settings tuple of {len} items"))),
    }
}

fn str_arg<'v>(interp: &mut Interp, name: &str, what: &str, v: &'v Value) -> PyResult<&'v Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s),
        other => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("{name}() argument {what} must be str, not {t}")))
        }
    }
}

fn optional(v: &Value) -> Option<Value> {
    (!v.is_none()).then(|| v.clone())
}

/// The settings of `encoder` (a `JSONEncoder`), read from its attributes now
/// as CPython reads them when it starts encoding. `base_default` is
/// `JSONEncoder.default`: when the encoder's `default` is that method, the
/// native encoder raises its TypeError itself. `partial` for `iterencode`
/// (see `encode_partial`).
fn encoder_options(interp: &mut Interp, encoder: &Value, base_default: &Value, partial: bool) -> PyResult<encode::Options> {
    let indent = match interp.get_attr(encoder, "indent")? {
        Value::None => None,
        Value::Str(s) => Some(s.as_str().to_string()),
        // `" " * indent`, with Python's rules and messages for what indent may be.
        other => match interp.binary_op(BinOp::Mult, &Value::str(" "), &other)? {
            Value::Str(s) => Some(s.as_str().to_string()),
            _ => None,
        },
    };
    let mut flag = |name: &str| -> PyResult<bool> {
        let v = interp.get_attr(encoder, name)?;
        interp.truthy(&v)
    };
    let (skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys) =
        (flag("skipkeys")?, flag("ensure_ascii")?, flag("check_circular")?, flag("allow_nan")?, flag("sort_keys")?);
    // CPython's accelerator takes the separators as its 5th and 6th arguments.
    let key_separator = interp.get_attr(encoder, "key_separator")?;
    let key_separator = str_arg(interp, "make_encoder", "5", &key_separator)?.as_str().to_string();
    let item_separator = interp.get_attr(encoder, "item_separator")?;
    let item_separator = str_arg(interp, "make_encoder", "6", &item_separator)?.as_str().to_string();
    let default = interp.get_attr(encoder, "default")?;
    let inherited = matches!(&default, Value::BoundMethod(m) if m.func.is(base_default) && m.receiver.is(encoder));
    Ok(encode::Options {
        python_path: partial || indent.is_some(),
        skipkeys,
        ensure_ascii,
        check_circular,
        allow_nan,
        sort_keys,
        indent,
        key_separator,
        item_separator,
        default: (!inherited).then_some(default),
        quote: None,
    })
}

/// `make_encoder(markers, default, encoder, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan)`: CPython's
/// `c_make_encoder`, a callable `(obj, _current_indent_level)` that returns
/// the JSON text of `obj` as a list of one str. `markers` (a dict or None)
/// turns the circular-reference check on; `encoder` quotes each str (the
/// native quoting when it is one of this module's quoting functions). As in
/// CPython 3.11, `indent` is not used: indented text is written by the
/// pure-Python encoder.
fn make_encoder(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "make_encoder", kwargs)?;
    check_args(interp, "make_encoder", args, 9, 9)?;
    if !matches!(args[0], Value::None | Value::Dict(_)) {
        let t = interp.type_name(&args[0]);
        return Err(interp.type_error(format!("make_encoder() argument 1 must be dict or None, not {t}")));
    }
    str_arg(interp, "make_encoder", "5", &args[4])?;
    str_arg(interp, "make_encoder", "6", &args[5])?;
    let mut flags = [false; 3];
    for (flag, v) in flags.iter_mut().zip(&args[6..9]) {
        *flag = interp.truthy(v)?;
    }
    let [sort_keys, skipkeys, allow_nan] = flags.map(Value::Bool);
    let check_circular = Value::Bool(!args[0].is_none());
    let settings = Value::tuple(vec![
        check_circular,
        args[1].clone(),
        args[2].clone(),
        args[4].clone(),
        args[5].clone(),
        sort_keys,
        skipkeys,
        allow_nan,
    ]);
    Ok(Value::Builtin(Rc::new(BuiltinFunction {
        name: "_iterencode".into(),
        func: run_made_encoder,
        bound: Some(settings),
        with_caller: None,
        on_builtin_value: false,
        sig: None,
    })))
}

/// A `make_encoder` encoder called: `args` are its settings tuple, then
/// `(obj, _current_indent_level)`.
fn run_made_encoder(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "_iterencode", kwargs)?;
    check_args(interp, "_iterencode", &args[1..], 2, 2)?;
    let c = config(interp, "_iterencode", &args[0], 8)?;
    interp.index_value(&args[2])?;
    let is_native = |f: NativeFn| matches!(&c[2], Value::Builtin(b) if b.bound.is_none() && std::ptr::fn_addr_eq(b.func, f));
    let (ensure_ascii, quote) = if is_native(encode_basestring_ascii) {
        (true, None)
    } else if is_native(encode_basestring) {
        (false, None)
    } else {
        (false, Some(c[2].clone()))
    };
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let opts = encode::Options {
        skipkeys: matches!(c[6], Value::Bool(true)),
        ensure_ascii,
        check_circular: matches!(c[0], Value::Bool(true)),
        allow_nan: matches!(c[7], Value::Bool(true)),
        sort_keys: matches!(c[5], Value::Bool(true)),
        indent: None,
        item_separator: text(&c[4]),
        key_separator: text(&c[3]),
        default: Some(c[1].clone()),
        quote,
        python_path: false,
    };
    let mut enc = encode::Encoder::new(interp, &opts);
    enc.encode(interp, args[1].clone())?;
    Ok(Value::list(vec![Value::string(enc.out)]))
}

/// `encode(obj, encoder, base_default)`: the JSON text of `obj`.
fn encode_fn(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "encode", kwargs)?;
    check_args(interp, "encode", args, 3, 3)?;
    let opts = encoder_options(interp, &args[1], &args[2], false)?;
    let mut enc = encode::Encoder::new(interp, &opts);
    enc.encode(interp, args[0].clone())?;
    Ok(Value::string(enc.out))
}

/// `encode_partial(obj, encoder, base_default)`: `(text, None)`, or `(text
/// written before the error, error)` when encoding fails (for `iterencode`,
/// whose chunks reach the output before the failure).
fn encode_partial(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "encode_partial", kwargs)?;
    check_args(interp, "encode_partial", args, 3, 3)?;
    let opts = encoder_options(interp, &args[1], &args[2], true)?;
    let mut enc = encode::Encoder::new(interp, &opts);
    let err = enc.encode(interp, args[0].clone()).err().unwrap_or(Value::None);
    Ok(Value::tuple(vec![Value::string(enc.out), err]))
}

fn encode_basestring(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    quote(interp, "encode_basestring", args, kwargs, false)
}

fn encode_basestring_ascii(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    quote(interp, "encode_basestring_ascii", args, kwargs, true)
}

/// A str as a JSON string literal.
fn quote(interp: &mut Interp, name: &str, args: &[Value], kwargs: KwArgs, ascii: bool) -> PyResult<Value> {
    no_kwargs(interp, name, kwargs)?;
    check_args(interp, name, args, 1, 1)?;
    let s = match &args[0] {
        Value::Str(s) => s.clone(),
        other => match encode::str_subclass_text(interp, other)? {
            Some(s) => s,
            None => {
                let t = interp.type_name(other);
                return Err(interp.type_error(format!("first argument must be a string, not {t}")));
            }
        },
    };
    let mut out = String::new();
    encode::write_str(&mut out, s.as_str(), ascii);
    Ok(Value::string(out))
}

fn decoder_hooks(interp: &mut Interp, name: &str, v: &Value) -> PyResult<decode::Hooks> {
    let c = config(interp, name, v, 7)?;
    let (float, int) = (interp.types.float.clone(), interp.types.int.clone());
    let builtin = |v: &Value, cls: &Rc<Class>| matches!(v, Value::Class(c) if Rc::ptr_eq(c, cls));
    Ok(decode::Hooks {
        strict: interp.truthy(&c[0])?,
        object_hook: optional(&c[1]),
        object_pairs_hook: optional(&c[2]),
        parse_float: if builtin(&c[3], &float) { None } else { optional(&c[3]) },
        parse_int: if builtin(&c[4], &int) { None } else { optional(&c[4]) },
        parse_constant: optional(&c[5]),
        error_class: c[6].clone(),
    })
}

/// The document argument, with CPython's messages for anything but a str:
/// its scanner's, or (for `decode`, where CPython's regular expression meets
/// the value first) the `re` module's.
fn doc_arg<'v>(interp: &mut Interp, name: &str, v: &'v Value) -> PyResult<&'v Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s),
        Value::Bytes(_) if name == "decode" => {
            Err(interp.type_error("cannot use a string pattern on a bytes-like object"))
        }
        other => {
            let t = interp.type_name(other);
            Err(interp.type_error(if name == "decode" {
                format!("expected string or bytes-like object, got '{t}'")
            } else {
                format!("first argument must be a string, not {t}")
            }))
        }
    }
}

/// `scan(s, idx, hooks)`: the value starting at character `idx` of `s` and
/// the index just past it (`JSONDecoder.raw_decode`).
fn scan(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "scan", kwargs)?;
    check_args(interp, "scan", args, 3, 3)?;
    let s = doc_arg(interp, "scan", &args[0])?.clone();
    let idx = interp.index_value(&args[1])?;
    if idx < 0 {
        return Err(interp.value_error("idx cannot be negative"));
    }
    let hooks = decoder_hooks(interp, "scan", &args[2])?;
    let text = s.as_str();
    let start = decode::byte_offset(text, idx as usize);
    let mut scanner = decode::Scanner::new(interp, text, &args[0], &hooks);
    if idx as usize > s.char_len() {
        // Past the end: nothing to read there.
        return Err(scanner.error_at(interp, "Expecting value", idx));
    }
    let (v, end) = scanner.scan(interp, start)?;
    let end = if s.is_ascii() { end } else { decode::char_index(text, end) };
    Ok(Value::tuple(vec![v, Value::Int(end as i64)]))
}

/// `decode(s, hooks)`: the one value that `s` holds, with whitespace around
/// it (`JSONDecoder.decode`).
fn decode_fn(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "decode", kwargs)?;
    check_args(interp, "decode", args, 2, 2)?;
    let s = doc_arg(interp, "decode", &args[0])?.clone();
    let hooks = decoder_hooks(interp, "decode", &args[1])?;
    let text = s.as_str();
    let mut scanner = decode::Scanner::new(interp, text, &args[0], &hooks);
    let start = scanner.skip_ws(0);
    let (v, end) = scanner.scan(interp, start)?;
    let end = scanner.skip_ws(end);
    if end != text.len() {
        let at = decode::char_index(text, end) as i64;
        return Err(scanner.error_at(interp, "Extra data", at));
    }
    Ok(v)
}

/// `scanstring(s, end, strict, error_class)`: the string whose opening quote
/// is just before character `end`, and the index past its closing quote.
fn scanstring(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    // The index is converted first, as CPython's argument parsing does
    // (an index too large is an OverflowError whatever the document is).
    let end = interp.index_value(&args[1])?;
    let s = doc_arg(interp, "scanstring", &args[0])?.clone();
    if end < 0 || end as usize > s.char_len() {
        return Err(interp.value_error("end is out of bounds"));
    }
    let strict = interp.truthy(&args[2])?;
    let hooks = decode::Hooks {
        strict,
        object_hook: None,
        object_pairs_hook: None,
        parse_float: None,
        parse_int: None,
        parse_constant: None,
        error_class: args[3].clone(),
    };
    let text = s.as_str();
    let start = decode::byte_offset(text, end as usize);
    let mut scanner = decode::Scanner::new(interp, text, &args[0], &hooks);
    let (v, after) = scanner.string_text(interp, start)?;
    let v = Value::string(v.into_owned());
    let after = if s.is_ascii() { after } else { decode::char_index(text, after) };
    Ok(Value::tuple(vec![v, Value::Int(after as i64)]))
}

//! `UnicodeDecodeError`, `UnicodeEncodeError` and `UnicodeTranslateError` as
//! CPython shapes them: built from (encoding, object, start, end, reason), with
//! those as attributes, and a message made from the attributes when printed:
//! `'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`.

use crate::vm::types::Exc;
use crate::objects::add_method;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// Which of the three classes an instance belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Decode,
    Encode,
    Translate,
}

impl Kind {
    fn of(interp: &Interp, v: &Value) -> Option<Kind> {
        if interp.is_exc(v, Exc::UnicodeDecodeError) {
            Some(Kind::Decode)
        } else if interp.is_exc(v, Exc::UnicodeEncodeError) {
            Some(Kind::Encode)
        } else if interp.is_exc(v, Exc::UnicodeTranslateError) {
            Some(Kind::Translate)
        } else {
            None
        }
    }
}

pub fn register(interp: &mut Interp) {
    for (kind, init) in [
        (Exc::UnicodeDecodeError, decode_init as NativeFn),
        (Exc::UnicodeEncodeError, encode_init),
        (Exc::UnicodeTranslateError, translate_init),
    ] {
        let cls = interp.types.exc(kind);
        cls.dict.borrow_mut().set_str("__init__", crate::objects::native("__init__", init));
        add_method(&cls, "__str__", unicode_error_str);
    }
}

/// Sets the five attributes on a new exception.
fn set_attrs(exc: &Value, encoding: Value, object: Value, start: Value, end: Value, reason: Value) {
    let Value::Instance(inst) = exc else { return };
    if let Some(data) = &inst.exc {
        // A subclass's `__init__` passes these on: they are the exception's `args`.
        let mut data = data.borrow_mut();
        data.args = [&encoding, &object, &start, &end, &reason].into_iter().filter(|v| !v.is_none()).cloned().collect();
    }
    let mut d = inst.dict.borrow_mut();
    d.set_str("encoding", encoding);
    d.set_str("object", object);
    d.set_str("start", start);
    d.set_str("end", end);
    d.set_str("reason", reason);
}

/// A `UnicodeDecodeError` as a codec raises it.
pub fn decode_error(interp: &mut Interp, encoding: &str, object: &[u8], start: usize, end: usize, reason: &str) -> Value {
    let parts = [
        Value::str(encoding),
        Value::bytes(object.to_vec()),
        Value::Int(start as i64),
        Value::Int(end as i64),
        Value::str(reason),
    ];
    let cls = interp.types.exc(Exc::UnicodeDecodeError);
    let exc = interp.new_exception(cls, parts.to_vec());
    let [a, b, c, d, e] = parts;
    set_attrs(&exc, a, b, c, d, e);
    exc
}

/// A `UnicodeEncodeError` as a codec raises it (`start`/`end` count characters).
pub fn encode_error(interp: &mut Interp, encoding: &str, object: &Value, start: usize, end: usize, reason: &str) -> Value {
    let parts =
        [Value::str(encoding), object.clone(), Value::Int(start as i64), Value::Int(end as i64), Value::str(reason)];
    let cls = interp.types.exc(Exc::UnicodeEncodeError);
    let exc = interp.new_exception(cls, parts.to_vec());
    let [a, b, c, d, e] = parts;
    set_attrs(&exc, a, b, c, d, e);
    exc
}

/// The checks CPython's constructors make: the count, then each argument's type.
fn arity(interp: &mut Interp, args: &[Value], want: usize) -> PyResult<()> {
    let given = args.len().saturating_sub(1);
    if given != want {
        return Err(interp.type_error(format!("function takes exactly {want} arguments ({given} given)")));
    }
    Ok(())
}

fn str_at(interp: &mut Interp, v: &Value, n: usize) -> PyResult<Value> {
    match v.builtin_value() {
        Value::Str(_) => Ok(v.clone()),
        other => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("argument {n} must be str, not {t}")))
        }
    }
}

fn index_at(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(interp.index_value(v)?))
}

fn decode_init(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(interp, args, 5)?;
    let encoding = str_at(interp, &args[1], 1)?;
    let object = match args[2].builtin_value() {
        Value::Bytes(_) => args[2].clone(),
        other => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("a bytes-like object is required, not '{t}'")));
        }
    };
    let (start, end) = (index_at(interp, &args[3])?, index_at(interp, &args[4])?);
    let reason = str_at(interp, &args[5], 5)?;
    set_attrs(&args[0], encoding, object, start, end, reason);
    Ok(Value::None)
}

fn encode_init(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(interp, args, 5)?;
    let encoding = str_at(interp, &args[1], 1)?;
    let object = str_at(interp, &args[2], 2)?;
    let (start, end) = (index_at(interp, &args[3])?, index_at(interp, &args[4])?);
    let reason = str_at(interp, &args[5], 5)?;
    set_attrs(&args[0], encoding, object, start, end, reason);
    Ok(Value::None)
}

fn translate_init(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    arity(interp, args, 4)?;
    let object = str_at(interp, &args[1], 1)?;
    let (start, end) = (index_at(interp, &args[2])?, index_at(interp, &args[3])?);
    let reason = str_at(interp, &args[4], 4)?;
    set_attrs(&args[0], Value::None, object, start, end, reason);
    Ok(Value::None)
}

/// How a character shows in an encode or translate error: `\xe9`, `\u20ac`, `\U0001f600`.
pub fn escaped_char(c: char) -> String {
    let n = crate::codepoint::code_point(c);
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

fn unicode_error_str(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(this @ Value::Instance(inst)) = args.first() else {
        return Err(interp.type_error("__str__ needs self"));
    };
    let get = |name: &str| inst.dict.borrow().get_str(name).cloned();
    let (Some(kind), Some(object), Some(start), Some(end), Some(reason)) =
        (Kind::of(interp, this), get("object"), get("start"), get("end"), get("reason"))
    else {
        // Made without its arguments (`__new__` alone): CPython prints nothing.
        return Ok(Value::str(""));
    };
    let (start, end) = (interp.index_value(&start)?, interp.index_value(&end)?);
    let reason = interp.to_str(&reason)?;
    let encoding = match get("encoding") {
        Some(e) if kind != Kind::Translate => interp.to_str(&e)?,
        _ => String::new(),
    };
    let what = match kind {
        Kind::Decode => format!("'{encoding}' codec can't decode"),
        Kind::Encode => format!("'{encoding}' codec can't encode"),
        Kind::Translate => "can't translate".to_string(),
    };
    let single = if end == start + 1 && start >= 0 {
        match (kind, object.builtin_value()) {
            (Kind::Decode, Value::Bytes(b)) => b.get(start as usize).map(|x| format!("byte 0x{x:02x}")),
            (_, Value::Str(s)) => s.as_str().chars().nth(start as usize).map(|c| format!("character '{}'", escaped_char(c))),
            _ => None,
        }
    } else {
        None
    };
    let text = match single {
        Some(one) => format!("{what} {one} in position {start}: {reason}"),
        None => {
            let unit = if kind == Kind::Decode { "bytes" } else { "characters" };
            format!("{what} {unit} in position {start}-{}: {reason}", end - 1)
        }
    };
    Ok(Value::string(text))
}

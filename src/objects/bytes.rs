//! Methods of `bytes`. Most are the str methods applied to the bytes read as
//! latin-1 text (one char per byte) and the result mapped back; the methods
//! whose meaning differs for bytes (case and character classes, which are
//! ASCII-only for bytes) are written here.

use super::{add_method, check_args, native};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// str methods that work unchanged on latin-1 text.
const SHARED: &[&str] = &[
    "strip",
    "lstrip",
    "rstrip",
    "split",
    "rsplit",
    "splitlines",
    "replace",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "startswith",
    "endswith",
    "center",
    "ljust",
    "rjust",
    "zfill",
    "partition",
    "rpartition",
    "expandtabs",
    "removeprefix",
    "removesuffix",
];

pub fn register(interp: &mut Interp) {
    let b = interp.types.bytes.clone();
    for name in SHARED {
        add_method(&b, name, shared_method(name));
    }
    let own: &[(&str, NativeFn)] = &[
        ("join", join),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("isascii", isascii),
    ];
    for (name, f) in own {
        add_method(&b, name, *f);
    }
    b.dict.borrow_mut().set_str("fromhex", native("fromhex", fromhex));
}

fn latin1(b: &[u8]) -> Value {
    Value::string(b.iter().map(|&c| c as char).collect())
}

/// A str result of a latin-1 computation back as bytes (every char is < 256).
fn to_bytes(v: Value) -> Value {
    match &v {
        Value::Str(s) => Value::bytes(s.as_str().chars().map(|c| c as u32 as u8).collect()),
        Value::List(l) => {
            let items: Vec<Value> = l.borrow().iter().cloned().map(to_bytes).collect();
            Value::list(items)
        }
        Value::Tuple(t) => Value::tuple(t.iter().cloned().map(to_bytes).collect()),
        _ => v,
    }
}

/// An argument as latin-1 text: bytes (or tuples of bytes) convert; str is an error.
fn arg_text(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    match v {
        Value::Bytes(b) => Ok(latin1(b)),
        Value::Tuple(t) => {
            let mut items = Vec::with_capacity(t.len());
            for x in t.iter() {
                items.push(arg_text(interp, x)?);
            }
            Ok(Value::tuple(items))
        }
        Value::Str(_) => Err(interp.type_error("a bytes-like object is required, not 'str'")),
        other => Ok(other.clone()),
    }
}

fn receiver<'a>(interp: &mut Interp, args: &'a [Value], name: &str) -> PyResult<&'a [u8]> {
    match args.first() {
        Some(Value::Bytes(b)) => Ok(b),
        _ => Err(interp.type_error(format!("descriptor '{name}' for 'bytes' objects needs a bytes object"))),
    }
}

/// Calls str's `name` on the latin-1 text of the receiver and arguments.
fn via_str(interp: &mut Interp, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let recv = latin1(receiver(interp, args, name)?);
    let mut full = vec![recv];
    for a in &args[1..] {
        let t = arg_text(interp, a).map_err(|e| {
            if matches!(name, "find" | "rfind" | "index" | "rindex" | "count") {
                interp.type_error("argument should be integer or bytes-like object, not 'str'")
            } else {
                e
            }
        })?;
        full.push(t);
    }
    let mut kw = Vec::with_capacity(kwargs.len());
    for (k, v) in kwargs {
        kw.push((k.clone(), arg_text(interp, v)?));
    }
    let f = interp.types.str_.dict.borrow().get_str(name).cloned();
    let Some(Value::Builtin(f)) = f else {
        return Err(interp.attribute_error(format!("'bytes' object has no attribute '{name}'")));
    };
    let r = (f.func)(interp, &full, &kw)?;
    Ok(to_bytes(r))
}

macro_rules! shared {
    ($($name:ident),*) => {
        $(fn $name(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
            via_str(interp, stringify!($name), args, kwargs)
        })*
        fn shared_method(name: &str) -> NativeFn {
            match name {
                $(stringify!($name) => $name,)*
                _ => unreachable_method,
            }
        }
    };
}

shared!(
    strip,
    lstrip,
    rstrip,
    split,
    rsplit,
    splitlines,
    replace,
    find,
    rfind,
    index,
    rindex,
    count,
    startswith,
    endswith,
    center,
    ljust,
    rjust,
    zfill,
    partition,
    rpartition,
    expandtabs,
    removeprefix,
    removesuffix
);

fn unreachable_method(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(interp.type_error("bytes method is not available"))
}

fn join(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "join", args, 2, 2)?;
    let sep = receiver(interp, args, "join")?.to_vec();
    let items = interp.collect_iterable(&args[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match it {
            Value::Bytes(b) => out.extend_from_slice(b),
            other => {
                let t = interp.type_name(other);
                return Err(interp.type_error(format!("sequence item {i}: expected a bytes-like object, {t} found")));
            }
        }
    }
    Ok(Value::bytes(out))
}

fn map_bytes(
    interp: &mut Interp,
    args: &[Value],
    name: &str,
    f: impl Fn(usize, u8, Option<u8>) -> u8,
) -> PyResult<Value> {
    let b = receiver(interp, args, name)?;
    Ok(Value::bytes(b.iter().enumerate().map(|(i, &c)| f(i, c, if i > 0 { Some(b[i - 1]) } else { None })).collect()))
}

fn upper(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    map_bytes(interp, args, "upper", |_, c, _| c.to_ascii_uppercase())
}

fn lower(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    map_bytes(interp, args, "lower", |_, c, _| c.to_ascii_lowercase())
}

fn swapcase(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    map_bytes(interp, args, "swapcase", |_, c, _| {
        if c.is_ascii_uppercase() {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        }
    })
}

fn capitalize(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    map_bytes(
        interp,
        args,
        "capitalize",
        |i, c, _| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() },
    )
}

fn title(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = receiver(interp, args, "title")?;
    let mut out = Vec::with_capacity(b.len());
    let mut prev_cased = false;
    for &c in b {
        out.push(if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() });
        prev_cased = c.is_ascii_alphabetic();
    }
    Ok(Value::bytes(out))
}

fn test_all(interp: &mut Interp, args: &[Value], name: &str, f: fn(&u8) -> bool) -> PyResult<Value> {
    let b = receiver(interp, args, name)?;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(f)))
}

fn isdigit(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    test_all(interp, args, "isdigit", u8::is_ascii_digit)
}

fn isalpha(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    test_all(interp, args, "isalpha", u8::is_ascii_alphabetic)
}

fn isalnum(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    test_all(interp, args, "isalnum", u8::is_ascii_alphanumeric)
}

fn isspace(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    test_all(interp, args, "isspace", |c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c'))
}

fn isascii(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = receiver(interp, args, "isascii")?;
    Ok(Value::Bool(b.is_ascii()))
}

fn isupper(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = receiver(interp, args, "isupper")?;
    Ok(Value::Bool(b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)))
}

fn islower(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = receiver(interp, args, "islower")?;
    Ok(Value::Bool(b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)))
}

/// `bytes.fromhex("41 42")`.
fn fromhex(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = match args.last() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("fromhex() argument must be str, not {t}")));
        }
        None => return Err(interp.type_error("fromhex() takes exactly one argument (0 given)")),
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos = if hi.is_none() { i } else { i + 1 };
                return Err(
                    interp.value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos}"))
                );
            }
        }
        i += 2;
    }
    Ok(Value::bytes(out))
}

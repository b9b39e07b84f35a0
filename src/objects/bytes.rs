//! The methods `bytes` and `bytearray` share. Each reads its receiver through
//! the buffer protocol (`objects/buffer.rs`) and builds results of the
//! receiver's type. Most are the str methods applied to the bytes read as
//! latin-1 text (one char per byte) and the result mapped back; the methods
//! whose meaning differs for bytes (case and character classes, which are
//! ASCII-only for bytes, `hex`, `translate`) are written here.

use crate::vm::types::Exc;
use super::buffer::{self, Buf, Kind};
use super::{add_method, native};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

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

/// Registers the shared methods on `bytes` and `bytearray`.
pub fn register(interp: &mut Interp) {
    for cls in [interp.types.bytes.clone(), interp.types.bytearray.clone()] {
        for name in SHARED {
            add_method(&cls, name, shared_method(name));
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
            ("istitle", istitle),
            ("isascii", isascii),
            ("hex", hex),
            ("translate", translate),
            ("decode", decode),
        ];
        for (name, f) in own {
            add_method(&cls, name, *f);
        }
        cls.dict.borrow_mut().set_str("maketrans", native("maketrans", maketrans));
    }
    for cls in [interp.types.bytes.clone(), interp.types.bytearray.clone()] {
        let f = Value::Descriptor(Rc::new(Descriptor::ClassMethod(native("fromhex", fromhex))));
        cls.dict.borrow_mut().set_str("fromhex", f);
    }
}

fn latin1(b: &[u8]) -> Value {
    Value::string(b.iter().map(|&c| c as char).collect())
}

/// A str result of a latin-1 computation back as bytes or bytearray (every char is < 256).
fn to_kind(kind: Kind, v: Value) -> Value {
    match &v {
        Value::Str(s) => kind.make(s.as_str().chars().map(|c| c as u32 as u8).collect()),
        Value::List(l) => {
            let items: Vec<Value> = l.borrow().iter().cloned().map(|x| to_kind(kind, x)).collect();
            Value::list(items)
        }
        Value::Tuple(t) => Value::tuple(t.iter().cloned().map(|x| to_kind(kind, x)).collect()),
        _ => v,
    }
}

/// An argument as latin-1 text: bytes-likes (or tuples of them) convert; str is an error.
fn arg_text(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    if let Some(b) = buffer::buffer(interp, v)? {
        return Ok(latin1(&b));
    }
    match v {
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

/// The receiver of a shared method, with its kind.
pub fn receiver(interp: &mut Interp, args: &[Value], name: &str) -> PyResult<(Buf, Kind)> {
    let Some(v) = args.first() else {
        return Err(interp.type_error(format!("descriptor '{name}' of 'bytes' object needs an argument")));
    };
    match Kind::of(v) {
        Some(kind) => Ok((buffer::require(interp, v)?, kind)),
        None => {
            let t = interp.type_name(v);
            Err(interp.type_error(format!("descriptor '{name}' for 'bytes' objects doesn't apply to a '{t}' object")))
        }
    }
}

/// The first argument of the find family: a bytes-like or an int (one byte).
fn needle(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    if let Some(b) = buffer::buffer(interp, v)? {
        return Ok(latin1(&b));
    }
    if matches!(v.builtin_value(), Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        let i = match v.builtin_value() {
            Value::BigInt(_) => -1,
            other => interp.index_value(other)?,
        };
        if !(0..256).contains(&i) {
            return Err(interp.value_error("byte must be in range(0, 256)"));
        }
        return Ok(latin1(&[i as u8]));
    }
    let t = interp.type_name(v);
    Err(interp.type_error(format!("argument should be integer or bytes-like object, not '{t}'")))
}

/// The fill byte of center / ljust / rjust.
fn fill_arg(interp: &mut Interp, name: &str, v: &Value) -> PyResult<Value> {
    match buffer::buffer(interp, v)? {
        Some(b) if b.len() == 1 && !matches!(v.builtin_value(), Value::MemoryView(_)) => Ok(latin1(&b)),
        _ => {
            let t = interp.type_name(v);
            Err(interp.type_error(format!("{name}() argument 2 must be a byte string of length 1, not {t}")))
        }
    }
}

/// Calls str's `name` on the latin-1 text of the receiver and arguments.
fn via_str(interp: &mut Interp, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (recv, kind) = receiver(interp, args, name)?;
    let most = match name {
        "split" | "rsplit" | "center" | "ljust" | "rjust" => 2,
        "replace" | "find" | "rfind" | "index" | "rindex" | "count" | "startswith" | "endswith" => 3,
        _ => 1,
    };
    if args.len() > most + 1 {
        let n = args.len() - 1;
        return Err(interp.type_error(format!("{name}() takes at most {most} argument{} ({n} given)", if most == 1 { "" } else { "s" })));
    }
    let mut full = vec![latin1(&recv)];
    for (i, a) in args[1..].iter().enumerate() {
        let t = match (name, i) {
            ("find" | "rfind" | "index" | "rindex" | "count", 0) => needle(interp, a)?,
            ("startswith" | "endswith", 0) => {
                let ok = buffer::is_bytes_like(a)
                    || matches!(a, Value::Tuple(t) if t.iter().all(buffer::is_bytes_like));
                if !ok {
                    let bad = match a {
                        Value::Tuple(t) => t.iter().find(|x| !buffer::is_bytes_like(x)).cloned().unwrap_or(Value::None),
                        other => other.clone(),
                    };
                    let tn = interp.type_name(&bad);
                    let msg = if matches!(a, Value::Tuple(_)) {
                        format!("a bytes-like object is required, not '{tn}'")
                    } else {
                        format!("{name} first arg must be bytes or a tuple of bytes, not {tn}")
                    };
                    return Err(interp.type_error(msg));
                }
                arg_text(interp, a)?
            }
            ("center" | "ljust" | "rjust", 1) => fill_arg(interp, name, a)?,
            ("find" | "rfind" | "index" | "rindex" | "count" | "startswith" | "endswith", _) => a.clone(),
            _ => {
                let wants_int = match name {
                    "split" | "rsplit" => i == 1,
                    "replace" => i == 2,
                    "center" | "ljust" | "rjust" | "zfill" | "expandtabs" => i == 0,
                    "splitlines" => true,
                    _ => false,
                };
                if wants_int || matches!(a, Value::None) {
                    a.clone()
                } else {
                    match buffer::buffer(interp, a)? {
                        Some(b) => latin1(&b),
                        None => {
                            let tn = interp.type_name(a);
                            return Err(interp.type_error(format!("a bytes-like object is required, not '{tn}'")));
                        }
                    }
                }
            }
        };
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
    let r = (f.func)(interp, &full, &kw).map_err(|e| {
        if (name == "index" || name == "rindex") && interp.is_exc(&e, Exc::ValueError) {
            return interp.value_error("subsection not found");
        }
        e
    })?;
    // partition / rpartition / split results are new objects even when unchanged.
    Ok(to_kind(kind, r))
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

/// `sep.join(iterable)`: every item bytes-like.
fn join(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (sep, kind) = receiver(interp, args, "join")?;
    let items = super::str::join_items(interp, args.get(1).unwrap_or(&Value::None))?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match buffer::buffer(interp, it)? {
            Some(b) => out.extend_from_slice(&b),
            None => {
                let t = interp.type_name(it);
                return Err(interp.type_error(format!("sequence item {i}: expected a bytes-like object, {t} found")));
            }
        }
    }
    Ok(kind.make(out))
}


fn map_bytes(interp: &mut Interp, args: &[Value], name: &str, f: impl Fn(usize, u8) -> u8) -> PyResult<Value> {
    let (b, kind) = receiver(interp, args, name)?;
    Ok(kind.make(b.iter().enumerate().map(|(i, &c)| f(i, c)).collect()))
}

fn upper(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    map_bytes(interp, args, "upper", |_, c| c.to_ascii_uppercase())
}

fn lower(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    map_bytes(interp, args, "lower", |_, c| c.to_ascii_lowercase())
}

fn swapcase(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    map_bytes(interp, args, "swapcase", |_, c| {
        if c.is_ascii_uppercase() {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        }
    })
}

fn capitalize(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    map_bytes(interp, args, "capitalize", |i, c| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
}

fn title(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (b, kind) = receiver(interp, args, "title")?;
    let mut out = Vec::with_capacity(b.len());
    let mut prev_cased = false;
    for &c in b.iter() {
        out.push(if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() });
        prev_cased = c.is_ascii_alphabetic();
    }
    Ok(kind.make(out))
}

fn test_all(interp: &mut Interp, args: &[Value], name: &str, f: fn(&u8) -> bool) -> PyResult<Value> {
    let (b, _) = receiver(interp, args, name)?;
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
    let (b, _) = receiver(interp, args, "isascii")?;
    Ok(Value::Bool(b.is_ascii()))
}

fn isupper(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (b, _) = receiver(interp, args, "isupper")?;
    Ok(Value::Bool(b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)))
}

fn islower(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (b, _) = receiver(interp, args, "islower")?;
    Ok(Value::Bool(b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)))
}

/// Title case: every cased run starts upper and continues lower.
fn istitle(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (b, _) = receiver(interp, args, "istitle")?;
    let (mut seen, mut in_word) = (false, false);
    for &c in b.iter() {
        if c.is_ascii_uppercase() {
            if in_word {
                return Ok(Value::Bool(false));
            }
            in_word = true;
            seen = true;
        } else if c.is_ascii_lowercase() {
            if !in_word {
                return Ok(Value::Bool(false));
            }
        } else {
            in_word = false;
        }
    }
    Ok(Value::Bool(seen))
}

/// `decode(encoding='utf-8', errors='strict')`.
fn decode(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::codecs::methods::bytes_decode(interp, args, kwargs)
}

/// `hex(sep=..., bytes_per_sep=1)` of any bytes-like data.
pub fn hex_with(interp: &mut Interp, data: &[u8], args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let mut sep = args.first().cloned();
    let mut per = args.get(1).cloned();
    for (k, v) in kwargs {
        match k.as_ref() {
            "sep" => sep = Some(v.clone()),
            "bytes_per_sep" => per = Some(v.clone()),
            _ => return Err(interp.type_error(format!("hex() got an unexpected keyword argument '{k}'"))),
        }
    }
    let digits = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<Vec<_>>();
    let Some(sep) = sep else { return Ok(Value::ascii_string(digits(data).concat())) };
    let sep_char = match sep.builtin_value() {
        Value::Str(s) => {
            if s.char_len() != 1 {
                return Err(interp.value_error("sep must be length 1."));
            }
            s.as_str().chars().next().unwrap_or(' ')
        }
        other => match buffer::buffer(interp, other)? {
            Some(b) if b.len() == 1 => b[0] as char,
            Some(_) => return Err(interp.value_error("sep must be length 1.")),
            None => {
                let t = interp.type_name(other);
                return Err(interp.type_error(format!("object of type '{t}' has no len()")));
            }
        },
    };
    if !sep_char.is_ascii() {
        return Err(interp.value_error("sep must be ASCII."));
    }
    let per = match per {
        Some(p) => interp.index_value(&p)?,
        None => 1,
    };
    let parts = digits(data);
    if per == 0 || parts.is_empty() {
        return Ok(Value::ascii_string(parts.concat()));
    }
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // Groups counted from the right.
        let first = parts.len() % n;
        if first > 0 {
            groups.push(parts[..first].concat());
        }
        for c in parts[first..].chunks(n) {
            groups.push(c.concat());
        }
    } else {
        for c in parts.chunks(n) {
            groups.push(c.concat());
        }
    }
    Ok(Value::ascii_string(groups.join(&sep_char.to_string())))
}

fn hex(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (b, _) = receiver(interp, args, "hex")?;
    hex_with(interp, &b, &args[1..], kwargs)
}

/// `translate(table, /, delete=b'')`.
fn translate(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (b, kind) = receiver(interp, args, "translate")?;
    let mut table = args.get(1).cloned();
    let mut delete = args.get(2).cloned();
    for (k, v) in kwargs {
        match k.as_ref() {
            "delete" => delete = Some(v.clone()),
            _ => return Err(interp.type_error(format!("translate() got an unexpected keyword argument '{k}'"))),
        }
    }
    if args.len() > 3 {
        let n = args.len() - 1;
        return Err(interp.type_error(format!("translate expected at most 2 arguments, got {n}")));
    }
    let Some(table) = table.take() else {
        return Err(interp.type_error("translate() takes at least 1 argument (0 given)"));
    };
    let map: Option<Buf> = match table {
        Value::None => None,
        t => {
            let m = buffer::require(interp, &t)?;
            if m.len() != 256 {
                return Err(interp.value_error("translation table must be 256 characters long"));
            }
            Some(m)
        }
    };
    let delete = match delete {
        Some(d) => buffer::require(interp, &d)?.into_vec(),
        None => Vec::new(),
    };
    let mut gone = [false; 256];
    for &d in &delete {
        gone[d as usize] = true;
    }
    let out = b.iter().filter(|&&c| !gone[c as usize]).map(|&c| map.as_ref().map_or(c, |m| m[c as usize])).collect();
    Ok(kind.make(out))
}

/// `bytes.maketrans(frm, to)`: a 256-byte table.
fn maketrans(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    // A static method declared "(frm, to, /)": exactly two arguments.
    let frm = buffer::require(interp, &args[0])?;
    let to = buffer::require(interp, &args[1])?;
    if frm.len() != to.len() {
        return Err(interp.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (a, b) in frm.iter().zip(to.iter()) {
        table[*a as usize] = *b;
    }
    Ok(Value::bytes(table))
}

/// The bytes of a `fromhex` argument.
fn parse_hex(interp: &mut Interp, args: &[Value]) -> PyResult<Vec<u8>> {
    let s = match args.last() {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("fromhex() argument must be str, not {t}")));
        }
        None => return Err(interp.type_error("fromhex() takes exactly one argument (0 given)")),
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
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
    Ok(out)
}

/// `bytes.fromhex("41 42")` / `bytearray.fromhex(...)`, a class method: a subclass
/// gets an instance of itself made from the bytes.
fn fromhex(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.first() else {
        return Err(interp.type_error("fromhex() needs its class"));
    };
    let cls = cls.clone();
    if args.len() != 2 {
        let n = args.len().saturating_sub(1);
        return Err(interp.type_error(format!("fromhex() takes exactly one argument ({n} given)")));
    }
    let data = parse_hex(interp, &args[1..])?;
    let t = &interp.types;
    if Rc::ptr_eq(&cls, &t.bytes) {
        return Ok(Value::bytes(data));
    }
    if Rc::ptr_eq(&cls, &t.bytearray) {
        return Ok(Value::bytearray(data));
    }
    let base = if crate::vm::exceptions::is_subclass(&cls, &t.bytearray) {
        Value::bytearray(data)
    } else {
        Value::bytes(data)
    };
    interp.call_value(Value::Class(cls), vec![base], vec![])
}

//! `bytearray`: the constructor (shared with `bytes`), subscripts and slice
//! assignment, and the mutating methods. The methods it shares with `bytes`
//! live in `bytes.rs`; views of its memory are `memoryview.rs`.

use super::buffer::{self, check_resizable, Kind};
use super::{add_method, check_method};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::protocol::{slice_indices, slice_positions};
use crate::vm::value::Value;
use std::rc::Rc;

/// Largest buffer a constructor or repetition may allocate before MemoryError.
const MAX_BYTES: usize = 1 << 34;

pub fn register(interp: &mut Interp) {
    let cls = interp.types.bytearray.clone();
    super::builtin_subclass::set_constructor_filled_by_init(&cls, bytearray_new);
    let methods: &[(&str, NativeFn)] = &[
        ("__init__", init),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("clear", clear),
        ("copy", copy),
        ("reverse", reverse),
        ("__alloc__", alloc),
        ("__len__", dunder_len),
        ("__getitem__", dunder_getitem),
        ("__setitem__", dunder_setitem),
        ("__delitem__", dunder_delitem),
        ("__contains__", dunder_contains),
        ("__iter__", dunder_iter),
    ];
    for (name, f) in methods {
        add_method(&cls, name, *f);
    }
    // These need the instance itself (its class and attributes).
    for name in ["__reduce_ex__", "__reduce__"] {
        cls.dict.borrow_mut().set_str(name, super::native(name, reduce_ex));
    }
    for c in [&cls, &interp.types.bytes.clone()] {
        add_method(c, "__rmod__", rmod);
    }
    // The repr names a subclass (`B(b'x')`): it needs the instance itself.
    cls.dict.borrow_mut().set_str("__repr__", super::native("__repr__", repr));
    cls.dict.borrow_mut().set_str("__str__", super::native("__str__", repr));
    cls.dict.borrow_mut().set_str("__hash__", Value::None);
    let bytes = interp.types.bytes.clone();
    add_method(&bytes, "__len__", dunder_len);
    add_method(&bytes, "__getitem__", dunder_getitem);
    add_method(&bytes, "__contains__", dunder_contains);
    add_method(&bytes, "__iter__", dunder_iter);
    add_method(&bytes, "__bytes__", bytes_bytes);
    add_method(&bytes, "__getnewargs__", getnewargs);
}

/// The bytearray a method was called on.
fn this(interp: &mut Interp, args: &[Value], name: &str) -> PyResult<Rc<ByteArrayObj>> {
    match args.first().map(|v| v.builtin_value()) {
        Some(Value::ByteArray(b)) => Ok(b.clone()),
        Some(other) => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("descriptor '{name}' for 'bytearray' objects doesn't apply to a '{t}' object")))
        }
        None => Err(interp.type_error(format!("unbound method bytearray.{name}() needs an argument"))),
    }
}

/// An int in range(0, 256) for a single byte.
pub fn byte_value(interp: &mut Interp, v: &Value) -> PyResult<u8> {
    let i = match v.builtin_value() {
        Value::BigInt(_) => -1,
        other => interp.index_value(other)?,
    };
    if !(0..256).contains(&i) {
        return Err(interp.value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

/// A zero-filled buffer of `n` bytes, or MemoryError.
fn zeroed(interp: &mut Interp, n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    interp.charge_alloc(n)?;
    if n > MAX_BYTES || v.try_reserve_exact(n).is_err() {
        return Err(interp.memory_error());
    }
    v.resize(n, 0u8);
    Ok(v)
}

/// `bytes(...)` / `bytearray(...)`: from nothing, a size, a str with an encoding,
/// a bytes-like, or an iterable of ints.
pub fn construct(interp: &mut Interp, kind: Kind, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let name = kind.name();
    if args.len() > 3 {
        return Err(interp.type_error(format!("{name}() takes at most 3 arguments ({} given)", args.len())));
    }
    let mut slots: [Option<Value>; 3] = [args.first().cloned(), args.get(1).cloned(), args.get(2).cloned()];
    for (k, v) in kwargs {
        let i = match k.as_ref() {
            "source" => 0,
            "encoding" => 1,
            "errors" => 2,
            _ => return Err(interp.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))),
        };
        if slots[i].is_some() {
            return Err(interp.type_error(format!("argument for {name}() given by name ('{k}') and position ({})", i + 1)));
        }
        slots[i] = Some(v.clone());
    }
    let [source, encoding, errors] = slots;
    let text = |interp: &mut Interp, v: &Option<Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(v) => match v.builtin_value() {
                Value::Str(s) => Ok(Some(s.as_str().to_string())),
                other => {
                    let t = interp.type_name(other);
                    Err(interp.type_error(format!("{name}() argument '{what}' must be str, not {t}")))
                }
            },
        }
    };
    let enc = text(interp, &encoding, "encoding")?;
    let errs = text(interp, &errors, "errors")?;
    let Some(source) = source else {
        if enc.is_some() {
            return Err(interp.type_error("encoding without a string argument"));
        }
        if errs.is_some() {
            return Err(interp.type_error("errors without a string argument"));
        }
        return Ok(kind.make(Vec::new()));
    };
    if kind == Kind::Bytes && enc.is_none() && errs.is_none() {
        if let Value::Instance(_) = &source {
            if let Some(m) = interp.lookup_special(&source, "__bytes__") {
                let r = interp.call_value(m, vec![], vec![])?;
                if !matches!(r.builtin_value(), Value::Bytes(_)) {
                    let t = interp.type_name(&r);
                    return Err(interp.type_error(format!("__bytes__ returned non-bytes (type {t})")));
                }
                return Ok(r);
            }
        }
    }
    if let Value::Str(s) = source.builtin_value() {
        let Some(enc) = enc else {
            return Err(interp.type_error("string argument without an encoding"));
        };
        let s = s.clone();
        let out = super::codecs::methods::encode_text(interp, s.as_str(), &enc, errs.as_deref().unwrap_or("strict"))?;
        return Ok(kind.make(out));
    }
    if enc.is_some() {
        return Err(interp.type_error("encoding without a string argument"));
    }
    if errs.is_some() {
        return Err(interp.type_error("errors without a string argument"));
    }
    if kind == Kind::Bytes {
        if let Value::Bytes(b) = &source {
            return Ok(Value::Bytes(b.clone()));
        }
    }
    if let Some(b) = buffer::buffer(interp, &source)? {
        return Ok(kind.make(b.into_vec()));
    }
    let size = match source.builtin_value() {
        Value::Int(n) => Some(*n),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(_) => return Err(interp.overflow_error("cannot fit 'int' into an index-sized integer")),
        Value::Instance(_) if interp.lookup_special(&source, "__index__").is_some() => {
            Some(interp.index_value(&source)?)
        }
        _ => None,
    };
    if let Some(n) = size {
        if n < 0 {
            return Err(interp.value_error("negative count"));
        }
        return Ok(kind.make(zeroed(interp, n as usize)?));
    }
    if !interp.is_iterable(&source) {
        let t = interp.type_name(&source);
        return Err(interp.type_error(format!("cannot convert '{t}' object to {name}")));
    }
    let it = interp.get_iter(&source)?;
    let mut out = Vec::new();
    while let Some(x) = interp.iter_next(&it)? {
        let i = match x.builtin_value() {
            Value::BigInt(_) => -1,
            other => interp.index_value(other)?,
        };
        if !(0..256).contains(&i) {
            let what = if kind == Kind::Bytes { "bytes" } else { "byte" };
            return Err(interp.value_error(format!("{what} must be in range(0, 256)")));
        }
        out.push(i as u8);
    }
    Ok(kind.make(out))
}

fn bytearray_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    construct(interp, Kind::ByteArray, args, kwargs)
}

/// `bytearray.__init__(self, source=..., encoding=..., errors=...)`: refills the receiver.
fn init(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let b = this(interp, args, "__init__")?;
    let made = construct(interp, Kind::ByteArray, &args[1..], kwargs)?;
    if let Value::ByteArray(n) = made {
        let data = std::mem::take(&mut *n.data.borrow_mut());
        if data.len() != b.data.borrow().len() {
            check_resizable(interp, &b)?;
        }
        *b.data.borrow_mut() = data;
    }
    Ok(Value::None)
}

/// `repr()` / `str()`: `bytearray(b'...')`, named after a subclass.
fn repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(v) = args.first() else { return Err(interp.type_error("__repr__ needs an argument")) };
    let name = match v {
        Value::Instance(i) => i.class.current_name().to_string(),
        _ => "bytearray".to_string(),
    };
    let b = this(interp, args, "__repr__")?;
    let inner = bytearray_repr(&b.data.borrow());
    Ok(Value::string(format!("{name}({inner})")))
}

/// The `b'...'` part of a bytearray's repr: unlike a bytes repr, a quote is
/// escaped even inside double quotes.
pub fn bytearray_repr(data: &[u8]) -> String {
    let plain = super::format::bytes_repr(data);
    if !plain.starts_with("b\"") {
        return plain;
    }
    let body = &plain[2..plain.len() - 1];
    format!("b\"{}\"", body.replace('\'', "\\'"))
}

/// `ba[k]`.
pub fn getitem(interp: &mut Interp, b: &ByteArrayObj, k: &Value) -> PyResult<Value> {
    if let Value::Slice(s) = k {
        let (start, stop, step) = interp.slice_bounds(s)?;
        let data = b.data.borrow();
        let (a, e, st) = slice_indices(start, stop, step, data.len() as i64);
        return Ok(Value::bytearray(slice_positions(a, e, st).into_iter().map(|i| data[i]).collect()));
    }
    let i = index_of(interp, b, k)?;
    Ok(Value::Int(b.data.borrow()[i] as i64))
}

/// An int subscript of a bytearray, checked against its current length.
fn index_of(interp: &mut Interp, b: &ByteArrayObj, k: &Value) -> PyResult<usize> {
    let i = match k.builtin_value() {
        Value::Int(i) => *i,
        Value::Bool(x) => *x as i64,
        Value::BigInt(_) => return Err(interp.index_error("cannot fit 'int' into an index-sized integer")),
        Value::Instance(_) if interp.lookup_special(k, "__index__").is_some() => interp.index_value(k)?,
        _ => {
            let t = interp.type_name(k);
            return Err(interp.type_error(format!("bytearray indices must be integers or slices, not {t}")));
        }
    };
    let len = b.data.borrow().len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(interp.index_error("bytearray index out of range"));
    }
    Ok(j as usize)
}

/// The bytes a slice assignment inserts.
fn assigned_bytes(interp: &mut Interp, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer::buffer(interp, v)? {
        return Ok(b.into_vec());
    }
    let number = matches!(
        v.builtin_value(),
        Value::Str(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_)
    );
    if number {
        return Err(interp.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    match construct(interp, Kind::ByteArray, std::slice::from_ref(v), &[])? {
        Value::ByteArray(b) => Ok(std::mem::take(&mut *b.data.borrow_mut())),
        _ => Ok(Vec::new()),
    }
}

/// `ba[k] = v`.
pub fn setitem(interp: &mut Interp, b: &ByteArrayObj, k: &Value, v: &Value) -> PyResult<()> {
    let Value::Slice(s) = k else {
        let i = index_of(interp, b, k)?;
        let byte = byte_value(interp, v)?;
        // Converting the value may have run code that shrank the bytearray.
        match b.data.borrow_mut().get_mut(i) {
            Some(slot) => *slot = byte,
            None => return Err(interp.index_error("bytearray index out of range")),
        }
        return Ok(());
    };
    let new = assigned_bytes(interp, v)?;
    let (start, stop, step) = interp.slice_bounds(s)?;
    let len = b.data.borrow().len();
    let (a, e, st) = slice_indices(start, stop, step, len as i64);
    if st == 1 {
        let e = e.max(a) as usize;
        let a = a as usize;
        if new.len() != e - a {
            check_resizable(interp, b)?;
        }
        b.data.borrow_mut().splice(a..e, new);
        return Ok(());
    }
    let pos = slice_positions(a, e, st);
    if new.is_empty() && !pos.is_empty() {
        return delete_positions(interp, b, &pos);
    }
    if pos.len() != new.len() {
        return Err(interp.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            pos.len()
        )));
    }
    let mut data = b.data.borrow_mut();
    for (p, x) in pos.into_iter().zip(new) {
        if let Some(slot) = data.get_mut(p) {
            *slot = x;
        }
    }
    Ok(())
}

fn delete_positions(interp: &mut Interp, b: &ByteArrayObj, pos: &[usize]) -> PyResult<()> {
    if pos.is_empty() {
        return Ok(());
    }
    check_resizable(interp, b)?;
    let mut data = b.data.borrow_mut();
    let mut gone = vec![false; data.len()];
    for &p in pos {
        if let Some(g) = gone.get_mut(p) {
            *g = true;
        }
    }
    let mut i = 0;
    data.retain(|_| {
        i += 1;
        !gone[i - 1]
    });
    Ok(())
}

/// `del ba[k]`.
pub fn delitem(interp: &mut Interp, b: &ByteArrayObj, k: &Value) -> PyResult<()> {
    if let Value::Slice(s) = k {
        let (start, stop, step) = interp.slice_bounds(s)?;
        let len = b.data.borrow().len();
        let (a, e, st) = slice_indices(start, stop, step, len as i64);
        return delete_positions(interp, b, &slice_positions(a, e, st));
    }
    let i = index_of(interp, b, k)?;
    check_resizable(interp, b)?;
    b.data.borrow_mut().remove(i);
    Ok(())
}

/// `ba += other`.
pub fn iadd(interp: &mut Interp, b: &ByteArrayObj, other: &Value) -> PyResult<Option<()>> {
    let Some(more) = buffer::buffer(interp, other)? else { return Ok(None) };
    // Reading `b += b` exports b's own buffer while it grows.
    let own = matches!(other.builtin_value(), Value::ByteArray(o) if std::ptr::eq(&**o, b));
    if !more.is_empty() || own {
        check_resizable(interp, b)?;
    }
    b.data.borrow_mut().extend_from_slice(&more);
    Ok(Some(()))
}

/// `ba *= n`.
pub fn imul(interp: &mut Interp, b: &ByteArrayObj, n: i64) -> PyResult<()> {
    let len = b.data.borrow().len();
    let n = n.max(0) as usize;
    if n != 1 && len > 0 {
        check_resizable(interp, b)?;
    }
    let total = len.checked_mul(n).filter(|t| *t <= MAX_BYTES);
    let Some(total) = total else { return Err(interp.memory_error()) };
    let mut data = Vec::new();
    interp.reserve_exact(&mut data, total)?;
    {
        let src = b.data.borrow();
        for _ in 0..n {
            data.extend_from_slice(&src);
        }
    }
    *b.data.borrow_mut() = data;
    Ok(())
}

fn append(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "bytearray.append", args, 2, 2)?;
    let b = this(interp, args, "append")?;
    let x = byte_value(interp, &args[1])?;
    check_resizable(interp, &b)?;
    b.data.borrow_mut().push(x);
    Ok(Value::None)
}

fn extend(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "bytearray.extend", args, 2, 2)?;
    let b = this(interp, args, "extend")?;
    let more = match buffer::buffer(interp, &args[1])? {
        Some(m) => m.into_vec(),
        None => {
            if !interp.is_iterable(&args[1]) {
                let t = interp.type_name(&args[1]);
                return Err(interp.type_error(format!("can't extend bytearray with {t}")));
            }
            let items = interp.collect_iterable(&args[1])?;
            let mut out = Vec::with_capacity(items.len());
            for x in &items {
                out.push(byte_value(interp, x)?);
            }
            out
        }
    };
    if !more.is_empty() {
        check_resizable(interp, &b)?;
    }
    b.data.borrow_mut().extend_from_slice(&more);
    Ok(Value::None)
}

fn insert(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "bytearray.insert", args, 3, 3)?;
    let b = this(interp, args, "insert")?;
    let i = interp.index_value(&args[1])?;
    let x = byte_value(interp, &args[2])?;
    check_resizable(interp, &b)?;
    let len = b.data.borrow().len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    b.data.borrow_mut().insert(at as usize, x);
    Ok(Value::None)
}

fn pop(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "bytearray.pop", args, 1, 2)?;
    let b = this(interp, args, "pop")?;
    let i = match args.get(1) {
        Some(v) => interp.index_value(v)?,
        None => -1,
    };
    let len = b.data.borrow().len() as i64;
    if len == 0 {
        return Err(interp.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(interp.index_error("pop index out of range"));
    }
    check_resizable(interp, &b)?;
    let x = b.data.borrow_mut().remove(j as usize);
    Ok(Value::Int(x as i64))
}

fn remove(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "bytearray.remove", args, 2, 2)?;
    let b = this(interp, args, "remove")?;
    let x = byte_value(interp, &args[1])?;
    let at = b.data.borrow().iter().position(|&c| c == x);
    let Some(at) = at else { return Err(interp.value_error("value not found in bytearray")) };
    check_resizable(interp, &b)?;
    b.data.borrow_mut().remove(at);
    Ok(Value::None)
}

fn clear(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "bytearray.clear", args, 1, 1)?;
    let b = this(interp, args, "clear")?;
    check_resizable(interp, &b)?;
    b.data.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "bytearray.copy", args, 1, 1)?;
    let b = this(interp, args, "copy")?;
    let data = b.data.borrow().clone();
    Ok(Value::bytearray(data))
}

fn reverse(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "bytearray.reverse", args, 1, 1)?;
    let b = this(interp, args, "reverse")?;
    b.data.borrow_mut().reverse();
    Ok(Value::None)
}

/// `__alloc__()`: the allocated size (the length plus the terminating NUL CPython keeps).
fn alloc(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args, "__alloc__")?;
    let data = b.data.borrow();
    let cap = data.capacity().max(data.len());
    Ok(Value::Int(if cap == 0 { 0 } else { cap as i64 + 1 }))
}

/// `__reduce_ex__(protocol)`: (type, (latin-1 text, 'latin-1'), state).
fn reduce_ex(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = this(interp, args, "__reduce_ex__")?;
    let cls = match args.first() {
        Some(v) => Value::Class(interp.type_of(v)),
        None => Value::None,
    };
    let text: String = b.data.borrow().iter().map(|&c| c as char).collect();
    let state = match args.first() {
        Some(Value::Instance(i)) if !i.dict.borrow().is_empty() => Value::dict(i.dict.borrow().clone()),
        _ => Value::None,
    };
    Ok(Value::tuple(vec![cls, Value::tuple(vec![Value::string(text), Value::str("latin-1")]), state]))
}

/// `bytes.__rmod__` / `bytearray.__rmod__`: formatting is only ever done by the
/// left operand, so the reflected operation is never supported.
fn rmod(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn bytes_bytes(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = buffer::require(interp, args.first().unwrap_or(&Value::None))?;
    Ok(Value::bytes(b.into_vec()))
}

fn getnewargs(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let b = buffer::require(interp, args.first().unwrap_or(&Value::None))?;
    Ok(Value::tuple(vec![Value::bytes(b.into_vec())]))
}

fn dunder_len(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    Ok(Value::Int(interp.len_of(v.builtin_value())? as i64))
}

fn dunder_getitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    super::check_args(interp, "__getitem__", args, 2, 2)?;
    interp.get_item(args[0].builtin_value(), &args[1])
}

fn dunder_setitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    super::check_args(interp, "__setitem__", args, 3, 3)?;
    let b = this(interp, args, "__setitem__")?;
    setitem(interp, &b, &args[1], &args[2])?;
    Ok(Value::None)
}

fn dunder_delitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    super::check_args(interp, "__delitem__", args, 2, 2)?;
    let b = this(interp, args, "__delitem__")?;
    delitem(interp, &b, &args[1])?;
    Ok(Value::None)
}

fn dunder_contains(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    super::check_args(interp, "__contains__", args, 2, 2)?;
    Ok(Value::Bool(interp.contains(args[0].builtin_value(), &args[1])?))
}

fn dunder_iter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    interp.get_iter(v.builtin_value())
}

/// `x in b` for bytes and bytearray: an int byte or a bytes-like run.
pub fn contains(interp: &mut Interp, hay: &[u8], x: &Value) -> PyResult<bool> {
    if let Some(sub) = buffer::buffer(interp, x)? {
        return Ok(sub.is_empty() || hay.windows(sub.len()).any(|w| w == &sub[..]));
    }
    if matches!(x.builtin_value(), Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_)) {
        if let Value::Instance(_) = x {
            if interp.lookup_special(x, "__index__").is_none() {
                let t = interp.type_name(x);
                return Err(interp.type_error(format!("a bytes-like object is required, not '{t}'")));
            }
        }
        let c = byte_value(interp, x)?;
        return Ok(hay.contains(&c));
    }
    let t = interp.type_name(x);
    Err(interp.type_error(format!("a bytes-like object is required, not '{t}'")))
}

//! The constructor, attributes and named methods of `array.array` (append,
//! extend, the conversions to and from bytes, lists, files and str, ...).

use crate::vm::types::Exc;
use super::storage::{self, Code};
use super::{add_method, as_array, receiver, ArrayObj};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// The packed bytes of the items of `values`, each checked for `code`.
fn pack_all(interp: &mut Interp, code: Code, values: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(values.len() * code.itemsize());
    for v in values {
        let (buf, n) = storage::pack(code, storage::item_of(interp, code, v)?);
        out.extend_from_slice(&buf[..n]);
    }
    Ok(out)
}

/// Appends the checked item `v`.
fn push(interp: &mut Interp, a: &ArrayObj, v: &Value) -> PyResult<()> {
    let item = storage::item_of(interp, a.code, v)?;
    a.check_resizable(interp)?;
    let (buf, n) = storage::pack(a.code, item);
    a.store.data.borrow_mut().extend_from_slice(&buf[..n]);
    Ok(())
}

/// Appends every item of an iterable, one at a time (those before an error stay).
fn extend_from(interp: &mut Interp, a: &ArrayObj, iterable: &Value) -> PyResult<()> {
    if let Some(b) = as_array(iterable) {
        if b.code != a.code {
            return Err(interp.type_error("can only extend with array of same kind"));
        }
        let more = b.store.data.borrow().clone();
        if !more.is_empty() {
            a.check_resizable(interp)?;
        }
        a.store.data.borrow_mut().extend_from_slice(&more);
        return Ok(());
    }
    if let Value::List(l) = iterable {
        let items = l.borrow().clone();
        for v in &items {
            push(interp, a, v)?;
        }
        return Ok(());
    }
    let it = interp.get_iter(iterable)?;
    while let Some(v) = interp.iter_next(&it)? {
        push(interp, a, &v)?;
    }
    Ok(())
}

/// Appends the code points of `s` (a `u` array).
fn push_unicode(a: &ArrayObj, s: &str) {
    let mut data = a.store.data.borrow_mut();
    for c in s.chars() {
        data.extend_from_slice(&crate::codepoint::code_point(c).to_ne_bytes());
    }
}

/// Appends the bytes of a bytes-like object (a whole number of items).
fn push_bytes(interp: &mut Interp, a: &ArrayObj, bytes: &[u8]) -> PyResult<()> {
    if !bytes.len().is_multiple_of(a.code.itemsize()) {
        return Err(interp.value_error("bytes length not a multiple of item size"));
    }
    if !bytes.is_empty() {
        a.check_resizable(interp)?;
    }
    a.store.data.borrow_mut().extend_from_slice(bytes);
    Ok(())
}

/// `array(typecode[, initializer])` once the arguments are counted.
fn build(interp: &mut Interp, args: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(interp.type_error("array() takes at least 1 argument (0 given)"));
    }
    if args.len() > 2 {
        return Err(interp.type_error(format!("array() takes at most 2 arguments ({} given)", args.len())));
    }
    let letter = match args[0].builtin_value() {
        Value::Str(s) if s.char_len() == 1 => s.as_str().chars().next(),
        _ => None,
    };
    let Some(letter) = letter else {
        let t = interp.type_name(&args[0]);
        return Err(interp.type_error(format!("array() argument 1 must be a unicode character, not {t}")));
    };
    let Some(code) = Code::from_char(letter) else { return Err(interp.value_error(storage::BAD_TYPECODE)) };
    let out = ArrayObj::value(code, Vec::new());
    let a = as_array(&out).expect("a new array");
    let Some(init) = args.get(1) else { return Ok(out) };
    match init.builtin_value() {
        Value::Str(s) => {
            if code != Code::WChar {
                return Err(interp.type_error(format!("cannot use a str to initialize an array with typecode '{letter}'")));
            }
            push_unicode(&a, s.as_str());
        }
        Value::Bytes(b) => push_bytes(interp, &a, b)?,
        Value::ByteArray(b) => {
            let bytes = b.data.borrow().clone();
            push_bytes(interp, &a, &bytes)?
        }
        _ => match as_array(init) {
            Some(src) if src.code == Code::WChar && code != Code::WChar => {
                let msg = format!("cannot use a unicode array to initialize an array with typecode '{letter}'");
                return Err(interp.type_error(msg));
            }
            Some(src) if src.code == code => *a.store.data.borrow_mut() = src.store.data.borrow().clone(),
            Some(src) => {
                let items = src.items(interp)?;
                *a.store.data.borrow_mut() = pack_all(interp, code, &items)?;
            }
            None => extend_from(interp, &a, init)?,
        },
    }
    Ok(out)
}

/// `array(...)` called on the type itself.
fn new_array(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(interp.type_error("array.array() takes no keyword arguments"));
    }
    build(interp, args)
}

/// `array.__new__(cls, ...)`: an array, or an instance of the subclass `cls`
/// around one (a subclass's keywords are left to its `__init__`).
fn dunder_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let owner = super::array_class(interp);
    let (Some(owner), Some(Value::Class(cls))) = (owner, args.get(1)) else {
        return Err(interp.type_error("array.__new__(X): X is not a type object"));
    };
    if !crate::vm::exceptions::is_subclass(cls, &owner) {
        let n = cls.current_name();
        return Err(interp.type_error(format!("array.__new__({n}): {n} is not a subtype of array.array")));
    }
    if Rc::ptr_eq(cls, &owner) {
        return new_array(interp, &args[2..], kwargs);
    }
    let value = build(interp, &args[2..])?;
    Ok(interp.new_instance_with_base(cls, value))
}

fn typecode(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "typecode")?;
    Ok(Value::string(a.code.letter().to_string()))
}

fn itemsize(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "itemsize")?;
    Ok(Value::Int(a.code.itemsize() as i64))
}

fn append(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "append")?;
    push(interp, &a, &args[1])?;
    Ok(Value::None)
}

fn extend(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "extend")?;
    extend_from(interp, &a, &args[1])?;
    Ok(Value::None)
}

fn insert(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "insert")?;
    let i = interp.index_value(&args[1])?;
    let item = storage::item_of(interp, a.code, &args[2])?;
    a.check_resizable(interp)?;
    let n = a.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let (buf, size) = storage::pack(a.code, item);
    a.store.data.borrow_mut().splice(i * size..i * size, buf[..size].iter().copied());
    Ok(Value::None)
}

fn pop(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "pop")?;
    let i = match args.get(1) {
        Some(v) => interp.index_value(v)?,
        None => -1,
    };
    let n = a.len();
    if n == 0 {
        return Err(interp.index_error("pop from empty array"));
    }
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(interp.index_error("pop index out of range"));
    }
    let j = j as usize;
    let v = a.get(interp, j)?;
    a.check_resizable(interp)?;
    let size = a.code.itemsize();
    a.store.data.borrow_mut().drain(j * size..(j + 1) * size);
    Ok(v)
}

fn remove(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "remove")?;
    let Some(i) = super::sequence::find(interp, &a, &args[1], 0, usize::MAX)? else {
        return Err(interp.value_error("array.remove(x): x not in array"));
    };
    a.check_resizable(interp)?;
    let size = a.code.itemsize();
    a.store.data.borrow_mut().drain(i * size..(i + 1) * size);
    Ok(Value::None)
}

/// A start or stop of `index()`: clamped like a slice bound, counted from the end when negative.
fn bound(interp: &mut Interp, v: Option<&Value>, default: usize, len: usize) -> PyResult<usize> {
    let i = match v.map(Value::builtin_value) {
        None => return Ok(default),
        Some(Value::BigInt(b)) if num_traits::Signed::is_negative(&**b) => return Ok(0),
        Some(Value::BigInt(_)) => return Ok(usize::MAX),
        Some(v) => interp.index_value(v)?,
    };
    Ok(if i < 0 { (i + len as i64).max(0) as usize } else { i as usize })
}

fn index(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "index")?;
    let len = a.len();
    let start = bound(interp, args.get(2), 0, len)?;
    let stop = bound(interp, args.get(3), usize::MAX, len)?;
    match super::sequence::find(interp, &a, &args[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(interp.value_error("array.index(x): x not in array")),
    }
}

fn count(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "count")?;
    let mut n = 0;
    let mut i = 0;
    while i < a.len() {
        let item = a.get(interp, i)?;
        if interp.eq(&item, &args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn reverse(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "reverse")?;
    let size = a.code.itemsize();
    let mut data = a.store.data.borrow_mut();
    let reversed: Vec<u8> = data.chunks_exact(size).rev().flatten().copied().collect();
    *data = reversed;
    Ok(Value::None)
}

fn buffer_info(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "buffer_info")?;
    let address = a.store.data.borrow().as_ptr() as usize as i64;
    Ok(Value::tuple(vec![Value::Int(address), Value::Int(a.len() as i64)]))
}

fn byteswap(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "byteswap")?;
    let size = a.code.itemsize();
    for chunk in a.store.data.borrow_mut().chunks_exact_mut(size) {
        chunk.reverse();
    }
    Ok(Value::None)
}

fn tobytes(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "tobytes")?;
    let data = a.store.data.borrow().clone();
    Ok(Value::bytes(data))
}

fn frombytes(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "frombytes")?;
    let bytes = crate::objects::buffer::require(interp, &args[1])?;
    push_bytes(interp, &a, &bytes)?;
    Ok(Value::None)
}

fn tolist(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "tolist")?;
    let items = a.items(interp)?;
    Ok(Value::list(items))
}

fn fromlist(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "fromlist")?;
    let Value::List(l) = args[1].builtin_value() else { return Err(interp.type_error("arg must be list")) };
    let items = l.borrow().clone();
    let bytes = pack_all(interp, a.code, &items)?;
    push_bytes(interp, &a, &bytes)?;
    Ok(Value::None)
}

fn tofile(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "tofile")?;
    const BLOCK: usize = 64 * 1024;
    let data = a.store.data.borrow().clone();
    for block in data.chunks(BLOCK) {
        let write = interp.get_attr(&args[1], "write")?;
        interp.call_value(write, vec![Value::bytes(block.to_vec())], vec![])?;
    }
    Ok(Value::None)
}

fn fromfile(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "fromfile")?;
    let n = interp.index_value(&args[2])?;
    if n < 0 {
        return Err(interp.value_error("negative count"));
    }
    let size = a.code.itemsize();
    let Some(want) = (n as usize).checked_mul(size).filter(|w| *w <= isize::MAX as usize) else {
        return Err(interp.new_error(Exc::MemoryError, ""));
    };
    let read = interp.get_attr(&args[1], "read")?;
    let got = interp.call_value(read, vec![Value::Int(want as i64)], vec![])?;
    let Value::Bytes(bytes) = got.builtin_value() else {
        return Err(interp.type_error("read() didn't return bytes"));
    };
    let whole = bytes.len() - bytes.len() % size;
    push_bytes(interp, &a, &bytes[..whole])?;
    if bytes.len() != want {
        return Err(interp.new_error(Exc::EOFError, "read() didn't return enough bytes"));
    }
    Ok(Value::None)
}

fn fromunicode(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "fromunicode")?;
    if a.code != Code::WChar {
        return Err(interp.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let Value::Str(s) = args[1].builtin_value() else {
        let t = interp.type_name(&args[1]);
        return Err(interp.type_error(format!("fromunicode() argument must be str, not {t}")));
    };
    if !s.as_str().is_empty() {
        a.check_resizable(interp)?;
    }
    push_unicode(&a, s.as_str());
    Ok(Value::None)
}

fn tounicode(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "tounicode")?;
    if a.code != Code::WChar {
        return Err(interp.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let mut out = String::with_capacity(a.len());
    let codes: Vec<u32> = a.store.data.borrow().chunks_exact(4).map(|c| u32::from_ne_bytes([c[0], c[1], c[2], c[3]])).collect();
    for n in codes {
        match crate::codepoint::from_code_point(n) {
            Some(c) => out.push(c),
            None => return Err(storage::bad_char(interp, n)),
        }
    }
    Ok(Value::string(out))
}

fn repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "__repr__")?;
    let name = interp.type_of(&args[0]).current_name();
    let letter = a.code.letter();
    if a.is_empty() {
        return Ok(Value::string(format!("{name}('{letter}')")));
    }
    let items = if a.code == Code::WChar { tounicode(interp, &args[..1], &[])? } else { Value::list(a.items(interp)?) };
    let shown = interp.repr(&items)?;
    Ok(Value::string(format!("{name}('{letter}', {shown})")))
}

fn sizeof(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "__sizeof__")?;
    let capacity = a.store.data.borrow().capacity();
    Ok(Value::Int(64 + capacity as i64))
}

/// `array.__init__`: the arguments were `__new__`'s.
fn init(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

/// A read-only attribute computed by `getter`.
fn add_property(cls: &Rc<Class>, name: &str, getter: NativeFn) {
    let fget = crate::objects::native(name, getter);
    let prop = Descriptor::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None };
    cls.dict.borrow_mut().set_str(name, Value::Descriptor(Rc::new(prop)));
}

/// Registers the constructor, attributes and methods of `array.array`.
pub fn register(cls: &Rc<Class>) {
    cls.ctor.set(Some(new_array));
    let new = BuiltinFunction {
        name: "__new__".into(),
        func: dunder_new,
        bound: Some(Value::Class(cls.clone())),
        with_caller: None,
        on_builtin_value: false,
        sig: None,
    };
    cls.dict.borrow_mut().set_str("__new__", Value::Builtin(Rc::new(new)));
    add_property(cls, "typecode", typecode);
    add_property(cls, "itemsize", itemsize);
    let table: [(&str, NativeFn); 21] = [
        ("__init__", init),
        ("__repr__", repr),
        ("__sizeof__", sizeof),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("reverse", reverse),
        ("buffer_info", buffer_info),
        ("byteswap", byteswap),
        ("tobytes", tobytes),
        ("frombytes", frombytes),
        ("tolist", tolist),
        ("fromlist", fromlist),
        ("tofile", tofile),
        ("fromfile", fromfile),
        ("fromunicode", fromunicode),
        ("tounicode", tounicode),
    ];
    for (name, f) in table {
        add_method(cls, name, f);
    }
}

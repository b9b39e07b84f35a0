//! `memoryview`: views of the memory of a bytes or bytearray, sliced and cast
//! without copying; writes through a view of a bytearray change the bytearray.
//! Items are packed in the native layout of their `struct` format character.

use crate::vm::types::Exc;
use super::buffer::{self, released_error};
use super::item_format::{format_char, item_size, pack, unpack};
use super::{add_method, check_method};
use crate::vm::buffers::{Export, ViewLayout, ViewSource};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::protocol::slice_indices;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub fn register(interp: &mut Interp) {
    let cls = interp.types.memoryview.clone();
    super::builtin_subclass::set_constructor(&cls, memoryview_new);
    let methods: &[(&str, NativeFn)] = &[
        ("tobytes", tobytes),
        ("tolist", tolist),
        ("hex", hex),
        ("release", release),
        ("cast", cast),
        ("toreadonly", toreadonly),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__len__", dunder_len),
        ("__getitem__", dunder_getitem),
        ("__setitem__", dunder_setitem),
        ("__delitem__", dunder_delitem),
        ("__iter__", dunder_iter),
        ("__eq__", dunder_eq),
        ("__ne__", dunder_ne),
        ("__hash__", dunder_hash),
        ("__repr__", dunder_repr),
    ];
    for (name, f) in methods {
        add_method(&cls, name, *f);
    }
}

/// A view of the whole of `obj`'s memory; `Ok(None)` when it has no buffer.
pub fn view_of(interp: &mut Interp, obj: &Value) -> PyResult<Option<Rc<MemoryViewObj>>> {
    let (source, readonly) = match obj.builtin_value() {
        Value::Bytes(b) => (ViewSource::Bytes(b.clone()), true),
        Value::ByteArray(b) => (ViewSource::ByteArray(b.clone()), false),
        Value::MemoryView(m) => {
            let Some(ex) = m.live() else { return Err(released_error(interp)) };
            return Ok(Some(Rc::new(MemoryViewObj {
                obj: m.obj.clone(),
                export: RefCell::new(Some(ex)),
                layout: m.layout.clone(),
                readonly: m.readonly,
                hash: Cell::new(None),
            })));
        }
        _ => {
            let Some((store, format, itemsize)) = buffer::array_store(obj) else { return Ok(None) };
            let items = store.data.borrow().len() / itemsize;
            let layout =
                ViewLayout { offset: 0, itemsize, format, shape: vec![items], strides: vec![itemsize as isize] };
            return Ok(Some(Rc::new(MemoryViewObj {
                obj: obj.clone(),
                export: RefCell::new(Some(Export::new(ViewSource::ByteArray(store)))),
                layout,
                readonly: false,
                hash: Cell::new(None),
            })));
        }
    };
    let len = match &source {
        ViewSource::Bytes(b) => b.len(),
        ViewSource::ByteArray(b) => b.data.borrow().len(),
    };
    let layout = ViewLayout { offset: 0, itemsize: 1, format: "B".into(), shape: vec![len], strides: vec![1] };
    Ok(Some(Rc::new(MemoryViewObj {
        obj: obj.clone(),
        export: RefCell::new(Some(Export::new(source))),
        layout,
        readonly,
        hash: Cell::new(None),
    })))
}

fn memoryview_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let mut obj = args.first().cloned();
    for (k, v) in kwargs {
        if k.as_ref() == "object" && obj.is_none() {
            obj = Some(v.clone());
        } else {
            return Err(interp.type_error(format!("memoryview() got an unexpected keyword argument '{k}'")));
        }
    }
    if args.len() > 1 {
        return Err(interp.type_error(format!("memoryview() takes at most 1 argument ({} given)", args.len())));
    }
    let Some(obj) = obj else {
        return Err(interp.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    match view_of(interp, &obj)? {
        Some(m) => Ok(Value::MemoryView(m)),
        None => {
            let t = interp.type_name(&obj);
            Err(interp.type_error(format!("memoryview: a bytes-like object is required, not '{t}'")))
        }
    }
}

/// The view a method was called on, with its live export.
fn this(interp: &mut Interp, args: &[Value]) -> PyResult<(Rc<MemoryViewObj>, Rc<Export>)> {
    match args.first() {
        Some(Value::MemoryView(m)) => match m.live() {
            Some(ex) => Ok((m.clone(), ex)),
            None => Err(released_error(interp)),
        },
        _ => Err(interp.type_error("descriptor requires a 'memoryview' object")),
    }
}

/// The format character of a view (views are only made with valid formats).
fn fc_of(m: &MemoryViewObj) -> char {
    format_char(&m.layout.format).unwrap_or('B')
}

/// Every item of a view in C order.
fn items(m: &MemoryViewObj, ex: &Export) -> Vec<Value> {
    let l = &m.layout;
    let fc = fc_of(m);
    ex.with(|data| {
        l.positions()
            .into_iter()
            .map(|p| {
                let p = p.max(0) as usize;
                match data.get(p..p + l.itemsize) {
                    Some(raw) => unpack(fc, raw),
                    None => Value::Int(0),
                }
            })
            .collect()
    })
}

/// Nested lists of `items` in the shape `shape`.
fn nest(items: &[Value], shape: &[usize]) -> Value {
    match shape {
        [] => items.first().cloned().unwrap_or(Value::None),
        [_] => Value::list(items.to_vec()),
        [n, rest @ ..] => {
            let step = rest.iter().product::<usize>();
            Value::list((0..*n).map(|i| nest(&items[i * step..(i + 1) * step], rest)).collect())
        }
    }
}

fn tobytes(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (m, _) = this(interp, args)?;
    let order = args.get(1).or_else(|| super::kwarg(kwargs, "order"));
    if let Some(o) = order {
        if !matches!(o.as_str(), Some("C" | "F" | "A")) && !o.is_none() {
            return Err(interp.value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    Ok(Value::bytes(m.to_bytes().unwrap_or_default()))
}

fn tolist(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "memoryview.tolist", args, 1, 1)?;
    let (m, ex) = this(interp, args)?;
    Ok(nest(&items(&m, &ex), &m.layout.shape))
}

fn hex(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (m, _) = this(interp, args)?;
    let data = m.to_bytes().unwrap_or_default();
    super::bytes::hex_with(interp, &data, &args[1..], kwargs)
}

fn release(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "memoryview.release", args, 1, 1)?;
    if let Some(Value::MemoryView(m)) = args.first() {
        let ex = m.export.borrow_mut().take();
        drop(ex);
    }
    Ok(Value::None)
}

fn enter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    this(interp, args)?;
    Ok(args[0].clone())
}

fn exit(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    release(interp, &args[..1.min(args.len())], &[])
}

fn toreadonly(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (m, ex) = this(interp, args)?;
    Ok(Value::MemoryView(Rc::new(MemoryViewObj {
        obj: m.obj.clone(),
        export: RefCell::new(Some(ex)),
        layout: m.layout.clone(),
        readonly: true,
        hash: Cell::new(None),
    })))
}

/// `cast(format, shape=...)`.
fn cast(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (m, ex) = this(interp, args)?;
    let fmt = args.get(1).or_else(|| super::kwarg(kwargs, "format")).cloned();
    let shape = args.get(2).or_else(|| super::kwarg(kwargs, "shape")).cloned();
    let Some(fmt) = fmt else {
        return Err(interp.type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let Some(fs) = fmt.as_str().map(String::from) else {
        let t = interp.type_name(&fmt);
        return Err(interp.type_error(format!("cast() argument 'format' must be str, not {t}")));
    };
    if !m.layout.c_contiguous() {
        return Err(interp.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let Some(fc) = format_char(&fs) else {
        return Err(interp.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let byte_fmt = |c: char| matches!(c, 'B' | 'b' | 'c');
    if !byte_fmt(fc) && !byte_fmt(fc_of(&m)) {
        return Err(interp.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let itemsize = item_size(fc).unwrap_or(1);
    let nbytes = m.layout.items() * m.layout.itemsize;
    let new_shape: Vec<usize> = match &shape {
        None | Some(Value::None) => {
            if nbytes % itemsize != 0 {
                return Err(interp.type_error("memoryview: length is not a multiple of itemsize"));
            }
            vec![nbytes / itemsize]
        }
        Some(Value::List(_) | Value::Tuple(_)) => {
            let dims = interp.collect_iterable(shape.as_ref().unwrap_or(&Value::None))?;
            if m.layout.shape.len() != 1 && dims.len() != 1 {
                return Err(interp.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
            }
            if dims.len() > 64 {
                return Err(interp.value_error("memoryview: number of dimensions must not exceed 64"));
            }
            let mut out = Vec::with_capacity(dims.len());
            for d in &dims {
                let n = interp.index_value(d)?;
                if n <= 0 {
                    return Err(interp.value_error("memoryview.cast(): elements of shape must be integers > 0"));
                }
                out.push(n as usize);
            }
            let total = out.iter().try_fold(itemsize, |acc: usize, n| acc.checked_mul(*n));
            if total != Some(nbytes) {
                return Err(interp.type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            out
        }
        Some(_) => return Err(interp.type_error("shape must be a list or a tuple")),
    };
    let mut strides = vec![0isize; new_shape.len()];
    let mut acc = itemsize as isize;
    for (i, n) in new_shape.iter().enumerate().rev() {
        strides[i] = acc;
        acc *= *n as isize;
    }
    let layout = ViewLayout { offset: m.layout.offset, itemsize, format: fs.into(), shape: new_shape, strides };
    Ok(Value::MemoryView(Rc::new(MemoryViewObj {
        obj: m.obj.clone(),
        export: RefCell::new(Some(ex)),
        layout,
        readonly: m.readonly,
        hash: Cell::new(None),
    })))
}

/// Attributes: `obj`, `nbytes`, `readonly`, `format`, ...; `None` for other names.
pub fn attribute(interp: &mut Interp, m: &Rc<MemoryViewObj>, name: &str) -> Option<PyResult<Value>> {
    let known = matches!(
        name,
        "obj" | "nbytes" | "readonly" | "itemsize" | "format" | "ndim" | "shape" | "strides" | "suboffsets"
            | "c_contiguous" | "f_contiguous" | "contiguous"
    );
    if !known {
        return None;
    }
    if m.live().is_none() {
        return Some(Err(released_error(interp)));
    }
    let l = &m.layout;
    let ints = |v: Vec<i64>| Value::tuple(v.into_iter().map(Value::Int).collect());
    let contiguous = l.c_contiguous();
    Some(Ok(match name {
        "obj" => m.obj.clone(),
        "nbytes" => Value::Int((l.items() * l.itemsize) as i64),
        "readonly" => Value::Bool(m.readonly),
        "itemsize" => Value::Int(l.itemsize as i64),
        "format" => Value::str(&l.format),
        "ndim" => Value::Int(l.shape.len() as i64),
        "shape" => ints(l.shape.iter().map(|&n| n as i64).collect()),
        "strides" => ints(l.strides.iter().map(|&n| n as i64).collect()),
        "suboffsets" => Value::tuple(vec![]),
        "c_contiguous" => Value::Bool(contiguous),
        "f_contiguous" => Value::Bool(contiguous && (l.shape.len() <= 1 || l.shape.iter().filter(|&&n| n > 1).count() <= 1)),
        _ => Value::Bool(contiguous),
    }))
}

/// `len(m)`.
pub fn length(interp: &mut Interp, m: &MemoryViewObj) -> PyResult<usize> {
    if m.live().is_none() {
        return Err(released_error(interp));
    }
    Ok(m.layout.shape.first().copied().unwrap_or(1))
}

/// The byte position of item `k` along the first dimension of a 1-D view.
fn item_pos(interp: &mut Interp, m: &MemoryViewObj, k: &Value) -> PyResult<isize> {
    let i = match k.builtin_value() {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => return Err(interp.index_error("cannot fit 'int' into an index-sized integer")),
        Value::Instance(_) if interp.lookup_special(k, "__index__").is_some() => interp.index_value(k)?,
        _ => return Err(interp.type_error("memoryview: invalid slice key")),
    };
    let n = m.layout.shape[0] as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(interp.index_error("index out of bounds on dimension 1"));
    }
    Ok(m.layout.offset + j as isize * m.layout.strides[0])
}

/// The byte position of the item a tuple of indices names in an N-d view.
fn tuple_pos(interp: &mut Interp, m: &MemoryViewObj, t: &[Value], what: &str) -> PyResult<isize> {
    let l = &m.layout;
    if !t.is_empty() && t.iter().all(|k| matches!(k, Value::Slice(_))) {
        return Err(interp.new_error(Exc::NotImplementedError, what));
    }
    if t.iter().any(|k| matches!(k, Value::Slice(_))) {
        return Err(interp.type_error("memoryview: invalid slice key"));
    }
    if t.len() < l.shape.len() {
        return Err(interp.new_error(Exc::NotImplementedError, "sub-views are not implemented"));
    }
    if t.len() > l.shape.len() {
        let n = l.shape.len();
        return Err(interp.type_error(format!("cannot index {n}-dimension view with {}-element tuple", t.len())));
    }
    let mut pos = l.offset;
    for (d, idx) in t.iter().enumerate() {
        let i = match idx {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Instance(_) if interp.lookup_special(idx, "__index__").is_some() => {
                let i = interp.index_value(idx)?;
                if m.live().is_none() {
                    return Err(released_error(interp));
                }
                i
            }
            _ => return Err(interp.type_error("memoryview: invalid slice key")),
        };
        let n = l.shape[d] as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(interp.index_error(format!("index out of bounds on dimension {}", d + 1)));
        }
        pos += j as isize * l.strides[d];
    }
    Ok(pos)
}

/// The item at byte position `pos`.
fn read_item(m: &MemoryViewObj, ex: &Export, pos: isize) -> Value {
    let fc = fc_of(m);
    let size = m.layout.itemsize;
    ex.with(|data| match data.get(pos.max(0) as usize..pos.max(0) as usize + size) {
        Some(raw) => unpack(fc, raw),
        None => Value::Int(0),
    })
}

/// `m[k]`.
pub fn getitem(interp: &mut Interp, m: &Rc<MemoryViewObj>, k: &Value) -> PyResult<Value> {
    let Some(ex) = m.live() else { return Err(released_error(interp)) };
    let ndim = m.layout.shape.len();
    match k {
        Value::Ellipsis => return Ok(Value::MemoryView(m.clone())),
        Value::Tuple(t) if ndim == 0 && t.is_empty() => return Ok(read_item(m, &ex, m.layout.offset)),
        Value::Tuple(t) => {
            let pos = tuple_pos(interp, m, t, "multi-dimensional slicing is not implemented")?;
            return Ok(read_item(m, &ex, pos));
        }
        _ => {}
    }
    if ndim == 0 {
        return Err(interp.type_error("invalid indexing of 0-dim memory"));
    }
    if let Value::Slice(s) = k {
        let (start, stop, step) = interp.slice_bounds(s)?;
        let l = &m.layout;
        let (a, e, st) = slice_indices(start, stop, step, l.shape[0] as i64);
        let (a128, e128, st128) = (a as i128, e as i128, st as i128);
        let count = if st > 0 {
            ((e128 - a128).max(0) + st128 - 1) / st128
        } else {
            ((a128 - e128).max(0) - st128 - 1) / -st128
        };
        let mut layout = l.clone();
        layout.offset = l.offset + a as isize * l.strides[0];
        layout.shape[0] = count as usize;
        layout.strides[0] = l.strides[0] * st as isize;
        return Ok(Value::MemoryView(Rc::new(MemoryViewObj {
            obj: m.obj.clone(),
            export: RefCell::new(Some(ex)),
            layout,
            readonly: m.readonly,
            hash: Cell::new(None),
        })));
    }
    if ndim > 1 {
        if matches!(k.builtin_value(), Value::Int(_) | Value::Bool(_)) {
            return Err(interp.new_error(Exc::NotImplementedError, "multi-dimensional sub-views are not implemented"));
        }
        return Err(interp.type_error("memoryview: invalid slice key"));
    }
    let pos = item_pos(interp, m, k)?;
    if m.live().is_none() {
        return Err(released_error(interp));
    }
    Ok(read_item(m, &ex, pos))
}

/// `m[k] = v`.
pub fn setitem(interp: &mut Interp, m: &Rc<MemoryViewObj>, k: &Value, v: &Value) -> PyResult<()> {
    let Some(ex) = m.live() else { return Err(released_error(interp)) };
    if m.readonly {
        return Err(interp.type_error("cannot modify read-only memory"));
    }
    let fc = fc_of(m);
    let fmt = m.layout.format.clone();
    let size = m.layout.itemsize;
    let write = |ex: &Export, pos: isize, raw: &[u8]| {
        ex.with_mut(|data| {
            let p = pos.max(0) as usize;
            if let Some(dst) = data.get_mut(p..p + raw.len()) {
                dst.copy_from_slice(raw);
            }
        });
    };
    if let Value::Slice(_) = k {
        let Value::MemoryView(target) = getitem(interp, m, k)? else { return Ok(()) };
        if m.live().is_none() {
            return Err(released_error(interp));
        }
        let array_view = match buffer::array_store(v) {
            Some(_) => view_of(interp, v)?.map(Value::MemoryView),
            None => None,
        };
        let v = array_view.as_ref().unwrap_or(v);
        let src = match v.builtin_value() {
            Value::MemoryView(s) => {
                let Some(sx) = s.live() else { return Err(released_error(interp)) };
                if s.layout.shape != target.layout.shape || format_char(&s.layout.format) != Some(fc) {
                    return Err(
                        interp.value_error("memoryview assignment: lvalue and rvalue have different structures")
                    );
                }
                drop(sx);
                s.to_bytes().unwrap_or_default()
            }
            other => {
                let b = buffer::require(interp, other)?.into_vec();
                if b.len() != target.layout.items() * size || size != 1 && fc != 'B' {
                    return Err(
                        interp.value_error("memoryview assignment: lvalue and rvalue have different structures")
                    );
                }
                b
            }
        };
        for (i, pos) in target.layout.positions().into_iter().enumerate() {
            write(&ex, pos, &src[i * size..(i + 1) * size]);
        }
        return Ok(());
    }
    let pos = match k {
        Value::Tuple(t) if m.layout.shape.is_empty() && t.is_empty() => m.layout.offset,
        Value::Tuple(t) => {
            tuple_pos(interp, m, t, "memoryview slice assignments are currently restricted to ndim = 1")?
        }
        Value::Ellipsis if m.layout.shape.is_empty() => m.layout.offset,
        _ if m.layout.shape.is_empty() => return Err(interp.type_error("invalid indexing of 0-dim memory")),
        _ if m.layout.shape.len() > 1 => {
            return Err(interp.new_error(Exc::NotImplementedError, "sub-views are not implemented"));
        }
        _ => item_pos(interp, m, k)?,
    };
    // Converting the index may have run code that released the view.
    if m.live().is_none() {
        return Err(released_error(interp));
    }
    let raw = pack(interp, fc, &fmt, v)?;
    if m.live().is_none() {
        return Err(released_error(interp));
    }
    write(&ex, pos, &raw);
    Ok(())
}

/// `a == b` where at least one is a memoryview; `None` when `b` has no buffer.
pub fn equals(interp: &mut Interp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    if a.is(b) {
        return Ok(Some(true));
    }
    let mut sides = Vec::with_capacity(2);
    for v in [a, b] {
        let view = match v.builtin_value() {
            Value::MemoryView(m) => m.clone(),
            other => match view_of(interp, other)? {
                Some(m) => m,
                None => return Ok(None),
            },
        };
        let Some(ex) = view.live() else { return Ok(Some(false)) };
        sides.push((view.layout.shape.clone(), items(&view, &ex)));
    }
    let (sa, ia) = &sides[0];
    let (sb, ib) = &sides[1];
    if sa != sb {
        return Ok(Some(false));
    }
    for (x, y) in ia.iter().zip(ib.iter()) {
        if !interp.eq(x, y)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

/// `hash(m)`: the hash of its bytes, for read-only byte views.
pub fn hash(interp: &mut Interp, m: &MemoryViewObj) -> PyResult<Vec<u8>> {
    if m.live().is_none() {
        return Err(released_error(interp));
    }
    if !m.readonly {
        return Err(interp.value_error("cannot hash writable memoryview object"));
    }
    if let Value::ByteArray(_) = m.obj.builtin_value() {
        let t = interp.type_name(&m.obj);
        return Err(interp.type_error(format!("unhashable type: '{t}'")));
    }
    if !matches!(fc_of(m), 'B' | 'b' | 'c') {
        return Err(interp.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    Ok(m.to_bytes().unwrap_or_default())
}

fn dunder_len(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (m, _) = this(interp, args)?;
    Ok(Value::Int(length(interp, &m)? as i64))
}

fn dunder_getitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    super::check_args(interp, "__getitem__", args, 2, 2)?;
    let (m, _) = this(interp, args)?;
    getitem(interp, &m, &args[1])
}

fn dunder_setitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    super::check_args(interp, "__setitem__", args, 3, 3)?;
    let (m, _) = this(interp, args)?;
    setitem(interp, &m, &args[1], &args[2])?;
    Ok(Value::None)
}

fn dunder_delitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (m, _) = this(interp, args)?;
    if m.readonly {
        return Err(interp.type_error("cannot modify read-only memory"));
    }
    Err(interp.type_error("cannot delete memory"))
}

fn dunder_iter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    interp.get_iter(args.first().unwrap_or(&Value::None))
}

fn dunder_eq(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    super::check_args(interp, "__eq__", args, 2, 2)?;
    Ok(equals(interp, &args[0], &args[1])?.map(Value::Bool).unwrap_or(Value::NotImplemented))
}

fn dunder_ne(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    super::check_args(interp, "__ne__", args, 2, 2)?;
    Ok(equals(interp, &args[0], &args[1])?.map(|b| Value::Bool(!b)).unwrap_or(Value::NotImplemented))
}

fn dunder_hash(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(v) = args.first() else { return Err(interp.type_error("__hash__ needs an argument")) };
    Ok(Value::Int(super::hash::py_hash(interp, v)?))
}

fn dunder_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(v) = args.first() else { return Err(interp.type_error("__repr__ needs an argument")) };
    Ok(Value::string(interp.repr(v)?))
}

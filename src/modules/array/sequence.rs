//! The sequence protocol of `array.array`: indexing and slicing (read, assign,
//! delete), `len`, `in`, concatenation, repetition and comparisons. The
//! subscript functions are also what the VM calls directly for `a[i]` and
//! `a[i] = x` (through `NativeObject::get_item` / `set_item`), so an index on
//! an array costs no method lookup.

use crate::vm::types::Exc;
use super::storage::{self, Code};
use super::{add_method, as_array, receiver, ArrayObj};
use crate::syntax::ast::CmpOp;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::protocol::{slice_indices, slice_positions};
use crate::vm::value::Value;
use std::rc::Rc;

/// A subscript that is not a slice as an index (IndexError when it cannot fit).
fn index_of(interp: &mut Interp, key: &Value) -> PyResult<i64> {
    match key.builtin_value() {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(interp.index_error("cannot fit 'int' into an index-sized integer")),
        _ if matches!(key, Value::Instance(_)) && interp.lookup_special(key, "__index__").is_some() => {
            interp.index_value(key)
        }
        _ => Err(interp.type_error("array indices must be integers")),
    }
}

/// `i` counted from the end when negative; IndexError with `msg` when out of range.
fn in_bounds(interp: &mut Interp, i: i64, len: usize, msg: &str) -> PyResult<usize> {
    let j = if i < 0 { i.wrapping_add(len as i64) } else { i };
    if j < 0 || j >= len as i64 {
        return Err(interp.index_error(msg.to_string()));
    }
    Ok(j as usize)
}

/// The resolved slice `s` over the items of `a`, counted after the bounds
/// (whose `__index__` may change the array) are read.
fn resolve(interp: &mut Interp, s: &SliceObj, a: &ArrayObj) -> PyResult<(i64, i64, i64)> {
    let (start, stop, step) = interp.slice_bounds(s)?;
    Ok(slice_indices(start, stop, step, a.len() as i64))
}

/// The packed bytes of the items a resolved slice selects.
fn slice_bytes(data: &[u8], size: usize, (a, b, step): (i64, i64, i64)) -> Vec<u8> {
    if step == 1 {
        let (a, b) = (a as usize, (b.max(a)) as usize);
        return data[a * size..b * size].to_vec();
    }
    let mut out = Vec::new();
    for p in slice_positions(a, b, step) {
        out.extend_from_slice(&data[p * size..(p + 1) * size]);
    }
    out
}

/// `a[key]`.
#[inline]
pub fn getitem(interp: &mut Interp, a: &ArrayObj, key: &Value) -> PyResult<Value> {
    if let Value::Int(i) = key {
        let data = a.store.data.borrow();
        let len = data.len() / a.code.itemsize();
        let j = if *i < 0 { i.wrapping_add(len as i64) } else { *i };
        if (j as u64) < len as u64 {
            return storage::load(interp, a.code, &data, j as usize);
        }
        drop(data);
        return Err(interp.index_error("array index out of range"));
    }
    if let Value::Slice(s) = key {
        let r = resolve(interp, s, a)?;
        let bytes = slice_bytes(&a.store.data.borrow(), a.code.itemsize(), r);
        return Ok(ArrayObj::value(a.code, bytes));
    }
    let i = index_of(interp, key)?;
    let i = in_bounds(interp, i, a.len(), "array index out of range")?;
    a.get(interp, i)
}

/// `a[key] = value`.
#[inline]
pub fn setitem(interp: &mut Interp, a: &ArrayObj, key: &Value, value: &Value) -> PyResult<()> {
    if let (Value::Int(i), Value::Float(f), Code::Double) = (key, value, a.code) {
        let mut data = a.store.data.borrow_mut();
        let len = data.len() / 8;
        let j = if *i < 0 { i.wrapping_add(len as i64) } else { *i };
        if (j as u64) < len as u64 {
            let at = j as usize * 8;
            data[at..at + 8].copy_from_slice(&f.to_ne_bytes());
            return Ok(());
        }
    }
    if let Value::Slice(s) = key {
        return set_slice(interp, a, s, value);
    }
    let i = index_of(interp, key)?;
    let i = in_bounds(interp, i, a.len(), "array assignment index out of range")?;
    let item = storage::item_of(interp, a.code, value)?;
    // Converting the value may have run code that shrank the array.
    if i >= a.len() {
        return Err(interp.index_error("array assignment index out of range"));
    }
    storage::store(a.code, &mut a.store.data.borrow_mut(), i, item);
    Ok(())
}

/// `a[s] = value` for a slice `s`: `value` must be an array of the same typecode.
fn set_slice(interp: &mut Interp, a: &ArrayObj, s: &SliceObj, value: &Value) -> PyResult<()> {
    let Some(src) = as_array(value) else {
        let t = interp.type_name(value);
        return Err(interp.type_error(format!("can only assign array (not \"{t}\") to array slice")));
    };
    if src.code != a.code {
        return Err(interp.type_error("bad argument type for built-in operation"));
    }
    let size = a.code.itemsize();
    // A copy, as the source may be the array itself.
    let new = src.store.data.borrow().clone();
    let (start, stop, step) = resolve(interp, s, a)?;
    if step == 1 {
        let (lo, hi) = (start as usize, stop.max(start) as usize);
        if new.len() != (hi - lo) * size {
            a.check_resizable(interp)?;
        }
        a.store.data.borrow_mut().splice(lo * size..hi * size, new);
        return Ok(());
    }
    let positions = slice_positions(start, stop, step);
    if positions.len() * size != new.len() {
        let msg = format!(
            "attempt to assign array of size {} to extended slice of size {}",
            new.len() / size,
            positions.len()
        );
        return Err(interp.value_error(msg));
    }
    let mut data = a.store.data.borrow_mut();
    for (k, p) in positions.into_iter().enumerate() {
        data[p * size..(p + 1) * size].copy_from_slice(&new[k * size..(k + 1) * size]);
    }
    Ok(())
}

/// `del a[key]`.
pub fn delitem(interp: &mut Interp, a: &ArrayObj, key: &Value) -> PyResult<()> {
    let size = a.code.itemsize();
    if let Value::Slice(s) = key {
        let (start, stop, step) = resolve(interp, s, a)?;
        let mut positions = if step == 1 {
            (start..stop.max(start)).map(|p| p as usize).collect()
        } else {
            slice_positions(start, stop, step)
        };
        if positions.is_empty() {
            return Ok(());
        }
        a.check_resizable(interp)?;
        positions.sort_unstable();
        let mut data = a.store.data.borrow_mut();
        let old = std::mem::take(&mut *data);
        let mut doomed = positions.into_iter().peekable();
        for (k, chunk) in old.chunks_exact(size).enumerate() {
            if doomed.peek() == Some(&k) {
                doomed.next();
            } else {
                data.extend_from_slice(chunk);
            }
        }
        return Ok(());
    }
    let i = index_of(interp, key)?;
    let i = in_bounds(interp, i, a.len(), "array assignment index out of range")?;
    a.check_resizable(interp)?;
    a.store.data.borrow_mut().drain(i * size..(i + 1) * size);
    Ok(())
}

/// Whether the items of `a` from `start` to `stop` include one equal to `v`:
/// the index of the first.
pub fn find(interp: &mut Interp, a: &ArrayObj, v: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(a.len()) {
        let item = a.get(interp, i)?;
        if interp.eq(&item, v)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn dunder_len(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "__len__")?;
    Ok(Value::Int(a.len() as i64))
}

fn dunder_getitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "__getitem__")?;
    getitem(interp, &a, &args[1])
}

fn dunder_setitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "__setitem__")?;
    setitem(interp, &a, &args[1], &args[2])?;
    Ok(Value::None)
}

fn dunder_delitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "__delitem__")?;
    delitem(interp, &a, &args[1])?;
    Ok(Value::None)
}

fn dunder_contains(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "__contains__")?;
    Ok(Value::Bool(find(interp, &a, &args[1], 0, usize::MAX)?.is_some()))
}

/// Whether `v` may define the reflected operator (then `a op v` defers to it).
fn defers(interp: &mut Interp, v: &Value, reflected: &str) -> bool {
    matches!(v, Value::Instance(_)) && interp.lookup_special(v, reflected).is_some()
}

fn dunder_add(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "__add__")?;
    let Some(b) = as_array(&args[1]) else {
        if defers(interp, &args[1], "__radd__") {
            return Ok(Value::NotImplemented);
        }
        let t = interp.type_name(&args[1]);
        return Err(interp.type_error(format!("can only append array (not \"{t}\") to array")));
    };
    if a.code != b.code {
        return Err(interp.type_error("bad argument type for built-in operation"));
    }
    let mut data = a.store.data.borrow().clone();
    data.extend_from_slice(&b.store.data.borrow());
    Ok(ArrayObj::value(a.code, data))
}

/// The count of a repetition, or None when `n` is no integer.
fn repeat_count(interp: &mut Interp, n: &Value) -> PyResult<Option<i64>> {
    match n.builtin_value() {
        Value::Int(_) | Value::Bool(_) => interp.index_value(n.builtin_value()).map(Some),
        Value::BigInt(b) if num_traits::Signed::is_negative(&**b) => Ok(Some(0)),
        Value::BigInt(_) => Err(interp.overflow_error("cannot fit 'int' into an index-sized integer")),
        _ if matches!(n, Value::Instance(_)) && interp.lookup_special(n, "__index__").is_some() => {
            interp.index_value(n).map(Some)
        }
        _ => Ok(None),
    }
}

/// `data` repeated `n` times (MemoryError when it could not be held).
fn repeated(interp: &mut Interp, data: &[u8], n: i64) -> PyResult<Vec<u8>> {
    let n = n.max(0) as usize;
    let mut out = Vec::new();
    if data.is_empty() {
        return Ok(out);
    }
    let total = data.len().checked_mul(n).filter(|t| *t <= isize::MAX as usize);
    interp.charge_alloc(total.unwrap_or(usize::MAX))?;
    if total.is_none_or(|t| out.try_reserve_exact(t).is_err()) {
        return Err(interp.new_error(Exc::MemoryError, ""));
    }
    for _ in 0..n {
        out.extend_from_slice(data);
    }
    Ok(out)
}

fn non_int_error(interp: &mut Interp, n: &Value) -> Value {
    let t = interp.type_name(n);
    interp.type_error(format!("can't multiply sequence by non-int of type '{t}'"))
}

fn dunder_mul(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "__mul__")?;
    let Some(n) = repeat_count(interp, &args[1])? else {
        if defers(interp, &args[1], "__rmul__") {
            return Ok(Value::NotImplemented);
        }
        return Err(non_int_error(interp, &args[1]));
    };
    let data = repeated(interp, &a.store.data.borrow(), n)?;
    Ok(ArrayObj::value(a.code, data))
}

fn dunder_rmul(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "__rmul__")?;
    let Some(n) = repeat_count(interp, &args[1])? else { return Ok(Value::NotImplemented) };
    let data = repeated(interp, &a.store.data.borrow(), n)?;
    Ok(ArrayObj::value(a.code, data))
}

fn dunder_iadd(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "__iadd__")?;
    let Some(b) = as_array(&args[1]) else {
        let t = interp.type_name(&args[1]);
        return Err(interp.type_error(format!("can only extend array with array (not \"{t}\")")));
    };
    if a.code != b.code {
        return Err(interp.type_error("can only extend with array of same kind"));
    }
    let more = b.store.data.borrow().clone();
    if !more.is_empty() {
        a.check_resizable(interp)?;
    }
    a.store.data.borrow_mut().extend_from_slice(&more);
    Ok(args[0].clone())
}

fn dunder_imul(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "__imul__")?;
    let Some(n) = repeat_count(interp, &args[1])? else { return Err(non_int_error(interp, &args[1])) };
    let old = a.store.data.borrow().clone();
    let new = repeated(interp, &old, n)?;
    if new.len() != old.len() {
        a.check_resizable(interp)?;
    }
    *a.store.data.borrow_mut() = new;
    Ok(args[0].clone())
}

/// `a op b` for two arrays: item by item up to the first difference, then the
/// lengths (CPython's order); NotImplemented when `b` is no array.
fn compare(interp: &mut Interp, args: &[Value], op: CmpOp, name: &str) -> PyResult<Value> {
    let a = receiver(interp, args, name)?;
    let Some(b) = as_array(&args[1]) else {
        // A memoryview compares by the viewed items (the VM asks the array, the
        // operand that defines its comparisons through methods).
        if matches!(args[1], Value::MemoryView(_)) && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            if let Some(same) = crate::objects::memoryview::equals(interp, &args[1], &args[0])? {
                return Ok(Value::Bool(same == (op == CmpOp::Eq)));
            }
        }
        return Ok(Value::NotImplemented);
    };
    let (n, m) = (a.len(), b.len());
    if n != m && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return Ok(Value::Bool(op == CmpOp::NotEq));
    }
    let mut k = 0;
    while k < n.min(m).min(a.len()).min(b.len()) {
        let same = if a.code == b.code {
            storage::items_equal(a.code, &a.store.data.borrow(), k, &b.store.data.borrow(), k)
        } else {
            let (x, y) = (a.get(interp, k)?, b.get(interp, k)?);
            interp.eq(&x, &y)?
        };
        if !same {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::NotEq => Ok(Value::Bool(true)),
                _ => {
                    let (x, y) = (a.get(interp, k)?, b.get(interp, k)?);
                    interp.rich_compare(op, &x, &y)
                }
            };
        }
        k += 1;
    }
    let (n, m) = (a.len(), b.len());
    Ok(Value::Bool(match op {
        CmpOp::Eq => n == m,
        CmpOp::NotEq => n != m,
        CmpOp::Lt => n < m,
        CmpOp::LtE => n <= m,
        CmpOp::Gt => n > m,
        _ => n >= m,
    }))
}

fn dunder_eq(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(interp, args, CmpOp::Eq, "__eq__")
}
fn dunder_ne(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(interp, args, CmpOp::NotEq, "__ne__")
}
fn dunder_lt(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(interp, args, CmpOp::Lt, "__lt__")
}
fn dunder_le(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(interp, args, CmpOp::LtE, "__le__")
}
fn dunder_gt(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(interp, args, CmpOp::Gt, "__gt__")
}
fn dunder_ge(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    compare(interp, args, CmpOp::GtE, "__ge__")
}

/// Adds the sequence protocol's methods to `array.array`.
pub fn register(cls: &Rc<Class>) {
    let table: [(&str, NativeFn); 17] = [
        ("__len__", dunder_len),
        ("__getitem__", dunder_getitem),
        ("__setitem__", dunder_setitem),
        ("__delitem__", dunder_delitem),
        ("__contains__", dunder_contains),
        ("__add__", dunder_add),
        ("__mul__", dunder_mul),
        ("__rmul__", dunder_rmul),
        ("__iadd__", dunder_iadd),
        ("__imul__", dunder_imul),
        ("__eq__", dunder_eq),
        ("__ne__", dunder_ne),
        ("__lt__", dunder_lt),
        ("__le__", dunder_le),
        ("__gt__", dunder_gt),
        ("__ge__", dunder_ge),
        ("__iter__", super::iter::dunder_iter),
    ];
    for (name, f) in table {
        add_method(cls, name, f);
    }
    cls.dict.borrow_mut().set_str("__hash__", Value::None);
}

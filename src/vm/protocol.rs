//! The sequence, mapping and iteration protocols: subscripts and slices,
//! `len`, `in`, `iter` / `next` for builtin and user-defined types.

use crate::vm::types::Exc;
use crate::vm::dict::{Dict, HashKey};
use std::cell::RefCell;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// Resolved `start, stop, step` of a slice over a sequence of `len` items.
pub fn slice_indices(start: Option<i64>, stop: Option<i64>, step: i64, len: i64) -> (i64, i64, i64) {
    let clamp = |v: i64, lo: i64, hi: i64| v.max(lo).min(hi);
    if step > 0 {
        let s = start.map(|s| if s < 0 { clamp(s + len, 0, len) } else { clamp(s, 0, len) }).unwrap_or(0);
        let e = stop.map(|e| if e < 0 { clamp(e + len, 0, len) } else { clamp(e, 0, len) }).unwrap_or(len);
        (s, e, step)
    } else {
        let s =
            start.map(|s| if s < 0 { clamp(s + len, -1, len - 1) } else { clamp(s, -1, len - 1) }).unwrap_or(len - 1);
        let e = stop.map(|e| if e < 0 { clamp(e + len, -1, len - 1) } else { clamp(e, -1, len - 1) }).unwrap_or(-1);
        (s, e, step)
    }
}

/// The indices selected by a resolved slice.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    if step > 0 {
        while i < stop {
            out.push(i as usize);
            let Some(next) = i.checked_add(step) else { break };
            i = next;
        }
    } else {
        while i > stop {
            out.push(i as usize);
            let Some(next) = i.checked_add(step) else { break };
            i = next;
        }
    }
    out
}

/// How many indices a resolved slice selects.
pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    let (span, stride) = if step > 0 { (stop - start, step) } else { (start - stop, -step) };
    if span <= 0 {
        0
    } else {
        ((span - 1) / stride + 1) as usize
    }
}

/// The items a resolved slice selects, copied out of `items` (no list of positions:
/// a step of 1 is one copy of a range).
pub fn slice_items<T: Clone>(items: &[T], start: i64, stop: i64, step: i64) -> Vec<T> {
    if step == 1 {
        return if start < stop { items[start as usize..stop as usize].to_vec() } else { Vec::new() };
    }
    let count = slice_len(start, stop, step);
    let mut out = Vec::with_capacity(count);
    let mut i = start;
    for _ in 0..count {
        out.push(items[i as usize].clone());
        i = i.wrapping_add(step);
    }
    out
}

/// `seq[start:stop]` for a list, tuple or str with int-or-None bounds, as the
/// `BuildSlice` + `BinarySubscr` pair computes it without making a slice object;
/// None when another path must decide (other types, other bounds).
#[inline]
pub fn slice_fast(seq: &Value, start: &Value, stop: &Value) -> Option<Value> {
    let bound = |v: &Value| match v {
        Value::None => Some(None),
        Value::Int(i) => Some(Some(*i)),
        _ => None,
    };
    let (start, stop) = (bound(start)?, bound(stop)?);
    match seq {
        Value::List(l) => {
            let items = l.borrow();
            let (a, b, _) = slice_indices(start, stop, 1, items.len() as i64);
            Some(Value::list(slice_items(&items, a, b, 1)))
        }
        Value::Tuple(t) => {
            let (a, b, _) = slice_indices(start, stop, 1, t.len() as i64);
            if a == 0 && b == t.len() as i64 {
                return Some(seq.clone());
            }
            Some(Value::tuple(slice_items(t, a, b, 1)))
        }
        Value::Str(s) => {
            let (a, b, _) = slice_indices(start, stop, 1, s.char_len() as i64);
            Some(crate::objects::str::str_slice(s, a, b, 1))
        }
        _ => None,
    }
}

impl Interp {
    /// An index operand as i64 (`__index__` for ints and bools).
    pub(crate) fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            // As PyNumber_AsSsize_t with OverflowError; subscripts say "cannot fit" instead (`seq_index_int`).
            Value::BigInt(_) => Err(self.overflow_error("Python int too large to convert to C ssize_t")),
            Value::Instance(_) => {
                if let Some(m) = self.lookup_special(v, "__index__") {
                    let r = self.call_value(m, vec![], vec![])?;
                    return self.index_value(&r);
                }
                let t = self.type_name(v);
                Err(self.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
            _ => {
                let t = self.type_name(v);
                Err(self.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// An integer argument that must fit a C `int` (`chr`, `sys.setrecursionlimit`).
    pub(crate) fn c_int_value(&mut self, v: &Value) -> PyResult<i64> {
        let i = match v {
            Value::BigInt(b) if num_traits::Signed::is_negative(&**b) => i64::MIN,
            Value::BigInt(_) => i64::MAX,
            _ => self.index_value(v)?,
        };
        if i32::try_from(i).is_err() {
            // CPython says "too large" for both signs here.
            return Err(self.overflow_error("Python int too large to convert to C int"));
        }
        Ok(i)
    }

    /// Resolves a slice object against a length.
    pub(crate) fn resolve_slice(&mut self, s: &SliceObj, len: usize) -> PyResult<(i64, i64, i64)> {
        let (start, stop, step) = self.slice_bounds(s)?;
        Ok(slice_indices(start, stop, step, len as i64))
    }

    /// A slice's start, stop and step as integers, before any length is known:
    /// `__index__` may run language code that changes the sequence, so callers
    /// read the length only afterwards.
    pub(crate) fn slice_bounds(&mut self, s: &SliceObj) -> PyResult<(Option<i64>, Option<i64>, i64)> {
        let opt = |me: &mut Interp, v: &Value| -> PyResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                Value::BigInt(b) => {
                    Ok(Some(if num_traits::Signed::is_negative(&**b) { i64::MIN / 2 } else { i64::MAX / 2 }))
                }
                other => me.slice_index(other).map(Some),
            }
        };
        let step = opt(self, &s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let start = opt(self, &s.start)?;
        let stop = opt(self, &s.stop)?;
        Ok((start, stop, step))
    }

    /// An index that saturates at the ends of i64 where [`Interp::index_value`]
    /// overflows (CPython's `_PyEval_SliceIndex`: `str.find`'s start and end).
    pub(crate) fn index_value_clamped(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }),
            Value::Instance(_) => match self.lookup_special(v, "__index__") {
                Some(m) => {
                    let r = self.call_value(m, vec![], vec![])?;
                    match r {
                        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => self.index_value_clamped(&r),
                        _ => self.index_value(&r),
                    }
                }
                None => self.index_value(v),
            },
            _ => self.index_value(v),
        }
    }

    fn slice_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(_) | Value::Bool(_) | Value::Instance(_) => self.index_value(v),
            _ => Err(self.type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// Normalizes a possibly negative index; IndexError with `what` when out of range.
    fn seq_index(&mut self, idx: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = self.seq_index_int(idx, what)?;
        self.normalize_index(i, len, what)
    }

    /// An index into a list, converted (which may run `__index__`) before the
    /// list's current length is read.
    fn list_index(&mut self, l: &ListObj, idx: &Value) -> PyResult<usize> {
        let i = self.seq_index_int(idx, "list")?;
        let len = l.borrow().len();
        self.normalize_index(i, len, "list")
    }

    /// A subscript as an integer, or CPython's TypeError.
    fn seq_index_int(&mut self, idx: &Value, what: &str) -> PyResult<i64> {
        Ok(match idx {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(self.index_error("cannot fit 'int' into an index-sized integer".to_string()))
            }
            Value::Instance(_) => self.index_value(idx)?,
            _ => {
                let t = self.type_name(idx);
                return Err(self.type_error(format!("{what} indices must be integers or slices, not {t}")));
            }
        })
    }

    /// `i` counted from the end when negative; IndexError when out of range.
    fn normalize_index(&mut self, i: i64, len: usize, what: &str) -> PyResult<usize> {
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let msg = match what {
                "str" => "string index out of range".to_string(),
                _ => format!("{what} index out of range"),
            };
            return Err(self.index_error(msg));
        }
        Ok(j as usize)
    }

    /// `c[k]`.
    #[inline]
    pub(crate) fn get_item(&mut self, c: &Value, k: &Value) -> PyResult<Value> {
        // Fast paths: an in-range int index into a list or tuple; a str or int dict key.
        match (c, k) {
            (Value::List(l), Value::Int(i)) => {
                let items = l.borrow();
                let j = if *i < 0 { i.wrapping_add(items.len() as i64) } else { *i };
                if (j as u64) < items.len() as u64 {
                    return Ok(items[j as usize].clone());
                }
            }
            (Value::Tuple(t), Value::Int(i)) => {
                let j = if *i < 0 { i.wrapping_add(t.len() as i64) } else { *i };
                if (j as u64) < t.len() as u64 {
                    return Ok(t[j as usize].clone());
                }
            }
            (Value::Dict(d), _) => {
                if let Some(hash) = crate::vm::ops::plain_hash(k) {
                    let d = d.borrow();
                    if let crate::vm::dict::Step::Found(p) = d.probe_native(hash, k) {
                        if let Some(v) = d.value_at(p) {
                            return Ok(v.clone());
                        }
                    }
                }
            }
            _ => {}
        }
        self.get_item_slow(c, k)
    }

    #[inline(never)]
    fn get_item_slow(&mut self, c: &Value, k: &Value) -> PyResult<Value> {
        match c {
            Value::List(l) => {
                if let Value::Slice(s) = k {
                    let (start, stop, step) = self.slice_bounds(s)?;
                    let items = l.borrow();
                    let (a, b, st) = slice_indices(start, stop, step, items.len() as i64);
                    return Ok(Value::list(slice_items(&items, a, b, st)));
                }
                let i = self.list_index(l, k)?;
                Ok(l.borrow()[i].clone())
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = k {
                    let (a, b, st) = self.resolve_slice(s, t.len())?;
                    if a == 0 && b == t.len() as i64 && st == 1 {
                        return Ok(c.clone());
                    }
                    return Ok(Value::tuple(slice_items(t, a, b, st)));
                }
                let i = self.seq_index(k, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            Value::Str(s) => crate::objects::str::str_getitem(self, s, k),
            Value::Bytes(b) => {
                if let Value::Slice(s) = k {
                    let (a, e, st) = self.resolve_slice(s, b.len())?;
                    return Ok(Value::bytes(slice_items(b, a, e, st)));
                }
                if !matches!(k, Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_)) {
                    let t = self.type_name(k);
                    return Err(self.type_error(format!("byte indices must be integers or slices, not {t}")));
                }
                let i = self.seq_index(k, b.len(), "index")?;
                Ok(Value::Int(b[i] as i64))
            }
            Value::ByteArray(b) => crate::objects::bytearray::getitem(self, b, k),
            Value::MemoryView(m) => crate::objects::memoryview::getitem(self, m, k),
            Value::Range(r) => crate::objects::range::getitem(self, r, k),
            Value::Dict(d) => {
                let key = self.hash_key(k.clone())?;
                let found = self.dict_get(d, &key)?;
                match found {
                    Some(v) => Ok(v),
                    None => Err(self.key_error(k.clone())),
                }
            }
            Value::Instance(inst) => {
                if let Some(m) = self.lookup_special(c, "__getitem__") {
                    if let (Some(Value::Dict(d)), Value::BoundMethod(bm)) = (&inst.base, &m) {
                        if matches!(&bm.func, Value::Builtin(b) if b.on_builtin_value) {
                            return self.dict_subclass_getitem(c, d.clone(), k);
                        }
                    }
                    return self.call_value(m, vec![k.clone()], vec![]);
                }
                let t = self.type_name(c);
                Err(self.type_error(format!("'{t}' object is not subscriptable")))
            }
            Value::Class(cls) => {
                if cls.meta.is_some() {
                    // A metaclass's `__getitem__` (`Color['RED']`) comes before `__class_getitem__`.
                    if let Some(m) = self.lookup_special(c, "__getitem__") {
                        return self.call_value(m, vec![k.clone()], vec![]);
                    }
                }
                // `list[int]` and friends are `types.GenericAlias` objects.
                if let Some(m) = self.class_lookup(cls, "__class_getitem__") {
                    let m = match m {
                        Value::Descriptor(d) => match &*d {
                            Descriptor::ClassMethod(f) => f.clone(),
                            _ => Value::Descriptor(d.clone()),
                        },
                        other => other,
                    };
                    return self.call_value(m, vec![c.clone(), k.clone()], vec![]);
                }
                if cls.kind == ClassKind::Builtin || crate::objects::generic_alias::inherits_class_getitem(cls) {
                    return crate::objects::generic_alias::subscript_builtin(self, cls, k);
                }
                let n = cls.name.clone();
                Err(self.type_error(format!("type '{n}' is not subscriptable")))
            }
            Value::Native(n) => match n.get_item(self, k) {
                Some(r) => r,
                None => {
                    let t = self.type_name(c);
                    Err(self.type_error(format!("'{t}' object is not subscriptable")))
                }
            },
            _ => {
                let t = self.type_name(c);
                Err(self.type_error(format!("'{t}' object is not subscriptable")))
            }
        }
    }

    /// `c[k] = v`.
    #[inline]
    /// `d[k]` on an instance of a dict subclass that keeps `dict.__getitem__`: a
    /// missing key goes to the class's `__missing__`, as in CPython.
    fn dict_subclass_getitem(&mut self, d_obj: &Value, d: Rc<RefCell<Dict>>, k: &Value) -> PyResult<Value> {
        let key = self.hash_key(k.clone())?;
        let found = self.dict_get(&d, &key)?;
        if let Some(v) = found {
            return Ok(v);
        }
        match self.lookup_special(d_obj, "__missing__") {
            Some(m) => self.call_value(m, vec![k.clone()], vec![]),
            None => Err(self.key_error(k.clone())),
        }
    }

    pub(crate) fn set_item(&mut self, c: &Value, k: Value, v: Value) -> PyResult<()> {
        // Fast path: an in-range int index into a list.
        if let (Value::List(l), Value::Int(i)) = (c, &k) {
            if let Ok(mut items) = l.try_borrow_mut() {
                let j = if *i < 0 { i.wrapping_add(items.len() as i64) } else { *i };
                if (j as u64) < items.len() as u64 {
                    let old = std::mem::replace(&mut items[j as usize], v);
                    drop(items);
                    drop(old);
                    return Ok(());
                }
            }
        }
        // Fast path: a str or int dict key (hashed without a call into the language).
        if let Value::Dict(d) = c {
            if let Some(hash) = crate::vm::ops::plain_hash(&k) {
                let mut t = d.borrow_mut();
                match t.probe_native(hash, &k) {
                    crate::vm::dict::Step::Found(p) => {
                        let old = t.replace_at(p, v);
                        drop(t);
                        drop(old);
                        return Ok(());
                    }
                    crate::vm::dict::Step::Missing => {
                        t.push_new(crate::vm::dict::HashKey { hash, key: k }, v);
                        return Ok(());
                    }
                    // A key of the program's own type with the same hash: its `__eq__` decides.
                    crate::vm::dict::Step::Ask(_) => {}
                }
            }
        }
        self.set_item_slow(c, k, v)
    }

    #[inline(never)]
    fn set_item_slow(&mut self, c: &Value, k: Value, v: Value) -> PyResult<()> {
        match c {
            Value::List(l) => {
                if let Value::Slice(s) = &k {
                    let items = self.collect_iterable(&v)?;
                    let (start, stop, step) = self.slice_bounds(s)?;
                    let len = l.borrow().len();
                    let (a, b, st) = slice_indices(start, stop, step, len as i64);
                    if st == 1 {
                        let b = b.max(a);
                        l.borrow_mut().splice(a as usize..b as usize, items);
                        return Ok(());
                    }
                    let pos = slice_positions(a, b, st);
                    if pos.len() != items.len() {
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            pos.len()
                        )));
                    }
                    let mut lm = l.borrow_mut();
                    for (p, item) in pos.into_iter().zip(items) {
                        lm[p] = item;
                    }
                    return Ok(());
                }
                let i = self.list_index(l, &k).map_err(|e| {
                    if self.is_exc(&e, Exc::IndexError) {
                        self.index_error("list assignment index out of range")
                    } else {
                        e
                    }
                })?;
                // `__index__` may have shrunk the list.
                let mut items = l.borrow_mut();
                if i >= items.len() {
                    drop(items);
                    return Err(self.index_error("list assignment index out of range"));
                }
                let old = std::mem::replace(&mut items[i], v);
                drop(items);
                drop(old);
                Ok(())
            }
            Value::Dict(d) => {
                let key = self.hash_key(k)?;
                self.dict_set(d, key, v)
            }
            Value::ByteArray(b) => crate::objects::bytearray::setitem(self, b, &k, &v),
            Value::MemoryView(m) => crate::objects::memoryview::setitem(self, m, &k, &v),
            Value::Native(n) => match n.set_item(self, &k, &v) {
                Some(r) => r,
                None => {
                    let t = self.type_name(c);
                    Err(self.type_error(format!("'{t}' object does not support item assignment")))
                }
            },
            Value::Instance(_) | Value::Class(_) => {
                if let Some(m) = self.lookup_special(c, "__setitem__") {
                    self.call_value(m, vec![k, v], vec![])?;
                    return Ok(());
                }
                let t = self.type_name(c);
                Err(self.type_error(format!("'{t}' object does not support item assignment")))
            }
            _ => {
                let t = self.type_name(c);
                Err(self.type_error(format!("'{t}' object does not support item assignment")))
            }
        }
    }

    /// `del c[k]`.
    pub(crate) fn del_item(&mut self, c: &Value, k: &Value) -> PyResult<()> {
        match c {
            Value::List(l) => {
                if let Value::Slice(s) = k {
                    let (start, stop, step) = self.slice_bounds(s)?;
                    let len = l.borrow().len();
                    let (a, b, st) = slice_indices(start, stop, step, len as i64);
                    if st == 1 {
                        if b > a {
                            let removed: Vec<Value> = l.borrow_mut().drain(a as usize..b as usize).collect();
                            drop(removed);
                        }
                        return Ok(());
                    }
                    let mut remove = vec![false; len];
                    for p in slice_positions(a, b, st) {
                        remove[p] = true;
                    }
                    let old = std::mem::take(&mut *l.borrow_mut());
                    let (kept, removed): (Vec<_>, Vec<_>) = old.into_iter().enumerate().partition(|(i, _)| !remove[*i]);
                    *l.borrow_mut() = kept.into_iter().map(|(_, v)| v).collect();
                    drop(removed);
                    return Ok(());
                }
                let i = self.list_index(l, k).map_err(|e| {
                    if self.is_exc(&e, Exc::IndexError) {
                        self.index_error("list assignment index out of range")
                    } else {
                        e
                    }
                })?;
                l.borrow_mut().remove(i);
                Ok(())
            }
            Value::Dict(d) => {
                let key = self.hash_key(k.clone())?;
                if self.dict_take(d, &key)?.is_none() {
                    return Err(self.key_error(k.clone()));
                }
                Ok(())
            }
            Value::ByteArray(b) => crate::objects::bytearray::delitem(self, b, k),
            Value::MemoryView(m) => {
                if m.live().is_none() {
                    return Err(crate::objects::buffer::released_error(self));
                }
                if m.readonly {
                    return Err(self.type_error("cannot modify read-only memory"));
                }
                Err(self.type_error("cannot delete memory"))
            }
            Value::Native(n) => match n.del_item(self, k) {
                Some(r) => r,
                None => {
                    let t = self.type_name(c);
                    Err(self.type_error(format!("'{t}' object doesn't support item deletion")))
                }
            },
            Value::Instance(_) | Value::Class(_) => {
                if let Some(m) = self.lookup_special(c, "__delitem__") {
                    self.call_value(m, vec![k.clone()], vec![])?;
                    return Ok(());
                }
                let t = self.type_name(c);
                Err(self.type_error(format!("'{t}' object doesn't support item deletion")))
            }
            _ => {
                let t = self.type_name(c);
                Err(self.type_error(format!("'{t}' object doesn't support item deletion")))
            }
        }
    }

    /// `len(v)`.
    pub(crate) fn len_of(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.borrow().len(),
            Value::Set(s) => s.borrow().len(),
            Value::FrozenSet(s) => s.len(),
            Value::Bytes(b) => b.len(),
            Value::ByteArray(b) => b.data.borrow().len(),
            Value::MemoryView(m) => crate::objects::memoryview::length(self, m)?,
            Value::Range(r) => crate::objects::range::len(self, r)?,
            Value::Native(_) if crate::objects::dict::as_view(v).is_some() => {
                crate::objects::dict::as_view(v).map(|view| view.dict.borrow().len()).unwrap_or(0)
            }
            Value::Instance(_) | Value::Class(_) | Value::Native(_) => {
                if let Some(m) = self.lookup_special(v, "__len__") {
                    let r = self.call_value(m, vec![], vec![])?;
                    let n = self.index_value(&r)?;
                    if n < 0 {
                        return Err(self.value_error("__len__() should return >= 0"));
                    }
                    return Ok(n as usize);
                }
                let t = self.type_name(v);
                return Err(self.type_error(format!("object of type '{t}' has no len()")));
            }
            _ => {
                let t = self.type_name(v);
                return Err(self.type_error(format!("object of type '{t}' has no len()")));
            }
        })
    }

    /// The first position in `start..stop` whose item is `x` or equal to it
    /// (`item == x`). The list is read afresh at each step, as CPython does, so an
    /// `__eq__` that changes it only shortens or lengthens the search.
    pub(crate) fn list_find(&mut self, l: &ListObj, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
        let mut i = start;
        loop {
            // Items that need no call out are compared under one borrow.
            let item = {
                let items = l.borrow();
                loop {
                    let Some(it) = items.get(i).filter(|_| i < stop) else { return Ok(None) };
                    if it.is(x) {
                        return Ok(Some(i));
                    }
                    match (it, x) {
                        (Value::Str(a), Value::Str(b)) => {
                            if crate::vm::dict::str_eq(a.as_str(), b.as_str()) {
                                return Ok(Some(i));
                            }
                        }
                        (Value::Int(_), Value::Int(_) | Value::Str(_)) | (Value::Str(_), Value::Int(_)) => {}
                        _ => break it.clone(),
                    }
                    i += 1;
                }
            };
            if self.eq(&item, x)? {
                return Ok(Some(i));
            }
            i += 1;
        }
    }

    /// `x in c`.
    pub(crate) fn contains(&mut self, c: &Value, x: &Value) -> PyResult<bool> {
        match c {
            Value::Str(s) => match x.builtin_value() {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => {
                    let t = self.type_name(x);
                    Err(self.type_error(format!("'in <string>' requires string as left operand, not {t}")))
                }
            },
            Value::List(l) => Ok(self.list_find(l, x, 0, usize::MAX)?.is_some()),
            Value::Tuple(t) => {
                let t = t.clone();
                for item in t.iter() {
                    if item.is(x) || self.eq(item, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => {
                let key = self.hash_key(x.clone())?;
                self.table_contains(&**d, &key)
            }
            Value::Set(s) => {
                let key = self.hash_key(x.clone())?;
                self.table_contains(&**s, &key)
            }
            Value::FrozenSet(s) => {
                let key = self.hash_key(x.clone())?;
                self.table_contains(&**s, &key)
            }
            Value::Range(r) => {
                let r = r.clone();
                crate::objects::range::contains(self, &r, x)
            }
            Value::Bytes(b) => {
                let b = b.clone();
                crate::objects::bytearray::contains(self, &b, x)
            }
            Value::ByteArray(b) => {
                let data = b.data.borrow().clone();
                crate::objects::bytearray::contains(self, &data, x)
            }
            Value::MemoryView(m) => {
                if m.live().is_none() {
                    return Err(crate::objects::buffer::released_error(self));
                }
                let it = self.get_iter(c)?;
                while let Some(item) = self.iter_next(&it)? {
                    if item.is(x) || self.eq(&item, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Native(_) if crate::objects::dict::as_view(c).is_some() => {
                let (dict, kind) = crate::objects::dict::as_view(c).map(|v| (v.dict.clone(), v.kind)).expect("view");
                if kind == DictViewKind::Keys {
                    let key = self.hash_key(x.clone())?;
                    return self.table_contains(&*dict, &key);
                }
                let it = self.get_iter(c)?;
                while let Some(item) = self.iter_next(&it)? {
                    if self.eq(&item, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Instance(_) | Value::Class(_) | Value::Native(_) if !matches!(c, Value::Class(k) if k.meta.is_none()) => {
                if let Some(m) = self.lookup_special(c, "__contains__") {
                    let r = self.call_value(m, vec![x.clone()], vec![])?;
                    return self.truthy(&r);
                }
                let it = self.get_iter(c)?;
                while let Some(item) = self.iter_next(&it)? {
                    if item.is(x) || self.eq(&item, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if matches!(c, Value::Iterator(_) | Value::Generator(_)) {
                    while let Some(item) = self.iter_next(c)? {
                        if item.is(x) || self.eq(&item, x)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                let t = self.type_name(c);
                Err(self.type_error(format!("argument of type '{t}' is not iterable")))
            }
        }
    }

    /// `iter(v)`.
    pub(crate) fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => {
                NativeIter::Seq { seq: v.clone(), index: 0 }
            }
            Value::MemoryView(m) => {
                if m.live().is_none() {
                    return Err(crate::objects::buffer::released_error(self));
                }
                match m.layout.shape.len() {
                    0 => return Err(self.type_error("invalid indexing of 0-dim memory")),
                    1 => NativeIter::Seq { seq: v.clone(), index: 0 },
                    _ => {
                        return Err(self.new_error(
                            Exc::NotImplementedError,
                            "multi-dimensional sub-views are not implemented",
                        ))
                    }
                }
            }
            Value::Range(r) => crate::objects::range::iter(r),
            Value::Dict(d) => {
                NativeIter::DictIter { dict: d.clone(), index: 0, kind: DictViewKind::Keys, len: d.borrow().len() }
            }
            Value::Set(s) => NativeIter::Values { items: crate::objects::set::iteration_order(&s.borrow()), index: 0 },
            Value::FrozenSet(s) => NativeIter::Values { items: crate::objects::set::iteration_order(s), index: 0 },
            Value::Iterator(_) => return Ok(v.clone()),
            Value::Native(_) if crate::objects::dict::as_view(v).is_some() => {
                let view = crate::objects::dict::as_view(v).expect("view");
                let len = view.dict.borrow().len();
                NativeIter::DictIter { dict: view.dict.clone(), index: 0, kind: view.kind, len }
            }
            Value::Generator(g) if g.kind == GenKind::Generator => return Ok(v.clone()),
            Value::Instance(_) | Value::Native(_) => {
                if let Some(m) = self.lookup_special(v, "__iter__") {
                    if matches!(m, Value::None) {
                        // `__iter__ = None` declares the object not iterable.
                        let t = self.type_name(v);
                        return Err(self.type_error(format!("'{t}' object is not iterable")));
                    }
                    let it = self.call_value(m, vec![], vec![])?;
                    if self.lookup_special(&it, "__next__").is_none()
                        && !matches!(it, Value::Iterator(_) | Value::Generator(_))
                    {
                        let t = self.type_name(&it);
                        return Err(self.type_error(format!("iter() returned non-iterator of type '{t}'")));
                    }
                    return Ok(it);
                }
                if self.lookup_special(v, "__getitem__").is_some() {
                    NativeIter::Seq { seq: v.clone(), index: 0 }
                } else {
                    let t = self.type_name(v);
                    return Err(self.type_error(format!("'{t}' object is not iterable")));
                }
            }
            Value::Descriptor(_) | Value::Class(_) => {
                if let Some(m) = self.lookup_special(v, "__iter__") {
                    if !matches!(m, Value::None) {
                        return self.call_value(m, vec![], vec![]);
                    }
                    let t = self.type_name(v);
                    return Err(self.type_error(format!("'{t}' object is not iterable")));
                }
                if matches!(v, Value::Class(c) if c.meta.is_some()) && self.lookup_special(v, "__getitem__").is_some() {
                    // The sequence protocol through the metaclass's `__getitem__`.
                    return Ok(Value::Iterator(Rc::new(std::cell::RefCell::new(NativeIter::Seq {
                        seq: v.clone(),
                        index: 0,
                    }))));
                }
                let t = self.type_name(v);
                return Err(self.type_error(format!("'{t}' object is not iterable")));
            }
            _ => {
                let t = self.type_name(v);
                return Err(self.type_error(format!("'{t}' object is not iterable")));
            }
        };
        Ok(Value::Iterator(Rc::new(std::cell::RefCell::new(state))))
    }

    /// `next(it)`: `None` when exhausted.
    pub(crate) fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        // A native consuming an iterator is charged per item (the dispatch loop
        // charges its own `for` loops at the backward jump instead).
        self.charge_work(1)?;
        self.iter_step(it)
    }

    /// `next(it)` without the charge: the `for` loop's step.
    pub(crate) fn iter_step(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iterator(state) => crate::objects::iters::native_next(self, state),
            Value::Generator(g) => {
                let g = g.clone();
                self.generator_next(&g)
            }
            _ => {
                if let Value::Native(n) = it {
                    if let Some(r) = n.iter_next(self) {
                        return r;
                    }
                }
                let Some(m) = self.lookup_special(it, "__next__") else {
                    let t = self.type_name(it);
                    return Err(self.type_error(format!("'{t}' object is not an iterator")));
                };
                match self.call_value(m, vec![], vec![]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.is_exc(&e, Exc::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// All items of an iterable.
    pub(crate) fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let mut out = Vec::new();
        // A range knows its length: one allocation, or MemoryError at once.
        if let Value::Range(r) = v {
            self.reserve_exact(&mut out, r.len_usize().unwrap_or(usize::MAX))?;
        }
        let it = self.get_iter(v)?;
        while let Some(x) = self.iter_next(&it)? {
            if out.len() == out.capacity() && out.try_reserve(1).is_err() {
                return Err(self.memory_error());
            }
            out.push(x);
        }
        Ok(out)
    }

    /// Unpacks exactly `n` items for `a, b = seq`.
    pub(crate) fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match seq {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            _ => {
                let iterable = matches!(
                    seq,
                    Value::Str(_)
                        | Value::Iterator(_)
                        | Value::Generator(_)
                        | Value::Instance(_)
                        | Value::Dict(_)
                        | Value::Set(_)
                        | Value::Range(_)
                        | Value::Bytes(_)
                        | Value::ByteArray(_)
                        | Value::MemoryView(_)
                        | Value::FrozenSet(_)
                ) || matches!(seq, Value::Class(c) if c.meta.is_some())
                    || (matches!(seq, Value::Native(_)) && self.lookup_special(seq, "__iter__").is_some());
                if !iterable {
                    let t = self.type_name(seq);
                    return Err(self.type_error(format!("cannot unpack non-iterable {t} object")));
                }
                let it = self.get_iter(seq)?;
                let mut out = Vec::new();
                while let Some(x) = self.iter_next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(self.value_error(format!("too many values to unpack (expected {n})")));
                    }
                }
                out
            }
        };
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        if items.len() < n {
            return Err(self.value_error(format!("not enough values to unpack (expected {n}, got {})", items.len())));
        }
        Ok(items)
    }

    /// `target.update(m)` for `{**m}`, and for `f(**m)` when `callee` is given: then a
    /// repeated key is an error and messages name the function, as CPython's.
    pub(crate) fn dict_update_from(&mut self, target: &Value, m: &Value, callee: Option<&Value>) -> PyResult<()> {
        let Value::Dict(target) = target else { return Ok(()) };
        // From a dict, its keys with the hashes it stored (no `__hash__` call again).
        let pairs: Vec<(Value, Value)> = match m {
            Value::Dict(d) => {
                let hashed: Vec<(HashKey, Value)> = d.borrow().entries().map(|(k, v)| (k.clone(), v.clone())).collect();
                return self.dict_merge(target, hashed, callee);
            }
            _ => {
                let Some(keys) = self.lookup_special(m, "keys") else {
                    let t = self.type_name(m);
                    let msg = match callee {
                        Some(c) => format!("{} argument after ** must be a mapping, not {t}", self.function_str(c)),
                        None => format!("'{t}' object is not a mapping"),
                    };
                    return Err(self.type_error(msg));
                };
                let keys = self.call_value(keys, vec![], vec![])?;
                let keys = self.collect_iterable(&keys)?;
                let mut out = Vec::new();
                for k in keys {
                    let v = self.get_item(m, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        let mut hashed = Vec::with_capacity(pairs.len());
        for (k, v) in pairs {
            hashed.push((self.hash_key(k)?, v));
        }
        self.dict_merge(target, hashed, callee)
    }

    /// Stores hashed items into `target` (see `dict_update_from`).
    fn dict_merge(
        &mut self,
        target: &Rc<RefCell<Dict>>,
        items: Vec<(HashKey, Value)>,
        callee: Option<&Value>,
    ) -> PyResult<()> {
        for (key, v) in items {
            if let Some(c) = callee {
                if self.table_contains(&**target, &key)? {
                    let r = self.repr(&key.key)?;
                    let fs = self.function_str(c);
                    return Err(self.type_error(format!("{fs} got multiple values for keyword argument {r}")));
                }
            }
            self.dict_set(target, key, v)?;
        }
        Ok(())
    }

    /// How CPython names a callable in call errors: `module.qualname()`, or `qualname()`
    /// for builtins (`print()`, `list.append()`).
    pub(crate) fn function_str(&mut self, callee: &Value) -> String {
        match callee {
            Value::Function(func) => {
                let qualname = func.qualname.borrow().clone();
                match func.module.borrow().as_str() {
                    Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
                    _ => format!("{qualname}()"),
                }
            }
            Value::BoundMethod(m) => match &m.func {
                // A method of a builtin type bound to its receiver: `list.append()`.
                Value::Builtin(b) => format!("{}.{}()", self.type_name(&m.receiver), b.name),
                func => {
                    let func = func.clone();
                    self.function_str(&func)
                }
            },
            Value::Class(c) if c.kind != ClassKind::Builtin && c.module.as_ref() != "builtins" => {
                format!("{}.{}()", c.module, c.qualname)
            }
            Value::Class(c) => format!("{}()", c.qualname),
            Value::Builtin(b) => match &b.bound {
                Some(receiver) => format!("{}.{}()", self.type_name(receiver), b.name),
                None => format!("{}()", b.name),
            },
            other => self.to_str(other).unwrap_or_default(),
        }
    }

    /// The positional arguments of `f(*args)` as a vector, with CPython's message when
    /// `args` is not iterable.
    pub(crate) fn star_args(&mut self, callee: &Value, args: Value) -> PyResult<Vec<Value>> {
        match args {
            Value::Tuple(t) => Ok(t.to_vec()),
            Value::List(l) => Ok(l.borrow().clone()),
            other => match self.collect_iterable(&other) {
                Err(_) if !self.is_iterable(&other) => {
                    let t = self.type_name(&other);
                    let fs = self.function_str(callee);
                    Err(self.type_error(format!("{fs} argument after * must be an iterable, not {t}")))
                }
                r => r,
            },
        }
    }

    /// Whether `v` can be iterated (it has `__iter__`, or `__getitem__` for the old protocol);
    /// asked after iterating failed, to tell "not iterable" from an error raised while iterating.
    pub(crate) fn is_iterable(&mut self, v: &Value) -> bool {
        match v {
            Value::Instance(_) => {
                self.lookup_special(v, "__iter__").is_some() || self.lookup_special(v, "__getitem__").is_some()
            }
            _ => self.get_iter(v).is_ok(),
        }
    }
}

//! `_bisect`: binary search in sorted sequences and sorted insertion, the
//! accelerator stdlib/bisect.py imports (its Python functions stay as the
//! fallback). Behaves as CPython 3.11's C module: `lo`/`hi` are C sizes (`hi`
//! of -1 or None means the sequence's length), any object with `__getitem__`
//! (and `__len__` when `hi` is not given) can be searched, items are ordered
//! by `<` alone, and the insorts call `insert` on anything but an exact list.

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// The module's functions; their signatures are declared in `signatures.rs`.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("bisect_left", bisect_left),
    ("bisect_right", bisect_right),
    ("insort_left", insort_left),
    ("insort_right", insort_right),
];

/// The `_bisect` module.
pub fn module() -> Value {
    super::make_module("_bisect", FUNCTIONS, vec![])
}

/// The bound arguments `(a, x, lo=0, hi=None, *, key=None)` of every function.
struct Call {
    seq: Value,
    item: Value,
    lo: i64,
    /// -1 stands for the length of `seq` (None, or -1 given explicitly).
    hi: i64,
    key: Option<Value>,
}

/// Binds the arguments (the declared signature already rejected unknown,
/// doubled or missing ones) and converts `lo` and `hi` as argument clinic does.
fn bind(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Call> {
    let arg = |i: usize, name: &str| args.get(i).or_else(|| crate::objects::kwarg(kwargs, name)).cloned();
    let (Some(seq), Some(item)) = (arg(0, "a"), arg(1, "x")) else {
        return Err(interp.type_error("missing required argument"));
    };
    let lo = match arg(2, "lo") {
        Some(v) => interp.index_value(&v)?,
        None => 0,
    };
    let hi = match arg(3, "hi") {
        Some(v) => optional_size(interp, &v)?,
        None => -1,
    };
    let key = crate::objects::kwarg(kwargs, "key").filter(|k| !k.is_none()).cloned();
    Ok(Call { seq, item, lo, hi, key })
}

/// `hi`: None (-1) or an object with `__index__` that fits a C size.
fn optional_size(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    let index = match v {
        Value::None => return Ok(-1),
        Value::Int(i) => return Ok(*i),
        Value::Bool(b) => return Ok(*b as i64),
        Value::BigInt(_) => v.clone(),
        _ => match interp.lookup_special(v, "__index__") {
            Some(m) if !matches!(v.builtin_value(), Value::Float(_)) => interp.call_value(m, vec![], vec![])?,
            _ => {
                let t = interp.type_name(v);
                return Err(interp.type_error(format!("argument should be integer or None, not '{t}'")));
            }
        },
    };
    match index.builtin_value() {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => {
            let t = interp.type_name(v);
            Err(interp.overflow_error(format!("cannot fit '{t}' into an index-sized integer")))
        }
        _ => {
            let t = interp.type_name(&index);
            Err(interp.type_error(format!("__index__ returned non-int (type {t})")))
        }
    }
}

/// `len(seq)` as CPython's sequence protocol takes it (a dict is no sequence).
fn seq_len(interp: &mut Interp, seq: &Value) -> PyResult<i64> {
    if let Value::Dict(_) = seq {
        return Err(interp.type_error("dict is not a sequence"));
    }
    Ok(interp.len_of(seq)? as i64)
}

/// `seq[i]` as CPython's sequence protocol takes it: types without item access
/// "do not support indexing", and a dict is no sequence.
fn seq_item(interp: &mut Interp, seq: &Value, i: i64) -> PyResult<Value> {
    let supported = match seq {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::MemoryView(_)
        | Value::Range(_)
        | Value::Native(_) => true,
        Value::Dict(_) => return Err(interp.type_error("dict is not a sequence")),
        Value::Instance(_) => seq.has_builtin_value() || interp.lookup_special(seq, "__getitem__").is_some(),
        _ => false,
    };
    if !supported {
        let t = interp.type_name(seq);
        return Err(interp.type_error(format!("'{t}' object does not support indexing")));
    }
    interp.get_item(seq, &Value::Int(i))
}

/// The index where `call.item` goes in the sorted `call.seq[lo:hi]` (seen
/// through `key`): after the items equal to it (`right`) or before them.
fn search(interp: &mut Interp, call: &Call, item: &Value, right: bool) -> PyResult<i64> {
    let mut lo = call.lo;
    if lo < 0 {
        return Err(interp.value_error("lo must be non-negative"));
    }
    let mut hi = if call.hi == -1 { seq_len(interp, &call.seq)? } else { call.hi };
    let plain_list = match (&call.seq, &call.key) {
        (Value::List(l), None) => Some(l),
        _ => None,
    };
    while lo < hi {
        // Unsigned, so that sizes near the C limit do not overflow.
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        interp.charge_work(1)?;
        // Whether the item goes before the one at `mid`: `item < probe` for the
        // right edge, `not probe < item` for the left one.
        let before = match plain_list.and_then(|l| in_place(l, mid, item, right)) {
            Some(before) => before,
            None => {
                let mut probe = seq_item(interp, &call.seq, mid)?;
                if let Some(key) = &call.key {
                    probe = interp.call_value(key.clone(), vec![probe], vec![])?;
                }
                if right {
                    interp.less_than(item, &probe)?
                } else {
                    !interp.less_than(&probe, item)?
                }
            }
        };
        if before {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// [`search`]'s step on an exact list when the item at `mid` and `item`
/// compare without running any code (ints, floats, strs): no clone, no call.
#[inline]
fn in_place(list: &ListObj, mid: i64, item: &Value, right: bool) -> Option<bool> {
    let items = list.borrow();
    let probe = items.get(mid as usize)?;
    if right {
        crate::vm::ops::plain_less(item, probe)
    } else {
        crate::vm::ops::plain_less(probe, item).map(|lt| !lt)
    }
}

fn bisect_left(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let call = bind(interp, args, kwargs)?;
    Ok(Value::Int(search(interp, &call, &call.item, false)?))
}

fn bisect_right(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let call = bind(interp, args, kwargs)?;
    Ok(Value::Int(search(interp, &call, &call.item, true)?))
}

/// Inserts `call.item` where [`search`] puts it: straight into an exact list,
/// through the `insert` method of anything else (list subclasses included).
fn insort(interp: &mut Interp, args: &[Value], kwargs: KwArgs, right: bool) -> PyResult<Value> {
    let call = bind(interp, args, kwargs)?;
    // The key of the new item is taken before anything is checked.
    let probe = match &call.key {
        Some(key) => interp.call_value(key.clone(), vec![call.item.clone()], vec![])?,
        None => call.item.clone(),
    };
    let index = search(interp, &call, &probe, right)?;
    if let Value::List(l) = &call.seq {
        let mut items = l.borrow_mut();
        let at = (index as usize).min(items.len());
        items.insert(at, call.item.clone());
        return Ok(Value::None);
    }
    let insert = interp.get_attr(&call.seq, "insert")?;
    interp.call_value(insert, vec![Value::Int(index), call.item.clone()], vec![])?;
    Ok(Value::None)
}

fn insort_left(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    insort(interp, args, kwargs, false)
}

fn insort_right(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    insort(interp, args, kwargs, true)
}

//! `range` over arbitrary ints. Bounds are kept as int values (small ints
//! inline, big ones as `BigInt`); a range whose bounds all fit an i64 takes
//! the fast paths (iteration, length, indexing), any other works exactly in
//! big-int arithmetic, as CPython's ranges do: `range(10**30)[10**29]`,
//! `10**29 in range(10**30)` and `range(10**30).index(5)` all answer at once.

use crate::vm::interp::Interp;
use crate::vm::object::{NativeIter, PyResult, RangeObj};
use crate::vm::ops::to_bigint;
use crate::vm::types::Exc;
use crate::vm::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

impl RangeObj {
    /// The bounds as i64s when all three fit.
    #[inline]
    pub fn small(&self) -> Option<(i64, i64, i64)> {
        match (&self.start, &self.stop, &self.step) {
            (Value::Int(a), Value::Int(b), Value::Int(c)) => Some((*a, *b, *c)),
            _ => None,
        }
    }

    /// The bounds as big ints.
    pub fn big(&self) -> (BigInt, BigInt, BigInt) {
        let b = |v: &Value| to_bigint(v).unwrap_or_default();
        (b(&self.start), b(&self.stop), b(&self.step))
    }

    /// The number of items, exactly.
    pub fn len_big(&self) -> BigInt {
        if let Some((a, b, c)) = self.small() {
            return BigInt::from(small_len(a, b, c));
        }
        let (start, stop, step) = self.big();
        let (lo, hi, step) = if step.is_positive() { (start, stop, step) } else { (stop, start, -step) };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - 1u8) / step + 1u8
    }

    /// The number of items when it fits a usize.
    pub fn len_usize(&self) -> Option<usize> {
        match self.small() {
            Some((a, b, c)) => usize::try_from(small_len(a, b, c)).ok(),
            None => self.len_big().to_usize(),
        }
    }

    /// Whether the range is empty.
    pub fn is_empty(&self) -> bool {
        match self.small() {
            Some((a, b, c)) => small_len(a, b, c) == 0,
            None => self.len_big().is_zero(),
        }
    }

    /// The item at position `i` (0 <= i < len).
    pub fn item(&self, i: &BigInt) -> Value {
        let (start, _, step) = self.big();
        Value::bigint(start + i * step)
    }

    /// The position of `x` in the range, if it is there.
    pub fn position(&self, x: &BigInt) -> Option<BigInt> {
        let (start, _, step) = self.big();
        let (q, r) = (x - &start).div_rem(&step);
        (r.is_zero() && !q.is_negative() && q < self.len_big()).then_some(q)
    }
}

/// Length of a range with i64 bounds (i128 arithmetic cannot overflow).
fn small_len(start: i64, stop: i64, step: i64) -> i128 {
    let (a, b, c) = (start as i128, stop as i128, step as i128);
    if c > 0 && a < b {
        (b - a - 1) / c + 1
    } else if c < 0 && a > b {
        (a - b - 1) / (-c) + 1
    } else {
        0
    }
}

/// A range argument: an int, or an object with `__index__`.
fn int_operand(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => {
            if let Some(m) = interp.lookup_special(v, "__index__") {
                let r = interp.call_value(m, vec![], vec![])?;
                if let Some(b) = to_bigint(&r) {
                    return Ok(Value::bigint(b));
                }
                let rt = interp.type_name(&r);
                return Err(interp.type_error(format!("__index__ returned non-int (type {rt})")));
            }
            let t = interp.type_name(v);
            Err(interp.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// `range(stop)`, `range(start, stop[, step])`.
pub fn new(interp: &mut Interp, args: &[Value]) -> PyResult<Value> {
    let mut nums = Vec::with_capacity(3);
    for a in args {
        nums.push(int_operand(interp, a)?);
    }
    let one = Value::Int(1);
    let (start, stop, step) = match nums.as_slice() {
        [stop] => (Value::Int(0), stop.clone(), one),
        [start, stop] => (start.clone(), stop.clone(), one),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => unreachable!("range takes 1 to 3 arguments"),
    };
    if matches!(step, Value::Int(0)) {
        return Err(interp.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(RangeObj { start, stop, step })))
}

/// `len(r)`: OverflowError past what a C ssize_t holds, as CPython.
pub fn len(interp: &mut Interp, r: &RangeObj) -> PyResult<usize> {
    match r.len_usize().filter(|n| *n <= isize::MAX as usize) {
        Some(n) => Ok(n),
        None => Err(interp.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `r[k]`: an item, or a range for a slice.
pub fn getitem(interp: &mut Interp, r: &Rc<RangeObj>, k: &Value) -> PyResult<Value> {
    if let Value::Slice(s) = k {
        return slice(interp, r, s);
    }
    if let (Some((start, stop, step)), Value::Int(i)) = (r.small(), k) {
        // The common case: no big-int arithmetic.
        let len = small_len(start, stop, step);
        let at = if *i < 0 { *i as i128 + len } else { *i as i128 };
        if at < 0 || at >= len {
            return Err(interp.index_error("range object index out of range"));
        }
        return Ok(Value::Int((start as i128 + at * step as i128) as i64));
    }
    let i = match k {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => to_bigint(k).unwrap_or_default(),
        _ if interp.lookup_special(k, "__index__").is_some() => to_bigint(&int_operand(interp, k)?).unwrap_or_default(),
        _ => {
            let t = interp.type_name(k);
            return Err(interp.type_error(format!("range indices must be integers or slices, not {t}")));
        }
    };
    index(interp, r, &i)
}

/// `r[i]` for an int `i` (negative counts from the end).
pub fn index(interp: &mut Interp, r: &RangeObj, i: &BigInt) -> PyResult<Value> {
    let n = r.len_big();
    let at = if i.is_negative() { i + &n } else { i.clone() };
    if at.is_negative() || at >= n {
        return Err(interp.index_error("range object index out of range"));
    }
    if let (Some((a, _, c)), Some(k)) = (r.small(), at.to_i64()) {
        return Ok(Value::Int(a + k * c));
    }
    Ok(r.item(&at))
}

/// `r[a:b:c]`: another range.
pub fn slice(interp: &mut Interp, r: &RangeObj, s: &crate::vm::object::SliceObj) -> PyResult<Value> {
    let n = r.len_big();
    let (lo, hi, st) = slice_indices(interp, s, &n)?;
    let (start, _, step) = r.big();
    let new_start = &start + &lo * &step;
    let new_stop = &start + &hi * &step;
    let new_step = step * st;
    Ok(Value::Range(Rc::new(RangeObj {
        start: Value::bigint(new_start),
        stop: Value::bigint(new_stop),
        step: Value::bigint(new_step),
    })))
}

/// A slice's start, stop and step resolved against a length of any size (as
/// CPython's `_PySlice_GetLongIndices`).
fn slice_indices(
    interp: &mut Interp,
    s: &crate::vm::object::SliceObj,
    len: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let operand = |interp: &mut Interp, v: &Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        match int_operand(interp, v) {
            Ok(i) => Ok(to_bigint(&i)),
            Err(e) if interp.is_exc(&e, Exc::TypeError) => Err(interp
                .type_error("slice indices must be integers or None or have an __index__ method")),
            Err(e) => Err(e),
        }
    };
    let step = operand(interp, &s.step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(interp.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() { (BigInt::from(-1), len - 1u8) } else { (BigInt::zero(), len.clone()) };
    let clamp = |i: BigInt| -> BigInt {
        if i.is_negative() {
            let j = i + len;
            if j < lower {
                lower.clone()
            } else {
                j
            }
        } else if i > upper {
            upper.clone()
        } else {
            i
        }
    };
    let start = match operand(interp, &s.start)? {
        Some(i) => clamp(i),
        None if step.is_negative() => upper.clone(),
        None => lower.clone(),
    };
    let stop = match operand(interp, &s.stop)? {
        Some(i) => clamp(i),
        None if step.is_negative() => lower.clone(),
        None => upper.clone(),
    };
    Ok((start, stop, step))
}

/// `x in r`: arithmetic for ints, else comparing with each item as CPython does.
pub fn contains(interp: &mut Interp, r: &RangeObj, x: &Value) -> PyResult<bool> {
    if let Some(b) = int_value(x) {
        return Ok(r.position(&b).is_some());
    }
    let it = interp.get_iter(&Value::Range(Rc::new(r.clone())))?;
    while let Some(item) = interp.iter_next(&it)? {
        if interp.eq(&item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// An exact int (or bool) as a big int; int subclasses compare through `==`.
fn int_value(x: &Value) -> Option<BigInt> {
    match x {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => to_bigint(x),
        _ => None,
    }
}

/// `r.index(x)`.
pub fn find(interp: &mut Interp, r: &RangeObj, x: &Value) -> PyResult<Value> {
    if let Some(b) = int_value(x) {
        if let Some(p) = r.position(&b) {
            return Ok(Value::bigint(p));
        }
    } else {
        let it = interp.get_iter(&Value::Range(Rc::new(r.clone())))?;
        let mut i = 0i64;
        while let Some(item) = interp.iter_next(&it)? {
            if interp.eq(&item, x)? {
                return Ok(Value::Int(i));
            }
            i += 1;
        }
    }
    let rep = interp.repr(x)?;
    Err(interp.value_error(format!("{rep} is not in range")))
}

/// `r.count(x)`.
pub fn count(interp: &mut Interp, r: &RangeObj, x: &Value) -> PyResult<Value> {
    if let Some(b) = int_value(x) {
        return Ok(Value::Int(r.position(&b).is_some() as i64));
    }
    let it = interp.get_iter(&Value::Range(Rc::new(r.clone())))?;
    let mut n = 0i64;
    while let Some(item) = interp.iter_next(&it)? {
        if interp.eq(&item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// Ranges are equal when they produce the same items.
pub fn equal(x: &RangeObj, y: &RangeObj) -> bool {
    let n = x.len_big();
    if n != y.len_big() {
        return false;
    }
    let (xs, _, xstep) = x.big();
    let (ys, _, ystep) = y.big();
    n.is_zero() || (xs == ys && (n.is_one() || xstep == ystep))
}

/// `hash(r)`: as `hash((len, start, step))`, with `None` for what the length
/// makes irrelevant (both when empty, the step when it has one item).
pub fn hash(interp: &mut Interp, r: &RangeObj) -> PyResult<u64> {
    let n = r.len_big();
    let (start, step) = if n.is_zero() {
        (Value::None, Value::None)
    } else if n.is_one() {
        (r.start.clone(), Value::None)
    } else {
        (r.start.clone(), r.step.clone())
    };
    let t = Value::tuple(vec![Value::bigint(n), start, step]);
    interp.hash_of(&t)
}

/// The repr: `range(a, b)` or `range(a, b, c)`.
pub fn repr(r: &RangeObj) -> String {
    let s = |v: &Value| to_bigint(v).unwrap_or_default().to_string();
    if matches!(r.step, Value::Int(1)) {
        format!("range({}, {})", s(&r.start), s(&r.stop))
    } else {
        format!("range({}, {}, {})", s(&r.start), s(&r.stop), s(&r.step))
    }
}

/// An iterator over the range: the i64 fast path, or positions into it.
pub fn iter(r: &Rc<RangeObj>) -> NativeIter {
    match r.small() {
        Some((start, stop, step)) => NativeIter::Range { next: start, stop, step },
        None => NativeIter::Seq { seq: Value::Range(r.clone()), index: 0 },
    }
}

/// `reversed(r)`: the range walked backwards.
pub fn reversed(interp: &mut Interp, r: &RangeObj) -> PyResult<NativeIter> {
    let n = r.len_big();
    if let (Some((start, _, step)), Some(len)) = (r.small(), n.to_i64()) {
        // The last item and the one before the first, when they fit an i64.
        let last = start as i128 + (len as i128 - 1) * step as i128;
        let before = start as i128 - step as i128;
        if let (Ok(last), Ok(before)) = (i64::try_from(last), i64::try_from(before)) {
            return Ok(NativeIter::Range { next: last, stop: before, step: -step });
        }
    }
    if n.is_zero() {
        return Ok(NativeIter::Range { next: 0, stop: 0, step: 1 });
    }
    let (start, _, step) = r.big();
    let last = &start + (&n - 1u8) * &step;
    let reversed = RangeObj { start: Value::bigint(last), stop: Value::bigint(start - &step), step: Value::bigint(-step) };
    if reversed.len_usize().is_none() {
        return Err(interp.new_error(Exc::OverflowError, "Python int too large to convert to C ssize_t"));
    }
    Ok(NativeIter::Seq { seq: Value::Range(Rc::new(reversed)), index: 0 })
}

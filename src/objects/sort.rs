//! A stable merge sort whose comparisons may call into the language and fail,
//! used by `list.sort` and `sorted` (Rust's sort may panic on inconsistent orders).

use crate::objects::kwarg;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// Sorts in place honouring `key=` and `reverse=`.
pub fn sort_values(interp: &mut Interp, items: &mut Vec<Value>, kwargs: KwArgs) -> PyResult<()> {
    let key = kwarg(kwargs, "key").cloned().filter(|k| !k.is_none());
    let reverse = match kwarg(kwargs, "reverse") {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    if key.is_none() && sort_plain_values(interp, items, reverse)? {
        return Ok(());
    }
    let keys: Vec<Value> = match &key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(interp.call_value(f.clone(), vec![it.clone()], vec![])?);
            }
            ks
        }
        None => items.clone(),
    };
    if let Some(mut order) = native_order(interp, &keys)? {
        if reverse {
            order.reverse();
            order = stable_reverse_fix(&keys, order);
        }
        let sorted: Vec<Value> = order.into_iter().map(|i| items[i].clone()).collect();
        *items = sorted;
        return Ok(());
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        // Reversing before and after a stable sort keeps equal items in their original order.
        order.reverse();
    }
    merge_sort(interp, &mut order, &keys, reverse)?;
    if reverse {
        order.reverse();
    }
    let sorted: Vec<Value> = order.into_iter().map(|i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

/// One comparison of the general sort, charged to the host's limits.
fn less(interp: &mut Interp, a: &Value, b: &Value) -> PyResult<bool> {
    interp.charge_work(1)?;
    interp.less_than(a, b)
}

fn merge_sort(interp: &mut Interp, order: &mut [usize], keys: &[Value], _reverse: bool) -> PyResult<()> {
    let n = order.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion sort for short runs.
    if n <= 12 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(interp, &keys[order[j]], &keys[order[j - 1]])? {
                order.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(interp, &mut order[..mid], keys, _reverse)?;
    merge_sort(interp, &mut order[mid..], keys, _reverse)?;
    let left: Vec<usize> = order[..mid].to_vec();
    let right: Vec<usize> = order[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if less(interp, &keys[right[j]], &keys[left[i]])? {
            order[k] = right[j];
            j += 1;
        } else {
            order[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        order[k] = left[i];
        i += 1;
        k += 1;
    }
    while j < right.len() {
        order[k] = right[j];
        j += 1;
        k += 1;
    }
    Ok(())
}

/// Sorts a list of only ints, only floats (no NaN) or only strs in place, without a
/// key; `Ok(false)` (and `items` untouched) for any other list. A stable sort on the
/// values themselves, with the comparison flipped for `reverse`, keeps equal items in
/// their original order as Python does.
fn sort_plain_values(interp: &mut Interp, items: &mut [Value], reverse: bool) -> PyResult<bool> {
    use std::cmp::Ordering;
    let flip = |o: Ordering| if reverse { o.reverse() } else { o };
    if items.iter().all(|v| matches!(v, Value::Int(_))) {
        let mut ints: Vec<i64> = items.iter().map(|v| if let Value::Int(i) = v { *i } else { 0 }).collect();
        sort_chunked(interp, &mut ints, |a, b| flip(a.cmp(b)))?;
        for (slot, i) in items.iter_mut().zip(ints) {
            *slot = Value::Int(i);
        }
        return Ok(true);
    }
    if items.iter().all(|v| matches!(v, Value::Float(f) if !f.is_nan())) {
        // Without NaN, partial_cmp is a total preorder (-0.0 equals 0.0, as in Python).
        let mut fs: Vec<f64> = items.iter().map(|v| if let Value::Float(f) = v { *f } else { 0.0 }).collect();
        sort_chunked(interp, &mut fs, |a, b| flip(a.partial_cmp(b).unwrap_or(Ordering::Equal)))?;
        for (slot, f) in items.iter_mut().zip(fs) {
            *slot = Value::Float(f);
        }
        return Ok(true);
    }
    if items.iter().all(|v| matches!(v, Value::Str(_))) {
        let mut order: Vec<usize> = (0..items.len()).collect();
        sort_chunked(interp, &mut order, |&a, &b| match (&items[a], &items[b]) {
            (Value::Str(x), Value::Str(y)) => flip(x.cmp_text(y)),
            _ => Ordering::Equal,
        })?;
        let sorted: Vec<Value> = order.into_iter().map(|i| items[i].clone()).collect();
        items.clone_from_slice(&sorted);
        return Ok(true);
    }
    Ok(false)
}

/// A stable ascending order of `keys` computed without calling into the language,
/// when every key is an int, every key a non-NaN float, or every key a str.
fn native_order(interp: &mut Interp, keys: &[Value]) -> PyResult<Option<Vec<usize>>> {
    use std::cmp::Ordering;
    let mut order: Vec<usize> = (0..keys.len()).collect();
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        let ints: Vec<i64> = keys.iter().map(|k| if let Value::Int(i) = k { *i } else { 0 }).collect();
        sort_chunked(interp, &mut order, |&a, &b| ints[a].cmp(&ints[b]))?;
        return Ok(Some(order));
    }
    if keys.iter().all(|k| matches!(k, Value::Float(f) if !f.is_nan())) {
        let fs: Vec<f64> = keys.iter().map(|k| if let Value::Float(f) = k { *f } else { 0.0 }).collect();
        sort_chunked(interp, &mut order, |&a, &b| fs[a].partial_cmp(&fs[b]).unwrap_or(Ordering::Equal))?;
        return Ok(Some(order));
    }
    if keys.iter().all(|k| matches!(k, Value::Str(_))) {
        sort_chunked(interp, &mut order, |&a, &b| match (&keys[a], &keys[b]) {
            (Value::Str(x), Value::Str(y)) => x.cmp_text(y),
            _ => Ordering::Equal,
        })?;
        return Ok(Some(order));
    }
    Ok(None)
}

/// Items sorted per step of [`sort_chunked`] between two charges.
const SORT_CHUNK: usize = 1 << 15;

/// A stable sort done in steps, charging each step to the host's limits (and
/// taking Ctrl-C) between them: runs of `SORT_CHUNK` items are sorted, then
/// merged pairwise, so a sort of millions of items stops at a deadline.
fn sort_chunked<T: Copy>(
    interp: &mut Interp,
    v: &mut [T],
    mut cmp: impl FnMut(&T, &T) -> std::cmp::Ordering,
) -> PyResult<()> {
    let n = v.len();
    if n <= SORT_CHUNK {
        v.sort_by(&mut cmp);
        return interp.charge_work(n as u64);
    }
    for chunk in v.chunks_mut(SORT_CHUNK) {
        chunk.sort_by(&mut cmp);
        interp.charge_work(SORT_CHUNK as u64 * 4)?;
    }
    let mut buf: Vec<T> = Vec::new();
    interp.reserve_exact(&mut buf, n)?;
    buf.extend_from_slice(v);
    let mut width = SORT_CHUNK;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            merge_runs(&v[lo..mid], &v[mid..hi], &mut buf[lo..hi], &mut cmp);
            interp.charge_work((hi - lo) as u64)?;
        }
        v.copy_from_slice(&buf);
        width *= 2;
    }
    Ok(())
}

/// Merges two sorted runs into `out`, taking from `left` on ties (stable).
fn merge_runs<T: Copy>(left: &[T], right: &[T], out: &mut [T], cmp: &mut impl FnMut(&T, &T) -> std::cmp::Ordering) {
    let (mut i, mut j) = (0, 0);
    for slot in out.iter_mut() {
        let take_right = i == left.len() || (j < right.len() && cmp(&right[j], &left[i]).is_lt());
        if take_right {
            *slot = right[j];
            j += 1;
        } else {
            *slot = left[i];
            i += 1;
        }
    }
}

/// After reversing an ascending stable order, restores the original order among equal keys
/// (Python's `reverse=True` keeps equal items in their original order).
fn stable_reverse_fix(keys: &[Value], order: Vec<usize>) -> Vec<usize> {
    let mut out = Vec::with_capacity(order.len());
    let mut i = 0;
    while i < order.len() {
        let mut j = i + 1;
        while j < order.len() && crate::vm::dict::keys_equal(&keys[order[i]], &keys[order[j]]) {
            j += 1;
        }
        let mut run: Vec<usize> = order[i..j].to_vec();
        run.sort_unstable();
        out.extend(run);
        i = j;
    }
    out
}

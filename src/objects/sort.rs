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
    if key.is_none() && sort_plain_values(items, reverse) {
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
    if let Some(mut order) = native_order(&keys) {
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

fn merge_sort(interp: &mut Interp, order: &mut [usize], keys: &[Value], _reverse: bool) -> PyResult<()> {
    let n = order.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion sort for short runs.
    if n <= 12 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && interp.less_than(&keys[order[j]], &keys[order[j - 1]])? {
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
        if interp.less_than(&keys[right[j]], &keys[left[i]])? {
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

/// A stable ascending order of `keys` computed without calling into the language,
/// when every key is an int, every key a non-NaN float, or every key a str.
/// Sorts a list of only ints, only floats (no NaN) or only strs in place, without a
/// key; false (and `items` untouched) for any other list. A stable sort on the values
/// themselves, with the comparison flipped for `reverse`, keeps equal items in their
/// original order as Python does.
fn sort_plain_values(items: &mut [Value], reverse: bool) -> bool {
    use std::cmp::Ordering;
    let flip = |o: Ordering| if reverse { o.reverse() } else { o };
    if items.iter().all(|v| matches!(v, Value::Int(_))) {
        // Equal ints are indistinguishable: no need for stability.
        let mut ints: Vec<i64> = items.iter().map(|v| if let Value::Int(i) = v { *i } else { 0 }).collect();
        ints.sort_unstable();
        if reverse {
            ints.reverse();
        }
        for (slot, i) in items.iter_mut().zip(ints) {
            *slot = Value::Int(i);
        }
        return true;
    }
    if items.iter().all(|v| matches!(v, Value::Float(f) if !f.is_nan())) {
        // Without NaN, partial_cmp is a total preorder (-0.0 equals 0.0, as in Python).
        items.sort_by(|a, b| match (a, b) {
            (Value::Float(x), Value::Float(y)) => flip(x.partial_cmp(y).unwrap_or(Ordering::Equal)),
            _ => Ordering::Equal,
        });
        return true;
    }
    if items.iter().all(|v| matches!(v, Value::Str(_))) {
        items.sort_by(|a, b| match (a, b) {
            (Value::Str(x), Value::Str(y)) => flip(x.cmp_text(y)),
            _ => Ordering::Equal,
        });
        return true;
    }
    false
}

fn native_order(keys: &[Value]) -> Option<Vec<usize>> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        let ints: Vec<i64> = keys.iter().map(|k| if let Value::Int(i) = k { *i } else { 0 }).collect();
        order.sort_by_key(|&i| ints[i]);
        return Some(order);
    }
    if keys.iter().all(|k| matches!(k, Value::Float(f) if !f.is_nan())) {
        let fs: Vec<f64> = keys.iter().map(|k| if let Value::Float(f) = k { *f } else { 0.0 }).collect();
        // Without NaN, partial_cmp is a total preorder (-0.0 equals 0.0, as in Python).
        order.sort_by(|&a, &b| fs[a].partial_cmp(&fs[b]).unwrap_or(std::cmp::Ordering::Equal));
        return Some(order);
    }
    if keys.iter().all(|k| matches!(k, Value::Str(_))) {
        order.sort_by(|&a, &b| match (&keys[a], &keys[b]) {
            (Value::Str(x), Value::Str(y)) => x.cmp_text(y),
            _ => std::cmp::Ordering::Equal,
        });
        return Some(order);
    }
    None
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

//! A stable merge sort whose comparisons may call into the language and fail,
//! used by `list.sort` and `sorted` (Rust's sort may panic on inconsistent orders).

use super::kwarg;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// Sorts in place honouring `key=` and `reverse=`.
pub fn sort_values(interp: &mut Interp, items: &mut Vec<Value>, kwargs: KwArgs) -> PyResult<()> {
    for (k, _) in kwargs {
        if k.as_ref() != "key" && k.as_ref() != "reverse" {
            return Err(interp.type_error(format!("'{k}' is an invalid keyword argument for sort()")));
        }
    }
    let key = kwarg(kwargs, "key").cloned().filter(|k| !k.is_none());
    let reverse = match kwarg(kwargs, "reverse") {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
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

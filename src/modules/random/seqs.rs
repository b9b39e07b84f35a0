//! The sequence methods: `choice`, `shuffle`, `sample` and `choices`.

use super::args::{arith, bind, float_arg, index_big, int_arg};
use super::Gen;
use crate::syntax::ast::BinOp;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use num_traits::{Signed, ToPrimitive};

// ---------------------------------------------------------------- sequences

/// `choice(seq)`: `seq[self._randbelow(len(seq))]`.
pub(super) fn choice_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let seq = if args.len() == 1 && kwargs.is_empty() {
        args[0].clone()
    } else {
        bind(interp, "Random.choice", args, kwargs, &["seq"], 1, &[])?[0].clone().unwrap()
    };
    let n = interp.len_of(&seq)?;
    if n == 0 {
        return Err(interp.index_error("Cannot choose from an empty sequence"));
    }
    if !g.fast_below() {
        let i = g.below_value(interp, Value::Int(n as i64))?;
        return interp.get_item(&seq, &i);
    }
    let i = g.st.below_u64(n as u64) as usize;
    match &seq {
        Value::List(l) => {
            if let Some(v) = l.0.borrow().get(i) {
                return Ok(v.clone());
            }
        }
        Value::Tuple(t) => return Ok(t.0[i].clone()),
        _ => {}
    }
    interp.get_item(&seq, &Value::Int(i as i64))
}

/// `shuffle(x)`: Fisher-Yates with `self._randbelow`.
pub(super) fn shuffle_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = bind(interp, "Random.shuffle", args, kwargs, &["x"], 1, &[])?[0].clone().unwrap_or(Value::None);
    let n = interp.len_of(&x)?;
    if let (Value::List(l), true) = (&x, g.fast_below()) {
        let mut v = l.0.borrow_mut();
        if v.len() == n {
            g.st.with(|m| {
                for i in (1..n).rev() {
                    let j = m.below_u64(i as u64 + 1) as usize;
                    v.swap(i, j);
                }
            });
            return Ok(Value::None);
        }
    }
    for i in (1..n).rev() {
        let jv = g.below_value(interp, Value::Int(i as i64 + 1))?;
        let iv = Value::Int(i as i64);
        let xj = interp.get_item(&x, &jv)?;
        let xi = interp.get_item(&x, &iv)?;
        interp.set_item(&x, iv, xj)?;
        interp.set_item(&x, jv.clone(), xi)?;
    }
    Ok(Value::None)
}

/// `isinstance(v, collections.abc.Sequence)`.
fn is_sequence(interp: &mut Interp, v: &Value) -> PyResult<bool> {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_) => return Ok(true),
        Value::Dict(_) | Value::Set(_) | Value::Int(_) | Value::Float(_) | Value::None => return Ok(false),
        _ => {}
    }
    let abc = interp.import_module("_collections_abc")?;
    let sequence = interp.get_attr(&abc, "Sequence")?;
    let isinstance = interp.builtins.borrow().get_str("isinstance").cloned();
    let Some(isinstance) = isinstance else { return Ok(false) };
    let r = interp.call_value(isinstance, vec![v.clone(), sequence], vec![])?;
    interp.truthy(&r)
}

/// The index selection of `sample(range(n), k)`.
fn sample_indices(interp: &mut Interp, g: &Gen, n: u64, k: &Value) -> PyResult<Vec<u64>> {
    let k = match k {
        Value::Int(k) => *k,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => return Err(interp.value_error("Sample larger than population or is negative")),
        Value::Float(f) => {
            if !(0.0 <= *f && *f <= n as f64) {
                return Err(interp.value_error("Sample larger than population or is negative"));
            }
            return Err(interp.type_error("can't multiply sequence by non-int of type 'float'"));
        }
        other => match index_big(interp, other)? {
            Some(b) => b.to_i64().unwrap_or(-1),
            None => {
                let t = interp.type_name(other);
                return Err(interp.type_error(format!("'<=' not supported between instances of 'int' and '{t}'")));
            }
        },
    };
    if k < 0 || k as u64 > n {
        return Err(interp.value_error("Sample larger than population or is negative"));
    }
    let k = k as u64;
    let mut setsize: u64 = 21;
    if k > 5 {
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        setsize = setsize.saturating_add(4u64.saturating_pow(e.ceil() as u32));
    }
    let mut result = Vec::new();
    interp.reserve_exact(&mut result, k as usize)?;
    let mut selected = std::collections::HashSet::new();
    if n > setsize && selected.try_reserve(k as usize).is_err() {
        return Err(interp.memory_error());
    }
    if n <= setsize {
        let mut pool: Vec<u64> = (0..n).collect();
        for i in 0..k {
            let j = g.below_u64(interp, n - i)? as usize;
            result.push(pool[j]);
            pool[j] = pool[(n - i - 1) as usize];
        }
    } else {
        for _ in 0..k {
            let mut j = g.below_u64(interp, n)?;
            while selected.contains(&j) {
                j = g.below_u64(interp, n)?;
            }
            selected.insert(j);
            result.push(j);
        }
    }
    Ok(result)
}

/// `sample(population, k, *, counts=None)`.
pub(super) fn sample_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.sample", args, kwargs, &["population", "k"], 2, &["counts"])?;
    let pop = s[0].clone().unwrap();
    let k = s[1].clone().unwrap();
    if !is_sequence(interp, &pop)? {
        return Err(interp.type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    let n = interp.len_of(&pop)? as u64;
    if let Some(counts) = s[2].clone().filter(|c| !c.is_none()) {
        // cum_counts = list(accumulate(counts))
        let items = interp.collect_iterable(&counts)?;
        let mut cum = running_sums(interp, items)?;
        if cum.len() as u64 != n {
            return Err(interp.value_error("The number of counts does not match the population"));
        }
        let total = match cum.pop() {
            Some(t) => t,
            None => return Err(interp.index_error("pop from empty list")),
        };
        let total = match &total {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => crate::vm::ops::to_bigint(&total).unwrap(),
            _ => return Err(interp.type_error("Counts must be integers")),
        };
        if !total.is_positive() {
            return Err(interp.value_error("Total of counts must be greater than zero"));
        }
        let total = match total.to_u64() {
            Some(t) if t < i64::MAX as u64 => t,
            _ => return Err(interp.overflow_error("Python int too large to convert to C ssize_t")),
        };
        let sel = sample_indices(interp, g, total, &k)?;
        let mut out = Vec::with_capacity(sel.len());
        for s in sel {
            let x = Value::Int(s as i64);
            // bisect_right(cum_counts, s)
            let (mut lo, mut hi) = (0usize, cum.len());
            while lo < hi {
                let mid = (lo + hi) / 2;
                if interp.less_than(&x, &cum[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.push(interp.get_item(&pop, &Value::Int(lo as i64))?);
        }
        return Ok(Value::list(out));
    }
    let sel = sample_indices(interp, g, n, &k)?;
    let mut out = Vec::with_capacity(sel.len());
    for j in sel {
        out.push(item_at(interp, &pop, j as usize)?);
    }
    Ok(Value::list(out))
}

/// `seq[i]`, directly for lists and tuples.
fn item_at(interp: &mut Interp, seq: &Value, i: usize) -> PyResult<Value> {
    match seq {
        Value::List(l) => {
            if let Some(v) = l.0.borrow().get(i) {
                return Ok(v.clone());
            }
        }
        Value::Tuple(t) => {
            if let Some(v) = t.0.get(i) {
                return Ok(v.clone());
            }
        }
        _ => {}
    }
    interp.get_item(seq, &Value::Int(i as i64))
}

/// `choices(population, weights=None, *, cum_weights=None, k=1)`.
pub(super) fn choices_(interp: &mut Interp, g: &Gen, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.choices", args, kwargs, &["population", "weights"], 1, &["cum_weights", "k"])?;
    let pop = s[0].clone().unwrap();
    let weights = s[1].clone().unwrap_or(Value::None);
    let cum_given = s[2].clone().unwrap_or(Value::None);
    let k = match &s[3] {
        None => 1,
        Some(v) => {
            let b = int_arg(interp, v)?;
            match b.to_i64() {
                Some(k) => k.max(0),
                None if b.is_negative() => 0,
                None => return Err(interp.overflow_error("Python int too large to convert to C ssize_t")),
            }
        }
    };
    let n = interp.len_of(&pop)?;
    let cum: Vec<Value>;
    let cum_src: Value;
    if cum_given.is_none() {
        if weights.is_none() {
            let nf = n as f64;
            let mut out = Vec::new();
            interp.reserve_exact(&mut out, k as usize)?;
            for _ in 0..k {
                let i = (g.random(interp)? * nf).floor();
                out.push(item_at(interp, &pop, i as usize)?);
            }
            return Ok(Value::list(out));
        }
        let items = match interp.collect_iterable(&weights) {
            Ok(items) => items,
            Err(e) => {
                if let Value::Int(kk) = weights {
                    return Err(interp.type_error(format!("The number of choices must be a keyword argument: k={kk}")));
                }
                return Err(e);
            }
        };
        let acc = running_sums(interp, items)?;
        cum_src = Value::list(acc.clone());
        cum = acc;
    } else if !weights.is_none() {
        return Err(interp.type_error("Cannot specify both weights and cumulative weights"));
    } else {
        let len = interp.len_of(&cum_given)?;
        if len != n {
            return Err(interp.value_error("The number of weights does not match the population"));
        }
        cum = interp.collect_iterable(&cum_given)?;
        cum_src = cum_given.clone();
    }
    if cum.len() != n {
        return Err(interp.value_error("The number of weights does not match the population"));
    }
    let last = interp.get_item(&cum_src, &Value::Int(-1))?;
    let total_v = arith(interp, BinOp::Add, &last, &Value::Float(0.0))?;
    let total = float_arg(interp, &total_v)?;
    if total <= 0.0 {
        return Err(interp.value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(interp.value_error("Total of weights must be finite"));
    }
    let hi0 = n - 1;
    let floats: Option<Vec<f64>> = cum
        .iter()
        .map(|v| match v {
            Value::Float(f) => Some(*f),
            Value::Int(i) if i.unsigned_abs() < (1u64 << 53) => Some(*i as f64),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    interp.reserve_exact(&mut out, k as usize)?;
    for _ in 0..k {
        let x = g.random(interp)? * total;
        let (mut lo, mut hi) = (0usize, hi0);
        if let Some(fs) = &floats {
            while lo < hi {
                let mid = (lo + hi) / 2;
                if x < fs[mid] {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
        } else {
            let xv = Value::Float(x);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if interp.less_than(&xv, &cum[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
        }
        out.push(item_at(interp, &pop, lo)?);
    }
    Ok(Value::list(out))
}

/// `list(itertools.accumulate(items))`: each item added (with the language's `+`) to the sum before it.
fn running_sums(interp: &mut Interp, items: Vec<Value>) -> PyResult<Vec<Value>> {
    let mut sums: Vec<Value> = Vec::with_capacity(items.len());
    for it in items {
        let next = match sums.last() {
            Some(prev) => {
                let prev = prev.clone();
                arith(interp, BinOp::Add, &prev, &it)?
            }
            None => it,
        };
        sums.push(next);
    }
    Ok(sums)
}

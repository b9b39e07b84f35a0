//! set and frozenset: constructors, methods and the set operators.

use super::{add_method, check_args};
use crate::syntax::ast::BinOp;
use crate::vm::dict::HashKey;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub fn register(interp: &mut Interp) {
    let set = interp.types.set.clone();
    super::builtin_subclass::set_constructor_filled_by_init(&set, set_new);
    let methods: &[(&str, NativeFn)] = &[
        ("add", add),
        ("remove", remove),
        ("discard", discard),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
        ("__init__", set_init),
    ];
    for (name, f) in methods {
        add_method(&set, name, *f);
    }
    let frozenset = interp.types.frozenset.clone();
    super::builtin_subclass::set_constructor(&frozenset, frozenset_new);
    let shared: &[(&str, NativeFn)] = &[
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("__contains__", contains),
        ("__len__", len),
        ("__iter__", iter),
    ];
    for (name, f) in shared {
        add_method(&set, name, *f);
        add_method(&frozenset, name, *f);
    }
}

/// A copy of the members of a set or frozenset value (empty for anything else).
pub fn set_data(v: &Value) -> SetData {
    match v {
        Value::Set(s) => s.borrow().clone(),
        Value::FrozenSet(s) => (**s).clone(),
        _ => SetData::new(),
    }
}

/// Members of any iterable, hashed.
pub(crate) fn to_set(interp: &mut Interp, v: &Value) -> PyResult<SetData> {
    if matches!(v, Value::Set(_) | Value::FrozenSet(_)) {
        return Ok(set_data(v));
    }
    if let Value::Dict(d) = v {
        // A dict's keys with the hashes it stored.
        let keys: Vec<HashKey> = d.borrow().hashed_keys().cloned().collect();
        return interp.set_from_keys(keys);
    }
    let items = interp.collect_iterable(v)?;
    interp.set_from_values(items)
}

/// Wraps members as the same kind of set as `like`.
fn same_kind(like: &Value, data: SetData) -> Value {
    match like {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(data)),
        _ => Value::set(data),
    }
}

/// `|`, `&`, `-`, `^` between sets.
pub fn set_binop(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = (set_data(a), set_data(b));
    let out = combine(interp, op, &x, &y)?;
    Ok(same_kind(a, out))
}

/// The members of `x op y` (`|`, `&`, `-`, `^`), in the order of `x` then `y`.
pub(crate) fn combine(interp: &mut Interp, op: BinOp, x: &SetData, y: &SetData) -> PyResult<SetData> {
    let out = RefCell::new(SetData::new());
    match op {
        BinOp::BitOr => {
            *out.borrow_mut() = x.clone();
            for k in y.iter() {
                interp.set_add(&out, k.clone())?;
            }
        }
        BinOp::BitAnd => {
            // The smaller set's members that the other has (the right one's on a tie), as CPython.
            let (small, big) = if y.len() <= x.len() { (y, x) } else { (x, y) };
            for k in small.iter() {
                if interp.table_contains(big, k)? {
                    out.borrow_mut().push_new(k.clone(), ());
                }
            }
        }
        BinOp::Sub => {
            for k in x.iter() {
                if !interp.table_contains(y, k)? {
                    out.borrow_mut().push_new(k.clone(), ());
                }
            }
        }
        _ => {
            for k in x.iter() {
                if !interp.table_contains(y, k)? {
                    out.borrow_mut().push_new(k.clone(), ());
                }
            }
            for k in y.iter() {
                if !interp.table_contains(x, k)? {
                    interp.set_add(&out, k.clone())?;
                }
            }
        }
    }
    Ok(out.into_inner())
}

fn this(interp: &mut Interp, args: &[Value], name: &str) -> PyResult<Rc<RefCell<SetData>>> {
    match args.first() {
        Some(Value::Set(s)) => Ok(s.clone()),
        _ => Err(interp.type_error(format!("descriptor '{name}' for 'set' objects needs a set"))),
    }
}

fn set_new(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "set", args, 0, 1)?;
    let data = match args.first() {
        Some(v) => to_set(interp, v)?,
        None => SetData::new(),
    };
    Ok(Value::set(data))
}

/// `set.__init__(self, iterable=())`: the set becomes the iterable's items.
fn set_init(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(interp.type_error("set() takes no keyword arguments"));
    }
    check_args(interp, "set", &args[1.min(args.len())..], 0, 1)?;
    let s = this(interp, args, "__init__")?;
    let data = match args.get(1) {
        Some(v) => to_set(interp, v)?,
        None => SetData::new(),
    };
    *s.borrow_mut() = data;
    Ok(Value::None)
}

fn frozenset_new(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "frozenset", args, 0, 1)?;
    let data = match args.first() {
        Some(v) => to_set(interp, v)?,
        None => SetData::new(),
    };
    Ok(Value::FrozenSet(Rc::new(data)))
}

fn add(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args, "add")?;
    let k = interp.hash_key(args[1].clone())?;
    interp.set_add(&s, k)?;
    Ok(Value::None)
}

fn remove(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args, "remove")?;
    let k = interp.hash_key(args[1].clone())?;
    if !interp.set_discard(&s, &k)? {
        return Err(interp.key_error(args[1].clone()));
    }
    Ok(Value::None)
}

fn discard(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args, "discard")?;
    let k = interp.hash_key(args[1].clone())?;
    interp.set_discard(&s, &k)?;
    Ok(Value::None)
}

fn pop(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args, "pop")?;
    let first = s.borrow_mut().pop_first();
    match first {
        Some((k, ())) => Ok(k.key),
        None => Err(interp.key_error(Value::str("pop from an empty set"))),
    }
}

fn clear(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args, "clear")?;
    let old = std::mem::take(&mut *s.borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// Applies `op` in place with every argument.
fn update_with(interp: &mut Interp, args: &[Value], name: &str, op: BinOp) -> PyResult<Value> {
    let s = this(interp, args, name)?;
    for other in &args[1..] {
        let o = to_set(interp, other)?;
        // In place: the receiver is not copied, so `s.update(x)` in a loop stays linear.
        match op {
            BinOp::BitOr => {
                for k in o.iter() {
                    interp.set_add(&s, k.clone())?;
                }
            }
            BinOp::Sub if o.len() * 4 < s.borrow().len() => {
                for k in o.iter() {
                    interp.set_discard(&s, k)?;
                }
            }
            _ => {
                let cur = s.borrow().clone();
                let new = combine(interp, op, &cur, &o)?;
                let old = std::mem::replace(&mut *s.borrow_mut(), new);
                drop(old);
            }
        }
    }
    Ok(Value::None)
}

fn update(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    update_with(interp, args, "update", BinOp::BitOr)
}

fn intersection_update(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    update_with(interp, args, "intersection_update", BinOp::BitAnd)
}

fn difference_update(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    update_with(interp, args, "difference_update", BinOp::Sub)
}

fn symmetric_difference_update(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    update_with(interp, args, "symmetric_difference_update", BinOp::BitXor)
}

/// A new set from combining the receiver with every argument.
fn combined(interp: &mut Interp, args: &[Value], op: BinOp) -> PyResult<Value> {
    let Some(first) = args.first() else { return Err(interp.type_error("set method needs a receiver")) };
    let mut acc = set_data(first);
    for other in &args[1..] {
        let o = to_set(interp, other)?;
        acc = combine(interp, op, &acc, &o)?;
    }
    Ok(same_kind(first, acc))
}

fn copy(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    combined(interp, &args[..1], BinOp::BitOr)
}

fn union(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    combined(interp, args, BinOp::BitOr)
}

fn intersection(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    combined(interp, args, BinOp::BitAnd)
}

fn difference(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    combined(interp, args, BinOp::Sub)
}

fn symmetric_difference(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    combined(interp, args, BinOp::BitXor)
}

fn issubset(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (x, y) = (set_data(&args[0]), to_set(interp, &args[1])?);
    let r = interp.set_is_subset(&x, &y)?;
    Ok(Value::Bool(r))
}

fn issuperset(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (x, y) = (set_data(&args[0]), to_set(interp, &args[1])?);
    let r = interp.set_is_subset(&y, &x)?;
    Ok(Value::Bool(r))
}

fn isdisjoint(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (x, y) = (set_data(&args[0]), to_set(interp, &args[1])?);
    for k in x.iter() {
        if interp.table_contains(&y, k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn contains(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(interp.contains(&args[0], &args[1])?))
}

fn len(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(interp.len_of(&args[0])? as i64))
}

fn iter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    interp.get_iter(&args[0])
}

/// CPython's iteration order for a set of ints (including bools) built by adding
/// `hashes` in order: the slot order of its open-addressing table (setobject.c:
/// linear probes of 9, then perturbed probing; resize ×4 when 3/5 full). Sets of
/// other values iterate in insertion order (CPython's order for them depends on
/// randomized string hashes anyway). Returns positions into `hashes`.
pub fn cpython_int_order(hashes: &[u64]) -> Vec<usize> {
    const LINEAR_PROBES: usize = 9;
    let mut table: Vec<Option<usize>> = vec![None; 8];
    let mut fill = 0usize;
    let insert = |table: &mut Vec<Option<usize>>, item: usize| {
        let mask = table.len() - 1;
        let hash = hashes[item];
        let mut perturb = hash;
        let mut i = (hash as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=probes {
                if table[i + j].is_none() {
                    table[i + j] = Some(item);
                    return;
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    };
    for item in 0..hashes.len() {
        insert(&mut table, item);
        fill += 1;
        let mask = table.len() - 1;
        if fill * 5 >= mask * 3 {
            let minused = if fill > 50000 { fill * 2 } else { fill * 4 };
            let mut size = 8;
            while size <= minused {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for entry in old.into_iter().flatten() {
                insert(&mut table, entry);
            }
        }
    }
    table.into_iter().flatten().collect()
}

/// The members of a set in CPython's iteration order (see `cpython_int_order`).
pub fn iteration_order(data: &SetData) -> Vec<Value> {
    let keys: Vec<Value> = data.iter().map(|k| k.key.clone()).collect();
    let ints: Option<Vec<u64>> = keys
        .iter()
        .map(|k| match k {
            Value::Int(i) => Some(py_hash_i64(*i)),
            Value::Bool(b) => Some(*b as u64),
            _ => None,
        })
        .collect();
    match ints {
        Some(h) if keys.len() > 1 => cpython_int_order(&h).into_iter().map(|i| keys[i].clone()).collect(),
        _ => keys,
    }
}

/// CPython's `hash()` of an int, as the unsigned value its tables use.
fn py_hash_i64(i: i64) -> u64 {
    const MODULUS: i64 = (1 << 61) - 1;
    let mut h = i.rem_euclid(MODULUS);
    if i < 0 {
        h = -((-(i as i128) % MODULUS as i128) as i64);
    }
    if h == -1 {
        h = -2;
    }
    h as u64
}

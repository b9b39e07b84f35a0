//! set and frozenset: constructors, methods and the set operators.

use super::{add_method, check_args, check_method, native};
use crate::syntax::ast::BinOp;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub fn register(interp: &mut Interp) {
    let set = interp.types.set.clone();
    set.dict.borrow_mut().set_str("__new__", native("set", set_new));
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
    ];
    for (name, f) in methods {
        add_method(&set, name, *f);
    }
    let frozenset = interp.types.frozenset.clone();
    frozenset.dict.borrow_mut().set_str("__new__", native("frozenset", frozenset_new));
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
fn to_set(interp: &mut Interp, v: &Value) -> PyResult<SetData> {
    if matches!(v, Value::Set(_) | Value::FrozenSet(_)) {
        return Ok(set_data(v));
    }
    let items = interp.collect_iterable(v)?;
    let mut s = SetData::new();
    for it in items {
        let k = interp.hash_key(it)?;
        s.insert(k);
    }
    Ok(s)
}

/// Wraps members as the same kind of set as `like`.
fn same_kind(like: &Value, data: SetData) -> Value {
    match like {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(data)),
        _ => Value::Set(Rc::new(RefCell::new(data))),
    }
}

/// `|`, `&`, `-`, `^` between sets.
pub fn set_binop(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = (set_data(a), set_data(b));
    let _ = interp;
    let out = combine(op, &x, &y);
    Ok(same_kind(a, out))
}

fn combine(op: BinOp, x: &SetData, y: &SetData) -> SetData {
    let mut out = SetData::new();
    match op {
        BinOp::BitOr => {
            out = x.clone();
            for k in y.iter() {
                out.insert(k.clone());
            }
        }
        BinOp::BitAnd => {
            for k in x.iter().filter(|k| y.contains_key(k)) {
                out.insert(k.clone());
            }
        }
        BinOp::Sub => {
            for k in x.iter().filter(|k| !y.contains_key(k)) {
                out.insert(k.clone());
            }
        }
        _ => {
            for k in x.iter().filter(|k| !y.contains_key(k)) {
                out.insert(k.clone());
            }
            for k in y.iter().filter(|k| !x.contains_key(k)) {
                out.insert(k.clone());
            }
        }
    }
    out
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
    Ok(Value::Set(Rc::new(RefCell::new(data))))
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
    check_method(interp, "set.add", args, 2, 2)?;
    let s = this(interp, args, "add")?;
    let k = interp.hash_key(args[1].clone())?;
    s.borrow_mut().insert(k);
    Ok(Value::None)
}

fn remove(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "set.remove", args, 2, 2)?;
    let s = this(interp, args, "remove")?;
    let k = interp.hash_key(args[1].clone())?;
    if !s.borrow_mut().remove(&k) {
        return Err(interp.key_error(args[1].clone()));
    }
    Ok(Value::None)
}

fn discard(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "set.discard", args, 2, 2)?;
    let s = this(interp, args, "discard")?;
    let k = interp.hash_key(args[1].clone())?;
    s.borrow_mut().remove(&k);
    Ok(Value::None)
}

fn pop(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args, "pop")?;
    let first = s.borrow_mut().items.shift_remove_index(0);
    match first {
        Some(k) => Ok(k.key),
        None => Err(interp.key_error(Value::str("pop from an empty set"))),
    }
}

fn clear(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    this(interp, args, "clear")?.borrow_mut().items.clear();
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
                let mut cur = s.borrow_mut();
                for k in o.iter() {
                    cur.insert(k.clone());
                }
            }
            BinOp::Sub if o.len() * 4 < s.borrow().len() => {
                let mut cur = s.borrow_mut();
                for k in o.iter() {
                    cur.remove(k);
                }
            }
            _ => {
                let cur = s.borrow().clone();
                *s.borrow_mut() = combine(op, &cur, &o);
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
    check_method(interp, "set.symmetric_difference_update", args, 2, 2)?;
    update_with(interp, args, "symmetric_difference_update", BinOp::BitXor)
}

/// A new set from combining the receiver with every argument.
fn combined(interp: &mut Interp, args: &[Value], op: BinOp) -> PyResult<Value> {
    let Some(first) = args.first() else { return Err(interp.type_error("set method needs a receiver")) };
    let mut acc = set_data(first);
    for other in &args[1..] {
        let o = to_set(interp, other)?;
        acc = combine(op, &acc, &o);
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
    check_method(interp, "set.symmetric_difference", args, 2, 2)?;
    combined(interp, args, BinOp::BitXor)
}

fn issubset(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "set.issubset", args, 2, 2)?;
    let (x, y) = (set_data(&args[0]), to_set(interp, &args[1])?);
    let r = x.iter().all(|k| y.contains_key(k));
    Ok(Value::Bool(r))
}

fn issuperset(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "set.issuperset", args, 2, 2)?;
    let (x, y) = (set_data(&args[0]), to_set(interp, &args[1])?);
    let r = y.iter().all(|k| x.contains_key(k));
    Ok(Value::Bool(r))
}

fn isdisjoint(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "set.isdisjoint", args, 2, 2)?;
    let (x, y) = (set_data(&args[0]), to_set(interp, &args[1])?);
    let r = !x.iter().any(|k| y.contains_key(k));
    Ok(Value::Bool(r))
}

fn contains(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__contains__", args, 2, 2)?;
    Ok(Value::Bool(interp.contains(&args[0], &args[1])?))
}

fn len(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(interp.len_of(&args[0])? as i64))
}

fn iter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    interp.get_iter(&args[0])
}

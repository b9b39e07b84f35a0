//! Keys and items views as sets: `d.keys() & other`, `|`, `-`, `^` (the result is
//! a set, the other operand any iterable, on either side), comparisons with sets
//! and other views (`==`, `<`, `<=`, ...), and `isdisjoint`. Values views are not
//! set-like, as in CPython.

use crate::syntax::ast::{BinOp, CmpOp};
use crate::objects::add_method;
use crate::objects::dict::as_view;
use crate::objects::set::{combine, set_data, to_set};
use crate::vm::interp::Interp;
use crate::vm::object::{DictViewKind, KwArgs, PyResult, SetData};
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// Adds `isdisjoint` to the keys and items view classes.
pub fn register(interp: &mut Interp) {
    for cls in [interp.types.dict_keys.clone(), interp.types.dict_items.clone()] {
        add_method(&cls, "isdisjoint", isdisjoint);
    }
}

/// Whether `v` is a keys or items view (the set-like ones).
pub fn is_set_view(v: &Value) -> bool {
    as_view(v).is_some_and(|view| view.kind != DictViewKind::Values)
}

/// The members of a set-like view (keys, or `(key, value)` tuples), hashed.
fn view_members(interp: &mut Interp, v: &Value) -> PyResult<SetData> {
    let Some(view) = as_view(v) else { return to_set(interp, v) };
    let (dict, kind) = (view.dict.clone(), view.kind);
    let entries: Vec<(Value, Value)> = dict.borrow().entries().map(|(k, v)| (k.key.clone(), v.clone())).collect();
    let mut out = SetData::new();
    for (k, v) in entries {
        let member = match kind {
            DictViewKind::Items => Value::tuple(vec![k, v]),
            _ => k,
        };
        let key = interp.hash_key(member)?;
        out.insert(key);
    }
    Ok(out)
}

/// `a op b` where one side is a set-like view: a new set.
pub fn view_binop(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let x = view_members(interp, a)?;
    let y = view_members(interp, b)?;
    Ok(Value::Set(Rc::new(RefCell::new(combine(op, &x, &y)))))
}

/// A comparison between a set-like view and a set or another set-like view;
/// `None` when the other side is neither (so `==` falls back to identity).
pub fn view_compare(interp: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let set_like = |v: &Value| is_set_view(v) || matches!(v, Value::Set(_) | Value::FrozenSet(_));
    if !set_like(a) || !set_like(b) {
        return Ok(None);
    }
    let x = if is_set_view(a) { view_members(interp, a)? } else { set_data(a) };
    let y = if is_set_view(b) { view_members(interp, b)? } else { set_data(b) };
    let sub = x.len() <= y.len() && x.iter().all(|k| y.contains_key(k));
    let sup = y.len() <= x.len() && y.iter().all(|k| x.contains_key(k));
    Ok(Some(match op {
        CmpOp::Eq => sub && x.len() == y.len(),
        CmpOp::NotEq => !(sub && x.len() == y.len()),
        CmpOp::Lt => sub && x.len() < y.len(),
        CmpOp::LtE => sub,
        CmpOp::Gt => sup && x.len() > y.len(),
        CmpOp::GtE => sup,
        _ => return Ok(None),
    }))
}

/// `view.isdisjoint(iterable)`.
fn isdisjoint(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "isdisjoint", kwargs)?;
    crate::objects::check_method(interp, "dict_keys.isdisjoint", args, 2, 2)?;
    let x = view_members(interp, &args[0])?;
    let y = view_members(interp, &args[1])?;
    let disjoint = !x.iter().any(|k| y.contains_key(k));
    Ok(Value::Bool(disjoint))
}

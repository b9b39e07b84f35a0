//! Keys and items views as sets: `d.keys() & other`, `|`, `-`, `^` (the result is
//! a set, the other operand any iterable, on either side), comparisons with sets
//! and other views (`==`, `<`, `<=`, ...), and `isdisjoint`. Values views are not
//! set-like, as in CPython.

use crate::syntax::ast::{BinOp, CmpOp};
use crate::objects::add_method;
use crate::objects::dict::as_view;
use crate::objects::set::{combine, set_data, to_set};
use crate::vm::interp::Interp;
use crate::vm::dict::HashKey;
use crate::vm::object::{DictViewKind, KwArgs, PyResult, SetData};
use crate::vm::value::Value;

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
    if kind != DictViewKind::Items {
        // The keys with the hashes the dict stored.
        let keys: Vec<HashKey> = dict.borrow().hashed_keys().cloned().collect();
        return interp.set_from_keys(keys);
    }
    let items: Vec<Value> =
        dict.borrow().entries().map(|(k, v)| Value::tuple(vec![k.key.clone(), v.clone()])).collect();
    interp.set_from_values(items)
}

/// `a op b` where one side is a set-like view: a new set.
pub fn view_binop(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let x = view_members(interp, a)?;
    let y = view_members(interp, b)?;
    let out = combine(interp, op, &x, &y)?;
    Ok(Value::set(out))
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
    Ok(Some(match op {
        CmpOp::Eq => interp.sets_equal(&x, &y)?,
        CmpOp::NotEq => !interp.sets_equal(&x, &y)?,
        CmpOp::Lt => x.len() < y.len() && interp.set_is_subset(&x, &y)?,
        CmpOp::LtE => interp.set_is_subset(&x, &y)?,
        CmpOp::Gt => x.len() > y.len() && interp.set_is_subset(&y, &x)?,
        CmpOp::GtE => interp.set_is_subset(&y, &x)?,
        _ => return Ok(None),
    }))
}

/// `view.isdisjoint(iterable)`.
fn isdisjoint(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "isdisjoint", kwargs)?;
    crate::objects::check_method(interp, "dict_keys.isdisjoint", args, 2, 2)?;
    let x = view_members(interp, &args[0])?;
    let y = view_members(interp, &args[1])?;
    for k in x.iter() {
        if interp.table_contains(&y, k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

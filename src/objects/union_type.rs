//! `types.UnionType`: `int | str`, `int | None`, `list[int] | None`. The `|` of
//! classes, None, generic aliases and other unions makes one flat union without
//! repeats (a single member stays itself); `isinstance` and `issubclass` accept
//! it; it prints, compares and hashes as CPython 3.11's does, and its type
//! variables can be substituted (`(list[T] | None)[int]`).

use crate::objects::add_method;
use crate::objects::generic_alias::as_alias;
use crate::objects::generic_alias_subst::{make_parameters, substitute};
use crate::syntax::ast::BinOp;
use crate::vm::interp::Interp;
use crate::vm::object::{KwArgs, NativeObject, PyResult};
use crate::vm::value::Value;
use std::any::Any;
use std::rc::Rc;

/// `a | b | ...`: the members, in order, without repeats.
pub struct UnionType {
    pub args: Vec<Value>,
}

impl NativeObject for UnionType {
    fn type_name(&self) -> &str {
        "types.UnionType"
    }
    fn get_item(&self, interp: &mut Interp, key: &Value) -> Option<PyResult<Value>> {
        Some(subscript(interp, self, key))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Registers the `types.UnionType` class and its methods.
pub fn register(interp: &mut Interp) {
    let object = interp.types.object.clone();
    let cls = crate::vm::types::native_class(interp, "UnionType", &object, "types");
    interp.native_classes.insert("types.UnionType".into(), cls.clone());
    add_method(&cls, "__repr__", union_repr);
}

/// The union behind a value, if it is one.
pub fn as_union(v: &Value) -> Option<&UnionType> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<UnionType>(),
        _ => None,
    }
}

/// Whether `v` may stand in a union: a class, None, a generic alias or a union.
fn unionable(v: &Value) -> bool {
    matches!(v, Value::Class(_) | Value::None) || as_alias(v).is_some() || as_union(v).is_some()
}

/// `a | b` for unionable operands; `None` when either is not (the caller raises
/// the usual TypeError).
pub fn union_of(interp: &mut Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !unionable(a) || !unionable(b) {
        return Ok(None);
    }
    let mut members: Vec<Value> = Vec::new();
    for side in [a, b] {
        let parts = match as_union(side) {
            Some(u) => u.args.clone(),
            None => vec![side.clone()],
        };
        for p in parts {
            let p = match p {
                Value::None => Value::Class(interp.type_of(&Value::None)),
                other => other,
            };
            let mut seen = false;
            for m in &members {
                if interp.eq(m, &p)? {
                    seen = true;
                    break;
                }
            }
            if !seen {
                members.push(p);
            }
        }
    }
    if members.len() == 1 {
        return Ok(members.pop());
    }
    Ok(Some(Value::native(Rc::new(UnionType { args: members }))))
}

/// `__args__` and `__parameters__` (the type variables of the members).
pub fn attr(interp: &mut Interp, u: &UnionType, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "__args__" => Some(Value::tuple(u.args.clone())),
        "__parameters__" => Some(Value::tuple(make_parameters(interp, &u.args)?)),
        _ => None,
    })
}

/// `union[items]`: each member with the type variables replaced, joined again with `|`.
fn subscript(interp: &mut Interp, u: &UnionType, item: &Value) -> PyResult<Value> {
    let params = make_parameters(interp, &u.args)?;
    let describe = |i: &mut Interp| i.repr(&Value::native(Rc::new(UnionType { args: u.args.clone() })));
    let members = substitute(interp, &describe, &u.args, &params, item)?;
    let mut members = members.into_iter();
    let Some(mut joined) = members.next() else {
        return Ok(Value::None);
    };
    for m in members {
        joined = interp.binary_op(BinOp::BitOr, &joined, &m)?;
    }
    Ok(joined)
}

/// Two unions are equal when they have the same members in any order.
pub fn union_eq(interp: &mut Interp, a: &UnionType, b: &UnionType) -> PyResult<bool> {
    let (x, y) = (a.args.clone(), b.args.clone());
    if x.len() != y.len() {
        return Ok(false);
    }
    for p in &x {
        let mut found = false;
        for q in &y {
            if interp.eq(p, q)? {
                found = true;
                break;
            }
        }
        if !found {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `hash(union)`: that of the frozenset of its members, as CPython's (so
/// `typing.Union[int, str]` hashes alike).
pub fn union_hash(interp: &mut Interp, u: &UnionType) -> PyResult<i64> {
    let mut hashes = Vec::with_capacity(u.args.len());
    for m in u.args.clone() {
        hashes.push(interp.py_hash_of(&m)?);
    }
    Ok(crate::objects::hash::frozenset_hash(&hashes))
}

fn union_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(u) = args.first().and_then(as_union) else {
        return Err(interp.type_error("descriptor '__repr__' requires a 'types.UnionType' object"));
    };
    let members = u.args.clone();
    let mut parts = Vec::with_capacity(members.len());
    for m in &members {
        parts.push(match m {
            Value::Class(c) if c.name.as_ref() == "NoneType" => "None".to_string(),
            Value::Class(c) if c.module.as_ref() == "builtins" => c.qualname.to_string(),
            Value::Class(c) => format!("{}.{}", c.module, c.qualname),
            other => interp.repr(other)?,
        });
    }
    Ok(Value::string(parts.join(" | ")))
}

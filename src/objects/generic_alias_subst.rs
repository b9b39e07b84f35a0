//! Type-variable substitution for `types.GenericAlias` (and `types.UnionType`), as CPython 3.11 does it:
//! an alias's `__parameters__` are the type variables among its arguments
//! (objects with `__typing_subst__`) and those of nested aliases, and
//! `alias[args]` replaces each by its argument (`dict[str, T][int]` is
//! `dict[str, int]`), with a TypeVarTuple taking any number of them
//! (`tuple[int, *Ts][str, bytes]` is `tuple[int, str, bytes]`).


/// How the subscripted object is named in error messages.
pub type Describe<'a> = &'a dyn Fn(&mut Interp) -> PyResult<String>;
use crate::vm::types::Exc;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::value::Value;
use std::rc::Rc;

/// `obj.name`, or None when it has no such attribute.
fn optional_attr(interp: &mut Interp, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match interp.get_attr(obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if interp.is_exc(&e, Exc::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

fn tuple_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Tuple(t) => Some(t.to_vec()),
        _ => None,
    }
}

fn add_unique(params: &mut Vec<Value>, v: Value) {
    if !params.iter().any(|p| p.is(&v)) {
        params.push(v);
    }
}

/// The type variables of `args`, in order of first appearance.
pub fn make_parameters(interp: &mut Interp, args: &[Value]) -> PyResult<Vec<Value>> {
    let mut params = Vec::new();
    for t in args {
        if matches!(t, Value::Class(_)) {
            continue;
        }
        if optional_attr(interp, t, "__typing_subst__")?.is_some() {
            add_unique(&mut params, t.clone());
        } else if let Some(sub) = optional_attr(interp, t, "__parameters__")? {
            for p in tuple_items(&sub).unwrap_or_default() {
                add_unique(&mut params, p);
            }
        }
    }
    Ok(params)
}

/// Whether `v` is a TypeVarTuple (the only kind of parameter that is iterable).
fn is_var_tuple(interp: &mut Interp, v: &Value) -> PyResult<bool> {
    if matches!(v, Value::Class(_)) {
        return Ok(false);
    }
    Ok(interp.lookup_special(v, "__iter__").is_some())
}

/// Whether `arg` is `*Ts` (an unpacked TypeVarTuple).
fn is_unpacked_var_tuple(interp: &mut Interp, arg: &Value) -> PyResult<bool> {
    if matches!(arg, Value::Class(_)) {
        return Ok(false);
    }
    match optional_attr(interp, arg, "__typing_is_unpacked_typevartuple__")? {
        Some(v) => interp.truthy(&v),
        None => Ok(false),
    }
}

/// The arguments `*tuple[...]` stands for, when `arg` is one.
fn unpacked_tuple_args(interp: &mut Interp, arg: &Value) -> PyResult<Option<Value>> {
    if let Some(alias) = super::generic_alias::as_alias(arg) {
        if alias.starred && matches!(&alias.origin, Value::Class(c) if Rc::ptr_eq(c, &interp.types.tuple)) {
            return Ok(Some(alias.args.clone()));
        }
    }
    match optional_attr(interp, arg, "__typing_unpacked_tuple_args__")? {
        Some(Value::None) | None => Ok(None),
        Some(v) => Ok(Some(v)),
    }
}

/// The subscript's items with each `*tuple[a, b]` spread out (not `*tuple[a, ...]`).
fn unpack_items(interp: &mut Interp, item: &Value) -> PyResult<Vec<Value>> {
    let items = tuple_items(item).unwrap_or_else(|| vec![item.clone()]);
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        if !matches!(it, Value::Class(_)) {
            if let Some(Value::Tuple(sub)) = unpacked_tuple_args(interp, &it)? {
                if !sub.last().is_some_and(|l| matches!(l, Value::Ellipsis)) {
                    out.extend(sub.iter().cloned());
                    continue;
                }
            }
        }
        out.push(it);
    }
    Ok(out)
}

fn position(params: &[Value], v: &Value) -> Option<usize> {
    params.iter().position(|p| p.is(v))
}

/// `obj` with its own parameters replaced (`list[T]` with T bound to int is `list[int]`).
fn substitute_nested(
    interp: &mut Interp,
    obj: &Value,
    params: &[Value],
    items: &[Value],
    var_param: usize,
) -> PyResult<Value> {
    let sub = match optional_attr(interp, obj, "__parameters__")? {
        Some(v) => tuple_items(&v).unwrap_or_default(),
        None => Vec::new(),
    };
    if sub.is_empty() {
        return Ok(obj.clone());
    }
    let mut sub_args = Vec::with_capacity(sub.len());
    for p in &sub {
        match position(params, p) {
            Some(i) if i == var_param => {
                let count = items.len() + 1 - params.len();
                sub_args.extend(items[i..i + count].iter().cloned());
            }
            Some(mut i) => {
                if var_param < params.len() && i > var_param {
                    i += items.len() - params.len();
                }
                sub_args.push(items[i].clone());
            }
            None => sub_args.push(p.clone()),
        }
    }
    interp.get_item(obj, &Value::tuple(sub_args))
}

/// The new arguments of `alias[item]`, given the alias's arguments and parameters.
pub fn substitute(
    interp: &mut Interp,
    alias: Describe<'_>,
    args: &[Value],
    params: &[Value],
    item: &Value,
) -> PyResult<Vec<Value>> {
    if params.is_empty() {
        let r = alias(interp)?;
        return Err(interp.type_error(format!("{r} is not a generic class")));
    }
    let items = unpack_items(interp, item)?;
    let mut var_param = params.len();
    for (i, p) in params.iter().enumerate() {
        if is_var_tuple(interp, p)? {
            if var_param < params.len() {
                let s = alias(interp)?;
                return Err(interp.type_error(format!("More than one TypeVarTuple parameter in {s}")));
            }
            var_param = i;
        }
    }
    if var_param < params.len() {
        if items.len() < params.len() - 1 {
            let r = alias(interp)?;
            let (got, least) = (items.len(), params.len() - 1);
            return Err(interp.type_error(format!("Too few arguments for {r}; actual {got}, expected at least {least}")));
        }
    } else if items.len() != params.len() {
        let r = alias(interp)?;
        let which = if items.len() > params.len() { "many" } else { "few" };
        let (got, want) = (items.len(), params.len());
        return Err(interp.type_error(format!("Too {which} arguments for {r}; actual {got}, expected {want}")));
    }
    let mut out = Vec::with_capacity(args.len());
    for arg in args {
        if matches!(arg, Value::Class(_)) {
            // A class stays itself, whatever attributes it has (`tuple[TypeVar, T]`).
            out.push(arg.clone());
            continue;
        }
        let unpack = is_unpacked_var_tuple(interp, arg)?;
        if unpack && var_param < params.len() {
            // `*Ts` stands for the run of items the TypeVarTuple took.
            let own = optional_attr(interp, arg, "__parameters__")?.and_then(|v| tuple_items(&v)).unwrap_or_default();
            if matches!(own.as_slice(), [p] if p.is(&params[var_param])) {
                let count = items.len() + 1 - params.len();
                out.extend(items[var_param..var_param + count].iter().cloned());
                continue;
            }
        }
        let replaced = match optional_attr(interp, arg, "__typing_subst__")? {
            Some(subst) => {
                let Some(mut i) = position(params, arg) else {
                    return Err(interp.type_error("type variable is not among the parameters"));
                };
                if i == var_param {
                    return Err(interp.type_error("Substitution of bare TypeVarTuple is not supported"));
                }
                if var_param < params.len() && i > var_param {
                    i += items.len() - params.len();
                }
                interp.call_value(subst, vec![items[i].clone()], vec![])?
            }
            None => substitute_nested(interp, arg, params, &items, var_param)?,
        };
        if unpack {
            match tuple_items(&replaced) {
                Some(spread) => out.extend(spread),
                None => out.push(replaced),
            }
        } else {
            out.push(replaced);
        }
    }
    Ok(out)
}

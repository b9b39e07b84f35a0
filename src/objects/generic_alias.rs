//! `types.GenericAlias`: what subscripting a generic builtin class gives
//! (`list[int]`, `dict[str, list[int]]`, `tuple[int, ...]`). It remembers its
//! origin and arguments, prints as it was written, calls its origin, compares
//! and hashes by origin and arguments, forwards other attributes to the origin,
//! and is refused by `isinstance`, as in CPython 3.11.

use crate::objects::add_method;
use crate::vm::interp::Interp;
use crate::vm::object::{Class, KwArgs, NativeObject, PyResult};
use crate::vm::value::Value;
use std::any::Any;
use std::rc::Rc;

/// `origin[args]`.
pub struct GenericAlias {
    pub origin: Value,
    /// Always a tuple.
    pub args: Value,
}

impl NativeObject for GenericAlias {
    fn type_name(&self) -> &str {
        "types.GenericAlias"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The builtin classes whose subscription makes a generic alias.
const GENERIC_BUILTINS: [&str; 8] =
    ["list", "dict", "tuple", "set", "frozenset", "enumerate", "BaseExceptionGroup", "ExceptionGroup"];

/// Registers the `types.GenericAlias` class and its methods.
pub fn register(interp: &mut Interp) {
    let object = interp.types.object.clone();
    let cls = crate::vm::types::native_class(interp, "GenericAlias", &object, "types");
    interp.native_classes.insert("types.GenericAlias".into(), cls.clone());
    add_method(&cls, "__repr__", alias_repr);
    add_method(&cls, "__call__", alias_call);
    add_method(&cls, "__mro_entries__", mro_entries);
    cls.dict.borrow_mut().set_str("__new__", crate::objects::native("GenericAlias", alias_new));
}

/// `types.GenericAlias(origin, args)`, as `__class_getitem__ = classmethod(GenericAlias)` uses it.
fn alias_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "GenericAlias", kwargs)?;
    if args.len() != 2 {
        let n = args.len();
        return Err(interp.type_error(format!("GenericAlias expected 2 arguments, got {n}")));
    }
    Ok(make(args[0].clone(), &args[1]))
}

/// The alias behind a value, if it is one.
pub fn as_alias(v: &Value) -> Option<&GenericAlias> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<GenericAlias>(),
        _ => None,
    }
}

/// `cls[key]` for a builtin class: a generic alias for the generic ones,
/// CPython's TypeError for the others.
pub fn subscript_builtin(interp: &mut Interp, cls: &Rc<Class>, key: &Value) -> PyResult<Value> {
    if cls.module.as_ref() == "builtins" && GENERIC_BUILTINS.contains(&cls.name.as_ref()) {
        return Ok(make(Value::Class(cls.clone()), key));
    }
    Err(interp.type_error(format!("type '{}' is not subscriptable", cls.name)))
}

/// `GenericAlias(origin, args)`: a non-tuple argument becomes a 1-tuple.
pub fn make(origin: Value, args: &Value) -> Value {
    let args = match args {
        Value::Tuple(_) => args.clone(),
        other => Value::tuple(vec![other.clone()]),
    };
    Value::native(Rc::new(GenericAlias { origin, args }))
}

fn receiver<'a>(interp: &mut Interp, args: &'a [Value]) -> PyResult<&'a GenericAlias> {
    match args.first().and_then(as_alias) {
        Some(a) => Ok(a),
        None => Err(interp.type_error("descriptor requires a 'types.GenericAlias' object")),
    }
}

/// The data attributes `__origin__`, `__args__`, `__parameters__`; other names
/// are looked up on the origin (`list[int].append` is `list.append`).
pub fn attr(interp: &mut Interp, alias: &GenericAlias, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "__origin__" => alias.origin.clone(),
        "__args__" => alias.args.clone(),
        "__parameters__" => Value::tuple(vec![]),
        "__class__" | "__repr__" | "__call__" | "__mro_entries__" | "__eq__" | "__hash__" => return Ok(None),
        _ => return interp.get_attr(&alias.origin, name).map(Some),
    }))
}

/// How one argument is written inside the brackets.
fn arg_repr(interp: &mut Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Ellipsis => Ok("...".into()),
        Value::Class(c) if c.module.as_ref() == "builtins" => Ok(c.qualname.to_string()),
        Value::Class(c) => Ok(format!("{}.{}", c.module, c.qualname)),
        Value::Tuple(t) if t.is_empty() => Ok("()".into()),
        _ => interp.repr(v),
    }
}

fn alias_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let alias = receiver(interp, args)?;
    let (origin, items) = (alias.origin.clone(), alias.args.clone());
    let mut out = arg_repr(interp, &origin)?;
    out.push('[');
    let items = match &items {
        Value::Tuple(t) if t.is_empty() => vec![items.clone()],
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&arg_repr(interp, item)?);
    }
    out.push(']');
    Ok(Value::string(out))
}

fn alias_call(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let origin = receiver(interp, args)?.origin.clone();
    interp.call_value(origin, args[1..].to_vec(), kwargs.to_vec())
}

/// `class C(list[int])` derives from `list`.
fn mro_entries(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let origin = receiver(interp, args)?.origin.clone();
    Ok(Value::tuple(vec![origin]))
}

/// `a == b` between two aliases: same origin and equal arguments.
pub fn alias_eq(interp: &mut Interp, a: &GenericAlias, b: &GenericAlias) -> PyResult<bool> {
    if !a.origin.is(&b.origin) {
        return Ok(false);
    }
    let (x, y) = (a.args.clone(), b.args.clone());
    interp.eq(&x, &y)
}

/// The hash of an alias: of its origin and arguments.
pub fn alias_hash(interp: &mut Interp, a: &GenericAlias) -> PyResult<u64> {
    let (origin, items) = (a.origin.clone(), a.args.clone());
    Ok(interp.hash_of(&origin)? ^ interp.hash_of(&items)?)
}

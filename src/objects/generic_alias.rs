//! `types.GenericAlias`: what subscripting a generic builtin class gives
//! (`list[int]`, `dict[str, list[int]]`, `tuple[int, ...]`). It remembers its
//! origin and arguments, prints as it was written, calls its origin, compares
//! and hashes by origin and arguments, forwards other attributes to the origin,
//! and is refused by `isinstance`, as in CPython 3.11. Its type variables can be
//! substituted (`dict[str, T][int]`, see `generic_alias_subst`), and iterating it
//! gives its unpacked form (`*tuple[int, str]`, PEP 646).

use crate::objects::add_method;
use crate::objects::generic_alias_subst::{make_parameters, substitute};
use crate::vm::interp::Interp;
use crate::vm::types::Exc;
use crate::vm::object::{Class, KwArgs, NativeObject, PyResult};
use crate::vm::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// `origin[args]`.
pub struct GenericAlias {
    pub origin: Value,
    /// Always a tuple.
    pub args: Value,
    /// Written `*origin[args]`: an unpacked alias (PEP 646).
    pub starred: bool,
    /// `__parameters__`, computed on first use.
    parameters: RefCell<Option<Value>>,
}

impl NativeObject for GenericAlias {
    fn type_name(&self) -> &str {
        "types.GenericAlias"
    }
    fn get_item(&self, interp: &mut Interp, key: &Value) -> Option<PyResult<Value>> {
        Some(subscript(interp, self, key))
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
    add_method(&cls, "__getitem__", alias_getitem);
    add_method(&cls, "__iter__", alias_iter);
    add_method(&cls, "__reduce__", alias_reduce);
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
    if inherits_class_getitem(cls) {
        return Ok(make(Value::Class(cls.clone()), key));
    }
    Err(interp.type_error(format!("type '{}' is not subscriptable", cls.name)))
}

/// Whether `cls` is, or derives from, a builtin class whose `__class_getitem__`
/// makes a generic alias (`class Row(tuple)`, namedtuples: `Row[int]`).
pub fn inherits_class_getitem(cls: &Rc<Class>) -> bool {
    let generic = |c: &Rc<Class>| c.module.as_ref() == "builtins" && GENERIC_BUILTINS.contains(&c.name.as_ref());
    generic(cls) || cls.mro.iter().any(generic)
}

/// `GenericAlias(origin, args)`: a non-tuple argument becomes a 1-tuple.
pub fn make(origin: Value, args: &Value) -> Value {
    let args = match args {
        Value::Tuple(_) => args.clone(),
        other => Value::tuple(vec![other.clone()]),
    };
    new_alias(origin, args, false)
}

fn new_alias(origin: Value, args: Value, starred: bool) -> Value {
    Value::native(Rc::new(GenericAlias { origin, args, starred, parameters: RefCell::new(None) }))
}

/// The alias's `__parameters__` (a tuple), computed once.
fn parameters(interp: &mut Interp, alias: &GenericAlias) -> PyResult<Value> {
    if let Some(p) = alias.parameters.borrow().clone() {
        return Ok(p);
    }
    let args = match &alias.args {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let p = Value::tuple(make_parameters(interp, &args)?);
    *alias.parameters.borrow_mut() = Some(p.clone());
    Ok(p)
}

/// `alias.__getitem__(item)`.
fn alias_getitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let alias = receiver(interp, args)?;
    let item = args.get(1).cloned().unwrap_or(Value::None);
    subscript(interp, alias, &item)
}

/// `alias[item]`: the alias with its type variables replaced.
fn subscript(interp: &mut Interp, alias: &GenericAlias, item: &Value) -> PyResult<Value> {
    let params = match parameters(interp, alias)? {
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    };
    let own = match &alias.args {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let (origin, starred) = (alias.origin.clone(), alias.starred);
    let new_args = substitute(interp, &|i: &mut Interp| render(i, alias), &own, &params, item)?;
    Ok(new_alias(origin, Value::tuple(new_args), starred))
}

/// `iter(alias)` yields the alias unpacked, once: `[*tuple[int]]` is `[*tuple[int]]`.
fn alias_iter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let alias = receiver(interp, args)?;
    let unpacked = new_alias(alias.origin.clone(), alias.args.clone(), true);
    interp.get_iter(&Value::tuple(vec![unpacked]))
}

/// Pickling: `GenericAlias(origin, args)`, or `next(iter(...))` for an unpacked one.
fn alias_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let alias = receiver(interp, args)?;
    let plain = new_alias(alias.origin.clone(), alias.args.clone(), false);
    if alias.starred {
        let it = interp.get_iter(&plain)?;
        let next = interp.builtins.borrow().get_str("next").cloned().unwrap_or(Value::None);
        return Ok(Value::tuple(vec![next, Value::tuple(vec![it])]));
    }
    let cls = interp.type_of(&plain);
    Ok(Value::tuple(vec![Value::Class(cls), Value::tuple(vec![alias.origin.clone(), alias.args.clone()])]))
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
        "__parameters__" => parameters(interp, alias)?,
        "__unpacked__" => Value::Bool(alias.starred),
        "__typing_unpacked_tuple_args__" => {
            let is_tuple = matches!(&alias.origin, Value::Class(c) if Rc::ptr_eq(c, &interp.types.tuple));
            if alias.starred && is_tuple {
                alias.args.clone()
            } else {
                Value::None
            }
        }
        "__class__" | "__repr__" | "__call__" | "__mro_entries__" | "__eq__" | "__hash__" | "__reduce__"
        | "__reduce_ex__" | "__copy__" | "__deepcopy__" | "__getitem__" | "__iter__" => return Ok(None),
        _ => return interp.get_attr(&alias.origin, name).map(Some),
    }))
}

/// How one argument is written inside the brackets.
fn arg_repr(interp: &mut Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Ellipsis => Ok("...".into()),
        Value::Class(c) => {
            // `__module__` and `__qualname__` as the class now says (namedtuple sets them).
            let own = |name: &str| c.dict.borrow().get_str(name).and_then(|v| v.as_str().map(String::from));
            let module = own("__module__").unwrap_or_else(|| c.module.to_string());
            let qualname = own("__qualname__").unwrap_or_else(|| c.qualname.to_string());
            Ok(if module == "builtins" { qualname } else { format!("{module}.{qualname}") })
        }
        Value::Tuple(t) if t.is_empty() => Ok("()".into()),
        Value::List(items) => {
            let items = items.borrow().clone();
            let mut parts = Vec::with_capacity(items.len());
            for item in &items {
                parts.push(arg_repr(interp, item)?);
            }
            Ok(format!("[{}]", parts.join(", ")))
        }
        _ => interp.repr(v),
    }
}

fn alias_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let alias = receiver(interp, args)?;
    render(interp, alias).map(Value::string)
}

/// How an alias is written: `list[int]`, `*tuple[int, str]`.
pub fn render(interp: &mut Interp, alias: &GenericAlias) -> PyResult<String> {
    let (origin, items) = (alias.origin.clone(), alias.args.clone());
    let mut out = if alias.starred { "*".to_string() } else { String::new() };
    out.push_str(&arg_repr(interp, &origin)?);
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
    Ok(out)
}

fn alias_call(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let origin = receiver(interp, args)?.origin.clone();
    let made = interp.call_value(origin, args[1..].to_vec(), kwargs.to_vec())?;
    // The instance remembers the alias that made it, where it can take attributes.
    match interp.set_attr(&made, "__orig_class__", args[0].clone()) {
        Err(e) if !interp.is_exc(&e, Exc::AttributeError) && !interp.is_exc(&e, Exc::TypeError) => Err(e),
        _ => Ok(made),
    }
}

/// `class C(list[int])` derives from `list`.
fn mro_entries(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let origin = receiver(interp, args)?.origin.clone();
    Ok(Value::tuple(vec![origin]))
}

/// `a == b` between two aliases: same origin and equal arguments.
pub fn alias_eq(interp: &mut Interp, a: &GenericAlias, b: &GenericAlias) -> PyResult<bool> {
    if a.starred != b.starred || !a.origin.is(&b.origin) {
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

//! `_abc`: the machinery behind `abc.ABCMeta`, as CPython keeps it in C —
//! each ABC's abstract method names, its virtual subclasses and its
//! `issubclass()` caches. Registering the builtin types with the ABCs of
//! `collections.abc` is most of what importing `typing` costs, and
//! `isinstance(x, Mapping)` is common in everyday code, so it is native.
//!
//! Each ABC holds an `_abc_data` record in `_abc_impl`: the registered
//! classes, the classes known to be subclasses, and those known not to be
//! (valid while no class was registered anywhere since: the cache token).
//! Classes are held weakly, as CPython's weak sets do.

use crate::modules::io::call_method;
use crate::objects::native_sig;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::types::Exc;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// Classes held weakly, by address.
#[derive(Default)]
struct ClassSet(RefCell<HashMap<usize, Weak<Class>>>);

impl ClassSet {
    fn contains(&self, c: &Rc<Class>) -> bool {
        self.0.borrow().get(&(Rc::as_ptr(c) as usize)).is_some_and(|w| w.strong_count() > 0)
    }
    fn add(&self, c: &Rc<Class>) {
        let mut m = self.0.borrow_mut();
        if m.len() > 64 && m.len().is_power_of_two() {
            m.retain(|_, w| w.strong_count() > 0);
        }
        m.insert(Rc::as_ptr(c) as usize, Rc::downgrade(c));
    }
    fn clear(&self) {
        self.0.borrow_mut().clear();
    }
    fn live(&self) -> Vec<Rc<Class>> {
        self.0.borrow().values().filter_map(Weak::upgrade).collect()
    }
}

/// One ABC's registry and caches (`cls._abc_impl`).
#[derive(Default)]
struct AbcData {
    registry: ClassSet,
    cache: ClassSet,
    negative: ClassSet,
    negative_version: Cell<u64>,
}

impl NativeObject for AbcData {
    fn type_name(&self) -> &str {
        "_abc_data"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The cache token: bumped by every registration with any ABC.
#[derive(Default)]
struct Token(u64);

fn token(interp: &mut Interp) -> u64 {
    interp.extensions.get_or_default::<Token>().0
}

/// The module's natives.
const FUNCTIONS: &[(&str, NativeFn, &str)] = &[
    ("_abc_init", abc_init, "($module, self, /)"),
    ("_abc_register", abc_register, "($module, self, subclass, /)"),
    ("_abc_instancecheck", abc_instancecheck, "($module, self, instance, /)"),
    ("_abc_subclasscheck", abc_subclasscheck, "($module, self, subclass, /)"),
    ("_get_dump", get_dump, "($module, self, /)"),
    ("_reset_registry", reset_registry, "($module, self, /)"),
    ("_reset_caches", reset_caches, "($module, self, /)"),
    ("get_cache_token", get_cache_token, "($module, /)"),
];

/// The `_abc` module.
pub fn module(interp: &mut Interp) -> Value {
    let object = interp.types.object.clone();
    let data = crate::vm::types::native_class(interp, "_abc_data", &object, "_abc");
    data.dict.borrow_mut().set_str("__new__", native_sig("_abc_data.__new__", data_new, "($type, /)"));
    let m = super::make_module("_abc", &[], vec![("_abc_data", Value::Class(data))]);
    if let Value::Module(module) = &m {
        let mut d = module.dict.borrow_mut();
        for (name, f, spec) in FUNCTIONS {
            d.set_str(name, native_sig(&format!("_abc.{name}"), *f, spec));
        }
    }
    m
}

fn data_new(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::native(Rc::new(AbcData::default())))
}

/// `getattr(obj, name, None)` (None also when the attribute is missing).
fn attr_or_none(interp: &mut Interp, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match interp.get_attr(obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if interp.is_exc(&e, Exc::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Whether `v.__isabstractmethod__` is true. Plain functions and values of
/// the builtin types are answered without a lookup that would raise.
fn is_abstract(interp: &mut Interp, v: &Value) -> PyResult<bool> {
    let flag = match v {
        Value::Function(f) => f.dict.borrow().as_ref().and_then(|d| d.borrow().get_str("__isabstractmethod__").cloned()),
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::Str(_)
        | Value::Tuple(_)
        | Value::List(_)
        | Value::Dict(_)
        | Value::FrozenSet(_)
        | Value::Set(_) => None,
        _ => attr_or_none(interp, v, "__isabstractmethod__")?,
    };
    match flag {
        Some(flag) => interp.truthy(&flag),
        None => Ok(false),
    }
}

/// The ABC's `_abc_impl` record.
fn data_of(interp: &mut Interp, cls: &Value) -> PyResult<Rc<AbcData>> {
    let v = interp.get_attr(cls, "_abc_impl")?;
    match &v {
        Value::Native(n) => downcast_rc::<AbcData>(n).ok_or_else(|| interp.type_error("_abc_impl is set to a wrong type")),
        _ => Err(interp.type_error("_abc_impl is set to a wrong type")),
    }
}

/// `_abc_init(cls)`: works out `cls.__abstractmethods__` — its own abstract
/// attributes and the abstract names of its bases it has not overridden —
/// and gives it an empty registry.
fn abc_init(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let cls = &args[0];
    let own = interp.get_attr(cls, "__dict__")?;
    let items = call_method(interp, &own, "items", vec![])?;
    let mut names: Vec<Value> = Vec::new();
    for pair in interp.collect_iterable(&items)? {
        let (key, value) = match &pair {
            Value::Tuple(t) if t.len() == 2 => (t[0].clone(), t[1].clone()),
            _ => return Err(interp.type_error("items() returned item which is not a 2-tuple")),
        };
        if is_abstract(interp, &value)? {
            names.push(key);
        }
    }
    let bases = interp.get_attr(cls, "__bases__")?;
    let Value::Tuple(bases) = bases else {
        return Err(interp.type_error("__bases__ is not tuple"));
    };
    for base in bases.iter() {
        let inherited = match base {
            // A class's own attribute or a base's (type's `__abstractmethods__` only raises).
            Value::Class(c) if c.meta.is_none() => interp.class_lookup(c, "__abstractmethods__"),
            _ => attr_or_none(interp, base, "__abstractmethods__")?,
        };
        let Some(inherited) = inherited else { continue };
        for name in interp.collect_iterable(&inherited)? {
            let Some(attr_name) = name.as_str().map(String::from) else {
                continue;
            };
            let found = match cls {
                Value::Class(c) => match interp.class_lookup(c, &attr_name) {
                    Some(f @ Value::Function(_)) => Some(f),
                    _ => attr_or_none(interp, cls, &attr_name)?,
                },
                _ => attr_or_none(interp, cls, &attr_name)?,
            };
            let Some(value) = found else { continue };
            if is_abstract(interp, &value)? {
                names.push(name);
            }
        }
    }
    let set = crate::objects::set::to_set(interp, &Value::list(names))?;
    interp.set_attr(cls, "__abstractmethods__", Value::FrozenSet(Rc::new(set)))?;
    let data = AbcData::default();
    data.negative_version.set(token(interp));
    interp.set_attr(cls, "_abc_impl", Value::native(Rc::new(data)))?;
    // CPython turns `__abc_tpflags__` into the type's pattern-matching flags and drops it.
    if let Value::Class(c) = cls {
        c.dict.borrow_mut().remove_str("__abc_tpflags__");
    }
    Ok(Value::None)
}

/// `issubclass(sub, cls)` through the builtin (metaclass hooks included).
fn issubclass(interp: &mut Interp, sub: &Value, cls: &Value) -> PyResult<bool> {
    crate::builtins::functions::is_subclass_value(interp, sub, cls)
}

/// `_abc_register(cls, subclass)`: makes `subclass` a virtual subclass.
fn abc_register(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (cls, sub) = (&args[0], &args[1]);
    let Value::Class(sub_class) = sub else {
        return Err(interp.type_error("Can only register classes"));
    };
    if issubclass(interp, sub, cls)? {
        return Ok(sub.clone());
    }
    if issubclass(interp, cls, sub)? {
        return Err(interp.new_error(Exc::RuntimeError, "Refusing to create an inheritance cycle".to_string()));
    }
    let data = data_of(interp, cls)?;
    data.registry.add(sub_class);
    interp.extensions.get_or_default::<Token>().0 += 1;
    Ok(sub.clone())
}

/// `_abc_instancecheck(cls, instance)`.
fn abc_instancecheck(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (cls, instance) = (&args[0], &args[1]);
    let data = data_of(interp, cls)?;
    let claimed = interp.get_attr(instance, "__class__")?;
    if let Value::Class(c) = &claimed {
        if data.cache.contains(c) {
            return Ok(Value::Bool(true));
        }
    }
    let actual = interp.type_of(instance);
    if matches!(&claimed, Value::Class(c) if Rc::ptr_eq(c, &actual)) {
        if data.negative_version.get() == token(interp) && data.negative.contains(&actual) {
            return Ok(Value::Bool(false));
        }
        return call_method(interp, cls, "__subclasscheck__", vec![claimed.clone()]);
    }
    let first = call_method(interp, cls, "__subclasscheck__", vec![claimed.clone()])?;
    if interp.truthy(&first)? {
        return Ok(first);
    }
    call_method(interp, cls, "__subclasscheck__", vec![Value::Class(actual)])
}

/// `_abc_subclasscheck(cls, subclass)`: the subclass hook, real inheritance,
/// the registry and the subclasses' own checks, in that order, cached.
fn abc_subclasscheck(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (cls, sub) = (&args[0], &args[1]);
    let Value::Class(sub_class) = sub else {
        return Err(interp.type_error("issubclass() arg 1 must be a class"));
    };
    let data = data_of(interp, cls)?;
    if data.cache.contains(sub_class) {
        return Ok(Value::Bool(true));
    }
    let now = token(interp);
    if data.negative_version.get() < now {
        data.negative.clear();
        data.negative_version.set(now);
    } else if data.negative.contains(sub_class) {
        return Ok(Value::Bool(false));
    }
    let hook = interp.get_attr(cls, "__subclasshook__")?;
    match interp.call_value(hook, vec![sub.clone()], vec![])? {
        Value::Bool(true) => {
            data.cache.add(sub_class);
            return Ok(Value::Bool(true));
        }
        Value::Bool(false) => {
            data.negative.add(sub_class);
            return Ok(Value::Bool(false));
        }
        Value::NotImplemented => {}
        _ => {
            let msg = "__subclasshook__ must return either False, True, or NotImplemented".to_string();
            return Err(interp.new_error(Exc::AssertionError, msg));
        }
    }
    if let Value::Class(c) = cls {
        if crate::vm::exceptions::is_subclass(sub_class, c) {
            data.cache.add(sub_class);
            return Ok(Value::Bool(true));
        }
    }
    // Registered itself: true, and not cached (clearing the registry undoes it).
    if data.registry.contains(sub_class) {
        return Ok(Value::Bool(true));
    }
    for registered in data.registry.live() {
        if issubclass(interp, sub, &Value::Class(registered))? {
            data.cache.add(sub_class);
            return Ok(Value::Bool(true));
        }
    }
    let children = call_method(interp, cls, "__subclasses__", vec![])?;
    let Value::List(children) = children else {
        return Err(interp.type_error("__subclasses__() must return a list"));
    };
    let children: Vec<Value> = children.borrow().clone();
    for child in &children {
        // A class whose creation failed part-way (its `__init_subclass__` raised)
        // stays among the subclasses, without its record, until it is collected.
        if let Value::Class(c) = child {
            if c.meta.is_some() && c.dict.borrow().get_str("_abc_impl").is_none() {
                continue;
            }
        }
        if issubclass(interp, sub, child)? {
            data.cache.add(sub_class);
            return Ok(Value::Bool(true));
        }
    }
    data.negative.add(sub_class);
    Ok(Value::Bool(false))
}

/// A set of the live classes of `set`.
fn class_set(interp: &mut Interp, set: &ClassSet) -> PyResult<Value> {
    let items: Vec<Value> = set.live().into_iter().map(Value::Class).collect();
    Ok(Value::Set(Rc::new(RefCell::new(crate::objects::set::to_set(interp, &Value::list(items))?))))
}

/// `_get_dump(cls)`: (registry, cache, negative cache, negative cache version).
fn get_dump(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let data = data_of(interp, &args[0])?;
    let registry = class_set(interp, &data.registry)?;
    let cache = class_set(interp, &data.cache)?;
    let negative = class_set(interp, &data.negative)?;
    let version = Value::Int(data.negative_version.get() as i64);
    Ok(Value::tuple(vec![registry, cache, negative, version]))
}

/// `_reset_registry(cls)`: forgets the virtual subclasses.
fn reset_registry(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    data_of(interp, &args[0])?.registry.clear();
    Ok(Value::None)
}

/// `_reset_caches(cls)`: empties both caches.
fn reset_caches(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let data = data_of(interp, &args[0])?;
    data.cache.clear();
    data.negative.clear();
    Ok(Value::None)
}

/// `get_cache_token()`: changes whenever a class is registered with any ABC.
fn get_cache_token(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(token(interp) as i64))
}

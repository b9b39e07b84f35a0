//! Class machinery exposed to scripts: making a class object, `object`'s
//! methods, `mro()` and `__subclasses__()`, and the property / classmethod /
//! staticmethod descriptors (`type` itself is in `metaclass.rs`).

use super::{add_method, check_args, kwarg, native};
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::types;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub fn register(interp: &mut Interp) {
    let object = interp.types.object.clone();
    add_method(&object, "__init__", object_init);
    add_method(&object, "__repr__", object_repr);
    add_method(&object, "__str__", object_str);
    add_method(&object, "__eq__", object_eq);
    add_method(&object, "__ne__", object_ne);
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        add_method(&object, name, object_order);
    }
    add_method(&object, "__hash__", object_hash);
    add_method(&object, "__setattr__", object_setattr);
    add_method(&object, "__getattribute__", object_getattribute);
    add_method(&object, "__delattr__", object_delattr);
    add_method(&object, "__format__", object_format);
    add_method(&object, "__new__", object_new);
    add_method(&object, "__reduce_ex__", object_reduce_ex);
    add_method(&object, "__reduce__", object_reduce);
    add_method(&object, "__getstate__", object_getstate);
    add_method(&object, "__dir__", object_dir);
    let init_subclass = native("__init_subclass__", object_init_subclass);
    object.dict.borrow_mut().set_str("__init_subclass__", Value::Descriptor(Rc::new(Descriptor::ClassMethod(init_subclass))));
    let subclasshook = native("__subclasshook__", object_subclasshook);
    object.dict.borrow_mut().set_str("__subclasshook__", Value::Descriptor(Rc::new(Descriptor::ClassMethod(subclasshook))));
    let type_ = interp.types.type_.clone();
    add_method(&type_, "mro", type_mro);
    add_method(&type_, "__subclasses__", type_subclasses);
    let property = interp.types.property.clone();
    property.dict.borrow_mut().set_str("__new__", native("property", property_new));
    add_method(&property, "setter", property_setter);
    add_method(&property, "getter", property_getter);
    add_method(&property, "deleter", property_deleter);
    let classmethod = interp.types.classmethod.clone();
    classmethod.dict.borrow_mut().set_str("__new__", native("classmethod", classmethod_new));
    let staticmethod = interp.types.staticmethod.clone();
    staticmethod.dict.borrow_mut().set_str("__new__", native("staticmethod", staticmethod_new));
}

/// Makes a class object from its name, bases and namespace.
/// `meta` is the metaclass when it is not `type`.
pub fn make_class(
    interp: &mut Interp,
    name: &str,
    bases: Vec<Rc<Class>>,
    mut ns: Dict,
    meta: Option<Rc<Class>>,
) -> PyResult<Rc<Class>> {
    let bases = if bases.is_empty() { vec![interp.types.object.clone()] } else { bases };
    super::builtin_subclass::check_bases(interp, &bases)?;
    let kind =
        if bases.iter().any(|b| b.kind == ClassKind::Exception) { ClassKind::Exception } else { ClassKind::Object };
    let Some(mro) = types::c3_mro(&bases) else {
        let names: Vec<String> = bases.iter().map(|b| b.name.to_string()).collect();
        return Err(interp.type_error(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        )));
    };
    let module =
        ns.get_str("__module__").and_then(|m| m.as_str().map(String::from)).unwrap_or_else(|| "__main__".into());
    let qualname = ns.get_str("__qualname__").and_then(|m| m.as_str().map(String::from)).unwrap_or_else(|| name.into());
    ns.remove_str("__qualname__");
    if ns.get_str("__doc__").is_none() {
        ns.set_str("__doc__", Value::None);
    }
    // Implicit classmethods.
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f @ Value::Function(_)) = ns.get_str(special).cloned() {
            ns.set_str(special, Value::Descriptor(Rc::new(Descriptor::ClassMethod(f))));
        }
    }
    // Defining `__eq__` without `__hash__` makes instances unhashable, as in CPython's type_new
    // (only at class creation: assigning `C.__eq__` later keeps the inherited hash).
    if ns.get_str("__eq__").is_some() && ns.get_str("__hash__").is_none() {
        ns.set_str("__hash__", Value::None);
    }
    if let Some(f @ Value::Function(_)) = ns.get_str("__new__").cloned() {
        ns.set_str("__new__", Value::Descriptor(Rc::new(Descriptor::StaticMethod(f))));
    }
    let cls = Rc::new(Class {
        name: name.into(),
        qualname: qualname.into(),
        bases,
        mro,
        dict: Rc::new(RefCell::new(ns)),
        kind,
        module: module.into(),
        flags: Cell::new(0),
        init_cache: Default::default(),
        meta,
        subclasses: Default::default(),
        renamed: Default::default(),
        ctor: Cell::new(None),
        init_fills: Cell::new(false),
        gc_slot: Default::default(),
    });
    types::refresh_flags(&cls);
    for b in &cls.bases {
        let mut subs = b.subclasses.borrow_mut();
        subs.retain(|w| w.strong_count() > 0);
        subs.push(Rc::downgrade(&cls));
    }
    crate::vm::gc::track(crate::vm::gc::Node::Class(Rc::downgrade(&cls)));
    Ok(cls)
}

/// Whether `cls` finds `name` in `object` itself (does not override it).
fn inherits_from_object(interp: &Interp, cls: &Rc<Class>, name: &str) -> bool {
    let own = interp.types.object.dict.borrow().get_str(name).cloned();
    match (interp.class_lookup(cls, name), own) {
        (Some(found), Some(own)) => found.is(&own),
        _ => true,
    }
}

/// Whether `v` is object's own `__init__` (recognised by its entry point:
/// instantiation skips calling it).
pub fn is_object_init(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if std::ptr::fn_addr_eq(b.func, object_init as NativeFn))
}

/// Whether `v` is object's own `__repr__` (repr() formats such instances itself).
pub fn is_object_repr(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if std::ptr::fn_addr_eq(b.func, object_repr as NativeFn))
}

/// Whether `v` is object's own `__str__` (str() falls back to repr()).
pub fn is_object_str(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if std::ptr::fn_addr_eq(b.func, object_str as NativeFn))
}

/// `object.__init__`: arguments beyond the instance are an error unless the
/// class's own `__new__` is the one meant to take them.
fn object_init(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if args.len() > 1 || !kwargs.is_empty() {
        let cls = interp.type_of(&args[0]);
        if !inherits_from_object(interp, &cls, "__init__") {
            return Err(interp.type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if inherits_from_object(interp, &cls, "__new__") {
            let n = cls.current_name();
            return Err(interp.type_error(format!("{n}.__init__() takes exactly one argument (the instance to initialize)")));
        }
    }
    Ok(Value::None)
}

fn object_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__repr__", args, 1, 1)?;
    Ok(Value::string(interp.object_repr(&args[0])?))
}

fn object_str(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__str__", args, 1, 1)?;
    Ok(Value::string(interp.repr(&args[0])?))
}

fn object_eq(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__eq__", args, 2, 2)?;
    Ok(if args[0].is(&args[1]) { Value::Bool(true) } else { Value::NotImplemented })
}

/// `object.__lt__` and the other orderings: no opinion (NotImplemented), so
/// the other operand is asked and then the TypeError is raised.
fn object_order(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__lt__", args, 2, 2)?;
    Ok(Value::NotImplemented)
}

fn object_ne(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__ne__", args, 2, 2)?;
    let eq = interp.compare_op(crate::syntax::ast::CmpOp::Eq, &args[0], &args[1])?;
    Ok(Value::Bool(!interp.truthy(&eq)?))
}

fn object_hash(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__hash__", args, 1, 1)?;
    Ok(Value::Int(crate::vm::ops::from_internal_hash(crate::vm::ops::identity_hash(&args[0]))))
}

fn object_setattr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__setattr__", args, 3, 3)?;
    let name = args[1].as_str().unwrap_or("").to_string();
    match &args[0] {
        Value::Instance(inst) => {
            // The generic store: descriptors and slots apply, the class's own
            // `__setattr__` (which may be what called this) does not.
            interp.instance_setattr(&args[0], inst, &name, args[2].clone())?;
            Ok(Value::None)
        }
        Value::Class(c) => {
            let c = c.clone();
            interp.set_class_attr(&c, &name, args[2].clone(), false)?;
            Ok(Value::None)
        }
        other => {
            interp.set_attr(other, &name, args[2].clone())?;
            Ok(Value::None)
        }
    }
}

fn object_getattribute(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__getattribute__", args, 2, 2)?;
    let name = args[1].as_str().unwrap_or("").to_string();
    interp.get_attr_generic(&args[0], &name, false)
}

fn object_delattr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__delattr__", args, 2, 2)?;
    let name = args[1].as_str().unwrap_or("").to_string();
    if let Value::Instance(inst) = &args[0] {
        if inst.dict.borrow_mut().remove_str(&name).is_some() {
            return Ok(Value::None);
        }
    }
    if let Value::Class(c) = &args[0] {
        // Straight from the class's dict: a metaclass's `__delattr__` may be what called us.
        if c.kind != ClassKind::Builtin && c.dict.borrow_mut().remove_str(&name).is_some() {
            types::refresh_flags(c);
            interp.class_epoch += 1;
            return Ok(Value::None);
        }
        let n = c.name.clone();
        return Err(interp.attribute_error(format!("type object '{n}' has no attribute '{name}'")));
    }
    interp.del_attr_plain(&args[0], &name)?;
    Ok(Value::None)
}

fn object_format(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__format__", args, 2, 2)?;
    if args[1].as_str().map(|s| !s.is_empty()).unwrap_or(false) {
        let t = interp.type_name(&args[0]);
        return Err(interp.type_error(format!("unsupported format string passed to {t}.__format__")));
    }
    Ok(Value::string(interp.to_str(&args[0])?))
}

/// `object.__reduce_ex__`, `__reduce__` and `__getstate__`: the pickle protocol's defaults
/// are written in coil, in stdlib/copyreg.py (`_object_reduce_ex` and friends).
fn via_copyreg(interp: &mut Interp, helper: &str, args: &[Value]) -> PyResult<Value> {
    let module = interp.import_module("copyreg")?;
    let func = interp.get_attr(&module, helper)?;
    interp.call_value(func, args.to_vec(), Vec::new())
}

/// `object.__dir__(self)`: the default listing `dir()` makes.
fn object_dir(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__dir__", args, 1, 1)?;
    let names = default_dir(interp, &args[0]);
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn object_reduce_ex(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__reduce_ex__", args, 2, 2)?;
    via_copyreg(interp, "_object_reduce_ex", args)
}

fn object_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__reduce__", args, 1, 1)?;
    via_copyreg(interp, "_object_reduce", args)
}

fn object_getstate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__getstate__", args, 1, 1)?;
    via_copyreg(interp, "_object_getstate", args)
}

fn object_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if let (Some(Value::Class(c)), true) = (args.first(), args.len() > 1 || !kwargs.is_empty()) {
        if !inherits_from_object(interp, c, "__new__") {
            return Err(interp.type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if inherits_from_object(interp, c, "__init__") {
            let n = c.current_name();
            return Err(interp.type_error(format!("{n}() takes no arguments")));
        }
    }
    match args.first() {
        Some(Value::Class(c)) if c.flags.get() & types::IS_TYPE != 0 => {
            let n = c.name.clone();
            Err(interp.type_error(format!("object.__new__({n}) is not safe, use {n}.__new__()")))
        }
        Some(Value::Class(c)) => {
            let c = c.clone();
            if super::builtin_subclass::builtin_base(&c).is_some() {
                // CPython names the nearest class whose `__new__` is not written in Python.
                let own_new = |k: &Rc<Class>| {
                    matches!(k.dict.borrow().get_str("__new__"), Some(Value::Function(_) | Value::Descriptor(_)))
                };
                let safe = std::iter::once(&c).chain(c.mro.iter()).find(|k| !own_new(k)).unwrap_or(&c);
                let (n, b) = (c.current_name(), safe.current_name());
                return Err(interp.type_error(format!("object.__new__({n}) is not safe, use {b}.__new__()")));
            }
            if c.flags.get() & types::IS_ABSTRACT != 0 {
                return Err(interp.abstract_refusal(&c));
            }
            Ok(interp.new_instance(&c))
        }
        Some(other) => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("object.__new__(X): X is not a type object ({t})")))
        }
        None => Err(interp.type_error("object.__new__(): not enough arguments")),
    }
}

/// `object.__subclasshook__` (a classmethod): no opinion, so `issubclass` decides normally.
fn object_subclasshook(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

/// `object.__init_subclass__` (a classmethod): accepts no keywords.
fn object_init_subclass(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        let n = match args.first() {
            Some(Value::Class(c)) => c.name.to_string(),
            _ => "object".into(),
        };
        return Err(interp.type_error(format!("{n}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(Value::None)
}

fn type_mro(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => {
            let mut items = vec![Value::Class(c.clone())];
            items.extend(c.mro.iter().map(|m| Value::Class(m.clone())));
            Ok(Value::list(items))
        }
        _ => Err(interp.type_error("descriptor 'mro' requires a 'type' object")),
    }
}

fn type_subclasses(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => {
            Ok(Value::list(c.subclasses.borrow().iter().filter_map(|w| w.upgrade()).map(Value::Class).collect()))
        }
        _ => Err(interp.type_error("unbound method type.__subclasses__() needs an argument")),
    }
}

fn property_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args(interp, "property", args, 0, 4)?;
    let get =
        |i: usize, name: &str| args.get(i).cloned().or_else(|| kwarg(kwargs, name).cloned()).unwrap_or(Value::None);
    Ok(Value::Descriptor(Rc::new(Descriptor::Property {
        fget: get(0, "fget"),
        fset: get(1, "fset"),
        fdel: get(2, "fdel"),
        doc: get(3, "doc"),
    })))
}

/// A copy of a property with one accessor replaced.
fn property_with(interp: &mut Interp, args: &[Value], which: u8) -> PyResult<Value> {
    check_args(interp, "setter", args, 2, 2)?;
    let Value::Descriptor(d) = &args[0] else { return Err(interp.type_error("expected a property")) };
    let Descriptor::Property { fget, fset, fdel, doc } = &**d else {
        return Err(interp.type_error("expected a property"));
    };
    let (mut g, mut s, mut dl) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => g = args[1].clone(),
        1 => s = args[1].clone(),
        _ => dl = args[1].clone(),
    }
    Ok(Value::Descriptor(Rc::new(Descriptor::Property { fget: g, fset: s, fdel: dl, doc: doc.clone() })))
}

fn property_getter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    property_with(interp, args, 0)
}

fn property_setter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    property_with(interp, args, 1)
}

fn property_deleter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    property_with(interp, args, 2)
}

fn classmethod_new(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "classmethod", args, 1, 1)?;
    Ok(Value::Descriptor(Rc::new(Descriptor::ClassMethod(args[0].clone()))))
}

fn staticmethod_new(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "staticmethod", args, 1, 1)?;
    Ok(Value::Descriptor(Rc::new(Descriptor::StaticMethod(args[0].clone()))))
}

/// The names `dir(v)` lists when no `__dir__` decides (and what `object.__dir__`
/// returns): the object's own attributes and those of its class and the class's
/// bases, sorted.
pub(crate) fn default_dir(interp: &mut Interp, v: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut add_dict = |d: &crate::vm::dict::Dict| {
        for k in d.keys() {
            if let Some(s) = k.as_str() {
                names.push(s.to_string());
            }
        }
    };
    match v {
        Value::Module(m) => add_dict(&m.dict.borrow()),
        Value::Instance(i) => add_dict(&i.dict.borrow()),
        Value::Class(_) => {}
        // Functions and other objects with a `__dict__` of their own.
        _ => {
            if let Ok(Value::Dict(d)) = interp.get_attr(v, "__dict__") {
                add_dict(&d.borrow());
            }
        }
    }
    let cls = match v {
        Value::Class(c) => c.clone(),
        _ => interp.type_of(v),
    };
    if !matches!(v, Value::Module(_)) {
        add_dict(&cls.dict.borrow());
        for c in cls.mro.iter() {
            add_dict(&c.dict.borrow());
        }
    }
    names.sort();
    names.dedup();
    names
}

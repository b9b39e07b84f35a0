//! `type` and the metaclass protocol: `__build_class__` (the metaclass from
//! `metaclass=` or the bases, the most derived metaclass, `__prepare__`, class
//! keywords), `type(x)`, `type(name, bases, ns)`, the `__new__`, `__init__`,
//! `__call__` and `__prepare__` of `type`, then `__set_name__` and
//! `__init_subclass__` as `type.__new__` runs them.

use crate::vm::types::Exc;
use super::classes::make_class;
use super::native;
use crate::vm::dict::Dict;
use crate::vm::exceptions::is_subclass;
use crate::vm::frame::ReturnTo;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::types;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// Adds `__build_class__` and the methods of `type`.
pub fn register(interp: &mut Interp) {
    interp.builtins.borrow_mut().set_str("__build_class__", native("__build_class__", build_class));
    let type_ = interp.types.type_.clone();
    let mut d = type_.dict.borrow_mut();
    d.set_str("__new__", native("__new__", type_dunder_new));
    d.set_str("__init__", native("__init__", type_init));
    d.set_str("__call__", native("__call__", type_dunder_call));
    d.set_str("__repr__", native("__repr__", type_repr));
    d.set_str("__instancecheck__", native("__instancecheck__", type_instancecheck));
    d.set_str("__subclasscheck__", native("__subclasscheck__", type_subclasscheck));
    let prepare = native("__prepare__", type_prepare);
    d.set_str("__prepare__", Value::Descriptor(Rc::new(Descriptor::ClassMethod(prepare))));
}

/// Whether `cls` is `type` or a subclass of it.
pub fn is_type_class(cls: &Rc<Class>) -> bool {
    cls.flags.get() & types::IS_TYPE != 0
}

/// The metaclass of a class (`type` unless it has another).
fn meta_of(interp: &Interp, cls: &Rc<Class>) -> Rc<Class> {
    cls.meta.clone().unwrap_or_else(|| interp.types.type_.clone())
}

/// The most derived of `meta` and the metaclasses of `bases`, or CPython's conflict error.
pub fn calculate_meta(interp: &mut Interp, meta: &Rc<Class>, bases: &[Value]) -> PyResult<Rc<Class>> {
    let mut winner = meta.clone();
    for b in bases {
        let t = interp.type_of(b);
        if is_subclass(&winner, &t) {
            continue;
        }
        if is_subclass(&t, &winner) {
            winner = t;
            continue;
        }
        return Err(interp.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `__build_class__(body, name, *bases, metaclass=..., **kw)`.
fn build_class(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(interp.type_error("__build_class__: not enough arguments"));
    }
    let Value::Function(body) = &args[0] else {
        return Err(interp.type_error("__build_class__: func must be a function"));
    };
    let name = args[1].clone();
    let orig_bases = args[2..].to_vec();
    let bases = resolve_bases(interp, &orig_bases)?;
    let mut kw: Vec<(Rc<str>, Value)> = Vec::with_capacity(kwargs.len());
    let mut meta = None;
    for (k, v) in kwargs {
        if k.as_ref() == "metaclass" {
            meta = Some(v.clone());
        } else {
            kw.push((k.clone(), v.clone()));
        }
    }
    let meta = match meta {
        Some(Value::Class(m)) => Value::Class(calculate_meta(interp, &m, &bases)?),
        Some(other) => other,
        None => {
            let first = match bases.first() {
                Some(b) => interp.type_of(b),
                None => interp.types.type_.clone(),
            };
            Value::Class(calculate_meta(interp, &first, &bases)?)
        }
    };
    let bases_tuple = Value::tuple(bases.clone());
    let ns = prepare_namespace(interp, &meta, &name, &bases_tuple, &kw)?;
    let mut frame = interp.function_frame(body, vec![], vec![], ReturnTo::Native)?;
    match &ns {
        Value::Dict(d) => frame.namespace = Some(d.clone()),
        other => {
            frame.namespace = Some(Rc::new(RefCell::new(Dict::new())));
            frame.mapping = Some(Box::new(other.clone()));
        }
    }
    let cell = interp.run_frame(frame)?;
    if bases.len() != orig_bases.len() || bases.iter().zip(&orig_bases).any(|(a, b)| !a.is(b)) {
        let key = interp.intern("__orig_bases__");
        interp.set_item(&ns, key, Value::tuple(orig_bases))?;
    }
    if let Value::Cell(_) = &cell {
        let key = interp.intern("__classcell__");
        interp.set_item(&ns, key, cell.clone())?;
    }
    let cls = interp.call_value(meta, vec![name, bases_tuple, ns], kw)?;
    if let (Value::Cell(c), Value::Class(_)) = (&cell, &cls) {
        if matches!(*c.borrow(), Value::Undefined) {
            *c.borrow_mut() = cls.clone();
        }
    }
    Ok(cls)
}

/// The bases with each non-class that has `__mro_entries__` replaced by the
/// classes it returns (`class C(list[int])` derives from `list`), as PEP 560.
fn resolve_bases(interp: &mut Interp, bases: &[Value]) -> PyResult<Vec<Value>> {
    if bases.iter().all(|b| matches!(b, Value::Class(_))) {
        return Ok(bases.to_vec());
    }
    let originals = Value::tuple(bases.to_vec());
    let mut out = Vec::with_capacity(bases.len());
    for b in bases {
        if matches!(b, Value::Class(_)) {
            out.push(b.clone());
            continue;
        }
        let entries = match interp.get_attr(b, "__mro_entries__") {
            Ok(f) => f,
            Err(e) if interp.is_exc(&e, Exc::AttributeError) => {
                out.push(b.clone());
                continue;
            }
            Err(e) => return Err(e),
        };
        match interp.call_value(entries, vec![originals.clone()], vec![])? {
            Value::Tuple(t) => out.extend(t.iter().cloned()),
            _ => return Err(interp.type_error("__mro_entries__ must return a tuple")),
        }
    }
    Ok(out)
}

/// The class body's namespace: `meta.__prepare__(name, bases, **kw)`, or a new dict.
fn prepare_namespace(interp: &mut Interp, meta: &Value, name: &Value, bases: &Value, kw: KwArgs) -> PyResult<Value> {
    let prepare = match meta {
        Value::Class(m) if m.meta.is_none() && Rc::ptr_eq(m, &interp.types.type_) => None,
        _ => match interp.get_attr(meta, "__prepare__") {
            Ok(p) => Some(p),
            Err(e) if interp.is_exc(&e, Exc::AttributeError) => None,
            Err(e) => return Err(e),
        },
    };
    let Some(prepare) = prepare else { return Ok(Value::dict(Dict::new())) };
    let ns = interp.call_value(prepare, vec![name.clone(), bases.clone()], kw.to_vec())?;
    let mapping = match &ns {
        Value::Dict(_) => true,
        Value::Instance(_) => interp.lookup_special(&ns, "__getitem__").is_some(),
        _ => false,
    };
    if !mapping {
        let who = match meta {
            Value::Class(m) => m.name.to_string(),
            _ => "<metaclass>".into(),
        };
        let t = interp.type_name(&ns);
        return Err(interp.type_error(format!("{who}.__prepare__() must return a mapping, not {t}")));
    }
    Ok(ns)
}

/// `type.__prepare__(name, bases, **kw)`: a new dict.
fn type_prepare(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::dict(Dict::new()))
}

/// Calling a class whose metaclass is `cls` (a subclass of `type`) without a `__call__`
/// of its own, or `type.__call__(cls, ...)`: `__new__`, then `__init__` when the result
/// is an instance of `cls`.
/// `module` is the `__name__` of the caller's globals, the `__module__` of a class
/// made by `type(name, bases, ns)` whose namespace has none.
pub fn type_call(
    interp: &mut Interp,
    cls: &Rc<Class>,
    args: &[Value],
    kwargs: KwArgs,
    module: Option<&Value>,
) -> PyResult<Value> {
    if Rc::ptr_eq(cls, &interp.types.type_) {
        if args.len() == 1 {
            if !kwargs.is_empty() {
                return Err(interp.type_error("type() takes no keyword arguments"));
            }
            return Ok(Value::Class(interp.type_of(&args[0])));
        }
        if args.len() != 3 {
            return Err(interp.type_error("type() takes 1 or 3 arguments"));
        }
    }
    if !is_type_class(cls) {
        // `type.__call__(C)` for an ordinary class: the usual construction.
        return interp.construct(cls, args.to_vec(), kwargs.to_vec());
    }
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(Value::Class(cls.clone()));
    full.extend(args.iter().cloned());
    let obj = match interp.class_lookup(cls, "__new__") {
        Some(Value::Builtin(b)) if std::ptr::fn_addr_eq(b.func, type_dunder_new as NativeFn) => type_new_impl(interp, &full, kwargs, module)?,
        Some(new) => {
            let new = unwrap_static(new);
            interp.call_value(new, full, kwargs.to_vec())?
        }
        None => type_new_impl(interp, &full, kwargs, module)?,
    };
    let Value::Class(made) = &obj else { return Ok(obj) };
    if !is_subclass(&meta_of(interp, made), cls) {
        return Ok(obj);
    }
    match interp.class_lookup(cls, "__init__") {
        Some(Value::Builtin(b)) if std::ptr::fn_addr_eq(b.func, type_init as NativeFn) => {
            let mut full = vec![obj.clone()];
            full.extend(args.iter().cloned());
            type_init(interp, &full, kwargs)?;
        }
        Some(init) => {
            let mut full = vec![obj.clone()];
            full.extend(args.iter().cloned());
            let r = interp.call_value(init, full, kwargs.to_vec())?;
            if !r.is_none() {
                let t = interp.type_name(&r);
                return Err(interp.type_error(format!("__init__() should return None, not '{t}'")));
            }
        }
        None => {}
    }
    Ok(obj)
}

/// The function inside a `staticmethod`, or the value itself.
fn unwrap_static(v: Value) -> Value {
    match &v {
        Value::Descriptor(d) => match &**d {
            Descriptor::StaticMethod(f) => f.clone(),
            _ => v,
        },
        _ => v,
    }
}

/// Whether `v` is `type.__call__` (a metaclass that does not override it
/// makes instances the ordinary way).
pub fn is_type_call(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if std::ptr::fn_addr_eq(b.func, type_dunder_call as NativeFn))
}

/// `type.__call__(cls, *args, **kw)`.
fn type_dunder_call(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => {
            let c = c.clone();
            guarded(interp, |interp| type_call(interp, &c, &args[1..], kwargs, None))
        }
        Some(other) => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("descriptor '__call__' requires a 'type' object but received a '{t}'")))
        }
        None => Err(interp.type_error("descriptor '__call__' of 'type' object needs an argument")),
    }
}

/// Runs `f` one native level deeper, raising RecursionError past the limit (metaclass
/// hooks can call each other without a language frame in between).
pub fn guarded<T>(interp: &mut Interp, f: impl FnOnce(&mut Interp) -> PyResult<T>) -> PyResult<T> {
    if interp.native_depth >= crate::vm::run::MAX_NATIVE_DEPTH || crate::vm::stack_guard::exhausted() {
        return Err(interp.recursion_error());
    }
    interp.native_depth += 1;
    let r = f(interp);
    interp.native_depth -= 1;
    r
}

/// `type.__new__(mcls, name, bases, ns, **kw)` (and `type.__new__(type, x)`).
pub fn type_dunder_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    type_new_impl(interp, args, kwargs, None)
}

/// `type.__new__`, with the caller's module name when it is known.
fn type_new_impl(interp: &mut Interp, args: &[Value], kwargs: KwArgs, module: Option<&Value>) -> PyResult<Value> {
    let mcls = match args.first() {
        Some(Value::Class(c)) => c.clone(),
        Some(other) => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("type.__new__(X): X is not a type object ({t})")));
        }
        None => return Err(interp.type_error("type.__new__(): not enough arguments")),
    };
    if !is_type_class(&mcls) {
        let n = mcls.name.clone();
        return Err(interp.type_error(format!("type.__new__({n}): {n} is not a subtype of type")));
    }
    let rest = &args[1..];
    if Rc::ptr_eq(&mcls, &interp.types.type_) && rest.len() == 1 && kwargs.is_empty() {
        return Ok(Value::Class(interp.type_of(&rest[0])));
    }
    if rest.len() != 3 {
        return Err(interp.type_error(format!("type.__new__() takes exactly 3 arguments ({} given)", rest.len())));
    }
    let name = match &rest[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("type.__new__() argument 1 must be str, not {t}")));
        }
    };
    let Value::Tuple(bases) = &rest[1] else {
        let t = interp.type_name(&rest[1]);
        return Err(interp.type_error(format!("type.__new__() argument 2 must be tuple, not {t}")));
    };
    let Value::Dict(ns) = rest[2].builtin_value() else {
        let t = interp.type_name(&rest[2]);
        return Err(interp.type_error(format!("type.__new__() argument 3 must be dict, not {t}")));
    };
    let winner = calculate_meta(interp, &mcls, bases)?;
    if !Rc::ptr_eq(&winner, &mcls) {
        if let Some(new) = interp.class_lookup(&winner, "__new__") {
            if !matches!(&new, Value::Builtin(b) if std::ptr::fn_addr_eq(b.func, type_dunder_new as NativeFn)) {
                let mut full = vec![Value::Class(winner.clone())];
                full.extend(rest.iter().cloned());
                return interp.call_value(unwrap_static(new), full, kwargs.to_vec());
            }
        }
    }
    let mut class_bases = Vec::with_capacity(bases.len());
    for b in bases.iter() {
        let Value::Class(c) = b else { return Err(interp.type_error("bases must be types")) };
        if class_bases.iter().any(|x: &Rc<Class>| Rc::ptr_eq(x, c)) {
            let n = c.name.clone();
            return Err(interp.type_error(format!("duplicate base class {n}")));
        }
        class_bases.push(c.clone());
    }
    let mut ns = ns.borrow().clone();
    let cell = ns.remove_str("__classcell__");
    if let (None, Some(m)) = (ns.get_str("__module__"), module) {
        ns.set_str("__module__", m.clone());
    }
    let meta = if Rc::ptr_eq(&winner, &interp.types.type_) { None } else { Some(winner) };
    let cls = make_class(interp, &name, class_bases, ns, meta)?;
    if let Some(Value::Cell(c)) = cell {
        *c.borrow_mut() = Value::Class(cls.clone());
    }
    set_names(interp, &cls)?;
    init_subclass(interp, &cls, kwargs)?;
    Ok(Value::Class(cls))
}

/// Calls `__set_name__(cls, name)` on each attribute of the new class that has one.
fn set_names(interp: &mut Interp, cls: &Rc<Class>) -> PyResult<()> {
    let attrs: Vec<(Value, Value)> = cls.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    for (k, v) in attrs {
        if !matches!(v, Value::Instance(_)) {
            continue;
        }
        if let Some(set_name) = interp.lookup_special(&v, "__set_name__") {
            if let Err(e) = interp.call_value(set_name, vec![Value::Class(cls.clone()), k.clone()], vec![]) {
                let t = interp.type_name(&v);
                let key = interp.repr(&k)?;
                let n = cls.name.clone();
                let err = interp.runtime_error(format!("Error calling __set_name__ on '{t}' instance {key} in '{n}'"));
                if let Value::Instance(i) = &err {
                    if let Some(exc) = &i.exc {
                        let mut x = exc.borrow_mut();
                        x.cause = e.clone();
                        x.context = e;
                        x.suppress_context = true;
                    }
                }
                return Err(err);
            }
        }
    }
    Ok(())
}

/// `super(cls, cls).__init_subclass__(**kw)`.
fn init_subclass(interp: &mut Interp, cls: &Rc<Class>, kwargs: KwArgs) -> PyResult<()> {
    let hook = cls.mro.iter().find_map(|c| c.dict.borrow().get_str("__init_subclass__").cloned());
    match hook {
        Some(Value::Descriptor(d)) => match &*d {
            Descriptor::ClassMethod(f) => {
                interp.call_value(f.clone(), vec![Value::Class(cls.clone())], kwargs.to_vec())?;
            }
            Descriptor::StaticMethod(f) => {
                interp.call_value(f.clone(), vec![], kwargs.to_vec())?;
            }
            _ => {}
        },
        Some(other) => {
            interp.call_value(other, vec![Value::Class(cls.clone())], kwargs.to_vec())?;
        }
        None => {}
    }
    Ok(())
}

/// `type.__init__(cls, *args, **kw)`: only checks its arguments.
fn type_init(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(c @ Value::Class(_)) if is_type_class(&interp.type_of(c)) => {}
        Some(other) => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("descriptor '__init__' requires a 'type' object but received a '{t}'")));
        }
        None => {}
    }
    let n = args.len().saturating_sub(1);
    if n == 1 && !kwargs.is_empty() {
        return Err(interp.type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(interp.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `<class 'module.Name'>`.
pub fn class_repr(c: &Class) -> String {
    let module = match c.dict.borrow().get_str("__module__") {
        Some(Value::Str(m)) => m.as_str().to_string(),
        _ => c.module.to_string(),
    };
    if module == "builtins" {
        format!("<class '{}'>", c.current_qualname())
    } else {
        format!("<class '{module}.{}'>", c.current_qualname())
    }
}

fn type_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => Ok(Value::string(class_repr(c))),
        _ => Err(interp.type_error("descriptor '__repr__' requires a 'type' object")),
    }
}

fn type_instancecheck(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    match args {
        [Value::Class(c), obj] => Ok(Value::Bool(interp.is_instance_of(obj, c))),
        _ => Err(interp.type_error("__instancecheck__() takes exactly one argument")),
    }
}

fn type_subclasscheck(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    match args {
        [Value::Class(c), Value::Class(sub)] => Ok(Value::Bool(is_subclass(sub, c))),
        [Value::Class(_), _] => Err(interp.type_error("issubclass() arg 1 must be a class")),
        _ => Err(interp.type_error("__subclasscheck__() takes exactly one argument")),
    }
}

//! Subclasses of builtin types (`class L(list)`, `class I(int)`): how their
//! instances are made. Such an instance is a `Value::Instance` whose `base` holds
//! the builtin value (the list, the int); the type's methods receive that value
//! (`BuiltinFunction::on_builtin_value`) and the operators fall back to it
//! (`vm/ops.rs`), so the builtin behaviour applies wherever the class does not
//! override it.

use crate::vm::exceptions::is_subclass;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// Makes `ctor` the constructor of the builtin type `cls`: `cls(...)` calls it
/// with the call's arguments, and `cls.__new__(sub, ...)` makes an instance of
/// the subclass `sub` around the value it builds.
pub fn set_constructor(cls: &Rc<Class>, ctor: NativeFn) {
    cls.ctor.set(Some(ctor));
    let new = BuiltinFunction {
        name: "__new__".into(),
        func: builtin_type_new,
        bound: Some(Value::Class(cls.clone())),
        with_caller: None,
        on_builtin_value: false,
        sig: None,
    };
    cls.dict.borrow_mut().set_str("__new__", Value::Builtin(Rc::new(new)));
}

/// Like [`set_constructor`], for a type whose `__init__` fills a subclass's
/// instance: `cls.__new__(sub, ...)` starts from `cls()` and ignores the arguments.
pub fn set_constructor_filled_by_init(cls: &Rc<Class>, ctor: NativeFn) {
    set_constructor(cls, ctor);
    cls.init_fills.set(true);
}

/// Whether `v` is a builtin type's `__new__` (made by `set_constructor`).
/// A builtin type may also replace it with its own `__new__` bound to the type
/// (`weakref.ref`, whose subclasses' instances must not share references).
pub fn is_builtin_type_new(v: &Value) -> bool {
    let Value::Builtin(b) = v else { return false };
    std::ptr::fn_addr_eq(b.func, builtin_type_new as NativeFn)
        || (b.name.as_ref() == "__new__"
            && matches!(&b.bound, Some(Value::Class(c)) if c.kind == ClassKind::Builtin && c.ctor.get().is_some()))
}

/// The builtin type whose values instances of `cls` carry (None for a class that
/// extends no such type).
pub fn builtin_base(cls: &Rc<Class>) -> Option<Rc<Class>> {
    std::iter::once(cls).chain(cls.mro.iter()).find(|c| c.kind == ClassKind::Builtin && c.ctor.get().is_some()).cloned()
}

/// Builtin types a class statement may not extend, as in CPython.
const FINAL_TYPES: &[&str] = &[
    "bool",
    "NoneType",
    "NotImplementedType",
    "ellipsis",
    "range",
    "slice",
    "function",
    "builtin_function_or_method",
    "method",
    "generator",
    "coroutine",
    "async_generator",
    "code",
    "cell",
    "frame",
    "memoryview",
];

/// TypeError for bases that no class may have: a final builtin type, or two
/// builtin types whose instances hold different values (`class X(int, str)`).
pub fn check_bases(interp: &mut Interp, bases: &[Rc<Class>]) -> PyResult<()> {
    let mut layout: Option<Rc<Class>> = None;
    for b in bases {
        if b.kind == ClassKind::Builtin && FINAL_TYPES.contains(&b.name.as_ref()) {
            let n = b.name.clone();
            return Err(interp.type_error(format!("type '{n}' is not an acceptable base type")));
        }
        let Some(base) = builtin_base(b) else { continue };
        match &layout {
            Some(l) if !is_subclass(l, &base) && !is_subclass(&base, l) => {
                return Err(interp.type_error("multiple bases have instance lay-out conflict"));
            }
            Some(l) if is_subclass(l, &base) => {}
            _ => layout = Some(base),
        }
    }
    Ok(())
}

/// `T.__new__(cls, *args)` for a builtin type `T` (bound as the first argument):
/// `T(*args)` when `cls` is `T`; otherwise an instance of `cls` holding that value
/// (an empty one for the mutable types, which `__init__` fills).
fn builtin_type_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(Value::Class(owner)) = args.first() else {
        return Err(interp.type_error("__new__ needs its type"));
    };
    let owner = owner.clone();
    let name = owner.name.clone();
    let cls = match args.get(1) {
        Some(Value::Class(c)) => c.clone(),
        Some(other) => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("{name}.__new__(X): X is not a type object ({t})")));
        }
        None => return Err(interp.type_error(format!("{name}.__new__(): not enough arguments"))),
    };
    if !is_subclass(&cls, &owner) {
        let c = cls.current_name();
        return Err(interp.type_error(format!("{name}.__new__({c}): {c} is not a subtype of {name}")));
    }
    let Some(ctor) = owner.ctor.get() else {
        return Err(interp.type_error(format!("cannot create '{name}' instances")));
    };
    let rest = &args[2..];
    if Rc::ptr_eq(&cls, &owner) {
        return ctor(interp, rest, kwargs);
    }
    let value = if owner.init_fills.get() { ctor(interp, &[], &[])? } else { ctor(interp, rest, kwargs)? };
    // A constructor may hand back a subclass's instance (`str(x)` where
    // `x.__str__` returns one): keep its builtin value.
    let value = value.builtin_value().clone();
    Ok(interp.new_instance_with_base(&cls, value))
}

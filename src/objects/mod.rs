//! The object core's builtin types: the methods and operations of each type family,
//! one file each (`str.rs`, `list.rs`, `dict.rs`, ...), and how values are rendered
//! as text (`format/`). The VM owns these: they may use anything in `crate::vm`,
//! and nothing here imports a library layer (`crate::builtins`, `crate::modules`).
//!
//! This file holds what every native method needs: making a native function
//! value and checking its arguments with CPython's messages.

pub mod annotations;
pub mod attrs;
pub mod builtin_docs;
pub mod builtin_subclass;
pub mod buffer;
pub mod bytearray;
pub mod bytes;
pub mod classes;
pub mod codecs;
pub mod complex;
pub mod coroutine_wrapper;
pub mod coroutines;
pub mod dict;
pub mod dict_views;
pub mod exception_groups;
pub mod exceptions;
pub mod format;
pub mod frames;
pub mod functions;
pub mod generic_alias;
pub mod generic_alias_subst;
pub mod hash;
pub mod item_format;
pub mod iters;
pub mod list;
pub mod matching;
pub mod memoryview;
pub mod metaclass;
pub mod numbers;
pub mod numparse;
pub mod range;
pub mod set;
pub mod signatures;
pub mod slots;
pub mod sort;
pub mod os_error;
pub mod unicode_error;
pub mod union_type;
pub mod str;
pub mod syntax_error;
pub mod traceback;

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::signature::Signature;
use crate::vm::value::Value;
use std::rc::Rc;

/// A builtin function value.
pub fn native(name: &str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction {
        name: name.into(),
        func,
        bound: None,
        with_caller: None,
        on_builtin_value: false,
        sig: None,
    }))
}

/// A builtin function value with a declared signature (see `vm/signature.rs`
/// for the text): `qual` is the name its messages use (`"math.sqrt"`, `"len"`),
/// its `__name__` the last part.
pub fn native_sig(qual: &str, func: NativeFn, spec: &'static str) -> Value {
    let name = qual.rsplit('.').next().unwrap_or(qual);
    Value::Builtin(Rc::new(BuiltinFunction {
        name: name.into(),
        func,
        bound: None,
        with_caller: None,
        on_builtin_value: false,
        sig: Some(Rc::new(Signature::declare(qual, spec))),
    }))
}

/// Adds a method implemented in Rust to a class. The methods of a builtin type
/// other than `object` and `type` receive the builtin value of a subclass's
/// instance (see `BuiltinFunction::on_builtin_value`).
pub fn add_method(cls: &Rc<Class>, name: &str, func: NativeFn) {
    put_method(cls, name, func, None);
}

fn put_method(cls: &Rc<Class>, name: &str, func: NativeFn, sig: Option<Rc<Signature>>) {
    let on_builtin_value =
        cls.kind == ClassKind::Builtin && !matches!(cls.name.as_ref(), "object" | "type") && name != "__new__";
    let method = BuiltinFunction { name: name.into(), func, bound: None, with_caller: None, on_builtin_value, sig };
    cls.dict.borrow_mut().set_str(name, Value::Builtin(Rc::new(method)));
}

/// `add_method` with a declared signature (see `vm/signature.rs`), whose
/// messages name it `type.name`.
pub fn add_method_sig(cls: &Rc<Class>, name: &str, func: NativeFn, spec: &'static str) {
    let sig = Signature::declare(&format!("{}.{name}", cls.name), spec);
    put_method(cls, name, func, Some(Rc::new(sig)));
}

/// Adds methods with declared signatures: (name, function, signature) rows.
pub fn add_methods(cls: &Rc<Class>, rows: &[(&str, NativeFn, &'static str)]) {
    for (name, func, spec) in rows {
        add_method_sig(cls, name, *func, spec);
    }
}

/// Declares the signature of a builtin type's constructor: `cls(...)` with
/// keywords it does not accept fails with CPython's message.
pub fn set_constructor_sig(interp: &mut Interp, cls: &Rc<Class>, spec: &'static str) {
    let sig = Rc::new(Signature::declare(&cls.name, spec));
    interp.ctor_sigs.insert(Rc::as_ptr(cls) as usize, sig);
}

/// A builtin that also has a caller-aware entry point (see `BuiltinFunction::with_caller`).
pub fn native_with_caller(name: &str, func: NativeFn, caller: CallerFn) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction {
        name: name.into(),
        func,
        bound: None,
        with_caller: Some(caller),
        on_builtin_value: false,
        sig: None,
    }))
}

/// Adds a builtin function to the builtins namespace.
pub fn add_builtin(interp: &mut Interp, name: &str, func: NativeFn) {
    interp.builtins.borrow_mut().set_str(name, native(name, func));
}

/// Checks the number of positional arguments, with CPython's messages.
pub fn check_args(interp: &mut Interp, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    Err(interp.type_error(msg))
}

/// Arity check of a builtin method; `args` includes the receiver and `min`/`max`
/// count it too. `qual` is `type.method`; the message (which counts only the
/// real arguments) follows CPython's: METH_NOARGS / METH_O methods say
/// "list.append() takes exactly one argument (0 given)", argument-clinic ones
/// "insert expected 2 arguments, got 1".
pub fn check_method(interp: &mut Interp, qual: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let (n, min, max) = (n.saturating_sub(1), min.saturating_sub(1), max.saturating_sub(1));
    let short = qual.rsplit('.').next().unwrap_or(qual);
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = match (min, max) {
        (0, 0) => format!("{qual}() takes no arguments ({n} given)"),
        (1, 1) => format!("{qual}() takes exactly one argument ({n} given)"),
        _ if min == max => format!("{short} expected {min} argument{}, got {n}", plural(min)),
        _ if n < min => format!("{short} expected at least {min} argument{}, got {n}", plural(min)),
        _ => format!("{short} expected at most {max} argument{}, got {n}", plural(max)),
    };
    Err(interp.type_error(msg))
}

/// Like `check_method`, for methods parsed with CPython's PyArg_ParseTuple
/// (str.find, str.split, ...): "find() takes at least 1 argument (0 given)".
pub fn check_method_parsed(interp: &mut Interp, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() >= min && args.len() <= max {
        return Ok(());
    }
    let sub = |k: usize| k.saturating_sub(1);
    Err(parsed_arity_error(interp, name, sub(args.len()), sub(min), sub(max)))
}

/// The arity check of a builtin function parsed with PyArg_ParseTuple (int, str,
/// round, ...): "int() takes at most 2 arguments (3 given)".
pub fn check_args_parsed(interp: &mut Interp, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() >= min && args.len() <= max {
        return Ok(());
    }
    Err(parsed_arity_error(interp, name, args.len(), min, max))
}

fn parsed_arity_error(interp: &mut Interp, name: &str, n: usize, min: usize, max: usize) -> Value {
    let (how, k) = if min == max {
        ("exactly", min)
    } else if n < min {
        ("at least", min)
    } else {
        ("at most", max)
    };
    let s = if k == 1 { "" } else { "s" };
    interp.type_error(format!("{name}() takes {how} {k} argument{s} ({n} given)"))
}

/// Rejects keyword arguments for functions that take none.
pub fn no_kwargs(interp: &mut Interp, name: &str, kwargs: KwArgs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(interp.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// A keyword argument by name.
pub fn kwarg<'a>(kwargs: KwArgs<'a>, name: &str) -> Option<&'a Value> {
    kwargs.iter().find(|(k, _)| k.as_ref() == name).map(|(_, v)| v)
}

/// Adds the methods of every builtin type to its class (and the hidden builtins the
/// compiler emits calls to, `__build_class__` and the `except*` helpers).
pub fn register(interp: &mut Interp) {
    classes::register(interp);
    metaclass::register(interp);
    coroutines::register(interp);
    numbers::register(interp);
    complex::register(interp);
    str::register(interp);
    bytes::register(interp);
    bytearray::register(interp);
    memoryview::register(interp);
    list::register(interp);
    dict::register(interp);
    dict_views::register(interp);
    generic_alias::register(interp);
    union_type::register(interp);
    os_error::register(interp);
    unicode_error::register(interp);
    frames::register(interp);
    traceback::register(interp);
    syntax_error::register(interp);
    // The mutable containers are unhashable: their `__hash__` is None, as in CPython.
    for cls in [interp.types.list.clone(), interp.types.dict.clone(), interp.types.set.clone()] {
        cls.dict.borrow_mut().set_str("__hash__", Value::None);
    }
    set::register(interp);
    iters::register(interp);
    exceptions::register(interp);
    exception_groups::register(interp);
    slots::register(interp);
    functions::register(interp);
    signatures::register(interp);
}

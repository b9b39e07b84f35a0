//! Methods of BaseException: `__init__`, `__str__`, `__repr__`, `with_traceback`, `add_note`.

use crate::vm::types::Exc;
use crate::objects::{add_method, check_args};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

pub fn register(interp: &mut Interp) {
    let base = interp.types.exc(Exc::BaseException);
    base.dict.borrow_mut().set_str("__init__", crate::objects::native("__init__", exc_init));
    add_method(&base, "__str__", exc_str);
    add_method(&base, "__repr__", exc_repr);
    add_method(&base, "with_traceback", with_traceback);
    add_method(&base, "add_note", add_note);
    // `SystemExit.code`: None, the single argument, or the tuple of arguments.
    let system_exit = interp.types.exc(Exc::SystemExit);
    let getter = crate::objects::native("code", system_exit_code);
    let prop = Descriptor::Property { fget: getter, fset: Value::None, fdel: Value::None, doc: Value::None };
    system_exit.dict.borrow_mut().set_str("code", Value::Descriptor(std::rc::Rc::new(prop)));
    crate::vm::types::refresh_flags(&system_exit);
    let group = interp.types.exc(Exc::BaseExceptionGroup);
    add_method(&group, "__str__", group_str);
    let import_error = interp.types.exc(Exc::ImportError);
    add_method(&import_error, "__init__", import_error_init);
}

/// `ImportError(*args, name=None, path=None)`: `msg` is the one argument, when
/// there is exactly one; `name` and `path` are keyword-only.
fn import_error_init(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(this) = args.first() else { return Err(interp.type_error("__init__ needs self")) };
    let (mut name, mut path) = (Value::None, Value::None);
    for (k, v) in kwargs {
        match k.as_ref() {
            "name" => name = v.clone(),
            "path" => path = v.clone(),
            _ => return Err(interp.type_error(format!("'{k}' is an invalid keyword argument for ImportError()"))),
        }
    }
    exc_init(interp, args, &[])?;
    if let Value::Instance(i) = this {
        let msg = if args.len() == 2 { args[1].clone() } else { Value::None };
        let mut d = i.dict.borrow_mut();
        d.set_str("msg", msg);
        d.set_str("name", name);
        d.set_str("path", path);
    }
    Ok(Value::None)
}

/// `str(ExceptionGroup('msg', [e1, e2]))` is `msg (2 sub-exceptions)`.
fn group_str(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(this) = args.first() else { return Err(interp.type_error("__str__ needs self")) };
    let exc_args = crate::vm::exceptions::exc_data(this).map(|d| d.borrow().args.clone()).unwrap_or_default();
    let msg = match exc_args.first() {
        Some(m) => interp.to_str(m)?,
        None => String::new(),
    };
    let n = match exc_args.get(1) {
        Some(Value::List(l)) => l.borrow().len(),
        Some(Value::Tuple(t)) => t.len(),
        _ => 0,
    };
    Ok(Value::string(format!("{msg} ({n} sub-exception{})", if n == 1 { "" } else { "s" })))
}

fn system_exit_code(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(this) = args.first() else { return Err(interp.type_error("code needs self")) };
    let exc_args = crate::vm::exceptions::exc_data(this).map(|d| d.borrow().args.clone()).unwrap_or_default();
    Ok(match exc_args.len() {
        0 => Value::None,
        1 => exc_args[0].clone(),
        _ => Value::tuple(exc_args),
    })
}

/// Whether `v` is `BaseException.__init__` (instantiation stores the
/// arguments itself and skips calling it).
pub fn is_exception_init(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if std::ptr::fn_addr_eq(b.func, exc_init as NativeFn))
}

fn exc_init(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(this) = args.first() else { return Err(interp.type_error("__init__ needs self")) };
    if let Some(d) = crate::vm::exceptions::exc_data(this) {
        d.borrow_mut().args = args[1..].to_vec();
    }
    Ok(Value::None)
}

fn exc_str(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(this) = args.first() else { return Err(interp.type_error("__str__ needs self")) };
    let exc_args = crate::vm::exceptions::exc_data(this).map(|d| d.borrow().args.clone()).unwrap_or_default();
    let s = match exc_args.len() {
        0 => String::new(),
        1 if interp.is_exc(this, Exc::KeyError) => interp.repr(&exc_args[0])?,
        1 => interp.to_str(&exc_args[0])?,
        _ => interp.repr(&Value::tuple(exc_args))?,
    };
    Ok(Value::string(s))
}

fn exc_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(this) = args.first() else { return Err(interp.type_error("__repr__ needs self")) };
    Ok(Value::string(interp.exception_repr(this)?))
}

fn with_traceback(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "with_traceback", args, 2, 2)?;
    let Some(data) = crate::vm::exceptions::exc_data(&args[0]) else {
        return Err(interp.type_error("with_traceback needs an exception"));
    };
    crate::objects::traceback::set_traceback(interp, data, &args[1])?;
    Ok(args[0].clone())
}

fn add_note(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (Some(this), Some(note)) = (args.first(), args.get(1)) else {
        return Err(interp.type_error("add_note() takes exactly one argument"));
    };
    if let Value::Instance(i) = this {
        let notes = i.dict.borrow().get_str("__notes__").cloned();
        match notes {
            Some(Value::List(l)) => l.borrow_mut().push(note.clone()),
            _ => i.dict.borrow_mut().set_str("__notes__", Value::list(vec![note.clone()])),
        }
    }
    Ok(Value::None)
}

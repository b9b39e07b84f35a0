//! `sys.excepthook` and `sys.unraisablehook`, their `__...__` originals and
//! the `UnraisableHookArgs` record: the default hooks behind `vm::hooks`, which
//! reports exceptions that have nowhere to go.

use crate::objects::{check_args, native_sig};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::hooks::{write_default, Culprit, SysHooks};
use crate::vm::value::Value;

/// Adds the hooks and their `__...__` originals to `sys`'s namespace (the
/// record class is reachable only as the type of what a hook receives, as in CPython).
pub fn install(interp: &mut Interp, values: &mut Vec<(&'static str, Value)>) {
    let excepthook = native_sig("sys.excepthook", excepthook, "($module, exctype, value, traceback, /)");
    let unraisablehook = native_sig("sys.unraisablehook", unraisablehook, "($module, unraisable, /)");
    let defaults = interp.extensions.get_or_default::<SysHooks>();
    defaults.excepthook = Some(excepthook.clone());
    defaults.unraisablehook = Some(unraisablehook.clone());
    values.push(("excepthook", excepthook.clone()));
    values.push(("__excepthook__", excepthook));
    values.push(("unraisablehook", unraisablehook.clone()));
    values.push(("__unraisablehook__", unraisablehook));
    let args_class = super::sys::struct_seq_class(interp, "UnraisableHookArgs", FIELDS);
    interp.extensions.get_or_default::<SysHooks>().args_class = Some(args_class);
}

/// The fields of `sys.UnraisableHookArgs`, in CPython's order.
const FIELDS: &[&str] = &["exc_type", "exc_value", "exc_traceback", "err_msg", "object"];

/// `sys.excepthook(type, value, traceback)`: prints the exception and its traceback.
fn excepthook(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "excepthook", args, 3, 3)?;
    let value = &args[1];
    if interp.exception_class_of(value).is_some() {
        interp.print_exception(value);
    } else {
        let t = interp.type_name(value);
        let text = format!("TypeError: print_exception(): Exception expected for value, {t} found\n");
        interp.write_sys_stderr(&text);
    }
    Ok(Value::None)
}

/// `sys.unraisablehook(unraisable)`: prints an `UnraisableHookArgs` as the default does.
fn unraisablehook(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "unraisablehook", args, 1, 1)?;
    let record = &args[0];
    let mut field = |name: &str| interp.get_attr(record, name);
    let (exc, err_msg, object) = (field("exc_value")?, field("err_msg")?, field("object")?);
    let err_msg = if err_msg.is_none() { None } else { Some(interp.to_str(&err_msg)?) };
    if exc.is_none() {
        let text = match (&err_msg, object.is_none()) {
            (Some(m), true) => format!("{m}:\n"),
            (m, false) => {
                let shown = interp.repr(&object).unwrap_or_else(|_| "<object repr() failed>".into());
                format!("{}: {shown}\n", m.as_deref().unwrap_or("Exception ignored in"))
            }
            (None, true) => String::new(),
        };
        interp.write_sys_stderr(&text);
        return Ok(Value::None);
    }
    write_default(interp, &exc, err_msg.as_deref(), &Culprit::Object(object));
    Ok(Value::None)
}

//! The `traceback` module: formatting and printing exceptions as CPython does.
//! `format_exc()` and `print_exc()` read the exception being handled by the calling
//! frame (the call site in `call.rs` supplies it).

use crate::objects::check_args;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

pub fn module() -> Value {
    let functions: &[(&str, NativeFn)] = &[
        ("format_exc", needs_frame),
        ("print_exc", needs_frame),
        ("format_exception", format_exception),
        ("print_exception", print_exception),
        ("format_exception_only", format_exception_only),
    ];
    super::make_module("traceback", functions, vec![])
}

/// Reached only when called with arguments (the argument-less call is answered at the call site).
fn needs_frame(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(interp.type_error("format_exc() and print_exc() take no arguments in coil"))
}

/// The exception argument: `format_exception(exc)` or the 3.9-style `(type, value, tb)`.
fn exception_arg(interp: &mut Interp, args: &[Value], name: &str) -> PyResult<Value> {
    check_args(interp, name, args, 1, 3)?;
    Ok(if args.len() >= 2 { args[1].clone() } else { args[0].clone() })
}

/// Splits text into lines that keep their newline, as the `format_*` functions return.
fn lines(text: &str) -> Value {
    Value::list(text.split_inclusive('\n').map(Value::str).collect())
}

fn format_exception(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let exc = exception_arg(interp, args, "format_exception")?;
    let text = interp.format_exception(&exc);
    Ok(lines(&text))
}

fn print_exception(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let exc = exception_arg(interp, args, "print_exception")?;
    let text = interp.format_exception(&exc);
    interp.write_stderr(&text);
    Ok(Value::None)
}

fn format_exception_only(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let exc = exception_arg(interp, args, "format_exception_only")?;
    let full = interp.format_exception(&exc);
    let last = full.lines().last().unwrap_or("").to_string();
    Ok(lines(&format!("{last}\n")))
}

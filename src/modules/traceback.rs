//! The `traceback` module: formatting and printing exceptions as CPython does.
//! `format_exc()` and `print_exc()` read the exception being handled by the calling
//! frame (their caller-aware entry points receive it).

use crate::objects::check_args;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

pub fn module() -> Value {
    let functions: &[(&str, NativeFn)] = &[
        ("format_exception", format_exception),
        ("print_exception", print_exception),
        ("format_exception_only", format_exception_only),
    ];
    let format_exc = crate::objects::native_with_caller("format_exc", needs_frame, |i, f, a, _| {
        check_args(i, "format_exc", a, 0, 0)?;
        Ok(Value::string(handled_text(i, f)))
    });
    let print_exc = crate::objects::native_with_caller("print_exc", needs_frame, |i, f, a, _| {
        check_args(i, "print_exc", a, 0, 0)?;
        let text = handled_text(i, f);
        i.write_stderr(&text);
        Ok(Value::None)
    });
    super::make_module("traceback", functions, vec![("format_exc", format_exc), ("print_exc", print_exc)])
}

/// The traceback text of the exception the frame is handling.
fn handled_text(interp: &mut Interp, f: &crate::vm::frame::Frame) -> String {
    let h = interp.current_handled(f);
    if h.is_none() {
        "NoneType: None\n".to_string()
    } else {
        interp.format_exception(&h)
    }
}

/// `format_exc`/`print_exc` called from Rust, without a frame: nothing is being handled.
fn needs_frame(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::str("NoneType: None\n"))
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

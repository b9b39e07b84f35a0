//! `_traceback`: what stdlib/traceback.py needs from the VM — the source
//! line and PEP 657 caret line of a traceback entry (from the code object's
//! own source text, so embedded modules show their lines too) and the boxed
//! layout of an exception group, both exactly as the interpreter prints them.

use crate::objects::check_args;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

pub fn module() -> Value {
    let functions: &[(&str, NativeFn)] = &[("source_and_carets", source_and_carets), ("format_group", format_group)];
    super::make_module("_traceback", functions, vec![])
}

/// `source_and_carets(code, lasti)`: the stripped source line of the
/// instruction at byte offset `lasti` ('' when unknown) and its caret line
/// (None when CPython would print none).
fn source_and_carets(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "source_and_carets", args, 2, 2)?;
    let Value::Code(code) = &args[0] else {
        return Err(interp.type_error("source_and_carets() needs a code object"));
    };
    let pc = (interp.index_value(&args[1])?.max(0) / 2) as usize;
    let (line, carets) = Interp::source_and_carets(code, pc);
    let carets = carets.map_or(Value::None, Value::string);
    Ok(Value::tuple(vec![Value::string(line), carets]))
}

/// `format_group(exc)`: an exception group's lines, without its own chain.
fn format_group(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "format_group", args, 1, 1)?;
    let text = interp.format_group_only(&args[0]);
    Ok(Value::list(text.split_inclusive('\n').map(Value::str).collect()))
}

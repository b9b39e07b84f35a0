//! `print` and `input`: text through `sys.stdout` and `sys.stdin` as the script
//! left them. A native text stream gets a whole `print` in one write.

use crate::vm::types::Exc;
use super::text::TextIOWrapper;
use super::call_method;
use crate::objects::check_args;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// The object `sys.<name>` names now (None when the script set it to None or deleted it).
fn sys_stream(interp: &Interp, name: &str) -> Value {
    let Some(Value::Module(sys)) = interp.modules.get("sys") else { return Value::None };
    let v = sys.dict.borrow().get_str(name).cloned();
    v.unwrap_or(Value::None)
}

fn native_text(v: &Value) -> Option<Rc<TextIOWrapper>> {
    match v {
        Value::Native(n) => downcast_rc::<TextIOWrapper>(n),
        _ => None,
    }
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
pub fn print(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in kwargs {
        match (k.as_ref(), v) {
            ("sep", Value::Str(s)) => sep = s.as_str().to_string(),
            ("end", Value::Str(s)) => end = s.as_str().to_string(),
            ("sep" | "end", Value::None) => {}
            ("sep" | "end", other) => {
                let t = interp.type_name(other);
                return Err(interp.type_error(format!("{k} must be None or a string, not {t}")));
            }
            ("file", v) => file = v.clone(),
            ("flush", v) => flush = interp.truthy(v)?,
            _ => {} // print's declared signature admits no other name
        }
    }
    if file.is_none() {
        file = sys_stream(interp, "stdout");
        if file.is_none() {
            return Ok(Value::None);
        }
    }
    if let Some(stream) = native_text(&file) {
        let mut out = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            match a {
                Value::Str(s) => out.push_str(s.as_str()),
                _ => out.push_str(&interp.to_str(a)?),
            }
        }
        out.push_str(&end);
        stream.write(interp, &out)?;
        if flush {
            stream.flush(interp)?;
        }
        return Ok(Value::None);
    }
    // Any other stream gets each piece through its `write`, as CPython writes them.
    let write = interp.get_attr(&file, "write")?;
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            interp.call_value(write.clone(), vec![Value::str(&sep)], vec![])?;
        }
        let text = match a {
            Value::Str(_) => a.clone(),
            _ => Value::string(interp.to_str(a)?),
        };
        interp.call_value(write.clone(), vec![text], vec![])?;
    }
    interp.call_value(write, vec![Value::str(&end)], vec![])?;
    if flush {
        call_method(interp, &file, "flush", vec![])?;
    }
    Ok(Value::None)
}

/// `input(prompt='')`: the prompt to `sys.stdout`, one line from `sys.stdin`.
pub fn input(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "input", args, 0, 1)?;
    let stdin = sys_stream(interp, "stdin");
    if stdin.is_none() {
        return Err(interp.new_error(Exc::RuntimeError, "input(): lost sys.stdin"));
    }
    let stdout = sys_stream(interp, "stdout");
    if stdout.is_none() {
        return Err(interp.new_error(Exc::RuntimeError, "input(): lost sys.stdout"));
    }
    let stderr = sys_stream(interp, "stderr");
    if !stderr.is_none() {
        let _ = call_method(interp, &stderr, "flush", vec![]);
    }
    if let Some(p) = args.first() {
        let s = interp.to_str(p)?;
        call_method(interp, &stdout, "write", vec![Value::string(s)])?;
    }
    call_method(interp, &stdout, "flush", vec![])?;
    interp.flush();
    let line = match native_text(&stdin) {
        Some(t) => Value::string(t.readline(interp, None)?),
        None => call_method(interp, &stdin, "readline", vec![])?,
    };
    let Value::Str(s) = &line else {
        return Err(interp.type_error("object.readline() returned non-string"));
    };
    let mut text = s.as_str().to_string();
    if text.is_empty() {
        return Err(interp.new_error(Exc::EOFError, "EOF when reading a line"));
    }
    if text.ends_with('\n') {
        text.pop();
    }
    Ok(Value::string(text))
}

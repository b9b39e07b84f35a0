//! SyntaxError's attributes and text: `SyntaxError(msg, (filename, lineno,
//! offset, text[, end_lineno, end_offset]))` fills `msg`, `filename`,
//! `lineno`, `offset`, `text`, `end_lineno`, `end_offset` (None when not
//! given), and `str()` adds where it happened: `msg (file.py, line 3)`.

use crate::vm::types::Exc;
use crate::objects::add_method;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// The location attributes, in the order of the details tuple.
const DETAILS: [&str; 6] = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];

pub fn register(interp: &mut Interp) {
    let cls = interp.types.exc(Exc::SyntaxError);
    cls.dict.borrow_mut().set_str("__init__", crate::objects::native("__init__", init));
    add_method(&cls, "__str__", syntax_error_str);
}

fn init(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.first() else {
        return Err(interp.type_error("SyntaxError.__init__ needs an exception"));
    };
    let given = &args[1..];
    if let Some(data) = &inst.exc {
        data.borrow_mut().args = given.to_vec();
    }
    let mut values = vec![Value::None; DETAILS.len()];
    if given.len() == 2 {
        let details = interp.collect_iterable(&given[1])?;
        if details.len() < 4 {
            let n = details.len();
            return Err(interp.type_error(format!("function takes at least 4 arguments ({n} given)")));
        }
        if details.len() > 6 {
            let n = details.len();
            return Err(interp.type_error(format!("function takes at most 6 arguments ({n} given)")));
        }
        for (slot, v) in values.iter_mut().zip(details) {
            *slot = v;
        }
    }
    let mut d = inst.dict.borrow_mut();
    d.set_str("msg", given.first().cloned().unwrap_or(Value::None));
    for (name, v) in DETAILS.iter().zip(values) {
        d.set_str(name, v);
    }
    d.set_str("print_file_and_line", Value::None);
    Ok(Value::None)
}

fn syntax_error_str(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.first() else {
        return Err(interp.type_error("SyntaxError.__str__ needs an exception"));
    };
    let (msg, filename, lineno) = {
        let d = inst.dict.borrow();
        let get = |k: &str| d.get_str(k).cloned().unwrap_or(Value::None);
        (get("msg"), get("filename"), get("lineno"))
    };
    let text = interp.to_str(&msg)?;
    let file = filename.as_str().map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    let line = match lineno {
        Value::Int(n) => Some(n),
        _ => None,
    };
    Ok(Value::string(match (file, line) {
        (Some(f), Some(n)) => format!("{text} ({f}, line {n})"),
        (Some(f), None) => format!("{text} ({f})"),
        (None, Some(n)) => format!("{text} (line {n})"),
        (None, None) => text,
    }))
}

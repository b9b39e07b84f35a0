//! A small `unicodedata`: `lookup` and `name`, over the same name table as the
//! compiler's `\N{...}` escapes (`crate::syntax::charnames`).

use crate::objects::check_args;
use crate::syntax::charnames;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// CPython refuses longer names before looking them up.
const LONGEST_NAME: usize = 256;

pub fn module() -> Value {
    let functions: &[(&str, NativeFn)] = &[("lookup", lookup), ("name", name)];
    super::make_module("unicodedata", functions, vec![("unidata_version", Value::str("14.0.0"))])
}

fn lookup(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "unicodedata.lookup", args, 1, 1)?;
    let text = match args[0].builtin_value() {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("a bytes-like object is required, not '{t}'")));
        }
    };
    if text.len() > LONGEST_NAME {
        return Err(interp.key_error(Value::str("name too long")));
    }
    match charnames::lookup(&text) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(interp.key_error(Value::string(format!("undefined character name '{text}'")))),
    }
}

fn name(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "name", args, 1, 2)?;
    let c = match args[0].builtin_value() {
        Value::Str(s) if s.as_str().chars().count() == 1 => s.as_str().chars().next(),
        other => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("name() argument 1 must be a unicode character, not {t}")));
        }
    };
    match c.and_then(charnames::name) {
        Some(n) => Ok(Value::string(n)),
        None if args.len() == 2 => Ok(args[1].clone()),
        None => Err(interp.value_error("no such name")),
    }
}

//! The environment: `os.environ` reads it through `_environ()` once, and
//! `putenv` / `unsetenv` change the process's own. Every access asks the
//! policy first.

use super::path_arg;
use crate::objects::check_args;
use crate::system;
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::rc::Rc;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("_environ", environ), ("putenv", putenv), ("unsetenv", unsetenv)];

/// `_environ()`: the environment as a dict of bytes (what `os.environ` starts from).
fn environ(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "_environ", args, 0, 0)?;
    system::check_environment(interp)?;
    let mut d = Dict::new();
    for (k, v) in std::env::vars_os() {
        let key = Value::bytes(k.into_vec());
        let value = Value::bytes(v.into_vec());
        let key = interp.hash_key(key)?;
        d.insert(key, value);
    }
    Ok(Value::Dict(Rc::new(RefCell::new(d))))
}

/// A name or value argument as bytes (str is encoded as UTF-8).
fn env_bytes(interp: &mut Interp, v: &Value) -> PyResult<Vec<u8>> {
    let shown = match path_arg::fspath(interp, v)? {
        Some(s) => s,
        None => {
            let t = interp.type_name(v);
            return Err(interp.type_error(format!("str expected, not {t}")));
        }
    };
    let p = path_arg::path_of(interp, shown)?;
    Ok(p.path.as_os_str().as_bytes().to_vec())
}

fn putenv(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    super::args::positional(interp, "putenv", args, kwargs, 2, 2)?;
    let name = env_bytes(interp, &args[0])?;
    let value = env_bytes(interp, &args[1])?;
    if name.is_empty() {
        return Err(system::os_error_errno(interp, libc::EINVAL, None, None));
    }
    if name.contains(&b'=') {
        return Err(interp.value_error("illegal environment variable name"));
    }
    system::check_environment(interp)?;
    std::env::set_var(std::ffi::OsStr::from_bytes(&name), std::ffi::OsStr::from_bytes(&value));
    Ok(Value::None)
}

fn unsetenv(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    super::args::positional(interp, "unsetenv", args, kwargs, 1, 1)?;
    let name = env_bytes(interp, &args[0])?;
    if name.is_empty() || name.contains(&b'=') {
        return Err(system::os_error_errno(interp, libc::EINVAL, None, None));
    }
    system::check_environment(interp)?;
    std::env::remove_var(std::ffi::OsStr::from_bytes(&name));
    Ok(Value::None)
}

//! Path arguments as the `posix` functions take them: `str`, `bytes`, an
//! `os.PathLike` (its `__fspath__`), and for some functions an open
//! descriptor or None. The value kept for error messages is the str or bytes
//! path (what `OSError.filename` holds).

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

/// A path given as str or bytes.
#[derive(Clone)]
pub struct PathArg {
    pub path: PathBuf,
    /// The str or bytes the caller gave (after `__fspath__`).
    pub shown: Value,
    /// Whether it was bytes (results then are bytes too).
    pub bytes: bool,
}

impl PathArg {
    /// A path from a Rust path, shown as str.
    pub fn from_text(s: &str) -> PathArg {
        PathArg { path: PathBuf::from(s), shown: Value::str(s), bytes: false }
    }
}

/// What a path-or-descriptor argument named.
pub enum Target {
    Path(PathArg),
    Fd(i32),
}

/// Which kinds of argument a parameter accepts besides str, bytes and PathLike.
#[derive(Clone, Copy)]
pub struct Accepts {
    pub fd: bool,
    pub none: bool,
}

pub const PATH: Accepts = Accepts { fd: false, none: false };
pub const PATH_OR_FD: Accepts = Accepts { fd: true, none: false };
pub const PATH_FD_OR_NONE: Accepts = Accepts { fd: true, none: true };

fn kinds(accepts: Accepts) -> String {
    let mut names = vec!["string", "bytes", "os.PathLike"];
    if accepts.fd {
        names.push("integer");
    }
    if accepts.none {
        names.push("None");
    }
    let last = names.pop().unwrap_or("");
    format!("{} or {last}", names.join(", "))
}

/// `os.fspath(v)`: str and bytes as they are, else `__fspath__()`; None when `v` is neither.
pub fn fspath(interp: &mut Interp, v: &Value) -> PyResult<Option<Value>> {
    match v {
        Value::Str(_) | Value::Bytes(_) => return Ok(Some(v.clone())),
        Value::Instance(inst) => {
            if let Some(b @ (Value::Str(_) | Value::Bytes(_))) = inst.builtin_base() {
                return Ok(Some(b.clone()));
            }
        }
        _ => {}
    }
    let Some(method) = interp.lookup_special(v, "__fspath__") else { return Ok(None) };
    if method.is_none() {
        return Ok(None);
    }
    let r = interp.call_value(method, vec![], vec![])?;
    match &r {
        Value::Str(_) | Value::Bytes(_) => Ok(Some(r)),
        Value::Instance(inst) if matches!(inst.builtin_base(), Some(Value::Str(_) | Value::Bytes(_))) => Ok(Some(r)),
        _ => {
            let t = interp.type_name(v);
            let rt = interp.type_name(&r);
            Err(interp.type_error(format!("expected {t}.__fspath__() to return str or bytes, not {rt}")))
        }
    }
}

/// The path named by a str or bytes value.
pub fn path_of(interp: &mut Interp, shown: Value) -> PyResult<PathArg> {
    let base = match &shown {
        Value::Instance(inst) => inst.builtin_base().cloned().unwrap_or(Value::None),
        v => v.clone(),
    };
    let (raw, bytes): (Vec<u8>, bool) = match &base {
        Value::Str(s) => (crate::system::os_bytes(interp, s.as_str())?.into_owned(), false),
        Value::Bytes(b) => (b.to_vec(), true),
        _ => return Err(interp.type_error("expected str, bytes or os.PathLike object")),
    };
    if raw.contains(&0) {
        return Err(interp.value_error("embedded null byte"));
    }
    Ok(PathArg { path: PathBuf::from(OsStr::from_bytes(&raw)), shown: base, bytes })
}

/// Converts the argument `arg` (named `param`) of `func`.
pub fn convert(interp: &mut Interp, func: &str, param: &str, v: &Value, accepts: Accepts) -> PyResult<Option<Target>> {
    if accepts.none && v.is_none() {
        return Ok(None);
    }
    if accepts.fd {
        let is_int = match v {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
            Value::Instance(_) => {
                !matches!(v, Value::Instance(i) if i.builtin_base().is_some_and(|b| matches!(b, Value::Str(_) | Value::Bytes(_))))
                    && interp.lookup_special(v, "__fspath__").is_none()
                    && interp.lookup_special(v, "__index__").is_some()
            }
            _ => false,
        };
        if is_int {
            let n = interp.c_int_value(v)?;
            return Ok(Some(Target::Fd(n as i32)));
        }
    }
    match fspath(interp, v)? {
        Some(p) => Ok(Some(Target::Path(path_of(interp, p)?))),
        None => {
            let t = interp.type_name(v);
            Err(interp.type_error(format!("{func}: {param} should be {}, not {t}", kinds(accepts))))
        }
    }
}

/// A path argument that must be a path (no descriptor).
pub fn path(interp: &mut Interp, func: &str, param: &str, v: &Value) -> PyResult<PathArg> {
    match convert(interp, func, param, v, PATH)? {
        Some(Target::Path(p)) => Ok(p),
        _ => Err(interp.type_error(format!("{func}: {param} should be {}", kinds(PATH)))),
    }
}

/// A path or descriptor argument.
pub fn path_or_fd(interp: &mut Interp, func: &str, param: &str, v: &Value) -> PyResult<Target> {
    match convert(interp, func, param, v, PATH_OR_FD)? {
        Some(t) => Ok(t),
        None => Err(interp.type_error(format!("{func}: {param} should be {}", kinds(PATH_OR_FD)))),
    }
}

/// The bytes of a file name the file system gave as text (`DirEntry::name`).
pub fn entry_bytes(name: &str) -> std::borrow::Cow<'_, [u8]> {
    crate::codepoint::encode_os(name).unwrap_or(std::borrow::Cow::Borrowed(name.as_bytes()))
}

/// A file name as a value of the kind the caller used (bytes for bytes paths).
pub fn name_value(name: &[u8], bytes: bool) -> Value {
    if bytes {
        Value::bytes(name.to_vec())
    } else {
        Value::string(crate::codepoint::decode_os(name))
    }
}

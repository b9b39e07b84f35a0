//! `OSError` as CPython shapes it: `OSError(errno, strerror[, filename[,
//! winerror[, filename2]]])` makes the subclass its errno names
//! (`FileNotFoundError` for ENOENT), keeps `errno`, `strerror`, `filename`,
//! `filename2` as attributes and prints `[Errno 2] No such file or directory: 'x'`.

use crate::vm::types::Exc;
use crate::objects::add_method;
use crate::vm::exceptions::{exc_data, is_subclass};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// The subclass CPython picks for an error number.
fn class_for_errno(code: i64) -> Option<Exc> {
    let code = i32::try_from(code).ok()?;
    Some(match code {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => Exc::BlockingIOError,
        libc::ECHILD => Exc::ChildProcessError,
        libc::EPIPE | libc::ESHUTDOWN => Exc::BrokenPipeError,
        libc::ECONNABORTED => Exc::ConnectionAbortedError,
        libc::ECONNREFUSED => Exc::ConnectionRefusedError,
        libc::ECONNRESET => Exc::ConnectionResetError,
        libc::EEXIST => Exc::FileExistsError,
        libc::ENOENT => Exc::FileNotFoundError,
        libc::EISDIR => Exc::IsADirectoryError,
        libc::ENOTDIR => Exc::NotADirectoryError,
        libc::EINTR => Exc::InterruptedError,
        libc::EACCES | libc::EPERM => Exc::PermissionError,
        libc::ESRCH => Exc::ProcessLookupError,
        libc::ETIMEDOUT => Exc::TimeoutError,
        _ => return None,
    })
}

/// The class `cls(*args)` makes: `OSError` itself with an errno it knows becomes that subclass.
pub fn class_to_make(interp: &Interp, cls: &Rc<Class>, args: &[Value]) -> Rc<Class> {
    if (2..=5).contains(&args.len()) && Rc::ptr_eq(cls, &interp.types.exc(Exc::OSError)) {
        if let Some(kind) = match &args[0] { Value::Int(n) => class_for_errno(*n), _ => None } {
            return interp.types.exc(kind);
        }
    }
    cls.clone()
}

/// Whether `cls` is `OSError` or a subclass.
pub fn is_os_error(interp: &Interp, cls: &Rc<Class>) -> bool {
    is_subclass(cls, &interp.types.exc(Exc::OSError))
}

/// Sets the attributes of a new `OSError` made from `args`, and its `args`
/// (only errno and strerror when more were given, as CPython keeps them).
pub fn init(interp: &Interp, exc: &Value, args: &[Value]) {
    let Value::Instance(inst) = exc else { return };
    let mut d = inst.dict.borrow_mut();
    let (mut errno, mut strerror, mut filename, mut filename2) = (Value::None, Value::None, Value::None, Value::None);
    let blocking = is_subclass(&inst.class, &interp.types.exc(Exc::BlockingIOError));
    if (2..=5).contains(&args.len()) {
        errno = args[0].clone();
        strerror = args[1].clone();
        match args.get(2) {
            Some(n) if blocking => {
                d.set_str("characters_written", n.clone());
            }
            Some(f) => filename = f.clone(),
            None => {}
        }
        if let Some(f2) = args.get(4) {
            filename2 = f2.clone();
        }
        if args.len() > 2 && !blocking {
            if let Some(data) = exc_data(exc) {
                data.borrow_mut().args = args[..2].to_vec();
            }
        }
    }
    d.set_str("errno", errno);
    d.set_str("strerror", strerror);
    d.set_str("filename", filename);
    d.set_str("filename2", filename2);
}

/// Registers `OSError.__str__`.
pub fn register(interp: &mut Interp) {
    let cls = interp.types.exc(Exc::OSError);
    add_method(&cls, "__str__", os_error_str);
}

/// `[Errno N] text: 'file' -> 'file2'`, or the plain exception text when errno is unset.
fn os_error_str(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.first() else { return Err(interp.type_error("__str__ needs self")) };
    let get = |name: &str| inst.dict.borrow().get_str(name).cloned().unwrap_or(Value::None);
    let (errno, strerror, filename, filename2) = (get("errno"), get("strerror"), get("filename"), get("filename2"));
    if !filename.is_none() {
        let (e, s, f) = (interp.to_str(&errno)?, interp.to_str(&strerror)?, interp.repr(&filename)?);
        if !filename2.is_none() {
            let f2 = interp.repr(&filename2)?;
            return Ok(Value::string(format!("[Errno {e}] {s}: {f} -> {f2}")));
        }
        return Ok(Value::string(format!("[Errno {e}] {s}: {f}")));
    }
    if !errno.is_none() || !strerror.is_none() {
        if errno.is_none() && strerror.is_none() {
            return Ok(Value::str(""));
        }
        let (e, s) = (interp.to_str(&errno)?, interp.to_str(&strerror)?);
        return Ok(Value::string(format!("[Errno {e}] {s}")));
    }
    let exc_args = exc_data(&args[0]).map(|d| d.borrow().args.clone()).unwrap_or_default();
    Ok(Value::string(match exc_args.len() {
        0 => String::new(),
        1 => interp.to_str(&exc_args[0])?,
        _ => interp.repr(&Value::tuple(exc_args))?,
    }))
}

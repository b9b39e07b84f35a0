//! The `posix` functions about child processes: waiting for them (`waitpid`,
//! `wait`), a descriptor that becomes readable when one ends (`pidfd_open`,
//! Linux 5.3 and later), and the `W*` helpers that take a wait status apart.

use super::args::{parse, Sig};
use crate::system::{self, real_fs::RealFile};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::os::unix::io::FromRawFd;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("waitpid", waitpid),
    ("wait", wait),
    ("pidfd_open", pidfd_open),
    ("WIFEXITED", wifexited),
    ("WEXITSTATUS", wexitstatus),
    ("WIFSIGNALED", wifsignaled),
    ("WTERMSIG", wtermsig),
    ("WIFSTOPPED", wifstopped),
    ("WSTOPSIG", wstopsig),
    ("WIFCONTINUED", wifcontinued),
    ("WCOREDUMP", wcoredump),
];

/// The wait-option and id-type constants these functions take.
pub const CONSTANTS: &[(&str, i64)] = &[
    ("WCONTINUED", libc::WCONTINUED as i64),
    ("WEXITED", libc::WEXITED as i64),
    ("WSTOPPED", libc::WSTOPPED as i64),
    ("WNOWAIT", libc::WNOWAIT as i64),
    ("P_PID", libc::P_PID as i64),
    ("P_PGID", libc::P_PGID as i64),
    ("P_ALL", libc::P_ALL as i64),
    ("P_PIDFD", 3),
    ("PIDFD_NONBLOCK", libc::O_NONBLOCK as i64),
];

/// An `int` argument converted as CPython's `i` format does (pids, options).
fn signed_int(interp: &mut Interp, v: &Value) -> PyResult<i32> {
    let n = match v {
        Value::BigInt(b) if num_traits::Signed::is_negative(&**b) => i64::MIN,
        Value::BigInt(_) => i64::MAX,
        Value::Float(_) => return Err(interp.type_error("'float' object cannot be interpreted as an integer")),
        _ => interp.index_value(v)?,
    };
    match i32::try_from(n) {
        Ok(n) => Ok(n),
        Err(_) if n < 0 => Err(interp.overflow_error("signed integer is less than minimum")),
        Err(_) => Err(interp.overflow_error("signed integer is greater than maximum")),
    }
}

/// An `unsigned int` argument (pidfd_open's flags).
fn unsigned_int(interp: &mut Interp, v: &Value) -> PyResult<u32> {
    let n = match v {
        Value::BigInt(b) if num_traits::Signed::is_negative(&**b) => -1,
        Value::BigInt(_) => i64::MAX,
        Value::Float(_) => return Err(interp.type_error("'float' object cannot be interpreted as an integer")),
        _ => interp.index_value(v)?,
    };
    if n < 0 {
        return Err(interp.value_error("value must be positive"));
    }
    u32::try_from(n).map_err(|_| interp.overflow_error("Python int too large for C unsigned int"))
}

/// One waitpid(2) call, retried after a signal (PEP 475): (pid, status).
fn wait_for(interp: &mut Interp, pid: i32, options: i32) -> PyResult<(i32, i32)> {
    loop {
        let mut status = 0;
        // SAFETY: waitpid writes the status into `status`.
        let r = unsafe { libc::waitpid(pid, &mut status, options) };
        if r >= 0 {
            return Ok((r, if r == 0 { 0 } else { status }));
        }
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() == Some(libc::EINTR) {
            interp.check_interrupt()?;
            continue;
        }
        return Err(system::os_error(interp, &e, None, None));
    }
}

/// `os.waitpid(pid, options, /)`: `(pid, status)`, or `(0, 0)` under
/// WNOHANG while the child still runs.
fn waitpid(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "posix.waitpid", kwargs)?;
    if args.len() != 2 {
        return Err(interp.type_error(format!("waitpid() takes exactly 2 arguments ({} given)", args.len())));
    }
    let pid = signed_int(interp, &args[0])?;
    let options = signed_int(interp, &args[1])?;
    // A host's own children are not the script's to reap.
    system::check_processes(interp)?;
    interp.flush();
    let (pid, status) = wait_for(interp, pid, options)?;
    Ok(Value::tuple(vec![Value::Int(pid as i64), Value::Int(status as i64)]))
}

/// `os.wait()`: `(pid, status)` of any child that ends.
fn wait(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "posix.wait", kwargs)?;
    crate::objects::check_args(interp, "posix.wait", args, 0, 0)?;
    system::check_processes(interp)?;
    interp.flush();
    let (pid, status) = wait_for(interp, -1, 0)?;
    Ok(Value::tuple(vec![Value::Int(pid as i64), Value::Int(status as i64)]))
}

/// `os.pidfd_open(pid, flags=0)`: a descriptor for the process `pid` that
/// polls readable once it has ended.
fn pidfd_open(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("pidfd_open", &["pid", "flags"], 1, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let pid = signed_int(interp, p.req(0))?;
    let flags = match p.get(1) {
        Some(v) => unsigned_int(interp, v)?,
        None => 0,
    };
    system::check_processes(interp)?;
    // SAFETY: pidfd_open takes two integers and returns a new descriptor or -1.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, flags) };
    if fd < 0 {
        let e = std::io::Error::last_os_error();
        return Err(system::os_error(interp, &e, None, None));
    }
    // pidfd_open always sets close-on-exec; the descriptor is ours alone.
    // SAFETY: the kernel just returned this descriptor, owned by nothing else.
    let file = unsafe { std::fs::File::from_raw_fd(fd as i32) };
    let n = system::system(interp).fds.borrow_mut().install(Box::new(RealFile(file)));
    Ok(Value::Int(n as i64))
}

/// The `status` argument of the `W*` helpers.
fn status_arg(interp: &mut Interp, name: &'static str, args: &[Value], kwargs: KwArgs) -> PyResult<i32> {
    let names: &'static [&'static str] = &["status"];
    let sig = Sig { name, pos: names, required: 1, kwonly: &[] };
    let p = parse(interp, &sig, args, kwargs)?;
    Ok(interp.c_int_value(p.req(0))? as i32)
}

macro_rules! status_fns {
    ($($fn_name:ident, $py:literal, $f:expr;)*) => {$(
        fn $fn_name(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
            let status = status_arg(interp, $py, args, kwargs)?;
            Ok($f(status))
        }
    )*};
}

status_fns! {
    wifexited, "WIFEXITED", |s| Value::Bool(libc::WIFEXITED(s));
    wexitstatus, "WEXITSTATUS", |s| Value::Int(libc::WEXITSTATUS(s) as i64);
    wifsignaled, "WIFSIGNALED", |s| Value::Bool(libc::WIFSIGNALED(s));
    wtermsig, "WTERMSIG", |s| Value::Int(libc::WTERMSIG(s) as i64);
    wifstopped, "WIFSTOPPED", |s| Value::Bool(libc::WIFSTOPPED(s));
    wstopsig, "WSTOPSIG", |s| Value::Int(libc::WSTOPSIG(s) as i64);
    wifcontinued, "WIFCONTINUED", |s| Value::Bool(libc::WIFCONTINUED(s));
    wcoredump, "WCOREDUMP", |s| Value::Bool(libc::WCOREDUMP(s));
}

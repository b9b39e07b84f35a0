//! The `posix` functions about the process and the machine: ids, `umask`,
//! `cpu_count`, `urandom`, `get_terminal_size`, `kill`, `system`, `strerror`,
//! `uname`, `times`. Starting or signalling processes asks the policy first.

use crate::vm::types::Exc;
use super::args::{self, parse, Sig};
use super::structseq;
use crate::objects::check_args;
use crate::system::{self, fds::OpenFile};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::io::Write;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getpid", getpid),
    ("getppid", getppid),
    ("getuid", getuid),
    ("geteuid", geteuid),
    ("getgid", getgid),
    ("getegid", getegid),
    ("getpgrp", getpgrp),
    ("getgroups", getgroups),
    ("umask", umask),
    ("cpu_count", cpu_count),
    ("urandom", urandom),
    ("get_terminal_size", get_terminal_size),
    ("kill", kill),
    ("system", system_),
    ("strerror", strerror),
    ("uname", uname),
    ("times", times),
    ("getloadavg", getloadavg),
    ("_exit", exit),
    ("abort", abort),
    ("device_encoding", device_encoding),
    ("waitstatus_to_exitcode", waitstatus_to_exitcode),
];

fn id_fn(interp: &mut Interp, name: &str, args: &[Value], kwargs: KwArgs, value: i64) -> PyResult<Value> {
    let qual = format!("posix.{name}");
    crate::objects::no_kwargs(interp, &qual, kwargs)?;
    check_args(interp, &qual, args, 0, 0)?;
    Ok(Value::Int(value))
}

fn getpid(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    id_fn(interp, "getpid", args, kwargs, std::process::id() as i64)
}

// SAFETY (for the id functions below): these libc calls take no arguments and cannot fail.
fn getppid(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    id_fn(interp, "getppid", args, kwargs, unsafe { libc::getppid() } as i64)
}

fn getuid(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    id_fn(interp, "getuid", args, kwargs, unsafe { libc::getuid() } as i64)
}

fn geteuid(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    id_fn(interp, "geteuid", args, kwargs, unsafe { libc::geteuid() } as i64)
}

fn getgid(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    id_fn(interp, "getgid", args, kwargs, unsafe { libc::getgid() } as i64)
}

fn getegid(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    id_fn(interp, "getegid", args, kwargs, unsafe { libc::getegid() } as i64)
}

fn getpgrp(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    id_fn(interp, "getpgrp", args, kwargs, unsafe { libc::getpgrp() } as i64)
}

fn getgroups(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    id_fn(interp, "getgroups", args, kwargs, 0)?;
    let mut groups = vec![0 as libc::gid_t; 256];
    // SAFETY: `groups` has room for the 256 ids getgroups may write.
    let n = unsafe { libc::getgroups(groups.len() as i32, groups.as_mut_ptr()) };
    groups.truncate(n.max(0) as usize);
    Ok(Value::list(groups.into_iter().map(|g| Value::Int(g as i64)).collect()))
}

fn umask(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let mask = args::int(interp, &args[0])?;
    // SAFETY: umask only swaps the process's creation mask.
    let old = unsafe { libc::umask(mask as libc::mode_t) };
    Ok(Value::Int(old as i64))
}

fn cpu_count(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    id_fn(interp, "cpu_count", args, kwargs, 0)?;
    // SAFETY: sysconf only reads a system value.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 { Value::None } else { Value::Int(n as i64) })
}

fn urandom(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("urandom", &["size"], 1, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let n = args::int(interp, p.req(0))?;
    if n < 0 {
        return Err(interp.value_error("negative argument not allowed"));
    }
    // The size is the script's: reserved fallibly (MemoryError), and charged to the limits.
    let mut buf = Vec::new();
    interp.reserve_exact(&mut buf, n as usize)?;
    buf.resize(n as usize, 0);
    if let Err(e) = crate::system::entropy::fill_random(&mut buf) {
        return Err(system::os_error(interp, &e, None, None));
    }
    Ok(Value::bytes(buf))
}

/// The operating-system descriptor behind the script's `fd`, when it has one.
fn real_fd(interp: &mut Interp, fd: i32) -> Option<i32> {
    let captured = interp.embedder.is_some();
    let entry = system::system(interp).fds.borrow().get(fd);
    match entry {
        Some(OpenFile::Std(n)) if !captured => Some(n as i32),
        Some(OpenFile::Handle(h)) => h.borrow().raw_fd(),
        _ => None,
    }
}

fn get_terminal_size(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    args::positional(interp, "get_terminal_size", args, kwargs, 0, 1)?;
    let fd = match args.first() {
        Some(v) => args::fd(interp, v)?,
        None => 1,
    };
    let Some(raw) = real_fd(interp, fd) else {
        let code = if system::system(interp).fds.borrow().contains(fd) { libc::ENOTTY } else { libc::EBADF };
        return Err(system::os_error_errno(interp, code, None, None));
    };
    // SAFETY: `ws` is written by the ioctl before it is read.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(raw, libc::TIOCGWINSZ, &mut ws) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(system::os_error(interp, &e, None, None));
    }
    let items = vec![Value::Int(ws.ws_col as i64), Value::Int(ws.ws_row as i64)];
    Ok(structseq::make(interp, &structseq::TERMINAL_SIZE, items, vec![]))
}

fn kill(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(interp.type_error("kill() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(interp.type_error(format!("kill() takes exactly 2 arguments ({} given)", args.len())));
    }
    let pid = args::int(interp, &args[0])?;
    let sig = args::int(interp, &args[1])?;
    system::check_processes(interp)?;
    // SAFETY: kill only sends a signal.
    if unsafe { libc::kill(pid as libc::pid_t, sig as i32) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(system::os_error(interp, &e, None, None));
    }
    interp.check_interrupt()?;
    Ok(Value::None)
}

fn system_(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("system", &["command"], 1, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let command = match super::path_arg::fspath(interp, p.req(0))? {
        Some(v) => super::path_arg::path_of(interp, v)?.path,
        None => {
            let t = interp.type_name(p.req(0));
            return Err(interp.type_error(format!("expected str, bytes or os.PathLike object, not {t}")));
        }
    };
    system::check_processes(interp)?;
    interp.flush();
    let _ = interp.stdout.flush();
    let status = std::process::Command::new("/bin/sh").arg("-c").arg(command).status();
    match status {
        Ok(s) => Ok(Value::Int(std::os::unix::process::ExitStatusExt::into_raw(s) as i64)),
        Err(e) => Err(system::os_error(interp, &e, None, None)),
    }
}

fn strerror(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let code = args::int(interp, &args[0])?;
    Ok(Value::string(system::strerror(code as i32)))
}

fn c_text(chars: &[libc::c_char]) -> Value {
    let bytes: Vec<u8> = chars.iter().take_while(|c| **c != 0).map(|c| *c as u8).collect();
    Value::string(String::from_utf8_lossy(&bytes).into_owned())
}

fn uname(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    id_fn(interp, "uname", args, kwargs, 0)?;
    // SAFETY: `u` is written by uname before it is read.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    if unsafe { libc::uname(&mut u) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(system::os_error(interp, &e, None, None));
    }
    let items = vec![c_text(&u.sysname), c_text(&u.nodename), c_text(&u.release), c_text(&u.version), c_text(&u.machine)];
    Ok(structseq::make(interp, &structseq::UNAME_RESULT, items, vec![]))
}

fn times(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    id_fn(interp, "times", args, kwargs, 0)?;
    // SAFETY: `t` is written by times before it is read; sysconf only reads.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    let elapsed = unsafe { libc::times(&mut t) };
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let f = |v: libc::clock_t| Value::Float(v as f64 / ticks);
    let items = vec![f(t.tms_utime), f(t.tms_stime), f(t.tms_cutime), f(t.tms_cstime), f(elapsed)];
    Ok(structseq::make(interp, &structseq::TIMES_RESULT, items, vec![]))
}

fn getloadavg(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    id_fn(interp, "getloadavg", args, kwargs, 0)?;
    let mut avg = [0f64; 3];
    // SAFETY: `avg` has room for the three averages asked for.
    if unsafe { libc::getloadavg(avg.as_mut_ptr(), 3) } != 3 {
        return Err(interp.new_error(Exc::OSError, "Load averages are unobtainable"));
    }
    Ok(Value::tuple(avg.iter().map(|a| Value::Float(*a)).collect()))
}

fn exit(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("_exit", &["status"], 1, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let code = args::int(interp, p.req(0))?;
    system::check_processes(interp)?;
    interp.flush();
    std::process::exit(code as i32)
}

fn abort(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    id_fn(interp, "abort", args, kwargs, 0)?;
    system::check_processes(interp)?;
    std::process::abort()
}

fn device_encoding(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("device_encoding", &["fd"], 1, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let fd = args::fd(interp, p.req(0))?;
    Ok(if system::isatty(interp, fd) { Value::str("UTF-8") } else { Value::None })
}

fn waitstatus_to_exitcode(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("waitstatus_to_exitcode", &["status"], 1, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let status = args::int(interp, p.req(0))? as i32;
    if libc::WIFEXITED(status) {
        return Ok(Value::Int(libc::WEXITSTATUS(status) as i64));
    }
    if libc::WIFSIGNALED(status) {
        return Ok(Value::Int(-(libc::WTERMSIG(status) as i64)));
    }
    Err(interp.value_error(format!("invalid wait status: {status}")))
}

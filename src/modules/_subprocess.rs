//! The `_subprocess` module behind stdlib/subprocess.py: starting a child
//! program (`spawn`), waiting for it (`wait`, `poll`) and exchanging data with
//! it over pipes without threads (`exchange`, on poll(2)). Descriptors are the
//! script's own (`crate::system::fds`); starting a process asks the policy.

use super::_select::{self, raw_fd};
use super::os::args::{self, parse, Sig};
use crate::system;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::os::unix::io::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// `stdin`/`stdout`/`stderr` value meaning "the parent's own stream".
const INHERIT: i64 = -1;
/// `stdin`/`stdout`/`stderr` value meaning the null device (`subprocess.DEVNULL`).
const NULL_DEVICE: i64 = -3;

const FUNCTIONS: &[(&str, NativeFn)] =
    &[("spawn", spawn), ("wait", wait), ("poll", poll), ("exchange", exchange)];

/// The `_subprocess` module.
pub fn module() -> Value {
    super::make_module("_subprocess", FUNCTIONS, vec![])
}

/// An argument, environment name or value as the operating system takes it.
fn os_string(interp: &mut Interp, v: &Value, what: &str) -> PyResult<OsString> {
    let bytes = match v {
        Value::Str(s) => s.as_str().as_bytes().to_vec(),
        Value::Bytes(b) => b.to_vec(),
        _ => {
            let t = interp.type_name(v);
            return Err(interp.type_error(format!("expected str, bytes or os.PathLike object, not {t}")));
        }
    };
    if bytes.contains(&0) {
        return Err(interp.value_error(format!("embedded null byte in {what}")));
    }
    Ok(OsString::from_vec(bytes))
}

/// The child's end of one standard stream.
fn stdio(interp: &mut Interp, v: &Value) -> PyResult<Stdio> {
    let n = args::int(interp, v)?;
    match n {
        INHERIT => Ok(Stdio::inherit()),
        NULL_DEVICE => Ok(Stdio::null()),
        _ => {
            let raw = raw_fd(interp, n as i32)?;
            // SAFETY: fcntl duplicates a descriptor this process holds.
            let copy = unsafe { libc::fcntl(raw, libc::F_DUPFD_CLOEXEC, 3) };
            if copy < 0 {
                let e = std::io::Error::last_os_error();
                return Err(system::os_error(interp, &e, None, None));
            }
            // SAFETY: `copy` is a new descriptor owned by nothing else.
            Ok(Stdio::from(unsafe { OwnedFd::from_raw_fd(copy) }))
        }
    }
}

/// `spawn(args, executable, cwd, env, stdin, stdout, stderr, pass_fds,
/// start_new_session, process_group, umask)`: starts the program, returns its pid.
fn spawn(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new(
        "spawn",
        &[
            "args",
            "executable",
            "cwd",
            "env",
            "stdin",
            "stdout",
            "stderr",
            "pass_fds",
            "start_new_session",
            "process_group",
            "umask",
        ],
        7,
        &[],
    );
    let p = parse(interp, &SIG, args, kwargs)?;
    let argv_values = interp.collect_iterable(p.req(0))?;
    let mut argv = Vec::new();
    for a in &argv_values {
        argv.push(os_string(interp, a, "argument")?);
    }
    let Some(first) = argv.first().cloned() else {
        return Err(interp.value_error("empty argument list"));
    };
    let (program, shown) = match p.opt(1) {
        Some(exe) => (os_string(interp, exe, "executable")?, exe.clone()),
        None => (first.clone(), argv_values[0].clone()),
    };
    system::check_processes(interp)?;
    let mut cmd = Command::new(&program);
    cmd.arg0(&first).args(&argv[1..]);
    if let Some(cwd) = p.opt(2) {
        let dir = os_string(interp, cwd, "cwd")?;
        // Report a bad folder with its own name, as exec failures name the program.
        match std::fs::metadata(&dir) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => return Err(system::os_error_errno(interp, libc::ENOTDIR, Some(cwd.clone()), None)),
            Err(e) => return Err(system::os_error(interp, &e, Some(cwd.clone()), None)),
        }
        cmd.current_dir(dir);
    }
    if let Some(env) = p.opt(3) {
        cmd.env_clear();
        for pair in interp.collect_iterable(env)? {
            let kv = interp.collect_iterable(&pair)?;
            let k = os_string(interp, &kv[0], "environment")?;
            let v = os_string(interp, &kv[1], "environment")?;
            if k.as_encoded_bytes().contains(&b'=') {
                return Err(interp.value_error("illegal environment variable name"));
            }
            cmd.env(k, v);
        }
    }
    let stdin = stdio(interp, p.req(4))?;
    let stdout = stdio(interp, p.req(5))?;
    let stderr = stdio(interp, p.req(6))?;
    cmd.stdin(stdin).stdout(stdout).stderr(stderr);
    let mut keep = Vec::new();
    if let Some(fds) = p.opt(7) {
        for v in interp.collect_iterable(fds)? {
            let fd = args::fd(interp, &v)?;
            keep.push(raw_fd(interp, fd)?);
        }
    }
    let new_session = args::flag(interp, p.get(8), false)?;
    if let Some(pg) = p.opt(9) {
        let pg = args::int(interp, pg)?;
        if pg >= 0 {
            cmd.process_group(pg as i32);
        }
    }
    let mask = match p.opt(10) {
        Some(v) => args::int(interp, v)?,
        None => -1,
    };
    if !keep.is_empty() || new_session || mask >= 0 {
        // SAFETY: the closure runs in the child between fork and exec and only
        // makes async-signal-safe calls (fcntl, setsid, umask).
        unsafe {
            cmd.pre_exec(move || {
                for fd in &keep {
                    let flags = libc::fcntl(*fd, libc::F_GETFD);
                    if flags < 0 || libc::fcntl(*fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC) < 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                }
                if new_session && libc::setsid() < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                if mask >= 0 {
                    libc::umask(mask as libc::mode_t);
                }
                Ok(())
            });
        }
    }
    interp.flush();
    match cmd.spawn() {
        Ok(child) => Ok(Value::Int(child.id() as i64)),
        Err(e) => Err(system::os_error(interp, &e, Some(shown), None)),
    }
}

/// The return code of a wait status: the exit status, or minus the signal.
fn returncode(status: i32) -> i64 {
    if libc::WIFSIGNALED(status) {
        -(libc::WTERMSIG(status) as i64)
    } else if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status) as i64
    } else {
        status as i64
    }
}

/// One waitpid call: Some(return code) when the child has ended.
fn try_wait(interp: &mut Interp, pid: i32, block: bool) -> PyResult<Option<i64>> {
    loop {
        let mut status = 0;
        let flags = if block { 0 } else { libc::WNOHANG };
        // SAFETY: waitpid writes the status into `status`.
        let r = unsafe { libc::waitpid(pid, &mut status, flags) };
        if r == pid {
            return Ok(Some(returncode(status)));
        }
        if r == 0 {
            return Ok(None);
        }
        let e = std::io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::EINTR) => interp.check_interrupt()?,
            // Already reaped elsewhere (or SIGCHLD ignored): nothing to report.
            Some(libc::ECHILD) => return Ok(Some(0)),
            _ => return Err(system::os_error(interp, &e, None, None)),
        }
    }
}

/// `poll(pid)`: the return code if the child has ended, else None.
fn poll(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("poll", &["pid"], 1, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let pid = args::int(interp, p.req(0))? as i32;
    Ok(try_wait(interp, pid, false)?.map(Value::Int).unwrap_or(Value::None))
}

/// `wait(pid, timeout)`: the return code, or None if the child is still
/// running after `timeout` seconds (None: wait as long as it takes).
fn wait(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("wait", &["pid", "timeout"], 1, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let pid = args::int(interp, p.req(0))? as i32;
    let timeout = _select::timeout_arg(interp, p.get(1))?;
    interp.flush();
    let Some(limit) = timeout else {
        return Ok(try_wait(interp, pid, true)?.map(Value::Int).unwrap_or(Value::None));
    };
    let deadline = Instant::now() + limit;
    let mut pause = Duration::from_micros(500);
    loop {
        if let Some(code) = try_wait(interp, pid, false)? {
            return Ok(Value::Int(code));
        }
        interp.check_interrupt()?;
        let now = Instant::now();
        if now >= deadline {
            return Ok(Value::None);
        }
        std::thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// Reads what is available on `fd` into `into`; false at the end of the data.
fn read_some(interp: &mut Interp, fd: i32, into: &mut Vec<u8>) -> PyResult<bool> {
    let mut buf = [0u8; 32768];
    loop {
        // SAFETY: read writes at most `buf.len()` bytes into `buf`.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
        if n > 0 {
            into.extend_from_slice(&buf[..n as usize]);
            return Ok(true);
        }
        if n == 0 {
            return Ok(false);
        }
        let e = std::io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::EINTR) => interp.check_interrupt()?,
            Some(libc::EAGAIN) => return Ok(true),
            _ => return Err(system::os_error(interp, &e, None, None)),
        }
    }
}

/// `exchange(stdin, data, offset, stdout, stderr, timeout)`: writes
/// `data[offset:]` to the child's input while reading its output and errors
/// (descriptors, -1 for none), until the input is all written (so the caller
/// can close it), both outputs end, or `timeout` seconds pass. Returns
/// `(offset, out, err, input_done, out_done, err_done, timed_out)`.
fn exchange(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("exchange", &["stdin", "data", "offset", "stdout", "stderr", "timeout"], 6, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let fd_of = |interp: &mut Interp, v: &Value| -> PyResult<Option<i32>> {
        let n = args::fd(interp, v)?;
        if n < 0 {
            Ok(None)
        } else {
            raw_fd(interp, n).map(Some)
        }
    };
    let mut input = fd_of(interp, p.req(0))?;
    let data = match p.req(1) {
        Value::Bytes(b) => b.clone(),
        b @ (Value::ByteArray(_) | Value::MemoryView(_)) => {
            std::rc::Rc::new(crate::objects::buffer::require(interp, &b.clone())?.into_vec())
        }
        Value::None => std::rc::Rc::new(Vec::new()),
        v => {
            let t = interp.type_name(v);
            return Err(interp.type_error(format!("a bytes-like object is required, not '{t}'")));
        }
    };
    let mut offset = args::int(interp, p.req(2))?.max(0) as usize;
    let mut outputs = [fd_of(interp, p.req(3))?, fd_of(interp, p.req(4))?];
    let timeout = _select::timeout_arg(interp, p.get(5))?;
    let deadline = timeout.map(|t| Instant::now() + t);
    let mut collected: [Vec<u8>; 2] = [Vec::new(), Vec::new()];
    let mut input_done = input.is_none();
    let mut timed_out = false;
    interp.flush();
    while !input_done || outputs.iter().any(Option::is_some) {
        let mut pollfds = Vec::new();
        if let Some(fd) = input {
            pollfds.push(libc::pollfd { fd, events: libc::POLLOUT, revents: 0 });
        }
        for fd in outputs.iter().flatten() {
            pollfds.push(libc::pollfd { fd: *fd, events: libc::POLLIN, revents: 0 });
        }
        let left = match deadline {
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    timed_out = true;
                    break;
                }
                Some(d - now)
            }
            None => None,
        };
        if _select::wait(interp, &mut pollfds, left)? == 0 {
            continue;
        }
        let mut k = 0;
        if let Some(fd) = input {
            let ev = pollfds[k].revents;
            k += 1;
            if ev & (libc::POLLERR | libc::POLLHUP | libc::POLLNVAL) != 0 {
                input_done = true;
            } else if ev & libc::POLLOUT != 0 {
                let end = (offset + libc::PIPE_BUF).min(data.len());
                let chunk = &data[offset..end];
                // SAFETY: write reads `chunk.len()` bytes from `chunk`.
                let n = unsafe { libc::write(fd, chunk.as_ptr() as *const libc::c_void, chunk.len()) };
                if n >= 0 {
                    offset += n as usize;
                } else {
                    let e = std::io::Error::last_os_error();
                    match e.raw_os_error() {
                        Some(libc::EINTR) => interp.check_interrupt()?,
                        Some(libc::EAGAIN) => {}
                        // The child stopped reading: the rest of the input is dropped.
                        Some(libc::EPIPE) => input_done = true,
                        _ => return Err(system::os_error(interp, &e, None, None)),
                    }
                }
                if offset >= data.len() {
                    input_done = true;
                }
            }
            if input_done {
                input = None;
                // Let the caller close the input so the child sees its end.
                break;
            }
        }
        for (slot, out) in outputs.iter_mut().enumerate() {
            let Some(fd) = *out else { continue };
            let ev = pollfds[k].revents;
            k += 1;
            let readable = ev & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0;
            let ended = if readable { !read_some(interp, fd, &mut collected[slot])? } else { ev & libc::POLLNVAL != 0 };
            if ended {
                *out = None;
            }
        }
    }
    let _ = input;
    let [out, err] = collected;
    Ok(Value::tuple(vec![
        Value::Int(offset as i64),
        Value::bytes(out),
        Value::bytes(err),
        Value::Bool(input_done),
        Value::Bool(outputs[0].is_none()),
        Value::Bool(outputs[1].is_none()),
        Value::Bool(timed_out),
    ]))
}

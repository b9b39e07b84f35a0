//! The `_select` module behind stdlib/select.py: waiting for descriptors to be
//! ready, with poll(2). Scripts name descriptors of their own table
//! (`crate::system::fds`); they are mapped to the operating system's numbers
//! here. [`wait`] is also what `_subprocess` uses to talk to a child.

use super::os::args::{self, parse, Sig};
use crate::system::{self, fds::OpenFile};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::time::{Duration, Instant};

/// The operating-system descriptor behind the script's descriptor `fd`.
pub fn raw_fd(interp: &mut Interp, fd: i32) -> PyResult<i32> {
    let captured = interp.embedder.is_some();
    let entry = system::system(interp).fds.borrow().get(fd);
    let raw = match entry {
        Some(OpenFile::Std(n)) if !captured => Some(n as i32),
        Some(OpenFile::Handle(h)) => h.borrow().raw_fd(),
        _ => None,
    };
    match raw {
        Some(r) => Ok(r),
        None => Err(system::os_error_errno(interp, libc::EBADF, None, None)),
    }
}

/// Waits until one of `fds` is ready or `timeout` passes (None: no limit),
/// running signal handlers when a signal interrupts the wait. Returns how many
/// entries have events.
pub fn wait(interp: &mut Interp, fds: &mut [libc::pollfd], timeout: Option<Duration>) -> PyResult<usize> {
    let deadline = timeout.map(|t| Instant::now() + t);
    // Wake now and then to notice an interrupt flag set from another thread.
    const SLICE: Duration = Duration::from_millis(100);
    loop {
        let slice = match deadline {
            Some(d) => d.saturating_duration_since(Instant::now()).min(SLICE),
            None => SLICE,
        };
        let ms = slice.as_micros().div_ceil(1000) as libc::c_int;
        // SAFETY: `fds` is a valid array of `fds.len()` pollfd entries.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() != std::io::ErrorKind::Interrupted {
                return Err(system::os_error(interp, &e, None, None));
            }
        } else if n > 0 {
            return Ok(n as usize);
        }
        interp.check_interrupt()?;
        if let Some(d) = deadline {
            if Instant::now() >= d {
                return Ok(0);
            }
        }
    }
}

/// A timeout in seconds (None for no limit; negative counts as zero).
pub fn timeout_arg(interp: &mut Interp, v: Option<&Value>) -> PyResult<Option<Duration>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let secs = crate::objects::numbers::number_arg(interp, v)?;
            if secs.is_nan() {
                return Err(interp.value_error("Invalid value NaN (not a number)"));
            }
            Ok(Some(Duration::from_secs_f64(secs.clamp(0.0, 1e9))))
        }
    }
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("select", select), ("poll_wait", poll_wait)];

/// The `_select` module.
pub fn module() -> Value {
    let values = [
        ("POLLIN", libc::POLLIN),
        ("POLLPRI", libc::POLLPRI),
        ("POLLOUT", libc::POLLOUT),
        ("POLLERR", libc::POLLERR),
        ("POLLHUP", libc::POLLHUP),
        ("POLLNVAL", libc::POLLNVAL),
        ("POLLRDNORM", libc::POLLRDNORM),
        ("POLLRDBAND", libc::POLLRDBAND),
        ("POLLWRNORM", libc::POLLWRNORM),
        ("POLLWRBAND", libc::POLLWRBAND),
        ("POLLMSG", 0x400),
        ("POLLRDHUP", libc::POLLRDHUP),
    ];
    let mut values: Vec<(&str, Value)> = values.iter().map(|(n, v)| (*n, Value::Int(*v as i64))).collect();
    values.push(("PIPE_BUF", Value::Int(libc::PIPE_BUF as i64)));
    super::make_module("_select", FUNCTIONS, values)
}

/// The descriptor of a `select` list item: an int or an object with `fileno()`.
fn fileno_of(interp: &mut Interp, v: &Value) -> PyResult<i32> {
    let n = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => interp.c_int_value(v)?,
        _ => {
            let Ok(method) = interp.get_attr(v, "fileno") else {
                return Err(interp.type_error("argument must be an int, or have a fileno() method."));
            };
            let r = interp.call_value(method, vec![], vec![])?;
            if !matches!(r, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                return Err(interp.type_error("fileno() returned a non-integer"));
            }
            interp.c_int_value(&r)?
        }
    };
    if n < 0 {
        return Err(interp.value_error(format!("file descriptor cannot be a negative integer ({n})")));
    }
    Ok(n as i32)
}

/// `select.select(rlist, wlist, xlist[, timeout])`.
fn select(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "select", kwargs)?;
    crate::objects::check_args(interp, "select", args, 3, 4)?;
    let timeout = match args.get(3) {
        None | Some(Value::None) => None,
        Some(v) => {
            if !matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_)) {
                let t = interp.type_name(v);
                return Err(interp.type_error(format!("timeout must be a float or None, not {t}")));
            }
            let secs = crate::objects::numbers::number_arg(interp, v)?;
            if secs < 0.0 {
                return Err(interp.value_error("timeout must be non-negative"));
            }
            timeout_arg(interp, Some(v))?
        }
    };
    let events = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];
    let mut entries: Vec<(usize, Value)> = Vec::new();
    let mut pollfds: Vec<libc::pollfd> = Vec::new();
    for (which, list) in args[..3].iter().enumerate() {
        let items = match list {
            Value::List(_) | Value::Tuple(_) => interp.collect_iterable(list)?,
            _ => {
                let Ok(items) = interp.collect_iterable(list) else {
                    return Err(interp.type_error("arguments 1-3 must be sequences"));
                };
                items
            }
        };
        for item in items {
            let fd = fileno_of(interp, &item)?;
            let raw = raw_fd(interp, fd)?;
            pollfds.push(libc::pollfd { fd: raw, events: events[which], revents: 0 });
            entries.push((which, item));
        }
    }
    wait(interp, &mut pollfds, timeout)?;
    let mut ready: [Vec<Value>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for ((which, item), p) in entries.into_iter().zip(&pollfds) {
        if p.revents & libc::POLLNVAL != 0 {
            return Err(system::os_error_errno(interp, libc::EBADF, None, None));
        }
        let hit = match which {
            0 => p.revents & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0,
            1 => p.revents & (libc::POLLOUT | libc::POLLERR) != 0,
            _ => p.revents & libc::POLLPRI != 0,
        };
        if hit {
            ready[which].push(item);
        }
    }
    let [r, w, x] = ready;
    Ok(Value::tuple(vec![Value::list(r), Value::list(w), Value::list(x)]))
}

/// `_select.poll_wait(entries, timeout_ms)`: `entries` is a list of (fd,
/// eventmask); returns the (fd, revents) pairs with events, as `poll.poll`.
fn poll_wait(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("poll_wait", &["entries", "timeout"], 2, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let timeout = match p.opt(1) {
        None => None,
        Some(v) => {
            let ms = crate::objects::numbers::number_arg(interp, v)?;
            if ms < 0.0 {
                None
            } else {
                Some(Duration::from_secs_f64((ms / 1000.0).min(1e9)))
            }
        }
    };
    let mut fds = Vec::new();
    let mut pollfds = Vec::new();
    for entry in interp.collect_iterable(p.req(0))? {
        let pair = interp.collect_iterable(&entry)?;
        let fd = args::fd(interp, &pair[0])?;
        let mask = args::int(interp, &pair[1])? as i16;
        // A descriptor the script does not hold is reported as POLLNVAL by poll itself.
        let raw = raw_fd(interp, fd).unwrap_or(-1);
        let raw = if raw < 0 { i32::MAX } else { raw };
        fds.push(fd);
        pollfds.push(libc::pollfd { fd: raw, events: mask, revents: 0 });
    }
    wait(interp, &mut pollfds, timeout)?;
    let ready = fds
        .iter()
        .zip(&pollfds)
        .filter(|(_, p)| p.revents != 0)
        .map(|(fd, p)| Value::tuple(vec![Value::Int(*fd as i64), Value::Int(p.revents as u16 as i64)]))
        .collect();
    Ok(Value::list(ready))
}

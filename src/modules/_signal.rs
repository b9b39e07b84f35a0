//! The `_signal` module behind stdlib/signal.py: Python-level signal handlers.
//!
//! A signal with a language handler gets a tiny native handler that only
//! records it (an atomic flag per signal) and sets the interrupt flag of the
//! interpreter that installed it. The VM checks that flag at its safe points
//! (backward jumps, waits in natives) and calls [`dispatch`] through
//! `Interp::signal_hook`, which runs the handlers of the recorded signals.
//! SIGINT's default handler, `default_int_handler`, raises KeyboardInterrupt.

use crate::vm::types::Exc;
use super::os::args::{self, parse, Sig};
use crate::system;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicPtr, Ordering};

/// One more than the largest signal number (`signal.NSIG`).
pub const NSIG: usize = 65;

/// Signals seen by the native handler and not yet dispatched.
static ARRIVED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];
/// The interrupt flag of the interpreter whose handlers are installed.
static WAKE: AtomicPtr<AtomicBool> = AtomicPtr::new(std::ptr::null_mut());
/// A descriptor the native handler writes the signal number to (`set_wakeup_fd`), or -1.
static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);
/// Whether SIGINT is handled by the native handler (else a set interrupt flag
/// with no recorded signal is a Ctrl-C seen by another handler, the REPL's).
static SIGINT_CAUGHT: AtomicBool = AtomicBool::new(false);

extern "C" fn on_signal(signum: libc::c_int) {
    // SAFETY: only async-signal-safe operations: atomics, write(2), errno.
    unsafe {
        let saved = *libc::__errno_location();
        if (signum as usize) < NSIG {
            ARRIVED[signum as usize].store(true, Ordering::SeqCst);
        }
        let flag = WAKE.load(Ordering::SeqCst);
        if !flag.is_null() {
            (*flag).store(true, Ordering::SeqCst);
        }
        let fd = WAKEUP_FD.load(Ordering::SeqCst);
        if fd >= 0 {
            let byte = signum as u8;
            libc::write(fd, &byte as *const u8 as *const libc::c_void, 1);
        }
        *libc::__errno_location() = saved;
    }
}

/// The language-level handler of each signal, per interpreter.
struct Handlers {
    table: Vec<Value>,
    default_int_handler: Value,
    ready: bool,
}

impl Default for Handlers {
    fn default() -> Self {
        Handlers { table: vec![Value::None; NSIG], default_int_handler: Value::None, ready: false }
    }
}

/// The handler table, filled on first use from what the process has installed.
fn handlers(interp: &mut Interp) -> &mut Handlers {
    let h = interp.extensions.get_or_default::<Handlers>();
    if !h.ready {
        h.ready = true;
        h.default_int_handler = crate::objects::native_sig(
            "_signal.default_int_handler",
            default_int_handler,
            "($module, signalnum, frame, /)",
        );
        for sig in 1..NSIG {
            // SAFETY: `old` is written by sigaction before it is read; a null new action only queries.
            let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
            if unsafe { libc::sigaction(sig as i32, std::ptr::null(), &mut old) } != 0 {
                continue;
            }
            h.table[sig] = match old.sa_sigaction {
                libc::SIG_DFL => Value::Int(0),
                libc::SIG_IGN => Value::Int(1),
                _ if sig == libc::SIGINT as usize => h.default_int_handler.clone(),
                _ => Value::None,
            };
        }
    }
    h
}

/// Points the native handler at `interp`'s interrupt flag and hooks dispatch into it.
fn attach(interp: &mut Interp) {
    let raw = std::sync::Arc::as_ptr(&interp.interrupt) as *mut AtomicBool;
    if WAKE.load(Ordering::SeqCst) != raw {
        // Keep this interpreter's flag alive for as long as the process may signal it.
        std::mem::forget(interp.interrupt.clone());
        WAKE.store(raw, Ordering::SeqCst);
    }
    interp.signal_hook = Some(dispatch);
}

/// Makes Ctrl-C raise KeyboardInterrupt in `interp` (the `coil` command calls this
/// when it runs a script, as CPython installs `default_int_handler` at start-up).
#[cfg_attr(not(feature = "repl"), allow(dead_code))] // used by the coil command
pub fn install_sigint(interp: &mut Interp) {
    attach(interp);
    if set_action(libc::SIGINT, Action::Catch).is_ok() {
        let h = handlers(interp);
        h.table[libc::SIGINT as usize] = h.default_int_handler.clone();
    }
}

/// Called by the `coil` command on its main thread before it starts the
/// interpreter thread: the main thread blocks every signal, so a signal sent
/// to the process reaches the interpreter's thread and interrupts its waits.
#[cfg_attr(not(feature = "repl"), allow(dead_code))] // used by the coil command
pub fn block_on_this_thread() {
    // SAFETY: the set is initialised by sigfillset before use.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// Undoes [`block_on_this_thread`] on the interpreter's thread (which inherits the mask).
#[cfg_attr(not(feature = "repl"), allow(dead_code))] // used by the coil command
pub fn unblock_on_this_thread() {
    // SAFETY: the set is initialised by sigemptyset before use.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::pthread_sigmask(libc::SIG_SETMASK, &set, std::ptr::null_mut());
    }
}

enum Action {
    Default,
    Ignore,
    Catch,
}

fn set_action(signum: i32, action: Action) -> std::io::Result<()> {
    // SAFETY: `act` is fully initialised before sigaction reads it.
    unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        act.sa_sigaction = match action {
            Action::Default => libc::SIG_DFL,
            Action::Ignore => libc::SIG_IGN,
            Action::Catch => on_signal as extern "C" fn(libc::c_int) as usize,
        };
        // No SA_RESTART: a wait is interrupted so that the handler runs (PEP 475).
        act.sa_flags = libc::SA_ONSTACK;
        libc::sigemptyset(&mut act.sa_mask);
        if libc::sigaction(signum, &act, std::ptr::null_mut()) != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    if signum == libc::SIGINT {
        SIGINT_CAUGHT.store(matches!(action, Action::Catch), Ordering::SeqCst);
    }
    Ok(())
}

/// `Interp::signal_hook`: runs the handlers of the signals that arrived.
fn dispatch(interp: &mut Interp, frame: Option<&crate::vm::frame::Frame>) -> PyResult<()> {
    let mut any = false;
    for (sig, arrived) in ARRIVED.iter().enumerate().skip(1) {
        if !arrived.swap(false, Ordering::SeqCst) {
            continue;
        }
        any = true;
        let handler = handlers(interp).table[sig].clone();
        if matches!(handler, Value::Int(_) | Value::None) {
            continue;
        }
        let frame = crate::objects::frames::frame_object(interp, frame);
        if let Err(e) = interp.call_value(handler, vec![Value::Int(sig as i64), frame], vec![]) {
            // Signals still recorded are handled at the next check.
            if ARRIVED.iter().any(|a| a.load(Ordering::SeqCst)) {
                interp.interrupt.store(true, Ordering::SeqCst);
            }
            return Err(e);
        }
    }
    if !any && !SIGINT_CAUGHT.load(Ordering::SeqCst) {
        // A Ctrl-C seen by another handler (the REPL's).
        let class = interp.types.exc(Exc::KeyboardInterrupt);
        return Err(interp.new_exception(class, vec![]));
    }
    Ok(())
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("signal", signal),
    ("getsignal", getsignal),
    ("raise_signal", raise_signal),
    ("strsignal", strsignal),
    ("valid_signals", valid_signals),
    ("alarm", alarm),
    ("pause", pause),
    ("default_int_handler", default_int_handler),
    ("set_wakeup_fd", set_wakeup_fd),
    ("siginterrupt", siginterrupt),
    ("setitimer", setitimer),
    ("getitimer", getitimer),
    ("pthread_sigmask", pthread_sigmask),
    ("sigpending", sigpending),
    ("pthread_kill", pthread_kill),
];

/// The signal numbers `signal.py` turns into `Signals` members.
const SIGNALS: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
];

/// The `_signal` module.
pub fn module(interp: &mut Interp) -> Value {
    let mut values: Vec<(&str, Value)> = SIGNALS.iter().map(|(n, v)| (*n, Value::Int(*v as i64))).collect();
    values.push(("SIGRTMIN", Value::Int(libc::SIGRTMIN() as i64)));
    values.push(("SIGRTMAX", Value::Int(libc::SIGRTMAX() as i64)));
    for (name, v) in [
        ("NSIG", NSIG as i64),
        ("SIG_DFL", 0),
        ("SIG_IGN", 1),
        ("SIG_BLOCK", libc::SIG_BLOCK as i64),
        ("SIG_UNBLOCK", libc::SIG_UNBLOCK as i64),
        ("SIG_SETMASK", libc::SIG_SETMASK as i64),
        ("ITIMER_REAL", libc::ITIMER_REAL as i64),
        ("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL as i64),
        ("ITIMER_PROF", libc::ITIMER_PROF as i64),
    ] {
        values.push((name, Value::Int(v)));
    }
    let m = super::make_module("_signal", FUNCTIONS, values);
    // The same object getsignal reports for SIGINT.
    let dih = handlers(interp).default_int_handler.clone();
    if let Value::Module(module) = &m {
        let mut d = module.dict.borrow_mut();
        d.set_str("default_int_handler", dih);
        d.set_str("raise_signal", crate::objects::native_with_caller("raise_signal", raise_signal, raise_signal_at));
    }
    m
}

/// A signal number argument, checked against the range.
fn signum_arg(interp: &mut Interp, v: &Value) -> PyResult<i32> {
    let n = interp.c_int_value(v)?;
    if n < 1 || n as usize >= NSIG {
        return Err(interp.value_error("signal number out of range"));
    }
    Ok(n as i32)
}

fn os_err(interp: &mut Interp) -> Value {
    let e = std::io::Error::last_os_error();
    system::os_error(interp, &e, None, None)
}

fn signal(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("signal", &["signalnum", "handler"], 2, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let signum = signum_arg(interp, p.req(0))?;
    let handler = p.req(1).clone();
    let action = match &handler {
        Value::Int(0) => Action::Default,
        Value::Int(1) => Action::Ignore,
        Value::Bool(_) | Value::Int(_) => return Err(bad_handler(interp)),
        h if interp.is_callable(h) => Action::Catch,
        _ => return Err(bad_handler(interp)),
    };
    system::check_processes(interp)?;
    attach(interp);
    let old = handlers(interp).table[signum as usize].clone();
    if set_action(signum, action).is_err() {
        return Err(os_err(interp));
    }
    handlers(interp).table[signum as usize] = handler;
    Ok(old)
}

fn bad_handler(interp: &mut Interp) -> Value {
    interp.type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
}

fn getsignal(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("getsignal", &["signalnum"], 1, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let signum = signum_arg(interp, p.req(0))?;
    Ok(handlers(interp).table[signum as usize].clone())
}

fn raise_signal(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    raise_signal_in(interp, None, args, kwargs)
}

fn raise_signal_at(interp: &mut Interp, f: &crate::vm::frame::Frame, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    raise_signal_in(interp, Some(f), args, kwargs)
}

fn raise_signal_in(
    interp: &mut Interp,
    f: Option<&crate::vm::frame::Frame>,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    const SIG: Sig = Sig::new("raise_signal", &["signalnum"], 1, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    // No range check: the system reports a bad number (EINVAL).
    let signum = interp.c_int_value(p.req(0))? as i32;
    system::check_processes(interp)?;
    interp.flush();
    // SAFETY: raise only sends a signal to this thread.
    if unsafe { libc::raise(signum) } != 0 {
        return Err(os_err(interp));
    }
    if interp.interrupt.swap(false, Ordering::SeqCst) {
        interp.interrupted(f)?;
    }
    Ok(Value::None)
}

fn strsignal(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("strsignal", &["signalnum"], 1, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let signum = signum_arg(interp, p.req(0))?;
    // glibc's own table, as CPython shows it; "Unknown signal" and the
    // numbers glibc reserves have no description.
    let text = unsafe { std::ffi::CStr::from_ptr(libc::strsignal(signum)) }.to_string_lossy().into_owned();
    if text.starts_with("Unknown signal") {
        return Ok(Value::None);
    }
    Ok(Value::string(text))
}

fn sigset_values(set: &libc::sigset_t) -> Value {
    let mut items = Vec::new();
    for sig in 1..NSIG as i32 {
        // SAFETY: sigismember only reads the set.
        if unsafe { libc::sigismember(set, sig) } == 1 {
            items.push(Value::Int(sig as i64));
        }
    }
    Value::list(items)
}

fn valid_signals(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    args::positional(interp, "valid_signals", args, kwargs, 0, 0)?;
    // SAFETY: the set is initialised by sigfillset before it is read.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    unsafe { libc::sigfillset(&mut set) };
    Ok(sigset_values(&set))
}

fn alarm(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("alarm", &["seconds"], 1, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let secs = args::int(interp, p.req(0))?;
    system::check_processes(interp)?;
    // SAFETY: alarm only sets the process's timer.
    Ok(Value::Int(unsafe { libc::alarm(secs.clamp(0, u32::MAX as i64) as u32) } as i64))
}

fn pause(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    args::positional(interp, "pause", args, kwargs, 0, 0)?;
    system::check_processes(interp)?;
    interp.flush();
    loop {
        if interp.interrupt.swap(false, Ordering::SeqCst) {
            interp.interrupted(None)?;
            return Ok(Value::None);
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

fn default_int_handler(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    let class = interp.types.exc(Exc::KeyboardInterrupt);
    Err(interp.new_exception(class, vec![]))
}

fn set_wakeup_fd(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("set_wakeup_fd", &["fd"], 1, &["warn_on_full_buffer"]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let fd = args::fd(interp, p.req(0))?;
    let raw = if fd == -1 {
        -1
    } else {
        match system::lookup(interp, fd) {
            Ok(system::fds::OpenFile::Std(n)) => n as i32,
            Ok(system::fds::OpenFile::Handle(h)) => h.borrow().raw_fd().unwrap_or(-1),
            Err(_) => return Err(interp.value_error(format!("the fd {fd} must be in non-blocking mode"))),
        }
    };
    attach(interp);
    let old = WAKEUP_FD.swap(raw, Ordering::SeqCst);
    Ok(Value::Int(old as i64))
}

fn siginterrupt(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("siginterrupt", &["signalnum", "flag"], 2, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    signum_arg(interp, p.req(0))?;
    args::int(interp, p.req(1))?;
    Ok(Value::None)
}

extern "C" {
    #[link_name = "setitimer"]
    fn setitimer_raw(which: libc::c_int, new: *const libc::itimerval, old: *mut libc::itimerval) -> libc::c_int;
    #[link_name = "getitimer"]
    fn getitimer_raw(which: libc::c_int, cur: *mut libc::itimerval) -> libc::c_int;
}

fn timer_which(interp: &mut Interp, v: &Value) -> PyResult<i32> {
    Ok(interp.c_int_value(v)? as i32)
}

fn timeval(secs: f64) -> libc::timeval {
    let secs = secs.max(0.0);
    let whole = secs.trunc();
    let mut usec = ((secs - whole) * 1e6).round() as libc::suseconds_t;
    // A positive time too small for the clock still starts the timer.
    if whole == 0.0 && usec == 0 && secs > 0.0 {
        usec = 1;
    }
    libc::timeval { tv_sec: whole as libc::time_t, tv_usec: usec }
}

fn timer_value(t: &libc::itimerval) -> Value {
    let f = |tv: &libc::timeval| Value::Float(tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6);
    Value::tuple(vec![f(&t.it_value), f(&t.it_interval)])
}

fn setitimer(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("setitimer", &["which", "seconds", "interval"], 2, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let which = timer_which(interp, p.req(0))?;
    let secs = crate::objects::numbers::number_arg(interp, p.req(1))?;
    let interval = match p.get(2) {
        Some(v) => crate::objects::numbers::number_arg(interp, v)?,
        None => 0.0,
    };
    system::check_processes(interp)?;
    let new = libc::itimerval { it_value: timeval(secs), it_interval: timeval(interval) };
    // SAFETY: `old` is written by setitimer before it is read.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { setitimer_raw(which, &new, &mut old) } != 0 {
        return Err(os_err(interp));
    }
    Ok(timer_value(&old))
}

fn getitimer(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("getitimer", &["which"], 1, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let which = timer_which(interp, p.req(0))?;
    // SAFETY: `cur` is written by getitimer before it is read.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { getitimer_raw(which, &mut cur) } != 0 {
        return Err(os_err(interp));
    }
    Ok(timer_value(&cur))
}

fn sigset_arg(interp: &mut Interp, v: &Value) -> PyResult<libc::sigset_t> {
    // SAFETY: the set is initialised by sigemptyset before use.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    unsafe { libc::sigemptyset(&mut set) };
    for item in interp.collect_iterable(v)? {
        let n = interp.c_int_value(&item)?;
        if n < 1 || n as usize >= NSIG {
            return Err(interp.value_error(format!("signal number {n} out of range [1; {}]", NSIG - 1)));
        }
        // SAFETY: the number was checked to be a valid signal.
        unsafe { libc::sigaddset(&mut set, n as i32) };
    }
    Ok(set)
}

fn pthread_sigmask(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    args::positional(interp, "pthread_sigmask", args, kwargs, 2, 2)?;
    let how = interp.c_int_value(&args[0])? as i32;
    let set = sigset_arg(interp, &args[1])?;
    // SAFETY: `old` is written by pthread_sigmask before it is read.
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::pthread_sigmask(how, &set, &mut old) };
    if rc != 0 {
        return Err(system::os_error_errno(interp, rc, None, None));
    }
    interp.check_interrupt()?;
    Ok(sigset_values(&old))
}

fn sigpending(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    args::positional(interp, "sigpending", args, kwargs, 0, 0)?;
    // SAFETY: `set` is written by sigpending before it is read.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    if unsafe { libc::sigpending(&mut set) } != 0 {
        return Err(os_err(interp));
    }
    Ok(sigset_values(&set))
}

fn pthread_kill(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    args::positional(interp, "pthread_kill", args, kwargs, 2, 2)?;
    let _thread = args::int(interp, &args[0])?;
    let signum = interp.c_int_value(&args[1])? as i32;
    system::check_processes(interp)?;
    // coil runs scripts on one thread: the target is always this one.
    // SAFETY: pthread_kill only sends a signal to the calling thread.
    let rc = unsafe { libc::pthread_kill(libc::pthread_self(), signum) };
    if rc != 0 {
        return Err(system::os_error_errno(interp, rc, None, None));
    }
    interp.check_interrupt()?;
    Ok(Value::None)
}

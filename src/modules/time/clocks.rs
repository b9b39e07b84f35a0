//! The clocks (`time`, `monotonic`, `perf_counter`, `process_time`,
//! `thread_time`, `clock_gettime`, ... and their `_ns` forms), what
//! `get_clock_info` says about them, and `sleep`.

use crate::objects::{check_args, check_args_parsed, no_kwargs};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time),
    ("time_ns", time_ns),
    ("monotonic", monotonic),
    ("monotonic_ns", monotonic_ns),
    ("perf_counter", perf_counter),
    ("perf_counter_ns", perf_counter_ns),
    ("process_time", process_time),
    ("process_time_ns", process_time_ns),
    ("thread_time", thread_time),
    ("thread_time_ns", thread_time_ns),
    ("clock_gettime", clock_gettime),
    ("clock_gettime_ns", clock_gettime_ns),
    ("clock_getres", clock_getres),
    ("clock_settime", clock_settime),
    ("clock_settime_ns", clock_settime_ns),
    ("get_clock_info", get_clock_info),
    ("pthread_getcpuclockid", pthread_getcpuclockid),
    ("sleep", sleep),
];

/// Reads clock `id` as whole nanoseconds, or the errno of the failure.
fn read_ns(id: libc::clockid_t) -> Result<i128, i32> {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec.
    if unsafe { libc::clock_gettime(id, &mut ts) } != 0 {
        return Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL));
    }
    Ok(ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128)
}

/// Clock `id` in nanoseconds; the standard clocks never fail.
fn ns_of(id: libc::clockid_t) -> i128 {
    read_ns(id).unwrap_or(0)
}

fn secs_of(id: libc::clockid_t) -> f64 {
    ns_of(id) as f64 / 1e9
}

/// Seconds of `CLOCK_MONOTONIC`: what `time.monotonic()` and the asyncio loop's `time()` read.
pub fn monotonic_secs() -> f64 {
    secs_of(libc::CLOCK_MONOTONIC)
}

/// Seconds since the epoch, with the sub-second part.
pub fn now_secs() -> f64 {
    secs_of(libc::CLOCK_REALTIME)
}

fn int_value(n: i128) -> Value {
    match i64::try_from(n) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::bigint(num_bigint::BigInt::from(n)),
    }
}

/// Checks that a clock function got no arguments at all.
fn no_args(interp: &mut Interp, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<()> {
    no_kwargs(interp, name, kwargs)?;
    check_args(interp, name, args, 0, 0)
}

/// Defines a float reader and a nanosecond reader of one clock.
macro_rules! clock_pair {
    ($float:ident, $ns:ident, $id:expr) => {
        fn $float(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
            no_args(interp, concat!("time.", stringify!($float)), args, kwargs)?;
            Ok(Value::Float(secs_of($id)))
        }
        fn $ns(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
            no_args(interp, concat!("time.", stringify!($ns)), args, kwargs)?;
            Ok(int_value(ns_of($id)))
        }
    };
}

clock_pair!(time, time_ns, libc::CLOCK_REALTIME);
clock_pair!(monotonic, monotonic_ns, libc::CLOCK_MONOTONIC);
clock_pair!(perf_counter, perf_counter_ns, libc::CLOCK_MONOTONIC);
clock_pair!(process_time, process_time_ns, libc::CLOCK_PROCESS_CPUTIME_ID);
clock_pair!(thread_time, thread_time_ns, libc::CLOCK_THREAD_CPUTIME_ID);

/// A clock id argument (a C int).
fn clock_id(interp: &mut Interp, v: &Value) -> PyResult<libc::clockid_t> {
    let id = interp.c_int_value(v)?;
    Ok(id as libc::clockid_t)
}

fn errno_error(interp: &mut Interp, code: i32) -> Value {
    crate::system::os_error_errno(interp, code, None, None)
}

/// The shared shape of `clock_gettime` / `clock_gettime_ns` / `clock_getres`.
fn one_clock_arg(interp: &mut Interp, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<libc::clockid_t> {
    no_kwargs(interp, name, kwargs)?;
    let shown = name.trim_end_matches("_ns");
    check_args_parsed(interp, shown, args, 1, 1)?;
    clock_id(interp, &args[0])
}

fn clock_gettime(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let id = one_clock_arg(interp, "clock_gettime", args, kwargs)?;
    match read_ns(id) {
        Ok(ns) => Ok(Value::Float(ns as f64 / 1e9)),
        Err(e) => Err(errno_error(interp, e)),
    }
}

fn clock_gettime_ns(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let id = one_clock_arg(interp, "clock_gettime_ns", args, kwargs)?;
    match read_ns(id) {
        Ok(ns) => Ok(int_value(ns)),
        Err(e) => Err(errno_error(interp, e)),
    }
}

/// The resolution of clock `id` in seconds, or the errno of the failure.
fn resolution(id: libc::clockid_t) -> Result<f64, i32> {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec.
    if unsafe { libc::clock_getres(id, &mut ts) } != 0 {
        return Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL));
    }
    Ok(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)
}

fn clock_getres(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let id = one_clock_arg(interp, "clock_getres", args, kwargs)?;
    match resolution(id) {
        Ok(r) => Ok(Value::Float(r)),
        Err(e) => Err(errno_error(interp, e)),
    }
}

fn set_clock(interp: &mut Interp, id: libc::clockid_t, ns: i128) -> PyResult<Value> {
    let ts = libc::timespec {
        tv_sec: ns.div_euclid(1_000_000_000) as libc::time_t,
        tv_nsec: ns.rem_euclid(1_000_000_000) as libc::c_long,
    };
    // SAFETY: `ts` is a valid timespec.
    if unsafe { libc::clock_settime(id, &ts) } != 0 {
        let code = std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL);
        return Err(errno_error(interp, code));
    }
    Ok(Value::None)
}

fn clock_settime(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "clock_settime", kwargs)?;
    check_args_parsed(interp, "clock_settime", args, 2, 2)?;
    let id = clock_id(interp, &args[0])?;
    let ns = match &args[1] {
        Value::Float(f) => {
            if f.is_nan() {
                return Err(interp.value_error("Invalid value NaN (not a number)"));
            }
            (f * 1e9) as i128
        }
        other => interp.index_value(other)? as i128 * 1_000_000_000,
    };
    set_clock(interp, id, ns)
}

fn clock_settime_ns(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "clock_settime_ns", kwargs)?;
    check_args_parsed(interp, "clock_settime", args, 2, 2)?;
    let id = clock_id(interp, &args[0])?;
    let ns = match &args[1] {
        Value::Int(i) => *i as i128,
        Value::Bool(b) => *b as i128,
        Value::BigInt(b) => match num_traits::ToPrimitive::to_i128(&**b) {
            Some(n) => n,
            None => return Err(interp.overflow_error("timestamp too large to convert to C _PyTime_t")),
        },
        other => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("expect int, got {t}")));
        }
    };
    set_clock(interp, id, ns)
}

/// `get_clock_info(name)`: a `types.SimpleNamespace` describing one clock.
fn get_clock_info(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "get_clock_info", kwargs)?;
    check_args_parsed(interp, "get_clock_info", args, 1, 1)?;
    let name = match &args[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("get_clock_info() argument 1 must be str, not {t}")));
        }
    };
    let (id, id_name, monotonic, adjustable) = match name.as_str() {
        "time" => (libc::CLOCK_REALTIME, "CLOCK_REALTIME", false, true),
        "monotonic" | "perf_counter" => (libc::CLOCK_MONOTONIC, "CLOCK_MONOTONIC", true, false),
        "process_time" => (libc::CLOCK_PROCESS_CPUTIME_ID, "CLOCK_PROCESS_CPUTIME_ID", true, false),
        "thread_time" => (libc::CLOCK_THREAD_CPUTIME_ID, "CLOCK_THREAD_CPUTIME_ID", true, false),
        _ => return Err(interp.value_error("unknown clock")),
    };
    let res = resolution(id).unwrap_or(1e-9);
    let types = interp.import_module("types")?;
    let namespace = interp.get_attr(&types, "SimpleNamespace")?;
    let kw: Vec<(Rc<str>, Value)> = vec![
        ("implementation".into(), Value::string(format!("clock_gettime({id_name})"))),
        ("monotonic".into(), Value::Bool(monotonic)),
        ("adjustable".into(), Value::Bool(adjustable)),
        ("resolution".into(), Value::Float(res)),
    ];
    interp.call_value(namespace, vec![], kw)
}

/// The length of a sleep in nanoseconds, with CPython's conversions and messages.
fn sleep_ns(interp: &mut Interp, v: &Value) -> PyResult<i128> {
    const LIMIT: f64 = 9.223372036854776e18;
    let float = match v {
        Value::Float(f) => Some(*f),
        Value::Instance(inst) => match inst.builtin_base() {
            Some(Value::Float(f)) => Some(*f),
            _ => None,
        },
        _ => None,
    };
    if let Some(f) = float {
        if f.is_nan() {
            return Err(interp.value_error("Invalid value NaN (not a number)"));
        }
        let ns = f * 1e9;
        if !(-LIMIT..LIMIT).contains(&ns) {
            return Err(interp.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(ns.round_ties_even() as i128);
    }
    let secs = match v {
        Value::BigInt(_) => None,
        other => Some(interp.index_value(other)?),
    };
    match secs.and_then(|s| s.checked_mul(1_000_000_000)) {
        Some(ns) => Ok(ns as i128),
        None => Err(interp.overflow_error("timestamp too large to convert to C _PyTime_t")),
    }
}

/// The entry point of `time.sleep`, by which `_offload` knows it.
pub const SLEEP: NativeFn = sleep;

/// `time.sleep(secs)` as offloaded work: the same checks, then the sleep on a
/// worker thread (see `modules::_offload`).
pub fn sleep_offload(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<crate::modules::_offload::Offload> {
    no_kwargs(interp, "time.sleep", kwargs)?;
    check_args(interp, "time.sleep", args, 1, 1)?;
    let ns = sleep_ns(interp, &args[0])?;
    if ns < 0 {
        return Err(interp.value_error("sleep length must be non-negative"));
    }
    let total = std::time::Duration::from_nanos(ns.min(u64::MAX as i128) as u64);
    Ok(crate::modules::_offload::Offload::new(move || std::thread::sleep(total), |_, ()| Ok(Value::None)))
}

/// `sleep(secs)`: blocks in short slices so that Ctrl-C (the interrupt flag) ends it at once.
fn sleep(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "time.sleep", kwargs)?;
    check_args(interp, "time.sleep", args, 1, 1)?;
    let ns = sleep_ns(interp, &args[0])?;
    if ns < 0 {
        return Err(interp.value_error("sleep length must be non-negative"));
    }
    interp.flush();
    let total = std::time::Duration::from_nanos(ns.min(u64::MAX as i128) as u64);
    let deadline = std::time::Instant::now().checked_add(total);
    loop {
        interp.check_interrupt()?;
        let now = std::time::Instant::now();
        let left = match deadline {
            Some(d) if now >= d => return Ok(Value::None),
            Some(d) => d - now,
            None => std::time::Duration::from_secs(3600),
        };
        std::thread::sleep(left.min(std::time::Duration::from_millis(20)));
    }
}

mod c {
    extern "C" {
        pub fn pthread_getcpuclockid(thread: libc::pthread_t, clock: *mut libc::clockid_t) -> libc::c_int;
    }
}

/// `pthread_getcpuclockid(thread_id)`: the CPU-time clock of a thread. coil
/// runs one thread, so every identifier names the current one.
fn pthread_getcpuclockid(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "pthread_getcpuclockid", kwargs)?;
    check_args_parsed(interp, "pthread_getcpuclockid", args, 1, 1)?;
    match &args[0] {
        Value::BigInt(_) => {}
        other => {
            interp.index_value(other)?;
        }
    }
    let mut id: libc::clockid_t = 0;
    // SAFETY: pthread_self() is a live thread and `id` is writable.
    let err = unsafe { c::pthread_getcpuclockid(libc::pthread_self(), &mut id) };
    if err != 0 {
        return Err(errno_error(interp, err));
    }
    Ok(Value::Int(id as i64))
}

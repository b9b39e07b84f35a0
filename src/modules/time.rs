//! The `time` module: wall clock, monotonic clocks and a blocking sleep.

use crate::objects::check_args;
use crate::objects::numbers::number_arg;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub fn module() -> Value {
    let functions: &[(&str, NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("process_time", monotonic),
        ("sleep", sleep),
    ];
    super::make_module("time", functions, vec![])
}

fn epoch() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
}

/// Seconds since an arbitrary fixed point in this process.
pub fn monotonic_secs() -> f64 {
    thread_local! {
        static START: Instant = Instant::now();
    }
    START.with(|s| s.elapsed().as_secs_f64()) + 1000.0
}

fn time(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(epoch()))
}

fn time_ns(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    let ns = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    Ok(Value::bigint(num_bigint::BigInt::from(ns)))
}

fn monotonic(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(monotonic_secs()))
}

fn monotonic_ns(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int((monotonic_secs() * 1e9) as i64))
}

fn sleep(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "sleep", args, 1, 1)?;
    let secs = number_arg(interp, &args[0])?;
    if secs < 0.0 {
        return Err(interp.value_error("sleep length must be non-negative"));
    }
    interp.flush();
    // Sleep in short slices so that Ctrl-C (the interrupt flag) ends it at once.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs_f64(secs.min(1e9));
    loop {
        interp.check_interrupt()?;
        let now = std::time::Instant::now();
        if now >= deadline {
            return Ok(Value::None);
        }
        std::thread::sleep((deadline - now).min(std::time::Duration::from_millis(20)));
    }
}

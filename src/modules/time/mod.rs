//! The `time` module, as CPython 3.11's on Linux.
//!
//! `clocks.rs` reads the system clocks and sleeps, `struct_time.rs` is the
//! `time.struct_time` class and the reading of time tuples given as arguments,
//! `calendar.rs` converts between timestamps and broken-down times (gmtime,
//! localtime, mktime, asctime, strftime) and keeps the time-zone attributes,
//! `strptime.rs` parses text against a format.

mod calendar;
mod clocks;
mod strptime;
mod struct_time;

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

pub use clocks::{monotonic_secs, sleep_offload, SLEEP};

/// The `CLOCK_*` identifiers Linux has.
const CLOCK_IDS: &[(&str, libc::clockid_t)] = &[
    ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
    ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
    ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
    ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
    ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
    ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
    ("CLOCK_TAI", libc::CLOCK_TAI),
];

/// The `time` module.
pub fn module(interp: &mut Interp) -> Value {
    let mut functions: Vec<(&str, NativeFn)> = Vec::new();
    functions.extend_from_slice(clocks::FUNCTIONS);
    functions.extend_from_slice(calendar::FUNCTIONS);
    functions.push(("strptime", strptime::strptime));
    let mut values: Vec<(&str, Value)> = CLOCK_IDS.iter().map(|(n, id)| (*n, Value::Int(*id as i64))).collect();
    values.push(("struct_time", Value::Class(struct_time::class(interp))));
    values.push(("_STRUCT_TM_ITEMS", Value::Int(11)));
    let module = super::make_module("time", &functions, values);
    calendar::publish_zone(interp, &module);
    module
}

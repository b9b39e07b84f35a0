//! Debug mode's slow-callback report: with `loop.set_debug(True)`, a callback
//! that runs for `loop.slow_callback_duration` seconds or more is logged as
//! "Executing <what> took N.NNN seconds" through the `asyncio` logger, as
//! CPython's `_run_once` does. The loop calls this only in debug mode, so the
//! timing costs nothing otherwise.

use crate::modules::asyncio::event_loop::{now, run_callback, Callback, EventLoop};
use crate::modules::asyncio::future::Future;
use crate::modules::asyncio::handle_methods;
use crate::modules::asyncio::timers::Handle;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::value::Value;
use std::rc::Rc;

/// What a ready callback is shown as: a task's step as the task, anything else as its handle.
enum Subject {
    Task(Rc<Future>),
    Handle(Rc<Handle>),
    Done(Value, Rc<Future>),
    Native,
}

/// Runs `cb` like `run_callback`, then logs it when it took too long.
pub fn run_timed(interp: &mut Interp, lp: &Rc<EventLoop>, cb: Callback) -> PyResult<()> {
    let subject = match &cb {
        Callback::Step(t) => Subject::Task(t.clone()),
        Callback::Throw(b) | Callback::Cancel(b) => Subject::Task(b.0.clone()),
        Callback::Call(h) => Subject::Handle(h.clone()),
        Callback::Done(b) => Subject::Done(b.0.clone(), b.1.clone()),
        Callback::Native(_) => Subject::Native,
    };
    let start = now();
    let r = run_callback(interp, lp, cb);
    let took = now() - start;
    if took >= lp.slow_callback_duration.get() {
        let what = match subject {
            Subject::Task(t) => crate::modules::asyncio::task::repr(interp, &t),
            Subject::Handle(h) => handle_methods::repr_of(interp, &h),
            Subject::Done(f, fut) => handle_methods::repr_of(interp, &Handle::new(f, vec![fut.value()], None)),
            Subject::Native => return r,
        };
        log_slow(interp, what, took)?;
    }
    r
}

/// `logger.warning('Executing %s took %.3f seconds', what, took)` on asyncio's logger.
fn log_slow(interp: &mut Interp, what: String, took: f64) -> PyResult<()> {
    let log = interp.import_module("asyncio.log")?;
    let logger = interp.get_attr(&log, "logger")?;
    let warning = interp.get_attr(&logger, "warning")?;
    let args = vec![Value::str("Executing %s took %.3f seconds"), Value::string(what), Value::Float(took)];
    interp.call_value(warning, args, vec![])?;
    Ok(())
}

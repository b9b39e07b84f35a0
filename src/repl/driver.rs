//! Runs one compiled input on the session's event loop. Plain code runs while
//! the loop is marked running (so `asyncio.create_task` works and `asyncio.run`
//! refuses, as under `python -m asyncio`); code with top-level `await` becomes a
//! Task that the loop steps until it is done. Background tasks advance whenever
//! the loop runs: during later awaits, for one step after every input, and in
//! steps while the prompt waits for keys (`Session::idle`, timed by [`idle_time`]).

use crate::compile::bytecode::Code;
use crate::modules::asyncio::event_loop::{now, run_once};
use crate::modules::asyncio::{future, task, EventLoop};
use crate::vm::dict::Dict;
use crate::vm::frame::ReturnTo;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::types::Exc;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::Receiver;
use std::time::Duration;

/// The longest the driver sleeps before looking at the loop again (it cannot see
/// the loop's own waker, used by `call_soon_threadsafe`).
const MAX_WAIT: f64 = 0.05;

/// How an input ended.
pub enum Ran {
    /// Its value, or the exception it raised.
    Done(PyResult<Value>),
    /// Ctrl-C cancelled the awaiting input.
    Interrupted,
}

/// Runs `f` with `lp` marked as the running loop.
fn with_running<T>(interp: &mut Interp, lp: &Rc<EventLoop>, f: impl FnOnce(&mut Interp) -> T) -> T {
    let was_running = lp.running.replace(true);
    let previous = interp.runtime().running_loop.replace(lp.clone());
    let result = f(interp);
    lp.running.set(was_running);
    interp.runtime().running_loop = previous;
    result
}

/// Runs code without top-level await in `globals`.
pub fn run_plain(interp: &mut Interp, lp: &Rc<EventLoop>, code: &Rc<Code>, globals: Rc<RefCell<Dict>>) -> Ran {
    Ran::Done(with_running(interp, lp, |interp| interp.run_code_in(code, globals)))
}

/// Runs code with top-level await as a Task on `lp` until it is done. Ctrl-C
/// (seen in the interrupt flag, or as KeyboardInterrupt raised by another task)
/// cancels the task, as `python -m asyncio` does.
pub fn run_coroutine(
    interp: &mut Interp,
    lp: &Rc<EventLoop>,
    code: &Rc<Code>,
    globals: Rc<RefCell<Dict>>,
    wakeups: Option<&Receiver<()>>,
) -> Ran {
    let mut frame = interp.new_frame(code, globals.clone(), ReturnTo::Native);
    frame.namespace = Some(globals);
    let coro = interp.make_generator(code, frame);
    let repl_task = match task::create_task(interp, lp, coro, Value::None) {
        Ok(t) => t,
        Err(e) => return Ran::Done(Err(e)),
    };
    let mut interrupted = false;
    let stepped = with_running(interp, lp, |interp| {
        while !repl_task.is_done() {
            if interp.interrupt.swap(false, Ordering::SeqCst) {
                interrupted |= task::cancel(&repl_task, Value::None);
            }
            wait_for_work(interp, lp, wakeups);
            match step_once(interp, lp) {
                Ok(()) => {}
                Err(e) if interp.is_exc(&e, Exc::KeyboardInterrupt) => {
                    interrupted |= task::cancel(&repl_task, Value::None);
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    });
    if let Err(e) = stepped {
        return Ran::Done(Err(e));
    }
    if interrupted && repl_task.is_cancelled() {
        return Ran::Interrupted;
    }
    Ran::Done(future::result(interp, &repl_task))
}

/// One iteration of the loop that never blocks: lets tasks created by the last
/// input start and runs what is due. Errs only with SystemExit / KeyboardInterrupt.
pub fn poll(interp: &mut Interp, lp: &Rc<EventLoop>) -> PyResult<()> {
    with_running(interp, lp, |interp| step_once(interp, lp))
}

/// Runs the ready callbacks and due timers without blocking.
fn step_once(interp: &mut Interp, lp: &Rc<EventLoop>) -> PyResult<()> {
    lp.stopping.set(true);
    let result = run_once(interp, lp);
    lp.stopping.set(false);
    result
}

/// How long the loop has nothing to do: zero when a callback is ready, the
/// time to the next timer, at most [`MAX_WAIT`].
pub fn idle_time(interp: &mut Interp, lp: &Rc<EventLoop>) -> Duration {
    if !lp.ready.borrow().is_empty() || interp.interrupt.load(Ordering::SeqCst) {
        return Duration::ZERO;
    }
    let deadline = lp.timers.borrow_mut().next_deadline();
    let wait = deadline.map_or(MAX_WAIT, |d| (d - now()).clamp(0.0, MAX_WAIT));
    Duration::from_secs_f64(wait)
}

/// Sleeps until a callback is ready, the next timer is due, Ctrl-C is pressed,
/// or [`MAX_WAIT`] passes.
fn wait_for_work(interp: &mut Interp, lp: &Rc<EventLoop>, wakeups: Option<&Receiver<()>>) {
    let wait = idle_time(interp, lp);
    if wait.is_zero() {
        return;
    }
    interp.flush();
    match wakeups {
        Some(rx) => {
            let _ = rx.recv_timeout(wait);
        }
        None => std::thread::sleep(wait),
    }
}

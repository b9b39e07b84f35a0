//! The event loop: a ready queue of callbacks, a timer heap, and a mio `Poll`
//! that sleeps until the next deadline (or until the `Waker` used by
//! `call_soon_threadsafe` fires). One iteration is CPython's `_run_once`.

use crate::vm::types::Exc;
use crate::modules::asyncio::future::{self, Future, NativeDone};
use crate::modules::asyncio::task;
use crate::modules::asyncio::timers::{Handle, TimerAction, TimerHeap};
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::{Generator, NativeObject, PyResult};
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::{Rc, Weak};
use std::time::Duration;

/// Token of the loop's waker in its mio registry.
const WAKER: mio::Token = mio::Token(0);

/// One entry of the ready queue: two words (the rarer entries are boxed), since a
/// burst of wakeups can queue one per task.
pub enum Callback {
    /// Step a task (send None into its coroutine).
    Step(Rc<Future>),
    /// Step a task by throwing an exception into it.
    Throw(Box<(Rc<Future>, Value)>),
    /// A handle from `call_soon` / a due timer.
    Call(Rc<Handle>),
    /// A language done callback: `cb(fut)`.
    Done(Box<(Value, Rc<Future>)>),
    /// A native done callback with this future; the callback itself waits in
    /// `EventLoop::native_ready` (so the entry needs no allocation).
    Native(Rc<Future>),
    /// Step a task by throwing a CancelledError with this message into it (the
    /// wakeup of a task whose wait was cancelled).
    Cancel(Box<(Rc<Future>, Value)>),
}

/// An asyncio event loop.
pub struct EventLoop {
    pub ready: RefCell<VecDeque<Callback>>,
    /// The callbacks of the `Callback::Native` entries of `ready`, in the same order.
    pub native_ready: RefCell<VecDeque<NativeDone>>,
    pub timers: RefCell<TimerHeap>,
    pub running: Cell<bool>,
    pub stopping: Cell<bool>,
    pub closed: Cell<bool>,
    pub debug: Cell<bool>,
    /// The task being stepped.
    pub current_task: RefCell<Option<Rc<Future>>>,
    /// Tasks created on this loop (pruned of finished ones now and then).
    pub tasks: RefCell<Vec<Weak<Future>>>,
    prune_at: Cell<usize>,
    /// Async generators first iterated while this loop ran (for shutdown_asyncgens).
    pub asyncgens: RefCell<Vec<Weak<Generator>>>,
    pub asyncgens_shutdown: Cell<bool>,
    pub exception_handler: RefCell<Value>,
    /// `set_task_factory`'s factory, or None.
    pub task_factory: RefCell<Value>,
    /// `slow_callback_duration`: in debug mode, callbacks running longer are logged.
    pub slow_callback_duration: Cell<f64>,
    /// `_signal_handlers`: a dict signal -> Handle, made on first use (else None).
    pub signal_handlers: RefCell<Value>,
    /// The loop's own attributes (`__dict__`, None until one is set): what the
    /// parts written in coil keep per loop, and what tests patch.
    pub state: RefCell<Value>,
    poll: RefCell<Option<(mio::Poll, mio::Events)>>,
    waker: RefCell<Option<std::sync::Arc<mio::Waker>>>,
    /// The descriptors watched by `add_reader` / `add_writer`.
    pub io: RefCell<HashMap<i32, IoWatch>>,
    /// Descriptors whose callbacks ran in the last iteration: still ready (as far
    /// as the readiness cache knows), so their callbacks run again.
    hot: RefCell<Vec<i32>>,
    /// Whether `io` is not empty (checked once per iteration).
    pub watching: Cell<bool>,
    /// The worker-thread jobs this loop waits for (see `modules::_offload`).
    pub offloaded: RefCell<Vec<crate::modules::_offload::Pending>>,
}

/// The callbacks waiting on one descriptor.
#[derive(Default)]
pub struct IoWatch {
    pub reader: Option<Rc<Handle>>,
    pub writer: Option<Rc<Handle>>,
}

impl NativeObject for EventLoop {
    fn type_name(&self) -> &str {
        "_UnixSelectorEventLoop"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn attr_slot(&self) -> Option<&RefCell<Value>> {
        Some(&self.state)
    }
}

/// Monotonic loop time in seconds (the clock of `time.monotonic`).
pub fn now() -> f64 {
    crate::modules::time::monotonic_secs()
}

impl EventLoop {
    pub fn new() -> EventLoop {
        EventLoop {
            ready: RefCell::new(VecDeque::new()),
            native_ready: RefCell::new(VecDeque::new()),
            timers: RefCell::new(TimerHeap::default()),
            running: Cell::new(false),
            stopping: Cell::new(false),
            closed: Cell::new(false),
            debug: Cell::new(false),
            current_task: RefCell::new(None),
            tasks: RefCell::new(Vec::new()),
            prune_at: Cell::new(1024),
            asyncgens: RefCell::new(Vec::new()),
            asyncgens_shutdown: Cell::new(false),
            exception_handler: RefCell::new(Value::None),
            task_factory: RefCell::new(Value::None),
            slow_callback_duration: Cell::new(0.1),
            signal_handlers: RefCell::new(Value::None),
            state: RefCell::new(Value::None),
            poll: RefCell::new(None),
            waker: RefCell::new(None),
            io: RefCell::new(HashMap::new()),
            hot: RefCell::new(Vec::new()),
            watching: Cell::new(false),
            offloaded: RefCell::new(Vec::new()),
        }
    }

    /// Remembers a new task for `all_tasks`.
    pub fn register_task(&self, t: &Rc<Future>) {
        let mut tasks = self.tasks.borrow_mut();
        if tasks.len() >= self.prune_at.get() {
            tasks.retain(|w| w.upgrade().is_some_and(|t| !t.is_done()));
            self.prune_at.set((tasks.len() * 2).max(1024));
        }
        tasks.push(Rc::downgrade(t));
    }

    /// The pending tasks of this loop.
    pub fn pending_tasks(&self) -> Vec<Rc<Future>> {
        let mut tasks = self.tasks.borrow_mut();
        tasks.retain(|w| w.upgrade().is_some_and(|t| !t.is_done()));
        tasks.iter().filter_map(|w| w.upgrade()).collect()
    }

    /// Schedules a handle to run in the next iteration.
    pub fn call_soon(&self, h: Rc<Handle>) {
        self.ready.borrow_mut().push_back(Callback::Call(h));
    }

    /// Schedules a timer action at loop time `when`.
    pub fn call_at(&self, when: f64, action: TimerAction) {
        self.timers.borrow_mut().push(when, action);
    }

    /// Wakes the loop from a blocking poll (`call_soon_threadsafe`).
    pub fn wake(&self) {
        if self.ensure_poll().is_ok() {
            if let Some(w) = self.waker.borrow().as_ref() {
                let _ = w.wake();
            }
        }
    }

    /// The loop's waker, for threads to end its wait with (None if mio fails).
    pub fn waker(&self) -> Option<std::sync::Arc<mio::Waker>> {
        self.ensure_poll().ok()?;
        self.waker.borrow().clone()
    }

    fn ensure_poll(&self) -> std::io::Result<()> {
        if self.poll.borrow().is_some() {
            return Ok(());
        }
        let poll = mio::Poll::new()?;
        let waker = mio::Waker::new(poll.registry(), WAKER)?;
        *self.waker.borrow_mut() = Some(std::sync::Arc::new(waker));
        *self.poll.borrow_mut() = Some((poll, mio::Events::with_capacity(64)));
        Ok(())
    }

    /// Watches `fd` for readiness (both directions: mio is edge-triggered, so
    /// one registration serves the reader and the writer).
    /// `fd` is the script's number, `raw` the kernel's.
    pub fn watch(&self, fd: i32, raw: i32) -> std::io::Result<()> {
        self.ensure_poll()?;
        let guard = self.poll.borrow();
        let Some((poll, _)) = guard.as_ref() else { return Ok(()) };
        let token = mio::Token(fd as usize + 1);
        let interest = mio::Interest::READABLE | mio::Interest::WRITABLE;
        let mut source = mio::unix::SourceFd(&raw);
        // A descriptor closed and reopened under the same number left the kernel's
        // set silently, so an existing entry is re-armed or else registered anew.
        match poll.registry().reregister(&mut source, token, interest) {
            Ok(()) => Ok(()),
            Err(_) => poll.registry().register(&mut source, token, interest),
        }
    }

    /// Stops watching `fd`.
    pub fn unwatch(&self, raw: i32) {
        if let Some((poll, _)) = self.poll.borrow().as_ref() {
            let _ = poll.registry().deregister(&mut mio::unix::SourceFd(&raw));
        }
    }

    /// Polls mio for at most `timeout` (None = forever); the descriptors with
    /// events and whether each became readable / writable.
    fn poll_io(&self, timeout: Option<f64>) -> Vec<(i32, [bool; 4])> {
        let dur = timeout.map(|t| Duration::from_secs_f64(t.clamp(0.0, 86_400.0)));
        let mut out = Vec::new();
        if self.ensure_poll().is_err() {
            return out;
        }
        let mut guard = self.poll.borrow_mut();
        if let Some((poll, events)) = guard.as_mut() {
            if poll.poll(events, dur).is_ok() {
                for ev in events.iter() {
                    let token = ev.token().0;
                    if token == WAKER.0 {
                        continue;
                    }
                    let broken = ev.is_error();
                    let read_closed = ev.is_read_closed() || broken;
                    let write_closed = ev.is_write_closed() || broken;
                    let readable = ev.is_readable() || read_closed;
                    let writable = ev.is_writable() || write_closed;
                    out.push(((token - 1) as i32, [readable, writable, read_closed, write_closed]));
                }
            }
        }
        out
    }

    /// Blocks in mio until an event or the timeout (None = forever).
    fn block(&self, timeout: Option<f64>) {
        let dur = timeout.map(|t| Duration::from_secs_f64(t.clamp(0.0, 86_400.0)));
        if self.ensure_poll().is_err() {
            if let Some(d) = dur {
                std::thread::sleep(d);
            }
            return;
        }
        let mut guard = self.poll.borrow_mut();
        if let Some((poll, events)) = guard.as_mut() {
            let _ = poll.poll(events, dur);
        }
    }

    /// Closes the loop: drops every pending callback and timer.
    pub fn close(&self) {
        self.closed.set(true);
        self.ready.borrow_mut().clear();
        self.native_ready.borrow_mut().clear();
        self.timers.borrow_mut().clear();
        self.io.borrow_mut().clear();
        self.hot.borrow_mut().clear();
        self.watching.set(false);
        self.offloaded.borrow_mut().clear();
        self.poll.borrow_mut().take();
        self.waker.borrow_mut().take();
    }
}

impl Default for EventLoop {
    fn default() -> Self {
        EventLoop::new()
    }
}

/// Runs one iteration: wait for the next deadline when nothing is ready, move due
/// timers to the ready queue, then run the callbacks that were ready at the start.
pub fn run_once(interp: &mut Interp, lp: &Rc<EventLoop>) -> PyResult<()> {
    let has_ready = !lp.ready.borrow().is_empty();
    if lp.watching.get() {
        poll_step(interp, lp, has_ready)?;
    } else if !has_ready && !lp.stopping.get() {
        let deadline = lp.timers.borrow_mut().next_deadline();
        let timeout = within_host_deadline(interp, deadline.map(|d| d - now()));
        if timeout.is_none_or(|t| t > 0.0) {
            interp.flush();
            lp.block(timeout);
            // A signal woke the wait: run its handler now (the REPL, which has
            // no signal hook, watches the flag itself).
            if interp.signal_hook.is_some() {
                interp.check_interrupt()?;
            }
        }
        check_host_deadline(interp)?;
    }
    crate::modules::_offload::drain(lp);
    if !lp.timers.borrow().is_empty() {
        let t = now();
        loop {
            let due = lp.timers.borrow_mut().pop_due(t);
            match due {
                Some(TimerAction::Call(h)) => lp.ready.borrow_mut().push_back(Callback::Call(h)),
                Some(TimerAction::Wake(f, v)) => {
                    if !f.is_done() {
                        future::set_result(interp, &f, v)?;
                    }
                }
                None => break,
            }
        }
    }
    let n = lp.ready.borrow().len();
    for _ in 0..n {
        let cb = lp.ready.borrow_mut().pop_front();
        let Some(cb) = cb else { break };
        if lp.debug.get() {
            crate::modules::asyncio::slow_callbacks::run_timed(interp, lp, cb)?;
        } else {
            run_callback(interp, lp, cb)?;
        }
    }
    if !interp.finalize.items.borrow().is_empty() {
        crate::vm::finalize::drain_finalizers(interp);
    }
    Ok(())
}

/// A wait of `timeout` seconds (None: until woken) cut short at the host's
/// deadline, so a loop with nothing to do (tasks waiting on each other) still
/// stops there.
fn within_host_deadline(interp: &Interp, timeout: Option<f64>) -> Option<f64> {
    let Some(d) = interp.limits.deadline else { return timeout };
    let left = d.saturating_duration_since(std::time::Instant::now()).as_secs_f64();
    Some(timeout.map_or(left, |t| t.min(left)))
}

/// The host's deadline, checked after every wait of the loop.
fn check_host_deadline(interp: &mut Interp) -> PyResult<()> {
    if interp.limits.deadline.is_some_and(|d| std::time::Instant::now() >= d) {
        return Err(interp.trip_limit(crate::vm::interp::Limit::Deadline));
    }
    Ok(())
}

/// The I/O part of an iteration while descriptors are watched: poll (without
/// waiting when callbacks are ready), then queue the callbacks of what is ready.
#[inline(never)]
fn poll_step(interp: &mut Interp, lp: &Rc<EventLoop>, has_ready: bool) -> PyResult<()> {
    let idle = !has_ready && !lp.stopping.get() && lp.hot.borrow().is_empty();
    let timeout = if idle { lp.timers.borrow_mut().next_deadline().map(|d| d - now()) } else { Some(0.0) };
    let timeout = within_host_deadline(interp, timeout);
    let waits = timeout.is_none_or(|t| t > 0.0);
    if waits {
        interp.flush();
    }
    let events = lp.poll_io(timeout);
    if waits && interp.signal_hook.is_some() {
        interp.check_interrupt()?;
    }
    check_host_deadline(interp)?;
    dispatch_io(interp, lp, events);
    Ok(())
}

/// Records the readiness `events` reported and queues the callbacks of every
/// watched descriptor that is ready: those with events now and those whose
/// callbacks ran last time and have not hit EAGAIN since.
fn dispatch_io(interp: &mut Interp, lp: &Rc<EventLoop>, events: Vec<(i32, [bool; 4])>) {
    let mut candidates = std::mem::take(&mut *lp.hot.borrow_mut());
    let sys = crate::system::system(interp);
    let had_hot = !candidates.is_empty();
    for (fd, seen) in events {
        if let Some(entry) = sys.readiness.get_mut(&fd) {
            for (known, now) in entry.iter_mut().zip(seen) {
                *known |= now;
            }
            candidates.push(fd);
        }
    }
    if had_hot {
        // A descriptor both still hot and reported again runs its callbacks once.
        candidates.sort_unstable();
        candidates.dedup();
    }
    let io = lp.io.borrow();
    let mut ready = lp.ready.borrow_mut();
    let mut hot = lp.hot.borrow_mut();
    for fd in candidates {
        let (Some(state), Some(watch)) = (sys.readiness.get(&fd), io.get(&fd)) else { continue };
        let mut queued = false;
        if let (true, Some(h)) = (state[0], &watch.reader) {
            ready.push_back(Callback::Call(h.clone()));
            queued = true;
        }
        if let (true, Some(h)) = (state[1], &watch.writer) {
            ready.push_back(Callback::Call(h.clone()));
            queued = true;
        }
        if queued {
            hot.push(fd);
        }
    }
}

/// Runs one ready callback; errors other than SystemExit/KeyboardInterrupt go to the
/// loop's exception handler.
pub(crate) fn run_callback(interp: &mut Interp, lp: &Rc<EventLoop>, cb: Callback) -> PyResult<()> {
    let (r, handle) = match cb {
        Callback::Step(t) => return task::step(interp, &t, None),
        Callback::Throw(b) => {
            let (t, e) = *b;
            return task::step(interp, &t, Some(e));
        }
        Callback::Call(h) => {
            if h.cancelled.get() {
                return Ok(());
            }
            (h.call(interp), Value::native(h))
        }
        Callback::Done(b) => {
            let (f, fut) = *b;
            let h = Rc::new(Handle::new(f.clone(), vec![fut.value()], None));
            (interp.call_value(f, vec![fut.value()], vec![]), Value::native(h))
        }
        Callback::Native(fut) => {
            let f = lp.native_ready.borrow_mut().pop_front();
            return f.map_or(Ok(()), |f| f.call(interp, &fut));
        }
        Callback::Cancel(b) => {
            let (t, msg) = *b;
            let exc = interp.cancelled_error(&msg);
            return task::step(interp, &t, Some(exc));
        }
    };
    match r {
        Ok(_) => Ok(()),
        Err(e) if interp.is_exc(&e, Exc::SystemExit) || interp.is_exc(&e, Exc::KeyboardInterrupt) => Err(e),
        Err(e) => {
            let ctx = context(vec![
                ("message", Value::string(format!("Exception in callback {}", callback_desc(interp, &handle)))),
                ("exception", e),
                ("handle", handle),
            ]);
            call_exception_handler(interp, lp, ctx)
        }
    }
}

/// `f(args)` text used in "Exception in callback" messages.
fn callback_desc(interp: &mut Interp, handle: &Value) -> String {
    let Value::Native(n) = handle else { return String::new() };
    let Some(h) = crate::vm::object::downcast_rc::<Handle>(n) else { return String::new() };
    callable_desc(interp, &h.callback, &h.args)
}

/// `name(arg, ...)` for a callback and its arguments.
pub fn callable_desc(interp: &mut Interp, f: &Value, args: &[Value]) -> String {
    let name = match interp.get_attr(f, "__qualname__") {
        Ok(Value::Str(s)) => s.as_str().to_string(),
        _ => interp.repr(f).unwrap_or_default(),
    };
    let args: Vec<String> = args.iter().map(|a| interp.repr(a).unwrap_or_default()).collect();
    let source = crate::modules::asyncio::handle_methods::callback_source(f);
    format!("{name}({}){source}", args.join(", "))
}

/// A context dict for the exception handler.
pub fn context(items: Vec<(&str, Value)>) -> Value {
    let mut d = Dict::new();
    for (k, v) in items {
        d.set_str(k, v);
    }
    Value::dict(d)
}

/// `loop.call_exception_handler(context)`: the custom handler or the default one.
pub fn call_exception_handler(interp: &mut Interp, lp: &Rc<EventLoop>, ctx: Value) -> PyResult<()> {
    let handler = lp.exception_handler.borrow().clone();
    if handler.is_none() {
        default_exception_handler(interp, &ctx);
        return Ok(());
    }
    match interp.call_value(handler, vec![Value::native(lp.clone()), ctx.clone()], vec![]) {
        Ok(_) => Ok(()),
        Err(e) if interp.is_exc(&e, Exc::SystemExit) || interp.is_exc(&e, Exc::KeyboardInterrupt) => Err(e),
        Err(e) => {
            interp.write_stderr("Unhandled error in exception handler\n");
            let text = interp.format_exception(&e);
            interp.write_stderr(&text);
            default_exception_handler(interp, &ctx);
            Ok(())
        }
    }
}

/// Prints a context the way CPython's default handler logs it.
pub fn default_exception_handler(interp: &mut Interp, ctx: &Value) {
    let Value::Dict(d) = ctx else { return };
    let items: Vec<(String, Value)> =
        d.borrow().iter().filter_map(|(k, v)| k.as_str().map(|s| (s.to_string(), v.clone()))).collect();
    let mut out = String::new();
    let message = items.iter().find(|(k, _)| k == "message").map(|(_, v)| v.clone());
    match message {
        Some(m) => out.push_str(&interp.to_str(&m).unwrap_or_default()),
        None => out.push_str("Unhandled exception in event loop"),
    }
    out.push('\n');
    let mut exc = Value::None;
    let mut keys: Vec<&(String, Value)> = items.iter().filter(|(k, _)| k != "message").collect();
    keys.sort_by(|a, b| a.0.cmp(&b.0));
    for (k, v) in keys {
        if k == "exception" {
            exc = v.clone();
            continue;
        }
        let r = interp.repr(v).unwrap_or_default();
        out.push_str(&format!("{k}: {r}\n"));
    }
    if !exc.is_none() {
        out.push_str(&interp.format_exception(&exc));
    }
    interp.write_stderr(&out);
}

/// `loop.run_forever()`.
pub fn run_forever(interp: &mut Interp, lp: &Rc<EventLoop>) -> PyResult<()> {
    if lp.closed.get() {
        return Err(interp.runtime_error("Event loop is closed"));
    }
    if lp.running.get() {
        return Err(interp.runtime_error("This event loop is already running"));
    }
    if interp.runtime().running_loop.is_some() {
        return Err(interp.runtime_error("Cannot run the event loop while another loop is running"));
    }
    lp.running.set(true);
    interp.runtime().running_loop = Some(lp.clone());
    let mut result = Ok(());
    loop {
        if let Err(e) = run_once(interp, lp) {
            result = Err(e);
            break;
        }
        if lp.stopping.get() {
            break;
        }
    }
    lp.stopping.set(false);
    lp.running.set(false);
    interp.runtime().running_loop = None;
    result
}

/// `loop.run_until_complete(future)`: runs until the future is done and returns its result.
pub fn run_until_complete(interp: &mut Interp, lp: &Rc<EventLoop>, fut: Rc<Future>) -> PyResult<Value> {
    let stopper: NativeDone = future::native_done(|_interp: &mut Interp, f: &Rc<Future>| {
        f.loop_.stopping.set(true);
        Ok(())
    });
    let key = Rc::as_ptr(&stopper) as *const u8;
    future::add_done_callback(&fut, future::DoneCallback::Native(stopper));
    let r = run_forever(interp, lp);
    fut.with_callbacks(|cbs| {
        cbs.retain(|c| !matches!(c, future::DoneCallback::Native(f) if Rc::as_ptr(f) as *const u8 == key))
    });
    r?;
    if !fut.is_done() {
        return Err(interp.runtime_error("Event loop stopped before Future completed."));
    }
    future::result(interp, &fut)
}

#[cfg(test)]
#[path = "event_loop_tests.rs"]
mod proptests;

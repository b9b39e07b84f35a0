//! Native async functions. A host function returns a [`HostFuture`]; the script
//! awaits it like any asyncio Future; the host completes it later, from any
//! thread, through the paired [`Completer`]. Completions travel through the
//! interpreter's [`Inbox`] (a mutex-protected queue with a condition variable)
//! and are applied on the interpreter's thread. If the script stops waiting
//! (task cancelled, `wait_for` timeout, TaskGroup failure), the completer is
//! told: [`Completer::is_cancelled`] turns true and its cancel callback runs.

use crate::embed::convert::IntoValue;
use crate::embed::error::Exception;
use crate::modules::asyncio::event_loop::{now, EventLoop};
use crate::modules::asyncio::future::{self, DoneCallback, Future};
use crate::modules::asyncio::timers::{Handle as TimerHandle, TimerAction};
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

/// Work posted to the interpreter's thread.
pub(crate) type Job = Box<dyn FnOnce(&mut Interp) + Send>;

/// How often a loop run by the script itself (`asyncio.run`) looks for host
/// completions (a loop driven by the host wakes at once instead).
const POLL_INTERVAL: f64 = 0.001;

/// Thread-safe queue of jobs for one interpreter.
#[derive(Default)]
pub(crate) struct Inbox {
    jobs: Mutex<VecDeque<Job>>,
    signal: Condvar,
    closed: AtomicBool,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Inbox {
    /// Queues a job and wakes the interpreter's thread; false once the interpreter is gone.
    pub(crate) fn post(&self, job: Job) -> bool {
        // `closed` is checked under the lock `close` takes, so a job is either
        // refused here or queued before `close` clears (and so drops) it: a
        // caller waiting on its reply is never left hanging.
        let mut jobs = lock(&self.jobs);
        if self.closed.load(Ordering::Acquire) {
            return false;
        }
        jobs.push_back(job);
        drop(jobs);
        self.signal.notify_all();
        true
    }

    /// Takes every queued job.
    pub(crate) fn take(&self) -> VecDeque<Job> {
        std::mem::take(&mut *lock(&self.jobs))
    }

    /// Sleeps until a job is queued or `timeout` passes (None: until a job comes).
    pub(crate) fn wait(&self, timeout: Option<Duration>) {
        let jobs = lock(&self.jobs);
        if !jobs.is_empty() {
            return;
        }
        let _guard = match timeout {
            Some(t) => self.signal.wait_timeout(jobs, t).map(|(g, _)| g).unwrap_or_else(|e| e.into_inner().0),
            None => self.signal.wait(jobs).unwrap_or_else(|e| e.into_inner()),
        };
    }

    /// Refuses further jobs (the interpreter is being dropped).
    pub(crate) fn close(&self) {
        let dropped = {
            let mut jobs = lock(&self.jobs);
            self.closed.store(true, Ordering::Release);
            std::mem::take(&mut *jobs)
        };
        // Dropped outside the lock: a job's destructor (its reply channel) may run code.
        drop(dropped);
    }

    pub(crate) fn is_closed(&self) -> bool {
        self.closed.load(Ordering::Acquire)
    }
}

/// Per-interpreter state of the embedding layer (kept in `Interp::embedder`).
#[derive(Default)]
pub(crate) struct EmbedState {
    pub(crate) inbox: Arc<Inbox>,
    /// Futures returned to scripts and not completed yet, by id.
    pending: RefCell<HashMap<u64, Rc<Future>>>,
    next_id: Cell<u64>,
    /// Set while the host drives the loop (it drains the inbox itself).
    pub(crate) driving: Cell<bool>,
    poll_scheduled: Cell<bool>,
}

impl EmbedState {
    /// Whether scripts wait on host futures.
    pub(crate) fn has_pending(&self) -> bool {
        !self.pending.borrow().is_empty()
    }
}

/// The embedding state of `interp`, if a [`crate::Interpreter`] owns it.
pub(crate) fn state(interp: &Interp) -> Option<Rc<EmbedState>> {
    interp.embedder.clone()?.downcast::<EmbedState>().ok()
}

/// Runs every job posted to the interpreter.
pub(crate) fn drain(interp: &mut Interp) {
    let Some(st) = state(interp) else { return };
    loop {
        let jobs = st.inbox.take();
        if jobs.is_empty() {
            return;
        }
        for job in jobs {
            job(interp);
        }
    }
}

/// A result delivered by the host: a value to convert on the interpreter's thread, or an exception.
type Delivery = Result<Box<dyn FnOnce(&mut Interp) -> PyResult<Value> + Send>, Exception>;

#[derive(Default)]
struct Slot {
    /// A result delivered before the future reached the script.
    early: Option<Delivery>,
    /// The future's id and the inbox to post its completion to, once attached.
    link: Option<(u64, Arc<Inbox>)>,
    finished: bool,
    on_cancel: Option<Box<dyn FnOnce() + Send>>,
}

#[derive(Default)]
struct Shared {
    slot: Mutex<Slot>,
    cancelled: AtomicBool,
}

/// The script's side of a host async operation: return it from a native
/// function and the script gets an awaitable asyncio Future.
///
/// ```
/// let mut interp = coil::Interpreter::new();
/// interp.register_fn("later", |x: i64| {
///     let (fut, done) = coil::HostFuture::new();
///     std::thread::spawn(move || done.resolve(x * 2));
///     fut
/// });
/// interp.run("async def main():\n    return await later(21)\n", "<host>").unwrap();
/// let coro = interp.call::<coil::Value>("main", ()).unwrap();
/// let v: i64 = interp.run_until_complete_as(coro).unwrap();
/// assert_eq!(v, 42);
/// ```
pub struct HostFuture {
    shared: Arc<Shared>,
}

/// The host's side of a [`HostFuture`]: `Send`, completes it once from any thread.
/// Dropping it without a result raises RuntimeError in the awaiting script.
pub struct Completer {
    shared: Arc<Shared>,
    done: bool,
}

impl HostFuture {
    /// A pending future and the completer that resolves it.
    pub fn new() -> (HostFuture, Completer) {
        let shared = Arc::new(Shared::default());
        (HostFuture { shared: shared.clone() }, Completer { shared, done: false })
    }
}

impl Completer {
    /// Completes the future with a value (converted on the interpreter's thread).
    pub fn resolve<T: IntoValue + Send + 'static>(mut self, v: T) {
        self.done = true;
        self.deliver(Ok(Box::new(move |interp: &mut Interp| v.into_value(interp))));
    }

    /// Completes the future with an exception.
    pub fn reject(mut self, e: Exception) {
        self.done = true;
        self.deliver(Err(e));
    }

    /// Completes with `Ok` as [`resolve`](Self::resolve), `Err` as [`reject`](Self::reject).
    pub fn complete<T: IntoValue + Send + 'static>(self, r: Result<T, Exception>) {
        match r {
            Ok(v) => self.resolve(v),
            Err(e) => self.reject(e),
        }
    }

    /// True once the script stopped waiting (its task was cancelled): the work can stop.
    pub fn is_cancelled(&self) -> bool {
        self.shared.cancelled.load(Ordering::Acquire)
    }

    /// Runs `f` (on the interpreter's thread) when the script cancels the wait,
    /// or at once when that already happened.
    pub fn on_cancel(&self, f: impl FnOnce() + Send + 'static) {
        let mut slot = lock(&self.shared.slot);
        if self.is_cancelled() {
            drop(slot);
            f();
            return;
        }
        slot.on_cancel = Some(Box::new(f));
    }

    fn deliver(&self, d: Delivery) {
        let mut slot = lock(&self.shared.slot);
        if slot.finished {
            return;
        }
        match slot.link.clone() {
            Some((id, inbox)) => {
                slot.finished = true;
                drop(slot);
                inbox.post(Box::new(move |interp: &mut Interp| finish(interp, id, d)));
            }
            None => slot.early = Some(d),
        }
    }
}

impl Drop for Completer {
    fn drop(&mut self) {
        if !self.done {
            self.deliver(Err(Exception::runtime_error("the host dropped the completer without a result")));
        }
    }
}

/// Sets the result of the future `id` from a delivery (on the interpreter's thread).
fn finish(interp: &mut Interp, id: u64, d: Delivery) {
    let Some(st) = state(interp) else { return };
    let fut = st.pending.borrow().get(&id).cloned();
    let Some(fut) = fut else { return };
    if fut.is_done() {
        return;
    }
    let r = match d {
        Ok(convert) => convert(interp),
        Err(e) => Err(e.to_value(interp)),
    };
    let _ = match r {
        Ok(v) => future::set_result(interp, &fut, v),
        Err(e) => future::set_exception(interp, &fut, e),
    };
}

impl IntoValue for HostFuture {
    /// Becomes an asyncio Future on the running loop.
    fn into_value(self, interp: &mut Interp) -> PyResult<Value> {
        let Some(lp) = interp.runtime().running_loop.clone() else {
            return Err(interp.runtime_error("no running event loop"));
        };
        let Some(st) = state(interp) else {
            return Err(interp.runtime_error("host futures need a coil::Interpreter"));
        };
        let fut = Rc::new(Future::new(lp.clone(), None));
        let id = st.next_id.get() + 1;
        st.next_id.set(id);
        st.pending.borrow_mut().insert(id, fut.clone());
        let shared = self.shared.clone();
        let on_done: future::NativeDone = future::native_done(move |interp: &mut Interp, f: &Rc<Future>| {
            if let Some(st) = state(interp) {
                st.pending.borrow_mut().remove(&id);
            }
            if f.is_cancelled() {
                cancelled(&shared);
            }
            Ok(())
        });
        future::add_done_callback(&fut, DoneCallback::Native(on_done));
        let early = {
            let mut slot = lock(&self.shared.slot);
            match slot.early.take() {
                Some(d) => {
                    slot.finished = true;
                    Some(d)
                }
                None => {
                    slot.link = Some((id, st.inbox.clone()));
                    None
                }
            }
        };
        match early {
            Some(d) => finish(interp, id, d),
            None if !st.driving.get() => schedule_poll(interp, &st, &lp),
            None => {}
        }
        Ok(fut.value())
    }
}

/// Tells the host side that the script cancelled the wait.
fn cancelled(shared: &Shared) {
    let callback = {
        let mut slot = lock(&shared.slot);
        shared.cancelled.store(true, Ordering::Release);
        slot.finished = true;
        slot.on_cancel.take()
    };
    if let Some(f) = callback {
        f();
    }
}

/// While a loop the host does not drive waits on host futures, checks the inbox
/// every [`POLL_INTERVAL`].
fn schedule_poll(interp: &mut Interp, st: &Rc<EmbedState>, lp: &Rc<EventLoop>) {
    if st.poll_scheduled.replace(true) {
        return;
    }
    let poll = crate::embed::native::closure_value(
        interp,
        "_coil_host_poll",
        Rc::new(|interp: &mut Interp, _: &[Value], _| {
            let Some(st) = state(interp) else { return Ok(Value::None) };
            st.poll_scheduled.set(false);
            drain(interp);
            if st.has_pending() && !st.driving.get() {
                if let Some(lp) = interp.runtime().running_loop.clone() {
                    schedule_poll(interp, &st, &lp);
                }
            }
            Ok(Value::None)
        }),
    );
    let when = now() + POLL_INTERVAL;
    let h = Rc::new(TimerHandle::new(poll, vec![], Some(when)));
    lp.call_at(when, TimerAction::Call(h));
}

//! `_offload`: blocking native work on operating-system worker threads.
//!
//! coil's heap belongs to one thread (values are `Rc`), so a coil callable can
//! never run elsewhere. Some natives, though, spend their time in work that
//! touches no coil value: sleeping, resolving a host name, hashing or
//! compressing a byte string, reading a descriptor. For those a native module
//! provides a [`Builder`]: on the calling thread it checks and converts the
//! arguments (raising the native's own errors) into an [`Offload`], whose
//! `work` closure owns only Rust data and runs on a worker thread, and whose
//! `finish` closure turns the work's payload back into a coil value on the
//! calling thread.
//!
//! [`submit`] (`_offload.submit(func, *args, **kwargs)`) starts such work and
//! returns a `Job`; it returns None for a callable with no builder, which the
//! caller then runs itself. A `Job` can be polled (`done()`), waited for with
//! a timeout (`wait()`, `wait_any()`, which `concurrent.futures` use), and
//! asked to call back on an asyncio event loop when finished (`notify()`): the
//! worker then wakes the loop through its mio waker, and the loop, on its own
//! thread, queues the callback (see [`drain`], called by `event_loop::run_once`).
//!
//! The natives offloaded (see [`builder_of`]): `time.sleep`, `zlib.compress` /
//! `decompress`, `socket.getaddrinfo` / `gethostbyname`, `os.read` / `os.write`,
//! `_hashlib.new`, the `openssl_*` constructors (`hashlib.sha256` ...) and
//! `HASH.update`. Started work cannot be cancelled: a job nobody waits for
//! any more runs to its end and is dropped.
//!
//! The workers form one pool per process: a thread is started when a job
//! finds none idle (at most [`MAX_THREADS`]; beyond that jobs queue), and a
//! thread idle for [`IDLE_EXIT`] ends. A job's work that panics is reported as
//! a RuntimeError instead of taking the process down.

use crate::modules::asyncio::event_loop::EventLoop;
use crate::modules::asyncio::timers::Handle;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// The most worker threads alive at once.
pub const MAX_THREADS: usize = 64;
/// How long a worker waits for a job before it ends.
const IDLE_EXIT: Duration = Duration::from_secs(30);

/// What a job's work hands back, type-erased.
type Payload = Box<dyn Any + Send>;
/// Turns a job's payload into its coil result, on the calling thread.
type Finish = Box<dyn FnOnce(&mut Interp, Payload) -> PyResult<Value>>;

/// Native work split at the thread boundary: `work` runs on a worker with
/// owned data only, `finish` makes the coil result from its payload.
pub struct Offload {
    work: Box<dyn FnOnce() -> Payload + Send>,
    finish: Finish,
}

impl Offload {
    /// Work producing a `T`, and how to make the result of a `T`.
    pub fn new<T: Send + 'static>(
        work: impl FnOnce() -> T + Send + 'static,
        finish: impl FnOnce(&mut Interp, T) -> PyResult<Value> + 'static,
    ) -> Offload {
        Offload {
            work: Box::new(move || Box::new(work()) as Payload),
            finish: Box::new(move |interp, payload| match payload.downcast::<T>() {
                Ok(t) => finish(interp, *t),
                Err(_) => Err(interp.runtime_error("offloaded work returned the wrong payload")),
            }),
        }
    }
}

impl Offload {
    /// Work already done on the calling thread: its result as it is.
    pub fn ready(result: PyResult<Value>) -> Offload {
        Offload::new(|| (), move |_, ()| result)
    }
}

/// Checks a native's arguments and makes its offloadable work (or raises
/// what the native would raise).
pub type Builder = fn(&mut Interp, &[Value], KwArgs) -> PyResult<Offload>;

// ---------------------------------------------------------------- the pool

/// A unit of work queued for the pool.
type Task = Box<dyn FnOnce() + Send>;

struct PoolState {
    tasks: VecDeque<Task>,
    idle: usize,
    threads: usize,
}

static POOL: Mutex<PoolState> = Mutex::new(PoolState { tasks: VecDeque::new(), idle: 0, threads: 0 });
static POOL_SIGNAL: Condvar = Condvar::new();

/// Bumped (and announced) whenever a job finishes, for [`wait_any`].
static FINISHED: Mutex<u64> = Mutex::new(0);
static FINISHED_SIGNAL: Condvar = Condvar::new();

/// Locks a mutex, ignoring poisoning (a panicking job is caught before it
/// could poison anything, but a lock must never take coil down).
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Queues `task`, starting a worker when none is idle. Runs it on this thread
/// when no worker exists and none can be started.
fn spawn(task: Task) {
    let mut pool = lock(&POOL);
    pool.tasks.push_back(task);
    if pool.idle >= pool.tasks.len() || pool.threads >= MAX_THREADS {
        POOL_SIGNAL.notify_one();
        return;
    }
    let started = std::thread::Builder::new().name("coil-offload".into()).spawn(worker);
    match started {
        Ok(_) => pool.threads += 1,
        Err(_) if pool.threads == 0 => {
            let task = pool.tasks.pop_back();
            drop(pool);
            if let Some(t) = task {
                t();
            }
        }
        Err(_) => POOL_SIGNAL.notify_one(),
    }
}

/// A worker thread: runs queued tasks until idle for [`IDLE_EXIT`].
fn worker() {
    let mut pool = lock(&POOL);
    loop {
        if let Some(task) = pool.tasks.pop_front() {
            drop(pool);
            task();
            pool = lock(&POOL);
            continue;
        }
        pool.idle += 1;
        let (guard, timeout) = POOL_SIGNAL.wait_timeout(pool, IDLE_EXIT).unwrap_or_else(|e| e.into_inner());
        pool = guard;
        pool.idle -= 1;
        if timeout.timed_out() && pool.tasks.is_empty() {
            pool.threads -= 1;
            return;
        }
    }
}

// ---------------------------------------------------------------- jobs

/// The part of a job both threads see.
#[derive(Default)]
struct Shared {
    slot: Mutex<Slot>,
    signal: Condvar,
}

#[derive(Default)]
struct Slot {
    /// The work's payload (Err: it panicked); None while it runs.
    outcome: Option<Result<Payload, ()>>,
    /// The wakers of the loops waiting for this job.
    wakers: Vec<Arc<mio::Waker>>,
}

impl Shared {
    fn is_done(&self) -> bool {
        lock(&self.slot).outcome.is_some()
    }
}

/// A started piece of offloaded work, as seen from the calling thread.
pub struct Job {
    shared: Arc<Shared>,
    finish: RefCell<Option<Finish>>,
    /// The coil result, once made.
    result: RefCell<Option<PyResult<Value>>>,
}

impl NativeObject for Job {
    fn type_name(&self) -> &str {
        "_offload.Job"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Starts `offload` on the pool.
pub fn start(offload: Offload) -> Rc<Job> {
    let shared = Arc::new(Shared::default());
    let theirs = shared.clone();
    let work = offload.work;
    spawn(Box::new(move || {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|_| ());
        let wakers = {
            let mut slot = lock(&theirs.slot);
            slot.outcome = Some(outcome);
            std::mem::take(&mut slot.wakers)
        };
        theirs.signal.notify_all();
        *lock(&FINISHED) += 1;
        FINISHED_SIGNAL.notify_all();
        for w in wakers {
            let _ = w.wake();
        }
    }));
    Rc::new(Job { shared, finish: RefCell::new(Some(offload.finish)), result: RefCell::new(None) })
}

impl Job {
    /// Whether the work has finished.
    pub fn is_done(&self) -> bool {
        self.result.borrow().is_some() || self.shared.is_done()
    }

    /// Waits until the work finishes or `timeout` passes (None: no limit), in
    /// short slices so that Ctrl-C and the host's deadline are noticed.
    pub fn wait(&self, interp: &mut Interp, timeout: Option<Duration>) -> PyResult<bool> {
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut slot = lock(&self.shared.slot);
        loop {
            if slot.outcome.is_some() {
                return Ok(true);
            }
            let left = match deadline {
                Some(d) => d.saturating_duration_since(Instant::now()),
                None => SLICE,
            };
            if left.is_zero() {
                return Ok(false);
            }
            slot = self.shared.signal.wait_timeout(slot, left.min(SLICE)).unwrap_or_else(|e| e.into_inner()).0;
            if slot.outcome.is_none() {
                drop(slot);
                interp.check_interrupt()?;
                slot = lock(&self.shared.slot);
            }
        }
    }

    /// The coil result of finished work (made on first call).
    pub fn result(&self, interp: &mut Interp) -> PyResult<Value> {
        if let Some(r) = self.result.borrow().as_ref() {
            return r.clone();
        }
        let outcome = lock(&self.shared.slot).outcome.take();
        let r = match (outcome, self.finish.borrow_mut().take()) {
            (Some(Ok(payload)), Some(finish)) => finish(interp, payload),
            (Some(Err(())), _) => Err(interp.runtime_error("offloaded native work panicked")),
            _ => return Err(interp.runtime_error("the offloaded work has not finished")),
        };
        *self.result.borrow_mut() = Some(r.clone());
        r
    }
}

/// How often a blocked wait looks for Ctrl-C and the host's deadline.
const SLICE: Duration = Duration::from_millis(50);

/// A job a loop waits for, and the handle to queue when it finishes.
pub struct Pending {
    job: Rc<Job>,
    handle: Rc<Handle>,
}

/// Queues on `lp` the callbacks of its jobs that have finished (called by the
/// loop after each wait; a finished job woke that wait).
pub fn drain(lp: &EventLoop) {
    let mut pending = lp.offloaded.borrow_mut();
    if pending.is_empty() {
        return;
    }
    let mut i = 0;
    while i < pending.len() {
        if pending[i].job.shared.is_done() {
            let p = pending.swap_remove(i);
            lp.call_soon(p.handle);
        } else {
            i += 1;
        }
    }
}

/// Arranges for `lp` to call `handle` once `job` has finished.
fn notify(job: &Rc<Job>, lp: &Rc<EventLoop>, handle: Rc<Handle>) {
    let waker = lp.waker();
    {
        let mut slot = lock(&job.shared.slot);
        if slot.outcome.is_none() && job.result.borrow().is_none() {
            if let Some(w) = waker {
                slot.wakers.push(w);
            }
            drop(slot);
            lp.offloaded.borrow_mut().push(Pending { job: job.clone(), handle });
            return;
        }
    }
    lp.call_soon(handle);
}

// ---------------------------------------------------------------- which natives

/// The builder of a native function, found by its entry point.
fn builder_of(func: NativeFn) -> Option<Builder> {
    let table: &[(NativeFn, Builder)] = &[
        (crate::modules::time::SLEEP, crate::modules::time::sleep_offload),
        (crate::modules::zlib::COMPRESS, crate::modules::zlib::compress_offload),
        (crate::modules::zlib::DECOMPRESS, crate::modules::zlib::decompress_offload),
        (crate::modules::socket::GETADDRINFO, crate::modules::socket::getaddrinfo_offload),
        (crate::modules::socket::GETHOSTBYNAME, crate::modules::socket::gethostbyname_offload),
        (crate::modules::os::files::READ, crate::modules::os::files::read_offload),
        (crate::modules::os::files::WRITE, crate::modules::os::files::write_offload),
    ];
    let key = func as usize;
    table
        .iter()
        .find(|(f, _)| *f as usize == key)
        .map(|(_, b)| *b)
        .or_else(|| crate::modules::_hashlib::offload_builder(func))
}

/// The builder behind a callable and the receiver a bound native passes first.
fn resolve(v: &Value) -> Option<(Builder, Option<Value>)> {
    match v {
        Value::Builtin(b) => builder_of(b.func).map(|f| (f, b.bound.clone())),
        Value::BoundMethod(m) => match &m.func {
            Value::Builtin(b) if b.bound.is_none() => builder_of(b.func).map(|f| (f, Some(m.receiver.clone()))),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `func` has offloadable work.
pub fn offloadable(func: &Value) -> bool {
    resolve(func).is_some()
}

/// Starts `func(*args, **kwargs)` on a worker when `func` is offloadable
/// (None otherwise); the native's argument errors are raised here.
pub fn submit(interp: &mut Interp, func: &Value, args: &[Value], kwargs: KwArgs) -> PyResult<Option<Rc<Job>>> {
    let Some((builder, receiver)) = resolve(func) else { return Ok(None) };
    let offload = match receiver {
        Some(r) => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(r);
            all.extend_from_slice(args);
            builder(interp, &all, kwargs)?
        }
        None => builder(interp, args, kwargs)?,
    };
    Ok(Some(start(offload)))
}

// ---------------------------------------------------------------- the module

fn job_of(interp: &mut Interp, v: Option<&Value>) -> PyResult<Rc<Job>> {
    match v {
        Some(Value::Native(n)) => {
            downcast_rc::<Job>(n).ok_or_else(|| interp.type_error("an _offload.Job was expected"))
        }
        _ => Err(interp.type_error("an _offload.Job was expected")),
    }
}

fn timeout_of(interp: &mut Interp, v: Option<&Value>) -> PyResult<Option<Duration>> {
    crate::modules::_select::timeout_arg(interp, v)
}

/// `_offload.submit(func, /, *args, **kwargs)`: a Job, or None when `func` is
/// not offloadable.
fn py_submit(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(func) = args.first() else {
        return Err(interp.type_error("submit() missing required argument 'func'"));
    };
    Ok(submit(interp, func, &args[1..], kwargs)?.map_or(Value::None, |j| Value::native(j) as Value))
}

/// `_offload.offloadable(func, /)`.
fn py_offloadable(_: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(args.first().is_some_and(offloadable)))
}

/// `_offload.wait_any(jobs, timeout=None, /)`: waits until one of `jobs` has
/// finished (True) or the timeout passes (False).
fn wait_any(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let items = match args.first() {
        Some(v) => interp.collect_iterable(v)?,
        None => return Err(interp.type_error("wait_any() missing required argument 'jobs'")),
    };
    let mut jobs = Vec::with_capacity(items.len());
    for v in &items {
        jobs.push(job_of(interp, Some(v))?);
    }
    let deadline = timeout_of(interp, args.get(1))?.map(|t| Instant::now() + t);
    loop {
        let seen = *lock(&FINISHED);
        if jobs.is_empty() || jobs.iter().any(|j| j.is_done()) {
            return Ok(Value::Bool(!jobs.is_empty()));
        }
        let left = match deadline {
            Some(d) => d.saturating_duration_since(Instant::now()),
            None => SLICE,
        };
        if left.is_zero() {
            return Ok(Value::Bool(false));
        }
        let guard = lock(&FINISHED);
        if *guard == seen {
            drop(FINISHED_SIGNAL.wait_timeout(guard, left.min(SLICE)).unwrap_or_else(|e| e.into_inner()));
        }
        interp.check_interrupt()?;
    }
}

fn job_done(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(job_of(interp, args.first())?.is_done()))
}

fn job_wait(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let job = job_of(interp, args.first())?;
    let t = args.get(1).or_else(|| crate::objects::kwarg(kwargs, "timeout"));
    let timeout = timeout_of(interp, t)?;
    Ok(Value::Bool(job.wait(interp, timeout)?))
}

fn job_result(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let job = job_of(interp, args.first())?;
    job.wait(interp, None)?;
    job.result(interp)
}

/// `job.notify(loop, callback)`: `loop` calls `callback(job)` once the work has finished.
fn job_notify(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let job = job_of(interp, args.first())?;
    let Some(lp) = args.get(1).and_then(crate::modules::asyncio::as_loop) else {
        return Err(interp.type_error("notify() expects an event loop"));
    };
    let Some(callback) = args.get(2).cloned() else {
        return Err(interp.type_error("notify() missing required argument 'callback'"));
    };
    let handle = Rc::new(Handle::new(callback, vec![Value::native(job.clone())], None));
    notify(&job, &lp, handle);
    Ok(Value::None)
}

fn job_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let job = job_of(interp, args.first())?;
    let state = if job.is_done() { "finished" } else { "running" };
    Ok(Value::string(format!("<_offload.Job {state}>")))
}

/// Registers `_offload` and its `Job` class.
pub fn register(interp: &mut Interp) {
    let object = interp.types.object.clone();
    let cls = crate::vm::types::native_class(interp, "Job", &object, "_offload");
    interp.native_classes.insert("_offload.Job".into(), cls.clone());
    super::asyncio::add_methods(
        &cls,
        &[
            ("done", job_done),
            ("wait", job_wait),
            ("result", job_result),
            ("notify", job_notify),
            ("__repr__", job_repr),
        ],
    );
    let functions: &[(&str, NativeFn)] =
        &[("submit", py_submit), ("offloadable", py_offloadable), ("wait_any", wait_any)];
    let m = super::make_module(
        "_offload",
        functions,
        vec![("Job", Value::Class(cls)), ("MAX_THREADS", Value::Int(MAX_THREADS as i64))],
    );
    interp.modules.insert("_offload".into(), m);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait_all(jobs: &[Rc<Job>]) {
        let t = Instant::now();
        while !jobs.iter().all(|j| j.shared.is_done()) {
            assert!(t.elapsed() < Duration::from_secs(10), "offloaded jobs never finished");
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    #[test]
    fn jobs_overlap_on_worker_threads() {
        let t = Instant::now();
        let jobs: Vec<Rc<Job>> = (0..4)
            .map(|i| {
                start(Offload::new(move || std::thread::sleep(Duration::from_millis(100 + i)), |_, ()| Ok(Value::None)))
            })
            .collect();
        wait_all(&jobs);
        assert!(t.elapsed() < Duration::from_millis(390), "four 0.1 s jobs took {:?}", t.elapsed());
    }

    #[test]
    fn a_panicking_job_is_reported_not_fatal() {
        let job = start(Offload::new(|| -> u8 { panic!("offloaded work failed on purpose") }, |_, _| Ok(Value::None)));
        wait_all(std::slice::from_ref(&job));
        assert!(matches!(lock(&job.shared.slot).outcome, Some(Err(()))));
    }
}

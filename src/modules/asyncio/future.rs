//! `Future`: a result that will be set later, with done callbacks scheduled on
//! its loop. A `Task` is a Future with a [`TaskState`] (see task.rs); both are
//! one Rust type so a Task is usable wherever a Future is.

use crate::vm::types::Exc;
use crate::modules::asyncio::event_loop::{Callback, EventLoop};
use crate::modules::asyncio::gather::GatherState;
use crate::modules::asyncio::task::TaskState;
use crate::vm::interp::Interp;
use crate::vm::object::{downcast_rc, NativeCoroutine};
use crate::vm::object::{NativeObject, PyResult};
use crate::vm::run::Outcome;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

/// The three states of a future.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FutState {
    Pending,
    Cancelled,
    Finished,
}

/// A native done callback (gather, shutdown_asyncgens, run_until_complete, the
/// embedding API). A thin pointer, so a [`DoneCallback`] stays two words.
pub type NativeDone = Rc<NativeDoneFn>;

/// The Rust code behind a [`NativeDone`]; make one with [`native_done`].
pub struct NativeDoneFn(Box<NativeDoneCode>);

type NativeDoneCode = dyn Fn(&mut Interp, &Rc<Future>) -> PyResult<()>;

impl NativeDoneFn {
    pub fn call(&self, interp: &mut Interp, fut: &Rc<Future>) -> PyResult<()> {
        (self.0)(interp, fut)
    }
}

/// A native done callback running `f`.
pub fn native_done(f: impl Fn(&mut Interp, &Rc<Future>) -> PyResult<()> + 'static) -> NativeDone {
    Rc::new(NativeDoneFn(Box::new(f)))
}

/// What to do when a future completes.
pub enum DoneCallback {
    /// Call a language callable with the future.
    Py(Value),
    /// Wake a task that awaits the future.
    Wake(Rc<Future>),
    /// Run Rust code with the future.
    Native(NativeDone),
}

/// The done callbacks of a future, with room for one inline (the usual case: the
/// task awaiting it), so most futures need no separate allocation for them. Two
/// words: the list of several is boxed.
#[derive(Default)]
pub enum CallbackList {
    #[default]
    Empty,
    One(DoneCallback),
    #[allow(clippy::box_collection)] // boxed to keep the enum two words (see above)
    Many(Box<Vec<DoneCallback>>),
}

impl CallbackList {
    pub fn len(&self) -> usize {
        self.as_slice().len()
    }

    pub fn is_empty(&self) -> bool {
        matches!(self, CallbackList::Empty)
    }

    pub fn as_slice(&self) -> &[DoneCallback] {
        match self {
            CallbackList::Empty => &[],
            CallbackList::One(c) => std::slice::from_ref(c),
            CallbackList::Many(v) => v,
        }
    }

    pub fn push(&mut self, cb: DoneCallback) {
        match std::mem::take(self) {
            CallbackList::Empty => *self = CallbackList::One(cb),
            CallbackList::One(first) => *self = CallbackList::Many(Box::new(vec![first, cb])),
            CallbackList::Many(mut v) => {
                v.push(cb);
                *self = CallbackList::Many(v);
            }
        }
    }

    /// Keeps the callbacks for which `keep` is true, in order.
    pub fn retain(&mut self, mut keep: impl FnMut(&DoneCallback) -> bool) {
        let old = std::mem::take(self);
        for cb in old {
            if keep(&cb) {
                self.push(cb);
            }
        }
    }
}

impl IntoIterator for CallbackList {
    type Item = DoneCallback;
    type IntoIter = std::iter::Chain<std::option::IntoIter<DoneCallback>, std::vec::IntoIter<DoneCallback>>;
    fn into_iter(self) -> Self::IntoIter {
        match self {
            CallbackList::Empty => None.into_iter().chain(Vec::new()),
            CallbackList::One(c) => Some(c).into_iter().chain(Vec::new()),
            CallbackList::Many(v) => None.into_iter().chain(*v),
        }
    }
}

/// What a future is besides a future (boxed in it: plain futures have none).
pub enum FutKind {
    /// A Task: the coroutine it drives and its bookkeeping.
    Task(TaskState),
    /// The outer future of `gather`: its children, cancelled with it.
    Gather(Rc<GatherState>),
}

/// Bits of `Future::flags`.
const STATE_MASK: u8 = 0b11;
const CANCELLED: u8 = 1;
const FINISHED: u8 = 2;
const HAS_EXCEPTION: u8 = 1 << 2;
const LOG_TRACEBACK: u8 = 1 << 3;
const MUST_CANCEL: u8 = 1 << 4;
const MARK: u8 = 1 << 5;

/// A Future or (with a [`FutKind::Task`]) a Task.
///
/// Kept small (eight words) because a program may hold very many of them: the
/// flags pack the state, the one `slot` holds whichever value the state needs,
/// and the cells are moved in and out rather than borrowed.
pub struct Future {
    pub loop_: Rc<EventLoop>,
    /// Finished: the result, or the exception when `has_exception()`. Cancelled:
    /// the cancel message of a plain future, or the CancelledError that ended a
    /// task (taken by the first `result()`). Unused while pending.
    slot: Cell<Value>,
    callbacks: Cell<CallbackList>,
    kind: Option<Box<FutKind>>,
    /// The n of a task's default name `Task-n` (0 when it has no such name); kept
    /// here, where it fills what would be padding.
    number: u32,
    flags: Cell<u8>,
    gc_slot: crate::vm::gc::GcSlot,
}

impl NativeObject for Future {
    fn type_name(&self) -> &str {
        if self.task().is_some() {
            "Task"
        } else {
            "Future"
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn await_iter(&self, this: &Rc<dyn NativeObject>) -> Option<Value> {
        let fut = downcast_rc::<Future>(this)?;
        Some(Value::native(Rc::new(FutureIter { fut, yielded: Cell::new(false) })))
    }
    fn gc_tracked(&self) -> bool {
        true
    }
    /// The result or exception, the done callbacks and a task's coroutine and
    /// the future it waits on (the cells are taken out and put back).
    fn gc_traverse(&self, visit: &mut dyn FnMut(&Value)) {
        let slot = self.slot.take();
        visit(&slot);
        self.slot.set(slot);
        let callbacks = self.callbacks.take();
        for cb in callbacks.as_slice() {
            match cb {
                DoneCallback::Py(v) => visit(v),
                DoneCallback::Wake(f) => visit(&f.value()),
                DoneCallback::Native(_) => {}
            }
        }
        self.callbacks.set(callbacks);
        if let Some(ts) = self.task() {
            visit(&ts.coro);
            ts.gc_traverse_waiter(visit);
        }
    }
    fn gc_clear(&self) {
        let (slot, callbacks) = (self.slot.take(), self.callbacks.take());
        drop((slot, callbacks));
        // A coroutine only this task holds is garbage with it (see `vm::gc_traverse`).
        if let Some(coro @ Value::Generator(g)) = self.task().map(|ts| &ts.coro) {
            if crate::vm::gc_traverse::is_owned_coroutine(coro) {
                crate::vm::gc_traverse::clear_generator(g);
            }
        }
    }
    fn gc_slot(&self) -> Option<&crate::vm::gc::GcSlot> {
        Some(&self.gc_slot)
    }
    /// Reports an exception nobody retrieved before the garbage is cleared.
    fn gc_finalize(&self, interp: &mut Interp, this: &Rc<dyn NativeObject>) -> bool {
        if !self.flag(LOG_TRACEBACK) {
            return false;
        }
        self.set_flag(LOG_TRACEBACK, false);
        match downcast_rc::<Future>(this) {
            Some(fut) => {
                report_unretrieved(interp, &fut);
                true
            }
            None => false,
        }
    }
}

impl Drop for Future {
    /// A future that dies with an exception nobody retrieved reports it, as
    /// CPython's `Future.__del__` does, at the next safe point.
    fn drop(&mut self) {
        if self.flag(LOG_TRACEBACK) {
            self.report_unretrieved();
        }
    }
}

impl Future {
    /// Moves this dying future's state to a new one and defers the report
    /// ("Task exception was never retrieved") to the loop's exception handler.
    #[cold]
    fn report_unretrieved(&mut self) {
        let heir = Rc::new(Future {
            loop_: self.loop_.clone(),
            slot: Cell::new(self.slot.take()),
            callbacks: Cell::new(CallbackList::Empty),
            kind: self.kind.take(),
            number: self.number,
            flags: Cell::new(self.flags.get() & !LOG_TRACEBACK),
            gc_slot: Default::default(),
        });
        crate::vm::safepoint::defer(Box::new(move |interp: &mut Interp| report_unretrieved(interp, &heir)));
    }
}

/// Hands "Task (Future) exception was never retrieved" to the loop's exception handler.
fn report_unretrieved(interp: &mut Interp, fut: &Rc<Future>) {
    let what = if fut.task().is_some() { "Task" } else { "Future" };
    let mut ctx = crate::vm::dict::Dict::new();
    ctx.set_str("message", Value::string(format!("{what} exception was never retrieved")));
    ctx.set_str("exception", fut.result_value());
    ctx.set_str("future", fut.value());
    let lp = fut.loop_.clone();
    let _ = crate::modules::asyncio::event_loop::call_exception_handler(interp, &lp, Value::dict(ctx));
}

/// Registers a new future with the cycle collector.
pub fn track(fut: &Rc<Future>) {
    let obj: Rc<dyn NativeObject> = fut.clone();
    crate::vm::gc::track_native(&obj);
}

/// The Future (or Task) behind a value, if it is one.
pub fn as_future(v: &Value) -> Option<Rc<Future>> {
    match v {
        Value::Native(n) => crate::vm::object::downcast_rc::<Future>(n),
        _ => None,
    }
}

impl Future {
    /// A pending future on `lp`; a Task when `task` is given.
    pub fn new(lp: Rc<EventLoop>, task: Option<Box<TaskState>>) -> Future {
        Future::with_kind(lp, task.map(|ts| Box::new(FutKind::Task(*ts))))
    }

    /// A pending future of the given kind on `lp`.
    pub fn with_kind(lp: Rc<EventLoop>, kind: Option<Box<FutKind>>) -> Future {
        Future {
            loop_: lp,
            slot: Cell::new(Value::None),
            callbacks: Cell::new(CallbackList::Empty),
            kind,
            number: 0,
            flags: Cell::new(0),
            gc_slot: Default::default(),
        }
    }

    /// A pending task on `lp`, with `number` for its default name `Task-number` (or 0).
    pub fn new_task(lp: Rc<EventLoop>, state: TaskState, number: u32) -> Future {
        let mut fut = Future::with_kind(lp, Some(Box::new(FutKind::Task(state))));
        fut.number = number;
        fut
    }

    /// The n of a task's default name `Task-n`, or 0.
    pub fn number(&self) -> u32 {
        self.number
    }

    /// The Task part, when this is a Task.
    #[inline]
    pub fn task(&self) -> Option<&TaskState> {
        match self.kind.as_deref() {
            Some(FutKind::Task(ts)) => Some(ts),
            _ => None,
        }
    }

    /// The gather bookkeeping, when this is the outer future of `gather`.
    pub fn gather(&self) -> Option<&Rc<GatherState>> {
        match self.kind.as_deref() {
            Some(FutKind::Gather(g)) => Some(g),
            _ => None,
        }
    }

    #[inline]
    fn flag(&self, bit: u8) -> bool {
        self.flags.get() & bit != 0
    }

    #[inline]
    fn set_flag(&self, bit: u8, on: bool) {
        let f = self.flags.get();
        self.flags.set(if on { f | bit } else { f & !bit });
    }

    pub fn state(&self) -> FutState {
        match self.flags.get() & STATE_MASK {
            0 => FutState::Pending,
            CANCELLED => FutState::Cancelled,
            _ => FutState::Finished,
        }
    }

    fn set_state(&self, s: FutState) {
        let bits = match s {
            FutState::Pending => 0,
            FutState::Cancelled => CANCELLED,
            FutState::Finished => FINISHED,
        };
        self.flags.set(self.flags.get() & !STATE_MASK | bits);
    }

    #[inline]
    pub fn is_done(&self) -> bool {
        self.flags.get() & STATE_MASK != 0
    }

    #[inline]
    pub fn is_cancelled(&self) -> bool {
        self.flags.get() & STATE_MASK == CANCELLED
    }

    /// Whether the future finished with an exception.
    pub fn has_exception(&self) -> bool {
        self.flag(HAS_EXCEPTION)
    }

    pub fn set_log_traceback(&self, on: bool) {
        self.set_flag(LOG_TRACEBACK, on);
    }

    /// A Task's `_must_cancel`.
    pub fn must_cancel(&self) -> bool {
        self.flag(MUST_CANCEL)
    }

    pub fn set_must_cancel(&self, on: bool) {
        self.set_flag(MUST_CANCEL, on);
    }

    /// A scratch mark (gather uses it to find repeated arguments).
    pub fn marked(&self) -> bool {
        self.flag(MARK)
    }

    pub fn set_marked(&self, on: bool) {
        self.set_flag(MARK, on);
    }

    /// The value in the slot: the result or exception of a finished future.
    pub fn result_value(&self) -> Value {
        let v = self.slot.take();
        let c = v.clone();
        self.slot.set(v);
        c
    }

    /// The cancel message (`_cancel_message`).
    pub fn cancel_msg(&self) -> Value {
        match self.task() {
            Some(ts) => ts.cancel_msg(),
            None if self.is_cancelled() => self.result_value(),
            None => Value::None,
        }
    }

    fn set_cancel_msg(&self, msg: Value) {
        match self.task() {
            Some(ts) => ts.set_cancel_msg(msg),
            None => self.slot.set(msg),
        }
    }

    /// The number of done callbacks.
    pub fn callback_count(&self) -> usize {
        self.with_callbacks(|c| c.len())
    }

    /// Runs `f` on the callbacks (which must not run language code).
    pub fn with_callbacks<R>(&self, f: impl FnOnce(&mut CallbackList) -> R) -> R {
        let mut cbs = self.callbacks.take();
        let r = f(&mut cbs);
        let left = self.callbacks.replace(cbs);
        // `f` runs no language code, so nothing was added meanwhile: `left` is empty
        // and needs no drop glue.
        debug_assert!(left.is_empty());
        std::mem::forget(left);
        r
    }

    /// Takes every done callback out.
    pub fn take_callbacks(&self) -> CallbackList {
        self.callbacks.take()
    }

    /// Replaces the done callbacks.
    pub fn set_callbacks(&self, cbs: CallbackList) {
        self.callbacks.set(cbs);
    }

    /// The value wrapping this future.
    pub fn value(self: &Rc<Self>) -> Value {
        Value::native(self.clone())
    }
}

/// Schedules every done callback of `fut` on its loop (they run in order, later).
pub fn schedule_callbacks(fut: &Rc<Future>) {
    let cbs = fut.callbacks.take();
    if cbs.is_empty() {
        return;
    }
    let mut ready = fut.loop_.ready.borrow_mut();
    for cb in cbs {
        ready.push_back(match cb {
            DoneCallback::Py(f) => Callback::Done(Box::new((f, fut.clone()))),
            DoneCallback::Wake(t) => Callback::Step(t),
            DoneCallback::Native(f) => {
                fut.loop_.native_ready.borrow_mut().push_back(f);
                Callback::Native(fut.clone())
            }
        });
    }
}

/// Adds a done callback; a done future schedules it at once.
pub fn add_done_callback(fut: &Rc<Future>, cb: DoneCallback) {
    fut.with_callbacks(|c| c.push(cb));
    if fut.is_done() {
        schedule_callbacks(fut);
    }
}

/// `fut.set_result(v)`.
pub fn set_result(interp: &mut Interp, fut: &Rc<Future>, v: Value) -> PyResult<()> {
    if fut.is_done() {
        return Err(interp.invalid_state("invalid state"));
    }
    fut.slot.set(v);
    fut.set_state(FutState::Finished);
    schedule_callbacks(fut);
    Ok(())
}

/// Sets the result of a future unless it is done (no error to report).
pub fn set_result_quiet(fut: &Rc<Future>, v: Value) {
    if !fut.is_done() {
        fut.slot.set(v);
        fut.set_state(FutState::Finished);
        schedule_callbacks(fut);
    }
}

/// `fut.set_exception(exc)`.
pub fn set_exception(interp: &mut Interp, fut: &Rc<Future>, exc: Value) -> PyResult<()> {
    if fut.is_done() {
        return Err(interp.invalid_state("invalid state"));
    }
    let exc = match &exc {
        Value::Class(_) => interp.normalize_exception(exc)?,
        _ => exc,
    };
    if interp.exception_class_of(&exc).is_none() {
        return Err(interp.type_error("invalid exception object"));
    }
    if interp.is_exc(&exc, Exc::StopIteration) {
        return Err(
            interp.type_error("StopIteration interacts badly with generators and cannot be raised into a Future")
        );
    }
    fut.slot.set(exc);
    fut.set_flag(HAS_EXCEPTION | LOG_TRACEBACK, true);
    fut.set_state(FutState::Finished);
    schedule_callbacks(fut);
    Ok(())
}

/// `Future.cancel(msg)` without the Task behaviour.
pub fn future_cancel(fut: &Rc<Future>, msg: Value) -> bool {
    fut.set_log_traceback(false);
    if fut.is_done() {
        return false;
    }
    fut.set_state(FutState::Cancelled);
    fut.set_cancel_msg(msg);
    schedule_callbacks(fut);
    true
}

/// A task's coroutine ended with `exc`, a CancelledError: the task is cancelled and
/// keeps `exc` for the first `result()` (`self._cancelled_exc = exc; super().cancel()`).
pub fn cancel_with_exception(fut: &Rc<Future>, exc: Value) {
    if future_cancel(fut, Value::None) && fut.task().is_some() {
        fut.slot.set(exc);
    }
}

/// The CancelledError a cancelled future raises.
pub fn make_cancelled_error(interp: &mut Interp, fut: &Rc<Future>) -> Value {
    if fut.task().is_some() && fut.is_cancelled() {
        let saved = fut.slot.take();
        if !saved.is_none() {
            return saved;
        }
    }
    let msg = fut.cancel_msg();
    interp.cancelled_error(&msg)
}

/// `fut.result()`.
pub fn result(interp: &mut Interp, fut: &Rc<Future>) -> PyResult<Value> {
    match fut.state() {
        FutState::Cancelled => Err(make_cancelled_error(interp, fut)),
        FutState::Pending => Err(interp.invalid_state("Result is not ready.")),
        FutState::Finished => {
            fut.set_log_traceback(false);
            let v = fut.result_value();
            if fut.has_exception() {
                Err(v)
            } else {
                Ok(v)
            }
        }
    }
}

/// `fut.exception()`.
pub fn exception(interp: &mut Interp, fut: &Rc<Future>) -> PyResult<Value> {
    match fut.state() {
        FutState::Cancelled => Err(make_cancelled_error(interp, fut)),
        FutState::Pending => Err(interp.invalid_state("Exception is not set.")),
        FutState::Finished => {
            fut.set_log_traceback(false);
            if fut.has_exception() {
                Ok(fut.result_value())
            } else {
                Ok(Value::None)
            }
        }
    }
}

/// The iterator behind `await future`: yields the future once, then returns its result.
pub struct FutureIter {
    pub fut: Rc<Future>,
    pub yielded: Cell<bool>,
}

impl NativeObject for FutureIter {
    fn type_name(&self) -> &str {
        "FutureIter"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_coroutine(&self) -> Option<&dyn NativeCoroutine> {
        Some(self)
    }
}

impl NativeCoroutine for FutureIter {
    fn step(&self, interp: &mut Interp, _: &Rc<dyn NativeObject>, sent: Value, throw: Option<Value>) -> PyResult<Outcome> {
        FutureIter::step(self, interp, sent, throw)
    }
    fn close(&self, _: &mut Interp) {}
    fn is_coroutine(&self) -> bool {
        false
    }
}

impl FutureIter {
    /// One step: `send(sent)` or `throw(exc)`.
    pub fn step(&self, interp: &mut Interp, _sent: Value, throw: Option<Value>) -> PyResult<Outcome> {
        if let Some(exc) = throw {
            return Err(exc);
        }
        if !self.fut.is_done() {
            if self.yielded.replace(true) {
                return Err(interp.runtime_error("await wasn't used with future"));
            }
            return Ok(Outcome::Yield(self.fut.value()));
        }
        result(interp, &self.fut).map(Outcome::Return)
    }
}

//! `Future`: a result that will be set later, with done callbacks scheduled on
//! its loop. A `Task` is a Future with a [`TaskState`] (see task.rs); both are
//! one Rust type so a Task is usable wherever a Future is.

use crate::runtime::event_loop::{Callback, EventLoop};
use crate::runtime::task::TaskState;
use crate::vm::interp::Interp;
use crate::vm::object::{NativeObject, PyResult};
use crate::vm::run::Outcome;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The three states of a future.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FutState {
    Pending,
    Cancelled,
    Finished,
}

/// A native done callback (gather, shutdown_asyncgens, run_until_complete).
pub type NativeDone = Rc<dyn Fn(&mut Interp, &Rc<Future>) -> PyResult<()>>;

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
/// task awaiting it), so most futures need no separate allocation for them.
#[derive(Default)]
pub enum CallbackList {
    #[default]
    Empty,
    One(DoneCallback),
    Many(Vec<DoneCallback>),
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
            CallbackList::One(first) => *self = CallbackList::Many(vec![first, cb]),
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
            CallbackList::Many(v) => None.into_iter().chain(v),
        }
    }
}

/// A Future or (with `task`) a Task.
pub struct Future {
    pub loop_: Rc<EventLoop>,
    pub state: Cell<FutState>,
    /// The result, or the exception when `has_exception`.
    pub result: RefCell<Value>,
    pub has_exception: Cell<bool>,
    pub callbacks: RefCell<CallbackList>,
    pub cancel_msg: RefCell<Value>,
    /// Set while an exception was stored and nobody asked for it.
    pub log_traceback: Cell<bool>,
    pub task: Option<Box<TaskState>>,
    /// For the outer future of `gather`: its children, cancelled with it.
    pub gather: Option<Rc<crate::runtime::gather::GatherState>>,
}

impl NativeObject for Future {
    fn type_name(&self) -> &str {
        if self.task.is_some() {
            "Task"
        } else {
            "Future"
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The Future (or Task) behind a value, if it is one.
pub fn as_future(v: &Value) -> Option<Rc<Future>> {
    match v {
        Value::Native(n) => crate::runtime::downcast_rc::<Future>(n),
        _ => None,
    }
}

impl Future {
    /// A pending future (no task part) on `lp`.
    pub fn new(lp: Rc<EventLoop>, task: Option<Box<TaskState>>) -> Future {
        Future {
            loop_: lp,
            state: Cell::new(FutState::Pending),
            result: RefCell::new(Value::None),
            has_exception: Cell::new(false),
            callbacks: RefCell::new(CallbackList::Empty),
            cancel_msg: RefCell::new(Value::None),
            log_traceback: Cell::new(false),
            task,
            gather: None,
        }
    }

    pub fn is_done(&self) -> bool {
        self.state.get() != FutState::Pending
    }

    pub fn is_cancelled(&self) -> bool {
        self.state.get() == FutState::Cancelled
    }

    /// The value wrapping this future.
    pub fn value(self: &Rc<Self>) -> Value {
        Value::native(self.clone())
    }
}

/// Schedules every done callback of `fut` on its loop (they run in order, later).
pub fn schedule_callbacks(fut: &Rc<Future>) {
    let cbs = std::mem::take(&mut *fut.callbacks.borrow_mut());
    let mut ready = fut.loop_.ready.borrow_mut();
    for cb in cbs {
        ready.push_back(match cb {
            DoneCallback::Py(f) => Callback::Done(f, fut.clone()),
            DoneCallback::Wake(t) => Callback::Step(t),
            DoneCallback::Native(f) => Callback::Native(f, fut.clone()),
        });
    }
}

/// Adds a done callback; a done future schedules it at once.
pub fn add_done_callback(fut: &Rc<Future>, cb: DoneCallback) {
    fut.callbacks.borrow_mut().push(cb);
    if fut.is_done() {
        schedule_callbacks(fut);
    }
}

/// `fut.set_result(v)`.
pub fn set_result(interp: &mut Interp, fut: &Rc<Future>, v: Value) -> PyResult<()> {
    if fut.is_done() {
        return Err(interp.invalid_state("invalid state"));
    }
    *fut.result.borrow_mut() = v;
    fut.state.set(FutState::Finished);
    schedule_callbacks(fut);
    Ok(())
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
    if interp.is_exc(&exc, "StopIteration") {
        return Err(
            interp.type_error("StopIteration interacts badly with generators and cannot be raised into a Future")
        );
    }
    *fut.result.borrow_mut() = exc;
    fut.has_exception.set(true);
    fut.log_traceback.set(true);
    fut.state.set(FutState::Finished);
    schedule_callbacks(fut);
    Ok(())
}

/// `Future.cancel(msg)` without the Task behaviour.
pub fn future_cancel(fut: &Rc<Future>, msg: Value) -> bool {
    fut.log_traceback.set(false);
    if fut.is_done() {
        return false;
    }
    fut.state.set(FutState::Cancelled);
    *fut.cancel_msg.borrow_mut() = msg;
    schedule_callbacks(fut);
    true
}

/// The CancelledError a cancelled future raises.
pub fn make_cancelled_error(interp: &mut Interp, fut: &Rc<Future>) -> Value {
    if let Some(ts) = &fut.task {
        let saved = std::mem::take(&mut *ts.cancelled_exc.borrow_mut());
        if !saved.is_none() {
            return saved;
        }
    }
    let msg = fut.cancel_msg.borrow().clone();
    interp.cancelled_error(&msg)
}

/// `fut.result()`.
pub fn result(interp: &mut Interp, fut: &Rc<Future>) -> PyResult<Value> {
    match fut.state.get() {
        FutState::Cancelled => Err(make_cancelled_error(interp, fut)),
        FutState::Pending => Err(interp.invalid_state("Result is not ready.")),
        FutState::Finished => {
            fut.log_traceback.set(false);
            let v = fut.result.borrow().clone();
            if fut.has_exception.get() {
                Err(v)
            } else {
                Ok(v)
            }
        }
    }
}

/// `fut.exception()`.
pub fn exception(interp: &mut Interp, fut: &Rc<Future>) -> PyResult<Value> {
    match fut.state.get() {
        FutState::Cancelled => Err(make_cancelled_error(interp, fut)),
        FutState::Pending => Err(interp.invalid_state("Exception is not set.")),
        FutState::Finished => {
            fut.log_traceback.set(false);
            if fut.has_exception.get() {
                Ok(fut.result.borrow().clone())
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

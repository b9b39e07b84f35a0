//! The asyncio runtime's per-interpreter state: the running loop, the loop set
//! with `set_event_loop`, the task-name counter and asyncio's exception classes
//! live in [`Runtime`], kept in the interpreter's extensions (`Interp::runtime`).

use crate::vm::types::Exc;
use crate::vm::interp::Interp;
use crate::vm::object::Class;
use crate::vm::value::Value;
use std::rc::Rc;

use super::EventLoop;

/// Per-interpreter state of the asyncio runtime.
#[derive(Default)]
pub struct Runtime {
    /// The loop whose `run_forever` is executing, if any.
    pub running_loop: Option<Rc<EventLoop>>,
    /// The loop installed with `set_event_loop` (what `get_event_loop` returns).
    pub event_loop: Option<Rc<EventLoop>>,
    /// Counter behind the default task names `Task-1`, `Task-2`, ...
    pub task_counter: u64,
    /// `asyncio.CancelledError`, `asyncio.InvalidStateError` (made when the runtime registers).
    pub cancelled_error: Option<Rc<Class>>,
    pub invalid_state_error: Option<Rc<Class>>,
    /// `asyncio.QueueEmpty`, `asyncio.QueueFull`.
    pub queue_empty: Option<Rc<Class>>,
    pub queue_full: Option<Rc<Class>>,
    /// A `sleep(0)` coroutine kept for reuse (see `awaitable::Sleep::make`).
    pub spare_sleep: Option<Value>,
}

/// True when `v` is an instance of `class` (or a subclass).
pub fn is_instance(v: &Value, class: &Option<Rc<Class>>) -> bool {
    match (v, class) {
        (Value::Instance(i), Some(c)) => crate::vm::exceptions::is_subclass(&i.class, c),
        _ => false,
    }
}

impl Interp {
    /// The asyncio runtime's state of this interpreter.
    #[inline]
    pub(crate) fn runtime(&mut self) -> &mut Runtime {
        self.extensions.get_or_default::<Runtime>()
    }

    /// The asyncio runtime's state, if the runtime was ever used.
    #[inline]
    pub(crate) fn runtime_ref(&self) -> Option<&Runtime> {
        self.extensions.get::<Runtime>()
    }

    /// A new `asyncio.CancelledError` with the given message (None for no arguments).
    pub(crate) fn cancelled_error(&mut self, msg: &Value) -> Value {
        let class = match &self.runtime().cancelled_error {
            Some(c) => c.clone(),
            None => self.types.exc(Exc::BaseException),
        };
        let args = if msg.is_none() { vec![] } else { vec![msg.clone()] };
        self.new_exception(class, args)
    }

    /// A new `asyncio.InvalidStateError`.
    pub(crate) fn invalid_state(&mut self, msg: &str) -> Value {
        let class = match &self.runtime().invalid_state_error {
            Some(c) => c.clone(),
            None => self.types.exc(Exc::Exception),
        };
        self.new_exception(class, vec![Value::str(msg)])
    }

    /// Whether `v` is an `asyncio.CancelledError`.
    pub(crate) fn is_cancelled_error(&self, v: &Value) -> bool {
        self.runtime_ref().is_some_and(|r| is_instance(v, &r.cancelled_error))
    }
}

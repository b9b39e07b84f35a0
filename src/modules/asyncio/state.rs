//! The asyncio runtime: the event loop on mio, futures, tasks, timers and the
//! native awaitables (`sleep`, future iterators, async-generator steps).
//!
//! Everything here is per interpreter: the running loop, the loop set with
//! `set_event_loop`, the task-name counter and the finalization queue live in
//! [`Runtime`], a field of `Interp`.

use crate::vm::interp::Interp;
use crate::vm::object::{Class, GenKind, Generator, NativeObject};
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

use super::{asyncgen, EventLoop};

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
    /// Work queued by `Drop` impls, handled at safe points.
    pub finalize: Rc<FinalizeQueue>,
}

/// One piece of finalization work queued by a destructor.
pub enum Finalize {
    /// A coroutine was dropped before it ever ran: warn about it.
    NeverAwaited { qualname: Rc<str> },
    /// An async generator was dropped while suspended: it must be closed.
    AbandonedAsyncGen { frame: Box<crate::vm::frame::Frame> },
}

/// Plain-data queue that destructors push to; never runs language code itself.
#[derive(Default)]
pub struct FinalizeQueue {
    pub items: RefCell<Vec<Finalize>>,
}

impl FinalizeQueue {
    /// Called from a generator's destructor: records the work its death requires.
    pub fn on_drop(&self, gen: &mut Generator) {
        let frame = gen.frame.get_mut().take();
        match gen.kind {
            GenKind::Coroutine if !gen.started.get() && frame.is_some() => {
                self.push(Finalize::NeverAwaited { qualname: gen.qualname().clone() });
            }
            GenKind::AsyncGenerator if gen.started.get() && !gen.finished.get() => {
                if let Some(frame) = frame {
                    self.push(Finalize::AbandonedAsyncGen { frame });
                }
            }
            _ => {}
        }
    }

    /// Queues one piece of work (dropped if the queue is being drained right now).
    pub fn push(&self, item: Finalize) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            items.push(item);
        }
    }
}

/// Handles queued finalization work: prints "never awaited" warnings and hands
/// abandoned async generators to the running loop (or closes them at once).
/// `at_exit` prints warnings with CPython's `sys:1:` location.
pub fn drain_finalizers(interp: &mut Interp, at_exit: bool) {
    loop {
        let items = std::mem::take(&mut *interp.runtime.finalize.items.borrow_mut());
        if items.is_empty() {
            return;
        }
        for item in items {
            match item {
                Finalize::NeverAwaited { qualname } => {
                    let place = if at_exit { "sys:1".to_string() } else { current_location(interp) };
                    interp
                        .write_stderr(&format!("{place}: RuntimeWarning: coroutine '{qualname}' was never awaited\n"));
                }
                Finalize::AbandonedAsyncGen { frame } => {
                    let code = frame.code.clone();
                    if let Value::Generator(gen) = interp.make_generator(&code, frame) {
                        gen.started.set(true);
                        asyncgen::finalize_abandoned(interp, gen);
                    }
                }
            }
        }
    }
}

/// `FILE:LINE` of the innermost suspended language frame, or `sys:1`.
fn current_location(interp: &Interp) -> String {
    match interp.frames.last() {
        Some(f) => format!("{}:{}", f.code.source.name, f.line()),
        None => "sys:1".into(),
    }
}

/// The concrete `Rc<T>` behind a native object, when it is a `T`.
pub fn downcast_rc<T: NativeObject>(n: &Rc<dyn NativeObject>) -> Option<Rc<T>> {
    let any = n.as_any();
    // `as_any` must return the object itself for the pointer cast below to be sound.
    if !any.is::<T>() || any as *const dyn std::any::Any as *const u8 != Rc::as_ptr(n) as *const u8 {
        return None;
    }
    let raw = Rc::into_raw(n.clone()) as *const T;
    // SAFETY: the checks above prove the trait object's data pointer is a `T` living in an
    // allocation made as `Rc<T>` (then unsized to `Rc<dyn NativeObject>`), so rebuilding the
    // typed `Rc` from the same pointer restores the original, with the count taken by `clone`.
    Some(unsafe { Rc::from_raw(raw) })
}

/// True when `v` is an instance of `class` (or a subclass).
pub fn is_instance(v: &Value, class: &Option<Rc<Class>>) -> bool {
    match (v, class) {
        (Value::Instance(i), Some(c)) => crate::vm::exceptions::is_subclass(&i.class, c),
        _ => false,
    }
}

impl Interp {
    /// A new `asyncio.CancelledError` with the given message (None for no arguments).
    pub fn cancelled_error(&mut self, msg: &Value) -> Value {
        let class = match &self.runtime.cancelled_error {
            Some(c) => c.clone(),
            None => self.types.exc("BaseException"),
        };
        let args = if msg.is_none() { vec![] } else { vec![msg.clone()] };
        self.new_exception(class, args)
    }

    /// A new `asyncio.InvalidStateError`.
    pub fn invalid_state(&mut self, msg: &str) -> Value {
        let class = match &self.runtime.invalid_state_error {
            Some(c) => c.clone(),
            None => self.types.exc("Exception"),
        };
        self.new_exception(class, vec![Value::str(msg)])
    }

    /// Whether `v` is an `asyncio.CancelledError`.
    pub fn is_cancelled_error(&self, v: &Value) -> bool {
        is_instance(v, &self.runtime.cancelled_error)
    }
}

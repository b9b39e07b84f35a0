//! `asyncio.Event` in Rust: the flag, its waiter futures, and [`EventWait`],
//! the coroutine-like awaitable of `Event.wait()`. A native awaitable keeps a
//! waiting task small: no coroutine frame, no future iterator.
//!
//! The language-level class is in stdlib/asyncio/locks.py; its instances hold
//! an [`EventCore`] in `_core` (see src/modules/asyncio/event_methods.rs).

use crate::runtime::event_loop::EventLoop;
use crate::runtime::future::{self, Future};
use crate::vm::interp::Interp;
use crate::vm::object::{NativeObject, PyResult};
use crate::vm::run::Outcome;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The state of one event.
pub struct EventCore {
    pub value: Cell<bool>,
    /// Futures of waiters not yet released by `set()`.
    waiters: RefCell<Vec<Rc<Future>>>,
    /// Waiters released by `set()` that have not resumed yet (still counted by repr).
    released: Cell<usize>,
    /// The loop the event is bound to (by its first waiter).
    bound: RefCell<Option<Rc<EventLoop>>>,
    /// Where `wait()` calls dropped without being awaited report it.
    finalize: Rc<crate::runtime::FinalizeQueue>,
}

impl NativeObject for EventCore {
    fn type_name(&self) -> &str {
        "_EventCore"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl EventCore {
    /// An event that is not set.
    pub fn new(interp: &Interp) -> EventCore {
        EventCore {
            value: Cell::new(false),
            waiters: RefCell::new(Vec::new()),
            released: Cell::new(0),
            bound: RefCell::new(None),
            finalize: interp.runtime.finalize.clone(),
        }
    }

    /// `set()`: wakes every waiter with True.
    pub fn set(&self, interp: &mut Interp) {
        if self.value.replace(true) {
            return;
        }
        let waiters = std::mem::take(&mut *self.waiters.borrow_mut());
        self.released.set(self.released.get() + waiters.len());
        for w in waiters {
            if !w.is_done() {
                let _ = future::set_result(interp, &w, Value::Bool(true));
            }
        }
    }

    /// The number of waiters, as `len(self._waiters)` in CPython.
    pub fn waiter_count(&self) -> usize {
        self.waiters.borrow().len() + self.released.get()
    }

    /// A waiter on the running loop, binding the event to it.
    fn new_waiter(&self, interp: &mut Interp, owner: &Value) -> PyResult<Rc<Future>> {
        let lp = crate::runtime::awaitable::running_loop(interp)?;
        let bound = self.bound.borrow().clone();
        match bound {
            None => *self.bound.borrow_mut() = Some(lp.clone()),
            Some(b) if !Rc::ptr_eq(&b, &lp) => {
                let r = interp.repr(owner)?;
                return Err(interp.runtime_error(format!("{r} is bound to a different event loop")));
            }
            Some(_) => {}
        }
        let w = Rc::new(Future::new(lp, None));
        self.waiters.borrow_mut().push(w.clone());
        Ok(w)
    }

    /// A waiter leaves (the `finally: self._waiters.remove(fut)` of CPython's wait).
    fn forget(&self, w: &Rc<Future>) {
        // Only `set()` finishes a waiter without cancelling it, and it took it from the list.
        if w.is_done() && !w.is_cancelled() {
            self.released.set(self.released.get().saturating_sub(1));
            return;
        }
        let mut ws = self.waiters.borrow_mut();
        if let Some(i) = ws.iter().position(|x| Rc::ptr_eq(x, w)) {
            ws.remove(i);
        }
    }
}

/// The awaitable of `Event.wait()`: runs when stepped, returns True once the event is set.
pub struct EventWait {
    pub core: Rc<EventCore>,
    /// The language-level event, for the "bound to a different event loop" message.
    pub owner: Value,
    /// 0 = not started, 1 = waiting, 2 = finished.
    pub state: Cell<u8>,
    waiter: RefCell<Option<Rc<Future>>>,
}

impl NativeObject for EventWait {
    fn type_name(&self) -> &str {
        "coroutine"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Drop for EventWait {
    fn drop(&mut self) {
        if self.state.get() == 0 {
            let qualname: Rc<str> = "Event.wait".into();
            self.core.finalize.push(crate::runtime::Finalize::NeverAwaited { qualname });
        }
    }
}

impl EventWait {
    /// A `wait()` call that has not started.
    pub fn new(core: Rc<EventCore>, owner: Value) -> EventWait {
        EventWait { core, owner, state: Cell::new(0), waiter: RefCell::new(None) }
    }

    /// One step: `send(None)` or `throw(exc)`.
    pub fn step(&self, interp: &mut Interp, throw: Option<Value>) -> PyResult<Outcome> {
        match self.state.replace(2) {
            0 => {
                if let Some(e) = throw {
                    return Err(e);
                }
                if self.core.value.get() {
                    return Ok(Outcome::Return(Value::Bool(true)));
                }
                let w = self.core.new_waiter(interp, &self.owner)?;
                let v = w.value();
                *self.waiter.borrow_mut() = Some(w);
                self.state.set(1);
                Ok(Outcome::Yield(v))
            }
            1 => {
                let Some(w) = self.waiter.borrow_mut().take() else {
                    return Err(interp.runtime_error("cannot reuse already awaited coroutine"));
                };
                self.core.forget(&w);
                match throw {
                    Some(e) => Err(e),
                    None if w.is_done() => future::result(interp, &w).map(|_| Outcome::Return(Value::Bool(true))),
                    None => Err(interp.runtime_error("await wasn't used with future")),
                }
            }
            _ => Err(interp.runtime_error("cannot reuse already awaited coroutine")),
        }
    }

    /// `close()`: a waiting call leaves the waiter list.
    pub fn close(&self) {
        if self.state.replace(2) == 1 {
            if let Some(w) = self.waiter.borrow_mut().take() {
                self.core.forget(&w);
            }
        }
    }
}
